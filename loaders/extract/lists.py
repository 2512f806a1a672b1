"""Headed lists: bullets and table rows under a heading or an opening clause that names the relation.

"Membership:" / "The Board's members are:" followed by organisations gives `member_of`; "Priorities" gives
`priority_of`; "Sub-groups" gives `subgroup_of`; "Responsibilities" / "The Board will:" gives
`responsible_for`; "Areas covered" gives `covers_area`. The owner is the body the opening names, else the
paper's own body. Each item contributes the first name of the right kind it starts with, or, for
priorities and remits, its short leading phrase.
"""

from __future__ import annotations

import re
from bisect import bisect_right

from ...graph.model import Entity
from ...ontology.body_types import classify
from .. import placenames
from ..layout import Line
from ..lexicon import NOW_HOLDER, chair_role, commissioned_work_heads, heads, layout, names
from ..mentions import Mention, department_words, looks_like_person, names_a_person
from ..wordstart import word_start
from . import ExtractionDoc, reads, section_qualifier
from .attendance import (
    Entry,
    describe_cells,
    describe_entry,
    list_entries,
    meets_as_body,
    not_a_member,
    organisation_columns,
)
from .group_refs import group_ties
from .priority_owner import HIS_PRIORITIES, NOT_OWNER, priorities_owner

_ITEM_KINDS = {
    "part_of": ("topic", "initiative", "publication"),
    "member_of": ("body", "person", "name"),
    "member_in": ("body", "name"),
    "subgroup_of": ("body", "name"),
    "priority_of": ("topic",),
    "responsible_for": ("topic", "initiative", "publication"),
    "covers_area": ("place",),
    "reports_to": ("body", "name"),
    "statutory_duty": ("legislation",),
}
# a small count of the partners the law names ("the three statutory partners")
_FEW = r"(?:two|three|four|five)"
# the agencies a safeguarding partnership's arrangements name and bind (Children Act 2004 s16E), listed as its members
_RELEVANT_AGENCIES = r"(?:the following |these )?relevant agencies"
# the kinds of group a list of a body's sub-groups opens with, in a block or inline ("The Partnership has four
# thematic groups, each reporting to the Board:")
_GROUP_KINDS = (r"sub-?groups?|sub-?committees?|theme groups?|delivery groups?|themat(?:ic|ically-based) "
                r"(?:groups?|boards?)|task(?: and finish)? groups?|working groups?")
_OPENER = {
    # "We are also members of the following partnerships:", "We sit on these boards:": the paper's own body is in each
    "member_in": re.compile(r"^\W*(?:\d+(?:\.\d+)*\.?\s+)?we\s+(?:are\s+(?:also\s+)?(?:an?\s+)?(?:members?|part)\s+of|"
                            r"(?:also\s+)?(?:belong\s+to|sit\s+on))\s+(?:the\s+following|these)\b[^:;.]{0,40}:\s*$",
                            re.I),
    "member_of": re.compile(
        # "3.1 Statutory (responsible authority) members of the Board:", a label with no verb, alone on its line
        r"^(?:\d+(?:\.\d+)*\.?\s+)?(?:(?:the|statutory|core|full|voting|co-opted|current|other|associate|"
        r"non-statutory|independent|lay|\([^)]{1,40}\))\s+){0,4}members (?:of|on) (?:the|its)\s+[^:]{0,60}|"
        r"\b(?:membership(?: of [^:]{0,60})?(?: is| are| will be| includes?| comprises?| consists? of)?|"
        r"members(?: (?:of|on) [^:]{0,60}?)? (?:are|include|will be|comprise)|partners(?: (?:of|on) [^:]{0,60}?)? "
        r"(?:are|include)|"
        r"(?:representatives|representation) (?:from|of)|represented(?: on [^:]{0,60})? (?:are|include|by)|"
        r"(?:are|is) represented on [^:]{0,60}(?:as follows|by)|(?:are|is) represented as follows|"
        # "The lead representatives in 2022-23 were:": one seat per organisation, its holder named
        r"\b(?:lead |named |nominated )?representatives\b[^:;]{0,40}\b(?:are|were|will be)|"
        # "These are invited members (they may attend, but have no vote):"
        r"\b(?:the following|these) (?:are|will be) (?:\w+ )?members\b[^:;]{0,80}|"
        # "Board membership is as follows:", "Membership will be drawn from:", "The following agencies are
        # represented:", "Representatives from the following organisations attend:"
        r"\bmembership\s+(?:is|will be)\s+(?:as follows|as below|drawn from)|\b(?:is|are|will be) drawn from|"
        r"\b(?:the following|these) (?:organisations|agencies|bodies|partners|services) (?:are|will be) represented|"
        r"\brepresentatives (?:from|of) (?:the following|these) (?:organisations|agencies|bodies|partners)\b"
        r"[^:;]{0,40}|"
        # "The following organisations are members:", "These agencies will be statutory members of the Board:"
        r"\b(?:the following|these) (?:organisations|agencies|bodies|partners|services) (?:are|will be|sit as) "
        r"(?:\w+ )?members\b[^:;]{0,80}|"
        r"comprises?|consists? of|(?:is|are) made up of|brings? together|statutory partners|responsible "
        r"authorities|(?:agencies|organisations|partners) represented[^:]{0,40}|"
        # "The three statutory safeguarding partners for the borough are:": the partners the law names for an area
        r"(?:statutory|responsible|core|co-operating|cooperating|partner) (?:safeguarding )?(?:agencies|authorities|"
        r"partners|bodies|organisations|members)(?: (?:of|on|for|in) [^:]{0,60}?)? (?:are|include|comprise)|"
        r"(?:is|are) drawn from[^:;]{0,80}|"
        # "The responsible authorities that make up the Partnership are:", "The statutory partners that form the
        # Board are:": the partners named by what they make up
        r"(?:statutory|responsible|core|partner) (?:agencies|authorities|partners|bodies|organisations|members) "
        r"(?:that|which|who) (?:make up|form|sit on|serve on)\b[^:;.]{0,60}? (?:are|include|comprise)|"
        # "Membership of the group is by organisation:": the organisations that hold its seats follow
        r"\bmembership(?: of [^:;.]{0,60}?)? is by (?:organisation|agency|partner|post|role|nomination)s?|"
        # "The partners have named the following relevant agencies, which must co-operate with the arrangements:":
        # the agencies safeguarding arrangements bind, members of the partnership the arrangements set up
        r"\b" + _RELEVANT_AGENCIES + r"\b[^:;]{0,100}|"
        # "The Board is made up of senior representatives of these and other agencies, including:"
        r"(?:made up of|comprises?|consists? of|members|membership|representatives?)\b[^:;]{0,140}\b"
        r"(?:including|includes?|such as|namely)|"
        # "The Board is made up of the following members:"
        r"(?:made up of|comprises?|consists? of|includes?|has) (?:the following|these) (?:\w+ )?"
        r"(?:members|organisations|partners|agencies|representatives|bodies)|"
        # "The partnership is made up of senior representatives from these organisations:"
        # "Board members at June 2024:", "Partnership membership (2024/25):": the members of the body the word names
        r"\b(?:board|partnership|panel|group|committee|forum)\s+members(?:hip)?(?:\s+(?:at|as at|in|from|for)\s+"
        r"[^:;]{1,30})?|"
        r"(?:made up of|comprises?|consists? of|brings? together|draws? its members from)\b[^:;]{0,80}\b"
        r"(?:these|the following) (?:\w+ )?(?:organisations|agencies|bodies|partners|services)|"
        # "The Board consists of the statutory partners and others:" (not "... of three delivery groups:")
        r"(?:(?:is|are) made up of|comprises?|consists? of)\s+(?![^:;]*\b(?:groups?|sub-?groups?|themes?|priorities|"
        r"strands?|areas?|elements?|parts?|pillars?|workstreams?|sections?|stages?|phases?)\b)[^:;]{1,60})\s*[:;]\s*$",
        re.I,
    ),
    "subgroup_of": re.compile(rf"\b(?:{_GROUP_KINDS})\b[^:]{{0,80}}:\s*$|"
                              # "Three county-wide groups sit under the Board:": groups said to sit below it
                              r"\b(?:groups|boards|panels|forums|partnerships)\b[^:.;]{0,40}\bsit\s+(?:under|below|"
                              r"beneath)\b[^:.;]{0,40}:\s*$", re.I),
    # "Each priority has a lead:" introduces who leads them, not the priorities
    # (the word in the opener's own sentence: "... for the SKP's priorities. This pays for:" opens what the money
    # pays for, not priorities)
    "priority_of": re.compile(r"(?<!each )(?<!every )\bpriorit(?:y|ies)\b(?! (?:has|have) (?:a |an )?leads?\b)"
                              r"(?:[^:.]|\.(?!\s+[A-Z])){0,120}:\s*$|"
                              # "..., aiming at:", "to achieve these aims:": what a plan or partnership aims at
                              r"\b(?:aiming at|aims? (?:to|are|is|at)|(?:these|its|their|the following) aims)\s*:\s*$",
                              re.I),
    "responsible_for": re.compile(r"\b(?:responsib(?:le(?! authorit)|ilities)|remit|functions|role|duties|"
                                  r"obligations|purpose)\b"
                                  r"(?:[^:.]|\.(?!\s+[A-Z])){0,80}:"
                                  r"\s*$|"
                                  # "... have a legal duty to work together so as to:", "the Act obliges the
                                  # councils, ... (the responsible authorities) to act jointly to:"
                                  r"\b(?:(?:(?:statutory|legal) duty|obligation) to\b|oblige[sd]\b)"
                                  r"[^:]{0,200}\bto:\s*$|"
                                  r"\b(?:will|shall)(?: also)?:\s*$|"
                                  # "The Partnership will pursue its aims by:", "The Board will do this by:"
                                  r"\b(?:will|shall)\b[^:.;]{0,60}\bby:\s*$", re.I),
    # "The following groups report to the Board:", "Reporting to the Partnership are:"
    "reports_to": re.compile(r"\b(?:groups?|sub-?groups?|boards?|panels?|bodies|forums?|partnerships?)\b[^:]{0,40}?"
                             r"\breports? (?:in)?to\b[^:]{0,60}:\s*$|^\s*reporting (?:in)?to\b[^:]{0,60}:\s*$",
                             re.I),
    "covers_area": re.compile(r"\b(?:covers|covering|areas? (?:covered|of)|districts|boroughs)\b[^:]{0,60}:\s*$", re.I),
}
_LEAD_PHRASE = re.compile(r"^((?:[^:–—(.;\s-]|-(?=\w)|\s(?![–—-]\s))+?)\s*(?::|\s[–—-]\s|\(|\.|;|,|$)")


# a member's item that opens on the seat it fills: "Chair – ...", "Vice Chair: ..."
_SEAT_LABEL = re.compile(r"\W*(?:(?:vice|deputy|co|joint)[- ]?)?chair(?:man|woman|person)?\s*[–—:-]\s", re.I)


def _opens_plain(lines: list[Line], i: int) -> bool:
    """The line above line I, or above the one blank line before it, may open a list of plain lines: it ends in a
    colon or heads a list of members (converters often set a blank line under "Members of the Board include:")."""
    gap = i >= 2 and lines[i - 1].kind == "blank"
    k = i - 2 if gap else i - 1
    if lines[k].kind != "blank" and _self_numbered(lines, i):
        # "Our Priorities" over "Priority 1: ..." / "Priority 2: ...": items that number themselves by the list's
        # own word are a list under any heading, the colon after each number no card's field
        return True
    if gap and (lines[i].kind == "field" or i + 1 < len(lines) and lines[i + 1].kind == "field"):
        return False  # "Supply Group" / "Lead: ..." / "Covers: ...": a card with its fields, no list of items
    return lines[k].kind != "blank" and (lines[k].text.rstrip().endswith(":") or _membership_heading(lines[k]) or
                                         _numbered_under_label(lines, k))


def _numbered_under_label(lines: list[Line], k: int) -> bool:
    """ "Membership" / "1. Head of Housing, Northdale Council" / "2. ...": a list's label as a heading over lines
    numbered in turn, which the layout took for headings of their own (short, with no stop)."""
    label = (lines[k].label or lines[k].text).strip().rstrip(":").casefold()
    numbers = [ln.number for ln in lines[k + 1 : k + 3]]
    return lines[k].kind == "heading" and not lines[k].number and label in layout().lists and \
        numbers == ["1", "2"] and all(ln.kind == "heading" for ln in lines[k + 1 : k + 3])


def _self_numbered(lines: list[Line], i: int) -> bool:
    """Lines I and I + 1 each open with an item's number word ("Priority 1:", "Theme B -")."""
    return i + 1 < len(lines) and all(_NUMBERED_ITEM.match(ln.text) for ln in lines[i : i + 2])


def _plain_items(doc: ExtractionDoc, i: int) -> int:
    """How many short plain lines after an opener at line I - 1 ("Members of the Board include:") read as items."""
    lines = doc.layout.lines
    j = i
    while j < len(lines) and lines[j].kind in ("text", "heading", "field") and len(lines[j].text.split()) <= 14:
        j += 1
    return j - i if j - i >= 2 else 0


@reads()
def headed_lists(doc: ExtractionDoc) -> None:
    lines = doc.layout.lines
    i = 0
    while i < len(lines):
        if lines[i].kind not in ("bullet", "row", "blank") and i > 0 and _opens_plain(lines, i):
            count = _plain_items(doc, i)
            run = _run_in_list(doc, i)
            if run:
                i += run
                continue
            opener = _opener(doc, i) if count else None
            if opener is not None:
                relation, owner, opener_line = opener
                plain = lines[i : i + count]
                if relation == "member_in" and _lists_itself(doc, owner, plain):
                    plain = []
                if relation == "member_of" and plain and _person_item(doc, plain[0]):
                    # a list of people whose long entries wrapped: a line that names no one first runs on
                    plain = [ln for ln in plain if _person_item(doc, ln)]
                for item in plain:
                    _item(doc, relation, owner, item, opener_line)
                i += count
                continue
        if lines[i].kind != "bullet" and not (lines[i].kind == "row" and lines[i].cells):
            i += 1
            continue
        j = i
        kind = lines[i].kind
        last = lines[i]
        wrapped: list[Line] = []
        while j < len(lines):
            if not (_same_list(lines[i], lines[j]) or (
                    lines[j].kind == "blank" and j + 1 < len(lines) and _same_list(lines[i], lines[j + 1]) and
                    not _new_depth(lines[i], lines[j + 1])) or
                    wrapped_item_line(lines, j, lines[i]) or _wrapped_cell(lines, j, lines[i])):
                row = _wrapped_row(doc, lines, j) if kind == "row" else None
                if row is None:
                    break
                wrapped.append(row)  # "Designated Nurse, NHS Dorset ICB" / "Jo Lee": a row whose cell wrapped
                j += 2
                continue
            if lines[j].kind != "blank":
                if j > i and last.text.rstrip().endswith(":") and last.number and \
                        last.number[0].isdigit() != bool(lines[j].number and lines[j].number[0].isdigit()):
                    break  # "3.1 The Board is responsible for:" opens a lettered list of its own
                last = lines[j]
            j += 1
        items = sorted([ln for ln in lines[i:j] if (ln.kind == kind or kind == "bullet" and _marked_row(ln)) and
                        not _carried_on(ln, lines[i])] + wrapped,
                       key=lambda ln: ln.start)
        lost = _unmarked_items(lines, j, items) if kind == "bullet" else 0
        items += lines[j : j + lost]
        j += lost
        opener = _opener(doc, i) or (_counted_opener(doc, i, len(items)) if kind == "bullet" else None)
        if opener is not None and kind == "bullet":
            opener, items = _first_item_opens(doc, opener, items)
        title = _numbered_title(doc, lines[i]) if opener is None and kind == "row" else None
        if title is not None:
            # "4.3<tab>Board membership (as at June 2024)" and the table under it: the title opens the table
            opener = _opener_of(doc, title)
            items = items[1:]
        if opener is not None and _section_paragraphs(opener[2], items):
            opener = None  # "6. Aims for the year" / "6.1 Members noted ...": a section's paragraphs
        if opener is not None:
            relation, owner, opener_line = opener
            if relation == "member_of":
                _as_well_as(doc, owner, opener_line)
            if relation == "member_in" and _lists_itself(doc, owner, items):
                items = []
            if relation == "member_of" and kind == "row" and _organisations_seats(doc, items):
                items = []  # "Northshire Police .... Supt Jo Lee (Commander)": rosters reads each organisation's seats
            _items_with_sublists(doc, relation, owner, items, opener_line)
        elif kind == "bullet":
            _nested_lists(doc, items)
        i = j


def _first_item_opens(doc: ExtractionDoc, opener: tuple[str, Entity, Line],
                      items: list[Line]) -> tuple[tuple[str, Entity, Line], list[Line]]:
    """ "Priorities" / "2.5 The Partnership's priorities for 2023-2026 are:" / "1. ...": a list's first item that
    opens the list itself, naming whose it is, speaks for the items under it, not the heading above (which gives
    only the paper's own body)."""
    if len(items) < 2 or not items[0].text.rstrip().endswith(":"):
        return opener, items
    inner = _opener_of(doc, items[0])
    if inner is None or inner[0] != opener[0]:
        return opener, items
    return inner, items[1:]


def _items_with_sublists(doc: ExtractionDoc, relation: str, owner: Entity, items: list[Line], opener: Line) -> None:
    """Each item of a list, and the sub-list an item opens: "- Serious Violence Group, whose members are:" then
    the people under it. The converter lost the indents, so the sub-list is told by its shape: it runs while its
    items open on a person's name, and the first that does not is the outer list's again. The item that opens
    it names the body the sub-list is about, an item of the outer list itself."""
    k = 0
    while k < len(items):
        item = items[k]
        k += 1
        inner = _opener_of(doc, item) if item.kind == "bullet" and item.text.rstrip().endswith(":") else None
        if inner is None or inner[0] != "member_of" or inner[1].kind != "body" or inner[1].iri == owner.iri or \
                k >= len(items) or not _person_item(doc, items[k]):
            _item(doc, relation, owner, item, opener)
            continue
        _, group, _ = inner
        if relation in ("subgroup_of", "member_of", "reports_to"):
            doc.add(group, relation, owner, item.content_start, item.end, f"list:{relation}", 0.8)
        while k < len(items) and _person_item(doc, items[k]):
            _item(doc, "member_of", group, items[k], item)
            k += 1


def _organisations_seats(doc: ExtractionDoc, rows: list[Line]) -> bool:
    from .rosters import organisation_seat_rows  # rosters reads lists with this module's helpers

    return organisation_seat_rows(doc, rows)


def _new_depth(first: Line, line: Line) -> bool:
    """After a blank line, LINE is numbered at another depth than the list FIRST opens ("1." ... "5." then "5.2
    Prevent is led by ..."): the section's own paragraphs go on, the list has ended."""
    return bool(first.number and line.number and first.number[0].isdigit() and
                first.number.rstrip(".").count(".") != line.number.rstrip(".").count("."))


def _section_paragraphs(opener: Line, items: list[Line]) -> bool:
    """Items numbered as the paragraphs of a section ("4.1", "4.2") under its heading: prose, not a list."""
    return opener.kind == "heading" and bool(items) and all(
        it.kind == "bullet" and it.number and re.fullmatch(r"\d+\.\d+", it.number) for it in items)


def _run_in_list(doc: ExtractionDoc, i: int) -> int:
    """Line I, under an opener ending in a colon, holds the whole list run into one sentence ("The Board re-affirmed
    its priorities:" / "tackling serious violence; domestic abuse; and drugs and exploitation."): its items are
    read as a list in a sentence's are. A list parted by semicolons only, where commas may stand inside names.
    The sentence may wrap over a few lines; it ends at the line that ends with a full stop. Returns the number of
    lines read (0: none)."""
    lines = doc.layout.lines
    line = lines[i]
    if line.kind != "text" or not line.text.lstrip()[:1].islower():
        return 0
    last = i
    while not lines[last].text.rstrip().endswith(".") and last - i < 3 and last + 1 < len(lines) and \
            lines[last + 1].kind == "text" and lines[last].text.rstrip().endswith(";"):
        last += 1  # "a; b;" / "c; and d.": a sentence of items wrapped where a semicolon fell
    end = lines[last].end
    if doc.text.count(";", line.content_start, end) < 2 or (last > i and not lines[last].text.rstrip().endswith(".")):
        return 0
    if not any(";" in lines[k].text.rstrip()[:-1] for k in range(i, last + 1)):
        return 0  # "a;" / "b;" / "c.": one item a line, read as plain lines
    opener = _opener(doc, i)
    if opener is None or opener[0] not in ("priority_of", "subgroup_of"):
        return 0
    relation, owner, opener_line = opener
    _inline_items(doc, relation, owner, line.content_start, end, opener_line.start)
    return last - i + 1


def _unmarked_items(lines: list[Line], j: int, items: list[Line]) -> int:
    """How many lines from J go on a list of labelled bullets ("- Burglary: Work to ...") though a converter lost
    their marks ("Rural Crime: To support ..."): lines of the same "Label: text" shape right after the last one."""
    if len(items) < 2 or not all(it.label and len(it.label.split()) <= 6 for it in items) or \
            lines[j - 1].kind == "blank":
        return 0
    k = j
    known = layout()
    while k < len(lines) and lines[k].kind == "field" and lines[k].label and len(lines[k].label.split()) <= 6 \
            and lines[k].value and lines[k].label.casefold() not in known.fields and \
            lines[k].label.casefold() not in known.attendance:
        k += 1  # "Chair: Jo Lee" under the list is the paper's own field, no item
    return k - j


_AS_WELL_AS = re.compile(r"\W*(?:\d+(?:\.\d+)*\.?\s+)?(?:As well as|Besides|In addition to|Alongside)\s+(?:the\s+)?")


def _as_well_as(doc: ExtractionDoc, owner: Entity, line: Line) -> None:
    """ "As well as the District Council, ..., other agencies represented on the Board include:": the body named
    first is a member too."""
    lead = _AS_WELL_AS.match(doc.text, line.content_start, line.end)
    first = next((m for m in doc.mentions(line.content_start, line.end) if lead and m.start == lead.end()), None)
    member = doc.resolver.entity(first) if first is not None and first.kind == "body" else None
    if member is not None and member.kind == "body" and member.iri != owner.iri and \
            re.search(r"\bother\b", doc.text[first.end : line.end]):
        doc.add(member, "member_of", owner, line.content_start, line.end, "list:member_of", 0.8)


def _nested_lists(doc: ExtractionDoc, items: list[Line]) -> None:
    """A bullet that ends in a colon and opens a list ("- Other agencies represented on the Board include:") in a
    list with no opener of its own: a converter flattened a nested list, so the bullets after it, up to the next
    bullet ending in a colon, are its items."""
    k = 0
    while k < len(items):
        opener = _opener_of(doc, items[k]) if items[k].text.rstrip().endswith(":") else None
        k += 1
        if opener is None:
            continue
        relation, owner, opener_line = opener
        if relation == "member_of":
            _as_well_as(doc, owner, opener_line)
        # a long sentence is a sibling of the opener again: the nested list has ended
        while k < len(items) and not items[k].text.rstrip().endswith(":") and len(items[k].content.split()) <= 14:
            _item(doc, relation, owner, items[k], opener_line)
            k += 1


def _numbered_title(doc: ExtractionDoc, row: Line) -> Line | None:
    """A section's number and title that a converter set apart as two cells ("4.3<tab>Board membership"): the
    title read as a heading."""
    if len(row.cells) != 2 or not re.fullmatch(r"\d{1,2}(?:\.\d{1,2})*\.?", doc.text[slice(*row.cells[0])].strip()):
        return None
    a, b = row.cells[1]
    title = doc.text[a:b].strip()
    if not title or len(title.split()) > 8 or title.endswith("."):
        return None
    return Line(a, b, doc.text[a:b], "heading", a, label=title)


def _wrapped_row(doc: ExtractionDoc, lines: list[Line], j: int) -> Line | None:
    """Line J and the next as one row of a two-column table whose first cell was too long for its column: a line
    with no column break, then a line holding only the person of the second column ("Jo Lee (observer)")."""
    if j + 2 >= len(lines) or lines[j].kind not in ("text", "heading") or "\t" in lines[j].text:
        return None
    nxt = lines[j + 1]
    if nxt.kind not in ("text", "heading") or "\t" in nxt.text or lines[j + 2].kind not in ("row", "blank"):
        return None
    found = doc.mentions(nxt.content_start, nxt.end, expect_person=True)
    if not found or found[0].kind != "person" or found[0].start - nxt.content_start > 2:
        return None
    rest = doc.text[found[0].end : nxt.end].strip()
    if rest and not re.fullmatch(r"\([^()]{1,40}\)", rest):
        return None  # a sentence, not a name alone
    cells = ((lines[j].content_start, lines[j].end), (nxt.content_start, nxt.end))
    return Line(lines[j].start, nxt.end, doc.text[lines[j].start : nxt.end], "row", lines[j].content_start,
                cells=cells)


def _wrapped_cell(lines: list[Line], j: int, first: Line) -> bool:
    """Line J is the end of a cell of the row above, wrapped onto a line of its own ("Director of Public Health" /
    "(Vice-Chair)"): a few words with no column break, between two rows of one table."""
    if first.kind != "row" or not _short_line(lines[j]):
        return False
    # a cell's lines run on: "Director of Children's Services" / "Director of Adult Social Care" under the post
    # of the row above, a few of them, till the next row
    k = j
    while k > 0 and j - k < 4 and _short_line(lines[k - 1]):
        k -= 1
    n = j
    while n < len(lines) - 1 and n - j < 4 and _short_line(lines[n + 1]):
        n += 1
    return 0 < k and n < len(lines) - 1 and lines[k - 1].kind == "row" and lines[n + 1].kind == "row" and \
        bool(lines[n + 1].cells)


def _short_line(line: Line) -> bool:
    return line.kind in ("text", "heading") and "\t" not in line.text and 0 < len(line.text.split()) <= 6


def wrapped_item_line(lines: list[Line], j: int, first: Line) -> bool:
    """Line J is the rest of the bullet before it, wrapped onto a line of its own ("a) produce a three-year
    Plan (current plan:" / "Safer X Plan 2022-2025);"): plain text between two items of one list."""
    if not (0 < j < len(lines) - 1 and lines[j - 1].kind == "bullet" and _same_list(first, lines[j + 1]) and
            lines[j + 1].kind == "bullet"):
        return False
    return lines[j].kind == "text"


def _carried_on(line: Line, first: Line) -> bool:
    """ "| Borough Council |" under "| Head of Communities, Ipswich |": a row that opens on a column rule with
    fewer cells than the table's first row carries on a cell above, it is no row of its own."""
    return line.kind == "row" and first.kind == "row" and line.text.lstrip().startswith("|") and \
        0 < len(line.cells) < len(first.cells)


# a section's paragraph number set apart as a cell of its own ("5.1<tab>...")
_PARAGRAPH_ROW = re.compile(r"[ \t]*\d{1,2}\.\d{1,2}(?:\.\d{1,2})*\.?\t")


def _marked_row(line: Line) -> bool:
    """LINE is a row whose first cell is a bullet's mark alone ("-<tab>the Northdale Group, which ...")."""
    return line.kind == "row" and len(line.cells) > 1 and line.text[: line.cells[0][1] - line.start].strip() in (
        "-", "•", "*", "–", "·")


def _same_list(first: Line, line: Line) -> bool:
    """LINE goes on the list FIRST starts: numbered paragraphs ("6.2 ...") and the dashed items between them
    are lists of their own."""
    if first.kind == "bullet" and not first.number and _marked_row(line):
        return True  # "- A;" / "-<tab>B, which ...": a converter set one dashed item apart as cells
    if line.kind == first.kind == "row":
        # "5.1<tab>Each case goes to a panel. Members are:" above the panel's table: a section's paragraph, set as
        # two cells, is no row of the table under it
        # and a pipe table's rows end where a line of tab-parted cells follows ("| Cyngor Gwynedd | Head of ..." /
        # "Signed for Cyngor Gwynedd: ...<tab>Date: ..."): the signatures under a schedule are no members
        return bool(_PARAGRAPH_ROW.match(first.text)) == bool(_PARAGRAPH_ROW.match(line.text))
    if line.kind != first.kind or first.kind != "bullet":
        return line.kind == first.kind
    # "a) ... d)" then "4.2 Each priority has a lead": a lettered list ends where numbered paragraphs go on
    return bool(line.number) == bool(first.number) and (
        not line.number or line.number[0].isdigit() == first.number[0].isdigit())


