"""The last route of all: an answer read from one sentence of a paper about what the question names, when no
fact of the graph answers and no other route does.

Officers ask about what a paper says in words no relation of the graph has ("Which Act places the duty on
the council?", "Who briefed members on the partnership's work?", "Which body can veto the funding level?").
The graph then holds the answer, a body, person, Act or place, and the paper's sentence that joins it to
what was asked, but no fact between them. The route reads only:

- the papers that name what the question links (never another council's paper, so never its answer);
- sentences that write one of the linked names and the question's own words (its verb, its nouns) in some
  form ("briefed" for "briefed", "convening" for "convenes", "drawn" for "drew");
- the names in such a sentence that the graph holds, spoken of in that same paper, of the kind the question
  asks for ("which Act": legislation; "who": a person, body or post; "which towns": places), never a name the
  question itself gives.

Answers are labelled as read from the paper's words, each with its sentence as the quote. A question whose
form says nothing of the kind wanted ("how", "why", "when", amounts) is left unanswered rather than guessed.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import TYPE_CHECKING

from .context import Context, in_time
from .lexicon import COMMON_WORDS, KIND_WORDS, MONTHS, normalise
from .linking import Entity, Mention
from .model import Answer, Evidence
from .roles import BODY_HEADS, ROLE_WORDS, paper_date, paper_is_of, paper_passages, too_late

if TYPE_CHECKING:
    from .engine import Asker

# The kinds of answer a "which X" asks for, by X (normalised, so plurals have lost their "s").
_NOUN_KINDS: dict[str, frozenset[str]] = {}
for _words, _kinds in (
    ("act law legislation statute regulation", {"legislation"}),
    ("plan strategy report assessment document policy framework review protocol agreement", {"publication"}),
    ("programme project scheme initiative", {"initiative", "publication"}),
    ("body organisation organization agency partner provider charity", {"body", "post"}),
    ("council partnership board group subgroup committee panel team forum unit service trust authority",
     {"body"}),
    ("area town borough district county place city region locality", {"area"}),
    ("topic priority issue problem theme crime", {"topic"}),
    ("person officer councillor people individual", {"person"}),
):
    for _w in _words.split():
        _NOUN_KINDS[_w] = frozenset(_kinds)
# Nouns that also say the name of the answer ("which committee": a name ending in "Committee", when one does).
_HEAD_NOUNS = frozenset(
    "act plan strategy report assessment council partnership board group subgroup committee panel team forum unit"
    " service trust authority programme project scheme".split()
)
_WHO = frozenset({"person", "body", "post"})
_BODY = frozenset({"body", "post"})
# What a bare "what" may be: anything but a person or a place ("What keeps track of ...").
_WHAT = frozenset({"body", "post", "publication", "initiative", "topic", "legislation"})
# Words before "which"/"what" that leave it asking for a thing ("through which partnership", "under which Act").
# Verbs (normalised: "does" reads "doe", "keeps" "keep") straight after a bare "what".
_WHAT_VERBS = frozenset("doe did do can will would should must keep take provide cover oversee monitor".split())
_COPULAS = frozenset("is are was were".split())
# Nouns that ask for an amount of money, which no name of the graph answers.
_AMOUNT_NOUNS = frozenset(
    "allocation grant budget amount sum total funding cost contribution award figure value spend price".split()
)
_PREPOSITIONS = frozenset("through under into in to from by on with for of at behind".split())
# Questions this route never answers: the form asks for no name the graph holds.
_NOT_A_NAME = re.compile(r"^(?:how|why|when|is|are|was|were|do|does|did|has|have|can|will)\b|\bhow (?:much|many)\b")
# Words of a question that say nothing a sentence must share: its frame, dates and the kind asked for.
_FRAME = frozenset(
    """which what who whom whose according named name said say says set out there here other both each every one two
    three first last next current currently now still already also only mainly particular particularly main key
    take taken""".split()
) | frozenset(MONTHS)
# A question whose linked name stands between an auxiliary and the verb: "which body does _ _ report to".
_SUBJECT_ASKED = re.compile(
    r"^(?:which|what) (?:[a-z]+ ){0,2}?(?:doe|does|did|do|will|would|can|should|must) (?:the )?(?:_ ?)+"
)
# Irregular verbs, by their stem, so that "drew" finds "drawn" and "led" finds "leads".
_IRREGULAR = {
    "drew": "draw", "drawn": "draw", "led": "lead", "took": "take", "taken": "take", "made": "make",
    "gave": "give", "given": "give", "held": "hold", "met": "meet", "wrote": "write", "written": "write",
    "chose": "choose", "chosen": "choose", "sat": "sit", "brought": "bring", "paid": "pay", "sent": "send",
    "spent": "spend", "told": "tell", "said": "say", "became": "become", "began": "begin", "begun": "begin",
    "kept": "keep", "ran": "run", "set": "set", "put": "put", "won": "win", "sought": "seek", "bought": "buy",
}
_SUFFIXES = ("ations", "ation", "ings", "ing", "ment", "ers", "ies", "ied", "ed", "er", "es", "ly", "s", "e", "y")
MAX_ANSWERS = 5
# A passage longer than this (in words) is a table or a list read as one sentence.
LONG_PASSAGE = 60
# The question's own words (its verb among them) a question that links only a place must have, at least, for
# its place's papers to be read sentence by sentence.
PLACE_WORDS = 3
# Words that may stand between a doer's name and its verb ("the Team will also provide").
_AUXILIARIES = frozenset(
    "will would shall should can could may might must is are wa was were ha has have had also to then now currently"
    " still already".split()
)


def _stem(word: str) -> str:
    """A crude stem: "convenes", "convening", "convened" all read "conven"; irregular verbs by the table."""
    if word in _IRREGULAR:
        return _IRREGULAR[word]
    for suffix in _SUFFIXES:
        if word.endswith(suffix) and len(word) - len(suffix) >= 4:
            return word[: -len(suffix)]
    return word


def _same(a: str, b: str) -> bool:
    """One word in two forms: stems equal, or one stem the start of the other and five letters long at least."""
    sa, sb = _stem(a), _stem(b)
    if sa == sb:
        return True
    short, long = sorted((sa, sb), key=len)
    return len(short) >= 5 and long.startswith(short)


def wanted_kinds(free: str) -> tuple[frozenset[str], str | None] | None:
    """The kinds of answer the question's form asks for, and the noun that asked ("committee"), or None when
    the form asks for no name ("how", "when", yes or no, an amount) or for a kind of thing this route cannot
    tell."""
    if _NOT_A_NAME.search(free):
        return None
    tokens = free.split()
    at = 0
    while at < len(tokens) - 1 and tokens[at] in _PREPOSITIONS:
        at += 1
    if at >= len(tokens):
        return None
    first = tokens[at]
    rest = tokens[at + 1 :]
    if first in ("who", "whom"):
        # "Who was the Cabinet Member ...": the holder of a post, a person
        return (frozenset({"person"}) if rest[:1] in (["is"], ["was"]) else _WHO), None
    if first == "whose":
        return _WHO, None
    if first not in ("which", "what"):
        return None
    if first == "what" and rest[:1] and rest[0] in _COPULAS:
        # "What are _ responsible for?": a name, then what is said of it; "What is the fourth priority of _?":
        # the noun after the copula asks; any other noun ("the combined top-up") is no kind this route knows
        after = [w for w in rest[1:] if w not in ("the", "its", "their", "a", "an")]
        if after[:1] == ["_"]:
            # "What was the _ allocation for _?": the name only says whose money; an amount is no name
            said = [w for w in after if w != "_"][:1]
            return None if said and said[0] in _AMOUNT_NOUNS else (_WHAT, None)
        for word in after[:3]:
            if word in _NOUN_KINDS:
                return _NOUN_KINDS[word], word if word in _HEAD_NOUNS else None
        return None
    # "which _ strategy": the name in the middle was linked; the noun after it asks
    for word in [w for w in rest if w != "_"][:2]:
        if word in _NOUN_KINDS:
            return _NOUN_KINDS[word], word if word in _HEAD_NOUNS else None
    if first == "what" and rest[:1] and rest[0] in _WHAT_VERBS:
        # "What does X focus on?", "What keeps track of ...": a verb straight after "what"
        return _WHAT, None
    return None


def content_words(free: str, noun: str | None, names: frozenset[str] = frozenset(),
                  is_place: Callable[[str], bool] = lambda _: False) -> list[str]:
    """The question's own words a sentence must share: not its frame, its names (NAMES: the words of what it
    links; IS_PLACE: the places it writes, linked or not), the kind asked for or the words every question has."""
    tokens = free.split()
    placed = {i + k for n in (3, 2, 1) for i in range(len(tokens) - n + 1)
              if "_" not in tokens[i : i + n] and is_place(" ".join(tokens[i : i + n])) for k in range(n)}
    out = []
    for i, t in enumerate(tokens):
        if i in placed or t in names:
            continue
        # "set" frames only as "set out" ("which plan sets out ..."); "sets the agenda" is the question's verb
        framed = t in _FRAME and not (t == "set" and tokens[i + 1 : i + 2] != ["out"])
        if (t == "_" or t in COMMON_WORDS or t in KIND_WORDS or framed or t == noun or len(t) < 3
                or any(c.isdigit() for c in t) or t in _NOUN_KINDS):
            continue
        if t not in out:
            out.append(t)
    return out


def _names_of(e: Entity) -> list[str]:
    """The entity's names as the normalised text of a sentence writes them: of two words or more, or an
    acronym of three letters or more ("hsab")."""
    out = set()
    for n in e.names | {e.label}:
        k = normalise(n)
        if len(k.split()) >= 2 or (len(k) >= 3 and n.strip().isupper()):
            out.add(k)
    return sorted(out, key=len, reverse=True)


def _heads(e: Entity) -> list[str]:
    """The kind of body the entity's name ends in ("board" of the Eastvale Safeguarding Board), if any."""
    last = normalise(e.label).split()[-1:]
    return last if e.kind == "body" and last and last[0] in BODY_HEADS else []


