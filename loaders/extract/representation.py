"""Who represents a body on another ("the Council is represented on the Board by Jane Smith", "Local
representation on the CSP is fulfilled through myself as Portfolio Holder"), the author's own posts, and
appointments announced with "respectively"."""

from __future__ import annotations

import re

from ...graph.model import Entity
from ..metadata import title_case
from ..resolve import NAME
from . import ExtractionDoc
from .attendance import describe, find_people
from .sentences import REF, doc_sentences, read_group, refer

_ON = rf"(?P<on>{REF}|{NAME}|[Tt]he (?:panel|board|partnership|group|committee))"
REPRESENTATION = (
    # "Anytown Council, which is represented by the Leader and A Jones, Chief Executive; the other
    #  partners on the Board include ..." -> the council is a member of the Board, represented by each
    (
        "via_list",
        re.compile(
            rf"(?P<council>{NAME}), which is represented (?:via|by|through) (?P<reps>[^.]+?), (?:other "
            rf"|the )?"
            rf"(?:agencies|organisations|partners|bodies) represented on (?:the )?{_ON}"
        ),
        True,
    ),
    (
        "fulfilled_through",
        re.compile(
            rf"(?:[Ll]ocal |[Oo]ur |[Tt]he Council(?:'s|’s) )?representation on (?:the )?{_ON} is "
            rf"(?:fulfilled|provided|"
            r"made|undertaken) (?:through|by|via) (?P<reps>[^.]+)"
        ),
        False,
    ),
    (
        "i_am_representative",
        re.compile(
            rf"I am (?:the )?(?P<council>{NAME})(?:'s|’s) representative on (?:the )?{_ON}(?: as "
            rf"(?P<posts>[^.]+))?"
        ),
        False,
    ),
    (
        "represented_on_by",
        re.compile(
            rf"(?P<council>[Tt]he Council|{NAME}) is represented on (?:the )?{_ON} by (?P<reps>[^.,;]+)"
        ),
        False,
    ),
)
_MYSELF = re.compile(r"^(?:myself|me|I)\b(?: as (?P<post>.+))?$")


def representation(doc: ExtractionDoc) -> None:
    text = doc.text
    for s_start, s_end in doc_sentences(doc):
        sentence = text[s_start:s_end]
        if "represent" not in sentence:
            continue
        for name, pattern, council_is_member in REPRESENTATION:
            for m in pattern.finditer(sentence):
                _emit(doc, name, m, s_start, s_end, council_is_member)
    _author_post(doc)
    _respectively(doc)
    _representative_mentions(doc)


def _council(doc: ExtractionDoc, text: str | None, pos: int) -> Entity | None:
    if not text or re.fullmatch(r"(?:[Tt]he )?(?:Council|council)", text):
        return doc.council
    return read_group(doc, {"kind": "body"}, text, pos)


def _emit(
    doc: ExtractionDoc, rule: str, m: re.Match[str], s_start: int, s_end: int, council_is_member: bool
) -> None:
    pos = s_start + m.start()
    groups = m.groupdict()
    council = _council(doc, groups.get("council"), pos)
    on_text = groups["on"]
    on = (
        refer(doc, on_text, pos)
        if re.fullmatch(rf"{REF}|[Tt]he [a-z]+", on_text)
        else read_group(doc, {"kind": "body"}, on_text, pos)
    )
    if council is None or on is None:
        return
    reps: list[tuple[Entity, str | None]] = []
    if groups.get("reps"):
        for part in re.split(r"\s+and\s+(?=myself|[A-Z])", groups["reps"]):
            part = part.strip(" ,")
            me = _MYSELF.match(part)
            if me and doc.author is not None:
                reps.append((doc.author, me.group("post")))
                continue
            people = find_people(part)
            if people and people[0].start() == 0:
                person = doc.resolver.person(people[0].group(0))
                rest = part[people[0].end() :].strip(" ,")
                reps.append((person, rest or None))
    elif doc.author is not None and rule == "i_am_representative":
        reps.append((doc.author, None))
        for post in re.split(r"\s+and\s+", groups.get("posts") or ""):
            if post.strip():
                doc.add(
                    doc.author,
                    "holds_post",
                    doc.resolver.post(post.strip(" ,")),
                    s_start,
                    s_end,
                    f"representation.{rule}.post",
                    0.85,
                )
    if council_is_member:
        doc.add(council, "member_of", on, s_start, s_end, f"representation.{rule}.member", 0.8)
    for person, post in reps:
        doc.add(council, "represented_by", person, s_start, s_end, f"representation.{rule}", 0.85, on_body=on)
        if not council_is_member:
            doc.add(person, "member_of", on, s_start, s_end, f"representation.{rule}.member", 0.8)
        if post:
            post = re.sub(r"^(?:as )?(?:the )?", "", post.strip(" ,"))
            if post:
                doc.add(
                    person,
                    "holds_post",
                    doc.resolver.post(post),
                    s_start,
                    s_end,
                    f"representation.{rule}.post",
                    0.85,
                )


