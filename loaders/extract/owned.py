"""Groups named with their partnership's possessive: "the Partnership's Delivery Group", "the Safer X
Partnership's Exploitation Sub-Group".

A group, panel or network a partnership or board owns is its `subgroup_of`. The owner counts only when it is named,
or is the paper's own body: "the Board's" after several boards may mean any of them. A council's own team or
committee ("the Council's Community Safety Team") is left: which unit of the council it sits in is seldom what the
paper states.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator
from functools import cache

from ...graph.model import Entity
from ..lexicon import heads
from ..mentions import Mention
from . import ExtractionDoc, reads, trigger_words

# the head words of a partnership's groups, and of the partnerships and boards that have them
_GROUP_HEADS = frozenset({"Group", "Sub-group", "Sub-Group", "Subgroup", "Panel", "Network", "Forum", "Sub-Committee",
                          "Sub-committee", "Subcommittee"})
# (a police and crime panel's or a fire authority's own sub-committees too: "the Panel's Complaints Sub-Committee")
_PARTNERSHIP_HEADS = frozenset({"Partnership", "Board", "Panel", "Authority"})


def _declared(rule: Callable[[ExtractionDoc], None]) -> frozenset[str]:
    """RULE's trigger words, which its readers here also ask of each sentence before reading it: the words are
    written once, in the rule's @reads declaration."""
    return trigger_words(rule) or frozenset()


@reads("'s", "’s")
def owned_groups(doc: ExtractionDoc) -> None:
    for m, owner_mention in _possessed(doc):
        if m.name.split()[-1] not in _GROUP_HEADS:
            continue
        owner = _owner(doc, owner_mention)
        # "the CSP's Tactical Group": an acronym owner counts by the name it stands for
        said = owner.name if owner is not None and owner_mention.name.isupper() else owner_mention.name
        if said.split()[-1] not in _PARTNERSHIP_HEADS:
            continue
        group = doc.resolver.entity(m) if owner is not None else None
        if group is None or group.kind != "body" or group.iri == owner.iri:
            continue
        doc.add(group, "subgroup_of", owner, owner_mention.start, m.end, "owned:subgroup_of", 0.8)


def _possessed(doc: ExtractionDoc) -> Iterator[tuple[Mention, Mention]]:
    """Each body of the prose named with a body's possessive before it, with that owner's mention."""
    # an owner's possessive needs an apostrophe (mentions.classify reads none in a chunk without one)
    for _, (start, end) in doc.prose(holding=frozenset({"'", "’"})):
        for m in doc.mentions(start, end):
            owner = m.extra.get("owner")
            if m.kind == "body" and owner is not None and owner.kind == "body":
                yield m, owner


def _owner(doc: ExtractionDoc, m: Mention) -> Entity | None:
    """The owner a possessive names: a name in full, or "the Partnership's" for the paper's own body."""
    e = doc.resolver.entity(m)
    if e is None or e.kind != "body":
        return None
    if m.back_ref and e is not doc.resolver.body:
        return None
    return e


def own_unit(doc: ExtractionDoc, unit: Entity, owner: Entity, start: int, end: int, rule: str) -> None:
    """UNIT, which the paper names as OWNER's own ("the Council's licensing team", "Northdale Council's Youth
    Service", "the Northdale Council Youth Service"), is part_of OWNER (CONVENTIONS.md B). The unit is known by the
    names that tie it to its owner, each as papers and readers write it: with the owner's full name before or after
    it, and with the owner's area before it ("Northdale Youth Service")."""
    if unit.iri == owner.iri:
        return
    doc.add(unit, "part_of", owner, start, end, rule, 0.8)
    doc.resolver.remember(unit, *unit_names(unit.name, owner))


def unit_names(name: str, owner: Entity) -> list[str]:
    """The names a unit NAME of OWNER goes by: its own words after the owner's full name or its area, and those
    words with the owner's name after a comma."""
    own = name
    for lead in (owner.name, owner.area or ""):
        if lead and own.startswith(lead + " "):
            own = own[len(lead) + 1 :]
            break
    names = [f"{owner.name} {own}", f"{own}, {owner.name}"]
    if owner.area:
        names.append(f"{owner.area} {own}")
    return [n for n in names if n != name]


# the head words of an organisation's own working units, and the words that make an owner such an organisation (a
# police force, a commissioner's office, a national service): "Hertfordshire Constabulary's Checkpoint team", "the
# OPCC's Commissioning Unit"
_UNIT_HEADS = frozenset({"Team", "team", "Unit", "unit"})
# (a council's own teams are left, as the module says: papers name them in passing, as who does the work)
_ORGANISATION_WORDS = frozenset({"Constabulary", "Police", "OPCC", "Office", "Service"})


