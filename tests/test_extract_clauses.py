"""loaders/extract/clauses.py: a relation's trigger words between the mentions of one clause, with direction
from voice, lists distributed, appositions taken along, hedges kept and negations dropped."""

from __future__ import annotations

import pytest
from extract_helpers import assert_evidence_quotes, fact, of, quote, read

HEAD = "Rotherham Metropolitan Borough Council report\n\n"
SRP = "Safer Rotherham Partnership"
BOARD = "Rotherham Prevent Board"
COUNCIL = "the paper's council"


def clause_facts(sentence: str, head: str = HEAD) -> set[tuple[str, str, str]]:
    doc = read(head + sentence + "\n")
    assert_evidence_quotes(doc)
    return {(f.subject.name, f.relation, f.object.name) for f in doc.facts if f.rule.startswith("clause:")}


@pytest.mark.parametrize(
    "sentence, expected",
    [
        # chairs, active and passive, a person, an untitled name or a post in the chair
        ("In Rotherham the Safer Rotherham Partnership is chaired by Cllr Saima Rafiq.",
         {("Saima Rafiq", "chairs", SRP)}),
        ("Members heard that Cllr Saima Rafiq chairs the Safer Rotherham Partnership.",
         {("Saima Rafiq", "chairs", SRP)}),
        ("Members heard that Victoria Okafor chairs the Safer Rotherham Partnership.",
         {("Victoria Okafor", "chairs", SRP)}),
        ("Members heard that the Safer Rotherham Partnership was chaired by the Chief Executive.",
         {("Chief Executive", "chairs", SRP)}),
        # reporting lines in their usual wordings
        ("In 2022 the Rotherham Prevent Board reported to the Safer Rotherham Partnership.",
         {(BOARD, "reports_to", SRP)}),
        ("Members heard that the Rotherham Youth Offending Team is accountable to the Safer Rotherham Partnership.",
         {("Rotherham Youth Offending Team", "reports_to", SRP)}),
        ("Members heard that the Rotherham Prevent Board feeds into the Safer Rotherham Partnership.",
         {(BOARD, "reports_to", SRP)}),
        ("Members heard that the Safer Rotherham Partnership receives quarterly reports from the Rotherham Prevent "
         "Board.", {(BOARD, "reports_to", SRP)}),
        # structure
        ("Members heard that the Rotherham Prevent Board is a sub-group of the Safer Rotherham Partnership.",
         {(BOARD, "subgroup_of", SRP)}),
        ("Members heard that the Rotherham Prevent Board is part of the Safer Rotherham Partnership.",
         {(BOARD, "part_of", SRP)}),
        ("Members heard that South Yorkshire Police is a member of the Safer Rotherham Partnership.",
         {("South Yorkshire Police", "member_of", SRP)}),
        # "Members of X include ...": the body between the members and their verb
        ("Members of the Safer Rotherham Partnership include South Yorkshire Police and Rotherham Council.",
         {("South Yorkshire Police", "member_of", SRP), ("Rotherham Council", "member_of", SRP)}),
        ("The partners of the Safer Rotherham Partnership are South Yorkshire Police and Rotherham Council.",
         {("South Yorkshire Police", "member_of", SRP), ("Rotherham Council", "member_of", SRP)}),
        ("Members of the Safer Rotherham Partnership were pleased with South Yorkshire Police.", set()),
        ("Members heard that Rotherham Council is represented by Cllr Amir Haq.",
         {("Rotherham Council", "represented_by", "Amir Haq")}),
        # oversight and responsibility
        ("Members heard that the Safer Rotherham Partnership oversees the Rotherham Domestic Abuse Strategy.",
         {(SRP, "oversees", "Rotherham Domestic Abuse Strategy")}),
        ("Members heard that the Rotherham Domestic Abuse Strategy is overseen by the Safer Rotherham Partnership.",
         {(SRP, "oversees", "Rotherham Domestic Abuse Strategy")}),
        ("Members heard that the Safer Rotherham Partnership is responsible for anti-social behaviour.",
         {(SRP, "responsible_for", "Anti-Social Behaviour")}),
        ("Members heard that Rotherham Council has responsibility for domestic abuse.",
         {("Rotherham Council", "responsible_for", "Domestic Abuse")}),
        ("Members heard that the Safer Rotherham Partnership is led by Rotherham Council.",
         {(SRP, "led_by", "Rotherham Council")}),
        ("Members heard that domestic abuse is a priority for the Safer Rotherham Partnership.",
         {("Domestic Abuse", "priority_of", SRP)}),
        # area, papers, money and services
        ("Members heard that the Safer Rotherham Partnership covers Rotherham and Barnsley.",
         {(SRP, "covers_area", "Rotherham"), (SRP, "covers_area", "Barnsley")}),
        ("Members heard that the Safer Rotherham Partnership produced the Rotherham Community Safety Strategy 2022-25.",
         {(SRP, "produces", "Rotherham Community Safety Strategy 2022-25")}),
        ("Members heard that the Rotherham Community Safety Strategy 2022-25 was produced by the Safer Rotherham "
         "Partnership.", {(SRP, "produces", "Rotherham Community Safety Strategy 2022-25")}),
        ("Members heard that the Rotherham Youth Offending Team is funded by the South Yorkshire Mayoral Combined "
         "Authority.", {("South Yorkshire Mayoral Combined Authority", "funds", "Rotherham Youth Offending Team")}),
        ("Members heard that the Safer Rotherham Partnership has agreed to fund the Rotherham Street Pastors.",
         {(SRP, "funds", "Rotherham Street Pastors")}),
        ("Members heard that the Safer Rotherham Partnership commissioned the Rotherham Women's Refuge.",
         {(SRP, "commissions", "Rotherham Women's Refuge")}),
        ("Members heard that the Rotherham Women's Refuge is commissioned by the Safer Rotherham Partnership.",
         {(SRP, "commissions", "Rotherham Women's Refuge")}),
        ("Members heard that the Freedom Programme is delivered by Rotherham Women's Aid.",
         {("Rotherham Women's Aid", "delivers", "Freedom Programme")}),
        ("Members heard that the Safer Rotherham Partnership has a statutory duty under the Crime and Disorder Act "
         "1998.", {(SRP, "statutory_duty", "Crime and Disorder Act 1998")}),
    ],
)
def test_each_relation_in_active_and_passive_voice(sentence: str, expected: set) -> None:
    assert clause_facts(sentence) == expected


