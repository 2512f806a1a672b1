"""The curated register: facts kept by hand in YAML (and CSV for tabular ones), each citing its source.

An officer records terms of reference, membership lists, funding and corrections here, each citing the
original document (`source:`). What govkg stores is the register as a readable document (loaders/curated.py):
each fact stated as a sentence, marked as recorded by hand, with its citation, which is also kept field by
field (title, meeting body, publisher, date, item, URL). Any malformed entry stops the whole file, with its
line number, so nothing half-read is loaded.

YAML layout::

    title: Worcestershire community-safety governance
    area: Worcestershire            # default area of the entities below
    sources:
      ospb-2017: {title: OSPB minutes, date: 2017-09-07, publisher: Worcestershire County Council, item: "994"}
    entities:
      - {name: North Worcestershire Community Safety Partnership, kind: body, type: Partnership,
         aliases: [NWCSP], area: North Worcestershire}
    facts:
      - {subject: A B Nokes, relation: chairs, object: Overview and Scrutiny Performance Board, source: ospb-2017}

Funding facts may say that an allocation is a part of another (`part_of: Funder -> Recipient`, an allocation
of the same file and period) and that an amount is for each recipient (`per_recipient: yes`, with
`recipient_count` when the number is known).

CSV layout: a header row with subject, relation, object and any of the optional fact fields below; names
resolve against the entities declared in the YAML register files of the same folder.
"""

from __future__ import annotations

import csv
import datetime as dt
import io
import re
from dataclasses import dataclass
from functools import cache
from pathlib import Path
from typing import Any

import yaml

from ..errors import LoadError
from ..graph.model import Citation, Entity, Fact, SourceDocument
from ..ontology import GKG, ontology_graph, topics_graph
from ..ontology.relations import BY_KEY, OTHER_PREDICATES
from ..ontology.vocab import RDF, SKOS
from . import LoadContext, content_hash, register_loader, safe_yaml
from .curated import curate
from .money import parse_amount

ENTITY_KINDS = ("body", "person", "post", "topic", "publication", "initiative", "area", "legislation")
FACT_FIELDS = {
    "subject", "relation", "object", "source", "item", "date", "from", "until", "qualifier", "note", "on_body",
    "amount", "period", "purpose", "funding_type", "kind", "confidence", "subject_kind", "object_kind",
    "part_of", "per_recipient", "recipient_count",
}
# Bumped when what the loader makes of the same file changes, so stores read it again.
REGISTER_VERSION = "2"
ENTITY_FIELDS = {"name", "kind", "type", "aliases", "area", "scope", "iri"}
FUNDING_TYPES = ("capital", "revenue", "ring-fenced", "one-off")


def _norm(name: str) -> str:
    return re.sub(r"\s+", " ", name).strip().casefold()


@cache
def ontology_classes() -> frozenset[str]:
    g = ontology_graph()
    from rdflib.namespace import OWL

    ns = str(GKG)
    return frozenset(str(c).removeprefix(ns) for c in g.subjects(RDF.type, OWL.Class) if str(c).startswith(ns))


@cache
def topic_entities() -> dict[str, Entity]:
    """Every label and alt label of the topic scheme, mapped to its topic entity."""
    g = topics_graph()
    index: dict[str, Entity] = {}
    for concept in g.subjects(RDF.type, SKOS.Concept):
        pref = str(g.value(concept, SKOS.prefLabel))
        alts = tuple(str(a) for a in g.objects(concept, SKOS.altLabel))
        entity = Entity("topic", pref, aliases=alts, iri_override=str(concept))
        for label in (pref, *alts, *(str(h) for h in g.objects(concept, SKOS.hiddenLabel))):
            index[_norm(label)] = entity
    return index


@dataclass
class _Node:
    value: Any
    start: int
    end: int
    line: int


