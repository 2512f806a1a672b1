"""Probe for answers from another council when a question joins a topic to a body: "Who leads on knife crime
for the Eastvale CSP?", asked for held bodies and topics in every combination of a few templates. An answer
none of whose evidence is a paper of the body's place is printed as a candidate wrong-council answer (to read:
some are right, such as a county force's grant to a unitary's youth justice service).

    python bench/qa_cross_names.py STORE [--bodies 60] [--topics 6]

STORE is any store (e.g. one kept by `govkg eval CORPUS --qa --keep-store STORE`).
"""

from __future__ import annotations

import argparse
import random

from govkg.graph.store import LocalStore
from govkg.questions import Asker
from govkg.questions.naming import area_names

TEMPLATES = (
    "Who leads on {t} for the {b}?",
    "Which body oversees {t} for the {b}?",
    "Who is responsible for {t} in the {b}?",
    "Who funds {t} work for the {b}?",
    "Who chairs the {t} work of the {b}?",
    "Who reports to the {b} on {t}?",
    "What is the {b} priority on {t}?",
    "Which group of the {b} deals with {t}?",
    "Who represents the {b} on {t}?",
)


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("store")
    ap.add_argument("--bodies", type=int, default=60)
    ap.add_argument("--topics", type=int, default=6)
    args = ap.parse_args()
    asker = Asker(LocalStore(args.store))
    index, places = asker.index(), asker.places()
    bodies = [e for e in index.entities.values()
              if e.kind == "body" and area_names(e, places) and len(e.label.split()) >= 3]
    topics = [e for e in index.entities.values() if e.kind == "topic" and len(e.label) > 6]
    rng = random.Random(1)  # the same sample each run, so that two runs compare
    rng.shuffle(bodies)
    rng.shuffle(topics)
    asked = flagged = 0
    for body in bodies[: args.bodies]:
        where = [p for a in area_names(body, places) if (p := places.place_of(a)) is not None]
        for topic in topics[: args.topics]:
            for template in TEMPLATES:
                question = template.format(t=topic.label, b=body.label)
                asked += 1
                result = asker.ask(question)
                for answer in result.answers[:5]:
                    docs = {ev.document or "" for ev in answer.evidence}
                    areas = set().union(*(asker.state.doc_areas(d) for d in docs))
                    if not any(places.inside(d, p) for d in areas for p in where):
                        flagged += 1
                        print(f"{question}\n    {result.interpretation[:200]}\n    {answer.label} from {sorted(areas)}")
                        break
    print(f"asked {asked} questions; {flagged} answered from no paper of the body's place")


if __name__ == "__main__":
    main()
