#!/usr/bin/env python3
"""Corpus-level report of suspected entity splits and noise in an entgraph GraphML graph.

Reads the node attributes `entgraph build` writes (label, type, mentions, documents,
aliases `|`-joined) and prints, each section sorted by mentions:

  (a) surnames    one surname (last word of a multi-word PERSON label, or a one-word
                  PERSON) in several PERSON nodes
  (b) acronyms    an ORGANIZATION whose label is an acronym of another ORGANIZATION's
                  label (initials, ignoring of/and/the/for/...), the two apart
  (c) types       one folded key (label or alias, case and punctuation folded) in nodes
                  of two or more types; and, apart, one key in two nodes of the same type
  (d) titles      labels that start with a title or office (Mr, Mrs, Dr, President, ...)
                  or, for people, contain a role word
  (e) one-word    one-word PERSON and ORGANIZATION nodes (flagged when the word is also
                  the surname of a multi-word PERSON)
  (f) extra words labels with a repeated word ("James Comey Comey"), or a trailing
                  capitalized word after a known name or country ("Angela Merkel Berlin"),
                  or a trailing/leading function word ("Amazon The")
  (h) head words  a one-word ORGANIZATION ("House", "House (United States)") apart from
                  an ORGANIZATION named "Word of ..." ("House of Representatives", "Bank of
                  England"): the body's short form split from its long name, or two bodies
  (g) share       for each surname group, the share of its mentions on its main node,
                  counting only variants compatible with the main name (titles, initials
                  and the bare surname; not other given names)

Every section is a list of SUSPECTS to look at, not of errors: "Google" is a fine one-word
organization, and two Smiths are often two people. The summary line gives totals to compare
graphs of the same corpus before and after a change.

    python3 scripts/entity_audit.py graph.graphml [--top N] [--json]
    python3 scripts/entity_audit.py --self-test

Only the standard library is needed.
"""

from __future__ import annotations

import argparse
import json
import re
import sys
import unicodedata
import xml.etree.ElementTree as ET
from collections import defaultdict

GRAPHML_NS = "{http://graphml.graphdrawing.org/xmlns}"

# Honorifics and offices that are not part of a name. British usage drops the dot.
HONORIFICS = {
    "mr", "mrs", "ms", "miss", "mx", "dr", "prof", "professor", "sir", "dame", "lord", "lady",
    "rev", "reverend", "fr", "father", "sr", "messrs", "mme", "mlle", "herr", "frau", "sheikh",
    "ayatollah", "rabbi", "imam", "cardinal", "archbishop", "bishop", "baroness", "baron",
    "earl", "duke", "duchess", "viscount",
}
# Offices that make an ORGANIZATION label suspect when they open it ("President Trump").
ORG_TITLE_START = {
    "president", "prime", "premier", "chancellor", "senator", "sen", "governor", "mayor",
    "taoiseach", "secretary", "minister", "king", "queen", "pope", "ceo", "chairman",
}
ROLE_WORDS = {
    "president", "vice", "premier", "prime", "minister", "pm", "chancellor", "secretary",
    "senator", "sen", "rep", "representative", "congressman", "congresswoman", "governor",
    "gov", "mayor", "judge", "justice", "king", "queen", "prince", "princess", "pope",
    "emperor", "general", "gen", "colonel", "col", "captain", "capt", "lieutenant", "sergeant",
    "sgt", "admiral", "commander", "chief", "chairman", "chairwoman", "chair", "ceo", "cfo",
    "director", "manager", "coach", "boss", "spokesman", "spokeswoman", "spokesperson",
    "ambassador", "envoy", "speaker", "leader", "commissioner", "deputy", "taoiseach",
    "tanaiste", "chief executive", "secretary-general", "attorney", "officer", "agent",
    "inspector", "detective", "superintendent", "constable", "mp", "mep", "msp", "am",
    "councillor", "alderman", "minister-president", "ex", "former", "late", "striker",
    "midfielder", "defender", "goalkeeper", "winger", "skipper", "actor", "actress", "singer",
    "star", "founder", "analyst", "economist", "president-elect",
}
# Words that join the parts of a long organization name and have no initial in its acronym.
ACRONYM_SKIP = {"of", "and", "the", "for", "&", "de", "du", "des", "la", "le", "del", "di",
                "a", "an", "in", "on", "at", "to", "und", "y", "et"}
