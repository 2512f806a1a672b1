"""Tables read by what their columns hold: each column typed from its head (a lexicon, loaders/gazetteer/tables.yaml)
or, with no head, from what most of its cells are; a row's facts then follow from the types of its cells and the
table's scope (the body its heading or the paper names).

Councils set the same facts in many table forms (pipe, tab- or space-aligned, box-drawn, wrapped cells, rows parted
by a section row such as "Core members"). The layout (loaders/layout.py) and the cleaner (loaders/wrapped_rows.py)
have already made each table rows of whole cells, whatever its form; this module says what each column is, so the
readers of rows need not each keep a list of the heads they know:

- `column_types` types the columns of a table (`person`, `post`, `organisation`, `body`, `chair`, `reports_to`,
  `money`, `recipient`, `funder`, `stream`, `purpose`, `period`, `area`, `marks`);
- `mark` reads an attendance column's cell ("Y", "✓", "Apols", "N");
- `section_role` reads a section row that parts a table's rows ("Core members", "Advisers");
- `typed_tables` adds the facts a typed row determines that the form-specific readers left unread: a group's chair
  or lead named in its own column (a body or post as well as a person), the body it reports to, and a grant whose
  funder has its own column. A row whose types do not determine a fact gives none.
"""

from __future__ import annotations

import re
from collections import Counter
from decimal import Decimal
from functools import cache

from ...graph.model import Entity
from ..gazetteer import _yaml
from ..layout import Line, Table
from ..lexicon import layout as layout_words
from ..money import amount_or_none
from . import ExtractionDoc, reads

# a column head's trimmings that do not change what the column holds: "Member(s)", "Chair (2024-25)", "Amount:"
_HEAD_NOTE = re.compile(r"\s*\([^()]{1,30}\)\s*$|\(s\)|\s*[:*|]+\s*$")
_YEAR_HEAD = re.compile(r"(?i)^(?:fy\s*)?(?:19|20)\d\d(?:\s*[/–-]\s*\d{2,4})?(?:\s*\([a-z£ ]+\))?\s*£?$")
_MONEY = re.compile(r"£\s?\d|^\d{1,3}(?:,\d{3})+(?:\.\d\d)?$")


@cache
def _lexicon() -> tuple[dict[str, str], dict[str, str], frozenset[str]]:
    """(column head -> type, attendance mark -> role, modifiers of a head), casefolded."""
    data = _yaml("tables.yaml")
    columns = {h.casefold(): kind for kind, heads in data["columns"].items() for h in heads}
    marks = {m.casefold(): role for role, ms in data["marks"].items() for m in ms}
    return columns, marks, frozenset(m.casefold() for m in data["modifiers"])


@cache
def _row_label_heads() -> frozenset[str]:
    return frozenset(h.casefold() for h in _yaml("tables.yaml")["row_labels"])


def label_column(header: list[str]) -> bool:
    """The first of a table's column heads labels each row (by kind of partner, "Sector", or by number, "No.") and
    another column names the organisations: the member is in the other."""
    heads_ = [" ".join(h.split()).strip(" |*:").casefold() for h in header]
    return len(heads_) > 2 and heads_[0] in _row_label_heads() and \
        any(head_type(h) == "organisation" for h in header[1:])


def head_type(head: str) -> str | None:
    """The type of a column from its head as written ("Chaired by" -> chair, "2024/25" -> money, "Named member
    (June 2024)" -> person), or None."""
    text = " ".join(head.split()).strip(" |*:")
    if _YEAR_HEAD.match(text):
        return "money"  # a column named by its year holds that year's sums
    text = " ".join(_HEAD_NOTE.sub("", text).split()).casefold().replace(" / ", "/")  # "Lead / chair"
    columns, _, modifiers = _lexicon()
    kind = columns.get(text)
    if kind is None and " " in text and text.split(" ", 1)[0] in modifiers:
        kind = columns.get(text.split(" ", 1)[1])
    if kind is None:
        kind = _named_for_body(text)
    return kind


