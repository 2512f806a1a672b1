"""Linking names to entities: every label, alternative label and acronym in the graph, matched exactly
(after normalising) or fuzzily, and narrowed by area words ("in Staffordshire")."""

from __future__ import annotations

import re
from collections.abc import Iterator, Mapping
from dataclasses import dataclass, field
from functools import cache, lru_cache
from typing import Any

from ..graph.iris import _TITLES, BASE
from ..ontology.vocab import GKG, RDFS
from .lexicon import COMMON_WORDS, KIND_WORDS, normalise
from .sparql import run_file

# The ontology's top classes and the kind of entity each one stands for.
_ROOT_KINDS = {
    "Body": "body",
    "Person": "person",
    "Post": "post",
    "Topic": "topic",
    "Publication": "publication",
    "Initiative": "initiative",
    "Area": "area",
    "Legislation": "legislation",
    "FundingAllocation": "grant",
    "Meeting": "meeting",
    "Document": "doc",
    "PostHolding": "holding",
    "Assertion": "assertion",
}
_IRI_KINDS = {
    "body",
    "person",
    "post",
    "topic",
    "publication",
    "initiative",
    "area",
    "legislation",
    "grant",
    "meeting",
    "doc",
}
# Kinds a question can name; grants, meetings and documents are reached through other entities.
QUESTION_KINDS = ("body", "person", "post", "topic", "publication", "initiative", "area", "legislation")
FUZZY_THRESHOLD = 0.86
LONGER_THRESHOLD = 0.9
TWIN_THRESHOLD = 0.9
CHAIR_WORDS = frozenset({"chair", "chairman", "chairperson", "chairwoman"})
# Words that tell one body from another however alike the rest of the name is: "North" and "South"
# Worcestershire CSP are two partnerships, not one misspelt. Place names join these per store.
DISTINGUISHING = frozenset(
    """north south east west mid central greater upper lower inner outer new old city county district borough
    royal metropolitan adult adults child children young youth women men junior senior deputy vice assistant
    interim acting joint executive strategic operational local national regional""".split()
)
# The words around a place in a council's name: "the City of Eastvale Council", "Eastvale Borough Council".
COUNCIL_WORDS = re.compile(
    r"^(?:the )?(?:city of )?|(?: (?:metropolitan )?(?:city|county|borough|district))?(?: council)?$"
)
# The last words of a partnership's or group's name: such a body named with its place after it ("Combating Drugs
# Partnership for Eastvale") is the place's one of that name; a council or an office so named ("Royal Borough of
# Eastvale", "Office of the Commissioner for Eastvale") is not a kind of body other places have too.
_GROUP_HEADS = frozenset(
    "partnership board group subgroup panel forum committee subcommittee network alliance taskforce hub".split())
# Words a name may do without: "the Haringey CSP" and "the Haringey CSP Board" name one body.
OPTIONAL_WORDS = frozenset({"the", "of", "and", "for", "a", "an", "in", "on"})
MAX_TOKEN_NAMES = 400
MAX_MENTION_TOKENS = 14


@cache
def class_kinds() -> dict[str, str]:
    """Ontology class IRI -> entity kind, following rdfs:subClassOf up to a top class."""
    from ..ontology import ontology_graph

    g = ontology_graph()
    out: dict[str, str] = {}
    for root, kind in _ROOT_KINDS.items():
        for cls in g.transitive_subjects(RDFS.subClassOf, GKG[root]):
            out.setdefault(str(cls), kind)
    out[str(GKG.Topic)] = "topic"
    out["http://www.w3.org/2004/02/skos/core#Concept"] = "topic"
    return out


def kind_of(iri: str, types: set[str]) -> str:
    if iri.startswith(BASE):
        head = iri[len(BASE) :].split("/", 1)[0]
        if head in _IRI_KINDS:
            return head
    kinds = class_kinds()
    for t in types:
        if t in kinds:
            return kinds[t]
    return "thing"


@dataclass
class Entity:
    iri: str
    label: str
    kind: str
    names: set[str] = field(default_factory=set)  # the names as written
    areas: set[str] = field(default_factory=set)  # normalised area names
    hidden: set[str] = field(default_factory=set)  # names that match but are never shown
    home: set[str] = field(default_factory=set)  # normalised areas of the documents that speak of it

    def in_area(self, area: str) -> bool:
        return any(area in a or a in area for a in self.areas) or area in normalise(self.label)


@dataclass
class Mention:
    start: int  # token offsets in the normalised question
    end: int
    text: str
    entities: list[Entity]
    score: float
    generic: bool = False  # "a CSP", "the CSPs": the kind of body, not one of them

    @property
    def kinds(self) -> set[str]:
        return {e.kind for e in self.entities}


# The kinds of entity whose names a paper may write with another name or a note in brackets after them
BRACKETED_KINDS = frozenset({"body", "initiative", "publication"})
# a name with a part in brackets at its end: "Eastvale Community Safety Partnership (Safer Eastvale)"
BRACKETED = re.compile(r"(?P<name>[^()]+?)\s*\((?P<inner>[^()]+)\)\s*")


def before_brackets(names: set[str], areas: set[str] | frozenset[str] = frozenset()) -> set[str]:
    """The names that end in a part in brackets, without it, where what is left says more than a kind of body
    ("Community Safety Partnership (Wexford)" is not "Community Safety Partnership"). Brackets holding the
    entity's own place give the name with the place first ("Domestic Abuse Board (Eastvale)" is the "Eastvale
    Domestic Abuse Board"; without its place it would be any council's board). AREAS: the entity's areas,
    normalised."""
    out = set()
    for name in names:
        m = BRACKETED.fullmatch(name)
        if m is None:
            continue
        if normalise(m.group("inner")) in areas:
            # "Domestic Abuse Board (Eastvale)" is asked for as "the Eastvale Domestic Abuse Board"
            out.add(f"{m.group('inner').strip()} {m.group('name')}")
            continue
        words = normalise(m.group("name")).split()
        if len(words) >= 2 and any(w not in KIND_WORDS and w not in COMMON_WORDS for w in words):
            out.add(m.group("name"))
    return out


