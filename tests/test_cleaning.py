"""loaders/cleaning.py: the stored text every evidence quote points into. Columns survive as tabs, debris and
decoration go, broken lines are mended, and every step stays linear on hostile input."""

from __future__ import annotations

import codecs

import pytest
from extract_helpers import growth, repeat_to

from govkg.loaders.cleaning import clean, decode, looks_binary

# -- bytes to text


def test_decode_reads_utf8_with_and_without_a_byte_order_mark() -> None:
    assert decode("Safer Neath Port Talbot – £5k".encode()) == ("Safer Neath Port Talbot – £5k", [])
    assert decode(codecs.BOM_UTF8 + b"Cyngor Gwynedd") == ("Cyngor Gwynedd", [])


def test_decode_reads_utf16_when_it_has_a_byte_order_mark() -> None:
    assert decode("Panel Heddlu Dyfed-Powys".encode("utf-16")) == ("Panel Heddlu Dyfed-Powys", [])


def test_decode_falls_back_to_windows_1252_and_says_at_which_byte() -> None:
    text, warnings = decode("Ynys Môn – £2,500".encode("cp1252"))
    assert text == "Ynys Môn – £2,500"
    assert warnings == ["not valid UTF-8 (byte 6); read as Windows-1252"]


@pytest.mark.parametrize(
    "data, binary",
    [
        (b"%PDF\x00\x01\x02 stream", True),
        (bytes(range(1, 9)) * 50, True),
        (b"Minutes of the Safer Harrow Partnership\r\n\tPresent: Cllr Mo Dar\x0c", False),
        (b"", False),
    ],
)
def test_looks_binary_tells_bytes_from_text(data: bytes, binary: bool) -> None:
    assert looks_binary(data) is binary


def test_utf16_text_with_a_byte_order_mark_is_not_binary(tmp_path) -> None:
    from govkg.loaders import LoadContext, read_source

    assert not looks_binary("Cyngor Sir Ynys Môn – Pwyllgor".encode("utf-16"))
    path = tmp_path / "minutes.txt"
    path.write_bytes("Minutes of the Safer Anglesey Partnership held on 4 May 2022\n\nPresent: Cllr Ifan Rhys (Chair)\n"
                     .encode("utf-16"))
    (doc,) = read_source(path, LoadContext())
    assert ("Ifan Rhys", "chairs", "Safer Anglesey Partnership") in {
        (f.subject.name, f.relation, f.object.name) for f in doc.facts}


# -- columns and spaces


def test_column_gaps_become_single_tabs_so_tables_keep_their_cells() -> None:
    raw = "Name        Organisation        Role\nCllr Sue Pryce    Sefton Council    Chair\n"
    assert clean(raw) == "Name\tOrganisation\tRole\nCllr Sue Pryce\tSefton Council\tChair\n"


def test_runs_of_tabs_become_one_tab() -> None:
    assert clean("Project\t\t\tAmount\nRefuge outreach\t\t£12,500\n") == (
        "Project\tAmount\nRefuge outreach\t£12,500\n"
    )


def test_a_double_space_inside_a_sentence_is_one_space_not_a_column() -> None:
    assert clean("The Panel met in May.  It agreed the plan.\n") == "The Panel met in May. It agreed the plan.\n"
    assert clean("Present:  Cllr Dev Rana\n") == "Present: Cllr Dev Rana\n"


def test_a_double_space_in_a_short_row_of_cells_is_a_column() -> None:
    assert clean("Jo Bantry  Chair\n") == "Jo Bantry\tChair\n"


# -- markup and debris


def test_html_pasted_into_text_keeps_its_structure() -> None:
    raw = ("<h2>Membership</h2><ul><li>Wirral Council</li><li class='x'>Merseyside Police</li></ul>"
           "<p>Chair: <b>Cllr Ann Tate</b><br>Vice Chair: <span>Cllr Raj Patel</span></p>"
           "<table><tr><td>Refuge service</td><td>£40,000</td></tr></table>")
    text = clean(raw)
    assert "- Wirral Council\n" in text and "- Merseyside Police\n" in text
    assert "Chair: Cllr Ann Tate\nVice Chair: Cllr Raj Patel\n" in text
    assert "Refuge service\t£40,000" in text
    assert "<" not in text and ">" not in text


def test_entities_are_decoded() -> None:
    assert clean("Police &amp; Crime Panel &ndash; Wrexham\n") == "Police & Crime Panel – Wrexham\n"


def test_latex_superscripts_from_pdf_converters_become_plain_ordinals() -> None:
    assert clean("MEETING ON THE $21^{ST}$ MARCH 2019\n") == "MEETING ON THE 21ST MARCH 2019\n"
    assert clean("held on 3$^{rd}$ May\n") == "held on 3rd May\n"


def test_markdown_decoration_goes_and_link_text_stays() -> None:
    raw = "## Safer Stockton Partnership\n**Chair:** Cllr Lee Dunn\nSee [the action plan](https://x.example/p.pdf).\n"
    assert clean(raw) == "Safer Stockton Partnership\nChair: Cllr Lee Dunn\nSee the action plan.\n"


