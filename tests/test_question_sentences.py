"""The last route: an answer read from one sentence of the papers of what the question names, when no fact
joins them. Two invented councils, Eastvale and Westmoor, with papers written for these tests: the sentence
must write a linked name and the question's own words, the answer is of the kind asked ("which Act", "who",
"which towns"), never a name the question gives, never from another council's paper, and labelled as read
from the paper's words."""

from __future__ import annotations

import pytest
from explorer_fixture import _fact
from question_papers import asker_over, labels, paper

from govkg.graph.model import Entity, Fact
from govkg.questions.lexicon import normalise
from govkg.questions.sentences import content_words, wanted_kinds

LANTERNS = Entity("body", "Eastvale Lanterns Partnership", subtype="Partnership", area="Eastvale")
EAST_COUNCIL = Entity("body", "Eastvale Borough Council", subtype="Council", area="Eastvale")
ACT = Entity("legislation", "Neighbourhood Wellbeing Act 2019")
RHODRI = Entity("person", "Rhodri Calloway")
PANEL = Entity("body", "Eastvale Lamplighters Panel", subtype="Panel", area="Eastvale")
WEST_BOARD = Entity("body", "Westmoor Lanterns Board", subtype="Board", area="Westmoor")
WEST_COUNCIL = Entity("body", "Westmoor Borough Council", subtype="Council", area="Westmoor")
GRETA = Entity("person", "Greta Lindqvist-Oduya")
LIGHTING = Entity("topic", "Street Lighting")
OTTILIE = Entity("person", "Ottilie Marchbank")
AUDIT = Entity("publication", "Eastvale Lantern Audit", area="Eastvale")
WAYFINDER = Entity("topic", "Wayfinder")

EAST_TEXT = """Eastvale Lanterns Partnership: annual note to members, 2024

1. Inspector Rhodri Calloway briefed members on the Eastvale Lanterns Partnership and its busy first year.

2. The Neighbourhood Wellbeing Act 2019 requires each borough to keep the Partnership in being.

3. Any late bid to the Eastvale Lanterns Partnership can be vetoed by the Eastvale Lamplighters Panel.

4. Eastvale Borough Council hosts the meetings.

5. Ottilie Marchbank carried out the street lighting survey over the spring.

6. The Eastvale Lantern Audit was commissioned by the Eastvale Lamplighters Panel last winter.

7. The Eastvale Lamplighters Panel will provide a yearly note to the Partnership, read out by Rhodri Calloway.

8. Wayfinder in Eastvale is overseen by the Eastvale Lamplighters Panel, and the lanterns prevent much harm.

9. Lantern walks are led by Ottilie Marchbank, with stewards commissioned from the Eastvale Lamplighters Panel.

10. Ottilie Marchbank commissioned the bunting from Eastvale Borough Council.

11. Rhodri Calloway, who has led on the winter lantern trail, thanked the Eastvale Lamplighters Panel.

12. The lantern levy is handed to the Eastvale Lamplighters Panel by Eastvale Borough Council each spring.
"""
WEST_TEXT = """Westmoor Lanterns Board: minutes, 2024

1. Greta Lindqvist-Oduya opened the meeting of the Westmoor Lanterns Board and the board noted its budget.

2. Westmoor Borough Council hosts the board.

3. Street lighting came up under any other business.
"""


def _east(t: str) -> list[Fact]:
    return [
        _fact(t, "Eastvale Lanterns Partnership and its busy", LANTERNS, "covers_area", Entity("area", "Eastvale")),
        # (the person is held, but not as attending: "briefed" reads as attendance, which no fact records)
        _fact(t, "Rhodri Calloway", RHODRI, "member_of", EAST_COUNCIL),
        _fact(t, "Eastvale Borough Council hosts", EAST_COUNCIL, "member_of", LANTERNS),
        # the Act and the panel are held, but no fact joins them to the partnership
        _fact(t, "Neighbourhood Wellbeing Act 2019", EAST_COUNCIL, "statutory_duty", ACT),
        _fact(t, "Eastvale Lamplighters Panel", PANEL, "covers_area", Entity("area", "Eastvale")),
        _fact(t, "Ottilie Marchbank", OTTILIE, "member_of", EAST_COUNCIL),
        _fact(t, "street lighting survey", LANTERNS, "priority_of", LIGHTING),
        _fact(t, "Eastvale Lantern Audit", LANTERNS, "produces", AUDIT),
        _fact(t, "Partnership in being", LANTERNS, "priority_of", WAYFINDER),
    ]


def _west(t: str) -> list[Fact]:
    return [
        _fact(t, "Westmoor Lanterns Board: minutes", WEST_BOARD, "covers_area", Entity("area", "Westmoor")),
        _fact(t, "Greta Lindqvist-Oduya", GRETA, "attended", WEST_BOARD),
        _fact(t, "Westmoor Borough Council hosts", WEST_COUNCIL, "member_of", WEST_BOARD),
        _fact(t, "Street lighting came up", WEST_BOARD, "priority_of", LIGHTING),
    ]


@pytest.fixture(scope="module")
def asker(tmp_path_factory: pytest.TempPathFactory):
    yield from asker_over(tmp_path_factory, "sentences", [
        paper("eastvale-lanterns-partnership-note-2024", EAST_TEXT, "Eastvale", _east),
        paper("westmoor-lanterns-board-minutes-2024", WEST_TEXT, "Westmoor", _west),
    ])


