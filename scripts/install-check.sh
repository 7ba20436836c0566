#!/usr/bin/env bash
# Installs kith into a temporary prefix, uses it there as a person would, and uninstalls it.
# CI runs this after `swift test` (.ci/run); by hand: `make install-check`. It checks that
#   - `make install PREFIX=…` puts the binary, man page, completions, themes and sample vault
#     in their places, and the binary links no Swift library (ldd) and runs with the
#     environment emptied (`env -i`);
#   - the installed `kith demo`, started in tmux from a folder outside the checkout with only
#     PREFIX/bin and the system folders on PATH, opens the installed sample vault (a note added
#     to the installed copy shows in the People list), and quits with the terminal restored;
#     where a mount namespace can be made (root, as in CI) the checkout and the Swift toolchain
#     are hidden behind empty folders while it runs, as on a machine without them;
#   - `make uninstall PREFIX=…` leaves the prefix empty.
# Without make, scripts/install.sh is called directly.
set -euo pipefail

cd "$(dirname "$0")/.."
repo=$PWD
say() { printf 'install-check: %s\n' "$*"; }
fail() { printf 'install-check: FAIL: %s\n' "$*" >&2; exit 1; }

command -v tmux >/dev/null 2>&1 || fail "tmux is not installed (.ci/run installs it)"
work=$(mktemp -d "${TMPDIR:-/tmp}/kith-install-check.XXXXXX")
case $work/ in "$repo"/*) fail "the scratch folder $work is inside the checkout; set TMPDIR elsewhere" ;; esac
prefix=$work/prefix
elsewhere=$work/somewhere-else
mkdir -p "$prefix" "$elsewhere" "$work/home" "$work/tmp"
sock=kith-install-check-$$
cleanup() {
    tmux -L "$sock" kill-server 2>/dev/null || true
    rm -rf "$work"
}
trap cleanup EXIT

make_or_script() { # install|uninstall
    if command -v make >/dev/null 2>&1; then
        make --no-print-directory "$1" PREFIX="$prefix"
    else
        PREFIX=$prefix scripts/install.sh "$1"
    fi
}

started=$SECONDS
make_or_script install
say "built and installed in $((SECONDS - started)) s"

# ---- what was installed -----------------------------------------------------------------
kith=$prefix/bin/kith
for f in bin/kith share/man/man1/kith.1 share/bash-completion/completions/kith \
    share/zsh/site-functions/_kith share/fish/vendor_completions.d/kith.fish \
    share/kith/themes/default.toml share/kith/SampleVault/Home.md; do
    [ -s "$prefix/$f" ] || fail "$f is missing or empty"
done
grep -q '^\.Nm kith' "$prefix/share/man/man1/kith.1" || fail "the man page does not name kith"
for t in "$repo"/Themes/*.toml; do
    cmp -s "$t" "$prefix/share/kith/themes/$(basename "$t")" || fail "theme $(basename "$t") not installed"
done
for name in SampleVault RealWorldVault; do
    vault_files=$(cd "$repo/Tests/Fixtures/$name" && find . -type f | wc -l)
    installed_files=$(cd "$prefix/share/kith/$name" && find . -type f | wc -l)
    [ "$vault_files" -eq "$installed_files" ] || fail "$name: $installed_files of $vault_files files installed"
done

if swift_libs=$(ldd "$kith" | grep -iE 'swift|foundation|dispatch|icu'); then
    fail "the binary links Swift libraries dynamically:
$swift_libs"
fi

# Runs a command as on a machine without the checkout or Swift: where a mount namespace can be
# made (root, as in CI), both are hidden behind empty folders for that command and everything
# it starts (the tmux server included).
toolchain=$(dirname "$(dirname "$(readlink -f "$(command -v swift)")")")
if unshare -m true 2>/dev/null; then
    hide=(unshare -m sh -c 'mount -t tmpfs kith-hidden "$1" && mount -t tmpfs kith-hidden "$2" && shift 2 && exec "$@"'
        sh "$repo" "$toolchain")
    hidden="with $repo and $toolchain hidden"
else
    hide=()
    hidden="(no mount namespace here: the checkout and the toolchain stay visible)"
fi
bare() { ${hide[@]+"${hide[@]}"} env -i HOME="$work/home" PATH="$prefix/bin:/usr/bin:/bin" LANG=C.UTF-8 LC_ALL=C.UTF-8 \
    TMPDIR="$work/tmp" TMUX_TMPDIR="${TMUX_TMPDIR:-/tmp}" KITH_TODAY=2026-11-25 "$@"; }

expected=$(sed -n 's/.*static let current = "\(.*\)".*/\1/p' Sources/KithCore/Support/KithVersion.swift)
version=$(bare kith --version)
[ "$version" = "$expected" ] || fail "kith --version printed '$version', expected '$expected'"
say "kith $version: no Swift library linked ($(du -h "$kith" | cut -f1) binary), runs $hidden"
# The shipped themes are compiled in: an installed kith lists them wherever it runs.
themes=$(bare kith themes)
for t in "$repo"/Themes/*.toml; do
    grep -qE "^[* ] +$(basename "$t" .toml) +built-in" <<<"$themes" || fail "kith themes does not list $(basename "$t"):
$themes"
done

# ---- the installed demo, from elsewhere -------------------------------------------------
# A person note only the installed copy has: if it shows, the demo read PREFIX/share/kith.
marker="$prefix/share/kith/SampleVault/People/Ida Installcheck.md"
printf -- '---\ntype: people\nlast_contact: 2026-11-25\n---\n# Ida Installcheck\n\n## Profile\n\n**Role**: Installer at Elsewhere\n' >"$marker"

# The pane's shell stays after kith so its exit status and terminal flags can be read.
flags="\$(stty -a | grep -oE -- '-?icanon' | head -1) \$(stty -a | grep -oE -- '(^| )-?echo( |;|\$)' | head -1 | tr -d ' ;')"
inner="cd '$elsewhere' && kith demo; echo \"[exit \$?]\"; echo \"[stty $flags]\"; exec sleep 600"
conf=$work/tmux.conf
printf 'set -g default-terminal screen-256color\nset -g escape-time 10\n' >"$conf"
# Nothing of this shell's environment: no toolchain or build folder on PATH, a fresh HOME.
bare tmux -L "$sock" -f "$conf" new-session -d -x 120 -y 40 sh -c "$inner"
say "running the installed kith demo in tmux from $elsewhere, $hidden"

screen=""
wait_for() { # DESCRIPTION EXTENDED-REGEX...: polls the pane until every pattern shows (30 s at most)
    local what=$1 deadline=$((SECONDS + 30)) p ok
    shift
    while [ $SECONDS -lt $deadline ]; do
        screen=$(tmux -L "$sock" capture-pane -p -t 0 2>/dev/null || true)
        ok=1
        for p in "$@"; do grep -qE -- "$p" <<<"$screen" || ok=0; done
        [ $ok = 1 ] && return 0
        sleep 0.1
    done
    fail "timed out waiting for $what; the screen was:
$screen"
}
wait_for "the People list of the installed sample vault" "People · recent" "Ida Installcheck" "indexed [0-9]+ notes"
grep -q "sample vault" <<<"$screen" || fail "the header does not name the sample vault:
$screen"
tmux -L "$sock" send-keys -t 0 q
wait_for "kith to quit" '\[exit ' '\[stty '
grep -qF '[exit 0]' <<<"$screen" || fail "kith demo did not exit 0:
$screen"
grep -qF '[stty icanon echo]' <<<"$screen" || fail "the terminal was not restored:
$screen"
say "the installed kith demo showed the People list and quit cleanly"
tmux -L "$sock" kill-server 2>/dev/null || true

# ---- uninstall --------------------------------------------------------------------------
rm -f "$marker"
make_or_script uninstall
left=$(cd "$prefix" && find . -mindepth 1)
[ -z "$left" ] || fail "uninstall left these in the prefix:
$left"
say "uninstall left the prefix empty"
say "passed in $((SECONDS - started)) s"
