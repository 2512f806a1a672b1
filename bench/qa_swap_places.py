"""Probe for answers from another council: each question of a corpus asked again with the first place it names
(one the graph holds) swapped for another place the graph holds. An answer none of whose evidence is a paper
of the swapped-in place is printed as a candidate wrong-council answer (to read: some are right, such as a
London-wide paper's grant to a borough).

    python bench/qa_swap_places.py STORE CORPUS [--places Plymouth,Haringey,Suffolk]

STORE is a store built from CORPUS's documents (`govkg eval CORPUS --qa --keep-store STORE`).
"""

from __future__ import annotations

import argparse
import json
import re
from pathlib import Path

from govkg.graph.store import LocalStore
from govkg.questions import Asker
from govkg.questions.lexicon import normalise


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("store")
    ap.add_argument("corpus", type=Path)
    ap.add_argument("--places", default="Plymouth,Haringey,Suffolk",
                    help="held places to swap in, tried in order (the first the question does not name)")
    args = ap.parse_args()
    asker = Asker(LocalStore(args.store))
    places = asker.places()
    swaps = args.places.split(",")
    asked = suspicious = 0
    for qa in sorted((args.corpus / "parts").glob("*_qa.jsonl")):
        for line in filter(None, qa.read_text(encoding="utf-8").splitlines()):
            item = json.loads(line)
            question = item["question"]
            held = [p for p in places.scan(normalise(question)) if p.held]
            m = re.search(re.escape(held[0].place.name), question, re.I) if held else None
            other = next((o for o in swaps if o.lower() not in question.lower()), None)
            if m is None or other is None:
                continue
            swapped = question[: m.start()] + other + question[m.end() :]
            result = asker.ask(swapped)
            asked += 1
            if not result.answers:
                continue
            target = places.place_of(other)
            docs = {ev.document for a in result.answers for ev in a.evidence if ev.document}
            if target is not None and any(
                places.inside(area, target) for doc in docs for area in asker.state.doc_areas(doc)
            ):
                continue
            suspicious += 1
            print(f"{item['id']}: {swapped}\n    {result.interpretation[:240]}\n    "
                  f"{[a.label for a in result.answers][:4]} from {sorted(d.rsplit('/', 1)[-1] for d in docs)[:2]}")
    print(f"asked {asked} swapped questions; {suspicious} answered from no paper of the swapped-in place")


if __name__ == "__main__":
    main()
