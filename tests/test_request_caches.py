"""What the SPARQL service remembers between requests (a query's shape, an Accept header's preferences) gives
the answers it gave without remembering, and is bounded."""

from __future__ import annotations


def test_a_remembered_shape_is_the_shape() -> None:
    from govkg.server import querytext

    small = "SELECT * WHERE { { ?s ?p ?o } UNION { ?s ?p (1 2 3) } }"
    large = "SELECT * WHERE { " + "{ ?s ?p ?o } UNION " * 600 + "{ ?s ?p ?o } }"
    assert len(large) > querytext.SHAPE_CACHED_BYTES
    for text in (small, large):
        assert querytext.shape(text) == querytext._shape(text) == querytext.shape(text)
    assert querytext._cached_shape.cache_info().maxsize == querytext.SHAPE_CACHE


def test_remembered_preferences_are_a_fresh_list_each_time() -> None:
    from govkg.server import formats

    header = "application/sparql-results+xml;q=0.9, application/sparql-results+json"
    first = formats.preferences(header, "solutions")
    assert first[0] == "application/sparql-results+json"
    first.clear()  # a caller's change to its list is not remembered
    assert formats.preferences(header, "solutions") == formats.registry.negotiate(header, ["solutions"])
    assert formats.preferences("text/html", "solutions") == []
