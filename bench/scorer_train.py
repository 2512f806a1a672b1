"""A learned fact scorer (a precision gate), measured from the read sets' folders: labelled facts, CV by set.

    python bench/scorer_train.py collect --out bench/out/scorer_rows.jsonl    # ~1 min: every read set, labelled
    # first-look facts: an older build (git archive COMMIT into /tmp/old/COMMIT/govkg) on the sets it had not read
    PYTHONPATH=/tmp/old/860dc48 python bench/scorer_train.py collect --old 860dc48 \
        --sets heldout21 heldout22 heldout23 heldout24 --out bench/out/first_860dc48.jsonl
    python bench/scorer_train.py train bench/out/scorer_rows.jsonl bench/out/first_*.jsonl [--kind trees]

`collect` reads every read set (dev by part, the seeds, each examples/heldoutNN) in this process, records the
features (bench/scorer_features.py) of every closed-relation fact the readers state, and labels each one right
or false with the evaluation's own lenient matcher (evaluation/facts.py) against that set's gold and aliases.
One JSON row per fact: set, build, document, relation, rule, names, quote, features, label.

`train` scores each set by a model trained without that set's papers (leave-one-set-out; a set's first-look
and current rows leave together), picks the threshold on the first-look facts' out-of-set scores so that the
facts it removes are at least twice as often false as right, and prints per set the correct / false facts
before and after. With --write PATH it also fits on every row and writes the model as plain JSON (what a gate
would evaluate without scikit-learn). Needs scikit-learn (`pip install -e '.[train]'`).

The first-look builds (see bench/RESULTS.md): 860dc48 for heldout21-24, 4bdb911 for heldout25-26, 0203836 for
heldout27-28, 9f8069c for heldout29-30; heldout31-32's current facts are their first-look facts (no reader has
changed for them since).
"""

from __future__ import annotations

import argparse
import json
import os
import sys
from collections import defaultdict
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
# ../shared beside the checkout, as bench/sets.py finds it
SHARED = Path(os.environ.get("GOVKG_SHARED", ROOT.parent / "shared"))

_ASSERTIONS = """
SELECT ?a ?src ?rel ?s ?o ?quote ?onBody ?detail ?rule ?start ?end WHERE {
  ?a a gkg:Assertion ; gkg:relation ?rel ; rdf:subject ?s ; rdf:object ?o ; prov:wasDerivedFrom ?doc ;
     gkg:rule ?rule ; gkg:evidence/oa:hasSelector ?pos .
  ?pos oa:start ?start ; oa:end ?end .
  ?doc dcterms:source ?src .
  OPTIONAL { ?a gkg:evidence/oa:hasSelector/oa:exact ?quote }
  OPTIONAL { ?a gkg:onBody ?onBody }
  OPTIONAL { ?a gkg:detail ?detail }
}
"""


def read_sets(only: list[str] | None = None) -> list[tuple[str, list]]:
    """(set name, its evaluation parts) for every read set: dev by part, the seeds, each examples/heldoutNN."""
    from govkg.evaluation.corpus import Part, read_corpus

    sets: list[tuple[str, list]] = []
    for part in read_corpus(SHARED / "corpus" / "dev"):
        sets.append((f"dev-{part.name}", [part]))
    sets.append(("seeds", [Part("seeds", (SHARED / "seeds",), SHARED / "eval" / "seeds_facts.jsonl", None,
                                SHARED / "eval" / "aliases.json")]))
    for folder in sorted((ROOT / "examples").glob("heldout*"), key=lambda p: int(p.name[7:] or 0)):
        facts = next((folder / "parts").glob("*_facts.jsonl"))
        aliases = next((folder / "parts").glob("*_aliases.json"))
        sets.append((folder.name, [Part(folder.name, (folder / "docs",), facts, None, aliases)]))
    return [s for s in sets if only is None or s[0] in only]


