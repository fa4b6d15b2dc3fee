#!/usr/bin/env python3
"""Interop checks for EntityGraph's exports, run by the Swift tests (InteropTests.swift).

Commands:
  summary networkx graphml|gexf|json PATH   what NetworkX reads from one of our files
  summary igraph PATH                       what python-igraph reads from our GraphML
  rewrite networkx IN OUT                   NetworkX reads GraphML IN and writes it to OUT
  rewrite igraph IN OUT                     python-igraph reads GraphML IN and writes it to OUT
  extract-xsd JAR DIR                       unpacks graphml.xsd, xlink.xsd, gexf.xsd, viz.xsd
                                            from a jar (Debian's libjgrapht-java ships them)

A summary is JSON on standard output:
  {"graph": {name: [kind, text]}, "nodes": {id: {name: [kind, text]}},
   "edges": {"a<TAB>b": {name: [kind, text]}}}
where kind is bool, int, float, str, list or viz, text is the value as text (floats with
repr, the shortest text that reads back exactly), and an edge's key is its two node ids,
sorted. Values a tool uses for "missing" (None, NaN, and igraph's empty strings) are left out.
"""
import json
import math
import sys
import zipfile


def encode(value):
    """[kind, text] for a scalar, or None for a value that stands for 'missing'."""
    if value is None:
        return None
    if isinstance(value, bool):
        return ["bool", "true" if value else "false"]
    if isinstance(value, int):
        return ["int", str(value)]
    if isinstance(value, float):
        return None if math.isnan(value) else ["float", repr(value)]
    if isinstance(value, str):
        return ["str", value]
    if isinstance(value, list):
        return ["list", "|".join(str(item) for item in value)]
    if isinstance(value, dict) and isinstance(value.get("color"), dict):
        color = value["color"]
        return ["viz", "%d,%d,%d" % (color["r"], color["g"], color["b"])]
    return None


def encode_all(attributes, skip=(), empty_is_missing=False):
    result = {}
    for name, value in attributes.items():
        if name in skip or (empty_is_missing and value == ""):
            continue
        encoded = encode(value)
        if encoded is not None:
            result[name] = encoded
    return result


def networkx_summary(kind, path):
    import networkx as nx

    if kind == "graphml":
        graph = nx.read_graphml(path)
    elif kind == "gexf":
        graph = nx.read_gexf(path)
    elif kind == "json":
        with open(path, encoding="utf-8") as f:
            data = json.load(f)
        # Ours writes "links" by default, "edges" with --json-edges edges; NetworkX 3.4 and
        # later read either when told which (the `edges` keyword does not exist before 3.4).
        graph = nx.node_link_graph(data, edges="links" if "links" in data else "edges")
    else:
        raise SystemExit("unknown format " + kind)
    if graph.is_directed() or graph.is_multigraph():
        raise SystemExit("NetworkX read a directed graph or a multigraph")
    return {
        "graph": encode_all(graph.graph, skip=("mode",) if kind == "gexf" else ()),
        "nodes": {str(node): encode_all(data) for node, data in graph.nodes(data=True)},
        "edges": {"\t".join(sorted([str(a), str(b)])): encode_all(data, skip=("id",) if kind == "gexf" else ())
                  for a, b, data in graph.edges(data=True)},
    }


def igraph_summary(path):
    import igraph

    graph = igraph.Graph.Read_GraphML(path)
    if graph.is_directed():
        raise SystemExit("igraph read a directed graph")
    ids = [vertex["id"] if "id" in graph.vs.attributes() else str(vertex.index) for vertex in graph.vs]
    return {
        "graph": encode_all({name: graph[name] for name in graph.attributes()}, empty_is_missing=True),
        "nodes": {ids[vertex.index]: encode_all(vertex.attributes(), skip=("id",), empty_is_missing=True)
                  for vertex in graph.vs},
        "edges": {"\t".join(sorted([ids[edge.source], ids[edge.target]])):
                  encode_all(edge.attributes(), empty_is_missing=True) for edge in graph.es},
    }


def rewrite(tool, source, target):
    if tool == "networkx":
        import networkx as nx

        nx.write_graphml(nx.read_graphml(source), target)
    elif tool == "igraph":
        import igraph

        igraph.Graph.Read_GraphML(source).write_graphml(target)
    else:
        raise SystemExit("unknown tool " + tool)


def extract_xsd(jar, folder):
    with zipfile.ZipFile(jar) as archive:
        archive.extractall(folder, ["graphml.xsd", "xlink.xsd", "gexf.xsd", "viz.xsd"])


def main(args):
    if args[:2] == ["summary", "networkx"] and len(args) == 4:
        summary = networkx_summary(args[2], args[3])
    elif args[:2] == ["summary", "igraph"] and len(args) == 3:
        summary = igraph_summary(args[2])
    elif args[:1] == ["rewrite"] and len(args) == 4:
        rewrite(args[1], args[2], args[3])
        return
    elif args[:1] == ["extract-xsd"] and len(args) == 3:
        extract_xsd(args[1], args[2])
        return
    else:
        raise SystemExit(__doc__)
    json.dump(summary, sys.stdout, ensure_ascii=True, sort_keys=True)
    sys.stdout.write("\n")


if __name__ == "__main__":
    main(sys.argv[1:])
