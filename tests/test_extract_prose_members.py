"""Prose membership forms: members named between dashes after "the responsible authorities"; bodies a sentence
says "are co-opted"; "partners who also sit on the Board include A, B and C"."""

from __future__ import annotations

from extract_helpers import of, read

DASHES = """Report to: Exeter Community Safety Partnership
Date: 14 June 2024

The Exeter Community Safety Partnership brings local agencies together across the city. By law the responsible
authorities - Devon and Cornwall Police, Exeter City Council, NHS Devon Integrated Care Board and Devon County
Council - share a duty to cut crime and disorder.
"""


def test_the_responsible_authorities_between_dashes_are_the_partnerships_members() -> None:
    doc = read(DASHES)
    members = {s for s, o in of(doc, "member_of") if o == "Exeter Community Safety Partnership"}
    assert {"Devon and Cornwall Police", "Exeter City Council", "NHS Devon Integrated Care Board",
            "Devon County Council"} <= members


CO_OPTED = """Report to: Cabinet
Date: 9 January 2024

6. The Safer Darlington Partnership meets at the town hall each quarter. Darlington Housing Alliance, the Youth
Justice Service and the Office of the Durham Police and Crime Commissioner are co-opted.
"""


def test_bodies_a_sentence_says_are_co_opted_are_members_of_the_body_before() -> None:
    doc = read(CO_OPTED)
    members = {s for s, o in of(doc, "member_of") if o == "Safer Darlington Partnership"}
    assert "Darlington Housing Alliance" in members
    assert any(m.startswith("Office of the Police") for m in members)


SIT_ON = """Report to: Gwent Safeguarding Board
Date: 2 March 2023

Relevant partners who also sit on the Board include Gwent Police, the Welsh Ambulance Services NHS Trust and
Torfaen Voluntary Alliance.
"""


def test_partners_who_sit_on_the_board_include() -> None:
    doc = read(SIT_ON)
    members = {s for s, o in of(doc, "member_of") if o == "Gwent Safeguarding Board"}
    assert {"Gwent Police", "Welsh Ambulance Services NHS Trust", "Torfaen Voluntary Alliance"} <= members


HOLDERS = """Report to: Safeguarding Partnership
Date: 5 May 2023

The Torbay Safeguarding Executive sets the Partnership's priorities and signs off its budget. Its members are the Chief
Executive of Torbay Council (Wynn Halloway), the Director of Nursing (Petra Quill) and the Chief Superintendent
(Ruth Ambrell-Day).
"""


def test_its_members_are_posts_with_their_holders_in_brackets() -> None:
    doc = read(HOLDERS)
    members = {s for s, o in of(doc, "member_of") if o == "Torbay Safeguarding Executive"}
    assert {"Wynn Halloway", "Petra Quill", "Ruth Ambrell-Day"} <= members


def test_members_include_after_a_sentence_about_another_body() -> None:
    doc = read("SUFFOLK HEALTH AND WELLBEING BOARD\n\nReport: drugs partnership update\n\n"
               "3. The Ipswich Combating Drugs Partnership was set up in 2023. The Ipswich Combating Drugs "
               "Partnership is chaired by Councillor Ottilie Brand and meets every two months. Members include "
               "Suffolk Constabulary, the Probation Service and Turning Point.\n")
    members = of(doc, "member_of")
    assert ("Suffolk Constabulary", "Ipswich Combating Drugs Partnership") in members, members
    assert not any(owner == "Suffolk Health and Wellbeing Board" for _, owner in members), members


def test_bodies_added_with_as_co_opted_members_after_the_list() -> None:
    doc = read("Suffolk Scrutiny Committee\n\nThe Ipswich Community Safety Partnership board brings together the "
               "Council, the Probation Service, Suffolk Fire and Rescue Service and Suffolk Constabulary, with "
               "Suffolk ACRE and Ipswich Citizens Advice as co-opted members.\n")
    members = {who for who, body in of(doc, "member_of") if body.startswith("Ipswich Community Safety Partnership")}
    assert {"Suffolk Constabulary", "Suffolk ACRE", "Ipswich Citizens Advice"} <= members, members


def test_a_title_that_names_its_place_takes_no_employer_from_the_next_item() -> None:
    doc = read("The Violence Reduction Board includes the Chief Constable of Merseyside Police, the Director of "
               "Public Health for Liverpool, NHS Merseyside Integrated Care Board and Merseyside Fire "
               "and Rescue Service.\n")
    members = {who for who, _ in of(doc, "member_of")}
    assert "Director of Public Health for Liverpool" in members, members
    assert "NHS Merseyside Integrated Care Board" in members, members


# -- "X attends as a co-opted member", "A and B attend as co-opted members", "Y sits as a co-opted member": the
# seat they attend in says they are members of the body the sentence before is about (three councils' styles)

def test_bodies_that_attend_or_sit_as_co_opted_members_are_members_of_the_body_before() -> None:
    single = read("Annual report 2024/25\n\nThe Safer Tamworth Partnership covers the whole of Tamworth. The "
                  "Tamworth and Lichfield Youth Justice Service attends as a co-opted member.\n")
    members = {s for s, o in of(single, "member_of") if o == "Safer Tamworth Partnership"}
    assert "Tamworth and Lichfield Youth Justice Service" in members, members
    pair = read("Partnership report\n\nThe Safer Redditch Partnership meets quarterly and publishes its plan "
                "each spring. Redditch Citizens Advice (RCA) and\nBromsgrove and Redditch Housing Trust attend as "
                "co-opted members.\n")
    members = {s for s, o in of(pair, "member_of") if o == "Safer Redditch Partnership"}
    assert {"Redditch Citizens Advice", "Bromsgrove and Redditch Housing Trust"} <= members, members
    sits = read("Cabinet, 3 March 2025\n\nThe Rugby Community Safety Partnership covers the borough. Warwickshire "
                "Fire and Rescue Service sits as a co-opted member.\n")
    assert ("Warwickshire Fire and Rescue Service", "Rugby Community Safety Partnership") in of(sits, "member_of")


def test_a_singular_co_opted_seat_over_two_named_bodies_is_not_read() -> None:
    # the verb says one body, the sentence names two: which is co-opted is unclear, so neither is read
    doc = read("Partnership report\n\nThe Safer Redditch Partnership meets quarterly. Redditch Citizens Advice "
               "and Bromsgrove and Redditch Housing Trust attends as a co-opted member.\n")
    assert not {s for s, o in of(doc, "member_of") if o == "Safer Redditch Partnership"}
