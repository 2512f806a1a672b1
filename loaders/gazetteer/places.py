"""The national gazetteer: every principal council of the UK (current, and those abolished since 2009), the
counties, regions and police force areas they sit in, the police forces and their oversight offices, fire and
rescue services, NHS integrated care boards, combined authorities and the national bodies community-safety
papers name.

Why one module: extraction needs to recognise "RBKC", "the Met" or "Office of the Police and Crime Commissioner
for Dyfed-Powys" in any council's papers, and question answering needs to know that a question about "B&NES"
is about Bath and North East Somerset and which PCC oversees it. Both read the same data (the ``places_*.yaml``
files beside this module), loaded once and cached.

The public API:

- :func:`lookup` -- every entry a name or short form can mean (``"Newcastle"`` gives two places).
- :func:`scan` -- every longest mention of a place or body in running text, with context rules for names that
  are also ordinary words or surnames ("Reading", "Hart", "the Met").
- :func:`from_host` -- the council, police force or office a web address belongs to.
- helpers: :func:`county_of`, :func:`districts_of`, :func:`police_force_of`, :func:`police_area_of`,
  :func:`police_office_of`, :func:`police_panel_of`, :func:`fire_service_of`, :func:`icb_of`, :func:`is_place`,
  :func:`leading_areas`, :func:`areas_in`, :func:`named_by_pattern`, :func:`resolve`, :func:`places_in`,
  :func:`mentions_of`, :func:`match`, :func:`ambiguity_note`, :func:`entries`, :func:`get`, :func:`place`.
"""

from __future__ import annotations

import itertools
import re
import unicodedata
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from functools import cache, lru_cache
from importlib import resources
from typing import Any, NamedTuple
from urllib.parse import urlsplit

import yaml

# ---------------------------------------------------------------------------------------------------------------
# The entries

#: Kinds of place. Principal authorities first: lookup() orders its results by this list, so that the council
#: a bare name usually means comes before the ceremonial county or police area of the same name.
PRINCIPAL_KINDS = ("unitary", "county", "district", "metropolitan_borough", "london_borough", "sui_generis",
                   "principal_area", "council_area", "ni_district")
AREA_KINDS = ("metropolitan_county", "ceremonial_county", "preserved_county", "police_area", "region", "nation",
              "informal_area")
PLACE_KINDS = PRINCIPAL_KINDS + AREA_KINDS
#: Kinds of body.
BODY_KINDS = ("combined_authority", "strategic_authority", "police_force", "police_office", "police_panel",
              "fire_service", "fire_authority", "icb", "ics", "health_board", "department", "agency",
              "public_body", "inspectorate", "commissioner", "devolved_government", "membership", "service",
              "government", "charity")
#: How a name was written, strongest first; a mention keeps the strongest form for each entry.
FORMS = ("name", "formal", "short", "welsh", "area", "former")


@dataclass(frozen=True, kw_only=True)
class Entry:
    """A place or public body and every name it goes by.

    ``abolished`` is the year the entry stopped existing (it is then *former*, kept because papers from before
    that year name it); ``successors`` are the canonical names of what replaced it.
    """

    key: str
    name: str
    kind: str
    nation: str
    formal_names: tuple[str, ...] = ()
    short_forms: tuple[str, ...] = ()
    welsh_names: tuple[str, ...] = ()
    former_names: tuple[tuple[str, int], ...] = ()
    hosts: tuple[str, ...] = ()
    former_hosts: tuple[str, ...] = ()
    since: int | None = None
    abolished: int | None = None
    successors: tuple[str, ...] = ()
    note: str = ""
    bare: bool = True  # False when the name alone is an ordinary word ("Down"): only longer forms match

    @property
    def is_former(self) -> bool:
        return self.abolished is not None

    @property
    def is_place(self) -> bool:
        return self.kind in PLACE_KINDS

    def active_in(self, year: int) -> bool:
        """Whether the entry existed during YEAR (a year of change counts for both sides)."""
        return (self.since is None or self.since <= year) and (self.abolished is None or year <= self.abolished)

    def all_names(self) -> tuple[str, ...]:
        """Every name and short form, current and former."""
        return (self.name, *self.formal_names, *self.short_forms, *self.welsh_names,
                *(n for n, _ in self.former_names))


@dataclass(frozen=True, kw_only=True)
class Place(Entry):
    """An area: a principal council's area (the council's names are its ``formal_names``), a county, a police
    force area, a region or a nation.

    ``county`` is the county a district lies in (for a metropolitan borough, its metropolitan county; for a
    former district, the county it lay in). ``police_area`` is the key of the police force covering it.
    ``covers`` lists the councils inside an area that is not itself a council (a police area, a region)."""

    county: str | None = None
    ceremonial_county: str | None = None
    region: str | None = None
    police_area: str | None = None
    former_kind: str | None = None
    covers: tuple[str, ...] = ()

    @property
    def council(self) -> str | None:
        """The council's usual name, or None for an area with no council of its own."""
        return self.formal_names[0] if self.formal_names else None


@dataclass(frozen=True, kw_only=True)
class Body(Entry):
    """A public body: a police force or its oversight office or panel, a fire service or authority, a combined
    authority, an NHS board, or a national department, agency or inspectorate.

    ``covers`` / ``partly_covers`` are canonical place names; ``police_area`` ties police bodies to their force
    area; ``office_kind`` says what an oversight office is (``pcc``, ``pfcc``, ``mayor``, ``mopac``, ``city``,
    ``board``, ``police_authority``); ``governed_by`` is the key of the body that governs this one."""

    area: str | None = None
    covers: tuple[str, ...] = ()
    partly_covers: tuple[str, ...] = ()
    police_area: str | None = None
    office_kind: str | None = None
    governed_by: str | None = None
    posts: tuple[str, ...] = ()


@dataclass(frozen=True)
class Match:
    """What a piece of text names: every entry it can mean (more than one when the name is ambiguous), each
    with the form it was written in ("name", "formal", "short", "welsh", "area" or "former")."""

    text: str
    entries: tuple[Entry, ...]
    forms: tuple[str, ...]

    @property
    def ambiguous(self) -> bool:
        return len(self.entries) > 1

    @property
    def entry(self) -> Entry:
        """The first (most likely) entry; check :attr:`ambiguous` before relying on it."""
        return self.entries[0]


class Mention(NamedTuple):
    """A mention found by :func:`scan`: TEXT[start:end] names ``match``."""

    start: int
    end: int
    match: Match


# ---------------------------------------------------------------------------------------------------------------
# Normalising names

_APOSTROPHES = re.compile(r"['’‘`]")
_NON_ALNUM = re.compile(r"[^a-z0-9]+")


def _fold(text: str) -> str:
    """Strip accents (Welsh circumflexes: "Ynys Môn" is often typed "Ynys Mon")."""
    if text.isascii():
        return text
    return "".join(c for c in unicodedata.normalize("NFKD", text) if not unicodedata.combining(c))


def _norm_token(token: str) -> str:
    token = _fold(token).lower()
    if token == "&":
        return "and"
    token = _APOSTROPHES.sub("", token)
    return "st" if token == "saint" else token


_PLAIN_NAME = re.compile(r"[A-Za-z0-9]+(?: [A-Za-z0-9]+)*")


@lru_cache(maxsize=65536)  # the same names are normalised again and again: every look-up and gazetteer scan
def norm(name: str) -> str:
    """The key two spellings of one name share: case, accents, punctuation, "&"/"and", "St"/"St."/"Saint" and
    a leading "the" do not matter."""
    if _PLAIN_NAME.fullmatch(name):
        words = name.lower().split(" ")  # most names: nothing to fold, strip or split on but single spaces
    else:
        words = _NON_ALNUM.sub(" ", _APOSTROPHES.sub("", _fold(name)).lower().replace("&", " and ")).split()
    tokens = ["st" if t == "saint" else t for t in words]
    if len(tokens) > 1 and tokens[0] == "the":
        tokens = tokens[1:]
    return " ".join(tokens)


