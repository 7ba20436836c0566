#!/bin/sh
# Unlinked mentions at scale, in process: index load, MentionFilter build and size, per person
# the full scan against the filtered one (results must be equal: "mismatches 0"), and the
# cost of building a person's card (what a list move in the browser pays).
#   swift build -c release --product kith && Benchmarks/mentions/run.sh VAULT
# (a vault from ../shared/tools/make-vault VAULT --notes 10000 --seed 1, or your own).
set -e
here=$(cd "$(dirname "$0")" && pwd)
root=$(cd "$here/../.." && pwd)
r="$root/.build/release"
yams="$root/.build/checkouts/Yams/Sources/CYaml/include"
out="${TMPDIR:-/tmp}/kith-mentions-bench"
swiftc -O -I "$r/Modules" -Xcc -fmodule-map-file="$yams/module.modulemap" -I "$yams" \
    "$here/main.swift" "$r"/KithCore.build/*.o "$r"/KithUI.build/*.o "$r"/Yams.build/*.o $(find "$r/CYaml.build" -name '*.o') \
    -o "$out" 2>/dev/null
"$out" "$1"
