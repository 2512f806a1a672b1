"""A body a paper names in full once and then by the last words of its name ("the Project Board"), held apart by
extraction: a question naming it in full is answered from the facts of the short name, in that paper only and only
when no other body of the paper ends so. "Which partnership is X a sub-group of" where the papers only say X reports
to it. A body answered by the name its paper writes, where it never writes the graph's label. A substitute the
minutes name though the graph holds no fact of them. An answer named by the words its quote writes when the label
puts more than a place before them. Invented councils and papers written for these tests."""

from __future__ import annotations

import pytest
from explorer_fixture import _fact
from question_papers import asker_over, labels, paper

from govkg.graph.model import Entity
from govkg.questions.linking import Entity as Held
from govkg.questions.naming import as_written
from govkg.questions.places import Places

TREVOSE = Entity("area", "Trevose")
FULL = Entity("body", "Trevose Harbour Lights Project Board", subtype="Board", area="Trevose")
SHORT = Entity("body", "Project Board", subtype="Board")
CSP = Entity("body", "Trevose Community Safety Partnership", subtype="Partnership", area="Trevose")
PANEL = Entity("body", "Trevose Night Buses Panel", subtype="Panel", area="Trevose")
FORUM = Entity("body", "Trevose Youth Forum", subtype="Forum", area="Trevose")
LAMP = Entity("body", "Trevose Lamp Partnership", subtype="Partnership", area="Trevose")
# an office and its post, held under one name
OFFICE = Entity("body", "Office of the Trevose Police and Crime Commissioner",
                aliases=("Trevose Police and Crime Commissioner",), subtype="PCC", area="Trevose")
PCC = Entity("post", "Trevose Police and Crime Commissioner", area="Trevose")
HARBOUR_TRUST = Entity("body", "Trevose Harbour Trust", area="Trevose")
LANTERN_STEERING = Entity("body", "Trevose Lantern Steering Group", aliases=("TLSG",), subtype="Group",
                          area="Trevose")
NIGHT_PATROL = Entity("body", "Trevose Night Patrol Group", aliases=("Night Patrol Group",), subtype="Group",
                      area="Trevose")
# labelled with the place its paper never puts before it
LANTERN = Entity("body", "Trevose Lantern Leadership Group", aliases=("Lantern Leadership Group", "LLG"),
                 subtype="Group", area="Trevose")
STEERING = Entity("body", "Trevose Kiddlywink Steering Group", aliases=("Kiddlywink Steering Group",),
                  subtype="Group", area="Trevose")

# two project boards in one paper: "the Project Board" could be either, so it is neither's twin
KELLAN = Entity("area", "Kellan")
K_ONE = Entity("body", "Kellan Quayside Project Board", subtype="Board", area="Kellan")
K_TWO = Entity("body", "Kellan Moorland Project Board", subtype="Board", area="Kellan")
K_SHORT = Entity("body", "Project Board", subtype="Board")
K_CSP = Entity("body", "Kellan Community Safety Partnership", subtype="Partnership", area="Kellan")

TREVOSE_TEXT = """Trevose harbour lights bid: governance, 2024

1. Delivery will be steered by a Trevose Harbour Lights Project Board, meeting every month.

2. The Project Board will report to the Trevose Community Safety Partnership.

3. The Trevose Night Buses Panel reports to the Trevose Community Safety Partnership twice a year.

4. The Trevose Youth Forum is a sub-group of the Trevose Community Safety Partnership.

5. Since 2023 the Trevose Night Buses Panel has handed street safety to the Lantern Leadership Group (LLG), and
the Trevose Youth Forum answers to the LLG each quarter. The Trevose Kiddlywink Steering Group meets monthly.
It oversees the LLG.

6. The Trevose Lamp Partnership, which covers the whole harbour, is chaired by the Trevose Police and Crime
Commissioner. The Trevose Police and Crime Commissioner funds the Lamp Partnership.

7. The sub-group reports to two places: to the Trevose Harbour Board each month, and to the Trevose Community
Safety Partnership twice a year.

8. Apologies were received from Morwenna Pengelly. Jowan Treloar attended as substitute for Morwenna Pengelly.
"""
# a later paper that lists who came to an earlier meeting, under a heading naming that meeting's day
LAMP_REPORT_TEXT = """Trevose Lamp Partnership: report to the harbour forum, June 2024

1. The lamp survey is complete.

2. Attendance at the Trevose Lamp Partnership meeting of 9 May 2024

   Present: Cllr Tamsin Hawke (chair); Bryok Angove
   Apologies: Kerensa Vosper (Trevose Harbour Trust); Talan
   Rowse (Trevose Sea Cadets)

3. The next survey is due in 2025.
"""
STEERING_TOR_TEXT = """Trevose Lantern Steering Group: terms of reference, 2024

1. Members

   Trevose Harbour Trust        Harbour Manager        Jenna Polwhele
   Trevose District Council     Lighting Officer       Piran Carlyon

2. The Steering Group reports to the Trevose Community Safety Partnership.

3. Piran Carlyon chairs the Steering Group (the TLSG). Its Night Patrol Group is chaired by Jory Trenear.
"""
KELLAN_TEXT = """Kellan bids: governance, 2024

1. Two boards will steer the bids: a Kellan Quayside Project Board and a Kellan Moorland Project Board.

2. The Project Board will report every quarter to the Kellan Community Safety Partnership.

3. Apologies were received from Demelza Hocking.
"""


