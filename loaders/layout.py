"""The layout of a cleaned council paper: its lines, headings, fields, bullets, table rows and sentences.

Councils put most governance facts in structure rather than prose: attendance blocks, "Chair:" lines,
tables of members and allocations, bullet lists under a heading that names the relation. This module only
*reads the shape*; what each shape means is for the extraction rules. Every piece keeps its offsets into the
stored text, so evidence can always be quoted exactly.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass, field
from functools import cache, cached_property

from .lexicon import heads

Span = tuple[int, int]

_BULLET_MARKS = "-–*•>»›▪◦·●■▸➢"
# a mark may be doubled (">> Safer streets", "»» item"): a converter's or a web page's arrow bullet
_BULLET = re.compile(r"(?:[" + _BULLET_MARKS + r"]{1,2}|\(?[a-z]\)|\(?[ivx]{1,4}\)|\(\d{1,2}\)|"
                     r"\d{1,2}[.)](?:\d{1,2}\.?)*|[a-z]\.)\s+")
_NUMBERED_HEADING = re.compile(r"(?:(?:item\s+)?\d{1,4}(?:\.\d{1,3})*\.?|[A-Z]\.|[IVX]{1,5}\.)\s+(?=\S)", re.I)
_FIELD = re.compile(r"([A-Z][A-Za-z0-9 ,'’&/()\-]{0,60}?)\s*:\s*(?!//)")
# "|---|:--|" and a box-drawn table's "+-----+-----+" or "|=====|" rule between its rows
_SEPARATOR_ROW = re.compile(r"^[|+]?\s*:?(?:-{2,}|={2,}):?\s*(?:[|+]\s*:?(?:-{2,}|={2,}):?\s*)*[|+]?\s*$")
_RULE_PIECES = re.compile(r"[|+:\s=-]+")
_DASH_RUN = re.compile(r"-{3,}|={3,}")  # (searched in a rule's line, matched whole against a cell)
_SPACED_RULE = re.compile(r"^\s*[-=]{3,}(?:[ \t]+[-=]{3,})+\s*$")
_WORDS = re.compile(r"[A-Za-z][A-Za-z'’\-]*")
_LETTER = re.compile(r"[^\W\d_]")
_UPPER = re.compile(r"[A-Z]")
_SMALL = frozenset("a an and as at by for from in into of on or the to with upon under via vs per".split())
# a full stop after these does not end a sentence
_ABBREVIATIONS = frozenset(
    """mr mrs ms dr cllr cllrs coun prof rev revd st no nos supt insp sgt det ch co ltd inc etc e.g eg i.e ie vs
    approx jan feb mar apr jun jul aug sep sept oct nov dec dept govt para paras ref tel mob cc jr sr cf fig
    vol pp incl est max min a.m p.m am pm hon rt esq""".split()
)
# legislation's section marks, each a word of its own ("s. 26", "ss. 5 and 6", "Sch. 5"): the full stop after one
# ends no sentence when the section's number follows it
_SECTION_MARKS = frozenset({"s", "ss", "sch", "reg", "regs", "art", "arts"})
_SENTENCE_END = re.compile(r"[.!?](?:['\"’”)\]]*)\s+(?=[\"'‘“(£A-Z0-9])")


@dataclass
class Line:
    """One line of the stored text, with what its shape says it is."""

    start: int
    end: int
    text: str
    kind: str = "text"  # blank | heading | bullet | row | field | text
    content_start: int = 0  # where the line's content begins (after a bullet or number)
    number: str | None = None  # "5", "5.1", "a", "iv" for numbered items and headings
    label: str | None = None  # a field's label ("Chair"), a heading's text
    value_start: int | None = None  # a field's value
    cells: tuple[Span, ...] = ()  # a table row's cells
    # what a table's row is, decided once for its table (row_roles): "body", or "header" (the column names, or
    # the same names again after a page break), "total" (a sum of the rows above), "rule" (dashes between rows):
    # only body rows are read
    role: str = "body"

    @property
    def content(self) -> str:
        return self.text[self.content_start - self.start :]

    @property
    def value(self) -> str:
        return "" if self.value_start is None else self.text[self.value_start - self.start :].strip()


@dataclass
class Table:
    """Consecutive rows with cells; the first row is a header when it reads as column names."""

    rows: list[Line]
    header: list[str] = field(default_factory=list)

    def body_rows(self) -> list[Line]:
        """The rows that say something of their own: not the header, a header repeated, a rule or a total."""
        return [r for r in self.rows if r.role == "body"]

    def rows_under_first(self) -> list[Line]:
        """The body rows under the first row, for a reader that takes the first row for the columns' names even
        where the layout did not."""
        return [r for r in self.rows[1:] if r.role == "body"]


@dataclass
class Layout:
    text: str
    lines: list[Line]

    @cached_property
    def tables(self) -> list[Table]:
        out: list[Table] = []
        run: list[Line] = []
        lines = [*self.lines, Line(len(self.text), len(self.text), "", "blank")]
        for i, line in enumerate(lines):
            if line.kind == "row":
                run.append(line)
                continue
            if run and line.kind == "blank" and i + 1 < len(lines) and lines[i + 1].kind == "row":
                continue  # rows spaced by blank lines are still one table
            if run and any(r.label != "separator" for r in run):
                out.append(_table(self.text, run))
            run = []
        return out

    def line_before(self, index: int) -> Line | None:
        """The nearest line above line INDEX that is not blank (the lead-in of the list or table INDEX opens)."""
        k = index - 1
        while k >= 0 and self.lines[k].kind == "blank":
            k -= 1
        return self.lines[k] if k >= 0 else None

    def heading_before(self, index: int, limit: int = 60) -> Line | None:
        """The nearest heading or opening field above line INDEX (a list's or table's title)."""
        for j in range(index - 1, max(-1, index - limit), -1):
            line = self.lines[j]
            if line.kind == "heading" or (line.kind == "field" and not line.value):
                return line
        return None

    def sentences(self) -> list[tuple[int, Span]]:
        """(line index, span) of each sentence of prose: text lines, bullets, field values and long headings."""
        return self._sentences

    @cached_property
    def _sentences(self) -> list[tuple[int, Span]]:
        return list(self._iter_sentences())

    def _iter_sentences(self) -> Iterator[tuple[int, Span]]:
        skip_to = -1
        for i, line in enumerate(self.lines):
            if line.kind == "blank" or i <= skip_to:
                continue
            if line.kind in ("text", "bullet") or (line.kind == "field" and line.value):
                # prose wrapped at a fixed width (a PDF's text layer): a sentence runs on into the next line, a
                # numbered paragraph's first line into the lines under it
                j = i
                while j + 1 < len(self.lines) and (self.lines[j + 1].kind == "text" and (
                        _runs_on(self.lines[j]) and not _opens_after_item(self.lines[j], self.lines[j + 1]) or
                        _list_runs_on(self.lines[j], self.lines[j + 1])) or
                        _cut_after_connective(self.lines[j], self.lines[j + 1]) or
                        _capitals_run_on(self.lines, j)):
                    j += 1
                if j > i:
                    # ("Executive summary: Allocation of the Fund to nine local Community" / "Safety Partnerships":
                    # a field's value wraps as prose does; its sentence starts at the value)
                    begin = line.value_start if line.kind == "field" and line.value_start else line.content_start
                    for span in split_sentences(self.text, begin, self.lines[j].end):
                        yield i + sum(1 for ln in self.lines[i + 1 : j + 1] if ln.start <= span[0]), span
                    skip_to = j
                    continue
            if line.kind == "row":
                # a table whose cells hold prose (a minutes page laid out as "Item | Minutes")
                for a, b in line.cells:
                    if b - a > 60 and " " in self.text[a:b]:
                        for span in split_sentences(self.text, a, b):
                            yield i, span
                continue
            start = line.value_start if line.kind == "field" and line.value else line.content_start
            if line.kind == "field" and not line.value:
                continue
            for span in split_sentences(self.text, start, line.end):
                yield i, span


def is_rule_line(line: str) -> bool:
    """LINE is a table's rule: "|---|:--|", "+-----+-----+", "|=====|" (the cleaner joins rows between them), or a
    rule drawn under one column only ("|      |      | -------": the line under a column of sums, over its total)."""
    stripped = line.strip()
    return _SEPARATOR_ROW.match(stripped) is not None or (
        "|" in stripped and _RULE_PIECES.fullmatch(stripped) is not None and _DASH_RUN.search(stripped) is not None)


def _runs_on(line: Line) -> bool:
    """Whether a line of prose was cut by wrapping rather than ended: long, and not closed by punctuation."""
    text = line.text.rstrip()
    if len(text) >= 40 and text.endswith(":") and _open_bracket(text):
        return True  # "... the Finance Sub-group (chair:" cut inside a bracket: its name is on the next line
    return len(text) >= 40 and not text.endswith((".", "!", "?", ":", ";"))


# the words no sentence, title or name ends on: a line or a name that ends on one goes on after it (shared with
# extract.ExtractionDoc.add, which drops a fact whose name was cut after one)
CONNECTIVES = r"and|of|for|the|to|&"
_CONNECTIVE_END = re.compile(rf"\s(?:{CONNECTIVES}|by)$")


def _cut_after_connective(line: Line, nxt: Line) -> bool:
    """A short line cut after "and" or "of" ("- Jo Lee, Police and" / "Crime Commissioner for Northdale", a
    signature set to the right): no sentence or title ends on the word, so the next line, which the
    classifier may take for a heading, goes on with it."""
    return nxt.kind in ("text", "heading") and _CONNECTIVE_END.search(line.text.rstrip()) is not None


def _capitals_run_on(lines: list[Line], j: int) -> bool:
    """ "The Partnership brings together Northdale" over "Borough Council, Northdale Police, Northdale County
    Council, Northdale" over "Fire and Rescue Service, the Probation Service and ...": a line of prose wrapped at the
    page's width before a run of names, which the classifier took for a heading by its capitals. Prose that runs
    on (long, unclosed) and a line of names with commas in it, with prose again straight under it, is one
    paragraph: a heading stands apart, and names no list of its own in the middle of a sentence."""
    if j + 2 >= len(lines) or lines[j].kind not in ("text", "bullet") or not _runs_on(lines[j]) or \
            lines[j].text.rstrip().endswith(")"):
        return False  # ("Jo Lee, District Commander (Vice-Chair)": an entry of a list closed by its note)
    nxt, after = lines[j + 1], lines[j + 2]
    words = nxt.text.rstrip()
    return nxt.kind == "heading" and "," in words and not words.endswith(":") and after.kind == "text" and \
        len(lines[j].text.rstrip()) >= 60


def _open_bracket(text: str) -> bool:
    """TEXT closes a bracket it never opened, or leaves one open: a line cut from the middle of a sentence."""
    depth = 0
    for ch in text:
        depth += (ch == "(") - (ch == ")")
        if depth < 0:
            return True
    return depth > 0


def _opens_after_item(line: Line, nxt: Line) -> bool:
    """A list item written without closing punctuation ("- Reducing Reoffending - led by the Probation Service"),
    then a line that opens with a capitalised determiner ("Each theme group reports to the Board."): the item ended
    at its line. A determiner starts a phrase, so it never carries on the item's name or wording (an item cut after
    "of" or "and" is read on by _cut_after_connective)."""
    words = nxt.text.split()
    return line.kind == "bullet" and bool(words) and words[0][:1].isupper() and words[0] in heads().determiners


def _list_runs_on(line: Line, nxt: Line) -> bool:
    """A list written in a sentence, its items parted by semicolons, wrapped after one ("... women and girls;" /
    "anti-social behaviour; and reducing reoffending."): the next line goes on in lower case."""
    return len(line.text.rstrip()) >= 40 and line.text.rstrip().endswith(";") and nxt.text.lstrip()[:1].islower()


def _title_like(words: list[str]) -> bool:
    content = [w for w in words if w.lower() not in _SMALL]
    if not content:
        return False
    caps = sum(1 for w in content if w[0].isupper())
    return caps / len(content) >= 0.75


def _classify(text: str, start: int, line: Line, next_blank: bool, underline: bool = False,
              continued: bool = False) -> None:
    stripped = text
    if not stripped:
        line.kind = "blank"
        return
    # "+-----+-----+", indented as a converted paper often sets its tables
    boxed_rule = stripped.lstrip().startswith("+") and is_rule_line(stripped)
    # "------------- ---------": a column rule drawn in dashes under a table's heads, a run per column, that the
    # cleaner left with no tab between the runs (with one it is a row already, its cells the dashes)
    boxed_rule = boxed_rule or "\t" not in stripped and _SPACED_RULE.match(stripped) is not None
    # "-----------" alone on its line: a plain-text table's rule, above or below its header, or under its last row
    # (not a title's underline, drawn as long as the title above it)
    boxed_rule = boxed_rule or (not underline and len(stripped.strip()) >= 10 and is_rule_line(stripped))
    if boxed_rule or "\t" in stripped or stripped.count("|") >= 2 or (stripped.startswith("|") and "|" in stripped[1:]):
        if boxed_rule or is_rule_line(stripped):
            line.kind = "row"
            line.cells = ()
            line.label = "separator"
            return
        line.kind = "row"
        line.cells = tuple(_cells(text, start))
        if len(line.cells) == 2 and "|" not in stripped and text[line.cells[0][1] - start - 1] == ":":
            # "Decision maker:<tab>The Commissioner": a field whose value the cleaner set in a column
            _field(stripped, start, line)
        return
    m = _BULLET.match(stripped)
    numbered = _NUMBERED_HEADING.match(stripped)
    # a long line (most of a paper's text) is never short: its words need not be listed
    words = _WORDS.findall(stripped) if len(stripped) <= 120 else []
    ends_sentence = stripped.rstrip().endswith((".", ";", ","))
    short = len(stripped) <= 120 and len(words) <= 14
    # "3.4 The Commissioner, Mr Ivo Marsh, described in his Police and Crime Plan 2022-2026 ("Safer" over the rest of
    # its sentence: a numbered paragraph wrapped at the page's width, however many capitals its first line holds
    wrapped = not next_blank and (len(words) >= 10 and len(stripped) >= 60 or _CLAUSE_VERB.search(stripped) is not None)
    # "4.8 Perpetrators. The Deputy Commissioner, Cllr Jo" over "Lee, leads on ...": a run-in heading, then prose
    run_in = _SENTENCE_INSIDE.search(stripped, numbered.end()) is not None if numbered else False
    if numbered and _numbered_field(stripped, numbered.end(), start, line):
        return  # "7.1 Accountable to: the Partnership": a numbered paragraph that is a known field, not a title
    if numbered and short and not ends_sentence and not wrapped and not run_in and not continued and \
            _title_like(_WORDS.findall(stripped[numbered.end() :])):
        line.kind = "heading"
        line.number = numbered.group(0).strip().rstrip(".")
        line.content_start = start + numbered.end()
        line.label = stripped[numbered.end() :].strip().rstrip(":")
        return
    if m:
        line.kind = "bullet"
        line.number = m.group(0).strip().strip("()." + _BULLET_MARKS) or None
        line.content_start = start + m.end()
        _field(stripped[m.end() :], start + m.end(), line, keep_kind=True)
        return
    if _closes_unopened(stripped):
        line.kind = "text"  # "Jo Lee), the Youth Board (chair: ...": prose wrapped inside a bracket, no title
        return
    if _field(stripped, start, line):
        if _CAPTION_LABEL.fullmatch(line.label or "") and line.value and short and not ends_sentence and (
                _title_like(_WORDS.findall(line.value)) or _TABLE_LABEL.match(line.label or "") and
                len(_WORDS.findall(line.value)) <= 6):
            # ("Table 4: Board membership": a table's caption is often in sentence case, and a table's number
            # is never a field's label)
            # "Appendix A: Membership of the Safer Eastvale Board", "Table 2: Grants awarded 2024/25": a caption, the
            # title of the table or list under it, not a field whose value says something of the paper
            line.kind, line.label = "heading", line.value.rstrip(":").strip()
            line.content_start, line.value_start = line.value_start or start, None
        return
    if short and not ends_sentence and not _SENTENCE_INSIDE.search(stripped) and not _open_bracket(stripped):
        # (a line that closes a bracket it never opened, or leaves one open, is a wrapped sentence's middle)
        letters = len(_LETTER.findall(stripped))
        upper = len(_UPPER.findall(stripped)) / letters if letters else 0.0
        if letters and ((upper > 0.8 and letters >= 4) or (_title_like(words) and (next_blank or len(words) <= 8))):
            line.kind = "heading"
            line.label = stripped.rstrip(":").strip()
            return
    line.kind = "text"


# the label of a caption: a part of the paper and its number or letter ("Appendix A", "Table 3", "Annex 1")
_CAPTION_LABEL = re.compile(r"(?i)(?:appendix|annex|annexe|table|schedule|figure|chart)\s+"
                            r"(?:[a-z]|\d{1,2}(?:\.\d{1,2})?|[ivx]{1,4})")


_TABLE_LABEL = re.compile(r"(?i)(?:table|figure|chart)\s")


# "Women's Network). The Probation Service commissions": a sentence ends inside the line, so it is prose wrapped at
# the page's width however many capitals it holds, never a heading ("St. Helens" is no sentence's end)
_SENTENCE_INSIDE = re.compile(r"(?:[a-z]{2}|\))[.;]\s+[A-Z]")


# "6.1 Jo Lee presented the Partnership's draft Strategic" over "Assessment 2025, which ...": a past-tense verb and
# its article make a clause; a title names its subject without one ("Update on the ...", "Report of the ...")
_CLAUSE_VERB = re.compile(r"\s[a-z]{3,}ed\s+(?:the|a|an|its|their|his|her)\s")


# "3.5 The order supports the Safer Eastholme Strategy" over "2024-2027, whose priorities are ..." or "which sets
# out ...": the next line goes on with the sentence (a word in lower case, or the title's years and a comma), so the
# numbered line is a paragraph wrapped at the page's width, not a heading
_CONTINUES = re.compile(r"[a-z]|(?:19|20)\d\d(?:\s?[-–/]\s?\d{2,4})?,\s")


_SAID = re.compile(r"\s(?:said|says|added|adds|commented|comments|explained|stated|remarked)$")


def _known_label(label: str) -> bool:
    """A label the layout lexicon lists ("Cabinet member with lead responsibility"), however sentence-like."""
    from .lexicon import layout  # the lexicon reads its data files once; the layout module stays data-free

    return label.casefold() in layout().fields


def _numbered_field(text: str, after: int, start: int, line: Line) -> bool:
    """TEXT, a numbered line, is a field the lexicon knows after its number ("4.2 Reports to: the Board"): read as
    that field, its number kept. Any other label after a number ("3. Governance: how we work") is a title's."""
    m = _FIELD.match(text, after)
    if m is None or not text[m.end() :].strip() or not _known_label(m.group(1).strip()):
        return False
    line.number = text[:after].strip().rstrip(".")
    line.content_start = start + after
    return _field(text[after:], start + after, line)


