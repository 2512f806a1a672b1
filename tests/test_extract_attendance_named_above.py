"""Attendance: minutes that list names without a label in two groups, then say the apologies came from "the
people named above", give the group set apart as the apologies and only the first group as present."""

from __future__ import annotations

from extract_helpers import of, read

_TABBED = """Minutes of the Safer Croydon Delivery Board

Tuesday 8th March 2022

Marta Quennell\tDirector of Community Safety (Chair)
Olu Bankole\tMetropolitan Police
Harriet Vosk\tCroydon Council Housing
Idris Farnham\tLondon Fire Brigade

Petra Lindqvist\tVictim Support
Ravi Chandran\tCroydon College

1.\tApologies

\tApologies received from the people named above.

2.\tMinutes of the last meeting
"""

_COMMAS = """Minutes of the Bolton Community Safety Partnership

12 October 2021

Agnes Whitlow, Bolton Council (Chair)
Desmond Pryer, Greater Manchester Police
Lorna Keats, Probation Service

Tobias Marr, Bolton at Home
Nell Oyelaran, Bolton CCG

Apologies: those listed above.

1. Notes of the previous meeting
"""

_NO_REFERENCE = """Minutes of the Safer Croydon Delivery Board

Tuesday 8th March 2022

Marta Quennell\tDirector of Community Safety (Chair)
Olu Bankole\tMetropolitan Police
Harriet Vosk\tCroydon Council Housing

Petra Lindqvist\tVictim Support
Ravi Chandran\tCroydon College

1.\tMinutes of the last meeting
"""


def test_the_group_set_apart_sent_apologies() -> None:
    doc = read(_TABBED)
    apologies = {p for p, _ in of(doc, "apologies")}
    attended = {p for p, _ in of(doc, "attended")}
    assert apologies == {"Petra Lindqvist", "Ravi Chandran"}
    assert {"Marta Quennell", "Olu Bankole", "Idris Farnham"} <= attended
    assert not attended & apologies


def test_listed_above_after_a_label() -> None:
    doc = read(_COMMAS)
    assert {p for p, _ in of(doc, "apologies")} == {"Tobias Marr", "Nell Oyelaran"}
    assert "Agnes Whitlow" in {p for p, _ in of(doc, "attended")}


def test_without_a_reference_back_all_were_present() -> None:
    doc = read(_NO_REFERENCE)
    assert not of(doc, "apologies")
    assert {"Petra Lindqvist", "Ravi Chandran"} <= {p for p, _ in of(doc, "attended")}
