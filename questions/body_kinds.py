"""'Which panels ...', 'which committees ...': the kind of body a question asks for, read against govkg's
body-type scheme (ontology/body_types.yaml). An answer is of that kind when its type is the concept or a
narrower one (a Channel panel is a panel), or when its own name says so; a body of another kind is not an
answer, however well it fits the rest of the question ("Which panels oversee Prevent?" is not answered by a
board)."""

from __future__ import annotations

import re
from typing import Any

from ..ontology import body_types
from .model import Answer

# Words a question uses for a kind of body (as the question matcher normalises them: lower case, a plural's
# "s" dropped), most specific first, and the concept each names.
_KINDS: tuple[tuple[str, str], ...] = (
    (r"community safety partnership", "community-safety-partnership"),
    (r"safeguarding (?:board|partnership)", "safeguarding-board"),
    (r"(?:overview and )?scrutiny (?:committee|panel|board)", "scrutiny-committee"),
    (r"police force", "police-force"),
    (r"fire and rescue (?:service|authoritie|authority)", "fire-and-rescue"),
    (r"nhs (?:body|bodie|organisation|trust)", "nhs-body"),
    (r"youth (?:justice|offending) (?:service|team)", "youth-justice-service"),
    # kinds the papers name plainly ("HMP ...", "... University"), so that their type is told reliably
    (r"prison|young offender institution", "prison"),
    (r"probation (?:service|provider|delivery unit)", "probation"),
    (r"(?:higher |further )?education (?:provider|institution|establishment|setting)|school|college|"
     r"universit(?:y|ie)", "education-provider"),
    (r"housing (?:association|provider)", "housing-provider"),
    (r"panel", "panel"),
    (r"committee", "committee"),
    # "which London boroughs": the boroughs' councils (or the boroughs themselves, as places)
    (r"council|local authority|local authoritie|borough", "council"),
)
_WHICH = re.compile(
    r"\b(?:which|what) (?:of the )?(?:[a-z_]+ )?(?P<kind>" + "|".join(f"(?:{p})" for p, _ in _KINDS) + r")\b"
)


def asked_type(free: str) -> tuple[str, str] | None:
    """(the words, the concept key) when FREE (the question as the matcher reads it) asks which body of a
    kind; None when it asks for no kind the scheme tells apart ('which bodies', 'which boards')."""
    m = _WHICH.search(free)
    if m is None:
        return None
    words = m.group("kind")
    return next((words, key) for pattern, key in _KINDS if re.fullmatch(pattern, words))


def of_type(store: Any, answers: list[Answer], asked: tuple[str, str]) -> tuple[list[Answer], str]:
    """The ANSWERS that are of the ASKED kind, and how the reading says so."""
    words, key = asked
    concept = body_types.concepts()[key]
    iris = sorted({a.iri for a in answers if a.iri and a.iri.startswith(("http://", "https://"))})
    typed: set[str] = set()
    if iris:
        values = " ".join(f"<{i}>" for i in iris)
        rows = store.select(f"SELECT DISTINCT ?x WHERE {{ VALUES ?x {{ {values} }} "
                            f"?x org:classification/skos:broader* <{concept.iri}> }}")
        typed = {r["x"] for r in rows}
    said = re.compile(rf"\b{words}s?\b")
    # a council's area answers for its council ("which boroughs does the team cover": Haringey)
    area = key == "council"
    kept = [a for a in answers if a.iri in typed or said.search(_plain(a.label)) or _named_of(a.label, key)
            or area and _is_area(a.iri)]
    return kept, f"; only those that are a {concept.label} (by their type or their name)"


def _named_of(label: str, key: str) -> bool:
    """Does the scheme's own reading of the name LABEL make it a body of concept KEY or a narrower one? (A
    "Communities Scrutiny Board" is a committee by its name, though the papers' layout typed it a board.)"""
    found = body_types.classify(label)
    return found.kind == "body" and found.concept is not None and key in {
        c.key for c in body_types.lineage(found.concept.key)}


def _plain(label: str) -> str:
    return " ".join(re.sub(r"[^a-z0-9]+", " ", label.lower().replace("&", " and ")).split())


def _is_area(iri: str | None) -> bool:
    return bool(iri) and "/id/area/" in iri  # type: ignore[operator]
