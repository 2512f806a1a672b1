"""Just enough SPARQL lexing to answer three questions before a query runs: which form is it (SELECT, ASK,
CONSTRUCT, DESCRIBE), does it use an operation the public endpoint refuses (SERVICE, LOAD), and is it
small and shallow enough for a query engine to parse without running out of stack (`check_shape`)?

Keywords are found as tokens, never by substring, so `?service`, `ex:load`, `"SERVICE"`, an IRI or a
comment containing the word do not count, and the parser still has the last word on syntax.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass
from functools import lru_cache

from ..errors import QueryError

_TOKEN = re.compile(
    r"""
     (?P<ws>\s+)
    |(?P<comment>\#[^\n\r]*)
    |(?P<iri><[^<>"{}|^`\\\x00-\x20]*>)
    |(?P<string>\"\"\"(?:[^"\\]|\\.|"(?!""))*\"\"\"|'''(?:[^'\\]|\\.|'(?!''))*'''
               |"(?:[^"\\\n\r]|\\.)*"|'(?:[^'\\\n\r]|\\.)*')
    |(?P<var>[?$][\w\u00b7\u0300-\u036f\u203f-\u2040]+)
    |(?P<number>\d+(?:\.\d*)?(?:[eE][+-]?\d+)?|\.\d+(?:[eE][+-]?\d+)?)
    |(?P<word>[^\W\d][\w.-]*(?::[\w.%:\\-]*)?|:[\w.%:\\-]*)
    |(?P<other>.)
    """,
    re.X | re.S,
)

QUERY_FORMS = ("SELECT", "ASK", "CONSTRUCT", "DESCRIBE")

# Texts up to this size have their shape and form remembered (at most SHAPE_CACHE of them, about 2 MB each
# way): a client, a page or a dashboard sends the same query again and again, and lexing it was a tenth of a
# request's time in the server process for a query that runs in a millisecond.
SHAPE_CACHE, SHAPE_CACHED_BYTES = 256, 8192
UPDATE_KEYWORDS = frozenset({"INSERT", "DELETE", "LOAD", "CLEAR", "CREATE", "DROP", "COPY", "MOVE", "ADD", "WITH"})


def tokens(text: str) -> Iterator[re.Match[str]]:
    """Every token of TEXT; `m.lastgroup` is its kind (ws, comment, iri, string, var, word, other)."""
    return _TOKEN.finditer(text)


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
    return _cached_form(text) if len(text) <= SHAPE_CACHED_BYTES else _form(text)


@lru_cache(maxsize=SHAPE_CACHE)
def _cached_form(text: str) -> str | None:
    return _form(text)


def _form(text: str) -> str | None:
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


# -- shape limits

# Query engines parse and plan SPARQL recursively: Oxigraph (pyoxigraph in our workers, `oxigraph serve`
# behind a remote store) aborts on a stack overflow at about 550 nested groups, 240 nested function calls,
# 650 MINUS blocks or BINDs in one group, 1,000 items in one RDF collection or 2,000 triple patterns, with
# the 2 MB stack of a server thread (measured; see tests/test_query_shapes.py). These limits keep every query
# that reaches an engine at a fraction of that: nesting depth, and "parts" (tokens, with items of a
# collection counted twice, as each becomes two triple patterns) outside the prologue and outside VALUES and
# INSERT/DELETE DATA blocks, whose flat lists of values no engine nests.
MAX_DEPTH = 40
MAX_PARTS = 1000
MAX_QUERY_BYTES = 4 * 2**20

_TERMS = frozenset({"iri", "string", "var", "number"})
_OPEN = {"{": "{", "(": "(", "[": "["}
_CLOSE = frozenset("})]")


class QueryTooComplex(QueryError):
    """A query nested too deeply or too large to hand to a query engine."""


def strip_bom(text: str) -> str:
    """TEXT without a leading byte-order mark (editors on Windows save one; SPARQL parsers reject it)."""
    return text[1:] if text.startswith("\ufeff") else text


def shape(text: str) -> tuple[int, int]:
    """(deepest nesting of {}, (), [] and << >>; weighted parts) of TEXT, as `check_shape` counts them."""
    return _cached_shape(text) if len(text) <= SHAPE_CACHED_BYTES else _shape(text)


@lru_cache(maxsize=SHAPE_CACHE)
def _cached_shape(text: str) -> tuple[int, int]:
    return _shape(text)


def _shape(text: str) -> tuple[int, int]:
    depth = deepest = parts = 0
    stack: list[str] = []  # per open bracket: "{", "[", "E" (expression or call), "C" (collection or path)
    exempt_at: int | None = None  # depth of the VALUES / DATA block we are in
    pending_block = False  # VALUES or INSERT/DELETE DATA seen: the next "{" opens a flat block
    skip = 0  # tokens of a PREFIX/BASE declaration still to come
    previous = ""  # the previous token ("K" for a keyword)
    prev_kind = ""
    prev_end = -1
    for m in _TOKEN.finditer(text):
        kind = m.lastgroup
        if kind in ("ws", "comment"):
            continue
        value = m.group()
        keyword = kind == "word" and ":" not in value and value != "a"
        upper = value.upper() if keyword else ""
        weight = 0 if skip or exempt_at is not None else 1
        if skip:
            skip -= 1
        if upper in ("PREFIX", "BASE") and exempt_at is None:
            skip, weight = (2 if upper == "PREFIX" else 1), 0
        elif upper == "VALUES" or (upper == "DATA" and previous in ("INSERT", "DELETE")):
            pending_block = True
        opened = closed = False
        if kind == "other":
            if value == "<" and prev_kind == "other" and previous == "<" and prev_end == m.start():
                opened, stack_kind = True, "<"
            elif value == ">" and prev_kind == "other" and previous == ">" and prev_end == m.start():
                if stack and stack[-1] == "<":
                    closed = True
            elif value in _OPEN:
                opened = True
                stack_kind = value
                if value == "(":
                    stack_kind = "E" if (stack and stack[-1] == "E") or previous == "K" else "C"
            elif value in _CLOSE:
                closed = True
        elif kind in _TERMS or (kind == "word" and not keyword):
            if stack and stack[-1] == "C":
                weight *= 2
        if opened:
            stack.append(stack_kind)
            depth += 1
            deepest = max(deepest, depth)
            if value == "{" and pending_block and exempt_at is None:
                exempt_at = depth
                pending_block = False
        elif closed and stack:
            if exempt_at is not None and depth == exempt_at:
                exempt_at = None
            stack.pop()
            depth -= 1
        parts += weight
        previous = "K" if keyword and upper not in ("INSERT", "DELETE") else (upper or value)
        prev_kind = kind
        prev_end = m.end()
    return deepest, parts


def check_shape(
    text: str, *, max_depth: int = MAX_DEPTH, max_parts: int = MAX_PARTS, max_bytes: int | None = MAX_QUERY_BYTES
) -> None:
    """Refuse (QueryTooComplex, a 400) a query or update that could overflow a query engine's stack.

    MAX_BYTES bounds queries (None for updates, whose INSERT DATA blocks the request size limit bounds)."""
    if max_bytes is not None and len(text) > max_bytes:
        raise QueryTooComplex(
            f"the query is {len(text) // 1024} KB; govkg passes on at most {max_bytes // 2**20} MB"
        )
    deepest, parts = shape(text)
    if deepest > max_depth:
        raise QueryTooComplex(
            f"the query nests brackets {deepest} levels deep; govkg passes on at most {max_depth} levels "
            "(a query engine parses nesting recursively, and deeper queries can crash it)"
        )
    if parts > max_parts:
        raise QueryTooComplex(
            f"the query has {parts} parts outside VALUES blocks; govkg passes on at most {max_parts} "
            "(a query engine plans long chains recursively). Put long lists of values in a VALUES block."
        )


# -- updates, read before they run


@dataclass
class UpdateProbe:
    """One operation of an update whose cost lies in a WHERE clause, as a read-only query that counts the
    solutions it would act on (run first, under the query limits)."""

    query: str  # SELECT (COUNT(*) AS ?n) over the operation's WHERE group, with the prologue before it
    default_graph: list[str] | None  # WITH / USING graphs; None: the store's default graph (their merge)
    named_graphs: list[str] | None
    templates: int  # triple patterns in its DELETE and INSERT templates (changes per solution)


def significant_tokens(text: str) -> list[re.Match[str]]:
    return [m for m in _TOKEN.finditer(text) if m.lastgroup not in ("ws", "comment")]


def group_end(tokens: list[re.Match[str]], i: int) -> int:
    """Index of the token closing the group that tokens[i] ('{') opens (len(tokens) if it never closes)."""
    depth = 0
    for j in range(i, len(tokens)):
        value = tokens[j].group()
        if tokens[j].lastgroup == "other" and value in "{}":
            depth += 1 if value == "{" else -1
            if depth == 0:
                return j
    return len(tokens)


def _template_size(tokens: list[re.Match[str]]) -> int:
    """Roughly how many triple patterns a template holds: one per three terms."""
    terms = sum(1 for m in tokens if m.lastgroup in _TERMS or (m.lastgroup == "word" and ":" in m.group()))
    return max(1, terms // 3)


def update_probes(text: str) -> list[UpdateProbe]:
    """The WHERE-driven operations of the SPARQL Update TEXT as counting queries. INSERT DATA, DELETE DATA
    and graph management (LOAD, CLEAR, DROP, CREATE, ADD, MOVE, COPY) cost what their data or graphs
    hold, and have no probe."""
    tokens = significant_tokens(text)
    prefixes: dict[str, str] = {}
    prologue: list[str] = []
    probes: list[UpdateProbe] = []
    i = 0
    while i < len(tokens):
        # one operation: up to the next ';' outside any group
        op_start = i
        depth = 0
        while i < len(tokens):
            value = tokens[i].group()
            if tokens[i].lastgroup == "other":
                if value in "{([":
                    depth += 1
                elif value in "})]":
                    depth -= 1
                elif value == ";" and depth == 0:
                    break
            i += 1
        op = tokens[op_start:i]
        i += 1
        words = [m.group().upper() if m.lastgroup == "word" and ":" not in m.group() else "" for m in op]
        j = 0
        while j < len(op) and words[j] in ("PREFIX", "BASE"):
            width = 3 if words[j] == "PREFIX" else 2
            decl = op[j : j + width]
            prologue.append(" ".join(m.group() for m in decl))
            if words[j] == "PREFIX" and len(decl) == 3 and decl[2].lastgroup == "iri":
                prefixes[decl[1].group()] = decl[2].group()[1:-1]
            j += width
        body, kinds = op[j:], words[j:]
        if not body or kinds[0] not in ("WITH", "DELETE", "INSERT") or (len(kinds) > 1 and kinds[1] == "DATA"):
            continue
        default: list[str] = []
        named: list[str] = []
        templates = 0
        where: tuple[int, int] | None = None
        k = 0
        while k < len(body):
            word = kinds[k]
            if word == "WITH" and k + 1 < len(body):
                default = [_iri(body[k + 1].group(), prefixes)]
                k += 2
            elif word == "USING" and k + 1 < len(body):
                is_named = kinds[k + 1] == "NAMED"
                target = body[k + 2] if is_named and k + 2 < len(body) else body[k + 1]
                (named if is_named else default).append(_iri(target.group(), prefixes))
                k += 3 if is_named else 2
            elif word in ("DELETE", "INSERT") and k + 1 < len(body) and body[k + 1].group() == "{":
                end = group_end(body, k + 1)
                templates += _template_size(body[k + 2 : end])
                k = end + 1
            elif (word == "WHERE" or (word == "" and body[k].group() == "{")) and where is None:
                start = k + 1 if word == "WHERE" else k
                if start < len(body) and body[start].group() == "{":
                    where = (start, group_end(body, start))
                    k = where[1] + 1
                else:
                    k += 1
            else:
                k += 1
        if where is None:
            continue
        if kinds[0] == "DELETE" and len(kinds) > 1 and kinds[1] == "WHERE":
            templates = _template_size(body[where[0] + 1 : where[1]])
        group = text[body[where[0]].start() : body[min(where[1], len(body) - 1)].end()]
        query = "\n".join(prologue) + "\nSELECT (COUNT(*) AS ?n) WHERE " + group
        # Graphs named by prefixed names this prologue does not declare fall back to the store's default graph,
        # the merge of every document's graph: a superset of what the operation reads, so the probe never
        # under-estimates the work.
        probes.append(
            UpdateProbe(
                query,
                default if default and all(default) else None,
                named if named and all(named) else None,
                max(templates, 1),
            )
        )
    return probes


def _iri(token: str, prefixes: dict[str, str]) -> str:
    """The IRI a token names ('' when it cannot be resolved here)."""
    if token.startswith("<") and token.endswith(">"):
        return token[1:-1]
    prefix, _, local = token.partition(":")
    base = prefixes.get(prefix + ":")
    return base + local if base is not None else ""
