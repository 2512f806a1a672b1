"""A body's chair, vice-chair or Senior Responsible Owner as its own papers write it, when the graph holds no
fact saying so: the last route for "who chairs X", labelled as read from the papers' words.

Papers often name a body's chair where the reader of facts finds no relation: in a membership table
("Vice-Chair - Chief Inspector Nia Brookes"), after the body was named a sentence earlier ("the chair was
Owen Tallis"), or with a pronoun ("Councillor Ivo Hale, who also chairs it"). The route reads only:

- the papers that name or state facts about the body asked about (so never another council's paper);
- sentences in which the role's word and a person the graph holds stand close together, with nothing
  between them but titles, posts and the words that join a name to its role ("is", "was", "by"); a verb
  such as "thanked" or "welcomed" between them makes the person someone the chair spoke to, not the chair;
- when the body the sentence names nearest to the role's word is the one asked about or, if the sentence
  names no body, the last body named in the few sentences before it is.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator
from typing import TYPE_CHECKING

from ..ontology.relations import BY_KEY
from .context import Context, in_time, order
from .lexicon import TITLES, normalise
from .linking import Entity, Mention
from .model import Answer, Evidence
from .sparql import run_file

if TYPE_CHECKING:
    from .engine import Asker

# The role's words in normalised text ("Co-Chairs" reads "co chair"), by what the question asks.
ROLE_WORDS: dict[str, re.Pattern[str]] = {
    "chairs": re.compile(
        r"(?<!vice )(?<!deputy )\b(?:co |joint |independent )?chair(?:man|person|woman|ed|ing)?\b|\bin the chair\b"
    ),
    "vice_chair": re.compile(r"\b(?:vice|deputy) chair(?:man|person|woman)?\b"),
    "sro": re.compile(r"\bsenior responsible (?:owner|officer)\b|\bsro\b"),
}
# How the reading says each role.
ROLE_SAID = {"chairs": "the chair", "vice_chair": "the vice-chair", "sro": "the Senior Responsible Owner",
             "led_by": "the lead"}
# At most this many words between a person's name and the role's word after it ("Nia Brookes, Portfolio
# Holder for Safety, Eastvale Council, Chair"), after it ("chaired by the Cabinet Member for Adults, Cllr Nia
# Brookes"), and after it when an "of" phrase follows the role.
GAP = 12
GAP_AFTER = 8
GAP_OF = 6
# Words that may stand between a role and a name without making the person anything else: how a role is
# joined to a name ("the chair was", "chaired by the", "who also chairs"), and ranks and titles.
# Ranks and title words a paper writes before a name ("Chief Inspector", "Supt", "DS").
RANKS = frozenset(
    """chief inspector superintendent supt ch insp di dci dc ds det sergeant sgt constable pc acc assistant deputy
    commander detective cllr councillor professor dr""".split()
)
# A past-tense verb between the role and the name (other than these) says something else happened: "The Chair
# thanked Nia Brookes".
PAST_TENSE = re.compile(r"^[a-z]{3,}ed$")
ALLOWED_PAST = frozenset({"elected", "appointed", "chaired", "opted", "nominated", "confirmed", "seconded"})
# Other words between a role and a name that say the person did something else beside the chair.
OTHER_DEEDS = frozenset("thank welcome said asked told gave took noted advised with".split())
# The last word of a body's name that says what kind of body it is ("the Executive Group").
BODY_HEADS = frozenset("board group partnership panel committee forum executive unit team".split())
# A role in brackets after a name in a list of those present ("Nia Brookes (Chair) Eastvale Council"): the
# chair of the meeting's body, whatever organisation is written beside it.
LISTED_ROLE = re.compile(r"\(\s*(?:co[- ]?|joint |vice[- ]?|deputy )?chair\w*[^)]{0,30}\)", re.I)
# A body called by a short name, a word or more and the kind of body ("the Executive Group", "the Youth
# Panel"); "the Board" alone is the paper's own body as often as not, so it says nothing.
BODY_REFERENCE = re.compile(
    r"\bthe (?:[a-z]+ ){1,3}(?:board|group|panel|committee|partnership|forum|executive|subgroup|subcommittee)\b"
)
# Words between a body and "chaired by" ("the Eastvale Board is chaired by").
COPULAS = frozenset("is was are were be been has have had being currently jointly co".split())
# A relative pronoun between them: "the Leads Group, which is chaired by" (the group is chaired).
RELATIVES = frozenset({"which", "that"})
# A role as the owner of something ("the Chair's invitation"), which the normalised text reads as the role.
POSSESSIVE_ROLE = re.compile(r"\b(?:vice[- ]|deputy |co[- ])?chair(?:man|person|woman)?['\u2019]s\b", re.I)
# A stand-in's turn in the chair, which names the deputy, not the chair: "the Vice-Chair, who takes the chair in
# the SRO's absence", "presides in the absence of the Chair", "chairs meetings when the Chair is absent".
STAND_IN = re.compile(
    r"\b(?:takes?|took|taking|to take|will take) (?:the )?chair\b(?=[^.;]{0,60}\b(?:absence|absent|unavailable)\b)"
    r"|\bchair(?:s|ed|ing)? (?:the )?(?:meetings? )?(?=[^.;]{0,80}\b(?:absence|absent|unavailable)\b)"
    r"|\bin (?:the )?absence of (?:the |its |their )?(?:co-?|joint )?chair(?:man|person|woman)?\b"
    r"|\bwhen (?:the )?chair(?:man|person|woman)? is (?:absent|unavailable)\b",
    re.I,
)
# Words before a role that make it the object of another deed ("invited by the Chair", "thanked the Chair").
OBJECT_OF_DEED = re.compile(r"\b(?:by|to|with|from|thanked|invited|asked|told|thank|invite|ask)(?: the)? $")


def _body_passages(asker: Asker, body: Mention, ctx: Context
                   ) -> Iterator[tuple[Entity, str, list[tuple[str, str, int]], int, str, str]]:
    """Each passage of each paper that names one of BODY's entities and falls in the time asked: the entity,
    the paper, its passages, the passage's place among them, and the passage normalised and as written."""
    for e in body.entities:
        for doc in asker.state.papers_naming(e.iri):
            if too_late(asker, doc, ctx):
                continue
            sentences = paper_passages(asker, doc)
            for i, (said, written, _) in enumerate(sentences):
                yield e, doc, sentences, i, said, written