# a table's caption or a page's carry-over note, which names no list: "Table 6", "Table 2: (continued)"
_CAPTION = re.compile(r"(?i)(?:table|figure)\s+\d{1,2}[a-z]?\.?(?:\s*[:.-]?\s*\(?continued(?:\s+\w+)?\)?)?|"
                      r"\(?continued(?:\s+(?:overleaf|below|from previous page))?\)?")


def _opener(doc: ExtractionDoc, i: int) -> tuple[str, Entity, Line] | None:
    """The relation and owner named by the line that introduces the list starting at line I."""
    lines = doc.layout.lines
    k = i - 1
    # a box-drawn table's top rule ("+-----+") stands between the line that opens it and its first row
    while k >= 0 and (lines[k].kind == "blank" or lines[k].label == "separator" or (
            lines[k].kind != "row" and _CAPTION.fullmatch(lines[k].text.strip()) is not None)):
        k -= 1  # "Table 6 (continued overleaf)": a table's caption stands between its section's title and its rows
    if k < 0:
        return None
    found = _opener_of(doc, lines[k])
    if found is None and lines[k].kind == "row" and (title := _numbered_title(doc, lines[k])) is not None:
        found = _opener_of(doc, title)  # "5<tab>Shared priorities 2025-2028": a numbered heading set as two cells
    if found is None and _runs_on(lines, k):
        # "3. Membership of the Board, as required by the 2021 Regulations" / "and its guidance, includes:": an
        # opener wrapped over two lines is read whole
        first = lines[k - 1]
        whole = Line(first.start, lines[k].end, doc.text[first.start : lines[k].end], "text", first.content_start)
        found = _opener_of(doc, whole)
    if found is None and lines[k].kind in ("text", "bullet"):
        found = _membership_section(doc, k) or _announced_under_heading(doc, k)
    return found


def _announced_under_heading(doc: ExtractionDoc, k: int) -> tuple[str, Entity, Line] | None:
    """ "Statutory framework" / "The Panel works under the following:" / the list: a one-line sentence that only
    announces the list stands between the section's heading and its items, which are the heading's list (members
    are _membership_section's, whose paragraph must say it speaks of members)."""
    lines = doc.layout.lines
    if lines[k].kind != "text" or not lines[k].text.rstrip().endswith(":") or len(lines[k].text.split()) > 16:
        return None
    h = k - 1
    while h >= 0 and lines[h].kind == "blank":
        h -= 1
    # (a title set on a line of its own reads as text when no blank line parts it from the sentence under it)
    title = h >= 0 and (section_break(doc, lines[h]) or lines[h].kind == "text" and len(lines[h].text.split()) <= 5
                        and not lines[h].text.rstrip().endswith((".", ":", ";", ",")))
    if not title:
        return None
    found = _opener_of(doc, lines[h])
    return found if found is not None and found[0] != "member_of" else None


# "Three delivery groups sit under the Partnership. Each has a chair ...": a paragraph that counts a body's groups,
# ending in a full stop over the list of them; the list is theirs only when it holds that many items
_COUNTED_GROUPS = re.compile(r"\W*(?:\d+(?:\.\d+)*\.?\s+)?(?P<count>two|three|four|five|six|seven|eight)\s+"
                             r"(?-i:(?:[a-z][\w-]*\s+){0,2}?)(?:sub-?\s?groups|groups|panels|sub-?\s?committees)\s+"
                             r"(?:sit|operate|work)\s+(?:under|below|beneath)\s+(?=\S)", re.I)


def _counted_opener(doc: ExtractionDoc, i: int, items: int) -> tuple[str, Entity, Line] | None:
    """The paragraph just above the list at line I, when its first sentence counts as many groups under one body
    as the list has ITEMS: the list is those groups (read as its sub-groups), whatever sentences follow."""
    lines = doc.layout.lines
    k = i - 1
    while k >= 0 and lines[k].kind == "blank":
        k -= 1
    if k < 0 or not (lines[k].kind == "text" or lines[k].kind == "bullet" and lines[k].number and
                     lines[k].number[0].isdigit() and lines[i].number is None):
        return None  # (a numbered paragraph over a list marked by dashes or bullets opens it the same)
    first = _sentence_start(doc, lines[k])
    while True:  # back to the paragraph's first line
        at = next((n for n in range(k, -1, -1) if lines[n].start <= first), None)
        if at is None or at == 0 or lines[at - 1].kind != "text":
            break
        first = _sentence_start(doc, lines[at - 1])
        k = at - 1
    m = _COUNTED_GROUPS.match(doc.text, first)
    if m is None or _COUNTS[m.group("count").lower()] != items:
        return None
    owner = next((x for x in doc.mentions(m.end(), lines[k].end) if x.start - m.end() <= 4), None)
    e = doc.resolver.entity(owner) if owner is not None and owner.kind in ("body", "name") else None
    if e is None or e.kind != "body":
        return None
    line = next(ln for ln in lines if ln.start <= first < ln.end + 1)
    return "subgroup_of", e, line


def _named_before(doc: ExtractionDoc, noun: str, at: int) -> Entity | None:
    """The publication or body last named in full before AT, a little way back, whose head is NOUN ("plan")."""
    for m in reversed(doc.mentions(max(0, at - 600), at)):
        words = [w for w in m.name.split() if not re.fullmatch(r"[\d/–-]+", w)]
        if m.kind in ("publication", "body") and len(words) > 1 and words[-1].casefold() == noun.casefold():
            e = doc.resolver.entity(m)
            return e if e is not None and e.kind in ("body", "publication") else None
    return None


def _sentence_start(doc: ExtractionDoc, line: Line) -> int:
    """Where the sentence LINE opens in starts: LINE's own start, or that of the lines above it that it carries on
    (prose, unnumbered, no stop closing the line before), so a wrapped sentence's subject is read whole."""
    lines = doc.layout.lines
    i = next((k for k, ln in enumerate(lines) if ln.start == line.start), None)
    start = line.content_start
    while i is not None and i > 0 and lines[i].kind == "text" and not lines[i].number and \
            lines[i - 1].kind in ("text", "bullet") and lines[i - 1].text.strip() and \
            not lines[i - 1].text.rstrip().endswith((".", ":", ";")) and line.end - lines[i - 1].start < 600:
        i -= 1
        start = lines[i].content_start
    return start


# a paragraph that introduces the table or list under it as the members: "The core membership is as follows.",
# "Partners are set out below; each nominates a deputy."
_MEMBERS_INTRO = re.compile(r"(?i)\b(?:members?|membership|represented|representatives?|partners|organisations|"
                            r"agencies)\b[^.;:]{0,60}?\b(?:as follows|below|following|are|include|comprises?)\b")


def _membership_section(doc: ExtractionDoc, k: int) -> tuple[str, Entity, Line] | None:
    """ "3. MEMBERSHIP" / "3.1 The core membership is as follows. Each organisation nominates a deputy." / the
    table: a section's one paragraph that introduces the members stands between its membership heading and the
    table, which is the heading's list. The paragraph must say so: a section of prose is not a list's opener."""
    lines = doc.layout.lines
    j = k
    while j > 0 and lines[j - 1].kind == "text" and k - j < 3:
        j -= 1  # the paragraph wrapped over lines of its own
    # a table whose column names say it lists seats says itself what it lists: a paragraph that speaks of seats
    # at all may stand between it and its heading ("Officers attend by virtue of their role.")
    members = _MEMBERS_INTRO.search(doc.text, lines[j].content_start, lines[k].end) is not None or (
        _SEATS_SPOKEN.search(doc.text, lines[j].content_start, lines[k].end) is not None and _seat_header(doc, k + 1))
    # "5. Sub-groups" / "5.1 Most of the work is done in its sub-groups, which meet monthly." / the list: the same
    # for a section of groups, whose paragraph speaks of them
    groups = not members and _GROUPS_INTRO.search(doc.text, lines[j].content_start, lines[k].end) is not None
    if not members and not groups:
        return None
    h = j - 1
    while h >= 0 and lines[h].kind == "blank":
        h -= 1
    if h < 0 or not section_break(doc, lines[h]):
        return None
    found = _opener_of(doc, lines[h])
    return found if found is not None and found[0] == ("member_of" if members else "subgroup_of") else None


# a paragraph that speaks of groups in the plural, between a heading of sub-groups and their list
_GROUPS_INTRO = re.compile(r"(?i)\b(?:sub-?\s?groups|sub-?\s?committees|(?:theme|thematic|delivery|working|task|"
                           r"operational|priority) groups|groups|panels)\b")


# a paragraph that speaks of the members or their seats at all: enough over a table whose header says it lists seats
_SEATS_SPOKEN = re.compile(r"(?i)\b(?:members?|membership|represent\w*|nominat\w*|seats?|attend\w*|posts?|roles?|"
                           r"sits?|deput\w*|officers?|agenc(?:y|ies)|organisations?)\b")


def _seat_header(doc: ExtractionDoc, i: int) -> bool:
    """The first row at or after line I names an organisation's column and a post's or person's ("Organisation |
    Post", "Agency | Representative"): a table of seats, which says itself what it lists, so a paragraph between it
    and its membership heading need only speak of the members ("Members attend by virtue of their post.")."""
    from .tables import head_type  # the one lexicon of column heads

    lines = doc.layout.lines
    # (a box's top rule stands between the paragraph and the header)
    while i < len(lines) and (lines[i].kind == "blank" or lines[i].label == "separator"):
        i += 1
    if i >= len(lines) or lines[i].kind != "row" or len(lines[i].cells) < 2:
        return False
    types = {head_type(doc.text[a:b]) for a, b in lines[i].cells}
    return "organisation" in types and bool(types & {"post", "person"})


# "co-opted and advisory members", "statutory and non-statutory partners": two kinds of one list under one label
_TWO_KINDS = re.compile(r"(?P<one>[\w-]+)\s+(?:and|&)\s+(?P<two>[\w-]+)\s+(?P<noun>[\w-]+)")


_OF_BODY = re.compile(r"(?P<list>[a-z][a-z ]{2,40}?)\s+(?:of|for)\s+(?:the|our|its)\s+(?:[\w'’&-]+\s+){0,6}?"
                      r"(?P<head>[a-z]+)")


def _list_label(label: str) -> str | None:
    """The relation a list's label (in lower case) names: one the lexicon lists, or two of its kinds joined by
    "and" that name the same relation."""
    known = layout().lists
    if label in known:
        return known[label]
    whose = _OF_BODY.fullmatch(label)
    if whose is not None and whose.group("head").capitalize() in heads().body:
        # "Priorities of the Partnership", "Responsibilities of the Safer Ryedale Board": the list the label's
        # first words name, of the body after them (whose the list is, the owner finder reads)
        return _list_label(whose.group("list"))
    halves = label.split(" / ")
    if len(halves) == 2:
        # a bilingual heading, "Blaenoriaethau / Priorities": the half in the lexicon's language names the list
        # (and where both halves name relations, two different ones, the label names none)
        found = {r for r in (_list_label(h.strip()) for h in halves) if r is not None}
        return found.pop() if len(found) == 1 else None
    two = _TWO_KINDS.fullmatch(label)
    if two is None:
        return None
    first = known.get(f"{two.group('one')} {two.group('noun')}")
    second = known.get(f"{two.group('two')} {two.group('noun')}")
    return first if first is not None and first == second else None


def _runs_on(lines: list[Line], k: int) -> bool:
    """Line K ends in a colon and carries on the line before it, which no full stop or colon closes."""
    if k < 1 or not lines[k].text.rstrip().endswith(":"):
        return False
    before = lines[k - 1]
    return before.kind in ("text", "heading", "bullet") and not before.text.rstrip().endswith((".", ":", ";")) and \
        len(lines[k].text.split()) + len(before.text.split()) <= 40


# the years a heading's list is for, after its words: "Priorities 2024/25", "Shared priorities for 2025-2028"
_HEADING_PERIOD = re.compile(r"\s+(?:for\s+|in\s+)?\(?(?:19|20)\d\d(?:\s?[-–/]\s?(?:(?:19|20)?\d\d))?\)?$")


_OWN_WORD = re.compile(r"^(?:our|the|its|their)\s+")


def _opener_of(doc: ExtractionDoc, line: Line) -> tuple[str, Entity, Line] | None:
    text = line.text.strip()
    if text.endswith((":", ";")) and text.count("(") > text.count(")"):
        return None  # "... the Finance Sub-group (chair:" wrapped in mid-bracket: a label in brackets, no list
    relation = None
    # "Appendix A - Proposed membership of the Board", "Annex 2: Members": the part of the paper the list is in
    # names no list of its own; the title after it does (read as a field, the line's label is only the part)
    part = _PART_MARK.match(text.casefold())
    label = (text[part.end() :] if part else line.label or text).strip().rstrip(":").casefold()
    label = re.sub(r"\s*\([^()]*\)$", "", label)  # "Statutory members (responsible authorities)"
    if line.kind == "heading" or len(text.split()) <= 5 and not text.endswith((".", ";")):
        label = _HEADING_PERIOD.sub("", label)  # "6. Priorities 2024/25", "Core members 2023/24": the list's years
        # "Proposed membership", "Revised membership": a paper that puts the list to a meeting still lists members
        label = re.sub(r"^(?:proposed|revised|draft|updated|agreed|confirmed)\s+(?=member)", "", label)
    if (" / " in label or " | " in label) and placenames.in_wales(doc.resolver.ctx.area):
        # "Aelodaeth y Bwrdd / Board Membership", "3. Aelodaeth | Membership": a Welsh body's bilingual title, in
        # both languages; the side a list's title is read in names the list (elsewhere "Partners / Observers" is
        # two lists' titles in one)
        number = re.match(r"\d{1,2}(?:\.\d{1,2})*\.?\s+", label)
        sides = re.split(r" [/|] ", label[number.end() if number else 0 :])
        label = next((side for side in reversed(sides) if _list_label(side.strip()) == "member_of" or
                      _MEMBERS_TITLE.fullmatch(side.strip())), label).strip()
    # "3. Our theme groups", "The sub-groups": a heading's possessive or article leaves the list it names the same
    bare_label = _OWN_WORD.sub("", re.sub(r"^\d{1,2}(?:\.\d{1,2})*\.?\s+", "", label))
    short = line.kind in ("heading", "field") or len(text.split()) <= 6
    if short and _list_label(label) is not None:
        relation = _list_label(label)
    elif short and _list_label(bare_label) is not None:
        relation = _list_label(bare_label)
    elif (line.kind == "heading" or not text.endswith((".", ";", ","))) and _MEMBERSHIP_OF.fullmatch(label):
        # "Appendix A - proposed membership of the Joint Board": a title in lower case reads as text, yet a
        # line that is only "membership of" a body, over a list, is that body's list of members
        relation = "member_of"
    elif _membership_heading(line):
        relation = "member_of"  # "5.3 Core Group membership": a numbered section heading over the list
    elif part and len(text.split()) <= 8 and not text.endswith((".", ";")) and _BODY_MEMBERSHIP.fullmatch(
            _HEAD_NOTE_AFTER.sub("", text[part.end() :].strip().rstrip(":"))):
        relation = "member_of"  # "Annex 2 - STP membership": a part of the paper titled as a body's members
    elif (line.kind in ("heading", "field", "bullet") or len(text.split()) <= 7) and not text.endswith((".", ";")) \
            and _MEMBERS_TITLE.fullmatch(re.sub(r"^\s*(?:\d+(?:\.\d+)*\.?|[a-z]\))\s+", "", label)):
        # "Membership and attendance", "Who sits on the Board?", "Board composition", "Partner organisations": a
        # section's title that says the list under it is the body's members, whatever else the section covers
        relation = "member_of"
    elif text.endswith((":", ";")):
        # "Board membership (as at April 2024):": a bracket before the colon dates or qualifies the list
        bare = re.sub(r"\s*\([^()]{1,60}\)\s*([:;])$", r"\1", text)
        for rel, pattern in _OPENER.items():
            if pattern.search(bare):
                relation = rel
                break
        if relation in ("subgroup_of", "reports_to"):
            relation = groups_relation(bare)
    elif (following := _THE_FOLLOWING.search(text)) is not None:
        relation = _FOLLOWING_KINDS[following.group("what").casefold().replace("-", "").rstrip("s")]
    if relation not in _ITEM_KINDS:
        return None  # "Table 3: Schemes funded in 2026/27": a list the funding readers read, row by row
    if relation == "responsible_for" and (_ASKED_TO.match(text) or _HANDED_ON.search(text)):
        # "Consider the Council's role in relation to:": an agenda's request, not a remit stated; "They have
        # delegated their functions to:": those the remit is handed to follow, not the remit
        return None
    if relation is None:
        return None
    if relation == "member_in":
        we = _we_body(doc)
        return (relation, we, line) if we is not None else None
    holders = _duty_holders(doc, line) if relation == "responsible_for" else None
    if holders is None and relation == "responsible_for" and re.search(r"\boblige[sd]\b", text):
        return None  # "the Act obliges the police, the councils and probation to:": several bodies, no one owner
    owner = holders or (priorities_owner(doc, _sentence_start(doc, line), line.end) if relation == "priority_of" else
                        None) or (_seated_on(doc, line) if relation == "member_of" else None) or list_owner(doc, line)
    if relation == "priority_of" and owner is not None and owner.kind == "publication" and \
            _EVIDENCE_PAPER.search(owner.name):
        owner = _adopter(doc, line.content_start, line.end)
    elif relation == "priority_of" and owner is None and _UNOWNED_PRIORITIES.fullmatch(text):
        owner = doc.resolver.body  # "Four priorities were proposed for the three years:" in the body's own minutes
    if relation == "priority_of" and owner is None and doc.resolver.body is None and \
            (line.kind == "heading" or len(text.split()) <= 6 or _OURS.search(text)):
        # "Our priorities" in the "Safer Thanet Partnership Plan": the partnership's
        owner = title_paper_body(doc, with_paper=True)
    if owner is None and relation == "member_of":
        owner = _own_board(doc, line)
    if owner is None:
        return None
    if relation == "priority_of" and owner.kind == "body":
        made = _MADE_PAPER.search(text)
        if made is not None:
            # "The Partnership has developed this strategy and picked out four priority areas:": the strategy's
            paper = doc.resolver.reference(made.group("head"), line.start)
            return (relation, paper, line) if paper is not None and paper.kind == "publication" else None
    return relation, owner, line


# a section's title that names the body its list is of by a bare head alone: "3. Who sits on the Board?"
_BARE_HEAD_TITLE = re.compile(r"\bthe\s+(?P<head>Board|Partnership|Panel|Group|Forum)\s*\??\s*:?\s*$")


def _own_board(doc: ExtractionDoc, line: Line) -> Entity | None:
    """The paper's own body, for a members' title that says only "the Board" ("3. Who sits on the Board" in a
    partnership's terms of reference) when the paper named no body with that head before it: a partnership sits
    as its board, and no other board is yet in play."""
    said = _BARE_HEAD_TITLE.search(line.text)
    body = doc.resolver.body
    if said is None or body is None or body.kind != "body":
        return None
    head = said.group("head")
    if any(m.kind == "body" and not m.back_ref and m.name.endswith(head) for m in doc.mentions(0, line.start)):
        return None  # "... reports to the Health and Wellbeing Board. Who sits on the Board": which board, unsaid
    return body


def title_paper_body(doc: ExtractionDoc, *, with_paper: bool = False) -> Entity | None:
    """The body a paper titled by one of its own papers is by ("Safer Thanet Partnership Plan 2025" over its
    text): the paper speaks for that body where a list names no owner, as a body's minutes speak for the body.
    WITH_PAPER, a title paper no body's name opens is the owner itself."""
    from .publications import named_owner  # publications reads lists' helpers: imported when needed

    title = [ln for ln in doc.layout.lines[:12] if ln.kind != "blank" and not ln.text.startswith("Source:")][:2]
    for line in title:
        papers = [m for m in doc.mentions(line.content_start, line.end) if m.kind == "publication"]
        if papers:
            # a paper no body's name opens ("Community Safety Plan 2025-2028" under the council's name): the
            # paper's own list, the paper's
            return named_owner(doc, papers[0]) or (doc.resolver.entity(papers[0]) if with_paper else None)
    return None


_SECTION = re.compile(r"(?i)\b(?:sections?\s*\d+[A-Z]?|s\.\s?\d+[A-Z]?|Part\s+\d+)")


# an opener that names no one and no paper: "Four priorities were proposed for the three years:", "Priorities
# agreed for 2024/25:"; in a body's own paper they are the body's
_UNOWNED_PRIORITIES = re.compile(r"(?i)(?:\d+(?:\.\d+)*\.?\s+)?(?:(?:the\s+)?(?:two|three|four|five|six|seven|"
                                 r"following|new|key|main|agreed|proposed)\s+)*(?:strategic\s+|key\s+)?priorit(?:y|ies)"
                                 r"(?:\s+(?:were|are|have been|had been|was|is))?\s+(?:proposed|agreed|identified|set|"
                                 r"confirmed|chosen|selected)(?:\s+(?:for|over)\s+(?:the\s+)?[\w/ -]{2,30}?)?\s*:")
# papers that find and recommend, whose priorities are those of whoever adopts them
_EVIDENCE_PAPER = re.compile(r"\b(?:Assessment|Assessments|Review|Survey|Consultation|Audit|Analysis|Profile|"
                             r"Evaluation)(?:\s+(?:19|20)\d\d(?:\s?[/–-]\s?\d{2,4})?)?$", re.I)
# "..., identified three priorities, which the Board agreed in January:", "priorities that were adopted by the CSP"
_ADOPTED_BY = re.compile(r"\b(?:which|that)\s+(?:(?:the|our)\s+)?(?P<who>[A-Z][\w'’&-]*(?:\s+[A-Z][\w'’&-]*){0,6})\s+"
                         r"(?:has\s+|have\s+|had\s+|then\s+|subsequently\s+)?(?:agreed|adopted|endorsed|approved)\b|"
                         r"\b(?:agreed|adopted|endorsed|approved)\s+by\s+(?:the\s+)?(?P<by>[A-Z][\w'’&-]*"
                         r"(?:\s+[A-Z][\w'’&-]*){0,6})")
_OUR_PAPER = re.compile(r"\W*(?:\d+(?:\.\d+)*\.?\s+)?Our\s", re.I)


def _adopter(doc: ExtractionDoc, start: int, end: int) -> Entity | None:
    """Whose are the priorities an assessment identified: the body the opener says agreed them, or the paper's own
    body when the assessment is "our" own; else nobody known (an assessment only recommends)."""
    m = _ADOPTED_BY.search(doc.text, start, end)
    if m is not None:
        at = m.start("who") if m.group("who") else m.start("by")
        named = next((x for x in doc.mentions(start, end) if x.start == at and x.kind == "body"), None)
        e = doc.resolver.entity(named) if named is not None else None
        return e if e is not None and e.kind == "body" else None
    if _OUR_PAPER.match(doc.text, start, end):
        return doc.resolver.body
    return None


# "2.6 Membership of the Delivery Board", "Members of the Kestermoor Prevent Board": a heading that names the body
# whose members the table or list under it gives (the owner is the body the heading names)
def _membership_heading(line: Line) -> bool:
    """A heading with no colon that names a body's list of members ("5.3 Core Group membership")."""
    # "Table 3: YJPB membership (at 1 May 2025)": a table's caption names the body as a heading would, its number
    # before and the list's date after
    title = _HEAD_NOTE_AFTER.sub("", _CAPTION_NUMBER.sub("", line.content.strip()))
    return line.kind in ("heading", "bullet") and _BODY_MEMBERSHIP.fullmatch(title) is not None


_CAPTION_NUMBER = re.compile(r"^(?:table|figure)\s+\d{1,2}[a-z]?\s*[:.–-]\s*", re.I)
_HEAD_NOTE_AFTER = re.compile(r"\s*\([^()]{1,40}\)\s*$")


# the titles a section of members goes under, in lower case: the word for the list, with what the section also
# covers after "and" ("membership and attendance", "membership and quoracy"), or the question a web page asks
_MEMBERS_TITLE = re.compile(
    r"(?:(?:the\s+)?(?:board|partnership|panel|group|committee|forum|core|full|statutory|current|proposed|our|"
    # the kinds of member a list names apart: "Non-statutory members", "Co-opted partners", "Other members"
    r"non-statutory|co-opted|invited|associate|voting|non-voting|other|additional|advisory|independent|standing|"
    r"wider|key|constituent)['’s]*\s+)*"
    r"(?:membership|members|composition|representation|partners)(?:\s*\([^()]{1,40}\))?"
    r"(?:\s+(?:and|&)\s+(?:attendance|quoracy|quorum|roles?|deputies|substitutes|representation|responsibilities|"
    r"voting|chairing(?: arrangements)?|meetings|terms of office))?"
    r"|(?:constitution|structure|governance)\s+(?:and|&)\s+membership"
    r"|members\s+(?:and|&)\s+(?:representatives|partners|observers)"
    r"|who\s+(?:sits|is|are|serves?)\s+on\s+(?:the\s+)?[a-z' ]{2,40}\??"
    r"|partner\s+(?:organisations|agencies)|partners\s+represented(?:\s+on\s+(?:the\s+)?[a-z' ]{2,40})?")


# "Core Group membership", "Steering Group members": a body's name, then the word for its list of members
_BODY_MEMBERSHIP = re.compile(r"(?:[A-Z][\w'’&-]*\s+){1,6}(?:membership|members)")
_PART_MARK = re.compile(r"^(?:appendix|annex|annexe|schedule|attachment|enclosure)\s+[a-z0-9]{1,3}\s*[-–—:.]\s*(?=\w)")
_MEMBERSHIP_OF = re.compile(r"(?:\d+(?:\.\d+)*\.?\s+)?(?:(?:current|core|board|full|statutory|proposed|revised|draft|"
                            r"new)\s+)?"
                            r"(?:membership|members) of (?:the )?[a-z][\w'’&,() -]{2,80}")


# a body that made the paper the list opener names: "has developed this strategy", "has agreed its new plan"
_MADE_PAPER = re.compile(r"\b(?:has|have|had)\s+(?:now\s+|recently\s+|also\s+|jointly\s+)?(?:developed|produced|"
                         r"published|drawn up|written|prepared|agreed|adopted|refreshed)\s+(?:this|its|their|a|the|our)"
                         r"\s+(?:[\w/–-]+\s+){0,3}?(?P<head>strategy|plan)\b", re.I)


# the authorities an Act binds, named as a class: "Under the Act specified authorities must cooperate", "the
# responsible authorities it names have a legal duty to"
COLLECTIVE = re.compile(r"\b(?P<who>(?:specified|responsible|relevant) authorities)\b", re.I)
# ... as the sentence that opens their duties names them
_DUTY_HOLDERS = re.compile(COLLECTIVE.pattern + r"[^:]*\bto:\s*$", re.I)


def collective_holder(doc: ExtractionDoc, who: str) -> Entity:
    """The node of a class of authorities ("the responsible authorities"): one per area."""
    name = who.casefold()
    return doc.resolver.remember(Entity("body", name[:1].upper() + name[1:], scope=doc.resolver.ctx.area), name)


def _duty_holders(doc: ExtractionDoc, line: Line) -> Entity | None:
    """ "The responsible authorities have a legal duty to act together so as to:": the authorities the
    Act names, one node per area (the node the statutory duty sentences give them)."""
    m = _DUTY_HOLDERS.search(doc.text, line.content_start, line.end)
    if m is None:
        return None
    return collective_holder(doc, m.group("who"))


_SEATED_ON = re.compile(r"\b(?:represented|members|membership|partners|seats?)\s+(?:on|of)\s+(?=\S)", re.I)


def _seated_on(doc: ExtractionDoc, line: Line) -> Entity | None:
    """ "As well as the Council, ..., other agencies represented on the Board include:": the body the members sit
    on, named right after "represented on", not the first body of the sentence."""
    found = None
    for m in _SEATED_ON.finditer(doc.text, line.content_start, line.end):
        found = m
    if found is None:
        return None
    after = [x for x in doc.mentions(found.end(), line.end) if x.start == found.end() or
             re.fullmatch(r"(?i)the\s+", doc.text[found.end() : x.start])]
    e = (section_body(doc, line, after[0]) or named_in_full(doc, line, after[0]) or doc.resolver.entity(after[0])) \
        if after else None
    return e if e is not None and e.kind == "body" else None


