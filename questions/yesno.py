"""Questions an officer asks for a yes or a no ("Does the CSP report to the Safer Board?", "Is Jo Lee still the
chair of the Board?"), and questions that name nothing ("Who chairs it?").

A yes or no is read as the question that asks for what one of its names stands in ("What does the CSP report
to?", "Who is the chair of the Board?"), asked of the same graph. The answer is "Yes" only where that question's
answers hold the name the officer wrote, and it carries that fact's quote and paper. Where the graph holds other
answers, the officer is told what it records, never "no": a body may report to two boards, and a paper the graph
has not read may say what this one does not. Where it holds nothing, it says it holds nothing either way."""

from __future__ import annotations

import re
from collections.abc import Callable

from .lexicon import FREQUENCY_WORDS, normalise
from .linking import EntityIndex, Mention
from .model import Answer, Result

# the auxiliary a yes-or-no question starts with (and never a question word)
YES_NO = re.compile(r"^\s*(?:does|do|did|is|are|was|were|has|have|had)\s+\S", re.I)
# "still", "currently", "now": the time of the fact is shown with its quote; the word asks for no other reading
NOW_WORDS = re.compile(r"\s+\b(?:still|currently|now|at present)\b", re.I)
# "is jo lee the chair", "was jo lee a vice chair" (normalised, "still" taken out): a person and a post alone
ROLE_ALONE = re.compile(r"^(?:is|was)\s+.+?\s+(?:the|a|an)\s+(?P<role>(?:vice |co )?chair(?:man|woman|person)?)$")
# a word that stands for a name only where an earlier question gave it one
PRONOUN = re.compile(r"\b(?:it|its|they|them|their|he|she|him|her|his|this|that|these|those)\b", re.I)
# titles before a person's name that the question may leave out or write where the graph does not
TITLES = frozenset("cllr councillor mr mrs ms miss dr prof professor sir dame the chief superintendent "
                   "inspector supt ch insp det".split())


# "Does the Board meet quarterly?", "Does the Group still meet every two months?": how often, asked yes or no
MEETS_SO = re.compile(rf"^\s*(?:does|do|did|is|are)\s+(?P<body>.+?)\s+(?:meet|meets|met|meeting|held)\s+"
                      rf"(?P<often>{FREQUENCY_WORDS})\s*\??\s*$", re.I)
# How often, said in one set of words: "quarterly", "every quarter", "four times a year" and "every three months"
# are one frequency.
_EVERY = {"week": 52, "fortnight": 26, "month": 12, "quarter": 4, "year": 1}
_COUNTS = {"once": 1, "twice": 2, "three": 3, "four": 4, "six": 6, "eight": 8, "twelve": 12, "two": 2, "other": 2,
           "second": 2}
_ADVERBS = {"weekly": 52, "fortnightly": 26, "monthly": 12, "bimonthly": 6, "bi monthly": 6, "quarterly": 4,
            "annually": 1, "yearly": 1, "biannually": 2, "bi annually": 2}


def times_a_year(said: str) -> float | None:
    """How many times a year a frequency as written comes to ("every two months": 6); None when it says no
    number ("regularly")."""
    words = said.lower().replace("-", " ").split()
    text = " ".join(words)
    if text in _ADVERBS:
        return _ADVERBS[text]
    unit = next((_EVERY[w.rstrip("s")] for w in reversed(words) if w.rstrip("s") in _EVERY), None)
    if unit is None:
        return None
    if words[0] in ("every", "each"):
        n = next((_COUNTS.get(w) or (int(w) if w.isdigit() else None) for w in words[1:-1]), None) or 1
        return unit / n
    n = _COUNTS.get(words[0]) or (int(words[0]) if words[0].isdigit() else None)
    return n * unit if n is not None else None


def _meets_so(question: str, ask: Callable[[str], Result]) -> Result | None:
    """"Does the Board meet quarterly?": yes, with the frequency the graph or the body's papers give, where it
    comes to as many times a year; else what they give (never a "no": a paper not read may say more); None
    when the question asks no such thing or names nothing held."""
    m = MEETS_SO.match(question)
    if m is None:
        return None
    got = ask(f"How often does {m.group('body')} meet?")
    if got.refused:
        return Result(question, got.interpretation, suggestions=got.suggestions, refused=True)
    asked = times_a_year(m.group("often"))
    fits = [a for a in got.answers if asked is not None and times_a_year(a.label) == asked]
    if fits:
        yes = Answer("Yes", None, list(fits[0].evidence), note=f"{fits[0].label}: {got.interpretation}")
        return Result(question, f"Yes: {got.interpretation}: {fits[0].label}", [yes, *fits], got.sparql,
                      got.linked, got.queries)
    if got.answers:
        others = "; ".join(a.label for a in got.answers[:3])
        said = (f"The papers say otherwise ({got.interpretation}): {others}. That is no \u201cno\u201d: a paper the "
                "graph has not read may say more")
        return Result(question, said, [], got.sparql, got.linked, got.queries)
    return Result(question, f"{got.interpretation} The graph holds nothing either way", [], got.sparql, got.linked,
                  got.queries)


def _words(text: str) -> list[str]:
    return [w for w in normalise(text).split() if w not in TITLES]