def _bare_person_name(name: str) -> str:
    words = [w for w in name.replace(".", " ").split() if w.lower().strip(",") not in _TITLES]
    return " ".join(words)


class EntityIndex:
    """All named entities of one store, indexed by normalised name and by word."""

    def __init__(
        self, entities: dict[str, Entity], place_words: frozenset[str] = frozenset(),
        place_names: frozenset[str] = frozenset(),
    ):
        self.entities: dict[str, Entity] = {}
        self.protected = DISTINGUISHING | place_words
        self.place_names = place_names
        self.short: dict[str, list[Entity]] = {}
        self._mentions: dict[tuple[Any, ...], list[Mention]] = {}
        self.exact: dict[str, list[Entity]] = {}
        self.by_token: dict[str, set[str]] = {}
        # (normalised, as written, entity) for search, by (normalised, as written, iri)
        self.names: dict[tuple[str, str, str], tuple[str, str, Entity]] = {}
        self.by_edition: dict[str, list[Entity]] = {}  # name without a trailing year -> dated editions
        self.initialisms = Initialisms(self)
        # acronym -> (entity, the words after it) for bodies their papers name only by an acronym
        self.acronyms: dict[str, list[tuple[Entity, tuple[str, ...]]]] = {}
        # a name -> (the other way of writing it, the entity whose names define the pair): "safer eastvale
        # partnership" <-> "sep" where one entity is named both ways, for names that start with either
        self.defined: dict[str, list[tuple[str, Entity]]] = {}
        for e in entities.values():
            self._add(e)

    def __getstate__(self) -> dict[str, Any]:
        # saved beside the store (questions/saved.py) without the cache of this process's linked mentions
        state = dict(self.__dict__)
        state["_mentions"] = {}
        return state

    @staticmethod
    def rows_to_entities(rows: Any) -> dict[str, Entity]:
        """Entities from rows of labels.rq: every name, the preferred label, the kind, the areas."""
        entities: dict[str, Entity] = {}
        types: dict[str, set[str]] = {}
        preferred: dict[str, tuple[int, str]] = {}
        rank = {"label": 0, "prefLabel": 1, "altLabel": 2, "hiddenLabel": 3}
        areas: dict[str, set[str]] = {}
        for row in rows:
            iri, label = row["e"], row["label"]
            if row.get("type"):
                types.setdefault(iri, set()).add(row["type"])
            if row.get("areaLabel"):
                areas.setdefault(iri, set()).add(normalise(row["areaLabel"]))
            if label is None:
                continue
            e = entities.get(iri)
            if e is None:
                e = entities[iri] = Entity(iri, label, "thing")
            prop = (row["prop"] or "").rsplit("#", 1)[-1]
            e.names.add(label)
            if prop == "hiddenLabel":
                e.hidden.add(label)
            r = rank.get(prop, 9)
            if iri not in preferred or (r, label) < preferred[iri]:
                preferred[iri] = (r, label)
        for iri, e in entities.items():
            e.areas |= areas.get(iri, set())
            e.label = preferred[iri][1]
            e.kind = kind_of(iri, types.get(iri, set()))
            if e.kind == "person":
                e.names |= {_bare_person_name(n) for n in list(e.names) if _bare_person_name(n)}
            if e.kind == "post":
                # "Lead Member, Safer Eastvale Partnership" is asked for as "the Lead Member for the Safer Eastvale
                # Partnership" or "the Head of Service of the ...": those are its names too (never shown)
                e.hidden |= role_of_body_names(e.names)
                e.names |= e.hidden
            if e.kind in BRACKETED_KINDS:
                # "Eastvale Community Safety Partnership (Safer Eastvale)": a paper's name with its other name
                # in brackets is asked for without them
                e.hidden |= before_brackets(e.names, e.areas)
                e.names |= e.hidden
            if e.kind in ("body", "post"):
                # "Haringey Council" is the "London Borough of Haringey", "Rutland OPCC" the Rutland PCC's office:
                # the gazetteer's other names for the same council or public body are names of this entity too.
                e.hidden |= public_body_names(e.names)
                e.names |= e.hidden
        return entities

    @staticmethod
    def place_names_of(e: Entity) -> set[str]:
        """The place names an entity adds to the national gazetteer's: its areas, and its name if a place."""
        return e.areas | ({normalise(e.label)} if e.kind == "area" else set())

    @classmethod
    def from_store(cls, store: Any) -> EntityIndex:
        entities = cls.rows_to_entities(run_file(store, "labels.rq"))
        from .places import national

        place_names = {n for p in national() for n in p.names}
        for e in entities.values():
            place_names |= cls.place_names_of(e)
        place_words = {t for n in place_names for t in n.split()}
        return cls(entities, frozenset(place_words - OPTIONAL_WORDS), frozenset(place_names))

    def replace(self, iris: set[str], fresh: dict[str, Entity]) -> None:
        """Put FRESH (the new description of IRIS; an IRI missing from it has lost its names) in place of what
        the index knew of IRIS. A place name new to the index joins the protected words, and the short names
        of the entities whose names start with it are worked out again. (A place name no entity holds any
        more stays: the index compares names as strictly as before, never more loosely.)"""
        self._mentions.clear()  # names read before the change may link differently now
        new_places = {n for e in fresh.values() for n in self.place_names_of(e)} - self.place_names
        for iri in iris:
            old = self.entities.get(iri)
            if old is not None:
                self._remove(old)
        if new_places:
            # taken out under the old place names, put back under the new ones, so no stale short name stays
            starting = {e.iri: e for n in new_places for key in self._keys_starting(n)
                        for e in self.exact.get(key, [])}
            for e in starting.values():
                self._remove(e)
            self.place_names = self.place_names | new_places
            self.protected = self.protected | ({t for n in new_places for t in n.split()} - OPTIONAL_WORDS)
            for e in starting.values():
                self._add(e)
        for e in fresh.values():
            self._add(e)

    def _keys_starting(self, place: str) -> list[str]:
        """The indexed names that start with the words of PLACE."""
        words = place.split()
        rare = next((w for w in words if w not in COMMON_WORDS), None)
        keys = self.by_token.get(rare, ()) if rare else self.exact
        return [key for key in keys if key.startswith(place + " ")]

    def _add(self, e: Entity) -> None:
        self.entities[e.iri] = e
        for name in e.names:
            key = normalise(name)
            if not key:
                continue
            bucket = self.exact.setdefault(key, [])
            if e not in bucket:
                bucket.append(e)
            self.names[(key, name, e.iri)] = (key, name, e)
            m = re.fullmatch(r"(.+?)(?: (?:19|20)\d\d(?: \d\d(?:\d\d)?)?)", key)
            if m:
                self.by_edition.setdefault(m.group(1), []).append(e)
            for tok in key.split():
                if tok not in COMMON_WORDS:
                    self.by_token.setdefault(tok, set()).add(key)
        for short in self._short_names_of(e):
            bucket = self.short.setdefault(short, [])
            if e not in bucket:
                bucket.append(e)
        for short in self._initials_of(e):
            self.initialisms.iris.setdefault(short, set()).add(e.iri)
        for acronym, tail in self._acronyms_of(e):
            pairs = self.acronyms.setdefault(acronym, [])
            if (e, tail) not in pairs:
                pairs.append((e, tail))
        for one, other in self._defined_pairs(e):
            pairs2 = self.defined.setdefault(one, [])
            if (other, e) not in pairs2:
                pairs2.append((other, e))

    def _remove(self, e: Entity) -> None:
        del self.entities[e.iri]
        for name in e.names:
            key = normalise(name)
            if not key:
                continue
            bucket = self.exact.get(key, [])
            if e in bucket:
                bucket.remove(e)
            if not bucket:
                self.exact.pop(key, None)
                for tok in key.split():
                    keys = self.by_token.get(tok)
                    if keys is not None:
                        keys.discard(key)
                        if not keys:
                            del self.by_token[tok]
            self.names.pop((key, name, e.iri), None)
            m = re.fullmatch(r"(.+?)(?: (?:19|20)\d\d(?: \d\d(?:\d\d)?)?)", key)
            if m and e in self.by_edition.get(m.group(1), []):
                editions = self.by_edition[m.group(1)]
                editions[:] = [x for x in editions if x is not e]
                if not editions:
                    del self.by_edition[m.group(1)]
        for short in self._short_names_of(e):
            bucket = self.short.get(short, [])
            if e in bucket:
                bucket.remove(e)
            if not bucket:
                self.short.pop(short, None)
        for short in self._initials_of(e):
            iris = self.initialisms.iris.get(short)
            if iris is not None:
                iris.discard(e.iri)
                if not iris:
                    del self.initialisms.iris[short]
        for one, _ in self._defined_pairs(e):
            left = [(o, x) for o, x in self.defined.get(one, []) if x is not e]
            if left:
                self.defined[one] = left
            else:
                self.defined.pop(one, None)
        for acronym, _ in self._acronyms_of(e):
            kept = [(x, tail) for x, tail in self.acronyms.get(acronym, []) if x is not e]
            if kept:
                self.acronyms[acronym] = kept
            else:
                self.acronyms.pop(acronym, None)

    def _short_names_of(self, e: Entity) -> list[str]:
        """Names without the place they start with ("prevent steering group" for the Northshire one): how
        people name a local body when the place is plain, or given apart ("the Channel Panel in X")."""
        out: list[str] = []
        if e.kind not in ("body", "post", "publication", "initiative"):
            return out
        places = set(e.areas) | self.place_names
        for name in e.names:
            words = normalise(name).split()
            for cut in range(1, min(4, len(words) - 1)):
                if " ".join(words[:cut]) not in places:
                    continue
                # "Eastvale and Westmoor Domestic Abuse Board": the name without every place of its list
                cut = self._after_places(words, cut, places)
                rest = words[cut:]
                if len(rest) >= 2 and any(w not in KIND_WORDS and w not in COMMON_WORDS for w in rest):
                    out.append(" ".join(rest))
                break
            # A post named with its council after it ("Cabinet Member for Safety for Eastvale Borough Council"),
            # asked about with the council before it ("Eastvale Borough Council's Cabinet Member for Safety"):
            # the name without the council.
            # A body named with its place after it ("Combating Drugs Partnership for Eastvale"), asked about with
            # the place before it ("the Eastvale Combating Drugs Partnership"): the same, for a body whose name
            # keeps a word of its own once the place is gone.
            cut = max((i for i, w in enumerate(words) if w in ("for", "of", "at", "in")), default=0)
            rest = words[:cut]
            if (
                (e.kind == "post" or e.kind == "body" and rest[-1:] and rest[-1] in _GROUP_HEADS) and cut >= 2
                and COUNCIL_WORDS.sub("", " ".join(words[cut + 1 :])) in places
                and any(w not in KIND_WORDS and w not in COMMON_WORDS for w in rest)
            ):
                out.append(" ".join(rest))
        return out

    @staticmethod
    def _after_places(words: list[str], cut: int, places: set[str] | frozenset[str]) -> int:
        """Where a name's leading list of places ends: past "and <place>" after the place that ends at CUT."""
        while cut + 1 < len(words) - 1 and words[cut] == "and":
            nxt = next((j for j in range(min(len(words) - 1, cut + 4), cut + 1, -1)
                        if " ".join(words[cut + 1 : j]) in places), None)
            if nxt is None:
                break
            cut = nxt
        return cut

    @staticmethod
    def _initials_of(e: Entity) -> set[str]:
        """Initials people write for E's names: "ESAB" for the Eastvale Safeguarding Adults Board,
        "Southern Vale APB" for the Southern Vale Area Planning Board."""
        out: set[str] = set()
        if e.kind not in ("body", "post", "publication", "initiative"):
            return out
        for name in e.names:
            words = [w for w in normalise(name).split() if w not in OPTIONAL_WORDS and not w.isdigit()]
            if len(words) < 3:
                continue
            for cut in range(0, len(words) - 2):
                out.add(" ".join(words[:cut] + ["".join(w[0] for w in words[cut:])]))
            if words[-1] in KIND_WORDS and len(words) >= 4:
                # "the IDVA service" for the Independent Domestic Violence Advisers Service: the initials of
                # what it is, then the kind of thing, spelt out as papers write it
                out.add(" ".join(["".join(w[0] for w in words[:-1]), words[-1]]))
        return out

    @staticmethod
    def _acronyms_of(e: Entity) -> list[tuple[str, tuple[str, ...]]]:
        """E's names that are an acronym and kind words ("ESAB", "the ESAB Executive"): (acronym, the words
        after it), so that a question may spell the name out ("the Eastvale Safeguarding Adults Board")."""
        out: list[tuple[str, tuple[str, ...]]] = []
        if e.kind not in ("body", "post", "publication", "initiative"):
            return out
        for name in e.names:
            words = name.split()
            if not words or not re.fullmatch(r"[A-Z]{3,7}", words[0]):
                continue
            tail = tuple(normalise(" ".join(words[1:])).split())
            if all(w in KIND_WORDS for w in tail) and (words[0].lower(), tail) not in out:
                out.append((words[0].lower(), tail))
        return out

    @staticmethod
    def _defined_pairs(e: Entity) -> list[tuple[str, str]]:
        """E's acronym and the name it stands for, both ways, when E is named both ("SEP" and "Safer Eastvale
        Partnership"): the papers defined the acronym, so "the SEP Board" and "the Safer Eastvale Partnership
        Board" name one thing. Only a name whose initials are the acronym counts (an alias is no definition)."""
        if e.kind not in ("body", "post", "publication", "initiative"):
            return []
        out: list[tuple[str, str]] = []
        for short in e.names:
            if not re.fullmatch(r"[A-Z]{2,7}", short):
                continue
            for name in e.names:
                words = [w for w in normalise(name).split() if w not in OPTIONAL_WORDS]
                if len(words) >= 2 and "".join(w[0] for w in words) == short.lower():
                    out += [(short.lower(), normalise(name)), (normalise(name), short.lower())]
        return out

    def defined_variants(self, words: list[str], kinds: tuple[str, ...]) -> list[Entity]:
        """What WORDS name when their first words are written the other way of an acronym the papers define
        ("Safer Eastvale Partnership Board" for what a paper calls the "SEP Board", and back). Only a body of
        the same papers as the defining entity: another council's "SEP Board" is not this one."""
        out: list[Entity] = []
        for cut in range(1, len(words)):
            for other, definer in self.defined.get(" ".join(words[:cut]), []):
                # the recorded area first, the papers' areas only for what has none (a name held by two
                # councils' papers is one node, and its papers' areas are then both)
                where = definer.areas or definer.home
                for e in self.exact.get(" ".join([other, *words[cut:]]), []):
                    if e.kind in kinds and e is not definer and e not in out and (
                        not where or not (e.areas or e.home) or (e.areas or e.home) & where
                    ):
                        out.append(e)
        return out

    def spelt_out(self, words: list[str]) -> list[Entity]:
        """The bodies known only by the initials of WORDS, when the first word is a place the body belongs to
        ("Eastvale Safeguarding Adults Board Executive" for what the Eastvale papers call only "ESAB
        Executive"). Another council's body with the same initials is never one of them."""
        if words[0] in OPTIONAL_WORDS or words[-1] in OPTIONAL_WORDS:
            return []  # the name is the longest span of name words, without "on the" before it
        content = [w for w in words if w not in OPTIONAL_WORDS]
        out: list[Entity] = []
        for cut in range(3, len(content) + 1):
            spelt, rest = content[:cut], tuple(content[cut:])
            letters = "".join(w[0] for w in spelt)
            for e, tail in self.acronyms.get(letters, []):
                # "ESAB Board" is the Eastvale Safeguarding Adults Board: its last word says the kind twice
                same_words = tail == rest or (not rest and tail == (spelt[-1],))
                if same_words and spelt[0] in e.areas | e.home and e not in out and not _spelt_otherwise(
                        e, letters, spelt):
                    out.append(e)
        return out

    def dated_variants(self, key: str) -> list[Entity]:
        """Editions of a thing named with a year ("Community Safety Agreement 2018 19" for the Agreement)."""
        out: list[Entity] = []
        for e in self.by_edition.get(key, []):
            if e not in out:
                out.append(e)
        return out

    def similarity(self, a: str, b: str) -> float:
        """How alike two normalised names are, word by word: 1.0 when equal; a typo in a long word or one
        ordinary word more or less costs a little; any difference in a distinguishing word (a place, a
        direction, a number) makes them unlike."""
        return self._similar(_content(a), _content(b))

    def _similar(self, ta: tuple[str, ...], tb: tuple[str, ...]) -> float:
        if not ta or not tb:
            return 0.0
        if len(ta) == len(tb):
            return self._aligned(ta, tb)
        if "".join(ta) == "".join(tb):
            return 0.95  # "East Vale" and "Eastvale"
        if abs(len(ta) - len(tb)) != 1 or min(len(ta), len(tb)) < 3:
            return 0.0
        longer, shorter = (ta, tb) if len(ta) > len(tb) else (tb, ta)
        best = 0.0
        longer, shorter = list(longer), list(shorter)
        for i, word in enumerate(longer):
            if word in self.protected or word in KIND_WORDS or word.isdigit() or word in self.exact:
                # "Youth Justice" is not the "Youth Justice Partnership": a head noun is never optional, nor a
                # word that is a name of its own ("the NSCB for Northshire County Council" names two bodies).
                continue
            best = max(best, 0.9 * self._aligned(longer[:i] + longer[i + 1 :], shorter))
        return best

    def _aligned(self, ta: list[str] | tuple[str, ...], tb: list[str] | tuple[str, ...]) -> float:
        score = 1.0
        for x, y in zip(ta, tb, strict=True):
            if x == y:
                continue
            if x in DISTINGUISHING or y in DISTINGUISHING or x.isdigit() or y.isdigit():
                return 0.0
            longest = max(len(x), len(y))
            allowed = 2 if longest >= 9 else 1 if longest >= 5 else 0
            if x in self.protected or y in self.protected:
                # A place name may carry a slip of one letter ("Northshir"), but never become another place.
                if (x in self.protected and y in self.protected) or longest < 8:
                    return 0.0
                allowed = 1
            if allowed == 0 or x[0] != y[0] or edits(x, y, allowed) > allowed:
                return 0.0
            score *= 0.93
        return score

    def twins(self, entities: list[Entity], threshold: float = TWIN_THRESHOLD) -> list[Entity]:
        """Other entities of the same kind whose label is all but identical to one of ENTITIES' labels: one
        body that extraction split under two spellings. Two bodies that share a name as written (two councils'
        "Community Safety Partnership") are not twins: the same name is not a near one."""
        own = {e.iri for e in entities}
        kinds = {e.kind for e in entities}
        names = {normalise(e.label) for e in entities}
        candidates = set().union(
            *(
                ks
                for n in names
                for t in n.split()
                if len(ks := self.by_token.get(t, set())) <= MAX_TOKEN_NAMES
            )
        )
        out: list[Entity] = []
        for key in sorted(candidates):
            if key in names or not any(self.similarity(key, n) >= threshold for n in names):
                continue
            for other in self.exact.get(key, []):
                if (
                    other.iri not in own and other.kind in kinds and other not in out
                    and normalise(other.label) == key
                ):
                    out.append(other)
        return out

    def without_publisher(self, text: str, kinds: set[str]) -> list[Entity]:
        """"the Home Office Prevent duty toolkit" is a Prevent duty toolkit the Home Office wrote: when the
        text starts with a body's name, the things of KINDS whose name starts with the rest."""
        tokens = text.split()
        for cut in range(len(tokens) - 2, 0, -1):
            head, rest = " ".join(tokens[:cut]), " ".join(tokens[cut:])
            bodies = [e for e in self.exact.get(head, []) if e.kind == "body"]
            if not bodies:
                continue
            # Another council's "Annual Report" is not the Eastvale Board's: a thing of a place is kept only
            # when the publisher is of that place too, and a thing of no place only for a publisher of none.
            where = set().union(*(b.areas | b.home for b in bodies))
            placed = any(b.areas for b in bodies)
            out: list[Entity] = []
            for key in sorted(set().union(*(self.by_token.get(t, set()) for t in tokens[cut:]))):
                if key == rest or key.startswith(rest + " "):
                    out.extend(e for e in self.exact.get(key, []) if e.kind in kinds and e not in out
                               and (e.areas & where if e.areas else not placed))
            return out
        return []

    def get(self, iri: str) -> Entity | None:
        return self.entities.get(iri)

    def label(self, iri: str) -> str:
        e = self.entities.get(iri)
        return e.label if e else iri.rsplit("/", 1)[-1]

    # -- names in questions

    def mentions(
        self,
        normal: str,
        area: str | None = None,
        kinds: tuple[str, ...] = QUESTION_KINDS,
        skip: set[int] | None = None,
    ) -> list[Mention]:
        """Names of entities in the normalised text: exact matches first (longest first), then fuzzy ones.
        (Remembered: reading a question links its text more than once.)"""
        key = (normal, area, kinds, frozenset(skip or ()))
        if key not in self._mentions:
            if len(self._mentions) > 512:
                self._mentions.clear()
            self._mentions[key] = self._find_mentions(normal, area, kinds, skip)
        return [Mention(m.start, m.end, m.text, list(m.entities), m.score) for m in self._mentions[key]]

    def _find_mentions(
        self, normal: str, area: str | None, kinds: tuple[str, ...], skip: set[int] | None
    ) -> list[Mention]:
        tokens = normal.split()
        taken: set[int] = set(skip or ())
        found: list[Mention] = []
        for n in range(min(MAX_MENTION_TOKENS, len(tokens)), 0, -1):
            for i in range(len(tokens) - n + 1):
                span = set(range(i, i + n))
                if span & taken:
                    continue
                words = tokens[i : i + n]
                # "the strategy", "the Board": words that only say what kind of thing name nothing.
                if all(w in COMMON_WORDS or w in KIND_WORDS for w in words) or (n == 1 and len(words[0]) < 3):
                    continue
                key = " ".join(words)
                hits = [e for e in self.exact.get(key, []) if e.kind in kinds]
                if not hits:
                    # "the Prevent Steering Group" for the Northshire Prevent Steering Group; "NSSAB" for its name
                    hits = [e for e in self.short.get(key, []) + self.initialisms.get(key, []) if e.kind in kinds]
                if not hits and n >= 3:
                    hits = [e for e in self.spelt_out(words) if e.kind in kinds]
                if n >= 2 and self.defined:
                    # the papers' own acronym, written out or not: both names are the one body
                    hits += [e for e in self.defined_variants(words, kinds) if e not in hits]
                if not hits and n >= 2 and words[-1] == "partnership" and "community" not in words:
                    # "the Safer Eastvale Partnership" for the Safer Eastvale Community Safety Partnership: the
                    # kind of partnership left out, as officers often do (the place must still be the one named)
                    hits = [e for e in self.exact.get(" ".join(words[:-1]) + " community safety partnership", [])
                            if e.kind in kinds]
                if not hits and n >= 2 and words[-1] not in KIND_WORDS and words[0] not in self.place_names and any(
                    " ".join(words[k:j]) in self.place_names for k in range(n) for j in range(k + 1, n + 1)
                ):
                    # "Safer Eastvale" for the Safer Eastvale Partnership: the partnership's own name with its
                    # last word left out, as officers say it (its place is in the words, so never another's)
                    hits = [e for e in self.exact.get(key + " partnership", []) if e.kind in kinds]
                # "the Eastvale Community Safety Partnership" where the papers name only its board
                board = " board" if words[-1] == "partnership" else ""
                if not hits and board:
                    hits = [e for e in self.exact.get(key + board, []) if e.kind in kinds]
                if not hits and n >= 2 and any(" ".join(words[:k]) in self.place_names for k in (1, 2, 3)):
                    # "the Eastvale Safety Plan" where the papers name only its editions ("... 2023-26"); only a
                    # name with its place, since the editions of a name any council uses are anyone's
                    hits = [e for e in self.dated_variants(key) if e.kind in kinds]
                if area:
                    # "the Channel Panel" asked about in Worcestershire is the Worcestershire Channel Panel.
                    local = [
                        e
                        for k in (f"{area} {key}", f"{key} in {area}", f"{key} of {area}")
                        for e in self.exact.get(k, [])
                        if e.kind in kinds
                    ] or [e for e in self.exact.get(f"{area} {key}{board}", []) if board and e.kind in kinds] or [
                        e for e in self.dated_variants(f"{area} {key}") if e.kind in kinds
                    ]
                    hits = local or hits
                if hits and i > 0 and tokens[i - 1] in ("vice", "deputy") and words[0] in CHAIR_WORDS:
                    # "the vice-chair of X" is not X's chair ("Chair of X", a post): the words that follow name X
                    hits = [e for e in hits if e.kind != "post"]
                if hits:
                    hits += [e for e in self.dated_variants(key) if e.kind in kinds and e not in hits]
                    if n == 1:
                        # an acronym, before the asked place ranks: the body it spells, never a local body
                        # a paper also called so, because that one is the asked place's
                        hits = spelt_by(key, hits)
                    found.append(Mention(i, i + n, " ".join(words), self._rank(hits, area), 1.0))
                    taken |= span
        found = self._joined(sorted((self._group_of(m, tokens, taken, kinds) for m in found),
                                    key=lambda m: m.start), tokens, kinds)
        taken |= {i for m in found for i in range(m.start, m.end)}
        found.extend(self._fuzzy(tokens, taken, area, kinds))
        # A close match of a longer name beats the shorter exact names inside it
        # ("Home Office Prevent duty toolkit" is one thing, not "Home Office" and "Prevent duty").
        for longer in self._fuzzy(
            tokens, set(skip or ()), area, kinds, threshold=LONGER_THRESHOLD, longest=True
        ):
            inside = [m for m in found if longer.start <= m.start and m.end <= longer.end]
            crossing = [m for m in found if m not in inside and m.start < longer.end and longer.start < m.end]
            # One exact name inside a longer close match counts when the words after it make it another
            # kind of thing ("alcohol and drugs" is a topic, "the alcohol and drugs strategy" a publication).
            other_kind = (
                len(inside) == 1
                and longer.end > inside[0].end
                and not (longer.kinds & inside[0].kinds)
                and _tail_names_it(tokens[inside[0].end : longer.end], longer)
            )
            # A slip in a word the exact name leaves out ("Northshir Safer Communities Board"): the longer
            # match explains every word, the shorter leaves a name-like word unexplained.
            explains_more = bool(inside) and longer.score > LONGER_THRESHOLD and all(
                tokens[i] not in COMMON_WORDS
                for i in range(longer.start, longer.end)
                if not any(m.start <= i < m.end for m in inside)
            )
            if (
                (len(inside) >= 2 or other_kind or explains_more)
                and not crossing
                and longer.end - longer.start > max(m.end - m.start for m in inside)
            ):
                found = [m for m in found if m not in inside] + [longer]
        return sorted(found, key=lambda m: m.start)

    def _fuzzy(
        self,
        tokens: list[str],
        taken: set[int],
        area: str | None,
        kinds: tuple[str, ...],
        threshold: float = FUZZY_THRESHOLD,
        longest: bool = False,
    ) -> list[Mention]:
        options: list[tuple[float, int, int, str]] = []
        for i in range(len(tokens)):
            if i in taken or tokens[i] in COMMON_WORDS:
                continue
            for j in range(i + 2, min(len(tokens), i + MAX_MENTION_TOKENS) + 1):
                if j - 1 in taken:
                    break
                if tokens[j - 1] in COMMON_WORDS and tokens[j - 1] not in KIND_WORDS:
                    continue
                if all(t in COMMON_WORDS or t in KIND_WORDS for t in tokens[i:j]):
                    continue  # "vice chair", "the strategy": kinds, not names
                window = _content(" ".join(tokens[i:j]))
                # Words shared by very many names (a county's name in a national graph) pick out nothing.
                keys = set().union(
                    *(ks for t in tokens[i:j] if len(ks := self.by_token.get(t, set())) <= MAX_TOKEN_NAMES)
                )
                for key in keys:
                    name = _content(key)
                    if abs(len(name) - len(window)) > 1:
                        continue  # one word more or less at most (see similarity)
                    if len(window) > len(name) and not self._known_words(set(window) - set(name)):
                        # "the Eastvale and Oxley CSP": a word no name in the graph has is another body's
                        # name, never an extra word to drop (dropped, the question is the Eastvale CSP's)
                        continue
                    ratio = self._similar(window, name)
                    if ratio >= threshold:
                        options.append((ratio, i, j, key))
        out: list[Mention] = []
        order = (lambda o: (-(o[2] - o[1]), -o[0])) if longest else (lambda o: (-o[0], -(o[2] - o[1])))
        for ratio, i, j, key in sorted(options, key=order):
            span = set(range(i, j))
            if span & taken:
                continue
            hits = [e for e in self.exact.get(key, []) if e.kind in kinds]
            if hits:
                out.append(Mention(i, j, " ".join(tokens[i:j]), self._rank(hits, area), ratio))
                taken |= span
        return out

    def _known_words(self, words: set[str]) -> bool:
        """Whether every one of WORDS is an ordinary word or a word of some name the graph holds."""
        return all(w in COMMON_WORDS or w in self.by_token for w in words)

    def _group_of(self, m: Mention, tokens: list[str], taken: set[int], kinds: tuple[str, ...]) -> Mention:
        """"the Eastvale and Westmoor CSP Joint Steering Group": a body named by its places, then the start of a
        name the graph holds without them ("CSP Joint Steering Group"), then more words. When the places and
        the rest cover the matched name and the words after it, and the held body's papers are of one of those
        places, the question names that body, not the partnership whose name ends inside it."""
        for end in range(min(len(tokens), m.end + 4), m.end, -1):
            if any(i in taken for i in range(m.end, end)):
                continue
            for cut in range(m.start + 1, m.end):
                places = self._places_in(tokens[m.start : cut])
                if not places:
                    continue
                hits = [
                    e for e in self.exact.get(" ".join(tokens[cut:end]), [])
                    if e.kind in kinds and e.kind == "body" and (e.areas | e.home) & places
                ]
                if hits:
                    taken |= set(range(m.end, end))
                    return Mention(m.start, end, " ".join(tokens[m.start : end]), hits, m.score)
        return m

    def _joined(self, found: list[Mention], tokens: list[str], kinds: tuple[str, ...]) -> list[Mention]:
        """"the Eastvale APB governance framework": a name ("Eastvale APB", the Eastvale Area Planning Board)
        and the words after it that, with the name written in full, name one thing the graph holds ("Eastvale
        Area Planning Board Governance Framework"); a name linked in those words is part of it."""
        out: list[Mention] = []
        for m in found:
            if out and m.end <= out[-1].end:
                continue  # taken into the name before it
            joined = None
            for end in range(min(len(tokens), m.end + 4), m.end, -1):
                rest = " ".join(tokens[m.end : end])
                crossing = any(o.start < end < o.end for o in found)
                hits = [e for p in m.entities for e in self.exact.get(f"{normalise(p.label)} {rest}", [])
                        if e.kind in kinds]
                if hits and not crossing:
                    unique = list({e.iri: e for e in hits}.values())
                    joined = Mention(m.start, end, " ".join(tokens[m.start : end]), unique, m.score)
                    break
            out.append(joined or m)
        return out

    def _places_in(self, words: list[str]) -> set[str]:
        """The place names that WORDS consist of, joined by "and" ("bassetlaw newark and sherwood"); none
        unless every word belongs to one."""
        out: set[str] = set()
        i = 0
        while i < len(words):
            for j in range(len(words), i, -1):
                if " ".join(words[i:j]) in self.place_names:
                    out.add(" ".join(words[i:j]))
                    i = j
                    break
            else:
                if words[i] != "and" or not out:
                    return set()
                i += 1
        return out

    @staticmethod
    def _rank(hits: list[Entity], area: str | None) -> list[Entity]:
        if area:
            inside = [e for e in hits if e.in_area(area)]
            if inside:
                return inside
        return hits

    # -- search box

    def search(self, text: str, limit: int = 10) -> list[tuple[Entity, str]]:
        """Entities whose name starts with, or contains, TEXT: the best few, each once."""
        q = normalise(text)
        if not q:
            return []
        scored: list[tuple[tuple[int, int, str], Entity, str]] = []
        for key, name, e in self.names.values():
            if key.startswith(q):
                score = 0
            elif f" {q}" in f" {key}":
                score = 1
            elif q in key:
                score = 2
            else:
                continue
            scored.append(((score, len(key), e.label), e, name))
        seen: set[str] = set()
        out: list[tuple[Entity, str]] = []
        for _, e, name in sorted(scored, key=lambda s: s[0]):
            if e.iri in seen:
                continue
            seen.add(e.iri)
            out.append((e, e.label if name in e.hidden else name))
            if len(out) >= limit:
                break
        return out


