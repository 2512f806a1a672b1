"""structure._escalation_route: a sentence that opens on the matters passed up, with no agent ("Safeguarding
concerns are escalated to the Safeguarding Children Partnership", "Cases with safeguarding concerns are referred to A
or to B"), is the escalation route of the body the paper or its paragraph speaks for: a reporting line. Texts
written for the test in several councils' styles; names invented."""

from __future__ import annotations

from extract_helpers import of, read

# a panel's terms of reference: the paper's own body is known from its title
TERMS = ("Northwold Channel Panel\nTerms of Reference 2025\n\n1. Purpose\nThe Northwold Channel Panel (the Panel) "
         "is a multi-agency panel under section 36 of the Counter-Terrorism and Security Act 2015.\n\n")
# a youth justice plan: the board is named in a section, the paper's own body is not known
PLAN = ("Eastcombe Borough Council\nYouth Justice Plan 2025-26\n\n3. GOVERNANCE\n3.1 The Eastcombe Youth Justice "
        "Management Board oversees the Youth Justice Service. The Board reports to the Safer Eastcombe Partnership "
        "twice a year. ")


def test_two_routes_of_a_panel_from_its_terms_of_reference() -> None:
    text = TERMS + ("8. Onward reporting\n8.3 Cases with any safeguarding concern are referred to the "
                    "Northwold Safeguarding Children Partnership or to the Northwold Safeguarding Adults Board.\n")
    found = of(read(text), "reports_to")
    assert ("Northwold Channel Panel", "Northwold Safeguarding Children Partnership") in found
    assert ("Northwold Channel Panel", "Northwold Safeguarding Adults Board") in found


def test_the_route_of_the_body_the_sentence_before_reports_from() -> None:
    text = PLAN + "Safeguarding matters are escalated to the Eastcombe Safeguarding Children Partnership.\n"
    found = of(read(text), "reports_to")
    assert ("Eastcombe Youth Justice Management Board", "Eastcombe Safeguarding Children Partnership") in found


def test_a_route_named_by_initials_only() -> None:
    # a regional board the paper names by its initials, then glosses after a comma
    text = PLAN + "Safeguarding matters are escalated to WESB, the West Eastcombe Safeguarding Board.\n"
    found = of(read(text), "reports_to")
    assert ("Eastcombe Youth Justice Management Board", "WESB") in found


def test_a_referral_with_its_agent_is_no_route_of_the_paper() -> None:
    # who refers is said: a school's referral to the hub is casework, not the Panel's reporting line
    text = TERMS + ("5. Referrals\nConcerns about a pupil are referred to the Northwold Safeguarding Hub by the "
                    "school's designated lead.\n")
    assert ("Northwold Channel Panel", "Northwold Safeguarding Hub") not in of(read(text), "reports_to")
