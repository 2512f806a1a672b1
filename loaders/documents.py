"""The loader for council documents (.txt, .md, .html, .pdf, .docx): read, clean, date, extract.

read_document is what the registry calls; everything it returns comes from one file, and any problem with
that file raises LoadError naming it, so nothing from a bad file reaches the store.
"""

from __future__ import annotations

import gc
import re
from pathlib import Path

from ..errors import LoadError
from ..graph.model import SourceDocument
from . import DOCUMENT_LOADER, DOCUMENT_MAX_BYTES, LoadContext, content_hash, placenames, register_loader
from .cleaning import clean
from .extract import ExtractionDoc, extract
from .formats import READERS
from .layout import Line, read_layout
from .lexicon import heads, topic_teams
from .lexicon import layout as layout_words
from .mentions import Mention
from .metadata import Metadata, coerce_date, contracted_title, read_metadata, sidecar
from .resolve import _STRUCTURAL_WORDS, DocContext, Resolver

LOADER = DOCUMENT_LOADER
MAX_BYTES = DOCUMENT_MAX_BYTES


# Read by warm_up: a body, a person with a title, a post, a place, a topic, money and a relation trigger, so that
# every word list and index a paper can need, and the national gazetteer, is loaded by it.
_WARM_UP_TEXT = (
    "Minutes of the Rutland Community Safety Partnership held on 3 May 2021\n\n"
    "Present: Cllr A Smith (Chair), Head of Community Safety, Rutland County Council\n\n"
    "1. Domestic abuse\n\n"
    "The Partnership is chaired by the Chief Executive and reports to the Police and Crime Commissioner, "
    "who awarded £10,000 to the Safer Rutland Project (SRP) for anti-social behaviour work.\n"
)


def warm_up() -> None:
    """Load once what every paper's reading uses (the word lists, the national gazetteer, the ontology) by reading
    a short paper written for it, then move everything the process holds so far into the collector's permanent
    generation (gc.freeze). Those objects live as long as the process; left where they are, every full
    collection walks all of them again, about a twentieth of the CPU of a first pass over the development corpus
    (50 ms of 1 s; 16 ms once frozen). For a process that reads many papers, before the first: the parse worker
    (loaders/isolation.py) calls it."""
    document_from_text("warm-up", "warm-up", clean(_WARM_UP_TEXT), "0" * 64)
    topic_teams()  # a word list the warm-up paper does not reach (a clause's actor named for a team's field)
    gc.freeze()


def document_from_text(
    key: str,
    source: str,
    text: str,
    sha256: str,
    *,
    date_hint: object = None,
    overrides: dict | None = None,
    area_hint: str | None = None,
    warnings: list[str] | None = None,
) -> SourceDocument:
    """A SourceDocument with the facts extracted from already-cleaned TEXT."""
    overrides = overrides or {}
    warnings = list(warnings or [])
    meta = read_metadata(text)
    _apply(meta, overrides, area_hint, source)
    if meta.date is None and date_hint:
        meta.date, meta.date_precision = coerce_date(date_hint, source)
    ctx = DocContext(area=meta.area, council=meta.council, body=meta.body, police_area=meta.police_area,
                     places=meta.places)
    resolver = Resolver(text, ctx)
    doc = ExtractionDoc(text=text, meta=meta, layout=read_layout(text), resolver=resolver, date=meta.date)
    resolver.set_headings(doc.layout.lines)
    resolver.minutes = meta.doc_type == "minutes"
    owned = _titled_board(meta.title, meta.body)
    if owned is not None:
        resolver.body = resolver.body_named(owned, written=meta.body)
    if resolver.body is None:
        resolver.body = _council_meeting(doc)
    if resolver.body is None:
        resolver.body = head_body_entity(doc)
    if resolver.body is None and meta.url_body:
        resolver.body = resolver.body_named(meta.url_body)
    if resolver.body is None:
        resolver.body = introduced_body(doc)
        resolver.body_inferred = resolver.body is not None
    if resolver.body is None:
        resolver.body = dominant_body(doc)
        # a body read from how often the text names it (or from a title line, below): the paper's subject, which on
        # a council meeting system's page is what the committee discussed rather than who met
        resolver.body_inferred = resolver.body is not None
    facts = extract(doc)
    # the document's council and body carry every alias the text gave them
    entities = {e.iri: e for e in resolver.entities}
    council = entities.get(resolver.council.iri) if resolver.council else None
    body = entities.get(resolver.body.iri) if resolver.body else None
    out = SourceDocument(
        key=key,
        source=source,
        text=text,
        sha256=sha256,
        loader=LOADER,
        doc_type=meta.doc_type,
        title=meta.title,
        date=meta.date,
        date_precision=meta.date_precision,
        council=council,
        body=body,
        area=meta.area,
        facts=facts,
        entities=list(entities.values()),
        warnings=warnings,
    )
    if meta.date is None:
        out.warnings.append("no meeting date in the text; give one with --date or a .meta.yaml sidecar")
    return out


