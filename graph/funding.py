"""Funding flows: who gives money to whom, per period, with totals that count every pound once.

Money is counted once in four ways:
- re-granted money (a PCC grant that a CSP re-grants to projects) is the same money, so a period's total is
  what enters the system: for each funder, what it gives beyond what it receives in that period (sum over
  bodies of max(0, given - received)). PCC -> CSP -> projects counts the PCC's total once;
- an allocation that is a part of another (`gkg:partOf`: the five projects that make up Bromsgrove's share)
  is a breakdown of that money, shown under it and never added to it;
- an amount stated for each recipient ("£65k per CSP", `gkg:perRecipient`) counts once per recipient when the
  number of recipients is known, and is listed but not added when it is not; a shared total counts once;
- several documents, or one document twice, stating the same allocation (same funder, recipient, period and
  purpose) give one allocation: the figure with the latest as-of date counts (the highest on a tie); the
  others are shown as "also stated".

Periods are kept as written: a financial year ("2014/15") is its own period, never the calendar year of the
paper. A rate ("per year") or a period the paper does not state is reported with the year of the paper that
states it, and says so ("per year, as stated in 2021"; "period not stated, stated in 2015").
"""

from __future__ import annotations

import csv
import datetime as dt
import io
from collections import defaultdict
from dataclasses import dataclass, field
from decimal import Decimal
from typing import Any

from .dates import parse_period, shown
from .model import pounds
from .store import GraphStore

RULE = ("Money re-granted down a chain is counted once: a period's total is, for each body, what it gives "
        "beyond what it receives in that period (PCC -> CSP -> projects counts the PCC's total once). "
        "A breakdown of an allocation (its parts) is shown under it, not added to it. An amount for each "
        "recipient counts once per recipient when their number is known, and is not added when it is not. "
        "The same allocation stated more than once counts once, at its latest stated figure.")

_ALLOCATIONS = """
SELECT ?g ?funder ?fl ?recipient ?rl ?amount ?period ?purpose ?ftype ?partOf ?each ?count ?a ?asOf ?precision
       ?doc ?title ?quote ?cite WHERE {
  %s
  ?g a gkg:FundingAllocation ; schema:funder ?funder ; schema:fundedItem ?recipient .
  OPTIONAL { ?funder rdfs:label ?fl }
  OPTIONAL { ?recipient rdfs:label ?rl }
  OPTIONAL { ?g gkg:amount ?amount }
  OPTIONAL { ?g gkg:period ?period }
  OPTIONAL { ?g gkg:purpose ?purpose }
  OPTIONAL { ?g gkg:fundingType ?ftype }
  OPTIONAL { ?g gkg:partOf ?partOf }
  OPTIONAL { ?g gkg:perRecipient ?each }
  OPTIONAL { ?g gkg:recipientCount ?count }
  OPTIONAL {
    { ?a gkg:detail ?g } UNION { ?a rdf:subject ?g ; gkg:relation "funding_amount" }
    OPTIONAL { ?a gkg:asOf ?asOf }
    OPTIONAL { ?a gkg:datePrecision ?precision }
    OPTIONAL { ?a prov:wasDerivedFrom ?doc . OPTIONAL { ?doc dcterms:title ?title } }
    OPTIONAL { ?a gkg:evidence/oa:hasSelector/oa:exact ?quote }
    OPTIONAL { ?a gkg:citation ?cite }
  }
}
"""

