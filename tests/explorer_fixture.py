"""A small graph about an invented county, written for these tests (no seed text): two sets of minutes, a
chair who changes, a post holder, a reporting line, funding, districts and a strategy, and some text that
would be dangerous if it were not escaped."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

from govkg.graph.model import Entity, Fact, SourceDocument
from govkg.loaders import content_hash

BOARD = Entity(
    "body",
    "Northshire Safer Communities Board",
    subtype="Board",
    aliases=("NSCB", "Safer Communities Board"),
    area="Northshire",
)
PREVENT_GROUP = Entity("body", "Northshire Prevent Steering Group", subtype="Group", area="Northshire")
HWB = Entity("body", "Northshire Health and Wellbeing Board", subtype="Board", area="Northshire")
PCC = Entity(
    "body",
    "Northshire Police and Crime Commissioner",
    subtype="PublicBody",
    aliases=("Northshire PCC",),
    area="Northshire",
)
DPP = Entity("post", "Director of Public Protection", area="Northshire")
ADA = Entity("person", "Cllr Ada Lovelace", aliases=("Ada Lovelace",))
TOM = Entity("person", "Tom Baker", aliases=("Mr Tom Baker",))
RITA = Entity("person", "Rita Moreno", aliases=("Ms Rita Moreno",))
SAM = Entity("person", "Sam Wise")
PREVENT = Entity("topic", "Prevent", iri_override="https://w3id.org/govkg/id/topic/prevent")
STRATEGY = Entity(
    "publication", "Northshire Community Safety Strategy", subtype="Strategy", area="Northshire"
)
DHR = Entity(
    "topic",
    "Domestic Homicide Reviews",
    iri_override="https://w3id.org/govkg/id/topic/domestic-homicide-reviews",
)
YOUTH = Entity("initiative", "Eastvale Youth Diversion Project", area="Northshire")
DISTRICTS = [Entity("area", name) for name in ("Eastvale", "Westmoor", "Southfield")]

TEXT_2022 = """Northshire Safer Communities Board
Minutes of the meeting held on 12 May 2022

Present: Cllr Ada Lovelace (Chair), Mr Tom Baker (Vice-Chair) and Ms Rita Moreno.
Apologies: Sam Wise.

1. Governance
The Northshire Prevent Steering Group reports to the Board every quarter.
The Board has oversight of the Prevent duty across Northshire.
The Board reports annually to the Northshire Health and Wellbeing Board.
Ms Rita Moreno, Director of Public Protection, presented the performance report.
The Board covers the districts of Eastvale, Westmoor and Southfield.
The Board agreed the Northshire Community Safety Strategy for publication.
The Northshire Prevent Steering Group is a sub-group of the Board.
The Board is responsible for commissioning Domestic Homicide Reviews in Northshire.
Ms Rita Moreno also sits on the Northshire Health and Wellbeing Board.

2. Funding
The Northshire PCC has granted £120,000 to the Board for 2022/23 for local priorities.
The Board will fund the Eastvale Youth Diversion Project with £8,000 in 2022/23.

3. Any other business
A member pasted <script>alert("boom")</script> & <b>bold</b> text into the chat; it was noted.
"""

TEXT_2019 = """Northshire Safer Communities Board
Minutes of the meeting held on 3 October 2019

