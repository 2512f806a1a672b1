"""Who owns an action of a meeting's action log ("Who owns the action on the harbour lantern rota?"), where
the log gives the owner by initials ("... lantern rota    TQ    30/04/2025") and the same paper names the person in
full beside those initials (its list of those present: "Insp Tobias Quenby   Neighbourhood Inspector   TQ").

Read only from the papers that write the action's words on one line; answered only when one person fits (the
initials resolved in that same paper, never from another paper), so that initials another council's paper
also uses answer nothing."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from ..graph.iris import _TITLES
from .lexicon import COMMON_WORDS, normalise
from .model import Answer, Evidence
from .roles import paper_date
from .sparql import run_file

if TYPE_CHECKING:
    from .context import Context
    from .engine import Asker

# "who owns the action on X", "who is the owner of the X action", "whose action is X", "who has the action to X"
OWNER_ASKED = re.compile(
    r"^(?:who|whose)\b(?:(?!\baction).)*\b(?:own|owns|owned|owner|responsible|has|holds|took|take|is)\b"
    r"(?:(?!\bowner).)*\baction\b|^whose action\b|^who (?:is|was) the (?:action )?owner\b")
# words of the question that say it asks for an action's owner, not what the action is
_FRAME = frozenset("who whose own owns owned owner responsible has holds took take is was the action actions on for "
                   "of to about agreed set log meeting".split())
INITIALS = re.compile(r"(?<![\w/])([A-Z]{2,4})(?![\w/])")
MAX_PAPERS = 5


def _initials(name: str) -> str:
    """"Insp Tobias Quenby" -> "TQ"; "Hester Dunwoody-Pike" -> "HDP" (titles and ranks aside)."""
    words = [w for w in re.split(r"[\s-]+", name) if w and w.lower().strip(".,") not in _TITLES]
    return "".join(w[0] for w in words if w[:1].isupper())


def _named_by(text: str, short: str) -> list[str]:
    """The people a paper's lines name beside SHORT (a list of those present, with initials in a column)."""
    out = []
    # "Rachel Quenby (RQ)": the name with its initials in brackets after it
    for m in re.finditer(r"((?:[A-Z][\w'\u2019-]*\.? ){1,4}[A-Z][\w'\u2019-]+) \(" + re.escape(short) + r"\)", text):
        words = [w for w in m.group(1).split() if w.lower().strip(".,") not in _TITLES]
        if len(words) >= 2 and _initials(" ".join(words[-len(short):])) == short:
            out.append(" ".join(words))
    for line in text.splitlines():
        cells = [c.strip() for c in re.split(r"\s{2,}|\t", line.strip()) if c.strip()]
        if short not in cells[1:]:
            continue
        name = cells[0]
        words = [w for w in name.split() if w.lower().strip(".,") not in _TITLES]
        # the name's own initials, or those of its last words (a rank before it: "Chief Inspector Tobias Quenby")
        if len(words) >= 2 and (_initials(name) == short or _initials(" ".join(words[-len(short):])) == short):
            out.append(" ".join(words))
    return out


def action_owner(asker: Asker, question: str, ctx: Context) -> tuple[list[Answer], str] | None:
    """The owner of the action QUESTION asks about (see the module's docstring); None when it asks no such thing
    or no paper's action log says."""
    normal = normalise(question)
    # (a word of a name the question links is no word of what it asks: "Who is the vice-chair of the Safety
    # Action Group?" asks of a body, not of an action)
    framed = normal
    for said, _, _ in ctx.linked:
        framed = re.sub(rf"\b{re.escape(said)}\b", " ", framed)
    if not OWNER_ASKED.search(framed):
        return None
    # (the place asked about narrows the papers; its name is no word of the action)
    asked = list(ctx.asked) + [p for _, _, iri in ctx.linked if (e := ctx.index.get(iri)) is not None
                               and e.kind == "area" and (p := ctx.places.place_of(e.label)) is not None]
    placed = {w for p in asked for n in p.names for w in n.split()}
    words = [w for w in normal.split() if w not in _FRAME and w not in COMMON_WORDS and len(w) >= 2
             and w not in placed]
    if len(words) < 2:
        return None
    # the action's number ("action 24/06") must stand on its line too, though papers are found by its words
    searched = [w for w in words if not w.isdigit()] or words
    papers = frozenset.intersection(*(asker.papers_saying(w) for w in searched))
    if asked:
        papers = frozenset(doc for doc in papers if any(
            ctx.places.inside(a, p) for a in asker.state.doc_areas(doc) for p in asked))
    if not papers or len(papers) > MAX_PAPERS:
        return None
    found: dict[str, Answer] = {}
    for doc in sorted(papers):
        rows = run_file(asker.store, "paper_text.rq", doc=doc)
        text = (rows[0]["text"] or "") if rows else ""
        for line in text.splitlines():
            said = set(normalise(line).split())
            if not all(w in said for w in words):
                continue
            # the initials after the action's words (never letters of the action itself: "QHN")
            last = max(m.end() for w in words for m in re.finditer(
                r"(?i)\b" + r"\W*".join(map(re.escape, w.split())), line)) if words else 0
            for short in INITIALS.findall(line[last:]):
                people = sorted(set(_named_by(text, short)))
                if len(people) != 1:
                    continue
                ev = Evidence(doc, line.strip()[:300], paper_date(asker, doc))
                answer = found.setdefault(people[0], Answer(
                    people[0], None, [], note=f"owner of the action, as \u201c{short}\u201d in its paper's action log"))
                answer.evidence.append(ev)
                break
    if len(found) != 1:
        return None
    return list(found.values()), f"who owns the action on \u201c{' '.join(words)}\u201d, as a paper's action log says"
