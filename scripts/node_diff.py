#!/usr/bin/env python3
"""Node-by-node difference of two graphs of one corpus (issue 13's way of checking a rule).

    python3 scripts/node_diff.py OLD.graphml NEW.graphml [--top N]

Compares the nodes of two `entgraph build` GraphML files by node id: a node whose label, type or
mention count changed, appeared or disappeared is listed, largest change in mentions first, as
`id: label TYPE mentions -> label TYPE mentions` ("None None 0" for a node that is not there).
Build the same corpus with the binary before and after a change and read every line: a rule
that moves a node nobody expected is usually wrong there, even where no audit sample sees it.
Standard library only; reads the files with `entity_audit.read_graphml`.
"""

import argparse
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from entity_audit import read_graphml  # noqa: E402


def node_table(path: str) -> dict:
    """Node id → (label, type, mentions)."""
    return {n["id"]: (n["label"], n["type"], n["mentions"]) for n in read_graphml(path)}


def changes(old: dict, new: dict) -> list:
    """(id, before, after) of every node that differs, largest change in mentions first, then by id."""
    absent = (None, None, 0)
    found = [(key, old.get(key, absent), new.get(key, absent)) for key in old.keys() | new.keys()
             if old.get(key, absent) != new.get(key, absent)]
    found.sort(key=lambda c: (-abs(c[1][2] - c[2][2]), c[0]))
    return found


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("old")
    parser.add_argument("new")
    parser.add_argument("--top", type=int, default=40, help="lines to print (default 40)")
    args = parser.parse_args()
    found = changes(node_table(args.old), node_table(args.new))
    print(f"{len(found)} changed")
    for key, before, after in found[:args.top]:
        print(f"  {key}: {before[0]} {before[1]} {before[2]} -> {after[0]} {after[1]} {after[2]}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
