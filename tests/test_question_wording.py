"""Questions in an officer's own words over two invented councils, Harlowmere and Brackenford: a role named
as a post ("the Independent Chair of X") when the graph holds only who chairs X, and never another
council's post of that name. Papers written for these tests."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal
from functools import partial

import pytest
from explorer_fixture import _fact
from question_papers import asker_over, labels, paper

from govkg.graph.model import Entity, Fact

HARLOW_SAB = Entity("body", "Harlowmere Safeguarding Adults Board", subtype="Board", area="Harlowmere")
HARLOW_CSP = Entity("body", "Harlowmere Community Safety Partnership", subtype="Partnership", area="Harlowmere")
BRACKEN_SAB = Entity("body", "Brackenford Safeguarding Adults Board", subtype="Board", area="Brackenford")
TRI_CSP = Entity("body", "Thornmere, Brackenford & Harlowmere Community Safety Partnership", subtype="Partnership",
                 area="Thornmere")
SAFETY_OFFICER = Entity("post", "Community Safety Officer", area="Brackenford")
TOM = Entity("person", "Tom Ashby")
HARLOW_REPORT = Entity("publication", "Harlowmere Safeguarding Adults Board Annual Report", area="Harlowmere")
BRACKEN_REPORT = Entity("publication", "Brackenford Safeguarding Adults Board Annual Report", area="Brackenford",
                        aliases=("Annual Report",))
NEGLECT = Entity("topic", "Self-Neglect")
HARLOW_PROBATION = Entity("body", "Harlowmere Probation Services", subtype="Service", area="Harlowmere")
NATIONAL_PROBATION = Entity("body", "National Probation Service", subtype="Service")
SAFER_BRACKEN = Entity("body", "Safer Brackenford Partnership", subtype="Partnership")
BRACKEN_ACTION = Entity("body", "Brackenford Action", subtype="Group", area="Brackenford", aliases=("Action",))
ZOE = Entity("person", "Zoe Hart")
SAFER_HARLOW = Entity("body", "Safer Harlowmere Community Safety Partnership", subtype="Partnership",
                      area="Harlowmere")
BRACKEN_APB = Entity("body", "Brackenford Area Planning Board", subtype="Board", area="Brackenford",
                     aliases=("Brackenford APB",))
BRACKEN_FRAMEWORK = Entity("publication", "Brackenford Area Planning Board Governance Framework", area="Brackenford")
BRACKEN_CHAIR = Entity("post", "Independent Chair", area="Brackenford")
PRIYA = Entity("person", "Priya Raman")
DEV = Entity("person", "Dev Patel")
SAM = Entity("person", "Sam Oduya")
JOINT_CSP = Entity("body", "Harlowmere and Brackenford Community Safety Partnership", subtype="Partnership",
                   area="Harlowmere")
STEERING = Entity("body", "CSP Steering Group", subtype="Group")
HARLOW_COUNCIL = Entity("body", "Harlowmere Borough Council", subtype="Council", area="Harlowmere",
                        aliases=("Harlowmere", "LB Harlowmere"))
BRACKEN_CHANNEL = Entity("body", "Brackenford Channel Panel", subtype="Panel", area="Brackenford")
NORTH_CLUB = Entity("body", "North Harlowmere Youth Club", subtype="Charity", area="North Harlowmere")
NED = Entity("person", "Ned Cole")
BRACKEN_COUNCIL = Entity("body", "Brackenford District Council", subtype="Council", area="Brackenford",
                         aliases=("Brackenford DC",))
THORNMERE = Entity("area", "Thornmere")
CHARITY = Entity("body", "Brackenford Youth Trust", subtype="Charity", area="Brackenford")
BEN = Entity("person", "Cllr Ben Ruiz", aliases=("Ben Ruiz",))
CLLR_THORNMERE = Entity("person", "Cllr Thornmere", aliases=("Thornmere",))
HOMES = Entity("body", "Harlowmere Homes", subtype="Housing", area="Harlowmere")
OPCC = Entity("post", "Harlowmere Office of the Police and Crime Commissioner", area="Harlowmere")
BRACKEN_FIRE = Entity("body", "Brackenford Fire Service", subtype="Service", area="Brackenford")
MO = Entity("person", "Mo Reid")
ANA = Entity("person", "Ana Silva")
KOFI = Entity("person", "Kofi Mensah")
DA_JOINT = Entity("body", "Harlowmere and Thornmere Domestic Abuse Board", subtype="Board", area="Harlowmere")
DA_BRACKEN = Entity("body", "Brackenford Domestic Abuse Board", subtype="Board", area="Brackenford")
VICE_CHAIRMAN = Entity("post", "Vice Chairman", area="Harlowmere")
RIA = Entity("person", "Ria Khan")
JO = Entity("person", "Jo Marsh")
LIZ = Entity("person", "Liz Amos")
SAFETY = Entity("topic", "Community Safety", aliases=("crime and disorder",))
KNIVES = Entity("topic", "Knife Crime")
YOUTH_BOARD = Entity("body", "Youth Offending Oversight Board for Northern Counties", subtype="Board",
                     aliases=("YOOB",))

HARLOW_TEXT = """Harlowmere Safeguarding Adults Board: annual report 2022-23
Independent Chair, Priya Raman
The Harlowmere Safeguarding Adults Board met four times in the year.
Dev Patel chairs the Harlowmere Community Safety Partnership.
Self-neglect is a priority of the Harlowmere Safeguarding Adults Board Annual Report.
The National Probation Service is part of Harlowmere Probation Services.
Knife crime is a priority of the Safer Harlowmere Community Safety Partnership.
The partnership's priorities this year are crime and disorder and knife crime.
The Harlowmere Community Safety Partnership sends its youth figures to the YOOB.
"""
JOINT_TEXT = """Harlowmere and Brackenford Community Safety Partnership: Steering Group membership, 2023
Mo Reid chairs the CSP Steering Group.
Ana Silva - Harlowmere Office of the Police and Crime Commissioner
Harlowmere Homes is a member of the Harlowmere and Brackenford Community Safety Partnership.
Kofi Mensah - Harlowmere Borough Council
Ria Khan chairs the Harlowmere and Thornmere Domestic Abuse Board.
That Jo Marsh be appointed as Vice Chairman of the Harlowmere and Thornmere Domestic Abuse Board.
The Vice Chairman reports to Harlowmere Borough Council on the board's work.
Liz Amos chairs the Brackenford Domestic Abuse Board.
Harlowmere Borough Council approved £12,000 for Harlowmere Homes in 2023/24.
Harlowmere Borough Council passed £8,000 of its safety funding to Thornmere.
The Brackenford Fire Service sends papers to the Harlowmere and Brackenford Community Safety Partnership.
"""
BRACKEN_TEXT = """Brackenford Safeguarding Adults Board: minutes, 9 February 2023
Sam Oduya, Independent Chair of the Brackenford Safeguarding Adults Board, opened the meeting.
Ned Cole chairs the Brackenford Channel Panel.
The Safer Brackenford Partnership reports to the Brackenford Safeguarding Adults Board.
Zoe Hart chairs Brackenford Action.
Cllr Thornmere sits on the Brackenford Safeguarding Adults Board.
Brackenford DC sits on the Brackenford Safeguarding Adults Board.
Cllr Ben Ruiz sits on the Brackenford Channel Panel.
Co-opted members of the panel include the Brackenford Youth Trust.
The Brackenford Area Planning Board drafted its Governance Framework.
Ned Cole presented the self-neglect report. Sam Oduya gave an update on the budget.
The North Harlowmere Youth Club is a member of the Brackenford Channel Panel.
The Brackenford Safeguarding Adults Board published its Annual Report.
Staff of the Thornmere, Brackenford & Harlowmere Community Safety Partnership: Tom Ashby - Community Safety Officer
"""


_document = partial(paper, doc_type="report", date=dt.date(2023, 3, 20))


def _harlow(t: str) -> list[Fact]:
    return [
        _fact(t, "Independent Chair, Priya Raman", PRIYA, "chairs", HARLOW_SAB),
        _fact(t, "Dev Patel chairs the Harlowmere Community Safety Partnership.", DEV, "chairs", HARLOW_CSP),
        _fact(t, "The National Probation Service is part of Harlowmere Probation Services.", NATIONAL_PROBATION,
              "part_of", HARLOW_PROBATION),
        _fact(t, "Knife crime is a priority of the Safer Harlowmere Community Safety Partnership.", KNIVES,
              "priority_of", SAFER_HARLOW),
        _fact(t, "Self-neglect is a priority of the Harlowmere Safeguarding Adults Board Annual Report.", NEGLECT,
              "priority_of", HARLOW_REPORT),
        _fact(t, "The partnership's priorities this year are crime and disorder and knife crime.", SAFETY,
              "priority_of", HARLOW_CSP),
        _fact(t, "The partnership's priorities this year are crime and disorder and knife crime.", KNIVES,
              "priority_of", HARLOW_CSP),
        _fact(t, "The Harlowmere Community Safety Partnership sends its youth figures to the YOOB.", HARLOW_CSP,
              "reports_to", YOUTH_BOARD),
    ]


def _joint(t: str) -> list[Fact]:
    return [
        _fact(t, "Mo Reid chairs the CSP Steering Group.", MO, "chairs", STEERING),
        _fact(t, "Ana Silva - Harlowmere Office of the Police and Crime Commissioner", ANA, "member_of", STEERING),
        _fact(t, "Ana Silva - Harlowmere Office of the Police and Crime Commissioner", ANA, "holds_post", OPCC),
        _fact(t, "Harlowmere Homes is a member of the Harlowmere and Brackenford Community Safety Partnership.",
              HOMES, "member_of", JOINT_CSP),
        _fact(t, "Kofi Mensah - Harlowmere Borough Council", KOFI, "member_of", STEERING),
        _fact(t, "Ria Khan chairs the Harlowmere and Thornmere Domestic Abuse Board.", RIA, "chairs", DA_JOINT),
        _fact(t, "That Jo Marsh be appointed as Vice Chairman of the Harlowmere and Thornmere Domestic Abuse Board.",
              JO, "vice_chair", DA_JOINT),
        _fact(t, "The Vice Chairman reports to Harlowmere Borough Council", VICE_CHAIRMAN, "reports_to",
              HARLOW_COUNCIL),
        _fact(t, "Liz Amos chairs the Brackenford Domestic Abuse Board.", LIZ, "chairs", DA_BRACKEN),
        _fact(t, "Harlowmere Borough Council passed £8,000 of its safety funding to Thornmere.", HARLOW_COUNCIL,
              "funds", THORNMERE, amount=Decimal(8000)),
        _fact(t, "Harlowmere Borough Council approved £12,000 for Harlowmere Homes in 2023/24.", HARLOW_COUNCIL,
              "funds", HOMES, amount=Decimal(12000), period="2023/24"),
        _fact(t, "The Brackenford Fire Service sends papers to the Harlowmere and Brackenford Community Safety "
              "Partnership.", BRACKEN_FIRE, "reports_to", JOINT_CSP),
    ]


def _bracken(t: str) -> list[Fact]:
    return [
        _fact(t, "Sam Oduya, Independent Chair of the Brackenford Safeguarding Adults Board", SAM, "holds_post",
              BRACKEN_CHAIR, on_body=BRACKEN_SAB),
        _fact(t, "Ned Cole chairs the Brackenford Channel Panel.", NED, "chairs", BRACKEN_CHANNEL),
        _fact(t, "The Safer Brackenford Partnership reports to the Brackenford Safeguarding Adults Board.",
              SAFER_BRACKEN, "reports_to", BRACKEN_SAB),
        _fact(t, "Zoe Hart chairs Brackenford Action.", ZOE, "chairs", BRACKEN_ACTION),
        _fact(t, "Cllr Thornmere sits on the Brackenford Safeguarding Adults Board.", CLLR_THORNMERE, "member_of",
              BRACKEN_SAB),
        _fact(t, "Brackenford DC sits on the Brackenford Safeguarding Adults Board.", BRACKEN_COUNCIL, "member_of",
              BRACKEN_SAB),
        _fact(t, "Cllr Ben Ruiz sits on the Brackenford Channel Panel.", BEN, "member_of", BRACKEN_CHANNEL),
        _fact(t, "Co-opted members of the panel include the Brackenford Youth Trust.", CHARITY, "member_of",
              BRACKEN_CHANNEL),
        _fact(t, "The Brackenford Area Planning Board drafted its Governance Framework.", BRACKEN_APB, "produces",
              BRACKEN_FRAMEWORK),
        _fact(t, "Ned Cole presented the self-neglect report.", NED, "attended", BRACKEN_SAB,
              qualifier="spoke or presented"),
        _fact(t, "Sam Oduya gave an update on the budget.", SAM, "attended", BRACKEN_SAB,
              qualifier="spoke or presented"),
        _fact(t, "The North Harlowmere Youth Club is a member of the Brackenford Channel Panel.", NORTH_CLUB,
              "member_of", BRACKEN_CHANNEL),
        _fact(t, "The Brackenford Safeguarding Adults Board published its Annual Report.", BRACKEN_SAB, "produces",
              BRACKEN_REPORT),
        _fact(t, "Staff of the Thornmere, Brackenford & Harlowmere Community Safety Partnership", TOM, "member_of",
              TRI_CSP),
        _fact(t, "Tom Ashby - Community Safety Officer", TOM, "holds_post", SAFETY_OFFICER),
    ]


@pytest.fixture(scope="module")
def asker(tmp_path_factory: pytest.TempPathFactory):
    yield from asker_over(tmp_path_factory, "wording", [
        _document("harlowmere-sab-report-2023", HARLOW_TEXT, "Harlowmere", _harlow),
        _document("harlowmere-csp-steering-2023", JOINT_TEXT, "Harlowmere", _joint),
        _document("brackenford-sab-minutes-2023", BRACKEN_TEXT, "Brackenford", _bracken),
    ])


def test_a_role_asked_as_a_post_is_who_the_papers_say_chairs_in_that_role(asker):
    # Harlowmere holds no "Independent Chair" post, only who chairs its board, in words that say the role
    result = asker.ask("Who is the Independent Chair of the Harlowmere Safeguarding Adults Board?")
    assert [a.label for a in result.answers] == ["Priya Raman"]
    # Brackenford's post of that name was not followed, and the reading does not show it as linked
    assert all("brackenford" not in iri for _, _, iri in result.linked)
    # a chair the papers do not call independent is not the one asked about
    assert labels(asker, "Who is the Independent Chair of the Harlowmere Community Safety Partnership?") == []
    # the post held as Brackenford's still answers through its holder
    assert labels(asker, "Who is the Independent Chair of the Brackenford Safeguarding Adults Board?") == [
        "Sam Oduya"
    ]


def test_an_answer_is_named_as_its_paper_writes_it(asker):
    # the topic is held under another of its names; the paper says "crime and disorder"
    assert sorted(labels(asker, "What are the priorities of the Harlowmere Community Safety Partnership?")) == [
        "Knife Crime", "crime and disorder"
    ]
    # an acronym alone says less than the name it stands for: the label stays
    assert labels(asker, "Who does the Harlowmere Community Safety Partnership report to?") == [
        "Youth Offending Oversight Board for Northern Counties"
    ]


def test_a_group_named_with_its_places_and_the_partnership_s_initials(asker):
    # "Harlowmere and Brackenford CSP Steering Group": the places, then the group's own name, not the CSP
    result = asker.ask("Who chairs the Harlowmere and Brackenford CSP Steering Group?")
    assert [a.label for a in result.answers] == ["Mo Reid"]
    assert [label for _, label, _ in result.linked] == ["CSP Steering Group"]
    # the group's papers are Harlowmere's: named with Brackenford alone, it is not this group
    assert labels(asker, "Who chairs the Brackenford CSP Steering Group?") == []


def test_who_sat_on_a_body_for_an_organisation(asker):
    group = "the Harlowmere and Brackenford CSP Steering Group"
    question = f"Who sat on {group} for the Harlowmere Office of the Police and Crime Commissioner?"
    assert labels(asker, question) == ["Ana Silva"]
    # nobody is recorded as coming for the housing body or the fire service: no answer, never every member
    assert labels(asker, f"Who sat on {group} for Harlowmere Homes?") == []
    assert labels(asker, f"Who sat on {group} for the Brackenford Fire Service?") == []


def test_what_a_place_approved_for_a_body_is_money(asker):
    assert labels(asker, "What did Harlowmere approve for Harlowmere Homes in 2023/24?") == ["£12,000"]
    # Brackenford gave Harlowmere Homes nothing the graph holds
    assert labels(asker, "What did Brackenford approve for Harlowmere Homes in 2023/24?") == []


def test_a_body_named_for_several_places_is_in_each_of_them(asker):
    # the partnership's papers recorded only Thornmere, but its name says Brackenford too: the officer's
    # Brackenford post is a post on its staff
    question = "What role did Tom Ashby have on the staff of the Thornmere, Brackenford & Harlowmere Community " \
        "Safety Partnership?"
    assert labels(asker, question) == ["Community Safety Officer"]


def test_a_board_of_two_places_asked_about_by_one_of_them(asker):
    assert labels(asker, "Who chairs the Harlowmere Domestic Abuse Board?") == ["Ria Khan"]
    # Brackenford's board of that name is Brackenford's own
    assert labels(asker, "Who chairs the Brackenford Domestic Abuse Board?") == ["Liz Amos"]


def test_a_role_that_no_one_is_recorded_holding_as_a_post_is_the_role(asker):
    # a "Vice Chairman" post of Harlowmere is held, but nobody holds it: the board's vice-chair answers
    question = "Who was appointed Vice Chairman of the Harlowmere Domestic Abuse Board?"
    assert labels(asker, question) == ["Jo Marsh"]


def test_another_council_s_report_of_the_same_short_name_is_not_the_one_asked_about(asker):
    # Harlowmere's annual report is held, but not who produced it; Brackenford's is also called "Annual Report"
    question = "Who produced the Harlowmere Safeguarding Adults Board's annual report?"
    assert labels(asker, question) == []
    assert labels(asker, "Who produced the Brackenford Safeguarding Adults Board's annual report?") == [
        "Brackenford Safeguarding Adults Board"
    ]


def test_a_place_that_also_names_its_council_still_places_the_name_after_it(asker):
    # "Harlowmere" is also a name of Harlowmere Borough Council; Harlowmere has no Channel Panel, Brackenford has
    result = asker.ask("Who chairs the Harlowmere Channel Panel?")
    assert result.answers == [] and "in Harlowmere" in result.interpretation
    assert labels(asker, "Who chairs the Channel Panel in Harlowmere?") == []
    assert labels(asker, "Who chairs the Brackenford Channel Panel?") == ["Ned Cole"]


def test_a_place_written_before_a_name_wants_its_own_body_not_the_one_around_it(asker):
    # North Harlowmere lies in Harlowmere; the Harlowmere board is the board around it, not North Harlowmere's
    result = asker.ask("Who chairs the North Harlowmere Domestic Abuse Board?")
    assert result.answers == [] and "North Harlowmere" in result.interpretation


def test_an_area_named_after_another_lies_in_it_whichever_the_graph_lists_first():
    from govkg.questions.places import Places

    for areas in (["north harlowmere", "harlowmere"], ["harlowmere", "north harlowmere"]):
        places = Places.build(areas)  # type: ignore[arg-type]
        assert places.known["north harlowmere"].within == {"harlowmere"}


def test_a_part_of_a_place_is_a_place_not_a_surname(asker):
    # the graph knows no "North Thornmere": a part of Thornmere, which has no Channel Panel; never Brackenford's
    result = asker.ask("Who chairs the North Thornmere Channel Panel?")
    assert result.answers == [] and "North Thornmere" in result.interpretation
    assert labels(asker, "Who chairs the Channel Panel in North Thornmere?") == []


def test_the_one_a_verb_gives_money_to_is_the_recipient_however_the_rest_pins_an_allocation(asker):
    assert labels(asker, "How much did Harlowmere Borough Council grant Harlowmere Homes in 2023/24?") == ["£12,000"]
    # the council and Harlowmere Homes pin the £12,000 down, but the question says the fire service got it
    question = "How much did Harlowmere Borough Council grant the Brackenford Fire Service for Harlowmere Homes?"
    assert labels(asker, question) == []


def test_names_of_two_councils_that_do_not_belong_together_give_nothing(asker):
    # "Probation Services" links to Harlowmere's; the question places them in Brackenford's partnership
    question = "Which services make up Probation Services in the Safer Brackenford Partnership?"
    assert labels(asker, question) == []
    assert labels(asker, "Which services make up the Harlowmere Probation Services?") == [
        "National Probation Service"
    ]


def test_a_plain_word_in_lower_case_is_not_a_body_a_paper_once_called_by_it(asker):
    result = asker.ask("Who chairs the Harlowmere Safeguarding Adults Board and oversees its actions?")
    assert "Brackenford Action" not in [label for _, label, _ in result.linked]
    assert [a.label for a in result.answers] == ["Priya Raman"]


def test_a_place_that_qualifies_a_word_still_says_whose_answer_is_asked_for(asker):
    # "Thornmere's committee" names no body; the officer asked about must still be Thornmere's, not Brackenford's
    result = asker.ask("Who is the Community Safety Officer who briefed Thornmere's committee in 2023?")
    assert result.answers == [] and "in Thornmere" in result.interpretation
    assert labels(asker, "Who is the Community Safety Officer who briefed Brackenford's committee in 2023?") == [
        "Tom Ashby"
    ]


def test_a_safer_place_partnership_without_its_kind(asker):
    assert labels(asker, "What are the Safer Harlowmere Partnership's priorities?") == ["Knife Crime"]
    # Thornmere has no such partnership: nothing, not Harlowmere's
    assert labels(asker, "What are the Safer Thornmere Partnership's priorities?") == []


def test_a_name_by_its_initials_then_the_rest_of_a_longer_name(asker):
    # "Brackenford APB governance framework" is the framework, not the board and some framework
    assert labels(asker, "Which body drafted the Brackenford APB governance framework?") == [
        "Brackenford Area Planning Board"
    ]


def test_who_presented_a_report_on_a_topic_is_who_the_papers_say_spoke_on_it(asker):
    question = "Who presented the self-neglect report to the Brackenford Safeguarding Adults Board?"
    assert labels(asker, question) == ["Ned Cole"]
    # nobody is recorded speaking on knife crime there: no answer, not every speaker
    question = "Who presented the knife crime report to the Brackenford Safeguarding Adults Board?"
    assert labels(asker, question) == []


def test_a_place_that_is_also_a_councillor_s_surname_is_the_place(asker):
    # "Cllr Thornmere" is a person; "Thornmere's Channel Panel" is Thornmere's, which the graph does not hold
    result = asker.ask("Who chairs Thornmere's Channel Panel?")
    assert result.answers == [] and "in Thornmere" in result.interpretation
    assert labels(asker, "Which board does Cllr Thornmere sit on?") == ["Brackenford Safeguarding Adults Board"]


def test_a_council_named_by_its_place_and_initials_must_be_held(asker):
    # "Thornmere DC": no such council is held, so its councillors are not Brackenford's
    result = asker.ask("Which Thornmere DC councillors sit on the Channel Panel?")
    assert result.answers == [] and "Thornmere DC" in result.interpretation


def test_a_place_that_is_the_subject_of_a_verb_is_a_party_not_a_qualifier(asker):
    question = "How much of the Harlowmere Borough Council's safety funding did Thornmere receive?"
    assert labels(asker, question) == ["£8,000"]


def test_a_place_written_before_a_name_is_the_name_s_place_whatever_other_place_is_named(asker):
    # the panel is Brackenford's; the question's panel is Harlowmere's, asked about in Brackenford
    assert labels(asker, "Who chairs the Harlowmere Channel Panel in Brackenford?") == []
    assert labels(asker, "Who chairs the Channel Panel in Brackenford?") == ["Ned Cole"]


def test_a_topic_with_a_post_s_head_noun_after_it_is_a_post_that_must_link(asker):
    # "Knife Crime Officer": a post the graph does not hold, not the topic and a word
    result = asker.ask("Which partnership is the Knife Crime Manager accountable to?")
    assert result.answers == [] and "Knife Crime Manager" in result.interpretation


def test_everyday_words_in_a_lower_case_question_are_not_places_or_names(asker):
    # "staff" is also the short form of a county once its plural is dropped; "must" names nothing
    result = asker.ask("which staff sit on the brackenford safeguarding adults board?")
    assert "holds nothing about" not in result.interpretation
    assert [a.label for a in result.answers] == labels(asker, "Which staff sit on the Brackenford Safeguarding "
                                                              "Adults Board?")
    result = asker.ask("which board must brackenford district council sit on?")
    assert [a.label for a in result.answers] == ["Brackenford Safeguarding Adults Board"]


def test_which_organisations_are_some_kind_of_member_is_a_subset(asker):
    assert labels(asker, "Which organisations are co-opted members of the Brackenford Channel Panel?") == [
        "Brackenford Youth Trust"
    ]
    # no member of the Safeguarding Adults Board is said to be co-opted: nothing, never every member
    assert labels(asker, "Which organisations are co-opted members of the Brackenford Safeguarding Adults Board?") \
        == []


def test_which_police_partners_is_a_subset_though_police_names_nothing_alone(asker):
    assert labels(asker, "Which police partners sit on the Brackenford Channel Panel?") == []
    assert sorted(labels(asker, "Which youth organisations sit on the Brackenford Channel Panel?")) == [
        "Brackenford Youth Trust", "North Harlowmere Youth Club"
    ]


def test_an_unheld_place_after_a_borough_s_initials_or_in_a_description_stops_the_reading(asker):
    result = asker.ask("How much did Harlowmere Borough Council grant LB Rutland in 2023/24?")
    assert result.answers == [] and "Rutland" in result.interpretation
    result = asker.ask("What post does Tom Ashby, officer of the Safer Rutland Partnership, hold?")
    assert result.answers == [] and "Rutland" in result.interpretation
    # described by a place the graph holds, the person's own post is still answered
    assert labels(asker, "What post does Tom Ashby, officer of the Safer Brackenford Partnership, hold?") == [
        "Community Safety Officer"
    ]
