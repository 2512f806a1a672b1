"""Reading a question before answering it: the date it asks about, the places it restricts to, the names it
links, and whether every name in it is known.

A name, place or body type that the graph does not hold stops the reading: the answer is "the graph holds
nothing about Rutland", with what the graph does hold nearby offered as suggestions, never as answers.
Dropping the unknown word and answering the rest is how another council's facts end up in an answer.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass, field, replace
from decimal import Decimal

from .funding import AMOUNT, amount_of
from .lexicon import COMMON_WORDS, DAYS, GOVERNING_BOARD_WORDS, KIND_WORDS, MONTHS, TITLES, normalise, phrases
from .linking import OPTIONAL_WORDS, Entity, EntityIndex, Mention, edits
from .naming import LOCAL_KINDS, area_label, area_names, distinct, national, own_areas
from .places import Place, PlaceMention, Places
from .temporal import When, find_when

VENUE = re.compile(r"\b(?:held (?:in|at)|took place (?:in|at)|met (?:in|at)|meeting (?:in|at))$")
# Words a question may open with, capitalised only because they come first.
OPENERS = frozenset(
    """according under in on for through into since after before during following besides apart as at by from
    of to with within without between among regarding concerning about please tell list name give show describe
    explain how what who which when where why whose whom is are was were do does did has have had can could will
    would should may might must apart other beside alongside except excluding also additionally currently now
    and but so if once""".split()  # ("beside": "Besides" as the plural-dropping normaliser leaves it)
)
# Prepositions that attach a place to the question rather than to a name: "the Prevent Board in Rutland".
PLACE_PREPOSITIONS = frozenset({"in", "for", "across", "within", "of", "at", "around", "throughout", "covering"})
# Head nouns of bodies: a place followed by one of these names a body ("Redditch Borough Council").
BODY_HEADS = frozenset(
    """council board partnership panel group committee forum trust authority commission executive unit team
    service police constabulary office network alliance taskforce commissioner cabinet subgroup subcommittee
    dc bc cc mbc cbc""".split()  # "Hart DC": a council named by its place and the kind of council, abbreviated
)
# Head nouns of a governance body a question may describe by its words ("the domestic abuse service", "the
# Eastvale service"): written so, and held under no name with those words, the body is not in the graph, and the
# answer is a refusal naming it, never the facts of a topic or a place that its words also name. (Not the heads
# of bodies known by another name than their words: "the Eastvale police" is the county's force, "the Eastvale
# council" its district council.)
DESCRIBED_HEADS = frozenset(
    """board partnership panel group committee forum service team unit network alliance taskforce subgroup
    subcommittee executive""".split()
)
# Place names that are also everyday words ("staff" for Staffs, "bed" for Beds, "reading").
WORDLIKE_PLACES = frozenset("staff bed hunt buck border reading".split())
# Head nouns of posts: "the Prevent Officer" is a post, which must link, not the topic Prevent and a word.
POST_HEADS = frozenset("officer manager coordinator director adviser advisor".split())
# Questions that may name a thing by text the graph holds (a funded purpose, the title of a paper) rather than
# by an entity's name: funding and attendance questions, whose plans read that text.
VOCABULARY_CUES = re.compile(r"\b(?:how much|fund|grant|allocat|receive|money|spend|spent|attend|present at|item)")
# Words that make the name before them a stream of money ("Safer Streets funding", "the Surge grants").
STREAM_NOUNS = re.compile(r"^(?:fund|funding|money|grant|re grant|regrant|allocation|round|bid|pot)\b")
# Words before a name that make it a kind asked for, not a name: "which Prevent board".
KIND_ASKERS = frozenset({"which", "what", "whose", "a", "an", "any", "each", "every"})
# Words that make a part of a place ("North Eastvale", "Mid Westmoor"), never a first name before a surname.
COMPASS = frozenset("north south east west mid central greater upper lower inner outer".split())
PLACE_TYPES = frozenset({"borough", "city", "county", "district", "metropolitan", "royal", "town", "parish",
                         "dc", "bc", "cc", "mbc", "cbc"})
# How many equally fitting entities a question may name before it must say which one it means.
MAX_EQUAL_FITS = 3
MAX_SUGGESTIONS = 5
# Roles asked about that are no relation's words: "Who is the SRO for X?" (the holder, from a post or the papers).
ROLE_NAMES = re.compile(r"\bsenior responsible (?:owner|officer)\b|\bsro\b")
# Relation words after which a place is what is asked about, not where: "which partnership covers Wyre Forest".
PLACE_AS_OBJECT = re.compile(r"\b(?:cover(?:ed|ing)?|serve(?:d)?|span|include(?:d)?|incorporate(?:d)?)(?: the)?$")


@dataclass(frozen=True)
class Suggestion:
    """Something the graph holds near what was asked: shown beside a refusal, never as an answer."""

    label: str
    iri: str | None
    kind: str
    area: str | None = None

    def describe(self) -> str:
        return f"{self.label} ({', '.join(filter(None, (self.kind, self.area)))})"

    def to_json(self) -> dict[str, str | None]:
        return {"label": self.label, "iri": self.iri, "kind": self.kind, "area": self.area}


class Refusal(Exception):
    """The question names something the graph does not hold (or names it too loosely to pick one)."""

    def __init__(self, message: str, suggestions: list[Suggestion] | None = None):
        super().__init__(message)
        self.message = message
        self.suggestions = suggestions or []


@dataclass
class Reading:
    question: str
    normal: str  # normalised; the date and the restricting places taken out
    when: When | None
    quoted: list[str]
    amounts: list[Decimal]
    names: set[str]  # normalised words the question writes as names
    asked: list[Place] = field(default_factory=list)  # the places the question restricts answers to
    # a stream of money the graph holds no entity for, as written, and the papers that speak of it: the
    # answers must come from those papers ("How much Safer Streets funding did Eastvale get?")
    stream: tuple[str, frozenset[str]] | None = None
    # names written only by some of their words, each said with the held name it was read as and why ("Eastbury"
    # read as "Northfield Homes and Eastbury Housing Trust"): the interpretation line shows them
    widened: list[str] = field(default_factory=list)
    # the entities those names were read as, and the words the question wrote of each: every answer must come
    # from a paper that speaks of it (a board's members, where the name gave nothing, are no answer about it)
    part_named: list[tuple[Entity, str]] = field(default_factory=list)

    @property
    def area(self) -> str | None:
        """The first asked place's name, normalised (what the name index narrows by)."""
        return normalise(self.asked[0].name) if self.asked else None


def read(
    question: str, index: EntityIndex, places: Places, vocabulary: tuple[str, ...] = (),
    papers_saying: Callable[[str], frozenset[str]] | None = None,
) -> Reading:
    """Read QUESTION against the names of INDEX and PLACES; raise Refusal when it names something unknown.
    VOCABULARY: other normalised text the graph holds (purposes, titles) that a name may come from.
    PAPERS_SAYING: normalised words -> the documents whose text says them (a stream of money is often named
    only in the papers' text, never as a thing of its own)."""
    text = re.sub(r"\((\d{4}(?:\s*/\s*\d{2})?)\)", r" in \1 ", question)
    described = APPOSITION.match(text.strip())
    if described:
        # the words that describe a person are not followed, but a place they name that the graph does not
        # hold still stops the reading ("Nia Brookes, co-chair of the Safer Rutland Partnership")
        app = normalise(described.group("app"))
        app_names = name_words(described.group("app"))
        for p in places.scan(app):
            if not p.held and all(t in app_names for t in p.text.split() if t not in COMMON_WORDS):
                raise _unheld_place(p, [], places)
    text = without_apposition(text)
    # "the Eastmoor Community Safety Partnership (ECSP) meeting": the acronym in brackets repeats the name
    text = re.sub(r"\s*\((?:[A-Z][A-Za-z&]{1,9})\)", "", text)
    quoted = [
        normalise(q) for q in re.findall(r"[\"'\u2018\u201c]([^\"'\u2019\u201d]{3,})[\"'\u2019\u201d]", text)
    ]
    amounts = [a for a in (amount_of(m) for m in AMOUNT.finditer(text)) if a is not None]
    normal = normalise(AMOUNT.sub(" ", text))
    when, normal = find_when(normal)
    normal = _cabinet_as_council(normal, index, places)
    normal = _designation_as_remit(normal)
    normal = _commissioner_as_pcc(normal, index, places)
    names = name_words(text)
    normal = _place_put_first(normal, index, places)
    tokens = normal.split()

    # Names first, so that a place inside a name ("North Worcestershire CSP") is part of the name.
    first = index.mentions(normal)
    placed = _place_bodies(first, normal.split(), index, places, question)
    if not placed:
        _refuse_unheld_place_body(first, normal.split(), index, places, question, vocabulary, papers_saying)
    if placed:
        # the body's full name stands for the place and the words that describe it, linked as any full name
        normal = _rewritten(normal, placed)
        names |= {t for w in placed for t in w.name.split()}
        first = index.mentions(normal)
    # A place's own name that also names its council ("Haringey" for the London Borough of Haringey) is a
    # place first: "the Haringey Channel Panel" must be Haringey's panel or none, never another council's
    # panel with the council as a second name to follow.
    inside = {i for mm in first if mm.kinds != {"area"} and not _place_itself(mm, places, tokens)
              for i in range(mm.start, mm.end)}
    lower_case = not written_with_capitals(question)
    found = [p for p in places.scan(normal, inside) if not _surname(p, tokens, names, places)
             # "NHS staff": a county's short form ("Staffs") is this word too, once its plural is dropped; it is
             # the place only when written as a name in a question that writes names with capitals
             and not (p.text in WORDLIKE_PLACES and (lower_case or p.text not in names))]
    unheld = [p for p in found if not p.held and _written_as_name(p, tokens, names)]
    if unheld:
        raise _unheld_place(unheld[0], first, places)
    foreign = _places_before_name(first, found, tokens)
    if foreign is not None:
        mm, start = foreign
        raise Refusal(f"the graph holds nothing called \u201c{as_written(' '.join(tokens[start:mm.end]), question)}"
                      "\u201d", suggest(mm.entities, places))
    asked, normal = _restricting(found, first, normal, text)
    reading = Reading(question, normal, when, quoted, amounts, names, [p.place for p in asked])
    mentions = index.mentions(normal, reading.area)
    joined = _topic_inside_body_name(mentions, normal.split(), names)
    if joined is not None:
        raise Refusal(f"the graph holds nothing called \u201c{as_written(joined, question)}\u201d",
                      [s for mm in mentions if "body" in mm.kinds for s in suggest(mm.entities, places)])
    tiers = _tiers_named(mentions, normal.split(), index, places, question, names)
    tiers += _groups_of_named(mentions, normal.split(), index, places, question, names)
    taken = {i for w in tiers for i in range(w.start, w.end)}
    tiers += _met_as_board(mentions, normal.split(), index, question, taken, reading.area)
    if tiers:
        # the tier's full name stands for the words that named it, and is linked as any name written in full
        normal = reading.normal = _rewritten(normal, tiers)
        names |= {t for w in tiers for t in w.name.split()}
        mentions = index.mentions(normal, reading.area)
    for mm in mentions:
        extra = _name_word_not_in(mm, names)
        if extra is not None:
            raise Refusal(f"the graph holds nothing called \u201c{as_written(mm.text, question)}\u201d",
                          suggest(mm.entities, places))
    stream, widened = _check_every_name_is_known(
        question, normal, mentions, names, quoted, index, places, vocabulary, papers_saying, reading.asked
    )
    tokens = normal.split()
    taken = {i for w in widened for i in range(w.start, w.end)}
    # (a body so read is named by its kind and topic, as a paper calls it, not by a stray word of its name, so
    # its answers need not quote its full name, as those of a name written in part must)
    _refuse_unheld_topic_body(mentions, tokens, index, places, question, vocabulary, papers_saying)
    by_topic = [w for w in _topic_bodies(mentions, tokens, index, places, reading.asked)
                if not taken & set(range(w.start, w.end))]
    part_named = list(widened)
    widened += by_topic
    dropped: set[int] = set()
    if stream is not None:
        start, end, said, papers = stream
        dropped = set(range(start, end))
        reading.stream = (said, papers)
    # the words that name a held thing only in part are replaced by its name, which the engine links as it
    # links any name written in full (and which the interpretation line shows)
    at = {w.start: w for w in widened}
    out: list[str] = []
    i = 0
    while i < len(tokens):
        if i in at:
            out.append(at[i].name)
            reading.names |= set(at[i].name.split())
            i = at[i].end
            continue
        if i not in dropped:
            out.append(tokens[i])
        i += 1
    reading.normal = " ".join(out)
    reading.widened = [w.describe() for w in placed + tiers + widened]
    reading.part_named = [(w.entity, normalise(w.written)) for w in part_named]
    return reading


