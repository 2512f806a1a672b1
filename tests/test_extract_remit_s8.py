"""Remit and area forms of papers in new layouts: numbered inline priority lists, devolved Acts whose nation follows
the word Act. Every text here is written for the test, in several councils' styles."""

from __future__ import annotations

import pytest
from extract_helpers import assert_evidence_quotes, of, read


@pytest.mark.parametrize("text, owner, items", [
    ("The Safer Calderbank Partnership has agreed three priorities: (1) protecting older residents from scams; "
     "(2) reducing shop theft; and (3) tackling fly-tipping.",
     "Safer Calderbank Partnership",
     {"Protecting older residents from scams", "Reducing shop theft", "Tackling fly-tipping"}),
    ("The Brindle Vale Community Safety Partnership's priorities for 2026 are a) cutting knife crime, "
     "b) supporting victims of fraud and c) making parks safer.",
     "Brindle Vale Community Safety Partnership",
     {"Cutting knife crime", "Supporting victims of fraud", "Making parks safer"}),
])
def test_numbered_inline_priorities_lose_their_numbers(text, owner, items):
    doc = read(text)
    assert_evidence_quotes(doc)
    read_items = {s for s, o in of(doc, "priority_of") if o == owner}
    assert {i.casefold() for i in items} <= {s.casefold() for s in read_items}
    assert not any(s.startswith("(") or s[1:2] == ")" for s in read_items)


def test_a_word_of_a_numbered_priority_is_no_priority_of_its_own():
    doc = read("The Safer Calderbank Partnership has agreed two priorities: (1) identifying victims sooner; "
               "and (2) closing cannabis farms.")
    names = {s.casefold() for s, _ in of(doc, "priority_of")}
    assert names == {"identifying victims sooner", "closing cannabis farms"}


@pytest.mark.parametrize("text, holder, act", [
    ("The Newry Policing Committee has statutory duties under the Justice Act (Northern Ireland)\n"
     "2011, and meets four times a year.", "Newry Policing Committee", "Justice Act (Northern Ireland) 2011"),
    ("The Tayside Community Justice Partnership has duties under the Community Justice Act (Scotland) 2016.",
     "Tayside Community Justice Partnership", "Community Justice Act (Scotland) 2016"),
])
def test_the_nation_after_the_word_act_is_part_of_its_title(text, holder, act):
    doc = read(text)
    assert_evidence_quotes(doc)
    duties = of(doc, "statutory_duty")
    assert (holder, act) in duties, duties
    assert not any(o.endswith(" Act") for _, o in duties)


def test_a_run_in_priority_list_wrapped_over_lines():
    doc = read(
        "Kestrel Police and Crime Plan 2026-2030\n\n"
        "The Commissioner consulted residents over the summer. The Plan's priorities are:\n"
        "safer town centres; tackling rural crime;\n"
        "fewer repeat victims of burglary; and faster answers to 101 calls.\n"
        "The Chief Constable welcomed the Plan.\n"
    )
    assert_evidence_quotes(doc)
    items = {s.casefold() for s, _ in of(doc, "priority_of")}
    assert {"safer town centres", "fewer repeat victims of burglary", "faster answers to 101 calls"} <= items
    assert {"tackling rural crime"} <= items
    assert not any("welcomed" in i for i in items)  # the sentence after the list is no item


@pytest.mark.parametrize("text, owner", [
    ("Report to the Scrutiny Committee\n\nThe Safer Ambridge Partnership met four times this year. "
     "The Partnership Plan 2025-2028 sets out three priorities: tackling retail crime, cutting road danger "
     "and supporting young carers.", "Partnership Plan 2025-2028"),
    ("Minutes of the Overview Panel\n\nThe Panel heard that the Felham Community Safety Partnership (CSP) had met "
     "in June. The CSP's Partnership Plan 2024-2027 sets three priorities: tackling retail crime; cutting road "
     "danger; and supporting young carers.", "Partnership Plan 2024-2027"),
])
def test_a_plan_named_by_its_owners_kind_keeps_the_priorities_it_sets(text, owner):
    # examples/CONVENTIONS.md A: the plan that sets the priorities owns them, not the partnership as well or instead
    doc = read(text)
    assert_evidence_quotes(doc)
    owners = {o for s, o in of(doc, "priority_of") if s.casefold() == "tackling retail crime"}
    assert owners == {owner}


