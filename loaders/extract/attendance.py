"""Attendance blocks of minutes (Present, Also attended, Attending for this item, Apologies), the roles and
affiliations written after each name, chair markers, and people named with their post elsewhere."""

from __future__ import annotations

import re

from ...graph.model import Entity
from ..gazetteer import posts
from ..resolve import has_post_head, is_body_name, is_post_name, looks_like_person, split_title
from . import ExtractionDoc

_HON = (
    r"(?:Mr|Mrs|Ms|Miss|Mx|Dr|Cllrs?\.?|Councillors?|Prof\.?|Professor|Sir|Dame|Revd?|Chief Supt\.?|Ch "
    r"Supt\.?|"
    r"Chief Insp\.?|Ch Insp\.?|Det Insp\.?|DCI|DI|PC|PCSO|"
    r"Supt\.?|Chief Superintendent|Superintendent|Chief Inspector|Inspector|Insp\.?|Sergeant|Sgt\.?|"
    r"Chief Constable|Det Supt\.?)"
)
PERSON_AT = re.compile(
    rf"(?:{_HON}\s+)*(?:(?:[A-Z]\.?\s+){{1,3}}(?:Mc|Mac|O')?[A-Z][a-zA-Z'’\-]+"
    rf"|[A-Z][a-z]+(?:\s+[A-Z]\.?)?\s+(?:Mc|Mac|O')?[A-Z][a-zA-Z'’\-]+(?:-[A-Z][a-z]+)?"
    rf"|(?<=\b)(?:Cllr\.?|Councillor|Mr|Mrs|Ms|Dr)\s+[A-Z][a-zA-Z'’\-]+)"
)

BLOCK_HEADERS = (
    (
        re.compile(r"^[ \t*]*(?:Present|Members present|Councillors present)\s*[:\-]?[ \t]*", re.I | re.M),
        "present",
    ),
    (re.compile(r"^[ \t*]*Attendance\s*[:\-]?[ \t]*$", re.I | re.M), "present"),
    (
        re.compile(
            r"^[ \t*]*(?:Also (?:attended|attending|present|in attendance)|In attendance|Officers "
            r"(?:present|in attendance)|Officers(?=\s*:)|Attending for this item|Others present)\s*[:\-]?[ "
            r"\t]*",
            re.I | re.M,
        ),
        "also",
    ),
    (
        re.compile(
            r"^[ \t*]*Apologies(?: for absence)?(?: were| was)?(?: received| submitted| given| tendered)?"
            r"(?: from| by| on behalf of)?\s*[:\-]?[ \t]*"
            r"(?:Apologies (?:for absence )?(?:were|was) (?:received|submitted|given|tendered) "
            r"(?:from|by|on behalf of)\s*)?",
            re.I | re.M,
        ),
        "apologies",
    ),
)
CHAIR_MARK = re.compile(
    r"\((?P<role>Chair(?:man|woman|person)?|Vice[- ]Chair(?:man|woman|person)?|In the Chair)\)", re.I
)
_STOP_LINE = re.compile(r"^\s*(?:\d{1,4}\.?\s+[A-Z]|PART\b|Available Papers|Minutes\b|Agenda\b)", re.I)
_PROSE = re.compile(
    r"\b(?:was|were|is|are|had|has|asked|informed|received|noted|agreed|resolved|explained)\b"
)


def find_people(block: str) -> list[re.Match[str]]:
    """Person names in an attendance block, tried at every word start so "Architect John Campion" splits."""
    found: list[re.Match[str]] = []
    pos = 0
    while pos < len(block):
        m = PERSON_AT.match(block, pos)
        if m and _accept(m.group(0)):
            found.append(m)
            pos = m.end()
            continue
        nxt = re.search(r"[\s,;()\t–-]+", block[pos:])
        if not nxt:
            break
        pos += nxt.end()
    return found


def _accept(name: str) -> bool:
    honorific, rest, rank = split_title(name)
    if (honorific or rank) and re.fullmatch(
        r"(?:[A-Z]\.?\s+)*[A-Z][a-zA-Z'’\-]+(?:\s+[A-Z][a-zA-Z'’\-]+)?", rest
    ):
        return not is_body_name(rest) and not is_post_name(rest)
    return looks_like_person(name)


