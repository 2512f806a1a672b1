"""A bare post ("the Deputy Mayor", "the Cabinet Member") is the one post the paper writes with that head and a
remit ("Deputy Mayor for Policing and Crime"), before or after it: the conventions name a post by its fullest
form, and a second node for the bare head loses the fact."""

from __future__ import annotations

from extract_helpers import of, read


def test_panel_minutes_full_title_first_then_bare() -> None:
    doc = read("Northumbria Police and Crime Panel\nMinutes\n\n3. Members heard from the Deputy Mayor for Policing "
               "and Fire about the new plan.\n\n4. The Deputy Mayor will chair the Northumbria Reducing Reoffending "
               "Board from April.\n")
    chairs = {(who, body) for who, body in of(doc, "chairs")}
    assert any(who.endswith("Deputy Mayor for Policing and Fire") and body == "Northumbria Reducing Reoffending Board"
               for who, body in chairs), chairs
    assert ("Deputy Mayor", "Northumbria Reducing Reoffending Board") not in chairs, chairs


def test_decision_notice_bare_in_body_title_in_signature() -> None:
    doc = read("Decision notice: grants to district partnerships\n\n1. The Deputy Mayor chairs the Tyneside "
               "Violence Reduction Board and has approved the grants below.\n\nSigned\nDeputy Mayor for Safer "
               "Communities and Justice\nDate: 4 March\n")
    chairs = {who for who, body in of(doc, "chairs") if body == "Tyneside Violence Reduction Board"}
    assert any(who.endswith("Deputy Mayor for Safer Communities and Justice") for who in chairs), chairs


def test_two_remits_leave_the_bare_post_alone() -> None:
    # a paper naming two Cabinet Members says nothing of which one "the Cabinet Member" is
    doc = read("Report to Cabinet, Harrowgate Borough Council\n\nThe Cabinet Member for Housing and the Cabinet "
               "Member for Leisure attended. The Cabinet Member chairs the Harrowgate Safer Streets Group.\n")
    chairs = {who for who, body in of(doc, "chairs") if body == "Harrowgate Safer Streets Group"}
    assert not any("Housing" in who or "Leisure" in who for who in chairs), chairs



def test_minutes_post_with_department_then_bare() -> None:
    # the apposition gives the post its department and organisation; "the Clinical Lead" later is that post
    doc = read("Kirkdale Drug and Alcohol Partnership\nMinutes\n\nPresent: Dana Orwell, Clinical Lead, Alcohol "
               "Services, Kirkdale Community NHS Trust; Cllr Bea Stroud, Kirkdale Council.\n\n4. The Recovery Group "
               "is chaired by the Clinical Lead and meets monthly.\n")
    chairs = {who for who, body in of(doc, "chairs")}
    assert "Clinical Lead, Alcohol Services, Kirkdale Community NHS Trust" in chairs, chairs
    assert "Clinical Lead" not in chairs, chairs


def test_attendee_table_rank_with_unit_then_bare() -> None:
    doc = read("Brackley Community Safety Board\n\nAttendees\nMo Pryce | Chief Inspector, Partnerships | "
               "Brackshire Police\nIvy Lund | Head of Housing | Brackley Council\n\n3. The Chief Inspector chairs "
               "the Brackley ASB Panel.\n")
    chairs = {who for who, body in of(doc, "chairs")}
    assert "Chief Inspector, Partnerships, Brackshire Police" in chairs, chairs
    assert "Chief Inspector" not in chairs, chairs


def test_two_departments_leave_the_bare_post_alone() -> None:
    doc = read("Ashcombe Community Safety Partnership\nMinutes\n\nPresent: Lee Marsh, Head of Service, Housing, "
               "Ashcombe Council; Uma Reyes, Head of Service, Leisure, Ashcombe Council.\n\n5. The Night-Time "
               "Economy Group is chaired by the Head of Service.\n")
    chairs = {who for who, body in of(doc, "chairs") if body.endswith("Night-Time Economy Group")}
    assert not any("Housing" in who or "Leisure" in who for who in chairs), chairs
