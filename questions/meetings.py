"""Meetings named by what was discussed: "who attended the Community Safety Update item" names no body, only
the title of the paper or agenda item the meeting took; the attendees of the meeting whose recording
document carries that title answer it."""

from __future__ import annotations

import re
from typing import Any

from .context import Context, in_time
from .lexicon import COMMON_WORDS, normalise
from .model import Answer, Evidence
from .sparql import run_file

# "attended the X", "attending for the X item", "present at the X meeting"
ITEM = re.compile(
    r"\b(?:attend(?:ed|ing)?|present|there)(?: (?:for|at|in))?(?: the)? (?P<item>.+?)"
    r"(?: (?:agenda )?item| meeting| session| discussion)?$"
)
# Words any paper's title may carry; they pick out no meeting.
TITLE_NOISE = frozenset({"item", "meeting", "report", "paper", "agenda", "minute", "update"})
MIN_SHARE = 0.75


def _words(text: str) -> set[str]:
    return {w for w in normalise(text).split() if w not in COMMON_WORDS and not w.isdigit()}


def meeting_attendees(store: Any, normal: str, ctx: Context) -> tuple[list[Answer], str] | None:
    """Attendees of the meeting whose document title the question names; None when no title fits."""
    m = ITEM.search(normal)
    if not m:
        return None
    asked = _words(m.group("item"))
    telling = asked - TITLE_NOISE
    if len(telling) < 2:
        return None
    rows = run_file(store, "meeting_attendance.rq", ctx.trace)
    titles: dict[str, str] = {r["meeting"]: r["title"] or "" for r in rows}
    best: list[str] = []
    best_share = 0.0
    for meeting, title in titles.items():
        have = _words(title)
        # Every telling word must be in the title; the share over all asked words ranks near-equals.
        if not telling <= have:
            continue
        share = len(asked & have) / len(asked)
        if share >= MIN_SHARE and share > best_share:
            best, best_share = [meeting], share
        elif share >= MIN_SHARE and share == best_share:
            best.append(meeting)
    if not best:
        return None
    answers: dict[str, Answer] = {}
    for r in rows:
        if r["meeting"] not in best:
            continue
        if ctx.when and r.get("date") and not ctx.when.matches(r["date"]):
            continue
        a = answers.setdefault(r["person"], Answer(ctx.index.label(r["person"]), r["person"]))
        ev = Evidence(r.get("doc"), r.get("quote"), r.get("date"), r.get("assertion"))
        a.cite(ev)
    title = titles[best[0]]
    return list(answers.values()), f"who attended the meeting that took {title!r}"


# "the 6 February 2025 meeting of the Panel", "the Board's meeting on 6 February": a meeting named by its day and
# the kind of body alone (the day is read off the question already, so "the _ meeting of the panel" is left).
DATED_KIND = re.compile(r"\b(?:meeting of the (?P<a>[a-z]+)|the (?P<b>[a-z]+) meeting)\b")
APOLOGIES = re.compile(r"\bapologie|\babsent\b|\bcould not attend|\bunable to attend")
# "Who sent apologies to the 17 October 2024 meeting?", "Who was at the meeting of 2 February?": a meeting named
# by its time alone, asked who came or who did not (not who chaired it, nor what it decided)
_ATTENDANCE_ASKED = re.compile(r"\battend|\bpresent\b|\b(?:was|were) at\b|\bcame to\b")
_BARE_MEETING = re.compile(r"\bthe (?:_ )?meeting\b")


def dated_meeting(store: Any, normal: str, ctx: Context, doc_areas: Any) -> tuple[list[Answer], str] | None:
    """Who attended (or sent apologies to) the one meeting held on the day the question gives by a body of the
    kind it names ("the Panel"), or by any body when it names no kind ("the 17 October meeting", or "the April
    meeting" when one meeting alone was held that month); None when no day is given, no body of the kind met
    then, or two did (in the places asked, if any), or the month saw two meetings: the time and the kind then
    do not say which meeting."""
    from .reading import BODY_HEADS

    m = DATED_KIND.search(normal)
    kind = (m.group("a") or m.group("b")) if m else None
    if ctx.when is None or ctx.when.before:
        return None
    if kind in BODY_HEADS:
        if len(ctx.when.value or "") != 10:
            return None
    elif not (_BARE_MEETING.search(normal) and (APOLOGIES.search(normal) or _ATTENDANCE_ASKED.search(normal))
              and len(ctx.when.value or "") in (7, 10)):
        # no kind: a day, or a month whose one meeting the graph records (never a year: many meetings)
        return None
    else:
        kind = None
    relation = "apologies" if APOLOGIES.search(normal) else "attended"
    rows = [r for r in run_file(store, "dated_attendance.rq", ctx.trace, day=ctx.when.value)
            if (kind is None or normalise(ctx.index.label(r["body"] or "")).split()[-1:] == [kind])
            and (not ctx.asked or any(ctx.places.inside(a, p) for a in doc_areas(r.get("doc") or "")
                                      for p in ctx.asked))]
    bodies = {r["body"] for r in rows}
    if len(bodies) != 1 or len({str(r["date"])[:10] for r in rows}) != 1:
        return None
    answers: dict[str, Answer] = {}
    for r in rows:
        if r["rel"] != relation:
            continue
        a = answers.setdefault(r["person"], Answer(ctx.index.label(r["person"]), r["person"]))
        ev = Evidence(r.get("doc"), r.get("quote"), r.get("date"), r.get("assertion"))
        a.cite(ev)
    what = "sent apologies to" if relation == "apologies" else "attended"
    (body,) = bodies
    only = f"{kind} " if kind else "body "
    return list(answers.values()), f"who {what} the meeting of {ctx.index.label(body)} held then (the only " \
        f"{only}the graph records meeting then)"