# "... chaired by Nia Brookes, who took over from Cllr Ivo Hale in April 2023": whom the chair came after.
TOOK_OVER = re.compile(
    r"\b(?:took over from|takes over from|succeeds|succeeded|replaces|replacing|replaced|who followed)\s+"
    r"(?P<name>(?:(?:Cllr|Councillor|Dr|Mr|Mrs|Ms|"
    r"Miss|Prof|Professor|Supt|Superintendent|Chief Superintendent|Inspector)\.?\s+)?[A-Z][\w'\u2019-]+"
    r"(?:\s+[A-Z][\w'\u2019-]+){1,2})"
)


def predecessor(asker: Asker, body: Mention, ctx: Context) -> list[Answer]:
    """"Who chaired X before April 2023?": the person a paper of X says its chair took over from, in a
    sentence about X's chair that names the asked month (so the hand-over was then), each answered by the
    name as the sentence writes it (a held person's own label when the graph holds them)."""
    when = ctx.when
    if when is None or not when.before or not when.value or len(when.value) < 7:
        return []
    return _took_over_from(asker, body, ctx, when.named_in)


def predecessor_of(asker: Asker, body: Mention, ctx: Context, successor: Entity | None) -> list[Answer]:
    """"Who chaired X before Nia Brookes?", "Who was X's previous chair?": the person a paper of X says its
    chair took over from, in a sentence about X's chair (that names SUCCESSOR, when the question does)."""
    if successor is None:
        return _took_over_from(asker, body, ctx, lambda _: True)
    surname = normalise(successor.label).split()[-1:]
    return _took_over_from(asker, body, ctx, lambda flat: bool(surname) and surname[0] in normalise(flat).split())


def _took_over_from(asker: Asker, body: Mention, ctx: Context, keep: Callable[[str], bool]) -> list[Answer]:
    """The people the papers of BODY say its chair took over from, in sentences about its chair that KEEP
    accepts (as written, the sentence's words on one line)."""
    pattern = ROLE_WORDS["chairs"]
    people = asker.memo("people by name", lambda: _people_by_name(asker))
    found: dict[str, Answer] = {}
    for e, doc, sentences, i, said, written in _body_passages(asker, body, ctx.with_when(None)):
        flat = " ".join(written.split())
        m = TOOK_OVER.search(flat)
        # "Supt Gill took over as chair on 1 January. He succeeds Cllr Hale, who chaired ...": a sentence opening
        # with "He" or "She" goes on from the one before it in its paragraph, which names the successor
        before = " ".join(sentences[i - 1][1].split()) if i > 0 and sentences[i - 1][2] == sentences[i][2] and \
            re.match(r"(?:He|She|They)\b", flat) else ""
        if m is None or not pattern.search(said) or not keep(f"{before} {flat}".strip()):
            continue
        if not _about(asker, sentences, i, said.split(), pattern, e, ctx, doc) and not _it_after(sentences, i, e):
            continue
        name = m.group("name")
        person = people.get(tuple(w for w in normalise(name).split() if w not in TITLES and w not in RANKS))
        label = person.label if person is not None else name
        note = "the chair before, as its papers write it (no fact in the graph says so)"
        a = found.setdefault(label, Answer(label, person.iri if person else None, note=note))
        ev = Evidence(doc, flat[max(0, m.start() - 200) : m.end() + 40], paper_date(asker, doc))
        a.cite(ev)
    return list(found.values())


def _it_after(sentences: list[tuple[str, str, int]], i: int, body: Entity) -> bool:
    """"Safer Eastvale is the borough's partnership. Since April 2023 it has been chaired by ...": sentence I
    speaks of "it", and the sentence before it in its paragraph names BODY."""
    if i == 0 or " it " not in f" {sentences[i][0]} " or sentences[i - 1][2] != sentences[i][2]:
        return False
    before = f" {sentences[i - 1][0]} "
    return any(f" {normalise(n)} " in before for n in body.names | {body.label} if len(normalise(n).split()) >= 2)


def role_from_papers(asker: Asker, body: Mention, role: str, ctx: Context) -> list[Answer]:
    """The people the papers of BODY name in ROLE (a key of ROLE_WORDS) for it, each with the sentence as
    its quote; [] when no paper says so plainly."""
    pattern = ROLE_WORDS[role]
    people = asker.memo("people by name", lambda: _people_by_name(asker))
    found: dict[str, Answer] = {}
    for e, doc, sentences, i, said, written in _body_passages(asker, body, ctx):
        if not pattern.search(said):
            continue
        if POSSESSIVE_ROLE.search(written) and not pattern.search(normalise(POSSESSIVE_ROLE.sub(" ", written))):
            continue  # "At the Chair's invitation Nia Brookes spoke": the chair's, not the chair
        if role == "chairs" and STAND_IN.search(written):
            said = normalise(STAND_IN.sub(" a deputy's turn ", written))
            said = _without_others_roles(STAND_IN.sub(" a deputy's turn ", written), said, e)
        else:
            said = _without_others_roles(written, said, e)
        if not pattern.search(said):
            continue
        if APPOSITION.search(written) and said == normalise(written):
            # "the Night Forum, a group of the Partnership's, is chaired by ...": the forum is chaired, not the
            # body its description names
            said = normalise(APPOSITION.sub(" ", written))
        tokens = said.split()
        # "Nia Brookes, Head of Housing (Vice-Chair)": a role in brackets is said of the name before it,
        # whoever the next line of a members' list names
        bracketed = LISTED_ROLE.search(written) is not None and len(pattern.findall(said)) == 1
        named = _named_in_role(tokens, pattern, people, before_only=bracketed, written=written)
        if not named or not _about(asker, sentences, i, tokens, pattern, e, ctx, doc):
            continue
        for person in named:
            if _role_read_elsewhere(asker, person, role, e, doc, ctx):
                continue
            note = f"{ROLE_SAID[role]}, as its papers write it (no fact in the graph says so)"
            _said_in_papers(asker, found, person, note, doc, written, ctx)
    if not found and role in POST_IN_ROLE:
        return _post_in_chair(asker, body, ctx, role)
    return order(list(found.values()))


# A description set between commas before the verb: "the Night Forum, a group of the Board's, is chaired by"
APPOSITION = re.compile(r",\s+(?:a|an|the|which is|now) [^,;.()]{3,80},\s+(?=(?:is|was|are|were|has been|had been|"
                        r"will be|currently|co-chaired|chaired)\b)")


