"""Funding questions: who funds what, with how much, for which period and purpose, read from the graph's
funding allocations (gkg:FundingAllocation with schema:funder, schema:fundedItem, gkg:amount, gkg:period)."""

from __future__ import annotations

import re
from collections.abc import Callable
from decimal import Decimal, InvalidOperation
from difflib import SequenceMatcher
from typing import Any

from ..graph.model import pounds
from .context import Context
from .lexicon import COMMON_WORDS, KIND_WORDS, normalise
from .linking import Mention
from .model import Answer, Evidence
from .sparql import run_file
from .temporal import When

FUNDING_WORDS = frozenset(
    normalise(w)
    for w in """much allocate allocated allocation funding fund funded
receive received directly available money total amount give gave spend spent provide provided grant
granted get got""".split()
)
PARTY_KINDS = frozenset({"body", "person", "post", "area"})
# Named schemes and papers: what an allocation is for when it names them, never a party to it.
SCHEME_KINDS = frozenset({"initiative", "publication"})
GIVING = re.compile(r"give|gave|given|put")
# Verbs whose subject is who got the money: "did the Mayor accept", "what did the team secure" (so the words
# before them, if they name no known thing, must name the allocation's recipient, never any council's).
RECEIVING = re.compile(r"receive|received|get|got|accept|accepted|secure|secured|obtain|obtained|win|won")
# A verb whose object right after it is who got the money: "did MOPAC grant Eastvale", "gave the project".
DIRECT_GIVING = re.compile(r"give|gave|grant|granted|award|awarded|pay|paid")
# "to set up the unit", "to extend the scheme": after "to", a verb says what the money is for, not who got it.
PURPOSE_VERBS = frozenset(
    """set establish create launch extend expand support run deliver develop introduce tackle reduce prevent help
    cover pay fund provide employ recruit commission continue maintain improve build start""".split()
)
# Nouns after a recipient's name that say what the money went into, not who got it ("the board's budget").
MONEY_NOUNS = frozenset({"budget", "pot", "fund", "funding", "pool", "account"})
# "Who is providing the £N ...", "Which body gave £N ...": the giver of the money is asked, not who got it
GIVER_ASKED = re.compile(
    r"^(?:who|which (?:organisation|organization|body|funder|partner|partnership|council|agency)) "
    r"(?:is |was |were |will |has |have |had |did |does |doe )?(?:be |been )?"
    r"(?:provid|giv|gave|fund|pay|paid|put|offer|award|contribut|confirm|allocat|grant)[a-z]*\b"
)
# Words before a money noun that say how the money is held ("pooled budget", "shared budget"), not whose it is
MONEY_KINDS = frozenset({"pooled", "pool", "shared", "joint", "core", "combined", "annual"})
RECIPIENT_ENDS = frozenset({"in", "from", "by", "per", "through", "via", "under", "during", "over", "when", "after"})
# Words that ask what each of several recipients got, which an allocation to all of them together does not say.
# ("each year", "each quarter" say how often, not of whom)
EACH_ASKED = re.compile(
    r"\b(?:each(?! (?:year|month|quarter|week|annum|financial year))|individually|apiece|"
    r"per (?:partnership|council|district|authority|area))\b"
)
# Words after a giving verb that say how often, not to whom ("given each year by the PCC")
HOW_OFTEN = frozenset("each every per year annum month quarter week annually yearly now currently".split())
# Words that ask for a total (a sum is made only when asked for and when no total is stated).
# Kinds of recipient that every recipient is ("which body got the largest grant"): they pick none out.
ANY_RECIPIENT = frozenset("body bodie organisation organization agency agencie partner recipient grant".split())
# "the largest grant", "the smallest allocation": one allocation picked by its amount among those that fit.
EXTREME_ASKED = re.compile(
    r"\b(?P<most>largest|biggest|highest|greatest|most)|\b(?P<least>smallest|lowest|least)"
    r"(?= (?:single )?(?:grant|allocation|award|amount|sum|share|funding|money)\b)"
)
SUM_ASKED = re.compile(r"\b(?:total|in total|altogether|combined|in all|sum|add(?:ed)? up|overall|between them)\b")
STATED_TOTAL = re.compile(
    r"\btotal(?:ling|led|ed)?(?: of| was| is| came to| amounted to|:)?\s*"
    r"£\s?(\d[\d,]*(?:\.\d+)?)\s*(k|m|million|thousand)?"
    r"|£\s?(\d[\d,]*(?:\.\d+)?)\s*(k|m|million|thousand)? in total",
    re.I,
)
AMOUNT = re.compile(r"£\s?(\d[\d,]*(?:\.\d+)?)\s*(k|m|million|thousand)?", re.I)


