"""Papers of an invented county, written for the question tests (no seed or corpus text), added to the
explorer fixture's Northshire: two district partnerships with same-named boards, a renamed partnership, a
drugs partnership with a Senior Responsible Officer, a meeting schedule, a remit, representatives, grants
with and without a stated total, and statements that fit no closed relation."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

from explorer_fixture import ADA, BOARD, PCC, RITA, TOM, _fact, documents

from govkg.graph.model import Entity, Fact, SourceDocument
from govkg.loaders import content_hash

EASTVALE_CSP = Entity("body", "Eastvale Community Safety Partnership", subtype="Partnership", area="Eastvale",
                      aliases=("Eastvale CSP",))
WESTMOOR_CSP = Entity("body", "Westmoor Community Safety Partnership", subtype="Partnership", area="Westmoor",
                      aliases=("Westmoor CSP",))
OLD_EASTVALE = Entity("body", "Eastvale Crime Reduction Partnership", subtype="Partnership", area="Eastvale")
EAST_YOB = Entity("body", "Eastvale Youth Offending Board", subtype="Board", area="Eastvale")
WEST_YOB = Entity("body", "Westmoor Youth Offending Board", subtype="Board", area="Westmoor")
DRUGS = Entity("body", "Northshire Combating Drugs Partnership", subtype="Partnership", area="Northshire",
               aliases=("CDP",))
SRO = Entity("post", "Senior Responsible Officer", aliases=("SRO",))
COUNTY = Entity("body", "Northshire County Council", subtype="Council", area="Northshire")
EAST_COUNCIL = Entity("body", "Eastvale District Council", subtype="Council", area="Eastvale")
POLICE = Entity("body", "Northshire Police", subtype="PoliceForce", area="Northshire")
PRIYA = Entity("person", "Dr Priya Nair", aliases=("Priya Nair",))
JO = Entity("person", "Cllr Jo March", aliases=("Jo March",))
KWAME = Entity("person", "Kwame Asante")
SIOBHAN = Entity("person", "Siobhan Doyle")
STREETS = Entity("initiative", "Safer Streets Week", area="Northshire")

TEXT = """Northshire Safer Communities Board
Minutes of the meeting held on 12 May 2022 (continued)

4. Terms of reference
The purpose of the Board is to reduce crime, disorder and the fear of crime across Northshire.
The Board will meet every quarter. The next meeting will be held on 14 September 2022.
Cllr Jo March represents Eastvale District Council on the Board.
Ms Rita Moreno attended for Northshire County Council.

5. Partnerships
The Eastvale Community Safety Partnership, formerly the Eastvale Crime Reduction Partnership, was set up in April 2011.
Kwame Asante chairs the Eastvale Youth Offending Board. Siobhan Doyle chairs the Westmoor Youth Offending Board.
Kwame Asante also sits on the Northshire Combating Drugs Partnership for Northshire Police.
Dr Priya Nair is the Senior Responsible Officer for the Northshire Combating Drugs Partnership.
Northshire County Council, Northshire Police and Eastvale District Council are members of the Northshire
Combating Drugs Partnership.
The Board launched Safer Streets Week in March.

