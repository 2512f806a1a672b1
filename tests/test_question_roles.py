"""A body's chair, vice-chair or Senior Responsible Owner read from its own papers' words when no fact in the
graph says so: a role list wrapped over two lines, a chair named a sentence after the body, a role in brackets
in a list of those present; and the sentences that name a chair without naming the person as one (the chair
invited or thanked someone), another body's chair, and a council a member comes from. Two invented councils,
Eastvale and Westmoor; papers written for these tests."""

from __future__ import annotations

import pytest
from explorer_fixture import _fact
from question_papers import asker_over, labels, paper

from govkg.graph.model import Entity, Fact

SEP = Entity("body", "Safer Eastvale Partnership", subtype="Partnership", area="Eastvale")
PANEL = Entity("body", "Eastvale Youth Panel", subtype="Panel", area="Eastvale")
EXEC = Entity("body", "Eastvale Executive Group", subtype="Group", area="Eastvale")
DRUGS = Entity("body", "Eastvale Combating Drugs Partnership", subtype="Partnership", area="Eastvale")
EAST_COUNCIL = Entity("body", "Eastvale Council", subtype="Council", area="Eastvale")
LIGHTING = Entity("body", "Eastvale Lighting Group", subtype="Group", area="Eastvale")
LANTERN = Entity("body", "Eastvale Lantern Group", subtype="Group", area="Eastvale")
WCSB = Entity("body", "Westmoor Community Safety Board", subtype="Board", area="Westmoor")
WEST_COUNCIL = Entity("body", "Westmoor Council", subtype="Council", area="Westmoor")

EAST_TEXT = """Safer Eastvale Partnership: terms of reference, 2024

3.2 Office holders (May 2024): Chair - Cllr Wren Halloway; Vice-Chair - Chief
Inspector Ottoline Barraclough-Penn

4.1 The Youth Panel is chaired by Priya Stanworth.

4.2 The Executive Group meets in turn at each partner's offices; for 2023-24 the chair was Ibrahim Feld.

5.1 Invited by the Chair, Councillor Lorcan Pye spoke to the Partnership about street lighting.

5.2 The Chair thanked Magda Ruskin for her years of work on the community hub.

5.3 At the Chair's invitation Ezra Quint outlined the findings of the lighting survey.

5.5 W Halloway chairs the Lighting Group; I Feld chairs the Lantern Group; Isla Feld sits on the Partnership.

5.4 Apologies were received from Magda Ruskin; Tomasz Ferreira-Lund attended as a substitute for Magda Ruskin.

6.1 The Senior Responsible Owner for the Eastvale Combating Drugs Partnership is Cllr Hester Vane, who
also sits on the Partnership.
"""
WEST_TEXT = """Westmoor Community Safety Board: minutes, June 2024

Present: Tobias Marchetti (Chair) Westmoor Council, Ada Okonedo Westmoor Council, Kit Varga - Vice Chair, WAPC
"""


def _east(t: str) -> list[Fact]:
    people = ("Wren Halloway", "Ottoline Barraclough-Penn", "Priya Stanworth", "Ibrahim Feld", "Lorcan Pye",
              "Magda Ruskin", "Ezra Quint", "Tomasz Ferreira-Lund")
    return [
        _fact(t, "Safer Eastvale Partnership", SEP, "covers_area", Entity("area", "Eastvale")),
        _fact(t, "The Youth Panel", PANEL, "subgroup_of", SEP),
        _fact(t, "The Executive Group", EXEC, "subgroup_of", SEP),
        _fact(t, "Eastvale Combating Drugs Partnership", DRUGS, "reports_to", SEP),
        _fact(t, "Cllr Hester Vane", Entity("person", "Hester Vane"), "member_of", DRUGS),
        _fact(t, "Safer Eastvale Partnership", EAST_COUNCIL, "member_of", SEP),
        _fact(t, "W Halloway chairs the Lighting Group", Entity("person", "W Halloway"), "chairs", LIGHTING),
        _fact(t, "I Feld chairs the Lantern Group", Entity("person", "I Feld"), "chairs", LANTERN),
        _fact(t, "Isla Feld sits on the Partnership", Entity("person", "Isla Feld"), "member_of", SEP),
    ] + [_fact(t, name, Entity("person", name), "attended", SEP) for name in people]


