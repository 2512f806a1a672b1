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
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from typing import TYPE_CHECKING

from ..graph.model import pounds
from .context import Context, in_time
from .funding import amount_of
from .lexicon import COMMON_WORDS, FREQUENCY_WORDS, KIND_WORDS, MONTHS, normalise
from .linking import Entity, Mention
from .model import Answer, Evidence
from .places import Places
from .roles import (
    BODY_HEADS,
    COLUMN_GAP,
    ROLE_SAID,
    ROLE_WORDS,
    _short_names,
    paper_date,
    paper_is_of,
    paper_passages,
    too_late,
)

if TYPE_CHECKING:
    from .engine import Asker

# The kinds of answer a "which X" asks for, by X (normalised, so plurals have lost their "s").
_NOUN_KINDS: dict[str, frozenset[str]] = {}
for _words, _kinds in (
    ("act law legislation statute regulation section", {"legislation"}),
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
        if _w.endswith("y"):
            # "which bodies", "which agencies": the normalised plural keeps "ie"
            _NOUN_KINDS[_w[:-1] + "ie"] = frozenset(_kinds)
# Nouns that also say the name of the answer ("which committee": a name ending in "Committee", when one does).
_HEAD_NOUNS = frozenset(
    "act plan strategy report assessment council partnership board group subgroup committee panel team forum unit"
    " service trust authority programme project scheme".split()
)
_WHO = frozenset({"person", "body", "post"})
# Nouns that ask for a kind of body by the word its name ends in ("which committee", "which panel").
_BODY_NOUNS = frozenset("committee panel board group subgroup forum partnership unit team".split())
_BODY = frozenset({"body", "post"})
_LAW = frozenset({"legislation"})
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
    take taken due expected scheduled""".split()
) | frozenset(MONTHS)
# ("due", "expected", "scheduled": "When was the council due to approve the plan?" asks when it approves it; the
# paper writes "to approve the plan at its sitting on 8 July", never the question's word for it being ahead)
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
# Other words a paper says the question's verb with, by the verb's stem: a paper seldom writes "covers" of a
# board's areas ("to meet these responsibilities across Westmoor and Eastvale", "serving the three districts").
# Only words that say the same relation of the name before them, so that the answer still stands where the verb
# reaches.
_ADOPTING = ("agree", "agreed", "agrees", "adopt", "adopted", "adopts", "approve", "approved", "approves", "endorse",
             "endorsed", "endorses", "ratified")
# a body "set up" in a year was established, formed, created then: "When was the Eastvale Unit established?"
_FOUNDING = ("set", "established", "establish", "formed", "created", "founded", "launched", "constituted")
_SAID_AS = {
    "cover": frozenset({"across", "serve", "serving", "served", "span", "spanning", "throughout"}),
    # a board that "adopted" a plan has agreed it: "When did the Board agree the plan?"
    "agre": frozenset(_ADOPTING),
    "adopt": frozenset(_ADOPTING),
    "approv": frozenset(_ADOPTING),
    "endors": frozenset(_ADOPTING),
    # (by their stems: "established", "formed", "created", "founded", "launched")
    **{stem: frozenset(_FOUNDING) for stem in ("establish", "form", "creat", "found", "launch")},
}
# Words a paper may say the question's verb in, by the verb's stem, that count for less than the verb itself:
# "Who delivers the advice service?" of "... the service, provided by the Eastvale Trust". A sentence that
# writes the question's own verb is the better one.
_ALSO_SAID = {
    "deliv": frozenset({"provide", "provides", "provided", "providing"}),
    "provid": frozenset({"deliver", "delivers", "delivered", "delivering"}),
    # "attends the Board on her behalf", "sits on the panel on behalf of the council": representing it
    "represent": frozenset({"behalf"}),
}
ALSO_SAID_WEIGHT = 0.5
# The stems of the verbs of delivering a service.
_DELIVERING = frozenset({"deliv", "provid"})
# Of those, the prepositions: the name they say it of may stand anywhere before them ("The Eastvale Board was
# set up in 2019 to meet these duties across Eastvale and Westmoor").
_SAID_BY_PREPOSITION = frozenset({"across", "throughout"})
# After a participle with no "by", these say where from or what for, never who did it.
_BE = frozenset({"is", "are", "wa", "was", "were", "been", "be", "being"})
# How far after a participle its "by" may still name the doer ("passed to the youth justice service by X").
_BY_REACH = 9
_UNDONE_PREPOSITIONS = frozenset({"from", "to", "for", "through", "via", "under", "with", "at", "in", "on", "into"})
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


# "within three years" in a question, "within the 3 years" in the paper: one number
NUMBER_WORDS = {w: str(i) for i, w in enumerate(
    "zero one two three four five six seven eight nine ten eleven twelve".split())}


def _same(a: str, b: str) -> bool:
    """One word in two forms: stems equal, or one stem the start of the other and five letters long at least;
    or B a word papers say A's verb with (_SAID_AS: "across" for "cover")."""
    sa, sb = _stem(a), _stem(b)
    if sa == sb or b in _SAID_AS.get(sa, ()) or NUMBER_WORDS.get(a, a) == NUMBER_WORDS.get(b, b):
        return True
    short, long = sorted((sa, sb), key=len)
    return len(short) >= 5 and long.startswith(short)


def _also_said(a: str, b: str) -> bool:
    """Is B a word papers say A's verb in, though not A itself (_ALSO_SAID: "provided" for "delivers")?"""
    return b in _ALSO_SAID.get(_stem(a), ())


# A question asked in the passive: "Who is _ hosted by?", "Which body is _ scrutinised by?", "By whom is _ run?";
# its verb is the one before "by" (or the last word), wherever the name leaves it.
_PASSIVE_ASKED = re.compile(r"\b(?P<verb>[a-z]{3,}) by$|^by (?:whom|which [a-z]+|what [a-z]+) "
                            r"(?:is|was|are|were|ha|has|have|had been|will be|is being) (?:the )?(?:_ ?)+(?:[a-z]+ )*?"
                            r"(?P<last>[a-z]{3,})$")


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
        # "Who was the Cabinet Member ...": the holder of a post, a person; "Who is _ hosted by?": a doer
        person = rest[:1] in (["is"], ["was"]) and _PASSIVE_ASKED.search(free) is None
        return (frozenset({"person"}) if person else _WHO), None
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


def _heads(e: Entity, places: Callable[[str], bool] = lambda _: False) -> list[str]:
    """The kind of body the entity's name ends in ("board" of the Eastvale Safeguarding Board), if any, and the
    initials of its name without the place it starts with ("apb" of the Eastvale Area Planning Board): its own
    paper calls it "the Board" or "the APB" once it has said its full name."""
    words = normalise(e.label).split()
    last = words[-1:]
    if e.kind != "body" or not last or last[0] not in BODY_HEADS:
        return []
    out = list(last)
    at = next((i for i in range(len(words) - 2, 0, -1) if places(" ".join(words[:i]))), 0)
    kind = [w for w in words[at:] if w not in ("and", "of", "the", "for")]
    if at and len(kind) >= 3:
        out.append("".join(w[0] for w in kind))
    return out


def _initials(e: Entity) -> str | None:
    """The initials of a body's whole name, its place's among them ("nsab" of the Northamptonshire Safeguarding
    Adults Board), as its own papers write it once they have said the name; None for a name of fewer than three
    words."""
    words = [w for w in normalise(e.label).split() if w not in ("and", "of", "the", "for")]
    return "".join(w[0] for w in words) if e.kind == "body" and len(words) >= 3 else None


# The roles a sentence may make the doer of the question's verb ("the Chair represents ..."): a role's words
# straight before the verb, and the relation whose holder the role is.
_ROLE_DOERS = ((("the", "vice", "chair"), "vice_chair"), (("the", "deputy", "chair"), "vice_chair"),
               (("the", "chair"), "chairs"), (("its", "chair"), "chairs"), (("our", "chair"), "chairs"))


def _role_doing(tokens: list[str], doing: list[int]) -> str | None:
    """The relation of a role the sentence writes straight before the question's verb (at DOING), if any."""
    for i in doing:
        for words, role in _ROLE_DOERS:
            if tuple(tokens[max(0, i - len(words)) : i]) == words:
                return role
    return None


def _paper_role_holders(asker: Asker, doc: str, role: str, ctx: Context) -> list[Entity]:
    """The one person paper DOC says holds ROLE (chairs, vice_chair) of the body the paper is of (its own
    board's annual report, its minutes): "the Chair" there is that body's; none when the paper names no one
    so, or more than one (whose chair the sentence means is then unclear)."""
    holders = []
    for iri in asker.state.named_in(doc):
        e = ctx.index.get(iri)
        if e is None or e.kind != "person":
            continue
        if any(r.get("doc") == doc and (body := ctx.index.get(r.get("other") or "")) is not None
               and (paper_is_of(asker, doc, body, ctx) or _titled_by(asker, doc, body))
               for r in asker._hop(e, role, True, ctx.trace)):
            holders.append(e)
    return holders if len(holders) == 1 else []


def _titled_by(asker: Asker, doc: str, body: Entity) -> bool:
    """Does the title of paper DOC write a name of BODY of two words or more (its annual report, titled by its
    name, names its theme groups and their chairs too)?"""
    title = f" {normalise(asker.state.title(doc))} "
    return any(len(k.split()) >= 2 and f" {k} " in title for n in body.names | {body.label} if (k := normalise(n)))


def from_sentences(asker: Asker, mentions: list[Mention], free: str, ctx: Context) -> tuple[list[Answer], str] | None:
    """Answers read from the sentences of the linked names' papers (see the module's docstring), best sentence
    first; None when no sentence says so."""
    asked = wanted_kinds(free)
    if asked is None or FORMER_NAME_ASKED.search(free) or NEW_NAME_ASKED.search(free):
        # (another name of the thing asked about is read by its own route: any other name of a sentence is none)
        return None
    kinds, noun = asked
    # "which section of the Act": the section a sentence writes by its number, not the Act
    sections = kinds == _LAW and re.search(r"\b(?:which|what) (?:section|clause)\b", free) is not None
    law_kind = (re.search(r"\b(?:which|what) (act|regulation)\b", free) or [None, None])[1]
    if any(pattern.search(free) for pattern in ROLE_WORDS.values()):
        # who chairs (or chaired a meeting): the role's own route reads the papers for that, more strictly
        return None
    linked_words = frozenset(w for mm in mentions for e in mm.entities for n in e.names | {e.label}
                             for w in normalise(n).split())
    words = content_words(free, noun, linked_words, lambda text: ctx.places.place_of(text) is not None)
    # the question's verb: its first own word, straight after the form that asks ("who provides", "which body
    # can veto")
    verb = next((t for t in free.split()[:5] if t in words), None)
    if (passive := _PASSIVE_ASKED.search(free)) is not None:
        # "Which body is _ scrutinised by?": the verb stands after the name, before "by"
        verb = passive.group("verb") or passive.group("last")
        if verb not in words:
            words.append(verb)
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
    if not words and kinds == _LAW:
        # "Under which regulations does X act as the county strategy group?": the kinds of body the question
        # writes are its only words; a sentence must still share them
        words = [t for t in free.split() if t != "_" and t not in COMMON_WORDS and len(t) >= 3
                 and not any(c.isdigit() for c in t) and _NOUN_KINDS.get(t) != _LAW and t not in linked_words]
    if not words:
        return None
    # "Who delivers the advice service?": a service's provider may be held as a service itself ("the Eastvale
    # Women's Service"), a name the reading types as a programme; only for a verb of delivering
    findable = kinds | {"initiative"} if kinds == _WHO and verb is not None and _stem(verb) in _DELIVERING else kinds
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
    found: dict[str, tuple[float, Answer]] = {}
    unheld: dict[str, tuple[float, Answer]] = {}  # bodies the sentences name after "by" that the graph holds not
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
            heads = [f"the {h}" for h in _heads(e, lambda text: ctx.places.place_of(text) is not None)
                     ] if e is not None and paper_is_of(asker, doc, e, ctx) else []
            if e is not None and (head := _own_paper_head(asker, doc, e)) is not None:
                heads.append(head)
            if e is not None:
                # "the Strategic Board" of the VRU Strategic Board, in any paper that names no other body so
                heads += [f"the {short}" for short in _short_names(e) if _only_one_so(asker, short, doc)]
            date = paper_date(asker, doc)
            if not in_time([{"doc": doc, "date": date}], ctx.when):
                continue
            own_paper = kinds == _LAW and e is not None and e.kind != "legislation" and paper_is_of(asker, doc, e, ctx)
            passages = paper_passages(asker, doc)
            for at_passage, (said, written, _) in enumerate(passages):
                if doc not in naming and len(said.split()) > LONG_PASSAGE:
                    continue
                padded = f" {said} "
                unnamed = e is not None and not any(f" {n} " in padded for n in names + heads) and (
                        single is None or not single.search(written)) and not (
                        # "Under which Act does X ...": X's own paper (its terms of reference, its minutes)
                        # names X in its heading, not in the line that writes the law
                        own_paper and _laws_written(written, sections)) and not (
                        # "The Unit was set up in 2019. It is hosted by ...": "it" after a sentence that names it
                        not generic and _said_before(asker, passages, at_passage, names + heads, e, ctx))
                if unnamed and not (generic and places):
                    continue
                tokens = said.split()
                shared = sum(1.0 if any(_same(w, t) for t in tokens) else ALSO_SAID_WEIGHT
                             if any(_also_said(w, t) for t in tokens) else 0.0 for w in words)
                if shared < min(2, len(words)) and not (shared and len(words) <= 2):
                    continue
                doing = [i for i, t in enumerate(tokens)
                         if verb is not None and (_same(verb, t) or _also_said(verb, t))]
                if (e is None or unnamed) and (not doing or shared < max(PLACE_WORDS, len(words) - 1)):
                    # read by its place alone, or a sentence of a paper of the topic asked about in the place
                    # asked about that does not write the topic again ("mediation for complex cases, delivered by
                    # ..." in the place's paper on anti-social behaviour): it must say all the question says
                    continue
                if subject is None and _does_it(padded, names + heads, tokens, doing):
                    continue
                if subject is not None and not _does_it(padded, names + heads, tokens, doing):
                    continue
                if kinds == _LAW:
                    # "Under which Act ...": the law the sentence writes, where the graph holds no name of it
                    for name in _laws_written(written, sections, law_kind):
                        if f" {normalise(name)} " in question:
                            continue  # the Act the question names is no answer to which section of it
                        held = unheld.get(normalise(name))
                        if held is None or shared > held[0]:
                            ev = Evidence(doc, written[:300], date)
                            unheld[normalise(name)] = (shared, Answer(name, None, [ev], note=UNHELD_NOTE))
                # "its work is scrutinised by the Select Committee": where the sentence writes the verb as a
                # passive with "by", its doer is the name after "by", not another the sentence names
                by_agent = [i + 1 for i in doing if tokens[i + 1 : i + 2] == ["by"]]
                agent_only = subject is None and bool(by_agent)
                # "who delivers", "who hosts": the name the sentence writes after "delivered by", "hosted by"
                delivering = kinds == _WHO and noun is None and verb is not None
                # ("which body is X scrutinised by": the body the sentence names after "by", as for "who delivers")
                if agent_only and (noun in _BODY_NOUNS or delivering or (kinds == _BODY and noun is None)):
                    # "scrutinised by the Westmoor Communities Scrutiny Committee": the body the sentence names
                    # after "by", as written, for when the graph holds no name of it; "who delivers": the
                    # provider the sentence names after "delivered by" ("Lantern Talks: £4,000, delivered by KYT")
                    agents = _agents_written(written, verb or "", noun) if noun in _BODY_NOUNS else [
                        # (never a name the question gives: "the X service for the Y Team" is not by the Team)
                        n for n in _providers_written(written, verb or "")
                        if f" {normalise(n)} " not in f" {normalise(ctx.question)} "]
                    for name in agents:
                        ev = Evidence(doc, written[:300], date)
                        held = unheld.get(normalise(name))
                        if held is None or shared > held[0]:
                            unheld[normalise(name)] = (shared, Answer(name, None, [ev], note=UNHELD_NOTE))
                if subject is None and not agent_only and kinds == _WHO and (
                        role := _role_doing(tokens, doing)) is not None:
                    # "... while its Chair sits on the county forum": the doer is a role, not another
                    # name the sentence writes; the one person its paper says holds that role, or no one
                    for holder in _paper_role_holders(asker, doc, role, ctx):
                        best = found.get(holder.iri)
                        ev = Evidence(doc, written[:300], date)
                        if best is None or shared > best[0]:
                            note = f"{ROLE_SAID[role]} its paper names, who the sentence says does so"
                            found[holder.iri] = (shared, Answer(holder.label, holder.iri, [ev], note=note))
                    continue
                reached = -1  # where the last name the verb reaches ends
                reachable = _named_in(asker, said, doc, findable, named_iris, ctx)
                if subject is None and not agent_only and doing and all(
                        _doer_unsaid(tokens, i, reachable) for i in doing):
                    # "..., with support commissioned from the Trust": the verb qualifies a thing, by no one
                    # the sentence names; no other name of it is who commissioned
                    continue
                for other, at, end in sorted(reachable, key=lambda x: x[1]):
                    if subject is not None and not any(0 < at - i <= 8 for i in doing) and not (
                            # "covers Eastvale, Westmoor and Southby": a list the verb reaches goes on
                            0 <= reached <= at and all(t in ("and", "or") for t in tokens[reached:at])):
                        continue  # not what the verb reaches ("reports to the Y Board")
                    if agent_only and not any(0 < at - i <= (8 if e is not None else 2) for i in by_agent):
                        # another name of the sentence ("reports to the Board and is scrutinised by"); read by its
                        # place alone, only the name straight after "by" ("delivered by X at the Infirmary")
                        continue
                    reached = end
                    if other.kind != "area" and any(f" {n} " in question for n in _names_of(other)):
                        continue
                    label = other.label
                    best = found.get(other.iri)
                    ev = Evidence(doc, written[:300], date)
                    if best is None or shared > best[0]:
                        note = WORDS_NOTE
                        found[other.iri] = (shared, Answer(label, other.iri, [ev], note=note))
                    elif shared == best[0] and ev not in best[1].evidence:
                        best[1].evidence.append(ev)
    where = " and ".join(ctx.name(mm) for mm in anchors) or " and ".join(p.name for p in places)
    reading = f"what the papers of {where} say in the question's words (read from their sentences)"
    written_only = _the_one_best(unheld)
    if not found:
        return (written_only, reading) if written_only else None
    top = max(score for score, _ in found.values())
    if written_only and max(score for score, _ in unheld.values()) > top:
        # "mediation ..., delivered by the Eastvale Mediation CIC": the sentence that says more of the question
        # names its answer only as written; a held name of a sentence that says less is not the answer
        return written_only, reading
    # "Who holds the Chief Constable of Dyfed-Powys Police to account?": a body the question itself writes
    # (the force, inside the post asked about) is what it asks about, never its answer (a place or a topic
    # inside a name asked about may be: "which areas does the Eastvale and Westmoor CSP cover")
    asked = f" {normalise(ctx.question)} "
    answers = [a for score, a in found.values() if score == top and not (
        (e := ctx.index.get(a.iri or "")) is not None and e.kind == "body" and f" {normalise(a.label)} " in asked)]
    if not answers:
        return (written_only, reading) if written_only else None
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
        if not headed and noun in _BODY_NOUNS and any(
                f" {noun} " in f" {normalise(ev.quote or '')} " for a in answers for ev in a.evidence):
            # "scrutinised by the Westmoor County Council Communities Scrutiny Committee": the committee the
            # sentence names is no name the graph holds, and the council held inside its name is not it; the
            # committee as the sentence writes it is
            return (written_only, reading) if written_only else None
        answers = headed or answers
    if len(answers) > MAX_ANSWERS:
        # a sentence that names many things answers nothing in particular
        return None
    return answers, reading


# what a held answer read from a sentence that writes the question's words says of itself
WORDS_NOTE = "read from its paper's words (no fact in the graph says so)"
UNHELD_NOTE = "as its paper writes it: a name the graph does not hold (no fact in the graph says so)"
# Words that end a name written after "by" before the kind of body it is ("by the Board, which ...").
_NAME_BREAKS = re.compile(r"[.;:()\[\]]|\b(?:by|which|who|that|and then|with|from|to)\b", re.I)
MAX_NAME_WORDS = 12


# A law as a paper writes it: capitalised words (a bracketed part, "and", "of" between them) ending in "Act",
# "Regulations" or "Order", with its year where written ("the Harbour Wardens (Joint Patrols) Regulations
# 2011"); a section by its number ("Section 12", "s.4").
_LAW_WORD = r"(?:[A-Z][\w'\u2019-]*|\((?:[A-Z][\w'\u2019-]*|and|of|for|the|on|\s)+\))"
_LAW_WRITTEN = re.compile(rf"{_LAW_WORD}(?:,?\s+(?:(?:and|of|for|on|the|&)\s+)*{_LAW_WORD})*?\s+"
                          r"(?:Act|Regulations|Order)(?:\s+\d{4})?\b")
_SECTION_WRITTEN = re.compile(r"\b(?:[Ss]ection|s\.)\s?\d+[A-Za-z]?\b")
# words that begin a sentence or praise a law, never part of its name ("Under the landmark ... Act")
_LAW_LEADS = frozenset("under the this that a an in by through as with landmark new".split())


def _laws_written(written: str, sections: bool, kind: str | None = None) -> list[str]:
    """The laws (or, with SECTIONS, the sections of laws) a sentence writes, as written; with KIND ("act",
    "regulation"), only those of that kind (a "Quiet Hours Notice Order" is no answer to "which Act")."""
    if sections:
        return [m.group(0) for m in _SECTION_WRITTEN.finditer(written)]
    if kind in ("act", "regulation"):
        return [n for n in _laws_written(written, False) if normalise(n.rsplit(None, 1)[-1]).startswith(kind)
                or normalise(" ".join(n.split()[-2:-1])).startswith(kind)]
    out = []
    for m in _LAW_WRITTEN.finditer(" ".join(written.split())):
        words = m.group(0).split()
        while words and words[0].lower() in _LAW_LEADS:
            words = words[1:]
        if len(words) >= 2:
            out.append(" ".join(words))
    return out


_CAPITALISED = r"[A-Z][\w&'\u2019-]*"
_PROVIDER = re.compile(rf"\b(?P<verb>[A-Za-z]+) by (?:the )?"
                       rf"(?P<name>{_CAPITALISED}(?:\s+(?:{_CAPITALISED}|and|of|for|&)){{0,7}})")


# "scrutinised by the Council's Stronger Neighbourhoods Select Committee": an owner the sentence writes by
# its kind alone ("the Council's", "the Force's") is no part of the name that follows it
_KIND_OWNER = re.compile(
    r"^(?:(?:the|its|their)\s+)?(?:Council|County|City|Borough|District|Force|Constabulary|Authority|Partnership|"
    r"Board|Commissioner|PCC|Office|Service|Trust)['\u2019]s\s+(?=[A-Z])"
)


def _unowned(name: str) -> str:
    return _KIND_OWNER.sub("", name, count=1)


def _providers_written(written: str, verb: str) -> list[str]:
    """The names a sentence writes straight after "VERB by", capitalised, as written ("delivered by Kestrel Youth
    Trust;" -> "Kestrel Youth Trust"), without a trailing "and" or "of"."""
    out = []
    for m in _PROVIDER.finditer(written):
        if not _same(verb, normalise(m.group("verb"))) and not _also_said(verb, normalise(m.group("verb"))):
            continue
        words = m.group("name").split()
        while words and words[-1] in ("and", "of", "for", "&"):
            words.pop()
        if words:
            out.append(_unowned(" ".join(words)))
    return out


def _agents_written(written: str, verb: str, noun: str) -> list[str]:
    """The names a sentence writes straight after "VERB by" that end in NOUN ("reviewed by the Westmoor County
    Council Parks, Lanes and Lighting Scrutiny Committee"), as written, without "the"."""
    out = []
    for m in re.finditer(r"\b(?P<verb>[A-Za-z]+) by (?:the |a |an |its |their )?", written):
        if not _same(verb, normalise(m.group("verb"))) and not _also_said(verb, normalise(m.group("verb"))):
            continue
        rest = written[m.end() :]
        end = re.search(rf"\b{noun}s?\b", rest, re.I)
        if end is None:
            continue
        name = rest[: end.end()].strip(" ,")
        if _NAME_BREAKS.search(name) or len(name.split()) > MAX_NAME_WORDS or not name:
            continue
        out.append(_unowned(name))
    return out


# The kinds of paper a publication's name ends in, by which the paper itself says "the report", "the plan".
_PAPER_HEADS = frozenset("report plan strategy policy protocol framework agreement review assessment".split())


def _own_paper_head(asker: Asker, doc: str, e: Entity) -> str | None:
    """"the report" when paper DOC is the publication E itself: its file's name or its title writes E's whole
    name ("gloucestershire safeguarding adults board annual report"), which ends in a kind of paper. Its
    sentences then say "The report is prepared under the Care Act 2014" of E, and of no other report."""
    if e.kind != "publication":
        return None
    head = normalise(e.label).split()[-1:]
    if not head or head[0] not in _PAPER_HEADS:
        return None
    said = f" {normalise(doc.rsplit('/', 1)[-1])} {normalise(asker.state.title(doc))} "
    names = [n for n in _names_of(e) if len(n.split()) >= 3]
    return f"the {head[0]}" if any(f" {n} " in said for n in names) else None


def _only_one_so(asker: Asker, short: str, doc: str) -> bool:
    """Is one body alone, of those paper DOC names, called SHORT by the last two words of its name ("strategic
    board")? Then "the Strategic Board" in that paper is it."""
    by_short: dict[str, list[str]] = asker.memo("bodies by short name", lambda: _bodies_by_short_name(asker))
    return sum(1 for iri in by_short.get(short, []) if doc in asker.state.papers_naming(iri)) == 1


def _bodies_by_short_name(asker: Asker) -> dict[str, list[str]]:
    out: dict[str, list[str]] = {}
    for e in asker.index().entities.values():
        if e.kind == "body":
            for short in _short_names(e):
                out.setdefault(short, []).append(e.iri)
    return out


def _does_it(padded: str, names: list[str], tokens: list[str], hits: list[int]) -> bool:
    """Does the sentence make what the question names the doer of the question's own verb ("The Eastvale Team
    will provide a report to the Board, chaired by ...")? Then it says what that one does, not who does it to
    or for it, and no other name in it answers "who provides ... for the Team"."""
    for n in names:
        at = padded.find(f" {n} ")
        while at >= 0:
            end = len(padded[: at + len(n) + 1].split())  # the token after the name
            if any(0 <= i - end <= 3 and all(t in _AUXILIARIES for t in tokens[end:i]) and not _passive(tokens, end, i)
                   or i >= end and tokens[i] in _SAID_BY_PREPOSITION for i in hits):
                return True
            at = padded.find(f" {n} ", at + 1)
    return False


def _doer_unsaid(tokens: list[str], verb: int, named: list[tuple[Entity, int, int]]) -> bool:
    """Is the verb at VERB a participle that says what was done to a thing but not by whom ("support
    commissioned from the Trust", "a service funded through the grant", "the stewards were hired from"): no "by"
    after it, and no doer before it ("has led on", "who led on", a name just before it)?"""
    if not tokens[verb].endswith(("ed", "en")) or tokens[verb + 1 : verb + 2] in (["by"], []):
        return False
    if tokens[verb + 1] not in _UNDONE_PREPOSITIONS or "by" in tokens[verb + 2 : verb + _BY_REACH]:
        return False  # ("passed to the Service by the Partnership": the doer after "by", a few words on)
    start = verb
    while start > 0 and tokens[start - 1] in _AUXILIARIES | _BE:
        start -= 1
    helpers = tokens[start:verb]
    if any(t in _BE for t in helpers):
        return True  # a passive with no "by"
    if helpers or tokens[start - 1 : start] in (["who"], ["which"], ["that"]):
        return False  # "has led on", "who led on": the doer is the sentence's subject
    return not any(end == verb for _, _, end in named)


def _passive(tokens: list[str], start: int, verb: int) -> bool:
    """Is the verb at VERB passive ("was commissioned by", "is delivered"): then the name before it is what
    was done to, not the doer."""
    be = any(t in _BE for t in tokens[start:verb])
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


# "Which committee acts as Eastvale's crime and disorder committee?", "Which committee scrutinises the CSP?":
# the committee asked for is the one the council names for crime and disorder scrutiny (the reading writes the
# first as "is responsible for ... crime and disorder scrutiny": reading._designation_as_remit)
DESIGNATED_ASKED = re.compile(
    r"^(?:which|what) (?:committee|panel|commission|body|scrutiny committee)\b.*\b(?:crime and disorder committee"
    r"|crime and disorder scrutiny|scrutini[sz]e|scrutini[sz]ed|scrutini[sz]ing|scrutiny of)\b"
)
# How a paper designates one: the X Committee "acting as" (or "serving as") that committee; the X Panel that "is"
# the borough's (designated, statutory) one (normalised text: a possessive's "s" may stand alone or be gone)
_DESIGNATION = re.compile(
    r"\b(?:act(?:s|ed|ing)? as|serv(?:es|ed|ing) as|is|was|as) (?:the )?(?:(?:council|borough|county|city|"
    r"district)(?: s)? )?(?:designated |statutory )?crime and disorder (?:scrutiny )?committee\b"
)
_COMMITTEE_HEADS = frozenset({"committee", "panel", "commission", "subcommittee"})
# "Which council acts as accountable body for the CSP's grant?", "Who is the accountable body for X's funds?"
ACCOUNTABLE_ASKED = re.compile(r"^(?:which|what|who)\b.*\baccountable body\b")
# "Eastvale Council acts as accountable body", "with Eastvale Council acting as accountable body", "Eastvale
# Council is the accountable body for the Partnership's funds", "holds the allocation as accountable body"
_ACCOUNTABLE = re.compile(r"\b(?:act(?:s|ed|ing)? as|serv(?:es|ed|ing) as|is|was|as) (?:the )?accountable body\b")


@dataclass(frozen=True)
class _Designated:
    """A role a council gives one body, as papers write it: the question that asks for it, the words that
    give it in a sentence, the head nouns the body's name may end in (any body when empty), and how it is
    said."""

    asked: re.Pattern[str]
    said: re.Pattern[str]
    heads: frozenset[str]
    role: str
    # no other reading after this one finds none: a sentence that only writes the role's words beside another
    # body's name (a county grant table's line) is no answer to whose role it is
    final: bool = False


_DESIGNATED = (
    _Designated(DESIGNATED_ASKED, _DESIGNATION, _COMMITTEE_HEADS, "the crime and disorder committee"),
    _Designated(ACCOUNTABLE_ASKED, _ACCOUNTABLE, frozenset(), "the accountable body", final=True),
)


def designated_committee(asker: Asker, mentions: list[Mention], normal: str,
                         ctx: Context) -> tuple[list[Answer], str] | None:
    """"Which committee acts as Eastvale's crime and disorder committee?", "Which committee scrutinises the
    Eastvale CSP?", "Which council acts as accountable body for the CSP's grant?": the body a paper of the
    place asked about (or of the partnership named) says acts as, or is, that (see _DESIGNATED), the one named
    last before those words in that sentence; as the graph holds it, labelled as read so. None unless the
    question asks for such a body and exactly one is found (the papers of a county with two councils name one
    for each)."""
    role = next((d for d in _DESIGNATED if d.asked.match(normal)), None)
    if role is None:
        return None
    places = list(ctx.asked) + [p for mm in mentions if mm.kinds <= {"area"} for e in mm.entities
                                if (p := ctx.places.place_of(e.label)) is not None]
    bodies = [mm for mm in mentions if mm.kinds & {"body"}]
    docs: set[str] = set()
    for mm in bodies:
        docs |= {doc for e in mm.entities[:3] for doc in asker.state.papers_naming(e.iri)}
    for e in (e for mm in bodies for e in mm.entities[:3]):
        places += [p for a in [e.label] if (p := ctx.places.place_of(a)) is not None]
    if not places and not docs:
        return None
    if places:
        docs |= {doc for doc in asker.state.documents(10**6)
                 if any(ctx.places.inside(a, p) for a in asker.state.doc_areas(doc) for p in places)}
        docs = {doc for doc in docs
                if any(ctx.places.inside(a, p) for a in asker.state.doc_areas(doc) for p in places)}
    noun = (re.match(r"^(?:which|what) ([a-z]+)", normal) or [None, None])[1]
    # the areas of the bodies the question names, for a place the gazetteer does not know
    mine = {a for mm in bodies for e in mm.entities[:3] for a in e.areas}
    # (the body the question names is what the role is of, never the one given it: "the SGP's funds")
    asked = {e.iri for mm in bodies for e in mm.entities} if role.heads == frozenset() else set()
    found: dict[str, Answer] = {}
    for doc in sorted(docs):
        date = paper_date(asker, doc)
        for said, written, _ in paper_passages(asker, doc):
            m = role.said.search(said)
            if m is None:
                continue
            at = len(said[: m.start()].split())
            named = [(e, end) for e, start, end in _named_in(asker, said, doc, frozenset({"body"}), asked, ctx)
                     if end <= at + 1 and (not role.heads or role.heads & set(normalise(e.label).split()))]
            if not named:
                continue
            e = max(named, key=lambda x: x[1])[0]
            if noun == "council" and "council" not in normalise(e.label).split():
                continue  # "which council": a partnership the row names is no answer
            if e.areas and not (any(ctx.places.inside(a, p) or ctx.places.around(a, p) for a in e.areas
                                    for p in places) if places else not mine or e.areas & mine):
                # a county paper's line about another district's partnership: never another council's body
                continue
            a = found.setdefault(e.iri, Answer(e.label, e.iri, note=f"{role.role}, as its paper writes it"))
            ev = Evidence(doc, written[:300], date)
            if ev not in a.evidence:
                a.evidence.append(ev)
    of = f" of {' and '.join(ctx.name(mm) for mm in bodies)}" if bodies else ""
    if len(found) != 1:
        # (two bodies each said to be it, in the papers of the place asked: which is meant is not one answer, and
        # no later reading of the same sentences should pick one)
        return ([], f"the body the papers{of} say acts as {role.role}: none, or more than one") if (
            role.final or found) else None
    return list(found.values()), f"the body the papers{of} say acts as {role.role}"


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


# "How much did the PCC put into the fund?": the amount asked for. Not "how much of" a sum (a share of it), nor
# "by how much" (a change), nor what each of several got: a sentence's one amount says none of those.
_AMOUNT_ASKED = re.compile(r"^how much\b(?! of\b)")
_NOT_ONE_AMOUNT = re.compile(r"\bby how much\b|\beach\b|\bindividually\b|\bapiece\b|\bper\b|\bon (?:its|their) own\b"
                             r"|\balone\b|\bshare\b|\bproportion\b")
_MONEY = re.compile(r"£\s?(\d[\d,]*(?:\.\d+)?)\s*(k|m|million|thousand)?\b", re.I)
# Words of a funding question that any sentence about money shares, so that they show nothing of its own topic.
_MONEY_WORDS = frozenset(
    "much money fund funding funded grant grants allocate allocated allocation amount total budget pound pay paid"
    " give gave given receive received get got put spend spent contribute contributed provide provided".split()
)


def amount_from_sentences(asker: Asker, mentions: list[Mention], free: str,
                          ctx: Context) -> tuple[list[Answer], str] | None:
    """"How much did the Eastvale PCC approve from the Lantern Fund?", where no funding allocation answers: the
    one amount a sentence of the named parties' own papers states beside every name the question gives and its
    own words ("The Commissioner has approved £89,350 from the Lantern Fund"), labelled as read from the
    paper's words. None when the question asks for a share, a change or what each got, or no such sentence
    states exactly one amount."""
    if not _AMOUNT_ASKED.search(free) or _NOT_ONE_AMOUNT.search(free):
        return None
    named = [mm for mm in mentions if not mm.kinds <= {"area"}]
    tokens = free.split()
    # "How much Community Safety Partnership grant did ...": a name straight before "grant" or "fund" names the
    # money, not a party to it (the words a sentence must write, not a body it must name)
    parties = [mm for mm in named if mm.kinds & {"body", "post", "person"}
               and tokens[mm.end : mm.end + 1] not in (["grant"], ["fund"], ["funding"])]
    # a scheme or topic asked about need not be written by its name ("the duty" of "the Prevent duty"), but its
    # words are the question's own, which the sentence must share
    topical = [w for mm in named if mm not in parties for w in mm.text.split()
               if w not in COMMON_WORDS and w not in KIND_WORDS and len(w) >= 3]
    places = list(ctx.asked) + [p for mm in mentions if mm.kinds <= {"area"} for e in mm.entities
                                if (p := ctx.places.place_of(e.label)) is not None]
    if not named or (not parties and not places):
        return None
    linked_words = frozenset(w for mm in mentions for e in mm.entities for n in e.names | {e.label}
                             for w in normalise(n).split())
    words = [w for w in content_words(free, None, linked_words, lambda text: ctx.places.place_of(text) is not None)
             if w not in _MONEY_WORDS] + [w for w in dict.fromkeys(topical) if w not in _MONEY_WORDS]
    # the papers of every party named (so never another council's), of the places asked if any
    docs: set[str] | None = None
    for mm in parties:
        of = {doc for e in mm.entities[:3] for doc in asker.state.papers_naming(e.iri)}
        docs = of if docs is None else docs & of
    if docs is None:
        docs = {doc for mm in named for e in mm.entities[:3] for doc in asker.state.papers_naming(e.iri)}
        if places:
            # a topic is spoken of in papers that state no fact about it: those of the places asked that write
            # one of its names are read too ("... the wages of the town's street wardens")
            docs |= {doc for mm in named if mm.kinds <= {"topic"} for e in mm.entities[:3] for n in _names_of(e)
                     for doc in asker.papers_saying(n)}
    if places:
        docs = {doc for doc in docs if any(ctx.places.inside(a, p) for a in asker.state.doc_areas(doc)
                                           for p in places)}
    found: dict[str, tuple[int, Answer]] = {}
    for doc in sorted(docs):
        if too_late(asker, doc, ctx):
            continue
        date = paper_date(asker, doc)
        # the names each mention may be written by here: its own, and "the Board" or "the Commissioner" in a
        # paper of its own
        written_as = []
        for mm in parties:
            forms = [n for e in mm.entities[:3] for n in _names_of(e)]
            forms += [f"the {h}" for e in mm.entities[:3] if paper_is_of(asker, doc, e, ctx) for h in _heads(e)]
            # a post by its title without its place ("the Commissioner", "Police and Crime Commissioner Ann Fox")
            forms += [form for e in mm.entities[:3] if e.kind == "post" for form in _untitled(e, ctx)]
            # "the Council" in a paper of the council's own place is that council
            forms += ["the council" for e in mm.entities[:3] if _council_of(e, asker.state.doc_areas(doc))]
            written_as.append(forms)
        every_form = [f for forms in written_as for f in forms]
        passages = paper_passages(asker, doc)
        for at, (said, written, _) in enumerate(passages):
            padded = f" {said} "
            if not all(any(f" {n} " in padded for n in forms) for forms in written_as):
                continue
            tokens = said.split()
            shared = sum(1 for w in words if any(_same(w, t) for t in tokens))
            if words and shared < min(2, len(words)):
                continue
            if ctx.when is not None and not _in_time_said(_with_table_period(passages, at), date, ctx):
                continue
            text = _the_amount(written, every_form, words)
            if text is not None and ctx.when is not None and not _amount_of_time(
                    written, text, ctx, _table_header(passages, at)):
                continue
            # (the place asked about is no other receiver: "... from the Combined Authority to Eastvale")
            if text is None or _paid_to_another(written, text, every_form + [n for p in places for n in p.names]):
                continue
            money = _MONEY.search(text)
            value = amount_of(money) if money is not None else None
            if value is None:
                continue
            # (one amount however written: "£1million" and "£1 million" are one answer, said as the graph says
            # amounts)
            key = pounds(value)
            ev = Evidence(doc, written[:300], date)
            best = found.get(key)
            if best is None or shared > best[0]:
                found[key] = (shared, Answer(key, None, [ev], note="read from its paper's words (no funding "
                                                                    "allocation in the graph says so)"))
    answers = _the_one_best(found)
    if answers is None:
        return None
    where = " and ".join(ctx.name(mm) for mm in named)
    return answers, f"the amount the papers of {where} state in the question's words (read from their sentences)"


def _council_of(e: Entity, areas: frozenset[str]) -> bool:
    """Is E a council of one of AREAS (a paper of that place calls it "the Council")?"""
    return e.kind == "body" and normalise(e.label).endswith(" council") and bool(e.areas & areas)


def _the_one_best(found: dict[str, tuple[int, Answer]]) -> list[Answer] | None:
    """The one answer of the best-scored sentences; None when there is none, or when two sentences that score
    alike give two values (the papers do not say one)."""
    if not found:
        return None
    top = max(score for score, _ in found.values())
    answers = [a for score, a in found.values() if score == top]
    return answers if len(answers) == 1 else None


# How far back a table row's period is looked for: the rows above it and the header and lead-in before them.
_TABLE_ROWS_BACK = 30
# a year or financial year as a normalised sentence writes it ("2024", "2024 25"): its year and its end, if any
# (_PERIOD_RAW below reads the same in raw text, where the offsets matter)
_PERIOD_WRITTEN = re.compile(r"\b(20\d\d)(?: (\d\d(?:\d\d)?))?\b")


def _with_table_period(passages: list[tuple[str, str, int]], at: int) -> str:
    """Passage AT (normalised), with the period its table's header writes when it is a row of a table that
    writes none itself ("Eastvale CSP   £41,000" under "Grant 2024/25"): the row's amount is of the column's
    year, not of its paper's date."""
    said, written, _ = passages[at]
    header = _table_header(passages, at)
    if header is None:
        return said
    return f"{said} {' '.join(m.group(0) for m in _PERIOD_WRITTEN.finditer(normalise(header)))}"


def _table_header(passages: list[tuple[str, str, int]], at: int) -> str | None:
    """The nearest line above passage AT (a row of a table that writes no period itself) that writes a
    period, as written: the table's header or its lead-in. None when AT is no such row."""
    said, written, _ = passages[at]
    if _PERIOD_WRITTEN.search(said) or not _table_row(written):
        return None
    for before, written_before, _ in reversed(passages[max(0, at - _TABLE_ROWS_BACK) : at]):
        if _PERIOD_WRITTEN.search(before):
            return written_before
        if not _table_row(written_before):
            break  # a line of prose that writes no period: the table's own lines, and its lead-in, are over
    return None


def _table_row(written: str) -> bool:
    """Is the line a table's row: cells set apart by a run of spaces or a tab, or between pipes, or the rule
    drawn under its header ("-----+------")?"""
    return bool(COLUMN_GAP.search(written)) or written.count("|") >= 2 or bool(_TABLE_RULE.fullmatch(written.strip()))


# the line a table draws under its header: dashes or equals signs, with "+" or "|" where its columns meet
_TABLE_RULE = re.compile(r"[-=]{3,}(?:[-=+| :]*[-=])?")


def _in_time_said(said: str, date: str | None, ctx: Context) -> bool:
    """Is the sentence of the asked time: by a year or financial year it writes, else by its paper's date?"""
    assert ctx.when is not None
    periods = _PERIOD_WRITTEN.findall(said)
    if periods:
        return any(_period_asked(y, n, ctx) for y, n in periods)
    return bool(in_time([{"doc": "", "date": date}], ctx.when))


def _period_asked(year: str, end: str, ctx: Context) -> bool:
    # (a financial year written is that year, not the calendar year it starts in: "2024/25" is not 2023/24,
    # whose months run into 2024)
    assert ctx.when is not None
    return (ctx.when.matches(None, f"{year}/{end[-2:]}") if end else
            ctx.when.matches(None, year) or ctx.when.matches(f"{year}-01-01"))


# a year or financial year as papers write it: "2024", "2024/25", "2024-25", "2024 to 2025"
_PERIOD_RAW = re.compile(r"\b(20\d\d)(?:\s*(?:/|-|\u2013|to)\s*((?:20)?\d\d))?\b")


def _amount_of_time(written: str, amount: str, ctx: Context, header: str | None = None) -> bool:
    """Is AMOUNT, where more than one period is written, the asked period's? In a sentence its period is the
    one written nearest before it ("for 2024-25 is £512,400, up on 2023-24"), else the nearest after it
    ("£41,000 in 2024/25"); in a table's row that writes none, the period of the HEADER's column it stands
    under ("2023-24   2024-25" over "-   £512,400"). One period was judged by _in_time_said."""
    at = written.find(amount)
    periods = _periods(written)
    if not periods and header is not None:
        columns = _periods(header)
        if not _several(columns):
            return True
        if "|" in written and "|" in header:
            # cells between pipes: the header's cell of the same place in its row
            cell = written[:at].count("|")
            heads = header.split("|")
            return any(_period_asked(y, e, ctx) for _, y, e in (_periods(heads[cell]) if cell < len(heads) else []))
        # (both lines as the paper sets them out, stripped alike: a column is a distance from the line's start)
        at += len(amount) // 2
        _, year, end = min(columns, key=lambda p: abs(p[0] - at))
        return _period_asked(year, end, ctx)
    if not _several(periods):
        return True
    if at < 0:
        return False
    before = [p for p in periods if p[0] < at]
    _, year, end = before[-1] if before else min(periods, key=lambda p: p[0] - at)
    return _period_asked(year, end, ctx)


def _several(periods: list[tuple[int, str, str]]) -> bool:
    """Do PERIODS name more than one year ("2024/25" and "2024-25" are one)?"""
    return len({(y, e[-2:]) for _, y, e in periods}) > 1


def _periods(text: str) -> list[tuple[int, str, str]]:
    """The periods TEXT writes: (offset of the period's middle, year, end year as written or "")."""
    return [((m.start() + m.end()) // 2, m.group(1), m.group(2) or "") for m in _PERIOD_RAW.finditer(text)]


def _untitled(e: Entity, ctx: Context) -> list[str]:
    """A post's title without the place its name starts with, and "the" and its last word ("police and crime
    commissioner", "the commissioner" of the Eastvale Police and Crime Commissioner)."""
    words = normalise(e.label).split()
    at = next((i for i in range(len(words) - 1, 0, -1) if ctx.places.place_of(" ".join(words[:i])) is not None), 0)
    out = [f"the {words[-1]}"] if words else []
    if at and len(words) - at >= 2:
        out.append(" ".join(words[at:]))
    return out


# "£74,000 from the Fund to the five applicants": the receiver the sentence writes straight after an amount
_TO_WHOM = re.compile(r"\s*(?:[\w/().,-]+\s+){0,6}?to\s+(?P<who>[^,;:.]{3,80})")


# After "to", words that say what the money is for, not who got it: a verb ("£4,100 to launch the scheme") or
# what it pays for ("£900 to the wages of the wardens", "to the running costs")
_NO_RECEIVER = re.compile(r"(?:introduce|get|help|support|fund|cover|deliver|run|extend|pay|meet|set|start|provide|"
                          r"continue|employ|recruit|buy|develop|establish|enable|ensure|tackle|reduce|improve|expand|"
                          r"maintain|keep|make|carry|match|mainstream|commission|create|launch|hire|bring|strengthen|"
                          r"increase|sustain|respond|address|prevent|allow|offset|top)\b"
                          r"|the (?:pay|cost|costs|salary|salaries|running|price|bill|wages?)\b")


def _paid_to_another(written: str, amount: str, names: list[str]) -> bool:
    """The sentence gives AMOUNT to a receiver it names straight after it ("awards £74,010 ... to the five
    applicants") that is none of the question's names: the amount is someone else's, though the sentence names
    the question's parties elsewhere ("... and notes the grants already paid to the partnerships")."""
    at = written.find(amount)
    if at < 0:
        return False
    to = _TO_WHOM.match(written, at + len(amount))
    if to is None or _NO_RECEIVER.match(to.group("who")):
        return False
    who = f" {normalise(to.group('who'))} "
    return not any(f" {normalise(n)} " in who for n in names)


def _the_amount(written: str, names: list[str], words: list[str]) -> str | None:
    """The one amount of a sentence that the question asks about: its only amount; or, of several ("funds the
    Navigator (£41,000) and the Diversion Scheme (£29,500)"), the one nearest a word the question shares, when
    no other is as near and no other amount stands between them. None when that is not one amount."""
    tokens = [t for t in re.split(r"\s+", written) if t]
    at = [i for i, t in enumerate(tokens) if _MONEY.search(t) or (t == "£" and i + 1 < len(tokens))]
    if not at:
        return None
    if len({_MONEY.search(" ".join(tokens[i : i + 2])).group(0) for i in at}) == 1:  # type: ignore[union-attr]
        return _MONEY.search(" ".join(tokens[at[0] : at[0] + 2])).group(0).strip()  # type: ignore[union-attr]
    if len(at) > 3 or "\t" in written or "|" in written:
        # a table's rows run together in one passage, or a list of many sums: which amount is whose, only
        # the table's layout says
        return None
    if any(all(t.lower() in ("or", "to", "and", "-", "\u2013") for t in tokens[i + 1 : j])
           for i, j in zip(at, at[1:], strict=False)):
        return None  # "£5,000 or £7,500", "£5,000 to £7,500": a choice or a range, not one amount
    said = [normalise(t) for t in tokens]
    if (party := _after_party(said, at, names)) is not None:
        return _MONEY.search(" ".join(tokens[party : party + 2])).group(0).strip()  # type: ignore[union-attr]
    anchors = [i for i, t in enumerate(said) if t and any(_same(w, t.split()[0]) for w in words if len(w) >= 4)]
    if not anchors:
        return None
    best: list[tuple[float, int]] = []
    for i in at:
        near = []
        for a in anchors:
            if a < i and not any(a < j < i for j in at):
                near.append(i - a - 1)  # the word, then the amount ("the Scheme (£29,500")
            elif a > i and not any(i < j < a for j in at):
                near.append(a - i - 0.5)  # the amount, then what it is for ("£68,000 for the Firebreak")
        if near:
            best.append((min(near), i))
    best.sort()
    if not best or len(best) > 1 and best[1][0] - best[0][0] < 1 or best[0][0] > 6:
        return None
    i = best[0][1]
    return _MONEY.search(" ".join(tokens[i : i + 2])).group(0).strip()  # type: ignore[union-attr]


def _after_party(said: list[str], at: list[int], names: list[str]) -> int | None:
    """"The PCC gave £7,000 of the bill, and the Trust paid the remaining £2,300": the sentence's
    amounts, each closing the words since the one before it; the amount after the first whose words alone name
    one of the question's parties (NAMES, normalised) is that party's. None when the party is named first, in
    no such words or in two (the giver before its first amount may be giving every amount after it)."""
    spans = [(0 if k == 0 else at[k - 1] + 1, i) for k, i in enumerate(at)]
    spans.append((at[-1] + 1, len(said)))
    holding = [k for k, (a, b) in enumerate(spans)
               if any(f" {n} " in f" {' '.join(t for t in said[a:b] if t)} " for n in names if n)]
    if len(holding) != 1 or holding[0] in (0, len(at)):
        return None
    return at[holding[0]]


_WHEN_ASKED = re.compile(r"^(?:when|in (?:what|which) year|what year|on (?:what|which) (?:day|date)|what date)\b")
_YEAR_ASKED = re.compile(r"\byear\b")
# A date a sentence writes: "28 July 2009", "April 2011", "in 2015" (a year alone, not one of a span "2020-2023"
# or a financial year "2022/25", which name a period).
_DATE_SAID = re.compile(
    r"\b(?:(?P<day>\d{1,2}) )?(?P<month>January|February|March|April|May|June|July|August|September|October|"
    r"November|December) (?P<year>(?:19|20)\d\d)\b"
    # (nor the year of an Act's name, "the Crime and Disorder Act 1998")
    r"|(?<![\d/\u2013-])(?<!Act )\b(?P<bare>(?:19|20)\d\d)\b(?![\u2013/-]\d)"
)


def _its_own_council(asker: Asker, doc: str, e: Entity) -> bool:
    """Is E a council, and DOC a paper of its area alone? Then "the Council" there is E ("In 2015 the Council
    adopted a new policy"): a county's paper that names a district council calls the county so."""
    return (e.kind == "body" and normalise(e.label).split()[-1:] == ["council"] and bool(e.areas)
            and asker.state.doc_areas(doc) == frozenset(e.areas))


def date_from_sentences(asker: Asker, mentions: list[Mention], free: str,
                        ctx: Context) -> tuple[list[Answer], str] | None:
    """"When was the Eastvale Partnership formed?", where no fact gives a date: the one date a sentence of the
    named bodies' own papers writes beside a linked name and the question's own words ("The Partnership was
    formed in April 2011"), as written (the year alone when the year is asked). None when no sentence says
    so, or the best sentences give two dates."""
    if not _WHEN_ASKED.search(free):
        return None
    named = [mm for mm in mentions if not mm.kinds <= {"area", "topic", "legislation"}]
    if not named:
        return None
    linked_words = frozenset(w for mm in mentions for e in mm.entities for n in e.names | {e.label}
                             for w in normalise(n).split())
    words = content_words(free, None, linked_words, lambda text: ctx.places.place_of(text) is not None)
    words = [w for w in words if w not in ("year", "day", "date")]
    if not words:
        return None
    docs: set[str] | None = None
    # the papers of every body, post and person named (a paper or programme named beside them may be written in
    # their paper by its name without any fact stating it there: "the council's first Night Safety Charter")
    parties = [mm for mm in named if mm.kinds & {"body", "post", "person"}] or named
    for mm in parties:
        of = {doc for e in mm.entities[:3] for doc in asker.state.papers_naming(e.iri)}
        docs = of if docs is None else docs & of
    found: dict[str, tuple[int, Answer]] = {}
    for doc in sorted(docs or ()):
        if not _in_asked_places(asker, doc, ctx):
            continue
        forms = [f" {n} " for mm in named for e in mm.entities[:3] for n in _names_of(e)]
        forms += [f" the {h} " for mm in named for e in mm.entities[:3] if paper_is_of(asker, doc, e, ctx)
                  for h in _heads(e, lambda text: ctx.places.place_of(text) is not None)]
        forms += [" the council " for mm in named for e in mm.entities[:3] if _its_own_council(asker, doc, e)]
        # "a review of NSAB governance": its own paper writes it by the initials of its whole name
        forms += [f" {i} " for mm in named for e in mm.entities[:3] if (i := _initials(e)) is not None
                  and paper_is_of(asker, doc, e, ctx)]
        for said, written, _ in paper_passages(asker, doc):
            if not any(f in f" {said} " for f in forms):
                continue
            tokens = said.split()
            shared = sum(1 for w in words if any(_same(w, t) for t in tokens))
            if shared < min(2, len(words)):
                continue
            # the dates the sentence writes, but not those inside a linked name ("the 2020-2023 Agreement")
            names_said = " ".join(n for mm in mentions for e in mm.entities for n in e.names | {e.label})
            dates = [m for m in _DATE_SAID.finditer(written) if m.group(0) not in names_said]
            if len({m.group(0) for m in dates}) != 1:
                continue
            m = dates[0]
            label = (m.group("year") or m.group("bare")) if _YEAR_ASKED.search(free) else m.group(0)
            best = found.get(label)
            if best is None or shared > best[0]:
                found[label] = (shared, Answer(label, None, [Evidence(doc, written[:300], paper_date(asker, doc))],
                                               note=WORDS_NOTE))
    answers = _the_one_best(found)
    if answers is None:
        return None
    where = " and ".join(ctx.name(mm) for mm in named)
    return answers, f"when, as the papers of {where} write it in the question's words (read from their sentences)"


# How often, as papers write it; the same words as the graph's frequency facts are read with, bar "annual"
_FREQUENCY_SAID = re.compile(rf"\b(?:{FREQUENCY_WORDS})\b", re.I)
# The verbs of meeting and of reporting, by their stem.
_MEETING_STEMS = frozenset({"meet", "meets", "met", "meeting"})
_REPORTING_STEMS = frozenset({"report", "updat", "update", "brief", "briefing"})
# A field of a body's own page or terms of reference that says when it meets ("Meets:   Every two months").
_FIELD = re.compile(r"(?:^|\s)(?:Meets|Meetings|Meeting frequency|Frequency(?: of meetings)?)\s*:\s*", re.I)
# At most this many words between the verb and the frequency ("meets in the Town Hall every two months").
_FREQUENCY_NEAR = 8


# A sentence that speaks of a body named before it: "It meets four times a year", "This group meets every quarter".
_REFERS_BACK = re.compile(r"^(?:it|this (?:group|board|body|partnership|panel|committee|forum|team)|"
                          r"the (?:group|board|partnership|panel|committee|forum))\b")


def _said_before(asker: Asker, passages: list[tuple[str, str, int]], i: int, forms: list[str], e: Entity,
                 ctx: Context) -> bool:
    """Does passage I begin with "it" or "this group", and the last passage before it in its paragraph that
    names a body name E? ("The Executive is made up of ... This group deals with ... It meets four times a
    year.") A body named between them, in a passage that is not about "it" too, is the one spoken of."""
    from .roles import _bodies_in

    if _REFERS_BACK.match(passages[i][0]) is None:
        return False
    for j in range(i - 1, -1, -1):
        said, _, para = passages[j]
        if para != passages[i][2]:
            return False
        if _REFERS_BACK.match(said) is not None:
            # a sentence that speaks of the same body again ("This group deals with ... the full EVSAB") says
            # nothing of which body: the one before it does
            continue
        if _bodies_in(asker, said.split(), ctx) or any(f" {n} " in f" {said} " for n in forms):
            # the first body it names is what it speaks of
            return _speaks_of(asker, said, forms, e, ctx)
    return False


def _speaks_of(asker: Asker, said: str, forms: list[str], e: Entity, ctx: Context) -> bool:
    """Does the sentence SAID speak of E: write one of its FORMS, with E the first body it names, if it names
    any? ("The EVSAB Executive is made up of ... the EVSAB" speaks of the Executive, not the Board.)"""
    from .roles import _bodies_in

    padded = f" {said} "
    at = min((len(padded[: padded.find(f" {n} ") + 1].split()) for n in forms if f" {n} " in padded), default=None)
    if at is None:
        return False
    # the bodies named before it or around it ("the EVSAB" inside "the EVSAB Executive"): the first is E, or E's
    # name with the last word of its own name again ("the EVSAB Board" of the EVSAB, a board), which the graph
    # may hold apart
    tokens = said.split()
    bodies = [b for b in _bodies_in(asker, tokens, ctx) if b[0] <= at]
    if not bodies:
        return True
    first = min(bodies, key=lambda b: b[0])
    head = normalise(e.label).split()[-1:]
    return e.iri in first[2] or (bool(head) and tokens[first[1] - 1 : first[1]] == head and any(
        " ".join(tokens[first[0] : first[1] - 1]) == n for n in forms))


def frequency_from_sentences(asker: Asker, body: Mention, reporting: bool, ctx: Context,
                             reported_to: bool = False) -> list[Answer]:
    """"How often does the Eastvale Board meet?" where no fact says: the frequency a sentence of BODY's own
    papers writes beside the verb of meeting (or of reporting), in a sentence about BODY: one that names it,
    calls it "the Board" in its own paper, says "it" or "this group" after a sentence naming it, or a field of its
    own paper ("Meets: every two months"). The frequency nearest the verb; [] when no sentence says so, or the
    papers give two. REPORTED_TO: the question asks how often another reports to BODY ("reports to the Board
    every quarter, and to the Partnership twice a year"): the frequency written straight after BODY's name."""
    stems = _REPORTING_STEMS if reporting else _MEETING_STEMS
    found: dict[str, Answer] = {}
    for e in body.entities[:3]:
        names = _names_of(e)
        for doc in asker.state.papers_naming(e.iri):
            if too_late(asker, doc, ctx) or not _in_asked_places(asker, doc, ctx):
                continue
            own = paper_is_of(asker, doc, e, ctx)
            forms = names + ([f"the {h}" for h in _heads(e, lambda text: ctx.places.place_of(text) is not None)]
                             if own else [])
            # "The Steering Group meets every two months": its own paper, or one naming no other body so, calls
            # it by the last two words of its name
            forms += [f"the {short}" for short in _short_names(e) if own or _only_one_so(asker, short, doc)]
            passages = paper_passages(asker, doc)
            for i, (said, written, _) in enumerate(passages):
                tokens = said.split()
                verbs = [j for j, t in enumerate(tokens) if t in stems or _stem(t) in stems]
                if not verbs:
                    continue
                padded = f" {said} "
                field = _FIELD.search(written) if own and not reporting else None
                about = _speaks_of(asker, said, forms, e, ctx) or field is not None or (
                    _said_before(asker, passages, i, forms, e, ctx))
                if not about:
                    continue
                near = []
                # where BODY's name ends in the sentence, for a frequency said of reports made to it
                ends = [len(padded[: k + len(n) + 1].split()) for n in forms for k in _finds(padded, f" {n} ")
                        ] if reported_to else []
                for m in _FREQUENCY_SAID.finditer(written):
                    if field is not None and not any(f" {n} " in padded for n in forms):
                        # a field of its own paper ("Meets: every two months"): the frequency written in it
                        near += [(0, m.group(0).lower())] if 0 <= m.start() - field.end() <= 3 else []
                        continue
                    at = len(normalise(written[: m.start()]).split())
                    after = [at - end for end in ends if 0 <= at - end <= 2]
                    gap = min(after) - _FREQUENCY_NEAR if after else min(abs(at - j) for j in verbs)
                    if gap <= _FREQUENCY_NEAR:
                        near.append((gap, m.group(0).lower()))
                if not near:
                    continue
                label = min(near)[1]
                a = found.setdefault(label, Answer(label, None, note="as its papers write it (no fact in the graph "
                                                                      "says so)"))
                # (a field is quoted from its label: the fields before it on the page say other things)
                quote = written[field.start() :] if field is not None and not any(
                    f" {n} " in padded for n in forms) else written
                ev = Evidence(doc, quote.strip()[:300], paper_date(asker, doc))
                a.cite(ev)
    return list(found.values()) if 0 < len(found) <= 2 else []


def _finds(text: str, part: str) -> list[int]:
    """Where PART starts in TEXT, each time."""
    return [m.start() for m in re.finditer(re.escape(part), text)]


# A name as a paper writes it: capitalised words, with the small words a name keeps between them.
_NAME_SAID = r"[A-Z][\w'\u2019&-]*(?:\s+(?:(?:of|and|for|the|in|on|&)\s+)*[A-Z][\w'\u2019&-]*)*"
# "the Eastvale Safer Partnership (formerly the Eastvale Crime Reduction Partnership)": the name before.
_FORMERLY_SAID = re.compile(r"\b(?:formerly|previously|originally)(?: known as| called| named)?,?\s+(?:the\s+)?"
                            rf"[\"\u201c\u2018']?(?P<name>{_NAME_SAID})")
# "From 2030 these visits are known as Eastvale Welfare Checks", "renamed the Eastvale Forum".
_NOW_SAID = re.compile(r"\b(?:(?:is|are) now (?:known as|called|named)|(?:are|is) (?:to be )?known as|"
                       r"(?:was|were|has been|have been|be|been) (?:re-?named|rebranded)(?: as| to)?|now called)"
                       rf"\s+(?:the\s+)?[\"\u201c\u2018']?(?P<name>{_NAME_SAID})")
# Whether a question asks for the name before or the name now.
FORMER_NAME_ASKED = re.compile(r"\b(?:formerly|previously|originally|used? to be|once) (?:called|known|named)\b|"
                               r"\b(?:former|old|previous|earlier|original) name\b|\b(?:called|named) before\b")
NEW_NAME_ASKED = re.compile(r"\bnow (?:called|known|named)\b|\b(?:new|current) name\b|\bcalled now\b|"
                            r"\bknown as now\b|\brenamed (?:as|to)?\s*$|"
                            r"\bwhat (?:wa|was|were|is|are) _ (?:_ )*renamed\b")


# "Which body did the Eastvale Board replace?", "What will the plan replace?": what the named thing took the place
# of; "What replaced the Eastvale Forum?": what took its place.
REPLACED_ASKED = re.compile(r"\b(?:did|does|do|will|would|is|was|has|had) (?:the )?(?:_ )+(?:to )?replace\b")
REPLACEMENT_ASKED = re.compile(r"^(?:which|what) (?:[a-z]+ )?(?:has |have |had |will )?(?:replaced|replaces|superseded|"
                               r"supersedes|took the place of|takes the place of) (?:the )?_")
_REPLACING = (r"(?:(?:(?:has|have|had) )?(?:replaced|superseded)|replaces|replacing|(?:will|would|is to|to) replace|"
              r"supersedes|(?:takes|took|will take|would take) the place of)")
# "The Eastvale Board replaces the former Eastvale Offender Group": the name after the verb (never "replaced by").
_REPLACES_SAID = re.compile(rf"\b{_REPLACING}\s+(?!by\b)(?:the\s+)?(?:former\s+|previous\s+|old\s+|existing\s+)?"
                            rf"(?P<name>{_NAME_SAID})")
# "the Eastvale Strategic Group (which has replaced the Eastvale Forum)": the name before the verb.
_REPLACED_BY_SAID = re.compile(rf"(?P<name>{_NAME_SAID})\s*[(,]?\s*(?:which|that)?\s*{_REPLACING}\s+(?!by\b)"
                               r"(?:the\s+)?(?:former\s+|previous\s+|old\s+|existing\s+)?")


def _in_asked_places(asker: Asker, doc: str, ctx: Context) -> bool:
    """DOC is filed under a place the question asks about, or the question asks about none."""
    return not ctx.asked or any(ctx.places.inside(a, p) for a in asker.state.doc_areas(doc) for p in ctx.asked)


def _named_papers(asker: Asker, mention: Mention, ctx: Context) -> Iterator[tuple[list[str], set[str], str]]:
    """(the forms a sentence may name it by, its own names normalised, a paper) for each of the first three
    entities MENTION links and each paper naming it that is filed under a place the question asks about."""
    for e in mention.entities[:3]:
        names = _names_of(e)
        own = {normalise(n) for n in e.names | {e.label}}
        for doc in asker.state.papers_naming(e.iri):
            if _in_asked_places(asker, doc, ctx):
                yield names, own, doc


def _other_name(asker: Asker, found: dict[str, Answer], other: str, own: set[str], doc: str, written: str) -> None:
    """OTHER, a name a sentence WRITTEN of paper DOC gives the named thing, among FOUND with the sentence as its
    evidence; not one of the thing's OWN names, nor one word unless it is an acronym."""
    if normalise(other) in own or len(other.split()) < 2 and not other.isupper():
        return
    a = found.setdefault(normalise(other), Answer(other, None, note="as its papers write it (no fact in the graph "
                                                                    "says so)"))
    a.cite(Evidence(doc, written.strip()[:300], paper_date(asker, doc)))


def replaced_from_sentences(asker: Asker, mention: Mention, free: str,
                            ctx: Context) -> tuple[list[Answer], str] | None:
    """"Which body did the Eastvale Board replace?" (or "What replaced the Eastvale Forum?"), where no fact says:
    the name a sentence of the named thing's papers writes after "replaces" with the named thing before it (or
    before "which has replaced" with the named thing after it), as written. None when the question asks neither
    or no sentence says so; nothing when the sentences give more than two names."""
    replaced = REPLACED_ASKED.search(free) is not None
    if not replaced and REPLACEMENT_ASKED.search(free) is None:
        return None
    said = _REPLACES_SAID if replaced else _REPLACED_BY_SAID
    found: dict[str, Answer] = {}
    for names, own, doc in _named_papers(asker, mention, ctx):
        for text, written, _ in paper_passages(asker, doc):
            if not any(f" {n} " in f" {text} " for n in names):
                continue
            for m in said.finditer(written):
                # the named thing is the one that replaces (before the verb) or the one replaced (after it)
                side = normalise(written[: m.start()]) if replaced else normalise(written[m.end() :])
                if not any((f" {n} " in f" {side} ") if replaced else f" {side} ".startswith(f" {n} ")
                           for n in names):
                    continue
                if re.search(r"[A-Z][\w'\u2019]*,\s*$", written[: m.start("name")]):
                    # "the Eastvale Children, Young People and Families Group": only the end of a name
                    continue
                _other_name(asker, found, m.group("name").strip(), own, doc, written)
    if not found or len(found) > 2:
        return None
    what = "replaced" if replaced else "was replaced by"
    return list(found.values()), f"what {ctx.name(mention)} {what}, as its papers write it"


def renamed_from_sentences(asker: Asker, mention: Mention, free: str, ctx: Context) -> tuple[list[Answer], str] | None:
    """"What was the Eastvale Safer Partnership formerly called?", "What are Domestic Homicide Reviews now
    called?", where no fact gives the other name: the name a sentence of the named thing's papers writes after
    "formerly" (or "now known as", "renamed"), in a sentence that names it or, for "these reviews" and "it",
    straight after one that does. As written; None when the question asks neither or no sentence says so."""
    former = FORMER_NAME_ASKED.search(free) is not None
    if not former and NEW_NAME_ASKED.search(free) is None:
        return None
    said = _FORMERLY_SAID if former else _NOW_SAID
    found: dict[str, Answer] = {}
    for names, own, doc in _named_papers(asker, mention, ctx):
        passages = paper_passages(asker, doc)
        for i, (text, written, para) in enumerate(passages):
            padded = f" {text} "
            named_here = [n for n in names if f" {n} " in padded]
            # "these reviews", "it", "they": the thing the sentence before (in its paragraph) names
            before = i > 0 and passages[i - 1][2] == para and any(
                f" {n} " in f" {passages[i - 1][0]} " for n in names) and re.search(
                r"\b(?:these|this|it|they|the) \w*\s*(?:is|are|was|were|has|have)\b|\b(?:it|they) ", text)
            if not named_here and not before:
                continue
            for m in said.finditer(written):
                _other_name(asker, found, m.group("name").strip(), own, doc, written)
    if not found or len(found) > 2:
        return None
    what = "was formerly called" if former else "is now called"
    return list(found.values()), f"what {ctx.name(mention)} {what}, as its papers write it"


# "Under which Act is X made?", "which regulations ...": a question for a law
LAW_ASKED = re.compile(r"\b(?:which|what) (?:act|law|legislation|regulations?|statute|section)\b", re.I)
# the words of a question that are no part of the name it asks about
_LAW_QUESTION_WORDS = frozenset("under which what act acts law legislation regulation regulations statute section is "
                                "was are were does did the of by".split())
MAX_LAW_PAPERS = 5


def law_for_unheld_name(asker: Asker, question: str, places: Places) -> tuple[list[Answer], str] | None:
    """"Under which Act is the Marrowgate QHN made?" where the graph holds no "Marrowgate QHN": the one law
    that the sentences writing every capitalised word of the name write beside it ("a Quiet Hours Notice (QHN)
    under ... Act 2019 for Marrowgate market square"). None where the question asks for no law, names a place
    the graph does not hold (that refusal stands), or its words are in many papers or beside several laws."""
    if not LAW_ASKED.search(question):
        return None
    normal = normalise(question)
    if any(not p.held for p in places.scan(normal)):
        return None
    sections = re.search(r"\b(?:which|what) (?:section|clause)\b", normal) is not None
    kind = (re.search(r"\b(?:which|what) (act|regulation)\b", normal) or [None, None])[1]
    written = [w for w in re.findall(r"\b[A-Z][\w'\u2019-]*", question)[1:]
               if (n := normalise(w)) and n not in _LAW_QUESTION_WORDS and len(n) >= 3]
    words = list(dict.fromkeys(normalise(w) for w in written))
    if not words:
        return None
    papers = frozenset.intersection(*(asker.papers_saying(w) for w in words))
    if not papers or len(papers) > MAX_LAW_PAPERS:
        return None
    found: dict[str, tuple[int, Answer]] = {}
    for doc in sorted(papers):
        date = paper_date(asker, doc)
        for said, written, _ in paper_passages(asker, doc):
            tokens = set(said.split())
            if not all(set(w.split()) <= tokens for w in words):
                continue
            for name in _laws_written(written, sections, kind):
                if f" {normalise(name)} " in f" {normal} ":
                    continue  # the Act the question names is no answer to which section of it
                ev = Evidence(doc, written[:300], date)
                held = found.get(normalise(name))
                if held is None:
                    found[normalise(name)] = (1, Answer(name, None, [ev], note=UNHELD_NOTE))
                elif ev not in held[1].evidence:
                    held[1].evidence.append(ev)
    answers = _the_one_best(found)
    if not answers:
        return None
    return answers, (f"the law the papers that write \u201c{' '.join(written)}\u201d name beside those words (read "
                     "from their sentences: the graph holds no fact of it)")