def named_in_full(doc: ExtractionDoc, line: Line, m: Mention) -> Entity | None:
    """ "Membership of the Delivery Board" after "The KBSP Delivery Board reports to ...": a generic name the paper
    wrote in full before (one fuller name only) stands for that body, not for a new one of the paper's area."""
    if m.kind != "body" or len(m.name.split()) < 2 or not re.search(r"(?i)\bthe\s+$", doc.text[m.start - 6 : m.start]):
        return None
    tail = " " + m.name.casefold()
    fuller: dict[str, Mention] = {}
    for earlier in doc.layout.lines:
        if earlier.start >= line.start:
            break
        if tail not in earlier.text.casefold():
            continue
        for x in doc.mentions(earlier.content_start, earlier.end):
            if x.kind == "body" and not x.back_ref and x.name.casefold().endswith(tail):
                fuller[x.name] = x
    if len(fuller) != 1:
        return None
    e = doc.resolver.entity(next(iter(fuller.values())))
    return e if e is not None and e.kind == "body" else None


_ASKED_TO = re.compile(r"\W*(?:\d+(?:\.\d+)*\.?\s+)?(?:[a-z]\)\s+)?(?:to\s+)?(?:consider|review|discuss|note|"
                       r"scrutinise|scrutinize|examine|explore|comment on)\b", re.I)


# a remit handed on: the list after it names who takes the remit, not what it is
_HANDED_ON = re.compile(r"\b(?:delegat(?:e|es|ed|ing)|transferr?(?:s|ed|ing)?|pass(?:es|ed|ing)?|hand(?:s|ed|ing)?|"
                        r"assign(?:s|ed|ing)?)\b(?:\s+[\w'’-]+){0,4}?\s+(?:functions|duties|responsibilities|role|"
                        r"remit|obligations)\b(?:\s+[\w'’-]+){0,4}?\s+to\s*:\s*$", re.I)


_FRONTED_IN = re.compile(r"\W*(?:\d+(?:\.\d+)*\.?\s+)?In\s+[^,:;]{3,80}?,?\s+the\s+(?P<word>[A-Z][a-z]+)\s+"
                         r"(?:has\s+|have\s+)?(?:set|agreed|identified|adopted|chose|selected|established)\b")


# "6.1 The Board has the following sub-groups. Each has its own terms of reference ...": a paragraph that
# announces the table under it, though it ends in a full stop
_THE_FOLLOWING = re.compile(r"\b(?:has|have|are|is supported by|comprises?|includes?) the following (?:\w+ )?"
                            r"(?P<what>sub-?groups?|sub-?committees?|theme groups?|delivery groups?|"
                            r"member organisations|"
                            r"members|partners)\b(?! (?:will|shall|should|must|may)\b)", re.I)
_FOLLOWING_KINDS = {"subgroup": "subgroup_of", "subcommittee": "subgroup_of", "theme group": "subgroup_of",
                    "delivery group": "subgroup_of", "member organisation": "member_of", "member": "member_of",
                    "partner": "member_of"}
_REFERENCE = re.compile(r"\b(?:[Tt]he|[Ii]ts|[Tt]heir|[Tt]his)\s+(?P<word>[A-Za-z]+)(?:['’]s?)?(?=[\s,])")


def referenced_owner(doc: ExtractionDoc, start: int, end: int, kinds: tuple[str, ...]) -> Entity | None:
    """The last owner TEXT[start:end] refers back to: "the partnership's", "the Plan's", "the Commissioner's"."""
    found = None
    for m in _REFERENCE.finditer(doc.text, start, end):
        word = m.group("word")
        if word.casefold() in NOT_OWNER:
            continue
        e = doc.resolver.reference(word, m.start())
        if e is not None and e.kind in kinds:
            found = e
    return found


def section_body(doc: ExtractionDoc, line: Line, m: Mention) -> Entity | None:
    """ "The Board is made up of:" under a heading that names a board: that board, not the last board named."""
    if m.kind != "body" or not m.back_ref or len(m.name.split()) != 1:
        return None
    lines = doc.layout.lines
    at = next((k for k, ln in enumerate(lines) if ln.start <= line.start <= ln.end), len(lines))  # a cell may open
    for k in range(at - 1, max(0, at - 40) - 1, -1):
        heading = _heading_of(doc, lines[k])
        if heading is None or (k and lines[k - 1].kind == "field"):
            continue  # a field's value wrapped onto a line of its own ("Links to: A; B; Eastholme / Safer Partnership")
        found = [x for x in doc.mentions(heading.content_start, heading.end) if x.kind == "body" and
                 not x.back_ref and x.name.split()[-1] == m.name]
        if len(found) == 1 and doc.text[heading.content_start : heading.end].strip().casefold() == \
                found[0].name.casefold():
            return doc.named_body(found[0])
    return None


# "This group's responsibilities are to:" in a section headed by the group's name
_THIS_GROUP = re.compile(r"\W*(?:This|The) (?P<noun>group|sub-?group|board|panel|partnership|committee|forum)['’]s\b",
                         re.I)


def _headed_body(doc: ExtractionDoc, line: Line, noun: str) -> Entity | None:
    """The body the nearest heading above LINE names, and names alone; "group" stands for any body, another
    noun for a body of its kind. None when that heading names no body: the group is unknown, not the paper's."""
    lines = doc.layout.lines
    at = next((k for k, ln in enumerate(lines) if ln.start <= line.start <= ln.end), len(lines))
    # a "heading" of many words is a table's row or a sentence set on its own, not a section's title
    heading = next((ln for ln in reversed(lines[max(0, at - 20) : at]) if ln.kind == "heading" and
                    len(ln.text.split()) <= 8), None)
    if heading is None:
        return None
    found = [x for x in doc.mentions(heading.content_start, heading.end) if x.kind == "body" and not x.back_ref]
    if len(found) != 1 or doc.text[heading.content_start : heading.end].strip() != found[0].name:
        return None
    if noun.casefold() not in ("group", "subgroup", "sub-group") and \
            found[0].name.split()[-1].casefold() != noun.casefold():
        return None
    return doc.named_body(found[0])


def _heading_of(doc: ExtractionDoc, line: Line) -> Line | None:
    """LINE as a heading: a heading, or a section's number and title set apart as two cells ("1.2<tab>TITLE")."""
    return line if line.kind == "heading" else _numbered_title(doc, line) if line.kind == "row" else None


# a sentence that opens on a bare head noun ("6. The plan was ...", "The strategy has been ..."), no name
_OPENING_NOUN = re.compile(r"\W*(?:\d+(?:\.\d+)*\.?\s+)?(?:The|This)\s+(?P<word>[a-z]+)\s+(?=(?:is|was|has|had|were|"
                           r"are|will|sets?|set|includes?)\b)")
# the nouns a sentence calls a body by when it goes on about one it named before ("The group meets ...")
_BODY_NOUNS = r"group|board|panel|partnership|forum|committee"
_BODY_OPENING = re.compile(r"\W*(?:\d+(?:\.\d+)*\.?\s+)?(?:The|This)\s+(?P<word>" + _BODY_NOUNS +
                           r")\s+(?:meets|sits|works|brings|is|was|has|had|will)\b")
_SUBJECT_START = re.compile(r"^\W*(?:\d+(?:\.\d+)*\.?\s+)?(?:the\s+|its\s+|this\s+)?$", re.I)


_MEMBERSHIP_OF_THE = re.compile(r"\b[Mm]embership\s+of\s+(?:the|this)\s+(?P<word>group|board|panel|partnership|"
                                r"forum|committee|network|executive)\b")
_OURS = re.compile(r"\bour (?:\w+ ){0,2}(?:priorit|members|partners|sub-?groups|responsibilit|remit)|"
                   # "Our work is carried out by four sub-groups, each of which reports to the Executive:": ours
                   r"\bour (?:work|business)\b[^.:;]{0,40}?\bsub-?groups\b", re.I)


def _lists_itself(doc: ExtractionDoc, owner: Entity, items: list[Line]) -> bool:
    """The body taken for "we" is one of the partnerships "we belong to": "we" is someone else, unknown."""
    names = {owner.name.casefold(), *(a.casefold() for a in owner.aliases)}
    return any(doc.text[it.content_start : it.end].strip().casefold().startswith(tuple(names)) for it in items)


def _we_body(doc: ExtractionDoc) -> Entity | None:
    """Who "we" is in a paper's "Partnerships we belong to": the paper's own body, else the body a web page's banner
    names alone on one of its first lines ("Northshire Fire and Rescue Service" above "About us > Partnerships");
    with neither, the list has no subject."""
    if doc.resolver.body is not None:
        return doc.resolver.body
    lines = [ln for ln in doc.layout.lines[:12] if ln.kind != "blank" and not ln.text.lower().startswith("source:")]
    for line in lines[:4]:
        content = doc.text[line.content_start : line.end].strip(" :-–")
        # "About the Safer Eastvale Partnership": a web page's title on the body it is about
        content = _ABOUT.sub("", content)
        found = [m for m in doc.mentions(line.content_start, line.end) if m.kind == "body" and not m.back_ref]
        if len(found) == 1 and found[0].name in (content, _ABOUT.sub("", content)) and len(content.split()) >= 2:
            return doc.named_body(found[0])
    return None


_ABOUT = re.compile(r"^(?:about|welcome to)\s+(?:the\s+)?", re.I)


def list_owner(doc: ExtractionDoc, line: Line) -> Entity | None:
    """The body (or plan) the opening line names; the paper's own body when it names nothing else."""
    named = kind_only = False
    of_the = _MEMBERSHIP_OF_THE.search(doc.text, line.content_start, line.end)
    if of_the is not None:
        # "The Eastvale Delivery Group was set up in 2024. Membership of the group is by organisation:": the group
        # the paragraph named before
        e = doc.resolver.reference(of_the.group("word"), of_the.start("word"))
        if e is not None and e.kind == "body":
            return e
    ours = _OURS.search(doc.text[line.content_start : line.end])
    if ours is not None and doc.resolver.body is not None:
        return doc.resolver.body  # "the learning has shaped our priorities for 2023-24:": the paper's own body
    if ours is not None and re.search(r"(?i)\bour (?:members|partners)\b", ours.group(0)):
        we = _we_body(doc)  # "Our partners are:" on a web page titled "About the Safer Eastvale Partnership"
        if we is not None:
            return we
    # the sentence that ends in the colon names the owner; else the sentence before it, by its subject
    # the sentence the opener ends may have begun lines above ("The draft Safer Eastvale Partnership Plan" /
    # "2025-2028 proposes three priorities:", "6. The plan was ... by the Council's" / "Team, ... It sets:")
    first = _sentence_start(doc, line)
    cuts = [first] + [first + m.end() for m in re.finditer(r"[.;]\s+(?=[A-Z])", doc.text[first : line.end])]
    if doc.resolver.body is not None and _ITS_MEMBERS.match(doc.text[cuts[-1] : line.end].strip()):
        return doc.resolver.body  # "... (the ICB). The lead representatives were:": the paper's body's, not the ICB's
    spans = list(zip(cuts, cuts[1:] + [line.end], strict=True))[-2:]
    for k, (a, b) in enumerate(reversed(spans)):
        if k == 0 and len(spans) > 1 and re.match(r"\W*(?:It|They|This)\b", doc.text[a:b]):
            continue  # "It is supported by an Executive Group and by four sub-groups:": whose is said before
        opening = _OPENING_NOUN.match(doc.text, a, b) if k else None
        if k and opening is None and _MEMBERS_WORD.search(doc.text, line.content_start, line.end):
            # "The group sits four times a year with X as chair. Members include:": the body the sentence
            # before opens on, by its noun, is the one whose members follow (not the paper's own body)
            opening = _BODY_OPENING.match(doc.text, a, b)
        if opening is not None and (opening.group("word").casefold() not in NOT_OWNER or
                                    opening.re is _BODY_OPENING):
            # "The plan was informed by ... It sets four priorities:": "It" is the plan the sentence opens with, the
            # last one named in full before it ("the Northdale Safety Plan 2025"), else what the word refers back to
            e = _named_before(doc, opening.group("word"), a) or \
                doc.resolver.reference(opening.group("word"), opening.start("word"))
            return e if e is not None and e.kind in ("body", "publication") else None
        for m in doc.mentions(a, b):
            if k and not _SUBJECT_START.match(doc.text[a : m.start]):
                break  # the sentence before speaks of its subject only ("... was produced by the Health team")
            if m.name.casefold() in layout().lists:
                continue  # "3. OUR THEME GROUPS": the heading's own words, read as a name, are no body
            if re.fullmatch(_GROUP_KINDS, m.name, re.I):
                # "Sub-group chairs 2024/25:", "Task group leads:": the groups' own kind, read as a name, is no body;
                # when nothing else is named the list says who leads the groups, not whose groups they are (a chart
                # or a sentence elsewhere does: the paper's own body is often wrong, a board of it their parent)
                kind_only = True
                continue
            if m.kind in ("body", "publication", "post") or (m.kind == "name" and m.head == "acronym"):
                named = True
                e = section_body(doc, line, m) or doc.resolver.entity(m)
                if e is not None and e.kind in ("body", "publication"):
                    return e
        if named:
            return None
    if kind_only:
        return None
    subject = _paragraph_subject(doc, line, spans[-1][0])
    if subject is not None:
        return subject
    this = _THIS_GROUP.match(doc.text, line.content_start, line.end)
    if this is not None:
        return _headed_body(doc, line, this.group("noun"))
    referenced = referenced_owner(doc, line.content_start, line.end, ("body", "publication", "post"))
    if referenced is not None:
        return referenced
    text = doc.text[line.content_start : line.end].strip()
    bare = line.kind in ("heading", "field") or re.match(
        r"(?i)(?:the\s+(?:board|partnership|panel|committee|group|forum|csp)\b|we\b|our\b|its\b|[^ ]+:$|"
        # "The following organisations are members:": the list names no body, the paper's own
        r"(?:the following|these)\s+(?:organisations|agencies|bodies|partners|services)\s+(?:are|will be)\b|"
        # "The three statutory safeguarding partners for the area are:": the partners the law names, the paper's
        # own body's (its area's arrangements)
        r"(?:the\s+)?(?:" + _FEW + r"\s+)?(?:statutory|lead)\s+(?:safeguarding\s+)?(?:partners|authorities)"
        r"(?:\s+(?:for|in|of)\s+[^:;.]{1,40}?)?\s+(?:are|include)\s*:$|"
        # "The partners have named the following relevant agencies, ...:": the arrangements' own, the paper's body's
        r"(?:the\s+)?[a-z ]{0,40}?\b" + _RELEVANT_AGENCIES + r"\b[^:;]{0,100}:$)",
        text) or \
        _ITS_MEMBERS.match(text) or _MEMBERS_TITLE.fullmatch(text.casefold().rstrip(" :"))
    if bare and _MEMBERS_WORD.search(text):
        # "Membership:" in a section titled by another body's name ("2. Wigan Domestic Abuse Board"): that body's
        headed = _section_title_body(doc, line)
        if headed is not None and not _is_title(doc, headed):
            return headed
    if doc.resolver.body is None and (bare or len(text.split()) <= 4) and _MEMBERS_WORD.search(text):
        # "Proposed membership:" in a paper to a board that names itself only "the Board" after its title: the
        # body the paper's bare noun stands for, when the paper uses one such noun only
        return _self_named(doc, line.start)
    # a list under a paper with no body of its own is no council's membership
    return doc.scope_body(line.start) if bare or len(text.split()) <= 4 else None


_BARE_BODY = re.compile(r"\b[Tt]he (Board|Partnership|Panel|Committee|Forum|Group)\b(?!['’]s\s+(?:own\s+)?member)")


def _self_named(doc: ExtractionDoc, at: int) -> Entity | None:
    """The body a paper calls by one bare noun throughout ("the Board" twelve times, no "the Partnership"): the
    body its banner names, when that body is of the noun's kind (the last Board named before AT may be another);
    None when the paper speaks of two kinds of body so, or of one only in passing."""
    nouns = {m.group(1) for m in _BARE_BODY.finditer(doc.text, 0, at)}
    if len(nouns) != 1 or len(_BARE_BODY.findall(doc.text, 0, at)) < 3:
        return None
    e = _we_body(doc)
    noun = nouns.pop()
    return e if e is not None and e.kind == "body" and (e.subtype == noun or e.name.endswith(noun)) else None


_MEMBERS_WORD = re.compile(r"(?i)\b(?:members|membership)\b")
# an opener with no subject of its own: "Members include:", "Its members are:", "Membership comprises:"
_SUBJECTLESS_OPENER = re.compile(r"\W*(?:(?:its|their)\s+)?(?:core\s+|current\s+)?(?:members|membership|partners)\s+"
                                 r"(?:include|includes|are|comprises?|is)\s*:\s*$", re.I)
# a sentence that goes on speaking of the one before's subject: "It is chaired by ...", "The group meets ..."
_GOES_ON = re.compile(r"\W*(?:It|They|Its|Their|This|The\s+(?P<head>" + _BODY_NOUNS + r"))\b")


def _paragraph_subject(doc: ExtractionDoc, line: Line, start: int) -> Entity | None:
    """ "The Eastvale Prevent Group co-ordinates ... It is chaired by ..., and meets monthly. Members include:": a
    subjectless opener's list is the body the paragraph opens on, through sentences that go on speaking of it
    ("It ...", "The group ..."); any other sentence between them, or none opening on a body, gives nobody."""
    from ..layout import split_sentences

    if not _SUBJECTLESS_OPENER.match(doc.text, start, line.end):
        return None
    para = max(doc.text.rfind("\n\n", 0, start), doc.text.rfind("\n \n", 0, start), start - 1200, 0)
    sentences = list(split_sentences(doc.text, para, start))
    said: set[str] = set()  # the heads the sentences going on call it by ("The group meets ...")
    for a, b in reversed(sentences):
        if (going := _GOES_ON.match(doc.text, a, b)) is not None:
            if going.group("head"):
                said.add(going.group("head").casefold())
            continue
        first = next(iter(doc.mentions(a, b)), None)
        if first is None or first.kind != "body" or not _SUBJECT_START.match(doc.text[a : first.start]):
            return None
        e = doc.resolver.entity(first)
        if e is not None and said and e.name.split()[-1].casefold() not in said:
            # "The Council leads on Prevent through the X Group. The group meets ... Members include:": the group
            # the sentences went on about is the one the sentence named after its subject, not its subject
            return None
        return e if e is not None and e.kind == "body" else None
    return None


# "will sit under it", "report into them": the groups' parent only a pronoun names
_UNDER_IT = re.compile(r"\b(?:under|below|beneath|within|to|into)\s+(?:it|them)\b", re.I)


def _pronoun_owner(doc: ExtractionDoc, start: int) -> Entity | None:
    """The body a pronoun in the sentence at START stands for: the nearest sentence before it in its paragraph whose
    subject is a body ("The board will meet every six weeks." ... "Two groups will sit under it: ..."). Up to two
    sentences about something else may come between; more, or a paragraph that opens on no body, gives nobody."""
    from ..layout import split_sentences

    para = max(doc.text.rfind("\n\n", 0, start), doc.text.rfind("\n \n", 0, start), start - 1200, 0)
    skipped = 0
    for a, b in reversed(list(split_sentences(doc.text, para, start))):
        first = next((x for x in doc.mentions(a, b) if x.kind not in ("money", "topic")), None)
        if first is not None and _SUBJECT_START.match(doc.text[a : first.start]):
            # "The board will meet ...": a head noun alone stands for the body last named in full with it
            head = first.kind == "name" and len(first.name.split()) == 1
            e = doc.resolver.entity(first) if first.kind == "body" else \
                doc.resolver.reference(first.name, first.start) if head else None
            if first.kind == "body" or e is not None:
                return e if e is not None and e.kind == "body" else None
        skipped += 1
        if skipped > 2:
            return None
    return None


def section_break(doc: ExtractionDoc, line: Line) -> bool:
    """LINE opens a section: a heading, or a numbered title the layout read as a list item ("4. Delivery groups",
    "2. Board membership"), short and with no full stop."""
    if line.kind == "heading":
        return True
    if line.kind != "bullet" or not line.number or not line.number[0].isdigit():
        return False
    content = doc.text[line.content_start : line.end].strip(" #*:")
    return bool(content) and len(content.split()) <= 8 and not content.endswith(".") and content[0].isupper()


def _section_title_body(doc: ExtractionDoc, line: Line) -> Entity | None:
    """The body the title of LINE's section names alone: the nearest line above it, within a page, that is a heading
    or a numbered section's title ("2. Wigan Domestic Abuse Board", which a layout may read as a numbered item)."""
    lines = doc.layout.lines
    at = next((k for k, ln in enumerate(lines) if ln.start <= line.start <= ln.end), len(lines))
    for ln in reversed(lines[max(0, at - 25) : at]):
        numbered = ln.kind == "bullet" and ln.number and ln.number[0].isdigit()
        if ln.kind != "heading" and not numbered:
            continue
        content = doc.text[ln.content_start : ln.end].strip(" #*:")
        if len(content.split()) > 10 or content.endswith("."):
            continue  # a numbered paragraph, not a section's title
        found = [x for x in doc.mentions(ln.content_start, ln.end) if x.kind == "body" and not x.back_ref]
        if len(found) != 1 or found[0].name != content:
            return None
        return doc.named_body(found[0])
    return None


def _is_title(doc: ExtractionDoc, body: Entity) -> bool:
    """BODY is the one the paper's first lines name: its own title, not a section's."""
    first = [ln for ln in doc.layout.lines[:12] if ln.kind != "blank" and not ln.text.startswith("Source:")][:3]
    return any(body.name.casefold() in ln.text.casefold() for ln in first)


# "The responsible authorities are represented as follows:": the members of the paper's own body, named by kind
_ITS_MEMBERS = re.compile(r"(?i)(?:\d+(?:\.\d+)*\.?\s+)?(?:the\s+)?(?:responsible authorities|statutory partners|"
                          r"partner agencies|member agencies|members)\s+(?:are|will be)\s+represented\b|"
                          r"(?:\d+(?:\.\d+)*\.?\s+)?(?:the following|these)\s+(?:are|will be)\s+(?:\w+\s+)?members\b|"
                          r"(?:\d+(?:\.\d+)*\.?\s+)?(?:the\s+)?(?:lead |named |nominated )?representatives\b[^:;]{0,40}"
                          r"\b(?:are|were|will be)\s*:")
_GENERIC_MEMBERS = frozenset({"Member", "Members", "Partner", "Partners", "Officer", "Officers", "Representative",
                              "Representatives", "Attendees", "Deputies"})
# a head noun alone is the end of a name wrapped onto the next line ("Avon and Somerset / Constabulary"); "Police",
# "Health" or "Probation" alone are the sectors a membership list names
_BARE_HEADS = frozenset("""Constabulary Council Board Partnership Service Services Trust Authority Group Panel
    Committee Team Unit Office Forum""".split())
_NOT_AN_ITEM = re.compile(r":\s*$|^[^:\n]{1,60}:\s*(?:\d|(?:January|February|March|April|May|June|July|August|"
                          r"September|October|November|December)\b)")


_GROUP_CELL = re.compile(r"[A-Z][\w'’&,() -]{2,80}? (?:sub-?group|sub-?committee|group|panel|board|forum)")


def _chair_column(doc: ExtractionDoc, group: Entity, row: Line, cells) -> None:
    """ "| SAR sub-group | Jo Lee, Head of Safeguarding, NHS Dorset |" under a "Chair" column: the group's chair."""
    table = next((t for t in doc.layout.tables if row in t.rows), None)
    if table is None or not table.header or len(table.header) != len(cells):
        return
    for k, name in enumerate(table.header):
        if k and re.match(r"chair\b", name):
            a, b = cells[k]
            chair = chair_in_cell(doc, group, a, b, (row.start, row.end), "list:chair", 0.85)
            if chair is not None:
                person, entry = chair
                for x, y in entry.descriptors:
                    describe_entry(doc, person, group, x, y, (row.start, row.end), "")


# a cell's own label of who chairs ("Chair: ...", "Chaired by ..."): a lead ("Led by ...") is no chair
_CHAIR_LABEL = re.compile(r"[\s|]*(?i:chair(?:ed\s+by|person)?\s*:|chaired\s+by\b)\s*")


def chair_in_cell(doc: ExtractionDoc, group: Entity, a: int, b: int, span: tuple[int, int], rule: str,
                  confidence: float) -> tuple[Entity, Entry] | None:
    """A cell under a "Chair" column names who chairs GROUP: its first person, else a post filling it alone.
    The person and their entry, when a person chairs it."""
    label = _CHAIR_LABEL.match(doc.text, a, b)
    if label is not None:
        a = label.end()  # "Chair: Director of Public Health, Eastvale Council" in a "Lead / chair" column
    for entry in list_entries(doc, a, b, ()):
        person = doc.resolver.person(entry.person)
        doc.add(person, "chairs", group, *span, rule, confidence)
        return person, entry
    post = post_in_cell(doc, a, b)
    if post is not None:
        doc.add(post, "chairs", group, *span, rule, confidence)
    return None


def post_in_cell(doc: ExtractionDoc, a: int, b: int) -> Entity | None:
    """ "Head of Community Safety, Luton Borough Council": a post that fills the cell alone, with the
    organisation it serves after a comma."""
    found = doc.mentions(a, b)
    if not found or found[0].kind != "post" or found[0].start - a > 2:
        return None
    post = found[0]
    rest = doc.text[post.end : b].strip()
    if not rest:
        return doc.resolver.entity(post)
    unit = ""
    if len(found) == 3 and found[1].kind in ("name", "topic") and \
            doc.text[post.end : found[1].start].strip() == "," == doc.text[found[1].end : found[2].start].strip():
        # "Chief Superintendent, City Division, Kent Police": the post's unit stands between it and its force
        unit, found = found[1].name, [post, found[2]]
    org = found[1] if len(found) == 2 and found[1].kind in ("body", "name") else None
    if org is None or (not unit and doc.text[post.end : org.start].strip() != ",") or doc.text[org.end : b].strip():
        return None  # more than a post and its organisation: not read
    body = doc.resolver.entity(org) if org.kind == "body" else doc.resolver.body_named(org.name, org.acronym)
    if body is None or body.kind != "body":
        return None
    if unit:
        return doc.resolver.post_named(f"{post.name}, {unit}, {body.name}", written=f"{post.name}, {unit}")
    return doc.resolver.post_named(f"{post.name}, {body.name}", written=post.name)


def _header_row(doc: ExtractionDoc, row: Line) -> bool:
    """ROW names its table's columns, or sums its rows (the layout's one reading of the table, row_roles)."""
    return row.role in ("header", "total")


# the words that number a plan's items ("Priority 2", "Theme B", "Objective Three"): the number is one of these
_ITEM_WORD = r"(?:Priority|Theme|Objective|Outcome|Aim|Strand|Workstream|Pillar)\s+"
_ORDINAL_WORD = r"One|Two|Three|Four|Five|Six"
_ITEM_LABEL = re.compile(r"(?i)" + _ITEM_WORD + r"(?:\d{1,2}|[A-Z]|" + _ORDINAL_WORD + r")[.:]?")
_NUMBERED_ITEM = re.compile(r"\s*" + _ITEM_WORD + r"(?:\d+|[A-Z]|" + _ORDINAL_WORD + r")\s*[-–—:.)]\s*")


# what parts a post from the organisation it serves in a list's item: "Director of Public Health, Northdale
# Council", "District Commander – Northshire Police", "Head of Service (Northdale Youth Justice Service)"
_POST_EMPLOYER_SEPARATORS = frozenset({",", "-", "–", "—", "("})


# a numbered paragraph, not a member: its subject, then a verb, and on to a full stop ("Seats on the Board are held
# by post rather than by a named person.")
_SEAT_SENTENCE = re.compile(r"[^.;:\n]{3,60}?\s(?:are|is|will|may|must|shall|can)\s+(?:be\s+|not\s+)?[a-z][^\n]{10,}"
                            r"\.\s*")


# a line of a structure chart drawn as text: a branch ("+-- X", "|-- X", "└── X") or an upright alone ("|")
# (never a table's rule line, "|-----|", whose dashes run on)
_CHART_LINE = re.compile(r"(?m)^[ \t]*(?:[|│][ \t]*$|(?:[+|`\\]-{1,4}>?|[├└]─{1,3})[ \t]*[A-Za-z])")


def _drawn_chart(doc: ExtractionDoc, opener: Line) -> bool:
    """The lines under OPENER draw a chart ("Structure:" over "X" / "|" / "+-- Y"): its nodes hang from each other
    as drawn (structure.py reads it), none of them from the list's owner, and the top node is no sub-group."""
    block = doc.text[opener.end : opener.end + 400].lstrip("\n")
    block = block.split("\n\n", 1)[0]
    return _CHART_LINE.search(block) is not None


