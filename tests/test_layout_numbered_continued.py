"""A numbered line whose words look like a title is a wrapped paragraph, not a heading, when the next line goes on
with its sentence: a word in lower case, or the title's years followed by a comma."""

from __future__ import annotations

from extract_helpers import of, read

from govkg.loaders.layout import read_layout


def _kinds(text: str) -> list[str]:
    return [ln.kind for ln in read_layout(text).lines]


def test_years_and_comma_on_the_next_line_carry_the_sentence_on() -> None:
    text = ("4.2 The CSP supports the Safer Oldham Partnership Strategy\n"
            "2023-2026, whose priorities are retail crime, knife crime and hate crime.\n")
    assert _kinds(text)[0] != "heading"


def test_lower_case_on_the_next_line_carries_the_sentence_on() -> None:
    text = ("2.1 The PCC funds the Safer Lancaster Community Safety Plan\n"
            "which the Board drafted in the spring.\n")
    assert _kinds(text)[0] != "heading"


def test_a_numbered_title_over_a_new_sentence_stays_a_heading() -> None:
    text = "3. Community Safety Partnership Priorities\nThe Board agreed three priorities in May.\n"
    assert _kinds(text)[0] == "heading"


def test_the_wrapped_title_is_read_whole_with_its_years() -> None:
    doc = read("Report to: Cabinet\nDate: 5 May 2024\n\n"
               "3.5 The CSP supports the Safer Tameside Partnership Strategy\n"
               "2024-2027, whose priorities are retail crime, knife crime and hate crime.\n")
    owners = {owner for _, owner in of(doc, "priority_of")}
    assert owners == {"Safer Tameside Partnership Strategy 2024-2027"}
