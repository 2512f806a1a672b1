"""Reporting lines and sub-groups in the forms governance sections use: a counted plural with the bodies it counts
set off by dashes ("accountable to the three partnerships - A, B and C -"), and "a thematic board of" the
partnership. Texts written for the tests."""

from __future__ import annotations

from extract_helpers import of, read


def test_counted_partnerships_named_between_dashes() -> None:
    doc = read("Powys Area Planning Board\nMinutes\n\n3.2 The Powys Area Planning Board is accountable to the three "
               "Community Safety Partnerships - Safer Brecon, Safer Llandrindod Partnership and Safer Welshpool - "
               "through an annual report.\n")
    assert {o for s, o in of(doc, "reports_to") if s == "Powys Area Planning Board"} == {
        "Safer Brecon", "Safer Llandrindod Partnership", "Safer Welshpool"}


def test_a_count_the_list_does_not_fill_keeps_the_plural() -> None:
    doc = read("Powys Area Planning Board\nMinutes\n\n3.2 The Powys Area Planning Board is accountable to the three "
               "Community Safety Partnerships - Safer Brecon and Safer Welshpool among them - each year.\n")
    assert not {"Safer Brecon", "Safer Welshpool"} & {o for _, o in of(doc, "reports_to")}


def test_a_thematic_board_of_the_partnership() -> None:
    doc = read("Northbury Hate Crime Board\nTerms of Reference\n\n1.1 The Northbury Hate Crime Board is a thematic "
               "board of the Safer Northbury Partnership, the borough's community safety partnership.\n")
    assert ("Northbury Hate Crime Board", "Safer Northbury Partnership") in of(doc, "subgroup_of")


def test_a_quoted_short_name_between_subject_and_verb() -> None:
    doc = read('Northbury Hate Crime Board\nTerms of Reference\n\n1.1 The Northbury Hate Crime and Anti-Social '
               'Behaviour Board ("the HCASB Board") is a\nthematic board of the Safer Northbury Partnership.\n')
    assert ("Northbury Hate Crime and Anti-Social Behaviour Board", "Safer Northbury Partnership") in of(
        doc, "subgroup_of")


def test_a_box_titled_by_its_body_alone() -> None:
    doc = read("Northbury Fire and Rescue Service\nWorking in partnership\n\n"
               "+--------------------------------------------------+\n"
               "| Safer Northbury Partnership                      |\n"
               "|  Chair:       Councillor Ada Pennock             |\n"
               "|  Reports to:      Northbury Health and Wellbeing Board    |\n"
               "+--------------------------------------------------+\n")
    assert ("Safer Northbury Partnership", "Northbury Health and Wellbeing Board") in of(doc, "reports_to")
    assert ("Ada Pennock", "Safer Northbury Partnership") in of(doc, "chairs")


def test_a_statutory_role_in_apposition_is_the_body_before_it() -> None:
    doc = read("Northbury Hate Crime Board\nTerms of Reference\n\n1.1 The Northbury Hate Crime Board is a thematic "
               "board of the Safer Northbury Partnership (SNP), the borough's statutory community safety partnership "
               "under section 5 of the Crime and Disorder Act 1998.\n")
    duties = of(doc, "statutory_duty")
    assert ("Safer Northbury Partnership", "Crime and Disorder Act 1998") in duties
    assert ("Northbury Hate Crime Board", "Crime and Disorder Act 1998") not in duties


def test_also_updates_field_and_its_bracketed_owner() -> None:
    doc = read("Northbury Combating Drugs Partnership\nAbout the partnership\n\n"
               "  Reports to:              Northbury Health and Wellbeing Board\n"
               "  Also updates:            Safer Northbury Board (Northbury Borough Council), twice yearly\n")
    lines = {o for s, o in of(doc, "reports_to") if s == "Northbury Combating Drugs Partnership"}
    assert {"Northbury Health and Wellbeing Board", "Safer Northbury Board"} <= lines
    assert "Northbury Borough Council" not in lines  # whose board it is, in brackets, is no second reporting line


def test_reports_in_turn_to() -> None:
    doc = read("Northbury Prevent Board\nAnnual Report\n\nThe Board reports to the Safer Northbury Partnership at each "
               "meeting. The Safer Northbury Partnership reports in turn to the Northbury Wellbeing Board.\n")
    assert ("Safer Northbury Partnership", "Northbury Wellbeing Board") in of(doc, "reports_to")


