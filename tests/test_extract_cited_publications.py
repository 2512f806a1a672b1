"""A list of papers cited with the publisher and date in brackets after each title: the publisher produces it."""

from __future__ import annotations

from extract_helpers import of, read


def test_cited_papers_with_one_or_two_publishers() -> None:
    doc = read(
        "Recent national guidance\n\n"
        "- Tackling Knife Crime Together (Home Office, March 2021) - sets out the expectations on partners.\n"
        "- Safer Streets in Practice (Public Health England/College of Policing 2020)\n"
        "- Accommodation for survivors of abuse (Ministry of Housing, Communities and Local Government "
        "consultation- June 2020)\n"
    )
    made = of(doc, "produces")
    assert ("Home Office", "Tackling Knife Crime Together") in made
    assert ("Public Health England", "Safer Streets in Practice") in made
    assert ("College of Policing", "Safer Streets in Practice") in made
    assert ("Ministry of Housing, Communities and Local Government", "Accommodation for survivors of abuse") in made


def test_brackets_holding_something_other_than_a_publisher_say_nothing() -> None:
    doc = read(
        "Attendees\n\n"
        "- Priya Venn (Home Office, May 2019)\n"
        "- Annual review of the hub (delayed to June 2024)\n"
        "- Safer Swindon Plan (agreed by the Board in July 2023)\n"
    )
    assert not of(doc, "produces") - {("Swindon Community Safety Partnership", "Safer Swindon Plan")}


def test_a_title_in_quotation_marks_after_a_body() -> None:
    doc = read("The county's approach was used as a worked example in the Home Office \"Prevent Duty Guidance "
               "for Local Authorities\". The Board \"noted\" the update.\n")
    assert of(doc, "produces") == {("Home Office", "Prevent Duty Guidance for Local Authorities")}


def test_a_bodys_own_annual_report_in_lower_case() -> None:
    doc = read("Members will consider the Kent Safeguarding Adults Board's annual report in March, and the "
               "Surrey Community Safety Partnership's 2023/24 strategic assessment in May.\n"
               "The Panel asked for the Board's report on hate crime.\n")
    made = of(doc, "produces")
    assert ("Kent Safeguarding Adults Board", "Kent Safeguarding Adults Board annual report") in made
    assert ("Surrey Community Safety Partnership", "Surrey Community Safety Partnership strategic assessment") in made
    assert len(made) == 2


def test_a_paper_owned_by_his_or_her() -> None:
    doc = read("The Commissioner for Avon and Somerset Police set out her Police and Crime Plan in March.\n"
               "In delivering his Safer Dorset Plan the PCC will need help from the councils.\n")
    made = of(doc, "produces")
    assert any(paper.endswith("Police and Crime Plan") for _, paper in made)
    assert any(paper == "Safer Dorset Plan" for _, paper in made)


def test_his_with_two_posts_in_the_sentence_is_unclear() -> None:
    doc = read("The Chief Constable and the Leader discussed his Safer Dorset Plan.\n")
    assert not of(doc, "produces")


def test_its_paper_belongs_to_the_body_the_sentence_opens_with() -> None:
    doc = read("The Safer Wirral Partnership met in June to discuss its Strategic Assessment.\n"
               "The Safer Wirral Partnership met Wirral Council in June to discuss its Strategic Assessment.\n")
    assert of(doc, "produces") == {("Safer Wirral Partnership", "Wirral Strategic Assessment")}
    assert all(f.rule == "publication:pronoun" and "met Wirral Council" not in doc.text[f.start : f.end]
               for f in doc.facts if f.relation == "produces")


def test_the_councils_strategy_named_by_its_subject_words() -> None:
    doc = read("Kent County Council\n\nThe Architect updated Members on the Council's internal data security "
               "strategy. The Council's new strategy was late. The Board's hate crime strategy was noted.\n")
    assert of(doc, "produces") == {("Kent County Council", "Kent County Council internal data security strategy")}
