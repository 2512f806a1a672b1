"""A name does not run over a line end into a new field or a new table row: a cover sheet's title over the next
field's label ("Lead Member:"), and a later column's cell over the first cell of the next row, are two names.
A name wrapped onto the next line is still one. Text written for the tests, in several councils' styles; the
people are invented."""

from __future__ import annotations

import pytest

from govkg.loaders.cleaning import clean
from govkg.loaders.mentions import find_mentions


def names(text: str) -> list[str]:
    text = clean(text)
    return [m.name for m in find_mentions(text, 0, len(text))]


# -- a field label on the next line starts a new field

@pytest.mark.parametrize(
    "text, title",
    [
        ("Report of: Director of Housing and Neighbourhoods\nLead Member: Councillor Petra Lund\n",
         "Director of Housing and Neighbourhoods"),
        ("Decision maker: Police and Crime Commissioner for Wessexshire\nDate: 4 March 2025\n",
         "Police and Crime Commissioner for Wessexshire"),
        ("Author: Community Safety Manager\nEmail: csp@example.gov.uk\n", "Community Safety Manager"),
        ("Contact officer: Head of Public Protection\nTelephone - 01632 960000\n", "Head of Public Protection"),
    ],
)
def test_a_field_label_on_the_next_line_ends_the_name(text: str, title: str) -> None:
    found = names(text)
    assert title in found
    assert not any("\n" in n or n.startswith(title + " ") for n in found)


def test_a_person_over_a_field_label_keeps_only_the_name() -> None:
    found = names("Name: Gwilym Tallis\nPost: Anti-social Behaviour Co-ordinator\n")
    assert "Gwilym Tallis" in found
    assert "Gwilym Tallis Post" not in found


# -- a later column's cell over the next row

def test_a_later_columns_cell_does_not_take_the_next_rows_first_cell() -> None:
    text = ("Hanna Brisk                 Fenmoor Youth Offending Service\n"
            "Idris Colquhoun             Fenmoor College\n")
    found = names(text)
    assert "Fenmoor Youth Offending Service" in found
    assert "Idris Colquhoun" in found
    assert not any("Service Idris" in n for n in found)


def test_a_header_cell_does_not_take_the_first_row() -> None:
    text = ("Member                 Organisation              Attendance\n"
            "Tobias Wren            Harlow Borough Council    3/4\n")
    found = names(text)
    assert "Tobias Wren" in found
    assert not any("Attendance Tobias" in n for n in found)


def test_tab_separated_rows_are_rows() -> None:
    text = "Maeve Odinga\tSouth Kestrel Probation Delivery Unit\nOlu Banjo\tKestrel Police\n"
    found = names(text)
    assert "Olu Banjo" in found
    assert not any("Unit Olu" in n for n in found)


# -- what stays one name

@pytest.mark.parametrize(
    "text, name",
    [
        # a cell wrapped at its own column
        ("Cllr Ada Finch      Office of the Thamesmouth Police and Crime\n"
         "                    Commissioner\n", "Office of the Thamesmouth Police and Crime Commissioner"),
        # a sentence wrapped onto the next line at the margin
        ("The plan was agreed by the Safer Rushmere Community Safety\nPartnership at its June meeting.\n",
         "Safer Rushmere Community Safety Partnership"),
        # a colon later on the next line is not a label when the wrapped words run into a sentence
        ("It was noted that the Brackenridge Domestic Abuse Local\nPartnership Board had met; actions: none.\n",
         "Brackenridge Domestic Abuse Local Partnership Board"),
    ],
)
def test_a_wrapped_name_stays_whole(text: str, name: str) -> None:
    assert name in names(text)


# -- a header cell or an agenda heading is not a person's name

@pytest.mark.parametrize(
    "tokens, person",
    [
        (["Confirmation", "Hearing"], False),  # "6. CONFIRMATION HEARING - CHIEF CONSTABLE" reads as "Name - Post"
        (["Name", "Role"], False),  # a members table's header cells
        (["Names"], False),
        (["Ffion", "Hearne"], True),
        (["Oluwaseun", "Namatovu"], True),
    ],
)
def test_header_and_heading_words_are_not_a_persons_name(tokens: list[str], person: bool) -> None:
    from govkg.loaders.mentions import looks_like_person

    assert looks_like_person(tokens) is person
