"""Who wrote the paper: a council report's head block names its writer ("Report author: Jo Lee, Community Safety
Manager", "Report of: Director of Place", "Report Owner: Cabinet Member for Housing") and its title ("Title:",
"Report title:", "Subject:", or the name of the report's PDF linked under a decision record). The writer, a person
or, when no one is named, a post, produces the paper.

Only the head block is read (the lines before the paper's first numbered section, and never far in): a label
deep in the text belongs to something the paper quotes. A head block without a title names no paper to attach
the writer to, and gives nothing.
"""

from __future__ import annotations

import re
from functools import cache

from ...graph.model import Entity
from ..gazetteer import _yaml
from ..layout import Line
from ..mentions import Mention
from ..resolve import tidy
from . import ExtractionDoc, reads

# the head block ends at the first numbered section, and is never longer than this many lines
_HEAD_LINES = 45
# "pdf icon PDF 164 KB   Report to Cabinet - Community Safety Grants 2024-25": a linked report's name
_PDF_LINK = re.compile(r"(?i)^\s*pdf icon\s+PDF\s+[\d.]+\s*[KM]B\s+(?P<title>\S.*?)\s*$")
_REPORT = re.compile(r"(?i)\breport\b")


@cache
def _labels(key: str) -> frozenset[str]:
    return frozenset(label.casefold() for label in _yaml("layout.yaml")[key])


@reads()
def paper_writers(doc: ExtractionDoc) -> None:
    head = _head_fields(doc)
    titles = [line.value for line in head if _label_in(line, "paper_titles")]
    title = titles[0] if titles else _linked_report(doc)
    if not title:
        return
    writers = [line for line in head if _label_in(line, "paper_writers")]
    if not writers:
        return
    paper = _paper(doc, title)
    for line in writers:
        for writer in _writers(doc, line):
            doc.add(writer, "produces", paper, line.start, line.end, "paper:writer", 0.8)


def _head_fields(doc: ExtractionDoc) -> list[Line]:
    """The field lines of the paper's head block."""
    found = []
    for line in doc.layout.lines[:_HEAD_LINES]:
        if line.kind == "heading" and line.number:
            break
        if line.kind == "field" and line.value:
            found.append(line)
    return found


def _label_in(line: Line, key: str) -> bool:
    """LINE's label is one of the lexicon's KEY labels; a bilingual label ("Teitl / Title") by either side."""
    label = (line.label or "").casefold().strip()
    known = _labels(key)
    return label in known or any(side.strip() in known for side in label.split(" / "))


def _linked_report(doc: ExtractionDoc) -> str | None:
    """The name of the first report linked in the head block, where no field gives the title (a decision record
    names the report its decision was taken on in the link under it)."""
    for line in doc.layout.lines[:_HEAD_LINES]:
        m = _PDF_LINK.match(" ".join(line.text.split()))
        if m and _REPORT.search(m.group("title")):
            return m.group("title")
    return None


def _paper(doc: ExtractionDoc, title: str) -> Entity:
    name = tidy(title)
    if name.isupper():  # "SUBJECT: COMMUNITY SAFETY GRANTS REGISTER": written in capitals, named in sentence case
        name = name[0] + name[1:].lower()
    paper = doc.resolver.remember(Entity("publication", name))
    # a paper another rule named first ("... Annual Review" without the title's dash) is known by the title too
    return doc.resolver.remember(paper, name) if paper.name != name else paper


def _writers(doc: ExtractionDoc, line: Line) -> list[Entity]:
    """The people a writer's field names, or the post it names when it names no one."""
    start, end = line.value_start or line.end, line.end
    people = [m for m in doc.mentions(start, end, expect_person=True) if m.kind == "person"]
    if people:
        return [doc.resolver.person(m) for m in people]
    value = " ".join(doc.text[start:end].split())
    return [doc.resolver.post_named(tidy(value), written=value)] if value and _post_like(doc, start, end) else []


def _post_like(doc: ExtractionDoc, start: int, end: int) -> bool:
    """The value reads as a post: it opens with a capital, holds no body's name at its start and no date or number."""
    value = doc.text[start:end].strip()
    if not value[:1].isupper() or re.search(r"\d", value):
        return False
    first: Mention | None = next(iter(doc.mentions(start, end)), None)
    return first is None or first.kind != "body" or first.start > start + 2
