"""A grid of papers that name their police and crime commissioner, each in a different council's layout: the
commissioner is ONE node per paper, known by the fullest form the paper itself writes for it.

The decision (`loaders/office_names.commissioner_name`) reads the whole paper once: every form of the holder's
name the gazetteer knows for the police area (its area's whole name, "and" inside it, every era's title) that the
paper writes, anywhere (a heading in capitals, inside the office's name, across a line end); the node, labelled
"<area> <title>" as everywhere in the graph, carries those forms, the fullest first, and "the PCC", "the
Commissioner", "Kent PCC" are that node. When the paper writes none in full it does not say, and the node has
the gazetteer's usual name only.

Neighbours that must stay: two commissioners of two areas stay two; the deputy and the office stay apart from
the holder; a name the gazetteer does not know is read as written. Every council and person here is invented;
the police areas are real so that the gazetteer knows their offices."""

from __future__ import annotations

import re

import pytest
from extract_helpers import read

from govkg.loaders.office_names import commissioner_name, former_names

CASES: dict[str, tuple[str, set[str]]] = {}
_HOLDER = re.compile(r"Commissioner\b|\bP(?:F)?CC$|\bMayor of\b")
_NOT_HOLDER = re.compile(r"^(?:Office|Deputy)\b|, (?!Fire\b)|\bOffice\b|\bO[PF]+CC\b")


def case(name: str, text: str, named: set[str]) -> None:
    CASES[name] = (text, named)


def _holders(text: str) -> list[set[str]]:
    """The names (label and every other name) of each commissioner that the paper's facts hold (the holder's own
    node, not the office's)."""
    doc = read(text)
    ends = {e.iri for f in doc.facts for e in (f.subject, f.object) if e is not None and e.kind == "post" and
            _HOLDER.search(e.name) and not _NOT_HOLDER.search(e.name)}
    return [{e.name, *e.aliases} for e in doc.entities if e.iri in ends]


case("the 'for' form with 'and' in the area, then 'the PCC'", """Fenmoor District Council
Cabinet, 12 March 2025

Community Safety Grant 2025/26

1. The Police and Crime Commissioner for Cambridgeshire and Peterborough has offered the Council a community
safety grant for 2025/26.
2. The PCC has awarded £42,000 to the Fenmoor Community Safety Partnership for 2025/26.
""", {"Police and Crime Commissioner for Cambridgeshire and Peterborough"})

case("the area's name wrapped at 'and' before the title", """Ouseley District Council
Report to Cabinet, 9 July 2024

Purpose: to agree how the grant awarded to the Council by the Cambridgeshire and
Peterborough Police and Crime Commissioner for 2024/25 will be spent.

1. The Police and Crime Commissioner has awarded the Council a grant of £37,500 for 2024/25.
""", {"Cambridgeshire and Peterborough Police and Crime Commissioner"})

case("the full name only inside the office's name", """Safer Testwood Partnership
About us

Our partners are Testwood Borough Council, the Office of the Police and Crime Commissioner for Hampshire and
the Isle of Wight (OPCC) and local housing providers.

Funding
The Police and Crime Commissioner has awarded the Partnership £18,000 for 2024/25.
""", {"Police and Crime Commissioner for Hampshire and the Isle of Wight"})

case("a decision notice headed in capitals, then 'the Commissioner'",
     """POLICE, FIRE AND CRIME COMMISSIONER FOR NORTH YORKSHIRE

Decision Notice 2021/07: Community Safety Grants

1. The Commissioner approves a grant of £21,300 to Swaleford District Council for 2021/22.
""", {"Police, Fire and Crime Commissioner for North Yorkshire"})

case("a PFCC named area first, then 'the PFCC'", """Chelmer Vale Community Safety Partnership
Minutes of the meeting of 4 June 2024

5. Funding
The Essex Police, Fire and Crime Commissioner has awarded £26,000 to the Chelmer Vale Community Safety
Partnership for 2024/25. Members thanked the PFCC for the grant.
""", {"Essex Police, Fire and Crime Commissioner"})

case("the 'for' form beside the initials, written more often", """Blyford District Council
Portfolio Holder decision, 3 May 2024

The Police and Crime Commissioner for Suffolk funds the Blyford Community Safety Partnership. This year the
Police and Crime Commissioner for Suffolk has awarded £15,500 to the Blyford Community Safety Partnership.
The Suffolk PCC asks for a report each quarter.
""", {"Police and Crime Commissioner for Suffolk"})

