"""A paper's own body, its headings' scope and its back-references (loaders/documents.introduced_body,
Resolver.heading_scope / first_person_body / back_reference, clauses.antecedent, structure._headed_sub_groups).

Every paper here is written for the test, in the styles of different councils: a body's web page, terms of
reference, an annual report, minutes, a scrutiny report and a commissioner's decision notice. The places are
invented, so nothing is settled by the gazetteer: only by what the paper itself says.
"""

from __future__ import annotations

from extract_helpers import assert_evidence_quotes, read, triples

# -- the paper's own body


def test_a_page_titled_by_its_kind_is_the_body_its_first_lines_name_in_full() -> None:
    doc = read("Source: https://www.eastwoldvale.gov.uk/community-safety/partnership\n\n"
               "Community Safety Partnership (CSP)\n\n"
               "The Eastwold Vale Community Safety Partnership (CSP) brings the responsible authorities together. "
               "The Local Strategic Partnership holds the CSP to account for the Community Plan.\n")
    assert doc.body is not None and doc.body.name == "Eastwold Vale Community Safety Partnership"
    # another partnership named with its own modifiers is not the paper's: "the Local Strategic Partnership"
    assert ("Eastwold Vale Community Safety Partnership", "oversees",
            "Eastwold Vale Community Safety Partnership") not in triples(doc)


def test_a_brand_title_before_what_the_paper_is_names_the_body_the_text_spells_out() -> None:
    doc = read("Marrowby Safe - Governance and Structure Version 3.1\n\n"
               "1.1 This paper sets out revised governance for the Marrowby Safe Partnership. The partnership is "
               "chaired by Inspector Colm Dervan of Marrowby Police.\n")
    assert doc.body is not None and doc.body.name == "Marrowby Safe Partnership"
    assert ("Colm Dervan", "chairs", "Marrowby Safe Partnership") in triples(doc)


def test_a_site_whose_host_spells_the_body_is_that_bodys_own() -> None:
    doc = read("Source: https://quarryfordcsp.org.uk/about-us\n\nAbout us\n"
               "When the new council formed, a new Quarryford CSP was set up for the district.\n")
    assert doc.body is not None and doc.body.name == "Quarryford Community Safety Partnership"


def test_a_councils_host_names_none_of_its_places_bodies() -> None:
    doc = read("Source: https://www.orlingham.gov.uk/community-safety/news\n\nNews\n"
               "Orlingham Police and Orlingham Fire and Rescue Service ran a joint campaign this summer.\n")
    assert doc.body is None or doc.body.name != "Orlingham Police"


def test_a_brand_the_page_says_is_a_partnership_is_the_partnership_it_speaks_of() -> None:
    doc = read("Source: https://www.orlingham.gov.uk/community-safety/safer-orlingham\n\n"
               "Home > Community safety > Safer Orlingham\n\nSafer Orlingham\n\n"
               "Safer Orlingham is the community safety partnership for Orlingham. The partnership is chaired by "
               "the Director of Communities and reports to the Orlingham Health and Wellbeing Board.\n")
    assert_evidence_quotes(doc)
    got = triples(doc)
    assert doc.body is not None and doc.body.name == "Safer Orlingham"
    assert ("Director of Communities", "chairs", "Safer Orlingham") in got
    assert ("Safer Orlingham", "reports_to", "Orlingham Health and Wellbeing Board") in got


# -- heading scope


TERMS = """Source: https://www.brackenford.gov.uk/council/partnerships/safer-brackenford

Safer Brackenford Partnership - Terms of Reference

1. Purpose
The Partnership brings together the responsible authorities for the borough.

2. Sub-groups

2.1 Brackenford Serious Violence Group
Chaired by Superintendent Lorna Vickery of Brackenford Police. It reports to the Partnership quarterly.

2.2 Brackenford Hate Crime Forum
The Forum is led by the Community Cohesion Manager. It meets monthly and reports to the Partnership.

3. Accountability
The Partnership reports annually to the Brackenford Health and Wellbeing Board.
"""


def test_terms_of_reference_a_sections_heading_is_the_subject_of_its_lines() -> None:
    doc = read(TERMS)
    assert_evidence_quotes(doc)
    got = triples(doc)
    assert ("Lorna Vickery", "chairs", "Brackenford Serious Violence Group") in got  # "Chaired by" under it
    assert ("Brackenford Serious Violence Group", "reports_to", "Safer Brackenford Partnership") in got  # "It"
    assert ("Brackenford Hate Crime Forum", "reports_to", "Safer Brackenford Partnership") in got
    assert ("Safer Brackenford Partnership", "reports_to", "Brackenford Health and Wellbeing Board") in got
    # the numbered headings under "2. Sub-groups" are the partnership's sub-groups
    assert ("Brackenford Serious Violence Group", "subgroup_of", "Safer Brackenford Partnership") in got
    assert ("Brackenford Hate Crime Forum", "subgroup_of", "Safer Brackenford Partnership") in got
    # "The Partnership" in section 3 is the paper's own body, not the last heading's forum
    assert not any(s == "Brackenford Hate Crime Forum" and o == "Brackenford Health and Wellbeing Board"
                   for s, _, o in got)


