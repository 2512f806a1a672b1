"""Running a read-only SPARQL query for the explorer's query page, with a row limit and downloads.

The page calls `run_query` only; when the SPARQL endpoint's executor (govkg.server.executor) is merged, this
module is the one place to point at it.
"""

from __future__ import annotations

import io
from dataclasses import dataclass, field
from typing import Any

import pyoxigraph as ox

from ..errors import GovKGError, QueryError
from ..graph.results import write
from ..graph.sparql_syntax import describe
from ..ontology.vocab import sparql_prefixes

# name -> (writer in graph.results, media type, file suffix)
DOWNLOADS: dict[str, tuple[str, str, str]] = {
    "csv": ("csv", "text/csv; charset=utf-8", "csv"),
    "tsv": ("tsv", "text/tab-separated-values; charset=utf-8", "tsv"),
    "srj": ("json", "application/sparql-results+json", "json"),
    "ttl": ("turtle", "text/turtle; charset=utf-8", "ttl"),
}

EXAMPLES: tuple[tuple[str, str], ...] = (
    (
        "Which bodies oversee Prevent?",
        """SELECT DISTINCT ?body ?bodyLabel ?quote WHERE {
  ?a a gkg:Assertion ; gkg:relation "oversees" ; rdf:subject ?body ; rdf:object ?topic ;
     gkg:evidence/oa:hasSelector/oa:exact ?quote .
  ?topic skos:prefLabel|rdfs:label ?topicLabel . FILTER(STR(?topicLabel) = "Prevent")
  ?body rdfs:label ?bodyLabel .
}""",
    ),
    (
        "Who chairs what, with the date",
        """SELECT DISTINCT ?chair ?chairLabel ?body ?bodyLabel ?date ?precision WHERE {
  ?a a gkg:Assertion ; gkg:relation "chairs" ; rdf:subject ?chair ; rdf:object ?body .
  OPTIONAL { ?a gkg:asOf ?date OPTIONAL { ?a gkg:datePrecision ?precision } }  # "year": only the year is known
  ?chair rdfs:label ?chairLabel . ?body rdfs:label ?bodyLabel .
}
ORDER BY ?bodyLabel DESC(?date)""",
    ),
    (
        "Funding allocations",
        """SELECT DISTINCT ?funderLabel ?recipientLabel ?amount ?period WHERE {
  ?g a gkg:FundingAllocation ; schema:funder ?f ; schema:fundedItem ?r .
  OPTIONAL { ?g gkg:amount ?amount } OPTIONAL { ?g gkg:period ?period }
  ?f rdfs:label ?funderLabel . ?r rdfs:label ?recipientLabel .
}
ORDER BY DESC(?amount)""",
    ),
    (
        "Reporting lines",
        """SELECT DISTINCT ?fromLabel ?toLabel WHERE {
  ?from org:reportsTo ?to .
  ?from rdfs:label ?fromLabel . ?to rdfs:label ?toLabel .
}""",
    ),
    (
        "Facts by relation",
        """SELECT ?relation (COUNT(?a) AS ?facts) WHERE {
  ?a a gkg:Assertion ; gkg:relation ?relation .
}
GROUP BY ?relation
ORDER BY DESC(?facts)""",
    ),
)


@dataclass
class QueryOutcome:
    kind: str = "select"  # select | ask | graph
    columns: list[str] = field(default_factory=list)
    rows: list[list[dict[str, Any]]] = field(default_factory=list)
    boolean: bool | None = None
    truncated: bool = False
    error: str | None = None
    status: int = 400  # the page's HTTP status when there is an error: 503 when the store failed


def _cell(term: Any) -> dict[str, Any]:
    if term is None:
        return {"type": "unbound", "value": ""}
    if isinstance(term, ox.NamedNode):
        return {"type": "uri", "value": term.value}
    if isinstance(term, ox.BlankNode):
        return {"type": "bnode", "value": term.value}
    if isinstance(term, ox.Literal):
        out: dict[str, Any] = {"type": "literal", "value": term.value}
        if term.language:
            out["lang"] = term.language
        elif term.datatype and not term.datatype.value.endswith("#string"):
            out["datatype"] = term.datatype.value
        return out
    return {"type": "literal", "value": str(term)}


def _with_prefixes(text: str) -> str:
    # The prefixes are predefined, as on the command line; a query that declares its own still wins.
    return sparql_prefixes() + text


def _through_executor(executor: Any, text: str) -> tuple[Any, bool]:
    """Run TEXT under the app's executor (hard time limit, memory cap, its own row limit) and read the
    answer back as pyoxigraph results; also whether the executor cut it."""
    from .executor import execute

    result = execute(executor, _with_prefixes(text), ["application/sparql-results+json", "application/n-triples"])
    if result.kind == "graph":
        scratch = ox.Store()
        scratch.bulk_load(result.body, format=ox.RdfFormat.N_TRIPLES)
        return scratch.query("CONSTRUCT WHERE { ?s ?p ?o }"), result.truncated
    return ox.parse_query_results(result.body, format=ox.QueryResultsFormat.JSON), result.truncated


def run_query(store: Any, text: str, row_limit: int) -> QueryOutcome:
    """Run TEXT (a SELECT, ASK, CONSTRUCT or DESCRIBE) and keep at most ROW_LIMIT rows.

    STORE may be the app's query executor (govkg.server.executor), which stops runaway queries."""
    cut_by_executor = False
    try:
        if hasattr(store, "writing"):
            result, cut_by_executor = _through_executor(store, text)
        else:
            result = store.query(_with_prefixes(text))
    except GovKGError as e:
        from .web import error_status

        status = error_status(e)
        # the prefixes written before the user's text are not the user's lines
        message = describe(str(e), text, sparql_prefixes().count("\n")) if type(e) is QueryError else str(e)
        return QueryOutcome(error=message, status=status if status != 500 else 400)
    if isinstance(result, ox.QueryBoolean):
        return QueryOutcome(kind="ask", boolean=bool(result))
    out = QueryOutcome()
    if isinstance(result, ox.QueryTriples):
        out.kind = "graph"
        out.columns = ["subject", "predicate", "object"]
        source = ([t.subject, t.predicate, t.object] for t in result)
    else:
        out.columns = [v.value for v in result.variables]
        source = ([row[n] for n in out.columns] for row in result)
    try:
        for row in source:
            if len(out.rows) >= row_limit:
                out.truncated = True
                break
            out.rows.append([_cell(t) for t in row])
    except (OSError, SyntaxError, RuntimeError) as e:
        out.error = str(e)
    out.truncated = out.truncated or cut_by_executor
    return out


def download(store: Any, text: str, name: str) -> tuple[bytes, str, str, bool]:
    """(body, media type, file suffix, cut at the row limit) of the query's result in download format NAME.

    STORE may be the app's query executor, whose time, memory and row limits then hold for downloads too."""
    writer, media_type, suffix = DOWNLOADS[name]
    truncated = False
    if hasattr(store, "writing"):
        result, truncated = _through_executor(store, text)
    else:
        result = store.query(_with_prefixes(text))
    if isinstance(result, ox.QueryTriples) and writer != "turtle":
        writer, media_type, suffix = DOWNLOADS["ttl"]
    elif not isinstance(result, ox.QueryTriples) and writer == "turtle":
        writer, media_type, suffix = DOWNLOADS["csv"]
    buf = io.StringIO()
    write(result, writer, buf)
    return buf.getvalue().encode("utf-8"), media_type, suffix, truncated