case("an area with 'and' before the title in a table caption's paper", """Mendlow Town Council
Finance Committee, 2 October 2024

7. The Avon and Somerset Police and Crime Commissioner has awarded £9,400 to the Mendlow Youth Project for
2024/25.
""", {"Avon and Somerset Police and Crime Commissioner"})

case("the title written with an ampersand", """Tamarside Community Safety Partnership
Annual report 2024

The Police & Crime Commissioner for Devon and Cornwall has awarded £31,000 to the Tamarside Community Safety
Partnership for 2024/25.
""", {"Police & Crime Commissioner for Devon and Cornwall"})

case("initials only: the paper does not say the name in full", """Medway Fields Community Safety Partnership
Minutes, 5 March 2024

4. The Kent PCC has awarded £12,000 to the Medway Fields Community Safety Partnership for 2024/25.
""", {"Kent Police and Crime Commissioner"})

case("two commissioners of two areas stay two", """Border Partnerships Forum
Note of the meeting of 6 February 2024

The Police and Crime Commissioner for Kent has awarded £8,000 to the Stourbank Community Safety Partnership
for 2024/25. The Essex Police, Fire and Crime Commissioner has awarded £7,000 to the Colnebrook Community
Safety Partnership for 2024/25.
""", {"Police and Crime Commissioner for Kent", "Essex Police, Fire and Crime Commissioner"})

case("a decision field naming the commissioner, a bare 'the Commissioner' after", """Decision Notice

Title:            Community Safety Fund 2024/25
Decision maker:   Police and Crime Commissioner for Thames Valley

The Commissioner has awarded £40,000 to the Loddonford Community Safety Partnership for 2024/25.
""", {"Police and Crime Commissioner for Thames Valley"})

case("initials first, the full name later", """Severnside Community Safety Partnership
Minutes, 14 May 2024

3. The West Mercia PCC has awarded £23,000 to the Severnside Community Safety Partnership for 2024/25.
4. Members noted the Police and Crime Commissioner for West Mercia's Safer West Mercia Plan.
""", {"Police and Crime Commissioner for West Mercia"})

case("the initials' 'for' form and the area-first title: the title spelt out wins", """Solentside Borough Council
Cabinet, 10 April 2024

The PCC for Hampshire and Isle of Wight has awarded £14,000 to the Solentside Community Safety Partnership for
2024/25. The Hampshire and Isle of Wight Police and Crime Commissioner also funds the Solentside Youth Project.
""", {"Hampshire and Isle of Wight Police and Crime Commissioner"})

case("the area's first part only, as the paper writes it", """Nene Marsh District Council
Cabinet, 8 May 2024

The Police and Crime Commissioner for Cambridgeshire has awarded £19,000 to the Nene Marsh Community Safety
Partnership for 2024/25.
""", {"Police and Crime Commissioner for Cambridgeshire"})

case("a commissioner of an earlier era keeps that era's title", """Swaleford Community Safety Partnership
Minutes, 9 March 2016

The North Yorkshire Police and Crime Commissioner has awarded £11,000 to the Swaleford Community Safety
Partnership for 2016/17.
""", {"North Yorkshire Police and Crime Commissioner"})

case("the office's staff in the attendance list, the holder in the text", """Wey Meadows Community Safety Partnership
Minutes of the meeting held on 2 July 2024

Present: Cllr Ada Venn (Chair), Tobias Reeve (Partnerships Manager, Office of the Police and Crime
Commissioner for Surrey)

5. The Police and Crime Commissioner for Surrey has awarded £16,000 to the Wey Meadows Community Safety
Partnership for 2024/25.
""", {"Police and Crime Commissioner for Surrey"})

case("a bare title in lower case and the full name elsewhere", """Usk Valley Community Safety Partnership
Annual report 2024

The Gwent Police and Crime Commissioner has awarded £13,000 to the Usk Valley Community Safety Partnership for
2024/25; the police and crime commissioner also funds the Usk Valley Youth Project.
""", {"Gwent Police and Crime Commissioner"})

case("an area the gazetteer does not know is read as written", """Northdale Community Safety Partnership
Minutes, 4 April 2024

The Police and Crime Commissioner for Northdale has awarded £10,000 to the Northdale Community Safety
Partnership for 2024/25.
""", {"Police and Crime Commissioner for Northdale"})

case("a heading in capitals names it first, the area-first form after",
     """OFFICE OF THE POLICE AND CRIME COMMISSIONER FOR LANCASHIRE

Decision 2024/19

The Lancashire Police and Crime Commissioner has awarded £22,000 to the Ribble Fold Community Safety
Partnership for 2024/25.
""", {"Police and Crime Commissioner for Lancashire"})

