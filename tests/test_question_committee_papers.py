"""Questions answered from whose paper it is and from how a paper writes a thing: the committee whose own
minutes speak of what is asked ("Which committee scrutinises X?"), apologies written as a sentence rather than a
line, a date written beside a body's initials or beside "adopted" for "agree". Never another council's paper,
never a place the graph does not hold. Invented councils (Brackenfold, Wyvernshaw), papers written for these
tests."""

from __future__ import annotations

import datetime as dt

import pytest
from explorer_fixture import _fact
from question_papers import asker_over, labels, paper

from govkg.graph.model import Entity, Fact

B_COMMITTEE = Entity("body", "Brackenfold Borough Council Places Scrutiny Committee", subtype="Committee",
                     area="Brackenfold")
B_PARTNERSHIP = Entity("body", "Safer Brackenfold Lantern Partnership", subtype="Partnership", area="Brackenfold")
B_BOARD = Entity("body", "Brackenfold Vulnerable Adults Board", subtype="Board", area="Brackenfold")
B_COUNCIL = Entity("body", "Brackenfold Borough Council", subtype="Council", area="Brackenfold")
W_PARTNERSHIP = Entity("body", "Safer Wyvernshaw Lantern Partnership", subtype="Partnership", area="Wyvernshaw")
W_COUNCIL = Entity("body", "Wyvernshaw District Council", subtype="Council", area="Wyvernshaw")

B_MINUTES = """Places Scrutiny Committee

Minutes of the meeting held on 3 March 2025.

4. Members asked the Partnership Manager of the Safer Brackenfold Lantern Partnership about late night
patrols along the canal towpath, and were told that volunteer numbers had doubled.

6. DATE OF NEXT MEETING

6.1 Tuesday 10 June 2025, 6.00 pm.
"""
B_DECISION = """Brackenfold Borough Council record of decision

Decision maker: Cabinet Member for Neighbourhoods
Date of decision: 12 March 2025

Apologies for absence.
Councillor Perpetua Laidlaw and Osric Fenwick-Hale, Harbour Watch Inspector gave their apologies.
The Cabinet Member agreed the towpath lighting scheme.
"""
B_REPORT = """Brackenfold Vulnerable Adults Board annual report

Our members asked for a lighter structure, so in October 2022 we held a review of BVAB governance with all
partners. In May 2023 the Board adopted a fresh Towpath Safety Compact for the borough.
"""
ASB = Entity("topic", "Anti-Social Behaviour")
B_TRUST = Entity("body", "Brackenfold Neighbour Mediation Trust", subtype="Trust", area="Brackenfold")
B_ASB = """Brackenfold anti-social behaviour case review policy

1. Anti-social behaviour case reviews are chaired by an officer of the council.
3. Residents may ask for a Towpath Case Review (formerly "Canal Trigger") where problems persist.
2. Budget: the council sets aside money for the independent chairing of complex cases and for mediation,
delivered by Brackenfold Neighbour Mediation Trust.

Action log
  Reena Quilliam (RQ)      Housing Lead
| 11/02 | Towpath lighting survey for the canal wards   | RQ       | May 2025  | Open    |
"""
B_HARM = Entity("body", "Brackenfold Reducing Harm Board", subtype="Board", area="Brackenfold")
B_YOUTH_GROUP = Entity("body", "Brackenfold Youth Safety Group", subtype="Group", area="Brackenfold")
B_YOUTH_FORUM = Entity("body", "Brackenfold Youth Forum", subtype="Forum", area="Brackenfold")
B_TOR = """Brackenfold Reducing Harm Board terms of reference

1.1 The Brackenfold Reducing Harm Board replaces the former Brackenfold Offender Steering Group, which closed in
the spring.
1.2 It reports to the new Brackenfold Youth Safety Group (which has replaced the Brackenfold Youth Forum).
1.3 The Brackenfold Youth Safety Group was set up in 2023 for the canal wards. It is hosted by the BHT and
its officers are employed by the council.
1.5 The Brackenfold Reducing Harm Board receives written reports from the Brackenfold Neighbour Mediation Trust.
1.4 The Brackenfold Reducing Harm Board sends its minutes to members and is scrutinised by the Canalside Joint
Oversight Panel.
"""
B_STEERING = Entity("body", "Brackenfold Towpath Steering Group", subtype="Group", area="Brackenfold")
B_ASB_BOARD = Entity("body", "Brackenfold Hate Crime and Anti-Social Behaviour Board", subtype="Board",
                     area="Brackenfold")
