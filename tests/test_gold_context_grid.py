"""bench/gold_conventions.py reads the paper around a gold quote where a rule's decision stands beside it: the
holder named after a chairing post (G), the "... report to X:" lead-in of a listed group (I), a "Report of:"
writer line with the paper's title (K), "as accountable body" in the next sentence or a wrapped cell (C), and
the plan a list's lead-in names for a long listed priority (A).
Each case is an invented paper with its gold, and the rules the checker
should find; the "not said" cases and the true readings beside them must stay clean."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from bench_helpers import load_bench

gc = load_bench("gold_conventions")
DOC = "g_01_paper.txt"


def _fact(n: int, subject: str, relation: str, obj: str, evidence: str) -> dict:
    return {"id": f"g_01_{n:03d}", "doc": DOC, "subject": subject, "relation": relation, "object": obj,
            "evidence": evidence, "when": "2025", "area": "Wrenford"}


def _mini(tmp: Path, text: str, facts: list[dict]) -> Path:
    root = tmp / "grid"
    (root / "docs").mkdir(parents=True)
    (root / "parts").mkdir()
    (root / "docs" / DOC).write_text("Source: https://example.invalid/paper\n\n" + text, encoding="utf-8")
    (root / "parts" / "g_facts.jsonl").write_text("".join(json.dumps(f) + "\n" for f in facts), encoding="utf-8")
    names = {n for f in facts for n in (f["subject"], f["object"])}
    (root / "parts" / "g_aliases.json").write_text(json.dumps({n: [] for n in names}))
    return root


def _holder(person: str, post: str) -> dict:
    return _fact(1, person, "holds_post", post, f"{person}, {post}")


# (case, paper, gold facts, rules found)
G_CASES = [
    ("holder after the post, same sentence",
     "4.1 The Board is chaired by the Head of Licensing, currently Anwen Pryce-Tallis.\n",
     [_holder("Anwen Pryce-Tallis", "Head of Licensing"),
      _fact(2, "Head of Licensing", "chairs", "Wrenford Safety Board",
            "The Board is chaired by the Head of Licensing")],
     ["G"]),
    ("holder in the next sentence after a full stop",
     "3.1 The Partnership is chaired by the Cabinet Member for Neighbourhoods. For 2025/26 this is Cllr Odile "
     "Marchetti.\n",
     [_holder("Odile Marchetti", "Cabinet Member for Neighbourhoods"),
      _fact(2, "Cabinet Member for Neighbourhoods", "chairs", "Wrenford Partnership",
            "The Partnership is chaired by the Cabinet Member for Neighbourhoods.")],
     ["G"]),
    ("vice-chair with the holder in brackets",
     "The Vice-Chair is the District Commander, Wrenford (at present Inspector Bartholomew Quayle).\n",
     [_holder("Bartholomew Quayle", "District Commander, Wrenford"),
      _fact(2, "District Commander, Wrenford", "vice_chair", "Wrenford Partnership",
            "The Vice-Chair is the District Commander, Wrenford")],
     ["G"]),
    ("'the post is held by' after a semicolon",
     "The Director of Place chairs the Group; the post is currently held by Femi Achterland.\n",
     [_holder("Femi Achterland", "Director of Place"),
      _fact(2, "Director of Place", "chairs", "Wrenford Town Centre Group", "The Director of Place chairs the Group")],
     ["G"]),
    ("membership table row marked (Chair)",
     "Membership\n| Dr Ines Valcourt | Director of Public Health (Chair) | Wrenford Council |\n\n"
     "Chair: Director of Public Health\n",
     [_holder("Ines Valcourt", "Director of Public Health"),
      _fact(2, "Director of Public Health", "chairs", "Wrenford Drugs Partnership",
            "Chair: Director of Public Health")],
     ["G"]),
    ("a line naming holder, post and the chaired body",
     "The Panel is chaired by the Head of Housing.\n\nNews: Tobiah Renfrew, Head of Housing, took over as chair of the "
     "Wrenford Panel in May.\n",
     [_holder("Tobiah Renfrew", "Head of Housing"),
      _fact(2, "Head of Housing", "chairs", "Wrenford Panel", "The Panel is chaired by the Head of Housing.")],
     ["G"]),
    ("not said: no holder anywhere near the statement",
     "The Panel is chaired by the Head of Housing.\n\nAppendix: Tobiah Renfrew, Head of Housing, attended.\n",
     [_holder("Tobiah Renfrew", "Head of Housing"),
      _fact(2, "Head of Housing", "chairs", "Wrenford Panel", "The Panel is chaired by the Head of Housing.")],
     []),
    ("not said: the holder chairs a different group earlier in the same list",
     "Reports were received from: the Street Group (chaired by Tobiah Renfrew); the Prevent Group, chaired by the "
     "Head of Housing; and the Hate Crime Forum.\n",
     [_holder("Tobiah Renfrew", "Head of Housing"),
      _fact(2, "Head of Housing", "chairs", "Wrenford Prevent Group", "the Prevent Group, chaired by the Head of "
            "Housing")],
     []),
    ("not said: the holder co-chairs another body on his own line",
     "The Prevent Board is chaired by the Head of Housing.\n\nThe Wrenford Partnership is co-chaired by the Head of "
     "Housing, Tobiah Renfrew, and the police.\n",
     [_holder("Tobiah Renfrew", "Head of Housing"),
      _fact(2, "Head of Housing", "chairs", "Wrenford Prevent Board", "The Prevent Board is chaired by the Head of "
            "Housing.")],
     []),
    ("not said: a post whose own name says chair, listed with its holder",
     "The Executive is chaired by the Independent Chair.\n\nMembers: Ruairi Fennimore, Independent Chair.\n",
     [_holder("Ruairi Fennimore", "Independent Chair"),
      _fact(2, "Independent Chair", "chairs", "Wrenford Executive", "The Executive is chaired by the Independent "
            "Chair.")],
     []),
    ("true reading stays: the person chairs with the post beside",
     "The Board is chaired by the Head of Licensing, Anwen Pryce-Tallis.\n",
     [_holder("Anwen Pryce-Tallis", "Head of Licensing"),
      _fact(2, "Anwen Pryce-Tallis", "chairs", "Wrenford Safety Board", "The Board is chaired by the Head of "
            "Licensing, Anwen Pryce-Tallis.")],
     []),
]

I_CASES = [
    ("an item of a '... report to X:' list",
     "He set out the structure. Three groups report to the Wrenford Executive: the Street Group, led by the "
     "police; the Harm Group, chaired by a nurse; and the Youth Group.\n",
     [_fact(1, "Wrenford Harm Group", "subgroup_of", "Wrenford Executive", "the Harm Group, chaired by a nurse"),
      _fact(2, "Wrenford Harm Group", "reports_to", "Wrenford Executive", "Three groups report to the Wrenford "
            "Executive")],
     ["I"]),
    ("not said: the list's lead-in calls them sub-groups",
     "Three sub-groups report to the Wrenford Executive: the Street Group, led by the police; the Harm Group, chaired "
     "by a nurse; and the Youth Group.\n",
     [_fact(1, "Wrenford Harm Group", "subgroup_of", "Wrenford Executive", "the Harm Group, chaired by a nurse")],
     []),
    ("not said: the groups sit under the parent",
     "Three groups sit under the Wrenford Executive and report to it: the Street Group; the Harm Group, chaired by a "
     "nurse.\n",
     [_fact(1, "Wrenford Harm Group", "subgroup_of", "Wrenford Executive", "the Harm Group, chaired by a nurse")],
     []),
    ("not said: 'reports to' elsewhere in the sentence, of another body",
     "The Council's Place Committee, one of its four committees, met in March; the Partnership reports to the "
     "Cabinet.\n",
     [_fact(1, "Wrenford Place Committee", "subgroup_of", "Wrenford Council", "the Council's Place Committee, one "
            "of its four committees")],
     []),
    ("not said: the lead-in reports to a different body",
     "Two groups report to the Cabinet: the Street Group and the Harm Group.\n",
     [_fact(1, "Wrenford Harm Group", "subgroup_of", "Wrenford Executive", "the Harm Group")],
     []),
]

K_CASES = [
    ("a 'Report of:' line names the writer, the head names the title",
     "Report to: Cabinet\nTitle: Wrenford night patrols review\nReport of: Leontyne Abara, Head of Safer Streets\n",
     [_fact(1, "Leontyne Abara", "holds_post", "Head of Safer Streets", "Leontyne Abara, Head of Safer Streets")],
     ["K"]),
    ("the writer's post, named with its council, already produces",
     "Title: Wrenford night patrols review\nReport of: Safer Streets Officer, Wrenford Council (Leontyne Abara)\n",
     [_fact(1, "Leontyne Abara", "holds_post", "Safer Streets Officer, Wrenford Council",
            "Safer Streets Officer, Wrenford Council (Leontyne Abara)"),
      _fact(2, "Safer Streets Officer, Wrenford Council", "produces", "Wrenford night patrols review",
            "Report of: Safer Streets Officer, Wrenford Council")],
     []),
    ("the writer already produces the report",
     "Title: Wrenford night patrols review\nReport of: Leontyne Abara, Head of Safer Streets\n",
     [_fact(1, "Leontyne Abara", "holds_post", "Head of Safer Streets", "Leontyne Abara, Head of Safer Streets"),
      _fact(2, "Leontyne Abara", "produces", "Wrenford night patrols review", "Report of: Leontyne Abara")],
     []),
    ("not said: a 'Report to:' line names no writer",
     "Report to: Cabinet\nTitle: Wrenford night patrols review\n",
     [_fact(1, "Leontyne Abara", "holds_post", "Head of Safer Streets", "Leontyne Abara, Head of Safer Streets")],
     []),
]



def _grant(to: str, evidence: str) -> list[dict]:
    return [_fact(1, "Wrenford Council", "other", "Wrenford Partnership", "accountable body"),
            _fact(2, "Commissioner for Wrenshire", "funds", to, evidence)]


_HELD = _grant("Wrenford Council", "The Commissioner has awarded the Council £52,000 for 2025/26.")
_HELD[0]["note"] = "accountable body"
_CELL = _grant("Wrenford Council", "| Wrenford Council (as   | Core grant | £30,000 |")
_CELL[0]["note"] = "accountable body"

C_CASES = [
    ("the next sentence says the council holds the grant for the partnership",
     "The Commissioner has awarded the Council £52,000 for 2025/26. The Council holds the grant as accountable body "
     "for the Wrenford Partnership.\n", _HELD, ["C"]),
    ("a table cell wrapped onto the next line",
     "| Recipient              | Purpose    | Amount  |\n| Wrenford Council (as   | Core grant | £30,000 |\n"
     "| accountable body)      |            |         |\n", _CELL, ["C"]),
    ("not said: the next sentence brings in another grant",
     "The Commissioner has awarded the Council £52,000 for 2025/26. A further grant is held as accountable body "
     "for the Wrenford Partnership.\n", _HELD, []),
    ("not said: the accountable-body statement is in another paragraph",
     "The Commissioner has awarded the Council £52,000 for 2025/26.\n\nFor other grants the Council acts as "
     "accountable body for the Wrenford Partnership.\n", _HELD, []),
]

_PLAN = "Wrenford Partnership Plan 2025-28"
_ITEM = "Reducing harm from street drinking and begging around the station and the bus interchange"
A_CASES = [
    ("a long list item under 'The ... Plan sets three priorities: 1.'",
     f"Our priorities\nThe {_PLAN} sets three priorities:\n1. {_ITEM};\n2. Shop theft.\n",
     [_fact(1, "Wrenford Partnership", "produces", _PLAN, f"The {_PLAN}"),
      _fact(2, _ITEM, "priority_of", "Wrenford Partnership", _ITEM)],
     ["A"]),
    ("true reading stays: the same item already given to the plan",
     f"Our priorities\nThe {_PLAN} sets three priorities:\n1. {_ITEM};\n2. Shop theft.\n",
     [_fact(1, "Wrenford Partnership", "produces", _PLAN, f"The {_PLAN}"),
      _fact(2, _ITEM, "priority_of", _PLAN, _ITEM)],
     []),
    ("not said: a long sentence, no list, names its own owner",
     f"The Wrenford Partnership agreed its work for the year. {_ITEM} is the Partnership's first aim.\n",
     [_fact(2, _ITEM, "priority_of", "Wrenford Partnership", _ITEM)],
     []),
    ("the partnership's own priorities stay with it when a list follows",
     f"The Wrenford Partnership has agreed three priorities for 2025:\n- {_ITEM};\n- shop theft.\n",
     [_fact(1, "Wrenford Partnership", "produces", _PLAN, f"The {_PLAN}"),
      _fact(2, _ITEM, "priority_of", "Wrenford Partnership", _ITEM)],
     []),
]


@pytest.mark.parametrize("text,facts,rules", [c[1:] for c in G_CASES + I_CASES + K_CASES + C_CASES + A_CASES],
                         ids=[c[0] for c in G_CASES + I_CASES + K_CASES + C_CASES + A_CASES])
def test_the_checker_reads_the_paper_around_the_quote(tmp_path: Path, text: str, facts: list[dict],
                                                       rules: list[str]) -> None:
    found = gc.check(gc.GoldSet.load(_mini(tmp_path, text, facts)))
    assert sorted(f.rule for f in found) == rules, [f.message for f in found]


def test_g_fix_gives_the_chair_to_the_holder_named_after_the_post(tmp_path: Path) -> None:
    root = _mini(tmp_path, G_CASES[0][1], G_CASES[0][2])
    gc.main([str(root), "--fix", "--quiet"])
    chairs = [f for f in gc.GoldSet.load(root).facts if f["relation"] == "chairs"]
    assert [f["subject"] for f in chairs] == ["Anwen Pryce-Tallis"]


def test_i_fix_keeps_the_reports_to_alone(tmp_path: Path) -> None:
    root = _mini(tmp_path, I_CASES[0][1], I_CASES[0][2])
    gc.main([str(root), "--fix", "--quiet"])
    assert [f["relation"] for f in gc.GoldSet.load(root).facts] == ["reports_to"]


def test_k_fix_adds_the_writer_producing_the_titled_report(tmp_path: Path) -> None:
    root = _mini(tmp_path, K_CASES[0][1], K_CASES[0][2])
    gc.main([str(root), "--fix", "--quiet"])
    made = [(f["subject"], f["object"]) for f in gc.GoldSet.load(root).facts if f["relation"] == "produces"]
    assert made == [("Leontyne Abara", "Wrenford night patrols review")]
