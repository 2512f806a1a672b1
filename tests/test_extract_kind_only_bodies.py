"""Two general faults found on an unseen paper, each written here in several councils' styles.

1. A body named only by the kind of group it is ("Theme group chairs:", a wrapped table cell's bare "Sub-Group") is a
   description, not a body: no structure fact is made with it at either end.
2. A doubled bullet mark ("» »", ">>") opens a bullet like a single one, so the mark is not kept in the item's name.
"""

from __future__ import annotations

import pytest
from extract_helpers import of, read

from govkg.graph.model import Entity
from govkg.loaders.cleaning import clean
from govkg.loaders.extract import kind_only
from govkg.loaders.layout import read_layout

# a list of groups under an opener that names a kind of group, not the body the groups sit under
CHAIRS_BULLETS = """Source: https://www.northdale.gov.uk/csp/annual-report

Northdale Community Safety Partnership
Annual Report 2024/25

Theme group chairs for the year:
  * Knife Crime Reduction Group - Inspector Dora Quill, Northdale Police
  * Hate Incidents Forum - Pat Ormsby, Northdale Borough Council
  * Rural Crime Network - Sam Ventnor
"""

CHAIRS_DASHES = """Source: https://www.eastbury.gov.uk/partnership/annual

Safer Eastbury Partnership
Annual Statement

Delivery group leads in 2025:
- Night Economy Panel - Eastbury Borough Council
- Youth Diversion Group - Eastbury Youth Justice Service
- Fraud Awareness Group - Eastbury Police
"""

CHAIRS_WEB = """Source: https://www.westmoor.gov.uk/community-safety/who-we-are

Westmoor Safer Communities Board

Working group leads:
Road Danger Group - Westmoor District Council
Scams Prevention Group - Westmoor Trading Standards
"""


@pytest.mark.parametrize("text", [CHAIRS_BULLETS, CHAIRS_DASHES, CHAIRS_WEB])
def test_a_kind_of_group_is_no_parent(text: str) -> None:
    doc = read(text)
    for rel in ("subgroup_of", "reports_to", "part_of"):
        assert not [(s, o) for s, o in of(doc, rel) if kind_only(Entity("body", o)) or kind_only(Entity("body", s))]


@pytest.mark.parametrize(("name", "kind"), [
    ("Theme group", True), ("Barnsley Sub-Group", True), ("the Delivery Groups", True), ("Sub-committee", True),
    ("Task and Finish Group", True), ("Knife Crime Theme Group", False), ("Northdale Council", False),
    ("Youth Diversion Sub-group", False), ("Strategic Board", False),
])
def test_kind_only_names(name: str, kind: bool) -> None:
    assert kind_only(Entity("body", name)) is kind


# a table whose group cell wraps, the head noun "Sub-Group" left alone on the next row
WRAPPED_TABLE = """Source: https://www.southvale.gov.uk/safeguarding/arrangements

Southvale Safeguarding Partnership
Published Arrangements

The following groups sit under the Partnership Executive:

     Group                                        Chair
     ------------------------------------------   -----------------------------------------------
     Performance and Quality                      Designated Nurse, Southvale ICB,
     Sub-Group                                    Alex Tremayne
     Learning Review Group                        Independent Scrutineer
"""


def test_a_wrapped_cells_head_is_no_group() -> None:
    doc = read(WRAPPED_TABLE)
    for s, o in of(doc, "subgroup_of"):
        assert not kind_only(Entity("body", s)), (s, o)


@pytest.mark.parametrize("mark", [">>", "»»", "--", "••"])
def test_a_doubled_mark_opens_a_bullet(mark: str) -> None:
    text = clean(f"Our priorities:\n  {mark} Tackling knife crime\n  {mark} Safer town centres\n")
    lines = [ln for ln in read_layout(text).lines if ln.text.strip()]
    items = lines[1:]
    assert all(ln.kind == "bullet" for ln in items)
    assert [text[ln.content_start : ln.end].strip() for ln in items] == ["Tackling knife crime", "Safer town centres"]


PRIORITIES = {
    "strategy": """Source: https://www.northdale.gov.uk/csp/strategy

Northdale Community Safety Partnership

Our plan, the Northdale Community Safety Strategy 2025-2028, has three priorities:
  >> Reducing knife crime
  >> Safer night-time economy
  >> Protecting older residents from fraud
""",
    "web": """Source: https://www.eastbury.gov.uk/partnership/priorities

Safer Eastbury Partnership

The Partnership's priorities for 2025 are:

»» Reducing knife crime
»» Safer night-time economy
""",
    "minutes": """Source: https://www.westmoor.gov.uk/meetings/minutes-june

Westmoor Safer Communities Board
Minutes of the meeting held on 3 June 2025

4. The Board agreed its priorities for 2025/26:
   -- Reducing knife crime
   -- Safer night-time economy
""",
}


@pytest.mark.parametrize("style", sorted(PRIORITIES))
def test_doubled_marks_leave_no_mark_in_a_priority(style: str) -> None:
    doc = read(PRIORITIES[style])
    subjects = {s for s, _ in of(doc, "priority_of")}
    assert any(s.casefold().startswith("reducing knife crime") for s in subjects), subjects
    assert not [s for s in subjects if s[:1] in ">»-"], subjects


@pytest.mark.parametrize("text", [
    "Devon Police and Crime Panel\n\nMinutes\n\n12. The Panel set up its Budget Sub-Group. Cllr Nia Hollins was "
    "appointed chairman of the Sub-Group.\n",
    "Safer Tameside Partnership\n\nStructure\n\nGroup\tChair\nSub-Group\tNHS Tameside, Ola Brennan\n",
    "Rugby Community Safety Partnership\n\nAnnual report\n\nThe Working Group is chaired by Cllr Dev Anand.\n",
])
def test_a_chair_of_a_kind_of_group_alone_is_not_read(text: str) -> None:
    # which sub-group or working group the kind alone does not say: no chair is given to "<Place> Sub-Group"
    chairs = of(read(text), "chairs") | of(read(text), "vice_chair")
    assert not [(who, body) for who, body in chairs if kind_only(Entity("body", body))], chairs
