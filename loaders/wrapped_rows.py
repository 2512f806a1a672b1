"""Table rows whose cells a narrow column wrapped onto the next line, joined back into one row.

A council's table is often set in columns too narrow for its names: a text layer or a plain-text export then
writes one row on two or three lines, the overflow of each cell under its own column:

    | NHS Kent and Medway Integrated Care | Head of Safeguarding |
    | Board                               |                      |

    Anti-Social Behaviour and Neighbourhoods   Head of Community Safety, Luton    monthly
    Group                                      Borough Council

Read line by line, "Board" would be a member and "Group" a sub-group of its own. The cleaner joins such lines
before any reading, so every table rule sees the whole cell ("NHS Kent and Medway Integrated Care Board").

Two forms are joined:
- a box-drawn table that rules off every row ("+----+----+" or "|----|----|" between rows): the lines between two
  rules are one row, whatever they hold;
- a line under a row that fills only some of the row's columns, each with a fragment that cannot stand as an
  entry of its own: it starts in lower case or closes a bracket, the cell above it is unfinished ("Safe Durham",
  "Director of"), or it is one word ("Board", "Safety (Chair)"). A line that fills a column the row left empty,
  or carries an amount, is a row of its own (a group's next member, a total).

Columns are found by position in the raw line (a run of two or more spaces or a tab separates cells), or by the
pipes of a pipe table, so that a fragment joins the cell it sits under.
"""

from __future__ import annotations

import re

from .layout import is_rule_line, total_label

_SPACED_CELL = re.compile(r"\S+(?: \S+)*")
_BRACKETED = re.compile(r"\([^()]*\)")
# a cell cut off mid-phrase: a small word, a joining mark, or a colon that opens what follows ("Core grant:")
_UNFINISHED = re.compile(r"(?:\b(?:and|of|for|the|to|in|on|with|at|by)|[&,/:–-])$")
# a name cut on a small word that needs more after it ("Office of the West Midlands Police and"): never a rule
# (four words at least: "Reporting to", "Accountable to" are a field's labels, whole)
_CUT_ON_WORD = re.compile(r"[A-Z][^|\s]*(?:\s+[^|\s]+){2,}\s(?:and|of|for|the|to|in|on|with|at|by|&)$")
_MARK = re.compile(r"[-–*•·o]|\(?\w{1,3}[.)]")  # a bullet or an item's number set apart from its text
# a sum of money; a year is none ("2024/25", "Strategy 2024-27", "31 March 2025" in a period's or a title's cell
# wraps like any text, and read as a sum it would make the line under a row a row of its own)
_AMOUNT = re.compile(r"£|\b(?!(?:19|20)\d\d\b(?!,\d))\d[\d,]{2,}\b")
_NUMBERED = re.compile(r"\(?\d{1,2}[.)]\s")  # "2. Ending violence ...": a numbered row's first cell
_NOTE_ONLY = re.compile(r"\([^()]{2,30}\)")  # "(Chair)", "(Vice-Chair)", "(substitute)": a note on the cell above

Cell = tuple[int, str]  # (column: a pipe slot's index or the cell's character offset, text)


def _join_open_pipe_rows(lines: list[str]) -> list[str]:
    """ "| Jo Lee (Chair) | Cabinet Member for Community Safety and Public" / "Protection, Brent Council |": a pipe
    row left open, its last cell running on to a line that closes it, is one row."""
    out: list[str] = []
    for line in lines:
        stripped = line.strip()
        if out and stripped.endswith("|") and not stripped.startswith("|") and stripped.count("|") == 1:
            last = out[-1].strip()
            if last.startswith("|") and not last.endswith("|") and last.count("|") >= 2:
                out[-1] = out[-1].rstrip() + " " + stripped
                continue
        out.append(line)
    return out


# "|  Chair:        Cllr Jo Lee, Cabinet Member for    |": a labelled line of a record drawn in a box, its value
# set in a column after the label
_BOXED_FIELD = re.compile(r"^(\s*\|\s*[A-Z][A-Za-z ,'’&/()-]{0,40}:\s{2,})(\S.*?)\s*\|\s*$")
_BOXED_LINE = re.compile(r"^(\s*\|\s*)(\S[^|]*?)\s*\|\s*$")


def _join_boxed_values(lines: list[str]) -> list[str]:
    """A record in a box ("|  Chair:   Cllr Jo Lee, Cabinet Member for  |" over "|           Housing and
    Community Safety  |"): a boxed line with no label, its text set under the value above, carries that value on."""
    out: list[str] = []
    value_at = -1  # where the value of the last boxed field starts, while its lines run on
    for line in lines:
        field = _BOXED_FIELD.match(line)
        plain = _BOXED_LINE.match(line) if field is None else None
        if plain is not None and value_at >= 0 and abs(len(plain.group(1)) - value_at) <= 2:
            head = _BOXED_FIELD.match(out[-1])
            if head is not None:
                out[-1] = f"{head.group(1)}{head.group(2)} {plain.group(2)} |"
                continue
        out.append(line)
        value_at = len(field.group(1)) if field is not None else -1
    return out


# a leader between two texts, the gap of two columns drawn: dots ("Aberystwyth University ....... Dr Ann Lee"),
# spaced dots (". . . ."), middle dots, ellipsis characters ("……", a word processor's autocorrected dots) or a rule
# of underscores; a single ellipsis is a sentence's, never a leader
_LEADER_MARK = ".…·_"
_LEADER = re.compile(r"(?<=[^\s" + _LEADER_MARK + r"])[ \t]*(?:(?:[.·][ ]?){3,}[.·]|…(?:[ ]?[….])+|_{4,})[ \t]*"
                     r"(?=[^\s" + _LEADER_MARK + r"])")


def _may_lead(line: str) -> bool:
    return ".." in line or ". ." in line or "·" in line or "…" in line or "____" in line


# " ... " between two texts: three dots, a leader cut short by a long name ("Counter Terrorism Policing North
# East (CTP NE) ... Police Channel Practitioner"); read as one only among lines that draw full leaders
_SHORT_LEADER = re.compile(r"(?<=[^\s.])[ \t]+(?:\.\.\.|…)[ \t]+(?=[A-Z])")


def _leaders_as_gaps(lines: list[str]) -> tuple[list[str], list[bool]]:
    """LINES with each dot leader written as the spaces it stands for (the columns keep their places), and which
    lines had one."""
    # every leader holds "..", ". .", "·", "…" or "____": a line with none (most) is not searched, the pattern's
    # look-behind being tried at each of its characters
    led = [_LEADER.search(line) is not None if _may_lead(line) else False for line in lines]
    out = [_LEADER.sub(lambda m: " " * max(2, len(m.group(0))), line) if has else line
           for line, has in zip(lines, led, strict=True)]
    start = 0  # the first line of the block of unbroken lines that line I belongs to
    for i, line in enumerate(lines):
        if not line.strip():
            start = i + 1
            continue
        if led[i] or not _SHORT_LEADER.search(line):
            continue
        end = next((k for k in range(i, len(lines)) if not lines[k].strip()), len(lines))
        if any(led[start:end]):
            out[i] = _SHORT_LEADER.sub(lambda m: " " * max(2, len(m.group(0))), line)
            led[i] = True
    return out, led


