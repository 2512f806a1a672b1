"""Rosters: a membership list written one organisation per entry, its seats after a colon.

    The partnership has these members:
    Kirklees Council: Director of Public Health (Chair); Head of Housing - Ada Brook
    West Yorkshire Police: District Commander - Chief Superintendent Ivo Marsh

Web pages and plans list a body's members this way: the organisation, a colon, then its seats ("Post - Name")
separated by semicolons, an entry running on over the next lines when it is long. Each organisation is a
member and is represented on the body by each person named; each person is a member and holds the post
written before their name. A seat with no name ("Director of Public Health (Chair)") still tells that the
post chairs the body. The lines are claimed, so the prose rules do not read a name cut by a line break.
"""

from __future__ import annotations

import re

from ...graph.model import Entity
from ..layout import Line, Table
from ..lexicon import chair_role, names
from ..mentions import Mention, find_mentions, looks_like_person
from . import ExtractionDoc, reads
from .lists import _COLUMN_NAMES, CHAIR_AFTER, _opener_of

# "Walsall Council: ...", "NHS Kent and Medway ICB (commissioner): ...": an organisation then a colon
_ENTRY = re.compile(r"(?P<org>[A-Z][^:;\n]{1,90}?)\s*:\s+(?=\S)")
_BRACKET = re.compile(r"\s*\([^()]{1,40}\)$")
_SEAT_SPLIT = re.compile(r"\s*;\s*")
# "Head of Housing - Ada Brook": the post, a spaced dash, the holder
_HOLDER = re.compile(r"\s+[-–—]\s+")
_SMALL = frozenset("of and for the in on & to".split())


@reads()
def rosters(doc: ExtractionDoc) -> None:
    lines = doc.layout.lines
    for i, line in enumerate(lines):
        colon = line.text.rstrip().endswith(":") and line.kind != "field"
        rows = [] if colon or line.kind == "row" else seat_rows(lines, i + 1)
        dashed = [] if colon or rows or line.kind not in ("heading", "field") else _dashed_entries(doc, lines, i + 1)
        if not colon and not dashed and not organisation_seat_rows(doc, rows):
            continue
        opened = _opener_of(doc, line)
        if opened is None or opened[0] != "member_of" or opened[1].kind != "body":
            continue
        if rows:
            for row in rows:
                _row_entry(doc, opened[1], row)
            continue
        entries = dashed or _entries(doc, lines, i + 1)
        if len(entries) < 2:
            continue  # one "X: Y" line is a field, not a list of members
        for entry in entries:
            _entry(doc, opened[1], entry)


# "Northshire Police – Supt Jo Lee", "Northshire Council - Cllr Ann Bell (Chair), Sam Reed": an organisation, a
# spaced dash, then the people who sit for it
_DASH_ENTRY = re.compile(r"(?P<org>[A-Z][^:;\n–—]{1,90}?)[ \t]+[–—-][ \t]+(?=\S)")


def _dashed_entries(doc: ExtractionDoc, lines: list[Line], i: int) -> list[tuple[int, int, int, int]]:
    """The entries of a block of "Organisation – people" (or "Organisation: people") lines from line I under a
    heading with no colon: every
    line of the block is one, two or more, and each opens on an organisation's name and goes on with a person's
    (a dashed list of people and their posts is the attendance reader's, and a line of any other shape ends
    the reading: the block is not a roster)."""
    while i < len(lines) and lines[i].kind == "blank":
        i += 1
    out: list[tuple[int, int, int, int]] = []
    while i < len(lines) and lines[i].kind in ("heading", "text", "bullet", "field") and i not in doc.claimed:
        line = lines[i]
        m = _DASH_ENTRY.match(doc.text, line.content_start, line.end) or \
            _ENTRY.match(doc.text, line.content_start, line.end)
        if m is None or _organisation(doc, doc.text, m.start("org"), m.end("org")) is None:
            return []
        people = doc.mentions(m.end(), line.end, expect_person=True)
        if not people or people[0].kind != "person" or people[0].start != m.end():
            return []
        out.append((i, i + 1, line.content_start, line.end))
        i += 1
    return out if len(out) >= 2 else []


def _entries(doc: ExtractionDoc, lines: list[Line], i: int) -> list[tuple[int, int, int, int]]:
    """(first line, last line + 1, start, end) of each "Organisation: seats" entry of the block from line I."""
    while i < len(lines) and lines[i].kind == "blank":
        i += 1
    out: list[tuple[int, int, int, int]] = []
    while i < len(lines) and lines[i].kind != "blank":
        if lines[i].kind == "bullet" or not _ENTRY.match(lines[i].text):
            if not out:
                return []
            first, _, start, _ = out[-1]
            out[-1] = (first, i + 1, start, lines[i].end)  # the entry runs on over this line
        else:
            out.append((i, i + 1, lines[i].start, lines[i].end))
        i += 1
    return out


def _entry(doc: ExtractionDoc, owner: Entity, entry: tuple[int, int, int, int]) -> None:
    """An "Organisation: seats" or "Organisation – seats" entry, over one line or several."""
    first, last, start, end = entry
    # the line breaks of a long entry stand where spaces were: read the entry as one line, offsets kept
    flat = doc.text[:start] + doc.text[start:end].replace("\n", " ") + doc.text[end:]
    head = _ENTRY.match(flat, start, end) or _DASH_ENTRY.match(flat, start, end)
    if head is None:
        return
    quote_end = doc.text.find("\n", start, end)
    _organisation_seats(doc, owner, flat, (head.start("org"), head.end("org")), (head.end(), end),
                        (start, end if quote_end < 0 else quote_end), range(first, last))


def _organisation_seats(doc: ExtractionDoc, owner: Entity, flat: str, org_part: tuple[int, int],
                        seats_part: tuple[int, int], quote: tuple[int, int], lines: range, *,
                        named_only: bool = False) -> None:
    """One organisation's entry of a roster, whatever parts it (a colon, a dash, a column gap or a leader): the
    organisation is a member; each seat, parted by semicolons, is read as people's ("Cllr Ann Bell (Chair), Sam
    Reed": each represents the organisation) or as "Post - Name". NAMED_ONLY: the entry counts only when a seat
    names someone (a two-column row could be any table's)."""
    org = _organisation(doc, flat, *org_part)
    if org is None or org.iri == owner.iri:
        return
    a, end = seats_part
    read = False
    for seat in _SEAT_SPLIT.split(flat[a:end]):
        s = flat.find(seat, a, end)
        if s < 0 or not seat:
            continue
        b = s + len(seat.rstrip(" .;"))
        # each person's seat is read, not only the first ("Cllr Ann Bell (Chair), Sam Reed")
        read_seats = [_named_seat(doc, owner, org, x, y, quote[0]) for x, y in _people_seats(doc, flat, s, b)]
        read = read or any(read_seats)
        if not any(read_seats) and not named_only:
            _seat(doc, flat, owner, org, s, b, quote[0])
        a = s + len(seat)
    if read or not named_only:
        doc.claimed.update(lines)
        doc.add(org, "member_of", owner, *quote, "roster:member_of", 0.85)


