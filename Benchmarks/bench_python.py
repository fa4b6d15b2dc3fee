#!/usr/bin/env python3
"""Times NetworkX and python-igraph on the benchmark edge list and checks their values
against the ones centrality-bench wrote (EDGES.tsv.swift.json), with the same semantics:
distance = 1/weight for betweenness, weight as strength for PageRank and eigenvector.

Betweenness: every library runs Brandes from the pivot sources recorded by the Swift run (a
seeded sample; run centrality-bench with --pivots 20 to keep NetworkX under a minute), and the
values are compared. Exact betweenness is timed, or estimated where it would take too long: one
Brandes search per source costs about the same for every source of a connected graph, so timing
K sources and multiplying by n/K estimates the exact run (NetworkX needs hours for the exact run
at 20,000 nodes, igraph several minutes). NetworkX's estimate comes from its pivot run; igraph's
from K more sources (--igraph-sources), or igraph runs the exact computation (--igraph-exact).
Lines "LIB betweenness-exact S" are measured; "LIB betweenness-exact-estimate S" extrapolated.

Usage: python3 bench_python.py EDGES.tsv [--skip-networkx] [--igraph-sources K | --igraph-exact]
"""
import argparse
import json
import random
import sys
import time

import networkx as nx

parser = argparse.ArgumentParser()
parser.add_argument("edges")
parser.add_argument("--skip-networkx", action="store_true")
parser.add_argument("--igraph-sources", type=int, default=1000)
parser.add_argument("--igraph-exact", action="store_true")
args = parser.parse_args()

path = args.edges
swift = json.load(open(path + ".swift.json"))
pivots = swift["pivots"]

with open(path) as f:
    n = int(f.readline().split()[2])
    edges = [(int(a), int(b), float(w)) for a, b, w in (line.split() for line in f)]

# Sources for igraph's timing run: a seeded sample.
timing_order = list(range(n))
random.Random(1).shuffle(timing_order)


def timed(label, work):
    start = time.perf_counter()
    result = work()
    print(f"{label} {time.perf_counter() - start:.3f}", flush=True)
    return result


def estimate(library, sources, seconds):
    if library != "networkx":
        print(f"{library} betweenness-{sources}-sources {seconds:.3f}", flush=True)
    else:
        print(f"{library} betweenness-{sources}-pivots {seconds:.3f}", flush=True)
    print(f"{library} betweenness-exact-estimate {seconds * n / sources:.3f}", flush=True)


def compare(label, values, reference):
    worst = max(abs(a - b) for a, b in zip(values, reference))
    print(f"  {label}: max |difference| vs swift = {worst:.3g}")


if not args.skip_networkx:
    from networkx.algorithms.centrality.betweenness import (
        _accumulate_basic, _single_source_dijkstra_path_basic)

    G = nx.Graph()
    G.add_nodes_from(range(n))
    G.add_edges_from((a, b, {"weight": w, "distance": 1 / w}) for a, b, w in edges)
    pr = timed("networkx pagerank", lambda: nx.pagerank(G, weight="weight"))
    compare("pagerank", [pr[v] for v in range(n)], swift["values"]["pagerank"])
    ev = timed("networkx eigenvector", lambda: nx.eigenvector_centrality(G, weight="weight"))
    compare("eigenvector", [ev[v] for v in range(n)], swift["values"]["eigenvector"])
    core = timed("networkx kcore", lambda: nx.core_number(G))
    compare("kcore", [core[v] for v in range(n)], swift["values"]["kcore"])

    def brandes(sources):
        # Sum of dependencies from the sources: the inner loop of nx.betweenness_centrality.
        b = dict.fromkeys(G, 0.0)
        for s in sources:
            S, P, sigma, _ = _single_source_dijkstra_path_basic(G, s, "distance")
            b, _ = _accumulate_basic(b, S, P, sigma, s)
        return b

    def pivot_betweenness():
        # Scaled as nx.betweenness_centrality(k=...) does.
        b = brandes(pivots)
        k = len(pivots)
        ps = set(pivots)
        return {v: b[v] / (((k - 1) if v in ps else k) * (n - 2)) for v in G}

    start = time.perf_counter()
    bc = pivot_betweenness()
    estimate("networkx", len(pivots), time.perf_counter() - start)
    compare("betweenness (pivots)", [bc[v] for v in range(n)], swift["values"]["betweenness_pivots"])
    timed("networkx louvain", lambda: nx.community.louvain_communities(G, weight="weight", seed=1))

try:
    import igraph as ig
except ImportError:
    print("python-igraph not installed; skipping igraph")
    sys.exit(0)

g = ig.Graph(n=n, edges=[(a, b) for a, b, _ in edges])
g.es["weight"] = [w for _, _, w in edges]
g.es["distance"] = [1 / w for _, _, w in edges]
pr = timed("igraph pagerank", lambda: g.pagerank(weights="weight"))
compare("pagerank (PRPACK, exact solve)", pr, swift["values"]["pagerank"])
timed("igraph eigenvector", lambda: g.eigenvector_centrality(weights="weight", scale=False))
timed("igraph kcore", lambda: g.coreness())
timed(f"igraph betweenness-{len(pivots)}-pivots",
      lambda: g.betweenness(weights="distance", sources=pivots, directed=False))
if args.igraph_exact:
    exact = timed("igraph betweenness-exact", lambda: g.betweenness(weights="distance", directed=False))
    if "betweenness" in swift["values"]:
        scale = 2 / ((n - 1) * (n - 2))  # igraph: unnormalized, each unordered pair once
        compare("betweenness (exact)", [x * scale for x in exact], swift["values"]["betweenness"])
else:
    k = min(args.igraph_sources, n)
    start = time.perf_counter()
    g.betweenness(weights="distance", sources=timing_order[:k], directed=False)
    estimate("igraph", k, time.perf_counter() - start)
timed("igraph louvain", lambda: g.community_multilevel(weights="weight"))
