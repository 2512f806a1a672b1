"""Remit forms of terms of reference and partnership web pages: a list of duties opened by "obligations ... :",
items opened by a verb, papers named by what they are for, and papers "drawn up" by a body. Every sentence is
written for the test in the styles councils use."""

from __future__ import annotations

from extract_helpers import of, read


def test_a_list_of_statutory_obligations_is_a_remit() -> None:
    doc = read("Safer Rochdale Partnership\n\nStatutory duties\n\n"
               "While the partnership does a great deal more, by law its obligations are limited to:\n\n"
               "  • draw up a community safety plan and keep it under review\n"
               "  • produce a strategy for reducing re-offending\n"
               "  • analyse police and council data each year\n")
    produced = {o for _, o in of(doc, "produces")}
    assert {"Community safety plan", "Strategy for reducing re-offending"} <= {o.split("Rochdale ")[-1]
                                                                                for o in produced}
    # an item opened by a verb of no relation is an action, not a topic the partnership is responsible for
    assert not any(o.lower().startswith("analyse") for _, o in of(doc, "responsible_for"))


def test_a_plan_named_by_its_purpose_is_a_paper() -> None:
    doc = read("Terms of Reference: Northdale Reducing Reoffending Board\n\nThe Board will:\n\n"
               "- Produce a plan to cut reoffending by young adults\n"
               "- Publish an action plan for tackling knife crime\n")
    produced = {o for _, o in of(doc, "produces")}
    assert any(o.endswith("lan to cut reoffending by young adults") for o in produced), produced
    assert any(o.endswith("ction plan for tackling knife crime") for o in produced), produced


def test_a_commissioned_review_is_no_function_of_the_commissioner() -> None:
    doc = read("Terms of Reference: Safer Barnsley Partnership\n\nThe Partnership will:\n\n"
               "- commission domestic homicide reviews\n")
    assert of(doc, "responsible_for") == set()


def test_a_paper_drawn_up_by_a_body_is_its_product() -> None:
    doc = read("Cabinet report, Wirral Council\n\n"
               "The Wirral Serious Violence Strategy was drawn up by the Safer Wirral Partnership. "
               "Last year the Safer Wirral Partnership drew up the Wirral Community Safety Plan 2023-26.\n")
    produced = of(doc, "produces")
    assert ("Safer Wirral Partnership", "Wirral Serious Violence Strategy") in produced
    assert ("Safer Wirral Partnership", "Wirral Community Safety Plan 2023-26") in produced


def test_this_groups_responsibilities_are_those_of_the_group_the_heading_names() -> None:
    doc = read("Bradford Safeguarding Children Partnership\n\nPartnership Steering Group\n\n"
               "The Partnership Steering Group meets every two months.\n\n"
               "This group's responsibilities are to:\n\n"
               "  • prepare the Annual Report.\n")
    owners = {s for s, _ in of(doc, "produces")}
    assert owners and all(s.endswith("Partnership Steering Group") for s in owners), owners


def test_a_heading_naming_no_body_leaves_this_group_unknown() -> None:
    doc = read("Safer Halton Partnership\n\nPerformance\n\nThis group's responsibilities are to:\n\n"
               "  • prepare the Annual Report.\n")
    assert not any(s.endswith("Safer Halton Partnership") for s, _ in of(doc, "produces"))


def test_each_verb_of_a_series_takes_the_object_after_the_last() -> None:
    doc = read("Terms of Reference: Oldham Community Safety Partnership\n\nThe Partnership will:\n\n"
               "- draw up, agree and monitor the Community Safety Plan\n"
               "- commission and coordinate Domestic Homicide Reviews\n")
    produced = {o for _, o in of(doc, "produces")}
    overseen = {o for _, o in of(doc, "oversees")}
    assert any(o.endswith("Community Safety Plan") for o in produced), produced
    assert any(o.endswith("Community Safety Plan") for o in overseen), overseen
    # the specific verb says what the partnership does with the reviews; "coordinate" adds no remit of its own
    assert not any("Homicide" in o for _, o in of(doc, "responsible_for"))


def test_a_verb_and_its_own_object_then_another_verb_is_no_series() -> None:
    doc = read("Terms of Reference: Oldham Community Safety Partnership\n\nThe Partnership will:\n\n"
               "- publish the Annual Report and monitor the Community Safety Plan\n")
    assert not any(o.endswith("Community Safety Plan") for _, o in of(doc, "produces"))


def test_terms_of_reference_a_meeting_agrees_are_its_paper() -> None:
    doc = read("Minutes of the Safer Rotherham Partnership held on 4 March 2024\n\n"
               "RESOLVED: That, with the amendments noted, the Safer Rotherham Partnership terms of reference for "
               "2024-25 be agreed.\n\n"
               "That the draft Terms of Reference for the Rotherham Domestic Abuse Board be approved.\n")
    produced = of(doc, "produces")
    assert ("Safer Rotherham Partnership", "Safer Rotherham Partnership terms of reference") in produced
    assert ("Safer Rotherham Partnership", "Terms of Reference for the Rotherham Domestic Abuse Board") in produced


def test_terms_of_reference_of_no_named_body_are_no_paper() -> None:
    doc = read("Minutes of the Safer Rotherham Partnership held on 4 March 2024\n\n"
               "That the Terms of Reference be agreed.\n")
    assert not any("Terms of Reference" in o or "terms of reference" in o for _, o in of(doc, "produces"))


def test_the_duties_of_the_responsible_authorities_are_theirs() -> None:
    doc = read("Safer Medway Partnership: terms of reference\n\n"
               "Under the Crime and Disorder Act 1998 the responsible authorities are under a statutory duty to "
               "work together in order to:\n\n"
               "  • reduce reoffending\n"
               "  • tackle anti-social behaviour\n"
               "  • tackle drink and substance misuse\n"
               "  • tackle any other behaviour that harms the local environment.\n")
    held = {o for s, o in of(doc, "responsible_for") if s == "Responsible authorities"}
    assert "Anti-Social Behaviour" in held or "anti-social behaviour" in {o.lower() for o in held}, held
    # the words before a topic that share its head are one topic as written
    assert "Drink and substance misuse" in held, held
    assert not any(o.lower().startswith("any other") for o in held), held


def test_an_act_obliging_bodies_termed_the_responsible_authorities_to_act() -> None:
    doc = read("Decision notice: Dorset Police and Crime Commissioner\n\n"
               "The Act obliges the police, the councils and probation (known together as the "
               "responsible authorities) to act in partnership to:\n\n"
               "  • Tackle local problems such as anti-social behaviour and re-offending; and\n"
               "  • Assess the local priorities for crime.\n")
    held = {o.lower() for s, o in of(doc, "responsible_for") if s == "Responsible authorities"}
    assert "anti-social behaviour" in held, held
    assert not any(o.startswith("assess") for o in held)


def test_an_act_obliging_several_bodies_names_no_one_owner() -> None:
    doc = read("Decision notice: Dorset Police and Crime Commissioner\n\n"
               "The Act obliges the police, the councils and probation to work jointly to:\n\n"
               "  • Tackle local problems such as anti-social behaviour and re-offending.\n")
    assert of(doc, "responsible_for") == set()
