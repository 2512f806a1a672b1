""""Both services were delivered under the brand name of X": a sentence about the two things the sentence
before it named ("details of A services and services to B"), each of which gets the relation.

The verbs and their relations are data (BOTH_VERBS); the pair is read back from the previous sentence."""

from __future__ import annotations

import re

from ..resolve import NAME
from . import ExtractionDoc
from .sentences import doc_sentences, read_group

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
