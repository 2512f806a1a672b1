"""loaders/documents.py end to end: a paper in, a SourceDocument out with its council, body, date, entities and
facts, each fact quoting the paper; nothing from another paper, and bad files refused by name."""

from __future__ import annotations

from pathlib import Path

import pytest
from extract_helpers import assert_evidence_quotes, growth, read, repeat_to, triples

from govkg.errors import LoadError
from govkg.loaders import LoadContext, read_source
from govkg.loaders.documents import document_from_text

UNITARY = """Shropshire Council
Report to: Safer Shropshire Partnership
Date: 12 January 2022
Report author: Ellen Marsh, Community Safety Manager

Community Safety Annual Report

1. Background
1.1 The Partnership is responsible for reducing crime and disorder across the county.
1.2 Members noted that the Prevent Steering Group is a sub-group of the Safer Shropshire Partnership.
1.3 In 2021 the Partnership reported to the Shropshire Health and Wellbeing Board.
"""

SSP = "Safer Shropshire Partnership"


def test_a_unitary_councils_report_end_to_end() -> None:
    doc = read(UNITARY)
    assert (doc.council.name, doc.body.name, doc.area, str(doc.date), doc.doc_type) == (
        "Shropshire Council", SSP, "Shropshire", "2022-01-12", "report")
    assert triples(doc) == {
        ("Ellen Marsh", "holds_post", "Community Safety Manager, Shropshire Council"),
        (SSP, "responsible_for", "Community Safety"),  # "crime and disorder" is a label of the scheme's topic
        ("Shropshire Prevent Steering Group", "subgroup_of", SSP),
        (SSP, "reports_to", "Shropshire Health and Wellbeing Board"),
        (SSP, "covers_area", "Shropshire"),  # named for the county, its work "across the county"
    }
    assert_evidence_quotes(doc)
    assert doc.warnings == []


def test_every_entity_a_fact_names_is_listed_once_with_its_aliases() -> None:
    doc = read("Lambeth Council\n\nMinutes of the Safer Lambeth Partnership Board held on 8 November 2022\n\n"
               "Present: Cllr Ruth Adeyemi (Chair), Hannah Okonjo (London Borough of Lambeth)\n")
    iris = [e.iri for e in doc.entities]
    assert len(iris) == len(set(iris))
    for f in doc.facts:
        assert f.subject.iri in iris and f.object.iri in iris
    council = next(e for e in doc.entities if e.iri == doc.council.iri)
    assert council.name == "Lambeth Council" and "London Borough of Lambeth" in council.aliases
    person = next(e for e in doc.entities if e.name == "Ruth Adeyemi")
    assert "Cllr Ruth Adeyemi" in person.aliases


def test_a_paper_without_a_date_says_so_and_a_hint_dates_it() -> None:
    text = "Agenda item\n\nThe Committee noted the update on community safety work.\n"
    undated = read(text)
    assert undated.date is None
    assert undated.warnings == ["no meeting date in the text; give one with --date or a .meta.yaml sidecar"]
    dated = read(text, date_hint="2021-06")
    assert (str(dated.date), dated.date_precision, dated.warnings) == ("2021-06-01", "month", [])


def test_overrides_name_the_council_and_body_the_text_does_not() -> None:
    doc = read("Notes\n\nCllr Ava Ncube chairs the Partnership.\n", overrides={"body": "Safer Wigan Partnership",
                                                                          "council": "Wigan Council",
                                                                          "date": "2022-05-04"})
    assert (doc.council.name, doc.body.name, str(doc.date)) == ("Wigan Council", "Safer Wigan Partnership",
                                                                "2022-05-04")
    assert ("Ava Ncube", "chairs", "Safer Wigan Partnership") in triples(doc)


def test_a_council_named_in_passing_is_not_the_papers_council() -> None:
    doc = read("Wigan Council\n\nReport to Cabinet\n\nWigan's figures were compared with those of Bolton Council and "
               "Salford City Council. The Council noted the comparison.\n")
    assert doc.council.name == "Wigan Council" and doc.area == "Wigan"


# -- nothing leaks from one paper into another

