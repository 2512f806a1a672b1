"""A grid of the statements that list priorities, and the one owner each gives them to (examples/CONVENTIONS.md A).

Every paper is invented (real or invented places, invented people), in several councils' styles. A plan, strategy or
agreement owns the priorities it sets, has, names, lists or keeps, and those that are "the priorities of" it or "the
plan's"; a body owns "the partnership's priorities" and those it identified or agreed, wherever they are written down
("in its Partnership Plan"); "Its priorities are" after a sentence about a paper are that paper's. One statement never
gives its priorities to both the plan and the body; where the words, the section and the paper name no owner,
nothing is added. `python tests/test_priority_owner_grid.py` prints the grid's score.
"""

from __future__ import annotations

import pytest
from extract_helpers import grid_misses, print_grid_score, read

Fact = tuple[str, str, str]
_SCORED = ("priority_of",)


def _case(name: str, text: str, expect: list[Fact], may: list[Fact] | None = None) -> tuple:
    return pytest.param(text, expect, may or [], id=name)


def _all(topics: list[str], owner: str) -> list[Fact]:
    return [(t, "priority_of", owner) for t in topics]


CASES = [
    _case("titled-plan-sets-inline", """Kelmscott Community Safety Partnership
Annual Report 2024

The Kelmscott Community Safety Plan 2024-2027 sets three priorities: rural theft, domestic abuse and speeding.
""", _all(["rural theft", "domestic abuse", "speeding"], "Kelmscott Community Safety Plan 2024-2027")),

    _case("owner-titled-plan-names-inline-not-both", """Ashcombe District Council
Overview and Scrutiny Committee, 12 March 2025

The Ashcombe Partnership Plan 2023-26 names four priorities: shop theft, hate crime, drug harm and road safety.
""", _all(["shop theft", "hate crime", "drug harm", "road safety"], "Ashcombe Partnership Plan 2023-26")),

    _case("plan-approved-by-body-has-bullets", """Marlowe Borough Council
Report to the Crime and Disorder Committee

4.2 The Marlowe Community Safety Plan 2024-2027, approved by the Marlowe Community Safety Partnership in May
2024, has three priorities:
(a) reducing burglary;
(b) tackling exploitation;
(c) safer roads.
""", _all(["reducing burglary", "tackling exploitation", "safer roads"], "Marlowe Community Safety Plan 2024-2027")),

    _case("plan-agreed-by-body-and-has", """Penhallow Borough Council
Scrutiny Committee report, June 2025

The Penhallow Community Safety Partnership met in May. The Penhallow Community Safety Plan 2024-27 was agreed by the
Partnership in June 2024 and has three priorities: reducing shoplifting, tackling hate crime and safer parks.
""", _all(["reducing shoplifting", "tackling hate crime", "safer parks"], "Penhallow Community Safety Plan 2024-27")),

    _case("which-has-after-plan", """Wessex Downs Police and Crime Panel
Minutes of the meeting held on 4 February 2025

The Commissioner presented an update on the Wessex Downs Police and Crime Plan 2024-2028, which has three
priorities: catching offenders, helping victims and safer rural roads.
""", _all(["catching offenders", "helping victims", "safer rural roads"],
          "Wessex Downs Police and Crime Plan 2024-2028")),

    _case("its-after-an-agreed-strategy", """Fernleigh Community Safety Partnership
Annual Report 2024

In April 2024 the Partnership agreed the Fernleigh Community Safety Strategy 2024-2027.
Its priorities are:
- fewer knife offences
- safer town centre nights
""", _all(["fewer knife offences", "safer town centre nights"], "Fernleigh Community Safety Strategy 2024-2027")),

    _case("fronted-date-then-its-on-one-line", """Hartwell Community Safety Partnership
About us

In May 2025 the Partnership agreed the Hartwell Community Safety Plan 2025-2028. Its priorities are:
  * safer bus stations
  * reducing cycle theft
""", _all(["safer bus stations", "reducing cycle theft"], "Hartwell Community Safety Plan 2025-2028")),

    _case("its-after-a-strategy-drafted", """Thornbury Borough Council
Domestic Abuse Partnership Board, 9 January 2025

5.1 The refreshed Thornbury Safe Accommodation Strategy 2025-2028 was drafted by the Domestic Abuse Lead. Its
priorities are: more refuge places; support for children in refuge; and faster rehousing.
""", _all(["more refuge places", "support for children in refuge", "faster rehousing"],
          "Thornbury Safe Accommodation Strategy 2025-2028")),

    _case("its-after-a-body-stays-the-body", """Brindle Vale Council
Cabinet report

The Brindle Vale Community Safety Partnership meets quarterly and reports to the Council. Its priorities are: arson,
fly-tipping and youth disorder.
""", _all(["arson", "fly-tipping", "youth disorder"], "Brindle Vale Community Safety Partnership")),

    _case("body-identified-them-in-its-plan", """Northamptonshire Police, Fire and Crime Commissioner
Decision record 2025/014

The Corby Community Safety Partnership has identified its priorities for 2025/26 in its Partnership Plan: cycle
theft; county lines; and street drinking.
""", _all(["cycle theft", "county lines", "street drinking"], "Corby Community Safety Partnership")),

    _case("partnerships-priorities-as-set-out-in-plan", """Quarry Vale Community Safety Partnership
Annual Report 2024

The Partnership's priorities, as set out in the Quarry Vale Plan 2024-2027, are: rural crime, hate crime and
drug harm.
""", _all(["rural crime", "hate crime", "drug harm"], "Quarry Vale Community Safety Partnership")),

    _case("priorities-of-a-bodys-plan", """Office of the Police and Crime Commissioner for Lincolnshire
Grant decision notice 2024/09

The grant is paid to the Gainsthorpe Community Safety Partnership. The money must be spent on the
priorities of the Partnership's Safer Gainsthorpe Plan 2023-2026:
- tackling rural theft
- reducing domestic abuse
""", _all(["tackling rural theft", "reducing domestic abuse"], "Safer Gainsthorpe Plan 2023-2026")),

    _case("the-plans-priorities-are", """Tarnbrook Borough Council
Cabinet, 3 July 2025

The Tarnbrook Community Safety Partnership adopted the Tarnbrook Community Safety Plan 2025-2028 in March. The Plan's
three priorities are safer parks, fewer burglaries, and less street drinking.
""", _all(["safer parks", "fewer burglaries", "less street drinking"], "Tarnbrook Community Safety Plan 2025-2028")),

    _case("draft-plan-sets-out-for-the-partnership", """Hollin Community Safety Partnership
Board minutes, 14 November 2024

6. The draft Hollin Community Safety Plan 2025-2028 was presented by the Community Safety Manager. The draft plan
sets out four priorities for the Partnership:
- vehicle crime;
- anti-social behaviour;
- exploitation;
- hate crime.
""", _all(["vehicle crime", "anti-social behaviour", "exploitation", "hate crime"],
          "Hollin Community Safety Plan 2025-2028")),

    _case("plan-whose-priorities-are", """Brackley Town Council
Grants panel, 2 May 2024

Grants follow the Brackley Partnership Plan 2022-2025, whose priorities are: rural theft; domestic abuse; and
speeding.
""", _all(["rural theft", "domestic abuse", "speeding"], "Brackley Partnership Plan 2022-2025")),

    _case("kind-named-plan-sets-keeps-the-plan", """Wendale Community Safety Partnership
Annual Report 2024

The Partnership Plan 2022-2025 sets three priorities:
1. Shop theft
2. Youth violence
3. Drug harm
""", [], may=_all(["Shop theft", "Youth violence", "Drug harm"], "Wendale Partnership Plan 2022-2025") +
          _all(["Shop theft", "Youth violence", "Drug harm"], "Partnership Plan 2022-2025")),

    _case("body-agreed-under-its-own-tor", """Safer Elmsworth Partnership
Terms of Reference 2024

1.3 For 2024-2027 the Partnership has agreed three priorities:
- anti-social behaviour in the town centre;
- domestic abuse;
- county lines.
""", _all(["anti-social behaviour in the town centre", "domestic abuse", "county lines"],
          "Safer Elmsworth Partnership")),

    _case("board-possessive-inline", """Rowan Vale Council
Scrutiny Panel, 8 October 2024

The Rowan Vale Safeguarding Board's priorities for 2024/25 are neglect, exploitation and self-neglect.
""", _all(["neglect", "exploitation", "self-neglect"], "Rowan Vale Safeguarding Board")),

    _case("two-statements-two-owners", """Kestrel Bay Community Safety Partnership
Annual Report 2025

The Kestrel Bay Community Safety Plan 2025-2028 sets three priorities: beach safety, shop theft and
arson.

Separately, the Partnership has agreed three priorities for this year: fly-tipping, speeding and dog fouling.
""", _all(["beach safety", "shop theft", "arson"], "Kestrel Bay Community Safety Plan 2025-2028") +
          _all(["fly-tipping", "speeding", "dog fouling"], "Kestrel Bay Community Safety Partnership")),

    _case("strategy-has-bullets-after-heading", """Oxbridge Road Serious Violence Partnership
Strategy report

2. Priorities
The Oxbridge Road Serious Violence Strategy 2024-2027 has three priorities:
- knife carrying by under-25s
- violence in the night-time economy
- domestic homicide prevention
""", _all(["knife carrying by under-25s", "violence in the night-time economy", "domestic homicide prevention"],
          "Oxbridge Road Serious Violence Strategy 2024-2027")),

    _case("our-plan-has-on-the-bodys-page", """Safer Dunmore Partnership
What we do

Our Partnership Plan 2024-2027 has three priorities:
1. Safer high streets
2. Reducing harm from gambling
3. Tackling hate crime
""", _all(["Safer high streets", "Reducing harm from gambling", "Tackling hate crime"], "Safer Dunmore Partnership")),

    _case("our-titled-strategy-keeps-it", """Safer Bramcote Partnership
Our work

Our plan, the Safer Bramcote Strategy 2024-2027, has three priorities:
- Safer parks
- Fewer scams
- Less speeding
""", _all(["Safer parks", "Fewer scams", "Less speeding"], "Safer Bramcote Strategy 2024-2027")),

    _case("not-said-residents-asked", """Harrowfield Gazette
News, 3 March 2025

Residents who answered the survey were asked about priorities: parking, litter and speeding.
""", []),

    _case("not-said-its-after-a-plan-in-another-paragraph", """Craybourne District Council
Select Committee minutes, 2 June 2022

The district partnership's action plan feeds into the Northshire Community Safety Plan 2021-2024.

Its priorities for 2022/23 are:
1. road safety;
2. fly-tipping.
""", [], may=_all(["road safety", "fly-tipping"], "Craybourne District Council") +
          _all(["road safety", "fly-tipping"], "Craybourne Select Committee")),

    _case("commissioner-his-priorities", """Lowmoor Police and Crime Panel
Minutes, 5 September 2024

The Commissioner set out in the Police and Crime Plan his priorities of fewer burglaries, safer roads and
quicker answers to 101 calls.
""", [], may=_all(["fewer burglaries", "safer roads", "quicker answers to 101 calls"], "Commissioner") +
          _all(["fewer burglaries", "safer roads", "quicker answers to 101 calls"],
               "Police and Crime Commissioner for Lowmoor")),
]


@pytest.mark.parametrize(("text", "expect", "may"), CASES)
def test_priority_owner_grid(text: str, expect: list[Fact], may: list[Fact]) -> None:
    missed, false = grid_misses(read(text), expect, may, _SCORED)
    assert not missed and not false, f"missed {missed}; false {false}"


if __name__ == "__main__":
    print_grid_score(CASES, _SCORED)
