"""Turn the raw text of a council document into the plain text govkg stores and quotes from.

Real documents arrive with OCR debris, HTML fragments pasted into text, LaTeX-ish superscripts from PDF
converters, hyphenated line ends, tab tables, bullet glyphs and Markdown decoration. Every evidence offset
points into the text this module returns, so cleaning happens once, before any extraction.
"""

from __future__ import annotations

import codecs
import html
import re

# (pattern, replacement) applied in order; each one is a kind of debris seen in exported minutes.
_INLINE_FIXES: tuple[tuple[re.Pattern[str], str], ...] = (
    # "$15^{TH}$" -> "15th"
    (re.compile(r"\$\s*(\d{1,2})\s*\^\s*\{\s*([A-Za-z]{2})\s*\}\s*\$"), r"\1\2"),
    (re.compile(r"\$\s*\^\s*\{\s*([A-Za-z0-9]+)\s*\}\s*\$"), r"\1"),
    (re.compile(r"\\(?:textbf|textit|emph)\{([^{}]*)\}"), r"\1"),
    # list items and line breaks written as HTML inside text
    (re.compile(r"\s*<li[^>]*>\s*", re.I), "\n- "),
    (re.compile(r"\s*<(?:br|p|/p|tr|/tr|div|/div|h\d|/h\d)\b[^>]*>\s*", re.I), "\n"),
    (re.compile(r"<(?:td|th)\b[^>]*>", re.I), "\t"),
    (
        re.compile(
            r"</?(?:ul|ol|li|b|i|u|em|strong|span|sup|sub|font|a|td|th|table|tbody|thead)\b[^>]*>", re.I
        ),
        "",
    ),
    # Markdown links "[text](url)" keep their text; escaped parentheses lose the backslash
    (re.compile(r"\[([^\]\n]+)\]\([^)\s]*\)"), r"\1"),
    (re.compile(r"\\([()\[\]_*#])"), r"\1"),
    (re.compile(r"\*\*|__(?=\w)|(?<=\w)__"), ""),
    (re.compile(r"^#{1,6}\s*", re.M), ""),
    # bullet glyphs at the start of a line become "- "
    (re.compile(r"^[ \t]*[\u2022\u00b7\u25aa\u25cf\u25e6\u2023\u2043\uf0b7\uf0a7\u2013o§]\s+", re.M), "- "),
    (re.compile(r"\u00a0|\u200b|\ufeff"), " "),
)

_HYPHEN_BREAK = re.compile(r"(?<=[a-z])-\n[ \t]*(?=[a-z])")
_WORD = re.compile(r"[A-Za-z]{3,}")


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
    if b"\x00" in head and not head.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        return True
    controls = sum(1 for b in head if b < 32 and b not in (9, 10, 12, 13))
    return controls / len(head) > 0.05


def _is_debris(line: str) -> bool:
    """OCR leftovers: a short line with no real word, made of stray glyphs ("П и ı n ıŧ Δ c", "_ -")."""
    stripped = line.strip()
    if re.fullmatch(r"(?i)page \d+(?: of \d+)?", stripped):
        return True  # running page numbers of a PDF
    if not stripped or stripped.startswith("- "):
        return False
    if _WORD.search(stripped):
        return False
    if re.fullmatch(r"[\d\s.,£%()/:-]+", stripped):
        return False  # numbers and amounts (table cells) are content
    return len(stripped) < 40


_DANGLING_WORD = re.compile(
    r"\b(?:a|an|the|of|to|and|in|with|for|by|on|from|at|that|which|was|were|is|are)\s*$"
)
_NEW_ITEM = re.compile(r"\s*(?:- |\d+[.)]\s|[A-Z][A-Z ]{3,}$)")
_DANGLING = re.compile(r"\b(?:a|an|the|of|to|and|in|with|for|was|were|is|are)$")


def _join_wrapped(lines: list[str]) -> list[str]:
    """Rejoin sentences that a PDF converter broke across lines (the next line starts in lower case), and
    a sentence cut by a stray bullet ("the Council was a" / "- partner in ...")."""
    out: list[str] = []
    for line in lines:
        if re.match(r"- [a-z]", line):
            back = 2 if len(out) >= 2 and not out[-1].strip() else 1
            if len(out) >= back and _DANGLING.search(out[-back].rstrip()):
                del out[len(out) - back + 1 :]
                out[-1] = out[-1].rstrip() + " " + line[2:].strip()
                continue
        if (
            out
            and out[-1].strip()
            and line.strip()
            and "\t" not in line
            and "\t" not in out[-1]
            and not re.search(r"[.:;!?]\s*$", out[-1])
            and (
                re.match(r"\s*[a-z(]", line)
                # a wrapped PDF line: long, ends mid-sentence on a small word, the next is not a new item
                or (len(out[-1]) >= 50 and _DANGLING_WORD.search(out[-1]) and not _NEW_ITEM.match(line))
            )
        ):
            out[-1] = out[-1].rstrip() + " " + line.strip()
        else:
            out.append(line)
    return out


def clean(raw: str) -> str:
    """The stored plain text of RAW: debris removed, tags and decoration stripped, lines rejoined."""
    text = raw.replace("\r\n", "\n").replace("\r", "\n")
    if "&" in text:
        text = html.unescape(text)
    for pattern, repl in _INLINE_FIXES:
        text = pattern.sub(repl, text)
    text = _HYPHEN_BREAK.sub("", text)
    lines = []
    for line in text.split("\n"):
        line = re.sub(r"\t+", "\t", line.rstrip())
        line = re.sub(r"(?<=\S) {2,}(?=\S)", " ", line)
        if _is_debris(line):
            continue
        lines.append(line.strip(" ") if "\t" not in line.strip() else line.strip())
    lines = _join_wrapped(lines)
    text = "\n".join(lines)
    text = re.sub(r"\n{3,}", "\n\n", text)
    return text.strip() + "\n"
