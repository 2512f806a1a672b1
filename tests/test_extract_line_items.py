"""Line-item lists and rosters in the forms councils write them: whatever separator parts an item (a leader of
dots, spaced dots, ellipsis characters or underscores; a dash; a tab; a colon), the item is read the same way, and
the heading or lead-in above the list says which body and which relation. Every list here is written for the
test, each in a different council's style."""

from __future__ import annotations

from extract_helpers import of, read

from govkg.loaders.cleaning import clean
from govkg.loaders.layout import read_layout


def _rows(raw: str) -> list[list[str]]:
    text = clean(raw)
    return [[text[a:b] for a, b in line.cells] for line in read_layout(text).lines if line.kind == "row"]


# -- leaders: every drawn gap between two texts is a column gap

def test_leaders_of_every_kind_part_two_cells() -> None:
    raw = ("Membership\n\n"
           "Cllr Petra Hollins . . . . . . . . Stourmouth Borough Council\n"
           "Inspector Wes Calloway……………… Stourmouth Police\n"
           "Amos Fairleigh ________ Stourmouth Youth Offending Service\n"
           "Dana Quilter ···· Stourmouth Housing Trust\n"
           "Noor Haddad ........................ Stourmouth Fire and Rescue Service\n")
    assert _rows(raw) == [["Cllr Petra Hollins", "Stourmouth Borough Council"],
                          ["Inspector Wes Calloway", "Stourmouth Police"],
                          ["Amos Fairleigh", "Stourmouth Youth Offending Service"],
                          ["Dana Quilter", "Stourmouth Housing Trust"],
                          ["Noor Haddad", "Stourmouth Fire and Rescue Service"]]


def test_a_sentence_ellipsis_and_a_bold_word_are_no_leaders() -> None:
    text = clean("The Board considered the options… and agreed to defer.\nThe __Chair__ thanked members.\n")
    assert "\t" not in text
    assert "The Chair thanked members." in text


def test_a_spaced_dot_roster_under_membership_gives_each_member() -> None:
    doc = read("Ferrybridge Vale Council\n\nFerrybridge Vale Safer Streets Board\n\nMembership\n\n"
               "Eastshire Police . . . . . . . . . . Superintendent Colette Arbery\n"
               "Ferrybridge Vale Probation Delivery Unit . . . . . Rhys Abernant\n"
               "Ferrybridge Vale Fire Station . . . . . . Watch Manager Ines Portelli\n")
    members = of(doc, "member_of")
    for who in ("Colette Arbery", "Rhys Abernant", "Ines Portelli", "Eastshire Police"):
        assert (who, "Ferrybridge Vale Safer Streets Board") in members, who
    assert ("Eastshire Police", "Colette Arbery") in of(doc, "represented_by")


# -- role first: the label a "Chair:" field has, written with a dash, a tab or a leader

def test_role_first_lines_with_a_dash_a_leader_or_a_tab_name_the_chairs() -> None:
    dashed = read("Harlow Fenn Council\n\nHarlow Fenn Community Safety Partnership\n\nTerms of Reference\n\n"
                  "Chair – Cllr Bettina Orcutt\nVice-Chair - Superintendent Kieran Mallory, Essexshire Police\n")
    assert ("Bettina Orcutt", "Harlow Fenn Community Safety Partnership") in of(dashed, "chairs")
    assert ("Kieran Mallory", "Harlow Fenn Community Safety Partnership") in of(dashed, "vice_chair")
    led = read("Tamworth Reach Council\n\nTamworth Reach Community Safety Partnership\n\nTerms of Reference\n\n"
               "Officers of the Partnership\n\n"
               "Chair .............................. Cllr Yusuf Brennan\n"
               "Vice Chair ..................... Chief Inspector Opal Rennard\n")
    assert ("Yusuf Brennan", "Tamworth Reach Community Safety Partnership") in of(led, "chairs")
    assert ("Opal Rennard", "Tamworth Reach Community Safety Partnership") in of(led, "vice_chair")
    tabbed = read("Kessingland District Council\n\nKessingland Community Safety Partnership\n\nTerms of Reference\n\n"
                  "Chairman\tCllr Ffion Draycott\n")
    assert ("Ffion Draycott", "Kessingland Community Safety Partnership") in of(tabbed, "chairs")


