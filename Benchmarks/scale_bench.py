"""Issue 18's benchmarks, run by run_bench.py: the incremental store, growth, threads.

- store: `entgraph build --store` on the corpus without 1 % of its articles, then the same with
  them added; the re-run's time against a fresh build of all the articles, and its output
  compared byte for byte with that build's.
- growth: `entgraph build` on the corpus and on grow_corpus.py's 10x (and 100x) with a growing
  vocabulary: time, peak memory, nodes and edges, and whether they grow at most linearly.
- threads: `entgraph build` end to end with 1 and 2 threads, alternating, best of 3 each.

Every run is the whole `entgraph` process (wall, CPU, peak RSS through scripts/peak_memory.py),
release build, with `--threads 2` unless said otherwise.
"""
import filecmp
import glob
import json
import math
import os
import re
import shutil
import resource
import subprocess
import sys
import time

HERE = os.path.dirname(os.path.abspath(__file__))
PEAK_MEMORY = os.path.join(os.path.dirname(HERE), "scripts", "peak_memory.py")
SUMMARY = re.compile(r"(\d+) documents read, (\d+) skipped; (\d+) nodes, (\d+) edges")
STORE = re.compile(r"store .*: (\d+) input\(s\) read, (\d+) unchanged, (\d+) forgotten")


class Run:
    """One timed `entgraph` process: wall and CPU seconds, peak RSS (KiB), nodes, edges, stderr.

    Peak RSS comes from scripts/peak_memory.py (a small process forks the command, so it does not
    inherit this one's high-water mark); CPU time from this process's children's rusage, which
    takes in the command once peak_memory.py has waited for it (and the ~20 ms of Python that
    peak_memory.py is). Nothing outside the repository is needed, not even /usr/bin/time.
    """

    def __init__(self, command, out_dir):
        peak = os.path.join(out_dir, "scale-peak.txt")
        before = resource.getrusage(resource.RUSAGE_CHILDREN)
        start = time.monotonic()
        result = subprocess.run([sys.executable, PEAK_MEMORY, peak] + command,
                                stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True)
        self.wall = time.monotonic() - start
        after = resource.getrusage(resource.RUSAGE_CHILDREN)
        if result.returncode != 0:
            sys.exit(f"bench: {' '.join(command)} failed ({result.returncode}):\n{result.stderr[-2000:]}")
        self.cpu = (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)
        self.rss = int(open(peak).read())
        self.stderr = result.stderr
        summary = SUMMARY.search(result.stderr)
        self.documents, self.nodes, self.edges = (int(summary.group(1)), int(summary.group(3)),
                                                  int(summary.group(4))) if summary else (0, 0, 0)
        store = STORE.search(result.stderr)
        self.store = tuple(int(group) for group in store.groups()) if store else None


def fastest(runs):
    return min(runs, key=lambda run: run.wall)


def link_or_copy(source, target):
    try:
        os.link(source, target)
    except OSError:
        shutil.copyfile(source, target)


