"""Fields: "Label: value" lines whose label says how the value relates to the paper's body.

"Chair: Cllr Jane Smith" chairs the body; "Vice-Chair: ..." is its vice-chair; "Report author: Sam Lee, Head
of Community Safety" holds that post; "Reports to: Safer Communities Board" is the body's reporting line;
"SRO: ..." or "Portfolio Holder: ..." names who holds that post.
"""

from __future__ import annotations

import re

from ...graph.model import Entity
from ..lexicon import chair_role, heads, layout
from ..resolve import tidy
from . import ExtractionDoc, reads, section_qualifier
from .attendance import describe_entry, joined_entries, list_entries, meeting_body
from .chair_is import slot_post

# field labels that are themselves the name of a post the value holds
_POST_LABELS = {
    "sro": "Senior Responsible Officer",
    "senior responsible officer": "Senior Responsible Officer",
    "senior responsible owner": "Senior Responsible Owner",
    "portfolio holder": "Portfolio Holder",
    "cabinet member": "Cabinet Member",
    "cabinet member with lead responsibility": "Cabinet Member",
    "lead cabinet member": "Cabinet Member",
    "relevant cabinet member": "Cabinet Member",
    "lead member": "Lead Member",
    "executive member": "Executive Member",
    "lead director": "Lead Director",
    "director": "Director",
    "accountable officer": "Accountable Officer",
}


@reads()
def fields(doc: ExtractionDoc) -> None:
    kinds = layout().fields
    for i, line in enumerate(doc.layout.lines):
        owner = None
        boxed = boxed_field(doc, line) is not None
        if boxed:
            # "Chair:<tab>Jo Lee, Director of Housing" in a box under a body's name: that body's field
            owner = record_owner(doc, i) or _box_owner(doc, i) or _named_box(doc, i)
            if owner is None and _box_label(doc, line) in _SUBGROUP_LABELS:
                # "| Sub-group: | ASB Problem Solving Group |": a card of the paper's own body's groups (a council
                # standing in for a body the paper never names has no sub-groups to list)
                owner = doc.resolver.body
        elif line.kind in ("field", "bullet"):
            owner = record_owner(doc, i)  # a register's field, without a column of its own
        if owner is not None and boxed:
            label = doc.text[line.cells[0][0] : line.cells[0][1] - 1].strip().casefold()
            start, end = line.cells[1]
        elif line.kind not in ("field", "bullet") or not line.label or line.value_start is None or not line.value:
            parted = None if i in doc.claimed else parted_field(doc, line) or _value_below(doc, i)
            if parted is None:
                continue
            label, start, end = parted
        else:
            label = line.label.casefold()
            start, end = line.value_start, line.end
        # "Vice-Chair for 2022-23:", "Chair (2023/24):": the label without the period it speaks of
        label = re.sub(r"\s+(?:for|in)\s+(?:the\s+)?(?:year\s+)?\d{4}\S*$|\s*\(\d{4}[^)]*\)$", "", label)
        kind = kinds.get(label)
        if kind is None and " / " in label:
            # a bilingual paper's label ("Cadeirydd / Chair:", "Chair / Cadeirydd:"): the side the lexicon knows
            label = next((side for side in label.split(" / ") if kinds.get(side.strip())), label).strip()
            kind = kinds.get(label)
        if kind is None:
            continue
        if owner is None and kind in _SECTION_KINDS:
            # "Chair:", "Reports to:" under a section headed by a group's name (or under a list's item naming one
            # alone): that group's field, not the paper's
            owner = _item_owner(doc, i) or _section_owner(doc, line.start)
        if kind in ("chair", "vice_chair") and owner is not None and _record_owner(doc, i) is owner:
            # a register's chair field is read here, for the record's body: the prose rules would give it to
            # the paper's own body
            doc.claimed.add(i)
        end = _whole_descriptors(doc.text, start, end)
        if kind in ("chair", "vice_chair"):
            # under a heading naming a group no reader resolved, whose chair it is the heading says: the person is
            # still described, but chairs nothing the paper's body is
            _chair(doc, kind, line.start, start, end, owner, label,
                   chaired=owner is not None or not _other_group_heading(doc, i))
        elif kind == "member" and owner is not None:
            _member(doc, label, owner, line.start, start, end)
        elif kind in ("author", "sro") and owner is None:
            _people(doc, label, line.start, start, end)
        elif kind == "statutory" and (owner or doc.body) is not None:
            # "Legal basis: Crime and Disorder Act 1998, s.5-7": the duties the body was set up under
            _statutory_basis(doc, owner or doc.body, line.start, start, end)
        elif kind in ("subgroup", "parent") and (owner or doc.resolver.body) is not None:
            _subgroup(doc, owner or doc.resolver.body, line.start, start, end, parent=kind == "parent")
        elif kind == "reports_to" and (owner or doc.body) is not None:
            _reports_to(doc, owner or doc.body, line.start, start, end)