def _field(text: str, start: int, line: Line, keep_kind: bool = False) -> bool:
    """A "Label: value" line; the label is short and reads as a label, not as the start of a sentence."""
    m = _FIELD.match(text)
    if not m:
        return False
    label = m.group(1).strip()
    words = label.split()
    if not words or len(words) > 7 or (len(words) > 1 and not _title_like(words) and len(words) > 4 and
                                       not _known_label(label)):
        return False
    if label[-1] == ")" and "(" not in label:
        return False
    if _open_bracket(label):
        # "The Youth Board (chair: Jo Lee)": a bracket opened before the colon is not a label's; "Jo Lee), the
        # Youth Board (chair: ...": nor one closed that the line never opened (a wrapped sentence's middle)
        return False
    if _SAID.search(label):
        return False  # "Chief Fire Officer Jo Lee, said: ...": a quotation's speaker, who the sentence names
    if not keep_kind:
        line.kind = "field"
    line.label = label
    line.value_start = start + m.end()
    return True


def _closes_unopened(text: str) -> bool:
    """TEXT closes a bracket before opening one: it carries on a bracket a line above opened."""
    close = text.find(")")
    return close >= 0 and not 0 <= text.find("(") < close


def _cells(text: str, start: int) -> Iterator[Span]:
    if "|" in text and "\t" not in text:
        parts = re.finditer(r"[^|]+", text)
    elif "|" in text and text.count("|") >= text.count("\t") - 1:
        # a pipe table whose padding the cleaner turned into tabs: "Name\t| Purpose\t| 2023/24\t| £9,000"
        parts = re.finditer(r"[^|\t]+", text)
    else:
        parts = re.finditer(r"[^\t]+", text)
    for m in parts:
        cell = m.group(0)
        lead = len(cell) - len(cell.lstrip())
        trail = len(cell) - len(cell.rstrip())
        if cell.strip():
            yield (start + m.start() + lead, start + m.end() - trail)