def _west(t: str) -> list[Fact]:
    return [
        _fact(t, "Westmoor Community Safety Board", WCSB, "covers_area", Entity("area", "Westmoor")),
        _fact(t, "Tobias Marchetti", Entity("person", "Tobias Marchetti"), "attended", WCSB),
        _fact(t, "Ada Okonedo", Entity("person", "Ada Okonedo"), "attended", WCSB),
        _fact(t, "Kit Varga", Entity("person", "Kit Varga"), "attended", WCSB),
        _fact(t, "Westmoor Council", WEST_COUNCIL, "member_of", WCSB),
    ]


@pytest.fixture(scope="module")
def asker(tmp_path_factory: pytest.TempPathFactory):
    yield from asker_over(tmp_path_factory, "roles", [
        paper("eastvale-safer-eastvale-partnership-tor-2024", EAST_TEXT, "Eastvale", _east),
        paper("westmoor-community-safety-board-minutes-2024", WEST_TEXT, "Westmoor", _west),
    ])


def test_a_role_list_wrapped_over_two_lines_names_the_chair_and_the_vice_chair(asker):
    result = asker.ask("Who is the vice-chair of the Safer Eastvale Partnership?")
    assert [a.label for a in result.answers] == ["Ottoline Barraclough-Penn"]
    # labelled as read from the papers' words, with the sentence as its quote
    assert "as its papers write it" in result.interpretation
    assert "no fact in the graph" in (result.answers[0].note or "")
    assert "Barraclough-Penn" in (result.answers[0].evidence[0].quote or "")
    # the chair, not those the chair invited or thanked, nor another body's chair
    assert labels(asker, "Who chairs the Safer Eastvale Partnership?") == ["Wren Halloway"]


def test_a_body_named_by_its_short_name_before_the_chair(asker):
    assert labels(asker, "Who chairs the Eastvale Youth Panel?") == ["Priya Stanworth"]
    # "The Executive Group meets ...; for 2023-24 the chair was ...": the sentence before says whose chair
    assert labels(asker, "Who chaired the Eastvale Executive Group?") == ["Ibrahim Feld"]


def test_the_senior_responsible_owner_from_the_papers_words(asker):
    assert labels(asker, "Who is the SRO for the Eastvale Combating Drugs Partnership?") == ["Hester Vane"]


def test_a_role_in_brackets_in_a_list_present_is_the_meetings_body_not_the_council_beside_it(asker):
    assert labels(asker, "Who chairs the Westmoor Community Safety Board?") == ["Tobias Marchetti"]
    assert labels(asker, "Who chairs Westmoor Council?") == []


def test_never_another_councils_paper_nor_a_role_the_papers_do_not_give(asker):
    # Eastvale's paper names a vice-chair; Westmoor's board has none in its own papers
    assert labels(asker, "Who is the vice-chair of the Westmoor Community Safety Board?") == []
    assert labels(asker, "Who chairs Eastvale Council?") == []
    assert labels(asker, "Who is the vice-chair of the Eastvale Youth Panel?") == []


def test_which_body_and_who_chairs_it(asker):
    # the body asked for first, then its chair (here read from the papers' words)
    assert labels(asker, "Which panel is a sub-group of the Safer Eastvale Partnership, and who chairs it?") == [
        "Eastvale Youth Panel", "Priya Stanworth"]
    got = labels(asker, "Which groups are sub-groups of the Safer Eastvale Partnership, and who chairs them?")
    assert sorted(got) == ["Eastvale Executive Group", "Eastvale Youth Panel", "Ibrahim Feld", "Priya Stanworth"]
    # a question that asks no body first is two questions: "it" is the partnership it names, whose chair is the
    # second answer (the papers say nothing of how often it meets)
    assert labels(asker, "How often does the Safer Eastvale Partnership meet, and who chairs it?") == [
        "Wren Halloway"]


