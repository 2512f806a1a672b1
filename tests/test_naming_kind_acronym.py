"""A body's short form that spells only the kind of body its name ends with ("NHS Kent and Medway Integrated Care
Board (ICB)"): the paper means that body by it later, not a body of its own area's name; and a post of a public
body is known by every name the body goes by.

Every text here is written for the test in the styles councils use; the people are invented.
"""

from __future__ import annotations

from extract_helpers import of, read

from govkg.loaders.mentions import _fits_kind


def test_a_short_form_of_the_kind_of_body_is_the_body_defined() -> None:
    text = ("Wigan Safeguarding Children Partnership\n\nThe partners are Wigan Council, NHS Greater Manchester "
            "Integrated Care Board (ICB) and Greater Manchester Police.\n\n"
            "The Audit Group is chaired by the Head of Safeguarding, ICB - Priya Dunmore.\n")
    chairs = of(read(text), "chairs")
    assert ("Head of Safeguarding, NHS Greater Manchester Integrated Care Board", "Wigan Audit Group") in chairs
    assert not any("Wigan Integrated" in who for who, _ in chairs)


def test_a_short_form_in_another_style_of_paper() -> None:
    text = ("Medway Community Safety Partnership\nMinutes of the meeting held on 4 June 2024\n\n"
            "Present:\nOrla Pennick - Head of Safeguarding, NHS Kent and Medway Integrated Care Board (ICB)\n\n"
            "1. Serious violence\nThe Serious Violence Group is chaired by the Head of Safeguarding, ICB.\n")
    chairs = of(read(text), "chairs")
    post = "Head of Safeguarding, NHS Kent and Medway Integrated Care Board"
    assert (post, "Medway Serious Violence Group") in chairs


def test_the_kind_must_be_spelt_by_the_last_words_of_a_body() -> None:
    assert _fits_kind("ICB", "NHS Black Country Integrated Care Board")
    assert _fits_kind("CSP", "Safer Stockton Community Safety Partnership")
    assert not _fits_kind("ICB", "Integrated Care Board")  # the whole name: initials_fit's
    assert not _fits_kind("ICB", "NHS Black Country Integrated Care Plan")  # no body
    assert not _fits_kind("HC", "Kent Health Committee")  # two letters spell too much


def test_a_comma_before_a_known_body_ends_a_post_and_joins_no_remit() -> None:
    text = ("Northfield Safer Neighbourhoods Board\nMinutes of the meeting held on 3 July 2024\n\nPresent:\n"
            "Tamsin Orrell - Head of Safeguarding, Kent and Medway Integrated Care Board\n\n1. Welcome\n")
    doc = read(text)
    assert ("Tamsin Orrell", "NHS Kent and Medway Integrated Care Board") in of(doc, "member_of")
    assert ("Tamsin Orrell", "Head of Safeguarding, Kent and Medway Integrated Care Board") in of(doc, "holds_post")


def test_a_post_of_a_public_body_is_known_by_the_body_s_short_name() -> None:
    text = ("Dudley Community Safety Partnership\nMinutes of the meeting held on 2 May 2024\n\nPresent:\n"
            "Kasia Ormond - Head of Safeguarding, NHS Black Country Integrated Care Board\n\n1. Welcome\n")
    doc = read(text)
    post = next(e for e in doc.entities if e.kind == "post" and e.name.startswith("Head of Safeguarding,"))
    assert "Head of Safeguarding, NHS Black Country ICB" in (post.name, *post.aliases)


def test_a_remit_its_initials_and_a_kind_of_group_name_one_group() -> None:
    text = ("Northvale Youth Justice Management Board\nTerms of Reference\n\n"
            "The Board has two task groups: the Reoffending Task Group, chaired by Osian Brack, and the Education, "
            "Training and Employment (ETE) Task Group, led by Lowri Fenwick. Both report to the Board.\n")
    groups = {group for group, _ in of(read(text), "subgroup_of")}
    assert any(group.endswith("ETE Task Group") for group in groups)
    assert not any(group.endswith("Employment Task Group") or group.split()[-3:] == ["Northvale", "Task", "Group"]
                   for group in groups)


def test_a_topic_and_its_initials_before_a_strategy_group() -> None:
    text = ("Safer Lewes Partnership\nAnnual Report 2024\n\n"
            "The Violence Against Women and Girls (VAWG) Strategy Group, chaired by Marta Quill, reports to the "
            "Partnership.\n")
    chairs = of(read(text), "chairs")
    assert any(who == "Marta Quill" and group.endswith("VAWG Strategy Group") for who, group in chairs)


def test_an_acronym_after_a_full_name_still_defines_it() -> None:
    from govkg.loaders.mentions import find_mentions

    for text, name in (("the Heart of Kent (HOK) College", "Heart of Kent College"),
                       ("the Safer Kent Partnership (SKP) Board", "Safer Kent Partnership")):
        assert ("body", name) in [(m.kind, m.name) for m in find_mentions(text, 0, len(text))]


def test_a_remit_opened_by_its_owner_s_place_keeps_the_place() -> None:
    from govkg.loaders.mentions import find_mentions

    for text, name in (
        ("shared with the Gwent Alcohol, Drugs, Gambling and Street Harm (ADGSH) Board, "
         "which meets quarterly", "Gwent ADGSH Board"),
        ("the North Wales Hate Crime, Cohesion, Extremism and Online Harm (HCCEOH) Partnership\n"
         "Board, co-chaired by the councils", "North Wales HCCEOH Partnership Board"),
        ("the Children, Young People and Families (CYPF) Sub-group meets monthly", "CYPF Sub-group"),
    ):
        assert ("body", name) in [(m.kind, m.name) for m in find_mentions(text, 0, len(text))], text