_MEETING_OF = re.compile(r"\b(?:meeting|proceedings|minutes|notes) of (?:a meeting of )?the (?P<head>[A-Z][a-z]+)\b")
_JOINT = re.compile(r"\s?/\s?[A-Z][\w&'’-]*(?: (?:and |& |of |the )?[A-Z][\w&'’-]*){0,6}\s*$")
# where a meeting was held, a video call's included ("2pm, MS Teams"), or a web page's furniture: no body's line
_VENUE = re.compile(r"\b(?:Venue|Chamber|Room|Hall|Civic Centre|Hotel|Suite|House|Street|Road|logo|Skip to|Home|"
                    r"Menu|Toggle|Search|Cookies?|(?:MS|Microsoft) Teams|Zoom|Webex)\b")
_HEAD_ACRONYM = re.compile(r"\b[A-Z][A-Z&]{2,8}s?\b")
# the first item of an agenda, or the agenda's own column heads ("No. Item", "Items")
_AGENDA_START = re.compile(r"^\s*(?:\d{1,3}[.)]?\s+[A-Z]|(?:No\.?\s+)?Items?\s*$)")


# a council's own meeting named on a head line of its own: "CABINET - 15 JULY 2024", "Cabinet, 15 July 2024"
_COUNCIL_MEETING = re.compile(r"^\s*(?:the\s+)?(cabinet|executive)\b\s*(?:(?:[-–,:]|meeting)\s*(?:\S.*\d{4})?)?\s*$",
                              re.I)


def _council_meeting(doc: ExtractionDoc):
    """The council's cabinet (or executive) when the paper's head names that meeting alone under the council, on
    a line of its own, as a decision record's maker ("Decision maker: Cabinet") or in the record's title ("Record
    of Cabinet Decision")."""
    council = doc.resolver.council
    if council is None:
        return None
    for line in doc.layout.lines[:20]:
        m = _COUNCIL_MEETING.match(line.text) or _cabinet_record(line)
        if m:
            word = next(g for g in m.groups() if g).title()
            return doc.resolver.body_named(f"{council.name} {word}", written=word)
    return None


# the labels under which a decision record names who took the decision, or a paper the meeting it went to
_MAKER_LABEL = re.compile(r"(?i)^(?:decision[ -]?(?:maker|taker|taken by|made by)|decision-making body|meeting|"
                          r"committee)$")
_MAKER_VALUE = re.compile(r"(?i)^(?:the\s+)?(cabinet|executive)\.?$")
# "Record of Cabinet Decision", "Cabinet Decision Notice", "Notice of Cabinet Decisions": the record of what the
# cabinet decided (a report headed "Cabinet decision" asks for one, and is about what it reports on). Only the
# cabinet, as an "executive decision" is as often one member's
_CABINET_RECORD = re.compile(r"(?i)^\s*(?:(?:record|notice)s? of (?:the )?(cabinet) decisions?|"
                             r"(cabinet) decisions? (?:notice|record)s?)\s*$")