WIGAN = "Wigan Council report\n\n"


@pytest.mark.parametrize(
    "sentence, expected",
    [
        ("Members heard that Wigan Council (WC) has a duty under s.17 of the Crime and Disorder Act 1998 to consider "
         "crime in everything it does.", {("Wigan Council", "statutory_duty", "Crime and Disorder Act 1998")}),
        ("Members noted that the Wigan Community Safety Partnership had responsibility for work in relation to "
         "modern slavery.", {("Wigan Community Safety Partnership", "responsible_for", "Modern Slavery")}),
        # a publication may open the sentence: only bodies are taken for back-references
        ("The Wigan Community Safety Plan was approved by the Wigan Safer Communities Board.",
         {("Wigan Safer Communities Board", "produces", "Wigan Community Safety Plan")}),
        ("Members heard that the Cabinet Member for Communities chairs the Wigan Reducing Reoffending Board.",
         {("Cabinet Member for Communities, Wigan Council", "chairs", "Wigan Reducing Reoffending Board")}),
        ("Members heard that Karen Ude sits on the Greater Manchester Violence Reduction Partnership.",
         {("Karen Ude", "member_of", "Greater Manchester Violence Reduction Partnership")}),
        ("Since 2020 each Domestic Homicide Review (DHR) has been commissioned locally, with the Wigan Community "
         "Safety Partnership being responsible for running every DHR.",
         {("Wigan Community Safety Partnership", "responsible_for", "Domestic Homicide Reviews")}),
    ],
)
def test_more_wordings_in_a_metropolitan_boroughs_report(sentence: str, expected: set) -> None:
    assert clause_facts(sentence, head=WIGAN) == expected


def test_a_list_before_the_trigger_gives_one_fact_per_item() -> None:
    got = clause_facts("Members heard that the Channel Panel, Prevent Board and Hate Crime Group are sub-groups of "
                       "the Safer Rotherham Partnership.")
    # generic names take the paper's area, so Rotherham's panel is not Barnsley's
    assert got == {("Rotherham Channel Panel", "subgroup_of", SRP), (BOARD, "subgroup_of", SRP),
                   ("Rotherham Hate Crime Group", "subgroup_of", SRP)}


def test_a_list_after_the_trigger_gives_one_fact_per_item() -> None:
    got = clause_facts("Members heard that South Yorkshire Police, the National Probation Service and Rotherham "
                       "Council are members of the Safer Rotherham Partnership.")
    assert got == {("South Yorkshire Police", "member_of", SRP), ("National Probation Service", "member_of", SRP),
                   ("Rotherham Council", "member_of", SRP)}


def test_a_post_does_not_chair_beside_the_person_named_holding_it() -> None:
    # CONVENTIONS.md G: one seat, whose named holder chairs; the post chairs only when no holder is named
    got = clause_facts("Members heard that the Rotherham Prevent Board is chaired by the Director of Public Health, "
                       "Dr Jo Lee.")
    assert got == {("Dr Jo Lee", "chairs", BOARD)}


def test_a_person_with_a_post_in_apposition_is_the_subject_not_the_post() -> None:
    got = clause_facts("Members heard that Cllr Jo Lee, Portfolio Holder for Children, sits on the Safer Rotherham "
                       "Partnership.")
    assert got == {("Jo Lee", "member_of", SRP)}


@pytest.mark.parametrize("sentence", [
    "Members heard that the Director of Public Health, Dr Jo Lee, will lead the Rotherham Prevent Board.",
    "Deputy Police and Crime Commissioner, Jo Lee is to lead the Rotherham Prevent Board.",
])
def test_a_post_then_its_holder_before_the_verb_gives_the_person_not_a_list_of_two(sentence: str) -> None:
    got = {(s, o) for s, r, o in clause_facts(sentence) if r == "led_by"}
    assert got in ({(BOARD, "Dr Jo Lee")}, {(BOARD, "Jo Lee")})


def test_priorities_that_would_remain_are_listed_with_an_acronym_in_brackets_along_the_way() -> None:
    got = clause_facts("The Safer Rotherham Partnership's priorities for 2025/26 would remain anti-social behaviour "
                       "(ASB), domestic abuse and drug-related harm.")
    assert got == {("Anti-Social Behaviour", "priority_of", SRP), ("Domestic Abuse", "priority_of", SRP),
                   ("Substance Misuse", "priority_of", SRP)}


def test_co_chairs_each_described_by_an_owned_post_are_both_chairs_and_their_employers_are_not() -> None:
    got = clause_facts("The Safer Rotherham Partnership is co-chaired by Cllr Dana Mwale, Rotherham Council's "
                       "Cabinet Member for Communities, and Supt Tom Reid, South Yorkshire Police's District "
                       "Commander.")
    assert got == {("Dana Mwale", "chairs", SRP), ("Tom Reid", "chairs", SRP)}


