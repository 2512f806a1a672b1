"""Decision notices and cover sheets: the paper a commissioner, mayor or cabinet member signs, or a committee
report's head, and who makes, writes or owns it.

A decision notice (or record) opens with its kind as a heading ("DECISION NOTICE", "MAYORAL DECISION NOTICE",
"DECISION MAKING RECORD") and a block of fields: the decision's number, its title, the decision maker and the
report's author. The notice is a paper of its own: the decision maker and the author produce it. It is named by
its kind and number ("Decision Notice OPCC 2024/031"), and known by its number and title too, as papers cite it.
A notice with no number is left: nothing tells it from the next one.

A committee report or a board paper opens with a frame of its own ("Title: ...", "Report author: ...", "Report
of: ...", "Owner: ..."): whoever the frame says wrote or owns the paper produces it, and the paper is named by its
title.
"""

from __future__ import annotations

import re

from ...graph.model import Entity
from ..lexicon import layout
from ..mentions import Mention
from . import ExtractionDoc, reads
from .appositions import council_officer_post

# "Decision number:", "Ref:", "No." before a notice's number on its heading line
_NUMBER_LABEL = r"(?i:(?:decision\s+)?(?:number|no\.?|ref(?:erence)?\.?)\s*[:.]?\s*)"
# the heading that says what kind of paper this is, with its number after a colon when it gives one there
_KIND = re.compile(r"(?i)^\W*(?:(?:mayoral|executive|officer|key|individual|delegated|cabinet member)\s+)?"
                   r"(?P<kind>decision\s+(?:notice|record|making\s+record|sheet)|record\s+of\s+decision)\b"
                   r"(?:\s*\([^()]*\))?"
                   r"(?:\s*[:\-–]\s*(?:" + _NUMBER_LABEL + r")?(?P<number>\S.{0,30}?)"
                   # "DECISION NOTICE   DN 2024/017", "RECORD OF DECISION  |  Decision number: 2024/031": the
                   # number set beside the heading, with or without a label of its own
                   r"|(?:\s*\|)?\s+(?:" + _NUMBER_LABEL + r")?"
                   r"(?P<beside>[A-Z]{0,8}[-\s/]?[A-Z]{0,4}\s?\d[\w/.-]*))?\s*$")
_NUMBER_LABELS = frozenset({"decision number", "decision no", "decision no.", "decision reference", "decision ref",
                            "reference", "reference number", "ref", "decision record number", "notice number"})
_NUMBER = re.compile(r"[A-Z]{0,8}[-\s/]?[A-Z]{0,4}\s?\d[\w/.-]*\d|\d+")  # "DR/2024/017" too
_HEAD_LINES = 14  # the notice's fields stand at its top
_FOOT_LINES = 12  # a report's sign-off stands in its last lines


@reads("decision")
def decision_notices(doc: ExtractionDoc) -> None:
    lines = [ln for ln in doc.layout.lines if ln.kind != "blank"][:_HEAD_LINES]
    papers = layout().papers
    kind, number, title = None, None, None
    above: tuple[int, int] | None = None  # the line over the kind's heading: "Northdale Police and Crime Commissioner"
    fields: list[tuple[str, int, int]] = []
    for k, ln in enumerate(lines):
        said = _KIND.match(ln.text)
        if said is not None and kind is None:
            kind = " ".join(w if w == "of" else w.capitalize() for w in said.group("kind").casefold().split())
            above = (lines[k - 1].start, lines[k - 1].end) if k and lines[k - 1].kind == "heading" else None
            number = number or (said.group("number") or said.group("beside") or "").strip() or None
            continue
        if ln.kind in ("field", "row") and ln.label and ln.value_start is not None and ln.value:
            label = ln.label.strip().casefold()
            value = " ".join(doc.text[ln.value_start : ln.end].split())
            if label in _NUMBER_LABELS and number is None:
                number = value
            elif papers.get(label) == "title" and title is None:
                title = value
            else:
                fields.append((label, ln.value_start, ln.end))
    if kind is None or number is None or not _NUMBER.fullmatch(number):
        return
    paper = _paper(doc, kind, number, title)
    kinds = layout().fields
    maker = None
    for label, start, end in fields:
        if kinds.get(label) == "decision_maker" and label not in ("approved by", "signed by"):
            maker = _first(doc, start, end, ("post", "body"))
            if maker is not None:
                doc.add(maker, "produces", paper, start, end, "decision:maker", 0.85)
        elif papers.get(label) == "writer":
            # who wrote the report the decision rests on (a contact officer only answers questions about it)
            author = _writer(doc, start, end)
            if author is not None:
                doc.add(author, "produces", paper, start, end, "decision:author", 0.85)


    if maker is None and above is not None:
        # "Northdale Police and Crime Commissioner" / "RECORD OF DECISION": the office the record is headed with
        maker = _heading_post(doc, *above)
        if maker is not None:
            doc.add(maker, "produces", paper, *above, "decision:maker", 0.85)
    if maker is not None:
        _decision_reported(doc, maker)


