"""A grid of questions that name a body by a bare kind ("the PCC", "the Commissioner", "the CSP") beside a place
or a body of one area (issue 11): "Which projects in Tendring does the PCC fund?", "Who chairs the CSP in
Preston?". The graph holds a commissioner and a partnership for several areas; the place in the question says
which one is meant, and another area's is never the answer. Also a chair held on a partnership asked of the
board the partnership meets as ("the Exeter Community Safety Partnership's Strategic Board"), and members asked
as "standing" / "core" / "statutory" where the paper writes another of these words. Papers, projects and people
are invented for this test; the councils are real places so that the gazetteer knows which police area each lies
in.

Dimensions varied: the bare kind ("PCC", "Commissioner", "Police and Crime Commissioner", "CSP", "Community
Safety Partnership"); where the place is (before the kind, after "in", in a body named elsewhere in the
question); the question's kind (chair, funds, how much, members); the board word ("Strategic Board", "Executive
Board", "Board"); the members' qualifier; places whose commissioner or partnership the graph does not hold are
refused; a board that is a body of its own keeps its own chair."""

from __future__ import annotations

from decimal import Decimal

import pytest
from explorer_fixture import _fact
from question_papers import asker_over, labels, paper

from govkg.graph.model import Entity, Fact

ESSEX_PFCC = Entity("body", "Essex Police, Fire and Crime Commissioner", subtype="PublicBody", area="Essex")
DEVON_PCC = Entity("body", "Devon and Cornwall Police and Crime Commissioner", subtype="PublicBody",
                   area="Devon and Cornwall")
LANCS_PCC = Entity("body", "Lancashire Police and Crime Commissioner", subtype="PublicBody", area="Lancashire")

# -- Tendring: a grants register of the county's commissioner, and the district's partnership
T_CSP = Entity("body", "Tendring Community Safety Partnership", subtype="Partnership", area="Tendring")
T_OUTREACH = Entity("initiative", "Clacton seafront youth outreach", area="Tendring")
T_CHARITY = Entity("body", "Harwich Harbour Youth Trust", area="Tendring")
ODILE = Entity("person", "Odile Fairweather-Nkemelu")
T_TEXT = """Tendring Community Safety Partnership: grants 2024/25

The Partnership is chaired by Odile Fairweather-Nkemelu.
The Essex Police, Fire and Crime Commissioner funds the Clacton seafront youth outreach (£12,400 for 2024/25),
delivered by Harwich Harbour Youth Trust. Harwich Harbour Youth Trust is a member of the Partnership.
"""


def _tendring(t: str) -> list[Fact]:
    line = "The Essex Police, Fire and Crime Commissioner funds the Clacton seafront youth outreach (£12,400"
    return [
        _fact(t, "The Partnership is chaired by Odile Fairweather-Nkemelu.", ODILE, "chairs", T_CSP),
        _fact(t, line, ESSEX_PFCC, "funds", T_OUTREACH, amount=Decimal(12400), period="2024/25"),
        _fact(t, "delivered by Harwich Harbour Youth Trust", T_CHARITY, "delivers", T_OUTREACH),
        _fact(t, "Harwich Harbour Youth Trust is a member of the Partnership.", T_CHARITY, "member_of", T_CSP),
    ]


# -- Exeter: a web page; the partnership meets as its Strategic Board, chaired on the partnership
X_CSP = Entity("body", "Exeter Community Safety Partnership", subtype="Partnership", area="Exeter")
X_PROJECT = Entity("initiative", "Exeter night-time economy marshals", area="Exeter")
X_COUNCIL = Entity("body", "Exeter City Council", subtype="Council", area="Exeter")
X_POLICE = Entity("body", "Devon and Cornwall Police", subtype="PoliceForce", area="Devon and Cornwall")
BARNABY = Entity("person", "Barnaby Okonkwo-Lisle")
X_TEXT = """Exeter Community Safety Partnership

The Partnership meets quarterly as its Strategic Board and is chaired by Barnaby Okonkwo-Lisle.
Core members: Exeter City Council; Devon and Cornwall Police.
The Devon and Cornwall Police and Crime Commissioner gave £9,800 to the Exeter night-time economy marshals.
"""


def _exeter(t: str) -> list[Fact]:
    core = "Core members: Exeter City Council; Devon and Cornwall Police."
    return [
        _fact(t, "chaired by Barnaby Okonkwo-Lisle", BARNABY, "chairs", X_CSP),
        _fact(t, core, X_COUNCIL, "member_of", X_CSP, qualifier="core member"),
        _fact(t, core, X_POLICE, "member_of", X_CSP, qualifier="core member"),
        _fact(t, "gave £9,800 to the Exeter night-time economy marshals", DEVON_PCC, "funds", X_PROJECT,
              amount=Decimal(9800), period="2024/25"),
    ]


