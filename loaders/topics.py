"""Topics of community safety as the SKOS topic scheme names them, for finding them in text.

A topic is found by any of its labels. Labels that are also ordinary English words when written in lower case
("Prevent", "Channel", "Protect") and acronyms ("DA", "CSE") only match as written; the others match in any
case ("anti-social behaviour", "Domestic Abuse").
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache

from rdflib.namespace import SKOS

from ..ontology import topics_graph
from .gazetteer import trie_regex

# words that are topics only when capitalised: the programme "Prevent", not "to prevent harm"
_CASE_SENSITIVE = frozenset({"prevent", "channel", "protect", "prepare", "pursue", "contest"})


def is_programme(name: str) -> bool:
    """Whether NAME, a topic as written, is one of the national programmes named by a capitalised word ("Prevent",
    "Channel", "CONTEST") rather than a field of work ("domestic abuse")."""
    return name[:1].isupper() and name.casefold() in _CASE_SENSITIVE


@dataclass(frozen=True)
class Topic:
    iri: str
    label: str


@cache
def topic_labels() -> dict[str, Topic]:
    """Every label (as written) -> its topic concept."""
    g = topics_graph()
    out: dict[str, Topic] = {}
    for concept, label in g.subject_objects(SKOS.prefLabel):
        topic = Topic(str(concept), str(label))
        for prop in (SKOS.prefLabel, SKOS.altLabel, SKOS.hiddenLabel):
            for value in g.objects(concept, prop):
                out.setdefault(str(value), topic)
    return out


def _exact(label: str) -> bool:
    return label.casefold() in _CASE_SENSITIVE or (label.isupper() and len(label) <= 6)


@cache
def topic_regex() -> re.Pattern[str]:
    labels = topic_labels()
    folded = {lab.casefold() for lab in labels if not _exact(lab)}
    # councils write "&" for "and" in a topic as in a name: "crime & disorder", "drugs & alcohol"
    folded = sorted(folded | {lab.replace(" and ", " & ") for lab in folded if " and " in lab})
    exact = sorted({lab for lab in labels if _exact(lab)})
    parts = []
    if folded:
        parts.append(r"(?i:" + trie_regex(folded) + r")")
    if exact:
        parts.append(trie_regex(exact))
    return re.compile(r"(?<![\w-])(?:" + "|".join(parts) + r")(?![\w-])")


@cache
def _folded() -> dict[str, Topic]:
    out: dict[str, Topic] = {}
    for label, topic in topic_labels().items():
        out.setdefault(label.casefold(), topic)
    return out


def topic_of(text: str) -> Topic | None:
    """The scheme's topic named by TEXT, if any."""
    labels = topic_labels()
    if text in labels:
        return labels[text]
    if _exact(text):
        return None
    return _folded().get(text.casefold()) or _folded().get(re.sub(r"\s*&\s*", " and ", text).casefold())
