"""A grid of money questions that name a place as the one given the money (issue 11): "How much did the PCC give
to Breckland in 2024/25?", "How much community safety grant did the PCC approve for Broadland?".

A place written where the recipient goes stands for its council: the body of the place that is a party to money.
Two readings went wrong. With the place after "to", a project whose name begins with the place ("Breckland town
centre patrols") was taken as the place itself, because the place's name is in the allocation's text, and its
amount was answered before the council's; where the graph holds only such a project, the project's amount was
answered for the place: a wrong answer. With the place after "for" it was read only as where the money lies, so
the words naming the money ("community safety grant") picked a county-wide project whose name says them. And with
the place as the verb's object ("give Breckland") every body of the place was answered, the council's grant
beside its partnership's. Four councils of one county funded by its commissioner, each with a grant to the
council (one of no stated sum) and grants to projects named after the place or saying the money's words (the
places are real, so that the gazetteer places them in the county; the papers, bodies and sums are written for this
test).

Dimensions varied: the words before the place (to, for, the verb's object); the giving verb (give, award,
approve, allocate, pay); the money named or not ("community safety grant", "money"); the period given or not; the
place holding a council's grant or only a project's; neighbours that keep their answer (the council, the
partnership or the project named in full; money spent "in" a place; which projects were funded) or stay refused
(a place or a commissioner the graph does not hold)."""

from __future__ import annotations

from decimal import Decimal

import pytest
from explorer_fixture import _fact
from question_papers import asker_over, assert_grid_answer, paper

from govkg.graph.model import Entity, Fact

PCC = Entity("body", "Norfolk Police and Crime Commissioner", subtype="PublicBody", area="Norfolk",
             aliases=("Norfolk PCC",))

# -- Breckland: a decision notice
C_AREA = Entity("area", "Breckland")
C_COUNCIL = Entity("body", "Breckland Borough Council", subtype="Council", area="Breckland")
C_CSP = Entity("body", "Breckland Community Safety Partnership", subtype="Partnership", area="Breckland")
C_PATROLS = Entity("initiative", "Breckland town centre patrols", area="Breckland")

C_TEXT = """Norfolk Police and Crime Commissioner: decision notice GPCC/2024/12

The Commissioner approves a community safety grant of £31,500 to Breckland Borough Council for 2024/25, £7,250 to
the Breckland Community Safety Partnership for its analyst post, and £4,600 to the Breckland town centre patrols.
The Breckland Community Safety Partnership covers the borough of Breckland.
"""


def _breckland(t: str) -> list[Fact]:
    return [
        _fact(t, "a community safety grant of £31,500 to Breckland Borough Council for 2024/25", PCC, "funds",
              C_COUNCIL, amount=Decimal(31500), period="2024/25"),
        _fact(t, "£7,250 to\nthe Breckland Community Safety Partnership", PCC, "funds", C_CSP,
              amount=Decimal(7250), period="2024/25"),
        _fact(t, "£4,600 to the Breckland town centre patrols", PCC, "funds", C_PATROLS, amount=Decimal(4600),
              period="2024/25"),
        _fact(t, "The Breckland Community Safety Partnership covers the borough of Breckland", C_CSP,
              "covers_area", C_AREA),
    ]


# -- Broadland: a grants register
W_AREA = Entity("area", "Broadland")
W_COUNCIL = Entity("body", "Broadland District Council", subtype="Council", area="Broadland")
W_COORD = Entity("initiative", "Norfolk community safety co-ordination", area="Broadland")
W_YOUTH = Entity("initiative", "Broadland youth diversion programme", area="Broadland")

W_TEXT = """Broadland District Council: community safety grants received 2024/25

GR-1 | Norfolk Police and Crime Commissioner | Broadland District Council | £19,800
GR-2 | Norfolk Police and Crime Commissioner | Norfolk community safety co-ordination | £2,900
GR-3 | Norfolk Police and Crime Commissioner | Broadland youth diversion programme | £5,100
Broadland District Council covers the district of Broadland.
"""


def _broadland(t: str) -> list[Fact]:
    return [
        _fact(t, "GR-1 | Norfolk Police and Crime Commissioner | Broadland District Council | £19,800", PCC,
              "funds", W_COUNCIL, amount=Decimal(19800), period="2024/25"),
        _fact(t, "GR-2 | Norfolk Police and Crime Commissioner | Norfolk community safety co-ordination | £2,900",
              PCC, "funds", W_COORD, amount=Decimal(2900), period="2024/25"),
        _fact(t, "GR-3 | Norfolk Police and Crime Commissioner | Broadland youth diversion programme | £5,100", PCC,
              "funds", W_YOUTH, amount=Decimal(5100), period="2024/25"),
        _fact(t, "Broadland District Council covers the district of Broadland", W_COUNCIL, "covers_area", W_AREA),
    ]


# -- Great Yarmouth: a partnership's web page (no grant to the council)
P_AREA = Entity("area", "Great Yarmouth")
P_SP = Entity("body", "Safer Great Yarmouth Partnership", subtype="Partnership", area="Great Yarmouth")
P_PATROLS = Entity("initiative", "Great Yarmouth night-time economy patrols", area="Great Yarmouth")

P_TEXT = """Safer Great Yarmouth Partnership: our funding

In 2024/25 the Norfolk Police and Crime Commissioner paid £12,400 for the Great Yarmouth night-time economy patrols,
run by the Safer Great Yarmouth Partnership, which covers the whole of Great Yarmouth.
"""


def _great_yarmouth(t: str) -> list[Fact]:
    return [
        _fact(t, "the Norfolk Police and Crime Commissioner paid £12,400 for the Great Yarmouth night-time economy "
                 "patrols", PCC, "funds", P_PATROLS, amount=Decimal(12400), period="2024/25"),
        _fact(t, "the Safer Great Yarmouth Partnership, which covers the whole of Great Yarmouth", P_SP, "covers_area",
              P_AREA),
    ]


