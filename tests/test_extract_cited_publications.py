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
