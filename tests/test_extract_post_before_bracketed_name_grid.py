"""A grid of attendance lists that write each entry as a post followed by its holder's name in brackets ("Community
Safety Manager (Ms Jo Lee)"), one to a line or run on after a label.

The post before a bracketed name is that name's: the entry is read from the post to the bracket's close, so the
post is neither given to the person of the entry before (whose bracket has closed) nor lost when it opens the
list. The neighbouring layouts must stay as they are: a name followed by its post in brackets ("Jo Lee
(Community Safety Manager)"), a name then a comma and its post, and an organisation whose bracket lists the
people it sent ("Westshire Police (Inspector Sam Reed)"), whose people are members of it.

Short papers invented for the test (invented people, real and invented councils), each in another council's
style. Each case lists the facts it states (EXPECT) and those a reader may give without being wrong (MAY); a
holds_post or attended fact outside both is false. `python tests/test_extract_post_before_bracketed_name_grid.py`
prints the grid's score.
"""

from __future__ import annotations

import pytest
from extract_helpers import grid_misses, print_grid_score, read

Fact = tuple[str, str, str]
_SCORED = ("holds_post", "attended")


def _case(name: str, text: str, expect: list[Fact], may: list[Fact] | None = None) -> object:
    return pytest.param(text, expect, may or [], id=name)


_COMMITTEE = "Tarnby Corporate Overview and Scrutiny Committee"
_HEAD = """Tarnby Borough Council
Corporate Overview and Scrutiny Committee
Minutes of the meeting held on 4 March 2024

Present:     Councillor Ann Pike (Chair)
             Councillors B Lowe and C Marsh

"""
_PRESENT = [("Ann Pike", "attended", _COMMITTEE), ("B Lowe", "attended", _COMMITTEE),
            ("C Marsh", "attended", _COMMITTEE)]
_MAY_POSTS = [("Ann Pike", "holds_post", "Chair")]


CASES = [
    _case("officers-post-then-bracketed-name-lines", _HEAD + """\
Officers:    Corporate Director of Place and Community (Mr Ravi Dunn)
             Community Safety Manager (Ms Jo Fenwick)
             Democratic Services Officer (Mrs Kay Hulme)
""", [*_PRESENT, ("Ravi Dunn", "attended", _COMMITTEE), ("Jo Fenwick", "attended", _COMMITTEE),
      ("Kay Hulme", "attended", _COMMITTEE),
      ("Ravi Dunn", "holds_post", "Corporate Director of Place and Community"),
      ("Jo Fenwick", "holds_post", "Community Safety Manager"),
      ("Kay Hulme", "holds_post", "Democratic Services Officer")], _MAY_POSTS),
    _case("in-attendance-two-run-on", _HEAD + """\
In attendance: Head of Housing (Mr Tom Ashe); Licensing Manager (Ms Pat Orme).
""", [*_PRESENT, ("Tom Ashe", "attended", _COMMITTEE), ("Pat Orme", "attended", _COMMITTEE),
      ("Tom Ashe", "holds_post", "Head of Housing"), ("Pat Orme", "holds_post", "Licensing Manager")], _MAY_POSTS),
    _case("one-post-then-bracketed-name", _HEAD + """Also present: Community Safety Officer (Ms Lena Voss)
""", [*_PRESENT, ("Lena Voss", "attended", _COMMITTEE), ("Lena Voss", "holds_post", "Community Safety Officer")],
        _MAY_POSTS),
    _case("comma-run-on", _HEAD + """Officers: Partnership Analyst (Miss Nia Brook), Committee Officer (Mr Owen Tate)
""", [*_PRESENT, ("Nia Brook", "attended", _COMMITTEE), ("Owen Tate", "attended", _COMMITTEE),
      ("Nia Brook", "holds_post", "Partnership Analyst"), ("Owen Tate", "holds_post", "Committee Officer")],
        _MAY_POSTS),

    # -- the neighbouring layouts, which stay
    _case("name-then-bracketed-post", _HEAD + """Officers:    Mr Ravi Dunn (Director of Place and Community)
             Ms Jo Fenwick (Community Safety Manager)
""", [*_PRESENT, ("Ravi Dunn", "attended", _COMMITTEE), ("Jo Fenwick", "attended", _COMMITTEE),
      ("Ravi Dunn", "holds_post", "Director of Place and Community"),
      ("Jo Fenwick", "holds_post", "Community Safety Manager")], _MAY_POSTS),
    _case("name-comma-post", _HEAD + """\
Officers: Ravi Dunn, Director of Place and Community; Jo Fenwick, Community Safety Manager.
""", [*_PRESENT, ("Ravi Dunn", "attended", _COMMITTEE), ("Jo Fenwick", "attended", _COMMITTEE),
      ("Ravi Dunn", "holds_post", "Director of Place and Community"),
      ("Jo Fenwick", "holds_post", "Community Safety Manager")], _MAY_POSTS),
    _case("post-cut-by-its-own-comma", """Northvale Borough Council
Cabinet, 12 June 2024

Report of:       Director of Communities
Lead Member:     Cabinet Member for Housing, Regeneration and Safety
                 (Cllr Petra Olsen)
""", [("Petra Olsen", "holds_post", "Cabinet Member for Housing, Regeneration and Safety")]),
    _case("organisation-then-bracketed-people", _HEAD + """Also present: Westshire Police (Inspector Sam Reed)
""", [*_PRESENT, ("Sam Reed", "attended", _COMMITTEE)],
        [*_MAY_POSTS, ("Sam Reed", "holds_post", "Inspector")]),
]


@pytest.mark.parametrize(("text", "expect", "may"), CASES)
def test_post_before_bracketed_name_grid(text: str, expect: list[Fact], may: list[Fact]) -> None:
    missed, false = grid_misses(read(text), expect, may, _SCORED)
    assert not missed and not false, f"missed {missed}; false {false}"


if __name__ == "__main__":
    print_grid_score(CASES, _SCORED)
