"""What a body's own papers say where no fact of the graph does: who provides a service ("provided by" read for
"who delivers"), who leads a body ("led by its Director, ..."), how often it meets (a sentence, "it" after its
name, or a field of its own page), when its minutes say it met and when it meets next. Each read only from the
papers of what the question names, never another council's; a "led by" of another body in the same sentence is
not its lead. Invented councils, papers written for these tests."""

from __future__ import annotations

import pytest
from explorer_fixture import _fact
from question_papers import asker_over, labels, paper

from govkg.graph.model import Entity, Fact

AREA_O = Entity("area", "Orrinford")
AREA_T = Entity("area", "Tallowby")
UNIT = Entity("body", "Orrinford Youth Safety Unit", subtype="Unit", area="Orrinford")
O_COUNCIL = Entity("body", "Orrinford Borough Council", subtype="Council", area="Orrinford")
PETRA = Entity("person", "Petra Quillfeather")
MENTORS = Entity("body", "Custody Mentoring Advisers", area="Orrinford")
LANTERN = Entity("initiative", "Lanternway Youth Service", area="Orrinford")
O_CSP = Entity("body", "Orrinford Community Safety Partnership", subtype="Partnership", area="Orrinford")
FORUM = Entity("body", "Orrinford Drugs Forum", subtype="Forum", area="Orrinford")
GIDEON = Entity("person", "Gideon Ashcombe")
T_UNIT = Entity("body", "Tallowby Youth Safety Unit", subtype="Unit", area="Tallowby")
T_BOARD = Entity("body", "Tallowby Scrutiny Board", subtype="Board", area="Tallowby")
T_NIGHT = Entity("body", "Tallowby Night Safety Partnership", subtype="Partnership", area="Tallowby")

UNIT_TEXT = """Orrinford Youth Safety Unit: annual report

The Orrinford Youth Safety Unit (OYSU), hosted by the Orrinford Borough Council and led by its Director, Petra
Quillfeather, works with schools across the borough.

The Orrinford Youth Safety Unit meets quarterly at the Civic Centre.

Custody Mentoring Advisers in the borough were funded at a cost of £50,000, provided by Lanternway Youth Service.

Evening Outreach Workers are provided by Kestrel Coaches Trust across the borough.
Evening Outreach Workers are delivered by Ashdown Youth Trust in the town centre.
"""
CSP_TEXT = """Orrinford Community Safety Partnership: plan

The Orrinford Community Safety Partnership works with the Orrinford Drugs Forum, led by Gideon Ashcombe.

Once a year the Orrinford Community Safety Partnership is scrutinised by the Orrinford Borough Council Place,
Roads and Housing Scrutiny Committee.

The Orrinford Drugs Forum is reviewed by the Forum Chairs, which report to the Health Committee.
"""
T_UNIT_TEXT = """Tallowby Youth Safety Unit: annual report

The Tallowby Youth Safety Unit works with schools across the borough and reports to the council twice a year.
"""
T_BOARD_TEXT = """Tallowby Scrutiny Board
Minutes of the meeting held on Tuesday 4 March 2025, 10.00 am

1. Purpose of the Board
The Tallowby Scrutiny Board holds the borough's services to account. It meets monthly and
keeps a forward plan. The Board is chaired by Wren Halloway.

Date of next meeting: Thursday 5 June 2025
"""
T_DECISION_TEXT = """Tallowby Borough Council: record of decision

Decision title:        Tallowby Nightwatch Funding Agreement
Decision maker:        Cabinet
Lead member:           Cabinet Member for Safer Streets
Accountable director:  Corin Mabbett, Director of Place
Report author:         Ysolde Farrant, Community Safety Officer

The Cabinet agreed the Tallowby Nightwatch Funding Agreement for two years.
"""
T_STREET_TEXT = """Tallowby town centre at night

The Brackley Wardens scheme is delivered by Ferrowgate Patrols Ltd under contract to the Council.
The Brackley Pubwatch and the Brackley Traders Forum meet each month.
"""
O_POLICY_TEXT = """Orrinford street drinking policy

In 2016 the Council adopted a new policy on street drinking in the town centre.

It builds on the council's first Night Safety Charter, which was launched in 2014.
"""
T_POLICY_TEXT = """Tallowby street drinking review

In 2019 the Council adopted a new policy on street drinking and published its own Night Safety Charter.

Officers had visited the Orrinford Borough Council to learn from its town centre work.
"""
O_BOARD_TEXT = """Orrinford Reducing Reoffending Board: annual summary

The Orrinford Reducing Reoffending Board is chaired by Tamsin Vellacott, who took over from Marigold Fennick in
May 2022.
"""
O_FORUM_TEXT = """Orrinford Drugs Forum: terms of reference

The Orrinford Drugs Forum (formerly the Orrinford Substance Misuse Group) meets in the Civic Centre.

The Orrinford Youth Outreach Checks began in 2021. From 2024 these checks are known as Orrinford Street
Welfare Visits.
"""
T_SAB_TEXT = """Tallowby Safeguarding Adults Board: how we work

• The Tallowby Safeguarding Adults Board meets every quarter and takes the key decisions.
• The TSAB Executive has three partners. This group reports to the Tallowby Safeguarding Adults Board. It meets monthly.
"""
T_NIGHT_TEXT = """Tallowby Night Safety Partnership

The Tallowby Night Safety Partnership keeps the town centre safe after dark.

Chair:          Cllr Wren Halloway
Meets:          Every two months, Tallowby Guildhall
"""


