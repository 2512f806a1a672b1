"""What one question carries through its answering: the name index, the asked date and area, quoted words,
amounts, the queries run; and the date rules every plan shares."""

from __future__ import annotations

import re
from dataclasses import dataclass, field, replace
from decimal import Decimal
from typing import Any

from .linking import EntityIndex, Mention
from .model import Answer
from .naming import describe_all
from .places import Place, Places
from .sparql import Trace
from .temporal import When


@dataclass
class Context:
    index: EntityIndex
    when: When | None
    area: str | None
    quoted: list[str]
    amounts: list[Decimal]
    trace: Trace
    linked: list[tuple[str, str, str]] = field(default_factory=list)
    capitalised: set[str] = field(default_factory=set)
    places: Places = field(default_factory=Places)
    asked: list[Place] = field(default_factory=list)  # the places answers must lie in
    question: str = ""  # as the user wrote it
    # entities the question named only by some of their words ("Eastbury"): a route that finds nothing for one
    # answers nothing, rather than from the question's other names
    part_named: frozenset[str] = frozenset()
    # the papers a question names by their own reference ("in decision TVPCC 2024/031"): answers come from these
    papers: frozenset[str] | None = None

    def name(self, mm: Mention) -> str:
        """How the interpretation names a linked name: each entity it fits, with its kind and area."""
        return describe_all(mm, self.places)

    def inner(self) -> Context:
        return replace(self, when=None, quoted=[], amounts=[], linked=[])

    def with_when(self, when: When | None) -> Context:
        return replace(self, when=when)


# Words of a quote that say a holder's term was over by the paper's date: a former, previous or outgoing chair
# (not "previously" alone: "who previously led the Westmoor team" says nothing of this role), one who "chaired"
# or "had led" in a relative clause, one who stepped down.
ENDED = re.compile(
    r"\b(?:(?:former|previous|outgoing|retiring|retired) (?:co |co-|vice |vice-|deputy )?(?:chair|chairman|"
    r"chairwoman|chairperson|head|lead)|stepp(?:ed|ing) down|stood down|"
    r"who (?:had )?(?:chaired|led|headed|co-chaired)|had (?:chaired|led|headed))\b",
    re.I,
)


def in_time(rows: list[dict[str, Any]], when: When | None) -> list[dict[str, Any]]:
    """Facts of the asked time; failing those, the latest facts before it (as of); never later ones."""
    if when is None:
        return rows
    if when.before and when.value:
        # "who chaired X before September 2022": the latest facts dated earlier; an undated one may be of now
        earlier = [r for r in rows if r.get("date") and (
            r["date"][: len(when.value)] < when.value
            # ... and one its paper, dated in the asked month, writes as over by then ("Cllr Hale, who chaired
            # the Board, steps down"): so before the date, though the paper's date is not
            or (r["date"].startswith(when.value) and ENDED.search(r.get("quote") or "") is not None)
        )]
    else:
        exact = [r for r in rows if when.matches(r.get("date")) or when.named_in(r.get("quote"))]
        if when.since and when.value:
            # "who has chaired X since April 2024": a paper dated after the date speaks of that time as well
            # (the term goes on to now); one dated earlier only of a time before it, unless it names the date
            exact += [r for r in rows if r not in exact and (r.get("date") or "")[: len(when.value)] > when.value]
        if exact:
            return exact
        # A fact from an undated document may well be of the asked time; one dated earlier is known to be older.
        undated = [r for r in rows if not r.get("date")]
        dated = [r["date"] for r in rows if r.get("date")]
        if undated and (not dated or (when.year is not None and when.year >= int(max(dated)[:4]))):
            return undated
        earlier = [r for r in rows if when.not_after(r.get("date"))]
    if not earlier:
        return []
    latest = max(r["date"] for r in earlier)
    return [r for r in earlier if r["date"] == latest]


def order(answers: list[Answer]) -> list[Answer]:
    return sorted(answers, key=lambda a: (-a.rank, a.latest, len(a.evidence)), reverse=True)
