"""A networkx view of governance: bodies, posts, people and topics joined by the structural relations.

Built by SPARQL from the plain triples, with the assertion nodes joined in for evidence and as-of dates, so a
diagram, the governance-health report and the explorer all read one graph. Each edge keeps every assertion
behind it (document, quote, date); an edge exists as of a date when at least one of its assertions is dated
on or before it (undated assertions always count).
"""

from __future__ import annotations

import datetime as dt
from collections import defaultdict
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from typing import Any

import networkx as nx

from ..ontology.relations import BY_KEY
from .dates import shown
from .iris import BASE
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

BODY_KINDS: tuple[str, ...] = (
    "Council", "Partnership", "Board", "Panel", "Committee", "Group", "Directorate", "PoliceBody",
    "Provider", "PublicBody", "Body",
)
NODE_KINDS: tuple[str, ...] = BODY_KINDS + ("Post", "Person", "Topic", "Initiative", "Publication", "Area")


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


# The evidence chain is nested, not a property path: as a path Oxigraph planned it as a scan of every selector.
# what an assertion ?a carries: its date and precision, its document and title, its quote, its citation
_EVIDENCE_OF_A = """
  OPTIONAL { ?a gkg:asOf ?asOf }
  OPTIONAL { ?a gkg:datePrecision ?precision }
  OPTIONAL { ?a prov:wasDerivedFrom ?doc . OPTIONAL { ?doc dcterms:title ?title } }
  OPTIONAL { ?a gkg:evidence ?ev . OPTIONAL { ?ev oa:hasSelector ?sel . ?sel oa:exact ?quote } }
  OPTIONAL { ?a gkg:citation ?cite }
"""
_EVIDENCE = """
  OPTIONAL {
    ?a rdf:subject ?s ; rdf:predicate ?p ; rdf:object ?o ; a gkg:Assertion .""" + _EVIDENCE_OF_A + """  }
"""

_FACTS = """
SELECT DISTINCT ?s ?p ?o ?a ?asOf ?precision ?doc ?title ?quote ?cite WHERE {
  VALUES ?p { %s }
  ?s ?p ?o .
  FILTER(isIRI(?o))
""" + _EVIDENCE + "}"

# The assertions behind some edges, found from the edges themselves (subject, predicate and object bound
# together), with what choosing among them needs: the date (for the as-of cut and the order) and the document.
# Quotes are read afterwards for the few an edge shows (_EVIDENCE_OF): one county's chart of a hundred councils
# once read the quote of every restatement of every edge around it, 22,000 of them.
# Oxigraph follows the written order from each bound edge, so the first pattern should be the end with fewer
# assertions: the object for most edges (a person or body as subject also attends, is a member, and so on:
# 5x slower for one county), the subject for an edge to a topic (every council's papers state lines to it).
_ASSERTIONS_OF = """
SELECT ?s ?p ?o ?a ?asOf ?precision ?doc WHERE {
  VALUES (?s ?p ?o) { %s }
  %s
  OPTIONAL { ?a gkg:asOf ?asOf }
  OPTIONAL { ?a gkg:datePrecision ?precision }
  OPTIONAL { ?a prov:wasDerivedFrom ?doc }
}
"""
_OBJECT_FIRST = "?a rdf:object ?o . ?a rdf:subject ?s . ?a rdf:predicate ?p ."
_SUBJECT_FIRST = "?a rdf:subject ?s . ?a rdf:object ?o . ?a rdf:predicate ?p ."
_EVIDENCE_OF = """
SELECT DISTINCT ?a ?title ?quote ?cite WHERE {
  VALUES ?a { %s }
  OPTIONAL { ?a prov:wasDerivedFrom ?doc . OPTIONAL { ?doc dcterms:title ?title } }
  OPTIONAL { ?a gkg:evidence ?ev . OPTIONAL { ?ev oa:hasSelector ?sel . ?sel oa:exact ?quote } }
  OPTIONAL { ?a gkg:citation ?cite }
}
"""
# Statements an edge shows as evidence, the latest first; the others are counted (`statements`, `documents`)
# and are on the entity pages of either end.
SHOWN_EVIDENCE = 5

