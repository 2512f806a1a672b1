"""Check gold sets against the written conventions of examples/CONVENTIONS.md.

Usage: python3 bench/gold_conventions.py SET_DIR [SET_DIR ...] [--fix] [--quiet]

A SET_DIR holds docs/*.txt and parts/*_facts.jsonl (+ *_aliases.json), as examples/heldout*/ and the dev corpus
do. For each set the script lists the gold facts that break a rule ("break") and the facts a rule says the paper
states but the gold lacks ("gap"), one line each, and a count per rule. It exits 1 when any set has a finding.

--fix applies the mechanical repairs (each finding that carries one) to parts/*_facts.jsonl in place; findings
without a repair need a reading of the paper. Run it on the dev corpus to see the reference hold to the rules.
"""

from __future__ import annotations

import argparse
import json
import re
import sys
from collections import Counter, defaultdict
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from pathlib import Path

RULES = {
    "A": "priority_of goes to the one owner the statement names (plan or body), never to both",
    "B": "a council's team or unit named as the council's is part_of the council",
    "C": "the accountable body is not the grant's recipient: funds goes to the body it is for",
    "D": "a 'Delivered by' cell gives delivers provider -> the row's project",
    "E": "a committee's scrutiny of a partnership is other (scrutinises), never oversees",
    "F": "a joint meeting of two bodies is a meeting of each: attendance goes to both, to no invented node",
    "G": "a post does not chair beside its named holder: the person chairs",
    "H": "endorses / recommends / comments on is other, not produces",
    "I": "'reports to' alone is reports_to, not subgroup_of",
    "J": "the PCC produces the Police and Crime Plan the paper names as the PCC's",
    "K": "a report's named author produces the report",
}

_PLAN = re.compile(r"\b(plan|strategy|agreement|assessment|framework|compact|programme|fund)\b", re.I)
_UNIT = re.compile(r"\b(team|unit|service|directorate|department|section)$", re.I)
_SCRUTINY = re.compile(r"scrutin|crime and disorder (committee|function)", re.I)
_PCC_PLAN = re.compile(r"police,? (?:fire and |and )?crime(?: and justice)? plan|police, crime and justice plan", re.I)
_PCC_OWN = re.compile(r"(?:commissioner|pcc|pfcc|mayor)['’]s (?:new |current |refreshed |draft |latest |own )?"
                      r"(?:\d{4}[-–/]\d{2,4} )?police,? (?:fire and |and )?crime(?: and justice)? plan"
                      r"|\b(?:his|her) (?:new |current |refreshed |draft |own )?police,? (?:fire and |and )?crime"
                      r"(?: and justice)? plan"
                      r"|(?:commissioner|pcc|pfcc)\b[^.]{0,60}\b(?:set|sets|setting|prepar\w*|publish\w*|launch\w*|"
                      r"issu\w*|draft\w*|wrote|writ\w*)\b[^.]{0,20}police,? (?:fire and |and )?crime"
                      r"(?: and justice)? plan", re.I)
_AUTHOR = re.compile(r"^\s*(?:report author|author|report by|report of|lead officer and author)\s*[:\-–]\s*(.+)$",
                     re.I | re.M)
_ENDORSE = re.compile(r"\b(endors|recommend|commented|comments on|noted|welcomed|consulted)", re.I)
_MAKE = re.compile(r"\b(draft|prepar|produc|publish|approv|adopt|agreed|agree|sign|wrote|written|writ|develop|"
                   r"set out|sets out|launch|refresh|review|update|compil|own)", re.I)
# what makes a group the parent's own: called a sub-group, the parent has / runs / set up its groups, the group
# sits beneath it, or a structure chart draws it under the parent ("+--", "|--")
_SUBGROUP_CUE = re.compile(r"sub-? ?group|sub-committee|subcommittee|theme group|task(?:ing)? and finish|"
                           r"\bits\b|\bha(?:s|ve) (?:\w+ ){0,2}(?:three|two|four|five|six|several|\d) |\bruns\b|"
                           r"set up|sits? (?:under|within|beneath|below)|beneath|under the|within the|part of|"
                           r"structure|delivery groups? of|^[\s|]*[+|`\\]-", re.I)
_REPORT_ONLY = re.compile(r"\breport(?:s|ing)? (?:in)?to\b|\baccountable to\b|\breports? into\b", re.I)
_JOINT = re.compile(r"joint (?:meeting|workshop|development workshop|session)|meeting of the two", re.I)
_NOT_SOURCE = r"(?:(?!set out|\bas\b|\bwhich\b)[^.:;])"
_PLAN_OWNS = re.compile(
    r"\b(?:plan|strategy|agreement)\b" + _NOT_SOURCE + r"{0,60}\b(?:sets|sets out|has|identifies|includes|contains|"
    r"focuses|names|lists|establishes|keeps)\b[^.:;]{0,40}priorit"
    r"|priorit\w*\s+(?:of|in|under|within)\s+(?:the|this|its|our|their)\s+" + _NOT_SOURCE +
    r"{0,50}\b(?:plan|strategy|agreement)\b"
    r"|\b(?:plan|strategy|agreement)['’]s\s+(?:\w+\s+){0,3}priorit", re.I)
_BODY_OWNS = re.compile(
    r"\b(?:partnership|board|csp|commissioner|pcc|group|forum)['’]s?\s+(?:\w+\s+){0,3}priorit"
    r"|priorit\w*\s+of\s+the\s+(?:(?-i:[A-Z]{2,})\b|(?:\w+\s+){0,5}(?:partnership|board|commissioner|group)\b)"
    r"(?!['’]|\s+(?:plan|strategy|agreement)\b)"
    r"|\b(?:partnership|board|csp|commissioner|pcc|group)\b(?!['’]?s?\s+(?:[\w-]+\s+){0,2}(?:plan|strategy|agreement)\b)"
    # a verb after "which" has the relative clause's head as subject ("the plan, which the Board owns and which
    # sets out ..."), not the body
    r"(?:(?!\bwhich\b)[^.:;]){0,40}\b(?:has|have|agreed|set|sets|identified|"
    r"chose|adopted|selected|picked)\b[^.:;]{0,30}priorit", re.I)
