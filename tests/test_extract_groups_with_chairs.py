"""Groups listed in a sentence with their chairs in brackets, as minutes and terms of reference list them, wrapped
at a page's width. Texts written for the tests; the people are invented."""

from __future__ import annotations

from extract_helpers import of, read


def test_groups_with_chairs_wrapped_inside_the_bracket() -> None:
    doc = read("Carmarthen Substance Misuse Board\nMinutes\n\n3. GOVERNANCE\n"
               "3.2 Three groups report to the Board: the Finance and Contracts Sub-group (chair:\n"
               "Dana Whitcombe), the Harm Reduction and Overdose Group (chair: Dr Ivo\n"
               "Brennard) and the Lived Experience Forum (chair: Mo Tasker). The review panel sits within the\n"
               "Harm Reduction group.\n")
    board = "Carmarthen Substance Misuse Board"
    assert {("Finance and Contracts Sub-group", board), ("Harm Reduction and Overdose Group", board),
            ("Lived Experience Forum", board)} <= of(doc, "reports_to")
    # the chairs in brackets are no groups of the sub-group whose bracket the line broke
    assert not any(s in ("Dana Whitcombe", "Ivo Brennard") for s, _ in of(doc, "subgroup_of"))
    assert ("Dana Whitcombe", "Finance and Contracts Sub-group") in of(doc, "chairs")


def test_and_after_an_aside_parts_two_groups_whose_names_hold_and() -> None:
    doc = read("Safer Tamworth Partnership\nTerms of Reference\n\n"
               "Two groups report to the Partnership: the Drugs and Alcohol Group (chair: Pat Okafor) and the "
               "Violence and Exploitation Panel (lead: Ros Lindqvist).\n")
    groups = {s for s, o in of(doc, "reports_to") if o == "Safer Tamworth Partnership"}
    # (the groups may carry the area's name before their own: how bodies are named is not this test's matter)
    assert any(g.endswith("Drugs and Alcohol Group") for g in groups)
    assert any(g.endswith("Violence and Exploitation Panel") for g in groups)
    assert len(groups) == 2


def test_a_wrapped_bracket_makes_no_field() -> None:
    from govkg.loaders.layout import read_layout

    text = ("The Board has two groups: the Youth Panel (chair:\nAmir Castellan), the Homes Group (chair: Lee\n"
            "Penrose) and the Safety Forum.\n")
    kinds = [ln.kind for ln in read_layout(text).lines if ln.text]
    assert "field" not in kinds


def test_a_duty_wrapped_before_its_act_is_not_joined_to_it() -> None:
    # "under" joins no name to the Act it acts under, though a line break falls inside the Act's title
    doc = read("Eastmoor Violence Reduction Unit\nAnnual Report\n\n3.4 The VRU is the lead body for the Serious "
               "Violence Duty under the Police, Crime,\nSentencing and Courts Act 2022. Each local partnership uses "
               "its assessment.\n")
    assert {o for _, o in of(doc, "responsible_for")} == {"Serious Violence Duty"}
