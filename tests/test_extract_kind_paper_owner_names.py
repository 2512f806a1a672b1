"""loaders/extract/publications.py (owners_names_for_kind_papers): a paper named by its kind alone takes its area's
name; once a body is read as making it, the paper is also known by the body's own names."""

from __future__ import annotations

import pytest
from extract_helpers import read

REDDITCH = """Redditch Borough Council

Community safety update

The Safer Redditch Partnership (SRP) produced its Strategic Assessment 2025 in May, and the SRP will use it to set
priorities.
"""

TAMWORTH = """TAMWORTH BOROUGH COUNCIL
Report to Scrutiny Committee

3. The Strategic Assessment was prepared by the Tamworth Community Safety Partnership in March.
"""

ASHFORD = """Ashford Borough Council
Cabinet report

4. The Annual Plan 2025-26 is produced by the Ashford Safeguarding Adults Board (ASAB) and sets out its work.
"""


def paper_of(text: str, maker: str):
    doc = read(text)
    (fact,) = [f for f in doc.facts if f.relation == "produces" and f.subject.name == maker]
    return next(e for e in doc.entities if e.iri == fact.object.iri)


@pytest.mark.parametrize(
    "text, maker, area_name, makers_name",
    [
        (REDDITCH, "Safer Redditch Partnership", "Redditch Strategic Assessment 2025",
         "Safer Redditch Partnership Strategic Assessment 2025"),
        (TAMWORTH, "Tamworth Community Safety Partnership", "Tamworth Strategic Assessment",
         "Tamworth Community Safety Partnership Strategic Assessment"),
        (ASHFORD, "Ashford Safeguarding Adults Board", "Ashford Annual Plan 2025-26", "ASAB Annual Plan 2025-26"),
    ],
)
def test_a_kind_paper_is_known_by_its_area_and_by_its_maker(text: str, maker: str, area_name: str,
                                                            makers_name: str) -> None:
    paper = paper_of(text, maker)
    assert paper.name == area_name
    assert makers_name in paper.aliases


def test_a_paper_with_a_name_of_its_own_is_not_renamed_after_its_maker() -> None:
    text = ("Redditch Borough Council\n\nThe Safer Redditch Partnership (SRP) produced the Redditch Night-Time "
            "Economy Review in May.\n")
    doc = read(text)
    for f in doc.facts:
        if f.relation == "produces":
            paper = next(e for e in doc.entities if e.iri == f.object.iri)
            assert not any(a.startswith("Safer Redditch Partnership") for a in paper.aliases)