def _cabinet_record(line: Line) -> re.Match[str] | None:
    if line.kind == "field" and _MAKER_LABEL.match((line.label or "").strip()):
        return _MAKER_VALUE.match(line.value)
    return _CABINET_RECORD.match(line.text)


def head_body_entity(doc: ExtractionDoc):
    """The meeting's body when the head names it only as "the Partnership" plus an acronym ("SLCSP"), or in
    the title lines of minutes ("Safer York Partnership / Drug Action Team" above "Board Meeting")."""
    from .lexicon import acronyms

    r = doc.resolver
    head_end = min(len(doc.text), 900)
    head = doc.text[:head_end]
    wanted = _MEETING_OF.search(head)
    if wanted:
        head_noun = wanted.group("head")
        for m in _HEAD_ACRONYM.finditer(head):
            if m.group(0) in acronyms():
                continue  # a generic acronym ("CSP") names no particular body
            found = r.acronym(m.group(0))
            if found is not None and found.kind == "body" and found.name.endswith(head_noun):
                return found
        found = r.back_reference(head_noun, head_end)
        return found if found is not None and found is not r.council else None
    if doc.meta.doc_type != "minutes":
        titled = _title_body(doc)
        r.body_inferred = titled is not None  # the body a paper's title is about
        return titled
    for m in _HEAD_ACRONYM.finditer(head[:300]):
        if m.group(0) not in acronyms():
            found = r._place_acronym(m.group(0))  # "DCSP Agenda": Dacorum + CSP
            if found is not None:
                return found
    subject = _meeting_subject(doc)
    if subject is not None:
        return subject
    seen = 0
    for line in doc.layout.lines:
        if line.kind == "blank" or line.text.lower().startswith("source:"):
            continue
        seen += 1
        if seen > 4:
            break
        if _VENUE.search(line.text) or (line.kind == "field" and (line.label or "").casefold() in (
                "contact", "contact officer", "email", "tel", "telephone", "author", "report author")):
            continue
        if layout_words().attendance_re.match(line.content) or _AGENDA_START.match(line.text):
            # "Present: ..., Jo Lee (Cheshire Police)": whom people came from; "1. Safer Gateshead Partnership
            # annual report": what the meeting took. Either way the head has ended
            break
        for m in doc.mentions(line.content_start, line.end):
            if m.kind == "body" and not m.back_ref and len(m.name.split()) >= 2:
                joint = _JOINT.match(doc.text, m.end, line.end)
                if joint:
                    # "Safer York Partnership/Drug Action Team": one body with a joint name
                    r.body_inferred = True  # a title line's body, perhaps the item a committee took
                    return r.body_named(doc.text[m.start : joint.end()].strip(), written=m.name)
                found = r.entity(m)
                if found is not None and found is not r.council:
                    r.body_inferred = True
                    return found
    return None


# the heads of the bodies a paper is written by or for; a council, a force or a service is what it talks about
_GOVERNANCE_HEADS = frozenset({"Partnership", "Board", "Panel", "Group", "Committee", "Forum", "Executive",
                               "Partnerships", "Alliance", "Network"})


def dominant_body(doc: ExtractionDoc):
    """A paper that never names its body in its head, but is plainly about one partnership: the governance
    body named (in full or by the acronym defined beside it) at least three times and twice as often as any
    other."""
    from collections import Counter

    counts: Counter[str] = Counter()
    found = {}
    by_acronym: dict[str, str] = {}
    acronym_uses: Counter[str] = Counter()
    for _, (start, end) in doc.layout.sentences():
        for m in doc.mentions(start, end):
            if m.kind == "name" and m.head == "acronym":
                acronym_uses[m.name] += 1
                continue
            if m.kind != "body" or m.head not in _GOVERNANCE_HEADS or len(m.name.split()) < 2:
                continue
            key = m.name.casefold()
            full = doc.resolver.defined_name(m.name) if len(m.name.split()) == 2 else None
            if full is not None and full.casefold() != key:
                key = full.casefold()  # 'X ("the VAWG Board")': the short name counts for the body it stands for
                if key not in found:
                    continue  # counted once its full name has been met
            elif m.back_ref and m.place is None and len(m.name.split()) < 3:
                continue  # "the Partnership Board": a reference, not a name
            counts[key] += 1
            found.setdefault(key, m)
            if m.acronym:
                by_acronym[m.acronym] = key
    for acronym, key in by_acronym.items():
        counts[key] += acronym_uses.get(acronym, 0)
    ranked = counts.most_common(2)
    if not ranked or ranked[0][1] < 3 or (len(ranked) > 1 and ranked[0][1] < 2 * ranked[1][1]):
        return None
    e = doc.resolver.entity(found[ranked[0][0]])
    return e if e is not None and e.kind == "body" and e is not doc.resolver.council else None


