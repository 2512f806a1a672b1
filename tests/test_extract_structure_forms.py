"""Structure forms many councils use, each read from short papers written here in several councils' styles."""

from __future__ import annotations

from extract_helpers import of, read


def test_partnership_rows_cover_the_place_their_names_start_with():
    doc = read("""Kent Police and Crime Commissioner
Decision 2025/04: Community Safety Partnership grants 2025/26

The Commissioner awards the following grants for 2025/26:

| Partnership                               | Grant 2025/26 |
|-------------------------------------------|---------------|
| Dartford Community Safety Partnership     | £41,000       |
| Safer Swale Partnership                   | £38,500       |
| Thanet Community Safety Partnership       | £52,250       |
""")
    covers = of(doc, "covers_area")
    assert ("Dartford Community Safety Partnership", "Dartford") in covers
    assert ("Safer Swale Partnership", "Swale") in covers
    assert ("Thanet Community Safety Partnership", "Thanet") in covers


def test_a_partnership_row_takes_its_area_column_or_its_council():
    doc = read("""Police and Crime Commissioner for Devon and Cornwall
Decision notice 031/2025

Partnership                          Lead council                   Allocation
Exeter Community Safety Partnership  Exeter City Council            £60,000
Stronger Together Partnership        Torbay Council                 £45,500
Plymouth Community Safety Partnership  Plymouth City Council        £71,800
""")
    covers = of(doc, "covers_area")
    assert ("Exeter Community Safety Partnership", "Exeter") in covers
    assert ("Stronger Together Partnership", "Torbay") in covers


def test_one_partnership_in_a_table_is_no_list_of_areas():
    doc = read("""Grants awarded in 2025/26

| Recipient                              | Amount  |
|----------------------------------------|---------|
| Barnsley Community Safety Partnership  | £30,000 |
| Barnsley Women's Aid                   | £12,000 |
""")
    assert not of(doc, "covers_area")


def test_the_board_defined_with_its_acronym_is_that_board_not_a_health_board_named_later():
    doc = read("""Powys Youth Justice Plan 2025-26

2.1 The Powys Youth Justice Management Board (the Board, or PYJMB) oversees the work of the service.

3.1 Contributions for 2025-26:

     Source                                         Amount (£)
     Powys County Council                              402,000
     Powys Teaching Health Board                        41,500

4.1 The Board agreed three priorities: fewer first-time entrants; less reoffending; fewer children held in
custody.
""")
    owners = {o for _, o in of(doc, "priority_of")}
    assert owners == {"Powys Youth Justice Management Board"}


def test_his_priorities_belong_to_the_post_the_sentence_opens_with_not_the_paper_body():
    doc = read("""Dyfed-Powys Police and Crime Commissioner
Decision notice 07/2025

1.2 The Commissioner, Mr Idris Fenwick, set out in the Police and Crime Plan his priorities of
preventing harm, supporting victims, and tackling rural crime.
""")
    owners = {o for _, o in of(doc, "priority_of")}
    assert owners and all("Commissioner" in o for o in owners)


def test_a_topic_inside_a_listed_priority_is_not_a_priority_of_its_own():
    doc = read("""Safer Lambeth Partnership Board
Minutes of the meeting held on 3 June 2025

5.1 The Board agreed that its priorities for 2025/26 would be: reducing knife crime and exploitation;
tackling violence against women and girls; and reducing drug-related harm.
""")
    subjects = {s.casefold() for s, _ in of(doc, "priority_of")}
    assert "reducing knife crime and exploitation" in subjects
    assert "exploitation" not in subjects


def test_a_field_value_wrapped_onto_its_own_line_is_no_heading_for_the_partnership():
    doc = read("""Leeds Combating Drugs Partnership

About the partnership

The Leeds Combating Drugs Partnership was set up in 2023 to lead local delivery of the national strategy.

  Chair:            Director of Public Health, Leeds City Council
  Reports to:       Leeds Health and Wellbeing Board
  Links to:         Safer Leeds; Leeds Safeguarding Adults Board; Leeds
                    Safeguarding Children Partnership

Delivery groups

The partnership has two delivery groups, which report to it each quarter:

  Treatment and Recovery Group
    Lead: Head of Commissioning, Public Health

  Enforcement and Supply Group
    Lead: Detective Superintendent, West Yorkshire Police
""")
    parents = {o for _, o in of(doc, "subgroup_of")}
    assert parents == {"Leeds Combating Drugs Partnership"}


