"""The checks every fact must pass, whatever rule read it (loaders/extract/checks.py): a fact whose ends are of
kinds its relation does not join in practice is dropped, however it was worded. Papers written for the test, in
several councils' styles; the audit mode shows each one would have been stated without the gate."""

from __future__ import annotations

import pytest
from extract_helpers import read, triples

from govkg.graph.model import Entity
from govkg.loaders.extract.checks import common_words, entity_class, not_a_person, signature_denied

_SCRUTINY = ("Minutes of the Harrowden Community Safety Partnership\n\n4. Scrutiny\n\nThe Stronger Communities "
             "Overview and Scrutiny Committee holds the Partnership to account for its plan each year.\n")
_VICE_OF_SERVICE = ("Minutes of the Bramcote Youth Offending Service Management Board\n\n2. Chair\n\nInspector Wren "
                    "Holloway of Eastshire Police was elected Vice-Chair of the Bramcote Youth Offending Service in "
                    "May 2025.\n")
_COUNCIL_AS_SUBGROUP = ("Terms of Reference: Eastshire Reducing Reoffending Board\n\n5. Sub-groups\n\nThe following "
                        "are sub-groups of the Board:\n\n- Kestwick District Council\n"
                        "- Eastshire Accommodation Group\n")
_COUNCIL_REPORTS = ("Eastshire Domestic Abuse Board\n\nAccountability\n\nKestwick District Council reports to the "
                    "Eastshire Domestic Abuse Board on its safe accommodation duty.\n")
_SERVICE_PRODUCES = ("Grange Vale Community Safety Service\n\nThe Grange Vale Community Safety Service produces the "
                     "Community Safety Service Agreement 2025.\n")

CASES = [
    (_SCRUTINY, ("Stronger Communities Overview and Scrutiny Committee", "oversees",
                 "Harrowden Community Safety Partnership")),
    (_VICE_OF_SERVICE, ("Wren Holloway", "vice_chair", "Bramcote Youth Offending Service")),
    (_COUNCIL_AS_SUBGROUP, ("Kestwick District Council", "subgroup_of", "Eastshire Reducing Reoffending Board")),
    (_COUNCIL_REPORTS, ("Kestwick District Council", "reports_to", "Eastshire Domestic Abuse Board")),
    (_SERVICE_PRODUCES, ("Grange Vale Community Safety Service", "produces",
                         "Community Safety Service Agreement 2025")),
]