def _grant_rows(store: Any, mentions: list[Mention], ctx: Context) -> list[dict[str, Any]]:
    """Allocations to or from the parties the question names; every allocation only when it names none,
    or names an amount (then the amount, not the party, picks the allocation)."""
    parties = {e.iri for mm in mentions if mm.kinds & PARTY_KINDS for e in mm.entities}
    if not parties or ctx.amounts:
        return run_file(store, "grants.rq", ctx.trace)
    rows: list[dict[str, Any]] = []
    seen: set[tuple[Any, ...]] = set()
    for iri in sorted(parties):
        for role in ("funder", "recipient"):
            for r in run_file(store, "grants.rq", ctx.trace, **{role: iri}):
                key = (r["grant"], r.get("assertion"), r.get("quote"))
                if key not in seen:
                    seen.add(key)
                    rows.append(r)
    return rows


def answer_funding(
    store: Any, tokens: list[str], mentions: list[Mention], covered: set[int], ctx: Context,
    doc_areas: Callable[[str], frozenset[str]] | None = None,
) -> tuple[list[Answer], str]:
    """Allocations that fit the question's parties, time, amount, recipient words and asked places.
    DOC_AREAS: document IRI -> the normalised areas it is filed under (places an allocation between national
    or unplaced parties)."""
    rows = _grant_rows(store, mentions, ctx)
    grants: dict[str, dict[str, Any]] = {}
    for r in rows:
        g = grants.setdefault(r["grant"], {**r, "evidence": []})
        ev = Evidence(r.get("doc"), r.get("quote"), r.get("date"), r.get("assertion"))
        if r.get("assertion") and ev not in g["evidence"]:
            g["evidence"].append(ev)
    roles: list[tuple[Mention, str | None]] = []
    direct: set[int] = set()  # names right after the giving verb: "did the council grant Eastvale ..."
    extreme = EXTREME_ASKED.search(" ".join(tokens))
    kind_word: str | None = None
    if extreme:
        # "which CSP receives the largest grant": the kind asked for is no party to the allocation, but the
        # recipient must be of that kind (its name ends in the kind's last word: "... Partnership")
        asked = [mm for mm in mentions if mm.start > 0 and tokens[mm.start - 1] in ("which", "what")]
        kind_word = asked[0].text.split()[-1] if asked else None
        mentions = [mm for mm in mentions if mm not in asked]
        # "which council": a kind word no entity is named by; "which body" or "which organisation" picks none
        after = next((tokens[i + 1] for i, t in enumerate(tokens[:-1]) if t in ("which", "what")), None)
        if kind_word is None and after in KIND_WORDS and after not in ANY_RECIPIENT:
            kind_word = after
    for mm in mentions:
        i = mm.start - 1
        while i >= 0 and tokens[i] in ("the", "a", "an", "its", "their", "lb", "rb"):  # "LB Eastvale": a borough
            i -= 1
        before = tokens[i] if i >= 0 else ""
        after = " ".join(tokens[mm.end : mm.end + 2])
        role = None
        if before in ("to", "for") or re.match(rf"(?:directly )?(?:{RECEIVING.pattern})\b", after):
            role = "recipient"
        elif DIRECT_GIVING.fullmatch(before) and mm.kinds & PARTY_KINDS:
            role = "recipient"
            direct.add(mm.start)
        elif before in ("from", "by"):
            role = "funder"
        roles.append((mm, role))
    leftover = {
        t
        for i, t in enumerate(tokens)
        if i not in covered
        and t not in COMMON_WORDS
        and t not in FUNDING_WORDS
        and not t.isdigit()
        and len(t) > 2
        and t != "zzinner"
    }
    # Words naming no known thing where the recipient goes ("to youth clubs", "for problem solving hubs",
    # "did Eastvale receive"): the allocation's recipient or purpose must be that thing.
    # a place the money is given to ("did the PCC give Eastvale", "given to Eastvale") is a party, read as one
    # below, never unnamed words that the recipient's own name must say
    given = [mm for mm, role in roles if mm.kinds == {"area"} and role == "recipient" and (
        mm.start in direct or mm.start > 0 and tokens[mm.start - 1] == "to")]
    covered = covered | {i for mm in given for i in range(mm.start, mm.end)}
    targets: list[str] = []
    # Words of a topic the question names may be part of what the money is for ("into the Community Safety Fund").
    topical = {i for mm in mentions if mm.kinds <= {"topic"} for i in range(mm.start, mm.end)}
    for i, t in enumerate(tokens):
        span: list[str] = []
        if t in ("to", "for", "into") or (GIVING.fullmatch(t) and i + 1 < len(tokens) and tokens[i + 1] != "to"):
            # "to youth clubs", "into the fund", "give the highest-risk areas": where the money goes
            j = i + 1
            while j < len(tokens) and (j not in covered or j in topical) and tokens[j] not in RECIPIENT_ENDS:
                span.append(tokens[j])
                j += 1
        elif RECEIVING.fullmatch(t):
            j = i - 1
            while j >= 0 and tokens[j] in ("directly", "actually", "also"):
                j -= 1
            while j >= 0 and j not in covered and tokens[j] in leftover:
                span.insert(0, tokens[j])
                j -= 1
        span = [w for w in span if w not in HOW_OFTEN]
        if span and span[-1] in MONEY_NOUNS:
            while span and span[-1] in MONEY_NOUNS:
                span.pop()  # "to the safeguarding board budget": the board is who got it, its budget the money
        # "into the youth justice pooled budget", and "into the pooled <named body> budget" (the span stops at the
        # name): how the money is held, not who holds it
        while span and span[-1] in MONEY_KINDS:
            span.pop()
        if span and span[0] in PURPOSE_VERBS:
            continue
        if any(w in leftover for w in span):
            targets.append(" ".join(w for w in span if w not in ("the", "a", "an")))
    scored = []
    # the topics named, and the allocations whose text names one of them ("into the night shelter")
    topics = [mm for mm, _ in roles if mm.kinds <= {"topic"}]
    tied: set[str] = set()
    pinned_by: dict[str, int] = {}
    to_place: dict[str, int] = {}  # how well each allocation's recipient is the place the money was given to
    for g in grants.values():
        iris = {"funder": g["funder"], "recipient": g["recipient"]}
        text = normalise(
            " ".join(filter(None, (g.get("purpose"), g.get("period"), ctx.index.label(g["recipient"]))))
        )
        ok = True
        bonus = 0
        # The question names both the funder and the recipient: the allocation is pinned down, and a further
        # name ("for its partnership", "from the Surge fund") says what it was for, not who else took part.
        named = [{e.iri for e in mm.entities} for mm, _ in roles]
        pinned = any(
            iris["funder"] in a and iris["recipient"] in b for i, a in enumerate(named) for j, b in enumerate(named)
            if i != j
        )
        schemes_tied = 0  # the schemes named (not topics) that the allocation names
        pins = 0  # the question's names (not topics) the allocation is of: as a party, or written in its text
        for mm, role in roles:
            own = {e.iri for e in mm.entities}
            if role and iris[role] in own or not role and own & set(iris.values()):
                bonus += 2
                schemes_tied += mm.kinds <= SCHEME_KINDS
                pins += mm not in topics
                continue
            if mm in given:
                if _party_of_area(ctx, iris["recipient"], mm):
                    # "What did the PCC give Eastvale?": a place the money went to stands for its body that got
                    # it, and for its council before any other of its bodies
                    bonus += 1
                    # (its council first only where the papers give the council's amount: an allocation to it
                    # of no stated sum answers no "how much", and must not crowd out the one that does)
                    pins += 1 + (_a_council(ctx, iris["recipient"]) and g.get("amount") is not None)
                elif not pinned:
                    # a project named after the place ("Eastvale town centre patrols") is not the place: the
                    # place's name in the allocation's text does not make it the one given the money
                    ok = False
                continue
            if mm.start in direct or role and iris["recipient" if role == "funder" else "funder"] in own:
                # the one given the money, said as the verb's object: no other allocation is theirs, however
                # well the other names pin it down; and a party the question puts on one side ("grants
                # approved by the PCC") is not met by an allocation with it on the other (the Home Office's
                # award to the PCC), though its name is in the allocation's text
                ok = False
                continue
            if any(re.search(rf"\b{re.escape(normalise(n))}\b", text)
                   for e in mm.entities for n in _own_names(e, mm.text)):
                bonus += 1
                schemes_tied += mm.kinds <= SCHEME_KINDS
                pins += mm not in topics
                if mm in topics:
                    tied.add(g["grant"])
                continue
            # A party named in the question must be a party to the allocation; a topic or a grant scheme
            # named as its purpose only ranks it.
            if (mm.kinds & PARTY_KINDS or role == "recipient") and not pinned:
                ok = False
        if not ok and not ctx.amounts:
            continue
        schemes = any(mm.kinds <= SCHEME_KINDS for mm, _ in roles)
        if roles and not (schemes_tied if schemes else bonus) and not ctx.amounts and not any(
            mm.kinds & PARTY_KINDS for mm, _ in roles
        ):
            # only schemes or topics are named ("the Harbour service's domestic abuse contract"): an allocation
            # that names none of the schemes asked about (or, with no scheme asked, none of the topics) is no
            # answer, whoever's it is (every allocation was read, no party narrowing them)
            continue
        if ctx.asked and not in_asked_places(g, ctx, doc_areas or (lambda doc: frozenset())):
            continue
        if any(mm.kinds == {"area"} and not role and not _of_area(g, mm, ctx, doc_areas) for mm, role in roles):
            # "Which organisation in Eastbrook was given £64,000?": a place the graph holds as an area (no
            # gazetteer's) is where the allocation must be, however well the amount fits another council's
            continue
        if EACH_ASKED.search(" ".join(tokens)) and not g.get("each") and _plural(ctx.index.label(g["recipient"])):
            continue  # "how much did each of the partnerships get": not the sum they got together
        dates = [e.date for e in g["evidence"] if e.date]
        if ctx.when and not grant_in_time(ctx.when, dates, g.get("period")):
            continue
        amount = decimal_of(g.get("amount"))
        if ctx.amounts and (amount is None or amount not in ctx.amounts):
            continue
        if ctx.amounts and WHOLE_ASKED.search(ctx.question):
            continue  # "how much of the £N goes to each provider": the parts of N are asked, N is no answer
        overlap = sum(1 for t in leftover if re.search(rf"\b{re.escape(t)}\b", text))
        if (
            targets
            and not ctx.amounts
            and not all(
                names_recipient(t, ctx.index.label(g["recipient"]), g.get("purpose")) for t in targets
            )
        ):
            continue
        to_place[g["grant"]] = _to_asked_place(g, ctx) if amount is not None else 0
        pinned_by[g["grant"]] = pins + _to_possessor(g, ctx) + to_place[g["grant"]]
        scored.append((overlap + bonus, g, amount))
    parties = [(mm, role) for mm, role in roles if mm.kinds & PARTY_KINDS]
    if topics and len(parties) == 1 and parties[0][1] != "recipient" and not ctx.amounts and not any(
            g["grant"] in tied for _, g, _ in scored):
        # "How much does the PCC spend on knife crime work?": the one party gives, and the topic alone
        # says what for; allocations of the giver's that name no such thing are its other grants, no answer
        scored = []
    scored.sort(key=lambda s: (-s[0], -(s[2] or 0)))
    if scored and max(to_place[g["grant"]] for _, g, _ in scored):
        # "How much community safety grant did the PCC approve for Eastvale?": the place's council got it; the
        # words naming the money are then no test, though a project of another place's name says them
        best = max(to_place[g["grant"]] for _, g, _ in scored)
        scored = [s for s in scored if to_place[s[1]["grant"]] == best]
    scored = _of_named_money(scored, tokens, ctx)
    who = " and ".join(ctx.name(mm) for mm, _ in roles)
    if extreme:
        # only allocations the documents give an amount for can be compared, each a grant of its own (not a
        # part of another allocation) to a recipient of the kind asked for; ties are all kept
        priced = [s for s in scored if s[2] is not None and not s[1].get("partOf") and (
            kind_word is None or kind_word in normalise(ctx.index.label(s[1]["recipient"])).split())]
        if not priced:
            to = f" to a {kind_word}" if kind_word else ""
            return [], f"the {extreme.group(0)} of the funding allocations involving {who}: none{to} with an amount"
        pick = (max if extreme.group("most") else min)(s[2] for s in priced)
        scored = [s for s in priced if s[2] == pick]
    if SUM_ASKED.search(" ".join(tokens)) and scored:
        return total(scored, ctx), f"the total of the funding allocations involving {who}"
    asks_amount = bool(re.search(
        r"\bhow much\b|^(?:what|which)(?: grant| amount| sum| allocation| award| contribution)? "
        r"(?:did|does|doe|do|will|was|were|is|has|had)\b"
        # "what Community Safety Fund grant does ...": the grant named by its fund
        r"|^(?:what|which)(?: [a-z]+){1,5}? (?:grant|amount|sum|allocation|award|contribution) "
        r"(?:did|does|doe|do|will|was|were|is|has|had)\b", " ".join(tokens)
    ))
    if asks_amount and not extreme and scored:
        # "How much did the PCC award the Kenilworth youth project?": the allocation of every name the question
        # gives is the one asked about; the giver's other allocations, of fewer of its names, are no answer
        most = max(pinned_by[g["grant"]] for _, g, _ in scored)
        scored = [s for s in scored if pinned_by[s[1]["grant"]] == most]
    answers = []
    for _, g, amount in scored:
        if asks_amount:
            if amount is None:
                continue  # an allocation the documents give no amount for does not say how much
            if ctx.amounts and amount in ctx.amounts:
                continue  # "what is the rest of the £62,000 spent on": a sum the question states is not its answer
            label = pounds(amount)
            detail = ", ".join(filter(None, (g.get("period"), g.get("purpose"))))
            a = Answer(label, g["grant"], list(g["evidence"]), note=detail or None)
        else:
            # "who gave the £9,000 to Westby": the giver; else who got it
            side = "funder" if GIVER_ASKED.match(" ".join(tokens)) else "recipient"
            a = Answer(ctx.index.label(g[side]), g[side], list(g["evidence"]))
        if all(a.iri != b.iri or a.label != b.label for b in answers):
            answers.append(a)
    if extreme:
        return answers, f"the {extreme.group(0)} of the funding allocations involving {who}"
    return answers, f"funding allocations involving {who}"


