"""Dereferenceable IRIs: https://w3id.org/govkg/id/<path> is served at /id/<path>.

RDF clients (Accept, or a .ttl/.jsonld/.nt/.rdf suffix) get the resource's description: its own
statements, the links pointing at it, the labels of everything linked, and the assertions about it with
their evidence (quote, position, source document). Browsers get HTML: the explorer's page when it has
registered `app.extensions["govkg.entity_html"]` (callable(iri, as_json) -> Response | None), else a
simple page here. Document IRIs (id/doc/<key>) include the document's metadata and stored text.
Direct content negotiation: one URL, `Vary: Accept`, `Content-Location` naming the format's own URL.
"""

from __future__ import annotations

import json
import re
from typing import Any

import pyoxigraph as ox
from flask import Blueprint, Response, abort, current_app, render_template, request

from ..graph.iris import BASE
from ..ontology.labels import known as known_label
from ..ontology.vocab import PREFIXES
from . import formats
from .web import error_response, text_error

bp = Blueprint("linked_data", __name__)

# /id/...ttl and friends: each RDF format of the registry by its suffix (N3 is not offered for data)
SUFFIXES = {formats.registry.suffix(f): formats.registry.media_type(f) for f in formats.registry.LOADABLE_RDF}
TYPE_SUFFIX = {mt: s for s, mt in SUFFIXES.items()}
_PATH = re.compile(r"^[A-Za-z0-9][A-Za-z0-9._~%!$&'()*+,;=:@/-]*$")

_EXCLUDED_INCOMING = ("rdf:subject", "rdf:object", "prov:wasDerivedFrom", "oa:hasSource")
DESCRIBE = """
PREFIX rdf: <http://www.w3.org/1999/02/22-rdf-syntax-ns#>
PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
PREFIX prov: <http://www.w3.org/ns/prov#>
PREFIX oa: <http://www.w3.org/ns/oa#>
PREFIX gkg: <https://w3id.org/govkg/def#>
PREFIX dcterms: <http://purl.org/dc/terms/>
CONSTRUCT {
  __E__ ?p ?o . ?o rdfs:label ?ol . ?s ?q __E__ . ?s rdfs:label ?sl .
  ?a ?ap ?av . ?ev ?evp ?evv . ?sel ?selp ?selv . ?src ?srcp ?srcv .
} WHERE {
  { __E__ ?p ?o }
  UNION { __E__ ?p0 ?o . ?o rdfs:label ?ol }
  UNION { ?s ?q __E__ FILTER(?q NOT IN (__X__)) }
  UNION { ?s ?q0 __E__ FILTER(?q0 NOT IN (__X__)) ?s rdfs:label ?sl }
  UNION { ?a rdf:subject|rdf:object __E__ ; ?ap ?av }
  UNION { ?a rdf:subject|rdf:object __E__ ; gkg:evidence ?ev . ?ev ?evp ?evv }
  UNION { ?a rdf:subject|rdf:object __E__ ; gkg:evidence/oa:hasSelector ?sel . ?sel ?selp ?selv }
  UNION { ?a rdf:subject|rdf:object __E__ ; prov:wasDerivedFrom ?src .
          VALUES ?srcp { dcterms:title dcterms:date rdf:type } ?src ?srcp ?srcv }
}
"""


def description_query(iri: str) -> str:
    return DESCRIBE.replace("__X__", ", ".join(_EXCLUDED_INCOMING)).replace("__E__", f"<{iri}>")


def _executor() -> Any:
    return current_app.extensions["govkg.executor"]


def exists(iri: str) -> bool:
    result = _executor().run(
        f"ASK {{ {{ <{iri}> ?p ?o }} UNION {{ ?s ?p <{iri}> }} }}",
        "application/sparql-results+json",
        None,
        None,
    )
    return bool(json.loads(result.body)["boolean"])


