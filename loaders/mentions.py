"""Mentions: the names in a stretch of text, found by their form and typed by their head words.

A mention is a span with a kind (person, post, body, publication, initiative, legislation, place, topic,
money, or name when the form says nothing) and a normalised surface name. Kinds come from general evidence
only: a title or rank before a name, a post's head words ("Director of", "... Manager"), a body's head noun
("... Partnership"), a publication's ("... Strategy"), the national gazetteer of places, the topic scheme.
Nothing here knows any particular council's names.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field, replace
from functools import cache

from . import placenames as places
from .lexicon import acronyms, heads, names
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

@cache
def _abbreviation_words() -> str:
    n = names()
    words = {w.rstrip(".") for w in (*n.honorifics, *n.kept_titles) if " " not in w}
    words |= {w for r in n.ranks for w in r.split() if w[:1].isupper()}
    words |= {"St", "Ch", "Det", "Insp", "Supt", "Sgt", "Prof"}
    return "|".join(sorted((re.escape(w) for w in words), key=len, reverse=True))


_CONNECT = r"(?:of|and|for|on|in|to|with(?= [Rr]esponsibility)|upon|under|&|de|van|von|der|den|le|la|da|du|al|bin|y|a'r)"
# lower-case head words written inside a name: "Lead member for Crime and Disorder", "Community Safety team"
_LOWER_HEADS = (
    r"(?:member|officer|manager|lead|director|head|holder|board|group|partnership|panel|team|service|unit|forum|"
    r"committee|strategy|plan|programme|project|representative|commissioner|responsibility)"
)


@cache
def chunk_re() -> re.Pattern[str]:
    word = (
        rf"(?:(?:{_abbreviation_words()})\.(?=\s)"  # Cllr. / Supt. / St.
        r"|[A-Z]\.(?=\s?[A-Z])"  # an initial: I. D. Ould
        r"|(?:Mc|Mac|O['’])?[A-Z](?:[A-Za-z'’]|-(?=[A-Za-z]))*"  # Partnership, Stoke-on-Trent, CSPs, O'Brien
        r"|\d(?:[A-Za-z0-9]|-(?=\w))*[A-Z][A-Za-z0-9]*"  # 0-19, 2gether, 4Children
        rf"|{_LOWER_HEADS}(?=\s(?:for|of|on|with|to)\s(?:the\s)?[A-Z]))"
    )
    tail = r"(?:\s\d{4}(?:\s?[-–/]\s?\d{2,4})?(?![\d,]))?"  # "Act 1998", "Plan 2022-25"
    lower_head = r"(?:\s(?:team|board|partnership|panel|group|service|unit|forum|committee|programme|project|strategy|plan))?"
    return re.compile(
        rf"(?<![\w'’-])(?=[A-Z0-9]){word}(?:(?:\s{_CONNECT}(?:\sthe)?\s|\s?&\s|\s|-)(?={word}){word})*{tail}"
        rf"{lower_head}(?![\w-])"
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
    Most Only Members Member Officers Councillors Partners Since Until Via Per Upon Regarding Concerning Whether
    There Here It Its We Our They Their He She His Her You Your Please Yes Thank""".split()
)


def strip_determiners(name: str) -> tuple[str, int]:
    """NAME without a leading article, determiner or sentence-initial word; how many characters were dropped."""
    dets = heads().determiners
    words = name.split(" ")
    drop = 0
    while len(words) > 1 and (words[0] in dets or words[0] in _LEADING_STOP):
        drop += len(words[0]) + 1
        words = words[1:]
    return " ".join(words), drop


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


def looks_like_person(tokens: list[str]) -> bool:
    """Name shape: two to five name tokens, the first not a common capitalised word, at least one a surname-like
    word of two letters or more. Used where the context expects a person (attendance, "X, Director of Y")."""
    if not 2 <= len(tokens) <= 5:
        return False
    n = names()
    if any(t.rstrip(".") in n.not_names for t in tokens if len(t.rstrip(".")) > 1):
        return False
    if not re.search(r"[a-z]", tokens[-1]) and not all(t.isupper() for t in tokens):
        return False  # "Age UK": a surname has lower-case letters unless the whole name is in capitals
    if not all(_name_token(t) for t in tokens):
        return False
    generic = heads().generic_words
    if sum(1 for t in tokens if t.casefold() in generic) > 1:
        return False
    if tokens[-1] in n.particles or len(tokens[-1].rstrip(".")) < 2:
        return False
    if any(places.is_place(" ".join(tokens[i:])) for i in range(len(tokens))):
        return False
    return True