def _block_spans(text: str) -> list[tuple[str, int, int, int]]:
    """(kind, header start, block start, block end) of each attendance block."""
    heads = []
    for pattern, kind in BLOCK_HEADERS:
        for m in pattern.finditer(text):
            heads.append((m.start(), m.end(), kind))
    heads.sort()
    spans = []
    for i, (hstart, hend, kind) in enumerate(heads):
        limit = heads[i + 1][0] if i + 1 < len(heads) else len(text)
        end = hend
        pos = hend
        seen_entry = False
        sentence_form = bool(
            re.search(r"(?:received|submitted|given)\s+(?:from|by)\s*$", text[hstart:hend], re.I)
        )
        for line_m in re.finditer(r"[^\n]*\n?", text[hend:limit]):
            line = line_m.group(0)
            if not line:
                break
            stripped = line.strip()
            if not stripped:
                pos = hend + line_m.end()
                if sentence_form and seen_entry:
                    break
                continue
            if seen_entry and (_STOP_LINE.match(stripped) or not find_people(stripped)):
                break
            if _PROSE.search(stripped) and len(stripped.split()) > 8 and not seen_entry:
                break
            if _PROSE.search(stripped) and seen_entry:
                break
            seen_entry = True
            pos = hend + line_m.end()
            end = pos
            if sentence_form:
                break
        if seen_entry:
            spans.append((kind, hstart, hend, end))
    return spans


def attendance_blocks(doc: ExtractionDoc) -> None:
    """Attendance and apologies (when the meeting's body is known) and each entry's roles (always)."""
    text = doc.text
    for kind, _hstart, bstart, bend in _block_spans(text):
        block = text[bstart:bend]
        people = find_people(block)
        for i, m in enumerate(people):
            desc_end = people[i + 1].start() if i + 1 < len(people) else len(block)
            entry_start, entry_end = bstart + m.start(), bstart + desc_end
            person = doc.resolver.person(m.group(0))
            desc = block[m.end() : desc_end]
            if "\n" in desc.strip("\n"):
                desc = desc.lstrip("\n").split("\n", 1)[0]  # one entry per line when the list is laid out so
            relation = "apologies" if kind == "apologies" else "attended"
            qualifier = {"present": "Present", "also": "Also attended", "apologies": None}[kind]
            if doc.body is not None:
                doc.add(
                    person,
                    relation,
                    doc.body,
                    entry_start,
                    bstart + m.end() + len(desc.rstrip(" ,;\n\tand")),
                    f"attendance.{kind}",
                    0.95,
                    qualifier=qualifier,
                )
            describe(doc, person, m.group(0), desc, entry_start, entry_end, chair_target=doc.body)


_SEG_SPLIT = re.compile(r"\s*,\s*|\s*\(\s*|\s*\)\s*|\s+[–—-]\s+|\s+(?:from|at) (?=[A-Z])")


def describe(
    doc: ExtractionDoc,
    person: Entity,
    written: str,
    desc: str,
    start: int,
    end: int,
    chair_target: Entity | None,
    rule: str = "attendance.role",
) -> None:
    """Facts from the words after a name: chair markers, rank, post, organisation."""
    _, _, rank = split_title(written)
    if rank:
        doc.add(person, "holds_post", doc.resolver.post(rank), start, end, f"{rule}.rank", 0.85)
    desc = re.sub(r"\s+and\s*$|[,;.\s]+$", "", desc.strip())
    desc = re.sub(r"^[,;:\s–—-]+", "", desc)
    if not desc:
        return
    mark = CHAIR_MARK.search(desc)
    if mark and chair_target is None:
        desc = (desc[: mark.start()] + desc[mark.end() :]).strip(" ,")  # a chair of an unknown meeting
    elif mark:
        vice = mark.group("role").lower().startswith("vice")
        doc.add(person, "vice_chair" if vice else "chairs", chair_target, start, end, f"{rule}.chair", 0.95)
        desc = (desc[: mark.start()] + desc[mark.end() :]).strip(" ,")
    m = re.match(r"^(?:Chair(?:man)?|Vice[- ]Chair(?:man)?)\s*(?:[–—-]|of|,)\s*(?P<body>.+)$", desc)
    if m:
        body = doc.resolver.body(m.group("body"))
        if body is not None:
            vice = desc.lower().startswith("vice")
            doc.add(person, "vice_chair" if vice else "chairs", body, start, end, f"{rule}.chair_of", 0.9)
        return
    segments = [s for s in _SEG_SPLIT.split(desc) if s and s.strip()]
    post_parts: list[str] = []
    orgs: list[tuple[str, bool]] = []  # (name, separated by punctuation)
    for seg in segments:
        seg = seg.strip(" ,;")
        rep = re.match(r"^(?P<post>.+?\b(?:Representative|Member|Rep)) (?:on|of) (?P<body>.+)$", seg)
        if rep and is_body_name(rep.group("body")):
            post_parts.append(seg)
            orgs.append((rep.group("body"), True))
            continue
        if has_post_head(seg) and not post_parts:
            head, tail = _split_post_org(seg)
            post_parts.append(head)
            if tail:
                orgs.append((tail, False))
        elif is_body_name(seg):
            orgs.append((seg, True))
    if post_parts:
        post_name = post_parts[0]
        # "Lead Manager, Children's Services, X Trust": a department between post and employer is the post's
        if len(orgs) >= 2 and orgs[0][1] and re.search(r"Services?$|Department$|Directorate$", orgs[0][0]):
            post_name = f"{post_name}, {orgs[0][0]}"
            orgs = orgs[1:]
        doc.add(person, "holds_post", doc.resolver.post(post_name), start, end, f"{rule}.post", 0.9)
    for name, separated in orgs:
        if not separated:
            continue
        body = doc.resolver.body(name)
        if body is not None and body != doc.body:
            doc.add(person, "member_of", body, start, end, f"{rule}.affiliation", 0.8)


