"""A chair the papers write of a body in initials ("The MARAC is chaired by ...") is that body's, never the chair of
the partnership the paragraph named a sentence before. Found on a never-read paper: the chair of a risk conference
was answered as the chair of the domestic abuse partnership whose update mentioned it. Papers written for these
tests, read by the whole loading path."""

from __future__ import annotations

import pytest
from question_papers import asker_over_texts

# Three councils' styles: minutes with an update item, a report paragraph, a web page's short paragraph.
PAPERS = {
    "eastmoor-csp-minutes-2024.txt": """Eastmoor Community Safety Partnership
Minutes of the meeting held on 4 March 2024

Present: Cllr Ann Tiller (Chair), Eastmoor Borough Council
Apologies: Supt Owen Barraclough, Eastshire Police

7. Domestic abuse update

Harriet Quayle gave an update on behalf of the Eastmoor Domestic Abuse Partnership. Referrals to the MARAC
(Multi-Agency Risk Assessment Conference) had risen by a tenth. The MARAC is chaired
by Supt Owen Barraclough, who had sent apologies today.
""",
    "westholm-annual-report-2024.txt": """Westholm Community Safety Partnership Annual Report 2023/24

Youth offending

The Westholm Youth Crime Board received the Youth Offending Service's annual plan in June. The YOS (Youth
Offending Service) is led by Priti Kavanagh, its Head of Service.
""",
    "northby-partnership-web-2024.txt": """About the Northby Safer Streets Partnership

The Northby Safer Streets Partnership (NSSP) brings partners together across the borough. The NSSP is chaired by
Cllr Dafydd Rowlands.
""",
}


@pytest.fixture(scope="module")
def asker(tmp_path_factory):
    yield from asker_over_texts(tmp_path_factory, "role-initials", PAPERS)


@pytest.mark.parametrize(("question", "not_answer"), [
    ("Who chairs the Eastmoor Domestic Abuse Partnership?", "Owen Barraclough"),
    ("Who leads the Westholm Youth Crime Board?", "Priti Kavanagh"),
])
def test_a_chair_written_of_other_initials_is_not_the_earlier_bodys(asker, question, not_answer):
    result = asker.ask(question)
    assert not any(not_answer in a.label for a in result.answers), result.interpretation


def test_a_chair_written_of_the_bodys_own_initials_is_its_chair(asker):
    result = asker.ask("Who chairs the Northby Safer Streets Partnership?")
    assert any("Dafydd Rowlands" in a.label for a in result.answers), result.interpretation
