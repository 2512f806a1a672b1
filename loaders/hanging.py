"""Lines of a list item or an indented paragraph that a converter wrapped under a hanging indent, joined back.

A paper converted from PDF keeps the page's indents: a list's item set in from the margin, wrapped at the page's
width, carries on a line set in further still (under the item's text, past its bullet):

       Jo Kerr - Designated Nurse for Safeguarding, NHS
         Suffolk and North East Essex Integrated Care Board
       Sam Bell - Head of Service, Lowestoft Women's Aid
                                    - Ann Quill, Police and
                                      Crime Commissioner for Norfolk

Read line by line, "Suffolk and North East Essex Integrated Care Board" is a heading and the item loses its
organisation. The cleaner drops indents, so the join is made first, on the raw lines. A line is joined to the one
above only where the page's layout says it is that line's overflow: it is set in deeper than an item that is
itself set in (or bulleted), the item is unfinished (no closing stop) and was cut by the page's width (the next
word would not have fitted, or the line ends on a small word, a comma or an open bracket, or the next goes on in
lower case). A deeper line under a short title ("Members" over its indented names) is not joined.
"""

from __future__ import annotations

import re

_INDENT = re.compile(r"[ \t]*")
_MARK = re.compile(r"(?:[-–*•·▪●◦]|\(?[a-z]\)|\(?\d{1,2}[.)](?:\d{1,2}\.?)*|\([ivx]{1,4}\))[ \t]+")
_BULLET = re.compile(r"(?:[-–*•·▪●◦]|\(?[a-z]\)|\([ivx]{1,4}\))[ \t]+")
_COLUMN_GAP = re.compile(r"\S(?:\t| {3,})\S")
_FINISHED = re.compile(r"[.!?:;]['\"’”)]*$")
_DANGLING = re.compile(r"(?:\b(?:a|an|the|of|to|and|or|in|with|for|by|on|from|at|&)|[,&/(–-])$", re.I)
_SLACK = 2  # a converter's line can stop a character or two short of the page's widest


def _indent(line: str) -> int:
    return len(_INDENT.match(line.expandtabs(4)).group(0)) if line.strip() else -1


def _single_column(line: str) -> bool:
    return "|" not in line and _COLUMN_GAP.search(line.strip()) is None


def _page_width(lines: list[str]) -> int:
    """The width the paper's prose was wrapped at: the length only a few of its plain lines pass."""
    lengths = sorted(len(line.rstrip().expandtabs(4)) for line in lines if line.strip() and _single_column(line))
    return lengths[int(len(lengths) * 0.95)] if lengths else 0


def _cut(above: str, line: str, width: int) -> bool:
    """ABOVE was cut short: it ends as no item ends, or the first word of LINE would not have fitted on it."""
    text, nxt = above.rstrip(), line.strip()
    if _DANGLING.search(text) or text.count("(") > text.count(")") or nxt[:1].islower():
        return True
    first = nxt.split()[0]
    return width > 0 and len(text.expandtabs(4)) + 1 + len(first) > width - _SLACK


def _overflow(item: str, above: str, line: str, width: int) -> bool:
    """LINE carries on ITEM (whose last line so far is ABOVE), an indented or bulleted item wrapped under a
    hanging indent."""
    top, here = _indent(item), _indent(line)
    if top == 0 and here > 0 and _FIELD.match(item):
        return _field_overflow(item, above, line, width)
    if top < 0 or here <= top or not (_single_column(item) and _single_column(line)):
        return False
    body = item.strip()
    if top == 0 and not _BULLET.match(body):
        # a line at the margin is a paragraph's or a title's, whatever is set in under it; a numbered paragraph's
        # wrapped lines the layout reader already runs on (joined here, its sentences would lose their lines)
        return False
    if _FINISHED.search(above.rstrip()) or _MARK.match(line.strip()) or len(body) < 20:
        return False
    return _cut(above, line, width) or _sentence_runs_on(item, line)


# small words a name or a title carries in lower case ("Head of Safety and Homelessness", "Panel for Crime
# within the Borough"); any other lower-case word says the item is a sentence, not a name
_TITLE_WORDS = frozenset("with from into upon under over within without through between across".split())
_PROSE_WORD = re.compile(r"(?<![\w'’-])[a-z]{4,}\b")


def _sentence_runs_on(item: str, line: str) -> bool:
    """LINE is set in exactly under the text of the bulleted ITEM (past its bullet), and the item is an
    unfinished sentence: a hand-wrapped list keeps no even width to tell a cut line by, but a sentence is never
    left unended, so the line under its text carries it on ("...reports to the Council's Community Safety" over
    "Scrutiny Panel..."). A title or a name over its set-in description reads as no sentence and is not joined."""
    body = item.strip()
    mark = _BULLET.match(body)
    if mark is None or abs(_indent(line) - _indent(item) - len(body[: mark.end()].expandtabs(4))) > 1:
        return False
    return any(word not in _TITLE_WORDS for word in _PROSE_WORD.findall(body[mark.end() :]))


# a cover sheet's field at the margin: "Lead Member:  Cllr Jo Lee, Portfolio Holder for Community", its value
# wrapped onto the next line under itself ("             Safety and Enforcement")
_FIELD = re.compile(r"(?P<label>[A-Z][A-Za-z ,'’&/()-]{0,40}):[ \t]+(?=\S)")


_LONG_FIELD = 64  # a field's line this long was wrapped by the page, not ended by the writer


def _field_overflow(item: str, above: str, line: str, width: int) -> bool:
    """LINE carries on the value of the field ITEM (at the margin, its last line so far ABOVE): it is set in under
    the value (where the value starts, give or take a character or two), or set in at all where the value was cut
    by the page's width; never a field of its own or a bulleted line."""
    nxt = line.strip()
    label = _FIELD.match(item)
    # the gap after the label sets the value in: a gap inside the value is a column's, and a table is no field
    if _FIELD.match(nxt) or _MARK.match(nxt) or _FINISHED.search(above.rstrip()) or \
            not _single_column(item[label.end() :]) or not _single_column(line):
        return False
    value_at = len(label.group(0).expandtabs(4))
    here = _indent(line)
    if abs(here - value_at) > 2 and here < 4:
        return False
    # cut: it ends as no value ends, or it is a long line (names set one a line under "Present:" are short ones)
    text = above.rstrip()
    return bool(_DANGLING.search(text)) or text.count("(") > text.count(")") or nxt[:1].islower() or \
        len(text.expandtabs(4)) >= _LONG_FIELD


def join_hanging_lines(lines: list[str]) -> list[str]:
    """LINES (raw, indents kept) with each item's wrapped lines joined to it, set at the item's indent."""
    width = _page_width(lines)
    out: list[str] = []
    above = ""  # the last raw line of out[-1]: where the page's width cut it
    for line in lines:
        if out and _overflow(out[-1], above, line, width):
            out[-1] = f"{out[-1].rstrip()} {line.strip()}"
        else:
            out.append(line)
        above = line
    return out
