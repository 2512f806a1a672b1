"""A grid of papers' own frames: who wrote, owns or decided a paper produces it.

A committee report, a board paper or a decision notice opens with a block of fields: the paper's title and who
wrote it ("Report author:", "Author:", "Report of:", "Report Owner:", "Owner:"), or a notice's kind and number
beside its heading ("DECISION NOTICE   DN 2025/014"). Each case is a short paper invented for the test, in another
council's style, varying one dimension of the form: the label, a colon or a two-cell row, a title wrapped onto the
next line, a bilingual label, a writer named as a post alone or as a post then a person, an author at the
paper's foot, a notice's number beside its heading with or without a label of its own. Two cases say what the
frame does not give: a contact officer writes nothing, a frame of two titles is an agenda's, and a decision's
record is titled by the decision, not by the report its author wrote, and a report to a cabinet is cited by the
decision and the meeting it asks for more than by its title.

A case passes when every stated fact is read and no other produces fact is read from it. Run the module as a
script for the grid's score: `python tests/test_extract_cover_sheet_grid.py`.
"""

from __future__ import annotations

import pytest
from extract_helpers import grid_misses, print_grid_score, read

P = "produces"
SCORED = (P,)


def _case(name: str, text: str, expect: list[tuple[str, str, str]], may: tuple = ()):
    return pytest.param(text, expect, list(may), id=name)


