"""Mentions: the names in a stretch of text, found by their form and typed by their head words.

A mention is a span with a kind (person, post, body, publication, initiative, legislation, place, topic,
money, or name when the form says nothing) and a normalised surface name. Kinds come from general evidence
only: a title or rank before a name, a post's head words ("Director of", "... Manager"), a body's head noun
("... Partnership"), a publication's ("... Strategy"), the national gazetteer of places, the topic scheme.
Nothing here knows any particular council's names.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass, field, replace
from functools import cache, lru_cache

from . import placenames as places
from .lexicon import acronyms, heads, layout, lower_group_qualifiers, lower_services, names
from .money import MONEY_RE
from .topics import topic_regex

KINDS = ("person", "post", "body", "publication", "initiative", "legislation", "place", "topic", "money", "name")


@dataclass(frozen=True)
class Mention:
    start: int
    end: int
    kind: str
    name: str  # the surface form, normalised: no leading article, single spaces, no possessive
    title: str | None = None  # a person's honorific or rank as written ("Cllr", "Chief Supt.")
    rank: str | None = None  # the full rank a title stands for ("Chief Superintendent")
    back_ref: bool = False  # "the Board": a reference to a body named elsewhere
    possessive: bool = False  # "the Council's": the mention owns what follows
    place: str | None = None  # the place a name starts with ("Leicestershire Police" -> Leicestershire)
    head: str | None = None  # the head noun that typed it ("Partnership", "Manager")
    role: str | None = None  # chair_of / vice_chair_of: "Chair of the X" marks a relation, not a post
    acronym: str | None = None  # an acronym given beside the name ("... Board (SSCB)")
    extra: dict = field(default_factory=dict, compare=False, hash=False)


# -- the shape of a capitalised name

def _shortens(short: str, full: str) -> bool:
    """Whether SHORT is written short for FULL: its letters in FULL's order, from the same first letter ("Cllr" of
    "Councillor", "Revd" of "Reverend"); a plural is not a short form of its singular's plural."""
    if len(short) >= len(full) or short[:1] != full[:1] or full == short + "s":
        return False
    rest = iter(full.casefold())
    return all(ch in rest for ch in short.casefold())


@cache
def _abbreviation_words() -> str:
    """The title and rank words that may carry a full stop inside a name ("Cllr.", "Supt.", "Ch. Supt"). A full
    word ("Police" of "Police Constable", "Group" of "Group Commander", "Councillor") ends its sentence at a full
    stop: read as an abbreviation, "... of Gwent Police. The Board" ran into the next sentence as one name."""
    n = names()
    titles = {w.rstrip(".") for w in (*n.honorifics, *n.kept_titles) if " " not in w}
    full_rank_words = {w for full in n.ranks.values() for w in full.split()}
    rank_words = {w for r in n.ranks for w in r.split() if w[:1].isupper()}
    longer = titles | full_rank_words | {w for t in n.honorifics for w in t.split()}  # "Hon" of "Right Honourable"
    # a title with no vowel (Mr, Mrs, Cllr) or one that shortens a longer title or rank word (Revd, Prof, Hon)
    words = {w for w in titles if not re.search(r"[aeiouy]", w[1:]) or any(_shortens(w, v) for v in longer)}
    words |= rank_words - full_rank_words
    words |= {"St", "Ch", "Det", "Insp", "Supt", "Sgt", "Prof"}
    return "|".join(sorted((re.escape(w) for w in words), key=len, reverse=True))


# "under" joins a name's words ("Children Under Five") but not a name to the Act, or the part of one, it acts
# under ("X County Council under Part 4 of ...", "the Serious Violence Duty under the ... Act 2022")
_CONNECT = (r"(?:of|and|for|on|in|to|with(?= [Rr]esponsibility)|upon|"
            r"under(?! (?:Part|Section|Schedule|Chapter|Regulation|Article|Sections|Parts)\b)(?![^.;]{0,80}\bAct\b)|"
            r"&|de|van|von|der|den|le|la|da|du|al|bin|y|a'r|"
            # "Children Affected by Domestic Abuse Group": a participle's "by" inside a name (_by_split undoes it
            # where no head word closes the name: "Funded by Kent Police")
            r"(?<=ed[^\S\t])by)")
# lower-case head words written inside a name: "Lead member for Crime and Disorder", "Community Safety team"
_LOWER_HEADS = (
    r"(?:member|officer|manager|lead|director|head|holder|board|group|partnership|panel|team|service|unit|forum|"
    r"committee|strategy|plan|programme|project|representative|commissioner|responsibility)"
)


@cache
def chunk_re() -> re.Pattern[str]:
    word = (
        rf"(?:(?:{_abbreviation_words()})\.(?=\s)"  # Cllr. / Supt. / St.
        r"|[A-Z]{1,2}/[A-Z][A-Za-z]*(?=\s)"  # a rank written with a slash: D/Supt, T/ACC, C/Insp
        r"|[A-Z]\.(?=\s?[A-Z])"  # an initial: R. T. Ashdown
        # Partnership, Stoke-on-Trent, CSPs, O'Brien, Siân, Zoë
        r"|(?:Mc|Mac|O['’])?[A-ZÀ-ÖØ-ÞĀ-ž](?:[A-Za-zÀ-ÖØ-öø-ÿĀ-ž'’]|-(?=[A-Za-zÀ-ÖØ-öø-ÿĀ-ž]))*"
        r"(?:(?<=[a-z]{2})\d{1,3}(?![\w-]))?"  # a charity's brand with a number: Catch22, Fusion21
        r"|\d(?:[A-Za-z0-9]|-(?=\w))*[A-Z][A-Za-z0-9]*"  # 0-19, 2gether, 4Children
        # ("delivered by Sacro in partnership with the Council": the idiom "in partnership with" ends the name)
        rf"|(?<![^\S\t][Ii]n[^\S\t]){_LOWER_HEADS}(?=\s(?:for|of|on|with|to)\s(?:the\s)?[A-Z]))"
    )
    tail = r"(?:\s\d{4}(?:\s?[-–/]\s?\d{2,4})?(?!\d|,\d))?"  # "Act 1998", "Plan 2022-25"
    # "the IOM steering group": a lower-case word of what kind of group it is may come before a group's head noun
    qualifier = "|".join(re.escape(w) for w in lower_group_qualifiers())
    lower_head = (rf"(?:[^\S\t](?:{qualifier})[^\S\t](?:group|board|panel|team|service|forum|unit|committee|sub-group)"
                  r"|\s(?:team|board|partnership|panel|group|sub-group|subgroup|sub-committee|service|unit|forum|"
                  r"committee|programme|project|strategy|plan))?")
    # a tab is a column gap (see cleaning): names never run across it
    sp = r"[^\S\t]"
    # "Strategy in April 2018": a connector before a date starts no name
    not_date = (r"(?!(?:January|February|March|April|May|June|July|August|September|October|November|December|"
                r"Spring|Summer|Autumn|Winter)\b)")
    # the capital before the word start: both take no character, and the capital fails at once at the lower-case
    # letters and spaces that most positions hold, where the look-behind was tried first
    # a place's own joining word ("Blackburn with Darwen") joins only that place's two words: cut there, the
    # place's last part would stand as a body's place ("Darwen Community Safety Partnership")
    joins = "".join(rf"|(?<=(?<![\w-]){re.escape(a)}{sp}){re.escape(j)}(?={sp}{re.escape(b)}(?![\w-]))"
                    for a, j, b in places.place_joins())
    return re.compile(
        rf"(?=[A-Z0-9À-ÖØ-ÞĀ-ž])(?<![\w'’-]){word}(?:(?:{sp}(?:{_CONNECT}{joins})(?:{sp}the)?{sp}{not_date}|{sp}?&{sp}|"
        rf"{sp}|-)"
        rf"{word})*"
        rf"{tail}{lower_head}(?![\w-])"
    )


_DEFINED_ACRONYM = re.compile(r"\s?\((?:the\s)?['‘\"“]?([A-Z][A-Za-z&]{1,9}s?)['’\"”]?\)")
_LEADING_ACRONYM = re.compile(r"([A-Z]{2,8}s?)\s\((?:the\s)?([A-Z][^()]{3,120})\)")


def _tokens(name: str) -> list[str]:
    return name.split()


# capitalised only because they start a sentence: never the first word of a name
_LEADING_STOP = frozenset(
    """In At On For With From By As If When After Before During Following Under Through Since Although While Whilst
    Where And But Or To Of Also Both Including Between Within Across Once Unlike Like Despite Given Thanks Dear
    Further Overall Finally Additionally Moreover However Currently Recently Previously Last Next Many Some Several
    Most Only Members Member Officers Partners Since Until Via Per Upon Regarding Concerning Whether
    There Here It Its We Our They Their He She His Her You Your Please Yes Thank Title Subject
    January February March April June July August September October November December
    Spring Summer Autumn Winter""".split()  # "the July Cabinet": a meeting's month is not part of its name
)


_DANGLING = frozenset("of and for on in to upon under & the".split())


# words of a heading or a paper before the name it is about: "Purpose of Safer York Partnership Board"
# ("Note of the X meeting": the paper's kind, in the singular too, is no part of the name that follows;
# "3. Scope of the Service", "Structure of the Board": a section's heading, whose last words name the body
# the section is about, never a body called "Scope of the Service")
_DOC_WORD = re.compile(r"(?:(?:Summary|Minutes|Notes?|Agenda|Record|Papers|Purpose|Role|Remit|Membership|Terms of "
                       r"Reference|Constitution|Functions|Scope|Structure|Governance|Overview)\s+of|"
                       r"(?:Report|Paper|Briefing|Update|Presentation)\s+to|"
                       # "is a Sub-Committee of the Safer Leeds Executive", "a sub Group of the Partnership":
                       # the relation's noun, not a word of the parent's name
                       r"Sub[- ]?(?:[Gg]roup|[Cc]ommittee|[Bb]oard|[Pp]anel)s?\s+of|"
                       r"(?:Group|Committee)\s+of(?=\s+the\s)|"
                       # "Responsibility for the Channel Panel stays with ...": what is said of the body, not its name
                       r"(?:Responsibility|Responsibilities|Accountability|Oversight|Funding|Support)\s+(?:for|of)"
                       r"(?=\s+the\s)|"
                       # "Delivery of the Safety Plan is monitored by ...": the work done on the named plan, opening
                       # the sentence; the plan is what is named
                       r"(?:Delivery|Implementation|Progress|Performance|Refresh|Development)\s+(?:of|on|against)"
                       r"(?=\s+the\s)|"
                       # "Priorities for the Board in 2024-25 are:": whose priorities, aims or duties, no name
                       r"(?:Priorities|Priority|Aims|Objectives|Duties|Functions|Tasks)\s+(?:for|of)(?=\s+the\s)|"
                       # "Chairing of the Board rotates ...", "Training of the Panel's members": an action done to
                       # or by the body, a gerund opening the sentence, no body's name
                       r"[A-Z][a-z]{2,}ing\s+of(?=\s+the\s)|"
                       # "Signed for Eastvale Council: Jo Lee": a signature's label before the body signed for
                       r"Signed\s+(?:for|on\s+behalf\s+of)|"
                       # "Part of the PCC grant (£12,500) will go to ...": a share of what the name owns, not a name
                       r"(?:Part|Half|Most|Much|Some|All|Rest|Remainder|Balance|Majority|Share|Proportion)\s+of"
                       r"(?=\s+the\s))"
                       r"\s+(?:the\s+|a\s+)?(?=[A-Z])")


# a few capitalised words, then "of/on the" and a kind's words alone: what is said of a body named only by its kind
_OF_THE_KIND = re.compile(r"(?:[A-Z][\w'’-]*\s+){1,3}?(?:of|on)\s+the\s+"
                          r"(?P<kind>[A-Z][\w-]*(?:\s+[A-Z][\w-]*)?)$")


def _said_of_a_kind(name: str, kind: re.Match[str]) -> bool:
    """NAME is words said of a body named by its kind alone ("Seats on the Board"): the kind's words are all heads,
    and the words before it name nothing themselves (no place, initials or head of their own: "NHS Kestermoor on
    the Partnership" is a body and the one it sits on), nor open a post ("Leader of the Council")."""
    front = re.sub(r"^(?:The|This|Our|Its|Their)\s+", "", name[: kind.start("kind")])
    words = front.split()[:-2]  # (without "of the")
    if not words or not all(w in heads().body for w in kind.group("kind").split()) or \
            heads().post_leading_re.match(front) or looks_like_person(words):
        return False  # ("Jo Lee of the Probation Service": a person, then the body she is of)
    return not any(w in heads().body or (w.isupper() and len(w) <= 5) for w in words) and \
        not any(places.leading_place(" ".join(words[k:])) is not None for k in range(len(words)))


def strip_determiners(name: str) -> tuple[str, int]:
    """NAME without a leading article, determiner or sentence-initial word; how many characters were dropped."""
    dets = heads().determiners
    doc_word = _DOC_WORD.match(name)
    if doc_word:
        stripped, more = strip_determiners(name[doc_word.end() :])
        return stripped, doc_word.end() + more
    kind = _OF_THE_KIND.match(name)
    if kind and _said_of_a_kind(name, kind):
        # "3. Seats on the Board", "MINUTES of the Group": a heading's words about the body its kind refers back
        # to, never a body of that name (a post, "Chair of the Board", is read as one)
        return kind.group("kind"), kind.start("kind")
    words = name.split(" ")
    drop = k = 0
    if len(words) > 2 and words[0] in ("Member", "Members") and words[1] not in _DANGLING and \
            words[-1] in heads().post_trailing:
        return name, 0  # "Member Support Officer": the word names the post's service, it does not start a sentence
    while len(words) - k > 1 and (words[k] in dets or words[k] in _LEADING_STOP or (drop and words[k] in _DANGLING)):
        # "Members on the North Devon ... Partnership": the connector after a dropped word goes with it
        drop += len(words[k]) + 1
        k += 1
    return (" ".join(words[k:]) if k else name), drop


def _possessive(name: str) -> tuple[str, bool]:
    for suffix in ("'s", "’s", "s'", "s’"):
        if name.endswith(suffix) and len(name) > 3:
            return (name[:-2] if suffix[0] in "'’" else name[:-1]), True
    return name, False


def _is_acronym(word: str) -> bool:
    """CSP, CSPs, DoPH, LSCB: one short token, mostly capitals."""
    if " " in word:
        return False
    core = word[:-1] if word.endswith("s") and len(word) > 2 else word
    upper = sum(1 for c in core if c.isupper())
    return 2 <= len(core) <= 9 and upper >= 2 and core[0].isupper() and upper * 2 >= len(core) and core.isalpha()


def _name_token(tok: str) -> bool:
    """A token that can be part of a person's name: a capitalised word or an initial, not a governance word."""
    n = names()
    if tok in n.particles:
        return True
    core = tok.rstrip(".")
    if not core or not core[0].isupper():
        return False
    if len(core) == 1:
        return True
    if core.isupper() and len(core) > 3:
        return False  # an acronym or a shouted word
    h = heads()
    if core in h.body or core in h.post_trailing or core in h.publication or core in h.initiative:
        return False
    return True


_LOWER = re.compile(r"[a-z]")


def looks_like_person(tokens: list[str]) -> bool:
    """Name shape: two to five name tokens, the first not a common capitalised word, at least one a surname-like
    word of two letters or more. Used where the context expects a person (attendance, "X, Director of Y")."""
    if not 2 <= len(tokens) <= 5:
        return False
    n = names()
    if any(t.rstrip(".") in n.not_names for t in tokens if len(t.rstrip(".")) > 1):
        return False
    if " ".join(tokens).casefold() in n.parties:
        return False  # "Liberal Democrat": a party heading a column of councillors
    if len(set(tokens)) == 1:
        return False  # "Multiple Multiple": a word repeated by a table's columns, not a forename and surname
    if not _LOWER.search(tokens[-1]) and not all(t.isupper() for t in tokens):
        return False  # "Age UK": a surname has lower-case letters unless the whole name is in capitals
    if not all(_name_token(t) for t in tokens):
        return False
    generic = heads().generic_words
    if sum(1 for t in tokens if t.casefold() in generic) > 1:
        return False
    if tokens[-1] in n.particles or len(tokens[-1].rstrip(".")) < 2:
        return False
    if any(places.is_place(" ".join(tokens[i:])) for i in range(len(tokens))) or places.is_place(tokens[0]):
        return False
    return True


def names_a_person(m: Mention) -> bool:
    """M is a person, or an untitled name of a person's shape ("Jo Lee"; an acronym is never one)."""
    return m.kind == "person" or (m.kind == "name" and m.head != "acronym" and looks_like_person(m.name.split()))


# -- classification of one chunk


@cache
def _title_starts() -> frozenset[str]:
    """First words of every title and rank (no full stops): a token not in here starts no title."""
    n = names()
    words = {w.split()[0].replace(".", "") for w in (*n.ranks, *n.honorifics, *n.kept_titles)}
    return frozenset(words)


def _rank_at(tokens: list[str], i: int) -> tuple[int, str, str] | None:
    """(tokens used, written title, full rank or None) of a title or rank starting at token I."""
    if tokens[i].replace(".", "") not in _title_starts():
        return None
    n = names()
    for size in (4, 3, 2, 1):
        if i + size > len(tokens):
            continue
        written = " ".join(tokens[i : i + size])
        key = written.replace(".", "").replace("  ", " ")
        if key in n.ranks:
            return size, written, n.ranks[key]
        if size <= 3 and (key in n.honorifics or key in n.kept_titles):
            return size, written, None
    return None


