""""Who represented the Commissioner's Office at the Board on 16 April?": an attendee whose minutes give no
membership but a post whose title names the office came for it ("Domestic Abuse Lead, Commissioner's Office").
An attendee whose post names another organisation, or another council's minutes, is never the answer. Three
councils, three ways of writing an attendance list; invented names and minutes written for these tests."""

from __future__ import annotations

import datetime as dt

import pytest
from explorer_fixture import _fact
from question_papers import asker_over, labels, paper

from govkg.graph.model import Entity, Fact

O_BOARD = Entity("body", "Orrinford Safeguarding Adults Board", subtype="Board", area="Orrinford")
T_GROUP = Entity("body", "Tallowby Community Safety Strategy Group", subtype="Group", area="Tallowby")
K_PANEL = Entity("body", "Kestermoor Domestic Abuse Panel", subtype="Panel", area="Kestermoor")
O_OFFICE = Entity("body", "Orrinford Police and Crime Commissioner's Office", area="Orrinford")
T_HOUSING = Entity("body", "Tallowby Homes Trust", area="Tallowby")
K_PROBATION = Entity("body", "Kestermoor Probation Delivery Unit", area="Kestermoor")

# a dash list under "Present"
O_TEXT = """Orrinford Safeguarding Adults Board - minutes of 16 April 2024

Present:
Wilhelmina Strand - Independent Chair
Osric Penhallow - Domestic Abuse Lead, Orrinford Police and Crime Commissioner's Office
Tamsin Yelland - Head of Adult Care, Orrinford Borough Council

The Board's budget includes a contribution from the Orrinford Police and Crime Commissioner's Office.
"""
# a two-column table
T_TEXT = """Tallowby Community Safety Strategy Group - notes of 3 June 2024

| Attendee        | Role                                   |
|-----------------|----------------------------------------|
| Fergus Ambleby  | Tenancy Enforcement Manager, Tallowby Homes Trust |
| Imogen Ravel    | Community Safety Officer, Tallowby District Council |

Member organisations: Tallowby District Council, Tallowby Homes Trust.
"""
# names with the post in brackets, run on in a sentence
K_TEXT = """Kestermoor Domestic Abuse Panel, 9 September 2024

Those present were Cassius Orme (Senior Probation Officer, Kestermoor Probation Delivery Unit) and Lettice Vane
(Refuge Manager, Harbour Refuge). The Panel's partners include the Kestermoor Probation Delivery Unit.
"""


def _o(t: str) -> list[Fact]:
    out = []
    for name, title in (("Osric Penhallow", "Domestic Abuse Lead, Orrinford Police and Crime Commissioner's Office"),
                        ("Tamsin Yelland", "Head of Adult Care, Orrinford Borough Council")):
        person = Entity("person", name)
        out += [_fact(t, name, person, "attended", O_BOARD), _fact(t, title, person, "holds_post",
                                                                    Entity("post", title))]
    return out + [_fact(t, "a contribution from the Orrinford Police and Crime Commissioner's Office", O_OFFICE,
                        "funds", O_BOARD)]


def _t(t: str) -> list[Fact]:
    person = Entity("person", "Fergus Ambleby")
    title = "Tenancy Enforcement Manager, Tallowby Homes Trust"
    return [_fact(t, "Fergus Ambleby", person, "attended", T_GROUP),
            _fact(t, title, person, "holds_post", Entity("post", title)),
            _fact(t, "Tallowby Homes Trust.", T_HOUSING, "member_of", T_GROUP)]


def _k(t: str) -> list[Fact]:
    person = Entity("person", "Cassius Orme")
    title = "Senior Probation Officer, Kestermoor Probation Delivery Unit"
    return [_fact(t, "Cassius Orme", person, "attended", K_PANEL),
            _fact(t, title, person, "holds_post", Entity("post", title)),
            _fact(t, "partners include the Kestermoor Probation Delivery Unit", K_PROBATION, "member_of", K_PANEL)]


@pytest.fixture(scope="module")
def asker(tmp_path_factory: pytest.TempPathFactory):
    yield from asker_over(tmp_path_factory, "attendee-posts", [
        paper("orrinford-sab-minutes-2024-04-16", O_TEXT, "Orrinford", _o, doc_type="minutes",
              date=dt.date(2024, 4, 16)),
        paper("tallowby-cssg-notes-2024-06-03", T_TEXT, "Tallowby", _t, doc_type="minutes", date=dt.date(2024, 6, 3)),
        paper("kestermoor-dap-2024-09-09", K_TEXT, "Kestermoor", _k, doc_type="minutes", date=dt.date(2024, 9, 9)),
    ])