def _unit(t: str) -> list[Fact]:
    return [
        _fact(t, "Orrinford Youth Safety Unit (OYSU), hosted by the Orrinford Borough Council", UNIT, "reports_to",
              O_COUNCIL),
        _fact(t, "Petra\nQuillfeather", PETRA, "holds_post", Entity("post", "Director, Orrinford Youth Safety Unit")),
        _fact(t, "Custody Mentoring Advisers", MENTORS, "covers_area", AREA_O),
        _fact(t, "Lanternway Youth Service", LANTERN, "covers_area", AREA_O),
        _fact(t, "Evening Outreach Workers", Entity("body", "Evening Outreach Workers", area="Orrinford"),
              "covers_area", AREA_O),
        _fact(t, "Kestrel Coaches Trust", Entity("body", "Kestrel Coaches Trust", area="Orrinford"), "covers_area",
              AREA_O),
        _fact(t, "Ashdown Youth Trust", Entity("body", "Ashdown Youth Trust", area="Orrinford"), "covers_area",
              AREA_O),
    ]


def _csp(t: str) -> list[Fact]:
    return [
        _fact(t, "Orrinford Community Safety Partnership works with the Orrinford Drugs Forum", FORUM, "member_of",
              O_CSP),
        _fact(t, "Gideon Ashcombe", GIDEON, "member_of", FORUM),
    ]


def _t_unit(t: str) -> list[Fact]:
    return [_fact(t, "Tallowby Youth Safety Unit", T_UNIT, "covers_area", AREA_T)]


def _t_board(t: str) -> list[Fact]:
    return [_fact(t, "The Tallowby Scrutiny Board holds", T_BOARD, "covers_area", AREA_T)]


def _t_decision(t: str) -> list[Fact]:
    agreement = Entity("publication", "Tallowby Nightwatch Funding Agreement", area="Tallowby")
    return [
        _fact(t, "Tallowby Nightwatch Funding Agreement for two years", T_NIGHT, "produces", agreement),
        _fact(t, "Corin Mabbett", Entity("person", "Corin Mabbett"), "holds_post",
              Entity("post", "Director of Place, Tallowby Borough Council")),
        _fact(t, "Ysolde Farrant", Entity("person", "Ysolde Farrant"), "holds_post",
              Entity("post", "Community Safety Officer, Tallowby Borough Council")),
    ]


def _t_street(t: str) -> list[Fact]:
    wardens = Entity("initiative", "Wardens scheme", area="Tallowby")
    return [
        _fact(t, "Brackley Wardens scheme", wardens, "covers_area", AREA_T),
        _fact(t, "Ferrowgate Patrols Ltd", Entity("body", "Ferrowgate Patrols Ltd", area="Tallowby"), "delivers",
              wardens),
        _fact(t, "Brackley Pubwatch", Entity("body", "Brackley Pubwatch", area="Tallowby"), "covers_area", AREA_T),
        _fact(t, "Brackley Traders Forum", Entity("body", "Brackley Traders Forum", area="Tallowby"), "covers_area",
              AREA_T),
    ]


