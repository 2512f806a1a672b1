"""Groups named as a run of items and then spoken of together by one plural.

Councils name their groups as a list (bullets, lettered items, each name on a line of its own over its
description) and say what the groups are in one sentence before or after it: "Each group is a sub-group of the
Partnership and sends it a written update", "All three groups sit under the Board", "Three groups report to the
Strategic Board:", "The Board is supported by two groups:" ... "Both groups report to the Board", "The Board has
two sub-groups. The A Group ... The B Group ...". A minutes item titled as the sub-groups' updates ("6. SUB-GROUP
UPDATES") whose items each open on a group's name says the same of each: a sub-group of the meeting's body.

The plural must take up a run that is clearly its own: the items right before the sentence (or right after it,
when it opens them), every one opening on a body's name, as many as the count says when it gives one. A run that
cannot be told, or a count that does not fit it, gives nothing. The words are data (gazetteer/group_refs.yaml).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache

from ...graph.model import Entity
from ..gazetteer import _yaml
from ..layout import Line
from . import ExtractionDoc, reads


@dataclass(frozen=True)
class _Lexicon:
    counts: dict[str, int]
    plural: re.Pattern[str]  # "Each of the three groups", "Both groups", "They all", "These delivery groups"
    counted: re.Pattern[str]  # "Three groups" opening a sentence: the groups follow
    owned: re.Pattern[str]  # "... has two sub-groups.", "... is supported by two groups:": the groups follow
    subgroup_of: re.Pattern[str]
    reports_to: re.Pattern[str]
    sent: re.Pattern[str]
    section: re.Pattern[str]


@cache
def _lexicon() -> _Lexicon:
    data = _yaml("group_refs.yaml")
    counts = {k.lower(): int(v) for k, v in data["counts"].items()}
    count = "(?:" + "|".join(sorted(counts, key=len, reverse=True)) + ")"
    kinds = data["kinds"]
    # ("Each group" is singular; every other opening is plural)
    single = kinds.replace("groups", "group").replace("forums", "forum").replace("panels", "panel") \
        .replace("boards", "board").replace("committees", "committee")
    number = r"\W*(?:\d+(?:\.\d+)*\.?\s+)?"
    plural = re.compile(
        number + r"(?P<said>(?:Each|All|Both)(?:\s+of)?(?:\s+(?:the|these|those|our|its|them))?|The|These|Those|"
        r"They(?:\s+(?:all|both|each))?)(?:\s+(?P<count>" + count + r"))?(?:\s+(?P<kind>" + kinds + "|" + single
        + r"))?\b", re.I)
    # ("Both groups" takes up groups already named: it opens no run)
    numbers = "(?:" + "|".join(sorted((c for c in counts if c != "both"), key=len, reverse=True)) + ")"
    counted = re.compile(number + r"(?P<count>" + numbers + r")\s+(?P<kind>" + kinds + r")\b", re.I)
    # ("has two standing sub-groups": a word saying what sort of groups they are may stand before the kind)
    owned = re.compile(r"\s+(?:(?:has|have)|(?:is|are)\s+supported\s+by|(?:is|are)\s+served\s+by)\s+(?P<count>"
                       + count + r")\s+(?:(?-i:[a-z][a-z-]+)\s+)?(?P<kind>" + kinds + r")\s*(?P<end>[.:])", re.I)
    return _Lexicon(
        counts=counts, plural=plural, counted=counted, owned=owned,
        subgroup_of=re.compile("|".join(f"(?:{p})" for p in data["subgroup_of"]), re.I),
        reports_to=re.compile("|".join(f"(?:{p})" for p in data["reports_to"]), re.I),
        sent=re.compile(data["sent"], re.I),
        section=re.compile(number + r"(?:item\s+\d+\s*[:.-]\s*)?(?:" + data["sections"] + r")\W*", re.I),
    )


# what may stand between the plural and its verb: an adverb, or where the groups sit ("below the Strategic Group")
_ADVERB = re.compile(r"\s*(?:(?:also|all|each|both|jointly|directly|then|in turn|now)\s+)?")
_PLACED = re.compile(r"\s+(?:below|under|beneath|within)\s+(?:the\s+)?", re.I)
# a later verb of the same plural subject: "... is a sub-group of the PCSP and sends it ..."
_AND = re.compile(r",?\s+and\s+")
# a clause of its own between the plural and a later verb: the verb after it may be another subject's
_RELATIVE = re.compile(r"\b(?:who|which|that|whose|where)\b", re.I)
# what may follow a name on a line that is an item: its initials or a bracket ("(chair: ...)"), a colon
_NAME_ALONE = re.compile(r"\s*(?:\([^()\n]{1,80}\))?\s*:?\s*")
# a paragraph that opens on a group's name and says what it does after a dash: "Rural Crime Group - works with ..."
_NAME_DASH = re.compile(r"\s*(?:\([^()\n]{1,80}\)\s*)?[-\u2013\u2014]\s+\S")
_IT_OPENS = re.compile(r"\W*It\s*")
_DASH_MARK = re.compile(r"[ \t]*[-\u2013\u2022*][ \t]+")
# a sentence about the group just named, not a new one
_BACK_REF = re.compile(r"\W*(?:It|Its|This|These|They|Their|The\s+(?:group|panel|forum|board))\b", re.I)
_GROUP_HEAD = re.compile(r"\b(?:Group|Panel|Forum|Sub-?\s?[Gg]roup|Sub-?\s?[Cc]ommittee|Network)$")
_ARTICLE = re.compile(r"\s*(?:(?:the|its|our|their|this)\s+)?", re.I)
_PRONOUN = re.compile(r"\s*(?:it|them)\b")
_TO_BODY = re.compile(r"\s+(?:to|for)\s+(?:the\s+)?")
_OF_BODY = re.compile(r"\s+of\s+")
_TO_MEETING = re.compile(r"\s+(?:to|at|for|before)\s+(?:each|every|the)\s+(?:[A-Za-z-]+\s+){0,2}?meetings?\b", re.I)


@reads("group", "forum", "panel", "board", "committee")
def group_refs(doc: ExtractionDoc) -> None:
    """Read the plurals that take up a run of groups, and the minutes items of the sub-groups' updates."""
    lex = _lexicon()
    _update_sections(doc, lex)
    sentences = list(doc.prose())
    for k, (i, (s0, s1)) in enumerate(sentences):
        before = sentences[k - 1][1] if k > 0 else None
        after = [span for _, span in sentences[k + 1 : k + 9]]
        if (m := lex.counted.match(doc.text, s0, s1)) is not None:
            _counted(doc, lex, i, (s0, s1), m, after)
        elif (m := lex.plural.match(doc.text, s0, s1)) is not None:
            _plural(doc, lex, i, (s0, s1), m, before)
        for o in lex.owned.finditer(doc.text, s0, s1):
            _owned(doc, lex, i, (s0, s1), o, after, before)