def _slug(name: str) -> str:
    return norm(name).replace(" ", "-")


def _compact(name: str) -> str:
    return norm(name).replace(" ", "")


# ---------------------------------------------------------------------------------------------------------------
# Loading the data

_STYLE_FORMAL = {
    "county": "{n} County Council",
    "district": "{n} District Council",
    "borough": "{n} Borough Council",
    "city": "{n} City Council",
    "council": "{n} Council",
    "metropolitan": "{n} Metropolitan Borough Council",
    "county borough": "{n} County Borough Council",
    "london": "London Borough of {n}",
    "royal": "Royal Borough of {n}",
}
# Forms every council of a style is written in besides its formal name.
_STYLE_SHORT = {
    "district": ("{n} DC", "{n} District"),
    "borough": ("{n} BC", "{n} Borough", "Borough of {n}"),
    "city": ("{n} CC", "City of {n}"),
    "county": ("{n} CC",),
    "county borough": ("{n} CBC", "{n} County Borough"),
    "london": ("LB {n}", "LB of {n}", "London Borough of {n} Council"),
    "royal": ("RB {n}", "Royal Borough of {n} Council"),
}
_DESIGNATORS = {"county", "borough", "district", "city", "metropolitan", "council"}


# libyaml's parser when the wheel has it: the pure-Python one takes most of a second over these files
_LOADER = getattr(yaml, "CSafeLoader", yaml.SafeLoader)


def _data(name: str) -> Any:
    return yaml.load(resources.files(__package__).joinpath(name).read_text(encoding="utf-8"), Loader=_LOADER)


def _list(value: Any) -> tuple[str, ...]:
    if value is None:
        return ()
    if isinstance(value, str):
        return (value,)
    return tuple(str(v) for v in value)


def _former(values: Any) -> tuple[tuple[str, int], ...]:
    out = []
    for value in _list(values):
        name, _, year = value.partition("|")
        out.append((name.strip(), int(year)))
    return tuple(out)


def _council_names(name: str, spec: dict) -> tuple[tuple[str, ...], tuple[str, ...]]:
    """The council's formal names and the short forms derived from its style and formal names."""
    style = spec.get("style")
    formal = list(_list(spec.get("council")))
    if style and not formal:
        formal.append(_STYLE_FORMAL[style].format(n=name))
    elif style and style not in ("council",):
        styled = _STYLE_FORMAL[style].format(n=name)
        if styled not in formal:
            formal.append(styled)
    short = list(_list(spec.get("short")))
    if formal and spec.get("bare", True):
        short.append(f"{name} Council")
    short.extend(form.format(n=name) for form in _STYLE_SHORT.get(style or "", ()))
    for council in formal:
        # "Wirral Metropolitan Borough Council" is also written "Wirral MBC"
        if council.startswith(name + " "):
            words = council[len(name) + 1:].split()
            if len(words) > 1 and all(w.lower() in _DESIGNATORS for w in words):
                short.append(f"{name} {''.join(w[0] for w in words).upper()}")
        # "City of Lincoln Council" is the council of the place written "City of Lincoln"
        for designator in ("City of ", "Borough of ", "County of ", "City and County of "):
            if council.startswith(designator + name + " ") and council.endswith(" Council"):
                short.append(designator + name)
    if style == "county":
        short.append(f"{name} County")  # "the Hampshire County area"
    return tuple(dict.fromkeys(formal)), tuple(dict.fromkeys(s for s in short if s not in formal))


class _Builder:
    """Turns the YAML files into entries, refusing two entries with one key (_check then tests references)."""

    def __init__(self) -> None:
        self.entries: list[Entry] = []
        self.keys: set[str] = set()

    def add(self, entry: Entry) -> Entry:
        if entry.key in self.keys:
            raise ValueError(f"gazetteer: duplicate key {entry.key!r}")
        self.keys.add(entry.key)
        self.entries.append(entry)
        return entry

    def place(self, name: str, spec: dict, *, kind: str, nation: str, **where: Any) -> Place:
        formal, short = _council_names(name, spec)
        ended = spec.get("ended")
        return self.add(Place(
            key=f"{kind if kind in ('region', 'nation') else 'place'}:{_slug(name)}" + (f":{ended}" if ended else ""),
            name=name, kind=spec.get("kind", kind), nation=nation,
            # "Cyngor Gwynedd": the council's own name in Welsh is a name of the council, as its English one is,
            # not of the area (read as the place, a schedule's "Cyngor Gwynedd" row named no member)
            formal_names=formal + tuple(n for n in _list(spec.get("welsh_council")) if n not in formal),
            short_forms=short,
            welsh_names=_list(spec.get("welsh")),
            former_names=_former(spec.get("former_names")),
            hosts=_list(spec.get("host")), former_hosts=_list(spec.get("former_hosts")),
            since=spec.get("since"), abolished=ended, successors=_list(spec.get("successor")),
            former_kind=spec.get("former_kind"), note=spec.get("note", ""), bare=spec.get("bare", True),
            **where,
        ))


def _load_england(b: _Builder) -> None:
    data = _data("places_england.yaml")
    for region in data["regions"]:
        b.place(region, {}, kind="region", nation="England", region=region)
    for county, spec in data["counties"].items():
        region, police = spec["region"], spec["police"]
        b.place(county, {"style": "county", **spec}, kind="county", nation="England", region=region,
                police_area=police, ceremonial_county=county)
        for name, d in spec["districts"].items():
            b.place(name, d, kind="district", nation="England", county=county, region=region, police_area=police,
                    ceremonial_county=county)
    for county, spec in data["former_counties"].items():
        region, police = spec["region"], spec["police"]
        b.place(county, {k: v for k, v in spec.items() if k != "districts"} | {"former_kind": "county"},
                kind="ceremonial_county", nation="England", region=region, police_area=police,
                ceremonial_county=county)
        for name, d in spec["districts"].items():
            b.place(name, d, kind="district", nation="England", county=county, region=region, police_area=police,
                    ceremonial_county=county)
    for county, spec in data["ceremonial_counties"].items():
        b.place(county, spec, kind="ceremonial_county", nation="England", region=spec["region"],
                police_area=spec["police"], ceremonial_county=county)
    for county, spec in data["metropolitan_counties"].items():
        region, police = spec["region"], spec["police"]
        b.place(county, {"short": spec.get("short")}, kind="metropolitan_county", nation="England", region=region,
                police_area=police, ceremonial_county=county)
        for name, d in spec["boroughs"].items():
            b.place(name, d, kind="metropolitan_borough", nation="England", county=county, region=region,
                    police_area=police, ceremonial_county=county)
    london = data["london"]
    for name, d in london["boroughs"].items():
        b.place(name, d, kind="london_borough", nation="England", region=london["region"],
                police_area=london["police"], ceremonial_county=london["ceremonial"])
    for name, d in london["city"].items():
        b.place(name, d, kind="sui_generis", nation="England", region=london["region"], police_area=d["police"],
                ceremonial_county=name)
    for name, spec in data["unitaries"].items():
        where = {"region": spec["region"], "police_area": spec["police"],
                 "ceremonial_county": spec["ceremonial"]}
        b.place(name, {k: v for k, v in spec.items() if k != "districts"}, kind="unitary", nation="England",
                **where)
        for dname, d in (spec.get("districts") or {}).items():
            kind = d.get("kind", "district")
            b.place(dname, d, kind=kind, nation="England", county=name if kind == "district" else None, **where)


