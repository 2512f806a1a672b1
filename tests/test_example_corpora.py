"""The example corpora shipped in examples/: invented council papers with hand-made gold. Their gold must be well
formed (every quote is in its paper, every relation is govkg's), and the extraction is held to floors on them.

`examples/heldout`, `examples/heldout2`, `examples/heldout4`, `examples/heldout13` to `examples/heldout66` were
written by helpers who had not seen the extraction code; their first-look figures are in bench/RESULTS.md. The
floors sit a little below what the extraction measures on them now, so a regression fails here."""

from __future__ import annotations

import json
import re
from collections import Counter
from pathlib import Path

import pytest

from govkg.ontology.relations import BY_KEY

EXAMPLES = Path(__file__).resolve().parent.parent / "examples"
SETS = {"corpus": "ex", "heldout": "ho", "heldout2": "h2", "heldout4": "h4", "heldout13": "h13", "heldout14": "h14",
        "heldout15": "h15", "heldout16": "h16", "heldout17": "h17", "heldout18": "h18", "heldout19": "h19",
        "heldout20": "h20", "heldout21": "h21", "heldout22": "h22", "heldout23": "h23", "heldout24": "h24",
        "heldout25": "h25", "heldout26": "h26", "heldout27": "h27", "heldout28": "h28", "heldout29": "h29",
        "heldout30": "h30", "heldout31": "h31", "heldout32": "h32", "heldout33": "h33", "heldout34": "h34",
        "heldout35": "h35", "heldout36": "h36", "heldout37": "h37", "heldout38": "h38", "heldout39": "h39",
        "heldout40": "h40", "heldout41": "h41", "heldout42": "h42", "heldout43": "h43", "heldout44": "h44",
        "heldout45": "h45", "heldout46": "h46", "heldout47": "h47", "heldout48": "h48", "heldout49": "h49",
        "heldout50": "h50", "heldout51": "h51", "heldout52": "h52", "heldout53": "h53", "heldout54": "h54",
        "heldout55": "h55", "heldout56": "h56", "heldout57": "h57", "heldout58": "h58",
        "heldout59": "h59", "heldout60": "h60", "heldout61": "h61", "heldout62": "h62",
        "heldout63": "h63", "heldout64": "h64", "heldout65": "h65", "heldout66": "h66"}