@reads()
def post_rows(doc: ExtractionDoc) -> None:
    """ "Partnership Manager ........ Jo Lee", "Lead officer<tab>Jo Lee", "Analyst – Jo Lee": a post written whole in
    one part and one person whole in the other, in a line no block reader took. The person holds the post whatever
    the list is (a list of contacts, of a team's officers): the line pairs them, with no third thing to misread."""
    for i, line in enumerate(doc.layout.lines):
        if i in doc.claimed:
            continue
        if line.kind == "row" and len(line.cells) == 2:
            (a, b), (c, d) = line.cells
        elif line.kind in ("heading", "text", "bullet") and (dash := _SPACED_DASH.search(
                doc.text, line.content_start, line.end)) is not None:
            # "Partnership Manager – Jo Lee": the same pair, parted by a dash
            (a, b), (c, d) = (line.content_start, dash.start()), (dash.end(), line.end)
        else:
            continue
        posts = doc.mentions(a, b)
        people = doc.mentions(c, d, expect_person=True)
        if len(posts) != 1 or posts[0].kind != "post" or not _whole(doc, posts[0], a, b) or \
                len(people) != 1 or people[0].kind != "person" or not _whole(doc, people[0], c, d) or \
                posts[0].role or chair_role(posts[0].name):
            continue
        describe_entry(doc, doc.resolver.person(people[0]), None, a, b, (line.start, line.end))


_SPACED_DASH = re.compile(r"[ \t]+[–—-][ \t]+")


def _whole(doc: ExtractionDoc, m, a: int, b: int) -> bool:
    """The mention M is the whole of TEXT[a:b], but for spaces and stops."""
    return not doc.text[a : m.start].strip(" .:|") and not doc.text[m.end : b].strip(" .:|")


# the kinds of label a line may give with a separator other than a colon: each names a role whose value is a
# person, a post or a body, so a line whose value is anything else gives nothing
_PARTED_KINDS = frozenset({"chair", "vice_chair", "author", "sro", "reports_to"})
# "Vice-Chair – Supt Jo Lee", "Chair - Cllr Ann Bell, Leader of the Council": a label, a spaced dash, the value
_DASHED_LABEL = re.compile(r"[ \t]*(?P<label>[A-Z][A-Za-z'’ -]{1,40}?)[ \t]+[–—-][ \t]+(?=\S)")


def parted_field(doc: ExtractionDoc, line) -> tuple[str, int, int] | None:
    """(label, value start, value end) of a field written with a separator other than a colon: "Chair – Jo Lee",
    or a label and its value in two cells ("Chair<tab>Jo Lee", "Vice-Chair ........ Jo Lee", whose leader the
    cleaner made a column gap). Only a label the lexicon knows, of a kind whose value is someone, is a field:
    "Housing - a review" is not one."""
    kinds = layout().fields
    if line.kind == "row" and len(line.cells) == 2:
        (a, b), (c, d) = line.cells
        label = " ".join(doc.text[a:b].split()).rstrip(":").strip().casefold()
        start, end = c, d
    elif line.kind in ("heading", "text", "bullet"):
        m = _DASHED_LABEL.match(doc.text, line.content_start, line.end)
        if m is None:
            return None
        label = " ".join(m.group("label").split()).casefold()
        start, end = m.end(), line.end
    else:
        return None
    if kinds.get(label) not in _PARTED_KINDS or not doc.text[start:end].strip():
        return None
    return label, start, end


# the kinds of field whose value a paper may set on the line under its label ("Reports to:" over the board's name)
_VALUE_BELOW_KINDS = frozenset({"reports_to", "parent"})


def _value_below(doc: ExtractionDoc, i: int) -> tuple[str, int, int] | None:
    """(label, value start, value end) of a field whose label stands alone on line I ("Reports to:") and whose
    value is the next line, when that line is one body's name and nothing else: a card set down the page."""
    lines = doc.layout.lines
    line = lines[i]
    label = (line.label or "").casefold()
    if line.kind not in ("field", "heading") or line.value or not line.text.rstrip().endswith(":") or \
            layout().fields.get(label) not in _VALUE_BELOW_KINDS or i + 1 >= len(lines):
        return None
    below = lines[i + 1]
    if below.kind not in ("heading", "text"):
        return None
    found = [m for m in doc.mentions(below.content_start, below.end) if m.kind == "body"]
    if len(found) != 1 or doc.text[below.content_start : found[0].start].strip(" -") or \
            doc.text[found[0].end : below.end].strip(" ."):
        return None
    return label, below.content_start, below.end


