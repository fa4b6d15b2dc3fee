#!/usr/bin/env python3
"""Precision of the tagger's spans by confidence (margin) bucket, on a gold CoNLL file.

    entgraph tag FILE --scheme entgraph --confidence > tagged.txt
    python3 scripts/margin_calibration.py tagged.txt

The input is `entgraph tag`'s output: the file's own columns (token first, the gold tag in
the next-to-last column before ours, IOB1 or IOB2), then the predicted IOB2 tag, then the
span's confidence. A predicted span is right when a gold span has the same tokens and a
matching type (PERSON~PER, ORGANIZATION~ORG, COUNTRY/LOCATION~LOC, MISC~MISC).
This is how `CorpusResolution.doubtfulMargin` was chosen (on development sets only).
"""
import argparse
import collections

GOLD = {"PER": "PERSON", "ORG": "ORGANIZATION", "LOC": "LOC", "MISC": "MISC",
        "PERSON": "PERSON", "ORGANIZATION": "ORGANIZATION", "COUNTRY": "LOC", "LOCATION": "LOC"}


def spans(tags):
    """(start, end, type) of IOB1/IOB2 tags."""
    out, start, current = [], 0, None
    for i, tag in enumerate(tags + ["O"]):
        prefix, _, kind = tag.partition("-")
        begins = prefix == "B" or (prefix == "I" and kind != current)
        if current is not None and (tag == "O" or begins):
            out.append((start, i, current))
            current = None
        if tag != "O" and current is None:
            current, start = kind, i
    return out


def documents(path):
    """Sentences as lists of (gold tag, predicted tag, confidence)."""
    sentence = []
    for line in open(path, encoding="utf-8"):
        fields = line.split()
        if not fields or fields[0] == "-DOCSTART-":
            if sentence:
                yield sentence
            sentence = []
            continue
        sentence.append((fields[-3], fields[-2], fields[-1]))
    if sentence:
        yield sentence


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("tagged")
    parser.add_argument("--edges", default="0,5,10,15,20,30,40,60", help="bucket edges (comma-separated)")
    args = parser.parse_args()
    edges = [float(x) for x in args.edges.split(",")] + [float("inf")]
    table = collections.defaultdict(lambda: [0, 0])
    for sentence in documents(args.tagged):
        gold = {(s, e, GOLD.get(t, t)) for s, e, t in spans([g for g, _, _ in sentence])}
        for s, e, t in spans([p for _, p, _ in sentence]):
            margin = float(sentence[s][2])
            kind = GOLD.get(t, t)
            bucket = next(i for i in range(len(edges) - 1) if margin < edges[i + 1] or i == len(edges) - 2)
            cell = table[(kind, bucket)]
            cell[0] += 1
            cell[1] += (s, e, kind) in gold
    for kind in ["PERSON", "ORGANIZATION", "LOC", "MISC"]:
        print(kind)
        for bucket in range(len(edges) - 1):
            n, right = table.get((kind, bucket), (0, 0))
            if n:
                print(f"  [{edges[bucket]:g}, {edges[bucket + 1]:g})  spans {n:5d}  precision {right / n:.2f}")


if __name__ == "__main__":
    main()
