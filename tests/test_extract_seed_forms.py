"""Forms of long strategy papers and minutes the reader used to miss: a capitalised or spaced "Sub Group of", a
list joined by "as well as" before a singular "which is". Every text is written here, in several councils'
styles."""

from __future__ import annotations

import pytest
from extract_helpers import assert_evidence_quotes, of, read


@pytest.mark.parametrize(
    "text, expected",
    [
        ("Salford City Council report\n\nThe Salford Health Improvement Group is a Sub-Group of the Salford Health "
         "and Wellbeing Board.\n", ("Salford Health Improvement Group", "Salford Health and Wellbeing Board")),
        ("Norfolk County Council\n\nIt links to the Norfolk Reducing Reoffending Board (NRRB) which is a sub Group "
         "of the Norfolk County Community Safety Partnership.\n",
         ("Norfolk Reducing Reoffending Board", "Norfolk County Community Safety Partnership")),
        ("Cardiff Council\n\nThe Cardiff Drugs Group is a Sub Committee of the Safer Cardiff Board.\n",
         ("Cardiff Drugs Group", "Safer Cardiff Board")),
    ],
)
def test_relation_noun_capitalised_is_no_part_of_the_parent_name(text: str, expected: tuple[str, str]) -> None:
    doc = read(text)
    assert_evidence_quotes(doc)
    assert expected in of(doc, "subgroup_of")


def test_as_well_as_then_singular_which_is_speaks_of_the_last_name_only() -> None:
    doc = read("Dudley Council annual report\n\nLocally the forum links into the Dudley Families Strategic Group "
               "as well as the Dudley Youth Violence Group (DYVG) which is a sub-group of the Safer Dudley "
               "Partnership.\n")
    found = of(doc, "subgroup_of")
    assert ("Dudley Youth Violence Group", "Safer Dudley Partnership") in found
    assert ("Dudley Families Strategic Group", "Safer Dudley Partnership") not in found


def test_as_well_as_still_joins_a_plural_subject() -> None:
    doc = read("Leeds City Council\n\nThe Leeds Drugs Group as well as the Leeds Alcohol Group are sub-groups of "
               "the Safer Leeds Executive.\n")
    assert {("Leeds Drugs Group", "Safer Leeds Executive"), ("Leeds Alcohol Group", "Safer Leeds Executive")} <= \
        of(doc, "subgroup_of")


def test_a_role_after_bare_as_is_still_skipped() -> None:
    doc = read("Leeds City Council\n\nThe Council, as a Responsible Authority, is a member of the Safer Leeds "
               "Executive.\n")
    assert ("Leeds City Council", "Safer Leeds Executive") in of(doc, "member_of")
    assert not any(s == "Responsible Authority" for s, _ in of(doc, "member_of"))


@pytest.mark.parametrize(
    "text, expected",
    [
        ("Tamworth Borough Council\n\nThe Tamworth Partnership acts as the Local Strategic Partnership (LSP) for "
         "the Borough of Tamworth.\n", ("Tamworth Partnership", "Tamworth")),
        ("Preston City Council\n\nTogether Preston is the local strategic partnership for the city of Preston.\n",
         ("Together Preston", "Preston")),
    ],
)
def test_the_local_strategic_partnership_for_an_area_covers_it(text: str, expected: tuple[str, str]) -> None:
    doc = read(text)
    assert_evidence_quotes(doc)
    assert expected in of(doc, "covers_area")


def test_a_strategic_partnership_without_local_is_no_area_identity() -> None:
    doc = read("Preston City Council\n\nThe Preston Health Board is a strategic partnership for the city of "
               "Preston.\n")
    assert not of(doc, "covers_area")


def _funds(text: str) -> set[tuple[str, str, object]]:
    doc = read(text)
    assert_evidence_quotes(doc)
    return {(f.subject.name, f.object.name, f.amount) for f in doc.facts if f.relation == "funds"}


_SUTTON = ("Sutton Council\n\n4.2\tPartnership funding 2019/20\n"
           "In 2019/20 the Safer Sutton Partnership had to apply to the Mayor's Office for funding. "
           "The amount available was £90,000.\n"
           "\tSchemes we paid for\tthis year include:\t\n"
           "\tTheme\tProject/Initiative\tAmount\n"
           "\tKnife Crime\tSutton Youth Boxing Project – weekly sessions in Rosehill\t£12,000\n"
           "\tASB\tSutton Street Pastors Scheme\t£4,500\n"
           "\t\tTOTAL\t£16,500\n")


