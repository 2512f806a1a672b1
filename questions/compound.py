"""Two questions asked as one ("Who chairs the Board, and who is its vice-chair?", "What did the Group replace,
and who chairs it?", "How much did the PCC give the project, and who delivers it?").

An officer joins a second question to the first with ", and" and points back to what the first named with "it",
"its" or "them". Read as one question, the second half's verb is lost or read as a name; read as two, each half
is a question the asker already reads. The back-reference stands for the last thing the first half names (the
thing its verb is about, never a place or a person), written as the graph's own name for it, so that the second
half links to the same entity. The answers are the first half's, then the second's.

A second half that asks for a yes or a no ("..., and did that person attend?") is not asked: its answer is no
name. A first half that asks for a thing by its kind ("Which board ..., and who chairs it?") is left to the
asker's own reading, where "it" is the board answered, not a name the question wrote."""

from __future__ import annotations

import re
from collections.abc import Callable

from .lexicon import normalise
from .linking import EntityIndex
from .model import Answer, Result

# "and" then a question word: the second of two questions ("..., and who", "...? And who", "... and who"; "who
# moved and who seconded the motion" is one question about two roles, whose first half names nothing "it" can
# stand for, and is read whole)
JOINED = re.compile(r"^(?P<first>.+?)(?:\s*(?P<mark>[,;?])\s*|\s+)and\s+"
                    r"(?P<second>(?P<word>who|what|which|when|how|where|did|does|do|is|are|was|were|has|have)\b.*?)"
                    r"\s*\??\s*$", re.I)
# a first half that asks about a thing it names (its verb or "how much"), not for a thing of a kind
FIRST_ASKS_OF_A_NAME = re.compile(r"^\s*(?:who\b|whom\b|how (?:much|many|often)\b|when\b|where\b|"
                                  r"what (?:did|does|do|is|was|are|were|has|have|will)\b)", re.I)
# the words a yes-or-no second half starts with
YES_NO_WORDS = frozenset("did does do is are was were has have".split())
# a word standing for what the first half named: "its" as an owner, "it"/"them" as the object
ITS = re.compile(r"\b(?:its|their)\b", re.I)
IT = re.compile(r"\b(?:it|them)\b", re.I)
# a back-reference to what the first half answers, not to what it names: "..., and who chairs that body?",
# "..., and what post does that person hold?" (a pronoun only after a first half asking "who": "..., and what
# post does she hold?"; "which groups ..., and how often do they meet" asks nothing of each group's own)
THAT_ANSWER = re.compile(r"\b(?:that|this|the same|those|these) (?:person|people|individual|officer|member|body|bodies|"
                         r"board|group|organisation|organization|partnership|committee|panel|forum|post)s?\b", re.I)
HE_SHE = re.compile(r"\b(?:he|she|they|him|her|them)\b", re.I)
# the most answers of the first half the second is asked of, one by one
MOST_FOLLOWED = 3
# what a back-reference cannot stand for: it is no place, person, period or kind of thing
NOT_REFERRED = frozenset({"area", "person", "topic", "thing", "meeting"})
# what the asker adds to a reading that found nothing (said once, at the end, when the second half answers)
SILENT = ". The graph does not say: no fact answers this."
# the fewest words a second half needs to be a question of its own ("and how often?" is not: it qualifies the first)
SECOND_WORDS = 3


def two_questions(question: str) -> tuple[str, str, bool] | None:
    """The first half, the second half, and whether the second asks for a yes or a no; None when the question
    is not two joined with ", and" or the first half asks for a thing by its kind."""
    m = JOINED.match(question or "")
    if m is None:
        return None
    second = m.group("second")
    if _answer_referred(m.group("first"), second) is not None:
        return m.group("first").strip() + "?", second, m.group("word").lower() in YES_NO_WORDS
    if FIRST_ASKS_OF_A_NAME.match(m.group("first")) is None:
        return None
    if len(second.split()) < SECOND_WORDS:
        return None
    if m.group("mark") is None and not (ITS.search(second) or IT.search(second)):
        return None  # "who is in charge of X and which groups are most affected": one question, unmarked
    return m.group("first").strip() + "?", second, m.group("word").lower() in YES_NO_WORDS


def _answer_referred(first: str, second: str) -> re.Match[str] | None:
    """The words of SECOND that stand for what FIRST answers ("that body"; "she" after a "who"), if any."""
    if (that := THAT_ANSWER.search(second)) is not None:
        return that
    return HE_SHE.search(second) if re.match(r"\s*who\b", first, re.I) else None


def _of_each_answer(first: Result, first_q: str, second: str, ask: Callable[[str], Result],
                    index: EntityIndex) -> Result:
    """The second half asked of each of the first half's answers in turn, by the graph's name for it."""
    ref = _answer_referred(first_q, second)
    results = []
    for a in first.answers[:MOST_FOLLOWED] if ref is not None else []:
        name = e.label if (e := index.get(a.iri or "")) is not None else a.label
        results.append(ask(f"{second[:ref.start()]}{name}{second[ref.end():]}".rstrip(" ?") + "?"))
    return joined(first, results)