_HEADER_WORDS = frozenset(
    """name names member members organisation organization agency agencies role roles title post position
    representative representing attendee attendees partner partners body service department designation job
    amount amounts total funding grant allocation award value cost recipient recipients project projects scheme
    area district ward purpose description activity funder source year period theme priority core attendees
    attendance present apologies officer officers contact lead status notes comments chair chairs sub-group
    sub-groups subgroup subgroups group groups meets frequency contribution contributions""".split()
)


# a column named by its year: "2024/25", "2025-26 (indicative)", "FY 2023/24"
_YEAR_HEADER = re.compile(r"(?i)^(?:(?:fy|grant|allocation|amount|budget|funding|award|spend)\s*)?(?:19|20)\d\d"
                          r"(?:\s*[/-]\s*\d{2,4})?(?:\s*\([a-z£ ]+\))?\s*(?:£)?$")


# "Chair (2022-23)": a column's name with the year it speaks of
_YEAR_NOTE = re.compile(r"\s*\((?:19|20)\d\d(?:\s?[-–/]\s?\d{2,4})?\)")


def _named_cell(cell: str) -> bool:
    """ "Office of the Police and Crime Commissioner for Warwickshire": a cell of five words or more, none of them
    a column's word, or one that ends as an organisation's name does, names an organisation or a post; a
    column's name is short. So the first row of an
    "Organisation | Post" table whose post is "SRO and Chair" is a member, not the table's header."""
    words = _WORDS.findall(cell)
    if len(words) >= 2 and words[-1].lower() in _ORGANISATION_ENDS:
        return True  # "Ashfield District Council", "Kent Police": an organisation, whatever words it holds
    return len(words) >= 5 and not any(w.lower() in _HEADER_WORDS for w in words)


