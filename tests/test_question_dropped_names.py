"""A name the question writes that the graph holds only as a word of a longer name ("Eastbury" of the joined
member "Northfield Homes and Eastbury Housing Trust") is never dropped from the reading: the answer is about
the held names that contain it, labelled, or the reading stops. Dropped, the question is answered for the rest
of its words: every member of the board, every grant of the giver. Two invented councils, papers written for
these tests."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal
from functools import partial

import pytest
from explorer_fixture import _fact
from question_papers import asker_over, paper

from govkg.graph.model import Entity, Fact

DA_BOARD = Entity("body", "Westmoor Domestic Abuse Board", subtype="Board", area="Westmoor",
                  aliases=("Westmoor DA Board",))
CSP = Entity("body", "Westmoor Community Safety Partnership", subtype="Partnership", area="Westmoor",
             aliases=("Westmoor CSP",))
COUNCIL = Entity("body", "Westmoor Borough Council", subtype="Council", area="Westmoor")
POLICE = Entity("body", "Westmoor Police", subtype="PoliceForce", area="Westmoor")
JOINED = Entity("body", "Northfield Homes and Eastbury Housing Trust (registered providers)",
                subtype="Housing association", area="Westmoor")
REFUGE = Entity("body", "Harbour Lane Refuge", subtype="Charity", area="Westmoor")
RECOVERY = Entity("body", "Kestrel Recovery Partnership", subtype="Partnership", area="Westmoor")
PCC = Entity("body", "Westmoor Police and Crime Commissioner", subtype="PCC", area="Westmoor",
             aliases=("Westmoor PCC",))
EAST_BOARD = Entity("body", "Eastvale Safeguarding Board", subtype="Board", area="Eastvale")
WEST_LANTERN = Entity("initiative", "Lantern Youth Project", area="Westmoor")
EAST_LANTERN = Entity("initiative", "Lantern Mentoring Scheme", area="Eastvale")
ANA = Entity("person", "Cllr Ana Reyes", aliases=("Ana Reyes",))
TOMAS = Entity("person", "Tomas Vale")
LENA = Entity("person", "Lena Cho")
IDRIS = Entity("person", "Idris Pryce")
MAEVE = Entity("person", "Maeve Tolland")

MEMBERS_TEXT = """Westmoor Domestic Abuse Board: membership and governance, 2024
The Westmoor Domestic Abuse Board is chaired by Cllr Ana Reyes.
Members: Westmoor Borough Council; Westmoor Police; Northfield Homes and Eastbury Housing Trust (registered
providers); Harbour Lane Refuge.
Cllr Ana Reyes represents Westmoor Borough Council on the Board.
Tomas Vale represents Westmoor Police on the Board.
Lena Cho represents Northfield Homes and Eastbury Housing Trust (registered providers) on the Board.
The Board reports to the Westmoor Community Safety Partnership.
The Westmoor Community Safety Partnership oversees the Kestrel Recovery Partnership.
Idris Pryce chairs the Kestrel Recovery Partnership, which reports to the Westmoor CSP.
"""
GRANTS_TEXT = """Westmoor Police and Crime Commissioner: grants decision, 2024/25
The Westmoor PCC gave £18,000 to Harbour Lane Refuge and £25,000 to the Kestrel Recovery Partnership in 2024/25.
"""
EAST_TEXT = """Eastvale Safeguarding Board: minutes, 2 May 2024
Maeve Tolland chairs the Eastvale Safeguarding Board.
The Board oversees the Lantern Mentoring Scheme, and the Westmoor CSP oversees the Lantern Youth Project.
"""

_document = partial(paper, doc_type="report", date=dt.date(2024, 6, 1))


def _members(t: str) -> list[Fact]:
    listed = t[t.index("Members:") : t.index("Cllr Ana Reyes represents")].strip()
    return [
        _fact(t, "chaired by Cllr Ana Reyes", ANA, "chairs", DA_BOARD),
        *[_fact(t, listed, member, "member_of", DA_BOARD) for member in (COUNCIL, POLICE, JOINED, REFUGE)],
        _fact(t, "Cllr Ana Reyes represents Westmoor Borough Council on the Board.", COUNCIL, "represented_by",
              ANA, on_body=DA_BOARD),
        _fact(t, "Tomas Vale represents Westmoor Police on the Board.", POLICE, "represented_by", TOMAS,
              on_body=DA_BOARD),
        _fact(t, "Lena Cho represents Northfield Homes and Eastbury Housing Trust (registered providers) on "
              "the Board.", JOINED, "represented_by", LENA, on_body=DA_BOARD),
        _fact(t, "The Board reports to the Westmoor Community Safety Partnership.", DA_BOARD, "reports_to", CSP),
        _fact(t, "The Westmoor Community Safety Partnership oversees the Kestrel Recovery Partnership.", CSP,
              "oversees", RECOVERY),
        _fact(t, "Idris Pryce chairs the Kestrel Recovery Partnership", IDRIS, "chairs", RECOVERY),
        _fact(t, "the Kestrel Recovery Partnership, which reports to the Westmoor CSP", RECOVERY, "reports_to", CSP),
    ]


def _grants(t: str) -> list[Fact]:
    said = t.splitlines()[1]
    return [
        _fact(t, said, PCC, "funds", REFUGE, amount=Decimal(18000), period="2024/25"),
        _fact(t, said, PCC, "funds", RECOVERY, amount=Decimal(25000), period="2024/25"),
    ]


def _east(t: str) -> list[Fact]:
    return [
        _fact(t, "Maeve Tolland chairs the Eastvale Safeguarding Board.", MAEVE, "chairs", EAST_BOARD),
        _fact(t, "The Board oversees the Lantern Mentoring Scheme", EAST_BOARD, "oversees", EAST_LANTERN),
        _fact(t, "the Westmoor CSP oversees the Lantern Youth Project", CSP, "oversees", WEST_LANTERN),
    ]


@pytest.fixture(scope="module")
def asker(tmp_path_factory):
    yield from asker_over(tmp_path_factory, "dropped-names", [
        _document("westmoor-da-board-2024", MEMBERS_TEXT, "Westmoor", _members),
        _document("westmoor-pcc-grants-2024", GRANTS_TEXT, "Westmoor", _grants),
        _document("eastvale-sb-2024", EAST_TEXT, "Eastvale", _east),
    ])


# (question, the answers about the name it writes in part); None: the reading must stop, and say so in the
# words the question wrote. Each name is held only as a word (or words) of a longer name.
ANSWERED = [
    # represent
    ("Who represents Eastbury Housing Trust on the Westmoor DA Board?", ["Lena Cho"]),
    ("Who represents Eastbury on the Westmoor DA Board?", ["Lena Cho"]),
    ("Who represents 'Eastbury' on the Westmoor Domestic Abuse Board?", ["Lena Cho"]),
    ("Who is Northfield's representative on the Westmoor DA Board?", ["Lena Cho"]),
    ("Which organisation does Tomas represent on the Westmoor DA Board?", ["Westmoor Police"]),
    # member_of
    ("Which boards is Eastbury Housing Trust a member of?", ["Westmoor Domestic Abuse Board"]),
    ("Which board is Harbour a member of?", ["Westmoor Domestic Abuse Board"]),
    # chair
    ("Who chairs the Kestrel partnership?", ["Idris Pryce"]),
    ("Who chairs Kestrel?", ["Idris Pryce"]),
    ("Which body does Pryce chair?", ["Kestrel Recovery Partnership"]),
    # funds and amounts
    ("Who funds the Kestrel partnership?", ["Westmoor Police and Crime Commissioner"]),
    ("How much did the Westmoor PCC give to Harbour?", ["£18,000"]),
    ("How much did Harbour Refuge receive from the Westmoor PCC?", ["£18,000"]),
    ("How much did the Westmoor PCC give the Kestrel partnership in 2024/25?", ["£25,000"]),
    # reports_to
    ("Who does the Kestrel partnership report to?", ["Westmoor Community Safety Partnership"]),
    # oversees
    ("Who oversees Kestrel?", ["Westmoor Community Safety Partnership"]),
    ("Which body oversees Lantern in Eastvale?", ["Eastvale Safeguarding Board"]),
]
REFUSED = [
    ("Who represents Eastbury Homes on the Westmoor DA Board?", "Eastbury Homes"),
    ("Which board is Lantern a member of?", "Lantern"),
    ("Who chairs the Kestrel Board?", "Kestrel Board"),
    ("Who chairs the 'Harbour Lane' board?", "Harbour Lane board"),
    ("Who chairs Lantern?", "Lantern"),
    ("Who funds the Kestrel Board?", "Kestrel Board"),
    ("How much did the Westmoor PCC give the Harbour partnership?", "Harbour partnership"),
    ("Which body does the Kestrel Board report to?", "Kestrel Board"),
    ("Does the Westmoor CSP oversee the Harbour Lane board?", "Harbour Lane board"),
    ("Which partnership oversees Lantern?", "Lantern"),
]

# The name links, but the graph records nothing of what is asked for it: nothing is the answer, never what the
# question's other name alone gives (the giver's every grant, the board's every member).
NOTHING_OF_IT = [
    ("Does the Westmoor PCC fund Eastbury?", "funds"),
    ("How much did the Westmoor PCC give Lantern?", "amount"),
    ("Does the Westmoor CSP oversee Eastbury?", "oversees"),
    ("Does the Westmoor CSP oversee Harbour?", "oversees"),
    ("Which Westmoor CSP body oversees Eastbury?", "oversees"),
    ("Who represents Idris on the Westmoor DA Board?", "represent"),
    ("Who represents Harbour on the Westmoor DA Board?", "represent"),
    ("Is Harbour a member of the Westmoor DA Board?", "member_of"),
]


@pytest.mark.parametrize(("question", "expected"), ANSWERED)
def test_a_name_written_in_part_is_answered_for_the_held_name_that_has_it(asker, question, expected):
    result = asker.ask(question)
    assert [a.label for a in result.answers] == expected, result.interpretation
    # and the interpretation line says which held name the words were read as
    assert "read as" in result.interpretation


@pytest.mark.parametrize(("question", "written"), REFUSED)
def test_a_name_no_held_name_has_whole_or_that_several_have_stops_the_reading(asker, question, written):
    result = asker.ask(question)
    assert result.answers == []
    assert f"\u201c{written}\u201d" in result.interpretation


@pytest.mark.parametrize(("question", "route"), NOTHING_OF_IT)
def test_a_name_written_in_part_that_gives_nothing_is_not_answered_from_the_rest(asker, question, route):
    result = asker.ask(question)
    assert result.answers == [], (route, result.interpretation)
    assert "read as" in result.interpretation


def test_several_held_names_with_the_word_are_each_shown(asker):
    result = asker.ask("Who chairs Lantern?")
    assert "2 things" in result.interpretation
    assert {"Lantern Youth Project", "Lantern Mentoring Scheme"} <= {s.label for s in result.suggestions}


def test_the_joined_name_is_shown_in_full_beside_what_the_question_wrote(asker):
    result = asker.ask("Who represents Eastbury on the Westmoor DA Board?")
    assert "\u201cEastbury\u201d read as Northfield Homes and Eastbury Housing Trust (registered providers)" in (
        result.interpretation
    )


def test_a_word_written_in_lower_case_qualifying_nothing_is_not_read_as_a_name(asker):
    # a question in lower case gives no clue which of its words are names: unchanged from before
    assert asker.ask("who chairs the westmoor da board?").answers


def test_a_first_name_many_people_share_is_still_a_name_to_pin_down():
    # "Owen" is in the names of five people: a word that many names share only describes, unless all of them
    # are people's names, when it names one of them (which one, the question must say)
    from govkg.questions.linking import Entity as Held
    from govkg.questions.linking import EntityIndex
    from govkg.questions.places import Places
    from govkg.questions.reading import Refusal, read

    people = [Held(f"https://w3id.org/govkg/id/person/owen-{s.lower()}", f"Owen {s}", "person", {f"Owen {s}"})
              for s in ("Tallis", "Marr", "Pike", "Rudd", "Skye")]
    board = Held("https://w3id.org/govkg/id/body/westmoor-dab", "Westmoor Domestic Abuse Board", "body",
                 {"Westmoor Domestic Abuse Board"})
    index = EntityIndex({e.iri: e for e in [*people, board]})
    with pytest.raises(Refusal) as refused:
        read("Who does Owen represent on the Westmoor Domestic Abuse Board?", index, Places())
    assert "\u201cOwen\u201d" in refused.value.message
    assert len(refused.value.suggestions) == 5


def test_who_represents_a_body_no_one_sits_for_is_not_answered_with_the_board_s_members(asker):
    # named in full: no one is recorded as sitting for the refuge, and the board's members at large are not
    # its representatives
    result = asker.ask("Who represents Harbour Lane Refuge on the Westmoor Domestic Abuse Board?")
    assert [a.label for a in result.answers] == []
    assert "no one representing" in result.interpretation