def _named_for_body(text: str) -> str | None:
    """A head that names the kind of body its table is about (casefolded TEXT): "Chair of CSP", "Chair of the
    board" hold chairs; "CSP", "Partnership" the bodies; "TWFRS representative" the people a body sends."""
    from ..lexicon import acronyms

    columns = _lexicon()[0]
    chair = re.fullmatch(r"(chair|vice-chair|vice chair)(?:man|person)? of (?:the |each )?(?P<of>[\w -]{2,40})", text)
    if chair is not None and _body_kind(chair.group("of"), columns, acronyms()):
        return "vice_chair" if chair.group(1).startswith("vice") else "chair"
    if _body_kind(text, columns, acronyms()):
        return "body"
    words = text.split()
    return "person" if 2 <= len(words) <= 4 and words[-1] in ("representative", "representatives") else None


def _body_kind(text: str, columns: dict[str, str], known: dict) -> bool:
    """TEXT (casefolded) names a kind of body: a body column's head ("partnership", "board") or the initials of
    one ("csp")."""
    if columns.get(text) == "body":
        return True
    found = next((v for k, v in known.items() if k.casefold() == text), None)
    return found is not None and found[0] == "body" and len(text) <= 6


def head_kinds(head: str) -> frozenset[str]:
    """Every type a column's head gives it: "Lead agency" holds the organisations that lead the row's work, so it
    is both a lead's column and an organisation's; "Chaired by" only a chair's."""
    kind = head_type(head)
    text = " ".join(_HEAD_NOTE.sub("", " ".join(head.split()).strip(" |*:")).split()).casefold()
    first, _, rest = text.partition(" ")
    inner = _lexicon()[0].get(rest) if rest and first in _lexicon()[2] else None
    return frozenset(k for k in (kind, inner) if k is not None)


def mark(cell: str) -> str | None:
    """What an attendance column's cell says of its row: "present", "apologies", "absent", or None (unread)."""
    return _lexicon()[1].get(" ".join(cell.split()).strip(" .").casefold())


def section_role(doc: ExtractionDoc, row: Line) -> str | None:
    """The attendance role a table's section row names ("Core members" -> present, "Advisers" -> also): a row of one
    filled cell whose text is a known label of a block of names. None for any other row."""
    filled = [(a, b) for a, b in row.cells if doc.text[a:b].strip()]
    if len(filled) != 1:
        return None
    return layout_words().attendance.get(doc.text[filled[0][0] : filled[0][1]].strip().rstrip(":").casefold())


def is_section_text(text: str) -> bool:
    """TEXT is a label that opens a section of a table's rows ("Core members", "Officers in attendance")."""
    return text.strip().rstrip(":").casefold() in layout_words().attendance


def is_record(doc: ExtractionDoc, table: Table) -> bool:
    """TABLE is one record set as a table, its heads down the first column ("| Sub-group | Night Time Economy Group
    |" over "| Chair | Insp Jo Lee |", "| Reports to | the Partnership |"): every row two cells, most first cells a
    column head of the lexicon, no second cell one. Its first row is no header, and its rows are no list."""
    rows = table.rows
    if len(rows) < 2 or any(len(r.cells) != 2 for r in rows):
        return False
    firsts = [head_type(doc.text[r.cells[0][0] : r.cells[0][1]]) for r in rows]
    seconds = [head_type(doc.text[r.cells[1][0] : r.cells[1][1]]) for r in rows]
    return sum(1 for t in firsts if t) * 3 >= len(rows) * 2 and not any(seconds) and firsts[0] is not None


def column_types(doc: ExtractionDoc, table: Table) -> list[str | None]:
    """The type of each column of TABLE: from its header when it has one, else from what most of the column's
    cells are (a person, an organisation or body, a post, a sum). A column no type fits is None."""
    width = max((len(r.cells) for r in table.body_rows()), default=0)
    if table.header and len(table.header) >= width:
        # (rows may have fewer cells than the header: an empty cell is no cell)
        return [head_type(h) for h in table.header]
    if table.header:
        return []  # rows wider than the header: which head each column is under is unclear
    return [_content_type(doc, table, k) for k in range(width)]


