"""Remit readings of session 16: agreements between councils. An agreement names its parties once and then calls
them by one term ("the Councils"); a duty said of "Each Council" or of "the Councils'" is each party's, and the
term is no body of its own. A section heading "Scope of the Service" is the section's title, not a body's name.
Every text here is written for the test, in several drafting styles (a deed's parties block in capitals, a prose
opening, a lettered recital, a numbered clause)."""

from __future__ import annotations

from extract_helpers import of, read


def _duties(text: str) -> set[tuple[str, str]]:
    return of(read(text), "statutory_duty")


def test_each_council_after_a_parties_block_in_capitals_is_each_party():
    got = _duties(
        "Shared Community Safety Team: Inter-Authority Agreement\n\n"
        "PARTIES\n"
        "(1) ADUR DISTRICT COUNCIL of the Civic Centre, Ham Road, Shoreham (\"Adur\"); and\n"
        "(2) WORTHING BOROUGH COUNCIL of Portland House, Richmond Road, Worthing (\"Worthing\"),\n"
        "together \"the Councils\".\n\n"
        "RECITALS\n"
        "C. Each Council is a responsible authority for its own district under the Crime and Disorder Act 1998 "
        "(section 5).\n")
    assert ("Adur District Council", "Crime and Disorder Act 1998") in got, got
    assert ("Worthing Borough Council", "Crime and Disorder Act 1998") in got, got
    assert not any("Each" in s or s == "Councils" for s, _ in got), got


def test_the_councils_duties_in_a_numbered_clause_are_each_partys():
    got = _duties(
        "Joint working agreement\n\n"
        "This agreement is made between South Hams District Council and West Devon Borough Council, together "
        "\"the Councils\", for one community safety service.\n\n"
        "4. What the service does\n\n"
        "4.1 For both districts the service carries out the Councils' duties that the Counter-Terrorism and "
        "Security Act 2015 sets (section 26).\n")
    assert ("South Hams District Council", "Counter-Terrorism and Security Act 2015") in got, got
    assert ("West Devon Borough Council", "Counter-Terrorism and Security Act 2015") in got, got
    assert not any(s == "Councils" for s, _ in got), got


def test_both_councils_in_a_numbered_clause():
    got = _duties(
        "Memorandum of agreement\n\n"
        "1. Parties\n\n"
        "1.1 High Peak Borough Council and Staffordshire Moorlands District Council (together \"the Councils\") "
        "agree to share a community safety officer team.\n\n"
        "2. Background\n\n"
        "2.1 Both Councils have duties as tier two authorities under the Domestic Abuse Act 2021.\n")
    assert ("High Peak Borough Council", "Domestic Abuse Act 2021") in got, got
    assert ("Staffordshire Moorlands District Council", "Domestic Abuse Act 2021") in got, got


def test_each_council_without_a_defined_term_is_not_spread():
    # a county report: "each council" is every district of the county, which the paper does not list as parties
    got = _duties(
        "Countywide community safety update\n\n"
        "Breckland Council and South Holland District Council have shared a community safety officer since "
        "2022.\n\n"
        "Each council is a responsible authority for its own district under the Crime and Disorder Act 1998 "
        "(section 5).\n")
    assert not {s for s, _ in got} >= {"Breckland Council", "South Holland District Council"}, got


def test_scope_heading_is_no_body():
    for heading in ("3. Scope of the Service", "2.  SCOPE OF THE SERVICE", "Scope of the Hub"):
        doc = read(
            "Agreement for a shared community safety service\n\n"
            "1. The Westshore Community Safety Service (\"the Service\") is hosted by one council for both.\n\n"
            f"{heading}\n\n"
            "The Service is responsible for:\n"
            "  a) anti-social behaviour case management;\n"
            "  b) CCTV liaison.\n")
        subjects = {s for s, _ in of(doc, "responsible_for")}
        assert not any(s.casefold().startswith("scope of") for s in subjects), (heading, subjects)


def _remits(text: str, holder_word: str) -> set[str]:
    return {o.casefold() for s, o in of(read(text), "responsible_for") if holder_word in s}


def test_a_group_that_deals_with_two_things_answers_for_each():
    # an annual report's structure paragraph, the verb in a relative clause
    got = _remits(
        "Our partnership structure\n\n"
        "The Fenmoor Neighbourhood Tasking Group, which deals with fly-tipping hotspots and abandoned vehicles, "
        "meets every month at the civic offices.\n", "Tasking Group")
    assert {"fly-tipping hotspots", "abandoned vehicles"} <= got, got