def test_it_at_a_sentences_start_is_the_body_the_sentence_before_is_about() -> None:
    doc = read(HEAD + "The Rotherham Prevent Board meets monthly. It reports to the Safer Rotherham "
               "Partnership.\n")
    assert {(f.subject.name, f.object.name) for f in doc.facts if f.relation == "reports_to"} == {(BOARD, SRP)}


def test_a_group_named_for_its_topic_is_its_own_group_not_the_last_group_named() -> None:
    got = clause_facts("The Rotherham Prevent Steering Group meets monthly. The Reducing Reoffending Group is chaired "
                       "by Cllr Rachel Tomkins.")
    assert ("Rachel Tomkins", "chairs", "Rotherham Prevent Steering Group") not in got
    assert any(s == "Rachel Tomkins" and r == "chairs" and "Reducing Reoffending Group" in o for s, r, o in got)


def test_a_name_wrapped_onto_the_next_line_and_the_chairs_employer() -> None:
    got = clause_facts("The\nRotherham ASB Tasking Group is chaired by Insp. Rhodri Jenkins, South Yorkshire Police.")
    assert got == {("Rhodri Jenkins", "chairs", "Rotherham ASB Tasking Group")}


def test_a_post_followed_by_its_employer_is_that_employers_post() -> None:
    doc = read(HEAD + "The Rotherham Prevent Board is chaired by the Detective Superintendent, South Yorkshire "
               "Police.\n")
    chairs = [f for f in doc.facts if f.relation == "chairs"]
    assert [f.subject.name for f in chairs] == ["Detective Superintendent, South Yorkshire Police"]
    post = next(e for e in doc.entities if e.name == "Detective Superintendent, South Yorkshire Police")
    assert "Detective Superintendent" in post.aliases
    assert not [f for f in doc.facts if f.relation == "other" and f.rule == "statement:open"]


def test_a_chairman_of_no_named_body_is_nobody_known() -> None:
    assert clause_facts("The Chairman declared that he was one of the members of the Rotherham Prevent Board.") == set()


def test_a_body_for_a_place_is_one_body() -> None:
    got = clause_facts("Members heard that Cllr Jo Lee is to lead the Combating Drugs Partnership for Rotherham.")
    assert got == {("Combating Drugs Partnership for Rotherham", "led_by", "Jo Lee")}


def test_hedged_wording_is_kept_as_a_qualifier() -> None:
    doc = read(HEAD + "Members heard that the Rotherham Prevent Board is likely to report to the Safer Rotherham "
               "Partnership.\n")
    f = fact(doc, BOARD, "reports_to", SRP)
    assert f.qualifier == "hedged" and f.confidence < 0.85
    plain = fact(read(HEAD + "Members heard that the Rotherham Prevent Board reports to the Safer Rotherham "
                      "Partnership.\n"), BOARD, "reports_to", SRP)
    assert plain.qualifier is None


@pytest.mark.parametrize(
    "sentence",
    [
        "Members heard that the Rotherham Prevent Board does not report to the Safer Rotherham Partnership.",
        "Members heard that the Rotherham Prevent Board no longer reports to the Safer Rotherham Partnership.",
        "Members heard that the Rotherham Prevent Board never reported to the Safer Rotherham Partnership.",
    ],
)
def test_a_negated_relation_is_not_recorded(sentence: str) -> None:
    assert clause_facts(sentence) == set()


@pytest.mark.parametrize(
    "sentence",
    [
        # a passive with no agent: nobody delivers anything
        "Members heard that the Freedom Programme was being delivered in schools.",
        # the object is not a name
        "Members heard that a needs assessment was commissioned by the Rotherham Health and Wellbeing Board.",
        # "but" starts another clause
        "Members heard that the Rotherham Prevent Board meets monthly but the Safer Rotherham Partnership chairs it.",
        # a trigger word inside another word
        "Members heard that new armchairs were bought for the Safer Rotherham Partnership.",
        # a place is not a body that can chair
        "Members heard that Sheffield chairs nothing.",
    ],
)
def test_nothing_is_recorded_when_a_side_or_the_direction_is_unclear(sentence: str) -> None:
    assert clause_facts(sentence) == set()


def test_the_evidence_is_the_clause_from_the_first_argument_to_the_last() -> None:
    doc = read(HEAD + "In 2022 the Rotherham Prevent Board reported to the Safer Rotherham Partnership twice.\n")
    f = fact(doc, BOARD, "reports_to", SRP)
    assert quote(doc, f) == "Rotherham Prevent Board reported to the Safer Rotherham Partnership"
    assert f.rule == "clause:reports_to"


def test_generic_bodies_in_two_councils_papers_stay_apart() -> None:
    sentence = "Members heard that the Channel Panel is chaired by the Prevent Lead.\n"
    wigan = read("Wigan Council report\n\n" + sentence)
    york = read("Leeds City Council report\n\n" + sentence)
    assert {f.object.name for f in wigan.facts if f.relation == "chairs"} == {"Wigan Channel Panel"}
    assert {f.object.name for f in york.facts if f.relation == "chairs"} == {"Leeds Channel Panel"}


# -- bugs these tests found: the fixed ones guard against their return, the strict xfails are still open


