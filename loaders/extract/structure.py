"""Structure statements that no trigger between two mentions reads: the forms councils use to say how their
partnerships, groups and services sit together.

- An area's partnership named as such: "Safer Eastholme is the statutory community safety partnership for the
  borough (of Eastholme)", "the Eastholme Partnership (the city's CSP)", "Eastholme's statutory CSP", "a partnership
  board covering the whole county", "..., covering the towns of A, B and C" give `covers_area`. "The borough" stands
  for the area only when the partnership's own name carries it; otherwise nothing is added.
- Groups: a sub-group list whose opener says they report ("delivery groups, which report to the Board:"), "A and B
  are sub-groups of the Partnership and report to it", a table of groups (group, lead columns; wrapped cells), a
  group the body sets up, a series of "Terms of reference <group>" appendices, "The Board confirmed that it is a
  sub-group of X" give `subgroup_of`, `reports_to` and `led_by`.
- Representation: councillors "as Council representatives on the Panel", "the Council is represented on the Board
  by A and B", "on behalf of the Labour Group", a "Post | Organisation" membership table give `represented_by`
  (with the body it happens on).
- Parts: a service within a council's named directorate, a named duty and the Act that places it, CONTEST's four
  strands named together give `part_of`.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Iterator
from itertools import pairwise

from ...graph.model import Entity
from .. import placenames
from ..layout import Line
from ..lexicon import heads, layout
from ..mentions import Mention, looks_like_person
from . import ExtractionDoc, reads
from .owned import own_unit

# the body an area's statutory partnership for community safety is; a generic partnership or board is not enough,
# since "the partnership for the borough" may be any of a council's partnerships
_ROLE = (r"(?:community\s+safety\s+partnership|csp|crime\s+and\s+disorder\s+(?:reduction\s+)?partnership|cdrp|"
         r"(?:statutory\s+)?body\s+for\s+community\s+safety|community\s+safety\s+body|"
         # "the Local Strategic Partnership (LSP) for the district": an area has one LSP, as it has one CSP
         r"(?<=local )strategic\s+partnership|lsp|"
         # "the statutory partnership for the county borough": the statutory one is the area's CSP
         r"(?<=statutory )partnership|(?<=statutory\n)partnership)")
_AREA_WORD = r"(?:county borough|borough|county|city|district|area|island|town)"
_QUALIFIERS = r"(?:(?:statutory|designated|local|official|overarching|lead|main|single)\s+)*"
# "... is the statutory community safety partnership (CSP) for the borough of Eastholme"
_FOR_AREA = re.compile(
    # ("has been the community safety partnership for the district since 2006", "The Board remains the statutory ...")
    r"(?:\b(?:is|was|are|were|became|as|acts as|serves as|has been|have been|had been|remains|remain)\b|,)\s+"
    r"(?:also\s+|now\s+|still\s+)?(?:the|its|their)\s+" + _QUALIFIERS
    + _ROLE + r"(?:\s*\([A-Z]{2,6}\))?\s+(?:for|of|covering)\s+(?:the\s+(?P<word>(?:whole\s+|entire\s+)?" + _AREA_WORD
    + r")\b(?!\s+of\b)|(?:the\s+(?:(?:London|Royal|Metropolitan|County)\s+)?" + _AREA_WORD + r"\s+of\s+)?"
    # (a place's words are capitalised whatever the case of the rest: "for the district of Eastholme under the 1998
    # Act" names Eastholme, not "Eastholme under the"; "for the Westby Borough Council area": the article is read
    # with the place, and left by _named_area)
    r"(?P<place>(?:the\s+)?(?-i:[A-Z])[\w'’-]*(?:\s+(?:(?-i:[A-Z])[\w'’-]*|upon|on|and|in|of)){0,4}))", re.I)
# "... was set up as Eastholme's statutory CSP", "(the city's CSP)"
_OWNED = re.compile(
    r"(?:\b(?:is|was|are|were|became|as|acts as|serves as)\s+|\(\s*|,\s+)(?:also\s+|now\s+)?"
    r"(?:the\s+(?P<word>" + _AREA_WORD + r")|"
    # a place's words are capitalised whatever the case of the rest: "1998, as the City of York's" is no place "as ..."
    r"(?P<place>(?:the\s+)?(?-i:[A-Z])[\w'’-]*(?:\s+(?:(?-i:[A-Z])[\w'’-]*|upon|on|and|of)){0,4}))['’]s\s+"
    + _QUALIFIERS
    + _ROLE + r"\b", re.I)
_CONNECTOR_END = re.compile(r"\s(?:and|of|on|in|upon)$")
# "Safer Eastholme Partnership (the community safety partnership)", "Safer Eastholme - Community Safety Partnership",
# "the Eastholme Partnership, the CSP,", "Eastholme Community Safety Partnership (CSP)": a name glossed as its area's
# CSP, the area its own name carries
_GLOSSED = re.compile(r"(?:\s*\(\s*(?:the\s+)?|[ \t]+[-–—][ \t]+(?:the\s+)?|\s*,\s+the\s+)" + _QUALIFIERS + _ROLE
                      + r"(?:\s*\([A-Z]{2,6}\))?\s*(?:\)|(?=[,.;:]|\s*$))", re.I)


# "Safer Eastholme, a partnership board covering the whole county", "The Rural Crime Team covers the entire county"
_WHOLE_AREA = re.compile(r"\b(?:covering|covers|which covers|that covers|works across|working across|serving|serves)\s+"
                         # ("the whole of the Royal Borough": the borough's style before its word)
                         r"(?:the\s+)?(?:whole|entire)\s+(?:of\s+the\s+)?(?:(?P<style>Royal|London|Metropolitan)\s+)?"
                         r"(?P<word>" + _AREA_WORD + r")\b", re.I)
# "..., covering the towns of Ashby, Coalville and Ibstock": the places an area partnership's area takes in
# ("..., covering Ashby, Coalville, Ibstock and the villages between them": the towns listed with no word for them)
_COVERING_TOWNS = re.compile(r"\s*,?\s*(?:and\s+)?(?:covering|which covers|including|takes in)\s+(?P<said>(?:the\s+)?"
                             r"(?:towns?|villages?|wards?|parishes|districts?|boroughs?|areas?)\s+of\s+)?", re.I)


# "the Serious Violence Duty in Part 2 of the ... Act", "The Prevent Duty, under section 26 of the ... Act", "The
# Serious Violence Duty was introduced by the ... Act": a named duty, and the Act it belongs to right after it
_DUTY = re.compile(r"\b(?P<duty>(?:[A-Z][\w-]*\s+){1,4}Duty)\b")
_DUTY_TO_ACT = re.compile(
    r"\s*,?\s*(?:(?:which\s+)?(?:(?:was|is|were|has been)\s+)?(?:first\s+)?(?:introduced|brought\s+in|created|placed|"
    r"established|set\s+out|brought\s+into\s+force)\s+(?:in\s+\w+\s+\d{4}\s+|on\s+[^,.;]{3,20}?\s+)?)?"
    r"(?:under|by|in)\s+(?:(?:section|part|chapter|schedule|s\.)\s*\d+[a-z]?\s+of\s+)?(?:the\s+)?$", re.I)


# "The Youth Justice Service sits within the council's Children and Learning directorate", "... is part of the
# Children, Young People and Education directorate of the London Borough of Eastholme"
# ("The Safer X Team (SXT), part of the County Council's Y department, ...": the same said in apposition)
_IN_DIRECTORATE = re.compile(
    r"(?:\s*\([A-Z]{2,8}\))?(?:\s+(?:sits?|is|are)\s+(?:(?:located|based|situated|managed|placed)\s+)?"
    r"(?:within|part\s+of|in)|\s*,\s+(?:which\s+is\s+)?(?:part\s+of|within))\s+(?:the\s+)?"
    r"(?:(?P<owner>council|(?:county|city|borough|district)\s+council|[A-Z][\w-]*(?:\s+[A-Z][\w-]*){0,4})"
    # ("the Children's Services and Education department": a possessive that opens the unit's own name owns nothing)
    r"(?<!Children)(?<!People)(?<!Women)(?<!Victims)['’]s\s+)?"
    r"(?P<name>[A-Z][\w'’-]*(?:,?\s+(?:[A-Z][\w'’-]*|and|&))*?)\s+(?P<head>directorate|department|division)\b"
    r"(?:\s+of\s+(?:the\s+)?(?P<of>[A-Z][\w'’-]*(?:\s+(?:[A-Z][\w'’-]*|of|and))*))?")


# a sentence that opens with "It": the unit the sentence before spoke of
_IT_OPENS = re.compile(r"\s*(It)\b")

# "A, B and C are all sub-groups of the Board, and each reports to the Executive Group": to a body named there
_EACH_REPORTS = re.compile(r",?\s+and\s+each\s+(?:of\s+them\s+)?reports\s+(?:\w+\s+){0,3}?to\s+(?:the\s+)?")


@reads()
def structure(doc: ExtractionDoc) -> None:
    """Read the structure forms of DOC (tables and lists first, then each sentence by the words it holds)."""
    _partnership_rows(doc)
    _groups_that_report(doc)
    _restated_groups_report(doc)
    _groups_then_they_report(doc)
    _arrow_lines(doc)
    _labelled_uprights(doc)
    _tree_charts(doc)
    _column_charts(doc)
    _sub_groups_section(doc)
    _headed_sub_groups(doc)
    _group_tables(doc)
    _area_columns(doc)
    _officer_columns(doc)
    _group_terms_of_reference(doc)
    _separate_partnerships(doc)
    for _, (start, end) in doc.prose():
        sentence = doc.text[start:end]
        low = sentence.lower()
        if ("group" in low or "committee" in low) and any(w in low for w in ("set up", "establish", "create", "form")):
            _group_set_up(doc, start, end)
        if "directorate" in low or "department" in low or "division" in low:
            _in_directorate(doc, start, end)
        if "council" in low and ("'s" in low or "’s" in low):
            _council_units(doc, start, end)
        if "duty" in low and " act" in low:
            _duty_of_act(doc, start, end)
        if "that it " in low:
            _said_of_itself(doc, start, end)
        if "pursue" in low and "prepare" in low:
            _contest_strands(doc, start, end)
        if any(w in low for w in ("partnership", "csp", "cdrp", "community safety")):
            _area_partnership(doc, start, end)
        if "whole" in low or "entire" in low:
            _whole_area(doc, start, end)
        if _AREA_WIDE_HINT.search(low):
            _area_wide(doc, start, end)
        if "joint" in low:
            _joint_with(doc, start, end)
        if " is " in low or " are " in low:
            _place_instance(doc, start, end)
        if "representative" in low:
            _council_representatives(doc, start, end)
        if "represented on" in low or "represented at" in low:
            _represented_on(doc, start, end)
        if "on behalf of" in low:
            _on_behalf_of(doc, start, end)


# the opener of a list of groups: what it says of them besides the relation its list rule read
_REPORT_TO = re.compile(r"\breport(?:s|ing)?\s+(?:directly\s+|regularly\s+|quarterly\s+|annually\s+)?(?:in)?to\b", re.I)
# "... are sub-groups of the Partnership and report to it quarterly"
# ("..., reporting to it twice a year": the same said with a participle)
_AND_TO_IT = re.compile(r"\s*(?:\([^()]{0,60}\)\s*)?(?:,?\s+and\s+(?:each\s+|both\s+|also\s+|they\s+)?report(?:s)?|"
                        r",\s+(?:each\s+|both\s+)?reporting)\s+"
                        r"(?:(?:directly|regularly|formally|quarterly|annually|back)\s+)?(?:in)?to\s+it\b", re.I)


def _groups_that_report(doc: ExtractionDoc) -> None:
    reporting: dict[tuple[str, str], bool] = {}  # (rule, owner) -> whether the last opener of its list said so
    # a group a list above has already made a sub-group is still said to report by the clause that restates it
    for f in [*doc.facts, *(f for f in doc.restated if f.rule == "clause:subgroup_of")]:
        if f.object is None or f.object.kind != "body":
            continue
        opener = doc.text[f.start : min(f.end, doc.text.find(":", f.start) + 1 or f.end)]
        to = _REPORT_TO.search(opener)
        key = (f.rule, f.object.iri)
        if f.rule in ("list:subgroup_of", "inline-list:subgroup_of") and opener.endswith(":"):
            reporting[key] = bool(to) and _reported_to_owner(doc, f.start + to.end(), f.start + len(opener),
                                                             f.object)
        if f.rule in ("list:subgroup_of", "inline-list:subgroup_of") and reporting.get(key):
            # the later items of the list quote their own line, not the opener: "each reporting to the Board:"
            doc.add(f.subject, "reports_to", f.object, f.start, f.end, "structure:groups_report", 0.8)
        elif f.rule == "list:subgroup_of" and to and _OUR_GROUPS.match(opener):
            # "Our work is carried out by four sub-groups, each of which reports to the Executive:": ours, and each
            # reports to the body the line names
            _reports_to_named(doc, f.subject, f.start, _first_body_at(doc, f.start + to.end(), f.start + len(opener)))
        elif f.rule == "clause:subgroup_of":
            m = _AND_TO_IT.match(doc.text, f.end) if f.qualifier is None else None
            if m:
                doc.add(f.subject, "reports_to", f.object, f.start, m.end(), "structure:report_to_it", 0.8)
            elif (each := _EACH_REPORTS.match(doc.text, f.end)) is not None:
                _reports_to_named(doc, f.subject, f.start, each.end())


_OUR_GROUPS = re.compile(r"\W*Our\s", re.I)
# "A, B and C are sub-groups of the Partnership and report to it quarterly": the sentence names them again
_ARE_SUBGROUPS = re.compile(r"\b(?:are|were)\s+(?:all\s+|both\s+)?(?:sub-?\s?groups|sub-?committees|delivery groups|"
                            r"task groups|working groups|theme groups)\s+of\s+(?:the\s+)?", re.I)


def _restated_groups_report(doc: ExtractionDoc) -> None:
    """Groups a list has already made sub-groups of a body, named again in "A, B and C are sub-groups of X and
    report to it": each reports to X (the clause's own sub-group facts were the list's, stated before)."""
    known = {(f.subject.iri, f.object.iri): f.subject for f in doc.facts
             if f.relation == "subgroup_of" and f.object is not None}
    if not known:
        return
    for _, (start, end) in doc.prose(holding=frozenset({"report"})):
        said = _ARE_SUBGROUPS.search(doc.text, start, end)
        if said is None:
            continue
        parent_m = next((m for m in doc.mentions(said.end(), end) if m.start == said.end() and m.kind == "body"),
                        None)
        parent = doc.resolver.entity(parent_m) if parent_m is not None else None
        if parent is None or not _AND_TO_IT.match(doc.text, parent_m.end, end):
            continue
        for m in doc.mentions(start, said.start()):
            group = doc.resolver.entity(m) if m.kind == "body" else None
            if group is not None and (group.iri, parent.iri) in known:
                doc.add(group, "reports_to", parent, start, end, "structure:report_to_it", 0.8)


