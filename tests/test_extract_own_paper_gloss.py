"""loaders/extract/publications.py own_papers: "the Partnership's annual report" is a paper its owner makes; but
lower-case words standing beside a paper's own name ("CONTEST, the Government's counter-terrorism strategy")
describe that named paper, and make no second one. Texts written for the test in several styles."""

from __future__ import annotations

import pytest
from extract_helpers import of, read

HEAD = "Northmere Borough Council\nCommunities Scrutiny Panel\nReport of the Head of Community Safety\n\n"


def produced(sentence: str) -> set[tuple[str, str]]:
    return of(read(HEAD + sentence + "\n"), "produces")


@pytest.mark.parametrize(
    "sentence",
    [
        # a web page's gloss after the name
        "Prevent forms one strand of CONTEST, the UK Government's counter-terrorism strategy, and aims to help.",
        # a terms of reference's gloss before the name
        "1.3 Channel sits within the Government's counter-terrorism strategy, CONTEST, and the Panel supports it.",
        # a report's paragraph, the name in capitals after the gloss
        "Our partnership work follows the Home Office's serious violence strategy, SVD-PLAN, agreed last year.",
    ],
)
def test_a_gloss_beside_a_named_paper_makes_no_second_paper(sentence: str) -> None:
    assert not any(p.endswith("strategy") for _, p in produced(sentence))


@pytest.mark.parametrize(
    "sentence, owner",
    [
        ("In March, the Northmere Community Safety Partnership's annual report was noted.",
         "Northmere Community Safety Partnership"),
        ("The Panel received the Safer Northmere Partnership's strategic assessment, which Cllr Ida Venn presented.",
         "Safer Northmere Partnership"),
        ("Members asked when the Northmere Safeguarding Adults Board's annual report would be published.",
         "Northmere Safeguarding Adults Board"),
    ],
)
def test_a_body_s_own_paper_without_a_name_beside_it_is_still_read(sentence: str, owner: str) -> None:
    assert any(o == owner and p.startswith(owner) for o, p in produced(sentence))