def from_sentences(asker: Asker, mentions: list[Mention], free: str, ctx: Context) -> tuple[list[Answer], str] | None:
    """Answers read from the sentences of the linked names' papers (see the module's docstring), best sentence
    first; None when no sentence says so."""
    asked = wanted_kinds(free)
    if asked is None:
        return None
    kinds, noun = asked
    if any(pattern.search(free) for pattern in ROLE_WORDS.values()):
        # who chairs (or chaired a meeting): the role's own route reads the papers for that, more strictly
        return None
    linked_words = frozenset(w for mm in mentions for e in mm.entities for n in e.names | {e.label}
                             for w in normalise(n).split())
    words = content_words(free, noun, linked_words, lambda text: ctx.places.place_of(text) is not None)
    # the question's verb: its first own word, straight after the form that asks ("who provides", "which body
    # can veto")
    verb = next((t for t in free.split()[:5] if t in words), None)
    # "Which body does X report to?": the name is the verb's subject, so the sentence must make it the doer
    # ("X reports to Y") and the answer stands after the verb
    subject = _SUBJECT_ASKED.search(free)
    if subject is not None:
        # the word straight after the name is its verb, though it may be a noun too ("report")
        verb = next((t for t in free[subject.end() :].split()[:1] if len(t) >= 3 and t not in COMMON_WORDS), None)
        if verb is None:
            subject = None
        elif verb not in words:
            words.append(verb)
    if not words:
        return None
    # a topic or an Act is spoken of in every council's papers: it is read only in the papers of the places the
    # question names, or of the other names it links (a board's own papers), never anyone's
    places = list(ctx.asked) + [p for mm in mentions if mm.kinds <= {"area"} for e in mm.entities
                                if (p := ctx.places.place_of(e.label)) is not None]
    own = [mm for mm in mentions if not mm.kinds <= {"area", "topic", "legislation"}]
    own_named = [{doc for e in mm.entities[:3] for doc in asker.state.papers_naming(e.iri)} for mm in own
                 if mm.kinds & {"body", "post", "person"}]
    own_papers = {doc for mm in own for e in mm.entities[:3] for doc in asker.state.papers_naming(e.iri)}
    anchors = [mm for mm in mentions if not mm.kinds <= {"area"}]
    # "Who delivers drug treatment and recovery services in Cambridge?": a place and no other name linked; the
    # place's own papers, read for a sentence that writes the question's verb and all its other words but one
    # (three at least), stand for the name the question gives in words the graph does not hold
    # (and it writes no name but the place's: "Operation Lantern" unlinked is a name the graph does not hold)
    place_words = {w for p in places for n in p.names for w in n.split()}
    by_place = not anchors and bool(places) and verb is not None and len(words) >= PLACE_WORDS and not (
        ctx.capitalised - place_words)
    if (not anchors and not by_place) or (not places and not own):
        return None
    # never an answer the question names itself (a place within a name asked about may be a place asked for)
    named_iris = {e.iri for mm in mentions for e in mm.entities if not (e.kind == "area" and "area" in kinds)}
    # (the words of what it links aside: "Community Safety" in "the Eastvale Community Safety Partnership")
    question = f" {free} "
    # the best sentences win: (words shared, answers) for each candidate
    found: dict[str, tuple[int, Answer]] = {}
    placed = [None] if by_place else []
    for e in [e for mm in anchors for e in mm.entities[:3]] + placed:
        if e is None:
            names, single, generic = [], None, False
            naming = frozenset(doc for doc in asker.state.documents(10**6) if any(
                ctx.places.inside(a, p) for a in asker.state.doc_areas(doc) for p in places))
            papers = set(naming)
        else:
            names = _names_of(e)
            # a name of one word ("Prevent") only as written, capitalised: in lower case it is any word
            single = re.compile(r"\b(?:" + "|".join(sorted(map(re.escape, one))) + r")\b") if (one := {
                n.strip() for n in e.names | {e.label} if len(n.split()) == 1 and len(n) >= 4 and n[:1].isupper()
            }) else None
            if not names and single is None:
                continue
            generic = e.kind in ("topic", "legislation")
            naming = asker.state.papers_naming(e.iri)
            papers = set(naming)
        if generic and places:
            # a topic is spoken of in papers that state no fact about it ("treatment ... delivered by CGL"):
            # those of the places asked about that write one of its names are read too, by their sentences
            # only (a long passage there is a table read as one, whose rows are not one statement)
            papers |= {doc for n in names for doc in asker.papers_saying(n)}
        for doc in sorted(papers):
            if too_late(asker, doc, ctx) or (places and not any(
                    ctx.places.inside(a, p) for a in asker.state.doc_areas(doc) for p in places)):
                continue
            if generic and not places and doc not in own_papers:
                continue
            if any(doc not in named for named in own_named):
                # a paper of every body, post and person the question names, so that one council's
                # paper never answers for another named beside it ("Westmoor Council's member on the
                # county panel" read from Eastvale's paper about that panel); not of every programme, whose
                # name may be a loose link of one word ("duty")
                continue
            # its own paper may call it by the kind of body alone ("the Board will support ...")
            heads = [f"the {h}" for h in _heads(e)] if e is not None and paper_is_of(asker, doc, e, ctx) else []
            date = paper_date(asker, doc)
            if not in_time([{"doc": doc, "date": date}], ctx.when):
                continue
            for said, written, _ in paper_passages(asker, doc):
                if doc not in naming and len(said.split()) > LONG_PASSAGE:
                    continue
                padded = f" {said} "
                if e is not None and not any(f" {n} " in padded for n in names + heads) and (
                        single is None or not single.search(written)):
                    continue
                tokens = said.split()
                shared = sum(1 for w in words if any(_same(w, t) for t in tokens))
                if shared < min(2, len(words)) and not (shared and len(words) <= 2):
                    continue
                doing = [i for i, t in enumerate(tokens) if verb is not None and _same(verb, t)]
                if e is None and (not doing or shared < max(PLACE_WORDS, len(words) - 1)):
                    continue  # read by its place alone: the sentence must say all the question says
                if subject is None and _does_it(padded, names + heads, tokens, doing):
                    continue
                if subject is not None and not _does_it(padded, names + heads, tokens, doing):
                    continue
                # "its work is scrutinised by the Select Committee": where the sentence writes the verb only
                # as a passive with "by", its doer is the name after "by", not another the sentence names
                by_agent = [i + 1 for i in doing if tokens[i + 1 : i + 2] == ["by"]]
                agent_only = subject is None and by_agent and len(by_agent) == len(doing)
                for other, at, _ in _named_in(asker, said, doc, kinds, named_iris, ctx):
                    if subject is not None and not any(0 < at - i <= 8 for i in doing):
                        continue  # not what the verb reaches ("reports to the Y Board")
                    if agent_only and not any(0 < at - i <= (8 if e is not None else 2) for i in by_agent):
                        # another name of the sentence ("reports to the Board and is scrutinised by"); read by its
                        # place alone, only the name straight after "by" ("delivered by X at the Infirmary")
                        continue
                    if other.kind != "area" and any(f" {n} " in question for n in _names_of(other)):
                        continue
                    label = other.label
                    best = found.get(other.iri)
                    ev = Evidence(doc, written[:300], date)
                    if best is None or shared > best[0]:
                        note = "read from its paper's words (no fact in the graph says so)"
                        found[other.iri] = (shared, Answer(label, other.iri, [ev], note=note))
                    elif shared == best[0] and ev not in best[1].evidence:
                        best[1].evidence.append(ev)
    if not found:
        return None
    top = max(score for score, _ in found.values())
    answers = [a for score, a in found.values() if score == top]
    if kinds in (_WHO, _BODY):
        # "who": the people the sentence names, when it names any; else the posts; else the bodies. "Which
        # body": a body before a post ("the Independent Chair of the Board": the Board, not the chair's post)
        for kind in ("person", "post", "body") if kinds == _WHO else ("body", "post"):
            of_kind = [a for a in answers if (e := ctx.index.get(a.iri or "")) is not None and e.kind == kind]
            if of_kind:
                answers = of_kind
                break
    if noun is not None:
        # "which committee": those whose name says it, when any does
        headed = [a for a in answers if noun in normalise(a.label).split()]
        answers = headed or answers
    if len(answers) > MAX_ANSWERS:
        # a sentence that names many things answers nothing in particular
        return None
    where = " and ".join(ctx.name(mm) for mm in anchors) or " and ".join(p.name for p in places)
    return answers, f"what the papers of {where} say in the question's words (read from their sentences)"


