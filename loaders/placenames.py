"""Which places and public bodies a name refers to: the bridge from the national gazetteer to extraction.

Extraction asks small questions of the gazetteer (is this a place, which place does a body's name start with,
which police force area covers a council, which council owns a web host); this module answers them from
loaders/gazetteer/places.py, the one gazetteer the question side reads too.
"""

from __future__ import annotations

import re
from functools import lru_cache

from .gazetteer import places as gz

# gazetteer body kinds that extraction treats as bodies (organisations), not as areas
_BODY_KINDS = frozenset(gz.BODY_KINDS)


@lru_cache(maxsize=65536)
def _match(name: str):
    return gz.match(name)


_COUNCIL_WORD = re.compile(r"\b(?:Council|Councils|MBC|CBC|BC|DC|CC|LBC|LB|RB|RBC|UA|Corporation)\b|^(?:London Borough|"
                           r"Royal Borough|Borough|City|County Borough|Metropolitan Borough) of\b")


def council_named(name: str) -> str | None:
    """The usual name of the council NAME is written for ("Solihull MBC" -> "Solihull Council"), if it is one."""
    m = _match(name)
    if not m or not m.entry.is_place:
        return None
    council = getattr(m.entry, "council", None)
    if council and ("formal" in m.forms or _COUNCIL_WORD.search(name)):
        return council
    if _COUNCIL_WORD.search(name):
        return " ".join(name.split())  # a council the gazetteer keeps only as an area (a former county council)
    return None


def is_place(name: str) -> bool:
    """NAME is the name of a place (a council area, county, police area, region), not of its council."""
    m = _match(name)
    return bool(m) and m.entry.is_place and council_named(name) is None


def canonical_place(name: str) -> str | None:
    m = _match(name)
    return m.entry.name if m and m.entry.is_place else None


def place_in_context(name: str, context: tuple[str, ...]) -> str | None:
    """The place NAME means among the places CONTEXT names ("Newcastle" beside Northumberland and South Tyneside is
    Newcastle upon Tyne); the usual reading when the context does not settle it."""
    readings = [e for e in gz.resolve(name, context=context) if e.is_place] if context else []
    return readings[0].name if len(readings) == 1 else canonical_place(name)


def leading_place(name: str) -> str | None:
    """The canonical place NAME starts with ("North Yorkshire Police" -> "North Yorkshire"), longest first."""
    return leading_place_span(name)[0]


@lru_cache(maxsize=65536)
def leading_place_span(name: str) -> tuple[str | None, int]:
    """(canonical place, characters of NAME it takes) for the place NAME starts with."""
    mention = gz.leading(name)  # only the name's first words are read, not the whole of it
    if mention is not None and mention.match.entry.is_place:
        return mention.match.entry.name, mention.end
    return None, 0


def leading_known_span(name: str) -> int:
    """Characters of NAME that a name the gazetteer knows of any kind (a place, a body, an office) takes from its
    start: "Avon and Somerset PCC" is the commissioner's office whole."""
    mention = gz.leading(name)
    return mention.end if mention is not None else 0


def public_body(name: str) -> str | None:
    """'body' when NAME is exactly a public body the gazetteer knows (a council, a police force, a department)."""
    if council_named(name):
        return "body"
    m = _match(name)
    if m and m.entry.kind in _BODY_KINDS and m.entry.kind not in ("police_office", "commissioner"):
        return "body"
    return "body" if branch_of_national(name) else None


# the national organisations whose local branches and regional units take the national name whole, with no head
# noun of their own: "Salford Women's Aid", "Counter Terrorism Policing South East" (a council, force or office
# with a place before its name is read as that place's own body elsewhere)
_BRANCH_KINDS = frozenset({"charity", "service"})