# "------------ --------- -------": a spaced table's header rule, one dash run a column
_DASHED_COLUMNS = re.compile(r"\s*-{3,}(?: {1,2}-{3,})+\s*")


def _gaps_at_rule_columns(lines: list[str]) -> list[str]:
    """LINES with a column's gap widened where a cell fills its column to one space before the next ("youth
    diversion West Norfolk Youth" under "------- -------"): the dashed rule under a spaced table's header says where
    each column starts, the strongest word on its columns. The space taken is given back from the next wide gap,
    so every cell after it keeps its place."""
    out: list[str] = []
    starts: list[int] = []
    for line in lines:
        if _DASHED_COLUMNS.fullmatch(line):
            starts = [m.start() for m in re.finditer(r"-{3,}", line)][1:]
        elif not line.strip() or "|" in line:
            starts = []
        else:
            for k in reversed(starts):
                if 1 < k < len(line) and line[k - 1] == " " and line[k - 2] != " " and line[k] != " ":
                    wide = line.find("   ", k)
                    line = line[: k - 1] + " " + line[k - 1 :] if wide < 0 else \
                        line[: k - 1] + " " + line[k - 1 : wide] + line[wide + 1 :]
        out.append(line)
    return out


def join_wrapped_rows(lines: list[str]) -> list[str]:
    """LINES (raw, before column cleaning) with every wrapped table row written on one line."""
    lines = _gaps_at_rule_columns(lines)
    lines, led = _leaders_as_gaps(_join_ruled_rows(_join_open_pipe_rows(_join_boxed_values(lines))))
    split = [_cells(line) for line in lines]  # each line's cells, found once
    _open_table_cells(lines, split)
    out: list[str] = []
    row: list[Cell] | None = None  # the cells of the last line, when it is a row of two or more cells
    row_line: str | None = None  # the raw line that row started on
    piped = False
    head: list[str] | None = None  # the cells of the current table's first line
    for i, line in enumerate(lines):
        cells = split[i]
        if piped and row_line is not None and not row_line.lstrip().startswith("|") and \
                line.lstrip().startswith("|") and line.count("|") == row_line.count("|"):
            # "G23-01  | Northdale Borough  | ..." over "        |   Council         | ...": a table with no outer
            # pipes whose wrapped line leaves its first column blank; its slots are the row's slots, the blank
            # first one included (read as an outer pipe, every piece would sit one column left)
            cells = [(k, s.strip()) for k, s in enumerate(line.split("|"))]
        # a plain line under a row goes on with it only inside the table: a row follows it (a heading or a
        # note after a table's last row is never its overflow)
        inside = piped or (i + 1 < len(lines) and len(split[i + 1]) >= 2) or (
            row is not None and (_hanging(row, cells, piped) or _first_column_empty(row, cells, piped) or
                                 _ruled_off(lines, i) or _row_after_overflow(split, i, row) or
                                 _name_ends(row, cells, piped)))
        texts = [c for _, c in cells if c]
        # "| | Total | £24,600": the sum of the rows above is a row of its own, never one's overflow; so are the
        # table's column names set again on top of a new page, and a rule under a column ("| | -------")
        own = any(total_label(c) for c in texts) or len(texts) > 1 and texts == head or is_rule_line(line)
        if own:
            row = None
        if row is not None and _last_cell_hangs(row, cells, piped):
            row = [*row[:-1], (row[-1][0], f"{row[-1][1]} {cells[0][1]}")]
            out[-1] = _written(row, piped)
            continue
        if row is not None and cells and _post_under_name(row, cells, piped, "|" in line):
            # "| Jo Lee (Chair) | Eastvale Council |" over "| Cabinet Member for Housing | |": the person's post,
            # set on the cell's second line; joined after a comma, as a post is written after a name
            row = [(row[0][0], f"{row[0][1]}, {_pairs(row, cells, piped)[0][1]}"), *row[1:]]
            out[-1] = _written(row, piped)
            continue
        if row is not None and cells and _second_post(row, cells, piped, _room(lines, split, i, row, cells, piped)):
            # "Northdale Council   Head of Housing Services" over "                   Cabinet Member for Housing":
            # the organisation's second seat, kept in its row apart from the first, not run into one post
            row = [(pos, f"{r}; {c}" if c else r) for (pos, r), (_, c) in zip(row, _pairs(row, cells, piped) or [],
                                                                            strict=True)]
            out[-1] = _written(row, piped)
            continue
        if row is not None and cells and not piped and (_first_column_empty(row, cells, piped) or (
                _BRACKETED.fullmatch(cells[0][1].strip()) and len(cells) > 1)) and \
                _names_first(lines, split, i) and _pairs(row, cells, piped) is not None and \
                all(r for r, c in _pairs(row, cells, piped) or [] if c) and not _AMOUNT.search(line):
            # "Name | Role | Organisation": every entry opens on its name, so a line with none (or with a bracket
            # alone where the name goes: "(Chair)") is the row above's cells run on ("Assistant Director,
            # Community" over "Safety and Regulatory Services")
            row = _merged(row, cells, piped)
            out[-1] = _written(row, piped)
            continue
        if row is not None and piped and _piped_name_overflow(row, cells, line) and _names_first(lines, split, i):
            # "| Tariq Lee | Designated Nurse, Safeguarding | NHS Lancashire and South |" over "| | Children |
            # Cumbria Integrated |": in a table whose every entry opens on its name, a line with no name is the row
            # above run on, whatever its pieces look like
            row = _merged(row, cells, piped)
            out[-1] = _written(row, piped)
            continue
        set_in = piped and row_line is not None and _piped_set_in(row_line, line)
        if row is not None and cells and (inside or _money_overflow(row, cells, piped, "|" in line)) and (
                _continues(row, cells, piped, "|" in line, set_in) or _money_overflow(row, cells, piped, "|" in line)
                or (_piped_cut_by_width(row, cells, lines, i, _names_first(lines, split, i)) if piped
                    else _cut_by_width(row, cells, split, i))
                or (not piped and _first_cut_by_width(row, cells))):
            row = _merged(row, cells, piped)
            out[-1] = _written(row, piped)
            continue
        if row is None and out and _field_overflow(out[-1], cells, line):
            out[-1] = f"{out[-1].rstrip()} {cells[0][1]}"  # "Cabinet Member:   Cllr Jo Lee - Cabinet Member for"
            continue
        held = _held_first_cell(lines, split, i, led) if row is None and "|" not in line and not own else None
        if held is not None:
            cells = [(cells[0][0], f"{held} {cells[0][1]}"), *cells[1:]]
            out[-1] = _written(cells, False)  # the line above held the first cell's start
        else:
            out.append(line)
        piped = "|" in line
        if not is_rule_line(line):
            # the first line of a table: its column names, if it has them (kept until the table ends)
            head = (head or [c for _, c in cells if c]) if _table_row(cells) else None
        row = cells if _table_row(cells) and not is_rule_line(line) else None
        row_line = line if row is not None else None
    return out


