"""Relations carried by a document's structure rather than one sentence: publications cited with their
publisher and date ("Title (Home Office April 2018)"), publications named after their body ("Prevent
Strategy Group Action Plan"), and the body headings of a member-update item (each body reporting to the
meeting)."""

from __future__ import annotations

import re

from ..gazetteer import organisations
from ..resolve import is_body_name
from . import ExtractionDoc
from .sentences import PUBLICATION_HEADS, is_publication, read_group

_MONTHS = r"(?:January|February|March|April|May|June|July|August|September|October|November|December)"


def _org_alternation() -> str:
    names = sorted(
        {o.name for o in organisations().values()}
        | {a for o in organisations().values() for a in o.aliases if len(a) > 3},
        key=len,
        reverse=True,
    )
    return "|".join(re.escape(n) for n in names)


def citations(doc: ExtractionDoc) -> None:
    """ "- Title (Publisher[/Publisher] [consultation-] Month Year)" and "- <Publisher> Title – text"."""
    orgs = _org_alternation()
    cited = re.compile(
        rf"^[ \t]*(?:- )?(?P<title>[A-Z][^()\n]{{4,200}}?) \((?P<orgs>(?:{orgs})(?:\s*/\s*(?:{orgs}))*)"
        rf"(?:\s+[a-z]+\s*-?)?\s+(?:{_MONTHS}\s+)?(?:19|20)\d\d\)",
        re.M,
    )
    cited_lines: set[int] = set()
    for m in cited.finditer(doc.text):
        cited_lines.add(doc.text.rfind("\n", 0, m.start("title")) + 1)
        title = m.group("title").strip(" -–")
        pub = read_group(doc, {"kind": "publication"}, title, m.start())
        if pub is None:
            continue
        for org_name in re.split(r"\s*/\s*", m.group("orgs")):
            org = doc.resolver.body(org_name)
            if org is not None:
                doc.add(org, "produces", pub, m.start("title"), m.end(), "citation.publisher", 0.8)
    leading = re.compile(
        rf"^[ \t]*(?:- )?(?P<title>(?P<org>{orgs}|[A-Z][A-Za-z ]+? PCC) [A-Z][^()\n–]{{4,150}}?)"
        rf"\s*(?:[–—]|\(|$)",
        re.M,
    )
    for m in leading.finditer(doc.text):
        if doc.text.rfind("\n", 0, m.start("title")) + 1 in cited_lines:
            continue
        title = m.group("title").strip()
        if not is_publication(title):
            continue
        org = read_group(doc, {"kind": "agent"}, m.group("org"), m.start())
        pub = read_group(doc, {"kind": "publication"}, title, m.start())
        if org is not None and pub is not None:
            doc.add(org, "produces", pub, m.start("title"), m.end("title"), "citation.named_publisher", 0.75)


def named_after_body(doc: ExtractionDoc) -> None:
    """A publication whose name starts with a body's name ("Prevent Strategy Group Action Plan") is that
    body's,
    unless the document already says who produced it."""
    produced = {f.object.iri for f in doc.facts if f.relation == "produces" and f.object is not None}
    for fact in list(doc.facts):
        for entity in (fact.subject, fact.object):
            if entity is None or entity.kind != "publication" or entity.iri in produced:
                continue
            words = entity.name.split()
            for cut in range(len(words) - 1, 1, -1):
                prefix, rest = " ".join(words[:cut]), " ".join(words[cut:])
                if (
                    is_body_name(prefix)
                    and words[cut - 1] not in PUBLICATION_HEADS
                    and len(words) - cut <= 4
                    and is_publication(rest)
                ):
                    body = doc.resolver.body(prefix)
                    if body is not None:
                        doc.add(
                            body,
                            "produces",
                            entity,
                            fact.start,
                            fact.end,
                            "publication.named_after_body",
                            0.7,
                        )
                    break


_UPDATE_ITEM = re.compile(
    r"^[ \t]*\d{1,4}\.?\s+(?P<title>[^\n]*\b(?:Member Updates?|Updates? from|Chairs?'? Updates?|"
    r"Panel Updates?|Committee Updates?)\b[^\n]*)$",
    re.M | re.I,
)
_NEXT_ITEM = re.compile(r"^[ \t]*\d{1,4}\.?\s+[A-Z]", re.M)


def member_updates(doc: ExtractionDoc) -> None:
    """Under a "Member Update" item, each heading naming a panel or committee is that body's update to the
    meeting."""
    if doc.body is None:
        return
    for item in _UPDATE_ITEM.finditer(doc.text):
        nxt = _NEXT_ITEM.search(doc.text, item.end())
        end = nxt.start() if nxt else len(doc.text)
        for line in re.finditer(r"^[ \t]*(?P<name>[A-Z][^\n.]{5,100})$", doc.text[item.end() : end], re.M):
            name = re.sub(r"\s+", " ", line.group("name")).strip()
            if not is_body_name(name) or not re.search(r"Panel|Committee|Board|Group", name):
                continue
            start = item.end() + line.start("name")
            after = doc.text[start : start + 400]
            if not re.search(r"\b(?:Chair(?:man)?|Panel|Committee|Board)\b", after[len(name) :]):
                continue
            body = doc.resolver.body(name)
            if body is not None:
                doc.add(
                    body,
                    "reports_to",
                    doc.body,
                    start,
                    min(end, start + len(name) + 200),
                    "structure.member_update",
                    0.7,
                )
