"""Questions whose answer the graph holds under a relation their words did not reach, over two invented councils,
Larkmoor and Fenbridge: whom a councillor spoke for, the directorate a service sits in, the Act a duty was
brought in under. Papers written for these tests; each reach is checked against the other council's graph and
a place the graph does not hold."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal
from functools import partial

import pytest
from explorer_fixture import _fact
from question_papers import asker_over, labels, paper

from govkg.graph.model import Entity, Fact

LARK_COUNCIL = Entity("body", "Larkmoor Borough Council", subtype="Council", area="Larkmoor")
LARK_GREENS = Entity("body", "Larkmoor Green Group", subtype="Group", area="Larkmoor")
LARK_PLAN = Entity("publication", "Larkmoor Youth Justice Plan 2024-27", area="Larkmoor")
LARK_YJS = Entity("body", "Larkmoor Youth Justice Service", subtype="Service", area="Larkmoor")
LARK_DIRECTORATE = Entity("body", "Larkmoor Borough Council Families and Communities directorate",
                          subtype="Directorate", area="Larkmoor")
CAREY = Entity("person", "Tamsin Carey")
LARK_DUTY = Entity("initiative", "Larkmoor Night Safety Duty", area="Larkmoor")
NIGHT_ACT = Entity("legislation", "Night Economy Safety Act 2024")
FEN_COUNCIL = Entity("body", "Fenbridge District Council", subtype="Council", area="Fenbridge")
FEN_YJS = Entity("body", "Fenbridge Youth Justice Service", subtype="Service", area="Fenbridge")
FEN_DEPARTMENT = Entity("body", "Fenbridge District Council People department", subtype="Directorate",
                        area="Fenbridge")
FEN_CSP = Entity("body", "Fenbridge Community Safety Partnership", subtype="Partnership", area="Fenbridge",
                 aliases=("Community Safety Partnership",))
FEN_FORUM = Entity("body", "Fenbridge Overview Forum", subtype="Forum", area="Fenbridge")
FEN_DUTY = Entity("initiative", "Fenbridge River Safety Duty", area="Fenbridge")
LARK_PCC = Entity("post", "Larkmoor Police and Crime Commissioner", area="Larkmoor",
                  aliases=("PCC for Larkmoor", "Police and Crime Commissioner for Larkmoor",
                           "Police and Crime Commissioner"))
HILLS_YOT = Entity("body", "Youth Offending Team in Larkmoor Hills", subtype="Team", area="Larkmoor")
LARK_CSP = Entity("body", "Larkmoor Community Safety Partnership", subtype="Partnership", area="Larkmoor")
LARK_POLICE = Entity("body", "Larkmoor Police", subtype="Police", area="Larkmoor")
LARK_HEALTH = Entity("body", "Larkmoor Health Trust", subtype="Trust", area="Larkmoor")
AUTHORITIES = Entity("body", "Responsible authorities")
CDA = Entity("legislation", "Crime and Disorder Act 1998")
KNIFE = Entity("topic", "Knife Crime")
LARK_REOFFENDING = Entity("body", "Larkmoor Reducing Reoffending Group", subtype="Group", area="Larkmoor",
                          aliases=("Reducing Reoffending Group",))
VICTIM_HUB = Entity("body", "Larkmoor Victim Hub", subtype="Charity", area="Larkmoor")
RUTLAND = Entity("body", "Rutland County Council", subtype="Council", area="Rutland")
LARK_SAB = Entity("body", "Larkmoor Safeguarding Adults Board", subtype="Board", area="Larkmoor")
LARK_CHAIR = Entity("person", "Oriel Stanmore")
VALE = Entity("person", "Idris Vale")
MARSH = Entity("person", "Juno Marsh")
JOINT_PANEL = Entity("body", "Fenbridge and Larkmoor Joint Panel", subtype="Panel", area="Fenbridge")

LARK_TEXT = """Larkmoor Borough Council: Cabinet, 9 October 2024
Item 5: the Larkmoor Youth Justice Plan 2024-27 was received.
Cllr Tamsin Carey spoke to the plan for the Larkmoor Green Group and asked about waiting times.
The Larkmoor Youth Justice Service is placed in the council's Families and Communities directorate.
The Larkmoor Night Safety Duty came in last spring under the Night Economy Safety Act 2024.
Oriel Stanmore remains the independent chair of the Larkmoor Safeguarding Adults Board.
The Youth Offending Team in Larkmoor Hills now has £30,000 a year from the Larkmoor Police and Crime Commissioner.
Larkmoor Community Safety Partnership core members: Larkmoor Borough Council, Larkmoor Police, Larkmoor Health Trust.
Rutland Council lends its hate crime officer to the Larkmoor Safeguarding Adults Board.
The Reducing Reoffending Group sits under the board and meets each quarter.
The Larkmoor Community Safety Partnership is chaired by the Police and Crime Commissioner for Larkmoor.
The Larkmoor Police and Crime Commissioner has renewed the Larkmoor Victim Hub's contract for two more years.
Present: Cllr Idris Vale, Cllr Juno Marsh.
Item 6: Cllr Idris Vale introduced the quarterly report on street lighting.
"""
FEN_TEXT = """Fenbridge District Council: Overview Committee, 2 September 2024
The Fenbridge Youth Justice Service is part of the council's People department.
The Fenbridge River Safety Duty is part of the Fenbridge Community Safety Partnership's work plan.
The Fenbridge and Larkmoor Joint Panel is part of the council's People department too.
Under the Crime and Disorder Act 1998 the responsible authorities must work together on knife crime in the district.
The Community Safety Partnership sends its yearly report to the forum for comment.
"""


def _lark(t: str) -> list[Fact]:
    return [
        _fact(t, "Cllr Tamsin Carey spoke to the plan for the Larkmoor Green Group", LARK_GREENS, "represented_by",
              CAREY),
        _fact(t, "The Larkmoor Youth Justice Service is placed in the council's Families and Communities directorate.",
              LARK_YJS, "part_of", LARK_DIRECTORATE),
        _fact(t, "The Larkmoor Youth Justice Service is placed in the council's Families and Communities directorate.",
              LARK_DIRECTORATE, "part_of", LARK_COUNCIL),
        _fact(t, "The Larkmoor Night Safety Duty came in last spring under the Night Economy Safety Act 2024.",
              LARK_DUTY, "part_of", NIGHT_ACT),
        _fact(t, "Oriel Stanmore remains the independent chair of the Larkmoor Safeguarding Adults Board.",
              LARK_CHAIR, "chairs", LARK_SAB),
        _fact(t, "The Youth Offending Team in Larkmoor Hills now has £30,000 a year from the Larkmoor Police and "
              "Crime Commissioner.", LARK_PCC, "funds", HILLS_YOT, amount=Decimal(30000)),
        *(_fact(t, "Larkmoor Community Safety Partnership core members: Larkmoor Borough Council, Larkmoor Police, "
                "Larkmoor Health Trust.", body, "member_of", LARK_CSP) for body in (LARK_COUNCIL, LARK_POLICE,
                                                                                   LARK_HEALTH)),
        _fact(t, "Rutland Council lends its hate crime officer to the Larkmoor Safeguarding Adults Board.", RUTLAND,
              "member_of", LARK_SAB),
        _fact(t, "The Reducing Reoffending Group sits under the board and meets each quarter.", LARK_REOFFENDING,
              "subgroup_of", LARK_SAB),
        _fact(t, "The Larkmoor Community Safety Partnership is chaired by the Police and Crime Commissioner for "
              "Larkmoor.", LARK_PCC, "chairs", LARK_CSP),
        _fact(t, "The Larkmoor Police and Crime Commissioner has renewed the Larkmoor Victim Hub's contract", LARK_PCC,
              "commissions", VICTIM_HUB),
        *(_fact(t, "Present: Cllr Idris Vale, Cllr Juno Marsh.", person, "attended", LARK_COUNCIL)
          for person in (VALE, MARSH)),
    ]


def _fen(t: str) -> list[Fact]:
    return [
        _fact(t, "The Fenbridge Youth Justice Service is part of the council's People department.", FEN_YJS,
              "part_of", FEN_DEPARTMENT),
        _fact(t, "The Fenbridge River Safety Duty is part of the Fenbridge Community Safety Partnership's work plan.",
              FEN_DUTY, "part_of", FEN_CSP),
        _fact(t, "The Fenbridge and Larkmoor Joint Panel is part of the council's People department",
              JOINT_PANEL, "part_of", FEN_DEPARTMENT),
        _fact(t, "Under the Crime and Disorder Act 1998 the responsible authorities must work together on knife crime",
              AUTHORITIES, "responsible_for", KNIFE),
        _fact(t, "Under the Crime and Disorder Act 1998 the responsible authorities must work together",
              AUTHORITIES, "statutory_duty", CDA),
        _fact(t, "The Community Safety Partnership sends its yearly report to the forum for comment.", FEN_CSP,
              "reports_to", FEN_FORUM),
    ]


_document = partial(paper, doc_type="minutes", date=dt.date(2024, 10, 9))


@pytest.fixture(scope="module")
def asker(tmp_path_factory: pytest.TempPathFactory):
    yield from asker_over(tmp_path_factory, "joins", [
        _document("larkmoor-cabinet-2024", LARK_TEXT, "Larkmoor", _lark),
        _document("fenbridge-overview-2024", FEN_TEXT, "Fenbridge", _fen),
    ])


def test_on_whose_behalf_a_person_spoke_is_whom_they_represented(asker):
    assert labels(asker, "On whose behalf did Tamsin Carey speak about the Larkmoor Youth Justice Plan 2024-27?") == [
        "Larkmoor Green Group"
    ]
    assert labels(asker, "Whose behalf was Cllr Tamsin Carey speaking on?") == ["Larkmoor Green Group"]


def test_the_whole_a_service_is_positioned_within(asker):
    directorate = ["Larkmoor Borough Council Families and Communities directorate"]
    assert labels(asker, "Within which Larkmoor Borough Council directorate is the Youth Justice Service "
                         "positioned?") == directorate
    assert labels(asker, "Which directorate is the Larkmoor Youth Justice Service located within?") == directorate
    assert labels(asker, "Where is the Larkmoor Youth Justice Service housed?") == directorate
    # the other council's service sits in its own department, never Larkmoor's
    assert labels(asker, "Within which department is the Fenbridge Youth Justice Service positioned?") == [
        "Fenbridge District Council People department"
    ]
    # a place the graph does not hold is refused
    assert labels(asker, "Within which directorate is the Kettleby Youth Justice Service positioned?") == []


def test_the_act_a_duty_was_brought_in_under(asker):
    assert labels(asker, "Under which Act was the Larkmoor Night Safety Duty introduced?") == [
        "Night Economy Safety Act 2024"
    ]
    assert labels(asker, "Which Act brought in the Larkmoor Night Safety Duty?") == ["Night Economy Safety Act 2024"]
    # a duty that is part of a work plan, with no Act in the quote, is under no Act the graph knows
    assert labels(asker, "Under which Act was the Fenbridge River Safety Duty introduced?") == []
    assert labels(asker, "Under which Act was the Kettleby Night Safety Duty introduced?") == []


def test_the_area_a_body_is_named_for_when_no_paper_says_what_it_covers(asker):
    result = asker.ask("Which area does the Larkmoor Safeguarding Adults Board cover?")
    assert [a.label for a in result.answers] == ["Larkmoor"]
    # the answer says where it comes from, and keeps a quote of the board's paper
    assert "the area its name gives" in result.interpretation
    assert result.answers[0].evidence and result.answers[0].evidence[0].quote
    assert labels(asker, "Which areas are covered by the Larkmoor Safeguarding Adults Board?") == ["Larkmoor"]
    # a name of two places: one of them would be half the answer, so both, as its name lists them
    assert labels(asker, "Which areas does the Fenbridge and Larkmoor Joint Panel cover?") == ["Fenbridge", "Larkmoor"]
    # a body the graph does not hold, of a place it does or does not
    assert labels(asker, "Which area does the Fenbridge Safeguarding Adults Board cover?") == []
    assert labels(asker, "Which area does the Kettleby Safeguarding Adults Board cover?") == []


def test_what_a_team_is_given_each_year(asker):
    # the passive asks for the money as "what does the PCC give" does; "each year" says how often, not to whom,
    # and a name ending in "s" is no plural of several recipients
    assert labels(asker, "What is the Youth Offending Team in Larkmoor Hills given each year by the Larkmoor "
                         "PCC?") == ["£30,000"]
    assert labels(asker, "How much is the Youth Offending Team in Larkmoor Hills given by the Larkmoor Police "
                         "and Crime Commissioner?") == ["£30,000"]
    assert labels(asker, "How much does the Larkmoor PCC give the Youth Offending Team in Larkmoor Hills each "
                         "year?") == ["£30,000"]
    # given a task, not money
    assert not any(a.startswith("£") for a in labels(
        asker, "What is the Youth Offending Team in Larkmoor Hills given responsibility for by the Larkmoor PCC?"))
    # another council's team, and a place the graph does not hold
    assert labels(asker, "What is the Fenbridge Youth Justice Service given each year by the Larkmoor PCC?") == []
    assert labels(asker, "What is the Youth Offending Team in Kettleby given each year by the Larkmoor PCC?") == []


def test_relation_words_that_name_another_councils_body_stay_relation_words(asker):
    # Fenbridge's paper calls a body "the responsible authorities": in a question about Larkmoor's partnership
    # the words say membership, and never bring in Fenbridge's body
    assert labels(asker, "Which health body is among the responsible authorities in the Larkmoor Community Safety "
                         "Partnership?") == ["Larkmoor Health Trust"]
    assert labels(asker, "What must the responsible authorities in Larkmoor tackle?") == []
    assert labels(asker, "What must the responsible authorities in Kettleby tackle?") == []


def test_what_bodies_must_tackle_under_an_act(asker):
    # "tackle" asks what they are responsible for; the year after "Act" is the Act's name, not a time asked
    assert labels(asker, "What must the responsible authorities in Fenbridge tackle under the Crime and Disorder "
                         "Act 1998?") == ["Knife Crime"]
    assert labels(asker, "What do the Fenbridge responsible authorities work together to reduce?") == ["Knife Crime"]
    # an asked year still narrows: nothing was said in 1995
    assert labels(asker, "What did the responsible authorities in Fenbridge tackle in 1995?") == []


def test_an_answer_is_named_as_its_paper_writes_it_even_by_the_gazetteers_other_name(asker):
    # the paper writes "Rutland Council", a name the gazetteer gives the council; the graph labels it by its
    # formal name: the answer keeps the paper's words, which the user finds in the quote
    assert labels(asker, "Which council is a member of the Larkmoor Safeguarding Adults Board?") == ["Rutland Council"]

    # a group's own name, which the graph's label only puts the place before: the paper's words
    assert labels(asker, "What are the sub-groups of the Larkmoor Safeguarding Adults Board?") == [
        "Reducing Reoffending Group"
    ]
    # a name of kind words alone needs its place: the label stays
    assert labels(asker, "What reports to the Fenbridge Overview Forum?") == ["Fenbridge Community Safety Partnership"]
    # of two names that read the same once short forms are spelled out, the one written out; never a shorter
    # name that drops the place
    assert labels(asker, "Who chairs the Larkmoor Community Safety Partnership?") == [
        "Police and Crime Commissioner for Larkmoor"
    ]


def test_before_a_date_asks_what_was_so_earlier(asker):
    # the chair is recorded in a paper of October 2024: so before 2025, not known before 2024 (never the chair
    # of a later paper for an earlier time)
    assert labels(asker, "Who chaired the Larkmoor Safeguarding Adults Board before 2025?") == ["Oriel Stanmore"]
    assert labels(asker, "Who chaired the Larkmoor Safeguarding Adults Board before March 2024?") == []
    assert labels(asker, "Who chaired the Larkmoor Safeguarding Adults Board prior to 1 May 2024?") == []
    assert labels(asker, "Who chaired the Larkmoor Safeguarding Adults Board in October 2024?") == ["Oriel Stanmore"]


def test_whose_contracts_a_commissioner_renewed(asker):
    # a contract is a service bought: what the commissioner commissions, never a team it gives a grant to
    assert labels(asker, "Whose contracts did the Larkmoor PCC renew?") == ["Larkmoor Victim Hub"]
    assert labels(asker, "Which charity did the Larkmoor Police and Crime Commissioner renew a contract with?") == [
        "Larkmoor Victim Hub"
    ]
    assert labels(asker, "Whose contracts did the Kettleby PCC renew?") == []


def test_a_word_no_name_holds_inside_a_name_stops_the_reading(asker):
    # an unknown place or word inside a held name makes another body's name: refused, never the held body's
    for question in (
        "Who chairs the Larkmoor and Oxley Community Safety Partnership?",
        "Who chairs the Larkmoor and Oxley CSP?",
        "Who chairs the Larkmoor Oxley Community Safety Partnership?",
        "Who are the members of the Larkmoor and Oxley Community Safety Partnership?",
        "who chairs the larkmoor and oxley csp",
        "Who chairs the Larkmoor and Pembury Safeguarding Adults Board?",
        "Who chairs the Larkmoor Safeguarding Older Adults Board?",
    ):
        assert labels(asker, question) == [], question
    # a slip in a word, or a word left out, still names the held board
    assert labels(asker, "Who chairs the Larkmoor Safeguardng Adults Board?") == ["Oriel Stanmore"]
    assert labels(asker, "Who chairs the Larkmoor Safeguarding Adult Board?") == ["Oriel Stanmore"]
    assert labels(asker, "Who chairs the Larkmoor and Oxley CSP?") == []
    assert "Oxley" in asker.ask("Who chairs the Larkmoor and Oxley CSP?").interpretation


def test_a_name_word_the_linked_body_lacks_stops_a_loose_link(asker):
    # "Knife" and "Night" are words of other held names, so linking may pass over them; written inside the
    # partnership's name they make another partnership's name, which the graph does not hold
    for question in (
        "Who chairs the Larkmoor Knife Community Safety Partnership?",
        "Who chairs the Larkmoor Night Community Safety Partnership?",
        "who chairs the larkmoor night community safety partnership",
    ):
        result = asker.ask(question)
        assert [a.label for a in result.answers] == [], question
        assert "holds nothing called" in result.interpretation
    assert labels(asker, "Who chairs the Larkmoor Community Safety Partnership?") == [
        "Police and Crime Commissioner for Larkmoor"
    ]


def test_who_spoke_is_read_in_the_paper_when_the_attendance_quote_does_not_say(asker):
    # both attended; only one is written introducing a report, in a sentence of the same paper
    result = asker.ask("Who briefed Larkmoor Borough Council?")
    assert [a.label for a in result.answers] == ["Idris Vale"]
    assert "introduced the quarterly report" in result.answers[0].evidence[0].quote
    assert labels(asker, "Who introduced a report to Larkmoor Borough Council?") == ["Idris Vale"]
    # everyone present still attended; another council's meeting has no speaker
    assert sorted(labels(asker, "Who attended Larkmoor Borough Council?")) == ["Idris Vale", "Juno Marsh"]
    assert labels(asker, "Who briefed Fenbridge District Council?") == []


def test_a_topic_written_inside_a_body_name_makes_a_name_the_graph_does_not_hold(asker):
    # "Victim" links a topic and "Community Safety Partnership" the Larkmoor partnership: one name together,
    # which no body has
    for question in (
        "Who chairs the Larkmoor Victim Community Safety Partnership?",
        "Who chairs the Victim Community Safety Partnership in Larkmoor?",
    ):
        result = asker.ask(question)
        assert [a.label for a in result.answers] == [], question
        assert "holds nothing called" in result.interpretation
    # the topic asked of the partnership, with words between, is still read
    assert "Knife Crime" in asker.ask("Who leads on Knife Crime for the Larkmoor Community Safety "
                                      "Partnership?").interpretation


def test_places_written_before_a_name_must_all_be_the_bodys(asker):
    # the panel is Fenbridge's and Larkmoor's, in either order
    for question in ("What is the Fenbridge and Larkmoor Joint Panel part of?",
                     "What is the Larkmoor and Fenbridge Joint Panel part of?"):
        assert labels(asker, question) == ["Fenbridge District Council People department"], question
    # Rutland is a place the graph holds, but not the panel's: another panel, which the graph does not hold
    result = asker.ask("What is the Rutland and Larkmoor Joint Panel part of?")
    assert [a.label for a in result.answers] == []
    assert "Rutland and Larkmoor Joint Panel" in result.interpretation
    assert labels(asker, "What is the Kettleby and Larkmoor Joint Panel part of?") == []


def test_a_bare_acronym_takes_no_gazetteer_names():
    from govkg.questions.linking import public_body_names

    # "SYP" is what the papers call their Safer Yarrow Partnership; the gazetteer's South Yorkshire Police is
    # another body with the same letters, whose name must never link to the partnership
    assert "South Yorkshire Police" not in public_body_names({"Safer Yarrow Partnership", "SYP"})
    # a force named in words still has the gazetteer's other names
    assert "South Yorkshire Police" in public_body_names({"South Yorkshire Police"})
