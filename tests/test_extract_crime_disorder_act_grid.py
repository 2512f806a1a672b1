"""A grid of the crime and disorder committee's Act: a committee designated for crime and disorder scrutiny holds
the duty of the Act the sentence cites for the role, wherever the citation stands.

The role is named ("is the Council's designated crime and disorder committee", "acts as ...") or said by what the
committee does ("carries out the Council's crime and disorder scrutiny"); the Act is cited "under section 19 of"
before it, or after it in brackets ("(Police and Justice Act 2006, section 19)", "(the 2006 Act, s.19)"), or as the
source of the committee's powers ("with powers drawn from the ... Act (section 19)", "conferred by the ... Act").
Each case is a short paper invented for the test, in another council's style. A case passes when the committee's
statutory_duty to the Act is read and no other statutory_duty fact is. Run the module as a script for the grid's
score: `python tests/test_extract_crime_disorder_act_grid.py`.
"""

from __future__ import annotations

import pytest
from extract_helpers import grid_misses, print_grid_score, read

S = "statutory_duty"
SCORED = (S,)
ACT = "Police and Justice Act 2006"


def _case(name: str, text: str, committee: str | None):
    expect = [(committee, S, ACT)] if committee else []
    return pytest.param(text, expect, [], id=name)


CASES = [
    _case("bracket-act-then-section",
          "Lichfield District Council\n\nThe Overview and Scrutiny Committee met on 4 March.\n\n"
          "The Lichfield Overview and Scrutiny Committee is the Council's designated crime and disorder committee "
          "(Police and Justice Act 2006, section 19).\n",
          "Lichfield Overview and Scrutiny Committee"),
    _case("bracket-act-then-s-dot",
          "Craven District Council\n\n"
          "The Craven Communities Scrutiny Panel acts as the crime and disorder committee (Police and Justice Act "
          "2006, s.19) and meets twice a year.\n",
          "Craven Communities Scrutiny Panel"),
    _case("bracket-the-act",
          "Maldon District Council\n\n"
          "The Maldon Performance Scrutiny Committee is its crime and disorder committee (the Police and Justice "
          "Act 2006).\n",
          "Maldon Performance Scrutiny Committee"),
    _case("powers-drawn-from",
          "Melton Borough Council\n\n"
          "The Melton Scrutiny Committee is its designated crime and disorder committee, with powers drawn from the "
          "Police and Justice Act 2006 (section 19).\n",
          "Melton Scrutiny Committee"),
    _case("powers-derived-from",
          "Oadby and Wigston Borough Council\n\n"
          "The Oadby and Wigston Service Delivery Committee is the designated crime and disorder committee, with "
          "its powers derived from the Police and Justice Act 2006.\n",
          "Oadby and Wigston Service Delivery Committee"),
    _case("conferred-by",
          "Ribble Valley Borough Council\n\n"
          "The Ribble Valley Community Committee is the crime and disorder committee, as conferred by the Police "
          "and Justice Act 2006.\n",
          "Ribble Valley Community Committee"),
    _case("set-out-in",
          "Rossendale Borough Council\n\n"
          "The Rossendale Overview and Scrutiny Committee acts as the crime and disorder committee set out in the "
          "Police and Justice Act 2006, section 19.\n",
          "Rossendale Overview and Scrutiny Committee"),
    _case("under-section-before-act",
          "Bolsover District Council\n\n"
          "The Bolsover Customer Services Scrutiny Committee is the Council's crime and disorder committee under "
          "section 19 of the Police and Justice Act 2006.\n",
          "Bolsover Customer Services Scrutiny Committee"),
    _case("for-the-purposes-of",
          "Hinckley and Bosworth Borough Council\n\n"
          "The Hinckley and Bosworth Scrutiny Commission is the crime and disorder committee for the purposes of "
          "section 19 of the Police and Justice Act 2006.\n",
          "Hinckley and Bosworth Scrutiny Commission"),
    _case("carries-out-under-act",
          "Fenland District Council\n\n"
          "Under section 19 of the Police and Justice Act 2006 the Fenland Overview and Scrutiny Panel carries out "
          "the Council's crime and disorder scrutiny.\n",
          "Fenland Overview and Scrutiny Panel"),
    _case("undertakes-then-bracket",
          "Mid Devon District Council\n\n"
          "The Mid Devon Community Policy Development Group undertakes the Council's crime and disorder scrutiny "
          "(Police and Justice Act 2006, section 19).\n",
          "Mid Devon Community Policy Development Group"),
    _case("discharges-statutory-scrutiny",
          "South Holland District Council\n\n"
          "The South Holland Performance Monitoring Panel discharges the Council's statutory crime and disorder "
          "scrutiny (Police and Justice Act 2006, s.19).\n",
          "South Holland Performance Monitoring Panel"),
    _case("apposition-then-bracket",
          "Uttlesford District Council\n\n"
          "The report goes to the Uttlesford Scrutiny Committee, the Council's designated crime and disorder "
          "committee (Police and Justice Act 2006, section 19), each November.\n",
          "Uttlesford Scrutiny Committee"),
    _case("sitting-as-bracket",
          "Torbay Council\n\n"
          "The Torbay Overview and Scrutiny Board, sitting as the crime and disorder committee (Police and "
          "Justice Act 2006, section 19), will review the partnership.\n",
          "Torbay Overview and Scrutiny Board"),
    _case("in-its-role-as-bracket",
          "Gosport Borough Council\n\n"
          "To allow the Gosport Community Board, in its role as the crime and disorder committee (Police and "
          "Justice Act 2006, section 19), to review the partnership's work.\n",
          "Gosport Community Board"),
    _case("is-named-wrapped-line",
          "Adur District Council\n\n"
          "The Adur Joint Overview and Scrutiny Committee is the designated crime and disorder\n"
          "committee (Police and Justice Act 2006, section 19).\n",
          "Adur Joint Overview and Scrutiny Committee"),
    # -- what is not the committee's Act
    _case("other-act-named-before-role",
          "Wychavon District Council\n\n"
          "The Crime and Disorder Act 1998 set up the partnership; the Wychavon Overview and Scrutiny Committee is "
          "the crime and disorder committee.\n",
          None),
    _case("carries-out-no-act",
          "Malvern Hills District Council\n\n"
          "The Malvern Hills Overview and Scrutiny Committee carries out the Council's crime and disorder scrutiny "
          "each autumn.\n",
          None),
    _case("carries-out-after-an-aside",
          "Tewkesbury Borough Council\n\n"
          "The Tewkesbury Overview and Scrutiny Committee, chaired by Cllr Idris Penhale, carries out the Council's "
          "crime and disorder scrutiny (Police and Justice Act 2006).\n",
          None),
    _case("this-committee-carries-out",
          "Rutland County Council\n\n"
          "Under section 19 of the Police and Justice Act 2006 this Committee carries out the Council's crime and "
          "disorder scrutiny.\n",
          None),
]


@pytest.mark.parametrize(("text", "expect", "may"), CASES)
def test_crime_disorder_act_grid(text: str, expect: list, may: list) -> None:
    missed, false = grid_misses(read(text), expect, may, SCORED)
    assert not missed and not false, f"missed {missed}; false {false}"


if __name__ == "__main__":
    print_grid_score(CASES, SCORED)
