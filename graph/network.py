"""A networkx view of governance: bodies, posts, people and topics joined by the structural relations.

Built by SPARQL from the plain triples, with the assertion nodes joined in for evidence and as-of dates, so a
diagram, the governance-health report and the explorer all read one graph. Each edge keeps every assertion
behind it (document, quote, date); an edge exists as of a date when at least one of its assertions is dated
on or before it (undated assertions always count).
"""

from __future__ import annotations

import datetime as dt
import re
from collections import defaultdict
from dataclasses import dataclass, field
from typing import Any

import networkx as nx

from ..errors import GovKGError
from ..ontology.relations import BY_KEY
from .store import GraphStore

# Relations a governance view can draw: gold relation key -> predicate (from the relation table).
DIAGRAM_RELATIONS: tuple[str, ...] = (
    "reports_to", "subgroup_of", "oversees", "chairs", "vice_chair", "funds", "holds_post",
)
DEFAULT_RELATIONS: tuple[str, ...] = ("reports_to", "subgroup_of", "oversees", "chairs", "funds")
# Relations that tie a body or topic to a theme, used to find "everything involved in Prevent".
TOPIC_RELATIONS: tuple[str, ...] = ("oversees", "responsible_for", "priority_of", "delivers", "led_by", "part_of")
# Where a post or person holds a role at a moment: keep only the latest statement on or before the date.
LATEST_ONLY: tuple[str, ...] = ("chairs", "vice_chair", "holds_post")
OFFICE_RELATIONS: tuple[str, ...] = ("reports_to", "subgroup_of", "oversees", "funds")
# Kinds still drawn when no line of the chosen relations touches them: the governance bodies proper.
LOOSE_KINDS: tuple[str, ...] = ("Council", "Partnership", "Board", "Panel", "Committee", "Group", "PoliceBody")

BODY_KINDS: tuple[str, ...] = (
    "Council", "Partnership", "Board", "Panel", "Committee", "Group", "Directorate", "PoliceBody",
    "Provider", "PublicBody", "Body",
)
NODE_KINDS: tuple[str, ...] = BODY_KINDS + ("Post", "Person", "Topic", "Initiative", "Publication", "Area")
_KIND_BY_CLASS = {k: k for k in NODE_KINDS}


class ScopeError(GovKGError):
    """A diagram scope names a body, area or topic the graph does not have, or is malformed."""


@dataclass
class Evidence:
    document: str
    title: str | None
    quote: str | None
    as_of: str | None
    citation: str | None = None  # for register facts: the original source the register cites

    def as_dict(self) -> dict[str, Any]:
        return {"document": self.document, "title": self.title, "quote": self.quote, "as_of": self.as_of,
                "citation": self.citation}


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
    evidence: list[str] = field(default_factory=list)

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


_FACTS = """
SELECT DISTINCT ?s ?p ?o ?a ?asOf ?doc ?title ?quote ?cite WHERE {
  VALUES ?p { %s }
  ?s ?p ?o .
  FILTER(isIRI(?o))
  OPTIONAL {
    ?a a gkg:Assertion ; rdf:subject ?s ; rdf:predicate ?p ; rdf:object ?o .
    OPTIONAL { ?a gkg:asOf ?asOf }
    OPTIONAL { ?a prov:wasDerivedFrom ?doc . OPTIONAL { ?doc dcterms:title ?title } }
    OPTIONAL { ?a gkg:evidence/oa:hasSelector/oa:exact ?quote }
    OPTIONAL { ?a gkg:citation ?cite }
  }
}
"""

_NODES = """
SELECT ?n ?label ?type ?areaLabel ?coverLabel ?alt WHERE {
  VALUES ?n { %s }
  OPTIONAL { ?n rdfs:label ?l1 }
  OPTIONAL { ?n skos:prefLabel ?l2 }
  BIND(COALESCE(?l1, ?l2) AS ?label)
  OPTIONAL { ?n a ?type . FILTER(STRSTARTS(STR(?type), STR(gkg:))) }
  OPTIONAL { ?n gkg:area/rdfs:label ?areaLabel }
  OPTIONAL { ?n gkg:coversArea/rdfs:label ?coverLabel }
  OPTIONAL { ?n skos:altLabel ?alt }
}
"""


def _predicate_of(key: str) -> str:
    return str(BY_KEY[key].predicate)


def _local(iri: str) -> str:
    return iri.rsplit("#", 1)[-1].rsplit("/", 1)[-1]


def _fallback_label(iri: str) -> str:
    return _local(iri).replace("-", " ").capitalize()