def _item(doc: ExtractionDoc, relation: str, owner: Entity, item: Line, opener: Line) -> None:
    if relation in ("subgroup_of", "reports_to") and _drawn_chart(doc, opener):
        return
    if relation == "member_of" and not_a_member(doc.text, item.start, item.end):
        return  # "Service Manager (attends; not a member)": listed with the members, not one of them
    if relation == "member_of" and _SEAT_LABEL.match(doc.text, item.content_start, item.end):
        return  # "Chair – Chief Executive, County Council": who takes the chair, not a member's name
    if relation == "member_of" and item.kind == "bullet" and _SEAT_SENTENCE.fullmatch(doc.text, item.content_start,
                                                                                     item.end):
        return  # "3.1 Seats on the Board are held by post ...": a numbered paragraph about the seats, no member
    # ("- ASB Delivery Group <tab> (lead: ...)": a row that opens on a bullet's mark is an item, never column names)
    dashed = item.kind == "row" and len(item.cells) > 1 and (not doc.text[
        item.cells[0][0] : item.cells[0][1]].strip(" -–•*·") or re.match(r"\s*[-–•*·]\s", doc.text[
            item.cells[0][0] : item.cells[0][1]]) is not None)
    # "Priority 2 <tab> Tackling drug-related harm": the first column numbers the item the second states
    labelled = item.kind == "row" and len(item.cells) > 1 and _ITEM_LABEL.fullmatch(
        doc.text[item.cells[0][0] : item.cells[0][1]].strip()) is not None
    if item.kind == "row" and (not item.cells or (_header_row(doc, item) and not dashed and not labelled and not (
            relation == "member_of" and (_entry_starts(doc, *item.cells[-1]) or _entry_starts(doc, *item.cells[0]))))):
        # a table's rule line ("|---|---|") or its column names (a dashed item, or a name, never is: "Cllr Jo Lee
        # <tab> Chair" heads no column, though "Chair" would)
        return
    cells = item.cells[1:] if labelled or _grouped_row(doc, item) else item.cells
    while item.kind == "row" and len(cells) > 1 and not doc.text[cells[0][0] : cells[0][1]].strip(" -–•*·"):
        cells = cells[1:]  # "-<tab>Northdale Council - Head of Housing": a bullet the cleaner set apart
    start = cells[0][0] if item.kind == "row" else item.content_start
    end = (cells[0][1] if len(cells) > 1 else item.end) if item.kind == "row" else item.end
    if _NOT_AN_ITEM.search(doc.text[start : item.end]):
        return  # "The Board will:" opens a list of its own; "Approved by the Board: 14 November 2023" is a field
    if item.kind == "row" and all(doc.text[a:b].strip().casefold() in _COLUMN_NAMES for a, b in cells):
        return  # "Post | Organisation": the column names of a table under a title
    if relation == "member_of" and item.kind == "row" and (_seat_then_holder(doc, owner, cells, opener, item) or
                                                          _seat_then_organisation(doc, owner, cells, opener, item)):
        return
    numbered = _NUMBERED_ITEM.match(doc.text, start, end)
    if numbered:
        start = numbered.end()  # "Priority 1 - Safer town centres": the item is what follows its number
    kinds = _ITEM_KINDS[relation]
    found: Mention | None = None
    seat_post: Mention | None = None  # the post an item names first, for the organisation named after it
    post_first = False  # the item names a post first, and the organisation it serves after it
    if relation == "member_of" and _represented_member(doc, owner, start, item.end, opener):
        return
    item_mentions = doc.mentions(start, end, expect_person=relation == "member_of")
    if relation == "member_of":
        item_mentions = _one_organisation(doc, item_mentions, start, end)
    for k, m in enumerate(item_mentions):
        if m.kind in kinds and m.start - start <= 4:
            found = m
            break
        if relation == "member_of" and k == 0 and m.kind == "initiative" and m.start - start <= 4 and \
                not doc.text[m.end : end].strip(" .;,") and len(item_mentions) == 1:
            # "Northdale Women's Refuge" alone as an item of members: the service that runs it sits as a member
            found = Mention(m.start, m.end, "name", m.name)
            break
        if relation == "member_of" and k == 0 and m.kind == "post" and m.start - start <= 4:
            # "Head of Community Safety, Northdale Council": a post is listed for the organisation it serves
            employer = _qualified_employer(doc, m, item_mentions, end) or next(
                (x for x in item_mentions[1:2] if x.kind in ("body", "name") and
                 doc.text[m.end : x.start].strip() in _POST_EMPLOYER_SEPARATORS and not department_words(x.name)),
                None)
            if employer is not None:
                found = employer
                seat_post = m
            _post_holder(doc, owner, m, employer, item_mentions)
            if item.kind == "bullet" or len(cells) == 1:
                _marked_post_chair(doc, m, employer, owner, start, end)
            post_first = True
            if employer is None and item.kind != "row":
                _lone_post_member(doc, owner, m, item_mentions, end, opener)
            break
    if relation == "member_of" and found is not None and found.kind == "body":
        # "BCP Council and Dorset Council (the local authorities)": both organisations of the item are members
        bare = re.sub(r"\s*\([^()]*\)\s*$", "", doc.text[start:end]).rstrip(" .;,")
        for other in _named_pair(doc, [x for x in item_mentions if x.end <= start + len(bare)], start,
                                 start + len(bare))[1:]:
            e = doc.resolver.entity(other)
            if e is not None and e.kind == "body":
                doc.add(e, "member_of", owner, *((opener.start, end) if opener.end + 200 > start else (start, end)),
                        "list:member_of", 0.85)
    if relation in ("subgroup_of", "reports_to", "member_in") and found is not None and found.kind == "name" and \
            looks_like_person(found.name.split()):
        return  # "Jo Lee, Northshire Police" among a board's groups: a person, no group
    if found is not None and (found.name in _GENERIC_MEMBERS or found.name in names().vacancies or (
            " " not in found.name and (found.back_ref or found.name in _BARE_HEADS))):
        return  # "Members will nominate a deputy", "Vacant": a word of the sentence, not a member
    if found is not None and found.kind == "name" and " " not in found.name and found.head != "acronym" and \
            re.match(r" [a-z]", doc.text[found.end : found.end + 2]):
        return  # "District councils - ...", "Voluntary sector - ...": the first word of a phrase, not a name
    if found is not None and found.kind == "name" and " " not in found.name and \
            re.match(r" [A-Z][a-z]", doc.text[found.end : found.end + 3]):
        found = _whole_organisation(doc, found, end) if item.kind == "row" else None
        if found is None:
            return  # "Change Grow Live", "HMP Rye Hill": a name cut at its first word names nobody
    if relation == "subgroup_of" and found is not None and found.kind == "name" and " " not in found.name and \
            found.head != "acronym" and doc.text[found.end : found.end + 1] == ",":
        return  # "Education, Training and Employment Panel": a group's name cut at its first comma names no group
    entity = None
    if relation == "priority_of" and found is not None and found.kind == "topic" and \
            _longer_phrase(doc.text, found.end, start, end):
        found = None  # "knife crime and youth violence, including ...": the priority as written, not its first topic
    if relation == "responsible_for" and _duty_items(doc, owner, start, end, opener):
        return
    if relation == "subgroup_of" and _SHARED_WITH.search(doc.text, start, item.end):
        return  # "the Exploitation Group, shared with the Children's Partnership": no one board's own group
    if relation == "subgroup_of" and item.kind == "row" and (found is None or found.kind != "body"):
        cell = " ".join(doc.text[start:end].split())
        if _GROUP_CELL.fullmatch(cell):
            found = Mention(start, end, "body", cell)  # "Safeguarding Adults Review (SAR) sub-group"
    if found is not None:
        entity = doc.resolver.entity(found)
        if entity is None and found.kind == "name" and relation in ("member_of", "member_in", "subgroup_of",
                                                                    "reports_to"):
            entity = doc.resolver.body_named(found.name, found.acronym, place=found.place)
    elif relation == "priority_of":
        phrase = priority_phrase(doc.text[start:end])
        if phrase:
            entity = doc.resolver.topic(phrase)
    if relation == "priority_of" and entity is not None and entity.kind == "topic":
        entity = doc.resolver.remember(entity, *priority_names(doc.text[start:end]))
    elif relation == "responsible_for" and not _verb_led(doc.text[start:end]) and \
            not _SUBJECT_LED.match(doc.text, start, end) and not _ACTION_OPENER.search(opener.text):
        phrase = _LEAD_PHRASE.match(doc.text[start:end])
        if phrase and len(phrase.group(1).split()) <= 8:
            entity = doc.resolver.topic(phrase.group(1))
    if entity is None:
        return
    if found is not None and entity.kind == "body":
        entity = with_branch(doc, entity, found, end)
    _item_lead(doc, entity, start, end)
    _item_parts(doc, entity, start, end)
    span = (opener.start, end) if opener.end + 200 > start else (start, end)
    rule = f"list:{relation}"
    if relation == "priority_of":
        doc.add(entity, relation, owner, *span, rule, 0.85)
    elif relation == "covers_area":
        doc.add(owner, relation, entity, *span, rule, 0.85)
    elif relation == "statutory_duty":
        if owner.kind in ("body", "post"):
            section = _SECTION.search(doc.text, start, end)  # "Crime and Disorder Act 1998, section 17"
            doc.add(owner, relation, entity, *span, rule, 0.8,
                    qualifier=section_qualifier(section.group(0) if section else None))
    elif relation == "responsible_for":
        doc.add(owner, relation, entity, *span, rule, 0.8)
    elif relation == "member_in":
        if entity.kind == "body" and entity.iri != owner.iri:
            doc.add(owner, "member_of", entity, *span, rule, 0.8)  # "Partnerships we belong to": we are in each
    else:
        doc.add(entity, relation, owner, *span, rule, 0.85)
        if relation == "reports_to" and entity.kind == "body" and _own_groups(doc, owner, opener, start, end):
            # "Two working groups report to the Board:": the groups the board works through are its own
            doc.add(entity, "subgroup_of", owner, *span, "list:subgroup_of", 0.8)
        if relation == "subgroup_of" and entity.kind == "body" and item.kind == "row":
            _chair_column(doc, entity, item, cells)
        if relation == "subgroup_of" and entity.kind == "body" and _OVERSEES.search(doc.text, opener.start, opener.end):
            doc.add(owner, "oversees", entity, *span, "list:oversees", 0.8)  # "The Board oversees four groups:"
        if relation == "member_of" and entity.kind == "body" and seat_post is not None and found is not None:
            if not any(m.kind in ("person", "name") and m.start >= found.end for m in item_mentions):
                # (a seat whose holder is named after it, "Head of X, Northdale Council - Jo Lee", is read as the
                # holder's: see _post_holder)
                _post_first_seat(doc, entity, owner, seat_post, found, item, cells, span)
        elif relation == "member_of" and entity.kind == "body":
            _represented_by(doc, entity, owner, item, found, span)
            if (item.kind == "bullet" or len(cells) == 1) and not post_first and \
                    not _POST_AFTER.match(_CHAIR_MARK.sub("", doc.text[found.end : end]) if found else ""):
                # (not "Northdale Council - Director of Public Health (Chair)": the post the organisation sends chairs)
                _marked_chair(doc, entity, owner, start, end, span)
        elif relation == "member_of" and entity.kind == "person" and item.kind == "row" and \
                0 not in organisation_columns(doc, cells):
            # "| Jo Lee | Head of Housing | Northdale Council |": the other columns say who the member is (a
            # partner shaped like a name under an "Organisation" head is no person the row describes)
            describe_cells(doc, entity, owner, list(cells[1:]), span)
        elif relation == "member_of" and entity.kind == "person" and found is not None:
            _described_member(doc, entity, owner, found, end, span)


# what may close an item of members after the organisation's name: a bracketed note, a stop
_ITEM_CLOSE = re.compile(r"\s*(?:\([^()]*\))?\s*[.;,]?\s*")


def _one_organisation(doc: ExtractionDoc, mentions: list[Mention], start: int, end: int) -> list[Mention]:
    """An item of members whose words a reader expecting people parts into an untitled name and what follows it
    with no comma or dash between ("Calder Brook Domestic Abuse Service", "Kestrel Vale Recovery Service",
    "Tarn Recovery Wessex"): a person is set apart from whom they serve by punctuation or a column, so the item,
    closed by the body's head or a place (no public body, no place-named body of its own), names one
    organisation."""
    if len(mentions) != 2:
        return mentions
    first, rest = mentions
    if first.kind != "person" or first.title or first.rank or first.start - start > 4 or \
            doc.text[first.end : rest.start] != " " or rest.kind not in ("body", "place") or \
            not _ITEM_CLOSE.fullmatch(doc.text, rest.end, end):
        return mentions
    if rest.kind == "body" and (rest.place or placenames.public_body(rest.name) is not None):
        return mentions  # "Jo Lee Westshire Police": the organisation is one of its own, after the person
    name = " ".join(doc.text[first.start : rest.end].split())
    return [Mention(first.start, rest.end, "body", name, head=rest.head if rest.kind == "body" else None)]


# what may follow a post that makes up a member's item on its own: nothing but a stop (a bracketed note may say
# the seat is no member's: "(observer)")
_POST_ALONE_REST = re.compile(r"\s*[.;,]?\s*")


def _lone_post_member(doc: ExtractionDoc, owner: Entity, post: Mention, item_mentions: list[Mention], end: int,
                      opener: Line) -> None:
    """ "Members of the Board include:" / "Director of Public Health": an item that is a post and nothing else
    names the seat, with no organisation or holder to stand for it; the post is the member."""
    if len(item_mentions) != 1 or not _POST_ALONE_REST.fullmatch(doc.text, post.end, end):
        return
    held = doc.resolver.post(post)
    if held is None or held.kind != "post" or len(held.name.split()) < 2 or held.name in _BARE_POSTS:
        return  # "Chair", "Vice Chair": a seat of the body itself, not a member
    span = (opener.start, end) if opener.end + 200 > post.start else (post.start, end)
    doc.add(held, "member_of", owner, *span, "list:member_of", 0.8)


_BARE_POSTS = frozenset({"Vice Chair", "Vice-Chair", "Deputy Chair", "Co-Chair", "Joint Chair", "Board Member",
                         "Co-opted Member", "Lay Member", "Independent Member", "Voting Member", "Elected Member"})

_DESCRIBED_AFTER = re.compile(r"\s*(?:[-–—]\s|,\s*)")


def _described_member(doc: ExtractionDoc, person: Entity, owner: Entity, found: Mention, end: int,
                      span: tuple[int, int]) -> None:
    """ "Jo Lee - Head of Housing, Northdale Council", "Jo Lee - Northdale Police (Chair)": a member's item that
    says after a dash or a comma who the person is; read as an attendance list's entry is, the chair marked in it
    being of the body the list is of."""
    after = _DESCRIBED_AFTER.match(doc.text, found.end, end)
    if _item_runs_on(doc, end):
        return  # "... Safeguarding Lead, Torbay and South / Devon NHS Trust": the organisation is cut at the wrap
    if after is not None and after.end() < end:
        describe_entry(doc, person, owner, after.end(), end, span, "")


def _person_item(doc: ExtractionDoc, line: Line) -> bool:
    return _entry_starts(doc, line.content_start, line.end)


def _item_runs_on(doc: ExtractionDoc, end: int) -> bool:
    """The line after the item that ends at END carries on its text: it is not blank and names no one first."""
    lines = doc.layout.lines
    k = next((k for k, ln in enumerate(lines) if ln.end == end), None)
    if k is None or k + 1 >= len(lines):
        return False
    nxt = lines[k + 1]
    return nxt.kind not in ("blank", "row") and not nxt.number and not _person_item(doc, nxt) and \
        not doc.text[lines[k].start : end].rstrip().endswith((".", ";", ")"))


_BRANCH = re.compile(r"\s*\((?P<where>[A-Z][^()]{1,40})\)\s*$")


def with_branch(doc: ExtractionDoc, entity: Entity, found: Mention, end: int) -> Entity:
    """ "Probation Service (South West)", "Probation Service (Kent, Surrey and Sussex)": the region in brackets
    that closes the item says which branch of a national service is meant; the name as written, bracket and
    all, is kept as one of the node's names."""
    branch = _BRANCH.fullmatch(doc.text, found.end, end)
    if branch is None:
        return entity
    where = [w.strip() for w in re.split(r",|\band\b|&", branch.group("where")) if w.strip()]
    # "(Luton Place)", "(City Division)": a place with the word for a local unit of the service
    where = [re.sub(r"\s+(?:Place|Division|Area|District|PDU|BCU|LPU)$", "", w) for w in where]
    if not where or not all(placenames.is_place(w) for w in where):
        return entity
    return doc.resolver.remember(entity, f"{found.name} ({branch.group('where')})")


# "Nottingham City Council (Chair)", "Kent Police (Vice-Chair: Chief Superintendent, City Division)": a member's
# item that closes on its seat's role, with the post that holds it
_CHAIR_MARK = re.compile(r"\s*\((?P<role>(?:joint |co-?|vice[- ]?|deputy )?chair(?:man|woman|person)?)"
                         r"(?:\s*[:–-]\s*(?P<post>[A-Z][^()]{2,80}))?\)\s*$", re.I)


def _marked_chair(doc: ExtractionDoc, member: Entity, owner: Entity, start: int, end: int,
                  span: tuple[int, int]) -> None:
    """The member organisation of an item marked "(Chair)" chairs the body the list is of; marked "(Vice-Chair:
    Post)", the organisation's post is vice-chair."""
    mark = _CHAIR_MARK.search(doc.text, start, end)
    if mark is None or owner.kind != "body":
        return
    relation = "vice_chair" if re.match(r"(?i)vice|deputy", mark.group("role")) else "chairs"
    chair: Entity | None = member
    if mark.group("post"):
        post = " ".join(mark.group("post").split())
        found = [m for m in doc.mentions(mark.start("post"), mark.end("post")) if m.kind == "post"]
        if not found or found[0].start != mark.start("post"):
            return  # no post after the role
        chair = doc.resolver.post_named(f"{post}, {member.name}", written=post)
    doc.add(chair, relation, owner, span[0], end, f"list:{relation}", 0.8)


def _grouped_row(doc: ExtractionDoc, item: Line) -> bool:
    """ITEM is a row of a table whose first column labels each row ("Sector | Organisation | ...", "No. | ...")."""
    from .tables import label_column  # the one lexicon of column heads

    if item.kind != "row" or len(item.cells) < 3:
        return False
    table = next((t for t in doc.layout.tables if item in t.rows), None)
    if table is None or not table.rows or table.rows[0] is item:
        return False
    header = table.header or [doc.text[a:b] for a, b in table.rows[0].cells]
    return label_column(header)


def _qualified_employer(doc: ExtractionDoc, post: Mention, item_mentions: list[Mention], end: int) -> Mention | None:
    """ "Superintendent, Torridge, Devon and Cornwall Police", "Sergeant, Neighbourhood Team, Kent Police", "Head of
    Safeguarding (Northdale Council)": the organisation that closes a post's item, after the post and a short
    qualifier of it parted by commas (its unit, its district), or in brackets after the post. Nothing when no
    organisation closes the item (but for a note in brackets) or the words before it are more than a qualifier."""
    for x in item_mentions[1:]:
        if x.kind not in ("body", "name") or department_words(x.name) or x.kind == "name" and \
                looks_like_person(x.name.split()):
            continue
        between = doc.text[post.end : x.start]
        rest = doc.text[x.end : end].strip(" .;,")
        bracketed = between.strip() == "(" and rest.startswith(")")
        if bracketed:
            rest = rest[1:].strip(" .;,")
        if rest and not re.fullmatch(r"\([^()]{1,40}\)", rest):
            continue  # a unit of the organisation named after it
        qualified = between.lstrip().startswith(",") and between.rstrip().endswith(",") and \
            len(between.split()) <= 6 and not re.search(r"[()]|\b(?:and|or|with|for)\b", between[1:-1])
        return x if bracketed or qualified or between.strip() == "," else None
    return None


def _role_cell(doc: ExtractionDoc, cells) -> str | None:
    """The chair's relation a cell of a row says alone ("Chair", "Vice-chair"), or None."""
    return next((r for r in (chair_role(" ".join(doc.text[a:b].split()).strip(" |")) for a, b in cells) if r), None)


def seat_post_named(doc: ExtractionDoc, post: Mention, employer: Mention, org: Entity) -> Entity | None:
    """The post an item names before its organisation, with what qualifies it between ("Superintendent, Kestrel
    Vale"), named with the organisation it serves."""
    written = " ".join(doc.text[post.start : employer.start].split()).rstrip(" ,(")
    return doc.resolver.post_named(f"{written}, {org.name}", written=written)


def _post_first_seat(doc: ExtractionDoc, member: Entity, owner: Entity, post: Mention, employer: Mention,
                     item: Line, cells, span: tuple[int, int]) -> None:
    """ "Head of Community Safety, Northdale Council": the item names the organisation's seat on OWNER, its post
    first; the organisation is represented by the post. In a table, a cell after it that holds only the seat's role
    on the body ("Chair", "Vice-chair") says the post chairs it."""
    if owner.kind != "body" or member.iri == owner.iri:
        return
    held = seat_post_named(doc, post, employer, member)
    if held is None or held.kind != "post":
        return
    doc.add(member, "represented_by", held, span[0], max(span[1], employer.end), "list:represented_by", 0.8,
            on_body=owner)
    if item.kind != "row" or len(cells) < 2:
        return
    role = _role_cell(doc, cells[1:])
    if role is not None:
        doc.add(held, role, owner, span[0], item.end, f"list:{role}", 0.8)


def _marked_post_chair(doc: ExtractionDoc, post: Mention, employer: Mention | None, owner: Entity, start: int,
                       end: int) -> None:
    """ "Corporate Director for Social Services, Northdale Council (Chair)": the post of the item chairs the body."""
    mark = _CHAIR_MARK.search(doc.text, start, end)
    if mark is None or mark.group("post") or owner.kind != "body":
        return
    relation = "vice_chair" if re.match(r"(?i)vice|deputy", mark.group("role")) else "chairs"
    said = (employer or post).end
    if doc.text[said : mark.start()].strip():
        return  # "Detective Superintendent, Public Protection, Kent Police (Vice-Chair)": more than the post is said
    held = doc.resolver.post(post)
    body = doc.resolver.entity(employer) if employer is not None else None
    if held is not None and body is not None and body.kind == "body" and held.name == post.name:
        held = seat_post_named(doc, post, employer, with_branch(doc, body, employer, end))
    if held is not None and held.kind == "post":
        doc.add(held, relation, owner, start, end, f"list:{relation}", 0.8)


def _whole_organisation(doc: ExtractionDoc, first: Mention, end: int) -> Mention | None:
    """ "HMP Rye Hill", "Change Grow Live (Warwickshire)": an organisation's cell that, read for people, fell into a
    word and a person's name; read for names alone it is one name that fills the cell (a place in brackets may
    follow). None when the cell holds more than that name."""
    found = doc.mentions(first.start, end)
    if not found or found[0].start != first.start or found[0].kind not in ("body", "name") or \
            " " not in found[0].name or (found[0].kind == "name" and looks_like_person(found[0].name.split())):
        return None
    rest = doc.text[found[0].end : end].strip()
    return found[0] if not rest or re.fullmatch(r"\([^()]{2,40}\)", rest) else None


_OVERSEES = re.compile(r"(?i)\b(?:oversees?|oversaw|overseeing|has oversight of)\b")


# "Northdale Council - Director of Public Health", "| Northdale Council | Head of Housing |": the post that sits
# for the member organisation
_POST_AFTER = re.compile(r"\s*(?:[-–—:|]|\t)\s*|"
                         # "Northdale Council, represented by the Head of Housing": the seat said in words
                         r"\s*,?\s*(?:[-–—]\s*)?(?:represented|attended)\s+by\s+(?:the\s+|an?\s+|its\s+)?(?=[A-Z])")


# "Swale Borough Council (Head of Housing)": an organisation's item closed by the post that sits for it, in brackets
_POST_IN_BRACKETS = re.compile(r"\s*\((?P<post>[A-Z][^()]{2,80})\)\s*[.;,]?\s*$")


def _vacant(cell: str) -> bool:
    """A name cell that says nobody holds the seat: "Vacant", "(vacant)", "TBC"."""
    said = " ".join(cell.split()).strip(" |()").casefold()
    return any(said == v.casefold() for v in names().vacancies)


def _represented_by(doc: ExtractionDoc, member: Entity, owner: Entity, item: Line, found: Mention | None,
                    span: tuple[int, int]) -> None:
    if found is None:
        return
    cells = [c for c in item.cells if doc.text[c[0] : c[1]].strip(" -–•*·")] if item.kind == "row" else []
    if cells and _grouped_row(doc, item):
        cells = cells[1:]  # "Police | Northshire Police | Superintendent": the sector's label is no cell of the seat
    if any(_vacant(doc.text[c0:c1]) for c0, c1 in cells[2:]):
        return  # "Transport for London | Partnership Manager | (vacant)": the seat is listed, nobody fills it
    if len(cells) >= 2:
        a, b = cells[1]
    else:
        after = found.end
        acronym = re.match(r"\s*\([A-Z][A-Za-z]{1,7}\)", doc.text[after : item.end])
        if acronym:
            after += acronym.end()  # "Luton Council for Voluntary Service (CVS) - Chief Executive"
        sep = _POST_AFTER.match(doc.text, after, item.end)
        bracket = _POST_IN_BRACKETS.match(doc.text, after, item.end) if not sep and not \
            _CHAIR_MARK.match(doc.text, after, item.end) else None
        if bracket is not None:
            a, b = bracket.span("post")  # "Kent Police (District Commander)": the post that sits for it
        elif not sep:
            return
        else:
            a, b = sep.end(), item.end
    while a < b and doc.text[a] in " \t|":
        a += 1
    # "Head of Housing Services; Cabinet Member for Housing", "Strategic Director (Communities) and Executive
    # Member for Housing": the organisation's two seats, each a post, in a table's cell or after a list item's
    # "Organisation:" alike
    for x, y in _seat_parts(doc, a, b):
        _represented_post(doc, member, owner, item, found, x, y, cells, span)


# where a cell of posts parts: a semicolon, or "and" before a word that opens a post ("and Executive Member for")
_SEAT_PARTING = re.compile(r"\s*;\s*|\s+and\s+(?=[A-Z])")


def _seat_parts(doc: ExtractionDoc, a: int, b: int) -> list[tuple[int, int]]:
    """The spans of the posts a cell TEXT[a:b] lists: parted at a semicolon, and at an "and" only where what follows
    opens as a post does and what comes before is a whole post ("Head of Planning and Regeneration" is one)."""
    leading = heads().post_leading_re
    parts, start = [], a
    for cut in _SEAT_PARTING.finditer(doc.text, a, b):
        if cut.group().strip() != ";":
            before = " ".join(doc.text[start : cut.start()].split())
            if leading.match(doc.text, cut.end(), b) is None or before.count("(") != before.count(")") or (
                    leading.match(before) is None and not any(
                        m.kind == "post" and m.start - start <= 1 for m in doc.mentions(start, cut.start()))):
                continue
        parts.append((start, cut.start()))
        start = cut.end()
    parts.append((start, b))
    return [(x, y) for x, y in parts if doc.text[x:y].strip()]


def _specialism_after(doc: ExtractionDoc, a: int, b: int) -> bool:
    """TEXT[a:b], after a seat's title, only narrows the title ("Named Nurse, Safeguarding", "Safeguarding Lead
    (mental health)"): it names no body, place or person, so the post is still the member organisation's own."""
    rest = doc.text[a:b].strip()
    if not rest.startswith((",", "(")) or not rest.strip(" ,"):
        return False
    # "Corporate Manager, Partnerships": a department's words read as a body still only narrow the title
    return not any((m.kind in ("body", "place", "person") and not (m.kind == "body" and department_words(m.name)))
                   or m.place or m.acronym or m.head == "acronym" for m in doc.mentions(a, b, expect_person=True))


def _unit_after_comma(doc: ExtractionDoc, m: Mention, a: int) -> bool:
    """M is a unit named by its initials' head ("West Area BCU") after a comma in a seat's cell starting at A: the
    unit of the member organisation the seat's holder serves in, part of the seat's name."""
    return m.start > a and doc.text[a : m.start].rstrip().endswith(",") and m.head in heads().unit_initials


