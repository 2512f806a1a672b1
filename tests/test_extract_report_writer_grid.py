"""A grid of the report-writer form: a council paper's head block names who wrote the paper ("Report author:",
"Author:", "Report of:", "Report owner:", "Report by:") and what it is called ("Title:", "Report title:",
"Subject:", or the line linking the report's PDF). The writer, a person or a post, produces the paper.

Short papers invented for the test, each in another council's style, each varying one or two dimensions: the
label's wording and case, a bilingual label, a person or a post as the writer, the writer's post after a comma, a
value wrapped onto a second line, the title as a field or as the linked PDF's name, the title in capitals, two
authors, and the labels that name no writer (a contact officer, a lead member, a sponsor). Run the module as a
script for the grid's score: `python tests/test_extract_report_writer_grid.py`.
"""

from __future__ import annotations

import sys
from dataclasses import dataclass

import pytest
from extract_helpers import read


@dataclass(frozen=True)
class Case:
    name: str
    text: str
    facts: frozenset[tuple[str, str]]  # (writer, paper) of every produces fact the head block states


def case(name: str, text: str, *facts: tuple[str, str]) -> Case:
    return Case(name, text, frozenset(facts))


_BODY = "\n\n1.  Purpose of the report\n\n1.1  This report updates Members on the work of the partnership.\n"