NAMED_EAST = """Eastvale drugs summit: note of the day, 2024
The force's drugs lead, Assistant Chief Constable Ivo Hale, opened the session on Prevent.
"""
NAMED_WEST = """Westmoor Prevent forum: note, 2024
DI Nia Brookes, who is the regional lead for Prevent, set out the year's referrals.
"""


@pytest.fixture(scope="module")
def named(tmp_path_factory: pytest.TempPathFactory):
    prevent = Entity("topic", "Prevent")

    def east(t: str) -> list[Fact]:
        return [_fact(t, "Ivo Hale", Entity("person", "Ivo Hale"), "attended",
                      Entity("body", "Eastvale Drugs Summit", area="Eastvale")),
                _fact(t, "the session on Prevent", Entity("body", "Eastvale Drugs Summit", area="Eastvale"),
                      "oversees", prevent)]

    def west(t: str) -> list[Fact]:
        return [_fact(t, "Nia Brookes", Entity("person", "Nia Brookes"), "attended",
                      Entity("body", "Westmoor Prevent Forum", area="Westmoor")),
                _fact(t, "regional lead for Prevent", Entity("body", "Westmoor Prevent Forum", area="Westmoor"),
                      "oversees", prevent)]

    yield from asker_over(tmp_path_factory, "named", [
        paper("eastvale-drugs-summit-2024", NAMED_EAST, "Eastvale", east),
        paper("westmoor-prevent-forum-2024", NAMED_WEST, "Westmoor", west),
    ])


def test_a_role_asked_by_its_words_is_the_person_the_places_papers_name_beside_them(named):
    result = named.ask("Who is Eastvale's force drugs lead?")
    assert [a.label for a in result.answers] == ["Ivo Hale"]
    assert "name as" in result.interpretation and "no fact in the graph" in (result.answers[0].note or "")
    assert labels(named, "Who is the regional lead for Prevent in Westmoor?") == ["Nia Brookes"]
    # another place's papers never answer: Westmoor names no drugs lead, Eastvale no regional lead
    assert labels(named, "Who is Westmoor's force drugs lead?") == []
    assert labels(named, "Who is the regional lead for Prevent in Eastvale?") == []


def test_who_came_in_a_persons_place_is_the_one_the_minutes_name(asker):
    result = asker.ask("Who substituted for Magda Ruskin at the Safer Eastvale Partnership?")
    assert [a.label for a in result.answers] == ["Tomasz Ferreira-Lund"]
    assert "in place of Magda Ruskin" in (result.answers[0].note or "")
    assert labels(asker, "Who stood in for Magda Ruskin?") == ["Tomasz Ferreira-Lund"]


def test_a_chair_named_by_an_initial_is_answered_by_the_fuller_name_the_papers_also_write(asker):
    assert labels(asker, "Who chairs the Eastvale Lighting Group?") == ["Wren Halloway"]
    # "I Feld" may be Ibrahim or Isla: the name stays as the papers wrote it
    assert labels(asker, "Who chairs the Eastvale Lantern Group?") == ["I Feld"]


def test_a_role_followed_by_another_committee_s_initials_is_not_the_meetings(asker):
    # "Kit Varga - Vice Chair, WAPC": the vice-chair of the committee those initials name, not of the board
    assert labels(asker, "Who is the vice-chair of the Westmoor Community Safety Board?") == []
    assert labels(asker, "Who chairs the Westmoor Community Safety Board?") == ["Tobias Marchetti"]


def test_the_quote_of_a_long_sentence_is_the_stretch_that_names_the_person() -> None:
    from govkg.questions.linking import Entity as Linked
    from govkg.questions.roles import QUOTE_CHARS, quoted

    kit = Linked("https://example.org/kit", "Kit Varga", "person")
    present = "Present: " + ", ".join(f"Member {i} - Officer, Eastvale Council" for i in range(30))
    written = present + ", Kit Varga - Chair, Eastvale Council, Ada Okonedo - Officer"
    quote = quoted(written, kit)
    assert "Kit Varga - Chair" in quote and quote in written and len(quote) <= QUOTE_CHARS
    assert quoted("Kit Varga chairs the Board.", kit) == "Kit Varga chairs the Board."