def _load_devolved(b: _Builder) -> None:
    data = _data("places_devolved.yaml")
    wales = data["wales"]
    for name, spec in wales["councils"].items():
        b.place(name, spec, kind="principal_area", nation="Wales", region="Wales", police_area=spec["police"],
                ceremonial_county=spec["preserved"])
    for name, spec in wales["preserved_counties"].items():
        b.place(name, spec, kind="preserved_county", nation="Wales", region="Wales", police_area=spec["police"],
                ceremonial_county=name)
    for name, spec in wales["informal_areas"].items():
        b.place(name, spec or {}, kind="informal_area", nation="Wales", region="Wales")
    scotland = data["scotland"]
    for name, spec in scotland["councils"].items():
        b.place(name, spec, kind="council_area", nation="Scotland", region="Scotland",
                police_area=scotland["police"])
    ni = data["northern_ireland"]
    for name, spec in ni["councils"].items():
        b.place(name, spec, kind="ni_district", nation="Northern Ireland", region="Northern Ireland",
                police_area=ni["police"])
    for name, spec in ni["former_councils"].items():
        b.place(name, spec | {"ended": 2015}, kind="ni_district", nation="Northern Ireland",
                region="Northern Ireland", police_area=ni["police"])


def _load_rules_places(b: _Builder, rules: dict) -> None:
    for name, spec in rules["nations"].items():
        b.place(name, spec, kind="nation", nation=name, region=None if name == "England" else name)
    for name, spec in rules["informal_areas"].items():
        b.place(name, spec, kind="informal_area", nation=spec["nation"], region=spec.get("region"),
                covers=tuple(spec["covers"]))


def _current_principal(entries: Iterable[Entry]) -> list[Place]:
    return [e for e in entries if isinstance(e, Place) and e.kind in PRINCIPAL_KINDS and not e.is_former]


def _by_name(entries: Iterable[Entry]) -> dict[str, Place]:
    """Places by canonical name, regions and nations apart ("West Midlands" is a county and a region: a
    `covers` or `county` reference means the county, a `region` field means the region)."""
    out: dict[str, Place] = {}
    for e in entries:
        if isinstance(e, Place) and e.kind not in ("region", "nation"):
            if e.name in out:
                raise ValueError(f"gazetteer: two places are called {e.name!r}")
            out[e.name] = e
    return out


def _load_police(b: _Builder, data: dict) -> dict[str, str]:
    """Forces, offices, panels and the police-area places the places files do not already have. Returns each
    force area's current office key (fire services governed by a commissioner or mayor point at it)."""
    forms = data["office_forms"]
    councils = _current_principal(b.entries)
    current_office: dict[str, str] = {}
    forces = [(area, spec, True) for area, spec in data["forces"].items()]
    forces += [(area, spec, False) for area, spec in data["other_forces"].items()]
    known_forms = {norm(n) for e in b.entries if isinstance(e, Place) and not e.is_former for n in e.all_names()}
    for area, spec, territorial in forces:
        covered = tuple(p.name for p in councils if p.police_area == area)
        nations = {p.nation for p in councils if p.police_area == area}
        nation = spec.get("nation") or (nations.pop() if len(nations) == 1 else "England and Wales")
        if territorial and not covered:
            raise ValueError(f"gazetteer: police area {area!r} covers no council")
        if territorial and norm(area) not in known_forms:
            regions = {p.region for p in councils if p.police_area == area}
            b.add(Place(key=f"place:{_slug(area)}", name=area, kind="police_area", nation=nation,
                        region=regions.pop() if len(regions) == 1 else None, police_area=area, covers=covered))
        b.add(Body(
            key=f"police:{_slug(area)}", name=spec["names"][0], kind="police_force", nation=nation,
            formal_names=tuple(spec["names"]), short_forms=_list(spec.get("short")),
            welsh_names=_list(spec.get("welsh")), former_names=_former(spec.get("former_names")),
            hosts=tuple(f"{label}.police.uk" for label in _list(spec.get("police_uk"))),
            since=spec.get("since"), area=area, covers=covered, police_area=area,
        ))
        office_areas = _list(spec.get("office_areas")) or (area,)
        eras = spec.get("offices") or [{"kind": "police_authority", "until": 2012}, {"kind": "pcc", "since": 2012}]
        office_kinds: set[str] = set()
        current_kind = ""
        for era in eras:
            kind = era["kind"]
            office_kinds.add(kind)
            areas = _list(era["areas"]) if "areas" in era else (area,) if kind == "police_authority" else office_areas
            generated = [f.format(a=a) for a in areas for f in forms.get(kind, ())]
            names = list(dict.fromkeys([*generated, *_list(era.get("names"))]))
            key = f"office:{_slug(area)}:{kind}"
            office = b.add(Body(
                key=key, name=names[0], kind="police_office", nation=nation,
                formal_names=tuple(names[:1]), short_forms=tuple(names[1:]),
                since=era.get("since"), abolished=era.get("until"), area=area, covers=covered, police_area=area,
                office_kind=kind, posts=_list(era.get("posts")),
                note="holds fire and rescue functions too" if kind == "pfcc" or era.get("fire") else "",
            ))
            if not office.is_former:
                current_office[area] = office.key
                current_kind = kind
        if not territorial:
            continue
        # the panel is named after the current office: an Essex paper of 2015 and one of 2025 name one panel
        panel = list(_list(spec.get("panel")))
        for kind in sorted(office_kinds & {"pcc", "pfcc"}, key=lambda k: k != current_kind):
            panel += [f.format(a=a) for a in office_areas for f in forms[f"panel_{kind}"]]
        panel = list(dict.fromkeys(panel))
        if panel:
            b.add(Body(key=f"panel:{_slug(area)}", name=panel[0], kind="police_panel", nation=nation,
                       formal_names=tuple(panel[:1]), short_forms=tuple(panel[1:]), area=area, covers=covered,
                       police_area=area, note="scrutinises the commissioner; hosted by one of its councils"))
    return current_office