class _Reader:
    """Reads one register file, raising LoadError with the file and line of the first problem."""

    def __init__(self, path: Path, text: str):
        self.path = path
        self.text = text

    def fail(self, line: int | None, reason: str) -> LoadError:
        return LoadError(str(self.path), reason, line)

    def compose(self) -> tuple[dict[str, Any], dict[str, list[_Node]]]:
        try:
            # aliases are bounded before any value is built (safe_yaml: an alias bomb is refused here)
            root = safe_yaml.compose(self.text, str(self.path))
            if root is None:
                raise self.fail(None, "the register is empty")
            data = safe_yaml.construct(root)
        except yaml.YAMLError as e:
            mark = getattr(e, "problem_mark", None)
            raise self.fail(mark.line + 1 if mark else None, f"not valid YAML: {getattr(e, 'problem', e)}") from None
        except RecursionError:
            raise self.fail(None, "the YAML is nested too deeply to read") from None
        if not isinstance(data, dict):
            raise self.fail(root.start_mark.line + 1, "a register is a mapping with title, entities and facts")
        sections: dict[str, list[_Node]] = {}
        for key_node, value_node in root.value:
            if key_node.value in ("entities", "facts"):
                items = value_node.value if isinstance(value_node, yaml.SequenceNode) else None
                if items is None:
                    raise self.fail(value_node.start_mark.line + 1, f"'{key_node.value}' must be a list")
                values = data[key_node.value]
                sections[key_node.value] = [
                    _Node(v, n.start_mark.index, n.end_mark.index, n.start_mark.line + 1)
                    for v, n in zip(values, items, strict=True)
                ]
        unknown = set(data) - {"title", "area", "date", "sources", "entities", "facts", "description"}
        if unknown:
            raise self.fail(None, f"unknown top-level key(s): {', '.join(sorted(unknown))}")
        return data, sections


def _entity_from(reader: _Reader, node: _Node, default_area: str | None) -> Entity:
    item = node.value
    if not isinstance(item, dict):
        raise reader.fail(node.line, "an entity is a mapping with at least name and kind")
    unknown = set(item) - ENTITY_FIELDS
    if unknown:
        raise reader.fail(node.line, f"unknown entity field(s): {', '.join(sorted(unknown))}")
    name, kind = item.get("name"), item.get("kind")
    if not isinstance(name, str) or not name.strip():
        raise reader.fail(node.line, "an entity needs a name")
    if kind not in ENTITY_KINDS:
        raise reader.fail(node.line, f"entity {name!r}: kind must be one of {', '.join(ENTITY_KINDS)}")
    subtype = item.get("type")
    if subtype is not None and subtype not in ontology_classes():
        raise reader.fail(node.line, f"entity {name!r}: type {subtype!r} is not a govkg class")
    aliases = item.get("aliases") or []
    if not isinstance(aliases, list) or not all(isinstance(a, str) for a in aliases):
        raise reader.fail(node.line, f"entity {name!r}: aliases must be a list of names")
    area = item.get("area", default_area if kind in ("body", "post", "publication", "initiative") else None)
    return Entity(kind, name.strip(), scope=item.get("scope"), subtype=subtype, aliases=tuple(aliases),
                  area=area if kind != "area" else None, iri_override=item.get("iri"))


def declared_entities(path: Path) -> list[Entity]:
    """The entities a YAML register declares, or [] when it cannot be read (its own load reports why)."""
    try:
        st = path.stat()
    except OSError:
        return []
    return list(_declared(str(path.resolve()), st.st_mtime_ns, st.st_size))


@cache
def _declared(path: str, mtime_ns: int, size: int) -> tuple[Entity, ...]:
    # Every file of a register folder resolves names against its siblings: without this cache a folder of
    # n files parsed each file n times, on every command that opens the default store.
    del mtime_ns, size  # part of the cache key only: an edited file is read again
    try:
        text = Path(path).read_text(encoding="utf-8")
        reader = _Reader(Path(path), text)
        data, sections = reader.compose()
        return tuple(_entity_from(reader, n, data.get("area")) for n in sections.get("entities", []))
    except (LoadError, OSError, UnicodeDecodeError):
        return ()


class _Index:
    def __init__(self) -> None:
        self.names: dict[str, Entity] = {}

    def add(self, entity: Entity) -> None:
        for label in (entity.name, *entity.aliases):
            self.names.setdefault(_norm(label), entity)

    def resolve(self, name: str) -> Entity | None:
        key = _norm(name)
        return self.names.get(key) or topic_entities().get(key)


def _sibling_index(path: Path, own: list[Entity]) -> _Index:
    index = _Index()
    for entity in own:
        index.add(entity)
    for sibling in sorted(path.parent.glob("*.y*ml")):
        if sibling.resolve() != path.resolve() and sibling.suffix in (".yaml", ".yml"):
            for entity in declared_entities(sibling):
                index.add(entity)
    return index


