"""Features of a fact for a learned fact scorer (bench/scorer_train.py): what holds whatever the wording.

Every reader is written for wordings seen on read papers; on a paper nobody has read, about three facts in ten
were false. These features look only at what holds whatever the wording: which reader stated the fact and of what
relation, what kinds of thing its two ends are (and a finer class from the body-type scheme and a post's head
word), the layout form of the evidence (table row, field line, bullet, heading, prose), whether each end is named
in the quote or was filled in (the meeting's body, the council, a back-reference, a place put before a name), how
far apart the two names are and in which order, a person's name shape (words the paper also writes in lower case,
an honorific or rank before it), each end's area against the paper's, hedges and negations, how many facts share
the quote or the line, and the rule's own confidence. Never a word of a particular name or document.

The scorer was measured and not shipped (bench/RESULTS.md, "A learned fact scorer"): no threshold removed facts
at least twice as often false as right on first-look facts. This module stays beside the script that measures
it so the figures can be made again; nothing in the package imports it.
"""

from __future__ import annotations

import math
import re
from collections import Counter
from collections.abc import Callable
from functools import cache
from typing import TYPE_CHECKING, Any

from govkg.graph.model import Entity, Fact
from govkg.loaders import placenames
from govkg.loaders.extract.checks import concept
from govkg.loaders.lexicon import heads, names

if TYPE_CHECKING:
    from govkg.loaders.extract import ExtractionDoc


_TABLE = re.compile(r"\t|\s\|\s|^\s*\|")
_FIELD = re.compile(r"^\s*[A-Z][\w /&'’()-]{0,40}:\s")
_BULLET = re.compile(r"^\s*(?:[-•*·▪◦o–]|\(?[a-z0-9]{1,3}[.)]|\d+(?:\.\d+)+)\s")
# a statement the paper does not make as a fact: a plan, a proposal, a possibility, a question
_HEDGE = re.compile(r"(?i)\b(?:may|might|could|would|should|propos\w*|draft|consider\w*|if|whether|will|intend\w*|"
                    r"aim\w*|plan(?:s|ned)? to|recommend\w*|consult\w*|subject to|expected|potential\w*|invit\w*)\b")
# a relation that held once and no longer, or is denied
_NEGATION = re.compile(r"(?i)\b(?:not|no longer|ceased?|former\w*|previous\w*|until|stepp\w+ down|resign\w*|"
                       r"left|leaving|replac\w+|outgoing|vacan\w+|interim|acting)\b")
_BACKREF = re.compile(r"(?i)\b(?:the|this|our|its|their)\s+(?:council|partnership|board|panel|group|committee|"
                      r"authority|commissioner|service|forum|body)\b")
_WORD = re.compile(r"[A-Za-z][a-z'’-]+")
# words that join a name's parts: never evidence either way of whether the name is a proper one
_JOINERS = frozenset({"and", "of", "the", "for", "in", "on", "to", "&", "with", "at", "by"})
_CAPS = re.compile(r"\b[A-Z]{2,}\b")


def _line(text: str, pos: int) -> str:
    a = text.rfind("\n", 0, pos) + 1
    b = text.find("\n", pos)
    return text[a : b if b >= 0 else len(text)]


def layout_form(text: str, start: int) -> str:
    """The layout form of the line a fact's evidence opens on: table, field, bullet, heading or prose."""
    line = _line(text, start)
    if _TABLE.search(line):
        return "table"
    if _FIELD.match(line):
        return "field"
    if _BULLET.match(line):
        return "bullet"
    stripped = line.strip()
    if len(stripped) < 80 and not stripped.endswith((".", ";", ",", ":")):
        return "heading"
    return "prose"


@cache
def _post_heads() -> frozenset[str]:
    return frozenset(w.casefold() for w in heads().post_trailing)


def entity_class(e: Entity) -> str:
    """A finer class than the kind, computed from the name's head noun and the gazetteer: the body-type concept
    of a body (council, police-force, pcc-office, community-safety-partnership, ...), a post's head word when it
    is a known one, and the kind otherwise."""
    if e.kind == "body":
        return concept(e)  # the same body-type concept the extraction's checks class a body by
    if e.kind == "post":
        last = e.name.split(",")[0].split()[-1:] if e.name.split() else []
        head = last[0].casefold() if last else ""
        return f"post:{head}" if head in _post_heads() else "post"
    return e.kind