# "The Eastvale Youth Unit, hosted by the council and led by its Director, Nia Brookes": who leads a body, where
# the papers say so in a participle rather than a role's name ("chair").
LED_BY = re.compile(r"\b(?:led|headed) by (?:the |its |their |a |an )?")
# Words that may stand between a body's name and "led by" without making it another's: its acronym aside, a
# copula, a joining word, or another participle's clause ("hosted by the OPCC and").
_LED_GAP = frozenset("is was are were be been being which that who currently jointly now also and".split())
_LED_WITHIN = 12


def led_from_papers(asker: Asker, body: Mention, ctx: Context) -> list[Answer]:
    """"Who leads the Eastvale Youth Unit?" where no fact says: the person the papers of BODY say it is "led by"
    (or "headed by"), else the post or body named straight after those words; each with the sentence as its
    quote. Only where BODY's own name (or its short name, in its own paper) is the last body named before the
    words, with nothing between but a copula, its acronym, or another participle's clause ("hosted by the
    council and"), so that a body named earlier in a list never takes another's lead."""
    people = asker.memo("people by name", lambda: _people_by_name(asker))
    index = asker.index()
    found: dict[str, Answer] = {}
    note = "the lead, as its papers write it (no fact in the graph says so)"
    for e, doc, _sentences, _i, said, written in _body_passages(asker, body, ctx):
        for m in LED_BY.finditer(said):
            start = len(said[: m.start()].split())
            end = len(said[: m.end()].split())
            tokens = said.split()
            if not _led_is_of(asker, tokens, start, e, ctx, doc):
                continue
            # the person straight after the words, titles and a post between ("its Director, Nia Brookes")
            named = [p for p in _named_in_role(tokens[end - 2 :], re.compile(r"\bby\b"), people)]
            after = tokens[end : end + GAP_AFTER]
            if named:
                for person in named[:1]:
                    _said_in_papers(asker, found, person, note, doc, written, ctx)
                continue
            first = next((mm for mm in index.mentions(" ".join(after)) if mm.start == 0), None)
            fits = [h for h in (first.entities if first is not None else [])
                    if h.kind in ("post", "body") and h.iri != e.iri and doc in asker.state.papers_naming(h.iri)]
            if len(fits) == 1:
                _said_in_papers(asker, found, fits[0], note, doc, written, ctx)
    return order(list(found.values()))


def _led_is_of(asker: Asker, tokens: list[str], start: int, body: Entity, ctx: Context, doc: str) -> bool:
    """Is BODY what "led by" at token START says is led: the last body named before it (not one that is
    another participle's agent, "hosted by the OPCC and led by"), within _LED_WITHIN words, with only
    _LED_GAP words, that body's acronym and such a clause between; or "the Unit" of BODY in its own paper."""
    before = [b for b in _bodies_in(asker, tokens, ctx) if b[1] <= start and start - b[1] <= _LED_WITHIN
              and tokens[max(0, b[0] - 2) : b[0]][-1:] != ["by"] and tokens[max(0, b[0] - 2) : b[0]] != ["by", "the"]]
    short = [f"the {h}".split() for h in _short_names(body)] if paper_is_of(asker, doc, body, ctx) else []
    spans = [(b[0], b[1], body.iri in b[2]) for b in before]
    spans += [(i, i + len(s), True) for s in short for i in range(max(0, start - _LED_WITHIN), start)
              if tokens[i : i + len(s)] == s]
    if not spans:
        return False
    _, last_end, is_it = max(spans, key=lambda b: (b[1], b[2]))
    if not is_it:
        return False
    acronyms = {normalise(n) for n in body.names | {body.label} if len(n.split()) == 1}
    gap = tokens[last_end:start]
    # "hosted by the OPCC and": another participle's clause, up to the "and" before "led by"
    clause = re.fullmatch(r"(?:[a-z]+ed by (?:the )?(?:\S+ ){1,10}?)and ", " ".join(gap) + " ")
    rest = [] if clause is not None else gap
    return all(w in _LED_GAP or w in acronyms for w in rest)


# "... is chaired by the Office of the Commissioner": a chair that is a post or a body, named straight after.
CHAIRED_BY = re.compile(r"\b(?:is|was|are|were|be|been|being|that is|which is) (?:jointly |currently |usually )?"
                        r"(?:co |joint )?chaired by (?:the |a |an )?")


# "The senior responsible owner is the Head of Housing": the SRO that is a post, named straight after.
SRO_IS = re.compile(r"\bsenior responsible (?:owner|officer)(?: sro)?(?: for (?:the )?[a-z ]{3,60}?)? "
                    r"(?:is|was|will be) (?:the |a |an )?")
# The words that say a post or body holds a role, by the role.
POST_IN_ROLE = {"chairs": CHAIRED_BY, "sro": SRO_IS}


def _post_in_chair(asker: Asker, body: Mention, ctx: Context, role: str = "chairs") -> list[Answer]:
    """The post or body the papers of BODY say it "is chaired by" (or whose Senior Responsible Owner they say
    it "is"), when no person is named in the ROLE: the whole name straight after the words, a post or body the
    same paper speaks of, and the sentence about BODY (as a person's chair is read)."""
    pattern = ROLE_WORDS[role]
    index = asker.index()
    found: dict[str, Answer] = {}
    for e, doc, sentences, i, said, written in _body_passages(asker, body, ctx):
        m = POST_IN_ROLE[role].search(said)
        if m is None:
            continue
        # the name straight after the words, and a second after "and" ("co-chaired by the Chief
        # Executive and the Area Commander"); one that two councils' posts share is this paper's only
        after = said[m.end() :].split()[:20]
        named = {mm.start: mm for mm in index.mentions(" ".join(after))}
        chairs: list[Entity] = []
        at = 0
        while at in named:
            fits = [h for h in named[at].entities if h.kind in ("post", "body") and h.iri != e.iri
                    and doc in asker.state.papers_naming(h.iri)]
            if len(fits) > 1 and sum(h.kind == "post" for h in fits) == 1:
                # "chaired by the Eastvale Police and Crime Commissioner": the post, not the office of that name
                fits = [h for h in fits if h.kind == "post"]
            if len(fits) != 1:
                chairs = []
                break
            chairs.append(fits[0])
            nxt = after[named[at].end : named[at].end + 2]
            at = named[at].end + (2 if nxt == ["and", "the"] else 1 if nxt[:1] == ["and"] else len(after))
        if not chairs:
            continue
        # whose chair: the last body the sentence names before the words ("Safer Eastvale, a board for
        # the whole county that is chaired by ..."), else as a person's chair is read
        before = [mm for mm in index.mentions(said[: m.start()]) if any(named_as_body(x) for x in mm.entities)]
        last = max(before, key=lambda mm: mm.end, default=None)
        if before and said[: m.start()].endswith(" and "):
            # "the Group, which sits under the Partnership and is chaired by", "the Board draws together the
            # district chairs and is chaired by": a second verb of the same subject, not of the body named
            # last (the first verb's object): the body before the relative pronoun, else the sentence's first
            last = _clause_subject(said[: m.start()].split(), before)
        unlinked = _unlinked_body_before(said[: m.start()].split(), last.end if last is not None else None, e)
        if unlinked is not None:
            if not unlinked:
                continue
        elif not (e in last.entities if last is not None
                  else _about(asker, sentences, i, said.split(), pattern, e, ctx, doc)):
            continue
        note = f"{ROLE_SAID[role]}, a post the papers name as it (no fact in the graph says so)"
        for holder in chairs:
            _said_in_papers(asker, found, holder, note, doc, written, ctx)
    return order(list(found.values()))