SOLIHULL = ("Solihull Council\n\nReport to Cabinet\n\nMembers heard that the Channel Panel is chaired by the Prevent "
            "Lead. Members heard that the Police and Crime Commissioner funds the Solihull Youth Forum.\n")
LAMBETH = ("Lambeth Council\n\nReport to Cabinet\n\nMembers heard that the Channel Panel is chaired by the Prevent "
           "Lead.\n")


def test_a_generic_body_is_the_papers_own_and_another_papers_council_does_not_leak_in() -> None:
    alone = read(LAMBETH)
    solihull = read(SOLIHULL)
    after = read(LAMBETH)
    # (a council officer's field title written bare in the council's own paper is the council's post)
    assert triples(alone) == triples(after) == {("Prevent Lead, Lambeth Council", "chairs", "Lambeth Channel Panel")}
    assert triples(solihull) == {("Prevent Lead, Solihull Council", "chairs", "Solihull Channel Panel"),
                                 ("West Midlands Police and Crime Commissioner", "funds", "Solihull Youth Forum")}
    for doc in (alone, after):
        assert doc.council.name == "Lambeth Council"
        assert not any("Solihull" in e.name or "West Midlands" in e.name for e in doc.entities)
    # one post title, two councils' posts
    lead = {f.subject.iri for d in (after, solihull) for f in d.facts if f.subject.name.startswith("Prevent Lead")}
    assert len(lead) == 2


def test_the_same_paper_read_twice_gives_the_same_facts_and_spans() -> None:
    def spans(doc):
        return sorted((f.subject.iri, f.relation, f.object.iri, f.start, f.end) for f in doc.facts)

    first = read(UNITARY)
    read(SOLIHULL)
    assert spans(read(UNITARY)) == spans(first)


def test_a_paper_that_names_nothing_known_has_no_council_and_borrows_none() -> None:
    doc = read("Notes of the Wednesday group\n\nThe group met and agreed its plan. The Council was thanked.\n")
    assert (doc.council, doc.area) == (None, None)
    assert doc.facts == []


# -- files


def test_a_text_file_loads_through_the_registry_with_its_sidecar(tmp_path: Path) -> None:
    paper = tmp_path / "minutes.txt"
    paper.write_text("Notes of the meeting\n\nPresent: Cllr Ava Ncube (Chair), Sam Holt\n", encoding="utf-8")
    (tmp_path / "minutes.txt.meta.yaml").write_text("body: Safer Wigan Partnership\ndate: 2022-05-04\n")
    (doc,) = read_source(paper, LoadContext())
    assert (doc.key, doc.loader, doc.body.name, str(doc.date)) == ("minutes", "document", "Safer Wigan Partnership",
                                                                   "2022-05-04")
    assert {("Ava Ncube", "chairs", "Safer Wigan Partnership"), ("Sam Holt", "attended", "Safer Wigan Partnership")} \
        <= triples(doc)


@pytest.mark.parametrize(
    "data, message",
    [
        (b"", "empty file"),
        (b"   \n\n  ", "empty file"),
        (b"Page 1\n", "no readable text"),
        (b"\x00\x01\x02\x03binary", "binary data"),
    ],
)
def test_a_bad_file_is_refused_naming_it(tmp_path: Path, data: bytes, message: str) -> None:
    paper = tmp_path / "bad.txt"
    paper.write_bytes(data)
    with pytest.raises(LoadError, match=message) as raised:
        read_source(paper, LoadContext())
    assert "bad.txt" in str(raised.value)


def test_a_file_in_windows_1252_loads_with_a_warning(tmp_path: Path) -> None:
    paper = tmp_path / "minutes.txt"
    paper.write_bytes("Minutes of the Safer Wigan Partnership held on 4 May 2022\n\nPresent: Cllr Zoe Adair (Chair) – "
                      "£5k noted\n".encode("cp1252"))
    (doc,) = read_source(paper, LoadContext())
    assert any("Windows-1252" in w for w in doc.warnings)
    assert ("Zoe Adair", "chairs", "Safer Wigan Partnership") in triples(doc)


# -- time on long papers