@pytest.mark.parametrize(
    "sentence, expected",
    [
        ("The Rotherham Prevent Board reports to the Safer Rotherham Partnership.", {(BOARD, "reports_to", SRP)}),
        ("The Safer Rotherham Partnership is chaired by Cllr Saima Rafiq.", {("Saima Rafiq", "chairs", SRP)}),
        ("The Channel Panel is a sub-group of the Safer Rotherham Partnership.",
         {("Rotherham Channel Panel", "subgroup_of", SRP)}),
        ("The Home Office funds the Safer Rotherham Partnership.", {("Home Office", "funds", SRP)}),
    ],
)
def test_a_subject_named_at_the_start_of_a_sentence(sentence: str, expected: set) -> None:
    assert clause_facts(sentence) == expected


def test_a_subject_at_the_start_of_a_sentence_is_not_swapped_for_an_earlier_body() -> None:
    got = clause_facts("The Safer Shropshire Partnership is responsible for anti-social behaviour.",
                       head="Shropshire Council\n\nCommunity Safety Partnership Annual Report\n\n")
    assert got == {("Safer Shropshire Partnership", "responsible_for", "Anti-Social Behaviour")}


def test_each_item_of_a_list_with_articles_is_kept() -> None:
    got = clause_facts("Members heard that the Channel Panel, the Prevent Board and the Hate Crime Group are "
                       "sub-groups of the Safer Rotherham Partnership.")
    assert ("Rotherham Hate Crime Group", "subgroup_of", SRP) in got


@pytest.mark.parametrize("verb", ["was appointed as", "became"])
def test_an_appointment_to_a_post_in_prose(verb: str) -> None:
    got = clause_facts(f"Members heard that Cllr Amir Haq {verb} Cabinet Member for Community Safety.")
    assert got == {("Amir Haq", "holds_post", "Cabinet Member for Community Safety, Rotherham Council")}


def test_representing_the_council_on_a_panel() -> None:
    doc = read(HEAD + "Members heard that Cllr Amir Haq represents the Council on the South Yorkshire Police and "
               "Crime Panel.\n")
    assert all(not f.subject.name.startswith("Council on") for f in doc.facts)
    f = fact(doc, "Rotherham Council", "represented_by", "Amir Haq")
    assert f.on_body is not None and f.on_body.name == "South Yorkshire Police and Crime Panel"


def test_a_trigger_word_used_as_an_adjective_states_nothing() -> None:
    assert clause_facts("Members asked the Wigan Youth Justice Service to make its agreed savings towards the Medium "
                        "Term Financial Plan.", head=WIGAN) == set()


def test_the_board_refers_to_a_board_named_at_the_start_of_an_earlier_sentence() -> None:
    got = clause_facts("The Sefton Youth Justice Board met in May. Members heard that the Board is chaired by Cllr "
                       "Ola Bisi.", head="Sefton Council report\n\n")
    assert got == {("Ola Bisi", "chairs", "Sefton Youth Justice Board")}


@pytest.mark.parametrize(
    "paper, expected",
    [
        # a terms of reference's remit, each item opened by its verb: the list's owner acts
        ("Kirkby Vale Community Safety Partnership\n\nTerms of Reference\n\nThe Partnership will:\n"
         "- Oversee how the annual Partnership Plan is drawn up and reviewed.\n"
         "- Receive quarterly reports from the Kirkby Vale Reducing Reoffending Board.\n",
         {("Kirkby Vale Community Safety Partnership", "oversees", "partnership plan"),
          ("Kirkby Vale Reducing Reoffending Board", "reports_to", "Kirkby Vale Community Safety Partnership")}),
        # a gerund list under an opener that names the body
        ("Report to Cabinet\n\nThe Safer Tamworth Partnership will pursue its aims by:\n\n"
         "  • Having strategic oversight of community safety across the borough.\n"
         "  • Reporting progress to the Tamworth Local Strategic Partnership each year.\n",
         {("Safer Tamworth Partnership", "oversees", "community safety"),
          ("Safer Tamworth Partnership", "reports_to", "Tamworth Local Strategic Partnership")}),
    ],
)
def test_an_item_opened_by_its_verb_has_the_lists_owner_for_subject(paper, expected) -> None:
    doc = read(paper)
    assert_evidence_quotes(doc)
    got = {(f.subject.name, f.relation, f.object.name.casefold()) for f in doc.facts
           if f.relation in ("oversees", "reports_to")}
    assert {(s, r, o.casefold()) for s, r, o in expected} <= got, got


def test_a_verb_first_line_that_is_no_list_item_takes_no_owner() -> None:
    # prose that happens to start with a verb is not an item of anyone's remit
    doc = read("Kirkby Vale Community Safety Partnership\n\nMinutes\n\n"
               "Oversee arrangements were discussed at length by members before the break.\n")
    assert not [f for f in doc.facts if f.relation == "oversees"]


@pytest.mark.parametrize(
    "sentence, expected",
    [
        ("Members heard that a cross-party Member Working Group has overseen the Wyre Forest Community Safety "
         "Plan since 2021.", ("Working Group", "oversees", "Wyre Forest Community Safety Plan")),
        ("The Safer Halton Partnership held responsibility for the oversight of the Halton Prevent Delivery Plan.",
         ("Safer Halton Partnership", "oversees", "Halton Prevent Delivery Plan")),
        ("Members heard that the Rotherham Prevent Board is held to account by the Safer Rotherham Partnership.",
         ("Safer Rotherham Partnership", "oversees", BOARD)),
        ("The Rotherham Channel Panel (one of the subgroups of the Safer Rotherham Partnership) meets monthly.",
         ("Rotherham Channel Panel", "subgroup_of", SRP)),
    ],
)
def test_more_wordings_of_oversight_and_structure(sentence, expected) -> None:
    got = clause_facts(sentence)
    assert any(s.endswith(expected[0]) and r == expected[1] and o.endswith(expected[2]) for s, r, o in got), got


