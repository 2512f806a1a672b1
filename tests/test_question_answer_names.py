"""The name an answer is given: the form its quote writes, when the quote writes the entity by another of its
names. Entities and quotes are written here, about invented councils."""

from __future__ import annotations

from govkg.questions.linking import Entity
from govkg.questions.naming import as_written


def _topic(label: str, *names: str) -> Entity:
    return Entity("https://example.org/topic", label, "topic", names={label, *names})


def test_a_topic_written_only_inside_a_partnerships_name_is_answered_as_the_sentence_says_it():
    # the label's words stand in the quote only as the start of the partnership's name
    e = _topic("Community Safety", "crime and disorder")
    quote = "Each Eastvale Community Safety Partnership exists to cut crime and disorder across the district."
    assert as_written(e.label, e, [quote]) == "crime and disorder"


def test_a_topic_whose_label_the_quote_writes_alone_keeps_its_label():
    e = _topic("Community Safety", "crime and disorder")
    quote = "Westmoor puts community safety first, and crime and disorder second."
    assert as_written(e.label, e, [quote]) == "Community Safety"


def test_a_topic_written_as_one_lower_case_word_is_answered_by_that_word():
    e = _topic("Reducing Re-Offending", "reoffending", "reducing reoffending")
    quote = "The Northdale partners tackle drug misuse and reoffending together."
    assert as_written(e.label, e, [quote]) == "reoffending"


def test_a_topics_acronym_alone_is_never_the_answer():
    e = _topic("Anti-Social Behaviour", "ASB")
    quote = "Tackling ASB is a Westmoor priority."
    assert as_written(e.label, e, [quote]) == "Anti-Social Behaviour"


def test_a_body_the_quote_writes_by_a_fuller_name_holding_its_label_takes_that_name():
    e = Entity("https://example.org/body", "Harbourlight", "body", names={"Harbourlight", "Harbourlight Trust"})
    quote = "Contracts with the Harbourlight Trust and Dunmere Youth Club were renewed by the Commissioner."
    assert as_written(e.label, e, [quote]) == "Harbourlight Trust"


def test_a_person_keeps_a_plain_name_when_the_quote_gives_a_title_before_it():
    e = Entity("https://example.org/p", "Orla Penhallow", "person", names={"Orla Penhallow", "Cllr Orla Penhallow"})
    quote = "Cllr Orla Penhallow gave the report on the Eastvale Youth Panel."
    assert as_written(e.label, e, [quote]) == "Orla Penhallow"


def test_a_topic_going_on_into_another_of_its_own_names_is_written_as_itself():
    # "the Lamplight duty" is the topic under another of its names, not a body named after it
    e = _topic("Lamplight", "Lamplight duty", "Lamplight service")
    quote = "The Dunmere board monitors the Lamplight duty each quarter."
    assert as_written(e.label, e, [quote]) == "Lamplight"


def test_a_body_the_quote_writes_after_its_owners_acronym_is_answered_with_it():
    e = Entity("https://example.org/g", "Dunmere Case Audit Group", "body",
               names={"Dunmere Case Audit Group", "Case Audit Group"})
    quote = "The DSCP Case Audit Group checks the partnership's actions every quarter."
    assert as_written(e.label, e, [quote]) == "DSCP Case Audit Group"
    # a capitalised word that is no acronym says nothing of an owner
    assert as_written(e.label, e, ["The Quarterly Case Audit Group met."]) == "Case Audit Group"


def test_a_police_area_s_commissioner_keeps_its_place_when_the_quote_writes_the_office_alone():
    # every police area has a "Police, Fire and Crime Commissioner": the office alone does not say whose
    e = Entity("https://example.org/post", "Fellhaven Police, Fire and Crime Commissioner", "post",
               names={"Fellhaven Police, Fire and Crime Commissioner", "Police, Fire and Crime Commissioner"})
    quote = "Since the spring the Fellhaven board has met with the Police, Fire and Crime Commissioner in its chair."
    assert as_written(e.label, e, [quote]) == "Fellhaven Police, Fire and Crime Commissioner"


def test_an_article_before_a_name_is_no_fuller_name():
    # a members' list ("the Council, the Probation Service and ..."), a minute's attendance line and a web page:
    # the names "The Probation Service" and "The Wardens Trust" are the graph's names with "the" before them
    e = Entity("https://example.org/body", "Probation Service", "body",
               names={"Probation Service", "The Probation Service"})
    for quote in ("The Partnership's members are the Council, the Probation Service and Marlvale Police.",
                  "Present: K Odum (The Probation Service), R Vance (Marlvale Council)",
                  "We work with The Probation Service across Marlvale."):
        assert as_written(e.label, e, [quote]) == "Probation Service"
    w = Entity("https://example.org/body2", "Wardens Trust", "body", names={"Wardens Trust", "The Wardens Trust"})
    assert as_written(w.label, w, ["Patrols are run by The Wardens Trust."]) == "Wardens Trust"
    # a name that is truly fuller still wins
    w.names.add("Wardens Trust Marlvale")
    assert as_written(w.label, w, ["Patrols are run by the Wardens Trust Marlvale."]) == "Wardens Trust Marlvale"
