"""Stable, readable IRIs for everything govkg mints.

An entity's IRI is its kind plus the slug of its canonical name, and, for generic names (a post such as
"Director of Public Health"), the slug of the area that scopes it. Loaders decide the canonical name and
the scope; this module only turns them into IRIs, so the same body named in two documents becomes one node
while two councils' "Prevent Board" stay apart.
"""

from __future__ import annotations

import hashlib
import re
import unicodedata
from functools import cache, lru_cache

BASE = "https://w3id.org/govkg/id/"

KINDS = (
    "body", "person", "post", "topic", "publication", "initiative", "area", "legislation",
    "grant", "meeting", "doc", "assertion", "holding",
)

# Titles and ranks that do not identify a person: "Dr Frances Howie" and "Frances Howie" are one node.
_TITLES = {
    "mr", "mrs", "ms", "miss", "mx", "dr", "cllr", "councillor", "prof", "professor", "sir", "dame", "rev",
    "revd", "lord", "lady", "the", "chief", "supt", "superintendent", "inspector", "insp", "sergeant", "sgt",
    "constable", "pc", "ds", "di", "dci", "dsupt", "ch", "cc", "acc", "dcc", "county", "councillor's",
}


_NOT_SLUG = re.compile(r"[^a-z0-9]+")
_NAME_WORD_GAP = re.compile(r"[\s.]+")


@lru_cache(maxsize=65536)
def slug(text: str) -> str:
    """Lower-case ASCII words joined by hyphens; '&' reads as 'and' so both spellings meet."""
    # cached: a document's IRI is made from its key each time it is asked, for every quad the builder adds
    # (54k slugs for ten councils' 420 papers, a few thousand distinct), each a normalisation, an encoding and
    # a substitution
    text = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode("ascii")
    text = text.lower().replace("&", " and ").replace("'", "").replace("\u2019", "")
    text = _NOT_SLUG.sub("-", text).strip("-")
    return text or "unnamed"


def person_slug(name: str) -> str:
    """Slug of a person's name without honorifics or ranks."""
    words = [w for w in _NAME_WORD_GAP.split(name) if w]
    kept = [w for w in words if w.lower().strip(",") not in _TITLES]
    return slug(" ".join(kept or words))


@cache
def entity_iri(kind: str, name: str, scope: str | None = None) -> str:
    if kind not in KINDS:
        raise ValueError(f"unknown entity kind {kind!r}")
    local = person_slug(name) if kind == "person" else slug(name)
    if scope:
        return f"{BASE}{kind}/{slug(scope)}/{local}"
    return f"{BASE}{kind}/{local}"


def document_iri(key: str) -> str:
    return f"{BASE}doc/{slug(key)}"


def hashed_iri(kind: str, *parts: object) -> str:
    """An IRI for a node identified by its content (assertions, grants, meetings)."""
    digest = hashlib.sha1("\x1f".join(str(p) for p in parts).encode("utf-8")).hexdigest()[:16]
    return f"{BASE}{kind}/{digest}"