B_STEERING_TOR = """Brackenfold Towpath Steering Group terms of reference

5.1 The Steering Group meets every two months. Papers go out a week before.
5.2 The Brackenfold Hate Crime and Anti-Social Behaviour Board receives its notes and meets quarterly.
"""
W_REPORT = """Wyvernshaw District Council report

Councillor Ambrose Quill gave his apologies. The Safer Wyvernshaw Lantern Partnership runs its own volunteer
patrols; its work went to a meeting of the council.
"""


def _b_minutes(t: str) -> list[Fact]:
    return [
        _fact(t, "Places Scrutiny Committee", B_COMMITTEE, "covers_area", Entity("area", "Brackenfold")),
        _fact(t, "Safer Brackenfold Lantern Partnership", B_PARTNERSHIP, "covers_area", Entity("area", "Brackenfold")),
    ]


def _b_decision(t: str) -> list[Fact]:
    return [_fact(t, "Brackenfold Borough Council", B_COUNCIL, "covers_area", Entity("area", "Brackenfold"))]


def _b_report(t: str) -> list[Fact]:
    return [_fact(t, "Brackenfold Vulnerable Adults Board", B_BOARD, "covers_area", Entity("area", "Brackenfold"))]


def _b_asb(t: str) -> list[Fact]:
    return [
        _fact(t, "Anti-social behaviour case reviews", B_COUNCIL, "responsible_for", ASB),
        _fact(t, "Brackenfold Neighbour Mediation Trust", B_TRUST, "covers_area", Entity("area", "Brackenfold")),
        _fact(t, "Towpath Case Review", B_COUNCIL, "responsible_for", Entity("initiative", "Towpath Case Review",
                                                                              area="Brackenfold")),
    ]


def _b_tor(t: str) -> list[Fact]:
    return [
        _fact(t, "Brackenfold Reducing Harm Board", B_HARM, "covers_area", Entity("area", "Brackenfold")),
        _fact(t, "Brackenfold Youth Forum", B_YOUTH_FORUM, "covers_area", Entity("area", "Brackenfold")),
        _fact(t, "Brackenfold Youth Safety Group", B_YOUTH_GROUP, "covers_area", Entity("area", "Brackenfold")),
        _fact(t, "Brackenfold Neighbour Mediation Trust", B_TRUST, "covers_area", Entity("area", "Brackenfold")),
        # a paper it produced: its date is no date the group was set up
        _fact(t, "Brackenfold Youth Safety Group", B_YOUTH_GROUP, "produces",
              Entity("publication", "Brackenfold Youth Safety Plan", area="Brackenfold")),
    ]


def _b_steering(t: str) -> list[Fact]:
    return [
        _fact(t, "Brackenfold Towpath Steering Group", B_STEERING, "covers_area", Entity("area", "Brackenfold")),
        _fact(t, "Brackenfold Hate Crime and Anti-Social Behaviour Board", B_ASB_BOARD, "covers_area",
              Entity("area", "Brackenfold")),
    ]


def _w_report(t: str) -> list[Fact]:
    return [
        _fact(t, "Wyvernshaw District Council", W_COUNCIL, "covers_area", Entity("area", "Wyvernshaw")),
        _fact(t, "Safer Wyvernshaw Lantern Partnership", W_PARTNERSHIP, "covers_area", Entity("area", "Wyvernshaw")),
    ]


@pytest.fixture(scope="module")
def asker(tmp_path_factory: pytest.TempPathFactory):
    yield from asker_over(tmp_path_factory, "committee-papers", [
        paper("brackenfold-borough-council-places-scrutiny-committee-2025-03-03", B_MINUTES, "Brackenfold", _b_minutes,
              doc_type="minutes", date=dt.date(2025, 3, 3)),
        paper("brackenfold-cabinet-member-decision-2025-03-12", B_DECISION, "Brackenfold", _b_decision,
              date=dt.date(2025, 3, 12)),
        paper("brackenfold-vulnerable-adults-board-annual-report", B_REPORT, "Brackenfold", _b_report),
        paper("brackenfold-asb-case-review-policy", B_ASB, "Brackenfold", _b_asb),
        paper("brackenfold-reducing-harm-board-terms-of-reference", B_TOR, "Brackenfold", _b_tor),
        paper("brackenfold-towpath-steering-group-terms-of-reference", B_STEERING_TOR, "Brackenfold", _b_steering),
        paper("wyvernshaw-council-report-2025-03-12", W_REPORT, "Wyvernshaw", _w_report, date=dt.date(2025, 3, 12)),
    ])


