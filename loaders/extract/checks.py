"""Checks every fact must pass, whatever its wording: the extraction's last gate.

The readers each read one kind of structure; on papers nobody had read, three facts in ten they stated were false,
and the causes seen on read papers seldom recurred on the next. These checks look not at how a fact was read but
at what it says:

- signature: its ends are of classes its relation does not join in practice (pairs the gold of every read set
  has at most twice, loaders/gazetteer/checks.yaml): a council as a sub-group, a scrutiny committee overseeing
  a partnership. On all read sets: 15 false facts removed, no right one, papers of 9 councils;
- not_a_person: an end read as a person whose name is no person's (see not_a_person). 9 false, none right, 5
  councils.

A check is kept only where, on every read set together, it removed at least twice as many false facts as right
ones, on papers of three councils or more (the checks measured and not kept: bench/RESULTS.md, the session of
2026-12-07).

With GOVKG_CHECKS_AUDIT set, nothing is dropped: each fact's rule is written with the classes of its ends and the
checks it failed ("clause:chairs¦person¦partnership¦"), for measuring checks on labelled sets.
"""

from __future__ import annotations

import os
import re
from dataclasses import replace
from functools import cache

from ...graph.model import Entity, Fact
from ...ontology import body_types
from ..gazetteer import _yaml
from ..lexicon import heads, names


@cache
def _data() -> dict:
    return _yaml("checks.yaml")


@cache
def _body_class() -> dict[str, str]:
    return {concept: group for group, concepts in _data()["body_classes"].items() for concept in concepts}


@cache
def _denied() -> dict[str, tuple[tuple[str, str], ...]]:
    out = {}
    for relation, pairs in (_data().get("denied_signatures") or {}).items():
        out[relation] = tuple(tuple(x.strip() for x in pair.split(">")) for pair in pairs)
    return out


@cache
def _concept(name: str, subtype: str | None) -> str:
    found = body_types.classify(name, owl_class=subtype)
    return found.concept.key if found.concept is not None else found.kind


def concept(e: Entity | None) -> str:
    """E's kind, or for a body its concept in the body-type scheme ("youth-justice-service", "unitary-council")."""
    if e is None:
        return "-"
    return _concept(e.name, e.subtype) if e.kind == "body" else e.kind


def entity_class(e: Entity | None) -> str:
    """The coarse class of E: its kind ("person", "post", "topic", "publication", ...), or for a body the class of
    its concept in the body-type scheme ("council", "partnership", "committee", "group", "agency", ...)."""
    key = concept(e)
    return _body_class().get(key, key) if e is not None and e.kind == "body" else key


def signature_denied(relation: str, subject: Entity, obj: Entity | None) -> bool:
    """RELATION joins things of the classes of SUBJECT and OBJ only where the gold of the read sets (almost)
    never does: the fact's subject or object is not what the relation holds between."""
    pairs = _denied().get(relation)
    if not pairs or obj is None:
        return False
    # a pair names a coarse class ("council") or a concept of one ("youth-justice-service")
    sc = {"*", entity_class(subject), concept(subject)}
    oc = {"*", entity_class(obj), concept(obj)}
    return any(s in sc and o in oc for s, o in pairs)


_WORD = re.compile(r"[A-Za-z][A-Za-z'’-]*")
_NO_NAME_MARK = re.compile(r"[,;:\d()/&]")
# an address or a link spells a person's name in lower case ("jo.smith@..."): not the paper's own words
_ADDRESS = re.compile(r"\S+@\S+|https?://\S+|www\.\S+")


@cache
def _titles() -> frozenset[str]:
    n = names()
    return frozenset(w.casefold().rstrip(".") for t in (*n.honorifics, *n.kept_titles, *n.ranks) for w in t.split())


@cache
def _title_heads() -> frozenset[str]:
    # a post's head, or a group's: "Jo Dane Council" in an attendance list is Jo Dane of the council, an employer
    # named after the person as such lists do, so the heads of organisations are not among them
    return frozenset(w for w in (*heads().post_trailing, *_data()["group_heads"]) if " " not in w)


def common_words(text: str) -> frozenset[str]:
    """The words TEXT writes in lower case, outside addresses and links."""
    return frozenset(w for w in _WORD.findall(_ADDRESS.sub(" ", text)) if w.islower())


def not_a_person(e: Entity, quote: str, lower: frozenset[str]) -> bool:
    """E is read as a person, but its name is no person's: it holds a comma, a colon or a digit ("Crime,
    Criminal" from "Crime, Criminal Justice and Fire"); every word of it is one the paper also writes in lower
    case, as a heading's words are ("Confirmation Hearing"); or in QUOTE it opens a post's or a body's title that
    ends its line ("Student Welfare" of "Student Welfare Manager", "Lived Experience" of "Lived Experience
    Forum"). LOWER: the paper's lower-case words (common_words)."""
    if e.kind != "person":
        return False
    if _NO_NAME_MARK.search(e.name):
        return True
    words = [w for w in _WORD.findall(e.name) if w.casefold().rstrip(".") not in _titles()]
    if words and all(w.casefold() in lower for w in words):
        return True
    for line in quote.split("\n"):
        i = line.find(e.name)
        if i >= 0:
            m = re.match(r" ([A-Z][\w'’-]*)\s*(?:\(.*)?$", line[i + len(e.name) :])
            if m and m.group(1) in _title_heads():
                return True
    return False


def failed(fact: Fact, quote: str = "", lower: frozenset[str] = frozenset()) -> list[str]:
    """The names of the checks FACT fails; QUOTE is its evidence, LOWER the paper's lower-case words."""
    out = []
    if signature_denied(fact.relation, fact.subject, fact.object):
        out.append("signature")
    if any(not_a_person(e, quote, lower) for e in (fact.subject, fact.object) if e is not None):
        out.append("not_a_person")
    return out


def gate(facts: list[Fact], text: str = "") -> list[Fact]:
    """FACTS without those that fail a check (in audit mode all of them, each rule tagged: see the module); TEXT
    is the paper they were read from."""
    audit = bool(os.environ.get("GOVKG_CHECKS_AUDIT"))
    lower = common_words(text)
    kept = []
    for f in facts:
        fails = failed(f, text[f.start : f.end], lower)
        if audit:
            tag = f"{f.rule}¦{entity_class(f.subject)}¦{entity_class(f.object)}¦{'+'.join(fails)}"
            kept.append(replace(f, rule=tag))
        elif not fails:
            kept.append(f)
    return kept