def store(entgraph, news, data, out_dir, say, verdict, load, runs=2):
    """Incremental re-run after adding 1 % new articles, against a fresh build of the same files."""
    base = os.path.join(data, "store-bench")
    corpus = os.path.join(base, "news")
    database = os.path.join(base, "news.sqlite")
    snapshot = os.path.join(base, "snapshot")
    shutil.rmtree(base, ignore_errors=True)
    os.makedirs(corpus)
    os.makedirs(snapshot)
    names = sorted(os.listdir(news))
    # Every 100th article is held back: the new ones fall all over the path order, as new files
    # with unrelated names would, not only at its end.
    held = [name for index, name in enumerate(names) if index % 100 == 50]
    for name in names:
        if name not in held:
            link_or_copy(os.path.join(news, name), os.path.join(corpus, name))
    build = [entgraph, "build", corpus, "--threads", "2"]
    say(f"Incremental store (issue 18): {len(names) - len(held):,} articles into a new store, then "
        f"{len(held)} new ones (1 %, every 100th file held back) and the same command again (load {load()})")
    initial = Run(build + ["--store", database, "-o", os.path.join(out_dir, "store-initial.graphml")], out_dir)
    store_files = lambda folder: glob.glob(os.path.join(folder, "news.sqlite*"))
    for path in store_files(base):
        shutil.copy2(path, snapshot)
    store_bytes = sum(os.path.getsize(path) for path in store_files(base))
    for name in held:
        link_or_copy(os.path.join(news, name), os.path.join(corpus, name))

    fresh_runs, rerun_runs = [], []
    for _ in range(runs):
        # Alternating, so a slow spell of the shared machine does not fall on one side only.
        fresh_runs.append(Run(build + ["-o", os.path.join(out_dir, "store-fresh.graphml")], out_dir))
        for path in store_files(base):
            os.remove(path)
        for path in store_files(snapshot):
            shutil.copy2(path, base)
        rerun_runs.append(Run(build + ["--store", database, "-o", os.path.join(out_dir, "store-rerun.graphml")], out_dir))
    unchanged = Run(build + ["--store", database, "-o", os.path.join(out_dir, "store-unchanged.graphml")], out_dir)
    fresh, rerun = fastest(fresh_runs), fastest(rerun_runs)
    identical = (filecmp.cmp(os.path.join(out_dir, "store-fresh.graphml"), os.path.join(out_dir, "store-rerun.graphml"), shallow=False)
                 and filecmp.cmp(os.path.join(out_dir, "store-fresh.graphml"), os.path.join(out_dir, "store-unchanged.graphml"), shallow=False))

    say(f"{'run':<44}{'wall s':>9}{'CPU s':>9}{'peak RSS':>11}{'inputs read':>13}{'/ full build':>14}")
    rows = [(f"fresh build, {len(names):,} articles (no store)", fresh, None),
            (f"store, first run ({len(names) - len(held):,} articles)", initial, initial.store),
            (f"store, re-run after +{len(held)} articles", rerun, rerun.store),
            ("store, re-run with nothing new", unchanged, unchanged.store)]
    for label, run, counts in rows:
        read = f"{counts[0]:,}" if counts else f"{len(names):,}"
        say(f"{label:<44}{run.wall:>9.2f}{run.cpu:>9.2f}{run.rss / 1024:>8.1f} MB{read:>13}{run.wall / fresh.wall:>13.1%}")
    ratio = rerun.wall / fresh.wall
    say(f"re-run / full build: {ratio:.1%} wall, {rerun.cpu / fresh.cpu:.1%} CPU (best of {runs} each, alternating); "
        f"store {store_bytes / 1e6:.1f} MB; re-run output byte-identical to the fresh build: {'yes' if identical else 'NO'}")
    if rerun.store and rerun.store[0] != len(held):
        say(f"  (the re-run read {rerun.store[0]} inputs, not the {len(held)} new ones)")
    verdict("store re-run after +1 % / full build", f"{ratio:.1%}", "<= 5 %", ratio <= 0.05)
    verdict("store re-run output = fresh build", "yes" if identical else "NO", "identical", identical)
    say()


def mentions_file(entgraph, news, data):
    """The corpus's mentions of every type, which grow_corpus.py rewrites (made once)."""
    path = os.path.join(data, "news-mentions.jsonl")
    if not os.path.exists(path):
        with open(path + ".tmp", "w") as f:
            subprocess.run([entgraph, "mentions", news, "--types", "person,country,organization,location,misc"],
                           check=True, stdout=f, stderr=subprocess.DEVNULL)
        os.replace(path + ".tmp", path)
    return path