def _people_seats(doc: ExtractionDoc, flat: str, a: int, b: int) -> list[tuple[int, int]]:
    """FLAT[a:b] as the seats of people it names one after another ("Cllr Ann Bell (Chair), Sam Reed and Jo Lee"):
    cut at each comma or "and" outside brackets that a person's name follows (a part that opens on no person, a
    post after a name, stays with the seat before it); [] when the seat does not open on a person."""
    parts: list[tuple[int, int]] = []
    at = a
    after_post = False  # the seat so far is a name and then its post
    joined_by_and = False
    for cut in [*_PEOPLE_CUT.finditer(flat, a, b), None]:
        x, y = (at, cut.start()) if cut is not None else (at, b)
        if cut is not None and flat[a : cut.start()].count("(") > flat[a : cut.start()].count(")"):
            continue  # a comma inside a bracket: "(Head of Housing, Northshire Council)"
        # "Jo Lee, Head of PDU, Afon Teg": the last part after a name's post, set off by a comma alone and with no
        # title, says where the post is (a place the gazetteer may not know reads like a name)
        where = after_post and cut is None and not joined_by_and and not _titled(flat, x, y)
        if (_opens_on_person(flat, x, y) and not where) or not parts:
            parts.append((x, y))
            after_post = False
        else:
            parts[-1] = (parts[-1][0], y)
            after_post = True
        joined_by_and = cut is not None and "and" in cut.group().split()
        at = cut.end() if cut is not None else b
    return parts if _opens_on_person(flat, *parts[0]) else []


_PEOPLE_CUT = re.compile(r"\s*(?:,\s*(?:and\s+)?|\s+and\s+)")


def _titled(flat: str, a: int, b: int) -> bool:
    """FLAT[a:b] opens on a person named with a title or rank ("Cllr Sam Reed", "Supt Jo Lee")."""
    lead = len(flat[a:b]) - len(flat[a:b].lstrip())
    found = find_mentions(flat, a + lead, b, expect_person=True)
    return bool(found) and found[0].kind == "person" and bool(found[0].title or found[0].rank)


def _opens_on_person(flat: str, a: int, b: int) -> bool:
    lead = len(flat[a:b]) - len(flat[a:b].lstrip())
    found = find_mentions(flat, a + lead, b, expect_person=True)
    return bool(found) and found[0].start == a + lead and (found[0].kind == "person" or (
        found[0].kind == "name" and looks_like_person(found[0].name.split())))


def seat_rows(lines: list[Line], i: int) -> list[Line]:
    """The rows of two cells from line I, an organisation then its seats (a column gap or a dot leader between):

        Statutory members
          Northshire Council ........ Cllr Ada Brook (Leader); Ivo Marsh (Chief Executive)
          Northshire Fire and Rescue Service ........ Area Manager Jo Lee
    """
    while i < len(lines) and lines[i].kind == "blank":
        i += 1
    rows = []
    while i < len(lines) and lines[i].kind == "row" and len(lines[i].cells) == 2:
        rows.append(lines[i])
        i += 1
    return rows


def organisation_seat_rows(doc: ExtractionDoc, rows: list[Line]) -> bool:
    """ROWS (two or more, of two cells) each give an organisation, then seats that open on a person's name. (A
    table's rule line and its row of column names, "Organisation | Member", are passed over.)"""
    rows = [row for row in rows if row.cells and not all(
        doc.text[x:y].strip(" |").casefold() in _COLUMN_NAMES or not doc.text[x:y].strip(" |-=+:")
        for x, y in row.cells)]
    if len(rows) < 2 or any(len(row.cells) != 2 for row in rows):
        return False
    seated = 0
    for row in rows:
        (a, b), (c, d) = row.cells
        first = next(iter(find_mentions(doc.text, c, d, expect_person=True)), None)
        opening = next(iter(find_mentions(doc.text, a, b)), None)
        slash = doc.text.find(" / ", a, b)  # "Safer Fenwick / Fenwick Women's Aid": two sharing the seat
        if first is not None and first.start == c and first.kind == "person" and \
                not (opening is not None and opening.kind == "post") and (
                    _organisation(doc, doc.text, a, b) is not None or
                    slash > a and _organisation(doc, doc.text, a, slash) is not None):
            seated += 1
    return seated >= 2 and 2 * seated >= len(rows)  # a row whose names the reader cannot part is no counter-sign


def _row_entry(doc: ExtractionDoc, owner: Entity, row: Line) -> None:
    """One organisation's row: its two cells are the entry's parts."""
    k = doc.layout.lines.index(row)
    _organisation_seats(doc, owner, doc.text, row.cells[0], row.cells[1], (row.start, row.end), range(k, k + 1),
                        named_only=True)


# "Ivo Marsh (Chief Executive)", "Superintendent Jo Lee (Area Commander)", "Area Manager Jo Lee": a seat named by
# its holder, the post in brackets after the name or the rank before it
_AFTER_HOLDER = re.compile(r"\s*(?:\((?P<post>[^()]{2,80})\))?\s*\.?")


def _named_seat(doc: ExtractionDoc, owner: Entity, org: Entity, a: int, b: int, start: int) -> bool:
    """A seat its holder's name opens: the holder is a member and represents ORG; the post in brackets (or the
    rank, when no post is written) is ORG's post. Whether a seat was read."""
    text = doc.text[a:b]
    lead = len(text) - len(text.lstrip())
    people = [m for m in find_mentions(doc.text, a + lead, b, expect_person=True) if m.kind in ("person", "name")]
    if not people or people[0].start != a + lead or (
            people[0].kind == "name" and not looks_like_person(people[0].name.split())):
        return False
    m = people[0]
    after = _AFTER_HOLDER.fullmatch(doc.text, m.end, len(doc.text[:b].rstrip()))
    if after is None:
        return False
    person = doc.resolver.person(m if m.kind == "person" else Mention(m.start, m.end, "person", m.name))
    doc.add(person, "member_of", owner, a + lead, b, "roster:member_of", 0.85)
    doc.add(org, "represented_by", person, start, b, "roster:represented_by", 0.8, on_body=owner)
    written = " ".join((after.group("post") or "").split()) or (m.rank or "")
    role = chair_role(written) if written else None
    if role is not None:
        doc.add(person, role, owner, a + lead, b, f"roster:{role}", 0.85)  # "Cllr Ann Bell (Vice-Chair)"
    if written and not role and len(written.split()) <= 10:
        post = _employer_post(doc, org, written, after.start("post") if after.group("post") else m.start,
                              after.end("post") if after.group("post") else m.end)
        if post is not None:
            doc.add(person, "holds_post", post, a + lead, b, "roster:holds_post", 0.85)
    return True


# a team or unit of the organisation ("Inspector, Neighbourhood Policing Team"): the post is still the organisation's
_UNIT = re.compile(r"\b(?:Team|Unit|Hub|Directorate|Department)$")