FUNCTION_WORDS = {
    "the", "a", "an", "and", "or", "but", "of", "in", "on", "at", "to", "for", "with", "by",
    "from", "as", "is", "was", "are", "were", "he", "she", "it", "they", "we", "his", "her",
    "its", "their", "this", "that", "these", "those", "if", "when", "while", "after", "before",
    "says", "said", "told", "also", "not", "no", "yes", "so", "then", "there", "here",
}

WORD_RE = re.compile(r"[^\W_]+(?:['\u2019-][^\W_]+)*", re.UNICODE)


# ---------------------------------------------------------------------------------- reading

def read_graphml(source) -> list[dict]:
    """Nodes of a GraphML file (path or file object) as dicts with the entgraph attributes."""
    root = ET.parse(source).getroot()
    keys = {}
    for key in root.iter(GRAPHML_NS + "key"):
        if key.get("for") in ("node", "all"):
            keys[key.get("id")] = key.get("attr.name") or key.get("id")
    nodes = []
    for node in root.iter(GRAPHML_NS + "node"):
        attrs = {"id": node.get("id")}
        for data in node.findall(GRAPHML_NS + "data"):
            name = keys.get(data.get("key"))
            if name:
                attrs[name] = data.text or ""
        label = attrs.get("label") or attrs.get("name") or attrs["id"]
        aliases = [a for a in (attrs.get("aliases") or "").split("|") if a]
        nodes.append({
            "id": attrs["id"],
            "label": label,
            "type": (attrs.get("type") or "").upper(),
            "mentions": int(float(attrs.get("mentions") or 0)),
            "documents": int(float(attrs.get("documents") or 0)),
            "aliases": aliases,
        })
    return nodes


# ---------------------------------------------------------------------------------- folding

def fold(text: str) -> str:
    """Case, accent and punctuation folded; a leading "the" dropped."""
    text = unicodedata.normalize("NFKD", text)
    text = "".join(c for c in text if not unicodedata.combining(c))
    text = text.replace("\u2019", "'").casefold()
    text = re.sub(r"'s\b", "", text)
    text = re.sub(r"[^\w]+|_", " ", text).strip()
    text = re.sub(r"^the ", "", text)
    return re.sub(r"\s+", " ", text)


def words(label: str) -> list[str]:
    return WORD_RE.findall(label)


def norm_word(word: str) -> str:
    return fold(word).replace(" ", "")


def is_title_word(word: str) -> bool:
    w = norm_word(word)
    return w in HONORIFICS or w in ROLE_WORDS


def name_words(label: str) -> list[str]:
    """The words of a PERSON label without leading titles/offices."""
    ws = words(label)
    while len(ws) > 1 and is_title_word(ws[0]):
        ws = ws[1:]
    return ws


def surname_of(label: str) -> str | None:
    ws = name_words(label)
    if not ws:
        return None
    last = norm_word(ws[-1])
    if len(last) < 2 or last.isdigit():
        return None
    return last


def is_acronym(label: str) -> bool:
    compact = label.replace(".", "").replace("&", "")
    return 2 <= len(compact) <= 8 and compact.isalpha() and compact.isupper()


def initials(label: str) -> str:
    out = []
    for w in re.split(r"[\s/]+", label):
        w = w.strip(".,()'\"")
        if not w or w.lower() in ACRONYM_SKIP:
            continue
        # Hyphenated words give one initial per part ("Anglo-Dutch" -> AD).
        for part in w.split("-"):
            if part and part[0].isalpha():
                out.append(part[0].upper())
    return "".join(out)


# ---------------------------------------------------------------------------------- sections

def by_mentions(items, key=lambda x: x["mentions"]):
    return sorted(items, key=lambda x: (-key(x), str(x.get("label", x.get("key", "")))))


def brief(n: dict) -> dict:
    return {"id": n["id"], "label": n["label"], "type": n["type"], "mentions": n["mentions"]}


