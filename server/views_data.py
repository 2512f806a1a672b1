"""What the explorer pages show, as plain data: the same dicts feed the HTML templates and the .json twins."""

from __future__ import annotations

import re
from collections import OrderedDict
from decimal import Decimal
from typing import Any
from urllib.parse import quote

from ..graph.dates import shown
from ..graph.iris import BASE
from ..graph.model import pounds
from ..ontology import body_types
from ..ontology.labels import label as term_label
from ..ontology.relations import BY_KEY
from ..ontology.vocab import DCTERMS, GKG, OPENGOV, ORG, OWL, PROV, RDF, RDFS, SCHEMA, SKOS
from ..questions.engine import Asker
from ..questions.linking import kind_of
from ..questions.sparql import run_file

PKG = "govkg.server"
# Relations whose holder changes over time: the page keeps a timeline and "as of" picks the latest.
CHANGING = ("chairs", "vice_chair", "holds_post", "represented_by")
_HIDDEN_PROPS = {
    str(RDFS.label),
    str(SKOS.altLabel),
    str(SKOS.prefLabel),
    str(SKOS.hiddenLabel),
    str(RDF.type),
    str(GKG.plainText),
}
_FACT_PREDICATES = {str(r.predicate) for r in BY_KEY.values()}
# A precision property and the date it qualifies on the same node.
_DATED_BY = {str(GKG.datePrecision): str(SCHEMA.startDate), str(GKG.validFromPrecision): str(SCHEMA.validFrom),
             str(GKG.validThroughPrecision): str(SCHEMA.validThrough)}
# What only an engineer needs: folded into a "technical details" block on every page.
TECHNICAL = frozenset(str(p) for p in (
    GKG.sha256, GKG.loader, GKG.datePrecision, GKG.validFromPrecision, GKG.validThroughPrecision, GKG.rule,
    GKG.confidence, DCTERMS.source, PROV.generatedAtTime, RDF.type, OWL.sameAs,
))


def url_for_iri(iri: str) -> str:
    """Where the explorer shows IRI: /id/<path> for govkg's own IRIs, /resource?iri= for any other."""
    if iri.startswith(BASE):
        return "/id/" + quote(iri[len(BASE) :], safe="/")
    return "/resource?iri=" + quote(iri, safe="")


def local_id(iri: str | None) -> str:
    return re.sub(r"[^A-Za-z0-9_-]", "", (iri or "").rsplit("/", 1)[-1])


def evidence_url(doc: str | None, assertion: str | None) -> str | None:
    if not doc:
        return None
    if not assertion:
        return url_for_iri(doc)
    aid = local_id(assertion)
    return f"{url_for_iri(doc)}?hl={aid}#f-{aid}"


def _title(kind: str) -> str:
    return {"doc": "document", "grant": "funding allocation", "holding": "post holding"}.get(kind, kind)


def entity_view(asker: Asker, store: Any, iri: str, as_of: str | None = None) -> dict[str, Any] | None:
    """Everything the entity page shows: its facts grouped by relation, the timeline of changing posts and
    chairs, other statements in words, and the technical details (IRI, kinds, provenance) apart."""
    index = asker.index()
    entity = index.get(iri)
    facts = run_file(store, "entity_facts.rq", package=PKG, x=iri)
    props = run_file(store, "entity_props.rq", package=PKG, x=iri)
    if entity is None and not facts and not props:
        return None
    types = {r["o"] for r in props if r["dir"] == "out" and r["p"] == str(RDF.type) and r["o"]}
    kind = entity.kind if entity else kind_of(iri, types)
    # a body shows its type from the body-type scheme ("Channel panel", "county council"), not just "body"
    body_type = next((body_types.label_of(r["o"]) for r in props if r["dir"] == "out" and r["o"]
                      and r["p"] == str(ORG.classification) and body_types.label_of(r["o"])), None)
    label = entity.label if entity else _prop_label(props) or _holding_title(index, props) or iri.rsplit("/", 1)[-1]
    items = _fact_items(store, index, label, facts)
    timeline = sorted(
        (i for i in items if i["relation"] in CHANGING and i["date"]), key=lambda i: (i["date"], i["sentence"])
    )
    if as_of:
        items = _as_of(items, as_of)
    details, technical = _details(index, props)
    technical = [{"property": "identifier (IRI)", "value": iri, "url": None}] + [
        {"property": "kind", "value": t, "url": None} for t in sorted(types)
    ] + technical
    names = sorted(entity.names - entity.hidden - {label}) if entity else []
    return {
        "iri": iri,
        "url": url_for_iri(iri),
        "label": label,
        "kind": body_type or _title(kind),
        "types": sorted(types),
        "aliases": names,
        "areas": sorted(entity.areas) if entity else [],
        "as_of": as_of,
        "groups": _grouped(items),
        "timeline": timeline,
        "details": details,
        "technical": technical,
        "fact_count": len(items),
    }


