"""Write a synthetic council's minutes and reports as plain text, recording the span of every fact stated.

Each document comes out as a govkg SourceDocument (text + facts with character offsets), exactly what a
perfect extractor would hand to the graph; the text alone is the corpus that govkg's document loaders read.
The sentences are written for this generator in the usual register of council minutes.
"""

from __future__ import annotations

import datetime as dt
import random
from collections.abc import Iterator
from decimal import Decimal

from synth_world import LAST_YEAR, MEETINGS_PER_COUNCIL, TOPICS, Council, Meeting, Tenure, build_council

from govkg.graph.model import Entity, Fact, SourceDocument
from govkg.loaders import content_hash

LOADER = "bench-synthetic"
_VENUES = (
    "Council Chamber, County Hall",
    "Committee Room 2, Civic Centre",
    "the Guildhall",
    "Meeting Room 1, Shire Hall",
    "online via Microsoft Teams",
)
_TIMES = ("10.00 am", "2.00 pm", "6.30 pm", "9.30 am")


def _day(d: dt.date) -> str:
    return f"{d.day} {d:%B %Y}"


def _money(amount: Decimal) -> str:
    return f"£{amount:,.0f}"


class _Text:
    """Text under construction; span() writes a phrase and returns where it landed."""

    def __init__(self) -> None:
        self.parts: list[str] = []
        self.pos = 0

    def put(self, s: str) -> None:
        self.parts.append(s)
        self.pos += len(s)

    def span(self, s: str) -> tuple[int, int]:
        start = self.pos
        self.put(s)
        return start, self.pos

    def value(self) -> str:
        return "".join(self.parts)


class _Doc:
    def __init__(self, rule: str) -> None:
        self.t = _Text()
        self.facts: list[Fact] = []
        self.rule = rule

    def fact(self, span: tuple[int, int], subject: Entity, relation: str, obj: Entity, **kw: object) -> None:
        self.facts.append(Fact(subject, relation, obj, span[0], span[1], f"{self.rule}:{relation}", **kw))

    def names(self, people: list[tuple[Entity, str]], relation: str, body: Entity) -> None:
        """A comma list 'A, B and C', each name a fact; the suffix marks (Chair) and the like."""
        for k, (person, suffix) in enumerate(people):
            if k:
                self.t.put(" and " if k == len(people) - 1 else ", ")
            span = self.t.span(person.name + suffix)
            self.fact(span, person, relation, body)
            if suffix == " (Chair)":
                self.fact(span, person, "chairs", body)
            elif suffix == " (Vice-Chair)":
                self.fact(span, person, "vice_chair", body)


def _post_of(c: Council, person: Entity, day: dt.date) -> tuple[str, Entity] | None:
    for name, tenures in c.post_tenures.items():
        for t in tenures:
            if t.holder == person and t.covers(day):
                return name, c.posts[name]
    return None


def _structure_sentence(d: _Doc, c: Council, key: str, rng: random.Random) -> None:
    """One sentence about where a body sits: sub-group of and reporting to its parent."""
    body, parent = c.bodies[key], c.bodies[c.parents[key]]
    t = d.t
    form = rng.randrange(3)
    if form == 0:
        how_often = rng.choice(("quarterly", "twice a year", "annually"))
        span = t.span(
            f"Members were reminded that the {body.name} is a sub-group of the {parent.name} "
            f"and reports to it {how_often}."
        )
        d.fact(span, body, "subgroup_of", parent)
        d.fact(span, body, "reports_to", parent)
        t.put("\n")
    elif form == 1:
        span = t.span(f"The {body.name} reported to the {parent.name} on progress against its action plan.")
        d.fact(span, body, "reports_to", parent)
        t.put("\n")
    else:
        span = t.span(f"The {body.name} operates as a sub-group of the {parent.name}.")
        d.fact(span, body, "subgroup_of", parent)
        t.put("\n")