ANNUAL = """Source: https://www.thornbury-sab.org.uk/annual-report-2023-24

Thornbury Safeguarding Adults Board
Annual Report 2023-24

1. About the Board
The Thornbury Safeguarding Adults Board is a statutory partnership. It reports each year to the Thornbury Health
and Wellbeing Board.

2. Our sub-groups

2.1 Safeguarding Adults Review Group
This group is chaired by the Head of Adult Social Care. It commissions Safeguarding Adults Reviews on behalf of
the Board.

2.2 Quality and Performance Group
The group reports to the Board quarterly.
"""


def test_annual_report_this_group_and_it_are_the_sections_group_not_the_board() -> None:
    doc = read(ANNUAL)
    assert_evidence_quotes(doc)
    got = triples(doc)
    assert ("Head of Adult Social Care", "chairs", "Safeguarding Adults Review Group") in got
    assert ("Safeguarding Adults Review Group", "commissions", "Safeguarding Adults Reviews") in got
    assert ("Thornbury Safeguarding Adults Board", "commissions", "Safeguarding Adults Reviews") not in got
    assert ("Quality and Performance Group", "reports_to", "Thornbury Safeguarding Adults Board") in got
    # "2. Our sub-groups", set as a numbered item in sentence case, still heads its sub-sections
    assert ("Safeguarding Adults Review Group", "subgroup_of", "Thornbury Safeguarding Adults Board") in got
    assert ("Quality and Performance Group", "subgroup_of", "Thornbury Safeguarding Adults Board") in got


def test_minutes_an_item_headed_by_a_body_still_leaves_the_meeting_its_own() -> None:
    doc = read("Minutes of the meeting of the Kelderwick Community Safety Partnership held on 14 March 2024\n\n"
               "Present: Cllr Maria Esposito (Chair), Janet Oyelaran (Probation Service)\n\n"
               "4. Domestic Abuse Partnership Board\n"
               "The Board is chaired by the Director of Public Health and meets every two months.\n\n"
               "5. Serious Violence\n"
               "The Partnership agreed to oversee the Kelderwick Serious Violence Strategy.\n")
    got = triples(doc)
    assert ("Director of Public Health", "chairs", "Domestic Abuse Partnership Board") in got
    assert ("Kelderwick Community Safety Partnership", "oversees", "Kelderwick Serious Violence Strategy") in got


def test_a_heading_that_names_no_body_gives_it_no_subject() -> None:
    # "3. Funding" names no body: "It" under it is the paper's own body, as ever
    doc = read("Wrenmoor Youth Justice Management Board - Terms of Reference\n\n"
               "2.1 Wrenmoor Out of Court Disposal Panel\nThe Panel meets monthly.\n\n"
               "3. Funding\nIt reports to the Safer Wrenmoor Partnership each year.\n")
    got = triples(doc)
    assert ("Wrenmoor Youth Justice Management Board", "reports_to", "Safer Wrenmoor Partnership") in got
    assert ("Wrenmoor Out of Court Disposal Panel", "reports_to", "Safer Wrenmoor Partnership") not in got


def test_unnumbered_run_of_group_headings_under_sub_groups() -> None:
    doc = read("Source: https://www.ashcombe.gov.uk/csp\n\nAshcombe Community Safety Partnership\n\n"
               "The Ashcombe Community Safety Partnership leads community safety work in the borough.\n\n"
               "Sub-groups\n\nAshcombe Hate Crime Forum\nThe Forum meets every quarter.\n\n"
               "Ashcombe Night-Time Economy Group\nThe Group is led by Ashcombe Police.\n\n"
               "Contact us\nEmail the team.\n")
    got = triples(doc)
    assert ("Ashcombe Hate Crime Forum", "subgroup_of", "Ashcombe Community Safety Partnership") in got
    assert ("Ashcombe Night-Time Economy Group", "subgroup_of", "Ashcombe Community Safety Partnership") in got
    assert ("Ashcombe Night-Time Economy Group", "led_by", "Ashcombe Police") in got


# -- back-references


