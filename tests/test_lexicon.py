"""The word lists extraction reads (loaders/gazetteer/*.yaml through loaders/lexicon.py and loaders/topics.py):
well formed, consistent with the ontology's relations, general knowledge rather than anybody's names, and every
trigger wording able to fire."""

from __future__ import annotations

import re

import pytest

from govkg.loaders.gazetteer import _yaml
from govkg.loaders.lexicon import acronyms, heads, layout, names, trigger_stems, triggers
from govkg.loaders.topics import topic_labels, topic_of, topic_regex
from govkg.ontology.relations import BY_KEY

MENTION_KINDS = {"person", "post", "body", "publication", "initiative", "legislation", "place", "topic", "money",
                 "name"}


def test_every_relation_in_the_trigger_lexicon_is_a_closed_relation_with_known_kinds() -> None:
    for relation, spec in _yaml("relations.yaml").items():
        assert relation in BY_KEY and relation != "other", relation
        assert set(spec["subject"]) <= MENTION_KINDS and set(spec["object"]) <= MENTION_KINDS, relation
        assert spec.get("forward") or spec.get("backward"), relation


def test_every_trigger_compiles_and_opens_only_when_its_stems_are_present() -> None:
    stem_re, opens = trigger_stems()
    for t in triggers():
        assert t.direction in ("forward", "backward")
        assert t.relation in opens[next(iter(t.requires.pattern.split("|"))).lower()]
    assert {m.group(0) for m in stem_re.finditer("the board is chaired by the leader")} >= {"chair"}


# A sentence each trigger wording must find in; written for this test.
FIRES = [
    ("chairs", "forward", "Cllr Ames chairs the Board"),
    ("chairs", "backward", "The Board is chaired by Cllr Ames"),
    ("vice_chair", "forward", "Cllr Ames is the vice-chair of the Board"),
    ("oversees", "forward", "The Board oversees the Plan"),
    ("oversees", "backward", "The Plan is overseen by the Board"),
    ("reports_to", "forward", "The Group reports to the Board"),
    ("reports_to", "backward", "The Board receives regular reports from the Group"),
    ("subgroup_of", "forward", "The Group is a sub-group of the Board"),
    ("member_of", "forward", "The Police are a statutory member of the Board"),
    ("member_of", "backward", "The membership includes the Police"),
    ("represented_by", "forward", "The Council is represented by Cllr Ames"),
    ("holds_post", "backward", "The post is held by Jo Ames"),
    ("funds", "forward", "The Commissioner funds the Project"),
    ("funds", "backward", "The Project is funded by the Commissioner"),
    ("produces", "forward", "The Board produced the Strategy"),
    ("produces", "backward", "The Strategy was produced by the Board"),
    ("responsible_for", "forward", "The Board is responsible for the Duty"),
    ("covers_area", "forward", "The Board covers Halton"),
    ("part_of", "forward", "The Project is part of the Programme"),
    ("commissions", "forward", "The Board commissions the Service"),
    ("delivers", "backward", "The Programme is delivered by the Trust"),
    ("statutory_duty", "forward", "The Council has a statutory duty under the Act"),
    ("priority_of", "forward", "Knife crime is a priority for the Board"),
    ("led_by", "forward", "The Project is led by the Council"),
]


def _fires(relation: str, direction: str, sentence: str) -> bool:
    return any(t.pattern.search(sentence) for t in triggers() if (t.relation, t.direction) == (relation, direction))


@pytest.mark.parametrize("relation, direction, sentence", FIRES)
def test_each_relation_has_triggers_that_fire(relation: str, direction: str, sentence: str) -> None:
    assert _fires(relation, direction, sentence)


@pytest.mark.parametrize("relation, sentence", [
    ("funds", "The Commissioner awarded Victim Support"),
    ("delivers", "The Trust provides Freedom Programme courses"),
])
def test_trigger_wordings_that_end_before_the_next_word_can_fire(relation: str, sentence: str) -> None:
    assert _fires(relation, "forward", sentence)


@pytest.mark.parametrize("sentence", ["Cllr Ames was appointed as Cabinet Member", "Cllr Ames became Cabinet Member"])
def test_holds_post_wordings_ending_in_an_optional_group_can_fire(sentence: str) -> None:
    assert _fires("holds_post", "forward", sentence)


def test_a_trigger_inside_a_longer_word_does_not_fire() -> None:
    assert not _fires("chairs", "forward", "The armchairs were new")
    assert not _fires("funds", "forward", "The refunds were late")


