"""How entities are named to the user: with their kind and area, so that a wrong link shows at a glance, and
which of several entities are really different things."""

from __future__ import annotations

import re
from collections.abc import Callable
from functools import lru_cache

from .lexicon import KIND_WORDS, normalise
from .linking import Entity, EntityIndex, Mention
from .places import Places


def distinct(entities: list[Entity]) -> list[Entity]:
    """ENTITIES less the editions of one thing ("... Agreement 2018/19" and "... 2019/20" are one)."""
    seen: dict[str, Entity] = {}
    for e in entities:
        key = re.sub(r"\b(?:19|20)\d\d(?: \d\d(?:\d\d)?)?\b", "", normalise(e.label)).strip()
        seen.setdefault(f"{e.kind}:{key}:{sorted(e.areas)}", e)
    return list(seen.values())


LOCAL_KINDS = frozenset({"body", "post", "publication", "initiative"})


def own_areas(e: Entity, places: Places) -> set[str]:
    """The places an entity itself belongs to: its recorded area, or a place its own name starts with; and,
    for a local body whose name starts with a list of places ("Eastvale, Westmoor & Northdale CSP"), every
    place of that list, though its papers recorded only one of them."""
    label = normalise(e.label)
    words = label.split()
    leading: list[str] = []
    if e.kind in LOCAL_KINDS:
        at = 0
        for p in places.scan(label):
            if p.start != at or p.end >= len(words):
                break
            leading.append(p.text)
            at = p.end + 1 if p.end < len(words) and words[p.end] == "and" else p.end
    if e.areas:
        return set(e.areas) | (set(leading) if len(leading) > 1 else set())
    return set(leading[:1])


def national(e: Entity) -> bool:
    """Is E a national body by the gazetteer (a department, agency or inspectorate): no council's, whichever
    councils' papers name it. Only when every name of E the gazetteer knows is that one national body."""
    if e.kind != "body":
        return False
    found = {b for name in {e.label, *e.names} if (b := _gazetted_body(name)) is not None}
    return len(found) == 1 and found.pop().startswith("national:")


@lru_cache(maxsize=8192)
def _gazetted_body(name: str) -> str | None:
    """The key of the one public body of the gazetteer NAME names, else None (no body, a place, or several)."""
    from ..loaders.gazetteer import places as gazetteer

    hits = gazetteer.lookup(name)
    return hits[0].key if len(hits) == 1 and isinstance(hits[0], gazetteer.Body) else None


def area_names(e: Entity, places: Places) -> set[str]:
    """The places to show beside an entity: its own, or, for a local kind with none, the areas of the
    documents that speak of it."""
    if national(e):
        return set()  # shown as national, never as the place of the first paper that named it
    return own_areas(e, places) or (set(e.home) if e.kind in LOCAL_KINDS else set())


def describe(e: Entity, places: Places) -> str:
    """An entity as the interpretation line shows it: its label, kind and area."""
    areas = sorted(area_names(e, places))
    area = area_label(areas[0], places) if areas else None
    return f"{e.label} ({', '.join(filter(None, (e.kind, area or ('national' if national(e) else None))))})"


def area_label(area: str, places: Places) -> str:
    place = places.known.get(area)
    return place.name if place is not None else area.title()


def describe_all(mm: Mention, places: Places) -> str:
    """A linked name as the interpretation shows it: one entity, or each of the equal fits."""
    return " or ".join(describe(e, places) for e in distinct(mm.entities))


# Words that say only what kind of body a name is: a name of these alone needs its place ("Community Safety
# Partnership"), so a label that adds the place to it stays; so does an office every police area has ("Police,
# Fire and Crime Commissioner", "Crime and Disorder Reduction Partnership").
_KIND_ONLY = KIND_WORDS | frozenset(
    "community safety safer safeguarding adult children youth justice police fire rescue crime disorder and"
    " commissioner".split()
)


def kind_words_only(name: str) -> bool:
    """Is NAME made of words that only say what kind of body it is ("Community Safety Partnership Board")?"""
    return all(w in _KIND_ONLY for w in normalise(name).split())


def _own_name_after_place(name: str, label: str) -> bool:
    """"Reducing Re-offending Group" written for the graph's "Conwy Reducing Re-offending Group": a name of its
    own, of three words or more, that the label only puts one word (the place) before; never a name of kind
    words alone."""
    words = name.split()
    return (
        label.endswith(" " + name) and len(words) >= 3 and len(label.split()) == len(words) + 1
        and not all(w in _KIND_ONLY for w in words)
    )