# Edges around some nodes, or from them one way only (a walk down from a body that oversees a topic would
# otherwise read every line to that topic in the country). One branch per predicate, the nodes bound outside
# them: Oxigraph then looks each (predicate, node) pair up, where a FILTER on ?p read every triple of each node
# first (the chairs of one area's bodies at a hundred councils: 14 ms against 1 ms, the police and crime
# commissioner being the object of thousands of triples); a direction with no predicate is not read at all.
# VALUES ?p joined with the nodes was worse: a product of lookups (5-20x slower for one county's nodes).
def _edges_from_query(nodes: str, outward: Iterable[str], inward: Iterable[str]) -> str:
    parts = []
    outs, ins = list(outward), list(inward)
    if outs:
        parts.append(f"{{ VALUES ?s {{ {nodes} }} " + " UNION ".join(
            f"{{ ?s <{p}> ?o . FILTER(isIRI(?o)) BIND(<{p}> AS ?p) }}" for p in outs) + " }")
    if ins:
        parts.append(f"{{ VALUES ?o {{ {nodes} }} " + " UNION ".join(
            f"{{ ?s <{p}> ?o . BIND(<{p}> AS ?p) }}" for p in ins) + " }")
    return "SELECT DISTINCT ?s ?p ?o WHERE { " + " UNION ".join(parts) + " }"


_EDGES_WITHIN = """
SELECT DISTINCT ?s ?p ?o WHERE { VALUES ?s { %(n)s } VALUES ?o { %(n)s } ?s ?p ?o . FILTER(?p IN (%(p)s)) }
"""
_BATCH = 300
_TOPICS = BASE + "topic/"

_NODES = """
SELECT ?n ?label ?type ?areaLabel ?coverLabel ?alt ?bodyType WHERE {
  VALUES ?n { %s }
  OPTIONAL { ?n rdfs:label ?l1 }
  OPTIONAL { ?n skos:prefLabel ?l2 }
  BIND(COALESCE(?l1, ?l2) AS ?label)
  OPTIONAL { ?n a ?type . FILTER(STRSTARTS(STR(?type), STR(gkg:))) }
  OPTIONAL { ?n gkg:area/rdfs:label ?areaLabel }
  OPTIONAL { ?n gkg:coversArea/rdfs:label ?coverLabel }
  OPTIONAL { ?n skos:altLabel ?alt }
  OPTIONAL { ?n org:classification/skos:prefLabel ?bodyType }
}
"""


def predicate_of(key: str) -> str:
    return str(BY_KEY[key].predicate)


def local_name(iri: str) -> str:
    return iri.rsplit("#", 1)[-1].rsplit("/", 1)[-1]


def _fallback_label(iri: str) -> str:
    return local_name(iri).replace("-", " ").capitalize()


def _in_list(predicates: Iterable[str]) -> str:
    return ", ".join(f"<{p}>" for p in predicates)


def iri_batches(nodes: Iterable[str]) -> Iterator[str]:
    ordered = sorted(nodes)
    for i in range(0, len(ordered), _BATCH):
        yield " ".join(f"<{n}>" for n in ordered[i:i + _BATCH])


def edges_around(store: GraphStore, nodes: Iterable[str], relations: Iterable[str]) -> list[tuple[str, str, str]]:
    """(subject, object, relation) of every stated edge of RELATIONS that touches one of NODES."""
    by_pred = {predicate_of(k): k for k in dict.fromkeys(relations)}
    out: list[tuple[str, str, str]] = []
    if not by_pred:
        return out
    for batch in iri_batches(nodes):
        out.extend((r["s"], r["o"], by_pred[r["p"]]) for r in store.select(_edges_from_query(batch, by_pred, by_pred)))
    return out


def edges_from(store: GraphStore, nodes: Iterable[str], outward: Iterable[str],
               inward: Iterable[str] = ()) -> list[tuple[str, str, str]]:
    """(subject, object, relation) of the stated edges of OUTWARD relations whose subject is one of NODES, and
    of INWARD relations whose object is one of them."""
    outs = {predicate_of(k): k for k in dict.fromkeys(outward)}
    ins = {predicate_of(k): k for k in dict.fromkeys(inward)}
    out: list[tuple[str, str, str]] = []
    if not outs and not ins:
        return out
    by_pred = outs | ins
    for batch in iri_batches(nodes):
        out.extend((r["s"], r["o"], by_pred[r["p"]]) for r in store.select(_edges_from_query(batch, outs, ins)))
    return out


def _edges_within(store: GraphStore, predicates: list[str], nodes: set[str]) -> set[tuple[str, str, str]]:
    """The stated edges (of PREDICATES) with both ends in NODES."""
    values = _in_list(predicates)
    edges: set[tuple[str, str, str]] = set()
    for batch in iri_batches(nodes):
        if len(nodes) <= _BATCH:  # both ends bound: a scoped chart is read in one query
            rows = store.select(_EDGES_WITHIN % {"p": values, "n": batch})
            edges |= {(r["s"], r["p"], r["o"]) for r in rows}
        else:  # an edge with both ends inside leaves one of them: only the edges out of NODES are read
            rows = store.select(_edges_from_query(batch, predicates, ()))
            edges |= {(r["s"], r["p"], r["o"]) for r in rows if r["o"] in nodes}
    return edges