def _load_bodies(b: _Builder, data: dict, by_name: dict[str, Place], current_office: dict[str, str]) -> None:
    """Combined authorities, fire services and authorities, NHS boards and national bodies."""
    areas = set(by_name) | {e.name for e in b.entries if e.kind in ("region", "nation")}

    def covers(names: Any, where: str) -> tuple[str, ...]:
        out = _list(names)
        for n in out:
            if n not in areas:
                raise ValueError(f"gazetteer: {where} covers unknown place {n!r}")
        return out

    for spec in data["combined_authorities"]:
        name = spec["names"][0]
        short = list(_list(spec.get("short")))
        for area_name in (*_list(spec.get("area")), *_list(spec.get("area_short"))):
            if area_name not in by_name:  # "Greater Manchester" is already the county's name
                short.append(area_name)
        b.add(Body(
            key=spec.get("key") or f"ca:{_slug(name)}", name=name, kind=spec.get("kind", "combined_authority"),
            nation="England", formal_names=tuple(spec["names"]), short_forms=tuple(short),
            former_names=_former(spec.get("former_names")), hosts=_list(spec.get("host")),
            since=spec.get("since"), abolished=spec.get("until"), area=spec.get("area"),
            covers=covers(spec["covers"], name),
            note=f"mayor since {spec['mayor_since']}" if spec.get("mayor_since") else "",
        ))
    for spec in data["fire"]:
        name = spec["names"][0]
        where = covers(spec["covers"], name)
        nation = spec.get("nation") or by_name[where[0]].nation
        governor = spec.get("governed_by")
        if governor and governor.startswith("police:"):
            governor = current_office[governor.removeprefix("police:")]
        elif governor:
            governor = by_name[governor].key
        if spec.get("authority"):
            authority = b.add(Body(
                key=f"fire-authority:{_slug(name)}", name=spec["authority"][0], kind="fire_authority",
                nation=nation, formal_names=tuple(spec["authority"]), covers=where, governed_by=governor,
            ))
            governor = authority.key
        b.add(Body(
            key=f"fire:{_slug(name)}", name=name, kind="fire_service", nation=nation,
            formal_names=tuple(spec["names"]), short_forms=_list(spec.get("short")),
            welsh_names=_list(spec.get("welsh")), former_names=_former(spec.get("former_names")),
            since=spec.get("since"), covers=where, governed_by=governor,
        ))
    for spec in data["icbs"]:
        n = spec["name"]
        labels = (n, *_list(spec.get("short")))
        icb = [f"NHS {n} Integrated Care Board", f"NHS {n} ICB", *(f"{s} ICB" for s in labels),
               f"{n} Integrated Care Board", *_list(spec.get("names"))]
        ics = [f"{n} Integrated Care System", *(f"{s} ICS" for s in labels)]
        where, partly = covers(spec["covers"], n), covers(spec.get("partly"), n)
        b.add(Body(key=f"icb:{_slug(n)}", name=icb[0], kind="icb", nation="England", formal_names=(icb[0],),
                   short_forms=tuple(dict.fromkeys(icb[1:])), since=2022, area=n, covers=where, partly_covers=partly))
        b.add(Body(key=f"ics:{_slug(n)}", name=ics[0], kind="ics", nation="England", formal_names=(ics[0],),
                   short_forms=tuple(ics[1:]), area=n, covers=where, partly_covers=partly))
    for spec in data["health_boards"]:
        name = spec["names"][0]
        where = covers(spec["covers"], name)
        b.add(Body(key=f"health-board:{_slug(name)}", name=name, kind="health_board", nation=by_name[where[0]].nation,
                   formal_names=tuple(spec["names"]), short_forms=_list(spec.get("short")),
                   former_names=_former(spec.get("former_names")), since=spec.get("since"), covers=where))
    for spec in data["national"]:
        name = spec["names"][0]
        b.add(Body(
            key=spec.get("key") or f"national:{_slug(name)}", name=name, kind=spec["kind"],
            nation=spec.get("nation", "United Kingdom"), formal_names=tuple(spec["names"]),
            short_forms=_list(spec.get("short")), former_names=_former(spec.get("former_names")),
            hosts=_list(spec.get("host")), since=spec.get("since"), abolished=spec.get("until"),
            note=spec.get("note", ""),
        ))


def _check(entries: list[Entry], by_name: dict[str, Place]) -> None:
    """Every cross-reference names a real entry: a broken reference is a data error, found on load."""
    regions = {e.name for e in entries if e.kind in ("region", "nation")}
    forces = {e.police_area for e in entries if e.kind == "police_force"}  # type: ignore[attr-defined]
    for e in entries:
        refs: list[str] = [*e.successors, *getattr(e, "covers", ()), *getattr(e, "partly_covers", ())]
        if isinstance(e, Place):
            refs += [r for r in (e.county, e.ceremonial_county) if r]
            if e.region and e.region not in regions:
                raise ValueError(f"gazetteer: {e.name!r} is in unknown region {e.region!r}")
            if e.police_area and e.police_area not in forces:
                raise ValueError(f"gazetteer: {e.name!r} is in unknown police area {e.police_area!r}")
        for ref in refs:
            if ref not in by_name and ref not in regions:
                raise ValueError(f"gazetteer: {e.name!r} refers to unknown place {ref!r}")


# ---------------------------------------------------------------------------------------------------------------
# The index behind lookup() and scan()

_TOKEN = r"[^\W_]+(?:['’][^\W_]+)*"
# Names start with a capital: only capitalised words are looked up (this regex runs in C over the whole text).
# It opens with the capital, not with the check that no letter comes before it, so that the engine skips
# through the text to the next capital in C; the check is a lookbehind over the letter before and the capital.
_CAPITALISED = re.compile(r"[A-Z](?<![^\W_][A-Z])[^\W_]*(?:['’][^\W_]+)*")
_ANY_WORD = re.compile(r"(?<![^\W_])[^\W_]+(?:['’][^\W_]+)*")
# between two words of a name: spaces, one line break, a hyphen or dash, a comma ("Newry, Mourne and Down"),
# brackets ("Department of Justice (Northern Ireland)") or the full stop of "St." / "Co."
_STEP = re.compile(r"([ \t\r\n,.\-–/()]{0,6})(" + _TOKEN + r"|&)")
_WORD_BEFORE = re.compile(r"(" + _TOKEN + r")[\s(]*$")
_WORD_AFTER = re.compile(r"^[\s)]*(" + _TOKEN + r")")
_LIST_GAP = re.compile(r"^\s*(?:,|and|&|/|or|,\s*and|,\s*or)\s*$", re.IGNORECASE)
_ABBREVIATIONS = {"st", "co"}


@dataclass(frozen=True)
class _Target:
    """What a normalised name leads to: entries with forms, and how careful a match of it must be."""

    hits: tuple[tuple[int, str], ...]
    weak: bool  # an ordinary word or surname: needs context in running text
    article: bool  # matched only after "the" ("the Met")
    acronym_surfaces: frozenset[str] | None  # when set, the text must be one of these (or all capitals)
    bare_single: bool  # a one-word area name: checked against titles and street words


@dataclass(frozen=True)
class _Context:
    """The words around a bare name that make it a place, or not (places_rules.yaml, `context`)."""

    before: frozenset[str]
    after: frozenset[str]
    titles: frozenset[str]
    streets: frozenset[str]

    @classmethod
    def from_rules(cls, rules: dict) -> _Context:
        return cls(frozenset(w.lower() for w in rules["before"]), frozenset(w.lower() for w in rules["after"]),
                   frozenset(rules["titles"]), frozenset(rules["street_words"]))

    def is_title(self, word: str, any_case: bool) -> bool:
        return word in self.titles or (any_case and word.lower() in {t.lower() for t in self.titles})

    def is_street(self, word: str, any_case: bool) -> bool:
        return word in self.streets or (any_case and word.lower() in {t.lower() for t in self.streets})


@dataclass(frozen=True)
class _Gazetteer:
    entries: tuple[Entry, ...]
    by_key: dict[str, Entry]
    by_name: dict[str, Place]  # canonical place names
    index: dict[str, _Target]
    trie: dict
    first_keys: dict[str, str]  # written first tokens -> trie key
    hosts: dict[str, tuple[Entry, ...]]
    labels: dict[str, tuple[Entry, ...]]  # compact names and host labels, for from_host
    police_labels: dict[str, str]  # police.uk label -> force area
    rules: dict
    context: _Context
    lowercase_ok: frozenset[str]
    office_markers: tuple[str, ...]
    patterns: dict[str, re.Pattern[str]]  # named-by-pattern bodies
    ambiguous: dict[str, str] = field(default_factory=dict)
    # _order's answer for each index target's hits: every mention and look-up of a name sorted its entries
    # again (a sort with a key of three list searches per entry), the same answer each time
    ordered: dict[tuple[tuple[int, str], ...], tuple[tuple[Entry, str], ...]] = field(default_factory=dict)


def _is_acronym(surface: str) -> bool:
    letters = [c for c in surface if c.isalpha()]
    return " " not in surface.strip() and sum(c.isupper() for c in letters) >= 2 and len(letters) <= 8