def test_a_titled_plan_keeps_its_priorities():
    doc = read("The Safer Ambridge Partnership has published the Ambridge Safer Streets Plan 2025-2028. "
               "The Ambridge Safer Streets Plan 2025-2028 sets out three priorities: tackling retail crime, "
               "cutting road danger and supporting young carers.")
    owners = {o for s, o in of(doc, "priority_of") if s.casefold() == "tackling retail crime"}
    assert "Safer Ambridge Partnership" not in owners


def test_semicolon_parted_priorities_may_be_long():
    doc = read("The Safer Ambridge Partnership agreed three priorities: cutting the harm done by county lines and "
               "cuckooing; tackling anti-social behaviour in market towns and country parks; and reducing "
               "stalking.")
    items = {s.casefold() for s, _ in of(doc, "priority_of")}
    assert "tackling anti-social behaviour in market towns and country parks" in items


@pytest.mark.parametrize("text, holder", [
    ("The Gwent Violence Prevention Unit received £2 million from the Home Office last year and leads on the "
     "Serious Violence Duty for the region.", "Gwent Violence Prevention Unit"),
    ("The Safer Tamworth Partnership leads on the Serious Violence Duty.", "Safer Tamworth Partnership"),
])
def test_who_leads_on_a_duty_answers_for_it(text, holder):
    doc = read(text)
    assert_evidence_quotes(doc)
    assert (holder, "Serious Violence Duty") in of(doc, "responsible_for")
    assert not any(s == "Serious Violence Duty" for s, _ in of(doc, "led_by"))  # a duty is led by no one


def test_a_second_predicate_after_a_past_tense_one_is_the_subjects():
    doc = read("The Kestermoor Youth Panel, hosted by Kestermoor Borough Council and led by its Manager, "
               "Ola Briggs, met six times.")
    leads = {(s, o) for s, o in of(doc, "led_by")}
    assert not any(s == "Kestermoor Borough Council" for s, _ in leads)


@pytest.mark.parametrize("text, wrong", [
    ("The Chief Constable said that Dorset Police will produce a monthly performance report aligned to the "
     "Dorset Police and Crime Plan 2025-2029.", "Dorset Police and Crime Plan 2025-2029"),
    ("The Safer Wyre Partnership publishes a yearly update against the Wyre Community Safety Strategy.",
     "Wyre Community Safety Strategy"),
])
def test_a_paper_made_about_a_named_one_is_not_the_named_one(text, wrong):
    doc = read(text)
    assert not any(o == wrong for _, o in of(doc, "produces"))


def test_a_second_relative_clause_ends_the_first_ones_object():
    doc = read("Jo Bell presented the draft Wyre Strategic Assessment, which the Safer Wyre Partnership produces "
               "each year and which shapes the Wyre Community Safety Plan 2026-29.")
    assert not any(o == "Wyre Community Safety Plan 2026-29" for _, o in of(doc, "produces"))


def test_a_paper_and_then_a_named_one_is_still_read():
    doc = read("The Safer Wyre Partnership is refreshing the plan and a draft Wyre Community Safety Plan 2026-29 "
               "will go out to consultation.")
    assert ("Safer Wyre Partnership", "Wyre Community Safety Plan 2026-29") in of(doc, "produces")


@pytest.mark.parametrize("text, body, area", [
    ("The Bath Night Safety Partnership also covers Crawley town centre on match days.",
     "Bath Night Safety Partnership", "Crawley town centre"),
    ("The Preston Pubwatch Scheme covers Preston city centre.", "Preston Pubwatch Scheme", "Preston city centre"),
])
def test_a_town_centre_is_an_area_of_its_own(text, body, area):
    doc = read(text)
    assert_evidence_quotes(doc)
    assert (body, area) in of(doc, "covers_area")