def _does_it(padded: str, names: list[str], tokens: list[str], hits: list[int]) -> bool:
    """Does the sentence make what the question names the doer of the question's own verb ("The Eastvale Team
    will provide a report to the Board, chaired by ...")? Then it says what that one does, not who does it to
    or for it, and no other name in it answers "who provides ... for the Team"."""
    for n in names:
        at = padded.find(f" {n} ")
        while at >= 0:
            end = len(padded[: at + len(n) + 1].split())  # the token after the name
            if any(0 <= i - end <= 3 and all(t in _AUXILIARIES for t in tokens[end:i]) and not _passive(tokens, end, i)
                   for i in hits):
                return True
            at = padded.find(f" {n} ", at + 1)
    return False


def _passive(tokens: list[str], start: int, verb: int) -> bool:
    """Is the verb at VERB passive ("was commissioned by", "is delivered"): then the name before it is what
    was done to, not the doer."""
    be = any(t in ("is", "are", "wa", "was", "were", "been", "be", "being") for t in tokens[start:verb])
    return tokens[verb + 1 : verb + 2] == ["by"] or (be and tokens[verb].endswith(("ed", "en")))


# "Eastvale County Council (ECC)": a name, then the acronym the paper calls it by from then on.
_DEFINED = re.compile(
    r"(?P<name>[A-Z][\w'\u2019&-]*(?: (?:[A-Z][\w'\u2019&-]*|of|and|the|for|&))*) \((?P<acronym>[A-Z][A-Za-z]{1,6})\)"
)