def test_attendance_labels_map_to_the_roles_the_attendance_rule_knows() -> None:
    lay = layout()
    assert set(lay.attendance.values()) == {"present", "also", "apologies", "members", "substitutes", "absent"}
    for label in ("present", "apologies for absence", "in attendance", "substitutes", "membership"):
        assert label in lay.attendance
    assert lay.attendance_re.match("Apologies for absence: Cllr Ames")
    assert not lay.attendance_re.match("Presentation on hate crime")


def test_list_headings_and_field_labels_name_known_relations_and_kinds() -> None:
    lay = layout()
    # "member_in" is member_of read the other way: the paper's own body is a member of each item
    assert set(lay.lists.values()) <= set(BY_KEY) | {"member_in"}
    assert {"chair", "vice_chair", "decision_maker", "author", "sro", "reports_to"} <= set(lay.fields.values())
    assert lay.fields["chair"] == "chair" and lay.fields["decision maker"] == "decision_maker"


def test_ranks_titles_and_chair_markers() -> None:
    n = names()
    assert n.ranks["Det Supt"] == "Detective Superintendent" and n.ranks["Ch Supt"] == "Chief Superintendent"
    for written in ("Cllr ", "Cllr. ", "Councillor ", "Dr ", "Ch. Supt ", "DCI "):
        assert n.title_re.match(written), written
    assert not n.title_re.match("Cllrs2 ")
    assert n.chair_markers[0].casefold() == "chair of the meeting"  # longest first, so it wins over "Chair"
    assert "Vice-Chair" in n.vice_chair_markers and "Vice-Chair" not in n.chair_markers


def test_head_nouns_are_consistent() -> None:
    h = heads()
    assert h.needs_modifier <= h.body
    assert {"Board", "Partnership", "Panel", "Committee", "Forum"} <= h.body
    assert {"Strategy", "Plan", "Annual Report"} <= h.publication
    assert h.post_leading_re.match("Director of Public Health") and h.post_office_re.fullmatch(
        "Police, Fire and Crime Commissioner")
    assert all(w == w.casefold() for w in h.generic_words)


def test_acronyms_have_a_known_kind_and_an_expansion_that_spells_them() -> None:
    from govkg.loaders.mentions import initials_fit

    for acronym, (kind, expansion) in acronyms().items():
        assert kind in MENTION_KINDS, acronym
        assert expansion and expansion[0].isupper(), acronym
    assert acronyms()["CSP"] == ("body", "Community Safety Partnership")
    assert initials_fit("CSP", acronyms()["CSP"][1])


GIVEN_NAMES = {"Jan", "June", "April", "May", "Sue", "Ann", "Kit", "Dee", "Pat", "Jo", "Mo", "Amir", "Siân", "Priya"}


def test_the_word_lists_hold_no_given_names() -> None:
    listed = names().not_names | names().job_words | heads().body | names().particles
    # months that are also given names ("May", "April", "June", "Jan") are left out on purpose
    assert listed & GIVEN_NAMES == set()


def test_no_given_name_is_a_word_that_is_never_a_name() -> None:
    assert "Jan" not in names().not_names


# -- topics


def test_topic_labels_resolve_in_any_case_except_words_that_are_also_ordinary_verbs() -> None:
    assert topic_of("anti-social behaviour").label == topic_of("Anti-Social Behaviour").label
    assert topic_of("Prevent") is not None and topic_of("prevent") is None
    assert topic_of("Channel") is not None and topic_of("channel") is None
    assert topic_of("cheese") is None


def test_the_topic_pattern_finds_labels_as_whole_words() -> None:
    found = [m.group(0) for m in topic_regex().finditer("Tackling domestic abuse, not self-domestic abuses.")]
    assert found == ["domestic abuse"]
    assert all(label for label in topic_labels())


@pytest.mark.parametrize("name", ["acronyms.yaml", "heads.yaml", "layout.yaml", "names.yaml", "relations.yaml"])
def test_each_word_list_is_valid_yaml_with_no_empty_entries(name: str) -> None:
    data = _yaml(name)
    assert data

    def walk(x):
        if isinstance(x, dict):
            for v in x.values():
                walk(v)
        elif isinstance(x, list):
            for v in x:
                assert v not in (None, ""), name
                walk(v)

    walk(data)
    if name == "relations.yaml":
        for spec in data.values():
            for expr in (*(spec.get("forward") or ()), *(spec.get("backward") or ())):
                re.compile(expr.replace("{be}", "is"))