def _content_type(doc: ExtractionDoc, table: Table, k: int) -> str | None:
    """The type most (two thirds) of column K's cells have, by the names found in them."""
    kinds: Counter[str] = Counter()
    rows = [r for r in table.body_rows() if len(r.cells) > k]
    for row in rows:
        a, b = row.cells[k]
        cell = doc.text[a:b].strip()
        if _MONEY.search(cell):
            kinds["money"] += 1
            continue
        found = [m for m in doc.mentions(a, b) if m.end - m.start >= 0.6 * (b - a)]
        if found:
            kinds[{"name": "person", "body": "organisation"}.get(found[0].kind, found[0].kind)] += 1
    if not kinds or not rows:
        return None
    kind, n = kinds.most_common(1)[0]
    return kind if n * 3 >= len(rows) * 2 and kind in ("person", "organisation", "post", "money") else None


def table_of(doc: ExtractionDoc, line: Line) -> Table | None:
    """The table LINE is a row of."""
    return next((t for t in doc.layout.tables if t.rows and t.rows[0].start <= line.start <= t.rows[-1].start), None)


def marks_columns(doc: ExtractionDoc, table: Table) -> list[int]:
    """The columns of attendance marks: those whose head is an attendance word ("Present | Apologies" side by
    side), or (no head) the one most of whose cells are marks."""
    types = column_types(doc, table)
    if "marks" in types:
        return [k for k, t in enumerate(types) if t == "marks"]
    rows = table.body_rows()
    width = max((len(r.cells) for r in rows), default=0)
    for k in range(1, width):
        cells = [doc.text[r.cells[k][0] : r.cells[k][1]] for r in rows if len(r.cells) > k]
        if len(cells) >= 2 and sum(1 for c in cells if mark(c)) * 3 >= len(rows) * 2 and \
                any(mark(c) == "present" for c in cells):
            return [k]
    return []


def slotted(doc: ExtractionDoc, row: Line) -> dict[int, tuple[int, int]] | None:
    """ROW's cells by the column each stands in: a pipe row's by the pipes before it (an empty cell keeps its
    place), another row's in order. None for a row of tabs or spaces that may have left a column empty: which
    column each of its cells is in is not known."""
    text = doc.text[row.start : row.end]
    if "|" not in text:
        return dict(enumerate(row.cells))
    outer = text.lstrip().startswith("|")
    return {doc.text[row.start : a].count("|") - outer: (a, b) for a, b in row.cells}


def row_mark(doc: ExtractionDoc, row: Line, columns: list[int], header: list[str] | None = None) -> str | None:
    """The attendance role ROW's marks say: a "Y" under "Apologies" sends apologies; under "Attended" or "Present",
    or with no head, it says the person came. A mark not understood, or one whose column is unclear (two columns of
    marks, and a row of spaces that left one empty), says nothing."""
    slots = slotted(doc, row)
    width = len(header) if header else 0
    if slots is None or (len(columns) > 1 and "|" not in doc.text[row.start : row.end] and len(row.cells) < width):
        return None
    said = None
    for column in columns:
        if column not in slots:
            continue
        a, b = slots[column]
        one = mark(doc.text[a:b])
        head = (header[column] if header and column < len(header) else "").casefold()
        if "apolog" in head and one == "present":
            one = "apologies"  # "Y" under "Apologies"
        elif "apolog" in head and one is not None:
            one = None if one == "absent" else one  # "N" under "Apologies": says nothing of attending
        if one is not None and said is not None and one != said:
            return None  # two marks that disagree
        said = one or said
    return said


# -- the facts of typed rows the form-specific readers leave unread


@reads("chair", "lead", "led by", "report", "accountab", "fund", "source")
def typed_tables(doc: ExtractionDoc) -> None:
    read = _read_rows(doc)
    for table in doc.layout.tables:
        if is_record(doc, table):
            for record in _records(doc, table):
                _record(doc, record, read)
            continue
        types = column_types(doc, table)
        if not types or not table.header:
            continue
        if "body" in types and ({"chair", "vice_chair", "reports_to", "parent", "person", "organisation"} &
                                set(types)):
            _group_rows(doc, table, types, read)
        if ("funder" in types or "stream" in types) and "money" in types:
            _funder_rows(doc, table, types, read)


def _records(doc: ExtractionDoc, table: Table) -> list[list[Line]]:
    """The records of a record table, each opened by the row that names its group (records set one under
    another, a blank line or a rule between them, read as one table)."""
    out: list[list[Line]] = []
    for row in table.rows:
        if not out or head_type(doc.text[row.cells[0][0] : row.cells[0][1]]) == "body":
            out.append([])
        out[-1].append(row)
    return out