@pytest.mark.parametrize(
    "sentence, expected",
    [
        # the Act first, the duty holder after it
        ("Section 5 of the Crime and Disorder Act 1998 imposes a duty on responsible authorities, Rotherham "
         "Metropolitan Borough Council among them, to work together.",
         (COUNCIL, "statutory_duty", "Crime and Disorder Act 1998")),
        ("The Domestic Abuse Act 2021 places a duty on Rotherham Metropolitan Borough Council to provide support "
         "in safe accommodation.",
         (COUNCIL, "statutory_duty", "Domestic Abuse Act 2021")),
        # a duty written as the local authority's own: the council's
        ("Members heard that the Local Authority's duty to fulfil the Prevent Duty rests with its Community "
         "Safety Team.",
         (COUNCIL, "statutory_duty", "Prevent Duty")),
    ],
)
def test_a_duty_stated_from_the_act_or_as_a_responsibility(sentence, expected) -> None:
    council = read(HEAD + sentence + "\n").council.name  # the council the paper's head names, in its own form
    assert (council, *expected[1:]) in clause_facts(sentence)


def test_the_one_held_to_account_is_inside_the_wording() -> None:
    got = clause_facts("The Safer Rotherham Partnership sets the direction, agrees its priorities and holds the "
                       "Rotherham Prevent Board and the Rotherham Channel Panel to account.")
    assert {(SRP, "oversees", BOARD), (SRP, "oversees", "Rotherham Channel Panel")} <= got, got


def test_a_second_predicate_after_and_belongs_to_the_sentences_subject() -> None:
    got = clause_facts("The Rotherham Channel Panel is chaired by Rotherham Metropolitan Borough Council, as the "
                       "Counter-Terrorism and Security Act 2015 requires, and is overseen by the Rotherham Prevent "
                       "Board.")
    assert (BOARD, "oversees", "Rotherham Channel Panel") in got, got
    assert not any(r == "oversees" and o != "Rotherham Channel Panel" for _, r, o in got), got


ASHFIELD = "Ashfield District Council\n\nSafer Ashfield Partnership\n\n"


def test_a_body_described_by_its_chair_still_acts() -> None:
    got = clause_facts("The Safer Ashfield Partnership, chaired by the Director of Place, oversees the Ashfield "
                       "Town Centres Action Group.", ASHFIELD)
    assert ("Safer Ashfield Partnership", "oversees", "Ashfield Town Centres Action Group") in got, got
    assert not any(s == "Director of Place" and r == "oversees" for s, r, _ in got), got


def test_a_vice_chair_given_with_as() -> None:
    got = clause_facts("The Safer Ashfield Partnership is chaired by Councillor Mina Okafor, with Superintendent "
                       "Lars Petrov as vice-chair.", ASHFIELD)
    assert ("Lars Petrov", "vice_chair", "Safer Ashfield Partnership") in got, got
    assert ("Mina Okafor", "chairs", "Safer Ashfield Partnership") in got, got
    assert ("Lars Petrov", "chairs", "Safer Ashfield Partnership") not in got, got


def test_what_a_body_owns_is_not_its_owner() -> None:
    # the possessive is followed by what the partnership owns: the duty is the object, never the partnership
    got = clause_facts("The Safer Ashfield Partnership is responsible for the Partnership's response to the "
                       "Serious Violence Duty.", ASHFIELD)
    assert ("Safer Ashfield Partnership", "responsible_for", "Serious Violence Duty") in got, got
    assert not any(r == "responsible_for" and o == "Safer Ashfield Partnership" for _, r, o in got), got


def test_where_a_project_runs_is_not_a_project() -> None:
    got = clause_facts("The Safer Ashfield Partnership funds a youth diversion project in Kirkby and Sutton "
                       "Junction.", ASHFIELD)
    assert not any(r == "funds" and "Kirkby" in o for _, r, o in got), got


@pytest.mark.parametrize("sentence", [
    "The Community Safety Manager leads member briefings for the Safer Ashfield Partnership.",
    "Inspector Hal Brennan leads officer training for the Safer Ashfield Partnership.",
])
def test_leading_a_task_for_a_body_is_not_leading_the_body(sentence) -> None:
    got = clause_facts(sentence, ASHFIELD)
    assert not any(r == "led_by" for _, r, _o in got), got


def test_leading_the_body_is() -> None:
    got = clause_facts("Inspector Hal Brennan leads the Safer Ashfield Partnership.", ASHFIELD)
    assert ("Safer Ashfield Partnership", "led_by", "Hal Brennan") in got, got


@pytest.mark.parametrize("sentence, towns", [
    # towns the gazetteer lacks, listed with a district it knows
    ("The Safer Basildon Partnership covers Basildon and Billericay.", {"Basildon", "Billericay"}),
    ("The Safer Harrogate Partnership works across Harrogate, Knaresborough and Ripon.",
     {"Knaresborough", "Ripon"}),
    # three or more proper names after a word of coverage
    ("The Coastal Towns Partnership operates across Bridlington, Filey, Whitby and Scarborough.",
     {"Bridlington", "Filey", "Whitby"}),
])
def test_towns_the_gazetteer_lacks_are_places_in_a_list_of_places(sentence, towns) -> None:
    got = clause_facts(sentence, "North Yorkshire Council\n\n")
    covered = {o for _, r, o in got if r == "covers_area"}
    assert towns <= covered, got


@pytest.mark.parametrize("sentence", [
    "The Safer Towns Partnership works across Camborne and Redruth.",  # two unknown names: no evidence of places
    "The Youth Panel works across Police, Health and Education.",  # sectors, not places
])
def test_names_without_a_known_place_beside_them_are_not_places(sentence) -> None:
    got = clause_facts(sentence, "Cornwall Council\n\n")
    assert not any(r == "covers_area" for _, r, _o in got), got