class Initialisms(Mapping[str, list[Entity]]):
    """Initials -> the one entity they stand for. Kept only when one entity has them and no name is spelt so
    (the documents' own acronyms, alt labels, come first); judged when asked, so the index can follow each
    write without a pass over every entity."""

    def __init__(self, index: EntityIndex):
        self.index = index
        self.iris: dict[str, set[str]] = {}  # initials -> every entity that has them

    def __getitem__(self, key: str) -> list[Entity]:
        iris = self.iris.get(key)
        if not iris or len(iris) != 1 or key in self.index.exact or len(key.split()[-1]) < 3:
            raise KeyError(key)
        return [self.index.entities[next(iter(iris))]]

    def __iter__(self) -> Iterator[str]:
        return (key for key in list(self.iris) if key in self)

    def __len__(self) -> int:
        return sum(1 for _ in self)


def _spelt_otherwise(e: Entity, letters: str, spelt: list[str]) -> bool:
    """Does E hold a name of its own, spelt out, whose initials are LETTERS but whose words are not SPELT?
    ("Cardiff VAWDASV Partnership Board" has the initials of the Cardiff and Vale Prevent Board, CVPB, whose
    full name the graph holds: the words name another body, never that one.)"""
    for name in e.names | {e.label}:
        words = [w for w in normalise(name).split() if w not in OPTIONAL_WORDS]
        if len(words) == len(letters) and "".join(w[0] for w in words) == letters and words != spelt:
            return True
    return False