def _split_post_org(seg: str) -> tuple[str, str | None]:
    """ "Deputy Police and Crime Commissioner West Mercia Police" -> (post, organisation)."""
    heads = posts().heads
    best = None
    for head in heads:
        for m in re.finditer(rf"\b{re.escape(head)}\b", seg):
            if best is None or m.end() > best:
                best = m.end()
    if best is None or best >= len(seg):
        return seg, None
    tail = seg[best:].strip()
    if is_body_name(tail) and tail[:1].isupper():
        return seg[:best].strip(), tail
    return seg, None


# "Cllr Udall (Lead member for Crime and Disorder) explained", "Tim Rice, Senior Practitioner, said"
_SPEAKER = re.compile(
    rf"(?P<person>(?:{_HON})\s+[A-Z][a-zA-Z'’\-]+(?:\s+[A-Z][a-zA-Z'’\-]+)?)\s*\((?P<post>[^()\n]{{4,80}})\)"
)
_IN_ROLE = re.compile(
    rf"(?P<person>(?:{_HON})\s+[A-Z][a-zA-Z'’\-]+)[^.\n]{{0,80}}?\bin (?:his|her|their) (?:role|capacity) as "
    r"(?:the )?(?P<post>[A-Z][^,.;\n]{3,80})"
)


def speaker_roles(doc: ExtractionDoc) -> None:
    for pattern, rule in ((_SPEAKER, "speaker.post"), (_IN_ROLE, "speaker.in_role")):
        for m in pattern.finditer(doc.text):
            post = m.group("post").strip()
            if CHAIR_MARK.fullmatch(f"({post})") or not is_post_name(post) or is_body_name(post):
                continue
            person = doc.resolver.person(m.group("person"))
            doc.add(person, "holds_post", doc.resolver.post(post), m.start(), m.end(), rule, 0.85)
            if rule == "speaker.post" and doc.body is not None and doc.meta.doc_type == "minutes":
                doc.add(person, "attended", doc.body, m.start(), m.end(), "speaker.attended", 0.75)


_PRESENTER = re.compile(
    r"(?:presentation|report|update|briefing) (?:was given |was received )?(?:from|by) (?P<entry>"
    r"(?P<person>[A-Z][a-z]+ (?:[A-Z]\.? )?[A-Z][a-zA-Z'’\-]+)(?P<desc>(?:, "
    r"[A-Z][^,.\n]{2,80}){1,3}?))(?:, on\b|\.|;)"
)


def presenters(doc: ExtractionDoc) -> None:
    if doc.body is None:
        return
    for m in _PRESENTER.finditer(doc.text):
        if not looks_like_person(m.group("person")):
            continue
        person = doc.resolver.person(m.group("person"))
        doc.add(person, "attended", doc.body, m.start("entry"), m.end("entry"), "presenter.attended", 0.8)
        describe(
            doc,
            person,
            m.group("person"),
            m.group("desc"),
            m.start("entry"),
            m.end("entry"),
            None,
            rule="presenter.role",
        )


_CONTACT_HEAD = re.compile(
    r"^[ \t]*(?:Specific )?Contact(?: Points?| Officers?| details)?(?: for this report)?\s*:?\s*$",
    re.I | re.M,
)
_CONTACT_LINE = re.compile(
    r"^[ \t]*(?P<person>[A-Z][a-z]+ (?:[A-Z]\.? )?[A-Z][a-zA-Z'’\-]+)[.,]\s+(?P<desc>[A-Z][^\n]+)$", re.M
)


def contacts(doc: ExtractionDoc) -> None:
    for head in _CONTACT_HEAD.finditer(doc.text):
        region = doc.text[head.end() : head.end() + 400]
        for m in _CONTACT_LINE.finditer(region):
            if not looks_like_person(m.group("person")):
                continue
            desc = re.sub(r"\(?\d[\d() ]{6,}.*$|Email:.*$|Tel:.*$", "", m.group("desc")).strip()
            person = doc.resolver.person(m.group("person"))
            start = head.end() + m.start()
            describe(
                doc,
                person,
                m.group("person"),
                desc,
                start,
                start + len(m.group(0).rstrip()),
                None,
                rule="contact.role",
            )