# The nouns that name money ("micro-grants", "the Safer Streets Fund", "community chest awards")
MONEY_KIND_NOUNS = r"(?:grant|fund|funding|award|allocation|contribution)"
# What a paper writes of money whose parts it does not give: "are not itemised", "are not individually listed"
NOT_ITEMISED = re.compile(r"\bnot (?:individually |separately )?(?:itemi[sz]ed|listed|shown|published|broken down)\b")


def unitemised_money(question: str, sentences: Callable[[], list[str]]) -> str | None:
    """The kind of money the question asks the recipients or sums of ("Which groups received micro-grants?"),
    as the question writes it, when one of SENTENCES (normalised, from the answers' papers; read only when the
    question names such money) says that money's parts are not given ("awards under £500 (micro-grants) are
    not itemised"): the paper then names none of them, and its other allocations are no answer. None when the
    question names no such money, asks who gave it, or no sentence says so."""
    said = normalise(question)
    if GIVER_ASKED.match(said):
        return None  # "who funds the micro-grants": the giver may be written though the parts are not
    named = [m for m in re.finditer(rf"\b(?P<word>[a-z]+) (?P<noun>{MONEY_KIND_NOUNS})\b", said)
             if m.group("word") not in COMMON_WORDS and m.group("word") not in FUNDING_WORDS]
    if not named:
        return None
    read = sentences()
    for m in named:
        if any(f" {m.group(0)} " in f" {s} " and NOT_ITEMISED.search(s) for s in read):
            written = re.search(rf"(?i)\b{m.group('word')}[\s-]+{m.group('noun')}s?\b", question)
            return written.group(0) if written else m.group(0)
    return None