_PAPER_WORDS = re.compile(r"(?i)^\W*(?:(?:draft|revised|final)\s+)?(?:terms of reference|constitution|"
                          r"membership|governance(?: arrangements| structure)?|annual report|report|strategy|"
                          r"action plan|business plan|partnership plan|protocol|structure)\b.{0,40}$"
                          # "Youth Justice Strategic Plan 2024-25": a short title that ends in what the paper is
                          # "Multi-Agency Safeguarding Arrangements", "Community Safety Agreement 2025-2028"
                          r"|^(?:[A-Z][\w'’-]* ){0,5}(?:Plan|Strategy|Report|Review|Terms of Reference|Arrangements|"
                          r"Agreement|Framework|Protocol|Charter)"
                          r"(?: (?:19|20)\d\d(?:\s?[-–/]\s?\d{2,4})?)?"
                          # the title's tail: "- revised September 2024", a page mark "[page 7]", the same title
                          # in a second language after " / "
                          r"(?:\s+[-–|]\s+(?:revised|updated|amended|approved|draft|version)\b[^\n]{0,40}|"
                          r"\s+\[page \d+\]|\s+/\s+[^\n/]{3,60})?\s*$")


# "Terms of Reference of the Safer Dorset Partnership"
_PAPER_OF = re.compile(r"(?i)\W*(?:(?:draft|revised|final)\s+)?(?:terms of reference|constitution|membership|"
                       r"governance(?: arrangements)?|annual report|strategy|protocol)\s+(?:of|for)\s+(?:the\s+)?")


# a web page's breadcrumb or menu under its title: "Home > Community safety > ...", "Home | About us | News"
_NAV_LINE = re.compile(r"^\s*Home\s*(?:>|\||»|/|›)\s*\w[^\n]*(?:>|\||»|/|›)")


# a page's breadcrumb set under its title without the "Home" crumb: "About us > Working in partnership"; short
# crumbs, each capitalised, joined by arrows only (a bar or slash joins menus and table cells too)
_CRUMB = r"[A-Z][\w,'’&-]*(?: [\w,'’&-]+){0,5}"
_CRUMB_LINE = re.compile(rf"^\s*{_CRUMB}(?:\s*[>»›]\s*{_CRUMB})+\s*$")


def _crumbs_end_in(line: str, name: str) -> bool:
    """A site's breadcrumb trail ("Home > Public health > Salford Combating Drugs Partnership") that ends in
    NAME, set above it: the page's own title, under the council's banner, is the body the page is about."""
    if not _NAV_LINE.match(line):
        return False
    last = re.split(r"\s*(?:>|\||»|/|›)\s*", line.strip())[-1]
    return last.casefold() == name.casefold()


def _host_names(url: str | None, name: str) -> bool:
    """The web site's host spells the name at the top of its page ("safersaltringham.org.uk" above "Safer
    Saltringham Partnership", "northdalecsp.org.uk" above "Northdale CSP"): the site is that body's own."""
    from urllib.parse import urlsplit

    if not url:
        return False
    host = (urlsplit(url).hostname or "").removeprefix("www.").split(".")[0].replace("-", "")
    words = [w.casefold() for w in re.findall(r"[A-Za-z]+", name)]
    if len(host) < 6 or len(words) < 2:
        return False
    return host in ("".join(words), "".join(words[:-1]), "".join(w[0] for w in words))