def _clause_subject(tokens: list[str], bodies: list[Mention]) -> Mention | None:
    """The body that is the subject of the clause TOKENS ends in, among the BODIES it names: the last named
    before its last relative pronoun ("which", "that"), else the first named."""
    rel = max((i for i, w in enumerate(tokens) if w in RELATIVES), default=None)
    if rel is not None:
        return max((mm for mm in bodies if mm.end <= rel), key=lambda mm: mm.end, default=None)
    return min(bodies, key=lambda mm: mm.start)


def _role_read_elsewhere(asker: Asker, person: Entity, role: str, body: Entity, doc: str, ctx: Context) -> bool:
    """The graph already holds, from paper DOC, PERSON in ROLE of another body than BODY: the reading of that
    paper decided whose role its sentence gives ("... It is a sub-group of the SNP ... Its vice-chair is X": the
    sub-group's), and the papers' words must not give it to BODY instead."""
    if role not in BY_KEY:
        return False  # a role the graph keeps as no relation of its own ("sro"): nothing read to weigh
    rows = asker._hop(person, role, True, ctx.trace)
    own = {body.iri}
    return any(r.get("doc") == doc and r.get("other") not in own for r in rows)


def _said_in_papers(asker: Asker, found: dict[str, Answer], person: Entity, note: str, doc: str, written: str,
                    ctx: Context) -> None:
    """PERSON as an answer read from the words of paper DOC (the sentence WRITTEN), when the paper falls in the
    time asked: one answer per person, each paper's sentence once among its evidence."""
    rows = in_time([{"doc": doc, "quote": quoted(written, person), "date": paper_date(asker, doc)}], ctx.when)
    if not rows:
        return
    a = found.setdefault(person.iri, Answer(person.label, person.iri, note=note))
    ev = Evidence(doc, quoted(written, person), rows[0]["date"])
    a.cite(ev)


# "Vice Chair, ARMC": a role followed by the initials of the committee whose role it is
ROLE_THEN_INITIALS = re.compile(r"\b(?:Vice[- ]?|Co-?|Deputy )?Chair(?:man|woman|person)?\s*,\s*"
                                r"(?P<initials>[A-Z]{2,6})\b")


def _without_others_roles(written: str, said: str, body: Entity) -> str:
    """SAID, without the roles WRITTEN gives followed by the initials of another committee ("Nia Brookes - Vice
    Chair, ARMC": the vice-chair of that committee, not of BODY)."""
    names = {n.casefold() for n in (body.names | {body.label})}
    others = [m for m in ROLE_THEN_INITIALS.finditer(written) if m.group("initials").casefold() not in names]
    if not others:
        return said
    for m in reversed(others):
        written = written[: m.start()] + " another committee's office " + written[m.end() :]
    return normalise(written)


def too_late(asker: Asker, doc: str, ctx: Context) -> bool:
    """Is DOC an undated paper that speaks only of years after the one asked (so not written in it)?"""
    if ctx.when is None or ctx.when.year is None or paper_date(asker, doc) is not None:
        return False
    return asker.state.undated_floors().get(doc, 0) > ctx.when.year + 1


def paper_date(asker: Asker, doc: str) -> str | None:
    """The date of the paper DOC, as its facts carry it (None when undated)."""
    def read() -> str | None:
        rows = run_file(asker.store, "paper_date.rq", doc=doc)
        return (rows[0]["date"] or None) if rows else None
    return asker.memo(f"paper date {doc}", read)


def _people_by_name(asker: Asker) -> dict[tuple[str, ...], Entity]:
    """Every person the graph holds, by each name of two words or more, normalised (a name held by two
    people names neither)."""
    out: dict[tuple[str, ...], Entity | None] = {}
    for e in asker.index().entities.values():
        if e.kind != "person":
            continue
        for n in e.names | {e.label}:
            words = tuple(w for w in normalise(n).split() if w not in TITLES and w not in RANKS)
            if len(words) >= 2:
                held = out.get(words)
                out[words] = e if held is None or held.iri == e.iri else None
    return {k: v for k, v in out.items() if v is not None}


# Words that follow the role's word only when it is a verb with an object ("which chairs it", "Cllr Hale chairs
# both boards", "chairing its meetings"): the chair is then the verb's subject, written before it, and a person
# named after the object is someone else ("... which chairs it, and our officer Nia Brookes sits on it").
# ("this" is left out: "chaired this year by" is the role's name, its holder after.)
VERB_OBJECTS = frozenset("it them its both each meeting meetings".split())
# "... chairs the Board" as written: "the" after the role's word marks a verb only where the paper writes the verb
# in lower case ("Chair the Leader" in a table's cell is a role and its holder).
VERB_THE = re.compile(r"\b(?:co-)?chair(?:s|ed|ing)? the\b")
# A relative pronoun for a thing before the verb ("the County Council, which chairs it"): the chair is the
# organisation or post named before, so no person in the sentence is.
THING_RELATIVE = frozenset({"which", "that"})
# Words that may stand between the relative pronoun and the verb ("which also chairs", "that currently chairs").
RELATIVE_ADVERBS = frozenset("also currently jointly now usually normally still".split())


