#!/usr/bin/env python3
"""kith benchmarks: every figure of the performance issue, each beside its anchor (rg, fzf, the
vault's size or a target), measured in the same run on the same data. Prints one Markdown table.

    Benchmarks/bench.py --all                          # 1k, 10k, 100k, obsidian-help-en, everything
    Benchmarks/bench.py --sizes 1000,10000 --runs 5    # index and memory rows only, these sizes
    Benchmarks/bench.py --vault ~/notes                # your own vault too (never written to)
    Benchmarks/bench.py --cards --sizes 10000,100000   # the heaviest person's card and kith show only

Generated vaults (`../shared/tools/make-vault`) and the 1M-line file go to a temporary folder
($TMPDIR/kith-bench, reused across runs), never into the repo. Times are medians of --runs runs;
ratios are kith / anchor (lower is better). Needs rg and fzf on PATH.

Adding a row: write a function returning `Row`s and call it from `main` (see `reindex_rows`).
"""
import argparse
import json
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from dataclasses import dataclass

HERE = os.path.dirname(os.path.abspath(__file__))
REPO = os.path.dirname(HERE)
BASE = os.path.join(tempfile.gettempdir(), "kith-bench")


@dataclass
class Row:
    figure: str
    data: str
    kith: str
    anchor: str
    ratio: str
    target: str
    met: str


TIME = "/usr/bin/time"


def run(argv, stdin_path=None):
    """Runs argv to completion; returns (seconds, peak RSS bytes, stdout bytes, exit code).

    The peak comes from GNU time when it is installed: a child forked from this Python keeps
    Python's own high-water mark in its rusage, which inflated small peaks by ~15 MB."""
    f = open(stdin_path, "rb") if stdin_path else subprocess.DEVNULL
    rss_file = None
    if os.path.exists(TIME):
        fd, rss_file = tempfile.mkstemp(prefix="kith-bench-rss")
        os.close(fd)
        argv = [TIME, "-f", "%M", "-o", rss_file] + argv
    start = time.perf_counter()
    proc = subprocess.Popen(argv, stdin=f, stdout=subprocess.PIPE, stderr=subprocess.DEVNULL)
    out = proc.stdout.read()
    _, status, usage = os.wait4(proc.pid, 0)
    elapsed = time.perf_counter() - start
    if stdin_path:
        f.close()
    peak = usage.ru_maxrss * 1024
    if rss_file:
        with open(rss_file) as r:
            peak = int(r.read().split()[-1]) * 1024
        os.unlink(rss_file)
    return elapsed, peak, out, os.waitstatus_to_exitcode(status)


def medians(argv, runs, stdin_path=None):
    """Median seconds and peak RSS over `runs` runs (one warm-up run first), and the last output."""
    run(argv, stdin_path)
    times, peaks, out = [], [], b""
    for _ in range(runs):
        t, rss, out, _ = run(argv, stdin_path)
        times.append(t)
        peaks.append(rss)
    return statistics.median(times), statistics.median(peaks), out


def vault_bytes(path):
    total = 0
    for dirpath, dirnames, filenames in os.walk(path):
        dirnames[:] = [d for d in dirnames if not d.startswith(".")]
        total += sum(os.lstat(os.path.join(dirpath, f)).st_size for f in filenames)
    return total


def make_vault(notes, seed):
    tool = os.path.join(REPO, "..", "shared", "tools", "make-vault")
    out = os.path.join(BASE, f"vault-{notes}-s{seed}")
    if not os.path.exists(os.path.join(out, ".complete")):
        if not os.path.exists(tool):
            sys.exit("bench: ../shared/tools/make-vault not found; pass --vault PATH")
        shutil.rmtree(out, ignore_errors=True)
        os.makedirs(BASE, exist_ok=True)
        subprocess.run([tool, out, "--notes", str(notes), "--seed", str(seed)], check=True,
                       stdout=subprocess.DEVNULL)
        open(os.path.join(out, ".complete"), "w").close()
    return out


def ms(s):
    return f"{s * 1000:,.0f} ms" if s >= 0.0995 else f"{s * 1000:.1f} ms"


def mb(b):
    return f"{b / 1e6:,.1f} MB"


def ratio(a, b):
    if b <= 0:
        return "–"
    return f"×{a / b:.2f}" if a / b >= 0.01 else f"×{a / b:.4f}"


def yes(ok):
    return "yes" if ok else "**no**"


