"""Consistency check of the TBox with owlready2 and the HermiT reasoner (needs a Java runtime).

owlready2 cannot read Turtle, so the ontology goes in as RDF/XML written by rdflib.
"""

from __future__ import annotations

import shutil
import tempfile
from pathlib import Path

from .reference import render


def java_available() -> bool:
    return shutil.which("java") is not None


def check_consistency() -> list[str]:
    """Run HermiT over the ontology; return the names of unsatisfiable classes ([] when consistent).

    Raises RuntimeError when the ontology as a whole is inconsistent.
    """
    import owlready2

    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "govkg.owl"
        path.write_text(render("owl"), encoding="utf-8")
        world = owlready2.World()
        onto = world.get_ontology(path.as_uri()).load()
        try:
            with onto:
                owlready2.sync_reasoner_hermit(world, infer_property_values=False, debug=0)
        except owlready2.OwlReadyInconsistentOntologyError as e:
            raise RuntimeError(f"the govkg ontology is inconsistent: {e}") from None
        return sorted(str(c) for c in world.inconsistent_classes())