def section_surnames(nodes):
    people = [n for n in nodes if n["type"] == "PERSON"]
    groups = defaultdict(list)
    for n in people:
        s = surname_of(n["label"])
        if s:
            groups[s].append(n)
    out = []
    for s, members in groups.items():
        if len(members) < 2:
            continue
        members = by_mentions(members)
        out.append({"surname": s, "mentions": sum(m["mentions"] for m in members),
                    "nodes": [brief(m) for m in members]})
    return by_mentions(out), groups


def section_acronyms(nodes):
    orgs = [n for n in nodes if n["type"] == "ORGANIZATION"]
    long_by_initials = defaultdict(list)
    for n in orgs:
        if len(words(n["label"])) >= 2 and not is_acronym(n["label"]):
            ini = initials(n["label"])
            if len(ini) >= 2:
                long_by_initials[ini].append(n)
    out = []
    for n in orgs:
        if not is_acronym(n["label"]):
            continue
        acro = n["label"].replace(".", "").replace("&", "").upper()
        longs = [m for m in long_by_initials.get(acro, []) if m["id"] != n["id"]]
        if not longs:
            continue
        longs = by_mentions(longs)
        out.append({"acronym": brief(n), "long_forms": [brief(m) for m in longs],
                    "mentions": n["mentions"] + sum(m["mentions"] for m in longs),
                    # both sides substantial first: "EPA" 68 / "Environmental Protection
                    # Agency" 54 before "WH" 2 / "White House" 1294
                    "smaller_side": min(n["mentions"], longs[0]["mentions"])})
    return sorted(out, key=lambda g: (-g["smaller_side"], -g["mentions"], g["acronym"]["label"]))


def section_keys(nodes):
    by_key = defaultdict(dict)
    for n in nodes:
        for form in [n["label"], *n["aliases"]]:
            k = fold(form)
            if k:
                by_key[k][n["id"]] = n
    two_types, same_type = [], []
    for k, members in by_key.items():
        if len(members) < 2:
            continue
        ms = by_mentions(list(members.values()))
        item = {"key": k, "mentions": sum(m["mentions"] for m in ms), "nodes": [brief(m) for m in ms]}
        if len({m["type"] for m in ms}) >= 2:
            two_types.append(item)
        else:
            same_type.append(item)
    return by_mentions(two_types), by_mentions(same_type)


def section_head_words(nodes):
    """(h): one-word organizations beside organizations named "Word of ..."."""
    orgs = [n for n in nodes if n["type"] == "ORGANIZATION"]
    long_by_head = defaultdict(list)
    for n in orgs:
        ws = fold(n["label"]).split()
        if len(ws) >= 3 and ws[1] == "of":
            long_by_head[ws[0]].append(n)
    out = []
    for n in orgs:
        # The label before a country qualifier: "House (United States)" is the word "house".
        ws = fold(re.sub(r"\s*[(\[].*$", "", n["label"])).split()
        if len(ws) != 1 or ws[0] not in long_by_head:
            continue
        longs = by_mentions([m for m in long_by_head[ws[0]] if m["id"] != n["id"]])
        if longs:
            out.append({"word": brief(n), "long_forms": [brief(m) for m in longs],
                        "mentions": n["mentions"] + sum(m["mentions"] for m in longs)})
    return by_mentions(out)


def section_titles(nodes):
    out = []
    for n in nodes:
        if n["type"] not in ("PERSON", "ORGANIZATION"):
            continue
        ws = words(n["label"])
        if not ws:
            continue
        first = norm_word(ws[0])
        reason = None
        if len(ws) >= 2 and (first in HONORIFICS or first in ROLE_WORDS) and n["type"] == "PERSON":
            reason = f"starts with '{ws[0]}'"
        elif len(ws) >= 2 and first in HONORIFICS:
            reason = f"starts with '{ws[0]}'"
        elif n["type"] == "ORGANIZATION" and len(ws) >= 2 and first in ORG_TITLE_START and \
                not any(norm_word(w) in ACRONYM_SKIP for w in ws):
            # "President Trump" tagged an organization; "Minister of Defence" is left alone.
            reason = f"starts with '{ws[0]}'"
        elif n["type"] == "PERSON":
            roles = [w for w in ws[1:] if norm_word(w) in ROLE_WORDS or norm_word(w) in HONORIFICS]
            if roles:
                reason = f"contains '{roles[0]}'"
        if reason:
            out.append({**brief(n), "reason": reason})
    return by_mentions(out)


