"""Consistency check of the TBox with owlready2 and the HermiT reasoner (needs a Java runtime).

owlready2 cannot read Turtle, so the ontology goes in as RDF/XML written by rdflib.
"""

from __future__ import annotations

import shutil
import tempfile
from pathlib import Path

from rdflib import XSD, Graph
from rdflib.namespace import RDFS

from . import ontology_graph

# HermiT implements only the OWL 2 datatype map, which lacks xsd:date and xsd:gYear; ranges that use them
# are widened to rdfs:Literal for the check (they do not bear on class consistency).
_NOT_OWL2 = {XSD.date, XSD.gYear}


def _owl2_copy(extra: Graph | None = None) -> str:
    g = ontology_graph()
    if extra is not None:
        g += extra
    for s, p, o in list(g.triples((None, RDFS.range, None))):
        if o in _NOT_OWL2:
            g.remove((s, p, o))
            g.add((s, p, RDFS.Literal))
    return g.serialize(format="pretty-xml")


def java_available() -> bool:
    return shutil.which("java") is not None


def check_consistency(extra: Graph | None = None) -> list[str]:
    """Run HermiT over the ontology; return the names of unsatisfiable classes ([] when consistent).

    EXTRA axioms may be added (tests plant contradictions with it). Raises RuntimeError when the ontology
    as a whole is inconsistent.
    """
    import owlready2

    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "govkg.owl"
        path.write_text(_owl2_copy(extra), encoding="utf-8")
        world = owlready2.World()
        onto = world.get_ontology(path.as_uri()).load()
        try:
            with onto:
                owlready2.sync_reasoner_hermit(world, infer_property_values=False, debug=0)
        except owlready2.OwlReadyInconsistentOntologyError as e:
            raise RuntimeError(f"the govkg ontology is inconsistent: {e}") from None
        return sorted(str(c) for c in world.inconsistent_classes())
