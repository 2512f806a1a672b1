"""Questions whose answer the graph holds but whose words once missed it, over two invented councils,
Wendlebury and Ashcombe: a strategy asked for by its kind and held as a dated edition, bodies picked by their
sector, who sat on a group for an organisation in a given year, who sets a board's agenda. Papers written
for these tests; each reach is checked against another council's graph and a place the graph does not hold."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal
from functools import partial

import pytest
from explorer_fixture import _fact
from question_papers import asker_over, labels, paper

from govkg.graph.model import Entity, Fact

CONTEST = Entity("topic", "CONTEST", aliases=("counter-terrorism strategy",))
CONTEST_2023 = Entity("publication", "Contest 2023")
PREVENT = Entity("topic", "Prevent")
CSP = Entity("body", "Wendlebury Community Safety Partnership", subtype="Partnership", area="Wendlebury",
             aliases=("Wendlebury CSP",))
COUNCIL = Entity("body", "Wendlebury Borough Council", subtype="Council", area="Wendlebury")
POLICE = Entity("body", "Wendlebury Police", subtype="Police", area="Wendlebury")
CCG = Entity("body", "Wendlebury Clinical Commissioning Group", subtype="Group", area="Wendlebury")
HOMES = Entity("body", "Wendlebury Homes", subtype="Housing", area="Wendlebury")
TASKING = Entity("body", "Wendlebury Joint Tasking Group", subtype="Group", area="Wendlebury")
OLA = Entity("person", "Ola Dunn")
REX = Entity("person", "Rex Varga")
BOARD = Entity("body", "Wendlebury Safeguarding Board", subtype="Board", area="Wendlebury")
BUSINESS = Entity("body", "Wendlebury Business Group", subtype="Group", area="Wendlebury")
ASH_BOARD = Entity("body", "Ashcombe Safeguarding Board", subtype="Board", area="Ashcombe")
ASH_CSP = Entity("body", "Ashcombe Community Safety Partnership", subtype="Partnership", area="Ashcombe")
ASH_POLICE = Entity("body", "Ashcombe Police", subtype="Police", area="Ashcombe")
PIP = Entity("person", "Pip Laurent")
KNIFE = Entity("topic", "Knife Crime")
WELLBEING = Entity("body", "Wendlebury Wellbeing Board", subtype="Board", area="Wendlebury")
WENDLEBURY = Entity("area", "Wendlebury")
SAFER_W = Entity("body", "Safer Wendlebury Partnership", subtype="Partnership")
PROBATION = Entity("body", "Harbour Probation Company", subtype="Service")
YOUTH = Entity("body", "Wendlebury Youth Partnership", subtype="Partnership", area="Wendlebury")
YOUTH_BOARD = Entity("body", "Wendlebury Youth Partnership Board", subtype="Board", area="Wendlebury")
KNIFE_GROUP = Entity("body", "Wendlebury Knife Crime Group", subtype="Group", area="Wendlebury")
ASH_DELIVERY = Entity("body", "Ashcombe Delivery Group", subtype="Group", area="Ashcombe")
ASH_STRATEGIC = Entity("body", "Ashcombe Strategic Board", subtype="Board", area="Ashcombe")
CLEVELAND_PCC = Entity("post", "Cleveland Police and Crime Commissioner", area="Cleveland")
ASH_TRUST = Entity("body", "Ashcombe Victims Trust", subtype="Charity", area="Ashcombe")
ASH_YOUTH = Entity("body", "Ashcombe Youth Partnership", subtype="Partnership", area="Ashcombe")
ASH_YOUTH_BOARD = Entity("body", "Ashcombe Youth Partnership Board", subtype="Board", area="Ashcombe")
MANAGER = Entity("post", "Tasking Support Manager, WBC", area="Wendlebury",
                 aliases=("Tasking Support Manager", "Tasking Support Manager of WBC"))
COMMANDER = Entity("post", "Area Commander, Ashcombe", area="Ashcombe",
                   aliases=("Area Commander", "Area Commander of Ashcombe"))
HOLDER = Entity("post", "Safety Portfolio Holder, Wendlebury Borough Council", area="Wendlebury",
                aliases=("Safety Portfolio Holder",))
LEAD = Entity("post", "Lead, Wendlebury Borough Council", area="Wendlebury",
              aliases=("Lead", "Lead of Wendlebury Borough Council"))

WEND_TEXT = """Wendlebury Community Safety Partnership: annual review 2023
Prevent sits within Contest 2023 as one of its four strands.
The partners are: Wendlebury Borough Council; Wendlebury Police; Wendlebury Clinical Commissioning
Group; Wendlebury Homes.
Tasking group seats: Ola Dunn - Wendlebury Police. Rex Varga - Wendlebury Homes.
The tasking group is chaired by the Safety Portfolio Holder.
Support to the group: Ola Dunn, Tasking Support Manager, WBC. Rex Varga, Lead, Wendlebury Borough Council.
The board's statutory partners are Wendlebury Borough Council and Wendlebury Police. Wendlebury Homes also sits
on the board.
The Wendlebury Business Group keeps watch over the Wendlebury Safeguarding Board's action plan.
The Wendlebury Knife Crime Group is a sub-group of the Wendlebury Youth Partnership Board.
The Wendlebury Community Safety Partnership oversees the work on knife crime.
Rex Varga chairs the Wendlebury Youth Partnership Board.
The Wendlebury Joint Tasking Group answers to the Wendlebury Wellbeing Board and works across Wendlebury.
Safer Wendlebury Partnership members include Wendlebury Borough Council and Harbour Probation Company.
Knife crime: priority lead - Wendlebury Homes.
The knife crime group sends its action log to the Wendlebury Wellbeing Board.
The Wendlebury Joint Tasking Group was set up in March 2021 and takes referrals from Wendlebury Homes.
"""
ASH_TEXT = """Ashcombe Safeguarding Board: minutes, 4 May 2023
Pip Laurent chairs the Ashcombe Safeguarding Board.
Apologies: Ola Dunn.
The Ashcombe Community Safety Partnership is responsible for tackling knife crime.
Also present: Pip Laurent, Area Commander, Ashcombe.
The Ashcombe Police is a partner of the Ashcombe Community Safety Partnership.
The Ashcombe Youth Partnership Board and the Ashcombe Youth Partnership both met.
The Ashcombe Delivery Group reports to the Ashcombe Strategic Board.
The Cleveland Police and Crime Commissioner funds the Ashcombe Victims Trust with £40,000 in 2023/24 from the
Victims Fund. It gives the Ashcombe Youth Partnership £25,000 in 2023/24.
"""


def _wend(t: str) -> list[Fact]:
    partners = ("The partners are: Wendlebury Borough Council; Wendlebury Police; Wendlebury Clinical Commissioning\n"
                "Group; Wendlebury Homes.")
    return [
        _fact(t, "Prevent sits within Contest 2023 as one of its four strands.", PREVENT, "part_of", CONTEST_2023),
        *(_fact(t, partners, body, "member_of", CSP) for body in (COUNCIL, POLICE, CCG, HOMES)),
        _fact(t, "Ola Dunn - Wendlebury Police", OLA, "member_of", TASKING),
        _fact(t, "Ola Dunn - Wendlebury Police", OLA, "member_of", POLICE),
        _fact(t, "Rex Varga - Wendlebury Homes", REX, "member_of", TASKING),
        _fact(t, "Rex Varga - Wendlebury Homes", REX, "member_of", HOMES),
        _fact(t, "Ola Dunn, Tasking Support Manager, WBC", OLA, "holds_post", MANAGER),
        _fact(t, "The tasking group is chaired by the Safety Portfolio Holder.", HOLDER, "chairs", TASKING),
        _fact(t, "Rex Varga, Lead, Wendlebury Borough Council", REX, "holds_post", LEAD),
        *(_fact(t, "The board's statutory partners are Wendlebury Borough Council and Wendlebury Police.", body,
                "member_of", BOARD) for body in (COUNCIL, POLICE)),
        _fact(t, "Wendlebury Homes also sits\non the board.", HOMES, "member_of", BOARD),
        _fact(t, "The Wendlebury Business Group keeps watch over the Wendlebury Safeguarding Board's action plan.",
              BUSINESS, "oversees", BOARD),
        _fact(t, "The Wendlebury Knife Crime Group is a sub-group of the Wendlebury Youth Partnership Board.",
              KNIFE_GROUP, "subgroup_of", YOUTH_BOARD),
        _fact(t, "The Wendlebury Knife Crime Group is a sub-group of the Wendlebury Youth Partnership Board.",
              YOUTH, "member_of", TASKING),
        _fact(t, "The Wendlebury Community Safety Partnership oversees the work on knife crime.", CSP, "oversees",
              KNIFE),
        _fact(t, "Rex Varga chairs the Wendlebury Youth Partnership Board.", REX, "chairs", YOUTH_BOARD),
        _fact(t, "The Wendlebury Joint Tasking Group answers to the Wendlebury Wellbeing Board", TASKING, "reports_to",
              WELLBEING),
        _fact(t, "The Wendlebury Joint Tasking Group answers to the Wendlebury Wellbeing Board and works across "
              "Wendlebury.", TASKING, "covers_area", WENDLEBURY),
        _fact(t, "Safer Wendlebury Partnership members include Wendlebury Borough Council", COUNCIL, "member_of",
              SAFER_W),
        _fact(t, "Safer Wendlebury Partnership members include Wendlebury Borough Council and Harbour Probation "
              "Company.", PROBATION, "member_of", SAFER_W),
        _fact(t, "Knife crime: priority lead - Wendlebury Homes.", KNIFE, "led_by", HOMES),
        _fact(t, "The knife crime group sends its action log to the Wendlebury Wellbeing Board.", KNIFE_GROUP,
              "reports_to", WELLBEING),
        _fact(t, "The Wendlebury Joint Tasking Group was set up in March 2021 and takes referrals from Wendlebury "
              "Homes.", HOMES, "member_of", TASKING),
    ]


def _ash(t: str) -> list[Fact]:
    return [
        _fact(t, "Pip Laurent chairs the Ashcombe Safeguarding Board.", PIP, "chairs", ASH_BOARD),
        _fact(t, "Apologies: Ola Dunn.", OLA, "apologies", ASH_BOARD),
        _fact(t, "The Ashcombe Community Safety Partnership is responsible for tackling knife crime.", ASH_CSP,
              "responsible_for", KNIFE),
        _fact(t, "Pip Laurent, Area Commander, Ashcombe", PIP, "holds_post", COMMANDER),
        _fact(t, "The Ashcombe Police is a partner of the Ashcombe Community Safety Partnership.", ASH_POLICE,
              "member_of", ASH_CSP),
        _fact(t, "The Ashcombe Youth Partnership Board and the Ashcombe Youth Partnership both met.", ASH_YOUTH,
              "member_of", ASH_CSP),
        _fact(t, "The Ashcombe Youth Partnership Board and the Ashcombe Youth Partnership both met.",
              ASH_YOUTH_BOARD, "member_of", ASH_CSP),
        _fact(t, "The Ashcombe Delivery Group reports to the Ashcombe Strategic Board.", ASH_DELIVERY, "reports_to",
              ASH_STRATEGIC),
        _fact(t, "The Cleveland Police and Crime Commissioner funds the Ashcombe Victims Trust with £40,000 in "
              "2023/24", CLEVELAND_PCC, "funds", ASH_TRUST, amount=Decimal(40000), period="2023/24",
              purpose="Victims Fund"),
        _fact(t, "It gives the Ashcombe Youth Partnership £25,000 in 2023/24.", CLEVELAND_PCC, "funds", ASH_YOUTH,
              amount=Decimal(25000), period="2023/24"),
    ]


_document = partial(paper, doc_type="report", date=dt.date(2023, 5, 4))


@pytest.fixture(scope="module")
def asker(tmp_path_factory: pytest.TempPathFactory):
    yield from asker_over(tmp_path_factory, "reach", [
        _document("wendlebury-csp-review-2023", WEND_TEXT, "Wendlebury", _wend),
        _document("ashcombe-sb-minutes-2023", ASH_TEXT, "Ashcombe", _ash),
    ])


def test_a_strategy_asked_for_by_its_kind_is_found_as_its_dated_edition(asker):
    # "counter-terrorism strategy" names the topic; the graph holds the strand as part of the 2023 edition
    assert labels(asker, "Prevent is one strand of which counter-terrorism strategy?") == ["Contest 2023"]
    assert labels(asker, "In Wendlebury, Prevent forms part of which counter-terrorism strategy?") == ["Contest 2023"]


def test_bodies_picked_by_their_sector(asker):
    # a Clinical Commissioning Group is a health body though its name does not say "health"
    assert labels(asker, "Which health body is a member of the Wendlebury Community Safety Partnership?") == [
        "Wendlebury Clinical Commissioning Group"
    ]
    # the list's lead-in names the police only by another member's name: only the police are police partners
    assert labels(asker, "Which police partners sit on the Wendlebury CSP?") == ["Wendlebury Police"]
    assert labels(asker, "Which housing organisations are members of the Wendlebury CSP?") == ["Wendlebury Homes"]
    # no member is of that sector: nothing, never every member
    assert labels(asker, "Which education bodies are members of the Wendlebury CSP?") == []
    # another council's partnership keeps its own police, and a place the graph does not hold is refused
    assert labels(asker, "Which police partners sit on the Ashcombe Community Safety Partnership?") == [
        "Ashcombe Police"
    ]
    assert labels(asker, "Which health bodies sit on the Rutland Community Safety Partnership?") == []


def test_who_are_the_partners_of_a_kind(asker):
    # "who are the statutory partners": those the papers call so, not every member
    assert sorted(labels(asker, "Who are the statutory partners of the Wendlebury Safeguarding Board?")) == [
        "Wendlebury Borough Council", "Wendlebury Police"
    ]
    assert sorted(labels(asker, "Who are the members of the Wendlebury Safeguarding Board?")) == [
        "Wendlebury Borough Council", "Wendlebury Homes", "Wendlebury Police"
    ]
    # words that pick out no subset keep every member
    assert len(labels(asker, "Who are the current members of the Wendlebury Safeguarding Board?")) == 3
    assert labels(asker, "Who are the statutory partners of the Ashcombe Safeguarding Board?") == []


def test_who_sat_on_a_group_for_an_organisation_in_a_year(asker):
    # the membership list is dated by its paper; the year asked for does not make it an attendance question
    group = "the Wendlebury Joint Tasking Group"
    assert labels(asker, f"Who sat on {group} for Wendlebury Police in 2023?") == ["Ola Dunn"]
    assert labels(asker, f"Who sat on {group} for Wendlebury Homes in 2023?") == ["Rex Varga"]
    # nobody sat on it for the council, nor for another council's police
    assert labels(asker, f"Who sat on {group} for Wendlebury Borough Council in 2023?") == []
    assert labels(asker, f"Who sat on {group} for Ashcombe Police in 2023?") == []


def test_who_sets_a_board_s_agenda(asker):
    assert labels(asker, "Which group sets the agenda for the Wendlebury Safeguarding Board?") == [
        "Wendlebury Business Group"
    ]
    # Ashcombe's board has a chair but nobody said to steer it; Rutland is not held at all
    assert labels(asker, "Which group sets the agenda for the Ashcombe Safeguarding Board?") == []
    result = asker.ask("Who sets the agenda for the Rutland Safeguarding Board?")
    assert result.answers == [] and "Rutland" in result.interpretation


def test_a_post_named_with_its_employer_is_answered_by_its_title(asker):
    result = asker.ask("What post does Ola Dunn hold?")
    assert [a.label for a in result.answers] == ["Tasking Support Manager"]
    assert result.answers[0].note == "at WBC"
    # a body the graph holds after the comma is the employer too
    result = asker.ask("Who chairs the Wendlebury Joint Tasking Group?")
    assert [(a.label, a.note) for a in result.answers] == [
        ("Safety Portfolio Holder", "at Wendlebury Borough Council")
    ]
    # a one-word title says too little alone: the employer stays in the name
    assert labels(asker, "What post does Rex Varga hold?") == ["Lead, Wendlebury Borough Council"]
    # a place after the comma is part of the title: the area commanded, not an employer
    assert labels(asker, "What post does Pip Laurent hold?") == ["Area Commander, Ashcombe"]
    # the post is still found by its full name
    assert labels(asker, "Who is the Tasking Support Manager at WBC?") == ["Ola Dunn"]


def test_a_partnership_and_its_board_are_one_body(asker):
    # the sub-group is recorded under the partnership's board; asked of the partnership, it is found there
    for name in ("the Wendlebury Youth Partnership", "the Wendlebury Youth Partnership Board"):
        assert labels(asker, f"What are the sub-groups of {name}?") == ["Wendlebury Knife Crime Group"]
    # only when the partnership itself holds nothing of that relation
    result = asker.ask("What is the Wendlebury Youth Partnership a member of?")
    assert [a.label for a in result.answers] == ["Wendlebury Joint Tasking Group"]
    # another council's partnership and board give nothing of Wendlebury's
    assert labels(asker, "What are the sub-groups of the Ashcombe Youth Partnership?") == []


def test_a_topic_with_a_body_s_words_after_it_is_a_body_s_name(asker):
    assert labels(asker, "Which body oversees knife crime in Wendlebury?") == [
        "Wendlebury Community Safety Partnership"
    ]
    # "the Knife Crime Strategic Partnership" is a partnership the graph does not hold, not the topic (though
    # "strategic" and "delivery" are words of names it holds, Ashcombe's)
    for question in ("Which body oversees the Wendlebury Knife Crime Strategic Partnership?",
                     "Who chairs the Wendlebury Knife Crime Delivery Board?"):
        result = asker.ask(question)
        assert result.answers == [] and "holds nothing called" in result.interpretation


def test_a_police_area_s_commissioner_named_by_the_area_alone(asker):
    # a police area has one commissioner: "the Cleveland Commissioner" is its PCC
    assert sorted(labels(asker, "Who did the Cleveland Commissioner fund?")) == [
        "Ashcombe Victims Trust", "Ashcombe Youth Partnership"
    ]
    # another police area's commissioner is not held: refused, never Cleveland's
    result = asker.ask("Who did the Durham Commissioner fund?")
    assert result.answers == [] and "Durham" in result.interpretation


def test_the_body_of_another_body_is_the_one_asked_about(asker):
    assert labels(asker, "Who chairs the Wendlebury Youth Partnership Board?") == ["Rex Varga"]
    # the sub-group's chair is asked; the board only says which sub-group: its chair is no answer
    assert labels(asker, "Who chairs the Knife Crime Group of the Wendlebury Youth Partnership Board?") == []


def test_what_was_a_grant_is_its_amount(asker):
    question = "What was the Cleveland PCC's grant to the Ashcombe Victims Trust in 2023/24?"
    assert labels(asker, question) == ["£40,000"]
    # asked by the fund's name, with no recipient named: still the amount, not who got it
    # (the fund's name ranks its grant first; the commissioner's other grant of the year follows)
    assert labels(asker, "What was the Cleveland PCC's Victims Fund grant in 2023/24?")[0] == "£40,000"
    # no grant to that body is held: nothing, never another body's grant
    assert labels(asker, "What was the Cleveland PCC's grant to Wendlebury Homes in 2023/24?") == []


def test_where_a_group_sits_and_where_it_is_active(asker):
    # said only to answer to the board, the group sits under it
    assert labels(asker, "Which board does the Wendlebury Joint Tasking Group sit under?") == [
        "Wendlebury Wellbeing Board"
    ]
    # a sub-group said to be one is still preferred: the Knife Crime Group sits under the Youth Partnership Board
    assert labels(asker, "Which board does the Wendlebury Knife Crime Group sit under?") == [
        "Wendlebury Youth Partnership Board"
    ]
    assert labels(asker, "Where is the Wendlebury Joint Tasking Group active?") == ["Wendlebury"]


def test_a_person_s_work_in_everyday_words(asker):
    # her post first; whom she works for when asked where or by whom
    assert labels(asker, "What does Ola Dunn do?") == ["Tasking Support Manager"]
    assert sorted(labels(asker, "Where does Ola Dunn work?")) == ["Wendlebury Joint Tasking Group", "Wendlebury Police"]
    assert "Wendlebury Police" in labels(asker, "Who employs Ola Dunn?")
    # a person the graph does not hold is refused
    assert labels(asker, "Who employs Nell Quarrie?") == []


def test_who_could_not_make_a_meeting(asker):
    for question in ("Who couldn't make the Ashcombe Safeguarding Board meeting on 4 May 2023?",
                     "Who could not make the Ashcombe Safeguarding Board on 4 May 2023?"):
        assert labels(asker, question) == ["Ola Dunn"]
    assert labels(asker, "Who couldn't make the Wendlebury Safeguarding Board meeting on 4 May 2023?") == []


def test_a_body_placed_only_by_its_papers_still_says_whose_answer_is_asked(asker):
    # the partnership's name starts with no place and it has no area: its papers are Wendlebury's, so the
    # Ashcombe partnership that leads on knife crime there is no answer for it
    assert labels(asker, "Who leads on knife crime for the Safer Wendlebury Partnership?") == ["Wendlebury Homes"]
    # a body placed nowhere, which gave nothing: whoever leads on knife crime anywhere is not its lead
    assert labels(asker, "Who leads on knife crime for the Harbour Probation Company?") == []


def test_no_one_represents_a_body_on_a_topic(asker):
    # Ola Dunn is of Wendlebury Police, and sits on the tasking group for it
    assert labels(asker, "Who represents Wendlebury Police on the Wendlebury Joint Tasking Group?") == ["Ola Dunn"]
    # a topic is no body to sit on: the police's people at large are not its representatives on knife crime
    result = asker.ask("Who represents Wendlebury Police on knife crime?")
    assert result.answers == [] and "no one representing" in result.interpretation
    # whom a named person represents is the body they come for, whatever follows "on"
    assert "Wendlebury Police" in labels(asker, "Which organisation does Ola Dunn represent on knife crime?")


def test_whom_a_named_person_represents_on_a_body(asker):
    # the seat list puts Ola Dunn on the tasking group for Wendlebury Police: the body sat on is no answer
    assert labels(asker, "Which organisation does Ola Dunn represent on the Wendlebury Joint Tasking Group?") == [
        "Wendlebury Police"]
    # Rex Varga sits there for a housing company, which is no council
    assert labels(asker, "Which council does Rex Varga represent on the Wendlebury Joint Tasking Group?") == []
    # Ashcombe's minutes list Ola Dunn without an organisation: Wendlebury's paper says nothing of whom she
    # came for in Ashcombe
    assert labels(asker, "Which organisation does Ola Dunn represent on the Ashcombe Safeguarding Board?") == []


def test_what_a_body_is_for_in_everyday_words(asker):
    for question in ("What's the purpose of the Wendlebury Business Group?",
                     "What is the Wendlebury Business Group there to do?",
                     "What does the Wendlebury Business Group exist to do?"):
        assert labels(asker, question) == ["Wendlebury Safeguarding Board"], question
    # a group whose remit the graph does not hold, and a place it does not hold: nothing
    assert labels(asker, "What's the purpose of the Ashcombe Delivery Group?") == []
    assert labels(asker, "What's the purpose of the Rutland Delivery Group?") == []


def test_a_financial_year_written_with_one_digit_after_the_dash(asker):
    from govkg.questions.lexicon import normalise
    from govkg.questions.temporal import find_when

    when, _ = find_when(normalise("Which bodies did the PCC fund in 2023-4?"))
    assert when is not None and when.period == "2023/24"
    # a digit that is not the next year's is no financial year
    assert find_when(normalise("Which 2023 5 groups met?"))[0] is None
    assert labels(asker, "What was the Cleveland PCC's grant to the Ashcombe Victims Trust in 2023-4?") == ["£40,000"]


def test_what_a_body_s_sub_groups_do(asker):
    for question in ("What do the Wendlebury Youth Partnership Board's sub-groups report to?",
                     "What do the sub-groups of the Wendlebury Youth Partnership Board report to?"):
        result = asker.ask(question)
        assert [a.label for a in result.answers] == ["Wendlebury Wellbeing Board"], question
        assert "sub-groups of" in result.interpretation
    # "what are its sub-groups" stays one relation
    assert labels(asker, "What are the sub-groups of the Wendlebury Youth Partnership Board?") == [
        "Wendlebury Knife Crime Group"
    ]
    assert labels(asker, "What do the Wendlebury Youth Partnership Board's Sub-Groups report to?") == [
        "Wendlebury Wellbeing Board"
    ]
    # one sub-group, named, that the graph does not hold: refused, never the board's sub-groups at large
    result = asker.ask("What does the Knife Crime Sub-Group of the Wendlebury Youth Partnership Board report to?")
    assert result.answers == [] and "holds nothing called" in result.interpretation
    # a board with no sub-groups held: nothing to follow, never the board's own reporting line
    result = asker.ask("What do the sub-groups of the Ashcombe Strategic Board report to?")
    assert result.answers == [] and "holds none" in result.interpretation


def test_the_largest_or_smallest_grant(asker):
    assert labels(asker, "Who gets the largest grant from the Cleveland PCC in 2023/24?") == ["Ashcombe Victims Trust"]
    assert labels(asker, "How much is the smallest grant from the Cleveland PCC in 2023/24?") == ["£25,000"]
    # the kind asked for picks the recipients compared
    assert labels(asker, "Which partnership gets the largest grant from the Cleveland PCC?") == [
        "Ashcombe Youth Partnership"
    ]
    result = asker.ask("Which council gets the largest grant from the Cleveland PCC?")
    assert result.answers == [] and "none to a council" in result.interpretation


def test_when_a_body_was_set_up_as_its_papers_write_it(asker):
    for question in ("When was the Wendlebury Joint Tasking Group set up?",
                     "When was the Wendlebury Joint Tasking Group established?"):
        assert labels(asker, question) == ["March 2021"], question
    # no paper says when the Ashcombe board was set up: no date, never the date of a paper about it
    assert labels(asker, "When was the Ashcombe Strategic Board set up?") == []
