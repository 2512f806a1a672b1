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