def _build_index(entries: tuple[Entry, ...], rules: dict) -> dict[str, _Target]:
    weak = {norm(n) for n in rules["needs_context"]}
    article = {norm(n) for n in rules["article_only"]}
    raw: dict[str, dict[int, str]] = {}
    surfaces: dict[str, set[str]] = {}
    plain: set[str] = set()
    bare: set[str] = set()

    def add(i: int, surface: str, form: str) -> None:
        key = norm(surface)
        if not key:
            return
        hits = raw.setdefault(key, {})
        if i not in hits or FORMS.index(form) < FORMS.index(hits[i]):
            hits[i] = form
        if _is_acronym(surface):
            surfaces.setdefault(key, set()).add(" ".join(surface.split()))
        else:
            plain.add(key)
        if form in ("name", "short", "area") and " " not in key:
            bare.add(key)

    for i, e in enumerate(entries):
        if e.bare:
            add(i, e.name, "name")
        for n in e.formal_names:
            add(i, n, "formal")
        for n in e.short_forms:
            add(i, n, "area" if isinstance(e, Body) and n == e.area else "short")
        for n in e.welsh_names:
            add(i, n, "welsh")
        for n, _ in e.former_names:
            add(i, n, "former")
    return {
        key: _Target(
            hits=tuple(hits.items()),
            weak=key in weak and key in bare,
            article=key in article,
            acronym_surfaces=frozenset(surfaces[key]) if key in surfaces and key not in plain else None,
            bare_single=key in bare,
        )
        for key, hits in raw.items()
    }


def _surface_tokens(name: str) -> list[str]:
    return re.findall(_TOKEN + "|&", name)


def _build_trie(entries: tuple[Entry, ...], index: dict[str, _Target]) -> tuple[dict, dict[str, str]]:
    """A token trie of every name, and the written forms of every first token ("King's", "KINGS", "Kings")
    mapped to the trie's key. scan() looks at capitalised words only, so one dict lookup per such word decides
    whether a name can start there."""
    trie: dict = {}
    firsts: dict[str, str] = {}
    for e in entries:
        for name in e.all_names():
            tokens = _surface_tokens(name)
            keys = [_norm_token(t) for t in tokens]
            if keys and keys[0] == "the" and len(keys) > 1:
                tokens, keys = tokens[1:], keys[1:]
            target = " ".join(keys)
            if not keys or target not in index:
                continue
            node = trie
            for k in keys:
                node = node.setdefault(k, {})
            node[None] = target
            first = tokens[0]
            spellings = {first, _fold(first), _APOSTROPHES.sub("", first)}
            spellings |= {w.replace("'", "’") for w in spellings} | {w.replace("’", "'") for w in spellings}
            for w in spellings:
                for variant in (w, w.upper(), w[:1].upper() + w[1:]):
                    if variant[:1].isupper():
                        firsts[variant] = keys[0]
    if "st" in trie:  # "Saint Helens" is "St Helens"
        firsts.update(Saint="st", SAINT="st")
    return trie, firsts


def _host_indexes(entries: tuple[Entry, ...]) -> tuple[dict, dict, dict]:
    hosts: dict[str, list[Entry]] = {}
    labels: dict[str, list[Entry]] = {}
    police_labels: dict[str, str] = {}
    for e in entries:
        for host in (*e.hosts, *e.former_hosts):
            hosts.setdefault(host.lower(), []).append(e)
            if e.kind == "police_force":
                police_labels[host.split(".")[0]] = e.police_area  # type: ignore[attr-defined]
        if e.kind in PLACE_KINDS or e.kind in ("police_force", "combined_authority"):
            for n in (e.name, *e.short_forms, *e.formal_names[:1]):
                compact = _compact(n)
                if len(compact) >= 3:
                    labels.setdefault(compact, []).append(e)
            for host in e.hosts:
                first = host.split(".")[0]
                if e.kind != "police_force":
                    labels.setdefault(first, []).append(e)
    dedup = lambda d: {k: tuple(dict.fromkeys(v)) for k, v in d.items()}  # noqa: E731
    return dedup(hosts), dedup(labels), police_labels


@cache
def _gazetteer() -> _Gazetteer:
    rules = _data("places_rules.yaml")
    b = _Builder()
    _load_england(b)
    _load_devolved(b)
    _load_rules_places(b, rules)
    police = _data("places_police.yaml")
    current_office = _load_police(b, police)
    by_name = _by_name(b.entries)
    bodies = _data("places_bodies.yaml")
    _load_bodies(b, bodies, by_name, current_office)
    _check(b.entries, by_name)
    entries = tuple(b.entries)
    index = _build_index(entries, rules)
    trie, first_keys = _build_trie(entries, index)
    hosts, labels, police_labels = _host_indexes(entries)
    return _Gazetteer(
        entries=entries, by_key={e.key: e for e in entries}, by_name=by_name, index=index, trie=trie,
        first_keys=first_keys, hosts=hosts, labels=labels, police_labels=police_labels, rules=rules,
        context=_Context.from_rules(rules["context"]), lowercase_ok=frozenset(rules["lowercase_ok"]),
        office_markers=tuple(police["host_patterns"]["office_markers"]),
        patterns={kind: re.compile(bodies[f"{kind}_pattern"].replace("{area}", "(?P<area>.+?)"), re.IGNORECASE)
                  for kind in ("ccg", "crc")},
        ambiguous={norm(k): v for k, v in rules["ambiguous"].items()},
    )


def _order(g: _Gazetteer, hits: tuple[tuple[int, str], ...]) -> tuple[tuple[Entry, str], ...]:
    """Current before former, councils before the wider areas of the same name, places before bodies. Sorted
    once per gazetteer and hits (the order depends on nothing else), as a tuple no caller can change."""
    found = g.ordered.get(hits)
    if found is None:
        kinds = PLACE_KINDS + BODY_KINDS
        pairs = [(g.entries[i], form) for i, form in hits]
        found = tuple(sorted(pairs, key=lambda p: (p[0].is_former, kinds.index(p[0].kind), FORMS.index(p[1]))))
        g.ordered[hits] = found
    return found


# ---------------------------------------------------------------------------------------------------------------
# Public API: lookups


def entries() -> tuple[Entry, ...]:
    """Every entry, places first (in file order), then bodies."""
    return _gazetteer().entries


@cache
def demonyms() -> dict[str, tuple[str, ...]]:
    """Place name -> the adjectives people write for it ("Cornwall" -> "Cornish"; places_rules.yaml)."""
    return {place: tuple(words) for place, words in (_data("places_rules.yaml").get("demonyms") or {}).items()}


def get(key: str) -> Entry | None:
    """The entry with this stable key ("place:hart", "police:kent", "office:essex:pfcc")."""
    return _gazetteer().by_key.get(key)


def place(name: str) -> Place | None:
    """The place whose canonical name is exactly NAME (no normalising): for code that holds canonical names."""
    return _gazetteer().by_name.get(name)


def lookup(name: str) -> list[Entry]:
    """Every entry NAME can mean, by any of its names or short forms, insensitive to case, punctuation, accents
    and "&"/"and". Several entries come back when the name is ambiguous ("Newcastle", "Durham", "West
    Midlands"): the current council comes first, former entries last. No match gives an empty list."""
    target = _gazetteer().index.get(norm(name))
    return [] if target is None else [e for e, _ in _order(_gazetteer(), target.hits)]


def match(name: str) -> Match | None:
    """Like :func:`lookup`, with the form each entry was named in."""
    target = _gazetteer().index.get(norm(name))
    if target is None:
        return None
    pairs = _order(_gazetteer(), target.hits)
    return Match(name, tuple(e for e, _ in pairs), tuple(f for _, f in pairs))


def ambiguity_note(name: str) -> str | None:
    """Why NAME knowingly names several entries (from places_rules.yaml), or None."""
    return _gazetteer().ambiguous.get(norm(name))


def is_place(name: str) -> bool:
    """Whether NAME names a place (a council area, county, police area, region or nation) in any form."""
    return any(e.is_place for e in lookup(name))