Present: Mr Tom Baker (Chairman), Ms Rita Moreno.
Mr Tom Baker was Director of Public Protection at the time.
"""


def _fact(text: str, phrase: str, subject: Entity, relation: str, obj: Entity | None, **kw) -> Fact:
    start = text.index(phrase)
    return Fact(subject, relation, obj, start, start + len(phrase), rule="test", **kw)


def documents() -> list[SourceDocument]:
    t = TEXT_2022
    d22 = SourceDocument(
        key="northshire-scb-2022-05-12",
        source="northshire/2022-05-12.txt",
        text=t,
        sha256=content_hash(t.encode(), "test"),
        loader="test",
        doc_type="minutes",
        title="Northshire Safer Communities Board minutes, 12 May 2022",
        date=dt.date(2022, 5, 12),
        date_precision="day",
        area="Northshire",
        body=BOARD,
    )
    d22.facts = [
        _fact(t, "Cllr Ada Lovelace (Chair)", ADA, "chairs", BOARD),
        _fact(t, "Cllr Ada Lovelace (Chair)", ADA, "attended", BOARD),
        _fact(t, "Mr Tom Baker", TOM, "attended", BOARD),
        _fact(t, "Mr Tom Baker (Vice-Chair)", TOM, "vice_chair", BOARD),
        _fact(
            t,
            "The Northshire Prevent Steering Group is a sub-group of the Board.",
            PREVENT_GROUP,
            "subgroup_of",
            BOARD,
        ),
        _fact(
            t,
            "The Board is responsible for commissioning Domestic Homicide Reviews in Northshire.",
            BOARD,
            "responsible_for",
            DHR,
        ),
        _fact(
            t,
            "Ms Rita Moreno also sits on the Northshire Health and Wellbeing Board.",
            RITA,
            "member_of",
            HWB,
        ),
        _fact(
            t,
            "The Board will fund the Eastvale Youth Diversion Project with £8,000 in 2022/23.",
            BOARD,
            "funds",
            YOUTH,
            amount=Decimal("8000"),
            period="2022/23",
        ),
        _fact(t, "Ms Rita Moreno.", RITA, "attended", BOARD),
        _fact(t, "Apologies: Sam Wise.", SAM, "apologies", BOARD),
        _fact(
            t,
            "The Northshire Prevent Steering Group reports to the Board every quarter.",
            PREVENT_GROUP,
            "reports_to",
            BOARD,
        ),
        _fact(
            t, "The Board has oversight of the Prevent duty across Northshire.", BOARD, "oversees", PREVENT
        ),
        _fact(
            t,
            "The Board reports annually to the Northshire Health and Wellbeing Board.",
            BOARD,
            "reports_to",
            HWB,
        ),
        _fact(t, "Ms Rita Moreno, Director of Public Protection", RITA, "holds_post", DPP),
        *[
            _fact(
                t,
                "The Board covers the districts of Eastvale, Westmoor and Southfield.",
                BOARD,
                "covers_area",
                d,
            )
            for d in DISTRICTS
        ],
        _fact(
            t,
            "The Board agreed the Northshire Community Safety Strategy for publication.",
            BOARD,
            "produces",
            STRATEGY,
        ),
        _fact(
            t,
            "The Northshire PCC has granted £120,000 to the Board for 2022/23 for local priorities.",
            PCC,
            "funds",
            BOARD,
            amount=Decimal("120000"),
            period="2022/23",
            purpose="local priorities",
        ),
    ]
    t = TEXT_2019
    d19 = SourceDocument(
        key="northshire-scb-2019-10-03",
        source="northshire/2019-10-03.txt",
        text=t,
        sha256=content_hash(t.encode(), "test"),
        loader="test",
        doc_type="minutes",
        title="Northshire Safer Communities Board minutes, 3 October 2019",
        date=dt.date(2019, 10, 3),
        date_precision="day",
        area="Northshire",
        body=BOARD,
    )
    d19.facts = [
        _fact(t, "Mr Tom Baker (Chairman)", TOM, "chairs", BOARD),
        _fact(t, "Mr Tom Baker (Chairman)", TOM, "attended", BOARD),
        _fact(t, "Ms Rita Moreno.", RITA, "attended", BOARD),
        _fact(t, "Mr Tom Baker was Director of Public Protection", TOM, "holds_post", DPP),
    ]
    return [d22, d19]


def build_store(path):
    from govkg.graph.store import LocalStore
    from govkg.pipeline import ensure_vocabulary

    store = LocalStore(path)
    ensure_vocabulary(store)
    for doc in documents():
        store.load_document(doc)
    return store
