"""A grid of questions in an officer's own words (issue 11), over a small graph of two invented district
councils in one invented police area, Ashcombe and Brindlemoor, whose partnerships hold the same kinds of facts
(so an answer from the wrong council shows). Papers and people written for this test.

(a) WORDINGS: every question kind asked at least four ways, varying one or two dimensions at a time: the relation
as a verb, a passive or a noun ("who chairs X", "X is chaired by", "the chair of X"); the body by its full name,
its initials, its place's possessive ("Ashcombe's CSP") or its kind plus "in <place>"; past or present tense; a
kind of answer asked for ("which organisation", "which councillor"); a date; no question mark, lower case.
Each is scored as the evaluation scores a question: every expected answer in the first five, no answer of the
other council's.

(b) REFUSALS: a body, place, year or kind of body the graph does not hold, or holds only for the other council,
is answered with nothing and a plain "the graph holds nothing ..." line.
"""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

import pytest
from explorer_fixture import _fact

from govkg.graph.model import Entity, Fact, SourceDocument
from govkg.loaders import content_hash
from govkg.questions.lexicon import normalise

# -- Ashcombe
A_CSP = Entity("body", "Ashcombe Community Safety Partnership", subtype="Partnership", area="Ashcombe",
               aliases=("Ashcombe CSP",))
A_COUNCIL = Entity("body", "Ashcombe District Council", subtype="Council", area="Ashcombe")
A_DAB = Entity("body", "Ashcombe Domestic Abuse Board", subtype="Board", area="Ashcombe", aliases=("ADAB",))
A_HWB = Entity("body", "Ashcombe Health and Wellbeing Board", subtype="Board", area="Ashcombe")
A_CHANNEL = Entity("body", "Ashcombe Channel Panel", subtype="Panel", area="Ashcombe")
A_STRATEGY = Entity("publication", "Ashcombe Community Safety Strategy 2024-27", subtype="Strategy", area="Ashcombe")
A_MANAGER = Entity("post", "Community Safety Manager", area="Ashcombe")
HARWICK = Entity("area", "Harwick Cross")
ASHCOMBE = Entity("area", "Ashcombe")
NORA = Entity("person", "Cllr Nora Pell", aliases=("Nora Pell",))
DAN = Entity("person", "Inspector Dan Hurst", aliases=("Dan Hurst",))
LENA = Entity("person", "Lena Ortiz")
OMAR = Entity("person", "Omar Reyes")
BEA = Entity("person", "Bea Lund")
PRITI = Entity("person", "Priti Shah")

# -- Brindlemoor
B_CSP = Entity("body", "Brindlemoor Community Safety Partnership", subtype="Partnership", area="Brindlemoor",
               aliases=("Brindlemoor CSP",))
B_COUNCIL = Entity("body", "Brindlemoor District Council", subtype="Council", area="Brindlemoor")
B_YVG = Entity("body", "Brindlemoor Youth Violence Group", subtype="Group", area="Brindlemoor")
B_OSC = Entity("body", "Brindlemoor Overview and Scrutiny Committee", subtype="Committee", area="Brindlemoor")
B_CDP = Entity("body", "Brindlemoor Combating Drugs Partnership", subtype="Partnership", area="Brindlemoor")
B_PLAN = Entity("publication", "Brindlemoor Partnership Plan 2023-26", subtype="Plan", area="Brindlemoor")
B_HEAD = Entity("post", "Head of Community Safety", area="Brindlemoor")
SRO = Entity("post", "Senior Responsible Officer", aliases=("SRO",))
OAKHURST = Entity("area", "Oakhurst")
PENWELL = Entity("area", "Penwell")
FELIX = Entity("person", "Cllr Felix Ward", aliases=("Felix Ward",))
MAYA = Entity("person", "Maya Quinn")
TARIQ = Entity("person", "Tariq Bell")
INES = Entity("person", "Dr Ines Gallo", aliases=("Ines Gallo",))

# -- shared by both: the police area's bodies and the topics both partnerships work on
POLICE = Entity("body", "Wessex Police", subtype="PoliceForce", area="Wessex")
FIRE = Entity("body", "Wessex Fire and Rescue Service", subtype="FireService", area="Wessex")
PCC = Entity("body", "Wessex Police and Crime Commissioner", subtype="PublicBody", area="Wessex",
             aliases=("Wessex PCC",))
PREVENT = Entity("topic", "Prevent", iri_override="https://w3id.org/govkg/id/topic/prevent")
DHR = Entity("topic", "Domestic Homicide Reviews",
             iri_override="https://w3id.org/govkg/id/topic/domestic-homicide-reviews")
SVD = Entity("topic", "Serious Violence Duty")
ASB = Entity("topic", "anti-social behaviour")
DA = Entity("topic", "domestic abuse")
SV = Entity("topic", "serious violence")
DRUGS = Entity("topic", "drug-related harm")
REGISTER = Entity("topic", "risk register")

A_TEXT = """Ashcombe Community Safety Partnership
Minutes of the meeting held on 14 March 2024

Present: Cllr Nora Pell (Chair), Inspector Dan Hurst (Vice-Chair), Lena Ortiz, Omar Reyes.
Apologies: Bea Lund.

1. Terms of reference
The purpose of the Partnership is to reduce crime and disorder and to keep the people of Ashcombe safe.
The Partnership meets every two months.
The next meeting will be held on 9 May 2024.
Ashcombe District Council, Wessex Police and Wessex Fire and Rescue Service are members of the Partnership.
Omar Reyes represents Wessex Police on the Partnership.
Lena Ortiz, Community Safety Manager at Ashcombe District Council, presented the strategy.
The Community Safety Manager keeps the Partnership's risk register.

2. Structure
The Ashcombe Domestic Abuse Board is a sub-group of the Partnership and reports to it every quarter.
The Partnership reports annually to the Ashcombe Health and Wellbeing Board.
The Partnership has oversight of the Prevent duty in Ashcombe.
The Ashcombe Channel Panel is chaired by Priti Shah.
The Partnership is responsible for commissioning Domestic Homicide Reviews.
The Partnership covers the Ashcombe district and the town of Harwick Cross.
The Partnership agreed the Ashcombe Community Safety Strategy 2024-27.
Its priorities are anti-social behaviour and domestic abuse.

3. Funding
The Wessex Police and Crime Commissioner awarded £52,000 to the Partnership for 2023/24.
"""