def _facts_around(store: GraphStore, predicates: list[str], around: set[str], inside: bool,
                  among: set[str]) -> list[dict[str, Any]]:
    """A row per assertion behind each stated edge that touches AROUND (both ends in it, when INSIDE) or has
    both ends in AMONG, with its date and document, and a row with no assertion for an edge none states."""
    edges = _edges_within(store, predicates, around) if inside else set()
    if among:
        edges |= _edges_within(store, predicates, among)
    if not inside:
        for batch in iri_batches(around):
            edges |= {(r["s"], r["p"], r["o"]) for r in store.select(_edges_from_query(batch, predicates, predicates))}
    rows: list[dict[str, Any]] = []
    to_topics = sorted(e for e in edges if e[2].startswith(_TOPICS))
    for group, order in ((sorted(edges.difference(to_topics)), _OBJECT_FIRST), (to_topics, _SUBJECT_FIRST)):
        for i in range(0, len(group), _BATCH):
            tuples = " ".join(f"(<{s}> <{p}> <{o}>)" for s, p, o in group[i:i + _BATCH])
            rows.extend(store.select(_ASSERTIONS_OF % (tuples, order)))
    stated = {(r["s"], r["p"], r["o"]) for r in rows}
    rows.extend({"s": s, "p": p, "o": o} for s, p, o in sorted(edges) if (s, p, o) not in stated)
    return rows


def _details(store: GraphStore, assertions: Iterable[str]) -> dict[str, dict[str, Any]]:
    """Title, quote and citation of each assertion."""
    ordered = sorted(set(assertions))
    out: dict[str, dict[str, Any]] = {}
    for i in range(0, len(ordered), 1000):
        for r in store.select(_EVIDENCE_OF % " ".join(f"<{a}>" for a in ordered[i:i + 1000])):
            out.setdefault(r["a"], r)
    return out


def load_graph(store: GraphStore, relations: tuple[str, ...] = DIAGRAM_RELATIONS + TOPIC_RELATIONS,
               as_of: dt.date | None = None, around: Iterable[str] | None = None,
               inside: bool = False, among: Iterable[str] = ()) -> nx.MultiDiGraph:
    """Every stated relation of RELATIONS as an edge (key = relation), nodes labelled and typed, as of a date;
    when AROUND is given, only the edges that touch it (with both ends in it, when INSIDE) or have both ends in
    AMONG, and only AROUND's bodies among those no edge touches.

    An edge keeps its latest date (`as_of`), how many statements stand behind it (`statements`) and in which
    documents (`documents`), and the latest SHOWN_EVIDENCE of those statements with their quotes (`evidence`)."""
    rels = tuple(dict.fromkeys(relations))
    by_pred = {predicate_of(k): k for k in rels}
    if around is None:
        rows = store.select(_FACTS % " ".join(f"<{p}>" for p in by_pred))
    else:
        around = set(around)
        rows = _facts_around(store, list(by_pred), around, inside, set(among))
    edges: dict[tuple[str, str, str], dict[str, Any]] = {}
    known: dict[str, dict[str, Any]] = {}  # assertion -> its title, quote and citation, when its row has them
    for row in rows:
        rel = by_pred[row["p"]]
        edge = edges.setdefault((row["s"], row["o"], rel), {"relation": rel, "stated": {}, "unstated": False})
        if row.get("a"):
            edge["stated"][row["a"]] = (shown(row.get("asOf"), row.get("precision")), row.get("doc") or "")
            if "quote" in row:
                known.setdefault(row["a"], row)
        else:
            edge["unstated"] = True
    cutoff = as_of.isoformat() if as_of else None
    kept: dict[tuple[str, str, str], dict[str, Any]] = {}
    for key, edge in edges.items():
        stated = {a: v for a, v in edge["stated"].items() if v[0] is None or cutoff is None or v[0] <= cutoff}
        if not stated and not edge["unstated"]:
            continue  # every statement of it is dated after the cut-off
        dated = [when for when, _ in stated.values() if when]
        latest = sorted(stated, key=lambda a: (stated[a][0] or "", stated[a][1]), reverse=True)
        # the latest few, and any as late from the same document (the quote orders those, once read)
        last = stated[latest[SHOWN_EVIDENCE - 1]] if len(latest) >= SHOWN_EVIDENCE else None
        chosen = latest[:SHOWN_EVIDENCE] + [a for a in latest[SHOWN_EVIDENCE:] if stated[a] == last]
        kept[key] = {"relation": edge["relation"], "as_of": max(dated) if dated else None,
                     "shown": [(a, *stated[a]) for a in chosen], "statements": len(stated),
                     "documents": sorted({doc for _, doc in stated.values() if doc})}
    _keep_latest(kept)
    details = _details(store, {a for e in kept.values() for a, *_ in e["shown"] if a not in known}) | known
    g = nx.MultiDiGraph()
    for (s, o, rel), attrs in sorted(kept.items()):
        evidence = [Evidence(doc, details.get(a, {}).get("title"), details.get(a, {}).get("quote"), when,
                             details.get(a, {}).get("cite")) for a, when, doc in attrs.pop("shown")]
        evidence.sort(key=lambda e: (e.as_of or "", e.document, e.quote or ""), reverse=True)
        g.add_edge(s, o, key=rel, evidence=evidence[:SHOWN_EVIDENCE], **attrs)
    _add_unlinked_bodies(store, g, cutoff, around)
    _describe_nodes(store, g)
    broader = store.select("SELECT ?t ?u WHERE { ?t a gkg:Topic ; skos:broader ?u }")
    g.graph["broader"] = sorted({(r["t"], r["u"]) for r in broader})
    labels: dict[str, dict[str, Any]] = {}
    for r in store.select("SELECT ?t ?label ?alt WHERE { ?t a gkg:Topic ; skos:prefLabel ?label "
                          "OPTIONAL { ?t skos:altLabel ?alt } }"):
        entry = labels.setdefault(r["t"], {"label": r["label"], "aliases": []})
        if r.get("alt"):
            entry["aliases"].append(r["alt"])
    g.graph["topics"] = labels
    return g


