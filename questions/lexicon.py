"""The words of questions, as data: how relations are phrased, which words carry no name, how dates read.

Every pattern runs over normalised text (see `normalise`): lower case, ASCII, punctuation as spaces,
possessive 's dropped and a plain trailing plural 's' removed, so "Boards'", "board's" and "boards" meet.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from functools import cache
from importlib import resources

import yaml

# Spelled-out forms of acronyms that labels and questions both use; applied to both sides of a match.
EXPANSIONS: dict[str, str] = {
    "csp": "community safety partnership",
    "pcc": "police and crime commissioner",
    "pcp": "police and crime panel",
    "opcc": "office of the police and crime commissioner",
    "pfcc": "police fire and crime commissioner",
    # how people name the office in speech ("the Merseyside Police Commissioner")
    "police commissioner": "police and crime commissioner",
    # topics every council writes by their initials inside a body's name ("the Hate Crime and ASB Board")
    "asb": "anti social behaviour",
    "vawg": "violence against women and girl",
    "wellbeing": "well being",
    "co ordinator": "coordinator",
    "sub group": "subgroup",
}


def _stem(token: str) -> str:
    if len(token) > 3 and token.endswith("s") and not token.endswith(("ss", "us", "is")):
        return token[:-1]
    return token


def normalise(text: str) -> str:
    """Text as the matcher compares it; see the module docstring."""
    text = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode("ascii").lower()
    text = re.sub(r"['\u2019]s\b", "", text).replace("'", "").replace("&", " and ")
    text = re.sub(r"[^a-z0-9]+", " ", text)
    tokens = [_stem(t) for t in text.split()]
    out = " ".join(tokens)
    for short, long in EXPANSIONS.items():
        out = re.sub(rf"\b{short}\b", long, out)
    return out


@dataclass(frozen=True)
class Route:
    """One relation a phrase may mean. `inverse` when the phrase's grammatical subject is the relation's
    object ("X is chaired by Y"); `note`, a pattern the fact's note (or, failing a note, its qualifier and quote)
    must match; `kind`, for 'other' facts, the sub-property they must be stated with; `only`, the kind of linked
    name the route is followed from ("responsible for" a plan is producing it, not so for a topic); `fallback`,
    followed only when the routes before it found nothing (a sub-group reports to its parent, if no more is said);
    `subject` ('>' before the key), the linked name is the relation's subject whatever the word order."""

    key: str
    inverse: bool = False
    note: str | None = None
    kind: str | None = None  # for 'other': only facts stated with this sub-property ("replaces")
    only: str | None = None  # follow this route only from a linked name of this kind ("publication")
    fallback: bool = False  # follow it only when the routes before it found nothing for the name
    # the linked name is the relation's subject wherever the question puts it: "under which Act was X brought
    # in", "within which directorate is X", where the words ask for the object and X may stand on either side
    subject: bool = False

    @classmethod
    def parse(cls, text: str) -> Route:
        fallback = text.endswith("?")
        subject = text.startswith(">")
        text = text.lstrip(">")
        inverse = text.startswith("~")
        key, _, note = text.lstrip("~").rstrip("?").partition("/")
        key, _, only = key.partition("@")
        key, _, kind = key.partition(".")
        return cls(key, inverse, note or None, kind or None, only or None, fallback, subject)


@dataclass(frozen=True)
class Phrase:
    """A way of saying a relation (see relations.yaml): its words, the relations they may mean, whether the
    words name a partner of the linked name ("the chair of X") rather than say what it does, and whether they
    decide only when nothing stronger is said."""

    pattern: str
    routes: tuple[Route, ...]
    noun: bool = False
    weak: bool = False

    @property
    def relations(self) -> tuple[str, ...]:
        return tuple(dict.fromkeys(r.key for r in self.routes))

    def finditer(self, text: str) -> list[re.Match[str]]:
        return list(_compiled(self.pattern).finditer(text))


@cache
def _compiled(pattern: str) -> re.Pattern[str]:
    return re.compile(rf"\b(?:{pattern})(?![a-z0-9])")


@cache
def phrases() -> tuple[Phrase, ...]:
    """The relation lexicon of relations.yaml, checked: every relation it names exists."""
    from ..ontology.relations import BY_KEY, OTHER_PREDICATES

    data = yaml.safe_load(resources.files(__package__).joinpath("relations.yaml").read_text(encoding="utf-8"))
    out = []
    for n, entry in enumerate(data, start=1):
        routes = tuple(Route.parse(str(m)) for m in entry["means"])
        unknown = [r.key for r in routes if r.key not in BY_KEY] + [
            r.kind for r in routes if r.kind is not None and r.kind not in OTHER_PREDICATES
        ]
        if unknown:
            raise ValueError(f"relations.yaml entry {n}: unknown relation {unknown[0]!r}")
        re.compile(entry["words"])
        out.append(Phrase(entry["words"], routes, entry.get("form") == "noun", bool(entry.get("weak"))))
    return tuple(out)


