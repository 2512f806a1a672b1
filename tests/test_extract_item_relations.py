"""The chair a group's list item names by a "chair:" label, with no verb to say it: the label after what the group
does ("Case Review Group - rapid reviews; chair: ..."), after a note in brackets on the group, or on a line of its
own under the item; a post with its unit and organisation in the slot. And the provider a project table's column
names for two things ("Lead / provider") delivers each row's project."""

from __future__ import annotations

from extract_helpers import of, read

SUBGROUPS = """Kestrel Bay Safeguarding Partnership
Annual report 2024-25

4. Sub-groups

The Partnership works through four sub-groups:
  * Case Review Group - rapid reviews and practice reviews; chair: Det Supt Ann Marlowe, Westshire Police
  * Training Group (multi-agency learning) - chair: Pia Lantern, Kestrel Bay Council
  * Exploitation Group
    - chair: Detective Superintendent, Public Protection, Westshire Police
  * Neglect Group - chair: Head of Early Help, Kestrel Bay Council
"""


def test_a_chair_label_after_what_the_group_does() -> None:
    chairs = of(read(SUBGROUPS), "chairs")
    assert ("Ann Marlowe", "Case Review Group") in chairs, chairs


def test_a_chair_label_after_a_note_in_brackets() -> None:
    chairs = of(read(SUBGROUPS), "chairs")
    assert ("Pia Lantern", "Training Group") in chairs, chairs


def test_a_chair_label_on_its_own_line_under_the_group() -> None:
    chairs = of(read(SUBGROUPS), "chairs")
    assert ("Detective Superintendent, Public Protection, Westshire Police", "Exploitation Group") in chairs, chairs
    assert ("Head of Early Help, Kestrel Bay Council", "Neglect Group") in chairs, chairs


TWO_BODIES = """Northvale Community Safety Partnership
Structure

  - Youth Panel, hosted by Northvale Youth Justice Service, meets monthly; chair: Sam Idris
  - Reducing Reoffending Group.
    - chair: Tom Varley
"""


def test_a_label_after_two_bodies_or_under_a_closed_item_reads_no_chair() -> None:
    chairs = of(read(TWO_BODIES), "chairs")
    # two bodies before the slot: which one it chairs is unclear; an item closed by a full stop has no slot under it
    assert not any(person in ("Sam Idris", "Tom Varley") for person, _ in chairs), chairs


PROJECTS = """Westmere Community Safety Partnership
Annual report 2024/25

Table 2: Projects funded in 2024/25
 Project                          Lead / provider                 Amount
 Night-time street patrols        Westshire Police                £11,200
 Youth diversion sessions         Brightpath Youth Trust          £8,400
 Total                                                            £19,600
"""

SLASHED = """Harrowgate Safer Streets Group
Funding note, June 2025

Scheme | Delivery partner / lead | 2025/26
Safe space on Friday nights | Harrowgate Street Angels | £6,000
Bike marking events | Harrowgate Borough Council | £1,500
"""


def test_a_provider_column_named_for_two_things_says_who_delivers_each_project() -> None:
    delivers = of(read(PROJECTS), "delivers")
    assert ("Westshire Police", "Night-time street patrols") in delivers, delivers
    assert ("Brightpath Youth Trust", "Youth diversion sessions") in delivers, delivers
    assert not any(obj == "Total" for _, obj in delivers)
    delivers = of(read(SLASHED), "delivers")
    assert ("Harrowgate Street Angels", "Safe space on Friday nights") in delivers, delivers
