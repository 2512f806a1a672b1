"""What govkg changes in a request to speak to Virtuoso Open Source as it speaks to any SPARQL 1.1 store.

Virtuoso has no default graph of its own: a query that names no dataset reads the union of all its graphs,
each copy of a triple counted (a triple four documents state matches four times), its own system graphs
included, and an update that writes triples outside `GRAPH` needs a graph named for them. govkg keeps the
default graph as the merge of the named graphs (graph/merged.py), so on Virtuoso that merge lives in one
graph, MERGE_GRAPH, named as the default graph of every request (`default-graph-uri`), and each
`GRAPH ?var { ... }` of a query or of an update's WHERE is wrapped so that ?var never takes MERGE_GRAPH or a
system graph: `GRAPH ?g` sees the documents' graphs, as on any other store. (Virtuoso's
`input:named-graph-exclude` pragma would hide the merge graph from the default graph as well.)
"""

from __future__ import annotations

from ..errors import QueryError
from ..server.querytext import group_end, significant_tokens

MERGE_GRAPH = "urn:x-govkg:default-graph"
# Graphs a fresh Virtuoso 7 holds for itself: its RDF views, LDP vocabulary, and its service description.
SYSTEM_GRAPHS = (
    "http://www.openlinksw.com/schemas/virtrdf#",
    "http://www.w3.org/ns/ldp#",
    "http://localuriqaserver/sparql",
)
HIDDEN = (MERGE_GRAPH, *SYSTEM_GRAPHS)
_TEMPLATE_HEADS = ("INSERT", "DELETE")


def _word(m) -> str:  # type: ignore[no-untyped-def]
    value = m.group()
    return value.upper() if m.lastgroup == "word" and ":" not in value else ""


def hide_graphs(text: str) -> str:
    """TEXT with every `GRAPH ?var { P }` of a pattern written `{ GRAPH ?var { P } FILTER(?var NOT IN
    (hidden graphs)) }`, and every `GRAPH <iri> { P }` written `{ GRAPH ?v { P } FILTER(?v = <iri>) }`:
    with a default graph named, Virtuoso 7 finds nothing in `GRAPH <iri>` (though `GRAPH ?g` finds that
    graph). Templates (INSERT/DELETE, DATA, DELETE WHERE) are left as they are."""
    toks = significant_tokens(text)
    edits: list[tuple[int, int, str]] = []  # (start, end, replacement), applied from the end
    skip_until = -1  # offset before which the tokens belong to a template
    not_in = ", ".join(f"<{g}>" for g in HIDDEN)
    stack: list[tuple[int, str]] = []  # wrapped GRAPH groups: (depth at which they close, their FILTER)
    depth = 0
    for i, m in enumerate(toks):
        value = m.group()
        if m.start() < skip_until:
            continue
        word = _word(m)
        if word in _TEMPLATE_HEADS:
            j = i + 1
            while j < len(toks) and _word(toks[j]) in ("DATA", "WHERE"):
                j += 1
            if j < len(toks) and toks[j].group() == "{":
                end = group_end(toks, j)
                skip_until = toks[end].end() if end < len(toks) else len(text)
            continue
        if word == "GRAPH" and i + 2 < len(toks) and toks[i + 2].group() == "{":
            name = toks[i + 1]
            if name.lastgroup == "var":
                edits.append((m.start(), m.start(), "{ "))
                stack.append((depth, f"FILTER({name.group()} NOT IN ({not_in}))"))
            elif name.lastgroup == "iri" or (name.lastgroup == "word" and ":" in name.group()):
                var = f"?govkg_graph_{i}"
                edits.append((m.start(), m.start(), "{ "))
                edits.append((name.start(), name.end(), var))
                stack.append((depth, f"FILTER({var} = {name.group()})"))
            continue
        if m.lastgroup == "other" and value == "{":
            depth += 1
        elif m.lastgroup == "other" and value == "}":
            depth -= 1
            if stack and stack[-1][0] == depth:
                _, condition = stack.pop()
                edits.append((m.end(), m.end(), f" {condition} }}"))
    for start, end, replacement in sorted(edits, key=lambda e: (e[0], e[1]), reverse=True):
        text = text[:start] + replacement + text[end:]
    return text


def names_dataset(text: str) -> bool:
    """Does the query text name its own dataset (FROM / FROM NAMED)? Then it is not given the merge graph."""
    return any(_word(m) == "FROM" for m in significant_tokens(text))


def check_update(text: str) -> None:
    """Refuse what would wipe Virtuoso's own graphs: on Virtuoso, ALL and NAMED include its system graphs."""
    words = [_word(m) for m in significant_tokens(text)]
    for i, w in enumerate(words[:-1]):
        if w in ("DROP", "CLEAR"):
            target = words[i + 2] if words[i + 1] == "SILENT" and i + 2 < len(words) else words[i + 1]
            if target in ("ALL", "NAMED"):
                raise QueryError(
                    f"{w} {target} on a Virtuoso store would also remove Virtuoso's own system graphs; "
                    "drop govkg's graphs one by one (`DROP GRAPH <...>`), or start from a new Virtuoso database"
                )


def operations(text: str) -> list[str]:
    """The operations of an update, each with the PREFIX and BASE declarations made before it.

    Virtuoso 7 fails some sequences of operations that each run alone (a DELETE with FILTER NOT EXISTS, then
    INSERT DATA, then INSERT ... WHERE: "Function length needs a string or array"), and a request that fails
    keeps what its first operations did anyway, so nothing is lost by sending them one by one."""
    toks = significant_tokens(text)
    ops: list[str] = []
    prologue: list[str] = []
    start, depth, i = 0, 0, 0
    at_start = True
    while i < len(toks):
        m = toks[i]
        word = _word(m)
        if at_start and word in ("PREFIX", "BASE"):
            n = 3 if word == "PREFIX" else 2
            end = toks[min(i + n, len(toks)) - 1].end()
            prologue.append(text[m.start():end])
            i += n
            start = end
            continue
        at_start = False
        if m.lastgroup == "other" and m.group() in "{}":
            depth += 1 if m.group() == "{" else -1
        elif m.lastgroup == "other" and m.group() == ";" and depth == 0:
            ops.append(" ".join([*prologue, text[start:m.start()].strip()]))
            start, at_start = m.end(), True
        i += 1
    rest = text[start:].strip()
    if rest:
        ops.append(" ".join([*prologue, rest]))
    return ops