@pytest.mark.parametrize("glyph", ["\u2022", "\u00b7", "\u25aa", "\uf0b7", "o", "*", "§"])
def test_bullet_glyphs_become_a_dash(glyph: str) -> None:
    assert clean(f"{glyph} Cheshire Constabulary\n") == "- Cheshire Constabulary\n"


def test_invisible_characters_go_and_non_breaking_spaces_become_spaces() -> None:
    assert clean("Safer\u200b Halton\u00a0Partnership\ufeff\n") == "Safer Halton Partnership\n"


def test_ocr_debris_and_running_page_numbers_are_dropped_but_amounts_are_kept() -> None:
    raw = "Page 3 of 14\n\u041f \u0438 \u0131 \u0394\n_ -\nThe Board met.\n£12,000\n2021/22\n"
    assert clean(raw) == "The Board met.\n£12,000\n2021/22\n"


def test_blank_lines_collapse_to_one() -> None:
    assert clean("Present: Cllr Ola Abe\n\n\n\n\nApologies: none\n") == "Present: Cllr Ola Abe\n\nApologies: none\n"


def test_carriage_returns_become_newlines() -> None:
    raw = "Minutes\r\nPresent: Cllr Ola Abe\rApologies: none"
    assert clean(raw) == "Minutes\nPresent: Cllr Ola Abe\nApologies: none\n"


# -- broken lines


def test_a_word_hyphenated_across_lines_is_joined() -> None:
    assert clean("The Partnership dis-\ncussed the strat-\negy.\n") == "The Partnership discussed the strategy.\n"


def test_a_line_broken_before_a_lower_case_word_is_joined() -> None:
    assert clean("The Youth Justice Board noted\nthe report.\n") == "The Youth Justice Board noted the report.\n"


def test_a_long_line_ending_on_a_small_word_runs_on_into_the_next() -> None:
    raw = "The Safer Calderdale Partnership agreed that the new plan would be owned by the\nCommunity Safety Team.\n"
    assert clean(raw) == (
        "The Safer Calderdale Partnership agreed that the new plan would be owned by the Community Safety Team.\n"
    )


def test_a_new_numbered_item_or_a_table_row_is_never_joined_to_the_line_before() -> None:
    raw = "3. The Board noted the update on the work of the Partnership and the\n4. Hate crime action plan\n"
    assert clean(raw) == raw
    rows = "Name\tAgency\nSam Holt\tKent Police\n"
    assert clean(rows) == rows


def test_a_sentence_cut_by_a_stray_bullet_is_mended() -> None:
    assert clean("The Council was a\n- partner in the scheme.\n") == "The Council was a partner in the scheme.\n"


@pytest.mark.parametrize(
    "raw",
    [
        "Name    Organisation\nCllr Sue Pryce    Sefton Council\n",
        "<ul><li>Halton Council</li></ul>The Board agreed that\nthe plan was sound.\n",
        "\u2022 Item\n\n\n\nThe partner-\nship met.\n",
    ],
)
def test_cleaning_cleaned_text_changes_nothing(raw: str) -> None:
    once = clean(raw)
    assert clean(once) == once


def test_the_result_always_ends_with_one_newline() -> None:
    assert clean("Minutes") == "Minutes\n"
    assert clean("   \n\n") == "\n"


# -- hostile input: linear time


HOSTILE = {
    "spaces": " ",
    "tabs": "\t",
    "one letter": "x",
    "newlines": "\n",
    "open angle brackets": "<",
    "unclosed tags": "<td class=",
    "nested brackets": "(",
    "square brackets": "[",
    "latex debris": "$^{",
    "ampersands": "&",
    "bullets": "\u2022 ",
    "hyphen breaks": "a-\n",
    "double spaces": "a  ",
    "markdown links": "[a](",
    "escapes": "\\(",
}


@pytest.mark.parametrize("unit", HOSTILE.values(), ids=HOSTILE.keys())
def test_cleaning_time_grows_linearly_with_hostile_input(unit: str) -> None:
    # four times the input costs about four times the work; a pattern that rescans would cost sixteen
    assert growth(clean, repeat_to(unit), 10_000) < 8


@pytest.mark.parametrize("unit", [" ", "(", "<", "\u2022 "], ids=["spaces", "brackets", "angles", "bullets"])
def test_two_hundred_kilobytes_of_one_character_clean_to_something_small(unit: str) -> None:
    text = clean(repeat_to(unit)(200_000))
    assert text.endswith("\n") and len(text) <= 200_001


def test_a_short_line_of_years_or_an_amount_is_content_not_debris() -> None:
    # a wrapped sentence's last line may hold no word of three letters; its years and amounts are facts
    raw = ("2.4 Extend the Shared CCTV Agreement with Basildon Borough Council for\n"
           "2025/26 to 2026/27;\n"
           "\n"
           "3.1 The Council meets the cost of its Anti-social Behaviour Team from its revenue budget\n"
           "(£412,500 in 2024/25).\n"
           "\n"
           "Page 3 of 9\n")
    text = clean(raw)
    assert "Agreement with Basildon Borough Council for 2025/26 to 2026/27;" in text
    assert "revenue budget (£412,500 in 2024/25)." in text
    assert "Page 3" not in text  # a page's running number is still dropped
