"""The SPARQL service description ([SD] §2) with VoID statistics of the dataset, in any RDF format.

Counts come from queries run through the executor (so they obey the time limit) and are cached for a
minute; if they cannot be computed in time the description is served without them.
"""

from __future__ import annotations

import json
import threading
import time
from typing import Any

import pyoxigraph as ox
from flask import Response, current_app, request

from . import formats

SD = "http://www.w3.org/ns/sparql-service-description#"
VOID = "http://rdfs.org/ns/void#"
DCT = "http://purl.org/dc/terms/"
RDF_TYPE = "http://www.w3.org/1999/02/22-rdf-syntax-ns#type"
FORMATS_NS = "http://www.w3.org/ns/formats/"
XSD = "http://www.w3.org/2001/XMLSchema#"
PREFIXES = {"sd": SD, "void": VOID, "dcterms": DCT, "formats": FORMATS_NS, "xsd": XSD}
CACHE_SECONDS = 60.0
DEFAULT_GRAPH_NOTE = (
    "The merge of the named graphs: every triple any source document states, once (a set, as a union "
    "default graph is in Jena), so counts and sums need no DISTINCT. govkg keeps it in step in the same "
    "transaction as every write: loading, replacing or removing a document retracts only the triples no "
    "other document still states. Each document's own graph (GRAPH ?doc) keeps its facts, their evidence "
    "and its metadata. The cost: each distinct triple is stored once more (about twice the quads of the "
    "documents' graphs alone), and loads and removals do more work; govkg's bench/RESULTS.md ('The merged "
    "default graph') gives the figures at 100 and 1,000 councils."
)
MAX_GRAPHS_LISTED = 2000

_cache_lock = threading.Lock()


def _counts() -> dict[str, Any] | None:
    cache = current_app.extensions.setdefault("govkg.void_cache", {})
    with _cache_lock:
        if cache and time.monotonic() - cache["at"] < CACHE_SECONDS:
            return cache["data"]
    executor = current_app.extensions["govkg.executor"]
    data: dict[str, Any] | None
    try:
        total = _select(executor, "SELECT (COUNT(*) AS ?n) WHERE { ?s ?p ?o }")  # the merged default graph
        per_graph = _select(
            executor,
            f"SELECT ?g (COUNT(*) AS ?n) WHERE {{ GRAPH ?g {{ ?s ?p ?o }} }} GROUP BY ?g "
            f"ORDER BY DESC(?n) LIMIT {MAX_GRAPHS_LISTED + 1}",
        )
        subjects = _select(executor, "SELECT (COUNT(DISTINCT ?s) AS ?n) WHERE { ?s ?p ?o }")
        data = {
            "quads": int(total[0]["n"]["value"]),
            "subjects": int(subjects[0]["n"]["value"]),
            "graphs": [(r["g"]["value"], int(r["n"]["value"])) for r in per_graph if "g" in r],
        }
    except Exception:  # noqa: BLE001 - statistics are optional; the description is not
        data = None
    with _cache_lock:
        cache.update(at=time.monotonic(), data=data)
    return data


def _select(executor: Any, query: str) -> list[dict[str, Any]]:
    result = executor.run(query, "application/sparql-results+json", None, None)
    return json.loads(result.body)["results"]["bindings"]


def description_triples(
    endpoint: str, *, update_endpoint: str | None, counts: dict[str, Any] | None
) -> list[ox.Triple]:
    n = ox.NamedNode
    t: list[ox.Triple] = []
    svc = n(endpoint + "#service")
    dataset = n(endpoint + "#dataset")
    default_graph = ox.BlankNode("defaultGraph")

    def add(s: Any, p: str, o: Any) -> None:
        t.append(ox.Triple(s, n(p), o))

    add(svc, RDF_TYPE, n(SD + "Service"))
    add(svc, SD + "endpoint", n(endpoint))
    add(svc, SD + "supportedLanguage", n(SD + "SPARQL11Query"))
    if update_endpoint:
        add(svc, SD + "supportedLanguage", n(SD + "SPARQL11Update"))
    for feature in (
        "UnionDefaultGraph",
        "BasicFederatedQuery" if current_app.config.get("ALLOW_SERVICE") else None,
    ):
        if feature:
            add(svc, SD + "feature", n(SD + feature))
    for fmt in (*formats.SOLUTIONS.values(), *formats.GRAPH.values()):
        # pyoxigraph names each format by its W3C IRI; JSON-LD's sits under /data/, the namespace's own does not
        add(svc, SD + "resultFormat", n(FORMATS_NS + fmt.iri.rsplit("/", 1)[1]))
    add(svc, SD + "defaultEntailmentRegime", n("http://www.w3.org/ns/entailment/Simple"))
    add(svc, SD + "defaultDataset", dataset)
    add(dataset, RDF_TYPE, n(SD + "Dataset"))
    add(dataset, RDF_TYPE, n(VOID + "Dataset"))
    add(dataset, VOID + "sparqlEndpoint", n(endpoint))
    add(dataset, DCT + "title", ox.Literal("govkg: community-safety governance knowledge graph"))
    add(dataset, SD + "defaultGraph", default_graph)
    add(default_graph, RDF_TYPE, n(SD + "Graph"))
    add(default_graph, DCT + "description", ox.Literal(DEFAULT_GRAPH_NOTE))
    if counts:
        add(dataset, VOID + "triples", ox.Literal(str(counts["quads"]), datatype=n(XSD + "integer")))
        add(
            dataset,
            VOID + "distinctSubjects",
            ox.Literal(str(counts["subjects"]), datatype=n(XSD + "integer")),
        )
        add(default_graph, VOID + "triples", ox.Literal(str(counts["quads"]), datatype=n(XSD + "integer")))
        graphs = counts["graphs"]
        add(
            dataset,
            DCT + "description",
            ox.Literal(
                f"{len(graphs)}{'+' if len(graphs) > MAX_GRAPHS_LISTED else ''} named graphs, one per "
                "source document; the default graph is their merge, each triple once"
            ),
        )
        for i, (graph, count) in enumerate(graphs[:MAX_GRAPHS_LISTED]):
            node = ox.BlankNode(f"g{i}")
            gnode = ox.BlankNode(f"gg{i}")
            add(dataset, SD + "namedGraph", node)
            add(node, RDF_TYPE, n(SD + "NamedGraph"))
            add(node, SD + "name", n(graph))
            add(node, SD + "graph", gnode)
            add(gnode, RDF_TYPE, n(SD + "Graph"))
            add(gnode, VOID + "triples", ox.Literal(str(count), datatype=n(XSD + "integer")))
    return t


def service_description(media_type: str) -> Response:
    endpoint = request.base_url
    update = request.host_url.rstrip("/") + "/update" if current_app.config.get("UPDATE_TOKEN") else None
    triples = description_triples(endpoint, update_endpoint=update, counts=_counts())
    fmt = formats.GRAPH[media_type]
    body = ox.serialize(
        triples, format=fmt, prefixes=PREFIXES if fmt in (ox.RdfFormat.TURTLE, ox.RdfFormat.TRIG) else None
    )
    resp = Response(body, content_type=formats.content_type(media_type))
    resp.headers["Vary"] = "Accept"
    return resp