# (precision, recall) floors, lenient matching; measured on the merged build of 2026-12-05, evening: heldout
# 0.96 / 0.79, heldout2 0.91 / 0.75, heldout4 0.93 / 0.75 (its first look, before anyone read it: 0.59 / 0.20)
# heldout13 and heldout14 (2026-12-06): first look 0.66 / 0.33 and 0.74 / 0.37, at the end 0.68 / 0.34 and 0.76 / 0.40
# heldout15 and heldout16 (2026-12-06, second session): first look 0.71 / 0.38 and 0.55 / 0.20; at the end 0.71 /
# 0.41 (never read) and 0.82 / 0.36 (read); heldout13 and heldout14 at the end of that session 0.86 / 0.59, 0.92 / 0.62
# heldout17 to heldout20 (2026-12-06, third session): first look 0.63 / 0.32, 0.66 / 0.29, 0.71 / 0.31, 0.64 / 0.29;
# at the end 0.62 / 0.32 (heldout17, never read), 0.81 / 0.42, 0.87 / 0.42, 0.80 / 0.44 (each read by two engineers)
# heldout21 to heldout24 (2026-12-06, fourth session's test sets, never read while measured): first look 0.71 / 0.47,
# 0.83 / 0.44, 0.69 / 0.31, 0.74 / 0.29; at the end 0.72 / 0.48, 0.84 / 0.46, 0.72 / 0.31, 0.74 / 0.30. The read
# sets' floors were raised that session to what it reached (heldout13..20: 0.90 / 0.63 ... 0.82 / 0.46)
# The fifth session (13:49-16:49 UTC) read heldout21..24 and ended at 0.82 / 0.59, 0.89 / 0.56, 0.78 / 0.39,
# 0.85 / 0.42 (heldout13..20 0.93 / 0.66 ... 0.82 / 0.48); every floor sits about 0.03 under its set's figure.
# heldout25 and heldout26 (that session's test sets, never read while measured): first look 0.68 / 0.32 and
# 0.64 / 0.38, at the end 0.69 / 0.34 and 0.71 / 0.42
# The sixth session (16:40-19:40 UTC) read heldout25..26 and ended at 0.79 / 0.43 and 0.75 / 0.52; heldout27 and
# heldout28 (its test sets, never read while measured): first look 0.75 / 0.45 and 0.72 / 0.43, at the end 0.74 /
# 0.47 and 0.77 / 0.46. Floors about 0.03 under each set's figure (never lowered)
# The seventh session (19:42-22:42 UTC) read heldout27..28 and ended at 0.85 / 0.56 and 0.84 / 0.57; heldout29 and
# heldout30 (its test sets, never read while measured): first look 0.76 / 0.39 and 0.67 / 0.41 (on 0203836), at the
# start of the session 0.76 / 0.40 and 0.67 / 0.42, at the end 0.75 / 0.40 and 0.68 / 0.43
# The eighth session (2026-12-06/07, 22:06-01:06 UTC) read heldout29..30 and ended at 0.84 / 0.47 and 0.83 / 0.48;
# heldout31 and heldout32 (its test sets, never read while measured): first look 0.78 / 0.56 and 0.70 / 0.33 (on
# 9f8069c), at the start of the session 0.78 / 0.57 and 0.72 / 0.34, at the end 0.78 / 0.57 and 0.73 / 0.34
# heldout33 and heldout34 (the eighth session's later test sets, annotated twice and settled; never read while
# measured): first look 0.66 / 0.39 and 0.60 / 0.31 on the writers' gold (49ed1a1), on the settled gold 0.68 / 0.39
# and 0.65 / 0.32 at the start of the ninth session (2026-12-07, 00:55-03:55 UTC) and 0.68 / 0.39 and 0.64 / 0.32 at
# its end; that session read no set's failures (it added checks and a scorer that change no fact on either). Its
# checks took heldout31..32's false facts from 53 / 46 to 49 / 36: their precision floors raised to 0.76 / 0.73
# heldout35 and heldout36 (the tenth session's test sets, 2026-12-07 03:44-06:44 UTC, written, annotated twice and
# settled that session; never read while measured): first look on main 173055f 0.75 / 0.45 and 0.74 / 0.44 (settled
# gold), at its end 0.75 / 0.45 and 0.80 / 0.47; heldout33..34 at its end 0.68 / 0.39 and 0.65 / 0.33
# The eleventh session (2026-12-07 06:27-09:27 UTC) read heldout33..34 (engineers) and ended at 0.76 / 0.48 and
# 0.76 / 0.46; heldout35..36 (the engineers' unread check) at 0.77 / 0.52 and 0.81 / 0.49 (heldout35's gain partly
# from a form the lead's brief described from it). heldout37..40 (its test sets, written, annotated twice and settled
# that session; never read while measured): first look on main c315e36 (settled gold) 0.73 / 0.44, 0.75 / 0.53,
# 0.64 / 0.40, 0.79 / 0.58; at its end 0.73 / 0.45, 0.76 / 0.56, 0.63 / 0.40, 0.79 / 0.59; read the next session
# (2026-12-07, 09:31) for its census, at whose end 0.86 / 0.66, 0.87 / 0.68, 0.79 / 0.61, 0.87 / 0.69. heldout41..44
# (that session's test sets, never read while measured): first look on main 8201f13 (settled gold) 0.75 / 0.47,
# 0.77 / 0.51, 0.78 / 0.47, 0.84 / 0.51; at its end 0.79 / 0.51, 0.77 / 0.52, 0.80 / 0.50, 0.86 / 0.54; read
# the next session (2026-12-07, 12:30) for its census, at whose end 0.83 / 0.67, 0.84 / 0.65, 0.84 / 0.57,
# 0.89 / 0.65. heldout45..48
# (that session's test sets, never read while measured): first look on main e606cd8 (settled gold) 0.81 / 0.54,
# 0.74 / 0.46, 0.69 / 0.47, 0.67 / 0.43; at its end 0.82 / 0.55, 0.75 / 0.48, 0.68 / 0.49, 0.69 / 0.45; heldout49
# (its engineers' unread check, counts only) 0.76 / 0.51 -> 0.76 / 0.52; read the next session (2026-12-07, 15:41)
# for a census of false facts, at whose end 0.88 / 0.60, 0.78 / 0.50, 0.75 / 0.52, 0.80 / 0.52, 0.92 / 0.61.
# heldout50..53 (that session's test sets, never read while measured): first look on main fe03c21 (settled gold)
# 0.75 / 0.54, 0.63 / 0.35, 0.83 / 0.67, 0.73 / 0.55; at its end 0.75 / 0.54, 0.66 / 0.36, 0.83 / 0.67,
# 0.78 / 0.58; heldout54 (its engineers' unread check, counts only) 0.68 / 0.46 -> 0.68 / 0.46
# 2026-12-07, s24 (conventions): the gold of 43 sets was re-settled to examples/CONVENTIONS.md (a post beside its
# named holder does not chair, a committee's scrutiny is `other` never `oversees`, "reports to" alone is no sub-group, a
# joint meeting's attendance goes to each body, ...). The reading did not change; the gold did, and three precision
# floors fell below what govkg measures on the new gold. They were lowered to the new figure minus 0.02: heldout
# 0.92 -> 0.88 (now 0.909), heldout13 0.90 -> 0.87 (0.892), heldout14 0.89 -> 0.86 (0.887). No floor was raised.
# heldout55..57 (the session of 2026-12-07, 18:25's test sets, never read while measured): first look on main
# f9cd1dfd (settled gold) 0.78 / 0.59, 0.71 / 0.39, 0.63 / 0.45; at its end 0.79 / 0.60, 0.71 / 0.39, 0.68 / 0.45;
# heldout58 (its engineers' unread check) 0.78 / 0.56 -> 0.78 / 0.56; floors from the end on the gold re-settled to
# examples/CONVENTIONS.md at shipping. With rule E narrowed (the designated committee's function restored) three
# floors lowered by the conventions work were set again from the measure: heldout 0.89, heldout13 0.89, heldout14 0.88.
# heldout59..61 (the session of 2026-12-07, 21:11's test sets, never read while measured): first look on main
# dbab2077 (settled gold) 0.77 / 0.53, 0.78 / 0.56, 0.75 / 0.61; at its end 0.77 / 0.53, 0.78 / 0.56, 0.76 / 0.61;
# heldout62 (its engineers' unread check) 0.78 / 0.57 -> 0.78 / 0.57. Floors: the end minus 0.02.
# heldout63..65 (the session of 2026-12-08's test sets, never read while measured): first look on main
# 80407587 (settled gold) 0.78 / 0.57, 0.70 / 0.43, 0.75 / 0.52; at its end 0.78 / 0.58, 0.70 / 0.43, 0.76 / 0.52;
# heldout66 (its engineers' unread check) 0.79 / 0.58 -> 0.79 / 0.58. Floors: the end minus 0.02.
FLOORS = {"heldout": (0.89, 0.79), "heldout2": (0.88, 0.75), "heldout4": (0.90, 0.76), "heldout13": (0.89, 0.65),
          "heldout14": (0.88, 0.62), "heldout15": (0.84, 0.53), "heldout16": (0.85, 0.42), "heldout17": (0.75, 0.41),
          "heldout18": (0.82, 0.43), "heldout19": (0.87, 0.47), "heldout20": (0.80, 0.46), "heldout21": (0.80, 0.57),
          "heldout22": (0.85, 0.54), "heldout23": (0.78, 0.40), "heldout24": (0.86, 0.44), "heldout25": (0.83, 0.45),
          "heldout26": (0.73, 0.51), "heldout27": (0.82, 0.54), "heldout28": (0.81, 0.54), "heldout29": (0.80, 0.44),
          "heldout30": (0.79, 0.45), "heldout31": (0.76, 0.54), "heldout32": (0.73, 0.31),
          "heldout33": (0.72, 0.45), "heldout34": (0.73, 0.43),
          "heldout35": (0.74, 0.49), "heldout36": (0.77, 0.46), "heldout37": (0.83, 0.63), "heldout38": (0.84, 0.65),
          "heldout39": (0.76, 0.58), "heldout40": (0.84, 0.65), "heldout41": (0.80, 0.65),
          "heldout42": (0.82, 0.63), "heldout43": (0.82, 0.55), "heldout44": (0.87, 0.63),
          "heldout45": (0.86, 0.58), "heldout46": (0.76, 0.48), "heldout47": (0.73, 0.50), "heldout48": (0.78, 0.50),
          "heldout49": (0.90, 0.59), "heldout50": (0.73, 0.51), "heldout51": (0.63, 0.34), "heldout52": (0.81, 0.64),
          "heldout53": (0.76, 0.56), "heldout54": (0.66, 0.43),
          "heldout55": (0.77, 0.57), "heldout56": (0.67, 0.36), "heldout57": (0.65, 0.42), "heldout58": (0.75, 0.53),
          "heldout59": (0.75, 0.51), "heldout60": (0.76, 0.53), "heldout61": (0.74, 0.59), "heldout62": (0.75, 0.54),
          "heldout63": (0.76, 0.55), "heldout64": (0.67, 0.41), "heldout65": (0.73, 0.50), "heldout66": (0.77, 0.56)}