def _item_sentences(d: _Doc, c: Council, m: Meeting, rng: random.Random) -> None:
    t = d.t
    body = c.bodies[m.body]
    children = [k for k, p in c.parents.items() if p == m.body]
    if m.body in c.parents and rng.random() < 0.5:
        _structure_sentence(d, c, m.body, rng)
    for child in rng.sample(children, min(len(children), 1)):
        _structure_sentence(d, c, child, rng)
        chair = c.chair_on(child, m.date)
        if chair is not None and rng.random() < 0.5:
            span = t.span(f"The {c.bodies[child].name} is chaired by {chair.name}")
            d.fact(span, chair, "chairs", c.bodies[child])
            t.put(", who presented the update.\n")
    for topic in c.lead_topics[m.body] if rng.random() < 0.3 else ():
        span = t.span(f"The {body.name} has oversight of work on {topic.lower()} across {c.area}.")
        d.fact(span, body, "oversees", Entity("topic", topic))
        t.put("\n")
    if m.body in ("csp_n", "csp_s"):
        period = f"{m.date.year - 1}/{str(m.date.year)[-2:]}"
        for g in c.grants:
            if g.recipient == body and g.period == period and g.funder == c.partners["pcc"]:
                span = t.span(
                    f"The {g.funder.name} had confirmed an allocation of {_money(g.amount)} to the "
                    f"Partnership for {g.period}"
                )
                d.fact(
                    span,
                    g.funder,
                    "funds",
                    body,
                    amount=g.amount,
                    period=g.period,
                    purpose=g.purpose,
                    funding_type=g.funding_type,
                )
                t.put(", to be spent on its agreed priorities.\n")
    for producer, pub, year, priorities in c.publications:
        if producer == m.body and m is _first_meeting_from(c, m.body, year):
            span = t.span(f"The {body.name} agreed the {pub.name}")
            d.fact(span, body, "produces", pub)
            t.put(", which sets out ")
            t.put(f"{len(priorities)} priorities: ")
            for k, topic in enumerate(priorities):
                if k:
                    t.put(", ")
                span = t.span(topic)
                d.fact(span, Entity("topic", topic), "priority_of", pub)
            t.put(".\n")
            break


def _first_meeting_from(c: Council, key: str, year: int) -> Meeting | None:
    return next((m for m in c.meetings if m.body == key and m.date.year >= year), None)


def minutes(c: Council, k: int, m: Meeting) -> SourceDocument:
    rng = random.Random(f"minutes:{c.index}:{k}")
    d = _Doc("bench-minutes")
    t = d.t
    body = c.bodies[m.body]
    t.put(f"{body.name}\n")
    t.put(
        f"Minutes of the meeting held on {m.date:%A}, {_day(m.date)} at {rng.choice(_VENUES)}, "
        f"{rng.choice(_TIMES)}\n\n"
    )
    chair = c.chair_on(m.body, m.date)
    vice = c.vice_chairs.get(m.body)
    members = c.members[m.body]
    absent = rng.sample([p for p in members if p != chair], min(2, rng.randint(0, 2), len(members) - 1))
    present: list[tuple[Entity, str]] = []
    if chair is not None and chair.kind == "person":
        present.append((chair, " (Chair)"))
    for p in members:
        if p in absent or p == chair:
            continue
        present.append((p, " (Vice-Chair)" if p == vice else ""))
    present = present[: rng.randint(4, 7)]
    t.put("Present:\n")
    d.names(present, "attended", body)
    t.put("\n\n")
    others = [p.entity for p in c.people if not p.councillor and p.entity not in members]
    also = rng.sample(others, rng.randint(1, 2))
    t.put("Also attended:\n")
    for person in also:
        span = t.span(person.name)
        d.fact(span, person, "attended", body)
        held = _post_of(c, person, m.date)
        if held is not None:
            t.put(", ")
            post_span = t.span(held[1].name)
            d.fact((span[0], post_span[1]), person, "holds_post", held[1])
        t.put("\n")
    t.put("\n")
    n = m.number
    t.put(f"{n} Apologies for Absence\n")
    if absent:
        t.put("Apologies were received from ")
        for j, person in enumerate(absent):
            if j:
                t.put(" and ")
            d.fact(t.span(person.name), person, "apologies", body)
        t.put(".\n\n")
    else:
        t.put("There were no apologies.\n\n")
    t.put(f"{n + 1} Declarations of Interest\nNo interests were declared.\n\n")
    t.put(
        f"{n + 2} Minutes of the Previous Meeting\nThe minutes of the previous meeting were agreed as a "
        "true record and signed by the Chair.\n\n"
    )
    topic = rng.choice(c.lead_topics[m.body] or TOPICS)
    t.put(f"{n + 3} {topic} Update\n")
    t.put(f"The {body.name} received an update on {topic.lower()} activity since the last meeting.\n")
    _item_sentences(d, c, m, rng)
    t.put(
        f"\n{n + 4} Date of Next Meeting\nThe next meeting would be arranged by the clerk in consultation "
        "with the Chair.\n"
    )
    text = t.value()
    key = f"bench-{c.index:04d}-minutes-{k:02d}"
    return SourceDocument(
        key=key,
        source=f"{key}.txt",
        text=text,
        sha256=content_hash(text.encode(), LOADER),
        loader=LOADER,
        doc_type="minutes",
        title=f"Minutes of the {body.name}, {_day(m.date)}",
        date=m.date,
        council=c.entity,
        body=body,
        area=c.area,
        facts=d.facts,
    )


