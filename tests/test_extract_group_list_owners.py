"""Whose groups a list of groups names, and which groups it names.

- A list headed by the groups' own kind and what it says of them ("Sub-group chairs in 2025:", "Task group leads:")
  says who leads each group, not whose groups they are: the kind word is no body, and no parent is guessed.
- A list of groups in a sentence ("The Board's delivery groups are A (a gloss), B and C") goes on past a gloss in
  brackets after an item, even one that names a topic.
- A list opener that says the groups report to a body by its short name ("Two sub-groups report to the SVB:") makes
  each group report to that body, as the full name does.
Each written in three councils' styles."""

from __future__ import annotations

import pytest
from extract_helpers import of, read

CHAIRS_LABELS = [
    """Source: https://www.selby.gov.uk/a

SAFER SELBY PARTNERSHIP

Sub-group chairs in 2023-24:
  -  Town Safety Group - Insp Ola Brandt, Selby Police
  -  Housing Harm Panel - Petra Lusk, Selby Homes
""",
    """Source: https://www.melton.gov.uk/community-safety/review

Melton Community Safety Partnership

Task group leads:
- Retail Crime Task Group - Owen Dunley, Town Centre Manager
- Exploitation Task Group - Dr Ada Moulsdale, Melton ICB
""",
    """Source: https://www.cravendc.gov.uk/safety/board

Craven Community Safety Partnership - terms of reference

Theme group chairs (from April):
  * Violence Reduction Group - Chief Inspector Neil Brackwell
  * Substance Harm Group - Rhian Gethwyn, Craven Recovery Service
"""]


@pytest.mark.parametrize("text", CHAIRS_LABELS)
def test_a_list_of_the_groups_leads_names_no_parent(text: str) -> None:
    subs = of(read(text), "subgroup_of")
    assert not any(o.split()[-1].casefold().startswith(("sub-group", "group")) for _, o in subs), subs
    assert not subs, subs


GLOSSED = [
    ("""Source: https://www.elmstead.gov.uk/cabinet/report

Elmstead District Council Cabinet, 3 March 2025

1.1 The Elmstead Community Safety Partnership meets quarterly.
1.2 The Partnership's delivery groups are the Elmstead Street Safety Group (anti-social behaviour and shop theft),
the Elmstead Hidden Harm Group and the Elmstead Young People's Panel.
""", "Elmstead Community Safety Partnership",
     {"Elmstead Street Safety Group", "Elmstead Hidden Harm Group", "Elmstead Young People's Panel"}),
    ("""Source: https://www.farnby.gov.uk/safety/plan

Safer Farnby Plan 2025

The Safer Farnby Board's sub-groups are the Farnby Night Safety Forum (domestic abuse and stalking), the Farnby
Rural Watch Group (farm theft) and the Farnby Drugs Harm Group.
""", "Safer Farnby Board", {"Farnby Night Safety Forum", "Farnby Rural Watch Group", "Farnby Drugs Harm Group"}),
    ("""Source: https://www.glenholt.gov.uk/community-safety

Glenholt Community Safety Partnership

The Glenholt Community Safety Partnership's delivery groups are the Glenholt Exploitation Group (county lines and
modern slavery) and the Glenholt Town Centre Group.
""", "Glenholt Community Safety Partnership", {"Glenholt Exploitation Group", "Glenholt Town Centre Group"}),
]


@pytest.mark.parametrize(("text", "parent", "groups"), GLOSSED)
def test_a_gloss_in_brackets_does_not_end_the_list(text: str, parent: str, groups: set[str]) -> None:
    subs = {s for s, o in of(read(text), "subgroup_of") if o == parent}
    assert subs >= groups, subs


SHORT_NAMED = [
    ("""Source: https://www.hollins.gov.uk/youth-justice/plan

Hethercombe Youth Justice Plan 2025

The Hethercombe Youth Justice Management Board (HYJMB) oversees the service.

3.2 Two sub-groups report to the HYJMB:
  - the Hethercombe Court Diversion Panel, chaired by the Service Manager;
  - the Hethercombe Education Access Group, chaired by the Head of Inclusion.
""", "Hethercombe Youth Justice Management Board",
     {"Hethercombe Court Diversion Panel", "Hethercombe Education Access Group"}),
    ("""Source: https://www.ivybridge-vale.gov.uk/svp

Ivy Vale Serious Violence Partnership

The Ivy Vale Serious Violence Partnership (IVSVP) was formed in 2023.

Three sub-groups report to the IVSVP:
* Ivy Vale Knife Crime Group
* Ivy Vale Weapons Amnesty Panel
* Ivy Vale Night Economy Group
""", "Ivy Vale Serious Violence Partnership",
     {"Ivy Vale Knife Crime Group", "Ivy Vale Weapons Amnesty Panel", "Ivy Vale Night Economy Group"}),
    ("""Source: https://www.jesmond-hill.gov.uk/board

Jesmond Hill Community Safety Board

The Jesmond Hill Community Safety Board (JHCSB) meets every other month in the town hall.

Sub-groups which report to the JHCSB:
1. Jesmond Hill Hate Crime Forum
2. Jesmond Hill Retail Crime Group
""", "Jesmond Hill Community Safety Board", {"Jesmond Hill Hate Crime Forum", "Jesmond Hill Retail Crime Group"}),
]


@pytest.mark.parametrize(("text", "parent", "groups"), SHORT_NAMED)
def test_groups_report_to_the_body_their_opener_names_short(text: str, parent: str, groups: set[str]) -> None:
    reports = {s for s, o in of(read(text), "reports_to") if o == parent}
    assert reports >= groups, reports
