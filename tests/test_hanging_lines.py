"""loaders/hanging.py (through the cleaner): a list's item wrapped under a hanging indent is one line again, so
its organisation or post is read with it; a title over indented names, a finished item and a column are left."""

from __future__ import annotations

from extract_helpers import of, read

from govkg.loaders.cleaning import clean
from govkg.loaders.hanging import join_hanging_lines


def _lines(raw: str) -> list[str]:
    return [line for line in clean(raw).split("\n") if line]


# a page wrapped at about 72 characters, as a PDF's text layer gives it
_MEMBERS = (
    "4.2 The Review Panel is made up of the following standing members, named\n"
    "below with the organisation each of them represents at the Panel.\n"
    "\n"
    "4.3 Panel members\n"
    "   Inspector Carys Vandermeer - Public Protection Unit, Dyfed-Powys\n"
    "     Police\n"
    "   Teodor Halvorsen - Named Nurse for Safeguarding Adults, Hywel Dda\n"
    "     University Health Board\n"
    "   Bryony Tull - Service Manager, Carmarthenshire County Council (Adult\n"
    "     Services)\n"
)


def test_an_indented_item_wrapped_to_a_deeper_line_is_one_line() -> None:
    lines = _lines(_MEMBERS)
    assert "Inspector Carys Vandermeer - Public Protection Unit, Dyfed-Powys Police" in lines
    assert "Teodor Halvorsen - Named Nurse for Safeguarding Adults, Hywel Dda University Health Board" in lines
    assert "Bryony Tull - Service Manager, Carmarthenshire County Council (Adult Services)" in lines
    assert "4.3 Panel members" in lines  # a title at the margin keeps its own line


def test_a_signed_bullet_wrapped_under_its_text() -> None:
    raw = ("are set out in the tables of this section, as agreed with the Board in March.\n"
           "                                       - Orla Penhallow, Police and\n"
           "                                         Crime Commissioner for Gwent\n"
           "\n"
           "5.1 How decisions are made.\n")
    assert "- Orla Penhallow, Police and Crime Commissioner for Gwent" in _lines(raw)
    doc = read(raw)
    assert any(s == "Orla Penhallow" and "Police and Crime Commissioner" in o for s, o in of(doc, "holds_post"))


def test_a_title_set_in_over_its_names_is_not_joined() -> None:
    raw = ("Membership of the Group, as agreed at its first meeting in the spring of the year,\n"
           "  Core members\n"
           "      Fenwick Oyelaran\n"
           "      Marisol Quenby\n")
    assert _lines(raw)[1:] == ["Core members", "Fenwick Oyelaran", "Marisol Quenby"]


def test_a_finished_item_and_a_nested_bullet_are_not_joined() -> None:
    raw = ("   - the Partnership meets every quarter at the Civic Centre in Barnstaple;\n"
           "      - its Tasking Group meets monthly, chaired by the Community Safety\n"
           "   - the Partnership's annual report goes to the Council's scrutiny committee.\n")
    lines = _lines(raw)
    assert len(lines) == 3


def test_a_short_line_that_fits_the_page_is_not_cut() -> None:
    raw = ("The Partnership's own members sit on the groups below, each listed with its lead.\n"
           "   Hate Crime Forum - Cohesion Officer, Ipswich Borough Council\n"
           "     Meets quarterly\n")
    assert "Meets quarterly" in _lines(raw)


def test_a_bracket_after_the_chairs_name_is_not_the_groups_parts() -> None:
    raw = ("Safer Sheffield Partnership\n\n"
           "The Partnership has two working groups:\n"
           "  * Housing Pathway Group - chaired by Idris Fenmore (Adult Social\n"
           "    Care, Sheffield City Council). Responsible for the local pathway.\n"
           "  * Disruption Group - chaired by DCI Rostova. Oversees joint operations.\n")
    doc = read(raw)
    assert not {s for s, o in of(doc, "part_of") if "Housing Pathway" in o}
    assert any(s == "Idris Fenmore" and "Housing Pathway Group" in o for s, o in of(doc, "chairs"))