# Funding links with no allocation behind them, then the assertions behind those links only: with the
# evidence OPTIONAL in the same query, Oxigraph read every funding assertion's evidence even when no link
# lacked an allocation (2.5 s for none at ten councils).
_UNPRICED = """
SELECT ?funder ?fl ?recipient ?rl WHERE {
  ?funder gkg:funds ?recipient .
  FILTER NOT EXISTS { ?g schema:funder ?funder ; schema:fundedItem ?recipient ; a gkg:FundingAllocation }
  OPTIONAL { ?funder rdfs:label ?fl }
  OPTIONAL { ?recipient rdfs:label ?rl }
}
"""
_UNPRICED_EVIDENCE = """
SELECT ?funder ?recipient ?a ?asOf ?precision ?doc ?title ?quote ?cite WHERE {
  VALUES (?funder ?recipient) { %s }
  ?a rdf:subject ?funder ; rdf:object ?recipient ; rdf:predicate gkg:funds ; a gkg:Assertion .
  OPTIONAL { ?a gkg:asOf ?asOf }
  OPTIONAL { ?a gkg:datePrecision ?precision }
  OPTIONAL { ?a prov:wasDerivedFrom ?doc . OPTIONAL { ?doc dcterms:title ?title } }
  OPTIONAL { ?a gkg:evidence ?ev . OPTIONAL { ?ev oa:hasSelector ?sel . ?sel oa:exact ?quote } }
  OPTIONAL { ?a gkg:citation ?cite }
}
"""


# The allocations one party takes part in (as funder or recipient), for a page scoped to an area or a body.
_GRANTS_OF = """
SELECT DISTINCT ?g WHERE {
  VALUES ?x { %s }
  { ?g schema:funder ?x } UNION { ?g schema:fundedItem ?x }
  ?g a gkg:FundingAllocation .
}
"""
# ... and the allocations those are parts of, so that a breakdown hangs under its whole, never counted alone.
_WHOLES_OF = "SELECT DISTINCT ?w WHERE { VALUES ?g { %s } ?g gkg:partOf ?w . ?w a gkg:FundingAllocation }"
# For a scope, in steps that each start from what is bound (with the FILTER NOT EXISTS, the labels and the
# statements' UNION in one query, Oxigraph took 70-110 ms for forty allocations of one county):
# the links of the parties, those with an allocation, the labels of the rest;
_LINKS_OF = """SELECT DISTINCT ?funder ?recipient WHERE {
  { VALUES ?funder { %(n)s } ?funder gkg:funds ?recipient . }
  UNION { VALUES ?recipient { %(n)s } ?funder gkg:funds ?recipient . } FILTER(isIRI(?recipient)) }"""
_PRICED_LINKS = """SELECT DISTINCT ?funder ?recipient WHERE {
  VALUES (?funder ?recipient) { %s } ?g schema:funder ?funder ; schema:fundedItem ?recipient }"""
_LINK_LABELS = """SELECT ?funder ?fl ?recipient ?rl WHERE {
  VALUES (?funder ?recipient) { %s } OPTIONAL { ?funder rdfs:label ?fl } OPTIONAL { ?recipient rdfs:label ?rl } }"""
# an allocation's description, and apart its statements.
_DESCRIPTIONS = """
SELECT ?g ?funder ?fl ?recipient ?rl ?amount ?period ?purpose ?ftype ?partOf ?each ?count WHERE {
  VALUES ?g { %s }
  ?g schema:funder ?funder ; schema:fundedItem ?recipient .
  OPTIONAL { ?funder rdfs:label ?fl }
  OPTIONAL { ?recipient rdfs:label ?rl }
  OPTIONAL { ?g gkg:amount ?amount }
  OPTIONAL { ?g gkg:period ?period }
  OPTIONAL { ?g gkg:purpose ?purpose }
  OPTIONAL { ?g gkg:fundingType ?ftype }
  OPTIONAL { ?g gkg:partOf ?partOf }
  OPTIONAL { ?g gkg:perRecipient ?each }
  OPTIONAL { ?g gkg:recipientCount ?count }
}
"""
# (each way of stating an allocation in a query of its own: as a UNION, Oxigraph read the second way for every
# allocation in the store, 13 s)
_STATED_BY = ('?a gkg:detail ?g .', '?a rdf:subject ?g ; gkg:relation "funding_amount" .')
_STATEMENTS = """
SELECT ?g ?a ?asOf ?precision ?doc ?title ?quote ?cite WHERE {
  VALUES ?g { %s }
  %s
  OPTIONAL { ?a gkg:asOf ?asOf }
  OPTIONAL { ?a gkg:datePrecision ?precision }
  OPTIONAL { ?a prov:wasDerivedFrom ?doc . OPTIONAL { ?doc dcterms:title ?title } }
  OPTIONAL { ?a gkg:evidence ?ev . OPTIONAL { ?ev oa:hasSelector ?sel . ?sel oa:exact ?quote } }
  OPTIONAL { ?a gkg:citation ?cite }
}
"""
_BATCH = 300
MAX_SCOPED = 2000  # allocations one scoped page reads (an area's are tens; a word matching half the country is not)