@pytest.mark.parametrize(("text", "wrong"), CASES)
def test_a_fact_between_kinds_its_relation_does_not_join_is_dropped(text: str, wrong: tuple[str, str, str],
                                                                     monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("GOVKG_CHECKS_AUDIT", raising=False)
    assert wrong not in triples(read(text))


@pytest.mark.parametrize(("text", "wrong"), CASES)
def test_the_audit_mode_keeps_it_and_names_the_check(text: str, wrong: tuple[str, str, str],
                                                     monkeypatch: pytest.MonkeyPatch) -> None:
    # the readers do state these facts: without the gate each case above would be read
    monkeypatch.setenv("GOVKG_CHECKS_AUDIT", "1")
    doc = read(text)
    assert wrong in triples(doc)
    tagged = [f for f in doc.facts if (f.subject.name, f.relation, f.object.name if f.object else "") == wrong]
    assert tagged[0].rule.endswith("¦signature")


def test_the_right_facts_beside_them_stay(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("GOVKG_CHECKS_AUDIT", raising=False)
    # a group under the board is a sub-group, though a council named in the same list is not
    assert ("Eastshire Accommodation Group", "subgroup_of", "Eastshire Reducing Reoffending Board") in \
        triples(read(_COUNCIL_AS_SUBGROUP))
    facts = triples(read(_VICE_OF_SERVICE))
    assert ("Wren Holloway", "member_of", "Eastshire Police") in facts


def _body(name: str, subtype: str | None = None) -> Entity:
    return Entity("body", name, subtype=subtype)


def test_classes_of_ends() -> None:
    assert entity_class(_body("Marlow Vale District Council", "Council")) == "council"
    assert entity_class(_body("Safer Marlow Vale Partnership")) == "partnership"
    assert entity_class(_body("Marlow Vale Youth Justice Service")) == "agency"
    assert entity_class(_body("Place Overview and Scrutiny Committee")) == "committee"
    assert entity_class(Entity("person", "Tamsin Orrell")) == "person"
    assert entity_class(None) == "-"


def test_the_same_relations_between_the_kinds_they_join_pass() -> None:
    council = _body("Marlow Vale District Council", "Council")
    partnership = _body("Safer Marlow Vale Partnership")
    group = _body("Marlow Vale Hate Crime Group")
    person = Entity("person", "Tamsin Orrell")
    topic = Entity("topic", "Hate Crime")
    plan = Entity("publication", "Safer Marlow Vale Partnership Plan 2025-28")
    assert signature_denied("subgroup_of", council, partnership)
    assert not signature_denied("subgroup_of", group, partnership)
    assert not signature_denied("reports_to", partnership, council)  # a partnership reports to the council
    assert signature_denied("reports_to", council, partnership)
    assert not signature_denied("led_by", topic, partnership)
    assert not signature_denied("led_by", topic, person)  # a lead officer of a priority, as a plan's table names
    assert not signature_denied("vice_chair", person, partnership)
    assert not signature_denied("vice_chair", person, _body("Eastshire Fire and Rescue Authority"))
    assert signature_denied("vice_chair", person, _body("Eastshire Youth Justice Service"))
    assert not signature_denied("produces", partnership, plan)
    assert not signature_denied("member_of", council, partnership)  # a relation the list does not name


def _person(name: str) -> Entity:
    return Entity("person", name)


def test_a_name_with_a_comma_or_a_digit_is_no_person() -> None:
    assert not_a_person(_person("Policing, Probation"), "Policing, Probation and Courts (item 6)", frozenset())
    assert not_a_person(_person("Room 4"), "Room 4", frozenset())
    assert not not_a_person(_person("Rowan Ashby"), "Rowan Ashby, Probation", frozenset())


def test_a_name_of_the_papers_common_words_is_no_person() -> None:
    text = ("PRE-APPOINTMENT HEARING\n\nThe panel held a pre-appointment hearing. Members asked about the "
            "appointment process and the hearing's timetable.\n")
    lower = common_words(text)
    assert not_a_person(_person("Appointment Hearing"), "APPOINTMENT HEARING", lower)
    assert not not_a_person(_person("Cllr Rowan Ashby"), "Cllr Rowan Ashby", lower)  # the title is not a name word


def test_an_address_is_not_the_papers_own_words() -> None:
    lower = common_words("Contact: Rowan Ashby, rowan.ashby@eastshire.gov.uk, www.eastshire.gov.uk/ashby\n")
    assert not not_a_person(_person("Rowan Ashby"), "Contact: Rowan Ashby", lower)


def test_the_opening_words_of_a_title_are_no_person() -> None:
    assert not_a_person(_person("Family Support"), "Family Support Manager", frozenset())
    assert not_a_person(_person("Survivor Voice"), "Survivor Voice Forum (for item 3)", frozenset())
    # a name followed by more than the title's head, or by its post after a comma, is a person's
    assert not not_a_person(_person("Rowan Ashby"), "Rowan Ashby, Family Support Manager", frozenset())
    assert not not_a_person(_person("Rowan Ashby"), "Rowan Ashby Eastshire County Council", frozenset())
    assert not not_a_person(Entity("post", "Family Support"), "Family Support Manager", frozenset())


def test_a_name_before_its_employer_in_an_attendance_line_is_a_person() -> None:
    assert not not_a_person(_person("Rowan Ashby"), "Rowan Ashby Council", frozenset())