def _wants(path: str) -> tuple[str, str | None, bool]:
    """(path without suffix, RDF media type or None for HTML, .json twin asked for)."""
    for suffix, mt in SUFFIXES.items():
        if path.endswith(suffix):
            return path[: -len(suffix)], mt, False
    if path.endswith(".json"):
        return path[:-5], None, True
    accept = request.headers.get("Accept")
    ranges = formats.parse_accept(accept)
    html_q = max((r.q for r in ranges if r.matches("text/html") and r.specificity > 0), default=0.0)
    rdf = formats.preferences(accept, "graph") if accept else []
    rdf_q = 0.0
    if rdf:
        rdf_q = max((r.q for r in ranges if r.matches(rdf[0]) and r.specificity > 0), default=0.0)
    if rdf and rdf_q > html_q:
        return path, rdf[0], False
    return path, None, False


@bp.route("/id/<path:path>", methods=["GET"])
def resolve(path: str) -> Any:
    if not _PATH.match(path) or ".." in path:
        abort(404)
    path, media_type, as_json = _wants(path)
    iri = BASE + path
    try:
        if media_type is None:
            page = current_app.extensions.get("govkg.entity_html")
            if page is not None:
                resp = page(iri, as_json)
                if resp is not None:
                    return resp
            if not exists(iri):
                return text_error(404, f"Not found: nothing is known about {iri}")
            if as_json:
                return _rdf(iri, "application/ld+json", suffixed=True)
            return _html(iri)
        if not exists(iri):
            return text_error(404, f"Not found: nothing is known about {iri}")
        return _rdf(iri, media_type, suffixed=request.path != "/id/" + path)
    except Exception as e:  # noqa: BLE001 - the query layer's errors become clean answers
        return error_response(e)


def _rdf(iri: str, media_type: str, *, suffixed: bool) -> Response:
    result = _executor().run(description_query(iri), media_type, None, None)
    resp = Response(result.body, content_type=formats.content_type(result.media_type))
    resp.headers["Vary"] = "Accept"
    resp.headers["Content-Location"] = "/id/" + iri[len(BASE) :] + TYPE_SUFFIX.get(result.media_type, "")
    if result.truncated:
        resp.headers["GovKG-Truncated"] = "true"
    return resp


def _short(iri: str) -> str:
    for prefix, ns in PREFIXES.items():
        if iri.startswith(ns):
            return f"{prefix}:{iri[len(ns) :]}"
    return iri


def _html(iri: str) -> Response:
    result = _executor().run(description_query(iri), "application/n-triples", None, None)
    triples = list(ox.parse(result.body, format=ox.RdfFormat.N_TRIPLES))
    labels: dict[str, str] = {}
    for t in triples:
        if t.predicate.value.endswith("#label") and isinstance(t.object, ox.Literal):
            labels.setdefault(t.subject.value, t.object.value)

    def show(term: Any) -> dict[str, Any]:
        if isinstance(term, ox.NamedNode):
            if term.value.startswith(BASE):
                href: str | None = "/id/" + term.value[len(BASE) :]
            else:
                # Data may come from untrusted files: only web IRIs become links (never javascript: etc.).
                href = term.value if term.value.startswith(("http://", "https://")) else None
            return {"text": labels.get(term.value) or known_label(term.value) or _short(term.value), "href": href}
        return {"text": term.value if isinstance(term, ox.Literal) else str(term), "href": None}

    outgoing = [(show(t.predicate), show(t.object)) for t in triples if t.subject.value == iri]
    incoming = [
        (show(t.subject), show(t.predicate))
        for t in triples
        if isinstance(t.object, ox.NamedNode) and t.object.value == iri and t.subject.value != iri
    ]
    quotes = [t.object.value for t in triples if t.predicate.value.endswith("#exact")]
    html = render_template(
        "resource.html",
        iri=iri,
        title=labels.get(iri) or _short(iri),
        outgoing=outgoing,
        incoming=incoming,
        quotes=quotes,
        truncated=result.truncated,
        suffix_links=[(s, mt) for s, mt in SUFFIXES.items() if s in (".ttl", ".jsonld", ".nt")],
    )
    resp = Response(html, mimetype="text/html")
    resp.headers["Vary"] = "Accept"
    return resp
