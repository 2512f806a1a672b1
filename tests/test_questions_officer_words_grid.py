"""A grid of four question-side faults of issue 11 (an officer's own words), over three invented councils whose
papers hold the same kinds of facts, so that an answer from the wrong council shows. Papers, places and people
written for this test.

(a) THE POST RESTATED: "Who is the Ashmere inspector who leads the Town Centre Group?", where the paper names
the post that leads and no holder. A person is asked for by the post the question itself names; the post is no
answer to "who", its holder is (and with none recorded, nothing). Dimensions: the role's words (all of the post's,
some of them, with or without the place); the link word (who, that, leading, for); a post with a holder recorded;
"who leads X?" plainly (the post stays an answer).

(b) THE ANSWER REFERRED TO: "Which body does X report to, and who chairs that body?", "Who chairs X, and what post
does that person hold?". The second half asks about what the first half answers ("that body", "that person",
"she"), not what it names. Dimensions: the demonstrative (that body, that board, that person, this group, she);
the first question word (which, who); the second half's relation (chairs, holds the post of, reports to).

(c) THE ALLOCATION OF EVERY NAME: "How much did the PCC award the Ashmere youth project for 2024/25?", where the
PCC made other allocations too. The allocation of every name the question gives is the one asked about.
Dimensions: the verb (award, give, grant, allocate to, provide to); the recipient (a project, a body); a
possessive place ("Ashmere's allocation"); another council's project (nothing).

(d) A NAME MET AS ITS BOARD: "Safer Ashmere" in a paper whose facts are stated of "the Safer Ashmere Board".
Dimensions: the relation asked (reports to, chairs, members); the other council's namesake (nothing).

(e) TWO PLACES SHARING ONE PLURAL HEAD: "the joint meeting of the Rushcliffe and Gedling CSPs" is each place's own
partnership (real places, so that the gazetteer knows them; invented people). Dimensions: the head (an acronym,
the words); "and" or "&"; the relation (apologies, members); a place whose partnership is held nowhere (nothing).

(f) TWO ROLES OF ONE BODY: "Who is the Senior Responsible Owner and chair of X?", where the graph records a chair
and no post of the first role. Dimensions: the roles (two of a post's names, chair and a lead); the body."""

from __future__ import annotations

from decimal import Decimal

import pytest
from explorer_fixture import _fact
from question_papers import asker_over, labels, paper

from govkg.graph.model import Entity

# -- Ashmere: a terms-of-reference paper and a grants decision
A_SAFER = Entity("body", "Safer Ashmere", subtype="Partnership", area="Ashmere")
A_BOARD = Entity("body", "Safer Ashmere Board", subtype="Board", area="Ashmere")
A_TOWN = Entity("body", "Ashmere Town Centre Group", subtype="Group", area="Ashmere")
A_NIGHT = Entity("body", "Ashmere Night Time Economy Group", subtype="Group", area="Ashmere")
A_INSPECTOR = Entity("post", "Fenwold Police Ashmere Neighbourhood Inspector", area="Ashmere")
A_MANAGER = Entity("post", "Ashmere Licensing Manager", area="Ashmere")
A_COUNTY = Entity("body", "Fenwold Safer Communities Board", subtype="Board", area="Fenwold")
A_COUNCIL = Entity("body", "Ashmere Borough Council", subtype="Council", area="Ashmere")
A_YOUTH = Entity("initiative", "Ashmere Youth Outreach Project", area="Ashmere")
A_ANGELS = Entity("initiative", "Lantern Street Patrols", area="Ashmere")
A_CCTV = Entity("initiative", "Redeployable CCTV", area="Ashmere")
PCC = Entity("post", "Fenwold Police and Crime Commissioner", area="Fenwold")
ORLA = Entity("person", "Orla Penhaligon")
TOBIAS = Entity("person", "Tobias Wren-Achebe")