def _counted(doc: ExtractionDoc, lex: _Lexicon, i: int, span: tuple[int, int], m: re.Match,
             after: list[tuple[int, int]]) -> None:
    """ "Three groups report to the Strategic Board:", "Four delivery groups sit beneath the Board.": the groups
    are the run of items after the sentence's paragraph."""
    said = _predicates(doc, lex, m.end(), span, owner=None)
    if not said:
        return
    groups = _run_after(doc, span[1]) or _opening_subjects(doc, after)
    _distribute(doc, groups, lex.counts[m.group("count").lower()], said, span)


def _plural(doc: ExtractionDoc, lex: _Lexicon, i: int, span: tuple[int, int], m: re.Match,
            before: tuple[int, int] | None) -> None:
    """ "Each group is a sub-group of X and sends it ...", "All three groups sit under the Board", "Both groups
    report to X": the run of items just before the sentence (or, for a sentence that ends its paragraph over a
    list, the run after it)."""
    said_word = m.group("said").split()[0].lower()
    kind = (m.group("kind") or "").lower()
    if kind and not kind.endswith("s") and said_word != "each":
        return  # "The group reports to ...": one group, no plural
    if not kind and said_word in ("the", "these", "those") or not kind and m.group("count"):
        return  # "The Board ...", "These three ...": no group taken up
    count = m.group("count") or (said_word if said_word == "both" else None)
    a = m.end()
    placed_under = None
    if (p := _PLACED.match(doc.text, a, span[1])) is not None:
        placed_under = _body_at(doc, p.end(), span[1])
        if placed_under is not None:
            a = placed_under[1]
    owner = placed_under[0] if placed_under else _owner_before(doc, span[0], before)
    said = _predicates(doc, lex, a, span, owner=owner)
    if placed_under is not None:
        said.append(("subgroup_of", *placed_under))
    if not said:
        return
    ends_list = doc.text[span[0] : span[1]].rstrip().endswith(":")
    groups = [] if ends_list else _run_before(doc, span[0])
    if not groups and (ends_list or _ends_paragraph(doc, span[1])):
        groups = _run_after(doc, span[1])  # ("All three groups sit under the Board:" opens the list of them)
    if not groups and placed_under is not None:
        groups = _read_under(doc, placed_under[0], span[0])
    if not groups:
        groups = _introduced(doc, span[0])
    _distribute(doc, groups, lex.counts[count.lower()] if count else None, said, span)