def test_a_dashed_line_whose_label_is_no_role_gives_no_chair() -> None:
    doc = read("Harlow Fenn Council\n\nHarlow Fenn Community Safety Partnership\n\nTerms of Reference\n\n"
               "Housing – Cllr Bettina Orcutt\nChairing arrangements - Cllr Ned Vost\n")
    assert not of(doc, "chairs") and not of(doc, "vice_chair")


def test_a_chair_named_in_brackets_after_a_group_is_no_member_of_the_group() -> None:
    doc = read("Lowmarsh Council\n\nLowmarsh Community Safety Partnership\n\nStructure\n\n"
               "The Partnership has the following sub-groups:\n"
               "  • Lowmarsh Domestic Abuse Delivery Group (chair: Kira Penhallow)\n"
               "  • Lowmarsh Anti-Social Behaviour Panel (chair: Inspector Abe Torrance)\n")
    assert ("Kira Penhallow", "Lowmarsh Domestic Abuse Delivery Group") in of(doc, "chairs")
    assert not any(s in ("Kira Penhallow", "Abe Torrance") for s, _ in of(doc, "subgroup_of"))
    assert ("Lowmarsh Anti-Social Behaviour Panel", "Lowmarsh Community Safety Partnership") in of(doc, "subgroup_of")


# -- a membership label that says whose list it is, or when, over the names on the lines below

def test_membership_of_a_named_body_over_leader_lines_reads_the_chair_too() -> None:
    doc = read("Eastmoor Borough Council\n\nEastmoor Community Safety Partnership\n\nTerms of Reference\n\n"
               "Membership of the Partnership\n\n"
               "Cllr Ray Pitteway........Chair\n"
               "Superintendent Tara Vossberg........Eastmoor Police\n")
    csp = "Eastmoor Community Safety Partnership"
    assert ("Ray Pitteway", csp) in of(doc, "chairs")
    assert {("Ray Pitteway", csp), ("Tara Vossberg", csp), ("Tara Vossberg", "Eastmoor Police")} <= of(doc, "member_of")


def test_a_label_naming_the_body_before_members_opens_the_list() -> None:
    doc = read("Glenholt District Council\n\nGlenholt Safer Communities Partnership\n\nTerms of Reference\n\n"
               "Partnership members\n"
               "Imran Westacott ...... Leader, Glenholt District Council\n"
               "Cora Lindqvist ...... Service Manager, Glenholt Youth Offending Service\n")
    members = of(doc, "member_of")
    assert ("Imran Westacott", "Glenholt Safer Communities Partnership") in members
    assert ("Cora Lindqvist", "Glenholt Youth Offending Service") in members
    assert any(p == "Cora Lindqvist" and o.startswith("Service Manager") for p, o in of(doc, "holds_post"))


def test_a_dated_membership_label_gives_the_body_not_the_date() -> None:
    doc = read("Harbury Council\n\nHarbury Youth Justice Management Board (HYJMB)\n\nAnnual Plan\n\n"
               "Membership of the HYJMB (as at May 2025):\n"
               "Director of Children's Services (Chair)\tNell Ambrose\n"
               "Head of Youth Justice\tOren Casterton\n")
    assert not any("2025" in o for _, o in of(doc, "member_of"))
    board = "Harbury Youth Justice Management Board"
    assert {("Nell Ambrose", board), ("Oren Casterton", board)} <= of(doc, "member_of")
    assert ("Nell Ambrose", board) in of(doc, "chairs")


def test_a_section_joining_membership_to_another_matter_opens_the_names_below() -> None:
    for title in ("Membership and attendance", "Constitution and membership"):
        doc = read("Wendover Marsh Council\n\nWendover Marsh Community Safety Partnership\n\nTerms of Reference\n\n"
                   f"{title}\n\n"
                   "Cllr Saoirse Lundy – Cabinet Member for Communities (Chair)\n"
                   "Chief Inspector Aldo Brannigan – Thamesvale Police\n")
        csp = "Wendover Marsh Community Safety Partnership"
        assert ("Saoirse Lundy", csp) in of(doc, "chairs"), title
        assert {("Aldo Brannigan", csp), ("Aldo Brannigan", "Thamesvale Police")} <= of(doc, "member_of"), title


def test_members_and_advisers_are_not_all_members() -> None:
    doc = read("Wendover Marsh Council\n\nWendover Marsh Community Safety Partnership\n\nTerms of Reference\n\n"
               "Board Members and Advisers\n\n"
               "Orla Finchley – Legal Adviser, Wendover Marsh Council\n"
               "Piet Stavros – Analyst\n")
    assert ("Orla Finchley", "Wendover Marsh Community Safety Partnership") not in of(doc, "member_of")


