"""Just enough SPARQL lexing to answer two questions before a query runs: which form is it (SELECT, ASK,
CONSTRUCT, DESCRIBE), and does it use an operation the public endpoint refuses (SERVICE, LOAD)?

Keywords are found as tokens, never by substring, so `?service`, `ex:load`, `"SERVICE"`, an IRI or a
comment containing the word do not count, and the parser still has the last word on syntax.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

_TOKEN = re.compile(
    r"""
     (?P<ws>\s+)
    |(?P<comment>\#[^\n\r]*)
    |(?P<iri><[^<>"{}|^`\\\x00-\x20]*>)
    |(?P<string>\"\"\"(?:[^"\\]|\\.|"(?!""))*\"\"\"|'''(?:[^'\\]|\\.|'(?!''))*'''
               |"(?:[^"\\\n\r]|\\.)*"|'(?:[^'\\\n\r]|\\.)*')
    |(?P<var>[?$][\w\u00b7\u0300-\u036f\u203f-\u2040]+)
    |(?P<word>[^\W\d][\w.-]*(?::[\w.%:\\-]*)?|:[\w.%:\\-]*)
    |(?P<other>.)
    """,
    re.X | re.S,
)

QUERY_FORMS = ("SELECT", "ASK", "CONSTRUCT", "DESCRIBE")
UPDATE_KEYWORDS = frozenset({"INSERT", "DELETE", "LOAD", "CLEAR", "CREATE", "DROP", "COPY", "MOVE", "ADD", "WITH"})


def iter_keywords(text: str) -> Iterator[str]:
    """The bare keywords of TEXT in order, upper-cased (prefixed names, variables, strings, IRIs skipped)."""
    for m in _TOKEN.finditer(text):
        if m.lastgroup == "word":
            word = m.group()
            if ":" not in word:
                yield word.upper()


def keywords(text: str) -> list[str]:
    return list(iter_keywords(text))


def query_form(text: str) -> str | None:
    """SELECT, ASK, CONSTRUCT or DESCRIBE: the first keyword after the prologue; None if there is none."""
    for word in iter_keywords(text):
        if word in QUERY_FORMS:
            return word
        if word not in ("PREFIX", "BASE"):
            return None
    return None


def uses(text: str, *words: str) -> list[str]:
    """Which of WORDS (upper-case keywords) occur as keywords in TEXT."""
    folded = text.upper()
    if not any(w in folded for w in words):  # the common case needs no lexing
        return []
    found = set(keywords(text)) & set(words)
    return [w for w in words if w in found]


def where_group_start(text: str) -> int | None:
    """Offset just inside the `{` that opens the query's WHERE group (skipping a CONSTRUCT template)."""
    form = None
    seen_where = False
    for m in _TOKEN.finditer(text):
        kind, value = m.lastgroup, m.group()
        if kind == "word" and ":" not in value:
            word = value.upper()
            if form is None and word in QUERY_FORMS:
                form = word
            elif word == "WHERE":
                seen_where = True
        elif kind == "other" and value == "{" and form is not None:
            if form != "CONSTRUCT" or seen_where:
                return m.end()
            # CONSTRUCT template: skip to its closing brace, then look for WHERE.
            form = "CONSTRUCT-TEMPLATE"
        elif kind == "other" and value == "}" and form == "CONSTRUCT-TEMPLATE":
            form = "CONSTRUCT"
    return None