def _verb_use(tokens: list[str], r_start: int, r_end: int, written: str) -> str | None:
    """How the role's word at tokens R_START..R_END is used: "thing" when a relative pronoun for a thing is its
    subject ("which chairs it"), "verb" when it is a verb with an object (its chair written before it), None when
    it names the role (a noun, or "chaired by", whose holder may stand on either side)."""
    j = r_start - 1
    while j >= 0 and tokens[j] in RELATIVE_ADVERBS:
        j -= 1
    if j >= 0 and tokens[j] in THING_RELATIVE:
        return "thing"
    after = tokens[r_end : r_end + 1]
    if "by" in tokens[r_end : r_end + 4]:
        return None  # "chaired the following year by": a passive, its holder after
    if after and (after[0] in VERB_OBJECTS or (after[0] == "the" and VERB_THE.search(written))):
        return "verb"
    return None


def _named_as_subject(gap: list[str]) -> bool:
    """Do the words between a verb and the name after it close a clause whose subject the name is ("The
    partnership's lead, who chairs the Executive in turn, is Nia Brookes")?"""
    bare = [w for w in gap if w not in TITLES and w not in RANKS]
    return bare[-1:] in (["is"], ["was"])


def _named_in_role(
    tokens: list[str], pattern: re.Pattern[str], people: dict[tuple[str, ...], Entity], before_only: bool = False,
    written: str = "",
) -> list[Entity]:
    """The people named close to a match of the role's words, with only joining words, titles and the words
    of a post or an organisation between (no other person, no verb of another deed); BEFORE_ONLY, only those
    named before it (a role in brackets after a name). WRITTEN, the sentence as written, tells a verb from the
    role's name: none where a thing is the verb's subject ("which chairs it"), only those before a verb with an
    object."""
    spans = [(i, n, people[tuple(tokens[i : i + n])]) for n in (4, 3, 2) for i in range(len(tokens) - n + 1)
             if tuple(tokens[i : i + n]) in people]
    # the longest name at each place only ("nia jane brookes" over "jane brookes")
    spans = [s for s in spans if not any(o is not s and o[0] <= s[0] and s[0] + s[1] <= o[0] + o[1]
                                         and o[1] > s[1] for o in spans)]
    text = " ".join(tokens)
    out: list[Entity] = []
    for m in pattern.finditer(text):
        r_start = len(text[: m.start()].split())
        r_end = len(text[: m.end()].split())
        if OBJECT_OF_DEED.search(text[: m.start()]) and not m.group(0).endswith(("ed", "ing")):
            # "Invited by the Chair, Councillor Ivo Hale spoke": the chair did something to the person named
            continue
        use = _verb_use(tokens, r_start, r_end, written) if written else None
        if use == "thing":
            continue
        best: tuple[int, Entity] | None = None
        for start, n, person in spans:
            if start >= r_end and (before_only or (use == "verb" and not _named_as_subject(tokens[r_end:start]))):
                continue
            if start >= r_end:
                gap = tokens[r_end:start]
                # "Chair of the Eastvale Board, Nia Brookes", but not "Chair of the Association of Youth
                # Workers, Nia Brookes from the Trust": a long "of" phrase ends the role before the name
                # ("The SRO for the Eastvale Partnership is Cllr Nia Brookes": the role said, then whose it is)
                bare = [w for w in gap if w not in TITLES and w not in RANKS]
                longest = GAP_AFTER if gap[:1] not in (["of"], ["for"]) else GAP if bare[-1:] in (
                    ["is"], ["was"], ["are"], ["were"]) else GAP_OF
            elif start + n <= r_start:
                gap = tokens[start + n : r_start]
                longest = GAP
            else:
                continue
            if len(gap) > longest or not _plain(gap) or any(
                s != start and (r_end <= s < start or start + n <= s < r_start) for s, _, _ in spans
            ):
                continue
            if best is None or len(gap) < best[0]:
                best = (len(gap), person)
        if best is not None and best[1] not in out:
            out.append(best[1])
    return out


def _plain(gap: list[str]) -> bool:
    """Do the words between a role and a name only join them (or say the person's post or organisation)?"""
    return not any((PAST_TENSE.match(w) and w not in ALLOWED_PAST) or w in OTHER_DEEDS for w in gap)


def _about(
    asker: Asker, sentences: list[tuple[str, str, int]], i: int, tokens: list[str], pattern: re.Pattern[str],
    body: Entity, ctx: Context, doc: str,
) -> bool:
    """Is sentence I about BODY? The body named where a role's body stands ("Chair of the Eastvale Board",
    "Chair, Eastvale Board", "the Eastvale Board is chaired by"); failing one, the body its short name refers
    to ("the Executive Group" of the KBSP Executive Group), or what the last sentence before it in its
    paragraph that names a body is about; else the body the paper is about (its file's name or short title
    names it, and no other body). A body named elsewhere in the sentence is a person's organisation ("Nia
    Brookes (Chair) Eastvale Council"), never whose chair they are."""
    # ("its chair" or "our chair" says whose before any later name in the sentence does)
    owner = _possessive_owner(asker, tokens, pattern, body, ctx, doc)
    if owner is not None:
        return owner
    said = _said_about(asker, tokens, sentences[i][1], pattern, body, ctx)
    if said is not None:
        return said
    para = sentences[i][2]
    for j in range(i - 1, -1, -1):
        earlier, written, in_para = sentences[j]
        if in_para != para:
            break
        words = earlier.split()
        if MEMBERS_LISTED.search(earlier) and not pattern.search(earlier):
            # "Its members are the Council, the Police and the NHS Integrated Care Board.": the bodies a list of
            # members names are members, not whose chair the next sentence names
            continue
        if pattern.search(earlier):
            # "The Executive Group is chaired in turn. For 2022-23 the chair was Nia Brookes."
            # (a sentence that speaks of a chair but says not whose gives no body to the one after it)
            return bool(_said_about(asker, words, written, pattern, body, ctx))
        said = _short_name_said(earlier, body)
        if said is not None:
            return said
        # (the last board, group or partnership named: a council named in a list of members is where a
        # member comes from, not what is chaired)
        named = [b for b in _bodies_in(asker, words, ctx) if b[3]]
        if named:
            return body.iri in max(named, key=lambda b: b[1])[2]
    if (lead := _list_lead_in(sentences, i)) is not None:
        # "The Eastvale Youth Panel:" over "* is chaired by ...", "* has a vice-chair from ...": an item of a
        # list speaks of the body its lead-in line names (whatever its name calls it: "the Exploitation Hub:")
        bodies = _bodies_in(asker, lead.split(), ctx)
        named = [b for b in bodies if b[3]] or bodies
        if named:
            return body.iri in max(named, key=lambda b: b[1])[2]
    # (a council's name in a paper's file name says who published it: a chair its sentences name without
    # saying whose is the chair of the board the paper is about, never the council's)
    return paper_is_of(asker, doc, body, ctx) and normalise(body.label).split()[-1:] != ["council"]


