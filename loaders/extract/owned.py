"""Groups named with their partnership's possessive: "the Partnership's Delivery Group", "the Safer X
Partnership's Exploitation Sub-Group".

A group, panel or network a partnership or board owns is its `subgroup_of`. The owner counts only when it is named,
or is the paper's own body: "the Board's" after several boards may mean any of them. A council's own team or
committee ("the Council's Community Safety Team") is left: which unit of the council it sits in is seldom what the
paper states.
"""

from __future__ import annotations

from collections.abc import Iterator

from ...graph.model import Entity
from ..mentions import Mention
from . import ExtractionDoc, reads

# the head words of a partnership's groups, and of the partnerships and boards that have them
_GROUP_HEADS = frozenset({"Group", "Sub-group", "Sub-Group", "Subgroup", "Panel", "Network", "Forum", "Sub-Committee",
                          "Sub-committee", "Subcommittee"})
# (a police and crime panel's or a fire authority's own sub-committees too: "the Panel's Complaints Sub-Committee")
_PARTNERSHIP_HEADS = frozenset({"Partnership", "Board", "Panel", "Authority"})


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
        doc.add(unit, "part_of", owner, owner_mention.start, m.end, "owned:part_of", 0.8)


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
            doc.add(unit, "part_of", owner, m.start, m.end, "owned:named_unit", 0.8)
