#!/usr/bin/env bash
# Builds the benchmark executables from KithCore's search sources with swiftc -O
# (one module, whole-module optimization), into $OUT (default /tmp/kith-search-bench).
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
root="$(cd "$here/../.." && pwd)"
out="${OUT:-/tmp/kith-search-bench}"
mkdir -p "$out"
sources=("$root"/Sources/KithCore/Search/*.swift "$root/Sources/KithCore/Model/NoteKind.swift")
swiftc -O -wmo -swift-version 6 -module-name KithSearchBench "${sources[@]}" \
    "$here/filter/main.swift" -o "$out/kith-filter"
swiftc -O -wmo -swift-version 6 -module-name KithSearchBench "${sources[@]}" \
    "$here/bench/main.swift" -o "$out/kith-search-bench"
echo "$out"
