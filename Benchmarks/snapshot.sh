#!/usr/bin/env bash
# The figures of issue 12 (the snapshot), each beside its anchor, measured in one run.
# Usage: Benchmarks/snapshot.sh [runs=3] VAULT…   (release build first:
#   swift build -c release --product kith && swift build -c release --product kith-bench)
# KITH=path measures another kith binary: the one `make install` puts in place links the Swift
# runtime in (`swift build -c release --product kith --static-swift-stdlib --build-path
# .build-static`, then KITH=.build-static/release/kith), which starts in ~5 ms instead of ~10.
# Times are medians of `runs` whole-process runs (seconds, wall clock, GNU time included for
# both sides); peak RSS is GNU time's
# maximum resident set (the median run's). Snapshots go to a fresh $XDG_CACHE_HOME under
# $TMPDIR; vaults are only read. Prints one Markdown table per vault.
# PEOPLE_ONLY=1 measures only the people/stale rows (warm: served from the snapshot's people
# digest) and full-text search beside rg, without the cold index and browser rows.
set -euo pipefail
runs=${1:-3}; shift
here=$(cd "$(dirname "$0")/.." && pwd)
kith=${KITH:-$here/.build/release/kith}
bench=${KITH_BENCH:-$here/.build/release/kith-bench}
query=${QUERY:-checkpoint}
export XDG_CACHE_HOME=$(mktemp -d "${TMPDIR:-/tmp}/kith-snapshot-bench.XXXXXX")
trap 'rm -rf "$XDG_CACHE_HOME"' EXIT
export KITH_TODAY=2026-11-25

# median of "seconds rss" lines: prints "seconds rss" of the median time
median() { sort -n | awk '{a[NR]=$0} END {print a[int((NR+1)/2)]}'; }
# timed CMD…: "seconds peak-KB" of one run (stdout discarded)
timed() {
  local t0 t1
  t0=$(date +%s%N)
  /usr/bin/time -f "%M" -o "$XDG_CACHE_HOME/time" "$@" >/dev/null 2>/dev/null || true
  t1=$(date +%s%N)
  echo "$(awk -v n=$((t1 - t0)) 'BEGIN { printf "%.3f", n / 1e9 }') $(cat "$XDG_CACHE_HOME/time")"
}
many() { for _ in $(seq "$runs"); do timed "$@"; done | median; }
ratio() { awk -v a="$1" -v b="$2" 'BEGIN { printf "%.2f", (b > 0 ? a / b : 0) }'; }
mb() { awk -v k="$1" 'BEGIN { printf "%.0f MB", k / 1024 }'; }

