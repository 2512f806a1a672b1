"""The shape of numbered papers: a paragraph's number set apart from its text by spaces is no table column (its
wrapped lines stay one paragraph), a lone "4<tab>Title" row is a section heading, and a space-aligned table's
line set in under its first column carries on the row above however many columns it fills."""

from __future__ import annotations

from govkg.loaders.cleaning import clean
from govkg.loaders.layout import read_layout


def _lines(raw: str):
    text = clean(raw)
    return text, read_layout(text)


def _sentences(raw: str) -> list[str]:
    text, layout = _lines(raw)
    return [" ".join(text[a:b].split()) for _, (a, b) in layout.sentences()]


def test_an_indented_numbered_paragraph_keeps_its_wrapped_lines() -> None:
    raw = ("3. Governance\n\n"
           "   3.1  The Panel will report to the Safer Rotherham Partnership and will be\n"
           "        chaired by the Director of Public Health. It meets every quarter.\n")
    assert "The Panel will report to the Safer Rotherham Partnership and will be chaired by the Director of " \
           "Public Health." in _sentences(raw)


def test_a_numbered_paragraph_in_a_report_with_a_dotted_number() -> None:
    raw = ("5.  The Youth Justice Board for Powys is chaired by the Head of\n"
           "    Children's Services and reports to the Public Services Board.\n")
    assert _sentences(raw) == ["The Youth Justice Board for Powys is chaired by the Head of Children's Services "
                               "and reports to the Public Services Board."]


def test_a_row_of_numbered_cells_stays_a_table() -> None:
    _, layout = _lines("No.  Name           Role\n1    Ama Osei       Chair\n2    Piers Dunmore  Member\n")
    assert [line.kind for line in layout.lines if line.kind != "blank"] == ["row", "row", "row"]


def test_a_short_title_in_sentence_case_keeps_its_column() -> None:
    # "2.   Role and remit" may be a numbered table's row: the cleaner leaves its gap a column
    text, _ = _lines("2.   Role and remit\nThe Group will:\n")
    assert text.startswith("2.\tRole and remit")


def test_a_lone_numbered_title_row_is_a_heading_not_a_tables_header() -> None:
    raw = ("4  District and borough partnerships\n\n"
           "  Partnership                        Chair\n"
           "  Safer Harlow Partnership           Cllr Tobin Reyes\n"
           "  Epping Forest Community Safety     Insp. Della Forge\n")
    _, layout = _lines(raw)
    first = layout.lines[0]
    assert (first.kind, first.number, first.label) == ("heading", "4", "District and borough partnerships")
    assert layout.tables[0].header is not None and layout.tables[0].header == ["partnership", "chair"]


def test_two_numbered_rows_together_stay_rows() -> None:
    _, layout = _lines("1\tReduce violent crime\n2\tTackle domestic abuse\n")
    assert [line.kind for line in layout.lines if line.kind != "blank"] == ["row", "row"]


def test_a_line_set_in_under_the_first_column_carries_every_cell_on() -> None:
    raw = ("  CSP                                       Area covered            Chair\n"
           "  Mid and North Suffolk Community Safety    Babergh; Mid Suffolk    Cllr Rosa Hennig\n"
           "    Partnership                             district                  (Babergh District Council)\n"
           "  Safer Ipswich Partnership                 Ipswich                 Insp. Ojo Barnard\n")
    text, layout = _lines(raw)
    rows = [[text[a:b] for a, b in line.cells] for line in layout.lines if line.kind == "row"]
    assert rows[1] == ["Mid and North Suffolk Community Safety Partnership", "Babergh; Mid Suffolk district",
                       "Cllr Rosa Hennig (Babergh District Council)"]
    assert rows[2] == ["Safer Ipswich Partnership", "Ipswich", "Insp. Ojo Barnard"]


def test_a_next_row_at_the_first_columns_start_is_its_own_row() -> None:
    raw = ("  Group                          Chair\n"
           "  Hate Crime Forum               Cohesion Officer\n"
           "  Night Time Economy Group       Licensing Manager\n")
    text, layout = _lines(raw)
    assert len([line for line in layout.lines if line.kind == "row"]) == 3


def test_a_paragraphs_last_short_word_on_its_own_line_is_kept() -> None:
    raw = ("2.1  Section 36 of the Act requires the Council to have a panel; section 37 requires partners to\n"
           "     co-operate with\n"
           "     it.\n")
    assert _sentences(raw)[-1].endswith("section 37 requires partners to co-operate with it.")


def test_stray_glyphs_are_still_dropped() -> None:
    assert "_ -" not in clean("Safer Leeds Partnership\n_ -\nMinutes of the meeting\n")


def test_a_boxed_records_wrapped_value_goes_on_with_its_label() -> None:
    raw = ("+--------------------------------------------------------------+\n"
           "| Safer Halton Partnership                                     |\n"
           "|  Chair:          Councillor Petra Lindqvist, Executive       |\n"
           "|                  Member for Community Safety, Halton BC      |\n"
           "|  Vice-chair:     Chief Inspector Omar Felton, Cheshire      |\n"
           "|                  Constabulary                                |\n"
           "|  Meets:          Quarterly                                   |\n"
           "+--------------------------------------------------------------+\n")
    text, layout = _lines(raw)
    rows = [[text[a:b] for a, b in line.cells] for line in layout.lines if line.kind == "row" and line.cells]
    assert ["Chair:", "Councillor Petra Lindqvist, Executive Member for Community Safety, Halton BC"] in rows
    assert ["Vice-chair:", "Chief Inspector Omar Felton, Cheshire Constabulary"] in rows
    assert ["Meets:", "Quarterly"] in rows


def test_a_boxed_line_under_the_label_column_is_not_joined() -> None:
    raw = ("|  Sub-group:   Night Time Economy Group        |\n"
           "|  Purpose:     Licensing and safer streets     |\n"
           "|  Hate Crime Forum                             |\n")
    text, layout = _lines(raw)
    assert "Hate Crime Forum" in [text[a:b] for line in layout.lines for a, b in line.cells]


def test_a_resolutions_bracketed_item_keeps_its_wrapped_line() -> None:
    raw = ("RESOLVED:\n\n"
           "(1)   That Councillor Yusuf Mbeki, Cabinet Member for Neighbourhoods and Community Safety, be\n"
           "appointed Chair of the Safer Oldham Partnership for 2025/26.\n\n"
           "(b)   the refreshed partnership plan be endorsed; and\n")
    sentences = _sentences(raw)
    assert any(s.endswith("be appointed Chair of the Safer Oldham Partnership for 2025/26.") for s in sentences)
    assert "the refreshed partnership plan be endorsed; and" in sentences