def _batches(iris: set[str] | list[str]) -> list[str]:
    ordered = sorted(iris)
    return [" ".join(f"<{i}>" for i in ordered[k:k + _BATCH]) for k in range(0, len(ordered), _BATCH)]


def _pair_batches(pairs: set[tuple[str, str]]) -> list[str]:
    ordered = sorted(pairs)
    return [" ".join(f"(<{a}> <{b}>)" for a, b in ordered[k:k + _BATCH]) for k in range(0, len(ordered), _BATCH)]


def funding_parties(store: GraphStore, area: str | None = None, funder: str | None = None) -> set[str] | None:
    """What a funding page is about: the things recorded in AREA, or the body FUNDER (its money in and out);
    None for the whole graph. ScopeError when the area or the body is not in the graph."""
    from .scope import ScopeError, bodies_in_area, bodies_named

    if area and funder:
        raise ScopeError("give at most one of area and funder")
    if area:
        found = bodies_in_area(store, area, bodies_only=False)
        if not found:
            raise ScopeError(f"area: nothing is recorded in an area matching {area!r}")
        return found
    if funder:
        return bodies_named(store, funder, "funder")
    return None


def allocation_count(store: GraphStore) -> int:
    """How many funding allocations the graph records (a whole-graph page is drawn only when they are few)."""
    rows = store.select("SELECT (COUNT(DISTINCT ?g) AS ?k) WHERE { ?g schema:funder ?x }")
    return int(rows[0]["k"]) if rows else 0


def funding_by_area(store: GraphStore) -> dict[str, Any]:
    """For a graph too large for one funding page: each area with how many allocations the things recorded in
    it give and receive (each allocation counted once on each side), the most first; and how many allocations
    have a funder or a recipient with no recorded area."""
    # counted per party (one pass of each index; only allocations have a schema:funder and schema:fundedItem,
    # and a type test made it 10x slower), then the parties' areas: grouping by area in one query joined every
    # allocation to its parties' areas (0.4 s at a hundred councils, against 30 ms)
    sides = {side: {r["x"]: int(r["k"]) for r in store.select(
        f"SELECT ?x (COUNT(DISTINCT ?g) AS ?k) WHERE {{ ?g {pred} ?x }} GROUP BY ?x")}
        for side, pred in (("gives", "schema:funder"), ("receives", "schema:fundedItem"))}
    # The parties' areas in one pass from the allocations (not the parties sent back in batches of VALUES: 80 of
    # the page's 120 ms at a hundred councils, growing with them), then the few areas' labels; an area with no
    # label places nobody, as when the label was joined in.
    placed: dict[str, set[str]] = defaultdict(set)
    for r in store.select("SELECT DISTINCT ?x ?a WHERE { { SELECT DISTINCT ?x WHERE { { ?g schema:funder ?x } "
                          "UNION { ?g schema:fundedItem ?x } } } ?x gkg:area ?a }"):
        placed[r["x"]].add(r["a"])
    labels: dict[str, str] = {}
    for batch in _batches({a for found in placed.values() for a in found}):
        for r in store.select(f"SELECT ?a ?l WHERE {{ VALUES ?a {{ {batch} }} ?a rdfs:label ?l }}"):
            labels.setdefault(r["a"], r["l"])
    areas = {x: {a for a in found if a in labels} for x, found in placed.items()}
    rows: dict[str, dict[str, Any]] = {}
    unplaced = {"gives": 0, "receives": 0}
    for side, counts in sides.items():
        for x, k in counts.items():
            for a in areas.get(x) or ():
                rows.setdefault(a, {"area": labels[a], "iri": a, "gives": 0, "receives": 0})[side] += k
            if not areas.get(x):
                unplaced[side] += k
    ordered = sorted(rows.values(), key=lambda r: (-(r["gives"] + r["receives"]), r["area"]))
    return {"areas": ordered, "no_area": unplaced}


