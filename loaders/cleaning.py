"""Turn the raw text of a council document into the plain text govkg stores and quotes from.

Real documents arrive with OCR debris, HTML fragments pasted into text, LaTeX-ish superscripts from PDF
converters, hyphenated line ends, tab tables, bullet glyphs and Markdown decoration. Every evidence offset
points into the text this module returns, so cleaning happens once, before any extraction.

Two promises shape the code:
- **Columns survive.** Council papers lay out attendance and funding as columns of spaces or tabs; a run of
  spaces that separates columns becomes one tab, so the layout reader can still see the cells, while the odd
  double space inside a sentence becomes one space.
- **Linear time.** Every step is a single pass (no pattern that can rescan a long run of whitespace from each
  position), so a hostile 400 KB file of spaces or 100k nested tags costs what any 400 KB file costs.
"""

from __future__ import annotations

import codecs
import html
import re

from .hanging import join_hanging_lines
from .wrapped_rows import HYPHENED_PREFIXES, join_wrapped_rows

# Superscripts and LaTeX debris from PDF converters: "$15^{TH}$" -> "15th".
_LATEX = (
    (re.compile(r"\$[ \t]?(\d{1,2})[ \t]?\^[ \t]?\{[ \t]?([A-Za-z]{2})[ \t]?\}[ \t]?\$"), r"\1\2"),
    (re.compile(r"\$[ \t]?\^[ \t]?\{[ \t]?([A-Za-z0-9]{1,12})[ \t]?\}[ \t]?\$"), r"\1"),
    (re.compile(r"\\(?:textbf|textit|emph)\{([^{}\n]{0,500})\}"), r"\1"),
)
# HTML written inside text: block tags become line breaks, cells become tabs, inline tags vanish. No pattern
# starts with \s*, which would rescan a whitespace run from every position.
_TAG_LI = re.compile(r"<li\b[^<>\n]{0,500}>", re.I)
_TAG_BREAK = re.compile(r"<(?:br|p|/p|tr|/tr|div|/div|h\d|/h\d|/li)\b[^<>\n]{0,500}>", re.I)
_TAG_CELL = re.compile(r"<(?:td|th)\b[^<>\n]{0,500}>", re.I)
_TAG_INLINE = re.compile(
    r"</?(?:ul|ol|b|i|u|em|strong|span|sup|sub|font|a|td|th|table|tbody|thead|section|article)\b[^<>\n]{0,500}>",
    re.I,
)
# "<u>Safer Streets Group</u> This group meets ...": an underlined or bold title that opens a paragraph is the
# paragraph's heading, set on a line of its own
_RUN_IN_TITLE = re.compile(r"^([ \t]*)<(u|b|strong)>([^<>\n]{3,80})</\2>[ \t]+(?=[A-Z])", re.I | re.M)
_MD_LINK = re.compile(r"\[([^\]\n]{1,300})\]\([^)\s]{0,500}\)")
_MD_ESCAPE = re.compile(r"\\([()\[\]_*#|])")
# a pair of underscores on a word's edge is bold; a longer run of them is a rule drawn (a leader, a form's blank)
_MD_BOLD = re.compile(r"\*\*|(?<!_)__(?=[^\W_])|(?<=[^\W_])__(?!_)")
_MD_HEADING = re.compile(r"^#{1,6}[ \t]*")
_BULLET = re.compile(r"^[\u2022\u00b7\u25aa\u25cf\u25e6\u2023\u2043\uf0b7\uf0a7\u27a2\u2713\u2714o§*]+[ \t]+")
# box-drawing characters of a table a converter drew ("│ Name │", "├────┼────┤"): read as the ASCII table they
# stand for, so the layout reader sees pipes and rules
_BOX = str.maketrans({**{c: "|" for c in "│┃║"}, **{c: "-" for c in "─━═"},
                      **{c: "+" for c in "┼┬┴├┤┌┐└┘╪╞╡╬╠╣╦╩╔╗╚╝╤╧╟╢╫"}})