_POSSESSIVE_PRIORITY = re.compile(r"(\b[\w&]+)['’]s (?:\w+ ){0,3}priorit", re.I)


def _space(text: str) -> str:
    return re.sub(r"\s+", " ", text).strip()


@dataclass
class Finding:
    rule: str
    kind: str  # "break": a gold fact that breaks the rule; "gap": a fact the rule says is stated and gold lacks
    doc: str
    message: str
    fact_id: str | None = None
    repair: Callable[[GoldSet], None] | None = None


@dataclass
class GoldSet:
    root: Path
    files: dict[Path, list[dict]] = field(default_factory=dict)
    aliases: dict[str, list[str]] = field(default_factory=dict)
    docs: dict[str, str] = field(default_factory=dict)

    @classmethod
    def load(cls, root: Path) -> GoldSet:
        s = cls(root)
        for p in sorted((root / "parts").glob("*_facts.jsonl")):
            s.files[p] = [json.loads(line) for line in p.read_text(encoding="utf-8").splitlines() if line.strip()]
        for p in sorted((root / "parts").glob("*_aliases.json")):
            for k, v in json.loads(p.read_text(encoding="utf-8")).items():
                s.aliases.setdefault(k, []).extend(v)
        s.docs = {p.name: p.read_text(encoding="utf-8") for p in sorted((root / "docs").glob("*.txt"))}
        return s

    @property
    def facts(self) -> list[dict]:
        return [f for fs in self.files.values() for f in fs]

    def names(self, canonical: str) -> list[str]:
        return [canonical, *self.aliases.get(canonical, [])]

    def file_of(self, fact: dict) -> Path:
        return next(p for p, fs in self.files.items() if any(f is fact for f in fs))

    def drop(self, fact: dict) -> None:
        p = self.file_of(fact)
        self.files[p] = [f for f in self.files[p] if f is not fact]

    def add(self, like: dict, **fields: str) -> dict:
        """A new fact in the file of `like`, with an id after the last of its paper's."""
        p = self.file_of(like)
        doc = fields.get("doc", like["doc"])
        same = [f for f in self.files[p] if f["doc"] == doc]
        last = max(same, key=lambda f: f["id"])["id"]
        m = re.match(r"(.*?)(\d+)$", last)
        n, width = (int(m.group(2)), len(m.group(2))) if m else (len(same), 3)
        if m:
            # after the highest id of this numbering in the file, so that an id a dropped fact had is not reused
            n = max(int(x.group(2)) for f in self.files[p] if (x := re.match(r"(.*?)(\d+)$", f["id"]))
                    and x.group(1) == m.group(1))
        ids = {f["id"] for f in self.files[p]}
        while True:
            n += 1
            new_id = f"{m.group(1) if m else last + '_'}{n:0{width}d}"
            if new_id not in ids:
                break
        new = {"id": new_id, "doc": doc, "subject": "", "relation": "", "object": "", "evidence": "",
               "when": like["when"], "area": like["area"]}
        new.update(fields)
        idx = self.files[p].index(max(same, key=lambda f: f["id"]))
        self.files[p].insert(idx + 1, new)
        return new

    def save(self) -> None:
        for p, fs in self.files.items():
            p.write_text("".join(json.dumps(f, ensure_ascii=False) + "\n" for f in fs), encoding="utf-8")


def _mentions(text: str, names: Iterable[str]) -> bool:
    low = _space(text).lower()
    for n in names:
        n = n.strip()
        if len(n) >= 3 and re.search(r"(?<![\w])" + re.escape(n.lower()) + r"(?![\w])", low):
            return True
    return False


def _sentence_with(text: str, pattern: re.Pattern[str] | str) -> str | None:
    """The whitespace-normalised sentence (or line) of `text` holding the first match of `pattern`."""
    flat = _space(text)
    m = re.search(pattern, flat, re.I) if isinstance(pattern, str) else pattern.search(flat)
    if not m:
        return None
    start = max(flat.rfind(". ", 0, m.start()) + 2, 0) if flat.rfind(". ", 0, m.start()) >= 0 else 0
    end = flat.find(". ", m.end())
    end = len(flat) if end < 0 else end + 1
    return flat[start:end].strip()


def _around(text: str, evidence: str) -> str | None:
    """The whitespace-normalised sentence of `text` that holds the quote `evidence`, whole: a rule whose deciding
    words stand beside the quote (a list's lead-in, the holder after a post) reads this, not the quote alone."""
    ev = _space(evidence)
    if not ev:
        return None
    # within its paragraph: a blank line ends a statement as a full stop does
    paragraph = next((p for p in re.split(r"\n\s*\n", text) if ev in _space(p)), None)
    sentence = _sentence_with(paragraph, re.escape(ev)) if paragraph else None
    if not sentence:
        return None
    # headings above carry no full stop: what runs on before the quote is cut at 200 characters; a sentence that
    # runs on over a whole list or table after it is no one statement
    i = sentence.find(ev)
    sentence = sentence[max(0, i - 200):]
    return sentence if len(sentence) <= len(ev) + 500 else None


def _is_plan(name: str) -> bool:
    return bool(_PLAN.search(name))


# --- rules -------------------------------------------------------------------------------------------------------