@dataclass(frozen=True)
class Widened:
    """Words of the question (START to END of the normalised words) that name a held entity only in part, and
    the entity's name that stands for them."""

    start: int
    end: int
    written: str
    name: str
    entity: Entity
    why: str  # why this entity: "the one name the graph holds with those words"

    def describe(self) -> str:
        return f"\u201c{self.written}\u201d read as {self.entity.label}, {self.why}"


def _tiers_named(
    mentions: list[Mention], tokens: list[str], index: EntityIndex, places: Places, question: str, names: set[str]
) -> list[Widened]:
    """"the Eastvale Partnership Board" where the graph holds the Eastvale Partnership and an "Eastvale Partnership
    Strategic Board": a body's head noun right after a linked body's name is a word of the name asked, never
    dropped. The one body of the same papers' places whose name is that body's name, a qualifier or two and that
    head noun is the one meant (a partnership's governing tier, which its papers name with a qualifier); when
    several fit, the reading stops and lists them. None fitting, the name is read as before (a partnership's own
    board is the partnership met as a board; a name no body holds stops the reading). Only a head noun written as
    a name (NAMES: the words written with capitals) is a word of the name: "the Eastvale Partnership board
    meeting" is the partnership met as its board."""
    out: list[Widened] = []
    for mm in mentions:
        if "body" not in mm.kinds or mm.end >= len(tokens) or tokens[mm.end] not in BODY_HEADS:
            continue
        head = tokens[mm.end]
        if head not in names:
            continue
        bodies = [e for e in mm.entities if e.kind == "body"]
        if any(normalise(n).split()[-1:] == [head] for e in bodies for n in e.names):
            continue  # the head noun is the linked body's own ("the Eastvale Board board")
        fits = _tier_fits(mm, bodies, head, index)
        if not fits:
            continue
        written = as_written(" ".join(tokens[mm.start : mm.end + 1]), question)
        _only_one(fits, written, places)
        why = f"the one {head} of {bodies[0].label} the graph holds"
        out.append(Widened(mm.start, mm.end + 1, written, normalise(fits[0].label), fits[0], why))
    return out


def _met_as_board(
    mentions: list[Mention], tokens: list[str], index: EntityIndex, question: str, taken: set[int],
    area: str | None = None,
) -> list[Widened]:
    """"the Eastvale Community Safety Partnership Strategic Board": a partnership's name, a word its papers put
    before "Board" for its governing tier (GOVERNING_BOARD_WORDS, or none where the papers name the partnership
    as a board too: "the SEP Board") and "Board", where the graph holds no board of
    that name for the partnership's place (a board of its own is read by _tiers_named, in TAKEN), is the
    partnership met as its board, whose chair is the partnership's. Read as a name of its own, it stops the
    reading, or links another council's board of the same words, and the chair is never found."""
    out: list[Widened] = []
    for b in range(1, len(tokens)):
        if tokens[b] != "board" or b in taken:
            continue
        k = b - 1 if tokens[b - 1] in GOVERNING_BOARD_WORDS else b
        # the name before the words, as linked alone (a longer name may have taken it: another place's board)
        before = [mm for mm in index.mentions(" ".join(tokens[:k]), area) if mm.end == k] if k else []
        bodies = [e for mm in before for e in mm.entities if e.kind == "body"]
        if len(bodies) != 1 or not _is_partnership(bodies[0], before[0].text):
            continue
        partnership, start = bodies[0], before[0].start
        if k == b and not any(normalise(n).endswith(" board") for n in partnership.names):
            continue  # "Board" alone: only a partnership its papers also name as a board ("the SAP Board")
        said = " ".join(tokens[k : b + 1])
        if any(e is not partnership for n in partnership.names | {before[0].text}
               for e in index.exact.get(f"{normalise(n)} {said}", [])):
            continue  # a board of that name is held: it is that board, never the partnership
        where = partnership.areas or partnership.home
        if any((e.areas or e.home) & where for mm in mentions if mm.start <= b < mm.end for e in mm.entities
               if e.kind == "body" and e is not partnership):
            continue  # a body of the partnership's own place is named so: the reading links it as before
        written = as_written(" ".join(tokens[start : b + 1]), question)
        why = f"{partnership.label} met as its board (the graph holds no board of that name)"
        out.append(Widened(start, b + 1, written, normalise(partnership.label), partnership, why))
    return out


def _is_partnership(e: Entity, written: str) -> bool:
    """Is E a partnership, by the last word of its label or of the name the question wrote for it?"""
    return "partnership" in (normalise(e.label).split()[-1:] + written.split()[-1:])


# Heads that, written alone before "of" a body, are that body's own ("the Board of the Eastvale Partnership" is
# the partnership met as its board; "the Office of the Commissioner" is the commissioner's office).
_OWN_TIER_HEADS = frozenset({"board", "office", "council", "cabinet", "commissioner", "police", "constabulary"})


def _groups_of_named(
    mentions: list[Mention], tokens: list[str], index: EntityIndex, places: Places, question: str, names: set[str]
) -> list[Widened]:
    """"the Executive Group of the Eastvale Safeguarding Board": a group or tier named only by kind words (which the
    rest of the reading passes over), written before "of [the]" and a body's name (NAMES: words written with
    capitals), names that group, never the body. The one held body named as the body's name then those words is
    linked; none held, the reading stops (dropped, the body's own chair would be answered for its group); several,
    it lists them."""
    out: list[Widened] = []
    for mm in mentions:
        if "body" not in mm.kinds:
            continue
        of = mm.start - 2 if mm.start >= 2 and tokens[mm.start - 1] == "the" else mm.start - 1
        if of < 1 or tokens[of] != "of" or tokens[of - 1] not in BODY_HEADS:
            continue
        start = of - 1
        while start > 0 and of - start < 4 and tokens[start - 1] in names and tokens[start - 1] not in COMMON_WORDS:
            start -= 1
        run = tokens[start:of]
        if any(t not in names for t in run) or (len(run) == 1 and run[0] in _OWN_TIER_HEADS):
            continue
        if any(t not in KIND_WORDS and t not in BODY_HEADS for t in run):
            continue  # "the SAR Sub-Group of ...": a word of its own names it, which the reading links as any name
        if start > 0 and tokens[start - 1] in KIND_ASKERS:
            continue  # "which group of the board": a kind asked for
        bodies = [e for e in mm.entities if e.kind == "body"]
        prefixes = {mm.text} | {normalise(n) for e in bodies for n in e.names}
        fits: list[Entity] = []
        for prefix in sorted(prefixes):
            for e in index.exact.get(f"{prefix} {' '.join(run)}", []):
                if e.kind == "body" and e not in bodies and e not in fits:
                    fits.append(e)
        written = as_written(" ".join(tokens[start : mm.end]), question)
        if not fits:
            raise Refusal(f"the graph holds nothing called \u201c{written}\u201d", suggest(bodies, places))
        _only_one(fits, written, places)
        why = f"the one {' '.join(run)} of {bodies[0].label} the graph holds"
        out.append(Widened(start, mm.end, written, normalise(fits[0].label), fits[0], why))
    return out


def _only_one(fits: list, written: str, places: Places) -> None:
    """Refuse, listing them, when the words WRITTEN fit more than one held body (FITS): which is meant, the
    question does not say."""
    if len(fits) > 1:
        raise Refusal(
            f"\u201c{written}\u201d may be any of {len(fits)} bodies the graph holds; say which one (its full name)",
            suggest(fits, places),
        )


def _rewritten(normal: str, widened: list[Widened]) -> str:
    """NORMAL with each of WIDENED's spans replaced by the name it was read as."""
    toks = normal.split()
    for w in sorted(widened, key=lambda w: -w.start):
        toks[w.start : w.end] = w.name.split()
    return " ".join(toks)


