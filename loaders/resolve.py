"""Mentions to entities: one document's names resolved to the canonical names other documents share.

Conventions:
- a person keeps the name as written without honorific, rank or letters after it ("Mr. R. T. Ashdown OBE CC" ->
  "R. T. Ashdown"); "Dr", "Professor", "Sir" and "Dame" stay. A surname alone ("Cllr Penrose") becomes the person
  the document names in full, or keeps its title when there is none.
- a body keeps the fullest name the document gives; a *generic* name (made only of governance words, such as
  "Community Safety Partnership" or "Channel Panel") gets the document's area as a prefix, the bare form
  becoming an alias, so two councils' panels never merge. Acronyms the document defines are aliases.
- "the Board", "the Partnership", "the Council" refer to the meeting's own body or council when the head noun
  fits, else to the nearest earlier body with that head noun; otherwise they resolve to nothing.
- posts keep their wording; the council's own posts ("Leader of the Council") name the council; generic posts
  are scoped by area, so the Director of Public Health of one council is not another's.
- a Police and Crime Commissioner is one node for the office and the post, named after its force area.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field, replace
from functools import cache, lru_cache
from typing import TYPE_CHECKING

from ..graph.iris import entity_iri
from ..graph.model import Entity
from . import office_names, placenames
from .lexicon import (
    acronyms,
    council_committee_ends,
    council_post_kind,
    council_posts,
    council_units,
    heads,
    names,
    office_posts,
    police_area_bodies,
)
from .mentions import Mention, extended_unit, initials_fit, is_acronym, looks_like_person
from .topics import topic_of

if TYPE_CHECKING:
    from .layout import Line

_SPACES = re.compile(r"\s+")
_ACRONYM = re.compile(r"[A-Z][A-Za-z&]{1,8}")
_INITIALS = re.compile(r"[A-Z][A-Z&]{1,7}")  # an organisation's initials alone ("OPCC", "LB")
# words that say what kind of body a generic name is, not what it is about
_STRUCTURAL_WORDS = frozenset("""community safety safer strategic steering executive delivery partnership board group
    panel committee forum joint local operational tactical management multi-agency working task area district county
    borough city core main full sub-group subgroup""".split())
BODY_WORDS = frozenset({"Partnership", "Board", "Panel", "Committee", "Forum", "Group", "Executive"})
# a council's own decision-making meeting, which "the Cabinet" names in a paper of one council
_COUNCIL_MEETINGS = frozenset({"Cabinet"})
# "the Cabinet of each Council", "the Cabinet of Eastvale Council": a cabinet the words after it choose
_OF_WHICH_COUNCIL = re.compile(r"['’]?s?\s+(?:of|for)\s+(?:each|both|every|all|the\s+two|[A-Z])")
# "the Cabinet", "the Council's Cabinet", "a report to Cabinet": the meeting referred to; a bare "Cabinet" opening a
# sentence or an item ("Cabinet approves the Strategy", "Cabinet to endorse ...") and "That the Cabinet approves"
# are a recommendation's addressee, which the readers would take for the paper's author
_MEETING_BEFORE = re.compile(r"(?<!\bthat )(?<!\bThat )(?:\b(?:[Tt]he|to|by|at|before|from|with|for)|['’]s)\s+\Z")
_COUNCIL_REF = re.compile(r"^(?:(?:County|District|Borough|City|Town|Parish|Unitary|Metropolitan)\s+)?Council$|"
                          r"^Local Authority$|^Royal Borough$")  # a royal borough is only ever its council


# "B. Each Council", "Both Councils", "All Partners": a recital's label and a quantifier before a kind of body
_QUANTIFIED = re.compile(r"(?:[A-Z]\.\s+)?(?:(?P<q>Each|Every|Both|All)\s+(?:of\s+)?(?:the\s+)?)?(?P<rest>.+)")


def _several_bodies(name: str, generic: Callable[[str], bool]) -> bool:
    """NAME speaks of several bodies of one kind, or of each of them, and so names none: a quantified kind word
    ("Each Council", "both Partnerships"), or councils in the plural on their own ("the two Councils", "Councils"
    in a shared service's agreement); a back-reference to one body ("the Council") is another matter."""
    m = _QUANTIFIED.fullmatch(name)
    if m is None:
        return False
    rest = m.group("rest")
    single = rest[:-3] + "y" if rest.endswith("ies") else rest[:-1] if rest.endswith("s") else rest
    if m.group("q"):
        return generic(rest) or generic(single)
    return single != rest and single.endswith("Council") and _COUNCIL_REF.match(single) is not None


@lru_cache(maxsize=65536)  # the same names are tidied again and again, by every look-up and comparison
def tidy(name: str) -> str:
    name = _SPACES.sub(" ", name.replace("’", "'")).strip(" ,;:-–")
    return name


# the characters of a capitalised word in the fuller-name patterns of _longer_named and _fuller_body
_NAME_WORD_CHARS = frozenset("_'’&-")


def _capitalised_before(text: str, name: str) -> bool:
    """Whether some NAME in TEXT has spaces or tabs before it and, before them, a run of word characters holding
    a capital: what every match of _longer_named's pattern has (its last word "[A-Z][\\w'’&-]*" and then
    "[ \\t]+"). False means that pattern finds nothing, so a paper that writes "the Community Safety Strategy
    2024-2027" and never a longer name is not searched with a pattern built for the name."""
    q = text.find(name)
    while q >= 0:
        p = q
        while p and text[p - 1] in " \t":
            p -= 1
        if p < q:
            while p and (text[p - 1].isalnum() or text[p - 1] in _NAME_WORD_CHARS):
                p -= 1  # str.isalnum is what the regex engine's \w is, with "_"
                if "A" <= text[p] <= "Z":
                    return True
        q = text.find(name, q + 1)
    return False


def _is_word(c: str) -> bool:
    return c.isalnum() or c == "_"  # what the regex engine's \w is for text patterns


def _boundary(text: str, p: int, end: int) -> bool:
    """Whether r"\b" holds at P in TEXT searched up to END: the engine sees the characters before any start
    position, and none from END on."""
    return (p > 0 and _is_word(text[p - 1])) != (p < end and _is_word(text[p]))


# a capitalised word (not "The") right before a match: the match ends a longer name ("Wigan Domestic Abuse
# Partnership Board" is not "the Partnership Board")
_ENDS_NAME = re.compile(r"(?<![.:;!?]\s)\b(?!The\b)[A-Z][\w'’&-]*\s+$")


def _word_spans(text: str, forms: tuple[str, ...], end: int | None = None) -> list[tuple[int, int]]:
    """(start, end) of each match, left to right, that re.finditer(r"\bF1\b|\bF2\b|...", TEXT[:END]) finds for
    the literal FORMS (re.escape'd), found with str.find. A pattern built from a paper's names is compiled at
    every paper, and each one compiled pushes a loader's fixed pattern out of re's cache of 512, to be compiled
    again; the searches here compile nothing. At one place the first form that fits wins, as in the
    alternation, and the next match starts at or after the last one's end."""
    end = len(text) if end is None else end
    starts: set[int] = set()
    for form in forms:
        q = text.find(form, 0, end)
        while q >= 0:
            starts.add(q)
            q = text.find(form, q + 1, end)
    out: list[tuple[int, int]] = []
    after = 0
    for q in sorted(starts):
        if q < after:
            continue
        for form in forms:
            e = q + len(form)
            if text.startswith(form, q) and e <= end and _boundary(text, q, end) and _boundary(text, e, end):
                out.append((q, e))
                after = e if e > q else q + 1
                break
    return out


@lru_cache(maxsize=2048)
def _name_pattern(source: str) -> re.Pattern[str]:
    """SOURCE, a pattern built around a name, compiled once per process: the same names recur from paper to
    paper ("Community Safety Partnership|CSP"), and re's own cache, which the loader's many fixed patterns
    fill, had dropped them by the next paper that needed them."""
    return re.compile(source)


# "... Strategy 2024-2027": the years written after a name, as _dated reads them
_YEARS_AFTER = re.compile(r"[ \t]+(\d{4}[ \t]?[-–/][ \t]?\d{2,4})\b")
# a capitalised word right before a name makes it another one ("Kent Serious Violence Strategy 2024"); an article
# starting a sentence ("The Serious Violence Strategy 2024-2027 ...") does not
_CAPITALISED_WORD_BEFORE = re.compile(r"(?<![\w'’&-])(?!(?:The|This|Our|Its|Their|A|An)[ \t]$)[A-Z][\w'’&-]*[ \t]$")


def _dated_forms(text: str, name: str) -> list[tuple[int, str]]:
    """(start, years) of each match of re.escape(NAME) + _YEARS_AFTER in TEXT, left to right, as re.finditer finds
    them: NAME found with str.find and the years matched after it, so no pattern is built for the name."""
    out: list[tuple[int, str]] = []
    q = text.find(name)
    while q >= 0:
        m = _YEARS_AFTER.match(text, q + len(name))
        if m is not None:
            out.append((q, m.group(1)))
            q = text.find(name, m.end())
        else:
            q = text.find(name, q + 1)
    return out


def _lines_with_both(text: str, area: str, forms: tuple[str, ...]) -> list[tuple[int, int]]:
    """(start, end) of each line of TEXT that holds one of FORMS and, written as tidy() writes it, AREA (the whole
    text when a form runs across lines). _fuller_body's pattern never runs across a line (its words are joined
    by spaces and tabs), a name it keeps holds the area, and searching a line with the text's own bounds
    (pos, endpos) sees the same characters around it (a line break, or the text's end) as the whole search."""
    if any("\n" in f for f in forms):
        return [(0, len(text))]
    found: set[tuple[int, int]] = set()
    for form in forms:
        q = text.find(form)
        while q >= 0:
            a = text.rfind("\n", 0, q) + 1
            b = text.find("\n", q)
            b = len(text) if b < 0 else b
            if area in _SPACES.sub(" ", text[a:b].replace("’", "'")):
                found.add((a, b))
            q = text.find(form, b)
    return sorted(found)


def unscoped_name(entity: Entity) -> str:
    """ENTITY's name without the area a generic name was given ("Kestermoor Strategy" for "the Strategy")."""
    scope = entity.scope
    return entity.name[len(scope) + 1 :] if scope and entity.name.startswith(scope + " ") else entity.name


@dataclass
class DocContext:
    """What a document says about itself: its area, council and meeting body."""

    area: str | None = None
    council: str | None = None  # the council's name
    body: str | None = None  # the body whose meeting or paper this is
    police_area: str | None = None
    places: tuple[str, ...] = ()  # every place the text names, in order of first mention


@dataclass(frozen=True)
class _Heading:
    start: int
    end: int
    content_start: int  # after its number
    number: str | None  # "2.1": a numbered heading's depth is its count of parts


# "We are the Safer Halvington Partnership": the paper says whom its "we" means
_WE_ARE = re.compile(r"\bWe\s+are\s+(?:the\s+)?(?=[A-Z])")
# the head nouns of the partnerships and boards that publish their own pages and reports in the first person
_SPEAKING_HEADS = frozenset({"Partnership", "Board", "Group", "Forum", "Panel", "Network", "Alliance", "Committee",
                             "Unit", "Hub"})
# the head of a paper: its title lines, where a body's own paper names it
_HEAD_CHARS = 400
# a sentence's end inside a paragraph
_SENTENCE_END = re.compile(r"[.;](?=\s)")
# the last words before the second of two names written as a pair ("the X Group and the Y Group", "X or Y")
_PAIR_JOIN = re.compile(r"\s(?:and|or|&)\s+(?:the\s+)?\Z")
# how far below its heading a section's text may run before the heading no longer scopes it (a page or so)
_SCOPE_CHARS = 4000
# an acronym in brackets after a heading's name: "Reducing Reoffending Board (RRB)"
_HEADING_ACRONYM = re.compile(r"\s*\([A-Z][A-Za-z&]{1,8}\)\s*$")


@dataclass
class _Record:
    entity: Entity
    aliases: set[str] = field(default_factory=set)


_VICTIMS_TITLE = re.compile(r"Police,\s+Crime\s+and\s+Victims['’]\s+Commissioner", re.I)


# '(“the Board”)', '(hereafter "the Partnership")', '(referred to as the "Group")': a drafter's definition, of
# up to three words in quotes ('("the Regional Board")': the kind alone would be shared with other boards)
# '(the Board, or YJMB)', '(“the Partnership” or SEP)': the word defined beside the acronym the paper also uses
_DEFINITION = re.compile(r"\((?:hereafter|hereinafter|referred to as|known as|called)?\s*(?:the\s+)?[\"“‘']?"
                         r"(?:the\s+)?(?P<name>(?:[A-Z]{2,8}\s)?[A-Z][a-z]+(?:\s[A-Z][a-z]+){0,2})(?:[\"”’']\)|[\"”’']?,?\s+or\s+(?:the\s+)?[\"“‘']?[A-Z][A-Za-z&]{1,8}"
                         r"[\"”’']?\))"
                         # "The Youth Justice Management Board (the Board, or YJMB)" is read above; "... (the
                         # Board)", unquoted and alone, here
                         r"|\(the\s+(?P<bare>[A-Z][a-z]+)\)")


_HOLDER_BRACKET = re.compile(r"\s*\(((?:Dr|Cllr|Councillor|Mr|Mrs|Ms|Miss|Prof|Professor)?\s*[A-Z][^()]{2,40})\)$")
_COUNCIL_GLOSS = re.compile(r"\s*\((?:the\s+)?(?:city\s+|county\s+|borough\s+|district\s+)?council\)", re.I)
# "Its Board": a body's board, named by its possessive at a sentence's start
_ITS_HEAD = re.compile(r"(?:(?<=[.;]\s)|(?<=\.\s\s)|(?<=\n)\s*)Its\s+(?P<name>Board)\b")
# what opens a sentence before its subject: white space, a paragraph number, "The"
_SENTENCE_OPENER = re.compile(r"[\s.]*(?:\d+(?:\.\d+)*\.?\s+)?(?:The\s+)?")


# what follows a post in a list or an apposition, up to the next column or clause: its owner, when one is written
_WRITTEN_OWNER = re.compile(r"[ \t]*(?:,|\(|–|—|-|\||\t)[ \t]*(?P<owner>[^\n;,()|\t]{2,80})")


# the capitalised words after a comma that closes a post: its holder's name, or the rest of the post's own name
_COMMA_CAPITALS = re.compile(r"[ \t]*,[ \t]*((?:(?:Dr|Mr|Mrs|Ms|Miss|Cllr|Councillor)\.?[ \t]+)?[A-Z][\w'’-]*"
                             r"(?:[ \t]+(?:[A-Z][\w'’-]*|and|of|&))*)")


@cache
def _rank_before_name() -> re.Pattern[str]:
    return re.compile(r"(?<![\w-])(?:" + names().rank_forms + r")\.?\s+[A-Z]")


def _ranked_holder_before(text: str, start: int) -> bool:
    """Whether the clause before START names its holder with a police rank ("Det Supt A Person, Head of Public
    Protection"): a police officer's field post is the force's, whatever paper it is written in."""
    clause = text[max(text.rfind("\n", 0, start), text.rfind(";", 0, start), start - 80) + 1 : start]
    return _rank_before_name().search(clause) is not None


# a post "at" its employer: "Head of Housing at Northdale City Council"
_AT_EMPLOYER = re.compile(r"[ \t]+at[ \t]+(?:the[ \t]+)?(?P<name>[A-Z][\w'’&-]*(?:[ \t]+(?:[A-Z][\w'’&-]*|and|of|&))*)"
                          r"(?=\s*(?:[,.;:()]|$|\s[a-z]))", re.M)
_AREA_MAYOR = re.compile(r"\bMayor of ((?:[A-Z][\w'’-]+ )*[A-Z][\w'’-]+)")


_THE_BEFORE = re.compile(r"\b(?:the|this|our|its)\s+$")


class Resolver:
    """Resolution state for one document: its context, acronyms, people and the bodies named so far."""

    def __init__(self, text: str, ctx: DocContext):
        self.text = text
        self.ctx = ctx
        self._records: dict[str, _Record] = {}
        self.acronyms: dict[str, Entity] = {}
        self._surnames: dict[str, set[str]] = {}
        self._people: dict[str, Entity] = {}
        self._recent: list[tuple[int, Entity]] = []  # bodies by position, for back-references
        self._full_names: dict[tuple[str, str], list[Mention]] = {}  # (head, kind) -> names in full, in order
        # (police area, office kind, the office itself) -> the paper's one decision on that office's name
        self._office_names: dict[tuple[str, str, bool], office_names.OfficeName] = {}
        self._former_names = office_names.former_names(text)
        self._own_commissioner: list[tuple[str, str | None] | None] = []  # the paper's commissioner, once read
        self._fuller: dict[str, str | None] = {}  # a short paper's name -> the one fuller name the text gives it
        self._definitions: list[tuple[int, str, Mention]] | None = None  # 'X ("the Board")', read when first asked
        self._resolving = False
        self._csp: Entity | None | bool = False  # False: not looked for yet
        self._joint: str | None | bool = False  # the places of a shared partnership; False: not looked for yet
        self._letterhead: Mention | bool | None = None  # the body heading the paper's first line (False: none)
        self._paper_office: Entity | None | bool = False  # the commissioner's office that wrote it (False: unread)
        self._parts: set[str] | None = None  # "North Worcestershire": parts of places the paper names
        self._area_forms: list[str] | None = None  # "Bedford Borough": the area as the paper writes it in names
        self._council_posts: dict[str, str] = {}  # a council post's qualified name -> the bare form written
        self._owned_groups: dict[str, str] = {}  # a generic group's name -> its owner's name, for another area's body
        self._owned_labels: dict[str, str] = {}  # the label such a group was given -> the owner's name it took
        self.tier_owners: dict[str, Entity] = {}  # a partnership tier's iri -> its partnership (see own_tier)
        self.council = self._council_entity()
        self.body: Entity | None = None  # (while the meeting's own body is named, no body is the paper's own yet)
        self.body = self._meeting_body()
        self.body_inferred = False  # the body was inferred from the paper's subject, not read as who met
        self.minutes = False  # the paper records a meeting: its headings are the items the meeting took
        self.body_head: str | None = None  # the head noun of a brand body the paper says it is ("Partnership")
        self._we: Entity | None | bool = False  # the body "we" stands for (False: not looked for yet)
        self._headings: list[_Heading] | None = None  # the paper's section headings, when its layout was read
        self._heading_bodies: dict[int, Entity | None] = {}  # a heading's start -> the body it names alone
        self._heading_starts: list[int] = []
        self._parties: dict[str, list[Entity]] | None = None  # see parties

    # -- the document's own bodies

    def _council_entity(self) -> Entity | None:
        if not self.ctx.council:
            return None
        return self.remember(Entity("body", tidy(self.ctx.council), subtype="Council", area=self.ctx.area))

    def _meeting_body(self) -> Entity | None:
        if not self.ctx.body:
            return None
        name = tidy(self.ctx.body)
        if name.casefold() in ("council", "full council", "the council") and self.council:
            return self.council
        return self.body_named(name, None)

    # -- heading scope

    def set_headings(self, lines: Iterable[Line]) -> None:
        """Take the paper's section headings from its layout LINES: a heading line, or a label with no value
        ("Reducing Reoffending Board:"), with its number ("2.1") when it has one."""
        self._headings = []
        for ln in lines:
            if ln.kind == "heading" or (ln.kind == "field" and not ln.value and ln.label):
                number = ln.number if ln.number and ln.number[:1].isdigit() else None
                self._headings.append(_Heading(ln.start, ln.end, ln.content_start, number))
        self._heading_starts = [h.start for h in self._headings]

    def heading_scope(self, pos: int) -> tuple[int, Entity] | None:
        """(where, the body) of the section POS lies in, when its heading names a body alone ("2.1 Northdale Hate
        Crime Forum", "Reducing Reoffending Board:"); a numbered heading that names none ("2.1.3 Membership") is
        read under the heading of lesser depth above it ("2.1 ..."), and so on up. None when the section's heading
        names no body, or the paper's layout was not read."""
        if not self._headings:
            return None
        i = bisect_right(self._heading_starts, pos) - 1
        depth: int | None = None
        while i >= 0:
            h = self._headings[i]
            i -= 1
            if h.end > pos:
                continue  # POS is inside the heading itself
            if pos - h.end > _SCOPE_CHARS and depth is None:
                return None  # a heading pages above is no longer the section's title
            d = len(h.number.strip(".").split(".")) if h.number else None
            if depth is not None and (d is None or d >= depth):
                continue  # a sibling or a deeper heading of an earlier section
            found = self._heading_body(h)
            if found is not None:
                return h.start, found
            if d is None or d == 1 or pos - h.end > 5 * _SCOPE_CHARS:
                # an unnumbered or top-level heading naming no body: the section is about no body in particular
                # (nor is one found pages back: the walk up a long paper's siblings stops)
                return None
            depth = d
        return None

    def first_person_body(self) -> Entity | None:
        """The body the paper's "We" and "Our" stand for: the body it says it is ("We are the Safer Halvington
        Partnership"), else its own body when its head names it (a body's page, report or terms speak as "we"); not
        in minutes, nor for a council (whose "we" may be any of its services)."""
        if self._we is not False:
            return self._we if isinstance(self._we, Entity) else None
        from .mentions import find_mentions

        self._we = None
        for said in _WE_ARE.finditer(self.text):
            found = next((m for m in find_mentions(self.text, said.end(), min(len(self.text), said.end() + 120))
                          if m.start == said.end()), None)
            if found is not None and found.kind == "body" and not found.back_ref:
                e = self.body_mention(found)
                if e is not None and e is not self.council:
                    self._we = e
                    return e
        body = self.body
        if body is None or body is self.council or self.minutes or body.kind != "body" or \
                body.name.split()[-1] not in _SPEAKING_HEADS:
            return None  # (a council's cabinet or executive speaks as the council: its "we" is no body's own)
        head = self.text[: _HEAD_CHARS].casefold()
        rec = self._records.get(body.iri)
        if any(n.casefold() in head for n in (body.name, *(rec.aliases if rec else ())) if len(n) > 3):
            self._we = body
        return self._we

    def _title_heading_body(self) -> Entity | None:
        """The body the paper's first heading names alone ("Safer Eastvale Partnership" above "About us"): whose
        page it is, when the paper's own body was not otherwise read."""
        return self._heading_body(self._headings[0]) if self._headings and not \
            self.text[: self._headings[0].start].strip() else None

    def heading_body(self, start: int) -> Entity | None:
        """The body the heading starting at START names alone, if START starts one of the paper's headings."""
        i = bisect_right(self._heading_starts, start) - 1
        h = self._headings[i] if self._headings and i >= 0 and self._headings[i].start == start else None
        return self._heading_body(h) if h is not None else None

    def _heading_body(self, h: _Heading) -> Entity | None:
        """The body heading H names alone (its whole text, "The" and an acronym in brackets aside)."""
        if h.start in self._heading_bodies:
            return self._heading_bodies[h.start]
        from .mentions import find_mentions

        self._heading_bodies[h.start] = None
        written = self.text[h.content_start : h.end].strip(" \t#*:-–")
        written = _HEADING_ACRONYM.sub("", written).removeprefix("The ").strip()
        bodies = [m for m in find_mentions(written, 0, len(written)) if m.kind == "body"]
        if len(bodies) != 1 or bodies[0].name != written or len(written.split()) < 2:
            return None  # "Sub-groups", "Membership": no body's name
        e = self.body_named(bodies[0].name, bodies[0].acronym, place=bodies[0].place)
        if e is self.council or e.kind != "body":
            return None
        self._heading_bodies[h.start] = e
        return e

    # -- bookkeeping

    def remember(self, entity: Entity, *aliases: str) -> Entity:
        iri = entity.iri
        rec = self._records.get(iri)
        if rec is None:
            rec = self._records[iri] = _Record(entity)
        for a in (*entity.aliases, *aliases):
            a = tidy(a)
            if a and a != entity.name:
                rec.aliases.add(a)
        return rec.entity

    @property
    def entities(self) -> list[Entity]:
        out = []
        council_names = self._council_names()
        spellings = self._area_spellings()
        for rec in self._records.values():
            e = rec.entity
            aliases = rec.aliases | self._area_forms_of_post(e, council_names) if council_names else rec.aliases
            if spellings:
                aliases = aliases | _respelt(e.name, aliases, spellings)
            out.append(Entity(e.kind, e.name, e.scope, e.subtype, tuple(sorted(aliases)), e.area, e.iri_override))
        return out

    def _area_spellings(self) -> tuple[str, str] | None:
        """(the area's name, the paper's other spelling of it) when the paper writes "and" in the area's name as
        "&" ("Telford & Wrekin" for Telford and Wrekin): names made with the area are known by both."""
        area = self.ctx.area
        if not area or " and " not in area:
            return None
        written = area.replace(" and ", " & ")
        return (area, written) if written in self.text else None

    def names_of(self, entity: Entity) -> list[str]:
        """ENTITY's name, then the other names the paper gives it: its aliases and the acronyms it defines for it."""
        rec = self._records.get(entity.iri)
        names = [entity.name, *sorted(rec.aliases if rec else ())]
        names += sorted(a for a, e in self.acronyms.items() if e.iri == entity.iri)
        return list(dict.fromkeys(names))

    def _council_names(self) -> frozenset[str]:
        """Every name the paper gives its own council ("Royal Borough of Greenwich", "RBG", "Greenwich Council")."""
        if self.council is None or not self.ctx.area:
            return frozenset()
        rec = self._records.get(self.council.iri)
        names = {self.council.name, *(rec.aliases if rec else ())}
        names.update(a for a, e in self.acronyms.items() if e.iri == self.council.iri)
        return frozenset(names)

    def _area_forms_of_post(self, e: Entity, council_names: frozenset[str]) -> set[str]:
        """ "Director of Public Health, Royal Borough of Greenwich" is also "Director of Public Health, Greenwich":
        a council's officers and members are named by its area as often as by the council's full name."""
        if e.kind != "post":
            return set()
        out = set()
        for name in (e.name, *self._records[e.iri].aliases) if e.iri in self._records else (e.name,):
            post, sep, owner = name.rpartition(", ")
            if not sep:
                # "Head of Community Services of Canterbury City Council" is that council's Head of Community Services
                post, sep, owner = name.rpartition(" of ")
                owner = re.sub(r"^the\s+", "", owner)
            if sep and post and (owner in council_names or self.council_form(owner)):
                out.update((f"{post}, {self.ctx.area}", f"{post}, {self.council.name}"))
                # "Director of Public Health, LB Kestermoor" is the post of every name of that council
                out.update(f"{post}, {formal}" for formal in placenames.council_formal_names(self.ctx.area))
        return out

    def council_form(self, name: str) -> bool:
        """NAME is one of the gazetteer's names for the paper's own council ("LB Camden", "Camden Council")."""
        return self.council is not None and placenames.council_named(name) == self.council.name

    def note_position(self, pos: int, entity: Entity) -> None:
        if entity.kind == "body":
            self._recent.append((pos, entity))

    def _glossed_council(self, m: Mention) -> Entity | None:
        """ "PCC (council)" in a Peterborough City Council paper: initials the writer glosses as the council are the
        council's own, whatever else those letters stand for (a Police and Crime Commissioner)."""
        if self.council is None or not m.name.isupper() or not 2 <= len(m.name) <= 6 or \
                not _COUNCIL_GLOSS.match(self.text, m.end):
            return None
        initials = "".join(w[0] for w in self.council.name.split() if w[:1].isupper())
        return self.council if initials == m.name else None

    # -- acronyms defined in the text

    def define(self, acronym: str, entity: Entity) -> None:
        self.acronyms.setdefault(acronym, entity)
        if acronym.endswith("s") and len(acronym) > 2:
            self.acronyms.setdefault(acronym[:-1], entity)
        self.remember(entity, acronym)

    # -- dispatch

    def entity(self, m: Mention) -> Entity | None:
        kind = m.kind
        glossed = self._glossed_council(m)
        if glossed is not None:
            return glossed
        if kind == "person":
            return self.person(m)
        if kind == "post":
            return self.post(m)
        if kind == "body":
            e = self.body_mention(m)
            if e is not None:
                self.note_position(m.start, e)
            return e
        if kind == "topic":
            return self.topic(m.name)
        if kind == "place":
            place = placenames.canonical_place(m.name) or m.name
            return self.remember(Entity("area", place), m.name)
        if kind == "publication" and m.extra.get("lower_back_ref"):
            return self._paper_referred(m)
        if kind in ("publication", "initiative", "legislation"):
            return self.thing(kind, m)
        if kind == "name" and m.head == "acronym":
            return self.acronym(m.name)
        return None

    # -- people

    def person(self, m: Mention) -> Entity:
        n = names()
        tokens = m.name.split()
        title = (m.title or "").replace(".", "")
        kept = title in n.kept_titles
        written = tidy(self.text[m.start : m.end])
        if len(tokens) == 1:
            full = self._by_surname(tokens[0])
            if full is not None:
                return self.remember(full, written)
            canonical = f"{m.title.rstrip('.')} {tokens[0]}" if m.title else tokens[0]
        else:
            canonical = f"{title} {m.name}" if kept else m.name
        canonical = tidy(canonical)
        entity = Entity("person", canonical)
        key = entity.iri
        if key not in self._people:
            self._people[key] = entity
            if len(tokens) > 1:
                self._surnames.setdefault(tokens[-1], set()).add(key)
        aliases = {written}
        if kept:
            aliases.add(m.name)
        if m.title and not kept:
            aliases.add(f"{m.title} {m.name}")
        return self.remember(entity, *aliases)

    def _by_surname(self, surname: str) -> Entity | None:
        keys = self._surnames.get(surname, set())
        if len(keys) == 1:
            return self._people[next(iter(keys))]
        return None

    def known_person(self, name: str) -> Entity | None:
        """A person already named in the document by NAME (full name, or a unique surname)."""
        e = self._people.get(entity_iri("person", tidy(name)))
        if e:
            return e
        tokens = name.split()
        return self._by_surname(tokens[-1]) if tokens else None

    # -- bodies

    def body_mention(self, m: Mention) -> Entity | None:
        found = self._body_mention(m)
        area = _AREA_BRACKET.match(self.text, m.end)
        if found is not None and found.kind == "body" and area is not None and _area_note(area.group(1)):
            # "Probation Service (London)", "Probation Service (Walsall PDU)": the bracket says which local office
            # of a national body the paper means, part of the name the paper gives it (the fullest name is kept)
            written = re.sub(r"\s+", " ", area.group(1))
            return self.remember(found, f"{tidy(m.name)} ({written})", f"{found.name} ({written})")
        return found

    def _body_mention(self, m: Mention) -> Entity | None:
        if m.extra.get("first_person"):
            # "we" in a paper of a partnership or board is that body; in a council's paper or one with no body of
            # its own, whom the writer speaks for (the council, a team, the partners) is not said
            own = self.body or self._title_heading_body()
            return own if own is not None and own is not self.council and not self.council_form(own.name) else None
        name = tidy(m.name)
        owner = m.extra.get("owner")
        if owner is not None and owner.kind == "body" and self._generic(name) and \
                (not owner.back_ref or owner.name in BODY_WORDS):
            # "Eastvale District Council's Community Safety Partnership Board": the owner's own board; "the
            # Partnership's Executive": the executive of the partnership "the Partnership" stands for
            owner_entity = self.body_mention(owner)
            if owner_entity is not None and owner_entity.kind == "body":
                return self.body_named(f"{owner_entity.name} {name}", m.acronym, written=name)
            if owner.back_ref:
                return None  # the partnership is unknown, and so is its executive
        if len(name.split()) > 1 or name == "Executive":
            # (a group named for its field, "Its Domestic Abuse Executive Group", is named for the area as any is)
            owner_entity = self._its_owner(m.start) if self._generic(name) and all(
                w.casefold() in _STRUCTURAL_WORDS for w in name.split()) else None
            if owner_entity is not None:
                # "Safer Eastvale is the CSP for the borough. Its Strategic Board is chaired by ...", "The Westford
                # Partnership ... Its Executive meets monthly": the owner's own body of that name, not the area's
                # ("Eastvale Strategic Board"); "Its Board" alone is the partnership met as its board (above)
                return self.body_named(f"{owner_entity.name} {name}", m.acronym, written=name)
        prefix = m.extra.get("place_prefix")
        if prefix:
            # "Derbyshire's Channel Panel": the place's own body of that name
            return self.body_named(f"{prefix} {name}", m.acronym, place=prefix, written=name)
        words = name.split()
        found = self._acronym_board(name)
        if found is not None:
            return found
        if len(words) == 2 and is_acronym(words[0]) or 2 <= len(words) <= 3 and \
                _THE_BEFORE.search(self.text, max(0, m.start - 6), m.start):
            # 'The Northdale VAWG Strategic Board ("the VAWG Board")', '... Regional Board ("the Regional
            # Board")': the short name the drafter defined
            found = self._defined_as(name, m.start)
            if found is not None:
                return self.remember(found, name)
        if is_acronym(name) and (m.back_ref or name in self.acronyms):
            found = self.acronym(name)  # "The CSP is made up of ...": the acronym the paper defined
            if found is not None:
                return found
        # "the Board" refers back; "The Safer Suffolk Partnership Board" at a sentence's start is a full name
        if not m.back_ref and len(words) > 1 and self._generic(name) and \
                _THE_BEFORE.search(self.text, max(0, m.start - 6), m.start):
            # "sub-groups of the Partnership Board": the lower-case article stands outside the mention; the paper's
            # own body, or a body named in full with this ending, is meant
            found = self.back_reference(name, m.start)
            if found is not None and (found is self.body and _modifiers_fit(name, found.name) or
                                      found.name.casefold().endswith(name.casefold()) or
                                      self._csp_board(name) and found.name.split()[-1] == "Partnership"):
                # ("the Partnership Board" after "the Wyre Community Safety Partnership": that partnership met as
                # its board, not a second board named after the area)
                return found
        if self.several(name) and not self.parties():
            # "both Councils", "C. Each Council holds the duties": several bodies, no one (an agreement
            # that names its parties together as "the Councils" has them; ExtractionDoc.add shares out or drops it)
            return None
        back_ref = m.back_ref and (self._generic(name) or len(name.split()) == 1)
        if back_ref or name in heads().needs_modifier or _COUNCIL_REF.match(name):
            found = self.back_reference(name, m.start)
            if found is not None:
                return self.remember(found, name) if not back_ref else found
            if len(name.split()) == 1 or name in heads().needs_modifier or _COUNCIL_REF.match(name):
                return None  # "the Board" with no board named before it: unknown, not invented
        return self.body_named(name, m.acronym, place=m.place)

    def several(self, name: str) -> bool:
        """NAME ("both Councils", "Each Council") speaks of several bodies and stands for none of them."""
        return _several_bodies(tidy(name), self._generic)

    def _council_by_style(self, name: str) -> Entity | None:
        """ "the Royal Borough", "the London Borough": the paper's own council, when that is its style."""
        if name not in ("Royal Borough", "London Borough") or self.council is None:
            return None
        formal = (self.council.name, *placenames.council_formal_names(self.ctx.area))
        return self.council if any(f.startswith(name + " of ") for f in formal) else None

    def _acronym_board(self, name: str) -> Entity | None:
        """ "the LCSP Board": the board of a partnership the paper named by that acronym is the partnership."""
        words = name.split()
        if len(words) != 2 or words[1] not in ("Board", "board"):
            return None
        if words[0] in self.acronyms:
            found = self.acronyms[words[0]]
        elif words[1] == "board" and words[0] in acronyms() and acronyms()[words[0]][0] == "body":
            found = self.body_named(words[0])  # "the CSP board": the paper's CSP, its board in lower case
        else:
            return None
        if found.kind == "body" and found.name.split()[-1] in ("Partnership", "Partnerships"):
            return self.remember(found, name)
        return None

    def back_reference(self, name: str, pos: int) -> Entity | None:
        """The body "the NAME" stands for at POS: the council, the meeting's body, or the last body with that head."""
        name = name[:1].upper() + name[1:].lower() if name.isupper() else name
        words = name.split()
        head = words[-1]
        if _COUNCIL_REF.match(name):
            return self._council_called(name)
        if name in _COUNCIL_MEETINGS:
            return self._council_meeting(name, pos)
        defined = self._defined_as(name, pos)
        if defined is not None:
            return defined
        scoped = self.heading_scope(pos) if not self.minutes or self.body_inferred else None
        if scoped is not None and scoped[1] is self.body:
            scoped = None  # the paper's title over all its text: the own body, weighed below as such
        if scoped is not None and _description_fits(name, scoped[1].name):
            # "2.1 Northdale Hate Crime Forum" above "The Forum is chaired by ...": the section's own body, before
            # the paper's (in minutes a heading is an item the meeting took, and "the Board" the meeting's)
            return scoped[1]
        own_fits = self.body is not None and self.body.name.split()[-1].casefold() == head.casefold()
        introduced = self._paragraph_subject(head, pos) if len(words) == 1 and self.body is not None and \
            not (own_fits and self.minutes) else None
        if introduced is not None:
            # "The Eastmoor Hate Crime Forum met twice. The Forum agreed ...": a body of the head's kind that a
            # sentence of the same paragraph opens with, named in full; when the paper's own body has that head too
            # (outside minutes, whose "the Partnership" is the meeting's), only the sentence just before is near
            # enough to outrank it, and further back either could be meant: neither is taken
            near = len(_SENTENCE_END.findall(self.text, introduced[0], pos)) <= 1
            return introduced[1] if near or not own_fits else None
        if self.body is not None and self.body.name.split()[-1].casefold() == head.casefold():
            if len(words) == 1 or self.body.name.casefold().endswith(name.casefold()):
                return self.body
        if self.body is not None and len(words) == 1 and head.casefold() == (self.body_head or "").casefold():
            return self.body  # "the partnership" in the paper of "Safer Orlingham", "the community safety partnership"
        # (a paper with no body of its own: the partnership it named last)
        own_body = self.body if self.body is not None or head != "Board" else self._board_partnership(pos)
        # ("the Executive" after "the Partnership Executive" is that executive, a group of the partnership's own
        # that the paper named, not the partnership: it is looked for among the bodies named before, below)
        if own_body is not None and len(words) == 1 and head != "Executive":
            own = own_body.name.split()[-1] + " " + head
            # ("The following sit on the partnership board:", in a web page's lower case, the same)
            # (a longer name ending so is another body's, unless it is the own body's name with "Board" after it:
            # "Safer Sandwell Partnership Board" in a page's header)
            lead = own_body.name[: -len(own_body.name.split()[-1])] if own_body is self.body else None
            if any(not _ENDS_NAME.search(self.text, max(0, a - 40), a) or self.text[max(0, a - len(lead or "")) : a]
                   == lead for a, _ in _word_spans(self.text, (own, own.lower()), pos)):
                return own_body  # "the Board" after "the Partnership Board": the paper's own partnership
            # (a board only: "the SSP Executive" is a group of the partnership's own, not the partnership)
            initials = tuple(f"{a} {head}" for a, e in self.acronyms.items() if e.iri == own_body.iri) \
                if head == "Board" else ()
            if initials and _word_spans(self.text, initials, pos):
                return own_body  # "the Board" after "The ESSCP Board": the board of the paper's own partnership
        if self.body is not None and len(words) == 1 and head in BODY_WORDS and \
                self.body.name.endswith(f" {head} Board"):
            # "the Partnership" in the Safer Eastvale Partnership Board's paper: the partnership whose board it is
            # (a "Domestic Abuse Local Partnership Board" is a board of its own kind, and the partnership it speaks
            # of is itself: no second node named "... Local Partnership" is made up)
            if self.body.name.casefold().endswith(tuple(" " + k.casefold() for k in heads().partnership_board_kinds)):
                return self.body
            return self.body_named(self.body.name[: -len(" Board")], place=self.body.area)
        if len(words) == 1:
            self._note_named_before(head, pos)
        # (a body the paper names by a past name, "we were known as the X until 2019", is not what it speaks of)
        fitting = [(p, e) for p, e in reversed(self._recent) if p <= pos and e.name.casefold().endswith(
            name.casefold()) and e is not self.council and not _ORGANISATION_BOARD.search(e.name) and
            e.name not in self._former_names]
        headed = self._section_heading(head, pos) if len(words) == 1 else None
        if headed is not None and (not fitting or fitting[0][0] < headed[0]):
            return headed[1]  # "2. Wigan Domestic Abuse Board" above "The Board is chaired by ...": the section's
        if len(words) == 1 and len({e.iri for _, e in fitting}) > 1:
            # "The Board has agreed ..." after "... The Board meets quarterly. It provides an update to the Health
            # and Wellbeing Board": the board the paper's sentences are about, not the last one it reports to
            # (its subject: a body opening a list, "A and B are statutory members", is spoken of, not speaking)
            subject = next((e for p, e in fitting if _OPENS_SENTENCE.search(self.text, max(0, p - 12), p) and
                            self._subject_at(p)), None)
            if subject is not None:
                return subject
            if self._joined_pair(fitting[0][0], fitting[1][0], fitting[0][1], fitting[1][1]):
                return None  # "The X Group and the Y Group met. The Group is chaired by ...": which one, unsaid
        if fitting:
            return fitting[0][1]
        if len(words) == 2 and words[0] in BODY_WORDS and words[0] != head and head == "Board":
            # "the Partnership Board" is the Partnership's board: the partnership, not the last board named ("the
            # Partnership Executive", "the Partnership Group" are groups of the partnership's own)
            found = self.back_reference(words[0], pos)
            if found is not None:
                return found
        found = self._earlier(head, pos)
        if found is not None and len(words) == 1:
            found = self._earlier_subject(head, pos) or found
        if found is not None and any(w.casefold() not in _STRUCTURAL_WORDS for w in words[:-1]) and \
                not found.name.casefold().endswith(name.casefold()):
            return None  # "the Reducing Reoffending Group" names its own group, not the last group named
        if found is None and len(words) == 1 and self.body is None:
            found = self._only_one(head)
        if found is None and words == ["Board"] and self.body is not None and \
                self.body.name.split()[-1] in ("Partnership", "Partnerships") and \
                (self.minutes and not self.body_inferred or self._own_board_written()):
            # the minutes of a partnership that names no board before: "co-chairs of the Board" is the meeting's
            # own partnership, met as its board; so in any paper of a partnership that names its board somewhere
            # ("Safer Eastvale Partnership Board" in a chart further on) and no other board before
            found = self.body
        return found

    def _joined_pair(self, near: int, far: int, a: Entity, b: Entity) -> bool:
        """The two bodies named at NEAR and FAR (A and B, different) are written as one pair, "X and the Y" or
        "X or Y", in one sentence: a back-reference after them could mean either."""
        if a.iri == b.iri or far >= near:
            return False
        between = self.text[far:near]
        return not _SENTENCE_END.search(between) and "\n" not in between and \
            bool(_PAIR_JOIN.search(between))

    def _own_board_written(self) -> bool:
        """The paper names its own partnership's board somewhere ("<the partnership's name or initials> Board") and
        no other board anywhere: "the Board" could mean a board named further on as well as the partnership's."""
        if self.body is None:
            return False
        names = [self.body.name] + [a for a, e in self.acronyms.items() if e.iri == self.body.iri]
        boards = tuple(f"{n} Board" for n in names)
        if not _word_spans(self.text, boards):
            return False
        self._earlier("Board", len(self.text))  # (reads every board the paper names in full, once)
        return all(m.name in boards or _ORGANISATION_BOARD.search(m.name)
                   for m in self._full_names[("Board", "body")])

    def _subject_at(self, pos: int) -> bool:
        """The body named at POS is its clause's subject, a verb after it ("The X Partnership is ...", "... (CSP)
        has ..."), not the first of a list the sentence opens with ("X and the Y service are members")."""
        from .mentions import find_mentions

        m = next((m for m in find_mentions(self.text, pos, min(len(self.text), pos + 200))
                  if m.kind == "body" and m.start == pos), None)
        # (a name alone on its line, a title or heading, is what the lines under it speak of)
        return m is not None and (_VERB_AFTER.match(self.text, m.end) is not None or
                                  _LINE_ENDS.match(self.text, m.end) is not None)

    def _paragraph_start(self, pos: int) -> int:
        """Where POS's paragraph starts: after the last blank line, or a page back at most (a paper of one long
        paragraph costs each reference a window, not the whole text)."""
        return max(self.text.rfind("\n\n", 0, pos), self.text.rfind("\n \n", 0, pos), pos - 1500, 0)

    def _note_named_before(self, head: str, pos: int) -> None:
        """Note every body with head noun HEAD named in full in the paragraph before POS ("asked whether the Surrey
        Community Safety Board had been consulted"), so that "the Board" after it can mean it: a body is otherwise
        noted only when a reader that ran earlier took a fact from its sentence, and which readers ran first must not
        decide what "the Board" stands for. (A name with "the" inside is an item's title around a body, "Update on
        the X Partnership", not a body's own name.)"""
        from .mentions import find_mentions

        # (the paragraph only: a body named further back, a list's item above, is what the readers weigh already)
        start = self._paragraph_start(pos)
        if head not in self.text[start:pos]:
            return
        known = {p for p, _ in self._recent}
        for m in find_mentions(self.text, start, pos):
            if m.kind != "body" or m.start in known or m.back_ref or m.end > pos or len(m.name.split()) < 2 or \
                    m.name.split()[-1].casefold() != head.casefold() or m.extra.get("owner") is not None or \
                    " the " in m.name or \
                    self._generic(m.name) or _ORGANISATION_BOARD.search(m.name):
                continue
            e = self._acronym_board(m.name) or self.body_named(m.name, m.acronym, place=m.place)
            if e.kind == "body":
                self._recent.append((m.start, e))
        self._recent.sort(key=lambda pe: pe[0])

    def _paragraph_subject(self, head: str, pos: int) -> tuple[int, Entity] | None:
        """(where, the body) of the one body with head noun HEAD, named in full and not the paper's own, that a
        sentence of POS's paragraph opens with before POS; None when none does, or two do."""
        from .mentions import find_mentions

        paragraph = self._paragraph_start(pos)
        window = self.text[paragraph:pos]
        found = self._acronym_subjects(head, paragraph, pos)
        if head not in window:
            return next(iter(found.values())) if len(found) == 1 else None
        for a, b in _word_spans(window, (head,)):
            a, b = a + paragraph, b + paragraph
            line = max(self.text.rfind("\n", 0, a) + 1, a - 160)
            for m in find_mentions(self.text, line, b):
                # (a generic name of three words or more written out in full opens its sentence as a name:
                # "- Domestic Abuse Partnership Board - co-chaired by ...", the area's board of that name)
                if m.kind != "body" or m.end != b or len(m.name.split()) < 2 or self._generic(m.name) and (
                        m.back_ref or len(m.name.split()) < 3) or \
                        not _OPENS_SENTENCE.search(self.text, max(0, m.start - 12), m.start) or \
                        not _VERB_AFTER.match(self.text, m.end) or _ORGANISATION_BOARD.search(m.name):
                    continue
                e = self._acronym_board(m.name) or self.body_named(m.name, m.acronym, place=m.place)
                if e is not self.body and e is not self.council:
                    found[e.iri] = (m.start, e)
        return next(iter(found.values())) if len(found) == 1 else None

    def _acronym_subjects(self, head: str, start: int, end: int) -> dict[str, tuple[int, Entity]]:
        """iri -> (where, the body) of each body with head noun HEAD whose initials, as the paper defined them, open
        a sentence of TEXT[start:end] before a verb ("The YJMB reports to ..."): a subject as its full name is."""
        found: dict[str, tuple[int, Entity]] = {}
        for acr, e in self.acronyms.items():
            if e.kind != "body" or e.name.split()[-1] != head or e is self.body or e is self.council:
                continue
            for a, b in _word_spans(self.text, (acr,), end):
                if a >= start and _OPENS_SENTENCE.search(self.text, max(0, a - 12), a) and \
                        _VERB_AFTER.match(self.text, b):
                    found[e.iri] = (a, e)
        return found

    def _section_heading(self, head: str, pos: int) -> tuple[int, Entity] | None:
        """(where, the body) of the section POS lies in when its heading names a body ending in HEAD ("3. Wigan
        Reducing Reoffending Group"): the body the section's "the Group" means (see heading_scope)."""
        scoped = self.heading_scope(pos)
        return scoped if scoped is not None and scoped[1].name.split()[-1] == head else None

    def _csp_board(self, name: str) -> bool:
        """Whether NAME is the partnership met as a board ("the Partnership Board", "the Eastvale Partnership
        Board"; heads.yaml csp_boards): in a paper that says which body is its area's CSP, that body, not a second
        board named after the area."""
        boards = heads().csp_boards
        return name in boards or bool(self.ctx.area) and any(name == f"{self.ctx.area} {b}" for b in boards)

    def _stated_partnership(self) -> Entity | None:
        """The body the paper says is its area's community safety partnership ("the Safer Kestermoor Partnership
        (the city's CSP)", "Safer Eastvale Partnership, the community safety partnership for the borough", "X is
        the CSP for Eastvale"): "the CSP" and "Eastvale Community Safety Partnership" are then that body. None
        when the paper names none, or two."""
        if self._csp is not False:
            return self._csp if isinstance(self._csp, Entity) else None
        from .mentions import find_mentions

        self._csp = None  # looked for: a body resolved below must not look again
        found: dict[str, Entity] = {}
        # every description ends in "CSP" or "[Cc]ommunity [Ss]afety [Pp]artnership": a paper holding neither is
        # settled by substring tests, where the pattern is tried at every comma, bracket and space of the paper
        if "CSP" not in self.text and "community safety partnership" not in self.text.lower():
            return None
        for d in _csp_descriptions(self.text):
            if not all(self._own_place(p) for p in (d.group("place"), d.group("for")) if p):
                continue  # another area's partnership
            before = [m for m in find_mentions(self.text, max(0, d.start() - 120), d.start()) if m.kind == "body"]
            if not before or self.text[before[-1].end : d.start()].strip(" ,("):
                continue
            body = self.body_named(before[-1].name, before[-1].acronym, place=before[-1].place)
            if not _AREA_CSP.fullmatch(body.name):
                found[body.iri] = body
        if not found:
            found = self._shared_partnerships()
        self._csp = next(iter(found.values())) if len(found) == 1 else None
        return self._csp

    def _shared_partnerships(self) -> dict[str, Entity]:
        """The community safety partnerships the paper names for its own area together with others ("the Northvale
        and Southmere Community Safety Partnership", "Northvale and Southmere CSP"): a partnership two councils
        share is the one their papers' "the CSP" and "the partnership" mean."""
        area = placenames.canonical_place(self.ctx.area) if self.ctx.area else None
        found: dict[str, Entity] = {}
        if area is None:
            return found
        for m in _SHARED_CSP.finditer(self.text):
            # (a place with "and" in its own name is one of them: "Bassetlaw, Newark & Sherwood CSP")
            places = placenames.split_places(m.group("places")) or []
            if len(places) < 2 or area not in {placenames.canonical_place(w) for w in places}:
                continue
            if all(_alone_csp(self.text, p) for p in places):
                continue  # each place's own partnership is named too: the shared one is another body (a merger)
            joined = ", ".join(places[:-1]) + (", " if re.search(r"\s(?:and|&)\s", places[-1]) else " and ") + \
                places[-1]
            body = self.body_named(f"{joined} Community Safety Partnership",
                                   written=" ".join(m.group(0).split()))
            found[body.iri] = body
        return found

    def _joint_area(self) -> str | None:
        """The places of the one partnership the paper's council shares with others, joined as the paper joins them
        ("Castle Point and Rochford"): a generic local plan of a shared partnership's paper is the partnership's, of
        both places, not of the one council the paper's area names. None when the paper names no such partnership,
        or two."""
        if self._joint is False:
            shared = self._shared_partnerships()
            self._joint = None
            if len(shared) == 1:
                name = next(iter(shared.values())).name
                # "Castle Point and Rochford District CSP": the council's kind after the last place is no place
                self._joint = re.sub(r"\s+(?:District|Borough|County|City)$", "",
                                     name.removesuffix(" Community Safety Partnership"))
        return self._joint if isinstance(self._joint, str) else None

    def _spelt_place(self, name: str) -> str | None:
        """NAME with its first word, the initials of a place the paper names ("NW" for North Worcestershire),
        spelt out; None when the first word is no such initials, is an acronym of its own, or fits two places."""
        first, _, rest = name.partition(" ")
        if not rest or not re.fullmatch(r"[A-Z]{2,3}", first) or first in self.acronyms or first in acronyms():
            return None
        fits = {p for p in (self.ctx.area, *self.ctx.places, *self._part_places()) if p and len(p.split()) >= 2 and
                "".join(w[0] for w in p.split() if w[0].isupper()) == first}
        return f"{fits.pop()} {rest}" if len(fits) == 1 else None

    def _part_places(self) -> set[str]:
        """The parts of known places the paper names by a compass word ("North Worcestershire", "East Kent"),
        which partnerships often cover though no council does."""
        if self._parts is None:
            self._parts = {m.group(0) for m in _PART_PLACE.finditer(self.text) if placenames.is_place(m.group("place"))}
        return self._parts

    def _own_place(self, words: str) -> bool:
        """WORDS ("the borough's", "the county borough", "Eastvale's", "Eastvale") name the paper's own area."""
        bare = re.sub(r"^the\s+|['’]s$", "", words.strip(), flags=re.I).strip()
        return bare.casefold() in _OWN_PLACE_WORDS or (bool(self.ctx.area) and bare == self.ctx.area)

    def _own_police_area(self, place: str) -> str | None:
        """PLACE when it is the paper's own police area, known from its heading though not to the gazetteer."""
        return place if place == self.ctx.police_area else None

    def _council_called(self, name: str) -> Entity | None:
        """ "the Council" is the paper's council; "the County Council" in a district's paper is the county's (a
        district paper speaks of both tiers), and nobody known when the gazetteer cannot say which it is."""
        if not name.startswith("County ") or self.council is None or "County" in self.council.name:
            return self.council
        county = placenames.county_council_of(self.ctx.area)
        if county:
            return self.body_named(county)
        place = placenames.canonical_place(self.ctx.area) if self.ctx.area else None
        return self.council if place and placenames.county_council_of(place) is None and \
            placenames.council_of(place) == self.council.name else None

    def _council_meeting(self, name: str, pos: int) -> Entity | None:
        """ "the Cabinet" is the paper's council's cabinet, as "the Council" is its council (a body of that name
        named in full before, "Eastvale Borough Council Cabinet", is the one meant); unknown when the paper speaks of
        several councils' cabinets ("the Cabinet of each Council") or has no council."""
        if self.council is None or self.parties() or _OF_WHICH_COUNCIL.match(self.text, pos + len(name)) or \
                not _MEETING_BEFORE.search(self.text, max(0, pos - 12), pos):
            return None
        named = self._earlier(name, pos)
        if named is not None and named.name.casefold().endswith(name.casefold()):
            return named
        council = self.council.name
        # (the forms papers write it in besides: "Cabinet, Eastvale Borough Council", "Cabinet of Eastvale ...")
        return self.remember(self.body_named(f"{council} {name}", written=name), f"{name}, {council}",
                             f"{name} of {council}")

    def _defined_as(self, name: str, pos: int) -> Entity | None:
        """The body the paper defined as "the NAME" before POS: 'The SMP Strategic Board ("the Board")', 'the
        Safer Ely Partnership (referred to as "the Partnership")'. A drafter's definition outranks every guess."""
        if self._definitions is None:
            self._definitions = self._read_definitions()
        wanted = name.casefold()
        found = None
        for end, defined, body in self._definitions:
            if end > pos:
                break
            if defined == wanted:
                found = body
        return self.body_named(found.name, found.acronym, place=found.place) if found is not None else None

    def parties(self) -> dict[str, list[Entity]]:
        """The parties an agreement names and then calls together by one plural term ("(1) A COUNCIL ...; and (2)
        B COUNCIL ..., together "the Councils""): the term -> the councils it stands for (two or more)."""
        if self._parties is None:
            self._parties = {}
            for d in _PARTIES_TERM.finditer(self.text):
                block = self.text[max(0, self.text.rfind("\n\n", 0, d.start()), d.start() - 600) : d.start()]
                found: list[Entity] = []
                for c in _PARTY_COUNCIL.finditer(block):
                    name = " ".join(c.group(0).split())
                    name = name.title() if name.isupper() else name
                    usual = placenames.council_named(name)
                    if usual is None:
                        continue
                    e = self.body_named(usual)
                    if e is not None and e.iri not in {f.iri for f in found}:
                        found.append(e)
                if len(found) >= 2:
                    self._parties[d.group("term")] = found
        return self._parties

    def defined_name(self, name: str) -> str | None:
        """The full name of the body the paper defines anywhere as "the NAME" ('X ("the VAWG Board")'), if one."""
        if self._definitions is None:
            self._definitions = self._read_definitions()
        found = {m.name for _, defined, m in self._definitions if defined == name.casefold()}
        return found.pop() if len(found) == 1 else None

    def _read_definitions(self) -> list[tuple[int, str, Mention]]:
        """Every drafter's definition in the paper, read once: (where it starts, the word defined, the body)."""
        from .mentions import find_mentions

        out = []
        for d in _DEFINITION.finditer(self.text):
            before = [m for m in find_mentions(self.text, max(0, d.start() - 160), d.start()) if m.kind == "body"]
            if before and not self.text[before[-1].end : d.start()].strip():
                # in force from its opening bracket: the short name inside the definition is the body defined too
                out.append((d.start(), (d.group("name") or d.group("bare")).casefold(), before[-1]))
        out.extend(self._possessive_definitions())
        return sorted(out, key=lambda d: d[0])

    def _possessive_definitions(self) -> list[tuple[int, str, Mention]]:
        """ "The Safer Eastvale Partnership is the CSP for Eastvale. Its Board brings together ...": "its Board"
        is the board of the body the sentence before opens with, and "the Board" after it stands for that body, as
        "the Partnership Board" does (not for the last board the text happened to name, an Integrated Care Board)."""

        out: list[tuple[int, str, Mention]] = []
        if "Its" not in self.text or "Board" not in self.text:
            return out  # every match holds both: settled by two substring tests, not three look-behinds a character
        for d in _ITS_HEAD.finditer(self.text):
            first = self.subject_before(d.start())
            if first is not None:
                out.append((d.start("name"), d.group("name").casefold(), first))
        return out

    def subject_before(self, pos: int, *, short: bool = False) -> Mention | None:
        """The body the sentence before POS opens with ("The Safer Eastvale Partnership is ... . Its Board"): what
        a possessive "Its" at POS, a sentence's first word, stands for; None when that sentence opens otherwise.
        SHORT: a body's short name the paper defined ("CURV was set up in 2019.") opens it as well."""
        from .mentions import find_mentions

        stop = self.text.rfind(".", 0, pos)  # the full stop that ends the sentence before
        opening = max(self.text.rfind(". ", 0, stop), self.text.rfind("\n\n", 0, stop), self.text.rfind(".\n", 0, stop))
        if stop < 0 or opening < 0 or pos - opening > 400:
            return None
        first = next((m for m in find_mentions(self.text, opening + 1, pos) if m.kind in ("body", "name")), None)
        said = first is not None and (first.kind == "body" or short and first.kind == "name" and
                                       first.name in self.acronyms and self.acronyms[first.name].kind == "body")
        if said and _SENTENCE_OPENER.fullmatch(self.text[opening + 1 : first.start]):
            return first
        return None

    def _its_owner(self, pos: int) -> Entity | None:
        """The body a possessive "Its"/"its" right before POS stands for: the body its own sentence opens with (a
        lower-case "its" inside the sentence), or the sentence before opens with (a capital "Its" opening one); a
        brand the paper gave its own body counts. None when no "its" stands there, or that sentence opens
        with anything else (a council is no owner of a group read this way: its board is its cabinet or a committee)."""
        from .mentions import find_mentions

        its = _ITS_BEFORE.search(self.text, max(0, pos - 6), pos)
        if its is None:
            return None
        at = its.start()
        # the sentence the owner opens: this one for a lower-case "its", the one before for a capital "Its"
        stop = self.text.rfind(".", 0, at) if self.text[at] == "I" else at
        opening = max(self.text.rfind(". ", 0, stop), self.text.rfind("\n\n", 0, stop),
                      self.text.rfind(".\n", 0, stop))
        if stop < 0 or at - opening > 400:
            return None
        first = None
        for m in find_mentions(self.text, opening + 1, at):
            if m.kind not in ("body", "name"):
                continue
            if m.kind == "name" and _LINE_ENDS.match(self.text, m.end) and \
                    not self.text[self.text.rfind("\n", 0, m.start) + 1 : m.start].strip():
                continue  # a heading word on a line of its own ("BACKGROUND")
            # (a heading line above the sentence, "BACKGROUND", is no part of it: the sentence starts on its line)
            line = max(opening + 1, self.text.rfind("\n", 0, m.start) + 1)
            if _SENTENCE_OPENER.fullmatch(self.text[line : m.start]) and \
                    not self.text[opening + 1 : line].strip(" \t\n.").count(" "):
                first = m
            break
        if first is None:
            return None
        if is_acronym(first.name):
            return None  # "CURV was set up ... Its Strategic Board": named as written, "CURV Strategic Board"
        if first.kind == "name":
            own = self.body if self.body is not None and first.name == self.body.name else self.acronyms.get(first.name)
        else:
            own = self.body_mention(first) if first.extra.get("owner") is None else None
        return own if own is not None and own.kind == "body" and own is not self.council else None

    def _only_one(self, head: str) -> Entity | None:
        """ "the Partnership" in a paper with no meeting body: the one partnership the paper has read so far,
        named in full ("The Community Safety Partnership exists ..." read as the Castle Point and Rochford
        District CSP)."""
        found = {rec.entity.iri: rec.entity for rec in self._records.values() if rec.entity.kind == "body" and
                 rec.entity.name.split()[-1] == head and len(rec.entity.name.split()) > 1 and
                 rec.entity is not self.council and not _ORGANISATION_BOARD.search(rec.entity.name)}
        return next(iter(found.values())) if len(found) == 1 else None

    def _earlier(self, head: str, pos: int, kind: str = "body") -> Entity | None:
        """The last body (or publication) with head noun HEAD named in full in the text before POS."""
        from .mentions import find_mentions

        key = (head, kind)
        if key not in self._full_names:
            # every full name with this head in the paper, found once: a paper of one long line must not be
            # rescanned for each "the Board" (a name is read from a short window before its head noun)
            names: list[Mention] = []
            for m_start, m_end in _word_spans(self.text, (head[:1].upper() + head[1:].lower(), head.upper())):
                window = self.text.rfind("\n", 0, m_start) + 1
                if m_start - window > 160:
                    window = self.text.find(" ", m_start - 160, m_start) + 1 or m_start  # at a word's start
                for mention in find_mentions(self.text, window, m_end):
                    # "Our Community Safety Strategy 2023-2026": a generic name with its period is one paper
                    full = not mention.back_ref or not self._generic(mention.name) or \
                        _PERIOD_AFTER.match(self.text, m_end) is not None
                    if mention.kind == kind and mention.end == m_end and full and len(mention.name.split()) > 1:
                        names.append(mention)
            self._full_names[key] = names
        found = None
        for mention in self._full_names[key]:
            if mention.end > pos:
                break
            if kind == "body" and _ORGANISATION_BOARD.search(mention.name):
                continue  # "the North East Integrated Care Board" is a member organisation, never "the Board"
            if " ".join(mention.name.split()) in self._former_names:
                continue  # "we were known as the X Partnership until 2019": no later "the Partnership" is X
            found = mention
        if found is None:
            return None
        if kind == "body":
            return self._acronym_board(found.name) or self.body_named(found.name, found.acronym, place=found.place)
        return self.thing(kind, found)

    def _paper_referred(self, m: Mention) -> Entity | None:
        """What "the strategy", "this action plan" (a paper's head in lower case) stands for: the paper last named
        in full before it, when its name holds those words; None otherwise (the words alone name no paper)."""
        head = m.name.split()[-1]
        found = self._earlier(head, m.start, "publication")
        if found is None or m.name.casefold() not in found.name.casefold():
            return None
        if m.extra.get("this") and len({x.name for x in self._full_names[(head, "publication")]
                                        if x.end <= m.start and m.name.casefold() in x.name.casefold()}) > 1:
            return None  # "this plan" after two plans: the writer's own, which is not surely the last named
        return found

    def _board_partnership(self, pos: int) -> Entity | None:
        """In a paper with no body of its own, the partnership "the Board" at POS is: the one "the Partnership Board"
        stood for where the paper last wrote that ("4.1 The Partnership Board is co-chaired by ... 4.3 The Board
        reports to ..."), not a partnership named since in passing ("... the sub-group of the County Drugs
        Partnership"); else the partnership named last."""
        written = [m.start() for m in _THE_PARTNERSHIP_BOARD.finditer(self.text, 0, pos)]
        at = written[-1] if written else pos
        return self._earlier("Partnership", at)

    def _earlier_subject(self, head: str, pos: int) -> Entity | None:
        """When the text before POS names several bodies with head noun HEAD, the last one a sentence opens with
        ("4.3 The Northdale Youth Justice Management Board oversees the service"): a bare "the Board" further on
        speaks of the board the paper is about, not of the last board it mentions in passing. None when only one
        body is named, or none opens a sentence. (Called after _earlier, which read the names.)"""
        named = [m for m in self._full_names.get((head, "body"), []) if m.end <= pos and
                 not _ORGANISATION_BOARD.search(m.name)]
        if len({m.name for m in named}) < 2:
            return None
        opening = [m for m in named if _OPENS_SENTENCE.search(self.text, max(0, m.start - 12), m.start) and
                   _VERB_AFTER.match(self.text, m.end)]
        if not opening:
            return None
        return self.body_named(opening[-1].name, opening[-1].acronym, place=opening[-1].place)

    def reference(self, word: str, pos: int) -> Entity | None:
        """What "the WORD" (written lower-case or bare: "the partnership's", "the Plan's", "the Commissioner's")
        stands for at POS: the body or publication last named in full with that head, or the area's
        Commissioner."""
        word = word[:1].upper() + word[1:].lower() if not word.isupper() else word
        if word in ("Commissioner", "Pcc", "PCC"):
            return self.post(Mention(pos, pos, "post", "Commissioner"))
        if word in heads().publication:
            return self._earlier(word, pos, "publication")
        if word in heads().body or word.isupper():
            return self.back_reference(word, pos)
        return None

    def body_named(self, name: str, acronym: str | None = None, *, place: str | None = None,
                   written: str | None = None) -> Entity:
        name = tidy(name)
        if acronym is None and place is None and 2 <= len(name.split()) <= 3 and name[:1].isupper():
            full = self.defined_name(name)
            if full is not None and tidy(full) != name:
                # 'the X Regional Board ("the Regional Board")': the short name the drafter gave the body is that
                # body, wherever a reader names it, never a second node
                return self.remember(self.body_named(full), name, *(w for w in (written,) if w))
        own = re.match(r"([A-Z][\w -]+?)['’]s (?=[A-Z])", name)
        if own and placenames.is_place(own.group(1)):
            written = written or name
            # "Barnet's VAWG Delivery Group" -> "Barnet VAWG Delivery Group"
            name = f"{own.group(1)} {name[own.end():]}"
        if name in self.acronyms:
            return self.acronyms[name]
        first, _, rest = name.partition(" ")
        if first in self.acronyms and self.acronyms[first] is self.body and rest in heads().partnership_tiers:
            tier = self.own_tier(rest, written=name)  # "the ECSP Strategic Group": the paper's own partnership's
            if tier is not None:
                return tier
        if 2 <= len(name.split()) <= 4 and name.split()[0] not in ("The", "the"):
            # the short name the paper defines for one body ('X Regional Board ("the Regional Board")'), in a head,
            # a list's label or a table's caption, is the body defined: the short form alone would be a second node
            full = self.defined_name(name)
            if full is not None and full != name and full.endswith(name.split()[-1]):
                return self.remember(self.body_named(full), name)
        styled = self._council_by_style(name)
        if styled is not None:
            return self.remember(styled, name)
        spelt = self._spelt_place(name)
        if spelt is not None:
            written, name = written or name, spelt  # "NW Hate Incident Partnership" in a North Worcestershire paper
        commissioner = self._commissioner(name, written)
        if commissioner is not None:
            return commissioner  # "Office of the Police and Crime Commissioner for Kent": the commissioner's node
        words = name.split()
        if len(words) > 1 and words[0] in ("National", "Central", "Regional") and \
                placenames.known_body_name(" ".join(words[1:])) and not placenames.known_body_name(name):
            written = written or name
            name = " ".join(words[1:])  # "the National Home Office": the Home Office
        if len(words) > 1 and words[-1] in acronyms() and acronyms()[words[-1]][0] == "body" and \
                words[-1].isupper() and not placenames.known_body_name(name):
            # "North Worcestershire CSP" is the North Worcestershire Community Safety Partnership
            written = written or name
            name = f"{' '.join(words[:-1])} {acronyms()[words[-1]][1]}"
        # (in a paper of another partnership, "the Partnership Board" may be its own: the stated CSP only where the
        # paper's own body is none, its council, or that CSP)
        csp_board = self._csp_board(name) and (self.body is None or self.body is self.council or
                                                self.council_form(self.body.name) or
                                                self.body is self._stated_partnership())
        stated = self._stated_partnership() if _AREA_CSP.fullmatch(name) or csp_board else None
        if stated is not None and (csp_board or name in ("Community Safety Partnership",
                                                         f"{self.ctx.area} Community Safety Partnership")):
            return self.remember(stated, *(a for a in (written, name) if a))  # the body the paper says is its CSP
        if name in ("Government", "Central Government", "UK Government", "National Government"):
            # "the Government" is the UK government, unless a Welsh paper means its own
            welsh = "Welsh Government" in self.text and name == "Government" and placenames.in_wales(self.ctx.area)
            name = "Welsh Government" if welsh else "HM Government"
            written = written or name
        service = placenames.area_service(name, place or self.ctx.area)
        if service:
            # "Police" in a York paper is North Yorkshire Police
            return self.remember(Entity("body", service, subtype=_subtype(service)), name,
                                 *(w for w in (written,) if w))
        if _ACRONYM.fullmatch(name) and not self._resolving:
            self._resolving = True
            try:
                found = self.acronym(name)
            finally:
                self._resolving = False
            if found is not None and found.kind == "body":
                return found
        known = acronyms().get(name)
        if known and known[0] == "body":
            return self._known_acronym_body(name, known[1])
        known = placenames.known_body_name(name)
        # a generic name the gazetteer also knows nationally ("Youth Justice Board", "Probation Service") is, in
        # a local paper, the local one; a department or agency ("Serious Organised Crime Agency") never is
        if known and (known != name or not self._generic(name) or placenames.is_government(name) or
                      placenames.nationwide(name)):
            # one node for a council or force however it is written ("Solihull MBC", "Solihull Council")
            entity = self.remember(Entity("body", known, subtype=_subtype(known), area=place), name,
                                   *(a for a in (written,) if a))
            if acronym:
                self.define(acronym, entity)
            return entity
        place = place or placenames.leading_place(name)
        label, scope = name, None
        if place is None and self._generic(name) and (full := self._fuller_body(name)) is not None:
            return self.remember(full, name, *(a for a in (written,) if a))
        # a violence reduction unit or a police and crime panel serves a police area, not the paper's council
        # (and any body named for the commissioner's office: "the Police and Crime Board" the commissioner chairs)
        by_police = (name in police_area_bodies() or name.startswith(("Police and Crime ", "Police, Fire and Crime ")))\
            and self.ctx.police_area is not None
        home = self.ctx.police_area if by_police else self.ctx.area
        joint = None
        if not by_police and name.startswith("Joint ") and (joint := self._joint_area()) is not None:
            home = joint  # "the Joint Overview & Scrutiny Committee" of a shared partnership's councils: of all of them
        if place is None and name in heads().partnership_tiers and (tier := self.own_tier(name, written)) is not None:
            return tier  # "the Strategic Board" in a partnership's own paper: the partnership's, not the area's
        if place is None and self._generic(name) and self._owned_groups.get(name) and not by_police:
            # "Executive Group" on a regional board's chart in a district's paper is the board's, named by it
            owner = self._owned_groups[name]
            entity = self.remember(Entity("body", f"{owner} {name}", subtype=_subtype(name)), name,
                                   *(a for a in (written,) if a))
            if acronym:
                self.define(acronym, entity)
            return entity
        if place is None and self._generic(name):
            if home:
                label = f"{home} {name}"
            scope = home
        subtype = _subtype(label)
        # (named for all the councils, filed under the paper's own: a list of places is no one area)
        entity = Entity("body", label, scope=scope if label == name else None, subtype=subtype,
                        area=place or ((self.ctx.area if joint else home) if label != name else None))
        longer = [f"{form} {name}" for form in self._area_written_forms()] if label != name and not by_police else []
        longer += self._council_unit_names(label)
        entity = self.remember(entity, name, *(a for a in (written,) if a), *longer)
        if acronym:
            self.define(acronym, entity)
        return entity

    def owner_name(self, owner: Entity) -> str | None:
        """The name a generic group of OWNER is named by when OWNER is not the paper's own area's body (a
        regional or joint board, a county's board in a district's paper): the short name the paper defines for
        it, else its name; a group owned so passes its owner's name on. None for the paper's council or any body
        named for or scoped to its area: there the area's name stays."""
        if owner.kind != "body":
            return None
        if owner.name in self._owned_labels:
            return self._owned_labels[owner.name]
        area = self.ctx.area
        # (the paper's own body counts as another area's when it is named for none of the area: a district's paper
        # for a regional board it sits on)
        council = self.council.iri if self.council is not None else None
        if not area or owner.iri == council or area in owner.name or area in (owner.area, owner.scope):
            return None
        short = [a for a, e in self.acronyms.items() if e.iri == owner.iri and a.isupper() and len(a) >= 3]
        if self._generic(owner.name) or not short and placenames.leading_place(owner.name) is None:
            return None  # an owner with no place and no short name of its own: whose area it serves is not said
        return short[0] if len(short) == 1 else owner.name

    def own_tier(self, name: str, written: str | None = None) -> Entity | None:
        """The paper's own partnership's governing tier NAME ("Strategic Board", "Executive Group"; see heads.yaml
        partnership_tiers), named after the partnership: "the Strategic Board" in the Safer Eastvale Partnership's
        own paper is the "Safer Eastvale Partnership Strategic Board", and "the EVSP Strategic Board" is the same
        body. None when NAME is no such tier or the paper's own body is no partnership (a council's, or none known:
        whose tier it is would be a guess). The area's name for it stays an alias, as papers use both."""
        owner = self.body
        if name not in heads().partnership_tiers or owner is None or owner.kind != "body" or \
                owner is self.council or self.council_form(owner.name) or \
                owner.name.split()[-1] not in ("Partnership", "Partnerships") and self.body_head != "Partnership":
            return None
        # ("the Partnership Executive" of the X Partnership: its executive, the word not written twice)
        tier = name.split(" ", 1)[1] if name.split()[0] == owner.name.split()[-1] else name
        # (a name wrapped onto the next line is one name: a blank line ends it)
        gap = r"(?:[ \t]+|[ \t]*\n[ \t]*)"
        before = re.findall(rf"\b((?:[A-Z][\w'’-]*{gap}(?:(?:and|of|for|&){gap})?){{1,6}})" +
                            re.escape(name).replace(r"\ ", gap) + r"\b", self.text)
        named = {re.sub(r"^(?:The|Our|Its)\b ?", "", " ".join(n.split())) for n in before} - {""}
        # (initials the paper writes for its partnership before the tier, whether or not it defines them: "the NLCSP
        # Strategic Board")
        short = {a for a in self.acronyms if self.acronyms[a].iri == owner.iri and a.isupper()} | \
            {n for n in named if is_acronym(n) and n.isupper() and initials_fit(n, owner.name)}
        full = f"{owner.name} {tier}"
        # (the end of the owner's own name is its own: "Safeguarding Children Partnership Executive" cut at "of")
        own_forms = {*short, *((self.ctx.area,) if self.ctx.area else ())}
        others = {n for n in named if n not in own_forms and not f" {full}".endswith(f" {n} {tier}") and
                  not f" {owner.name} {name}".endswith(f" {n} {name}") and
                  n not in BODY_WORDS | {"Partnerships"} and  # a heading's lone kind word ("Partnership ...")
                  n.split()[0] not in ("A", "An", "Each", "Every", "Both", "All", "Any", "Its")}
        if len(others) == 1:
            # "The partners meet as the Safeguarding Partners Executive Group ... The Board reports to the Executive
            # Group": the one body of that tier the paper names in full is the one it means
            return self.remember(self.body_named(f"{next(iter(others))} {name}"), name)
        if others:
            return None  # two tiers of that name named in full: which one "the Executive Group" is is not said
        aliases = [name, *(f"{a} {tier}" for a in short), *((f"{self.ctx.area} {name}",) if self.ctx.area else ())]
        entity = self.remember(self.body_named(full, written=written or name), *aliases)
        if entity.kind == "body" and entity.iri != owner.iri:
            self.tier_owners[entity.iri] = owner
        return entity

    def generic_name(self, name: str) -> bool:
        """NAME is a generic body's name with no place of its own ("Executive Group", "Exploitation Sub-group"):
        the kind of name the resolver gives the paper's area."""
        name = tidy(name)
        return placenames.leading_place(name) is None and self._generic(name) and \
            not placenames.known_body_name(name)

    def own_group(self, name: str, owner: str) -> None:
        """Name the generic group NAME, wherever the paper writes it bare, by its owner's name OWNER (from
        owner_name) rather than by the paper's area; a name two owners claim keeps the area's."""
        name = tidy(name)
        if self._owned_groups.get(name, owner) != owner:
            self._owned_groups[name] = ""
        elif name not in self._owned_groups:
            self._owned_groups[name] = owner
            self._owned_labels[f"{owner} {name}"] = owner

    def _council_unit_names(self, label: str) -> list[str]:
        """The council's name before one of its own units ("Bedford Borough Council Democratic Services" for
        "Democratic Services" or "Bedford Democratic Services" in that council's paper)."""
        council, area = self.ctx.council, self.ctx.area
        if council and area and label.startswith(council + " "):
            # "Oakvale District Council Cabinet": the committee is also written with the area alone before it
            unit = label[len(council) + 1 :]
            return [f"{area} {unit}"] if self._council_committee(unit) else []
        unit = label[len(area) + 1 :] if area and label.startswith(area + " ") else label
        return [f"{council} {unit}"] if council and (unit in council_units() or self._council_committee(unit)) else []

    def _council_committee(self, unit: str) -> bool:
        """UNIT, a name with no place, is one of the paper's council's own committees ("Overview and Scrutiny
        Committee", "Cabinet"), which the gold mostly names with the council before it; a joint committee serves
        several councils, and a name that starts with a place (or any word not a kind's) is that place's."""
        council = self.ctx.council or ""
        end = next((e for e in council_committee_ends() if f" {unit}".endswith(e)), None)
        if not council.endswith(" Council") or end is None or unit.startswith("Joint ") or \
                placenames.leading_place(unit) is not None:
            return False
        remit = f" {unit}"[: -len(end)].strip()  # "Overview and Scrutiny", "Licensing": the words before its kind
        return not remit or self._generic(remit)

    def _area_written_forms(self) -> list[str]:
        """The longer forms the paper writes its area in before a name, from its council's ("Bedford Borough
        Community Safety Partnership" in a Bedford Borough Council paper): a generic body given the area is also
        known by them."""
        if self._area_forms is None:
            area, council = self.ctx.area, self.ctx.council or ""
            self._area_forms = [
                f"{area} {word}" for word in ("Borough", "City", "County", "District")
                if area and council.startswith(f"{area} {word} ") and _written_before_name(self.text, f"{area} {word}")]
        return self._area_forms

    def _known_acronym_body(self, acronym: str, expansion: str) -> Entity:
        # "the CSP" of a borough: the document's own partnership of that kind, else the area's generic one
        for e in (self.body, *[e for _, e in reversed(self._recent)]):
            if e is not None and initials_fit(acronym.rstrip("s"), _strip_place(e.name)):
                return self.remember(e, acronym)
        entity = self.body_named(expansion)
        return self.remember(entity, acronym)

    @staticmethod
    @lru_cache(maxsize=65536)
    def _generic(name: str) -> bool:
        # cached: asked of the same names at every reference, and it depends on the word lists alone
        words = [w for w in re.findall(r"[A-Za-z][A-Za-z'’\-]*", name) if w.casefold() not in _MINOR_WORDS]
        generic = heads().generic_words
        papers = _paper_words()
        return bool(words) and all(w.casefold() in generic or w.casefold() in papers for w in words)

    def acronym(self, acr: str) -> Entity | None:
        """The entity an acronym stands for: the document's own definition; a body the document names whose
        initials it spells ("SYP" for Safer York Partnership, "CYC" for City of York Council); a place's
        initials before a known acronym ("SLCSP": South Lakeland + CSP); the gazetteer's bodies of this area;
        the national list of acronyms."""
        if acr in self.acronyms:
            return self.acronyms[acr]
        core = acr[:-1] if acr.endswith("s") and not acr.isupper() else acr
        # two letters spell too many names ("AC" is not the "ADP Coordinator"): three at least
        fits = [rec.entity for rec in self._records.values()
                if len(core) >= 3 and rec.entity.kind in ("body", "post") and len(rec.entity.name.split()) >= 2
                and initials_fit(core, rec.entity.name)]
        if len({e.iri for e in fits}) == 1:
            return self.remember(fits[0], acr)
        council = placenames.council_of(self.ctx.area)
        if council and initials_fit(core, council):
            return self.remember(self.body_named(council), acr)
        built = self._place_acronym(core)
        if built is not None:
            return self.remember(built, acr)
        local = placenames.local_body(acr, self.ctx.area, self.ctx.police_area)
        if local:
            return self.remember(self.body_named(local), acr)
        known = acronyms().get(acr)
        if not known:
            return None
        kind, expansion = known
        if kind == "body":
            return self._known_acronym_body(acr, expansion)
        if kind == "post":
            return self.post_named(expansion, written=acr)
        if kind == "topic":
            return self.topic(expansion, written=acr)
        return None

    def _place_acronym(self, acr: str) -> Entity | None:
        """ "SLCSP" in a South Lakeland paper: a named place's initials followed by a known body acronym."""
        for area in (self.ctx.area, *self.ctx.places):
            if not area:
                continue
            initials = "".join(w[0] for w in area.replace("-", " ").split() if w[0].isupper())
            if not initials or not acr.startswith(initials) or len(acr) <= len(initials):
                continue
            rest = acronyms().get(acr[len(initials):])
            if rest and rest[0] == "body":
                return self.body_named(f"{area} {rest[1]}")
        return None

    # -- posts

    def post(self, m: Mention) -> Entity | None:
        name = tidy(m.name)
        holder = _HOLDER_BRACKET.search(name)
        if holder is not None and looks_like_person(holder.group(1).split()):
            # "the Director of Adult Social Care (Jo Lee)": the bracket names who holds the post, no part of it
            name = name[: holder.start()]
            m = replace(m, name=name, end=m.start + len(name))
        if name == "Mayor" and "London" in (self.ctx.area, self.ctx.police_area, *self.ctx.places[:3]):
            return self.post_named("Mayor of London", written=name)  # "the Mayor" of a London paper
        if name == "Mayor" and (named := self._area_mayor()) is not None:
            return self.post_named(named, written=name)  # "the Mayor" after "the Mayor of South Yorkshire"
        if name in ("Commissioner", "Police Commissioner", "Crime Commissioner") and (
            self._paper_commissioner() or "Police and Crime Commissioner" in self.text or "PCC" in self.text
        ):
            # "the Commissioner" in a PCC's paper is the area's Police and Crime Commissioner
            # the title the paper gives its commissioner (Durham's is "Police, Crime and Victims' Commissioner")
            label = self._commissioner_title()
            if self._paper_commissioner() is None:
                # no gazetteer area: the commissioner the paper names in full ("... Commissioner for Northdale")
                named = _NAMED_COMMISSIONER.search(self.text)
                if named:
                    return self.remember(self.post_named(named.group(0)), name)
            return self.post_named(label, written=name)
        if name in self.acronyms and self.acronyms[name].kind == "post":
            return self.remember(self.acronyms[name], name)
        if name in acronyms() and acronyms()[name][0] == "post" and (ahead := self._post_defined_before(name, m.start)):
            return self.remember(ahead, name)
        if name in acronyms() and acronyms()[name][0] == "post":
            return self.post_named(acronyms()[name][1], written=name)
        owner = m.extra.get("owner")
        if owner is not None and owner.kind == "name" and owner.head == "acronym" and \
                not heads().post_office_re.search(name):
            # "TDC's Head of Street Scene": the post of the body the paper named by those initials
            known = self.acronym(owner.name)
            if known is not None and known.kind == "body":
                post = self.post_named(f"{name}, {known.name}", written=name)
                return self.remember(post, f"{name} of {known.name}", name)
        if owner is not None and owner.kind == "body" and not heads().post_office_re.search(name):
            # "the Council's Chief Executive", "Saltringham Council's Head of Safeguarding": the owner's post
            owner_entity = self.body_mention(owner)
            if owner_entity is not None and owner_entity.kind == "body":
                post = self.post_named(f"{name}, {owner_entity.name}", written=name)
                return self.remember(post, f"{name} of {owner_entity.name}", name)
        at_body = self._employer_at(m.end) if owner is None and "," not in name and \
            not heads().post_office_re.search(name) else None
        if at_body is not None:
            # "the Cabinet Member for Resilience at Surrey County Council": the post of the public body after "at"
            _, employer = at_body
            post = self.post_named(f"{name}, {employer}", written=name)
            return self.remember(post, f"{name} of {employer}", name)
        prefix = m.extra.get("place_prefix")
        if prefix and owner is None and "," not in name and not heads().post_office_re.search(name):
            placed = self._place_post(name, prefix)
            if placed is not None:
                return placed
        if m.place is None and re.search(r"\b[Tt]he\s$", self.text[max(0, m.start - 4) : m.start]) and \
                not heads().post_office_re.search(name):
            qualified = self._qualified_post(name)
            if qualified is not None:
                return qualified  # "chaired by the Head of Housing" after "Head of Housing, X Council"
        if m.place is None and owner is None and not self._partner_after(m.end) and \
                (council_post := self._council_post(name, m.start, m.end)) is not None:
            return council_post
        e = self.post_named(name, place=m.place)
        if m.acronym:
            self.define(m.acronym, e)
        return e

    def _post_defined_before(self, acr: str, pos: int) -> Entity | None:
        """The post the paper spelt out before POS as ACR in brackets ("the Police and Crime Commissioner for X
        (PCC)" in a title or heading that no rule has read yet): the drafter's definition outranks the area's."""
        at = self.text.find(f"({acr})", 0, pos)
        if at < 0:
            return None
        from .mentions import find_mentions  # (as elsewhere in this module: mentions imports the resolver's kin)

        line = max(self.text.rfind("\n", 0, at) + 1, at - 120)
        found = [m for m in find_mentions(self.text, line, at) if m.end >= at - 1]
        if not found or found[-1].kind != "post" or found[-1].name == acr:
            return None
        m = found[-1]
        # "Report on the Police and Crime Commissioner for X (PCC) ...": a title's words before the post are not it
        lead = re.match(r".*?(?:on|of|to|from|by|about|for)\s+the\s+(?=[A-Z])", m.name)
        if lead is not None and heads().post_office_re.search(m.name[lead.end() :]):
            m = replace(m, start=m.start + lead.end(), name=m.name[lead.end() :])
        return self.post(m)

    def _employer_at(self, end: int) -> tuple[str, str] | None:
        """(as written, the gazetteer's name) of the public body a post is written "at" right after END ("... at
        Surrey County Council,"), the name closed by punctuation, a line's end or a lower-case word."""
        m = _AT_EMPLOYER.match(self.text, end)
        if m is None:
            return None
        written = m.group("name")
        known = placenames.known_body_name(written)
        return (written, known) if known else None

    def _area_mayor(self) -> str | None:
        """The one elected mayor of a place the paper names ("Mayor of West Yorkshire"), whom "the Mayor" means."""
        found = {m.group(0) for m in _AREA_MAYOR.finditer(self.text) if placenames.is_place(m.group(1))}
        return found.pop() if len(found) == 1 else None

    def _place_post(self, name: str, prefix: str) -> Entity | None:
        """The post NAME of the place PREFIX a possessive wrote before it ("Wandsworth's Director of Public Health",
        "Richmond's Head of Youth Justice"): in a paper of two boroughs, or naming a neighbour's officer, the
        possessive says whose the post is, which a bare post would take from the paper's own council. A post only a
        council has is that place's council's (one node with the post the council's own paper writes bare); any
        other is qualified by the place. A rank alone ("Leeds's Chief Executive" apart) keeps the general path."""
        place = placenames.canonical_place(prefix) or prefix
        if not placenames.is_place(place):
            return None
        starts, other_owner, _ = council_posts()
        council = placenames.council_of(place)
        forms = [f"{name}, {place}", f"{place} {name}", f"{name} ({place})"]
        if prefix != place:
            forms += [f"{name}, {prefix}", f"{prefix} {name}"]
        if council and starts.match(name) and not other_owner.search(name):
            if self.ctx.council and self.council_form(council):
                own = self._council_post(name)  # the paper's own council's, named as its bare form is
                if own is not None:
                    return self.remember(own, *forms)
            if name in ("Leader", "Deputy Leader", "Council Leader"):
                return None  # "Wandsworth's Leader": a party's or the council's, the possessive does not say
            return self.remember(self.post_named(f"{name}, {council}", written=name), *forms, f"{name} of {council}")
        if not heads().post_leading_re.match(name):
            return None  # "Wandsworth's Chief Executive": whose organisation, a possessive place does not say
        if council and self.ctx.council and self.council_form(council) and not other_owner.search(name):
            # "Anglesey's Head of Adults' Services" on the council's own page: the council's officer, known by the
            # council's names as well as the place's
            forms += [f"{name}, {formal}" for formal in placenames.council_formal_names(place)]
        return self.remember(self.post_named(f"{name}, {place}", written=name), *forms)

    def _council_post(self, name: str, start: int | None = None, end: int | None = None) -> Entity | None:
        """A post only a council has ("Director of Public Health", "Cabinet Member for Communities"), written bare
        in a council's paper: that council's, named as the conventions name council posts ("Leader of Bromsgrove
        District Council"), its written and other usual qualified forms kept as aliases. An officer's title naming
        its field ("Head of Children's Services"), written at START, is the council's too unless it names another
        organisation or its line is labelled by one ("NCC: Head of ..." in a paper of two councils)."""
        council = self.ctx.council
        kind = council_post_kind(name)
        if not council or kind is None or "," in name or " of the " in name or "Council " in f"{name} ":
            return None
        if kind == "field" and (start is None or end is None or self._line_of_another_body(start) or
                                _ranked_holder_before(self.text, start) or self._department_after(end)):
            return None
        if name.startswith("Director of Public Health") and placenames.in_wales(self.ctx.area):
            return None  # in Wales public health is the health board's, not the council's
        base = "Leader" if name == "Council Leader" else name
        label = f"{base} of {council}" if base in ("Leader", "Deputy Leader") else f"{base}, {council}"
        self._council_posts[label] = base
        aliases = [name, f"{base} of {council}", f"{base}, {council}", f"{base} ({council})"]
        if self.ctx.area and self.ctx.area in council:
            aliases.append(f"{base} ({self.ctx.area})")  # "Director of Public Health (Salford)"
            if not council_posts()[2].match(base):
                aliases.append(f"{self.ctx.area} {base}")  # an officer's post: "Salford Community Safety Manager"
        return self.remember(self.post_named(label, written=name), *aliases)

    def _department_after(self, end: int) -> bool:
        """Whether capitalised words that are no person's name follow the post after a comma ("the Head of Service,
        Community Safety"): the post's name goes on, its department or team, and is more than the title read."""
        after = _COMMA_CAPITALS.match(self.text, end)
        if after is None or looks_like_person(after.group(1).split()):
            return False
        words = after.group(1).strip()
        return not (self.council_form(words) or self._own_initials(words))

    def own_initials(self, token: str) -> bool:
        """TOKEN is the paper's council by its initials (see _own_initials), for readers outside the resolver."""
        return self._own_initials(token)

    def _own_initials(self, token: str) -> bool:
        """TOKEN is the paper's council by its initials ("LBH" for the London Borough of Hackney)."""
        if self.council is None or not token.isupper() or " " in token:
            return False
        known = self.acronyms.get(token)
        if known is not None:
            return known.iri == self.council.iri
        if token in acronyms():
            return False  # "PCC" unglossed in a Peterborough paper: the gazetteer's commissioner as well, unclear
        formal = (self.council.name, *placenames.council_formal_names(self.ctx.area)) if self.ctx.area else \
            (self.council.name,)
        return any("".join(w[0] for w in f.split() if w[:1].isupper()) == token for f in formal)

    def _line_of_another_body(self, start: int) -> bool:
        """Whether the line before START is labelled by a body other than the paper's council, by its initials or
        name and a colon ("NCC: Head of Regulatory Services", "Signed for TCBC:"): what follows is that body's."""
        line = self.text[self.text.rfind("\n", 0, start) + 1 : start]
        m = re.search(r"(?P<label>[A-Z][\w&'’.-]*(?:[ \t]+(?:[A-Z][\w&'’.-]*|of|and|&))*):[ \t]*(?:the[ \t]+)?$", line)
        if m is None:
            return False
        label = m.group("label")
        known = self.acronyms.get(label)
        if known is not None:
            return self.council is None or known.iri != self.council.iri
        return placenames.council_named(label) is not None and not self.council_form(label)

    def _partner_after(self, end: int) -> bool:
        """Whether the text names another organisation straight after a post ("Head of Community Safety, Devon
        Police", "Director of Public Health (Health Board)"): the post is that organisation's."""
        m = _WRITTEN_OWNER.match(self.text, end)
        if m is None:
            return False
        owner = m.group("owner").strip()
        # "Cabinet Member for Community Safety, Ceredigion County Council" in a paper of several councils: the
        # post is the council's written after it, not the paper's own
        other_council = placenames.council_named(owner) is not None and not self.council_form(owner)
        return other_council or council_posts()[1].search(owner) is not None

    def _owned_elsewhere(self, name: str) -> str:
        """NAME with a post this paper gave its council written bare again, when a reader qualifies that post by
        the organisation written beside it ("Head of Community Safety, Norfolk Fire and Rescue Service"): the
        written owner is whose the post is."""
        for label, bare in self._council_posts.items():
            if name.startswith(label + ", "):
                return bare + name[len(label) :]
        return name

    def _commissioner_title(self, kind: str | None = None) -> str:
        """The title the paper gives its commissioner (Durham's is "Police, Crime and Victims' Commissioner"); of
        KIND, or else of the kind of the paper's own commissioner."""
        if kind is None and (own := self._paper_commissioner()) is not None:
            kind = own[1]
        if kind == "pfcc" or (kind is None and "Fire and Crime Commissioner" in self.text):
            return "Police, Fire and Crime Commissioner"
        if _VICTIMS_TITLE.search(self.text):
            return "Police, Crime and Victims' Commissioner"
        return "Police and Crime Commissioner"

    def _commissioner(self, name: str, written: str | None) -> Entity | None:
        """The area's commissioner when NAME is any form of their title ("Kent PCC", "PCC for Kent"), one node with
        "the Commissioner" of the same paper; their office when NAME names it in any form ("Office of the Kent
        Police and Crime Commissioner", "Kent OPCC", "the OPCC"). The office stays a body of its own: its staff
        work for it and do not hold the commissioner's post."""
        found = placenames.commissioner_office(name) or self._own_commissioner_office(name)
        if found is None:
            return None
        area, kind = found
        title = self._commissioner_title(kind)
        aliases = [a for a in (name, written) if a]
        if _OFFICE_WORD.search(name):
            official = placenames.police_office_name(area, title) or f"{title} for {area}"
            label = f"Office of the {official}"
            # (every form the paper writes it in, and its other usual forms, "Surrey OPCC", "OPCC Surrey": its
            # staff's posts are written with any)
            written_forms = self._office_name(area, title, office=True).forms
            return self.remember(Entity("body", label, area=area), *aliases, *written_forms,
                                 *placenames.commissioner_office_forms(label))
        return self._holder(area, title, *aliases)

    def _office_name(self, area: str, title: str, office: bool = False) -> office_names.OfficeName:
        """The paper's one decision on the name of AREA's commissioner with TITLE (or, with OFFICE, of their
        office): read once per paper, used for every mention of it."""
        key = (area, office_names.kind_of_title(title), office)
        if key not in self._office_names:
            self._office_names[key] = office_names.commissioner_name(self.text, area, key[1], office)
        return self._office_names[key]

    def _holder(self, area: str, title: str, *aliases: str) -> Entity:
        """The node of AREA's commissioner with TITLE: one node per office across papers, labelled "<area>
        <title>" (the graph's one name for it, which answers give), known in this paper by every form of its
        name the paper writes, the fullest first (office_names.commissioner_name), and by the official one."""
        decision = self._office_name(area, title)
        official = placenames.police_office_name(area, title)
        return self.remember(Entity("post", f"{area} {title}", area=area), *aliases, *decision.forms,
                             *((official,) if official else ()))

    def _own_commissioner_office(self, name: str) -> tuple[str, str] | None:
        """(police area, kind) for an office named without its area ("the OPCC", "the Office of the Police and
        Crime Commissioner"): the paper's police area's, when that area has a commissioner."""
        if not _OFFICE_ALONE.fullmatch(name):
            return None
        # (a police and crime panel's minutes name no council's area: the panel's own name says whose commissioner)
        panel = _PANEL_OF.fullmatch(self.ctx.body or "")
        own = self._paper_commissioner()
        area = own[0] if own else (placenames.police_area(panel.group("place")) if panel else None)
        if not area or not placenames.ever_had_commissioner(area):
            return None
        return area, "pfcc" if "Fire" in name or "FC" in name or "FP" in name else "pcc"

    def _paper_commissioner(self) -> tuple[str, str | None] | None:
        """(police area, kind or None) of the commissioner a bare "the Commissioner", "the PCC", "the OPCC" of
        this paper is: the paper's own police area's when the paper names that commissioner or none in full;
        else the one commissioner it names (a paper of an area the gazetteer does not know, a council's paper
        on the neighbouring commissioner's grant); nobody known when it names two others."""
        if not self._own_commissioner:
            named = [(a, k) for a, k in office_names.named_offices(self.text) if k != "mayor"]
            own = self.ctx.police_area or placenames.police_area(self.ctx.area)
            areas = list(dict.fromkeys(a for a, _ in named))
            decided: tuple[str, str | None] | None = None
            if own and (own in areas or not areas):
                # (a paper naming the office of two eras, "the PCC ... became the PFCC": the later one's)
                decided = own, office_names.latest_kind(own, {k for a, k in named if a == own})
            elif len(areas) == 1:
                decided = named[0]
            elif own:
                decided = own, None
            self._own_commissioner.append(decided)
        return self._own_commissioner[0]

    def known_thing(self, name: str, kinds: frozenset[str]) -> Entity | None:
        """The one entity of KINDS this paper already named NAME (or gave NAME as an alias): "CONTEST 2018"
        read elsewhere as the Government's strategy."""
        key = tidy(name).casefold()
        named = [rec.entity for rec in self._records.values() if rec.entity.kind in kinds and
                 rec.entity.name.casefold() == key]
        if len(named) == 1:
            return named[0]
        found = [rec.entity for rec in self._records.values() if rec.entity.kind in kinds and
                 any(a.casefold() == key for a in rec.aliases)]
        return found[0] if len(found) == 1 and not named else None

    def _longer_named(self, name: str, kind: str) -> Entity | None:
        """The one KIND this paper named in full with NAME as its end ("Safer Halton Partnership Community Safety
        Strategy 2024-2027" for "Community Safety Strategy 2024-2027"); only names of three words or more."""
        if len(name.split()) < 3:
            return None
        if name not in self._fuller and not _capitalised_before(self.text, name):
            self._fuller[name] = None  # no match can end in NAME: the pattern need not be built nor run
        if name not in self._fuller:
            # the paper is searched once per name: a short name is often written many times
            # (a place joined by "and" or "with" is one name: "Castle Point and Rochford Partnership Plan")
            found = _name_pattern(
                r"(?<![\w'’-])(?:(?!The\b|This\b|That\b|Our\b|Its\b)[A-Z][\w'’&-]*[ \t]+){1,6}" + re.escape(name) +
                r"\b(?:\s\d{4}(?:\s?[-–/]\s?\d{2,4})?\b)?").finditer(self.text)
            longer = {tidy(self.text[placenames.joined_place_start(self.text, m.start()) : m.end()]) for m in found}
            # "the Police and Crime Commissioner's Police and Crime Plan": an owner's possessive before the name
            # is whose the paper is, no part of its name
            longer = {x for x in longer if not re.search(r"['’]s\s+" + re.escape(name), x)}
            # the same name with and without its years is one name
            longer = {x for x in longer if not any(y != x and y.startswith(x + " ") for y in longer)}
            # none, or two different fuller names: which is meant is not known
            self._fuller[name] = longer.pop() if len(longer) == 1 else None
        full = self._fuller[name]
        if full is None:
            return None
        place = placenames.leading_place(full)
        return self.remember(Entity(kind, full, area=place), full)

    def _dated(self, name: str) -> Entity | None:
        """The one paper this paper already named NAME with its years ("... Plan 2022/25"), when NAME has none."""
        if len(name.split()) < 3 or _strip_years(name) != name:
            return None
        found = {rec.entity.iri: rec.entity for rec in self._records.values() if rec.entity.kind == "publication"
                 and rec.entity.name != name and _strip_years(rec.entity.name) == name}
        longer = self._longer_named(name, "publication") if not found else None
        if not found and (longer is None or _strip_years(longer.name) == name):
            # not read yet: the one period the paper writes the name with ("... Strategy 2024-2027")
            periods = {years for q, years in _dated_forms(self.text, name)
                       if not _CAPITALISED_WORD_BEFORE.search(self.text[max(0, q - 30) : q])}
            if len(periods) == 1:
                full = f"{name} {periods.pop()}"
                return self.remember(Entity("publication", full, area=placenames.leading_place(full)), full)
        return next(iter(found.values())) if len(found) == 1 else None

    def _fuller_body(self, name: str) -> Entity | None:
        """The one body of this kind the paper names in full with its own area in the name: "the Community Safety
        Partnership" of a paper that also writes "Castle Point and Rochford District CSP". Never a body of
        another area, and nothing when the paper names two."""
        area = self.ctx.area
        if len(name.split()) < 2:
            return None
        head = self._letterhead_body(name)
        if head is not None:
            return head
        if not area:
            return None
        after = self._named_for_area(name)
        if after is not None:
            return after
        key = "body:" + name
        if key not in self._fuller:
            short = "".join(w[0] for w in name.split() if w[0].isupper())
            forms = re.escape(name) + (f"|{re.escape(short)}" if len(short) >= 2 else "")
            # only the lines that hold a form and the area can give a name that is kept below: often none, and
            # then the pattern built for this name is neither compiled nor run
            # (the area as the paper may write it: "Gwynedd and Anglesey CSP" in a paper of the Isle of Anglesey)
            spellings = placenames.place_spellings(area)
            lines = sorted({ln for spelt in spellings for ln in _lines_with_both(
                self.text, spelt, (name, short) if len(short) >= 2 else (name,))})
            pattern = _name_pattern(
                r"(?<![\w'’-])(?:(?!The\b|This\b|That\b|Our\b|Its\b|Each\b|Every\b)[A-Z][\w'’&-]*[ \t]+"
                r"(?:and[ \t]+)?){1,6}(?:" + forms + r")\b") if lines else None
            found = {tidy(m.group(0)) for a, b in lines for m in pattern.finditer(self.text, a, b)} \
                if pattern is not None else set()
            # the words before the name say where, as the area's name does ("Avon and Somerset Constabulary
            # Performance ..." is two names run together)
            found = {f for f in found if _word_spans(f, spellings) and
                     not any(w in heads().body for w in _name_pattern(forms).sub("", f).split())}
            self._fuller[key] = found.pop() if len(found) == 1 else None
        full = self._fuller[key]
        if full is None or full == f"{area} {name}":
            return None
        if full.endswith(" " + name):
            return self.remember(Entity("body", full, subtype=_subtype(full), area=area), full)
        return self.body_named(full)

    def _named_for_area(self, name: str) -> Entity | None:
        """The body the paper names as NAME "for" its own area ("the Combating Drugs Partnership for Tameside",
        "the Safeguarding Adults Board for Anglesey"): "the Combating Drugs Partnership" after it is that body, the
        place written after the kind, not before it."""
        key = "for:" + name
        if key not in self._fuller:
            places = "|".join(re.escape(p) for p in placenames.place_spellings(self.ctx.area))
            found = {m.group(0) for m in re.finditer(rf"(?<![\w-]){re.escape(name)} (?:for|in) (?:the )?(?:{places})"
                                                     r"(?![\w'’-])", self.text)}
            self._fuller[key] = found.pop() if len(found) == 1 else None
        full = self._fuller[key]
        return self.body_named(full) if full is not None else None

    def _letterhead_body(self, name: str) -> Entity | None:
        """The body whose name heads the paper's first line, when that name ends in the generic NAME: "the Fire and
        Rescue Authority" of a paper headed "TYNE AND WEAR FIRE AND RESCUE AUTHORITY" is the paper's own authority,
        whatever area the paper's places would give a generic name."""
        from .mentions import find_mentions

        if self._letterhead is None:
            lines = (ln for ln in self.text.split("\n", 12)[:12] if ln.strip() and
                     not ln.lower().startswith("source:"))
            first = next(lines, "")
            at = self.text.find(first) if first else -1
            found = [m for m in find_mentions(self.text, at, at + len(first)) if m.kind == "body"] if at >= 0 else []
            self._letterhead = found[0] if found and found[0].start == at and len(found[0].name.split()) > 2 and \
                not self._generic(found[0].name) else False
        head = self._letterhead
        if not head or not head.name.casefold().endswith(" " + name.casefold()):
            return None
        return self.body_named(head.name, head.acronym, place=head.place)

    def _qualified_post(self, name: str) -> Entity | None:
        """The one post this paper named as NAME of an organisation ("Head of Housing, Northdale Council") or NAME
        for a remit ("Deputy Mayor for Policing and Crime"): "the Deputy Mayor" later is that post, as the
        conventions name a post by its fullest form, not a second node for its bare head."""
        # the whole text, not only the posts resolved so far, says whether one fuller post is meant: a second
        # remit or department written anywhere leaves the bare post alone
        remits = {name + " for " + re.sub(r"\s+", " ", m.group(1))
                  for m in re.finditer(re.escape(name) + _REMIT_AFTER, self.text)}
        remits = {r for r in remits if _remit_form(name, r)}
        after = {re.sub(r"\s+", " ", m.group(1)) for m in re.finditer(re.escape(name) + _AFTER_COMMA, self.text)}
        after = {a for a in after if not looks_like_person(a.split())}
        if len(_longest_forms(remits)) + len(_longest_forms(after)) > 1:
            return None  # a form cut at a line's end ("for Policing and" / "Crime") is the longer one
        found = [rec.entity for rec in self._records.values()
                 if rec.entity.kind == "post" and (
                     rec.entity.name.startswith(name + ", ") and (
                         name in rec.aliases or any(rec.entity.name.startswith(f"{name}, {a}") for a in after))
                     or any(_remit_form(name, a) for a in rec.aliases))]
        if not found:
            # the full form may come later in the paper ("the Deputy Mayor" in the body, the title in the
            # signature): the one remit the paper writes after NAME
            return self.post_named(_longest_forms(remits).pop(), written=name) if remits else None
        # "Clinical Lead, Alcohol Services" and "..., Alcohol Services, X Trust": one post, its organisation added
        longest = max(found, key=lambda e: len(e.name))
        return longest if all(longest.name.startswith(e.name) for e in found) else None

    def paper_office(self) -> Entity | None:
        """The commissioner's office whose own paper this is: its first line (after the source) is the office's or
        the commissioner's name, as a decision notice's letterhead is ("OFFICE OF THE POLICE AND CRIME COMMISSIONER
        FOR DORSET"). A panel's or a council's paper that only mentions the commissioner has none."""
        if self._paper_office is False:
            first = next((ln.strip() for ln in self.text.split("\n", 12)[:12]
                          if ln.strip() and not ln.lower().startswith("source:")), "")
            found = placenames.commissioner_office(first) if _COMMISSIONER_HEAD.fullmatch(first) else None
            office = None
            if found is not None:
                area, kind = found
                title = self._commissioner_title(kind)
                official = placenames.police_office_name(area, title) or f"{title} for {area}"
                office = self._commissioner(f"Office of the {official}", None)
            self._paper_office = office if office is not None and office.kind == "body" else None
        return self._paper_office

    def _office_post(self, name: str) -> Entity | None:
        """A commissioner's office's officer: "Chief Finance Officer, OPCC" (the office written without its area, the
        paper's own police area's) and, in the office's own paper, a statutory officer written bare ("Chief
        Executive: Jo Lee" under its letterhead). Either is the post of that office, known by every form of the
        office's name ("..., OPCC for Dorset"), the written form kept as an alias."""
        staff = _OFFICE_STAFF.fullmatch(name)
        if staff is not None:
            post, office = staff.group("post"), self._commissioner(staff.group("office"), None)
        elif name in office_posts():
            post, office = name, self.paper_office()
        else:
            return None
        if office is None or office.kind != "body":
            return None
        return self.remember(self.post_named(f"{post}, {office.name}", written=name), name)

    def post_named(self, name: str, *, written: str | None = None, place: str | None = None) -> Entity:
        name = self._owned_elsewhere(tidy(name))
        if (office_post := self._office_post(name)) is not None:
            return office_post
        owner_first = _owner_before_post(name)
        if owner_first is not None:
            # "Westmoor Police District Commander" is the post "District Commander, Westmoor Police": one node
            # whichever way round the paper writes it, the written form an alias
            post, owner = owner_first
            return self.remember(self.post_named(f"{post}, {owner}", written=written or name, place=place), name)
        area = self.ctx.police_area or self.ctx.area
        force = placenames.police_force_name(area) if name == "Chief Constable" and place is None and area else None
        if force:
            # "the Chief Constable", "Chief Constable Jo Lee": the head of the paper's own force, one post per force
            return self.remember(self.post_named(f"Chief Constable of {force}", written=written or name), name)
        written = written and self._owned_elsewhere(written)
        commissioner = self._commissioner(name, written)
        if commissioner is not None:
            return commissioner
        office_for = _OFFICE_FOR.fullmatch(name)
        for_area = (_office_area(office_for.group("place")) or self._own_police_area(office_for.group("place"))) \
            if office_for and heads().post_office_re.fullmatch(office_for.group("office")) else None
        if office_for and for_area:
            # "Police and Crime Commissioner for Lancashire" is the Lancashire Police and Crime Commissioner
            area = for_area
            written = written or name
            name = f"{area} {office_for.group('office')}"
            holder = self._commissioner(name, written)
            if holder is not None:
                return holder
        place = place or placenames.leading_place(name)
        label, scope = name, None
        aliases = [a for a in (name, written) if a]
        if heads().post_office_re.fullmatch(name) and place is None:
            area = self.ctx.police_area or self.ctx.area
            if area and "Commissioner" in name and not placenames.ever_had_commissioner(area):
                # a London paper's "Police and Crime Commissioner": London has none (MOPAC holds the functions),
                # so the post keeps its written name, kept apart from other areas' like any generic post
                area, scope = None, self.ctx.area
            own = self._paper_commissioner() if "Commissioner" in name and "Deputy" not in name else None
            if own is not None and placenames.ever_had_commissioner(own[0]):
                # "the Police and Crime Commissioner" is the paper's own commissioner, named as the paper names it
                return self._holder(own[0], self._commissioner_title(office_names.kind_of_title(name)), *aliases)
            if area:
                label = f"{area} {name}"
                place = area  # the commissioner's area is the police area, not the paper's district
                deputy = placenames.police_office_name(area, name.removeprefix("Deputy ")) \
                    if name.startswith("Deputy ") else None
                if deputy:
                    aliases.append(f"Deputy {deputy}")  # "Deputy Police and Crime Commissioner for Lancashire"
        elif re.search(r"\bof the (?:County |District |Borough |City )?Council\b", name) and self.ctx.council:
            label = re.sub(r"\bthe (?:County |District |Borough |City )?Council\b", self.ctx.council, name)
        elif place is None and not (heads().post_office_re.search(name) and placenames.is_place(name.split()[0])):
            # a generic post is the area's; a commissioner named with its area ("Lancashire Police and Crime
            # Commissioner") already says whose it is
            scope = self.ctx.area
        entity = Entity("post", label, scope=scope, area=place or self.ctx.area)
        return self.remember(entity, *aliases, *self._organisation_aliases(label), *_of_council_forms(label),
                             *_of_organisation_forms(label))

    def _organisation_aliases(self, label: str) -> list[str]:
        """ "Head of Commissioning, Office of the Police and Crime Commissioner for Kent": the post written with
        each other full name the paper gives its organisation ("..., Office of the Kent Police and Crime
        Commissioner"), as the organisation itself is known by them."""
        # "Superintendent, Central Area, North Wales Police": the organisation is after the last comma that
        # leaves a body's name; the post before it may hold a comma of its own
        cuts = [m.start() for m in re.finditer(", ", label)]
        for cut in cuts:
            post, organisation = label[:cut], label[cut + 2 :]
            for rec in self._records.values():
                if rec.entity.kind == "body" and rec.entity.name == organisation:
                    # the organisation in brackets is as usual a form: "Head of Housing (Northdale Council)"
                    # (and by its initials: "Chief Finance Officer, OPCC" as the paper writes it)
                    written = [a for a in sorted(rec.aliases) if len(a.split()) > 1 or _INITIALS.fullmatch(a)]
                    written += [a for a in placenames.body_names(organisation) if a not in written]
                    return [f"{post} ({organisation})", *(f"{post}, {a}" for a in written),
                            *(f"{post} ({a})" for a in written)]
        for cut in cuts:
            # the organisation not named on its own yet: the other names the gazetteer knows it by
            post, organisation = label[:cut], label[cut + 2 :]
            if known := placenames.body_names(organisation):
                return [f"{post} ({organisation})", *(f"{post}, {a}" for a in known)]
        return []

    # -- topics, publications, initiatives, legislation

    def topic(self, text: str, *, written: str | None = None) -> Entity:
        found = topic_of(text)
        label = tidy(text)
        if found is not None:
            entity = Entity("topic", found.label, iri_override=found.iri)
            return self.remember(entity, label, *(a for a in (written,) if a))
        label = label[:1].upper() + label[1:]
        return self.remember(Entity("topic", label), *(a for a in (written,) if a))

    def unscoped(self, entity: Entity) -> Entity:
        """ENTITY without the area its generic name was given: a national paper's own name."""
        bare = unscoped_name(entity)
        if bare == entity.name:
            return entity
        return self.remember(Entity(entity.kind, bare, subtype=entity.subtype), bare)

    def rescoped(self, entity: Entity, area: str) -> Entity:
        """ENTITY, a generic name given the paper's area, given AREA instead (its producer's)."""
        bare = self.unscoped(entity)
        if bare is entity:
            return entity
        return self.remember(Entity(entity.kind, f"{area} {bare.name}", scope=area, subtype=entity.subtype),
                             bare.name)

    def thing(self, kind: str, m: Mention) -> Entity:
        name = tidy(m.name)
        if name in self.acronyms:
            return self.acronyms[name]
        if kind in ("publication", "initiative") and name in (heads().publication | heads().initiative) and \
                m.end > m.start and _BACK_REFERENCE.search(self.text[max(0, m.start - 24) : m.start]):
            earlier = self._earlier(name, m.start, kind)
            if earlier is not None:
                # "the Plan" after "the Safer Norfolk Plan", "the Duty" after "the Serious Violence Duty"
                return self.remember(earlier, name)
        written = name
        if kind == "publication" and (period := _PERIOD_BEFORE.search(self.text[max(0, m.start - 16) : m.start])) \
                and not _YEARS_IN.search(name):
            # "the 2019/20 Prevent Action Plan": the period written before the name is part of it, as after it
            name = f"{name} {period.group('period')}"
            written = f"{period.group('period')} {written}"
        if kind == "publication" and (dated := self._dated(name)) is not None:
            return self.remember(dated, name)  # "the Safer Stockport Plan" after "the Safer Stockport Plan 2022/25"
        words = name.split()
        if kind == "initiative" and len(words) > 2 and words[-1].islower() and words[-1].capitalize() in \
                heads().initiative and words[0][:1].isupper() and words[-2][:1].isupper():
            # "the Teachable Moments project": the project is known by what its writer capitalised as well
            written = name.rsplit(" ", 1)[0]
        place = m.extra.get("place_prefix") or m.place or placenames.leading_place(name)
        label, scope = name, None
        if m.extra.get("place_prefix"):
            label = f"{place} {name}"
        elif kind == "publication" and place is None and (longer := self._longer_named(name, kind)) is not None:
            return self.remember(longer, name)  # "the Community Safety Strategy 2024-2027" after its full title
        elif kind != "legislation" and place is None and self._generic(_strip_years(name)):
            # a generic local plan ("Police and Crime Plan") is its area's: "Derbyshire Police and Crime Plan"
            area = self.ctx.police_area if "Police" in name and self.ctx.police_area else \
                self._joint_area() or self.ctx.area
            if area:
                label = f"{area} {name}"
            scope = self.ctx.area if area == self._joint_area() else area
        entity = self.remember(Entity(kind, label, scope=scope, area=place), name, written)
        if m.acronym:
            self.define(m.acronym, entity)
        return entity


# "the Plan", "the draft Strategy", "its refreshed Plan": a paper's head noun pointing back to the paper named
# in full before (a version of the same paper, not a new one: "new" and "next" name another)
_BACK_REFERENCE = re.compile(r"\b(?:[Tt]he|[Tt]his|[Ii]ts|[Tt]heir|[Oo]ur)\s"
                             r"(?:(?:draft|revised|refreshed|updated|final|proposed|current)\s)?$")
_PERIOD_BEFORE = re.compile(r"\b(?:[Tt]he|[Ii]ts|[Tt]heir|[Oo]ur)\s+(?P<period>(?:19|20)\d\d\s?[/–-]\s?\d{2,4})\s+$")
_YEARS_IN = re.compile(r"\b(?:19|20)\d\d\b")
_PERIOD_AFTER = re.compile(r"[ \t]+(?:19|20)\d\d\b")


# 'together "the Councils"', '(together, the "Authorities")', 'collectively "the Parties"': an agreement's one term
# for all its parties, defined after it names them
_PARTIES_TERM = re.compile(r"(?i:together|collectively|jointly),?\s+(?:the\s+)?[\"“](?:the\s+)?"
                           r"(?P<term>[A-Z][a-z]+(?<=s))[\"”]")
# a party as an agreement's opening names it, in capitals or not ("NORTHBY DISTRICT COUNCIL of Mill Lane")
_PARTY_COUNCIL = re.compile(r"\b(?:[A-Z][\w'’&-]*\s+(?:(?:and|of|upon|on)\s+)?){1,5}?(?:COUNCIL|Council)\b|"
                            r"\b(?:LONDON|ROYAL|London|Royal)\s+(?:BOROUGH|Borough)\s+(?:OF|of)\s+(?:[A-Z][\w'’-]*\s?){1,3}")


@cache
def _paper_words() -> frozenset[str]:
    """The words of publication heads ("plan", "report", "framework"): a paper named only by them and by generic
    words ("Police and Crime Plan", "Annual Report") is generic."""
    return frozenset(w.casefold() for head in heads().publication for w in head.split()) | {"annual", "draft"}


_MINOR_WORDS = frozenset({"and", "of", "for", "the", "&", "on", "in", "to"})
_NAMED_COMMISSIONER = re.compile(r"\bPolice(?:, Fire)? and Crime Commissioner for (?:the )?[A-Z][\w'’-]+"
                                 r"(?: [A-Z][\w'’-]+)?"
                                 r"|\b(?!(?:The|This|Our|Their|Its|A|Deputy)\b)[A-Z][\w'’-]+(?: [A-Z][\w'’-]+)? "
                                 r"Police(?:, Fire)? and Crime Commissioner\b")
_PART_PLACE = re.compile(r"\b(?:North|South|East|West|Mid|Central|Greater|Inner|Outer) (?P<place>[A-Z][a-z]+)\b")
# "(the city's CSP)", ", the community safety partnership for the borough", " is the statutory CSP for Eastvale"
_CSP_DESCRIPTION = re.compile(
    r"(?:,[ \t]?|[ \t]?\([ \t]?| (?:is|acts as|serves as) )(?:(?:the|its|our)\s)?"
    r"(?:(?P<place>(?:[Tt]he\s+)?[A-Z]?[\w'’ -]{2,40}?['’]s)\s+)?(?:statutory\s+)?"
    r"(?:[Cc]ommunity [Ss]afety [Pp]artnership|CSP)\b(?:\s+for\s+(?:the\s+)?(?P<for>[\w -]{2,40}?)\b(?=[,.;)]))?")
_WORD_BOUNDARY = re.compile(r"\b")
_BEFORE_NAME = re.compile(r"['’]s\b| (?!Council\b)[A-Z]")


def _written_before_name(text: str, form: str) -> bool:
    """Whether re.search(r"\b" + re.escape(FORM) + r"(?:['’]s\b| (?!Council\b)[A-Z])", TEXT) finds a match: FORM
    found with str.find and the fixed patterns tried where it is, so no pattern is compiled for each paper's
    area (a first pass over papers of many areas compiled one for each)."""
    q = text.find(form)
    while q >= 0:
        if _WORD_BOUNDARY.match(text, q) and _BEFORE_NAME.match(text, q + len(form)):
            return True
        q = text.find(form, q + 1)
    return False


# the words that end every _CSP_DESCRIPTION, and a character none of its matches holds between its opener (a comma
# or bracket of its own, or a space) and those words
_CSP_WORDS = re.compile(r"[Cc]ommunity [Ss]afety [Pp]artnership|CSP")
_NOT_IN_CSP_DESCRIPTION = re.compile(r"[^\w'’\s-]")


def _csp_descriptions(text: str) -> Iterator[re.Match[str]]:
    """The matches of _CSP_DESCRIPTION.finditer(TEXT), found by trying the pattern only where one can start: a
    match holds the words it ends in, and between its start and them no character of _NOT_IN_CSP_DESCRIPTION
    but its opener's comma or bracket (at most one character after its start). So no match starts before the
    last such character ahead of the first of those words after POS, less one: the pattern is tried there, at
    a comma, bracket, space or tab, up to those words, and the paper is not searched at every comma and space
    (most of a paper's partnerships are named without any description)."""
    pos = 0
    backwards: str | None = None  # TEXT reversed, made at the first words found: the last such character before
    while (words := _CSP_WORDS.search(text, pos)) is not None:
        k = words.start()
        if backwards is None:
            backwards = text[::-1]
        behind = _NOT_IN_CSP_DESCRIPTION.search(backwards, len(text) - k)
        last = len(text) - 1 - behind.start() if behind is not None else -1
        found = None
        for s in range(max(pos, last - 1, 0), k + 1):
            if text[s] in ", \t(" and (found := _CSP_DESCRIPTION.match(text, s)) is not None:
                break
        if found is None:
            pos = k + 1  # no match starts at or before these words: the next starts after them
            continue
        yield found
        pos = found.end()


_OWN_PLACE_WORDS = frozenset({"city", "county", "borough", "district", "town", "county borough", "area", "city region",
                              "metropolitan borough", "local authority area", "council area"})
_AREA_CSP = re.compile(r"(?:[A-Z][\w'’ -]+ )?Community Safety Partnership")
# a partnership named for two places or more: "Northvale and Southmere Community Safety Partnership" (the name may
# wrap at a line's end), "Northvale, Eastmoor and Southmere CSP"
_SHARED_CSP = re.compile(r"\b(?P<places>(?!The\b)[A-Z][\w'’-]*(?:[ \t]+[A-Z][\w'’-]*){0,2}(?:,[ \t]+[A-Z][\w'’-]*"
                         r"(?:[ \t]+[A-Z][\w'’-]*){0,2})*\s+(?:and|&)\s+[A-Z][\w'’-]*(?:[ \t]+[A-Z][\w'’-]*){0,2}?)"
                         r"\s+(?:Community\s+Safety\s+Partnership|CSP)\b")


def _alone_csp(text: str, place: str) -> bool:
    """Does TEXT name PLACE's own community safety partnership, not as the last of a shared one's places ("the
    Northvale CSP", "NORTHVALE COMMUNITY SAFETY PARTNERSHIP"; not "Southmere and Northvale CSP")?"""
    for m in re.finditer(rf"\b{re.escape(place)}\s+(?:Community\s+Safety\s+Partnership|CSP)\b", text, re.I):
        if not re.search(r"(?:\band|&|,)\s*$", text[max(0, m.start() - 6) : m.start()], re.I):
            return True
    return False


# a commissioner's office named without its area
_OFFICE_WORD = re.compile(r"\bOffice\b|\bOP(?:F)?CC\b|\bOFPCC\b")
# ("the Office of the PCC": the office written with the post's initials)
_OFFICE_ALONE = re.compile(r"Office of the (?:Police(?:,? Fire)? (?:&|and) Crime Commissioner|P(?:F)?CC)|"
                           r"OP(?:F)?CC|OFPCC")
# a post of the office written without the office's area: "Chief Finance Officer, OPCC", "Chief Executive of the
# OPCC", "Chief Executive (Office of the Police and Crime Commissioner)"
_OFFICE_STAFF = re.compile(r"(?P<post>[A-Z][^,()]*?)(?:\s*,\s*|\s*\(\s*|\s+of\s+)(?:the\s+)?"
                           r"(?P<office>" + _OFFICE_ALONE.pattern + r")\)?")
# a police and crime panel, named by its police area
_PANEL_OF = re.compile(r"(?:the\s+)?(?P<place>[A-Z][\w'’ -]+?)\s+Police(?:,)?\s+(?:Fire\s+)?(?:and|&)\s+Crime\s+Panel")
# a paper's first line that is a commissioner's or their office's name, nothing more
_COMMISSIONER_HEAD = re.compile(r"(?i)(?:the\s+)?(?:office\s+of\s+the\s+)?[\w ,&'’-]*?(?:commissioner|o?pf?cc)\b"
                                r"[\w ,&'’-]{0,60}")
_OFFICE_FOR = re.compile(r"(?P<office>.+?(?:Commissioner|Mayor))\s+(?:for|of)\s+(?:the\s+)?(?P<place>[A-Z][\w ,&'’-]+)")


def _respelt(name: str, aliases: set[str], spellings: tuple[str, str]) -> set[str]:
    """NAME and its ALIASES with the area written the paper's other way ("Telford & Wrekin Council")."""
    area, written = spellings
    return {n.replace(area, written) for n in (name, *aliases) if area in n}


# an organisation whose name happens to end in "Board" ("NHS Kent and Medway Integrated Care Board") is not what a
# paper's bare "the Board" stands for: that is a board that meets
# an organisation called a board (an ICB, a Welsh health board, the national Youth Justice Board) is a partner or a
# funder, never the governance board a paper calls "the Board"
_ORGANISATION_BOARD = re.compile(r"\b(?:Integrated Care|(?:University |Teaching )?Health) Board$|"
                                 r"^(?:the )?Youth Justice Board(?: for England and Wales)?$")

# the subject of a clause, or of a list item's gloss after a spaced dash ("- Northdale Safety Board - chaired by ...")
_VERB_AFTER = re.compile(r"(?:\s+\([A-Z]{2,8}\))?(?:[ \t]+(?:is|are|was|has|will|[a-z]+s)\b|[ \t]+[-–—][ \t]+(?:co-)?"
                         r"(?:chaired|led|run|hosted|convened)\b)")

_ITS_BEFORE = re.compile(r"(?<![\w'’-])[Ii]ts[ \t]+\Z")

_LINE_ENDS = re.compile(r"[ \t]*(?:\([A-Z][A-Za-z&]{1,8}\)[ \t]*)?(?:\n|\Z)")

_OPENS_SENTENCE = re.compile(r"(?:^|[.:;]\s+|\n[ \t]*(?:[-*•][ \t]+)?)(?:\d+(?:\.\d+)*\.?\s+)?(?:[Tt]he\s+)?\Z")


# "Lead Member for Communities of East Sussex County Council": a portfolio post, then "of" and the council
_POST_OF_COUNCIL = re.compile(r"(?P<post>(?:Cabinet|Executive|Lead) Member for .+?|Portfolio Holder for .+?) of "
                              r"(?P<council>(?:the )?[A-Z][\w&'’ -]+ Council)")


def _of_council_forms(label: str) -> tuple[str, ...]:
    """The other usual forms of a councillor's portfolio post written with "of" and its council: the post with the
    council after a comma, and the bare portfolio the rest of the paper calls it."""
    m = _POST_OF_COUNCIL.fullmatch(label)
    if m is None or placenames.council_named(m.group("council")) is None:
        return ()
    return m.group("post"), f"{m.group('post')}, {m.group('council')}"


# a post written with its organisation after "of", "for" or "at": "District Commander for Kent Police", "Chief Officer
# of the Vale Women's Refuge"
_POST_OF_ORGANISATION = re.compile(r"(?P<post>[A-Z][\w'’-]*(?: [A-Z][\w'’-]*)*) (?:of|for|at) (?:the )?"
                                   r"(?P<organisation>[A-Z][\w&'’-]*(?: (?:[A-Z][\w&'’-]*|and|of|&))*)")


def _of_organisation_forms(label: str) -> tuple[str, ...]:
    """The post LABEL names with "of/for/at" and an organisation, written as posts are usually written with their
    organisation: after a comma or in brackets ("District Commander, Kent Police"). Only when the words before are
    a post's (their last word is a post's head) and the words after an organisation's (their last is a body's
    head): "Director of Public Health" or "Head of Community Safety" name a field, not an employer."""
    m = _POST_OF_ORGANISATION.fullmatch(label)
    if m is None:
        return ()
    post, organisation = m.group("post"), m.group("organisation")
    h = heads()
    last = organisation.split()[-1]
    post_head = any(post == t or post.endswith(" " + t) for t in h.post_trailing)
    if not post_head or last not in h.body or (last in h.needs_modifier and len(organisation.split()) < 2):
        return ()
    return f"{post}, {organisation}", f"{post} ({organisation})"


# a bracket right after a body's name, on its line: "(London)", "(Walsall PDU)", "(South Central region)"
_AREA_BRACKET = re.compile(r"[ \t]*\(([A-Z][^()\n]{1,48})\)")
# the words a local office's bracket ends with when it is not a place alone
_LOCAL_OFFICE = re.compile(r"\b(?:PDU|Probation Delivery Unit|[Rr]egion|[Dd]ivision)$")


def _area_note(note: str) -> bool:
    """NOTE (a bracket after a body's name) names the area or local unit the body serves: a place, or a place
    and a unit word ("Walsall PDU", "Kent, Surrey and Sussex region"); never initials, a person or a remark."""
    note = re.sub(r"\s+", " ", note).strip()
    if placenames.is_place(note):
        return True
    unit = _LOCAL_OFFICE.search(note)
    return unit is not None and placenames.leading_place(note) is not None and len(note.split()) <= 7


# the remit after a bare post's head, on its line: "for Policing, Crime, Criminal Justice and Fire"
_REMIT_AFTER = r"\s+for\s+((?:[A-Z][\w'’&-]*,?[ \t]+(?:(?:and|&)[ \t]+)?)*[A-Z][\w'’&-]*)\b"


# what a comma after a bare post's head begins, on its line: "Local Policing", "Substance Misuse", "X Council"
_AFTER_COMMA = r",[ \t]+([A-Z][\w'’&-]*(?:[ \t]+(?:[A-Z][\w'’&-]*|and|of|&))*)"


def _longest_forms(forms: set[str]) -> set[str]:
    """FORMS without those another form begins with (a name cut at a line's end is the longer name)."""
    return {f for f in forms if not any(o != f and o.startswith(f + " ") for o in forms)}


def _remit_form(bare: str, written: str) -> bool:
    """WRITTEN is the post BARE for a remit ("Deputy Mayor for Policing and Crime"), short enough to be one post's
    name: a span read across a line into the next person's name and post is none."""
    rest = written.removeprefix(bare + " for ")
    return rest != written and len(rest.split()) <= 7 and not re.search(r"[–—]| - ", rest)


def _owner_before_post(name: str) -> tuple[str, str] | None:
    """(the post, its organisation's name) when NAME is a public body's name (not a council's: a council's posts
    have conventions of their own) followed by a post's title: "Sussex Police Divisional Commander"."""
    found = placenames.leading_body(name)
    if found is None:
        return None
    rest = name[len(found[0]) :].strip()
    # "North Wales Police Superintendent, Central Area": the title is what comes before the unit it serves
    title = rest.split(", ")[0]
    words = title.split()
    if not words or not words[0][:1].isupper() or " of the " in f" {title} " or \
            ("," in rest and not all(extended_unit(u) for u in rest.split(", ")[1:])):
        return None
    h = heads()
    if not (h.post_leading_re.match(title) or words[-1] in h.post_trailing or title in names().ranks.values()):
        return None
    return rest, found[1]


def _office_area(place: str) -> str | None:
    """The police area an office "for PLACE" serves: a place's, or a force's ("... for Dyfed Powys Police")."""
    if placenames.is_place(place):
        return placenames.police_area(place) or place
    return placenames.force_area(place)


def _strip_years(name: str) -> str:
    return re.sub(r"\s*\(?\d{4}(?:\s?[-–/]\s?\d{2,4})?\)?", "", name).strip()


# "the Partnership Board" written bare: the board of a partnership named before
_THE_PARTNERSHIP_BOARD = re.compile(r"\b[Tt]he\s+[Pp]artnership\s+[Bb]oard\b")


def _strip_place(name: str) -> str:
    place = placenames.leading_place(name)
    return name[len(place) :].strip() if place else name


_SUBTYPES = (
    ("Council", re.compile(r"\bCouncil$")),
    ("Partnership", re.compile(r"\bPartnership$")),
    ("Board", re.compile(r"\bBoard$")),
    ("Committee", re.compile(r"\b(?:Committee|Cabinet)$")),
    ("Panel", re.compile(r"\bPanel$")),
    ("Group", re.compile(r"\b(?:Group|Sub-[Gg]roup|Subgroup)$")),
    ("PoliceBody", re.compile(r"\b(?:Police|Constabulary|Police Service)$")),
)


def _subtype(name: str) -> str | None:
    for subtype, pattern in _SUBTYPES:
        if pattern.search(name):
            return subtype
    return None


def _modifiers_fit(description: str, name: str) -> bool:
    """Every word of DESCRIPTION before its head noun is a word of NAME: "the Community Safety Partnership" and
    "the Partnership Board" fit the Tower Vale Community Safety Partnership, "the Local Strategic Partnership" does
    not (a body of another kind, which a paper names beside its own)."""
    own = {w.casefold() for w in name.split()}
    return all(w.casefold() in own for w in description.split()[:-1])


def _description_fits(description: str, name: str) -> bool:
    """ "the Forum", "this Forum", "the Hate Crime Forum" can stand for the Northdale Hate Crime Forum: the same head
    noun, and no word before it that the name lacks."""
    words = description.split()
    if len(words) == 1 and words[0].casefold() in _ANY_GROUP:
        return True  # "the group", "the sub-group": any body a section's heading names ("2.1 Northdale Prevent Board")
    return bool(words) and name.split()[-1].casefold() == words[-1].casefold() and _modifiers_fit(description, name)


# the words a writer uses for a section's body whatever its own head noun
_ANY_GROUP = frozenset({"group", "sub-group", "subgroup"})
