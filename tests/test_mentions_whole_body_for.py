"""A public body the gazetteer knows whole (a council, a department, a commissioner for a police area) ends its
name before "for the ...": what follows is what the money or the work is for, never more of the body's name.
Each text is written for this test, in a different council's style."""

from __future__ import annotations

from extract_helpers import of, read


def test_a_department_gives_for_a_post() -> None:
    doc = read("Minutes of the Tamworth Community Safety Partnership, 4 May 2023\n\n"
               "Each year £20,000 comes from the Home Office for the Channel Co-ordinator post.\n")
    assert {giver for giver, _ in of(doc, "funds")} == {"Home Office"}


def test_a_council_named_whole_receives_for_a_scheme() -> None:
    doc = read("Staffordshire Commissioner: record of decision 12/2023\n\n"
               "The Commissioner awarded £15,000 to Lichfield District Council for the Safer Streets evaluation.\n")
    funded = {taker for _, taker in of(doc, "funds")}
    assert "Lichfield District Council" in funded
    assert not any("for the" in name for name in funded)


def test_a_commissioner_for_an_area_then_a_purpose() -> None:
    doc = read("Rugby Safer Communities Group: annual report 2022/23\n\n"
               "• £9,000 came to us from the Police and Crime Commissioner for Warwickshire for the Youth "
               "Diversion scheme.\n")
    givers = {giver for giver, _ in of(doc, "funds")}
    assert givers == {"Warwickshire Police and Crime Commissioner"}


def test_a_name_that_goes_on_after_for_is_left_whole() -> None:
    """Not a body the gazetteer knows whole: "Council for Voluntary Service" and "Office for the ..." names of
    small bodies stay one name."""
    doc = read("Notes of the Dudley Safer Neighbourhoods Forum, 1 March 2024\n\n"
               "Dudley Council for Voluntary Service is funded by Dudley Council.\n")
    assert ("Dudley Council", "Dudley Council for Voluntary Service") in of(doc, "funds")