@reads("title", "subject")
def cover_sheets(doc: ExtractionDoc) -> None:
    """ "Title: Annual review of the Safer Hillford Partnership" over "Report author: Jo Lee, ...": the paper's own
    frame says who wrote or owns it, and they produce the paper, named by its title, whoever the report goes to (a
    report to a council's cabinet is its writer's as much as one to a partnership: CONVENTIONS.md K). One title
    only: a frame with two is a register's or an agenda's, each title some other paper's. A contact officer only
    answers questions about the paper: no writer."""
    if any(f.rule.startswith("decision:") for f in doc.facts):
        return  # a decision notice's frame, read with its number above
    papers, fields = layout().papers, layout().fields
    frame = _frame(doc)
    if any(fields.get(label) == "decision_maker" for label, _, _ in frame):
        return  # a decision's record: its title names the decision, and its author wrote the report it rests on
    titles = [(start, end) for label, start, end in frame if papers.get(label) == "title"]
    writers = [(start, end) for label, start, end in frame if papers.get(label) == "writer"]
    if len(titles) != 1 or not writers:
        return
    title = " ".join(doc.text[slice(*titles[0])].split()).rstrip(" .")
    if len(title.split()) < 2:
        return  # "Title: Report": no name a reader could cite the paper by
    if _NAMED_AS_ITS_SUBJECT.search(title):
        # "Title: Safer Hillford Community Safety Plan 2025-2028": a cover report titled by the plan it puts to the
        # meeting; its writer did not write the plan, and the report has no name of its own: not said
        return
    paper = doc.resolver.remember(Entity("publication", title), title)
    for start, end in writers:
        writer = _writer(doc, start, end)
        if writer is not None:
            doc.add(writer, "produces", paper, start, end, "cover:writer", 0.8)


# a title that ends in a standing paper's kind (and its years): the name of the plan or strategy a report is about
# (a proper name's capital: "an annual update and grant plan" is a report's own title)
_NAMED_AS_ITS_SUBJECT = re.compile(r"\b(?:Plan|Strategy|Agreement|Framework|Protocol|Charter|PLAN|STRATEGY|AGREEMENT|"
                                   r"FRAMEWORK|PROTOCOL|CHARTER)(?:\s+[\d/–-]+)?$")


def _frame(doc: ExtractionDoc) -> list[tuple[str, int, int]]:
    """(label, value start, value end) of the fields at the paper's head, a colon's ("Title: ...") or a two-cell
    row's ("Report of<tab>Director of Housing"); a bilingual label by the side the lexicon knows."""
    papers = layout().papers
    out = []
    lines = [ln for ln in doc.layout.lines if ln.kind != "blank"]
    head = lines[:_HEAD_LINES + 4]
    # a report signs off at its foot as well ("Author: Jo Lee, Community Safety Manager. Tel: ..."): its writer
    # there, never its title (a foot's "Subject:" is a background paper's)
    foot = [ln for ln in lines[len(head):][-_FOOT_LINES:] if ln.label and papers.get(ln.label.casefold()) == "writer"]
    for ln in head + foot:
        if ln.kind == "field" and ln.label and ln.value_start is not None and ln.value:
            label, start, end = ln.label, ln.value_start, ln.end
        elif ln.kind == "row" and len(ln.cells) == 2:
            (a, b), (start, end) = ln.cells
            label = doc.text[a:b].rstrip(" :")
        else:
            continue
        label = " ".join(label.split()).casefold()
        if label not in papers and " / " in label:
            label = next((side.strip() for side in label.split(" / ") if side.strip() in papers), label)
        out.append((label, start, end))
    return out


