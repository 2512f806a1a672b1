"""Governance health: what a reviewer looks for, read off the same networkx graph as the diagrams.

Checks: bodies with no recorded oversight or reporting line, bodies with no chair, cycles in reporting lines,
people (or posts) who chair several bodies, and topics with no owner. Each finding carries the evidence behind
it (document and quote); for an absence, the evidence is where the body or topic is recorded at all, so the
reviewer can check the source.

Only partnerships, boards, panels, committees and groups are checked for a reporting line and a chair (see
GOVERNED_KINDS).
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from typing import Any

import networkx as nx

from .network import BODY_KINDS, Evidence, load_graph
from .scope import in_area
from .store import GraphStore

# The bodies the checks are about: partnerships, boards, panels, committees and groups. Councils, national
# bodies, providers, police forces and directorates answer to voters, Parliament, contracts, a commissioner or
# a director rather than to a partnership and a chair; generic partners ("Health", "Police") are not bodies
# anyone governs.
GOVERNED_KINDS = ("Partnership", "Board", "Panel", "Committee", "Group")
UPWARD_LINES = ("reports_to", "subgroup_of")
OWNER_RELATIONS = ("oversees", "responsible_for", "led_by")
TOPIC_LINKS = ("priority_of", "delivers", "part_of")

CHECKS: dict[str, str] = {
    "no_oversight": "Bodies with no recorded oversight or reporting line",
    "no_chair": "Bodies with no recorded chair",
    "reporting_cycles": "Cycles in reporting lines",
    "multiple_chairs": "People or posts who chair several bodies",
    "unowned_topics": "Topics with no owner (nobody oversees, leads or is responsible for them)",
}


@dataclass
class Finding:
    check: str
    subject: str
    label: str
    detail: str
    evidence: list[Evidence] = field(default_factory=list)
    members: list[str] = field(default_factory=list)

    def as_dict(self) -> dict[str, Any]:
        return {"check": self.check, "subject": self.subject, "label": self.label, "detail": self.detail,
                "members": self.members, "evidence": [e.as_dict() for e in self.evidence]}


def _mentions(g: nx.MultiDiGraph, n: str, limit: int = 2, among: set[str] | None = None) -> list[Evidence]:
    """The latest evidence of N's lines (to AMONG only, when given), else where N is recorded at all."""
    out: list[Evidence] = []
    for s, o, attrs in list(g.in_edges(n, data=True)) + list(g.out_edges(n, data=True)):
        if among is not None and (o if s == n else s) not in among:
            continue
        for e in attrs.get("evidence", []):
            if e not in out:
                out.append(e)
    out.sort(key=lambda e: e.as_of or "", reverse=True)
    return out[:limit] or list(g.nodes[n].get("mentions", []))[:limit]


def _in_area(g: nx.MultiDiGraph, n: str, area: str | None) -> bool:
    return True if not area else in_area(g, n, area)


# Beyond this many bodies, a report covers one area: the whole graph is too much to read per request.
WHOLE_REPORT_BODIES = 1000


def governance_health(store: GraphStore, area: str | None = None, as_of: dt.date | None = None) -> dict[str, Any]:
    from .scope import ScopeError, body_count

    if area:
        around, above = health_reach(store, area)
        g = load_graph(store, as_of=as_of, around=around, among=above | around)
        g.graph["owned"] = owned_topics(store, [n for n in g.nodes if g.nodes[n].get("kind") == "Topic"])
    elif (bodies := body_count(store)) > WHOLE_REPORT_BODIES:
        raise ScopeError(f"the graph holds {bodies} bodies; a governance report covers at most "
                         f"{WHOLE_REPORT_BODIES} at once: choose an area")
    else:
        g = load_graph(store, as_of=as_of)
    findings = check_graph(g, area)
    return {"area": area, "as_of": as_of.isoformat() if as_of else None,
            "checks": [{"key": k, "title": t, "findings": [f.as_dict() for f in findings if f.check == k]}
                       for k, t in CHECKS.items()]}


def health_reach(store: GraphStore, area: str) -> tuple[set[str], set[str]]:
    """What the checks of one area read: (everything recorded in the area, whose every line is read: its
    bodies' chairs, oversight and reporting lines, the topics it touches; the bodies above the area's bodies
    along reporting lines, whose lines among themselves are read, for cycles). Not the lines of the topics
    with every other council: a topic's owner anywhere is asked for apart (owned_topics)."""
    from .scope import bodies_among, bodies_in_area, walk_relations

    anything = bodies_in_area(store, area, bodies_only=False)
    bodies = bodies_among(store, anything)
    if not bodies:
        return set(), set()
    return anything, walk_relations(store, bodies, UPWARD_LINES, 50, up=True)