LINEAR = {
    "board sentences": "The Board noted the report.\n",
    "chair sentences": "Cllr Jo Lee chairs the Safer Wigan Partnership.\n",
    "attendance lines": "Present: Cllr Jo Lee (Chair), Sam Holt\n",
    "bullets": "- Wigan Council\n",
    "amount rows": "Wigan CSP\t£5,000\n",
}


def _extract(text: str) -> None:
    document_from_text("t", "t.txt", text, "0" * 64)


@pytest.mark.parametrize("unit", LINEAR.values(), ids=LINEAR.keys())
def test_extraction_time_grows_linearly_with_the_paper(unit: str) -> None:
    assert growth(_extract, repeat_to(unit), 2_000) < 8


def test_many_lines_naming_boards_cost_linear_time() -> None:
    assert growth(_extract, repeat_to("The Alpha Board reports to the Beta Board.\n"), 500, factor=8) < 16


def test_a_long_paragraph_on_one_line_costs_linear_time() -> None:
    assert growth(_extract, repeat_to("Members agreed that the Board would meet. "), 300) < 8


def test_one_commissioner_named_two_ways_in_a_paper_is_one_node() -> None:
    doc = read("Lancashire County Council report\n\nMembers heard that the Lancashire Police and Crime Commissioner "
               "funds the Preston Youth Forum. Members heard that the PCC funds the Burnley Youth Forum.\n")
    assert len({f.subject.iri for f in doc.facts if f.relation == "funds"}) == 1


def test_a_site_whose_host_spells_the_name_at_the_top_of_its_page_is_that_bodys() -> None:
    from govkg.loaders.documents import document_from_text

    text = ("Source: https://www.saferkestermoor.org.uk/about-us/\n\nSafer Kestermoor Partnership\n\n"
            "We bring partners together to reduce crime.\n")
    doc = document_from_text("k", "s", text, "x")
    assert doc.body is not None and doc.body.name == "Safer Kestermoor Partnership"
    other = text.replace("saferkestermoor", "kestermoor-news")
    assert document_from_text("k", "s", other, "x").body is None


def test_a_page_title_above_a_breadcrumb_is_the_pages_body_and_its_members_table_header_is_no_member() -> None:
    from govkg.loaders.documents import document_from_text

    text = ("Source: https://www.example.gov.uk/info/1/csp\n\nWestvale Community Safety Partnership\n\n"
            "Home > Community safety > Community Safety Partnership\n\nMembers\n\n"
            "| Name | Organisation | Role |\n|------|------|------|\n"
            "| Cllr Ada Brennan | Westvale Council | Chair |\n"
            "| AC Rob Tait | Westvale Fire and Rescue Service | Station Manager |\n")
    doc = document_from_text("k", "s", text, "x")
    assert doc.body is not None and doc.body.name == "Westvale Community Safety Partnership"
    members = {f.subject.name for f in doc.facts if f.relation == "member_of" and f.object.name == doc.body.name}
    assert "Name" not in members and "Station Manager" not in members
    assert "Ada Brennan" in members


def test_a_body_above_a_short_title_that_ends_in_what_the_paper_is_owns_the_paper() -> None:
    from govkg.loaders.documents import document_from_text

    text = ("Source: https://www.example.gov.uk/plan.pdf\n\nWestvale Youth Justice Service\n"
            "Youth Justice Strategic Plan 2024-25\n\nThe service works with children in Westvale.\n")
    doc = document_from_text("k", "s", text, "x")
    assert doc.body is not None and doc.body.name == "Westvale Youth Justice Service"


def test_a_paper_about_one_partnership_that_never_heads_it_is_that_partnerships() -> None:
    text = ("Source: https://www.example.gov.uk/safeguarding/structure\n\nLeave this site\n\nHow we work\n\n"
            "The Tenbury Safeguarding Adults Board (TSAB) brings agencies together. The TSAB meets quarterly.\n\n"
            "The work of the TSAB is led by its Business Group. The Tenbury Safeguarding Adults Board publishes "
            "an annual report, and the TSAB reports to the Health and Wellbeing Board.\n")
    doc = read(text)
    assert doc.body is not None and doc.body.name == "Tenbury Safeguarding Adults Board"