@dataclass
class Statement:
    amount: Decimal | None
    as_of: str | None  # the date of the source, as precise as it is known ("2021", "2015-07-15")
    document: str | None
    title: str | None
    quote: str | None
    citation: str | None = None

    def as_dict(self) -> dict[str, Any]:
        return {"amount": _num(self.amount), "as_of": self.as_of, "document": self.document, "title": self.title,
                "quote": self.quote, "citation": self.citation}


@dataclass
class Allocation:
    funder: str
    funder_label: str
    recipient: str
    recipient_label: str
    period: str
    purpose: str | None
    funding_type: str | None
    amount: Decimal | None
    statements: list[Statement] = field(default_factory=list)
    stated_period: str | None = None  # as written, when it is not a dated period ("per year", "one year")
    also_stated: list[Decimal] = field(default_factory=list)
    grant: str = ""  # the allocation's IRI
    part_of: str | None = None  # the IRI of the allocation this one is a part of
    per_recipient: bool = False
    recipient_count: int | None = None
    parts: list[Allocation] = field(default_factory=list)  # its breakdown, never added to it
    parent: Allocation | None = None

    @property
    def counted(self) -> Decimal | None:
        """What this allocation adds to totals: nothing when it is part of another that is recorded; for an
        amount per recipient, the amount times the number of recipients, or None when that is unknown."""
        if self.amount is None or self.parent is not None:
            return None
        if self.per_recipient:
            return self.amount * self.recipient_count if self.recipient_count else None
        return self.amount

    @property
    def amount_text(self) -> str:
        if self.amount is None:
            return money(None)
        if self.per_recipient:
            count = f" x {self.recipient_count}" if self.recipient_count else ""
            return f"{money(self.amount)} each{count}"
        return money(self.amount)

    def as_dict(self) -> dict[str, Any]:
        return {"funder": self.funder, "funder_label": self.funder_label, "recipient": self.recipient,
                "recipient_label": self.recipient_label, "period": self.period, "purpose": self.purpose,
                "funding_type": self.funding_type, "amount": _num(self.amount), "counted": _num(self.counted),
                "per_recipient": self.per_recipient, "recipient_count": self.recipient_count,
                "part_of": self.part_of, "stated_period": self.stated_period,
                "also_stated": [_num(a) for a in self.also_stated],
                "parts": [p.as_dict() for p in self.parts],
                "evidence": [s.as_dict() for s in self.statements]}


@dataclass
class PeriodFlows:
    period: str
    allocations: list[Allocation]  # the allocations totals count (their parts hang under them)
    unpriced: list[Allocation]
    new_money: Decimal  # counted once, at its source
    gross: Decimal  # every counted flow added up (re-grants included)
    sources: dict[str, Decimal]  # body -> money it brings in beyond what it receives
    not_added: list[Allocation] = field(default_factory=list)  # amounts per recipient of an unknown number

    @property
    def regranted(self) -> Decimal:
        return self.gross - self.new_money

    def given(self, body: str) -> Decimal:
        return sum((a.counted or Decimal(0) for a in self.allocations if a.funder == body), Decimal(0))

    def received(self, body: str) -> Decimal:
        return sum((a.counted or Decimal(0) for a in self.allocations if a.recipient == body), Decimal(0))

    def as_dict(self) -> dict[str, Any]:
        return {"period": self.period, "total": _num(self.new_money), "gross_of_regrants": _num(self.gross),
                "regranted": _num(self.regranted),
                "sources": [{"body": b, "amount": _num(v)} for b, v in self.sources.items()],
                "allocations": [a.as_dict() for a in self.allocations],
                "each_amounts_not_added": [a.as_dict() for a in self.not_added],
                "amount_not_recorded": [a.as_dict() for a in self.unpriced]}


