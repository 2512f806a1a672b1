"""Consistency check for the held-out gold set: python3 check.py (exit 1 on any error)."""
import json, os, re, sys, collections
HERE = os.path.dirname(os.path.abspath(__file__))
RELS = {"chairs", "vice_chair", "oversees", "reports_to", "subgroup_of", "member_of", "represented_by", "holds_post",
        "attended", "apologies", "funds", "funding_amount", "produces", "responsible_for", "covers_area", "part_of",
        "commissions", "delivers", "statutory_duty", "priority_of", "led_by", "other"}
KINDS = {"chair", "other", "holds_post", "amount", "oversees", "member_of", "reports_to", "responsible_for",
         "covers_area", "produces", "funds", "priority_of", "subgroup_of", "attended"}
err = []
norm = lambda s: re.sub(r"\s+", " ", s).strip()
docs = {n: norm(open(os.path.join(HERE, "docs", n), encoding="utf-8").read()) for n in os.listdir(os.path.join(HERE, "docs"))}
for n, t in docs.items():
    if not t.startswith("Source: https://www."): err.append(f"{n}: does not start with a Source line")
facts = [json.loads(l) for l in open(os.path.join(HERE, "parts/ho_facts.jsonl"), encoding="utf-8") if l.strip()]
qa = [json.loads(l) for l in open(os.path.join(HERE, "parts/ho_qa.jsonl"), encoding="utf-8") if l.strip()]
aliases = json.load(open(os.path.join(HERE, "parts/ho_aliases.json"), encoding="utf-8"))
resolve = {}
for canon, vs in aliases.items():
    for v in [canon] + vs:
        k = norm(v).lower()
        if k in resolve and resolve[k] != canon: err.append(f"alias {v!r} maps to {resolve[k]!r} and {canon!r}")
        resolve.setdefault(k, canon)
ids = collections.Counter(f["id"] for f in facts) + collections.Counter(x["id"] for x in qa)
err += [f"duplicate id {i}" for i, c in ids.items() if c > 1]
for f in facts:
    for k in ["id", "doc", "subject", "relation", "object", "evidence", "when", "area"]:
        if k not in f: err.append(f"{f.get('id')}: missing {k}")
    if f["doc"] not in docs: err.append(f"{f['id']}: no doc {f['doc']}")
    elif norm(f["evidence"]) not in docs[f["doc"]]: err.append(f"{f['id']}: evidence not in doc: {f['evidence']!r}")
    if f["relation"] not in RELS: err.append(f"{f['id']}: bad relation {f['relation']}")
    if f["relation"] == "other" and not f.get("note"): err.append(f"{f['id']}: 'other' without note")
    if not re.fullmatch(r"\d{4}(-\d\d-\d\d)?", f["when"]): err.append(f"{f['id']}: bad when")
    if f["relation"] == "funding_amount":
        for k in ["funder", "recipient", "period"]:
            if k not in f: err.append(f"{f['id']}: funding_amount without {k}")
    for k in ["subject", "object", "funder", "recipient", "on_body"]:
        if k in f and norm(f[k]).lower() not in resolve: err.append(f"{f['id']}: {k} {f[k]!r} not in aliases")
for x in qa:
    if x["doc"] not in docs: err.append(f"{x['id']}: no doc")
    elif norm(x["evidence"]) not in docs[x["doc"]]: err.append(f"{x['id']}: evidence not in doc: {x['evidence']!r}")
    if x["kind"] not in KINDS: err.append(f"{x['id']}: bad kind {x['kind']}")
    for a in x["answers"]:
        if not a.startswith("£") and norm(a).lower() not in resolve: err.append(f"{x['id']}: answer {a!r} not in aliases")
print(f"{len(docs)} documents, {len(facts)} facts, {len(qa)} questions ({sum(1 for x in qa if not x['answers'])} negative), {len(aliases)} canonical names")
print("facts by relation:", dict(collections.Counter(f["relation"] for f in facts).most_common()))
print("facts by document:", dict(sorted(collections.Counter(f["doc"][:5] for f in facts).items())))
for e in err: print("ERROR", e)
print(f"{len(err)} errors")
sys.exit(1 if err else 0)
