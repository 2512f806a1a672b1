"""Whose a relative clause, a possessive pronoun or a rank's post is, in three councils' styles each.

- "which" is never said of a person or a post (their holders take "who"): after "the X Board, chaired by the
  Deputy Chief Constable of Y Police, which oversees Z" the board oversees, not its chair;
- "A, which also reports to B and is chaired by C": C chairs A, the relative clause's head, whatever adverb
  opens the clause;
- "Its priorities are: ..." after "X reports each quarter to Y.": X's priorities, not Y's;
- a rank or a post's title followed by "of" and the force or service it is held in is a post, not that force.
"""

from __future__ import annotations

import pytest
from extract_helpers import of, read

from govkg.loaders.mentions import find_mentions


def _kinds(text: str) -> dict[str, str]:
    return {m.name: m.kind for m in find_mentions(text, 0, len(text))}


@pytest.mark.parametrize(("text", "post"), [
    ("The board is chaired by the Assistant Chief Constable of Wessex Police.",
     "Assistant Chief Constable of Wessex Police"),
    ("Papers go to the Deputy Chief Constable of Northvale Constabulary each month.",
     "Deputy Chief Constable of Northvale Constabulary"),
    ("Chaired by the Chief Fire Officer of the Eastmoor Fire and Rescue Service.",
     "Chief Fire Officer of the Eastmoor Fire and Rescue Service"),
    ("Chief Inspector Dan Moss, Eastmoor District Commander for Wessex Police, is vice-chair.",
     "Eastmoor District Commander for Wessex Police"),
])
def test_a_rank_of_a_force_is_a_post(text: str, post: str) -> None:
    assert _kinds(text).get(post) == "post"


def test_a_body_of_officers_stays_a_body() -> None:
    # the words before "of" name no post: a body whose name holds a plural of posts
    assert _kinds("The Association of Chief Police Officers met.").get("Association of Chief Police") == "body"


HEAD = "Source: https://www.northvale.gov.uk/csp\n\nNorthvale Channel Panel - Terms of Reference\n\n"


@pytest.mark.parametrize(("text", "body", "overseen"), [
    ("5.1 The Panel is accountable to the Wessex Contest Board, chaired by the Assistant Chief Constable of Wessex "
     "Police, which oversees the Wessex Prevent Plan.", "Wessex Contest Board", "Wessex Prevent Plan"),
    ("The Partnership reports to the Northvale Safeguarding Board, chaired by the Director of Adult Services, "
     "which also oversees the Northvale Adults Strategy.", "Northvale Safeguarding Board",
     "Northvale Adults Strategy"),
    ("Cases go to the Eastmoor Tasking Group, chaired by Inspector Jo Brand, which now oversees the Eastmoor ASB "
     "Action Plan.", "Eastmoor Tasking Group", "Eastmoor ASB Action Plan"),
])
def test_which_after_a_chairs_aside_is_the_bodys(text: str, body: str, overseen: str) -> None:
    pairs = of(read(HEAD + text + "\n"), "oversees")
    assert (body, overseen) in pairs
    assert all(s == body for s, _ in pairs), pairs


def test_which_after_a_post_with_no_body_before_gives_nothing() -> None:
    doc = read(HEAD + "Referrals go to the Director of Children's Services, which oversees the Northvale Early "
                      "Help Plan.\n")
    assert not of(doc, "oversees")


@pytest.mark.parametrize(("text", "chair", "group"), [
    ("4.5 Work on hate crime is led by the Northvale Hate Crime Group, which also reports to the Partnership and "
     "is chaired by Dana Mwale, Cohesion Lead.", "Dana Mwale", "Northvale Hate Crime Group"),
    ("The Eastmoor Youth Panel, which in turn reports to the Board and is chaired by Jo Smith, meets monthly.",
     "Jo Smith", "Eastmoor Youth Panel"),
    ("Housing issues go to the Wessex Housing Forum, which currently feeds into the Board and is chaired by "
     "Cllr Amir Hale.", "Amir Hale", "Wessex Housing Forum"),
])
def test_second_predicate_of_a_relative_clause_with_an_adverb(text: str, chair: str, group: str) -> None:
    pairs = of(read(HEAD + text + "\n"), "chairs")
    assert (chair, group) in pairs
    assert all(g == group for c, g in pairs if c == chair), pairs


@pytest.mark.parametrize("text", [
    "The Northvale Drugs Partnership (NDP) reports quarterly on the outcomes framework to the Joint Combating "
    "Drugs Unit. Its three local priorities for\n2024/25 are: reducing drug deaths; more people in treatment; "
    "and disrupting supply.",
    "The Northvale Drugs Partnership sends an annual return to the Home Office. Its priorities this year are: "
    "reducing drug deaths, more people in treatment and disrupting supply.",
    "The Northvale Drugs Partnership was set up in 2022 and answers to the Health and Wellbeing Board. Its "
    "priorities are: reducing drug deaths; more people in treatment; disrupting supply.",
])
def test_its_priorities_are_the_subjects(text: str) -> None:
    owners = {o for _, o in of(read("Northvale Drugs Plan\n\n" + text + "\n"), "priority_of")}
    assert owners == {"Northvale Drugs Partnership"}
