#!/usr/bin/env python3
"""Reference values for EntityGraph's Analysis stage, computed with NetworkX.

Writes Tests/EntityGraphTests/Golden/centrality-reference.json: for Zachary's karate club
(with its 'weight' edge attributes) and a few seeded random weighted graphs (one of them
disconnected, with an isolated node), every centrality measure as NetworkX computes it,
a sampled betweenness with its sampled sources, the modularity of a fixed partition, and the
modularity that NetworkX's Louvain reaches for a few seeds.

Weight semantics are the ones EntityGraph uses: path-based measures (betweenness, closeness,
harmonic) use distance = 1/weight; strength, eigenvector and PageRank use the weight itself.

Usage: python3 scripts/reference_centrality.py [OUTPUT.json]
The output is deterministic for a given NetworkX version (recorded in the file).
"""

import json
import random
import sys
from pathlib import Path

import networkx as nx
import numpy as np
from networkx.algorithms.community import louvain_communities, modularity

ROOT = Path(__file__).resolve().parent.parent
DEFAULT_OUTPUT = ROOT / "Tests/EntityGraphTests/Golden/centrality-reference.json"


def node_id(index, width):
    """Zero-padded ids, so sorting ids keeps NetworkX's node order."""
    return f"n{index:0{width}d}"


def random_weighted(n, m, seed, weights=(1, 5)):
    graph = nx.gnm_random_graph(n, m, seed=seed)
    rng = random.Random(seed)
    for u, v in sorted(graph.edges()):
        graph[u][v]["weight"] = rng.randint(*weights)
    return graph


def disconnected(seed):
    """Two random components, a lone edge and an isolated node."""
    a = random_weighted(14, 30, seed)
    b = random_weighted(9, 14, seed + 1)
    graph = nx.disjoint_union(a, b)
    start = graph.number_of_nodes()
    graph.add_edge(start, start + 1, weight=2)
    graph.add_node(start + 2)
    return graph


def real_weighted(n, m, seed):
    """Non-integer weights, so 1/weight distances rarely tie."""
    graph = nx.gnm_random_graph(n, m, seed=seed)
    rng = random.Random(seed)
    for u, v in sorted(graph.edges()):
        graph[u][v]["weight"] = round(rng.uniform(0.5, 4.0), 3)
    return graph


def in_order(values, nodes):
    return [float(values[v]) for v in nodes]


def reference(name, graph, louvain_seeds=(), sample=None, partition=None):
    nodes = sorted(graph.nodes())
    width = len(str(len(nodes) - 1))
    index = {v: i for i, v in enumerate(nodes)}
    for u, v, data in graph.edges(data=True):
        data["distance"] = 1.0 / data["weight"]

    measures = {
        "degree": in_order(nx.degree_centrality(graph), nodes),
        "strength": in_order(dict(graph.degree(weight="weight")), nodes),
        "betweenness": in_order(
            nx.betweenness_centrality(graph, weight="distance", normalized=True), nodes
        ),
        "closeness": in_order(
            nx.closeness_centrality(graph, distance="distance", wf_improved=True), nodes
        ),
        "harmonic": in_order(nx.harmonic_centrality(graph, distance="distance"), nodes),
        "pagerank": in_order(nx.pagerank(graph, alpha=0.85, weight="weight"), nodes),
        "kcore": in_order(nx.core_number(graph), nodes),
    }
    try:
        measures["eigenvector"] = in_order(
            nx.eigenvector_centrality(graph, weight="weight"), nodes
        )
    except nx.PowerIterationFailedConvergence:
        measures["eigenvector"] = None  # NetworkX gave up; EntityGraph's exact value is below

    result = {
        "name": name,
        "nodes": [node_id(i, width) for i in range(len(nodes))],
        "edges": sorted(
            [min(index[u], index[v]), max(index[u], index[v]), float(d["weight"])]
            for u, v, d in graph.edges(data=True)
        ),
        "measures": measures,
        "eigenvector_exact": exact_eigenvector(graph, nodes),
    }

    if sample is not None:
        k, seed = sample
        # NetworkX draws the sources with random.Random(seed).sample(list(G), k); record
        # them so the Swift side can use the very same pivots.
        sources = random.Random(seed).sample(list(graph.nodes()), k)
        values = nx.betweenness_centrality(
            graph, k=k, seed=seed, weight="distance", normalized=True
        )
        result["betweenness_sampled"] = {
            "k": k,
            "sources": sorted(index[s] for s in sources),
            "values": in_order(values, nodes),
        }

    if partition is not None:
        communities = {}
        for v in nodes:
            communities.setdefault(partition[v], set()).add(v)
        membership_labels = sorted(communities)
        result["partition"] = {
            "membership": [membership_labels.index(partition[v]) for v in nodes],
            "modularity": modularity(graph, communities.values(), weight="weight"),
        }

    if louvain_seeds:
        runs = []
        for seed in louvain_seeds:
            found = louvain_communities(graph, weight="weight", resolution=1, seed=seed)
            runs.append(
                {
                    "seed": seed,
                    "communities": len(found),
                    "modularity": modularity(graph, found, weight="weight"),
                }
            )
        result["louvain"] = runs
    return result


def exact_eigenvector(graph, nodes):
    """The limit of NetworkX's eigenvector iteration, from numpy's dense eigendecomposition:
    the uniform vector projected onto the eigenspace of the largest eigenvalue of the weight
    matrix (ties within 1e-10), normalized to unit length."""
    a = nx.to_numpy_array(graph, nodelist=nodes, weight="weight")
    values, vectors = np.linalg.eigh(a)
    top = values.max()
    basis = vectors[:, values >= top - 1e-10 * max(1.0, abs(top))]
    x = basis @ (basis.T @ np.ones(len(nodes)))
    x = x / np.linalg.norm(x)
    x[np.abs(x) < 1e-14] = 0.0
    return [float(v) for v in x]


def main():
    output = Path(sys.argv[1]) if len(sys.argv) > 1 else DEFAULT_OUTPUT
    karate = nx.karate_club_graph()
    club = {v: karate.nodes[v]["club"] for v in karate}
    graphs = [
        reference("karate", karate, louvain_seeds=(0, 1, 2, 3, 4), sample=(12, 7),
                  partition=club),
        reference("gnm-30-70", random_weighted(30, 70, seed=11), louvain_seeds=(0, 1),
                  sample=(8, 3)),
        reference("gnm-60-150", random_weighted(60, 150, seed=12), louvain_seeds=(0,)),
        reference("disconnected", disconnected(seed=21), louvain_seeds=(0,)),
        reference("gnm-40-90-real", real_weighted(40, 90, seed=13), sample=(10, 5)),
    ]
    document = {
        "generator": "scripts/reference_centrality.py",
        "networkx": nx.__version__,
        "weights": "betweenness, closeness and harmonic use distance = 1/weight; "
        "strength, eigenvector and pagerank use the weight",
        "graphs": graphs,
    }
    output.write_text(json.dumps(document, indent=1) + "\n")
    print(f"wrote {output}")


if __name__ == "__main__":
    main()