def load_graph(store: GraphStore, relations: tuple[str, ...] = DIAGRAM_RELATIONS + TOPIC_RELATIONS,
               as_of: dt.date | None = None) -> nx.MultiDiGraph:
    """Every stated relation of RELATIONS as an edge (key = relation), nodes labelled and typed, as of a date."""
    rels = tuple(dict.fromkeys(relations))
    by_pred = {_predicate_of(k): k for k in rels}
    values = " ".join(f"<{p}>" for p in by_pred)
    rows = store.select(_FACTS % values)
    edges: dict[tuple[str, str, str], dict[str, Any]] = {}
    for row in rows:
        rel = by_pred[row["p"]]
        key = (row["s"], row["o"], rel)
        edge = edges.setdefault(key, {"relation": rel, "evidence": {}, "dated": [], "undated": False})
        as_of_text = (row.get("asOf") or "")[:10] or None
        if row.get("a"):
            edge["evidence"][row["a"]] = Evidence(row.get("doc") or "", row.get("title"), row.get("quote"),
                                                  as_of_text, row.get("cite"))
            if as_of_text:
                edge["dated"].append(as_of_text)
            else:
                edge["undated"] = True
        else:
            edge["undated"] = True
    g = nx.MultiDiGraph()
    cutoff = as_of.isoformat() if as_of else None
    kept: dict[tuple[str, str, str], dict[str, Any]] = {}
    for key, edge in edges.items():
        dated = sorted(d for d in edge["dated"] if cutoff is None or d <= cutoff)
        if not dated and not edge["undated"]:
            continue  # every statement of it is dated after the cut-off
        evidence = [e for e in edge["evidence"].values() if e.as_of is None or cutoff is None or e.as_of <= cutoff]
        evidence.sort(key=lambda e: (e.as_of or "", e.document, e.quote or ""), reverse=True)
        kept[key] = {"relation": edge["relation"], "as_of": dated[-1] if dated else None, "evidence": evidence}
    _keep_latest(kept)
    for (s, o, rel), attrs in sorted(kept.items()):
        g.add_edge(s, o, key=rel, **attrs)
    _add_unlinked_bodies(store, g, cutoff)
    _describe_nodes(store, g)
    broader = store.select("SELECT ?t ?u WHERE { ?t skos:broader ?u }")
    g.graph["broader"] = sorted({(r["t"], r["u"]) for r in broader})
    labels: dict[str, dict[str, Any]] = {}
    for r in store.select("SELECT ?t ?label ?alt WHERE { ?t a skos:Concept ; skos:prefLabel ?label "
                          "OPTIONAL { ?t skos:altLabel ?alt } }"):
        entry = labels.setdefault(r["t"], {"label": r["label"], "aliases": []})
        if r.get("alt"):
            entry["aliases"].append(r["alt"])
    g.graph["topics"] = labels
    return g


_BODIES = """
SELECT DISTINCT ?n ?asOf ?doc ?title ?quote ?cite WHERE {
  VALUES ?c { %s }
  ?n a ?c .
  OPTIONAL {
    ?a a gkg:Assertion . { ?a rdf:subject ?n } UNION { ?a rdf:object ?n }
    OPTIONAL { ?a gkg:asOf ?asOf }
    OPTIONAL { ?a prov:wasDerivedFrom ?doc . OPTIONAL { ?doc dcterms:title ?title } }
    OPTIONAL { ?a gkg:evidence/oa:hasSelector/oa:exact ?quote }
    OPTIONAL { ?a gkg:citation ?cite }
  }
}
"""


def _add_unlinked_bodies(store: GraphStore, g: nx.MultiDiGraph, cutoff: str | None) -> None:
    """Bodies no drawn relation mentions still exist; keep where they are recorded, as their evidence."""
    classes = " ".join(f"gkg:{k}" for k in BODY_KINDS)
    for row in store.select(_BODIES % classes):
        n = row["n"]
        as_of = (row.get("asOf") or "")[:10] or None
        if cutoff and as_of and as_of > cutoff:
            continue
        if n not in g:
            g.add_node(n, mentions=[])
        if "mentions" in g.nodes[n] and row.get("doc") and len(g.nodes[n]["mentions"]) < 2:
            g.nodes[n]["mentions"].append(Evidence(row["doc"], row.get("title"), row.get("quote"), as_of,
                                                   row.get("cite")))


def _keep_latest(edges: dict[tuple[str, str, str], dict[str, Any]]) -> None:
    """For chairs and post holders, only the statements with the latest as-of date for each body or post."""
    for rel in LATEST_ONLY:
        by_object: dict[str, list[tuple[str, str, str]]] = defaultdict(list)
        for key in edges:
            if key[2] == rel:
                by_object[key[1]].append(key)
        for keys in by_object.values():
            dates = [edges[k]["as_of"] for k in keys if edges[k]["as_of"]]
            if not dates:
                continue
            latest = max(dates)
            for k in keys:
                if edges[k]["as_of"] and edges[k]["as_of"] < latest:
                    del edges[k]


def _describe_nodes(store: GraphStore, g: nx.MultiDiGraph) -> None:
    nodes = list(g.nodes)
    for i in range(0, len(nodes), 400):
        chunk = nodes[i:i + 400]
        rows = store.select(_NODES % " ".join(f"<{n}>" for n in chunk))
        info: dict[str, dict[str, Any]] = {
            n: {"label": None, "kinds": set(), "areas": set(), "aliases": set()} for n in chunk}
        for row in rows:
            d = info[row["n"]]
            if row.get("label") and not d["label"]:
                d["label"] = row["label"]
            if row.get("type"):
                d["kinds"].add(_local(row["type"]))
            if row.get("alt"):
                d["aliases"].add(row["alt"])
            for key in ("areaLabel", "coverLabel"):
                if row.get(key):
                    d["areas"].add(row[key])
        for n, d in info.items():
            g.nodes[n].update(label=d["label"] or _fallback_label(n), kind=_kind_of(n, d["kinds"]),
                              areas=sorted(d["areas"]), aliases=sorted(d["aliases"]))


