"""Names to entities: one document's mentions resolved to canonical names that other documents share.

Conventions (those of the gold standard): a body keeps the fullest name the document gives, with acronyms
defined inline ("... Board (OSPB)") or known ("PCC") as aliases; generic local bodies named without their
area get the document's area as a prefix ("Channel Panel" -> "Worcestershire Channel Panel"); people keep
initials as written, lose Mr/Mrs/Cllr (kept as aliases) and keep Dr; a surname alone keeps its title
("Cllr Udall") unless the document names that person in full; council posts are qualified by the council
("Leader of the Council" -> "Leader of Bromsgrove District Council").
"""

from __future__ import annotations

import re
from functools import cache

from ..graph.iris import entity_iri
from ..graph.model import Entity
from .gazetteer import _yaml as _gazetteer_yaml
from .gazetteer import acronyms, areas, first_names, generic_bodies, organisations, posts

CONNECTORS = ("and", "of", "for", "on", "the", "&", "in", "with", "to")
_WORD = r"(?:[A-Z][A-Za-z'’\-]*[A-Za-z]|[A-Z]|\d{4}(?:/\d{2})?)"
# "and the" starts a second name ("the X Partnership and the Y Group"); "of the", "for the" stay inside one
_CONN = r"(?:and|&|(?:of|for|on|with)(?: the)?)"
# "Children, Young People and Families Strategic Group": a comma inside a name that ends "X and Y <Head>"
_COMMA_IN_NAME = (
    r",(?= [A-Z][a-z]+(?: [A-Z][a-z]+)* and [A-Z][a-z]+ [A-Z][a-z]+ (?:Group|Board|Partnership|Forum))"
)
# a capitalised pronoun or article starts a new sentence or clause, never continues a name
_NEXT = rf"(?!(?:This|The|It|Its|These|Those|There|He|She|We|They|In|At|As|If|When|Where)\b){_WORD}"
NAME = rf"{_WORD}(?:(?:{_COMMA_IN_NAME})?[ ](?:{_CONN}[ ])?{_NEXT})*"
NAME_RE = re.compile(NAME)


@cache
def body_heads() -> frozenset[str]:
    return frozenset(_gazetteer_yaml("body_heads.yaml"))


def _tokens(name: str) -> list[str]:
    return name.replace("’", "'").split()


def last_word(name: str) -> str:
    words = _tokens(name)
    return words[-1].rstrip(".,;:") if words else ""


def is_body_name(name: str) -> bool:
    name = name.strip()
    if not name:
        return False
    if name.casefold() in organisations():
        return True
    last = last_word(name)
    if last == "team" and len(_tokens(name)) >= 3:
        return True  # "West Mercia Criminal Justice Mental Health team"
    if last in body_heads():
        return len(_tokens(name)) >= 2 or last in ("Police",)
    return False


@cache
def _post_head_re() -> re.Pattern[str]:
    return re.compile(r"\b(?:" + "|".join(re.escape(h) for h in posts().heads) + r")\b")


def has_post_head(name: str) -> bool:
    """NAME contains a post's head word ("Group Leader 2017 Group" is a post, though it ends in Group)."""
    if re.search(r"\b(?:Commissioners|Commissioner's|Commissioner’s) Office$", name):
        return False
    return bool(_post_head_re().search(name)) or any(name.startswith(r) for r in posts().ranks)


def is_post_name(name: str) -> bool:
    name = name.strip()
    if not name or is_body_name(name):
        return False
    return has_post_head(name)


def looks_like_person(name: str) -> bool:
    """A person's name: optional honorific/rank, then initials or a given name, then a surname."""
    words = _tokens(name)
    while words and (words[0].rstrip(".") in _titles()):
        words = words[1:]
    for _rank, rw in _ranks_by_len():
        if words[: len(rw)] == rw:
            words = words[len(rw) :]
            break
    if len(words) < 2 or len(words) > 4:
        return False
    surname = words[-1]
    if not re.fullmatch(r"[A-Z][a-z'’\-]+(?:-[A-Z][a-z]+)?|Mc[A-Z][a-z]+|O'[A-Z][a-z]+", surname):
        if not re.fullmatch(r"(?:Mc|Mac|O')?[A-Z][A-Za-z'’\-]+", surname):
            return False
    given = words[:-1]
    if all(re.fullmatch(r"[A-Z]\.?", g) for g in given):
        return True
    return given[0] in first_names() and all(re.fullmatch(r"[A-Z][a-z'\-]*\.?", g) for g in given)


