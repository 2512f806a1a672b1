"""Words that name a kind of body, or several bodies, stand for no one body (s16-rules): a section's heading
("Scope of the Service"), a list's heading that opens on its items' kind ("Sub-group chairs 2024/25:") before a
place the gazetteer reads only with a known head after it, and councils quantified or in the plural ("both
Councils", "B. Each Council"). Papers written for the test in several councils' layouts; names are invented."""
from __future__ import annotations

import pytest
from extract_helpers import of, read, triples

# -- a section's heading is no body: "N. Scope of the Service" over "The Service is responsible for:"

_AGREEMENT = """SHARED ANTI-SOCIAL BEHAVIOUR TEAM: AGREEMENT BETWEEN TWO DISTRICT COUNCILS

1. Hosting
1.1 The lead council hosts and employs the Shared Anti-Social Behaviour Service ("the Service").

{heading}
The Service is responsible for:
  a) case management of persistent anti-social behaviour;
  b) the community trigger process for both districts;
  c) liaison with housing providers.
"""


@pytest.mark.parametrize("heading", ["2. Scope of the Service", "2.  SCOPE OF THE SERVICE",
                                     "Section 2 - Structure of the Service", "2 Governance of the Service"])
def test_a_section_heading_is_no_body(heading: str) -> None:
    remit = of(read(_AGREEMENT.format(heading=heading)), "responsible_for")
    assert remit, "the list of duties is still read"
    assert {s for s, _ in remit} == {"Shared Anti-Social Behaviour Service"}


# -- a list headed by its items' kind: whose groups they are is not said

_REPORT = ("Harlow Community Safety Partnership - Annual Report 2024/25\n\nThe Partnership met four times this "
           "year. Its Night-Time Economy Group, Hate Crime Panel, Youth Violence Group, Learning Review Group and "
           "Quality and Audit Group report to it.\n\n")


@pytest.mark.parametrize("block", [
    # dashes, two-space indent, a year after "in"
    "Sub-group chairs in 2024-25:\n  -  Night-Time Economy Group - Dana Scarrow, Licensing Manager, Harlow "
    "District Council\n  -  Hate Crime Panel - Omar Feld, Harlow Faith Forum\n\nThe Panel met twice.\n",
    # indented lines with no marks, the year alone
    "Sub-group chairs 2024/25:\n  Night-Time Economy Group - Dana Scarrow, Licensing Manager, Harlow District "
    "Council\n  Youth Violence Group - Insp Ruth Gethwyn, Essex Police\n\nThe groups met twice.\n",
    # numbered items, a colon between the group and its lead
    "Subgroup leads:\n1. Learning Review Group: Head of Adult Services, Harlow District Council\n2. Quality and "
    "Audit Group: Designated Nurse, Hertfordshire and West Essex ICB\n\nThe groups met twice.\n",
])
def test_a_kind_word_heading_names_no_parent(block: str) -> None:
    assert not {o for _, o in of(read(_REPORT + block), "subgroup_of") if o.endswith(("Sub-group", "Subgroup"))}


def test_a_named_parent_is_still_read() -> None:
    text = _REPORT + "The Partnership's sub-groups:\n- Night-Time Economy Group\n- Youth Violence Group\n"
    assert ("Harlow Night-Time Economy Group", "Harlow Community Safety Partnership") in of(read(text), "subgroup_of")


# -- councils quantified or in the plural are several bodies, none of them


@pytest.mark.parametrize("text", [
    # a recital lettered "B."
    "Agreement for a shared community safety team: two district councils\n\nBACKGROUND\nA. The two councils have "
    "shared one team since 2020.\nB. Each Council has duties as a responsible authority set by the Crime and "
    "Disorder Act 1998.\n",
    # a numbered paragraph, "Both Councils" opening it
    "Joint community safety team - report to the joint member panel\n\n3.2 Both Councils carry the duties that "
    "the Crime and Disorder Act 1998 lays on responsible authorities.\n",
])
def test_each_council_holds_no_duty_of_its_own(text: str) -> None:
    assert not {s for s, _ in of(read(text), "statutory_duty") if "Council" in s}


@pytest.mark.parametrize("sentence", [
    "The Shared Community Safety Lead represents both Councils on the Northshire Channel Panel.",
    "Our joint team leader represents the two Councils on the Northshire Channel Panel and reports back quarterly.",
])
def test_several_councils_represented_name_no_one(sentence: str) -> None:
    found = triples(read("Joint community safety service - annual review\n\n" + sentence + "\n"))
    assert not {t for t in found if t[0] in ("Councils", "Two Councils") or t[1] == "represented_by"}