def rule_a(s: GoldSet) -> list[Finding]:
    out: list[Finding] = []
    by: dict[tuple[str, str], list[dict]] = defaultdict(list)
    for f in s.facts:
        if f["relation"] == "priority_of":
            # one statement read twice; two statements may give one topic to two owners
            by[(f["doc"], f["subject"].lower(), _space(f["evidence"]))].append(f)
    for (doc, _, _), fs in by.items():
        plans = [f for f in fs if _is_plan(f["object"])]
        bodies = [f for f in fs if not _is_plan(f["object"])]
        if plans and bodies:
            for f in fs:
                out.append(Finding("A", "break", doc, f"priority given to both plan and body: {f['subject']!r} -> "
                                   f"{f['object']!r}", f["id"]))
    for f in s.facts:
        if f["relation"] != "priority_of":
            continue
        lead = _priority_lead_in(s.docs.get(f["doc"], ""), f["evidence"])
        if lead:
            owner, sentence = lead
            if owner != ("plan" if _is_plan(f["object"]) else "body"):
                other = _owner_named(s, f, sentence, want_plan=owner == "plan")
                out.append(Finding("A", "break", f["doc"], f"the statement gives the priorities to the {owner}, gold "
                                   f"gives {f['object']!r}: {f['subject']!r} ({sentence[-80:]!r})", f["id"],
                                   repair=_retarget_priority(f, other) if other else None))
            continue
        m = _POSSESSIVE_PRIORITY.search(f["evidence"])
        if not m or m.group(1).lower() in ("its", "our", "their", "council", "area", "borough", "city", "county"):
            continue
        owner_is_plan = _is_plan(m.group(1))
        if owner_is_plan != _is_plan(f["object"]):
            out.append(Finding("A", "break", f["doc"], f"evidence names {m.group(1)!r} as owner, gold gives "
                               f"{f['object']!r}: {f['subject']!r}", f["id"]))
    return out


# what stands just before a list's item: its number or letter, a bullet, or the lead-in's colon or the last
# item's semicolon
_LIST_ITEM = re.compile(r"(?:^|\s)(?:\d{1,2}[.)]|\(?[a-h]\)|[-*•]|[:;])\s*$")


def _priority_lead_in(text: str, evidence: str) -> tuple[str, str] | None:
    """('plan' or 'body', the sentence) when the statement naming a priority, or the last sentence about
    priorities before a listed one, gives them to a plan or to a body (and not to both)."""
    flat, ev = _space(text), _space(evidence)
    i = flat.find(ev)
    if i < 0:
        return None
    if re.search(r"priorit", ev, re.I):
        window = ev
    elif len(ev.split()) >= 12 and not _LIST_ITEM.search(flat[max(0, i - 6):i]):
        return None  # a whole sentence that names no priorities says who owns its topic itself
    else:
        # a short topic, or an item of a list however long: the list's lead-in names the owner
        window = flat[max(0, i - 350):i]
    sentences = [x for x in re.split(r"(?<=[.])\s", window) if re.search(r"priorit", x, re.I)]
    if not sentences:
        return None
    last = sentences[-1]
    plan, body = bool(_PLAN_OWNS.search(last)), bool(_BODY_OWNS.search(last))
    if plan == body:
        return None
    return ("plan" if plan else "body"), last


def _owner_named(s: GoldSet, fact: dict, sentence: str, want_plan: bool) -> str | None:
    """The one gold entity of the fact's paper that the owner sentence names, of the kind wanted."""
    entities = {e for f in s.facts if f["doc"] == fact["doc"] for e in (f["subject"], f["object"])}
    named = {e for e in entities if _is_plan(e) == want_plan and e != fact["subject"]
             and not re.search(r"council$|committee$", e, re.I) and _mentions(sentence, s.names(e))}
    # the longest name wins over a shorter one it contains ("X Partnership Plan" over "X Partnership")
    named = {e for e in named if not any(o != e and e in o for o in named)}
    return named.pop() if len(named) == 1 else None


def _retarget_priority(fact: dict, owner: str) -> Callable[[GoldSet], None]:
    def repair(s: GoldSet) -> None:
        if any(g is not fact and g["doc"] == fact["doc"] and g["relation"] == "priority_of"
               and g["subject"] == fact["subject"] and g["object"] == owner for g in s.facts):
            s.drop(fact)
            return
        fact["object"] = owner
        fact["note"] = (fact.get("note", "") + "; " if fact.get("note") else "") + \
            "the statement gives the priorities to this owner (CONVENTIONS.md A)"
    return repair


def rule_b(s: GoldSet) -> list[Finding]:
    out: list[Finding] = []
    councils = {e for f in s.facts for e in (f["subject"], f["object"])
                if re.search(r"\bcouncil$", e, re.I) or re.match(r"(?:borough|city|county|district|royal borough|"
                                                                   r"london borough) (?:council )?of ", e, re.I)}
    part_of = {(f["doc"], f["subject"], f["object"]) for f in s.facts if f["relation"] == "part_of"}
    seen: set[tuple[str, str]] = set()
    for f in s.facts:
        for unit in (f["subject"], f["object"]):
            if (f["doc"], unit) in seen or not _UNIT.search(unit):
                continue
            seen.add((f["doc"], unit))
            council = next((c for c in sorted(councils, key=len, reverse=True)
                            if unit.lower().startswith(c.lower() + " ") or unit.lower().startswith(c.lower() + "'s ")),
                           None)
            if not council or (f["doc"], unit, council) in part_of:
                continue
            rest = unit[len(council):].lstrip("'’s ").strip()
            pat = "(?:" + "|".join(re.escape(n) for n in [*s.names(council), "the Council", "the council"]
                                   if len(n) > 3) + r")['’]s? " + re.escape(rest)
            sentence = _sentence_with(s.docs.get(f["doc"], ""), pat)
            if not sentence:
                continue
            out.append(Finding("B", "gap", f["doc"], f"{unit!r} named as the council's, no part_of {council!r}",
                               repair=_adder(f, subject=unit, relation="part_of", object=council, evidence=sentence,
                                             note="named as the council's own team or unit (CONVENTIONS.md B)")))
    return out


