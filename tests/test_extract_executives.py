"""loaders/extract/owned.py executives: a partnership's or a board's executive is its subgroup_of, whether named with
the owner's acronym ("the WCSP Executive Group"), with the owner's full name, or bare in the owner's own paper ("Its
Executive", "the partnership's Executive Group", "the Partnership Executive"). A council's executive (its cabinet)
and a bare "the Executive" are left. Texts written for the test in several councils' styles; names invented."""

from __future__ import annotations

import pytest
from extract_helpers import of, read

CSP_PAGE = "Westbrook Community Safety Partnership\nAnnual Report 2024/25\n\n"
ARRANGEMENTS = "Northvale Safeguarding Children Partnership\nMulti-agency safeguarding arrangements 2025\n\n"


@pytest.mark.parametrize(
    "text, owner",
    [
        # an annual report: the partnership's acronym defined, then its executive named with it
        (CSP_PAGE + "The Westbrook Community Safety Partnership (WCSP) brings the responsible authorities together. "
         "The WCSP Executive Group meets every two months and agrees the plan.\n",
         "Westbrook Community Safety Partnership"),
        # safeguarding arrangements: "Its Executive" in the partnership's own paper
        (ARRANGEMENTS + "The Northvale Safeguarding Children Partnership covers the whole county. Its Executive is "
         "made up of the three safeguarding partners and meets monthly.\n",
         "Northvale Safeguarding Children Partnership"),
        # a web page: the partnership's possessive in lower case
        (CSP_PAGE + "Spending is signed off by the partnership's Executive Group, which meets each quarter.\n",
         "Westbrook Community Safety Partnership"),
        # terms of reference: "the Partnership Executive"
        (ARRANGEMENTS + "The Partnership Executive takes the decisions of the partnership between its meetings.\n",
         "Northvale Safeguarding Children Partnership"),
    ],
)
def test_an_executive_is_a_subgroup_of_its_partnership(text: str, owner: str) -> None:
    found = of(read(text), "subgroup_of")
    assert any("Executive" in s and o == owner for s, o in found)


def test_a_councils_executive_is_left() -> None:
    text = ("Eastmere Borough Council\nReport to the Executive\n\nThe Eastmere Borough Council Executive agreed the "
            "community safety plan on 4 March.\n")
    assert not any("Executive" in s for s, _ in of(read(text), "subgroup_of"))


def test_a_bare_executive_is_left() -> None:
    # in a partnership's paper "the Executive" may be the council's cabinet: whose is not said
    text = CSP_PAGE + "The annual report is presented on behalf of the Executive by the Portfolio Holder.\n"
    assert not any("Executive" in s for s, _ in of(read(text), "subgroup_of"))


def test_a_partnership_executive_named_in_a_boards_paper_is_not_the_boards() -> None:
    # a scrutiny board's report names the county partnership's executive: "Partnership" says it is no board's
    text = ("Eastmere County Council\nCorporate Scrutiny Board\n\nThe Corporate Scrutiny Board met on 3 May. The "
            "public health team reported to the Partnership Executive Group in June on community cohesion.\n")
    assert not any("Executive" in s and o.endswith("Board") for s, o in of(read(text), "subgroup_of"))



@pytest.mark.parametrize(
    "text, groups",
    [
        # safeguarding arrangements: a table of sub-groups under "The Executive is supported by"
        (ARRANGEMENTS + "3 The Partnership Executive\n\nThe Partnership Executive is made up of the three delegated "
         "partners. The Executive is supported by the following sub-groups, each of which reports to it:\n\n"
         "Sub-group\tChair\nHarbour Learning Review Group\tDr Ola Penrose\nHarbour Neglect Group\tIvo Tremain\n",
         ("Harbour Learning Review Group", "Harbour Neglect Group")),
        # an annual report: a bullet list of the groups that report to the bare executive
        (CSP_PAGE + "2. Structure\n\nThe Partnership Executive meets monthly and agrees the plan.\n\nThe following "
         "groups report to the Executive:\n\n- Westbrook Tasking Group\n- Westbrook Hate Crime Forum\n",
         ("Westbrook Tasking Group", "Westbrook Hate Crime Forum")),
        # terms of reference: the groups named inline after "The Executive has three sub-groups"
        ("Kestrel Bay Safeguarding Adults Partnership\nTerms of reference\n\nThe Partnership Executive takes "
         "decisions between meetings of the partnership. The Executive has three sub-groups: the Kestrel Bay "
         "Practice Review Group, the Kestrel Bay Training Group and the Kestrel Bay Quality Group.\n",
         ("Kestrel Bay Practice Review Group", "Kestrel Bay Training Group", "Kestrel Bay Quality Group")),
    ],
)
def test_the_bare_executive_after_the_partnership_executive_is_not_the_partnership(text: str,
                                                                                  groups: tuple[str, ...]) -> None:
    # "the Executive" after "the Partnership Executive" is that group of the partnership's own: the groups under
    # it are the executive's, never the partnership's own sub-groups or reports by a guess
    doc = read(text)
    parents = of(doc, "subgroup_of") | of(doc, "reports_to")
    assert not any(s in groups and o.endswith("Partnership") for s, o in parents), parents
    if "Sub-group\tChair" in text:
        # (the executive may carry its partnership's name: "Northvale Safeguarding Children Partnership Executive")
        assert all(any(s == g and o.endswith("Partnership Executive") for s, o in parents) for g in groups), parents