CASES = [
    case("author-person-with-post",
         "Northdale Borough Council\n\n"
         "Report to:     Overview and Scrutiny Committee\n"
         "Date:          5 March 2025\n"
         "Title:         Safer Northdale Partnership - Annual Review 2024/25\n"
         "Author:        Tamsin Oakridge, Community Safety Manager\n" + _BODY,
         ("Tamsin Oakridge", "Safer Northdale Partnership - Annual Review 2024/25")),
    case("report-of-post",
         "Rivermouth City Council\n\n"
         "Report to:     Cabinet\n"
         "Title:         Community Safety Fund 2025/26\n"
         "Report of:     Director of Neighbourhoods\n" + _BODY,
         ("Director of Neighbourhoods", "Community Safety Fund 2025/26")),
    case("report-of-and-author",
         "Hallam Vale District Council\n\n"
         "Meeting:       Communities Committee\n"
         "Report title:  Hallam Vale Community Safety Partnership - performance update\n"
         "Report of:     Head of Housing and Community Safety\n"
         "Report author: Desmond Achterberg, Partnerships Officer\n" + _BODY,
         ("Head of Housing and Community Safety", "Hallam Vale Community Safety Partnership - performance update"),
         ("Desmond Achterberg", "Hallam Vale Community Safety Partnership - performance update")),
    case("capitals-labels-and-subject",
         "WESTBRIDGE METROPOLITAN BOROUGH COUNCIL\n\n"
         "REPORT TO:      Cabinet\n"
         "DATE:           12 June 2024\n"
         "REPORT OF:      Assistant Director, Safer Communities\n"
         "SUBJECT:        SAFER WESTBRIDGE GRANTS PROGRAMME 2024/25\n" + _BODY,
         ("Assistant Director, Safer Communities", "Safer westbridge grants programme 2024/25")),
    case("report-owner-wrapped-post",
         "Eastcliff Council\n\n"
         "Meeting of:            Safer Communities Scrutiny Committee\n"
         "Report Title:          Eastcliff Community Safety Partnership - Annual Report\n"
         "Report Owner:          Cabinet Member for Housing, Leisure and\n"
         "                       Community Safety\n"
         "Responsible Officer:   Director of Place\n" + _BODY,
         ("Cabinet Member for Housing, Leisure and Community Safety",
          "Eastcliff Community Safety Partnership - Annual Report")),
    case("bilingual-labels-wrapped-title",
         "Cyngor Sir Maesglas / Maesglas County Council\n\n"
         "Adroddiad i / Report to:      Communities Scrutiny Committee\n"
         "Awdur yr adroddiad /\n"
         "Report author:                Gethin Llewelyn-Pryce, Community Safety Manager\n"
         "Teitl / Title:                Safer Maesglas Partnership - annual\n"
         "                              update 2024/25\n" + _BODY,
         ("Gethin Llewelyn-Pryce", "Safer Maesglas Partnership - annual update 2024/25")),
    case("decision-record-pdf-line",
         "Oldacre Borough Council\n\n"
         "RECORD OF EXECUTIVE DECISION\n\n"
         "Decision title:       Allocation of Community Safety Grants 2025/26\n"
         "Decision maker:       Cabinet\n"
         "Report author:        Imogen Fairweather-Lutz, Community Safety Officer\n"
         "Key decision:         Yes\n\n"
         "  pdf icon PDF 120 KB   Report to Cabinet - Community Safety Grants 2025-26\n"
         "  pdf icon PDF 60 KB    Appendix A - Grant Allocations 2025-26\n",
         ("Imogen Fairweather-Lutz", "Report to Cabinet - Community Safety Grants 2025-26")),
    case("author-alone-no-post",
         "Southmere Domestic Abuse Local Partnership Board\n\n"
         "Date of meeting:   9 October 2024\n"
         "Agenda item:       5\n"
         "Title:             Safe Accommodation Needs Assessment refresh\n"
         "Author:            Ravinder Holloway-Sands\n" + _BODY,
         ("Ravinder Holloway-Sands", "Safe Accommodation Needs Assessment refresh")),
    case("two-authors-slash",
         "Kingsholme District Council\n\n"
         "Report to: Scrutiny Panel\n"
         "Title: Kingsholme Community Safety Partnership - six-month report\n"
         "Author: Petra Lindqvist/Omar Baptiste-Hale\n" + _BODY,
         ("Petra Lindqvist", "Kingsholme Community Safety Partnership - six-month report"),
         ("Omar Baptiste-Hale", "Kingsholme Community Safety Partnership - six-month report")),
    case("report-by-person-post-in-brackets",
         "Office of the Police, Fire and Crime Commissioner for Northmoor\n\n"
         "Title: Core community safety funding allocations 2025-26\n"
         "Report by: Lucinda Marchetti (Head of Partnerships and Commissioning)\n"
         "Date: 3 February 2025\n" + _BODY,
         ("Lucinda Marchetti", "Core community safety funding allocations 2025-26")),
    case("report-of-person-then-post",
         "Ashworth Borough Council\n\n"
         "Cabinet\n\n"
         "Title:        Ashworth Safer Streets bid\n"
         "Report of:    Samira Kovac, Director of Communities\n" + _BODY,
         ("Samira Kovac", "Ashworth Safer Streets bid")),
    case("report-of-post-then-person",
         "Brackenfield District Council\n\n"
         "Title:        Community safety funding 2025/26\n"
         "Report of:    Corporate Director (Place), Hollis Rainsford\n" + _BODY,
         ("Hollis Rainsford", "Community safety funding 2025/26")),
    case("title-below-author",
         "Greyford City Council\n\n"
         "Report author: Winifred Abara, Prevent Co-ordinator\n"
         "Report title:  Prevent annual assurance report 2024\n"
         "Report to:     Safer Greyford Board\n" + _BODY,
         ("Winifred Abara", "Prevent annual assurance report 2024")),
    case("written-by-label",
         "Lowmarsh Community Safety Partnership\n\n"
         "Paper title:  Strategic assessment headlines 2025\n"
         "Written by:   Aurelio Bancroft, Partnership Analyst\n"
         "For:          Information\n" + _BODY,
         ("Aurelio Bancroft", "Strategic assessment headlines 2025")),
    case("report-from-post",
         "Thornbury Heath Council\n\n"
         "Subject:      Review of CCTV provision\n"
         "Report from:  Head of Regulatory Services\n"
         "Report to:    Licensing and Community Safety Committee\n" + _BODY,
         ("Head of Regulatory Services", "Review of CCTV provision")),
    # the head block names no title: no paper to attach the writer to
    case("author-without-title",
         "Marlow Fen Parish Council\n\n"
         "Report author: Quentin Arbuthnot, Clerk\n"
         "Date: 4 April 2024\n" + _BODY),
    # labels that name someone who did not write the paper
    case("contact-officer-only",
         "Pennock Borough Council\n\n"
         "Title:            Community Safety Update\n"
         "Contact officer:  Beatrix Osei, Community Safety Officer\n"
         "Lead Member:      Cllr Hugo Farrant\n" + _BODY),
    case("sponsor-and-lead-officer-not-writers",
         "Cresswell District Council\n\n"
         "Title:           Serious Violence Duty - local response\n"
         "Sponsor:         Director of Public Health\n"
         "Lead Officer:    Ingrid Castellanos\n"
         "Report author:   Felix Okonedo-Marsh, Public Health Principal\n" + _BODY,
         ("Felix Okonedo-Marsh", "Serious Violence Duty - local response")),
    # a label inside the body of the paper is no head block's
    case("author-label-deep-in-text",
         "Tarnside Safer Communities Board\n\nMinutes of the meeting held on 2 May 2024\n\n"
         "1.  Welcome\n\nThe Chair welcomed members.\n\n"
         "2.  Annual report\n\nThe annual report was noted.\n\n" + "Further discussion followed.\n\n" * 30 +
         "Title: Notes of discussion\nAuthor: Clara Mbeki\n"),
    case("pdf-line-not-a-report",
         "Fenwick Vale Council\n\n"
         "Decision maker:   Cabinet Member for Communities\n"
         "Report author:    Rhodri Penhallow, Community Safety Manager\n\n"
         "  pdf icon PDF 88 KB   Appendix B - Equality Impact Assessment\n"),
    case("author-then-post-line",
         "Dunmere Borough Council\n\n"
         "Report to:   Community Safety Scrutiny Panel\n"
         "Title:       Anti-social behaviour enforcement review\n"
         "Author:      Leopold Aguilar-Finch, ASB Team Leader\n"
         "Tel:         01234 567890\n" + _BODY,
         ("Leopold Aguilar-Finch", "Anti-social behaviour enforcement review")),
]