def _first_body_at(doc: ExtractionDoc, a: int, b: int) -> int:
    """Where the first body named between A and B starts (B when none is)."""
    return next((m.start for m in doc.mentions(a, b) if m.kind == "body"), b)


# the sentence after a list of groups that says they all report: "Both report to the Board each quarter.", "Each of
# them reports to the Partnership."
_THEY_REPORT = re.compile(r"\s*(?:Both|Each|All|They all|They each|They)(?: of them)?\s+(?:also\s+)?report(?:s)?\s+"
                          r"(?:directly\s+|regularly\s+|quarterly\s+)?(?:in)?to\s+(?:the\s+)?")


def _groups_then_they_report(doc: ExtractionDoc) -> None:
    """The groups an inline list has just named, when the next sentence says "Both (Each, All) report to X"."""
    listed: dict[int, list] = {}
    for f in doc.facts:
        if f.rule == "inline-list:subgroup_of" and f.object is not None:
            listed.setdefault(f.end, []).append(f)
    for end, facts in listed.items():
        they = _THEY_REPORT.match(doc.text, end)
        if they is not None:
            for f in facts:
                _reports_to_named(doc, f.subject, f.start, they.end())


# a structure chart's line drawn as text: "- WYJS  ->  Youth Justice Management Board", "BOARD  ----->  Kent CSP",
# "A → B → C" (a chain: each reports to the next), "A  -- reports to -->  B" (the arrow carries its own words)
_ARROW = re.compile(r"[ \t]+(?:-{1,6}(?:[ \t]*(?P<label>[A-Za-z][A-Za-z ]*?)[ \t]*-{1,6})?>|={1,4}>|[→⟶➔➜⇒])[ \t]+")
_BULLET = re.compile(r"[ \t]*(?:[-*•][ \t]+)?")
# what the lines above such a chart (or its arrow's own words) say it draws: who reports to whom
_CHART_OPENER = re.compile(r"(?i)\b(?:report(?:s|ing)?|accountab\w*|governance|structure)\b")


def _arrow_lines(doc: ExtractionDoc) -> None:
    """ "Reporting lines: - A -> B": each arrow between two whole names, under an opener that speaks of reporting or
    structure (or on an arrow that says so itself), says A reports to B. Arrows elsewhere (a process's steps,
    money's path, an arrow labelled "funds") are left."""
    lines = doc.layout.lines
    for i, line in enumerate(lines):
        if not any(c in line.text for c in ">→⟶➔➜⇒"):
            continue
        arrows = list(_ARROW.finditer(doc.text, line.start, line.end))
        labels = [a["label"] for a in arrows if a["label"]]
        if not arrows or any(not _CHART_OPENER.search(w) for w in labels) or not labels and \
                not any(_CHART_OPENER.search(ln.text) for ln in lines[max(0, i - 6) : i]):
            continue
        bounds = [_BULLET.match(doc.text, line.start).end()]
        for a in arrows:
            bounds += [a.start(), a.end()]
        bounds.append(line.start + len(line.text.rstrip()))
        spans = list(zip(bounds[::2], bounds[1::2], strict=True))
        for (a0, a1), (b0, b1) in pairwise(spans):
            a, b = _whole_body(doc, a0, a1, "subject"), _whole_body(doc, b0, b1, "object")
            if a is not None and b is not None and a.iri != b.iri:
                doc.add(a, "reports_to", b, a0, b1, "structure:arrow", 0.8)


# "|  quarterly highlight report", "│ reports to": an upright between two boxes of a chart drawn down the page, with
# words on it that say what passes up it
_LABELLED_UPRIGHT = re.compile(r"[ \t]*[|│┃][ \t]*(?P<label>[A-Za-z][A-Za-z ,/-]{2,60}?)[ \t]*$")
_REPORT_LABEL = re.compile(r"(?i)\b(?:report(?:s|ing)?|accountab\w*|assurance|updates?|escalat\w*)\b")


def _labelled_uprights(doc: ExtractionDoc) -> None:
    """ "Safer Eastvale Board" / "|  annual report" / "Eastvale Youth Group": a chart drawn down the page whose
    upright between two boxes says a report passes along it. The box below reports to the box above (a chart is
    drawn with the body reported to on top); an upright with no such words says nothing of reporting."""
    lines = doc.layout.lines
    for i in range(1, len(lines) - 1):
        up = _LABELLED_UPRIGHT.fullmatch(doc.text, lines[i].start, lines[i].end)
        if up is None or not _REPORT_LABEL.search(up["label"]):
            continue
        above, below = lines[i - 1], lines[i + 1]
        a = _chart_name(doc, below.content_start, below.end)
        b = _chart_name(doc, above.content_start, above.end)
        if a is not None and b is not None and a.iri != b.iri:
            doc.add(a, "reports_to", b, above.start, below.end, "structure:upright", 0.8)


# "+-- Practice Review Group (chair: ...)", "|-- ...", "`-- ...", "└── ...": a branch of a structure chart drawn as a
# tree; the uprights before it ("|   +-- ...") say how deep it hangs (the cleaner drops the indents that drew it)
_BRANCH = re.compile(r"(?P<lead>(?:[ \t]*[|│](?=[ \t]))*)[ \t]*(?:[+|`\\]-{1,4}>?|[├└]─{1,3})[ \t]*"
                     r"(?P<name>[^\s(|+`─-].*?)[ \t]*$")
# the node a branch hangs from: its name, then perhaps a bracketed short name and a line drawn to another node
_NODE = re.compile(r"[ \t]*(?P<name>[A-Z][^|+]*?)(?:[ \t]+-{2,}.*)?[ \t]*$")


def _branches(doc: ExtractionDoc) -> Iterator[tuple[int, Line, re.Match[str]]]:
    """(index, line, match) of each line of DOC drawn as a tree chart's branch ("+-- A", "|-- B")."""
    for i, line in enumerate(doc.layout.lines):
        if "-" not in line.text and "─" not in line.text:
            continue
        branch = _BRANCH.fullmatch(doc.text, line.start, line.end)
        if branch is not None:
            yield i, line, branch


def _tree_charts(doc: ExtractionDoc) -> None:
    """A structure chart drawn as a tree: each branch ("+-- A (chair: ...)") hangs from the node above it, the
    nearest line above one level up; A is that body's sub-group. A branch says where a group sits, not that it
    reports there: a reporting line is read from words ("reports to"), never from the drawing (the tree's
    reports_to were 0 right of 11 across four councils' charts in four read sets)."""
    for i, line, branch in _branches(doc):
        parent = _tree_parent(doc, i, _depth(branch))
        group = _chart_name(doc, branch.start("name"), branch.end("name"))
        if parent is None or group is None or group.iri == parent.iri:
            continue
        doc.add(group, "subgroup_of", parent, line.start, line.end, "structure:tree", 0.8)


def chart_owners(doc: ExtractionDoc) -> None:
    """Before any rule names a body: a generic group hanging from a branch of a tree chart ("|-- Executive Group")
    under another area's body (a regional or joint board, a county's board in a district's paper) is that body's,
    and is named by it wherever the paper writes it bare, not by the paper's area. Read top down, so a sub-group of
    such a group takes the same owner's name."""
    r = doc.resolver
    for i, _line, branch in _branches(doc):
        start, end = branch.start("name"), branch.end("name")
        aside = re.search(r"\s*\(|\s+[-–—]\s", doc.text[start:end])
        name = doc.text[start : start + aside.start() if aside else end].strip()
        if not name or name.split()[-1] not in heads().body or not r.generic_name(name):
            continue
        parent = _tree_parent(doc, i, _depth(branch))
        owner = r.owner_name(parent) if parent is not None else None
        if owner:
            r.own_group(name, owner)
    if "Its" not in doc.text:
        return
    for its in _ITS_GROUP.finditer(doc.text):
        # "CURV is hosted by the OPCC. Its Strategic Board is chaired by ...": the group of the body the sentence
        # before opens with
        name = " ".join(its.group("name").split())
        if name.split()[-1] not in heads().body or not r.generic_name(name):
            continue
        first = r.subject_before(its.start(), short=True)
        owner_entity = (r.acronyms.get(first.name) if first.kind == "name" else r.entity(first)) if first else None
        owner = r.owner_name(owner_entity) if owner_entity is not None and owner_entity.kind == "body" else None
        if owner:
            r.own_group(name, owner)
            group = r.body_named(name)
            if owner_entity is not None and group.iri != owner_entity.iri:
                # the possessive says whose group it is, as "the Board's Executive Group" does (owned.owned_groups)
                doc.add(group, "subgroup_of", owner_entity, its.start("name"), its.end("name"), "owned:its_group",
                        0.8)


# "Its Strategic Board", "Its Executive Group" at a sentence's start (the name may wrap onto the next line)
_ITS_GROUP = re.compile(r"(?:(?<=[.;]\s)|(?<=\.\s\s)|(?<=\n))[ \t]*Its\s+"
                        r"(?P<name>[A-Z][\w-]*(?:[ \t\n]+(?:[A-Z][\w-]*|and)){0,4})")


# a section headed with the kind of groups it describes: "5. Sub-groups", "Sub-groups and links", "Task groups"
_SUB_GROUPS_HEADING = re.compile(r"(?i)(?:the\s+|its\s+|our\s+)?(?:sub-?\s?groups?|sub-?committees?|(?:task(?: and "
                                 r"finish)?|working|delivery|theme|thematic) groups)\b(?:\s+(?:and|&)\s+[\w ]{1,30})?")


# "Although it is not one of the Partnership's delivery groups, the Panel reports to ...": the section's own words
# say this group is not one of its sub-groups
_NOT_ONE_OF = re.compile(r"\b(?:is|are)\s+not\s+(?:one\s+of|an?|part\s+of)\b[^.;]*$", re.I)


def _sub_groups_section(doc: ExtractionDoc) -> None:
    """A group said to report to the paper's own body, in a section headed "Sub-groups": one of its sub-groups."""
    body = doc.resolver.body
    if body is None:
        return
    for f in list(doc.facts):
        if f.relation != "reports_to" or f.object is None or f.object.iri != body.iri or f.subject.kind != "body":
            continue
        title = _section_title(doc, f.start)
        if title is not None and _SUB_GROUPS_HEADING.fullmatch(title) and not _NOT_ONE_OF.search(
                doc.text, max(0, f.start - 160), f.start):
            doc.add(f.subject, "subgroup_of", body, f.start, f.end, "structure:sub_groups_section", 0.8)


def _headed_sub_groups(doc: ExtractionDoc) -> None:
    """A section headed "Sub-groups" ("2. Our sub-groups", "Sub-groups of the Board") whose own headings each name
    a body ("2.1 Northdale Hate Crime Forum", each over its paragraph): every such body is a sub-group of the body
    the heading names, else of the section the heading stands in, else of the paper's own body. Numbered, the
    sub-headings are the next depth under the heading's number; unnumbered, the run of headings naming a body that
    follows it (two at least: one heading alone may be the next section's)."""
    r = doc.resolver
    # ("2. Our sub-groups", in sentence case, is set as a numbered item or a line of text: a title still, when it is
    # this one and the whole line)
    headings = [ln for ln in doc.layout.lines if ln.kind == "heading" or
                ln.kind in ("bullet", "text") and _SUB_GROUPS_OF.fullmatch(ln.content.strip(" :#*"))]
    for k, h in enumerate(headings):
        label = (h.label or doc.text[h.content_start : h.end]).strip(" :#*")
        of = _SUB_GROUPS_OF.fullmatch(label)
        if of is None:
            continue
        owner = None
        if of.group("owner"):
            named = [m for m in doc.mentions(h.content_start, h.end) if m.kind == "body"]
            owner = r.entity(named[-1]) if named else None
            if owner is None:
                continue  # "Sub-groups of the Board" with no board known: whose they are is unknown
        else:
            scoped = r.heading_scope(h.start)
            owner = scoped[1] if scoped is not None else r.body
        if owner is None or owner.kind != "body":
            continue
        depth = len(h.number.strip(".").split(".")) if h.number and h.number[:1].isdigit() else None
        children = []
        for c in headings[k + 1 :]:
            number = c.number.strip(".") if c.number and c.number[:1].isdigit() else None
            if depth is not None:
                if number is None or len(number.split(".")) <= depth:
                    break  # the next section of the heading's own depth, or an unnumbered title
                if len(number.split(".")) > depth + 1 or not number.startswith(h.number.strip(".") + "."):
                    continue
            group = r.heading_body(c.start)
            if group is None:
                if depth is None:
                    break  # the run of groups' headings has ended
                continue
            children.append((c, group))
        if depth is None and len(children) < 2:
            continue
        for c, group in children:
            if group.iri != owner.iri:
                doc.add(group, "subgroup_of", owner, c.content_start, c.end, "structure:headed_sub_groups", 0.8)


# a heading over a section of sub-groups, of the body it names, if it names one: "Our sub-groups", "Sub-groups of
# the Board"
_SUB_GROUPS_OF = re.compile(r"(?i)(?:\d+(?:\.\d+)*\.?\s+)?(?:the\s+|its\s+|our\s+)?(?:sub-?\s?groups|sub-?committees|"
                            r"(?:task(?: and finish)?|working|delivery|theme|thematic) groups)"
                            r"(?:\s+(?:of|to|under)\s+(?P<owner>(?:the\s+)?[A-Z][\w'’ -]{1,60}))?")


