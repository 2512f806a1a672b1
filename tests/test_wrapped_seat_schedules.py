"""Seat schedules ("Organisation | Representative") whose cells a narrow column wrapped: the organisation's name
ends on the next line while the posts run on under the second column; a name's end alone in the first column
("NHS Foundation Trust", "Integrated Care") under a name that already has a head; a table's last row wrapped.
A complete name with a note, or a row of its own, stays apart. Tables written for the test, in three layouts."""

from __future__ import annotations

import re

from extract_helpers import of, read

from govkg.loaders.wrapped_rows import join_wrapped_rows


def test_a_name_and_its_posts_wrapped_together_are_one_row():
    # spaced columns under a dashed rule, the posts of one organisation parted by semicolons
    lines = [
        "  Organisation                          Representative",
        "  -----------------------------------   ------------------------------------------",
        "  Eastmoor Metropolitan Borough         Director of Public Health (SRO); Service",
        "  Council                               Director, Safer Eastmoor; Executive",
        "                                        Director, Children's Services",
        "  Eastmoor Police                       District Commander (Chief",
        "                                        Superintendent)",
        "  North Eastmoor Partnership            Clinical Lead, Substance Misuse",
        "  NHS Foundation Trust",
        "  Eastmoor Recovery Steps               Service Manager",
    ]
    out = [_cells(ln) for ln in join_wrapped_rows(lines)[2:]]
    assert out[0] == ["Eastmoor Metropolitan Borough Council",
                      "Director of Public Health (SRO); Service Director, Safer Eastmoor; Executive Director, "
                      "Children's Services"]
    assert out[2] == ["North Eastmoor Partnership NHS Foundation Trust", "Clinical Lead, Substance Misuse"]
    assert out[3] == ["Eastmoor Recovery Steps", "Service Manager"]


def test_a_noted_name_end_in_a_piped_schedule_joins_the_row_above():
    lines = [
        " Organisation                         | Representative",
        "--------------------------------------+-------------------------------------------",
        " Westmoor Police                      | District Commander, Westmoor (Vice-Chair)",
        " NHS Greater Westmoor Integrated      | Associate Director of Commissioning,",
        " Care Board (Westmoor locality)       | Westmoor",
        " Probation Service                    | Head of Westmoor PDU",
    ]
    out = join_wrapped_rows(lines)
    assert "| NHS Greater Westmoor Integrated Care Board (Westmoor locality) | Associate Director of " \
           "Commissioning, Westmoor |" in out
    assert len(out) == 5


def test_the_last_row_s_name_end_joins_it():
    # tab-free columns with no rule, and a three-column table of lead and delegated partners
    lines = [
        "Organisation                              Representative",
        "Harbury Police                            Detective Inspector, Public Protection",
        "Harbury Association of Voluntary          Chief Officer",
        "Organisations (HAVO)",
        "",
        "4. Next steps",
    ]
    out = join_wrapped_rows(lines)
    assert out[2].split("\t") == ["Harbury Association of Voluntary Organisations (HAVO)", "Chief Officer"]
    lines = [
        "     Partner                 Lead partner              Delegated partner",
        "     Kestrel Council         Chief Executive           Director of Children's Services",
        "     NHS Greater Kestrel     Chief Executive, NHS GK   Deputy Place Lead for",
        "     Integrated Care                                   Kestrel, Jo Lee",
        "",
    ]
    out = join_wrapped_rows(lines)
    assert out[2].split("\t") == ["NHS Greater Kestrel Integrated Care", "Chief Executive, NHS GK",
                                  "Deputy Place Lead for Kestrel, Jo Lee"]


def test_a_complete_name_with_a_note_is_a_row_of_its_own():
    lines = [
        "Specified authority                   Lead for the Duty",
        "Harbury Borough Council               Operational Director, Community Protection and",
        "                                      Enforcement",
        "Metropolitan Police Service (East)    Detective Superintendent, Safeguarding",
        "Harbury Youth Justice Service         Head of Youth Justice",
    ]
    out = [_cells(ln)[0] for ln in join_wrapped_rows(lines)]
    assert "Metropolitan Police Service (East)" in out and "Harbury Borough Council" in out
    lines = [
        "| Harbury Council                      | Director of Public Health                    |",
        "| Probation Service (East of Kestrel)  | Head of Harbury Probation Delivery Unit      |",
        "| NHS Integrated Care Board (Harbury)  | Director of Nursing and Safeguarding         |",
    ]
    assert join_wrapped_rows(lines) == lines


def test_the_joined_schedule_gives_each_organisation_its_seats():
    text = ("Eastmoor Combating Drugs Partnership\nTerms of Reference\n\n3. Membership\n\n"
            "  Organisation                          Representative\n"
            "  -----------------------------------   ------------------------------------------\n"
            "  Eastmoor Metropolitan Borough         Director of Public Health (SRO); Head of\n"
            "  Council                               Community Safety\n"
            "  Eastmoor Police                       District Commander\n"
            "  North Eastmoor Partnership            Clinical Lead, Substance Misuse\n"
            "  NHS Foundation Trust\n"
            "  Eastmoor Recovery Steps               Service Manager\n")
    doc = read(text)
    members = {m for m, _ in of(doc, "member_of")}
    assert "North Eastmoor Partnership NHS Foundation Trust" in members
    assert not {m for m in members if m in ("Council", "NHS Foundation Trust")}
    assert any(m.startswith("Eastmoor Metropolitan") for m in members)


def _cells(line: str) -> list[str]:
    return [c for c in re.split(r"\t|\s{2,}", line.strip()) if c]