def _kind_of(iri: str, classes: set[str]) -> str:
    for kind in NODE_KINDS:  # the most specific known class wins, in table order
        if kind in classes and kind != "Body":
            return kind
    if "Body" in classes:
        return "Body"
    if "Strategy" in classes or "Plan" in classes or "Report" in classes:
        return "Publication"
    segment = iri.removeprefix("https://w3id.org/govkg/id/").split("/", 1)[0]
    return {"body": "Body", "person": "Person", "post": "Post", "topic": "Topic", "initiative": "Initiative",
            "publication": "Publication", "area": "Area"}.get(segment, "Body")


def is_body(g: nx.MultiDiGraph, n: str) -> bool:
    return g.nodes[n].get("kind") in BODY_KINDS


# ---------------------------------------------------------------- scoping

def find_node(g: nx.MultiDiGraph, name: str, kinds: tuple[str, ...] | None = None, param: str = "name") -> str:
    """The node called NAME (label, IRI or IRI tail, case-insensitive); ScopeError listing near misses."""
    want = name.strip().casefold()
    candidates = [n for n in g.nodes if kinds is None or g.nodes[n].get("kind") in kinds]
    for n in candidates:
        names = [g.nodes[n]["label"], *g.nodes[n].get("aliases", [])]
        if n == name or _local(n) == want or any(x.casefold() == want for x in names):
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
    up = _structural(g, tuple(rels))
    keep: set[str] | None = None
    if scope.body:
        start = find_node(full, scope.body, BODY_KINDS, "--body")
        g.add_node(start, **full.nodes[start])
        keep = _within(up, start, scope.depth)
        g.graph["focus"] = start
    elif scope.area:
        matched = {n for n in full.nodes if is_body(full, n) and in_area(full, n, scope.area)}
        if not matched:
            raise ScopeError(f"--area: no body is recorded in an area matching {scope.area!r}")
        keep = set(matched)
    elif scope.topic:
        for t, entry in full.graph.get("topics", {}).items():
            if t not in full:
                full.add_node(t, kind="Topic", label=entry["label"], areas=[], aliases=entry["aliases"])
        topic = find_node(full, scope.topic, ("Topic",), "--topic")
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
        keep |= topics & set(g.nodes)
        g.graph["topic"] = topic
    if keep is not None:
        if scope.body is None:
            # Context: one level above the chosen bodies (who they report to, who oversees them) and their
            # sub-groups below, to the scope's depth.
            below = up.reverse(copy=False)
            for n in list(keep):
                if n in up:
                    keep |= set(nx.single_source_shortest_path_length(up, n, cutoff=min(scope.depth, 1)))
                    if scope.area:
                        keep |= set(nx.single_source_shortest_path_length(below, n, cutoff=scope.depth))
        g = g.subgraph(keep | _attached_people(g, keep, scope)).copy()
    g.remove_nodes_from([n for n in list(g.nodes) if not is_body(g, n) and g.degree(n) == 0])
    if scope.body:
        g.graph["focus_label"] = full.nodes[g.graph["focus"]]["label"]
        scope = Scope(**{**scope.__dict__, "body": g.graph["focus_label"]})
    if scope.topic:
        scope = Scope(**{**scope.__dict__, "topic": full.nodes[g.graph["topic"]]["label"]})
    if not scope.people:
        # People and posts appear as the chair line inside a box; an office that funds, oversees or reports
        # (a PCC is one node for the office and the post) stays a box of its own.
        g.remove_nodes_from([n for n in list(g.nodes) if g.nodes[n]["kind"] in ("Person", "Post")
                             and not any(k in OFFICE_RELATIONS for *_, k in g.in_edges(n, keys=True))
                             and not any(k in OFFICE_RELATIONS for *_, k in g.out_edges(n, keys=True))])
    _attach_chairs(g, full)
    # Bodies with no drawn line are listed under the chart, but not generic partners ("Health", "Police").
    g.remove_nodes_from([n for n in list(g.nodes) if g.degree(n) == 0 and g.nodes[n]["kind"] not in LOOSE_KINDS])
    g.graph["scope"] = scope.describe()
    return g


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
    """The scoped, dated governance graph a diagram draws; ScopeError when it is too big to read."""
    full = load_graph(store, as_of=scope.as_of)
    g = scoped_graph(full, scope)
    if g.number_of_nodes() > max_nodes:
        raise ScopeError(f"the chart would have {g.number_of_nodes()} boxes (at most {max_nodes} are drawn): "
                         "choose a --body, --area or --topic, or fewer --relations")
    return g