A_TEXT_2 = """Ashcombe Community Safety Partnership
Minutes of the meeting held on 11 January 2024

Present: Cllr Nora Pell (Chair), Lena Ortiz.
"""

B_TEXT = """Brindlemoor Community Safety Partnership
Minutes of the meeting held on 20 February 2024

Present: Cllr Felix Ward (Chair), Maya Quinn (Vice-Chair), Tariq Bell.

1. Governance
The Partnership is here to make Brindlemoor a place where people are and feel safe.
The Partnership meets quarterly.
Brindlemoor District Council and Wessex Police are members of the Partnership.
Maya Quinn represents Wessex Fire and Rescue Service on the Partnership.
Tariq Bell, Head of Community Safety at Brindlemoor District Council, introduced the plan.
The Brindlemoor Youth Violence Group is a sub-group of the Partnership and reports to it.
The Partnership reports to the Brindlemoor Overview and Scrutiny Committee.
The Partnership has oversight of Prevent in Brindlemoor.
The Partnership is responsible for the Serious Violence Duty.
The Partnership covers the towns of Oakhurst and Penwell.
The Partnership agreed the Brindlemoor Partnership Plan 2023-26.
Its priorities are serious violence and drug-related harm.
Dr Ines Gallo is the Senior Responsible Officer for the Brindlemoor Combating Drugs Partnership.

2. Funding
The Wessex Police and Crime Commissioner awarded £38,500 to the Partnership for 2023/24.
"""


def _text_fact(text: str, phrase: str, subject: Entity, kind: str, value: str) -> Fact:
    start = text.index(phrase)
    return Fact(subject, "other", None, start, start + len(phrase), rule="test", other_kind=kind, value=value)


def _ashcombe(t: str) -> list[Fact]:
    present = "Present: Cllr Nora Pell (Chair), Inspector Dan Hurst (Vice-Chair), Lena Ortiz, Omar Reyes."
    members = "Ashcombe District Council, Wessex Police and Wessex Fire and Rescue Service are members of the"
    covers = "The Partnership covers the Ashcombe district and the town of Harwick Cross."
    priorities = "Its priorities are anti-social behaviour and domestic abuse."
    return [
        _fact(t, "Cllr Nora Pell (Chair)", NORA, "chairs", A_CSP),
        _fact(t, "Inspector Dan Hurst (Vice-Chair)", DAN, "vice_chair", A_CSP),
        *[_fact(t, present, p, "attended", A_CSP) for p in (NORA, DAN, LENA, OMAR)],
        _fact(t, "Apologies: Bea Lund.", BEA, "apologies", A_CSP),
        _text_fact(t, "The purpose of the Partnership is to reduce crime and disorder and to keep the people of "
                   "Ashcombe safe.", A_CSP, "remit",
                   "to reduce crime and disorder and to keep the people of Ashcombe safe"),
        _text_fact(t, "The Partnership meets every two months.", A_CSP, "meetingFrequency", "every two months"),
        _text_fact(t, "The next meeting will be held on 9 May 2024.", A_CSP, "nextMeeting", "2024-05-09"),
        *[_fact(t, members, m, "member_of", A_CSP) for m in (A_COUNCIL, POLICE, FIRE)],
        _fact(t, "Omar Reyes represents Wessex Police on the Partnership.", POLICE, "represented_by", OMAR,
              on_body=A_CSP),
        _fact(t, "Lena Ortiz, Community Safety Manager", LENA, "holds_post", A_MANAGER),
        _fact(t, "The Community Safety Manager keeps the Partnership's risk register.", A_MANAGER, "responsible_for",
              REGISTER),
        _fact(t, "Lena Ortiz, Community Safety Manager at Ashcombe District Council", LENA, "member_of", A_COUNCIL),
        _fact(t, "The Ashcombe Domestic Abuse Board is a sub-group of the Partnership", A_DAB, "subgroup_of", A_CSP),
        _fact(t, "The Ashcombe Domestic Abuse Board is a sub-group of the Partnership and reports to it", A_DAB,
              "reports_to", A_CSP),
        _fact(t, "The Partnership reports annually to the Ashcombe Health and Wellbeing Board.", A_CSP, "reports_to",
              A_HWB),
        _fact(t, "The Partnership has oversight of the Prevent duty in Ashcombe.", A_CSP, "oversees", PREVENT),
        _fact(t, "The Ashcombe Channel Panel is chaired by Priti Shah.", PRITI, "chairs", A_CHANNEL),
        _fact(t, "The Partnership is responsible for commissioning Domestic Homicide Reviews.", A_CSP,
              "responsible_for", DHR),
        _fact(t, covers, A_CSP, "covers_area", ASHCOMBE),
        _fact(t, covers, A_CSP, "covers_area", HARWICK),
        _fact(t, "The Partnership agreed the Ashcombe Community Safety Strategy 2024-27.", A_CSP, "produces",
              A_STRATEGY),
        _fact(t, priorities, ASB, "priority_of", A_CSP),
        _fact(t, priorities, DA, "priority_of", A_CSP),
        _fact(t, "The Wessex Police and Crime Commissioner awarded £52,000 to the Partnership for 2023/24.", PCC,
              "funds", A_CSP, amount=Decimal(52000), period="2023/24"),
    ]


