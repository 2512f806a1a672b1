"""bench/gold_conventions.py: every shipped gold set keeps the conventions of examples/CONVENTIONS.md, and the
checker catches a set that breaks one (mini-sets written here, with invented papers)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from bench_helpers import load_bench

REPO = Path(__file__).resolve().parent.parent
EXAMPLES = REPO / "examples"


gc = load_bench("gold_conventions")
SHIPPED = sorted(p for p in EXAMPLES.glob("*") if (p / "parts").is_dir() and list((p / "parts").glob("*_facts.jsonl")))


@pytest.mark.skipif(not SHIPPED, reason="no shipped sets under examples/")
@pytest.mark.parametrize("root", SHIPPED, ids=[p.name for p in SHIPPED])
def test_every_shipped_set_keeps_the_conventions(root: Path) -> None:
    findings = gc.check(gc.GoldSet.load(root))
    assert not findings, "\n".join(f"{f.rule} {f.kind} {f.doc} {f.fact_id}: {f.message}" for f in findings)


# --- mini-sets ---------------------------------------------------------------------------------------------------

DOC = "t_01_paper.txt"


def _fact(n: int, subject: str, relation: str, obj: str, evidence: str, **extra: str) -> dict:
    return {"id": f"t_01_{n:03d}", "doc": DOC, "subject": subject, "relation": relation, "object": obj,
            "evidence": evidence, "when": "2025", "area": "Tollbridge", **extra}


def _mini(tmp: Path, text: str, facts: list[dict], aliases: dict[str, list[str]] | None = None) -> Path:
    root = tmp / "mini"
    (root / "docs").mkdir(parents=True)
    (root / "parts").mkdir()
    (root / "docs" / DOC).write_text("Source: https://example.invalid/paper\n\n" + text, encoding="utf-8")
    (root / "parts" / "t_facts.jsonl").write_text("".join(json.dumps(f) + "\n" for f in facts), encoding="utf-8")
    names = {n for f in facts for n in (f["subject"], f["object"])}
    (root / "parts" / "t_aliases.json").write_text(json.dumps({n: [] for n in names} | (aliases or {})))
    return root


def _rules(root: Path) -> list[str]:
    return sorted(f.rule for f in gc.check(gc.GoldSet.load(root)))


PLAN_TEXT = ("The Tollbridge Safety Plan 2025-28 sets three priorities:\n- street drinking;\n- shop theft;\n"
             "- hate crime.\n")


def test_a_priority_given_to_the_partnership_when_the_plan_sets_it_is_caught_and_moved(tmp_path: Path) -> None:
    facts = [_fact(1, "Tollbridge Partnership", "produces", "Tollbridge Safety Plan 2025-28",
                   "The Tollbridge Safety Plan 2025-28 sets three priorities"),
             _fact(2, "street drinking", "priority_of", "Tollbridge Partnership", "- street drinking;")]
    root = _mini(tmp_path, PLAN_TEXT, facts)
    assert _rules(root) == ["A"]
    assert gc.main([str(root), "--fix", "--quiet"]) == 0
    moved = [f for f in gc.GoldSet.load(root).facts if f["relation"] == "priority_of"]
    assert [f["object"] for f in moved] == ["Tollbridge Safety Plan 2025-28"]


def test_a_one_statement_given_to_both_owners_is_caught(tmp_path: Path) -> None:
    facts = [_fact(1, "shop theft", "priority_of", "Tollbridge Safety Plan 2025-28", "- shop theft;"),
             _fact(2, "shop theft", "priority_of", "Tollbridge Partnership", "- shop theft;")]
    assert "A" in _rules(_mini(tmp_path, PLAN_TEXT, facts))


def test_a_the_partnerships_own_priorities_stay_with_it(tmp_path: Path) -> None:
    text = "The Partnership's priorities for the year are:\n- street drinking;\n- shop theft.\n"
    facts = [_fact(1, "street drinking", "priority_of", "Tollbridge Partnership", "- street drinking;")]
    assert _rules(_mini(tmp_path, text, facts)) == []


def test_a_a_plan_the_board_owns_keeps_the_priorities_it_sets(tmp_path: Path) -> None:
    # "which the Board owns and which sets out": the relative clause's head sets them, not the Board
    text = ("Members noted the Tollbridge Harm Reduction Plan, which the Board owns and which sets out two "
            "priorities for the year:\n- street drinking;\n- shop theft.\n")
    facts = [_fact(1, "street drinking", "priority_of", "Tollbridge Harm Reduction Plan", "- street drinking;")]
    assert _rules(_mini(tmp_path, text, facts)) == []


def test_b_a_team_named_as_the_councils_without_part_of_is_a_gap(tmp_path: Path) -> None:
    text = "Wardens from Tollbridge Borough Council's licensing team walked the quay on Fridays.\n"
    facts = [_fact(1, "Tollbridge Borough Council licensing team", "delivers", "quay walks",
                   "Wardens from Tollbridge Borough Council's licensing team walked the quay on Fridays.")]
    root = _mini(tmp_path, text, facts, {"Tollbridge Borough Council": []})
    facts.append(_fact(2, "Tollbridge Borough Council", "member_of", "Tollbridge Partnership", "Wardens"))
    (root / "parts" / "t_facts.jsonl").write_text("".join(json.dumps(f) + "\n" for f in facts))
    assert _rules(root) == ["B"]
    gc.main([str(root), "--fix", "--quiet"])
    assert any(f["relation"] == "part_of" and f["object"] == "Tollbridge Borough Council"
               for f in gc.GoldSet.load(root).facts)


def test_c_funds_to_the_accountable_body_is_caught_and_moved_to_the_partnership(tmp_path: Path) -> None:
    text = ("The Commissioner's grant of £40,000 is paid to Fenmoor District Council as accountable body for the "
            "Fenmoor Partnership.\n")
    ev = "paid to Fenmoor District Council as accountable body for the Fenmoor Partnership"
    facts = [_fact(1, "Fenmoor District Council", "other", "Fenmoor Partnership", ev, note="accountable body"),
             _fact(2, "Police and Crime Commissioner for Fenmoor", "funds", "Fenmoor District Council", ev)]
    root = _mini(tmp_path, text, facts)
    assert _rules(root) == ["C"]
    gc.main([str(root), "--fix", "--quiet"])
    funds = [f for f in gc.GoldSet.load(root).facts if f["relation"] == "funds"]
    assert [f["object"] for f in funds] == ["Fenmoor Partnership"]


def test_d_a_provider_and_project_row_without_delivers_is_a_gap(tmp_path: Path) -> None:
    text = ("Project               | Delivered by            | Amount\n"
            "----------------------|-------------------------|--------\n"
            "Night marshals, Quay  | Quayside Street Pastors | £9,000\n")
    facts = [_fact(1, "Tollbridge Partnership", "funds", "Night marshals, Quay",
                   "Night marshals, Quay | Quayside Street Pastors | £9,000"),
             _fact(2, "Quayside Street Pastors", "member_of", "Tollbridge Partnership", "Quayside Street Pastors")]
    root = _mini(tmp_path, text, facts)
    assert _rules(root) == ["D"]
    gc.main([str(root), "--fix", "--quiet"])
    assert _rules(root) == []


def test_e_scrutiny_read_as_oversight_is_caught_and_the_function_stays(tmp_path: Path) -> None:
    text = "The Resources Committee, sitting as the crime and disorder committee, reviewed the partnership's year.\n"
    facts = [_fact(1, "Resources Committee", "oversees", "Tollbridge Partnership",
                   "sitting as the crime and disorder committee"),
             _fact(2, "Resources Committee", "responsible_for", "crime and disorder scrutiny",
                   "sitting as the crime and disorder committee")]
    root = _mini(tmp_path, text, facts)
    assert _rules(root) == ["E"]
    gc.main([str(root), "--fix", "--quiet"])
    assert [f["relation"] for f in gc.GoldSet.load(root).facts] == ["other", "responsible_for"]


JOINT_TEXT = ("Minutes of a joint meeting of the Ashvale and Brookfield partnerships\n\n"
              "Present: Jo Okoro, Sam Reid, Lee Park\n")


def _joint_facts(objects_for_lee: list[str]) -> list[dict]:
    facts, n = [], 0
    for person in ("Jo Okoro", "Sam Reid"):
        for body in ("Ashvale Partnership", "Brookfield Partnership"):
            n += 1
            facts.append(_fact(n, person, "attended", body, "Present: Jo Okoro, Sam Reid, Lee Park"))
    for body in objects_for_lee:
        n += 1
        facts.append(_fact(n, "Lee Park", "attended", body, "Present: Jo Okoro, Sam Reid, Lee Park"))
    return facts


def test_f_a_joint_meeting_attended_for_each_body_passes(tmp_path: Path) -> None:
    facts = _joint_facts(["Ashvale Partnership", "Brookfield Partnership"])
    assert _rules(_mini(tmp_path, JOINT_TEXT, facts)) == []


def test_f_an_attendee_given_to_one_body_of_a_joint_meeting_is_caught(tmp_path: Path) -> None:
    assert _rules(_mini(tmp_path, JOINT_TEXT, _joint_facts(["Ashvale Partnership"]))) == ["F"]


def test_f_an_invented_joint_meeting_node_is_caught(tmp_path: Path) -> None:
    facts = [_fact(1, "Jo Okoro", "attended", "Ashvale and Brookfield partnerships joint meeting",
                   "Present: Jo Okoro, Sam Reid, Lee Park")]
    assert _rules(_mini(tmp_path, JOINT_TEXT, facts)) == ["F"]


def test_f_one_person_at_two_bodies_own_meetings_is_no_joint_meeting(tmp_path: Path) -> None:
    text = "Our officer, Jo Okoro, attends the Ashvale board and the Brookfield board.\n"
    facts = [_fact(1, "Jo Okoro", "attended", "Ashvale Partnership", "attends the Ashvale board")]
    assert _rules(_mini(tmp_path, text, facts)) == []


def test_g_a_post_chairing_beside_its_holder_is_caught_and_given_to_the_person(tmp_path: Path) -> None:
    ev = "The panel is chaired by the Head of Housing, Priya Lal."
    facts = [_fact(1, "Priya Lal", "holds_post", "Head of Housing", ev),
             _fact(2, "Head of Housing", "chairs", "Tollbridge Channel Panel", ev)]
    root = _mini(tmp_path, ev + "\n", facts)
    assert _rules(root) == ["G"]
    gc.main([str(root), "--fix", "--quiet"])
    chairs = [f for f in gc.GoldSet.load(root).facts if f["relation"] == "chairs"]
    assert [f["subject"] for f in chairs] == ["Priya Lal"]


def test_g_a_post_chairing_with_no_holder_in_the_statement_stays(tmp_path: Path) -> None:
    text = "Priya Lal is Head of Housing.\nThe panel is chaired by the Head of Housing.\n"
    facts = [_fact(1, "Priya Lal", "holds_post", "Head of Housing", "Priya Lal is Head of Housing."),
             _fact(2, "Head of Housing", "chairs", "Tollbridge Channel Panel",
                   "The panel is chaired by the Head of Housing.")]
    assert _rules(_mini(tmp_path, text, facts)) == []


def test_h_an_endorsement_coded_as_produces_is_caught(tmp_path: Path) -> None:
    ev = "Cabinet endorsed the Safer Elmford Plan and recommended it to Council."
    facts = [_fact(1, "Elmford Cabinet", "produces", "Safer Elmford Plan", ev, note="endorses")]
    assert _rules(_mini(tmp_path, ev + "\n", facts)) == ["H"]


def test_i_subgroup_of_on_reports_to_alone_is_caught_and_relabelled(tmp_path: Path) -> None:
    ev = "Two groups report to the Partnership: the Tasking Group and the Night-Time Economy Group."
    facts = [_fact(1, "Tollbridge Tasking Group", "subgroup_of", "Tollbridge Partnership", ev)]
    root = _mini(tmp_path, ev + "\n", facts)
    assert _rules(root) == ["I"]
    gc.main([str(root), "--fix", "--quiet"])
    assert [f["relation"] for f in gc.GoldSet.load(root).facts] == ["reports_to"]


def test_i_a_stated_sub_group_stays(tmp_path: Path) -> None:
    ev = "The Tasking Group is a sub-group of the Partnership and reports to it each quarter."
    facts = [_fact(1, "Tollbridge Tasking Group", "subgroup_of", "Tollbridge Partnership", ev)]
    assert _rules(_mini(tmp_path, ev + "\n", facts)) == []


def test_j_the_commissioners_own_plan_without_produces_is_a_gap(tmp_path: Path) -> None:
    text = "The grants support the Commissioner's Police and Crime Plan 2025-29 across the county.\n"
    facts = [_fact(1, "Police and Crime Commissioner for Tollshire", "funds", "Tollbridge Partnership",
                   "The grants support"),
             _fact(2, "Tollbridge Partnership", "other", "Tollshire Police and Crime Plan 2025-29",
                   "the Commissioner's Police and Crime Plan 2025-29", note="supports")]
    root = _mini(tmp_path, text, facts)
    assert _rules(root) == ["J"]
    gc.main([str(root), "--fix", "--quiet"])
    assert any(f["relation"] == "produces" for f in gc.GoldSet.load(root).facts)


def test_k_an_author_who_produces_nothing_is_a_gap(tmp_path: Path) -> None:
    text = "Report author: Tomas Reyes, Community Safety Officer\n\nTitle: Quay patrols review\n"
    facts = [_fact(1, "Tomas Reyes", "holds_post", "Community Safety Officer",
                   "Tomas Reyes, Community Safety Officer")]
    assert _rules(_mini(tmp_path, text, facts)) == ["K"]


def test_a_clean_set_passes_and_a_broken_one_exits_non_zero(tmp_path: Path) -> None:
    ev = "The panel is chaired by the Head of Housing, Priya Lal."
    good = [_fact(1, "Priya Lal", "holds_post", "Head of Housing", ev),
            _fact(2, "Priya Lal", "chairs", "Tollbridge Channel Panel", ev)]
    clean = _mini(tmp_path / "a", ev + "\n", good)
    broken = _mini(tmp_path / "b", ev + "\n", [good[0], _fact(2, "Head of Housing", "chairs",
                                                                 "Tollbridge Channel Panel", ev)])
    assert gc.main([str(clean), "--quiet"]) == 0
    assert gc.main([str(broken), "--quiet"]) == 1
