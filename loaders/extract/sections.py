"""Relations whose one side is only named by the section heading: under "2.3 EASTVALE PARTNERSHIP - HOMEFIRST
PROJECT", "the District Housing Trust agreed to be the lead partner" is the lead partner of the HomeFirst
Project. A lead role that names what it leads ("the lead partner for the X Project") needs no heading."""

from __future__ import annotations

import re

from ..metadata import title_case
from ..resolve import NAME
from . import ExtractionDoc
from .sentences import doc_sentences, read_group

LEAD = re.compile(
    rf"(?P<lead>{NAME})(?: \([A-Z]{{2,8}}\))? (?:had |has |have )?(?:agreed to be|agreed to act as|became|"
    rf"would be|will be|is|was|acts as|acted as|act as) the lead (?:partner|agency|organisation|body)"
    rf"(?: (?:for|on|of|in) (?:the )?(?P<what>{NAME}))?"
)
# what a heading must end with to name an initiative
INITIATIVE_HEADS = r"(?:Project|Programme|Scheme|Initiative|Pilot|Service|Campaign)"
_HEADING = re.compile(
    rf"^[ \t#*]*(?:\d+(?:\.\d+)*\.?[ \t]+)?(?:.*?[-–:][ \t]+)?(?P<name>[A-Za-z][A-Za-z' ]{{2,60}}? "
    rf"{INITIATIVE_HEADS})[ \t*]*$",
    re.M | re.I,
)
HEADING_REACH = 1500


def _heading_initiative(text: str, pos: int) -> tuple[str, int] | None:
    """The initiative the nearest heading above POS names, if that heading is close."""
    found = None
    for m in _HEADING.finditer(text, max(0, pos - HEADING_REACH), pos):
        found = m
    if found is None:
        return None
    name = found.group("name").strip()
    if name.isupper():
        # A capitalised heading: the text's own spelling when it writes the name out, else title case.
        written = next(
            (w.group(0) for w in re.finditer(re.escape(name), text, re.I) if not w.group(0).isupper()), None
        )
        name = written or title_case(name)
    return name, found.start("name")


def lead_partners(doc: ExtractionDoc) -> None:
    text = doc.text
    for s_start, s_end in doc_sentences(doc):
        sentence = text[s_start:s_end]
        if "lead " not in sentence:
            continue
        for m in LEAD.finditer(sentence):
            pos = s_start + m.start()
            lead = read_group(doc, {"kind": "body_loose"}, m.group("lead"), pos)
            if m.group("what"):
                what = read_group(doc, {"kind": "initiative"}, m.group("what"), pos)
            else:
                heading = _heading_initiative(text, pos)
                if heading is None:
                    continue
                what = read_group(doc, {"kind": "initiative"}, heading[0], heading[1])
            doc.add(what, "led_by", lead, s_start, s_end, "sections.lead_partner", 0.75)
