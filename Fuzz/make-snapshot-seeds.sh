#!/usr/bin/env bash
# Re-makes Fuzz/Seeds/FuzzSnapshot: real snapshots of parts of the bundled sample vaults, as
# kith writes them. Run it from the repository after a change of the snapshot format (the
# FuzzRegressionTests decode every seed, so an outdated one fails `swift test`).
#   bash Fuzz/make-snapshot-seeds.sh
set -euo pipefail
cd "$(dirname "$0")/.."
swift build --product kith >/dev/null
kith=$(swift build --show-bin-path)/kith
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
out=Fuzz/Seeds/FuzzSnapshot

# seed NAME FIXTURE [FOLDER…]: a copy of Tests/Fixtures/FIXTURE with only FOLDERs (and its
# .obsidian settings), indexed once; the snapshot kith kept is the seed.
seed() {
  local name=$1 fixture=$2
  shift 2
  local vault=$work/$name cache=$work/cache-$name
  mkdir -p "$vault" "$cache"
  [ -d "Tests/Fixtures/$fixture/.obsidian" ] && cp -R "Tests/Fixtures/$fixture/.obsidian" "$vault/"
  for part in "$@"; do cp -R "Tests/Fixtures/$fixture/$part" "$vault/"; done
  XDG_CACHE_HOME=$cache KITH_TODAY=2026-11-25 "$kith" check --vault "$vault" >/dev/null || true
  local made
  made=$(find "$cache/kith" -type f -name '*.snapshot' | head -1)
  [ -n "$made" ] || { echo "no snapshot written for $name" >&2; exit 1; }
  cp "$made" "$out/$name.snapshot"
  echo "$out/$name.snapshot: $(stat -c %s "$out/$name.snapshot") bytes"
}

seed empty-vault SampleVault
seed real-world-a RealWorldVault Clippings Extras Notes Organizations People Projects
seed real-world-b RealWorldVault Archive Calendar Categories Journal Meetings Private Templates
seed sample-people SampleVault Categories Contacts Customers Home.md Organizations People Projects
seed sample-transcripts SampleVault Attachments Daily Inbox Sources