def _employer_post(doc: ExtractionDoc, org: Entity, written: str, a: int, b: int) -> Entity | None:
    """The post WRITTEN names, ORG's own unless it names an organisation itself ("Designated Nurse, NHS Kent")."""
    found = [m for m in find_mentions(doc.text, a, b) if m.kind in ("post", "body")]
    if any(m.kind == "body" and not _UNIT.search(m.name) for m in found) or \
            any(written.endswith(", " + n) for n in (org.name, *org.aliases)):
        return doc.resolver.post_named(written)  # "Chief Executive, Calan DVS": the post names its organisation
    if not any(m.kind == "post" for m in found) and written not in names().ranks.values():
        return None  # "(Ceredigion)", "(interim)": no post
    held = doc.resolver.post_named(f"{written}, {org.name}", written=written)
    return doc.resolver.remember(held, f"{written} of {org.name}")


def _written_post(doc: ExtractionDoc, written: str, a: int, b: int) -> Entity | None:
    """The post WRITTEN names as written, when it opens with a post and holds no person."""
    found = find_mentions(doc.text, a, b)
    if not found or found[0].kind != "post" or any(m.kind == "person" for m in found):
        return None
    return doc.resolver.post_named(written)


def _organisation(doc: ExtractionDoc, flat: str, a: int, b: int) -> Entity | None:
    """The organisation an entry opens with: a body's name, or a capitalised name that names no person."""
    text = _BRACKET.sub("", flat[a:b]).strip()  # "One Recovery Walsall (treatment provider)"
    found = [m for m in find_mentions(flat, a, a + len(text)) if m.kind in ("body", "name", "person")]
    if len(found) == 1 and found[0].kind == "body" and found[0].start == a and found[0].end >= a + len(text) - 1:
        return doc.named_body(found[0])
    words = text.split()
    if len(words) < 2 or any(w not in _SMALL and not w[:1].isupper() and not w[:1].isdigit() for w in words) or \
            looks_like_person(words):
        return None  # "Lived experience", "Ada Brook": no organisation
    e = doc.resolver.body_named(text)
    return e if e is not None and e.kind == "body" else None


def _seat(doc: ExtractionDoc, flat: str, owner: Entity, org: Entity, a: int, b: int, start: int) -> None:
    """One seat: "Post - Name" (the person holds the post and represents the organisation), or "Post (Chair)"."""
    text = flat[a:b]
    dash = list(_HOLDER.finditer(text))
    if not dash:
        role = CHAIR_AFTER.search(text)
        if role is None:
            return
        post = _post(doc, flat, org, a, a + role.start())
        if post is not None:
            relation = "vice_chair" if re.match(r"(?i)vice|deputy", role.group("role")) else "chairs"
            doc.add(post, relation, owner, a, b, f"roster:{relation}", 0.8)
        return
    cut = dash[-1]
    holder = [m for m in find_mentions(flat, a + cut.end(), b, expect_person=True) if m.kind in ("person", "name")]
    if len(holder) != 1 or holder[0].end < b - 1 or (
            holder[0].kind == "name" and not looks_like_person(holder[0].name.split())):
        return  # the part after the dash names no one person
    m = holder[0]
    person = doc.resolver.person(m if m.kind == "person" else Mention(m.start, m.end, "person", m.name))
    doc.add(person, "member_of", owner, a, b, "roster:member_of", 0.85)
    doc.add(org, "represented_by", person, start, b, "roster:represented_by", 0.8, on_body=owner)
    post = _post(doc, flat, org, a, a + cut.start())
    if post is not None:
        doc.add(person, "holds_post", post, a, b, "roster:holds_post", 0.85)
    if m.rank:
        doc.add(person, "holds_post", doc.resolver.post_named(m.rank), m.start, m.end, "roster:rank", 0.85)


def _post(doc: ExtractionDoc, flat: str, org: Entity, a: int, b: int) -> Entity | None:
    """The post written in FLAT[a:b], whole: a title alone is the organisation's own post."""
    text = " ".join(flat[a:b].split())
    found = [m for m in find_mentions(flat, a, b) if m.kind == "post"]
    if not found or found[0].start - a > 1 or len(text.split()) > 12:
        return None
    if found[0].place or "," in text:
        return doc.resolver.post_named(text)  # "Head of Walsall Probation Delivery Unit" says whose it is
    return doc.resolver.post_named(f"{text}, {org.name}", written=text)


# -- group blocks: "Three delivery groups report to the Board:", then each group's name over its own fields

# the labels of a group's fields and what each says of the group
_GROUP_FIELDS = {"lead": "led_by", "led by": "led_by", "lead agency": "led_by", "lead organisation": "led_by",
                 "lead officer": "led_by", "chair": "chairs", "chaired by": "chairs", "covers": "responsible_for",
                 "remit": "responsible_for", "focus": "responsible_for", "responsible for": "responsible_for",
                 "scope": "responsible_for", "areas of work": "responsible_for"}
_FIELD_LINE = re.compile(r"(?P<label>[A-Z][a-z]+(?: [a-z]+){0,2})\s*:\s+(?P<value>\S.*)")
_REPORT_TO = re.compile(r"\breports?\s+(?:in)?to\b", re.I)
_ITEMS = re.compile(r"\s*(?:,|;|\band\b)\s*")


@reads(":")
def group_blocks(doc: ExtractionDoc) -> None:
    lines = doc.layout.lines
    for i, line in enumerate(lines):
        if not line.text.rstrip().endswith(":") or i + 1 >= len(lines) or lines[i + 1].kind != "blank":
            continue
        blocks = _blocks(doc, lines, i + 1)  # the blocks' form first: it costs far less than reading the opener
        if len(blocks) < 2:
            continue  # one name over a field is no list of groups
        opened = _opener_of(doc, line)
        if opened is None or opened[0] != "subgroup_of" or opened[1].kind != "body":
            continue
        for name_line, fields in blocks:
            _group(doc, opened[1], line, name_line, fields, reports=bool(_REPORT_TO.search(line.text)))


def _blocks(doc: ExtractionDoc, lines: list[Line], i: int) -> list[tuple[Line, list[tuple[str, int, int]]]]:
    """(name line, [(field label, value start, value end)]) of each block of a name over "Label: value" lines."""
    out = []
    while i < len(lines):
        while i < len(lines) and lines[i].kind == "blank":
            i += 1
        if i >= len(lines) or ":" in lines[i].text or len(lines[i].text.split()) > 10:
            break
        name_line, fields = lines[i], []
        i += 1
        while i < len(lines) and lines[i].kind != "blank":
            m = _FIELD_LINE.fullmatch(lines[i].text.strip())
            if m is None or m.group("label").casefold() not in _GROUP_FIELDS:
                break
            start = lines[i].start + lines[i].text.index(m.group("value"))
            fields.append((m.group("label").casefold(), start, lines[i].end))
            i += 1
        if not fields:
            break
        out.append((name_line, fields))
    return out