def _places(name_or_place: str | Place) -> list[Place]:
    if isinstance(name_or_place, Place):
        return [name_or_place]
    exact = _gazetteer().by_name.get(name_or_place)
    if exact is not None:
        return [exact]
    found = [e for e in lookup(name_or_place) if isinstance(e, Place)]
    current = [p for p in found if not p.is_former]
    return current or found


def _one(values: Iterable[Entry | None]) -> Entry | None:
    """The answer when every reading of an ambiguous name agrees on it; otherwise None (never a guess)."""
    distinct = {v.key: v for v in values if v is not None}
    return next(iter(distinct.values())) if len(distinct) == 1 else None


def county_of(name: str | Place) -> Place | None:
    """The county a district lies in (a metropolitan county for a metropolitan borough; for a former district,
    the county it lay in). None for a unitary, a London borough, or a name whose readings disagree."""
    g = _gazetteer()
    return _one(g.by_name.get(p.county) if p.county else None for p in _places(name))  # type: ignore[return-value]


def districts_of(name: str | Place, *, include_former: bool = False) -> list[Place]:
    """The districts (or metropolitan boroughs) of a county, current ones only unless INCLUDE_FORMER."""
    counties = _places(name)
    names = {p.name for p in counties}
    return [e for e in _gazetteer().entries if isinstance(e, Place) and e.county in names
            and e.kind in ("district", "metropolitan_borough") and (include_former or not e.is_former)]


def places_in(name: str | Entry) -> list[Place]:
    """The current principal councils inside an area or covered by a body: a county's districts and the county
    itself, a region's or police area's councils, a combined authority's or board's members. For an ambiguous
    name, its first reading (``lookup(name)[0]``: "West Midlands" is the metropolitan county, not the region)."""
    g = _gazetteer()
    targets: list[Entry] = [name] if isinstance(name, Entry) else lookup(name)
    out: dict[str, Place] = {}
    councils = _current_principal(g.entries)
    for t in targets[:1]:
        covered = set(getattr(t, "covers", ()))
        for p in councils:
            if (p.name in covered or p.name == t.name or p.county == t.name
                    or (t.kind == "region" and p.region == t.name)
                    or (t.kind == "nation" and p.nation == t.name)
                    or (t.kind in ("police_area", "police_force") and p.police_area == getattr(t, "police_area", None))
                    or (t.kind in AREA_KINDS and p.ceremonial_county == t.name)
                    or (p.county and p.county in covered)):
                out[p.key] = p
    return list(out.values())


def police_force_of(name: str | Place) -> Body | None:
    """The police force whose area includes NAME: a place, a force area's own name, or a police body (an
    office or panel leads to its force)."""
    g = _gazetteer()
    if isinstance(name, str):
        policing = {e.police_area for e in lookup(name) if isinstance(e, Body) and e.police_area}
        if len(policing) == 1:
            return g.by_key.get(f"police:{_slug(policing.pop())}")  # type: ignore[return-value]
    return _one(g.by_key.get(f"police:{_slug(p.police_area)}") if p.police_area else None
                for p in _places(name))  # type: ignore[return-value]


def police_area_of(name: str | Place) -> str | None:
    """The police force area NAME lies in ("Leicestershire" for Blaby, "West Mercia" for Wychavon)."""
    force = police_force_of(name)
    return None if force is None else force.police_area


@cache
def offices_by_area() -> dict[str | None, tuple[Entry, ...]]:
    """Police area -> the entries of kind police_office whose police area it is, in the gazetteer's order: a
    paper's posts ask for their commissioner's office again and again, and walking every entry of the nation for
    each answer cost more than the rest of the look-up."""
    by_area: dict[str | None, list[Entry]] = {}
    for e in _gazetteer().entries:
        if e.kind == "police_office":
            by_area.setdefault(getattr(e, "police_area", None), []).append(e)
    return {area: tuple(found) for area, found in by_area.items()}


def police_offices(area: str | None) -> tuple[Entry, ...]:
    """The offices (current and former) that have overseen AREA's police force, in the gazetteer's order."""
    return offices_by_area().get(area, ())


def police_office_of(name: str | Place, year: int | None = None) -> Body | None:
    """The body overseeing NAME's police force: PCC, PFCC, mayor, MOPAC or, before 2012, the police authority;
    the current one, or the one in office during YEAR."""
    force = police_force_of(name)
    if force is None:
        return None
    offices = police_offices(force.police_area)
    for office in reversed(offices):
        if (year is None and not office.is_former) or (year is not None and _in_office(office, year)):
            return office  # type: ignore[return-value]
    return None


def _in_office(office: Entry, year: int) -> bool:
    # a change of office takes effect in its year: the successor answers for that year
    return (office.since is None or office.since <= year) and (office.abolished is None or year < office.abolished)


def police_panel_of(name: str | Place) -> Body | None:
    """The police and crime panel (or police, fire and crime panel) that scrutinises NAME's commissioner."""
    force = police_force_of(name)
    return None if force is None else get(f"panel:{_slug(force.police_area or '')}")  # type: ignore[return-value]


def _covering(name: str | Place, kind: str) -> Body | None:
    g = _gazetteer()
    places = _places(name)
    results = []
    for p in places:
        names = {p.name, p.county, *p.successors} - {None}
        found = [e for e in g.entries if e.kind == kind and not e.is_former
                 and names & set(getattr(e, "covers", ()))]
        if not found and p.kind == "ceremonial_county":
            # Berkshire, with no county council: the body that covers every authority in the county, if one does
            within = [q for q in g.by_name.values() if q.kind in PRINCIPAL_KINDS and not q.is_former and
                      getattr(q, "ceremonial_county", None) == p.name]
            bodies = {_covering(q, kind) for q in within}
            found = [bodies.pop()] if within and len(bodies) == 1 and None not in bodies else []
        results.append(found[0] if found else None)
    return _one(results)  # type: ignore[return-value]


def fire_service_of(name: str | Place) -> Body | None:
    """The fire and rescue service covering NAME."""
    return _covering(name, "fire_service")


def icb_of(name: str | Place) -> Body | None:
    """The NHS integrated care board covering (all of) NAME; None where a place is split between boards."""
    return _covering(name, "icb")


def resolve(name: str, *, context: Iterable[str | Entry] = ()) -> list[Entry]:
    """The readings of NAME that fit CONTEXT best: other places or bodies the same document names. "Newcastle"
    with "Staffordshire" in context gives Newcastle-under-Lyme. Readings that share a county, police area or
    region with the context score higher; ties are all returned (the caller must not pick one at random)."""
    readings = lookup(name)
    if len(readings) < 2:
        return readings
    near: set[str] = set()
    for c in context:
        for e in ([c] if isinstance(c, Entry) else lookup(c)):
            near.update(_anchors(e))
    scored = [(len(_anchors(r) & near), r) for r in readings]
    best = max(s for s, _ in scored)
    return [r for s, r in scored if s == best]


def _anchors(e: Entry) -> set[str]:
    out = {e.name}
    if isinstance(e, Place):
        out.update(x for x in (e.county, e.ceremonial_county, e.region, e.police_area) if x)
    else:
        out.update(x for x in (getattr(e, "police_area", None), getattr(e, "area", None)) if x)
    return out


# ---------------------------------------------------------------------------------------------------------------
# Public API: scanning text


def _case_ok(token: str, key: str, lowercase_ok: frozenset[str]) -> bool:
    """A word after a name's first word: capitalised, or one of the generic words allowed in lower case."""
    c = token[:1]
    return c.isupper() or c.isdigit() or token == "&" or key in lowercase_ok