def _is_named(answer: Answer, mention: Mention, index: EntityIndex) -> bool:
    """Is ANSWER the thing MENTION names: one of the entities it links, or a name whose words it writes
    ("Jo Lee" for "Cllr Jo Lee")?"""
    iris = {e.iri for e in mention.entities}
    if answer.iri and answer.iri in iris:
        return True
    asked = _words(mention.text)
    if not asked:
        return False
    names = [answer.label]
    if answer.iri and (e := index.get(answer.iri)) is not None:
        names += [e.label, *e.names]
    areas = {a for e in mention.entities for a in e.areas}
    answer_areas = e.areas if answer.iri and (e := index.get(answer.iri)) is not None else set()
    for name in names:
        said = _words(name)
        # every word the officer wrote within the answer's name ("Jo Lee" of "Cllr Jo Lee")
        if said and all(w in said for w in asked) and (len(asked) > 1 or len(said) == 1):
            return True
        # the answer's name as its paper writes it, without the place the officer added ("Health and Wellbeing
        # Board" of "the Eastvale Health and Wellbeing Board"), where it lies in no other area
        if len(said) > 1 and all(w in asked for w in said) and (not answer_areas or answer_areas & areas):
            return True
    return False


def _same_place(answer: Answer, mention: Mention, index: EntityIndex) -> bool:
    """Could ANSWER be said in place of what MENTION names, by area (either without one, or sharing one)?"""
    asked = {a for e in mention.entities for a in e.areas}
    e = index.get(answer.iri or "")
    return not asked or e is None or not e.areas or bool(e.areas & asked)


def _cut(question: str, mention: Mention) -> str | None:
    """QUESTION without the words of MENTION (and the article before them); None where its words are not found
    as written (a name the reading joined from parts)."""
    words = mention.text.split()
    # between the words: a possessive, punctuation, or nothing ("wellbeing" is normalised as "well being")
    pattern = (r"(?:\bthe\s+)?\b" + r"(?:['\u2019]s)?[^A-Za-z0-9]*".join(re.escape(w) for w in words)
               + r"(?:['\u2019]s)?\b")
    m = re.search(pattern, question, re.I)
    if m is None:
        return None
    return (question[: m.start()] + question[m.end():]).strip()


def wh_forms(question: str, mention: Mention) -> list[str]:
    """The questions that ask for what MENTION stands in: "Is Jo Lee the chair of the Board?" without "Jo Lee"
    is "Who is the chair of the Board?"; "Does the CSP report to the Board?" without "the Board" is "What does
    the CSP report to?" (and "Who ..."), the auxiliary kept where it stands."""
    rest = _cut(question, mention)
    if rest is None:
        return []
    rest = re.sub(r"\s+", " ", rest).strip()
    rest = re.sub(r"\s+([?.,])", r"\1", rest)
    if not rest.endswith("?"):
        rest += "?"
    head = rest[0].lower() + rest[1:]
    if not YES_NO.match(head):
        return []
    people = "person" in mention.kinds
    return [f"Who {head}", f"What {head}"] if people else [f"What {head}", f"Who {head}"]


def yes_or_no(question: str, index: EntityIndex, ask: Callable[[str], Result]) -> Result | None:
    """The answer to a yes-or-no QUESTION, or None where it is none (ASK answers a question of the same graph)."""
    if not YES_NO.match(question):
        return None
    plain = NOW_WORDS.sub("", question)
    if (often := _meets_so(plain, ask)) is not None:
        return often
    mentions = [m for m in index.mentions(normalise(plain)) if m.entities and not m.generic]
    if len(mentions) == 1 and "person" in mentions[0].kinds and (
            m := ROLE_ALONE.match(normalise(plain))) is not None:
        # "Is Jo Lee still the chair?": of what the graph records her the chair, if of anything
        got = ask(f"What is {mentions[0].text} the {m.group('role')} of?")
        if got.refused or not got.answers:
            return None
        first = got.answers[0]
        yes = Answer("Yes", first.iri, list(first.evidence), note=f"{first.label}: {got.interpretation}")
        return Result(question, f"Yes: the graph records it ({got.interpretation}: {first.label})",
                      [yes, *got.answers], got.sparql, got.linked, got.queries)
    if len(mentions) < 2:
        # one name ("Is the Board still meeting?") asks of that thing alone: the question's own reading
        return None
    held: list[tuple[str, Result]] = []
    # the last name first: the thing asked about usually closes the question ("... report to the Board?")
    for mention in sorted(mentions, key=lambda m: -m.start):
        for wh in wh_forms(plain, mention):
            got = ask(wh)
            if got.refused:
                # a name of the question the graph does not hold, or holds only in another council's area
                return Result(question, got.interpretation, suggestions=got.suggestions, refused=True)
            fits = [a for a in got.answers if _is_named(a, mention, index)]
            if fits:
                first = fits[0]
                yes = Answer("Yes", first.iri, list(first.evidence), note=f"{first.label}: {got.interpretation}")
                said = f"Yes: the graph records it ({got.interpretation}: {first.label})"
                return Result(question, said, [yes, *fits], got.sparql, got.linked, got.queries)
            if got.answers and all(_same_place(a, mention, index) for a in got.answers):
                held.append((mention.text, got))
                break
            if got.answers:
                # what the graph records lies in another place than the name asked about: the question's
                # own reading says why it answers nothing, and shows no other council's fact
                return None
    if held:
        name, got = held[0]
        name = next((e.label for m in mentions if m.text == name for e in m.entities), name)
        others = "; ".join(a.label for a in got.answers[:5])
        return Result(question, (
            f"The graph records no such fact of \u201c{name}\u201d. What it records ({got.interpretation}): {others}. "
            "That is no \u201cno\u201d: a paper it has not read may say more"), [], got.sparql, got.linked, got.queries)
    return Result(question, "The graph holds nothing either way: no fact it holds says yes or no to this")


def names_nothing(question: str) -> str | None:
    """What is missing from a question that names nothing and points back with a pronoun ("Who chairs it?")."""
    m = PRONOUN.search(question)
    if m is None:
        return None
    return (f"\u201c{m.group(0)}\u201d names nothing here: each question is read on its own, so ask with the "
            "name of the body, person or place (\u201cWho chairs the Eastvale Community Safety Partnership?\u201d)")
