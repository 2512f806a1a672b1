"""What a diagram shows: a scope (a body and its neighbourhood, an area, a topic, a relation set, a date) cut
out of the governance graph (graph/network.py), with chairs written on their bodies."""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass

import networkx as nx
import pyoxigraph as ox

from ..errors import GovKGError
from .labelwords import label_words
from .network import (
    BODY_KINDS,
    DEFAULT_RELATIONS,
    DIAGRAM_RELATIONS,
    TOPIC_RELATIONS,
    edges_around,
    edges_from,
    is_body,
    load_graph,
    local_name,
)
from .store import GraphStore

OFFICE_RELATIONS: tuple[str, ...] = ("reports_to", "subgroup_of", "oversees", "funds")


# Kinds still drawn when no line of the chosen relations touches them: the governance bodies proper.
LOOSE_KINDS: tuple[str, ...] = ("Council", "Partnership", "Board", "Panel", "Committee", "Group", "PoliceBody")


class ScopeError(GovKGError):
    """A diagram scope names a body, area or topic the graph does not have, or is malformed."""


@dataclass
class Scope:
    """What part of the graph to show. At most one of body, area and topic; relations limit the edge kinds."""

    body: str | None = None
    area: str | None = None
    topic: str | None = None
    relations: tuple[str, ...] = DEFAULT_RELATIONS
    as_of: dt.date | None = None
    depth: int = 2
    people: bool = False  # draw chairs as their own nodes instead of a line inside the body's box

    def __post_init__(self) -> None:
        given = [n for n in ("body", "area", "topic") if getattr(self, n)]
        if len(given) > 1:
            raise ScopeError(f"give at most one of --body, --area and --topic (got {', '.join(given)})")
        unknown = [r for r in self.relations if r not in DIAGRAM_RELATIONS]
        if unknown:
            raise ScopeError(f"--relations: unknown relation(s) {', '.join(unknown)}; "
                             f"known: {', '.join(DIAGRAM_RELATIONS)}")
        if not self.relations:
            raise ScopeError("--relations: give at least one relation")
        if self.depth < 0 or self.depth > 20:
            raise ScopeError(f"--depth must be between 0 and 20, not {self.depth}")

    def describe(self) -> str:
        parts = []
        if self.body:
            parts.append(f"around {self.body} (depth {self.depth})")
        if self.area:
            parts.append(f"area: {self.area}")
        if self.topic:
            parts.append(f"topic: {self.topic}")
        if not parts:
            parts.append("whole graph")
        parts.append("as of " + (self.as_of.isoformat() if self.as_of else "the latest records"))
        return "; ".join(parts)


def parse_relations(text: str | None) -> tuple[str, ...]:
    if not text:
        return DEFAULT_RELATIONS
    return tuple(r.strip().replace("-", "_") for r in text.split(",") if r.strip())


def parse_date(text: str | None, param: str = "--as-of") -> dt.date | None:
    if not text:
        return None
    try:
        if re.fullmatch(r"\d{4}", text):
            return dt.date(int(text), 12, 31)
        return dt.date.fromisoformat(text)
    except ValueError:
        raise ScopeError(f"{param}: not a date (yyyy-mm-dd or yyyy): {text!r}") from None


def find_node(g: nx.MultiDiGraph, name: str, kinds: tuple[str, ...] | None = None, param: str = "name") -> str:
    """The node called NAME (label, IRI or IRI tail, case-insensitive); ScopeError listing near misses."""
    want = name.strip().casefold()
    candidates = [n for n in g.nodes if kinds is None or g.nodes[n].get("kind") in kinds]
    for n in candidates:
        names = [g.nodes[n]["label"], *g.nodes[n].get("aliases", [])]
        if n == name or local_name(n) == want or any(x.casefold() == want for x in names):
            return n
    partial = sorted(n for n in candidates if want in g.nodes[n]["label"].casefold())
    if len(partial) == 1:
        return partial[0]
    hint = ", ".join(sorted(g.nodes[n]["label"] for n in partial)[:6])
    raise ScopeError(f"{param}: no single match for {name!r}" + (f"; did you mean: {hint}" if hint else ""))


