#!/usr/bin/env python3
"""Makes a corpus FACTOR times the news corpus with a growing vocabulary (issue 18's growth benchmark).

Copy 0 is the corpus as it is; every other copy is the same articles with the names of people
and organizations rewritten, so each copy brings entities no earlier copy had: real growth of
the graph (new nodes, new edges), not repetitions of the same one.

Which words are names: the words of the PERSON and ORGANIZATION mentions that `entgraph
mentions NEWS --types person,country,organization,location,misc` finds in the corpus (MENTIONS,
one JSON object per document), kept when they start with a capital letter and never occur in
lowercase anywhere in the corpus ("Department" of "Department of Justice" occurs as
"department", so it stays; "DeVos" and "NATO" never do). Words of any COUNTRY, LOCATION or MISC
mention, months and weekdays are never touched, so countries stay countries.

How a copy rewrites them, deterministically from --seed, the copy number and the word:
- a fraction --keep of the name words (chosen by the word alone) stay the same in every copy:
  the heads of state and big institutions that recur across a growing corpus;
- a given name (a word seen more often first in a multi-word PERSON name than elsewhere)
  becomes another given name of the corpus, so it still reads as one;
- an acronym (all capitals) becomes other capitals of the same length;
- any other name word becomes a made-up word of two or three syllables, unique within the copy
  and never a word of the corpus.
Within one copy a word always becomes the same word, in every article, so "Betsy DeVos" and a
later "DeVos" still name one person and the corpus-wide merges still have work to do.

Writes OUT/gCCC-NAME for copy CCC of NEWS/NAME, and OUT.json (beside OUT, not in it, as any
file in OUT would be read as an input) with the settings and counts. A second run with the same
settings finds OUT.json and does nothing.

Usage: python3 grow_corpus.py NEWS MENTIONS OUT --factor N [--seed 1] [--keep 0.2]
"""
import argparse
import collections
import hashlib
import json
import os
import re
import shutil
import sys

parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
parser.add_argument("news")
parser.add_argument("mentions", help="JSON Lines of `entgraph mentions NEWS`")
parser.add_argument("out")
parser.add_argument("--factor", type=int, required=True)
parser.add_argument("--seed", type=int, default=1)
parser.add_argument("--keep", type=float, default=0.2, help="fraction of name words the same in every copy")
args = parser.parse_args()

settings = {"factor": args.factor, "seed": args.seed, "keep": args.keep,
            "generator": "grow_corpus.py 2"}
stamp = args.out.rstrip("/") + ".json"
if os.path.exists(stamp):
    with open(stamp) as f:
        if json.load(f).get("settings") == settings:
            sys.exit(0)

WORD = re.compile(r"[^\W\d_]+")
# Titles and words that head names without being one.
TITLES = {"Mr", "Mrs", "Ms", "Dr", "Sir", "Lord", "Lady", "Dame", "Prof", "President", "Senator",
          "Sen", "Rep", "Gov", "Gen", "Col", "Capt", "Judge", "Justice", "King", "Queen", "Prince",
          "Princess", "Pope", "Saint", "St", "The"}
MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September",
          "October", "November", "December", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday",
          "Saturday", "Sunday"]


def number(*parts):
    """A 64-bit number from the parts, the same on every machine and Python (unlike hash())."""
    digest = hashlib.blake2b("\0".join(str(part) for part in parts).encode("utf-8"), digest_size=8)
    return int.from_bytes(digest.digest(), "little")


names = sorted(os.listdir(args.news))
texts = {}
lowercase = set()
for name in names:
    with open(os.path.join(args.news, name), encoding="utf-8") as f:
        texts[name] = f.read()
    lowercase.update(word for word in WORD.findall(texts[name]) if word.islower())