def public_body_names(names: set[str]) -> set[str]:
    """The gazetteer's names for the council or public body NAMES name, when they name exactly one (never the
    bare place: a council is not its area)."""
    from ..loaders.gazetteer import places as gazetteer

    found: dict[str, Any] = {}
    for name in names:
        if re.fullmatch(r"[A-Z&]{2,7}", name.strip()):
            # a bare acronym is the papers' own ("SYP" for the Safer York Partnership), not the gazetteer's
            # body of the same letters (South Yorkshire Police): only a name with words says which body
            continue
        entries = gazetteer.lookup(name)
        if len(entries) != 1:
            continue
        entry = entries[0]
        if entry.is_place and normalise(name) in {normalise(entry.name), *map(normalise, entry.welsh_names)}:
            continue  # the place's own name, not its council's
        found[entry.key] = entry
    if len(found) != 1:
        return set()
    (entry,) = found.values()
    if entry.is_place:
        return set(entry.formal_names) | {s for s in entry.short_forms if len(s.split()) > 1}
    out = set(entry.all_names())
    if entry.kind == "police_office":
        # a police area has one commissioner, whatever the title: "the Eastvale Commissioner" is its PCC
        # (and "the Eastvale PCC" its police, fire and crime commissioner, as officers still write it)
        short = [m.group(1) for n in out if (m := COMMISSIONER_SHORT.fullmatch(n))]
        out |= {f"{area} {title}" for area in short for title in ("Commissioner", "Police and Crime Commissioner")}
    return out


