"""An amount asked for where no funding allocation of the graph answers: the one amount a sentence of the named
parties' own papers states beside the question's names and words, labelled as read from the paper. Never
another council's paper, never one amount of several that the sentence does not tie to the question's words,
never a share, a change or what each got. Two invented councils, Harrowmere and Loxley, with papers written
for these tests."""

from __future__ import annotations

import pytest
from explorer_fixture import _fact
from question_papers import asker_over, labels, paper

from govkg.graph.model import Entity, Fact

HARROW_PCC = Entity("post", "Harrowmere Police and Crime Commissioner", area="Harrowmere")
HARROW_CSP = Entity("body", "Harrowmere Community Safety Partnership", subtype="Partnership", area="Harrowmere")
LANTERN_FUND = Entity("initiative", "Lantern Recovery Fund", area="Harrowmere")
NIGHT_BUS = Entity("initiative", "Harrowmere Night Bus Scheme", area="Harrowmere")
LOX_PCC = Entity("post", "Loxley Police and Crime Commissioner", area="Loxley")
LOX_CSP = Entity("body", "Loxley Community Safety Partnership", subtype="Partnership", area="Loxley")

HARROW_TEXT = """Harrowmere Police and Crime Commissioner: decision notice 14/2024

1. The Commissioner has approved £47,250 from the Lantern Recovery Fund for the three pilot projects.

2. In 2024/25 the Harrowmere Police and Crime Commissioner funds the Harrowmere Community Safety Partnership
(£61,300) and the Harrowmere Night Bus Scheme (£18,900, run by volunteers).

3. The Commissioner noted that the partnership has grown since its launch.

4. In 2024/25 the Harrowmere Police and Crime Commissioner paid £8,200 of the harbour wardens' costs, and the
Harrowmere Community Safety Partnership met the balance of £3,150 from its own budget.
"""
LOX_TEXT = """Loxley Police and Crime Commissioner: decision notice 9/2024

1. The Commissioner has approved £12,000 for the Loxley Community Safety Partnership's summer work.

2. The Commissioner will put £5,000 or £7,500 into the Loxley bike marking project, once the bids are scored.

3. The Commissioner grants £9,400 from the Lantern Recovery Fund to the four charities named in the annex, and
records the sums the Loxley Community Safety Partnership already had this year.
"""


HARROW_COUNCIL = Entity("body", "Harrowmere Borough Council", subtype="Council", area="Harrowmere")
WARDENS = Entity("topic", "Street Safety")
SCRUTINY_TEXT = """Harrowmere Scrutiny Committee: notes, 2024

1. Last year the Council got £6,400 of grant money to introduce the beacon duty and has asked for more.

2. £3,980 for 2024/25 was set aside as a contribution to the wages of four Harrowmere street safety wardens.

3. Harrowmere Borough Council will give the boxing club £2,700 within the 3 years of the lease.
"""


def _harrow(t: str) -> list[Fact]:
    # no funding allocation: the graph holds the names, and no fact says who got how much
    return [
        _fact(t, "Lantern Recovery Fund", HARROW_PCC, "oversees", LANTERN_FUND),
        _fact(t, "Harrowmere Community Safety Partnership", HARROW_CSP, "reports_to", HARROW_PCC),
        _fact(t, "Harrowmere Night Bus Scheme", HARROW_CSP, "oversees", NIGHT_BUS),
    ]


def _lox(t: str) -> list[Fact]:
    return [_fact(t, "Loxley Community Safety Partnership", LOX_CSP, "reports_to", LOX_PCC),
            # the topic is the Loxley partnership's; Harrowmere's paper below only speaks of it
            _fact(t, "Loxley Community Safety Partnership's summer work", LOX_CSP, "oversees", WARDENS)]