# "Apologies: Cllr A Brook, B Carr.", "Apologies for absence were received from ..."
# (only the heading is read without regard to case: the names must start with a capital, so that a heading
# "Apologies for absence." is no list of names)
APOLOGIES_LINE = re.compile(r"^\s*(?i:apologies(?: for absence)?(?: were received from| received from)?)\s*"
                            r"[:\-\u2013]?\s*(?P<names>[A-Z].*)$")
_NAME_SPLIT = re.compile(r"\s*(?:,|;|\band\b)\s*")
# The same said in a sentence: "Cllr A Brook and B Carr gave their apologies.", "Apologies had been received from
# A Brook and B Carr." (a post written among the names, "B Carr, Area Commander", is dropped below)
APOLOGIES_SAID = (
    re.compile(r"(?P<names>[A-Z][^.;:]*?) (?:gave|sent|tendered|offered|submitted) (?:their|his|her) apologies\b"),
    re.compile(r"\b(?i:apologies(?: for absence)? (?:were|had been|have been) (?:received|submitted|sent|given|"
               r"tendered) (?:from|by))\s*:?\s*(?P<names>[A-Z][^.;:]*)"),
)


def apologies_written(asker: Any, normal: str, ctx: Context) -> tuple[list[Answer], str] | None:
    """Who sent apologies to a body's meeting on the day asked, as the one paper of that day in the body's
    place writes them on an "Apologies:" line, where the graph records no apologies fact (a record of a
    cabinet decision, whose apologies line extraction did not read). None when no day is given, no body is
    linked, or not exactly one such paper writes such a line."""
    from .linking import _bare_person_name
    from .roles import paper_date

    if not APOLOGIES.search(normal) or ctx.when is None or len(ctx.when.value or "") != 10 or ctx.when.before:
        return None
    areas = {a for _, _, iri in ctx.linked if (e := ctx.index.get(iri)) is not None and e.kind == "body"
             for a in e.areas}
    if not areas:
        return None
    found: list[tuple[str, str, list[str]]] = []
    for doc in asker.state.documents(10**6):
        if not (asker.state.doc_areas(doc) & areas) or (paper_date(asker, doc) or "")[:10] != ctx.when.value:
            continue
        rows = run_file(asker.store, "paper_text.rq", doc=doc)
        for line in ((rows[0]["text"] or "") if rows else "").splitlines():
            m = APOLOGIES_LINE.match(line)
            if m is not None and not re.match(r"(?i)\s*(?:none|nil|no apologies)\b", m.group("names")):
                names = [_bare_person_name(n.strip(" .")) for n in _NAME_SPLIT.split(m.group("names")) if n.strip(" .")]
                if names and all(len(n.split()) >= 2 and len(n.split()) <= 5 for n in names):
                    found.append((doc, line.strip(), names))
                continue
            for said in APOLOGIES_SAID:
                if (m := said.search(line)) is not None and (names := _people_written(m.group("names"), ctx)):
                    found.append((doc, line.strip(), names))
                    break
    if len({doc for doc, _, _ in found}) != 1:
        return None
    answers = [Answer(n, None, [Evidence(doc, said[:300], paper_date(asker, doc))],
                      note="as the paper's apologies line writes it") for doc, said, names in found for n in names]
    return answers, "who sent apologies, as the one paper of that day in its place writes them"


# The last word of a role written after a name ("B Carr, Area Commander", "Harbour Watch Inspector"): a role's,
# never a surname's.
_ROLE_ENDS = frozenset("commander inspector superintendent officer manager director coordinator adviser advisor lead"
                       " chair chairman head constable sergeant".split())