def _place_bodies(
    mentions: list[Mention], tokens: list[str], index: EntityIndex, places: Places, question: str
) -> list[Widened]:
    """"the Blackpool domestic abuse board", "the Havering safeguarding children Executive Group": a place, then
    words that describe one of its bodies, then a body's head noun, where the place's papers name the body more
    fully ("Blackpool Domestic Abuse Local Partnership Board"). The one body of that place whose name starts with
    the place, ends with that head noun and has every word in between in order (a word or two more at most) is
    the one meant; when several fit, the reading stops and lists them. Read without it, the words link a topic
    or a national body of those words, and another body's answer is given for this one."""
    covered = {i for mm in mentions if mm.kinds != {"area"} for i in range(mm.start, mm.end)}
    out: list[Widened] = []
    for p in places.scan(" ".join(tokens)):
        start = p.start
        for end in range(min(len(tokens), p.end + 6), p.end + 1, -1):
            head = tokens[end - 1]
            words = tokens[p.end : end]
            if head not in BODY_HEADS or " ".join(tokens[start:end]) in index.exact:
                continue
            if any(w in OPTIONAL_WORDS for w in words[:-1]):
                continue  # "Westby council and the partnership board": not one name
            if any(e.kind == "body" for k in range(p.end + 1, end)
                   for e in index.exact.get(" ".join(tokens[start:k]), [])):
                continue  # a held body's name and a head noun after it: its tier, read by _tiers_named
            if all(i in covered for i in range(start, end)) and any(
                    mm.start <= start and end <= mm.end and mm.score >= 1.0 for mm in mentions
                    if mm.kinds != {"area"}):
                continue  # a held name already covers the words (a close match, one of several, may not)
            fits = _place_body_fits(p.text, words, index)
            if not fits:
                continue
            written = as_written(" ".join(tokens[start:end]), question)
            _only_one(fits, written, places)
            why = f"the one body of {p.place.name} the graph holds whose name has those words"
            out.append(Widened(start, end, written, normalise(fits[0].label), fits[0], why))
            break
    return out


# Words that open a relative clause after a noun: "the board that X chairs", "the group to which X reports".
_CLAUSE_WORDS = frozenset("that which who whose where whom to into under from by".split())
# The most words of a name that a place written after it with "for" may belong to.
_NAME_BEFORE_FOR = 6


def _place_put_first(normal: str, index: EntityIndex, places: Places) -> str:
    """"the Police and Crime Commissioner for Eastvale", "the Youth Justice Board for Eastvale": a name, then
    "for" and a place, where the graph holds the place's name before those words ("Eastvale Police and Crime
    Commissioner") as one name. Written so, it is that name (rewritten as the graph holds it), never the words and
    a place that restricts every other name of the question to it."""
    tokens = normal.split()
    for p in sorted(places.scan(normal), key=lambda p: -p.start):
        at = p.start - 1
        if at < 1 or tokens[at] != "for":
            continue
        if any(" ".join(tokens[p.start : p.end + n]) in index.exact for n in range(1, 5) if p.end + n <= len(tokens)):
            continue  # "for Eastvale Police": the place begins a name of its own
        for k in range(min(_NAME_BEFORE_FOR, at), 0, -1):
            if tokens[at - k - 1 : at - k] == p.text.split()[-1:]:
                continue  # "the Eastvale Tasking Group for ...": the name says its place already
            name = f"{p.text} {' '.join(tokens[at - k : at])}"
            if any(e.kind in ("body", "post") for e in index.exact.get(name, [])):
                tokens[at - k : p.end] = name.split()
                break
    return " ".join(tokens)


def _refuse_unheld_place_body(
    mentions: list[Mention], tokens: list[str], index: EntityIndex, places: Places, question: str,
    vocabulary: tuple[str, ...] = (), papers_saying: Callable[[str], frozenset[str]] | None = None,
) -> None:
    """"Who leads the Eastvale service?", "Who runs the Eastvale domestic abuse service?": a held place, then
    words (or none) and a governance head noun (DESCRIBED_HEADS), after "the" or a possessive, where the graph
    holds no body of that place so named (_place_bodies found none), no name at all with those words, and no
    text that says them (a purpose, a paper's words: what money went to is often only written): the body asked
    about is not held, so raise Refusal naming it. Read on, the place's or the topic's facts would
    answer for it. A place that holds a body of that head by another name ("Safer Eastvale", a partnership)
    is left to the reading as before."""
    covered = {i for mm in mentions if mm.kinds - {"area", "topic"} for i in range(mm.start, mm.end)}
    for p in places.scan(" ".join(tokens)):
        if not p.held or p.start == 0 or tokens[p.start - 1] not in ("the", "s") or p.start in covered:
            continue
        end = next((e for e in range(min(len(tokens), p.end + 5), p.end, -1) if tokens[e - 1] in DESCRIBED_HEADS
                    and not any(i in covered for i in range(p.end, e))), None)
        if end is None:
            continue
        words = tokens[p.end : end]
        if any(w in OPTIONAL_WORDS or w in OPENERS for w in words) or _names_having(words, index):
            continue
        if end < len(tokens) and tokens[end] in _CLAUSE_WORDS:
            continue  # "the Westmoor board that Nina Hale chairs": the clause says which, read by the engine
        said = words if len(words) > 1 else tokens[p.start : end]  # ("service" alone is in every paper)
        if _held_as_text(said, vocabulary, papers_saying):
            continue
        head = words[-1]
        if len(words) == 1 and _holds_kind(p.place, head, index, places):
            continue
        written = as_written(" ".join(tokens[p.start : end]), question)
        near = [e for e in index.entities.values() if e.kind == "body" and best_fit(e, [p.place], places) == "inside"]
        raise Refusal(f"the graph holds nothing called \u201c{written}\u201d", suggest(near, places))


def _holds_kind(place: Place, head: str, index: EntityIndex, places: Places) -> bool:
    """Does the graph hold a body of PLACE whose name or type is of the kind HEAD names?"""
    from ..ontology import body_types

    wanted = body_types.classify(head).concept
    for e in index.entities.values():
        if e.kind != "body" or best_fit(e, [place], places) != "inside":
            continue
        if head in normalise(e.label).split():
            return True
        found = body_types.classify(e.label).concept
        if wanted is not None and found is not None and wanted.key != "other-body" and wanted.key in {
                c.key for c in body_types.lineage(found.key)}:
            return True
    return False


def _refuse_unheld_topic_body(
    mentions: list[Mention], tokens: list[str], index: EntityIndex, places: Places, question: str,
    vocabulary: tuple[str, ...] = (), papers_saying: Callable[[str], frozenset[str]] | None = None,
) -> None:
    """"Who runs the domestic abuse service?": a topic's name straight before a governance head noun
    (DESCRIBED_HEADS) names a body by its words; when no name the graph holds has those words (in order, with
    others between) and no text of it says them (the "drugs and alcohol service" money is put into), that
    body is not held, so raise Refusal naming it. Not a plural head ("substance misuse services"): a kind of
    thing, which any body may do. Read on, whoever is responsible for
    the topic would be the answer for a body the question asks about. Not a few words after a word that asks
    for a kind ("which domestic abuse service", "which district community safety group chairs"): any body, or
    person, may answer that."""
    covered = {i for mm in mentions if mm.kinds != {"topic"} for i in range(mm.start, mm.end)}
    for mm in mentions:
        if mm.kinds != {"topic"} or mm.end >= len(tokens) or mm.end in covered:
            continue
        if tokens[mm.end] not in DESCRIBED_HEADS or _kind_asked_before(tokens, mm.start):
            continue
        words = tokens[mm.start : mm.end + 1]
        if _names_having(words, index) or _held_as_text(words, vocabulary, papers_saying):
            continue
        written = as_written(" ".join(words), question)
        if written.lower().endswith("s") and not words[-1].endswith("s"):
            continue  # "who delivers substance misuse services": a kind of thing done, not one body named
        near = [e for e in _names_having(tokens[mm.start : mm.end], index) if e.kind == "body"]
        raise Refusal(f"the graph holds nothing called \u201c{written}\u201d", suggest(near, places))


def _kind_asked_before(tokens: list[str], at: int) -> bool:
    """Does a word asking for a kind ("which") stand before token AT, with at most two describing words between
    ("which district community safety group chairs")? Then any body of the kind answers, none is named."""
    j = at - 1
    while j >= 0 and at - j <= 3:
        if tokens[j] in KIND_ASKERS:
            return True
        if tokens[j] in OPENERS or tokens[j] in ("the", "doe", "its", "their", "this", "that"):
            return False  # a verb or an article: the words after it name one body
        j -= 1
    return False


def _place_body_fits(place: str, words: list[str], index: EntityIndex) -> list[Entity]:
    """The bodies of PLACE (by their areas or their papers') whose name is PLACE, then WORDS in order with at
    most two more words among them, WORDS' last word (a head noun) last. A name that starts with an acronym its
    papers define ("DYJS Management Board", where DYJS is the Darlington Youth Justice Service) is read spelt
    out."""
    out: list[Entity] = []
    rare = [w for w in words[:-1] if w in index.by_token and w not in COMMON_WORDS]
    named = {key: key for key in (index.by_token.get(rare[0], set()) if rare else set())}
    for short, pairs in index.defined.items():
        said = normalise(short)  # as the index keeps names: "DYJS" is "dyj", its plural "s" read off
        for full, _ in pairs:
            if len(short.split()) == 1 and full.startswith(place + " "):
                named.update({f"{full}{key[len(said):]}": key for key in index.by_token.get(said, set())
                              if key.startswith(said + " ")})
    for written, key in sorted(named.items()):
        have = written.split()
        if not written.startswith(place + " ") or have[-1] != words[-1]:
            continue
        rest = have[len(place.split()) :]
        if not (0 < len(rest) - len(words) <= 2 and _in_order(words, rest) or _reordered(words, rest)):
            continue
        for e in index.exact.get(key, []):
            if e.kind == "body" and place in (e.areas | e.home) and e not in out:
                out.append(e)
    return out


def _reordered(words: list[str], have: list[str]) -> bool:
    """"the Eastvale safeguarding children partnership" for the Eastvale Children and Young People Safeguarding
    Partnership: every word of WORDS in HAVE, in another order, with at most two more words that are not
    joining words ("and", "of"); the head noun (last of each) the same."""
    fuller = [w for w in have[:-1] if w not in OPTIONAL_WORDS]
    return (words[-1] == have[-1] and set(words[:-1]) <= set(fuller)
            and 0 < len(fuller) - len(words[:-1]) <= 2)