def test_membership_said_as_comprised_of_and_joining() -> None:
    got = clause_facts("The Ashfield Safeguarding Adults Board is comprised of Ashfield District Council, the East "
                       "Midlands Ambulance Service and Nottinghamshire Police.", ASHFIELD)
    board = "Ashfield Safeguarding Adults Board"
    assert ("East Midlands Ambulance Service", "member_of", board) in got, got
    assert ("Nottinghamshire Police", "member_of", board) in got, got
    got = clause_facts("It was agreed that the Council's Head of Housing should join the membership of the Safer "
                       "Ashfield Partnership.", ASHFIELD)
    assert any(r == "member_of" and s.startswith("Head of Housing") and o == "Safer Ashfield Partnership"
               for s, r, o in got), got


def test_a_second_predicate_after_and_also_and_an_it_after_a_semicolon() -> None:
    got = clause_facts("The Ashfield Domestic Abuse Forum is a sub-group of the Safer Ashfield Partnership and also "
                       "reports to the Nottinghamshire Domestic Abuse Local Partnership Board.", ASHFIELD)
    assert ("Ashfield Domestic Abuse Forum", "reports_to", "Nottinghamshire Domestic Abuse Local Partnership Board"
            ) in got, got
    assert not any(s == "Safer Ashfield Partnership" and r == "reports_to" for s, r, _ in got), got
    doc = read(ASHFIELD + "The Partnership received the reports of its sub-groups:\n * Ashfield Prevent and Channel "
               "Group - chaired by the Head of Community Safety; it reports\n   to the Nottinghamshire Prevent Board\n")
    assert ("Ashfield Prevent and Channel Group", "Nottinghamshire Prevent Board") in of(doc, "reports_to")


@pytest.mark.parametrize("text", [
    "The Ashfield Reducing Reoffending Board (chair: Priya Shah) met twice.",
    "The Partnership received the reports of its sub-groups:\n * Ashfield Reducing Reoffending Board (Chair: Cllr "
    "Priya Shah)",
])
def test_a_chair_given_in_brackets_with_a_colon(text) -> None:
    doc = read(ASHFIELD + text + "\n")
    assert ("Priya Shah", "Ashfield Reducing Reoffending Board") in of(doc, "chairs"), of(doc, "chairs")


def test_a_group_set_up_as_a_sub_group_and_chaired_then_named_short() -> None:
    doc = read(ASHFIELD + "It was agreed that the Knife Crime Task and Finish Group would be established as a "
               "sub-group of the Partnership, chaired by\nInspector Hal Brennan. The Task and Finish Group will "
               "report to the Partnership quarterly.\n")
    subgroups = of(doc, "subgroup_of")
    assert any(s.endswith("Knife Crime Task and Finish Group") and o == "Safer Ashfield Partnership"
               for s, o in subgroups), subgroups
    group = next(s for s, _ in subgroups)
    assert ("Hal Brennan", group) in of(doc, "chairs"), of(doc, "chairs")
    assert ("Hal Brennan", "Safer Ashfield Partnership") not in of(doc, "chairs")
    assert (group, "Safer Ashfield Partnership") in of(doc, "reports_to"), of(doc, "reports_to")


@pytest.mark.parametrize("sentence, expected", [
    ("The Ashfield Reducing Reoffending Board, which the Council chairs, meets quarterly.",
     ("Ashfield District Council", "chairs", "Ashfield Reducing Reoffending Board")),
    ("The Ashfield Prevent Board, which the Safer Ashfield Partnership oversees, met in May.",
     ("Safer Ashfield Partnership", "oversees", "Ashfield Prevent Board")),
])
def test_an_object_named_before_which(sentence, expected) -> None:
    got = clause_facts(sentence, ASHFIELD)
    assert expected in got, got


def test_a_verb_with_an_object_of_its_own_takes_no_fronted_one() -> None:
    got = clause_facts("The Ashfield Youth Forum, which the Council supports, chairs the Young People's Panel.",
                       ASHFIELD)
    assert not any(o == "Ashfield Youth Forum" and r == "chairs" for _, r, o in got), got


def test_a_bracket_after_a_list_item_speaks_of_that_item() -> None:
    got = clause_facts("The grants support the Ashfield Youth Plan 2022-2025; the Safer Ashfield Partnership "
                       "Strategy 2023-2026 (produced by the Safer Ashfield Partnership).", ASHFIELD)
    produced = {o for s, r, o in got if r == "produces"}
    assert produced == {"Safer Ashfield Partnership Strategy 2023-2026"}, got


def test_a_name_the_paper_gave_a_kind_elsewhere_fills_a_slot() -> None:
    got = clause_facts("CONTEST 2018, the Government's strategy for countering terrorism, has four strands. Prevent is "
                       "one of the main strands of CONTEST 2018.", ASHFIELD)
    assert ("Prevent", "part_of", "Contest 2018") in got, got


@pytest.mark.parametrize("sentence, expected", [
    ("The Safer Ashfield Partnership will provide an annual update to the Nottinghamshire Police and Crime Panel.",
     ("Safer Ashfield Partnership", "reports_to", "Nottinghamshire Police and Crime Panel")),
    ("The Ashfield Prevent Group provides quarterly monitoring returns to the Home Office.",
     ("Ashfield Prevent Group", "reports_to", "Home Office")),
    ("The Safer Ashfield Partnership and the Ashfield Youth Board will each present an annual report on the use of "
     "the grant to the Nottinghamshire Police and Crime Panel.",
     ("Ashfield Youth Board", "reports_to", "Nottinghamshire Police and Crime Panel")),
])
def test_reporting_said_as_providing_updates_or_returns(sentence, expected) -> None:
    got = clause_facts(sentence, ASHFIELD)
    assert expected in got, got