# -- classification of one chunk


def _rank_at(tokens: list[str], i: int) -> tuple[int, str, str] | None:
    """(tokens used, written title, full rank or None) of a title or rank starting at token I."""
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
    while j < len(tokens) and len(name) < 5:
        tok = tokens[j]
        if tok in postnominals or not _name_token(tok):
            break
        if _rank_at(tokens, j) and name:
            break
        name.append(tok)
        j += 1
    if not name or (len(name) == 1 and len(name[0].rstrip(".")) < 2):
        return None
    while j < len(tokens) and tokens[j] in postnominals:
        j += 1
    return j - i, tokens[i : i + size], name


_POST_INSIDE = re.compile(
    r"\b(?:Representative|Member|Lead|Champion|Officer|Manager|Director|Head|Spokesperson|Delegate|Adviser|Advisor|"
    r"Liaison)\s+(?:on|for|of|to|with [Rr]esponsibility for)\s+[A-Z]"
)


def _post_kind(name: str) -> str | None:
    """'post' or 'chair_of' / 'vice_chair_of' when NAME reads as a post."""
    h = heads()
    m = h.post_office_re.match(name)
    if m and m.end() == len(name):
        return "post"
    low = name.casefold()
    for marker, role in (("vice chair of", "vice_chair_of"), ("vice-chair of", "vice_chair_of"),
                         ("deputy chair of", "vice_chair_of"), ("chair of", "chair_of"),
                         ("chairman of", "chair_of"), ("chairwoman of", "chair_of"), ("co-chair of", "chair_of")):
        if low.startswith(marker + " "):
            return role
    if h.post_leading_re.match(name) or _POST_INSIDE.search(name):
        return "post"
    last = name.split()[-1]
    if last in ("Executive",):
        return "post" if re.search(r"\b(?:Chief|Deputy Chief)\s+Executive$", name) else None
    if last in h.post_trailing:
        return "post"
    return None


def classify(text: str, offset: int, *, expect_person: bool = False) -> list[Mention]:
    """The mentions in one capitalised chunk TEXT found at OFFSET (it may hold a post and a person)."""
    out: list[Mention] = []
    name, drop = strip_determiners(text)
    back_ref = drop > 0 and text[:drop].strip().casefold() in ("the", "this", "our", "its", "their")
    offset += drop
    name, possessive = _possessive(name)
    tokens = name.split(" ")
    # a titled person anywhere in the chunk splits it: "Director of Public Health Dr A Smith JP"
    for i in range(len(tokens)):
        found = _person_from(tokens, i)
        if not found:
            continue
        used, title_tokens, name_tokens = found
        before = " ".join(tokens[:i])
        if before:
            out.extend(classify(before, offset, expect_person=False))
        start = offset + len(" ".join(tokens[:i])) + (1 if i else 0)
        title = " ".join(title_tokens)
        rank = names().ranks.get(title.replace(".", ""))
        person_text = " ".join(tokens[i : i + used])
        out.append(
            Mention(start, start + len(person_text), "person", " ".join(name_tokens), title=title, rank=rank,
                    possessive=possessive and i + used == len(tokens))
        )
        rest = " ".join(tokens[i + used :])
        if rest:
            rest_start = start + len(person_text) + 1
            out.extend(classify(rest, rest_start, expect_person=False))
        return out
    split = _coordination(tokens)
    if split is not None:
        left = " ".join(tokens[:split])
        right_start = offset + len(left) + len(tokens[split]) + 2
        return classify(left, offset, expect_person=expect_person) + classify(
            " ".join(tokens[split + 1 :]), right_start, expect_person=expect_person
        )
    if expect_person and len(tokens) >= 3:
        # a line run on from the entry before: "Security Architect John Campion" -> post, then person
        split = _run_on(tokens)
        if split:
            left = " ".join(tokens[:split])
            right_start = offset + len(left) + 1
            return classify(left, offset) + [
                Mention(right_start, right_start + len(" ".join(tokens[split:])), "person", " ".join(tokens[split:]))
            ]
    end = offset + len(name)
    kind, head, role = _kind_of(name, expect_person)
    place = places.leading_place(name)
    if kind == "body" and name in heads().needs_modifier:
        back_ref = True
    out.append(
        Mention(offset, end, kind, name, back_ref=back_ref, possessive=possessive, place=place, head=head, role=role)
    )
    return out


