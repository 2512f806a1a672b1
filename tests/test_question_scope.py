"""A question about one council is never answered with another council's facts: a place said as an owner
("Eastvale's strategy"), money asked about "in" a place, a post "of" a named board. And a board that its
own papers name only by initials can be asked about by its full name, but only in its own place. Two
invented councils, papers written for these tests."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal
from functools import partial

import pytest
from explorer_fixture import _fact
from question_papers import asker_over, labels, paper

from govkg.graph.model import Entity, Fact
from govkg.questions import Asker

EAST_SAB = Entity("body", "ESAB Board", subtype="Board", area="Eastvale", aliases=("ESAB",))
EAST_SCP = Entity("body", "Eastvale Safeguarding Children Partnership", subtype="Partnership", area="Eastvale")
EAST_COUNCIL = Entity("body", "Eastvale Borough Council", subtype="Council", area="Eastvale")
WEST_ESAB = Entity("body", "ESAB Forum", subtype="Forum", area="Westmoor", aliases=("ESAB",))
WEST_SCP = Entity("body", "Westmoor Safeguarding Children Partnership", subtype="Partnership", area="Westmoor")
WEST_COUNCIL = Entity("body", "Westmoor Borough Council", subtype="Council", area="Westmoor")
YOUTH = Entity("body", "Westmoor Youth Project", subtype="Charity", area="Westmoor")
INDEPENDENT_CHAIR = Entity("post", "Independent Chair", area="Westmoor")
CABINET_MEMBER = Entity("post", "Cabinet Member for Community Safety for Eastvale Borough Council", area="Eastvale")
ABUSE = Entity("topic", "Domestic Abuse")
LANTERN = Entity("initiative", "Eastvale Lantern Service", area="Eastvale")
NINA = Entity("person", "Nina Hale")
OMAR = Entity("person", "Omar Haddad")
LENA = Entity("person", "Lena Fisher")
BEN = Entity("person", "Cllr Ben Okafor", aliases=("Ben Okafor",))
RUTH = Entity("person", "Cllr Ruth Abel", aliases=("Ruth Abel",))

EAST_TEXT = """Eastvale Borough Council: safeguarding notes, March 2023
Nina Hale chairs the ESAB Board, which met twice this winter.
Cllr Ben Okafor sits on the ESAB Board.
The Eastvale Safeguarding Children Partnership reports to Eastvale Borough Council.
Cllr Ben Okafor substituted for Cllr Ruth Abel at the March meeting.
Cllr Ruth Abel is Cabinet Member for Community Safety for Eastvale Borough Council.
The Eastvale Lantern Service, overseen by the Safeguarding Children Partnership, supports families after abuse.
"""
WEST_TEXT = """Westmoor Borough Council: partnership notes, March 2023
Omar Haddad leads the council's work on domestic abuse.
Lena Fisher, Independent Chair of the Westmoor Safeguarding Children Partnership, presented the annual report.
Westmoor Borough Council gave £20,000 to the Westmoor Youth Project for domestic abuse outreach in 2023/24.
The ESAB Forum (Early Support Advisory Board) meets monthly.
"""


_document = partial(paper, doc_type="report", date=dt.date(2023, 3, 20))


def _east(t: str) -> list[Fact]:
    return [
        _fact(t, "Nina Hale chairs the ESAB Board", NINA, "chairs", EAST_SAB),
        _fact(t, "Cllr Ben Okafor sits on the ESAB Board.", BEN, "member_of", EAST_SAB),
        _fact(t, "The Eastvale Safeguarding Children Partnership reports to Eastvale Borough Council.", EAST_SCP,
              "reports_to", EAST_COUNCIL),
        _fact(t, "Cllr Ben Okafor substituted for Cllr Ruth Abel", BEN, "other", RUTH, note="substituted for"),
        _fact(t, "Cllr Ruth Abel is Cabinet Member for Community Safety for Eastvale Borough Council.", RUTH,
              "holds_post", CABINET_MEMBER),
        _fact(t, "The Eastvale Lantern Service, overseen by the Safeguarding Children Partnership", EAST_SCP,
              "oversees", LANTERN),
    ]


def _west(t: str) -> list[Fact]:
    gave = "Westmoor Borough Council gave £20,000 to the Westmoor Youth Project for domestic abuse outreach"
    return [
        _fact(t, "Omar Haddad leads the council's work on domestic abuse.", OMAR, "responsible_for", ABUSE),
        _fact(t, "Lena Fisher, Independent Chair of the Westmoor Safeguarding Children Partnership", LENA,
              "holds_post", INDEPENDENT_CHAIR, on_body=WEST_SCP),
        _fact(t, gave, WEST_COUNCIL, "funds", YOUTH, amount=Decimal(20000), period="2023/24",
              purpose="domestic abuse outreach"),
        _fact(t, "The ESAB Forum (Early Support Advisory Board) meets monthly.", WEST_ESAB, "member_of",
              WEST_COUNCIL),
    ]


@pytest.fixture(scope="module")
def asker(tmp_path_factory: pytest.TempPathFactory):
    yield from asker_over(tmp_path_factory, "scope", [
        _document("eastvale-notes-2023", EAST_TEXT, "Eastvale", _east),
        _document("westmoor-notes-2023", WEST_TEXT, "Westmoor", _west),
    ])


def test_a_place_that_owns_the_thing_asked_about_restricts_the_answers(asker):
    assert labels(asker, "Who is responsible for Westmoor's 2023 to 2026 domestic abuse work?") == ["Omar Haddad"]
    # Omar Haddad works for Westmoor: for Eastvale the graph does not say
    result = asker.ask("Who is responsible for Eastvale's 2023 to 2026 domestic abuse work?")
    assert result.answers == [] and "in Eastvale" in result.interpretation


def test_money_asked_about_in_a_place_is_that_place_s_money(asker):
    assert labels(asker, "How much domestic abuse funding was there in Westmoor in 2023/24?") == ["£20,000"]
    assert labels(asker, "How much domestic abuse funding was there in Eastvale in 2023/24?") == []


def test_money_asked_of_a_scheme_no_allocation_names_is_nobodys_allocation(asker):
    # no allocation names the Lantern Service: never Westmoor's grant, though it is for domestic abuse too
    assert labels(asker, "How much is the Eastvale Lantern Service contract worth?") == []
    assert labels(asker, "How much is the Eastvale Lantern Service domestic abuse contract worth?") == []
    # a topic alone still finds the allocations for it
    assert labels(asker, "How much domestic abuse outreach funding was there in 2023/24?") == ["£20,000"]


def test_a_post_of_a_named_board_is_that_board_s_post(asker):
    assert labels(asker, "Who is the Independent Chair of the Westmoor Safeguarding Children Partnership?") == [
        "Lena Fisher"
    ]
    # Eastvale's partnership is held, but no Independent Chair of it is: not Westmoor's
    assert labels(asker, "Who is the Independent Chair of the Eastvale Safeguarding Children Partnership?") == []


def test_a_board_known_by_its_initials_can_be_asked_about_by_its_full_name(asker):
    result = asker.ask("Who chairs the Eastvale Safeguarding Adults Board?")
    assert [a.label for a in result.answers] == ["Nina Hale"]
    assert "ESAB Board (body, Eastvale)" in result.interpretation


def test_initials_of_another_council_s_body_do_not_link(asker):
    # Westmoor's ESAB Forum has the initials, but Westmoor is not Eastvale; and Eastvale has no adults forum
    result = asker.ask("Who sits on the Eastvale Safeguarding Adults Forum?")
    assert result.answers == [] and "ESAB Forum" not in result.interpretation
    assert labels(asker, "Who is on the Westmoor Safeguarding Adults Board?") == []


def test_who_stood_in_for_someone(asker):
    assert labels(asker, "Who stood in for Ruth Abel?") == ["Cllr Ben Okafor"]
    assert labels(asker, "Who did Ben Okafor substitute for?") == ["Cllr Ruth Abel"]


def test_what_grant_asks_for_an_amount_and_a_third_name_says_what_for(asker):
    # the funder and the recipient pin the allocation down; the partnership named after "for" is its purpose
    assert labels(
        asker, "What grant did the Westmoor Youth Project receive from Westmoor Borough Council for the Westmoor "
        "Safeguarding Children Partnership?"
    ) == ["£20,000"]
    # a named party that is neither funder nor recipient still vetoes an allocation it does not pin down
    assert labels(asker, "What grant did the Westmoor Youth Project receive from Eastvale Borough Council?") == []


def test_to_and_a_verb_says_what_the_money_is_for_not_who_got_it(asker):
    assert labels(
        asker, "How much did Westmoor Borough Council give the Westmoor Youth Project to extend its outreach?"
    ) == ["£20,000"]


def test_giving_updates_to_a_body_is_reporting_to_it(asker):
    question = "To which body does the Eastvale Safeguarding Children Partnership give updates?"
    assert labels(asker, question) == ["Eastvale Borough Council"]


def test_a_question_for_a_role_is_not_answered_with_a_person(asker):
    assert labels(asker, "What role does Lena Fisher hold?") == ["Independent Chair"]
    # what the graph holds here is who has the post, not a further role: no answer rather than a person
    question = "What post does the Independent Chair have on the Westmoor Safeguarding Children Partnership?"
    assert labels(asker, question) == []


def test_a_partnership_s_board_is_the_partnership_but_its_executive_is_another_body(asker):
    board = asker.ask("Who does the Eastvale Safeguarding Children Partnership Board report to?")
    assert [a.label for a in board.answers] == ["Eastvale Borough Council"]
    executive = asker.ask("Who does the Eastvale Safeguarding Children Partnership Executive report to?")
    assert executive.answers == [] and executive.refused


def test_a_council_s_post_asked_about_with_the_council_first(asker):
    assert labels(asker, "Who is Eastvale Borough Council's Cabinet Member for Community Safety?") == [
        "Cllr Ruth Abel"
    ]
    # the post is Eastvale's: Westmoor's is not held
    assert labels(asker, "Who is Westmoor Borough Council's Cabinet Member for Community Safety?") == []


def test_what_each_got_is_not_what_they_got_together(tmp_path):
    from govkg.graph.store import LocalStore
    from govkg.pipeline import ensure_vocabulary

    text = "Eastvale Borough Council gave £60,000 to the Eastvale Community Groups in 2023/24.\n"
    groups = Entity("body", "Eastvale Community Groups", subtype="Partnership", area="Eastvale")
    store = LocalStore(tmp_path / "store")
    ensure_vocabulary(store)
    store.load_document(_document("eastvale-grants-2023", text, "Eastvale", lambda t: [
        _fact(t, text.strip(), EAST_COUNCIL, "funds", groups, amount=Decimal(60000), period="2023/24"),
    ]))
    asker = Asker(store)
    assert labels(asker, "How much did the Eastvale Community Groups get in 2023/24?") == ["£60,000"]
    assert labels(asker, "How much did each of the Eastvale Community Groups get in 2023/24?") == []
    store.close()


def test_the_other_partnerships_are_not_the_one_the_graph_holds(tmp_path):
    from govkg.graph.store import LocalStore
    from govkg.pipeline import ensure_vocabulary

    text = ("Eastvale Borough Council passed £45,000 from the Eastvale Safety Fund to the Eastvale District Community"
            " Safety Partnership in 2023/24.\n")
    csp = Entity("body", "Eastvale District Community Safety Partnership", subtype="Partnership", area="Eastvale",
                 aliases=("District Community Safety Partnership",))
    fund = Entity("initiative", "Eastvale Safety Fund", area="Eastvale")
    store = LocalStore(tmp_path / "store")
    ensure_vocabulary(store)
    store.load_document(_document("eastvale-csp-grant-2023", text, "Eastvale", lambda t: [
        _fact(t, text.strip(), fund, "funds", csp, amount=Decimal(45000), period="2023/24"),
    ]))
    asker = Asker(store)
    assert labels(asker, "How much of the Eastvale Safety Fund did the Eastvale District Community Safety Partnership"
                         " receive for 2023/24?") == ["£45,000"]
    # "the other two": partnerships the graph does not name, though it holds one that fits the words; neither
    # that one's money nor the fund's without them answers
    for asked in ("How much of the Eastvale Safety Fund did each of the other two district community safety"
                  " partnerships receive for 2023/24?",
                  "How much of the Eastvale Safety Fund did the other district community safety partnerships in"
                  " Eastvale receive for 2023/24?"):
        result = asker.ask(asked)
        assert result.answers == [] and "does not name the other" in result.interpretation
    store.close()


def test_a_place_in_the_noun_of_a_two_step_question_restricts_its_first_step(asker):
    assert labels(asker, "Who sits on the Eastvale board that Nina Hale chairs?") == ["Cllr Ben Okafor"]
    result = asker.ask("Who sits on the Westmoor board that Nina Hale chairs?")
    assert result.answers == [] and "none of them is in Westmoor" in result.interpretation


def test_a_giver_held_only_as_a_word_of_a_post_s_name_is_not_dropped(tmp_path):
    """ "How much did KPCO allocate": the graph holds "KPCO Grants Officer", a post, but no body called KPCO;
    the question must not be read as money to the recipient from anyone."""
    from govkg.graph.store import LocalStore
    from govkg.pipeline import ensure_vocabulary

    text = ("Eastvale Borough Council gave £60,000 to the Eastvale Community Groups in 2023/24.\n"
            "Nina Hale is the KPCO Grants Officer.\n")
    groups = Entity("body", "Eastvale Community Groups", subtype="Partnership", area="Eastvale")
    officer = Entity("post", "KPCO Grants Officer", area="Eastvale")
    store = LocalStore(tmp_path / "store")
    ensure_vocabulary(store)
    store.load_document(_document("eastvale-grants-2023", text, "Eastvale", lambda t: [
        _fact(t, text.splitlines()[0], EAST_COUNCIL, "funds", groups, amount=Decimal(60000), period="2023/24"),
        _fact(t, text.splitlines()[1], NINA, "holds_post", officer),
    ]))
    asker = Asker(store)
    assert labels(asker, "How much did Eastvale Borough Council give the Eastvale Community Groups?") == ["£60,000"]
    for question in ("How much did KPCO allocate to the Eastvale Community Groups in 2023/24?",
                     "How much did the Eastvale Community Groups receive from KPCO?"):
        result = asker.ask(question)
        assert result.answers == [] and "KPCO" in result.interpretation, (question, result.interpretation)
    store.close()


def test_a_verb_of_giving_written_as_a_name_is_part_of_the_name() -> None:
    from govkg.questions.reading import _party_words

    tokens = "which organisation does the pcc pay to deliver operation provide".split()
    assert _party_words(tokens, set(), {"operation", "provide", "pcc"}) == {4}  # the PCC pays; no one provides
    tokens = "how much did kpco allocate to eastvale".split()
    assert _party_words(tokens, set(), {"kpco", "eastvale"}) == {3}


def test_who_is_never_answered_with_a_paper(tmp_path):
    """ "Who produced the assessment for the partnership" names the producer's paper, not the producer: read the
    wrong way round it would answer with the partnership's papers; no answer is the honest one."""
    from govkg.graph.store import LocalStore
    from govkg.pipeline import ensure_vocabulary

    text = "The Eastvale Community Safety Partnership published the Eastvale Partnership Plan 2024 in May.\n"
    csp = Entity("body", "Eastvale Community Safety Partnership", subtype="Partnership", area="Eastvale")
    plan = Entity("publication", "Eastvale Partnership Plan 2024", area="Eastvale")
    store = LocalStore(tmp_path / "store")
    ensure_vocabulary(store)
    store.load_document(_document("eastvale-plan-2024", text, "Eastvale", lambda t: [
        _fact(t, text.strip(), csp, "produces", plan),
    ]))
    asker = Asker(store)
    assert labels(asker, "What does the Eastvale Community Safety Partnership produce?") == [
        "Eastvale Partnership Plan 2024"]
    assert labels(asker, "Who produced the assessment for the Eastvale Community Safety Partnership?") == []
    store.close()


def test_what_named_grant_asks_for_an_amount_and_who_accepted_it_must_have_got_it(asker):
    # the funder's name before "grant" says whose money; the amount is asked for, not who got it
    assert labels(asker, "What Westmoor Borough Council grant did the Westmoor Youth Project accept?") == ["£20,000"]
    assert labels(asker, "What Westmoor Borough Council grant did the Westmoor Youth Project secure in 2023/24?") == [
        "£20,000"]
    # "the Mayor" is no name the graph holds, but it says who got the money: never the youth project's grant
    assert labels(asker, "What Westmoor Borough Council grant did the Mayor accept?") == []
    assert labels(asker, "What grant did the Mayor accept from Westmoor Borough Council?") == []