def _piped_name_overflow(row: list[Cell], cells: list[Cell], line: str) -> bool:
    """CELLS, a pipe line under ROW, leave the first (name) slot empty and put text only under cells ROW filled,
    with no sum of money: the shape of a row's overflow (the table's first column being names, see
    _names_first)."""
    if len(cells) != len(row) or cells[0][1].strip() or _AMOUNT.search(line):
        return False
    filled = [(r, c) for (_, r), (_, c) in zip(row, cells, strict=True) if c.strip()]
    return bool(filled) and all(r.strip() for r, _ in filled)


def _name_ends(row: list[Cell], cells: list[Cell], piped: bool) -> bool:
    """A line under a table's last row that can only end that row's cells: its first-column piece ends the
    organisation's name above ("Northdale Association of Voluntary" / "Organisations (NAVO)", "NHS Greater
    Northdale" / "Integrated Care"), and every other piece runs on from a cell left unfinished ("Deputy Place Lead
    for" / "Northdale, Jo Lee"). Without a row after it, only such a line is the table's; a note under it is not."""
    pairs = _pairs(row, cells, piped)
    if not pairs or not pairs[0][0] or not pairs[0][1] or any(_AMOUNT.search(c) for _, c in pairs):
        return False
    first, text = pairs[0]
    words = _BRACKETED.sub("", text).split()
    tail = _name_tail(first, text, alone=True) or (
        len(words) >= 1 and text.split()[0] not in _TAIL_OPENERS and text.strip() != _BRACKETED.sub("", text).strip()
        and len(words) == 1 and words[0] in _body_heads()) or (
        len(words) >= 2 and words[0] in _TAIL_OPENERS and all(w in _NAME_TAIL_WORDS for w in words))
    return tail and all(_UNFINISHED.search(r) is not None for r, c in pairs[1:] if c)


def _body_heads() -> frozenset[str]:
    from .lexicon import heads  # the word lists load once, on first use

    return frozenset(heads().body)


def _row_after_overflow(split: list[list[Cell]], i: int, row: list[Cell]) -> bool:
    """A row of the table follows line I once the lines under it that leave the first column empty are passed
    ("Eastmoor Metropolitan Borough   Director of Public Health; Service" / "Council   Director, Safer Eastmoor;" /
    "                      Director, Children's Services" / "Eastmoor Police   ..."): line I is inside the table
    though the line straight after it is one cell, the second column's overflow."""
    if len(split[i]) < 2:
        return False
    k = i + 1
    while k < len(split) and k - i <= 3 and len(split[k]) == 1 and split[k][0][0] >= row[1][0] - 2 and \
            len(split[k][0][1].split()) <= 8:  # a cell's few words, not a paragraph set in under a numbered row
        k += 1
    return k > i + 1 and k < len(split) and len(split[k]) >= 2


def _second_post(row: list[Cell], cells: list[Cell], piped: bool, room: int = 0) -> bool:
    """A line that leaves the first column empty and writes under a cell that holds a whole post ("Head of Housing
    Services") another post, opening as posts do ("Cabinet Member for Housing"): the row's organisation fills a
    second seat, not a post too long for its column. (A cell that ends unfinished, "Head of Planning and", runs on.)"""
    if not (cells[0][1] == "" and len(cells) == len(row) if piped else _first_column_empty(row, cells, piped)):
        return False
    pairs = _pairs(row, cells, piped)
    if pairs is None:
        return False
    filled = [(r, c) for r, c in pairs if c]
    if len(filled) != 1:
        return False
    above, under = filled[0]
    # a seat the line above ended though the column (ROOM wide) had room for the next word: a bare rank under it
    # ("Head of Children's Services" over "Youth Justice Service Manager") is a seat of its own, as it is under a
    # seat a note closed ("(Chair)"); a cell cut by the column's width runs on
    last = above.split("; ")[-1]
    # (a cell that already holds two seats lists seats: each whole rank under it is one more)
    closed = above.endswith(")") or "; " in above
    finished = closed or (0 < room and len(last) + 1 + len(under.split()[0]) <= room and
                                       _opens_post(last) and not _UNFINISHED.search(last))
    return bool(above) and not _UNFINISHED.search(above) and above.count("(") == above.count(")") and \
        _opens_post(last, finished_above=closed) and len(under.split()) >= 3 and (
            _opens_post(under, finished_above=finished) or _labelled_alike(last, under))


def _room(lines: list[str], split: list[list[Cell]], i: int, row: list[Cell], cells: list[Cell], piped: bool) -> int:
    """How wide the column is that line I fills first after an empty first column (0 when unknown): the widest text
    written there, or, in a pipe table, the slot's width (an open last slot's, see _open_slot_room)."""
    if not piped:
        return _widest(split, i, cells[0][0])
    k = next((n for n, (_, c) in enumerate(cells) if c), None)
    slots = _line_slots(lines[i], len(row), False)
    if k is None or slots is None:
        return 0
    if k == len(slots) - 1 and not lines[i].rstrip().endswith("|"):
        return _open_slot_room(lines, i, k)
    return len(slots[k]) - 2


def _labelled_alike(above: str, under: str) -> bool:
    """ "Adult Social Care - Head of Safeguarding Adults" over "Learning and Early Support - Education Safeguarding":
    each seat named by its service, a dash, then the post; the second opens as the first did, a seat of its own."""
    first, second = _DASH.search(above), _DASH.search(under)
    return first is not None and second is not None and under[:1].isupper() and \
        0 < len(under[: second.start()].split()) <= 5 and 0 < len(above[: first.start()].split()) <= 5


_NOTE_AT_END = re.compile(r"\s*\([^()]{2,40}\)$")
_DASH = re.compile(r" [-–] ")


def _opens_post(text: str, finished_above: bool = False) -> bool:
    """TEXT opens as a post's title does: "Head of ...", "Director for ...", or a rank whose words up to a comma
    or a dash end in a post's head ("Executive Director, Neighbourhood Services", "Service Director - Communities
    and Access Services"), or a post set after its service's name and a dash ("Adult Social Care - Head of
    Safeguarding Adults"). A bare rank ("Prevent Co-ordinator") counts only under a seat that a note closed
    (FINISHED_ABOVE: "(Chair)"), where it cannot be the cell above run on."""
    from .lexicon import heads

    text = _NOTE_AT_END.sub("", text)  # "Prevent Co-ordinator (Panel administration)": a note on the seat
    if heads().post_leading_re.match(text):
        return True
    for rank, sep, rest in (text.partition(","), *(
            (text[: m.start()], m.group(0), text[m.end() :]) for m in _DASH.finditer(text))):
        if sep and _is_rank(rank):
            return True
        if sep.strip() in "-–" and sep and (heads().post_leading_re.match(rest) or _is_rank(rest.partition(",")[0])):
            return True
    return finished_above and _is_rank(text, joined=True)


# the small words a rank's title may join its capitalised words with ("Community Safety and Prevent Officer")
_RANK_JOINS = frozenset({"and", "of", "for", "&"})


