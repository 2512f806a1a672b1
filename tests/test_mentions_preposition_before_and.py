"""A body, a preposition, then a second body whose own name holds "and" ("the X Unit for the Exploitation and
Serious Violence Group"): two bodies split at the preposition, not at the "and" inside the second name."""

from __future__ import annotations

from extract_helpers import of, read

from govkg.loaders.mentions import find_mentions


def _bodies(text: str) -> list[str]:
    return [m.name for m in find_mentions(text, 0, len(text)) if m.kind == "body"]


def test_a_grant_line_from_a_unit_for_a_group_with_and_in_its_name() -> None:
    text = "- £80,000 from the Essex Violence Reduction Unit for the Exploitation and Youth Violence Group;"
    assert _bodies(text) == ["Essex Violence Reduction Unit", "Exploitation and Youth Violence Group"], _bodies(text)


def test_the_same_with_the_second_bodys_possessive() -> None:
    text = "£45,000 from the Norfolk Violence Reduction Unit for the Knife Crime and Exploitation Panel's outreach."
    assert _bodies(text) == ["Norfolk Violence Reduction Unit", "Knife Crime and Exploitation Panel"], _bodies(text)


def test_two_bodies_joined_by_and_still_split_at_the_and() -> None:
    text = "funding to the Safer Leeds Partnership and Leeds City Council"
    assert _bodies(text) == ["Safer Leeds Partnership", "Leeds City Council"], _bodies(text)


def test_a_funding_paragraph_gives_the_grant_to_the_unit_not_a_cut_name() -> None:
    doc = read("Safer Calderdale Partnership annual report 2023/24\n\nFunding\n\nThe Partnership received:\n\n"
               "  - £126,000 from the West Yorkshire Violence Reduction Unit for the Exploitation and Youth "
               "Violence Group's outreach project;\n  - £40,000 from Calderdale Council towards domestic homicide "
               "reviews.\n")
    funders = {funder for funder, _ in of(doc, "funds")}
    assert not any(f.endswith("for the Exploitation") for f in funders), funders
    assert any(f.startswith("West Yorkshire Violence Reduction Unit") for f in funders), funders