# A sentence listing members: its bodies sit on the body spoken of (normalised text).
MEMBERS_LISTED = re.compile(r"\b(?:member|authority|authorities|partner|organisation)s? (?:are|were|include|included)\b"
                            r"|\b(?:also )?(?:sit|sits|attend|attends) (?:on|as)\b")


def _possessive_owner(asker: Asker, tokens: list[str], pattern: re.Pattern[str], body: Entity, ctx: Context,
                      doc: str) -> bool | None:
    """Whose role "its" or "our" before the role's word says: "our chair" is the chair of the body the paper
    speaks for (the one it is about); "X is a sub-group of Y, and its chair" is the first body the sentence
    names, its subject, not the one named last. None when neither word stands there, or "its" has no body
    before it in the sentence (the sentence before says whose)."""
    text = " ".join(tokens)
    m = pattern.search(text)
    if m is None:
        return None
    start = len(text[: m.start()].split())
    before = tokens[max(0, start - 1) : start]
    if before == ["our"]:
        return paper_is_of(asker, doc, body, ctx)
    if before != ["its"]:
        return None
    named = [b for b in _bodies_in(asker, tokens, ctx) if b[1] < start]
    if not named:
        return None
    return body.iri in min(named, key=lambda b: b[0])[2]


# A list item as written: a bullet, a dash or a letter or number in brackets before its words.
LIST_ITEM = re.compile(r"^\s*(?:[*\u2022\u25aa\u2013-]|\(?[a-z0-9ivx]{1,3}\))\s+")
# How many items of a list are passed over to find its lead-in line.
LIST_ITEMS_BACK = 12


def _list_lead_in(sentences: list[tuple[str, str, int]], i: int) -> str | None:
    """The lead-in of the list that passage I is an item of (the normalised line before its first item, when
    it ends with a colon), or None when I is no list item or the list has no such line."""
    if not LIST_ITEM.match(sentences[i][1]):
        return None
    j = i - 1
    while j >= 0 and i - j <= LIST_ITEMS_BACK and LIST_ITEM.match(sentences[j][1]):
        j -= 1
    if j < 0 or not sentences[j][1].rstrip().endswith(":"):
        return None
    return sentences[j][0]


def _said_about(
    asker: Asker, tokens: list[str], written: str, pattern: re.Pattern[str], body: Entity, ctx: Context
) -> bool | None:
    """Whether the body in the role's place in one sentence is BODY (True when the sentence calls it by its
    short name), or None when no body stands there."""
    text = " ".join(tokens)
    m = pattern.search(text)
    if m is not None and not LISTED_ROLE.search(written):
        start, end = len(text[: m.start()].split()), len(text[: m.end()].split())
        bodies = _bodies_in(asker, tokens, ctx)
        after = [b for b in bodies if (b[0] == end and b[3]) or (
            0 < b[0] - end <= 2 and tokens[end] in ("of", "for", "on", "at", "the"))]
        before = [b for b in bodies if (b[1] == start and b[3]) or (
            m.group(0).endswith("ed") and b[1] < start and set(tokens[b[1] : start]) <= COPULAS | RELATIVES)]
        chosen = after[0] if after else (before[-1] if before else None)
        if chosen is not None:
            return body.iri in chosen[2]
        if m.group(0).endswith("ed") and "by" in tokens[end : end + 3]:
            initials = _initials_subject(written, body)
            if initials is not None:
                return initials
            unlinked = _unlinked_body_before(tokens[:start], max((b[1] for b in bodies if b[1] <= start),
                                                                 default=None), body)
            if unlinked is not None:
                return unlinked
            # (a bare "the Board is chaired by": the paper's own board, as before; what stands later in the
            # sentence says nothing of what is chaired)
            return _short_name_said(text[: m.start()], body)
    return _short_name_said(text, body)


# "The MARAC is chaired by", "the YOS (Youth Offending Service) was led by": a body written in initials is the
# subject of the passive role verb (the initials as written, in capitals: the normalised tokens lose the case)
_INITIALS_SUBJECT = re.compile(r"\b(?P<initials>[A-Z][A-Z0-9&]{1,9})(?:\s+\([^()]{3,80}\))?\s+(?:is|was|are|were|has "
                               r"been|had been|will be)\s+(?:currently\s+|now\s+|jointly\s+)?(?:co-|vice-)?(?:chaired|"
                               r"led|headed|convened)\s+by\b")


def _initials_subject(written: str, body: Entity) -> bool | None:
    """Whether the initials a sentence's passive role verb is said of are BODY's own: False when they are another
    body's (the chair of "the MARAC" is not that of the partnership the paragraph named before), None when no
    initials stand there."""
    m = _INITIALS_SUBJECT.search(written)
    if m is None:
        return None
    own = {n.strip().upper() for n in body.names | {body.label}}
    return m.group("initials") in own


def _unlinked_body_before(tokens: list[str], linked_end: int | None, body: Entity) -> bool | None:
    """"the Leads Group, which is chaired by", "Its Executive, chaired by": TOKENS end (but for a relative
    pronoun and copulas) on a body's head word, a name the graph links to no body (none of its linked names
    ends there, LINKED_END being where the last does): whether BODY's own words end there. None when no
    such name stands there, or only a bare "the Board" (the paper's own board, as before)."""
    j = len(tokens) - 1
    while j >= 0 and tokens[j] in COPULAS | RELATIVES:
        j -= 1
    if j < 1 or tokens[j] not in BODY_HEADS or linked_end == j + 1 or tokens[j - 1] in ("the", "it", "this"):
        return None
    said = " " + " ".join(tokens[: j + 1])
    return any(said.endswith(" " + n) for n in _short_names(body) | {
        _without_the(x) for x in body.names | {body.label}})


def _short_name_said(text: str, body: Entity) -> bool | None:
    """True when TEXT calls BODY by its short name ("the Executive Group"); False when it calls some other body
    so ("the Youth Panel", read for the partnership); None when it names no body that way."""
    short = _short_names(body)
    names = {normalise(n) for n in body.names | {body.label}}
    for m in BODY_REFERENCE.finditer(text):
        # "the Safer Eastshire Partnership Board" is another body's full name, not a reference back to the
        # Eastshire Violence Partnership Board: only "the Partnership Board" itself, or BODY's own name, is
        said = m.group(0)
        return said[4:] in short or said[4:] in names
    return None


