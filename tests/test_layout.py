"""loaders/layout.py: the shape of a cleaned paper (headings, fields, bullets, table rows, sentences), with
offsets that always point back into the stored text."""

from __future__ import annotations

import pytest
from extract_helpers import growth, of, read, repeat_to

from govkg.loaders.layout import read_layout, split_sentences

MINUTES = (
    "SAFER SOUTHWARK PARTNERSHIP\n"
    "Minutes of the meeting held on 3 March 2021\n"
    "\n"
    "Present:\n"
    "Name\tOrganisation\n"
    "Cllr Ama Boateng (Chair)\tLondon Borough of Southwark\n"
    "Det Supt Rory Quinn\tMetropolitan Police Service\n"
    "\n"
    "5. Serious Violence Duty\n"
    "5.1 The Board noted the report. Mr. Quinn said the figures were up. Dr. A. N. Other agreed.\n"
    "- A first bullet\n"
    "a) a lettered item\n"
    "(iv) a roman item\n"
    "Chair: Cllr Ama Boateng\n"
    "Contact: Jo Lee, Tel: 020 7946 0000\n"
    "| Member | Role |\n"
    "|---|---|\n"
    "| Jo Lee | Chair |\n"
    "\n"
    "| Ann Ray | Vice Chair |\n"
    "The Council's approach is set out below: it works.\n"
)


@pytest.fixture(scope="module")
def layout():
    return read_layout(MINUTES)


def _line(layout, text: str):
    (line,) = [ln for ln in layout.lines if ln.text == text]
    return line


def test_every_line_keeps_its_offsets_into_the_text(layout) -> None:
    assert len(layout.lines) == MINUTES.count("\n") + 1
    for line in layout.lines:
        assert MINUTES[line.start : line.end] == line.text
        assert line.start <= line.content_start <= line.end


@pytest.mark.parametrize(
    "text, kind",
    [
        ("SAFER SOUTHWARK PARTNERSHIP", "heading"),
        ("Minutes of the meeting held on 3 March 2021", "text"),
        ("", "blank"),
        ("Present:", "field"),
        ("Name\tOrganisation", "row"),
        ("5. Serious Violence Duty", "heading"),
        ("- A first bullet", "bullet"),
        ("a) a lettered item", "bullet"),
        ("(iv) a roman item", "bullet"),
        ("Chair: Cllr Ama Boateng", "field"),
        ("|---|---|", "row"),
        ("The Council's approach is set out below: it works.", "text"),
    ],
)
def test_each_line_gets_the_kind_its_shape_says(layout, text: str, kind: str) -> None:
    lines = [ln for ln in layout.lines if ln.text == text]
    assert lines and all(ln.kind == kind for ln in lines)


def test_numbered_headings_and_items_keep_their_numbers(layout) -> None:
    heading = _line(layout, "5. Serious Violence Duty")
    assert (heading.number, heading.label, heading.content) == ("5", "Serious Violence Duty", "Serious Violence Duty")
    item = _line(layout, "5.1 The Board noted the report. Mr. Quinn said the figures were up. Dr. A. N. Other agreed.")
    assert item.kind == "bullet" and item.number == "5.1" and item.content.startswith("The Board noted")
    assert _line(layout, "a) a lettered item").number == "a"
    assert _line(layout, "(iv) a roman item").number == "iv"


def test_fields_split_their_label_from_their_value(layout) -> None:
    chair = _line(layout, "Chair: Cllr Ama Boateng")
    assert (chair.label, chair.value) == ("Chair", "Cllr Ama Boateng")
    assert MINUTES[chair.value_start : chair.end] == "Cllr Ama Boateng"
    present = _line(layout, "Present:")
    assert (present.label, present.value) == ("Present", "")


def test_a_sentence_with_a_colon_is_not_a_field() -> None:
    (line,) = read_layout("The Partnership agreed its new priorities for next year: see below.").lines
    assert line.kind == "text" and line.label is None


def test_a_web_address_is_not_a_field() -> None:
    (line,) = read_layout("Source: https://democracy.example.gov.uk/minutes").lines
    assert line.kind == "field" and line.value == "https://democracy.example.gov.uk/minutes"
    (bare,) = read_layout("https://democracy.example.gov.uk/minutes").lines
    assert bare.kind != "field"