CHARTER = Entity("publication", "Night Safety Charter")


def _o_policy(t: str) -> list[Fact]:
    return [_fact(t, "Council adopted a new policy", O_COUNCIL, "covers_area", AREA_O)]


def _t_policy(t: str) -> list[Fact]:
    return [
        _fact(t, "Orrinford Borough Council to learn", O_COUNCIL, "covers_area", AREA_O),
        _fact(t, "Night Safety Charter", T_NIGHT, "produces", CHARTER),
    ]


O_BOARD = Entity("body", "Orrinford Reducing Reoffending Board", subtype="Board", area="Orrinford")


def _o_board(t: str) -> list[Fact]:
    return [_fact(t, "Tamsin Vellacott", Entity("person", "Tamsin Vellacott"), "chairs", O_BOARD)]


CHECKS = Entity("initiative", "Orrinford Youth Outreach Checks", area="Orrinford")


def _o_forum(t: str) -> list[Fact]:
    return [
        _fact(t, "Orrinford Drugs Forum (formerly", FORUM, "covers_area", AREA_O),
        _fact(t, "Orrinford Youth Outreach Checks", CHECKS, "covers_area", AREA_O),
    ]


T_SAB = Entity("body", "Tallowby Safeguarding Adults Board", subtype="Board", area="Tallowby")
T_SAB_EXEC = Entity("body", "TSAB Executive", subtype="Executive", area="Tallowby")


def _t_sab(t: str) -> list[Fact]:
    return [
        _fact(t, "Tallowby Safeguarding Adults Board", T_SAB, "covers_area", AREA_T),
        _fact(t, "TSAB Executive", T_SAB_EXEC, "subgroup_of", T_SAB),
    ]


def _t_night(t: str) -> list[Fact]:
    return [_fact(t, "The Tallowby Night Safety Partnership keeps", T_NIGHT, "covers_area", AREA_T)]


@pytest.fixture(scope="module")
def asker(tmp_path_factory: pytest.TempPathFactory):
    yield from asker_over(tmp_path_factory, "papers-say-more", [
        paper("orrinford-youth-safety-unit-annual-report", UNIT_TEXT, "Orrinford", _unit),
        paper("orrinford-csp-plan", CSP_TEXT, "Orrinford", _csp),
        paper("tallowby-youth-safety-unit-annual-report", T_UNIT_TEXT, "Tallowby", _t_unit),
        paper("tallowby-scrutiny-board-minutes", T_BOARD_TEXT, "Tallowby", _t_board),
        paper("tallowby-night-safety-partnership", T_NIGHT_TEXT, "Tallowby", _t_night),
        paper("orrinford-reducing-reoffending-board-summary", O_BOARD_TEXT, "Orrinford", _o_board),
        paper("orrinford-drugs-forum-terms-of-reference", O_FORUM_TEXT, "Orrinford", _o_forum),
        paper("orrinford-street-drinking-policy", O_POLICY_TEXT, "Orrinford", _o_policy),
        paper("tallowby-street-drinking-review", T_POLICY_TEXT, "Tallowby", _t_policy),
        paper("tallowby-town-centre-at-night", T_STREET_TEXT, "Tallowby", _t_street),
        paper("tallowby-sab-how-we-work", T_SAB_TEXT, "Tallowby", _t_sab),
        paper("tallowby-nightwatch-funding-decision", T_DECISION_TEXT, "Tallowby", _t_decision),
    ])


def test_who_delivers_a_service_its_paper_says_is_provided_by(asker):
    result = asker.ask("Who delivers the Orrinford Custody Mentoring Advisers service?")
    assert [a.label for a in result.answers] == ["Lanternway Youth Service"]
    assert "read from their sentences" in result.interpretation