CASES = [
    _case("report-title-and-report-author",
          "Tamworth Borough Council\n\n"
          "Report Title:      Safer Tamworth Partnership - annual review 2024/25\n"
          "Name of Committee: Community Scrutiny Committee\n"
          "Report author:     Imogen Thackeray, Community Safety Officer\n"
          "Ward Relevance:    All\n\n"
          "1. Summary\n\nThis report reviews the year.\n",
          [("Imogen Thackeray", P, "Safer Tamworth Partnership - annual review 2024/25")]),
    _case("title-then-author-label",
          "Harlow Council\n\nReport to:   Overview Committee\nDate:        3 March 2025\n"
          "Title:       Community safety grants - outcomes 2024/25\n"
          "Author:      Declan Moorcroft, Partnerships Manager\n\n"
          "1. Purpose\n\nTo set out what the grants achieved.\n",
          [("Declan Moorcroft", P, "Community safety grants - outcomes 2024/25")]),
    _case("report-of-post-then-person",
          "Stroud District Council\n\nScrutiny Panel          Agenda Item 5\n\n"
          "Title:        Safer Stroud update 2024\n"
          "Report of:    Director of Communities, Bethany Oakes\n"
          "Key decision: No\n\n"
          "1. Purpose of report\n\nThe Panel receives its yearly update.\n",
          [("Bethany Oakes", P, "Safer Stroud update 2024")]),
    _case("report-of-post-alone",
          "Mansfield District Council\n\nReport to:    Scrutiny Committee\n"
          "Title:        Anti-social behaviour review 2024\n"
          "Report of:    Director of Place\n"
          "Author:       Kwabena Frimpong, Community Safety Lead\n\n"
          "1. Purpose\n\nTo review anti-social behaviour work.\n",
          [("Kwabena Frimpong", P, "Anti-social behaviour review 2024")],
          may=[("Director of Place", P, "Anti-social behaviour review 2024"),
               ("Director of Place, Mansfield District Council", P, "Anti-social behaviour review 2024")]),
    _case("subject-label-and-report-by",
          "From:     Cabinet Member for Communities\n"
          "To:       Policy Committee - 4 June 2025\n"
          "Subject:  Domestic abuse safe accommodation - annual return\n"
          "Report by: Olwen Carraway, Domestic Abuse Coordinator\n\n"
          "Summary: this report gives the annual return.\n",
          [("Olwen Carraway", P, "Domestic abuse safe accommodation - annual return")]),
    _case("title-wrapped-onto-next-line",
          "Torridge District Council\n\nTorridge Community Safety Partnership\n\n"
          "Meeting date:   14 May 2025\n"
          "Title:          Serious violence needs assessment and local\n"
          "                response plan 2025\n"
          "Report author:  Fenella Braithwaite, Community Safety Manager\n\n"
          "1. Purpose\n\nFor decision.\n",
          [("Fenella Braithwaite", P, "Serious violence needs assessment and local response plan 2025")]),
    _case("author-wrapped-onto-next-line",
          "Rother District Council\n\nMeeting date:  2 April 2025\n"
          "Title:         Hate crime action plan refresh\n"
          "Report author: Tobias Wainwright-Hale, Community Safety and Resilience\n"
          "               Officer\n\n"
          "1. Background\n\nThe plan is refreshed each spring.\n",
          [("Tobias Wainwright-Hale", P, "Hate crime action plan refresh")]),
    _case("two-cell-rows-without-colons",
          "Report to\tCommunities Committee\tItem\n"
          "\t9 October 2025\t7\n"
          "Report of\tHead of Neighbourhoods\n"
          "Subject\tKnife crime prevention in Eastleigh - annual report\n\n"
          "Purpose\n\nTo inform the committee.\n",
          [("Head of Neighbourhoods", P, "Knife crime prevention in Eastleigh - annual report")],
          may=[("Head of Neighbourhoods, Eastleigh Borough Council", P,
                "Knife crime prevention in Eastleigh - annual report")]),
    _case("report-owner-post",
          "Meeting of:             Safer Communities Scrutiny Committee\n"
          "Report Title:           Safer Conwy Partnership - annual update 2024/25\n"
          "Report Owner:           Cabinet Member for Housing and Regulatory Services\n"
          "Responsible Officer:    Director of Environment\n\n"
          "Executive Summary\n\nThe Partnership met four times.\n",
          [("Cabinet Member for Housing and Regulatory Services", P,
            "Safer Conwy Partnership - annual update 2024/25")]),
    _case("bilingual-labels",
          "Adroddiad i / Report to:   Communities Scrutiny Committee\n"
          "Awdur yr adroddiad / Report author:   Gwion Pritchard, Community Safety Manager\n"
          "Teitl / Title:   Safer Ceredigion Partnership - annual update 2025\n\n"
          "1. Purpose\n\nThe committee reviews the Partnership each year.\n",
          [("Gwion Pritchard", P, "Safer Ceredigion Partnership - annual update 2025")]),
    _case("author-at-the-foot",
          "Selby Council\n\nScrutiny Committee          Agenda Item 6\n\n"
          "Title:            Community safety partnership annual review\n"
          "Contact officer:  Priyanka Dholakia, Community Safety Manager\n\n"
          "1. Purpose\n\nThe committee reviews the partnership.\n\n"
          "2. Recommendation\n\nThat the committee notes the report.\n\n"
          "Background papers: none\n"
          "Author: Priyanka Dholakia, Community Safety Manager. Tel: 01757 000000\n",
          [("Priyanka Dholakia", P, "Community safety partnership annual review")]),
    _case("board-paper-with-sponsor",
          "Fenland Domestic Abuse Local Partnership Board\n\n"
          "Agenda item:   4\n"
          "Title:         Safe accommodation allocations 2025/26\n"
          "Report author: Lowri Hargreaves, Domestic Abuse Coordinator\n"
          "Sponsor:       Ruaridh Campbell, Head of Housing\n\n"
          "1. Purpose\n\nFor approval.\n",
          [("Lowri Hargreaves", P, "Safe accommodation allocations 2025/26")]),
    _case("owner-of-terms-of-reference-with-title",
          "Title:  Hambleton Prevent Steering Group terms of reference\n"
          "Owner:  Head of Environmental Health\n"
          "Version: 2.1\n\n"
          "1. Purpose\n\nThe Group coordinates Prevent work.\n",
          [("Head of Environmental Health", P, "Hambleton Prevent Steering Group terms of reference")],
          may=[("Head of Environmental Health, Hambleton District Council", P,
                "Hambleton Prevent Steering Group terms of reference")]),
    _case("prepared-by",
          "Redditch Borough Council\n\nCommunity Safety Partnership Board\n\n"
          "Title:        Retail crime in the town centre\n"
          "Prepared by:  Esme Lockhart-Yeo, Partnership Analyst\n\n"
          "1. Summary\n\nShop theft rose this year.\n",
          [("Esme Lockhart-Yeo", P, "Retail crime in the town centre")]),
    # -- decision notices whose number stands beside the heading
    _case("notice-number-beside-heading-labelled",
          "Cumbria Police and Crime Commissioner\n\n"
          "RECORD OF DECISION   |   Decision number: 2025/044\n\n"
          "Title:            Community safety grants for Allerdale, 2025/26\n"
          "Decision maker:   Cumbria Police and Crime Commissioner\n"
          "Report author:    Ravinder Sahota, Commissioning Officer\n"
          "Date of decision: 2 June 2025\n\n"
          "1. Summary\n\nGrants are made each year.\n",
          [("Cumbria Police and Crime Commissioner", P, "Decision 2025/044"),
           ("Ravinder Sahota", P, "Decision 2025/044")]),
    _case("notice-number-beside-heading-bare",
          "OFFICE OF THE DORSET POLICE AND CRIME COMMISSIONER\n\n"
          "DECISION NOTICE  DN 2025/009\n\n"
          "Title:            Locality fund 2025/26 - Purbeck\n"
          "Decision maker:   Dorset Police and Crime Commissioner\n"
          "Report author:    Maisie Trevelyan, Partnerships Manager\n\n"
          "1. Summary of the decision\n\nThe fund supports local projects.\n",
          [("Dorset Police and Crime Commissioner", P, "DN 2025/009"),
           ("Maisie Trevelyan", P, "DN 2025/009")]),
    _case("notice-number-beside-heading-no-dot",
          "OFFICE OF THE POLICE AND CRIME COMMISSIONER FOR SUFFOLK\n\n"
          "DECISION RECORD                       Decision No. 2025/31\n\n"
          "Title:              Community safety grants in Waveney 2025/26\n"
          "Decision maker:     Police and Crime Commissioner for Suffolk\n"
          "Report author:      Callum Ferreira, Commissioning Manager\n\n"
          "1. Purpose of the decision\n\nApproval is sought.\n",
          [("Callum Ferreira", P, "Decision 2025/31")],
          may=[("Suffolk Police and Crime Commissioner", P, "Decision 2025/31"),
               ("Police and Crime Commissioner for Suffolk", P, "Decision 2025/31")]),
    _case("notice-number-beside-heading-reference-label",
          "Merseyside Police and Crime Commissioner\n\n"
          "DECISION NOTICE - Ref: MPCC 2025/12\n\n"
          "Title:           Knife crime fund for Sefton\n"
          "Decision maker:  Merseyside Police and Crime Commissioner\n"
          "Report author:   Oisin Delahunty, Policy Officer\n\n"
          "1. Decision\n\nThe fund is approved.\n",
          [("Oisin Delahunty", P, "MPCC 2025/12")],
          may=[("Merseyside Police and Crime Commissioner", P, "MPCC 2025/12")]),
    _case("report-authors-two-people",
          "Dacorum Borough Council\n\nReport to:   Overview and Scrutiny Committee\n"
          "Title:       Dacorum community safety partnership plan 2025-28\n"
          "Author:      Anwen Bickerstaff, Community Safety Manager\n\n"
          "Purpose of report\n\nTo present the draft plan.\n",
          [("Anwen Bickerstaff", P, "Dacorum community safety partnership plan 2025-28")]),
    _case("written-by",
          "Gedling Borough Council\n\n"
          "Subject:     Night-time economy safety review\n"
          "Written by:  Thaddeus Okonkwo, Licensing and Safety Officer\n"
          "Date:        12 February 2025\n\n"
          "1. Introduction\n\nThe review looks at the town centre.\n",
          [("Thaddeus Okonkwo", P, "Night-time economy safety review")]),
    _case("report-to-cabinet-left",
          "Report to:    Cabinet\n"
          "Date:         11 March 2025\n"
          "Title:        Safer Ashfield Partnership Plan 2025-2028\n"
          "Report of:    Yusuf Demir-Hale, Director of Communities\n\n"
          "1. Purpose\n\nCabinet is asked to endorse the plan.\n",
          [], may=[("Safer Ashfield Partnership", P, "Safer Ashfield Partnership Plan 2025-2028")]),
    # -- what the frame does not give
    _case("decision-record-without-number",
          "Decision details\n\n"
          "Title:              Community safety grants 2025/26\n"
          "Decision maker:     Cabinet Member for Communities\n"
          "Report author:      Saoirse Kinsella, Community Safety Manager\n\n"
          "Decision:\n\nThe grants are approved.\n",
          []),
    _case("contact-officer-writes-nothing",
          "Castle Point Borough Council\n\n"
          "Title:             Community safety update\n"
          "Contact officer:   Marguerite Ashdown, Community Safety Officer\n\n"
          "1. Purpose\n\nFor information.\n",
          []),
    _case("two-titles-an-agenda",
          "Agenda\n\n"
          "Title:   Minutes of the last meeting\n"
          "Title:   Community safety plan refresh\n"
          "Author:  Jolyon Praed, Democratic Services\n\n"
          "1. Apologies\n",
          []),
]


@pytest.mark.parametrize(("text", "expect", "may"), CASES)
def test_cover_sheet_grid(text: str, expect: list, may: list) -> None:
    missed, false = grid_misses(read(text), expect, may, SCORED)
    assert not missed and not false, f"missed {missed}; false {false}"


if __name__ == "__main__":
    print_grid_score(CASES, SCORED)