def test_every_group_of_a_list_whose_opener_says_they_report_reports():
    doc = read("""Safer Oldham Partnership (SOP) - annual report 2024

3.1  The SOP has four delivery groups, each reporting to the Partnership:

       * Anti-Social Behaviour Delivery Group - chaired by the Council's Neighbourhoods Manager
       * Serious Violence Delivery Group - chaired by Chief Inspector Tomas Wrenfield
       * Reducing Reoffending Group - chaired by the Head of the Probation Delivery Unit
       * Prevent Steering Group - chaired by the Prevent Co-ordinator
""")
    reporting = {s for s, o in of(doc, "reports_to") if o == "Safer Oldham Partnership"}
    assert len(reporting) == 4, reporting


def test_our_sub_groups_are_the_papers_own_though_they_report_to_its_executive():
    doc = read("""Halton Safeguarding Partnership
Annual Report 2023-24

The Halton Safeguarding Partnership (HSP) is led by the HSP Executive, which meets monthly.

Sub-groups

Our work is done through three sub-groups, each of which reports to the Executive:

  Sub-group                                   Chair
  ------------------------------------------  ------------------------------------
  Learning and Review Group                   Designated Nurse, ICB
  Quality Assurance Group                     Head of Safeguarding, Halton Borough Council
  Workforce Development Group                 HSP Training Co-ordinator
""")
    parents = {o for _, o in of(doc, "subgroup_of")}
    assert "HSP Executive" not in parents
    assert "Halton Safeguarding Partnership" in parents


def test_the_board_is_never_an_integrated_care_board_named_as_a_member():
    doc = read("""SAFER HARTLEPOOL PARTNERSHIP - ANNUAL REPORT

2.1  The Safer Hartlepool Partnership is the statutory Community Safety Partnership for Hartlepool. Its
     members include Hartlepool Borough Council, Cleveland Police and the North East and North Cumbria
     Integrated Care Board.

2.2  The Board is chaired by Superintendent Ewan Castlemere, Area Commander, Cleveland Police.
""")
    assert not any("Integrated Care" in o for _, o in of(doc, "chairs"))


def test_a_web_pages_lower_case_partnership_produces_its_strategy():
    doc = read("""Bolton Combating Drugs Partnership

The Bolton Combating Drugs Partnership was set up in 2022 to lead local work on drugs and alcohol.

The partnership has produced the Bolton Drugs and Alcohol Strategy 2023-2028.
""")
    assert ("Bolton Combating Drugs Partnership", "Bolton Drugs and Alcohol Strategy 2023-2028") in \
        of(doc, "produces")


def test_a_resolution_that_the_board_approve_a_strategy():
    doc = read("""Safer Kirklees Partnership Board
Minutes of the meeting held on 9 May 2025

4.1 The Safer Kirklees Partnership Board met at Huddersfield Town Hall.

RESOLVED: that the Board approve the refreshed Kirklees Serious Violence Strategy 2025-2028 for publication.
""")
    assert ("Safer Kirklees Partnership Board", "Kirklees Serious Violence Strategy 2025-2028") in of(doc, "produces")


def test_a_police_forces_team_named_with_its_possessive_is_part_of_the_force():
    doc = read("""Safer Medway Partnership

The scheme is run by Kent Police's Checkpoint team, with diversion places funded by the Commissioner.
""")
    assert ("Checkpoint team", "Kent Police") in of(doc, "part_of")


def test_thematic_groups_each_reporting_to_the_partnership_board():
    doc = read("""Safer Derby Partnership (SDP) - Cabinet report

2.3  The Partnership has three thematic groups, each reporting to the SDP Board:
     - Violence Reduction Board, chaired by the Head of Community Safety
     - Reducing Reoffending Board, chaired by the local Head of Probation
     - Drugs and Alcohol Board, chaired by the Director of Public Health
""")
    assert {o for _, o in of(doc, "subgroup_of")} == {"Safer Derby Partnership"}
    assert len({s for s, o in of(doc, "reports_to") if o == "Safer Derby Partnership"}) == 3


def test_a_body_reports_its_learning_findings_or_performance_to_another():
    doc = read("""The Rochdale Drug Related Deaths Panel reviews every death and reports its learning to the Rochdale
Treatment and Recovery Group.

The Rochdale Channel Panel reports its activity to the Rochdale Prevent Board.

The Safer Rochdale Partnership also has a reporting line to the Greater Manchester Combined Authority.

The Bury Community Safety Partnership provides quarterly performance information to the Greater Manchester
Combined Authority.
""")
    reports = of(doc, "reports_to")
    assert ("Rochdale Drug Related Deaths Panel", "Rochdale Treatment and Recovery Group") in reports
    assert ("Rochdale Channel Panel", "Rochdale Prevent Board") in reports
    assert ("Safer Rochdale Partnership", "Greater Manchester Combined Authority") in reports
    assert ("Bury Community Safety Partnership", "Greater Manchester Combined Authority") in reports