def as_written(label: str, e: Entity, quotes: list[str], places: Places | None = None) -> str:
    """The name to answer with: the one the evidence writes, when it writes the entity by another of its
    names and never by the graph's label (a topic merged under "Community Safety" that the paper calls "crime
    and disorder"; a board labelled by its full name that the paper calls "Eastvale & Westmoor ICB"). The
    label stays when any quote uses it, when the name used is a part of it (the label adds the place) unless
    that part is a name of its own (see _own_name_after_place), or when that name is only an acronym (a bare
    "YJB" says less than the name it stands for)."""
    said = [f" {normalise(q)} " for q in quotes if q]
    key = normalise(label)
    if not said:
        return label
    if any(_writes(q, key, e) for q in said):
        # (a person's name with a title before it is no fuller a name: "Cllr Nia Brookes" is Nia Brookes)
        return label if e.kind in ("topic", "person") else _fuller_written(label, key, e, said, quotes)
    found: dict[str, tuple[int, str]] = {}
    # every name, the gazetteer's too ("Harrow Council" for the London Borough of Harrow): one the quote writes
    # is the paper's own word, whoever else knew it
    for name in e.names:
        k = normalise(name)
        if not k or not re.search(r"[a-z]", name) or (" " not in name.strip() and not _topic_word(name, e)):
            continue
        if k in key and not _own_name_after_place(k, key) and not _own_name_after_words(k, key, places):
            continue
        hits = sum(f" {k} " in q for q in said)
        if hits and (k not in found or _better_spelt(name, found[k][1], quotes)):
            # of two names that read the same ("PCC for X", "Police and Crime Commissioner for X"), the one
            # written out, whatever order the names come in
            found[k] = (hits, name)
    if not found:
        return label
    # the name most quotes write, then the longest
    return _owned(max(found.values(), key=lambda v: (v[0], len(v[1])))[1], e, quotes)


def _better_spelt(name: str, other: str, quotes: list[str]) -> bool:
    """Of two names that normalise alike, is NAME the better to answer with? The one a quote writes letter for
    letter ("drug and alcohol misuse", not another paper's "drugs and alcohol misuse"), then the longer (the
    one written out)."""
    def score(n: str) -> tuple[bool, bool, int]:
        def written(fold: Callable[[str], str]) -> bool:
            return any(re.search(rf"(?<![\w-]){re.escape(fold(n))}(?![\w-])", fold(q)) for q in quotes)

        return written(lambda x: x), written(str.casefold), len(n)

    return score(name) > score(other)


def _own_name_after_words(name: str, label: str, places: Places | None) -> bool:
    """"Rural crime" written for the graph's "Business and Rural Crime", "Anti-social Behaviour Tactical Group"
    for "Eastvale CSP Anti-social Behaviour Tactical Group": a name of two words or more that ends the label,
    is not of kind words alone, and that the label puts more before than a place (a label that only adds its
    place keeps it: "Eastvale Community Safety Partnership")."""
    if places is None or not label.endswith(" " + name) or len(name.split()) < 2:
        return False
    if all(w in _KIND_ONLY for w in name.split()):
        return False
    before = label[: -len(name)].split()
    covered = {i for p in places.scan(" ".join(before)) for i in range(p.start, p.end)}
    return any(i not in covered and w not in ("and", "of", "the") for i, w in enumerate(before))


# Words after a topic's name that make it part of another thing's name ("Community Safety Partnership",
# "Street Lighting Strategy"): a quote that writes the topic only so does not write the topic.
_NAME_GOES_ON = frozenset(
    """partnership partnerships board group panel committee forum team unit service services strategy plan fund
    grant officer manager lead coordinator programme""".split()
)


_ARTICLE = re.compile(r"^(?:the|a|an) ")


def _fuller_written(label: str, key: str, e: Entity, said: list[str], quotes: list[str]) -> str:
    """A longer name of E that holds its label KEY and that the quotes SAID write ("Crimestoppers Trust" for the
    graph's "Crimestoppers"): the paper's fuller form; else LABEL, with the acronym of its owner the quote
    may write before it (_owned)."""
    # ("The Probation Service" is no fuller a name than "Probation Service": an article adds nothing)
    fuller = [(sum(f" {k} " in q for q in said), len(n), n) for n in e.names
              if (k := _ARTICLE.sub("", normalise(n))) != key and f" {key} " in f" {k} "
              and any(f" {k} " in q for q in said)]
    if fuller:
        return max(fuller)[2]
    return _owned(label, e, quotes)


def _owned(name: str, e: Entity, quotes: list[str]) -> str:
    """NAME of a body with the acronym a quote writes straight before it ("the HSAB Business Management
    Group"), which says whose body it is where the bare name does not; else NAME."""
    if e.kind != "body":
        return name
    owned = re.compile(rf"\b(?P<owner>[A-Z]{{2,6}}) (?i:{re.escape(name)})\b")
    for quote in quotes:
        if (m := owned.search(quote or "")) is not None:
            return f"{m.group('owner')} {name}"
    return name