def _owned(doc: ExtractionDoc, lex: _Lexicon, i: int, span: tuple[int, int], o: re.Match,
           after: list[tuple[int, int]], before: tuple[int, int] | None = None) -> None:
    """ "The Board has two sub-groups. The A Group ... The B Group ...", "X is supported by two groups:" over a
    list: each is a sub-group of the body the sentence opens on ("It is supported by ...": the body "It" stands
    for)."""
    owner = _body_ending(doc, span[0], o.start())
    if owner is None and _IT_OPENS.fullmatch(doc.text, span[0], o.start()):
        owner = _subject_before(doc, before, span[0])
    if owner is None:
        return
    groups = _run_after(doc, span[1]) if o.group("end") == ":" or _ends_paragraph(doc, span[1]) else []
    if not groups:
        groups = _opening_subjects(doc, after)
    _distribute(doc, groups, lex.counts[o.group("count").lower()], [("subgroup_of", owner, o.end())], span)


def _update_sections(doc: ExtractionDoc, lex: _Lexicon) -> None:
    """A minutes item titled as the sub-groups' updates: each item under it that opens on a group's name is a
    sub-group of the meeting's body (two items at least: one alone may be any paper's)."""
    owner = doc.resolver.body
    if owner is None:
        return
    for ln in doc.layout.lines:
        if ln.kind not in ("heading", "bullet", "text", "field") or not lex.section.fullmatch(doc.text, ln.start,
                                                                                               ln.end):
            continue
        groups = _run_after(doc, ln.end)
        if len(groups) >= 2:
            for g, start, end in groups:
                doc.add(g, "subgroup_of", owner, start, end, "group_refs:update_section", 0.8)


def _predicates(doc: ExtractionDoc, lex: _Lexicon, a: int, span: tuple[int, int], *, owner: Entity | None
                ) -> list[tuple[str, Entity, int]]:
    """(relation, body, end of its words) for each verb of the plural subject from A: the first right after it,
    then each one joined by "and" before any clause of another subject."""
    text, s1 = doc.text, span[1]
    starts = [a]
    for j in _AND.finditer(text, a, s1):
        if _RELATIVE.search(text, a, j.start()):
            break
        starts.append(j.end())
    said: list[tuple[str, Entity, int]] = []
    for c in starts:
        c = _ADVERB.match(text, c, s1).end()
        for relation, pattern in (("subgroup_of", lex.subgroup_of), ("reports_to", lex.reports_to)):
            v = pattern.match(text, c, s1)
            if v is None:
                continue
            it = _PRONOUN.match(text, v.end(), s1)
            if it is not None and (said or owner is not None):
                # "is a sub-group of X and reports to it": the body just named, else the one the groups sit under
                said.append((relation, said[-1][1] if said else owner, it.end()))
            elif (found := _body_at(doc, v.end(), s1) or (_meeting_body(doc, v.end(), s1) if relation ==
                                                           "reports_to" else None)) is not None:
                said.append((relation, *found))
        if (v := lex.sent.match(text, c, s1)) is not None:
            to = _TO_BODY.match(text, v.end(), s1)
            found = _body_at(doc, to.end(), s1) if to is not None else None
            if found is None and to is not None:
                found = _meeting_body(doc, to.start(), s1)  # "sends a written update to every Board meeting"
            meeting = _TO_MEETING.match(text, v.end(), s1) if found is None else None
            if meeting is not None and (of := _OF_BODY.match(text, meeting.end(), s1)) is not None:
                # "... a report to every meeting of the Partnership": the body whose meetings they are, named
                found = _body_at(doc, of.end(), s1)
                if found is None:
                    continue  # a meeting of a body not told here is no one's to guess
            if found is not None:
                said.append(("reports_to", *found))
            elif (said or owner is not None) and (v.group("it") or meeting is not None):
                said.append(("reports_to", said[-1][1] if said else owner, v.end()))
    return said


