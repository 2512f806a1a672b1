"""A grid of structure statements that a census of never-read papers (heldout41..44) found lost, each written here in
an invented council's style.

- A list of groups in one sentence, one item to a bullet, the last but one handing on with "; and" and the next
  opening on its article in lower case ("- the Town Centre Group, ...; and" / "- the Cohesion Forum, ..."): the
  last bullet is the list's next item, not the tail of the one before, so the counting opener ("Three groups ...
  sit beneath the Partnership:") finds as many groups as it counts.
- A plural that points at its body with "this" ("Both groups report to this Board at each meeting").
- Reporting said by what each group makes for its body: "Each sub-group produces a quarterly highlight report for
  the Partnership", "prepares an annual report for".
- A council's own service named after the council as a lead: "is led by Northdale County Council Public Health",
  "led by Westby District Council Housing Options".
- A tree chart whose branches carry dot leaders out to a note ("|-- Review Sub-group ........ chair: ..."): each
  branch is still a sub-group of the node it hangs from.
- "lead" and "leads" as nouns are no verb of leading: "brings together safeguarding leads from the schools",
  "the voluntary sector lead, sits on the Board".

Every text is invented for this grid (places are real or invented; people and groups are made up). Each case lists
the structure facts it states (and those it may also be read to state); the test asks that they are all read and
that no other structure fact is added.
"""

from __future__ import annotations

import pytest
from extract_helpers import grid_misses, print_grid_score, read

Fact = tuple[str, str, str]
_SCORED = ("reports_to", "subgroup_of", "part_of", "led_by")
R, S, L = "reports_to", "subgroup_of", "led_by"


def case(name: str, text: str, expect: list[Fact], may: list[Fact] | None = None):
    return pytest.param(text, expect, may or [], id=name)


def _each(groups: tuple[str, ...], relation: str, parent: str) -> list[Fact]:
    return [(g, relation, parent) for g in groups]


_ALD = ("Aldbury Operational Delivery Group", "Aldbury Town Centre ASB Group", "Aldbury Community Cohesion Forum")
_BRY = ("Brynmor Safe Accommodation Task Group", "Brynmor Children and Young People Task Group")
_CAS = ("Castleford Out of Court Disposal Panel", "Castleford Turnaround Steering Group")
_DEN = ("Denholm Night-Time Economy Group", "Denholm Rural Crime Forum", "Denholm Hate Crime Panel")
_EAS = ("Eastcote Tasking Group", "Eastcote Exploitation Panel")
_FEN = ("Fenwick Joint Action Group", "Fenwick Domestic Abuse Forum")
_GRA = ("Grassington Treatment and Recovery Group", "Grassington Supply and Enforcement Group",
        "Grassington Prevention Group")
_HOL = ("Holbrook Youth Safety Group", "Holbrook Licensing Forum")
_IRL = ("Irlam Serious Violence Group", "Irlam Drugs Delivery Group", "Irlam Prevent Group")

