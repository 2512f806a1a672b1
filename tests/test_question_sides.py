"""Which side of a fact the question puts a name on: grants "approved by" a commissioner are not the money
the commissioner was given, however the allocation's text names it; and a sentence that writes the question's
verb only as "inspected by X" answers with X, not with another body it names; and a plan a duty falls "under"
says which papers to read, not a party the answer must be joined to; "which QLF group" is a group the graph
puts under the forum, though neither its name nor its quote says so; and a topic asked about in a place is read
in that place's papers that write it, though they state no fact about it, and a question that links nothing but
a place reads its papers for a sentence that says all the question says. Invented counties, papers written for
these tests."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal
from functools import partial

import pytest
from explorer_fixture import _fact
from question_papers import asker_over, labels, paper

from govkg.graph.model import Entity
from govkg.questions.temporal import When

PCC = Entity("post", "Quillshire Police and Crime Commissioner", area="Quillshire",
             aliases=("Quillshire PCC", "Police and Crime Commissioner"))
WEST_PCC = Entity("post", "Westquill Police and Crime Commissioner", area="Westquill",
                  aliases=("Westquill PCC", "Police and Crime Commissioner"))
MINISTRY = Entity("body", "Ministry of Lanterns")
NORTH_CSP = Entity("body", "North Quill Community Safety Partnership", subtype="Partnership", area="Quillshire",
                   aliases=("North Quill CSP",))
SOUTH_CSP = Entity("body", "South Quill Community Safety Partnership", subtype="Partnership", area="Quillshire",
                   aliases=("South Quill CSP",))

GRANTS_TEXT = """Quillshire Police and Crime Commissioner: decision on lantern grants 2025/26
Report author:    Ada Fenwick-Loy, Lamp Officer, OPCC
The Ministry of Lanterns has given the Quillshire PCC £500,000 for 2025/26, which this decision does not cover.
The Quillshire PCC approves £30,000 for the North Quill CSP for 2025/26.
The Quillshire PCC approves £20,000 for the South Quill CSP for 2025/26.
The Quillshire PCC approves £5,000 for the Wick Steering Group's wick safety work in 2025/26.
Signature: Rowan Tillbury (signed copy held by the office)
"""
FORUM = Entity("body", "Quill Lantern Forum", subtype="Forum", area="Quillshire", aliases=("QLF",))
DELIVERY = Entity("body", "QLF Delivery Board", subtype="Board", area="Quillshire")
WICKS = Entity("body", "Wick Steering Group", subtype="Group", area="Quillshire")
WEST_WICKS = Entity("body", "Westquill Wick Group", subtype="Group", area="Westquill")
WICK_SAFETY = Entity("topic", "Wick Safety")
LANTERN_BOARD = Entity("body", "Quillshire Lantern Board", subtype="Board", area="Quillshire")
LAMP_COMMITTEE = Entity("body", "Quillshire Lamp Committee", subtype="Committee", area="Quillshire")
QUILLSHIRE = Entity("area", "Quillshire")
SAFER_QUILLSHIRE = Entity("body", "Safer Quillshire", subtype="Partnership", area="Quillshire")
LANTERN_UNIT = Entity("body", "Quillshire and Westquill Lantern Unit", subtype="Unit", area="Quillshire")

FORUM_TEXT = """Quill Lantern Forum: about the forum, 2025
The Quill Lantern Forum reports to the Quillshire Lantern Board each spring and its work is inspected by the
Quillshire Lamp Committee.
The Quillshire Lamp Committee meets in the town hall of Quillshire.
Safer Quillshire is the county's community safety partnership.
The Quillshire and Westquill Lantern Unit is a member of the Quill Lantern Forum.
"""
PLAN = Entity("publication", "Quillshire Lantern Plan 2025-28", area="Quillshire",
              aliases=("Quillshire Lantern Plan",))
LAMP_SAFETY = Entity("topic", "Lamp Safety")
WESTQUILL_PANEL = Entity("body", "Westquill Lamp Panel", subtype="Panel", area="Westquill")

PLAN_TEXT = """Quillshire Lantern Plan 2025-28
The Quill Lantern Forum published the Quillshire Lantern Plan 2025-28 in May.
Under the plan, lamp safety is the responsibility of the Quillshire Lamp Committee.
"""
WESTQUILL_TEXT = """Westquill Lamp Panel: terms of reference, 2025
The Westquill Lamp Panel is responsible for lamp safety across Westquill.
The Ministry of Lanterns gave the Westquill PCC £80,000 for 2024/25.
The Westquill Wick Group leads on wick safety.
"""
GROUPS_TEXT = """Quill Lantern Forum (QLF): structure, 2025
The QLF Delivery Board is a sub-group of the Quill Lantern Forum.
The Wick Steering Group sits under the QLF Delivery Board and leads on wick safety.
"""
BRIGHTWICK = Entity("body", "Brightwick Trust", subtype="Charity", area="Quillshire")
HOLLOWMERE = Entity("body", "Hollowmere Care", subtype="Charity", area="Westquill")
WESTQUILL = Entity("area", "Westquill")
TREATMENT_TEXT = """Quillshire health notes, 2025
Drugs and alcohol treatment in Quillshire is commissioned by the county and delivered by Brightwick Trust.
Brightwick Trust works across Quillshire.
Chimney sweeping and gutter clearing services in the county are run by Brightwick Trust at the depot.
"""
WEST_TREATMENT_TEXT = """Westquill health notes, 2025
Drugs and alcohol treatment in Westquill is delivered by Hollowmere Care.
Hollowmere Care works across Westquill.
"""
HEAD_OF_WICKS = Entity("post", "Head of Wicks, Brightwick Trust", area="Quillshire",
                      aliases=("Head of Wicks", "Head of Wicks of Brightwick Trust"))
ADA = Entity("person", "Ada Fenwick-Loy")
MEMBERSHIP_TEXT = """Quillshire Lamp Committee: membership, 2025
Brightwick Trust | Head of Wicks | Member
Hollowmere Care is represented on the Quillshire Lamp Committee by Ada Fenwick-Loy.
"""
COUNTY = Entity("body", "Quillshire County Council", subtype="Council", area="Quillshire")
GREYWATER = Entity("body", "Greywater Wick Board", subtype="Board", area="Quillshire")
BUDGET_TEXT = """Greywater Wick Board: budget 2025/26
Quillshire County Council contributes £7,000 to the Greywater Wick Board for 2025/26.
"""
REPORT_TEXT = """Quillshire Lamp Committee: annual report 2025