def _num(value: Decimal | None) -> int | float | None:
    if value is None:
        return None
    return int(value) if value == value.to_integral_value() else float(value)


def _label(iri: str, label: str | None) -> str:
    return label or iri.rsplit("/", 1)[-1].replace("-", " ").capitalize()


def _undated(period: str | None) -> str | None:
    """The period as written when it is not a span of the calendar ("per year", "one year")."""
    parsed = parse_period(period)
    return parsed.written if parsed is not None and not parsed.dated else None


def period_of(period: str | None, as_of: str | None) -> str:
    """The period an allocation is reported under: its stated period when it is one of the calendar ("2014/15"
    as such, "2021", "March 2019", "2019-2022"); a rate or a duration, or no period at all, with the year of
    the source stating it, saying so ("per year, as stated in 2021", "period not stated, stated in 2015")."""
    parsed = parse_period(period)
    if parsed is not None and parsed.dated:
        return parsed.label
    year = (as_of or "")[:4]
    what = parsed.label if parsed is not None else "period not stated"
    if not year:
        return f"{what}, undated"
    return f"{what}, as stated in {year}" if parsed is not None else f"{what}, stated in {year}"


def _allocation_rows(store: GraphStore, parties: set[str] | None) -> list[dict[str, Any]]:
    if parties is None:
        return store.select(_ALLOCATIONS % "")
    grants = {r["g"] for batch in _batches(parties) for r in store.select(_GRANTS_OF % batch)}
    grants |= {r["w"] for batch in _batches(grants) for r in store.select(_WHOLES_OF % batch)}
    if len(grants) > MAX_SCOPED:
        from .scope import ScopeError

        raise ScopeError(f"those parties give or receive {len(grants)} funding allocations, more than one page "
                         f"shows ({MAX_SCOPED}): name a smaller area or one body")
    said: dict[str, list[dict[str, Any]]] = defaultdict(list)
    for batch in _batches(grants):
        for way in _STATED_BY:
            for row in store.select(_STATEMENTS % (batch, way)):
                said[row["g"]].append(row)
    # the rows _ALLOCATIONS gives: the description with each statement, or alone
    return [{**d, **st} for batch in _batches(grants) for d in store.select(_DESCRIPTIONS % batch)
            for st in said.get(d["g"]) or [{"a": None}]]


