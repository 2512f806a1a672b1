"""A grid of funding questions whose giver and receiver stand around the give-verb (issue 11): "Which groups were
given grants by the Council?", "Which charities were awarded money by the Commissioner?", "Which projects received
funding directly from the Council?", "Which body was the Trust given a grant by?", "Who gave the Council a grant?".

A passive give-verb keeps its money noun after it ("were given grants by X", "was awarded £5,000 by X"): the name
after "by" gave the money and the question's subject received it. Read word by word, the money noun ("grant")
was taken for the active verb and the name after it for its object, so the question was answered with whoever
funds the giver: a wrong answer an officer cannot see. The same the other way round: the receiver named between
an active give-verb and its money ("Who gave the Council a grant?") was read as the giver, and the Council's own
grantees answered. An adverb between the money and "from" ("received grants directly from X") lost the reading
altogether. Three invented councils, each funded by an invented commissioner and each funding its own projects,
so that a reversed reading answers with the commissioner and a wrong council's reading answers with another
council's projects. Papers, places and people written for this test.

Dimensions varied: the give-verb (given, awarded, allocated, granted, offered, paid); the money noun (grants, a
grant, money, funding, an amount) or none; the subject asked (which organisations / groups / projects / body);
an adverb or a year between the money and "from"; the giver a council or a commissioner; the receiver asked
about ("was X given a grant by", "who gave X a grant"); neighbours that must keep their answer (active "did X
give grants to", "were funded by", "received grants from") or stay refused (a council the graph does not hold)."""

from __future__ import annotations

from decimal import Decimal

import pytest
from explorer_fixture import _fact
from question_papers import asker_over, assert_grid_answer, paper

from govkg.graph.model import Entity, Fact

PCC_NAME = "Wealdmarsh Police and Crime Commissioner"
PCC = Entity("body", "Wealdmarsh Police and Crime Commissioner", subtype="PublicBody", area="Wealdmarsh",
             aliases=("Wealdmarsh PCC",))

# -- Brackenford: a grants register
B_COUNCIL = Entity("body", "Brackenford Borough Council", subtype="Council", area="Brackenford")
B_PASTORS = Entity("body", "Brackenford Night Angels", area="Brackenford")
B_FOODBANK = Entity("body", "Holloway Lane Pantry Trust", area="Brackenford")
B_WATCH = Entity("body", "Brackenford Homewatch Association", area="Brackenford")

B_TEXT = """Brackenford Borough Council: community safety grants register 2024/25

The Wealdmarsh Police and Crime Commissioner gave Brackenford Borough Council £40,000 for 2024/25.
BB-01 | Brackenford Borough Council | Brackenford Night Angels | weekend patrols | £6,200
BB-02 | Brackenford Borough Council | Holloway Lane Pantry Trust | crisis support | £3,100
BB-03 | Brackenford Borough Council | Brackenford Homewatch Association | door chains | £1,450
"""


def _brackenford(t: str) -> list[Fact]:
    return [
        _fact(t, "The Wealdmarsh Police and Crime Commissioner gave Brackenford Borough Council £40,000", PCC,
              "funds", B_COUNCIL, amount=Decimal(40000), period="2024/25"),
        _fact(t, "BB-01 | Brackenford Borough Council | Brackenford Night Angels", B_COUNCIL, "funds", B_PASTORS,
              amount=Decimal(6200), period="2024/25"),
        _fact(t, "BB-02 | Brackenford Borough Council | Holloway Lane Pantry Trust", B_COUNCIL, "funds", B_FOODBANK,
              amount=Decimal(3100), period="2024/25"),
        _fact(t, "BB-03 | Brackenford Borough Council | Brackenford Homewatch Association", B_COUNCIL, "funds",
              B_WATCH, amount=Decimal(1450), period="2024/25"),
    ]


# -- Sallowmere: a decision notice
S_COUNCIL = Entity("body", "Sallowmere District Council", subtype="Council", area="Sallowmere")
S_YOUTH = Entity("initiative", "Sallowmere detached youth project", area="Sallowmere")
S_REFUGE = Entity("body", "Kingfisher House Refuge", area="Sallowmere")

S_TEXT = """Sallowmere District Council: decision notice SDC/2024/31

The Council accepts the Wealdmarsh Police and Crime Commissioner's grant of £28,000 for 2024/25. It awards £8,000 to
the Sallowmere detached youth project and £11,500 to the Kingfisher House Refuge.
"""


def _sallowmere(t: str) -> list[Fact]:
    return [
        _fact(t, "the Wealdmarsh Police and Crime Commissioner's grant of £28,000", PCC, "funds", S_COUNCIL,
              amount=Decimal(28000), period="2024/25"),
        _fact(t, "It awards £8,000 to\nthe Sallowmere detached youth project", S_COUNCIL, "funds", S_YOUTH,
              amount=Decimal(8000), period="2024/25"),
        _fact(t, "£11,500 to the Kingfisher House Refuge", S_COUNCIL, "funds", S_REFUGE, amount=Decimal(11500),
              period="2024/25"),
    ]


# -- Tarnholme: minutes
T_COUNCIL = Entity("body", "Tarnholme City Council", subtype="Council", area="Tarnholme")
T_MENTORS = Entity("body", "Tarnholme Peer Mentors", area="Tarnholme")

T_TEXT = """Tarnholme Safer Streets Board
Minutes of the meeting held on 9 October 2024

4. The Board noted that the Wealdmarsh Police and Crime Commissioner funds Tarnholme City Council's community
safety work, and that the Council has granted £4,800 to Tarnholme Peer Mentors.
"""