def _titled_board(title: str | None, body: str | None) -> str | None:
    """ "Safer Lincolnshire Partnership" as the title above "Strategic Board - Terms of Reference": the paper's
    body is the partnership's Strategic Board."""
    from .mentions import find_mentions

    if not title or not body or body.split()[-1] not in heads().needs_modifier or placenames.leading_place(body):
        return None
    found = find_mentions(title, 0, len(title))
    if len(found) != 1 or found[0].kind != "body" or found[0].name != title.strip() or len(title.split()) < 2:
        return None
    if found[0].name.split()[-1] == body.split()[-1] or body in title or placenames.council_named(title) or \
            title.split()[-1] == "Council":
        return None  # a council's page names its own bodies with its place already
    if any(w.casefold() not in _STRUCTURAL_WORDS for w in body.split()[:-1]):
        return None  # "Safer Shropshire Partnership" is a name of its own, not the title's board
    return f"{title.strip()} {body}"


def _owned_board(doc: ExtractionDoc, owner: Mention, line: Line | None):
    """ "Safer Lincolnshire Partnership" above "Strategic Board - Terms of Reference": the paper is the
    partnership's board's, named after the partnership."""
    if line is None:
        return None
    found = [m for m in doc.mentions(line.content_start, line.end) if m.kind == "body"]
    if not found or found[0].start != line.content_start or found[0].name.split()[-1] not in heads().needs_modifier:
        return None
    board = found[0].name
    if placenames.leading_place(board) or board.split()[-1] == owner.name.split()[-1]:
        return None  # a name of its own ("Lincolnshire Health and Wellbeing Board"), or the owner again
    rest = re.sub(r"^\s*[-–—:|]\s*", "", doc.text[found[0].end : line.end]).strip()
    if rest and not _PAPER_WORDS.match(rest):
        return None
    return doc.resolver.body_named(f"{owner.name} {board}", written=board)


def _cover_title_above(title: Line, line: Line, found: Mention) -> bool:
    """TITLE, a paper's title ("Community Safety Agreement 2025-2028"), stands above LINE, which names only a
    governance body, on a cover: the body that wrote the paper (a list's heading above a partner does not)."""
    return line.kind in ("heading", "text") and title.kind in ("heading", "text") and \
        not title.text.rstrip().endswith(":") and found.head in _GOVERNANCE_HEADS and \
        _PAPER_WORDS.match(title.text) is not None


def _title_body(doc: ExtractionDoc):
    """A paper whose first line is a body's name alone, above what the paper is ("Safer Dorset Partnership" /
    "Terms of Reference"), is that body's paper."""
    lines = [ln for ln in doc.layout.lines[:12] if ln.kind != "blank" and not ln.text.lower().startswith("source:")]
    for k, line in enumerate(lines[:3]):
        content = doc.text[line.content_start : line.end].strip(" :-–")
        found = [m for m in doc.mentions(line.content_start, line.end) if m.kind == "body" and not m.back_ref]
        if len(found) == 1 and content.startswith(found[0].name + " / "):
            # "Westby Youth Justice Service / <the same name in Welsh>": the name again in a second language, no body
            content = found[0].name
        named_alone = len(found) == 1 and found[0].name == content and (
            (k + 1 < len(lines) and (_PAPER_WORDS.match(lines[k + 1].text) or _NAV_LINE.match(lines[k + 1].text) or
                                      _CRUMB_LINE.match(lines[k + 1].text)))
            # a cover's title above the body that wrote it: "Community Safety Agreement 2025-2028" / "Safer
            # Communities Partnership"
            or (k > 0 and _cover_title_above(lines[k - 1], line, found[0]))
            or _host_names(doc.meta.url, content) or (k > 0 and _crumbs_end_in(lines[k - 1].text, content)))
        paper_of = len(found) == 1 and _PAPER_OF.fullmatch(doc.text[line.content_start : found[0].start]) and \
            not doc.text[found[0].end : line.end].strip(" .:")
        # "Northvale Prevent Board - Terms of Reference (approved 3 October 2023)"
        titled = bool(found) and found[0].start == line.content_start and _PAPER_WORDS.match(
            re.sub(r"^\s*[-–—:|]\s*", "", doc.text[found[0].end : line.end])) is not None and re.match(
            r"\s*[-–—:|]", doc.text[found[0].end : line.end]) is not None
        if (named_alone or paper_of or titled) and len(found[0].name.split()) >= 2:
            board = _owned_board(doc, found[0], lines[k + 1] if k + 1 < len(lines) else None)
            if board is not None:
                return board
            entity = doc.resolver.entity(found[0])
            if entity is not None and entity is not doc.resolver.council:
                return entity
        contracted = contracted_title(content)
        if contracted and k + 1 < len(lines) and _PAPER_WORDS.match(lines[k + 1].text):
            return doc.resolver.body_named(contracted, written=content)
    return _crumbed_title(doc, lines[:6])