def _record(doc: ExtractionDoc, rows: list[Line], read: dict[str, set[int]]) -> None:
    """A group's record set as a table, its heads down the first column: the group it names, who chairs it (a
    person, a post, a body), its vice-chair, the body it reports to and the members it lists. Each fact quotes the
    row that states it; a record whose group is not one body gives none."""
    fields: dict[str, Line] = {}
    for row in rows:
        kind = head_type(doc.text[row.cells[0][0] : row.cells[0][1]])
        if kind is not None and kind not in fields:
            fields[kind] = row
    name = fields.get("body")
    group = _cell_entity(doc, name, 1, ("body",)) if name is not None else None
    if group is None:
        return
    head = " ".join(doc.text[name.cells[0][0] : name.cells[0][1]].split()).casefold()
    parent = doc.resolver.body if any(head in (w, w + "s") for w in _SUBGROUP_WORDS) else None
    if parent is not None and parent.kind == "body" and not _EXECUTIVE.search(parent.name):
        doc.add(group, "subgroup_of", parent, name.start, name.end, "table:record", 0.8)
    for kind, row in fields.items():
        if row.start in read.get({"chair": "chairs"}.get(kind, kind), ()):
            continue
        if kind == "chair" and not re.search(r"(?i)\blead|\bled\b", doc.text[row.cells[0][0] : row.cells[0][1]]):
            if _chair_described(doc, group, row, 1):
                continue
            who = _cell_entity(doc, row, 1, ("person", "post", "body"))
            if who is not None:
                doc.add(who, "chairs", group, row.start, row.end, "table:record", 0.8)
        elif kind == "vice_chair":
            who = _cell_entity(doc, row, 1, ("person",))
            if who is not None:
                doc.add(who, "vice_chair", group, row.start, row.end, "table:record", 0.8)
        elif kind in ("reports_to", "parent"):
            above = _cell_entity(doc, row, 1, ("body",))
            if above is not None and above.iri != group.iri:
                doc.add(group, "subgroup_of" if kind == "parent" else kind, above, row.start, row.end,
                        "table:record", 0.8)
        elif kind in ("person", "organisation") and _MEMBERS_HEAD.search(doc.text[row.cells[0][0] : row.cells[0][1]]):
            for member in _listed(doc, row, 1, "person" if kind == "person" else "body"):
                doc.add(member, "member_of", group, row.start, row.end, "table:record", 0.8)


def _read_rows(doc: ExtractionDoc) -> dict[str, set[int]]:
    """Relation -> the starts of the lines a fact of that relation was read from: a row a form-specific reader
    has read for a relation is theirs (their reading of it is kept, never doubled by another)."""
    read: dict[str, set[int]] = {}
    for f in doc.facts:
        line = doc._line_at(f.start)
        if line is not None:
            read.setdefault(f.relation, set()).add(line.start)
    return read


# a note in brackets that ends a cell
CELL_NOTE = re.compile(r"\s*\([^()]{1,60}\)\s*$")


def _cell_entity(doc: ExtractionDoc, row: Line, k: int, kinds: tuple[str, ...]) -> Entity | None:
    """The one entity of a kind in KINDS that fills cell K of ROW (most of its text), else None."""
    span = cell(doc, row, k)
    if span is None:
        return None
    a, b = span
    found = [m for m in doc.mentions(a, b) if m.kind in (*kinds, "name")]
    if "person" in kinds and (not found or found[0].kind == "name"):
        # a cell of a column that may hold people holds a name alone ("Jo Lee"), which is read as a person's only
        # where one is expected (read so first, "Kestrel Valley Police" could be taken for a person)
        found = [m for m in doc.mentions(a, b, expect_person=True) if m.kind in kinds]
    note = CELL_NOTE.search(doc.text, a, b)
    if found and note is not None and found[0].end <= note.start():
        # "Home Office (Safer Streets 5)", "Eastvale Council (Housing)": a note in brackets after the name, its
        # stream or department, is no second name; the cell's name is the one before it
        b = note.start()
        found = [m for m in found if m.end <= b]
    if len(found) != 1 or found[0].end - found[0].start < 0.6 * len(doc.text[a:b].strip()):
        return None  # two names, or a name inside a longer text: which one the column means is unclear
    e = doc.resolver.entity(found[0])
    return e if e is not None and e.kind in kinds else None


