"""What a body manages may be casework about a topic ("manages the highest risk cases of anti-social behaviour",
"the day-to-day response to hate incidents"): the topic alone is not what it oversees, so no fact is read; a topic
or a body after "the work of" still is."""

from __future__ import annotations

import pytest
from extract_helpers import of, read

HEAD = "Source: https://www.northdale.gov.uk/csp\n\nNorthdale Community Safety Partnership\n\n"


@pytest.mark.parametrize("sentence", [
    "The Northdale Risk Meeting manages the highest risk cases of anti-social behaviour.",
    "The Northdale Tasking Group manages the day-to-day response to anti-social behaviour hotspots.",
    "The Northdale Exploitation Panel oversees the referrals for child exploitation.",
])
def test_casework_about_a_topic_is_not_the_topic(sentence: str) -> None:
    assert not of(read(HEAD + sentence + "\n"), "oversees")


@pytest.mark.parametrize(("sentence", "obj"), [
    ("The Northdale Board oversees anti-social behaviour.", "anti-social behaviour"),
    ("The Northdale Board oversees the work of the Northdale Hate Forum.", "northdale hate forum"),
])
def test_a_topic_or_a_bodys_work_is_still_overseen(sentence: str, obj: str) -> None:
    assert obj in {o.casefold() for _, o in of(read(HEAD + sentence + "\n"), "oversees")}