def _crumbed_title(doc: ExtractionDoc, lines: list[Line]):
    """A web page's title under a breadcrumb trail that ends in it, below the site's banner and menu lines
    ("Community safety > Night-time economy > Eastwick Night-Time Economy Partnership" over that name): the body
    the page is about."""
    for above, line in zip(lines, lines[1:], strict=False):
        if not (_NAV_LINE.match(above.text) or _CRUMB_LINE.match(above.text)):
            continue
        content = doc.text[line.content_start : line.end].strip(" :-–")
        last = re.split(r"\s*(?:>|\||»|/|›)\s*", above.text.strip())[-1]
        found = [m for m in doc.mentions(line.content_start, line.end) if m.kind == "body" and not m.back_ref]
        if last.casefold() == content.casefold() and len(found) == 1 and found[0].name == content and \
                len(content.split()) >= 2:
            entity = doc.resolver.entity(found[0])
            if entity is not None and entity is not doc.resolver.council:
                return entity
    return None


# how far into a paper its opening paragraphs run: where a page or report that titles itself by kind or brand
# introduces its body by its full name
_OPENING_CHARS = 1500
# a title's brand before what the paper is: "Eastmoor Safe - Governance and Structure", "Safer Northdale: Our Plan"
_BRAND_TITLE = re.compile(r"^\s*(?P<brand>[A-Z][\w'’&-]*(?: [A-Z][\w'’&-]*){0,3})\s*[-–—:|]\s*\S")


# a brand of capitalised words with no head noun, as a page's title: "Safer Orlingham", "Eastmoor Together"
_BRAND_ALONE = re.compile(r"[A-Z][\w'’&-]*(?: (?:[A-Z][\w'’&-]*|and|&)){1,3}")
# what the paper says its brand is: "Safer Orlingham is the statutory community safety partnership"
_SAID_TO_BE = re.compile(r"\s+is\s+(?:the|a|an|our)\s+(?:[\w-]+\s+){0,4}?(?P<head>partnership|board|panel|committee|"
                         r"group|forum)\b", re.I)