@lru_cache(maxsize=65536)
def branch_of_national(name: str) -> bool:
    """NAME is a branch of a national organisation the gazetteer knows: the national name after one to three
    capitalised words ("Black Country Women's Aid", "Solace Women's Aid"), or before the place or region the
    branch serves ("Counter Terrorism Policing Wales")."""
    tokens = name.split()
    if len(tokens) < 2:
        return False
    lead = gz.leading(name)
    if lead is not None and lead.match.entry.kind in _BRANCH_KINDS and 0 < lead.end < len(name):
        rest = name[lead.end :].strip()
        if rest and is_place(rest):
            return True
    for k in range(1, min(4, len(tokens))):
        m = _match(" ".join(tokens[k:]))
        if m is not None and m.entry.kind in _BRANCH_KINDS and len(tokens) - k >= 2 and \
                all(t[:1].isupper() for t in tokens[:k]):
            return True
    return False


@lru_cache(maxsize=1)
def comma_body_names() -> tuple[str, ...]:
    """The names of public bodies that hold a comma ("Ministry of Housing, Communities and Local Government"): a
    reader splitting names at commas would cut them in two."""
    # offices ("Police, Fire and Crime Commissioner") and their panels are read as offices already
    out = {n for e in gz.entries() if e.kind in _BODY_KINDS for n in e.all_names() if ", " in n and
           not re.search(r"Commissioner|\b(?:OPCC|PCC|PCP)\b|Panel$", n)}
    return tuple(sorted(out, key=len, reverse=True))


# the small words that join the words of a name anyway (mentions._CONNECT reads them); a place name joined by any
# other word ("Blackburn with Darwen", "Pen-y-bont ar Ogwr") is cut there unless the reader knows the name
_NAME_JOINERS = frozenset("of and for on in to upon under & de van von der den le la da du al bin y a'r the".split())


@lru_cache(maxsize=1)
def place_joins() -> tuple[tuple[str, str, str], ...]:
    """(word before, joining word, word after) of the place names the gazetteer holds whose joining word joins no
    other name ("Blackburn with Darwen"): a name reader splitting at that word would read the place's last part
    ("Darwen Community Safety Partnership") as a body of its own."""
    out = set()
    for e in gz.entries():
        if not e.is_place:
            continue
        for n in e.all_names():
            words = n.split()
            for i in range(1, len(words) - 1):
                if words[i].islower() and words[i] not in _NAME_JOINERS and words[i - 1][:1].isupper() and \
                        words[i + 1][:1].isupper():
                    out.add((words[i - 1], words[i], words[i + 1]))
    return tuple(sorted(out))


def split_places(text: str) -> list[str] | None:
    """The places a written list names ("Castle Point and Rochford", "Bassetlaw, Newark & Sherwood"), a place the
    gazetteer knows whole with "and" in its name ("Newark and Sherwood") kept one item; None when an item is no
    place."""
    out: list[str] = []
    for item in re.split(r"\s*,\s*", text.strip()):
        item = re.sub(r"^(?:and|&)\s+", "", item)
        if is_place(item):
            out.append(item)
            continue
        parts = re.split(r"\s+(?:and|&)\s+", item)
        if len(parts) < 2 or not all(is_place(p) for p in parts):
            return None
        out += parts
    return out


# up to four capitalised words (a comma after one: "Bournemouth, Christchurch and Poole"), then a joining word, ending
# right before a name
_JOINED_BEFORE = re.compile(r"(?:[A-Z][\w'’.-]*,?[ \t\n]+){1,4}(?P<join>and|with|upon|&)[ \t\n]+\Z")


def joined_place_start(text: str, start: int) -> int:
    """Where the place of a name starts when the name at START opens with the last part of it: a place the gazetteer
    knows whole ("Darwen Youth Justice Plan" read from "Blackburn with Darwen Youth Justice Plan"), or places it knows
    named jointly ("Rochford Partnership Plan" from "Castle Point and Rochford Partnership Plan"). START itself
    when no such place stands across it."""
    base = max(0, start - 80)
    m = _JOINED_BEFORE.search(text, base, start)
    if m is None:
        return start
    after = text[start : start + 80].split()
    opens = leading_place(text[start : start + 80].split("\n")[0]) is not None
    for w in re.finditer(r"[A-Z][\w'’.-]*", text[m.start() : m.start("join")]):  # the longest place first
        a = m.start() + w.start()
        left = " ".join(text[a : m.start("join")].split()).rstrip(",")
        join = m.group("join")
        if any(canonical_place(f"{left} {join} {' '.join(after[:k])}") for k in range(1, min(4, len(after)) + 1)):
            return a
        if opens and join in ("and", "&") and all(is_place(x) for x in re.split(r",\s*", left)):
            return a
    return start


