"""A grid of groups whose own name joins two subjects of their work with "and": "the Town Centre and Seafront
Group", "the Needs Assessment and Data Sub-Group". The words before the "and" (a part of a place, a paper) are
no body of their own, so the name is one group's: read as two ("Town Centre" chaired by X, "Seafront Group"
chaired by X) it gives one false fact for a fragment and another for a group the paper never names.

Every paper is invented (real or invented places, invented people), each in a different council's style and
each varying the verb (chaired by, led by, reports to, is a sub-group of, sits under), where the group stands
(subject, object, after a dash, in a list), the group's head (Group, Sub-Group, Panel, Forum, Board, Cell) and
what the first subject is (a town or city centre, a seafront, the night-time economy, a needs assessment, a
strategy). Controls: two bodies joined by "and" still read as two.
`python tests/test_extract_coordinated_group_grid.py` prints the grid's score.
"""

from __future__ import annotations

import pytest
from extract_helpers import read


def _case(name: str, text: str, relation: str, whole: str, fragment: str, xfail: str = "") -> tuple:
    marks = [pytest.mark.xfail(reason=xfail, strict=True)] if xfail else []
    return pytest.param(text, relation, whole, fragment, id=name, marks=marks)


CASES = [
    _case("chaired-town-centre-seafront", """Scarborough Community Safety Partnership - Annual Report 2024

The Town Centre and Seafront Group is chaired by Marion Ettrick and meets every month in the summer.
""", "chairs", "Town Centre and Seafront Group", "Town Centre"),
    _case("led-needs-assessment-data", """Tendale Domestic Abuse Local Partnership Board
Report to the Board, March 2025

The Needs Assessment and Data Sub-Group, led by the Public Health Intelligence Team, refreshed the figures.
""", "led_by", "Needs Assessment and Data Sub-Group", "Needs Assessment"),
    _case("reports-city-centre-nte", """Safer Lancaster Partnership

The City Centre and Night-Time Economy Group reports to the Partnership Board each quarter.
""", "reports_to", "City Centre and Night-Time Economy Group", "City Centre"),
    _case("dash-chaired-town-centre-vr", """Wyvern Community Safety Partnership: how we work

Town Centre and Violence Reduction Group - chaired by Inspector Ben Carradine of Wyvern Police.
""", "chairs", "Town Centre and Violence Reduction Group", "Town Centre"),
    _case("subgroup-of-seafront-beach", """Torbay Safer Communities Board
Governance

The Seafront and Beaches Forum is a sub-group of the Board.
""", "subgroup_of", "Seafront and Beaches Forum", "Seafront"),
    _case("reports-strategy-performance-panel", """Safer Melksham Partnership
Terms of Reference 2024

7. Sub-groups
The Strategy and Performance Panel reports to the Partnership.
""", "reports_to", "Strategy and Performance Panel", "Strategy"),
    _case("chaired-high-street-licensing", """Northfield District Council
Community Safety Annual Report 2023/24

The High Street and Licensing Group is chaired by Councillor Ada Pennock.
""", "chairs", "High Street and Licensing Group", "High Street"),
    _case("led-town-centres-markets", """Eastmoor Borough Council - Cabinet report

The Town Centres and Markets Board, led by the Head of Regeneration, oversees the work.
""", "led_by", "Town Centres and Markets Board", "Town Centres"),
    _case("reports-evening-economy-licensing", """Safer Bramford

The Evening Economy and Licensing Forum reports to the Safer Bramford Executive.
""", "reports_to", "Evening Economy and Licensing Forum", "Evening Economy"),
    _case("chaired-waterfront-parks", """Kelmouth Community Safety Partnership
Minutes of the meeting held on 4 June 2024

The Waterfront and Parks Group is chaired by Sergeant Ola Vickery.
""", "chairs", "Waterfront and Parks Group", "Waterfront"),
    _case("sub-group-sits-under-assessment-intel", """Ravensmoor Serious Violence Partnership

The Strategic Needs Assessment and Intelligence Group is a sub-group of the Partnership.
""", "subgroup_of", "Strategic Needs Assessment and Intelligence Group", "Strategic Needs Assessment"),
    _case("led-city-centre-safety-cell", """Corbridge City Council - Scrutiny Committee, 12 March 2025
Community Safety Update

4.2 The City Centre and Transport Cell, led by the Community Safety Team, met six times.
""", "led_by", "City Centre and Transport Cell", "City Centre"),
    _case("chaired-active-pass-nte", """Harnley Safer Streets Programme

The Night-Time Economy and Taxi Marshals Group is chaired by Leila Moorcroft of Harnley BID.
""", "chairs", "Night-Time Economy and Taxi Marshals Group", "Night-Time Economy",
          xfail="no chair read at all: the chair's organisation after 'of' is read apart (not this grid's form)"),
    _case("reports-town-centre-asb-comma", """Fenwick Community Safety Partnership
Structure

The Town Centre and ASB Group, which reports to the Partnership, meets monthly.
""", "reports_to", "Town Centre and ASB Group", "Town Centre"),
    _case("chaired-needs-assessment-performance-wales", """Bwrdd Diogelwch Dyffryn / Dyffryn Safety Board

The Needs Assessment and Performance Group is chaired by the Board's Vice-Chair, Gethin Morys.
""", "chairs", "Needs Assessment and Performance Group", "Needs Assessment"),
    _case("reports-village-centre-rural", """Wealdmere Rural Crime Partnership

The Village Centre and Rural Crime Group reports to the Wealdmere Community Safety Partnership.
""", "reports_to", "Village Centre and Rural Crime Group", "Village Centre"),
    _case("led-plan-delivery-group", """Safer Ashbourne Partnership - Annual Report

Our Action Plan and Delivery Group, led by the Community Safety Manager, tracks each action.
""", "led_by", "Action Plan and Delivery Group", "Action Plan"),
    _case("chaired-town-centre-shop-forum", """Brackley Town Partnership
Newsletter, Spring 2024

The Town Centre and Retail Crime Forum is chaired by Wendy Arkwright, manager of the Brackley Arcade.
""", "chairs", "Town Centre and Retail Crime Forum", "Town Centre"),
    _case("reports-seafront-summer-committee", """Clacton Area Community Safety Partnership

The Seafront and Summer Events Committee reports to the Partnership every month from May to September.
""", "reports_to", "Seafront and Summer Events Committee", "Seafront",
          xfail="'Summer' is cut from the name before the 'and' is weighed (a date word; not this grid's form)"),
    _case("subgroup-of-city-centres-asb-panel", """Greater Dunmore Community Safety Board

The City Centres and Anti-Social Behaviour Panel is a sub-group of the Board.
""", "subgroup_of", "City Centres and Anti-Social Behaviour Panel", "City Centres"),
    _case("led-strategy-commissioning-network", """Marlow Vale Domestic Abuse Partnership

The Strategy and Outcomes Network, led by the Domestic Abuse Co-ordinator, reviews the plan yearly.
""", "led_by", "Strategy and Outcomes Network", "Strategy"),
]

