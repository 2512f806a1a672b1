"""Relations stated in one sentence, by the patterns in gazetteer/patterns.yaml.

This module turns the pattern data into regular expressions, splits the text into sentences, reads each
named group as the kind of thing the pattern says (body, post, person, publication...) and resolves
back-references ("This", "the Board") to the body most recently named before them.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Iterator
from dataclasses import dataclass
from functools import cache

from ...graph.model import Entity
from ..gazetteer import area_regex, areas, organisations, patterns
from ..resolve import NAME, NAME_RE, body_heads, has_post_head, is_body_name, looks_like_person
from . import ExtractionDoc

PUB_REF = (r"(?:This|this|The|the) "
           r"(?:[Gg]uidance|[Tt]oolkit|[Ss]trategy|[Pp]lan|[Rr]eport|[Dd]ocument|[Ff]ramework|"
           r"[Cc]ode|[Rr]eview)")
REF = (
    r"(?:This|It|this|it|[Tt]he (?:Board|Partnership|Panel|Committee|Group|Forum|Council|Trust|Service|Team|"
    r"board|partnership|panel|committee|group|forum))"
)
NAME_X = rf"{NAME}(?: \([A-Z]{{2,8}}\)(?: {NAME})?)?(?: team\b)?"
ACT = r"[A-Z][A-Za-z,'’ ]{2,80}? Act(?: \d{4})?"
PHRASE = (
    r"[A-Za-z][\w'’&/\- ]{1,80}?(?=[.,;:)]|\s[–—]|\s(?:and|which|who|that|was|were|is|are|through|by|"
    r"being|sits)\b|$)"
)
LIST = r"[^.;:]{3,300}"
PERSON = (
    r"(?:(?:Mr|Mrs|Ms|Miss|Mx|Dr|Cllr|Councillor)\.? (?:[A-Z]\.? ){0,3}[A-Z][a-zA-Z'’\-]+"
    r"|[A-Z][a-z]+ (?:[A-Z]\.? )?[A-Z][a-zA-Z'’\-]+)"
)
SERVICES_ABOUT = re.compile(
    r"(?P<head>services|service|support|provision) (?:in relation to|relating to|related to|in respect of) "
    r"(?P<about>[a-z][a-z ,&-]{2,60})"
)
_PLACEHOLDER = re.compile(r"\{(?P<name>[a-z0-9_]+)(?::(?P<kind>ref|act|phrase|list|person))?\}")

PUBLICATION_HEADS = (
    "Strategy",
    "Strategies",
    "Plan",
    "Plans",
    "Agreement",
    "Report",
    "Profile",
    "Profiles",
    "Assessment",
    "Toolkit",
    "Framework",
    "Policy",
    "Review",
    "Practice",
    "Consultation",
    "Paper",
    "Protocol",
    "Guidance",
    "Summary",
    "Programme",
    "Statement",
    "Charter",
    "Standards",
    "Code",
)


@dataclass(frozen=True)
class Pattern:
    name: str
    relation: str
    regex: re.Pattern[str]
    subject: dict
    object: dict
    subject2: dict | None
    note: str | None
    confidence: float
    flags: frozenset[str]
    trigger: re.Pattern[str]  # words the sentence must contain before the full pattern is tried


def _compile(template: str) -> re.Pattern[str]:
    def sub(m: re.Match[str]) -> str:
        kinds = {
            "ref": rf"{REF}|{PUB_REF}|{NAME_X}",
            "act": ACT,
            "phrase": PHRASE,
            "list": LIST,
            "person": PERSON,
            None: NAME_X,
        }
        body = kinds[m.group("kind")]
        return f"(?P<{m.group('name')}>{body})"

    return re.compile(_PLACEHOLDER.sub(sub, template))


@cache
def compiled() -> tuple[Pattern, ...]:
    out = []
    for entry in patterns():
        flags = frozenset(k for k, v in entry.items() if v is True)
        out.append(
            Pattern(
                entry["name"],
                entry["relation"],
                _compile(entry["pattern"]),
                entry["subject"],
                entry["object"],
                entry.get("subject2"),
                entry.get("note"),
                float(entry.get("confidence", 0.8)),
                flags,
                re.compile((entry.get("trigger") or ".").lower()),
            )
        )
    return tuple(out)


_SENTENCE_END = re.compile(r"(?<=[a-z0-9)”\"'’])[.!?](?=\s+[A-Z“\"'‘(]|\s*$)|\n")


def sentences(text: str) -> Iterator[tuple[int, int]]:
    """(start, end) of each sentence; a line break always ends one (cleaned text keeps a paragraph on one
    line)."""
    start = 0
    for m in _SENTENCE_END.finditer(text):
        end = m.end()
        if text[start:end].strip():
            yield start, end
        start = end
    if text[start:].strip():
        yield start, len(text)


def doc_sentences(doc: ExtractionDoc) -> list[tuple[int, int]]:
    """The sentences of DOC, split once and shared by every rule."""
    cached = getattr(doc, "_sentences", None)
    if cached is None:
        cached = list(sentences(doc.text))
        doc._sentences = cached  # type: ignore[attr-defined]
    return cached


# -- reading a group as an entity

_GENERIC_WORDS = {
    "Strategic",
    "Executive",
    "Theme",
    "Local",
    "Main",
    "New",
    "The",
    "This",
    "That",
    "Our",
    "Their",
}


def body_mentions(doc: ExtractionDoc) -> list[tuple[int, Entity, str]]:
    """Every body named in the text, in order, with its head word: what back-references resolve to."""
    cached = getattr(doc, "_mentions", None)
    if cached is not None:
        return cached
    out: list[tuple[int, Entity, str]] = []
    for m in re.finditer(NAME, doc.text):
        name = m.group(0)
        if name.isupper() and len(name) > 12:
            from ..metadata import title_case

            name = title_case(name)
        name = re.sub(r"^(?:The|A|An|In|At|On|For|Of)\s+", "", name)
        words = name.split()
        if len(words) < 2 or not is_body_name(name):
            continue
        if all(w in _GENERIC_WORDS or w in body_heads() for w in words):
            continue
        entity = doc.resolver.body(name)
        if entity is not None:
            out.append((m.start(), entity, words[-1]))
    doc._mentions = out  # type: ignore[attr-defined]
    return out


def refer(doc: ExtractionDoc, written: str, pos: int) -> Entity | None:
    """The body "This" / "the Board" at POS refers to: the last one named before it (with that head word)."""
    words = written.split()
    head = words[-1].capitalize() if words[-1].lower() not in ("this", "it") else None
    if head is None:
        # a paragraph that opens with a body's name (a run-in heading) is about that body
        para_start = doc.text.rfind("\n", 0, pos) + 1
        for start, entity, _ in body_mentions(doc):
            if start > pos:
                break
            if start >= para_start and not doc.text[para_start:start].strip(" -*\t"):
                return entity
    if head == "Council" and doc.council is not None:
        return doc.council  # "the Council" in a council's paper is that council
    best = None
    for start, entity, entity_head in body_mentions(doc):
        if start >= pos:
            break
        if head is None or entity_head == head:
            best = entity
    if head is None and best is not None:
        return best
    if best is not None:
        return best
    if doc.body is not None and (head is None or doc.body.name.endswith(head)):
        return doc.body
    if head == "Council" and doc.council is not None:
        return doc.council
    return None


def refer_publication(doc: ExtractionDoc, pos: int) -> Entity | None:
    """ "This guidance" at POS: the publication of the latest fact stated before it in the same paragraph."""
    para_start = doc.text.rfind("\n", 0, pos) + 1
    best = None
    for fact in doc.facts:
        if para_start <= fact.start <= pos:
            for entity in (fact.object, fact.subject):
                if entity is not None and entity.kind == "publication":
                    best = entity
    return best


def last_publication_named(doc: ExtractionDoc, pos: int) -> Entity | None:
    """ "This would feed into ...": the strategy or plan last named before POS in the same paragraph."""
    para_start = doc.text.rfind("\n", 0, pos) + 1
    last = None
    for m in NAME_RE.finditer(doc.text, para_start, pos):
        if is_publication(m.group(0)):
            last = m.group(0)
    if last is None:
        return None
    name, _ = _publication_name(last)
    return doc.resolver.thing("publication", name)


def _is_ref(text: str) -> bool:
    return bool(re.fullmatch(REF, text.strip()))


def _strip_acronym(text: str) -> str:
    return re.sub(r"\s*\([A-Z]{2,8}\)", "", text).strip()


def _publication_name(text: str) -> tuple[str, str | None]:
    """ "2019/20 Prevent Strategy Group Action Plan" -> ("Prevent Strategy Group Action Plan 2019/20",
    period)."""
    text = text.strip(" '\"‘’“”")
    period = None
    m = re.match(r"^((?:19|20)\d\d(?:/\d\d)?)\s+(.+)$", text)
    if m:
        period, text = m.group(1), f"{m.group(2)} {m.group(1)}"
    return text, period


def is_publication(text: str) -> bool:
    words = re.sub(r"\s+(?:19|20)\d\d(?:/\d\d)?$", "", text.strip(" '\"‘’“”")).split()
    return bool(words) and words[-1].rstrip(".,") in PUBLICATION_HEADS


def read_group(doc: ExtractionDoc, spec: dict, text: str, pos: int) -> Entity | None:
    kind = spec["kind"]
    text = re.sub(r"\s+", " ", text).strip(" ,.;:")
    if not text:
        return None
    r = doc.resolver
    if kind == "council":
        return doc.council
    if text in ("A", "An", "The", "a", "an", "the"):
        return None  # an article read as a one-letter name
    if kind == "publication" and text in ("This", "It", "this", "it"):
        return last_publication_named(doc, pos)
    if kind != "body_loose" and (
        _is_ref(text) or (re.fullmatch(r"(?:[Tt]he )?[A-Z][a-z]+", text) and text.split()[-1] in body_heads())
    ):
        if kind in ("body", "agent"):
            return refer(doc, text, pos)
        return None
    if kind != "publication":
        text = re.sub(r"^(?:(?:the|The|a|A|an|An|In|in)\s+|(?:19|20)\d\d(?:/\d\d)?,?\s+)+", "", text) or text
    if kind in ("body", "body_loose"):
        text = _strip_acronym(text) if not re.fullmatch(r"[A-Z]{2,8}", text) else text
        entity = r.body(text)
        if entity is None and kind == "body_loose" and re.match(r"[A-Z]", text):
            entity = r.body_any(text)
        return entity
    if kind == "agent":
        if text in r.acronyms:
            full = r.acronyms[text]
            return r.post(text) if has_post_head(full) and not is_body_name(full) else r.body(text)
        if looks_like_person(text):
            return r.person(text)
        plain = _strip_acronym(text)
        if is_body_name(plain) or plain in r.acronyms or plain.casefold() in organisations():
            body = r.body(plain)
            if body is not None:
                return body
        if has_post_head(plain):
            return r.post(plain)
        if re.fullmatch(r"[A-Z]{2,8}", plain) and plain in r.acronyms:
            return r.post(plain) if has_post_head(r.acronyms[plain]) else r.body(plain)
        return r.body_any(plain) if re.match(r"[A-Z]", plain) else None
    if kind == "person":
        return r.person(text) if looks_like_person(text) else None
    if kind == "post":
        return r.post(text)
    if kind == "publication":
        if re.fullmatch(PUB_REF, text):
            return refer_publication(doc, pos)
        name, _ = _publication_name(text)
        return r.thing("publication", name, also=(re.sub(r"^(?:the|The)\s+", "", text),))
    if kind == "legislation":
        return r.thing("legislation", _strip_acronym(text))
    if kind == "area":
        return r.thing("area", text) if text in areas().names else None
    if kind in ("topic", "initiative"):
        text = re.sub(r"^['‘]|['’]$", "", text)
        m = SERVICES_ABOUT.fullmatch(text)
        if m:
            # "services in relation to drugs and alcohol" are the drugs and alcohol services other papers name.
            return r.thing(kind, f"{m.group('about')} {m.group('head')}", also=(text,))
        spelt = re.sub(
            r"\b([A-Z]{2,8})(s?)\b",
            lambda a: r.acronyms[a.group(1)] + a.group(2) if a.group(1) in r.acronyms else a.group(0),
            text,
        )
        if spelt != text and " " in text:
            # "an analysis of DHRs" is one of Domestic Homicide Reviews, as questions will name it.
            return r.thing(kind, spelt, also=(text,))
        if re.fullmatch(r"[A-Z]{2,8}s?", text) and text.rstrip("s") in r.acronyms:
            # "the DHR" is the Domestic Homicide Review the document spelt out earlier.
            return r.thing(kind, r.acronyms[text.rstrip("s")], also=(text.rstrip("s"),))
        return r.thing(kind, text)
    raise ValueError(f"unknown group kind {kind!r}")


def _post_tail(sentence: str, end: int) -> str:
    """ ", Community Safety" after a post that ends the sentence: part of the post's name."""
    m = re.match(r", ([A-Z][A-Za-z ]{2,40})(?=[.;]|\s*$)", sentence[end:])
    return m.group(0) if m else ""