6. Community Safety Fund 2022/23
The Northshire PCC gave £40,000 to the Eastvale CSP and £35,000 to the Westmoor CSP, a total of £75,000.
The Northshire PCC gave £12,500 to the Eastvale Youth Offending Board and £9,000 to the Westmoor Youth Offending
Board for diversion work.
"""


def _text_fact(text: str, phrase: str, subject: Entity, kind: str, value: str, note: str | None = None) -> Fact:
    start = text.index(phrase)
    return Fact(subject, "other", None, start, start + len(phrase), rule="test", other_kind=kind, value=value,
                note=note)


def world_documents() -> list[SourceDocument]:
    t = TEXT
    doc = SourceDocument(
        key="northshire-scb-2022-05-12-part-2", source="northshire/2022-05-12-b.txt", text=t,
        sha256=content_hash(t.encode(), "test"), loader="test", doc_type="minutes",
        title="Northshire Safer Communities Board minutes, 12 May 2022, items 4 to 6",
        date=dt.date(2022, 5, 12), date_precision="day", area="Northshire", body=BOARD,
    )
    funds = "The Northshire PCC gave £40,000 to the Eastvale CSP and £35,000 to the Westmoor CSP, a total of £75,000."
    yob = "The Northshire PCC gave £12,500 to the Eastvale Youth Offending Board and £9,000 to the Westmoor"
    doc.facts = [
        _text_fact(t, "The purpose of the Board is to reduce crime, disorder and the fear of crime across Northshire.",
                   BOARD, "remit", "to reduce crime, disorder and the fear of crime across Northshire"),
        _text_fact(t, "The Board will meet every quarter.", BOARD, "meetingFrequency", "every quarter"),
        _text_fact(t, "The next meeting will be held on 14 September 2022.", BOARD, "nextMeeting", "2022-09-14"),
        _fact(t, "Cllr Jo March represents Eastvale District Council on the Board.", EAST_COUNCIL, "represented_by",
              JO, on_body=BOARD),
        _fact(t, "Ms Rita Moreno attended for Northshire County Council.", RITA, "member_of", COUNTY),
        _fact(t, "The Eastvale Community Safety Partnership, formerly the Eastvale Crime Reduction Partnership",
              EASTVALE_CSP, "other", OLD_EASTVALE, other_kind="replaces", note="formerly"),
        _text_fact(t, "The Eastvale Community Safety Partnership, formerly the Eastvale Crime Reduction Partnership, "
                   "was set up in April 2011.", EASTVALE_CSP, "statement", "April 2011", note="was set up in"),
        _fact(t, "Kwame Asante chairs the Eastvale Youth Offending Board.", KWAME, "chairs", EAST_YOB),
        _fact(t, "Siobhan Doyle chairs the Westmoor Youth Offending Board.", SIOBHAN, "chairs", WEST_YOB),
        _fact(t, "Kwame Asante also sits on the Northshire Combating Drugs Partnership", KWAME, "member_of", DRUGS),
        _fact(t, "Kwame Asante also sits on the Northshire Combating Drugs Partnership for Northshire Police.",
              POLICE, "represented_by", KWAME, on_body=DRUGS),
        _fact(t, "Dr Priya Nair is the Senior Responsible Officer for the Northshire Combating Drugs Partnership.",
              PRIYA, "holds_post", SRO, on_body=DRUGS),
        *[
            _fact(t, "Northshire County Council, Northshire Police and Eastvale District Council are members of the "
                  "Northshire\nCombating Drugs Partnership.", member, "member_of", DRUGS)
            for member in (COUNTY, POLICE, EAST_COUNCIL)
        ],
        _fact(t, "The Board launched Safer Streets Week in March.", BOARD, "other", STREETS, note="launched"),
        _fact(t, funds, PCC, "funds", EASTVALE_CSP, amount=Decimal(40000), period="2022/23"),
        _fact(t, funds, PCC, "funds", WESTMOOR_CSP, amount=Decimal(35000), period="2022/23"),
        _fact(t, yob, PCC, "funds", EAST_YOB, amount=Decimal(12500), period="2022/23", purpose="diversion work"),
        _fact(t, yob, PCC, "funds", WEST_YOB, amount=Decimal(9000), period="2022/23", purpose="diversion work"),
    ]
    return [*documents(), doc]


def build_world(path):
    from govkg.graph.store import LocalStore
    from govkg.pipeline import ensure_vocabulary

    store = LocalStore(path)
    ensure_vocabulary(store)
    for doc in world_documents():
        store.load_document(doc)
    return store


__all__ = ["ADA", "TOM", "build_world"]