def _person_from(tokens: list[str], i: int) -> tuple[int, list[str], list[str]] | None:
    """From token I: (tokens used, title tokens, name tokens) of a titled person, or None."""
    found = _rank_at(tokens, i)
    if not found:
        return None
    size, _, _ = found
    j = i + size
    name: list[str] = []
    postnominals = names().postnominals
    while j < len(tokens) and len(name) < 4:
        tok = tokens[j]
        nxt = tokens[j + 1] if j + 1 < len(tokens) else None
        if tok in postnominals or not _run_token(tok, name[-1] if name else None, nxt, len(name)):
            break
        if _rank_at(tokens, j) and name:
            break
        name.append(tok)
        j += 1
    while name and name[-1] in names().particles:
        name.pop()
        j -= 1
    if len(name) == 1 and j < len(tokens) and _surname_post_word(tokens[j]) and (
            j + 1 == len(tokens) or tokens[j + 1][:1] in "(-–—|"):
        # "Cllr Rhys Warden", "Mrs J Steward": a post's last word that ends the chunk right after a titled forename
        # or initial is the surname (a post is parted from its holder's name by a comma, a dash or a bracket)
        name.append(tokens[j])
        j += 1
    if not name or (len(name) == 1 and len(name[0].rstrip(".")) < 2):
        return None
    while j < len(tokens) and tokens[j] in postnominals:
        j += 1
    return j - i, tokens[i : i + size], name


def _surname_post_word(tok: str) -> bool:
    """TOK, a post's last word ("Warden", "Steward", "Mayor"), may be a surname: a plain capitalised word that is
    no chair marker, and no word a council's members are called by ("Councillor", "Member")."""
    n = names()
    return tok in heads().post_trailing and tok[:1].isupper() and tok[1:].islower() and \
        tok not in n.chair_markers and tok not in n.vice_chair_markers and tok not in ("Councillor", "Member")


_POST_INSIDE = re.compile(
    r"\b(?:Representative|Member|Lead|Champion|Officer|Manager|Director|Head|Spokesperson|Delegate|Adviser|Advisor|"
    r"Liaison)\s+(?:on|for|of|to|with [Rr]esponsibility for)\s+[A-Z]"
)


_OFFICE = re.compile(r"\bOffice of\b|\bOffice$|\bCommissioner['’]s Office$")
_CHIEF_EXECUTIVE = re.compile(r"\b(?:Chief|Deputy Chief)\s+Executive$")
# the last words of a multi-word title that names a post held in the organisation after "of" (a bare "Head of" or
# "Member of" opens a post of its own kind: the gazetteer's leading words say which)
_RANKED_HEADS = frozenset({"Constable", "Superintendent", "Inspector", "Officer", "Commander", "Director", "Manager"})


_CHAIR_MARKERS = (("vice chair of ", "vice_chair_of"), ("vice-chair of ", "vice_chair_of"),
                  ("deputy chair of ", "vice_chair_of"), ("chair of ", "chair_of"), ("chairman of ", "chair_of"),
                  ("chairwoman of ", "chair_of"), ("co-chair of ", "chair_of"),
                  # an independent chair is the chair of the body all the same
                  ("independent chair of ", "chair_of"), ("independent chairman of ", "chair_of"),
                  ("independent chairperson of ", "chair_of"))
_CHAIR_STARTS = tuple(marker for marker, _ in _CHAIR_MARKERS)


@lru_cache(maxsize=65536)
def _post_kind(name: str) -> str | None:
    """'post' or 'chair_of' / 'vice_chair_of' when NAME reads as a post."""
    h = heads()
    if "Office" in name and _OFFICE.search(name):
        return None  # the office, not the post: a body
    m = h.post_office_re.match(name)
    if m and m.end() == len(name):
        return "post"
    low = name.casefold()
    if low.startswith(_CHAIR_STARTS):
        for marker, role in _CHAIR_MARKERS:
            if low.startswith(marker):
                return role
    if h.post_leading_re.match(name) or _POST_INSIDE.search(name):
        return "post"
    held = re.split(r" (?:of|for) ", name, maxsplit=1)[0]
    if held != name and " " in held and held.split()[-1] in _RANKED_HEADS:
        # "Assistant Chief Constable of Gwent Police", "Maidstone District Commander for Kent Police": a rank or
        # post's title, then the force or service it is held in; the whole is a post, not the force
        return "post"
    tokens = name.split()
    last = tokens[-1]
    if last in ("Executive",):
        return "post" if _CHIEF_EXECUTIVE.search(name) else None
    if last in h.post_trailing:
        return "post"
    for k, tok in enumerate(tokens[:-1]):
        # "Business Manager Community Safety": a post's head followed by the service it works in
        if k and tok in h.post_trailing and tok not in ("Member", "Partner", "Head", "Lead") and all(
            t.casefold() in h.generic_words for t in tokens[k + 1 :]
        ):
            return "post"
    return None


def classify(text: str, offset: int, *, expect_person: bool = False) -> list[Mention]:
    """The mentions in one capitalised chunk TEXT found at OFFSET (a chunk's reading depends only on its text,
    so it is worked out once per distinct chunk and moved to OFFSET)."""
    if not offset:
        return _classify(text, 0, expect_person=expect_person)
    return [_shift(m, offset) for m in _classify_cached(text, expect_person)]


def _shift(m: Mention, offset: int) -> Mention:
    """M moved OFFSET characters on. Its fields are copied rather than passed through the frozen dataclass's
    __init__ (one object.__setattr__ a field): a cached chunk's mentions are moved every time the chunk recurs."""
    moved = object.__new__(Mention)
    fields = moved.__dict__
    fields.update(m.__dict__)
    fields["start"] = m.start + offset
    fields["end"] = m.end + offset
    if m.extra.get("owner") is not None:
        fields["extra"] = {**m.extra, "owner": _shift(m.extra["owner"], offset)}
    return moved


@lru_cache(maxsize=65536)
def _classify_cached(text: str, expect_person: bool) -> tuple[Mention, ...]:
    return tuple(_classify(text, 0, expect_person=expect_person))


def _classify(text: str, offset: int, *, expect_person: bool = False) -> list[Mention]:
    """The mentions in one capitalised chunk TEXT found at OFFSET.

    A chunk may hold several names: a post and a person ("Director of Public Health Dr A Smith"), an owner and
    what it owns ("the Council's Community Safety Strategy"), two coordinated names ("Protect and Prepare"), or,
    where people are expected (an attendance line run together by a PDF converter), a string of people and
    organisations ("Dev Anand Leicestershire County Council Tom Okafor Blaby District Council")."""
    dated = _PARTY_YEAR_TAIL.search(text)
    undated = (_kind_by_form(strip_determiners(text[: dated.start()])[0]) or ("", None))[:2] if dated else None
    if undated is not None and (undated[0] in ("body", "post") or undated == ("name", "acronym")):
        # "Grants from the Police and Crime Commissioner for Ravenshire 2024/25", "SVF 2025/26 allocations": the
        # year a heading is about is no part of a body's, an office's or an acronym's name (a paper's years are:
        # "Plan 2022-25")
        return _classify(text[: dated.start()], offset, expect_person=expect_person)
    name, drop = strip_determiners(text)
    if drop and expect_person and text.startswith("A ") and looks_like_person(text.split()):
        name, drop = text, 0  # "Apologies: A Pike, B Lewis": an initial where people are listed, not "a"
    if name.casefold() in names().parties:
        return [Mention(offset + drop, offset + drop + len(name), "name", name)]  # "Liberal Democrat": a party
    back_ref = drop > 0 and text[:drop].strip().casefold() in ("the", "this", "our", "its", "their")
    offset += drop
    written = name
    name, possessive = _possessive(name)
    if possessive and places.public_body(written) is not None:
        # "Barnardo's delivers ...": an organisation the gazetteer knows by a possessive name is that name, owning
        # nothing
        name, possessive = written, False
    tokens = name.split(" ")
    starts = _token_starts(tokens, offset)
    described = _described_group(tokens)
    if described is not None:
        # "the steering group", "the Luton delivery group": a kind of group described, with at most the place it
        # serves before it, names no group of its own (only the place is kept)
        return classify(" ".join(tokens[:described]), offset, expect_person=expect_person) if described else []
    if expect_person and len(tokens) > 2 and (tokens[-1] in _STRONG_HEADS and (
            places.public_body(name) or
            len((places.leading_place(name) or "").split()) >= 2 and _kind_of(name, False)[0] == "body") or
            places.branch_of_national(name)):
        # "Rhondda Cynon Taf County Borough Council": a place's body, not a name inside it; "Counter Terrorism
        # Policing North East", "Haven Vale Women's Aid": a national organisation's branch, no person in it
        expect_person = False
    if expect_person and len(tokens) == 3 and tokens[-1] in _ORGANISATION_TAIL:
        expect_person = False  # "Cross Keys Homes", "Bromford Housing Group": two words then a kind of organisation
    segments = _person_segments(tokens, expect_person)
    if segments:
        segments = _unit_ranks(tokens, segments)
        out: list[Mention] = []
        for i, j, person in segments:
            if person is None:
                while j > i and tokens[j - 1] in ("and", "&", "of", "for", "the", "on", "in", "to"):
                    j -= 1  # "Director of Public Health and DS Luca Renzi": the "and" joins the two
                while i < j and tokens[i] in ("of", "for", "the", "on", "in", "to", "from", "at"):
                    i += 1  # "Det Supt Rory Quinn of the Metropolitan Police Service": "of the" ties them
                if j > i:
                    out.extend(classify(" ".join(tokens[i:j]), starts[i], expect_person=False))
                continue
            title, name_tokens, used_end = person
            text_end = starts[used_end - 1] + len(tokens[used_end - 1])
            rank = names().ranks.get(title.replace(".", "")) if title else None
            out.append(
                Mention(starts[i], text_end, "person", " ".join(name_tokens), title=title or None, rank=rank,
                        possessive=possessive and j == len(tokens))
            )
        return out
    # an owner's possessive needs an apostrophe: most chunks have none, and are not walked token by token
    owned = _possessive_split(tokens) if "'" in name or "’" in name else None
    if owned is not None and _possessive_office(" ".join(tokens[owned[0] :]).replace("’", "'")):
        # "Mayor's Office for Policing and Crime": a public body whose own name holds the possessive is one name
        k = owned[0]
        before = classify(" ".join(tokens[: k - 1]), offset, expect_person=expect_person) if k > 1 else []
        return before + [Mention(starts[k], offset + len(name), "body", " ".join(tokens[k:]), head="Office")]
    if owned is not None:
        k, i = owned  # tokens[k:i] are the owner, tokens[i:] what it owns; tokens[:k] come before (and a connector)
        # (two connectors when a preposition and its article join the owner to a body before: "... Unit for the")
        cut = k - 2 if k > 2 and tokens[k - 1] == "the" and tokens[k - 2] in ("for", "on", "with", "in") else k - 1
        before = classify(" ".join(tokens[:cut]), offset, expect_person=expect_person) if k > 1 else []
        left = classify(" ".join(tokens[k:i]), starts[k])
        right = classify(" ".join(tokens[i:]), starts[i], expect_person=expect_person)
        if left and right:
            left[-1] = replace(left[-1], possessive=True)
            if left[-1].kind == "place" and right[0].kind in ("body", "post", "publication", "initiative"):
                # "Derbyshire's Channel Panel" is the Derbyshire Channel Panel
                right[0] = replace(right[0], place=right[0].place or left[-1].name,
                                   extra={**right[0].extra, "place_prefix": left[-1].name})
            else:
                right[0] = replace(right[0], extra={**right[0].extra, "owner": left[-1]})
        return before + left + right
    purpose = _purpose_acronym(tokens)
    if purpose is not None:
        # "Safer Ashfield for SOC prevention": a body, then the work its money is for, named by initials
        return classify(" ".join(tokens[:purpose]), offset, expect_person=expect_person) + classify(
            tokens[purpose + 1], starts[purpose + 1])
    by = _by_split(tokens)
    if by is not None:
        # the name after "by the" starts after the article, as it did before the chunk joined them
        right = by + 2 if tokens[by + 1 : by + 2] == ["the"] and by + 2 < len(tokens) else by + 1
        return classify(" ".join(tokens[:by]), offset, expect_person=expect_person) + classify(
            " ".join(tokens[right:]), starts[right], expect_person=expect_person)
    on = _preposition_split(tokens)
    split = _coordination(tokens)
    if on is not None and split is not None and split >= on[1] and not {"and", "&"} & set(tokens[: on[0]]):
        # "the GMCA Violence Reduction Unit for the Exploitation and Serious Violence Group": the "and" is inside the
        # second body's name, after the preposition joining the two; split there before weighing the "and"
        split = None
    if split is not None:
        # "the Prevent Board and the Hate Crime Group": the article after "and" names, it does not refer back
        right = split + 2 if tokens[split + 1] == "the" and split + 2 < len(tokens) else split + 1
        return classify(" ".join(tokens[:split]), offset, expect_person=expect_person) + classify(
            " ".join(tokens[right:]), starts[right], expect_person=expect_person
        )
    if on is not None:
        # "the Council on the South Yorkshire Police and Crime Panel": two bodies, not one name
        left_end, right = on
        return classify(" ".join(tokens[:left_end]), offset, expect_person=expect_person) + classify(
            " ".join(tokens[right:]), starts[right], expect_person=expect_person)
    cut = _council_cut(tokens)
    if cut is not None:
        # "Basingstoke and Deane BC Cabinet Member for Communities", "Deputy Leader Rushmoor BC"
        return classify(" ".join(tokens[:cut]), offset, expect_person=expect_person) + classify(
            " ".join(tokens[cut:]), starts[cut], expect_person=expect_person
        )
    if len(tokens) >= 4 and _post_kind(" ".join(tokens[2:])) and looks_like_person(tokens[:2]) and \
            tokens[2] in _SIGNATURE_POSTS:
        # "Anthony Lowe Chair of the Safer Rutland Board": a signature, the name above its post
        return [Mention(offset, starts[2] - 1, "name", " ".join(tokens[:2]), possessive=False),
                *classify(" ".join(tokens[2:]), starts[2], expect_person=expect_person)]
    of = _person_of_body(tokens)
    if of is not None:
        # "Jo Lee of Harrow Council": a person, then the organisation they come from, not one body's name
        left_end, right = of
        return classify(" ".join(tokens[:left_end]), offset, expect_person=True) + classify(
            " ".join(tokens[right:]), starts[right], expect_person=expect_person)
    if len(tokens) > 2 and tokens[-1] in ("Officers", "Members", "Staff") and tokens[-2] in heads().body:
        # "... Rehabilitation Company Officers": a sub-heading run into the organisation before it
        return classify(" ".join(tokens[:-1]), offset, expect_person=expect_person)
    end = offset + len(name)
    kind, head, role = _kind_of(name, expect_person)
    place = places.leading_place(name)
    if kind == "body" and name in heads().needs_modifier:
        back_ref = True
    return [Mention(offset, end, kind, name, back_ref=back_ref, possessive=possessive, place=place, head=head,
                    role=role)]


# the word of a command's unit before a rank, the two one post ("Borough Commander", "Station Manager")
_UNIT_RANK_WORDS = frozenset({"Borough", "District", "Area", "Divisional", "Station", "Group", "Watch", "Crew"})


_LOWER_GROUP_HEADS = frozenset({"group", "board", "panel", "team", "service", "forum", "unit", "committee",
                                "sub-group"})


def _described_group(tokens: list[str]) -> int | None:
    """Where the lower-case kind of group starts when TOKENS are only that kind ("steering group") or a place and
    that kind ("Luton delivery group"); None when capitalised words other than a place name the group."""
    if len(tokens) < 2 or tokens[-1] not in _LOWER_GROUP_HEADS or tokens[-2] not in lower_group_qualifiers():
        return None
    k = len(tokens) - 2
    return k if k == 0 or places.is_place(" ".join(tokens[:k])) else None


def _unit_ranks(tokens: list[str], segments: list) -> list:
    """SEGMENTS with "Borough" before "Commander Jo Lee" read as the post "Borough Commander" before the person
    Jo Lee: a rank a unit's word opens is a post of its own, not the word, then a titled person."""
    out = list(segments)
    for k in range(len(out) - 1):
        (i, j, before), (_, b, person) = out[k], out[k + 1]
        if before is not None or person is None or j - i != 1 or tokens[i] not in _UNIT_RANK_WORDS or \
                not person[0] or " ".join(tokens[j : j + len(person[0].split())]) != person[0]:
            continue
        rank_end = j + len(person[0].split())
        out[k] = (i, rank_end, None)  # "Borough Commander": read as a post
        out[k + 1] = (rank_end, b, ("", person[1], person[2]))
    return out


# the first word of a post written straight after a name, as under a signature
_SIGNATURE_POSTS = frozenset("""Chair Chairman Chairwoman Chairperson Vice-Chair Co-Chair Independent Director
    Head Chief Leader Deputy Assistant Executive Strategic Cabinet""".split())


def _token_starts(tokens: list[str], offset: int) -> list[int]:
    out, pos = [], offset
    for tok in tokens:
        out.append(pos)
        pos += len(tok) + 1
    return out


_COMMON_POSSESSORS = frozenset(
    "children women men people girls boys victims citizens residents families adults parents carers "
    "young older member members partner partners".split()
)


