"""A post a possessive place wrote before its holder ("Merton's Director of Communities, Jo Lee") is held at that
place's council: the holder is a member of it. A rank of the police or fire service, a post naming another
organisation, or a title the council is not named beside, gives no council."""

from __future__ import annotations

from extract_helpers import of, read


def _employers(text: str, person: str) -> set[str]:
    return {o for s, o in of(read(text), "member_of") if s == person}


def test_council_post_in_a_joint_news_release() -> None:
    text = ("Sutton and Merton to share a community safety team\nNews release, 3 March 2025\n\n"
            "The shared board will be led by Cllr Odette Pramley, Merton's Cabinet Member for Safer Streets, who "
            "said the two boroughs would pool their patrols.\n")
    assert _employers(text, "Odette Pramley") == {"London Borough of Merton"}


def test_head_of_service_when_the_council_is_named() -> None:
    text = ("Denbighshire County Council\nReport to Cabinet, 10 June 2025\n\n"
            "3.1 The panel is chaired by Denbighshire's Head of Planning and Public Protection, Ifor Glasbury, "
            "and meets every quarter.\n")
    assert "Denbighshire County Council" in _employers(text, "Ifor Glasbury")


def test_report_after_the_holder() -> None:
    text = ("Harrow Council\nCabinet report, 14 May 2025\n\n"
            "4.2 The joint officer group is made up of the Directors, starting with Harrow's Director of "
            "Communities, Tamsin Oakshott, who chairs it for its first year.\n")
    assert "London Borough of Harrow" in {o for o in _employers(text, "Tamsin Oakshott")
                                          if "Harrow" in o}


def test_a_police_rank_is_not_the_councils() -> None:
    text = ("Harrow Council\nCabinet report, 14 May 2025\n\n"
            "4.3 The tasking group is chaired by Harrow's Borough Commander, Chief Superintendent Lorcan Fayle.\n")
    assert not any("Harrow" in o and "Council" in o or o == "London Borough of Harrow"
                   for o in _employers(text, "Lorcan Fayle"))


def test_a_head_of_service_of_an_unnamed_council_gives_none() -> None:
    text = ("Safer Streets Board\nMinutes, 2 April 2025\n\n"
            "The group is chaired by Sutton's Head of Licensing, Bram Ockley.\n")
    assert "London Borough of Sutton" not in _employers(text, "Bram Ockley")