def _ashcombe_january(t: str) -> list[Fact]:
    return [
        _fact(t, "Cllr Nora Pell (Chair)", NORA, "chairs", A_CSP),
        _fact(t, "Present: Cllr Nora Pell (Chair), Lena Ortiz.", NORA, "attended", A_CSP),
        _fact(t, "Present: Cllr Nora Pell (Chair), Lena Ortiz.", LENA, "attended", A_CSP),
    ]


def _brindlemoor(t: str) -> list[Fact]:
    present = "Present: Cllr Felix Ward (Chair), Maya Quinn (Vice-Chair), Tariq Bell."
    members = "Brindlemoor District Council and Wessex Police are members of the Partnership."
    covers = "The Partnership covers the towns of Oakhurst and Penwell."
    priorities = "Its priorities are serious violence and drug-related harm."
    return [
        _fact(t, "Cllr Felix Ward (Chair)", FELIX, "chairs", B_CSP),
        _fact(t, "Maya Quinn (Vice-Chair)", MAYA, "vice_chair", B_CSP),
        *[_fact(t, present, p, "attended", B_CSP) for p in (FELIX, MAYA, TARIQ)],
        _text_fact(t, "The Partnership is here to make Brindlemoor a place where people are and feel safe.", B_CSP,
                   "remit", "to make Brindlemoor a place where people are and feel safe"),
        _text_fact(t, "The Partnership meets quarterly.", B_CSP, "meetingFrequency", "quarterly"),
        *[_fact(t, members, m, "member_of", B_CSP) for m in (B_COUNCIL, POLICE)],
        _fact(t, "Maya Quinn represents Wessex Fire and Rescue Service on the Partnership.", FIRE, "represented_by",
              MAYA, on_body=B_CSP),
        _fact(t, "Tariq Bell, Head of Community Safety", TARIQ, "holds_post", B_HEAD),
        _fact(t, "Tariq Bell, Head of Community Safety at Brindlemoor District Council", TARIQ, "member_of",
              B_COUNCIL),
        _fact(t, "The Brindlemoor Youth Violence Group is a sub-group of the Partnership", B_YVG, "subgroup_of",
              B_CSP),
        _fact(t, "The Brindlemoor Youth Violence Group is a sub-group of the Partnership and reports to it.", B_YVG,
              "reports_to", B_CSP),
        _fact(t, "The Partnership reports to the Brindlemoor Overview and Scrutiny Committee.", B_CSP, "reports_to",
              B_OSC),
        _fact(t, "The Partnership has oversight of Prevent in Brindlemoor.", B_CSP, "oversees", PREVENT),
        _fact(t, "The Partnership is responsible for the Serious Violence Duty.", B_CSP, "responsible_for", SVD),
        _fact(t, covers, B_CSP, "covers_area", OAKHURST),
        _fact(t, covers, B_CSP, "covers_area", PENWELL),
        _fact(t, "The Partnership agreed the Brindlemoor Partnership Plan 2023-26.", B_CSP, "produces", B_PLAN),
        _fact(t, priorities, SV, "priority_of", B_CSP),
        _fact(t, priorities, DRUGS, "priority_of", B_CSP),
        _fact(t, "Dr Ines Gallo is the Senior Responsible Officer for the Brindlemoor Combating Drugs Partnership.",
              INES, "holds_post", SRO, on_body=B_CDP),
        _fact(t, "The Wessex Police and Crime Commissioner awarded £38,500 to the Partnership for 2023/24.", PCC,
              "funds", B_CSP, amount=Decimal(38500), period="2023/24"),
    ]


def _minutes(key: str, text: str, area: str, body: Entity, day: dt.date, facts) -> SourceDocument:
    doc = SourceDocument(
        key=key, source=f"{key}.txt", text=text, sha256=content_hash(text.encode(), "test"), loader="test",
        doc_type="minutes", title=f"{body.name} minutes, {day.day} {day:%B %Y}", date=day, date_precision="day",
        area=area, body=body,
    )
    doc.facts = facts(text)
    return doc


@pytest.fixture(scope="module")
def asker(tmp_path_factory):
    from question_papers import asker_over

    yield from asker_over(tmp_path_factory, "wording-grid", [
        _minutes("ashcombe-csp-2024-03-14", A_TEXT, "Ashcombe", A_CSP, dt.date(2024, 3, 14), _ashcombe),
        _minutes("ashcombe-csp-2024-01-11", A_TEXT_2, "Ashcombe", A_CSP, dt.date(2024, 1, 11), _ashcombe_january),
        _minutes("brindlemoor-csp-2024-02-20", B_TEXT, "Brindlemoor", B_CSP, dt.date(2024, 2, 20), _brindlemoor),
    ])


