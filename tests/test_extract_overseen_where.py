"""The passive of "oversees" with where it is overseen between the verb and its agent ("is overseen county-wide
by", "is managed locally by") keeps its agent as the overseer."""

from __future__ import annotations

import pytest
from extract_helpers import of, read

HEAD = "Source: https://www.northdale.gov.uk/csp\n\nNorthdale Community Safety Partnership\n\n"


@pytest.mark.parametrize(("sentence", "pair"), [
    ("Domestic abuse is overseen county-wide by the Westshire Domestic Abuse Board.",
     ("Westshire Domestic Abuse Board", "Domestic Abuse")),
    ("Prevent is managed locally by the Northdale Prevent Group.", ("Northdale Prevent Group", "Prevent")),
    ("Serious violence is overseen force-wide by the Westshire Violence Reduction Board.",
     ("Westshire Violence Reduction Board", "Serious Violence")),
])
def test_the_agent_after_where_is_the_overseer(sentence: str, pair: tuple[str, str]) -> None:
    got = {(s, o.title()) for s, o in of(read(HEAD + sentence + "\n"), "oversees")}
    assert (pair[0], pair[1].title()) in got, got