def _coordination(tokens: list[str]) -> int | None:
    """The index of an "and" that joins two names rather than sitting inside one.

    "Protect and Prepare" (two topics), "Redditch and Wyre Forest" (two places), "Leicestershire Police and
    Leicestershire County Council" (two bodies) split; "Police and Crime Panel", "Health and Wellbeing Board",
    "Bath and North East Somerset" do not."""
    if "and" not in tokens and "&" not in tokens:
        return None
    whole = " ".join(tokens)
    if heads().post_office_re.search(whole) or places.is_place(whole) or topic_regex().fullmatch(whole):
        return None
    whole_kind = _kind_of(whole, False)[0]
    for i, tok in enumerate(tokens):
        if tok not in ("and", "&") or i == 0 or i == len(tokens) - 1:
            continue
        left, right = " ".join(tokens[:i]), " ".join(tokens[i + 1 :])
        lk, rk = _kind_of(left, False)[0], _kind_of(right, False)[0]
        if whole_kind == "name" and lk != "name" and rk != "name":
            return i
        headed = ("body", "post", "publication")
        if i >= 2 and lk in headed and rk in headed and lk == rk and _kind_of(left, False)[1]:
            return i
    return None


def _run_on(tokens: list[str]) -> int | None:
    """Where a person's name starts after a post or body written just before it, if it does."""
    h = heads()
    for size in (2, 3, 4):
        k = len(tokens) - size
        if k < 1:
            break
        rest, left = tokens[k:], " ".join(tokens[:k])
        if not looks_like_person(rest):
            continue
        if tokens[k - 1] in h.post_trailing or tokens[k - 1] in h.body or _post_kind(left) == "post":
            return k
    return None


def _kind_of(name: str, expect_person: bool) -> tuple[str, str | None, str | None]:
    h = heads()
    tokens = name.split()
    last = tokens[-1]
    year_tail = re.fullmatch(r"\d{4}(?:\s?[-–/]\s?\d{2,4})?", last)
    core_last = tokens[-2] if year_tail and len(tokens) > 1 else last
    if core_last in h.legislation and len(tokens) > 1:
        return "legislation", core_last, None
    acr = acronyms().get(name)
    if acr and acr[0] != "legislation":
        return acr[0], None, None
    tail = acronyms().get(last)
    if tail and len(tokens) > 1 and tail[0] in ("body", "post") and places.leading_place(name):
        return tail[0], last, None
    post = _post_kind(name)
    if post == "post":
        return "post", last, None
    if post in ("chair_of", "vice_chair_of"):
        return "post", "Chair", post
    if places.is_place(name):
        return "place", None, None
    org = places.public_body(name)
    if org:
        return org, None, None
    if core_last in h.publication or " ".join(tokens[-2:]) in h.publication:
        return "publication", core_last, None
    if core_last in h.initiative:
        return "initiative", core_last, None
    if core_last in h.body or last.casefold() in ("team", "board", "partnership", "panel", "group", "service",
                                                  "unit", "forum", "committee"):
        if last[0].islower() and len(tokens) == 1:
            return "name", None, None
        return "body", core_last, None
    if topic_regex().fullmatch(name):
        return "topic", None, None
    if _is_acronym(name):
        return "name", "acronym", None
    if looks_like_person(tokens) and (expect_person or any(len(t.rstrip(".")) == 1 for t in tokens[:-1])):
        return "person", None, None
    return "name", None, None


# -- all the mentions of a span


