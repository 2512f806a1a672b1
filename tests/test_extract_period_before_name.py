"""A period written before a plan's name ("the 2023/24 X Action Plan") is part of the plan's name."""

from __future__ import annotations

from extract_helpers import of, read


def test_the_period_before_the_name_is_kept() -> None:
    doc = read("The local profile has been built into the 2023/24 Prevent Partnership Action Plan.\n")
    papers = {f.object.name for f in doc.facts if f.object is not None and f.object.kind == "publication"}
    assert papers == {"Prevent Partnership Action Plan 2023/24"}


def test_a_name_with_its_own_years_is_unchanged() -> None:
    doc = read("The Panel noted the 2023/24 Safer Bolton Plan 2022-2025 update.\n")
    assert not any("2023/24" in o for _, o in of(doc, "produces"))