def _possessive_split(tokens: list[str]) -> tuple[int, int] | None:
    """(owner start, owned start) around an owner's possessive ("Council's" + "Community Safety Strategy").

    The owner starts after the last "and" before it: "Plan and Derbyshire's Channel Panel" -> "Derbyshire"."""
    for i, tok in enumerate(tokens[:-1]):
        if not tok.endswith(("'s", "’s", "s'", "s’")):
            continue
        stem = tok[:-2] if tok[-2] in "'’" else tok[:-1]
        if stem.casefold() in _COMMON_POSSESSORS or tokens[i + 1] in ("and", "&", "of", "for"):
            return None
        if i + 2 == len(tokens) and tokens[i + 1] in ("Office", "Officer", "Team", "Unit", "Department",
                                                       "Directorate", "Service"):
            return None  # "the Police & Crime Commissioner's Office" names one body
        if i + 2 == len(tokens) and tok.endswith(("s'", "s’")) and tokens[i + 1] in heads().body:
            return None  # "the Chief Officers' Group", "the Leaders' Board": a plural owner names one body
        k = max((j + 1 for j in range(i) if tokens[j] in ("and", "&", "of", "for", "to")), default=0)
        if k >= 2 and tokens[k - 1] in ("and", "&") and places.is_place(tokens[k - 2]) and \
                _kind_of(" ".join([*tokens[k - 2 : i], stem]), False)[0] == "body" and \
                (k == 2 or tokens[k - 3] not in ("and", "&", ",")):
            k -= 2  # "Preston and Chorley Homes's Head of Tenancy": the "and" is inside the owner's name
        elif k >= 2 and tokens[k - 1] in ("and", "&"):
            k = _known_owner_start(tokens, k, i, stem)
        on = _preposition_split([*tokens[:i], stem]) if k and tokens[k - 1] in ("and", "&") else None
        if on is not None and on[1] < k and not {"and", "&"} & set(tokens[: on[0]]):
            # "the GMCA Violence Reduction Unit for the Exploitation and Serious Violence Group's programme": the
            # "and" is inside the owner's name, which starts after the preposition joining two bodies
            k = on[1]
        if k and tokens[k - 1] == "to" and k < i and tokens[k] == "the":
            k += 1  # "Accreditation to the Telecare Association's Code": the owner is the body after "to the"
        office = _office_for(tokens[: k - 1]) if k and tokens[k - 1] == "for" else None
        if office is not None:
            k = office  # "the Police and Crime Commissioner for Lancashire's grant": the office for the place owns
        owner = " ".join([*tokens[k:i], stem])
        kind = _kind_of(owner, False)[0]
        if k and tokens[k - 1] in ("of", "for") and office is None:
            return None  # "Chair of Barnet's VAWG Delivery Group": the possessive is inside one name
        if kind in ("body", "post", "place") or _is_acronym(stem):
            return k, i + 1
        return None
    return None


def _office_for(tokens: list[str]) -> int | None:
    """Where the policing office that TOKENS end with starts ("Police and Crime Commissioner" before "for X"), as a
    token index, or None."""
    head = " ".join(tokens)
    office = [m for m in heads().post_office_re.finditer(head) if m.end() == len(head)]
    return len(head[: office[-1].start()].split()) if office else None


def _known_owner_from(tokens: list[str], i: int) -> bool:
    """TOKENS from I open with a body the gazetteer knows, written with an owner's possessive ("Thames Valley
    Police's ...")."""
    for j in range(i + 1, min(len(tokens), i + 8)):
        if tokens[j].endswith(("'s", "’s")) and places.public_body(" ".join([*tokens[i:j], tokens[j][:-2]])):
            return True
    return False


def _person_segments(tokens: list[str], expect_person: bool) -> list[tuple[int, int, tuple | None]] | None:
    """Segments of TOKENS, each a person (title, name tokens, end) or None for the text between people.

    Titled people ("Cllr", "Chief Inspector", "Dr") are found anywhere; untitled ones ("Tom Okafor", "B M
    Brooks") only where people are expected. None when the chunk holds no person."""
    postnominals = names().postnominals
    post_trailing = heads().post_trailing
    title_starts = _title_starts()
    segs: list[tuple[int, int, tuple | None]] = []
    other = i = 0
    n = len(tokens)
    while i < n:
        # _person_from needs a title first: most tokens are ruled out by that one look-up, without a call
        found = _person_from(tokens, i) if tokens[i].replace(".", "") in title_starts else None
        after_post = i > 0 and tokens[i - 1] in post_trailing and tokens[i - 1] not in ("Councillor", "Member")
        lengths = None if found else (_name_run(tokens, i) if expect_person or after_post else None)
        if lengths and (places.public_body(" ".join(tokens[i:])) or _known_owner_from(tokens, i)):
            # "Hywel Dda University Health Board": a known body, not a person and a body; "Thames Valley Police's
            # Area Commander": a known body owning a post
            lengths = None
        if lengths and not expect_person:
            lengths = lengths[:1] if len(lengths) == 1 and lengths[0] <= 3 and i + lengths[0] == n else None
        if not found and not lengths:
            i += 1
            continue
        if other < i:
            segs.append((other, i, None))
        if found:
            used, title_tokens, name_tokens = found
            segs.append((i, i + used, (" ".join(title_tokens), name_tokens, i + used)))
            i += used
        else:
            for length in lengths:
                end = i + length
                while end < n and tokens[end] in postnominals:
                    end += 1
                segs.append((i, end, ("", tokens[i : i + length], end)))
                i = end
        other = i
    if not segs:
        return None
    if other < n:
        segs.append((other, n, None))
    return segs


# the words that follow "Council for" in the names of voluntary-sector councils ("Bolton Council for Voluntary
# Service", "Council for Racial Equality")
_COUNCIL_FOR_NAMES = frozenset({"Voluntary", "Racial", "Disabled", "Social", "Community"})


# a council written by its kind alone, meaning the paper's own
_COUNCIL_ALONE = frozenset({"Council", "County Council", "City Council", "Borough Council", "District Council"})


def _preposition_split(tokens: list[str]) -> tuple[int, int] | None:
    """(end of the left name, start of the right) where "on/to/with/in (the)" joins two whole bodies."""
    h = heads()
    # "Community Safety Grant to the Safer Ashfield Partnership", "Annual Report to the Cabinet": a grant or a
    # paper given to a body is two names as well
    heads_ = h.named
    for i, tok in enumerate(tokens):
        if tok == "under" and 0 < i < len(tokens) - 1:
            right = i + 2 if tokens[i + 1] == "the" else i + 1
            if right < len(tokens) and _kind_of(" ".join(tokens[right:]), False)[0] == "legislation":
                return i, right  # "the Serious Violence Duty under the Police, Crime, ... Act 2022": a duty, an Act
        if tok == "to" and i > 0 and tokens[i - 1] not in heads_ and _post_then_body(tokens, i):
            return i, i + 2 if tokens[i + 1 : i + 2] == ["the"] else i + 1
        if tok == "for" and tokens[i + 1 : i + 2] == ["the"] and i + 2 < len(tokens) and \
                _whole_public_body(" ".join(tokens[:i])):
            # "£9,500 from the Home Office for the Channel Co-ordinator", "the Police and Crime Commissioner
            # for Kent for the Youth Diversion scheme": a body the gazetteer knows whole has no more name to come;
            # what follows "for the" is what it gives or does something for
            return i, i + 2
        if tok in ("in", "on", "to") and i > 0 and tokens[i + 1 : i + 2] == ["the"] and i + 2 < len(tokens) and \
                _kind_of(" ".join(tokens[:i]), False)[0] in ("place", "topic") and \
                _names_a_body(" ".join(tokens[i + 2 :])):
            # "Sutton in the South Area Basic Command Unit", "Swale on the KCSP", "VAWG to the Southwark VAWG
            # Strategic Board": a place or a field, then the body it sits in, on or goes to (a body's own name does
            # not open with a place or a field and "in the" before its head)
            return i, i + 2
        if tok not in ("on", "to", "with", "in", "for") or i == 0 or tokens[i - 1] not in heads_:
            continue
        if tok == "in" and i + 1 < len(tokens) and " ".join(tokens[i + 1 :]) not in _NATIONS and \
                tokens[i - 1] not in ("Service", "Services") and \
                places.is_place(" ".join(tokens[i + 1 :])) and \
                _kind_of(" ".join(tokens[:i]), False)[0] in ("body", "initiative", "publication"):
            # "the Serious Violence Duty in Torbay", "the Street Marshals Scheme in Wigan": where the named thing
            # works, not a word of its name (a local name "in" a place is written "for" it: "Partnership for
            # Wigan"); a nation's is its name ("Probation Service in Wales"), and a service named with the place it
            # is delivered in is left whole for the services reader ("the Youth Outreach Service in Thanet")
            return i, i + 1
        if tok == "for" and tokens[i + 1 : i + 2] != ["the"]:
            if places.council_named(" ".join(tokens[:i])) and i + 1 < len(tokens) and \
                    tokens[i + 1] not in _COUNCIL_FOR_NAMES:
                return i, i + 1  # "Wigan Council for CCTV": a council is named by its place alone
            if " ".join(tokens[:i]) in _COUNCIL_ALONE and i + 1 < len(tokens) and \
                    tokens[i + 1] not in _COUNCIL_FOR_NAMES and _kind_of(" ".join(tokens[i + 1 :]), False)[0] == "body":
                return i, i + 1  # "funding from the County Council for Rape Crisis Centre": the paper's council
            continue  # "Council for Voluntary Service" is one name; "Office for the Wigan Project" is two
        right = i + 2 if i + 2 < len(tokens) and tokens[i + 1] == "the" else i + 1
        purpose = _purpose_acronym(tokens[right:])
        named = tokens[right : right + purpose] if purpose is not None else tokens[right:]
        left_kind = _kind_of(" ".join(tokens[:i]), False)[0]
        # ("Report on the Police and Crime Commissioner for X", "Annual Report to the Mayor": a paper about or to an
        # office is two names too)
        right_kinds = ("body", "initiative", "publication") if tok in ("for", "on") else ("body",)
        if right < len(tokens) and _kind_of(" ".join(named), False)[0] in (
                (*right_kinds, "post") if left_kind == "publication" and tok in ("on", "to") else right_kinds) and \
                left_kind in (("body",) if tokens[i - 1] in h.body else ("body", "initiative", "publication")):
            return i, right
    return None


def _names_a_body(name: str) -> bool:
    """NAME is typed a body by its form, or is an acronym (which the paper's definitions may make one)."""
    kind, head, _ = _kind_of(name, False)
    return kind == "body" or (kind, head) == ("name", "acronym")


def _whole_public_body(name: str) -> bool:
    """NAME is, exactly, a public body or policing office the gazetteer knows (a council, a department, a
    commissioner or their office for a police area)."""
    return bool(places.public_body(name) or places.commissioner_office(name) or places.police_office_named(name))


_NATIONS = frozenset({"England", "Wales", "Scotland", "Northern Ireland", "England and Wales", "the UK", "UK"})


def _purpose_acronym(tokens: list[str]) -> int | None:
    """The index of a "for" between a body and one acronym that is no body's or post's ("Safer Ashfield for SOC",
    "Kent Police for CCTV"): the work money or a task is for, not a word of the body's name."""
    if len(tokens) < 3 or tokens[-2] != "for" or not _is_acronym(tokens[-1]):
        return None
    known = acronyms().get(tokens[-1])
    if known is not None and known[0] in ("body", "post"):
        return None
    return len(tokens) - 2 if _kind_of(" ".join(tokens[:-2]), False)[0] == "body" else None


def _by_split(tokens: list[str]) -> int | None:
    """The index of a participle's "by" that joins two names ("Funded by Kent Police"): only a body or group named
    for the people something is done to holds one ("Families Affected by Imprisonment Support Group")."""
    if "by" not in tokens:
        return None
    i = tokens.index("by")
    if i + 1 >= len(tokens):
        return None  # "... Chaired by" cut at a name's end: nothing after "by" to split off (an index past the end)
    kind, head, _ = _kind_of(" ".join(tokens), False)
    if i >= 2 and tokens[i - 2] in _AFFECTED_PEOPLE and kind in ("body", "initiative") and head:
        return None
    return i


# the people a group or service is named for, before the participle of what befalls them
_AFFECTED_PEOPLE = frozenset("""People Children Families Adults Women Men Girls Boys Victims Survivors Those Carers
    Residents Communities Persons Parents Pupils Students""".split())


def _person_of_body(tokens: list[str]) -> tuple[int, int] | None:
    """(end of the person, start of the body) where "of (the)" joins a person's untyped name to a body named by
    its head word or known to the gazetteer ("Ravi Patel of the Probation Service"). A body's own name rarely
    has two name-shaped words before an "of" ("University of Kent" has one)."""
    if "of" not in tokens[2:4]:
        return None
    i = tokens.index("of", 2)
    right = i + 2 if tokens[i + 1 : i + 2] == ["the"] else i + 1
    if right >= len(tokens) or not looks_like_person(tokens[:i]):
        return None
    h = heads()
    if any(t in h.body or t.casefold() in h.generic_words or t in names().job_words for t in tokens[:i]) or \
            _kind_of(" ".join(tokens[:i]), False)[0] != "name":
        return None
    body = " ".join(tokens[right:])
    kind, head, _ = _kind_of(body, False)
    return (i, right) if kind == "body" and (head or places.known_body_name(body)) else None


def _post_then_body(tokens: list[str], i: int) -> bool:
    """ "Police and Crime Commissioner for Cumbria to the Safer Carlisle Partnership": money from an office named
    with its area, given to a body, is two names although the word before "to" is a place, not a head word."""
    right = i + 2 if tokens[i + 1 : i + 2] == ["the"] else i + 1
    return right < len(tokens) and _kind_of(" ".join(tokens[:i]), False)[0] == "post" and \
        _kind_of(" ".join(tokens[right:]), False)[0] == "body"


_COMPASS = frozenset({"North", "South", "East", "West"})


def _run_token(tok: str, prev: str | None, nxt: str | None = None, run_length: int = 0, ahead: str = "") -> bool:
    """A token that can continue an untitled person's name in a run of names.

    A place name is a surname only right after a given name or initial and when no organisation word follows
    ("Ann Harrow", "T Marsh"; not "Mary Leeds Leicestershire County Council")."""
    n = names()
    core = tok.rstrip(".")
    if tok in n.particles:
        return prev is not None
    if not core or not core[0].isupper() or not _name_token(tok) or tok.endswith(("'s", "’s")):
        return False
    if len(core) == 1:
        return True
    if core in _COMPASS and prev is not None and run_length == 1 and len(prev.rstrip(".")) > 1:
        # "Jane North": a compass word ends a two-word name unless a place or organisation follows
        return nxt is None or not (places.is_place(nxt) or nxt.casefold() in heads().generic_words
                                   or nxt in heads().body)
    if core in n.not_names or core in names().postnominals or (core in n.job_words and prev is None):
        return False
    if core.isupper():
        return False
    if nxt is not None and places.leading_place(f"{core} {ahead or nxt}") and not places.is_place(core):
        return False  # "Oadby" starts "Oadby and Wigston"
    if places.is_place(core):
        if prev is None or (run_length > 1 and len(prev.rstrip(".")) > 1):
            return False
        # (a lower-case joining word after it, "Jo Kettering of Westshire Police", ends the name: a body's name
        # would go on in capitals, "Kettering Borough Council")
        if nxt is not None and (nxt[:1].isupper() and nxt.casefold() in heads().generic_words or nxt in heads().body):
            return False
    return True


