#!/usr/bin/env python3
"""What `entgraph text --furniture` leaves out of a corpus: spans per reason, documents touched,
and a seeded random sample of the removed spans to judge precision by eye.

    scripts/furniture_report.py .build/release/entgraph bench-data/news [--sample 30] [--seed 1]
        [--reason dateline,relatedTeaser]

Reasons from paragraph classification (HTML blocks, link lists…) are counted too; the sample
draws from the reasons given (default: every reason).
"""
import argparse
import collections
import random
import re
import subprocess
import sys

parser = argparse.ArgumentParser()
parser.add_argument("binary")
parser.add_argument("paths", nargs="+")
parser.add_argument("--sample", type=int, default=30)
parser.add_argument("--seed", type=int, default=1)
parser.add_argument("--reason", default="")
args = parser.parse_args()

run = subprocess.run([args.binary, "text", "--furniture", *args.paths], capture_output=True, text=True)
if run.returncode not in (0, 1):
    sys.exit(run.stderr)

marker = re.compile(r"^\[(?:furniture: (\w+)|(dateline))\] ")
counts = collections.Counter()
documents = collections.defaultdict(set)
spans = []
document = args.paths[0]
for block in run.stdout.split("\n\n"):
    if block.startswith("==> ") and " <==\n" in block:
        document, block = block[4:].split(" <==\n", 1)
    match = marker.match(block)
    if not match:
        continue
    reason = match.group(1) or match.group(2)
    counts[reason] += 1
    documents[reason].add(document)
    spans.append((reason, document, block[match.end():].replace("\n", " ")))

total_documents = len({d for ds in documents.values() for d in ds})
print(f"{sum(counts.values())} spans left out, in {total_documents} documents")
for reason, count in counts.most_common():
    print(f"  {reason:22} {count:6} spans in {len(documents[reason]):5} documents")
wanted = set(filter(None, args.reason.split(",")))
pool = [span for span in spans if not wanted or span[0] in wanted]
random.Random(args.seed).shuffle(pool)
print(f"\n{min(args.sample, len(pool))} random spans (seed {args.seed}):")
for reason, document, text in pool[: args.sample]:
    print(f"  [{reason}] {document.rsplit('/', 1)[-1]}: {text[:160]}")
