"""A grid of two questions asked as one (issue 11): "Who chairs the Board, and who is its vice-chair?", "How much
did the Commissioner give the project, and who delivers it?", "What did the Group replace, and who chairs it?".

An officer joins a second question to the first with ", and" and points back with "it", "its" or "them" to what
the first named. Each half is a question the asker reads alone; read as one, the second half's relation was lost
and only the first was answered (or neither). Four invented councils in one invented police area, each paper in
its own council's style (minutes, terms of reference, a web page, a decision notice), hold the same kinds of
facts, so that an answer from the wrong council shows. Papers, places and people written for this test.

Dimensions varied: the first half's kind (who chairs, who leads, who funds, who delivers, how much, when, what
did X verb); the second half's relation (vice-chair, chair, reports to, sub-groups, members, delivers, commissions,
areas covered); the back-reference ("its", "it", "them", none: "and who is the vice-chair"); lower case, no
question mark; a yes-or-no second half (not answered: the first half's answer stands); a body the graph holds
only for another council, or not at all (nothing answered)."""

from __future__ import annotations

from decimal import Decimal

import pytest
from explorer_fixture import _fact
from question_papers import asker_over, labels, paper

from govkg.graph.model import Entity, Fact

POLICE = Entity("body", "Fenmoor Police", subtype="PoliceForce", area="Fenmoor")
PCC = Entity("body", "Fenmoor Police and Crime Commissioner", subtype="PublicBody", area="Fenmoor",
             aliases=("Fenmoor PCC",))

# -- Harrowfield: minutes
H_BOARD = Entity("body", "Harrowfield Safer Streets Board", subtype="Board", area="Harrowfield")
H_DAG = Entity("body", "Harrowfield Domestic Abuse Group", subtype="Group", area="Harrowfield")
H_COUNCIL = Entity("body", "Harrowfield Borough Council", subtype="Council", area="Harrowfield")
H_HUB = Entity("initiative", "Harrowfield Youth Diversion Hub", area="Harrowfield")
H_TRUST = Entity("body", "Cobble Lane Youth Trust", area="Harrowfield")
IVOR = Entity("person", "Cllr Ivor Penhallow", aliases=("Ivor Penhallow",))
ROSALIND = Entity("person", "Rosalind Achebe-Frost")
GWYN = Entity("person", "Gwyn Oduya")

H_TEXT = """Harrowfield Safer Streets Board
Minutes of the meeting held on 4 March 2024

Present: Cllr Ivor Penhallow (Chair), Rosalind Achebe-Frost (Vice-Chair), Gwyn Oduya.

1. The Harrowfield Domestic Abuse Group reports to the Board; Gwyn Oduya chairs the Group.
2. The Fenmoor Police and Crime Commissioner has granted £24,000 for 2024/25 to the Harrowfield Youth Diversion
Hub, which is run by the Cobble Lane Youth Trust.
3. Harrowfield Borough Council and Fenmoor Police are members of the Board.
"""


def _harrowfield(t: str) -> list[Fact]:
    members = "Harrowfield Borough Council and Fenmoor Police are members of the Board."
    return [
        _fact(t, "Cllr Ivor Penhallow (Chair)", IVOR, "chairs", H_BOARD),
        _fact(t, "Rosalind Achebe-Frost (Vice-Chair)", ROSALIND, "vice_chair", H_BOARD),
        _fact(t, "The Harrowfield Domestic Abuse Group reports to the Board", H_DAG, "reports_to", H_BOARD),
        _fact(t, "Gwyn Oduya chairs the Group", GWYN, "chairs", H_DAG),
        _fact(t, "The Fenmoor Police and Crime Commissioner has granted £24,000 for 2024/25", PCC, "funds", H_HUB,
              amount=Decimal(24000), period="2024/25"),
        _fact(t, "which is run by the Cobble Lane Youth Trust", H_TRUST, "delivers", H_HUB),
        _fact(t, members, H_COUNCIL, "member_of", H_BOARD),
        _fact(t, members, POLICE, "member_of", H_BOARD),
    ]


# -- Kestrel Vale: terms of reference
K_CSP = Entity("body", "Kestrel Vale Community Safety Partnership", subtype="Partnership", area="Kestrel Vale",
               aliases=("Kestrel Vale CSP",))
K_PANEL = Entity("body", "Kestrel Vale Channel Panel", subtype="Panel", area="Kestrel Vale")
K_ASB = Entity("body", "Kestrel Vale Anti-Social Behaviour Group", subtype="Group", area="Kestrel Vale")
K_COUNCIL = Entity("body", "Kestrel Vale District Council", subtype="Council", area="Kestrel Vale")
K_IDVA = Entity("initiative", "Kestrel Vale advocacy service", area="Kestrel Vale")
K_REFUGE = Entity("body", "Heronsgate Refuge", area="Kestrel Vale")
TAMSIN = Entity("person", "Tamsin Orford-Leigh")
BARNABY = Entity("person", "Barnaby Quist")
NKECHI = Entity("person", "Nkechi Pellow")
KESTREL = Entity("area", "Kestrel Vale")
SALTMARSH = Entity("area", "Saltmarsh")