def _tenure_text(t: Tenure) -> str:
    end = f"until {t.through:%B %Y}" if t.through else "and remains in post"
    return f"from {t.start:%B %Y} {end}"


def annual_report(c: Council, year: int) -> SourceDocument:
    """The annual community-safety report: governance structure, chairs, posts, strategies and funding."""
    rng = random.Random(f"report:{c.index}:{year}")
    day = dt.date(year, rng.randint(6, 9), rng.randint(1, 28))
    d = _Doc("bench-report")
    t = d.t
    t.put(f"{c.entity.name}\nReport to the {c.bodies['osc'].name}\n")
    t.put(f"Annual Community Safety Report {year}\nDate of meeting: {_day(day)}\n\n")
    t.put(
        "1. Purpose of the Report\nThis report gives members an overview of the partnership arrangements "
        f"for community safety in {c.area} and of how partnership funding was spent.\n\n"
    )
    t.put("2. Governance Arrangements\n")
    para = 1
    for key, parent in c.parents.items():
        if key in ("cabinet", "osc", "scrutiny_panel"):
            continue
        body = c.bodies[key]
        t.put(f"2.{para} ")
        span = t.span(f"The {body.name} is a sub-group of the {c.bodies[parent].name}")
        d.fact(span, body, "subgroup_of", c.bodies[parent])
        t.put(". ")
        span = t.span(f"It reports to the {c.bodies[parent].name}")
        d.fact(span, body, "reports_to", c.bodies[parent])
        chair = c.chair_on(key, day)
        if chair is not None:
            t.put(" and ")
            span = t.span(
                f"is chaired by the {chair.name}" if chair.kind == "post" else f"is chaired by {chair.name}"
            )
            d.fact(span, chair, "chairs", body)
        t.put(".")
        if key in c.vice_chairs:
            t.put(" ")
            span = t.span(f"{c.vice_chairs[key].name} is its Vice-Chair")
            d.fact(span, c.vice_chairs[key], "vice_chair", body)
            t.put(".")
        t.put("\n")
        para += 1
    for key in ("csp_n", "csp_s"):
        body = c.bodies[key]
        district = c.north if key == "csp_n" else c.south
        t.put(f"2.{para} ")
        span = t.span(f"The {body.name} covers the district of {district}")
        d.fact(span, body, "covers_area", Entity("area", district))
        t.put(". Its membership includes ")
        for j, partner in enumerate(("police", "fire", "health", "probation")):
            if j:
                t.put(", " if j < 3 else " and ")
            span = t.span(f"{c.partners[partner].name}")
            d.fact(span, c.partners[partner], "member_of", body)
        t.put(".\n")
        para += 1
    for key in ("scb", "csp_n", "csp_s", "prevent", "dab", "svg") if year == LAST_YEAR else ():
        t.put(f"2.{para} The membership of the {c.bodies[key].name} comprises ")
        members = c.members[key]
        for j, person in enumerate(members):
            if j:
                t.put(", " if j < len(members) - 1 else " and ")
            d.fact(t.span(person.name), person, "member_of", c.bodies[key])
        t.put(".\n")
        para += 1
    t.put(f"2.{para} ")
    span = t.span(f"The {c.partners['pcp'].name} scrutinises the {c.partners['pcc'].name}")
    d.fact(span, c.partners["pcp"], "oversees", c.partners["pcc"], note="holds to account")
    t.put(" and receives his annual report.\n\n")

    t.put("3. Officers and Portfolio Holders\n")
    para = 1
    for name, tenures in c.post_tenures.items():
        post = c.posts[name]
        for tenure in tenures:
            if tenure.start.year > year:
                continue
            through = tenure.through if tenure.through and tenure.through.year <= year else None
            shown = Tenure(tenure.holder, tenure.start, through)
            t.put(f"3.{para} ")
            span = t.span(f"{tenure.holder.name} held the post of {post.name} {_tenure_text(shown)}")
            d.fact(span, tenure.holder, "holds_post", post, valid_from=tenure.start, valid_through=through)
            t.put(".\n")
            para += 1
    for name in ("Director of Public Health", "Head of Community Safety"):
        t.put(f"3.{para} ")
        topic = "Substance Misuse" if name == "Director of Public Health" else "Anti-Social Behaviour"
        span = t.span(f"The {name} is responsible for {topic.lower()} services")
        d.fact(span, c.posts[name], "responsible_for", Entity("topic", topic))
        t.put(f" in {c.area}.\n")
        para += 1
    t.put("\n4. Strategies and Priorities\n")
    for producer, pub, pyear, priorities in c.publications:
        if pyear > year or (year == LAST_YEAR and pyear <= REPORT_YEARS[0]):
            continue
        span = t.span(f"The {c.bodies[producer].name} produced the {pub.name}")
        d.fact(span, c.bodies[producer], "produces", pub)
        t.put(". Its priorities are ")
        for j, topic in enumerate(priorities):
            if j:
                t.put(", " if j < len(priorities) - 1 else " and ")
            d.fact(t.span(topic), Entity("topic", topic), "priority_of", pub)
        t.put(".\n")
    span = t.span(f"{c.partners['provider_da'].name} delivers the refuge service")
    d.fact(span, c.entity, "commissions", c.partners["provider_da"])
    t.put(f" under a contract commissioned by the {c.entity.name}.\n\n")

    t.put("5. Funding\n")
    periods = sorted({g.period for g in c.grants if int(g.period[:4]) in (year - 2, year - 1)})
    for period in periods:
        for key in ("csp_n", "csp_s"):
            body = c.bodies[key]
            rows = [g for g in c.grants if g.funder == body and g.period == period]
            total = next(
                (
                    g
                    for g in c.grants
                    if g.recipient == body
                    and g.period == period
                    and g.funder == c.partners["pcc"]
                    and g.topic is None
                ),
                None,
            )
            if total is not None:
                span = t.span(
                    f"In {period} the {total.funder.name} allocated {_money(total.amount)} to the {body.name}"
                )
                d.fact(
                    span,
                    total.funder,
                    "funds",
                    body,
                    amount=total.amount,
                    period=period,
                    purpose=total.purpose,
                    funding_type=total.funding_type,
                )
                t.put(". The Partnership funded the following projects:\nPriority\tProject\tAmount\n")
            for g in rows:
                t.put(f"{rng.choice(TOPICS)}\t")
                span = t.span(f"{g.recipient.name}\t{_money(g.amount)}")
                d.fact(
                    span,
                    body,
                    "funds",
                    g.recipient,
                    amount=g.amount,
                    period=period,
                    funding_type=g.funding_type,
                )
                t.put("\n")
            if rows:
                t.put(f"\tTOTAL\t{_money(sum((g.amount for g in rows), Decimal(0)))}\n")
        for g in c.grants:
            if g.period == period and g.topic is not None:
                span = t.span(
                    f"The {g.funder.name} provided {_money(g.amount)} of {g.funding_type} funding to the "
                    f"{g.recipient.name} for {g.purpose} in {period}"
                )
                d.fact(
                    span,
                    g.funder,
                    "funds",
                    g.recipient,
                    amount=g.amount,
                    period=period,
                    purpose=g.purpose,
                    funding_type=g.funding_type,
                )
                t.put(".\n")
    t.put(
        "\n6. Recommendation\nMembers are asked to note the report and to comment on the partnership "
        "priorities for the coming year.\n"
    )
    text = t.value()
    key = f"bench-{c.index:04d}-report-{year}"
    return SourceDocument(
        key=key,
        source=f"{key}.txt",
        text=text,
        sha256=content_hash(text.encode(), LOADER),
        loader=LOADER,
        doc_type="report",
        title=f"Annual Community Safety Report {year}, {c.entity.name}",
        date=day,
        council=c.entity,
        body=c.bodies["osc"],
        area=c.area,
        facts=d.facts,
    )


REPORT_YEARS = (2018, LAST_YEAR)
DOCS_PER_COUNCIL = MEETINGS_PER_COUNCIL + len(REPORT_YEARS)


def council_documents(seed: int, i: int) -> Iterator[SourceDocument]:
    """Council i's documents: its minutes (one per meeting) and its annual reports."""
    c = build_council(seed, i)
    for k, m in enumerate(c.meetings):
        yield minutes(c, k, m)
    for year in REPORT_YEARS:
        yield annual_report(c, year)


def documents(n: int, seed: int) -> Iterator[SourceDocument]:
    for i in range(n):
        yield from council_documents(seed, i)