def test_an_owner_in_apposition_is_no_second_object() -> None:
    got = clause_facts("CONTEST 2018, the Government's strategy for countering terrorism, has four strands. Prevent is "
                       "one of the main strands of CONTEST 2018, the Government's counter-terrorism strategy.",
                       ASHFIELD)
    assert not any(r == "part_of" and o == "HM Government" for _, r, o in got), got


def test_appointed_chair_of_the_board_is_its_chair() -> None:
    doc = read(ASHFIELD + "The Ashfield Safeguarding Adults Board met.\n\nMr Anthony Hale was appointed Independent "
               "Chair of the Board in September 2021.\n")
    assert ("Anthony Hale", "Ashfield Safeguarding Adults Board") in of(doc, "chairs"), of(doc, "chairs")
    assert not of(doc, "holds_post"), of(doc, "holds_post")


def test_two_joint_chairs_joined_by_and_the() -> None:
    got = clause_facts("The Ashfield Youth Justice Service (YJS) works with the police. The Ashfield Out of Court "
                       "Panel is jointly chaired by the YJS and the Nottinghamshire Police.", ASHFIELD)
    chairs = {s for s, r, _ in got if r == "chairs"}
    assert {"Ashfield Youth Justice Service", "Nottinghamshire Police"} <= chairs, got


def test_each_item_of_the_list_before_reports() -> None:
    doc = read(ASHFIELD + "The Partnership has the following sub-groups:\n- Ashfield Hate Crime Group\n"
               "- Ashfield Night-Time Economy Group\n\nEach sub-group reports to the Ashfield Executive Group "
               "quarterly.\n")
    got = of(doc, "reports_to")
    assert ("Ashfield Hate Crime Group", "Ashfield Executive Group") in got, got
    assert ("Ashfield Night-Time Economy Group", "Ashfield Executive Group") in got, got


def test_each_speaks_only_of_the_list_just_before() -> None:
    doc = read(ASHFIELD + "The Partnership has the following sub-groups:\n- Ashfield Hate Crime Group\n"
               "- Ashfield Night-Time Economy Group\n\n" + "The Partnership's work is described below. " * 20 +
               "\n\nEach reports to the Ashfield Executive Group quarterly.\n")
    assert not of(doc, "reports_to"), of(doc, "reports_to")


def test_a_post_after_a_plain_name_describes_the_chair_and_does_not_chair_too() -> None:
    doc = read("Source: https://www.bristol.gov.uk/x\n\nKEEPING BRISTOL SAFE\n\nThe Safer Options Steering Group is "
               "chaired by Ama Owusu, Director\nof Children's Services.\n")
    assert of(doc, "chairs") == {("Ama Owusu", "Safer Options Steering Group")}
    assert ("Ama Owusu", "Director of Children's Services, Bristol City Council") in of(doc, "holds_post")


def test_a_member_of_both_partnerships_the_text_has_just_introduced() -> None:
    doc = read("Decision notice of the Police and Crime Commissioner for Cumbria\n\n"
               "2.1 Two community safety partnerships work in the county. The Safer Carlisle Partnership covers the "
               "city and reports to the Carlisle Strategic Partnership. The Eden Community Safety Partnership covers "
               "the rest of the area. The Commissioner is a member of both partnerships and her deputy attends.\n")
    members = {o for s, o in of(doc, "member_of") if s == "Cumbria Police and Crime Commissioner"}
    assert members == {"Safer Carlisle Partnership", "Eden Community Safety Partnership"}


def test_a_relative_clause_between_the_subject_and_its_verb_is_passed_over() -> None:
    doc = read("Source: https://www.rutland.gov.uk/csp\n\nSAFER RUTLAND PARTNERSHIP\n\nThe Rutland Reducing "
               "Reoffending Group, which took over the work of the Probation Service Offender Forum in 2019, reports "
               "to the Safer Rutland Partnership.\n")
    assert of(doc, "reports_to") == {("Rutland Reducing Reoffending Group", "Safer Rutland Partnership")}


@pytest.mark.parametrize("sentence, relation", [
    ("The Board's Vice Chair is Carys Penhallow (Devon County Council).", "vice_chair"),
    ("The Board's Vice-Chair is Carys Penhallow.", "vice_chair"),
    ("The Board's Deputy Chair is Carys Penhallow.", "vice_chair"),
])
def test_the_bodys_vice_chair_is_a_person(sentence: str, relation: str) -> None:
    doc = read(f"Terms of reference of the Devon Domestic Abuse Local Partnership Board\n\n{sentence}\n")
    assert ("Carys Penhallow", "Devon Domestic Abuse Local Partnership Board") in of(doc, relation)


def test_its_vice_chair_is_the_vice_chair_of_the_body_the_sentence_before_is_about() -> None:
    doc = read("Terms of reference\n\nThe Safer Exmouth Partnership is chaired by a council officer. Its Vice-Chair "
               "is Chief Inspector Ada Fenwick.\n")
    assert ("Ada Fenwick", "Safer Exmouth Partnership") in of(doc, "vice_chair")


