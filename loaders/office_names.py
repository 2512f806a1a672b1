"""The name a paper gives its police and crime commissioner: ONE decision per paper.

A commissioner (a PCC, a PFCC, a mayor who holds the commissioner's functions) is written many ways in one paper:
"the Police and Crime Commissioner for Hampshire and the Isle of Wight" once, then "the PCC", "the Commissioner",
"Hampshire PCC". Readers used to name the node from whichever mention they met, so a paper's facts went to a
name the paper never wrote in full (the area cut at "and", the words in another order). Here the paper is read
once: the gazetteer knows every office of the police area, in every era, and the full name of its area ("and"
inside it); every form of the holder's name the paper writes is found, and the fullest of them is the paper's
name for the office. When the paper writes none in full, it does not say: the decision adds nothing and the
caller keeps the gazetteer's usual name.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from .gazetteer import places as gz

# the office's own forms name the office, not its holder ("Office of the ...", "Kent OPCC")
_OFFICE_FORM = re.compile(r"\bOffice\b|\bO[PF]+CC\b")
_SPELT = re.compile(r"(?i)\bCommissioner\b|\bMayor\b")


@dataclass(frozen=True)
class OfficeName:
    """The paper's decision on its commissioner's name: `name` is the fullest form it writes (None when it writes
    none in full), `forms` every form it writes, fullest first, and `evidence` which reading gave it."""

    name: str | None
    forms: tuple[str, ...] = ()
    evidence: str = "not said"


NOT_SAID = OfficeName(None)


def kind_of_title(title: str) -> str:
    """The office kind ("pcc", "pfcc", "mayor") a holder's title names."""
    return "mayor" if "Mayor" in title else "pfcc" if "Fire" in title else "pcc"


@lru_cache(maxsize=256)
def _forms(area: str, kind: str, office: bool) -> tuple[tuple[str, re.Pattern[str]], ...]:
    """Every name the gazetteer knows for the holder of AREA's office of KIND (with OFFICE, for the office
    itself), in every era of that kind, with the pattern that finds it as a paper writes it (any spacing or line
    wrap, "&" for "and", any case)."""
    forms: dict[str, re.Pattern[str]] = {}
    for entry in gz.police_offices(area):
        if entry.office_kind != kind:
            continue
        for name in entry.all_names():
            if name in forms or bool(_OFFICE_FORM.search(name)) != office:
                continue
            words = [r"(?:and|&)" if w == "and" else re.escape(w) for w in name.split()]
            forms[name] = re.compile(r"(?i)(?<![\w-])" + r"\s+".join(words) + r"(?![\w-])")
    return tuple(forms.items())


def commissioner_name(text: str, area: str | None, kind: str = "pcc", office: bool = False) -> OfficeName:
    """The paper's name for the holder of AREA's office of KIND (AREA a police area; with OFFICE, for the office
    itself): every form of it TEXT writes, and the fullest of those with the title spelt out (most words, so the
    area's whole name beats its first part; then the one written most often, then the first) its name. A form
    written only as the start of a longer one ("... for Cambridgeshire" of "... for Cambridgeshire and
    Peterborough") is not written on its own; initials alone ("Kent PCC") do not name it in full."""
    if not area:
        return NOT_SAID
    found: list[tuple[int, int, str]] = []
    for name, pattern in _forms(area, kind, office):
        for m in pattern.finditer(text):
            written = " ".join(m.group(0).split())
            # (a heading in capitals is the gazetteer's name in its usual case)
            found.append((m.start(), m.end(), name if written.isupper() else written))
    # (the longest match first: a shorter one inside it is part of it)
    found.sort(key=lambda f: (f[0], -(f[1] - f[0])))
    kept: list[tuple[int, int, str]] = []
    reach = -1
    for start, end, written in found:
        if end > reach:
            kept.append((start, end, written))
            reach = end
    counts: dict[str, int] = {}
    first: dict[str, int] = {}
    for start, _, written in kept:
        counts[written] = counts.get(written, 0) + 1
        first.setdefault(written, start)
    forms = sorted(counts, key=lambda w: (not _SPELT.search(w), -len(w.split()), -counts[w], first[w]))
    full = [w for w in forms if _SPELT.search(w)]
    if not full:
        return OfficeName(None, tuple(forms)) if forms else NOT_SAID
    return OfficeName(full[0], tuple(forms), "written in full")


def latest_kind(area: str, kinds: set[str]) -> str | None:
    """Of KINDS of AREA's office, the one of the latest era: a paper that names the office of two eras ("the
    PCC ... became the PFCC in 2019") speaks of the later one."""
    eras = [o.office_kind for o in gz.police_offices(area)]
    return max(kinds, key=lambda k: eras.index(k) if k in eras else -1) if kinds else None


@lru_cache(maxsize=1)
def _areas() -> tuple[tuple[str, list[str]], ...]:
    """(police area, the words of its name in lower case) of every area whose office has had a commissioner or a
    mayor holding the commissioner's functions: the words let a paper that names no such area skip its forms."""
    return tuple((area, re.split(r"[ -]", area.casefold())) for area, offices in gz.offices_by_area().items()
                 if area and any(o.office_kind in _KINDS for o in offices))


_KINDS = ("pcc", "pfcc", "mayor")


@lru_cache(maxsize=256)
def _any_form(area: str, kind: str) -> re.Pattern[str] | None:
    """One pattern for every form of AREA's office of KIND, its holder's and its own."""
    forms = sorted((name for office in (False, True) for name, _ in _forms(area, kind, office)), key=len, reverse=True)
    if not forms:
        return None
    words = [r"\s+".join(r"(?:and|&)" if w == "and" else re.escape(w) for w in f.split()) for f in forms]
    return re.compile(r"(?i)(?<![\w-])(?:" + "|".join(words) + r")(?![\w-])")


def named_offices(text: str) -> tuple[tuple[str, str], ...]:
    """(police area, kind) of every commissioner (or mayor holding the commissioner's functions) TEXT names with
    the area, the holder or the office, in the order the paper first names them."""
    low = text.casefold()
    first: dict[tuple[str, str], int] = {}
    for area, words in _areas():
        if not all(w in low for w in words):
            continue
        for kind in _KINDS:
            pattern = _any_form(area, kind)
            m = pattern.search(text) if pattern is not None else None
            if m is not None:
                first[(area, kind)] = m.start()
    return tuple(sorted(first, key=first.__getitem__))


# "we were known as the X until 2019", "formerly the X", "previously known as X", "renamed from X": a past name
_FORMER_NAME = re.compile(r"\b(?:(?:was|were)\s+known\s+as|formerly(?:\s+known\s+as|\s+called)?|"
                          r"previously\s+(?:known\s+as|called)|renamed\s+from)\s+(?:the\s+)?"
                          r"(?P<old>(?:[A-Z][\w'’&-]*\s+(?:(?:and|of|for|on)\s+)?){0,6}[A-Z][\w'’&-]*)")


def former_names(text: str) -> frozenset[str]:
    """The names TEXT gives as a body's past names: no later "the partnership" of the paper means a body by its
    old name, which the paper names only to say it is no longer used."""
    return frozenset(" ".join(m.group("old").split()) for m in _FORMER_NAME.finditer(text))
