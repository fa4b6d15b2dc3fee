#!/usr/bin/env python3
"""Prepare the seventh held-out news corpus: BBC News of 2022 (MasakhaNEWS English).

The six earlier held-out corpora (scripts/prepare_heldout.py ... prepare_heldout6.py) have all
been read while writing rules. This one was read by no one before its first audit: the English
part of MasakhaNEWS (Adelani et al., 2023), BBC News articles of 2022 in six topics (business,
entertainment, health, politics, sports, technology), with a third of them sport, the domain
CoNLL-2003's test set is full of. Files data/eng/dev.tsv and data/eng/test.tsv (columns
category, headline, text, url) of the public GitHub repository masakhane-io/masakhane-news,
commit COMMIT (its train.tsv is not in the mirror). The annotations are the project's (AFL-3.0);
the texts are the BBC's copyright: research use only.

Not committed: write it under bench-data/, which git ignores. Per article (Python 3 standard
library only): the headline as the title line, each line of the text as a paragraph, white
space folded. Articles under MIN_WORDS words and exact duplicates are dropped; the rest are
written in file order (dev, then test) as <nnnn>.txt with a PROVENANCE note.

    python3 scripts/prepare_heldout7.py \\
        --masakhane-git /work/.mirror/masakhane-io+masakhane-news/repo -o bench-data/heldout7
"""

from __future__ import annotations

import argparse
import csv
import io
import os
import subprocess
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from heldout_source import keep_articles, write_articles, write_provenance  # noqa: E402

REPO = "masakhane-io/masakhane-news"
COMMIT = "819be052e79e0a600e0ed4a7356594681cb5c4f3"
FILES = ("data/eng/dev.tsv", "data/eng/test.tsv")
MIN_WORDS = 60


def rows(git_dir: str) -> list[tuple[str, str, list[str]]]:
    csv.field_size_limit(1 << 30)
    out = []
    for path in FILES:
        raw = subprocess.run(["git", "--git-dir", git_dir, "show", f"{COMMIT}:{path}"],
                             check=True, capture_output=True).stdout.decode("utf-8")
        for n, row in enumerate(csv.DictReader(io.StringIO(raw), delimiter="\t"), 1):
            paras = [" ".join(line.split()) for line in row["text"].splitlines() if line.strip()]
            out.append((f"{path} row {n} {row['category']} {row['url']}", " ".join(row["headline"].split()), paras))
    return out


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--masakhane-git", required=True, help="git directory of a clone or mirror of " + REPO)
    ap.add_argument("-o", "--out", required=True)
    args = ap.parse_args()

    kept, counts, dups = keep_articles(rows(args.masakhane_git), MIN_WORDS)

    nwords = write_articles(args.out, [(title, paras) for _, title, paras in kept])
    note = [
        "BBC News of 2022, the English part of MasakhaNEWS (Adelani et al., 2023): business,",
        "entertainment, health, politics, sports, technology. The texts are the BBC's; research use",
        "only. Not committed.",
        f"Source: github.com/{REPO}, commit {COMMIT}, " + ", ".join(FILES),
        "Made by scripts/prepare_heldout7.py (title line, blank line, paragraphs).",
        "",
        f"articles read:        {counts['read']}",
        f"  under {MIN_WORDS} words:    {counts['short']}",
        f"  exact duplicates:   {counts['duplicate']}",
        f"articles written:     {len(kept)}",
        f"words written:        {nwords}",
    ]
    write_provenance(args.out, note, [f"{i:04d}.txt {k[0]}" for i, k in enumerate(kept, 1)], dups, "file, row, category, URL")
    return 0


if __name__ == "__main__":
    sys.exit(main())