def _group(doc: ExtractionDoc, owner: Entity, opener: Line, name_line: Line, fields: list[tuple[str, int, int]],
           *, reports: bool) -> None:
    name = name_line.text.strip()
    found = doc.mentions(name_line.start, name_line.end)
    if len(found) != 1 or found[0].kind != "body" or found[0].end - found[0].start < len(name) - 1:
        return  # the line is not one group's name
    group = doc.resolver.entity(found[0])
    if group is None or group.kind != "body" or group.iri == owner.iri:
        return
    doc.add(group, "subgroup_of", owner, opener.start, name_line.end, "group_block:subgroup_of", 0.85)
    if reports:
        doc.add(group, "reports_to", owner, opener.start, name_line.end, "group_block:reports_to", 0.85)
    for label, a, b in fields:
        relation = _GROUP_FIELDS[label]
        if relation == "responsible_for":
            _remit_items(doc, group, name_line.start, a, b)
        else:
            _lead(doc, group, relation, name_line.start, a, b)


def _lead(doc: ExtractionDoc, group: Entity, relation: str, quote_start: int, a: int, b: int) -> None:
    """ "Lead: West Mercia Police (Chief Inspector Ada Lowe)", "Lead: Director of Public Health": who leads the
    group, and the person named in brackets with the post written beside them."""
    found = [m for m in doc.mentions(a, b, expect_person=True) if m.kind in ("body", "post", "person", "name")]
    if not found or found[0].start - a > 1:
        return
    first = found[0]
    if first.kind == "name":
        # "Public Health Walsall": a team's name the lexicon does not type, written where the lead goes
        words = first.name.split()
        lead = doc.resolver.body_named(first.name) if len(words) > 1 and first.head != "acronym" and \
            not looks_like_person(words) else None
    else:
        lead = doc.resolver.entity(first)
    if lead is None:
        return
    if relation == "chairs" and lead.kind in ("person", "post"):
        doc.add(lead, "chairs", group, quote_start, b, "group_block:chairs", 0.85)
    elif relation == "led_by":
        doc.add(group, "led_by", lead, quote_start, b, "group_block:led_by", 0.85)
    if lead.kind == "body":
        for m in found[1:]:
            if m.kind == "person" and m.rank:
                person = doc.resolver.person(m)
                doc.add(person, "holds_post", doc.resolver.post_named(m.rank), m.start, m.end, "group_block:rank", 0.85)


def _remit_items(doc: ExtractionDoc, group: Entity, quote_start: int, a: int, b: int) -> None:
    """ "Covers: county lines, drug markets, closure orders": each item is a topic of the group's remit, which the
    group is responsible for; "Covers: Ashby, Harbury and Kelsey" names places, the area the group covers."""
    items, at = [], a
    for item in _ITEMS.split(doc.text[a:b]):
        item_start = doc.text.index(item, at) if item else at
        at = item_start + len(item)
        if 1 <= len(item.split()) <= 8:
            items.append((item_start, at))
    places = _places(doc, items)
    for (c, d), place in zip(items, places or [None] * len(items), strict=True):
        if place is not None:
            doc.add(group, "covers_area", place, quote_start, b, "group_block:area", 0.8)
        else:
            topic = doc.resolver.topic(doc.text[c:d].strip().rstrip("."))
            doc.add(group, "responsible_for", topic, quote_start, b, "group_block:remit", 0.8)


def _places(doc: ExtractionDoc, items: list[tuple[int, int]]) -> list[Entity] | None:
    """The places of a list of items that are all places: at least one the gazetteer knows, the others names
    alone ("Stockton, Billingham and Thornaby"); None when any item is something else (a topic)."""
    found = []
    for c, d in items:
        text = doc.text[c:d].strip().rstrip(".")
        ms = doc.mentions(c, d)
        if len(ms) != 1 or len(ms[0].name) < len(text) - 4 or ms[0].kind not in ("place", "name") or \
                (ms[0].kind == "name" and (ms[0].head == "acronym" or len(ms[0].name.split()) > 3)):
            return None
        found.append(ms[0])
    if not any(m.kind == "place" for m in found):
        return None
    places = [doc.resolver.entity(m if m.kind == "place" else Mention(m.start, m.end, "place", m.name)) for m in found]
    return places if all(p is not None and p.kind == "area" for p in places) else None


# -- role columns: post headings side by side, their holders' names under them, then their own posts
#
#     Senior Responsible Owner          Chair
#     Dr Ada Brook                      Cllr Ivo Marsh
#     Director of Public Health         Portfolio Holder for Health

_ROLE_HEADINGS = {"chair": "chairs", "chairman": "chairs", "chairperson": "chairs", "vice-chair": "vice_chair",
                  "vice chair": "vice_chair", "deputy chair": "vice_chair"}
_POST_HEADINGS = frozenset({"senior responsible owner", "senior responsible officer", "lead officer", "lead member",
                            "portfolio holder", "cabinet member", "lead director", "accountable officer"})


@reads("chair", "senior responsible", "lead officer", "lead member", "portfolio holder")
def role_columns(doc: ExtractionDoc) -> None:
    lines = doc.layout.lines
    body = doc.resolver.body
    if body is None:
        return
    for i, line in enumerate(lines[:-1]):
        if line.kind != "row" or len(line.cells) < 2:
            continue
        heads = [" ".join(doc.text[a:b].split()).casefold() for a, b in line.cells]
        if not all(h in _ROLE_HEADINGS or h in _POST_HEADINGS for h in heads):
            continue
        names = lines[i + 1]
        if names.kind != "row" or len(names.cells) != len(heads):
            continue
        posts = lines[i + 2] if i + 2 < len(lines) and lines[i + 2].kind == "row" and \
            len(lines[i + 2].cells) == len(heads) else None
        for k, head in enumerate(heads):
            _role_column(doc, body, head, names.cells[k], posts.cells[k] if posts else None, line.start)


def _role_column(doc: ExtractionDoc, body: Entity, head: str, name_cell: tuple[int, int],
                 post_cell: tuple[int, int] | None, quote_start: int) -> None:
    a, b = name_cell
    found = [m for m in doc.mentions(a, b, expect_person=True) if m.kind == "person"]
    if len(found) != 1 or found[0].start - a > 1:
        return  # the cell under the heading names no one person
    person = doc.resolver.person(found[0])
    end = post_cell[1] if post_cell else b
    if head in _ROLE_HEADINGS:
        doc.add(person, _ROLE_HEADINGS[head], body, quote_start, b, f"role_column:{_ROLE_HEADINGS[head]}", 0.85)
    else:
        title = head.title()  # "Senior Responsible Owner" of the body the paper is about: that body's post
        doc.add(person, "holds_post", doc.resolver.post_named(f"{title}, {body.name}", written=title), quote_start, b,
                "role_column:post", 0.8)
    if post_cell is not None:
        c, d = post_cell
        posts = [m for m in doc.mentions(c, d) if m.kind == "post"]
        if posts and posts[0].start - c <= 1:
            post = doc.resolver.entity(posts[0])
            if post is not None and post.kind == "post":
                doc.add(person, "holds_post", post, a, end, "role_column:post", 0.85)


