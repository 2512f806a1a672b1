"""A synthetic national governance world: councils, their bodies, people, posts, chairs and money.

Everything is derived from (seed, council index) so that council i is the same whatever N is, and the
same on every machine: benchmarks at N=10 and N=1000 share their first ten councils. Names are invented
(syllable combinations), never taken from real councils or documents.
"""

from __future__ import annotations

import datetime as dt
import random
from dataclasses import dataclass, field
from decimal import Decimal

from govkg.graph.model import Entity

FIRST_YEAR, LAST_YEAR = 2015, 2024
COUNCILS_PER_FORCE = 8

_STEMS = (
    "Ald",
    "Brack",
    "Cor",
    "Dun",
    "Elm",
    "Fen",
    "Gar",
    "Hol",
    "Ivy",
    "Kes",
    "Lang",
    "Mar",
    "Nor",
    "Oak",
    "Pen",
    "Quar",
    "Ros",
    "Sal",
    "Thorn",
    "Ull",
    "Ver",
    "Wen",
    "Yar",
    "Ash",
    "Bram",
    "Cald",
    "Dray",
    "Esk",
    "Fal",
    "Glen",
    "Hart",
    "Ing",
    "Kel",
    "Lyd",
    "Mel",
    "Neth",
    "Orm",
    "Pol",
    "Rave",
    "Stow",
)
_ENDINGS = (
    "shire",
    "dale",
    "mere",
    "ford",
    "ham",
    "ton",
    "by",
    "wick",
    "vale",
    "moor",
    "field",
    "stead",
    "holm",
    "ley",
    "worth",
    "bury",
    "combe",
    "thorpe",
    "well",
    "brook",
    "cliffe",
    "den",
    "gate",
    "haven",
    "hurst",
    "land",
    "marsh",
    "ridge",
    "side",
    "water",
)
_FORCE_ENDINGS = ("ia", "mark", "wold", "ney", "ond", "avon")
_FIRST = (
    "Alice",
    "Amir",
    "Anna",
    "Ben",
    "Bethan",
    "Carl",
    "Chloe",
    "Dan",
    "Deepa",
    "Eve",
    "Ewan",
    "Fatima",
    "Fraser",
    "Gemma",
    "Gareth",
    "Hannah",
    "Hugh",
    "Imran",
    "Isla",
    "Jack",
    "Jas",
    "Karen",
    "Kwame",
    "Laura",
    "Liam",
    "Maria",
    "Mohammed",
    "Nadia",
    "Neil",
    "Olga",
    "Owen",
    "Priya",
    "Paul",
    "Rachel",
    "Rhys",
    "Sara",
    "Sean",
    "Tara",
    "Tom",
    "Una",
    "Victor",
    "Wendy",
    "Yusuf",
    "Zoe",
    "Colin",
    "Moira",
    "Rowan",
    "Gita",
    "Declan",
    "Helen",
    "Ivan",
    "Joan",
    "Kieran",
    "Leah",
    "Martin",
    "Nina",
    "Oscar",
    "Pat",
    "Ruth",
    "Simon",
)
_SURNAMES = (
    "Abbott",
    "Ainsworth",
    "Bamford",
    "Barlow",
    "Beckett",
    "Birch",
    "Blackwood",
    "Bolton",
    "Bright",
    "Caldwell",
    "Carver",
    "Chadwick",
    "Clegg",
    "Coates",
    "Crane",
    "Dalton",
    "Denton",
    "Dixon",
    "Draper",
    "Eastwood",
    "Elliott",
    "Farrow",
    "Fenwick",
    "Fletcher",
    "Frost",
    "Garside",
    "Gill",
    "Goddard",
    "Hale",
    "Hartley",
    "Hayward",
    "Hewitt",
    "Holt",
    "Horne",
    "Hurst",
    "Iqbal",
    "Jarvis",
    "Kemp",
    "Khan",
    "Lamb",
    "Lister",
    "Lowe",
    "Marsh",
    "Mellor",
    "Moss",
    "Nash",
    "Noble",
    "Okafor",
    "Ormerod",
    "Parr",
    "Pickering",
    "Platt",
    "Quinn",
    "Rahman",
    "Redfern",
    "Rigby",
    "Royle",
    "Sadiq",
    "Scholes",
    "Sharples",
    "Shaw",
    "Singh",
    "Slater",
    "Stott",
    "Sutcliffe",
    "Swales",
    "Tait",
    "Thornton",
    "Tong",
    "Varley",
    "Wade",
    "Walsh",
    "Warburton",
    "Whitlow",
    "Wilde",
    "Winstanley",
    "Wood",
    "Yates",
    "Ashworth",
    "Booth",
    "Cowell",
    "Dyson",
    "Entwistle",
    "Firth",
    "Greaves",
    "Haigh",
    "Ingham",
    "Kershaw",
    "Lord",
    "Mallinson",
    "Nuttall",
    "Oldroyd",
    "Pilling",
    "Rowbotham",
    "Schofield",
    "Tattersall",
    "Uttley",
    "Waddington",
    "Ackroyd",
    "Brearley",
    "Crossley",
    "Dobson",
    "Earnshaw",
    "Fawcett",
    "Gledhill",
    "Holroyd",
    "Illingworth",
    "Jagger",
    "Kitson",
    "Lumb",
    "Midgley",
    "Naylor",
    "Outhwaite",
    "Priestley",
    "Riley",
    "Senior",
    "Thewlis",
    "Wainwright",
    "Whiteley",
)
_INITIALS = "ABCDEFGHJKLMNPRSTW"
_NAME_SPACE = len(_FIRST) * len(_SURNAMES) * len(_INITIALS)
_NAME_STEP = 7919  # prime, coprime with _NAME_SPACE: person index -> name is a bijection