def police_force_name(area: str) -> str | None:
    """The name of the police force that serves AREA ("Northumbria Police"), or None."""
    force = gz.police_force_of(area)
    return force.name if force is not None else None


def police_office_named(name: str) -> bool:
    """NAME is exactly a policing office the gazetteer knows ("Mayor's Office for Policing and Crime")."""
    m = _match(name)
    return m is not None and m.entry.kind == "police_office"


def known_body_name(name: str) -> str | None:
    """The gazetteer's canonical name of the public body NAME (a council, police force, fire service, department)."""
    council = council_named(name)
    if council:
        return council
    m = _match(name)
    if m and m.entry.kind in _BODY_KINDS and m.entry.kind not in ("police_office", "commissioner"):
        return m.entry.name
    return None


def leading_body(name: str) -> tuple[str, str] | None:
    """(the words, the canonical name) of a public body other than a council that NAME starts with, followed by
    more words: "Sussex Police" of "Sussex Police Divisional Commander"."""
    mention = gz.leading(name)
    if mention is None or mention.end >= len(name) or name[mention.end : mention.end + 1] != " ":
        return None
    entry = mention.match.entry
    if entry.kind not in _BODY_KINDS or entry.kind in ("police_office", "commissioner"):
        return None
    return name[: mention.end], entry.name


def body_names(name: str) -> tuple[str, ...]:
    """Every name the gazetteer knows the public body NAME by ("NHS Black Country ICB" for its integrated care
    board), so that a post written with any of them ("Head of Safeguarding, NHS Black Country ICB") is one post."""
    m = _match(name)
    if m and m.entry.kind in _BODY_KINDS and m.entry.name == name:
        return tuple(dict.fromkeys(n for n in m.entry.all_names() if n != name))
    return ()


def police_area(area: str | None) -> str | None:
    """The police force area covering AREA ("Worcestershire" -> "West Mercia")."""
    if not area:
        return None
    m = _match(area)
    if not m:
        return None
    entry = m.entry
    if entry.kind == "police_area":
        return entry.name
    key = getattr(entry, "police_area", None)
    if key:
        force = gz.get(key) if ":" in key else None
        return force.name if force is not None else key
    return None


def commissioner_office(name: str) -> tuple[str, str] | None:
    """(police area, "pcc" or "pfcc") when NAME is a form of a commissioner's name or of their office ("Kent PCC",
    "Office of the Police and Crime Commissioner for Kent", "Kent OPCC"); None for other offices (a police
    authority, a mayor's)."""
    m = _match(name)
    if not m or m.entry.kind != "police_office" or m.entry.office_kind not in ("pcc", "pfcc"):
        return None
    area = getattr(m.entry, "police_area", None)
    return (area, m.entry.office_kind) if area else None


def plan_issuer(name: str) -> str | None:
    """The police area whose police and crime plan the holder NAME issues: a commissioner ("Kent Police and Crime
    Commissioner") or a mayor who holds the commissioner's functions ("Mayor of West Yorkshire"). None for the
    office itself, a deputy, the office's staff and every other body: the plan is the holder's by statute."""
    m = _match(name)
    if not m or m.entry.kind != "police_office" or m.entry.office_kind not in ("pcc", "pfcc", "mayor"):
        return None
    if re.match(r"(?i)(?:the\s+)?(?:office|deputy)\b|O[PF]+CC\b", name) or name in m.entry.posts:
        return None
    return getattr(m.entry, "police_area", None)


def commissioner_office_forms(name: str) -> tuple[str, ...]:
    """Every form the gazetteer writes the commissioner's office NAME in ("Surrey OPCC", "OPCC Surrey", "Office of
    the Surrey Police and Crime Commissioner"): the forms naming the office, not the commissioner's own."""
    m = _match(name)
    if not m or m.entry.kind != "police_office" or m.entry.office_kind not in ("pcc", "pfcc"):
        return ()
    return tuple(n for n in m.entry.all_names() if n != name and re.search(r"\bOffice\b|\bO[PF]+CC\b", n))