A_TEXT = """Safer Ashmere: terms of reference 2024

1. The Safer Ashmere Board reports to the Fenwold Safer Communities Board, which is chaired by the Fenwold Police
and Crime Commissioner. Ashmere Borough Council is a member of the Safer Ashmere Board.
2. The Ashmere Town Centre Group is led by the Fenwold Police Ashmere Neighbourhood Inspector.
3. The Ashmere Night Time Economy Group is chaired by the Ashmere Licensing Manager, Orla Penhaligon.
4. Tobias Wren-Achebe chairs the Safer Ashmere Board.
"""

A_GRANTS = """Fenwold Police and Crime Commissioner: decision 2024/07, Ashmere grants

Ashmere's allocation for 2024/25 is £41,300. From it the Commissioner awards £12,400 to the Ashmere Youth Outreach
Project, £9,100 to the Lantern Street Patrols and £6,800 to Redeployable CCTV.
"""


def _ashmere(t: str) -> list:
    return [
        _fact(t, "The Safer Ashmere Board reports to the Fenwold Safer Communities Board", A_BOARD, "reports_to",
              A_COUNTY),
        _fact(t, "which is chaired by the Fenwold Police\nand Crime Commissioner", PCC, "chairs", A_COUNTY),
        _fact(t, "Ashmere Borough Council is a member of the Safer Ashmere Board", A_COUNCIL, "member_of", A_BOARD),
        _fact(t, "The Ashmere Town Centre Group is led by the Fenwold Police Ashmere Neighbourhood Inspector",
              A_INSPECTOR, "chairs", A_TOWN),
        _fact(t, "The Ashmere Night Time Economy Group is chaired by the Ashmere Licensing Manager", A_MANAGER,
              "chairs", A_NIGHT),
        _fact(t, "the Ashmere Licensing Manager, Orla Penhaligon", ORLA, "holds_post", A_MANAGER),
        _fact(t, "Tobias Wren-Achebe chairs the Safer Ashmere Board", TOBIAS, "chairs", A_BOARD),
        _fact(t, "Safer Ashmere: terms of reference", A_SAFER, "covers_area", Entity("area", "Ashmere")),
    ]


def _ashmere_grants(t: str) -> list:
    return [
        _fact(t, "Ashmere's allocation for 2024/25 is £41,300", PCC, "funds", A_COUNCIL, amount=Decimal(41300),
              period="2024/25"),
        _fact(t, "£12,400 to the Ashmere Youth Outreach\nProject", PCC, "funds", A_YOUTH, amount=Decimal(12400),
              period="2024/25"),
        _fact(t, "£9,100 to the Lantern Street Patrols", PCC, "funds", A_ANGELS, amount=Decimal(9100),
              period="2024/25"),
        _fact(t, "£6,800 to Redeployable CCTV", PCC, "funds", A_CCTV, amount=Decimal(6800), period="2024/25"),
    ]


# -- Brindlecombe: minutes; the inspector's post has a holder
B_CSP = Entity("body", "Brindlecombe Community Safety Partnership", subtype="Partnership", area="Brindlecombe")
B_ASB = Entity("body", "Brindlecombe ASB Panel", subtype="Panel", area="Brindlecombe")
B_INSPECTOR = Entity("post", "Fenwold Police Brindlecombe Neighbourhood Inspector", area="Brindlecombe")
B_TRUST = Entity("body", "Brindlecombe Youth Trust", area="Brindlecombe")
B_PROJECT = Entity("initiative", "Brindlecombe Detached Youth Work", area="Brindlecombe")
B_DA = Entity("initiative", "Brindlecombe Domestic Abuse Advocacy", area="Brindlecombe")
PRIYA = Entity("person", "Priya Castellano")
GIDEON = Entity("person", "Gideon Marsh-Okoro")

B_TEXT = """Brindlecombe Community Safety Partnership
Minutes of the meeting held on 12 March 2024

The Brindlecombe ASB Panel, led by the Fenwold Police Brindlecombe Neighbourhood Inspector, reports to the
Partnership. Inspector Priya Castellano is the Brindlecombe Neighbourhood Inspector. Gideon Marsh-Okoro chairs the
Partnership. The Commissioner gave £15,000 to the Brindlecombe Youth Trust for Brindlecombe Detached Youth Work in
2024/25, and £22,000 to Brindlecombe Domestic Abuse Advocacy.
"""