def test_a_person_then_their_role_is_no_table_header_under_a_lead_in() -> None:
    # "Chair" in the first row's second cell would pass for a column's name
    doc = read("Eastmoor Borough Council\n\nEastmoor Community Safety Partnership\n\nTerms of Reference\n\n"
               "The members of the Partnership are:\n\n"
               "Cllr Ray Pitteway ........ Chair\n"
               "Superintendent Tara Vossberg ........ Eastmoor Police\n"
               "Gil Ashcombe ........ Head of Housing, Eastmoor Borough Council\n")
    csp = "Eastmoor Community Safety Partnership"
    assert ("Ray Pitteway", csp) in of(doc, "member_of")
    assert ("Ray Pitteway", csp) in of(doc, "chairs")


# -- organisation first, a dash, then the people who sit for it

def test_organisation_dash_people_lines_under_a_membership_heading() -> None:
    doc = read("Rowhedge Borough Council\n\nRowhedge Community Safety Partnership\n\nTerms of Reference\n\n"
               "Membership\n\n"
               "Rowhedge Borough Council – Cllr Marta Osei (Chair), Linus Crabtree\n"
               "Essexshire Police – Superintendent Dorian Vale\n"
               "Rowhedge Clinical Commissioning Group - Hana Sorensen\n")
    csp = "Rowhedge Community Safety Partnership"
    members = of(doc, "member_of")
    for who in ("Rowhedge Borough Council", "Essexshire Police", "Marta Osei", "Linus Crabtree", "Dorian Vale",
                "Hana Sorensen"):
        assert (who, csp) in members, who
    represented = of(doc, "represented_by")
    assert {("Rowhedge Borough Council", "Linus Crabtree"), ("Essexshire Police", "Dorian Vale")} <= represented
    assert ("Marta Osei", csp) in of(doc, "chairs")
    assert not any(o == csp for s, o in of(doc, "chairs") if s != "Marta Osei")


def test_organisation_dash_people_as_bullets_under_a_field_label() -> None:
    doc = read("Calder Brook Council\n\nCalder Brook Safer Streets Board\n\nTerms of Reference\n\n"
               "Board membership:\n"
               "• Calder Brook Council — Cllr Abel Norquist and Priya Venn\n"
               "• Pennine Police — Chief Inspector Oona Tarrant\n")
    board = "Calder Brook Safer Streets Board"
    members = of(doc, "member_of")
    assert {("Abel Norquist", board), ("Priya Venn", board), ("Oona Tarrant", board)} <= members
    assert ("Pennine Police", "Oona Tarrant") in of(doc, "represented_by")


def test_dashed_lines_of_a_topic_then_a_person_are_no_roster() -> None:
    doc = read("Rowhedge Borough Council\n\nRowhedge Community Safety Partnership\n\nTerms of Reference\n\n"
               "Membership\n\n"
               "Lived experience – Marta Osei\n"
               "Voluntary sector – Linus Crabtree\n")
    assert not any(s in ("Lived experience", "Voluntary sector") for s, _ in of(doc, "member_of"))
    assert not of(doc, "represented_by")


# -- cover-sheet fields whose values wrapped under themselves

def test_a_wrapped_cover_sheet_value_is_read_whole() -> None:
    doc = read("Eastmoor Borough Council\n\n"
               "Report to: Eastmoor Community Safety Partnership\n"
               "Date: 12 June 2025\n"
               "Lead Member: Cllr Omar Threlkeld, Portfolio Holder for Community\n"
               "             Safety and Enforcement\n"
               "Contact officer: Bea Tillotson, Community Safety Manager, Eastmoor\n"
               "                 Borough Council\n")
    posts = of(doc, "holds_post")
    assert any(p == "Omar Threlkeld" and "Safety and Enforcement" in o for p, o in posts)
    assert ("Bea Tillotson", "Eastmoor Borough Council") in of(doc, "member_of")
    assert ("Bea Tillotson", "Eastmoor") not in of(doc, "member_of")  # the name cut by the wrap is no body


# -- a sub-list's scope is the item that opens it

