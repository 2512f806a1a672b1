"""Helpers for the extraction tests: read a short paper written for the test, and look at what came out.

Every text the extraction tests read is written in the tests themselves, in the styles councils use; none is
copied from the corpus or the seeds.
"""

from __future__ import annotations

import time
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from decimal import Decimal

from govkg.evaluation.gold import norm
from govkg.graph.model import Entity, Fact, SourceDocument
from govkg.loaders.cleaning import clean
from govkg.loaders.documents import document_from_text


def read(text: str, **kw) -> SourceDocument:
    """The document extraction makes of TEXT (cleaned first, as the loader does)."""
    return document_from_text("test", "test.txt", clean(text), "0" * 64, **kw)


def triples(doc: SourceDocument) -> set[tuple[str, str, str]]:
    """(subject, relation, object) names of every fact of DOC."""
    return {(f.subject.name, f.relation, f.object.name if f.object else "") for f in doc.facts}


def of(doc: SourceDocument, relation: str) -> set[tuple[str, str]]:
    """(subject, object) names of DOC's facts of one relation."""
    return {(f.subject.name, f.object.name if f.object else "") for f in doc.facts if f.relation == relation}


def funds(text: str) -> set[tuple[str, str, Decimal | None]]:
    """(giver, receiver, amount) of every funding fact read from TEXT, whose evidence must quote the text."""
    doc = read(text)
    assert_evidence_quotes(doc)
    return {(f.subject.name, f.object.name, f.amount) for f in doc.facts if f.relation == "funds"}


def quote(doc: SourceDocument, fact: Fact) -> str:
    return doc.text[fact.start : fact.end]


def fact(doc: SourceDocument, subject: str, relation: str, obj: str) -> Fact:
    """The one fact of DOC with these names; fails naming what there is when it is missing."""
    found = [f for f in doc.facts if (f.subject.name, f.relation, f.object.name if f.object else "") ==
             (subject, relation, obj)]
    assert found, f"no fact {(subject, relation, obj)}; facts are {sorted(triples(doc))}"
    return found[0]


def _named_in(entity, text: str, aliases: dict[str, tuple[str, ...]] | None = None) -> bool:
    low = text.casefold()
    forms = {entity.name, *entity.aliases, *(aliases or {}).get(entity.iri, ())}
    if entity.kind == "person":
        forms.add(entity.name.split()[-1])  # a surname is enough in an attendance entry
    return any(form and form.casefold() in low for form in forms)


def assert_evidence_quotes(doc: SourceDocument) -> None:
    """Every fact quotes stored text: a non-empty span, trimmed, naming its subject or its object (the meeting's
    own body and the paper's funder are implied by the paper, not quoted), and a person by name."""
    implied = {e.iri for e in (doc.body, doc.council) if e is not None}
    aliases = {e.iri: e.aliases for e in doc.entities}  # the names the paper wrote for each node
    for f in doc.facts:
        q = quote(doc, f)
        assert q and q == q.strip(), (f, q)
        assert 0 <= f.start < f.end <= len(doc.text)
        if f.subject.kind == "person":
            assert _named_in(f.subject, q), (f.subject.name, q)
        if f.object is not None and f.object.kind == "person":
            assert _named_in(f.object, q), (f.object.name, q)
        named = _named_in(f.subject, q, aliases) or (f.object is not None and _named_in(f.object, q, aliases))
        assert named or f.subject.iri in implied or (f.object is not None and f.object.iri in implied) or \
            f.rule.startswith(("funding:", "list:", "inline-list:", "remit:")), (f, q)


def growth(fn: Callable[[str], object], make: Callable[[int], str], small: int, factor: int = 4,
           repeats: int = 3) -> float:
    """How many times longer FN takes on an input FACTOR times larger (the best of REPEATS runs of each, in
    process time, so other work on the machine does not count). Linear work gives about FACTOR; quadratic
    about FACTOR squared."""

    def best(n: int) -> float:
        text = make(n)
        times = []
        for _ in range(repeats):
            t0 = time.process_time()
            fn(text)
            times.append(time.process_time() - t0)
        return max(min(times), 1e-4)

    fn(make(small))  # warm the caches (word lists, gazetteer) before measuring
    return best(small * factor) / best(small)


