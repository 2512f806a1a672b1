"""Rules narrowed to the forms where they are right across the read sets (each change was kept only when, summed
over every read set, it removed false facts and no correct ones). Texts written for these tests in several
councils' styles; the people are invented."""

from __future__ import annotations

from extract_helpers import of, read


def test_a_field_of_work_is_no_service_a_provider_delivers() -> None:
    delivered = of(read(
        "The Harbourside Community Safety Unit is a joint team of council and police officers which delivers the "
        "partnership's work on anti-social behaviour and hate crime.\n\n"
        "Treatment for substance misuse in Eastvale is provided by Pathways Recovery, a charity.\n"), "delivers")
    assert not any(obj in ("Anti-Social Behaviour", "Hate Crime", "Substance Misuse") for _, obj in delivered)


def test_a_named_programme_is_still_delivered_by_its_provider() -> None:
    delivered = of(read("The Youth Navigators programme is delivered by Brightpath Mentoring Ltd.\n\n"
                        "In Carmarthenshire the Street Pastors scheme is run by Tywi Churches Together.\n"), "delivers")
    assert ("Brightpath Mentoring Ltd", "Youth Navigators programme") in delivered


_GROUPED = """Westmoor Reducing Reoffending Board
Terms of Reference 2025

3. Membership (by organisation)

  Westmoor Police
      Supt Orla Penhallow, Local Policing Commander (Chair)
  Westmoor Borough Council
      Tamsin Kereku, Head of Community Safety
  Probation Service
      Idris Vanterpool, Head of Westmoor PDU

4. The Board meets every two months.
"""


def test_people_grouped_under_organisations_sit_for_them_and_the_organisations_are_not_listed_as_members() -> None:
    doc = read(_GROUPED)
    board = "Westmoor Reducing Reoffending Board"
    members = of(doc, "member_of")
    for person in ("Orla Penhallow", "Tamsin Kereku", "Idris Vanterpool"):
        assert (person, board) in members
    for organisation in ("Westmoor Police", "Westmoor Borough Council", "Probation Service"):
        assert (organisation, board) not in members
    represented = of(doc, "represented_by")
    assert ("Westmoor Borough Council", "Tamsin Kereku") in represented
    assert ("Probation Service", "Idris Vanterpool") in represented
