"""The words of questions, as data: how relations are phrased, which words carry no name, how dates read.

Every pattern runs over normalised text (see `normalise`): lower case, ASCII, punctuation as spaces,
possessive 's dropped and a plain trailing plural 's' removed, so "Boards'", "board's" and "boards" meet.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass

# Spelled-out forms of acronyms that labels and questions both use; applied to both sides of a match.
EXPANSIONS: dict[str, str] = {
    "csp": "community safety partnership",
    "pcc": "police and crime commissioner",
    "pcp": "police and crime panel",
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
class Phrase:
    """A way of saying a relation. `inverse` when the phrase's grammatical subject is the relation's object
    ("A receives reports from B" means B reports_to A). `note`, a pattern, picks 'other' facts by note."""

    pattern: str
    relations: tuple[str, ...]
    inverse: bool = False
    note: str | None = None

    def finditer(self, text: str) -> list[re.Match[str]]:
        return list(re.finditer(rf"\b(?:{self.pattern})\b", text))


# Order matters only for overlapping matches: the longest match at a position wins.
PHRASES: tuple[Phrase, ...] = (
    Phrase(r"vice chair(?:man|person)?|vice chaired|vice principal", ("vice_chair",)),
    Phrase(r"chair(?:man|person|ed|ing)?|chaired by", ("chairs",)),
    Phrase(r"receive(?:d)? report from (?:the )?group(?: on)?", ("oversees",)),
    Phrase(
        r"receive(?:d)? (?:update|report|minute) from|take(?:s)? reports? from", ("reports_to",), inverse=True
    ),
    Phrase(
        r"report(?:ed|ing)? (?:to|into)|accountable to|escalate(?:d)? to|refer(?:red)?(?: their)? concern"
        r"(?: about [a-z_ ]+?)? to|refer(?:red)?(?: their)? concern",
        ("reports_to",),
    ),
    Phrase(r"report", ("reports_to",)),
    Phrase(r"overseen by|under the oversight of", ("oversees",), inverse=True),
    Phrase(
        r"oversee|oversaw|oversight of|hold(?:ing)?(?: [a-z_ ]+?)? to account|held to account|"
        r"manage(?:d)?|monitor(?:ed)?",
        ("oversees",),
    ),
    Phrase(r"subgroup of|subgroup|theme group of", ("subgroup_of",)),
    Phrase(
        r"represented on|representative on|member of|sit on|sat on|make up|partner of|belong to|"
        r"who (?:is|are|sit|sat) on|serve(?:d)? on",
        ("member_of",),
    ),
    Phrase(r"represent(?:ed)?|representative", ("represented_by",), inverse=True),
    Phrase(r"role|post|position|job title", ("holds_post",)),
    Phrase(r"attend(?:ed|ing)?|present at|listed as attending", ("attended",)),
    Phrase(r"apologie|sent apologie|gave apologie", ("apologies",)),
    Phrase(r"fund(?:ed|ing)?|allocate(?:d)?|receive(?:d)? funding|grant(?:ed)?", ("funds",)),
    Phrase(r"produce(?:d)?|approve(?:d)?|publish(?:ed)?|prepare(?:d)?|set out in", ("produces",)),
    Phrase(
        r"responsible for|responsibility for|in charge of|strategic co ordination of|"
        r"strategic coordination of|lead on|lead member for",
        ("responsible_for",),
    ),
    # "which post holds the co-ordination of X": holding a function, not a post ("holds the X post" is one).
    Phrase(
        r"hold(?:s|ing)? (?:the )?_(?: _)*(?! _)(?! (?:post|role|position|office|job)\b)|held (?:the )?_(?: _)*(?! _)"
        r"(?! (?:post|role|position|office|job)\b)",
        ("responsible_for",),
    ),
    Phrase(r"statutory duty|duty under|under which act|act doe", ("statutory_duty",)),
    Phrase(r"district|cover(?:ed)?|incorporate(?:d)?|area covered", ("covers_area",)),
    Phrase(r"priorit(?:y|ie)|strategic priorit(?:y|ie)", ("priority_of",), inverse=True),
    Phrase(
        r"element of|strand of|part of|fall under|fall within|fall|feed into|incorporated into", ("part_of",)
    ),
    Phrase(r"commission(?:ed)?", ("commissions",)),
    Phrase(r"provider of|deliver(?:ed)?|brand name", ("delivers", "commissions")),
    Phrase(r"lead partner for|lead partner|lead(?:s)?|led by", ("led_by",), inverse=True),
    Phrase(
        r"involved (?:in|with)|work(?:ing)? on|role in|engaged (?:in|with)",
        ("oversees", "responsible_for", "delivers", "commissions", "led_by", "produces", "funds"),
    ),
    Phrase(r"adopt(?:ed)?", ("other",), note=r"\badopt"),
    Phrase(
        r"receive feedback from|feedback from|ask to receive feedback",
        ("other",),
        note=r"feedback|update|hear back|report back",
    ),
    Phrase(r"scrutinise(?:d)?|scrutiny of", ("other",), note=r"scrutin"),
    Phrase(r"merge(?:d)? with|merger", ("other",), note=r"merg"),
)

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
    r"community safety partnership|council|person|post|agency|forum"
)