def test_web_page_a_chain_of_pronouns_keeps_the_body_its_first_sentence_named() -> None:
    doc = read("Source: https://www.wexcombe.gov.uk/council/community-safety/reducing-reoffending\n\n"
               "Reducing reoffending in Wexcombe\n\n"
               "The Wexcombe Reducing Reoffending Board was set up in 2019 to bring agencies together.\n\n"
               "Its members also include HMP Wexcombe and the Wexcombe Youth Justice Service.\n\n"
               "It is accountable to the Safer Wexcombe Partnership.\n")
    assert_evidence_quotes(doc)
    got = triples(doc)
    assert ("HMP Wexcombe", "member_of", "Wexcombe Reducing Reoffending Board") in got
    assert ("Wexcombe Reducing Reoffending Board", "reports_to", "Safer Wexcombe Partnership") in got


def test_first_person_page_we_and_our_are_the_body_it_says_it_is() -> None:
    doc = read("Source: https://www.saferhalvington.org.uk/about-us\n\nAbout us\n\n"
               "We are the Safer Halvington Partnership, the community safety partnership for Halvington.\n\n"
               "We are chaired by the Leader of Halvington Council.\n\n"
               "Our members are Halvington Police, the Probation Service and Halvington Fire and Rescue Service.\n")
    got = triples(doc)
    assert ("Leader of Halvington Council", "chairs", "Safer Halvington Partnership") in got
    assert ("Halvington Police", "member_of", "Safer Halvington Partnership") in got
    assert ("Probation Service", "member_of", "Safer Halvington Partnership") in got


def test_a_council_report_speaking_as_we_names_no_partnership() -> None:
    # a council's report: its "we" is the council's, never the partnership it reports on
    doc = read("PENWORTH BOROUGH COUNCIL\n\nReport to: Cabinet\n\nCOMMUNITY SAFETY UPDATE\n\n"
               "1.1 The Penworth Community Safety Partnership met four times this year.\n"
               "1.2 We are chaired by the Leader in our work with partners.\n")
    assert ("Leader", "chairs", "Penworth Community Safety Partnership") not in triples(doc)


def test_decision_notice_the_board_is_the_board_the_notice_names() -> None:
    doc = read("Source: https://www.pellworth-pcc.gov.uk/decisions/2024-031\n\nDecision Notice 2024/031\n"
               "Title: Grant to the Pellworth Reducing Reoffending Board\n\nBackground\n"
               "The Pellworth Reducing Reoffending Board brings together the Probation Service and Pellworth "
               "Police. The Board is chaired by the Head of the Pellworth Probation Delivery Unit and reports to "
               "the Pellworth Criminal Justice Board.\n")
    got = triples(doc)
    assert ("Head of the Pellworth Probation Delivery Unit", "chairs", "Pellworth Reducing Reoffending Board") in got
    assert ("Pellworth Reducing Reoffending Board", "reports_to", "Pellworth Criminal Justice Board") in got


PAGE = """Source: https://www.dunmere.gov.uk/community-safety/partnership

Safer Dunmere Partnership

The Safer Dunmere Partnership is the community safety partnership for Dunmere.

Domestic abuse
The Dunmere Domestic Abuse Partnership is a multi-agency group. The Partnership is chaired by the Head of Housing.
"""


def test_web_page_the_partnership_after_a_sentence_opened_by_another_is_that_one() -> None:
    got = triples(read(PAGE))
    assert ("Head of Housing", "chairs", "Dunmere Domestic Abuse Partnership") in got
    assert ("Head of Housing", "chairs", "Safer Dunmere Partnership") not in got


def test_web_page_two_partnerships_fit_and_the_nearer_is_sentences_back_so_none_is_taken() -> None:
    far = PAGE.replace("is a multi-agency group.", "is a multi-agency group. It was set up in 2015. Funding is "
                       "agreed each spring.")
    got = triples(read(far))
    assert not any(r == "chairs" and s == "Head of Housing" for s, r, _ in got)


def test_minutes_the_partnership_that_agrees_is_the_meeting_not_the_one_just_named() -> None:
    doc = read("Minutes of the meeting of the Dunmere Community Safety Partnership held on 3 June 2024\n\n"
               "Present: Cllr Ida Marsh (Chair)\n\n"
               "6. Domestic abuse\n"
               "The Dunmere Domestic Abuse Partnership presented its annual report. The Partnership agreed to "
               "oversee the Dunmere Domestic Abuse Strategy.\n")
    got = triples(doc)
    assert ("Dunmere Community Safety Partnership", "oversees", "Dunmere Domestic Abuse Strategy") in got
    assert ("Dunmere Domestic Abuse Partnership", "oversees", "Dunmere Domestic Abuse Strategy") not in got