_SECTION_NUMBER = re.compile(r"\s*\d{1,2}\.?(?:\s+|\t)")


def _section_title(doc: ExtractionDoc, pos: int) -> str | None:
    """The title of the section POS stands in: the nearest heading above, or a numbered line that reads as one
    ("5.  Sub-groups and links", which a converter may set as a list item or as two cells)."""
    lines = doc.layout.lines
    i = bisect_right([ln.start for ln in lines], pos) - 1
    for k in range(i - 1, max(-1, i - 15), -1):
        ln = lines[k]
        if ln.kind == "heading":
            return (ln.label or ln.text).strip()
        numbered = _SECTION_NUMBER.match(ln.text) if ln.kind in ("bullet", "row") else None
        title = ln.text[numbered.end() :].strip() if numbered else ""
        if title and len(title.split()) <= 6 and not title.endswith((".", ":")) and title[0].isupper():
            return title
    return None


# a chart's bar from which its boxes hang: "-------+-------", "+------+------+" (dashes, crosses and uprights only)
_BAR = re.compile(r"[ \t]*[-+|─┬┼]*-{6,}[-+|─┬┼]*[ \t]*")
_UPRIGHTS = re.compile(r"[ \t|│]*")
# the top or bottom of boxes drawn as text, one or several side by side: "+----------+", "+------+   +-----+"
_BORDER = re.compile(r"[ \t]*(?:\+[-+]{4,}\+[ \t]*)+")
# a line inside one box, "|  Eastvale Partnership Board  Chair: ...  |": its first cell (the cleaner sets cells
# apart by tabs) up to a label that starts what the box says of the body
_BOXED = re.compile(r"[ \t]*[|│][ \t]*(?P<name>[^|│\t]*?[^|│\t\s])(?:\s+(?:Chair|Vice-chair|Lead|Meets)\s*:"
                    r"[^|│]*)?(?:\t[^|│]*)?[ \t]*[|│][ \t]*")


def _column_charts(doc: ExtractionDoc) -> None:
    """A structure chart drawn as boxes in columns: one node, an upright, a bar, and the boxes hanging from the bar
    side by side, each name wrapped down its own column ("Domestic Abuse / Partnership / Board"). Each box is the
    node's sub-group. A node line that holds more than one box, or a box that names no body, gives nothing. The
    node and the groups may be drawn as boxes ("+----+" over "| Name |"): the node is named on its box's first line
    inside, and the groups' boxes are read between their tops and bottoms."""
    lines = doc.layout.lines
    for i, line in enumerate(lines):
        # (a bar drawn "----+----" the cleaner may take for a table's rule and drop: the uprights under it remain)
        if not _BAR.fullmatch(doc.text, line.start, line.end) and not (
                _UPRIGHTS.fullmatch(doc.text, line.start, line.end) and line.text.count("|") >= 2):
            continue
        parent = None
        top = line.start
        boxed: re.Match[str] | None = None  # the topmost line inside the node's box, when it is drawn in one
        for k in range(i - 1, max(-1, i - 7), -1):
            ln = lines[k]
            if _BORDER.fullmatch(doc.text, ln.start, ln.end):
                if boxed is not None:
                    break  # the box's top: its first line inside is the node's name
                continue  # the bottom of the node's box
            if _UPRIGHTS.fullmatch(doc.text, ln.start, ln.end):
                if boxed is not None:
                    break  # (a box whose top the cleaner dropped ends at the blank line above it)
                continue  # the upright from the node down to the bar
            inside = _BOXED.fullmatch(doc.text, ln.start, ln.end)
            if inside is not None:
                # "|  Eastvale Partnership Board  |" over "|  (quarterly)  |": a node drawn as a box, named on its
                # first line; what follows in the box (its chair, how often it meets) is no part of the name
                boxed = inside
                continue
            if boxed is not None:
                break
            text = doc.text[ln.start : ln.end]
            if not re.search(r"\t| {2,}", text.strip()):  # one box only: a line of two is no single node
                a = ln.start + len(text) - len(text.lstrip())
                parent = _chart_name(doc, a, ln.start + len(text.rstrip()))
                top = a
            break
        if boxed is not None:
            parent = _chart_name(doc, boxed.start("name"), boxed.end("name"))
            top = boxed.start("name")
        if parent is None:
            continue
        names = _chart_boxes(doc, lines[i + 1 : i + 8])
        # the quote runs from the node to the last line of the boxes (the chart ends at a blank line)
        block = lines[i + 1 : i + 8]
        ends = next((k for k, ln in enumerate(block) if not ln.text.strip()), len(block))
        bottom = block[ends - 1].end if ends else line.end
        for name in names:
            if not re.fullmatch(r"[A-Z][\w'’&-]*(?:,? (?:[A-Z][\w'’&-]*|and|of|for|the|&))+", name) or \
                    name.split()[-1] not in heads().body:
                continue  # a box that is no body's name
            group = doc.resolver.body_named(name)
            if group is not None and group.iri != parent.iri:
                doc.add(group, "subgroup_of", parent, top, bottom, "structure:columns", 0.8)


# a box's name is whole once it ends in one of these (a "Partnership" may go on: "Domestic Abuse Partnership Board")
_CLOSING_HEADS = frozenset({"Group", "Board", "Panel", "Committee", "Forum", "Team", "Unit", "Network", "Hub", "Cell"})


def _chart_boxes(doc: ExtractionDoc, below: list) -> list[str]:
    """The names of the boxes hanging side by side under a chart's bar, each wrapped down its own column. The
    cleaner has set the columns apart by tabs and dropped the empty cells, so a line with fewer cells than boxes
    goes on the boxes whose names are not yet whole, in order; when those do not match in number, nothing is read."""
    boxes: list[str] = []
    for ln in below:
        text = doc.text[ln.start : ln.end]
        if not text.strip():
            break
        if _UPRIGHTS.fullmatch(text) or _BORDER.fullmatch(text):
            if boxes:
                break  # an upright or the boxes' bottom under the boxes ends them: read no further
            continue  # the boxes' tops
        # (drawn boxes set their cells apart by uprights as well: "| Night Safety | | Youth |")
        cells = [c.strip() for c in re.split(r"\t|[|│]| {2,}", text.strip()) if c.strip()]
        if not boxes:
            boxes = cells
            continue
        if len(cells) == len(boxes) and not any(b.split()[-1] in _CLOSING_HEADS for b in boxes):
            boxes = [f"{b} {c}" for b, c in zip(boxes, cells, strict=True)]
            continue
        open_ = [k for k, b in enumerate(boxes) if b.split()[-1] not in _CLOSING_HEADS]
        if len(open_) != len(cells):
            return []
        for k, c in zip(open_, cells, strict=True):
            boxes[k] = f"{boxes[k]} {c}"
    return boxes if len(boxes) >= 2 else []


def _depth(branch: re.Match) -> int:
    return len(re.findall(r"[|│]", branch.group("lead")))


def _tree_parent(doc: ExtractionDoc, i: int, depth: int) -> Entity | None:
    """The body of the line a branch at DEPTH hangs from: the nearest branch above one level up, or at the top
    level the nearest plain line above that names a body (uprights and the branch's siblings passed over)."""
    for k in range(i - 1, max(-1, i - 30), -1):
        ln = doc.layout.lines[k]
        text = doc.text[ln.start : ln.end]
        if not text.strip() or re.fullmatch(r"[ \t|│]*", text):
            continue  # a blank line or the chart's bare upright
        if re.match(r"[ \t]*[|│][ \t]+[^\s|│+`\\├└-]", text):
            continue  # "|   Manager, Northdale Council": a branch above wrapped onto the upright's line
        branch = _BRANCH.fullmatch(doc.text, ln.start, ln.end)
        if branch is not None:
            if _depth(branch) < depth:
                return _chart_name(doc, branch.start("name"), branch.end("name"))
            continue  # a sibling branch, or a deeper one of a sibling
        if depth:
            return None
        node = _NODE.fullmatch(doc.text, ln.start, ln.end)
        return _chart_name(doc, node.start("name"), node.end("name")) if node is not None else None
    return None


# "In Eastholme the panel is known as the Eastholme Channel Panel", "In Westby this is the Westby Channel Panel", "On
# the Isles of Scilly these arrangements are known as ...": a statutory arrangement's instance in a place, named
# after that place
# the kinds of arrangement a place has its own instance of (near remit._ROLE_KIND, which adds sub-committee, team and
# "arrangement" and lacks service: kept apart, as either list changed would change what is read)
_INSTANCE_KIND = r"(?:panel|partnership|board|arrangements|group|body|service|committee|forum)"
_PLACE_INSTANCE = re.compile(
    r"\b(?:In|On|For|Across)\s+(?P<place>(?:the\s+)?(?-i:[A-Z])[\w'’-]*(?:\s+(?:(?-i:[A-Z])[\w'’-]*|upon|on|and|of))"
    r"{0,4}),?\s+(?:this|that|these|it|(?:the|our|its|their|that|this|these)\s+(?:[\w-]+\s+){0,2}?" + _INSTANCE_KIND +
    r")\s+(?:is|are)\s+(?:now\s+)?"
    r"(?:(?:known|referred\s+to)\s+as\s+|called\s+)?(?=(?:the\s+)?(?-i:[A-Z]))", re.I)


def _place_instance(doc: ExtractionDoc, s0: int, s1: int) -> None:
    """A body the sentence names as a place's own instance of an arrangement covers that place, when its name
    carries the place the sentence opens with: a body named after another place, or after none, is left."""
    for m in _PLACE_INSTANCE.finditer(doc.text, s0, s1):
        place = placenames.canonical_place(re.sub(r"^the\s+", "", " ".join(m.group("place").split()), flags=re.I))
        named = next((x for x in doc.mentions(m.end(), s1) if x.kind == "body" and
                      not doc.text[m.end() : x.start].strip(" \t\n").removeprefix("the").strip()), None)
        body = doc.resolver.entity(named) if named is not None and place is not None else None
        if body is None or body.kind != "body" or _NOT_AREA_FORUM.search(body.name) or \
                place not in {name for _, _, name in placenames.scan_places(body.name)}:
            continue
        area = doc.resolver.entity(Mention(m.start("place"), m.end("place"), "place", place))
        if area is not None:
            doc.add(body, "covers_area", area, m.start(), named.end, "structure:place_instance", 0.8)


# "Safer Westby and Safer Eastholme remain separate statutory partnerships", "Both partnerships remain the statutory
# CSP for their own borough", "(each is the lead body for its district)": areas' partnerships named together, each
# said to keep to its own area, so each covers the one place its own name carries
# the areas a partnership keeps to (_AREA_WORD above adds island, town and county borough: not used, it would
# read more)
_OWN_AREA = r"(?:borough|district|area|county|city)"
_SEPARATE = re.compile(
    r"\b(?:remains?|continues?|stays?)\s+(?:as\s+)?separate\b|\bseparate\s+(?:statutory\s+)?(?:partnerships|CSPs)\b|"
    r"\bfor\s+(?:their|its)\s+own\s+" + _OWN_AREA + r"\b|"
    r"\b(?:lead|statutory)\s+(?:body|partnership|CSP)\s+for\s+its\s+" + _OWN_AREA + r"\b|"
    r"\bkeeps?\s+(?:its|their)\s+own\s+(?:statutory\s+)?(?:community\s+safety\s+partnership|CSP|partnership)s?\b",
    re.I)
# a marker sentence that names no partnership speaks of the ones the sentence before named ("Both partnerships ...")
_PLURAL_BACK = re.compile(r"\W*(?:\d+(?:\.\d+)*\s+)?(?:Both|Each|The\s+two|These|They)\b")
_AREA_PARTNERSHIP_BRAND = re.compile(r"Safer\s+(?-i:[A-Z])[\w'’-]*(?:\s+(?:(?-i:[A-Z])[\w'’-]*|upon|on))*")


def _separate_partnerships(doc: ExtractionDoc) -> None:
    """Each of two or more areas' partnerships a sentence says stay separate, each for its own area, covers the
    place its own name carries; a name with two places or none (the joint board) is left."""
    if not doc.holds(frozenset({"separate", "own", "for its"})):
        return
    sentences = [span for _, span in doc.prose()]
    for k, (s0, s1) in enumerate(sentences):
        m = _SEPARATE.search(doc.text, s0, s1)
        if m is None:
            continue
        found = _area_partnerships(doc, s0, s1)
        if len(found) < 2 and k and _PLURAL_BACK.match(doc.text, s0, s1):
            found = _area_partnerships(doc, *sentences[k - 1])
        if len(found) < 2:
            continue
        for mention, body, place in found:
            area = doc.resolver.entity(Mention(mention.start, mention.end, "place", place))
            if area is not None:
                doc.add(body, "covers_area", area, min(mention.start, m.start()), max(mention.end, m.end()),
                        "structure:separate_partnerships", 0.8)


def _area_partnerships(doc: ExtractionDoc, s0: int, s1: int) -> list[tuple[Mention, Entity, str]]:
    """The areas' partnerships TEXT[s0:s1] names ("Eastholme CSP", "Safer Westby"), each with the one place its name
    carries, read beside the paper's own area ("Safer Westby" in Westby's own paper)."""
    out: dict[str, tuple[Mention, Entity, str]] = {}
    for x in doc.mentions(s0, s1):
        if x.kind == "body" or (x.kind == "name" and x.head == "acronym"):
            e = doc.resolver.entity(x)
        elif x.kind == "name" and _AREA_PARTNERSHIP_BRAND.fullmatch(x.name):
            e = doc.resolver.body_named(x.name, x.acronym, place=x.place)
        else:
            continue
        if e is None or e.kind != "body" or e.iri in out or not (
                _AREA_PARTNERSHIP_NAME.fullmatch(e.name) or _AREA_PARTNERSHIP_BRAND.fullmatch(e.name)):
            continue
        if re.search(r"\b(?:Joint|Shared|and)\b", e.name):
            continue  # two areas' body, or one of a shared service
        # the name's words bar "Safer" and the partnership's own ("Safer Westby", "Eastholme CSP"), read as one place
        # beside the paper's own area; else the one place the gazetteer finds in the name
        core = _AREA_PARTNERSHIP_NAME.fullmatch(e.name)
        written = re.sub(r"^Safer\s+", "", core.group("rest") if core else e.name)
        area = doc.resolver.ctx.area
        place = placenames.place_in_context(written, (area,) if area else ())
        if place is None:
            scanned = {name for _, _, name in placenames.scan_places(e.name)}
            place = scanned.pop() if len(scanned) == 1 else None
        if place is not None:
            out[e.iri] = (x, e, place)
    return list(out.values())