# -- Norwich: minutes (the council's grant of no stated sum, the partnership's with one)
N_AREA = Entity("area", "Norwich")
N_COUNCIL = Entity("body", "Norwich City Council", subtype="Council", area="Norwich")
N_CSP = Entity("body", "Norwich Community Safety Partnership", subtype="Partnership", area="Norwich")

N_TEXT = """Norwich Community Safety Partnership
Minutes of the meeting held on 4 April 2024

3. The Norfolk Police and Crime Commissioner continues to fund Norwich City Council's community safety team, and
has granted £22,300 to the Norwich Community Safety Partnership for 2024/25. The Partnership covers Norwich.
"""


def _norwich(t: str) -> list[Fact]:
    return [
        _fact(t, "The Norfolk Police and Crime Commissioner continues to fund Norwich City Council", PCC, "funds",
              N_COUNCIL, period="2024/25"),
        _fact(t, "has granted £22,300 to the Norwich Community Safety Partnership for 2024/25", PCC, "funds", N_CSP,
              amount=Decimal(22300), period="2024/25"),
        _fact(t, "The Partnership covers Norwich", N_CSP, "covers_area", N_AREA),
    ]


@pytest.fixture(scope="module")
def asker(tmp_path_factory: pytest.TempPathFactory):
    yield from asker_over(tmp_path_factory, "money_to_place", [
        paper("norfolk-pcc-decision-2024-12", C_TEXT, "Breckland", _breckland, doc_type="decision"),
        paper("broadland-grants-received-2024", W_TEXT, "Broadland", _broadland, doc_type="report"),
        paper("safer-great-yarmouth-funding-page-2024", P_TEXT, "Great Yarmouth", _great_yarmouth,
              doc_type="web_page"),
        paper("norwich-csp-minutes-2024-04-04", N_TEXT, "Norwich", _norwich, doc_type="minutes"),
    ])


C_OTHERS = ["£7,250", "£4,600"]
W_OTHERS = ["£2,900", "£5,100"]

# (question, every answer expected, answers that must not be given); no answer expected: nothing may be given
GRID: list[tuple[str, list[str], list[str]]] = [
    # the place after "to": its council, never a project named after it
    ("How much did the Norfolk PCC give to Breckland in 2024/25?", ["£31,500"], C_OTHERS),
    ("How much did the Norfolk Police and Crime Commissioner award to Broadland in 2024/25?", ["£19,800"],
     W_OTHERS),
    ("How much money did the Norfolk PCC allocate to Broadland?", ["£19,800"], W_OTHERS),
    ("how much did the norfolk pcc give to breckland", ["£31,500"], C_OTHERS),
    # the place after "for": the money given to it, whatever project says the money's words
    ("How much community safety grant did the Norfolk PCC approve for Breckland for 2024/25?", ["£31,500"],
     C_OTHERS),
    ("How much community safety grant did the Norfolk PCC approve for Broadland for 2024/25?", ["£19,800"],
     W_OTHERS),
    ("How much community safety funding did the Norfolk Police and Crime Commissioner allocate for Broadland?",
     ["£19,800"], W_OTHERS),
    # the place as the verb's object: its council before its other bodies
    ("How much did the Norfolk PCC give Breckland for 2024/25?", ["£31,500"], C_OTHERS),
    ("How much did the Norfolk Police and Crime Commissioner pay Breckland?", ["£31,500"], C_OTHERS),
    ("How much did the Norfolk PCC give Broadland in 2024/25?", ["£19,800"], W_OTHERS),
    # a place whose council got nothing: a project of its name is not the place
    ("How much did the Norfolk PCC award to Great Yarmouth in 2024/25?", [], []),
    # the council's grant of no stated sum: the place's body whose sum the papers give
    ("How much did the Norfolk PCC grant to Norwich for 2024/25?", ["£22,300"], []),
    ("How much community safety grant did the Norfolk PCC approve for Norwich?", ["£22,300"], []),
    # neighbours that keep their answer: the party named in full, money spent in a place, the projects funded
    ("How much did the Norfolk PCC give Breckland Borough Council?", ["£31,500"], C_OTHERS),
    ("How much did the Norfolk PCC give the Breckland Community Safety Partnership?", ["£7,250"],
     ["£31,500", "£4,600"]),
    ("How much did the Norfolk PCC give to the Breckland town centre patrols?", ["£4,600"], ["£31,500", "£7,250"]),
    ("How much did the Norfolk PCC pay for the Great Yarmouth night-time economy patrols?", ["£12,400"], []),
    ("How much did the Norfolk PCC give the Broadland youth diversion programme?", ["£5,100"],
     ["£19,800", "£2,900"]),
    ("How much did the Norfolk PCC give Broadland District Council for 2024/25?", ["£19,800"], W_OTHERS),
    ("Which projects did the Norfolk PCC fund in Great Yarmouth?", ["Great Yarmouth night-time economy patrols"], []),
    ("Who funds Breckland Borough Council?", ["Norfolk Police and Crime Commissioner"], []),
    # a place or a commissioner the graph does not hold: nothing
    ("How much did the Norfolk PCC give to Rutland in 2024/25?", [], []),
    ("How much did the Suffolk PCC give to Breckland in 2024/25?", [], []),
    ("How much community safety grant did the Suffolk PCC approve for Broadland?", [], []),
]


@pytest.mark.parametrize(("question", "expected", "forbidden"), GRID, ids=[q for q, _, _ in GRID])
def test_money_to_a_place(asker, question, expected, forbidden):
    assert_grid_answer(asker, question, expected, forbidden)