K_TEXT = """Kestrel Vale Community Safety Partnership: terms of reference (2024)

2.1 The Partnership is chaired by Tamsin Orford-Leigh. Barnaby Quist is its deputy chair.
2.2 The Partnership covers the district of Kestrel Vale and the town of Saltmarsh.
2.3 The Kestrel Vale Anti-Social Behaviour Group is a sub-group of the Partnership.
2.4 The Kestrel Vale Channel Panel is chaired by Nkechi Pellow; Kestrel Vale District Council and Fenmoor Police
sit on the Panel.
2.5 The Kestrel Vale advocacy service is commissioned by Kestrel Vale District Council and delivered by Heronsgate
Refuge.
"""


def _kestrel(t: str) -> list[Fact]:
    covers = "The Partnership covers the district of Kestrel Vale and the town of Saltmarsh."
    sit = "Kestrel Vale District Council and Fenmoor Police\nsit on the Panel."
    return [
        _fact(t, "The Partnership is chaired by Tamsin Orford-Leigh.", TAMSIN, "chairs", K_CSP),
        _fact(t, "Barnaby Quist is its deputy chair.", BARNABY, "vice_chair", K_CSP),
        _fact(t, covers, K_CSP, "covers_area", KESTREL),
        _fact(t, covers, K_CSP, "covers_area", SALTMARSH),
        _fact(t, "The Kestrel Vale Anti-Social Behaviour Group is a sub-group of the Partnership.", K_ASB,
              "subgroup_of", K_CSP),
        _fact(t, "The Kestrel Vale Channel Panel is chaired by Nkechi Pellow", NKECHI, "chairs", K_PANEL),
        _fact(t, sit, K_COUNCIL, "member_of", K_PANEL),
        _fact(t, sit, POLICE, "member_of", K_PANEL),
        _fact(t, "commissioned by Kestrel Vale District Council", K_COUNCIL, "commissions", K_IDVA),
        _fact(t, "delivered by Heronsgate\nRefuge", K_REFUGE, "delivers", K_IDVA),
    ]


# -- Marlbury: a web page
M_CSP = Entity("body", "Safer Marlbury Partnership", subtype="Partnership", area="Marlbury")
M_PREVENT = Entity("body", "Marlbury Prevent Group", subtype="Group", area="Marlbury")
M_NTE = Entity("body", "Marlbury Night-Time Economy Group", subtype="Group", area="Marlbury")
M_COUNCIL = Entity("body", "Marlbury City Council", subtype="Council", area="Marlbury")
M_PATROL = Entity("initiative", "Marlbury street pastors scheme", area="Marlbury")
M_CHURCHES = Entity("body", "Marlbury Churches Together", area="Marlbury")
OLWEN = Entity("person", "Olwen Fairbairn-Shah")
DESMOND = Entity("person", "Inspector Desmond Kaur", aliases=("Desmond Kaur",))
PERPETUA = Entity("person", "Perpetua Nwosu")

M_TEXT = """About the Safer Marlbury Partnership

Our partnership is led by Olwen Fairbairn-Shah, with Inspector Desmond Kaur as vice-chair. It reports each year to
Marlbury City Council. The Marlbury Prevent Group, led by Perpetua Nwosu, and the Marlbury Night-Time Economy Group
sit under the partnership. Marlbury City Council pays for the Marlbury street pastors scheme, which Marlbury
Churches Together runs.
"""


def _marlbury(t: str) -> list[Fact]:
    return [
        _fact(t, "Our partnership is led by Olwen Fairbairn-Shah", OLWEN, "chairs", M_CSP),
        _fact(t, "with Inspector Desmond Kaur as vice-chair", DESMOND, "vice_chair", M_CSP),
        _fact(t, "It reports each year to\nMarlbury City Council", M_CSP, "reports_to", M_COUNCIL),
        _fact(t, "The Marlbury Prevent Group, led by Perpetua Nwosu", PERPETUA, "chairs", M_PREVENT),
        _fact(t, "The Marlbury Prevent Group, led by Perpetua Nwosu, and the Marlbury Night-Time Economy Group\nsit "
              "under the partnership", M_PREVENT, "subgroup_of", M_CSP),
        _fact(t, "The Marlbury Prevent Group, led by Perpetua Nwosu, and the Marlbury Night-Time Economy Group\nsit "
              "under the partnership", M_NTE, "subgroup_of", M_CSP),
        _fact(t, "Marlbury City Council pays for the Marlbury street pastors scheme", M_COUNCIL, "funds", M_PATROL),
        _fact(t, "which Marlbury\nChurches Together runs", M_CHURCHES, "delivers", M_PATROL),
    ]


