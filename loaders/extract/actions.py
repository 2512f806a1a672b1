"""Action tables: "Action | Owner | Due" rows of an action plan or an action log.

A row whose action is to write a paper ("Publish the Partnership annual report 2024-25", "Refresh the Domestic
Abuse Strategy", "Draft the Youth Justice Plan") gives `produces` from the row's owner (a person, post or body) to
that paper. Other actions (commission, confirm, agree a membership) state no paper of the owner's own.
"""

from __future__ import annotations

import re

from ...graph.model import Entity
from ..layout import Line, Table
from ..mentions import looks_like_person
from . import ExtractionDoc, reads
from .structure import cell_lead

_ACTION_HEAD = re.compile(r"(?i)(?:agreed\s+)?(?:actions?|tasks?|activity|activities|deliverables?|what)")
_OWNER_HEAD = re.compile(r"(?i)(?:action\s+)?(?:owner|lead|lead officer|lead agency|responsible|responsibility|"
                         r"by whom|who|assigned to)")
# the verbs that make the owner the paper's writer
_WRITES = re.compile(r"(?:Publish|Produce|Refresh|Draft|Prepare|Write|Update|Complete|Develop)\s+(?:and\s+\w+\s+)?"
                     r"(?:the\s+|an?\s+|our\s+|its\s+|their\s+)?")


@reads("action", "owner", "lead")
def action_tables(doc: ExtractionDoc) -> None:
    columns: tuple[int, int, int] | None = None  # action, owner, width of the last header read
    last_end = -1
    for table in doc.layout.tables:
        named = _columns(doc, table)
        if named is not None:
            columns, rows = (*named, len(table.rows[0].cells)), table.rows[1:]
        elif columns is not None and table.rows[0].start - last_end < 300:
            rows = table.rows  # the same table, parted from its header by a rule line ("--- -----")
        else:
            columns, rows = None, []
        last_end = table.rows[-1].end
        for row in rows:
            if columns is not None and len(row.cells) == columns[2]:
                _row(doc, row, columns[0], columns[1])


def _columns(doc: ExtractionDoc, table: Table) -> tuple[int, int] | None:
    """The action and owner columns, by the names the table's first row gives them."""
    names = [" ".join(doc.text[a:b].split()).strip(" |:") for a, b in table.rows[0].cells]
    action = next((k for k, n in enumerate(names) if _ACTION_HEAD.fullmatch(n)), None)
    owner = next((k for k, n in enumerate(names) if _OWNER_HEAD.fullmatch(n)), None)
    return (action, owner) if action is not None and owner is not None and action != owner else None


def _row(doc: ExtractionDoc, row: Line, action: int, owner: int) -> None:
    a, b = row.cells[action]
    verb = _WRITES.match(doc.text, a + len(doc.text[a:b]) - len(doc.text[a:b].lstrip()), b)
    if verb is None:
        return
    named = next((m for m in doc.mentions(verb.end(), b) if m.start == verb.end()), None)
    written = _paper(doc, named, b) if named is not None else None
    if written is None:
        return  # "Refresh the membership", "Update Members on progress": no paper named
    who = _owner(doc, *row.cells[owner])
    if who is not None and who.iri != written.iri:
        doc.add(who, "produces", written, row.start, row.end, "action:produces", 0.75)


_OWN_PAPER = re.compile(r"\s+(?P<kind>annual report|strategic assessment|annual plan|action plan|delivery plan|"
                        r"business plan)(?P<years>\s+(?:19|20)\d\d(?:\s?[-/–]\s?\d{2,4})?)?\b", re.I)


def _paper(doc: ExtractionDoc, m, b: int) -> Entity | None:
    """The paper an action names: a paper's name, or a body's name and the kind of paper it writes each year
    ("the Safer X Partnership annual report 2024-25")."""
    if m.kind == "publication":
        e = doc.resolver.entity(m)
        return e if e is not None and e.kind == "publication" else None
    own = _OWN_PAPER.match(doc.text, m.end, b) if m.kind == "body" else None
    body = doc.resolver.entity(m) if own is not None else None
    if body is None or body.kind != "body":
        return None
    name = " ".join(f"{body.name} {own.group('kind')}{own.group('years') or ''}".split())
    written = " ".join(doc.text[m.start : own.end()].split())
    return doc.resolver.remember(Entity("publication", name, area=body.area), name, written)


def _owner(doc: ExtractionDoc, a: int, b: int) -> Entity | None:
    """The one person, post or body an owner cell names (two owners share the action: neither is its writer)."""
    found = doc.mentions(a, b, expect_person=True)
    if len([m for m in found if m.kind in ("person", "post", "body", "name")]) != 1 or "/" in doc.text[a:b]:
        return None
    if len(found) == 1 and found[0].kind == "person":
        return doc.resolver.person(found[0])
    if len(found) == 1 and found[0].kind == "name" and looks_like_person(found[0].name.split()):
        from ..mentions import Mention

        return doc.resolver.person(Mention(found[0].start, found[0].end, "person", found[0].name))
    return cell_lead(doc, [(a, b)])