ROLE_COMMA_BODY = re.compile(r"(?P<role>[^,]{3,60}), (?P<body>[^,]{3,120})")


def role_of_body_names(names: set[str]) -> set[str]:
    """The names a post written "<role>, <body>" is asked by: the role "for" or "of" the body, with "the" or
    without. Not a chair's post: "the chair of X" is asked of X's chair, whom the chair route reads."""
    out: set[str] = set()
    for name in names:
        m = ROLE_COMMA_BODY.fullmatch(name.strip())
        if m is None:
            continue
        role, body = m.group("role"), re.sub(r"^[Tt]he ", "", m.group("body"))
        words = normalise(role).split()
        if not words or len(words) > 5 or CHAIR_WORDS & set(words) or len(normalise(body).split()) < 2:
            continue
        out |= {f"{role} {link} {body}" for link in ("for", "for the", "of", "of the")}
    return out


COMMISSIONER_SHORT = re.compile(r"(.+?) (?:PCC|PFCC|PCVC|OPCC|OPFCC)")


def spelt_by(word: str, hits: list[Entity]) -> list[Entity]:
    """Of the entities the one word WORD names (an acronym), those whose own name it spells ("YJB": the Youth
    Justice Board, not a council's Youth Justice Management Board that a paper also called "the YJB"); all when
    none or every one is spelt by it, and when it names things of other kinds too ("LBHF": the borough and its
    council are one place's, and the answers that speak of either are kept)."""
    if any(e.kind != "body" for e in hits):
        return hits
    spelt = [e for e in hits if any(word in _initials(n) for n in e.names | {e.label})]
    return spelt if spelt and len(spelt) < len(hits) else hits


