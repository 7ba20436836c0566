#!/usr/bin/env bash
# Search benchmarks: prints figures, asserts nothing (machines are noisy).
#   1. LineFilter vs `fzf --filter` on 1,000,000 generated lines (whole process, with
#      reading input), plus a check that both print the same lines in the same order.
#   2. PeopleSearch per-keystroke latency at 100,000 documents (fresh vs session).
#   3. FullTextSearch over a generated vault vs `rg -i -F` (rg also reads the files).
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
work="${WORK:-/tmp/kith-search-bench}"
bin="$(OUT="$work" "$here/build.sh" 2>/dev/null | tail -1)"
mkdir -p "$work"
lines="$work/lines-1m.txt"
[ -s "$lines" ] || python3 "$here/gen_lines.py" 1000000 1 > "$lines"
echo "== line filter: $(wc -l < "$lines") lines, $(du -h "$lines" | cut -f1)"
for q in abc "deandre jackson" kith e "'acme !beta"; do
    if command -v fzf >/dev/null; then
        fzf --filter "$q" < "$lines" > "$work/fzf.out" || true
        "$bin/kith-filter" "$q" < "$lines" > "$work/kith.out" || true
        if cmp -s "$work/fzf.out" "$work/kith.out"; then same="same lines, same order"; else same="DIFFERENT from fzf"; fi
        echo "-- \"$q\": $(wc -l < "$work/kith.out") lines, $same"
        if command -v hyperfine >/dev/null; then
            hyperfine -i -w 1 -r 5 "fzf --filter \"$q\" < $lines" "$bin/kith-filter \"$q\" < $lines" \
                2>/dev/null | grep -E 'Benchmark|Time|faster|±' || true
        fi
    else
        echo "-- fzf not installed; timing kith only"
        /usr/bin/time -f "kith %e s, %M KB" "$bin/kith-filter" "$q" < "$lines" > /dev/null || true
    fi
done
echo "== people search"
"$bin/kith-search-bench" people 100000
vault="$work/vault"
[ -d "$vault" ] || python3 "$here/gen_vault.py" "$vault" 20000
echo "== full text: $(du -sh "$vault" | cut -f1) vault"
"$bin/kith-search-bench" fulltext "$vault" jose "zoe nunez" strasse "follow up" zzzz
if command -v rg >/dev/null; then
    for q in jose strasse "follow up" zzzz; do
        echo "-- rg -i -F \"$q\" (no accent folding: finds fewer lines)"
        hyperfine -N -i -w 1 -r 5 "rg -i -F -c --no-filename '$q' $vault" 2>/dev/null | grep -E 'Time' || true
    done
fi