def owned_topics(store: GraphStore, topics: list[str]) -> set[str]:
    """The TOPICS someone oversees, leads or is responsible for, anywhere in the graph."""
    from .network import iri_batches, predicate_of

    preds = " ".join(f"<{predicate_of(k)}>" for k in OWNER_RELATIONS)
    return {r["t"] for batch in iri_batches(topics)
            for r in store.select(f"SELECT DISTINCT ?t WHERE {{ VALUES ?t {{ {batch} }} VALUES ?p {{ {preds} }} "
                                  "?x ?p ?t . FILTER(isIRI(?x)) }")}


def check_graph(g: nx.MultiDiGraph, area: str | None = None) -> list[Finding]:
    label = {n: g.nodes[n]["label"] for n in g.nodes}
    bodies = sorted((n for n in g.nodes if g.nodes[n].get("kind") in BODY_KINDS and _in_area(g, n, area)),
                    key=lambda n: label[n])
    governed = [n for n in bodies if g.nodes[n]["kind"] in GOVERNED_KINDS]
    findings: list[Finding] = []
    for n in governed:
        up = [k for _, _, k in g.out_edges(n, keys=True) if k in UPWARD_LINES]
        overseen = [k for _, _, k in g.in_edges(n, keys=True) if k == "oversees"]
        if not up and not overseen:
            findings.append(Finding("no_oversight", n, label[n], "no reports-to, sub-group-of or oversight recorded",
                                    _mentions(g, n)))
    for n in governed:
        if not any(k == "chairs" for _, _, k in g.in_edges(n, keys=True)):
            findings.append(Finding("no_chair", n, label[n], "no chair recorded", _mentions(g, n)))
    lines = nx.DiGraph()
    for s, o, k in g.edges(keys=True):
        if k in UPWARD_LINES and s in g and o in g:
            lines.add_edge(s, o, relation=k)
    for cycle in sorted(nx.simple_cycles(lines), key=lambda c: sorted(label[n] for n in c)):
        if area and not any(_in_area(g, n, area) for n in cycle):
            continue
        start = min(range(len(cycle)), key=lambda i: label[cycle[i]])
        cycle = cycle[start:] + cycle[:start]
        evidence: list[Evidence] = []
        for a, b in zip(cycle, cycle[1:] + cycle[:1], strict=True):
            rel = lines.edges[a, b]["relation"]
            evidence.extend(g.edges[a, b, rel].get("evidence", [])[:1])
        path = " \u2192 ".join(label[n] for n in cycle + cycle[:1])
        findings.append(Finding("reporting_cycles", cycle[0], label[cycle[0]], path, evidence, list(cycle)))
    chaired: dict[str, list[str]] = {}
    for s, o, k in g.edges(keys=True):
        if k == "chairs" and (o in bodies):
            chaired.setdefault(s, []).append(o)
    for s, chaired_bodies in sorted(chaired.items(), key=lambda kv: label[kv[0]]):
        if len(chaired_bodies) > 1:
            chaired_bodies.sort(key=lambda n: label[n])
            evidence = [e for b in chaired_bodies for e in g.edges[s, b, "chairs"].get("evidence", [])[:1]]
            findings.append(Finding("multiple_chairs", s, label[s],
                                    f"chairs {len(chaired_bodies)} bodies: "
                                    + "; ".join(label[b] for b in chaired_bodies),
                                    evidence, chaired_bodies))
    topics = sorted((n for n in g.nodes if g.nodes[n].get("kind") == "Topic"), key=lambda n: label[n])
    owned = g.graph.get("owned", set())  # a scoped graph holds the area's lines to a topic, not every owner's
    for t in topics:
        owners = [s for s, _, k in g.in_edges(t, keys=True) if k in OWNER_RELATIONS]
        if owners or t in owned:
            continue
        users = [o if s == t else s for s, o, k in list(g.out_edges(t, keys=True)) + list(g.in_edges(t, keys=True))]
        if area and not any(_in_area(g, u, area) for u in users if u in g):
            continue
        # for an area, where the area's own papers mention the topic (not another council's)
        findings.append(Finding("unowned_topics", t, label[t], "mentioned, but no owner recorded",
                                _mentions(g, t, among=None if not area else
                                          {u for u in users if u in g and _in_area(g, u, area)})))
    return findings