def section_one_word(nodes, surname_groups):
    multi_surnames = defaultdict(int)
    for s, members in surname_groups.items():
        multi_surnames[s] = sum(1 for m in members if len(name_words(m["label"])) >= 2)
    out = []
    for n in nodes:
        if n["type"] not in ("PERSON", "ORGANIZATION"):
            continue
        ws = words(n["label"])
        if len(ws) != 1:
            continue
        item = brief(n)
        w = norm_word(ws[0])
        item["acronym"] = is_acronym(n["label"])
        item["surname_of_multiword_persons"] = multi_surnames.get(w, 0)
        out.append(item)
    return by_mentions(out)


def section_extra_words(nodes):
    known_people = {}  # folded label or alias of a PERSON -> the most mentions of a node with it
    countries = set()
    full_surnames = defaultdict(int)  # last words of multi-word PERSON labels
    for n in nodes:
        if n["type"] == "PERSON" and len(name_words(n["label"])) >= 2:
            full_surnames[norm_word(words(n["label"])[-1])] += 1
        for form in [n["label"], *n["aliases"]]:
            if n["type"] == "PERSON":
                k = fold(form)
                known_people[k] = max(known_people.get(k, 0), n["mentions"])
            if n["type"] == "COUNTRY":
                countries.add(fold(form))
    out = []
    for n in nodes:
        ws = words(n["label"])
        if len(ws) < 2:
            continue
        normed = [norm_word(w) for w in ws]
        reasons = []
        seen = set()
        for w in normed:
            if w in seen and len(w) > 1 and w not in ACRONYM_SKIP:
                reasons.append(f"repeated word '{w}'")
                break
            seen.add(w)
        last = ws[-1]
        # Organization names legitimately end in a place or a common word ("New York
        # Times", "Bank of England"): the trailing-word rules look at people only.
        if n["type"] == "PERSON" and last[:1].isupper() and len(ws) >= 3:
            head = fold(" ".join(ws[:-1]))
            # "Angela Merkel Berlin" (1) after "Angela Merkel" (301); not "George W. Bush"
            # after a stray "George W" node: the head must be the commoner form, and the
            # last word no surname of another full name.
            if known_people.get(head, -1) >= n["mentions"] and \
                    full_surnames.get(normed[-1], 0) <= 1:
                reasons.append(f"'{' '.join(ws[:-1])}' is a person node, then '{last}'")
            elif normed[-1] in countries:
                reasons.append(f"ends with country '{last}'")
            elif last.isupper() and len(last) > 3:
                reasons.append(f"ends with capitals '{last}'")
        if n["type"] == "PERSON" and len(ws) >= 2 and normed[-1] in countries and \
                known_people.get(fold(" ".join(ws[:-1])), -1) >= n["mentions"] and not any("country" in r for r in reasons):
            reasons.append(f"a person node, then country '{last}'")
        if n["type"] != "COUNTRY":
            if normed[-1] in FUNCTION_WORDS and not ws[-1].isupper():
                reasons.append(f"ends with '{last}'")
            elif normed[0] in FUNCTION_WORDS - {"the"} and not ws[0].isupper():
                reasons.append(f"starts with '{ws[0]}'")
        if reasons:
            out.append({**brief(n), "reason": "; ".join(reasons)})
    return by_mentions(out)


def compatible(variant: dict, main: dict) -> bool:
    """Could `variant` be a form of the person `main`? Titles, initials, the bare surname,
    the main name with words after it; not another given name."""
    main_ws = [norm_word(w) for w in name_words(main["label"])]
    ws = [norm_word(w) for w in words(variant["label"])]
    core = [w for w in ws if not (w in HONORIFICS or w in ROLE_WORDS)]
    if not core:
        return False
    if main_ws and core[:len(main_ws)] == main_ws:
        return True  # "Angela Merkel Berlin", "James Comey Comey"
    rest = [w for w in core if w not in main_ws and len(w) > 1]
    return not rest and core[-1] == main_ws[-1]