# -- partner tables: one row per partner organisation, a column per seat it fills, "Post - Name" in each cell
#
#     Partner    Lead Safeguarding Partner          Delegated Safeguarding Partner
#     NCC        Chief Executive - Jo Lee            Director of Children's Services - Sam Reed
#
# the table of statutory safeguarding partners every children's partnership publishes (Working Together 2023)

_PARTNER_HEADS = frozenset({"partner", "partners", "organisation", "organisations", "agency", "agencies",
                            "statutory partner", "statutory partners", "safeguarding partner", "safeguarding partners",
                            "statutory safeguarding partner", "statutory safeguarding partners"})
_SEAT_HEAD = re.compile(r"(?i)(?P<seat>(?:lead|delegated|nominated|named)\s+(?:safeguarding\s+)?(?:partner|"
                        r"representative|officer))s?(?:\s*\([A-Z]{2,5}\))?")
_POST_DASH_NAME = re.compile(r"\s+[-–—]\s+")


@reads("partner")
def partner_seat_tables(doc: ExtractionDoc) -> None:
    lines = doc.layout.lines
    for i, line in enumerate(lines):
        if line.kind != "row" or len(line.cells) < 2:
            continue
        heads = [" ".join(doc.text[a:b].split()) for a, b in line.cells]
        seats = [_SEAT_HEAD.fullmatch(h) for h in heads[1:]]
        if heads[0].casefold() not in _PARTNER_HEADS or not any(seats):
            continue
        for row in _table_rows(lines, i + 1, len(heads)):
            org = _row_organisation(doc, *row.cells[0])
            if org is None:
                continue
            for seat, cell in zip(seats, row.cells[1:], strict=True):
                if seat is not None:
                    _seat_cell(doc, org, seat.group("seat"), *cell)


def _table_rows(lines: list[Line], j: int, width: int) -> list[Line]:
    """The rows under a table's head, its rule line passed over, while they have the head's columns."""
    rows = []
    while j < len(lines) and lines[j].kind == "row":
        if lines[j].cells:
            if len(lines[j].cells) != width:
                break
            rows.append(lines[j])
        j += 1
    return rows


def _row_organisation(doc: ExtractionDoc, a: int, b: int) -> Entity | None:
    """The organisation a row's first cell names, alone (an acronym the paper defined will do)."""
    found = [m for m in doc.mentions(a, b) if m.kind in ("body", "name")]
    cell = doc.text[a:b].strip()
    if len(found) != 1 or cell not in (found[0].name, found[0].acronym):
        return None
    if cell.isupper() and cell not in doc.resolver.acronyms:
        return None  # "ICB" the paper never spelt out beside its name: which board is not said
    e = doc.resolver.entity(found[0])
    return e if e is not None and e.kind == "body" else None


def _seat_cell(doc: ExtractionDoc, org: Entity, seat: str, a: int, b: int) -> None:
    """ "Chief Executive - Jo Lee" under "Lead Safeguarding Partner": Jo Lee holds the organisation's post and the
    seat, and represents the organisation on the paper's body. A cell with no one person's name gives nothing."""
    dash = _POST_DASH_NAME.search(doc.text, a, b)
    if dash is None:
        return
    posts = [m for m in doc.mentions(a, dash.start()) if m.kind == "post"]
    people = [m for m in doc.mentions(dash.end(), b, expect_person=True) if m.kind == "person"]
    if len(posts) != 1 or posts[0].start - a > 1 or len(people) != 1 or \
            doc.text[posts[0].end : dash.start()].strip() or doc.text[people[0].end : b].strip(" .,"):
        return
    person = doc.resolver.person(people[0])
    written = " ".join(doc.text[posts[0].start : posts[0].end].split())
    doc.add(person, "holds_post", doc.resolver.post_named(f"{written}, {org.name}", written=written), a, b,
            "partner_seat:post", 0.85)
    title = " ".join(seat.split())
    doc.add(person, "holds_post", doc.resolver.post_named(title[:1].upper() + title[1:]), a, b, "partner_seat:seat",
            0.8)
    if doc.resolver.body is not None and doc.resolver.body.iri != org.iri:
        doc.add(org, "represented_by", person, a, b, "partner_seat:represented_by", 0.8, on_body=doc.resolver.body)


# -- seat tables: one row per seat, with a column for the organisation and one for the person who fills it
#
#     Organisation        Representative       Role
#     Rivermouth Council  Cllr Ada Brook       Chair
#     Northshire Police   Inspector Ivo Marsh  Neighbourhood Inspector
#
# (or "Name | Role on the Board | Representing"). The header says which cell is the organisation and which the
# person, so the row is read by its columns, whatever their order: every person sits on the body the table
# lists, for the organisation in their row, and holds the post in the role cell.

def seat_columns(doc: ExtractionDoc, header: list[str]) -> tuple[int, int, int | None] | None:
    """(organisation column, person column, role column or None) of a table whose HEADER names both an
    organisation's column and a person's; None for any other table."""
    from .tables import head_type  # the one lexicon of column heads

    types = [head_type(h) for h in header]
    org = next((k for k, t in enumerate(types) if t == "organisation"), None)
    person = next((k for k, t in enumerate(types) if t == "person"), None)
    if org is None or person is None:
        return None
    role = next((k for k, t in enumerate(types) if t == "post"), None)
    return org, person, role


def seat_header(doc: ExtractionDoc, table: Table) -> list[str]:
    """The table's column names: its header, or its first row when that names the seat columns though the layout
    did not take it for a header ("Named member (June 2024)": a date in a column's name)."""
    if table.header:
        return table.header
    if not table.rows:
        return []
    first = [" ".join(doc.text[a:b].split()) for a, b in table.rows[0].cells]
    return first if seat_columns(doc, first) is not None else []


@reads("organisation", "organization", "agency", "agencies", "partner", "representing", "represents", "sector")
def seat_tables(doc: ExtractionDoc) -> None:
    from .attendance import _owner, _table_opener_owner  # attendance reads this module's lists

    for table in doc.layout.tables:
        header = seat_header(doc, table)
        columns = seat_columns(doc, header) if header else None
        if columns is None:
            continue
        first = doc.layout.lines.index(table.rows[0])
        label = doc.layout.line_before(first)
        at = doc.layout.lines.index(label) if label is not None else first
        owner = _table_opener_owner(doc, first) or _owner(doc, at, label or table.rows[0])
        council = doc.resolver.council
        if owner is not None and council is not None and owner.iri == council.iri:
            owner = _titled_body(doc, at, council)
        if owner is None or owner.kind != "body":
            continue  # seats "on the council" are no seats: the body they are on is not named
        if columns[0] != 0:
            # "Name | Organisation" in minutes: who came and where they work, which the attendance rules read; set
            # writers differ on whether an employer is represented. A "Representing" column says it is.
            if _REPRESENTING_HEAD.fullmatch(" ".join(header[columns[0]].split()).strip(" |*:")):
                for row in table.rows_under_first():
                    if len(row.cells) == len(header):
                        _represented_row(doc, owner, row, columns[0], columns[1])
            continue
        # "Role on the Board": the seat's role there (chair, member), never the person's post at work
        board_role = columns[2] is not None and re.search(r"(?i)\bon\s+the\b", header[columns[2]]) is not None
        for row in table.rows_under_first():
            if len(row.cells) == len(header):
                _seat_row(doc, owner, row, *columns, board_role=board_role)