def _distribute(doc: ExtractionDoc, groups: list[tuple[Entity, int, int]], count: int | None,
                said: list[tuple[str, Entity, int]], span: tuple[int, int]) -> None:
    if len(groups) < 2 or (count is not None and count != len(groups)):
        return  # which groups are meant is not clear
    for relation, target, _ in said:
        for g, _, _ in groups:
            doc.add(g, relation, target, span[0], span[1], f"group_refs:{relation}", 0.8)


# "to every CCDLP meeting", "to each Board meeting", "to the HDCSP's quarterly meetings": the body whose meetings
_BODY_MEETING = re.compile(r"\s*(?:to\s+)?(?:each|every|all|the)\s+(?P<body>[A-Z][\w&-]*(?:\s+[A-Z][\w&-]*){0,5}?)"
                           r"(?:['’]s)?\s+(?:(?:quarterly|monthly|regular|formal|full|next)\s+)?meetings?\b")


def _meeting_body(doc: ExtractionDoc, at: int, end: int) -> tuple[Entity, int] | None:
    """The body named inside "every <body> meeting" at AT, and where the words end."""
    m = _BODY_MEETING.match(doc.text, at, end)
    if m is None:
        return None
    found = _body_at(doc, m.start("body"), m.end("body"))
    if found is None and m.group("body").isupper():
        # "every SDLP meeting": initials the paper spelt out for a body (the name finder may not mark them so)
        e = doc.resolver.acronym(m.group("body"))
        return (e, m.end()) if e is not None and e.kind == "body" else None
    return (found[0], m.end()) if found is not None else None


def _body_at(doc: ExtractionDoc, at: int, end: int) -> tuple[Entity, int] | None:
    """The body named right at AT (a few characters' leeway for an article), and where its name ends."""
    at = _ARTICLE.match(doc.text, at, end).end()
    m = next((x for x in doc.mentions(at, end) if x.start - at <= 1 and x.end > at), None)
    e = _named(doc, m) if m is not None else None
    return (e, m.end) if e is not None else None


def _named(doc: ExtractionDoc, m) -> Entity | None:
    """The body mention M names; a bare head noun ("the Board") is the body the section (else the paper) is about
    when that body is of the noun's kind, or a partnership (which meets as its board): the last body of the kind
    named before may be another (a heading "Seats on the Board")."""
    noun = m.name.strip()
    if " " not in noun:
        own = doc.scope_body(m.start)
        if own is not None and own.kind == "body" and (own.subtype == noun or own.name.endswith(noun) or
                                                       noun == "Board" and own.subtype == "Partnership"):
            return own
    return doc.named_body(m)


def _subject_before(doc: ExtractionDoc, before: tuple[int, int] | None, at: int) -> Entity | None:
    """The body "It" opening the sentence at AT stands for: the one the sentence before opens on ("The Board agrees
    the Plan. It is supported by ..."), else the one the pronoun's reader would take."""
    if before is not None and "\n\n" not in doc.text[before[1] : at]:
        found = _body_at(doc, before[0], before[1])
        if found is not None:
            return found[0]
    from .clauses import antecedent  # clauses imports this module's words at its top

    owner = antecedent(doc, before, at)
    return owner if owner is not None and owner.kind == "body" else None


def _body_ending(doc: ExtractionDoc, start: int, at: int) -> Entity | None:
    """The body whose name ends right before AT, in the sentence from START."""
    m = next((x for x in reversed(doc.mentions(start, at)) if at - x.end <= 2), None)
    return _named(doc, m) if m is not None else None