def _group_rows(doc: ExtractionDoc, table: Table, types: list[str | None], read: dict[str, set[int]]) -> None:
    """ "Group | Chaired by | Reports to": each row's group, who chairs or leads it (a person, a post or an
    organisation) and the body it reports to."""
    body = types.index("body")
    parent = _parent_body(doc, table, body)
    for row in table.body_rows():
        if not _aligned(doc, table, row):
            continue
        group = _cell_entity(doc, row, body, ("body",))
        if group is None or group.subtype == "Council":
            continue  # (a council under "CSP" names the area whose partnership the row is about, not a group)
        if parent is not None and row.start not in read.get("subgroup_of", ()):
            doc.add(group, "subgroup_of", parent, row.start, row.end, "table:typed", 0.8)
        for k, kind in enumerate(types):
            if kind == "chair":
                head = table.header[k].casefold()
                led = "lead" in head or "led" in head
                if row.start in read.get("led_by" if led else "chairs", ()):
                    continue
                if not led and _chair_described(doc, group, row, k):
                    continue
                who = _cell_entity(doc, row, k, ("person", "post", "body"))
                if who is None:
                    continue
                if led and who.kind == "body":
                    doc.add(group, "led_by", who, row.start, row.end, "table:typed", 0.8)
                elif not led:
                    doc.add(who, "chairs", group, row.start, row.end, "table:typed", 0.8)
            elif kind == "vice_chair" and row.start not in read.get("vice_chair", ()):
                who = _cell_entity(doc, row, k, ("person",))
                if who is not None:
                    doc.add(who, "vice_chair", group, row.start, row.end, "table:typed", 0.8)
            elif kind in ("person", "organisation") and _MEMBERS_HEAD.search(table.header[k]) and \
                    row.start not in read.get("member_of", ()):
                # "Group | Partners", "Outside body | Representative": who sits on the row's group (a lone
                # "Organisation" beside a group may be its host or its lead, and says no membership)
                for member in _listed(doc, row, k, "person" if kind == "person" else "body"):
                    doc.add(member, "member_of", group, row.start, row.end, "table:typed", 0.8)
            elif kind in ("reports_to", "parent"):
                relation = "subgroup_of" if kind == "parent" else kind
                above = _cell_entity(doc, row, k, ("body",))
                if above is not None and above.iri != group.iri and row.start not in read.get(relation, ()):
                    doc.add(group, relation, above, row.start, row.end, "table:typed", 0.8)


_MEMBERS_HEAD = re.compile(r"(?i)member|representative|attendee|partners|agencies|organi[sz]ations|bodies")
_LIST_GAP = re.compile(r"\s*(?:[,;/&]|\band\b|,\s*and\b)\s*")


def _listed(doc: ExtractionDoc, row: Line, k: int, kind: str) -> list[Entity]:
    """The people or organisations cell K of ROW lists ("Kent Police; KCC; Probation Service", "Jo Lee and Sam
    Reed"): every name of the column's kind, parted only by commas, semicolons or "and". A cell that says more
    than its names (a post, a note) gives none: which of its words are members is unclear."""
    span = cell(doc, row, k)
    if span is None:
        return []
    a, b = span
    found = doc.mentions(a, b, expect_person=kind == "person")
    if not found or doc.text[a : found[0].start].strip() or doc.text[found[-1].end : b].strip(" .;,"):
        return []
    if any(not _LIST_GAP.fullmatch(doc.text[x.end : y.start]) for x, y in zip(found, found[1:], strict=False)):
        return []
    out = []
    for m in found:
        e = doc.resolver.person(m) if kind == "person" and m.kind == "person" else \
            doc.resolver.entity(m) if m.kind == kind else None
        if e is None or e.kind != kind:
            return []
        out.append(e)
    return out