def test_no_body_is_chosen_when_two_are_named_as_often() -> None:
    text = ("Source: https://www.example.gov.uk/news/item\n\nNews\n\n"
            "The Tenbury Community Safety Partnership met the Tenbury Youth Justice Board. The Tenbury Community "
            "Safety Partnership and the Tenbury Youth Justice Board agreed a plan; the Tenbury Youth Justice Board "
            "and the Tenbury Community Safety Partnership will meet again.\n")
    assert read(text).body is None


def test_a_partnership_named_above_its_boards_title_owns_the_board() -> None:
    doc = read("Source: https://www.example.gov.uk/downloads/tor\n\nSafer Kesteven Partnership\n"
               "Executive Board - Terms of Reference\n\nVersion 2\n\n1. Purpose\n\nThe Board meets quarterly.\n")
    assert doc.body is not None and doc.body.name == "Safer Kesteven Partnership Executive Board"


def test_minutes_that_name_their_board_only_in_the_text_are_that_boards_not_an_attendees_force() -> None:
    from extract_helpers import of, read

    doc = read("Source: https://moderngov.halton.gov.uk/ieListDocuments.aspx?CId=1\n\nMINUTES\n\n"
               "14 March 2024, 2pm, Runcorn Town Hall\n\nPresent: Cllr Ada Pike (Chair), Tom Reed (Cheshire Police)\n\n"
               "1. Welcome\n\nThe Chair welcomed everyone to the Safer Halton Partnership Board.\n\n2. Minutes\n\n"
               "The Board agreed the minutes. The Board noted the actions.\n")
    assert {b for _, b in of(doc, "attended")} == {"Safer Halton Partnership Board"}


@pytest.mark.parametrize("host, council, crumbs, title", [
    ("rochdale", "Rochdale Borough Council", "Home > Community > Safer Rochdale Partnership",
     "Safer Rochdale Partnership"),
    ("oldham", "Oldham Council", "Home | Health | Public health | Oldham Combating Drugs Partnership",
     "Oldham Combating Drugs Partnership"),
])
def test_a_pages_title_under_a_breadcrumb_that_ends_in_it_is_the_pages_body(host, council, crumbs, title) -> None:
    text = (f"Source: https://www.{host}.gov.uk/community/page/\n\n{council}\n\n{crumbs}\n\n{title}\n\n"
            "On this page\n  - Members\n\nMembers:\n\n  Zofia Kettering    Head of Service    Probation\n")
    doc = read(text)
    assert doc.body is not None and doc.body.name == title


def test_a_title_under_a_breadcrumb_that_ends_elsewhere_is_not_the_pages_body() -> None:
    text = ("Source: https://www.rochdale.gov.uk/community/page/\n\nRochdale Borough Council\n\n"
            "Home > Community > Consultations\n\nSafer Rochdale Partnership\n\nOn this page\n  - Members\n")
    doc = read(text)
    assert doc.body is None or doc.body.name != "Safer Rochdale Partnership"


@pytest.mark.parametrize("title, crumbs", [
    ("Hereford and Worcester Fire and Rescue Service", "About us > Working with partners"),
    ("Safer Gloucestershire Partnership", "Who we are » Our partners » Governance"),
    ("Cleveland Police", "Our force › Partnerships"),
])
def test_a_body_above_a_breadcrumb_without_home_owns_the_page(title: str, crumbs: str) -> None:
    text = (f"Source: https://www.example.org.uk/about-us/partners\n\n{title}\n{crumbs}\n\nWORKING TOGETHER\n\n"
            "We sit on both community safety partnerships in our area and chair the road safety group.\n")
    doc = read(text)
    assert doc.body is not None and doc.body.name == title


def test_a_menu_of_bars_under_a_name_is_no_breadcrumb() -> None:
    from govkg.loaders.documents import _CRUMB_LINE

    assert _CRUMB_LINE.match("About us > Working in partnership")
    assert not _CRUMB_LINE.match("Home | Safety advice | About us")
    assert not _CRUMB_LINE.match("Spending over 5,000 > agreed limit for the quarter as reported to the board")