def allocations(store: GraphStore, as_of: dt.date | None = None,
                parties: set[str] | None = None) -> tuple[list[Allocation], list[Allocation]]:
    """(priced allocations, merged per the rule above; funding links with no recorded amount), of the whole
    graph or of the allocations PARTIES give or receive (and the allocations those are parts of)."""
    cutoff = as_of.isoformat() if as_of else None
    raw: dict[str, dict[str, Any]] = {}
    for row in _allocation_rows(store, parties):
        entry = raw.setdefault(row["g"], {"row": row, "statements": {}})
        if row.get("a"):
            entry["statements"][row["a"]] = Statement(
                Decimal(str(row["amount"])) if row.get("amount") is not None else None,
                shown(row.get("asOf"), row.get("precision")), row.get("doc"), row.get("title"), row.get("quote"),
                row.get("cite"))
    merged: dict[tuple[str, str, str, str], list[tuple[Allocation, str]]] = defaultdict(list)
    for entry in raw.values():
        row = entry["row"]
        statements = [s for s in entry["statements"].values() if cutoff is None or not s.as_of or s.as_of <= cutoff]
        if entry["statements"] and not statements:
            continue
        latest = max((s.as_of or "" for s in statements), default="")
        amount = Decimal(str(row["amount"])) if row.get("amount") is not None else None
        alloc = Allocation(row["funder"], _label(row["funder"], row.get("fl")), row["recipient"],
                           _label(row["recipient"], row.get("rl")), period_of(row.get("period"), latest or None),
                           row.get("purpose"), (row.get("ftype") or "").rsplit("#", 1)[-1] or None, amount,
                           sorted(statements, key=lambda s: (s.as_of or "", s.document or "")),
                           stated_period=_undated(row.get("period")), grant=row["g"], part_of=row.get("partOf"),
                           per_recipient=bool(row.get("each")), recipient_count=row.get("count"))
        merged[(alloc.funder, alloc.recipient, alloc.period, alloc.purpose or "")].append((alloc, latest))
    priced: list[Allocation] = []
    by_grant: dict[str, Allocation] = {}
    for group in merged.values():
        group.sort(key=lambda p: (p[1], p[0].amount or Decimal(0)), reverse=True)
        chosen = group[0][0]
        for other, _ in group[1:]:
            if other.amount is not None and other.amount != chosen.amount:
                chosen.also_stated.append(other.amount)
            chosen.statements.extend(other.statements)
            chosen.part_of = chosen.part_of or other.part_of
            by_grant[other.grant] = chosen
        by_grant[chosen.grant] = chosen
        priced.append(chosen)
    # A part hangs under the allocation it is part of, when that one is recorded (as of the date asked).
    for a in priced:
        parent = by_grant.get(a.part_of or "")
        if parent is not None and parent is not a:
            a.parent = parent
            parent.parts.append(a)
    unpriced = _unpriced(store, cutoff, parties)
    # A link with no amount, stated in several ways for one period, is listed once.
    seen = {(a.funder, a.recipient, a.period) for a in unpriced}
    for a in sorted((a for a in priced if a.amount is None), key=lambda a: (a.purpose is None, a.purpose or "")):
        key = (a.funder, a.recipient, a.period)
        if key not in seen and not any((b.funder, b.recipient, b.period) == key for b in priced if b.amount):
            seen.add(key)
            unpriced.append(a)
    priced = [a for a in priced if a.amount is not None]
    priced.sort(key=lambda a: (a.period, a.funder_label, a.recipient_label, a.purpose or ""))
    return priced, unpriced


def _unpriced_rows(store: GraphStore, parties: set[str] | None) -> list[dict[str, Any]]:
    """A row per assertion behind each funding link (of PARTIES, when given) that has no allocation (one with
    no assertion for a link none states), with the parties' labels."""
    if parties is None:
        found = store.select(_UNPRICED)
    else:
        pairs = {(r["funder"], r["recipient"]) for batch in _batches(parties)
                 for r in store.select(_LINKS_OF % {"n": batch})}
        pairs -= {(r["funder"], r["recipient"]) for batch in _pair_batches(pairs)
                  for r in store.select(_PRICED_LINKS % batch)}
        found = [r for batch in _pair_batches(pairs) for r in store.select(_LINK_LABELS % batch)]
    links = {(r["funder"], r["recipient"]): r for r in found}
    rows: list[dict[str, Any]] = []
    stated: set[tuple[str, str]] = set()
    pairs = sorted(links)
    for i in range(0, len(pairs), 300):
        values = " ".join(f"(<{f}> <{r}>)" for f, r in pairs[i:i + 300])
        for row in store.select(_UNPRICED_EVIDENCE % values):
            key = (row["funder"], row["recipient"])
            stated.add(key)
            rows.append({**links[key], **row})
    rows.extend(links[key] for key in pairs if key not in stated)
    return rows


def _unpriced(store: GraphStore, cutoff: str | None, parties: set[str] | None) -> list[Allocation]:
    found: dict[tuple[str, str], Allocation] = {}
    for row in _unpriced_rows(store, parties):
        as_of = (row.get("asOf") or "")[:10] or None
        if cutoff and as_of and as_of > cutoff:
            continue
        key = (row["funder"], row["recipient"])
        alloc = found.setdefault(key, Allocation(row["funder"], _label(row["funder"], row.get("fl")),
                                                 row["recipient"], _label(row["recipient"], row.get("rl")),
                                                 period_of(None, as_of), None, None, None))
        if row.get("a"):
            alloc.statements.append(Statement(None, as_of, row.get("doc"), row.get("title"), row.get("quote"),
                                              row.get("cite")))
    return sorted(found.values(), key=lambda a: (a.period, a.funder_label, a.recipient_label))