commit=$(git -C "$here" rev-parse --short HEAD 2>/dev/null || echo unknown)
echo "machine: $(nproc) cores, $(uname -r); kith $("$kith" --version 2>/dev/null | head -1) at $commit; runs=$runs; query=$query"
echo "load average at start: $(cut -d' ' -f1-3 /proc/loadavg)"
for vault in "$@"; do
  bytes=$(du -sb --exclude=.obsidian "$vault" | cut -f1)
  notes=$(find "$vault" -name '*.md' | wc -l)
  vkb=$((bytes / 1024))
  cat "$(find "$vault" -name '*.md' | head -1)" >/dev/null
  rm -rf "$XDG_CACHE_HOME/kith"
  # warm the page cache once (every figure is a warm-page-cache figure)
  rg -c '\[\[' "$vault" >/dev/null || true
  read -r rg_s _ <<<"$(many rg -c '\[\[' "$vault")"
  if [ -n "${PEOPLE_ONLY:-}" ]; then
    "$kith" people --json --vault "$vault" >/dev/null        # writes the snapshot
    sleep 3                                                  # past the racy window of its scan
    "$kith" people --json --vault "$vault" >/dev/null
    read -r warm_s warm_kb <<<"$(many "$kith" people --json --vault "$vault")"
    read -r text_s text_kb <<<"$(many "$kith" people --vault "$vault")"
    read -r sort_s _ <<<"$(many "$kith" people --json --sort stale --vault "$vault")"
    read -r stale_s stale_kb <<<"$(many "$kith" stale --json --vault "$vault")"
    read -r rgq_s _ <<<"$(many rg -i -F "$query" "$vault")"
    read -r ft_s ft_kb <<<"$(many "$kith" search --full-text "$query" --vault "$vault")"
    echo
    echo "### $(basename "$vault"): $notes notes, $(mb $vkb) ($bytes bytes); load average $(cut -d' ' -f1-3 /proc/loadavg)"
    echo
    echo "| figure | kith | anchor | ratio | target |"
    echo "| --- | --- | --- | --- | --- |"
    echo "| warm \`kith people --json\` | ${warm_s} s | \`rg -c '\\[\\['\` ${rg_s} s | $(ratio "$warm_s" "$rg_s")× | ≤ 1.0× |"
    echo "| warm \`kith people\` (text) | ${text_s} s | \`rg -c '\\[\\['\` ${rg_s} s | $(ratio "$text_s" "$rg_s")× | (none) |"
    echo "| warm \`kith people --json --sort stale\` | ${sort_s} s | \`rg -c '\\[\\['\` ${rg_s} s | $(ratio "$sort_s" "$rg_s")× | (none) |"
    echo "| warm \`kith stale --json\` | ${stale_s} s | \`rg -c '\\[\\['\` ${rg_s} s | $(ratio "$stale_s" "$rg_s")× | (none) |"
    echo "| peak RSS warm \`people --json\` | $(mb "$warm_kb") | vault $(mb $vkb) | $(ratio "$warm_kb" "$vkb")× | ≤ 1.0× |"
    echo "| peak RSS warm \`stale --json\` | $(mb "$stale_kb") | vault $(mb $vkb) | $(ratio "$stale_kb" "$vkb")× | ≤ 1.0× |"
    echo "| \`kith search --full-text $query\` (files, no index) | ${ft_s} s | \`rg -i -F $query\` ${rgq_s} s | $(ratio "$ft_s" "$rgq_s")× | ≤ 1.5× |"
    continue
  fi
  read -r rgq_s _ <<<"$(many rg -i -F "$query" "$vault")"
  read -r cold_s cold_kb <<<"$(many "$kith" people --json --no-cache --vault "$vault")"
  "$kith" people --json --vault "$vault" >/dev/null          # writes the snapshot
  sleep 3                                                    # past the racy window of its scan
  "$kith" people --json --vault "$vault" >/dev/null
  read -r warm_s warm_kb <<<"$(many "$kith" people --json --vault "$vault")"
  read -r ft_s ft_kb <<<"$(many "$kith" search --full-text "$query" --vault "$vault")"
  snap=$(find "$XDG_CACHE_HOME/kith" -name '*.snapshot' -printf '%s\n' | head -1)
  write_ms=$(for _ in $(seq "$runs"); do "$bench" snapshotwrite "$vault" | sed -E 's/.*"write_ms": ([0-9.]+).*/\1/'; done | median)
  browse=$(for _ in $(seq "$runs"); do "$bench" warmbrowse "$vault" | sed -E 's/.*"snapshot": "([a-z]+)".*"complete_ms": ([0-9.]+).*/\2 \1/'; done | median)
  mentions_ms=$(for _ in $(seq "$runs"); do "$bench" warmbrowse "$vault" | sed -E 's/.*"mentions_ms": ([0-9.]+).*/\1/'; done | median)
  echo
  echo "### $(basename "$vault"): $notes notes, $(mb $vkb) ($bytes bytes)"
  echo
  echo "| figure | kith | anchor | ratio | target |"
  echo "| --- | --- | --- | --- | --- |"
  echo "| warm \`kith people --json\` | ${warm_s} s | \`rg -c '\\[\\['\` ${rg_s} s | $(ratio "$warm_s" "$rg_s")× | ≤ 1.0× |"
  echo "| cold \`kith people --json --no-cache\` (full index) | ${cold_s} s | \`rg -c '\\[\\['\` ${rg_s} s | $(ratio "$cold_s" "$rg_s")× | ≤ 5× |"
  echo "| warm \`kith search --full-text $query\` | ${ft_s} s | \`rg -i -F $query\` ${rgq_s} s | $(ratio "$ft_s" "$rgq_s")× | ≤ 1.5× |"
  echo "| peak RSS cold | $(mb "$cold_kb") | vault $(mb $vkb) | $(ratio "$cold_kb" "$vkb")× | ≤ 1.5× |"
  echo "| peak RSS warm | $(mb "$warm_kb") | vault $(mb $vkb) | $(ratio "$warm_kb" "$vkb")× | ≤ 1.0× |"
  echo "| peak RSS warm full-text search | $(mb "$ft_kb") | vault $(mb $vkb) | $(ratio "$ft_kb" "$vkb")× | (none) |"
  echo "| snapshot size | $(mb $((snap / 1024))) | vault $(mb $vkb) | $(ratio "$snap" "$bytes")× | (none) |"
  echo "| snapshot write (after the first screen) | $(printf "%.0f" "$write_ms") ms | | | (none) |"
  echo "| warm browser: index complete and drawn | $(printf "%.0f" "${browse%% *}") ms (${browse##* }) | 1000 ms | $(ratio "${browse%% *}" 1000)× | < 1 s |"
  echo "| warm browser: mention filters installed (cards' unlinked mentions) | $(printf "%.0f" "$mentions_ms") ms | | | (none) |"
done