def joined(first: Result, others: list[Result]) -> Result:
    """FIRST's answers then each of OTHERS' not already given, with their readings one after the other."""
    answers: list[Answer] = list(first.answers)
    seen = {(a.iri, a.label) for a in answers}
    for other in others:
        for a in other.answers if not other.refused else []:
            if (a.iri, a.label) not in seen:
                seen.add((a.iri, a.label))
                answers.append(a)
    said_first = first.interpretation.removesuffix(SILENT) if len(answers) > len(first.answers) else \
        first.interpretation
    reading = "; and then: ".join([said_first] + [o.interpretation for o in others])
    queries = list(first.queries)
    for other in others:
        queries += [q for q in other.queries if q not in queries]
    linked = first.linked + [x for o in others for x in o.linked]
    return Result(first.question, reading, answers, first.sparql or next((o.sparql for o in others if o.sparql), ""),
                  linked, queries)


def referent(first: str, linked: list[tuple[str, str, str]], index: EntityIndex) -> str | None:
    """The graph's name of what "it" stands for: of the things the first half linked, the one written last in it
    (a place, person or topic is never "it"); None when it linked none."""
    said = " " + normalise(first) + " "
    best: tuple[int, str] | None = None
    for written, label, iri in linked:
        e = index.get(iri)
        if e is None or e.kind in NOT_REFERRED:
            continue
        at = said.rfind(" " + normalise(written) + " ")
        if at >= 0 and (best is None or at > best[0]):
            best = (at, label)
    return best[1] if best else None


def written_out(second: str, name: str) -> str | None:
    """The second half with its back-reference replaced by the name ("who is its vice-chair" -> "who is the X's
    vice-chair"); None when it has none (a second half naming its own thing is a question of its own)."""
    if ITS.search(second):
        return ITS.sub(f"the {name}'s", second, count=1) + "?"
    if IT.search(second):
        return IT.sub(f"the {name}", second, count=1) + "?"
    return None


def answer_both(question: str, halves: tuple[str, str, bool], ask: Callable[[str], Result],
                index: EntityIndex) -> Result | None:
    """The two halves asked one after the other, answers joined (the first's first). A first half naming what the
    graph does not hold refuses the whole question; None when the first half links nothing "it" can stand for, or
    the second names things of its own, so that the whole question is read as it stands."""
    first_q, second, yes_no = halves
    first = ask(first_q)
    if first.refused:
        first.question = question
        return first
    if yes_no:
        first.question = question
        first.interpretation += "; the yes-or-no that follows is not answered"
        return first
    if _answer_referred(first_q, second) is not None:
        both = _of_each_answer(first, first_q, second, ask, index)
        both.question = question
        return both
    said = referent(first_q, first.linked, index)
    if said is None:
        return None
    second_q = written_out(second, said)
    other = ask(second_q) if second_q else ask(second.rstrip(" ?") + "?")
    if second_q is None and not other.linked:
        # "..., and who is the vice-chair?": a second half that names nothing asks about what the first named
        other = ask(f"{second.rstrip(' ?')} of the {said}?")
    elif second_q is None:
        return None
    both = joined(first, [other])
    both.question = question
    return both


# "Who is the Senior Responsible Owner and chair of the Partnership?": two roles of one body asked together
# (a role's own words hold no "for", "of" or "the": "the lead officer for the youth and gang violence priority of
# X" asks of one priority, and is no two roles of X)
ROLE_WORDS = r"(?:(?!(?:for|of|on|at|the)\b)[\w'\u2019-]+ ?){1,6}?"
TWO_ROLES = re.compile(r"^\s*(?P<ask>who (?:is|was|are|were) (?:the |its |their )?)(?P<one>" + ROLE_WORDS + r") and "
                       r"(?:the |its |also )?(?P<two>[\w'\u2019-]+(?: [\w'\u2019-]+){0,4}?) "
                       r"(?P<rest>(?:of|for|at|on) .+?)\s*\??\s*$", re.I)


def roles_apart(question: str) -> tuple[str, str] | None:
    """The two questions of a question that asks who holds two roles of one body, each role with the body;
    None when it asks no such thing."""
    m = TWO_ROLES.match(question or "")
    if m is None:
        return None
    ask, rest = m.group("ask"), m.group("rest")
    return f"{ask}{m.group('one')} {rest}?", f"{ask}{m.group('two')} {rest}?"


def both_roles(question: str, halves: tuple[str, str], ask: Callable[[str], Result]) -> Result | None:
    """Whoever holds both roles; when the graph records no one in both, whoever it records in either (the chair
    and the vice-chair asked together are two people; a role the graph holds no one in says nothing of the
    other). None when neither role's question is answered."""
    one, two = ask(halves[0]), ask(halves[1])
    if not (one.answers or two.answers):
        return None
    both = {a.iri for a in one.answers} & {a.iri for a in two.answers}
    out = joined(one, [two])
    if both:
        out.answers = [a for a in out.answers if a.iri in both]
    out.question = question
    return out
