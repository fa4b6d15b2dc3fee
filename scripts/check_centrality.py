#!/usr/bin/env python3
"""Checks `entgraph centrality GRAPH --measure all --format json` against NetworkX.

usage: check_centrality.py GRAPH.graphml OURS.json
Computes every measure with NetworkX under EntityGraph's weight semantics (distance = 1/weight
for betweenness, closeness and harmonic; weight as strength for PageRank, eigenvector and
strength) and exits 1 listing every value that differs by more than 1e-6. Eigenvector
centrality is checked against the exact limit of NetworkX's iteration (numpy's dense
eigendecomposition: the uniform vector projected onto the leading eigenspace), to 1e-9.
"""
import json
import sys

import networkx as nx
import numpy as np


def exact_eigenvector(graph):
    nodes = list(graph)
    a = nx.to_numpy_array(graph, nodelist=nodes, weight="weight")
    values, vectors = np.linalg.eigh(a)
    top = values.max()
    basis = vectors[:, values >= top - 1e-10 * max(1.0, abs(top))]
    x = basis @ (basis.T @ np.ones(len(nodes)))
    x = x / np.linalg.norm(x)
    return dict(zip(nodes, (float(v) for v in x)))


graph = nx.read_graphml(sys.argv[1])
for _, _, data in graph.edges(data=True):
    data["distance"] = 1.0 / data["weight"]
reference = {
    "degree": nx.degree_centrality(graph),
    "strength": dict(graph.degree(weight="weight")),
    "betweenness": nx.betweenness_centrality(graph, weight="distance", normalized=True),
    "closeness": nx.closeness_centrality(graph, distance="distance", wf_improved=True),
    "harmonic": nx.harmonic_centrality(graph, distance="distance"),
    "eigenvector": exact_eigenvector(graph),
    "pagerank": nx.pagerank(graph, alpha=0.85, weight="weight"),
    "kcore": nx.core_number(graph),
}
rows = json.load(open(sys.argv[2]))
assert len(rows) == graph.number_of_nodes(), (len(rows), graph.number_of_nodes())
mismatches = []
for row in rows:
    for measure, values in reference.items():
        ours, theirs = row[measure], values[row["id"]]
        if abs(ours - theirs) > (1e-9 if measure == "eigenvector" else 1e-6):
            mismatches.append(f"{row['id']} {measure}: ours {ours} networkx {theirs}")
if mismatches:
    print("\n".join(mismatches), file=sys.stderr)
    sys.exit(1)
print(f"ok {len(rows)} nodes x {len(reference)} measures")