def section_share(nodes, surname_groups, min_mentions, top_rank):
    rank = {n["id"]: i for i, n in enumerate(by_mentions(nodes), 1)}
    by_key = defaultdict(list)
    by_prefix = defaultdict(list)  # "angela merkel" -> the node "Angela Merkel Berlin"
    for n in nodes:
        by_key[fold(n["label"])].append(n)
        if n["type"] == "PERSON":
            ws = [norm_word(w) for w in name_words(n["label"])]
            for k in range(2, len(ws)):
                by_prefix[" ".join(ws[:k])].append(n)
    out = []
    for s, members in surname_groups.items():
        # The main node is the most mentioned full name; a bare surname more frequent than
        # any full name is the main node only when no full name exists.
        top_node = max(members, key=lambda m: m["mentions"])
        fulls = [m for m in members if len(name_words(m["label"])) >= 2]
        main = max(fulls, key=lambda m: m["mentions"]) if fulls else top_node
        if main["mentions"] < 0.2 * top_node["mentions"]:
            main = top_node  # "Oscar" 117 is not a form of "Passion Oscar" 2
        variants = [m for m in members if m["id"] != main["id"] and compatible(m, main)]
        seen = {main["id"], *(v["id"] for v in variants)}
        main_key = " ".join(norm_word(w) for w in name_words(main["label"]))
        variants += [m for m in by_prefix.get(main_key, []) if m["id"] not in seen]
        # The same name typed otherwise ("Donald Trump" as an ORGANIZATION) is a split too.
        variants += [m for m in by_key[fold(main["label"])] if m["type"] != "PERSON"]
        total = main["mentions"] + sum(v["mentions"] for v in variants)
        if total < min_mentions:
            continue
        # The share is the largest node's: the ORGANIZATION "Chelsea" (194) over the
        # PERSON "Chelsea" (11) is the main node of that name.
        largest = max([main, *variants], key=lambda m: m["mentions"])
        rest = [m for m in [main, *variants] if m["id"] != largest["id"]]
        out.append({
            "surname": s, "main": brief(largest), "main_rank": rank[largest["id"]],
            "mentions": total, "share": largest["mentions"] / total if total else 1.0,
            "variants": [brief(v) for v in by_mentions(rest)],
        })
    out = by_mentions(out)
    top = [g for g in out if g["main_rank"] <= top_rank]

    def stats(groups):
        tot = sum(g["mentions"] for g in groups)
        on_main = sum(g["main"]["mentions"] for g in groups)
        return {
            "groups": len(groups),
            "split_groups": sum(1 for g in groups if g["variants"]),
            "below_97": sum(1 for g in groups if g["share"] < 0.97),
            "mentions": tot,
            "weighted_share": on_main / tot if tot else 1.0,
        }
    return out, {"all": stats(out), f"main_in_top_{top_rank}": stats(top)}


def audit(nodes, min_mentions=10, top_rank=300):
    surnames, groups = section_surnames(nodes)
    two_types, same_type = section_keys(nodes)
    share, share_stats = section_share(nodes, groups, min_mentions, top_rank)
    report = {
        "nodes": {"total": len(nodes),
                  **{t: sum(1 for n in nodes if n["type"] == t)
                     for t in ("PERSON", "COUNTRY", "ORGANIZATION")},
                  "mentions": sum(n["mentions"] for n in nodes)},
        "surnames": surnames,
        "acronyms": section_acronyms(nodes),
        "key_two_types": two_types,
        "key_same_type": same_type,
        "titles": section_titles(nodes),
        "one_word": section_one_word(nodes, groups),
        "extra_words": section_extra_words(nodes),
        "head_words": section_head_words(nodes),
        "share": share,
        "share_stats": share_stats,
    }
    report["summary"] = summarize(report)
    return report


