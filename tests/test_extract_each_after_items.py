"""A list of groups written without closing punctuation, then a sentence on the next line that opens with a
determiner ("Each theme group reports to the Board."): the last item ends at its line, and "each" reaches every
item of that list and of no list further up. Texts written for the tests, in three councils' layouts; the places
and people are invented."""

from __future__ import annotations

from extract_helpers import assert_evidence_quotes, of, read

from govkg.loaders.cleaning import clean
from govkg.loaders.layout import read_layout

# a web page's bullets, the last item long enough to look wrapped
WEB = """Source: https://www.eastbury.gov.uk/community-safety/partnership

Safer Eastbury Partnership

The Safer Eastbury Partnership is the community safety partnership for the district.

Theme groups:
  * Town Centre Safety Group - led by the council's Licensing Team
  * Vulnerable Adults Group - led by Eastbury Police
  * Reducing Reoffending and Recovery Group - led by the Probation Service
Each theme group reports to the Partnership.
"""

# minutes: dashed items under an opener, the "each" sentence running on to a second sentence
MINUTES = """Source: https://www.northdale.gov.uk/meetings/csp-board-2025-03

Northdale Community Safety Partnership Board
Minutes of the meeting held on 3 March 2025

4.  Delivery groups
Members noted the revised structure. Three delivery groups sit under the Board:
 - Youth Violence and Exploitation Group (chair: Supt Marnie Colquhoun)
 - Domestic Abuse Strategic Group, chaired by Dr Ilse Penhallow
 - Neighbourhood Harm Group, led by the Head of Regulatory Services, NBC
Each group provides a quarterly highlight report to the Board. The Board meets four times a year.
"""

# terms of reference: numbered paragraphs, two lists of groups one after the other
TERMS = """Source: https://www.westmoor.gov.uk/documents/scp-terms-of-reference

Westmoor Safeguarding Partnership
Terms of reference 2024

6.1 The following groups are sub-groups of the Partnership:
  - Practice Learning Group
  - Quality Assurance Group

6.2 The following groups are sub-groups of the Executive Group:
  - Missing and Exploited Children Panel - chaired by a detective inspector of Westmoor Police
  - Education Safeguarding Forum - chaired by the head of the virtual school
Each sub-group reports to the Executive Group every quarter.
"""


def test_the_item_before_a_determiner_line_ends_at_its_line() -> None:
    layout = read_layout(clean(WEB))
    said = [layout.text[a:b] for _, (a, b) in layout.sentences()]
    assert "Each theme group reports to the Partnership." in said
    assert not any("Probation Service" in s and "Each" in s for s in said)


def test_an_item_cut_after_a_connective_still_runs_on() -> None:
    text = ("Westmoor Safeguarding Partnership\n\nMembers:\n"
            "  - the Assistant Director of Housing and Community Safety, for the council and\n"
            "The Westmoor Housing Trust\n")
    layout = read_layout(clean(text))
    assert any("council and" in layout.text[a:b] and "Housing Trust" in layout.text[a:b]
               for _, (a, b) in layout.sentences())


def test_each_theme_group_of_an_unpunctuated_list_reports() -> None:
    doc = read(WEB)
    assert_evidence_quotes(doc)
    got = {g for g, p in of(doc, "reports_to") if p == "Safer Eastbury Partnership"}
    assert {"Town Centre Safety Group", "Vulnerable Adults Group"} <= {g.removeprefix("Eastbury ") for g in got}
    assert not any("Probation" in g for g, _ in of(doc, "reports_to"))


def test_each_group_giving_a_highlight_report_reports() -> None:
    doc = read(MINUTES)
    assert_evidence_quotes(doc)
    got = {g.removeprefix("Northdale ") for g, p in of(doc, "reports_to") if p.endswith("Board")}
    assert got >= {"Youth Violence and Exploitation Group", "Domestic Abuse Strategic Group",
                   "Neighbourhood Harm Group"}


def test_each_reaches_the_list_just_before_and_no_list_above_it() -> None:
    doc = read(TERMS)
    to_executive = {g for g, p in of(doc, "reports_to") if p.endswith("Executive Group")}
    assert any(g.endswith("Missing and Exploited Children Panel") for g in to_executive)
    assert any(g.endswith("Education Safeguarding Forum") for g in to_executive)
    assert not any(g.endswith(("Practice Learning Group", "Quality Assurance Group")) for g in to_executive)