def test_the_question_s_own_verb_beats_another_word_for_it(asker):
    # "provided by" answers "who delivers" only where no sentence says "delivered by"
    assert labels(asker, "Who delivers the Orrinford Evening Outreach Workers?") == ["Ashdown Youth Trust"]
    assert labels(asker, "Who provides the Orrinford Evening Outreach Workers?") == ["Kestrel Coaches Trust"]


def test_who_leads_a_body_its_paper_says_is_led_by_someone(asker):
    # "hosted by the council and led by its Director, Petra Quillfeather": the Unit's lead, not the council's
    result = asker.ask("Who leads the Orrinford Youth Safety Unit?")
    assert [a.label for a in result.answers] == ["Petra Quillfeather"]
    assert "the lead of Orrinford Youth Safety Unit" in result.interpretation
    assert labels(asker, "Who heads the Orrinford Youth Safety Unit?") == ["Petra Quillfeather"]


def test_a_lead_of_another_body_in_the_sentence_is_not_its_lead(asker):
    # "works with the Drugs Forum, led by Gideon Ashcombe": the Forum's lead, not the Partnership's
    assert labels(asker, "Who leads the Orrinford Community Safety Partnership?") == []
    assert labels(asker, "Who leads the Orrinford Drugs Forum?") == ["Gideon Ashcombe"]


def test_no_lead_from_another_council_s_paper(asker):
    assert labels(asker, "Who leads the Tallowby Youth Safety Unit?") == []


def test_how_often_a_body_meets_as_a_sentence_of_its_paper_writes_it(asker):
    result = asker.ask("How often does the Orrinford Youth Safety Unit meet?")
    assert [a.label for a in result.answers] == ["quarterly"]
    assert "as its papers write it" in result.interpretation
    # "It meets monthly", straight after a sentence naming the Board
    assert labels(asker, "How often does the Tallowby Scrutiny Board meet?") == ["monthly"]
    # a field of its own page
    assert labels(asker, "How often does the Tallowby Night Safety Partnership meet?") == ["every two months"]
    # reporting, not meeting
    assert labels(asker, "How often does the Tallowby Youth Safety Unit report to the council?") == ["twice a year"]


def test_how_often_each_body_of_a_list_meets_and_no_other_s(asker):
    # "This group ... It meets monthly": the Executive the paragraph is about, not the Board it names on the way
    assert labels(asker, "How often does the TSAB Executive meet?") == ["monthly"]
    assert labels(asker, "How often does the Tallowby Safeguarding Adults Board meet?") == ["every quarter"]


def test_no_frequency_where_its_papers_say_none(asker):
    # the Tallowby Unit's paper says how often it reports, not how often it meets
    assert labels(asker, "How often does the Tallowby Youth Safety Unit meet?") == []
    assert labels(asker, "How often does the Orrinford Community Safety Partnership meet?") == []


def test_when_a_body_met_and_meets_next_as_its_own_minutes_write_it(asker):
    result = asker.ask("When did the Tallowby Scrutiny Board meet?")
    assert [a.label for a in result.answers] == ["4 March 2025"]
    assert labels(asker, "When is the next meeting of the Tallowby Scrutiny Board?") == ["5 June 2025"]
    # another body's minutes say nothing of when this one met
    assert labels(asker, "When did the Tallowby Night Safety Partnership meet?") == []
    # asked in other words
    assert labels(asker, "When was the last meeting of the Tallowby Scrutiny Board?") == ["4 March 2025"]
    assert labels(asker, "When was the Tallowby Scrutiny Board meeting held?") == ["4 March 2025"]
    assert labels(asker, "What is the date of the next Tallowby Scrutiny Board meeting?") == ["5 June 2025"]


def test_the_lines_of_a_decision_s_cover_sheet(asker):
    result = asker.ask("Who was the decision maker for the Tallowby Nightwatch Funding Agreement?")
    assert [a.label for a in result.answers] == ["Cabinet"]
    assert "decision maker line" in result.interpretation
    assert labels(asker, "Who is the accountable director for the Tallowby Nightwatch Funding Agreement?") == [
        "Corin Mabbett"]
    assert labels(asker, "Which portfolio leads on the Tallowby Nightwatch Funding Agreement?") == [
        "Cabinet Member for Safer Streets"]
    assert labels(asker, "Who wrote the Tallowby Nightwatch Funding Agreement decision?") == ["Ysolde Farrant"]