def summarize(r):
    def mentions(items):
        return sum(i["mentions"] for i in items)
    one_person = [i for i in r["one_word"] if i["type"] == "PERSON"]
    one_org = [i for i in r["one_word"] if i["type"] == "ORGANIZATION"]
    return {
        "surname_groups": len(r["surnames"]),
        "surname_group_nodes": sum(len(g["nodes"]) for g in r["surnames"]),
        "acronym_splits": len(r["acronyms"]),
        "acronym_splits_3plus": sum(1 for g in r["acronyms"]
                                    if len(g["acronym"]["label"].replace(".", "")) >= 3),
        "keys_two_types": len(r["key_two_types"]),
        "keys_same_type_split": len(r["key_same_type"]),
        "title_nodes": len(r["titles"]), "title_mentions": mentions(r["titles"]),
        "one_word_person": len(one_person), "one_word_person_mentions": mentions(one_person),
        "one_word_person_surname_of_fullname": sum(1 for i in one_person if i["surname_of_multiword_persons"]),
        "one_word_org": len(one_org), "one_word_org_mentions": mentions(one_org),
        "extra_word_nodes": len(r["extra_words"]), "extra_word_mentions": mentions(r["extra_words"]),
        "head_word_splits": len(r["head_words"]),
        "head_word_mentions": sum(g["word"]["mentions"] for g in r["head_words"]),
        **{f"share_{k}_{s}": v for k, st in r["share_stats"].items() for s, v in st.items()},
    }


# ---------------------------------------------------------------------------------- printing

def fmt_nodes(ns, limit=6):
    parts = [f"{n['label']} [{n['type'][0]}] {n['mentions']}" for n in ns[:limit]]
    if len(ns) > limit:
        parts.append(f"+{len(ns) - limit} more")
    return "; ".join(parts)


def print_report(r, top, out=sys.stdout):
    def head(title, items):
        print(f"\n== {title}: {len(items)} (showing {min(top, len(items))})", file=out)

    n = r["nodes"]
    print(f"nodes {n['total']} (PERSON {n['PERSON']}, COUNTRY {n['COUNTRY']}, "
          f"ORGANIZATION {n['ORGANIZATION']}), mentions {n['mentions']}", file=out)

    head("(a) one surname in several PERSON nodes", r["surnames"])
    for g in r["surnames"][:top]:
        print(f"{g['mentions']:7d}  {g['surname']:<18} {len(g['nodes'])} nodes: {fmt_nodes(g['nodes'])}", file=out)

    head("(b) acronym and long form apart (ORGANIZATION; by the smaller side)", r["acronyms"])
    for g in r["acronyms"][:top]:
        a = g["acronym"]
        print(f"{g['mentions']:7d}  {a['label']} {a['mentions']}  <->  {fmt_nodes(g['long_forms'], 3)}", file=out)

    head("(c) one key in nodes of two or more types", r["key_two_types"])
    for g in r["key_two_types"][:top]:
        print(f"{g['mentions']:7d}  {g['key']!r:<24} {fmt_nodes(g['nodes'])}", file=out)
    head("(c') one key in several nodes of the same type", r["key_same_type"])
    for g in r["key_same_type"][:top]:
        print(f"{g['mentions']:7d}  {g['key']!r:<24} {fmt_nodes(g['nodes'])}", file=out)

    head("(d) title or role in the label", r["titles"])
    for i in r["titles"][:top]:
        print(f"{i['mentions']:7d}  {i['label']:<36} {i['type']:<12} {i['reason']}", file=out)

    head("(e) one-word PERSON and ORGANIZATION nodes", r["one_word"])
    for i in r["one_word"][:top]:
        flags = []
        if i["acronym"]:
            flags.append("acronym")
        if i["surname_of_multiword_persons"]:
            flags.append(f"surname of {i['surname_of_multiword_persons']} full name(s)")
        print(f"{i['mentions']:7d}  {i['label']:<28} {i['type']:<12} {', '.join(flags)}", file=out)

    head("(f) extra or repeated words in the label", r["extra_words"])
    for i in r["extra_words"][:top]:
        print(f"{i['mentions']:7d}  {i['label']:<36} {i['type']:<12} {i['reason']}", file=out)

    head("(h) a body's one word apart from names \"Word of ...\" (ORGANIZATION)", r["head_words"])
    for g in r["head_words"][:top]:
        w = g["word"]
        print(f"{g['mentions']:7d}  {w['label']} {w['mentions']}  <->  {fmt_nodes(g['long_forms'], 3)}", file=out)

    split = [g for g in r["share"] if g["variants"]]
    head("(g) surname groups whose mentions are not all on the main node", split)
    for g in sorted(split, key=lambda g: (-g["mentions"], g["surname"]))[:top]:
        print(f"{g['mentions']:7d}  {100 * g['share']:5.1f}%  {g['main']['label']} "
              f"(#{g['main_rank']}) {g['main']['mentions']}  + {fmt_nodes(g['variants'], 5)}", file=out)

    s = r["summary"]
    print("\n== summary", file=out)
    for k, st in r["share_stats"].items():
        print(f"share on main node ({k}): {st['groups']} surname groups of >= min mentions, "
              f"{st['split_groups']} split, {st['below_97']} below 97%, "
              f"{100 * st['weighted_share']:.1f}% of {st['mentions']} mentions on the main node", file=out)
    print("TOTALS " + " ".join(f"{k}={v:.3f}" if isinstance(v, float) else f"{k}={v}"
                               for k, v in s.items()), file=out)