case("a written form in the possessive", """Dearne Side Community Safety Partnership
Minutes, 3 June 2024

The Police and Crime Commissioner for Northumbria's grant of £9,000 to the Dearne Side Community Safety
Partnership for 2024/25 was noted. The PCC has also awarded £4,000 to the Dearne Side Youth Project.
""", {"Police and Crime Commissioner for Northumbria"})


case("the office of two eras named: 'the PFCC' is the later one's", """Trentvale Borough Council
Cabinet, 5 June 2019

2. From 1 August 2018 the Police and Crime Commissioner for Staffordshire also became the Police, Fire and
Crime Commissioner (PFCC) for the county.
3. The PFCC has awarded £17,000 to the Trentvale Community Safety Partnership for 2019/20.
""", {"Staffordshire Police, Fire and Crime Commissioner"})


@pytest.mark.parametrize("name", list(CASES))
def test_commissioner_named_as_the_paper_names_it(name: str) -> None:
    text, named = CASES[name]
    nodes = _holders(text)
    assert len(nodes) == len(named), nodes
    assert all(any(n in names for names in nodes) for n in named), nodes


def test_the_decision_says_nothing_without_a_full_form() -> None:
    decision = commissioner_name("The Kent PCC met the partnership.", "Kent")
    assert decision.name is None and decision.forms == ("Kent PCC",)
    assert commissioner_name("The Commissioner met the partnership.", "Kent").forms == ()
    assert commissioner_name("The Police and Crime Commissioner for Kent met us.", None).name is None


def test_the_decision_reads_a_name_across_a_line_end_whole() -> None:
    text = "the grant from the Police and Crime Commissioner for Cambridgeshire and\nPeterborough was noted"
    decision = commissioner_name(text, "Cambridgeshire")
    assert decision.name == "Police and Crime Commissioner for Cambridgeshire and Peterborough"
    assert decision.forms == (decision.name,)


# --- a renamed body: the paper's current name, never the past one -------------------------------------------------
#
# A past name ("we were known as X until", "formerly X", "previously known as X") is named only to say it is no
# longer used: no later "the partnership" of the paper is the body by that name. The neighbour stays: a paper
# that names no past name gives "the partnership" to the partnership it named last.

FORMER: dict[str, tuple[str, str, str]] = {}


def former(name: str, text: str, member: str, body: str) -> None:
    FORMER[name] = (text, member, body)


former("a web page with no body of its own: 'we were known as X until', then 'in the partnership'",
       """Skip to main content  Fernleigh Borough Council  Home > Community > Community safety

Fernleigh Community Safety Partnership - who we are

The Fernleigh Community Safety Partnership (Fernleigh CSP) brings together the agencies that the law asks
to work together against crime and disorder in the borough.

We were known as the Safer Fernleigh Partnership until 2018, when the partnership agreed new terms of
reference.

Our partners

The responsible authorities in the partnership are:
  • Fernleigh Borough Council
  • Thames Valley Police
""", "Fernleigh Borough Council", "Fernleigh Community Safety Partnership")

former("'previously known as' in a sentence of its own", """Brackenholt Community Safety Partnership

About us
The Brackenholt Community Safety Partnership was set up in 1998. It was previously known as the Brackenholt
Crime Reduction Partnership.

The members of the partnership are:
  - Brackenholt Borough Council
  - Kent Fire and Rescue Service
""", "Brackenholt Borough Council", "Brackenholt Community Safety Partnership")

former("no past name: the partnership named last", """Copperfield Community Safety Partnership

About us
The Copperfield Community Safety Partnership was set up in 1998.

The members of the partnership are:
  - Copperfield Borough Council
  - Essex Police
""", "Copperfield Borough Council", "Copperfield Community Safety Partnership")


@pytest.mark.parametrize("name", list(FORMER))
def test_a_renamed_body_keeps_its_current_name(name: str) -> None:
    text, member, body = FORMER[name]
    members = {(f.subject.name, f.object.name) for f in read(text).facts if f.relation == "member_of"}
    assert (member, body) in members
    assert not any(b != body and b.endswith("Partnership") for _, b in members), members


def test_the_past_names_a_paper_gives() -> None:
    assert former_names("We were known as the Safer Fenwick Partnership until 2019.") == \
        {"Safer Fenwick Partnership"}
    assert former_names("The Fenwick Board (formerly the Fenwick Chairs' Forum) meets monthly.") == \
        {"Fenwick Chairs' Forum"}
    assert former_names("The Fenwick Partnership meets monthly.") == frozenset()