def _writer(doc: ExtractionDoc, start: int, end: int) -> Entity | None:
    """Who a writer's field names: the person wherever in the value ("Director of Place, Jo Lee"), else the post
    it opens with ("Head of Public Protection, Hillford Council")."""
    for m in doc.mentions(start, end, expect_person=True):
        if m.kind == "person":
            person = doc.resolver.entity(m) or doc.resolver.person(m)
            if person is not None and person.kind == "person":
                return person
    post = _first(doc, start, end, ("post",))
    return post if post is None else council_officer_post(doc, post) or post


# "This decision will be published on the Commissioner's website and reported to the Police and Crime Panel": the
# maker answers to the body the decision goes to
_REPORTED = re.compile(r"\b(?:This|The)\s+decision\s+(?:will|shall|is\s+to|must)\s+be\s+(?:[\w'’]+\s+){0,8}?"
                       r"(?:and\s+)?reported\s+to\s+(?:the\s+)?")


def _decision_reported(doc: ExtractionDoc, maker: Entity) -> None:
    for _, (start, end) in doc.prose(frozenset({"reported to"})):
        m = _REPORTED.search(doc.text, start, end)
        if m is None:
            continue
        to = next((x for x in doc.mentions(m.end(), end) if x.start == m.end()), None)
        body = doc.resolver.entity(to) if to is not None and to.kind == "body" else None
        if body is not None and body.kind == "body" and body.iri != maker.iri:
            doc.add(maker, "reports_to", body, m.start(), to.end, "decision:reported", 0.8)


def _heading_post(doc: ExtractionDoc, start: int, end: int) -> Entity | None:
    """The post a heading line names whole ("Northdale Police and Crime Commissioner"), cut at the line's end when
    the name read ran on into the kind's heading below it."""
    found = doc.mentions(start, end)
    if not found or found[0].kind != "post" or found[0].start - start > 4:
        return None
    if found[0].end <= end:
        e = doc.resolver.entity(found[0])
    else:
        e = doc.resolver.post_named(doc.text[found[0].start : end].strip())
    return e if e is not None and e.kind == "post" else None


def _paper(doc: ExtractionDoc, kind: str, number: str, title: str | None) -> Entity:
    """The notice, named by its kind and number, and known by its number alone and with its title."""
    name = f"{kind} {number}"
    written = [number, f"Decision {number}", f"{kind}: {number}"]
    if title:
        written += [title, f"Decision {number} {title}", f"{name} {title}"]
        short = re.split(r"\s[-–—:]\s", title, maxsplit=1)[0]
        if short != title:
            # "Community Safety Grant 2024/25 - allocations to ...": papers cite a title by its part before the dash
            written += [short, f"Decision {number} {short}", f"{name} {short}"]
    return doc.resolver.remember(Entity("publication", name), name, *written)


def _first(doc: ExtractionDoc, start: int, end: int, kinds: tuple[str, ...]) -> Entity | None:
    """The first name of a field's value, when it is of one of KINDS ("Report author: Jo Lee, Head of ...")."""
    found: list[Mention] = doc.mentions(start, end, expect_person="person" in kinds)
    if not found or found[0].start - start > 4:
        return None
    e = doc.resolver.entity(found[0])
    if e is None and "person" in kinds and found[0].kind == "person":
        e = doc.resolver.person(found[0])
    return e if e is not None and e.kind in kinds else None