# -- Preston: minutes of the partnership, a board of its own beside it, and the county's commissioner
P_CSP = Entity("body", "Preston Community Safety Partnership", subtype="Partnership", area="Preston")
P_BOARD = Entity("body", "Preston Community Safety Partnership Executive Board", subtype="Board", area="Preston")
P_PROJECT = Entity("initiative", "Preston knife crime education programme", area="Preston")
P_COUNCIL = Entity("body", "Preston City Council", subtype="Council", area="Preston")
P_PROBATION = Entity("body", "Probation Service", subtype="PublicBody")
IMOGEN = Entity("person", "Imogen Thackeray-Bello")
RUFUS = Entity("person", "Rufus Adebayo-Strand")
P_TEXT = """Preston Community Safety Partnership: minutes, 4 March 2025

Present: Imogen Thackeray-Bello (Chair). The Executive Board is chaired by Rufus Adebayo-Strand.
Statutory members: Preston City Council, Probation Service.
The Lancashire Police and Crime Commissioner funds the Preston knife crime education programme.
"""


def _preston(t: str) -> list[Fact]:
    stat = "Statutory members: Preston City Council, Probation Service."
    return [
        _fact(t, "Imogen Thackeray-Bello (Chair)", IMOGEN, "chairs", P_CSP),
        _fact(t, "The Executive Board is chaired by Rufus Adebayo-Strand.", RUFUS, "chairs", P_BOARD),
        _fact(t, stat, P_COUNCIL, "member_of", P_CSP, qualifier="statutory member"),
        _fact(t, stat, P_PROBATION, "member_of", P_CSP, qualifier="statutory member"),
        _fact(t, "The Lancashire Police and Crime Commissioner funds the Preston knife crime education programme.",
              LANCS_PCC, "funds", P_PROJECT),
    ]


# -- Dacorum: a web page; the Strategic Board is named on its own (groups report to it), its chair on the partnership
D_CSP = Entity("body", "Dacorum Community Safety Partnership", subtype="Partnership", area="Dacorum")
D_BOARD = Entity("body", "Dacorum Community Safety Partnership Strategic Board", subtype="Board", area="Dacorum")
D_FORUM = Entity("body", "Dacorum Rural Crime Forum", subtype="Group", area="Dacorum")
D_COUNCIL = Entity("body", "Dacorum Borough Council", subtype="Council", area="Dacorum")
WILHELMINA = Entity("person", "Wilhelmina Achterberg-Osei")
D_TEXT = """Dacorum Community Safety Partnership

The partnership is chaired by Wilhelmina Achterberg-Osei. Its Strategic Board meets in March, June, September
and December. The Dacorum Rural Crime Forum reports to the CSP's Strategic Board.
Standing members: Dacorum Borough Council.
"""


def _dacorum(t: str) -> list[Fact]:
    return [
        _fact(t, "The partnership is chaired by Wilhelmina Achterberg-Osei.", WILHELMINA, "chairs", D_CSP),
        _fact(t, "The Dacorum Rural Crime Forum reports to the CSP's Strategic Board.", D_FORUM, "reports_to",
              D_BOARD),
        _fact(t, "Standing members: Dacorum Borough Council.", D_COUNCIL, "member_of", D_CSP,
              qualifier="standing member"),
    ]


# -- Harlow: terms of reference, a membership table under a sentence that calls its members "core members"
H_PANEL = Entity("body", "Harlow Channel Panel", subtype="Panel", area="Harlow")
H_COUNCIL = Entity("body", "Harlow Council", subtype="Council", area="Harlow")
H_POLICE = Entity("body", "Essex Police", subtype="PoliceForce", area="Essex")
H_TEXT = """Harlow Channel Panel: terms of reference

3. Membership
Core members attend each meeting or send a briefed deputy.

Role | Organisation
Prevent Lead | Harlow Council
Channel Practitioner | Essex Police
"""


def _harlow(t: str) -> list[Fact]:
    return [
        _fact(t, "Prevent Lead | Harlow Council", H_COUNCIL, "member_of", H_PANEL),
        _fact(t, "Channel Practitioner | Essex Police", H_POLICE, "member_of", H_PANEL),
    ]


# -- Broxtowe: members named with no tier word at all
B_CSP = Entity("body", "Broxtowe Community Safety Partnership", subtype="Partnership", area="Broxtowe")
B_COUNCIL = Entity("body", "Broxtowe Borough Council", subtype="Council", area="Broxtowe")
B_TEXT = """Broxtowe Community Safety Partnership: annual report 2024

Broxtowe Borough Council is a member of the Partnership.
"""