def repeat_to(unit: str) -> Callable[[int], str]:
    """A maker of inputs of N characters made of UNIT over and over."""
    return lambda n: (unit * (n // len(unit) + 1))[:n]


Triple = tuple[str, str, str]


def _known_names(doc: SourceDocument, entity: Entity) -> set[str]:
    """The names fact matching knows an entity by: its own and those the paper wrote for it."""
    written = next((e.aliases for e in doc.entities if e.iri == entity.iri), ())
    return {norm(entity.name), *(norm(a) for a in (*entity.aliases, *written))}



# The relations that say which body met: attendance, apologies and a meeting's chairs.
MEETING_RELATIONS = ("attended", "apologies", "chairs", "vice_chair")


def meeting_misses(text: str, bodies: list[str]) -> tuple[list[str], list[tuple[str, str]]]:
    """Of BODIES, the bodies that met by the paper TEXT, those no meeting fact names; and the meeting facts
    (relation, body) whose body is none of them."""
    doc = read(text)
    wanted = {norm(b) for b in bodies}
    facts = [f for f in doc.facts if f.relation in MEETING_RELATIONS and f.object is not None]
    false = [(f.relation, f.object.name) for f in facts if not _known_names(doc, f.object) & wanted]
    found = {n for f in facts for n in _known_names(doc, f.object)}
    return [b for b in bodies if norm(b) not in found], false


def grid_misses(doc: SourceDocument, expect: list[Triple], may: list[Triple],
                scored: tuple[str, ...]) -> tuple[list[Triple], list[Triple]]:
    """A grid case's expected (subject, relation, object) facts DOC lacks, and the facts of the SCORED relations
    it holds that neither EXPECT nor MAY allow; names match as the scorer matches them."""
    def found(fact: Triple) -> bool:
        s, r, o = fact
        return any(f.relation == r and norm(s) in _known_names(doc, f.subject) and f.object is not None and
                   norm(o) in _known_names(doc, f.object) for f in doc.facts)

    ok = {(norm(s), r, norm(o)) for s, r, o in expect + may}
    false = [(f.subject.name, f.relation, f.object.name) for f in doc.facts
             if f.relation in scored and f.object is not None
             and not any((s, f.relation, o) in ok for s in _known_names(doc, f.subject)
                         for o in _known_names(doc, f.object))]
    return [f for f in expect if not found(f)], false


def print_grid_score(cases: list, scored: tuple[str, ...]) -> None:
    """Print how many of a grid's cases (pytest.param of text, expected facts, allowed facts) read right: what a
    grid module prints when run as a script, to measure a branch on it."""
    right = total = false_n = cases_ok = 0
    for p in cases:
        text, expect, may = p.values
        missed, false = grid_misses(read(text), expect, may, scored)
        right += len(expect) - len(missed)
        total += len(expect)
        false_n += len(false)
        cases_ok += not missed and not false
        if missed or false:
            print(f"{p.id}: missed {missed} false {false}")
    print(f"grid: {cases_ok}/{len(cases)} cases right; facts {right}/{total} read, {false_n} false")


def print_case_scores(cases: list, score: Callable, verbose: bool = False) -> None:
    """Print a grid's score (facts right of those stated, false facts, cases read whole), each case (with .name and
    .facts) scored by SCORE (case -> facts right, facts missed, false facts): what a grid module prints when run
    as a script."""
    right = false = stated = whole = 0
    for c in cases:
        r, missed, wrong = score(c)
        right, false, stated = right + r, false + len(wrong), stated + len(c.facts)
        whole += not missed and not wrong
        if missed or wrong or verbose:
            print(f"{c.name}: missed {sorted(missed)} false {sorted(wrong)}")
    print(f"grid: {right}/{stated} facts right, {false} false, {whole}/{len(cases)} cases whole")


def post_like(expected: str, got: str) -> bool:
    """GOT names EXPECTED, written alone or qualified by an organisation after a comma."""
    return got == expected or got.startswith(expected + ", ")


@dataclass(frozen=True)
class HubCase:
    """A membership grid's case: a short paper (TEXT) about its HUB (the body the members sit on, or the meeting's
    body) and the facts it states, each "relation: subject -> object" ("@" for the hub, "?" first for a fact that
    may be read)."""

    id: str
    hub: str
    text: str
    facts: tuple[str, ...]


def hub_fact_matches(want: Triple, fact: tuple[str, ...]) -> bool:
    """Whether FACT (relation, subject, object, ...) read is the (relation, subject, object) WANT a membership grid
    states: a post may be written with its organisation after a comma."""
    relation, subject, obj = want
    rel, s, o = fact[:3]
    if rel != relation:
        return False
    if relation == "represented_by":
        return s == subject and post_like(obj, o)
    return post_like(subject, s) and o == obj


def hub_case_facts(lines: tuple[str, ...], hub: str) -> tuple[list[Triple], list[Triple]]:
    """A membership grid case's facts, each written "relation: subject -> object" ("@" for the case's HUB, "?"
    first for a fact that may be read): (the facts stated, the facts that may be read)."""
    wanted: list[Triple] = []
    optional: list[Triple] = []
    for line in lines:
        relation, rest = line.lstrip("?").split(": ", 1)
        subject, obj = rest.split(" -> ")
        (optional if line.startswith("?") else wanted).append((relation, subject, hub if obj == "@" else obj))
    return wanted, optional


def hub_case_score(text: str, lines: tuple[str, ...], hub: str, relations: Iterable[str],
                   matches: Callable[[Triple, tuple[str, ...]], bool] = hub_fact_matches,
                   ) -> tuple[list[Triple], list[Triple]]:
    """A membership grid case read (TEXT, its fact LINES, its HUB): the facts stated and not read, and the facts of
    RELATIONS read that it does not state, as MATCHES pairs them."""
    doc = read(text)
    got = [(f.relation, f.subject.name, f.object.name if f.object else "") for f in doc.facts
           if f.relation in relations]
    wanted, optional = hub_case_facts(lines, hub)
    missed = [w for w in wanted if not any(matches(w, g) for g in got)]
    false = [g for g in got if not any(matches(w, g) for w in wanted + optional)]
    return missed, sorted(set(false))


FundingFact = tuple[str, str, int | None]


def funding_misses(text: str, expected: set[FundingFact]) -> tuple[list[FundingFact], list[tuple]]:
    """(missed, false): the expected (funder, recipient, amount) facts TEXT's reading lacks, and the funding facts
    read that the text does not state (a fact without an amount counts when its funder and recipient are expected)."""
    got = {(f.casefold(), r.casefold(), a) for f, r, a in funds(text)}
    want = {(f.casefold(), r.casefold(), None if a is None else Decimal(a)) for f, r, a in expected}
    pairs = {(f, r) for f, r, _ in want}
    missed = [w for w in want if not any(g[:2] == w[:2] and (w[2] is None or g[2] == w[2]) for g in got)]
    false = [g for g in got if not (g in want or (g[2] is None and g[:2] in pairs))]
    return sorted(missed, key=str), sorted(false, key=str)


class FundingGrid(dict[str, tuple[str, set[FundingFact]]]):
    """A funding grid's cases by name: each case's text and every (funder, recipient, amount) it states."""

    def case(self, name: str, text: str, *facts: FundingFact) -> None:
        self[name] = (text, set(facts))

    def check(self, name: str) -> None:
        """Assert that case NAME reads exactly its stated facts."""
        missed, false = funding_misses(*self[name])
        assert not missed and not false, f"missed {missed}; false {false}"

    def print_score(self) -> None:
        """Print each case read wrong and the grid's score (cases passing, correct of expected, false): the figure
        the commit messages quote."""
        failed = right = want = wrong = 0
        for name, (text, expected) in self.items():
            missed, false = funding_misses(text, expected)
            want += len(expected)
            right += len(expected) - len(missed)
            wrong += len(false)
            if missed or false:
                failed += 1
                print(f"{name}: missed {missed}; false {false}")
        print(f"grid: {len(self) - failed} of {len(self)} cases pass; correct {right} of {want}, false {wrong}")