def _as_date(reader: _Reader, line: int, value: Any, what: str) -> tuple[dt.date, str]:
    if isinstance(value, dt.datetime):
        return value.date(), "day"
    if isinstance(value, dt.date):
        return value, "day"
    if isinstance(value, int) and 1900 <= value <= 2100:
        return dt.date(value, 1, 1), "year"
    if isinstance(value, str) and re.fullmatch(r"\d{4}-\d{2}", value):
        y, m = map(int, value.split("-"))
        return dt.date(y, m, 1), "month"
    raise reader.fail(line, f"{what} must be a date (yyyy-mm-dd) or a year, not {value!r}")


def _source(reader: _Reader, line: int, source: dict[str, Any], item: Any) -> Citation:
    date, precision = (None, None)
    if source.get("date") is not None:
        date, precision = _as_date(reader, line, source["date"], "the source's date")
    return Citation(str(source.get("title") or "untitled source"), _opt_str(source, "publisher"), date, precision,
                    str(item) if item else None, _opt_str(source, "url"), _opt_str(source, "body"))


def _citation(source: dict[str, Any], item: Any) -> str:
    parts = [str(source.get("title", ""))]
    for key in ("publisher", "date"):
        if source.get(key):
            parts.append(str(source[key]))
    if item:
        parts.append(f"item {item}")
    if source.get("url"):
        parts.append(str(source["url"]))
    return ", ".join(p for p in parts if p)


def _fact_from(
    reader: _Reader, item: dict[str, Any], line: int, start: int, end: int, index: _Index,
    sources: dict[str, Any], default_area: str | None,
) -> tuple[Fact, list[Entity]]:
    unknown = set(item) - FACT_FIELDS
    if unknown:
        raise reader.fail(line, f"unknown fact field(s): {', '.join(sorted(unknown))}")
    rel_key = item.get("relation")
    if rel_key not in BY_KEY or rel_key == "funding_amount":
        raise reader.fail(line, f"relation must be one of {', '.join(k for k in BY_KEY if k != 'funding_amount')}"
                          f" (amounts go on 'funds' facts), not {rel_key!r}")
    rel = BY_KEY[rel_key]
    new: list[Entity] = []

    def entity(field: str) -> Entity:
        name = item.get(field)
        if not isinstance(name, str) or not name.strip():
            raise reader.fail(line, f"a {rel_key} fact needs a {field}")
        found = index.resolve(name)
        if found is None:
            inline_kind = item.get(f"{field}_kind")
            if inline_kind in ENTITY_KINDS:
                found = Entity(inline_kind, name.strip(), area=default_area if inline_kind == "body" else None)
                index.add(found)
                new.append(found)
            else:
                raise reader.fail(line, f"unknown {field} {name!r}: declare it under entities (or give {field}_kind)")
        return found

    subject, obj = entity("subject"), entity("object")
    if subject.kind not in rel.subject_kinds:
        raise reader.fail(line, f"{rel_key}: a {subject.kind} ({subject.name!r}) cannot be its subject")
    if obj.kind not in rel.object_kinds:
        raise reader.fail(line, f"{rel_key}: a {obj.kind} ({obj.name!r}) cannot be its object")
    other_kind = item.get("kind")
    if other_kind is not None and (rel_key != "other" or other_kind not in OTHER_PREDICATES):
        raise reader.fail(line, f"kind is for 'other' facts and must be one of {', '.join(OTHER_PREDICATES)}")
    if rel_key == "other" and not item.get("note"):
        raise reader.fail(line, "an 'other' fact needs a note saying what the relation is")
    fact = Fact(subject, rel_key, obj, start, end, rule="register", other_kind=other_kind,
                qualifier=_opt_str(item, "qualifier"), note=_opt_str(item, "note"))
    source_key = item.get("source")
    if source_key is not None:
        if source_key not in sources:
            raise reader.fail(line, f"unknown source {source_key!r}: add it under sources")
        src = sources[source_key]
        fact.citation = _citation(src, item.get("item") or src.get("item"))
        fact.source = _source(reader, line, src, item.get("item") or src.get("item"))
        if src.get("date") is not None:
            fact.as_of, fact.as_of_precision = _as_date(reader, line, src["date"], "the source's date")
    if item.get("date") is not None:
        fact.as_of, fact.as_of_precision = _as_date(reader, line, item["date"], "date")
    if item.get("from") is not None:
        fact.valid_from = _as_date(reader, line, item["from"], "from")[0]
    if item.get("until") is not None:
        fact.valid_through = _as_date(reader, line, item["until"], "until")[0]
    if item.get("on_body") is not None:
        if rel_key != "represented_by":
            raise reader.fail(line, "on_body is only for represented_by facts")
        fact.on_body = entity("on_body")
    money_fields = ("amount", "period", "purpose", "funding_type", "part_of", "per_recipient", "recipient_count")
    if any(item.get(f) is not None for f in money_fields) and rel_key != "funds":
        raise reader.fail(line, "amount, period, purpose and funding_type are only for funds facts")
    if item.get("amount") is not None:
        try:
            fact.amount = parse_amount(item["amount"])
        except ValueError as e:
            raise reader.fail(line, str(e)) from None
    fact.period = _opt_str(item, "period")
    fact.purpose = _opt_str(item, "purpose")
    if item.get("funding_type") is not None:
        if item["funding_type"] not in FUNDING_TYPES:
            raise reader.fail(line, f"funding_type must be one of {', '.join(FUNDING_TYPES)}")
        fact.funding_type = item["funding_type"]
    if item.get("per_recipient") is not None:
        flag = str(item["per_recipient"]).strip().lower()
        if flag not in ("yes", "no", "true", "false", "each"):
            raise reader.fail(line, f"per_recipient must be yes or no, not {item['per_recipient']!r}")
        fact.per_recipient = flag in ("yes", "true", "each")
    if item.get("recipient_count") is not None:
        try:
            fact.recipient_count = int(str(item["recipient_count"]))
        except ValueError:
            raise reader.fail(line, f"recipient_count must be a whole number, not {item['recipient_count']!r}") \
                from None
    if item.get("confidence") is not None:
        fact.confidence = float(item["confidence"])
    return fact, new


