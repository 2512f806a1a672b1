"""A grid of a council's own committee named in full: the meeting body named once per paper.

A council's minutes may head the meeting with the committee's kind alone ("Minutes of the Overview and Scrutiny
Committee meeting held at ..."), or with the area before it, under the council's banner. The committee is the
council's, and most gold names it with the council's name before it ("Oakvale Borough Council Overview and Scrutiny
Committee"), some with the area alone ("Oakvale Overview and Scrutiny Committee"): the one node is known by both,
so every attendance, apology, chair and vice-chair of the meeting names it either way. A council's cabinet named
with the council is also known with the area alone.

Not said (nothing added): a partnership, a board, a police area's panel, a joint committee of several councils, a
committee named for another place, and any committee in a paper with no council.

Every council, person and sentence here is invented for the grid (a few real council names, with invented people
and meetings). Run as a script for the grid's score: `python tests/test_council_committee_names_grid.py`.

On main (80407587) 14 of the 24 cases read right (the "not said" neighbours and the names that stay).
"""

from __future__ import annotations

import pytest
from extract_helpers import meeting_misses, read

from govkg.evaluation.gold import norm

_PRESENT = ("\nPresent:\nChair                     Councillor R T Okonedo-Vance\nVice Chair                "
            "Councillor L Marchetti\n\nand Councillors:\nD Ashworth-Penn, F Kilbride and S Moyo\n\n"
            "Apologies for absence were received from Councillor W Trevelyan.\n\n1.  DECLARATIONS OF INTEREST\n\n"
            "There were none.\n")

_LIST = ("\nPRESENT\nCouncillor Jem Arkwright (Chair)\nCouncillor Polly Vasquez-Reid (Vice-Chair)\n"
         "Councillor Hamza Oyelowo\nCouncillor Nerys Tulloch\n\nAPOLOGIES\nCouncillor Gideon Frant\n\n"
         "1. MINUTES\nThe minutes of the last meeting were agreed.\n")

# (paper, the name the meeting's body must also go by)
NAMED_IN_FULL = [
    pytest.param("BRANSDALE BOROUGH COUNCIL\n\nMinutes of the Overview and Scrutiny Committee meeting held at the "
                 "Civic Offices, Bransdale on Wednesday, 5 March 2025 commencing at 6:00 pm\n" + _PRESENT,
                 "Bransdale Borough Council Overview and Scrutiny Committee", id="kind-heading-under-borough-banner"),
    pytest.param("Kelmoor District Council\n\nMINUTES OF THE SCRUTINY COMMITTEE\n\nHeld on Monday 14 October 2024 at "
                 "7.00pm in the Council Chamber\n" + _LIST,
                 "Kelmoor District Council Scrutiny Committee", id="scrutiny-committee-capitals"),
    pytest.param("Rushcliffe Borough Council\n\nMinutes of the Communities Scrutiny Group Sub-Committee\n\n"
                 "Thursday, 9 January 2025\n" + _LIST,
                 "Communities Scrutiny Group Sub-Committee", id="own-named-sub-committee-stays-bare"),
    pytest.param("Rushcliffe Borough Council\n\nMinutes of the Scrutiny Sub-Committee\n\nThursday, 9 January 2025\n"
                 + _LIST, "Rushcliffe Borough Council Scrutiny Sub-Committee", id="sub-committee-real-council"),
    pytest.param("WATERMEAD CITY COUNCIL\n\nMinutes of the Neighbourhoods Scrutiny Panel held on 3 June 2024\n" + _LIST,
                 "Watermead City Council Neighbourhoods Scrutiny Panel", id="scrutiny-panel"),
    pytest.param("Harlowe County Council\n\nMinutes of the Communities Select Committee\n\nHeld at County Hall on "
                 "Friday 21 February 2025\n" + _PRESENT,
                 "Harlowe County Council Communities Select Committee", id="county-select-committee"),
    pytest.param("Mossbury District Council\n\nMinutes of the Safer Places Scrutiny Commission meeting held on "
                 "2 April 2025 at 6.30 pm\n" + _LIST,
                 "Safer Places Scrutiny Commission", id="own-named-commission-stays-bare"),
    pytest.param("Mossbury District Council\n\nMinutes of the Scrutiny Commission meeting held on 2 April 2025\n"
                 + _LIST, "Mossbury District Council Scrutiny Commission", id="scrutiny-commission"),
    pytest.param("Fendle Borough Council\n\nMinutes of the Licensing and Community Safety Committee held on Tuesday "
                 "11 March 2025\n" + _PRESENT,
                 "Fendle Borough Council Licensing and Community Safety Committee", id="service-committee"),
    pytest.param("Gorsley District Council\n\nMinutes of the Gorsley Overview and Scrutiny Committee held on "
                 "8 July 2024\n" + _LIST,
                 "Gorsley District Council Overview and Scrutiny Committee", id="area-named-committee-council-form"),
    pytest.param("Gorsley District Council\n\nMinutes of the Gorsley Overview and Scrutiny Committee held on "
                 "8 July 2024\n" + _LIST,
                 "Gorsley Overview and Scrutiny Committee", id="area-named-committee-area-form-stays"),
    pytest.param("BRANSDALE BOROUGH COUNCIL\n\nMinutes of the Overview and Scrutiny Committee meeting held at the "
                 "Civic Offices on 5 March 2025\n" + _PRESENT,
                 "Bransdale Overview and Scrutiny Committee", id="kind-heading-area-form-stays"),
    pytest.param("Wexley Borough Council\n\nCABINET - 15 JULY 2024\n" + _PRESENT,
                 "Wexley Cabinet", id="council-cabinet-area-form"),
    pytest.param("Wexley Borough Council\n\nCABINET - 15 JULY 2024\n" + _PRESENT,
                 "Wexley Borough Council Cabinet", id="council-cabinet-council-form-stays"),
    pytest.param("Pellham District Council\n\nMinutes of the Cabinet held on Tuesday 4 February 2025\n" + _LIST,
                 "Pellham District Council Cabinet", id="minutes-of-the-cabinet"),
]