def _is_rank(text: str, joined: bool = False) -> bool:
    """TEXT is a short title in capitals ending in a post's head: "Senior Probation Officer", "Service Manager";
    JOINED (under a seat a note closed, where nothing runs on): up to six words, small joining words among them."""
    from .lexicon import heads

    words = text.split()
    most = 6 if joined else 4
    return 1 < len(words) <= most and words[-1] in heads().post_trailing and \
        all(w[:1].isupper() or joined and w in _RANK_JOINS for w in words)


def _last_cell_hangs(row: list[Cell], cells: list[Cell], piped: bool) -> bool:
    """ "Domestic Abuse Board      - chair: Director of" over "   Adult Social Care (Jo Lee)": one piece set in a
    few places under the row's first column, after a row whose first cell is whole and whose last cell is cut off
    ("Director of", "Detective"): the last cell went on at the page's width, in a hanging indent. A line under the
    first column's own start is that cell's overflow (read by _continues)."""
    if piped or len(cells) != 1 or len(row) < 2 or _NUMBERED.match(row[0][1]) or _AMOUNT.search(cells[0][1]):
        return False
    if not row[0][0] + 2 <= cells[0][0] <= row[0][0] + 8 or cells[0][0] >= row[1][0] - 2:
        return False
    last = row[-1][1]
    return not _UNFINISHED.search(row[0][1]) and (_UNFINISHED.search(last) is not None or _CUT_TITLE.search(last)
                                                  is not None)


# a rank or title a line ended on before the name it goes with: "- chair: Detective" / "Chief Inspector Jo Lee"
_CUT_TITLE = re.compile(r"\b(?:Detective|Chief|Assistant|Deputy|Director|Head|Councillor|Cllr|Dr|Inspector|"
                        r"Superintendent|Chair|chair)\s*:?$")


def _piped_set_in(row_line: str, line: str) -> bool:
    """A pipe table's line whose every filled slot is set in further than the same slot of the row above it
    ("| Office of the Police and Crime |" over "|   Commissioner for Cleveland |"): a hanging indent, the overflow
    of the cells above."""
    above, under = row_line.strip().split("|"), line.strip().split("|")
    if len(above) != len(under):
        return False
    filled = [(a, u) for a, u in zip(above, under, strict=True) if u.strip()]
    return bool(filled) and all(a.strip() and len(u) - len(u.lstrip()) >= len(a) - len(a.lstrip()) + 2
                                for a, u in filled)


def _field_overflow(above: str, cells: list[Cell], line: str) -> bool:
    """A line set under the value of the "Label:   value" line above it, holding the value's last words
    ("Cabinet Member:   Cllr Jo Lee - Cabinet Member for Housing and" over "Community Safety")."""
    if len(cells) != 1 or "|" in line or "|" in above or ":" not in above:
        return False  # (a label's colon is in ABOVE itself: its cells are its own characters, tabs widened)
    field = _cells(above)
    if len(field) != 2 or not field[0][1].endswith(":") or len(field[0][1]) > 40 or field[0][0] > 8:
        return False
    return abs(cells[0][0] - field[1][0]) <= 1 and not cells[0][1].endswith(":") and (
        _fragment(field[1][1], cells[0][1]) or _listed_on(field[1][1]))


def _listed_on(value: str) -> bool:
    """A field's value that lists names ("Links to:  Safer Eastvale Partnership; Eastvale") and stops with no
    separator: its last name runs on to the line set under it ("Safeguarding Children Board"). A value that lists
    nothing ("Members:  Ann Lee" over "Bo Hart") may be a column of entries, and is left alone."""
    return bool(re.search(r"[;,]\s", value)) and not value.rstrip().endswith((";", ",", ".", ":"))


def _held_first_cell(lines: list[str], split: list[list[Cell]], i: int, led: list[bool]) -> str | None:
    """The start of row I's first cell, set on the line above it with the rest of the row left empty (a cell
    aligned to its row's foot: "Avon and Somerset Police and Crime" over "Commissioner    £5,000"), inside a
    table: a row of the same columns comes before it. In a list whose rows draw dot leaders, a line with none
    between two rows that have one is the start of the next row's first cell, whatever its words."""
    cells = split[i]
    if i < 2 or len(cells) < 2 or not _table_row(cells):
        return None
    above, before = split[i - 1], split[i - 2]
    if len(above) != 1 or "|" in lines[i - 1] or is_rule_line(lines[i - 1]) or _AMOUNT.search(above[0][1]) or \
            len(above[0][1]) > 70 or \
            len(before) != len(cells) or not (_table_row(before) or led[i - 2]):
        return None  # a line of prose cut short is no cell's start
    if not (abs(above[0][0] - cells[0][0]) <= 2 and abs(before[0][0] - cells[0][0]) <= 2):
        return None
    leader_cut = led[i] and led[i - 2] and not led[i - 1]
    return above[0][1] if leader_cut or _fragment(above[0][1], cells[0][1]) else None


def _table_row(cells: list[Cell]) -> bool:
    """Cells of a table's row, not a bullet ("-  The Panel ..."), a field ("Equality:  None") or prose that a
    converter spaced out."""
    texts = [t for _, t in cells if t]
    return len(cells) >= 2 and bool(texts) and all(len(t) <= 70 for t in texts) and \
        bool(cells[0][1]) and not _MARK.fullmatch(cells[0][1]) and not cells[0][1].endswith(":")


_ROW_NUMBER = re.compile(r"\(?\d{1,3}[.)]?")  # a row's own number in the first column: "1", "2.", "(3)"


def _join_ruled_rows(lines: list[str]) -> list[str]:
    """A box table that rules off each row: the lines between two rules are one row."""
    rules = [i for i, line in enumerate(lines) if ("|" in line or line.lstrip().startswith("+")) and is_rule_line(line)]
    out = list(lines)
    spans = []
    for a, b in zip(rules, rules[1:], strict=False):
        body = lines[a + 1 : b]
        if body and all(line.lstrip().startswith("|") for line in body):
            spans.append((a + 1, b))
    # a table ruled only under its header is not ruled per row: the header and two rows, each between rules
    if len(spans) < 3:
        return out
    for a, b in reversed([(a, b) for a, b in spans if b - a >= 2]):
        cells = _pipe_cells(lines[a])
        if any(len(_pipe_cells(line)) != len(cells) for line in lines[a + 1 : b]):
            continue
        if sum(1 for line in lines[a:b] if _ROW_NUMBER.fullmatch(_pipe_cells(line)[0][1].strip())) >= 2:
            continue  # "| 1 | Bury Council ... |" ... "| 2 | Rochdale ... |": numbered rows ruled off only as a block
        for line in lines[a + 1 : b]:
            cells = _merged(cells, _pipe_cells(line), True)
        out[a:b] = [_written(cells, True)]
    return out


