#!/usr/bin/env python3
"""Draw the hand-judged node sample of a graph, carrying over earlier judgments.

The sample (docs/audits/README.md): the top 150 nodes by mentions (ties by node id), and
100 nodes drawn at random (seeded) from the rest. For a new graph of the same corpus:

    python3 scripts/judge_sample.py --graph new.graphml \\
        --previous docs/audits/bbc-baseline.tsv [--corpus bench-data/heldout] > new.tsv

writes the sample as TSV (sample, rank, id, label, type, mentions, verdict, class, note),
with the verdict, class and note carried over from the previous files for every node whose
label and type were judged before; the nodes still to judge are listed on standard error
(with text snippets from --corpus to judge them by). Fill in their verdicts (ok/wrong),
then score the file:

    python3 scripts/judge_sample.py --score new.tsv

Only the standard library is needed.
"""

from __future__ import annotations

import argparse
import csv
import hashlib
import os
import random
import re
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from entity_audit import read_graphml  # noqa: E402

COLUMNS = ["sample", "rank", "id", "label", "type", "mentions", "verdict", "class", "note"]


def draw(nodes, top, random_n, seed, stable=True):
    """Top nodes by mentions, then random_n of the rest.

    stable (the default since v4): the rest ranked by a seeded hash of the node id, first
    random_n taken, so a node that survives a change of the graph stays in the sample and
    keeps its judgment (an index-based draw reshuffles the whole sample when one node comes
    or goes). The v1-v3 samples used the index-based draw (--draw index).
    """
    ranked = sorted(nodes, key=lambda n: (-n["mentions"], n["id"]))
    head = ranked[:top]
    rest = sorted(ranked[top:], key=lambda n: n["id"])
    if stable:
        digest = lambda n: hashlib.sha256(f"{seed}:{n['id']}".encode()).hexdigest()
        order = sorted(range(len(rest)), key=lambda j: digest(rest[j]))
        picked = order[:min(random_n, len(rest))]
    else:
        rng = random.Random(seed)
        picked = rng.sample(range(len(rest)), min(random_n, len(rest)))
    rank_of = {n["id"]: i for i, n in enumerate(ranked, 1)}
    rows = [("top", i, n) for i, n in enumerate(head, 1)]
    rows += [("random", rank_of[rest[j]["id"]], rest[j]) for j in sorted(picked, key=lambda j: rank_of[rest[j]["id"]])]
    return rows


def load_previous(paths):
    judged = {}
    for path in paths:
        with open(path, newline="", encoding="utf-8") as f:
            for row in csv.DictReader(f, delimiter="\t"):
                if row.get("verdict") in ("ok", "wrong"):
                    judged[(row["label"], row["type"])] = row
    return judged


def snippets(corpus, forms, limit=2, width=90):
    """A few places in the corpus where one of the forms occurs as a whole word."""
    out = []
    pats = [re.compile(r"(?<!\w)" + re.escape(f) + r"(?!\w)") for f in forms if f]
    for root, _, files in os.walk(corpus):
        for name in sorted(files):
            if not name.endswith((".txt", ".md")):
                continue
            with open(os.path.join(root, name), encoding="utf-8", errors="replace") as fh:
                text = fh.read()
            for pat in pats:
                m = pat.search(text)
                if m:
                    a, b = max(0, m.start() - width), min(len(text), m.end() + width)
                    out.append(f"{name}: …{text[a:b]}…".replace("\n", " ⏎ "))
                    break
            if len(out) >= limit:
                return out
    return out


def score(path):
    with open(path, newline="", encoding="utf-8") as f:
        rows = list(csv.DictReader(f, delimiter="\t"))
    out = {}
    for sample in ("top", "random"):
        rs = [r for r in rows if r["sample"] == sample]
        judged = [r for r in rs if r["verdict"] in ("ok", "wrong")]
        ok = sum(1 for r in judged if r["verdict"] == "ok")
        out[sample] = (ok, len(judged), len(rs))
        pct = 100 * ok / len(judged) if judged else 0.0
        m_all = sum(int(r["mentions"]) for r in judged)
        m_ok = sum(int(r["mentions"]) for r in judged if r["verdict"] == "ok")
        print(f"{sample:<7} {ok}/{len(judged)} ok = {pct:.1f}%"
              f"  (mention-weighted {100 * m_ok / m_all if m_all else 0:.1f}%)"
              + (f"  ({len(rs) - len(judged)} not judged)" if len(judged) < len(rs) else ""))
    classes = {}
    for r in rows:
        if r["verdict"] == "wrong":
            classes.setdefault(r["class"] or "?", []).append(r["label"])
    for c, labels in sorted(classes.items(), key=lambda kv: -len(kv[1])):
        print(f"class {c:<6} {len(labels):3d}  e.g. " + "; ".join(labels[:4]))
    return out


def main() -> int:
    ap = argparse.ArgumentParser(description="Draw the hand-judged sample of a graph; carry over judgments.")
    ap.add_argument("--graph", help="GraphML written by entgraph build")
    ap.add_argument("--previous", action="append", default=[], help="earlier judged TSV (repeatable)")
    ap.add_argument("--corpus", help="corpus folder, to print snippets for the nodes still to judge")
    ap.add_argument("--top", type=int, default=150)
    ap.add_argument("--random", type=int, default=100)
    ap.add_argument("--seed", type=int, default=13)
    ap.add_argument("--draw", choices=("hash", "index"), default="hash",
                    help="how the random part is drawn: by seeded hash of the node id (stable "
                         "across graph changes, the default) or by index (the v1-v3 samples)")
    ap.add_argument("--score", metavar="TSV", help="print the precision of a judged TSV and exit")
    args = ap.parse_args()
    if args.score:
        score(args.score)
        return 0
    if not args.graph:
        ap.error("--graph is required (or --score)")
    nodes = read_graphml(args.graph)
    judged = load_previous(args.previous)
    w = csv.writer(sys.stdout, delimiter="\t", lineterminator="\n")
    w.writerow(COLUMNS)
    todo = []
    for sample, rank, n in draw(nodes, args.top, args.random, args.seed, stable=args.draw == "hash"):
        prev = judged.get((n["label"], n["type"]))
        # A node whose mentions moved by more than a tenth is not the node judged before.
        if prev and abs(int(prev["mentions"]) - n["mentions"]) * 10 > max(int(prev["mentions"]), n["mentions"]):
            print(f"re-judge {n['label']} ({n['type']}): {prev['mentions']} -> {n['mentions']} mentions,"
                  f" was {prev['verdict']} ({prev['note']})", file=sys.stderr)
            prev = None
        verdict, cls, note = (prev["verdict"], prev["class"], prev["note"]) if prev else ("", "", "")
        w.writerow([sample, rank, n["id"], n["label"], n["type"], n["mentions"], verdict, cls, note])
        if not prev:
            todo.append((sample, rank, n))
    print(f"{len(todo)} nodes to judge ({len(judged)} judgments carried over by label and type)",
          file=sys.stderr)
    for sample, rank, n in todo:
        print(f"\n[{sample} #{rank}] {n['label']} ({n['type']}, {n['mentions']} mentions, "
              f"{n['documents']} docs) aliases: {' | '.join(n['aliases'][:8])}", file=sys.stderr)
        if args.corpus:
            forms = sorted(set([n["label"], *n["aliases"]]), key=len, reverse=True)
            for s in snippets(args.corpus, forms):
                print("    " + s, file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