def test_a_cover_sheet_field_wrapped_under_its_value_is_one_line() -> None:
    raw = ["Report of:      Director of Place",
           "Lead Member:    Cllr Wendell Agbaje, Portfolio Holder for Housing, Community",
           "                Safety and Licensing",
           "Contact:        Fern Delacroix, Community Safety Manager, Marlow Vale District",
           "                Council",
           "Wards:          All"]
    assert join_hanging_lines(raw) == [
        "Report of:      Director of Place",
        "Lead Member:    Cllr Wendell Agbaje, Portfolio Holder for Housing, Community Safety and Licensing",
        "Contact:        Fern Delacroix, Community Safety Manager, Marlow Vale District Council",
        "Wards:          All"]


def test_a_field_cut_by_the_page_goes_on_set_in_under_a_single_space_label() -> None:
    raw = ["Decision maker: Cabinet Member for Communities and Neighbourhoods, Tollgate",
           "    Borough Council",
           "Date: 3 March 2025"]
    assert join_hanging_lines(raw)[0].endswith("Neighbourhoods, Tollgate Borough Council")


def test_a_finished_field_or_a_field_under_a_field_is_not_joined() -> None:
    raw = ["Purpose: To note the annual report.",
           "    Appendix A is attached.",
           "Author: Jo Rivington",
           "    Date: 4 May 2025"]
    assert join_hanging_lines(raw) == raw


def test_names_set_one_a_line_under_a_field_stay_apart() -> None:
    raw = ["Present:   Cllr Mabel Ostrowski (Chair)",
           "           Cllr Idris Penhaligon",
           "           Supt Leona Greaves"]
    assert join_hanging_lines(raw) == raw


# hand-wrapped lists: one line of the paper runs far past the others, so the page's width does not tell where an
# item's line was cut; the item is a sentence, and a sentence is not left unended
_WIDE = ("The papers below were circulated a week ahead of the meeting and are available from the clerk on request.\n"
         "\n")


def test_a_sentence_wrapped_under_its_dash_goes_on_though_the_page_is_wider() -> None:
    raw = _WIDE + ("  -  The Partnership answers to the Borough's Place and Communities Overview\n"
                   "     Committee for its crime and disorder work.\n"
                   "  -  The Youth Offending Board is chaired by the Director of Family\n"
                   "     Support and Early Help and reports to the Partnership.\n")
    lines = _lines(raw)
    assert ("- The Partnership answers to the Borough's Place and Communities Overview Committee for its crime and "
            "disorder work.") in lines
    assert ("- The Youth Offending Board is chaired by the Director of Family Support and Early Help and reports "
            "to the Partnership.") in lines


def test_a_lettered_item_and_a_star_item_go_on_under_their_text() -> None:
    raw = _WIDE + ("   a) funding for the night-time economy marshals is held by the Harbour\n"
                   "      Ward Business Improvement District;\n"
                   "   *  the Reducing Reoffending Group meets with the Probation Delivery\n"
                   "      Unit Head every quarter.\n")
    lines = _lines(raw)
    assert ("a) funding for the night-time economy marshals is held by the Harbour Ward Business Improvement "
            "District;") in lines
    assert "- the Reducing Reoffending Group meets with the Probation Delivery Unit Head every quarter." in lines


def test_a_named_item_over_its_set_in_note_and_a_deeper_line_stay_apart() -> None:
    raw = _WIDE + ("  -  Anti-Social Behaviour Case Review Panel\n"
                   "     Quarterly, in the Guildhall\n"
                   "  -  Priorities the Partnership is asked to consider\n"
                   "        Hate Crime Reporting Centres\n")
    lines = _lines(raw)
    assert "Quarterly, in the Guildhall" in lines  # a name, not a sentence: the note under it is its own
    assert "Hate Crime Reporting Centres" in lines  # set in past the item's text: a sub-list, not its overflow


def test_a_chairs_entry_ends_with_its_sentence() -> None:
    raw = ("Safer Northmoor Partnership\n\n"
           "The Partnership has three delivery groups, each led by a chair from a partner agency:\n"
           "  - Exploitation Group - chair: Detective Sergeant Ilse Varga, Fenland Police Harbour\n"
           "    Unit. Feeds into the Northmoor Safeguarding Children Board.\n")
    doc = read(raw)
    assert not {o for s, o in of(doc, "member_of") if s == "Ilse Varga" and "Safeguarding" in o}
    assert any(s == "Ilse Varga" and "Exploitation Group" in o for s, o in of(doc, "chairs"))