def _open_table_cells(lines: list[str], split: list[list[Cell]]) -> None:
    """ "| Office of the Police and | Partnerships Manager" over "| Crime Commissioner |": in a pipe table whose
    rows leave their last cell open, a closing pipe parts a cell from the empty one after it, as any pipe does."""
    for i, line in enumerate(lines):
        stripped = line.strip()
        if not (stripped.startswith("|") and stripped.endswith("|")) or is_rule_line(line) or i == 0:
            continue
        above = lines[i - 1].strip()
        if above.startswith("|") and not above.endswith("|") and not is_rule_line(above):
            slots = stripped.split("|")[1:]
            if len(slots) == len(split[i - 1]):
                split[i] = [(k, slot.strip()) for k, slot in enumerate(slots)]


def _cells(line: str) -> list[Cell]:
    if "|" in line:
        return [] if is_rule_line(line) else _pipe_cells(line)
    return [(m.start(), m.group(0)) for m in _SPACED_CELL.finditer(_spaced(line))]


def _spaced(line: str) -> str:
    """LINE with each tab widened to the next tab stop, and to two spaces at least (a tab always parts cells)."""
    if "\t" not in line:
        return line
    out: list[str] = []
    width = 0
    for ch in line:
        if ch == "\t":
            pad = max(2, 8 - width % 8)
            out.append(" " * pad)
            width += pad
        else:
            out.append(ch)
            width += 1
    return "".join(out)


def _pipe_cells(line: str) -> list[Cell]:
    slots = line.strip().split("|")
    if line.lstrip().startswith("|"):
        # outer pipes: "| a | b |" has two cells; without them a last empty slot is an empty last cell
        slots = slots[1:-1] if len(slots) > 2 and not slots[-1].strip() else slots[1:]
    return [(i, s.strip()) for i, s in enumerate(slots)]


def _continues(row: list[Cell], cells: list[Cell], piped: bool, line_piped: bool, set_in: bool = False) -> bool:
    """Whether CELLS (a line under ROW) hold only the overflow of some of ROW's cells (SET_IN: a pipe table's line
    set in under them, see _piped_set_in)."""
    if piped != line_piped:
        return False
    pairs = _pairs(row, cells, piped)
    if pairs is None:
        return False
    filled = [(r, c) for r, c in pairs if c]
    full = bool(filled) and len(filled) >= sum(1 for _, t in row if t) and not _hanging(row, cells, piped)
    if full and _CUT_ON_WORD.search(pairs[0][0]) and pairs[0][1][:1].isalpha() and \
            not any(_AMOUNT.search(c) for _, c in filled):
        # "| Office of the West Midlands Police and | Partnerships and Commissioning |" over "| Crime Commissioner |
        # Manager |": a first cell cut on a word that needs more ("and", "of") starts no row of its own below it,
        # so the line under it is the whole row run on, every cell
        return True
    if full and _NOTE_ONLY.fullmatch(pairs[0][1]) and pairs[0][0] and \
            not any(_AMOUNT.search(c) for _, c in filled):
        # "(Chair)   and Neighbourhood Working   Borough Council" under a member's row: a row's first cell is never
        # a bracketed note alone, so the line is the overflow of every cell above it
        return True
    if full and piped and any(_lone_head(c) for _, c in filled) and \
            not any(_AMOUNT.search(c) or _section_label(c) for _, c in filled) and \
            all(r and _fragment(r, c) for r, c in filled):
        # "| Det Supt Helen | Safeguarding Lead, South East Basic | Metropolitan Police |" over "| Carradine
        # (Vice-Chair) | Command Unit | Service |": a cell holding only a head that needs words before it
        # ("Service", "Board") cannot start an entry, so the whole line is the row above wrapped, every cell
        return True
    if full and pairs[0][1] and _name_tail(pairs[0][0], pairs[0][1]) and \
            not any(_AMOUNT.search(c) for _, c in filled) and \
            (not piped or all(r and _fragment(r, c) for r, c in filled[1:])):
        # (in a pipe table, where each line is a row, the other cells must read as overflow too: "Police" under
        # "Local authority" in a "Sector" column starts a row of its own)
        # "NHS North East and North Cumbria   Head of Mental Health and" over "Integrated Care Board   Disabilities
        # Commissioning": a first cell that is only the end of the organisation's name above starts no row, so
        # every piece of the line goes on with the cell above it
        return True
    if not filled or full and not _set_in_first(row, cells, piped) and \
            not all(_plain_overflow(r, c) for r, c in filled):
        return False  # a full row of its own
    if any(not r or _AMOUNT.search(_BRACKETED.sub("", c)) for r, c in filled):
        return False  # (a sum in brackets, "(£48,000 a year)", is a note on the text above, not the line's amount)
    indents = [set_in] * len(filled) if piped else _indents(row, cells, piped)
    fragments = [_fragment(r, c, indent) for (r, c), indent in zip(filled, indents, strict=True)]
    if full:
        return all(fragments)  # every cell of a full line set in under the row must read as overflow
    if not pairs[0][1] and not all(fragments) and _name_tail_under(filled, fragments):
        return True
    # the first column's overflow makes the line a wrap (a group's next member leaves the first column empty);
    # without it, every piece must read as overflow
    return fragments[0] if pairs[0][1] else all(fragments)


def _money_overflow(row: list[Cell], cells: list[Cell], piped: bool, line_piped: bool) -> bool:
    """A line under a row of a money table that goes on with two or more of the row's text cells and leaves its sums'
    column empty ("Eastvale Rape and Sexual Abuse      Independent sexual violence     £33,000" over "Support Centre
    advisers"): every row of such a table has its sum, so a line with none, under the row's named cells only, is
    the rest of their text. A line with one piece may be a section's title, and is left to _continues."""
    if piped != line_piped or not any(_AMOUNT.search(t) for _, t in row) or \
            any(_AMOUNT.search(_BRACKETED.sub("", t)) for _, t in cells):
        return False
    pairs = _pairs(row, cells, piped)
    if pairs is None:
        return False
    filled = [(r, c) for r, c in pairs if c]
    # "Boston Borough Council | Contribution to the Community | £12,000" over "| Safety Team |": one short piece
    # under a later text cell, the first column left empty, is that cell run on (a section's title sits in the
    # first column; a note after the table is a sentence)
    lone = len(filled) == 1 and pairs[0][0] and not pairs[0][1] and len(filled[0][1].split()) <= 4 and \
        not filled[0][1].rstrip().endswith(".")
    return (len(filled) >= 2 or lone) and all(r and not _AMOUNT.search(r) for r, c in filled) and \
        all(not c for r, c in pairs if _AMOUNT.search(r))


_JOINED_NAME = re.compile(r"\s(?:and|of|for|&)\s")
_NAME_START = re.compile(r"(?:(?:Cllr|Councillor|Mr|Mrs|Ms|Miss|Dr|Prof|Supt|Insp|DCI|DI|DS|Ch Insp|Ch Supt)\.?\s+)?"
                         r"[A-Z][a-z'’-]+(?:\s+[A-Z]\.?)*\s+[A-Z][a-zA-Z'’-]+")