def _walk(g: _Gazetteer, text: str, end: int, first_token: str, first_key: str,
          any_case: bool = False) -> tuple[int, str] | None:
    """The longest name whose first token (FIRST_KEY, written FIRST_TOKEN) ends at END: (end offset, index key)."""
    node = g.trie[first_key]
    best = (end, node[None]) if None in node else None
    pos, prev = end, first_token
    while True:
        step = _STEP.match(text, pos)
        if step is None:
            break
        gap, token = step.group(1), step.group(2)
        if not _gap_ok(gap, prev, token):
            break
        key = _norm_token(token)
        child = node.get(key)
        if child is not None and (any_case or _case_ok(token, key, g.lowercase_ok)):
            node, pos, prev = child, step.end(), token
            if None in node:
                best = (pos, node[None])
            continue
        # "Council's": a possessive ends the name
        if token[-2:] in ("'s", "’s") and (child := node.get(key[:-1])) is not None and None in child:
            best = (step.end() - 2, child[None])
        break
    return best


def _gap_ok(gap: str, prev: str, token: str) -> bool:
    if not gap:
        return prev == "&" or token == "&"
    if "\n" in gap and gap.count("\n") > 1:
        return False
    if "." in gap and _norm_token(prev) not in _ABBREVIATIONS:
        return False
    return gap.count(",") <= 1 and gap.count("/") == 0 and gap.count(".") <= 1


def _word_before(text: str, start: int) -> str:
    m = _WORD_BEFORE.search(text, max(0, start - 40), start)
    return m.group(1) if m else ""


def _word_after(text: str, end: int) -> str:
    m = _WORD_AFTER.match(text[end:end + 40])
    return m.group(1) if m else ""


def scan(text: str, *, any_case: bool = False) -> list[Mention]:
    """Every longest, non-overlapping mention of a place or public body in TEXT, left to right.

    Names must be written with capitals ("Leicestershire County Council", "LEICESTERSHIRE"); a name's generic
    words may be lower case after its first word ("Kent County council"). Acronyms must keep their capitals
    ("MPS" is the Met, "MPs" are not). Bare names that are ordinary words or surnames (``needs_context`` in
    places_rules.yaml: "Reading", "Hart", "Bury", "Preston", ...) count only after a place preposition, before
    a governance word, or in a list with another place; "the Met" needs its article. A one-word name after a
    person's title ("Cllr Preston") or before a street word ("Oxford Road") is not a place.

    ANY_CASE reads text typed without care for capitals (a question: "who chairs the csp in reading?"):
    capitals no longer tell names from words, so names and acronyms match in any case, and the context rules
    for ordinary words are all that keeps "reading the report" out.
    """
    g = _gazetteer()
    found: list[tuple[int, int, _Target, bool]] = []  # start, end, target, confirmed
    last_end = 0
    first_keys = g.first_keys
    for m in (_ANY_WORD if any_case else _CAPITALISED).finditer(text):
        if m.start() < last_end:
            continue
        if not any_case and m.group() not in first_keys and m.group()[-2:] not in ("'s", "’s"):
            continue  # most capitalised words start no name (the test _candidate makes first, without a call)
        candidate = _candidate(g, text, m, any_case)
        if candidate is not None:
            found.append(candidate)
            last_end = candidate[1]
    return [_mention(g, text, start, end, target) for start, end, target in _confirm_lists(text, found)]


def leading(text: str) -> Mention | None:
    """The mention :func:`scan` finds at the very start of TEXT, if any. Only the word at the start is read,
    unless its name is a weak one that a list after it could confirm ("Rother, Wealden and Hastings")."""
    m = _CAPITALISED.match(text)
    if m is None:
        return None
    g = _gazetteer()
    candidate = _candidate(g, text, m, False)
    if candidate is None:
        return None  # any later mention of the scan starts after the first word
    start, end, target, confirmed = candidate
    if not confirmed:
        first = scan(text)[:1]
        return first[0] if first and first[0].start == 0 else None
    return _mention(g, text, start, end, target)


def _candidate(g: _Gazetteer, text: str, m: re.Match[str], any_case: bool
               ) -> tuple[int, int, _Target, bool] | None:
    """(start, end, target, confirmed) of the longest name starting with the word M, or None. Unconfirmed names
    are kept for :func:`_confirm_lists` to decide."""
    ctx = g.context
    start = m.start()
    token, token_end = m.group(), m.end()
    first_key = _first_key(g, token, any_case)
    if first_key is None:
        if token[-2:] not in ("'s", "’s") or (first_key := _first_key(g, token[:-2], any_case)) is None:
            return None
        token, token_end = token[:-2], token_end - 2  # "Leicestershire's"
    walked = _walk(g, text, token_end, token, first_key, any_case)
    if walked is None:
        return None
    end, key = walked
    if text.count("(", start, end) > text.count(")", start, end) and text[end:end + 1] == ")":
        end += 1  # "Department of Justice (Northern Ireland)": keep the closing bracket
    target = g.index[key]
    if (target.acronym_surfaces is not None and not (any_case and text[start:end].islower())
            and not _acronym_ok(text[start:end], target)):
        return None  # "MPs" is not the MPS even in a question; "rbkc" typed in lower case is RBKC
    confirmed = True
    if target.bare_single or target.article or target.weak:
        prev, nxt = _word_before(text, start), _word_after(text, end)
        if target.article:
            if prev.lower() != "the" or nxt.lower() == "office":
                return None
        elif ctx.is_title(prev, any_case) or (end == token_end and ctx.is_street(nxt, any_case)):
            return None
        elif target.weak:
            if nxt.lower() in ctx.after:
                confirmed = True
            elif nxt[:1].isupper() and not any_case:
                return None  # "Boston Consulting", "Reading Festival": part of a longer name we do not know
            else:
                confirmed = prev.lower() in ctx.before
    return start, end, target, confirmed


def _mention(g: _Gazetteer, text: str, start: int, end: int, target: _Target) -> Mention:
    pairs = _order(g, target.hits)
    return Mention(start, end, Match(text[start:end], tuple(e for e, _ in pairs), tuple(f for _, f in pairs)))


def _first_key(g: _Gazetteer, token: str, any_case: bool) -> str | None:
    if not any_case:
        return g.first_keys.get(token)
    key = _norm_token(token)
    return key if key in g.trie else None


def _acronym_ok(surface: str, target: _Target) -> bool:
    """"RBKC" or "CWaC" as the data writes it, or in all capitals; not "Rbkc" or "MPs"."""
    flat = " ".join(surface.split())
    written = target.acronym_surfaces or frozenset()
    return flat in written or (flat.isupper() and flat in {s.upper() for s in written})


def _confirm_lists(text: str, found: list[tuple[int, int, _Target, bool]]) -> list[tuple[int, int, _Target]]:
    """Weak names in a list with a confirmed place are places too ("Rother, Wealden and Hastings"). A name
    confirms its neighbour when only a list separator lies between them; one pass each way carries it along
    the whole list."""
    confirmed = [f[3] for f in found]
    linked = [bool(_LIST_GAP.match(text[a[1]:b[0]])) for a, b in itertools.pairwise(found)]  # i with i + 1
    for i in range(1, len(found)):
        confirmed[i] = confirmed[i] or (confirmed[i - 1] and linked[i - 1])
    for i in range(len(found) - 2, -1, -1):
        confirmed[i] = confirmed[i] or (confirmed[i + 1] and linked[i])
    return [f[:3] for f, ok in zip(found, confirmed, strict=True) if ok]


def mentions_of(text: str, kinds: Iterable[str]) -> Iterator[Mention]:
    """The mentions in TEXT whose readings include an entry of one of KINDS."""
    wanted = set(kinds)
    for mention in scan(text):
        if any(e.kind in wanted for e in mention.match.entries):
            yield mention