def test_a_pages_title_that_is_a_bodys_name_alone_is_its_body_and_heads_its_sub_groups() -> None:
    doc = read("# Tamberley Safeguarding Children Partnership\n\n## Our sub-groups\n\n"
               "### Tamberley Child Exploitation Group\n"
               "The group is chaired by Detective Inspector Ravi Shah. It reports to the Partnership's Executive.\n\n"
               "### Tamberley Learning and Review Group\nThis group is chaired by the Designated Doctor.\n")
    assert_evidence_quotes(doc)
    got = triples(doc)
    assert doc.body is not None and doc.body.name == "Tamberley Safeguarding Children Partnership"
    assert ("Tamberley Child Exploitation Group", "subgroup_of", "Tamberley Safeguarding Children Partnership") in got
    assert ("Tamberley Learning and Review Group", "subgroup_of", "Tamberley Safeguarding Children Partnership") in got
    # "the Partnership's Executive": the executive of the partnership "the Partnership" stands for
    assert ("Tamberley Child Exploitation Group", "reports_to",
            "Tamberley Safeguarding Children Partnership Executive") in got
    assert ("Designated Doctor", "chairs", "Tamberley Learning and Review Group") in got


def test_minutes_of_a_partnership_that_names_no_board_meet_as_its_board() -> None:
    doc = read("Minutes of the meeting of the Fenholt Community Safety Partnership held on 9 May 2024\n\n"
               "Present: Cllr Rosa Tighe, Superintendent Adam Crewe (Fenholt Police)\n\n"
               "1. Election of chair\n"
               "RESOLVED: That Cllr Rosa Tighe be appointed as chair of the Board for the municipal year.\n")
    assert ("Rosa Tighe", "chairs", "Fenholt Community Safety Partnership") in triples(doc)
    # a board the minutes name is another body: "the Board" after it is that board, never the partnership
    other = read("Minutes of the meeting of the Fenholt Community Safety Partnership held on 9 May 2024\n\n"
                 "Present: Cllr Rosa Tighe\n\n"
                 "1. Youth justice\nThe Fenholt Youth Justice Management Board met in April.\n"
                 "RESOLVED: That Cllr Rosa Tighe be appointed as chair of the Board for the municipal year.\n")
    assert ("Rosa Tighe", "chairs", "Fenholt Community Safety Partnership") not in triples(other)


def test_annual_report_the_group_and_the_sub_group_are_the_sections_body_whatever_its_head() -> None:
    doc = read("Gorsefield Community Safety Partnership - Annual Report 2023/24\n\n3. Partnership delivery\n\n"
               "3.1 Gorsefield Prevent Board\n"
               "The sub-group is chaired by the Prevent Coordinator and reports to the Partnership twice a year.\n\n"
               "3.2 Gorsefield Night-Time Economy Forum\nThe group is led by Gorsefield Police.\n")
    got = triples(doc)
    assert ("Prevent Coordinator", "chairs", "Gorsefield Prevent Board") in got
    assert ("Gorsefield Prevent Board", "reports_to", "Gorsefield Community Safety Partnership") in got
    assert ("Gorsefield Night-Time Economy Forum", "led_by", "Gorsefield Police") in got
    # "the Partnership" is never the section's board: a head noun of its own
    assert ("Gorsefield Prevent Board", "reports_to", "Gorsefield Prevent Board") not in got


def test_a_cabinet_report_in_the_first_person_speaks_for_the_council() -> None:
    doc = read("LOWMARSH BOROUGH COUNCIL\n\nCABINET - 15 JULY 2024\n\nCOMMUNITY SAFETY STRATEGY\n\n"
               "1.1 Cabinet is asked to approve the Lowmarsh Community Safety Strategy.\n\n"
               "1.2 We report to the Lowmarsh Health and Wellbeing Board on the strategy each year.\n")
    assert not any(r == "reports_to" and "Cabinet" in s for s, r, _ in triples(doc))


def test_references_in_one_long_paragraph_cost_linear_time() -> None:
    from extract_helpers import growth

    from govkg.loaders.documents import document_from_text

    def extract(text: str) -> None:
        document_from_text("t", "t.txt", "Safer Ambridge Partnership\n\nTerms of Reference\n\n" + text, "0" * 64)

    def paragraph(n: int) -> str:
        unit = "The Ambridge Hate Crime Forum met. The Forum is chaired by the Chief Executive. "
        return unit * max(1, n // len(unit))

    # linear work gives about 4-6 here; best of three runs, as one run in a busy suite once read 8.4
    assert growth(extract, paragraph, 3_000, repeats=3) < 8


def test_many_numbered_sections_cost_linear_time() -> None:
    from extract_helpers import growth

    from govkg.loaders.documents import document_from_text

    def extract(text: str) -> None:
        document_from_text("t", "t.txt", "Safer Ambridge Partnership - Terms of Reference\n\n" + text, "0" * 64)

    def sections(n: int) -> str:
        return "".join(f"{k}.1 Funding\nIt reports to the Ambridge Board.\n\n" for k in range(1, n // 40 + 2))

    assert growth(extract, sections, 3_000, repeats=2) < 8
