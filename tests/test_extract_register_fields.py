"""loaders/extract/fields.py: a register of partnerships, each record opened by a field naming its body
("Partnership:", "Board:", "Group name:"), whose other fields ("Statutory basis:", "Reports to:") are that
body's, not the paper's own."""

from __future__ import annotations

from extract_helpers import assert_evidence_quotes, fact, of, read

REGISTER = """Source: https://www.wiltshire.gov.uk/audit/register.pdf

Wiltshire Council
Audit and Governance Committee - 3 March 2025
Register of Key Partnerships

Partnership:        Safer Salisbury Partnership - the statutory Community
                    Safety Partnership
Statutory basis:    Crime and Disorder Act 1998, s.5-7
Lead officer:       Head of Communities
Reports to:         Cabinet (annual report)
------------------------------------------------------------------
Partnership:        Wiltshire Safeguarding Adults Board (WSAB)
Statutory basis:    Care Act 2014, s.43
Reports to:         Wiltshire Health and Wellbeing Board; Safer Salisbury Partnership
------------------------------------------------------------------
Partnership:        Wiltshire Youth Justice Management Board
Statutory basis:    Crime and Disorder Act 1998 (as amended by the Criminal Justice
                    and Immigration Act 2008)
Reports to:         Safer Salisbury Partnership
"""


def test_a_records_fields_belong_to_the_body_its_opening_field_names() -> None:
    doc = read(REGISTER)
    assert_evidence_quotes(doc)
    duties = of(doc, "statutory_duty")
    assert ("Wiltshire Safeguarding Adults Board", "Care Act 2014") in duties
    assert ("Wiltshire Youth Justice Management Board", "Crime and Disorder Act 1998") in duties
    assert not any("Audit" in s for s, _ in duties | of(doc, "reports_to"))


def test_a_record_named_without_a_head_noun_is_the_body_its_label_says() -> None:
    doc = read(REGISTER)
    assert ("Safer Salisbury Partnership", "Crime and Disorder Act 1998") in of(doc, "statutory_duty")


def test_a_reporting_field_lists_each_line_between_semicolons() -> None:
    doc = read(REGISTER)
    lines = of(doc, "reports_to")
    assert ("Wiltshire Safeguarding Adults Board", "Wiltshire Health and Wellbeing Board") in lines
    assert ("Wiltshire Safeguarding Adults Board", "Safer Salisbury Partnership") in lines
    assert ("Wiltshire Youth Justice Management Board", "Safer Salisbury Partnership") in lines


def test_the_section_written_after_the_act_is_kept() -> None:
    doc = read(REGISTER)
    f = fact(doc, "Wiltshire Safeguarding Adults Board", "statutory_duty", "Care Act 2014")
    assert f.qualifier == "s.43"


def test_an_act_and_the_act_that_amended_it_both_bind_the_body_required() -> None:
    doc = read("Source: https://www.stockton.gov.uk/x\n\nSafer Stockton Partnership\nStrategy\n\n1. Section 6 of "
               "the Crime and Disorder Act 1998, as amended by the Policing and Crime Act 2009, requires "
               "Stockton-on-Tees Borough Council to formulate a reducing reoffending strategy.\n")
    duties = {o for s, o in of(doc, "statutory_duty") if s == "Stockton-on-Tees Borough Council"}
    assert {"Crime and Disorder Act 1998", "Policing and Crime Act 2009"} <= duties, duties


def test_scrutiny_under_a_section_of_an_act_is_the_scrutinisers_duty() -> None:
    doc = read("Source: https://www.walsall.gov.uk/x\n\nSafer Walsall Partnership\nTerms of Reference\n\n5.4 The "
               "annual report is also shared with the Walsall Overview and Scrutiny Committee, which scrutinises the "
               "Partnership under section 19 of the Police and Justice Act 2006.\n")
    f = fact(doc, "Walsall Overview and Scrutiny Committee", "statutory_duty", "Police and Justice Act 2006")
    assert f.qualifier == "s.19"


def test_a_records_chair_chairs_the_records_body_only() -> None:
    doc = read(REGISTER.replace("Statutory basis:    Care Act 2014, s.43\n",
                                "Statutory basis:    Care Act 2014, s.43\nChair:              Independent Chair "
                                "(Dr Olwen Marsh-Tully)\n"))
    chaired = {b for p, b in of(doc, "chairs") if p == "Dr Olwen Marsh-Tully"}
    assert chaired == {"Wiltshire Safeguarding Adults Board"}, chaired