@pytest.mark.parametrize(("text", "name"), NAMED_IN_FULL)
def test_the_council_committee_is_known_by_the_council_name(text: str, name: str) -> None:
    missed, false = meeting_misses(text, [name])
    assert missed == [] and false == []


def _names_of(doc, wanted: str) -> set[str]:
    """Every name the node of a body named WANTED (by its name or one of its names) goes by."""
    want = norm(wanted)
    for e in doc.entities:
        names = {norm(e.name), *(norm(a) for a in e.aliases)}
        if want in names:
            return names
    return set()


# (paper, a body the paper names, a name that body must NOT go by)
NOT_SAID = [
    pytest.param("Tilbeck Borough Council\n\nMinutes of the Tilbeck Community Safety Partnership meeting held on "
                 "6 May 2025\n" + _LIST,
                 "Tilbeck Community Safety Partnership", "Tilbeck Borough Council Community Safety Partnership",
                 id="partnership-is-no-committee"),
    pytest.param("Tilbeck Borough Council\n\nMinutes of the Health and Wellbeing Board held on 6 May 2025\n" + _LIST,
                 "Tilbeck Health and Wellbeing Board", "Tilbeck Borough Council Health and Wellbeing Board",
                 id="board-is-no-committee"),
    pytest.param("Marlow Vale District Council\n\nMinutes of the Joint Overview and Scrutiny Committee held on "
                 "1 October 2024\n" + _LIST,
                 "Joint Overview and Scrutiny Committee", "Marlow Vale District Council Joint Overview and "
                 "Scrutiny Committee", id="joint-committee-is-no-one-councils"),
    pytest.param("Thornbury Borough Council\n\nReport to Cabinet, 3 December 2024\n\nThe Police and Crime Panel "
                 "reviewed the Commissioner's plan. The Cabinet noted the update.\n",
                 "Police and Crime Panel", "Thornbury Borough Council Police and Crime Panel",
                 id="police-panel-is-no-councils"),
    pytest.param("Ashcombe District Council\n\nReport to the Overview and Scrutiny Committee, 9 June 2025\n\n"
                 "The Brenthill Overview and Scrutiny Committee scrutinises the Brenthill Community Safety "
                 "Partnership.\n",
                 "Brenthill Overview and Scrutiny Committee",
                 "Ashcombe District Council Brenthill Overview and Scrutiny Committee",
                 id="another-places-committee"),
    pytest.param("SAFER HOLLOWAY GREEN PARTNERSHIP\n\nMinutes of the Partnership meeting held on 2 May 2025\n"
                 "\nPresent:\nJo Pennant - Holloway Green Council\n\n1. Welcome\nThe Partnership reports to the "
                 "Scrutiny Committee.\n",
                 "Scrutiny Committee", "Holloway Green Council Scrutiny Committee", id="no-council-banner"),
    pytest.param("Kelmoor District Council\n\nMinutes of the Kelmoor Safeguarding Adults Board held on 3 May 2025\n"
                 + _LIST,
                 "Kelmoor Safeguarding Adults Board", "Kelmoor District Council Safeguarding Adults Board",
                 id="safeguarding-board-is-no-committee"),
    pytest.param("Brackenfield Borough Council\n\nMinutes of the Brackenfield Community Safety Steering Group "
                 "held on 4 March 2025\n" + _LIST,
                 "Brackenfield Community Safety Steering Group",
                 "Brackenfield Borough Council Community Safety Steering Group", id="steering-group-is-no-committee"),
    pytest.param("Ormsby City Council\n\nMinutes of the Ormsby Channel Panel held on 19 March 2025\n" + _LIST,
                 "Ormsby Channel Panel", "Ormsby City Council Channel Panel", id="channel-panel-is-no-committee"),
]


@pytest.mark.parametrize(("text", "body", "not_name"), NOT_SAID)
def test_other_bodies_are_not_named_as_the_councils(text: str, body: str, not_name: str) -> None:
    names = _names_of(read(text), body)
    assert names, f"{body} not read"
    assert norm(not_name) not in names


if __name__ == "__main__":  # python tests/test_council_committee_names_grid.py prints the grid's score
    right = 0
    for p in NAMED_IN_FULL:
        text, name = p.values
        missed, false = meeting_misses(text, [name])
        right += not missed and not false
        print("ok " if not missed and not false else "BAD", p.id, missed, false)
    for p in NOT_SAID:
        text, body, not_name = p.values
        names = _names_of(read(text), body)
        good = bool(names) and norm(not_name) not in names
        right += good
        print("ok " if good else "BAD", p.id, sorted(names))
    print(f"{right} of {len(NAMED_IN_FULL) + len(NOT_SAID)} cases read right")