def _reports_to(doc: ExtractionDoc, body, line_start: int, start: int, end: int) -> None:
    """ "Reports to: Safer Northdale Partnership Board (annual report); Health and Wellbeing Board": the first
    part's bodies, and each later part that opens with a body's name, are lines the body reports on."""
    stop = doc.text.find(";", start, end)
    stop = stop if stop > 0 else end
    _report_lines(doc, body, line_start, start, stop, end, opening_only=False)
    while stop < end:
        part = stop + 1
        stop = doc.text.find(";", part, end)
        stop = stop if stop > 0 else end
        _report_lines(doc, body, line_start, part, stop, end, opening_only=True)


def _report_lines(doc: ExtractionDoc, body, line_start: int, start: int, stop: int, end: int, *,
                  opening_only: bool) -> None:
    brackets = [x.span() for x in re.finditer(r"\([^()]*\)", doc.text[start:stop])]
    for m in doc.mentions(start, stop):
        if any(start + a <= m.start and m.end <= start + b for a, b in brackets):
            continue  # "Police and Crime Board (West Midlands PCC)": whose board it is, not a second line
        opens = doc.text[start : m.start].strip(" \t\n").casefold() in ("", "the", "and")
        if opening_only and not opens:
            return  # a later part that opens with no body ("; minutes go to the Chief Executive") says something else
        if m.kind == "name" and opens and m.head != "acronym":
            target = doc.resolver.body_named(m.name, m.acronym, place=m.place)  # a name given as a reporting line
        else:
            target = doc.resolver.entity(m)
        if target is not None and target.kind in ("body", "post") and target.iri != body.iri:
            doc.add(body, "reports_to", target, line_start, end, "field:reports_to", 0.9)
        if opening_only:
            return


_SECTION_AFTER = re.compile(r"\s*,\s*(?P<section>(?:ss?\.|sections?|parts?)\s*\d+[A-Z]?(?:\s*[-–]\s*\d+[A-Z]?)?)", re.I)


def _statutory_basis(doc: ExtractionDoc, owner, line_start: int, start: int, end: int) -> None:
    """"Statutory basis: Crime and Disorder Act 1998, ss.5-6": the duties the body was set up under, with the
    section written after the Act (an amending Act named beside it is one too, as the gold codes it)."""
    for m in doc.mentions(start, end):
        law = doc.resolver.entity(m) if m.kind == "legislation" else None
        if law is None:
            continue
        section = _SECTION_AFTER.match(doc.text, m.end, end)
        doc.add(owner, "statutory_duty", law, line_start, end, "field:statutory", 0.85,
                qualifier=section_qualifier(section.group("section")) if section else None)


# a value cut where its cell wrapped: ", Cabinet Member for" goes on in the row below
_CUT_DESCRIPTOR = re.compile(r",[^,]*\b(?:for|of|and|the|to|in|&)\s*$")


def _whole_descriptors(text: str, start: int, end: int) -> int:
    """END, moved back before a last descriptor that a wrapped cell cut short ("Jo Lee, Cabinet Member for")."""
    cut = _CUT_DESCRIPTOR.search(text, start, end)
    return cut.start() if cut else end


def _box_label(doc: ExtractionDoc, line) -> str:
    a, b = line.cells[0]
    return doc.text[a:b].rstrip(": ").strip().casefold()


_SUBGROUP_LABELS = frozenset({"sub-group", "subgroup", "sub group", "sub-committee", "sub-group name",
                              "subgroup name"})
# the row of a box of fields that names what the box describes: "Partnership name:", "Name of board:", "Name:"
_NAME_LABEL = re.compile(r"(?:(?:partnership|board|group|body|committee|panel|forum)\s+)?name|"
                         r"name of (?:the )?(?:partnership|board|group|body|committee|panel|forum)")


def _named_box(doc: ExtractionDoc, i: int):
    """The body a box of fields describes, named in its own first rows ("| Partnership name: | Safer X |")."""
    lines = doc.layout.lines
    j = i - 1
    while j >= 0 and i - j <= 20 and lines[j].kind == "row" and lines[j].label != "separator":
        row = lines[j]
        if len(row.cells) == 2 and doc.text[row.cells[0][0] : row.cells[0][1]].endswith(":") and \
                _NAME_LABEL.fullmatch(_box_label(doc, row)):
            found = [m for m in doc.mentions(*row.cells[1]) if m.kind == "body"]
            e = doc.resolver.entity(found[0]) if found and found[0].start - row.cells[1][0] <= 1 else None
            return e if e is not None and e.kind == "body" else None
        j -= 1
    return None


# a register's table of bodies: one row per body, named in the first column, and a column of the people the
# council appoints to each ("Outside body | Councillors appointed")
_BODY_COLUMN = re.compile(r"(?:outside |external |partner |partnership )?(?:body|bodies|partnership|partnerships|"
                          r"board|boards)(?: name)?|name of (?:the )?(?:outside )?(?:body|partnership|board)")
_APPOINTEE_COLUMN = re.compile(r"(?:(?:councillors?|members?|representatives?|appointees?|nominees?)"
                               r"(?: appointed| nominated)?|(?:appointed|nominated) (?:councillors?|members?|"
                               r"representatives?))(?:\s*\([^()]*\))?")