def _structural(g: nx.MultiDiGraph, relations: tuple[str, ...]) -> nx.DiGraph:
    """Undirected-walk helper: who is above whom, for ancestors/descendants."""
    up = nx.DiGraph()
    for s, o, rel in g.edges(keys=True):
        if rel not in relations:
            continue
        if rel in ("reports_to", "subgroup_of"):
            up.add_edge(s, o)  # s reports up to o
        elif rel in ("oversees", "chairs", "vice_chair", "funds"):
            up.add_edge(o, s)
    return up


def _within(up: nx.DiGraph, start: str, depth: int) -> set[str]:
    found = {start}
    if start not in up:
        return found
    for graph in (up, up.reverse(copy=False)):
        found |= set(nx.single_source_shortest_path_length(graph, start, cutoff=depth))
    return found


def _area_match(label: str, area: str) -> bool:
    return re.search(rf"\b{re.escape(area.casefold())}\b", label.casefold()) is not None


def in_area(g: nx.MultiDiGraph, n: str, area: str) -> bool:
    return any(_area_match(a, area) for a in [*g.nodes[n].get("areas", []), g.nodes[n]["label"]])


def scoped_graph(full: nx.MultiDiGraph, scope: Scope) -> nx.MultiDiGraph:
    """The part of FULL the scope asks for: its edges limited to the scope's relations."""
    g = _drawable(full, scope)
    up = _structural(g, tuple(scope.relations))
    keep: set[str] | None = None
    if scope.body:
        start = find_node(full, scope.body, BODY_KINDS, "--body")
        g.add_node(start, **full.nodes[start])
        keep = _within(up, start, scope.depth)
        g.graph["focus"] = start
    elif scope.area:
        keep = {n for n in full.nodes if is_body(full, n) and in_area(full, n, scope.area)}
        if not keep:
            raise ScopeError(f"--area: no body is recorded in an area matching {scope.area!r}")
    elif scope.topic:
        keep = _topic_bodies(full, g, scope.topic)
    if keep is not None:
        if scope.body is None:
            keep = _with_context(up, keep, scope)
        g = g.subgraph(keep | _attached_people(g, keep, scope)).copy()
    g.remove_nodes_from([n for n in list(g.nodes) if not is_body(g, n) and g.degree(n) == 0])
    if scope.body:
        g.graph["focus_label"] = full.nodes[g.graph["focus"]]["label"]
        scope = Scope(**{**scope.__dict__, "body": g.graph["focus_label"]})
    if scope.topic:
        scope = Scope(**{**scope.__dict__, "topic": full.nodes[g.graph["topic"]]["label"]})
    _tidy(g, full, scope)
    g.graph["scope"] = scope.describe()
    return g


def _drawable(full: nx.MultiDiGraph, scope: Scope) -> nx.MultiDiGraph:
    """The edges of the scope's relations that a governance chart draws, and every body."""
    rels = set(scope.relations)
    g = nx.MultiDiGraph()
    for s, o, rel, attrs in full.edges(keys=True, data=True):
        if rel not in rels:
            continue
        if rel in ("oversees", "funds", "chairs", "vice_chair") and not is_body(full, o) \
                and not (rel == "oversees" and full.nodes[o]["kind"] == "Post"):
            continue  # topics, projects and plans belong on the topic and funding views; an office (PCC) stays
        if rel == "holds_post" and not scope.people:
            continue
        g.add_edge(s, o, key=rel, **attrs)
    for n in g.nodes:
        g.nodes[n].update(full.nodes[n])
    # Bodies with no drawn edge still belong on a chart of their area or topic.
    for n in full.nodes:
        if is_body(full, n) and n not in g:
            g.add_node(n, **full.nodes[n])
    return g