def _post_under_name(row: list[Cell], cells: list[Cell], piped: bool, line_piped: bool) -> bool:
    """A line under a row of a person and their organisation that fills only the first column, with a post's
    title ("Cabinet Member for Communities", "Chief Inspector"): the person's post, on the cell's second line."""
    from .lexicon import heads  # the word lists load once, on first use
    from .mentions import looks_like_person

    if piped != line_piped or len(row) < 2 or not all(t for _, t in row):
        return False
    pairs = _pairs(row, cells, piped)
    if pairs is None or not pairs[0][1] or any(c for _, c in pairs[1:]):
        return False
    text, above = pairs[0][1], row[0][1]
    if _section_label(text) or _AMOUNT.search(text) or len(text.split()) > 10 or "," in above or \
            not _NAME_START.match(above) or looks_like_person(text.split()):
        return False
    if _JOINED_NAME.search(_BRACKETED.sub("", above)) or _UNFINISHED.search(above) or \
            re.match(r"(?:and|of|for|&)\s", text):
        # "Westshire Police and Crime" over "Commissioner": a person's name has no joining word, so the cell
        # above is an office's or a body's name cut by the column, and the line ends it (no post after a comma);
        # so does a cell cut on its joining word ("Westshire Police and" over "Crime Commissioner") or a line
        # that opens on one ("Westshire Police" over "and Crime Commissioner")
        return False
    h = heads()
    return h.post_leading_re.match(text) is not None or text.split()[-1] in h.post_trailing or \
        " ".join(text.split()[-2:]) in h.post_trailing


def _set_in_first(row: list[Cell], cells: list[Cell], piped: bool) -> bool:
    """A space-aligned table's line whose first piece is set in under the first column's start ("  Eastbourne
    Community Safety" over "    Partnership   district   (Borough Council)"): a hanging indent, as a pipe table's
    (see _piped_set_in), so the line may fill every column and still be the overflow of the row above."""
    return not piped and bool(cells) and _indents(row, cells[:1], piped) == [True]


def _pairs(row: list[Cell], cells: list[Cell], piped: bool) -> list[tuple[str, str]] | None:
    """(the row's cell text, the text under it) per column of ROW; None when CELLS do not sit in ROW's columns."""
    if piped:
        if len(cells) != len(row):
            return None
        return [(r[1], c[1]) for r, c in zip(row, cells, strict=True)]
    under = [""] * len(row)
    col = -1
    for pos, text in cells:  # both in column order: one pass over each (a hostile line has many cells)
        while col + 1 < len(row) and row[col + 1][0] <= pos + 2:
            col += 1
        nxt = row[col + 1][0] if col + 1 < len(row) else None
        if col < 0 or under[col] or (nxt is not None and pos + len(text) > nxt + 2):
            return None  # before the first column, two pieces in one column, or running over the next
        under[col] = text
    return [(row[i][1], under[i]) for i in range(len(row))]


def _indents(row: list[Cell], cells: list[Cell], piped: bool) -> list[bool]:
    """Per filled cell of CELLS, whether it is set in under the first column (a hanging indent)."""
    first = row[0][0]
    return [not piped and first + 2 <= pos <= first + 8 for pos, text in cells if text]


def _ruled_off(lines: list[str], i: int) -> bool:
    """Line I is followed by a rule ("-------" over a table's total, or under its last row): it is still inside the
    table, the last row's overflow if it reads as one."""
    return i + 1 < len(lines) and len(lines[i + 1].strip()) >= 10 and is_rule_line(lines[i + 1])


def _first_column_empty(row: list[Cell], cells: list[Cell], piped: bool) -> bool:
    """A line under a table's last row that leaves the first column empty (a note after a table starts at the
    margin): it may be that row's overflow, if every piece reads as one (see _continues)."""
    return not piped and bool(cells) and cells[0][0] > row[0][0] + 8


def _cut_by_width(row: list[Cell], cells: list[Cell], split: list[list[Cell]], i: int) -> bool:
    """A line that leaves the first column empty and puts under each of some of ROW's later cells the words that
    did not fit there: the cell above with the next word would have been wider than anything written in that
    column ("Head of Wrexham and Flintshire Probation Delivery" over "Unit, Probation Service Wales", in a
    column whose rule is 52 dashes wide)."""
    from .mentions import looks_like_person  # the word lists load once, on first use

    pairs = _pairs(row, cells, False)
    if pairs is None or pairs[0][1] or not any(c for _, c in pairs):
        return False
    for k, ((pos, _), (above, under)) in enumerate(zip(row, pairs, strict=True)):
        if not under:
            continue
        end = row[k + 1][0] if k + 1 < len(row) else None
        if not above or _AMOUNT.search(under) or \
                len(above) + 1 + len(under.split()[0]) <= _widest(split, i, pos, end):
            return False
        if looks_like_person(under.split()) and looks_like_person(above.split()):
            return False  # a second person under the first, in a column of names: the organisation's next seat
    return True


def _first_cut_by_width(row: list[Cell], cells: list[Cell]) -> bool:
    """A line holding only a first-column piece whose first word would not have fitted on the row's first line
    before the second column starts ("Corporate Director, Children and Young   Northdale Council" over "People's
    Services"): the first cell wrapped. A piece that could open an entry of its own (a person's name, a
    section's label, a sum) or that follows a name already ended by its head is a row of its own."""
    from .lexicon import heads  # the word lists load once, on first use
    from .mentions import looks_like_person

    if len(cells) != 1 or len(row) < 2 or abs(cells[0][0] - row[0][0]) > 2:
        return False
    if cells[0][0] < row[0][0]:
        return False  # a wrapped cell keeps its column's edge; a piece set further out heads the rows that follow
    above, under = row[0][1], cells[0][1]
    room = row[1][0] - row[0][0] - 2  # the first column's width: two spaces at least part it from the second
    if not above or not under or len(above) > room or len(above) + 1 + len(under.split()[0]) <= room:
        return False  # (a cell joined from lines before already: how full its last line was is unknown)
    if not any(ch.isalpha() for ch in under):
        return False  # a rule under the row ("--------"): the table's lines, no words of the cell
    if re.search(r"[.;:!?]$|[.;:!?]\s", above) or re.search(r"[.;:!?]", under) or len(under.split()) > 5:
        return False  # prose set with two spaces after a full stop reads as cells: a sentence is no cell's end
    if above.split()[-1] in heads().body or _AMOUNT.search(under) or _section_label(under) or \
            looks_like_person(under.split()) or heads().post_leading_re.match(under):
        return False
    return True