def test_a_projects_table_under_a_run_in_lead_in_is_funded_by_the_applicant() -> None:
    from decimal import Decimal

    found = _funds(_SUTTON)
    assert ("Safer Sutton Partnership", "Sutton Youth Boxing Project", Decimal("12000")) in found
    assert ("Safer Sutton Partnership", "Sutton Street Pastors Scheme", Decimal("4500")) in found
    assert not any(amount == Decimal("16500") for _, _, amount in found)  # the total row funds nobody


def test_a_projects_table_with_no_applicant_above_reads_no_funder() -> None:
    text = _SUTTON.replace("the Safer Sutton Partnership had to apply to the Mayor's Office for funding",
                           "money was short")
    assert not _funds(text)


def test_a_body_in_the_project_column_is_the_body() -> None:
    text = ("Wakefield Council\n\nLast year the Wakefield District Community Safety Partnership successfully bid "
            "for funding.\n"
            "\tProjects supported\tin the year include:\t\n"
            "\tPriority\tProject\tAmount\n"
            "\tHate Crime\tWakefield Hate Crime Partnership – awareness week\t£2,000\n"
            "\tAll\tWakefield Youth Diversion Programme\t£7,000\n")
    names = {(s, o) for s, o, _ in _funds(text)}
    assert ("Wakefield District Community Safety Partnership", "Wakefield Hate Crime Partnership") in names
    assert ("Wakefield District Community Safety Partnership", "Wakefield Youth Diversion Programme") in names


def test_hm_govt_written_short_owns_the_paper_it_prefixes() -> None:
    doc = read("Rochdale Borough Council\n\nBackground papers:\n- HM Govt Ending Gang Violence Strategy (2016)\n"
               "- HM Govt Modern Slavery Strategy\n")
    owners = {s for s, _ in of(doc, "produces")}
    assert owners == {"HM Government"}
    assert len(of(doc, "produces")) == 2


@pytest.mark.parametrize(
    "sentence, expected",
    [
        ("Scrutiny also has a part to play in holding the Essex Police, Fire and Crime Commissioner to account "
         "through the Essex Police, Fire and Crime Panel.",
         ("Essex Police, Fire and Crime Panel", "Essex Police, Fire and Crime Commissioner")),
        ("Residents hold the Commissioner to account via the Police and Crime Panel.",
         ("Essex Police and Crime Panel", "Essex Police and Crime Commissioner")),
    ],
)
def test_held_to_account_through_a_body_is_that_body_holding(sentence: str, expected: tuple[str, str]) -> None:
    doc = read("Essex County Council\n\n" + sentence + "\n")
    assert_evidence_quotes(doc)
    assert expected in of(doc, "oversees")


def test_held_to_account_through_meetings_names_no_holder() -> None:
    doc = read("Essex County Council\n\nThe Commissioner is scrutinised; members hold the Commissioner to account "
               "through regular public meetings.\n")
    assert not any(s == "members" for s, _ in of(doc, "oversees"))
    assert all("meeting" not in s.casefold() for s, _ in of(doc, "oversees"))


@pytest.mark.parametrize(
    "text, expected",
    [
        ("Derbyshire County Council report\n\nThe Chair asked about the merger of Nacro (the Council's provider of "
         "services for people misusing drugs) and another charity.\n", ("Derbyshire County Council", "Nacro")),
        ("Leeds City Council\n\nForward Leeds, the Council's commissioned provider of drug and alcohol services, "
         "gave a presentation.\n", ("Leeds City Council", "Forward Leeds")),
    ],
)
def test_the_councils_provider_in_apposition_is_commissioned_by_it(text: str, expected: tuple[str, str]) -> None:
    doc = read(text)
    assert_evidence_quotes(doc)
    assert expected in of(doc, "commissions")


@pytest.mark.parametrize(
    "text, expected",
    [
        ("Derbyshire County Council report\n\nThe Chair asked about the merger of Nacro (the Council's provider of "
         "services for people misusing drugs) and another charity.\n",
         ("Nacro", "services for people misusing drugs")),
        ("Leeds City Council\n\nForward Leeds, the Council's commissioned provider of drug and alcohol services, "
         "gave a presentation.\n", ("Forward Leeds", "drug and alcohol services")),
        ("Kent County Council\n\nMembers met Pathway Recovery Trust (the Council's provider of services in relation to "
         "gambling harm) last month.\n", ("Pathway Recovery Trust", "services in relation to gambling harm")),
    ],
)
def test_the_councils_provider_delivers_what_the_apposition_names(text: str, expected: tuple[str, str]) -> None:
    doc = read(text)
    assert_evidence_quotes(doc)
    provider, service = expected
    assert any(s == provider and o.casefold().endswith(service) for s, o in of(doc, "delivers"))