def introduced_body(doc: ExtractionDoc):
    """The body a paper is about when its head names it only by kind ("Community Safety Partnership (CSP)"), by
    brand ("Eastmoor Safe - Governance and Structure") or not at all ("About us" on the body's own web site): the
    body its opening paragraphs name in full that the title's kind ends, the brand begins, or the site's host
    spells. None when two bodies fit: the paper's own body is never guessed."""
    from urllib.parse import urlsplit

    from .metadata import _is_chrome

    r = doc.resolver
    lines = [ln for ln in doc.layout.lines[:16] if ln.kind != "blank" and not ln.text.lower().startswith("source:")
             and not _is_chrome(ln.text.strip()) and not _NAV_LINE.match(ln.text) and not _CRUMB_LINE.match(ln.text)]
    if not lines:
        return None
    title = lines[0]
    start = title.start
    opening = [m for m in doc.mentions(start, min(len(doc.text), start + _OPENING_CHARS)) if m.kind == "body"]
    # a name in full: "The Eastwold Vale Community Safety Partnership", not "the Community Safety Partnership"
    full = [m for m in opening if len(m.name.split()) >= 2 and (not Resolver._generic(m.name) or m.place is not None)]
    fits: dict[str, object] = {}
    # the site's host spells the body: "eastmoorcsp.org.uk" above "About us" and "the Eastmoor CSP was set up"
    host = (urlsplit(doc.meta.url or "").hostname or "").removeprefix("www.").split(".")[0].replace("-", "")
    for m in full:
        # (a council's host spells its place: "towerhamlets.gov.uk" names none of the borough's bodies, its police
        # neither; the host of a governance body's own site spells the body, its kind or initials with it)
        spelt_whole = host == re.sub(r"\W", "", m.name).casefold()
        if _host_names(doc.meta.url, m.name) and _governance_named(m) and \
                (spelt_whole or not placenames.is_place(" ".join(m.name.split()[:-1]))):
            e = r.entity(m)
            if e is not None and e.kind == "body" and e is not r.council:
                fits[e.iri] = e
    if len(fits) == 1:
        return next(iter(fits.values()))
    if fits:
        return None
    content = re.sub(r"\s*\([A-Z][A-Za-z]{1,8}\)\s*$", "", doc.text[title.content_start : title.end].strip(" :-–#*"))
    alone = [m for m in opening if m.start < title.end and not m.back_ref]
    if title.kind == "heading" and not r.minutes and len(alone) == 1 and alone[0].name == content.removeprefix(
            "The ") and alone[0].head in _GOVERNANCE_HEADS and len(content.split()) >= 3 and \
            not Resolver._generic(content) and re.search(
                rf"\b(?:[Tt]he|[Tt]his|[Oo]ur)\s+{re.escape(content.split()[-1])}\b", doc.text[title.end :]):
        # "# Tamberley Safeguarding Children Partnership" over the page's sections, which speak of "the Partnership":
        # a body's name as the title of a page, a report or terms that are not a meeting's record, referred back to
        # by its kind, is the body the paper is about (a page that never says "the Partnership" may be news of it)
        e = r.entity(alone[0])
        if e is not None and e.kind == "body" and e is not r.council:
            return e
    again = doc.text.find(content, title.end, start + _OPENING_CHARS) if content else -1
    said = _SAID_TO_BE.match(doc.text, again + len(content), start + _OPENING_CHARS) if again >= 0 and \
        _BRAND_ALONE.fullmatch(content) and not placenames.is_place(content) else None
    if said is not None:
        # "Safer Orlingham" over "Safer Orlingham is the community safety partnership for ...": a brand with no head
        # noun, the body the paper says it is; "the partnership" then stands for it
        r.body_head = said.group("head").capitalize()
        return r.body_named(content)
    kind = [m for m in opening if m.start < title.end and Resolver._generic(m.name) and m.name == content and
            m.head in _GOVERNANCE_HEADS]
    brand = _BRAND_TITLE.match(content)
    for m in full:
        if m.start < title.end or m.head not in _GOVERNANCE_HEADS:
            continue
        if kind and m.name.casefold().endswith(" " + content.casefold()) or \
                brand and m.name.startswith(brand.group("brand") + " ") and \
                len(m.name.split()) > len(brand.group("brand").split()) and \
                _PAPER_WORDS.match(content[brand.end() - 1 :]):
            e = r.entity(m)
            if e is not None and e.kind == "body" and e is not r.council:
                fits[e.iri] = e
    return next(iter(fits.values())) if len(fits) == 1 else None


def _governance_named(m: Mention) -> bool:
    """M names a governance body: by its head noun ("Partnership") or by a body's initials ("Eastmoor CSP")."""
    from .lexicon import acronyms

    last = m.name.split()[-1]
    return m.head in _GOVERNANCE_HEADS or (last in acronyms() and acronyms()[last][0] == "body")


_MEETING_VERB = re.compile(
    r"\s+(?:agreed|noted|resolved|received|considered|discussed|welcomed|approved|endorsed|was (?:asked|informed|"
    r"told|updated|given)|were (?:asked|informed|told|updated))\b")