def _forms(e: Entity) -> list[str]:
    """The ways a quote may name E: its name, its aliases, the acronym of its name; a person by surname too."""
    forms = {e.name, *e.aliases}
    if e.kind == "person":
        words = e.name.split()
        if len(words) > 1:
            forms.add(words[-1])
    caps = "".join(w[0] for w in e.name.split() if w[:1].isupper())
    if len(caps) >= 2:
        forms.add(caps)
    return [f for f in forms if len(f) >= 2]


def _find(quote_cf: str, e: Entity) -> int:
    """Where in the (casefolded) quote E is named, or -1."""
    best = -1
    for f in _forms(e):
        i = quote_cf.find(f.casefold())
        if i >= 0 and (best < 0 or i < best):
            best = i
    return best


def _bucket(x: float, edges: tuple[float, ...]) -> int:
    for i, edge in enumerate(edges):
        if x < edge:
            return i
    return len(edges)


class _DocInfo:
    """What the features need from the document once: its lower-case words, the facts per quote."""

    def __init__(self, doc: ExtractionDoc, facts: list[Fact]):
        self.lower_words = {w for w in _WORD.findall(doc.text) if w.islower()}
        self.text_cf = doc.text.casefold()
        self.per_rule = Counter(f.rule for f in facts)
        self.per_relation = Counter(f.relation for f in facts)
        self.per_quote = Counter((f.start, f.end) for f in facts)
        self.per_line = Counter(doc.text.count("\n", 0, f.start) for f in facts)
        body = doc.body
        self.body_iri = body.iri if body is not None else None
        council = doc.resolver.council if doc.resolver is not None else None
        self.council_iri = council.iri if council is not None else None
        self.area = doc.meta.area
        self.doc_type = doc.meta.doc_type
        n = names()
        self.titles = frozenset(t.casefold() for t in (*n.honorifics, *n.kept_titles, *n.ranks))


def _end_features(out: dict[str, float], side: str, e: Entity, info: _DocInfo, quote: str, quote_cf: str) -> int:
    out[f"{side}kind={e.kind}"] = 1.0
    out[f"{side}class={entity_class(e)}"] = 1.0
    at = _find(quote_cf, e)
    out[f"{side}_named"] = float(at >= 0)
    out[f"{side}_is_body"] = float(e.iri == info.body_iri)
    out[f"{side}_is_council"] = float(e.iri == info.council_iri)
    if e.area is None:
        out[f"{side}_area=none"] = 1.0
    elif info.area is None:
        out[f"{side}_area=paperless"] = 1.0
    else:
        out[f"{side}_area=same" if e.area == info.area else f"{side}_area=other"] = 1.0
    words = e.name.split()
    out[f"{side}_words"] = float(min(len(words), 12))
    out[f"{side}_one_word"] = float(len(words) == 1)
    # a name no line of the paper writes (a place put before a name written without it, a name joined from
    # pieces): the end was made, not read
    out[f"{side}_in_text"] = float(any(f.casefold() in info.text_cf for f in (e.name, *e.aliases)))
    place = placenames.leading_place(e.name) if e.kind in ("body", "post", "publication", "initiative") else None
    if place and at < 0:
        rest = e.name[len(place):].strip().casefold() if e.name.startswith(place) else ""
        out[f"{side}_placed"] = float(bool(rest) and rest in quote_cf)
    # a name whose words the paper also writes in lower case is a description ("domestic abuse", "name"), or one
    # whose words are ordinary ones; a proper name's are not
    content = [w.casefold().strip(".,()") for w in words if w.casefold() not in _JOINERS and w[:1].isalpha()]
    if content:
        out[f"{side}_lower_frac"] = sum(1 for w in content if w in info.lower_words) / len(content)
    out[f"{side}_caps_only"] = float(bool(words) and all(w.isupper() for w in words))
    out[f"{side}_digit"] = float(any(c.isdigit() for c in e.name))
    out[f"{side}_comma"] = float("," in e.name)
    if e.kind == "person":
        lower = [w for w in words if w.casefold() in info.lower_words]
        out[f"{side}_lower_words"] = float(len(lower))
        before = quote_cf[max(0, at - 30) : at] if at >= 0 else quote_cf
        out[f"{side}_titled"] = float(any(re.search(rf"\b{re.escape(t)}\.?\s*$", before) for t in info.titles))
    if at < 0 and _BACKREF.search(quote):
        out[f"{side}_backref"] = 1.0
    return at