def leading_areas(body_name: str) -> list[Place]:
    """The places a body's name starts with: "North Devon and Torridge Community Safety Partnership" gives
    North Devon and Torridge; "Safer Rotherham Partnership" gives Rotherham. Empty when the name does not
    start with a place."""
    g = _gazetteer()
    text = body_name.strip()
    words = text.split(maxsplit=1)
    prefixes = set(g.rules["name_prefixes"]) | {"The", "the"}
    offset = 0
    if len(words) == 2 and words[0] in prefixes:
        offset = len(text) - len(words[1])
    out: list[Place] = []
    pos = offset
    for mention in scan(text):
        if mention.start < offset:
            continue
        gap = text[pos:mention.start]
        if (pos == offset and gap.strip()) or (pos != offset and not _LIST_GAP.match(gap)):
            break
        places = [e for e in mention.match.entries if isinstance(e, Place)]
        if not places:
            break
        out.append(places[0])
        pos = mention.end
    return out


def named_by_pattern(name: str) -> tuple[str, list[Place]] | None:
    """Bodies known by their naming pattern rather than listed one by one: the clinical commissioning groups
    (2013-2022, "NHS West Leicestershire CCG") and community rehabilitation companies (2014-2021, "Durham Tees
    Valley CRC"). Returns ("ccg" or "crc", the places the name contains), or None."""
    g = _gazetteer()
    for kind, pattern in g.patterns.items():
        m = pattern.fullmatch(" ".join(name.split()))
        if m:
            return kind, areas_in(m.group("area"))
    return None


def areas_in(name: str) -> list[Place]:
    """Every place named anywhere in NAME, in order (the first reading of each)."""
    out = []
    for mention in scan(name):
        places = [e for e in mention.match.entries if isinstance(e, Place)]
        if places:
            out.append(places[0])
    return out


# ---------------------------------------------------------------------------------------------------------------
# Public API: web addresses

_PUBLIC_SUFFIXES = ("gov.uk", "police.uk", "org.uk", "co.uk", "nhs.uk", "gov.wales", "llyw.cymru", "gov.scot",
                    "ac.uk", "org", "com", "info", "net", "uk", "wales", "cymru", "scot")
_HOSTING = ("moderngov.co.uk", "cmis.uk.com", "modgov.co.uk")
# Only these are read by label: "york.ac.uk" is a university, not City of York Council.
_COUNCIL_SUFFIXES = (*_HOSTING, "gov.uk", "gov.wales", "llyw.cymru", "gov.scot")
_SHARED_HOSTS = ("gov.uk", "london.gov.uk", "gov.wales", "gov.scot")


def _host_of(url_or_host: str) -> tuple[str, str]:
    text = url_or_host.strip()
    if "://" not in text:
        text = "//" + text
    parts = urlsplit(text)
    host = (parts.hostname or "").lower().rstrip(".")
    return host.removeprefix("www."), parts.path


def from_host(url_or_host: str) -> list[Entry]:
    """The councils, police forces or oversight offices a web address belongs to.

    Known hosts and any subdomain of them ("democracy.kent.gov.uk") are exact. Other addresses are read by the
    patterns councils and commissioners use: "<label>.moderngov.co.uk" and "<label>.cmis.uk.com" (the committee
    systems), "<label>.police.uk" (forces), hosts with "pcc", "pfcc", "opcc" or "commissioner" in them (the
    offices), where the label is a compact name or short form ("westmercia", "herts"). Pages on gov.uk are read
    by their organisation path. Several entries come back for a shared site (lewes-eastbourne.gov.uk)."""
    g = _gazetteer()
    host, path = _host_of(url_or_host)
    if not host:
        return []
    if host in _SHARED_HOSTS:
        by_path = _from_path(path)
        if by_path or host not in g.hosts:
            return by_path
    labels = host.split(".")
    for i in range(len(labels) - 1):
        hit = g.hosts.get(".".join(labels[i:]))
        if hit:
            return list(hit)
    stem = host
    for suffix in (*_HOSTING, *_PUBLIC_SUFFIXES):
        if host.endswith("." + suffix):
            stem = host[: -len(suffix) - 1]
            break
    parts = [p for label in stem.split(".") for p in label.split("-") if p]
    markers = g.office_markers
    office = any(p in markers or any(p.endswith(m) for m in markers) for p in parts)
    if host.endswith(".police.uk") or office:
        area = _police_label(g, parts, markers)
        if area is None:
            return []
        if office:
            return _office_for_host(g, area, parts)
        return [g.by_key[f"police:{_slug(area)}"]]
    if not host.endswith(tuple("." + s for s in _COUNCIL_SUFFIXES)):
        return []
    for candidate in _label_candidates(g, stem, parts):
        hit = g.labels.get(candidate)
        if hit:
            return [e for e in hit if e.kind in PRINCIPAL_KINDS or e.kind == "combined_authority"] or list(hit)
    return []


def _label_candidates(g: _Gazetteer, stem: str, parts: list[str]) -> list[str]:
    """The strings a council host's stem may name its council by, surest first: each label as written
    ("n-somerset", a council's own host label), each label and the stem run together ("westsuffolk"), each
    label with a compass word spelled out ("northsomerset"), and last a single part, only when every other part
    is a place or a filler word ("lewes-eastbourne", "harrowdale-dc"): "n-somerset" is not Somerset."""
    labels = [label for label in stem.split(".") if label]
    compass = g.rules.get("host_compass", {})
    filler = set(g.rules.get("host_filler", ()))
    out = [*labels, *(label.replace("-", "") for label in labels), stem.replace(".", "").replace("-", "")]
    for label in labels:
        words = label.split("-")
        if len(words) > 1 and words[0] in compass:
            out.append(compass[words[0]] + "".join(words[1:]))
    known = [p for p in parts if p in filler or p in g.labels]
    if len(known) == len(parts):
        out.extend(p for p in parts if p not in filler)
    return out


def _police_label(g: _Gazetteer, parts: list[str], markers: tuple[str, ...]) -> str | None:
    """The force area named by a host's labels ("westmercia", "leics", "northantspfcc")."""
    candidates = []
    for p in parts:
        candidates.append(p)
        for m in markers:
            if p.endswith(m) and p != m:
                candidates.append(p[: -len(m)])
    candidates.append("".join(p for p in parts if p not in markers))
    for c in candidates:
        if c in g.police_labels:
            return g.police_labels[c]
        for e in g.labels.get(c, ()):
            area = getattr(e, "police_area", None)
            if area and f"police:{_slug(area)}" in g.by_key:
                return area
    return None


def _office_for_host(g: _Gazetteer, area: str, parts: list[str]) -> list[Entry]:
    """The office a commissioner's site belongs to. A host that says "pcc" or "pfcc" was set up in that era
    (westyorkshire-pcc.gov.uk is the PCC's, not the mayor's), so the office of that kind wins over the current
    one."""
    offices = police_offices(area)
    said = {kind for p in parts for kind in ("pfcc", "pcc") if p == kind or p.endswith(kind) or p == "o" + kind}
    if "pfcc" in said:
        said = {"pfcc"}
    for office in sorted(offices, key=lambda o: o.is_former):
        if getattr(office, "office_kind", None) in said:
            return [office]
    current = [o for o in offices if not o.is_former]
    return current[-1:]


def _from_path(path: str) -> list[Entry]:
    """gov.uk/government/organisations/home-office -> the Home Office; london.gov.uk/mopac-reports -> MOPAC.
    The longest leading run of a path segment's words that names a body wins."""
    for segment in reversed([s for s in path.split("/") if s]):
        words = re.split(r"[-_.]+", segment)
        for n in range(len(words), 0, -1):
            found = [e for e in lookup(" ".join(words[:n])) if not e.is_place]
            if found:
                return found
    return []
