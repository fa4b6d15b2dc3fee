#!/usr/bin/env python3
"""List the people a corpus joined across documents by a one-word name alone.

Reads the JSON Lines of `entgraph mentions PATH...` (one object per document: its entities and
its mentions with byte offsets) and prints every PERSON node that some documents mention only
by one word ("Williams") while the node's full name ("Serena Williams") stands in at most
`--max-full` documents: the cross-document joins of `CorpusResolver`'s rule 2 that most often
fuse namesakes. For each, the documents that use the word alone, with the text around its
first use there, so a reader can judge the join without opening the files.

    entgraph mentions bench-data/heldout7 > mentions.jsonl
    python3 scripts/surname_joins.py mentions.jsonl [--max-full 2] [--context 80]
    python3 scripts/surname_joins.py --self-test

Document paths in the JSON Lines are opened as written (run from the folder `entgraph
mentions` ran in). Only the standard library is needed.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections import defaultdict


def joins(lines, max_full: int):
    """(full-name documents, label, [(document, uses, first mention)]) per node, fewest first."""
    full_documents: dict[str, set[str]] = defaultdict(set)
    alone: dict[str, list[tuple[str, int, dict]]] = defaultdict(list)
    labels: dict[str, str] = {}
    for line in lines:
        if not line.strip():
            continue
        document = json.loads(line)
        people = {e["id"]: e["name"] for e in document["entities"] if e["type"] == "PERSON"}
        by_entity: dict[str, list[dict]] = defaultdict(list)
        for mention in document["mentions"]:
            if mention["entity"] in people:
                by_entity[mention["entity"]].append(mention)
        for entity, mentions in by_entity.items():
            labels[entity] = people[entity]
            if any(" " in m["text"] for m in mentions):
                full_documents[entity].add(document["document"])
            else:
                alone[entity].append((document["document"], len(mentions), mentions[0]))
    rows = [(len(full_documents[e]), labels[e], uses) for e, uses in alone.items()
            if 0 < len(full_documents[e]) <= max_full]
    return sorted(rows, key=lambda row: (row[0], row[1]))


def context(path: str, mention: dict, width: int) -> str:
    try:
        with open(path, "rb") as f:
            data = f.read()
    except OSError as error:
        return f"({error.strerror})"
    start, end = mention["start"], mention["end"]
    before = data[max(0, start - width):start].decode("utf-8", "replace")
    after = data[end:end + width // 2].decode("utf-8", "replace")
    return " ".join(f"{before}[{data[start:end].decode('utf-8', 'replace')}]{after}".split())


def self_test() -> int:
    documents = [
        {"document": "a", "entities": [{"id": "serena-williams", "name": "Serena Williams", "type": "PERSON"}],
         "mentions": [{"start": 0, "end": 15, "text": "Serena Williams", "entity": "serena-williams"}]},
        {"document": "b", "entities": [{"id": "serena-williams", "name": "Serena Williams", "type": "PERSON"}],
         "mentions": [{"start": 0, "end": 8, "text": "Williams", "entity": "serena-williams"},
                      {"start": 20, "end": 28, "text": "Williams", "entity": "serena-williams"}]},
        {"document": "c", "entities": [{"id": "bbc", "name": "BBC", "type": "ORGANIZATION"}],
         "mentions": [{"start": 0, "end": 3, "text": "BBC", "entity": "bbc"}]},
    ]
    rows = joins([json.dumps(d) for d in documents], max_full=2)
    assert [(n, label, [(d, uses) for d, uses, _ in docs]) for n, label, docs in rows] == [(1, "Serena Williams", [("b", 2)])], rows
    assert joins([json.dumps(d) for d in documents], max_full=0) == []
    print("self-test passed")
    return 0


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("mentions", nargs="?", help="JSON Lines of `entgraph mentions` ('-' for standard input)")
    parser.add_argument("--max-full", type=int, default=2, help="most documents naming the person in full (default 2)")
    parser.add_argument("--context", type=int, default=80, help="bytes of text before each first use (default 80)")
    parser.add_argument("--self-test", action="store_true")
    args = parser.parse_args()
    if args.self_test:
        return self_test()
    if not args.mentions:
        parser.error("give the mentions file")
    source = sys.stdin if args.mentions == "-" else open(args.mentions, encoding="utf-8")
    rows = joins(source, args.max_full)
    for full, label, uses in rows:
        print(f"{label}  (named in full in {full} document{'s' if full != 1 else ''})")
        for path, count, first in uses:
            print(f"  {path} ×{count}: {context(path, first, args.context)}")
    print(f"{len(rows)} people joined by a word alone from documents that never name them in full", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