# ---------------------------------------------------------------------------------- self-test

SELF_TEST_GRAPHML = """<?xml version="1.0" encoding="UTF-8"?>
<graphml xmlns="http://graphml.graphdrawing.org/xmlns">
  <key id="label" for="node" attr.name="label" attr.type="string"/>
  <key id="type" for="node" attr.name="type" attr.type="string"/>
  <key id="mentions" for="node" attr.name="mentions" attr.type="int"/>
  <key id="documents" for="node" attr.name="documents" attr.type="int"/>
  <key id="aliases" for="node" attr.name="aliases" attr.type="string"/>
  <graph id="G" edgedefault="undirected">
    <node id="n0"><data key="label">Enda Kenny</data><data key="type">PERSON</data><data key="mentions">90</data><data key="documents">30</data><data key="aliases">Enda Kenny|Kenny</data></node>
    <node id="n1"><data key="label">Mr Kenny</data><data key="type">PERSON</data><data key="mentions">8</data><data key="documents">5</data><data key="aliases">Mr Kenny</data></node>
    <node id="n2"><data key="label">Taoiseach Enda Kenny</data><data key="type">PERSON</data><data key="mentions">2</data><data key="documents">2</data><data key="aliases">Enda Kenny</data></node>
    <node id="n3"><data key="label">European Union</data><data key="type">ORGANIZATION</data><data key="mentions">40</data><data key="documents">20</data><data key="aliases">European Union</data></node>
    <node id="n4"><data key="label">EU</data><data key="type">ORGANIZATION</data><data key="mentions">25</data><data key="documents">12</data><data key="aliases">EU</data></node>
    <node id="n5"><data key="label">Trump</data><data key="type">ORGANIZATION</data><data key="mentions">6</data><data key="documents">6</data><data key="aliases">Trump</data></node>
    <node id="n6"><data key="label">Donald Trump</data><data key="type">PERSON</data><data key="mentions">120</data><data key="documents">50</data><data key="aliases">Donald Trump|Trump|Mr. Trump</data></node>
    <node id="n7"><data key="label">Angela Merkel Berlin</data><data key="type">PERSON</data><data key="mentions">1</data><data key="documents">1</data><data key="aliases"></data></node>
    <node id="n8"><data key="label">Angela Merkel</data><data key="type">PERSON</data><data key="mentions">30</data><data key="documents">12</data><data key="aliases">Merkel</data></node>
    <node id="n9"><data key="label">James Comey Comey</data><data key="type">PERSON</data><data key="mentions">3</data><data key="documents">1</data><data key="aliases"></data></node>
    <node id="n10"><data key="label">House (United States)</data><data key="type">ORGANIZATION</data><data key="mentions">50</data><data key="documents">20</data><data key="aliases">House</data></node>
    <node id="n11"><data key="label">House of Representatives</data><data key="type">ORGANIZATION</data><data key="mentions">9</data><data key="documents">5</data><data key="aliases"></data></node>
  </graph>
</graphml>
"""