def test_two_groups_with_their_chairs_in_brackets_report_to_the_board():
    doc = read("""Rotherham Domestic Abuse Local Partnership Board
Notes of the meeting on 12 March 2025

4.2  Two working groups report to the Board: the Refuge Provision Working Group (chair: Nadia Orme) and
the Perpetrator Working Group (chaired by Lewis Tarrant).
""")
    # groups said only to report are no sub-groups (examples/CONVENTIONS.md I)
    groups = {s for s, _ in of(doc, "reports_to")}
    assert len(groups) == 2 and not any("Orme" in g or "Tarrant" in g for g in groups)
    assert not of(doc, "subgroup_of")


def test_the_body_that_has_groups_each_reporting_is_not_the_one_that_reports():
    doc = read("""Safer Bexley Partnership - annual report

The Safer Bexley Partnership has three thematic groups, each reporting to the Bexley Community Safety Board.
""")
    assert ("Safer Bexley Partnership", "Bexley Community Safety Board") not in of(doc, "reports_to")


def test_both_groups_an_inline_list_named_report_to_the_board():
    doc = read("""Conwy Youth Justice Plan 2025-26

2.5  The Conwy Youth Justice Management Board has two task groups: the Resettlement Task Group and the
     Speech and Language Task Group. Both report to the Conwy Youth Justice Management Board each quarter.
""")
    reporting = {s for s, o in of(doc, "reports_to") if o == "Conwy Youth Justice Management Board"}
    assert len(reporting) == 2, reporting


def test_reporting_lines_drawn_with_arrows():
    doc = read("""Flintshire Youth Justice Plan 2025-26

The Flintshire Youth Justice Service (FYJS) is overseen by the Flintshire Youth Justice Management Board.

2.4  Reporting lines, in short:
       - FYJS  ->  Flintshire Youth Justice Management Board
       - Flintshire Community Safety Partnership  ->  Flintshire Public Services Board
""")
    reports = of(doc, "reports_to")
    assert ("Flintshire Youth Justice Service", "Flintshire Youth Justice Management Board") in reports
    assert ("Flintshire Community Safety Partnership", "Flintshire Public Services Board") in reports


def test_arrows_of_a_process_are_no_reporting_lines():
    doc = read("""How a referral is handled

       - Flintshire Youth Justice Service  ->  Flintshire Council
""")
    assert not of(doc, "reports_to")


def test_and_after_a_relative_clause_closed_by_commas_goes_on_with_the_sentences_subject():
    doc = read("""Safer Harrogate Partnership Board

4.1  The Safer Harrogate Partnership Board reports annually to the Council's Scrutiny Committee, which serves as
the crime and disorder committee for the district, and provides updates to the Harrogate Health and
Wellbeing Board.
""")
    reports = of(doc, "reports_to")
    assert ("Safer Harrogate Partnership Board", "Harrogate Health and Wellbeing Board") in reports
    assert not any(s.endswith("Scrutiny Committee") for s, _ in reports)


def test_a_board_continues_as_a_sub_group_but_also_reports_elsewhere():
    doc = read("""Safer Lewisham Partnership (SLP)

4.3  The Lewisham Hate Crime Board will continue as a sub-group of the SLP but will also report on safeguarding
matters to the Lewisham Safeguarding Adults Board.
""")
    assert ("Lewisham Hate Crime Board", "Safer Lewisham Partnership") in of(doc, "subgroup_of")
    assert ("Lewisham Hate Crime Board", "Lewisham Safeguarding Adults Board") in of(doc, "reports_to")


def test_the_board_after_a_lower_case_partnership_board_is_the_partnership():
    doc = read("""Safer Haringey Partnership

The following sit on the partnership board:
- Director of Communities, Haringey Council
- Borough Commander, Metropolitan Police

The Safer Haringey Partnership reports to the Haringey Health and Wellbeing Board once a year.

The following groups report to the Board:
- the Haringey Prevent Board
- the Haringey Reducing Reoffending Board
""")
    targets = {o for s, o in of(doc, "reports_to") if s != "Safer Haringey Partnership"}
    assert targets == {"Safer Haringey Partnership"}


def test_an_executive_that_sets_the_business_plan_produces_it():
    doc = read("""The Wigan Safeguarding Partnership Executive meets every two months and sets the Wigan Business Plan
2025-2027.

The Wigan Community Safety Plan 2025-2028 sets the priorities for the partnership.
""")
    assert of(doc, "produces") == {("Wigan Safeguarding Partnership Executive", "Wigan Business Plan 2025-2027")}