@cache
def _honorifics() -> frozenset[str]:
    return frozenset(h.rstrip(".") for h in posts().honorifics)


@cache
def _titles() -> frozenset[str]:
    p = posts()
    return frozenset(h.rstrip(".") for h in p.honorifics | p.kept_titles)


@cache
def _ranks_by_len() -> tuple[tuple[str, list[str]], ...]:
    return tuple((r, r.split()) for r in sorted(posts().ranks, key=len, reverse=True))


def iri_of(entity: Entity) -> str:
    """An entity's IRI, computed once per distinct name (slugging is the hot path of extraction; hashing the
    whole frozen Entity, aliases and all, would cost more than it saves)."""
    return entity.iri_override or _iri(entity.kind, entity.name, entity.scope)


@cache
def _iri(kind: str, name: str, scope: str | None) -> str:
    return entity_iri(kind, name, scope)


def split_title(name: str) -> tuple[str, str, str | None]:
    """(honorific, rest, rank post) of a person's name as written."""
    p = posts()
    words = name.split()
    honorific = []
    rank_post = None
    while words and words[0].rstrip(".") in _honorifics():
        honorific.append(words.pop(0))
    for rank, rw in _ranks_by_len():
        if words[: len(rw)] == rw and len(words) > len(rw):
            rank_post = p.ranks[rank]
            honorific.extend(words[: len(rw)])
            words = words[len(rw) :]
            break
    return " ".join(honorific), " ".join(words), rank_post


@cache
def _area_names_by_len() -> tuple[str, ...]:
    return tuple(sorted(areas().names, key=len, reverse=True))


@cache
def _areas_by_first_word() -> dict[str, tuple[str, ...]]:
    index: dict[str, list[str]] = {}
    for area in _area_names_by_len():
        index.setdefault(area.split()[0], []).append(area)
    return {k: tuple(v) for k, v in index.items()}


def leading_area(name: str) -> str | None:
    """The area NAME starts with ("North Worcestershire Community Safety Partnership" ->
    "North Worcestershire")."""
    first = name.split(" ", 1)[0].removesuffix("'s")
    for area in _areas_by_first_word().get(first, ()):
        if name == area or name.startswith(area + " ") or name.startswith(area + "'s "):
            return area
    return None


def _initials(words: list[str]) -> str:
    out = []
    for w in words:
        if w.lower() in CONNECTORS:
            continue
        if re.fullmatch(r"[A-Z]{2,}s?", w):
            out.append(w.rstrip("s") if w.endswith("s") and not w.isupper() else w)
        else:
            out.append(w[0].upper())
    return "".join(out)


_ACRONYM_PAREN = re.compile(r"\((?:[A-Z][A-Za-z&]{1,9})(?:'s|’s|s)?\)")
ACRONYM_DEF = re.compile(rf"(?P<name>{NAME})\s*\((?P<acr>[A-Z][A-Za-z&]{{1,9}})(?:'s|’s|s)?\)")


def _match_acronym(words: list[str], acr: str) -> int | None:
    """Index of the first word of the shortest tail of WORDS whose initials spell ACR."""
    target = acr.upper().replace("&", "")
    for start in range(len(words) - 1, -1, -1):
        tail = words[start:]
        if tail[0].lower() in CONNECTORS:
            continue
        if _initials(tail).upper() == target:
            return start
    return None