def flows(store: GraphStore, as_of: dt.date | None = None, period: str | None = None,
          parties: set[str] | None = None) -> list[PeriodFlows]:
    """Funding per period with its totals, oldest period first (of the allocations PARTIES take part in, when
    given: totals then count the money of those allocations once, as the rule says)."""
    priced, unpriced = allocations(store, as_of, parties)
    periods = sorted({a.period for a in priced} | {a.period for a in unpriced})
    if period:
        periods = [p for p in periods if p == period]
    out: list[PeriodFlows] = []
    for p in periods:
        in_period = [a for a in priced if a.period == p and a.parent is None]
        allocs = [a for a in in_period if a.counted is not None]
        gave: dict[str, Decimal] = defaultdict(Decimal)
        got: dict[str, Decimal] = defaultdict(Decimal)
        for a in allocs:
            gave[a.funder] += a.counted or 0
            got[a.recipient] += a.counted or 0
        sources = {b: gave[b] - got.get(b, Decimal(0)) for b in gave if gave[b] > got.get(b, Decimal(0))}
        out.append(PeriodFlows(p, allocs, [a for a in unpriced if a.period == p], sum(sources.values(), Decimal(0)),
                               sum((a.counted or Decimal(0) for a in allocs), Decimal(0)), sources,
                               [a for a in in_period if a.counted is None]))
    return out


def funding_data(store: GraphStore, as_of: dt.date | None = None, parties: set[str] | None = None,
                 periods: list[PeriodFlows] | None = None) -> dict[str, Any]:
    periods = flows(store, as_of, parties=parties) if periods is None else periods
    return {"rule": RULE, "as_of": as_of.isoformat() if as_of else None, "periods": [p.as_dict() for p in periods]}


CSV_COLUMNS = ("period", "row", "funder", "recipient", "amount_gbp", "purpose", "funding_type", "counted_as",
               "counted_gbp", "also_stated", "as_of", "document", "cites", "quote")


def funding_csv(store: GraphStore, as_of: dt.date | None = None, parties: set[str] | None = None,
                periods: list[PeriodFlows] | None = None) -> str:
    """One row per allocation (its parts after it), then each period's totals; `counted_as` says how the money
    counts: new money, re-granted, part of another allocation, each of an unknown number, not recorded."""
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\n")
    w.writerow(CSV_COLUMNS)
    for p in flows(store, as_of, parties=parties) if periods is None else periods:
        receives = {a.recipient for a in p.allocations}
        for a in p.allocations + p.not_added + p.unpriced:
            counted = ("not recorded" if a.amount is None
                       else "each, number of recipients not recorded (not added)" if a.counted is None
                       else "re-granted (in the funder's income)" if a.funder in receives else "new money")
            w.writerow(_csv_row(p.period, a, counted))
            for part in a.parts:
                w.writerow(_csv_row(p.period, part, f"part of {a.funder_label} to {a.recipient_label} (not added)"))
        if not p.allocations:
            continue  # nothing priced to total: the rows above say what is known
        blanks = [""] * (len(CSV_COLUMNS) - 5)
        w.writerow([p.period, "total (counted once)", "", "", _num(p.new_money), *blanks])
        w.writerow([p.period, "re-granted (not added)", "", "", _num(p.regranted), *blanks])
    return buf.getvalue()


def _csv_row(period: str, a: Allocation, counted: str) -> list[Any]:
    ev = a.statements[0] if a.statements else None
    return [period, "allocation", a.funder_label, a.recipient_label, _num(a.amount) if a.amount is not None else "",
            a.purpose or "", a.funding_type or "", counted, _num(a.counted) if a.counted is not None else "",
            "; ".join(str(_num(x)) for x in a.also_stated), ev.as_of if ev else "",
            (ev.title or ev.document) if ev else "", (ev.citation or "") if ev else "", ev.quote if ev else ""]


def money(value: Decimal | None) -> str:
    if value is None:
        return "amount not recorded"
    if value >= 1_000_000 and value % 100_000 == 0:
        return f"£{value / 1_000_000:g}m"
    return pounds(value)
