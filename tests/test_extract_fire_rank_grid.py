"""A grid of a fire service's commanders as attendance lists and prose shorten their rank ("Station Cdr", "Group
Cmdr", "Stn Cdr"): the rank is a post the person holds, never a person, and the name after it is the person,
never an organisation.

Every paper is invented (real or invented places, invented people), each in a different council's style: a
minutes' "Present:" list with pipes, commas or dashes, a table row, a sentence naming the officer.
"""

from __future__ import annotations

import pytest
from extract_helpers import read

CASES = [
    ("present-pipes", "Safer Holmby Partnership Board\nMinutes of the meeting held on 3 May 2024\n\nPresent:\n"
     "Station Cdr Omar Pellow | Borough Commander | Holmby Fire Brigade\n", "Omar Pellow", "Station Cdr"),
    ("present-commas", "Wrexford Community Safety Partnership\nMinutes, 12 June 2024\n\nPresent:\n"
     "Group Cdr Hana Riggall, North Wrexford Fire and Rescue Service\nCllr Tom Ashdown (Chair)\n",
     "Hana Riggall", "Group Cdr"),
    ("present-brackets", "Aldmoor CSP Executive\nNotes of the meeting of 9 January 2025\n\nAttendees:\n"
     "Watch Cdr Petra Lowndes (Aldmoor Fire and Rescue Service)\nInspector Rob Tansley (Aldmoor Police)\n",
     "Petra Lowndes", "Watch Cdr"),
    ("present-dash", "Kelbrook Safer Communities Board\nMinutes: 20 March 2024\n\nPresent:\n"
     "Stn Cdr Idris Faulk - Kelbrook Fire and Rescue\nJane Colley - Kelbrook Borough Council\n",
     "Idris Faulk", "Stn Cdr"),
    ("present-cmdr", "Merehaven Community Safety Partnership\nMinutes of 2 October 2024\n\nPresent:\n"
     "Group Cmdr Lewis Farrant, Merehaven Fire and Rescue Service\nSgt Ann Holt, Merehaven Police\n",
     "Lewis Farrant", "Group Cmdr"),
    ("present-station-cmdr", "Burnley Vale Partnership Board\nMinutes, 5 September 2024\n\nPresent:\n"
     "Station Cmdr Ruth Okafor | Fire and Rescue Service\nAmir Sattar | Burnley Vale Council\n",
     "Ruth Okafor", "Station Cmdr"),
    ("present-crew", "Lindale Community Safety Forum\nNotes, 14 November 2024\n\nPresent:\n"
     "Crew Cdr Mia Thackray, Lindale Fire Station\nPCSO Dan Whitby, Lindale Police\n", "Mia Thackray", "Crew Cdr"),
    ("present-area", "Ormside Joint Tasking Group\nMinutes of 7 February 2025\n\nPresent:\n"
     "Area Cdr Viktor Barnes | Ormside Fire and Rescue Service\nDI Sue Lang | Ormside Police\n",
     "Viktor Barnes", "Area Cdr"),
]


@pytest.mark.parametrize(("text", "person", "rank"), [pytest.param(t, p, r, id=i) for i, t, p, r in CASES])
def test_shortened_fire_rank_is_no_person(text: str, person: str, rank: str) -> None:
    doc = read(text)
    people = {f.subject.name for f in doc.facts if f.relation in ("attended", "member_of", "holds_post")}
    objects = {f.object.name for f in doc.facts if f.relation == "member_of" and f.object}
    assert person in people, sorted(people)
    assert not any(rank in n for n in people), f"the rank read as a person: {sorted(people)}"
    assert person not in objects, f"the person read as an organisation: {sorted(objects)}"