def test_who_did_what_the_question_says_is_the_person_the_sentence_names(asker):
    result = asker.ask("Who briefed members on the work of the Eastvale Lanterns Partnership?")
    assert [a.label for a in result.answers] == ["Rhodri Calloway"]
    # labelled as read from the paper, with its sentence as the quote
    assert "read from their sentences" in result.interpretation
    assert "no fact in the graph" in (result.answers[0].note or "")
    assert "briefed members" in (result.answers[0].evidence[0].quote or "")


def test_which_act_and_which_body_take_the_kind_asked_and_the_words_in_any_form(asker):
    # "requires ... to keep the Partnership": its own paper names it by its kind alone
    assert labels(asker, "Which Act requires Eastvale to keep the Eastvale Lanterns Partnership?") == [
        "Neighbourhood Wellbeing Act 2019"]
    # "veto" / "vetoed"; a body, not the person or the Act the paper also names
    assert labels(asker, "Which body can veto a late bid to the Eastvale Lanterns Partnership?") == [
        "Eastvale Lamplighters Panel"]


def test_never_another_councils_paper_nor_a_name_the_question_gives(asker):
    # Westmoor's papers say no one briefed anyone: Eastvale's sentence is not Westmoor's answer
    assert labels(asker, "Who briefed members on the work of the Westmoor Lanterns Board?") == []
    assert labels(asker, "Which body can veto a late bid to the Westmoor Lanterns Board?") == []
    # a sentence whose only names are the question's own answers nothing
    assert labels(asker, "Which council hosts the Westmoor Lanterns Board meetings?") in (
        [], ["Westmoor Borough Council"])
    assert "Eastvale" not in " ".join(labels(asker, "Which council hosts the Westmoor Lanterns Board meetings?"))


def test_a_name_before_the_verb_is_its_doer_unless_the_verb_is_passive(asker):
    # "The Audit was commissioned by the Panel": the name asked about is what was commissioned
    assert labels(asker, "Which body commissioned the Eastvale Lantern Audit?") == ["Eastvale Lamplighters Panel"]
    # "The Panel will provide a note ..., read out by ...": the panel provides; no one provides anything for it
    assert labels(asker, "Who provides a yearly note for the Eastvale Lamplighters Panel?") == []


def test_a_participle_with_no_by_names_no_doer(asker):
    # "stewards commissioned from the Panel": who commissioned them, the sentence does not say; the walks' leader
    # beside it is not the answer
    asked = "Who commissioned the stewards that the Eastvale Lamplighters Panel provides to the lantern walks?"
    assert labels(asker, asked) == []
    # the same verb with its doer written just before it
    assert labels(asker, "Who commissioned the bunting from Eastvale Borough Council?") == ["Ottilie Marchbank"]
    # "handed to the Panel by the Council": the doer after "by", a few words on
    assert labels(asker, "Who hands the lantern levy to the Eastvale Lamplighters Panel?") == [
        "Eastvale Borough Council"]
    # "who has led on": a participle after "has", whose doer is the sentence's subject
    assert labels(asker, "Who led on the winter lantern trail for the Eastvale Lamplighters Panel?") == [
        "Rhodri Calloway"]


def test_a_name_of_one_word_is_read_as_written_capitalised(asker):
    result = asker.ask("Which body oversees Wayfinder in Eastvale?")
    assert [a.label for a in result.answers] == ["Eastvale Lamplighters Panel"]
    assert "read from their sentences" in result.interpretation
    # Westmoor's papers never write it
    assert labels(asker, "Which body oversees Wayfinder in Westmoor?") == []


def test_a_topic_is_read_only_in_the_papers_of_the_place_asked(asker):
    assert labels(asker, "Who carried out the street lighting survey in Eastvale?") == ["Ottilie Marchbank"]
    # Westmoor's papers speak of street lighting, but of no survey: Eastvale's sentence is not its answer
    assert labels(asker, "Who carried out the street lighting survey in Westmoor?") == []
    # a topic alone says no council's papers to read
    assert labels(asker, "Who carried out the street lighting survey?") == []


def test_a_question_whose_form_asks_no_name_is_not_guessed():
    def kinds(question: str):
        return wanted_kinds(normalise(question))

    assert kinds("How does the Eastvale Lanterns Partnership keep its budget?") is None
    assert kinds("Why did the panel veto the bid?") is None
    assert kinds("What was the combined top-up from the councils?") is None
    assert kinds("Which Act requires Eastvale to keep it?") == (frozenset({"legislation"}), "act")
    assert kinds("Who was the lanterns lead when the bid was agreed?") == (frozenset({"person"}), None)
    assert kinds("Through which partnership is the work delivered?")[0] == frozenset({"body"})
    # the places the question writes, its names and its frame are not words a sentence must share
    words = content_words(normalise("Who briefed members on the work of _ in North Eastvale?"), None,
                          frozenset({"eastvale"}), lambda text: text == "north eastvale")
    assert words == ["briefed", "work"]


def test_sets_is_the_questions_verb_unless_it_sets_out():
    # "which plan sets out": the frame; "which group sets the agenda": the verb a sentence must share
    assert "set" not in content_words("which plan set out the _ _ priority", "plan")
    assert "set" in content_words("which group set the agenda for _ _ meeting", "group")


def test_an_amount_asked_after_a_name_is_no_name_to_read_from_a_sentence():
    # "What was the Lantern Fund allocation for Eastvale?": money, which no name answers
    assert wanted_kinds("what was the _ _ allocation for _") is None
    assert wanted_kinds("what is the _ _ grant") is None
    # a name with no noun after it still asks for what is said of it
    assert wanted_kinds("what is _ _ responsible for") is not None
