"""lists.listed_groups_report: "Each theme group reports to ...", "The three sub-groups report to ...", "All of these
groups report to it" take up the groups just listed as one body's sub-groups, and give each the relation."""

from __future__ import annotations

from extract_helpers import of, read

BULLETED = """Brookfield Safeguarding Board Annual Report

The Board has the following sub-groups:
  - Learning and Review Sub-group
  - Performance Sub-group
  - Training Sub-group

All of these groups report to the Brookfield Safeguarding Board Executive.
"""

INLINE = """Kelmarsh Community Safety Partnership: terms of reference

4. Structure
4.1 The Partnership has three sub-groups: the Hate Crime Sub-group, the Road Safety Sub-group and the Rural Crime
Sub-group. Each of them reports to it at every meeting.
"""

COUNTED = """Ashdown Safer Communities Board minutes

The Board has the following sub-groups:
* Domestic Abuse Sub-group
* Youth Diversion Sub-group

The two sub-groups report quarterly to the Ashdown Health and Wellbeing Board.
"""

GROUPS = {
    BULLETED: ({"Learning and Review Sub-group", "Performance Sub-group", "Training Sub-group"},
               "Brookfield Safeguarding Board Executive"),
    INLINE: ({"Hate Crime Sub-group", "Road Safety Sub-group", "Rural Crime Sub-group"},
             "Kelmarsh Community Safety Partnership"),
    COUNTED: ({"Domestic Abuse Sub-group", "Youth Diversion Sub-group"}, "Ashdown Health and Wellbeing Board"),
}


def _reported(text: str) -> set[tuple[str, str]]:
    doc = read(text)
    return {(f.subject.name, f.object.name) for f in doc.facts if f.rule == "list:listed_groups_report"}


def test_each_listed_group_reports() -> None:
    for text, (groups, target) in GROUPS.items():
        got = of(read(text), "reports_to")
        assert {(g, target) for g in groups} <= got, text.splitlines()[0]


def test_count_that_does_not_match_reads_nothing() -> None:
    # four are said, two are listed: which groups are meant is unclear
    assert not _reported(COUNTED.replace("The two sub-groups", "The four sub-groups"))


def test_one_body_is_no_back_reference() -> None:
    # "The Board reports to ...": the Board itself, not its groups
    assert not _reported(COUNTED.replace("The two sub-groups report", "The Board reports"))


def test_kind_words_must_fit_every_group() -> None:
    # "each task group": none of the listed sub-groups is a task group
    assert not _reported(BULLETED.replace("All of these groups report", "Each task group reports"))


def test_each_reporting_with_no_one_named_reports_to_their_body() -> None:
    text = ("Penhallow Safer Communities Board minutes\n\nRESOLVED: that the Street Drinking Group and the Retail "
            "Crime Group remain sub-groups of the Penhallow Safer Communities Board, each reporting twice a year.\n")
    assert _reported(text) == {("Street Drinking Group", "Penhallow Safer Communities Board"),
                               ("Retail Crime Group", "Penhallow Safer Communities Board")}


COUNTED_PARAGRAPH = """Tollbridge Drugs and Alcohol Partnership plan

3. How we work

Two task groups sit under the Tollbridge Drugs and Alcohol Partnership. Each is led by a partner and each
reports to it every quarter.

  - Treatment Access Group - lead: the public health team.
  - Night-Time Economy Group - lead: the licensing team.
"""


def test_counted_paragraph_opens_the_list_of_its_groups() -> None:
    doc = read(COUNTED_PARAGRAPH)
    owner = "Tollbridge Drugs and Alcohol Partnership"
    assert {("Treatment Access Group", owner), ("Night-Time Economy Group", owner)} <= of(doc, "subgroup_of")
    assert {("Treatment Access Group", owner), ("Night-Time Economy Group", owner)} <= of(doc, "reports_to")


def test_counted_paragraph_over_a_longer_list_opens_nothing() -> None:
    text = COUNTED_PARAGRAPH + "  - Cannabis Harm Group - lead: the youth service.\n"
    assert not {s for s, _ in of(read(text), "subgroup_of")} & {"Treatment Access Group", "Cannabis Harm Group"}


NUMBERED_PARAGRAPH = """Orrinford Community Safety Partnership terms of reference

6. Working groups

6.1 Three working groups sit beneath the Orrinford Community Safety Partnership. Their leads are agreed
each April.

  * Fraud and Scams Group - led by trading standards.
  * Rural Crime Group - led by the police.
  * Water Safety Group - led by the fire service.
"""


def test_numbered_paragraph_opens_the_list_of_its_groups() -> None:
    owner = "Orrinford Community Safety Partnership"
    assert {("Fraud and Scams Group", owner), ("Rural Crime Group", owner), ("Water Safety Group", owner)} <= \
        of(read(NUMBERED_PARAGRAPH), "subgroup_of")


def test_the_reader_is_declared_by_the_one_word_it_needs() -> None:
    # "report" is written once, in the rule's declaration: a paper without it never reaches the reader (it was a
    # second, in-body test before)
    from govkg.loaders.extract import lists, trigger_words

    assert trigger_words(lists.listed_groups_report) == frozenset({"report"})
