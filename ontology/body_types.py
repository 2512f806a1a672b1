"""What kind of body a name names: a concept of the govkg body-type scheme (SKOS), read from the name.

The scheme and the rules are data (`body_types.yaml`): head nouns and modifiers that English public bodies are
named with ("... County Council", "... Safeguarding Children Partnership", "... Channel Panel"), plus the
national gazetteer (loaders/gazetteer/places.py) for the councils, police forces, commissioners, fire
services, NHS boards and departments it knows by name. Names that are projects, programmes, campaigns or
services rather than bodies are said to be initiatives.

Both the graph builder (every body gets `org:classification` and its class) and extraction can call
:func:`classify`.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from functools import cache, lru_cache
from importlib import resources
from typing import Any

import yaml

BASE = "https://w3id.org/govkg/id/body-type/"
SCHEME = BASE.rstrip("/")
OTHER = "other-body"
# The class a register (or extraction) gave, when the name says no more, stands for this concept.
CLASS_DEFAULT = {
    "Council": "council", "Partnership": "partnership-board", "Board": "partnership-board", "Panel": "panel",
    "Committee": "committee", "Group": "working-group", "Directorate": "directorate", "PoliceBody": "police-force",
    "Provider": "voluntary-organisation", "PublicBody": "national-public-body", "Body": OTHER,
}


@dataclass(frozen=True)
class Concept:
    key: str
    label: str
    definition: str
    owl_class: str  # local name of the govkg class a body of this type gets
    broader: str | None = None
    alt: tuple[str, ...] = ()

    @property
    def iri(self) -> str:
        return BASE + self.key


@dataclass(frozen=True)
class BodyType:
    """What a name says: KIND 'body' with a CONCEPT and its ontology class, or KIND 'initiative'."""

    kind: str
    concept: Concept | None
    owl_class: str | None
    rule: str  # what decided it: "gazetteer", "rule N", "class", "default"
    outright: bool = False  # the name names the organisation's kind (the gazetteer knows it, or its head says)


@dataclass(frozen=True)
class _Rule:
    index: int
    kind: str
    concept: str | None
    owl_class: str | None
    contains: re.Pattern[str] | None
    head: re.Pattern[str] | None
    starts: re.Pattern[str] | None
    tokens: frozenset[str]
    unless: re.Pattern[str] | None
    outright: re.Pattern[str] | None  # the rule's phrases ending the name: it names the organisation's kind


def _pattern(values: Any, where: str) -> re.Pattern[str] | None:
    """One regex for a list of phrases, matched on word boundaries of a normalised name: anywhere, at its
    end (head) or at its start."""
    phrases = sorted({normalise(str(v)) for v in values or ()}, key=len, reverse=True)
    if not phrases:
        return None
    alt = "|".join(re.escape(p) for p in phrases)
    return re.compile({"contains": f"(?:^| )(?:{alt})(?: |$)", "head": f"(?:^| )(?:{alt})$",
                       "starts": f"^(?:{alt})(?: |$)"}[where])


def normalise(name: str) -> str:
    """Lower case, '&' as 'and', no apostrophes, other punctuation as spaces, a trailing '(ACRONYM)' dropped."""
    text = unicodedata.normalize("NFKD", name).encode("ascii", "ignore").decode("ascii")
    text = re.sub(r"\s*\([^()]*\)\s*$", "", text)
    text = text.lower().replace("&", " and ")
    text = re.sub(r"['`]", "", text)
    return " ".join(re.sub(r"[^a-z0-9]+", " ", text).split())


@cache
def _data() -> dict[str, Any]:
    text = resources.files(__package__).joinpath("body_types.yaml").read_text(encoding="utf-8")
    return yaml.safe_load(text)


@cache
def concepts() -> dict[str, Concept]:
    """Every concept of the scheme, by key."""
    out = {}
    for key, spec in _data()["concepts"].items():
        out[key] = Concept(key, spec["label"], spec.get("definition", ""), spec["class"], spec.get("broader"),
                           tuple(spec.get("alt") or ()))
    for c in out.values():
        if c.broader is not None and c.broader not in out:
            raise ValueError(f"body_types.yaml: {c.key} has unknown broader {c.broader!r}")
    return out


@cache
def _rules() -> tuple[_Rule, ...]:
    known = concepts()
    rules = []
    for i, spec in enumerate(_data()["rules"], start=1):
        kind = spec.get("kind", "body")
        concept = spec.get("type")
        if kind == "body" and concept not in known:
            raise ValueError(f"body_types.yaml: rule {i} names unknown type {concept!r}")
        owl = spec.get("class") or (known[concept].owl_class if concept else None)
        outright = _pattern(spec.get("contains"), "head") if spec.get("outright") else None
        rules.append(_Rule(i, kind, concept, owl, _pattern(spec.get("contains"), "contains"),
                           _pattern(spec.get("head"), "head"), _pattern(spec.get("starts"), "starts"),
                           frozenset(spec.get("tokens") or ()), _pattern(spec.get("unless"), "contains"), outright))
    return tuple(rules)


def _matches(rule: _Rule, norm: str, words: set[str]) -> bool:
    checks = [p.search(norm) is not None for p in (rule.contains, rule.head, rule.starts) if p is not None]
    if rule.tokens:
        checks.append(bool(rule.tokens & words))
    if not checks or not all(checks):
        return False
    return rule.unless is None or rule.unless.search(norm) is None


def _from_gazetteer(name: str) -> str | None:
    try:
        from ..loaders.gazetteer import places
    except ImportError:  # a build without the national gazetteer
        return None
    found = places.match(name)
    if found is None:
        return None
    mapping = _data()["gazetteer"]
    for entry, form in zip(found.entries, found.forms, strict=True):
        # A council is named by its formal name ("Herefordshire Council"); the bare place name is a place.
        if entry.is_place and form not in ("formal", "former"):
            continue
        key = mapping.get(entry.kind)
        if key == "national-public-body" and "probation" in normalise(entry.name):
            key = "probation"
        if key:
            return key
    return None


@lru_cache(maxsize=65536)  # every document names the same bodies again
def classify(name: str, *, owl_class: str | None = None) -> BodyType:
    """The type NAME says a body is. OWL_CLASS, when a register or extraction gave one, wins over the name's
    class, unless the name names the kind of organisation outright (the gazetteer knows it, or it ends in a
    phrase such as "Clinical Commissioning Group"); the concept is still read from the name when it agrees
    with that class."""
    known = concepts()
    found: BodyType | None = None
    key = _from_gazetteer(name)
    if key is not None:
        found = BodyType("body", known[key], known[key].owl_class, "gazetteer", outright=True)
    else:
        norm = normalise(name)
        words = {w.strip(".,;:()'’") for w in name.split()}
        words |= {w[:-2] for w in words if w.endswith(("'s", "’s"))}
        for rule in _rules():
            if _matches(rule, norm, words):
                concept = known[rule.concept] if rule.concept else None
                outright = rule.outright is not None and rule.outright.search(norm) is not None
                found = BodyType(rule.kind, concept, rule.owl_class, f"rule {rule.index}", outright)
                break
    if owl_class and owl_class in CLASS_DEFAULT:
        if found is not None and found.kind == "body" and found.owl_class == owl_class:
            return found
        if found is not None and found.kind == "body" and found.concept is not None and \
                _same_family(found.concept.owl_class, owl_class):
            return BodyType("body", found.concept, owl_class, found.rule, found.outright)
        if found is not None and found.kind == "body" and found.outright:
            return found
        concept = known[CLASS_DEFAULT[owl_class]]
        return BodyType("body", concept, owl_class, "class")
    if found is not None:
        return found
    return BodyType("body", known[OTHER], "Body", "default")


def _same_family(a: str, b: str) -> bool:
    """Classes close enough that the name's concept still holds (a partnership written down as a board)."""
    families = ({"Partnership", "Board"}, {"Committee", "Panel"}, {"Provider", "PublicBody"})
    return a == b or any(a in f and b in f for f in families)


def lineage(key: str) -> list[Concept]:
    """KEY's concept and every broader one, narrowest first."""
    known = concepts()
    out = []
    while key:
        c = known[key]
        out.append(c)
        key = c.broader or ""
    return out


def label_of(iri: str) -> str | None:
    c = concepts().get(iri.removeprefix(BASE))
    return c.label if c and iri.startswith(BASE) else None