def _chair_described(doc: ExtractionDoc, group: Entity, row: Line, k: int) -> bool:
    """A chair's cell that describes its person ("Jo Lee, Head of Safeguarding, NHS Dorset", "Cllr Ann Reed
    (Eastvale Council)") or names a post with its organisation: read as the lists reader reads a "Chair" column
    (lists.chair_in_cell), the person with the posts and employer the cell gives. Whether it gave a fact."""
    from .attendance import describe_entry
    from .lists import chair_in_cell  # the reader of a chair's cell, shared

    span = cell(doc, row, k)
    if span is None:
        return False
    a, b = span
    if len(doc.mentions(a, b)) < 2:
        return False  # a name alone: read by its kind (a body may chair)
    before = len(doc.facts)
    chair = chair_in_cell(doc, group, a, b, (row.start, row.end), "table:typed", 0.8)
    if chair is not None:
        person, entry = chair
        for x, y in entry.descriptors:
            describe_entry(doc, person, group, x, y, (row.start, row.end), "")
    return len(doc.facts) > before


def cell(doc: ExtractionDoc, row: Line, k: int) -> tuple[int, int] | None:
    """The span of ROW's cell in column K, or None when it has none there or where it is is unclear: a pipe row's
    empty cells keep their places (see slotted); a row of tabs or spaces with fewer cells than the header may have
    left any column empty, so only its first cell, which opens the row, is known to be in the first column."""
    slots = slotted(doc, row)
    if "|" in doc.text[row.start : row.end]:
        return slots.get(k) if slots is not None else None
    table = table_of(doc, row)
    width = len(table.header) if table is not None and table.header else len(row.cells)
    if len(row.cells) >= width or k == 0:
        return row.cells[k] if k < len(row.cells) else None
    return None


def _aligned(doc: ExtractionDoc, table: Table, row: Line) -> bool:
    """ROW's first cell stands in the first column: a line of overflow whose first cell is empty ("   | Borough
    Council |" under a row, in a table with no outer pipes) is no row of its own."""
    if not row.cells or len(row.cells) > len(table.header):
        return False
    head = table.rows[0]
    before = doc.text[row.start : row.cells[0][0]]
    return before.count("|") == doc.text[head.start : head.cells[0][0]].count("|") and not before.strip(" \t|")


def _parent_body(doc: ExtractionDoc, table: Table, column: int) -> Entity | None:
    """The body whose sub-groups a table lists: the paper's own body, where the column's head says its rows are
    sub-groups ("Sub-group", "Delivery group") or the heading over the table does ("Sub-groups", "Governance
    structure"). None where neither says so, or the paper's body is not known."""
    first = doc.layout.lines.index(table.rows[0])
    lead_in = doc.layout.line_before(first)
    if lead_in is not None and lead_in.text.rstrip().endswith(":"):
        if _REPORTING.search(lead_in.text):
            return None  # "... one delivery group accountable to the Strategic Board:": a reporting line, no more
        if _GROUPS_WORD.search(lead_in.text):
            # "Every priority has a delivery group of the Partnership behind it:": the line that opens the table names
            # whose groups its rows are (the paper may be another body's: a cabinet's report on the partnership)
            from .lists import list_owner  # lists finds the body a list's opening line names

            owner = list_owner(doc, lead_in)
            return owner if owner is not None and owner.kind == "body" else None
    parent = doc.resolver.body
    if parent is None or parent.kind != "body" or _EXECUTIVE.search(parent.name):
        return None  # (a council, or its cabinet, reports on partnerships' groups; they are not its own)
    head = " ".join(table.header[column].split()).casefold()
    if any(head == h or head == h + "s" for h in _SUBGROUP_WORDS):
        return parent
    heading = doc.layout.heading_before(first, limit=6)
    title = (heading.label or heading.text).strip().rstrip(":").casefold() if heading is not None else ""
    return parent if layout_words().lists.get(title) == "subgroup_of" else None


_REPORTING = re.compile(r"(?i)\b(?:accountable|reports?|reporting)\s+(?:in)?to\b")
_EXECUTIVE = re.compile(r"\b(?:Council|Cabinet|Executive)$")
_THOUSANDS = re.compile(r"(?i)£\s?(?:000|k)\b|\bthousands\b")
_SEES = re.compile(r"\b(?:Committee|Scrutiny|Panel)\b")
_RECEIVED = re.compile(r"(?i)\b(?:received|income)\b")
_GROUPS_WORD = re.compile(r"(?i)\b(?:sub-?\s?groups?|sub-?committees?|(?:delivery|theme|thematic|working|task and "
                          r"finish) groups?)\b")
_SUBGROUP_WORDS = ("sub-group", "subgroup", "sub group", "sub-committee", "subcommittee", "thematic group",
                   "theme group", "delivery group", "working group", "task and finish group")


