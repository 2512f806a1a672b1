"""A participle phrase opening the sentence ("Chaired by Cllr Jo Lee, the Board meets ...", "Funded by the Home
Office, the scheme ...", "Led by the Police, the Group reports to ...") is said of the name after its comma; its
own names take no part in the main clause, which is read as any other. A capitalised participle and "by" before a
titled name no longer stop the paper being read.

Every text here is written for the test, in the styles councils use.
"""

from __future__ import annotations

import pytest
from extract_helpers import of, read

from govkg.loaders.mentions import classify


@pytest.mark.parametrize("text, relation, pair", [
    # a web page on the board
    ("Chaired by Cllr Ann Tate, the Redbrook Safety Board meets quarterly.\n", "chairs",
     ("Ann Tate", "Redbrook Safety Board")),
    # an annual report on a funded scheme
    ("Funded by the Home Office, the Redbrook Street Marshals Scheme runs until March 2025.\n", "funds",
     ("Home Office", "Redbrook Street Marshals Scheme")),
    # terms of reference of a group
    ("Led by Northvale Police, the Redbrook Exploitation Group reports to the Redbrook Safety Board.\n", "led_by",
     ("Redbrook Exploitation Group", "Northvale Police")),
])
def test_the_fronted_phrase_is_said_of_the_name_after_it(text: str, relation: str, pair: tuple[str, str]) -> None:
    assert pair in of(read(text), relation)


@pytest.mark.parametrize("text, relation, pair", [
    ("Led by Northvale Police, the Redbrook Exploitation Group reports to the Redbrook Safety Board.\n", "reports_to",
     ("Redbrook Exploitation Group", "Redbrook Safety Board")),
    ("Chaired by the Director of Public Health, the Redbrook Drugs Partnership oversees the Redbrook Drugs Plan.\n",
     "oversees", ("Redbrook Drugs Partnership", "Redbrook Drugs Plan")),
])
def test_the_phrase_s_names_take_no_part_in_the_main_clause(text: str, relation: str, pair: tuple[str, str]) -> None:
    assert of(read(text), relation) == {pair}


@pytest.mark.parametrize("chunk", ["Chaired by Cllr Ann Tate", "Led by Councillor Jo Marsh", "Hosted by Dr Ravi Sen"])
def test_a_participle_before_a_titled_name_reads(chunk: str) -> None:
    assert any(m.kind == "person" for m in classify(chunk, 0))
