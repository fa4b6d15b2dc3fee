#!/usr/bin/env python3
"""Reads an SVG that Graphviz drew from `entgraph … --dot-labels N` and reports, as JSON, the
node labels it shows, the legend's text, and every pair of things that overlap.

    svg_check.py GRAPH.svg

A labelled node counts as its label's box (width estimated at 0.55 em per character, which
over-estimates Helvetica's average), an unlabelled one as its circle's box; the legend's texts
count too. Two boxes overlap when they share more than 0.5 pt in both directions.
"""
import json
import re
import sys
import xml.etree.ElementTree as ET

SVG = "{http://www.w3.org/2000/svg}"


def text_box(element):
    size = float(element.get("font-size", "14"))
    x, y = float(element.get("x")), float(element.get("y"))
    width = 0.55 * size * len(element.text or "")
    anchor = element.get("text-anchor", "start")
    left = x - width / 2 if anchor == "middle" else (x - width if anchor == "end" else x)
    return [left, y - 0.75 * size, left + width, y + 0.2 * size]


def shape_box(group):
    for element in group.iter():
        if element.tag == SVG + "ellipse":
            cx, cy, rx, ry = (float(element.get(k)) for k in ("cx", "cy", "rx", "ry"))
            return [cx - rx, cy - ry, cx + rx, cy + ry]
        if element.tag == SVG + "polygon":
            points = [tuple(map(float, p.split(","))) for p in element.get("points").split()]
            xs, ys = [p[0] for p in points], [p[1] for p in points]
            return [min(xs), min(ys), max(xs), max(ys)]
    return None


def main():
    root = ET.parse(sys.argv[1]).getroot()
    graph = root.find(SVG + "g")
    things, labels, legend = [], [], []
    for element in graph:
        if element.tag == SVG + "text":
            legend.append(element.text or "")
            things.append(("legend: " + (element.text or ""), text_box(element)))
        elif element.tag == SVG + "g" and element.get("class") == "node":
            node_id = element.find(SVG + "title").text
            texts = [t for t in element.iter(SVG + "text") if (t.text or "").strip()]
            if texts:
                labels.append(" ".join(t.text for t in texts))
                things.append((node_id, text_box(texts[0])))
            else:
                things.append((node_id, shape_box(element)))
    overlaps = []
    for i in range(len(things)):
        for j in range(i + 1, len(things)):
            a, b = things[i][1], things[j][1]
            if a is None or b is None:
                continue
            if min(a[2], b[2]) - max(a[0], b[0]) > 0.5 and min(a[3], b[3]) - max(a[1], b[1]) > 0.5:
                overlaps.append([things[i][0], things[j][0]])
    nodes = sum(1 for e in graph if e.tag == SVG + "g" and e.get("class") == "node")
    json.dump({"nodes": nodes, "labels": sorted(labels), "legend": legend, "overlaps": overlaps}, sys.stdout, indent=1)
    print()


if __name__ == "__main__":
    main()