@reads("councillor", "member", "representative", "appointee", "nominee")
def register_tables(doc: ExtractionDoc) -> None:
    """ "| Greater Manchester Police and Crime Panel | Councillor Jo Lee |" under "Outside body | Councillor
    appointed": the people in each row sit on the row's body, whatever body the paper itself is for."""
    for table in doc.layout.tables:
        header = [" ".join(h.split()) for h in table.header]
        if len(header) < 2 or not _BODY_COLUMN.fullmatch(header[0]):
            continue
        column = next((k for k, h in enumerate(header) if k and _APPOINTEE_COLUMN.fullmatch(h)), None)
        if column is None:
            continue
        for row in table.body_rows():
            if len(row.cells) != len(header):
                continue
            body = _row_body(doc, *row.cells[0])
            if body is None:
                continue
            a, b = row.cells[column]
            for entry in list_entries(doc, a, b, ()):
                doc.add(doc.resolver.person(entry.person), "member_of", body, row.start, row.end,
                        "register:appointee", 0.85)


def _row_body(doc: ExtractionDoc, a: int, b: int):
    """The body a table row's first cell names whole."""
    found = [m for m in doc.mentions(a, b) if m.kind == "body" and not m.back_ref]
    if len(found) != 1 or found[0].name != " ".join(doc.text[a:b].split()).removeprefix("the ").removeprefix("The "):
        return None
    e = doc.resolver.entity(found[0])
    return e if e is not None and e.kind == "body" and e is not doc.resolver.council else None


# a register's prose after its records: a sentence, or a numbered section's heading
_RECORD_END = re.compile(r"(?:[.!?]\s*$|^\s*\d+(?:\.\d+)*\.?\s+[A-Z])")


def boxed_field(doc: ExtractionDoc, line) -> tuple[tuple[int, int], tuple[int, int]] | None:
    """A box's field: a row (or field line) of two cells, the first a label closed by a colon ("| Chair: | Jo Lee
    |"): the label's cell and the value's cell."""
    cells = line.cells
    if line.kind in ("row", "field") and len(cells) == 2 and doc.text[cells[0][0] : cells[0][1]].endswith(":"):
        return cells[0], cells[1]
    return None


def record_owner(doc: ExtractionDoc, i: int):
    """The body whose register record holds line I: one opened by a field naming it ("Partnership: X"), or one a
    directory heads with its name on a line of its own; None when line I is in no such record."""
    return _record_owner(doc, i) or _headed_record(doc, i)


def _record_owner(doc: ExtractionDoc, i: int):
    """The body a register's record is about: a register of partnerships (or outside bodies) writes each as a run
    of fields opened by one naming the body ("Partnership: Safer Northdale Partnership", then "Chair:", "Reports
    to:"), the same label opening every record. The fields of the record under line I are that body's, not the
    paper's or the meeting's it went to."""
    lines = doc.layout.lines
    kinds = layout().fields
    for k in range(i - 1, max(-1, i - 20), -1):
        line = lines[k]
        if line.kind == "blank":
            continue
        if (line.kind == "row" and line.label == "separator") or (line.kind in ("heading", "text") and
                                                                   _RECORD_END.search(line.text)):
            return None  # the record, or the register, ends here
        label = (line.label or "").casefold() if line.kind == "field" else ""
        if kinds.get(label) != "body":
            continue
        if _record_openings(doc).get(label, 0) < 2:
            return None  # one such field heads a paper (the meeting it went to), not a register's record
        return _record_body(doc, line)
    return None


def _headed_record(doc: ExtractionDoc, i: int):
    """The body a directory of bodies heads each record with, a name on a line of its own above the record's fields
    ("Safer Northdale Partnership" over "Chair:", "Reports to:"): when two or more bodies head records so, the
    fields under each are its own, not the paper's or the meeting's."""
    if doc._headed_records is None:
        heads = {}
        for k, line in enumerate(doc.layout.lines):
            if line.kind in ("field", "bullet") and line.label:
                head = _record_heading(doc, k)
                if head is not None:
                    heads[k] = head
        doc._headed_records = heads if len({e.iri for e in heads.values()}) >= 2 else {}
    return doc._headed_records.get(i)


_GROUP_WORDS = frozenset({"sub-group", "subgroup", "group", "panel", "forum", "committee", "sub-committee", "board",
                          "partnership", "network", "hub", "unit", "team", "cell"})


_NOT_A_NAME = frozenset({"about", "our", "the", "this", "your", "how", "who", "membership", "members"})
_JOINING = frozenset({"and", "of", "for", "on", "in", "&", "-", "–"})


# the fields that state a relation of the body they are written under (a paper's frame, "Report of:", "Contact
# officer:", is the paper's whatever section it stands in)
_SECTION_KINDS = frozenset({"chair", "vice_chair", "reports_to", "subgroup", "parent", "statutory"})


