#!/usr/bin/env python3
"""Scores `entgraph text` on the public scrapinghub/article-extraction-benchmark (issue 13).

The benchmark: 181 real article pages (html/*.html.gz), their hand-made article bodies
(ground-truth.json) and its own scorer (evaluate.py: shingle precision/recall/F1). Clone it
(or fetch a mirror) and point this script at the checkout; nothing of it is committed here.

    git clone https://github.com/scrapinghub/article-extraction-benchmark /tmp/aeb
    python3 scripts/article_extraction_eval.py /tmp/aeb [--entgraph .build/release/entgraph]

Writes OUT/output/entgraph.json (the benchmark's prediction format) and runs the benchmark's
evaluate.py on it, which prints F1, precision and recall for every output/*.json present
(trafilatura 0.958 and readability.js 0.947 are the references quoted in the issue).
"""
import argparse
import gzip
import json
import os
import subprocess
import sys
import tempfile

parser = argparse.ArgumentParser()
parser.add_argument("benchmark", help="checkout of scrapinghub/article-extraction-benchmark")
parser.add_argument("--entgraph", default=".build/release/entgraph")
args = parser.parse_args()

html_dir = os.path.join(args.benchmark, "html")
prediction = {}
failed = []
with tempfile.TemporaryDirectory() as scratch:
    for name in sorted(os.listdir(html_dir)):
        if not name.endswith(".html.gz"):
            continue
        key = name[: -len(".html.gz")]
        page = os.path.join(scratch, key + ".html")
        with gzip.open(os.path.join(html_dir, name)) as source, open(page, "wb") as target:
            target.write(source.read())
        run = subprocess.run([args.entgraph, "text", page], capture_output=True, text=True)
        if run.returncode != 0:
            failed.append((key, run.stderr.strip()))
        prediction[key] = {"articleBody": run.stdout}

os.makedirs(os.path.join(args.benchmark, "output"), exist_ok=True)
with open(os.path.join(args.benchmark, "output", "entgraph.json"), "w") as out:
    json.dump(prediction, out, sort_keys=True)
for key, message in failed:
    print(f"entgraph text failed on {key}: {message}", file=sys.stderr)
subprocess.run([sys.executable, "evaluate.py", "--n-bootstrap", "100"], cwd=args.benchmark, check=True)