def find_mentions(text: str, start: int, end: int, *, expect_person: bool = False) -> list[Mention]:
    """Every mention in TEXT[start:end], in order, without overlaps: names, offices, topics and money."""
    out: list[Mention] = []
    chunk = text[start:end]
    # "Police, Fire and Crime Commissioner" holds a comma: find offices first and keep them whole
    protected: list[tuple[int, int]] = []
    for m in heads().post_office_re.finditer(chunk):
        protected.append((start + m.start(), start + m.end()))
    for m in chunk_re().finditer(chunk):
        a, b = start + m.start(), start + m.end()
        for pa, pb in protected:
            if a <= pa < b or pa <= a < pb:
                a, b = min(a, pa), max(b, pb)
                # a place before the office belongs to it: "Essex Police, Fire and Crime Commissioner"
        text_ab = text[a:b]
        out.extend(classify(text_ab, a, expect_person=expect_person))
    out = _merge_protected(text, out, protected)
    out = _with_acronyms(text, out, end)
    taken = [(m.start, m.end) for m in out]
    for m in topic_regex().finditer(chunk):
        a, b = start + m.start(), start + m.end()
        if not any(a < y and x < b for x, y in taken):
            out.append(Mention(a, b, "topic", text[a:b]))
    for m in MONEY_RE.finditer(chunk):
        a, b = start + m.start(), start + m.end()
        out.append(Mention(a, b, "money", text[a:b]))
    out.sort(key=lambda m: (m.start, -m.end))
    return out


def _merge_protected(text: str, mentions: list[Mention], protected: list[tuple[int, int]]) -> list[Mention]:
    """Mentions overlapping an office span become one post mention over the whole span (with its place)."""
    if not protected:
        return mentions
    out: list[Mention] = []
    for pa, pb in protected:
        inside = [m for m in mentions if m.start < pb and pa < m.end]
        if not inside:
            continue
        a = min(pa, *(m.start for m in inside if m.kind != "person"), pa)
        b = max(pb, *(m.end for m in inside if m.kind != "person"), pb)
        for m in inside:
            if m.kind == "person":
                out.append(m)
        name = text[a:b]
        name, possessive = _possessive(name)
        out.append(Mention(a, a + len(name), "post", name, place=places.leading_place(name), possessive=possessive,
                           head="Commissioner"))
    covered = [(m.start, m.end) for m in out]
    for m in mentions:
        if not any(m.start < y and x < m.end for x, y in covered) and not any(
            m.start < pb and pa < m.end for pa, pb in protected
        ):
            out.append(m)
    return out


def _with_acronyms(text: str, mentions: list[Mention], limit: int) -> list[Mention]:
    """Attach an acronym written in brackets right after a name ("Safer Communities Board (SCB)")."""
    out: list[Mention] = []
    skip: set[int] = set()
    for i, m in enumerate(mentions):
        if i in skip:
            continue
        am = _DEFINED_ACRONYM.match(text, m.end, limit)
        if am and m.kind in ("body", "post", "publication", "initiative", "topic", "legislation", "name", "place"):
            acr = am.group(1)
            if _is_acronym(acr) and initials_fit(acr, m.name):
                m = replace(m, acronym=acr)
                for j in range(i + 1, len(mentions)):
                    if mentions[j].start >= am.start() and mentions[j].end <= am.end():
                        skip.add(j)
        out.append(m)
    return out


_MINOR = frozenset("of and for the on in to with & a an at by".split())


def initials_fit(acronym: str, name: str) -> bool:
    """Whether ACRONYM can stand for NAME: its letters, in order, start words (or parts of words) of NAME."""
    letters = acronym[:-1] if acronym.endswith("s") and not acronym.isupper() else acronym
    letters = letters.replace("&", "").upper()
    words = [w for w in re.split(r"[\s\-/]+", name) if w]
    significant = [w for w in words if w.casefold() not in _MINOR]
    # every significant word's initial must be used, in order; a word may give two letters (CoP)
    initials = "".join(w[0].upper() for w in significant)
    if letters == initials:
        return True
    all_initials = "".join(w[0].upper() for w in words)
    if letters == all_initials:
        return True
    return _subsequence(letters, name.upper()) and letters[0] == initials[:1] and len(letters) >= 2 and (
        sum(1 for c in letters if c in initials) >= max(2, len(initials) - 1)
    )


def _subsequence(needle: str, hay: str) -> bool:
    it = iter(hay)
    return all(c in it for c in needle)