def _broxtowe(t: str) -> list[Fact]:
    return [_fact(t, "Broxtowe Borough Council is a member of the Partnership.", B_COUNCIL, "member_of", B_CSP)]


# -- Hastings: a decision notice naming the partnership's board by its acronym ("the SHP Board")
S_CSP = Entity("body", "Safer Hastings Partnership", subtype="Partnership", area="Hastings",
               aliases=("SHP", "SHP Board"))
CASIMIR = Entity("person", "Casimir Ndlovu-Harte")
S_TEXT = """Safer Hastings Partnership (SHP): record of decision, 2025

The SHP Board is chaired by Casimir Ndlovu-Harte.
"""


def _hastings(t: str) -> list[Fact]:
    return [_fact(t, "The SHP Board is chaired by Casimir Ndlovu-Harte.", CASIMIR, "chairs", S_CSP)]


@pytest.fixture(scope="module")
def asker(tmp_path_factory: pytest.TempPathFactory):
    yield from asker_over(tmp_path_factory, "narrowing", [
        paper("tendring-csp-grants-2024", T_TEXT, "Tendring", _tendring, doc_type="report"),
        paper("exeter-csp-web-2024", X_TEXT, "Exeter", _exeter, doc_type="web_page"),
        paper("preston-csp-minutes-2025-03-04", P_TEXT, "Preston", _preston, doc_type="minutes"),
        paper("dacorum-csp-web-2024", D_TEXT, "Dacorum", _dacorum, doc_type="web_page"),
        paper("harlow-channel-panel-tor-2024", H_TEXT, "Harlow", _harlow, doc_type="terms_of_reference"),
        paper("broxtowe-csp-annual-report-2024", B_TEXT, "Broxtowe", _broxtowe),
        paper("hastings-shp-decision-2025", S_TEXT, "Hastings", _hastings, doc_type="decision"),
    ])


T_CHAIR, X_CHAIR, P_CHAIR = "Odile Fairweather-Nkemelu", "Barnaby Okonkwo-Lisle", "Imogen Thackeray-Bello"
OTHERS_FUNDED = ["Exeter night-time economy marshals", "Preston knife crime education programme",
                 "Clacton seafront youth outreach"]