def _item_owner(doc: ExtractionDoc, i: int) -> Entity | None:
    """The group a list's item right above line I names alone ("(i) Tactical Group (TG)" over "Chair: ..."): the
    fields set under the item are that group's."""
    above = doc.layout.lines[i - 1] if i > 0 else None
    if above is None or above.kind != "bullet" or above.label:
        return None
    return _record_heading(doc, i)


def _section_owner(doc: ExtractionDoc, pos: int) -> Entity | None:
    """The body the section POS is in is headed by, when that is not the paper's own body (whose fields the
    readers already give it): None when the section names no other body."""
    scoped = doc.scope_body(pos, sections_only=True)
    return scoped if scoped is not None and scoped is not doc.resolver.body else None


def _other_group_heading(doc: ExtractionDoc, i: int) -> bool:
    """Whether the fields run that line I is in stands under a heading line naming a group other than the paper's
    own body ("Safeguarding Adults Review (SAR) Sub-group" over "Chair: ..." in a board's annual report): the chair
    is that group's, never the board's."""
    body = doc.resolver.body
    if body is None:
        return False  # a paper of no known body: the heading is likely the meeting's own name
    lines = doc.layout.lines
    for k in range(i - 1, max(-1, i - 6), -1):
        line = lines[k]
        if line.kind in ("field", "blank"):
            continue
        if line.kind not in ("heading", "text"):
            return False
        content = re.sub(r"\s*\([^()]*\)", "", doc.text[line.content_start : line.end]).strip(" #*:")
        words = content.split()
        if not words or content.endswith(".") or len(words) > 12 or words[-1].casefold() not in _GROUP_WORDS or \
                words[0].casefold() in _NOT_A_NAME or "the" in words or \
                not all(w[:1].isupper() or w in _JOINING for w in words):
            # "About the Board", "Our sub-groups", "Officers of the Partnership": a section of the paper that speaks of
            # its own body ("the"), no other group's own name
            return False
        own = {body.name.casefold(), *(a.casefold() for a in body.aliases)}
        return content.casefold() not in own and not body.name.casefold().endswith(" " + content.casefold())
    return False


def _record_heading(doc: ExtractionDoc, i: int):
    """The body named alone on the line above the unbroken run of fields line I is in (blank lines aside)."""
    lines = doc.layout.lines
    for k in range(i - 1, max(-1, i - 15), -1):
        line = lines[k]
        if line.kind in ("field", "blank") or (line.kind == "bullet" and line.label):
            continue
        if line.kind not in ("heading", "text", "bullet"):
            return None  # (an item of a list, "(i) Tactical Group", may head the fields under it as a heading does)
        content = doc.text[line.content_start : line.end].strip(" #*:")
        found = [m for m in doc.mentions(line.content_start, line.end) if m.kind == "body" and not m.back_ref]
        if len(found) == 1 and found[0].name == content and len(content.split()) >= 2:
            e = doc.resolver.entity(found[0])
        else:
            e = _titled_body(doc, content)
            if e is None:
                return None
        r = doc.resolver
        if e is None or e.kind != "body" or e is r.council or (r.body is not None and e.iri == r.body.iri):
            return None  # the paper's own banner or body over its own fields: no record of another body
        return e
    return None


# a group's short name or former name in brackets on its heading: "Case Review (CR) Sub-group", "Quality Sub-group
# (formerly the Audit Sub-group)", "Risk Assessment Conference (ASB RAC)"
_HEADING_ASIDE = re.compile(r"\s*\((?:[A-Z][A-Za-z]{1,7}(?: [A-Z][A-Za-z]{1,7}){0,2}|"
                            r"(?:formerly|previously|known as|was)\b[^()]{2,80})\)")
_SMALL_WORDS = frozenset({"and", "of", "for", "the", "on", "in", "&"})


def _titled_body(doc: ExtractionDoc, content: str):
    """The body a heading names in title case whose words the mention reader parts (at an acronym in brackets, a
    comma of a list of remits: "Learning, Development and Communications Sub-group"): the heading, asides taken
    out, ending in a body's head noun, every other word capitalised."""
    bare = " ".join(_HEADING_ASIDE.sub("", content).split())
    words = bare.replace(",", "").split()
    if not 2 <= len(words) <= 8 or words[-1] not in heads().body or "(" in bare or \
            not all(w[:1].isupper() or w in _SMALL_WORDS for w in words) or \
            words[0].casefold() in _NOT_A_NAME or "the" in words:
        return None  # ("About the Board", "Our Partnership": a section on the paper's own body, no group's name)
    return doc.resolver.body_named(bare)