def _in_order(words: list[str], have: list[str]) -> bool:
    """Are WORDS all in HAVE, in order (other words between them allowed)?"""
    it = iter(have)
    return all(any(w == h for h in it) for w in words)


def _tier_fits(mm: Mention, bodies: list[Entity], head: str, index: EntityIndex) -> list[Entity]:
    """The bodies named as one of BODIES (or as MM's words), then one or two qualifying words, then HEAD, of the
    places or papers BODIES are of: another council's "Strategic Board" is never this one's."""
    prefixes = {mm.text} | {normalise(n) for e in bodies for n in e.names if len(normalise(n).split()) >= 2}
    where = set().union(*((e.areas or e.home) for e in bodies)) if bodies else set()
    out: list[Entity] = []
    for prefix in sorted(prefixes):
        rare = [t for t in prefix.split() if t in index.by_token]
        if not rare:
            continue
        for key in sorted(min((index.by_token[t] for t in rare), key=len)):
            middle = key[len(prefix) + 1 : -len(head) - 1].split() if key.startswith(prefix + " ") else []
            if (
                not key.endswith(" " + head) or not 1 <= len(middle) <= 2
                or any(w == head or w in OPTIONAL_WORDS for w in middle)
            ):
                continue
            for e in index.exact.get(key, []):
                there = e.areas or e.home
                if e.kind == "body" and e not in bodies and e not in out and (not where or not there or there & where):
                    out.append(e)
    return out


def _topic_bodies(mentions: list[Mention], tokens: list[str], index: EntityIndex, places: Places,
                  asked: list[Place]) -> list[Widened]:
    """"Which board does the local Prevent board feed into?": a topic named straight before the kind of a body
    ("Prevent board", "the Channel panel") is the one body, of the places asked when the question asks any,
    whose name has the topic's words and ends with that kind ("the Eastvale Prevent and CONTEST Board"); the
    topic alone is left when no body or several fit."""
    covered = {i for mm in mentions for i in range(mm.start, mm.end)}
    out = []
    for mm in mentions:
        if mm.kinds != {"topic"} or mm.end >= len(tokens) or mm.end in covered:
            continue
        head = tokens[mm.end]
        if head not in BODY_HEADS:
            continue
        words = tokens[mm.start : mm.end + 1]
        fits = [e for e in _names_having(words, index) if e.kind == "body"
                and normalise(e.label).split()[-1:] == [head]]
        why = "the one body the graph holds whose name has those words"
        if asked:
            fits = [e for e in fits if best_fit(e, asked, places) in ("inside", "around")]
            why = f"the one body in {' or '.join(p.name for p in asked)} whose name has those words"
        if len(fits) == 1:
            out.append(Widened(mm.start, mm.end + 1, " ".join(words), normalise(fits[0].label), fits[0], why))
    return out


def _held_fits(words: list[str], index: EntityIndex, places: Places, asked: list[Place] | None
               ) -> tuple[list[Entity], str]:
    """The held entities whose names have WORDS in their order ("Eastbury Housing Trust" of "Northfield Homes
    and Eastbury Housing Trust", "the Kestrel partnership" of the Kestrel Recovery Partnership), narrowed to
    the asked places when several have them; none unless some word of WORDS is in the names of at most a few
    entities (a word that many names share, "Reduction", only describes)."""
    if not _distinctive(words, index) and not _people_only(words, index):
        return [], ""
    fits = _names_having(words, index)
    if len(fits) > 1 and asked:
        local = [e for e in fits if best_fit(e, asked, places) in ("inside", "around")]
        if len(local) == 1:
            where = " or ".join(p.name for p in asked)
            return local, f"the one in {where} of the {len(fits)} names the graph holds with those words"
    return fits, "the one name the graph holds with those words"


def _held_by(
    start: int, end: int, tokens: list[str], question: str, index: EntityIndex, places: Places,
    fits: list[Entity], why: str, spans: list[tuple[int, int]], vocabulary: tuple[str, ...] = (),
    papers_saying: Callable[[str], frozenset[str]] | None = None,
) -> Widened | None:
    """The words TOKENS[START:END] linked to the one held entity that FITS them (see _held_fits); raise Refusal
    when none fits (another name, which the graph does not hold) or several fit equally (say so, with each of
    them). None when the words are no part of a name to link: a name held whole (which the linker left for
    reasons of its own: "DA" beside "VAWG"), or words that no name picks out ("Reduction Strategy") and the
    graph holds as text (a paper's title, a funded purpose, its papers' words), which the routes that read text
    follow."""
    words = tokens[start:end]
    text = " ".join(words)
    if text in index.exact:
        return None
    written = _unquoted(as_written(text, question))
    if not fits and _held_as_text(words, vocabulary, papers_saying, bare=not _distinctive(words, index)):
        return None
    if not fits:
        rare = [w for w in words if w in index.by_token and w not in KIND_WORDS]
        near = [e for w in rare for e, _ in index.search(w, limit=3 * MAX_SUGGESTIONS) if e.kind in PART_NAMED_KINDS]
        raise Refusal(f"the graph holds nothing called \u201c{written}\u201d", _unique(suggest(near, places)))
    if len(fits) > 1:
        raise Refusal(
            f"\u201c{written}\u201d is part of the names of {len(fits)} things the graph holds; "
            "say which one (its full name)",
            suggest(fits, places),
        )
    (entity,) = fits
    linkable = _names_to_link(entity, words, index)
    if not linkable:
        raise Refusal(f"\u201c{written}\u201d is part of the name of {entity.label}; say it in full",
                      suggest([entity], places))
    # the words around that are of the same name go with it ("Newquay" of "Newquay Safe's", "YOS" and
    # "Delivery Board" of "the Lewisham YOS Performance & Delivery Board"), so that it is linked once
    (a, b), name = max(((_widest(key.split(), tokens, start, end, spans), key) for key in linkable),
                       key=lambda x: (x[0][1] - x[0][0], -len(x[1].split())))
    return Widened(a, b, _unquoted(as_written(" ".join(tokens[a:b]), question)), name, entity, why)


def _unquoted(written: str) -> str:
    """WRITTEN without the quotation marks the question put around some of its words ("the 'Kestrel' board")."""
    return re.sub(r"(?:(?<=\s)|^)['\"\u2018\u201c]|['\"\u2019\u201d](?=\s|$)", "", written)


def _widest(
    name: list[str], tokens: list[str], start: int, end: int, spans: list[tuple[int, int]]
) -> tuple[int, int]:
    """TOKENS[START:END] widened by the words on either side that NAME has, in its order (the little words
    between them too, none at either end), and by a linked name (of SPANS) only as a whole."""

    def fits(a: int, b: int) -> bool:
        return _in_order([t for t in tokens[a:b] if t not in OPTIONAL_WORDS], name)

    a, b = start, end
    while True:
        left = next((k for k in range(a - 1, -1, -1) if tokens[k] not in OPTIONAL_WORDS), None)
        right = next((k for k in range(b, len(tokens)) if tokens[k] not in OPTIONAL_WORDS), None)
        if left is not None:
            left = min([left] + [x for x, y in spans if x <= left < y])
        if right is not None:
            right = max([right + 1] + [y for x, y in spans if x <= right < y]) - 1
        if left is not None and fits(left, b):
            a = left
        elif right is not None and fits(a, right + 1):
            b = right + 1
        else:
            return a, b


# Kinds of thing a part of a name may stand for: not an area (a place goes by its own names, see places.py).
PART_NAMED_KINDS = frozenset({"body", "person", "post", "topic", "publication", "initiative", "legislation"})


def _distinctive(words: list[str], index: EntityIndex) -> bool:
    """Does a word of WORDS pick out held names: is it in the names of at most a few entities?"""
    rare = [w for w in words if w not in KIND_WORDS and w not in COMMON_WORDS and w not in OPTIONAL_WORDS]
    return any(len(_holders(w, index)) <= MAX_EQUAL_FITS for w in rare)


def _people_only(words: list[str], index: EntityIndex) -> bool:
    """Is a word of WORDS held only in the names of people ("Owen", a first name many share)? It names one of
    them, however many, never a kind of thing to describe."""
    rare = [w for w in words if w not in KIND_WORDS and w not in COMMON_WORDS and w not in OPTIONAL_WORDS]
    return any((held := _holders(w, index)) and all(index.entities[iri].kind == "person" for iri in held)
               for w in rare)


def _holders(word: str, index: EntityIndex) -> set[str]:
    """The entities (of the kinds a part of a name may stand for) one of whose names has WORD."""
    return {e.iri for key in index.by_token.get(word, ()) for e in index.exact.get(key, [])
            if e.kind in PART_NAMED_KINDS}


def _held_as_text(
    words: list[str], vocabulary: tuple[str, ...], papers_saying: Callable[[str], frozenset[str]] | None,
    bare: bool = False,
) -> bool:
    """Does the graph hold WORDS as text: a title, a purpose, or the words of its papers? With BARE, WORDS
    without the kind words they end with will do ("the Strategic Plan" for a paper's "strategic"), which is
    never so for a word that picks out held names ("the Kestrel board", where the papers say only "Kestrel",
    is another body's name)."""
    said = " ".join(words)
    for text in dict.fromkeys((said, _stream_name(words) if bare else said)):
        if any(f" {text} " in f" {v} " for v in vocabulary):
            return True
        if papers_saying is not None and papers_saying(text):
            return True
    return False


def _names_having(words: list[str], index: EntityIndex) -> list[Entity]:
    """The distinct entities one of whose names has every word of WORDS (bar the little ones), in order."""
    wanted = [w for w in words if w not in OPTIONAL_WORDS]
    held = [w for w in wanted if w in index.by_token]
    if not held or any(w not in index.by_token and w not in COMMON_WORDS for w in wanted):
        return []
    rare = min(held, key=lambda w: len(index.by_token[w]))
    found: dict[str, Entity] = {}
    for key in index.by_token[rare]:
        if _in_order(wanted, key.split()):
            for e in index.exact.get(key, []):
                if e.kind in PART_NAMED_KINDS:
                    found.setdefault(e.iri, e)
    return distinct(list(found.values()))