def _represented_post(doc: ExtractionDoc, member: Entity, owner: Entity, item: Line, found: Mention, a: int, b: int,
                      cells: list[tuple[int, int]], span: tuple[int, int], seat_column: bool = False) -> None:
    """The post (or person) written in TEXT[a:b] for the member organisation, which represents it on OWNER
    (SEAT_COLUMN: the table's column names say the cell is a seat, whatever words it holds)."""
    text = " ".join(doc.text[a:b].split()).strip(" .;|")
    note = _SEAT_NOTE.search(text)
    if note is not None:
        # "Oversight Manager (observer)": how the seat sits on the body, no part of the post's name
        text, b = text[: note.start()], a + doc.text[a:b].rfind("(")
    if _ROLE_ONLY.fullmatch(text):
        return  # "SRO and Chair": the seat's role on the body, no post of the member's
    if _seat_post_then_holder(doc, member, owner, a, b, cells[2:], span):
        return
    marker = CHAIR_AFTER.search(text)
    roles = _ROLES_AFTER.search(text) if marker is None else None
    if roles is not None and _ROLE_ONLY.fullmatch(roles.group("roles")) and _ROLE_CELL.search(roles.group("roles")):
        # "Director of Public Health (SRO and Chair)": the seat's roles on the body, one of them its chair
        marker = _ROLE_CELL.search(roles.group("roles"))
        text = text[: roles.start()]
        b = a + doc.text[a:b].rfind("(")
    elif marker:
        # "Cabinet Member for Community Safety (Chair)": the post, which chairs the body the table lists
        text, b = text[: marker.start()], a + doc.text[a:b].rfind("(")
    dashed = False  # "Service Director - Communities and Access Services": a rank, a dash, the service it directs
    dash = _SERVICE_DASH.search(doc.text, a, b)
    if dash is not None and "," not in doc.text[a : dash.start()]:
        if heads().post_leading_re.match(doc.text, dash.end(), b) or any(
                m.kind == "post" and m.start <= dash.end() + 1 for m in doc.mentions(dash.end(), b)):
            # "Adult Social Care - Head of Safeguarding Adults": the seat's service, a dash, then its post
            a = dash.end()
            text = " ".join(doc.text[a:b].split()).strip(" .;|")
        elif _RANK_BEFORE_DASH.fullmatch(" ".join(doc.text[a : dash.start()].split())) and \
                doc.text[a : dash.start()].split()[-1] in heads().post_trailing:
            dashed = True
    org_first = not re.sub(r"^[\s\-–•*·|]*(?:the\s+)?", "", doc.text[item.content_start : found.start])
    if org_first and _person_seats(doc, member, owner, a, b, span):
        return  # "Wiltshire Police - Jo Lee, Head of Public Protection" (not "Head of X, Wiltshire Police - Jo Lee")
    posts = [m for m in doc.mentions(a, b) if m.kind == "post"]
    if seat_column and not posts and text and len(text.split()) <= 6 and not any(
            m.kind in ("person", "place") or m.kind == "body" and not _unit_after_comma(doc, m, a)
            for m in doc.mentions(a, b, expect_person=True)):
        # "Magistrate representative" in a column headed "Post": a seat the lexicon has no title for ("DCS, West
        # Area BCU": a title and the member's unit it serves in, after a comma)
        post = doc.resolver.post_named(f"{text}, {member.name}", written=text)
        if post is not None and post.kind == "post":
            doc.add(member, "represented_by", post, span[0], max(span[1], b), "list:represented_by", 0.8,
                    on_body=owner)
        return
    if not text or not posts or posts[0].start - a > 2 or len(text.split()) > 10 or any(
            m.kind == "person" and not _post_department(doc, posts[0], m)
            for m in doc.mentions(a, b, expect_person=True)):
        return  # the second column is no post ("Jo Lee", "Quarterly")
    # "Executive Director, Neighbourhood Services": one post, its department after a comma, is the member's own
    whole = posts[0].end >= b - 2 and len(posts) == 1 and not posts[0].place and not posts[0].acronym and not any(
        m.kind in ("body", "place", "person") for m in doc.mentions(a, b, expect_person=True))
    if not dashed and not whole and ("," in text or posts[0].end < b - 2) and \
            not _specialism_after(doc, posts[0].end, b):
        post = doc.resolver.post_named(text)
    else:
        # a bare title ("Director of Housing") is the member organisation's own post
        post = doc.resolver.post_named(f"{text}, {member.name}", written=text)
    if post is not None and post.kind == "post":
        doc.add(member, "represented_by", post, span[0], max(span[1], b), "list:represented_by", 0.8, on_body=owner)
        if marker and owner.kind == "body":
            role = "vice_chair" if re.match(r"(?i)vice|deputy", marker.group(0).strip(" (")) else "chairs"
            doc.add(post, role, owner, span[0], item.end, f"list:{role}", 0.8)
        elif owner.kind == "body" and (role := _role_cell(doc, cells[2:])) is not None:
            # "| Suffolk County Council | Director of Public Health | Chair |": the seat's role on the body
            doc.add(post, role, owner, span[0], item.end, f"list:{role}", 0.8)


# "Head of Service (Iris Lee)": a seat's post with the person who holds it in brackets after it
_HOLDER_AFTER_POST = re.compile(r"\(\s*(?P<who>[^()]{3,60}?)\s*\)[\s|]*$")


def _seat_post_then_holder(doc: ExtractionDoc, member: Entity, owner: Entity, a: int, b: int,
                      role_cells: list[tuple[int, int]], span: tuple[int, int]) -> bool:
    """ "| Northshire Police | Superintendent, Partnerships (Alan Pike) | Vice-chair |": a member organisation's seat
    whose post cell names its holder in brackets. The holder is a member of the body and represents the organisation
    on it, and holds the post; a role cell after it that names a chair's title says the holder chairs the body.
    False when the cell is of another shape (the bracket holds no one person's name alone)."""
    said = _HOLDER_AFTER_POST.search(doc.text, a, b)
    if said is None:
        return False
    people = [m for m in doc.mentions(said.start("who"), said.end("who"), expect_person=True) if m.kind == "person"]
    if len(people) != 1 or (people[0].start, people[0].end) != (said.start("who"), said.end("who")):
        return False
    text = " ".join(doc.text[a : said.start()].split()).strip(" ,;|")
    posts = [m for m in doc.mentions(a, said.start()) if m.kind == "post"]
    if not text or not posts or posts[0].start - a > 2 or len(text.split()) > 10:
        return False
    person = doc.resolver.person(people[0])
    # a bare title ("Director of Housing") is the member organisation's own post
    post = doc.resolver.post_named(text) if "," in text else doc.resolver.post_named(f"{text}, {member.name}",
                                                                                       written=text)
    end = max(span[1], b)
    doc.add(person, "member_of", owner, span[0], end, "list:member_of", 0.85)
    doc.add(member, "represented_by", person, span[0], end, "list:represented_by", 0.85, on_body=owner)
    doc.add(person, "holds_post", post, span[0], end, "list:holds_post", 0.85)
    for c0, c1 in role_cells[:1]:
        role = _ROLE_CELL.fullmatch(" ".join(doc.text[c0:c1].split()).strip(" |"))
        if role is not None and owner.kind == "body":
            relation = "vice_chair" if re.match(r"(?i)vice|deputy", role.group(0)) else "chairs"
            doc.add(person, relation, owner, span[0], c1, f"list:{relation}", 0.85)
            doc.add(post, relation, owner, span[0], c1, f"list:{relation}", 0.8)
    return True


def _person_seats(doc: ExtractionDoc, member: Entity, owner: Entity, a: int, b: int, span: tuple[int, int]) -> bool:
    """ "Wiltshire Police - Assistant Chief Constable Jo Lee (delegated to Detective Superintendent Sam Reed, Head
    of Public Protection)": the people named after an organisation's name represent it on the body, and the post
    after each name is that organisation's. False unless a person opens the text."""
    found = doc.mentions(a, b, expect_person=True)
    if not found or found[0].kind != "person" or found[0].start - a > 2:
        return False
    for k, m in enumerate(found):
        if m.kind != "person":
            continue
        person = doc.resolver.person(m)
        doc.add(member, "represented_by", person, span[0], max(span[1], b), "list:represented_by", 0.8,
                on_body=owner)
        nxt = found[k + 1] if k + 1 < len(found) else None
        if nxt is not None and nxt.kind == "post" and not nxt.role and doc.text[m.end : nxt.start].strip() == ",":
            held = doc.resolver.post_named(f"{nxt.name}, {member.name}", written=nxt.name)
            doc.add(person, "holds_post", held, span[0], max(span[1], b), "list:holds_post", 0.8)
    return True


def _post_department(doc: ExtractionDoc, post: Mention, m: Mention) -> bool:
    """ "Corporate Director, Population Wellbeing": two capitalised words right after a post and a comma, closing
    the cell, are its department, not a person."""
    return doc.text[post.end : m.start].strip() == "," and not m.title and not m.rank and \
        (department_words(m.name) or m.name.split()[-1].casefold() in heads().generic_words)


_CHAIR_TITLE = r"(?:joint |co-?|vice[- ]?|deputy )?chair(?:man|woman|person)?"
_ROLE_ONLY = re.compile(r"(?i)(?:(?:SRO|senior responsible (?:officer|owner)|" + _CHAIR_TITLE +
                        r")(?:\s*(?:and|&|/|,)\s*|\s*$))+")
_ROLE_CELL = re.compile(_CHAIR_TITLE, re.I)
_SEAT_NOTE = re.compile(r"\s*\((?:observer|non-voting|advisory|co-opted|in attendance)\)\s*$", re.I)
# "(Vice-Chair)" closing an entry: the seat's role on the listed body (the one pattern the list readers share)
# "(SRO and Chair)" closing a post: the seat's roles, which _ROLE_ONLY must read whole
# " - " between a seat's service and its post, or between a rank and the service it directs
_SERVICE_DASH = re.compile(r" [-–] ")
_RANK_BEFORE_DASH = re.compile(r"(?:[A-Z][\w'’-]*\s){1,3}[A-Z][\w'’-]*")
_ROLES_AFTER = re.compile(r"\s*\((?P<roles>[^()]{2,60})\)\s*$")
CHAIR_AFTER = re.compile(r"\s*\((?P<role>" + _CHAIR_TITLE + r")\)\s*$", re.I)


_LEAD = re.compile(r"\b" + layout().lead_column_re.pattern + r"\s*[:\-–]\s*", re.I)


def _seat_then_holder(doc: ExtractionDoc, owner: Entity, cells, opener: Line, item: Line) -> bool:
    """ "Director of Children's Services (Chair) | Jo Lee": a membership table whose last column names the member
    and whose first describes the seat (post, organisation, chair). False when the row is of another shape."""
    if len(cells) < 2:
        return False
    a, b = cells[-1]
    if _entry_starts(doc, *cells[0]) or not _entry_starts(doc, a, b):
        return False
    entries = list(list_entries(doc, a, b, ()))
    if len(entries) != 1:
        return False
    entry = entries[0]
    person = doc.resolver.person(entry.person)
    span = (cells[0][0], item.end)
    doc.add(person, "member_of", owner, *span, "list:member_of", 0.85)
    seats = list(cells[:-1])
    if len(cells) == 3 and _organisation_seat(doc, owner, person, cells[0], cells[1], span):
        # the seat's two cells are read together: the person sits for the organisation, as a roster's entry says
        seats = []
    if entry.person.rank:
        doc.add(person, "holds_post", doc.resolver.post_named(entry.person.rank), *span, "list:rank", 0.85)
    for x, y in [*seats, *entry.descriptors]:
        describe_entry(doc, person, owner, x, y, span, "")
    return True


# "Eastvale Police and Crime Commissioner (represented by the Drugs Policy Lead, Jo Lee)"
_REPRESENTED_BY = re.compile(r"\s*\(\s*represented by\s+(?P<by>[^()]{3,160})\)\s*[.;,]?\s*$", re.I)


def _represented_member(doc: ExtractionDoc, owner: Entity, start: int, end: int, opener: Line) -> bool:
    """A member's item that says in brackets who represents it: the member (an organisation, or an office such as
    a Commissioner) sits on the body, and the person named in the bracket holds the post written before their
    name. False when the item is of another shape."""
    said = _REPRESENTED_BY.search(doc.text, start, end)
    if said is None:
        return False
    found = doc.mentions(start, said.start())
    if not found or found[0].start - start > 2 or found[0].kind not in ("body", "post") or \
            doc.text[found[0].end : said.start()].strip():
        return False
    member = doc.resolver.entity(found[0])
    if member is None or member.kind not in ("body", "post"):
        return False
    span = (start, end)
    doc.add(member, "member_of", owner, *span, "list:member_of", 0.85)
    inside = doc.mentions(said.start("by"), said.end("by"), expect_person=True)
    people = [m for m in inside if m.kind == "person"]
    if len(people) != 1:
        return True
    person = doc.resolver.person(people[0])
    doc.add(member, "represented_by", person, *span, "list:represented_by", 0.85, on_body=owner)
    post = next((m for m in inside if m.kind == "post" and m.end <= people[0].start), None)
    held = doc.resolver.entity(post) if post is not None else None
    if held is not None and held.kind == "post":
        doc.add(person, "holds_post", held, *span, "list:holds_post", 0.85)
    return True




def _organisation_seat(doc: ExtractionDoc, owner: Entity, person: Entity, org_cell: tuple[int, int],
                       post_cell: tuple[int, int], span: tuple[int, int]) -> bool:
    """ "Kent Police | District Commander (Vice-Chair) | Jo Lee": a seat of an organisation's, its post and the
    person named to it. The organisation is a member and is represented on the body by the person, who holds
    the post of that organisation (and chairs the body when the post's cell says so). False when the first cell
    holds no organisation alone or the second no post."""
    found = doc.mentions(*org_cell)
    org_text = " ".join(doc.text[org_cell[0] : org_cell[1]].split())
    if len(found) != 1 or found[0].kind != "body" or found[0].name != org_text:
        return False
    post_text = " ".join(doc.text[post_cell[0] : post_cell[1]].split())
    mark = CHAIR_AFTER.search(post_text)
    while mark is not None:
        post_text = post_text[: mark.start()]
        relation = "vice_chair" if re.match(r"(?i)vice|deputy", mark.group("role")) else "chairs"
        doc.add(person, relation, owner, *span, f"list:{relation}", 0.85)
        mark = CHAIR_AFTER.search(post_text)
    posts = doc.mentions(*post_cell)
    organisation = doc.resolver.entity(found[0])
    if not posts or posts[0].kind != "post" or posts[0].start - post_cell[0] > 2 or organisation is None or \
            organisation.kind != "body" or len(post_text.split()) > 12:
        return False
    doc.add(organisation, "member_of", owner, *span, "list:member_of", 0.85)
    doc.add(organisation, "represented_by", person, *span, "list:represented_by", 0.85, on_body=owner)
    last = post_text.rsplit(",", 1)[-1].strip()
    # "Planning Lead, KCC": a post that names its organisation already keeps its name as written
    named = "," in post_text and (last.isupper() or last == organisation.name)
    held = doc.resolver.post_named(post_text if named else f"{post_text}, {organisation.name}", written=post_text)
    doc.add(person, "holds_post", held, *span, "list:holds_post", 0.85)
    return True


_COLUMN_NAMES = frozenset({"post", "organisation", "organization", "name", "role", "agency", "title", "position",
                           "representative", "member", "members", "body", "partner", "service", "job title"})


def _seat_then_organisation(doc: ExtractionDoc, owner: Entity, cells, opener: Line, item: Line) -> bool:
    """ "Head of Croydon Probation Delivery Unit | Probation Service (London)": a table of seats whose last column
    names the organisation that holds each: the organisation is the member."""
    if len(cells) < 2:
        return False
    first = doc.mentions(*cells[0], expect_person=True)
    if any(m.kind == "person" for m in first[:1]) or not (
            first and first[0].kind == "post" and first[0].start - cells[0][0] <= 2 or _seat_column(doc, item)):
        return False  # (a name first: an attendance list; "DCS, West Area BCU" is a seat by its column's head)
    a, b = cells[-1]
    text = doc.text[a:b].strip()
    found = doc.mentions(a, b)
    if not found or found[0].start - a > 2 or found[0].kind not in ("body", "name") or (
            found[0].kind == "name" and (found[0].head == "acronym" or not _organisation_name(found[0].name))):
        return False
    rest = doc.text[found[0].end : b].strip()
    # ("CTP Wales / Gwent Police": the seat's organisation, then the force that hosts it, after a slash)
    if rest and not re.fullmatch(r"(?:\([^()]{1,40}\)|,\s*[^,]{1,40}|/\s*[^/]{1,40})", rest):
        return False  # the cell says more than an organisation (and its branch)
    # "Probation Service (London)": the branch in brackets is part of the organisation's name; a seat's role in
    # brackets ("Northdale Council (Vice-Chair)") is not
    branch = rest.startswith("(") and not (_CHAIR_MARK.fullmatch(rest) or CHAIR_AFTER.fullmatch(rest) or
                                           _SEAT_NOTE.fullmatch(rest))  # nor how it sits: "(observer)"
    organisation = doc.resolver.body_named(text) if branch else (
        doc.resolver.entity(found[0]) or doc.resolver.body_named(found[0].name))
    if organisation is None or organisation.kind != "body":
        return False
    span = (opener.start, item.end) if opener.end + 300 > item.start else (item.start, item.end)
    doc.add(organisation, "member_of", owner, *span, "list:member_of", 0.85)
    # the seat's post represents the organisation, as in a table with the organisation first
    _represented_post(doc, organisation, owner, item, found[0], *cells[0], [cells[-1], cells[0]], span,
                      seat_column=_seat_column(doc, item))
    return True


def _seat_column(doc: ExtractionDoc, row: Line) -> bool:
    """ROW is in a table whose column names say its first column holds the seats and its last the organisations
    ("Post | Organisation", "Member | Agency"): a seat there needs no title the lexicon knows ("Magistrate")."""
    from .tables import head_type, table_of  # the one lexicon of column heads

    table = table_of(doc, row)
    if table is None or not table.header or table.rows[0] is row or len(table.rows[0].cells) < 2:
        return False
    heads = [head_type(doc.text[a:b]) for a, b in table.rows[0].cells]
    return heads[0] in ("post", "person") and heads[-1] == "organisation"


def _organisation_name(name: str) -> bool:
    return len(name.split()) >= 2 and not looks_like_person(name.split()) and not re.search(r"\d", name)


def _entry_starts(doc: ExtractionDoc, a: int, b: int) -> bool:
    """TEXT[a:b] opens on a person's name."""
    found = doc.mentions(a, b, expect_person=True)
    return bool(found) and found[0].kind == "person" and found[0].start - a <= 2


_CURRENT_HOLDER = re.compile(rf"\s*,?\s*\(\s*(?:{NOW_HOLDER}|now)\s*(?:held by\s+)?")


def _post_holder(doc: ExtractionDoc, owner: Entity, post: Mention, employer: Mention | None,
                 item_mentions: list[Mention]) -> None:
    """ "Chief Nursing Officer, NHS Somerset ICB - Hugh Pendleton": the person named after the post is a member
    too, holds the post and works for its organisation."""
    last = item_mentions[-1]
    between = doc.text[(employer or post).end : last.start]
    # "Cabinet Member for Health, County Councillor Jo Lee": after a comma, only a person named with a title
    titled = last.kind == "person" and bool(last.title) and re.fullmatch(r"\s*,\s*", between) is not None
    # "Cabinet Member for Community Safety, Northdale Council (currently Councillor Jo Lee)": its present holder
    current = _CURRENT_HOLDER.fullmatch(between) is not None and doc.text[last.end : last.end + 1] == ")"
    if last is post or last is employer or last.kind not in ("person", "name") or \
            not (titled or current or re.fullmatch(r"\s*[-–—:]\s*|\s{2,}|\t", between)):
        return
    if last.kind == "name" and not looks_like_person(last.name.split()):
        return
    person = doc.resolver.person(last if last.kind == "person" else Mention(last.start, last.end, "person", last.name))
    span = (post.start, last.end)
    doc.add(person, "member_of", owner, *span, "list:member_of", 0.8)
    held = doc.resolver.post(post)
    if held is not None:
        doc.add(person, "holds_post", held, *span, "list:post", 0.8)
    if employer is not None:
        organisation = doc.resolver.entity(employer)
        if organisation is not None and organisation.kind == "body":
            doc.add(person, "member_of", organisation, *span, "list:organisation", 0.8)


def _item_lead(doc: ExtractionDoc, item: Entity, start: int, end: int) -> None:
    """ "Hate Crime: Key Priority Lead – Solihull MBC": the item is led by the body named after "Lead"."""
    m = _LEAD.search(doc.text, start, end)
    if not m:
        return
    for mention in doc.mentions(m.end(), end):
        if mention.start - m.end() > 2:
            break
        lead = doc.resolver.entity(mention)
        if lead is None and mention.kind == "name" and mention.head != "acronym" and len(mention.name.split()) > 1:
            lead = doc.resolver.body_named(mention.name, mention.acronym, place=mention.place)
        if lead is not None and lead.kind in ("body", "post", "person"):
            doc.add(item, "led_by", lead, start, end, "list:lead", 0.85)
        break


_INLINE = {
    # (a second predicate between the word and the colon owns the list: "the delivery group for the exploitation
    # priority of the CSP and reports to both bodies: to A ..., and to B ...")
    "priority_of": re.compile(r"(?<!each )(?<!every )\bpriorit(?:y|ies)(?: (?:areas?|groups?|themes?|workstreams?))?"
                              r"\b(?! (?:has|have) (?:a |an )?leads?\b)"
                              r"(?:(?!\b(?:and|but)\s+(?:also\s+)?(?:reports?|is|are|meets?|has|have|sits?|"
                              r"feeds?)\b)[^:.;]){0,120}:\s*", re.I),
    # (a bracket opened before the colon and not closed is a label inside it: "Delivery Group (chair: Jo Lee)" names
    # the group's chair, not a list of its members or groups)
    "member_of": re.compile(r"\b(?:members(?:hip)?|partners|representatives (?:from|of)|made up of|comprises?|"
                            r"consists? of|bring(?:s|ing)? together|" + _RELEVANT_AGENCIES + r")\b"
                            r"(?:[^:.;()]|\([^():]*\)){0,80}:\s*", re.I),
    # ("Youth Theme Group - Chair: ...": a group's name, then a field of its own, is no list of groups)
    "subgroup_of": re.compile(rf"\b(?:{_GROUP_KINDS})\b(?!\s*[-–—]\s*(?:co-?|vice[- ]|deputy\s+)?(?:chair|lead|"
                              r"convenor)\w*\s*:)(?:[^:.;()]|\([^():]*\)){0,60}:\s*", re.I),
    "part_of": re.compile(r"\b(?:strands|elements|pillars|workstreams|components)\b[^:.;]{0,40}:\s*", re.I),
    # "The following groups report to the Board: A; B; and C."
    "reports_to": re.compile(r"\b(?:groups?|sub-?groups?|boards?|panels?|bodies|forums?|partnerships?)\b[^:.;]{0,40}?"
                             r"\breport(?:s|ing)? (?:directly |regularly |quarterly )?(?:in)?to\b[^:.;]{0,60}:\s*",
                             re.I),
}
# "(ASB)", "(such as graffiti and fly-tipping)": an item's acronym or examples, not its name
# the body the sentence opens with has these groups of its own
# "sends a written update to", "reports to": the words after which an opener names the body its groups report to
_REPORT_WORDS = re.compile(r"\b(?:report(?:s|ing)?|accountable|answerable|feeds?)\b", re.I)
_SHARED = re.compile(r"(?i)\b(?:shared|joint(?:ly)?|hosted by)\b")
_SHARED_WITH = re.compile(r"(?i)\b(?:shared|held jointly|run jointly)\s+(?:with|by|between)\b")


def _own_groups(doc: ExtractionDoc, owner: Entity, opener: Line, start: int, end: int) -> bool:
    """The groups an opener lists as reporting to OWNER are its sub-groups too when the opener also makes them the
    owner's own (group_ties: "has two task groups, both of which report to it"), names the owner in full or means
    the paper's own body by "the Board", and the item is no group shared with others."""
    if "subgroup_of" not in group_ties(opener.text) or _SHARED.search(doc.text, start, end):
        return False
    said = _REPORT_WORDS.search(opener.text)
    to = [m for m in doc.mentions(opener.start + (said.end() if said else 0), opener.end) if m.kind == "body"]
    return bool(to) and (not to[0].back_ref or owner is doc.resolver.body)


def groups_relation(text: str) -> str | None:
    """The one relation a list of groups gets from its opener TEXT: `subgroup_of` when the opener makes them the
    named body's own (the reports it also says are read beside: structure._groups_that_report), `reports_to` when it
    says only that they report to it, None when it says neither (CONVENTIONS.md I)."""
    ties = group_ties(text)
    return "subgroup_of" if "subgroup_of" in ties else "reports_to" if "reports_to" in ties else None


# a group's chair or lead in brackets after its name: "(chair: Jo Lee)", "(chaired by the Head of Service)"
_WHO_CHAIRS = re.compile(r"\s*\((?:co-?)?(?:chair|chaired by|led by|lead|convened by)\b[^()]*\)", re.I)
_WHO_CHAIRS_TAIL = re.compile(_WHO_CHAIRS.pattern + "$", re.I)
_BRACKET_TAIL = re.compile(r"\s*\((?:(?:the\s+)?[A-Z]{2,8}|(?:including|such as|e\.g\.|incl\.?) [^()]*)\)$")
_SEMICOLON_SPLIT = re.compile(r"\s*;\s*(?:and\s+)?")
# ", including from domestic abuse": examples of the item, not its name
_EXAMPLES_TAIL = re.compile(r",\s*(?:including|such as|especially|particularly|notably|e\.g\.)\b.*$", re.S)
_ITEM_SPLIT = re.compile(r"\s*(?:;\s*(?:and\s+)?|,\s*(?:and|&)\s+|,)\s*")
# "..., the Probation Service and two specialist providers, A and B": a count of the kind of member the items
# after it are, set between items, parts them as a comma does (it names no member of its own)
_MEMBER_SPLIT = re.compile(r"\s*(?:,\s*)?(?:and\s+)?(?:two|three|four|five|six|several|a number of)\s+"
                           r"(?:[a-z-]+\s+){0,3}[a-z-]+s\s*[,:]\s*|" + _ITEM_SPLIT.pattern)
_LAST_AND = re.compile(r"\s+(?:and|&)\s+")
_SPENT_AND = re.compile(r"[,;]\s*(?:and|&)\s")
# "A (chair: Jo Lee) and the B": an "and" straight after an item's bracketed aside joins two items, even where
# the names hold "and" themselves ("the Finance and Contracts Sub-group"), for no name goes on after its aside
_AFTER_ASIDE_AND = re.compile(r"\((?:co-?)?(?:chair|chaired by|led by|lead|convened by)\b[^()]*\)"
                              r"(?P<and>\s+and\s+)", re.I)


def _unnamed_ands(doc: ExtractionDoc, a: int, b: int) -> list[re.Match[str]]:
    """The "and"s of TEXT[a:b] that no one name holds ("South London and Maudsley NHS Foundation Trust" holds its
    own)."""
    names = [(m.start, m.end) for m in doc.mentions(a, b)]
    return [x for x in _LAST_AND.finditer(doc.text, a, b) if not any(s < x.start() and x.end() < e for s, e in names)]


def _free_and(doc: ExtractionDoc, a: int, b: int) -> bool:
    """An item of a list, TEXT[a:b], holds an "and" of its own, outside brackets and outside any one name: the
    writer joins words within items with "and", so the list's last "and" need not part two items."""
    return any(doc.text.count("(", a, x.start()) <= doc.text.count(")", a, x.start()) for x in _unnamed_ands(doc, a, b))