_INVISIBLE = re.compile(r"[\u00a0\u2002\u2003\u2009\u202f]")
_ZERO_WIDTH = re.compile(r"[\u200b\u200c\u200d\u2060\ufeff\u00ad]")
_HYPHEN_BREAK = re.compile(r"(?<=[a-z])-\n[ \t]*(?=[a-z])")
# "the Drug-" / "Related Deaths Panel", "Anti-" / "Social Behaviour Group": a compound of capitalised words broken at
# its hyphen, which stays
_COMPOUND_BREAK = re.compile(r"(?<=[A-Za-z]-)\n[ \t]*(?=[A-Z][a-z])")
# a prefix always written with its hyphen, a whole word before the break ("co-" / "chaired", "vice-" / "chair"):
# the break keeps the hyphen, where "Sub-" / "stance" is one word cut in two
_HYPHENED_PREFIX = re.compile(rf"(?i)(?<![a-z])(?:{HYPHENED_PREFIXES})-\n[ \t]*(?=[a-z])")
_WORD = re.compile(r"[A-Za-z]{3,}")
_YEAR = re.compile(r"(?<!\d)(?:19|20)\d\d(?!\d)")
# "it." / "us;" / "in." alone: the last word of a paragraph wrapped at the page's width, not a stray glyph
_LAST_WORD = re.compile(r"[a-z]{2}[.,;:)]")
_GAP = re.compile(r"[ \t]{2,}|\t")
_SMALL_WORDS = frozenset({"a", "an", "and", "the", "of", "for", "in", "on", "to", "with", "by", "at", "or"})
# a paragraph's number ("4", "4.2", "4.2.1.", "12)") then spaces, then its text opening on a capital
_PARA_NUMBER_GAP = re.compile(r"(?:\d{1,2}(?:\.\d{1,2}){0,3}[.)]? {2,}[A-Z]|"
                              # a resolution's or a list's item mark: "(1)   That Councillor ...", "(b)  the ..."
                              r"\((?:\d{1,2}|[a-z]|[ivx]{1,4})\) {2,}[A-Za-z])")
_SENTENCE_END = re.compile(r"[.!?;:,]$")


def decode(data: bytes) -> tuple[str, list[str]]:
    """Text of DATA and any warnings: UTF-8 (with or without BOM), UTF-16 with BOM, else Windows-1252."""
    if data.startswith(codecs.BOM_UTF8):
        return data[3:].decode("utf-8", errors="replace"), []
    if data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        return data.decode("utf-16", errors="replace"), []
    try:
        return data.decode("utf-8"), []
    except UnicodeDecodeError as e:
        where = e.start
    try:
        text = data.decode("cp1252")
    except UnicodeDecodeError:
        text = data.decode("latin-1")
    return text, [f"not valid UTF-8 (byte {where}); read as Windows-1252"]


def looks_binary(data: bytes) -> bool:
    """True for bytes that are not text: NULs, or many control characters in the first 8 KB."""
    head = data[:8192]
    if not head:
        return False
    if head.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        head = head[2:].decode("utf-16-le" if head.startswith(codecs.BOM_UTF16_LE) else "utf-16-be",
                               errors="replace").encode("utf-8")  # judge the characters, not their zero bytes
    elif b"\x00" in head:
        return True
    controls = sum(1 for b in head if b < 32 and b not in (9, 10, 12, 13))
    return controls / max(len(head), 1) > 0.05


def _is_debris(line: str) -> bool:
    """OCR leftovers: a short line with no real word, made of stray glyphs ("П и ı n ıŧ Δ c", "_ -")."""
    stripped = line.strip()
    if not stripped:
        return False
    if len(stripped) < 16 and re.fullmatch(r"(?i)page \d+(?: of \d+)?", stripped):
        return True  # running page numbers of a PDF
    if stripped.startswith(("- ", "|")) or _WORD.search(stripped) or _LAST_WORD.fullmatch(stripped):
        return False
    if re.fullmatch(r"[\d\s.,£%()/:|-]+", stripped):
        return False  # numbers and amounts (table cells) are content
    if _YEAR.search(stripped):
        return False  # "2025/26 to 2027/28;": the years a wrapped sentence ends on, never a stray glyph
    return len(stripped) < 40


def _numbered_paragraph(line: str, text_at: int) -> bool:
    """LINE opens a numbered paragraph ("4.2  The Board will report to the") or is a numbered title in capitals
    ("4  District CSPs"); a short line in sentence case ("2.  Role and remit") may be a row of a numbered table."""
    if not _PARA_NUMBER_GAP.match(line):
        return False
    words = [w for w in line[text_at:].split() if w.lower() not in _SMALL_WORDS]
    return len(line) >= 40 or all(w[:1].isupper() or not w[:1].isalpha() for w in words)