def _piped_cut_by_width(row: list[Cell], cells: list[Cell], lines: list[str], i: int,
                        names_first: bool = False) -> bool:
    """The same for a pipe table whose first slot is left empty: "| Kent Police | District Commander, East Kent |"
    over "|             | (Canterbury) (Vice-Chair)     |": the next word would not have fitted between the pipes.
    A short word that would have fitted is a row of its own (an organisation's second seat). A last slot left open
    (no pipe after it) is as wide as the widest text the lines around set in it."""
    line = lines[i]
    if "|" not in line or len(cells) != len(row) or not any(c for _, c in cells):
        return False
    if cells[0][1] and not _first_slot_cut(row, cells, names_first):
        return False
    if i > 0 and not _pipes_aligned(lines[i - 1], line):
        # ("A | B" over "Cde Fgh | Ijk": pipes set where each line's words end, no width to cut a word at)
        return False
    slots = _line_slots(line, len(row), bool(cells[0][1]))
    if slots is None:
        return False
    # what the line above wrote in each slot (a row joined from lines before holds more than its last line)
    above_slots = _line_slots(lines[i - 1], len(row), True) if i > 0 and not is_rule_line(lines[i - 1]) else None
    tops = [s.strip() for s in above_slots] if above_slots is not None else [text for _, text in row]
    for k, (slot, top, (_, under)) in enumerate(zip(slots, tops, cells, strict=True)):
        if not under:
            continue
        room = len(slot) - 2  # the slot's width inside its padding
        if k == len(slots) - 1 and not line.rstrip().endswith("|"):
            if any(c for _, c in cells[:k]):
                continue  # the slots before it, whose width is known, say whether the line is the row wrapped
            room = _open_slot_room(lines, i, k)
        if not top or len(top) > room or _AMOUNT.search(under) or len(top) + 1 + len(under.split()[0]) <= room:
            return False
    return True


def _pipes_aligned(above: str, line: str) -> bool:
    """Whether every pipe of LINE stands where ABOVE has one (give or take a column): a table set in columns,
    whose cells a width can cut. A line above with no pipe (a rule, a heading) says nothing against it."""
    tops = [k for k, ch in enumerate(above) if ch == "|"]
    return not tops or all(any(abs(k - top) <= 1 for top in tops) for k, ch in enumerate(line) if ch == "|")


def _line_slots(line: str, count: int, first_filled: bool) -> list[str] | None:
    """The COUNT slots of a pipe table's LINE, each with its padding, or None. Outer pipes bound no slot; in a table
    with none, a line that leaves its first slot empty opens on the pipe after it ("        | Policing Team |
    authority"), and a closing pipe after the last cell parts an empty slot."""
    stripped = line.strip()
    if stripped.startswith("|"):
        slots = stripped.strip("|").split("|")
        if len(slots) != count and not first_filled:
            slots = line.rstrip().split("|")  # the first slot is the blank before the first pipe
    else:
        slots = stripped.split("|")
    return slots if len(slots) == count else None


def _open_slot_room(lines: list[str], i: int, k: int) -> int:
    """The width of slot K, left open at the line's end, in the pipe table around line I: the widest text set in
    it on the table's lines, or its rule's dashes when they run further."""
    widest = 0
    for line in lines[max(0, i - 20) : i + 20]:
        rule = is_rule_line(line)
        if "|" not in line and not rule:
            continue
        if rule:  # "-----|-----", "-----+-----": a rule parts its columns with either mark
            slots = re.split(r"[|+]", line.strip().strip("|+"))
        elif line.lstrip().startswith("|"):
            slots = line.strip().strip("|").split("|")
            if len(slots) <= k:
                slots = line.rstrip().split("|")
        else:
            slots = line.strip().split("|")
        if len(slots) > k:
            widest = max(widest, len(slots[k].strip()) - (1 if rule else 0))
    return widest


def _first_slot_cut(row: list[Cell], cells: list[Cell], names_first: bool = False) -> bool:
    """A pipe line whose first slot is filled may still be the row above wrapped ("| NHS Northdale, Eastmoor and
    West |" over "| Vale Integrated Care Board |"), when every filled slot is cut by width (see _piped_cut_by_width)
    and more shows it: the first cell above stops on no head word, so its name is unfinished; the line leaves
    empty a column the row filled (a "Yes" or a date that a row of its own would give), or its first piece ends
    the name above with the head word it lacked ("Fenbridge Integrated Care Board"), or, in a table of names
    (NAMES_FIRST), is one word, the surname the line above could not hold ("Bannister (Vice-Chair)"); and nothing
    in it could open an entry (a person's name, a section's label, a sum)."""
    from .lexicon import heads  # the word lists load once, on first use
    from .mentions import looks_like_person

    above = row[0][1]
    words = _BRACKETED.sub("", above).split()
    if not words or words[-1] in heads().body or above.endswith(")"):
        return False
    piece = _BRACKETED.sub("", cells[0][1]).split()
    # (a post opening under the next column, "Head of Prevention", starts a row of its own: the organisation above
    # it, "Department for Work and Pensions", was whole)
    ends_name = bool(piece) and piece[-1] in heads().body and not any(c and _opens_post(c) for _, c in cells[1:])
    surname = names_first and len(piece) == 1 and piece[0][:1].isupper()
    if not any(r and not c for (_, r), (_, c) in zip(row, cells, strict=True)) and not ends_name and not surname:
        return False
    # (two capitalised words under a post cut by width, "Disabilities Commissioning", end that post: a person's
    # name opens an entry only in a column of names)
    return not any(c and (_AMOUNT.search(c) or _section_label(c) or looks_like_person(c.split()) and (
        k == 0 or not ends_name or looks_like_person(r.split())))
        for k, ((_, r), (_, c)) in enumerate(zip(row, cells, strict=True)))


def _widest(split: list[list[Cell]], i: int, pos: int, end: int | None = None) -> int:
    """The widest cell (or column rule) written at column POS in the lines around line I. With END (where the
    next column starts), a piece running past it is no cell of this table: a paragraph after the table whose words
    a double space happens to set at POS ("3.4  Reporting lines.  The Board reports ...") would make the column
    seem wide enough for any wrapped cell."""
    widths = [len(text) for line in split[max(0, i - 20) : i + 20] for at, text in line
              if abs(at - pos) <= 2 and (end is None or at + len(text) <= end + 2)]
    return max(widths, default=0)


def _hanging(row: list[Cell], cells: list[Cell], piped: bool) -> bool:
    """A line set in under a numbered row's number ("2. Ending violence against women" over "and girls"), with no
    number of its own: the overflow of every cell of that row, however many it fills."""
    return not piped and bool(cells) and _NUMBERED.match(row[0][1]) is not None and \
        _indents(row, cells[:1], piped) == [True] and _NUMBERED.match(cells[0][1]) is None


def _fragment(above: str, text: str, indented: bool = False) -> bool:
    """TEXT cannot start a cell of its own: it goes on with ABOVE (or is set in under it, as a wrapped line is)."""
    if indented or text[0].islower() or text[0] in ")&":
        return True
    if not _UNFINISHED.search(above) and _section_label(text):
        return False  # "Advisers" alone under a member's row: a section row parting the table, not their overflow
    if above.count("(") > above.count(")") or _UNFINISHED.search(above):
        return True
    if _name_tail(above, text, alone=True):
        return True  # "Northdale Health and Care NHS" over "Foundation Trust": the organisation's name wrapped
    words = text.split()
    if len(words) >= 2 and words[0] in _TAIL_OPENERS and all(w in _NAME_TAIL_WORDS for w in words):
        return True  # "NHS Greater Northdale" over "Integrated Care": words that end a name and can start none
    # one word, or only a bracket ("(Vice-Chair)" under "District Commander"): a note on the cell above
    return len(_BRACKETED.sub("", text).split()) <= 1