def _joining_and(doc: ExtractionDoc, a: int, b: int) -> re.Match[str] | None:
    """The "and" of TEXT[a:b] that joins the list's last two items: the first one no name holds ("the Office of the
    Kestermoor Police and Crime Commissioner and Eastvale Homes" parts after "Commissioner"), else the first."""
    # (never one inside brackets: "the Probation Service (Kent and Surrey) and NHS Kent ICB" parts after the bracket)
    def bare(x: re.Match[str]) -> bool:
        return doc.text.count("(", a, x.start()) <= doc.text.count(")", a, x.start())

    # (nor one inside a public body's name the gazetteer knows whole: "the Chief Constable, Devon and Cornwall
    # Police" is one item, the force, not "Devon" and "Cornwall Police"; a name the mention reader ran on past its
    # head, "the University of York and York CVS", "the Probation Service in Wales and Neath Port Talbot College",
    # is two)
    whole = [(m.start, m.end) for m in doc.mentions(a, b) if m.kind == "body" and " and " in m.name and
             placenames.public_body(m.name) is not None]
    ands = [x for x in _LAST_AND.finditer(doc.text, a, b) if bare(x) and
            not any(s < x.start() and x.end() < e for s, e in whole)]
    if len(ands) < 2:
        return ands[0] if ands else None
    free = [x for x in _unnamed_ands(doc, a, b) if bare(x)]
    return free[0] if free else ands[0]


# What follows "priorities are" / "priorities of" that is no list of topics: a passive verb ("are overseen by the
# Delivery Group, chaired by ..., which meets ..."), or the priorities' owner ("the priorities of the Safer X
# Partnership are led by ...").
_NOT_ITEMS = (r"(?!(?:being |also |now |then |not |currently )?(?:[a-z]+ed|overseen|led|set|driven|shown|given|"
              r"known|taken|drawn|seen|met|held|built|chosen|written|undertaken|kept|brought|made|done|run|put|"
              r"sought|found|thought|felt|won|by)\b)"
              r"(?!(?<=\bof )(?:the|its|their|this|these|those|our|his|her|each|all)\b|(?<=\bof )(?-i:[A-Z][a-z]))")
# "the Plan's priorities included A, B and C", "the Commissioner's priorities, set out in her Plan, of A, B and C"
_PRIORITIES_VERB = re.compile(
    r"\bpriorit(?:y|ies)(?: (?:areas?|themes?))?(?: for (?:the )?(?:years? |period )?\d{4}(?:\s?[-/–]\s?\d{2,4})?)?"
    r"(?:, [^.;:]{3,100}?,)?\s+(?:include[sd]?|are|were|will be|of|linked to|"
    r"(?:are|were) to)\s+(?!the (?:same|following)\b)" + _NOT_ITEMS, re.I)


# "Co-opted members are X and Y", "Its statutory partners include X, Y and Z"
# "Other partners on the Board are X and Y": the body they sit on, named between the members and their verb
# ("partners of the X Board are" is the clauses' reading)
_SEAT_ON = r"(?:sitting |represented |(?:who|which|that) (?:also )?(?:sit|serve|are represented) )?on (?:the|its) "
_SEAT_HEAD = r"(?:Board|Partnership|Panel|Group|Committee|Executive|Forum)"
# ("Membership includes a representative of A, B and C": the seats' holders say which organisations sit)
_MEMBERS_VERB = word_start(r"\b(?:co-opted |core |statutory |other |its |their |the )?(?:members|partners|"
                           r"responsible authorities|(?:co-?operating|partner) (?:bodies|agencies|organisations)|"
                           r"(?<![Tt]he )(?<![Ii]ts )(?<![Tt]heir )membership)\s+"
                           r"(?P<on>" + _SEAT_ON + r"(?:[A-Z][\w'’-]* ){0,6}" + _SEAT_HEAD + r"\s+)?"
                           r"(?:are|include[sd]?|were|comprise[sd]?)\s+"
                           r"(?:(?:an?\s+|one\s+)?(?:senior\s+)?(?:representatives?|officers?)\s+(?:of|from)\s+)?"
                           r"(?!asked|reminded|"
                           r"invited|advised|informed|told|requested|recommended|also|not|to|that|the same)", re.I)
_VERB_LISTS = {"priority_of": _PRIORITIES_VERB, "member_of": _MEMBERS_VERB}
# "Alongside the Constabulary, the statutory members are ...", "In the district, the statutory partners are ...": a
# phrase set before the list's subject with a comma says where, or beside whom, never whose the members are; one
# that sets a body beside the members ("alongside", "as well as") makes it a member too
_FRONTED = re.compile(
    r"\W*(?:\d{1,2}(?:\.\d{1,2})*\.?\s+)?(?:(?P<beside>alongside|besides|as well as|in addition to|together with)|"
    r"in|within|across|throughout|locally|at present|currently|today|now)\b(?P<what>[^,.;:]{0,80}),\s*(?:the\s+)?",
    re.I)


_STATUTORY_SEATS = re.compile(r"(?i)\b(?:statutory|responsible)\b")
# the kinds of organisation that have no statutory partners of their own: a council, a force, an office (a
# committee neither, though it meets)
_UNSEATED_CLASSES = frozenset({"Council", "PoliceBody", "PublicBody", "FireService"})


def _has_partners(body: Entity) -> bool:
    """BODY can have statutory partners: not a committee, and not an organisation unless it meets as a board
    ("Coventry Police and Crime Board" meets; "Kent Police" does not)."""
    kind = classify(body.name).owl_class
    return kind != "Committee" and (kind not in _UNSEATED_CLASSES or meets_as_body(body) and
                                    not body.name.endswith(" Council"))


def _statutory_owner(doc: ExtractionDoc, owner: Entity | None, at: int) -> Entity | None:
    """Whose statutory members a list names: a partnership's or a board's, never a committee's, a council's or a
    force's; when the sentence gives no such owner ("In the district, the statutory partners are ..." in a report
    to a scrutiny committee), the partnership the paper last named in full, else nobody."""
    if owner is not None and owner.kind == "body" and _has_partners(owner):
        return owner
    partnership = doc.resolver.reference("Partnership", at)
    return partnership if partnership is not None and partnership.kind == "body" else None


def _members_before_colon(sentence: str, colon: int) -> bool:
    """ "Membership includes A, B and three specialist services: C, D and E": the verb opens the list well before
    a colon that only opens a count's items (no list's title ends at the colon)."""
    verb = _MEMBERS_VERB.search(sentence, 0, colon)
    return verb is not None and _INLINE["member_of"].search(sentence, 0, colon + 2) is None


def _beside_member(doc: ExtractionDoc, owner: Entity, a: int, b: int, start: int, end: int) -> None:
    """The body a fronted "Alongside the Constabulary," names (TEXT[a:b], a body alone) sits on OWNER with the
    members listed after it."""
    found = [m for m in doc.mentions(a, b) if m.kind == "body"]
    if len(found) != 1 or doc.text[a : found[0].start].strip().casefold() not in ("", "the"):
        return
    e = doc.resolver.entity(found[0])
    if e is not None and e.kind == "body" and e is not owner:
        doc.add(e, "member_of", owner, start, end, "inline-list:member_of", 0.8)
_POSSESSIVE = re.compile(r"\W*(?:Its|Their)\s+(?:[a-z-]+\s+){0,2}")
_BARE_MEMBERS = re.compile(r"(?:Members|Partners|Member organisations)\s+(?:include|are)\b")


_SENTENCE_OPENING = re.compile(r"(?:^|\n\s*\n|[.;]\s+)(?:\d+(?:\.\d+)*\.?\s+)?(?:The\s+)?(?=\S)")


def _opening_post(doc: ExtractionDoc, start: int, end: int) -> Entity | None:
    """The post the sentence ending at END opens with ("1.2 The Commissioner, Ms Ana Field, set out ..."), when
    it opens with one; the sentence may begin before START (a bracketed title can break the prose spans)."""
    opening = next(reversed(list(_SENTENCE_OPENING.finditer(doc.text, max(0, start - 300), end))), None)
    if opening is None:
        return None
    first = next(iter(doc.mentions(opening.end(), end)), None)
    if first is None or first.kind != "post" or first.start != opening.end():
        return None
    e = doc.resolver.entity(first)
    return e if e is not None and e.kind == "post" else None
_BARE_ON = re.compile(_SEAT_ON + _SEAT_HEAD)  # the paper's own board, not named


# "each borough's", "every council's": a possessive shared out among several, which names no one owner
_SEATED_NOUNS = frozenset({"board", "partnership", "panel", "forum", "executive"})
_EACH_OWNERS = re.compile(r"(?i)\b(?:each|every)\s+[a-z][\w-]*['’]s?\s")


def _listed_under(doc: ExtractionDoc, span: tuple[int, int] | None) -> Entity | None:
    """The body a list's opener names ("The Board:", "The Panel will:"), when SPAN is the last item of that list:
    "The Board:" / "- agrees the plan" / "Members include ...": the members are the body's the items describe."""
    if span is None:
        return None
    lines = doc.layout.lines
    k = next((i for i, ln in enumerate(lines) if ln.start <= span[0] < max(ln.end, ln.start + 1)), None)
    if k is None or lines[k].kind != "bullet":
        return None
    while k > 0 and lines[k - 1].kind == "bullet":
        k -= 1
    opener = re.fullmatch(r"\s*(?:The|This)\s+(?P<noun>[A-Z][a-z]+)(?:\s+(?:will|must|should|shall))?\s*:\s*",
                          lines[k - 1].text) if k > 0 else None
    if opener is None:
        return None
    # "the Board" is the board the paragraph above the opener introduces: the first it names with that head (a
    # board it names after, "feeds into the Wales Board", is another)
    j = k - 1
    while j > 0 and lines[j - 1].kind == "blank":
        j -= 1
    top = j
    while top > 0 and lines[top - 1].kind == "text":
        top -= 1
    if top == j:
        return None
    for m in doc.mentions(lines[top].start, lines[j - 1].end):
        if m.kind == "body" and m.name.split()[-1].casefold() == opener.group("noun").casefold() and \
                len(m.name.split()) > 1:
            owner = doc.resolver.entity(m)
            return owner if owner is not None and owner.kind == "body" else None
    return None


@reads()
def inline_lists(doc: ExtractionDoc) -> None:
    """ "The partnership works through core priority groups: anti-social behaviour, crime and disorder and
    serious violence." A list after a colon, in a sentence that names the relation before the colon; a list
    after "priorities include"."""
    # a "Members of the X include: A, B and C." line reads as a field (label: value) as well as a sentence
    # and so does a field whose label is a list's heading ("Membership: A, B and C.", "Sub-groups: A; B")
    lists = layout().lists
    fields = [(ln.content_start, ln.end) for ln in doc.layout.lines if ln.kind == "field" and ln.label
              and (len(ln.label.split()) > 2 or ln.label.casefold() in lists) and ln.value]
    previous: tuple[int, int] | None = None
    for start, end in [span for _, span in doc.prose()] + fields:
        before, previous = previous, (start, end)
        sentence = doc.text[start:end]
        colon = sentence.find(":")
        if colon < 0 and _dashed_members(doc, start, end):
            continue
        if colon < 0 and (_authorities_between_dashes(doc, start, end) or _co_opted(doc, start, end, before)):
            continue
        if colon < 0 or colon > len(sentence) - 4 or _members_before_colon(sentence, colon):
            for relation, pattern in _VERB_LISTS.items():
                verb = pattern.search(sentence)
                if verb and _LAST_AND.search(sentence, verb.end()):
                    # "partners on the Health and Wellbeing Board are": the body named inside the opener owns them
                    on = verb.group("on") if "on" in pattern.groupindex else None
                    upto = start + (verb.end("on") if on else verb.start())
                    fronted = _FRONTED.fullmatch(doc.text, start, upto) if relation == "member_of" else None
                    if fronted is not None:
                        upto = start  # the phrase says where or beside whom, not whose the members are
                    if on and _BARE_ON.fullmatch(on.strip()):
                        # "Other partners on the Board are": the paper's own board, not the last one named before
                        owner = doc.resolver.body
                    elif _POSSESSIVE.fullmatch(doc.text[start:upto]) or (
                            upto == start and re.match(r"(?:Its|Their)\s", sentence)) or (  # "Its members are ..."
                            # "The CDP is chaired by Jo Lee. Members include ...": the members of the body the
                            # sentence before is about
                            relation == "member_of" and upto == start and _BARE_MEMBERS.match(sentence)):
                        # "The SSP is the CSP for the borough. Its statutory members are ...": the body before
                        from .clauses import antecedent  # clauses reads lists' owners: imported when needed

                        owner = antecedent(doc, before) or _listed_under(doc, before)
                    elif upto == start and relation == "member_of" and before is not None and \
                            not re.search(r"\n\s*\n", doc.text[before[1] : start]):
                        # "The CDP is chaired by X and meets quarterly. Members include ...": the members of the body
                        # the paragraph is about, which its sentence before opens with
                        from .clauses import antecedent  # clauses reads lists' owners: imported when needed

                        owner = antecedent(doc, before) or doc.scope_body(start) or doc.body
                    elif relation == "priority_of" and HIS_PRIORITIES.search(doc.text, start, start + verb.end()):
                        owner = priorities_owner(doc, start, start + verb.end())  # a post holder's, or nobody known
                    else:
                        owner = (priorities_owner(doc, start, start + verb.end()) if relation == "priority_of"
                                 else None) or _sentence_owner(doc, start, upto, relation, fallback=False) or \
                            referenced_owner(doc, start, upto, ("body", "publication", "post"))
                        if owner is None and relation == "member_of" and doc.resolver.body is None:
                            # "The Partnership covers X. The other responsible authorities are A, B and C." in a
                            # paper with no body of its own: the members of the body the sentence before is about,
                            # before the council the paper came from
                            from .clauses import antecedent  # clauses reads lists' owners: imported when needed

                            near = before is not None and not re.search(r"\n\s*\n", doc.text[before[1] : start])
                            owner = antecedent(doc, before) if near else None
                            if owner is None or owner is doc.resolver.council:
                                owner = doc.scope_body(start) or doc.body
                        elif owner is None:
                            owner = doc.scope_body(start) or doc.body
                    if relation == "member_of" and _STATUTORY_SEATS.search(verb.group(0)):
                        owner = _statutory_owner(doc, owner, start)
                    if owner is not None and not (relation == "member_of" and
                                                  _DELEGATES_LISTED.match(doc.text, start + verb.end(), end)):
                        _inline_items(doc, relation, owner, start + verb.end(), end, start)
                        if fronted is not None and fronted.group("beside"):
                            _beside_member(doc, owner, fronted.start("what"), fronted.end("what"), start, end)
                    break
            continue
        for relation, pattern in _INLINE.items():
            m = pattern.search(sentence, 0, colon + 2)
            if not m or m.end() < colon:
                continue
            if relation in ("subgroup_of", "reports_to"):
                relation = groups_relation(sentence[:colon])
                if relation is None:
                    break  # groups the opener ties to no body by any words of rule I: not said
            if relation == "priority_of" and _NUMBERED_ITEM.fullmatch(re.sub(r"^\W+", "", sentence[: colon + 1])):
                break  # "Priority 1: Safer streets": one item of a list, which the list's reader reads with its owner
            if relation == "member_of" and _EACH_OWNERS.search(sentence, 0, colon):
                # "Each borough's statutory partners keep a seat: A, B and C": the boroughs own no list; the seats
                # are on the body the sentence before speaks of ("The board will meet every six weeks.")
                from .clauses import antecedent  # clauses reads lists' owners: imported when needed

                owner = antecedent(doc, before) if before is not None else None
                opening = _OPENING_NOUN.match(doc.text, before[0], before[1]) if before is not None else None
                if owner is None and opening is not None and opening.group("word") in _SEATED_NOUNS:
                    owner = doc.resolver.reference(opening.group("word"), opening.start("word"))
                if owner is not None and owner.kind == "body":
                    _inline_items(doc, relation, owner, start + m.end(), end, start)
                break
            # "Members of the Safer Croydon Partnership include: ...": the opener itself may name the owner
            owner = (priorities_owner(doc, start, start + colon) if relation == "priority_of" else None) or \
                _sentence_owner(doc, start, start + colon, relation, fallback=False, before=before) or \
                (_aside_paper(doc, start, start + colon) if relation == "priority_of" else None)
            if owner is None and relation in ("subgroup_of", "reports_to") and _UNDER_IT.search(sentence, 0, colon):
                # "Two theme groups will sit under it from April: A and B", the opener naming no body: the body "it"
                # stands for, which the paragraph is about; not the paper's own body, and nobody when none is found
                owner = _pronoun_owner(doc, start)
            elif owner is None:
                owner = _sentence_owner(doc, start, start + m.start(), relation)
            if owner is None:
                break
            _inline_items(doc, relation, owner, start + m.end(), end, start)
            if relation == "reports_to" and _own_groups(
                    doc, owner, Line(start, start + colon, sentence[:colon], "text", start), end, end):
                # "The Board has two task and finish groups, both of which report to it: A and B": its groups too
                _inline_items(doc, "subgroup_of", owner, start + m.end(), end, start)
            break


# "The CSP has made cutting knife crime its first priority, followed by A and B", "SWCSP has made \"safer
# nights\" one of its three priorities for 2024-2027, alongside A and B", "has made knife crime a priority": what a
# body makes its priority, and what the sentence adds alongside it
_MADE_PRIORITY = re.compile(
    r"\s+(?:has|have|had)\s+(?:now\s+|also\s+|again\s+)?made\s+(?P<item>[^.;:]{3,90}?)\s+"
    r"(?:an?|one\s+of\s+(?:its|their|the)(?:\s+[\w-]+)?|(?:its|their)(?:\s+[\w-]+)?)\s+"
    r"(?:(?:key|top|main|strategic|overarching|first|second|highest)\s+)?priorit(?:y|ies)\b"
    r"(?:\s+(?:for|in)\s+(?:19|20)\d\d(?:\s?[-–/]\s?(?:19|20)?\d\d)?)?"
    r"(?:\s*,?\s*(?:alongside|followed\s+by|together\s+with|along\s+with|as\s+well\s+as)\s+"
    r"(?P<more>[^.;:]{3,200}))?")
_MADE_WORDS = frozenset({" made "})


@reads(*_MADE_WORDS)
def made_priorities(doc: ExtractionDoc) -> None:
    for _, (start, end) in doc.prose(holding=_MADE_WORDS):
        mentions = [m for m in doc.mentions(start, end) if m.kind in ("body", "name")]
        for m in mentions:
            at = _DEFINED_AFTER_NAME.match(doc.text, m.end)
            made = _MADE_PRIORITY.match(doc.text, at.end() if at else m.end, end)
            if made is None:
                continue
            owner = doc.resolver.acronym(m.name) if m.kind == "name" and m.head == "acronym" else \
                doc.resolver.entity(m) if m.kind == "body" else None
            if owner is None or owner.kind != "body":
                continue
            _inline_items(doc, "priority_of", owner, made.start("item"), made.end("item"), start)
            if made.group("more"):
                a, b = made.span("more")
                joined = _joining_and(doc, a, b) if "," not in doc.text[a:b] else None
                # "alongside A and B": two items the one "and" joins (a list with commas is parted as lists are)
                for x, y in ((a, joined.start()), (joined.end(), b)) if joined else ((a, b),):
                    _inline_items(doc, "priority_of", owner, x, y, start)


_DEFINED_AFTER_NAME = re.compile(r"\s*\((?:the\s+)?[A-Z][A-Za-z&]{1,9}\)")


# "The CSP's action plan gives priority to A, B and C", "The Board will prioritise A, B and C", "that the
# Partnership's priorities for 2025/26 be (i) A, (ii) B and (iii) C", "has set its priorities as A, B and C": a
# verb that gives priority, its list after it with no colon
_GIVES_PRIORITY = re.compile(
    r"\b(?:(?:gives?|gave|giving|given)\s+(?:(?:top|particular|special|high|equal)\s+)?priority\s+to|"
    r"prioriti[sz](?:es|ed|e)|"
    r"priorities(?:\s+for\s+(?:the\s+)?(?:coming\s+|next\s+)?(?:year|period|(?:year\s+|period\s+)?(?:19|20)\d\d"
    r"(?:\s?[-/–]\s?\d{2,4})?))?\s+(?:be|as))\s+"
    r"(?!(?:the|its|their|our|this|these|those|work|how|which|what|where|when|in|on|at|to|a|an|well|set|agreed|"
    r"follows?|part)\b)", re.I)
# "A remains one of the Partnership's four priorities alongside B, C and D": the subject is a priority too
_ONE_OF_PRIORITIES = re.compile(
    r"(?P<item>[^,;:()]{3,80}?)\s+(?:is|remains|was|will remain|has become|became)\s+(?:still\s+)?one\s+of\s+"
    r"(?P<whose>[^,;:]{0,80}?)\bpriorities(?:\s+for\s+[^,;:]{2,20}?)?,?\s+"
    r"(?:alongside|along\s+with|together\s+with|as\s+well\s+as)\s+")
# "For 2024/25 these are: A; B; and C", "They are A, B and C": a list whose owner's priorities the sentence before
# named ("The Board agrees its priorities each April.")
_THESE_ARE = re.compile(r"(?:(?:for|in|from)\s+[^,.;:]{2,20}?,?\s+)?(?:these|they)\s+(?:are|will\s+be|were)\s*:?\s*"
                        r"(?!(?:the|a|an|not|also|all|both|each|listed|set|shown|described|minuted|named)\b)", re.I)
_PRIORITY_WORD = re.compile(r"(?i)\bpriorit(?:y|ies)\b")


@reads("priorit")
def prose_priorities(doc: ExtractionDoc) -> None:
    """Priorities listed in a sentence with no colon to open the list: after a verb that gives priority, beside
    one priority "alongside" the rest, or after "these are" when the sentence before named the priorities."""
    before: tuple[int, int] | None = None
    for _, (start, end) in doc.prose():
        span, before = before, (start, end)
        back = _THESE_ARE.match(doc.text, start, end)
        if back is not None and span is not None and _PRIORITY_WORD.search(doc.text, *span) and \
                not re.search(r"\n\s*\n", doc.text[span[1] : start]):
            from .clauses import antecedent  # clauses reads lists' owners: imported when needed

            owner = priorities_owner(doc, *span) or antecedent(doc, span, start)
            _listed_priorities(doc, owner, back.end(), end, start)
            continue
        if not _PRIORITY_WORD.search(doc.text, start, end) and "prioriti" not in doc.text[start:end].casefold():
            continue
        one = _ONE_OF_PRIORITIES.match(doc.text, start, end)
        if one is not None:
            owner = priorities_owner(doc, start, one.end("whose") + len("priorities"))
            _listed_priorities(doc, owner, one.end(), end, start, one.span("item"))
            continue
        for m in _GIVES_PRIORITY.finditer(doc.text, start, end):
            owner = priorities_owner(doc, start, m.end()) or _subject_body(doc, start, m.start())
            _listed_priorities(doc, owner, m.end(), end, start)


def _listed_priorities(doc: ExtractionDoc, owner: Entity | None, a: int, b: int, s0: int,
                       first: tuple[int, int] | None = None) -> None:
    """The priorities of OWNER listed in TEXT[a:b] ("A, B and C", "A; B; and C"), and FIRST, the one priority the
    sentence names before the list; a run with no "and" or semicolons to part it is no list."""
    if owner is None or owner.kind not in ("body", "publication"):
        return
    text = doc.text
    if not (_LAST_AND.search(text, a, b) or text.count(";", a, b) >= 2):
        return
    tail = _CLAUSE_AFTER_LIST.search(text, a, b)
    b = tail.start() if tail else b
    b = _YEAR_TAIL.search(text, a, b).start() if _YEAR_TAIL.search(text, a, b) else b
    if first is not None:
        # "Members noted that serious violence remains one of ...": the reported clause's subject
        said = list(re.finditer(r"\b(?:that|whether)\s+|^\s*(?:The\s+)?", text[first[0] : first[1]]))[-1]
        _inline_items(doc, "priority_of", owner, first[0] + said.end(), first[1], s0)
    if first is not None and "," not in text[a:b] and (joined := _joining_and(doc, a, b)) is not None:
        # "alongside A and B": two items the one "and" joins (a list with commas is parted as lists are)
        for x, y in ((a, joined.start()), (joined.end(), b)):
            _inline_items(doc, "priority_of", owner, x, y, s0)
        return
    _inline_items(doc, "priority_of", owner, a, b, s0)


# "A, B and C, all of which are reflected in the plan": a clause after the list says more of its items
_CLAUSE_AFTER_LIST = re.compile(r",\s+(?:(?:all|both|each|most|many|some|none|either|neither)\s+of\s+(?:which|them)|"
                                r"which|who)\b")
# "A, B and C in 2025.", "... for 2025/26": the year the sentence closes on is no word of its last item
_YEAR_TAIL = re.compile(r"\s+(?:in|for|during|from)\s+(?:19|20)\d\d(?:\s?[-/–]\s?\d{2,4})?\s*\.?\s*$")


def _subject_body(doc: ExtractionDoc, start: int, at: int) -> Entity | None:
    """The body a sentence's verb at AT is said of: the last body (or spelt-out acronym) named before it."""
    for m in reversed(doc.mentions(start, at)):
        if m.kind == "body" or (m.kind == "name" and m.head == "acronym"):
            e = doc.resolver.acronym(m.name) if m.kind == "name" else doc.resolver.entity(m)
            if e is not None and e.kind == "body":
                return e
    return None


# "The plan's four priorities (reducing youth violence; tackling VAWG; reducing reoffending) are each overseen by
# ...": the priorities listed in brackets straight after the word
_BRACKETED_PRIORITIES = re.compile(r"\bpriorit(?:y|ies)(?: (?:areas|themes))?\s*\((?P<items>[^()]{6,400})\)", re.I)


@reads("priorit")
def bracketed_priorities(doc: ExtractionDoc) -> None:
    for _, (start, end) in doc.prose(holding=frozenset({"priorit"})):  # every match holds the word
        for m in _BRACKETED_PRIORITIES.finditer(doc.text, start, end):
            items = m.group("items")
            if items.count(";") < 1 and not (items.count(",") >= 1 and _LAST_AND.search(items)):
                continue  # "(see section 4)", "(VAWG)": no list
            owner = priorities_owner(doc, start, m.end("items"))
            if owner is not None:
                _inline_items(doc, "priority_of", owner, m.start("items"), m.end("items"), start)


# "The Executive is comprised of senior leaders of the three statutory partners – A, B and C", "is made up of
# partner organisations, among them A, B and C": the list after a spaced dash or a word that gives examples,
# when the words before open a membership
_DASHED_MEMBERS = re.compile(r"\b(?:(?:is|are) made up of|(?:is|are) comprised of|comprises?|consists? of|"
                             r"membership|members (?:are|include))\b[^:.;–—]{0,140}?(?:\s[–—-]\s+|,?\s+(?:such as|"
                             r"among them|amongst them|including|namely)\s+)(?=(?:the\s+)?[A-Z])")


def _dashed_members(doc: ExtractionDoc, start: int, end: int) -> bool:
    said = doc.text[start:end]
    if not any(w in said for w in ("member", "made up of", "comprise", "consist")):
        return False  # every match holds one (the pattern is case-sensitive): substring tests, no search
    m = _DASHED_MEMBERS.search(doc.text, start, end)
    if not m or not _LAST_AND.search(doc.text, m.end(), end):
        return False
    owner = _sentence_owner(doc, start, m.start(), "member_of", fallback=False)
    if owner is None:
        return False
    _inline_items(doc, "member_of", owner, m.end(), end, start)
    return True


# "Under the Act the responsible authorities - A, B and C - must work together": the paper's partnership is theirs
# ("Under the 2004 Act the three safeguarding partners for the borough - A, B and C - must ...": the partners the
# law names, counted and placed)
_AUTHORITIES_DASH = re.compile(r"\b(?:the\s+)?(?:" + _FEW + r"\s+)?(?:responsible authorities|statutory "
                               r"partners|statutory members|(?:statutory\s+)?safeguarding partners)"
                               r"(?:\s+(?:for|in)\s+(?:the\s+)?[A-Z][\w'’&-]*(?:\s+[A-Z][\w'’&-]*){0,3})?\s+"
                               r"[–—-]\s+(?=(?:the\s+)?[A-Z])")
# "The Eastvale Safeguarding Children Partnership is led by the three statutory safeguarding partners - ...": the
# body the sentence opens on, when it is said to be led by or made up of them
_LED_BY_PARTNERS = re.compile(r"\s+(?:is|are)\s+(?:led|formed|made up|run)\s+(?:jointly\s+)?by\s+(?:the\s+)?$")
_CLOSING_DASH = re.compile(r"\s[–—-]\s")