def county_council_of(area: str | None) -> str | None:
    """The county council over AREA when AREA is a district of a two-tier county ("Hart" -> "Hampshire County
    Council"); None for a unitary or county area, whose own council is the county's."""
    if not area:
        return None
    place = gz.place(area)
    if place is None or place.kind != "district":
        return None
    county = gz.county_of(area)
    return county.council if county is not None else None


def force_area(name: str) -> str | None:
    """The police area of the force NAME names ("Dyfed Powys Police" -> "Dyfed-Powys"): a commissioner is often
    written as the force's ("Police and Crime Commissioner for Dyfed Powys Police"), whose area is the force's."""
    m = _match(name)
    if not m or m.entry.kind != "police_force":
        return None
    return police_area(name)


@lru_cache(maxsize=1)
def force_short_forms() -> tuple[str, ...]:
    """The short forms the gazetteer gives police forces that do not end in "Police" or "Constabulary" ("MPS",
    "Met" of "the Met", "GMP"), without the article: how a paper writes a force by other than its name."""
    forms = {re.sub(r"^the\s+", "", f) for e in gz.entries() if e.kind == "police_force" for f in e.short_forms}
    return tuple(sorted(f for f in forms if not re.search(r"\b(?:Police|Constabulary)$", f)))


_COUNCIL_KINDS = frozenset(gz.PRINCIPAL_KINDS)


def council_from_host(url: str) -> tuple[str, str] | None:
    """(council name, area) of the council that owns the web address URL, when the gazetteer knows it."""
    try:
        found = gz.from_host(url)
    except (ValueError, TypeError):
        return None
    for entry in found:
        if entry.kind in _COUNCIL_KINDS and getattr(entry, "council", None):
            return entry.council, entry.name
    return None


def body_from_host(url: str) -> str | None:
    """The police force or office that owns the web address URL ("leics.police.uk" -> Leicestershire Police)."""
    try:
        found = gz.from_host(url)
    except (ValueError, TypeError):
        return None
    for entry in found:
        if entry.kind in _BODY_KINDS:
            return entry.name
    return None


def council_of(area: str | None) -> str | None:
    """The usual name of AREA's own council ("Leicestershire" -> "Leicestershire County Council")."""
    if not area:
        return None
    m = _match(area)
    if m and m.entry.is_place:
        return getattr(m.entry, "council", None)
    return None


@lru_cache(maxsize=4096)
def place_spellings(area: str | None) -> tuple[str, ...]:
    """AREA's name and the shorter names of the same place ("Isle of Anglesey", "Anglesey"; "Kingston upon Hull",
    "Hull"): a body named for the area may be written with either. Council names and initials are not places."""
    m = _match(area) if area else None
    if not m or not m.entry.is_place:
        return (area,) if area else ()
    shorter = (f for f in m.entry.short_forms if not f.isupper() and not _COUNCIL_WORD.search(f) and
               council_named(f) is None and _match(f) is not None and _match(f).entry is m.entry)
    return tuple(dict.fromkeys((area, *shorter)))


_NATIONAL_KINDS = frozenset({"department", "government", "agency", "inspectorate", "devolved_government"})


def council_formal_names(area: str | None) -> tuple[str, ...]:
    """Every formal name of AREA's own council ("Camden Council", "London Borough of Camden")."""
    m = _match(area) if area else None
    return tuple(m.entry.formal_names) if m and m.entry.is_place else ()


def is_national(name: str) -> bool:
    """Whether NAME is a national body (a department, an agency, the government, a national public body)."""
    m = _match(name)
    return bool(m) and (m.entry.kind in _NATIONAL_KINDS or m.entry.key.startswith("national:"))


_SERVICE_WORDS = {
    "police": "police", "the police": "police", "police service": "police", "police force": "police",
    "constabulary": "police",  # "the Constabulary" of a shire paper is its county's force
    "fire and rescue": "fire", "fire and rescue service": "fire", "fire service": "fire", "fire & rescue": "fire",
    "fire & rescue service": "fire",
}