# (question, every answer expected in the first five, answers that must not be given)
NARROWING: list[tuple[str, list[str], list[str]]] = [
    # (1) a bare commissioner or partnership narrowed by the question's place
    ("Which projects in Tendring does the PCC fund?", ["Clacton seafront youth outreach"], OTHERS_FUNDED[:2]),
    ("What does the Commissioner fund in Exeter?", ["Exeter night-time economy marshals"],
     [OTHERS_FUNDED[1], OTHERS_FUNDED[2]]),
    ("What does the Police and Crime Commissioner fund in Preston?", ["Preston knife crime education programme"],
     [OTHERS_FUNDED[0], OTHERS_FUNDED[2]]),
    ("How much did the PCC give the Exeter night-time economy marshals?", ["£9,800"], ["£12,400"]),
    ("Which projects in Exeter does the Commissioner fund?", ["Exeter night-time economy marshals"],
     [OTHERS_FUNDED[1], OTHERS_FUNDED[2]]),
    ("Which Preston projects does the Commissioner fund?", ["Preston knife crime education programme"],
     [OTHERS_FUNDED[0], OTHERS_FUNDED[2]]),
    ("What does the Essex PCC fund?", ["Clacton seafront youth outreach"], OTHERS_FUNDED[:2]),
    ("What does the Commissioner fund in Dacorum?", [], OTHERS_FUNDED),
    ("Who chairs the CSP in Preston?", [P_CHAIR], [T_CHAIR, X_CHAIR, "Rufus Adebayo-Strand"]),
    ("Who chairs the Tendring CSP?", [T_CHAIR], [X_CHAIR, P_CHAIR]),
    ("Who chairs the Community Safety Partnership in Exeter?", [X_CHAIR], [T_CHAIR, P_CHAIR]),
    ("Which organisations are members of the CSP in Tendring?", ["Harwich Harbour Youth Trust"],
     ["Exeter City Council", "Preston City Council"]),
    # places whose commissioner or partnership the graph does not hold: nothing
    ("Who chairs the CSP in Dartford?", [], [T_CHAIR, X_CHAIR, P_CHAIR]),
    ("What does the PCC fund in Dover?", [], OTHERS_FUNDED),
    ("Who chairs the Rugby Community Safety Partnership?", [], [T_CHAIR, X_CHAIR, P_CHAIR]),
    # (2) the partnership asked of the board it meets as
    ("Who chairs the Exeter Community Safety Partnership's Strategic Board?", [X_CHAIR], [T_CHAIR, P_CHAIR]),
    ("Who chairs the Exeter Community Safety Partnership Strategic Board?", [X_CHAIR], [T_CHAIR, P_CHAIR]),
    ("Who is the chair of the Tendring Community Safety Partnership Executive Board?", [T_CHAIR],
     [X_CHAIR, P_CHAIR]),
    ("Who chairs the Tendring CSP Board?", [T_CHAIR], [X_CHAIR, P_CHAIR]),
    # a board that is a body of its own keeps its own chair
    ("Who chairs the Preston Community Safety Partnership Executive Board?", ["Rufus Adebayo-Strand"], [P_CHAIR]),
    ("Who chairs the Preston Community Safety Partnership?", [P_CHAIR], ["Rufus Adebayo-Strand"]),
    # the board held as a body of its own, with no chair of its own: the partnership's chair
    ("Who chairs the Dacorum Community Safety Partnership's Strategic Board?", ["Wilhelmina Achterberg-Osei"],
     [T_CHAIR, X_CHAIR, P_CHAIR]),
    ("Who chairs the Dacorum CSP Strategic Board?", ["Wilhelmina Achterberg-Osei"], [T_CHAIR]),
    ("Which groups report to the Dacorum Community Safety Partnership Strategic Board?",
     ["Dacorum Rural Crime Forum"],
     []),
    ("Who chairs the Dacorum Community Safety Partnership?", ["Wilhelmina Achterberg-Osei"], []),
    # the partnership's name and "Board", where its papers call it "the <acronym> Board"
    ("Who chairs the Safer Hastings Partnership Board?", ["Casimir Ndlovu-Harte"], [T_CHAIR]),
    ("Who chairs the Safer Hastings Partnership Strategic Board?", ["Casimir Ndlovu-Harte"], [T_CHAIR]),
    # another area's board is not it
    ("Who chairs the Rugby Community Safety Partnership Strategic Board?", [], [T_CHAIR, X_CHAIR, P_CHAIR]),
    # (3) standing / core / statutory members where the paper writes another of these words
    ("Which organisations are standing members of the Exeter Community Safety Partnership?",
     ["Exeter City Council", "Devon and Cornwall Police"], ["Preston City Council"]),
    ("Who are the statutory members of the Exeter Community Safety Partnership?",
     ["Exeter City Council", "Devon and Cornwall Police"], ["Probation Service"]),
    ("Who are the core members of the Preston Community Safety Partnership?",
     ["Preston City Council", "Probation Service"], ["Exeter City Council"]),
    ("Which organisations are standing members of the Preston Community Safety Partnership?",
     ["Preston City Council", "Probation Service"], ["Exeter City Council"]),
    ("Who are the core members of the Dacorum Community Safety Partnership?", ["Dacorum Borough Council"],
     ["Exeter City Council"]),
    ("Which organisations are statutory members of the Dacorum CSP?", ["Dacorum Borough Council"],
     ["Preston City Council"]),
    # the tier said in the sentence above a membership table, which no row's quote says
    ("Which organisations are standing members of the Harlow Channel Panel?", ["Harlow Council", "Essex Police"],
     []),
    ("Who are the statutory members of the Harlow Channel Panel?", ["Harlow Council", "Essex Police"], []),
    # no tier word in the papers at all: nothing is said to be of that tier
    ("Who are the statutory members of the Broxtowe Community Safety Partnership?", [],
     ["Broxtowe Borough Council"]),
    # a tier word the question does not share with the papers, but "co-opted" is not one of them
    ("Which organisations are co-opted members of the Exeter Community Safety Partnership?", [],
     ["Exeter City Council", "Devon and Cornwall Police"]),
    ("Who are the core members of the Exeter Community Safety Partnership?",
     ["Exeter City Council", "Devon and Cornwall Police"], ["Preston City Council"]),
]


def _norm(text: str) -> str:
    return " ".join(text.lower().replace(",", " ").split())


@pytest.mark.parametrize(("question", "expected", "forbidden"), NARROWING, ids=[q for q, _, _ in NARROWING])
def test_narrowed_to_the_area(asker, question: str, expected: list[str], forbidden: list[str]) -> None:
    got = labels(asker, question)
    top = [_norm(g) for g in got[:5]]
    for want in expected:
        assert any(_norm(want) in g for g in top), (question, got)
    if not expected:
        assert not got or not any(_norm(f) in _norm(g) for g in got for f in forbidden), (question, got)
    for bad in forbidden:
        assert not any(_norm(bad) in _norm(g) for g in got), (question, got)