def _in_order(wanted: list[str], name: list[str]) -> bool:
    it = iter(name)
    return all(w in it for w in wanted)


def _names_to_link(entity: Entity, words: list[str], index: EntityIndex) -> list[str]:
    """The names of ENTITY (normalised) with WORDS in them, in their order, that link to it alone when written
    in full, shortest first."""
    wanted = [w for w in words if w not in OPTIONAL_WORDS]
    keys = sorted({k for n in entity.names if (k := normalise(n)) and _in_order(wanted, k.split())},
                  key=lambda k: (len(k.split()), k))
    out = []
    for key in keys:
        linked = index.mentions(key)
        if (len(linked) == 1 and linked[0].start == 0 and linked[0].end == len(key.split())
                and [e.iri for e in distinct(linked[0].entities)] == [entity.iri]):
            out.append(key)
    return out


APPOSITION = re.compile(r"^(?P<head>.+?\b[A-Z][\w'\u2019.-]*), (?P<app>[^,?]{3,120}), (?P<tail>(?:\w+ ?){1,3}\?)$")


def without_apposition(text: str) -> str:
    """"Which post does Owen Tallis, co-chair of the Safer Eastvale Partnership, hold?": the words between the
    commas describe the person; the question is the rest, and its verb is the short tail."""
    m = APPOSITION.match(text.strip())
    return f"{m.group('head')} {m.group('tail')}" if m else text


def written_with_capitals(text: str) -> bool:
    """Does the question capitalise anything after its first word (or write its first word in capitals)?"""
    words = re.findall(r"[A-Za-z0-9][\w'\u2019&.-]*", text)
    return any(w[0].isupper() for w in words[1:]) or bool(words and words[0].isupper() and len(words[0]) > 1)


# The words between a place and "council" in a council's name ("Eastvale Borough Council")
COUNCIL_KINDS = ("", "borough ", "district ", "city ", "county ", "metropolitan borough ")
# Who attended, presented to or sent apologies to a meeting: the questions a council's cabinet is asked in
MEETING_ASKED = re.compile(r"\b(?:attend|present|apologie|absent|meeting|spoke|addressed)")


def _cabinet_as_council(normal: str, index: EntityIndex, places: Places) -> str:
    """"Who sent apologies to the Eastvale Cabinet meeting?", where the graph holds no cabinet of Eastvale: its
    papers record the cabinet's meetings as the council's, so the council's name is read ("eastvale council").
    Only for a question about a meeting, and a place's cabinet whose council the graph holds."""
    if " cabinet" not in normal or not MEETING_ASKED.search(normal):
        return normal
    tokens = normal.split()
    for p in reversed(places.scan(normal)):
        if p.end >= len(tokens) or tokens[p.end] != "cabinet" or index.exact.get(f"{p.text} cabinet"):
            continue
        council = next((k for k in (f"{p.text} {w}council" for w in COUNCIL_KINDS)
                        if any(e.kind == "body" for e in index.exact.get(k, []))), None)
        if council is not None:
            tokens[p.start : p.end + 1] = council.split()
    return " ".join(tokens)


# "Which committee acts as Eastvale Council's crime and disorder committee?", "Which Eastvale committee is the
# designated crime and disorder committee?", "Which committee carries out crime and disorder scrutiny?": the
# graph holds the designation as the committee's remit (responsible_for crime and disorder scrutiny, the one
# function the statute gives it; extract/remit.py), so the question is read as asking for that remit. Left as
# written, "crime and disorder" reads as community safety and "acts as" as holding a post.
_DESIGNATED_REMIT = re.compile(
    r"^(?P<head>(?:which|what) (?:[a-z]+ ){0,5}?(?:committee|panel|commission|body|scrutiny committee) )"
    # over normalised text, whose plural-dropping stem leaves no "acts", "serves", "performs" or "undertakes"
    # and turns "carries" into "carrie"
    r"(?:(?:act|acted|acting|serve|served|serving) as|is|was|carrie out|carry out|carried out|"
    r"undertake|perform) (?:the )?(?P<whose>(?:[a-z]+ ){0,4}?)(?:designated |statutory )?"
    r"crime and disorder (?:scrutiny committee|committee|scrutiny)\b"
)


def _designation_as_remit(normal: str) -> str:
    """The question asking which committee a council designates for crime and disorder scrutiny, read as asking
    which committee is responsible for that scrutiny (see _DESIGNATED_REMIT); any other question as it is."""
    m = _DESIGNATED_REMIT.match(normal)
    if m is None:
        return normal
    # "Eastvale Borough Council's crime and disorder committee": the council's place is where the committee is
    # asked for (as an object of "responsible for", the council would be read as what the committee is for)
    whose = re.sub(r"\b(?:the|its|their|(?:borough |district |city |county |metropolitan borough )?council)\b", " ",
                   m.group("whose")).split()
    where = f" in {' '.join(whose)}" if whose else ""
    return f"{m.group('head')}is responsible for crime and disorder scrutiny{where}{normal[m.end():]}"


# "the Commissioner", "the PCC" alone: in a community-safety question, the police and crime commissioner of the
# place the question names (a police area has one, whatever the title); not "the Victims' Commissioner", "the
# Commissioner for X"
_BARE_COMMISSIONER = re.compile(r"\bthe (?:police (?:fire )?and crime )?commissioner\b(?! for\b)")
_COMMISSIONER_TITLES = ("police and crime commissioner", "police fire and crime commissioner")


def _commissioner_as_pcc(normal: str, index: EntityIndex, places: Places) -> str:
    """A bare "the Commissioner" (or "the PCC") read as the one commissioner the graph holds for the police area
    of the held places the question names: "How much will the Commissioner give Charnwood" asks Leicestershire's,
    never another area's. Places of several police areas, or none held, leave the words as they are."""
    if not _BARE_COMMISSIONER.search(normal):
        return normal
    found: set[str] = set()
    for p in places.scan(normal):
        if not p.held:
            continue
        for area in p.place.names | p.place.within:
            found |= {normalise(e.label) for title in _COMMISSIONER_TITLES
                      for e in index.exact.get(f"{area} {title}", []) if e.kind in ("body", "post")
                      # the commissioner, not the office that also goes by its name
                      and normalise(e.label).endswith(" commissioner")}
    if len(found) != 1:
        return normal
    return _BARE_COMMISSIONER.sub(f"the {found.pop()}", normal)


def name_words(text: str) -> set[str]:
    """Normalised words the question writes as names: capitalised (bar its first word) or in capitals. A
    question written all in lower case gives no such clue, so each of its words may be a name."""
    words = re.findall(r"[A-Za-z0-9][\w'\u2019&.-]*", text)
    capitalised = [w for w in words[1:] if w[0].isupper()]
    if not written_with_capitals(text):
        return {t for w in words for t in normalise(w).split()} - COMMON_WORDS
    out = {t for w in capitalised for t in normalise(w).split()}
    first = normalise(words[0]) if words else ""
    if first and first not in COMMON_WORDS and first not in OPENERS:
        out |= set(first.split())
    return out


def _place_itself(mm: Mention, places: Places, tokens: list[str]) -> bool:
    """Is MM a place's own name, linked to the place and the councils named after it, or to a person only by
    a surname that is the place's name ("Cllr Eastvale" for "Eastvale")? Written with a title ("Cllr Eastvale"),
    it is the person."""
    if mm.text not in places.known or mm.start > 0 and tokens[mm.start - 1] in TITLES:
        return False
    return mm.kinds <= {"area", "body", "person"} and not all(e.kind == "person" for e in mm.entities)


# Words that begin a partnership's name before its place ("Safer Eastvale", "Keeping Eastvale Safe").
PARTNERSHIP_WORDS = frozenset({"safer", "safe", "stronger", "keeping"})


def _surname(p: PlaceMention, tokens: list[str], names: set[str], places: Places) -> bool:
    """"Ivo Hunt": a one-word place right after a name-like word that is no place is a surname."""
    if p.end - p.start != 1 or p.start == 0:
        return False
    before = tokens[p.start - 1]
    # "North Eastvale" is a part of Eastvale, not a person called Eastvale; "LB Eastvale" is its borough
    # "Safer Plymouth", "Safe Durham": the words a community safety partnership's name puts before its place are
    # no first name
    return (before in names and before not in COMMON_WORDS and before not in KIND_WORDS
            and before not in places.known and before not in COMPASS and before not in ("lb", "rb")
            and before not in PARTNERSHIP_WORDS)


def _written_as_name(p: PlaceMention, tokens: list[str], names: set[str]) -> bool:
    return all(t in names for t in tokens[p.start : p.end] if t not in COMMON_WORDS)


def _restricting(
    found: list[PlaceMention], mentions: list[Mention], normal: str, text: str = ""
) -> tuple[list[PlaceMention], str]:
    """The places that restrict the answers, and the question without them. A place is what is asked about
    when nothing else is named ("what does Worcestershire fund?") or when it follows 'covers'."""
    tokens = normal.split()
    # "Eastmoor's 2022-2025 strategy": a place that owns something restricts the answers, whatever follows it
    # (dropping it would answer from any council's strategy).
    owners = {normalise(m.group(1)) for m in re.finditer(r"((?:[A-Z][\w&-]* ){0,3}[A-Z][\w&-]*)['\u2019]s\b", text)}
    others = [mm for mm in mentions if mm.kinds != {"area"} and not any(p.start <= mm.start < p.end for p in found)]
    if not others:
        return [], normal
    asked: list[PlaceMention] = []
    drop: set[int] = set()
    for p in found:
        if PLACE_AS_OBJECT.search(" ".join(tokens[: p.start])):
            continue
        j = p.start - 1
        if j >= 0 and tokens[j] in COMPASS:
            j -= 1  # "in North Eastvale"
        while j >= 0 and tokens[j] in ("the", "county", "city", "borough", "district", "of"):
            j -= 1
        after_preposition = j >= 0 and tokens[j] in PLACE_PREPOSITIONS
        # "Northshire's Channel Panel" qualifies a name; "did Bromsgrove receive" makes the place a party.
        before_name = any(mm.start == p.end for mm in others) or (
            # ("Eastmoor's Cabinet" stays a body's name, which must link)
            (p.end >= len(tokens) or tokens[p.end] not in BODY_HEADS)
            and any(o == " ".join(tokens[p.start : p.end]) or o.endswith(" " + " ".join(tokens[p.start : p.end]))
                    for o in owners)
        )
        joined = p.start >= 1 and tokens[p.start - 1] == "and" and any(q.end == p.start - 1 for q in asked)
        if not (after_preposition or before_name or joined):
            continue
        if p.start > 0 and tokens[p.start - 1] in COMPASS:
            # "the North Eastvale Board", where the gazetteer knows no North Eastvale: a part of Eastvale, whose
            # own body is asked for (not Eastvale's, around it)
            part = f"{tokens[p.start - 1]} {p.text}"
            p = PlaceMention(p.start - 1, p.end, part, Place(part.title(), frozenset({part}),
                                                           p.place.names | p.place.within), True)
        if any(mm.start == p.end and "body" in mm.kinds for mm in others):
            p = replace(p, place=replace(p.place, names_a_body=True))
        asked.append(p)
        drop |= set(range(p.start, p.end))
        if after_preposition and not before_name:
            # "the Prevent Board in Rutland": the preposition goes with the place; in "at the Lewisham Board"
            # it goes with the name.
            drop |= set(range(j, p.start))
        # "Enfield and Haringey": two places joined by "and" restrict together.
        if p.start >= 1 and tokens[p.start - 1] == "and" and any(q.end == p.start - 1 for q in asked):
            drop.add(p.start - 1)
    rest = " ".join(t for i, t in enumerate(tokens) if i not in drop)
    return asked, rest