The Quillshire Lamp Committee is the lamp body of the county. Since March 2025 it has been chaired by
Ada Fenwick-Loy, who took over from Cllr Bram Oduya-Stone.
"""

_document = partial(paper, doc_type="decision", date=dt.date(2025, 4, 2))


@pytest.fixture(scope="module")
def asker(tmp_path_factory: pytest.TempPathFactory):
    given = "The Ministry of Lanterns has given the Quillshire PCC £500,000 for 2025/26"
    north = "The Quillshire PCC approves £30,000 for the North Quill CSP for 2025/26."
    south = "The Quillshire PCC approves £20,000 for the South Quill CSP for 2025/26."
    yield from asker_over(tmp_path_factory, "sides", [
        _document("quillshire-pcc-lantern-grants-2025", GRANTS_TEXT, "Quillshire", lambda t: [
            _fact(t, given, MINISTRY, "funds", PCC, amount=Decimal(500000), period="2025/26"),
            _fact(t, north, PCC, "funds", NORTH_CSP, amount=Decimal(30000), period="2025/26"),
            _fact(t, south, PCC, "funds", SOUTH_CSP, amount=Decimal(20000), period="2025/26"),
            _fact(t, "The Quillshire PCC approves £5,000 for the Wick Steering Group's wick safety work in 2025/26.",
                  PCC, "funds", WICKS, amount=Decimal(5000), period="2025/26"),
        ]),
        _document("quill-lantern-forum-about-2025", FORUM_TEXT, "Quillshire", lambda t: [
            _fact(t, "The Quill Lantern Forum reports to the Quillshire Lantern Board", FORUM, "reports_to",
                  LANTERN_BOARD),
            _fact(t, "The Quillshire Lamp Committee meets in the town hall of Quillshire.", LAMP_COMMITTEE,
                  "covers_area", QUILLSHIRE),
            _fact(t, "Safer Quillshire is the county's community safety partnership.", SAFER_QUILLSHIRE,
                  "covers_area", QUILLSHIRE),
            _fact(t, "The Quillshire and Westquill Lantern Unit is a member of the Quill Lantern Forum.",
                  LANTERN_UNIT, "member_of", FORUM),
        ]),
        _document("quillshire-lantern-plan-2025", PLAN_TEXT, "Quillshire", lambda t: [
            _fact(t, "The Quill Lantern Forum published the Quillshire Lantern Plan 2025-28", FORUM, "produces", PLAN),
            _fact(t, "lamp safety is the responsibility of the Quillshire Lamp Committee", LAMP_COMMITTEE,
                  "responsible_for", LAMP_SAFETY),
        ]),
        _document("westquill-lamp-panel-tor-2025", WESTQUILL_TEXT, "Westquill", lambda t: [
            _fact(t, "The Westquill Lamp Panel is responsible for lamp safety", WESTQUILL_PANEL, "responsible_for",
                  LAMP_SAFETY),
            _fact(t, "The Westquill Wick Group leads on wick safety.", WEST_WICKS, "responsible_for", WICK_SAFETY),
            _fact(t, "The Ministry of Lanterns gave the Westquill PCC £80,000 for 2024/25.", MINISTRY, "funds",
                  WEST_PCC, amount=Decimal(80000), period="2024/25"),
        ]),
        _document("quill-lantern-forum-structure-2025", GROUPS_TEXT, "Quillshire", lambda t: [
            _fact(t, "The QLF Delivery Board is a sub-group of the Quill Lantern Forum.", DELIVERY, "subgroup_of",
                  FORUM),
            _fact(t, "The Wick Steering Group sits under the QLF Delivery Board", WICKS, "subgroup_of", DELIVERY),
            _fact(t, "The Wick Steering Group sits under the QLF Delivery Board and leads on wick safety.", WICKS,
                  "responsible_for", WICK_SAFETY),
        ]),
        _document("quillshire-lamp-committee-membership-2025", MEMBERSHIP_TEXT, "Quillshire", lambda t: [
            _fact(t, "Brightwick Trust | Head of Wicks", BRIGHTWICK, "represented_by", HEAD_OF_WICKS,
                  on_body=LAMP_COMMITTEE),
            _fact(t, "Hollowmere Care is represented on the Quillshire Lamp Committee by Ada Fenwick-Loy.",
                  HOLLOWMERE, "represented_by", ADA, on_body=LAMP_COMMITTEE),
        ]),
        _document("greywater-wick-board-budget-2025", BUDGET_TEXT, "Quillshire", lambda t: [
            _fact(t, "Quillshire County Council contributes £7,000 to the Greywater Wick Board for 2025/26.",
                  COUNTY, "funds", GREYWATER, amount=Decimal(7000), period="2025/26"),
        ]),
        _document("quillshire-lamp-committee-report-2025", REPORT_TEXT, "Quillshire", lambda t: [
            _fact(t, "Since March 2025 it has been chaired by\nAda Fenwick-Loy", ADA, "chairs", LAMP_COMMITTEE),
        ]),
        _document("quillshire-health-notes-2025", TREATMENT_TEXT, "Quillshire", lambda t: [
            _fact(t, "Brightwick Trust works across Quillshire.", BRIGHTWICK, "covers_area", QUILLSHIRE),
        ]),
        _document("westquill-health-notes-2025", WEST_TREATMENT_TEXT, "Westquill", lambda t: [
            _fact(t, "Hollowmere Care works across Westquill.", HOLLOWMERE, "covers_area", WESTQUILL),
        ]),
    ])


def test_a_total_of_grants_by_a_funder_leaves_out_the_money_it_was_given(asker):
    got = asker.ask("What was the total of the grants approved by the Quillshire PCC for 2025/26?")
    assert [a.label for a in got.answers] == ["£55,000"]
    # the other way round, the commissioner is the one given the money
    assert labels(asker, "How much was given to the Quillshire PCC for 2025/26?") == ["£500,000"]
    assert labels(asker, "How much did the Quillshire PCC receive from the Ministry of Lanterns?") == ["£500,000"]


def test_a_funder_named_with_from_is_never_the_recipient(asker):
    # nothing was given by the North Quill CSP: no answer, not the grant it received
    assert labels(asker, "How much funding came from the North Quill CSP in 2025/26?") == []


def test_a_passive_verb_s_doer_is_the_name_after_by(asker):
    # no fact says who inspects the forum; its paper's sentence does, after "inspected by"
    assert labels(asker, "Which body inspects the Quill Lantern Forum?") == ["Quillshire Lamp Committee"]


def test_a_plan_a_duty_falls_under_picks_the_papers_not_a_party(asker):
    question = "Which body is responsible for lamp safety under the Quillshire Lantern Plan?"
    assert labels(asker, question) == ["Quillshire Lamp Committee"]
    # without the plan, both councils' bodies have the duty
    assert set(labels(asker, "Which body is responsible for lamp safety?")) == {
        "Quillshire Lamp Committee", "Westquill Lamp Panel"}
    # a plan the graph does not hold is refused, never read as any plan
    assert labels(asker, "Which body is responsible for lamp safety under the Westquill Lantern Plan?") == []


def test_which_group_of_a_partnership_is_one_the_graph_puts_under_it(asker):
    assert labels(asker, "Which QLF group is responsible for wick safety?") == ["Wick Steering Group"]
    assert labels(asker, "Which Quill Lantern Forum group is responsible for wick safety?") == ["Wick Steering Group"]


def test_a_topic_in_a_place_is_read_in_the_place_s_papers_that_write_it(asker):
    # no fact names the provider, and no fact of either paper is about the topic: its sentence says
    assert labels(asker, "Who delivers drugs and alcohol treatment in Quillshire?") == ["Brightwick Trust"]
    assert labels(asker, "Who delivers drugs and alcohol treatment in Westquill?") == ["Hollowmere Care"]
    assert labels(asker, "Who delivers drugs and alcohol treatment in Rutland?") == []


def test_a_question_that_links_only_a_place_reads_its_papers_sentences(asker):
    question = "Who runs chimney sweeping and gutter clearing services in {}?"
    assert labels(asker, question.format("Quillshire")) == ["Brightwick Trust"]
    # never another council's sentence
    assert labels(asker, question.format("Westquill")) == []
    # a name the graph does not hold is not read past
    assert labels(asker, "Who runs chimney sweeping for Operation Soot in Quillshire?") == []


def test_who_a_funder_funded_for_a_purpose_is_who_its_quote_says_so_of(asker):
    assert labels(asker, "Which organisations did the Quillshire PCC fund for wick safety?") == ["Wick Steering Group"]
    # for a purpose no allocation's quote names: nothing, never every allocation of the funder
    assert labels(asker, "Which organisations did the Quillshire PCC fund for lamp safety?") == []


def test_a_partnership_named_for_a_place_the_graph_does_not_hold_is_refused(asker):
    # "Safer Rutland" is a partnership of a place the graph holds nothing about, not a person called Rutland
    for name in ("Safer Rutland", "Safe Rutland", "Keeping Rutland"):
        result = asker.ask(f"Which body is responsible for lamp safety for {name}?")
        assert result.answers == [] and "Rutland" in result.interpretation


def test_who_represents_a_body_is_a_person_not_a_post_with_no_holder(asker):
    result = asker.ask("Who represents Brightwick Trust on the Quillshire Lamp Committee?")
    assert result.answers == [] and "Head of Wicks" in result.interpretation
    assert labels(asker, "Who represents Hollowmere Care on the Quillshire Lamp Committee?") == ["Ada Fenwick-Loy"]


def test_a_recipient_named_by_the_last_words_of_its_name_and_its_budget(asker):
    question = "How much did Quillshire County Council contribute to the wick board budget in 2025/26?"
    assert labels(asker, question) == ["£7,000"]
    # words that name no recipient of its still stop it
    assert labels(asker, "How much did Quillshire County Council contribute to the lantern panel budget?") == []


def test_what_grant_does_a_funder_give_asks_for_the_amount(asker):
    # ("does" is read as "doe" once normalised: it asks as "did" does)
    assert labels(asker, "What grant does the Quillshire PCC give the North Quill CSP for 2025/26?") == ["£30,000"]
    question = "What lantern safety grant does the Quillshire PCC give the North Quill CSP for 2025/26?"
    assert labels(asker, question) == ["£30,000"]


def test_a_party_named_with_its_place_is_not_met_by_another_place_s_namesake(asker):
    # the Westquill PCC is also a "Police and Crime Commissioner": not the Quillshire one asked about
    assert labels(asker, "How much Ministry of Lanterns grant did the Quillshire PCC use in 2024/25?") == []
    assert labels(asker, "How much Ministry of Lanterns grant did the Westquill PCC use in 2024/25?") == ["£80,000"]


def test_a_year_asked_of_a_financial_year_is_either_year_it_spans():
    assert When("2021").matches(None, "2020/21") and When("2021").matches(None, "2021/22")
    assert When("2021").matches(None, "2020-2021")
    assert not When("2021").matches(None, "2019/20") and not When("2021").matches(None, "2022/23")


def test_who_chaired_a_body_before_a_month_is_whom_its_chair_took_over_from(asker):
    assert labels(asker, "Who chairs the Quillshire Lamp Committee?") == ["Ada Fenwick-Loy"]
    assert labels(asker, "Who chaired the Quillshire Lamp Committee before March 2025?") == ["Cllr Bram Oduya-Stone"]
    # the hand-over is not said to be then: no answer
    assert labels(asker, "Who chaired the Quillshire Lamp Committee before June 2024?") == []
    assert labels(asker, "Who chaired the Westquill Lamp Panel before March 2025?") == []


def test_who_wrote_or_signed_a_paper_is_its_author_or_signature_line(asker):
    assert labels(asker, "Who wrote the Quillshire PCC's lantern grants decision?") == ["Ada Fenwick-Loy"]
    assert labels(asker, "Who signed the Quillshire PCC's lantern grants decision?") == ["Rowan Tillbury"]
    # the Westquill papers name no author: never the Quillshire paper's
    assert labels(asker, "Who wrote the Westquill PCC's decision on lamps?") == []


def test_the_places_a_body_s_name_lists_are_what_it_covers_when_no_fact_says(asker):
    got = asker.ask("Which areas does the Quillshire and Westquill Lantern Unit cover?")
    assert [a.label for a in got.answers] == ["Quillshire", "Westquill"]
    assert "name" in (got.answers[0].note or "")
    # one place in the name is no list: its covers_area fact, or nothing
    assert labels(asker, "Which areas does Safer Quillshire cover?") == ["Quillshire"]