def test_a_groups_members_listed_under_it_are_its_members_not_groups() -> None:
    doc = read("Eastmoor Borough Council\n\nEastmoor Community Safety Partnership\n\nTerms of Reference\n\n"
               "Sub-groups\n\n"
               "- Eastmoor Serious Violence Group, whose members are:\n"
               "    - Superintendent Tara Vossberg, Eastmoor Police\n"
               "    - Gil Ashcombe, Eastmoor Borough Council\n"
               "- Eastmoor Domestic Abuse Forum\n")
    csp, svg = "Eastmoor Community Safety Partnership", "Eastmoor Serious Violence Group"
    groups = of(doc, "subgroup_of")
    assert {(svg, csp), ("Eastmoor Domestic Abuse Forum", csp)} <= groups
    assert not any(s in ("Gil Ashcombe", "Tara Vossberg") for s, _ in groups)
    assert {("Tara Vossberg", svg), ("Gil Ashcombe", svg)} <= of(doc, "member_of")
    assert ("Eastmoor Domestic Abuse Forum", svg) not in of(doc, "member_of")


def test_a_sub_list_of_members_under_a_bulleted_board_in_a_membership_list() -> None:
    doc = read("Pellworth City Council\n\nPellworth Safer City Partnership\n\nTerms of Reference\n\n"
               "The Partnership brings together the following groups:\n"
               "• Pellworth Youth Justice Board, represented by:\n"
               "• Dr Senna Okoro (Chair of the Youth Justice Board)\n"
               "• Halvard Brisk\n"
               "• Pellworth Reducing Reoffending Board\n")
    yjb = "Pellworth Youth Justice Board"
    assert ("Halvard Brisk", yjb) in of(doc, "member_of")
    assert ("Halvard Brisk", "Pellworth Safer City Partnership") not in of(doc, "member_of")


def test_people_listed_among_groups_with_no_sub_list_opener_are_no_groups() -> None:
    doc = read("Lowmarsh Council\n\nLowmarsh Community Safety Partnership\n\nStructure\n\n"
               "The Partnership has the following sub-groups:\n"
               "- Lowmarsh Hate Crime Forum\n"
               "- Odile Ferrante, Lowmarsh Council\n")
    assert not any(s == "Odile Ferrante" for s, _ in of(doc, "subgroup_of"))


def test_one_entry_reader_for_colon_dash_and_leader_rosters() -> None:
    # the same roster in three councils' hands: a colon, a dash, a leader between the organisation and its seats
    for sep in (": ", " – ", " ............ "):
        doc = read("Ashcombe Vale Council\n\nAshcombe Vale Community Safety Partnership\n\nTerms of Reference\n\n"
                   "Membership\n\n"
                   f"Ashcombe Vale Council{sep}Cllr Tobias Renwick (Chair), Maeve Lindgren (Head of Housing)\n"
                   f"Severnshire Police{sep}Chief Inspector Kofi Armitage\n"
                   f"Severnshire Fire and Rescue Service{sep}Station Manager Ruth Calloway\n")
        csp = "Ashcombe Vale Community Safety Partnership"
        members = of(doc, "member_of")
        for who in ("Ashcombe Vale Council", "Severnshire Police", "Tobias Renwick", "Maeve Lindgren",
                    "Kofi Armitage", "Ruth Calloway"):
            assert (who, csp) in members, (sep, who)
        assert ("Ashcombe Vale Council", "Maeve Lindgren") in of(doc, "represented_by"), sep
        assert ("Tobias Renwick", csp) in of(doc, "chairs"), sep
        assert any(p == "Maeve Lindgren" and o.startswith("Head of Housing") for p, o in of(doc, "holds_post")), sep


# -- attendance written as numbered entries, and a substitute's bracket

def test_numbered_entries_under_present_are_attendees() -> None:
    doc = read("Brightwell Community Safety Partnership\n\nMinutes of the meeting held on 4 March 2025\n\n"
               "1. Attendance\n\nPresent:\n"
               "1. Perpetua Lowndes – Brightwell Borough Council (Chair)\n"
               "2. Anwar Sillitoe – Downshire Police\n"
               "3. Declarations of interest\n")
    csp = "Brightwell Community Safety Partnership"
    assert {("Perpetua Lowndes", csp), ("Anwar Sillitoe", csp)} <= of(doc, "attended")
    assert ("Anwar Sillitoe", "Downshire Police") in of(doc, "member_of")
    assert ("Perpetua Lowndes", csp) in of(doc, "chairs")