@pytest.mark.parametrize("question", [
    "Which committee scrutinises the Safer Brackenfold Lantern Partnership?",
    "Which committee examined the Safer Brackenfold Lantern Partnership's work?",
    "Which Brackenfold committee reviewed the Safer Brackenfold Lantern Partnership in 2025?",
])
def test_the_committee_whose_own_minutes_speak_of_it(asker, question):
    result = asker.ask(question)
    assert [a.label for a in result.answers] == ["Places Scrutiny Committee"] or [
        a.label for a in result.answers] == ["Brackenfold Borough Council Places Scrutiny Committee"]
    assert "own papers" in result.interpretation


def test_no_committee_for_another_council_nor_an_unheld_place(asker):
    # Wyvernshaw's paper is no committee's own paper: nothing, never Brackenfold's committee
    assert labels(asker, "Which committee scrutinises the Safer Wyvernshaw Lantern Partnership?") == []
    assert labels(asker, "Which committee scrutinises the Safer Lantern Partnership in Rutland?") == []
    # a year the minutes are not of
    assert labels(asker, "Which committee examined the Safer Brackenfold Lantern Partnership in 2019?") == []


def test_apologies_written_as_a_sentence_after_a_heading(asker):
    question = "Who gave apologies to the Brackenfold Cabinet Member decision meeting on 12 March 2025?"
    # the heading "Apologies for absence." is no name; a post written among the names is no person
    assert labels(asker, question) == ["Perpetua Laidlaw", "Osric Fenwick-Hale"]
    assert labels(asker, "Who gave apologies to the Brackenfold Cabinet Member decision meeting on 13 March 2025?"
                  ) == []
    assert labels(asker, "Who gave apologies to the Rutland Cabinet meeting on 12 March 2025?") == []


def test_a_date_beside_the_body_s_initials_in_its_own_paper(asker):
    assert labels(asker, "When did the Brackenfold Vulnerable Adults Board review its governance?") == [
        "October 2022"]


def test_adopted_read_for_agreed(asker):
    assert labels(asker, "When did the Brackenfold Vulnerable Adults Board agree a towpath safety compact?") == [
        "May 2023"]
    assert labels(asker, "When did the Brackenfold Vulnerable Adults Board approve the compact?") == ["May 2023"]


def test_a_sentence_of_the_place_s_paper_on_the_topic_that_says_all_the_question_says(asker):
    # the sentence does not write the topic again, but it is the place's paper on it and says every word asked
    assert labels(asker, "Who delivers mediation for complex ASB cases in Brackenfold?") == [
        "Brackenfold Neighbour Mediation Trust"]
    assert labels(asker, "Who delivers mediation for complex ASB cases in Wyvernshaw?") == []
    assert labels(asker, "Who delivers mediation for complex ASB cases in Rutland?") == []


def test_an_action_by_its_number_and_an_owner_named_with_initials_in_brackets(asker):
    assert labels(asker, "Who owns action 11/02 on the towpath lighting survey?") == ["Reena Quilliam"]
    assert labels(asker, "Who owns the action on the towpath lighting survey?") == ["Reena Quilliam"]
    assert labels(asker, "Who owns action 11/02 on the towpath lighting survey in Wyvernshaw?") == []


@pytest.mark.parametrize("question", [
    "Which body did the Brackenfold Reducing Harm Board replace?",
    "What did the Brackenfold Reducing Harm Board replace?",
])
def test_what_a_body_replaced_as_its_paper_writes_it(asker, question):
    assert labels(asker, question) == ["Brackenfold Offender Steering Group"]


def test_what_replaced_a_body_and_never_another_council_s(asker):
    assert labels(asker, "What replaced the Brackenfold Youth Forum?") == ["Brackenfold Youth Safety Group"]
    assert labels(asker, "What replaced the Wyvernshaw Youth Forum?") == []
    # the body that replaced is not the body it replaced
    assert labels(asker, "Which body did the Brackenfold Youth Forum replace?") == []