def _chart_name(doc: ExtractionDoc, start: int, end: int) -> Entity | None:
    """The body a chart's box names, with its chair or short name in brackets after it left aside."""
    # ("Night Group - chair: Jo Lee, ...": a dash with spaces round it sets the box's chair apart as well, and so do
    # dot leaders drawn out to a note, "Review Sub-group ........ chair: ...", which the cleaner keeps as a cell's tab)
    aside = re.search(r"\s*\(|\s+[-–—]\s|\s*\.{3,}|\t", doc.text[start:end])
    return _whole_body(doc, start, start + aside.start() if aside else end, "subject")


def _whole_body(doc: ExtractionDoc, start: int, end: int, side: str) -> Entity | None:
    """The body named by the whole of TEXT[start:end] (a bracketed other name after it is allowed), as the SIDE of
    a reporting line reads it (a brand the paper uses, such as "Safer Eastvale", included), else None."""
    from .clauses import slot_entity  # the clause rule's reading of a name in a relation's slot

    found = [x for x in doc.mentions(start, end) if x.kind in ("body", "name")]
    if not found or found[0].start != start or doc.text[found[0].end : end].strip(" ()") and \
            not re.fullmatch(r"\s*\([^()]*\)", doc.text[found[0].end : end]):
        return None
    if side == "object" and found[0].kind == "name" and found[0].head != "acronym":
        return None  # "BOARD -----> Kent Community / Safety Partnership": a name the chart wraps onto its next line
    e = slot_entity(doc, found[0], "reports_to", side, frozenset({"body"}))
    return e if e is not None and e.kind == "body" else None


def _reports_to_named(doc: ExtractionDoc, group: Entity, start: int, at: int) -> None:
    """GROUP reports to the body named at AT, up to the sentence's end."""
    end = next((e for _, (s, e) in doc.prose() if s <= at < e), len(doc.text))
    target = next((x for x in doc.mentions(at, end) if x.start == at and x.kind == "body"), None)
    receiver = doc.resolver.entity(target) if target is not None else None
    if receiver is not None and receiver.kind == "body":
        doc.add(group, "reports_to", receiver, start, end, "structure:each_reports", 0.8)


def _reported_to_owner(doc: ExtractionDoc, a: int, b: int, owner: Entity) -> bool:
    """The body the groups report to, named between A and B, is the list's owner (or none is named: "report to
    it"); "sub-groups, which report to the Executive Board:" names another body, which is left alone."""
    named = [m for m in doc.mentions(a, b) if m.kind in ("body", "post", "name")]
    if not named:
        return True
    # ("Three task groups report to the YOMB:": the owner's short name, which the list rule read as the owner too)
    e = doc.resolver.entity(named[0]) if named[0].kind != "name" else \
        doc.resolver.acronym(named[0].name) if named[0].head == "acronym" else None
    if e is None and named[0].back_ref and len(named[0].name.split()) == 1:
        return True  # "which report to the Board", in the owner's own paper, with no other board named before
    return e is not None and e.iri == owner.iri


def _area_partnership(doc: ExtractionDoc, s0: int, s1: int) -> None:
    said = doc.text[s0:s1]
    # every match of _OWNED holds an owner's apostrophe: a sentence without one is not searched with it
    for pattern in (_FOR_AREA, _OWNED) if "'" in said or "’" in said else (_FOR_AREA,):
        for m in pattern.finditer(doc.text, s0, s1):
            found = _partnership_before(doc, s0, m.start())
            if found is None:
                continue
            named, subject = found
            place = _named_area(doc, m) if m.group("place") else _own_area(doc, subject)
            if place is not None:
                doc.add(subject, "covers_area", place, named.start, m.end(), "structure:area_partnership", 0.85)
                _towns_covered(doc, subject, named.start, m.end(), s1)
                _role_is_subject(doc, s0, s1, m, subject)
    for m in _GLOSSED.finditer(doc.text, s0, s1):
        found = _partnership_before(doc, s0, m.start())
        if found is None or doc.text[found[0].end : m.start()].strip():
            continue
        named, subject = found
        # the place must be written in the name itself, not only in the name the paper's area completes
        written = {name for _, _, name in placenames.scan_places(doc.text[named.start : named.end])}
        place = _own_area(doc, subject) if len(written) == 1 else None
        if place is not None:
            doc.add(subject, "covers_area", place, named.start, m.end(), "structure:glossed_partnership", 0.8)


# a partnership's name as areas' partnerships are named: "Eastholme Community Safety Partnership", "Safer Eastholme
# Partnership", "Eastholme Safer Communities Partnership", "Eastholme CSP"
_AREA_PARTNERSHIP_NAME = re.compile(r"(?:Safer\s+)?(?P<rest>.+?)\s+(?:(?:Community\s+Safety|Safer\s+Communities)\s+)?"
                                    r"(?:Partnership|CSP)")
_CELL_SPLIT = re.compile(r"\t|\s*\|\s*| {2,}")


def _partnership_rows(doc: ExtractionDoc) -> None:
    """A table whose rows are two or more areas' partnerships (a commissioner's grants to each borough's CSP): each
    row's partnership covers the place its row gives in a column of its own ("Oxford CSP | Oxford | £118,400"), or
    its lead council's area, or else the place its own name starts with. One partnership is no such table."""
    rows = [f for f in doc.facts if f.rule.endswith(":table") and f.object is not None and f.object.kind == "body"
            and _AREA_PARTNERSHIP_NAME.fullmatch(f.object.name)]
    if len({f.object.iri for f in rows}) < 2:
        return
    # the table's other places (and the paper's area) say which of two places a short name means
    first = {f.object.iri: _row_place(doc.text[f.start : f.end], f.object.name) for f in rows}
    for f in rows:
        others = {p for iri, p in first.items() if iri != f.object.iri} | {doc.resolver.ctx.area}
        context = tuple(sorted(x for x in others if x and x != first[f.object.iri]))
        place = _row_place(doc.text[f.start : f.end], f.object.name, context)
        if place is not None:
            area = doc.resolver.entity(Mention(f.start, f.end, "place", place))
            doc.add(f.object, "covers_area", area, f.start, f.end, "structure:partnership_rows", 0.8)


def _row_place(row: str, name: str, context: tuple[str, ...] = ()) -> str | None:
    """The place a partnership's table row gives: one cell after its name that is a place or a council, else the
    place its name starts with ("Safer" set aside); None when these disagree or neither is there."""
    cells = [c.strip() for c in _CELL_SPLIT.split(row) if c.strip()]
    in_cells = {placenames.canonical_place(c) for c in cells[1:] if c != name}
    in_cells.discard(None)
    words = _AREA_PARTNERSHIP_NAME.fullmatch(name)
    in_name = (placenames.place_in_context(words.group("rest"), context) or
               placenames.leading_place(words.group("rest")) if words else None)
    if len(in_cells) > 1 or (in_cells and in_name and in_name not in in_cells):
        return None
    return next(iter(in_cells), None) or in_name


def _duty_of_act(doc: ExtractionDoc, s0: int, s1: int) -> None:
    acts = [m for m in doc.mentions(s0, s1) if m.kind == "legislation"]
    for d in _DUTY.finditer(doc.text, s0, s1):
        act = next((m for m in acts if m.start >= d.end()), None)
        if act is None or not _DUTY_TO_ACT.fullmatch(doc.text, d.end(), act.start):
            continue
        name = re.sub(r"^(?:The|A|Its|Their|This)\s+", "", d.group("duty"))
        if len(name.split()) < 2:
            continue  # "the Duty": which one is not said here
        duty = doc.resolver.thing("initiative", Mention(d.start() + len(d.group("duty")) - len(name), d.end(),
                                                        "initiative", name))
        law = doc.resolver.entity(act)
        if law is not None and law.kind == "legislation":
            doc.add(duty, "part_of", law, d.start(), act.end, "structure:duty_of_act", 0.85)


def _in_directorate(doc: ExtractionDoc, s0: int, s1: int) -> None:
    mentions = doc.mentions(s0, s1)
    units: list[tuple[int, int, Mention | None]] = [(u.start, u.end, u) for u in mentions if u.kind in ("body", "name")]
    it = _IT_OPENS.match(doc.text, s0, s1)
    if it is not None:
        # "The Eastholme Youth Justice Service is a statutory service ... . It sits within the council's Children's
        # Services directorate": the service the sentence before opens with
        units.append((it.start(1), it.end(1), doc.resolver.subject_before(it.start(1))))
    for start, end, unit_mention in units:
        m = _IN_DIRECTORATE.match(doc.text, end, s1)
        if m is None or unit_mention is None:
            continue
        unit = doc.resolver.entity(unit_mention)
        if unit is None or unit.kind != "body":
            continue
        owner = _directorate_owner(doc, m, mentions)
        written = f"{' '.join(m.group('name').split())} {m.group('head')}"
        label = f"{owner.name} {written}" if owner is not None else written
        # (the unit's name with its owner after it is how papers and readers also name it: "Children's Services
        # directorate, Eastholme Council")
        directorate = doc.resolver.remember(Entity("body", label), written,
                                            *((f"{written}, {owner.name}",) if owner is not None else ()))
        # the clause rule may have read the directorate's name without its head word: this reading replaces it
        doc.facts[:] = [f for f in doc.facts if not (
            f.rule == "clause:part_of" and f.subject.iri == unit.iri and s0 <= f.start and f.end <= m.end())]
        doc.add(unit, "part_of", directorate, start, m.end(), "structure:directorate", 0.8)
        if owner is not None:
            doc.add(directorate, "part_of", owner, start, m.end(), "structure:directorate", 0.8)


# "the Council's Community Safety Team", "the council's Public Health service": a unit the council's possessive names
_UNIT_HEADS = frozenset({"team", "service", "unit", "directorate", "department"})
_COUNCILS_LOWER = re.compile(r"(?:the\s+)?(?:(?:county|city|borough|district)\s+)?council['’]s\s+$")


def _council_units(doc: ExtractionDoc, s0: int, s1: int) -> None:
    """A team, service or unit named as a council's own ("the Council's Community Safety Team", "Northdale County
    Council's Youth Justice Service") is part of that council. A committee is left: whether it is a part or a
    sub-group of its council is the reader's convention, not the paper's word."""
    mentions = doc.mentions(s0, s1)
    for k, unit_mention in enumerate(mentions):
        if unit_mention.kind != "body" or unit_mention.name.split()[-1].casefold() not in _UNIT_HEADS:
            continue
        before = mentions[k - 1] if k else None
        council, at = None, unit_mention.start
        lower = _COUNCILS_LOWER.search(doc.text, max(s0, unit_mention.start - 40), unit_mention.start)
        if before is not None and before.possessive and before.kind == "body" and \
                re.fullmatch(r"['’]s?\s+", doc.text[before.end : unit_mention.start]):
            council, at = doc.resolver.entity(before), before.start
            if council is not None and not re.search(r"\bCouncil$", council.name):
                council = None  # "the Partnership's Analysis Team": a unit of no council
        elif lower is not None:
            council, at = doc.resolver.council, lower.start()  # "the council's ...": the paper's own council
        unit = doc.resolver.entity(unit_mention) if council is not None else None
        if unit is not None and unit.kind == "body":
            own_unit(doc, unit, council, at, unit_mention.end, "structure:council_unit")


def _directorate_owner(doc: ExtractionDoc, m: re.Match, mentions: list[Mention]) -> Entity | None:
    """The council or body whose directorate it is: "the council's", "Eastholme Council's", "... of the X"."""
    if m.group("owner") and re.fullmatch(r"(?:(?:county|city|borough|district)\s+)?council", m.group("owner"), re.I):
        return doc.resolver.council  # "the council's", "the County Council's": the paper's own council
    group = "owner" if m.group("owner") else "of" if m.group("of") else None
    if group is None:
        return None
    found = next((x for x in mentions if x.start == m.start(group) and x.kind == "body"), None)
    e = doc.resolver.entity(found) if found is not None else None
    return e if e is not None and e.kind == "body" else None


def _whole_area(doc: ExtractionDoc, s0: int, s1: int) -> None:
    for m in _WHOLE_AREA.finditer(doc.text, s0, s1):
        if m.group("style") and re.match(r"\s+of\b", doc.text[m.end() : m.end() + 4]):
            continue  # "the whole of the London Borough of Camden": the place is named, for the clause reader
        found = _partnership_before(doc, s0, m.start(), appositive=True)
        if found is None:
            continue
        named, subject = found
        place = _own_area(doc, subject)
        if place is not None:
            doc.add(subject, "covers_area", place, named.start, m.end(), "structure:whole_area", 0.8)