# -- Tolcombe: a decision notice
T_CSP = Entity("body", "Tolcombe Community Safety Partnership", subtype="Partnership", area="Tolcombe")
T_BOARD = Entity("body", "Tolcombe Reducing Reoffending Board", subtype="Board", area="Tolcombe")
T_COUNCIL = Entity("body", "Tolcombe Borough Council", subtype="Council", area="Tolcombe")
T_MENTOR = Entity("initiative", "Tolcombe mentoring project", area="Tolcombe")
T_CHARITY = Entity("body", "Brightwater Mentoring", area="Tolcombe")
SEREN = Entity("person", "Seren Mabbott")
FABIAN = Entity("person", "Fabian Oyelowo-Grant")

T_TEXT = """Tolcombe Borough Council: decision notice TBC/2024/12

The Tolcombe Reducing Reoffending Board, chaired by Seren Mabbott, reports to the Tolcombe Community Safety
Partnership. Fabian Oyelowo-Grant chairs the Partnership. Decision: Tolcombe Borough Council awards £9,750 for
2024/25 to the Tolcombe mentoring project, delivered by Brightwater Mentoring.
"""


def _tolcombe(t: str) -> list[Fact]:
    return [
        _fact(t, "The Tolcombe Reducing Reoffending Board, chaired by Seren Mabbott", SEREN, "chairs", T_BOARD),
        _fact(t, "reports to the Tolcombe Community Safety\nPartnership", T_BOARD, "reports_to", T_CSP),
        _fact(t, "Fabian Oyelowo-Grant chairs the Partnership.", FABIAN, "chairs", T_CSP),
        _fact(t, "Tolcombe Borough Council awards £9,750 for\n2024/25 to the Tolcombe mentoring project", T_COUNCIL,
              "funds", T_MENTOR, amount=Decimal(9750), period="2024/25"),
        _fact(t, "delivered by Brightwater Mentoring", T_CHARITY, "delivers", T_MENTOR),
    ]


@pytest.fixture(scope="module")
def asker(tmp_path_factory: pytest.TempPathFactory):
    yield from asker_over(tmp_path_factory, "joined", [
        paper("harrowfield-ssb-minutes-2024-03-04", H_TEXT, "Harrowfield", _harrowfield, doc_type="minutes"),
        paper("kestrel-vale-csp-tor-2024", K_TEXT, "Kestrel Vale", _kestrel, doc_type="terms_of_reference"),
        paper("marlbury-smp-web-2024", M_TEXT, "Marlbury", _marlbury, doc_type="web_page"),
        paper("tolcombe-decision-2024-12", T_TEXT, "Tolcombe", _tolcombe, doc_type="decision"),
    ])