def _adder(like: dict, **fields: str) -> Callable[[GoldSet], None]:
    def repair(s: GoldSet) -> None:
        if any(f["doc"] == like["doc"] and f["subject"] == fields["subject"] and f["relation"] == fields["relation"]
               and f["object"] == fields["object"] for f in s.facts):
            return
        s.add(like, **fields)
    return repair


def rule_c(s: GoldSet) -> list[Finding]:
    out: list[Finding] = []
    accountable = {}
    for f in s.facts:
        if f["relation"] == "other" and re.search(r"accountable body", f.get("note", ""), re.I):
            accountable[(f["doc"], f["subject"])] = f["object"]
    for f in s.facts:
        if f["relation"] not in ("funds", "funding_amount"):
            continue
        rec = f["object"] if f["relation"] == "funds" else f.get("recipient", "")
        body = accountable.get((f["doc"], rec))
        # only a council holding a partnership's or board's money: a note the other way round, or one naming a
        # grant as what the council is accountable for, says nothing about a recipient
        if not body or not re.search(r"partnership|board|forum|\bcsp\b|group|hub", body, re.I) \
                or not re.search(r"council|authority", rec, re.I):
            continue
        said = " ".join([f["evidence"], f.get("note", ""),
                         _accountable_beside(s.docs.get(f["doc"], ""), f["evidence"], rec, s.names(body))])
        if f["subject"] == body:
            continue  # the partnership's own spending through the council it sits in is no grant to hold
        # a council that also delivers a project from the grant it holds is that project's provider: the
        # level of such a row (project or provider) is left as each set has it
        if not re.search(r"accountable", said, re.I) or re.search(r"\bdelivered by\b", said, re.I):
            continue
        out.append(Finding("C", "break", f["doc"], f"{f['relation']} to the accountable body {rec!r}, "
                           f"the grant is for {body!r}", f["id"], repair=_retarget(f, rec, body)))
    return out


_AS_ACCOUNTABLE = re.compile(r"\b(?:as|is the|acts as)\b[^.|]{0,30}\baccountable body", re.I)
_OTHER_GRANT = re.compile(r"\b(?:further|also|another|second|separate|additional)\b", re.I)


def _accountable_beside(text: str, evidence: str, council: str, body: list[str]) -> str:
    """The words beside a grant's quote that make the council its accountable body ("" when the paper does not
    say): the rest of the quote's sentence, or the next sentence of its paragraph unless that brings in another
    grant, when it names the body; or the table cell below the council's (a wrapped "(as | accountable body)")."""
    ev = _space(evidence)
    # within the quote's paragraph: a blank line ends what the statement can say
    flat = next((_space(p) for p in re.split(r"\n\s*\n", text) if ev and ev in _space(p)), "")
    i = flat.find(ev) if ev else -1
    if i < 0:
        return ""
    after = flat[i:].split(". ", 2)
    near = [after[0]]
    # the next sentence speaks of the same grant ("The Council holds that allocation as accountable body ...")
    # unless it brings in another one; the sentence before may be about any grant of the paper, and is not read
    if len(after) > 1 and not _OTHER_GRANT.search(after[1]):
        near.append(after[1])
    # the neighbouring sentence must name the body it holds the money for: "as accountable body" alone may be
    # the council's role for some other grant of the paper
    said = [x for x in near if _AS_ACCOUNTABLE.search(x) and _mentions(x, body)]
    said += _cell_below(text, evidence, council)
    return " ".join(said)


def _cell_below(text: str, evidence: str, council: str) -> list[str]:
    """The table cell under the council's name on the quote's row, when it continues the name."""
    first = _space(evidence.splitlines()[0]) if evidence.strip() else ""
    lines = text.splitlines()
    for n, line in enumerate(lines[:-1]):
        if first and first in _space(line):
            col = line.find(council.split(",")[0][:12])
            if col < 0:
                return []
            below = lines[n + 1]
            cell = below[col:].split("|")[0] if len(below) > col else ""
            return [cell] if re.search(r"accountable", cell, re.I) else []
    return []


def _retarget(fact: dict, old: str, new: str) -> Callable[[GoldSet], None]:
    def repair(s: GoldSet) -> None:
        if fact["relation"] == "funds":
            if any(g is not fact and g["doc"] == fact["doc"] and g["relation"] == "funds"
                   and g["subject"] == fact["subject"] and g["object"] == new for g in s.facts):
                s.drop(fact)
                return
            fact["object"] = new
        else:
            fact["recipient"] = new
        fact["note"] = (fact.get("note", "") + "; " if fact.get("note") else "") + \
            f"paid to {old} as accountable body for {new} (CONVENTIONS.md C)"
    return repair


_PROVIDER_COL = re.compile(r"delivered by|provider|delivery partner|run by|recipient|organisation|grantee", re.I)
_BODY = re.compile(r"partnership$|council$|board$|committee$|\bgrant\b|\bfund\b|\ballocation\b", re.I)
_PROJECT_COL = re.compile(r"project|purpose|scheme|service|initiative|activity", re.I)


def _table_rows(text: str) -> Iterable[tuple[list[str], list[str], list[str]]]:
    """(header cells, row cells, the row's raw lines) of every pipe table; a row whose first cell is empty
    continues the one above (cells wrapped onto the next line)."""
    lines = text.splitlines()
    for i, line in enumerate(lines):
        if "|" not in line or re.search(r"£|\d{3}", line) or not _PROVIDER_COL.search(line):
            continue
        # a table drawn with a leading bar has an empty first part on every line; one without it has an empty
        # first cell only on a wrapped line
        lead = line.strip().startswith("|")
        head = _cells(line, None, lead)
        rows: list[tuple[list[str], list[str]]] = []
        for nxt in lines[i + 1:]:
            if not nxt.strip():
                if rows:
                    break
                continue
            if "|" not in nxt:
                break
            if re.fullmatch(r"[\s|+=\-]*", nxt):
                continue
            cells = _cells(nxt, len(head), lead)
            if len(cells) != len(head):
                break
            if rows and not cells[0] and any(cells):
                rows[-1] = ([f"{a} {b}".strip() for a, b in zip(rows[-1][0], cells, strict=True)],
                            [*rows[-1][1], nxt])
            else:
                rows.append((cells, [nxt]))
        for cells, raw in rows:
            yield head, cells, raw