_SUM_AFTER_SPACE = re.compile(r"[^\s] (?=£\s?\d[\d,.]*(?:\s|$))")


def _columns(line: str, aligned: frozenset[int] = frozenset()) -> str:
    """LINE with column gaps as single tabs and other runs of spaces as one space.

    A tab, or a run of three or more spaces, separates columns. A double space separates columns only on a
    short line that reads as a row of cells (not a sentence), or where it ends at a column's start in a row
    above or below (ALIGNED: "... Delivery Unit  quarterly" under "...   monthly", a long cell crowding the next
    column); after punctuation it is a typist's habit."""
    for m in _SUM_AFTER_SPACE.finditer(line):
        if aligned and any(k <= m.end() <= k + 1 for k in aligned):
            # "Tollbridge Town Centre Partnership £3,850": a name that crowds the column of sums to one space (and
            # pushes the sum a place on) still leaves the sum where the rows around start that column
            line = line[: m.start() + 1] + "\t" + line[m.end() :]
    gaps = list(_GAP.finditer(line))
    if not gaps:
        return line
    if len(gaps) == 1 and _numbered_paragraph(line, gaps[0].end()):
        # "4.2  The Board will oversee the" / "4  District CSPs": the gap after a paragraph's number is the
        # typist's indent of its text, not a column; read as a cell it cut the paragraph from its wrapped lines
        return line[: gaps[0].start()] + " " + line[gaps[0].end() :]
    rowlike = len(line) <= 90 and not _SENTENCE_END.search(line)
    out: list[str] = []
    pos = 0
    for m in gaps:
        out.append(line[pos : m.start()])
        run = m.group(0)
        before = line[m.start() - 1] if m.start() else ""
        if "\t" in run or len(run) >= 3 or ((rowlike or m.end() in aligned) and before not in ".!?;:,"):
            out.append("\t")
        else:
            out.append(" ")
        pos = m.end()
    out.append(line[pos:])
    return "".join(out)


_DANGLING_WORD = re.compile(r"\b(?:a|an|the|of|to|and|in|with|for|by|on|from|at|that|which|was|were|is|are)$")
_NEW_ITEM = re.compile(r"(?:- |\d+[.)]\s|\(?[a-z]\)\s|[A-Z][A-Z ]{3,}$)")
# a list item that hands on to the last one ("- the Town Centre Group, which ...; and"): the bullet after it is
# the list's next item, whatever case it opens in, not a sentence a stray bullet cut
_ITEM_HANDS_ON = re.compile(r"- .*[;,]\s*(?:and|or)$")


# "(b) Northshire Police": a lettered or numbered item of a list, never the run-on of the line above
_MARKED_ITEM = re.compile(r"\((?:[a-z]|[ivx]{1,4}|\d{1,2})\)\s+[A-Z]")


# "b) Northshire Police", "ii. Youth Group": an item lettered without an opening bracket; its lower-case mark is no
# sentence's run-on when the line above is an item marked the same way, or opens the list with a colon
_LETTERED_NAME_ITEM = re.compile(r"(?:[a-z]|[ivx]{1,4})[.)]\s+[A-Z]")


def _next_lettered_item(prev: str, line: str) -> bool:
    return _LETTERED_NAME_ITEM.match(line) is not None and (prev.rstrip().endswith(":") or
                                                            _LETTERED_NAME_ITEM.match(prev) is not None)


# "a) agree the plan", "(ii) commission reviews": a lettered item in lower case, the first of its list or one after
# another, under a heading that ends on no colon (never the run-on of the heading; "(a) of the Act" after a wrapped
# "section 6" is a sentence's)
_LETTERED_ITEM = re.compile(r"\(?(?P<mark>[a-z]|[ivx]{1,4})\)\s+[a-z][\w-]*\b(?!\s+of\b)")


def _lettered_item(line: str, prev: str) -> bool:
    m = _LETTERED_ITEM.match(line)
    return m is not None and (m.group("mark") in ("a", "i") or _LETTERED_ITEM.match(prev) is not None)