def _authorities_between_dashes(doc: ExtractionDoc, start: int, end: int) -> bool:
    """The responsible authorities named between two dashes in a paper of a partnership are its members."""
    if "authorities" not in doc.text[start:end] and "statutory" not in doc.text[start:end] and \
            "safeguarding partners" not in doc.text[start:end]:
        return False
    m = _AUTHORITIES_DASH.search(doc.text, start, end)
    owner = doc.resolver.body
    if m is not None:
        opening = next(iter(doc.mentions(start, m.start())), None)
        if opening is not None and opening.kind == "body" and \
                _SUBJECT_START.match(doc.text[start : opening.start]) and _LED_BY_PARTNERS.fullmatch(
                    re.sub(r"\s*\([^()]{1,20}\)", "", doc.text[opening.end : m.start()]) + " "):
            owner = doc.resolver.entity(opening) or owner
    if m is None or owner is None or owner.kind != "body" or not re.search(r"(?i)partnership|csp|board",
                                                                             owner.name):
        return False
    close = _CLOSING_DASH.search(doc.text, m.end(), end)
    if close is None or not _LAST_AND.search(doc.text, m.end(), close.start()):
        return False  # the list is closed by a second dash, and has its "and"
    _inline_items(doc, "member_of", owner, m.end(), close.start(), start)
    return True


# "The Office of the Police and Crime Commissioner, Thirteen Group and the Youth Justice Service are co-opted."
# "X attends as a co-opted member.", "A and B attend as co-opted members.": the same, said by the seat they attend in
_CO_OPTED = re.compile(r"\s+(?:(?P<many>are|were|attend)|is|was|attends|sits)\s+(?:also\s+)?(?:(?:on\s+it\s+)?as\s+"
                       r"(?:an?\s+)?)?co-?opted"
                       r"(?:\s+(?:members?|on\s+to\s+(?:it|the\s+\w+)))?\s*\.?\s*$")


def _co_opted(doc: ExtractionDoc, start: int, end: int, before: tuple[int, int] | None) -> bool:
    """The bodies a sentence says are co-opted are members of the body the sentence before is about."""
    if "opted" not in doc.text[start:end]:
        return False
    m = _CO_OPTED.search(doc.text, start, end)
    if m is None:
        return False
    named = _named_only(doc, start, m.start())
    # a plural verb over two or more bodies, a singular one over one ("The Northby and Westdale Fire
    # Authority attends as a co-opted member": its "and" joins no two)
    if named is None or (m.group("many") is not None) != (len(named) > 1):
        if m.group("many") is None or not _LAST_AND.search(doc.text, start, m.start()):
            return False
        named = None  # "A, B and the C are co-opted": items the list reader parts
    from .clauses import antecedent  # clauses reads lists' owners: imported when needed

    owner = antecedent(doc, before)
    if owner is None or owner.kind != "body":
        return False
    if named is None:
        _inline_items(doc, "member_of", owner, start, m.start(), start)
        return True
    for x in named:
        e = doc.resolver.entity(x)
        if e is not None and e.kind == "body" and e.iri != owner.iri:
            doc.add(e, "member_of", owner, start, end, "list:member_of", 0.8)
    return True


# what may stand before, between and after the bodies a short sentence names: an article, a comma or "and", and an
# initials' gloss ("(OPCC)")
_NAMED_GAP = re.compile(r"\W*?(?:\s*\([A-Z][A-Za-z]{1,8}\))?\s*(?:,\s*(?:and\s+)?|(?:and|&)\s+)?(?:the\s+)?", re.I)


def _named_only(doc: ExtractionDoc, start: int, end: int) -> list[Mention] | None:
    """The bodies TEXT[start:end] names and nothing else but articles, commas, "and" and glosses; None otherwise."""
    found = [x for x in doc.mentions(start, end) if x.kind in ("body", "place", "name", "topic", "post", "person")]
    if not found or any(x.kind != "body" for x in found):
        return None
    at = start
    for x in found:
        if not _NAMED_GAP.fullmatch(doc.text, at, x.start):
            return None
        at = x.end
    return found if _NAMED_GAP.fullmatch(doc.text, at, end) else None


# "..., with Wessex ACRE and Citizens Advice as co-opted members": members the sentence adds after its list
_WITH_AS_MEMBERS = re.compile(r",?\s+with\s+(?P<items>[^.;:]{3,200}?)\s+as\s+(?:(?:co-?opted|associate|invited|"
                              r"non-voting|additional|advisory|independent)\s+)?members\b", re.I)
_AS_MEMBERS_WORDS = frozenset({" as co-opted members", " as members", " as associate members", " as invited members",
                               " as non-voting members", " as additional members", " as advisory members",
                               " as independent members", " as coopted members"})


@reads(*_AS_MEMBERS_WORDS)
def with_as_members(doc: ExtractionDoc) -> None:
    """The bodies a sentence names as further members after its own list ("The board brings together A, B and C,
    with D and E as co-opted members") are members of the body the rest of the sentence gave members to."""
    for _, (start, end) in doc.prose(holding=_AS_MEMBERS_WORDS):
        m = _WITH_AS_MEMBERS.search(doc.text, start, end)
        if m is None:
            continue
        owners = {f.object.iri: f.object for f in doc.facts if f.relation == "member_of" and f.object is not None
                  and start <= f.start < m.start() and f.object.kind == "body"}
        if len(owners) == 1:
            _inline_items(doc, "member_of", next(iter(owners.values())), m.start("items"), m.end("items"), start)


_COLLECTIVE = re.compile(r"(?i)(?:statutory|responsible|core|co-operating|cooperating|relevant|partner|key|local)?\s?"
                         r"(?:agencies|authorities|partners|bodies|organisations|members)")
_PRONOUN = re.compile(r"^\s*(?:these|they|it|this|its|their|which)\b", re.I)
# the agent of a participle set aside in commas, which is no subject of the sentence around it
_BY_ASIDE = re.compile(r"(?:,|\s[–—])\s*(?:(?:jointly|recently|originally|first)\s+)?(?:produced|prepared|developed|"
                       r"written|drawn up|published|commissioned|agreed|approved|adopted|owned|chaired|led|hosted|"
                       r"funded|supported)\s+by\s+(?:the\s+)?$")


_PAPER_THEN_ASIDE = re.compile(r"\W*(?:The|This|Our|Its)\s+(?P<word>plan|strategy)\s*,\s*(?:(?:jointly|recently)\s+)?"
                               r"(?:produced|prepared|developed|written|drawn up|published|agreed|approved|adopted)\s+"
                               r"by\b", re.I)


def _aside_paper(doc: ExtractionDoc, start: int, end: int) -> Entity | None:
    """ "The plan, produced by the Board, continues to set the following priorities:": the paper the sentence
    opens with sets them, not the body of the aside."""
    m = _PAPER_THEN_ASIDE.match(doc.text, start, end)
    e = doc.resolver.reference(m.group("word"), start + m.start("word")) if m else None
    return e if e is not None and e.kind == "publication" else None


def _sentence_owner(doc: ExtractionDoc, start: int, end: int, relation: str, *, fallback: bool = True,
                    before: tuple[int, int] | None = None) -> Entity | None:
    """The owner named before the colon (the last fitting name); for "These comprise:", the last fitting name of
    the sentence before; for "Its priorities are:", the body that sentence BEFORE is about; the paper's body when
    the sentence names nothing."""
    kinds = ("body", "publication") if relation in ("priority_of", "member_of", "subgroup_of") else (
        "topic", "initiative", "publication", "body")
    if doc.resolver.body is not None and _OURS.search(doc.text[start:end]):
        return doc.resolver.body  # "... has shaped our priorities for 2023-24: A, B and C"
    if before is not None and re.match(r"\s*Its\b", doc.text[start:end]):
        # "The Board reports each quarter to the Home Office. Its priorities are: ...": "its" is the subject's, as
        # "it" is, not the last body the sentence before named (the one it reports to)
        from .clauses import antecedent  # clauses reads lists' owners: imported when needed

        e = antecedent(doc, before, start)
        return e if e is not None and e.kind in kinds else None
    if _PRONOUN.match(doc.text[start:end]):
        prev_start = max(doc.text.rfind(". ", 0, start - 2), doc.text.rfind("\n", 0, start - 1)) + 1
        previous = doc.mentions(prev_start, start)
        if re.match(r"\s*(?:It|This)\b", doc.text[start:end]):
            # "It has four priorities:": the sentence before's subject, or nobody known
            first = next((m for m in previous if m.kind != "money"), None)
            e = doc.resolver.entity(first) if first is not None and first.kind in ("body", "publication") and \
                _SUBJECT_START.match(doc.text[prev_start : first.start].lstrip(". ")) else None
            return e if e is not None and e.kind in kinds else None
        for m in reversed(previous):
            if _COLLECTIVE.fullmatch(m.name):
                continue  # "The Board's core members are the responsible authorities. These are: ..."
            e = doc.resolver.entity(m) if m.kind in ("body", "publication", "name") else None
            if e is not None and e.kind in kinds:
                return e
        return None
    found = None
    named = False
    first: Entity | None = None
    for m in doc.mentions(start, end):
        if _BY_ASIDE.search(doc.text, max(start, m.start - 60), m.start) and \
                re.match(r"\s*[,–—]", doc.text[m.end : end]):
            continue  # "The Brent VAWG Strategy, produced by the Delivery Group, sets three priorities:"
        if m.kind in ("body", "publication", "topic", "initiative") or (m.kind == "name" and m.head == "acronym"):
            named = True
            e = doc.resolver.entity(m)
            if e is not None and e.kind in kinds:
                if first is not None and re.search(r"\b(?:is|are|was|were) (?:the|a|an) $",
                                                   doc.text[max(start, m.start - 12) : m.start]):
                    found = first  # "The Safer X Partnership is the CSP for X, bringing together:": the subject
                    break
                found = e
                if first is None and _SUBJECT_START.match(doc.text[start : m.start]):
                    first = e
    if found is None and not named and relation != "part_of" and fallback:
        return doc.scope_body(start) or doc.body  # the opener names no one: the section's body, else the paper's
    return found




# the lists whose items are groups, named as groups are whether the opener makes them sub-groups or says only that
# they report (CONVENTIONS.md I)
_GROUP_LISTS = ("subgroup_of", "reports_to")


def _inline_items(doc: ExtractionDoc, relation: str, owner: Entity, start: int, end: int, s0: int) -> None:
    text = doc.text
    pos = start
    stop = end
    if text[end - 1 : end] == ".":
        stop = end - 1
    pieces = []
    quoted = _QUOTED_ITEM.match(text, start, stop)
    if quoted is not None and relation == "priority_of":
        # 'the Plan's priority of "a safer, cleaner and greener city" is shared by ...': the quotation is the item
        pos, stop = quoted.span("item")
    # "A; B, including C; and D": a writer who parts the items with semicolons keeps commas inside them
    splitter = _SEMICOLON_SPLIT if relation == "priority_of" and text.count(";", start, stop) >= 2 else \
        _MEMBER_SPLIT if relation == "member_of" else _ITEM_SPLIT
    # a name that lists places before its head ("NHS Bath, Swindon and Wiltshire ICB": a comma, then an "and")
    named = [(x.start, x.end) for x in doc.mentions(start, stop) if x.kind == "body" and
             re.search(r",[^,]*\band\b", x.name)] if relation in ("member_of", *_GROUP_LISTS) else []
    joined = False  # whether the separator before the last item holds the list's "and" (", and", "; and")
    for m in splitter.finditer(text, start, stop):
        if text.count("(", start, m.start()) > text.count(")", start, m.start()):
            continue  # "hate crime (including online abuse, graffiti and harassment)" is one item
        if any(a < m.start() and m.end() <= b for a, b in named):
            continue  # "the NHS Bath, Swindon and Wiltshire Integrated Care Board": one partner, its places listed
        if _inside_quotes(text, start, m.start()):
            continue  # 'the priority of "a safer, cleaner and greener city"' is one item as quoted
        pieces.append((pos, m.start()))
        pos = m.end()
        joined = _SPENT_AND.search(m.group()) is not None
    pieces.append((pos, stop))
    # "A, B, and getting people into housing and work": the comma's "and" joined the last item; an "and" inside
    # it is the item's own
    if splitter is not _SEMICOLON_SPLIT and (len(pieces) >= 2 and not joined and not any(
            _free_and(doc, a, b) for a, b in pieces[:-1]) or _AFTER_ASIDE_AND.search(text, *pieces[-1])):
        # "A, B and C": the last "and" joins two items unless the writer uses "and" inside items
        a, b = pieces[-1]
        aside = _AFTER_ASIDE_AND.search(text, a, b)
        cut = aside.span("and") if aside else (m.span() if (m := _joining_and(doc, a, b)) else None)
        if cut:
            pieces[-1:] = [(a, cut[0]), (cut[1], b)]
    kinds = _ITEM_KINDS.get(relation, ("topic", "initiative", "publication", "body"))
    for a, b in pieces:
        # "agreed four priorities: (1) A; (2) B": the number a writer sets before an item is no word of it
        number = _ITEM_NUMBER.match(text, a, b) if quoted is None else None
        a = number.end() if number else a
        lead = (re.match(r"\s*(?:the|a|an)\s+", text[a:b]) or (re.match(r"\s*The\s+", text[a:b]) if a == s0 else None)
                ) if quoted is None else None
        # "..., the Metropolitan Police Service and ...", "The Office ..., A and B are" (a quotation is kept whole)
        a += lead.end() if lead else 0
        piece = text[a:b].strip()
        # "serious violence (including domestic abuse, sexual abuse and ...)": the examples are not counted
        limit = 16 if relation in ("member_of", *_GROUP_LISTS) else 8
        if splitter is _SEMICOLON_SPLIT:
            limit = max(limit, 12)  # items parted by semicolons: a writer who uses them writes longer items
        counted = _WHO_CHAIRS_TAIL.sub("", piece) if relation in ("subgroup_of", "reports_to") else piece
        if not piece or len(_BRACKET_TAIL.sub("", counted).split()) > limit:
            continue  # a name, or two names joined by "and", not a clause
        piece_end = a + len(text[a:b].rstrip())
        if relation in ("member_of", *_GROUP_LISTS):
            # "the NHS Eastvale Integrated Care Board (the ICB)": the short name the writer gives it is no item
            tail = re.search(r"\s*\((?:the\s+)?[A-Z]{2,8}\)$", text[a:piece_end])
            piece_end = a + tail.start() if tail and tail.start() else piece_end
        if relation in ("subgroup_of", "reports_to") and (aside := _WHO_CHAIRS_TAIL.search(text, a, piece_end)):
            piece_end = aside.start()  # "the Safe Accommodation Working Group (chair: Jo Lee)": the group is named
        found = [m for m in doc.mentions(a, piece_end) if m.kind in kinds or m.kind == "name"]
        if relation in ("subgroup_of", "reports_to"):
            asides = [x.span() for x in _WHO_CHAIRS.finditer(text, a, piece_end)]
            found = [m for m in found if not any(x <= m.start < y for x, y in asides)]  # who chairs: no group
        entity = None
        whole = found[0] if len(found) == 1 and found[0].start - a <= 1 and found[0].end >= piece_end - 1 else None
        if whole is None and relation == "member_of" and _post_then_holder(doc, owner, a, piece_end, s0, end):
            continue
        # ("The following groups report to the Board: A and B": two groups the "and" joins, as two members are)
        pair = _named_pair(doc, found, a, piece_end) if whole is None and relation in (
            "member_of", "subgroup_of", "reports_to") else []
        for one in pair:
            # "Co-opted members are A and B": two organisations the "and" joins, each an item
            e = doc.resolver.entity(one) or doc.resolver.body_named(one.name, one.acronym, place=one.place)
            if e is not None:
                doc.add(e, relation, owner, s0, end, f"inline-list:{relation}", 0.8)
        if whole is not None:
            entity = doc.resolver.entity(whole)
            if entity is None and whole.kind == "name" and relation in ("member_of", *_GROUP_LISTS) and not (
                    relation in _GROUP_LISTS and " " not in whole.name and whole.head != "acronym") and not (
                    # "a Youth Group, chaired by the Head of Youth Justice, Sam Okoro": the holder, cut off at
                    # a comma, is a person and no group
                    relation in _GROUP_LISTS and looks_like_person(whole.name.split())):
                # a group's name has a head noun: one plain word ("Education, Training and ... Group" cut at its
                # comma) names no group
                entity = doc.resolver.body_named(whole.name, whole.acronym, place=whole.place)
        if entity is None and relation in ("priority_of", "part_of"):
            phrase = _EXAMPLES_TAIL.sub("", _BRACKET_TAIL.sub("", piece)).strip(" .")
            if phrase and not re.search(r"[;:]", phrase):
                entity = doc.resolver.topic(phrase)
        if entity is None:
            continue
        if relation == "priority_of" and entity.kind == "topic":
            # (the article the item was read without is the writer's: "a fair and effective justice system")
            entity = doc.resolver.remember(entity, *priority_names(text[a - (lead.end() if lead else 0) : b]))
        if relation == "priority_of":
            doc.add(entity, relation, owner, s0, end, "inline-list:priority_of", 0.8)
        else:
            doc.add(entity, relation, owner, s0, end, f"inline-list:{relation}", 0.8)


_ITEM_NUMBER = re.compile(r"\s*(?:\(\d{1,2}\)|\(?[a-h]\)|\(?(?:i|ii|iii|iv|v|vi)\)|\d{1,2}\))\s+")
_QUOTED_ITEM = re.compile(r"\s*[\"“‘'](?P<item>[^\"“”‘’\n]{3,80})[\"”’']")


def _inside_quotes(text: str, start: int, at: int) -> bool:
    """Whether AT falls inside a quotation opened after START."""
    return text.count('"', start, at) % 2 == 1 or text.count("“", start, at) > text.count("”", start, at)


_HOLDER_IN_BRACKETS = re.compile(r"\(([^()]{3,80})\)")


def _post_then_holder(doc: ExtractionDoc, owner: Entity, a: int, b: int, s0: int, end: int) -> bool:
    """ "the Chief Executive of Bristol City Council (Jo Lee)": an item that names a post and, in brackets, the
    person who holds it: the person is the member. Two such ("... (Jo Lee) and the Chief Nursing Officer of
    the ICB (Sam Pike)") may stand in one piece, an "and" inside a place's name having cut it wrongly."""
    posts = [m for m in doc.mentions(a, b) if m.kind == "post"]
    read = False
    for held in _HOLDER_IN_BRACKETS.finditer(doc.text, a, b):
        # the post's mention may take the bracket in as a portfolio ("Director of Nursing (Jo Lee)")
        post = next((m for m in reversed(posts) if m.start < held.start() and (
            m.end <= held.start() and not doc.text[m.end : held.start()].strip() or m.end == held.end())), None)
        if post is None:
            continue
        entries = list(list_entries(doc, held.start(1), held.end(1), ()))
        if len(entries) != 1 or doc.text[entries[0].person.end : held.end(1)].strip():
            continue
        doc.add(doc.resolver.person(entries[0].person), "member_of", owner, s0, end, "inline-list:member_of", 0.8)
        read = True
    return read


_JOIN = re.compile(r"\s+(?:and|&)\s+(?:the\s+)?")


def _named_pair(doc: ExtractionDoc, found: list[Mention], a: int, b: int) -> list[Mention]:
    """The two organisations of a piece written "A and B" (the "and" of a two-item list is not cut by the item
    split, which keeps the "and" inside names): only when the two names fill the piece between them."""
    if len(found) != 2 or found[0].start - a > 1 or found[1].end < b - 1:
        return []
    if not _JOIN.fullmatch(_WHO_CHAIRS.sub("", doc.text[found[0].end : found[1].start])):
        return []  # "A (chair: Jo Lee) and B": who chairs A stands between the two
    if any(m.kind not in ("body", "name") or (m.kind == "name" and (len(m.name.split()) < 2 or
                                                                      looks_like_person(m.name.split())))
           for m in found):
        return []  # bodies, or unknown names of two words or more that are no person's
    return found


# the verb that opens a remit's item says which relation it states
_DUTY_VERBS = (
    ("commissions", re.compile(r"(?:to\s+)?(?:commission(?:s|ing)?|procur(?:e|es|ing))\b", re.I)),
    ("produces", re.compile(r"(?:to\s+)?(?:produc(?:e|es|ing)|prepar(?:e|es|ing)|publish(?:es|ing)?|develop(?:s|ing)?|"
                            r"agree(?:s|ing)?|approv(?:e|es|ing|al of)|draw(?:s|ing)? up|writ(?:e|es|ing)|"
                            r"refresh(?:es|ing)?)\b", re.I)),
    ("oversees", re.compile(r"(?:to\s+)?(?:oversee(?:s|ing)?|monitor(?:s|ing)?|scrutinis(?:e|es|ing)|"
                            r"(?:have|has|having|provid(?:e|es|ing)|exercis(?:e|es|ing)) (?:strategic |overall )?"
                            r"oversight (?:of|for)|"
                            r"hold(?:s|ing)? (?P<held>[^,.;]{1,40}) (?:to account|accountable))\b", re.I)),
    ("responsible_for", re.compile(r"(?:to\s+)?(?:lead(?:s|ing)?(?: on)?|co-?ordinat(?:e|es|ing)|manag(?:e|es|ing)|"
                                   r"deliver(?:s|ing)?|ensur(?:e|es|ing)|make sure|support(?:s|ing)?|"
                                   r"promot(?:e|es|ing)|"
                                   r"reduc(?:e|es|ing)|tackl(?:e|es|ing)|prevent(?:s|ing)?|protect(?:s|ing)?|"
                                   r"have|has|keep(?:s|ing)?|maintain(?:s|ing)?|address(?:es|ing)?|improv(?:e|es|ing)|"
                                   r"identify|identif(?:ies|ying)|respond(?:s|ing)? to|carry out|"
                                   r"undertak(?:e|es|ing)|discharg(?:e|es|ing)|fulfil(?:s|ling)?|meet(?:s|ing)?)\b",
                                   re.I)),
)
_LEAD_TO_NAME = re.compile(r"\s+(?:and [a-z]+ing\s+)?"
                           # "monitor compliance with the Framework", "oversee the delivery of the Plan"
                           r"(?:(?:the\s+)?(?:compliance with|delivery of|implementation of|progress (?:on|against|of)|"
                           r"performance of|work of|allocation of|use of|spending of)\s+)?"
                           r"(?:the|an?|its|their|our)?\s*(?:annual|yearly|new|refreshed|"
                           r"joint|local|draft|current|three-year|statutory)?\s*"
                           # "oversee the allocation of the PCC's Community Safety Grant": whose it is
                           r"(?:[A-Z][A-Za-z]*['’]s\s+)?", re.I)
# nouns in a series that share the "of" after the last: "the selection, management and de-selection of X"
_SHARED_OF = re.compile(r"\s*,\s*(?:[a-z][\w-]*\s*,\s*)*[a-z][\w-]*(?:\s+[a-z][\w-]*)?,?\s+(?:and|or)\s+"
                        r"[a-z][\w-]*(?:\s+[a-z][\w-]*)?\s+of\b")
_NP_END = re.compile(r"\s*(?:[,.;:(]|\s(?:so that|in order to|to ensure|which|that|and (?:to |keep|make|ensure)\b)|$)")


# "report to the Safer X Executive twice a year and escalate risks to the Y Board": reporting lines an item of a
# remit opens with
_REPORT_ITEM = re.compile(r"(?i)\W*(?:to\s+)?(?:report(?:s|ing)?(?:\s+(?:regularly|quarterly|annually|progress))?"
                          r"|escalat(?:e|es|ing)\s+(?:[a-z]+\s+){0,2}?(?:risks|issues|concerns|matters))\s+to\s+"
                          r"(?:the\s+)?")
_AND_ESCALATE = re.compile(r"(?i)[^.;:()]{0,40}?\band\s+escalat(?:e|es|ing)\s+(?:[a-z]+\s+){0,2}?(?:risks|issues|"
                           r"concerns|matters)\s+to\s+(?:the\s+)?")


def _reporting_item(doc: ExtractionDoc, owner: Entity, start: int, end: int) -> bool:
    """The bodies an item opened by "report to" (and "escalate risks to" after it) names straight after "to"."""
    m = _REPORT_ITEM.match(doc.text, start, end)
    if m is None:
        return False
    added = False
    at = m.end()
    while at < end:
        named = next((x for x in doc.mentions(at, end) if x.start == at and x.kind == "body"), None)
        e = doc.resolver.entity(named) if named is not None else None
        if e is None or e.kind != "body" or e.iri == owner.iri:
            break
        added = doc.add(owner, "reports_to", e, start, named.end, "remit:reports_to", 0.75) is not None or added
        more = _AND_ESCALATE.match(doc.text, named.end, end)
        if more is None:
            break
        at = more.end()
    return added


def _duty_items(doc: ExtractionDoc, owner: Entity, start: int, end: int, opener: Line) -> bool:
    """ "Draw up, put in place and monitor the Business Plan": each verb of a series opening a remit's item
    takes the object that follows the last; else the item is read as one verb and its object."""
    if _reporting_item(doc, owner, start, end):
        return True
    series = _verb_series(doc.text[start:end])
    if not series:
        return _duty_item(doc, owner, start, end, opener)
    relations = [next((rel for rel, p in _DUTY_VERBS if p.match(doc.text, start + a)), None) for a, _ in series]
    # "Commission and coordinate reviews": the specific verb says what the owner does with them
    specific = any(rel not in (None, "responsible_for") for rel in relations)
    added = False
    for (a, _), rel in zip(series, relations, strict=True):
        if rel is None or (specific and rel == "responsible_for"):
            continue
        added = _duty_item(doc, owner, start, end, opener, at=start + a, obj_from=start + series[-1][1]) or added
    return added


_SERIES_SEP = re.compile(r"\s*,\s*(?:and\s+)?|\s+and\s+")


def _verb_series(item: str) -> list[tuple[int, int]]:
    """The spans of two or more verbs opening ITEM, joined by commas and "and", the last followed by its object
    ("draw up, agree and publish the plan"); empty when the item opens with one verb or a verb's own object."""
    verbs: list[tuple[int, int]] = []
    pos = len(item) - len(item.lstrip())
    while (m := _ANY_REMIT_VERB.match(item, pos)) is not None:
        verbs.append((m.start(), m.end()))
        sep = _SERIES_SEP.match(item, m.end())
        if sep is None:
            return verbs if len(verbs) >= 2 and re.match(r"\s+\S", item[m.end() :]) else []
        pos = sep.end()
    return []  # a separator followed by no verb: "Produce the plan, and report on it" is no series


_HOW_OFTEN = re.compile(r"(?i)\s*(?:annually|yearly|quarterly|monthly|regularly|each\s+year|every\s+year)\b,?"
                        r"(?=\s|[.;]|$)")