def paper_is_of(asker: Asker, doc: str, body: Entity, ctx: Context) -> bool:
    """Is the paper about BODY: its file's name, or its title when short, names BODY and no other board,
    group or partnership (the terms of reference or minutes of BODY)? A long "title" is often the paper's
    first lines."""
    title = asker.state.title(doc)
    said = normalise(doc.rsplit("/", 1)[-1]) + (" " + normalise(title) if len(title.split()) <= 12 else "")
    named = _bodies_in(asker, said.split(), ctx)
    iris = {iri for b in named for iri in b[2]}
    if body.iri in iris:
        # (the council a paper is filed under is its publisher; another board or partnership named in the
        # file's name may be the one the paper is about)
        return all(body.iri in b[2] or not b[3] for b in named)
    # BODY's name written there in full ("safer-maidstone-partnership"), linked to no other board or group
    # than one of the same name (the graph may hold the partnership twice, once as a topic)
    tokens = said.split()
    for n in (_without_the(x).split() for x in body.names | {body.label}):
        at = next((i for i in range(len(tokens) - len(n) + 1) if len(n) >= 2 and tokens[i : i + len(n)] == n), None)
        if at is not None:
            return all(not b[3] or (at <= b[0] and b[1] <= at + len(n)) for b in named)
    return False


def _without_the(name: str) -> str:
    return re.sub(r"^the ", "", normalise(name))


QUOTE_CHARS = 300  # the most of a paper's sentence shown as an answer's quote (a list of those present runs long)


def quoted(written: str, person: Entity) -> str:
    """The part of the paper's sentence WRITTEN shown as the quote for PERSON: all of it when short, else the
    stretch of QUOTE_CHARS around the first place the person's surname is written (from a word's start)."""
    if len(written) <= QUOTE_CHARS:
        return written
    surname = person.label.split()[-1] if person.label.split() else ""
    at = written.find(surname) if surname else -1
    start = 0 if at < QUOTE_CHARS // 2 else written.rfind(" ", 0, at - QUOTE_CHARS // 2) + 1
    return written[start : start + QUOTE_CHARS]


# A tab, or three spaces or more, between two words of a line (the loader writes a column gap as a tab): the
# gap between two columns of a table.
COLUMN_GAP = re.compile(r"\S(?: {3,}|\s*\t\s*)\S")


# A clause's number at a line's start: "2.3 ", "4. ", "(b) ", "iv) ", before a capitalised word.
CLAUSE_NUMBER = re.compile(r"^(?:\d{1,2}(?:\.\d{1,2})+\.?|\d{1,2}\.|\(?[a-h]\)|\(?[ivx]{1,4}\))\s+(?=[A-Z])")


def paper_passages(asker: Asker, doc: str) -> list[tuple[str, str, int]]:
    """The paper's sentences, each (normalised, as written, its paragraph's number). Unlike the line-by-line
    sentences, a line of prose wrapped in the middle of a name ("Chief\nInspector Nia Brookes") is joined to
    the next; a table row, a list item and a blank line end a paragraph."""
    def read() -> list[tuple[str, str, int]]:
        rows = run_file(asker.store, "paper_text.rq", doc=doc)
        text = (rows[0]["text"] or "") if rows else ""
        paragraphs: list[list[str]] = [[]]
        for line in text.splitlines():
            bare = line.strip()
            # (a row of a table set out in columns of spaces is a row too: its cells are no one sentence)
            if not bare or bare.startswith(("|", "+", "-", "*", "\u2022")) or "|" in bare or COLUMN_GAP.search(bare):
                paragraphs.append([bare] if bare else [])
                paragraphs.append([])
            elif CLAUSE_NUMBER.match(bare):
                # "2.3 The chair alternates ...": a numbered clause begins a paragraph of its own, so a name
                # at the end of the list above it is not read as the subject of its first words
                paragraphs.append([bare])
            else:
                paragraphs[-1].append(bare)
        out = []
        for n, para in enumerate(p for p in paragraphs if p):
            for s in re.split(r"(?<=[.;!?])\s+", " ".join(para)):
                out.append((normalise(s), s.strip(), n))
        return out
    return asker.memo(f"paper passages {doc}", read)


def named_as_body(e: Entity) -> bool:
    """Is E a body, or named as one ("The Safer Eastvale Partnership" read as a topic)?"""
    return e.kind == "body" or (e.kind == "topic" and normalise(e.label).split()[-1:] in ([h] for h in BODY_HEADS))


def _short_names(body: Entity) -> set[str]:
    """How a paper refers back to BODY once named: "the" and the last two words of its name ("the Executive
    Group"), when they say a kind of body."""
    out = set()
    for n in body.names | {body.label}:
        words = normalise(n).split()
        if len(words) >= 3 and words[-1] in BODY_HEADS:
            out.add(" ".join(words[-2:]))
    return out


def _bodies_in(asker: Asker, tokens: list[str], ctx: Context) -> list[tuple[int, int, set[str], bool]]:
    """The bodies a sentence names: (start, end, their IRIs, whether the name says a kind of body that has a
    chair, such as a board or a partnership, rather than an organisation) of each linked name of a body."""
    said = " ".join(tokens)
    return asker.memo(f"sentence bodies {said}", lambda: [
        (mm.start, mm.end, {e.iri for e in mm.entities if named_as_body(e)},
         any(normalise(e.label).split()[-1:] in ([h] for h in BODY_HEADS) for e in mm.entities))
        for mm in ctx.index.mentions(said) if any(named_as_body(e) for e in mm.entities)
    ])


# "Who is the police regional lead for Prevent?", "Who is Eastvale's force drugs lead?": a role asked for by its
# own words, up to the words that say more of the person ("who welcomed ...", "named in ...").
WHO_IS_ROLE = re.compile(
    r"^\s*who (?:is|was) (?:the )?(?P<role>.+?)"
    r"(?:,? (?:who|that|which|named|listed|mentioned|according|as of|in (?:the )?(?:19|20)\d\d)\b.*)?\s*\?*\s*$", re.I
)
# A place's or body's possessive before the role ("Eastvale's"), which says where, not what the role is.
OWNER_BEFORE = re.compile(r"^(?:[A-Z][\w&-]*\s)*[A-Z][\w&-]*['\u2019]s\s+")
# The last word of a role's name: what makes the words a role people hold.
ROLE_HEADS = frozenset(
    """lead officer commissioner director head manager chief coordinator chair chairman chairperson inspector
    superintendent commander owner adviser advisor councillor mayor executive constable""".split()
)
# Words that may stand between a role written out and the person's name: titles, ranks and "who is the".
NEAR = frozenset("who is was the our their a as attended present".split())
# A bracketed acronym inside a role's name ("the Police and Crime Commissioner (PCC) for Eastvale").
BRACKETED = re.compile(r"\s*\([A-Z][A-Za-z]{1,6}\)")


