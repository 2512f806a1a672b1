"""SPARQL syntax errors told in the user's own text and in words.

The parser (Oxigraph's) says "error at 16:32: expected one of ..." with a list of grammar tokens and Unicode
character ranges, counted over the whole text it was given, which may start with prefixes govkg added. This
turns that into the line and column of what the user wrote, the line itself with a caret under the place, and
what the parser wanted, in words.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

_WHERE = re.compile(r"error at (\d+):(\d+): (.*)", re.S)
# Punctuation the grammar may expect, in words.
_TOKENS = {
    "{": "an opening brace {",
    "}": "a closing brace }",
    "(": "an opening bracket (",
    ")": "a closing bracket )",
    ".": "a full stop . between triple patterns",
    ";": "a semicolon ; before another predicate of the same subject",
    ",": "a comma , before another object",
    "?": "a variable such as ?name",
    "$": "a variable such as ?name",
    "<": "an IRI in <angle brackets>",
    ":": "a prefixed name such as gkg:chairs",
    '"': 'a closing quote "',
    "'": "a closing quote '",
}
# RDF-star annotations and property-path operators: true to the grammar, noise to nearly every reader.
_UNSAID = {"{|", "|}", "~", "|", "^", "/", "!", "<<", ">>"}
_FUNCTIONS = {"ABS", "AVG", "COUNT", "STR", "MAX", "MIN", "SUM", "IRI", "URI", "NOW", "DAY", "MD5", "NOT",
              "STRSTARTS", "STRBEFORE", "REGEX", "LANG", "BOUND", "IF", "COALESCE", "CONCAT", "SAMPLE",
              "isLITERAL", "isNUMERIC", "isIRI", "YEAR", "CONTAINS", "LCASE", "UCASE", "EXISTS"}


@dataclass(frozen=True)
class SyntaxProblem:
    line: int  # 1-based, in the user's own text
    column: int  # 1-based
    source_line: str
    expected: str  # in words

    def __str__(self) -> str:
        return (f"line {self.line}, column {self.column}: {self.expected}\n"
                f"  {self.source_line}\n  {' ' * (self.column - 1)}^")


def _expected_items(text: str) -> list[str]:
    """The items of an "expected one of A, B, [...]" list, character classes kept whole."""
    items, depth, current = [], 0, ""
    for ch in text:
        if ch == "[":
            depth += 1
        elif ch == "]":
            depth = max(0, depth - 1)
        if ch == "," and depth == 0 and not (current.startswith('"') and current.count('"') == 1):
            items.append(current.strip())
            current = ""
        else:
            current += ch
    if current.strip():
        items.append(current.strip())
    return items


def _in_words(detail: str) -> str:
    detail = " ".join(detail.split())
    m = re.match(r"expected (?:one of )?(.*)", detail)
    if not m:
        return detail[:200]
    items = _expected_items(m.group(1))
    # The parser's own sentences ("Prefix not found", "The SELECT contains a variable that is unbound") say it
    # best; they are the items with spaces that are neither quoted tokens nor character classes.
    sentences = [i for i in items if " " in i and not i.startswith(("[", '"', "'"))]
    if sentences:
        return "; ".join(s[0].lower() + s[1:] for s in sentences) + _unknown_prefix_hint(sentences)
    words: list[str] = []
    keywords = [i for i in items if re.fullmatch(r"[A-Za-z_]+", i)]
    functions = [k for k in keywords if k in _FUNCTIONS]
    if functions:
        words.append("an expression: a value, a variable or a function such as " + ", ".join(functions[:3]))
    words += [f"the keyword {k}" for k in keywords if k not in _FUNCTIONS][:4]
    for token in (i[1:-1] for i in items if len(i) >= 2 and i[0] == '"' and i[-1] == '"'):
        token = token.replace('\\"', '"').replace("\\\\", "\\")
        if token.startswith("\\") or token in _UNSAID:
            continue  # escapes inside a string (the closing quote says it), advanced syntax
        words.append(_TOKENS.get(token, f"“{token}”"))
    classes = [i for i in items if i.startswith("[")]
    if any("'A'" in c or "'a'" in c for c in classes):
        words.append("more of the name")
    if not words and classes:
        words.append("something else here" if "[_]" in classes else "another character")
    words = list(dict.fromkeys(words))
    if not words:
        return "the query cannot be read from here"
    return "expected " + (words[0] if len(words) == 1 else ", ".join(words[:-1]) + " or " + words[-1])


def _unknown_prefix_hint(sentences: list[str]) -> str:
    if any("prefix" in s.lower() for s in sentences):
        return " (declare it with PREFIX name: <...>; gkg:, rdfs:, skos:, org:, schema:, dcterms: are predefined)"
    return ""


def explain(message: str, query: str, added_lines: int = 0) -> SyntaxProblem | None:
    """The parser's MESSAGE about QUERY (the user's text, after ADDED_LINES lines govkg put before it), or
    None when the message names no place."""
    m = _WHERE.search(message)
    if not m:
        return None
    line = max(1, int(m.group(1)) - added_lines)
    lines = query.split("\n")
    source = lines[line - 1] if line <= len(lines) else ""
    column = max(1, min(int(m.group(2)), len(source) + 1))
    return SyntaxProblem(line, column, source.rstrip("\r"), _in_words(m.group(3)))


def describe(message: str, query: str, added_lines: int = 0) -> str:
    """MESSAGE explained (see `explain`), or MESSAGE itself when it names no place."""
    problem = explain(message, query, added_lines)
    return message if problem is None else f"syntax error at {problem}"