# "How much of the £295,000 goes to ...": the question names the whole and asks for its shares
WHOLE_ASKED = re.compile(r"(?i)\bhow much (?:of|out of) (?:the |this |that |its |their )?£")
# "how much of its Public Health Grant", "how much of the youth justice grant": a share of a named kind of money
SHARE_OF_NAMED = re.compile(r"\bhow much of (?:the |its |their |this |that )?(?:[a-z]+ ){1,4}(?:grant|fund|funding)\b")
# "How much Youth Justice Grant does ...", "the Safer Streets Fund money": the words that name a kind of money
NAMED_MONEY = re.compile(r"\b(?P<words>(?:[a-z]+ ){1,4})(?:grant|fund|funding)\b")


def _of_named_money(scored: list[tuple[int, dict[str, Any], Any]], tokens: list[str],
                    ctx: Context) -> list[tuple[int, dict[str, Any], Any]]:
    """The allocations of the money the question names by its kind ("Youth Justice Grant"), those that say so
    by their purpose, their funder's name or their quote; all of them when none does, unless a share of that
    money is asked. The recipient's name is not read: a youth justice service gets other money than its Youth
    Justice Grant."""
    m = NAMED_MONEY.search(" ".join(tokens))
    words = [w for w in (m.group("words").split() if m else [])
             if w not in COMMON_WORDS and w not in FUNDING_WORDS and w != "zzinner"]
    if not words:
        return scored

    def says(g: dict[str, Any]) -> bool:
        quotes = [ev.quote for ev in g["evidence"] if ev.quote]
        text = f" {normalise(' '.join(filter(None, (g.get('purpose'), ctx.index.label(g['funder']), *quotes))))} "
        return all(f" {w} " in text for w in words)

    kept = [s for s in scored if says(s[1])]
    # "How much of its Public Health Grant does X spend on Y?": a share of the money named is asked, and another
    # grant of the same parties is no part of it; else the named money may just be what the papers call it
    return kept if kept or SHARE_OF_NAMED.search(" ".join(tokens)) else scored


