"""A county paper's table of the district partnerships, with a column of who chairs each ("CSP | Area covered |
Chair"): each partnership's chair, however the table is drawn; a council named in the partnership column is not a
partnership, and no partnership becomes a sub-group of the paper's body."""

from __future__ import annotations

from extract_helpers import of, read


def test_a_spaced_table_of_district_partnerships_and_their_chairs() -> None:
    raw = ("Suffolk Community Safety Agreement 2025\n\n"
           "4  District partnerships\n\n"
           "  CSP                                       Area covered            Chair\n"
           "  Mid and North Suffolk Community Safety    Babergh; Mid Suffolk    Cllr Rosa Hennig\n"
           "    Partnership                             district                  (Babergh District Council)\n"
           "  Safer Ipswich Partnership                 Ipswich                 Insp. Ojo Barnard, Suffolk Police\n")
    doc = read(raw)
    chairs = of(doc, "chairs")
    assert ("Rosa Hennig", "Mid and North Suffolk Community Safety Partnership") in chairs
    assert ("Ojo Barnard", "Safer Ipswich Partnership") in chairs
    assert not of(doc, "subgroup_of")


def test_a_pipe_table_of_partnerships_with_a_chair_column() -> None:
    raw = ("The partnerships in Lancashire are:\n\n"
           "| Partnership | Chair |\n"
           "|---|---|\n"
           "| Safer Preston Partnership | Dr Hal Ventnor |\n"
           "| Community Safety Partnership for Burnley | Cllr Mina Oduya |\n")
    chairs = of(read(raw), "chairs")
    assert ("Dr Hal Ventnor", "Safer Preston Partnership") in chairs
    assert ("Mina Oduya", "Community Safety Partnership for Burnley") in chairs


def test_a_council_in_the_partnership_column_gets_no_chair() -> None:
    raw = ("| CSP | Chair |\n|---|---|\n| Preston City Council | Cllr Mina Oduya |\n")
    assert not of(read(raw), "chairs")