def collect(out: Path, only: list[str] | None = None, old: str | None = None) -> None:
    """Label every closed-relation fact of the read sets (ONLY: these) and write one row per fact to OUT. With
    OLD (a label, e.g. the commit's), the running govkg is an older build put first on PYTHONPATH, and the rows'
    sets are named first-<set>: what that build stated on papers nobody had read yet."""
    from govkg.evaluation.facts import _match_lenient, gold_key
    from govkg.evaluation.gold import Aliases, read_gold
    from govkg.evaluation.predicted import Predicted, _Names
    from govkg.evaluation.run import fresh_store
    try:
        from govkg.graph.build import as_stated
    except ImportError:  # an older build

        def as_stated(e):
            return e
    import scorer_features

    from govkg.loaders import documents

    recorded: dict[tuple, list[dict]] = defaultdict(list)
    current: list[str] = [""]
    original = documents.document_from_text

    def tagged(key, source, *args, **kwargs):
        current[0] = Path(str(source)).name
        return original(key, source, *args, **kwargs)

    def record(doc, fact, x):
        rel = "funding_amount" if x.get("rel=funding_amount") else fact.relation
        key = (current[0], rel, fact.start, fact.end, as_stated(fact.subject).iri,
               as_stated(fact.object).iri if rel != "funding_amount" else None)
        recorded[key].append({"rule": fact.rule, "x": x})

    documents.document_from_text = tagged
    original_extract = documents.extract

    def extract_then_record(doc):
        facts = original_extract(doc)
        scorer_features.record(doc, record)
        return facts

    documents.extract = extract_then_record
    rows = 0
    with out.open("w", encoding="utf-8") as fh:
        for name, parts in read_sets(only):
            recorded.clear()
            with fresh_store([d for p in parts for d in p.docs]) as (store, _loaded):
                names = _Names(store, strict=False)
                grants = {row["g"]: row for row in store.select(
                    "SELECT ?g ?funder ?item WHERE { ?g schema:funder ?funder ; schema:fundedItem ?item }")}
                preds: list[tuple[Predicted, tuple]] = []
                seen: set[str] = set()
                for row in store.select(_ASSERTIONS):
                    if row["a"] in seen:
                        continue
                    seen.add(row["a"])
                    rel = str(row["rel"])
                    if rel == "other":
                        continue
                    doc = Path(str(row["src"])).name
                    start, end = int(str(row["start"])), int(str(row["end"]))
                    common = {"quote": str(row["quote"] or ""), "on_body_names": names.of(row["onBody"], doc)}
                    if rel == "funding_amount":
                        grant = grants.get(row["s"])
                        if grant is None:
                            continue
                        from decimal import Decimal
                        p = Predicted(doc, rel, names.of(grant["funder"], doc), names.of(grant["item"], doc),
                                      names.label(grant["funder"]), names.label(grant["item"]),
                                      amount=Decimal(str(row["o"])), **common)
                        # the funds fact behind the grant: its subject is the funder
                        key = (doc, rel, start, end, None, None)
                    else:
                        p = Predicted(doc, rel, names.of(row["s"], doc), names.of(row["o"], doc),
                                      names.label(row["s"]), names.label(row["o"]), **common)
                        key = (doc, rel, start, end, str(row["s"]), str(row["o"]))
                    preds.append((p, key))
            for part in parts:
                gold = read_gold(part.facts)
                aliases = Aliases.read(part.aliases)
                keys = {g.id: gold_key(g, aliases) for g in gold}
                groups = defaultdict(list)
                for g in gold:
                    groups[(g.doc, g.relation)].append(g)
                by_group = defaultdict(list)
                for p, key in preds:
                    if part.of_part(p.doc):
                        by_group[(p.doc, p.relation)].append((p, key))
                matched: set[str] = set()
                for group, items in sorted(by_group.items(), key=lambda kv: kv[0]):
                    wrong = _match_lenient(groups.get(group, []), [p for p, _ in items], keys, aliases, matched)
                    wrong_ids = {id(w) for w in wrong}
                    for p, key in items:
                        found = _find_recorded(recorded, key)
                        if found is None:
                            print(f"unrecorded: {name} {key}", file=sys.stderr)
                            continue
                        fh.write(json.dumps({
                            "set": f"first-{name}" if old else name, "code": old or "current", "doc": p.doc,
                            "relation": p.relation, "rule": found["rule"],
                            "subject": p.subject_label, "object": p.object_label, "quote": p.quote[:200],
                            "label": int(id(p) not in wrong_ids), "x": found["x"],
                        }) + "\n")
                        rows += 1
            print(f"{name}: {rows} rows so far", file=sys.stderr)
    documents.document_from_text = original
    documents.extract = original_extract


