"""One format registry (govkg.formats), over pyoxigraph's formats and werkzeug's content negotiation, serves
the CLI, export, the loaders and the server."""

from __future__ import annotations

from pathlib import Path

import pyoxigraph as ox
import pytest

from govkg import formats
from govkg.errors import GovKGError


def test_a_format_is_found_by_name_suffix_or_media_type() -> None:
    turtle = {formats.rdf_format(x) for x in ("turtle", "ttl", ".TTL", "text/turtle", "text/turtle; charset=utf-8",
                                              "application/x-turtle")}
    assert turtle == {ox.RdfFormat.TURTLE}
    assert formats.rdf_format("owl") == formats.rdf_format("rdfxml") == ox.RdfFormat.RDF_XML
    assert formats.rdf_format("application/json") == ox.RdfFormat.JSON_LD
    assert formats.results_format("application/json") == formats.results_format("json") == ox.QueryResultsFormat.JSON
    assert formats.results_format("text/xml") == ox.QueryResultsFormat.XML
    assert formats.rdf_format("trig", datasets=True) == ox.RdfFormat.TRIG
    with pytest.raises(GovKGError, match="use one of turtle, ntriples"):
        formats.rdf_format("trig", datasets=False)
    with pytest.raises(GovKGError, match="not an RDF format"):
        formats.rdf_format("docx")
    with pytest.raises(GovKGError, match="json, xml, csv, tsv"):
        formats.results_format("turtle")


@pytest.mark.parametrize(
    ("accept", "kinds", "best"),
    [
        ("text/*;q=0.9, text/csv;q=0.1", ["solutions"], "text/tab-separated-values"),  # the most specific range
        ("application/json", ["graph"], "application/ld+json"),  # an alias, by pyoxigraph's lookup
        ("application/json", ["solutions", "graph"], "application/sparql-results+json"),
        ("text/plain", ["graph"], "application/n-triples"),
        ("text/turtle;q=0", ["graph"], None),
        (None, ["solutions", "graph"], "application/sparql-results+json"),
    ],
)
def test_negotiation(accept: str | None, kinds: list[str], best: str | None) -> None:
    ranked = formats.negotiate(accept, kinds)
    assert (ranked[0] if ranked else None) == best


def test_every_part_of_govkg_speaks_the_registry_formats() -> None:
    from govkg.cli.export import export_data
    from govkg.graph.results import writers_for
    from govkg.loaders import supported_suffixes
    from govkg.server import formats as server_formats
    from govkg.server.linked_data import SUFFIXES

    assert set(formats.LOADABLE_SUFFIXES) <= set(supported_suffixes())
    assert tuple(server_formats.GRAPH) == formats.media_types("graph")
    assert tuple(server_formats.SOLUTIONS) == formats.media_types("solutions")
    assert set(SUFFIXES.values()) <= set(formats.media_types("graph"))
    choices = next(p for p in export_data.params if p.name == "fmt").type.choices
    assert set(choices) == set(formats.names(formats.LOADABLE_RDF))
    assert set(formats.names(formats.RESULTS_FORMATS)) <= set(writers_for("solutions"))
    assert set(formats.names(formats.RDF_FORMATS)) <= set(writers_for("graph"))


def test_export_writes_each_registry_format_that_reads_back(tmp_path: Path) -> None:
    import govkg

    with govkg.open(tmp_path / "store") as kg:
        kg.store.update("INSERT DATA { GRAPH <urn:x:g> { <urn:x:a> <urn:x:p> \"v\" } }")
        for fmt in formats.LOADABLE_RDF:
            data = kg.export(formats.name(fmt))
            back = list(ox.parse(data, format=fmt))
            # a dataset carries the named graph and the merged default graph; a triple format the default graph
            assert len(back) == (2 if fmt.supports_datasets else 1), fmt