def self_test() -> int:
    import io
    nodes = read_graphml(io.StringIO(SELF_TEST_GRAPHML))
    assert len(nodes) == 12, nodes
    r = audit(nodes, min_mentions=1)
    surnames = {g["surname"]: [n["label"] for n in g["nodes"]] for g in r["surnames"]}
    assert surnames["kenny"] == ["Enda Kenny", "Mr Kenny", "Taoiseach Enda Kenny"], surnames
    assert "merkel" not in surnames and "berlin" not in surnames  # one node each; see (f), (g)
    assert "comey" not in surnames  # one node only
    assert [(g["acronym"]["label"], g["long_forms"][0]["label"]) for g in r["acronyms"]] == \
        [("EU", "European Union")], r["acronyms"]
    assert {g["key"] for g in r["key_two_types"]} == {"trump"}, r["key_two_types"]
    assert {g["key"] for g in r["key_same_type"]} == {"enda kenny"}, r["key_same_type"]
    titles = {i["label"] for i in r["titles"]}
    assert titles == {"Mr Kenny", "Taoiseach Enda Kenny"}, titles
    one = {i["label"]: i for i in r["one_word"]}
    assert set(one) == {"EU", "Trump"}, one
    assert one["EU"]["acronym"] and one["Trump"]["surname_of_multiword_persons"] == 1
    extra = {i["label"]: i["reason"] for i in r["extra_words"]}
    assert set(extra) == {"Angela Merkel Berlin", "James Comey Comey"}, extra
    assert "repeated" in extra["James Comey Comey"]
    share = {g["surname"]: g for g in r["share"]}
    assert abs(share["kenny"]["share"] - 0.9) < 1e-9, share["kenny"]
    assert abs(share["merkel"]["share"] - 30 / 31) < 1e-9
    assert share["trump"]["share"] == 1.0  # the ORGANIZATION "Trump" is a type split, in (c)
    assert [(g["word"]["label"], g["long_forms"][0]["label"]) for g in r["head_words"]] == \
        [("House (United States)", "House of Representatives")], r["head_words"]
    s = r["summary"]
    assert s["head_word_splits"] == 1 and s["head_word_mentions"] == 50
    assert s["surname_groups"] == 1 and s["share_all_split_groups"] == 2 and s["acronym_splits"] == 1 and s["title_nodes"] == 2
    import contextlib
    buf = io.StringIO()
    with contextlib.redirect_stdout(buf):
        print_report(r, 5, out=buf)
        print(json.dumps(r))
    assert "TOTALS" in buf.getvalue()
    print("self-test passed: sections a-h found on the embedded 12-node graph")
    return 0


def main() -> int:
    ap = argparse.ArgumentParser(description="Suspected entity splits and noise in an entgraph GraphML graph.")
    ap.add_argument("graph", nargs="?", help="GraphML file written by entgraph build")
    ap.add_argument("--top", type=int, default=25, help="rows shown per section (default 25)")
    ap.add_argument("--json", action="store_true", help="print the whole report as JSON")
    ap.add_argument("--min-mentions", type=int, default=10,
                    help="surname groups with fewer mentions are left out of (g) (default 10)")
    ap.add_argument("--top-rank", type=int, default=300,
                    help="(g) also reports groups whose main node is in the top N by mentions (default 300)")
    ap.add_argument("--self-test", action="store_true", help="run on an embedded 10-node graph and check")
    args = ap.parse_args()
    if args.self_test:
        return self_test()
    if not args.graph:
        ap.error("a GraphML file is required (or --self-test)")
    r = audit(read_graphml(args.graph), args.min_mentions, args.top_rank)
    if args.json:
        json.dump(r, sys.stdout, indent=1, ensure_ascii=False)
        print()
    else:
        print_report(r, args.top)
    return 0


if __name__ == "__main__":
    sys.exit(main())