@pytest.fixture(scope="module")
def asker(tmp_path_factory: pytest.TempPathFactory):
    t, k = TREVOSE_TEXT, KELLAN_TEXT
    yield from asker_over(tmp_path_factory, "short-second-names", [
        paper("trevose-harbour-lights-governance-2024", t, "Trevose", lambda t: [
            _fact(t, "Trevose Harbour Lights Project Board, meeting", FULL, "covers_area", TREVOSE),
            _fact(t, "Project Board will report to", SHORT, "reports_to", CSP),
            _fact(t, "Trevose Night Buses Panel reports", PANEL, "reports_to", CSP),
            _fact(t, "Trevose Youth Forum is a sub-group", FORUM, "subgroup_of", CSP),
            _fact(t, "Youth Forum answers to the LLG", FORUM, "reports_to", LANTERN),
            _fact(t, "It oversees the LLG", STEERING, "oversees", LANTERN),
            _fact(t, "Trevose Lamp Partnership, which covers", LAMP, "covers_area", TREVOSE),
            _fact(t, "The Trevose Police and Crime Commissioner funds", OFFICE, "funds", LAMP),
            _fact(t, "The Trevose Police and Crime Commissioner funds", PCC, "member_of", OFFICE),
            _fact(t, "Apologies were received from Morwenna", Entity("person", "Morwenna Pengelly"), "apologies",
                  CSP),
        ]),
        paper("trevose-lamp-partnership-report-june-2024", LAMP_REPORT_TEXT, "Trevose", lambda r: [
            _fact(r, "Kerensa Vosper (Trevose Harbour Trust)", Entity("person", "Kerensa Vosper"), "apologies",
                  LAMP),
            _fact(r, "Rowse (Trevose Sea Cadets)", Entity("person", "Talan Rowse"), "apologies", LAMP),
        ]),
        paper("trevose-lantern-steering-group-terms-of-reference-2024", STEERING_TOR_TEXT, "Trevose", lambda r: [
            # the body sat on read as the partnership the paper also names, as extraction may
            _fact(r, "Trevose Harbour Trust        Harbour Manager        Jenna Polwhele", HARBOUR_TRUST,
                  "represented_by", Entity("person", "Jenna Polwhele"), on_body=CSP),
            _fact(r, "Steering Group reports to the Trevose Community Safety Partnership", LANTERN_STEERING,
                  "reports_to", CSP),
            _fact(r, "Piran Carlyon chairs the Steering Group", Entity("person", "Piran Carlyon"), "chairs",
                  LANTERN_STEERING),
            _fact(r, "Night Patrol Group is chaired by Jory Trenear", Entity("person", "Jory Trenear"), "chairs",
                  NIGHT_PATROL),
            _fact(r, "Its Night Patrol Group", NIGHT_PATROL, "subgroup_of", LANTERN_STEERING),
        ]),
        paper("kellan-bids-governance-2024", k, "Kellan", lambda k: [
            _fact(k, "Kellan Quayside Project Board and", K_ONE, "covers_area", KELLAN),
            _fact(k, "Kellan Moorland Project Board.", K_TWO, "covers_area", KELLAN),
            _fact(k, "Project Board will report every quarter", K_SHORT, "reports_to", K_CSP),
            _fact(k, "Apologies were received from Demelza", Entity("person", "Demelza Hocking"), "apologies",
                  K_CSP),
        ]),
    ])


def test_a_board_named_in_full_is_answered_from_the_facts_its_paper_states_of_its_short_name(asker):
    assert labels(asker, "Which partnership does the Trevose Harbour Lights Project Board report to?") == [
        "Trevose Community Safety Partnership"]


def test_a_short_name_two_boards_of_the_paper_end_with_is_neither_boards(asker):
    assert labels(asker, "Which partnership does the Kellan Quayside Project Board report to?") == []
    assert labels(asker, "Which partnership does the Kellan Moorland Project Board report to?") == []


