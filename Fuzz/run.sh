#!/usr/bin/env bash
# Builds the libFuzzer targets (address sanitizer on) and runs each for N seconds.
# Usage: Fuzz/run.sh [seconds-per-target=60] [target…]
# Prints executions per target; a crash leaves its input in Fuzz/findings/<target>/ and the
# script exits 1. Corpora grow in Fuzz/.corpus/<target> (seeds are copied from Fuzz/Seeds).
set -euo pipefail
cd "$(dirname "$0")"
seconds=${1:-60}
shift || true
targets=("$@")
[ ${#targets[@]} -gt 0 ] || targets=(FuzzFrontmatter FuzzMarkdown FuzzResolve FuzzReader FuzzSnapshot)

start=$(date +%s)
flags=(-c debug -Xswiftc -sanitize=fuzzer,address -Xcc -fsanitize=fuzzer-no-link,address)
for t in "${targets[@]}"; do
  swift build "${flags[@]}" --product "$t" >build.log 2>&1 || { tail -30 build.log; exit 2; }
done
bin=$(swift build "${flags[@]}" --show-bin-path)
echo "fuzz build: $(( $(date +%s) - start )) s"

failed=0
passed=0
for t in "${targets[@]}"; do
  corpus=.corpus/$t findings=findings/$t
  mkdir -p "$corpus" "$findings"
  [ -d "Seeds/$t" ] && cp -n Seeds/$t/* "$corpus"/ 2>/dev/null || true
  log=$(mktemp)
  set +e
  "$bin/$t" "$corpus" -max_total_time="$seconds" -max_len=65536 -timeout=10 -rss_limit_mb=4096 \
    -artifact_prefix="$findings/" -print_final_stats=1 >"$log" 2>&1
  rc=$?
  set -e
  runs=$(grep -oE 'stat::number_of_executed_units: *[0-9]+' "$log" | grep -oE '[0-9]+$' || echo "?")
  crashes=$(find "$findings" -type f | wc -l)
  echo "$t: $runs executions in ${seconds} s, exit $rc, $crashes finding(s) in Fuzz/$findings"
  if [ $rc -eq 0 ]; then passed=$((passed + 1)); else
    failed=$((failed + 1))
    grep -E "ERROR|Fatal error|panic|SUMMARY|precondition" "$log" | head -5
  fi
  rm -f "$log"
done
echo "fuzz: $passed passed, $failed failed"
[ $failed -eq 0 ]