@reads("'s", "’s")
def owned_units(doc: ExtractionDoc) -> None:
    """A team or unit named with its organisation's possessive is part of that organisation, named in full."""
    from .. import placenames

    for m, owner_mention in _possessed(doc):
        # a council named in full ("Northdale County Council's Data and Insight Unit") owns its unit
        # as a force does; "the Council's team", in passing, is left
        named_council = not owner_mention.back_ref and placenames.council_named(owner_mention.name) is not None
        if m.name.split()[-1] not in _UNIT_HEADS or not (
                _ORGANISATION_WORDS & set(owner_mention.name.split()) or named_council):
            continue
        owner = doc.resolver.entity(owner_mention)
        unit = doc.resolver.entity(m) if owner is not None and owner.kind == "body" else None
        if unit is None or unit.kind != "body" or unit.iri == owner.iri:
            continue
        own_unit(doc, unit, owner, owner_mention.start, m.end, "owned:part_of")


# the heads of an organisation's working units named with the organisation's full name before them ("Luton Borough
# Council Community Safety Team", "Cheshire Constabulary Analysis Team"), and the last words of such an organisation
_NAMED_UNIT_HEADS = frozenset({"Team", "Unit", "Directorate", "Department", "Division"})
_OWNER_LAST = frozenset({"Council", "Constabulary", "Police", "Service", "Trust", "OPCC", "Office", "Authority"})


def unit_owner(name: str) -> tuple[str, int] | None:
    """(the organisation, its number of words) a unit's NAME opens with: the longest run of its first words the
    gazetteer knows as a public body, ending in an organisation's head word, with at least two of the unit's own
    words after it ("Luton Borough Council" in "Luton Borough Council Community Safety Team")."""
    from .. import placenames

    tokens = name.split()
    if len(tokens) < 4 or tokens[-1] not in _NAMED_UNIT_HEADS:
        return None
    for k in range(len(tokens) - 2, 0, -1):
        owner = " ".join(tokens[:k])
        if tokens[k - 1] in _OWNER_LAST and tokens[k] not in ("and", "&", "of", "for") and \
                placenames.public_body(owner) is not None:
            return owner, k
    return None


@reads("Team", "Unit", "Directorate", "Department", "Division")
def named_units(doc: ExtractionDoc) -> None:
    """A unit named with its organisation's full name before it ("the Luton Borough Council Community Safety Team",
    "the Cheshire Constabulary Analysis Team") is part of that organisation: the name says so, whatever the
    sentence around it says of the unit."""
    for _, (start, end) in doc.prose(holding=frozenset({"team", "unit", "directorate", "department", "division"})):
        for m in doc.mentions(start, end):
            if m.kind != "body" or m.possessive:
                continue
            found = unit_owner(m.name)
            if found is None:
                continue
            unit = doc.resolver.entity(m)
            owner = doc.resolver.body_named(found[0])
            if unit is None or unit.kind != "body" or owner.kind != "body" or unit.iri == owner.iri:
                continue
            own_unit(doc, unit, owner, m.start, m.end, "owned:named_unit")


# A Basic Command Unit is by definition a unit of one territorial police force: "the North East Basic Command Unit
# of the Metropolitan Police Service", "the Met's Central South BCU", "MPS Central West BCU", "Metropolitan Police
# Service (East Area BCU)", "Borough Commander, Central South BCU". The unit is named by its area: compass words
# ("Central North", "East Area") or a place ("Cardiff"), and sometimes the initials of those in brackets.
_COMPASS_WORDS = frozenset({"North", "South", "East", "West", "Central", "Area", "Northern", "Southern", "Eastern",
                            "Western", "Inner", "Outer"})
# (BCU is the only unit initials this reads; heads.yaml unit_initials lists all of them, PDU and NPU too)
_COMMAND_UNIT = re.compile(r"(?P<area>(?:[A-Z][a-z]+[ \t\n]+){0,2}[A-Z][a-z]+)(?:[ \t\n]+\((?P<short>[A-Z]{1,3})\))?"
                           r"[ \t\n]+(?P<head>Basic[ \t\n]+Command[ \t\n]+Unit|BCU)\b")