# (kind, question, expected answers (all in the first five), answers that must not be given: the other council's)
WORDINGS: list[tuple[str, str, list[str], list[str]]] = [
    # chair
    ("chair", "Who chairs the Ashcombe Community Safety Partnership?", ["Nora Pell"], ["Felix Ward"]),
    ("chair", "Who is the chair of the Ashcombe CSP?", ["Nora Pell"], ["Felix Ward"]),
    ("chair", "Who chaired Ashcombe's community safety partnership in March 2024?", ["Nora Pell"], ["Felix Ward"]),
    ("chair", "The Brindlemoor CSP is chaired by whom?", ["Felix Ward"], ["Nora Pell"]),
    ("chair", "Who is in charge of the community safety partnership in Brindlemoor?", ["Felix Ward"], ["Nora Pell"]),
    ("chair", "who heads the brindlemoor csp", ["Felix Ward"], ["Nora Pell"]),
    ("chair", "Which councillor chairs the CSP in Ashcombe?", ["Nora Pell"], ["Felix Ward"]),
    ("chair", "Who is the Channel Panel chair in Ashcombe?", ["Priti Shah"], ["Nora Pell"]),
    # vice chair
    ("vice_chair", "Who is the vice chair of the Ashcombe CSP?", ["Dan Hurst"], ["Maya Quinn"]),
    ("vice_chair", "Who is vice-chair of Brindlemoor's Community Safety Partnership?", ["Maya Quinn"], ["Dan Hurst"]),
    ("vice_chair", "Who deputises for the chair of the Ashcombe CSP?", ["Dan Hurst"], ["Nora Pell"]),
    ("vice_chair", "Who was deputy chair of the Brindlemoor Community Safety Partnership in 2024?", ["Maya Quinn"],
     ["Dan Hurst"]),
    ("vice_chair", "Who is the Brindlemoor CSP's vice-chairman?", ["Maya Quinn"], ["Dan Hurst"]),
    # member_of
    ("member_of", "Which organisations are members of the Ashcombe CSP?",
     ["Ashcombe District Council", "Wessex Police", "Wessex Fire and Rescue Service"],
     ["Brindlemoor District Council"]),
    ("member_of", "Who sits on the Brindlemoor Community Safety Partnership?",
     ["Brindlemoor District Council", "Wessex Police"], ["Ashcombe District Council"]),
    ("member_of", "Which partners make up the community safety partnership in Ashcombe?",
     ["Ashcombe District Council", "Wessex Police"], ["Brindlemoor District Council"]),
    ("member_of", "What is the membership of Brindlemoor's CSP?", ["Brindlemoor District Council", "Wessex Police"],
     ["Ashcombe District Council"]),
    ("member_of", "Which partnerships is Wessex Police a member of?", ["Ashcombe Community Safety Partnership",
     "Brindlemoor Community Safety Partnership"], []),
    ("member_of", "Which organisation does Lena Ortiz work for?", ["Ashcombe District Council"], []),
    # attended
    ("attended", "Who attended the Ashcombe CSP meeting on 14 March 2024?", ["Dan Hurst", "Omar Reyes"],
     ["Tariq Bell"]),
    ("attended", "Who was present at the Brindlemoor Community Safety Partnership in February 2024?",
     ["Tariq Bell", "Maya Quinn"], ["Omar Reyes"]),
    ("attended", "Which meetings did Omar Reyes attend?", ["Ashcombe Community Safety Partnership"], []),
    ("attended", "Who was at the Ashcombe Community Safety Partnership's March 2024 meeting?", ["Omar Reyes"],
     ["Tariq Bell"]),
    ("attended", "Who sent apologies to the Ashcombe CSP?", ["Bea Lund"], []),
    # holds_post
    ("holds_post", "What is Lena Ortiz's role?", ["Community Safety Manager"], []),
    ("holds_post", "What post does Tariq Bell hold?", ["Head of Community Safety"], []),
    ("holds_post", "Who is the Community Safety Manager in Ashcombe?", ["Lena Ortiz"], ["Tariq Bell"]),
    ("holds_post", "Who is Brindlemoor's Head of Community Safety?", ["Tariq Bell"], ["Lena Ortiz"]),
    ("holds_post", "What job does Lena Ortiz do?", ["Community Safety Manager"], []),
    # reports_to
    ("reports_to", "Who does the Ashcombe CSP report to?", ["Ashcombe Health and Wellbeing Board"],
     ["Brindlemoor Overview and Scrutiny Committee"]),
    ("reports_to", "Which body is the Brindlemoor Community Safety Partnership accountable to?",
     ["Brindlemoor Overview and Scrutiny Committee"], ["Ashcombe Health and Wellbeing Board"]),
    ("reports_to", "Where does the Ashcombe Domestic Abuse Board report?", ["Ashcombe Community Safety Partnership"],
     []),
    ("reports_to", "Which bodies report to the Brindlemoor CSP?", ["Brindlemoor Youth Violence Group"],
     ["Ashcombe Domestic Abuse Board"]),
    ("reports_to", "To whom does Brindlemoor's community safety partnership report?",
     ["Brindlemoor Overview and Scrutiny Committee"], ["Ashcombe Health and Wellbeing Board"]),
    # subgroup_of
    ("subgroup_of", "What are the sub-groups of the Ashcombe CSP?", ["Ashcombe Domestic Abuse Board"],
     ["Brindlemoor Youth Violence Group"]),
    ("subgroup_of", "Which board does the Ashcombe Domestic Abuse Board sit under?",
     ["Ashcombe Community Safety Partnership"], []),
    ("subgroup_of", "Is the Brindlemoor Youth Violence Group part of which partnership?",
     ["Brindlemoor Community Safety Partnership"], []),
    ("subgroup_of", "What groups sit under the Brindlemoor Community Safety Partnership?",
     ["Brindlemoor Youth Violence Group"], ["Ashcombe Domestic Abuse Board"]),
    ("subgroup_of", "The Brindlemoor Youth Violence Group is a subgroup of what?",
     ["Brindlemoor Community Safety Partnership"], []),
    # oversees
    ("oversees", "Which body oversees Prevent in Ashcombe?", ["Ashcombe Community Safety Partnership"],
     ["Brindlemoor Community Safety Partnership"]),
    ("oversees", "Who has oversight of Prevent in Brindlemoor?", ["Brindlemoor Community Safety Partnership"],
     ["Ashcombe Community Safety Partnership"]),
    ("oversees", "What does the Ashcombe CSP oversee?", ["Prevent"], []),
    ("oversees", "Which partnership monitors the Prevent duty in Brindlemoor?",
     ["Brindlemoor Community Safety Partnership"], ["Ashcombe Community Safety Partnership"]),
    ("oversees", "Where is Prevent overseen in Ashcombe?", ["Ashcombe Community Safety Partnership"],
     ["Brindlemoor Community Safety Partnership"]),
    # funds
    ("funds", "Who funds the Ashcombe CSP?", ["Wessex Police and Crime Commissioner"], []),
    ("funds", "Where does the Brindlemoor Community Safety Partnership get its money from?",
     ["Wessex Police and Crime Commissioner"], []),
    ("funds", "Which partnerships did the Wessex PCC fund in 2023/24?",
     ["Ashcombe Community Safety Partnership", "Brindlemoor Community Safety Partnership"], []),
    ("funds", "Who gave money to Brindlemoor's community safety partnership?",
     ["Wessex Police and Crime Commissioner"], []),
    # amount
    ("amount", "How much did the Wessex PCC give the Ashcombe CSP in 2023/24?", ["£52,000"], ["£38,500"]),
    ("amount", "How much funding did the Brindlemoor Community Safety Partnership receive from the Police and Crime "
     "Commissioner?", ["£38,500"], ["£52,000"]),
    ("amount", "What grant did the Ashcombe CSP get from the PCC for 2023/24?", ["£52,000"], ["£38,500"]),
    ("amount", "How much was Brindlemoor's CSP awarded in 2023/24?", ["£38,500"], ["£52,000"]),
    # produces
    ("produces", "What strategy did the Ashcombe CSP agree?", ["Ashcombe Community Safety Strategy 2024-27"],
     ["Brindlemoor Partnership Plan 2023-26"]),
    ("produces", "Which plan does the Brindlemoor Community Safety Partnership produce?",
     ["Brindlemoor Partnership Plan 2023-26"], ["Ashcombe Community Safety Strategy 2024-27"]),
    ("produces", "Who produced the Ashcombe Community Safety Strategy 2024-27?",
     ["Ashcombe Community Safety Partnership"], []),
    ("produces", "Which body owns the Brindlemoor Partnership Plan?", ["Brindlemoor Community Safety Partnership"],
     []),
    # priority_of
    ("priority_of", "What are the priorities of the Ashcombe CSP?", ["anti-social behaviour", "domestic abuse"],
     ["serious violence"]),
    ("priority_of", "What are Brindlemoor Community Safety Partnership's priorities?",
     ["serious violence", "drug-related harm"], ["domestic abuse"]),
    ("priority_of", "What does the community safety partnership in Ashcombe prioritise?",
     ["anti-social behaviour", "domestic abuse"], ["serious violence"]),
    ("priority_of", "Which partnership has domestic abuse as a priority?", ["Ashcombe Community Safety Partnership"],
     []),
    ("priority_of", "What does the Brindlemoor CSP focus on?", ["serious violence", "drug-related harm"],
     ["domestic abuse"]),
    # covers_area
    ("covers_area", "Which area does the Ashcombe CSP cover?", ["Harwick Cross"], ["Oakhurst"]),
    ("covers_area", "Which towns does the Brindlemoor Community Safety Partnership cover?", ["Oakhurst", "Penwell"],
     ["Harwick Cross"]),
    ("covers_area", "Which partnership covers Penwell?", ["Brindlemoor Community Safety Partnership"],
     ["Ashcombe Community Safety Partnership"]),
    ("covers_area", "What is the area covered by the Brindlemoor CSP?", ["Oakhurst", "Penwell"], ["Harwick Cross"]),
    ("covers_area", "Where does Ashcombe's community safety partnership operate?", ["Harwick Cross"], ["Oakhurst"]),
    # responsible_for
    ("responsible_for", "What is the Ashcombe CSP responsible for?", ["Domestic Homicide Reviews"],
     ["Serious Violence Duty"]),
    ("responsible_for", "Who is responsible for the Serious Violence Duty in Brindlemoor?",
     ["Brindlemoor Community Safety Partnership"], ["Ashcombe Community Safety Partnership"]),
    ("responsible_for", "Which body commissions Domestic Homicide Reviews in Ashcombe?",
     ["Ashcombe Community Safety Partnership"], ["Brindlemoor Community Safety Partnership"]),
    ("responsible_for", "Who leads on Domestic Homicide Reviews in Ashcombe?",
     ["Ashcombe Community Safety Partnership"], ["Brindlemoor Community Safety Partnership"]),
    # when met
    ("when_met", "When did the Ashcombe CSP meet?", ["14 March 2024", "11 January 2024"], ["20 February 2024"]),
    ("when_met", "When did the Brindlemoor Community Safety Partnership last meet?", ["20 February 2024"],
     ["14 March 2024"]),
    ("when_met", "What dates did Ashcombe's community safety partnership meet in 2024?", ["14 March 2024"],
     ["20 February 2024"]),
    ("when_met", "When is the next meeting of the Ashcombe CSP?", ["9 May 2024"], []),
    ("when_met", "When does the Ashcombe Community Safety Partnership next meet?", ["9 May 2024"], []),
    # how often
    ("how_often", "How often does the Ashcombe CSP meet?", ["every two months"], ["quarterly"]),
    ("how_often", "How frequently does the Brindlemoor Community Safety Partnership meet?", ["quarterly"],
     ["every two months"]),
    ("how_often", "How often does Brindlemoor's CSP hold meetings?", ["quarterly"], ["every two months"]),
    ("how_often", "How regularly does the community safety partnership in Ashcombe meet?", ["every two months"],
     ["quarterly"]),
    # remit
    ("remit", "What is the purpose of the Ashcombe CSP?", ["reduce crime and disorder"], ["feel safe"]),
    ("remit", "What is the Brindlemoor Community Safety Partnership for?", ["feel safe"], ["reduce crime"]),
    ("remit", "What does the Ashcombe Community Safety Partnership do?", ["reduce crime and disorder"],
     ["feel safe"]),
    ("remit", "What is the remit of Brindlemoor's community safety partnership?", ["feel safe"], ["reduce crime"]),
    ("remit", "What are the aims of the Ashcombe CSP?", ["reduce crime and disorder"], ["feel safe"]),
    # SRO
    ("sro", "Who is the SRO for the Brindlemoor Combating Drugs Partnership?", ["Ines Gallo"], []),
    ("sro", "Who is the senior responsible officer of Brindlemoor's Combating Drugs Partnership?", ["Ines Gallo"],
     []),
    ("sro", "Who is the Brindlemoor Combating Drugs Partnership's Senior Responsible Officer?", ["Ines Gallo"], []),
    ("sro", "Who is the senior responsible owner for the combating drugs partnership in Brindlemoor?",
     ["Ines Gallo"], []),
    # who represents
    ("represents", "Who represents Wessex Police on the Ashcombe CSP?", ["Omar Reyes"], ["Maya Quinn"]),
    ("represents", "Who represents the fire service on the Brindlemoor Community Safety Partnership?",
     ["Maya Quinn"], ["Omar Reyes"]),
    ("represents", "Which organisation does Omar Reyes represent on the Ashcombe CSP?", ["Wessex Police"], []),
    ("represents", "Who speaks for Wessex Fire and Rescue Service on Brindlemoor's CSP?", ["Maya Quinn"],
     ["Omar Reyes"]),
    ("represents", "Whom does Maya Quinn represent?", ["Wessex Fire and Rescue Service"], []),
    # how many
    ("how_many", "How many members does the Ashcombe CSP have?", ["3"], []),
    ("how_many", "How many organisations are members of the Brindlemoor Community Safety Partnership?", ["2"], []),
    ("how_many", "How many partners sit on Ashcombe's community safety partnership?", ["3"], []),
    ("how_many", "How many towns does the Brindlemoor CSP cover?", ["2"], []),
    # more dimensions: initials in lower case, no article, "the X for <place>", a date written another way, a
    # name of the answer kind, the question's relation as a noun at the end, "tell me", contractions
    ("chair", "Who's the chairperson of the CSP for Ashcombe?", ["Nora Pell"], ["Felix Ward"]),
    ("chair", "Name the chair of brindlemoor csp", ["Felix Ward"], ["Nora Pell"]),
    ("chair", "Ashcombe CSP chair?", ["Nora Pell"], ["Felix Ward"]),
    ("chair", "Who was chairing the Ashcombe Community Safety Partnership on 14th March 2024?", ["Nora Pell"],
     ["Felix Ward"]),
    ("chair", "Tell me who leads the Brindlemoor Community Safety Partnership.", ["Felix Ward"], ["Nora Pell"]),
    ("chair", "Which person chairs Ashcombe's Channel Panel?", ["Priti Shah"], []),
    ("vice_chair", "Who is deputy to the chair of the Brindlemoor CSP?", ["Maya Quinn"], ["Dan Hurst"]),
    ("vice_chair", "Ashcombe CSP vice chair?", ["Dan Hurst"], ["Maya Quinn"]),
    ("member_of", "Who are the members of the CSP for Brindlemoor?", ["Brindlemoor District Council"],
     ["Ashcombe District Council"]),
    ("member_of", "List the partner organisations of the Ashcombe Community Safety Partnership.",
     ["Ashcombe District Council", "Wessex Fire and Rescue Service"], ["Brindlemoor District Council"]),
    ("member_of", "Which partnership is Wessex Fire and Rescue Service on?", ["Ashcombe Community Safety Partnership"],
     []),
    ("attended", "Who came to the Ashcombe CSP meeting of 14/03/2024?", ["Omar Reyes"], ["Tariq Bell"]),
    ("attended", "Who attended the Brindlemoor CSP on 20 Feb 2024?", ["Tariq Bell"], ["Omar Reyes"]),
    ("attended", "Which people were present at the Ashcombe CSP on March 14, 2024?", ["Omar Reyes"],
     ["Tariq Bell"]),
    ("attended", "Who gave apologies at Ashcombe's CSP meeting in March 2024?", ["Bea Lund"], []),
    ("holds_post", "Which post does Lena Ortiz hold at Ashcombe District Council?", ["Community Safety Manager"],
     []),
    ("holds_post", "What is Tariq Bell's job title?", ["Head of Community Safety"], []),
    ("holds_post", "Who holds the post of Head of Community Safety at Brindlemoor District Council?",
     ["Tariq Bell"], ["Lena Ortiz"]),
    ("reports_to", "What does the Ashcombe Domestic Abuse Board feed into?",
     ["Ashcombe Community Safety Partnership"], []),
    ("reports_to", "Who is the Ashcombe CSP answerable to?", ["Ashcombe Health and Wellbeing Board"],
     ["Brindlemoor Overview and Scrutiny Committee"]),
    ("reports_to", "Which committee does the Brindlemoor CSP report to?",
     ["Brindlemoor Overview and Scrutiny Committee"], ["Ashcombe Health and Wellbeing Board"]),
    ("subgroup_of", "Which groups are under the Ashcombe CSP?", ["Ashcombe Domestic Abuse Board"],
     ["Brindlemoor Youth Violence Group"]),
    ("subgroup_of", "What is the Brindlemoor Youth Violence Group a sub-group of?",
     ["Brindlemoor Community Safety Partnership"], []),
    ("subgroup_of", "Does the Brindlemoor CSP have any sub groups?", ["Brindlemoor Youth Violence Group"],
     ["Ashcombe Domestic Abuse Board"]),
    ("oversees", "Who holds the Prevent duty to account in Brindlemoor?", ["Brindlemoor Community Safety Partnership"],
     ["Ashcombe Community Safety Partnership"]),
    ("oversees", "Who looks after Prevent in Ashcombe?", ["Ashcombe Community Safety Partnership"],
     ["Brindlemoor Community Safety Partnership"]),
    ("oversees", "Which body provides governance for Prevent in Brindlemoor?",
     ["Brindlemoor Community Safety Partnership"], ["Ashcombe Community Safety Partnership"]),
    ("funds", "Who pays for the Ashcombe Community Safety Partnership?", ["Wessex Police and Crime Commissioner"],
     []),
    ("funds", "Which body is the funder of the Brindlemoor CSP?", ["Wessex Police and Crime Commissioner"], []),
    ("amount", "What did the Police and Crime Commissioner award the Ashcombe CSP for 2023/24?", ["£52,000"],
     ["£38,500"]),
    ("amount", "How much money did Brindlemoor CSP get from the Wessex PCC?", ["£38,500"], ["£52,000"]),
    ("amount", "What was the Wessex PCC's grant to the Ashcombe Community Safety Partnership?", ["£52,000"],
     ["£38,500"]),
    ("produces", "What has the Brindlemoor CSP published?", ["Brindlemoor Partnership Plan 2023-26"],
     ["Ashcombe Community Safety Strategy 2024-27"]),
    ("produces", "Which partnership wrote the Ashcombe Community Safety Strategy?",
     ["Ashcombe Community Safety Partnership"], []),
    ("priority_of", "What are the Ashcombe CSP's key priorities?", ["anti-social behaviour", "domestic abuse"],
     ["serious violence"]),
    ("priority_of", "Is serious violence a priority for which partnership?",
     ["Brindlemoor Community Safety Partnership"], []),
    ("covers_area", "Which places are covered by the Brindlemoor CSP?", ["Oakhurst", "Penwell"], ["Harwick Cross"]),
    ("covers_area", "Does any partnership cover Harwick Cross?", ["Ashcombe Community Safety Partnership"],
     ["Brindlemoor Community Safety Partnership"]),
    ("responsible_for", "What does the Brindlemoor CSP have responsibility for?", ["Serious Violence Duty"],
     ["Domestic Homicide Reviews"]),
    ("responsible_for", "Who is in charge of Domestic Homicide Reviews in Ashcombe?",
     ["Ashcombe Community Safety Partnership"], ["Brindlemoor Community Safety Partnership"]),
    ("when_met", "When was the last meeting of the Brindlemoor CSP?", ["20 February 2024"], ["14 March 2024"]),
    ("when_met", "What is the date of the Ashcombe CSP's next meeting?", ["9 May 2024"], []),
    ("how_often", "How many times a year does the Brindlemoor CSP meet?", ["quarterly"], ["every two months"]),
    ("how_often", "What is the meeting frequency of the Ashcombe CSP?", ["every two months"], ["quarterly"]),
    ("remit", "Why does the Brindlemoor CSP exist?", ["feel safe"], ["reduce crime"]),
    ("remit", "What is the Ashcombe CSP there to do?", ["reduce crime and disorder"], ["feel safe"]),
    ("sro", "Who is SRO of the Brindlemoor CDP?", ["Ines Gallo"], []),
    ("represents", "Who is the Wessex Police representative on the Ashcombe CSP?", ["Omar Reyes"], ["Maya Quinn"]),
    ("represents", "Who sits on the Brindlemoor CSP for Wessex Fire and Rescue Service?", ["Maya Quinn"],
     ["Omar Reyes"]),
    ("how_many", "How many organisations sit on the Ashcombe CSP?", ["3"], []),
    ("how_many", "How many sub-groups does the Brindlemoor CSP have?", ["1"], []),
    # people by title and surname, the body a person holds a role on, dates narrowing a meeting, the giver by
    # its title alone, a curly apostrophe, capitals throughout
    ("chair", "Which partnership does Cllr Pell chair?", ["Ashcombe Community Safety Partnership"],
     ["Brindlemoor Community Safety Partnership"]),
    ("chair", "What does Felix Ward chair?", ["Brindlemoor Community Safety Partnership"],
     ["Ashcombe Community Safety Partnership"]),
    ("chair", "Who chairs the ASHCOMBE CSP?", ["Nora Pell"], ["Felix Ward"]),
    ("chair", "Who is the chair of Brindlemoor\u2019s community safety partnership?", ["Felix Ward"], ["Nora Pell"]),
    ("vice_chair", "Which partnership is Inspector Hurst vice-chair of?", ["Ashcombe Community Safety Partnership"],
     []),
    ("attended", "Who attended the Ashcombe CSP in January 2024?", ["Lena Ortiz"], ["Omar Reyes", "Tariq Bell"]),
    ("attended", "When did Omar Reyes attend the Ashcombe CSP?", ["14 March 2024"], ["11 January 2024"]),
    ("attended", "Did Ms Ortiz attend the Brindlemoor CSP?", [], ["Lena Ortiz"]),
    ("amount", "How much did the PCC give the Ashcombe CSP?", ["£52,000"], ["£38,500"]),
    ("amount", "How much did the Police and Crime Commissioner for Wessex allocate to Brindlemoor CSP in 2023-24?",
     ["£38,500"], ["£52,000"]),
    # a place standing for its body that got the money
    ("amount", "How much did the Wessex PCC give Ashcombe?", ["£52,000"], ["£38,500"]),
    ("amount", "What did the Wessex PCC give Brindlemoor?", ["£38,500"], ["£52,000"]),
    ("amount", "How much did the Wessex PCC give to Ashcombe?", ["£52,000"], ["£38,500"]),
    ("amount", "How much was given to Brindlemoor by the Wessex PCC in 2023/24?", ["£38,500"], ["£52,000"]),
    ("funds", "Which CSPs does the Wessex Police and Crime Commissioner fund?",
     ["Ashcombe Community Safety Partnership", "Brindlemoor Community Safety Partnership"], []),
    ("holds_post", "What role does Councillor Pell have on the Ashcombe CSP?", ["Chair"], []),
    ("represents", "Which organisation is Omar Reyes from?", ["Wessex Police"], []),
    ("responsible_for", "Who keeps the risk register for the Ashcombe CSP?", ["Community Safety Manager"], []),
    ("responsible_for", "Which post maintains the Ashcombe CSP's risk register?", ["Community Safety Manager"], []),
    ("subgroup_of", "Which groups were set up as sub-groups of the Ashcombe CSP?", ["Ashcombe Domestic Abuse Board"],
     ["Brindlemoor Youth Violence Group"]),
    ("subgroup_of", "Which boards were established as sub-groups of the Ashcombe Community Safety Partnership?",
     ["Ashcombe Domestic Abuse Board"], []),
    ("reports_to", "What do the Ashcombe CSP's sub-groups report to?", ["Ashcombe Community Safety Partnership"],
     ["Brindlemoor Community Safety Partnership"]),
]


