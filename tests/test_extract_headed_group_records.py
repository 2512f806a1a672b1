"""loaders/extract/fields.py: a paper that heads each of its groups' sections with the group's name, a "Chair:" field
under it, gives each chair to the group the heading names, also when the heading holds the group's short name or
former name in brackets, or a comma in a list of remits, which the mention reader parts. Texts written for the test,
in three councils' styles; people and bodies invented."""

from __future__ import annotations

from extract_helpers import of, read


def _chaired(doc) -> dict[str, str]:
    """Each chair's group, the place the resolver may put before a group's name left out (an invented place is
    not in the gazetteer)."""
    return {p: b.split(" ", 1)[1] if b.split(" ", 1)[0] in ("Harrowfield", "Kestwick", "Westmere") and
            not b.endswith(("Board", "Partnership")) else b for p, b in of(doc, "chairs")}


def test_headings_with_an_acronym_and_a_former_name() -> None:
    doc = read("Harrowfield Safeguarding Adults Board\nAnnual Report 2024-25\n\nOur groups\n\n"
               "Case Review (CR) Sub-group\nChair: Rhea Tolland, Head of Adult Safeguarding, Harrowfield Council\n"
               "Decides which cases go to review.\n\n"
               "Practice and Audit Sub-group (formerly the Audit Sub-group)\n"
               "Chair: Ossian Pike, Designated Nurse, Harrowfield ICB\nRuns the audit programme.\n")
    chairs = _chaired(doc)
    assert chairs["Rhea Tolland"] == "Case Review Sub-group"
    assert chairs["Ossian Pike"] == "Practice and Audit Sub-group"


def test_headings_with_a_comma_in_the_remit() -> None:
    doc = read("Safer Kestwick Partnership\nBusiness Plan 2025\n\n"
               "Training, Learning and Communications Group\n"
               "Chair: Mina Varga, Workforce Lead, Kestwick Council\n\n"
               "Drugs, Alcohol and Exploitation Group\n"
               "Chair: Cal Broome, Inspector, Wessex Police\n")
    chairs = _chaired(doc)
    assert chairs["Mina Varga"] == "Training, Learning and Communications Group"
    assert chairs["Cal Broome"] == "Drugs, Alcohol and Exploitation Group"


def test_a_heading_in_sentence_case_names_no_group() -> None:
    # "Our working groups" is no group's name: the chair fields under the two headings below it are each group's,
    # the sentence-case heading gives none
    doc = read("Westmere Community Safety Partnership\nAnnual Report\n\n"
               "Our working groups\nChair: Lena Osei, Community Safety Manager, Westmere Council\n\n"
               "Hate Crime (HC) Panel\nChair: Tom Yule, Inspector, Mercia Police\n\n"
               "Night Time Economy Group\nChair: Ada Fenn, Licensing Manager, Westmere Council\n")
    chairs = _chaired(doc)
    assert not any("working groups" in b.casefold() for b in chairs.values())
    assert chairs["Tom Yule"] == "Hate Crime Panel"
    assert chairs["Ada Fenn"] == "Night Time Economy Group"