def _check_every_name_is_known(
    question: str,
    normal: str,
    mentions: list[Mention],
    names: set[str],
    quoted: list[str],
    index: EntityIndex,
    places: Places,
    vocabulary: tuple[str, ...],
    papers_saying: Callable[[str], frozenset[str]] | None = None,
    asked: list[Place] | None = None,
) -> tuple[tuple[int, int, str, frozenset[str]] | None, list[Widened]]:
    """Raise Refusal at the first name the graph does not hold; return the one stream of money it holds
    only in its papers' text (start, end, the words, the papers), if the question names one, and the names
    the question writes only by some of their words, each linked to the one held name that has them."""
    stream: tuple[int, int, str, frozenset[str]] | None = None
    tokens = normal.split()
    names = set(names)
    forced: set[int] = set()  # words that must be part of a known name
    place_like = [mm for mm in mentions if mm.kinds == {"area"} or _place_itself(mm, places, tokens)]
    covered = {i for mm in mentions if mm not in place_like for i in range(mm.start, mm.end)}
    spans = [(mm.start, mm.end) for mm in place_like]
    spans += [(p.start, p.end) for p in places.scan(normal, covered | {i for a, b in spans for i in range(a, b)})]
    place_tokens = {i for a, b in spans for i in range(a, b)}
    for start, end in spans:
        # "Redditch Borough Council" is a body's name, which must link, not a place and some words.
        j = end
        while j < len(tokens) and j not in covered and (tokens[j] in KIND_WORDS or tokens[j] in PLACE_TYPES):
            j += 1
        if not any(tokens[k] in BODY_HEADS and tokens[k] in names for k in range(end, j)):
            covered |= set(range(start, end))
        else:
            forced |= set(range(start, end))
    # "the Contest Board" where the graph holds only the topic Contest: a head noun written as a name right
    # after a linked name makes a longer name, which must link ("which Prevent board" asks for a kind).
    for mm in mentions:
        if mm.kinds == {"area"} or mm.end >= len(tokens) or mm.end in covered:
            continue
        head = mm.end
        if mm.kinds <= {"topic", "initiative"}:
            # "the Sandwell Domestic Abuse Strategic Partnership": a topic, a word or two written as a name, and
            # a body's head noun are one body's name, never the topic in Sandwell
            while (head < min(len(tokens) - 1, mm.end + 2) and head not in covered and tokens[head] in names
                   and tokens[head] not in BODY_HEADS and tokens[head] not in COMMON_WORDS):
                head += 1
            if tokens[head] not in BODY_HEADS:
                head = mm.end
        elif "body" in mm.kinds:
            # "the Westby Channel Panel Review Group", "Safer Eastholme's Delivery Group": a word or two written
            # as a name and a body's head noun after a linked body name another body (one of its groups), which
            # must link; dropped, the panel's own chair would be answered for its group
            while (head < min(len(tokens) - 1, mm.end + 2) and head not in covered and tokens[head] in names
                   and tokens[head] not in BODY_HEADS and tokens[head] not in COMMON_WORDS):
                head += 1
            if tokens[head] not in BODY_HEADS or head + 1 < len(tokens) and tokens[head + 1] in BODY_HEADS:
                # ("the Eastvale Board Partnership Board": the board_of_itself case below reads the tail)
                head = mm.end
        if (
            (tokens[head] in BODY_HEADS or tokens[head] in POST_HEADS and mm.kinds <= {"topic", "initiative"})
            and tokens[head] in names
            # "the Eastvale Board's Sub-Groups" are the board's sub-groups; "the Knife Crime Sub-Group" is a name
            and not (tokens[head] in ("subgroup", "subcommittee") and mm.kinds & {"body"})
            and not (mm.start > 0 and tokens[mm.start - 1] in KIND_ASKERS)
            and not _board_of_itself(mm, tokens)
        ):
            covered -= set(range(mm.start, mm.end))
            for i in range(mm.start, head):
                names.add(tokens[i])
                forced.add(i)
    linked = set(covered)
    free = " ".join("_" if i in covered else t for i, t in enumerate(tokens))
    for phrase in phrases():
        for m in phrase.finditer(free):
            first = len(free[: m.start()].split())
            last = len(free[: m.end()].split())
            covered |= set(range(first, last))
    for m in ROLE_NAMES.finditer(free):
        # "the SRO for X": a role asked about, as "the chair of X" is, whether or not a post of the name is held
        covered |= set(range(len(free[: m.start()].split()), len(free[: m.end()].split())))
    quoted_words = {w for q in quoted for w in q.split()}
    # Written all in lower case, a question shows no names by their capitals: an unknown word then stops the
    # reading only where it qualifies a linked name ("the southshire safer communities board").
    lower_case = not written_with_capitals(question)

    named_after = {mm.start - 1 for mm in mentions if mm.kinds - {"topic", "area"}}
    # "the Eastvale Partnership Steering Board": a name-like word between a linked body and a body's head noun
    # makes another body's name, which must link -- never the partnership itself, answered for its board
    named_after |= {mm.end for mm in mentions if "body" in mm.kinds and mm.end + 1 < len(tokens)
                    and tokens[mm.end + 1] in BODY_HEADS}

    # "the Brackley Wardens scheme": a town's name before a held name of the same area qualifies it,
    # as the papers of that area write the town before their names ("Brackley Pubwatch"); it names nothing
    # else, so the reading does not stop at it
    localities = {mm.start - 1 for mm in mentions if mm.start > 0 and mm.start - 1 in named_after
                  and _locality_of(tokens[mm.start - 1], mm, index, places)}
    named_after -= localities

    party = _party_words(tokens, covered, names)

    def name_like(i: int) -> bool:
        """Is the word at I written as a name that no linked name, place or relation's words explain?"""
        t = tokens[i]
        return (
            i not in covered
            # "the meeting held in Kendal": where it met is not what is asked about
            and not VENUE.search(" ".join(tokens[:i]))
            and (i in named_after or i in forced or not lower_case)
            and (t in names or i in forced)
            and t not in COMMON_WORDS
            and t not in TITLES
            and t not in DAYS
            and t not in MONTHS
            and (t not in KIND_WORDS or i in forced)
            and not t.isdigit()
            and len(t) > 1
        )

    def unknown(i: int) -> bool:
        # a word of a name the graph holds ("Portwen" of the Portwen Safe Partnership) is linked to the names
        # that hold it below, unless it qualifies another linked name ("Southshire Safer Communities Board") or
        # names the giver or source of money ("did MOPAC allocate", held only as a word of a post's name, is no
        # party the graph holds): then it makes a name of its own, which the graph does not hold
        # (quoted words may be a qualifier the papers write, "under 'Also attended'": they are read below, as
        # text the graph holds or a name)
        return name_like(i) and tokens[i] not in quoted_words and (
            i in forced or i in named_after or i in party or tokens[i] not in index.by_token
        )

    claimed: set[int] = set(localities)  # words read as a funded purpose, a paper's title, a stream of money
    i = 0
    while i < len(tokens):
        if not unknown(i):
            i += 1
            continue
        start = end = i
        while end < len(tokens) and (
            unknown(end) or end in forced
            or (end not in linked and (tokens[end] in KIND_WORDS or tokens[end] in PLACE_TYPES))
        ):
            end += 1
        while end > start + 1 and not unknown(end - 1) and tokens[end - 1] not in KIND_WORDS:
            end -= 1
        neighbours = [mm for mm in mentions if mm.start == end or mm.end == start]
        shown_start = min([start] + [mm.start for mm in neighbours if mm.end == start])
        shown_end = max([end] + [mm.end for mm in neighbours if mm.start == end])
        # the words before it that are written as a name belong to the same unknown name
        while (
            shown_start > 0
            and (shown_start - 1 not in linked or shown_start - 1 in place_tokens)
            and tokens[shown_start - 1] in names
        ):
            shown_start -= 1
        what = " ".join(tokens[shown_start:shown_end])
        # "the Community Safety Update item": the title without the word that says what kind of paper it is
        said = re.sub(r"(?: (?:" + "|".join(sorted(KIND_WORDS)) + r"))+$", "", what)
        if (
            VOCABULARY_CUES.search(normal)
            and not set(range(start, end)) & place_tokens
            and not set(range(start, end)) & party  # a giver must be held as a thing of its own
            and any(f" {said} " in f" {text} " for text in vocabulary)
        ):
            # the name of a funded purpose or the title of a paper: the graph holds it as text
            claimed |= set(range(shown_start, shown_end))
            i = end
            continue
        # the words of the name, back to where a linked name ends ("Safer" of "Safer Streets")
        own_start = start
        while own_start > 0 and own_start - 1 not in linked and tokens[own_start - 1] in names:
            own_start -= 1
        if stream is None and (found := _stream_at(tokens, own_start, end, mentions, question, normal,
                                                  place_tokens, papers_saying)) is not None:
            stream = found
            claimed |= set(range(stream[0], max(end, stream[1])))
            i = end
            continue
        suggestions = [s for mm in neighbours for s in suggest(mm.entities, places)]
        for e, _ in index.search(" ".join(tokens[start:end]), limit=MAX_SUGGESTIONS):
            suggestions.extend(suggest([e], places))
        raise Refusal(f"the graph holds nothing called \u201c{as_written(what, question)}\u201d", _unique(suggestions))

    # The words left that are written as names and known only as words of longer held names ("Eastbury" of
    # "Northfield Homes and Eastbury Housing Trust"): each run of them names what holds it, or the reading
    # stops. Passed over, the answer is about the rest of the question (every member of the board it names).
    widened: list[Widened] = []
    i = 0
    while i < len(tokens):
        if i in claimed or not name_like(i) or unknown(i):
            i += 1
            continue
        end = i + 1
        while end < len(tokens) and end not in claimed and (
            name_like(end) or (end not in covered and (tokens[end] in KIND_WORDS or tokens[end] in PLACE_TYPES))
            # "Operation Provide": a word written as a name is part of it, though it is also a relation's word
            or (end not in linked and tokens[end] in names and tokens[end] not in COMMON_WORDS)
        ):
            end += 1
        # several held names with the word: the one of the asked place, else of a place the question names
        fits, why = _held_fits(tokens[i:end], index, places,
                               asked or [p.place for p in places.scan(normal) if p.held])
        said = _stream_name(tokens[i:end])
        # (without the kind words it ends with only when no word of it picks out held names: "the Kestrel Board"
        # is not the "Kestrel" a paper's sentence speaks of)
        bare = said if not fits and not _distinctive(tokens[i:end], index) else " ".join(tokens[i:end])
        if len(fits) != 1 and VOCABULARY_CUES.search(normal) and not set(range(i, end)) & party and any(
            f" {text} " in f" {v} " for text in {" ".join(tokens[i:end]), bare} for v in vocabulary
        ):
            # the name of a funded purpose or the title of a paper, as above: the plans read that text
            i = end
            continue
        if len(fits) != 1 and stream is None and (found := _stream_at(
                tokens, i, end, mentions, question, normal, place_tokens, papers_saying)) is not None:
            # "How much Turnaround funding ...", where no one held name has the word: a stream of money its
            # papers name, as above (the answers come from those papers)
            stream = found
            claimed |= set(range(stream[0], max(end, stream[1])))
            i = end
            continue
        spans = [(mm.start, mm.end) for mm in mentions]
        held = _held_by(i, end, tokens, question, index, places, fits, why, spans, vocabulary, papers_saying)
        if held is not None:
            widened.append(held)
            end = max(end, held.end)
        i = end
    return stream, widened


