#!/usr/bin/env bash
# Prints what `make graphs` wrote and a short summary of the sample graph.
set -euo pipefail
bin=$1
dir=$2
echo
echo "Wrote:"
for f in "$dir"/sample.*; do [[ $f == *.tmp ]] || printf '  %s\n' "$f"; done
printf '  %s\n' "$dir/sample-centrality.txt"
echo
python3 - "$dir/sample.json" <<'PY'
import json, sys, collections
data = json.load(open(sys.argv[1]))
nodes = collections.Counter(n["type"] for n in data["nodes"])
kinds = {n["id"]: n["type"] for n in data["nodes"]}
edges = collections.Counter("-".join(sorted((kinds[e["source"]], kinds[e["target"]]))) for e in data["links"])
print(f"{len(data['nodes'])} nodes: " + ", ".join(f"{v} {k}" for k, v in sorted(nodes.items())))
print(f"{len(data['links'])} edges: " + ", ".join(f"{v} {k}" for k, v in sorted(edges.items())))
PY
echo
echo "Top 10 by PageRank:"
"$bin" centrality "$dir/sample.graphml" --measure pagerank --top 10
