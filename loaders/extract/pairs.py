"""Sentences about what the sentence before named. "Both services were delivered under the brand name of X":
the two things the sentence before named ("details of A services and services to B") each get the relation;
the verbs and their relations are data (BOTH_VERBS). "A and B are also sub-groups of P": the group the
sentence before named is one too."""

from __future__ import annotations

import re

from ..resolve import NAME, is_body_name
from . import ExtractionDoc
from .sentences import body_mentions, doc_sentences, read_group

# verb -> relation; the named party is the relation's subject, each of the two things its object
BOTH_VERBS = {
    "delivered": "delivers",
    "provided": "delivers",
    "run": "delivers",
    "operated": "delivers",
    "commissioned": "commissions",
    "funded": "funds",
}
NOUNS = r"services|programmes|projects|schemes|initiatives|contracts"
BOTH = re.compile(
    rf"\b(?:Both|These two|The two) (?P<noun>{NOUNS}) (?:were|are|will be|had been|have been) "
    rf"(?:jointly |now )?(?P<verb>{'|'.join(BOTH_VERBS)}) "
    rf"(?:under the (?:brand name|brand|banner|name) (?:of )?|by |through )(?:the )?(?P<party>{NAME})"
)
# where a noun phrase of the pair starts: after a preposition or verb of "heard details of", "received"
_STOP = r"(?:of|on|about|from|including|received|heard|discussed|covering|for|both)"


def _pair(sentence: str, noun: str) -> list[tuple[str, int]]:
    """The two things of SENTENCE joined by 'and' that both carry NOUN (or its singular), with offsets."""
    single = noun[:-1]
    for m in reversed(list(re.finditer(r" and ", sentence))):
        left, right = sentence[: m.start()], sentence[m.end() :]
        starts = [s.end() for s in re.finditer(rf"\b{_STOP} (?:the )?", left)]
        a_start = starts[-1] if starts else 0
        a = left[a_start:]
        b = re.split(r"[.,;:]", right, maxsplit=1)[0]
        if not (3 <= len(a) <= 80 and 3 <= len(b) <= 80):
            continue
        if re.search(rf"\b(?:{noun}|{single})\b", a) and re.search(rf"\b(?:{noun}|{single})\b", b):
            return [(a.strip(), a_start), (b.strip(), m.end())]
    return []


def both_of_a_pair(doc: ExtractionDoc) -> None:
    spans = doc_sentences(doc)
    text = doc.text
    for i in range(1, len(spans)):
        s_start, s_end = spans[i]
        m = BOTH.search(text, s_start, s_end)
        if not m:
            continue
        p_start, p_end = spans[i - 1]
        items = _pair(text[p_start:p_end], m.group("noun"))
        if not items:
            continue
        relation = BOTH_VERBS[m.group("verb")]
        party = read_group(doc, {"kind": "body_loose"}, m.group("party"), m.start("party"))
        for item, offset in items:
            thing = read_group(doc, {"kind": "initiative"}, item, p_start + offset)
            doc.add(party, relation, thing, p_start, s_end, "pairs.both", 0.75)


ALSO_SUBGROUPS = re.compile(
    r"\b(?:are|is) also (?:an? )?(?:sub[- ]?groups?|sub-committees?|theme groups?) (?:of|to|under)\b"
)
# "there is a Safer District Group – Safer Eastvale": a kind of body, then its own name
_NAMED_KIND = re.compile(rf"(?P<kind>{NAME}) [–—-] (?P<name>{NAME})")


def also_subgroups(doc: ExtractionDoc) -> None:
    spans = doc_sentences(doc)
    text = doc.text
    for i in range(1, len(spans)):
        s_start, s_end = spans[i]
        if not ALSO_SUBGROUPS.search(text, s_start, s_end):
            continue
        stated = [f for f in doc.facts if f.relation == "subgroup_of" and s_start <= f.start < s_end]
        if not stated or stated[0].object is None:
            continue
        parent = stated[0].object
        p_start, p_end = spans[i - 1]
        if "\n" in text[p_start:s_start]:
            continue  # another line or paragraph: "also" looks back within one
        group = None
        for m in _NAMED_KIND.finditer(text, p_start, p_end):
            if is_body_name(m.group("kind")):
                group = read_group(doc, {"kind": "body_loose"}, m.group("name"), m.start("name"))
        if group is None:
            named = [e for start, e, _ in body_mentions(doc) if p_start <= start < p_end]
            group = named[-1] if named else None
        if group is None or group.name == parent.name or any(f.subject == group for f in stated):
            continue
        doc.add(group, "subgroup_of", parent, p_start, s_end, "pairs.also_subgroups", 0.7)