# Held names a town's name must be a word of, at least, to be read as a locality of their area.
LOCALITY_NAMES = 2


def _locality_of(word: str, mm: Mention, index: EntityIndex, places: Places) -> bool:
    """Is WORD, written right before the one entity MM links, a town of that entity's area: no place of the
    gazetteer (those are read as places), no word of MM's own names, but a word of at least LOCALITY_NAMES other
    held names, every one of them of an area MM's entity is of? "Brackley" before the Wardens scheme of
    Westmoor, where the graph holds Brackley Pubwatch and Brackley Traders Forum of Westmoor; never a word that
    also names things of another area, which may be another council's scheme."""
    if len(mm.entities) != 1 or places.place_of(word) is not None or word not in index.by_token:
        return False
    e = mm.entities[0]
    where = e.areas | e.home
    if not where or any(word in normalise(n).split() for n in e.names | {e.label}):
        return False
    # (a person's name says no area: "Brackley Pubwatch" read as a person is the body's name again)
    holders = {h.iri: h for key in index.by_token[word] for h in index.exact.get(key, [])
               if h.iri != e.iri and h.kind != "person"}
    return len(holders) >= LOCALITY_NAMES and all((h.areas | h.home) & where for h in holders.values())


def _stream_at(
    tokens: list[str], start: int, end: int, mentions: list[Mention], question: str, normal: str,
    place_tokens: set[int], papers_saying: Callable[[str], frozenset[str]] | None,
) -> tuple[int, int, str, frozenset[str]] | None:
    """The stream of money TOKENS[START:END] names in a question about money ("Safer Streets money", "Turnaround
    funding"), as (where its owner's name starts, where its name ends, its name as written, the papers saying
    it); None when the words name no stream the papers write. A name right before it is whose stream it is ("the
    Home Office Safer Streets money that MOPAC passed on"), not a party to the money asked about: the papers, not
    that name, place it (the words that say it is money stay: "give ... grants to" still asks who got them)."""
    said = _stream_name(tokens[start:end])
    if (
        papers_saying is None
        or not VOCABULARY_CUES.search(normal)
        or set(range(start, end)) & place_tokens
        or not (STREAM_NOUNS.match(" ".join(tokens[end : end + 2])) or STREAM_NOUNS.match(tokens[end - 1]))
        or not (papers := papers_saying(said))
    ):
        return None
    owner = next((mm.start for mm in mentions if mm.end == start and mm.kinds != {"area"}), start)
    return owner, start + len(said.split()), as_written(said, question), papers


def _places_before_name(
    mentions: list[Mention], found: list[PlaceMention], tokens: list[str]
) -> tuple[Mention, int] | None:
    """"the Plymouth and Rochford District CSP", linked by the name's end to the Castle Point and Rochford
    one: the places written right before a body's name (joined by "and") are part of the name, so each must be
    a place of the body linked; one that is not makes another body's name. The mention and where its places
    start, or None."""
    for mm in mentions:
        if not mm.kinds <= {"body", "post"}:
            continue
        run: list[PlaceMention] = []
        end = mm.start
        while True:
            p = next((p for p in found if p.end == end), None)
            if p is None:
                break
            run.append(p)
            end = p.start - 1 if p.start > 0 and tokens[p.start - 1] == "and" else -1
            if end < 0:
                break
        if len(run) < 2:
            continue  # one place before a name is the area it is asked in, narrowed as such
        own = [{normalise(n) for n in e.names} | e.areas | e.home for e in mm.entities]
        if not any(all(any(p.text == o or p.text in o.split() or f" {p.text} " in f" {o} " for o in names_of)
                       for p in run) for names_of in own):
            return mm, run[-1].start
    return None


def _topic_inside_body_name(mentions: list[Mention], tokens: list[str], names: set[str]) -> str | None:
    """"the Eastvale Victim Community Safety Partnership": a topic written as a name right before a linked
    body's name, with no word between, makes one longer name the graph does not hold (had it held it, the
    whole would have linked). Answered, it would be the partnership's, for a body the question did not name.
    The words of that name, or None."""
    for topic in mentions:
        if not topic.kinds <= {"topic", "initiative"} or topic.start > 0 and tokens[topic.start - 1] in KIND_ASKERS:
            continue
        if not all(t in names for t in tokens[topic.start : topic.end] if t not in COMMON_WORDS):
            continue
        body = next((mm for mm in mentions if mm.start == topic.end and mm.kinds == {"body"}), None)
        if body is not None and tokens[body.start] not in COMMON_WORDS:
            return " ".join(tokens[topic.start : body.end])
    return None


def _name_word_not_in(mm: Mention, names: set[str]) -> str | None:
    """A word written as a name inside a loosely linked name that none of the linked entities' names has, nor
    spells near ("Victim" of "the Eastvale Victim Community Safety Partnership" linked to the Eastvale CSP):
    it names another body, so the link is no answer. Exact links and slips of spelling pass, and so do titles
    of papers, whose close names the engine follows further (without their publisher, say)."""
    if mm.score >= 1.0 or not mm.kinds <= {"body", "post"}:
        return None
    held = {w for e in mm.entities for n in e.names for w in normalise(n).split()}
    for word in mm.text.split():
        if word not in names or word in held or word in COMMON_WORDS or word in KIND_WORDS or word.isdigit():
            continue
        if any(abs(len(word) - len(w)) <= 2 and edits(word, w, 2) <= 2 for w in held if len(w) >= 5):
            continue  # "Safeguardng" for "safeguarding"
        return word
    return None


# A verb of giving money right after a name makes the name the giver ("did MOPAC allocate"); after "from" or
# "by" a name gives it too, unless a word for a stream of money follows ("from the Safer Streets Fund").
_GIVES = frozenset("allocate allocated allocates give gave given gives grant granted grants award awarded awards "
                   "pay paid pays provide provided provides contribute contributed contributes".split())


def _party_words(tokens: list[str], covered: set[int], names: set[str]) -> set[int]:
    """Positions of the unlinked name words that stand where a party to money stands."""
    party: set[int] = set()
    for j, t in enumerate(tokens):
        run: list[int] = []
        if t in _GIVES and t not in names:  # "Operation Provide" (a name) holds no verb of giving
            k = j - 1
            while k >= 0 and k not in covered and tokens[k] in names:
                run.insert(0, k)
                k -= 1
        elif t in ("from", "by"):
            k = j + 1 + (j + 1 < len(tokens) and tokens[j + 1] == "the")
            while k < len(tokens) and k not in covered and tokens[k] in names:
                run.append(k)
                k += 1
            if run and (STREAM_NOUNS.match(tokens[run[-1]]) or (k < len(tokens) and STREAM_NOUNS.match(tokens[k]))):
                run = []  # "from the Safer Streets Fund": a stream of money, not who gave it
        party.update(run)
    return party


def _stream_name(words: list[str]) -> str:
    """"safer street round": the stream's own name, without the words that say it is money or a round of it."""
    while len(words) > 1 and (STREAM_NOUNS.match(words[-1]) or words[-1] in KIND_WORDS):
        words = words[:-1]
    return " ".join(words)


def _board_of_itself(mm: Mention, tokens: list[str]) -> bool:
    """"the Eastvale CSP Partnership Board (meeting)": a partnership's or board's own name with "Partnership
    Board" after it is that body, not a longer name to link ("the Eastvale CSP Executive" is another body)."""
    if not mm.kinds <= {"body"}:
        return False
    tail = []
    for t in tokens[mm.end :]:
        if t not in ("partnership", "board", "meeting"):
            break
        tail.append(t)
    return (bool(tail) and "board" in tail) or tail == ["partnership"]