# words that end an organisation's name besides the heads of bodies: "Rotherham Metropolitan" over "Borough Council"
_NAME_TAIL_WORDS = frozenset({"Borough", "County", "City", "District", "Metropolitan", "Integrated", "Care",
                              "Combined", "Foundation", "University", "Health", "NHS", "and", "&", "of", "the"})
# the words of such an end that cannot open a name of its own: "Foundation Trust", "County Council", "NHS Foundation
# Trust", "Health Board" (a university health board's name wrapped) alone name no organisation
_TAIL_OPENERS = frozenset({"Borough", "County", "District", "Integrated", "Care", "Combined", "Foundation",
                           "Health"})


# an organisation's name whose head comes before its place: whole without a head word at its end
_HEAD_FIRST = re.compile(r"(?:(?:London|Royal)\s+)?Borough\s+of\s+\S|City\s+(?:and\s+County\s+)?of\s+\S|"
                         r"County\s+of\s+\S|Isle\s+of\s+\S|Council\s+of\s+the\s+\S")


def _name_tail(above: str, text: str, alone: bool = False) -> bool:
    """TEXT is only the last words of an organisation's name ("Borough Council", "Integrated Care Board") and the
    cell above it has no head of its own yet ("Rotherham Metropolitan"): the name's wrapped end."""
    from .lexicon import heads  # the word lists load once, on first use

    body = heads().body
    words = _BRACKETED.sub("", text).split()  # "Care Board (Westmoor locality)": the area's note is no word of it
    if words and words != text.split() and words[0] not in _TAIL_OPENERS:
        return False  # a noted name that can open a row ("Metropolitan Police Service (East Area BCU)") is its own
    # ("Probation Service (East of England)": a name its note closes has its head before the note)
    last = _BRACKETED.sub("", above).split()[-1] if _BRACKETED.sub("", above).split() else ""
    if not words or words[-1] not in body or not all(w in body or w in _NAME_TAIL_WORDS for w in words):
        return False
    if last not in body:
        # the cell above has no head yet, unless its head came first ("Royal Borough of Greenwich" over
        # "Metropolitan Police Service": the next row's organisation)
        return _HEAD_FIRST.match(_BRACKETED.sub("", above)) is None or last in _NAME_TAIL_WORDS
    # a piece alone in the first column that opens on a word no name starts with ("Foundation Trust", "NHS
    # Foundation Trust", "County Council") ends the name above, though that name already ends in a head
    # ("Northdale Partnership" / "NHS Foundation Trust"); a line that fills every column is a row of its own
    opener = words[1] if words[0] == "NHS" and len(words) > 2 else words[0]
    return alone and len(words) >= 2 and opener in _TAIL_OPENERS


def _name_tail_under(filled: list[tuple[str, str]], fragments: list[bool]) -> bool:
    """A line under a row, its first column empty, that ends an organisation's wrapped name in one column
    (_name_tail): its other pieces go on with the cells above them unless one starts an entry of its own (a
    person's name, a post's title, a section's label)."""
    from .lexicon import heads
    from .mentions import looks_like_person

    if not any(_name_tail(r, c) for r, c in filled):
        return False
    return all(f or _name_tail(r, c) or not (looks_like_person(c.split()) or heads().post_leading_re.match(c) or
                                             _section_label(c) or _AMOUNT.search(c))
               for (r, c), f in zip(filled, fragments, strict=True))


_RULE = re.compile(r"[-=|+: \t]*-{3,}[-=|+: \t]*")  # "-------  --------": a header's rule, one dash run a column
_NAME_COLUMNS = frozenset({"name", "names", "member", "members", "attendee", "attendees", "representative",
                           "present", "name and title",
                           # a row's key ("HG-01", "3", "A2"): every row opens on one, as a list of people on a name
                           "ref", "ref.", "reference", "no", "no.", "item", "id", "code", "#"})


def _names_first(lines: list[str], split: list[list[Cell]], i: int) -> bool:
    """The table line I sits in opens each row on a person's name or on the row's key: its header, ruled off under
    it within the 40 lines above, names its first column so ("Name", "Member", "Attendee", "Ref", "No.")."""
    for k in range(i - 1, max(-1, i - 40), -1):
        if k + 1 < len(lines) and _RULE.fullmatch(lines[k + 1].strip()) and len(split[k]) >= 2:
            return split[k][0][1].strip().casefold() in _NAME_COLUMNS
    return False


def _plain_overflow(above: str, text: str) -> bool:
    """TEXT can only be the rest of ABOVE, even on a line that fills every column: ABOVE stops on a word that needs
    more ("Office of the South Wales Police and"), or TEXT is a bracket alone ("(Co-Chair)") or starts in lower
    case. A row whose every cell is such is the row above wrapped, not a row of its own."""
    if not any(ch.isalpha() for ch in above):
        return False  # a rule under the column names: the row after it is the table's first
    return (_UNFINISHED.search(above) is not None or text[0].islower() or
                            (text.startswith("(") and not _BRACKETED.sub("", text).strip()))


def _lone_head(text: str) -> bool:
    """TEXT is one head word that names nothing without words before it ("Service", "Board", "Trust")."""
    from .lexicon import heads  # the word lists load once, on first use

    return text.strip() in heads().needs_modifier


def _section_label(text: str) -> bool:
    """TEXT is a label of a block of names ("Core members", "Advisers", "Officers in attendance"), as a table's
    section row holds."""
    from .lexicon import layout  # the word lists load once, on first use

    return text.strip().rstrip(":").casefold() in layout().attendance


def _merged(row: list[Cell], cells: list[Cell], piped: bool) -> list[Cell]:
    pairs = _pairs(row, cells, piped)
    if pairs is None:
        return row
    return [(pos, _run_on(r, c) if c else r) for (pos, _), (r, c) in zip(row, pairs, strict=True)]


_HYPHEN_END = re.compile(r"[A-Za-z]-$")
# prefixes always written with their hyphen: a line break after one keeps it ("co-" over "chaired")
HYPHENED_PREFIXES = "co|vice|anti|multi|non|cross|self"
_HYPHENED_PREFIX = re.compile(rf"(?i)(?<![a-z])(?:{HYPHENED_PREFIXES})-$")


def _run_on(above: str, below: str) -> str:
    """A cell's text with its overflow: a word the line break hyphenated is one word again ("Pritchard-" over
    "Lewis" is "Pritchard-Lewis", "Com-" over "munity" is "Community"); a spaced dash ("Sept 2024 -") keeps its
    space."""
    above, below = above.strip(), below.strip()
    if _HYPHEN_END.search(above) and below[:1].isalpha():
        # a prefix written with its hyphen stays so ("co-" over "ordination" is "co-ordination")
        keep = below[0].isupper() or _HYPHENED_PREFIX.search(above) is not None
        return above + below if keep else above[:-1] + below
    return f"{above} {below}".strip()


def _written(row: list[Cell], piped: bool) -> str:
    if piped:
        return "| " + " | ".join(text for _, text in row) + " |"
    return "\t".join(text for _, text in row if text)