@pytest.mark.parametrize("text, body, area", [
    ("Safer Rugby is the community safety partnership for the Rugby Borough Council area.", "Safer Rugby", "Rugby"),
    ("Safer Stockton (SS), the statutory Community Safety Partnership for the Stockton-on-Tees Council area, met "
     "in March.", "Safer Stockton", "Stockton-on-Tees"),
    ("The Safer Kingston Partnership covers the whole of the Royal Borough.", "Safer Kingston Partnership",
     "Kingston upon Thames"),
])
def test_the_area_of_a_council_or_a_royal_borough_is_its_place(text, body, area):
    doc = read(text)
    assert_evidence_quotes(doc)
    covered = of(doc, "covers_area")
    assert any(s == body and o.startswith(area) for s, o in covered), covered


@pytest.mark.parametrize("text, holder, not_holder", [
    ("The Gwent Modern Slavery Group is a sub-group of Safer Newport, the Community Safety Partnership for Newport "
     "established under the Crime and Disorder Act 1998.", "Safer Newport", "Gwent Modern Slavery Group"),
    ("The Ealing Hate Crime Panel reports to the Safer Ealing Partnership, the statutory partnership for Ealing, "
     "which was formed under the Crime and Disorder Act 1998.", "Safer Ealing Partnership",
     "Ealing Hate Crime Panel"),
])
def test_duty_words_after_an_apposed_role_go_with_the_body_before_it(text, holder, not_holder):
    doc = read(text)
    assert_evidence_quotes(doc)
    duties = of(doc, "statutory_duty")
    assert (holder, "Crime and Disorder Act 1998") in duties, duties
    assert (not_holder, "Crime and Disorder Act 1998") not in duties


def test_the_writers_i_after_an_office_is_no_part_of_its_name():
    doc = read("Police and Crime Commissioner for Lancashire\nAnnual Report 2024/25\n\n"
               "4.1 As Police and Crime Commissioner I have statutory duties under the Policing and Crime Act 2017 "
               "to work with the fire service.")
    holders = {s for s, o in of(doc, "statutory_duty") if o == "Policing and Crime Act 2017"}
    assert holders and not any(h.endswith(" I") for h in holders), holders


@pytest.mark.parametrize("text, owner, items", [
    ("The Oldham Community Safety Partnership (OCSP) has made \"safer parks\" one of its four priorities for "
     "2025-2028, alongside hate crime and fraud against older people.",
     "Oldham Community Safety Partnership", {"safer parks", "hate crime", "fraud against older people"}),
    ("The Safer Redbridge Partnership has made cutting knife crime its first priority, followed by supporting "
     "victims of stalking and closing drug dens.",
     "Safer Redbridge Partnership", {"cutting knife crime", "supporting victims of stalking", "closing drug dens"}),
])
def test_what_a_body_makes_its_priority_and_what_it_adds_alongside(text, owner, items):
    doc = read(text)
    assert_evidence_quotes(doc)
    read_items = {s.casefold() for s, o in of(doc, "priority_of") if o == owner}
    assert items <= read_items, read_items


def test_a_short_place_name_in_a_table_of_partnerships_is_read_among_its_neighbours():
    doc = read(
        "3.2 Partnership grants. The Commissioner gave each Community Safety Partnership a grant for local\n"
        "priorities. The grants were:\n\n"
        "   Partnership                            2024/25       2025/26\n"
        "   -------------------------------------  ------------  ------------\n"
        "   Safer Gateshead Partnership            £120,000      £125,000\n"
        "   Safer Newcastle Partnership            £140,000      £145,000\n"
        "   Safer North Tyneside Partnership       £95,000       £97,000\n"
    )
    areas = {o for s, o in of(doc, "covers_area") if s == "Safer Newcastle Partnership"}
    assert areas == {"Newcastle upon Tyne"}, areas


def test_a_power_joined_to_a_duty_is_the_same_holders():
    doc = read("Police and Crime Commissioner for Lancashire\nAnnual Report 2024/25\n\n"
               "2.3 The Commissioner has a duty under the Policing and Crime Act 2017 to work with the fire "
               "service, and the power under section 9 of the Victims and Courts Act 2026 to fund services for "
               "victims.")
    assert_evidence_quotes(doc)
    duties = {o for s, o in of(doc, "statutory_duty") if s == "Lancashire Police and Crime Commissioner"}
    assert {"Policing and Crime Act 2017", "Victims and Courts Act 2026"} <= duties, duties