# Words of country, place and other (MISC) names are never rewritten, even where they are part
# of an organization's name ("Bank of Spain"): a country must stay a country.
places = set(MONTHS)
first = collections.Counter()
other = collections.Counter()
with open(args.mentions, encoding="utf-8") as f:
    for line in f:
        for mention in json.loads(line)["mentions"]:
            if mention["type"] not in ("PERSON", "ORGANIZATION"):
                places.update(WORD.findall(mention["text"]))
                continue
            words = [word for word in WORD.findall(mention["text"])
                     if len(word) >= 2 and word[0].isupper() and word.lower() not in lowercase
                     and word not in TITLES]
            for index, word in enumerate(words):
                if mention["type"] == "PERSON" and index == 0 and len(words) > 1:
                    first[word] += 1
                else:
                    other[word] += 1
name_words = sorted((set(first) | set(other)) - places)
given = sorted(word for word in name_words if first[word] > other[word] and not word.isupper())
given_set = set(given)
corpus_words = lowercase | {word.lower() for word in name_words}

ONSETS = ["b", "d", "f", "g", "h", "k", "l", "m", "n", "p", "r", "s", "t", "v", "z", "br", "dr",
          "gr", "kr", "st", "tr", "sh", "ch"]
VOWELS = ["a", "e", "i", "o", "u", "ai", "ei", "ou"]
CODAS = ["", "", "", "n", "r", "l", "s", "k", "m"]
CAPITALS = "ABCDEFGHIJKLMNOPRSTUVWZ"


def made_up(copy, word, used):
    for attempt in range(1000):
        value = number(args.seed, copy, word, attempt)
        if word.isupper():
            letters = []
            for _ in range(len(word)):
                letters.append(CAPITALS[value % len(CAPITALS)])
                value //= len(CAPITALS)
            candidate = "".join(letters)
        else:
            syllables = 2 + value % 2
            value //= 2
            parts = []
            for _ in range(syllables):
                for table in (ONSETS, VOWELS, CODAS):
                    parts.append(table[value % len(table)])
                    value //= len(table)
            candidate = "".join(parts).capitalize()
        if candidate.lower() not in corpus_words and candidate not in used:
            return candidate
    sys.exit(f"grow: no new word for {word!r} in copy {copy}")


def mapping(copy):
    """What each name word becomes in this copy (words left as they are are left out)."""
    result = {}
    used = set()
    for word in name_words:
        if number(args.seed, "keep", word) < args.keep * 2**64:
            continue
        if word in given_set:
            result[word] = given[number(args.seed, copy, word) % len(given)]
        else:
            result[word] = made_up(copy, word, used)
            used.add(result[word])
    return result


if os.path.exists(stamp):
    os.remove(stamp)
if os.path.exists(args.out):
    shutil.rmtree(args.out)
os.makedirs(args.out)
width = max(3, len(str(args.factor - 1)))
total_bytes = 0
for copy in range(args.factor):
    table = mapping(copy) if copy else {}
    replace = lambda match: table.get(match.group(0), match.group(0))
    for name in names:
        text = WORD.sub(replace, texts[name]) if copy else texts[name]
        data = text.encode("utf-8")
        total_bytes += len(data)
        with open(os.path.join(args.out, f"g{copy:0{width}d}-{name}"), "wb") as f:
            f.write(data)
    if sys.stderr.isatty():
        print(f"grow: copy {copy + 1}/{args.factor}", file=sys.stderr, end="\r")

summary = {"settings": settings, "files": len(names) * args.factor, "bytes": total_bytes,
           "name_words": len(name_words), "given_names": len(given),
           "kept_in_every_copy": sum(1 for word in name_words if number(args.seed, "keep", word) < args.keep * 2**64)}
with open(stamp, "w") as f:
    json.dump(summary, f, indent=1)
print(f"grow: {summary['files']:,} files, {total_bytes / 1e6:.1f} MB in {args.out} "
      f"({len(name_words):,} name words, {summary['kept_in_every_copy']:,} kept in every copy)", file=sys.stderr)