CASES = [
    # --- a list in one sentence: the bullet after "; and" is the next item --------------------------------------
    case("counted-opener-bullets-and-lower-article",
         "Safer Aldbury Partnership\nTerms of reference\n\n"
         "3.6 Three groups carry out the work between meetings and sit beneath the Partnership:\n"
         "   • the Aldbury Operational Delivery Group, which is chaired by Mina Fairlie and tasks partners on\n"
         "     problem places each month;\n"
         "   • the Aldbury Town Centre ASB Group, which manages the town centre order; and\n"
         "   • the Aldbury Community Cohesion Forum, chaired by Ruth Okoye, which brings together faith\n"
         "     groups.\n",
         _each(_ALD, S, "Safer Aldbury Partnership")),
    case("two-task-groups-dash-bullets-and",
         "Brynmor Domestic Abuse Local Partnership Board\nReport to the Board, 12 June 2025\n\n"
         "3.4  Two task groups sit under the Brynmor Domestic Abuse Local Partnership Board:\n"
         "   - the Brynmor Safe Accommodation Task Group, chaired by Owen Price; and\n"
         "   - the Brynmor Children and Young People Task Group, chaired by Siân Roberts.\n",
         _each(_BRY, S, "Brynmor Domestic Abuse Local Partnership Board")),
    case("report-to-bullets-spaced-by-blank-lines",
         "Castleford Youth Justice Locality Board\nTerms of Reference 2025\n\n"
         "6  Sub-groups\n\n"
         "6.1  Two groups report to the Castleford Youth Justice Locality Board:\n\n"
         "     - the Castleford Out of Court Disposal Panel, chaired by the Locality Manager, which decides\n"
         "       outcomes for children who admit an offence; and\n\n"
         "     - the Castleford Turnaround Steering Group, which oversees the Turnaround programme.\n\n"
         "6.2  The Board may set up task-and-finish groups for a fixed period.\n",
         _each(_CAS, R, "Castleford Youth Justice Locality Board"),
         _each(_CAS, S, "Castleford Youth Justice Locality Board")),
    case("star-bullets-comma-and",
         "DENHOLM COMMUNITY SAFETY PARTNERSHIP - ANNUAL REPORT 2024/25\n\n"
         "Three delivery groups report to the Denholm Community Safety Partnership:\n"
         "  * the Denholm Night-Time Economy Group, which meets before each bank holiday,\n"
         "  * the Denholm Rural Crime Forum, which farmers attend, and\n"
         "  * the Denholm Hate Crime Panel, which reviews every reported incident.\n",
         _each(_DEN, R, "Denholm Community Safety Partnership"),
         _each(_DEN, S, "Denholm Community Safety Partnership")),
    case("both-groups-sit-under-then-their-list",
         "Eastcote Borough Council - Cabinet report\n\n"
         "4.1 Both groups sit under the Eastcote Community Safety Partnership:\n"
         "  - the Eastcote Tasking Group, chaired by a police inspector; and\n"
         "  - the Eastcote Exploitation Panel, chaired by the Council's safeguarding lead.\n",
         _each(_EAS, S, "Eastcote Community Safety Partnership")),
    # --- a plural pointing at its body with "this" --------------------------------------------------------------
    case("both-groups-report-to-this-board",
         "Fenwick Community Safety Partnership Board\nMinutes, 3 March 2025\n\n"
         "7. THEME GROUP BUSINESS\n\n"
         "(a) Fenwick Joint Action Group. Dee Harlow reported that the group had met three times.\n"
         "(b) Fenwick Domestic Abuse Forum. The forum is mapping support for older victims.\n"
         "Both groups report to this Board at each meeting.\n",
         _each(_FEN, R, "Fenwick Community Safety Partnership Board"),
         _each(_FEN, S, "Fenwick Community Safety Partnership Board")),
    case("all-groups-sit-under-this-partnership",
         "Holbrook Community Safety Partnership\nAbout the partnership\n\n"
         "Our groups\n\n"
         "  - Holbrook Youth Safety Group: chaired by the youth service manager.\n"
         "  - Holbrook Licensing Forum: chaired by the licensing manager.\n\n"
         "Both groups sit under this Partnership and report to it twice a year.\n",
         _each(_HOL, S, "Holbrook Community Safety Partnership") +
         _each(_HOL, R, "Holbrook Community Safety Partnership")),
    # --- reporting said by what each group makes for its body --------------------------------------------------
    case("each-sub-group-produces-highlight-report-for",
         "Grassington Combating Drugs Partnership: terms of reference\n\n"
         "6.  Sub-groups\n\n"
         "6.1  Three delivery groups sit under the Grassington Combating Drugs Partnership:\n"
         "   •  Grassington Treatment and Recovery Group - chaired by the treatment provider;\n"
         "   •  Grassington Supply and Enforcement Group - chaired by the police;\n"
         "   •  Grassington Prevention Group - chaired by the Director of Children's Services.\n\n"
         "6.2  Each sub-group produces a quarterly highlight report for the Grassington Combating Drugs Partnership.\n",
         _each(_GRA, S, "Grassington Combating Drugs Partnership") +
         _each(_GRA, R, "Grassington Combating Drugs Partnership")),
    case("they-each-prepare-annual-report-for",
         "Irlam Safer Communities Board\nGovernance statement\n\n"
         "The Board has three sub-groups:\n\n"
         "  - Irlam Serious Violence Group\n"
         "  - Irlam Drugs Delivery Group\n"
         "  - Irlam Prevent Group\n\n"
         "They each prepare an annual report for the Irlam Safer Communities Board.\n",
         _each(_IRL, S, "Irlam Safer Communities Board") + _each(_IRL, R, "Irlam Safer Communities Board")),
    case("all-sub-groups-produce-summary-for",
         "Jarrow Community Safety Partnership\nReport of the Partnership Manager\n\n"
         "2. The Partnership's work is done through two sub-groups:\n\n"
         "  (a) Jarrow Anti-Social Behaviour Group\n"
         "  (b) Jarrow Reducing Reoffending Group\n\n"
         "Both sub-groups produce a written summary for the Jarrow Community Safety Partnership every quarter.\n",
         _each(("Jarrow Anti-Social Behaviour Group", "Jarrow Reducing Reoffending Group"), S,
               "Jarrow Community Safety Partnership") +
         _each(("Jarrow Anti-Social Behaviour Group", "Jarrow Reducing Reoffending Group"), R,
               "Jarrow Community Safety Partnership")),
    # --- a council's own service, named after the council, as a lead -------------------------------------------
    case("led-by-county-council-public-health",
         "Keswick Community Safety Partnership\nStrategy 2024-2027\n\n"
         "The Keswick Drugs and Alcohol Delivery Group is led by Cumberland Council Public Health and meets every "
         "two months.\n",
         [("Keswick Drugs and Alcohol Delivery Group", L, "Cumberland Council Public Health")]),
    case("led-by-district-council-housing-options",
         "Lydford Domestic Abuse Board\nAnnual report\n\n"
         "The Lydford Safe Accommodation Group, led by West Devon Borough Council Housing Options, reviews the "
         "refuge places each quarter.\n",
         [("Lydford Safe Accommodation Group", L, "West Devon Borough Council Housing Options")]),
    case("led-by-city-council-childrens-services",
         "Safer Northgate Partnership\nMinutes of 9 October 2024\n\n"
         "5.2 The Northgate Exploitation Group is led by Leeds City Council Children's Services. The group met "
         "twice in the quarter.\n",
         [("Northgate Exploitation Group", L, "Leeds City Council Children's Services")]),
    case("led-by-city-council-licensing",
         "Oakworth Community Safety Partnership - Terms of Reference\n\n"
         "4.3 The Oakworth Night-Time Economy Group is led by Bradford City Council Licensing.\n",
         [("Oakworth Night-Time Economy Group", L, "Bradford City Council Licensing")]),
    # --- a tree chart whose branches run dot leaders out to a note ---------------------------------------------
    case("tree-chart-dot-leaders-chair-notes",
         "Penrith Safeguarding Adults Board\nAnnual report 2024/25\n\n"
         "2.2  Structure chart\n\n"
         "  Penrith Safeguarding Adults Board\n"
         "  |\n"
         "  |-- Penrith Executive Group\n"
         "  |\n"
         "  |-- Penrith Case Review Sub-group ........ chair: Cumbria Police\n"
         "  |                                          (Penrith area)\n"
         "  |-- Penrith Training Sub-group ............ chair: Westmorland Council\n\n"
         "2.3  Notes on the chart\n",
         _each(("Penrith Executive Group", "Penrith Case Review Sub-group", "Penrith Training Sub-group"), S,
               "Penrith Safeguarding Adults Board")),
    case("tree-chart-plus-branches-dot-leaders-people",
         "Queensbury Community Safety Partnership\nHow we are organised\n\n"
         "  Queensbury Community Safety Partnership\n"
         "   +-- Queensbury Serious Violence Group .... Ann Birtle, Queensbury Police\n"
         "   +-- Queensbury Town Centre Group .......... Joe Merriman, Queensbury Council\n"
         "   +-- Queensbury Youth Panel\n\n"
         "The chart was last revised in May 2025.\n",
         _each(("Queensbury Serious Violence Group", "Queensbury Town Centre Group", "Queensbury Youth Panel"), S,
               "Queensbury Community Safety Partnership")),
    case("tree-chart-nested-dot-leaders",
         "Ravenscar Safeguarding Partnership\nBusiness plan\n\n"
         "  Ravenscar Safeguarding Partnership\n"
         "  |-- Ravenscar Executive Group ........ chair: independent scrutineer\n"
         "  |     |-- Ravenscar Practice Review Sub-group ...... chair: designated nurse\n"
         "  |     |-- Ravenscar Audit Sub-group .............. chair: police\n"
         "  |-- Ravenscar Learning Group\n",
         [("Ravenscar Executive Group", S, "Ravenscar Safeguarding Partnership"),
          ("Ravenscar Practice Review Sub-group", S, "Ravenscar Executive Group"),
          ("Ravenscar Audit Sub-group", S, "Ravenscar Executive Group"),
          ("Ravenscar Learning Group", S, "Ravenscar Safeguarding Partnership")]),
    # --- "lead" and "leads" as nouns: no one is led -------------------------------------------------------------
    case("safeguarding-leads-from-schools",
         "Selby Prevent Partnership Board\nTerms of reference\n\n"
         "5.2 The Selby Prevent Education Network is a sub-group of the Selby Prevent Partnership Board. It brings "
         "together designated safeguarding leads from Selby's secondary schools and Selby College.\n",
         [("Selby Prevent Education Network", S, "Selby Prevent Partnership Board")]),
    case("voluntary-sector-lead-comma-sits-on",
         "Thornbury Safer and Stronger Board\nMembership\n\n"
         "The Office of the Avon and Somerset Police and Crime Commissioner and Thornbury Community Partners, the "
         "voluntary sector lead, sit on the Board as non-statutory members.\n",
         []),
    case("lead-agency-noun-semicolon",
         "Upton Community Safety Partnership\nDelivery plan 2025\n\n"
         "Priority 2: reducing reoffending. The Probation Service is the named lead; Upton Housing supports it.\n",
         []),
    case("practitioner-leads-from-agencies",
         "Ventnor Community Safety Partnership\nAbout the Exploitation Forum\n\n"
         "The Ventnor Exploitation Forum reports to the Ventnor Community Safety Partnership. It gathers "
         "practitioner leads from Isle of Wight Council and Hampshire and Isle of Wight Constabulary.\n",
         [("Ventnor Exploitation Forum", R, "Ventnor Community Safety Partnership")]),
]


@pytest.mark.parametrize(("text", "expect", "may"), CASES)
def test_structure_lists_grid(text: str, expect: list[Fact], may: list[Fact]) -> None:
    missed, false = grid_misses(read(text), expect, may, _SCORED)
    assert not missed and not false, f"missed {missed}; false {false}"


if __name__ == "__main__":
    print_grid_score(CASES, _SCORED)