def sentence_patterns(doc: ExtractionDoc) -> None:
    text = doc.text
    spans = doc_sentences(doc)
    starts = [s for s, _ in spans]
    lower = text.lower()
    for pat in compiled():
        # one scan of the whole text for the trigger picks the few sentences worth the full pattern
        hits = sorted({bisect.bisect_right(starts, t.start()) - 1 for t in pat.trigger.finditer(lower)})
        for i in hits:
            if i < 0:
                continue
            s_start, s_end = spans[i]
            sentence = text[s_start:s_end]
            for m in pat.regex.finditer(sentence):
                _emit(doc, pat, m, sentence, s_start, s_end)


def _emit(
    doc: ExtractionDoc, pat: Pattern, m: re.Match[str], sentence: str, s_start: int, s_end: int
) -> None:
    pos = s_start + m.start()
    obj_text = m.group(pat.object["group"])
    if pat.object.get("format"):
        if "{council}" in pat.object["format"] and doc.council is None:
            return
        obj_text = pat.object["format"].format(
            council=doc.council.name if doc.council else "",
            **{k: _strip_possessive(v or "") for k, v in m.groupdict().items()},
        )
    obj = read_group(doc, pat.object, obj_text, pos)
    if obj is None:
        return
    if "object_must_be_publication" in pat.flags and not is_publication(obj_text):
        return
    if "object_must_be_body" in pat.flags and obj.kind != "body":
        return
    subjects: list[Entity] = []
    for spec in (pat.subject, pat.subject2):
        if spec is None:
            continue
        raw = m.group(spec["group"])
        if spec.get("format"):
            raw = spec["format"].format(**{k: _strip_possessive(v or "") for k, v in m.groupdict().items()})
            raw = raw.strip(" ,")
        if spec["kind"] == "agent":
            tail = _post_tail(sentence, m.end(spec["group"]))
            if tail and has_post_head(raw):
                raw += tail
        if spec.get("each"):
            subjects.extend(e for e in (read_group(doc, spec, item, pos) for item in split_list(raw)) if e)
        else:
            entity = read_group(doc, spec, raw, pos)
            if entity is not None:
                subjects.append(entity)
    if "subject_must_be_known" in pat.flags:
        subjects = [s for s in subjects if s.name.casefold() in organisations() or s.kind == "post"]
    if "subject_must_be_agent" in pat.flags:
        subjects = [s for s in subjects if s.kind in ("body", "post", "person")]
    quote_start, quote_end = _quote(sentence, s_start, s_end, m)
    for subject in subjects:
        if subject.kind == "topic" and pat.relation in ("oversees", "chairs"):
            continue
        fact = doc.add(
            subject,
            pat.relation,
            obj,
            quote_start,
            quote_end,
            f"sentence.{pat.name}",
            pat.confidence,
            note=pat.note,
            other_kind=None,
        )
        if fact is not None and "holder_too" in pat.flags and subject.kind == "post":
            for held in list(doc.facts):
                if (
                    held.relation == "holds_post"
                    and held.object is not None
                    and held.object.iri == subject.iri
                ):
                    doc.add(
                        held.subject,
                        pat.relation,
                        obj,
                        quote_start,
                        quote_end,
                        f"sentence.{pat.name}.holder",
                        pat.confidence * 0.9,
                    )