def _find_recorded(recorded: dict, key: tuple) -> dict | None:
    doc, rel, start, end, s, o = key
    if rel == "funding_amount":
        for k, v in recorded.items():
            if k[0] == doc and k[1] == rel and k[2] == start and k[3] == end:
                return v[0]
        return None
    found = recorded.get(key)
    return found[0] if found else None


# -- training


def _vectorise(rows: list[dict], vocabulary: list[str] | None = None):
    import numpy as np

    if vocabulary is None:
        vocabulary = sorted({k for r in rows for k in r["x"]})
    index = {k: i for i, k in enumerate(vocabulary)}
    X = np.zeros((len(rows), len(vocabulary)), dtype=np.float32)
    for i, r in enumerate(rows):
        for k, v in r["x"].items():
            j = index.get(k)
            if j is not None:
                X[i, j] = v
    y = np.array([r["label"] for r in rows])
    return X, y, vocabulary


def _fit(kind: str, rows: list[dict], seed: int = 0, weight: float = 1.0):
    """A model fitted on ROWS; first-look rows (what a build stated on papers nobody had read) weigh WEIGHT."""
    import numpy as np

    X, y, vocabulary = _vectorise(rows)
    w = np.array([weight if first_look(r) else 1.0 for r in rows])
    if kind == "logistic":
        from sklearn.linear_model import LogisticRegression

        clf = LogisticRegression(C=0.3, max_iter=3000)
    else:
        from sklearn.ensemble import GradientBoostingClassifier

        clf = GradientBoostingClassifier(n_estimators=150, max_depth=3, learning_rate=0.08, subsample=0.8,
                                         min_samples_leaf=10, random_state=seed)
    clf.fit(X, y, sample_weight=w)
    return clf, vocabulary


def export(kind: str, clf, vocabulary: list[str], threshold: float) -> dict:
    """The fitted model as plain JSON (scorer_features.probability evaluates it)."""
    if kind == "logistic":
        weights = {k: round(float(w), 5) for k, w in zip(vocabulary, clf.coef_[0], strict=True) if abs(w) > 1e-6}
        return {"kind": "logistic", "intercept": round(float(clf.intercept_[0]), 5), "weights": weights,
                "threshold": threshold}
    import math

    prior = clf.init_.class_prior_[1]
    trees = []
    for est in clf.estimators_[:, 0]:
        t = est.tree_
        trees.append({
            "feature": [vocabulary[f] if f >= 0 else "" for f in t.feature.tolist()],
            "threshold": [round(float(v), 5) for v in t.threshold],
            "left": t.children_left.tolist(), "right": t.children_right.tolist(),
            "value": [round(float(v), 5) for v in t.value[:, 0, 0]],
        })
    return {"kind": "trees", "init": round(math.log(prior / (1 - prior)), 5), "learning_rate": clf.learning_rate,
            "trees": trees, "threshold": threshold}


def base_set(name: str) -> str:
    """The set a row's paper belongs to, whichever build read it ("first-heldout21" -> "heldout21")."""
    return name.removeprefix("first-")


# the read sets whose current facts are first-look facts too: no reader was changed for them since the build
# that first read them (the s17 base figures on heldout31/32 are those of the current build)
FIRST_LOOK_NOW = ("heldout31", "heldout32")


def first_look(row: dict) -> bool:
    return row["set"].startswith("first-") or row["set"] in FIRST_LOOK_NOW


def cross_validate(rows: list[dict], kind: str, weight: float = 1.0) -> list[float]:
    """Each row's probability from a model trained without its set's papers, as read by any build
    (leave-one-set-out; a set's first-look rows and its current rows leave together)."""
    from scorer_features import probability

    sets = sorted({base_set(r["set"]) for r in rows})
    p = [0.0] * len(rows)
    for s in sets:
        train = [r for r in rows if base_set(r["set"]) != s]
        clf, vocabulary = _fit(kind, train, weight=weight)
        m = export(kind, clf, vocabulary, 0.0)
        for i, r in enumerate(rows):
            if base_set(r["set"]) == s:
                p[i] = probability(m, r["x"])
    return p


