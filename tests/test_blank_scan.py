"""Whether a Turtle file writes a blank node, read only where one of its characters appears.

The line-by-line reading must answer as a reading of the whole text does: a bracket or parenthesis inside a
string, an IRI or a comment is no blank node; one outside them is."""

from __future__ import annotations

import pyoxigraph as ox
import pytest

from govkg.graph.store import _BLANK_START, _TURTLE_TEXT, may_hold_blank_nodes, turtle_names_blank_node

PREFIX = b"@prefix ex: <https://example.org/ns#> .\n"

CASES = [
    # brackets and parentheses only in strings, on many lines
    (b'ex:panel ex:note "Funding (revenue) for [year one]" .\nex:panel ex:label "Board (interim)" .\n', False),
    # an apostrophe-quoted string with a bracket, then a plain triple
    (b"ex:group ex:note 'see annex [B]' ; ex:size 4 .\n", False),
    # a comment and an IRI holding them
    (b"# members (see [list])\nex:a ex:seeAlso <https://example.org/p(1)> .\n", False),
    # a long string spanning lines, holding a bracket on its second line
    (b'ex:x ex:text """first line\nsecond [line] (here)""" .\n', False),
    # a real blank node after strings that hold brackets on the same line
    (b'ex:b ex:note "a [b]" ; ex:chair [ ex:name "C" ] .\n', True),
    # a collection
    (b"ex:b ex:members ( ex:p ex:q ) .\n", True),
    # a labelled blank node on a line of its own, after many string-only lines
    (b'ex:a ex:n "(1)" .\n' * 50 + b"_:n1 ex:role ex:chair .\n", True),
    # a long string, then a blank node outside it
    (b'ex:x ex:text """one\n[two]""" .\nex:y ex:by [ ex:n 1 ] .\n', True),
]


@pytest.mark.parametrize(("body", "expected"), CASES)
def test_turtle_names_blank_node(body: bytes, expected: bool) -> None:
    data = PREFIX + body
    ox.parse(data, format=ox.RdfFormat.TURTLE)  # each case is valid Turtle
    assert turtle_names_blank_node(data) is expected
    # the same answer as rewriting the whole text
    assert (_BLANK_START.search(_TURTLE_TEXT.sub(b" ", data)) is not None) is expected


def test_file_of_strings_only_takes_the_bulk_path(tmp_path) -> None:
    path = tmp_path / "g.ttl"
    path.write_bytes(PREFIX + CASES[0][0] * 200 + CASES[2][0])
    assert may_hold_blank_nodes(str(path), ox.RdfFormat.TURTLE) is False
    path.write_bytes(PREFIX + CASES[0][0] * 200 + CASES[5][0])
    assert may_hold_blank_nodes(str(path), ox.RdfFormat.TURTLE) is True
