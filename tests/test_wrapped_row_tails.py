"""Rows a narrow column wrapped, joined back: a line whose first cell is a bracketed note alone, and a line that
ends an organisation's wrapped name in one column while the other columns go on. Tables written for the test."""

from __future__ import annotations

from extract_helpers import of, read

from govkg.loaders.wrapped_rows import join_wrapped_rows


def test_a_note_alone_in_the_first_column_carries_every_cell_on():
    lines = [
        " Cllr Ann Tebbit        Cabinet Member for Housing and        Harbury District",
        " (Chair)                Community Resilience                  Council",
        " Tom Ashcroft           Prevent Officer                       Harbury District Council",
    ]
    out = join_wrapped_rows(lines)
    assert len(out) == 2
    assert out[0].split("\t") == ["Cllr Ann Tebbit (Chair)", "Cabinet Member for Housing and Community Resilience",
                                  "Harbury District Council"]


def test_an_organisations_wrapped_end_carries_the_other_columns_on():
    lines = [
        " Jo Marsh       Assistant Director, Housing        Kestrel Vale Metropolitan",
        "                Options and Homelessness           Borough Council",
        " Ken Oduya      Head of Safeguarding               NHS Westmoor Integrated",
        "                                                   Care Board",
        " Ola Brandt     Station Manager                    Westmoor Fire",
    ]
    out = join_wrapped_rows(lines)
    assert len(out) == 3
    assert out[0].split("\t") == ["Jo Marsh", "Assistant Director, Housing Options and Homelessness",
                                  "Kestrel Vale Metropolitan Borough Council"]
    assert out[1].split("\t")[-1] == "NHS Westmoor Integrated Care Board"


def test_a_second_person_under_an_organisation_is_a_row_of_its_own():
    lines = [
        " Organisation                 Name                Role",
        " Harbury District Council     Jo Marsh            Head of Housing",
        "                              Ken Oduya           Community Safety Officer",
        " Westmoor Police              Ann Rees            Inspector",
    ]
    assert join_wrapped_rows(lines) == lines


def test_a_deputy_post_under_a_whole_organisation_is_not_joined():
    lines = [
        " Jo Marsh       Head of Safety              Westmoor Police",
        "                Deputy Head of Safety       Westmoor Police",
    ]
    assert join_wrapped_rows(lines) == lines


def test_the_joined_table_gives_the_whole_post_and_the_chair():
    doc = read(
        "Kestrel Vale Safer Communities Board\n\nMinutes of the meeting held on 5 March 2025\n\nPRESENT:\n\n"
        " Name                    Role                                  Organisation\n"
        " ----------------------  ------------------------------------  -----------------------------\n"
        " Cllr Ann Tebbit         Cabinet Member for Housing and        Kestrel Vale Metropolitan\n"
        " (Chair)                 Community Resilience                  Borough Council\n"
        " Jo Marsh                Assistant Director, Housing           Kestrel Vale Metropolitan\n"
        "                         Options and Homelessness              Borough Council\n"
        " Tom Ashcroft            Prevent Officer                       Westmoor Police\n")
    assert ("Ann Tebbit", "Kestrel Vale Safer Communities Board") in of(doc, "chairs")
    posts = {p for s, p in of(doc, "holds_post") if s == "Jo Marsh"}
    assert any(p.startswith("Assistant Director, Housing Options and Homelessness") for p in posts), posts