def area_service(name: str, area: str | None) -> str | None:
    """The area's own force or fire service that a bare "Police" or "Fire and Rescue Service" means."""
    which = _SERVICE_WORDS.get(name.casefold())
    if not which or not area:
        return None
    body = gz.police_force_of(area) if which == "police" else gz.fire_service_of(area)
    return body.name if body is not None else None


def is_government(name: str) -> bool:
    """Whether NAME is a government department, agency or inspectorate (never a local body of that name)."""
    m = _match(name)
    return bool(m) and m.entry.kind in _NATIONAL_KINDS


def nationwide(name: str) -> bool:
    """Whether NAME is one body for a whole nation under a generic name: a national charity ("Victim Support") or a
    service the gazetteer gives a nation ("Probation Service"), never a local body of that name."""
    m = _match(name)
    if m is None:
        return False
    return m.entry.kind == "charity" or m.entry.kind == "service" and bool(getattr(m.entry, "nation", None))


def in_wales(area: str | None) -> bool:
    """Whether AREA lies in Wales."""
    m = _match(area) if area else None
    return bool(m) and getattr(m.entry, "nation", None) == "Wales"


def council_at(council: str | None, year: int | None) -> str | None:
    """COUNCIL under the name it had in YEAR: a paper of 2016 speaks of "Buckinghamshire County Council", the
    body that became Buckinghamshire Council in 2020."""
    if not council or not year:
        return council
    m = _match(council)
    if m is None:
        return council
    earlier = sorted((ended, name) for name, ended in getattr(m.entry, "former_names", ())
                     if ended > year and "Council" in name)
    return earlier[0][1] if earlier else council


def scan_places(text: str) -> list[tuple[int, int, str]]:
    """(start, end, canonical name) of every place named in TEXT."""
    return [(x.start, x.end, x.match.entry.name) for x in gz.scan(text) if x.match.entry.is_place]




def local_body(name: str, area: str | None, police: str | None) -> str | None:
    """The gazetteer body NAME (often an acronym) means in this area: of its readings, the one that covers AREA
    or is its police area's ("SYP" in York is not South Yorkshire Police)."""
    m = _match(name)
    if not m:
        return None
    for entry in m.entries:
        if entry.kind not in _BODY_KINDS:
            continue
        covers = set(getattr(entry, "covers", ()) or ()) | {getattr(entry, "area", None),
                                                             getattr(entry, "police_area", None)}
        if (area and area in covers) or (police and police in covers) or entry.kind in ("department", "agency",
                                                                                          "inspectorate"):
            return entry.name
    return None


def police_office_name(area: str, post: str) -> str | None:
    """The official name of AREA's commissioner ("Police and Crime Commissioner for Lancashire") when POST is
    that kind of commissioner."""
    office = gz.police_office_of(area)
    if office is None:
        return None
    if ("Fire" in post) != ("Fire" in office.name) or post.startswith("Deputy"):
        return None
    return office.name


def police_office_body(area: str | None, others: tuple[str, ...] = ()) -> str | None:
    """The name of the mayor's policing office that acts for AREA (or the first of OTHERS that has one)."""
    for place in (area, *others):
        if not place:
            continue
        office = gz.police_office_of(place)
        if office is not None and office.office_kind == "mopac":
            return office.name
    return None


def ever_had_commissioner(area: str) -> bool:
    """Whether AREA's police force has ever been overseen by a police (fire) and crime commissioner: London's and
    the City's never were, so "the Police and Crime Commissioner" of a London paper is nobody's in particular."""
    force = gz.police_force_of(area)
    if force is None:
        return True  # not a police area we know: say nothing against it
    return force.police_area in _commissioner_areas()


@lru_cache(maxsize=1)
def _commissioner_areas() -> frozenset:
    """The police areas whose force has had a police (fire) and crime commissioner: every post a paper names asks."""
    return frozenset(area for area, offices in gz.offices_by_area().items()
                     if any(o.office_kind in ("pcc", "pfcc") for o in offices))