class Bench:
    def __init__(self, args):
        self.args = args
        self.kith = os.path.join(args.bin, "kith")
        self.tool = os.path.join(args.bin, "kith-bench")

    def index_rows(self, label, vault):
        """Whole `kith check --json` (scan, read, parse, index) vs `rg -c '\\[\\['`; peak memory."""
        runs = self.args.runs if "100k" not in label else 1
        k_t, k_rss, out = medians([self.kith, "check", "--vault", vault, "--json"], runs)
        r_t, _, _ = medians(["rg", "-c", r"\[\[", vault], runs)
        size = vault_bytes(vault)
        try:
            notes = json.loads(out).get("notes", 0)
        except ValueError:
            notes = 0
        data = f"{label} ({notes:,} notes, {mb(size)})"
        per = f"; {k_t * 1e6 / max(notes, 1):.0f} µs/note" if notes else ""
        return [Row("full index", data, ms(k_t) + per, f"rg -c {ms(r_t)}", ratio(k_t, r_t), "≤ ×2", yes(k_t <= 2 * r_t)),
                Row("peak memory", data, mb(k_rss), f"vault {mb(size)}", ratio(k_rss, size), "≤ ×1.5",
                    yes(k_rss <= 1.5 * size))]

    def baseline_rows(self):
        """kith's fixed cost: the whole process on an empty vault (runtime, libraries)."""
        empty = tempfile.mkdtemp(prefix="kith-bench-empty")
        t, rss, _ = medians([self.kith, "check", "--vault", empty, "--json"], self.args.runs)
        os.rmdir(empty)
        return [Row("peak memory, fixed cost", "empty vault", mb(rss), "–", "–", "–", f"start-up {ms(t)}")]

    def fulltext_rows(self, label, vault):
        """The browser's full-text search over the loaded index (in process) vs a whole
        `rg -i -F` process over the same files (from the page cache)."""
        rows = []
        queries = ["pricing", "aiko", "zzqx"] if "make-vault" in label else ["link", "canvas", "zzqx"]
        out = run([self.tool, "fulltext", vault] + queries)[2]
        inner = json.loads(out)
        for k, q in enumerate(queries):
            r_t, _, r_out = medians(["rg", "-i", "-F", "-n", "-g", "*.md", q, vault], self.args.runs)
            k_t = inner[f"q{k}_ms"] / 1000
            k_hits, r_hits = inner[f"q{k}_hits"], r_out.count(b"\n")
            data = f"{label}, \"{q}\": {k_hits:,} lines (rg {r_hits:,})"
            rows.append(Row("full-text search", data, ms(k_t), f"rg -i -F {ms(r_t)}", ratio(k_t, r_t), "≤ ×1.5",
                            yes(k_t <= 1.5 * r_t)))
        return rows

    def browse_rows(self, label, vault):
        """Process start to the first drawn screen, and to the loaded index drawn."""
        firsts, completes = [], []
        argv = [self.tool, "browse", vault]
        run(argv)
        for _ in range(self.args.runs):
            t0 = time.time()
            _, _, out, _ = run(argv)
            r = json.loads(out)
            firsts.append(r["first_screen_epoch"] - t0)
            completes.append(r["complete_epoch"] - t0)
        first, complete = statistics.median(firsts), statistics.median(completes)
        return [Row("first screen", label, ms(first), "target 100 ms", ratio(first, 0.1), "< 100 ms", yes(first < 0.1)),
                Row("complete index, drawn", label, ms(complete), "–", "–", "–", "–")]

    def fuzzy_rows(self):
        """`kith search --stdin Q` vs `fzf --filter Q` on 1M lines: whole processes, same file,
        and the same lines in the same order."""
        lines = os.path.join(BASE, "lines-1m.txt")
        if not os.path.exists(lines):
            os.makedirs(BASE, exist_ok=True)
            with open(lines, "w") as f:
                subprocess.run([sys.executable, os.path.join(HERE, "search", "gen_lines.py"), "1000000", "1"],
                               stdout=f, check=True)
        rows = []
        for q in ["abc", "deandre jackson", "kith", "'acme !beta"]:
            k_t, _, k_out = medians([self.kith, "search", "--stdin", q], self.args.runs, lines)
            f_t, _, f_out = medians(["fzf", "--filter", q], self.args.runs, lines)
            same = "same lines" if k_out == f_out else "**DIFFERENT lines**"
            found = k_out.count(b"\n")
            data = f"1M lines, \"{q}\": {found:,} matches, {same}"
            rows.append(Row("fuzzy filter", data, ms(k_t), f"fzf {ms(f_t)}", ratio(k_t, f_t), "≤ ×1.0",
                            yes(k_t <= f_t and k_out == f_out)))
        return rows

    def keystroke_rows(self):
        """Per-keystroke people search in process: every prefix of ten names, three rounds."""
        out = [json.loads(run([self.tool, "people", "100000"])[2]) for _ in range(self.args.runs)]
        p50 = statistics.median(r["p50_ms"] for r in out) / 1000
        p99 = statistics.median(r["p99_ms"] for r in out) / 1000
        first = statistics.median(r["first_key_p50_ms"] for r in out) / 1000
        later = statistics.median(r["later_p99_ms"] for r in out) / 1000
        data = f"100k people, {out[0]['keystrokes']} keystrokes"
        return [Row("keystroke p50", data, ms(p50), "target 5 ms", ratio(p50, 0.005), "< 5 ms", yes(p50 < 0.005)),
                Row("keystroke p99", data, ms(p99), "target 20 ms", ratio(p99, 0.02), "< 20 ms", yes(p99 < 0.02)),
                Row("first keystroke p50", data + ", first letter of each name", ms(first), "target 20 ms",
                    ratio(first, 0.02), "–", "–"),
                Row("later keystrokes p99", data + ", second letter on", ms(later), "target 20 ms",
                    ratio(later, 0.02), "–", "–")]

    def reindex_rows(self, label, vault):
        """`VaultIndex.updated(changing:)` for one file (on a copy of the vault, in process):
        median ms per kind over the edits of a run, then the median over runs, against the
        in-process full load of the same vault. The 100k vault runs once, with fewer edits."""
        big = "100k" in label
        runs, edits = (1, 12) if big else (self.args.runs, 40)
        out = []
        for _ in range(runs):
            _, _, text, code = run([self.tool, "reindex", vault, str(edits)])
            if code != 0:  # no people or no transcripts to edit (e.g. obsidian-help-en)
                return []
            out.append(json.loads(text))

        def med(key):
            return statistics.median(r[key] for r in out) / 1000

        load = med("load_ms")
        data = f"{label}, {out[0]['edits']} edits × {runs}"
        rows = []
        for key, what, one in [("person_ms", "person note edited", True),
                               ("body_ms", "transcript body edited", True),
                               ("summary_ms", "transcript summary edited", True),
                               ("shifted_ms", "transcript lines shifted", True),
                               ("add_ms", "note added", False), ("remove_ms", "note deleted", False)]:
            t = med(key)
            rows.append(Row(f"re-index, {what}", data, ms(t), f"full load {ms(load)}", ratio(t, load),
                            "< 5 ms" if one else "–", yes(t < 0.005) if one else "–"))
        return rows

    def card_rows(self, label, vault):
        """The heaviest person's card (the most lines linking to them: the vault's owner) built
        in process as the browser's card worker builds it, against the issue's targets; then
        `kith show` of that person next to `kith people`, whole processes, in the same run."""
        big = "100k" in label
        runs = 1 if big else self.args.runs
        _, _, text, code = run([self.tool, "card", vault, "", str(3 if big else self.args.runs)])
        if code != 0:
            return []
        c = json.loads(text)
        who = f"{label}, {c['person']}: {c['backlinking_notes']:,} notes link, {c['mentions']:,} mentions"
        target = 0.2 if big else 0.05
        card, done = c["card_ms"] / 1000, c["complete_ms"] / 1000
        rows = [Row("heaviest card shown (in process)", who, ms(card), f"target {ms(target)}", ratio(card, target),
                    f"< {ms(target)}", yes(card < target)),
                Row("its mentions found, card complete", who, ms(done), f"mentions {ms(c['mentions_ms'] / 1000)}",
                    "–", "in the background", "–"),
                Row("UI thread: open / return to it", who,
                    f"{c['ui_open_ms']:.2f} / {c['ui_return_ms']:.2f} ms", "target 16 ms (a frame)",
                    ratio(max(c["ui_open_ms"], c["ui_return_ms"]) / 1000, 0.016), "< 16 ms",
                    yes(max(c["ui_open_ms"], c["ui_return_ms"]) < 16))]
        day = ["--today", "2026-11-25"]
        p_t, _, _ = medians([self.kith, "people", "--vault", vault, "--json"] + day, runs)
        s_t, _, out = medians([self.kith, "show", c["person"], "--vault", vault, "--json"] + day, runs)
        t_t, _, _ = medians([self.kith, "show", c["person"], "--vault", vault] + day, runs)
        rows.append(Row("kith show --json, heaviest", f"{label}, {c['person']} ({mb(len(out))} of JSON)", ms(s_t),
                        f"kith people --json {ms(p_t)}", ratio(s_t, p_t), "≤ ×1.5", yes(s_t <= 1.5 * p_t)))
        rows.append(Row("kith show (text), heaviest", f"{label}, {c['person']}", ms(t_t),
                        f"kith people --json {ms(p_t)}", ratio(t_t, p_t), "≤ ×1.5", yes(t_t <= 1.5 * p_t)))
        return rows