def test_tab_and_pipe_rows_give_their_cells(layout) -> None:
    row = _line(layout, "Cllr Ama Boateng (Chair)\tLondon Borough of Southwark")
    assert [MINUTES[a:b] for a, b in row.cells] == ["Cllr Ama Boateng (Chair)", "London Borough of Southwark"]
    pipe = _line(layout, "| Jo Lee | Chair |")
    assert [MINUTES[a:b] for a, b in pipe.cells] == ["Jo Lee", "Chair"]
    assert _line(layout, "|---|---|").label == "separator"


def test_tables_group_rows_read_a_header_and_span_blank_lines(layout) -> None:
    first, second = layout.tables
    assert first.header == ["name", "organisation"]
    assert [r.text for r in first.body_rows()] == [
        "Cllr Ama Boateng (Chair)\tLondon Borough of Southwark",
        "Det Supt Rory Quinn\tMetropolitan Police Service",
    ]
    assert second.header == ["member", "role"]
    assert [r.text for r in second.body_rows()] == ["| Jo Lee | Chair |", "| Ann Ray | Vice Chair |"]


def test_a_first_row_of_names_or_amounts_is_not_a_header() -> None:
    (table,) = read_layout("Halton CSP\t£45,000\nWidnes Youth Forum\t£3,500\n").tables
    assert table.header == [] and len(table.body_rows()) == 2
    (people,) = read_layout("Ann Ray\tWirral Council\nJo Lee\tMerseyside Police\n").tables
    assert people.header == []


def test_heading_before_finds_the_title_of_a_list(layout) -> None:
    index = layout.lines.index(_line(layout, "- A first bullet"))
    assert layout.heading_before(index).text == "5. Serious Violence Duty"
    row = layout.lines.index(_line(layout, "Name\tOrganisation"))
    assert layout.heading_before(row).text == "Present:"


def test_sentences_cover_prose_lines_and_field_values_not_rows_or_blank_labels(layout) -> None:
    got = [MINUTES[a:b] for _, (a, b) in layout.sentences()]
    assert got == [
        "SAFER SOUTHWARK PARTNERSHIP",
        "Minutes of the meeting held on 3 March 2021",
        "Serious Violence Duty",
        "The Board noted the report.",
        "Mr. Quinn said the figures were up.",
        "Dr. A. N. Other agreed.",
        "A first bullet",
        "a lettered item",
        "a roman item",
        "Cllr Ama Boateng",
        "Jo Lee, Tel: 020 7946 0000",
        "The Council's approach is set out below: it works.",
    ]


def test_a_table_cell_holding_prose_gives_its_sentences() -> None:
    text = ("3\tThe Panel received the annual report of the Youth Justice Service. Members asked about "
            "reoffending rates in the county.\n")
    got = [text[a:b] for _, (a, b) in read_layout(text).sentences()]
    assert got == ["The Panel received the annual report of the Youth Justice Service.",
                   "Members asked about reoffending rates in the county."]


@pytest.mark.parametrize(
    "text, pieces",
    [
        ("Cllr. Ode spoke. The Board agreed.", ["Cllr. Ode spoke.", "The Board agreed."]),
        ("It met at 10 a.m. on Monday. It closed.", ["It met at 10 a.m. on Monday.", "It closed."]),
        ("See para. 4 and e.g. the plan. Then vote.", ["See para. 4 and e.g. the plan.", "Then vote."]),
        ("Jo A. Bell chaired. Ch. Supt. Rao spoke.", ["Jo A. Bell chaired.", "Ch. Supt. Rao spoke."]),
        ("Was it agreed? Yes! It was.", ["Was it agreed?", "Yes!", "It was."]),
        ("The fund (£5k.) was spent. Done.", ["The fund (£5k.) was spent.", "Done."]),
    ],
)
def test_split_sentences_does_not_cut_after_titles_initials_or_abbreviations(text: str, pieces: list[str]) -> None:
    assert [text[a:b] for a, b in split_sentences(text, 0, len(text))] == pieces


def test_split_sentences_honours_its_window() -> None:
    text = "Ignore this. The Board met. It agreed. Ignore that."
    start = text.index("The")
    end = text.index(" Ignore that")
    assert [text[a:b] for a, b in split_sentences(text, start, end)] == ["The Board met.", "It agreed."]


HOSTILE = {"tabs": "\t", "pipes": "| ", "colons": "Alpha: ", "bullets": "- x\n", "full stops": "a. ",
           "titles": "Mr. ", "initials": "A. ", "brackets": "(", "rows": "Jo Lee\tBoard\n"}


@pytest.mark.parametrize("unit", HOSTILE.values(), ids=HOSTILE.keys())
def test_reading_the_layout_grows_linearly(unit: str) -> None:
    def work(text: str) -> None:
        lay = read_layout(text)
        assert lay.tables is not None
        lay.sentences()

    assert growth(work, repeat_to(unit), 10_000) < 8


