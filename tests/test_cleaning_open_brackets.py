"""A long line that leaves a bracket open, closed on the next line, is one sentence wrapped at the page's width,
whatever the line ends on (a semicolon inside the bracket is no sentence's end): the members listed after it are
still read."""

from __future__ import annotations

from extract_helpers import of, read

from govkg.loaders.cleaning import clean


def test_a_semicolon_inside_an_open_bracket_does_not_end_the_line() -> None:
    text = ("The panel draws its members from several partners. Members include Sefton Council (Housing; Early Help;\n"
            "Adult Social Care), Merseyside Police and the Probation Service.\n")
    assert "Early Help; Adult Social Care), Merseyside Police" in clean(text)


def test_the_members_after_a_wrapped_bracket_are_read() -> None:
    doc = read("Wirral Domestic Abuse Partnership Board\nAnnual Report 2024/25\n\n1. About the Board\n\n"
               "The Board advises the council on its safe accommodation strategy every year.\nMembers include Wirral "
               "Council (Housing Options; Children's Services; Adult Social Care;\nPublic Health), Merseyside Police, "
               "the Probation Service and two survivors.\n")
    members = {s for s, o in of(doc, "member_of")}
    assert {"Merseyside Police", "Probation Service"} <= members, members


def test_a_colon_inside_an_open_bracket_in_a_report_runs_on() -> None:
    text = ("4.2 Funding was agreed for three projects in the town centre (see the table in Appendix C:\n"
            "Projects and allocations) and the Cabinet noted the risks.\n")
    assert "Appendix C: Projects and allocations) and the Cabinet" in clean(text)


def test_a_bracket_closed_on_its_own_line_and_a_new_item_stay_apart() -> None:
    text = ("The groups that report to the Board (each with its own terms of reference and its own chair;\n"
            "- Violence Reduction Group\n")
    assert "\n- Violence Reduction Group" in clean(text)
