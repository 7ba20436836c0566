#!/usr/bin/env bash
# Builds and installs kith, like `make install` (the Makefile calls this script).
#
#   scripts/install.sh [build|install|uninstall]      (default: install)
#   PREFIX=~/.local scripts/install.sh                  (default PREFIX: /usr/local)
#   DESTDIR=/tmp/pkg PREFIX=/usr scripts/install.sh     (staged, for packagers)
#
# build:     a release binary with the Swift standard library linked in (runs without a Swift
#            toolchain), its man page and its bash, zsh and fish completions, in .build/install/.
# install:   build, then copy into PREFIX:
#              bin/kith
#              share/man/man1/kith.1
#              share/bash-completion/completions/kith
#              share/zsh/site-functions/_kith
#              share/fish/vendor_completions.d/kith.fish
#              share/kith/themes/*.toml       the built-in themes, to copy and edit
#              share/kith/SampleVault/        what `kith demo` opens
#              share/kith/RealWorldVault/     what `kith demo --sample real-world` opens
#            and a list of every file and every folder it created, share/kith/install-manifest.
# uninstall: removes the files in that list, then the folders it created that are now empty.
set -euo pipefail

cd "$(dirname "$0")/.."
repo=$PWD
action=${1:-install}
prefix=${PREFIX:-/usr/local}
case $prefix in "~" | "~/"*) prefix=$HOME${prefix#\~} ;; esac
destdir=${DESTDIR:-}
root=$destdir$prefix
stage=$repo/.build/install
manifest_rel=share/kith/install-manifest

say() { printf 'kith install: %s\n' "$*"; }
die() { printf 'kith install: error: %s\n' "$*" >&2; exit 1; }

# ---- build ------------------------------------------------------------------------------

build() {
    command -v swift >/dev/null 2>&1 || die "swift is not on PATH (kith needs Swift 6: https://swift.org/install)"
    if [ "$(uname -s)" = Linux ] && ! pkg-config --exists ncursesw 2>/dev/null; then
        die "the ncursesw headers are missing (Debian/Ubuntu: apt-get install libncursesw5-dev pkg-config)"
    fi
    local flags=(-c release) kind=release
    # Linux only: Apple platforms ship the Swift runtime with the OS and cannot link it statically.
    if [ "$(uname -s)" = Linux ]; then
        flags+=(--static-swift-stdlib)
        kind="release, Swift standard library linked in"
    fi
    local started=$SECONDS
    say "building kith ($kind); several minutes on 2 cores"
    swift build "${flags[@]}" --product kith
    local bin
    bin=$(swift build "${flags[@]}" --show-bin-path)/kith
    say "built $bin in $((SECONDS - started)) s"

    rm -rf "$stage"
    mkdir -p "$stage"
    # The man page comes from the commands themselves: swift-argument-parser's generate-manual
    # (the tool behind its `swift package plugin generate-manual`) reads `kith
    # --experimental-dump-help`. The tool is run directly on the binary just built because the
    # plugin would first rebuild every product in release without the static standard library
    # (minutes), which would also replace this binary.
    swift build --product generate-manual >/dev/null
    local manual date_args=()
    manual=$(swift build --show-bin-path)/generate-manual
    # The last commit's day, so building the same commit twice gives the same page.
    local day
    day=$(git -C "$repo" log -1 --format=%cs 2>/dev/null || true)
    [ -n "$day" ] && date_args=(--date "$day")
    "$manual" "$bin" ${date_args[@]+"${date_args[@]}"} --output-directory "$stage"
    [ -s "$stage/kith.1" ] || die "generate-manual wrote no $stage/kith.1"
    local shell
    for shell in bash zsh fish; do
        "$bin" --generate-completion-script "$shell" >"$stage/kith.$shell"
        [ -s "$stage/kith.$shell" ] || die "kith wrote no $shell completion script"
    done
    cp "$bin" "$stage/kith"
    say "staged the binary, man page and completions in $stage ($((SECONDS - started)) s)"
}

# ---- install ----------------------------------------------------------------------------

new_manifest=""

# Creates PREFIX/REL and its missing parents, noting each folder it made in the manifest.
make_dir() {
    local rel=$1 missing=() d=$1
    while [ "$d" != . ] && [ ! -d "$root/$d" ]; do
        missing=("$d" ${missing[@]+"${missing[@]}"})
        d=$(dirname "$d")
    done
    local m
    for m in ${missing[@]+"${missing[@]}"}; do
        mkdir "$root/$m"
        printf 'd %s\n' "$m" >>"$new_manifest"
    done
}

# Copies SRC to PREFIX/REL with MODE and notes the file in the manifest.
put() {
    local mode=$1 src=$2 rel=$3
    make_dir "$(dirname "$rel")"
    install -m "$mode" "$src" "$root/$rel"
    printf 'f %s\n' "$rel" >>"$new_manifest"
}

install_all() {
    [ -x "$stage/kith" ] || die "nothing built in $stage"
    mkdir -p "$root"
    new_manifest=$(mktemp)
    # Reinstalling: the last install's files go first (a file the new one no longer ships is
    # not left behind), and the folders it created stay on the list so uninstall removes them.
    if [ -f "$root/$manifest_rel" ]; then
        remove_files "$root/$manifest_rel"
        grep '^d ' "$root/$manifest_rel" >>"$new_manifest" || true
    fi
    put 755 "$stage/kith" bin/kith
    put 644 "$stage/kith.1" share/man/man1/kith.1
    put 644 "$stage/kith.bash" share/bash-completion/completions/kith
    put 644 "$stage/kith.zsh" share/zsh/site-functions/_kith
    put 644 "$stage/kith.fish" share/fish/vendor_completions.d/kith.fish
    local theme
    for theme in "$repo"/Themes/*.toml; do
        put 644 "$theme" "share/kith/themes/$(basename "$theme")"
    done
    local name vault file
    for name in SampleVault RealWorldVault; do
        vault=Tests/Fixtures/$name
        while IFS= read -r file; do
            put 644 "$repo/$vault/$file" "share/kith/$name/$file"
        done < <(cd "$repo/$vault" && find . -type f | sed 's|^\./||' | LC_ALL=C sort)
        # Folders of the sample vault that hold no file are part of it too.
        while IFS= read -r file; do
            make_dir "share/kith/$name/$file"
        done < <(cd "$repo/$vault" && find . -mindepth 1 -type d | sed 's|^\./||' | LC_ALL=C sort)
    done
    make_dir share/kith
    install -m 644 "$new_manifest" "$root/$manifest_rel"
    rm -f "$new_manifest"
    say "installed kith $("$root/bin/kith" --version) in $root"
    case ":$PATH:" in *":$prefix/bin:"*) ;; *) say "note: $prefix/bin is not on your PATH" ;; esac
}

# ---- uninstall --------------------------------------------------------------------------

# Removes the files a manifest lists.
remove_files() {
    local kind rel
    while IFS=' ' read -r kind rel; do
        [ "$kind" = f ] && rm -f "$root/$rel"
    done <"$1"
}

uninstall_all() {
    local manifest=$root/$manifest_rel
    if [ ! -f "$manifest" ]; then
        say "nothing to remove: no $manifest (kith was not installed with PREFIX=$prefix)"
        return 0
    fi
    # The folders install created, deepest first; one that now holds someone else's files stays.
    local dirs rel
    dirs=$(sed -n 's/^d //p' "$manifest" | awk -F/ '{ print NF "\t" $0 }' | sort -rn | cut -f2-)
    remove_files "$manifest"
    rm -f "$manifest"
    while IFS= read -r rel; do
        if [ -n "$rel" ]; then rmdir "$root/$rel" 2>/dev/null || true; fi
    done <<<"$dirs"
    say "removed kith from $root"
}

case $action in
    build) build ;;
    install) build && install_all ;;
    uninstall) uninstall_all ;;
    *) die "unknown action '$action' (build, install or uninstall)" ;;
esac
