"""Which body met, paper by paper over the read sets: the gold's meeting body against the reader's.

Usage: python -m govkg.bench.meeting_body [SET ...]   (dev, seeds, or an examples/ name; default: every read set)

For every paper whose gold or reading holds attendance (attended, apologies), the bodies the gold gives those
facts and the bodies the reader gives them, both as the set's aliases name them. Each paper is right (same
bodies), wrong (a body the gold does not give), partial (some gold bodies missing, none false), silent (gold
bodies, nothing read). Prints one line a paper with the meeting frame's evidence, and a count by outcome: the
accuracy table of the "which body met" frame as its consumers use it.
"""

from __future__ import annotations

import sys
from collections import Counter

from govkg.bench.funder_frame import _canon, as_gold, compared, read_papers
from govkg.loaders.meeting_frame import meeting_frame

_MET = ("attended", "apologies")


def tally(names: list[str]) -> Counter:
    counts: Counter = Counter()
    for name, path, doc, gold, aliases in read_papers(names):
        wanted = {_canon(aliases, g["object"]) for g in gold if g["doc"] == path.name and g["relation"] in _MET}
        known = {e.iri: e for e in doc.entities}
        read = {as_gold(f.object, known, aliases, wanted) for f in doc.facts if f.relation in _MET}
        if not wanted and not read:
            continue
        outcome = compared(read, wanted)
        frame = meeting_frame(doc.text)
        evidence = frame.evidence if frame else "own body"
        counts[outcome] += 1
        print(f"{outcome:7s} {name} {path.name[:44]} [{evidence}] gold={sorted(wanted)} read={sorted(read)}")
    return counts


if __name__ == "__main__":
    result = tally(sys.argv[1:])
    print(" ".join(f"{o} {v}" for o, v in sorted(result.items())))