@cache
def _force_written() -> re.Pattern[str]:
    """A territorial force as written: "Metropolitan Police Service", "South Wales Police", "Kent Constabulary", or
    a short form the gazetteer gives a force ("the Met", "MPS"); the gazetteer judges which are forces."""
    from .. import placenames

    short = "|".join(re.escape(f).replace(r"\ ", r"[ \t\n]+")
                     for f in sorted(placenames.force_short_forms(), key=len, reverse=True))
    return re.compile(r"\b(?:" + short + r"|(?:[A-Z][a-z]+[ \t\n]+(?:and[ \t\n]+)?){0,3}"
                      r"(?:Police(?:[ \t\n]+Service)?|Constabulary))\b")


# (the British Transport Police has no Basic Command Units of a council's area)
_NOT_TERRITORIAL = frozenset({"Railways of Great Britain"})


def _unit_area(words: list[str]) -> list[str] | None:
    """The longest run of WORDS' last words that names an area: compass words, or a place with compass words after
    it. None when the word before the head is neither ("Borough BCU")."""
    from .. import placenames

    for k in range(len(words)):
        tail = words[k:]
        rest = [w for w in tail if w not in _COMPASS_WORDS]
        if not rest or (placenames.is_place(" ".join(rest)) and tail[: len(rest)] == rest):
            return tail
    return None


def _forces_written(text: str, start: int, end: int) -> list[tuple[int, int, str]]:
    """(start, end, the gazetteer's name) of each territorial force written between START and END."""
    from .. import placenames

    out = []
    for f in _force_written().finditer(text, start, end):
        written = " ".join(f.group(0).split())
        for cut in range(len(written.split())):  # "Partnerships Service, ..." / "Borough Commander ... Police"
            name = " ".join(written.split()[cut:])
            area = placenames.force_area(name)
            if area is not None and area not in _NOT_TERRITORIAL:
                out.append((f.end() - len(name) if cut else f.start(), f.end(), placenames.known_body_name(name)
                            or name))
                break
    return out


@reads("BCU", "Command")
def command_units(doc: ExtractionDoc) -> None:
    """A police Basic Command Unit is part_of its force: the force written nearest the unit in the same sentence,
    else the one territorial force the paper names. A paper naming several forces, none in the unit's sentence,
    gives nothing: which force's unit it is would be a guess."""
    everywhere: set[str] | None = None
    # attendance lines too: "Central North (CN) Basic Command Unit (BCU), The Metropolitan Police Service"
    for _, (start, end) in doc.layout.sentences():
        if not doc.holds(_declared(command_units), start, end):
            continue
        for u in _COMMAND_UNIT.finditer(doc.text, start, end):
            area = _unit_area(u.group("area").split())
            if area is None:
                continue
            unit_start = u.end("area") - len(" ".join(area))
            near = [(max(a - u.end(), unit_start - b), name) for a, b, name in _forces_written(doc.text, start, end)
                    if b <= unit_start or a >= u.end()]
            if near:
                force_name = min(near)[1]
            else:
                if everywhere is None:
                    everywhere = {name for *_, name in _forces_written(doc.text, 0, len(doc.text))}
                if len(everywhere) != 1:
                    continue
                force_name = next(iter(everywhere))
            force = doc.resolver.body_named(force_name)
            # one node whichever form the paper writes: named in full, the acronym's form its alias
            unit = doc.resolver.remember(doc.resolver.body_named(f"{' '.join(area)} Basic Command Unit"),
                                         f"{' '.join(area)} BCU")
            if unit.kind != "body" or force.kind != "body" or unit.iri == force.iri:
                continue
            doc.add(unit, "part_of", force, unit_start, u.end(), "owned:command_unit", 0.8)


# a partnership's or a board's executive, named with its owner ("the SGP Executive", "the RCSP Executive Group",
# "the Partnership Executive") or bare in the owner's own paper ("Its Executive", "the Executive Group")
_EXECUTIVE = re.compile(r"(?:(?P<owner>.+?)\s+)?Executive(?:\s+(?P<kind>Group|Board))?")
# the last words of a body that has an executive of its own (a council's executive is its cabinet, which is the
# council's governing body rather than a subgroup of it: left)
_EXECUTIVE_OWNERS = frozenset({"Partnership", "Board", "Arrangements", "Unit"})
# a bare executive is the paper's own body's when the words before it say whose ("Its Executive", "the
# partnership's Executive Group"); "the Executive Group" alone only in a paper whose own body is known for sure, and
# "the Executive" alone never (in a partnership's paper it may be the council's cabinet)
_OWN_EXECUTIVE = re.compile(r"\b(?:[Ii]ts|[Oo]ur|[Tt]he\s+[Pp]artnership['’]s|[Tt]he\s+[Bb]oard['’]s)\s+$")
_THE_EXECUTIVE = re.compile(r"\b[Tt]he\s+$")


