"""Evaluation figures as text and JSON. The summary shows figures only, never a gold fact, so that a part
can be measured before anyone reads it; the misses and false positives are in the full report alone."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING, Any

from .facts import OTHER, FactResult, Score
from .qa import QAReport

if TYPE_CHECKING:
    from .run import Evaluation

_HEAD = "gold  pred    tp  precision  recall    f1"


def _row(name: str, s: Score, width: int = 18) -> str:
    precision = f"{s.precision:9.2f}" if s.predicted else f"{'-':>9}"
    recall = f"{s.recall:7.2f}" if s.gold else f"{'-':>7}"
    return f"{name[:width]:{width}} {s.gold:5} {s.predicted:5} {s.tp:5}  {precision} {recall} {s.f1:5.2f}"


def summary_line(s: Score) -> str:
    return f"precision {s.precision:.2f} recall {s.recall:.2f} f1 {s.f1:.2f}"


def relation_table(r: FactResult) -> list[str]:
    lines = [f"{'relation':18} {_HEAD}"]
    for rel in sorted((set(r.by_relation) | set(r.gold_counts)) - {OTHER}):
        lines.append(_row(rel, r.by_relation[rel]))
    lines.append(_row("closed relations", r.overall))
    lines.append(_row("other (apart)", r.other))
    return lines


def _doc_table(r: FactResult) -> list[str]:
    lines = [f"{'document':32} {_HEAD}"]
    lines.extend(_row(doc, r.by_doc[doc], 32) for doc in sorted(r.by_doc))
    return lines


def short_doc(name: str) -> str:
    """A document's short code: `ln_01` for a corpus's `ln_01_slug.txt`, `h9_01` for a set's `h9_01_slug.txt`,
    the first three characters of others (the seeds' `000_<hash>.txt`)."""
    m = re.match(r"[a-z]+\d*_\d+(?=_)", name)
    return m.group(0) if m else name[:3]


def _misses(r: FactResult) -> list[str]:
    lines = [f"misses ({len(r.misses)})"]
    for g in sorted(r.misses, key=lambda g: (g.doc, g.id)):
        extra = "".join(f" [{k} {v}]" for k, v in (("on", g.on_body), ("period", g.period)) if v)
        lines.append(f"  {g.id} {short_doc(g.doc)} {g.relation}: {g.subject} -> {g.object}{extra}")
    lines.append(f"false positives ({len(r.false_positives)})")
    for p in sorted(r.false_positives, key=lambda p: (p.doc, p.relation, p.subject_label)):
        what = f"£{p.amount:,}" if p.amount is not None else p.object_label
        lines.append(f'  {short_doc(p.doc)} {p.relation}: {p.subject_label} -> {what}   "{p.quote[:80]}"')
    return lines


def _closing(r: FactResult) -> list[str]:
    o = r.overall
    mode = "strict" if r.strict else "lenient"
    return [
        f"overall ({mode} matching, closed relations): {o.tp} correct, {o.fp} false positives, {o.fn} misses",
        summary_line(o),
    ]


def fact_report(r: FactResult) -> str:
    """Everything about one FactResult: relations, documents, misses, false positives; last the summary."""
    lines = relation_table(r) + [""] + _doc_table(r) + [""] + _misses(r)
    lines += [f"load failure: {f}" for f in r.load_failures]
    return "\n".join(lines + _closing(r))


def qa_table(qa: QAReport) -> list[str]:
    lines = [qa.score_line(), f"  {'kind':18} {'answerable':>11} {'negatives':>10}"]
    for kind, (answerable, negatives) in qa.by_kind().items():
        lines.append(f"  {kind:18} {answerable!s:>11} {negatives!s:>10}")
    return lines


def evaluation_text(e: Evaluation, *, full: bool = False) -> str:
    """The run's figures: per part, per relation and overall (and QA per part and per kind). FULL adds
    each part's relations, every document, the misses, the false positives and the failed questions."""
    total = e.facts
    mode = "strict" if e.strict else "lenient"
    lines = [
        f"govkg eval: {e.source} ({', '.join(p.part.name for p in e.parts)}), {mode} matching",
        f"a fresh store built from {e.documents} documents only; {len(e.load_failures)} failed to load",
        "",
    ]
    if len(e.parts) > 1:
        lines.append(f"{'part':18} {_HEAD}   other: gold  pred    tp")
        for p in e.parts:
            o = p.facts.other
            lines.append(f"{_row(p.part.name, p.facts.overall)}          {o.gold:5} {o.predicted:5} {o.tp:5}")
        lines.append("")
    lines += relation_table(total) + [""]
    qa = e.qa
    if qa is not None:
        if len(e.parts) > 1:
            lines += [f"{p.part.name}: {p.qa.score_line()}" for p in e.parts if p.qa is not None]
        lines += qa_table(qa) + [""]
    if full:
        for p in e.parts:
            if len(e.parts) > 1:
                lines += [f"== part {p.part.name}", *relation_table(p.facts), ""]
        lines += _doc_table(total) + [""] + _misses(total) + [""]
        if qa is not None:
            lines += ["questions answered wrongly", qa.failures() or "  none", ""]
    lines += [f"load failure: {f}" for f in e.load_failures]
    return "\n".join(lines + _closing(total))


def evaluation_json(e: Evaluation, *, full: bool = False) -> dict[str, Any]:
    def facts(r: FactResult) -> dict[str, Any]:
        data: dict[str, Any] = {
            "overall": r.overall.to_json(),
            "other": r.other.to_json(),
            "by_relation": {k: s.to_json() for k, s in sorted(r.by_relation.items()) if k != OTHER},
        }
        if full:
            data["by_document"] = {k: s.to_json() for k, s in sorted(r.by_doc.items())}
            data["misses"] = [g.__dict__ for g in r.misses]
            data["false_positives"] = [
                {"doc": p.doc, "relation": p.relation, "subject": p.subject_label, "object": p.object_label,
                 "amount": None if p.amount is None else str(p.amount), "quote": p.quote}
                for p in r.false_positives
            ]
        return data

    qa = e.qa
    return {
        "source": str(e.source),
        "matching": "strict" if e.strict else "lenient",
        "documents": e.documents,
        "load_failures": e.load_failures,
        **facts(e.facts),
        "parts": {
            p.part.name: {**facts(p.facts), **({"qa": p.qa.to_json(full)} if p.qa is not None else {})}
            for p in e.parts
        },
        **({"qa": qa.to_json(full)} if qa is not None else {}),
    }