def test_no_cover_line_from_another_council_s_papers(asker):
    # Orrinford's papers have no cover sheet; Tallowby's is no answer for them
    assert labels(asker, "Who is the accountable director for the Orrinford Youth Safety Unit?") == []
    assert labels(asker, "Who is the lead member for the Orrinford Youth Safety Unit?") == []


def test_a_town_before_a_held_name_of_its_area_qualifies_it(asker):
    # "Brackley" names two other bodies of Tallowby, and is no council's place: the town the scheme runs in
    result = asker.ask("Who delivers the Brackley Wardens scheme?")
    assert [a.label for a in result.answers] == ["Ferrowgate Patrols Ltd"]
    # a word the graph holds of no name, or of names of another area, still stops the reading
    assert labels(asker, "Who delivers the Dunmere Wardens scheme?") == []
    assert "holds nothing called" in asker.ask("Who delivers the Orrinford Wardens scheme?").interpretation or (
        labels(asker, "Who delivers the Orrinford Wardens scheme?") == [])
    assert labels(asker, "Who delivers the Petra Wardens scheme?") == []


def test_the_council_in_a_paper_of_its_own_area_is_that_council(asker):
    # Tallowby's paper names the Orrinford council too, but its "the Council" is Tallowby's
    result = asker.ask("In which year did Orrinford Borough Council adopt its new street drinking policy?")
    assert [a.label for a in result.answers] == ["2016"]
    assert "read from their sentences" in result.interpretation


def test_a_paper_named_in_a_council_s_own_paper_without_a_fact_there(asker):
    # the Charter is held (from Tallowby's paper); Orrinford's paper writes it with no fact stating it there
    assert labels(asker, "When did Orrinford Borough Council launch its first Night Safety Charter?") == ["2014"]


@pytest.mark.parametrize("question", [
    "Who was the previous chair of the Orrinford Reducing Reoffending Board?",
    "Who chaired the Orrinford Reducing Reoffending Board before Tamsin Vellacott?",
    "Who did Tamsin Vellacott take over from as chair of the Orrinford Reducing Reoffending Board?",
])
def test_whom_the_chair_took_over_from(asker, question):
    result = asker.ask(question)
    assert [a.label for a in result.answers] == ["Marigold Fennick"]
    assert "took over from" in result.interpretation


def test_the_chair_now_is_no_answer_for_the_one_before(asker):
    assert labels(asker, "Who chairs the Orrinford Reducing Reoffending Board?") == ["Tamsin Vellacott"]
    # Tallowby's papers say who chairs its Board now, not who did before
    assert labels(asker, "Who was the previous chair of the Tallowby Scrutiny Board?") == []


def test_a_former_name_and_a_new_name_as_the_papers_write_them(asker):
    result = asker.ask("What was the Orrinford Drugs Forum formerly called?")
    assert [a.label for a in result.answers] == ["Orrinford Substance Misuse Group"]
    assert "formerly called, as its papers write it" in result.interpretation
    # "these checks", straight after the sentence that names them
    assert labels(asker, "What are the Orrinford Youth Outreach Checks now called?") == [
        "Orrinford Street Welfare Visits"]
    # a paper that says no other name gives none
    assert labels(asker, "What was the Tallowby Scrutiny Board formerly called?") == []


def test_a_body_the_sentence_names_after_by_that_the_graph_does_not_hold(asker):
    result = asker.ask("Which committee scrutinises the Orrinford Community Safety Partnership?")
    assert [a.label for a in result.answers] == [
        "Orrinford Borough Council Place, Roads and Housing Scrutiny Committee"]
    assert "a name the graph does not hold" in result.answers[0].note
    # "reviewed by the Forum Chairs, which report to the Health Committee": no committee reviews it
    assert labels(asker, "Which committee reviews the Orrinford Drugs Forum?") == []
    assert labels(asker, "Which committee scrutinises the Tallowby Scrutiny Board?") == []