def _brindlecombe(t: str) -> list:
    return [
        _fact(t, "led by the Fenwold Police Brindlecombe Neighbourhood Inspector", B_INSPECTOR, "chairs", B_ASB),
        _fact(t, "The Brindlecombe ASB Panel, led by the Fenwold Police Brindlecombe Neighbourhood Inspector, reports "
                 "to the\nPartnership", B_ASB, "reports_to", B_CSP),
        _fact(t, "Inspector Priya Castellano is the Brindlecombe Neighbourhood Inspector", PRIYA, "holds_post",
              B_INSPECTOR),
        _fact(t, "Gideon Marsh-Okoro chairs the\nPartnership", GIDEON, "chairs", B_CSP),
        _fact(t, "The Commissioner gave £15,000 to the Brindlecombe Youth Trust for Brindlecombe Detached Youth Work",
              PCC, "funds", B_PROJECT, amount=Decimal(15000), period="2024/25"),
        _fact(t, "£22,000 to Brindlecombe Domestic Abuse Advocacy", PCC, "funds", B_DA, amount=Decimal(22000),
              period="2024/25"),
        _fact(t, "Brindlecombe Youth Trust for Brindlecombe Detached Youth Work", B_TRUST, "delivers", B_PROJECT),
    ]


# -- Corrowby: a web page; a namesake of Ashmere's partnership kinds, another council
C_SAFER = Entity("body", "Safer Corrowby", subtype="Partnership", area="Corrowby")
C_GROUP = Entity("body", "Corrowby Town Centre Group", subtype="Group", area="Corrowby")
C_INSPECTOR = Entity("post", "Corrowby Neighbourhood Inspector", area="Corrowby")

C_TEXT = """Safer Corrowby

Safer Corrowby brings the council, police and health together. The Corrowby Town Centre Group is led by the
Corrowby Neighbourhood Inspector.
"""


def _corrowby(t: str) -> list:
    return [
        _fact(t, "Safer Corrowby brings", C_SAFER, "covers_area", Entity("area", "Corrowby")),
        _fact(t, "The Corrowby Town Centre Group is led by the\nCorrowby Neighbourhood Inspector", C_INSPECTOR,
              "chairs", C_GROUP),
    ]


# -- Rushcliffe and Gedling: minutes of a joint meeting (real places, invented people)
R_CSP = Entity("body", "Rushcliffe Community Safety Partnership", subtype="Partnership", area="Rushcliffe")
G_CSP = Entity("body", "Gedling Community Safety Partnership", subtype="Partnership", area="Gedling")
R_HOMES = Entity("body", "Trentside Homes", area="Rushcliffe")
HESTER = Entity("person", "Hester Quayle")
BRAM = Entity("person", "Bram Oduya")

RG_TEXT = """Rushcliffe and Gedling Community Safety Partnerships
Minutes of the joint meeting held on 4 June 2024

Apologies: Hester Quayle (Rushcliffe CSP), Bram Oduya (Gedling CSP).
Trentside Homes is a member of both partnerships.
"""


def _rushcliffe_gedling(t: str) -> list:
    return [
        _fact(t, "Hester Quayle (Rushcliffe CSP)", HESTER, "apologies", R_CSP),
        _fact(t, "Bram Oduya (Gedling CSP)", BRAM, "apologies", G_CSP),
        *[_fact(t, "Trentside Homes is a member of both partnerships", R_HOMES, "member_of", b)
          for b in (R_CSP, G_CSP)],
    ]