def _norm(text: str) -> str:
    return " ".join(normalise(text).split())


def _given(expected: str, got: list[str]) -> bool:
    want = _norm(expected)
    return any(want in _norm(g) for g in got)


@pytest.mark.parametrize(("kind", "question", "expected", "forbidden"), WORDINGS,
                         ids=[f"{k}-{i}" for i, (k, *_rest) in enumerate(WORDINGS)])
def test_a_wording_is_answered_right(asker, kind, question, expected, forbidden):
    result = asker.ask(question)
    got = [a.label for a in result.answers][:5]
    assert all(_given(e, got) for e in expected), (got, result.interpretation)
    assert not any(_given(f, got) for f in forbidden), (got, result.interpretation)


def test_every_kind_is_asked_four_ways():
    from collections import Counter

    counts = Counter(kind for kind, *_ in WORDINGS)
    assert len(counts) >= 19 and min(counts.values()) >= 4, counts


# Questions about a body, place, year or kind of body the graph does not hold, or holds only for the other
# council: nothing answered, and a line saying what is not held.
REFUSALS: list[str] = [
    # places the graph does not hold
    "Who chairs the community safety partnership in Rutland?",
    "Which body oversees Prevent in Cumbria?",
    "Who chairs the Kettering CSP?",
    "How much did the PCC give the Gloucester Community Safety Partnership in 2023/24?",
    "What are the priorities of the Stroud community safety partnership?",
    "How often does the Ipswich CSP meet?",
    # kinds of body the graph holds only for the other council
    "Who chairs the Channel Panel in Brindlemoor?",
    "Who is the SRO for the Ashcombe Combating Drugs Partnership?",
    "Who chairs Brindlemoor's Domestic Abuse Board?",
    "What are the sub-groups of the Ashcombe Youth Violence Group?",
    "How often does the Brindlemoor Health and Wellbeing Board meet?",
    # kinds of body the graph does not hold at all
    "Who chairs the Ashcombe Safeguarding Adults Board?",
    "Who chairs the Brindlemoor Youth Offending Service?",
    "Who leads the Ashcombe Prevent Delivery Group?",
    "Who is the vice chair of the Ashcombe Reducing Reoffending Board?",
    "When did the Brindlemoor Serious Violence Board last meet?",
    "Who chairs the Ashcombe CSP's DHR panel?",
    "Who chairs the DHR panel of the Ashcombe CSP?",
    "Who runs the Ashcombe domestic abuse service?",
    "Who chairs the MARAC in Brindlemoor?",
        # a place's body written with no word that describes it, or by a kind of body alone
    "Who chairs the Rutland board?",
    "Who chairs the partnership in Cumbria?",
    "Who leads the Ashcombe service?",
    "Who chairs the Ashcombe Youth Justice Service?",
    "Who manages the Brindlemoor domestic abuse service?",
    "Who is the vice chair of the Brindlemoor Safeguarding Children Partnership?",
    "Which organisations sit on the Ashcombe Serious Violence Partnership?",
    "Who represents Wessex Police on the Brindlemoor Domestic Abuse Board?",
    # more: a region the graph does not hold, a group of a body described by its words, a post not held
    "Which body oversees Prevent in Wales?",
    "Who chairs the Channel Panel in Oakhurst?",
    "Who chairs the youth panel of the Ashcombe CSP?",
    "Who chairs the Brindlemoor CSP's Prevent group?",
    "Who sits on the Ashcombe anti-social behaviour panel?",
    "What does the Brindlemoor domestic abuse team report to?",
    "How much did the PCC give the Ashcombe Prevent service?",
    "When did the Ashcombe Channel Panel meet in Brindlemoor?",
    # words whose initials are a held body's acronym (ADAB), where that body's own name is held spelt otherwise
    "Who chairs the Ashcombe Drugs and Alcohol Board?",
    "What does the Ashcombe Drug and Alcohol Board report to?",
]

# A year the graph holds nothing for: nothing answered, and the line says the year.
YEARS: list[tuple[str, str]] = [
    ("Who chaired the Ashcombe CSP in 2015?", "2015"),
    ("How much did the Wessex PCC give the Brindlemoor CSP in 2019/20?", "2019/20"),
    ("Who attended the Ashcombe CSP meeting in June 2022?", "2022"),
    ("What were the priorities of the Brindlemoor CSP in 2016?", "2016"),
    ("Who chaired the Brindlemoor Community Safety Partnership in 2019?", "2019"),
]


@pytest.mark.parametrize("question", REFUSALS)
def test_what_the_graph_does_not_hold_is_refused(asker, question):
    result = asker.ask(question)
    assert result.answers == [], ([a.label for a in result.answers], result.interpretation)
    assert result.refused and "the graph holds no" in result.interpretation.lower(), result.interpretation


@pytest.mark.parametrize(("question", "year"), YEARS)
def test_a_year_the_graph_holds_nothing_for_is_answered_with_nothing(asker, question, year):
    result = asker.ask(question)
    assert result.answers == [], ([a.label for a in result.answers], result.interpretation)
    assert year in result.interpretation and "graph" in result.interpretation.lower(), result.interpretation