def test_a_provider_of_no_service_word_delivers_nothing() -> None:
    doc = read("Kent County Council\n\nWe met Porchway Recovery (the Council's provider of choice) last week.\n")
    assert not of(doc, "delivers")


def test_a_place_called_the_councils_provider_is_no_organisation() -> None:
    doc = read("Derbyshire County Council report\n\nThe Chair asked about Derby (the Council's provider of "
               "services).\n")
    assert not of(doc, "commissions")


_PLAN = ("Safer Plymouth annual report\n\nThe current Safer Plymouth Partnership priorities are:\n\n"
         "- Knife Crime: Work to reduce the carrying of knives among young people\n\n"
         "- Fly-tipping: Work to cut the number of fly-tipping incidents in the city\n"
         "Hate Crime: To support victims and raise reporting across the city\n"
         "Cyber Crime: Work to help residents protect themselves online\n\n"
         "The partnership meets quarterly.\n")


def test_labelled_bullets_whose_marks_were_lost_go_on_the_list() -> None:
    doc = read(_PLAN)
    found = {s for s, o in of(doc, "priority_of") if o == "Safer Plymouth Partnership"}
    assert {"Hate Crime", "Cyber Crime"} <= found
    assert len(found) == 4


def test_a_paper_field_after_the_list_is_no_item() -> None:
    doc = read(_PLAN.replace("Hate Crime: To support victims and raise reporting across the city\n"
                             "Cyber Crime: Work to help residents protect themselves online\n",
                             "Chair: Cllr Nia Pengelly\n"))
    assert all("Chair" not in s and "Pengelly" not in s for s, _ in of(doc, "priority_of"))
    assert len(of(doc, "priority_of")) == 2


@pytest.mark.parametrize(
    "sentence, expected",
    [
        ("Officers are supporting the PCC’s remit which extends across Avon and Somerset.",
         ("Avon and Somerset Police and Crime Commissioner", "Avon and Somerset")),
        ("The Safer Derby Partnership's remit extends across the whole of Derby.",
         ("Safer Derby Partnership", "Derby")),
    ],
)
def test_a_remit_that_extends_across_an_area_covers_it(sentence: str, expected: tuple[str, str]) -> None:
    doc = read("Council report\n\n" + sentence + "\n")
    assert_evidence_quotes(doc)
    assert expected in of(doc, "covers_area")


def test_a_remit_across_portfolios_covers_no_area() -> None:
    assert not of(read("Council report\n\nHer remit extends across several portfolios.\n"), "covers_area")


@pytest.mark.parametrize(
    "sentence, expected",
    [
        ("Derbyshire County Council and the PCC were among the first areas to deliver perpetrator programmes "
         "through Safer Lives.", ("Safer Lives", "Perpetrator programmes")),
        ("The Council delivers its outreach service through Turning Point.", ("Turning Point", "Outreach service")),
    ],
)
def test_a_service_delivered_through_an_organisation_is_its(sentence: str, expected: tuple[str, str]) -> None:
    doc = read("Derbyshire County Council\n\n" + sentence + "\n")
    assert_evidence_quotes(doc)
    assert expected in of(doc, "delivers")


def test_through_the_year_names_no_provider() -> None:
    doc = read("Derbyshire County Council\n\nWe deliver training sessions through the year.\n")
    assert not of(doc, "delivers")


def test_who_works_with_the_producer_to_produce_a_paper_produces_it_too() -> None:
    doc = read("Norfolk County Council\n\nThe Norfolk County Community Safety Partnership works closely with "
               "Norfolk Constabulary to produce an annual Strategic Assessment.\n")
    producers = {s for s, _ in of(doc, "produces")}
    assert {"Norfolk County Community Safety Partnership", "Norfolk Constabulary"} <= producers


def test_works_with_a_producer_named_in_a_relative_clause_adds_no_one() -> None:
    doc = read("Norfolk County Council\n\nThe Norfolk County Community Safety Partnership works with Norfolk "
               "Constabulary, which produces an annual Strategic Assessment.\n")
    assert {s for s, _ in of(doc, "produces")} == {"Norfolk Constabulary"}


