#!/usr/bin/env python3
"""kith benchmarks: whole-process figures beside the tools that mark the limit, same run, same data.

    Benchmarks/bench.py                       # 1k and 10k generated vaults (needs ../shared/tools/make-vault)
    Benchmarks/bench.py --sizes 1000,10000,100000 --runs 5
    Benchmarks/bench.py --vault ~/notes       # your own vault (never written to)

Generated vaults go to a temporary folder (reused across runs under $TMPDIR/kith-bench), never into
the repo. Prints medians of --runs runs; ratios are kith / anchor (lower is better).
"""
import argparse
import json
import os
import resource
import shutil
import statistics
import subprocess
import sys
import tempfile
import time

HERE = os.path.dirname(os.path.abspath(__file__))
REPO = os.path.dirname(HERE)


def run(argv, stdin=None):
    """Runs argv, returns (seconds, peak RSS bytes, stdout bytes)."""
    start = time.perf_counter()
    proc = subprocess.Popen(argv, stdin=stdin, stdout=subprocess.PIPE, stderr=subprocess.DEVNULL)
    out = proc.stdout.read()
    _, status, usage = os.wait4(proc.pid, 0)
    proc.returncode = os.waitstatus_to_exitcode(status)
    elapsed = time.perf_counter() - start
    return elapsed, usage.ru_maxrss * 1024, out, proc.returncode


def median_run(argv, runs, stdin_path=None):
    times, peaks, out = [], [], b""
    for _ in range(runs):
        f = open(stdin_path, "rb") if stdin_path else None
        t, rss, out, _ = run(argv, stdin=f)
        if f:
            f.close()
        times.append(t)
        peaks.append(rss)
    return statistics.median(times), max(peaks), out


def vault_bytes(path):
    total = 0
    for dirpath, dirnames, filenames in os.walk(path):
        dirnames[:] = [d for d in dirnames if not d.startswith(".")]
        for f in filenames:
            try:
                total += os.lstat(os.path.join(dirpath, f)).st_size
            except OSError:
                pass
    return total


def make_vault(notes, seed):
    tool = os.path.join(REPO, "..", "shared", "tools", "make-vault")
    if not os.path.exists(tool):
        sys.exit("bench: ../shared/tools/make-vault not found; pass --vault PATH")
    base = os.path.join(tempfile.gettempdir(), "kith-bench")
    out = os.path.join(base, f"vault-{notes}-s{seed}")
    if not os.path.exists(os.path.join(out, ".complete")):
        shutil.rmtree(out, ignore_errors=True)
        os.makedirs(base, exist_ok=True)
        subprocess.run([tool, out, "--notes", str(notes), "--seed", str(seed)], check=True,
                       stdout=subprocess.DEVNULL)
        open(os.path.join(out, ".complete"), "w").close()
    return out


def fmt_s(s):
    return f"{s * 1000:8.1f} ms" if s < 10 else f"{s:8.2f} s "


def index_row(label, vault, kith, runs):
    k_t, k_rss, out, = median_run([kith, "check", "--vault", vault, "--json"], runs)
    r_t, _, _ = median_run(["rg", "-c", r"\[\[", vault], runs)
    size = vault_bytes(vault)
    try:
        report = json.loads(out)
        notes = report.get("notes")
        inner = report.get("seconds")
    except ValueError:
        notes, inner = "?", None
    print(f"{label:<22} {notes!s:>7} {size / 1e6:8.1f} MB | index {fmt_s(k_t)} rg {fmt_s(r_t)}"
          f"  ×{k_t / r_t:5.2f} | peak {k_rss / 1e6:7.1f} MB  ×{k_rss / size:4.2f} of vault"
          + (f" | in-process {inner * 1000:.0f} ms" if isinstance(inner, (int, float)) else ""))


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--sizes", default="1000,10000")
    ap.add_argument("--seed", type=int, default=1)
    ap.add_argument("--runs", type=int, default=5)
    ap.add_argument("--vault", action="append", default=[], help="benchmark this vault too")
    ap.add_argument("--kith", default=os.path.join(REPO, ".build", "release", "kith"))
    ap.add_argument("--no-build", action="store_true")
    args = ap.parse_args()
    for tool in ("rg",):
        if not shutil.which(tool):
            sys.exit(f"bench: {tool} not found (apt-get install ripgrep)")
    if not args.no_build:
        subprocess.run(["swift", "build", "-c", "release", "--product", "kith"], cwd=REPO, check=True,
                       stdout=subprocess.DEVNULL)
    print(f"kith benchmark · {os.cpu_count()} cores · medians of {args.runs} runs · ratios kith/anchor")
    vaults = [(f"make-vault {int(n):,}", make_vault(int(n), args.seed)) for n in args.sizes.split(",") if n]
    help_vault = os.path.join(REPO, "..", "shared", "corpora", "obsidian-help-en")
    if os.path.isdir(help_vault):
        vaults.append(("obsidian-help-en", help_vault))
    vaults += [(os.path.basename(v.rstrip("/")), v) for v in args.vault]
    for label, vault in vaults:
        index_row(label, vault, args.kith, args.runs)


if __name__ == "__main__":
    main()