def test_a_sub_group_asked_of_a_body_the_papers_say_only_reports_to_another_is_read_from_that(asker):
    assert labels(asker, "Which partnership is the Trevose Night Buses Panel a sub-group of?") == [
        "Trevose Community Safety Partnership"]


def test_a_sub_group_fact_comes_before_what_reports_to_a_body(asker):
    # the sub-group the papers name is the answer; a body that only reports to it is not one as well
    assert labels(asker, "What sub-groups does the Trevose Community Safety Partnership have?") == [
        "Trevose Youth Forum"]


def test_a_substitute_the_minutes_name_is_answered_as_written_though_the_graph_holds_no_fact_of_them(asker):
    result = asker.ask("Who substituted for Morwenna Pengelly at the Trevose Community Safety Partnership?")
    assert [a.label for a in result.answers] == ["Jowan Treloar"]
    assert "no fact in the graph" in (result.answers[0].note or "")
    # nobody came in place of the other council's absentee: no name is made up
    assert labels(asker, "Who substituted for Demelza Hocking?") == []


def test_a_body_is_answered_by_the_name_its_paper_writes_when_it_never_writes_the_label(asker):
    # the quote writes only the acronym; the paper writes the name once, never with the place before it
    assert labels(asker, "Which group does the Trevose Youth Forum report to?") == ["Lantern Leadership Group"]
    # a label the paper writes is kept, though the paper also writes a shorter name of it
    assert labels(asker, "Which group oversees the Lantern Leadership Group?") == [
        "Trevose Kiddlywink Steering Group"]


def test_a_chair_written_as_a_post_that_shares_its_name_with_an_office_is_the_post(asker):
    assert labels(asker, "Who chairs the Trevose Lamp Partnership?") == ["Trevose Police and Crime Commissioner"]


def test_how_often_reports_go_to_a_body_is_the_frequency_written_after_its_name(asker):
    result = asker.ask("How often does the sub-group report to the Trevose Community Safety Partnership?")
    assert [a.label for a in result.answers] == ["twice a year"]
    assert "reports go to" in result.interpretation


def test_who_sent_apologies_to_a_meeting_a_later_papers_list_is_headed_with(asker):
    # the paper is of June; the list under its heading is of the May meeting
    result = asker.ask("Who sent apologies to the Trevose Lamp Partnership meeting of 9 May 2024?")
    assert sorted(a.label for a in result.answers) == ["Kerensa Vosper", "Talan Rowse"]
    assert all("9 May 2024" in (a.evidence[0].quote or "") for a in result.answers)
    # another day: the heading does not name it
    assert labels(asker, "Who sent apologies to the Trevose Lamp Partnership meeting of 16 May 2024?") == []


def test_who_represents_a_body_on_a_group_is_read_from_the_members_table_of_the_groups_own_paper(asker):
    assert labels(asker, "Who represents the Trevose Harbour Trust on the Trevose Lantern Steering Group?") == [
        "Jenna Polwhele"]
    # a group whose paper this is not: no one
    assert labels(asker, "Who represents the Trevose Harbour Trust on the Kellan Community Safety Partnership?") == []


def test_a_bodys_name_straight_before_a_groups_only_says_whose_group_it_is(asker):
    # the group's chair, never the owner's
    assert labels(asker, "Who chairs the TLSG Night Patrol Group?") == ["Jory Trenear"]


def _held(kind: str, label: str, *names: str) -> Held:
    return Held(f"https://example.org/{kind}", label, kind, names={label, *names})


def test_an_answer_is_named_by_the_words_its_quote_writes_when_the_label_adds_more_than_a_place():
    e = _held("topic", "Business and Lane Crime", "lane crime")
    quote = "The partners put harbour safety first, alongside lane crime."
    assert as_written(e.label, e, [quote], Places()) == "lane crime"
    group = _held("body", "Trevose CSP Late Night Tactical Group", "Late Night Tactical Group")
    quote = "The order will be reviewed every year by the CSP's Late Night Tactical Group."
    assert as_written(group.label, group, [quote], Places()) == "Late Night Tactical Group"


def test_a_label_that_only_adds_its_place_keeps_it():
    places = Places.build({"trevose"})
    e = _held("body", "Trevose Lane Watch", "Lane Watch")
    quote = "The Lane Watch meets each month."
    assert as_written(e.label, e, [quote], places) == "Trevose Lane Watch"
    # a name of kind words alone says too little to answer with
    csp = _held("body", "Trevose North Community Safety Partnership", "Community Safety Partnership")
    assert as_written(csp.label, csp, ["The Community Safety Partnership met."], places) == csp.label