def choose_threshold(rows: list[dict], p: list[float], ratio: float = 2.0) -> float:
    """The highest threshold at which the facts scored below it are at least RATIO times as often false as
    right (0.0, nothing removed, when no threshold does)."""
    best = 0.0
    for t in [i / 100 for i in range(5, 96)]:
        right = sum(1 for r, q in zip(rows, p, strict=True) if q < t and r["label"])
        false = sum(1 for r, q in zip(rows, p, strict=True) if q < t and not r["label"])
        if false and false >= ratio * right:
            best = t
    return best


def report(rows: list[dict], p: list[float], threshold: float, title: str) -> None:
    print(f"\n{title} (threshold {threshold:.2f}): set  correct/false before -> after  (removed right/false)")
    per: dict[str, list[int]] = defaultdict(lambda: [0, 0, 0, 0])
    for r, q in zip(rows, p, strict=True):
        c = per[r["set"]]
        c[0 if r["label"] else 1] += 1
        if q < threshold:
            c[2 if r["label"] else 3] += 1
    total = [0, 0, 0, 0]
    for s, c in per.items():
        total = [a + b for a, b in zip(total, c, strict=True)]
        print(f"  {s:12} {c[0]:5} / {c[1]:4} -> {c[0] - c[2]:5} / {c[1] - c[3]:4}   (-{c[2]} right, -{c[3]} false)")
    print(f"  {'all':12} {total[0]:5} / {total[1]:4} -> {total[0] - total[2]:5} / {total[1] - total[3]:4}"
          f"   (-{total[2]} right, -{total[3]} false)")


def _below(rows: list[dict], p: list[float], t: float) -> tuple[int, int]:
    right = sum(1 for r, q in zip(rows, p, strict=True) if q < t and r["label"])
    return right, sum(1 for r, q in zip(rows, p, strict=True) if q < t and not r["label"])


def train(paths: list[Path], kind: str, write: Path | None, ratio: float, weight: float) -> None:
    rows = [json.loads(line) for path in paths for line in path.open(encoding="utf-8")]
    p = cross_validate(rows, kind, weight)
    # the threshold is chosen on first-look facts only: what the gate will meet is papers nobody has read
    first = [i for i, r in enumerate(rows) if first_look(r)]
    threshold = choose_threshold([rows[i] for i in first], [p[i] for i in first], ratio)
    report([r for r in rows if not first_look(r) or r["set"] in FIRST_LOOK_NOW],
           [q for r, q in zip(rows, p, strict=True) if not first_look(r) or r["set"] in FIRST_LOOK_NOW],
           threshold, f"current build, cross-validated by set, {kind}")
    report([rows[i] for i in first], [p[i] for i in first], threshold,
           f"first-look facts, cross-validated by set, {kind}")
    for t in (0.2, 0.3, 0.4, 0.5, 0.6):
        print(f"  first-look below {t:.2f}: {_below([rows[i] for i in first], [p[i] for i in first], t)} "
              f"(right, false); all below: {_below(rows, p, t)}")
    if write:
        clf, vocabulary = _fit(kind, rows, weight=weight)
        m = export(kind, clf, vocabulary, threshold)
        from scorer_features import probability

        write.write_text(json.dumps(m, separators=(",", ":")) + "\n", encoding="utf-8")
        report(rows, [probability(m, r["x"]) for r in rows], threshold, "in-sample, the model fitted on every row")
        print(f"wrote {write} ({write.stat().st_size} bytes)")


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    sub = ap.add_subparsers(dest="cmd", required=True)
    c = sub.add_parser("collect")
    c.add_argument("--out", type=Path, required=True)
    c.add_argument("--sets", nargs="*")
    c.add_argument("--old", help="label of an older govkg build first on PYTHONPATH (first-look facts)")
    t = sub.add_parser("train")
    t.add_argument("rows", type=Path, nargs="+")
    t.add_argument("--weight", type=float, default=1.0, help="weight of first-look rows")
    t.add_argument("--kind", choices=("logistic", "trees"), default="logistic")
    t.add_argument("--ratio", type=float, default=2.0)
    t.add_argument("--write", type=Path, help="fit on every row and write the model here (JSON)")
    args = ap.parse_args(argv)
    if args.cmd == "collect":
        args.out.parent.mkdir(parents=True, exist_ok=True)
        collect(args.out, args.sets, args.old)
    else:
        train(args.rows, args.kind, args.write, args.ratio, args.weight)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