def growth(entgraph, news, data, factors, out_dir, say, verdict, load):
    """Build time, peak RSS, nodes and edges on 1x and on grown corpora of FACTORS times."""
    mentions = mentions_file(entgraph, news, data)
    corpora = [(1, news)]
    for factor in factors:
        folder = os.path.join(data, f"news-grow{factor}")
        subprocess.run([sys.executable, os.path.join(HERE, "grow_corpus.py"), news, mentions, folder,
                        "--factor", str(factor)], check=True)
        corpora.append((factor, folder))
    say(f"Growth (issue 18): the corpus and grow_corpus.py's copies with rewritten names, "
        f"entgraph build --threads 2 (load {load()})")
    say(f"{'corpus':<8}{'articles':>10}{'MB':>8}{'wall s':>9}{'CPU s':>9}{'peak RSS':>11}{'nodes':>9}{'edges':>11}"
        f"{'wall x':>8}{'CPU x':>7}{'RSS x':>7}")
    results = []
    for factor, folder in corpora:
        size = sum(os.path.getsize(os.path.join(folder, name)) for name in os.listdir(folder))
        run = Run([entgraph, "build", folder, "--threads", "2", "-o", os.path.join(out_dir, f"grow{factor}.graphml")], out_dir)
        results.append((factor, size, run))
        one = results[0][2]
        say(f"{f'x{factor}':<8}{run.documents:>10,}{size / 1e6:>8.1f}{run.wall:>9.2f}{run.cpu:>9.2f}"
            f"{run.rss / 1024:>8.1f} MB{run.nodes:>9,}{run.edges:>11,}"
            f"{run.wall / one.wall:>8.1f}{run.cpu / one.cpu:>7.1f}{run.rss / one.rss:>7.1f}")
    one = results[0][2]
    for factor, size, run in results[1:]:
        # The exponent k of time = c * size^k between x1 and xN: 1 is linear.
        exponent = lambda big, small: math.log(big / small) / math.log(factor)
        say(f"x{factor} / x1: CPU {run.cpu / one.cpu:.1f}x (exponent {exponent(run.cpu, one.cpu):.2f}), "
            f"wall {run.wall / one.wall:.1f}x ({exponent(run.wall, one.wall):.2f}), "
            f"peak RSS {run.rss / one.rss:.1f}x ({exponent(run.rss, one.rss):.2f}), "
            f"nodes {run.nodes / one.nodes:.1f}x, edges {run.edges / one.edges:.1f}x")
        # A tenth over linear is allowed for the noise of a shared machine.
        verdict(f"growth x{factor}: CPU time / x1", f"{run.cpu / one.cpu:.1f}x", f"<= {factor * 1.1:g}x",
                run.cpu / one.cpu <= factor * 1.1)
        verdict(f"growth x{factor}: peak RSS / x1", f"{run.rss / one.rss:.1f}x", f"<= {factor}x", run.rss / one.rss <= factor)
    say("(exponent k: time or memory = c * size^k between x1 and xN; k <= 1 is at most linear)")
    say()


def spin():
    total = 0
    for value in range(10_000_000):
        total += value
    return total


def machine_parallelism():
    """How many cores the machine gives us now: two CPU-bound processes at once against one.

    On a shared machine the second core is often someone else's; this tells a busy machine from
    a pipeline that does not scale (2.0 on two idle cores, 1.0 when only one is left).
    """
    start = time.monotonic()
    spin()
    one = time.monotonic() - start
    start = time.monotonic()
    children = []
    for _ in range(2):
        pid = os.fork()
        if pid == 0:
            spin()
            os._exit(0)
        children.append(pid)
    for pid in children:
        os.waitpid(pid, 0)
    return 2 * one / (time.monotonic() - start)


def threads(entgraph, news, out_dir, say, verdict, load, runs=3):
    """`entgraph build` with 1 and 2 threads, alternating; returns {threads: fastest Run}."""
    say(f"Threads (issue 18): entgraph build CORPUS -o OUT.graphml with --threads 1 and 2, alternating, "
        f"best of {runs} each (load {load()})")
    before = machine_parallelism()
    all_runs = {1: [], 2: []}
    for _ in range(runs):
        for count in (1, 2):
            all_runs[count].append(Run([entgraph, "build", news, "--threads", str(count),
                                        "-o", os.path.join(out_dir, f"threads-{count}.graphml")], out_dir))
    best = {count: fastest(results) for count, results in all_runs.items()}
    ratio = best[1].wall / best[2].wall
    same = filecmp.cmp(os.path.join(out_dir, "threads-1.graphml"), os.path.join(out_dir, "threads-2.graphml"), shallow=False)
    for count in (1, 2):
        say(f"  {count} thread{'s' if count > 1 else ' '}: wall {best[count].wall:.2f} s, CPU {best[count].cpu:.2f} s "
            f"(all runs: {', '.join(f'{run.wall:.2f}' for run in all_runs[count])})")
    after = machine_parallelism()
    say(f"2 threads / 1 thread: {ratio:.2f}x; outputs byte-identical: {'yes' if same else 'NO'}")
    say(f"cores the machine gave: {before:.2f} before, {after:.2f} after (two CPU-bound Python processes at once "
        f"against one; 2.00 on two idle cores): the speed-up cannot exceed it")
    verdict("end to end, 2 threads vs 1", f"{ratio:.2f}x", ">= 1.8x", ratio >= 1.8)
    say()
    return best