# Relations whose answers are usually people or posts; "who" questions prefer them.
AGENT_RELATIONS = ("chairs", "vice_chair", "holds_post", "attended", "apologies", "represented_by")

# Words that never name anything on their own, whatever labels the graph happens to hold.
COMMON_WORDS = frozenset(
    """
a about after all also an and any are as at be been body board by can chair chairs committee council did do
does during for from group had has have he her his how i in into is it its lead listed made make many meeting
member
members most of on or our panel partnership post role she than that the their them there these they this those
through to under up us was we were what when where which while who whom whose why will with would year years
health education police service services area areas district districts new annual local county city
must should could might shall
""".split()
)
COMMON_WORDS = frozenset(_stem(w) for w in COMMON_WORDS)

MONTHS = {
    m: i
    for i, m in enumerate(
        "january february march april may june july august september october november december".split(),
        start=1,
    )
}
MONTHS.update({m[:3]: i for m, i in list(MONTHS.items())})
MONTHS["sept"] = 9

# Nouns of multi-step questions: "the body that ...", "the commissioner who ...".
RELATIVE_NOUNS = (
    r"body|board|group|partnership|committee|panel|organisation|organization|commissioner|strategy|plan|"
    r"community safety partnership|council|person|post|agency|forum|programme|project|scheme|service|team|unit"
)

# Words that may be written with a capital and still name nothing: titles and honorifics, days, ranks and
# the nouns that say what kind of thing is asked for ("which Police and Crime Commissioner", "under which Act").
TITLES = frozenset(
    """mr mrs ms miss dr prof professor sir dame lord lady rev cllr councillor cc obe mbe cbe qpm jp mp""".split()
)
DAYS = frozenset("monday tuesday wednesday thursday friday saturday sunday".split())
KIND_WORDS = frozenset(
    _stem(w)
    for w in """
act acts section sections part regulation regulations order strategy strategies plan plans report reports
agreement policy policies programme programmes program project projects service services scheme schemes fund
funds funding grant grants team teams unit units forum forums trust trusts authority authorities commissioner
commissioners office officer officers councillor councillors cabinet member members portfolio director
directors head heads manager managers coordinator co-ordinator lead leads chair chairs vice deputy chief
executive inspector superintendent constable sergeant detective commander rank role post position body bodies
board boards panel panels group groups subgroup subgroups subcommittee committee committees partnership partnerships
council councils
organisation organisations organization agency agencies partner partners provider providers charity
charities police force forces constabulary fire rescue nhs department ministry government mayor
assessment review reviews meeting meetings minutes decision decisions item agenda year years month date
terms reference constitution briefing protocol framework statement note bulletin consultation round tier phase
bid budget allocation contract tender money
""".split()
)

# The sectors a question may pick bodies by ("which health organisations", "which housing partners"), and the
# words bodies of that sector are named with, when their name need not say the sector's own word: a
# Clinical Commissioning Group is a health body, a homes company a housing one. Patterns over normalised
# text, where a plural has lost its "s" ("Eastvale Homes" reads "eastvale home").
SECTORS: dict[str, str] = {
    "health": r"health|nhs|clinical commissioning|ccg|integrated care|icb|hospital|ambulance|primary care",
    "housing": r"housing|home\b|registered provider|landlord",
    "police": r"police|constabulary|policing|police and crime",
    "fire": r"fire|rescue",
    "probation": r"probation|community rehabilitation",
    "education": r"education|school|college|universit(?:y|ie)|academy",
    "voluntary": r"voluntary|charit(?:y|ie)|third sector|community and voluntary",
}


# The fixed tier of a body's membership, which papers write with any one of these words ("core members", "standing
# members", "statutory partners"): asked by one, it is said by another when the papers use no other tier word.
MEMBER_TIERS = frozenset({"standing", "core", "statutory", "permanent"})

# The words a partnership's papers put before "Board" for the partnership met as its governing board ("the CSP
# Strategic Board", "the Partnership Executive Board"): asked so where the graph holds no body of that name, the
# partnership itself is meant, as its chair chairs that board.
GOVERNING_BOARD_WORDS = frozenset({"strategic", "executive", "governance", "governing", "leadership", "main"})

# How often, as papers write it ("meets quarterly", "twice a year", "every two months"). Read from sentences as
# it is; the graph's frequency facts also take a bare "annual".
FREQUENCY_WORDS = (
    r"every (?:other |second |two |three |four |six |eight |twelve |\d+ )?(?:week|month|quarter|year)s?"
    r"|(?:once|twice|three times|four times|six times|\d+ times) (?:a|per|each|every) (?:year|month|quarter|week)"
    r"|(?:bi-?|tri-?)?(?:weekly|monthly|quarterly|annually|yearly|fortnightly)|bi-?annually|each "
    r"(?:quarter|month|year)|at least (?:once|twice|\w+ times) (?:a|per|each) (?:year|month|quarter)"
)