def paper_acronyms(asker: Asker, doc: str) -> dict[str, Entity]:
    """The acronyms paper DOC defines beside a name the graph holds ("Westmoor County Council (WCC)"), by the
    acronym as the normalised text writes it: "WCC" later in the paper is that body, though the graph never
    recorded the acronym as one of its names (other councils' "WCC" are other bodies). An acronym the paper
    defines for two things names neither."""
    def read() -> dict[str, Entity]:
        index = asker.index()
        seen: dict[str, Entity | None] = {}
        for _, written, _ in paper_passages(asker, doc):
            for m in _DEFINED.finditer(written):
                words = m.group("name").split()
                for at in range(max(0, len(words) - 8), len(words) - 1):
                    # the longest run of words ending at the bracket that is a name of one body or post
                    fits = [e for e in index.exact.get(normalise(" ".join(words[at:])), [])
                            if e.kind in ("body", "post") and doc in asker.state.papers_naming(e.iri)]
                    if fits:
                        key = normalise(m.group("acronym"))
                        e = fits[0] if len(fits) == 1 else None
                        seen[key] = e if seen.get(key, e) is e else None
                        break
        return {k: e for k, e in seen.items() if e is not None}
    return asker.memo(f"paper acronyms {doc}", read)


def _named_in(
    asker: Asker, said: str, doc: str, kinds: frozenset[str], named_iris: set[str], ctx: Context
) -> list[tuple[Entity, int, int]]:
    """The entities of KINDS a sentence names that the paper DOC speaks of, other than those the question
    names, each with where the sentence names it (token offsets); an acronym the paper defined counts as its
    name."""
    out: list[tuple[Entity, int, int]] = []
    tokens = said.split()
    found = [(mm, 0) for mm in ctx.index.mentions(said)]
    covered = {i for mm, _ in found for i in range(mm.start, mm.end)}
    defined = paper_acronyms(asker, doc)
    for i, t in enumerate(tokens):
        e = defined.get(t)
        if e is not None and i not in covered and e.kind in kinds and e.iri not in named_iris and all(
                e is not o[0] for o in out):
            out.append((e, i, i + 1))
    for mm, _ in list(found):
        if mm.kinds & {"post"} and "of" in tokens[mm.start : mm.end]:
            # "the Independent Chair of the Eastvale Board": the post's name holds the body's
            at = tokens.index("of", mm.start, mm.end) + 1
            found += [(m, at) for m in ctx.index.mentions(" ".join(tokens[at : mm.end])) if m.kinds & {"body"}]
    for mm, shift in found:
        for e in mm.entities:
            # (a topic or an Act is no council's own: the paper need not state a fact about it)
            if e.kind in kinds and e.iri not in named_iris and all(e is not o[0] for o in out) and (
                    e.kind in ("topic", "legislation") or doc in asker.state.papers_naming(e.iri)):
                out.append((e, mm.start + shift, mm.end + shift))
    return out
