"""Writers for SELECT/ASK answers held as Python rows, in the four W3C results formats.

pyoxigraph writes a whole result iterator at Rust speed, but cannot stop after N rows; the row limit needs
rows we have counted, so these writers take the counted rows. They follow the W3C specs (SPARQL 1.1 Query
Results JSON, XML, CSV/TSV) and add an announced-truncation marker where the format has room for one.
"""

from __future__ import annotations

import json
from collections.abc import Callable, Sequence
from typing import Any
from xml.sax.saxutils import escape, quoteattr

import pyoxigraph as ox

XSD_STRING = "http://www.w3.org/2001/XMLSchema#string"
RDF_LANG_STRING = "http://www.w3.org/1999/02/22-rdf-syntax-ns#langString"
RDF_DIR_LANG_STRING = "http://www.w3.org/1999/02/22-rdf-syntax-ns#dirLangString"
TRUNCATED_LINK = "urn:govkg:truncated"  # XML results: <link href="urn:govkg:truncated?limit=N"/> in <head>

Row = Sequence[Any]  # pyoxigraph terms or None, in variable order
Writer = Callable[[list[str], list[Row], int | None], bytes]


# -- JSON ([RJ] §3)

def _json_term(term: Any) -> dict[str, Any]:
    if isinstance(term, ox.NamedNode):
        return {"type": "uri", "value": term.value}
    if isinstance(term, ox.Literal):
        out: dict[str, Any] = {"type": "literal", "value": term.value}
        if term.language:
            out["xml:lang"] = term.language
        elif term.datatype.value != XSD_STRING:
            out["datatype"] = term.datatype.value
        return out
    if isinstance(term, ox.BlankNode):
        return {"type": "bnode", "value": term.value}
    if isinstance(term, ox.Triple):
        return {"type": "triple", "value": {"subject": _json_term(term.subject),
                                            "predicate": _json_term(term.predicate),
                                            "object": _json_term(term.object)}}
    raise TypeError(f"not an RDF term: {term!r}")


def json_results(variables: list[str], rows: list[Row], truncated_at: int | None) -> bytes:
    bindings = [{v: _json_term(t) for v, t in zip(variables, row, strict=True) if t is not None} for row in rows]
    doc: dict[str, Any] = {"head": {"vars": variables}, "results": {"bindings": bindings}}
    if truncated_at is not None:
        # Extra members are ignored by conforming readers; govkg's own clients read them.
        doc["truncated"] = True
        doc["rowLimit"] = truncated_at
    return json.dumps(doc, ensure_ascii=False, separators=(",", ":")).encode("utf-8")


def json_boolean(value: bool) -> bytes:
    return b'{"head":{},"boolean":' + (b"true" if value else b"false") + b"}"


# -- XML ([RX] §2)

def _xml_term(term: Any) -> str:
    if isinstance(term, ox.NamedNode):
        return f"<uri>{escape(term.value)}</uri>"
    if isinstance(term, ox.Literal):
        if term.language:
            return f"<literal xml:lang={quoteattr(term.language)}>{escape(term.value)}</literal>"
        if term.datatype.value != XSD_STRING:
            return f"<literal datatype={quoteattr(term.datatype.value)}>{escape(term.value)}</literal>"
        return f"<literal>{escape(term.value)}</literal>"
    if isinstance(term, ox.BlankNode):
        return f"<bnode>{escape(term.value)}</bnode>"
    if isinstance(term, ox.Triple):
        return (f"<triple><subject>{_xml_term(term.subject)}</subject><predicate>{_xml_term(term.predicate)}"
                f"</predicate><object>{_xml_term(term.object)}</object></triple>")
    raise TypeError(f"not an RDF term: {term!r}")


_XML_HEAD = '<?xml version="1.0"?>\n<sparql xmlns="http://www.w3.org/2005/sparql-results#"><head>'


def xml_results(variables: list[str], rows: list[Row], truncated_at: int | None) -> bytes:
    parts = [_XML_HEAD]
    parts.extend(f"<variable name={quoteattr(v)}/>" for v in variables)
    if truncated_at is not None:
        parts.append(f'<link href="{TRUNCATED_LINK}?limit={truncated_at}"/>')
    parts.append("</head><results>")
    for row in rows:
        parts.append("<result>")
        for v, t in zip(variables, row, strict=True):
            if t is not None:
                parts.append(f"<binding name={quoteattr(v)}>{_xml_term(t)}</binding>")
        parts.append("</result>")
    parts.append("</results></sparql>\n")
    return "".join(parts).encode("utf-8")


def xml_boolean(value: bool) -> bytes:
    return (_XML_HEAD + "</head><boolean>" + ("true" if value else "false") + "</boolean></sparql>\n").encode()


# -- CSV and TSV ([RC])

def _csv_cell(term: Any) -> str:
    if term is None:
        return ""
    if isinstance(term, ox.BlankNode):
        text = f"_:{term.value}"
    elif isinstance(term, ox.NamedNode | ox.Literal):
        text = term.value
    else:
        text = str(term)
    if any(c in text for c in '",\r\n'):
        return '"' + text.replace('"', '""') + '"'
    return text


def csv_results(variables: list[str], rows: list[Row], truncated_at: int | None) -> bytes:
    lines = [",".join(_csv_cell_name(v) for v in variables)]
    lines.extend(",".join(_csv_cell(t) for t in row) for row in rows)
    return ("\r\n".join(lines) + "\r\n").encode("utf-8")


def _csv_cell_name(name: str) -> str:
    return name


def _tsv_cell(term: Any) -> str:
    if term is None:
        return ""
    # N-Triples syntax; pyoxigraph's str() escapes tabs and newlines inside literals.
    return str(term)


def tsv_results(variables: list[str], rows: list[Row], truncated_at: int | None) -> bytes:
    lines = ["\t".join("?" + v for v in variables)]
    lines.extend("\t".join(_tsv_cell(t) for t in row) for row in rows)
    return ("\n".join(lines) + "\n").encode("utf-8")


def csv_boolean(value: bool) -> bytes:
    return b"_askResult\r\n" + (b"true" if value else b"false") + b"\r\n"


def tsv_boolean(value: bool) -> bytes:
    return b"?_askResult\n" + (b"true" if value else b"false") + b"\n"


WRITERS: dict[str, tuple[Writer, Callable[[bool], bytes]]] = {
    "application/sparql-results+json": (json_results, json_boolean),
    "application/sparql-results+xml": (xml_results, xml_boolean),
    "text/csv": (csv_results, csv_boolean),
    "text/tab-separated-values": (tsv_results, tsv_boolean),
}