@pytest.mark.parametrize("question", [
    "Which body scrutinises the Brackenfold Reducing Harm Board?",
    "Which organisation scrutinises the Brackenfold Reducing Harm Board?",
])
def test_which_body_answered_with_the_name_written_after_by(asker, question):
    assert labels(asker, question) == ["Canalside Joint Oversight Panel"]


def test_it_after_the_sentence_that_names_the_body(asker):
    # "It is hosted by the BHT": "it" is the group the sentence before names; the host as its paper writes it
    assert labels(asker, "Who hosts the Brackenfold Youth Safety Group?") == ["BHT"]
    assert labels(asker, "Who hosts the Brackenfold Reducing Harm Board?") == []
    assert labels(asker, "Who hosts the Wyvernshaw Youth Safety Group?") == []


@pytest.mark.parametrize("question, answer", [
    ("Who is the Brackenfold Youth Safety Group hosted by?", "BHT"),
    ("By whom is the Brackenfold Youth Safety Group hosted?", "BHT"),
    ("Which body is the Brackenfold Reducing Harm Board scrutinised by?", "Canalside Joint Oversight Panel"),
])
def test_a_question_asked_in_the_passive(asker, question, answer):
    assert labels(asker, question) == [answer]
    assert labels(asker, question.replace("Brackenfold", "Wyvernshaw")) == []


@pytest.mark.parametrize("question", [
    "How often does the Brackenfold Towpath Steering Group meet?",
    "how often does the brackenfold towpath steering group meet",
    "How many times a year does the Brackenfold Towpath Steering Group meet?",
])
def test_how_often_a_body_its_paper_calls_by_the_last_words_of_its_name_meets(asker, question):
    assert labels(asker, question) == ["every two months"]


def test_initials_of_a_topic_inside_a_body_s_name(asker):
    # "ASB" in a name is the topic's words: the Hate Crime and ASB Board is the board the graph holds
    assert labels(asker, "How often does the Brackenfold Hate Crime and ASB Board meet?") == ["quarterly"]
    assert labels(asker, "How often does the Wyvernshaw Hate Crime and ASB Board meet?") == []


@pytest.mark.parametrize("question, yes", [
    ("Does the Brackenfold Towpath Steering Group meet every two months?", True),
    ("Does the Brackenfold Towpath Steering Group still meet six times a year?", True),
    ("Does the Brackenfold Towpath Steering Group meet monthly?", False),
    ("Does the Brackenfold Hate Crime and ASB Board meet four times a year?", True),
])
def test_how_often_asked_yes_or_no(asker, question, yes):
    result = asker.ask(question)
    if yes:
        assert [a.label for a in result.answers][:1] == ["Yes"]
    else:
        # never a "no": what the papers say instead, and no answer
        assert result.answers == [] and "otherwise" in result.interpretation


def test_how_often_asked_yes_or_no_of_a_place_not_held(asker):
    result = asker.ask("Does the Rutland Towpath Steering Group meet monthly?")
    assert result.answers == [] and result.refused


def test_the_next_meeting_on_the_line_after_its_heading(asker):
    question = "When is the next meeting of the Brackenfold Borough Council Places Scrutiny Committee?"
    assert labels(asker, question) == ["10 June 2025"]


@pytest.mark.parametrize("question", [
    "What was the Towpath Case Review formerly called?",
    "What did the Towpath Case Review use to be called?",
])
def test_a_former_name_written_in_quotes_and_never_another_name_of_the_sentence(asker, question):
    assert labels(asker, question) == ["Canal Trigger"]



@pytest.mark.parametrize("question, said", [
    ("When was the Brackenfold Youth Safety Group set up?", "2023"),
    ("When was the Brackenfold Youth Safety Group established?", "2023"),
    ("What year was the Brackenfold Youth Safety Group created?", "2023"),
])
def test_when_a_body_was_set_up_as_its_sentence_writes_it(asker, question, said):
    assert labels(asker, question) == [said]
    assert labels(asker, question.replace("Brackenfold", "Wyvernshaw")) == []


def test_which_bodies_in_the_plural(asker):
    assert labels(asker, "From which bodies does the Brackenfold Reducing Harm Board receive written reports?") == [
        "Brackenfold Neighbour Mediation Trust"]