def _record_openings(doc: ExtractionDoc) -> dict[str, int]:
    """How often each body label opens a field whose value starts with a body's name (kept for the paper)."""
    if doc._record_labels is None:
        kinds = layout().fields
        counts: dict[str, int] = {}
        for line in doc.layout.lines:
            label = (line.label or "").casefold()
            if line.kind == "field" and kinds.get(label) == "body" and _record_body(doc, line) is not None:
                counts[label] = counts.get(label, 0) + 1
        doc._record_labels = counts
    return doc._record_labels


def _record_body(doc: ExtractionDoc, line):
    """The body a record's opening field names at the start of its value (a name the label calls a body)."""
    if line.value_start is None:
        return None
    found = doc.mentions(line.value_start, line.end)
    if not found or found[0].kind not in ("body", "name") or doc.text[line.value_start : found[0].start].strip():
        return None
    return doc.named_body(found[0], names=True)


def _subgroup(doc: ExtractionDoc, owner, line_start: int, start: int, end: int, *, parent: bool = False) -> None:
    """ "Sub-group: Serious Violence Prevention Group": the body named alone is a sub-group of the OWNER; "Parent
    body: Safer X Partnership" (PARENT): the owner is a sub-group of the body named."""
    found = doc.mentions(start, end)
    named = found[0] if found and found[0].start - start <= 1 else None
    if named is None or named.kind not in ("body", "name"):
        return
    group = doc.resolver.entity(named) if named.kind == "body" else doc.resolver.body_named(
        named.name, named.acronym, place=named.place)
    if group is None or group.kind != "body" or group.iri == owner.iri:
        return
    if parent:
        doc.add(owner, "subgroup_of", group, line_start, end, "field:subgroup", 0.85)
    else:
        doc.add(group, "subgroup_of", owner, line_start, end, "field:subgroup", 0.85)


def _box_owner(doc: ExtractionDoc, i: int):
    """The body a box of fields describes: the name heading it (a line of its own, perhaps underlined)."""
    titled = _box_title(doc, i)
    if titled is not None:
        return titled
    heading = doc.layout.heading_before(i, limit=6)
    if heading is None:
        return _named_in_box(doc, i)
    found = [m for m in doc.mentions(heading.content_start, heading.end) if m.kind == "body"]
    if len(found) != 1 or doc.text[heading.content_start : heading.end].strip() != found[0].name.strip():
        return _named_in_box(doc, i)
    return doc.named_body(found[0])


def _box_title(doc: ExtractionDoc, i: int):
    """ "| Safer Wessex Partnership |" opening a ruled box whose rows below are fields: the body the box's first row
    names alone, above row I in the same box."""
    lines = doc.layout.lines
    for k in range(i - 1, max(-1, i - 15), -1):
        line = lines[k]
        if line.kind != "row" or line.label == "separator":
            return None
        above = lines[k - 1] if k > 0 else None
        if len(line.cells) != 1 or (above is not None and above.kind == "row" and above.label != "separator"):
            continue  # a field's row, or the rest of a field's value wrapped onto a row of its own
        title = " ".join(doc.text[line.cells[0][0] : line.cells[0][1]].split())
        found = [m for m in doc.mentions(*line.cells[0]) if m.kind == "body"]
        if len(found) != 1 or found[0].name != title:
            return None
        return doc.named_body(found[0])
    return None


_NAME_FIELD = re.compile(r"(?i)(?:partnership|board|group|committee|panel|forum|body)?\s*name:")


def _named_in_box(doc: ExtractionDoc, i: int):
    """ "Partnership name: Safer Neath Port Talbot Partnership" in a row above, in the same box: the body the
    box's fields describe."""
    lines = doc.layout.lines
    for k in range(i - 1, max(-1, i - 15), -1):
        line = lines[k]
        if line.kind != "row":
            return None
        if len(line.cells) != 2 or not _NAME_FIELD.fullmatch(doc.text[line.cells[0][0] : line.cells[0][1]].strip()):
            continue
        found = [m for m in doc.mentions(*line.cells[1]) if m.kind == "body"]
        if not found or found[0].start - line.cells[1][0] > 2:
            return None
        return doc.named_body(found[0])
    return None


# a label that names more than one chair: "Joint Chairs:", "Co-chairs:", "Chairs:"
_SHARED_CHAIR = re.compile(r"(?i)^(?:joint|co-?)\s*chair|chair(?:s|men|persons)$")