def _join_wrapped(lines: list[str]) -> list[str]:
    """Rejoin sentences that a PDF converter broke across lines (the next line starts in lower case, or the
    line before ends on a small word), and a sentence cut by a stray bullet ("the Council was a" / "- partner
    in ...")."""
    out: list[str] = []
    for line in lines:
        if line.startswith("- ") and len(line) > 2 and line[2].islower():
            back = 2 if len(out) >= 2 and not out[-1] else 1
            if len(out) >= back and _DANGLING_WORD.search(out[-back]) and not _ITEM_HANDS_ON.match(out[-back]):
                del out[len(out) - back + 1 :]
                out[-1] = out[-1] + " " + line[2:].strip()
                continue
        prev = out[-1] if out else ""
        if (
            prev
            and line
            and "\t" not in line
            and "\t" not in prev
            and "|" not in prev
            and (
                (
                    not _SENTENCE_END.search(prev)
                    and (
                        ((line[0].islower() and not _next_lettered_item(prev, line)) or
                         (line[0] == "(" and not _MARKED_ITEM.match(line)))
                        and not _lettered_item(line, prev)
                        # a wrapped PDF line: long, ends mid-sentence on a small word, the next is not a new item
                        or (len(prev) >= 50 and _DANGLING_WORD.search(prev) and not _NEW_ITEM.match(line))
                    )
                )
                # "Members include Leeds City Council (Housing; Children;" / "Adults), West Yorkshire Police, ...": a
                # long line that leaves a bracket open, closed on the next: one sentence, whatever the line ends on
                or (len(prev) >= 50 and prev.count("(") > prev.count(")") and not _NEW_ITEM.match(line)
                    and ")" in line.split("(")[0])
            )
        ):
            out[-1] = prev + " " + line.strip()
        else:
            out.append(line)
    return out


def _clean_line(line: str, starts: frozenset[int] = frozenset()) -> str:
    """LINE cleaned; STARTS: where columns start in the raw rows around it (see _column_starts)."""
    lead = len(line) - len(line.lstrip())
    stripped = line.strip()
    line = _BULLET.sub("- ", _MD_HEADING.sub("", stripped))
    # the column starts in the stripped line's own offsets (none when a mark was rewritten at its start)
    aligned = frozenset(k - lead for k in starts if k > lead) if line == stripped else frozenset()
    return _columns(line, aligned).strip("\t ")


_WIDE_GAP = re.compile(r" {3,}")
_NONE: frozenset[int] = frozenset()


def _column_starts(line: str) -> frozenset[int]:
    """Where the cells of a space-aligned row start, after gaps of three spaces or more (none for a row of tabs,
    whose widths are not known)."""
    if "\t" in line or "   " not in line:
        return _NONE
    return frozenset(m.end() for m in _WIDE_GAP.finditer(line.rstrip()))


def clean(raw: str) -> str:
    """The stored plain text of RAW: debris removed, tags and decoration stripped, columns kept, lines rejoined."""
    text = raw.replace("\r\n", "\n").replace("\r", "\n")
    text = _ZERO_WIDTH.sub("", _INVISIBLE.sub(" ", text)).translate(_BOX)
    if "&" in text:
        text = html.unescape(text)
    for pattern, repl in _LATEX:
        text = pattern.sub(repl, text)
    if "<" in text:
        text = _RUN_IN_TITLE.sub(r"\1\3\n\1", text)
        text = _TAG_LI.sub("\n- ", text)
        text = _TAG_BREAK.sub("\n", text)
        text = _TAG_CELL.sub("\t", text)
        text = _TAG_INLINE.sub("", text)
    text = _MD_LINK.sub(r"\1", text)
    text = _MD_ESCAPE.sub(r"\1", text)
    text = _MD_BOLD.sub("", text)
    text = _HYPHEN_BREAK.sub("", _HYPHENED_PREFIX.sub(lambda m: m.group(0).split("\n")[0], text))
    text = _COMPOUND_BREAK.sub("", text)
    lines: list[str] = []
    blank = 0
    raws = join_hanging_lines(join_wrapped_rows(text.split("\n")))
    for k, raw_line in enumerate(raws):
        if "  " in raw_line:  # a double space may part cells where the rows around start a column
            around = (_column_starts(raws[k - 1]) if k else _NONE) | \
                (_column_starts(raws[k + 1]) if k + 1 < len(raws) else _NONE)
            line = _clean_line(raw_line, around)
        else:
            line = _clean_line(raw_line)
        if _is_debris(line):
            continue
        if not line:
            blank += 1
            if blank > 1:
                continue  # at most one blank line in a row
        else:
            blank = 0
        lines.append(line)
    return "\n".join(_join_wrapped(lines)).strip() + "\n"
