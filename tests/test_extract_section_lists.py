"""Lists under a numbered section's heading: a heading that gives the years its list is for ("6. Priorities
2024/25"), a numbered heading a converter set as two cells ("4.5<tab>Sub-groups of the Board"), and a section's
numbered paragraphs, which are prose and no list. Texts written for the tests."""

from __future__ import annotations

from extract_helpers import of, read


def test_a_heading_with_the_years_opens_the_priorities() -> None:
    doc = read("Northbury Hate Crime Board\nTerms of Reference\n\n5. Membership\n\n"
               "The Board is chaired by the Cabinet Member for Communities.\n\n6. Priorities 2024/25\n\n"
               "  - increasing reporting of hate crime, especially disability hate crime;\n"
               "  - reducing repeat victimisation from ASB;\n  - supporting community tension monitoring.\n\n"
               "7. Resources\n\n7.1 The Board has no budget.\n")
    priorities = {p for p, o in of(doc, "priority_of") if o == "Northbury Hate Crime Board"}
    assert {"Increasing reporting of hate crime", "Reducing repeat victimisation from ASB",
            "Supporting community tension monitoring"} <= priorities


def test_a_numbered_heading_set_as_two_cells_opens_its_list() -> None:
    doc = read("Kingsmead Youth Justice Management Board\nAnnual Plan 2024-25\n\n"
               "4.5  Sub-groups of the Board\n\n"
               "  - Quality Assurance Sub-group - chaired by the Head of Service.\n"
               "  - Education, Training and Employment (ETE) Panel - chaired by the Head of the Virtual School.\n")
    groups = {g for g, o in of(doc, "subgroup_of") if o == "Kingsmead Youth Justice Management Board"}
    assert any(g.endswith("Quality Assurance Sub-group") for g in groups)
    # a group's name cut at its first comma ("Education") names no group
    assert not any(g.endswith("Education") for g in groups)


def test_numbered_paragraphs_under_a_heading_are_no_list() -> None:
    doc = read("Kingsmead Youth Justice Management Board\nYouth Justice Plan\n\n4. Priorities for 2024-25\n\n"
               "4.1  The Board agreed three priorities: fewer first-time entrants; less use of custody; and better "
               "education outcomes.\n\n"
               "4.2  The Service will write a new practice framework during 2024-25.\n")
    priorities = {p for p, _ in of(doc, "priority_of")}
    assert not any(p.startswith(("The Board", "The Service")) for p in priorities)
    assert "Less use of custody" in priorities