def _chair(doc: ExtractionDoc, kind: str, line_start: int, start: int, end: int, owner=None,
           label: str = "", chaired: bool = True) -> None:
    # the paper's own body; the council only where the paper is plainly the council's own meeting
    body = owner or meeting_body(doc)
    if body is None:
        return
    relation = "chairs" if kind == "chair" else "vice_chair"
    guessed = owner is None and doc.resolver.body is None  # the paper names no body of its own: its council
    if guessed and len(doc.text[start:end].split()) > 8:
        return  # "Chair: The Leader will chair the next meeting." is a sentence, not a field
    entries = list(list_entries(doc, start, end, ()))
    for entry in entries:
        person = doc.resolver.person(entry.person)
        if chaired:
            doc.add(person, relation, body, line_start, end, f"field:{kind}", 0.95)
        if label.startswith("independent ") and not guessed and chaired:
            # "Independent Chair: Jo Lee": a post of the body's own, appointed to, besides the chair it gives
            title = label.title()
            post = doc.resolver.post_named(f"{title}, {body.name}", written=title)
            doc.add(person, "holds_post", post, line_start, end, "field:post", 0.85)
        for a, b in joined_entries(doc, entry.descriptors):  # read together, as an attendance entry's are
            describe_entry(doc, person, body, a, b, (line_start, end))
        if not _SHARED_CHAIR.search(label):
            return  # one chair: what follows the first entry describes it, not a second chair
    if entries:
        return
    # "Chair: Director of Public Health": a post (or body) chairs it, when the paper names its own body
    if guessed or not chaired:
        return
    held = slot_post(doc, start, end)
    if held is not None:
        # "Chair: Director of Public Health, NHS Northdale ICB": the post of the organisation written after it
        doc.add(held, relation, body, line_start, end, f"field:{kind}", 0.9)
        return
    for m in doc.mentions(start, end):
        if m.kind == "body" and m.possessive:
            continue  # "Chair: Northdale Town Council's Town Clerk": the post the owner's possessive opens chairs
        if m.kind in ("post", "body"):
            chair = doc.resolver.entity(m)
            if chair is not None:
                doc.add(chair, relation, body, line_start, end, f"field:{kind}", 0.9)
            return


def _member(doc: ExtractionDoc, label: str, owner, line_start: int, start: int, end: int) -> None:
    """ "Member: Jo Lee, Wessex Police" in a box about a body: the person sits on it. "Our member:" or "Our
    representative:" on a paper an organisation writes of itself: the person represents that organisation."""
    ours = label.startswith("our ") and doc.resolver.body is not None and doc.resolver.body.iri != owner.iri
    for entry in list_entries(doc, start, end, ()):
        person = doc.resolver.person(entry.person)
        doc.add(person, "member_of", owner, line_start, end, "field:member", 0.9)
        if ours:
            doc.add(doc.resolver.body, "represented_by", person, line_start, end, "field:represented_by", 0.85,
                    on_body=owner)
        for a, b in joined_entries(doc, entry.descriptors):
            describe_entry(doc, person, owner, a, b, (line_start, end))


def _people(doc: ExtractionDoc, label: str, line_start: int, start: int, end: int) -> None:
    body = doc.body
    for entry in list_entries(doc, start, end, ()):
        person = doc.resolver.person(entry.person)
        post_name = _POST_LABELS.get(label)
        portfolio = _portfolio(doc, post_name, entry.descriptors) if post_name else None
        if portfolio:
            post = doc.resolver.post_named(tidy(f"{post_name} for {portfolio}"))
            doc.add(person, "holds_post", post, line_start, end, "field:post", 0.85)
            continue
        described = len(doc.facts)
        for a, b in joined_entries(doc, entry.descriptors):
            describe_entry(doc, person, body, a, b, (line_start, end))
        if post_name and len(doc.facts) == described and not _post_before(doc, start, entry.person.start):
            doc.add(person, "holds_post", doc.resolver.post_named(tidy(post_name)), line_start, end, "field:post", 0.85)
        council = _council_of_frame(doc, person, described, entry.descriptors)
        if council is not None:
            # "Contact officer: Jo Lee, Community Safety Manager" on a council's own report: the council's officer
            doc.add(person, "member_of", council, line_start, end, "field:council", 0.8)


def _council_of_frame(doc: ExtractionDoc, person: Entity, described: int,
                      descriptors: list[tuple[int, int]]) -> Entity | None:
    """The council whose own paper names PERSON in its frame (author, contact, lead member), when nothing the
    entry says gives them another organisation or a police rank; else None. A paper of a partnership or a board
    is written by its partners' officers, so only a council's paper (the council its own body) counts."""
    council = doc.resolver.council
    body = doc.resolver.body
    # (the council's own cabinet or committee, "Northdale Council Cabinet", is the council's paper too)
    own = body is None or body is council or (council is not None and
                                             body.name.casefold().startswith(council.name.casefold() + " "))
    if council is None or not own or _OTHER_ISSUER.search(doc.text[:800]):
        return None
    if any(f.relation == "member_of" and f.subject.iri == person.iri for f in doc.facts[described:]):
        return None
    for a, b in descriptors:
        if any(m.kind in ("body", "person") or (m.kind == "name" and m.head == "acronym") or m.rank
               for m in doc.mentions(a, b)) or _names_rank(doc.text[a:b]):
            return None
    return council


# a paper headed by a commissioner's or a combined authority's office: its officers are not the area council's
_OTHER_ISSUER = re.compile(r"(?i)\bcommissioner\b|\bOPCC\b|\bcombined authority\b|\bmayor(?:'s|’s)? office\b")