def _cells(line: str, width: int | None, lead: bool) -> list[str]:
    parts = line.split("|")
    if lead:
        parts = parts[1:]
    if line.strip().endswith("|") and (width is None or len(parts) > width):
        parts = parts[:-1]
    cells = [c.strip() for c in parts]
    return cells + [""] * ((width or 0) - len(cells))


def _entity_of_cell(s: GoldSet, cell: str, entities: Iterable[str]) -> str | None:
    """The gold entity a (possibly wrapped or cut) table cell names: the longest name the cell starts with,
    or that starts with the cell."""
    c = re.sub(r"-\s+", "", _space(cell)).lower()
    # a name the whole cell starts with beats a longer name that merely starts with the cell
    best: tuple[int, int, str] | None = None
    for e in entities:
        for n in s.names(e):
            n2 = n.lower()
            if len(n2) < 4:
                continue
            rank = 2 if c == n2 else 1 if c.startswith(n2) else 0 if len(c) >= 10 and n2.startswith(c) else -1
            if rank >= 0 and (best is None or (rank, len(n2)) > best[:2]):
                best = (rank, len(n2), e)
    return best[2] if best else None


def rule_d(s: GoldSet) -> list[Finding]:
    out: list[Finding] = []
    for doc, text in s.docs.items():
        facts = [f for f in s.facts if f["doc"] == doc]
        entities = {e for f in facts for e in (f["subject"], f["object"]) if e[:1].isalpha()}
        delivers = {(f["subject"], f["object"]) for f in facts if f["relation"] == "delivers"}
        funded = {f["object"] for f in facts if f["relation"] == "funds"}
        for head, cells, raw in _table_rows(text):
            low = [h.lower() for h in head]
            prov = next((i for i, h in enumerate(low) if re.search(r"delivered by|provider|delivery partner|run by",
                                                                     h)), None)
            if prov is None:
                prov = next((i for i, h in enumerate(low) if re.search(r"recipient|organisation|grantee", h)),
                            None)
            proj = next((i for i, h in enumerate(low) if _PROJECT_COL.search(h) and i != prov), None)
            if prov is None or proj is None or re.search(r"\btotal", " ".join(cells), re.I) \
                    or re.search(r"\b(post|role|name|member|title)\b", " ".join(low)):
                continue
            provider = _entity_of_cell(s, cells[prov], entities)
            project = _entity_of_cell(s, cells[proj], entities)
            # a body or a grant in the project column is a recipient's share, not a service delivered
            if not provider or not project or provider == project or project not in funded \
                    or _is_plan(project) or _BODY.search(project):
                continue
            # a unit named in brackets in the provider cell may be the one the gold has deliver it
            if any((e, project) in delivers for e in entities if _mentions(cells[prov], s.names(e))) \
                    or (provider, project) in delivers:
                continue
            evidence = _space(raw[0])
            out.append(Finding("D", "gap", doc, f"row {evidence[:50]!r}: no delivers {provider!r} -> {project!r}",
                               repair=_adder(facts[0], subject=provider, relation="delivers", object=project,
                                             evidence=evidence, doc=doc,
                                             note="provider and project of one grant-table row (CONVENTIONS.md D)")))
    return out


def rule_e(s: GoldSet) -> list[Finding]:
    out: list[Finding] = []
    scrut = {(f["doc"], f["subject"]) for f in s.facts if f["relation"] == "other"
             and re.search(r"scrutin", f.get("note", ""), re.I)}
    for f in s.facts:
        # the designated committee's own function ("responsible_for crime and disorder scrutiny") is a function the
        # README's responsible_for covers; only oversight read into scrutiny breaks the README's ambiguity 13
        if f["relation"] != "oversees":
            continue
        if not (_SCRUTINY.search(f["object"]) or re.search(r"crime and disorder committee", f["evidence"], re.I)):
            continue
        if not re.search(r"committee|panel|board|commission|council|scrutiny", f["subject"], re.I):
            continue
        out.append(Finding("E", "break", f["doc"], f"{f['relation']} {f['subject']!r} -> {f['object']!r}", f["id"],
                           repair=_to_other(f, "scrutinises (acting as the crime and disorder committee)",
                                            drop=(f["doc"], f["subject"]) in scrut)))
    return out


def _to_other(fact: dict, note: str, drop: bool = False) -> Callable[[GoldSet], None]:
    def repair(s: GoldSet) -> None:
        if drop:
            s.drop(fact)
            return
        fact["relation"] = "other"
        fact["note"] = note + (f"; {fact['note']}" if fact.get("note") else "") + " (CONVENTIONS.md)"
    return repair


_JOINT_NODE = re.compile(r"\bjoint (?:meeting|workshop|development workshop|session)$", re.I)


def rule_f(s: GoldSet) -> list[Finding]:
    """A joint meeting of two bodies is a meeting of each: every attendance or apology goes to both bodies, and
    to no invented "joint meeting" node."""
    out: list[Finding] = []
    for doc, text in s.docs.items():
        if not _JOINT.search(_space(text[:1500])):
            continue
        facts = [f for f in s.facts if f["doc"] == doc and f["relation"] in ("attended", "apologies")]
        for f in facts:
            if _JOINT_NODE.search(f["object"]):
                out.append(Finding("F", "break", doc, f"{f['relation']} {f['subject']!r} given to a joint-meeting "
                                   f"node {f['object']!r}", f["id"]))
        counts = Counter(f["object"] for f in facts if not _JOINT_NODE.search(f["object"]))
        bodies = [b for b, _ in counts.most_common(2)]
        if len(bodies) < 2:
            continue
        given: dict[tuple[str, str], set[str]] = defaultdict(set)
        for f in facts:
            given[(f["subject"], f["relation"])].add(f["object"])
        for (person, rel), objs in given.items():
            if objs & set(bodies) and not set(bodies) <= objs:
                out.append(Finding("F", "gap", doc, f"{rel} {person!r} given to {sorted(objs & set(bodies))} "
                                   f"only, of the joint meeting's {bodies}"))
    return out