SMALL_WORDS = frozenset({"for", "and", "of", "the", "in", "on"})


def _initials(name: str) -> set[str]:
    """A name's initials, with and without its small words ("Youth Justice Board for England and Wales":
    yjbfeaw, yjbew); never of a part of it, which another body's name may be."""
    words = normalise(name).split()
    if len(words) < 2:
        return set()
    content = [w for w in words if w not in SMALL_WORDS]
    return {"".join(w[0] for w in words), "".join(w[0] for w in content)}


@lru_cache(maxsize=65536)
def _content(name: str) -> tuple[str, ...]:
    """The words of a normalised name that tell it apart (the little words are optional)."""
    return tuple(t for t in name.split() if t not in OPTIONAL_WORDS)


def edits(a: str, b: str, limit: int) -> int:
    """Levenshtein distance between A and B, or limit + 1 once it is sure to exceed LIMIT."""
    if abs(len(a) - len(b)) > limit:
        return limit + 1
    prev = list(range(len(b) + 1))
    for i, ca in enumerate(a, start=1):
        cur = [i] + [0] * len(b)
        for j, cb in enumerate(b, start=1):
            cur[j] = min(prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + (ca != cb))
        if min(cur) > limit:
            return limit + 1
        prev = cur
    return prev[-1]


def _tail_names_it(tail: list[str], longer: Mention) -> bool:
    """Whether a word after the exact name really belongs to the longer name ("strategy" in "... drugs
    strategy", "program" for "programme"), rather than only resembling it ("allocate" is not "office")."""
    words = {w for e in longer.entities for n in e.names for w in normalise(n).split() if w not in COMMON_WORDS}
    return any(
        t in words or (len(t) >= 4 and any(len(w) >= 4 and (w.startswith(t) or t.startswith(w)) for w in words))
        for t in tail
        if t not in COMMON_WORDS
    )