class Resolver:
    """Resolution state for one document: its area, council, acronyms, people and recent bodies."""

    def __init__(self, text: str, area: str | None, council: Entity | None = None):
        self.area = area
        self.council = council
        self.acronyms: dict[str, str] = {}
        self.people: dict[str, Entity] = {}  # surname -> person named in full
        self.entities: dict[str, Entity] = {}
        if council is not None:
            self._remember(council)  # so an undefined "WCC" can be read from the council's initials
        self._scan_acronyms(text)
        self._scan_scoped_offices(text)

    # -- acronyms

    def _scan_acronyms(self, text: str) -> None:
        for paren in _ACRONYM_PAREN.finditer(text):
            # only the words just before a "(ABC)" can define it; match the name there, not across the text
            window_start = max(0, paren.start() - 160)
            if window_start:
                space = text.find(" ", window_start)
                window_start = space + 1 if 0 <= space < paren.start() else window_start
            m = ACRONYM_DEF.search(text, window_start, paren.end())
            while m is not None and m.end() < paren.end():
                m = ACRONYM_DEF.search(text, m.end(), paren.end())
            if m is None:
                continue
            words = m.group("name").split()
            acr = m.group("acr")
            start = _match_acronym(words, acr)
            if start is None:
                continue
            # "West Mercia Police and Crime Commissioner (PCC)": the area before the initials scopes
            # the office
            before = " ".join(words[:start])
            area = next((a for a in _area_names_by_len() if before == a or before.endswith(" " + a)), None)
            full = " ".join(words[start:])
            if area and len(acr) <= 4:
                full = f"{area} {full}"
            self.acronyms.setdefault(acr, full)

    def _scan_scoped_offices(self, text: str) -> None:
        """Bind a known acronym to the document's scoped form: PCC -> West Mercia Police and Crime
        Commissioner."""
        for acr, generic in acronyms().items():
            # only offices that exist once per police force area can be scoped from one mention
            if acr in self.acronyms or "Police and Crime" not in generic:
                continue
            generic_re = re.escape(generic).replace("and", "(?:and|&)")
            for m in re.finditer(rf"\b(?:{generic_re}|{re.escape(acr)})\b", text):
                before = text[max(0, m.start() - 60) : m.start()].rstrip()
                area = next(
                    (
                        a
                        for a in _area_names_by_len()
                        if before.endswith(a) and not before[: -len(a)].rstrip().endswith("Deputy")
                    ),
                    None,
                )
                if area:
                    self.acronyms[acr] = f"{area} {generic}"
                    break

    def _guess_acronym(self, acr: str) -> str | None:
        """An acronym the document never defines, spelt by the initials of a body it has named ("OSPB")."""
        if len(acr) < 3:
            return None
        found = {
            e.name
            for e in self.entities.values()
            if e.kind == "body" and _initials(e.name.split()).upper() == acr.upper()
        }
        return found.pop() if len(found) == 1 else None

    def expand(self, name: str) -> str:
        """NAME with acronym words spelt out where the acronym is a body's head
        ("North Worcestershire CSP")."""
        words = name.split()
        if len(words) == 1:
            w = words[0]
            return self.acronyms.get(w) or acronyms().get(w) or w
        out = []
        for i, w in enumerate(words):
            bare = re.sub(r"(?:'s|’s|s)$", "", w) if re.fullmatch(r"[A-Z]{2,}(?:'s|’s|s)", w) else w
            if i == len(words) - 1 and re.fullmatch(r"[A-Z]{2,}", bare):
                full = acronyms().get(bare)
                if full:
                    out.append(full)
                    continue
            out.append(w)
        return " ".join(out)

    # -- entities

    def _remember(self, entity: Entity) -> Entity:
        key = f"{entity.kind}:{iri_of(entity)}"
        known = self.entities.get(key)
        if known is not None:
            aliases = tuple(dict.fromkeys(known.aliases + entity.aliases))
            if aliases != known.aliases:
                known = Entity(
                    known.kind,
                    known.name,
                    known.scope,
                    known.subtype,
                    aliases,
                    known.area,
                    known.iri_override,
                )
                self.entities[key] = known
            return known
        self.entities[key] = entity
        return entity

    def body(self, written: str) -> Entity | None:
        """The body WRITTEN names, or None when it is not a body name."""
        name = re.sub(
            r"^(?:the|The|a|A|an|An|its|their|our|local|multi-agency|established)\s+", "", written.strip()
        )
        name = re.sub(r"^(?:local|multi-agency|established|new|national)\s+", "", name)
        name = re.sub(r"(?:'s|’s|')$", "", name).strip(" ,.;:")
        # "the Local Children's Trust for the District": the place phrase is not part of the name
        name = re.sub(
            r" (?:for|of|in) the (?:District|County|Borough|City|Area|area|district|county)$", "", name
        )
        if not name:
            return None
        aliases = {written.strip(), name}
        acr = None
        if name in self.acronyms:
            acr, name = name, self.acronyms[name]
        elif name.casefold() in organisations():
            org = organisations()[name.casefold()]
            return self._remember(Entity("body", org.name, aliases=tuple(sorted(aliases | set(org.aliases)))))
        elif re.fullmatch(r"[A-Z]{2,}(?:s|'s|’s)?", name):
            bare = re.sub(r"(?:s|'s|’s)$", "", name)
            guessed = self._guess_acronym(bare)
            if bare in self.acronyms:
                acr, name = bare, self.acronyms[bare]
            elif guessed:
                acr, name = bare, guessed
            elif bare in acronyms():
                acr, name = bare, acronyms()[bare]
            else:
                return None
        for key, full in self.acronyms.items():
            # "the Police and Crime Panel" in a West Mercia paper is the West Mercia Police and Crime Panel
            if acronyms().get(key) == name and full.endswith(" " + name):
                aliases.add(name)
                name = full
                break
        expanded = self.expand(name)
        if expanded != name:
            aliases.add(name)
            name = expanded
        for acr_key, full in self.acronyms.items():
            if full == name:
                aliases.add(acr_key)
        if acr:
            aliases.add(acr)
        if not is_body_name(name) and not acr:
            return None
        if name.casefold() in organisations():
            org = organisations()[name.casefold()]
            return self._remember(Entity("body", org.name, aliases=tuple(sorted(aliases | set(org.aliases)))))
        area = leading_area(name)
        if area is None and self.area:
            for generic in generic_bodies():
                if name.casefold() == generic.casefold():
                    aliases.add(name)
                    name = f"{self.area} {name}"
                    area = self.area
                    break
        if self.council is not None and name in (
            "Council",
            "County Council",
            "District Council",
            "Borough Council",
            "City Council",
        ):
            return self.council
        plural = re.fullmatch(r"(.+ (?:Partnership|Board|Panel|Committee))s", name)
        if plural and leading_area(name) is None:
            aliases.add(name)
            name = plural.group(1)
        aliases.discard(name)
        return self._remember(
            Entity(
                "body", name, aliases=tuple(sorted(aliases)), area=areas().canonical(area) if area else None
            )
        )

    def body_any(self, written: str) -> Entity | None:
        """A body named by a list or a pattern that establishes it is one, whatever its last word."""
        entity = self.body(written)
        if entity is not None:
            return entity
        name = re.sub(r"^(?:the|The|a|A|an|An|our|local)\s+", "", written.strip(" ,.;:'\"‘’"))
        if not name or len(name.split()) > 12:
            return None
        aliases = tuple(sorted({written.strip()} - {name}))
        return self._remember(Entity("body", name, aliases=aliases))

    def person(self, written: str) -> Entity:
        written = re.sub(r"\s+", " ", written.strip(" ,.;:"))
        honorific, rest, _rank = split_title(written)
        words = rest.split()
        if len(words) == 1:
            known = self.people.get(words[0])
            if known is not None:
                return self._remember(
                    Entity("person", known.name, aliases=tuple(sorted({written} | set(known.aliases))))
                )
            name = written  # a surname alone keeps its title: "Cllr Udall"
            aliases = {rest}
        else:
            name = rest
            aliases = {written} if written != rest else set()
            dropped = [w for w in words if w.rstrip(".") in posts().kept_titles]
            if dropped and len(words) > 2:
                aliases.add(" ".join(w for w in words if w not in dropped))
        entity = self._remember(Entity("person", name, aliases=tuple(sorted(aliases - {name}))))
        if len(words) >= 2:
            self.people.setdefault(words[-1], entity)
        return entity

    def post(self, written: str) -> Entity:
        name = re.sub(r"\s+", " ", written.strip(" ,.;:–-"))
        name = re.sub(r"^(?:the|The|a|A|an|An|his|her|their)\s+", "", name)
        aliases = {written.strip()} if written.strip() != name else set()
        for acr, full in self.acronyms.items():
            if name == acr:
                aliases.add(acr)
                name = full
        if name in acronyms() and name.isupper():
            aliases.add(name)
            name = acronyms()[name]
        if self.council is not None:
            for generic in posts().council_posts:
                if name == generic:
                    aliases.add(name)
                    base = "Leader" if generic in ("Leader of the Council", "Council Leader") else generic
                    name = f"{base} of {self.council.name}"
        aliases.discard(name)
        return self._remember(Entity("post", name, scope=self.area, aliases=tuple(sorted(aliases))))

    def thing(self, kind: str, written: str, also: tuple[str, ...] = ()) -> Entity:
        name = re.sub(r"\s+", " ", written.strip(" ,.;:'\"‘’“”"))
        name = re.sub(r"^(?:the|The|a|A|an|An|its|their|his|her)\s+", "", name)
        aliases = ({written.strip()} | set(also)) - {name}
        if kind == "area":
            name = areas().canonical(name)
        return self._remember(Entity(kind, name, aliases=tuple(sorted(aliases))))