# a column head that says the row's organisation is the one its person sits for, not merely their employer
_REPRESENTING_HEAD = re.compile(r"(?i)representing|represents|organisation represented|nominated by|appointed by")


def _represented_row(doc: ExtractionDoc, owner: Entity, row: Line, org_k: int, person_k: int) -> None:
    """ "| Cllr Ann Reed | Northdale Borough Council |" under "Name | Representing": the council sits on OWNER and
    the member represents it there. A cell that names no organisation ("Independent Co-opted Member") says
    nothing of one."""
    org = _cell_organisation(doc, *row.cells[org_k])
    if org is None or org.kind != "body" or org.iri == owner.iri:
        return
    a, b = row.cells[person_k]
    people = [m for m in doc.mentions(a, b, expect_person=True) if m.kind == "person"]
    if len(people) != 1 or doc.text[a : people[0].start].strip():
        return
    person = doc.resolver.person(people[0])
    span = (row.start, row.end)
    doc.add(org, "member_of", owner, *span, "seat_table:represented_member", 0.85)
    doc.add(org, "represented_by", person, *span, "seat_table:represented_by", 0.85, on_body=owner)


def _titled_body(doc: ExtractionDoc, at: int, council: Entity) -> Entity | None:
    """The body a heading above line AT names alone, other than the council: a council's web page on one of its
    partnerships is titled with the partnership's name, and its table of seats lists that partnership's."""
    for line in reversed(doc.layout.lines[max(0, at - 40) : at]):
        if line.kind != "heading":
            continue
        found = doc.mentions(line.content_start, line.end)
        if len(found) == 1 and found[0].kind == "body" and found[0].name == line.content.strip():
            body = doc.resolver.entity(found[0])
            if body is not None and body.kind == "body" and body.iri != council.iri:
                return body
    return None


def _seat_row(doc: ExtractionDoc, owner: Entity, row: Line, org_k: int, person_k: int, role_k: int | None,
              board_role: bool = False) -> None:
    org = _cell_organisation(doc, *row.cells[org_k])
    a, b = row.cells[person_k]
    shared = _shared_seat(doc, owner, row, *row.cells[org_k], a, b) if org is None else None
    if shared is not None:
        org = shared  # "Safer Northdale / Northdale Women's Aid": the organisation the person's post names
    people = [m for m in doc.mentions(a, b, expect_person=True) if m.kind == "person"]
    if len(people) > 1 and _SEVERAL.search(doc.text, a, b) and not doc.text[a : people[0].start].strip():
        _seats_shared(doc, owner, org, row, a, b)  # "Cllr Ann Reed; Jo Lee (Head of Housing)": two seats
        return
    if len(people) > 1 and any(m.kind == "post" and people[0].end <= m.start and m.end <= people[1].start
                               for m in doc.mentions(a, b)):
        people = people[:1]  # "Jo Lee, Head of PDU, Cwm Taf": what follows the post says where it is, no second person
    if len(people) != 1 or doc.text[a : people[0].start].strip():
        return  # the seat is vacant, or the cell names no one person
    person = doc.resolver.person(people[0])
    span = (row.start, row.end)
    written = doc.text[people[0].end : b].strip(" |")
    mark = CHAIR_AFTER.search(written)
    if mark is not None:
        # "Jo Lee (Co-Chair)", "Jo Lee, Deputy Commissioner (Co-Chair)": the seat's role on the listed body, no
        # part of the post
        written = written[: mark.start()].rstrip()
        role = chair_role(mark.group("role")) or ("chairs" if re.search(r"(?i)chair", mark.group("role")) else None)
        if role is not None and not re.match(r"(?i)vice|deputy", mark.group("role")):
            role = "chairs"  # a co-chair or joint chair chairs the body with another
        if role is not None:
            doc.add(person, role, owner, *span, f"seat_table:{role}", 0.85)
    if written.startswith(",") and len(written.split()) <= 12:
        # "Jo Lee, Head of Housing": the person's post, written in their cell after the name (as written when
        # the organisation's cell names no organisation one can tell)
        title = " ".join(written[1:].split())
        post = _employer_post(doc, org, title, people[0].end, b) if org is not None else \
            _written_post(doc, title, people[0].end, b)
        if post is not None:
            doc.add(person, "holds_post", post, *span, "seat_table:post", 0.85)
    doc.add(person, "member_of", owner, *span, "seat_table:member_of", 0.85)
    if org is not None and org.iri != owner.iri:
        doc.add(org, "member_of", owner, *span, "seat_table:member_of", 0.85)
        doc.add(org, "represented_by", person, *span, "seat_table:represented_by", 0.85, on_body=owner)
        doc.add(person, "member_of", org, *span, "seat_table:organisation", 0.85)
    if role_k is not None:
        _seat_role(doc, owner, org, person, *row.cells[role_k], span, board_role)


# the people of one organisation's cell parted by semicolons or set on lines of their own
_SEVERAL = re.compile(r";|\n")


def _seats_shared(doc: ExtractionDoc, owner: Entity, org: Entity | None, row: Line, a: int, b: int) -> None:
    """An organisation's cell of several people, each perhaps with their post ("Cllr Ann Reed; Jo Lee (Head of
    Housing)"): each sits on the body for the organisation, as a cell of one person does (see _seat_row), the
    posts read as an attendance list's are."""
    from .attendance import describe_entry, list_entries  # the reader of a list of people and their posts

    span = (row.start, row.end)
    for entry in list_entries(doc, a, b, ()):
        person = doc.resolver.person(entry.person)
        doc.add(person, "member_of", owner, *span, "seat_table:member_of", 0.85)
        if org is not None and org.iri != owner.iri:
            doc.add(org, "member_of", owner, *span, "seat_table:member_of", 0.85)
            doc.add(org, "represented_by", person, *span, "seat_table:represented_by", 0.85, on_body=owner)
            doc.add(person, "member_of", org, *span, "seat_table:organisation", 0.85)
        for x, y in entry.descriptors:
            describe_entry(doc, person, owner, x, y, span, "")