def _topic_bodies(full: nx.MultiDiGraph, g: nx.MultiDiGraph, wanted: str) -> set[str]:
    """The bodies involved in the topic WANTED (or a narrower one), and the topic nodes they oversee,
    which join G with their oversight lines."""
    for t, entry in full.graph.get("topics", {}).items():
        if t not in full:
            full.add_node(t, kind="Topic", label=entry["label"], areas=[], aliases=entry["aliases"])
    topic = find_node(full, wanted, ("Topic",), "--topic")
    topics = {topic} | _narrower_topics(full, topic)
    involved = set()
    for s, o, rel in full.edges(keys=True):
        if rel not in TOPIC_RELATIONS:
            continue
        for end, other in ((s, o), (o, s)):
            if end in topics and is_body(full, other):
                involved.add(other)
    words = [full.nodes[t]["label"] for t in topics]
    involved |= {n for n in full.nodes if is_body(full, n) and any(_area_match(full.nodes[n]["label"], w)
                                                                      for w in words)}
    if not involved:
        raise ScopeError(f"--topic: no body is recorded as involved in {full.nodes[topic]['label']!r}")
    keep = set(involved)
    for s, o, rel, attrs in full.edges(keys=True, data=True):
        if rel in ("oversees", "responsible_for", "led_by") and s in keep and o in topics:
            g.add_edge(s, o, key="oversees", **attrs)
            g.nodes[o].update(full.nodes[o])
    g.graph["topic"] = topic
    return keep | (topics & set(g.nodes))


def _with_context(up: nx.DiGraph, keep: set[str], scope: Scope) -> set[str]:
    """KEEP with one level above the chosen bodies (who they report to, who oversees them) and, for an area,
    their sub-groups below to the scope's depth."""
    below = up.reverse(copy=False)
    out = set(keep)
    for n in list(out):
        if n in up:
            out |= set(nx.single_source_shortest_path_length(up, n, cutoff=min(scope.depth, 1)))
            if scope.area:
                out |= set(nx.single_source_shortest_path_length(below, n, cutoff=scope.depth))
    return out


def _tidy(g: nx.MultiDiGraph, full: nx.MultiDiGraph, scope: Scope) -> None:
    """People and posts into their bodies' boxes, chairs attached, and no stray generic partner."""
    if not scope.people:
        # People and posts appear as the chair line inside a box; an office that funds, oversees or reports
        # (a PCC is one node for the office and the post) stays a box of its own.
        g.remove_nodes_from([n for n in list(g.nodes) if g.nodes[n]["kind"] in ("Person", "Post")
                             and not any(k in OFFICE_RELATIONS for *_, k in g.in_edges(n, keys=True))
                             and not any(k in OFFICE_RELATIONS for *_, k in g.out_edges(n, keys=True))])
    _attach_chairs(g, full)
    # Bodies with no drawn line are listed under the chart, but not generic partners ("Health", "Police").
    g.remove_nodes_from([n for n in list(g.nodes) if g.degree(n) == 0 and g.nodes[n]["kind"] not in LOOSE_KINDS])


def _narrower_topics(g: nx.MultiDiGraph, topic: str) -> set[str]:
    """Topics under TOPIC in the SKOS scheme (skos:broader) or stated as part of it."""
    tree = nx.DiGraph(g.graph.get("broader", []))
    for s, o, rel in g.edges(keys=True):
        if rel == "part_of" and g.nodes[s]["kind"] == "Topic":
            tree.add_edge(s, o)
    if topic not in tree:
        return set()
    return set(nx.ancestors(tree, topic))