# The assertions are reached from the bound body by one path (only assertions have rdf:subject or rdf:object):
# a UNION inside the OPTIONAL, followed by a type test, was planned as a pass over every assertion in the
# store (10 s against 0.2 s for 300 bodies of ten councils).
_BODIES = """
SELECT DISTINCT ?n ?asOf ?precision ?doc ?title ?quote ?cite WHERE {
  %s
  VALUES ?c { %s }
  ?n a ?c .
  OPTIONAL {
    ?a rdf:subject|rdf:object ?n .
    OPTIONAL { ?a gkg:asOf ?asOf }
    OPTIONAL { ?a gkg:datePrecision ?precision }
    OPTIONAL { ?a prov:wasDerivedFrom ?doc . OPTIONAL { ?doc dcterms:title ?title } }
    OPTIONAL { ?a gkg:evidence ?ev . OPTIONAL { ?ev oa:hasSelector ?sel . ?sel oa:exact ?quote } }
    OPTIONAL { ?a gkg:citation ?cite }
  }
}
"""


def _add_unlinked_bodies(store: GraphStore, g: nx.MultiDiGraph, cutoff: str | None,
                         around: set[str] | None = None) -> None:
    """Bodies no drawn relation mentions still exist; keep where they are recorded, as their evidence."""
    classes = " ".join(f"gkg:{k}" for k in BODY_KINDS)
    if around is None:
        rows = store.select(_BODIES % ("", classes))
    else:
        # a body an edge already drew needs no mention of its own (only the unlinked ones are given mentions)
        unlinked = {n for n in around if n not in g}
        rows = [r for batch in iri_batches(unlinked)
                for r in store.select(_BODIES % (f"VALUES ?n {{ {batch} }}", classes))]
    for row in rows:
        n = row["n"]
        as_of = shown(row.get("asOf"), row.get("precision"))
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
            n: {"label": None, "kinds": set(), "areas": set(), "aliases": set(), "body_type": None} for n in chunk}
        for row in rows:
            d = info[row["n"]]
            if row.get("label") and not d["label"]:
                d["label"] = row["label"]
            if row.get("type"):
                d["kinds"].add(local_name(row["type"]))
            if row.get("alt"):
                d["aliases"].add(row["alt"])
            if row.get("bodyType") and not d["body_type"]:
                d["body_type"] = row["bodyType"]
            for key in ("areaLabel", "coverLabel"):
                if row.get(key):
                    d["areas"].add(row[key])
        for n, d in info.items():
            g.nodes[n].update(label=d["label"] or _fallback_label(n), kind=_kind_of(n, d["kinds"]),
                              areas=sorted(d["areas"]), aliases=sorted(d["aliases"]), body_type=d["body_type"])


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