def _names_rank(text: str) -> bool:
    """TEXT holds a police or fire rank ("Chief Inspector", "Superintendent"): an officer of a force, not the
    council's."""
    return bool(_RANK_WORDS.search(text))


_RANK_WORDS = re.compile(r"\b(?:Constable|Inspector|Superintendent|Supt|Commander|Sergeant|Station Manager|"
                         r"Group Manager|Watch Manager)\b")


def _post_before(doc: ExtractionDoc, start: int, person_start: int) -> bool:
    """ "Lead member: Cabinet Member for Housing (Cllr Jo Lee)": the value names the post the person holds before
    the name, and the label says only which role the post plays here."""
    return any(m.kind == "post" for m in doc.mentions(start, person_start))


_ORGANISATION_WORD = re.compile(r"\b(?:Council|Police|Constabulary|NHS|Trust|Board|Partnership|Authority|"
                                r"Commissioner|Office|Limited|Ltd|CIC)\b")
_PORTFOLIO = re.compile(r"[A-Z][\w'’-]*(?:,? (?:and |& )?[A-Z][\w'’-]*){0,6}")


def _portfolio(doc: ExtractionDoc, post_name: str, descriptors: list[tuple[int, int]]) -> str | None:
    """ "Cabinet member with lead responsibility: Councillor Jo Lee, Resident Services": the words after the
    name are the portfolio, so the post is the Cabinet Member for Resident Services."""
    if post_name not in ("Cabinet Member", "Lead Member", "Executive Member", "Portfolio Holder") or \
            len(descriptors) != 1:
        return None
    words = doc.text[descriptors[0][0] : descriptors[0][1]].strip(" ,;:-–")
    # a portfolio may end in "Services" ("Resident Services"), an organisation names its kind or its place
    if not _PORTFOLIO.fullmatch(words) or _ORGANISATION_WORD.search(words) or any(
            m.kind in ("post", "person", "place") for m in doc.mentions(*descriptors[0])):
        return None
    return words


# "Chief Finance Officer: Jo Lee", "Monitoring Officer (Chief Executive): I have been consulted.  Signed: Jo Lee": a
# line whose label is a post (or two joined by "and") and whose value names the person who holds it, as the
# officers' approval block of a decision notice writes it
_POST_LABEL = re.compile(r"[ \t]*(?P<label>[A-Z][A-Za-z&'’ (),-]{2,70}?)[ \t]*:")
_SIGNED = re.compile(r"(?i)\bsigned(?:\s+by)?\s*:?\s*")
_NOT_HELD = re.compile(r"(?i)\b(?:contact|author|prepared|signed|date|e-?mail|tel|telephone|phone|address|"
                       r"lead officer)\b")


@reads(":")
def post_fields(doc: ExtractionDoc) -> None:
    kinds = layout().fields
    for line in doc.layout.lines:
        if line.kind not in ("field", "row", "text") or ":" not in line.text[:80]:
            continue
        label = _POST_LABEL.match(doc.text, line.content_start, line.end)
        if label is None or _NOT_HELD.search(label.group("label")) or len(label.group("label").split()) < 2 or \
                label.group("label").strip().casefold() in kinds:
            continue  # "Lead:", "Officers:": a word of a list's, no post's title
        posts = _label_posts(doc, label.start("label"), label.end("label"))
        person = _holder_named(doc, label.end(), line.end) if posts else None
        if person is None:
            continue
        for post in posts:
            doc.add(person, "holds_post", post, line.start, line.end, "field:post_label", 0.85)


def _label_posts(doc: ExtractionDoc, start: int, end: int) -> list:
    """The posts a label names, when it names posts only ("Chief Executive and Monitoring Officer")."""
    found = doc.mentions(start, end)
    if not found or any(m.kind != "post" or m.role for m in found) or found[0].start != start:
        return []
    rest = doc.text[start:end]
    for m in reversed(found):
        rest = rest[: m.start - start] + rest[m.end - start :]
    if re.sub(r"\band\b", "", rest).strip(" ()&,"):
        return []  # words of the label that are no post's
    # "Chief Executive and Monitoring Officer": one post, as the office's papers and everyone else name it
    held = [doc.resolver.post_named(m.name) for m in found]
    return [p for p in held if p is not None and p.kind == "post"]


def _holder_named(doc: ExtractionDoc, start: int, end: int):
    """The person a post label's value names: right after the colon, or after "Signed:" once a statement is made."""
    marks = list(_SIGNED.finditer(doc.text, start, end))
    at = marks[-1].end() if marks else start
    found = doc.mentions(at, end, expect_person=True)
    first = found[0] if found else None
    if first is None or first.kind != "person" or doc.text[at : first.start].strip(" \t"):
        return None
    return doc.resolver.person(first)