def _link_parts(reader: _Reader, facts: list[tuple[Fact, dict[str, Any], int]]) -> None:
    """Resolve each `part_of: Funder -> Recipient` to the allocation of the same file (and period) it names."""
    for fact, item, line in facts:
        ref = item.get("part_of")
        if ref is None:
            continue
        if "->" not in str(ref):
            raise reader.fail(line, f"part_of names an allocation as 'Funder -> Recipient', not {ref!r}")
        funder, recipient = (_norm(x) for x in str(ref).split("->", 1))
        found = [f for f, _, _ in facts if f.relation == "funds" and f is not fact
                 and funder in {_norm(n) for n in (f.subject.name, *f.subject.aliases)}
                 and f.object is not None and recipient in {_norm(n) for n in (f.object.name, *f.object.aliases)}
                 and (fact.period is None or f.period == fact.period)]
        if len(found) != 1:
            why = "no" if not found else f"{len(found)}"
            raise reader.fail(line, f"part_of {ref!r}: {why} such allocation in this file"
                                    + (" for the same period" if fact.period else ""))
        fact.part_of = found[0]


def _opt_str(item: dict[str, Any], key: str) -> str | None:
    value = item.get(key)
    return None if value is None else str(value)


def _decode(path: Path, data: bytes) -> str:
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError as e:
        line = data[: e.start].count(b"\n") + 1
        raise LoadError(str(path), "not UTF-8 text", line) from None


def load_yaml_register(ctx: LoadContext, path: Path, data: bytes) -> list[SourceDocument]:
    text = _decode(path, data)
    reader = _Reader(path, text)
    meta, sections = reader.compose()
    default_area = meta.get("area")
    sources = meta.get("sources") or {}
    if not isinstance(sources, dict) or not all(isinstance(v, dict) for v in sources.values()):
        raise reader.fail(None, "sources must map a key to {title, date, publisher, item, url}")
    own = [_entity_from(reader, n, default_area) for n in sections.get("entities", [])]
    index = _sibling_index(path, own)
    doc = _document(path, data, text, meta)
    doc.entities.extend(own)
    read: list[tuple[Fact, dict[str, Any], int]] = []
    for node in sections.get("facts", []):
        if not isinstance(node.value, dict):
            raise reader.fail(node.line, "a fact is a mapping with subject, relation and object")
        fact, new = _fact_from(reader, node.value, node.line, node.start, _trim_end(text, node.start, node.end),
                               index, sources, default_area)
        doc.entities.extend(new)
        doc.facts.append(fact)
        read.append((fact, node.value, node.line))
    _link_parts(reader, read)
    return [curate(doc)]