# Topics use the labels of ontology/topics.ttl so that their IRIs meet the topic scheme.
TOPICS = (
    "Prevent",
    "Domestic Abuse",
    "Anti-Social Behaviour",
    "Hate Crime",
    "Serious Violence",
    "Substance Misuse",
    "Reducing Re-Offending",
    "Modern Slavery",
    "County Lines",
    "Child Sexual Exploitation",
    "Cyber Crime",
    "CCTV",
    "Burglary and Home Security",
    "Business and Rural Crime",
    "Domestic Homicide Reviews",
    "Violence Against Women and Girls",
    "Community Cohesion",
    "Road Safety",
    "Youth Offending",
    "Victim Support",
)

POSTS = (
    ("Director of Public Health", True),
    ("Chief Executive", False),
    ("Leader of the Council", False),
    ("Cabinet Member for Communities", True),
    ("Community Safety Manager", True),
    ("Strategic Co-ordinator, Community Safety", True),
    ("Prevent Co-ordinator", True),
    ("Domestic Abuse Co-ordinator", True),
    ("Lead Member for Crime and Disorder", True),
    ("Head of Community Safety", True),
    ("District Commander", True),
)

# (key, name pattern, ontology subtype, parent key, lead topics). {A} = area, {N}/{S} = north/south district.
_BODIES = (
    ("council", "{A} County Council", "Council", None, ()),
    ("cabinet", "{A} Cabinet", "Committee", "council", ()),
    ("osc", "{A} Overview and Scrutiny Committee", "Committee", "council", ()),
    ("scrutiny_panel", "{A} Communities Scrutiny Panel", "Panel", "osc", ()),
    ("hwb", "{A} Health and Wellbeing Board", "Board", "council", ("Substance Misuse",)),
    ("scb", "{A} Safer Communities Board", "Board", "council", ("Serious Violence", "Reducing Re-Offending")),
    ("csp_n", "{N} Community Safety Partnership", "Partnership", "scb", ("Anti-Social Behaviour", "CCTV")),
    ("csp_s", "{S} Community Safety Partnership", "Partnership", "scb", ("Burglary and Home Security",)),
    ("safer_n", "Safer {N} Group", "Group", "csp_n", ("Anti-Social Behaviour",)),
    ("asb_n", "{N} Anti-Social Behaviour Task Group", "Group", "safer_n", ("Anti-Social Behaviour",)),
    ("town_n", "{N} Town Centre Working Group", "Group", "asb_n", ("Business and Rural Crime",)),
    ("hate_n", "{N} Hate Incident Partnership", "Partnership", "csp_n", ("Hate Crime",)),
    ("safer_s", "Safer {S} Group", "Group", "csp_s", ("Burglary and Home Security",)),
    ("trigger_s", "{S} Community Trigger Panel", "Panel", "safer_s", ("Anti-Social Behaviour",)),
    ("reoff_s", "{S} Reducing Reoffending Group", "Group", "csp_s", ("Reducing Re-Offending",)),
    ("prevent", "{A} Prevent Board", "Board", "scb", ("Prevent",)),
    ("channel", "{A} Channel Panel", "Panel", "prevent", ("Prevent",)),
    ("prevent_delivery", "{A} Prevent Delivery Group", "Group", "prevent", ("Prevent", "Community Cohesion")),
    ("dab", "{A} Domestic Abuse Partnership Board", "Board", "scb", ("Domestic Abuse",)),
    ("dhr", "{A} Domestic Homicide Review Panel", "Panel", "dab", ("Domestic Homicide Reviews",)),
    ("marac", "{A} MARAC Steering Group", "Group", "dab", ("Domestic Abuse",)),
    ("smog", "{A} Substance Misuse Oversight Group", "Group", "hwb", ("Substance Misuse", "County Lines")),
    ("svg", "{A} Serious Violence Group", "Group", "scb", ("Serious Violence", "County Lines")),
)
BODY_KEYS = tuple(b[0] for b in _BODIES)
# Bodies that meet and keep minutes, weighted so boards and partnerships meet most often.
MEETING_WEIGHTS = {
    "cabinet": 2,
    "osc": 3,
    "scrutiny_panel": 2,
    "hwb": 2,
    "scb": 4,
    "csp_n": 4,
    "csp_s": 4,
    "safer_n": 2,
    "asb_n": 1,
    "town_n": 1,
    "hate_n": 1,
    "safer_s": 2,
    "trigger_s": 1,
    "reoff_s": 1,
    "prevent": 3,
    "channel": 2,
    "prevent_delivery": 1,
    "dab": 3,
    "dhr": 1,
    "marac": 1,
    "smog": 2,
    "svg": 2,
}
COUNCILLOR_BODIES = {"council", "cabinet", "osc", "scrutiny_panel"}
MEETINGS_PER_COUNCIL = 40
PEOPLE_PER_COUNCIL = 60
COUNCILLORS = 24