# a body said to work for a whole county, region or police force area, or to bring together its districts' partnerships:
# "the county-wide forum of CSP chairs", "which co-ordinates community safety across the county", "the regional board
# that co-ordinates the six CSPs of North Wales", "which brings the eleven borough and district CSPs together", "acts as
# convenor for the six local areas in the force". The area is the one place the body's own name carries.
_NUMBER_WORD = r"(?:two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|\d{1,2})"
_GATHERS = r"(?:co-?ordinat(?:es?|ing)|brings?|bringing|convenes?|(?:acts\s+as\s+)?convenor\s+for)"
_WIDE_UNIT = r"(?:county|region|force|sub-region)"
_AREA_WIDE = re.compile(
    # ("county-\nlevel", which the cleaner joins as "countylevel"; "countywide")
    r"\b(?P<before>" + _WIDE_UNIT + r")[- ]?\s*(?:wide|level)\b"
    # (in lower case: "the Dyfnant Regional Partnership Board" is a name, and no word on the body before it)
    r"|\b(?-i:regional)\s+(?-i:(?:[a-z]+\s+){0,2}(?:board|partnership|forum|group|body))\b"
    r"|\b" + _GATHERS + r"\b[^.;:()]{0,70}?\b(?:across|for|throughout)\s+the\s+(?:whole\s+)?" + _WIDE_UNIT + r"\b"
    r"(?!['’]s)(?!\s+(?:council|police)\b)"
    # "co-ordinates the Duty across the ten districts"
    r"|\b" + _GATHERS + r"\b[^.;:()]{0,70}?\bacross\s+(?:all\s+)?the\s+" + _NUMBER_WORD + r"\s+(?:[\w-]+\s+){0,2}?"
    r"(?:districts|boroughs|local\s+authorities|council\s+areas|local\s+areas|CSPs|community\s+safety\s+partnerships)\b"
    r"|\b" + _GATHERS + r"\s+(?:together\s+)?(?:all\s+)?(?:of\s+)?(?:the\s+)?(?:" + _WIDE_UNIT + r"['’]s\s+)?"
    + _NUMBER_WORD + r"\s+(?:[\w-]+\s+){0,3}?(?:CSPs|community\s+safety\s+partnerships|partnerships|districts|"
    r"local\s+authorities|local\s+areas|councils|boroughs)\b"
    r"|\b" + _GATHERS + r"\s+(?:together\s+)?(?:all\s+)?(?:of\s+)?the\s+" + _WIDE_UNIT + r"['’]s\s+"
    r"(?:[\w-]+\s+){0,2}?(?:CSPs|community\s+safety\s+partnerships|partnerships|districts|local\s+authorities)\b", re.I)
_AREA_WIDE_HINT = re.compile(r"wide|level|regional|co-?ordinat|bring|conven")
# the bodies that are no area's forum though their name carries the place: a council, a police force, or several
# bodies at once ("the Warwickshire Community Safety Partnerships")
_NOT_AREA_FORUM = re.compile(r"\b(?:Council|Police|Constabulary|Commissioner|Authority|Partnerships|Boards|CSPs)$")


def _area_wide(doc: ExtractionDoc, s0: int, s1: int) -> None:
    mentions = doc.mentions(s0, s1)
    for m in _AREA_WIDE.finditer(doc.text, s0, s1):
        if re.search(r"\b(?:is|are|was|were|be|been)\s+$", doc.text[max(s0, m.start() - 12) : m.start()]) and \
                re.match(r"(?i)co-?ordinated|brought|convened|overseen", m.group()):
            continue
        if any(x.start < m.start() < x.end for x in mentions):
            continue  # "the Cambridgeshire Countywide Board": a word of a name, which says nothing of another body
        subject, at = None, None
        # "the county-wide Combating Drugs Partnership", "the Cleveland-wide ...": the body the adjective opens
        after = next((x for x in mentions if x.start >= m.end()), None)
        if m.group("before") and after is not None and after.kind == "body" and \
                re.fullmatch(r"\s*", doc.text[m.end() : after.start]):
            subject, at = after, after.start
        else:
            subject = _forum_before(doc, mentions, s0, m.start())
            at = subject.start if subject is not None else None
        body = None if subject is None else doc.resolver.acronym(subject.name) if subject.kind == "name" else \
            doc.resolver.entity(subject)
        if body is None or body.kind != "body" or _NOT_AREA_FORUM.search(body.name):
            continue
        # the place must be written in the name as the text gives it, and be one: a generic "Combating Drugs
        # Partnership" that the paper's area completes, or "Kent and Medway", is not read so
        said = doc.text[subject.start : subject.end]
        if re.fullmatch(r"[A-Z]{2,8}", said.strip()):
            said = body.name  # "The VRU co-ordinates ...": the acronym the paper defined stands for the name
        written = {name for _, _, name in placenames.scan_places(said)}
        place = _own_area(doc, body) if len(written) == 1 else None
        listed = {name for _, _, name in placenames.scan_places(doc.text[m.end() : s1])} - written
        if len(listed) >= 2:
            continue  # "across the four districts of A, B, C and D": the districts are the area, read as listed
        if place is not None and place.name in written:
            doc.add(body, "covers_area", place, at, max(m.end(), subject.end), "structure:area_wide", 0.8)


# a body one area runs with its neighbours: "the Channel Panel is a joint panel with Gwynedd", "a panel held jointly
# with Derby City", "the one stop shop run jointly with Dartford", "has been a joint panel covering A and B": it covers
# the places named after the words, and its own area (the place its name carries)
_JOINT_WITH = re.compile(r"\b(?:(?:held|run|operated|hosted|provided|delivered)\s+jointly\s+with|"
                         r"(?:is|was|are|has\s+been|have\s+been)\s+(?:a|one)\s+joint\s+(?:[a-z-]+\s+){0,2}?"
                         r"(?P<cover>with|covering|for))\s+(?:the\s+)?")
_PLACE_GAP = re.compile(r"\s*(?:,\s*(?:and\s+)?(?:with\s+)?|\s+and\s+(?:with\s+)?)(?:the\s+)?")


def _joint_with(doc: ExtractionDoc, s0: int, s1: int) -> None:
    mentions = doc.mentions(s0, s1)
    for m in _JOINT_WITH.finditer(doc.text, s0, s1):
        places, at = [], m.end()
        for a, b, name in placenames.scan_places(doc.text[m.end() : s1]):
            a, b = a + m.end(), b + m.end()
            if a != at and not (places and _PLACE_GAP.fullmatch(doc.text, at, a)):
                break
            if any(x.kind in ("body", "post") and x.start <= a and b <= x.end and (x.start, x.end) != (a, b)
                   for x in mentions):
                break  # "jointly with Hampshire and Isle of Wight Constabulary": a force, no place
            city = re.match(r" City\b", doc.text[b : b + 6])
            if city:  # "Derby City": the city's own name, beside the county of the same word
                b, name = b + city.end(), doc.text[a:b] + " City"
            places.append((a, b, name))
            at = b
        if not places or re.match(r"\s*(?:[A-Z]|['’]s\b)", doc.text[at : at + 3]):
            continue  # the place runs on into a name the gazetteer does not hold
        subject = _forum_before(doc, mentions, s0, m.start())
        body = doc.resolver.entity(subject) if subject is not None else None
        if body is None or body.kind != "body" or _NOT_AREA_FORUM.search(body.name):
            continue
        # (a body of no place's name is the paper's own area's: "the Child Death Overview Panel is run jointly
        # with A and with B" in one council's paper)
        own = _own_area(doc, body) or (doc.resolver.entity(Mention(0, 0, "place", doc.resolver.ctx.area))
                                       if doc.resolver.ctx.area else None)
        named = [doc.resolver.entity(Mention(a, b, "place", name)) for a, b, name in places]
        # "a joint panel with Gwynedd": the panel's own area, besides; "a joint panel covering A and B": the two
        for place in ([] if m.group("cover") == "covering" or own is None else [own]) + named:
            if place is not None:
                doc.add(body, "covers_area", place, subject.start, at, "structure:joint_with", 0.8)


def _forum_before(doc: ExtractionDoc, mentions: list[Mention], s0: int, a: int) -> Mention | None:
    """The body a county-wide phrase at A describes: the last body named before it, passing over an aside of who
    chairs or hosts it ("the X Board, chaired by the Cabinet Member at Y County Council, which brings ...") and the
    council or force such an aside names; none when a sentence break or a second clause's subject stands between."""
    before = [x for x in mentions if x.end <= a and x.kind in ("body", "name", "post", "person")]
    for x in reversed(before):
        if x.kind != "body" and not (x.kind == "name" and x.head == "acronym"):
            continue
        gap = doc.text[x.end : a]
        if re.search(r"[;:]|\.\s", gap):
            return None
        if gap.lstrip().startswith(")") and doc.text.rfind("(", s0, x.start) > doc.text.rfind(")", s0, x.start):
            continue  # "the Safer X Board (formerly the X Chairs' Forum) co-ordinates": the old name is no subject
        if _NOT_AREA_FORUM.search(x.name) and re.search(r"\b(?:chaired|led|hosted|run|managed)\s+by\b|\bat\s*$",
                                                        doc.text[max(s0, x.start - 60) : x.start]):
            continue  # the council or force of an aside on who chairs the body
        return x
    return None


def _towns_covered(doc: ExtractionDoc, subject: Entity, start: int, end: int, s1: int) -> None:
    """The places listed after the area ("..., covering the towns of A, B and C"), each a place the gazetteer
    knows or one of a list of capitalised names with one it knows; with no word for what they are ("..., covering
    A, B and C"), two at least."""
    m = _COVERING_TOWNS.match(doc.text, end)
    if m is None:
        return
    from .clauses import slot_entity, towns_of  # the list reading of the clause rule: towns the gazetteer lacks too

    last = m.end()
    found: list[tuple[Entity | None, int, int]] = []
    # ("covering Eastvale, Upton and Marsh, and Lowmoor Island": a list that ends on ", and" joins its items so; an
    # "and" inside an item before is the place's own name)
    oxford = not m.group("said") and _OXFORD_AND.search(doc.text, m.end(), s1) is not None
    split = list if oxford else _split_towns
    for x in (x for mention in doc.mentions(m.end(), s1) for x in split(towns_of(doc, mention))):
        gap = doc.text[last : x.start]
        if oxford and found and gap.strip() == "and" and x.kind == "name" and len(x.name.split()) == 1:
            # "Upton and Marsh, and Lowmoor Island": the one place the first "and" names
            both = " ".join(doc.text[found[-1][2] : x.end].split())
            found[-1] = (doc.resolver.entity(Mention(found[-1][2], x.end, "place", both)), x.end, found[-1][2])
            last = x.end
            continue
        if gap.strip(" ,") not in ("", "and", "&", "the", "and the"):
            break
        e = slot_entity(doc, x, "covers_area", "object", frozenset({"place"}))
        if e is None and x.kind == "name" and x.head != "acronym" and len(x.name.split()) <= 3:
            # "the towns of Ockley Moor and Stanwick": places by the text's own word, whatever they look like
            e = doc.resolver.entity(Mention(x.start, x.end, "place", x.name))
        if e is None:
            break
        found.append((e, x.end, x.start))
        last = x.end
    if not m.group("said") and len(found) < 2:
        return  # with no word for what is listed, one name alone may be anything the area includes
    for e, end_at, _ in found:
        if e is not None:
            doc.add(subject, "covers_area", e, start, end_at, "structure:area_partnership", 0.8)


_OXFORD_AND = re.compile(r",\s+and\s")


def _split_towns(found: list[Mention]) -> list[Mention]:
    """ "Ockley Moor and Stanwick", read as one name: after "the towns of", two towns."""
    out = []
    for m in found:
        left, sep, right = m.name.partition(" and ")
        if sep and m.kind == "name" and left[:1].isupper() and right[:1].isupper():
            out += [Mention(m.start, m.start + len(left), "name", left),
                    Mention(m.end - len(right), m.end, "name", right)]
        else:
            out.append(m)
    return out


def _role_is_subject(doc: ExtractionDoc, s0: int, s1: int, m: re.Match, subject: Entity) -> None:
    """ "Safer Eastholme, the CSP for the city, is accountable to ...": the role named in the identity is the
    partnership itself, so what the clause rule gave that role in this sentence is the partnership's."""
    roles = {e.iri for x in doc.mentions(s0, s1) if m.start() <= x.start < m.end() and x.kind == "body"
             for e in [doc.resolver.entity(x)] if e is not None and e.iri != subject.iri}
    if not roles:
        return
    moved = [f for f in doc.facts if f.rule.startswith("clause:") and f.subject.iri in roles and s0 <= f.start < s1]
    doc.facts[:] = [f for f in doc.facts if all(f is not g for g in moved)]
    for f in moved:
        if f.relation != "covers_area":  # the identity's own places are read above
            doc.add(subject, f.relation, f.object, f.start, f.end, f.rule, f.confidence, qualifier=f.qualifier)


def _partnership_before(doc: ExtractionDoc, s0: int, a: int, *, appositive: bool = False
                        ) -> tuple[Mention, Entity] | None:
    """The body named just before A: the sentence's subject ("Safer Eastholme is ...") or the name a bracket
    describes ("the Eastholme Partnership (the city's CSP)"); none when other words stand between."""
    before = [m for m in doc.mentions(s0, a) if m.end <= a]
    if not before:
        return None
    m = before[-1]
    gap = doc.text[m.end : a]
    old = _former_aside(doc, s0, m, a)
    if old is not None:
        # "The Safer X Partnership (formerly the X CSP) is the statutory CSP for ...": the old name in the aside is
        # only the body's past name; what the sentence says is said of the name before it (and its acronym)
        earlier = [x for x in before if x.end <= old[0]]
        if not earlier or re.sub(r"\s*\([A-Z]{2,8}\)", "", doc.text[earlier[-1].end : old[0]]).strip():
            return None
        m, gap = earlier[-1], doc.text[old[1] : a]
    if appositive:
        # "Safer Eastholme, a partnership board covering ...": the apposition describes the name before it
        gap = re.sub(r"^\s*,\s*(?:an?|the)\s+(?:[a-z-]+\s+){0,3}?(?:partnership|board|group|team|panel|service|"
                     r"body|forum)s?\s*$|^\s*(?:is|was)\s*$|^\s*,?\s*(?:which|that)\s*$", "", gap)
    # "was formally set up, under the Act of 1998, as ...": a short verb phrase of the subject's own may stand between
    if len(re.findall(r"[A-Za-z0-9]+", gap)) > 4 and not re.match(r"\s*(?:was|is|has been)\s+(?:formally\s+)?"
                                                                   r"(?:set up|established|constituted)\b", gap):
        return None
    if m.kind == "legislation" and len(before) > 1:
        m = before[-2]
    if m.kind == "name" and (m.head == "acronym" or looks_like_person(m.name.split()) or len(m.name.split()) < 2):
        e = doc.resolver.entity(m) if m.head == "acronym" else None
    elif m.kind == "name":
        e = doc.resolver.body_named(m.name, m.acronym, place=m.place)  # "Safer Eastholme": a partnership's brand
    elif m.kind == "body":
        e = doc.resolver.entity(m)
    else:
        return None
    return (m, e) if e is not None and e.kind == "body" else None


# "(formerly the Eastholme CSP)", ", previously known as the X Forum,": a body's past name set off after its name
_FORMER_OPENS = re.compile(r"(?:\s*\(|\s*,\s*)(?:formerly|previously)(?:\s+(?:known\s+as|called))?\s+(?:the\s+)?$")
_FORMER_CLOSES = re.compile(r"\s*(?:\)|,)")


