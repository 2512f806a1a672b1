#!/usr/bin/env python3
"""Consistency check for the heldout2 gold set.

Checks that every JSON file parses; every fact/question names an existing document; every evidence
string occurs verbatim in its document (exact substring; a whitespace-normalised match is reported
separately as a warning); relations come from the closed set of shared/eval/README.md and `other`
facts carry a note; funding_amount facts carry funder/recipient/period; every subject, object,
on_body, funder and recipient (and every non-amount answer) resolves through h2_aliases.json;
ids are unique; `when` is yyyy or yyyy-mm-dd; no alias maps to two canonical names.
Exit status 1 on any error.  Usage: python3 check.py
"""
import json, os, re, sys
from collections import Counter

HERE = os.path.dirname(os.path.abspath(__file__))
DOCS = os.path.join(HERE, 'docs')
PARTS = os.path.join(HERE, 'parts')
RELATIONS = {'chairs', 'vice_chair', 'oversees', 'reports_to', 'subgroup_of', 'member_of', 'represented_by',
             'holds_post', 'attended', 'apologies', 'funds', 'funding_amount', 'produces', 'responsible_for',
             'covers_area', 'part_of', 'commissions', 'delivers', 'statutory_duty', 'priority_of', 'led_by', 'other'}
KINDS = {'chair', 'other', 'holds_post', 'amount', 'oversees', 'member_of', 'reports_to', 'responsible_for',
         'covers_area', 'produces', 'funds', 'priority_of', 'subgroup_of', 'attended'}
REQ = ['id', 'doc', 'subject', 'relation', 'object', 'evidence', 'when', 'area']
errors, warnings = [], []
norm = lambda s: ' '.join(s.split())
key = lambda s: norm(s).lower()


def load_jsonl(path):
    out = []
    with open(path, encoding='utf-8') as fh:
        for n, line in enumerate(fh, 1):
            if line.strip():
                try:
                    out.append(json.loads(line))
                except json.JSONDecodeError as e:
                    errors.append(f'{os.path.basename(path)}:{n}: bad JSON: {e}')
    return out


facts = load_jsonl(os.path.join(PARTS, 'h2_facts.jsonl'))
qa = load_jsonl(os.path.join(PARTS, 'h2_qa.jsonl'))
aliases = json.load(open(os.path.join(PARTS, 'h2_aliases.json'), encoding='utf-8'))

resolve = {}
for canon, variants in aliases.items():
    if not isinstance(variants, list):
        errors.append(f'aliases: {canon!r} does not map to a list')
        continue
    for v in [canon] + variants:
        k = key(v)
        if k in resolve and resolve[k] != canon:
            errors.append(f'aliases: {v!r} maps to both {resolve[k]!r} and {canon!r}')
        resolve.setdefault(k, canon)

texts = {}
for name in sorted(os.listdir(DOCS)):
    t = open(os.path.join(DOCS, name), encoding='utf-8').read()
    texts[name] = t
    if not t.startswith('Source: https://'):
        errors.append(f'{name}: does not begin with "Source: https://"')
    words = len(t.split())
    if not 400 <= words <= 1200:
        warnings.append(f'{name}: {words} words (brief: 400-1200)')


def check_evidence(where, doc, ev):
    if doc not in texts:
        errors.append(f'{where}: unknown doc {doc!r}')
    elif not isinstance(ev, str) or not ev.strip():
        errors.append(f'{where}: empty evidence')
    elif ev not in texts[doc]:
        if norm(ev) in norm(texts[doc]):
            warnings.append(f'{where}: evidence matches only after whitespace normalisation')
        else:
            errors.append(f'{where}: evidence not in {doc}: {ev!r}')


ids = Counter()
for f in facts:
    fid = f.get('id', '?')
    ids[fid] += 1
    for r in REQ:
        if r not in f:
            errors.append(f'{fid}: missing field {r}')
    rel = f.get('relation')
    if rel not in RELATIONS:
        errors.append(f'{fid}: relation {rel!r} not in the closed set')
    if rel == 'other' and not f.get('note'):
        errors.append(f'{fid}: other fact without a note')
    if rel == 'funding_amount':
        for r in ('funder', 'recipient', 'period'):
            if not f.get(r):
                errors.append(f'{fid}: funding_amount without {r}')
    if rel == 'represented_by' and not f.get('on_body'):
        errors.append(f'{fid}: represented_by without on_body')
    for r in ('subject', 'object', 'on_body', 'funder', 'recipient'):
        if r in f and key(f[r]) not in resolve:
            errors.append(f'{fid}: {r} {f[r]!r} does not resolve through h2_aliases.json')
        elif r in f and resolve[key(f[r])] != f[r]:
            warnings.append(f'{fid}: {r} {f[r]!r} is a variant, not the canonical {resolve[key(f[r])]!r}')
    if not re.fullmatch(r'\d{4}(-\d{2}-\d{2})?', str(f.get('when', ''))):
        errors.append(f'{fid}: bad when {f.get("when")!r}')
    check_evidence(fid, f.get('doc'), f.get('evidence'))

for q in qa:
    qid = q.get('id', '?')
    ids[qid] += 1
    for r in ('id', 'doc', 'question', 'kind', 'answers', 'all', 'evidence'):
        if r not in q:
            errors.append(f'{qid}: missing field {r}')
    if q.get('kind') not in KINDS:
        errors.append(f'{qid}: kind {q.get("kind")!r} not in the known set')
    check_evidence(qid, q.get('doc'), q.get('evidence'))
    if q.get('kind') != 'amount' or q.get('all'):
        for a in q.get('answers', []):
            if key(a) not in resolve:
                errors.append(f'{qid}: answer {a!r} does not resolve through h2_aliases.json')

for i, n in ids.items():
    if n > 1:
        errors.append(f'duplicate id {i}')

per_doc = Counter(f['doc'] for f in facts)
neg = Counter(q['doc'] for q in qa if not q.get('answers'))
pos = Counter(q['doc'] for q in qa if q.get('answers'))
for d in texts:
    if not per_doc[d]:
        errors.append(f'{d}: no facts')
    if neg[d] != 1 or not 3 <= pos[d] <= 5:
        warnings.append(f'{d}: {pos[d]} answerable and {neg[d]} negative questions (brief: 3-5 and 1)')

print(f'{len(texts)} documents, {len(facts)} facts, {len(qa)} questions '
      f'({sum(neg.values())} negative), {len(aliases)} canonical names')
print('facts by relation:', ', '.join(f'{r} {n}' for r, n in Counter(f['relation'] for f in facts).most_common()))
for w in warnings:
    print('WARNING', w)
for e in errors:
    print('ERROR', e)
print(f'{len(errors)} errors, {len(warnings)} warnings')
sys.exit(1 if errors else 0)
