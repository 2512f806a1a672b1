"""The ontology in the formats people and tools ask for: Turtle, OWL (RDF/XML) and an HTML reference."""

from __future__ import annotations

from html import escape

from rdflib import Graph, URIRef
from rdflib.namespace import DCTERMS, OWL, RDF, RDFS, SKOS

from . import PREFIXES, ontology_graph, ontology_text


def _curie(g: Graph, term: URIRef) -> str:
    for prefix, ns in PREFIXES.items():
        if str(term).startswith(ns):
            return f"{prefix}:{str(term)[len(ns):]}"
    return str(term)


def _anchor(term: URIRef) -> str:
    return str(term).rsplit("#", 1)[-1]


def render_html(g: Graph) -> str:
    def text(term: URIRef, prop: URIRef) -> str:
        value = g.value(term, prop)
        return escape(str(value)) if value is not None else ""

    def links(terms: list[URIRef]) -> str:
        out = []
        for t in sorted(terms, key=str):
            c = escape(_curie(g, t))
            out.append(f'<a href="#{escape(_anchor(t))}">{c}</a>' if c.startswith("gkg:") else f"<code>{c}</code>")
        return ", ".join(out)

    def section(title: str, kinds: list[URIRef], parent: URIRef) -> str:
        terms = sorted({t for k in kinds for t in g.subjects(RDF.type, k) if _curie(g, t).startswith("gkg:")}, key=str)
        rows = []
        for t in terms:
            inverse = list(g.objects(t, OWL.inverseOf))
            inv = "; inverse of " + links(inverse) if inverse else ""
            rows.append(
                f'<tr id="{escape(_anchor(t))}"><th scope="row"><code>{escape(_curie(g, t))}</code></th>'
                f"<td>{text(t, RDFS.label)}</td><td>{text(t, SKOS.definition)}</td>"
                f"<td>{links(list(g.objects(t, parent)))}{inv}</td></tr>"
            )
        parent_name = "broader term" if parent == RDFS.subClassOf else "parent property"
        return (f"<section><h2>{title}</h2><table><thead><tr><th>term</th><th>label</th><th>definition</th>"
                f"<th>{parent_name}</th></tr></thead><tbody>{''.join(rows)}</tbody></table></section>")

    onto = URIRef("https://w3id.org/govkg/def")
    body = "".join([
        section("Classes", [OWL.Class], RDFS.subClassOf),
        section("Object properties", [OWL.ObjectProperty], RDFS.subPropertyOf),
        section("Data properties", [OWL.DatatypeProperty], RDFS.subPropertyOf),
    ])
    prefixes = "".join(f"<li><code>{escape(p)}:</code> {escape(ns)}</li>" for p, ns in PREFIXES.items())
    return f"""<!doctype html>
<html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>govkg ontology reference</title>
<style>body{{font-family:system-ui,sans-serif;max-width:70rem;margin:auto;padding:1rem;line-height:1.4}}
table{{border-collapse:collapse;width:100%}}
th,td{{border-bottom:1px solid #ccc;padding:.3rem;text-align:left;vertical-align:top}}
code{{font-size:.9em}}</style></head>
<body><h1>{text(onto, RDFS.label)}</h1><p>{text(onto, DCTERMS.description)}</p>
<p>Version {text(onto, OWL.versionInfo)}. Namespace <code>https://w3id.org/govkg/def#</code>.</p>
<h2>Prefixes</h2><ul>{prefixes}</ul>{body}</body></html>
"""


def render(fmt: str) -> str:
    if fmt == "ttl":
        return ontology_text("ontology")
    g = ontology_graph()
    if fmt == "owl":
        return g.serialize(format="pretty-xml")
    if fmt == "html":
        return render_html(g)
    raise ValueError(f"unknown ontology format {fmt!r}")