def _former_aside(doc: ExtractionDoc, s0: int, m: Mention, a: int) -> tuple[int, int] | None:
    """Where the aside that gives M as a past name opens and closes, when it closes before A."""
    opens = _FORMER_OPENS.search(doc.text, max(s0, m.start - 40), m.start)
    closes = _FORMER_CLOSES.match(doc.text, m.end)
    if opens is None or closes is None or closes.end() > a:
        return None
    return opens.start(), closes.end()


# "for the Torbay Council area": the area of a council is its place
_COUNCIL_AREA = re.compile(r"\s+(?:(?:City|County|District|Borough|County\s+Borough|Metropolitan\s+Borough)\s+)?"
                           r"Council$")


def _named_area(doc: ExtractionDoc, m: re.Match) -> Entity | None:
    name = re.sub(r"^the\s+", "", m.group("place"), flags=re.I)
    name = " ".join(name.split())
    if name.endswith(" area") or re.match(r"\s+area\b", doc.text[m.end("place") : m.end("place") + 6]):
        name = _COUNCIL_AREA.sub("", name.removesuffix(" area"))
    place = placenames.canonical_place(name)
    styled = re.search(r"\b(City|County|Borough)\s+of\s+$", doc.text[max(0, m.start("place") - 12) : m.start("place")])
    if styled and placenames.canonical_place(f"{styled.group(1)} of {name}") not in (None, place):
        # "for the City of London": the style is the place's own name here, not a word of the council's area
        place = placenames.canonical_place(f"{styled.group(1)} of {name}")
    if place is None:
        # a place the gazetteer lacks is taken when the text says it is one ("for the borough of Pellham") or
        # names it as a place elsewhere
        said = re.search(_AREA_WORD + r"\s+of\s+$", doc.text[max(0, m.start("place") - 20) : m.start("place")], re.I)
        if not said and name not in (doc.resolver.ctx.places or ()) and name != doc.resolver.ctx.area:
            return None
        if looks_like_person(name.split()) or _CONNECTOR_END.search(name):
            return None
        place = name
    area = doc.resolver.entity(Mention(m.start("place"), m.end("place"), "place", place))
    return doc.resolver.remember(area, name) if area is not None and name != place else area  # "City of York"


def _own_area(doc: ExtractionDoc, subject: Entity) -> Entity | None:
    """The area "the borough" or "the whole county" stands for: the one place the body's own name carries ("Safer
    Cumbria"), else the paper's own area when the name carries that; none when the name names no place or two."""
    scanned = {(subject.name[a:b], name) for a, b, name in placenames.scan_places(subject.name)}
    named = {name for _, name in scanned}
    area = doc.resolver.ctx.area
    if len(named) == 1:
        written, place = scanned.pop()
        if area and place != area:
            # "Safe Newcastle" in a Newcastle upon Tyne paper: the place a short name means beside the paper's own
            # area, not its usual reading (Newcastle-under-Lyme)
            place = placenames.place_in_context(written, (area,)) or place
    elif area and re.search(r"\b" + re.escape(area) + r"\b", subject.name):
        place = area
    else:
        place = _name_core(doc, subject.name)
        if place is None:
            return None
    return doc.resolver.entity(Mention(0, 0, "place", place))


def _name_core(doc: ExtractionDoc, name: str) -> str | None:
    """ "Safer Pellham Partnership" -> "Pellham": what is left of a body's name without the words bodies are made
    of, when it is one capitalised run that the paper also writes on its own (a place the gazetteer lacks)."""
    generic = heads().generic_words
    words = [w for w in name.split() if w.casefold() not in generic and w not in ("Together", "Stronger", "Safe")]
    core = " ".join(words)
    if not words or not all(w[:1].isupper() and w.isalpha() for w in words) or len(words) > 3:
        return None
    if core not in name or not re.search(r"\b" + re.escape(core) + r"\b(?! (?:Community|Safer|Partnership))",
                                         doc.text.replace(name, "")):
        return None
    return core


# "Councillors Ann Rees and Tom Vale declared ... as Council representatives on the Police and Crime Panel"
_AS_REPRESENTATIVES = re.compile(r"\bas\s+(?:the\s+)?(?:County |City |Borough |District )?Council(?:['’]s)?"
                                 r"\s+representatives?\s+(?:on|to)\s+(?:the\s+)?", re.I)


# "... his role as the Council's Police and Crime Panel Member representative": the body named inside
_AS_BODY_REPRESENTATIVE = re.compile(r"\bas\s+(?:the\s+)?(?:County |City |Borough |District )?Council['’]s\s+")
_REPRESENTATIVE_AFTER = re.compile(r"\s+(?:Member\s+|member\s+)?representatives?\b")


def _council_representatives(doc: ExtractionDoc, s0: int, s1: int) -> None:
    council = doc.resolver.council
    if council is None:
        return
    mentions = doc.mentions(s0, s1)
    for m in _AS_BODY_REPRESENTATIVE.finditer(doc.text, s0, s1):
        on = next((x for x in mentions if x.start == m.end() and x.kind in ("body", "post")), None)
        if on is not None and on.kind == "post" and on.name.endswith(" Member"):
            # "the Police and Crime Panel Member representative": the panel, read with the word after it
            on = Mention(on.start, on.end - len(" Member"), "body", on.name[: -len(" Member")])
        if on is None or on.kind != "body" or not _REPRESENTATIVE_AFTER.match(doc.text, on.end):
            continue
        _represented(doc, council, on, _people_before(doc, mentions, s0, m.start()), s0,
                     _REPRESENTATIVE_AFTER.match(doc.text, on.end).end())
    for m in _AS_REPRESENTATIVES.finditer(doc.text, s0, s1):
        on = next((x for x in mentions if x.start == m.end() and x.kind == "body"), None)
        if on is not None:
            _represented(doc, council, on, _people_before(doc, mentions, s0, m.start()), s0, on.end)


def _represented(doc: ExtractionDoc, council: Entity, on: Mention, people: list[Entity], start: int, end: int
                 ) -> None:
    on_body = doc.resolver.entity(on)
    if on_body is None or on_body.kind != "body" or on_body.iri == council.iri:
        return
    for person in people:
        doc.add(council, "represented_by", person, start, end, "structure:council_representative", 0.8,
                on_body=on_body)


def _people_before(doc: ExtractionDoc, mentions: list[Mention], s0: int, a: int) -> list[Entity]:
    """The people the sentence opens with ("Councillors A and B declared ..."): a list of people and nothing else
    before the verb, so that nobody else's words are taken for theirs."""
    before = [x for x in mentions if x.end <= a]
    people: list[Entity] = []
    for x in before:
        # "A B Jones and C Smith": the second name of a pair may be read with its "and"
        name = re.sub(r"^(?:and|&)\s+", "", x.name)
        if x.kind == "person" or (x.kind == "name" and x.head != "acronym" and looks_like_person(name.split())):
            people.append(doc.resolver.known_person(name) or doc.resolver.person(
                Mention(x.end - len(name), x.end, "person", name, title=x.title, rank=x.rank)))
        elif x.kind in ("body", "post"):
            return []  # someone's post or body between: the sentence is about more than these councillors
    return people


# "the Council is represented on the Safeguarding Children Board by Jo Lee and Sam Roy": the board sits inside the
# wording, where the clause rule (which takes no trigger around a name) cannot read it
_REPRESENTED_ON = re.compile(r"\b(?:is|are|was|were|will\s+be|has\s+been|have\s+been)\s+(?:also\s+|currently\s+)?"
                             r"represented\s+(?:on|at)\s+(?:the\s+)?", re.I)
_BY = re.compile(r"\s+by\s+(?:the\s+)?", re.I)


def _represented_on(doc: ExtractionDoc, s0: int, s1: int) -> None:
    mentions = doc.mentions(s0, s1)
    for m in _REPRESENTED_ON.finditer(doc.text, s0, s1):
        before = [x for x in mentions if x.end <= m.start()]
        on = next((x for x in mentions if x.start == m.end() and x.kind == "body"), None)
        by = _BY.match(doc.text, on.end, s1) if on is not None else None
        if not before or on is None or by is None or doc.text[before[-1].end : m.start()].strip(" ,") not in (
                "", "which", "who"):
            continue
        body = doc.resolver.entity(before[-1]) if before[-1].kind == "body" else None
        if body is None or body.kind != "body":
            continue
        people = []
        for x in (x for x in mentions if x.start >= by.end()):
            gap = doc.text[(people[-1][0].end if people else by.end()) : x.start]
            if gap.strip(" ,") not in ("", "and", "&"):
                break
            if x.kind == "name" and " and " in x.name and looks_like_person(x.name.split(" and ")[0].split()):
                # "by Jo Lee and District representation ...": the name ran on into the next clause
                x = Mention(x.start, x.start + len(x.name.split(" and ")[0]), "name", x.name.split(" and ")[0])
            if x.kind == "person" or (x.kind == "name" and x.head != "acronym" and looks_like_person(x.name.split())):
                people.append((x, doc.resolver.known_person(x.name) or doc.resolver.person(
                    Mention(x.start, x.end, "person", x.name, title=x.title, rank=x.rank))))
            elif x.kind == "post":
                post = doc.resolver.entity(x)
                if post is not None:
                    people.append((x, post))
            else:
                break
        for x, who in people:
            _represented(doc, body, on, [who], before[-1].start, x.end)


_ORGANISATION_HEADS = frozenset({"organisation", "organization", "agency", "body", "representing", "partner",
                                 "partner organisation", "employer"})


# a table of a body's groups: a column of groups, perhaps a column of who leads each ("Sub-group | Chair | Meets",
# "Priority | Delivery group | Lead")
_GROUP_COLUMN = re.compile(r"(?i)^(?:(?:delivery|theme|thematic|working|task|strategic|operational)\s+)?"
                           r"(?:(?:sub-?\s?)?groups?|boards?|panels?|sub-?\s?committees?)(?:\s+name)?$")
def _chair_column(head: str) -> bool:
    """HEAD names a column of who chairs each row's body ("Chair", "Chaired by", "Chair (post)"), by the one lexicon
    of column heads; a lead's column ("Lead", "Led by") is read as such (layout().lead_column_re)."""
    from .tables import head_type  # the one lexicon of column heads

    return head_type(head) == "chair" and layout().lead_column_re.fullmatch(head.strip()) is None
# "The delivery groups report to the Executive every quarter", "Each ... reports to the Board"
_GROUPS_REPORT = re.compile(r"(?i)\b(?:the|these|all|each of the)\s+(?:\w+\s+)?(?:sub-?\s?)?groups\s+"
                            r"(?:each\s+|all\s+)?reports?\s+(?:\w+\s+)?to\s+(?:the\s+)?|\beach\b[^.]{0,80}?\b(?:reports|accountable)\s+"
                            r"(?:\w+\s+)?to\s+"
                            r"(?:the\s+)?")


def _group_tables(doc: ExtractionDoc) -> None:
    from .tables import is_record, table_of  # the one reader of tables' shapes

    lines = doc.layout.lines
    for i, line in enumerate(lines):
        if line.kind != "row" or len(line.cells) < 2:
            continue
        table = table_of(doc, line)
        if table is not None and is_record(doc, table):
            continue  # "| Sub-group | Night Time Economy Group |" over "| Chair | ... |": one group's record
        heads = [cell_text(doc, [span]) for span in line.cells]
        column = next((k for k, h in enumerate(heads) if _GROUP_COLUMN.match(h)), None)
        if column is None:
            continue
        lead = next((k for k, h in enumerate(heads) if layout().lead_column_re.fullmatch(h)), None)
        chair = next((k for k, h in enumerate(heads) if _chair_column(h)), None)
        aim = next((k for k, h in enumerate(heads) if _PRIORITY_COLUMN.match(h)), None)
        opener = doc.layout.line_before(i)
        # the opener speaks of groups, or of the boards or panels the column names ("Four thematic boards report
        # to the Board:")
        kind = re.sub(r"(?i)s?(?:\s+name)?$", "", heads[column].split()[-1].split("-")[-1]).casefold()
        said = re.compile(r"(?i)\b(?:groups?|" + re.escape(kind) + r"s?)\b")
        if opener is not None and not said.search(doc.text[opener.start : opener.end]):
            opener = _groups_heading(doc, i)  # "Chairs during 2022-23 were:" under a heading "3.4 Sub-groups"
        if opener is None:
            continue
        from .lists import list_owner

        owner = list_owner(doc, opener)
        if owner is None or owner.kind != "body":
            continue
        agency = next((k for k, h in enumerate(heads) if h.casefold() in _ORGANISATION_HEADS), None)
        # "a delivery group accountable to the Strategic Board": the groups answer to the board the opener names,
        # which is not said to be their parent (the reporting line is read below)
        accountable = _ACCOUNTABLE_TO.search(doc.text, opener.start, opener.end) is not None
        # "Each priority has a lead and a delivery group": the lead column names the priority's lead
        priority_led = _PRIORITY_LEAD.search(doc.text, opener.start, opener.end) is not None
        groups = []
        for row in _table_rows(doc, i, len(line.cells)):
            cells = row[column] if column < len(row) else None
            group = (_named_group(doc, cells) or cell_body(doc, cells)) if cells else None
            if group is None or group.iri == owner.iri:
                continue
            groups.append(group)
            if not accountable:
                doc.add(group, "subgroup_of", owner, line.start, cells[-1][1], "structure:group_table", 0.8)
            priority = _row_priority(doc, row[aim]) if aim is not None and aim < len(row) else None
            if priority is not None:
                # "Priority | Lead | Delivery group": the group delivers the row's priority, which the lead leads
                doc.add(group, "responsible_for", priority, row[aim][0][0], cells[-1][1], "structure:group_table", 0.8)
            if lead is not None and lead < len(row):
                who = cell_lead(doc, row[lead])
                if who is not None and priority is not None and priority_led:
                    doc.add(priority, "led_by", who, row[aim][0][0], row[lead][-1][1], "structure:group_table", 0.8)
                elif who is not None:
                    # the lead column may stand either side of the group's: the quote spans both cells
                    a = min(cells[0][0], row[lead][0][0])
                    b = max(cells[-1][1], row[lead][-1][1])
                    doc.add(group, "led_by", who, a, b, "structure:group_table", 0.8)
            if chair is not None and chair < len(row):
                person = _chair_cell(doc, group, row[chair], line.start)
                if person is not None and agency is not None and agency < len(row):
                    _chairs_agency(doc, person, row[agency], line.start)
        _groups_report(doc, groups, owner, opener, i)