# two bodies joined by "and": still two
CONTROLS = [
    pytest.param("""Safer Kettleby Partnership

The Youth Offending Service and Prevent Group report to the Partnership.
""", "reports_to", {"Youth Offending Service", "Prevent Group"}, id="control-service-and-group"),
    pytest.param("""Safer Kettleby Partnership

Kettleby Police and the Town Centre Group report to the Partnership.
""", "reports_to", {"Kettleby Police", "Town Centre Group"}, id="control-police-and-the-group"),
]


def _names(doc, relation: str) -> set[str]:
    return {n for f in doc.facts if f.relation == relation
            for n in (f.subject.name, f.object.name if f.object else "")}


@pytest.mark.parametrize(("text", "relation", "whole", "fragment"), CASES)
def test_group_named_by_two_subjects_is_one_group(text: str, relation: str, whole: str, fragment: str) -> None:
    names = _names(read(text), relation)
    assert any(n.endswith(whole) for n in names), f"no {relation} fact of the {whole}: {sorted(names)}"
    assert not any(n.endswith(fragment) for n in names), f"a fragment read as a body: {sorted(names)}"


@pytest.mark.parametrize(("text", "relation", "bodies"), CONTROLS)
def test_two_bodies_joined_by_and_stay_two(text: str, relation: str, bodies: set[str]) -> None:
    names = _names(read(text), relation)
    assert all(any(n.endswith(b) for n in names) for b in bodies), sorted(names)


if __name__ == "__main__":
    import sys

    sys.exit(pytest.main([__file__, "-q", "-p", "no:cacheprovider"]))