def _space(text: str) -> str:
    return re.sub(r"\s+", " ", text).strip()


@pytest.mark.parametrize("name", sorted(SETS))
def test_the_gold_is_well_formed(name: str) -> None:
    root, prefix = EXAMPLES / name, SETS[name]
    docs = {p.name: _space(p.read_text(encoding="utf-8")) for p in (root / "docs").glob("*.txt")}
    facts = [json.loads(line) for line in (root / "parts" / f"{prefix}_facts.jsonl").read_text().splitlines()
             if line.strip()]
    json.loads((root / "parts" / f"{prefix}_aliases.json").read_text())
    [json.loads(line) for line in (root / "parts" / f"{prefix}_qa.jsonl").read_text().splitlines() if line.strip()]
    assert facts and docs
    assert not [i for i, n in Counter(f["id"] for f in facts).items() if n > 1]
    for f in facts:
        assert f["relation"] in BY_KEY, f["id"]
        assert f["doc"] in docs, f["id"]
        assert _space(f["evidence"]) in docs[f["doc"]], f["id"]


@pytest.mark.slow
@pytest.mark.parametrize("name", sorted(FLOORS))
def test_extraction_floors_on_the_held_out_sets(name: str) -> None:
    from govkg.evaluation import evaluate_docs

    root, prefix = EXAMPLES / name, SETS[name]
    result = evaluate_docs(root / "docs", root / "parts" / f"{prefix}_facts.jsonl",
                           root / "parts" / f"{prefix}_aliases.json")
    precision, recall = FLOORS[name]
    overall = result.facts.overall
    assert overall.precision >= precision and overall.recall >= recall, (overall.precision, overall.recall)