def test_the_member_a_substitute_stands_in_for_is_no_organisation() -> None:
    doc = read("Brightwell Community Safety Partnership\n\nMinutes of the meeting held on 4 March 2025\n\n"
               "Present:\nPerpetua Lowndes (Chair)\nAnwar Sillitoe\n"
               "Substitutes:\nLiesel Hartigan (for Anwar Sillitoe)\n"
               "Koji Bramwell (on behalf of Downshire Police)\n")
    assert ("Liesel Hartigan", "Brightwell Community Safety Partnership") in of(doc, "attended")
    assert not any(o == "Anwar Sillitoe" for _, o in of(doc, "member_of"))


# -- organisations listed on one field line, or as lettered items

def test_a_membership_field_naming_organisations_lists_them() -> None:
    doc = read("Quarrendon District Council\n\nQuarrendon Community Safety Partnership\n\nTerms of Reference\n\n"
               "Membership: Quarrendon District Council, Chilterns Police, Chilterns Fire and Rescue Service and "
               "the Probation Service.\n")
    csp = "Quarrendon Community Safety Partnership"
    members = of(doc, "member_of")
    for org in ("Quarrendon District Council", "Chilterns Police", "Chilterns Fire and Rescue Service"):
        assert (org, csp) in members, org


def test_a_membership_field_naming_people_is_still_read_as_people() -> None:
    doc = read("Quarrendon District Council\n\nQuarrendon Community Safety Partnership\n\nTerms of Reference\n\n"
               "Members: Cllr Odette Marchbanks (Chair), Superintendent Rufus Teague\n")
    csp = "Quarrendon Community Safety Partnership"
    assert ("Rufus Teague", csp) in of(doc, "member_of")
    assert ("Odette Marchbanks", csp) in of(doc, "chairs")


def test_lettered_organisations_under_a_numbered_lead_in() -> None:
    raw = ("Tewin Cross Borough Council\n\nTewin Cross Community Safety Partnership\n\nTerms of Reference\n\n"
           "3. Membership\n3.1 The following organisations are members:\n"
           "(a) Tewin Cross Borough Council\n(b) Hertsmoor Police\n(c) Hertsmoor Fire and Rescue Service\n")
    assert "(b) Hertsmoor Police" in clean(raw).split("\n")  # each lettered item on its own line
    members = of(read(raw), "member_of")
    for org in ("Hertsmoor Police", "Hertsmoor Fire and Rescue Service"):
        assert (org, "Tewin Cross Community Safety Partnership") in members, org


def test_a_post_then_its_organisation_by_comma_dash_or_bracket_seats_the_organisation() -> None:
    for sep, close in ((", ", ""), (" – ", ""), (" (", ")")):
        doc = read("Eastmoor Borough Council\n\nEastmoor Community Safety Partnership\n\nTerms of Reference\n\n"
                   "Membership\n\n"
                   f"- Director of Public Health{sep}Eastmoor Borough Council{close}\n"
                   f"- District Commander{sep}Wealdshire Police{close}\n")
        members = of(doc, "member_of")
        assert ("Wealdshire Police", "Eastmoor Community Safety Partnership") in members, sep
        assert not any(s.startswith("District Commander") and o == "Wealdshire Police" for s, o in members), sep


# -- a post and its holder paired by a row, under any heading

def test_a_post_and_its_holder_in_a_row_under_any_heading() -> None:
    for sep in (" ........ ", "\t", " . . . . . . ", " – "):
        doc = read("Eastmoor Borough Council\n\nEastmoor Community Safety Partnership\n\nTerms of Reference\n\n"
                   "Key contacts\n\n"
                   f"Partnership Manager{sep}Gideon Ashworth\n"
                   f"Community Safety Analyst{sep}Imogen Hartwell\n")
        posts = of(doc, "holds_post")
        assert any(p == "Gideon Ashworth" and o.startswith("Partnership Manager") for p, o in posts), sep
        assert any(p == "Imogen Hartwell" and o.startswith("Community Safety Analyst") for p, o in posts), sep
        assert not of(doc, "member_of"), sep  # a list of contacts says nothing of membership


def test_a_row_of_two_people_or_of_a_post_and_an_organisation_pairs_no_holder() -> None:
    doc = read("Eastmoor Borough Council\n\nEastmoor Community Safety Partnership\n\nTerms of Reference\n\n"
               "Key contacts\n\n"
               "Gideon Ashworth ........ Imogen Hartwell\n"
               "Partnership Manager ........ Eastmoor Borough Council\n")
    assert not of(doc, "holds_post")