def _one_body_named_in_full(doc: ExtractionDoc, head: str):
    """The one governance body with head noun HEAD the paper names in full (two or more words, no back
    reference), or None when it names none or several."""
    names = {}
    for _, (start, end) in doc.layout.sentences():
        if head not in doc.text[start:end]:
            continue
        for m in doc.mentions(start, end):
            if m.kind == "body" and m.head == head and not m.back_ref and len(m.name.split()) >= 2:
                names.setdefault(m.name.casefold(), m)
    if len(names) != 1:
        return None
    e = doc.resolver.entity(next(iter(names.values())))
    return e if e is not None and e.kind == "body" else None


def _meeting_subject(doc: ExtractionDoc):
    """In minutes that never name their body in the head: the body that most often agrees, notes or receives
    ("The CSPB agreed ...", "the Board noted ..."), when one stands out."""
    from collections import Counter

    counts: Counter[str] = Counter()
    references: Counter[str] = Counter()
    found = {}
    r = doc.resolver
    for _, (start, end) in doc.layout.sentences():
        if not _MEETING_VERB.search(doc.text, start, end):
            continue  # no verb for a mention to stand before: the sentence's names need not be read
        for m in doc.mentions(start, end):
            if m.kind not in ("body", "name") or not _MEETING_VERB.match(doc.text, m.end, end):
                continue
            if m.kind == "name" and m.head != "acronym":
                continue
            if m.back_ref and m.kind == "body" and len(m.name.split()) == 1:
                references[m.name] += 1  # "The Board agreed": the one board the minutes name in full
                continue
            # "The Blackpool Community Safety Partnership noted": a name in full after "The" is no reference back
            referring = m.back_ref and (m.place is None or len(m.name.split()) < 3)
            e = r.acronym(m.name) if m.kind == "name" else (None if referring else r.entity(m))
            if e is not None and e.kind == "body" and e is not r.council:
                counts[e.iri] += 1
                found[e.iri] = e
    if references:
        for head, uses in references.items():
            named = _one_body_named_in_full(doc, head)
            if named is not None and named is not r.council:
                counts[named.iri] += uses
                found[named.iri] = named
    if not counts:
        return None
    (iri, n), *rest = counts.most_common(2) + [(None, 0)]
    return found[iri] if n >= 1 and n > rest[0][1] else None


def _apply(meta: Metadata, overrides: dict, area_hint: str | None, source: str) -> None:
    if overrides.get("date"):
        meta.date, meta.date_precision = coerce_date(overrides["date"], source)
    for key in ("council", "body", "doc_type", "title"):
        if overrides.get(key):
            setattr(meta, key, str(overrides[key]))
    if overrides.get("area") or area_hint:
        meta.area = str(overrides.get("area") or area_hint)


def read_document(ctx: LoadContext, path: Path, data: bytes) -> list[SourceDocument]:
    source = str(path)
    if not data.strip():
        raise LoadError(source, "empty file")
    if len(data) > MAX_BYTES:
        raise LoadError(
            source, f"file too large ({len(data) / 2**20:.1f} MB; the limit is {MAX_BYTES // 2**20} MB)"
        )
    reader = READERS[path.suffix.lower()]
    raw, warnings = reader(source, data)
    text = clean(raw)
    if len(text.strip()) < 20:
        raise LoadError(source, "no readable text in the file")
    overrides = sidecar(path)
    try:
        doc = document_from_text(
            path.stem,
            source,
            text,
            content_hash(data, LOADER),
            date_hint=ctx.date,
            overrides=overrides,
            area_hint=ctx.area,
            warnings=warnings,
        )
    except LoadError:
        raise
    except Exception as e:  # a rule failing on one odd document must name it, not stop the folder
        raise LoadError(source, f"extraction failed ({type(e).__name__}: {e})") from None
    return [doc]


register_loader(LOADER, tuple(READERS), read_document, max_bytes=MAX_BYTES)