# "Ashford's allocation", "Eastvale's grant from the PCC": the place whose money it is, written as its owner
POSSESSOR = re.compile(r"\b(?P<place>[A-Z][\w-]*(?: [A-Z][\w-]*){0,3})(?:'s|\u2019s)\b")


def _to_possessor(g: dict[str, Any], ctx: Context) -> int:
    """1 when the question writes an asked place as the money's owner ("Ashford's allocation") and the
    allocation's recipient is named after that place: the place's own body got it, not a project within it."""
    places = {normalise(p.name) for p in ctx.asked}
    owners = {normalise(m.group("place")) for m in POSSESSOR.finditer(ctx.question)} & places
    label = f" {normalise(ctx.index.label(g['recipient']))} "
    return int(any(f" {o} " in label for o in owners))


# The words before a place that make it the one given the money ("approve for Eastvale", "awarded to Eastvale",
# "gave Eastvale"), where "in Eastvale" only says where the money was spent
TO_PLACE = r"(?:to|for|give|gave|given|grant|granted|award|awarded|pay|paid|allocate|allocated)"


def _to_asked_place(g: dict[str, Any], ctx: Context) -> int:
    """When the question writes an asked place as the money's recipient ("How much did the PCC approve for
    Eastvale?"): 1 when the allocation's recipient is that place's body, 2 when it is its council (a place as a
    party to money is its council first); 0 otherwise, or when the place is only where the money was spent."""
    said = normalise(ctx.question)  # the asked places are cut from the question's tokens
    best = 0
    for place in ctx.asked:
        if not any(re.search(rf"\b{TO_PLACE} (?:the )?{re.escape(n)}\b", said) for n in place.names):
            continue
        e = ctx.index.get(g["recipient"])
        if e is None or e.kind not in ("body", "post"):
            continue
        if place.names & e.areas or any(f" {n} " in f" {normalise(e.label)} " for n in place.names):
            best = max(best, 1 + _a_council(ctx, g["recipient"]))
    return best


