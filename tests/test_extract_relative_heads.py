"""loaders/extract/clauses.py: whose predicate a relative clause or a second verb states.

- "X, Y Police, chairs the panel, which sits under the Board": "which" hangs on "the panel", the words just
  before it, never on a name further back; "the panel" is the item's own body, or no one known.
- "A, the B Group (which also feeds into C)": the bracketed relative speaks of B alone.
- "..., and the IOM steering group reports to X": an unnamed subject of its own, not the name before the comma.
- "A new X Group, led by Y's Z service, started ... and reports to W": the group reports, not its leader."""

from __future__ import annotations

from extract_helpers import of, read

MINUTES = """Northcliffe Youth Justice Management Board
Minutes of the meeting held on 4 February 2025

6. SUB-GROUP UPDATES

6.2 Remand Review Panel - Inspector Dana Pelham, Westshire Police, chairs the panel, which sits under the Board.
"""

ANNUAL = """Safer Eastmarch Partnership
Annual Report 2024/25

Our groups
  * Drugs and Alcohol Theme Group - chaired by the council's Head of Housing.
  * Exploitation Theme Group - the Director of Children's Services, Eastmarch Council,
    Dr Imran Sethi, chairs this group, which also reports to the Eastmarch Safeguarding Children Partnership.
"""

REPORT = """Report to Cabinet
Dunwick Borough Council

6. Delivery is through three groups: the Market Square Action Group, the Dunwick VAWG Delivery Group (which
   also feeds into the Westshire VAWG Board) and the Joint Action Group.
7. Integrated Offender Management in Dunwick is led by the Probation Service jointly with Westshire Police, and
   the IOM steering group reports to the Safer Dunwick Partnership twice a year.
"""

NEWS = """Dunwick Borough Council - News

A new Youth Diversion Group, led by Westshire County Council's Youth Justice service, started meeting in January
and reports to the Safer Dunwick Partnership board.
"""


def test_which_hangs_on_the_unnamed_words_before_it() -> None:
    subgroups = of(read(MINUTES), "subgroup_of")
    assert not any(sub == "Westshire Police" for sub, _ in subgroups), subgroups
    assert any(sub.endswith("Remand Review Panel") for sub, _ in subgroups), subgroups
    reports = of(read(ANNUAL), "reports_to")
    assert not any(sub.startswith(("Drugs and Alcohol", "Eastmarch Council", "Imran")) for sub, _ in reports), reports
    assert any(sub.endswith("Exploitation Theme Group") and obj.endswith("Safeguarding Children Partnership")
               for sub, obj in reports), reports


def test_a_bracketed_relative_speaks_of_the_name_before_it() -> None:
    reports = of(read(REPORT), "reports_to")
    assert any(sub.endswith("VAWG Delivery Group") and obj.endswith("VAWG Board") for sub, obj in reports), reports
    assert not any(sub.endswith("Market Square Action Group") for sub, _ in reports), reports


def test_an_unnamed_subject_after_and_is_not_the_name_before() -> None:
    reports = of(read(REPORT), "reports_to")
    assert not any(sub in ("Westshire Police", "Probation Service") for sub, _ in reports), reports


def test_a_group_led_by_a_councils_service_reports_itself() -> None:
    reports = of(read(NEWS), "reports_to")
    assert not any("Youth Justice" in sub for sub, _ in reports), reports
    assert any(sub.endswith("Youth Diversion Group") for sub, _ in reports), reports