def _duty_item(doc: ExtractionDoc, owner: Entity, start: int, end: int, opener: Line, *, at: int | None = None,
               obj_from: int | None = None) -> bool:
    """ "Commission Domestic Homicide Reviews", "Produce an annual plan", "Reduce crime & disorder, ASB and
    reoffending": an item of a remit opened by a verb states what the owner commissions, produces, oversees or
    is responsible for; its topics, else its object phrase, are the objects. AT is where the verb stands and
    OBJ_FROM where its object starts, when they are not the item's start and the verb's end."""
    at = start if at is None else at
    text = doc.text[at:end]
    for relation, pattern in _DUTY_VERBS:
        vm = pattern.match(text)
        if not vm:
            continue
        obj_start = at + vm.end() if obj_from is None else obj_from
        # "produce and refresh annually the Community Safety Plan": how often is no word of the object
        often = _HOW_OFTEN.match(doc.text, obj_start, end)
        obj_start = often.end() if often else obj_start
        if relation == "oversees" and vm.group("held"):
            # "Hold the responsible authorities accountable under s.17": who is held, not what follows
            objects = _delivery_held(doc, at + vm.start("held"), at + vm.end(), end) or \
                _held(doc, at + vm.start("held"), at + vm.end("held"))
            return any([doc.add(owner, relation, obj, start, end, f"remit:{relation}", 0.75) is not None
                        for obj in objects])
        # "Monitor the community safety priorities": a topic that describes the noun after it is not the object
        topics = [m for m in doc.mentions(obj_start, end) if m.kind == "topic" and not _modifies(doc.text, m.end)]
        objects = []
        shared = _SHARED_HEAD.fullmatch(doc.text, obj_start, topics[0].start) if topics else None
        if shared and len(topics) == 1 and relation in ("responsible_for", "oversees"):
            # "tackle alcohol and substance misuse": the words before share the topic's head, one topic as written
            objects = [doc.resolver.topic(" ".join(doc.text[shared.start(1) : topics[0].end].split()))]
        elif topics and relation in ("responsible_for", "oversees") and (case := _topic_case_work(doc, obj_start,
                                                                                              topics, end)):
            objects = [doc.resolver.topic(case)]  # "lead on anti-social behaviour case reviews": the casework
        elif topics and relation in ("responsible_for", "oversees"):
            objects = [doc.resolver.entity(t) for t in topics]
        else:
            # ("monitor the Eastvale CSP's vulnerability priority": a possessive names whose the object is, not it)
            named = [m for m in doc.mentions(obj_start, end) if m.kind in ("publication", "initiative", "body") and
                     not m.possessive]
            # "preparing an annual Strategic Assessment", "agreeing and refreshing the Partnership Plan"
            if named and (named[0].start - obj_start <= 6 or
                          _LEAD_TO_NAME.fullmatch(doc.text[obj_start : named[0].start])):
                process = _PROCESS.match(doc.text, named[0].end)
                # "Have an ASB Case Review process": the process is the remit, not the review
                objects = [doc.resolver.topic(f"{named[0].name} {process.group(1)}") if process and
                           relation == "responsible_for" else doc.resolver.entity(named[0])]
            else:
                # "Overseeing how annual strategic assessments are produced": what the process makes is the object
                rest = re.sub(r"^\s*(?:how|whether)\s+(?=\S+(?:\s+\S+){0,5}\s+(?:is|are)\s+\w+ed\b)", " ",
                              doc.text[obj_start:end], flags=re.I)
                rest = re.sub(r"\s+(?:is|are)\s+\w+ed\b.*$", "", rest, flags=re.S) if rest != doc.text[
                    obj_start:end] else rest
                np_end = _NP_END.search(rest)
                phrase = re.sub(r"^(?:the|a|an|its|their|our)\s+", "", rest[: np_end.start()].strip(), flags=re.I)
                # "tackle any other behaviour which ...": a quantified phrase names no function of its own
                if re.match(r"(?i)(?:and|or|of|to|with|for|in|on|by|any|all|every|each|other|such|some|these|"
                            r"those|this|that)\b|\S+ing\b", phrase):
                    phrase = ""  # "Developing and performance managing the plans": no object follows the verb
                if _SHARED_OF.match(rest, np_end.start()):
                    phrase = ""  # "oversee the selection, review and exit of the cohort": a noun cut from its "of"
                if phrase and 1 <= len(phrase.split()) <= 8:
                    if relation in ("produces", "oversees") and \
                            phrase.split()[-1].capitalize() in heads().publication:
                        objects = [doc.resolver.remember(Entity("publication", phrase[:1].upper() + phrase[1:],
                                                                scope=doc.resolver.ctx.area), phrase)]
                    elif relation in ("produces", "oversees") and _PAPER_FOR.match(phrase):
                        # "Produce a strategy for reducing re-offending": the paper is named by what it is for
                        objects = [doc.resolver.remember(Entity("publication", phrase[:1].upper() + phrase[1:],
                                                                scope=doc.resolver.ctx.area), phrase)]
                    elif relation == "commissions" and phrase[:1].islower() and _commissioned_work(phrase):
                        # "Commission safe accommodation support for victims": the work bought in, named by it
                        objects = [doc.resolver.remember(Entity("initiative", phrase[:1].upper() + phrase[1:],
                                                                scope=doc.resolver.ctx.area), phrase)]
                    elif relation != "commissions" and len(phrase.split()) <= 4 and phrase[:1].islower() and \
                            not re.search(r"\b(?:and|or|of (?:the|its|their|our)|on it|them|it)\b|['’]s\b", phrase):
                        # "Commission Domestic Homicide Reviews" is not a function the owner has of its own; a
                        # capitalised phrase is a name nobody knows ("oversee the Lear", cut off), not a function
                        relation = "responsible_for"  # "Develop information sharing": a function, not a paper
                        objects = [doc.resolver.topic(phrase)]
        added = False
        for obj in objects:
            if obj is not None:
                added = doc.add(owner, relation, obj, start, end, f"remit:{relation}", 0.75) is not None or added
        return added
    return False


# where a commissioned work's head noun ends: its purpose, place or users after it ("support for victims")
_WORK_QUALIFIER = re.compile(r"\s(?:for|in|across|to|with|from|by|at|within|throughout|on)\s")


def _commissioned_work(phrase: str) -> bool:
    """PHRASE names work bought in: its head noun, before what it is for or where, is a commissioned work's."""
    head = _WORK_QUALIFIER.split(phrase, maxsplit=1)[0].split()
    return bool(head) and head[-1].casefold() in commissioned_work_heads()


def _longer_phrase(text: str, topic_end: int, start: int, end: int) -> bool:
    """The item's lead phrase goes on past the topic it opens with ("violence against women and girls in public
    spaces")."""
    phrase = priority_phrase(text[start:end])
    return phrase is not None and start + len(phrase) > topic_end and \
        bool(re.match(r"\s+(?!\()\S", text[topic_end : start + len(phrase)]))


# ", training and employment", ", domestic abuse and sexual violence": the rest of an item that only goes on
# with the list its last words began (no "including", no clause), so the comma is inside the priority
_LIST_TAIL = re.compile(r",\s*(?!(?:including|includ|such|with|in particular|especially|notably|e\.g\.|which|who|"
                        r"where|through|by|to|and|or|as|so|but)\b)[a-z][\w’'-]*(?: [a-z][\w’'-]*){0,3}"
                        r"(?:,\s*[a-z][\w’'-]*(?: [a-z][\w’'-]*){0,3})* (?:and|or) [a-z][\w’'-]*(?: [a-z][\w’'-]*){0,7}"
                        r"\s*[.;]?\s*$")
# an item that is a sentence with its own subject ("We will work with ..."), not a priority's name
_SENTENCE_ITEM = re.compile(r"\s*(?:we|they|it|this|these|there|our partners|partners)\s+(?:will|shall|would|can|"
                            r"are|is|have|has|must|should|need|aim|want|work)\b", re.I)


def priority_phrase(item: str) -> str | None:
    """The priority a list item states: its lead phrase, up to the first stop ("Hate crime: ...", "Youth
    violence (see 4.2)"), of at most twelve words, a heading-length phrase rather than a sentence. A comma that
    only goes on with the list of the item's last words ("Improving access to education, training and
    employment") is inside it."""
    phrase = _LEAD_PHRASE.match(item)
    if not phrase or _SENTENCE_ITEM.match(item):
        return None
    text = phrase.group(1)
    if item[phrase.end(1) :].lstrip().startswith(",") and _LIST_TAIL.match(item[phrase.end(1) :].lstrip()):
        text = item.strip().rstrip(".;").rstrip()
    # "A refreshed needs assessment": the article is no part of the priority's name (the same item written in a
    # plan's sentence has none)
    text = re.sub(r"^[Aa]n?\s+(?=\S+\s)", "", text)
    return text if len(text.split()) <= 12 else None


# the action a priority opens with, which writers add or leave out of the same priority ("tackling violence against
# women and girls" is the plan's "violence against women and girls")
_ACTION_LEAD = re.compile(r"(?i)(?:tackling|reducing|preventing|addressing|combating|combatting|protecting\s+"
                          r"(?:people|residents|communities|victims)\s+from)\s+(?=\S)")


def priority_names(item: str) -> list[str]:
    """Other names of a priority read from the list item ITEM, besides the phrase it is read by: the item as
    written, with its article and its ", including ..." or ", with a focus on ..." words (a plan names the
    priority by the whole item), and the item without the action it opens with. None from an item holding a
    clause's stops or a bracket."""
    written = " ".join(item.split()).strip(" .;,")
    written = re.sub(r"^(?:\(?\d{1,2}[.)]|\(?[a-h]\)|\(?(?:i|ii|iii|iv|v|vi)\)|[-•*])\s+", "", written)
    written = re.sub(r"^(?:and|or)\s+", "", written)
    if not written or re.search(r"[;:()]", written) or len(written.split()) > 16:
        return []
    names = [written]
    bare = re.sub(r"^(?:the|an?)\s+", "", written, flags=re.I)
    action = _ACTION_LEAD.match(bare)
    if action:
        core = bare[action.end() :]
        names += [core, _EXAMPLES_TAIL.sub("", core)]
    return [n for n in dict.fromkeys(names) if n]


_SHARED_HEAD = re.compile(r"\s*([a-z]+ (?:and|or) )")


def _topic_case_work(doc: ExtractionDoc, obj_start: int, topics: list[Mention], end: int) -> str | None:
    """The object phrase an item's one topic opens and a lower-case noun of its work goes on ("anti-social behaviour
    case reviews", "hate crime reporting centres"): the work is what the owner answers for, the topic only says
    which. None when the topic stands alone or is not the phrase's start."""
    from .clauses import attributive  # clauses imports this module

    if len(topics) != 1 or doc.text[obj_start : topics[0].start].strip().casefold() not in ("", "the", "all"):
        return None
    if not attributive(doc.text, topics[0].end, "body"):
        return None
    rest = doc.text[topics[0].start : end]
    np_end = _NP_END.search(rest)
    stop = topics[0].start + (np_end.start() if np_end else len(rest))
    phrase = " ".join(doc.text[topics[0].start : stop].split())
    if len(phrase.split()) > 8 or re.search(r"\b(?:and|or|in|for|with|across|of|by|to)\b",
                                            doc.text[topics[0].end : stop]):
        return None  # a second topic or a place after the first: the topic alone is what is said
    return phrase

# a paper's head noun and what it is for: "strategy for reducing re-offending", "plan to tackle violence"
# ("a support plan for each person adopted": one plan per case, a piece of casework and no paper the body publishes)
_PAPER_FOR = re.compile(r"(?i)(?:[a-z-]+\s+){0,2}(?:strateg(?:y|ies)|plans?|assessments?|protocols?|frameworks?)\s+"
                        r"(?:for|to|on)\s+(?!(?:each|every|any|all)\b)\S")
_PROCESS = re.compile(r"\s+(process|procedure|protocol|arrangements|function)\b")


# an item that opens with a subject of its own ("The Board oversees ...", "It also ..."): a numbered paragraph under
# a "Purpose" heading, a sentence, whose opening words are no topic
_SUBJECT_LED = re.compile(r"\s*(?:(?:The|This|Our)\s+(?:Board|Partnership|Group|Panel|Forum|Committee|Executive)\b|"
                          r"(?:It|We|They)\s)")


# "The Panel will:", "The Board shall also:": each item finishes the opener's sentence, so it opens on a verb
# whichever verb it is ("decide whether ...", "report quarterly ..."); such an item is an action, and only the
# remit reader's own verbs read a topic out of it. As written, the item names a step the body takes, no field.
_ACTION_OPENER = re.compile(r"\b(?:will|shall)(?: also)?:\s*$", re.I)


def _verb_led(item: str) -> bool:
    """ "Taking decisions openly", "Oversee the IDVA service": an item that states an action, whose object the
    remit reader did not find; its opening words are no topic of the owner's."""
    first = re.match(r"\s*(?:to\s+)?([A-Za-z-]+)", item)
    return first is not None and (first.group(1).casefold().endswith("ing") or
                                  # "record its decisions on the system": a lower-case word before a determiner is
                                  # a verb and its object, whatever the verb (no noun phrase opens so)
                                  _VERB_THEN_OBJECT.match(item) is not None or
                                  first.group(1).casefold() in _REMIT_VERBS or
                                  any(p.match(item.lstrip()) for _, p in _DUTY_VERBS))


_VERB_THEN_OBJECT = re.compile(r"\s*(?:to\s+)?[a-z][a-z-]+\s+(?:the|a|an|its|their|our|any|all|each|every|this|"
                               r"these|those)\s")


# verbs that open a remit's item without naming a relation's object ("Analyse crime data", "Engage and consult
# with the community", "Put in place protocols"): the item is an action, never a topic as written
_REMIT_VERBS = frozenset({
    "analyse", "analyze", "assess", "establish", "engage", "consult", "put", "set", "share", "review", "consider",
    "receive", "advise", "agree", "challenge", "champion", "encourage", "enable", "raise", "seek", "act", "work",
    "provide", "gather", "collect", "collate", "evaluate", "influence", "invest", "explore",
})
# any verb that may open a remit's item, as one of a series ("draw up, put in place and monitor")
_ANY_REMIT_VERB = re.compile(r"(?:put in place|keep under review|sign off)\b|" +
                             "|".join(f"(?:{p.pattern.replace('(?P<held>', '(?:')})" for _, p in _DUTY_VERBS) +
                             r"|(?:implement|" + "|".join(
                                 sorted(_REMIT_VERBS, key=len, reverse=True)) + r")\b", re.I)


# "holds the partner agencies to account for delivery of the mentoring offer": agencies of no name (_UNNAMED_PARTIES)
# are held for what they deliver, which is what the owner oversees
_FOR_DELIVERY = re.compile(r"(?i)\s+for\s+(?:the\s+)?(?:delivery|implementation|performance)\s+of\s+(?:the\s+)?"
                           r"(?P<what>[a-z][a-z -]{2,60}?)\s*(?=[(,;.]|$)")


def _delivery_held(doc: ExtractionDoc, a: int, b: int, end: int) -> list[Entity]:
    """What unnamed agencies are held to account for delivering (A:B the held phrase, B its wording's end)."""
    if not _unnamed_parties(doc.text[a:b].split(" to account")[0].split(" accountable")[0]):
        return []
    what = _FOR_DELIVERY.match(doc.text, b, end)
    if what is None or not 1 <= len(what.group("what").split()) <= 4:
        return []
    return [doc.resolver.topic(" ".join(what.group("what").split()))]


def _held(doc: ExtractionDoc, a: int, b: int) -> list[Entity]:
    """Who or what an item holds to account: the names in the held phrase, else the phrase as a topic."""
    phrase = _DETERMINER.sub("", doc.text[a:b].strip())
    if _UNNAMED_PARTIES.match(phrase) and phrase[:1].islower():
        return []  # "hold partner agencies to account": bodies left unnamed, no one thing overseen
    named = [doc.resolver.entity(m) for m in doc.mentions(a, b) if m.kind in ("body", "post", "topic")]
    if named:
        return [e for e in named if e is not None]
    return [doc.resolver.topic(phrase)] if 1 <= len(phrase.split()) <= 4 else []


# the plural of a kind of organisation with no word that defines which ("partner agencies", "other organisations";
# "statutory partners" are the authorities the law names, and stay)
_UNNAMED_PARTIES = re.compile(r"(?i)^(?:(?:other|relevant|key|local|partner|wider)\s+)*(?:agencies|partners|"
                              r"organisations|organizations|bodies|providers|services)$")
_DETERMINER = re.compile(r"(?i)^(?:the|all|its|their)\s+")


def _unnamed_parties(phrase: str) -> bool:
    """ "(all) partner agencies", "the other organisations": bodies of a kind, none named."""
    return _UNNAMED_PARTIES.match(_DETERMINER.sub("", phrase.strip())) is not None


_PARTS = re.compile(r"\(([^()]{3,200})\)")


def _item_parts(doc: ExtractionDoc, item: Entity, start: int, end: int) -> None:
    """ "Probation Services (National Probation Service, Community Rehabilitation Company)": the bodies in
    brackets are parts of the item."""
    m = _PARTS.search(doc.text, start, end)
    if not m or "," not in m.group(1) or _CHAIR_MARK.fullmatch(m.group(0)) or _after_person(doc, start, m.start()):
        return
    parts = doc.mentions(m.start(1), m.end(1))
    # "Harm Reduction (including Anti-Social Behaviour, Safeguarding, Hate Crime)": a capitalised word among the
    # sub-themes of a theme is a sub-theme too
    themes = item.kind == "topic" and sum(p.kind == "topic" for p in parts) >= 2
    for part in parts:
        entity = doc.resolver.entity(part)
        if entity is None and themes and part.kind == "name" and part.head != "acronym" and \
                len(part.name.split()) <= 2 and not looks_like_person(part.name.split()):
            entity = doc.resolver.topic(part.name)
        if entity is None and part.kind == "name" and part.head != "acronym" and len(part.name.split()) >= 2:
            entity = doc.resolver.body_named(part.name, part.acronym, place=part.place)
        if entity is not None and entity.kind in ("body", "topic", "initiative"):
            doc.add(entity, "part_of", item, start, end, "list:parts", 0.8)


def _after_person(doc: ExtractionDoc, start: int, at: int) -> bool:
    """The bracket at AT follows a person's name ("- chaired by Jo Lee (Housing, Hull City Council)"): it says
    where that person works, not what the item is made of."""
    # (a name right after "chaired by" is its chair's, though its surname be a place's: "co-chaired by Jo Sefton")
    return any((names_a_person(x) or x.kind == "name" and re.search(
        r"\b(?:co-)?(?:chaired|led)\s+by\s+$", doc.text[max(start, x.start - 20) : x.start])) and
        not doc.text[x.end : at].strip() for x in doc.mentions(start, at))


def _modifies(text: str, end: int) -> bool:
    from .clauses import attributive  # clauses imports this module

    return attributive(text, end, "topic")


# A plural back-reference to the groups just listed, and where they report: "Each theme group reports to the
# Board", "The four sub-groups report to the Executive Group", "All of these groups report to it", "each reports
# to it". The kind's words and the count, when given, must fit the groups it takes up.
# (clauses._each_reports reads a sentence that opens on "Each ..." over any list just before, grant tables and
# members too; this one reads the back-reference anywhere in the sentence, counted or pronominal, and takes up
# groups a paragraph names before or after it. Where both read a sentence, doc.add keeps one fact.)
_COUNTS = {"two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "both": 2}
_LISTED_GROUPS = re.compile(
    r"(?i)\b(?:(?:each|all)(?:\s+of)?(?:\s+(?:the|these|those|its|our))?|the|these|those|both(?:\s+of\s+the)?)"
    r"(?:\s+(?P<count>two|three|four|five|six|seven|eight))?"
    # (the kind in lower case: "the Board, each reporting" is a name, and the back-reference is "each")
    r"(?P<kind>(?-i:(?:\s+[a-z][\w-]*){0,2}?\s+(?:sub-?\s?groups?|groups?|boards?|panels?|sub-?\s?committees?|"
    r"forums?))|\s+of\s+them|(?=\s+report))"
    r"(?:,?\s+(?:each|all|in turn))?\s+(?:[a-z]+ly\s+)?report(?:s|ing)?\s+(?:[a-z]+ly\s+)?"
    r"(?:(?:in)?to\s+(?P<to>it\b|them\b)?|(?P<none>(?=at\b|every\b|each\b|on\b|[a-z]+ly\b|once\b|twice\b)))")


def _paragraph_lines(doc: ExtractionDoc, i: int) -> tuple[int, int]:
    """Indices [a, b) of the lines around line I that the back-reference may take its groups from: its own
    paragraph and list, and the paragraph or list just before it (a blank line or a heading parts them)."""
    lines = doc.layout.lines
    a, breaks = i, 0
    while a > 0 and lines[a - 1].kind != "heading":
        if lines[a - 1].kind == "blank":
            if a - 1 > 0 and lines[a - 2].kind == "blank":
                break
            breaks += 1
            if breaks > 1:
                break
        a -= 1
    b = i + 1
    while b < len(lines) and lines[b].kind not in ("heading",) and not (
            lines[b].kind == "blank" and not (b + 1 < len(lines) and lines[b + 1].kind == "bullet" and
                                              lines[b - 1].kind != "bullet")):
        b += 1
    return a, b


@reads("report")
def listed_groups_report(doc: ExtractionDoc) -> None:
    """Distribute "reports_to" to each group a list (or sentence) just named as one body's sub-groups, when the
    next sentence speaks of them all at once. Only the groups of one owner are taken up, and a count that does
    not match them drops the sentence: which groups are meant must be clear."""
    lines = doc.layout.lines
    starts = [ln.start for ln in lines]
    for _, (s0, s1) in doc.layout.sentences():
        for m in _LISTED_GROUPS.finditer(doc.text, s0, s1):
            a, b = _paragraph_lines(doc, bisect_right(starts, m.start()) - 1)
            lo, hi = lines[a].start, lines[b - 1].end
            if m.group("none") is not None:
                # "... continue as sub-groups of the Board, each reporting at every meeting": reporting to no one
                # named is reporting to the body the same sentence just set them under
                lo, hi = s0, m.start()
            listed = [f for f in doc.facts if f.relation == "subgroup_of" and lo <= f.start < hi and
                      not (s0 <= f.start < s1 and f.start > m.start())]
            owners = {f.object.iri for f in listed if f.object is not None}
            groups = list({f.subject.iri: f.subject for f in listed}.values())
            if len(owners) != 1 or len(groups) < 2:
                continue
            said = m.group(0).split()[0].lower()
            count = m.group("count") or (said if said == "both" else None)
            if count is not None and _COUNTS[count.lower()] != len(groups):
                continue
            kind = (m.group("kind") or "").strip().lower()
            if not said.startswith(("each", "all")) and not kind.endswith("s"):
                continue  # "The Board reports to ...": one body, no back-reference to many
            if kind.startswith("of them") or not kind:
                kind = ""
            words = [w for w in re.findall(r"[a-z-]+", kind) if not re.fullmatch(r"(?:sub-?)?(?:group|board|panel|"
                                                                               r"committee|forum|subcommittee)s?", w)]
            if words and not all(any(w.rstrip("s") in g.name.lower() for w in words) for g in groups):
                continue  # "each theme group": the kind's own words must be every group's
            owner = listed[0].object
            if m.group("to") or m.group("none") is not None:
                target: Entity | None = owner
                end = m.end()
            else:
                to = next((x for x in doc.mentions(m.end(), s1) if x.start - m.end() <= 4), None)
                target = doc.resolver.entity(to) if to is not None and to.kind in ("body", "name") else None
                end = to.end if to is not None else m.end()
            if target is None or target.kind != "body":
                continue
            for g in groups:
                # (the quote holds the groups too when the sentence itself names them)
                quote = min(f.start for f in listed) if m.group("none") is not None else m.start()
                doc.add(g, "reports_to", target, quote, end, "list:listed_groups_report", 0.8)


# -- the delegated safeguarding partners, named once and then spoken of as a class ("The three DSPs form the
# Executive Group"): Working Together 2023 makes every children's partnership name them, and its papers then let
# the class stand for the people
_DELEGATES = (r"(?:DSPs|delegated\s+(?:safeguarding\s+)?partners)")
# how many there are, when said ("the three DSPs"): two to four (lists._FEW, which adds "five", is not used here)
_DELEGATE_COUNT = r"(?:(?:two|three|four)\s+)?"
# where the paper names them: "The DSPs are A, B and C", "Delegated safeguarding partners (DSPs) are ...",
# "... have delegated their functions to delegated safeguarding partners: ...", "Each LSP has nominated a delegated
# safeguarding partner (DSP): ..."
_DELEGATES_NAMED = re.compile(r"\b(?:DSPs|delegated\s+safeguarding\s+partners?(?:\s*\(DSPs?\))?)\s*"
                              r"(?::|\s(?:are|were)\s)\s*", re.I)
# the class as the members of a body: "The three DSPs form the Executive Group", "... make up the Board"
_DELEGATES_FORM = re.compile(r"\b(?:[Tt]he\s+)?" + _DELEGATE_COUNT + _DELEGATES +
                             r"\s+(?:together\s+)?(?:form|make\s+up|constitute|sit\s+on)\s+(?:the\s+)?(?=[A-Z])")
# ... or said to be them: "The Partnership Executive is made up of the three DSPs", "Its members are the DSPs"
_DELEGATES_ARE = re.compile(r"\s+(?:(?:is|are)\s+made\s+up\s+of|comprises|consists\s+of|(?:is|are)\s+formed\s+"
                            r"(?:of|by)|members\s+are)\s+the\s+" + _DELEGATE_COUNT + _DELEGATES + r"\b")
_ITS_MEMBERS_ARE = re.compile(r"(?:^|(?<=\s))[Ii]ts\s+members\s+are\s+the\s+" + _DELEGATE_COUNT + _DELEGATES)
# "Its members are the three DSPs, and the chair rotates ...": the class, named elsewhere, is no list of members
_DELEGATES_LISTED = re.compile(r"\s*the\s+" + _DELEGATE_COUNT + _DELEGATES + r"\b")
_DELEGATES_COLUMN = re.compile(r"(?i)delegated\s+(?:safeguarding\s+)?partners?\b")
# the trigger words of the rule below and of every test in it that the class is written ("holds"): each of its
# patterns needs one of them
_DELEGATE_WORDS = frozenset({"dsps", "delegated safeguarding partner", "delegated partners"})


def _named_delegates(doc: ExtractionDoc) -> list[Entity]:
    """The delegated safeguarding partners the paper names, in one sentence after the word for them (or in the one
    after, when a colon ends it): the people some rule read holding a post there. (A post named bare is left: its
    organisation is often written "for the ICB", which the post's name would lose.) None when two sentences name
    them (which set the class means is unsaid)."""
    found: list[list[Entity]] = []
    sentences = [span for _, span in doc.prose()]
    for k, (start, end) in enumerate(sentences):
        m = _DELEGATES_NAMED.search(doc.text, start, end)
        if m is None or not doc.holds(_DELEGATE_WORDS, start, end):
            continue
        if m.end() >= end - 1 and doc.text[m.start() : m.end()].rstrip().endswith(":"):
            # "... to delegated safeguarding partners:" over the sentence naming them (not over a table's rows,
            # which a table's own columns say)
            if k + 1 >= len(sentences) or any(r.start <= sentences[k + 1][0] < r.end for t in doc.layout.tables
                                                  for r in t.rows):
                continue
            start, end = sentences[k + 1]
        else:
            start = m.end()
        named: dict[str, Entity] = {}
        for f in doc.facts:
            if f.relation == "holds_post" and f.subject.kind == "person" and start <= f.start < end:
                named.setdefault(f.subject.iri, f.subject)
        if named:
            found.append(list(named.values()))
    for t in doc.layout.tables:
        # "Partner | Lead Safeguarding Partner | Delegated Safeguarding Partner": the people of the last column
        column = [k for k, h in enumerate(t.header) if _DELEGATES_COLUMN.match(h)]
        if len(column) != 1:
            continue
        named = {}
        for row in t.body_rows():
            if column[0] < len(row.cells):
                a, b = row.cells[column[0]]
                for x in doc.mentions(a, b, expect_person=True):
                    if x.kind == "person" or (x.kind == "name" and names_a_person(x)):
                        e = doc.resolver.person(x)
                        named.setdefault(e.iri, e)
        if named:
            found.append(list(named.values()))
    return found[0] if len(found) == 1 else []


def _delegates_body(doc: ExtractionDoc, start: int, end: int,
                    before: tuple[int, int] | None) -> tuple[Entity, int] | None:
    """The body a sentence says the delegated partners make up, with where the class is named."""
    m = _DELEGATES_FORM.search(doc.text, start, end)
    if m is not None:
        after = next(iter(doc.mentions(m.end(), end)), None)
        if after is None or after.start != m.end() or after.kind != "body":
            return None
        e = doc.resolver.entity(after)
        return (e, m.start()) if e is not None and e.kind == "body" else None
    m = _ITS_MEMBERS_ARE.search(doc.text, start, end)
    if m is not None:
        from .clauses import antecedent  # clauses reads lists' owners: imported when needed

        e = antecedent(doc, before, start)
        return (e, m.start()) if e is not None and e.kind == "body" else None
    m = _DELEGATES_ARE.search(doc.text, start, end)
    if m is None:
        return None
    subject = [x for x in doc.mentions(start, m.start()) if x.kind == "body" and
               re.fullmatch(r"\s*(?:\([^()]{1,20}\))?", doc.text[x.end : m.start()])]
    e = doc.resolver.entity(subject[0]) if subject else None
    return (e, subject[0].start) if e is not None and e.kind == "body" else None


@reads(*_DELEGATE_WORDS)
def delegated_partners(doc: ExtractionDoc) -> None:
    """ "The three DSPs form the Executive Group", "The Partnership Executive is made up of the three DSPs": the
    delegated safeguarding partners the paper named elsewhere are members of that body."""
    delegates: list[Entity] | None = None
    before: tuple[int, int] | None = None
    for _, (start, end) in doc.prose():
        span, before = before, (start, end)
        if not doc.holds(_DELEGATE_WORDS, start, end):
            continue
        found = _delegates_body(doc, start, end, span)
        if found is None:
            continue
        if delegates is None:
            delegates = _named_delegates(doc)
        body, at = found
        for person in delegates:
            doc.add(person, "member_of", body, at, end, "collective:delegates", 0.8)