_AUTHOR_PORTFOLIO = re.compile(r"^[ \t]*RESPONSIBLE FOR:?\s*(?P<portfolio>[^\n]{3,120})$", re.M)


def _author_post(doc: ExtractionDoc) -> None:
    """A portfolio holder's report: "RESPONSIBLE FOR: HEALTH & WELLBEING, COMMUNITY SAFETY" under the
    title."""
    if doc.author is None:
        return
    m = _AUTHOR_PORTFOLIO.search(doc.text, 0, 1500)
    if m:
        portfolio = m.group("portfolio").strip()
        if portfolio.isupper():
            portfolio = title_case(portfolio)
        doc.add(
            doc.author,
            "holds_post",
            doc.resolver.post(f"Portfolio Holder for {portfolio}"),
            m.start(),
            m.end(),
            "author.portfolio",
            0.8,
        )


_RESPECTIVELY = re.compile(
    rf"Chair and Vice[- ]Chair(?:man)? of (?:the )?(?P<body>{REF}|{NAME}) (?:have|has) (?:recently |now "
    rf"|just )?"
    r"been (?:appointed|elected)\s*[-–:]\s*(?P<first>[^,]+),(?P<d1>[^,]+), and "
    r"(?P<second>[^,]+),(?P<d2>[^,]+), "
    r"respectively"
)


def _respectively(doc: ExtractionDoc) -> None:
    if "respectively" not in doc.text:
        return
    for m in _RESPECTIVELY.finditer(doc.text):
        body_text = m.group("body")
        body = (
            refer(doc, body_text, m.start())
            if re.fullmatch(REF, body_text)
            else read_group(doc, {"kind": "body"}, body_text, m.start())
        )
        if body is None:
            continue
        start, end = m.start(), m.end()
        for group, desc, relation in (("first", "d1", "chairs"), ("second", "d2", "vice_chair")):
            people = find_people(m.group(group).strip())
            if not people:
                continue
            person = doc.resolver.person(people[0].group(0))
            doc.add(person, relation, body, start, end, f"appointment.{relation}", 0.85)
            describe(
                doc, person, people[0].group(0), m.group(desc), start, end, None, rule="appointment.role"
            )


_THE_REPRESENTATIVE = re.compile(rf"[Tt]he (?P<council>{NAME}) representative on (?:the )?{_ON}")


def _representative_mentions(doc: ExtractionDoc) -> None:
    """ "The WCC representative on the Panel said..." names the person listed as that body's
    representative there."""
    for hit in re.finditer(r"representative on", doc.text):
        line_start = doc.text.rfind("\n", 0, hit.start()) + 1
        m = _THE_REPRESENTATIVE.search(doc.text, line_start, min(len(doc.text), hit.end() + 120))
        if m is None:
            continue
        council = _council(doc, m.group("council"), m.start())
        on = read_group(doc, {"kind": "body"}, m.group("on"), m.start())
        if council is None or on is None:
            continue
        holders = {
            f.subject.iri: f.subject
            for f in doc.facts
            if f.relation == "member_of"
            and f.object is not None
            and f.object.iri == on.iri
            and any(
                h.relation == "holds_post"
                and h.subject.iri == f.subject.iri
                and h.object is not None
                and "representative on" in h.object.name.lower()
                for h in doc.facts
            )
        }
        if len(holders) == 1:
            (person,) = holders.values()
            end = doc.text.find(".", m.end())
            doc.add(
                council,
                "represented_by",
                person,
                m.start(),
                end + 1 if end > 0 else m.end(),
                "representation.the_representative",
                0.75,
                on_body=on,
            )
