"""The default graph is the merge of the named graphs: every triple any document states, once.

Each source document keeps its own named graph (its facts, their evidence, its metadata), so provenance is
per document. The default graph holds the set union of all of them, plus anything written to the default
graph directly. A SPARQL client that asks no dataset sees each triple once, as on a store whose union default
graph is a set (Jena), with no DISTINCT; `GRAPH ?doc { ... }` still sees what each document says.

Oxigraph's own union default graph is a multiset (a label stated by four documents matches four times), which
is why govkg keeps the merge itself. Every write keeps it in step inside the same transaction (one SPARQL
Update), so a crash leaves either the old or the new state of both views:

- replacing or removing a graph first retracts from the default graph each triple of the old graph that no
  other named graph states (a reference count, taken by looking), then drops the graph and copies the new one;
- any other SPARQL Update is wrapped: the graphs it writes are snapshotted before it runs, and afterwards
  their new triples are merged in and triples they no longer state (and no other graph states) are
  retracted. An update that writes graphs chosen by a variable, or `CLEAR NAMED`, costs a pass over the
  store; one that does that and also inserts into the default graph itself is refused (send them apart).
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from urllib.parse import urljoin

from ..errors import QueryError
from ..server.querytext import tokens

# A scratch graph that lives only inside one update transaction (dropped before it commits).
SNAPSHOT = "urn:x-govkg:merge-snapshot"


def _values(graphs: Iterable[str]) -> str:
    return " ".join(f"<{g}>" for g in graphs)


def retract(graph: str) -> str:
    """Remove from the default graph each triple of GRAPH that no other named graph states."""
    return (
        f"DELETE {{ ?s ?p ?o }} WHERE {{ GRAPH <{graph}> {{ ?s ?p ?o }} "
        f"FILTER NOT EXISTS {{ GRAPH ?h {{ ?s ?p ?o }} FILTER(?h != <{graph}>) }} }}"
    )


def merge_in(graphs: list[str]) -> str:
    """Copy every triple of GRAPHS into the default graph (a set: triples already there stay once)."""
    return f"INSERT {{ ?s ?p ?o }} WHERE {{ VALUES ?g {{ {_values(graphs)} }} GRAPH ?g {{ ?s ?p ?o }} }}"


MERGE_ALL = f"INSERT {{ ?s ?p ?o }} WHERE {{ GRAPH ?g {{ ?s ?p ?o }} FILTER(?g != <{SNAPSHOT}>) }}"


def replace_graphs(dropped: list[str], insert_data: str | None, written: list[str]) -> str:
    """One update: retract and drop DROPPED, insert INSERT_DATA (an `INSERT DATA { ... }` operation or
    None), then merge WRITTEN (the graphs it wrote) into the default graph."""
    ops: list[str] = []
    for g in dropped:  # one at a time: a triple two dropped graphs share goes with the second
        ops += [retract(g), f"DROP SILENT GRAPH <{g}>"]
    if insert_data:
        ops.append(insert_data)
    if written:
        ops.append(merge_in(written))
    return " ;\n".join(ops)


# -- arbitrary updates


@dataclass
class Writes:
    """What an update may write, read from its text."""

    graphs: set[str] = field(default_factory=set)  # named graphs written, by IRI
    any_named: bool = False  # a graph chosen by a variable, or CLEAR/DROP NAMED|ALL, MOVE from a graph
    default_inserted: bool = False  # triples inserted into the default graph itself
    default_reset: bool = False  # CLEAR/DROP DEFAULT|ALL, COPY/MOVE ... TO DEFAULT
    cleared_all: bool = False  # CLEAR/DROP ALL: nothing is left in either view

    @property
    def touches_named(self) -> bool:
        return self.any_named or bool(self.graphs)


def _tokens(text: str) -> Iterator[tuple[str, str]]:
    for m in tokens(text):
        kind = m.lastgroup or "other"
        if kind not in ("ws", "comment"):
            yield kind, m.group()


def writes(text: str) -> Writes:
    """The graphs an update writes. Over-approximates where the text is ambiguous (never under)."""
    toks = list(_tokens(text))
    out = Writes()
    prefixes: dict[str, str] = {}
    base = ""

    def iri(i: int) -> str | None:
        if i >= len(toks):
            return None
        kind, value = toks[i]
        if kind == "iri":
            return urljoin(base, value[1:-1]) if base else value[1:-1]
        if kind == "word" and ":" in value:
            prefix, local = value.split(":", 1)
            if prefix in prefixes:
                return prefixes[prefix] + local
        return None

    def word(i: int) -> str:
        return toks[i][1].upper() if i < len(toks) and toks[i][0] == "word" and ":" not in toks[i][1] else ""

    def skip_silent(i: int) -> int:
        return i + 1 if word(i) == "SILENT" else i

    def graph_ref(i: int, *, target: bool) -> None:
        """A GraphRefAll / GraphOrDefault at token i."""
        w = word(i)
        if w == "GRAPH":
            i += 1
            w = word(i)
        if w == "DEFAULT":
            if target:
                out.default_reset = True
            return
        if w == "ALL":  # what came before is gone: only what follows needs keeping in step
            out.__init__(cleared_all=True)  # type: ignore[misc]
            return
        if w == "NAMED":
            out.any_named = True
            return
        g = iri(i)
        if g is None:
            out.any_named = True
        else:
            out.graphs.add(g)

    i = 0
    with_graph: str | None = None
    while i < len(toks):
        kind, value = toks[i]
        w = word(i)
        if w == "PREFIX" and i + 2 < len(toks):
            prefixes[toks[i + 1][1].rstrip(":").split(":")[0]] = iri(i + 2) or ""
            i += 3
            continue
        if w == "BASE":
            base = iri(i + 1) or base
            i += 2
            continue
        if w in ("CLEAR", "DROP"):
            graph_ref(skip_silent(i + 1), target=True)
            if word(skip_silent(i + 1)) == "DEFAULT":
                out.default_reset = True
        elif w == "CREATE":
            graph_ref(skip_silent(i + 1), target=True)
        elif w in ("ADD", "COPY", "MOVE"):
            j = skip_silent(i + 1)
            if w == "MOVE":  # the source is emptied
                graph_ref(j, target=False)
            j += 2 if word(j) == "GRAPH" else 1
            if word(j) == "TO":
                tgt = j + 1
                if word(tgt) == "DEFAULT":
                    out.default_inserted = True
                    if w != "ADD":
                        out.default_reset = True
                else:
                    graph_ref(tgt, target=True)
        elif w == "LOAD":
            j = skip_silent(i + 1) + 1
            if word(j) == "INTO":
                graph_ref(j + 1, target=True)
            else:
                out.default_inserted = True
        elif w == "WITH":
            with_graph = iri(i + 1)
            if with_graph is None:
                out.any_named = True
        elif w in ("INSERT", "DELETE"):
            j = i + 1
            if word(j) in ("DATA", "WHERE"):
                j += 1
            if j < len(toks) and toks[j][1] == "{":
                end = _template(toks, j, out, iri, word, inserting=(w == "INSERT"), with_graph=with_graph)
                i = end
                continue
        elif w == "WHERE":  # the pattern of a Modify operation: read, not written; WITH ends with it
            i = _skip_group(toks, i + 1)
            with_graph = None
            continue
        i += 1
    return out


def _skip_group(toks: list[tuple[str, str]], i: int) -> int:
    """Index just past the group that starts at token i (or i when no group starts there)."""
    if i >= len(toks) or toks[i][1] != "{":
        return i
    depth = 0
    while i < len(toks):
        if toks[i][1] == "{":
            depth += 1
        elif toks[i][1] == "}":
            depth -= 1
            if depth == 0:
                return i + 1
        i += 1
    return i


def _template(toks, start, out: Writes, iri, word, *, inserting: bool, with_graph: str | None) -> int:  # type: ignore[no-untyped-def]
    """Read a quad template (INSERT/DELETE [DATA|WHERE] { ... }) from token START; return the index after it."""
    depth = 0
    graph_depth: list[int] = []
    outside = False
    i = start
    while i < len(toks):
        kind, value = toks[i]
        if value == "{":
            depth += 1
        elif value == "}":
            depth -= 1
            if graph_depth and depth == graph_depth[-1]:
                graph_depth.pop()
            if depth == 0:
                i += 1
                break
        elif word(i) == "GRAPH" and depth >= 1:
            g = iri(i + 1)
            if g is None:
                out.any_named = True
            else:
                out.graphs.add(g)
            graph_depth.append(depth)
            i += 2
            continue
        elif depth >= 1 and not graph_depth and kind in ("iri", "word", "var", "string"):
            outside = True
        i += 1
    if outside:
        if with_graph is not None:
            out.graphs.add(with_graph)
        elif inserting:
            out.default_inserted = True
    return i


def maintained(text: str) -> str:
    """TEXT (a SPARQL Update) with the operations that keep the default graph the merge of the named graphs."""
    w = writes(text)
    if not w.touches_named and not w.default_reset:
        return text
    if w.any_named and w.default_inserted:
        raise QueryError(
            "this update writes graphs chosen by a variable (or CLEAR/DROP NAMED) and also inserts into the "
            "default graph; govkg keeps the default graph as the merge of the named graphs and cannot tell "
            "those apart in one transaction: send them as two updates"
        )
    pre: list[str] = []
    post: list[str] = []
    if w.any_named:
        # Keep aside what the default graph holds of its own (no named graph states it): it must survive.
        pre.append(
            f"INSERT {{ GRAPH <{SNAPSHOT}> {{ ?s ?p ?o }} }} WHERE {{ ?s ?p ?o "
            f"FILTER NOT EXISTS {{ GRAPH ?g {{ ?s ?p ?o }} }} }}"
        )
        post.append(MERGE_ALL)
        post.append("DELETE { ?s ?p ?o } WHERE { ?s ?p ?o FILTER NOT EXISTS { GRAPH ?g { ?s ?p ?o } } }")
    elif w.graphs:
        graphs = sorted(w.graphs)
        pre.append(
            f"INSERT {{ GRAPH <{SNAPSHOT}> {{ ?s ?p ?o }} }} WHERE {{ VALUES ?g {{ {_values(graphs)} }} "
            f"GRAPH ?g {{ ?s ?p ?o }} }}"
        )
        post.append(MERGE_ALL if w.default_reset else merge_in(graphs))
        post.append(
            f"DELETE {{ ?s ?p ?o }} WHERE {{ GRAPH <{SNAPSHOT}> {{ ?s ?p ?o }} "
            f"FILTER NOT EXISTS {{ GRAPH ?h {{ ?s ?p ?o }} FILTER(?h != <{SNAPSHOT}>) }} }}"
        )
    else:  # only the default graph was reset: put the merge back
        post.append(MERGE_ALL)
    if pre or w.any_named or w.graphs:
        post.append(f"DROP SILENT GRAPH <{SNAPSHOT}>")
    # Oxigraph takes a prologue only at the very start, so the snapshot goes right after the user's.
    cut = _prologue_end(text)
    head, body = text[:cut], _strip_trailing_semicolon(text[cut:])
    return head + "\n" + "\n;\n".join([*pre, body, *post])


def _prologue_end(text: str) -> int:
    """Offset just after the PREFIX and BASE declarations that open TEXT."""
    end, expect = 0, 0  # tokens still to read of the current declaration
    for m in tokens(text):
        kind = m.lastgroup
        if kind in ("ws", "comment"):
            continue
        if expect:
            expect -= 1
            end = m.end()
            continue
        word = m.group().upper() if kind == "word" else ""
        if word == "PREFIX":
            expect = 2
        elif word == "BASE":
            expect = 1
        else:
            break
        end = m.end()
    return end


def reraise_own_error(text: str) -> None:
    """When a maintained update fails to parse, raise the error of the user's own text (its line and column),
    found by running it alone on an empty in-memory store; return when it runs there."""
    import pyoxigraph as ox

    try:
        ox.Store().update(text)
    except SyntaxError as e:
        raise QueryError(str(e)) from None
    except OSError:
        return


# A store written before the default graph held the merge: document metadata sat only in the default graph.
MIGRATE = (
    "PREFIX gkg: <https://w3id.org/govkg/def#>\n"
    "INSERT { GRAPH ?d { ?d ?p ?o } } WHERE { GRAPH ?d { ?d gkg:plainText ?t } ?d ?p ?o } ;\n"
    + MERGE_ALL
)


def _strip_trailing_semicolon(text: str) -> str:
    last = None
    for m in tokens(text):
        if m.lastgroup not in ("ws", "comment"):
            last = m
    if last is not None and last.group() == ";":
        return text[: last.start()] + text[last.end():]
    return text