@pytest.fixture(scope="module")
def asker(tmp_path_factory: pytest.TempPathFactory):
    yield from asker_over(tmp_path_factory, "officer-words", [
        paper("safer-ashmere-tor-2024", A_TEXT, "Ashmere", _ashmere, doc_type="terms_of_reference"),
        paper("fenwold-pcc-decision-ashmere-2024", A_GRANTS, "Ashmere", _ashmere_grants, doc_type="decision"),
        paper("brindlecombe-csp-minutes-2024-03-12", B_TEXT, "Brindlecombe", _brindlecombe, doc_type="minutes"),
        paper("safer-corrowby-web-2024", C_TEXT, "Corrowby", _corrowby, doc_type="web_page"),
        paper("rushcliffe-gedling-joint-csp-minutes-2024-06-04", RG_TEXT, "Rushcliffe", _rushcliffe_gedling,
              doc_type="minutes"),
    ])


# (question, every answer expected in the first five, answers that must not be given)
RESTATED: list[tuple[str, list[str], list[str]]] = [
    ("Who is the Ashmere Neighbourhood Inspector who leads the Ashmere Town Centre Group?", [],
     ["Neighbourhood Inspector"]),
    ("Who is the inspector who leads the Ashmere Town Centre Group?", [], ["Neighbourhood Inspector"]),
    ("Who is the Ashmere inspector that leads the Ashmere Town Centre Group?", [], ["Neighbourhood Inspector"]),
    ("Who is the neighbourhood inspector leading the Ashmere Town Centre Group?", [], ["Neighbourhood Inspector"]),
    ("who is the police inspector who chairs the Ashmere Town Centre Group", [], ["Neighbourhood Inspector"]),
    ("Who is the Corrowby Neighbourhood Inspector who leads the Corrowby Town Centre Group?", [],
     ["Neighbourhood Inspector"]),
    # a holder recorded: the holder, never the post
    ("Who is the Fenwold Police Brindlecombe Neighbourhood Inspector who leads the Brindlecombe ASB Panel?",
     ["Priya Castellano"],
     ["Neighbourhood Inspector"]),
    ("Who is the inspector who leads the Brindlecombe ASB Panel?", ["Priya Castellano"], ["Neighbourhood Inspector"]),
    ("Who is the licensing manager who chairs the Ashmere Night Time Economy Group?", ["Orla Penhaligon"],
     ["Licensing Manager"]),
    # asked plainly, the post is still the answer
    ("Who leads the Ashmere Town Centre Group?", ["Ashmere Neighbourhood Inspector"], []),
    ("Who chairs the Corrowby Town Centre Group?", ["Corrowby Neighbourhood Inspector"], []),
]

REFERRED: list[tuple[str, list[str], list[str]]] = [
    ("Which body does the Safer Ashmere Board report to, and who chairs that body?",
     ["Fenwold Safer Communities Board", "Fenwold Police and Crime Commissioner"], []),
    ("Which board does the Safer Ashmere Board report to, and who chairs that board?",
     ["Fenwold Police and Crime Commissioner"], ["Tobias Wren-Achebe"]),
    ("What does the Brindlecombe ASB Panel report to, and who chairs that partnership?",
     ["Gideon Marsh-Okoro"], []),
    ("Who chairs the Ashmere Night Time Economy Group, and what post does that person hold?",
     ["Licensing Manager"], []),
    ("Who chairs the Ashmere Night Time Economy Group and what post does she hold?", ["Licensing Manager"], []),
    ("Which group reports to the Brindlecombe Community Safety Partnership, and who leads that group?",
     ["Brindlecombe ASB Panel", "Priya Castellano"], []),
    ("What does the Safer Ashmere Board report to, and who chairs this board?",
     ["Fenwold Police and Crime Commissioner"], ["Gideon Marsh-Okoro"]),
]