def _executive_owner(doc: ExtractionDoc, m: Mention, owner: str | None, kind: str | None) -> Entity | None:
    """The body an executive named M belongs to: the acronym or full name before "Executive", else, for a bare
    "Its Executive" or "the Partnership Executive", the paper's own body. None when that is no partnership or
    board, or is a council."""
    from .. import placenames

    r = doc.resolver
    if owner is None or owner in ("Partnership", "Board"):
        bare = doc.text[max(0, m.start - 30) : m.start]
        said = _OWN_EXECUTIVE.search(bare)
        # "the Partnership Executive", "the partnership's Executive Group": the own body only if it is a partnership
        # (a scrutiny board's report may name the county partnership's executive so)
        head = owner or (re.search(r"([Pp]artnership|[Bb]oard)['’]s\s+$", said.group(0)) if said else None)
        head = head.group(1) if isinstance(head, re.Match) else head
        grouped = kind is not None and _THE_EXECUTIVE.search(bare) is not None and not r.body_inferred
        found = r.body if owner is not None or said or grouped else None
        if found is not None and head is not None and found.name.split()[-1].casefold() != head.casefold():
            return None
    elif owner.split()[-1] in r.acronyms:
        found = r.acronyms[owner.split()[-1]]  # "the SGP Executive", "the Oxfordshire SAB Executive Group"
    elif owner.split()[-1] in _EXECUTIVE_OWNERS and owner[:1].isupper():
        found = r.body_named(owner)  # "the Safer Northdale Partnership Executive"
    else:
        return None
    if found is None or found.kind != "body" or found is r.council or placenames.council_named(found.name) or \
            found.name.split()[-1] not in _EXECUTIVE_OWNERS:
        return None
    return found


@reads("Executive")
def executives(doc: ExtractionDoc) -> None:
    """A partnership's or a board's executive is its subgroup_of: the group of its leaders that takes its
    decisions between its meetings. Read once per executive, where the paper first names it."""
    seen: set[str] = set()
    for _, (start, end) in doc.layout.sentences():
        if not doc.holds(_declared(executives), start, end):
            continue
        for m in doc.mentions(start, end):
            x = _EXECUTIVE.fullmatch(m.name) if m.kind == "body" else None
            if x is None:
                continue
            owner = _executive_owner(doc, m, x.group("owner"), x.group("kind"))
            if owner is None:
                continue
            kind = f" {x.group('kind')}" if x.group("kind") else ""
            full = f"{owner.name} Executive{kind}"
            e = doc.resolver.entity(m)
            if e is None or "Executive" not in e.name:
                # "Its Executive": no name the resolver could give it alone (or a group named before, taken for it
                # by its head word); the owner's name says whose it is
                e = doc.resolver.body_named(full, written=m.name)
            else:
                e = doc.resolver.remember(e, full)
            if e.kind != "body" or e.iri == owner.iri or e.iri in seen:
                continue
            seen.add(e.iri)
            doc.add(e, "subgroup_of", owner, m.start, m.end, "owned:executive", 0.8)


# The tiers are written once, as data (heads.yaml partnership_tiers): the rule's trigger words and its sentence gate
# are both the words reads() takes from them (each tier's longest word), so a tier added there is read everywhere
@reads(*sorted(heads().partnership_tiers))
def partnership_tiers(doc: ExtractionDoc) -> None:
    """A partnership's governing tier named bare in its own paper ("the Strategic Board", "the Executive Group"; the
    resolver names it after the partnership, Resolver.own_tier) is its subgroup_of: read once, where first named."""
    if doc.resolver.minutes:
        return  # a partnership's minutes "(Strategic Board)": the meeting is the partnership met as its board
    tiers = tuple(heads().partnership_tiers)
    words = _declared(partnership_tiers)
    seen: set[str] = set()
    for _, (start, end) in doc.layout.sentences():
        if not doc.holds(words, start, end):
            continue
        for m in doc.mentions(start, end):
            # (only a tier's own mention is resolved here: resolving others would change what later references mean)
            tier = m.kind == "body" and any(m.name == t or m.name.endswith(" " + t) for t in tiers)
            e = doc.resolver.entity(m) if tier else None
            owner = doc.resolver.tier_owners.get(e.iri) if e is not None else None
            if owner is None or e.iri in seen:
                continue
            seen.add(e.iri)
            doc.add(e, "subgroup_of", owner, m.start, m.end, "owned:partnership_tier", 0.8)