def rule_g(s: GoldSet) -> list[Finding]:
    out: list[Finding] = []
    holders: dict[tuple[str, str], set[str]] = defaultdict(set)
    for f in s.facts:
        if f["relation"] == "holds_post":
            holders[(f["doc"], f["object"])].add(f["subject"])
    for f in s.facts:
        if f["relation"] not in ("chairs", "vice_chair") or (f["doc"], f["subject"]) not in holders:
            continue
        named = _holder_named(s, f, holders[(f["doc"], f["subject"])])
        if not named:
            continue
        out.append(Finding("G", "break", f["doc"], f"post {f['subject']!r} {f['relation']} {f['object']!r} beside "
                           f"its holder {named[0]!r}", f["id"], repair=_to_holder(f, named[0])))
    return out


_CHAIR_WORD = {"chairs": re.compile(r"(?<!vice[- ])\bchair", re.I), "vice_chair": re.compile(r"vice[- ]?chair", re.I)}


_LISTED_CHAIR = re.compile(r"^(?:\(|\| ?|, ?)?(?:vice[- ]?)?chair(?:person)?\s*(?:\)|:|\||;|$)", re.I)


def _without(text: str, names: Iterable[str]) -> str:
    """`text` with the names taken out: a post called "Independent Chair" does not itself say who chairs."""
    for n in sorted(names, key=len, reverse=True):
        if len(n) >= 3:
            text = re.sub(re.escape(n), " ", text, flags=re.I)
    return text


def _holder_named(s: GoldSet, fact: dict, holders: set[str]) -> list[str]:
    """The one holder of the chairing post that the statement names: in the quote, else in the whole sentence
    around it (the holder's name after the quoted post), else on a line of the paper (an attendance list) that
    names the holder, the post and the chair together. Empty when the paper does not say."""
    text = s.docs.get(fact["doc"], "")
    around = _around(text, fact["evidence"]) or ""
    # from the quote on: a holder named before it, in the same run-on sentence, chairs something listed earlier
    for said in (fact["evidence"], around[around.find(_space(fact["evidence"])):]):
        named = [h for h in holders if _mentions(said, s.names(h))]
        if len(named) == 1:
            return named
        if named:
            return []
    chair = _CHAIR_WORD[fact["relation"]]
    # the line names the chaired body, or marks the chair as a list or table does ("(Chair)", "Chair:", a cell):
    # a line where the holder chairs some other body says nothing of this one
    named = {h for line in map(_space, text.splitlines()) if _mentions(line, s.names(fact["subject"]))
             and (m := chair.search(rest := _without(line, s.names(fact["subject"]))))
             and (_mentions(line, s.names(fact["object"]))
                  or _LISTED_CHAIR.search(rest[max(0, m.start() - 2):].lstrip()))
             for h in holders if _mentions(line, s.names(h))}
    return list(named) if len(named) == 1 else []


def _to_holder(fact: dict, person: str) -> Callable[[GoldSet], None]:
    def repair(s: GoldSet) -> None:
        if any(g is not fact and g["doc"] == fact["doc"] and g["relation"] == fact["relation"]
               and g["subject"] == person and g["object"] == fact["object"] for g in s.facts):
            s.drop(fact)
        else:
            fact["subject"] = person
    return repair


def rule_h(s: GoldSet) -> list[Finding]:
    out: list[Finding] = []
    for f in s.facts:
        if f["relation"] != "produces":
            continue
        note = f.get("note", "")
        said = note if note else ""
        if re.search(r"endors", said, re.I) and not _MAKE.search(said):
            out.append(Finding("H", "break", f["doc"], f"produces noted {note!r}: {f['subject']!r} -> "
                               f"{f['object']!r}", f["id"], repair=_to_other(f, "endorses / recommends")))
        elif not note and re.search(r"\bendorse", f["evidence"], re.I) and not _MAKE.search(f["evidence"]):
            out.append(Finding("H", "break", f["doc"], f"produces on an endorsement: {f['subject']!r} -> "
                               f"{f['object']!r}", f["id"], repair=_to_other(f, "endorses")))
    return out


def rule_i(s: GoldSet) -> list[Finding]:
    out: list[Finding] = []
    rep = {(f["doc"], f["subject"], f["object"]) for f in s.facts if f["relation"] == "reports_to"}
    for f in s.facts:
        if f["relation"] != "subgroup_of":
            continue
        if not _reports_only(s.docs.get(f["doc"], ""), f["evidence"], s.names(f["object"])):
            continue
        key = (f["doc"], f["subject"], f["object"])
        out.append(Finding("I", "break", f["doc"], f"subgroup_of on 'reports to' alone: {f['subject']!r} -> "
                           f"{f['object']!r}", f["id"], repair=_relabel(f, "reports_to", drop=key in rep)))
    return out


def _reports_only(text: str, evidence: str, parent: list[str]) -> bool:
    """The statement ties the group by "reports to" alone: the quote says so, or the quote is an item of a list
    whose lead-in ("... report to <parent>:") does, with no sub-group wording in either."""
    if _SUBGROUP_CUE.search(evidence):
        return False
    if _REPORT_ONLY.search(evidence):
        return True
    around = _around(text, evidence) or ""
    before = around[:around.find(_space(evidence))]
    if ":" not in before:
        return False
    lead = before[:before.rfind(":")]
    lead = lead[max(lead.rfind(";"), lead.rfind(":")) + 1:]
    return bool(_REPORT_ONLY.search(lead) and not _SUBGROUP_CUE.search(lead) and _mentions(lead, parent))