def role_said(question: str, places: list[str] | None = None) -> str | None:
    """The words of the role a "who is the X" question asks for, normalised ("force drug lead"), without the
    asked PLACES (normalised names) after it ("... in Eastvale"); None when the question is not of that form
    or the words name no role."""
    m = WHO_IS_ROLE.match(question)
    if m is None:
        return None
    role = normalise(OWNER_BEFORE.sub("", BRACKETED.sub("", m.group("role"))))
    for place in places or []:
        role = re.sub(rf" (?:in|for|at|across) (?:the )?{re.escape(place)}$", "", role)
    words = role.split()
    head = next((i for i in range(len(words) - 1, -1, -1) if words[i] in ROLE_HEADS), None)
    if head is None or len(words) < 2:
        return None
    return role


def named_role(asker: Asker, role: str, docs: list[str], ctx: Context) -> list[Answer]:
    """The people the papers DOCS name as ROLE (normalised words), written right beside their name ("the
    force's drugs lead, Assistant Chief Constable Ivo Hale", "DI Nia Brookes, who is the regional lead for
    Prevent"), each with the sentence as its quote."""
    people = asker.memo("people by name", lambda: _people_by_name(asker))
    size = len(role.split())
    found: dict[str, Answer] = {}
    for doc in docs:
        if too_late(asker, doc, ctx):
            continue
        for said, written, _ in paper_passages(asker, doc):
            if role not in said:
                plain = normalise(BRACKETED.sub("", written))
                if role not in plain:
                    continue
                said = plain
            tokens = said.split()
            for at in (i for i in range(len(tokens) - size + 1) if tokens[i : i + size] == role.split()):
                for person in _beside(tokens, at, at + size, people):
                    note = "named so in the papers' words (no fact in the graph says so)"
                    _said_in_papers(asker, found, person, note, doc, written, ctx)
    return order(list(found.values()))


def _beside(tokens: list[str], start: int, end: int, people: dict[tuple[str, ...], Entity]) -> list[Entity]:
    """The people named right before or right after tokens START..END, with only titles, ranks and "who is
    the" between."""
    out = []
    for n in (4, 3, 2):
        for i in range(len(tokens) - n + 1):
            person = people.get(tuple(tokens[i : i + n]))
            if person is None or person in out:
                continue
            gap = tokens[i + n : start] if i + n <= start else tokens[end:i] if i >= end else None
            if gap is not None and len(gap) <= 4 and all(w in NEAR or w in TITLES or w in RANKS for w in gap):
                out.append(person)
    return out


# How minutes write that one person came in another's place (normalised text).
SUBSTITUTE_SAID = re.compile(
    r"\b(?:as (?:a |the )?substitute for|substitut(?:ed|ing|e) for|in place of|deputi[sz](?:ed|ing) for"
    r"|stood in for|standing in for)\b"
)
# A question asking who came in a person's place.
SUBSTITUTE_ASKED = re.compile(r"\b(?:substitut|stood in for|stand(?:s|ing)? in for|deputi[sz]ed for|in place of)")


def substitutes_for(asker: Asker, person: Entity, bodies: list[Entity], ctx: Context) -> list[Answer]:
    """The people the papers say came in PERSON's place ("Ivo Hale attended as a substitute for Nia
    Brookes"), from the papers that name PERSON (and the BODIES asked about, when any names them both),
    each with the sentence as its quote."""
    people = asker.memo("people by name", lambda: _people_by_name(asker))
    docs = asker.state.papers_naming(person.iri)
    if bodies:
        docs = [d for d in docs if any(d in asker.state.papers_naming(b.iri) for b in bodies)] or docs
    names = {tuple(w for w in normalise(n).split() if w not in TITLES and w not in RANKS)
             for n in person.names | {person.label}}
    found: dict[str, Answer] = {}
    for doc in docs:
        if too_late(asker, doc, ctx):
            continue
        for said, written, _ in paper_passages(asker, doc):
            text = said
            for m in SUBSTITUTE_SAID.finditer(text):
                start, end = len(text[: m.start()].split()), len(text[: m.end()].split())
                tokens = text.split()
                after = [w for w in tokens[end : end + 6] if w not in TITLES and w not in RANKS]
                if not any(tuple(after[: len(n)]) == n for n in names if len(n) >= 2):
                    continue
                beside = [o for o in _beside(tokens, start, start, people) if o.iri != person.iri]
                for other in beside:
                    note = f"in place of {person.label}, as the papers write it"
                    _said_in_papers(asker, found, other, note, doc, written, ctx)
                if not beside and (unheld := _name_before_substitute(written, person)) is not None:
                    # a substitute the minutes name whom extraction held no fact of: the name as written
                    if in_time([{"date": paper_date(asker, doc)}], ctx.when):
                        a = found.setdefault(unheld, Answer(unheld, None, note=f"in place of {person.label}, as "
                                                            "the minutes write the name (no fact in the graph)"))
                        ev = Evidence(doc, quoted(written, person), paper_date(asker, doc))
                        a.cite(ev)
    return order(list(found.values()))


# "Ian Hale attended as substitute for Nia Brookes": the name of two to four capitalised words straight before
# the words, in the sentence as written
_NAMED_SUBSTITUTE = re.compile(
    r"(?<![\w'’-])(?P<name>[A-Z][a-z'’-]+(?: [A-Z][a-z'’-]+){1,3}) (?:attended |was present |came )?"
    r"(?:as (?:a |the )?substitute for|substituted for|stood in for|deputi[sz]ed for)\b"
)


def _name_before_substitute(written: str, person: Entity) -> str | None:
    """The person's name the sentence WRITTEN gives before saying they came in PERSON's place, when it reads as
    a person's (no title or word of a body's name in it); None otherwise."""
    m = _NAMED_SUBSTITUTE.search(" ".join(written.split()))
    if m is None:
        return None
    name = m.group("name")
    words = normalise(name).split()
    if any(w in TITLES or w in _NOT_A_NAME for w in words) or normalise(person.label) == normalise(name):
        return None
    return name


# Words that make a capitalised run before "attended as substitute" something other than a person's name
_NOT_A_NAME = frozenset(
    "the council board partnership police service trust group team nhs icb office officer manager director "
    "chair head lead member members apologies also".split()
)