def _officer_columns(doc: ExtractionDoc) -> None:
    """ "| Reducing violence | Kent Police | DI Jo Lee |" under "Priority | Lead organisation | Lead officer": the
    person in the officer column works for the organisation of the same row. A row whose cells run on to the
    next line ("Kent County Council / (Public Health)") says more than its first line: it is left unread."""
    for table in doc.layout.tables:
        if not table.header:
            continue
        from .tables import head_kinds  # the one lexicon of column heads

        # "Lead organisation | Lead officer": a column of organisations beside a column of the people from them
        header = [" ".join(h.split()).strip(" |") for h in table.header]
        kinds = [head_kinds(h) for h in header]
        org = next((k for k, h in enumerate(header) if "organisation" in kinds[k] or
                    re.fullmatch(r"(?i)(?:lead\s+)?bod(?:y|ies)", h)), None)
        who = next((k for k, h in enumerate(header) if "person" in kinds[k]), None)
        if org is None or who is None:
            continue
        rows = [r for r in table.rows_under_first() if r.cells]
        for k, row in enumerate(rows):
            if len(row.cells) != len(header):
                continue
            nxt = rows[k + 1] if k + 1 < len(rows) else None
            if nxt is not None and len(nxt.cells) < len(header):
                continue  # the row runs on: its organisation may be longer than its first line
            _officer_of(doc, row.cells[who], row.cells[org], row)


def _officer_of(doc: ExtractionDoc, person_cell: tuple[int, int], org_cell: tuple[int, int], row) -> None:
    from .attendance import list_entries

    entries = list(list_entries(doc, *person_cell, ()))
    if len(entries) != 1 or doc.text[entries[0].person.end : person_cell[1]].strip():
        return  # no one person alone in the cell
    a, b = org_cell
    found = doc.mentions(a, b)
    if len(found) != 1 or found[0].kind != "body" or doc.text[a : found[0].start].strip() or \
            doc.text[found[0].end : b].strip():
        return
    organisation = doc.resolver.entity(found[0])
    if organisation is None or organisation.kind != "body":
        return
    person = doc.resolver.person(entries[0].person)
    doc.add(person, "member_of", organisation, row.start, row.end, "structure:officer_column", 0.8)
    if entries[0].person.rank:
        doc.add(person, "holds_post", doc.resolver.post_named(entries[0].person.rank), row.start, row.end,
                "structure:officer_column", 0.8)


def _groups_heading(doc: ExtractionDoc, i: int):
    """The heading a few lines above row I that names groups ("3.4 Sub-groups"): it opens the table when the line
    right above the table speaks only of the chairs."""
    lines = doc.layout.lines
    for k in range(i - 1, max(-1, i - 8), -1):
        if lines[k].kind == "heading":
            return lines[k] if re.search(r"(?i)\bgroups?\b", lines[k].text) else None
    return None


_GROUP_HEADS = ("Sub-Group", "Sub-group", "Subgroup", "Group", "Sub-Committee", "Panel")


def _named_group(doc: ExtractionDoc, spans: list[tuple[int, int]]) -> Entity | None:
    """ "Practice Review" under a "Sub-group" column, in a paper that writes "the Practice Review Sub-Group": the
    group by the full name the paper gives it."""
    text = cell_text(doc, spans)
    if not text or len(text.split()) > 8 or text.split()[-1] in _GROUP_HEADS or not text[:1].isupper():
        return None
    found = {m.group(0) for m in re.finditer(re.escape(text).replace(r"\ ", r"\s+") + r"\s+(?:" +
                                              "|".join(map(re.escape, _GROUP_HEADS)) + r")\b", doc.text)}
    names = {" ".join(f.split()) for f in found}
    if len(names) != 1:
        return None
    e = doc.resolver.body_named(names.pop())
    return e if e.kind == "body" else None


def _chairs_agency(doc: ExtractionDoc, person: Entity, spans: list[tuple[int, int]], start: int) -> None:
    """ "| Practice Review | DCI Jo Lee | South Wales Police |": the chair works for the agency of the next column."""
    if len(spans) != 1:
        return
    a, b = spans[0]
    found = doc.mentions(a, b)
    if len(found) != 1 or doc.text[found[0].end : b].strip():
        return
    m = found[0]
    if m.kind == "body":
        organisation = doc.resolver.entity(m)
    elif m.kind in ("name", "place") and re.search(r"\s[A-Z]{2,4}$", m.name):
        organisation = doc.resolver.body_named(m.name)  # "Bridgend CBC", "Cwm Taf Morgannwg UHB"
    else:
        return
    if organisation is not None and organisation.kind == "body":
        doc.add(person, "member_of", organisation, start, b, "structure:group_table", 0.8)


def _chair_cell(doc: ExtractionDoc, group: Entity, spans: list[tuple[int, int]], start: int) -> Entity | None:
    """ "| Reducing Reoffending Group | Head of Kent PDU | quarterly |" under a "Chair" column: who chairs the
    group, a person or a post filling one line of the cell (a cell wrapped onto more lines is left unread). The
    person who chairs it, if a person does."""
    from .lists import chair_in_cell

    if len(spans) != 1:
        return None
    a, b = spans[0]
    chair = chair_in_cell(doc, group, a, b, (start, b), "structure:group_table", 0.8)
    if chair is None:
        return None
    person, entry = chair
    if entry.person.rank:
        doc.add(person, "holds_post", doc.resolver.post_named(entry.person.rank), start, b,
                "structure:group_table", 0.8)
    return person


def _table_rows(doc: ExtractionDoc, i: int, width: int) -> list[list[list[tuple[int, int]]]]:
    """The rows after header I, each a list of columns, each the spans of its cell. A line of fewer cells than the
    header whose first cell is a word or two carries on the row before ("Anti-Social Behaviour and" / "Group"):
    a cell wrapped onto a second line."""
    lines = doc.layout.lines
    rows: list[list[list[tuple[int, int]]]] = []
    j = i + 1
    while j < len(lines) and lines[j].kind == "row" and not lines[j].cells and \
            re.fullmatch(r"[\s|+:=-]+", lines[j].text):
        j += 1  # "----|----": the rule under the header row
    while j < len(lines) and lines[j].kind == "row" and lines[j].cells:
        cells = list(lines[j].cells)
        first = doc.text[cells[0][0] : cells[0][1]].split()
        if rows and len(cells) < width and len(first) <= 2:
            # "| Neighbourhoods |": a line that opens on a column rule carries on the second column, not the first
            skip = 1 if lines[j].text.lstrip().startswith("|") and width > 1 else 0
            for k, span in enumerate(cells[: len(rows[-1]) - skip]):
                rows[-1][k + skip].append(span)
        else:
            rows.append([[span] for span in cells])
        j += 1
    return rows


def cell_text(doc: ExtractionDoc, spans: list[tuple[int, int]]) -> str:
    """The words of a table cell written on the lines SPANS, without the column rules at its edges."""
    return " ".join(" ".join(doc.text[a:b].split()) for a, b in spans).strip(" |")


# "Joint Action Group (JAG)" in a cell: the group's name, then the acronym the paper will call it by
# "(VAWG)", "(VAWG Board)": the initials alone, or with the head word the paper's short name keeps
_CELL_ACRONYM = re.compile(r"(?P<name>.+?)\s*\((?P<acronym>[A-Z][A-Za-z&]{1,8}(?:\s[A-Z][a-z]{2,12})?)\)")


def cell_body(doc: ExtractionDoc, spans: list[tuple[int, int]]) -> Entity | None:
    text = cell_text(doc, spans)
    if not text or len(text.split()) > 10 or not text[:1].isupper():
        return None
    acronym = _CELL_ACRONYM.fullmatch(text)
    if acronym is not None and "".join(w[0] for w in acronym.group("name").split() if w[:1].isupper()).startswith(
            acronym.group("acronym")[:2].upper()):
        # the acronym is an alias of the group, never part of its name (one node, however the paper writes it)
        e = cell_body_named(doc, spans, acronym.group("name"))
        return doc.resolver.remember(e, acronym.group("acronym")) if e is not None else None
    return cell_body_named(doc, spans, text)


def cell_body_named(doc: ExtractionDoc, spans: list[tuple[int, int]], text: str) -> Entity | None:
    found = doc.mentions(spans[0][0], spans[0][1])
    if len(spans) == 1 and len(found) == 1 and found[0].kind == "body" and found[0].end - found[0].start >= len(
            text) - 1:
        return doc.named_body(found[0])
    if looks_like_person(text.split()) or any(m.kind in ("person", "post") for m in found):
        return None
    return doc.resolver.body_named(text)


# "CSP | Area covered | Chair", "Partnership | Local authority area | Amount": a column of partnerships beside one of
# the areas they cover
_AREA_COLUMN = re.compile(r"(?i)^(?:(?:local\s+authority\s+)?areas?(?:\s+covered)?|coverage|geography|"
                          r"districts?(?:\s+covered)?|boroughs?(?:\s+covered)?)$")
_PARTNERSHIP_COLUMN = re.compile(r"(?i)^(?:(?:community\s+safety\s+)?partnerships?|csps?|(?:partnership\s+)?name)$")
# "Eastbourne; Lewes district", "Bradford, Calderdale and Kirklees": the places of an area cell
_AREA_ITEMS = re.compile(r"\s*(?:;|,|\band\b|&|/)\s*")
_AREA_WORD_TAIL = re.compile(r"(?i)\s+(?:district|borough|county|city|area)s?$")


def _area_columns(doc: ExtractionDoc) -> None:
    """Each partnership of a table with a partnership column and an area column covers the places its area cell
    names, when every item of that cell is a known place; a row naming a council in place of its partnership gives
    nothing (the council is not the partnership)."""
    for i, line in enumerate(doc.layout.lines):
        if line.kind != "row" or len(line.cells) < 2:
            continue
        heads_ = [cell_text(doc, [span]) for span in line.cells]
        area = next((k for k, h in enumerate(heads_) if _AREA_COLUMN.match(h)), None)
        body = next((k for k, h in enumerate(heads_) if _PARTNERSHIP_COLUMN.match(h)), None)
        chair = next((k for k, h in enumerate(heads_) if _chair_column(h)), None)
        if body is None or area is None and chair is None:
            continue
        for row in _wrapped_rows(doc, _table_rows(doc, i, len(line.cells))):
            if body >= len(row):
                continue
            partnership = cell_body(doc, row[body])
            if partnership is None or placenames.council_named(partnership.name):
                continue
            if chair is not None and chair < len(row):
                # "CSP | Area covered | Chair": the partnerships a county's paper lists, each with its chair
                _chair_cell(doc, partnership, row[chair], row[body][0][0])
            places = _area_cell(doc, row[area]) if area is not None and area < len(row) else []
            for place in places:
                doc.add(partnership, "covers_area", place, row[body][0][0], row[area][-1][1],
                        "structure:area_column", 0.8)


def _wrapped_rows(doc: ExtractionDoc, rows: list) -> list:
    """ROWS with a row that only ends the name above joined to it: a name wrapped onto a second line
    ("Eastbourne and Lewes Community Safety" / "Partnership"), the first line without a head word, the second
    a word or two ending on one."""
    body_heads = heads().body
    joined: list = []
    for row in rows:
        words = cell_text(doc, row[0]).split()
        above = cell_text(doc, joined[-1][0]).split() if joined else []
        if above and above[-1] not in body_heads and 1 <= len(words) <= 2 and words[-1] in body_heads:
            for k, spans in enumerate(row[: len(joined[-1])]):
                joined[-1][k] = [*joined[-1][k], *spans]
        else:
            joined.append([list(spans) for spans in row])
    return joined


def _area_cell(doc: ExtractionDoc, spans: list[tuple[int, int]]) -> list[Entity]:
    """The places an area cell names, or none unless every item is a place the gazetteer knows."""
    items = [_AREA_WORD_TAIL.sub("", item) for item in _AREA_ITEMS.split(cell_text(doc, spans)) if item.strip()]
    places = [placenames.canonical_place(item) for item in items]
    if not places or None in places:
        return []
    found = [doc.resolver.entity(Mention(spans[0][0], spans[-1][1], "place", place)) for place in places if place]
    return [e for e in found if e is not None and e.kind == "area"]


_ACCOUNTABLE_TO = re.compile(r"(?i)\baccountable\s+to\b")
_PRIORITY_LEAD = re.compile(r"(?i)\bpriorit(?:y|ies)\s+(?:has|have)\s+(?:a|an|its|their)?\s*(?:own\s+|named\s+)?"
                            r"leads?\b")
_PRIORITY_COLUMN = re.compile(r"(?i)^(?:priority|priorities|strategic priority|theme|objective)$")
_ITEM_NUMBER = re.compile(r"^\s*(?:\d{1,2}[.)]|[a-z][.)])\s+")


def _row_priority(doc: ExtractionDoc, spans: list[tuple[int, int]]) -> Entity | None:
    """The priority a table row states in its first cell ("2. Ending violence against women and girls")."""
    from .lists import priority_phrase

    text = _ITEM_NUMBER.sub("", cell_text(doc, spans))
    phrase = priority_phrase(text) if text[:1].isupper() else None
    return doc.resolver.topic(phrase) if phrase else None


def cell_lead(doc: ExtractionDoc, spans: list[tuple[int, int]]) -> Entity | None:
    found = [m for a, b in spans for m in doc.mentions(a, b) if m.kind in ("body", "post")]
    if not found:
        return None
    seat = _bracketed_post(doc, found[0], spans)
    if seat is not None:
        return seat
    e = doc.resolver.entity(found[0])
    council = doc.resolver.council
    if e is not None and e.kind == "post" and council is not None and "," not in e.name and " of " + council.name \
            not in e.name:
        # a bare title in a council's own strategy ("Director of Public Health") is that council's post
        e = doc.resolver.post_named(f"{e.name}, {council.name}", written=e.name)
    return e if e is not None and e.kind in ("body", "post") else None