def _attached_people(g: nx.MultiDiGraph, keep: set[str], scope: Scope) -> set[str]:
    if not scope.people:
        return set()
    out = set()
    for s, o, rel in g.edges(keys=True):
        if rel in ("chairs", "vice_chair") and o in keep:
            out.add(s)
    # and whoever holds a chairing post, when post holders are asked for
    out |= {s for s, o, rel in g.edges(keys=True) if rel == "holds_post" and o in out}
    return out


def _attach_chairs(g: nx.MultiDiGraph, full: nx.MultiDiGraph) -> None:
    """Write each body's chair (as of the scope's date) on the node, for the line inside its box, unless the
    chair is drawn as a box of its own."""
    for n in g.nodes:
        chairs = sorted(full.nodes[s]["label"] for s, _, rel in full.in_edges(n, keys=True)
                        if rel == "chairs" and not g.has_edge(s, n, "chairs"))
        g.nodes[n]["chair"] = ", ".join(chairs) if chairs else None


MAX_NODES = 400  # beyond this a chart is a poster nobody can read, and laying it out takes seconds


def governance_graph(store: GraphStore, scope: Scope, max_nodes: int = MAX_NODES) -> nx.MultiDiGraph:
    """The scoped, dated governance graph a diagram draws; ScopeError when it is too big to read.

    Only the part of the store the scope can reach is read: the bodies it starts from (the body, the bodies of
    the area, the bodies involved in the topic), walked up and down the structural lines as far as the scope
    goes, and the edges that touch them. A chart of the whole graph is drawn only when the graph is small."""
    # a chart draws only lines between what its scope reaches (no line out of it is drawn)
    full = load_graph(store, as_of=scope.as_of, around=reach(store, scope, max_nodes), inside=True)
    g = scoped_graph(full, scope)
    if g.number_of_nodes() > max_nodes:
        raise ScopeError(f"the chart would have {g.number_of_nodes()} boxes (at most {max_nodes} are drawn): "
                         "choose a --body, --area or --topic, or fewer --relations")
    return g


# Which way each structural relation points: (s, o) with s below o for these...
_UPWARD = ("reports_to", "subgroup_of")
# ...and s above o for these.
_DOWNWARD = ("oversees", "chairs", "vice_chair", "funds")
MAX_REACH = 5000  # nodes a scoped chart may read; beyond, the scope is too wide to draw
# A graph with this many times the drawable boxes in bodies is refused without reading it (some bodies are
# left off a chart, so a smaller one is read and measured).
WHOLE_GRAPH_FACTOR = 4
_CLASSES = " ".join(f"gkg:{k}" for k in BODY_KINDS)


def reach(store: GraphStore, scope: Scope, max_nodes: int = MAX_NODES) -> set[str] | None:
    """The nodes whose edges a scoped chart needs (None: the whole graph, for a scope of everything)."""
    rels = tuple(r for r in scope.relations if r in _UPWARD + _DOWNWARD)
    if scope.body:
        seeds = bodies_named(store, scope.body, "--body")
        kept = walk_relations(store, seeds, rels, scope.depth, up=True) | \
            walk_relations(store, seeds, rels, scope.depth, up=False)
    elif scope.area:
        seeds = bodies_in_area(store, scope.area)
        if not seeds:
            raise ScopeError(f"--area: no body is recorded in an area matching {scope.area!r}")
        kept = walk_relations(store, seeds, rels, min(scope.depth, 1), up=True)
        kept |= walk_relations(store, seeds, rels, scope.depth, up=False)
    elif scope.topic:
        return None if body_count(store) <= WHOLE_GRAPH_FACTOR * max_nodes else _topic_reach(store, scope)
    else:
        bodies = body_count(store)
        if bodies > WHOLE_GRAPH_FACTOR * max_nodes:  # refused before reading it all, not after
            raise ScopeError(f"the whole graph holds {bodies} bodies, far too many for one chart (at most "
                             f"{max_nodes} boxes are drawn): choose a --body, --area or --topic")
        return None
    return kept | _attached(store, kept)


