"""The input files of a run, listed as `entgraph build PATH...` lists them: shared by the Dask
and PySpark recipes (scripts/scale/), which split the list among workers.

Only the driver lists (the workers get paths), so with `spark-submit` in cluster mode this file
goes with `--py-files`.
"""
import os

# What a folder walk takes (DocumentFormat.isCollected): a reader's extension or .xml, also
# under .gz (page.html.gz).
EXTENSIONS = frozenset({"txt", "text", "md", "markdown", "html", "htm", "xhtml", "jsonl", "csv", "rss", "atom", "xml"})


def is_collected(name):
    """Whether a folder walk reads the file called `name`."""
    lowered = name.lower()
    if lowered.endswith(".gz"):
        lowered = lowered[:-3]
    stem, dot, extension = lowered.rpartition(".")
    return bool(dot) and bool(stem) and extension in EXTENSIONS


def _walk(folder, found):
    prefix = folder if folder.endswith("/") else folder + "/"
    for name in os.listdir(folder):
        if name.startswith("."):
            continue  # hidden files and folders are not looked into
        path = prefix + name
        if os.path.isdir(path):
            _walk(path, found)
        elif os.path.isfile(path) and is_collected(name):
            found.append(path)


def collect(paths):
    """Each argument in order: a file as named, a folder's files (recursed, symbolic links
    followed, hidden names skipped) sorted by the bytes of their paths. Merge folds documents in
    that order (the README's order contract), so a recipe's graph equals `build` of the same
    arguments when they are folders, or files in path order."""
    files = []
    for path in paths:
        if os.path.isdir(path):
            found = []
            _walk(path, found)
            files.extend(sorted(found, key=os.fsencode))
        else:
            files.append(path)
    return files
