"""Relations stated by a lead-in and a list: "The current X priorities are:" and its bullets, "made up of
four elements: A, B, C and D", "X incorporating the areas of A, B and C", "Harm Reduction (including A, B)".

The lead-ins are data (LEAD_INS); each names the relation, which side the owner is on, and what the items
are. Items come either inline after the lead-in or as the lines that follow it (bullets, or "Name: ..."
lines).
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from ..gazetteer import areas
from ..resolve import NAME
from . import ExtractionDoc
from .sentences import is_publication, read_group, refer, split_list

_OWNER = rf"(?P<owner>(?:[Tt]he )?(?:{NAME})|[Tt]he (?:Board|Partnership|Panel|Committee|Group))"


@dataclass(frozen=True)
class LeadIn:
    name: str
    regex: re.Pattern[str]
    relation: str
    owner_kind: str  # how to read the owner group
    item_kind: str
    owner_is_subject: bool  # covers_area: owner -> item; priority_of: item -> owner
    items_must_be_areas: bool = False
    trigger: str = ""  # a word every match contains: lines without it are skipped cheaply


LEAD_INS = (
    LeadIn(
        "priorities.are",
        re.compile(
            rf"{_OWNER}(?:'s|’s|s)? (?:[Cc]urrent |[Kk]ey |[Ss]trategic |[Mm]ain |[Oo]verarching "
            rf"|[Aa]greed )*priorities"
            r"(?: for [^:]{3,60}?)? (?:are|were|is|include|includes|of|which are|that are)\s*:"
        ),
        "priority_of",
        "owner",
        "topic",
        False,
        trigger="priorities",
    ),
    LeadIn(
        "priorities.for_owner",
        re.compile(rf"priorities (?:for|of) {_OWNER} (?:are|were|include|included)\s*:"),
        "priority_of",
        "owner",
        "topic",
        False,
        trigger="priorities",
    ),
    LeadIn(
        "priorities.set_out_in",
        re.compile(rf"(?:set out|identified|contained|agreed) in {_OWNER} and (?:are|were)\s*:"),
        "priority_of",
        "owner",
        "topic",
        False,
        trigger=" in ",
    ),
    LeadIn(
        "priorities.aligned",
        re.compile(
            rf"aligned (?:with|to) (?:the )?(?:current )?(?:overarching )?{_OWNER} priorities(?: which| "
            rf"that)? "
            r"(?:are|were)\s*:"
        ),
        "priority_of",
        "owner",
        "topic",
        False,
        trigger="aligned",
    ),
    LeadIn(
        "members.made_up_of",
        re.compile(
            rf"{_OWNER}(?: \([A-Z]{{2,6}}(?:'s|’s|s)?\))? (?:are|were|is|was) made up of "
            rf"(?:representatives|members|officers) "
            r"(?:from|of)\s"
        ),
        "member_of",
        "owner",
        "body",
        False,
        trigger="made up of",
    ),
    LeadIn(
        "members.represented_on",
        re.compile(
            rf"(?:other )?(?:agencies|organisations|partners|bodies) represented on {_OWNER} "
            rf"(?:include|includes|are)\s*:?"
        ),
        "member_of",
        "owner",
        "body",
        False,
        trigger="represented on",
    ),
    LeadIn(
        "oversees.receives_reports",
        re.compile(
            rf"{_OWNER},?(?: which [^,]{{3,60}},)?[^.]{{0,300}}? (?:and )?receives reports from (?:\w+ "
            rf"){{0,3}}on\s"
        ),
        "oversees",
        "owner",
        "topic",
        True,
        trigger="receives reports",
    ),
    LeadIn(
        "members.partnership_includes",
        re.compile(
            r"(?P<owner>[Tt]he (?:[A-Z][a-z]+ )?(?:partnership|Partnership|group|network)) "
            r"(?:includes|include|"
            r"included|comprises|brings together)\s*:?\s"
        ),
        "member_of",
        "named_before",
        "body",
        False,
        trigger="includ|comprises|brings",
    ),
    LeadIn(
        "members.membership",
        re.compile(
            rf"(?:[Mm]embership of|[Mm]embers of) {_OWNER} (?:include|includes|are|comprise|comprises)\s*:?"
        ),
        "member_of",
        "owner",
        "body",
        False,
        trigger="embers",
    ),
    LeadIn(
        "elements.made_up_of",
        re.compile(
            r"(?P<owner>['‘]?[A-Z][A-Za-z\-]+['’]?(?: [A-Z][A-Za-z\-]+)*)(?: strategy| programme| plan)? "
            r"(?:was|is) made up of "
            r"(?:\w+ )?(?:elements|strands|parts|themes|workstreams|pillars)\s*:?"
        ),
        "part_of",
        "owner",
        "topic",
        False,
        trigger="made up of",
    ),
    LeadIn(
        # "It has a wider remit, covering young people but also older people": what the body answers for
        "responsible.remit_covering",
        re.compile(
            rf"(?P<owner>It|This|(?:[Tt]he )?{NAME}) [^.]{{0,120}}?\b(?:remit|brief) (?:that |which )?(?:is )?"
            r",?(?:not just |not only |also )?(?:covering|covers|including|includes|spanning|spans|across)\s"
        ),
        "responsible_for",
        "owner",
        "topic",
        True,
        trigger="remit|brief",
    ),
    LeadIn(
        "areas.incorporating",
        re.compile(
            rf"{_OWNER} (?:incorporating|covering|covers|which covers|serving|spanning) (?:the )?"
            r"(?:(?:\d+|two|three|four|five|six|seven|eight) )?"
            r"(?:district |borough |local )?(?:authority |council )?(?:areas? )?(?:of )?"
        ),
        "covers_area",
        "owner",
        "area",
        True,
        True,
        trigger="incorporating|covering|covers|serving|spanning",
    ),
)

_ITEM_LINE = re.compile(r"^[ \t]*(?:- |\d+[.)] )?(?P<item>[^\n]*)$", re.M)
_CUT = re.compile(r"\s*(?::|\(|,| – | - | so that | with | which | to ensure )")


def item_name(line: str) -> str | None:
    """The name an item line starts with: "Anti-Social Behaviour: Work to..." -> "Anti-Social Behaviour"."""
    line = line.strip().rstrip(".;")
    line = re.sub(r"^(?:and|or)\s+", "", line)
    line = re.sub(r"\s*\([A-Z]{2,6}\)(?=\s+[A-Z])", "", line)  # "Heart of Worcestershire (HOW) College"
    name = _CUT.split(line, maxsplit=1)[0].strip()
    if not name or len(name.split()) > 7 or not re.match(r"[A-Za-z]", name):
        return None
    if re.search(r"\b(?:was|were|is|are|had|has|will|would)\b", name):
        return None
    return name


def _following_items(text: str, pos: int) -> list[tuple[str, int, int, str]]:
    """Items listed on the lines after POS: (name, start, end, whole line)."""
    items = []
    bulleted = None
    for m in _ITEM_LINE.finditer(text, pos):
        line = m.group(0)
        if not line.strip():
            if items:
                continue
            continue
        is_bullet = bool(re.match(r"^[ \t]*(?:- |\d+[.)] )", line))
        has_colon_name = bool(re.match(r"^[ \t]*(?:- )?[A-Z][^:\n]{2,50}:\s", line))
        if bulleted is None:
            bulleted = is_bullet
        if not (is_bullet or has_colon_name) or (bulleted and not is_bullet and not has_colon_name):
            break
        body = m.group("item")
        if body.strip().isupper() and len(body.split()) > 1:
            break  # a capitalised heading ends the list
        name = item_name(body)
        words = len(body.split())
        if name is None or (words > 14 and not is_bullet and not has_colon_name):
            break
        items.append((name, m.start("item"), m.end(), line))
        if len(items) >= 15:
            break
    return items


def list_relations(doc: ExtractionDoc) -> None:
    text = doc.text
    for lead in LEAD_INS:
        for m in _matches(lead, text):
            owner_text = m.group("owner")
            owner = _owner(doc, lead, owner_text, m.start())
            if owner is None:
                continue
            rest_of_line = text[m.end() : text.find("\n", m.end()) if "\n" in text[m.end() :] else len(text)]
            if rest_of_line.strip(" .:"):
                inline = re.split(r"(?<=[a-z)])\.\s|\.$|, and (?=[A-Z][a-z]+ [A-Z])", rest_of_line)[0]
                names = [(n, m.end(), m.end() + len(inline)) for n in split_list(inline)]
                quote = (_line_start(text, m.start()), m.end() + len(inline))
            else:
                following = _following_items(text, m.end() + len(rest_of_line) + 1)
                names = [(n, s, e) for n, s, e, _ in following]
                quote = None
            for name, start, end in names:
                if (
                    lead.items_must_be_areas
                    and areas().canonical(name) not in areas().names
                    and name not in areas().names
                ):
                    continue
                item = read_group(
                    doc, {"kind": lead.item_kind if lead.item_kind != "body" else "body_loose"}, name, start
                )
                if (
                    item is None
                    and lead.relation == "member_of"
                    and re.fullmatch(r"[a-z][a-z ]{2,40}", name)
                    and not re.match(
                        r"(?:a |an )?(?:number|range|variety|host|mix) of|various|other|several|many", name
                    )
                ):
                    item = doc.resolver.body_any(name)  # "the voluntary sector" in a list of partners
                if item is None:
                    continue
                q_start, q_end = quote if quote else (_line_start(text, m.start()), end)
                subject, obj = (owner, item) if lead.owner_is_subject else (item, owner)
                doc.add(subject, lead.relation, obj, q_start, q_end, f"list.{lead.name}", 0.8)
                if lead.relation == "priority_of":
                    _including(doc, text, start, end, item)


def _matches(lead: LeadIn, text: str):
    """Matches of LEAD's regex, tried only on the lines that contain its trigger word."""
    trigger = re.compile(lead.trigger or ".")
    seen_lines: set[int] = set()
    for t in trigger.finditer(text):
        start = text.rfind("\n", 0, t.start()) + 1
        if start in seen_lines:
            continue
        seen_lines.add(start)
        end = text.find("\n", t.end())
        yield from lead.regex.finditer(text, start, len(text) if end < 0 else end)