def _people_written(text: str, ctx: Context) -> list[str]:
    """The people a sentence lists ("Councillor A Brook and B Carr, Area Commander"), each of two to five
    capitalised words, titles dropped; a part that the graph holds as a post or body, or that writes a number
    ("Inspector 4012"), is a role said beside a name, not a person. Empty when any part is no such name."""
    from .linking import _bare_person_name

    names = []
    for part in (p.strip(" .") for p in _NAME_SPLIT.split(text)):
        if not part or any(c.isdigit() for c in part) or normalise(part).split()[-1] in _ROLE_ENDS or any(
                e.kind in ("post", "body") for e in ctx.index.exact.get(normalise(part), [])):
            continue
        bare = _bare_person_name(part)
        if not 2 <= len(bare.split()) <= 5 or not all(w[:1].isupper() for w in bare.split()):
            return []
        names.append(bare)
    return names


# "Which committee scrutinises X?", "Which Eastvale panel examined the Lantern Programme in 2021?": the kind of
# body asked for, and a verb that says a meeting of it looked at what the question names.
COMMITTEE_ASKED = re.compile(r"^(?:which|what) (?:_ ){0,3}(?P<noun>committee|panel|board)\b(?P<rest>.*)$")
LOOKED_AT = re.compile(r"\b(?:scrutinis|scrutiniz|scrutiny|examin|review|consider|look at|looked at)")
# A meeting the graph records by the body that met ("Meeting of External Scrutiny Committee").
_MEETING_OF = re.compile(r"^meeting of (?P<body>.+?)(?: on .*| held .*)?$")
MAX_TITLE_WORDS = 8


def committee_of_papers(asker: Any, mentions: list[Any], free: str, ctx: Context) -> tuple[list[Answer], str] | None:
    """"Which committee scrutinises X?" where no fact and no sentence names one: the committee (panel, board)
    whose own papers (the record of its meeting, or a paper whose title is its name) speak of what the question
    names; a scrutiny committee's papers seldom write "the Committee scrutinises X" of X. Only the papers of the
    places asked about, or that name a body, post, person or paper the question names (a topic is spoken of in
    every council's papers); None unless exactly one such committee is found."""
    from .roles import paper_date

    m = COMMITTEE_ASKED.match(free)
    if m is None or not LOOKED_AT.search(m.group("rest")):
        return None
    noun = m.group("noun")
    places = list(ctx.asked) + [p for mm in mentions if mm.kinds <= {"area"} for e in mm.entities
                                if (p := ctx.places.place_of(e.label)) is not None]
    anchors = [mm for mm in mentions if not mm.kinds <= {"area"}]
    if not anchors:
        return None
    named_iris = {e.iri for mm in mentions for e in mm.entities}
    docs: set[str] | None = None
    for mm in anchors:
        of = {doc for e in mm.entities[:3] for doc in asker.state.papers_naming(e.iri)}
        docs = of if docs is None else docs & of
    if not places and all(mm.kinds <= {"topic", "legislation"} for mm in anchors):
        return None
    found: dict[str, Answer] = {}
    for doc in sorted(docs or ()):
        if places and not any(ctx.places.inside(a, p) for a in asker.state.doc_areas(doc) for p in places):
            continue
        date = paper_date(asker, doc)
        if ctx.when is not None and not in_time([{"doc": doc, "date": date}], ctx.when):
            continue
        named = [e for iri in asker.state.named_in(doc) if (e := ctx.index.get(iri)) is not None]
        # whose paper it is: the body whose meeting it records, or the body its short title names
        own = [mm.group("body") for e in named if e.kind == "meeting"
               if (mm := _MEETING_OF.match(normalise(e.label))) is not None]
        title = normalise(asker.state.title(doc))
        if title and len(title.split()) <= MAX_TITLE_WORDS:
            own.append(title)
        own = [o for o in own if o.split()[-1:] == [noun]]
        bodies = [e for e in named if e.kind == "body" and e.iri not in named_iris
                  and any(normalise(e.label) == o or normalise(e.label).endswith(f" {o}") for o in own)]
        if len(bodies) != 1:
            continue
        (body,) = bodies
        ev = Evidence(doc, f"{asker.state.title(doc) or body.label}", date)
        answer = found.setdefault(body.iri, Answer(body.label, body.iri, [],
                                                   note="the committee whose own papers speak of it"))
        answer.cite(ev)
    if len(found) != 1:
        return None
    what = " and ".join(ctx.name(mm) for mm in anchors)
    return list(found.values()), f"the {noun} whose own papers speak of {what}"