def _bracketed_post(doc: ExtractionDoc, m, spans: list[tuple[int, int]]) -> Entity | None:
    """ "Northdale Council (Director of Public Health)": the post in brackets after the organisation leads, as the
    organisation's post."""
    if m.kind != "body":
        return None
    end = spans[-1][1]
    rest = " ".join(doc.text[m.end : end].split())
    inner = re.fullmatch(r"\(([^()]{3,80})\)", rest)
    if inner is None:
        return None
    a = doc.text.find("(", m.end, end) + 1
    posts = [x for x in doc.mentions(a, end) if x.kind == "post"]
    org = doc.resolver.entity(m)
    if not posts or posts[0].start - a > 1 or org is None or org.kind != "body":
        return None
    text = inner.group(1).strip()
    return doc.resolver.post_named(f"{text}, {org.name}", written=text)


def _groups_report(doc: ExtractionDoc, groups: list[Entity], owner: Entity, opener, i: int) -> None:
    """The sentence that introduces the table, or the one after it, may say where the groups report."""
    if not groups:
        return
    lines = doc.layout.lines
    j = i + 1
    while j < len(lines) and lines[j].kind == "row":
        j += 1
    while j < len(lines) and lines[j].kind == "blank":
        j += 1
    spans = [(opener.start, opener.end)] + ([(lines[j].start, lines[j].end)] if j < len(lines) else [])
    for a, b in spans:
        m = _GROUPS_REPORT.search(doc.text, a, b)
        if m is None:
            continue
        target = next((x for x in doc.mentions(a, b) if x.start == m.end() and x.kind in ("body", "name")), None)
        e = doc.resolver.entity(target) if target is not None else None
        if e is None and target is not None and target.kind == "name" and target.head != "acronym":
            e = doc.resolver.body_named(target.name)  # an unknown acronym names no body
        if e is not None and e.kind == "body":
            for g in groups:
                doc.add(g, "reports_to", e, m.start(), target.end, "structure:group_table", 0.8)


# "that arrangements are made to set up a Hate Crime sub-group", "agreed to establish a Serious Violence Task and Finish
# Group": a group a body sets up is its sub-group
_SET_UP = re.compile(r"\b(?:set(?:ting)?\s+up|establish(?:ed|ing)?|creat(?:e|ed|ing)|form(?:ed|ing)?)\s+(?:a|an|the)\s+"
                     r"(?:new\s+)?(?P<name>(?:[A-Z][\w&'’-]*\s+(?:and\s+)?){0,5}?)(?P<head>sub-?\s?group|"
                     r"task\s+and\s+finish\s+group|working\s+group|task(?:ing)?\s+group|sub-?committee)\b(?!\s+of\b)",
                     re.I)
# "the Activity Groups set up by the Board", "The Complaints Sub-Committee was set up by the Panel": the group named
# first, its maker after "by"
_SET_UP_BY = re.compile(r"(?P<name>(?:(?!(?:The|A|An|Its|Their)\s)[A-Z][\w&'’-]*\s+(?:and\s+)?){0,5}?)"
                        r"(?P<head>Sub-?\s?[Gg]roups?|Sub-?[Cc]ommittees?|Task\s+and\s+Finish\s+Groups?|Working\s+Groups?|"
                        r"Task(?:ing)?\s+Groups?|Groups?)\s+(?:which\s+|that\s+)?"
                        r"(?:was\s+|were\s+|had\s+been\s+|has\s+been\s+|have\s+been\s+)?(?:newly\s+|recently\s+)?"
                        r"(?:set\s+up|established|formed|created)\s+by\s+(?:the\s+)?")
# the words between the maker named before the verb and the verb: "The Partnership has also set up ..."
_MAKER_GAP = re.compile(r"\s*(?:(?:has|have|had)\s+)?(?:(?:also|recently|now|since|then|jointly)\s+)?$")


def _group_set_up(doc: ExtractionDoc, s0: int, s1: int) -> None:
    """A group a body sets up is that body's sub-group: the maker is the body the sentence names as setting it up,
    else (a resolution to set one up) the meeting's own body. A council or its cabinet is no parent: its new
    group is its own part, which this reading does not decide."""
    found = [(m, _written_maker(doc, s0, m, before=True)) for m in _SET_UP.finditer(doc.text, s0, s1)]
    found += [(m, _written_maker(doc, s0, m, before=False)) for m in _SET_UP_BY.finditer(doc.text, s0, s1)]
    for m, maker in found:
        bare = maker is not None and len(maker.name.split()) == 1  # "the Board": a kind, named elsewhere
        named = _referred_maker(doc, s0, maker) if bare else doc.resolver.entity(maker) if maker is not None else None
        if named is not None and named.kind != "body":
            continue
        # a maker written but not known ("the Partnership" of several) leaves the group's parent unsaid
        owner = named if maker is not None else _setting_up_body(doc, s0, s1, m)
        if owner is None or _NEGATIVE.search(doc.text[s0 : m.start()]):
            continue
        if named is not None and _is_council(owner):
            continue
        name = " ".join(f"{m.group('name')}{m.group('head')}".split())
        if not name[:1].isupper():
            continue
        if name.split()[0].casefold() in ("the", "a", "an", "its", "their") or name.split()[0].islower():
            name = " ".join(name.split()[1:])
        if not name[:1].isupper() or len(name.split()) < 2 and named is None:
            continue  # "a Group" with no name of its own and no maker named: nothing to tell it by
        group = doc.resolver.body_named(name)
        if group.kind == "body" and group.iri != owner.iri:
            end = m.end() if m.re is _SET_UP else _maker_end(doc, m)
            doc.add(group, "subgroup_of", owner, min(m.start(), owner_start(doc, s0, m)), end,
                    "structure:group_set_up", 0.8)


def _written_maker(doc: ExtractionDoc, s0: int, m: re.Match, *, before: bool) -> Mention | None:
    """The body the sentence writes as making the group of M: the one straight before the verb ("The Partnership
    has set up a ...") or straight after "set up by"; None when the sentence writes no maker there."""
    mentions = [x for x in doc.mentions(s0, m.end() + 120) if x.kind == "body"]
    if before:
        maker = next((x for x in reversed(mentions) if x.end <= m.start()), None)
        return maker if maker is not None and _MAKER_GAP.fullmatch(doc.text, maker.end, m.start()) else None
    return next((x for x in mentions if x.start == m.end()), None)


def _referred_maker(doc: ExtractionDoc, s0: int, maker: Mention) -> Entity | None:
    """The body "the Board" or "the Partnership" stands for as a group's maker: the one body of that kind the same
    passage named before it, else the meeting's own body of that kind; else the paper does not say (a partnership
    named paragraphs before may not be the one meant)."""
    head = maker.name.split()[-1]
    earlier = {e.iri: e for x in doc.mentions(s0, maker.start) if x.kind == "body" and len(x.name.split()) > 1
               and x.name.split()[-1] == head for e in [doc.resolver.entity(x)] if e is not None and e.kind == "body"}
    if len(earlier) == 1:
        return next(iter(earlier.values()))
    own = doc.resolver.body
    if not earlier and own is not None and own.kind == "body" and own.name.split()[-1] == head:
        return own
    return None


def _maker_end(doc: ExtractionDoc, m: re.Match) -> int:
    """The end of the maker's name written straight after "set up by", so the quote names it."""
    return next((x.end for x in doc.mentions(m.end(), m.end() + 120) if x.start == m.end()), m.end())


def owner_start(doc: ExtractionDoc, s0: int, m: re.Match) -> int:
    """Where the evidence of a set-up group starts: at the maker named before the verb, so the quote names it."""
    mentions = [x for x in doc.mentions(s0, m.start()) if x.kind == "body" and x.end <= m.start()]
    if mentions and _MAKER_GAP.fullmatch(doc.text, mentions[-1].end, m.start()):
        return mentions[-1].start
    return m.start()


def _is_council(e: Entity) -> bool:
    """E is a council or a council's cabinet or executive."""
    words = e.name.split()
    return bool(words) and words[-1] in ("Council", "Cabinet", "Executive")


def _setting_up_body(doc: ExtractionDoc, s0: int, s1: int, m: re.Match) -> Entity | None:
    """The meeting's own body; else the one body the sentence names besides the group ("before the Partnership
    next meets")."""
    if doc.resolver.body is not None and doc.resolver.body.kind == "body":
        return doc.resolver.body
    named = {e.iri: e for x in doc.mentions(s0, s1) if x.kind == "body" and not (m.start() <= x.start < m.end())
             for e in [doc.resolver.entity(x)] if e is not None and e.kind == "body"}
    return next(iter(named.values())) if len(named) == 1 else None


_NEGATIVE = re.compile(r"(?i)\b(?:not|no longer|declined|rejected|instead of)\b")
# an appendix heading "Terms of reference Joint Case Review Panel": the body's constitution carries its groups' terms
_TOR_HEADING = re.compile(r"^\s*Terms\s+of\s+[Rr]eference\s*[:\-–]?\s+(?:for\s+(?:the\s+)?|of\s+(?:the\s+)?)?"
                          r"(?P<name>[A-Z][\w&'’-]*(?:\s+(?:[A-Z][\w&'’-]*|and|of|for|from|on|in|the|to|&)){1,8})\s*$")


def _group_terms_of_reference(doc: ExtractionDoc) -> None:
    """Two or more "Terms of reference <group>" headings in a body's own paper are its groups' terms."""
    owner = doc.resolver.body
    if owner is None or owner.kind != "body":
        return
    found = [(ln, m) for ln in doc.layout.lines if ln.kind != "row" and (m := _TOR_HEADING.match(ln.text))]
    if len(found) < 2:
        return
    for ln, m in found:
        name = m.group("name")
        if re.search(r"(?i)\b(?:pdf|kb|page|appendix)\b", name):
            continue
        group = doc.resolver.body_named(name)
        if group.kind == "body" and group.iri != owner.iri and group.name != owner.name:
            doc.add(group, "subgroup_of", owner, ln.start, ln.end, "structure:group_terms", 0.75)


# the four strands of the national counter-terrorism strategy: named together, they are its strands, wherever the
# paper lists them ("the 4 P's: Prevent, Pursue, Protect and Prepare")
_CONTEST_STRANDS = frozenset({"Prevent", "Pursue", "Protect", "Prepare"})


def _contest_strands(doc: ExtractionDoc, s0: int, s1: int) -> None:
    if not re.search(r"\bCONTEST\b|\bContest\b", doc.text):
        return  # the strategy is not named in the paper: whose strands these are is left unsaid
    strands = {}
    for m in doc.mentions(s0, s1):
        e = doc.resolver.entity(m) if m.kind == "topic" else None
        if e is not None and e.name in _CONTEST_STRANDS:
            strands.setdefault(e.name, (m, e))
    if set(strands) != _CONTEST_STRANDS:
        return
    contest = doc.resolver.topic("CONTEST")
    if contest is None:
        return
    first = min(m.start for m, _ in strands.values())
    last = max(m.end for m, _ in strands.values())
    for _, strand in strands.values():
        doc.add(strand, "part_of", contest, first, last, "structure:contest_strands", 0.85)


# "The Board confirmed that it is a sub-group of the Safer Eastholme Partnership and reports to it quarterly": what
# the body says of "it" is said of itself
_SAID_OF_ITSELF = re.compile(r"\s+(?:has\s+|had\s+)?(?:confirmed|noted|explained|stated|agreed|clarified|said|"
                             r"reported|recognised|acknowledged)\s+that\s+it\s+(?:is|was|remains|would\s+be)\s+"
                             r"(?:a|one\s+of\s+the|the)\s+(?:sub-?\s?groups?|sub-?committees?|theme\s+groups?|"
                             r"delivery\s+groups?)\s+of\s+(?:the\s+)?", re.I)


def _said_of_itself(doc: ExtractionDoc, s0: int, s1: int) -> None:
    from .clauses import SUBJECT_LEAD

    mentions = doc.mentions(s0, s1)
    first = next((m for m in mentions if m.kind == "body"), None)
    if first is None or not SUBJECT_LEAD.match(doc.text[s0 : first.start]):
        return
    m = _SAID_OF_ITSELF.match(doc.text, first.end, s1)
    parent_mention = next((x for x in mentions if m is not None and x.start == m.end() and x.kind == "body"), None)
    if parent_mention is None:
        return
    group, parent = doc.resolver.entity(first), doc.resolver.entity(parent_mention)
    if group is None or parent is None or group.kind != "body" or parent.kind != "body" or group.iri == parent.iri:
        return
    doc.add(group, "subgroup_of", parent, first.start, parent_mention.end, "structure:said_of_itself", 0.8)
    to_it = _AND_TO_IT.match(doc.text, parent_mention.end, s1)
    if to_it:
        doc.add(group, "reports_to", parent, first.start, to_it.end(), "structure:said_of_itself", 0.8)


# "comments made by Mr Tom Vale CC on behalf of the Labour Group": the person speaks for the body named
_ON_BEHALF = re.compile(r"\s*(?:[A-Z]{2,4}\s+)?,?\s*on\s+behalf\s+of\s+(?:the\s+)?")


def _on_behalf_of(doc: ExtractionDoc, s0: int, s1: int) -> None:
    mentions = doc.mentions(s0, s1, expect_person=True)
    for i, x in enumerate(mentions[:-1]):
        if x.kind != "person":
            continue
        m = _ON_BEHALF.match(doc.text, x.end, s1)
        body = mentions[i + 1] if m is not None and mentions[i + 1].start == m.end() else None
        if body is None or body.kind not in ("body", "name") or (body.kind == "name" and (
                len(body.name.split()) < 2 or looks_like_person(body.name.split()))):
            continue
        # "on behalf of the Labour Group": a named group speaks through the person
        e = doc.resolver.entity(body) if body.kind == "body" else doc.resolver.body_named(body.name)
        if e is None or e.kind != "body":
            continue
        person = doc.resolver.known_person(x.name) or doc.resolver.person(x)
        doc.add(e, "represented_by", person, x.start, body.end, "structure:on_behalf_of", 0.8)