# (question, every answer expected in the first five, answers that must not be given)
JOINED: list[tuple[str, list[str], list[str]]] = [
    # chair, then vice-chair
    ("Who chairs the Harrowfield Safer Streets Board, and who is its vice-chair?",
     ["Ivor Penhallow", "Rosalind Achebe-Frost"], ["Barnaby Quist"]),
    ("Who is the chair of the Kestrel Vale Community Safety Partnership, and who is its deputy chair?",
     ["Tamsin Orford-Leigh", "Barnaby Quist"], ["Desmond Kaur"]),
    ("who leads the Safer Marlbury Partnership, and who is its vice chair", ["Olwen Fairbairn-Shah", "Desmond Kaur"],
     ["Rosalind Achebe-Frost"]),
    ("Who chairs the Kestrel Vale CSP, and who is the vice-chair?", ["Tamsin Orford-Leigh", "Barnaby Quist"],
     ["Rosalind Achebe-Frost"]),
    ("Who is the vice-chair of the Safer Marlbury Partnership, and who chairs it?",
     ["Desmond Kaur", "Olwen Fairbairn-Shah"], []),
    # chair, then what it reports to / its sub-groups / who sits on it / what it covers
    ("Who chairs the Harrowfield Domestic Abuse Group, and what does it report to?",
     ["Gwyn Oduya", "Harrowfield Safer Streets Board"], []),
    ("Who chairs the Tolcombe Reducing Reoffending Board, and which body does it report to?",
     ["Seren Mabbott", "Tolcombe Community Safety Partnership"], []),
    ("Who chairs the Kestrel Vale Community Safety Partnership, and which groups sit under it?",
     ["Tamsin Orford-Leigh", "Kestrel Vale Anti-Social Behaviour Group"], ["Marlbury Prevent Group"]),
    ("Who leads the Safer Marlbury Partnership, and what are its sub-groups?",
     ["Olwen Fairbairn-Shah", "Marlbury Prevent Group", "Marlbury Night-Time Economy Group"], []),
    ("Who chairs the Kestrel Vale Channel Panel, and which organisations sit on it?",
     ["Nkechi Pellow", "Kestrel Vale District Council", "Fenmoor Police"], []),
    ("Who chairs the Kestrel Vale Community Safety Partnership, and which areas does it cover?",
     ["Tamsin Orford-Leigh", "Saltmarsh"], []),
    # money, then who delivers or runs it
    ("How much did the Fenmoor PCC give the Harrowfield Youth Diversion Hub for 2024/25, and who delivers it?",
     ["£24,000", "Cobble Lane Youth Trust"], ["£9,750"]),
    ("How much did Tolcombe Borough Council award the Tolcombe mentoring project in 2024/25, and who delivers it?",
     ["£9,750", "Brightwater Mentoring"], ["£24,000"]),
    ("Who funds the Marlbury street pastors scheme, and who delivers it?",
     ["Marlbury City Council", "Marlbury Churches Together"], []),
    ("Who pays for the Harrowfield Youth Diversion Hub, and who runs it?",
     ["Fenmoor Police and Crime Commissioner", "Cobble Lane Youth Trust"], []),
    # who delivers, then who commissions, and the other way round
    ("Who delivers the Kestrel Vale advocacy service, and who commissions it?",
     ["Heronsgate Refuge", "Kestrel Vale District Council"], []),
    ("Who commissions the Kestrel Vale advocacy service, and who provides it?",
     ["Kestrel Vale District Council", "Heronsgate Refuge"], []),
    # the chair of a group the first half names, reached through the second
    ("What does the Harrowfield Domestic Abuse Group report to, and who chairs it?",
     ["Harrowfield Safer Streets Board"], []),
    ("Which body does the Tolcombe Reducing Reoffending Board report to, and who chairs it?",
     ["Tolcombe Community Safety Partnership", "Fabian Oyelowo-Grant"], []),
    # a yes-or-no second half: the first half answered
    ("Who chairs the Harrowfield Safer Streets Board, and did that person attend the meeting of 4 March 2024?",
     ["Ivor Penhallow"], []),
    ("Who chairs the Tolcombe Community Safety Partnership, and is he also a member of the Board?",
     ["Fabian Oyelowo-Grant"], []),
    # "them": a group of things the first half names
    ("Who leads the Marlbury Prevent Group, and what does it sit under?",
     ["Perpetua Nwosu", "Safer Marlbury Partnership"], []),
    # no comma, or two question marks
    ("Who chairs the Tolcombe Reducing Reoffending Board and what does it report to?",
     ["Seren Mabbott", "Tolcombe Community Safety Partnership"], []),
    ("Who leads the Safer Marlbury Partnership? And who is its vice-chair?", ["Olwen Fairbairn-Shah", "Desmond Kaur"],
     []),
    # how often, where
    ("How often does the Pelling Youth Board meet, and who chairs it?", [], ["Gwyn Oduya"]),
    ("Where does the Marlbury Prevent Group sit, and who leads it?", ["Safer Marlbury Partnership", "Perpetua Nwosu"],
     []),
    # two roles of one question, with nothing to point back to: read whole, as before
    ("Who chairs and who is vice-chair of the Harrowfield Safer Streets Board?", ["Ivor Penhallow"], []),
    # a body the graph holds only for another council, or not at all: nothing
    ("Who chairs the Marlbury Channel Panel, and who is its vice-chair?", [], ["Nkechi Pellow"]),
    ("Who chairs the Rutland Safer Streets Board, and who is its vice-chair?", [],
     ["Ivor Penhallow", "Rosalind Achebe-Frost"]),
    ("Who chairs the Tolcombe Domestic Abuse Group, and what does it report to?", [],
     ["Gwyn Oduya", "Harrowfield Safer Streets Board"]),
]


def _norm(text: str) -> str:
    return " ".join(text.lower().replace(",", " ").split())


def _given(expected: str, got: list[str]) -> bool:
    return any(_norm(expected) in _norm(g) for g in got)


@pytest.mark.parametrize(("question", "expected", "forbidden"), JOINED, ids=[f"j{i}" for i in range(len(JOINED))])
def test_two_questions_asked_as_one_are_both_answered(asker, question, expected, forbidden):
    got = labels(asker, question)
    assert all(_given(e, got[:5]) for e in expected), (got, asker.ask(question).interpretation)
    assert not any(_given(f, got) for f in forbidden), got
    if not expected:
        assert not got, got
