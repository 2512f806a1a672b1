"""List the questions a store answers wrongly or not at all, with what govkg read and what the graph holds.

    python bench/qa_misses.py STORE CORPUS [--parts ln,md] [--kind chair] [--json OUT]

STORE is a store built from CORPUS's documents (`govkg eval CORPUS --qa --keep-store STORE`). For each miss it
prints the question, the reading govkg made, the names it linked, what it answered, the gold answers, and for
each gold answer whether the graph holds an entity of that name and a fact joining it to a linked name. Each
miss is put in one of these groups, counted at the end:

- wrong (own doc) / wrong (ANOTHER doc): an answer given that is not right, and whether any of its evidence is
  the question's own document (an answer from another council's paper is the worst fault);
- fact held: a fact joins a gold answer to a name the question linked (reading, linking or ranking);
- entity held: the answer entity is in the graph, but no fact joins it to what the question linked;
- nothing held: no entity of the gold answer's name (extraction's problem).
"""

from __future__ import annotations

import argparse
import json
import sys
from collections import Counter
from pathlib import Path
from typing import Any

from govkg.evaluation.gold import Aliases, read_qa
from govkg.evaluation.qa import AnswerMatcher, answer_is_right
from govkg.graph.store import LocalStore
from govkg.questions import Asker

TOUCHING = """
SELECT ?x ?rel ?s ?o ?doc WHERE {
  { ?a rdf:subject ?x ; gkg:relation ?rel ; rdf:object ?o . BIND(?x AS ?s) }
  UNION
  { ?a rdf:object ?x ; gkg:relation ?rel ; rdf:subject ?s . BIND(?x AS ?o) }
  OPTIONAL { ?a prov:wasDerivedFrom ?doc }
}
"""


def doc_iri(name: str) -> str:
    return "https://w3id.org/govkg/id/doc/" + Path(name).stem.replace("_", "-")


def facts_touching(store: Any, iri: str) -> list[dict[str, str | None]]:
    from govkg.ontology.vocab import sparql_prefixes
    from govkg.questions.sparql import term

    rows = store.query(sparql_prefixes() + TOUCHING, substitutions={"x": term(iri)})
    names = [v.value for v in rows.variables]
    return [{n: (r[n].value if r[n] is not None else None) for n in names} for r in rows]


def analyse(store: Any, corpus: Path, parts: list[str] | None, kind: str | None) -> list[dict[str, Any]]:
    asker = Asker(store)
    index = asker.index()
    out = []
    for qa in sorted((corpus / "parts").glob("*_qa.jsonl")):
        part = qa.name.split("_")[0]
        if parts and part not in parts:
            continue
        aliases = Aliases.read(qa.with_name(f"{part}_aliases.json")).mapping
        matcher = AnswerMatcher(aliases)
        for item in read_qa(qa):
            if kind and item.kind != kind:
                continue
            r = asker.ask(item.question)
            returned = [a.label for a in r.answers]
            gold = list(item.answers)
            right = answer_is_right(gold, item.all, returned, matcher)
            raw = json.loads(next(line for line in qa.read_text().splitlines() if f'"{item.id}"' in line))
            own = doc_iri(raw.get("doc", ""))
            row: dict[str, Any] = {
                "id": item.id, "kind": item.kind, "question": item.question, "all": item.all,
                "reading": r.interpretation, "linked": [(m, lab) for m, lab, _ in r.linked],
                "returned": returned[:8], "gold": gold, "right": right, "negative": item.negative,
                "doc": raw.get("doc"), "evidence": raw.get("evidence"),
            }
            if right:
                out.append(row)
                continue
            linked = {iri for _, _, iri in r.linked}
            wrong = [a for a in r.answers if not any(matcher.same(a.label, g) for g in gold)]
            row["wrong_from_other"] = bool(returned) and any(
                not any(ev.document == own for ev in a.evidence) for a in wrong[:5]
            ) and not any(any(ev.document == own for ev in a.evidence) for a in r.answers)
            held: list[dict[str, Any]] = []
            for g in gold:
                ents = [e for e in index.entities.values()
                        if any(matcher.same(n, g) for n in (e.label, *e.names))]
                links, nearby = [], []
                for e in ents[:6]:
                    for f in facts_touching(store, e.iri):
                        other = f["o"] if f["s"] == e.iri else f["s"]
                        said = (f"{f['rel']} {'->' if f['s'] == e.iri else '<-'} "
                                f"{index.label(other or '')} [{(f['doc'] or '').rsplit('/', 1)[-1]}]")
                        if other in linked:
                            links.append(said)
                        elif f["doc"] == own:
                            nearby.append(said)
                held.append({"gold": g, "entities": [f"{e.label} ({e.kind})" for e in ents[:4]],
                             "links": sorted(set(links))[:6], "own_doc": sorted(set(nearby))[:8]})
            row["held"] = held
            if returned:
                row["group"] = "wrong (ANOTHER doc)" if row["wrong_from_other"] else "wrong (own doc)"
            elif item.negative:
                row["group"] = "negative answered"
            elif any(h["links"] for h in held):
                row["group"] = "fact held"
            elif any(h["entities"] for h in held):
                row["group"] = "entity held"
            else:
                row["group"] = "nothing held"
            out.append(row)
    return out


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("store")
    ap.add_argument("corpus", type=Path)
    ap.add_argument("--parts")
    ap.add_argument("--kind")
    ap.add_argument("--group", help="print only misses of this group (e.g. 'fact held')")
    ap.add_argument("--json", type=Path)
    args = ap.parse_args()
    store = LocalStore(args.store)
    rows = analyse(store, args.corpus, args.parts.split(",") if args.parts else None, args.kind)
    if args.json:
        args.json.write_text(json.dumps(rows, indent=1), encoding="utf-8")
    groups: Counter[str] = Counter()
    for row in rows:
        if row["right"]:
            continue
        groups[row["group"]] += 1
        if args.group and row["group"] != args.group:
            continue
        print(f"{row['id']} [{row['kind']}] {row['group']}: {row['question']}")
        print(f"   reading: {row['reading']}")
        print(f"   linked:  {row['linked']}")
        print(f"   got:     {row['returned'][:5]}")
        print(f"   gold:    {'all of ' if row['all'] else ''}{row['gold']}")
        for h in row.get("held", []):
            if h["entities"] or h["links"]:
                print(f"     {h['gold']}: {h['entities']} {h['links']}")
                for said in h.get("own_doc", []):
                    print(f"        in its own paper: {said}")
        print(f"   evidence: {(row['evidence'] or '')[:200]}")
    answerable = [r for r in rows if not r["negative"]]
    print(f"\nanswerable right {sum(r['right'] for r in answerable)}/{len(answerable)}; negatives right "
          f"{sum(r['right'] for r in rows if r['negative'])}/{len(rows) - len(answerable)}", file=sys.stderr)
    print(", ".join(f"{k}: {v}" for k, v in groups.most_common()), file=sys.stderr)


if __name__ == "__main__":
    main()