def _name_run(tokens: list[str], i: int) -> list[int] | None:
    """Lengths of the people named by the run of name tokens starting at I ("G Pike R Thorne" -> [2, 2])."""
    if i > 0 and tokens[i - 1] in ("of", "and", "&", "for", "the"):
        return None
    j = i
    while j < len(tokens) and _run_token(
        tokens[j], tokens[j - 1] if j > i else None, tokens[j + 1] if j + 1 < len(tokens) else None, j - i,
        " ".join(tokens[j + 1 : j + 4]),  # a place of several words ("Oadby and Wigston") the token starts
    ):
        j += 1
    run = tokens[i:j]
    if j < len(tokens) and j == i + len(run) and tokens[j].rstrip(".,;:)") in _LEGAL_FORMS:
        return None  # "Penn Road Recovery CIC", "Eastway Recovery Ltd": the words before a company's legal form name it
    while run and (len(run[-1].rstrip(".")) == 1 or run[-1] in names().particles):
        run.pop()  # a run ends on a surname
    if len(run) < 2:
        return None
    generic = heads().generic_words
    job = names().job_words
    if run[0] in job or sum(1 for t in run if t.casefold() in generic or t in job) * 2 > len(run):
        return None  # "Integrated Commissioning", "Tenancy Support": words of a title, not a name
    if any(len(t.rstrip(".")) == 1 for t in run):
        # initials style: each name is one or more initials then a surname
        lengths, start = [], 0
        for k, tok in enumerate(run):
            last = k == len(run) - 1
            if len(tok.rstrip(".")) > 1 and (last or len(run[k + 1].rstrip(".")) == 1):
                lengths.append(k + 1 - start)
                start = k + 1
        return lengths if lengths and all(x >= 2 for x in lengths) and sum(lengths) == len(run) else None
    if len(run) <= 3:
        return [len(run)]
    lengths = [2] * (len(run) // 2)
    if len(run) % 2:
        lengths[-1] = 3
    return lengths


# a company's legal form after its name: never a column of its own after a person's name, as "Council" may be
_LEGAL_FORMS = frozenset({"CIC", "Ltd", "Limited", "LLP", "plc", "PLC"})


# the last word of an organisation's name that no person's name ends with
_ORGANISATION_TAIL = frozenset({"Homes", "Housing", "Trust", "Association", "Charity", "Foundation", "CIC", "Ltd",
                                "Limited", "Services", "Partnership", "Council", "Constabulary"})
_STRONG_HEADS = frozenset({"Police", "Council", "Trust", "PCT", "CCG", "ICB", "Constabulary", "Service", "Services",
                           "Authority", "Partnership", "Board", "Team", "Office", "Agency", "Company"})


_COUNCIL_ABBREVIATION = frozenset({"BC", "DC", "CC", "MBC", "CBC", "LBC", "RBC", "UA"})


def _council_cut(tokens: list[str]) -> int | None:
    """Where a council written with its abbreviation ("Rushmoor BC") meets a post run into it."""
    for k, tok in enumerate(tokens):
        if tok not in _COUNCIL_ABBREVIATION:
            continue
        if 0 < k < len(tokens) - 1:
            return k + 1  # the council ends here and a post follows
        if k == len(tokens) - 1 and k >= 2:
            for j in range(1, k):
                if places.council_named(" ".join(tokens[j:])) and _post_kind(" ".join(tokens[:j])) == "post":
                    return j
    return None


def _all_places(tokens: list[str]) -> bool:
    """TOKENS name a place, or places joined by "and" ("Herefordshire and Worcestershire")."""
    parts = " ".join(tokens).split(" and ")
    return all(part and places.is_place(part) for part in parts)


def _coordination(tokens: list[str]) -> int | None:
    """The index of an "and" that joins two names rather than sitting inside one.

    "Protect and Prepare" (two topics), "Redditch and Wyre Forest" (two places), "Leicestershire Police and
    Leicestershire County Council" (two bodies) split; "Police and Crime Panel", "Health and Wellbeing Board",
    "Bath and North East Somerset" do not."""
    if "and" not in tokens and "&" not in tokens:
        return None
    whole = " ".join(tokens)
    last_and = max(i for i, tok in enumerate(tokens) if tok in ("and", "&"))
    if 2 <= last_and and 2 <= len(tokens) - last_and - 1 <= 3 and looks_like_person(tokens[last_and + 1 :]) and \
            not department_words(" ".join(tokens[last_and + 1 :])) and \
            _kind_of(" ".join(tokens[:last_and]), False)[0] == "post":
        return last_and  # "as Leader of the Council and Jo Lee": a post, then a person, not one post
    if len(tokens) in (3, 4) and tokens[1] in ("and", "&") and _is_acronym(tokens[0]) and \
            _is_acronym(tokens[-1]) and (len(tokens) == 3 or tokens[2] == "the"):
        return 1  # "the CDP and the SLP": two bodies, each by its initials
    if heads().post_office_re.search(whole) or places.is_place(whole) or topic_regex().fullmatch(whole):
        return None
    whole_kind = _kind_of(whole, False)[0]
    compounds = heads().compounds
    for i, tok in enumerate(tokens):
        if tok not in ("and", "&") or i == 0 or i == len(tokens) - 1:
            continue
        if any(f"{tokens[i - k]} and {tokens[i + 1]}".casefold() in compounds or
               " ".join(tokens[i - k : i + 3]).replace("&", "and").casefold() in compounds for k in (1, 2)):
            continue
        if _subjects_of_one_group(tokens, i):
            continue  # "Town Centre and Seafront Group": a group named by two subjects of its work
        if _inside_place(tokens, i):
            continue  # "Chief Executive of Bath and North East Somerset Council": the "and" is the place's own
        if _inside_known_body(tokens, i):
            continue  # "HM Courts and Tribunals Service": the "and" of a body the gazetteer knows whole
        if _inside_known_office(tokens, i):
            continue  # "Office of the Avon and Somerset PCC": the "and" of the commissioner's office named
        if _is_acronym(tokens[i - 1]) and len(tokens) - i > 2 and places.leading_place(" ".join(tokens[i + 1 :])):
            return i  # "Suffolk ACRE and Ipswich Citizens Advice": initials end a name, a place opens the next
        left, right = " ".join(tokens[:i]), " ".join(tokens[i + 1 :])
        second = tokens[i + 2 :] if tokens[i + 1] == "the" else tokens[i + 1 :]
        if i == 1 and len(second) == 1 and _is_acronym(tokens[0]) and _is_acronym(second[0]):
            return i  # "both the CDP and the SLP", "the SAB and LSCB": two bodies by their initials
        if i == 1 and _is_acronym(tokens[0]) and len(second) > 1 and _kind_of(" ".join(second), False)[0] == "body" \
                and (places.leading_place(" ".join(second)) or places.known_body_name(" ".join(second))):
            return i  # "CAFCASS and Dudley Council for Voluntary Service": initials, then a body named with its place
        if tokens[i + 1] == "the" and i + 2 < len(tokens) and _all_places(tokens[:i]) and _all_places(tokens[i + 2 :]):
            return i  # "across West Mercia and the Herefordshire and Worcestershire ...": two areas
        if tokens[i + 1] == "the" and i + 2 < len(tokens):
            kind, head, _ = _kind_of(" ".join(tokens[i + 2 :]), False)
            if kind in ("body", "post", "publication") and (head or places.public_body(" ".join(tokens[i + 2 :]))):
                return i  # "Positive Futures and the Youth Offending Service": "and the" starts a second name
            if _ends_headed_body(tokens[:i]):
                return i  # "the Monitoring Group and the Independent Custody Visitors": a body's head ends it
        lk, rk = _kind_of(left, False)[0], _kind_of(right, False)[0]
        if whole_kind == "name" and lk == "name" and rk == "name" and looks_like_person(tokens[:i]) and (
                looks_like_person(tokens[i + 1 :]) or _rank_at(tokens, i + 1) is not None):
            return i  # "Ruth Quennell and Nadia Frost": two people, whose names no list need hold
        if rk == "body" and heads().post_leading_re.match(whole) and not heads().post_leading_re.match(right) and \
                places.is_place(tokens[i - 1]):
            return None  # "Head of Cardiff and Vale Probation Delivery Unit": one post, heading one unit
        if whole_kind == "name" and lk in ("body", "post") and _kind_of(left, False)[1] and \
                looks_like_person(tokens[i + 1 :]):
            return i  # "the Charity Commission and Sam Reed": an organisation, then a person
        # "the Cabinet Member for Safety and Enforcement and the Area Commander": the portfolio runs to the "and the"
        # that opens the second name, not to the end of both
        then = next((j for j in range(i + 1, len(tokens) - 1) if tokens[j] in ("and", "&") and tokens[j + 1] == "the"),
                    None)
        near = " ".join(tokens[i + 1 : then]) if then is not None else right
        if _portfolio_goes_on(left, near, _kind_of(near, False)[0] if then is not None else rk):
            continue
        if whole_kind == "name" and lk != "name" and rk != "name":
            return i
        headed = ("body", "post", "publication")
        if i >= 2 and lk in headed and rk in headed and _kind_of(left, False)[1] and _kind_of(right, False)[1]:
            return i
        if lk == "post" and _post_kind(right) in ("chair_of", "vice_chair_of"):
            return i  # "SRO and Chair of the Serious Violence Board": a one-word post, then the chair of a body

        if i >= 2 and lk == "body" and tokens[i - 1] in _STRONG_HEADS and rk in ("body", "name"):
            return i  # "Bassetlaw PCT and NHS Nottinghamshire"
        if lk == "body" and rk == "body" and places.public_body(left) is not None and (
                _kind_of(right, False)[1] or places.public_body(right) is not None) and \
                places.public_body(whole) is None:
            # "Victim Support and St Giles Trust", "Barnardo's and the Children's Society": an organisation the
            # gazetteer knows whole, though no head word ends it, then a second body
            return i
        if i >= 2 and lk in headed and _kind_of(left, False)[1] and right in acronyms():
            return i  # "Chair of the Norfolk Community Safety Partnership and CEO"
    return None


def _known_owner_start(tokens: list[str], k: int, i: int, stem: str) -> int:
    """Where an owner whose name the gazetteer knows whole, "and" inside it, starts ("Avon and Somerset
    Constabulary's Lighthouse Unit": the force, not "Somerset Constabulary"); K when no known name ends at the
    possessive."""
    for j in range(max(0, k - 4), k - 1):
        owner = " ".join([*tokens[j:i], stem])
        if places.leading_known_span(owner) >= len(owner):
            return j
    return k


def _subjects_of_one_group(tokens: list[str], i: int) -> bool:
    """Whether the "and" at I joins two subjects inside one group's name ("Town Centre and Seafront Group", "Needs
    Assessment and Data Sub-Group"): a group's head ends the name, no article opens a second name, and what comes
    before the "and" is a part of a place or a paper, which is never a body of its own."""
    h = heads()
    if tokens[-1] not in h.work_group_heads or tokens[i + 1] in h.determiners or "and" in tokens[i + 1 :]:
        return False
    left = tokens[:i]
    last_two = " ".join(left[-2:]).casefold()
    if last_two in h.place_parts or left[-1].casefold() in h.place_parts:
        return True
    return len(left) <= 4 and _kind_of(" ".join(left), False)[0] == "publication"


def _ends_headed_body(tokens: list[str]) -> bool:
    """TOKENS, before an "and the", name a body by its head word ("Youth Offending Team", "Safeguarding Board"): a
    name goes on past "and" without an article ("Health and Wellbeing Board"), and a head word closes it."""
    return len(tokens) >= 2 and tokens[-1] in heads().body and _kind_of(" ".join(tokens), False)[:2] == \
        ("body", tokens[-1])


def _inside_known_body(tokens: list[str], i: int) -> bool:
    """Whether the "and" at I lies inside a public body's name the gazetteer knows, of up to four words on each
    side of it."""
    return any(places.known_body_name(" ".join(tokens[j:k]))
               for j in range(max(0, i - 4), i) for k in range(i + 2, min(len(tokens), i + 5) + 1))


def _inside_known_office(tokens: list[str], i: int) -> bool:
    """Whether the "and" at I lies inside a name of any kind the gazetteer knows (a policing office: "Avon and
    Somerset PCC") that starts up to three words before it."""
    for j in range(max(0, i - 3), i):
        taken = places.leading_known_span(" ".join(tokens[j:]))
        if taken > len(" ".join(tokens[j : i + 2])):
            return True
    return False


def _inside_place(tokens: list[str], i: int) -> bool:
    """Whether the "and" at I lies inside a place's name that starts up to three words before it ("Redcar and
    Cleveland", "Bath and North East Somerset")."""
    for j in range(max(0, i - 3), i):
        place, taken = places.leading_place_span(" ".join(tokens[j:]))
        if place is not None and taken > len(" ".join(tokens[j : i + 1])):
            return True
    return False


def _portfolio_goes_on(left: str, right: str, right_kind: str) -> bool:
    """ "Head of Neighbourhood and Community Services": after "Head of" or "Director of" the "and" joins two parts
    of one portfolio, unless what follows is a post or an organisation of its own (a place, a strong head).
    "Chief Executive of Broadland and South Norfolk District Councils": a plural head is shared by both."""
    words = right.split()
    left = _without_organisation(left)
    if heads().post_leading_re.match(left) and words[-1] in _SHARED_PLURALS:
        return True
    return bool(heads().post_leading_re.match(left)) and " and " not in left and len(words) <= 3 and \
        right_kind != "post" and places.leading_place(right) is None and words[-1] not in _OWN_ORGANISATION


_ORGANISATION_BEFORE_POST = re.compile(r"^.*?\b(?:Council|Police|Constabulary|Trust|Board|Service|Office|BC|DC|CC|"
                                       r"MBC|CBC|LBC)\s+(?=[A-Z])")


def _without_organisation(name: str) -> str:
    """ "Kent County Council Cabinet Member for Community": the post after the organisation that owns it."""
    m = _ORGANISATION_BEFORE_POST.match(name)
    if m and heads().post_leading_re.match(name, m.end()):
        return name[m.end() :]
    return name


_SHARED_PLURALS = frozenset({"Councils", "Authorities", "Trusts", "Boards", "Partnerships", "Services", "Forces"})
_OWN_ORGANISATION = _STRONG_HEADS - {"Service", "Services", "Team"}


_YEAR_TAIL = re.compile(r"\d{4}(?:\s?[-–/]\s?\d{2,4})?")
_PARTY_YEAR_TAIL = re.compile(r" (?:19|20)\d\d(?:\s?[-–/]\s?\d{2,4})?$")


@lru_cache(maxsize=65536)
def _kind_of(name: str, expect_person: bool) -> tuple[str, str | None, str | None]:
    """(kind, head, role) of one name. Only a name that no head word, list or gazetteer types can read as a
    person, and only that last step depends on EXPECT_PERSON: the rest is worked out once for both."""
    typed = _kind_by_form(name)
    if typed is not None:
        return typed
    tokens = name.split()
    if (expect_person or any(len(t.rstrip(".")) == 1 for t in tokens[:-1])) and _person_shaped(name):
        return "person", None, None
    return "name", None, None


@lru_cache(maxsize=65536)
def _person_shaped(name: str) -> bool:
    return looks_like_person(name.split())


def tail_is_post(word: str) -> bool:
    """WORD, a name's last, is a post's acronym ("PCC", "PFCC")."""
    found = acronyms().get(word)
    return found is not None and found[0] == "post"


@lru_cache(maxsize=65536)
def _kind_by_form(name: str) -> tuple[str, str | None, str | None] | None:
    """(kind, head, role) of NAME by its head words, the acronym list and the gazetteer; None if they say
    nothing."""
    h = heads()
    tokens = name.split()
    last = tokens[-1]
    year_tail = _YEAR_TAIL.fullmatch(last)
    core_last = tokens[-2] if year_tail and len(tokens) > 1 else last
    if core_last in h.legislation and len(tokens) > 1:
        return "legislation", core_last, None
    acr = acronyms().get(name)
    if acr and acr[0] != "legislation":
        return acr[0], None, None
    if len(tokens) > 2 and tokens[0] == "Office" and tokens[1] == "of" and tail_is_post(last):
        return "body", "Office", None  # "Office of the South Wales PCC": the office of the post, a body
    tail = acronyms().get(last)
    if tail and len(tokens) > 1 and tail[0] in ("body", "post") and tokens[-2][:1].isupper():
        return tail[0], last, None  # "North Worcestershire CSP", "West Mercia PCC"
    lead = 1 if tokens[0] == "Deputy" and len(tokens) > 2 else 0
    front = acronyms().get(tokens[lead])
    if front and front[0] in ("body", "post") and len(tokens) > lead + 1 and places.is_place(
            " ".join(tokens[lead + 1 :])):
        return front[0], tokens[lead], None  # "PCC Dyfed Powys", "Deputy PCC Gwent": the acronym, then its area
    post = _post_kind(name)
    if post == "post":
        return "post", last, None
    if post is None and "Office of" in name and _OFFICE.search(name) and heads().post_office_re.search(name):
        return "body", "Office", None  # "the Office of the Dorset Police and Crime Commissioner": a body
    if post is None and len(tokens) > 2 and tokens[1] == "of" and tokens[0] in h.body and tokens[0] not in (
            "Executive", "Cabinet", "Police", "Probation", "Court"):
        return "body", tokens[0], None  # "University of Bradford", "Department of Health", "College of Policing"
    if post in ("chair_of", "vice_chair_of"):
        return "post", "Chair", post
    if places.is_place(name):
        return "place", None, None
    if _SAFER_PLACE.fullmatch(name) and places.is_place(_SAFER_PLACE.fullmatch(name).group("place")):
        # "Safer Hull", "Safer Communities Torbay": a community safety partnership named for its area alone
        return "body", "Partnership", None
    org = places.public_body(name)
    if org:
        return org, None, None
    if core_last in h.publication or " ".join(tokens[-2:]) in h.publication:
        return "publication", core_last, None
    if core_last in h.initiative:
        return "initiative", core_last, None
    if len(tokens) > 1 and last.islower() and last.capitalize() in h.initiative and tokens[-2][:1].isupper() and \
            not (len(tokens) == 2 and _is_acronym(tokens[0])):  # "the LCPF programme": the acronym's own thing
        # "the Teachable Moments project": a named project whose writer left its head noun in lower case
        return "initiative", last.capitalize(), None
    # (a head of two words whose last is no head of its own: "Task Force")
    if core_last in h.body or " ".join(tokens[-2:]) in h.body or last.casefold() in (
            "team", "board", "partnership", "panel", "group", "service", "unit", "forum", "committee", "sub-group",
            "subgroup", "sub-committee"):
        if last[0].islower() and len(tokens) == 1:
            return "name", None, None
        return "body", core_last, None
    served = _SERVED_PLACE.fullmatch(name)
    if served and served.group(1).split()[-1] in h.body and places.is_place(served.group(2)):
        # "Combating Drugs Partnership for Gloucestershire", "Community Safety Partnership for Wigan"
        return "body", served.group(1).split()[-1], None
    if served and served.group(1).split()[-1] in h.body and len(served.group(1).split()) > 1 and \
            topic_regex().fullmatch(served.group(2)):
        # "Area Planning Board for Substance Misuse", "Partnership Board for Domestic Abuse": a body named by the
        # field it is for, as bodies are named by the place they serve
        return "body", served.group(1).split()[-1], None
    if served and served.group(1).split()[-1] in h.post_trailing and len(served.group(1).split()) > 1 and (
            places.is_place(served.group(2)) or topic_regex().fullmatch(served.group(2)) or
            _SERVED_WORDS.fullmatch(served.group(2))):
        # "Children's Commissioner for Wales", "Area Commander for Eastham", "Partnership Manager for Community
        # Safety": a post, named by the place or the field it serves (a place the gazetteer lacks is still a run of
        # capitalised words; the post's own words before "for" say what it is)
        return "post", served.group(1).split()[-1], None
    if served and served.group(1).split()[-1] in h.publication and len(served.group(1).split()) > 1 and \
            places.is_place(re.sub(r"\s+" + _YEAR_TAIL.pattern + r"$", "", served.group(2))):
        # "Police and Crime Plan for Sussex 2021-2024", "Community Safety Strategy for Rotherham": a paper, named
        # by the place it serves
        return "publication", served.group(1).split()[-1], None
    if _council_service(tokens):
        return "body", None, None
    if topic_regex().fullmatch(name):
        return "topic", None, None
    if _is_acronym(name):
        return "name", "acronym", None
    return None


def _council_service(tokens: list[str]) -> bool:
    """ "Derbyshire County Council Public Health", "Teignbridge District Council Housing Options": a council's
    name, then the field of one of its services (heads.yaml lower_service_fields, written with capitals), names
    the council's own service, a body. Other words after a council's name are a paper's or an item's title ("...
    County Council Community Safety Update")."""
    if "Council" not in tokens[1:-1]:
        return False
    k = tokens.index("Council", 1) + 1
    if " ".join(tokens[k:]).casefold() not in lower_services()[1] or not tokens[k][:1].isupper():
        return False
    council = " ".join(tokens[:k])
    return places.public_body(council) == "body" or _kind_by_form(council)[:2] == ("body", "Council")


_SERVED_PLACE = re.compile(r"(.+?) for (?:the )?(.+)")
# what a post is "for" when the gazetteer does not know it as a place: one to three capitalised words, no digits
_SERVED_WORDS = re.compile(r"[A-Z][a-z'’-]+(?: (?:upon |on |and )?[A-Z][a-z'’-]+){0,2}")


def _possessive_office(name: str) -> bool:
    """NAME, written with a possessive ("Mayor's Office for Policing and Crime"), is an office the gazetteer knows
    by that whole name."""
    return "'" in name and places.police_office_named(name)
_SAFER_PLACE = re.compile(r"Safer (?:Communities |Neighbourhoods )?(?P<place>[A-Z][\w'’-]+(?: (?:upon |on |and )?"
                          r"[A-Z][\w'’-]+){0,3})")


# -- all the mentions of a span


# an Act whose title holds commas: "Police, Crime, Sentencing and Courts Act 2022"
_COMMA_ACT = re.compile(r"\b(?:[A-Z][\w-]*,\s)+(?:[A-Z][\w-]*\s)*(?:and\s)(?:[A-Z][\w-]*\s)+(?:Act|Plan|Strategy)"
                        r"(?:\s\d{4}(?:\s?[-–/]\s?\d{2,4})?)?\b")


# "Cabinet Member for Public Protection, Leisure and Communities": a portfolio is one post, commas and all
_PORTFOLIO_HEAD = r"\b(?:(?:Cabinet|Executive|Lead) Member|Executive Councillor|Portfolio Holder|Deputy Mayor) for "
_PORTFOLIO_WORDS = r"(?:[A-Z][\w'’&-]* )*[A-Z][\w'’&-]*"
# "Cabinet Member for Housing, Safety and Communities", "Deputy Mayor for Policing, Crime, Criminal Justice and
# Fire": a portfolio of several parts, its commas inside the post's name (a line may break after a comma)
_COMMA_PORTFOLIO = re.compile(_PORTFOLIO_HEAD + _PORTFOLIO_WORDS + r"(?:,\s+" + _PORTFOLIO_WORDS + r")+,? (?:and|&)\s"
                              r"(?:[A-Z][\w'’-]* )*[A-Z][\w'’-]*\b(?!:)")


# "Head of Housing, Licensing and Environmental Health", "Director of Adults, Housing and Wellbeing": an
# officer's remit of several parts, its commas inside the post's name, as a portfolio's are
_COMMA_DEPARTMENT = re.compile(r"\b(?:(?:Assistant|Deputy|Executive|Corporate|Strategic|Service) )?"
                               r"(?:Head|Director) of (?P<parts>" + _PORTFOLIO_WORDS +
                               r"(?:,\s+" + _PORTFOLIO_WORDS + r")+,? (?:and|&)\s"
                               r"(?:[A-Z][\w'’-]* )*[A-Z][\w'’-]*)\b(?!:)")


def _departments_only(parts: str) -> bool:
    """Every part of a remit read by _COMMA_DEPARTMENT is a field of work: none names a place, a known body or a
    person ("Head of Unit, Devon, Cornwall and Dorset Probation Service" is a post and its organisation)."""
    pieces = [p.strip() for p in re.split(r",\s+|,? (?:and|&)\s", parts)]
    return all(p and places.leading_place(p) is None and places.known_body_name(p) is None and
               not looks_like_person(p.split()) for p in pieces[1:]) and \
        places.known_body_name(pieces[-1]) is None


@cache
def _office_word() -> str | None:
    """A word every office name holds ("Crime"): post_office_re matches the names as written, so a span without
    the word holds no office and is not searched."""
    common = set.intersection(*(set(name.split()) for name in heads().post_offices))
    return max(sorted(common), key=len) if common else None


def _protected(chunk: str, start: int) -> list[tuple[int, int]]:
    """Spans of CHUNK (found at START) kept whole although they hold commas: offices ("Police, Fire and Crime
    Commissioner") and titles ("Police, Crime, Sentencing and Courts Act 2022")."""
    word = _office_word()
    out = [] if word is not None and word not in chunk else [
        (start + m.start(), start + m.end()) for m in heads().post_office_re.finditer(chunk)]
    if "," in chunk:
        # each pattern is run only on a chunk holding the words every match of it holds (substring tests cost
        # far less than a search, and most lines with a comma name no Act, portfolio or remit committee)
        if "and" in chunk and ("Act" in chunk or "Plan" in chunk or "Strategy" in chunk):
            out += [(start + m.start(), start + m.end()) for m in _COMMA_ACT.finditer(chunk)]
        if "Member for " in chunk or "Portfolio Holder for " in chunk or "Mayor for " in chunk:
            out += [(start + m.start(), start + m.end()) for m in _COMMA_PORTFOLIO.finditer(chunk)]
        if "Head of " in chunk or "Director of " in chunk:
            out += [(start + m.start(), start + m.end()) for m in _COMMA_DEPARTMENT.finditer(chunk)
                    if _departments_only(m.group("parts"))]
        if (" and " in chunk or " & " in chunk) and any(h in chunk for h in _COMMITTEE_HEADS):
            out += [span for m in _COMMA_COMMITTEE.finditer(chunk) if (span := _remit_span(m, chunk, start))]
        bodies = _comma_bodies(chunk, start)
        if bodies:
            # a known body's whole name stands for any shorter span read inside it
            out = [(a, b) for a, b in out if not any(x <= a and b <= y and (x, y) != (a, b) for x, y in bodies)]
            out += [span for span in bodies if span not in out]
    return out


def _comma_bodies(chunk: str, start: int) -> list[tuple[int, int]]:
    """Spans of the public bodies the gazetteer names with a comma ("NHS Shropshire, Telford and Wrekin Integrated
    Care Board"), the longest first: a shorter form inside a longer one is not a name of its own."""
    out: list[tuple[int, int]] = []
    # the (up to) four characters before each comma; where a piece is shorter, the characters before that comma hold
    # another comma or the chunk's start, and no name's key does
    keys = {piece[-_COMMA_KEY:] for piece in chunk.split(",")[:-1]}
    if keys.isdisjoint(_comma_body_index()):
        return out
    for name in places.comma_body_names():  # some tens of names, found by substring search
        if name[name.index(",") - _COMMA_KEY : name.index(",")] not in keys:
            continue  # the characters before its first comma stand before no comma of the chunk
        for found in _wrapped_name_re(name).finditer(chunk):
            a, b = start + found.start(), start + found.end()
            if not any(x < b and a < y for x, y in out):
                out.append((a, b))
    return out


@cache
def _wrapped_name_re(name: str) -> re.Pattern[str]:
    """NAME as written, its words also wrapped over a line end ("... Communities and Local / Government" in a
    narrow cell): found whole, its commas do not split it into two bodies."""
    return re.compile(r"(?<![\w-])" + r"(?:[ ]+|[ ]*\n[ ]*)".join(re.escape(w) for w in name.split(" ")) + r"(?![\w-])")


# how many characters before a name's first comma index it (every name holds at least this many before it)
_COMMA_KEY = 4


@cache
def _comma_body_index() -> frozenset[str]:
    """The characters before the first comma of each comma-holding body name: a chunk none of whose commas has one
    of them before it holds none of the names, and the names whose characters it lacks are not searched for."""
    names_ = places.comma_body_names()
    assert all(n.index(",") >= _COMMA_KEY for n in names_)
    return frozenset(n[n.index(",") - _COMMA_KEY : n.index(",")] for n in names_)


# the head words one of which every match of _COMMA_COMMITTEE ends in ("Sub-Committee" holds "Committee")
_COMMITTEE_HEADS = ("Committee", "Panel", "Board", "Forum", "Commission", "Group", "Sub-group", "Subgroup")


# "the Children, Young People and Families Scrutiny Committee", "Police, Fire and Crime Panel": a committee named
# for a remit of several parts, whose commas do not separate names
_COMMA_COMMITTEE = re.compile(
    r"(?<![\w'’-])(?![A-Z][\w-]*['’]s\b)(?!The\s)"
    r"(?P<items>[A-Z][\w'’-]*(?: [A-Z][\w'’-]*)?(?:,\s+[A-Z][\w'’-]*(?: [A-Z][\w'’-]*)?)+),?\s+(?:and|&) "
    # ("Communities, Water and Environment Overview and Scrutiny Panel": the head may hold its own "and")
    # (the head's words may wrap onto the next line: "... Prevent Partnership / Group")
    r"(?:[A-Z][\w'’-]*[ \n]){0,5}(?:(?:Overview|Policy|Scrutiny) and (?:[A-Z][\w'’-]*[ \n]){1,3})?"
    # (a scrutiny commission and a partnership's groups are named for their remits too: "the Housing, Community
    # Safety and Engagement Scrutiny Commission", "the Learning, Practice and Training Sub-group")
    r"(?:Committee|Sub-Committee|Panel|Board|Forum|Commission|Group|Sub-[Gg]roup|Subgroup)\b")


def _known_after_comma(m: re.Match[str]) -> bool:
    """ "Head of Safeguarding, NHS Kent and Medway Integrated Care Board": what follows the last comma is a whole
    body the gazetteer knows, so the comma ends a post before it and joins no remit."""
    tail = m.group(0)[m.group(0).rindex(",") + 1 :].strip()
    return places.known_body_name(tail) is not None


def _remit_span(m: re.Match[str], chunk: str, start: int) -> tuple[int, int] | None:
    """The span of a committee named for a remit of several parts; a chair's title before it ("Vice-Chair,
    Children, Young People and Families Committee", "Jo Lee, Chair, Kent Crime and Drugs Board") is no part of
    it: the name starts after the title's comma."""
    if _known_after_comma(m):
        return None
    markers = set(names().chair_markers) | set(names().vice_chair_markers)
    cut = None
    pos = m.start()
    for item in m.group("items").split(","):
        if item.strip() in markers:
            cut = pos + len(item) + 1  # after the title and its comma
        pos += len(item) + 1
    if cut is None:
        if _one_remit(m):
            return start + m.start(), start + m.end()
        first = m.group("items").split(",")[0]
        if " " not in first.strip():
            return None
        # "... City Council Tourism, Equalities and Culture Committee": the owner's head word ends the owner's
        # name; the committee's starts with the word after it
        cut = m.start() + first.index(" ") + 1
    while cut < len(chunk) and chunk[cut] == " ":
        cut += 1
    rest = _COMMA_COMMITTEE.match(chunk, cut)
    return (start + rest.start(), start + rest.end()) if rest is not None and _one_remit(rest) else None


def _one_remit(m: re.Match[str]) -> bool:
    """Whether the comma-separated parts before the head are parts of a remit, not names of their own: none
    holds a body's head word, an honorific or a rank (a place may: "Kent, Surrey and Sussex ... Board")."""
    words = set(m.group("items").replace(",", " ").split())
    if "Police, Fire and Crime" in m.group(0):
        words.discard("Police")  # the panel that scrutinises a Police, Fire and Crime Commissioner
    return not (words & _STRONG_HEADS or words & names().honorifics or words & set(names().ranks))


def _chunks(chunk: str, start: int, protected: list[tuple[int, int]]) -> Iterator[tuple[int, int]]:
    """(start, end) of each capitalised chunk of CHUNK (found at START), widened to take in the protected spans
    it overlaps."""
    for m in chunk_re().finditer(chunk):
        for a, b in _heading_split(chunk, start, start + m.start(), start + m.end()):
            for pa, pb in protected:
                if a <= pa < b or pa <= a < pb:
                    a, b = min(a, pa), max(b, pb)
                    # a place before the office belongs to it: "Essex Police, Fire and Crime Commissioner"
            yield a, b


_SENTENCE_OPENERS = frozenset({"The", "This", "These", "Those", "Its", "Our", "Their"})


# a line that opens on a field label ("Date:", "Lead Member:", "Email -") starts a new field of a cover sheet or
# a contact block: a title over it ("Director of Place" over "Lead Member: ...") is not wrapped onto it
_FIELD_LABEL = re.compile(r"[ \t]*(?:[A-Z][\w'’&/-]*[ \t]?){1,4}(?::|[ \t]+[-–][ \t])")
_LAYOUT_GAP = re.compile(r"\S(?:\t|[ ]{2,})")
# a list item's mark and the gap after it ("i.\t", "2.1   ", "(b)  ", "-\t"): the item's own indent, not a column
_ITEM_MARK = re.compile(r"[ \t]*(?:\(?(?:\d{1,3}(?:\.\d{1,2})*|[a-z]{1,4}|[A-Z])[.)]|\d{1,3}|[-–•*·])(?:\t|[ ]{2,})")


def _new_row(before: str, next_line: str) -> bool:
    """Whether a chunk that starts after BEFORE on its line (a later column of a table row: a tab or a run of
    spaces before it) meets, on NEXT_LINE, a new row rather than the rest of its own cell: a wrapped cell goes on
    at its own column, while the next row starts left of it ("LBL YOS" over the next row's "Jo Bloggs"). The gap
    after a list item's mark is none: "i.\tto accept the grant from the North" goes on at the margin below."""
    mark = _ITEM_MARK.match(before)
    if not _LAYOUT_GAP.search(before, mark.end() - 1 if mark else 0):
        return False
    indent = len(next_line) - len(next_line.lstrip(" \t"))
    return bool(next_line.strip()) and len(next_line[:indent].expandtabs()) < len(before.expandtabs()) - 1


def _heading_split(chunk: str, start: int, a: int, b: int) -> list[tuple[int, int]]:
    """The chunk CHUNK[a-start:b-start] cut where a line ends and the next starts something new: a shouted
    heading's line over a line in ordinary case ("5 GRANTS" over "The Commissioner presented ..."; a name wrapped
    onto the next line is written in one case on both), a line that opens a sentence (see _SENTENCE_OPENERS) or a
    field (_FIELD_LABEL), or a table's next row (_new_row)."""
    cut = chunk.find("\n", a - start, b - start)
    if cut < 0:
        return [(a, b)]
    line_start = chunk.rfind("\n", 0, a - start) + 1
    line = chunk[line_start:cut]  # the whole line: "the CSP" over "Board" is one name
    right = chunk[cut + 1 : b - start].lstrip()
    first = right.split(maxsplit=1)[0] if right else ""
    before = chunk[a - start : cut].split()
    last = before[-1] if before else ""
    shouted = line.isupper() and sum(c.isalpha() for c in line) >= 5 and first and not first.isupper()
    # a line that opens on "The" (or "This", "Its" ...) after a capitalised word starts a new sentence, not the rest
    # of a wrapped name: a field line with no full stop ("Report author: ..., Community Safety Manager") over "The
    # X Partnership reports to ..." made one name of both; a wrapped name goes on after "of" or "the", never so
    next_end = chunk.find("\n", cut + 1)
    next_line = chunk[cut + 1 : next_end if next_end >= 0 else len(chunk)]
    # a title line over a decision record's own title ("... Commissioner for X" over "Decision Record 2024/031")
    record = not chunk[line_start : a - start].strip() and layout().record_title_re.match(right) is not None
    if shouted or record or (first in _SENTENCE_OPENERS and last[:1].isupper()) or _FIELD_LABEL.match(next_line) \
            or _new_row(chunk[line_start : a - start], next_line):
        out = [(a, start + cut)]
        right_at = b - len(right)
        return out + _heading_split(chunk, start, right_at, b)
    return [(a, b)]


# (text, {(start, end): its _SpanScans}) for the last text read: the rules ask for a line's mentions both with
# and without people expected (a signature or attendance rule after a rule about bodies), and the searches
# that do not depend on that are made once. One tuple, swapped whole, so threads never share a wrong entry.
_LAST_SCANS: tuple[str, dict[tuple[int, int], _SpanScans]] = ("", {})


@dataclass(frozen=True)
class _SpanScans:
    """What find_mentions finds in a span before reading its chunks: offices and comma-titles kept whole, the
    capitalised chunks, and the spans of topics and of money."""

    protected: list[tuple[int, int]]
    chunks: list[tuple[int, int]]
    topics: list[tuple[int, int]]
    money: list[tuple[int, int]]


def _span_scans(text: str, start: int, end: int, chunk: str) -> _SpanScans:
    global _LAST_SCANS
    last = _LAST_SCANS
    if last[0] is not text:  # identity: a document's text is one object for all its rules
        last = (text, {})
        _LAST_SCANS = last
    found = last[1].get((start, end))
    if found is None:
        protected = _protected(chunk, start)
        found = _SpanScans(
            protected,
            list(_chunks(chunk, start, protected)),
            [(start + m.start(), start + m.end()) for m in topic_regex().finditer(chunk)],
            [(start + m.start(), start + m.end()) for m in MONEY_RE.finditer(chunk)],
        )
        last[1][(start, end)] = found
    return found


# a name's last word "I" that is the writer speaking ("Commissioner I have"), not a numeral ("Part I of")
_FIRST_PERSON_AFTER = re.compile(r"(?<!\bPart)(?<!\bSchedule)(?<!\bChapter)(?<!\bPhase)(?<!\bTier)(?<!\bStage)"
                                 r"(?<!\bAnnex)(?<!\bVolume)(?<!\bClass)(?<!\bType) I\Z")
_FIRST_PERSON_VERB = re.compile(r" (?:have|had|am|was|will|would|can|shall|should|must|also|remain|welcome|want|hope|"
                                r"believe|know|look|set|made|make|took|take|chose|chair|lead|agreed|decided|approved|"
                                r"awarded|commissioned|committed|funded|published|launched)\b")


def find_mentions(text: str, start: int, end: int, *, expect_person: bool = False) -> list[Mention]:
    """Every mention in TEXT[start:end], in order, without overlaps: names, offices, topics and money."""
    out: list[Mention] = []
    chunk = text[start:end]
    scans = _span_scans(text, start, end, chunk)
    protected = scans.protected
    for a, b in scans.chunks:
        # the pattern ends " I\Z": a chunk not ending so is passed over without its ten lookbehinds at each character
        said = _FIRST_PERSON_AFTER.search(text, a, b) if text.endswith(" I", a, b) else None
        if said and _FIRST_PERSON_VERB.match(text, b):
            b = said.start()  # "As Police and Crime Commissioner I have a duty": the writer, not part of the name
        out.extend(classify(_chunk_text(text, a, b), a, expect_person=expect_person))
    out = _merge_protected(text, out, protected)
    out = _with_place_lists(text, out, start)
    bracket = "(" in chunk  # acronyms and lower-case bodies are read from brackets: most spans have none
    if bracket:
        out = _with_acronyms(text, out, end)
        out = _spelt_out_acronyms(text, out, end)
    out = _with_portfolio(text, out, end)
    if " and " in chunk or " & " in chunk:
        out = _with_paired_paper(text, out)
    if ") Act" in chunk or "Act (" in chunk:
        out = _with_devolved_acts(text, out)
    if " centre" in chunk:
        out = [_with_centre(text, m) for m in out]
    if " by " in chunk:
        out = [_agent_brand(text, m) for m in out]
    if "," in chunk:
        out = _with_department(text, out, end)
    out = [x for m in out for x in _department_of_body(text, m)]
    for m in _LOWER_BODY.finditer(chunk) if bracket and _LOWER_HEAD_BRACKET.search(chunk) else ():
        a, b = start + m.start("name"), start + m.end("name")
        name = m.group("name")
        acr = m.group("acr")
        # "thanked the community safety partnership (CSP)": the name is the shortest tail the acronym spells
        words = name.split(" ")
        for k in range(len(words) - 1, -1, -1):
            if words[k].casefold() in _LOWER_STOP:
                break
            if initials_fit(acr, " ".join(words[k:])):
                a += len(" ".join(words[:k])) + (1 if k else 0)
                name = " ".join(words[k:])
                break
        if not any(x.start < b and a < x.end for x in out) and initials_fit(acr, name):
            out.append(Mention(a, b, "body", name[:1].upper() + name[1:], acronym=acr, head=name.split()[-1].title()))
    if "the " in chunk or "The " in chunk:
        out = _with_lower_back_references(text, out, start, end)
    if "team" in chunk or "service" in chunk or "unit" in chunk:
        out = _with_lower_services(text, out, start, end)
    if "council's" in chunk or "council’s" in chunk or "county's" in chunk or "county’s" in chunk:
        out = _with_lower_council_owner(text, out, start, end)
    if "We " in chunk or " us" in chunk:
        out = _with_first_person(text, out, start, end)
    papers = lower_paper_references(text, start, end)
    if papers:
        out = _with_lower_paper_references(text, out, papers)
    if scans.topics:
        out = _opening_words_of_topics(text, out, scans.topics)
    taken = [(m.start, m.end) for m in out]
    for a, b in scans.topics:
        if not any(a < y and x < b for x, y in taken):
            out.append(Mention(a, b, "topic", text[a:b]))
    for a, b in scans.money:
        out.append(Mention(a, b, "money", text[a:b]))
    out.sort(key=lambda m: (m.start, -m.end))
    return out


# "was agreed by the partnership", "the partnership reports to ...", "The partnership's plan sets ...": a body the
# paper names in full elsewhere, referred back to in lower case (a sentence's opening article capitalised, the
# possessive too); a noun after it ("the partnership approach") makes the word an adjective, not a body. "the
# board" is left: a paper of a partnership often has several boards besides its own. The heads are data (heads.yaml
# lower_back_ref_heads)
@cache
def _lower_back_ref() -> re.Pattern[str]:
    words = "|".join(sorted(heads().lower_back_ref_heads))
    return re.compile(_LOWER_BACK_REF.pattern.replace("(?P<head>partnership)", f"(?P<head>{words})"))


_LOWER_BACK_REF = re.compile(r"(?<![\w-])[Tt]he\s+(?P<head>partnership)(?![\w-]|['’](?!s\b))"
                             r"(?=\s*(?:[.,;:)]|$|['’]s\b|\s+(?:is|was|were|are|has|have|had|will|would|shall|should|"
                             r"must|may|can|could|agreed|approved|adopted|endorsed|noted|received|published|produced|"
                             r"oversees|oversaw|reports|reported|meets|met|in|on|at|by|for|and|to|with|from|each|every|"
                             r"itself|also|then|now|last|next)\b))")


def _with_lower_back_references(text: str, out: list[Mention], start: int, end: int) -> list[Mention]:
    if not any(text.find(w, start, end) >= 0 for w in heads().lower_back_ref_heads):
        return out  # every match holds one of the words
    added = [Mention(m.start("head"), m.end("head"), "body", m.group("head").capitalize(), back_ref=True,
                     head=m.group("head").capitalize(),
                     possessive=bool(re.match(r"['’]s\b", text[m.end() : m.end() + 2])))
             for m in _lower_back_ref().finditer(text, start, end)]
    # ("The partnership" opening a sentence was read as an unknown capitalised name: the body takes its place)
    out = [x for x in out if not (x.kind == "name" and any(m.start <= x.start and x.end <= m.end for m in added))]
    added = [m for m in added if not any(x.start < m.end and m.start < x.end for x in out)]
    if not added:
        return out
    out = sorted([*out, *added], key=lambda m: (m.start, -m.end))
    for m in added:
        if m.possessive:
            _own_next(text, out, m)
    return out


# "We are chaired by ...", "The X Group reports to us": the body whose own paper it is (a web page's, a terms of
# reference's), written in the first person; only "We" opening a sentence with a verb of what is after it (not "We
# will ...": what a council's writer means to do is its own, whoever the paper is about), and "us" after a
# preposition, both as a clause's ends ("our" owns a thing, not a relation's end)
_FIRST_PERSON = re.compile(r"(?:(?<=[.:;!?]\s)|(?<=\n)|\A)\s*(?P<we>We)(?=\s+(?:are|were|have|"
                           r"[a-z]+s\b|report|meet|sit|work|receive|fund|oversee|commission|chair)\b)|"
                           r"\b(?:to|by|from|with|under)\s(?P<us>us)\b")


def _with_first_person(text: str, out: list[Mention], start: int, end: int) -> list[Mention]:
    added = [Mention(m.start(g), m.end(g), "body", m.group(g), back_ref=True, extra={"first_person": True})
             for m in _FIRST_PERSON.finditer(text, start, end) for g in ("we", "us") if m.group(g)]
    # ("We" opening a sentence was read as an unknown capitalised name: the body takes its place)
    out = [x for x in out if not (x.kind == "name" and any(m.start <= x.start and x.end <= m.end for m in added))]
    added = [m for m in added if not any(x.start < m.end and m.start < x.end for x in out)]
    return sorted([*out, *added], key=lambda m: (m.start, -m.end)) if added else out


def _own_next(text: str, out: list[Mention], owner: Mention) -> None:
    """The post, body or paper named right after a lower-case possessive OWNER ("the partnership's Community Safety
    Plan") is the owner's, as after "the Partnership's": the owner is set on it in OUT."""
    after = re.match(r"['’]s\s+", text[owner.end : owner.end + 4])
    nxt = next((i for i, x in enumerate(out) if after is not None and x.start == owner.end + after.end()), None)
    if nxt is not None and out[nxt].kind in ("post", "body", "publication") and out[nxt].extra.get("owner") is None:
        out[nxt] = replace(out[nxt], extra={**out[nxt].extra, "owner": owner})


# "the council's Head of Safer Communities": the paper's council, written in lower case before the name it owns
# "the county's Director of Public Health" in a district's paper is the county council's post, not the district's
_LOWER_COUNCIL_OWNER = re.compile(r"(?<![\w'’-])(?:[Tt]he|[Oo]ur)\s+(?P<owner>(?:(?:county|city|borough|district)\s+)?"
                                  r"council|county)['’]s\s+(?=[A-Z])")


def _with_lower_council_owner(text: str, out: list[Mention], start: int, end: int) -> list[Mention]:
    """ "the council's Head of Safer Communities" read as "the Council's Head of Safer Communities" is: the owner a
    back-reference to the council, possessive, and the owner of the post or body named right after it (so every
    reader that names a post by its owner names this one so)."""
    added: list[Mention] = []
    for m in _LOWER_COUNCIL_OWNER.finditer(text, start, end):
        nxt = next((i for i, x in enumerate(out) if x.start == m.end()), None)
        if nxt is None or out[nxt].kind not in ("post", "body") or out[nxt].extra.get("owner") is not None or \
                any(x.start < m.end("owner") and m.start("owner") < x.end for x in out):
            continue
        words = m.group("owner").split()
        if words == ["county"]:
            words.append("council")  # the county's council: the county is no body of its own
        owner = Mention(m.start("owner"), m.end("owner"), "body", " ".join(w.capitalize() for w in words),
                        back_ref=True, possessive=True, head="Council")
        out[nxt] = replace(out[nxt], extra={**out[nxt].extra, "owner": owner})
        added.append(owner)
    return sorted([*out, *added], key=lambda m: (m.start, -m.end)) if added else out


# "reports to the youth offending service", "was produced by the council's community safety team": a service or
# team written all in lower case, after a determiner or an owner's possessive. Only a field the lexicon knows may
# stand before the head (a topic, or heads.yaml's lower_service_fields): "the new service", "the shared service"
# name nothing.
@cache
def _lower_service_re() -> re.Pattern[str]:
    heads_of = "|".join(sorted(lower_services()[0]))
    return re.compile(
        r"(?:(?<![\w'’-])(?:[Tt]he|[Ii]ts|[Tt]heir|[Oo]ur|[Tt]his)\s+"
        r"(?:(?i:council|county council|city council|borough council|district council|force|police|authority)['’]s\s+)?"
        r"|['’]s\s+)"
        r"(?P<field>[a-z][a-z'’-]*(?:\s+[a-z][a-z'’-]*){0,3}?)\s+(?P<head>" + heads_of + r")(?![\w'’-])")


def _with_lower_services(text: str, out: list[Mention], start: int, end: int) -> list[Mention]:
    fields = lower_services()[1]
    added: list[Mention] = []
    for m in _lower_service_re().finditer(text, start, end):
        field_words, head = m.group("field"), m.group("head")
        folded = " ".join(field_words.split()).casefold()
        if folded not in fields and not topic_regex().fullmatch(folded):
            continue
        a, b = m.start("field"), m.end("head")
        # a capitalised name or a typed mention over the words wins; a topic read from the field gives way
        if any(x.start < b and a < x.end and x.kind not in ("topic", "name") for x in out) or any(
                x.start < b and a < x.end and x.kind == "name" and not text[x.start : x.end].islower() and
                not (x.start == a and text[a:a + 1].isupper()) for x in out):
            continue
        name = " ".join(w if w in ("and", "of") else w[:1].upper() + w[1:] for w in f"{folded} {head}".split())
        added.append(Mention(a, b, "body", name, head=head.capitalize(), extra={"lower_service": True}))
    if not added:
        return out
    out = [x for x in out if not any(x.start < m.end and m.start < x.end for m in added)]
    return sorted([*out, *added], key=lambda m: (m.start, -m.end))


# "The strategy was written by the Community Safety Team", "owns this strategy", "the draft plan will be ...": a
# paper named before in full, referred back to by its head noun in lower case. Only a determiner that points back
# ("new" or "next" would name another paper), and only where a verb, a preposition or punctuation follows ("the
# plan of action", "the strategy group" are something else). The mention is resolved to the paper last named in
# full with that head, or dropped (Resolver.entity): a lower-case head alone names nothing.
_LOWER_PAPER_REF = re.compile(
    r"(?<![\w-])(?:[Tt]he|[Tt]his|[Ii]ts|[Tt]heir|[Oo]ur)\s+(?:(?:draft|revised|refreshed|updated|final|proposed|"
    r"current)\s+)?(?:(?:19|20)\d\d(?:\s?[/–-]\s?\d{2,4})?\s+)?(?P<head>strategy|plan|(?:strategic|needs)\s+assessment|(?:action|delivery)\s+plan)"
    r"(?!['’\w-])(?=\s*(?:[.,;:)]|$|['’]s\b|\s+(?:is|was|were|are|has|have|had|will|would|shall|should|must|may|can|"
    r"could|sets|set|covers|runs|ran|explains|supports|supported|focuses|focused|puts|builds|built|draws|drew|"
    r"replaces|replaced|takes|took|came|comes|forms|includes|included|in|on|at|by|for|and|to|with|from|itself|"
    r"also|then|now)\b))")


def lower_paper_references(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """(start, end) of each lower-case paper head that refers back (_LOWER_PAPER_REF) in TEXT[start:end]."""
    if not any(text.find(w, start, end) >= 0 for w in ("strategy", "plan", "assessment")):
        return []  # every match holds one of these words
    return [m.span("head") for m in _LOWER_PAPER_REF.finditer(text, start, end)
            if not _RENEWED.search(text, max(start, m.start() - 24), m.start())]


# "this plan", "our strategy": the paper the writer is writing, which need not be the one last named
_THIS_BEFORE = re.compile(r"\b(?:[Tt]his|[Oo]ur)\s+(?:[\w/–-]+\s+){0,2}$")
# "is refreshing the plan", "to review the strategy": what a refresh or a review makes is a new version, not the
# paper last named
_RENEWED = re.compile(r"(?i)\b(?:refresh|review|renew|replac|updat|rewrit|redraft|revis)\w*\s+$")


def _with_lower_paper_references(text: str, out: list[Mention], spans: list[tuple[int, int]]) -> list[Mention]:
    added = [Mention(a, b, "publication", " ".join(w.capitalize() for w in text[a:b].split()), back_ref=True,
                     head=text[a:b].split()[-1].capitalize(),
                     extra={"lower_back_ref": True, "this": bool(_THIS_BEFORE.search(text, max(0, a - 40), a))},
                     possessive=bool(re.match(r"['’]s\b", text[b : b + 2])))
             for a, b in spans]
    # a sentence's capital makes "The strategy" an unknown name: the paper's head is what the words are
    out = [x for x in out if not (x.kind == "name" and any(x.start <= m.start and m.end <= x.end and
                                                          x.name.casefold() == m.name.casefold() for m in added))]
    added = [m for m in added if not any(x.start < m.end and m.start < x.end for x in out)]
    return sorted([*out, *added], key=lambda m: (m.start, -m.end)) if added else out


def _opening_words_of_topics(text: str, out: list[Mention], topics) -> list[Mention]:
    """ "Serious violence is a priority", "Domestic abuse remains ...": a sentence's capital makes the topic's first
    word read as an unknown name; the topic written on in lower case is what the words name."""
    starts = {a: b for a, b in topics}
    return [m for m in out if not (m.kind == "name" and m.head != "acronym" and m.start in starts and
                                   starts[m.start] > m.end and " " not in m.name and
                                   text[m.end : starts[m.start]].islower())]


# "RISE (Refuge, Information, Support and Education)": an organisation known by its acronym, spelt out after it
_SPELT_OUT = re.compile(r"[ \t]*\(([A-Z][^()\n]{3,120})\)")


def _spelt_out_acronyms(text: str, out: list[Mention], end: int) -> list[Mention]:
    """An acronym followed by the words it stands for in brackets is the organisation's name; the words in the
    brackets ("Refuge", "Support") are no names of their own."""
    for m in [x for x in out if x.kind == "name" and x.head == "acronym" and len(x.name) >= 3]:
        spelt = _SPELT_OUT.match(text, m.end, end)
        if spelt is None or not initials_fit(m.name, spelt.group(1).replace(",", " ")):
            continue
        a, b = spelt.start(1), spelt.end(1)
        out = [x for x in out if x is m or not (a <= x.start and x.end <= b)]
        out[out.index(m)] = replace(m, kind="body", head="acronym")
    return out


# "the Police and Fire Reform (Scotland) Act 2012", "the Violence against Women, Domestic Abuse and Sexual
# Violence (Wales) Act 2015": the nation in brackets is inside the Act's title
_DEVOLVED_ACT = re.compile(r"((?:[A-Z][\w'’-]*|and|of|against|for|on|in|to|,)(?:[ \t]+|,[ \t]*|(?=,)))+?"
                           r"\((?:Scotland|Wales|Northern Ireland)\)[ \t]+$")


def _with_devolved_acts(text: str, out: list[Mention]) -> list[Mention]:
    merged: list[Mention] = []
    for m in out:
        if m.kind == "legislation" and m.name.startswith("Act"):
            before = _DEVOLVED_ACT.search(text, max(0, m.start - 160), m.start)
            if before:
                a = before.start()
                while a < m.start and not text[a].isupper():
                    a += 1  # the title starts with a capital ("against" and "and" only join its words)
                lead = re.match(r"(?:The|This|That|Under|By)[ \t]+", text[a : m.start])
                a += lead.end() if lead else 0
                merged = [x for x in merged if x.end <= a]
                merged.append(replace(m, start=a, name=" ".join(text[a : m.end].split())))
                continue
        after = _DEVOLVED_AFTER.match(text, m.end) if m.kind == "legislation" and m.name.endswith("Act") else None
        if after:
            # "the Justice Act (Northern Ireland) 2011": the nation and the year follow the word Act
            merged.append(replace(m, end=after.end(), name=" ".join(text[m.start : after.end()].split())))
            continue
        merged.append(m)
    return merged




# "delivered by Catch22", "run by Mencap": the agent of a service's verb is an organisation, though a charity's
# brand has one word and no head noun
_AGENT_BEFORE = re.compile(r"\b(?:delivered|provided|run|operated|managed|hosted|facilitated|commissioned from)"
                           r"(?:[ \t]+(?:jointly|locally|directly))?[ \t]+by[ \t]+(?:the[ \t]+)?$")


def _agent_brand(text: str, m: Mention) -> Mention:
    """M, a one-word name straight after a service's agentive "by", typed as an organisation."""
    if m.kind != "name" or m.head == "acronym" or " " in m.name or len(m.name) < 4 or \
            not _AGENT_BEFORE.search(text, max(0, m.start - 40), m.start):
        return m
    own = _BRAND_POSSESSIVE.match(text, m.end)
    if own:  # "provided by Barnardo's.": a possessive that owns nothing after it is the brand's own
        return replace(m, kind="body", end=m.end + 2, name=m.name + text[m.end : m.end + 2], possessive=False)
    return replace(m, kind="body")


_BRAND_POSSESSIVE = re.compile(r"['’]s(?=[.,;:)]|\s*$|\s+(?:and|or|with|in|at|on|for|from)\b)", re.M)


_CENTRE_AFTER = re.compile(r"[ \t]+(?:town|city)[ \t]+centre\b")


def _with_centre(text: str, m: Mention) -> Mention:
    """ "Warwick town centre", "Hull city centre": a town's centre is an area of its own, smaller than the town
    (an order, a night-time scheme or a patrol covers it, not the whole town)."""
    after = _CENTRE_AFTER.match(text, m.end) if m.kind == "place" else None
    if after is None:
        return m
    return replace(m, end=after.end(), name=" ".join(text[m.start : after.end()].split()))


_DEVOLVED_AFTER = re.compile(r"[ \t]*\((?:Scotland|Wales|Northern Ireland)\)\s{1,4}(?:19|20)\d\d\b")


_PAIRED_PAPER = re.compile(r" (?:and|&) (?:an? )?")


def _undated(name: str) -> str:
    """ "Delivery Plan 2024-27" -> "Delivery Plan": the years a paper covers are no word of its kind."""
    words = name.split()
    return " ".join(words[:-1]) if len(words) > 1 and _YEAR_TAIL.fullmatch(words[-1]) else name


def _with_paired_paper(text: str, out: list[Mention]) -> list[Mention]:
    """ "the Prevent Strategy and Action Plan", "a Strategic Threat Assessment & Partnership Plan": a paper and
    the bare kind of paper that goes with it are one document, not two."""
    merged: list[Mention] = []
    papers = heads().publication
    for m in out:
        prev = merged[-1] if merged else None
        if prev is not None and prev.kind == "publication" and m.kind == "publication" and \
                _PAIRED_PAPER.fullmatch(text[prev.end : m.start]) and len(_undated(m.name).split()) <= 2 and \
                _undated(m.name).split()[-1] in papers:
            merged[-1] = replace(prev, end=m.end, name=text[prev.start : m.end], head=m.head, possessive=m.possessive)
            continue
        merged.append(m)
    return merged


def may_start_with_person(text: str, start: int, end: int) -> bool:
    """Whether find_mentions(TEXT, START, END, expect_person=True) can open with a person within two characters
    of START. False is certain and cheap: people come only from reading a chunk (what follows a chunk's reading
    adds or widens other kinds, or drops names), and a chunk's people lie inside it, so only the chunks that
    start by START + 2 are read, with the helpers find_mentions reads them with (tests/test_fast_paths.py
    compares the two). A line that opens with "The Board noted" is settled by its first chunk instead of a
    reading of every name in it."""
    limit = start + 2
    chunk = text[start:end]
    protected = _protected(chunk, start)
    if any(pa <= limit for pa, _ in protected):
        return True  # an office at the start may take in a later chunk: leave it to the whole reading
    for a, b in _chunks(chunk, start, protected):
        if a > limit:
            return False  # chunks come in order, and none is widened back to the start (ruled out above)
        found = classify(_chunk_text(text, a, b), a, expect_person=True)
        if any(x.kind == "person" and x.start <= limit for x in found):
            return True
    return False


def _chunk_text(text: str, a: int, b: int) -> str:
    """The text of the chunk TEXT[a:b] as it is read: a shouted heading in title case."""
    text_ab = text[a:b].replace("\n", " ")  # a name wrapped onto the next line of a PDF is one name
    if text_ab.isupper() and sum(1 for w in text_ab.split() if len(w) >= 4) >= 2 and not (
            len(text_ab.split()) <= 3 and any(len(w) >= 4 and w in acronyms() for w in text_ab.split())):
        # a shouted heading: "CSP JOINT STRATEGIC GROUP"; a short run with a long known acronym ("SLAM CAMHS") is
        # an organisation's initials, not a shouted name
        return _title_case(text_ab)
    return text_ab


_PLACE_LIST = re.compile(r"((?:[A-Z][\w'’-]*(?: [A-Z][\w'’-]*)*, ){1,6})$")


_NHS_AREA_BODY = re.compile(r"\b(?:ICB|ICS|CCG|Integrated Care (?:Board|System)|Clinical Commissioning Group)$")


def _nhs_of_place(name: str, before: list[Mention], m: Mention) -> bool:
    """ "NHS Bristol" read as a name of its own, first of the places an NHS area body M names."""
    return name.startswith("NHS ") and bool(_NHS_AREA_BODY.search(m.name)) and places.is_place(name[4:]) and \
        any(x.kind == "name" and x.name == name for x in before)


def _with_place_lists(text: str, mentions: list[Mention], limit: int) -> list[Mention]:
    """ "Derbyshire, Leicestershire, Nottinghamshire & Rutland Community Rehabilitation Company": places listed
    before a body that starts with a place belong to its name."""
    out: list[Mention] = []
    for m in mentions:
        if m.kind in ("body", "publication") and m.place and not m.back_ref and \
                places.canonical_place(m.name) is None:  # "Boston, East Lindsey, City of Lincoln": a list
            before = text[max(limit, m.start - 120) : m.start]
            pm = _PLACE_LIST.search(before)
            if pm:
                names_ = [re.sub(r"^The ", "", x.strip()) for x in pm.group(1).split(",") if x.strip()]
                while names_ and not places.is_place(names_[0]) and not _nhs_of_place(names_[0], out, m):
                    names_ = names_[1:]  # "Head of Service, Kent, Surrey and Sussex ...": only the places go with it
                if names_ and _nhs_of_place(names_[0], out, m):
                    names_[0] = names_[0][4:]  # "NHS Bristol, North Somerset and ... ICB": the NHS body of the places
                if names_ and all(places.is_place(x) for x in names_):
                    group = pm.group(1)
                    start = m.start - len(group) + group.rfind(names_[0] + ",", 0, len(group) - sum(
                        len(x) + 2 for x in names_[1:]))
                    if start - 4 >= limit and text[start - 4 : start] == "NHS " and _NHS_AREA_BODY.search(m.name):
                        start -= 4
                    out = [x for x in out if x.end <= start]
                    m = replace(m, start=start, name=text[start : m.start] + m.name)
        out.append(m)
    return out


_SMALL_WORDS = frozenset("of and for the on in to with at by".split())


def _title_case(text: str) -> str:
    """Title case of a shouted name, same length: short words that are acronyms ("CSP") stay capitals."""
    out = []
    for i, word in enumerate(text.split(" ")):
        low = word.lower()
        if i and low in _SMALL_WORDS:
            out.append(low)
        elif len(word) <= 4 and (word in acronyms() or word.rstrip("S") in acronyms()):
            out.append(word)
        else:
            out.append(word[:1] + word[1:].lower())
    return " ".join(out)


def _joint_place_start(text: str, a: int, b: int, office_end: int) -> int | None:
    """Where the place of two joined names that ends TEXT[a:b] starts ("Avon and Somerset", "Devon and
    Cornwall"), when the gazetteer knows it whole, or knows it with the office after it ("Cambridgeshire and
    Peterborough Police and Crime Commissioner"); None when the words before B hold no such place."""
    for word in re.finditer(r"[A-Z][\w'’-]*", text[a:b]):
        candidate = text[a + word.start() : b].strip()
        if re.search(r"\s(?:and|&)\s", candidate) and (
                places.canonical_place(candidate) or places.commissioner_office(text[a + word.start() : office_end])):
            return a + word.start()
    return None


# the words of a place before a comma inside it ("Leicester, " of "Leicester, Leicestershire and Rutland"), and after
# one (", Leicestershire and Rutland" of "Police and Crime Commissioner for Leicester, Leicestershire and Rutland")
_BEFORE_COMMA = re.compile(r"(?:(?!The\b)[A-Z][\w'’-]*[ ]){0,2}(?!The\b)[A-Z][\w'’-]*,[ ]$")
_AFTER_COMMA = re.compile(r",[ ](?:[A-Z][\w'’-]*[ ]){1,3}(?:and|&)[ ][A-Z][\w'’-]*")


def _comma_place_start(text: str, a: int, office_end: int) -> int:
    """Where an office whose place holds a comma starts, when a chunk cut at the comma starts at A ("Leicester,
    Leicestershire and Rutland Police and Crime Commissioner"): the gazetteer knows the office named with the words
    before the comma; else A."""
    before = _BEFORE_COMMA.search(text, max(0, a - 40), a)
    if before is not None and places.commissioner_office(text[before.start() : office_end]):
        return before.start()
    return a


def _comma_place_end(text: str, a: int, b: int) -> int:
    """Where an office ending at B on a place that holds a comma ends ("Police and Crime Commissioner for Leicester,
    Leicestershire and Rutland"): the gazetteer knows the office with the words after the comma; else B."""
    after = _AFTER_COMMA.match(text, b)
    if after is not None and places.commissioner_office(text[a : after.end()]):
        return after.end()
    return b


def _merge_protected(text: str, mentions: list[Mention], protected: list[tuple[int, int]]) -> list[Mention]:
    """Mentions overlapping an office span become one post mention over the whole span (with its place)."""
    if not protected:
        return mentions
    out: list[Mention] = []
    for pa, pb in protected:
        inside = [m for m in mentions if m.start < pb and pa < m.end]
        if not inside:
            continue
        a = _comma_place_start(text, min(pa, *(m.start for m in inside if m.kind != "person"), pa), pb)
        b = _comma_place_end(text, a, max(pb, *(m.end for m in inside if m.kind != "person" and
                                               not _listed_after(text, pb, m.end)), pb))
        for m in inside:
            if m.kind != "person" and _listed_after(text, pb, m.end):
                # "the Office of the Kestermoor Police and Crime Commissioner and Eastvale Homes": the office ends
                # its own name, and what follows the 'and' is the next partner of the list
                tail = pb + _listed_after(text, pb, m.end)
                out.extend(classify(_chunk_text(text, tail, m.end), tail))
        joined = list(re.finditer(r"\s(?:and|&)\s(?:the\s)?", text[a:pa]))
        place_at = _joint_place_start(text, a, pa, pb) if joined else None
        if place_at is not None:
            # "Avon and Somerset Police and Crime Commissioner": the 'and' is inside the office's place
            joined = [j for j in joined if a + j.end() <= place_at]
        if joined:
            # "Healthwatch Dorset and the Office of the Dorset Police and Crime Commissioner": two names
            first = a
            a = a + joined[-1].end()
            out.extend(classify(_chunk_text(text, first, first + joined[-1].start()), first))
        following = re.match(r"\s+(?:and|&)\s+(?:the\s+)?(?=[A-Z])", text[pb:b])
        if following:
            # "the Eastvale Police and Crime Commissioner and the Eastvale Violence Reduction Unit": the
            # office ends its name; "and the" starts a second
            second = classify(_chunk_text(text, pb + following.end(), b), pb + following.end())
            spelt = next((m.acronym for m in inside if m.end == b and m.acronym), None)
            if spelt and second and second[-1].end == b and second[-1].kind != "person":
                second[-1] = replace(second[-1], acronym=spelt)  # "... Reduction Unit (VRU)": the second name's
            out.extend(second)
            b = pb
        if text[pb : pb + 2] in ("'s", "’s") and re.match(r"\s+[a-z]", text[pb + 2 : pb + 4]):
            b = pb + 2  # "the Police, Crime and Victims' Commissioner's plan": the office, owning what follows
        for m in inside:
            # a person read from words inside the span ("Crime, Criminal" of "... for Policing, Crime, Criminal
            # Justice and Fire", a surname and a first name by shape) is a word of the office, not a person
            if m.kind == "person" and not (pa <= m.start and m.end <= pb) and m not in out:
                out.append(m)
        name = text[a:b]
        name, possessive = _possessive(name)
        one_line = re.sub(r"[ ]*\n[ ]*", " ", name)  # a name wrapped over a line end is typed as one line
        if re.search(r"\bAct(?: \d{4})?$", name):
            kind, head = "legislation", "Act"
        elif re.search(r"\b(?:Plan|Strategy)\b", name) and not (
                heads().post_leading_re.match(name) and not re.search(r"\b(?:Plan|Strategy)$", name)):
            # "Police, Crime and Justice Plan"; not "Director of Strategy, Performance and Governance", a post whose
            # remit names a strategy among its fields
            kind, head = "publication", name.split()[-1]
        elif one_line in places.comma_body_names():
            kind, head = "body", name.split()[-1]  # "Department for Culture, Media and Sport"
        elif re.search(r"^(?:The )?Office of|\bOffice of the\b|Office$|Panel$|Team$", name):
            kind, head = "body", "Office"
        elif re.search(r"\b(?:Committee|Board|Forum|Commission|Group|Sub-[Gg]roup|Subgroup)$", name):
            kind, head = "body", name.split()[-1]
        elif "Commissioner" in name or "Mayor" in name:
            kind, head = "post", "Commissioner"
        else:
            kind, head = "post", "Member"  # "Cabinet Member for Housing, Leisure and Communities": a portfolio
        # "the Council's Director of Adults, Housing and Wellbeing": the owner read of the post's first words owns
        # the whole post
        owned = next((m.extra for m in inside if m.kind == "post" and m.extra.get("owner") is not None), {})
        out.append(Mention(a, a + len(name), kind, name, place=places.leading_place(name), possessive=possessive,
                           head=head, extra=dict(owned) if kind == "post" else {}))
    covered = [(m.start, m.end) for m in out]
    for m in mentions:
        if not any(m.start < y and x < m.end for x, y in covered) and not any(
            m.start < pb and pa < m.end for pa, pb in protected
        ):
            out.append(m)
    return out


_NEXT_ITEM = re.compile(r"\s*(?:,\s*|\s(?:and|&)\s+)(?:the\s+)?(?=[A-Z])")


def _listed_after(text: str, end: int, stop: int) -> int:
    """How far past an office's name ending at END the next name of a list starts, when a name read over it runs
    on to STOP past a comma or an 'and' (0 when it does not)."""
    if stop <= end:
        return 0
    m = _NEXT_ITEM.match(text, end, stop)
    return m.end() - end if m is not None else 0


def _with_acronyms(text: str, mentions: list[Mention], limit: int) -> list[Mention]:
    """Attach an acronym written in brackets right after a name ("Safer Communities Board (SCB)")."""
    out: list[Mention] = []
    skip: set[int] = set()
    for i, m in enumerate(mentions):
        if i in skip:
            continue
        short = _DEFINED_SHORT_NAME.match(text, m.end, limit) if m.kind == "body" else None
        if short and _short_name_fits(short.group("acr"), m.name):
            # 'the Hate Crime and ASB Board ("the HCASB Board")': the short name the paper goes on to use
            m = replace(m, acronym=f"{short.group('acr')} {short.group('head')}")
            skip.update(j for j in range(i + 1, len(mentions)) if mentions[j].start >= short.start() and
                        mentions[j].end <= short.end())
            out.append(m)
            continue
        am = _DEFINED_ACRONYM.match(text, m.end, limit)
        if am and m.kind in ("body", "post", "publication", "initiative", "topic", "legislation", "name", "place"):
            acr = am.group(1)
            k = next((j for j in range(i + 1, len(mentions)) if mentions[j].start >= am.end()), None)
            place = _comma_remit(text, m, acr) if k is not None and m.kind == "name" and _is_acronym(acr) else None
            if place is not None and _kind_only_after(text, am.end(), mentions[k]):
                # "the Education, Training and Employment (ETE) Task Group": a remit of several parts, its
                # initials and a kind of group name one group (of the place the remit opens with, if any)
                n = mentions[k]
                name = " ".join(f"{place} {acr} {n.name}".split())
                out.append(replace(m, end=n.end, name=name, kind="body", head=n.head, acronym=None,
                                   possessive=n.possessive))
                skip.update(j for j in range(i + 1, k + 1))
                continue
            if _is_acronym(acr) and (initials_fit(acr, m.name) or _fits_after_place(acr, m.name) or
                                     _fits_kind(acr, m.name)):
                m = replace(m, acronym=acr)
                for j in range(i + 1, len(mentions)):
                    if mentions[j].start >= am.start() and mentions[j].end <= am.end():
                        skip.add(j)
                k = next((j for j in range(i + 1, len(mentions)) if j not in skip), None)
                if k is not None and m.kind == "topic" and _kind_only_after(text, am.end(), mentions[k]):
                    # "the Violence Against Women and Girls (VAWG) Strategy Group": the remit and its initials
                    # name a group; the paper's short form of it is the initials before the kind
                    n = mentions[k]
                    m = replace(m, end=n.end, name=f"{acr} {n.name}", kind="body", head=n.head, acronym=None,
                                possessive=n.possessive)
                    skip.add(k)
                elif k is not None and m.kind in ("name", "initiative") and _names_on(text, am.end(), mentions[k]):
                    # "Heart of Kent (HOK) College": the acronym stands inside the name, which goes on after it
                    # ("Safer Kent Partnership (SKP) Board" names the partnership, whose board it is)
                    n = mentions[k]
                    m = replace(m, end=n.end, name=f"{m.name} {n.name}", kind=n.kind, head=n.head, acronym=None,
                                possessive=n.possessive)
                    skip.add(k)
        out.append(m)
    return out


# a short name defined in quotes after a body's name: initials and the body's head word ('("the HCASB Board")')
_DEFINED_SHORT_NAME = re.compile(r"\s?\(['‘\"“]?(?:the\s)?['‘\"“]?(?P<acr>[A-Z][A-Z&]{1,9})\s"
                                 r"(?P<head>Board|Group|Partnership|Panel|Forum|Committee|Executive)['’\"”]\)")


def _short_name_fits(acronym: str, name: str) -> bool:
    """ACRONYM's letters are the initials of NAME, its place and head word left out or kept."""
    core = name.rsplit(" ", 1)[0] if " " in name else name
    return any(initials_fit(acronym, n) or _fits_after_place(acronym, n) for n in (name, core))


_REMIT_PARTS_BEFORE = re.compile(r"(?:[A-Z][\w'’-]*(?: [A-Z][\w'’-]*)*,\s+)+$")


def _comma_remit(text: str, m: Mention, acronym: str) -> str | None:
    """M ends a remit of several parts written with commas ("Education, Training and Employment") whose
    initials, all its parts taken, ACRONYM spells: the place the parts open with ("Cwm Taf Morgannwg Violence
    Against Women, Domestic Abuse and Sexual Violence (VAWDASV)"), "" when none, None when it spells no such
    remit."""
    if initials_fit(acronym, m.name):
        return None  # the ordinary case, read as such
    parts = _REMIT_PARTS_BEFORE.search(text, max(0, m.start - 80), m.start)
    if parts is None:
        return None
    remit = " ".join(f"{parts.group(0)}{m.name}".replace(",", " ").split())
    # the owner's name before the remit, a place the gazetteer may or may not know: the words the initials leave
    # out ("Gwent", "Cwm Taf Morgannwg")
    words = remit.split()
    for i in range(1, min(4, len(words) - 1) + 1):
        if not words[i - 1][:1].isupper():
            break
        if words[i][:1].upper() == acronym[:1] and initials_fit(acronym, " ".join(words[i:])):
            return " ".join(words[:i])  # the remit starts with the acronym's first letter ("North Wales" whole)
    return "" if initials_fit(acronym, remit) else None


def _kind_only_after(text: str, after: int, n: Mention) -> bool:
    """N, straight after a bracketed acronym, is only a kind of group ("Task Group", "Strategy Group", "Sub-group")
    that names nothing without the remit before the bracket."""
    from .resolve import Resolver  # the generic-name test the resolver places bodies by

    return n.kind == "body" and n.start == after + 1 and text[after : after + 1] == " " and not n.acronym and \
        not n.possessive and len(n.name.split()) <= 3 and Resolver._generic(n.name)


def _names_on(text: str, after: int, n: Mention) -> bool:
    """N, straight after a bracketed acronym, finishes the name before the bracket: a body's head word or a
    capitalised run ending in one ("... (MAPPA) Performance and Standards Group")."""
    return n.kind == "body" and n.start == after + 1 and text[after : after + 1] == " " and \
        not n.acronym and n.name.split()[-1] in heads().body and not n.possessive and \
        places.leading_place(n.name) is None


def _fits_after_place(acronym: str, name: str) -> bool:
    """ "Southampton Youth Justice Management Board (YJMB)": the initials leave out the place the name opens with."""
    place, taken = places.leading_place_span(name)
    rest = name[taken:].strip()
    joined = re.match(r"(?:and|&)\s+", rest)
    if place is not None and joined:
        # "Conwy and Denbighshire Community Safety Partnership (CSP)": two places open the name
        second, more = places.leading_place_span(rest[joined.end() :])
        if second is not None:
            rest = rest[joined.end() + more :].strip()
    return place is not None and len(rest.split()) >= 2 and len(acronym) >= 3 and initials_fit(acronym, rest)


def _fits_kind(acronym: str, name: str) -> bool:
    """ "NHS Black Country Integrated Care Board (ICB)": the letters spell the kind of body the name ends with,
    the words before it that say whose it is (a place the gazetteer may not read as one, "NHS") left out. The
    writer defines the short form for the whole named body all the same."""
    words = name.split()
    n = len(acronym)
    if n < 3 or len(words) <= n or not acronym.isupper() or words[-1] not in heads().body:
        return False
    return "".join(w[0] for w in words[-n:]) == acronym


_LOWER_BODY = re.compile(
    r"\b(?P<name>(?:[A-Z][a-z]+ )?(?:[a-z][a-z-]+ ){1,6}(?:board|partnership|panel|group|committee|forum|team|unit|"
    r"service|network|hub))\s?\((?P<acr>[A-Z][A-Za-z&]{1,8})\)"
)
# the end of every match of _LOWER_BODY, searched first: a literal head word is found fast, where _LOWER_BODY
# tries its run of lower-case words at every word of the span
_LOWER_HEAD_BRACKET = re.compile(r"(?:board|partnership|panel|group|committee|forum|team|unit|service|network|hub)"
                                 r"\s?\([A-Z]")
_LOWER_STOP = frozenset("the this our its their a an and or to of by with from".split())
_PORTFOLIO = re.compile(r"\s?\(((?:[A-Z][\w'’-]*|and|&|of|for|the)(?:[ ,]+(?:[A-Z][\w'’-]*|and|&|of|for|the)){0,7})\)")


_DEPARTMENT = re.compile(r"\s[–—-]\s((?:[A-Z][\w'’-]*|and|&|of|for|the)"
                         r"(?:[ ,]+(?:[A-Z][\w'’-]*|and|&|of|for|the)){0,7})"
                         r"(?=\s*[,)]|\s*$|\s+\()")  # "(jo.lee@...)", "(Chair)": what follows the post, not its name
_LIST_TAIL = re.compile(r"((?:,\s*[A-Z][\w&'’-]*(?: [A-Z&][\w&'’-]*)*)*,?\s+(?:and|&)\s+"
                        r"[A-Z][\w&'’-]*(?: [A-Z][\w'’-]*)*)\)")


_WORDS_SPLIT = re.compile(r"[\s,]+")


def _department(words: str) -> bool:
    """Words that name a department or portfolio, not an organisation or place."""
    tokens = [t for t in _WORDS_SPLIT.split(words) if t and t not in ("and", "&", "of", "for", "the")]
    job = names().job_words
    generic = heads().generic_words
    # an acronym is a department only beside words ("ICT Services"); alone ("BDC", "CYC") it is an organisation
    return bool(tokens) and all(t in job or t.casefold() in generic or (t.isupper() and len(tokens) > 1)
                                for t in tokens) and not all(t.isupper() for t in tokens) and not any(
        places.is_place(t) for t in tokens)


_CHAIR_WORD = re.compile(r"(?:Vice[- ]|Deputy |Co-?)?Chair(?:man|woman|person)?$|Independent Chair$", re.I)


def _department_prefix(words: str) -> str:
    """The longest run of WORDS, cut at a comma, that names a department: "Children and Public Health
    Commissioning, LB Enfield" is a department and then its council."""
    pieces = words.split(",")
    for n in range(len(pieces), 0, -1):
        cand = ",".join(pieces[:n]).rstrip()
        if _department(cand):
            return cand
    return ""


def _with_portfolio(text: str, mentions: list[Mention], limit: int) -> list[Mention]:
    """ "Cabinet Member (Communities & Leisure)", "Head of Service (Safer Communities)", "Service Manager –
    Children and Public Health Commissioning", "(Assistant Director of Community Safety, Resilience and CCTV)": a
    post followed by its portfolio or department is one post."""
    out: list[Mention] = []
    skip_until = -1
    for m in mentions:
        if m.start < skip_until:
            continue
        if m.kind == "post" and not m.role:
            dm = _DEPARTMENT.match(text, m.end, limit)
            words = _department_prefix(dm.group(1)) if dm else ""
            if words:
                dept_end = dm.start(1) + len(words)
                m = replace(m, end=dept_end, name=f"{m.name} – {words}")
                skip_until = dept_end
            inside = text.rfind("(", max(0, m.start - 2), m.start + 1) >= 0 or text[max(0, m.start - 1)] == "("
            lm = _LIST_TAIL.match(text, m.end, limit) if inside else None
            if lm and _department(lm.group(1)):
                m = replace(m, end=lm.end(1), name=m.name + lm.group(1))
                skip_until = lm.end(1)
            pm = _PORTFOLIO.match(text, m.end, limit)
            # "(the PCC)", "(the Commissioner)": a drafter's short name for the post, never its portfolio
            if pm and not _is_acronym(pm.group(1)) and not pm.group(1).startswith("the ") and \
                    pm.group(1).split()[-1] not in heads().body and \
                    not _CHAIR_WORD.match(pm.group(1)) and not _POST_OF_ORGANISATION.search(m.name) and \
                    not (_CHAIR_WORD.fullmatch(m.name) and pm.group(1).split()[-1] in ("Member", "member")) and \
                    not _titled(pm.group(1)) and not _holder_of_whole_title(m.name, pm.group(1)):
                # "(Communities & Leisure)" is a portfolio; "Chief Executive of X Council (Jo Lee)" is its holder
                name = f"{m.name} ({pm.group(1)})"
                m = replace(m, end=pm.end(), name=name)
                skip_until = pm.end()
        out.append(m)
    return out


def _holder_of_whole_title(post: str, bracketed: str) -> bool:
    """ "Director of Adult Social Care (Jo Lee)": a title whole with its "of" or "for" takes no portfolio after it,
    and a name of a person's shape in the bracket is the holder ("Head of Service (Safer Communities)" keeps its
    department)."""
    return re.search(r"\b(?:of|for)\b", post) is not None and looks_like_person(bracketed.split())


def _titled(text: str) -> bool:
    """Whether TEXT opens with an honorific, a kept title or a rank: a person's name, not a portfolio."""
    first = text.split()[0].rstrip(".")
    n = names()
    return first in n.honorifics or first in n.kept_titles or first in n.ranks


_POST_OF_ORGANISATION = re.compile(r"\b(?:of|for|at)\s+(?:the\s+)?(?:[A-Z][\w'’&-]*\s+|and\s+)+(?:Council|Police|"
                                   r"Constabulary|Trust|Authority|ICB|Board|Partnership|Service)$")
_BARE_POST_HEADS = frozenset({"Director", "Manager", "Head", "Lead", "Officer", "Commander", "Co-ordinator",
                              "Coordinator", "Adviser", "Advisor"})
_ORGANISATION_HEADS = frozenset({"Council", "Partnership", "Board", "Police", "Constabulary", "Trust", "Authority",
                                 "Panel", "Group", "Committee", "Forum", "Team", "Unit", "Commission", "Office",
                                 "Agency", "Company", "Government", "Executive", "Service"})


def _with_department(text: str, mentions: list[Mention], limit: int) -> list[Mention]:
    """ "the Assistant Director, Neighbourhoods and Customer Services, oversees ...": a bare title followed by the
    department it heads, closed by a comma or the sentence's end, is one post (not a post and an organisation)."""
    out: list[Mention] = []
    k = 0
    while k < len(mentions):
        m = mentions[k]
        nxt = mentions[k + 1] if k + 1 < len(mentions) else None
        extended = False
        while nxt is not None and _department_follows(text, m, nxt, extended):
            # "Assistant Director, Public Protection, Adult Care & Community Wellbeing": each department in turn
            m = replace(m, end=nxt.end, name=f"{m.name}, {nxt.name}")
            extended = True
            k += 1
            nxt = mentions[k + 1] if k + 1 < len(mentions) else None
        out.append(m)
        k += 1
    return out


def _department_of_body(text: str, m: Mention) -> list[Mention]:
    """ "Safer Communities Nottinghamshire County Council": a department's name run into the public body it belongs
    to (a flattened table's two columns) is the department and the body, not one organisation."""
    if m.kind != "body" or m.place or m.acronym:
        return [m]
    split = _department_split(m.name)
    if split is None:
        return [m]
    left, right = split
    cut = m.start + len(left) + 1
    return [Mention(m.start, m.start + len(left), "name", left),
            replace(m, start=cut, name=right, place=places.leading_place(right), head=m.head)]


@lru_cache(maxsize=65536)
def _department_split(name: str) -> tuple[str, str] | None:
    """(department, public body) that the body's NAME runs together, or None. Read once per distinct name: every
    mention of a body passes here, and most papers name the same few bodies on many lines."""
    tokens = name.split(" ")
    for k in range(1, min(len(tokens) - 1, 5)):
        left, right = " ".join(tokens[:k]), " ".join(tokens[k:])
        if tokens[k][:1].isupper() and _department(left) and places.public_body(right) and places.leading_place(right):
            return left, right
    return None


# posts that take a portfolio after a comma: "Deputy Mayor, Policing and Crime", "Cabinet Member, Housing"
_PORTFOLIO_POSTS = frozenset({"Deputy Mayor", "Cabinet Member", "Lead Member", "Executive Member", "Portfolio Holder"})


_UNNAMED_UNIT = re.compile(r"\b(?:Head|Director|Manager) of (?:Service|Services|Department)$")


def _department_follows(text: str, m: Mention, nxt: Mention, extended: bool) -> bool:
    """NXT, after a comma, is the department (or portfolio) of the post M, closed by a comma or the end."""
    if m.kind != "post" or m.role or nxt.kind not in ("body", "name", "topic"):
        return False
    # a rank ("Detective Inspector, Prevent") and a head of a service left unnamed ("Head of Service, Children's
    # Social Care") say which unit only after the comma, as a bare title does
    bare = (m.name.split()[-1] in _BARE_POST_HEADS and " of " not in m.name and " for " not in m.name) or \
        _UNNAMED_UNIT.search(m.name) is not None or m.name in names().ranks.values()
    # "Director of Adults, Housing and Communities": the portfolio's list runs on after the comma to its "and"
    listed = (" of " in m.name or " for " in m.name) and re.search(r"\s(?:and|&)\s", nxt.name) is not None
    if text[m.end : nxt.start] == ", " and _policing_area_of(m, nxt) and \
            re.match(r"\s*(?:[,.;()]|$)", text[nxt.end : nxt.end + 2]):
        return True  # "the Chief Inspector, Stevenage Local Policing Area (currently ...)": the area the rank serves
    if not (extended or bare or listed or m.name in _PORTFOLIO_POSTS):
        return False
    return text[m.end : nxt.start] == ", " and nxt.name.split()[-1] not in _ORGANISATION_HEADS and \
        _department(nxt.name) and bool(re.match(r"\s*(?:[,.;)]|$)", text[nxt.end : nxt.end + 2])) and \
        not places.is_place(nxt.name) and not places.public_body(nxt.name)


# the last word of a police or fire service's local unit, as a rank's post names it ("Central Area", "Eastern
# Division", "Stevenage Local Policing Area")
_LOCAL_UNIT_WORDS = frozenset({"Area", "Division", "District", "Sector", "Locality", "Command"})


def _policing_area_of(m: Mention, nxt: Mention) -> bool:
    """M is a rank or a commander's post (written bare or after its force's name) and NXT the local area it serves."""
    title = m.name.split(", ")[-1]
    words = title.split()
    ranked = title in names().ranks.values() or words[-1] in ("Superintendent", "Inspector", "Commander", "Manager",
                                                              "Sergeant", "Constable")
    return ranked and extended_unit(nxt.name)


def extended_unit(name: str) -> bool:
    """NAME is a local unit of a force ("Central Area", "Stevenage Local Policing Area"): capitalised words ending
    in a unit's word, no organisation's head among them."""
    words = name.split()
    return 1 <= len(words) <= 5 and words[-1] in _LOCAL_UNIT_WORDS and \
        not any(w in _ORGANISATION_HEADS for w in words) and all(w[:1].isupper() or w in ("and", "&") for w in words)


_NAME_SPLIT = re.compile(r"[\s\-/]+")
_MINOR = frozenset("of and for the on in to with & a an at by".split())


is_acronym = _is_acronym
department_words = _department


@lru_cache(maxsize=65536)
def initials_fit(acronym: str, name: str) -> bool:
    """Whether ACRONYM can stand for NAME: its letters, in order, start words (or parts of words) of NAME.
    (Cached: the resolver tries an acronym against every body and post the paper has named, at each use, and
    the same names recur from paper to paper; the answer depends on the two strings and the gazetteer alone.)"""
    letters = acronym[:-1] if acronym.endswith("s") and not acronym.isupper() else acronym
    letters = letters.replace("&", "").upper()
    words = [w for w in _NAME_SPLIT.split(name) if w]
    significant = [w for w in words if w.casefold() not in _MINOR]
    # every significant word's initial must be used, in order; a word may give two letters (CoP)
    initials = "".join(w[0].upper() for w in significant)
    if letters == initials:
        return True
    all_initials = "".join(w[0].upper() for w in words)
    if letters == all_initials:
        return True
    lead = places.leading_place(name)
    if lead and name.startswith(lead + " ") and letters == "".join(
            w[0].upper() for w in significant[len(lead.split()) :]):
        return True  # "Sandwell Domestic Abuse Strategic Partnership (DASP)": the area is left out of the letters
    named, _, remit = name.partition(" for ")
    if remit and len(named.split()) >= 2 and _exact_initials(letters, named):
        return True  # "Dyfed Area Planning Board for Substance Misuse (APB)": the letters leave out what it is for
    # at most one letter from inside a word ("CoP"): "MOPAC" is not the "Metropolitan Police Service"
    in_initials = sum(1 for c in letters if c in initials)
    return _subsequence(letters, name.upper()) and letters[0] == initials[:1] and len(letters) >= 2 and (
        in_initials >= max(2, len(initials) - 1, len(letters) - 1)
    )


def _exact_initials(letters: str, name: str) -> bool:
    """LETTERS are the initials of NAME's significant words, the place it opens with left out or not (no letter
    from inside a word: a part of a name is matched strictly)."""
    significant = [w for w in _NAME_SPLIT.split(name) if w and w.casefold() not in _MINOR]
    lead = places.leading_place(name)
    skip = len(lead.split()) if lead and name.startswith(lead + " ") else 0
    return letters in ("".join(w[0].upper() for w in significant),
                       "".join(w[0].upper() for w in significant[skip:]) if skip else "")


def _subsequence(needle: str, hay: str) -> bool:
    it = iter(hay)
    return all(c in it for c in needle)