def _attached(store: GraphStore, kept: set[str]) -> set[str]:
    """Who chairs or vice-chairs what is kept (a chair is written in its body's box, or drawn as a box of its
    own with people) and who holds those posts: all a chart draws beyond the kept nodes. Not every node one
    edge away: a national funder kept above an area reaches every body it funds, and each of those its own
    edges (at a hundred councils, 673 nodes and 22,000 assertions read for a chart of 24 boxes)."""
    chairs = {s for s, _, _ in edges_from(store, kept, (), ("chairs", "vice_chair"))}
    return chairs | {s for s, _, _ in edges_from(store, chairs, (), ("holds_post",))}


def bodies_named(store: GraphStore, name: str, param: str) -> set[str]:
    """The body called NAME (IRI, label or alias, any case), as find_node would pick it; the bodies whose name
    is NAME as written, when there are any (an index lookup, where any case is a pass over every name)."""
    want = name.strip()
    kind = f"?n a ?c FILTER(?c IN ({', '.join(_CLASSES.split())}))"
    rows = store.select(f"SELECT DISTINCT ?n WHERE {{ VALUES ?l {{ {_lit(want)} }} "
                        f"?n rdfs:label|skos:altLabel|skos:prefLabel ?l . {kind} }}")
    if want.startswith(("http://", "https://", "urn:")) and not any(c in want for c in '<>"{}|^`\\ '):
        rows += store.select(f"SELECT ?n WHERE {{ VALUES ?n {{ <{want}> }} {kind} }}")
    if rows:
        return {r["n"] for r in rows}
    rows = store.select(
        f"SELECT DISTINCT ?n ?l WHERE {{ VALUES ?c {{ {_CLASSES} }} ?n a ?c ; "
        f"rdfs:label|skos:altLabel|skos:prefLabel ?l . FILTER(LCASE(STR(?l)) = LCASE({_lit(want)}) "
        f"|| STR(?n) = {_lit(want)}) }}",
    )
    if not rows:
        rows = store.select(
            f"SELECT DISTINCT ?n ?l WHERE {{ VALUES ?c {{ {_CLASSES} }} ?n a ?c ; rdfs:label ?l . "
            f"FILTER(CONTAINS(LCASE(?l), LCASE({_lit(want)}))) }} LIMIT 7",
        )
        if len({r["n"] for r in rows}) != 1:
            hint = ", ".join(sorted({r["l"] for r in rows})[:6])
            raise ScopeError(f"{param}: no single match for {name!r}" + (f"; did you mean: {hint}" if hint else ""))
    return {r["n"] for r in rows}


def _lit(text: str) -> str:
    """TEXT as a SPARQL string literal, escaped."""
    return str(ox.Literal(text))


def bodies_in_area(store: GraphStore, area: str, *, bodies_only: bool = True) -> set[str]:
    """Bodies (or, with BODIES_ONLY false, things of any kind) recorded in an area whose name has AREA as a
    word (their area, the area they cover, or their own name), as in_area tells it."""
    # The names holding the word are found first (a CONTAINS over the labels, then the word test here), and
    # what is in those areas from them: one REGEX over every body's name and area was 0.4 s at a hundred
    # councils, growing with the store.
    # The labels are read from the label-word index's candidates when the store has one (a look-up: issue 15,
    # the first visitor of an area's pages after a start or a write), with the same test as the scan.
    word = re.compile(r"\b" + re.escape(area.casefold()) + r"\b")
    test = f"FILTER(isIRI(?x) && CONTAINS(LCASE(STR(?t)), {_lit(area.casefold())}))"
    index = label_words(store)
    candidates = None if index is None else index.candidates(area)
    if candidates is None:
        rows = store.select(f"SELECT DISTINCT ?x ?t WHERE {{ ?x rdfs:label ?t {test} }}")
    else:
        ordered = sorted(candidates)
        rows = [r for i in range(0, len(ordered), 300) for r in store.select(
            "SELECT DISTINCT ?x ?t WHERE { VALUES ?x { " + " ".join(f"<{x}>" for x in ordered[i:i + 300])
            + f" }} ?x rdfs:label ?t {test} }}")]
    named = sorted({r["x"] for r in rows if word.search(str(r["t"]).lower())})
    found = set(named)
    for i in range(0, len(named), 300):
        values = " ".join(f"<{x}>" for x in named[i:i + 300])
        found |= {r["n"] for r in store.select(
            f"SELECT DISTINCT ?n WHERE {{ VALUES ?x {{ {values} }} "
            "{ ?n gkg:area ?x } UNION { ?n gkg:coversArea ?x } }")}
    return bodies_among(store, found) if bodies_only else found


