#!/usr/bin/env python3
"""Times NetworkX and python-igraph on the benchmark edge list and checks their values
against the ones centrality-bench wrote (EDGES.tsv.swift.json), with the same semantics:
distance = 1/weight for betweenness, weight as strength for PageRank and eigenvector.

Betweenness uses the pivot sources recorded by the Swift run (exact betweenness on 20,000
nodes takes hours in NetworkX). Usage: python3 bench_python.py EDGES.tsv [--skip-networkx]
"""
import json
import sys
import time

import networkx as nx

path = sys.argv[1]
skip_networkx = "--skip-networkx" in sys.argv
swift = json.load(open(path + ".swift.json"))
pivots = swift["pivots"]

with open(path) as f:
    n = int(f.readline().split()[2])
    edges = [(int(a), int(b), float(w)) for a, b, w in (line.split() for line in f)]


def timed(label, work):
    start = time.perf_counter()
    result = work()
    print(f"{label} {time.perf_counter() - start:.3f}", flush=True)
    return result


def compare(label, values, reference):
    worst = max(abs(a - b) for a, b in zip(values, reference))
    print(f"  {label}: max |difference| vs swift = {worst:.3g}")


if not skip_networkx:
    G = nx.Graph()
    G.add_nodes_from(range(n))
    G.add_edges_from((a, b, {"weight": w, "distance": 1 / w}) for a, b, w in edges)
    pr = timed("networkx pagerank", lambda: nx.pagerank(G, weight="weight"))
    compare("pagerank", [pr[v] for v in range(n)], swift["values"]["pagerank"])
    ev = timed("networkx eigenvector", lambda: nx.eigenvector_centrality(G, weight="weight"))
    compare("eigenvector", [ev[v] for v in range(n)], swift["values"]["eigenvector"])
    core = timed("networkx kcore", lambda: nx.core_number(G))
    compare("kcore", [core[v] for v in range(n)], swift["values"]["kcore"])

    def pivot_betweenness():
        # Sum of dependencies from the pivots, scaled as nx.betweenness_centrality(k=...) does.
        from networkx.algorithms.centrality.betweenness import (
            _accumulate_basic, _single_source_dijkstra_path_basic)
        b = dict.fromkeys(G, 0.0)
        for s in pivots:
            S, P, sigma, _ = _single_source_dijkstra_path_basic(G, s, "distance")
            b, _ = _accumulate_basic(b, S, P, sigma, s)
        k = len(pivots)
        ps = set(pivots)
        return {v: b[v] / (((k - 1) if v in ps else k) * (n - 2)) for v in G}

    bc = timed(f"networkx betweenness-{len(pivots)}-pivots", pivot_betweenness)
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
raw = timed(f"igraph betweenness-{len(pivots)}-pivots",
            lambda: g.betweenness(weights="distance", sources=pivots, directed=False))
timed("igraph louvain", lambda: g.community_multilevel(weights="weight"))