def print_rows(rows):
    for r in rows:
        print(f"| {r.figure} | {r.data} | {r.kith} | {r.anchor} | {r.ratio} | {r.target} | {r.met} |", flush=True)


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--all", action="store_true", help="every figure; sizes 1000,10000,100000 unless --sizes")
    ap.add_argument("--sizes", default=None, help="make-vault sizes (default 1000,10000)")
    ap.add_argument("--seed", type=int, default=1)
    ap.add_argument("--runs", type=int, default=5, help="runs per figure (the 100k index row runs once)")
    ap.add_argument("--vault", action="append", default=[], help="benchmark this vault too")
    ap.add_argument("--bin", default=os.path.join(REPO, ".build", "release"), help="folder of kith and kith-bench")
    ap.add_argument("--no-build", action="store_true")
    ap.add_argument("--cards", action="store_true",
                    help="only the heaviest person's card and kith show rows (of --sizes; also in --all)")
    args = ap.parse_args()
    sizes = args.sizes or ("1000,10000,100000" if args.all else "1000,10000")
    for tool in ("rg",) + (("fzf",) if args.all else ()):
        if not shutil.which(tool):
            sys.exit(f"bench: {tool} not found (apt-get install ripgrep fzf)")
    if not args.no_build:
        for product in ("kith", "kith-bench"):
            subprocess.run(["swift", "build", "-c", "release", "--product", product], cwd=REPO, check=True,
                           stdout=subprocess.DEVNULL)
    cpu = next((l.split(":", 1)[1].strip() for l in open("/proc/cpuinfo") if l.startswith("model name")), "?") \
        if os.path.exists("/proc/cpuinfo") else "?"
    ram = next((int(l.split()[1]) * 1024 for l in open("/proc/meminfo") if l.startswith("MemTotal")), 0) \
        if os.path.exists("/proc/meminfo") else 0
    print(f"kith benchmark · {cpu} · {os.cpu_count()} cores · {ram / 2**30:.0f} GiB RAM · "
          f"medians of {args.runs} runs · ratios kith/anchor\n")
    bench = Bench(args)
    vaults = [(f"make-vault {int(n) // 1000}k", make_vault(int(n), args.seed)) for n in sizes.split(",") if n]
    help_vault = os.path.join(REPO, "..", "shared", "corpora", "obsidian-help-en")
    if os.path.isdir(help_vault):
        vaults.append(("obsidian-help-en", help_vault))
    vaults += [(os.path.basename(v.rstrip("/")), v) for v in args.vault]
    # Rows print as they are measured: the 100k vault takes minutes.
    print("| figure | data | kith | anchor | ratio | target | met |")
    print("| --- | --- | ---: | ---: | ---: | --- | --- |", flush=True)
    if args.all:
        print_rows(bench.fuzzy_rows())
        print_rows(bench.keystroke_rows())
    if args.all:
        print_rows(bench.baseline_rows())
    for label, vault in vaults:
        if args.cards:
            if label.startswith("make-vault"):
                print_rows(bench.card_rows(label, vault))
            continue
        print_rows(bench.index_rows(label, vault))
        if args.all and label.startswith("make-vault") and label != "make-vault 1k":
            print_rows(bench.card_rows(label, vault))
        if args.all:
            print_rows(bench.reindex_rows(label, vault))
            if "100k" not in label:
                print_rows(bench.fulltext_rows(label, vault))
            if label == "make-vault 10k":
                print_rows(bench.browse_rows(label, vault))


if __name__ == "__main__":
    main()