def _owner_before(doc: ExtractionDoc, start: int, before: tuple[int, int] | None) -> Entity | None:
    """The body a pronoun of the plural's sentence stands for when the sentence names none before it: the last
    body the sentence before (in the same paragraph) names."""
    if before is None or "\n\n" in doc.text[before[1] : start]:
        return None
    found = [e for x in doc.mentions(*before) if (e := _named(doc, x)) is not None]
    return found[-1] if found else None


def _ends_paragraph(doc: ExtractionDoc, end: int) -> bool:
    rest = doc.text[end : end + 200]
    return rest.strip(" \t") == "" or re.match(r"[ \t]*\n[ \t]*(?:\n|$)", rest) is not None


def _line_index(doc: ExtractionDoc, pos: int) -> int:
    lines = doc.layout.lines
    return next((k for k, ln in enumerate(lines) if ln.start <= pos <= ln.end), len(lines))


def _item_group(doc: ExtractionDoc, ln: Line) -> tuple[Entity, int, int] | None:
    """The body an item line opens on: a bullet or lettered item ("(a) Joint Action Group. ..."), or a line that
    is a name alone (a heading over its description)."""
    if ln.kind == "bullet":
        if ln.number and "." in ln.number.strip("."):
            return None  # "3.5 The ...": a numbered paragraph, not an item
    elif ln.kind == "row" and (dash := _DASH_MARK.match(doc.text, ln.content_start, ln.end)) is not None:
        # "-<tab>Name: what it does": a dash item the layout took for a table row by its tab
        found = _body_at(doc, dash.end(), ln.end)
        return (found[0], dash.end(), ln.end) if found is not None else None
    elif ln.kind == "text" and not ln.number:
        # "Rural Crime Group - works with farmers ...": a paragraph of its own opening on the name, then a dash
        found = _body_at(doc, ln.content_start, ln.end)
        if found is None or not _NAME_DASH.match(doc.text, found[1], ln.end) or not _opens_paragraph(doc, ln):
            return None
        return found[0], ln.content_start, ln.end
    elif ln.kind != "heading" or ln.number and not ln.number.strip(".").isdigit():
        return None
    found = _body_at(doc, ln.content_start, ln.end)
    if found is None:
        return None
    if ln.kind == "heading" and not _NAME_ALONE.fullmatch(doc.text, found[1], ln.end):
        return None  # a title that says more than the name ("Rural Crime Forum update") is no item of a run
    return found[0], ln.content_start, ln.end


def _opens_paragraph(doc: ExtractionDoc, ln: Line) -> bool:
    return re.search(r"\n[ \t]*\n[ \t]*$", doc.text[max(ln.start - 200, 0) : ln.content_start]) is not None


def _run_before(doc: ExtractionDoc, pos: int) -> list[tuple[Entity, int, int]]:
    """The run of items just above the line POS opens (their descriptions skipped), when POS opens its line."""
    lines = doc.layout.lines
    k = _line_index(doc, pos)
    if k >= len(lines) or doc.text[lines[k].start : pos].strip() and doc.text[lines[k].content_start : pos].strip():
        return []
    run: list[tuple[Entity, int, int]] = []
    style = None
    k -= 1
    while k >= 0:
        ln = lines[k]
        if ln.kind != "blank":
            item = _item_group(doc, ln)
            if item is not None and style in (None, _style(ln)):
                run.append(item)
                style = _style(ln)
            elif not (ln.kind == "text" and _continues_item(doc, k)):
                break
        k -= 1
    return run[::-1]


def _style(ln: Line) -> tuple[str, str]:
    """How an item is set: its line's kind and its mark ("(a)", "1.", a dash): a run keeps one style, so the next
    numbered section after a run of lettered items is not one of them."""
    mark = "" if not ln.number else "digit" if ln.number[:1].isdigit() else "letter"
    return ln.kind, mark