def test_a_panel_that_handles_work_answers_for_it():
    # a web page's short description of a panel
    got = _remits(
        "Keeping young people safe in Aldwinsey\n\n"
        "The Aldwinsey Exploitation Panel handles missing from home episodes and repeat runaways.\n", "Panel")
    assert {"missing from home episodes", "repeat runaways"} <= got, got


def test_a_numbered_remit_of_two_phrases_is_two_remits():
    # a terms of reference clause
    got = _remits(
        "Terms of reference\n\n"
        "4.2 The Harbourside Hate Crime Forum is responsible for third-party reporting centres and community "
        "reassurance visits.\n", "Forum")
    assert {"third-party reporting centres", "community reassurance visits"} <= got, got


def test_a_fixed_pair_or_an_of_phrase_stays_one_remit():
    got = _remits(
        "Sub-groups\n\n"
        "The Wintercombe Youth Panel is responsible for children and young people.\n\n"
        "The Wintercombe Case Group deals with individual referrals of hate incidents and stalking.\n", "Wintercombe")
    assert "children" not in got and "stalking" not in got, got
    assert "individual referrals of hate incidents and stalking" in got, got


def test_business_a_meeting_dealt_with_is_no_remit():
    got = _remits(
        "Minutes\n\n"
        "The Ravensworth Community Safety Board dealt with the budget monitoring report and two other items.\n",
        "Board")
    assert not got, got


def test_a_scrutiny_board_or_group_can_be_the_crime_and_disorder_committee():
    # councils call their scrutiny bodies boards and groups as well as committees and panels
    papers = {
        "Scrutiny Board": "4.1 This report goes in March to the Neighbourhoods Scrutiny Board, designated by the "
                          "Council as its crime and disorder committee.\n",
        "Scrutiny Group": "The Place and Environment Scrutiny Group sits as the crime and disorder committee twice a "
                          "year.\n",
        "Resources Board": "Scrutiny of the partnership falls to the Resources Board, acting as crime and disorder "
                           "committee for the district.\n",
    }
    for head, text in papers.items():
        doc = read("Annual report of the Castlebridge Community Safety Partnership\n\n" + text)
        holders = {s for s, o in of(doc, "responsible_for") if o.casefold() == "crime and disorder scrutiny"}
        assert any(head in s for s in holders), (head, holders)


def test_a_board_that_only_reports_to_the_committee_is_not_it():
    doc = read("Governance\n\nThe Castlebridge Partnership Board sends its yearly report to the Communities "
               "Overview and Scrutiny Committee, which acts for the borough as crime and disorder committee.\n")
    holders = {s for s, o in of(doc, "responsible_for") if o.casefold() == "crime and disorder scrutiny"}
    assert not any("Partnership Board" in s for s in holders), holders


def test_a_groups_remit_in_brackets_beside_its_name():
    papers = [
        # a structure list of a safeguarding partnership
        ("Our sub-groups\n\n* Quality and Audit Group (multi-agency audits and performance data)\n"
         "* Exploitation Group (missing children and child criminal exploitation)\n", "Quality and Audit Group",
         {"multi-agency audits", "performance data"}),
        # a cabinet report's sentence naming the delivery groups
        ("2.4 The partnership works through the Brackenfield Tasking Group (rural crime hotspots and repeat "
         "victims), which reports quarterly.\n", "Tasking Group", {"rural crime hotspots", "repeat victims"}),
        # a board paper's lettered list, the remit a capitalised framework
        ("Sub-groups of the Board\n\n  a) Workforce Development Group (Regional Learning Framework) - chair: "
         "Head of Learning;\n", "Workforce Development Group", {"regional learning framework"}),
    ]
    for text, holder, wanted in papers:
        got = _remits("Fernleigh Safeguarding Board\n\n" + text, holder)
        assert wanted <= got, (holder, got)


def test_a_bracket_of_chair_short_name_footprint_or_note_is_no_remit():
    got = _remits(
        "Fernleigh Safeguarding Board\n\nSub-groups:\n"
        "* Case Review Group (chaired by the Board manager)\n"
        "* Audit Group (the QAG)\n"
        "* Housing Group (county)\n"
        "* Practice Group (meets monthly)\n"
        "* Learning Group (formerly the Training Sub-group)\n"
        "* Triage Panel (operational, fortnightly)\n"
        "* Delivery Group (Fernleigh locality)\n"
        "* Executive Board (Independent Chair)\n"
        "* Prevention Board (Youth Crime Prevention Grant)\n", "Fernleigh")
    assert not got, got