_NAMED_AS = re.compile(
    r"(?P<name>[A-Z][A-Za-z]+(?: [A-Z][A-Za-z]+){0,4})\*{0,2},? which is the (?:[A-Z][a-z]+ )?name for"
)


def _named_before(doc: ExtractionDoc, pos: int):
    """ "Get Safe, which is the Worcestershire name for ..." just before "The partnership includes:"."""
    found = None
    for m in _NAMED_AS.finditer(doc.text, max(0, pos - 800), pos):
        found = m
    if found is None:
        return None
    return read_group(doc, {"kind": "body_loose"}, found.group("name"), found.start())


def _owner(doc: ExtractionDoc, lead: LeadIn, text: str, pos: int):
    if lead.owner_kind == "named_before":
        return _named_before(doc, pos)
    text = re.sub(r"^(?:The|the) (?=[A-Z])", "", text.strip("'‘’ "))
    # "... CSPs with North Worcestershire CSP incorporating": the owner is the last name before the verb
    text = re.split(r" with (?:the )?(?=[A-Z])| and the (?=[A-Z])", text)[-1]
    text = re.sub(r"(?: (?:Strategic|Key|Current|Main|Overarching))+$", "", text)
    text = re.sub(r"(Board|Partnership|Panel|Committee|Group)s$", r"\1", text)
    if lead.relation == "part_of":
        return read_group(doc, {"kind": "topic"}, text, pos)
    if re.fullmatch(r"(?:[Tt]he )?(?:Board|Partnership|Panel|Committee|Group)", text):
        return refer(doc, text, pos)
    if is_publication(text):
        return read_group(doc, {"kind": "publication"}, text, pos)
    return read_group(doc, {"kind": "body"}, text, pos)


def _line_start(text: str, pos: int) -> int:
    return text.rfind("\n", 0, pos) + 1


_INCLUDING = re.compile(r"\((?:including|incl\.|covering) (?P<items>[^)]{3,200})\)")


def _including(doc: ExtractionDoc, text: str, start: int, end: int, whole) -> None:
    line_end = text.find("\n", start)
    line_end = len(text) if line_end < 0 else line_end
    m = _INCLUDING.search(text, start, line_end)
    if not m:
        return
    for name in split_list(m.group("items")):
        part = read_group(doc, {"kind": "topic"}, name, m.start())
        if part is not None:
            doc.add(part, "part_of", whole, start, line_end, "list.including", 0.8)