def score(c: Case) -> tuple[int, set, set]:
    doc = read(c.text)
    # a writer is a person or a post: what bodies produce is other forms' business
    got = {(f.subject.name, f.object.name) for f in doc.facts if f.relation == "produces" and
           f.subject.kind in ("person", "post")}
    # a paper is matched by any name it was given
    names = {e.name: {e.name, *e.aliases} for e in doc.entities if e.kind == "publication"}
    found = {(s, o) for s, o in c.facts if any(s == gs and o in names.get(go, {go}) for gs, go in got)}
    false = {(s, o) for s, o in got if not any(s == cs and co in names.get(o, {o}) for cs, co in c.facts)}
    return len(found), c.facts - found, false


@pytest.mark.parametrize("c", CASES, ids=[c.name for c in CASES])
def test_report_writer_grid(c: Case) -> None:
    _, missed, false = score(c)
    assert not missed and not false, f"missed {sorted(missed)}; false {sorted(false)}"


if __name__ == "__main__":  # the grid's score: facts right of stated, false facts, cases read right
    right = false = stated = whole = 0
    for c in CASES:
        r, missed, wrong = score(c)
        right, false, stated = right + r, false + len(wrong), stated + len(c.facts)
        whole += not missed and not wrong
        if missed or wrong or "-v" in sys.argv:
            print(f"{c.name}: missed {sorted(missed)} false {sorted(wrong)}")
    print(f"grid: {right}/{stated} facts right, {false} false, {whole}/{len(CASES)} cases whole")