def _writes(said: str, key: str, e: Entity) -> bool:
    """Does the normalised quote SAID write the name KEY of E? A topic's name only where it stands alone or
    goes on into another of its own names ("Prevent duty"), not as the first words of a body's or a plan's
    name."""
    if e.kind != "topic":
        return f" {key} " in said
    at = said.find(f" {key} ")
    while at >= 0:
        after = said[at + len(key) + 2 :].split(" ", 1)[0]
        if after not in _NAME_GOES_ON or f"{key} {after}" in {normalise(n) for n in e.names}:
            return True
        at = said.find(f" {key} ", at + 1)
    return False


def _topic_word(name: str, e: Entity) -> bool:
    """A topic's name of one lower-case word ("reoffending", "re-offending") is as much the paper's word as a
    name of two; a capitalised word or an acronym alone ("ASB") is not the form to answer with."""
    return e.kind == "topic" and name.strip() == name.strip().lower() and len(normalise(name).replace(" ", "")) >= 5


# Words that make a place's other name a fuller form of it ("Worcester City", "City of Eastvale")
_PLACE_WORDS = frozenset("city borough district county town of the".split())


def area_as_written(label: str, e: Entity, quotes: list[str]) -> str:
    """A place answered by the fuller form its paper writes ("Eastvale City" for the gazetteer's "Eastvale"): only
    a name of the place that adds words like "City" or "Borough" to it, never another of its names ("Eastvale
    Council" is a body, not the place). The label itself is no sign the paper writes the place so: it is also
    a word of the names of the place's bodies ("the Eastvale CSP covers Eastvale City")."""
    said = [f" {normalise(q)} " for q in quotes if q]
    key = normalise(label)
    fuller = sorted((
        n for n in e.names
        if (k := normalise(n)) != key and f" {key} " in f" {k} " and set(k.split()) - set(key.split()) <= _PLACE_WORDS
        and any(f" {k} " in q for q in said)
    ), key=len, reverse=True)
    return fuller[0] if fuller else label


def post_title(e: Entity, places: Places, index: EntityIndex) -> tuple[str, str] | None:
    """A post the papers name with its employer after a comma ("Community Safety Co-ordinator, BDC", also
    held as "Community Safety Co-ordinator of BDC", or with a body the graph holds after the comma):
    (the title, the employer), so that the answer names the post as the paper's title and says whose it is
    apart (a body the graph holds is looked up in INDEX). None for any other label; for a title of one word, which
    says too little alone ("Director, Eastvale Probation Trust"); and for a place after the comma, which is
    part of the title ("District Commander, Eastvale": the command, not an employer)."""
    if e.kind != "post":
        return None
    head, sep, tail = e.label.partition(", ")
    if not sep or len(head.split()) < 2 or head not in e.names:
        return None
    # (the names the paper wrote, not those the index adds for asking: linking.role_of_body_names)
    written = e.names - e.hidden
    if f"{head} of {tail}" not in written and not any(x.kind == "body" for x in index.exact.get(normalise(tail), ())):
        return None
    if normalise(tail) in places.known:
        return None
    return head, tail


# "the Erewash and Amber Valley CSPs", "Eastvale and Westmoor Community Safety Partnerships": two places sharing
# one plural kind of body, each place's own body of that kind (a singular head, "the Erewash and Amber Valley
# CSP", is one joint body's name and stays as written)
PLACE_WORDS = r"[A-Z][\w'\u2019-]*(?: (?:[A-Z][\w'\u2019-]*|upon|on|in|under|le|of|the))*?"
SHARED_PLURAL_HEAD = re.compile(
    rf"\b(?P<a>{PLACE_WORDS}) (?:and|&) (?P<b>{PLACE_WORDS}) "
    r"(?P<head>[A-Z]{2,6}s|(?:[A-Z][\w-]* ){0,3}(?:Partnerships|Boards|Councils|Committees|Groups|Panels|Forums|"
    r"Teams|Services|Trusts))\b")


def _a_place(words: str, places: Places) -> bool:
    """Is WORDS one place's name, whole?"""
    normal = normalise(words)
    return any(p.start == 0 and p.end == len(normal.split()) for p in places.scan(normal))


def one_head_each(question: str, places: Places) -> list[str]:
    """QUESTION with two places that share a plural kind of body written as the two bodies ("the Erewash CSP
    and the Amber Valley CSP"), so that each links to its own; then the question of each body alone (whoever
    sent apologies to a joint meeting sent them to one of its partnerships). Empty when it has no such pair."""
    m = SHARED_PLURAL_HEAD.search(question)
    if m is None or not (_a_place(m.group("a"), places) and _a_place(m.group("b"), places)):
        return []
    head = m.group("head")[:-1]
    before, after = question[: m.start()], re.sub(r"^['\u2019](?!\w)", "", question[m.end():])
    return [f"{before}{m.group('a')} {head} and the {m.group('b')} {head}{after}",
            f"{before}{m.group('a')} {head}{after}", f"{before}{m.group('b')} {head}{after}"]