def _a_council(ctx: Context, iri: str | None) -> int:
    """1 when the body IRI is a council by its name ("Eastvale District Council"), else 0."""
    e = ctx.index.get(iri) if iri else None
    return int(e is not None and e.kind == "body" and "council" in normalise(e.label).split())


def _own_names(e: Any, said: str) -> list[str]:
    """E's names to find in an allocation's text, when the question wrote it as SAID: when it said E's place
    ("the Leicestershire PCC"), only the names that say the place too, not the bare title every place's
    holder has ("Police and Crime Commissioner"), which in an allocation's text is another place's party."""
    places = {w for a in (e.areas or ()) for w in normalise(a).split()}
    if not places & set(said.split()):
        return list(e.names)
    return [n for n in e.names if places & set(normalise(n).split())]


def _party_of_area(ctx: Context, iri: str | None, mm: Mention) -> bool:
    """Is the party IRI a body (or post) of the area MM names, by its recorded area or its name?"""
    e = ctx.index.get(iri) if iri else None
    if e is None or e.kind not in ("body", "post"):
        return False
    names = {normalise(a.label) for a in mm.entities}
    return bool({normalise(a) for a in e.areas} & names) or any(
        f" {n} " in f" {normalise(e.label)} " for n in names)


def _of_area(g: dict[str, Any], mm: Mention, ctx: Context,
             doc_areas: Callable[[str], frozenset[str]] | None) -> bool:
    """Is allocation G of the area MM names: a party of it placed there or named after it, or a paper stating
    it filed under it?"""
    names = {normalise(e.label) for e in mm.entities}
    for iri in (g["funder"], g["recipient"]):
        e = ctx.index.get(iri)
        if e is not None and ({normalise(a) for a in e.areas} & names
                              or any(f" {n} " in f" {normalise(e.label)} " for n in names)):
            return True
    docs = set().union(*((doc_areas or (lambda doc: frozenset()))(ev.document or "") for ev in g["evidence"]))
    return bool({normalise(d) for d in docs} & names)