ALLOCATION: list[tuple[str, list[str], list[str]]] = [
    ("How much did the Fenwold Police and Crime Commissioner award the Ashmere Youth Outreach Project for 2024/25?",
     ["£12,400"], ["£9,100", "£6,800", "£41,300"]),
    ("How much did the Fenwold PCC give the Lantern Street Patrols in 2024/25?", ["£9,100"],
     ["£12,400", "£6,800", "£41,300"]),
    ("How much did the Fenwold Police and Crime Commissioner grant to Redeployable CCTV?", ["£6,800"],
     ["£12,400", "£9,100"]),
    ("How much did the Fenwold Police and Crime Commissioner allocate to the Ashmere Youth Outreach Project?",
     ["£12,400"], ["£9,100", "£6,800"]),
    ("How much did the Fenwold Police and Crime Commissioner provide to Brindlecombe Domestic Abuse Advocacy?",
     ["£22,000"], ["£15,000", "£12,400"]),
    ("How much did the Fenwold Police and Crime Commissioner award Brindlecombe Detached Youth Work in 2024/25?",
     ["£15,000"], ["£22,000"]),
    # another council's project, held nowhere: nothing
    ("How much did the Fenwold Police and Crime Commissioner award the Corrowby Youth Outreach Project?", [],
     ["£12,400"]),
]

BOARD_MET: list[tuple[str, list[str], list[str]]] = [
    ("Which body is Safer Ashmere accountable to?", ["Fenwold Safer Communities Board"], []),
    ("What does Safer Ashmere report to?", ["Fenwold Safer Communities Board"], []),
    ("Who chairs Safer Ashmere?", ["Tobias Wren-Achebe"], []),
    ("Which organisations are members of Safer Ashmere?", ["Ashmere Borough Council"], []),
    # the namesake of another council holds none of these: nothing
    ("Which body is Safer Corrowby accountable to?", [], ["Fenwold Safer Communities Board"]),
    ("Who chairs Safer Corrowby?", [], ["Tobias Wren-Achebe"]),
]


SHARED_HEAD: list[tuple[str, list[str], list[str]]] = [
    ("Who sent apologies to the joint meeting of the Rushcliffe and Gedling CSPs?", ["Hester Quayle", "Bram Oduya"],
     []),
    ("Who sent apologies to the Rushcliffe and Gedling Community Safety Partnerships on 4 June 2024?",
     ["Hester Quayle", "Bram Oduya"], []),
    ("Who sent apologies to the Rushcliffe & Gedling CSPs?", ["Hester Quayle", "Bram Oduya"], []),
    ("Which organisations are members of the Gedling and Rushcliffe Community Safety Partnerships?",
     ["Trentside Homes"], []),
    # a place whose partnership the graph holds nowhere: nothing
    ("Who sent apologies to the joint meeting of the Rushcliffe and Broxtowe CSPs?", [], ["Bram Oduya"]),
]

TWO_ROLES: list[tuple[str, list[str], list[str]]] = [
    ("Who is the Senior Responsible Owner and chair of the Brindlecombe Community Safety Partnership?",
     ["Gideon Marsh-Okoro"], []),
    ("Who is the lead officer and chair of the Brindlecombe Community Safety Partnership?", ["Gideon Marsh-Okoro"],
     []),
    ("Who is the accountable officer and chair of the Safer Ashmere Board?", ["Tobias Wren-Achebe"], []),
    ("Who is the sponsor and chair of the Corrowby Town Centre Group?", ["Corrowby Neighbourhood Inspector"], []),
]


def _norm(text: str) -> str:
    return " ".join(text.lower().replace(",", " ").split())


def _given(expected: str, got: list[str]) -> bool:
    return any(_norm(expected) in _norm(g) for g in got)


GROUPS = {"restated": RESTATED, "referred": REFERRED, "allocation": ALLOCATION, "board": BOARD_MET,
          "shared": SHARED_HEAD, "roles": TWO_ROLES}
CASES = [case for cases in GROUPS.values() for case in cases]
IDS = [f"{name}{i}" for name, cases in GROUPS.items() for i in range(len(cases))]


@pytest.mark.parametrize(("question", "expected", "forbidden"), CASES, ids=IDS)
def test_an_officers_question_is_answered(asker, question, expected, forbidden):
    got = labels(asker, question)
    assert all(_given(e, got[:5]) for e in expected), (got, asker.ask(question).interpretation)
    assert not any(_given(f, got) for f in forbidden), (got, asker.ask(question).interpretation)
    if not expected:
        assert not got, (got, asker.ask(question).interpretation)