def narrow(
    mentions: list[Mention], asked: list[Place], places: Places, question: str = "", tokens: list[str] | None = None,
    index: EntityIndex | None = None,
) -> list[Mention]:
    """Keep, of each name's entities, those in the asked places; refuse when a name fits only entities of
    other places, or fits more entities than the question can mean."""
    out = []
    # The places of the names the question pins down to one thing: "Solihull's Scrutiny Board ... the CSP"
    # is Solihull's CSP.
    pinned = [
        (mm, place) for mm in mentions if len(distinct(mm.entities)) == 1 for a in own_areas(mm.entities[0], places)
        if (place := places.known.get(a)) is not None
    ]
    context = [place for _, place in pinned]
    for mm in mentions:
        entities = mm.entities
        shown = as_written(mm.text, question)
        kind_asked = bool(tokens) and mm.start > 0 and tokens[mm.start - 1] in ("which", "what")  # type: ignore[index]
        if not asked and mm.kinds <= {"body", "post"} and not kind_asked and not _generic(mm, shown, tokens):
            # "How much did Dorset Council give the Safeguarding Adults Board?": a name that says no place is
            # the board of the place the question's other names are of, never another council's board that
            # happens to be the one the graph holds (Luton's); with none of that place held, say so. ("Which
            # youth justice services ...", "a CSP": the kind of body asked for, any council's.)
            entities = _of_others_place(mm, entities, [p for other, p in pinned if other is not mm], places,
                                        shown, index)
        if asked and mm.kinds != {"area"}:
            # A name the place is written in front of ("the Plymouth Domestic Abuse Board") is that place's own:
            # never the board of the county around it, nor of another place the question names ("the Plymouth
            # PCC's money in Powys" is not the Dyfed-Powys PCC's).
            said = f" {normalise(question)} "
            before = [p for p in asked if any(f" {n} {mm.text} " in said for n in p.names)]
            fit = {e.iri: best_fit(e, before or asked, places) for e in entities}
            inside = [e for e in entities if fit[e.iri] == "inside"]
            around = [] if before else [e for e in entities if fit[e.iri] == "around"]
            unscoped = [e for e in entities if fit[e.iri] == "unscoped"]
            # The most local fit wins: the asked place's own body, else the body of the area around it.
            kept = (inside or around) + unscoped
            if not kept:
                where = " or ".join(p.name for p in before or asked)
                raise Refusal(f"the graph holds no \u201c{shown}\u201d in {where}", suggest(entities, places))
            entities = kept
        fits = distinct(entities)
        if len(fits) > MAX_EQUAL_FITS and context:
            near = [e for e in entities if best_fit(e, context, places) == "inside"]
            if near:
                entities, fits = near, distinct(near)
        asked_for = bool(tokens) and mm.start > 0 and tokens[mm.start - 1] in ("which", "what")  # type: ignore[index]
        if bool(tokens) and "other" in tokens[max(0, mm.start - 3) : mm.start] and _generic(  # type: ignore[index]
                mm, shown, tokens):
            # "the other five district CSPs": bodies of that kind other than those the papers name, so never the
            # one the graph holds that fits the words, nor what is said of the rest of the question without them
            raise Refusal(f"the graph does not name the other \u201c{shown}\u201d", suggest(fits, places))
        if len(fits) > MAX_EQUAL_FITS and _generic(mm, shown, tokens):
            # "a CSP", "the district CSPs", "the statutory CSP": the kind of body, said of none in particular
            out.append(Mention(mm.start, mm.end, mm.text, entities, mm.score, generic=True))
            continue
        if len(fits) > MAX_EQUAL_FITS and not asked_for:
            raise Refusal(
                f"\u201c{shown}\u201d could be any of {len(fits)} things the graph holds; "
                "say which one (its council or area)",
                suggest(fits, places),
            )
        out.append(Mention(mm.start, mm.end, mm.text, entities, mm.score))
    return out


def _of_others_place(
    mm: Mention, entities: list[Entity], context: list[Place], places: Places, shown: str,
    index: EntityIndex | None = None,
) -> list[Entity]:
    """ENTITIES narrowed to the places of the question's other names (CONTEXT) when the name MM, as written,
    says no place of its own and every entity it fits belongs to some place; else the one thing the graph
    holds under that name with the place written before it (_placed_form); a Refusal, naming what the graph
    holds elsewhere, when there is neither."""
    if not context or " " not in mm.text:
        return entities  # an acronym ("the NSCB") carries its place in its letters
    owns = {e.iri: own_areas(e, places) for e in entities}
    if not all(owns.values()):
        return entities  # a national or unplaced body among them: not another council's by its place
    gazetted = [p for p in context if any(places.gazetted(n) for n in p.names)]
    if len(gazetted) < len(context) or not all(places.gazetted(a) for own in owns.values() for a in own):
        return entities  # an area only the graph names may lie in any other: whose it is, nothing says
    written = f" {mm.text} "
    if any(f" {a} " in written for own in owns.values() for a in own):
        return entities  # "the Luton SAB": the question says whose
    near = [e for e in entities if best_fit(e, context, places) in ("inside", "around")]
    if near:
        return near
    placed = _placed_form(mm.text, context, places, index)
    if placed:
        return placed
    where = " or ".join(dict.fromkeys(p.name for p in context))
    raise Refusal(f"the graph holds no \u201c{shown}\u201d of {where}; only another council's",
                  suggest(entities, places))


# "the Pan-Dorset Safeguarding Adults Board": a body of the whole county, written with its name
_PLACED_PREFIXES = ("", "pan ")


def _placed_form(text: str, context: list[Place], places: Places, index: EntityIndex | None) -> list[Entity]:
    """"the PCC" of a question about Swale's CSP, where the graph links the bare name only to another
    county's commissioner (whose papers wrote it bare): the one thing the graph names "<place> TEXT" for a
    place the question's other names lie in or within ("Kent Police and Crime Commissioner"). The papers of
    a place rarely write their own body's place, so the bare name found another's; nothing when two such
    things fit."""
    if index is None:
        return []
    found: dict[str, Entity] = {}
    for name in places.held:
        for prefix in _PLACED_PREFIXES:
            for e in index.exact.get(f"{prefix}{name} {text}", ()):
                if best_fit(e, context, places) in ("inside", "around"):
                    found.setdefault(e.iri, e)
    fits = distinct(list(found.values()))
    return list(found.values()) if len(fits) == 1 else []


GENERIC_BEFORE = frozenset({"a", "an", "any", "each", "every", "all", "other", "statutory", "local", "district",
                            "five", "four", "three", "two", "six", "several", "many", "new"})


def _generic(mm: Mention, shown: str, tokens: list[str] | None) -> bool:
    before = tokens[mm.start - 1] if tokens and mm.start > 0 else ""
    after = tokens[mm.end] if tokens and mm.end < len(tokens) else ""
    plural = bool(re.search(r"[a-z]s\b|[A-Z]s\b", shown.split()[-1] if shown.split() else ""))
    # "the safer communities board sub groups": a name that only says what kind of board
    return before in GENERIC_BEFORE or plural or after in BODY_HEADS


def ambiguous(mm: Mention) -> bool:
    """Does MM fit two or more different things equally (not editions of one thing)?"""
    return len(distinct(mm.entities)) > 1


FIT_ORDER = ("inside", "around", "unscoped")


def best_fit(e: Entity, asked: list[Place], places: Places) -> str | None:
    """How entity E fits the asked places: "inside" one (its area is the place or lies in it), "around" one
    (its area contains it: a police area's PCC), "unscoped" (national or generic: no area at all), or None
    (it belongs elsewhere). An entity with no area of its own is placed by the papers that speak of it, but
    only inside: a paper filed under "London" does not make a body Haringey's."""
    if national(e):
        return "unscoped"  # a national body is no council's, whichever councils' papers name it or place it
    own = own_areas(e, places)
    fits = set()
    for p in asked:
        if own:
            if any(places.inside(a, p) for a in own) and not (p.names_a_body and _named_for_another(e, p, places)):
                fits.add("inside")
            elif any(places.around(a, p) for a in own):
                fits.add("around")
        elif e.kind in LOCAL_KINDS and e.home:
            if any(places.inside(h, p) for h in e.home):
                fits.add("inside")
        else:
            fits.add("unscoped")
    return next((f for f in FIT_ORDER if f in fits), None)


def _named_for_another(e: Entity, asked: Place, places: Places) -> bool:
    """Is E's own name of places other than ASKED only ("Derby Channel Panel" for "the Derbyshire Channel Panel";
    "Safer Derby Partnership" too)? A name that writes ASKED among others ("Leicester, Leicestershire and Rutland
    Board") is of it as well."""
    written = places.scan(normalise(e.label))
    return bool(written) and not any(m.place.names & asked.names for m in written)


def suggest(entities: list[Entity], places: Places) -> list[Suggestion]:
    out = []
    for e in entities[:MAX_SUGGESTIONS]:
        areas = sorted(area_names(e, places))
        out.append(Suggestion(e.label, e.iri, e.kind, area_label(areas[0], places) if areas else None))
    return out


def _unheld_place(p: PlaceMention, mentions: list[Mention], places: Places) -> Refusal:
    suggestions = []
    for mm in mentions:
        if mm.kinds != {"area"}:
            suggestions.extend(suggest(mm.entities, places))
    suggestions += [Suggestion(name, None, "area") for name in places.nearby(p.place)]
    return Refusal(f"the graph holds nothing about {p.place.name}", _unique(suggestions))


def _unique(suggestions: list[Suggestion]) -> list[Suggestion]:
    seen: dict[tuple[str, str | None], Suggestion] = {}
    for s in suggestions:
        seen.setdefault((s.label, s.iri), s)
    return list(seen.values())[:MAX_SUGGESTIONS]


def as_written(normal_text: str, question: str) -> str:
    """The words of the question that normalise to NORMAL_TEXT, as the user wrote them."""
    words = re.findall(r"\S+", question)
    target = normal_text.split()
    for i in range(len(words)):
        got: list[str] = []
        for j in range(i, len(words)):
            got += normalise(words[j]).split()
            if got == target:
                return re.sub(r"^\W+|(?:['\u2019]s)?[^\w)]*$", "", " ".join(words[i : j + 1]))
            if len(got) >= len(target) or got != target[: len(got)]:
                break
    return normal_text