def test_new_members_of_the_papers_own_body() -> None:
    doc = read("Minutes of the Safer Harrow Partnership\n\nDate: 3 May 2022\n\n"
               "It was agreed that Ingrid Osei, the Council's Director of Housing, should join the membership.\n\n"
               "The terms of reference were approved, on condition that representatives of Harrow Fire Service and the "
               "London Ambulance Service are added to the list of Board members.\n")
    members = {s for s, o in of(doc, "member_of") if o == "Safer Harrow Partnership"}
    assert members == {"Ingrid Osei", "Harrow Fire Service", "London Ambulance Service"}


def test_joining_the_membership_of_a_named_body_is_left_to_the_clause() -> None:
    doc = read("Minutes of the Safer Harrow Partnership\n\nDate: 3 May 2022\n\n"
               "Ingrid Osei will join the membership of the Harrow Prevent Board.\n")
    assert ("Ingrid Osei", "Safer Harrow Partnership") not in of(doc, "member_of")


def test_a_service_named_with_its_owners_possessive_is_the_member() -> None:
    doc = read("Report to the Scrutiny Committee\n\nThe Leeds Prevent Steering Group includes West Yorkshire Police, "
               "the Council's Children's Services, Leeds College and the University of Leeds.\n")
    members = {s for s, o in of(doc, "member_of") if o == "Leeds Prevent Steering Group"}
    assert {"West Yorkshire Police", "Leeds College", "University of Leeds"} <= members
    assert any("Children's Services" in s for s in members)
    assert "Leeds City Council" not in members


@pytest.mark.parametrize("sentence, relation", [
    ("The vice-chair is Ifan Moss, Head of Service at Torfaen County Borough Council.", "vice_chair"),
    ("The Chair is Cllr Ifan Moss.", "chairs"),
])
def test_the_chair_named_at_a_sentences_start_is_the_chair_of_the_body_just_spoken_of(sentence, relation) -> None:
    doc = read("Source: https://www.gwent.gov.uk/x\n\nMinutes of the Gwent Scrutiny Committee\n\n"
               f"The Torfaen Youth Board met on 3 May. {sentence}\n")
    assert of(doc, relation) == {("Ifan Moss", "Torfaen Youth Board")}


def test_names_that_are_all_sub_groups_of_a_body() -> None:
    doc = read("Source: https://www.gwent.gov.uk/x\n\nGwent Safeguarding Board\n\nThe Audit Sub-Group and the Learning "
               "Sub-Group are all sub-groups of the Board.\n")
    assert {o for _, o in of(doc, "subgroup_of")} == {"Gwent Safeguarding Board"}
    assert len(of(doc, "subgroup_of")) == 2


def test_reports_each_year_to_two_bodies() -> None:
    doc = read("Source: https://www.gwentsafeguarding.org.uk/x\n\nGwent Safeguarding Board\nAnnual Report 2023\n\n"
               "The Board reports each year to the Welsh Government and to the Gwent Public Services Board.\n")
    assert of(doc, "reports_to") == {("Gwent Safeguarding Board", "Welsh Government"),
                                     ("Gwent Safeguarding Board", "Gwent Public Services Board")}


def test_a_person_speaking_in_her_capacity_as_chair_of_a_board_chairs_it() -> None:
    doc = read("Minutes of the Safer Halton Partnership Board held on 3 May 2024\n\nPresent: Cllr Ada Pike (Chair)\n\n"
               "5. Domestic abuse\n\nLena Ortiz, in her capacity as chair of the Halton Domestic Abuse Partnership "
               "Board, presented the annual report.\n")
    assert ("Lena Ortiz", "Halton Domestic Abuse Partnership Board") in of(doc, "chairs")


@pytest.mark.parametrize("item, group", [
    ("Treatment and Recovery Group - chaired by the Director of Public Health", "Treatment and Recovery Group"),
    ("Housing Options Panel, chaired by the Head of Housing", "Housing Options Panel"),
])
def test_a_list_item_that_opens_with_a_groups_name_is_that_groups_not_the_lists_owner(item, group) -> None:
    doc = read("Source: https://www.bury.gov.uk/cdp\n\nBury Council\n\nHome > Health > Bury Combating Drugs Partnership"
               f"\n\nBury Combating Drugs Partnership\n\nThe groups are:\n\n  * {item}\n")
    chaired = {o for _, o in of(doc, "chairs")}
    assert chaired and all(o.endswith(group) for o in chaired), chaired


@pytest.mark.parametrize("opening", ["A new Knife Crime Steering Group", "A newly formed Knife Crime Steering Group",
                                     "The Knife Crime Steering Group"])
def test_it_after_a_sentence_that_introduces_a_body_is_that_body(opening) -> None:
    doc = read("Source: https://www.rutland.gov.uk/news/item\n\nRutland County Council\n\nNews\n\n"
               "The Safer Rutland Partnership met today.\n\n"
               f"{opening} will lead on the plan. It will be chaired by Inspector Ewan Strachan-Pryce and will "
               "report to the Safer Rutland Partnership.\n")
    assert ("Ewan Strachan-Pryce", "Rutland Knife Crime Steering Group") in of(doc, "chairs"), of(doc, "chairs")
    assert ("Rutland Knife Crime Steering Group", "Safer Rutland Partnership") in of(doc, "reports_to")


@pytest.mark.parametrize("owner", ["Police and Crime Commissioner", "Council", "ICB"])
def test_chaired_by_an_owners_post_is_the_post_not_its_owner(owner) -> None:
    doc = read("Source: https://www.halton.gov.uk/svd\n\nHalton Borough Council\n\nReport\n\n"
               f"The Halton Serious Violence Duty Group, which is chaired by the {owner}'s Director of Commissioning, "
               "meets quarterly.\n")
    chairs = {s for s, _ in of(doc, "chairs")}
    assert chairs and all(s.startswith("Director of Commissioning") for s in chairs), chairs