def test_a_bare_chair_reporting_is_no_body_named_before_it() -> None:
    doc = read("Northbury Youth Justice Management Board\nTerms of Reference\n\nIt reports to the Northbury Public "
               "Services Board via the Community Safety Partnership, and the Chair provides a yearly report to "
               "the Council's Children and Young People Scrutiny Committee.\n")
    assert not any(s == "Community Safety Partnership" for s, _ in of(doc, "reports_to"))


def test_a_group_reporting_to_the_board_in_its_sub_groups_section() -> None:
    doc = read("Northbury Reducing Reoffending Board\nTerms of Reference\n\n4.  Membership\n\n"
               "    4.1 The Board is chaired by the Head of Probation.\n\n5.  Sub-groups and links\n\n"
               "    5.1 The Housing Pathways Group, chaired by the Detective Sergeant, IOM, reports to the Board "
               "every six weeks.\n")
    board = "Northbury Reducing Reoffending Board"
    assert ("Housing Pathways Group", board) in {(s.removeprefix("Northbury "), o) for s, o in of(doc, "reports_to")}
    assert ("Housing Pathways Group", board) in {(s.removeprefix("Northbury "), o) for s, o in of(doc, "subgroup_of")}
    assert not any(s == "Detective Sergeant" for s, _ in of(doc, "reports_to"))


def test_a_group_reporting_to_the_board_elsewhere_is_no_sub_group() -> None:
    doc = read("Northbury Reducing Reoffending Board\nTerms of Reference\n\n5.  Resources\n\n"
               "    5.1 The Housing Pathways Group reports to the Board each quarter.\n")
    assert of(doc, "subgroup_of") == set()


def test_a_line_closing_a_bracket_it_never_opened_is_no_heading() -> None:
    from govkg.loaders.layout import read_layout

    text = ("    6.1 In 2024/25 the Commissioner funds the Northbury IOM Navigator (£41,000) and the Women's Centre\n"
            "    Scheme (£29,500, delivered by Northbury\n"
            "    Women's Network). The Probation Service commissions Rehabilitative\n"
            "    Services for accommodation.\n")
    assert "heading" not in [ln.kind for ln in read_layout(text).lines]


def test_groups_listed_then_named_again_as_sub_groups_that_report_to_it() -> None:
    doc = read("Northbury Combating Drugs Partnership\nGovernance\n\n"
               "Three delivery groups sit beneath the partnership:\n\n"
               "   - Supply Chains Group - chaired by Northbury Police (Detective Superintendent,\n"
               "     Serious and Organised Crime)\n"
               "   - Recovery Group - chaired by the Public Health Lead (Drugs and\n"
               "     Alcohol), Dr Ines Marwood\n"
               "   - Demand Group - chaired by the Assistant Director for Family Services\n\n"
               "The Supply Chains Group, the Recovery Group and the Demand Group are sub-groups of the Northbury "
               "Combating Drugs Partnership and report to it quarterly.\n")
    reporting = {s.removeprefix("Northbury ") for s, o in of(doc, "reports_to")
                 if o == "Northbury Combating Drugs Partnership"}
    assert {"Supply Chains Group", "Recovery Group", "Demand Group"} <= reporting


def test_a_fronted_role_under_an_act_is_the_body_after_the_comma() -> None:
    doc = read("Northbury District Council\nOverview and Scrutiny Panel\nMinutes\n\n12. CRIME AND DISORDER SCRUTINY\n\n"
               "In its role as the Council's crime and disorder committee under section 19 of the Police and Justice "
               "Act 2006, the Northbury Overview and Scrutiny Panel received the annual report of the partnership.\n")
    assert ("Northbury Overview and Scrutiny Panel", "Police and Justice Act 2006") in of(doc, "statutory_duty")


def test_a_panels_own_sub_committee() -> None:
    doc = read("Devon and Cornwall Police and Crime Panel\nMinutes\n\n6.1 The Panel's Complaints Sub-Committee, "
               "chaired by Ms Elin Trevose, reported that it had dealt with two complaints.\n")
    assert ("Complaints Sub-Committee", "Devon and Cornwall Police and Crime Panel") in {
        (s.removeprefix("Devon and Cornwall "), o) for s, o in of(doc, "subgroup_of")}


def test_supported_by_a_group_of_its_own_but_not_by_a_team() -> None:
    doc = read("Northbury Police and Crime Board\nTerms of Reference\n\nThe Board is supported by a Finance and "
               "Assurance Group, which the OPCC's Chief Executive chairs. In addition the Board is supported by the "
               "Council's Community Safety Team.\n")
    groups = {s for s, o in of(doc, "subgroup_of") if o == "Northbury Police and Crime Board"}
    assert any(g.endswith("Finance and Assurance Group") for g in groups)
    assert not any("Team" in g for g in groups)