def _cell_amount(doc: ExtractionDoc, span: tuple[int, int] | None) -> Decimal | None:
    """The sum a cell opens with, if it opens with one."""
    text = doc.text[span[0] : span[1]].strip() if span is not None else ""
    return amount_or_none(text.split()[0]) if text else None


def _named_party(doc: ExtractionDoc, span: tuple[int, int] | None) -> Entity | None:
    """The organisation a recipient's cell names by a name the mentions do not type ("Next Step Plus"): the column
    says it is one (the funding reader's reading of a party's cell)."""
    from .funding import _RECIPIENT_KINDS, _party_cell

    if span is None:
        return None
    written = " ".join(doc.text[span[0] : span[1]].split())
    if _CAPITALISED_NAME.fullmatch(written):
        return doc.resolver.body_named(written)  # the whole cell: its first word may read as a common word alone
    return _party_cell(doc, span, _RECIPIENT_KINDS)


# a name of two to six capitalised words, nothing else: "Next Step Plus", "Alder Homes"
_CAPITALISED_NAME = re.compile(r"[A-Z][\w'’&-]*(?:\s+[A-Z&][\w'’&-]*){1,5}")


def _part_typed(header: list[str], kind: str) -> int | None:
    """The column whose head names two things, the first of them of type KIND ("Provider / use", "Recipient /
    delivery"): what it holds first is what the column is for."""
    return next((k for k, head in enumerate(header) if "/" in head and head_type(head) is None and
                 next((t for t in map(head_type, head.split("/")) if t is not None), None) == kind), None)


def _funder_rows(doc: ExtractionDoc, table: Table, types: list[str | None], read: dict[str, set[int]]) -> None:
    """ "Funding stream | Funder | Amount" (the paper's own body the recipient) or "Recipient | Funder | Amount":
    each row's funder gives its sum to the row's recipient, or to the body whose paper it is."""
    from .funding import grant_period

    funder_k = types.index("funder") if "funder" in types else types.index("stream")
    money_ks = [k for k, t in enumerate(types) if t == "money"]
    recipient_k = types.index("recipient") if "recipient" in types else _part_typed(table.header, "recipient")
    first = doc.layout.lines.index(table.rows[0])
    heading = doc.layout.heading_before(first, limit=8)
    above = " ".join(ln.text for ln in doc.layout.lines[max(0, first - 3) : first])  # a caption over the table
    whole = grant_period(" ".join(table.header)) or grant_period(above) or \
        grant_period(heading.text if heading else "")
    if any(_THOUSANDS.search(h) for h in table.header):
        return  # "£000", "£k": sums in thousands, which the form readers weigh
    own = doc.resolver.body if recipient_k is None else None
    if recipient_k is None and _RECEIVED.search(f"{heading.text if heading else ''} {above}"):
        own = doc.resolver.council or own  # "Grants received 2024/25" over a council's paper: the council's income
    elif recipient_k is None and (own is None or _EXECUTIVE.search(own.name) or _SEES.search(own.name)):
        return  # a council's, a cabinet's or a committee's paper shows the sums others get: not its own
    for row in table.body_rows():
        if not _aligned(doc, table, row):
            continue
        if row.start in read.get("funds", ()):
            continue
        # "Funder | Grant | Amount": "Grant" heads a grant's name as often as its sum; the sum is the cell that is one
        amount = next((x for x in (_cell_amount(doc, cell(doc, row, k)) for k in money_ks) if x is not None), None)
        funder = _cell_entity(doc, row, funder_k, ("body", "post"))
        if amount is None or funder is None:
            continue
        if recipient_k is not None:
            recipient = _cell_entity(doc, row, recipient_k, ("body", "post", "initiative")) or \
                _named_party(doc, cell(doc, row, recipient_k))
        else:
            recipient = own  # a paper's own budget: the sums are its body's
        if recipient is None or recipient.iri == funder.iri:
            continue
        period = whole
        when = cell(doc, row, types.index("period")) if "period" in types else None
        if when is not None:
            period = grant_period(doc.text[when[0] : when[1]]) or period
        doc.add(funder, "funds", recipient, row.start, row.end, "table:typed", 0.8, amount=amount, period=period)