def _relabel(fact: dict, relation: str, drop: bool) -> Callable[[GoldSet], None]:
    def repair(s: GoldSet) -> None:
        if drop:
            s.drop(fact)
        else:
            fact["relation"] = relation
    return repair


def rule_j(s: GoldSet) -> list[Finding]:
    out: list[Finding] = []
    for doc, text in s.docs.items():
        if not _PCC_OWN.search(_space(text)):
            continue
        facts = [f for f in s.facts if f["doc"] == doc]
        if any(f["relation"] == "produces" and _PCC_PLAN.search(f["object"]) for f in facts):
            continue
        plans = sorted({e for f in facts for e in (f["subject"], f["object"]) if _PCC_PLAN.search(e)})
        pccs = sorted({e for f in facts for e in (f["subject"], f["object"])
                       if re.search(r"commissioner|mayor of|mayor's office", e, re.I)
                       and not re.search(r"office|deputy|panel|officer|chief exec", e, re.I)})
        sentence = _sentence_with(text, _PCC_OWN)
        repair = None
        if len(plans) == 1 and len(pccs) == 1 and sentence:
            repair = _adder(facts[0], subject=pccs[0], relation="produces", object=plans[0], evidence=sentence,
                            note="the plan named as the Commissioner's (CONVENTIONS.md J)")
        out.append(Finding("J", "gap", doc, f"the paper names the PCC's plan; no produces (PCC {pccs[:2]}, plan "
                           f"{plans[:2]})", repair=repair))
    return out


def rule_k(s: GoldSet) -> list[Finding]:
    out: list[Finding] = []
    # people and posts only: an author line also names teams and topics
    entities = {e for f in s.facts if f["relation"] == "holds_post" for e in (f["subject"], f["object"])}
    holders = {f["subject"] for f in s.facts if f["relation"] == "holds_post"}
    for doc, text in s.docs.items():
        facts = [f for f in s.facts if f["doc"] == doc]
        for m in _AUTHOR.finditer(text):
            line = m.group(1)
            named = [e for e in entities if e[:1].isupper() and _mentions(line, s.names(e))]
            people = [e for e in named if not re.search(
                r"council|partnership|board|team|service|office|commissioner|committee", e, re.I)]
            # the author line names a person, a post or both: one of them producing the report is enough (a post
            # qualified by its council's name is still the author's post)
            if not people or any(f["relation"] == "produces" and f["subject"] in named for f in facts):
                continue
            title = _paper_title(text)
            author = _author_of(line, people, holders)
            repair = None
            if title and author:
                repair = _adder(facts[0], subject=author, relation="produces", object=title,
                                evidence=_space(m.group(0)), note="report author (CONVENTIONS.md K)")
            out.append(Finding("K", "gap", doc, f"author {' / '.join(sorted(people))!r} produces nothing"
                               + (f"; the report is {title!r}" if title else ""), repair=repair))
    return out


_TITLE = re.compile(r"^\s*(?:title|subject|report title)\s*:\s*(.+)$", re.I | re.M)


def _paper_title(text: str) -> str | None:
    """The report's own name: the one "Title:" or "Subject:" field of the paper's head (None when there is none
    or more than one)."""
    head = "\n".join(text.splitlines()[:25])
    found = [_space(m.group(1)).rstrip(" .") for m in _TITLE.finditer(head)]
    return found[0] if len(found) == 1 and len(found[0].split()) >= 2 else None


def _author_of(line: str, people: list[str], holders: set[str]) -> str | None:
    """Who the author line names as writer: the one person on it, else the one post."""
    persons = [p for p in people if p in holders]
    if len(persons) == 1:
        return persons[0]
    posts = [p for p in people if p not in holders]
    return posts[0] if not persons and len(posts) == 1 else None