def _trim_end(text: str, start: int, end: int) -> int:
    while end > start and text[end - 1] in " \n\t":
        end -= 1
    return end


def _document(path: Path, data: bytes, text: str, meta: dict[str, Any]) -> SourceDocument:
    # the title says what the document is: a register of facts kept by hand, not a council paper
    title = str(meta.get("title") or path.stem.replace("-", " ").replace("_", " "))
    doc = SourceDocument(
        key=f"register-{path.stem}", source=str(path), text=text,
        sha256=content_hash(data, "register", REGISTER_VERSION), loader="register", doc_type="register",
        title=f"Curated register: {title}", area=meta.get("area"),
    )
    if meta.get("date") is not None:
        reader = _Reader(path, text)
        doc.date, doc.date_precision = _as_date(reader, 1, meta["date"], "date")
    return doc


def load_csv_register(ctx: LoadContext, path: Path, data: bytes) -> list[SourceDocument]:
    text = _decode(path, data)
    reader = _Reader(path, text)
    rows = list(csv.reader(io.StringIO(text, newline="")))
    if not rows:
        raise reader.fail(None, "the CSV register is empty")
    header = [h.strip() for h in rows[0]]
    missing = {"subject", "relation", "object"} - set(header)
    if missing:
        raise reader.fail(1, f"missing column(s): {', '.join(sorted(missing))}")
    unknown = set(header) - FACT_FIELDS
    if unknown:
        raise reader.fail(1, f"unknown column(s): {', '.join(sorted(unknown))}")
    index = _sibling_index(path, [])
    sources = _sibling_sources(path)
    doc = _document(path, data, text, {"title": f"{path.stem.replace('-', ' ').replace('_', ' ')} (table)"})
    offsets = _line_offsets(text)
    read: list[tuple[Fact, dict[str, Any], int]] = []
    for lineno, row in enumerate(rows[1:], start=2):
        if not any(cell.strip() for cell in row):
            continue
        if len(row) != len(header):
            raise reader.fail(lineno, f"expected {len(header)} columns, found {len(row)}")
        item: dict[str, Any] = {k: v.strip() for k, v in zip(header, row, strict=True) if v.strip()}
        for key in ("date", "from", "until"):
            if key in item:
                item[key] = _parse_csv_date(reader, lineno, item[key])
        start, end = offsets[lineno - 1], offsets[lineno] if lineno < len(offsets) else len(text)
        fact, new = _fact_from(reader, item, lineno, start, _trim_end(text, start, end), index, sources, None)
        doc.entities.extend(new)
        doc.facts.append(fact)
        read.append((fact, item, lineno))
    _link_parts(reader, read)
    return [curate(doc)]


def _parse_csv_date(reader: _Reader, line: int, value: str) -> Any:
    if re.fullmatch(r"\d{4}", value):
        return int(value)
    try:
        return dt.date.fromisoformat(value)
    except ValueError:
        raise reader.fail(line, f"not a date (yyyy-mm-dd or yyyy): {value!r}") from None


def _line_offsets(text: str) -> list[int]:
    offsets = [0]
    for m in re.finditer(r"\n", text):
        offsets.append(m.end())
    return offsets


def _sibling_sources(path: Path) -> dict[str, Any]:
    sources: dict[str, Any] = {}
    for sibling in sorted(path.parent.glob("*.y*ml")):
        try:
            data = safe_yaml.safe_load(sibling.read_text(encoding="utf-8"), str(sibling))
        except (yaml.YAMLError, LoadError, OSError, UnicodeDecodeError):
            continue  # its own load reports why
        if isinstance(data, dict) and isinstance(data.get("sources"), dict):
            sources.update(data["sources"])
    return sources


register_loader("register", (".yaml", ".yml"), load_yaml_register)
register_loader("register-csv", (".csv",), load_csv_register)