def in_asked_places(g: dict[str, Any], ctx: Context, doc_areas: Callable[[str], frozenset[str]]) -> bool:
    """Is allocation G of the places the question asks about ("in Eastshire")? So when a party of it is of
    the place (or is the body of the area around it: the county's PCC); when its parties are national or
    unplaced, when the papers stating it are of the place. An allocation between another council's parties
    never is, whatever it is for."""
    from .reading import best_fit  # reading uses this module's amount reader

    fits = [best_fit(e, ctx.asked, ctx.places) for e in map(ctx.index.get, (g["funder"], g["recipient"])) if e]
    if "inside" in fits or "around" in fits:
        return True
    if not fits or None in fits:
        return False
    docs = set().union(*(doc_areas(ev.document or "") for ev in g["evidence"]))
    return any(ctx.places.inside(d, p) for d in docs for p in ctx.asked)


def total(scored: list[tuple[int, dict[str, Any], Decimal | None]], ctx: Context) -> list[Answer]:
    """The total the documents state for these allocations ("a total of £75,000"); failing that, and only
    because the question asks for a total, the sum of the stated parts, labelled as a sum govkg made."""
    evidence = [ev for _, g, _ in scored for ev in g["evidence"]]
    for ev in evidence:
        m = STATED_TOTAL.search(ev.quote or "")
        if m:
            amount = amount_of(m)
            if amount is not None:
                return [Answer(pounds(amount), None, [ev], note="the total the document states")]
    parts: dict[str, Decimal] = {}
    wholes = {g["grant"] for _, g, _ in scored}
    for _, g, amount in scored:
        # money counted once: a breakdown of an allocation also summed is not added, nor is an amount
        # stated for each of several recipients
        if amount is not None and g.get("partOf") not in wholes and not g.get("each"):
            parts.setdefault(g["grant"], amount)
    if not parts:
        return []
    whole = [g for g, a in parts.items() if len(parts) >= 3 and a == sum(parts.values(), Decimal(0)) - a]
    if whole:
        # "£990,000 ... the first tranche is £455,000 and the second £535,000": one stated amount is the sum of
        # all the others, so they are its breakdown (which no fact marks as such), and it is the total
        parts = {whole[0]: parts[whole[0]]}
    if len(parts) == 1:
        (grant, amount), = parts.items()
        return [Answer(pounds(amount), grant, evidence)]
    shown = " + ".join(pounds(a) for a in parts.values())
    note = f"the sum of the {len(parts)} stated allocations ({shown}); the documents state no total"
    return [Answer(pounds(sum(parts.values(), Decimal(0))), None, evidence, note=note)]