def _tarnholme(t: str) -> list[Fact]:
    return [
        _fact(t, "the Wealdmarsh Police and Crime Commissioner funds Tarnholme City Council", PCC, "funds",
              T_COUNCIL),
        _fact(t, "the Council has granted £4,800 to Tarnholme Peer Mentors", T_COUNCIL, "funds", T_MENTORS,
              amount=Decimal(4800)),
    ]


@pytest.fixture(scope="module")
def asker(tmp_path_factory: pytest.TempPathFactory):
    yield from asker_over(tmp_path_factory, "money_passive", [
        paper("brackenford-grants-register-2024", B_TEXT, "Brackenford", _brackenford, doc_type="report"),
        paper("sallowmere-decision-2024-31", S_TEXT, "Sallowmere", _sallowmere, doc_type="decision"),
        paper("tarnholme-ssb-minutes-2024-10-09", T_TEXT, "Tarnholme", _tarnholme, doc_type="minutes"),
    ])


B_GIVEN = ["Brackenford Night Angels", "Holloway Lane Pantry Trust", "Brackenford Homewatch Association"]
S_GIVEN = ["Sallowmere detached youth project", "Kingfisher House Refuge"]
COUNCILS = ["Brackenford Borough Council", "Sallowmere District Council", "Tarnholme City Council"]

# (question, every answer expected, answers that must not be given); no answer expected: nothing may be given
GRID: list[tuple[str, list[str], list[str]]] = [
    # the passive give-verb with its money noun after it: the name after "by" is the giver
    ("Which organisations were given grants by Brackenford Borough Council?", B_GIVEN, [PCC_NAME]),
    ("Which groups were awarded grants by Brackenford Borough Council in 2024/25?", B_GIVEN, [PCC_NAME]),
    ("Which organisations were allocated funding by Brackenford Borough Council?", B_GIVEN, [PCC_NAME]),
    ("which projects were awarded money by Sallowmere District Council", S_GIVEN, [PCC_NAME]),
    ("Which projects were given money by the Sallowmere District Council in 2024/25?", S_GIVEN,
     [PCC_NAME]),
    ("Who was granted funding by Tarnholme City Council?", ["Tarnholme Peer Mentors"], [PCC_NAME]),
    ("Which councils were given grants by the Wealdmarsh Police and Crime Commissioner?", COUNCILS,
     B_GIVEN + S_GIVEN),
    ("Which bodies were offered a grant by the Wealdmarsh PCC?", COUNCILS, B_GIVEN),
    ("Which organisations were paid by Brackenford Borough Council?", B_GIVEN, [PCC_NAME]),
    # the receiver asked about: the name before the verb received, the answer gave
    ("Which body was Holloway Lane Pantry Trust given a grant by?", ["Brackenford Borough Council"], [PCC_NAME]),
    ("Who was the Kingfisher House Refuge awarded funding by?", ["Sallowmere District Council"], [PCC_NAME]),
    ("Which body was Sallowmere District Council given a grant by?", [PCC_NAME], S_GIVEN),
    # the active give-verb with the receiver before its money: the name between them received it
    ("Who gave Brackenford Borough Council a grant?", [PCC_NAME], B_GIVEN),
    ("Who awarded the Kingfisher House Refuge a grant?", ["Sallowmere District Council"], [PCC_NAME]),
    ("Who gave Sallowmere District Council money in 2024/25?", [PCC_NAME], S_GIVEN),
    ("who paid Tarnholme Peer Mentors a grant", ["Tarnholme City Council"], [PCC_NAME]),
    ("Who allocated Holloway Lane Pantry Trust funding?", ["Brackenford Borough Council"], [PCC_NAME]),
    # an adverb or a year between the money and "from"
    ("Which organisations received grants directly from Brackenford Borough Council?", B_GIVEN, [PCC_NAME]),
    ("Which organisations received money directly from Brackenford Borough Council?", B_GIVEN, [PCC_NAME]),
    ("Which projects received funding in 2024/25 from Sallowmere District Council?", S_GIVEN, [PCC_NAME]),
    ("Which councils received grants directly from the Wealdmarsh PCC?", COUNCILS, B_GIVEN),
    # neighbours that keep their reading
    ("Which organisations received grants from Brackenford Borough Council?", B_GIVEN, [PCC_NAME]),
    ("Which groups were funded by Brackenford Borough Council?", B_GIVEN, [PCC_NAME]),
    ("Who funds Sallowmere District Council?", [PCC_NAME], S_GIVEN),
    ("Who gave grants to the Kingfisher House Refuge?", ["Sallowmere District Council"], [PCC_NAME]),
    ("Who was Tarnholme Peer Mentors funded by?", ["Tarnholme City Council"], [PCC_NAME]),
    ("What does Brackenford Borough Council receive grants from?", [PCC_NAME], B_GIVEN),
    # a council the graph does not hold: nothing, whatever the wording
    ("Which organisations were given grants by Oxleigh Borough Council?", [], []),
    ("Which organisations received grants directly from Oxleigh Borough Council?", [], []),
]


@pytest.mark.parametrize(("question", "expected", "forbidden"), GRID, ids=[q for q, _, _ in GRID])
def test_the_giver_named_after_the_verb(asker, question, expected, forbidden):
    assert_grid_answer(asker, question, expected, forbidden)