def area_name(i: int) -> str:
    idx = (i * 37) % (len(_STEMS) * len(_ENDINGS))
    return _STEMS[idx // len(_ENDINGS)] + _ENDINGS[idx % len(_ENDINGS)]


def force_name(f: int) -> str:
    return _STEMS[(f * 11) % len(_STEMS)] + _FORCE_ENDINGS[(f // len(_STEMS)) % len(_FORCE_ENDINGS)]


def person_name(g: int) -> str:
    idx = (g * _NAME_STEP) % _NAME_SPACE
    first, rest = divmod(idx, len(_SURNAMES) * len(_INITIALS))
    surname, initial = divmod(rest, len(_INITIALS))
    return f"{_FIRST[first]} {_INITIALS[initial]} {_SURNAMES[surname]}"


@dataclass
class Person:
    entity: Entity
    councillor: bool
    employer: str | None = None  # body key or 'police' / 'fire' / 'health' / 'probation'


@dataclass
class Tenure:
    """Who holds a post, or chairs a body, between two dates (through=None: still in office)."""

    holder: Entity
    start: dt.date
    through: dt.date | None

    def covers(self, day: dt.date) -> bool:
        return self.start <= day and (self.through is None or day <= self.through)


@dataclass
class Grant:
    funder: Entity
    recipient: Entity
    amount: Decimal
    period: str
    purpose: str | None
    funding_type: str
    topic: str | None = None


@dataclass
class Meeting:
    body: str
    date: dt.date
    number: int  # first minute number


@dataclass
class Council:
    index: int
    area: str
    north: str
    south: str
    force: str
    entity: Entity
    bodies: dict[str, Entity]
    parents: dict[str, str]
    lead_topics: dict[str, tuple[str, ...]]
    partners: dict[str, Entity]  # police, pcc, pcp, fire, health, probation, providers
    people: list[Person]
    posts: dict[str, Entity]
    post_tenures: dict[str, list[Tenure]]
    chair_tenures: dict[str, list[Tenure]]  # body key -> tenures; bodies without a chair are absent
    vice_chairs: dict[str, Entity]
    members: dict[str, list[Entity]]
    publications: list[
        tuple[str, Entity, int, tuple[str, ...]]
    ]  # producer key, publication, year, priorities
    grants: list[Grant]
    initiatives: list[Entity]
    meetings: list[Meeting] = field(default_factory=list)

    def chair_on(self, key: str, day: dt.date) -> Entity | None:
        for t in self.chair_tenures.get(key, ()):
            if t.covers(day):
                return t.holder
        return None

    def holder_on(self, post: str, day: dt.date) -> Entity | None:
        for t in self.post_tenures.get(post, ()):
            if t.covers(day):
                return t.holder
        return None


def _date(rng: random.Random, start: dt.date, end: dt.date) -> dt.date:
    return start + dt.timedelta(days=rng.randrange(max(1, (end - start).days)))


def _tenures(rng: random.Random, holders: list[Entity], changes: int) -> list[Tenure]:
    """Consecutive terms from 2015 to today; the last one open-ended."""
    first = dt.date(FIRST_YEAR, 1, 1)
    cuts = sorted(_date(rng, dt.date(FIRST_YEAR, 6, 1), dt.date(LAST_YEAR, 6, 1)) for _ in range(changes))
    starts = [first] + cuts
    out = []
    for k, start in enumerate(starts):
        through = starts[k + 1] - dt.timedelta(days=1) if k + 1 < len(starts) else None
        out.append(Tenure(holders[k % len(holders)], start, through))
    return out


def build_council(seed: int, i: int) -> Council:
    rng = random.Random(f"govkg-bench:{seed}:{i}")
    area = area_name(i)
    north, south = f"North {area}", f"South {area}"
    force = force_name(i // COUNCILS_PER_FORCE)
    fmt = {"A": area, "N": north, "S": south}
    bodies: dict[str, Entity] = {}
    parents: dict[str, str] = {}
    lead: dict[str, tuple[str, ...]] = {}
    for key, pattern, subtype, parent, topics in _BODIES:
        name = pattern.format(**fmt)
        bodies[key] = Entity("body", name, subtype=subtype, area=area)
        if parent:
            parents[key] = parent
        lead[key] = topics
    council = bodies["council"]
    partners = {
        "police": Entity("body", f"{force} Police", subtype="PoliceBody", area=force),
        "pcc": Entity("body", f"{force} Police and Crime Commissioner", subtype="PoliceBody", area=force),
        "pcp": Entity("body", f"{force} Police and Crime Panel", subtype="Panel", area=force),
        "fire": Entity("body", f"{area} Fire and Rescue Service", subtype="PublicBody", area=area),
        "health": Entity("body", f"{area} Integrated Care Board", subtype="PublicBody", area=area),
        "probation": Entity("body", f"{area} Probation Delivery Unit", subtype="PublicBody", area=area),
        "provider_da": Entity("body", f"{area} Women's Aid", subtype="Provider", area=area),
        "provider_sm": Entity("body", f"{area} Recovery Partnership", subtype="Provider", area=area),
    }
    people: list[Person] = []
    employers = ("police", "fire", "health", "probation", "council", "council", "provider_da", "provider_sm")
    for k in range(PEOPLE_PER_COUNCIL):
        entity = Entity("person", person_name(i * PEOPLE_PER_COUNCIL + k))
        if k < COUNCILLORS:
            people.append(Person(entity, True))
        else:
            people.append(Person(entity, False, employers[k % len(employers)]))
    councillors = [p.entity for p in people if p.councillor]
    officers = [p.entity for p in people if not p.councillor]

    posts: dict[str, Entity] = {}
    post_tenures: dict[str, list[Tenure]] = {}
    for name, generic in POSTS:
        full = name if generic else f"{name} of {council.name}"
        posts[name] = Entity("post", full, scope=area if generic else None, area=area)
        pool = (
            councillors
            if name
            in (
                "Leader of the Council",
                "Cabinet Member for Communities",
                "Lead Member for Crime and Disorder",
            )
            else officers
        )
        holders = rng.sample(pool, 3)
        post_tenures[name] = _tenures(rng, holders, rng.randint(0, 2))

    members: dict[str, list[Entity]] = {}
    for key in bodies:
        if key == "council":
            members[key] = councillors[:]
        elif key in COUNCILLOR_BODIES:
            members[key] = rng.sample(councillors, rng.randint(7, 11))
        else:
            members[key] = rng.sample(officers, rng.randint(4, 7)) + rng.sample(
                councillors, rng.randint(1, 2)
            )

    chair_tenures: dict[str, list[Tenure]] = {}
    vice_chairs: dict[str, Entity] = {}
    for key in bodies:
        if key == "council":
            continue
        if rng.random() < 0.1:  # a tenth of bodies never record a chair: the "bodies without a chair" query
            continue
        if key == "scb" and rng.random() < 0.5:
            chair_tenures[key] = [Tenure(posts["Director of Public Health"], dt.date(FIRST_YEAR, 1, 1), None)]
        else:
            chair_tenures[key] = _tenures(rng, rng.sample(members[key], 2), rng.randint(0, 2))
        if rng.random() < 0.4:
            current = chair_tenures[key][-1].holder
            vice_chairs[key] = next(m for m in members[key] if m != current)

    publications: list[tuple[str, Entity, int, tuple[str, ...]]] = []
    for producer, pattern, kind in (
        ("scb", "{A} Community Safety Agreement {y}-{z}", "Plan"),
        ("prevent", "{A} Prevent Action Plan {y}", "Plan"),
        ("dab", "{A} Domestic Abuse Strategy {y}-{z}", "Strategy"),
        ("csp_n", "{N} Partnership Plan {y}-{z}", "Plan"),
        ("csp_s", "{S} Partnership Plan {y}-{z}", "Plan"),
        ("svg", "{A} Serious Violence Strategy {y}", "Strategy"),
    ):
        for y in (rng.randint(2016, 2018), rng.randint(2020, 2023)):
            name = pattern.format(y=y, z=str(y + 3)[-2:], **fmt)
            pub = Entity("publication", name, subtype=kind, area=area)
            publications.append((producer, pub, y, tuple(rng.sample(TOPICS, rng.randint(3, 5)))))

    initiatives = [
        Entity("initiative", f"{district} {what}", area=area)
        for district in (north, south)
        for what in (
            "Secure Homes Scheme",
            "Night-Time Economy Patrols",
            "Youth Diversion Project",
            "Hate Crime Awareness Week",
            "Domestic Abuse Champions Network",
            "Rural Watch",
        )
    ]
    grants: list[Grant] = []
    for year in range(FIRST_YEAR, LAST_YEAR):
        period = f"{year}/{str(year + 1)[-2:]}"
        for csp, district in (("csp_n", north), ("csp_s", south)):
            chosen = rng.sample([x for x in initiatives if x.name.startswith(district)], 3)
            rows = [Decimal(rng.randrange(20, 400) * 250) for _ in chosen]
            for init, amount in zip(chosen, rows, strict=True):
                grants.append(Grant(bodies[csp], init, amount, period, None, "revenue"))
            grants.append(
                Grant(
                    partners["pcc"],
                    bodies[csp],
                    sum(rows, Decimal(0)) + Decimal(rng.randrange(0, 40) * 500),
                    period,
                    "community safety priorities",
                    "revenue",
                )
            )
        grants.append(
            Grant(
                council,
                bodies["dab"],
                Decimal(rng.randrange(40, 160) * 1000),
                period,
                "safe accommodation",
                "ring-fenced",
                "Domestic Abuse",
            )
        )
        if rng.random() < 0.5:
            grants.append(
                Grant(
                    partners["pcc"],
                    bodies[rng.choice(("csp_n", "csp_s"))],
                    Decimal(rng.randrange(10, 80) * 1000),
                    period,
                    "CCTV",
                    "capital",
                    "CCTV",
                )
            )

    c = Council(
        i,
        area,
        north,
        south,
        force,
        council,
        bodies,
        parents,
        lead,
        partners,
        people,
        posts,
        post_tenures,
        chair_tenures,
        vice_chairs,
        members,
        publications,
        grants,
        initiatives,
    )
    keys = list(MEETING_WEIGHTS)
    weights = [MEETING_WEIGHTS[k] for k in keys]
    chosen = rng.choices(keys, weights=weights, k=MEETINGS_PER_COUNCIL)
    days = sorted(_date(rng, dt.date(FIRST_YEAR, 1, 10), dt.date(LAST_YEAR, 12, 10)) for _ in chosen)
    number = rng.randrange(100, 900)
    for key, day in zip(chosen, days, strict=True):
        c.meetings.append(Meeting(key, day, number))
        number += rng.randint(6, 9)
    return c