def _plural(label: str) -> bool:
    """"Eastvale Community Safety Partnerships": a name of several bodies together."""
    last = label.split()[-1] if label.split() else ""
    # the plural of a kind of body, not a name that ends in "s" ("Youth Offending Team in Powys")
    return bool(re.fullmatch(r"[A-Z][a-z]+[a-rt-z]s", last)) and last[:-1].lower() in KIND_WORDS


def names_recipient(phrase: str, recipient: str, purpose: str | None) -> bool:
    """Is PHRASE of the question the allocation's recipient (closely, or by the last words of its name: "the
    safeguarding board" for the Eastvale Safeguarding Board) or part of its purpose?"""
    if purpose and re.search(rf"\b{re.escape(phrase)}\b", normalise(purpose)):
        return True
    if len(phrase.split()) >= 2 and f" {normalise(recipient)}".endswith(f" {phrase}"):
        return True
    return SequenceMatcher(None, phrase, normalise(recipient)).ratio() >= 0.8


def grant_in_time(when: When, dates: list[str], period: str | None) -> bool:
    """An allocation is of the asked time by its period or its date; one of unknown date may be."""
    if period and re.search(r"\d{4}", period):
        return when.matches(None, period) or any(when.matches(d, period) for d in dates)
    if not dates:
        return True
    return any(when.matches(d) for d in dates)


def amount_of(m: re.Match[str]) -> Decimal | None:
    """The amount a match of AMOUNT or STATED_TOTAL names (its first filled number and unit groups)."""
    groups = [g for g in m.groups()]
    number, unit = next(((groups[i], groups[i + 1]) for i in range(0, len(groups), 2) if groups[i]), (None, None))
    if number is None:
        return None
    try:
        value = Decimal(number.replace(",", ""))
    except InvalidOperation:
        return None
    unit = (unit or "").lower()
    if unit in ("k", "thousand"):
        value *= 1000
    elif unit in ("m", "million"):
        value *= 1_000_000
    return value


def decimal_of(text: str | None) -> Decimal | None:
    if text is None:
        return None
    try:
        return Decimal(text)
    except InvalidOperation:
        return None