@pytest.fixture(scope="module")
def asker(tmp_path_factory: pytest.TempPathFactory):
    yield from asker_over(tmp_path_factory, "amounts-said", [
        paper("harrowmere-pcc-decision-2024", HARROW_TEXT, "Harrowmere", _harrow),
        paper("loxley-pcc-decision-2024", LOX_TEXT, "Loxley", _lox),
        paper("harrowmere-scrutiny-notes-2024", SCRUTINY_TEXT, "Harrowmere", lambda t: [
            _fact(t, "Harrowmere Borough Council will", HARROW_COUNCIL, "member_of", HARROW_CSP)]),
    ])


def test_the_one_amount_a_sentence_of_its_own_paper_states(asker):
    result = asker.ask("How much did the Harrowmere PCC approve from the Lantern Recovery Fund?")
    assert [a.label for a in result.answers] == ["£47,250"]
    assert "read from their sentences" in result.interpretation
    assert "no funding allocation" in (result.answers[0].note or "")
    assert "approved" in (result.answers[0].evidence[0].quote or "")


def test_of_two_amounts_the_one_beside_the_question_s_words(asker):
    assert labels(asker, "How much does the Harrowmere PCC give for the Night Bus Scheme in 2024/25?") == [
        "£18,900"]


def test_never_another_council_s_sentence(asker):
    # Loxley's papers say nothing of the Lantern Recovery Fund; Harrowmere's £47,250 is not Loxley's
    assert labels(asker, "How much did the Loxley PCC approve from the Lantern Recovery Fund?") == []


def test_no_amount_when_the_sentence_does_not_say_which_or_a_share_or_each_is_asked(asker):
    # two amounts, neither tied to the project more than the other
    assert labels(asker, "How much will the Loxley PCC put into the Loxley bike marking project?") == []
    # a share, a change, what each got: a sentence's one amount says none of these
    assert labels(asker, "How much of the Lantern Recovery Fund did the Harrowmere PCC approve?") == []
    assert labels(asker, "By how much did the Harrowmere PCC approve from the Lantern Recovery Fund?") == []
    assert labels(asker, "How much did each project get from the Harrowmere PCC's Lantern Recovery Fund?") == []
    # the time asked is not the sentence's
    assert labels(asker, "How much does the Harrowmere PCC give for the Night Bus Scheme in 2019/20?") == []


def test_never_an_amount_the_sentence_gives_to_someone_else(asker):
    # the sentence names the partnership, but its £9,400 goes "to the four charities"
    assert labels(asker, "How much did the Loxley Community Safety Partnership get from the Lantern Recovery Fund?"
                  ) == []


def test_of_two_amounts_each_closing_its_own_clause_the_one_whose_clause_names_the_party(asker):
    # "X paid £A ..., and Y met the balance of £B": £B is Y's, though the question's words stand beside £A
    assert labels(asker, "How much did the Harrowmere Community Safety Partnership contribute to the harbour "
                         "wardens' costs in 2024/25?") == ["£3,150"]
    # the party named before the first amount may be giving every amount after it: the words decide
    assert labels(asker, "How much did the Harrowmere PCC pay towards the harbour wardens' costs in 2024/25?") == [
        "£8,200"]


def test_a_council_is_the_council_of_its_own_places_papers(asker):
    assert labels(asker, "How much grant funding did Harrowmere Borough Council receive to introduce the beacon "
                         "duty?") == ["£6,400"]
    # "the Council" of Harrowmere's paper is not Loxley's partnership
    assert labels(asker, "How much did the Loxley Community Safety Partnership receive to introduce the beacon "
                         "duty?") == []


def test_a_number_in_words_is_the_number_in_figures(asker):
    from govkg.questions.sentences import _same

    assert _same("three", "3") and _same("12", "twelve") and not _same("three", "4")
    assert labels(asker, "How much will Harrowmere Borough Council give the boxing trust within three years?"
                  ) == ["£2,700"]


def test_money_towards_what_a_topic_pays_for_is_read_in_the_asked_places_papers_that_speak_of_it(asker):
    # "to the wages of ..." says what the money is for, not someone else who got it
    assert labels(asker, "How much went towards the wages of Harrowmere's street safety wardens in 2024/25?") == [
        "£3,980"]
    assert labels(asker, "How much went towards the wages of Loxley's street safety wardens in 2024/25?") == []
