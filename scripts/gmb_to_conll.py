#!/usr/bin/env python3
"""Convert a GMB file (../shared/ngold/gmb/*.conll) to CoNLL-2003 types for `entgraph eval`.

GMB's silver labels follow other conventions than CoNLL-2003; scored as they are, they
mostly measure the conventions. The mapping (see ../shared/ngold/README.md):

- per -> PER, with leading titles and lowercase words dropped from the span
  ("President Barack Obama" -> "Barack Obama", "Mr. Nour" -> "Nour"): CoNLL leaves titles out.
- org -> ORG.
- geo -> LOC.
- gpe -> LOC when the span is a country name (ISO 3166-1 names and common short forms:
  "Nepal", "Sudan", "U.S."), else MISC (GMB's gpe is mostly nationality adjectives, "Iraqi",
  which CoNLL tags MISC).
- art, eve, nat -> MISC; tim -> O.

Output: `token TAG` lines (IOB2), blank lines between sentences, every 20 sentences a
-DOCSTART- line so that document features see documents of the size training uses.
Score PER and ORG (and LOC) on it; its MISC is not CoNLL's MISC.

    python3 scripts/gmb_to_conll.py ../shared/ngold/gmb/dev.conll > /tmp/gmb-dev.conll
    .build/release/entgraph eval /tmp/gmb-dev.conll --scheme conll --raw

The output is derived from the data: write it outside the repository, never commit it.
"""

from __future__ import annotations

import argparse
import json
import sys

TITLES = {
    "president", "minister", "prime", "secretary", "mr.", "mrs.", "ms.", "mr", "mrs", "ms", "dr.", "dr",
    "sen.", "senator", "rep.", "representative", "gov.", "governor", "gen.", "general", "chancellor",
    "king", "queen", "prince", "princess", "pope", "chairman", "chairwoman", "ambassador", "judge",
    "justice", "lord", "sir", "lady", "rev.", "col.", "capt.", "lt.", "sgt.", "mayor", "leader",
    "premier", "vice", "deputy", "spokesman", "spokeswoman", "director", "chief", "commissioner",
    "speaker", "sheikh", "ayatollah", "cardinal", "bishop", "archbishop", "professor", "prof.",
    "coach", "manager", "emperor", "dictator", "colonel", "captain", "lieutenant", "admiral",
    "foreign", "defense", "defence", "interior", "finance", "state", "envoy", "u.n.", "commander",
    "lt", "maj.", "major", "sergeant", "former", "acting", "opposition", "crown", "first", "senior",
    "cleric", "rebel", "militant", "general-secretary", "secretary-general", "attorney", "of",
}

SHORT_FORMS = {
    "u.s.", "us", "usa", "u.s.a.", "america", "united states", "britain", "great britain", "uk", "u.k.",
    "united kingdom", "england", "scotland", "wales", "northern ireland", "russia", "south korea",
    "north korea", "iran", "syria", "vietnam", "taiwan", "bolivia", "venezuela", "tanzania", "moldova",
    "laos", "czech republic", "holland", "macedonia", "ivory coast", "burma", "vatican", "palestine",
    "congo", "swaziland", "east timor", "brunei", "soviet union", "ussr", "turkey", "kosovo", "uae",
}


def country_names(path: str) -> set[str]:
    names = set(SHORT_FORMS)
    try:
        with open(path, encoding="utf-8") as f:
            for c in json.load(f)["3166-1"]:
                for key in ("name", "common_name", "official_name"):
                    if key in c and "," not in c[key] and "(" not in c[key]:
                        names.add(c[key].lower())
    except OSError:
        print(f"{path}: not found, only the short forms are known", file=sys.stderr)
    return names


def spans(tags: list[str]) -> list[tuple[int, int, str]]:
    """(start, end, type) spans: start at B-X, or at I-X when the previous tag is not X."""
    out: list[tuple[int, int, str]] = []
    prev = "O"
    for i, t in enumerate(tags):
        kind = t[2:] if t != "O" else ""
        if t == "O":
            prev = "O"
            continue
        if t.startswith("B-") or prev != kind:
            out.append((i, i + 1, kind))
        else:
            s, _, k = out[-1]
            out[-1] = (s, i + 1, k)
        prev = kind
    return out


def convert(tokens: list[str], tags: list[str], countries: set[str]) -> list[str]:
    new = ["O"] * len(tokens)
    for start, end, kind in spans(tags):
        if kind == "per":
            while start < end and (tokens[start].lower() in TITLES or not tokens[start][:1].isupper()):
                start += 1
            label = "PER"
        elif kind == "org":
            label = "ORG"
        elif kind == "geo":
            label = "LOC"
        elif kind == "gpe":
            text = " ".join(tokens[start:end]).lower()
            label = "LOC" if text in countries else "MISC"
        elif kind in ("art", "eve", "nat"):
            label = "MISC"
        else:
            continue
        for i in range(start, end):
            new[i] = ("B-" if i == start else "I-") + label
    return new


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("file")
    parser.add_argument("--iso-codes", default="/usr/share/iso-codes/json/iso_3166-1.json")
    parser.add_argument("--sentences-per-document", type=int, default=20)
    args = parser.parse_args()
    countries = country_names(args.iso_codes)
    out = sys.stdout
    tokens: list[str] = []
    tags: list[str] = []
    count = 0

    def flush() -> None:
        nonlocal count
        if not tokens:
            return
        if count % args.sentences_per_document == 0:
            out.write("-DOCSTART- O\n\n")
        for tok, tag in zip(tokens, convert(tokens, tags, countries)):
            out.write(f"{tok} {tag}\n")
        out.write("\n")
        count += 1
        tokens.clear()
        tags.clear()

    with open(args.file, encoding="utf-8") as f:
        for line in f:
            cols = line.split()
            if not cols:
                flush()
                continue
            tokens.append(cols[0])
            tags.append(cols[-1])
    flush()


if __name__ == "__main__":
    main()