_SUM = re.compile(r"£\s*\d")


@cache
def _column_heads() -> frozenset[str]:
    """Every column head the table readers type (loaders/gazetteer/tables.yaml), casefolded: "Paid to", "£"."""
    from .gazetteer import _yaml

    return frozenset(h.casefold() for heads in _yaml("tables.yaml")["columns"].values() for h in heads)


# the last words of organisations' names that no column's name ends with
_ORGANISATION_ENDS = frozenset("""council constabulary police trust commissioner brigade ccg icb""".split())


def _table(text: str, rows: list[Line]) -> Table:
    # a rule drawn under the first row ("----- ------", "|---|---|") sets it apart as the columns' names
    ruled = len(rows) > 2 and rows[0].label != "separator" and _rule_row(text, rows[1])
    rows = [r for r in rows if r.label != "separator"]
    table = Table(rows)
    if rows:
        first = [text[a:b].strip() for a, b in rows[0].cells]
        words = [w.lower() for cell in first for w in _WORDS.findall(cell)]
        if (
            first
            and words
            # (a sum is a row's cell; "£" alone names the column of sums)
            and not any(_SUM.match(c) or (re.search(r"\d{3}", _YEAR_NOTE.sub("", c)) and not _YEAR_HEADER.match(c))
                        for c in first)
            and (ruled and len(first) > 1 or _header_words(first, words) >= max(1, len(first) // 2))
            and not any(_named_cell(cell) for cell in first)
        ):
            table.header = _split_label_head([c.casefold() for c in first], rows[1:])
    row_roles(text, table)
    return table


def _header_words(first: list[str], words: list[str]) -> int:
    """How many of a first row's words and cells are columns' names: "Name", "2024/25", a head the readers know."""
    return sum(1 for w in words if w in _HEADER_WORDS) + sum(1 for c in first if _YEAR_HEADER.match(c)) + \
        sum(1 for c in first if c.casefold() in _column_heads() and  # (whole heads, none of their words counted)
            not any(w.lower() in _HEADER_WORDS for w in _WORDS.findall(c)))


# "Total", "Totals", "Sub-total", "Grand total", "TOTAL ALLOCATED", "Total committed", "Council total": a row's
# label that says the row sums those above it ("Total number of ..." counts, and is a row's topic)
_TOTAL_LABEL = re.compile(r"(?i)^(?:(?:sub|grand)[-\s]?)?totals?\b(?!\s+(?:number|of)\b)|"
                          r"^[\w&,' -]{0,60}\b(?:sub-?)?totals?$")


def total_label(cell: str) -> bool:
    """CELL labels a sum of the rows or columns before it ("Totals", "Sub-total", "District total")."""
    return _TOTAL_LABEL.search(cell.strip(" \t|*:")) is not None


def total_row(text: str, cells: tuple[Span, ...] | list[Span]) -> bool:
    """A row that sums the rows above it: one of its cells is a total's label, so it names no body, project or
    grant of its own, whatever its other cells hold."""
    return any(total_label(text[a:b]) for a, b in cells)


def _rule_row(text: str, row: Line) -> bool:
    """ROW is a rule drawn between a table's rows: "|---|---|", or dash runs the cleaner set apart as cells."""
    return row.label == "separator" or bool(row.cells) and all(
        _DASH_RUN.fullmatch(text[a:b].strip()) for a, b in row.cells)


def row_roles(text: str, table: Table) -> None:
    """Each row's role in TABLE, decided once for every reader: the header row, the header written again (a table
    carried over a page break sets its column names on top of the new page), a rule of dashes, a total row, or a
    body row."""
    names = [" ".join(h.split()) for h in table.header]
    for k, row in enumerate(table.rows):
        cells = [" ".join(text[a:b].split()).casefold() for a, b in row.cells]
        if table.header and (k == 0 or cells == names):
            row.role = "header"
        elif _rule_row(text, row):
            row.role = "rule"
        elif total_row(text, row.cells):
            row.role = "total"
        else:
            row.role = "body"


# the heads of a narrow first column that numbers the rows: "Line  Project" is two heads the spacing ran together
_NUMBER_HEADS = frozenset({"line", "ref", "ref.", "no", "no.", "item", "#"})


def _split_label_head(header: list[str], body: list[Line]) -> list[str]:
    """HEADER with its first head split in two when that head opens with a row-number head ("line project") and
    most rows have one cell more than the header: the number column's head and the next one's."""
    first = header[0].split(None, 1) if header else []
    widths = [len(r.cells) for r in body]
    if len(first) == 2 and first[0] in _NUMBER_HEADS and widths and \
            sum(w == len(header) + 1 for w in widths) * 2 > len(widths):
        return [*first, *header[1:]]
    return header


def split_sentences(text: str, start: int, end: int) -> Iterator[Span]:
    """Sentence spans of TEXT[start:end], not splitting after titles, initials or common abbreviations."""
    pos = start
    chunk = text[start:end]
    for m in _SENTENCE_END.finditer(chunk):
        cut = start + m.start() + 1
        before = text[max(pos, cut - 12) : cut - 1]
        word = re.search(r"([A-Za-z.]+)$", before)
        if word:
            w = word.group(1).lower().rstrip(".")
            if w in _ABBREVIATIONS or (len(w) == 1 and text[cut - 2].isupper()):
                continue
            if w in _SECTION_MARKS and text[start + m.end() : start + m.end() + 1].isdigit():
                continue  # "a duty under s. 26 of the Act": a section's number, not a new sentence
        if cut > pos:
            yield _trim(text, pos, cut)
        pos = start + m.end()
    if pos < end:
        yield _trim(text, pos, end)


def _trim(text: str, a: int, b: int) -> Span:
    while a < b and text[a].isspace():
        a += 1
    while b > a and text[b - 1].isspace():
        b -= 1
    return a, b


def _underlines(above: str, rule: str) -> bool:
    """RULE is drawn under the title ABOVE it, as long as the title give or take two characters."""
    title = above.strip()
    return bool(title) and "\t" not in title and "|" not in title and abs(len(title) - len(rule.strip())) <= 2


def read_layout(text: str) -> Layout:
    """The lines of TEXT (a cleaned document) with their kinds."""
    raw = text.split("\n")
    lines: list[Line] = []
    pos = 0
    for i, chunk in enumerate(raw):
        line = Line(pos, pos + len(chunk), chunk, content_start=pos)
        next_blank = i + 1 >= len(raw) or not raw[i + 1].strip()
        continued = not next_blank and _CONTINUES.match(raw[i + 1].lstrip()) is not None
        _classify(chunk, pos, line, next_blank, i > 0 and _underlines(raw[i - 1], chunk), continued)
        lines.append(line)
        pos += len(chunk) + 1
    _single_pipe_rows(lines)
    _numbered_title_rows(text, lines)
    found = Layout(text, lines)
    _ = found.tables  # every row's role is set with its table, before any reader walks the lines
    return found


# a section's number alone in its cell: "4", "4.", "2.0", "11.3", or in a part named by its letter: "B3", "A2.1"
_SECTION_NUMBER = re.compile(r"[A-Z]?\d{1,2}(?:\.\d{1,2}){0,2}\.?")


def _numbered_title_rows(text: str, lines: list[Line]) -> None:
    """A section's title set after its number with a gap the cleaner read as a column ("4<tab>District CSPs",
    "2.0<tab>Background"): a lone two-cell row, no row above or below it, is a heading, not a table's header row
    (which would take the title for a column's name and the table under it for its rows). So is every row of a
    run whose numbers count up one by one ("3<tab>Chair and membership", "4<tab>Roles of members" under
    "Contents"): a contents list or a run of headings, whose titles are no items of a list above them."""
    i = 0
    while i < len(lines):
        if lines[i].kind != "row":
            i += 1
            continue
        j = i
        while j < len(lines) and lines[j].kind == "row":
            j += 1
        run = lines[i:j]
        titles = [_numbered_title(text, line) for line in run]
        numbers = [t[0] for t in titles if t is not None]
        counted = len(run) >= 2 and len(numbers) == len(run) and all(
            n.isdigit() and m.isdigit() and int(m) == int(n) + 1
            for n, m in zip(numbers, numbers[1:], strict=False)) and _contents_above(lines, i, numbers[0])
        if len(run) == 1 or counted:
            for line, title in zip(run, titles, strict=True):
                if title is not None:
                    line.kind, line.cells, line.number = "heading", (), title[0]
                    line.content_start, line.label = title[1], title[2]
        i = j


# the heading over a contents list: "Contents", "Table of contents", "Cynnwys / Contents", "Index"
_CONTENTS = re.compile(r"(?i)^\W*(?:[\w ]+/\s*)?(?:(?:table\s+of\s+)?contents|index)\W*$")


def _contents_above(lines: list[Line], i: int, first: str) -> bool:
    """The run of numbered rows from line I is a contents list: the line above is a "Contents" heading, or a
    heading numbered just before FIRST (the entries the converter left untabbed: "2 Purpose" over "3<tab>...").
    A numbered list of a plan's priorities ("1<tab>Reduce violent crime") has neither above it."""
    k = i - 1
    while k >= 0 and lines[k].kind == "blank":
        k -= 1
    if k < 0 or lines[k].kind != "heading":
        return False
    above = lines[k]
    if _CONTENTS.match(above.text):
        return True
    number = (above.number or (m.group(1) if (m := re.match(r"\s*(\d+)\.?\s", above.text)) else "")).strip(". ")
    return number.isdigit() and first.isdigit() and int(number) + 1 == int(first)


def _numbered_title(text: str, line: Line) -> tuple[str, int, str] | None:
    """(number, where the title starts, title) of a two-cell row "4<tab>District CSPs", else None."""
    if len(line.cells) != 2 or "|" in line.text:
        return None
    (a, b), (c, d) = line.cells
    title = text[c:d].strip()
    words = _WORDS.findall(title)
    if _SECTION_NUMBER.fullmatch(text[a:b].strip()) and title[:1].isupper() and 0 < len(words) <= 10 \
            and not title.endswith((".", ";", ",")):
        return text[a:b].strip().rstrip("."), c, title.rstrip(":")
    return None


def _single_pipe_rows(lines: list[Line]) -> None:
    """A two-column pipe table written without outer pipes ("Street Pastors | £9,000"): one pipe a line reads as
    a row only where two or more such lines run together (a lone "Home | About" is a page's furniture)."""
    run: list[Line] = []
    padded = [*lines, Line(0, 0, "", "blank")]
    for i, line in enumerate(padded):
        if line.kind != "row" and _one_pipe(line.text):
            run.append(line)
            continue
        # one such line among two-cell rows ("Reporting to | the Board" between "Chair\t| Jo Lee" and "Meets\t|
        # monthly", whose wider labels the cleaner padded with tabs) is a row of that table
        among_rows = any(len(x.cells) == 2 for x in (padded[i - len(run) - 1] if i > len(run) else None, line)
                         if x is not None and x.kind == "row")
        if len(run) >= 2 or run and among_rows:
            for row in run:
                row.kind, row.number, row.label, row.value_start = "row", None, None, None
                row.content_start = row.start
                row.cells = tuple(_cells(row.text, row.start))
        run = []


def _one_pipe(text: str) -> bool:
    left, bar, right = text.partition("|")
    return bool(bar) and "|" not in right and bool(left.strip()) and bool(right.strip())
