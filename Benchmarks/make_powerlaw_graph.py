#!/usr/bin/env python3
"""Writes a seeded synthetic power-law graph as an edge list for the centrality benchmark.

Barabási–Albert with 10 edges per new node: 20,000 nodes give 199,900 edges with a power-law
degree tail; weights are integers 1..5 drawn with the same seed (co-mention counts are small
integers too).

Usage: python3 make_powerlaw_graph.py [OUT.tsv] [--nodes N] [--per-node M] [--seed S]
"""
import argparse
import random

import networkx as nx

parser = argparse.ArgumentParser()
parser.add_argument("out", nargs="?", default="powerlaw-20000.tsv")
parser.add_argument("--nodes", type=int, default=20_000)
parser.add_argument("--per-node", type=int, default=10)
parser.add_argument("--seed", type=int, default=1)
args = parser.parse_args()

graph = nx.barabasi_albert_graph(args.nodes, args.per_node, seed=args.seed)
rng = random.Random(args.seed)
with open(args.out, "w") as out:
    out.write(f"# nodes {graph.number_of_nodes()}\n")
    for u, v in sorted((min(a, b), max(a, b)) for a, b in graph.edges()):
        out.write(f"{u}\t{v}\t{rng.randint(1, 5)}\n")
print(f"wrote {args.out}: {graph.number_of_nodes()} nodes, {graph.number_of_edges()} edges")