def test_an_attendee_whose_post_names_the_office(asker):
    result = asker.ask("Who represented the Orrinford Police and Crime Commissioner's Office at the Orrinford "
                       "Safeguarding Adults Board on 16 April 2024?")
    assert [a.label for a in result.answers] == ["Osric Penhallow"]
    assert "as Domestic Abuse Lead" in (result.answers[0].note or "")


def test_an_attendee_in_a_table_whose_post_names_the_trust(asker):
    assert labels(asker, "Who attended the Tallowby Community Safety Strategy Group on 3 June 2024 for Tallowby "
                         "Homes Trust?") == ["Fergus Ambleby"]


def test_an_attendee_in_a_sentence_whose_post_names_the_unit(asker):
    assert labels(asker, "Who represented the Kestermoor Probation Delivery Unit at the Kestermoor Domestic Abuse "
                         "Panel on 9 September 2024?") == ["Cassius Orme"]


def test_a_post_naming_another_organisation_is_no_answer(asker):
    # Fergus Ambleby's post names the trust, but he sat at another council's meeting
    assert labels(asker, "Who attended the Kestermoor Domestic Abuse Panel on 9 September 2024 for Tallowby "
                         "Homes Trust?") == []


# -- "Which <description> <role>s sent apologies to / attended ...": the attendees their papers describe so

M_BOARD = Entity("body", "Marlvale Safer Communities Board", subtype="Board", area="Marlvale")
M_TEXT = """Marlvale Safer Communities Board - minutes of 2 May 2024

Apologies:
Cllr Petronella Hask   District Community Safety Group Chair - Upper Marlvale District Council
Cllr Roderick Vell     District Community Safety Group Chair - Lower Marlvale Borough Council
Ottilie Brand          Head of Housing, Marlvale County Council
Present:
Sqn Ldr Ambrose Kett   Neighbourhood Policing Inspector, Marlvale Police
Ines Garrow            Neighbourhood Policing Inspector, Marlvale Police
Dorian Lusk            Youth Justice Manager, Marlvale County Council
"""


def _m(t: str) -> list[Fact]:
    out = []
    for name, line, relation in (
        ("Petronella Hask", "Cllr Petronella Hask   District Community Safety Group Chair - Upper Marlvale",
         "apologies"),
        ("Roderick Vell", "Cllr Roderick Vell     District Community Safety Group Chair - Lower Marlvale", "apologies"),
        ("Ottilie Brand", "Ottilie Brand          Head of Housing, Marlvale County Council", "apologies"),
        ("Ambrose Kett", "Sqn Ldr Ambrose Kett   Neighbourhood Policing Inspector, Marlvale Police", "attended"),
        ("Ines Garrow", "Ines Garrow            Neighbourhood Policing Inspector, Marlvale Police", "attended"),
        ("Dorian Lusk", "Dorian Lusk            Youth Justice Manager, Marlvale County Council", "attended"),
    ):
        out.append(_fact(t, line, Entity("person", name), relation, M_BOARD))
    return out


@pytest.fixture(scope="module")
def marlvale(tmp_path_factory: pytest.TempPathFactory):
    yield from asker_over(tmp_path_factory, "described-attendees", [
        paper("marlvale-scb-minutes-2024-05-02", M_TEXT, "Marlvale", _m, doc_type="minutes", date=dt.date(2024, 5, 2)),
        paper("orrinford-sab-minutes-2024-04-16", O_TEXT, "Orrinford", _o, doc_type="minutes",
              date=dt.date(2024, 4, 16)),
    ])


def test_which_described_chairs_sent_apologies(marlvale):
    # "chairs" here is the attendees' description, not the relation "who chairs the Board"
    result = marlvale.ask("Which district community safety group chairs sent apologies to the Marlvale Safer "
                          "Communities Board on 2 May 2024?")
    assert sorted(a.label for a in result.answers) == ["Petronella Hask", "Roderick Vell"]
    assert "describe as district community safety group chair" in result.interpretation


def test_which_described_officers_attended(marlvale):
    assert sorted(labels(marlvale, "Which neighbourhood policing inspectors attended the Marlvale Safer "
                                   "Communities Board on 2 May 2024?")) == ["Ambrose Kett", "Ines Garrow"]
    assert labels(marlvale, "Which youth justice managers were present at the Marlvale Safer Communities Board "
                            "on 2 May 2024?") == ["Dorian Lusk"]


def test_a_description_no_attendee_has_is_no_answer(marlvale):
    assert labels(marlvale, "Which district community safety group chairs attended the Marlvale Safer "
                            "Communities Board on 2 May 2024?") == []
    # the Orrinford board's minutes are another council's: no lead of theirs answers for Marlvale
    assert labels(marlvale, "Which domestic abuse leads attended the Marlvale Safer Communities Board on "
                            "2 May 2024?") == []