@pytest.mark.parametrize(
    "text, body, topics",
    [
        ("Norfolk County Council\n\nThe Norfolk Safer Communities Board receives reports on domestic abuse, "
         "substance misuse and Prevent.\n", "Norfolk Safer Communities Board",
         {"Domestic Abuse", "Substance Misuse", "Prevent"}),
        ("Leeds City Council\n\nThe Safer Leeds Executive receives regular updates from its delivery groups on "
         "anti-social behaviour and hate crime.\n", "Safer Leeds Executive", {"Anti-Social Behaviour", "Hate Crime"}),
        # the relative clause closed by its comma leaves the board the subject of the verbs after it
        ("Essex County Council\n\nThe Safer Essex Board, which meets quarterly, agrees the annual plan and receives "
         "reports from groups on domestic abuse and reducing reoffending.\n", "Safer Essex Board",
         {"Domestic Abuse", "Reducing Re-Offending"}),
    ],
)
def test_a_body_receiving_reports_on_topics_oversees_them(text: str, body: str, topics: set[str]) -> None:
    doc = read(text)
    assert_evidence_quotes(doc)
    assert {(body, t) for t in topics} <= of(doc, "oversees")


def test_reports_from_a_named_body_are_its_reporting_not_a_topic() -> None:
    doc = read("Kent County Council\n\nThe Safer Kent Board receives reports from Kent Police on knife crime.\n")
    assert ("Kent Police", "Safer Kent Board") in of(doc, "reports_to")
    assert not of(doc, "oversees")


def test_an_open_relative_clause_still_owns_its_second_verb() -> None:
    doc = read("Kent County Council\n\nThe forum meets the Safer Kent Board, which oversaw the review and receives "
               "reports on hate crime.\n")
    assert all(s == "Safer Kent Board" for s, _ in of(doc, "oversees"))


@pytest.mark.parametrize(
    "text, expected",
    [
        ("Kent County Council\n\nOver the last year the Safer Kent Board has been: overseeing the work of the Kent "
         "Youth Project; and responding to a consultation.\n", ("Safer Kent Board", "Kent Youth Project")),
        # a later item, after the semicolons of the ones before it
        ("Leeds City Council\n\nSince May the Safer Leeds Executive has been: agreeing its budget; and overseeing "
         "the Leeds Night Safe Scheme.\n", ("Safer Leeds Executive", "Leeds Night Safe Scheme")),
    ],
)
def test_what_a_body_has_done_listed_after_a_colon(text: str, expected: tuple[str, str]) -> None:
    doc = read(text)
    assert_evidence_quotes(doc)
    assert expected in of(doc, "oversees")


def test_a_colon_after_no_auxiliary_still_ends_the_subject() -> None:
    doc = read("Kent County Council\n\nThe Safer Kent Board heard two items: overseeing the Kent Youth Project was "
               "discussed.\n")
    assert ("Safer Kent Board", "Kent Youth Project") not in of(doc, "oversees")


def test_concerns_referred_to_a_board_are_an_escalation_route() -> None:
    doc = read("Kent County Council\n\nWhere the Kent Community Safety Partnership had concerns about progress it "
               "could refer its concerns to the Kent Domestic Abuse Board.\n")
    assert_evidence_quotes(doc)
    assert ("Kent Community Safety Partnership", "Kent Domestic Abuse Board") in of(doc, "reports_to")


def test_cases_referred_to_a_panel_are_casework() -> None:
    doc = read("Kent County Council\n\nKent Police refer cases to the Kent Channel Panel.\n")
    assert not of(doc, "reports_to")


def test_the_short_form_of_a_rank_given_in_full_is_no_second_post() -> None:
    doc = read("Minutes\n\nPresent: Mrs A Jones (Chairman)\n\nAlso attended: Chief Supt. R Okafor, Kent Police\n\n"
               "1 Community safety update\n\nThe Board discussed the annual report. Superintendent Okafor confirmed "
               "that the figures were improving.\n")
    posts = {o for s, o in of(doc, "holds_post") if s == "R Okafor"}
    assert posts == {"Chief Superintendent"}


def test_a_rank_of_its_own_is_still_read() -> None:
    doc = read("Minutes\n\nThe Board discussed the annual report. Superintendent Ana Okafor confirmed that the "
               "figures were improving.\n")
    assert ("Ana Okafor", "Superintendent") in of(doc, "holds_post")


def test_the_owner_of_a_possessive_after_to_the_is_the_body_named_there() -> None:
    doc = read("Kent County Council\n\nThe service achieved Gold Status Accreditation to the Community Alarms "
               "Association's Code of Practice last year.\n")
    producers = {s for s, _ in of(doc, "produces")}
    assert not any("Accreditation" in s for s in producers)