def _shared_seat(doc: ExtractionDoc, owner: Entity, row: Line, a: int, b: int, pa: int, pb: int) -> Entity | None:
    """ "Safer Northdale / Northdale Women's Aid" in the organisations' column: two organisations that share one seat.
    Each sits on OWNER; the seat is the one of them the person's cell (TEXT[pa:pb]) names ("Jo Lee, Chief
    Executive, Northdale Women's Aid"), returned for the row's reading to go on with; the other is added here as a
    member. Nothing when the cell is not two organisations, or the person's cell names neither or both."""
    parts = [p for p in re.split(r"\s*/\s*", doc.text[a:b].strip(" |")) if p.strip()]
    if len(parts) != 2:
        return None
    orgs: list[Entity] = []
    at = a
    for part in parts:
        x = doc.text.find(part, at, b)
        found = _cell_organisation(doc, x, x + len(part)) if x >= 0 else None
        if found is None:
            return None
        orgs.append(found)
        at = x + len(part)
    found = [m for m in doc.mentions(pa, pb) if m.kind in ("body", "name")]
    written = {m.name for m in found} | {e.name for e in map(doc.resolver.entity, found) if e is not None}
    said = [o for o in orgs if o.name in written or written & set(o.aliases)]
    if len(said) != 1:
        return None
    for o in orgs:
        if o is not said[0] and o.iri != owner.iri:
            doc.add(o, "member_of", owner, row.start, row.end, "seat_table:member_of", 0.8)
    return said[0]


def _cell_organisation(doc: ExtractionDoc, a: int, b: int) -> Entity | None:
    """The organisation a cell of the organisations' column opens with ("Metropolitan Police Service, South West
    BCU" gives the Service). A short capitalised name alone in the cell ("Leamington Pubwatch") is an
    organisation there, though it could pass for a person's name elsewhere."""
    found = doc.mentions(a, b)
    cell = " ".join(doc.text[a:b].split()).strip(" |")
    if not found or doc.text[a : found[0].start].strip(" |"):
        return None
    m = found[0]
    if doc.text[m.end : b].strip(" |") and not re.match(r"\s*[,(]", doc.text[m.end : b]):
        return None  # "Ealing Homes and Housing Services": a longer name than the mention read
    if m.kind == "body":
        entity = doc.resolver.entity(m)
    elif m.kind in ("name", "person") and not m.title and m.name == cell and len(cell.split()) >= 2:
        entity = doc.resolver.body_named(cell)
    elif m.kind == "place" and m.name == cell and cell.split()[-1] in _COUNCIL_INITIALS:
        entity = doc.resolver.body_named(cell)  # "Merthyr Tydfil CBC": a council by its place and its initials
    else:
        return None
    return entity if entity is not None and entity.kind == "body" else None


# the initials a council's kind is written with after its place ("Bridgend CBC", "Wyre BC")
_COUNCIL_INITIALS = frozenset({"CBC", "BC", "DC", "CC", "MBC", "LBC", "RBC", "UA", "MDC", "BCP"})


def _seat_role(doc: ExtractionDoc, owner: Entity, org: Entity | None, person: Entity, a: int, b: int,
               span: tuple[int, int], board_role: bool = False) -> None:
    """The role cell: a chair's title chairs the listed body; a post ("Head of Housing (Vice-Chair)") is the
    person's, named with the organisation when it is written bare."""
    text = " ".join(doc.text[a:b].split()).strip(" |")
    mark = CHAIR_AFTER.search(text)
    if mark is not None:
        text = text[: mark.start()].strip()
    role = chair_role(text) or (chair_role(mark.group("role")) if mark else None)
    if role is not None:
        doc.add(person, role, owner, *span, f"seat_table:{role}", 0.85)
    if not text or chair_role(text) or text in _BARE_SEATS or board_role:
        return
    team = _cell_organisation(doc, a, b) if not mark else None
    if team is not None and team.iri != owner.iri and (org is None or team.iri != org.iri):
        # "Safer Neighbourhood Team" where the post would be: the unit of the organisation the person works in
        doc.add(person, "member_of", team, *span, "seat_table:unit", 0.8)
        return
    posts = [m for m in doc.mentions(a, b) if m.kind == "post"]
    if not posts or posts[0].start - a > 1 or posts[0].role or len(text.split()) > 10:
        return  # a sector's name or a description, not a post
    named = "," in text or org is None
    post = doc.resolver.post_named(text if named else f"{text}, {org.name}", written=text)
    if post is not None and post.kind == "post":
        doc.add(person, "holds_post", post, *span, "seat_table:post", 0.85)


_BARE_SEATS = frozenset({"Member", "Board Member", "Members", "Representative"})


# -- members grouped by organisation: each organisation on a line of its own, its people on the lines under it
#
#     Membership (by organisation)
#       Northshire Police
#           ACC Ivo Marsh, Assistant Chief Constable, Crime
#       Rivermouth Council
#           Ada Brook, Director of Communities (Vice-Chair)
#
# (the indent is lost when the text is cleaned, so the lines are told apart by what they hold: an organisation's
# name alone, or a person's name first). Plans and terms of reference of criminal justice and safeguarding boards
# list their members so.

_GROUPED_OPENER = re.compile(r"(?i)(?:(?:board|partnership|panel|group|core|full|committee)\s+)?"
                             r"member(?:ship|s)(?:\s*\([^()]{0,30}?\b(?:by|per)\s+(?:organi[sz]ation|agency|partner)"
                             r"[^()]{0,60}\))?\s*:?")


@reads("member")
def grouped_members(doc: ExtractionDoc) -> None:
    lines = doc.layout.lines
    for i, line in enumerate(lines):
        if i in doc.claimed or not _GROUPED_OPENER.fullmatch(line.content.strip()):
            continue
        owner = _grouped_owner(doc, line)
        if owner is None:
            continue
        groups = _groups(doc, lines, i + 1)
        if len(groups) < 2:
            continue  # one organisation and its people: too little to tell the list's shape from prose
        for org_line, entries in groups:
            _organisation_group(doc, owner, org_line, entries)


def _grouped_owner(doc: ExtractionDoc, line: Line) -> Entity | None:
    opened = _opener_of(doc, line)
    if opened is not None:
        return opened[1] if opened[0] == "member_of" and opened[1].kind == "body" else None
    body, council = doc.resolver.body, doc.resolver.council
    return body if body is not None and (council is None or body.iri != council.iri) else None


def _groups(doc: ExtractionDoc, lines: list[Line], j: int) -> list[tuple[tuple[Line, Entity | None], list[list[Line]]]]:
    """(organisation line and its body, [the lines of each person's entry]) of each group of the list from line J;
    [] when a line of the block is neither an organisation, a person's entry nor the short run-on of one. A
    group's body is None when its line names no one body the reader knows whole."""
    from .attendance import _starts_with_person  # attendance reads this module's lists

    while j < len(lines) and lines[j].kind == "blank":
        j += 1
    groups: list[tuple[tuple[Line, Entity | None], list[list[Line]]]] = []
    while j < len(lines) and not lines[j].number:
        line = lines[j]
        if line.kind == "blank":
            # groups set apart by a blank line: the list goes on while the next line heads a group
            if j + 1 < len(lines) and groups and groups[-1][1] and (
                    _organisation_shaped(doc, lines[j + 1]) or _sector_heading(doc, lines[j + 1])):
                j += 1
                continue
            break
        if line.kind == "row" and not (groups and _starts_with_person(doc, line.content_start, line.end)):
            break
        heads_group = j + 1 < len(lines) and _starts_with_person(doc, lines[j + 1].content_start, lines[j + 1].end)
        if _organisation_shaped(doc, line) and (heads_group or not (groups and groups[-1][1])):
            groups.append(((line, _organisation_line(doc, line)), []))
        elif _sector_heading(doc, line) and heads_group:
            groups.append(((line, None), []))  # "HEALTH", "OTHER PARTNERS": each entry names its organisation
        elif groups and _starts_with_person(doc, line.content_start, line.end):
            groups[-1][1].append([line])
        elif groups and groups[-1][1] and len(line.content.split()) <= 4 and \
                not groups[-1][1][-1][-1].text.rstrip().endswith(")"):
            groups[-1][1][-1].append(line)  # the entry runs on over this line ("... Crime and Criminal / Justice")
        else:
            return []
        j += 1
    if any(not entries for _, entries in groups):
        return []
    return groups