def fact_features(doc: ExtractionDoc, fact: Fact, info: _DocInfo | None = None, relation: str | None = None) \
        -> dict[str, float]:
    """The named features of FACT (those absent are 0): see the module docstring."""
    info = info or _DocInfo(doc, doc.facts)
    rel = relation or fact.relation
    quote = doc.text[fact.start : fact.end]
    quote_cf = quote.casefold()
    family = fact.rule.split(":")[0]
    out: dict[str, float] = {"bias": 1.0, f"rel={rel}": 1.0, f"rule={fact.rule}": 1.0, f"family={family}": 1.0,
                             f"rel_family={rel}|{family}": 1.0}
    out[f"form={layout_form(doc.text, fact.start)}"] = 1.0
    out[f"doctype={info.doc_type}"] = 1.0
    out["quote_len_log"] = math.log1p(len(quote))
    out["quote_lines"] = float(min(quote.count("\n"), 10))
    out["confidence"] = float(fact.confidence)
    s_at = _end_features(out, "s", fact.subject, info, quote, quote_cf)
    o_at = _end_features(out, "o", fact.object, info, quote, quote_cf) if fact.object is not None else -1
    out[f"kinds={fact.subject.kind}>{fact.object.kind if fact.object else '-'}"] = 1.0
    if s_at >= 0 and o_at >= 0:
        out["both_named"] = 1.0
        out["gap_log"] = math.log1p(abs(o_at - s_at))
        out["subject_first"] = float(s_at < o_at)
    elif s_at < 0 and o_at < 0:
        out["neither_named"] = 1.0
    out["hedge"] = float(bool(_HEDGE.search(quote)))
    out["negation"] = float(bool(_NEGATION.search(quote)))
    out["shared_quote"] = float(_bucket(info.per_quote[(fact.start, fact.end)], (2, 3, 5, 9)))
    out["shared_line"] = float(_bucket(info.per_line[doc.text.count("\n", 0, fact.start)], (2, 3, 5, 9)))
    out["caps_in_quote"] = float(min(len(_CAPS.findall(quote)), 10))
    out["amount"] = float(fact.amount is not None)
    # a reader that states many facts of one paper, or many of one relation: a form it misreads repeats
    out["rule_count_log"] = math.log1p(info.per_rule[fact.rule])
    out["relation_count_log"] = math.log1p(info.per_relation[fact.relation])
    line = _line(doc.text, fact.start)
    out["cells"] = float(min(line.count("\t") + (line.count(" | ") if "\t" not in line else 0), 8))
    out["position"] = fact.start / max(1, len(doc.text))
    return out


# -- recording and scoring (training only)


def record(doc: ExtractionDoc, sink: Callable[[Any, Fact, dict[str, float]], None]) -> None:
    """Give SINK every closed-relation fact of DOC with its features (a grant's amount twice: as `funds` and as
    the `funding_amount` fact the graph makes of it)."""
    facts = doc.facts
    info = _DocInfo(doc, facts)
    for fact in facts:
        if fact.relation == "other" or fact.object is None:
            continue
        sink(doc, fact, fact_features(doc, fact, info))
        if fact.relation == "funds" and fact.amount is not None:
            sink(doc, fact, fact_features(doc, fact, info, relation="funding_amount"))


def _tree_value(tree: dict[str, list], x: dict[str, float]) -> float:
    feature, threshold, left, right, value = (tree[k] for k in ("feature", "threshold", "left", "right", "value"))
    node = 0
    while left[node] >= 0:
        node = left[node] if x.get(feature[node], 0.0) <= threshold[node] else right[node]
    return value[node]


def probability(m: dict[str, Any], x: dict[str, float]) -> float:
    """An exported model's probability (bench/scorer_train.export) that the fact with features X is right, in
    plain Python: what a shipped gate would compute while reading a paper."""
    if m["kind"] == "logistic":
        weights = m["weights"]
        z = m["intercept"] + sum(weights.get(k, 0.0) * v for k, v in x.items())
    else:  # gradient-boosted trees: the prior's log-odds plus each tree's step
        z = m["init"] + m["learning_rate"] * sum(_tree_value(t, x) for t in m["trees"])
    return 1.0 / (1.0 + math.exp(-max(-30.0, min(30.0, z))))