def _continues_item(doc: ExtractionDoc, k: int) -> bool:
    """Line K is text hanging under an item (no blank line between them)."""
    lines = doc.layout.lines
    j = k
    # (an item may itself be a text line, "Name - what it does": the walk up stops on it)
    while j > 0 and lines[j].kind == "text" and (j == k or _item_group(doc, lines[j]) is None):
        j -= 1
    return j < k and lines[j].kind != "blank" and _item_group(doc, lines[j]) is not None


def _run_after(doc: ExtractionDoc, pos: int) -> list[tuple[Entity, int, int]]:
    """The run of items that starts on the lines after POS (blank lines and each item's description skipped)."""
    lines = doc.layout.lines
    k = _line_index(doc, pos) + 1
    run: list[tuple[Entity, int, int]] = []
    last = style = None
    while k < len(lines):
        ln = lines[k]
        if ln.kind == "blank":
            last = "blank"
        elif (item := _item_group(doc, ln)) is not None and style in (None, _style(ln)):
            run.append(item)
            last, style = "item", _style(ln)
        elif ln.kind in ("text", "bullet") and last in ("item", "description"):
            last = "description"
        elif ln.kind == "text" and last == "blank" and run and _continues_item(doc, k):
            last = "description"
        else:
            break
        k += 1
    return run


def _read_under(doc: ExtractionDoc, parent: Entity, at: int) -> list[tuple[Entity, int, int]]:
    """ "the three groups below the Strategic Group" after a chart: the groups a rule has read as the parent's
    sub-groups a little way above (a chart's boxes, a table's rows)."""
    found = {f.subject.iri: (f.subject, f.start, f.end) for f in doc.facts if f.relation == "subgroup_of" and
             f.object is not None and f.object.iri == parent.iri and at - 3000 <= f.start < at}
    return list(found.values())


def _introduced(doc: ExtractionDoc, at: int) -> list[tuple[Entity, int, int]]:
    """The groups a counting sentence earlier in AT's paragraph introduced ("The Board has two sub-groups. The A
    Group ... The B Panel ... Both report to the Board."): a plural with no run of items of its own takes them up."""
    para = doc.text.rfind("\n\n", 0, at)
    found = {f.subject.iri: (f.subject, f.start, f.end) for f in doc.facts if f.rule == "group_refs:subgroup_of"
             and para < f.start < at}
    return list(found.values())


def _opening_subjects(doc: ExtractionDoc, after: list[tuple[int, int]]) -> list[tuple[Entity, int, int]]:
    """The groups the sentences after a counting one open on, in its paragraph: "... two sub-groups. The A Group is
    chaired by ... The B Group ..." (a sentence that opens on no body, or a new paragraph, ends them). A sentence
    that opens on no body but names one group ("The Head of Service chairs the B Panel") introduces that group,
    unless it speaks of the one just named ("It meets monthly")."""
    run: list[tuple[Entity, int, int]] = []
    last = None
    for s0, s1 in after:
        if last is not None and "\n\n" in doc.text[last:s0]:
            break
        found = _body_at(doc, s0, s1)
        if found is None and run and not _BACK_REF.match(doc.text, s0, s1):
            named = {e.iri: (e, m.end) for m in doc.mentions(s0, s1) if (e := _named(doc, m)) is not None and
                     _GROUP_HEAD.search(e.name)}
            found = next(iter(named.values())) if len(named) == 1 else None
        if found is None:
            if run:
                last = s1
                continue  # a sentence on the group just named ("It meets monthly.")
            break
        run.append((found[0], s0, found[1]))
        last = s1
    return run


@cache
def _ties() -> dict[str, re.Pattern[str]]:
    data = _yaml("group_refs.yaml")["ties"]
    return {relation: re.compile("|".join(f"(?:{p})" for p in patterns), re.I) for relation, patterns in data.items()}


def group_ties(text: str) -> frozenset[str]:
    """What TEXT, an opener or a sentence about groups and the body it names, says ties the groups to that body:
    "subgroup_of" when it makes them the body's own (a sub-group's or theme group's name, "sit under" it, the body
    "has" or "set up" them, "its groups"), "reports_to" when it says they report or answer to it. "Three working
    groups report to the Board" says only the second; an empty set is the paper not saying (CONVENTIONS.md I)."""
    return frozenset(relation for relation, pattern in _ties().items() if pattern.search(text))