def basis(s: GoldSet) -> dict[str, str]:
    """Per rule, how the set's gold reads the statements that offer the choice (run on the dev corpus: the
    counts CONVENTIONS.md gives as each rule's basis)."""
    facts = s.facts
    out: dict[str, str] = {}
    agree = disagree = 0
    for f in facts:
        if f["relation"] == "priority_of":
            lead = _priority_lead_in(s.docs.get(f["doc"], ""), f["evidence"])
            if lead:
                same = lead[0] == ("plan" if _is_plan(f["object"]) else "body")
                agree, disagree = agree + same, disagree + (not same)
    pri = [f for f in facts if f["relation"] == "priority_of"]
    plan = sum(_is_plan(f["object"]) for f in pri)
    doubles = sum(1 for fd in rule_a(s) if "both plan and body" in fd.message)
    out["A"] = (f"priority_of {len(pri)}: to a plan/strategy/fund {plan}, to a body {len(pri) - plan}; owner named by "
                f"the statement or its lead-in: gold agrees {agree}, disagrees {disagree}; "
                f"same statement to both {doubles}")
    units = [f for f in facts if f["relation"] == "part_of" and re.search(
        r"team|unit|directorate|department|service|bcu", f["subject"], re.I)]
    out["B"] = (f"part_of from a unit or team to its organisation {len(units)}; "
                f"council units left without {len(rule_b(s))}")
    acc = sum(len(re.findall(r"accountable body", t, re.I)) for t in s.docs.values())
    out["C"] = f"'accountable body' in the papers {acc}; funds to an accountable body {len(rule_c(s))}"
    prose = 0
    prose_del = 0
    for f in facts:
        if f["relation"] == "funds" and re.search(r"£[\d,.]+ to (?:provide|deliver)", f["evidence"]):
            prose += 1
            prose_del += any(g["relation"] == "delivers" and g["subject"] == f["object"] and g["doc"] == f["doc"]
                             for g in facts)
    rows = list(rule_d(s))
    out["D"] = (f"grants to a named body 'to provide/deliver' a service {prose}, with delivers {prose_del}; "
                f"provider/recipient + project table rows without delivers {len(rows)}")
    scrut = sum(f["relation"] == "other" and bool(re.search(r"scrutin", f.get("note", ""), re.I)) for f in facts)
    out["E"] = f"other 'scrutinises' {scrut}; oversees read into a committee's scrutiny {len(rule_e(s))}"
    joint_docs = [d for d, t in s.docs.items() if _JOINT.search(_space(t[:1500]))]
    bodies = {d: sorted({f["object"] for f in facts if f["doc"] == d and f["relation"] in ("attended", "apologies")})
              for d in joint_docs}
    out["F"] = (f"papers headed as a joint meeting {len(joint_docs)}: attendance bodies per paper "
                f"{[len(b) for b in bodies.values()]}; findings {len(rule_f(s))}")
    holders: dict[tuple[str, str], set[str]] = defaultdict(set)
    posts_of: dict[tuple[str, str], set[str]] = defaultdict(set)
    for f in facts:
        if f["relation"] == "holds_post":
            holders[(f["doc"], f["object"])].add(f["subject"])
            posts_of[(f["doc"], f["subject"])].add(f["object"])
    person_beside = sum(1 for f in facts if f["relation"] in ("chairs", "vice_chair") and any(
        _mentions(f["evidence"], [p.split(",")[0]]) for p in posts_of.get((f["doc"], f["subject"]), ())))
    post_alone = sum(1 for f in facts if f["relation"] in ("chairs", "vice_chair") and (f["doc"], f["subject"]) in
                     holders) + sum(1 for f in facts if f["relation"] in ("chairs", "vice_chair")
                                    and re.search(r"chair|director|chief|head|officer|representative|commissioner",
                                                  f["subject"], re.I) and (f["doc"], f["subject"]) not in posts_of)
    out["G"] = (f"a person chairs with its post in the same statement {person_beside}; a post or office chairs "
                f"{post_alone}; a post chairs beside its named holder {len(rule_g(s))}")
    endorse_other = sum(f["relation"] == "other" and bool(re.search(r"endors|recommend|comment|consult", f.get(
        "note", ""), re.I)) for f in facts)
    approve_prod = sum(f["relation"] == "produces" and bool(re.search(r"approv|agree|adopt|draft", f.get(
        "note", "") + " " + f["evidence"], re.I)) for f in facts)
    out["H"] = (f"produces on approves/agrees/adopts/drafts {approve_prod}; other on endorses/recommends/comments "
                f"{endorse_other}; produces on an endorsement {len(rule_h(s))}")
    rep = sum(f["relation"] == "reports_to" for f in facts)
    sub = [f for f in facts if f["relation"] == "subgroup_of"]
    cue = sum(bool(_SUBGROUP_CUE.search(f["evidence"])) for f in sub)
    out["I"] = (f"reports_to {rep}; subgroup_of {len(sub)} ({cue} with a sub-group wording); "
                f"on 'reports to' alone {len(rule_i(s))}")
    own = [d for d, t in s.docs.items() if _PCC_OWN.search(_space(t))]
    coded = sum(any(f["doc"] == d and f["relation"] == "produces" and _PCC_PLAN.search(f["object"]) for f in facts)
                for d in own)
    out["J"] = f"papers naming the plan as the Commissioner's {len(own)}, with produces {coded}"
    lines = 0
    with_prod = 0
    people = {e for f in facts if f["relation"] == "holds_post" for e in (f["subject"], f["object"])}
    for d, text in s.docs.items():
        for m in _AUTHOR.finditer(text):
            named = [e for e in people if _mentions(m.group(1), s.names(e))]
            if named:
                lines += 1
                with_prod += any(f["doc"] == d and f["relation"] == "produces" and f["subject"] in named for f in facts)
    report_of = sum(f["relation"] == "produces" and bool(re.search(r"report (?:of|by)\b", f["evidence"], re.I))
                    for f in facts)
    out["K"] = (f"author lines naming a person or post {lines}, the author produces the report in {with_prod}; "
                f"'Report of/by' produces {report_of}")
    return out


CHECKS = [rule_a, rule_b, rule_c, rule_d, rule_e, rule_f, rule_g, rule_h, rule_i, rule_j, rule_k]


def check(s: GoldSet) -> list[Finding]:
    return [finding for rule in CHECKS for finding in rule(s)]


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("sets", nargs="+", type=Path)
    ap.add_argument("--fix", action="store_true", help="apply the mechanical repairs in place")
    ap.add_argument("--quiet", action="store_true", help="counts only")
    ap.add_argument("--basis", action="store_true", help="how the gold reads each rule's statements (no check)")
    args = ap.parse_args(argv)
    total = 0
    for root in args.sets:
        s = GoldSet.load(root)
        if not s.files:
            print(f"{root}: no parts/*_facts.jsonl", file=sys.stderr)
            continue
        if args.basis:
            print(f"{root.name}:")
            for rule, line in basis(s).items():
                print(f"  {rule} {RULES[rule]}\n      {line}")
            continue
        findings = check(s)
        if args.fix:
            fixed = Counter()
            for fd in findings:
                if fd.repair:
                    fd.repair(s)
                    fixed[fd.rule] += 1
            s.save()
            print(f"{root.name}: repaired " + ", ".join(f"{r} {n}" for r, n in sorted(fixed.items())))
            findings = check(GoldSet.load(root))
        counts = Counter(fd.rule for fd in findings)
        total += len(findings)
        print(f"{root.name}: {len(findings)} findings" + ("" if not counts else " (" + ", ".join(
            f"{r} {n}" for r, n in sorted(counts.items())) + ")"))
        if not args.quiet:
            for fd in findings:
                fix = " [mechanical]" if fd.repair else ""
                print(f"  {fd.rule} {fd.kind:5s} {fd.doc} {fd.fact_id or '-'}: {fd.message}{fix}")
    return 1 if total else 0


if __name__ == "__main__":
    sys.exit(main())