def test_a_numbered_paragraph_runs_on_into_the_lines_under_it() -> None:
    from govkg.loaders.layout import read_layout

    text = ("2.3  The Task Group, which is led by the Office of the Police and Crime Commissioner for the\n"
            "county, meets monthly.\n")
    sentences = [text[a:b] for _, (a, b) in read_layout(text).sentences()]
    assert any("Commissioner for the\ncounty, meets monthly" in s for s in sentences), sentences


def test_a_pipe_table_padded_with_tabs_is_cut_at_its_pipes() -> None:
    from govkg.loaders.layout import read_layout

    text = "Recipient\t| Purpose\t| Amount\nNorthdale Council\t| Youth work\t| £9,000\n"
    rows = [ln for ln in read_layout(text).lines if ln.kind == "row"]
    assert [text[a:b] for a, b in rows[1].cells] == ["Northdale Council", "Youth work", "£9,000"]


def test_a_box_drawn_tables_rules_separate_rows_of_one_table() -> None:
    text = ("+-----------------+-----------------+\n"
            "| Organisation    | Representative  |\n"
            "+=================+=================+\n"
            "| Oxford City     | Head of Housing |\n"
            "| Thames Valley   | Inspector       |\n"
            "+-----------------+-----------------+\n")
    lay = read_layout(text)
    assert len(lay.tables) == 1
    table = lay.tables[0]
    assert table.header == ["organisation", "representative"]
    assert len(table.body_rows()) == 2


def test_a_two_column_pipe_table_without_outer_pipes_is_a_table() -> None:
    text = ("Grants awarded\n\nRecipient | Amount\nSafer Tynedale Street Pastors | £7,250\n"
            "Harbour Refuge Trust | £14,000\n\nHome | Contact us\n")
    layout = read_layout(text)
    (table,) = layout.tables
    assert [[text[a:b] for a, b in row.cells] for row in table.body_rows()] == [
        ["Safer Tynedale Street Pastors", "£7,250"], ["Harbour Refuge Trust", "£14,000"]]
    assert table.header == ["recipient", "amount"]
    (links,) = [line for line in layout.lines if line.text.startswith("Home")]
    assert links.kind != "row"  # one such line alone is a page's links, not a table


@pytest.mark.parametrize("indent", ["", "  ", "    "])
def test_a_box_tables_rules_are_separators_however_far_the_table_is_indented(indent) -> None:
    text = (f"Membership\n\n{indent}+--------------+-----------------+\n{indent}| Organisation | Representative  |\n"
            f"{indent}+==============+=================+\n{indent}| Conwy Council | Lead Member     |\n"
            f"{indent}+--------------+-----------------+\n")
    rules = [ln for ln in read_layout(text).lines if ln.text.strip().startswith("+")]
    assert len(rules) == 3 and all(ln.kind == "row" and ln.label == "separator" for ln in rules)


def test_a_wrapped_line_with_a_sentence_ending_inside_is_not_a_heading() -> None:
    text = ("5.2 The Durham Police and Crime Commissioner funds the Stockton Custody Navigator (delivered by\n"
            "Tees Valley Women's Trust) and the Pathways Scheme (delivered by Tees Valley Women's\n"
            "Trust). The Probation Service Commissions Rehabilitative\n"
            "Services for accommodation from Northern Homes Group.\n")
    lines = read_layout(text).lines
    assert [ln.kind for ln in lines[:4]] == ["bullet", "text", "text", "text"]


def test_a_short_title_with_an_abbreviation_is_still_a_heading() -> None:
    (line, _) = read_layout("St. Helens Community Safety Partnership\n\n").lines[:2]
    assert line.kind == "heading"


def test_a_fields_value_wrapped_onto_the_next_line_is_one_sentence() -> None:
    # a cover sheet's "Contact:" value cut at the page's width, its name on the next line
    text = ("Decision notice\n\n"
            "Contact: the Council's Chief Executive and Monitoring\n"
            "Officer, Ms Hanna Ostergaard, on 01632 960000.\n"
            "Wards: All\n")
    layout = read_layout(text)
    said = [text[a:b] for _, (a, b) in layout.sentences()]
    assert "the Council's Chief Executive and Monitoring\nOfficer, Ms Hanna Ostergaard, on 01632 960000." in said
    assert "All" in said  # a short value stands alone
    doc = read(text)
    assert ("Hanna Ostergaard", "Chief Executive and Monitoring Officer") in of(doc, "holds_post")
