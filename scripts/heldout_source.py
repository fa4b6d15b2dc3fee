"""Reading a held-out corpus's source files, for the prepare_heldout*.py scripts.

From a git directory (a clone or a bare mirror) at a pinned commit, every file whose path
matches a pattern, in one `git cat-file --batch` call; or from a folder, every file with a
suffix, searched recursively. Both return (path, bytes) pairs sorted by path. And the text of
a marked-up body as paragraphs. Standard library only.
"""

from __future__ import annotations

import hashlib
import html
import os
import re
import subprocess

TAG = re.compile(r"<[^>]*>")
CONTROL = re.compile(r"[\x00-\x08\x0b-\x1f\x7f]")
BLANK = re.compile(r"\n[ \t]*\n")


def clean(s: str) -> str:
    """Tags removed, entities unescaped, control characters dropped."""
    return CONTROL.sub("", html.unescape(TAG.sub("", s)))


def paragraphs(text: str) -> list[str]:
    """The paragraphs of a body (blank lines between them), each one line, spaces folded."""
    body = clean(text).replace("\r", "")
    return [p for p in (" ".join(b.split()) for b in BLANK.split(body)) if p]


def read_git(git_dir: str, commit: str, folder: re.Pattern) -> list[tuple[str, bytes]]:
    names = subprocess.run(["git", "--git-dir", git_dir, "ls-tree", "-r", "--name-only", commit],
                           check=True, capture_output=True, text=True).stdout.split("\n")
    names = sorted(n for n in names if folder.match(n))
    query = "".join(f"{commit}:{n}\n" for n in names).encode()
    out = subprocess.run(["git", "--git-dir", git_dir, "cat-file", "--batch"], input=query,
                         check=True, capture_output=True).stdout
    files, pos = [], 0
    for n in names:
        nl = out.index(b"\n", pos)
        header = out[pos:nl].split()
        if len(header) < 3 or header[1] != b"blob":
            raise SystemExit(f"missing in {commit}: {n}")
        size = int(header[2])
        files.append((n, out[nl + 1:nl + 1 + size]))
        pos = nl + 1 + size + 1
    return files


def read_src(src: str, suffix: str) -> list[tuple[str, bytes]]:
    files = []
    for root, _, names in os.walk(src):
        for n in names:
            if n.endswith(suffix):
                p = os.path.join(root, n)
                with open(p, "rb") as f:
                    files.append((os.path.relpath(p, src), f.read()))
    return sorted(files)


def write_provenance(out: str, note: list[str], files: list[str], dups: list[tuple[str, str]], id_name: str) -> None:
    """Writes OUT/PROVENANCE: the note, the file -> id lines and the dropped duplicates; prints
    the note."""
    lines = note + ["", f"file -> {id_name}:"] + files
    lines += ["", f"dropped duplicates ({id_name.split(' ')[0]} = kept {id_name.split(' ')[0]}):"]
    lines += [f"{a} = {b}" for a, b in dups]
    with open(os.path.join(out, "PROVENANCE"), "w", encoding="utf-8") as f:
        f.write("\n".join(lines) + "\n")
    print("\n".join(note))


def choose(kept: list[tuple], salt: str, limit: int) -> list[tuple]:
    """The `limit` records of `kept` (tuples whose first field is a unique id) with the smallest
    SHA-256 of "<salt>:<id>", in id order: a seeded sample that keeps a record whatever else
    is added or dropped."""
    ranked = sorted(kept, key=lambda k: hashlib.sha256(f"{salt}:{k[0]}".encode()).hexdigest())
    return sorted(ranked[:limit], key=lambda k: k[0])


def write_articles(out: str, articles: list[tuple[str, list[str]]]) -> int:
    """Writes 0001.txt, 0002.txt, ... (title line, blank line, paragraphs separated by blank
    lines) for each (title, paragraphs) into `out`, after removing the NNNN.txt files a
    previous run left; returns the number of words written."""
    os.makedirs(out, exist_ok=True)
    for f in os.listdir(out):
        if re.fullmatch(r"\d{4}\.txt", f):
            os.remove(os.path.join(out, f))
    words = 0
    for i, (title, paras) in enumerate(articles, 1):
        with open(os.path.join(out, f"{i:04d}.txt"), "w", encoding="utf-8") as f:
            f.write(title + "\n\n" + "\n\n".join(paras) + "\n")
        words += sum(len(p.split()) for p in paras) + len(title.split())
    return words


def keep_articles(rows, min_words: int):
    """(docid, title, paragraphs) rows without those under `min_words` words and the exact
    repeats of an earlier row (same title and body). Returns the kept rows, the counts of rows
    read, short and duplicate, and the (duplicate, original) docid pairs."""
    counts = {"read": 0, "short": 0, "duplicate": 0}
    seen: dict[str, str] = {}
    dups: list[tuple[str, str]] = []
    kept: list[tuple[str, str, list[str]]] = []
    for docid, title, paras in rows:
        counts["read"] += 1
        if sum(len(p.split()) for p in paras) < min_words:
            counts["short"] += 1
            continue
        key = title + "\n" + "\n".join(paras)
        if key in seen:
            counts["duplicate"] += 1
            dups.append((docid, seen[key]))
            continue
        seen[key] = docid
        kept.append((docid, title, paras))
    return kept, counts, dups