_NAME_WORD = re.compile(r"(?:[A-Z][\w'’&.-]*|of|and|for|the|in|on|&|upon|\([^()]{1,40}\))")


def _sector_heading(doc: ExtractionDoc, line: Line) -> bool:
    """A short line in capitals that names no one ("HEALTH", "VOLUNTARY SECTOR"): a group of a list's members."""
    text = line.content.strip()
    return text.isupper() and 1 <= len(text.split()) <= 4 and re.fullmatch(r"[A-Z &,'’-]+", text) is not None and \
        not any(m.kind in ("person", "post") for m in doc.mentions(line.content_start, line.end))


def _organisation_shaped(doc: ExtractionDoc, line: Line) -> bool:
    """A line of capitalised words naming no person, as an organisation's name is written on a line alone."""
    text = line.content.strip()
    words = re.findall(r"\([^()]*\)|\S+", text)
    if not words or len(words) > 10 or "," in text or not all(_NAME_WORD.fullmatch(w) for w in words):
        return False
    found = doc.mentions(line.content_start, line.end)
    return any(m.kind == "body" for m in found) and not any(
        m.kind == "person" or m.kind == "name" and looks_like_person(m.name.split()) for m in found)


def _organisation_line(doc: ExtractionDoc, line: Line) -> Entity | None:
    """The body a line names alone ("HM Prison and Probation Service (prisons)" too)."""
    text = line.content.strip()
    found = doc.mentions(line.content_start, line.end)
    if len(found) != 1 or found[0].kind != "body" or found[0].start - line.content_start > 1:
        return None
    rest = doc.text[found[0].end : line.end].strip()
    if rest and not re.fullmatch(r"\([^()]{1,40}\)", rest) or len(text.split()) > 12:
        return None
    body = doc.resolver.entity(found[0])
    return body if body is not None and body.kind == "body" else None


def _organisation_group(doc: ExtractionDoc, owner: Entity, org_line: tuple[Line, Entity | None],
           entries: list[list[Line]]) -> None:
    line, org = org_line
    for entry in entries:
        start, end = entry[0].content_start, entry[-1].end
        people = [m for m in doc.mentions(start, entry[0].end, expect_person=True) if m.kind == "person"]
        if not people:
            continue
        found = people[0]
        person = doc.resolver.person(found)
        doc.claimed.update(doc.layout.lines.index(x) for x in entry)
        span = (line.start, end)
        doc.add(person, "member_of", owner, *span, "grouped:member_of", 0.85)
        after = _INITIALS.match(doc.text, found.end, end)
        at = after.end() if after is not None else found.end
        seat = org if org is not None else _employer_in_post(doc, at, end)
        if seat is not None and seat.iri != owner.iri:
            # the organisation is no member of its own here: a list grouped under organisations' names seats the
            # people, and the organisation is represented through them (no grouped list's gold counts it a member)
            doc.add(seat, "represented_by", person, *span, "grouped:represented_by", 0.85, on_body=owner)
            doc.add(person, "member_of", seat, *span, "grouped:organisation", 0.85)
        _grouped_post(doc, owner, org, person, at, end, span, after is not None)


# "Jo Lee (JL)<tab>Head of Housing": the initials the paper's action log uses, then the post in its own column
_INITIALS = re.compile(r"\s*\([A-Z]{2,4}\)[ \t]*")


_SEAT_NOTE = re.compile(r"\s*\([^()]{1,40}\)[\s.;]*")  # "(Co-chair)", "(observer)" after the entry's last name


def _employer_in_post(doc: ExtractionDoc, a: int, b: int) -> Entity | None:
    """The organisation a post names after a comma, ending the entry ("Named Nurse, Eastvale NHS Trust")."""
    found = [m for m in doc.mentions(a, b) if m.kind in ("post", "body")]
    if len(found) < 2 or found[0].kind != "post" or found[-1].kind != "body":
        return None
    rest = doc.text[found[-1].end : b]
    if rest.strip(" .;") and not _SEAT_NOTE.fullmatch(rest):
        return None
    if not re.fullmatch(r"\s*,\s*", doc.text[found[-2].end : found[-1].start]) and found[-2].kind == "post":
        return None
    body = doc.resolver.entity(found[-1])
    return body if body is not None and body.kind == "body" else None


def _grouped_post(doc: ExtractionDoc, owner: Entity, org: Entity | None, person: Entity, a: int, b: int,
                  span: tuple[int, int], columned: bool = False) -> None:
    """ "..., Director of Community Safety (Vice-Chair)": the post after the name (after a comma, or in a column
    of its own after the person's initials), the organisation's unless it names its own; a chair's title in
    brackets after it says the person chairs the listed body."""
    if not columned and not doc.text[a:b].lstrip().startswith(","):
        return
    text = " ".join(doc.text[a:b].split()).lstrip(" ,").rstrip(" .;")
    mark = CHAIR_AFTER.search(text)
    if mark is not None:
        role = chair_role(mark.group("role"))
        if role is not None:
            doc.add(person, role, owner, *span, f"grouped:{role}", 0.85)
        text = text[: mark.start()].strip(" ,")
    posts = [m for m in doc.mentions(a, b) if m.kind == "post"]
    if not text or not posts or posts[0].role or len(text.split()) > 12 or \
            doc.text[a : posts[0].start].strip(" ,"):
        return
    if org is None and "," not in text:
        return  # a bare title of an organisation the reader could not name: whose post is not known
    text = re.sub(r"\s*\((?:[a-z][^()]*)\)$", "", text)  # "(secretariat)", "(non-voting)": a note on the seat
    # "Named Nurse, Eastvale NHS Trust", "Head of Crime, HMCTS South West" (an organisation's initials name it too)
    own = org is None or any((m.kind == "body" or (m.kind == "name" and re.match(r"[A-Z]{3,}\b", m.name))) and
                             doc.text[a : m.start].rstrip().endswith(",") for m in doc.mentions(a, b))
    post = doc.resolver.post_named(text if own else f"{text}, {org.name}", written=text)
    if post is not None and post.kind == "post":
        doc.add(person, "holds_post", post, *span, "grouped:post", 0.85)