def _strip_possessive(text: str) -> str:
    return re.sub(r"^(?:[Tt]he )", "", re.sub(r"(?:'s|’s)$", "", text.strip()))


def _quote(sentence: str, s_start: int, s_end: int, m: re.Match[str]) -> tuple[int, int]:
    """The whole sentence when it is short enough to read, else the matched words."""
    if s_end - s_start <= 400:
        return s_start, s_end
    return s_start + m.start(), s_start + m.end()


def split_list(text: str) -> list[str]:
    """ "A, B, C and D" -> [A, B, C, D]; "A; B; and C" likewise; "and" inside an earlier item is kept."""
    text = re.sub(r"\s*\([^)]*\)", "", text)
    text = re.sub(r",?\s+(?:but also|as well as|and also)\s+", ", ", text)  # "A but also B and C"
    text = re.split(r"\s+(?:all working|working|who|which|to help|to support|in order)\b", text)[0]
    sep = ";" if ";" in text else ","
    parts = [p.strip() for p in text.split(sep)]
    if parts:
        last = parts[-1]
        last = re.sub(r"^and\s+", "", last)
        if " and " in last and sep == ",":
            head, _, tail = last.rpartition(" and ")
            parts[-1:] = [head, tail]
        else:
            parts[-1] = last
    out = []
    for p in parts:
        p = re.sub(r"^(?:and|or|the|The)\s+", "", p.strip(" .:"))
        if p and len(p.split()) <= 8:
            out.append(p)
    return out


def areas_in(text: str) -> list[str]:
    return [m.group(0) for m in area_regex().finditer(text)]