def bodies_among(store: GraphStore, nodes: set[str]) -> set[str]:
    """The bodies among NODES."""
    # a type test after the nodes, not VALUES ?c (from which Oxigraph began, joining every body: 30x slower)
    ordered = sorted(nodes)
    return {r["n"] for i in range(0, len(ordered), 300) for r in store.select(
        "SELECT DISTINCT ?n WHERE { VALUES ?n { " + " ".join(f"<{x}>" for x in ordered[i:i + 300]) + " } "
        f"?n a ?c FILTER(?c IN ({', '.join(_CLASSES.split())})) }}")}


def body_count(store: GraphStore) -> int:
    rows = store.select(f"SELECT (COUNT(DISTINCT ?n) AS ?k) WHERE {{ VALUES ?c {{ {_CLASSES} }} ?n a ?c }}")
    return int(rows[0]["k"])


def walk_relations(store: GraphStore, seeds: set[str], relations: tuple[str, ...], depth: int, *, up: bool) -> set[str]:
    """SEEDS and the nodes above them (UP) or below them, along RELATIONS, at most DEPTH steps away."""
    found, frontier = set(seeds), set(seeds)
    for _ in range(depth):
        if not frontier or not relations:
            break
        step = set()
        upward = tuple(r for r in relations if r in _UPWARD)
        downward = tuple(r for r in relations if r not in _UPWARD)
        # up: what the frontier reports to, and who oversees, chairs or funds it; down: the reverse
        for s, o, rel in edges_from(store, frontier, upward if up else downward, downward if up else upward):
            below, above = (s, o) if rel in _UPWARD else (o, s)
            if up and below in frontier:
                step.add(above)
            elif not up and above in frontier:
                step.add(below)
        frontier = step - found
        found |= frontier
        if len(found) > MAX_REACH:
            raise ScopeError(f"the scope reaches more than {MAX_REACH} bodies: narrow it (a smaller --depth, "
                             "a body rather than an area, fewer --relations)")
    return found


def _topic_reach(store: GraphStore, scope: Scope) -> set[str]:
    """A topic's chart on a large graph: the topic, the topics under it, the bodies tied to them, and one step
    up from those bodies."""
    rows = store.select(
        "SELECT DISTINCT ?t WHERE { ?t a skos:Concept ; skos:prefLabel|skos:altLabel ?l . "
        f"FILTER(LCASE(STR(?l)) = LCASE({_lit(scope.topic.strip())}) || STR(?t) = {_lit(scope.topic.strip())}) }}")
    if not rows:
        raise ScopeError(f"--topic: no single match for {scope.topic!r}")
    topics = {r["t"] for r in rows}
    for t in list(topics):
        topics |= {r["t"] for r in store.select(f"SELECT DISTINCT ?t WHERE {{ ?t skos:broader+ <{t}> }}")}
    involved = {n for s, o, _ in edges_around(store, topics, TOPIC_RELATIONS) for n in (s, o)}
    rels = tuple(r for r in scope.relations if r in _UPWARD + _DOWNWARD)
    kept = involved | walk_relations(store, involved, rels, 1, up=True)
    return kept | _attached(store, kept)