def _fact_items(store: Any, index: Any, label: str, facts: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """One item per assertion about the entity: the sentence it makes, the other party, its evidence."""
    items: list[dict[str, Any]] = []
    seen: set[tuple[str | None, str | None]] = set()
    doc_labels: dict[str, str | None] = {}
    for r in facts:
        key = (r["assertion"], r["dir"])
        if key in seen:
            continue
        seen.add(key)
        rel = BY_KEY.get(r["rel"] or "")
        other = r["other"] or ""
        other_is_iri = other.startswith(("http://", "https://", "urn:"))
        other_label = index.label(other) if other_is_iri else other
        if r["rel"] == "funding_amount" and not other_is_iri:
            other_label = pounds(Decimal(other)) if re.fullmatch(r"\d+(?:\.\d+)?", other) else other
        verb = (rel.phrase if r["dir"] == "out" else rel.inverse_phrase) if rel else (r["rel"] or "related to")
        note = f" ({r['note']})" if r.get("note") and r["rel"] == "other" else ""
        items.append({
            "direction": r["dir"],
            "relation": r["rel"],
            "verb": verb + note,
            "sentence": f"{label} {verb}{note} {other_label}",
            "other": {
                "iri": other if other_is_iri else None,
                "label": other_label,
                "url": url_for_iri(other) if other_is_iri else None,
            },
            "date": shown(r["date"], r.get("precision")),
            "qualifier": r["qualifier"],
            "evidence": {
                "document": r["doc"],
                "document_label": _doc_label(store, r["doc"], doc_labels),
                "citation": r.get("citation"),
                "quote": r["quote"],
                "date": shown(r["date"], r.get("precision")),
                "start": _int(r["start"]),
                "end": _int(r["end"]),
                "url": evidence_url(r["doc"], r["assertion"]),
            },
            "assertion": r["assertion"],
        })
    return items


def _grouped(items: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """The items in groups of one direction and relation: what the entity does first, then what is done to it."""
    groups: OrderedDict[str, list[dict[str, Any]]] = OrderedDict()
    order = sorted(items, key=lambda i: (i["direction"] != "out", i["relation"] or "", i["verb"],
                                          i["other"]["label"].lower(), i["date"] or ""))
    for i in order:
        groups.setdefault(f"{i['direction']}:{i['relation']}:{i['verb']}", []).append(i)
    return [
        {
            "direction": g[0]["direction"],
            "relation": g[0]["relation"],
            "heading": f"{'Outgoing' if g[0]['direction'] == 'out' else 'Incoming'}: {g[0]['verb']}",
            "facts": g,
        }
        for g in groups.values()
    ]


def _details(index: Any, props: list[dict[str, Any]]) -> tuple[list[dict[str, Any]], list[dict[str, Any]]]:
    """(what a person reads, technical details): each statement that is not already a fact on the page, with
    the property's human label; a meeting, allocation or post holding that names the entity by its kind."""
    details: list[dict[str, Any]] = []
    technical: list[dict[str, Any]] = []
    # a date is shown as precise as the property beside it says ("2019", not "2019-01-01")
    precision = {_DATED_BY[r["p"]]: r["o"] for r in props if r["dir"] == "out" and r["p"] in _DATED_BY and r["o"]}
    for r in props:
        p, value = r["p"] or "", r["o"] or ""
        if p in _HIDDEN_PROPS or (r["dir"] == "out" and p in _FACT_PREDICATES):
            continue
        is_iri = value.startswith(("http://", "https://"))
        if r["dir"] == "in":
            prop = term_label(r["t"] or "")
            text = r["olabel"] or _holding_label(r) or prop
        else:
            prop = term_label(p)
            text = index.label(value) if is_iri else shown(value, precision[p]) if p in precision else value
        row = {"property": prop, "value": text, "url": url_for_iri(value) if is_iri else None}
        (technical if p in TECHNICAL else details).append(row)
    return _unique(details), _unique(technical)


def _unique(rows: list[dict[str, Any]]) -> list[dict[str, Any]]:
    once = (dict(t) for t in dict.fromkeys(tuple(d.items()) for d in rows))
    return sorted(once, key=lambda d: (d["property"], str(d["value"])))


def _holding_title(index: Any, props: list[dict[str, Any]]) -> str | None:
    """A post holding has no name of its own: it is its holder in the post."""
    out = {r["p"]: r["o"] for r in props if r["dir"] == "out" and r["o"]}
    member, post = out.get(str(ORG.member)), out.get(str(OPENGOV.post))
    if not (member and post):
        return None
    return f"{index.label(member)} as {index.label(post)}"


def _holding_label(r: dict[str, Any]) -> str | None:
    if not r.get("post"):
        return None
    since = shown(r.get("from"), r.get("fromPrecision"))
    return r["post"] + (f" (from {since})" if since else "")


def _as_of(items: list[dict[str, Any]], as_of: str) -> list[dict[str, Any]]:
    """Facts known by AS_OF; for changing relations only the latest of each kind."""
    known = [i for i in items if not i["date"] or i["date"] <= as_of]
    latest: dict[tuple[str, str], str] = {}
    for i in known:
        if i["relation"] in CHANGING and i["date"]:
            key = (i["direction"], i["relation"])
            latest[key] = max(latest.get(key, ""), i["date"])
    return [
        i
        for i in known
        if i["relation"] not in CHANGING
        or not i["date"]
        or i["date"] == latest.get((i["direction"], i["relation"]))
    ]


def _prop_label(props: list[dict[str, Any]]) -> str | None:
    for r in props:
        if r["dir"] == "out" and r["p"] in (str(RDFS.label), str(DCTERMS.title)):
            return r["o"]
    return None


def _doc_label(store: Any, doc: str | None, cache: dict[str, str | None] | None = None) -> str | None:
    if not doc:
        return None
    if cache is not None and doc in cache:
        return cache[doc]
    label = _doc_title(store, doc)
    if cache is not None:
        cache[doc] = label
    return label


def _doc_title(store: Any, doc: str) -> str | None:
    rows = run_file(store, "document_meta.rq", package=PKG, doc=doc)
    for r in rows:
        if r["p"] == str(DCTERMS.title):
            return r["o"]
    return doc.rsplit("/", 1)[-1]


def _int(v: Any) -> int | None:
    try:
        return int(v) if v is not None else None
    except ValueError:
        return None


def _document_fields(index: Any, meta: list[dict[str, Any]]) -> tuple[str, dict[str, list[str]], list[dict]]:
    """(stored text, what a reader wants to know by human label, technical details) of a document."""
    text = ""
    fields: dict[str, list[str]] = {}
    technical: list[dict[str, Any]] = []
    for r in meta:
        p, value = r["p"] or "", r["o"] or ""
        if p == str(GKG.plainText):
            text = value
            continue
        if not p:
            continue
        if p == str(GKG.dateMissing):
            p, value = str(DCTERMS.date), "not stated" if value == "true" else value
        elif p == str(RDF.type):
            p, value = "kind", term_label(value)  # minutes, committee report: what a reader wants to know
        elif value.startswith("http"):
            value = index.label(value)
        if p in TECHNICAL:
            technical.append({"property": term_label(p), "value": value, "url": None})
            continue
        bucket = fields.setdefault(p if p == "kind" else term_label(p), [])
        if value not in bucket:
            bucket.append(value)
    return text, fields, _unique(technical)


def document_view(asker: Asker, store: Any, iri: str, highlight: str | None = None) -> dict[str, Any] | None:
    meta = run_file(store, "document_meta.rq", package=PKG, doc=iri)
    if not meta:
        return None
    index = asker.index()
    text, fields, technical = _document_fields(index, meta)
    facts = []
    seen = set()
    for r in run_file(store, "document_facts.rq", package=PKG, doc=iri):
        if r["assertion"] in seen:
            continue
        seen.add(r["assertion"])
        rel = BY_KEY.get(r["rel"] or "")
        s_label = index.label(r["s"] or "")
        o = r["o"] or ""
        o_label = index.label(o) if o.startswith("http") else o
        facts.append(
            {
                "id": local_id(r["assertion"]),
                "assertion": r["assertion"],
                "relation": r["rel"],
                "sentence": f"{s_label} {rel.phrase if rel else r['rel']} {o_label}",
                "verb": rel.phrase if rel else r["rel"],
                "subject": {"iri": r["s"], "label": s_label, "url": url_for_iri(r["s"] or "")},
                "object": {
                    "iri": o if o.startswith("http") else None,
                    "label": o_label,
                    "url": url_for_iri(o) if o.startswith("http") else None,
                },
                "start": _int(r["start"]),
                "end": _int(r["end"]),
                "quote": r["quote"],
                "date": shown(r["date"], r.get("precision")),
            }
        )
    facts.sort(key=lambda f: (f["start"] if f["start"] is not None else 10**9, f["sentence"]))
    return {
        "iri": iri,
        "url": url_for_iri(iri),
        "title": (fields.get(term_label(str(DCTERMS.title))) or [iri])[0],
        "metadata": fields,
        "technical": [{"property": "identifier (IRI)", "value": iri, "url": None}] + technical,
        "text": text,
        "facts": facts,
        "highlight": highlight,
        "segments": segments(text, facts, highlight),
    }


def segments(text: str, facts: list[dict[str, Any]], highlight: str | None) -> list[dict[str, Any]]:
    """The text cut at every fact's start and end: each piece with the facts that cover it, so overlapping
    spans still show; the piece where a fact starts carries its anchor."""
    spans = [
        (f["start"], f["end"], f["id"])
        for f in facts
        if f["start"] is not None and f["end"] is not None and 0 <= f["start"] < f["end"] <= len(text)
    ]
    cuts = sorted({0, len(text), *(s for s, _, _ in spans), *(e for _, e, _ in spans)})
    out = []
    for a, b in zip(cuts, cuts[1:], strict=False):
        covering = [fid for s, e, fid in spans if s <= a and b <= e]
        anchors = [fid for s, _, fid in spans if s == a]
        out.append(
            {
                "text": text[a:b],
                "facts": covering,
                "anchors": anchors,
                "current": bool(highlight and highlight in covering),
            }
        )
    return out


DOCUMENTS_PAGE = 100


def documents_list(asker: Asker, store: Any, limit: int = DOCUMENTS_PAGE, offset: int = 0) -> list[dict[str, Any]]:
    """One page of the loaded documents, the latest loaded first."""
    from ..questions.freshness import run_scoped

    page = asker.state.documents(limit, offset)
    rows = run_scoped(store, "document_rows.rq", "doc", page, package=PKG)
    out: dict[str, dict[str, Any]] = {}
    for r in rows:
        d = out.setdefault(
            r["doc"] or "",
            {
                "iri": r["doc"],
                "url": url_for_iri(r["doc"] or ""),
                "title": r["title"] or r["doc"],
                "date": shown(r["date"], r.get("precision")),
                "loaded": r["loaded"],
                "source": r["source"],
                "facts": int(r["facts"] or 0),
                "type": None,
            },
        )
        if r["type"] and r["type"].startswith(str(GKG)) and r["type"] != str(GKG.Document):
            d["type"] = r["type"][len(str(GKG)) :]
        d["type"] = d["type"] or "Document"
    return sorted(out.values(), key=lambda d: (d["loaded"] or "", d["title"] or ""), reverse=True)


def counts(asker: Asker, store: Any) -> dict[str, int]:
    """Documents, facts and entities by kind, from the index the questions keep (no pass over the store)."""
    index = asker.index()
    by_kind: dict[str, int] = {}
    for e in index.entities.values():
        by_kind[e.kind] = by_kind.get(e.kind, 0) + 1
    documents, facts = asker.state.counts()
    out = {"documents": documents, "facts": facts}
    for kind in ("body", "person", "post", "topic", "publication", "initiative", "area", "grant", "meeting"):
        out[kind] = by_kind.get(kind, 0)
    return out


# How each kind of fact turns into an example question; {s} and {o} are the labels of its two ends.
_EXAMPLE_FORMS: dict[str, str] = {
    "oversees": "Which body oversees {o}{area}?",
    "chairs": "Who chairs the {o}?",
    "reports_to": "What does the {s} report to?",
    "holds_post": "Who holds the post of {o}?",
    "funds": "Who funds the {o}?",
    "covers_area": "Which districts does the {s} cover?",
    "subgroup_of": "What are the sub-groups of the {o}?",
}
MAX_EXAMPLES = 8


def example_questions(asker: Asker, store: Any, fallback: tuple[str, ...]) -> list[str]:
    """Questions this graph can answer, made from its own facts; each is tried before it is offered."""

    def compute() -> list[str]:
        from ..questions.freshness import run_scoped

        index = asker.index()
        # A bounded sample of each relation's facts, the best connected first: the cost does not grow with
        # the graph.
        sample: list[tuple[str, str, str]] = []
        for rel in _EXAMPLE_FORMS:
            for row in run_file(store, "example_facts.rq", package=PKG, rel=rel):
                sample.append((rel, row["s"] or "", row["o"] or ""))
        ends = {x for _, s_iri, o_iri in sample for x in (s_iri, o_iri)}
        degree = {r["e"]: int(r["n"] or 0) for r in run_scoped(store, "degrees.rq", "e", ends, package=PKG)}
        sample.sort(key=lambda f: (-(degree.get(f[1], 0) + degree.get(f[2], 0)), f))
        picked: dict[str, str] = {}
        multi = None
        for rel, s_iri, o_iri in sample:
            if rel in picked:
                continue
            s_e, o_e = index.get(s_iri), index.get(o_iri)
            if s_e is None or o_e is None or (rel == "oversees" and o_e.kind != "topic"):
                continue
            area = ""
            if rel == "oversees" and o_e.kind == "topic" and s_e.areas:
                area = " in " + next(iter(sorted(s_e.areas))).title()
            question = (
                _EXAMPLE_FORMS[rel].format(s=s_e.label, o=o_e.label, area=area).replace("the the ", "the ")
            )
            if asker.ask(question).answers:
                picked[rel] = question
                if rel == "reports_to" and multi is None:
                    multi = f"Who chairs the body that the {s_e.label} reports to?"
            if len(picked) >= MAX_EXAMPLES - 1:
                break
        out = list(picked.values())
        if multi and asker.ask(multi).answers:
            out.append(multi)
        return out[:MAX_EXAMPLES] or list(fallback)

    return asker.memo("example-questions", compute)
