"""A post that opens a sentence, its holder after "is" ("The Prevent Co-ordinator is Jo Lee."): the person holds
the post, of the owner a possessive names or of the body "for the X" names; more than one name after "is", or a
post that is a chair's title, is left to the readers of those."""

from __future__ import annotations

import pytest
from extract_helpers import of, read

WEB_PAGE = """Source: https://www.example.gov.uk/community-safety/prevent

Mid Suffolk District Council

Prevent in Mid Suffolk

Our Prevent work follows the national strategy. The Prevent Co-ordinator is Odette Marchbank. Referrals go to
the county's Channel Panel.
"""

TERMS = """Source: https://www.example.gov.uk/cdp/terms-of-reference

Combating Drugs Partnership - Terms of Reference

1.1 Every area has a Combating Drugs Partnership (CDP) with a Senior Responsible Owner.

2.1 The Senior Responsible Owner (SRO) for the Halton Combating Drugs Partnership is Dr Ffion Castellane,
Director of Public Health, Halton Borough Council.
"""

REPORT = """Source: https://democracy.example.gov.uk/report/45

Torridge District Council
Report to Community and Resources Committee

3. The Council's Community Safety Manager is Bartholomew Quince. He reports to the committee each year.

4. The Partnership Manager is Yusra Penhallow and Mikkel Dawe.
"""


@pytest.mark.parametrize(
    "text, person, post",
    [
        # (a field title on the council's own page is the council's post: s15)
        (WEB_PAGE, "Odette Marchbank", "Prevent Co-ordinator, Mid Suffolk District Council"),
        (TERMS, "Dr Ffion Castellane", "Senior Responsible Owner, Halton Combating Drugs Partnership"),
        (REPORT, "Bartholomew Quince", "Community Safety Manager, Torridge District Council"),
    ],
)
def test_the_post_named_first_is_held_by_the_person_after_is(text: str, person: str, post: str) -> None:
    posts = of(read(text), "holds_post")
    assert (person, post) in posts, sorted(posts)


def test_two_names_after_is_give_no_holder() -> None:
    posts = of(read(REPORT), "holds_post")
    assert not any(post.startswith("Partnership Manager") for _, post in posts), sorted(posts)


def test_a_chairs_title_is_no_post_held() -> None:
    text = WEB_PAGE.replace("The Prevent Co-ordinator is Odette Marchbank.",
                            "The Prevent Board's Vice Chair is Odette Marchbank (Mid Suffolk District Council).")
    assert not any(holder == "Odette Marchbank" for holder, _ in of(read(text), "holds_post"))
