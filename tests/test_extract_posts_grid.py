"""A grid of the statements of chairs, vice-chairs, leads and post holders that new papers lose (a census of
the misses on four never-read sets), each a form in general terms and varied here in invented papers.

The forms: a body's former name in an aside beside it ("X Group (formerly the Y Forum) - chaired by ...",
", formerly the Y, is chaired by"), which the chair or lead is never of; a person with the organisation they
serve ("Inspector Jo Lee of Westshire Police chairs ..."), who is the subject, not the force; a vice-chair
in a clause of their own ("...; Supt Jo Lee of X Police is its vice-chair", "... Jo Lee, <post>, is our
vice-chair", "acts as vice- chair" broken at a line's end, "was vice-chair until May 2023, when she was
succeeded by ...", a post with commas or an owner before the name), who is no second chair; a group
"convened by" a body, which leads it (a scheme "run by" a provider is no lead); a post's holder named
after "is" once a time opens the sentence ("From April 2025 the SRO is ...", "At the date of this version the
Head of X is A and the Y is B"), who then holds the chair the post was given.

Every paper is invented (real or invented places, invented people), each in a different council's style. Each
case lists the facts it states (EXPECT) and those a reader may give without being wrong (MAY). A chairs,
vice_chair or led_by fact outside both is a false fact. `python tests/test_extract_posts_grid.py` prints the
grid's score.
"""

from __future__ import annotations

import pytest
from extract_helpers import grid_misses, print_grid_score, read

Fact = tuple[str, str, str]
_SCORED = ("chairs", "vice_chair", "led_by")


def _case(name: str, text: str, expect: list[Fact], may: list[Fact] | None = None) -> tuple:
    return pytest.param(text, expect, may or [], id=name)


CASES = [
    # --- a former name in an aside beside the body -------------------------------------------------------------
    _case("former-bracket-dash-chaired", """Calderbrook Community Safety Partnership
Terms of Reference 2025

6.1 Three groups report to the Partnership:
  a) Violence Reduction Group (formerly the Calderbrook Serious Violence Forum) - chaired by Inspector Maya
     Ferrant;
  b) Night-Time Economy Group - chaired by the Licensing Manager.
""", [("Maya Ferrant", "chairs", "Violence Reduction Group")],
          may=[("Licensing Manager", "chairs", "Calderbrook Night-Time Economy Group"),
               ("Licensing Manager", "chairs", "Night-Time Economy Group"),
               ("Maya Ferrant", "chairs", "Calderbrook Violence Reduction Group")]),

    _case("former-bracket-dash-led", """Thurrock Community Safety Partnership Board
Minutes of the meeting held on 4 March 2025

5. Sub-group updates
    (a) Town Centre Tasking Group (formerly the Town Centre Action Group) -
        led by Thurrock Council. Patrols in the high street continue.
""", [("Thurrock Town Centre Tasking Group", "led_by", "Thurrock Council")],
          may=[("Town Centre Tasking Group", "led_by", "Thurrock Council")]),

    _case("former-bracket-which-is-chaired", """Safer Torfaen
Annual report 2024/25

The partnership is overseen by the Safer Torfaen Delivery Board (formerly the Safer Torfaen Executive Group),
which is chaired by Dafydd Rowlands, Head of Public Protection.
""", [("Dafydd Rowlands", "chairs", "Safer Torfaen Delivery Board")],
          may=[("Head of Public Protection", "chairs", "Safer Torfaen Delivery Board"),
               ("Head of Public Protection, Torfaen County Borough Council", "chairs",
                "Safer Torfaen Delivery Board")]),

    _case("former-commas-is-chaired", """Safer Sefton Partnership
Partnership plan 2025-2028

2.3 The Sefton Domestic Abuse Partnership (DAP), formerly the Sefton Domestic Abuse Forum, is chaired by Zainab
Okafor of the Council's safeguarding service and meets every two months.
""", [("Zainab Okafor", "chairs", "Sefton Domestic Abuse Partnership")]),

    _case("former-previously-known-as", """Ryedale Community Safety Partnership
Structure

The Exploitation Sub-group (previously known as the Ryedale CSE Panel) is chaired by Detective Sergeant Ola
Brennan.
""", [("Ola Brennan", "chairs", "Ryedale Exploitation Sub-group")],
          may=[("Ola Brennan", "chairs", "Exploitation Sub-group")]),

    # --- a person with the organisation they serve ---------------------------------------------------------------
    _case("person-of-force-chairs-acronym", """Rushcliffe Borough Council
Report to Cabinet, 9 October 2024

3.2 Chief Inspector Amos Penhale of Nottinghamshire Police chairs the Rushcliffe Community Safety Partnership.
""", [("Amos Penhale", "chairs", "Rushcliffe Community Safety Partnership")]),

    _case("person-of-service-chairs-board", """Safer Medway Partnership
Governance note

Dr Lena Ashdown of the Kent and Medway Integrated Care Board chairs the Medway Substance Misuse Board, which
meets quarterly.
""", [("Lena Ashdown", "chairs", "Medway Substance Misuse Board")]),

    # --- a vice-chair in a clause of their own ------------------------------------------------------------------
    _case("vice-of-force-its-after-semicolon", """Safer Bolton Partnership
Annual report 2024/25

2.1 The Partnership has been chaired by Councillor Ruth Adeyemi, Cabinet Member for Communities; Inspector Dan
Kelso of Greater Manchester Police is its vice-chair.
""", [("Ruth Adeyemi", "chairs", "Safer Bolton Partnership"), ("Dan Kelso", "vice_chair", "Safer Bolton Partnership")]),

    _case("vice-apposition-our-web-page", """Safer Rugby Partnership - about us

The Partnership is chaired by Cllr Mo Shah, the Borough Council's Portfolio Holder for Communities. Inspector
Jan Pike, Rugby Neighbourhood Policing Area commander for Warwickshire Police, is our vice-chair.
""", [("Mo Shah", "chairs", "Safer Rugby Partnership"), ("Jan Pike", "vice_chair", "Safer Rugby Partnership")]),

    _case("our-vice-chair-is-on-a-web-page", """Safer Lancaster - who we are

Safer Lancaster is chaired by Superintendent Rob Hale, Local Policing Commander for Lancaster. Our vice-chair is
Cllr Zara Quinn, Lancaster City Council's Cabinet Member for Communities.
""", [("Rob Hale", "chairs", "Safer Lancaster"), ("Zara Quinn", "vice_chair", "Safer Lancaster")]),

    _case("vice-owned-post-then-name", """Safer Arun Partnership
Report to the Housing and Wellbeing Committee

4.1 The Partnership is chaired by the Sussex Police District Commander. Arun District Council's Group Head of
Communities, Oliver Pemberton, is vice- chair.
""", [("Oliver Pemberton", "vice_chair", "Safer Arun Partnership")],
          may=[("District Commander, Sussex Police", "chairs", "Safer Arun Partnership"),
               ("Sussex Police District Commander", "chairs", "Safer Arun Partnership")]),

    _case("vice-apposed-force-owns-post", """Safer Reading Partnership
Community safety plan 2025-2028

The Partnership is chaired by Cllr Nadia Quist. Andrew Fell, Thames Valley Police's Local Policing Area
Commander for Reading, is vice-chair.
""", [("Nadia Quist", "chairs", "Safer Reading Partnership"),
      ("Andrew Fell", "vice_chair", "Safer Reading Partnership")]),

    _case("vice-post-with-commas-then-name", """York and Selby Combating Drugs Partnership
Terms of reference

3.1 The Partnership is chaired by the Director of Public Health. The Deputy Mayor for Policing, Fire and Crime,
Humber Combined Authority, Jonathan Trelawny, is vice-chair, and chairs in the chair's absence.
""", [("Jonathan Trelawny", "vice_chair", "York and Selby Combating Drugs Partnership")],
          may=[("Director of Public Health", "chairs", "York and Selby Combating Drugs Partnership")]),

    _case("vice-acts-as-broken-hyphen-second-clause", """Vale Council
Report to the Safer Communities Scrutiny Committee

2.1 The Vale Partnership is the statutory community safety partnership for the area.
2.2 The Partnership is chaired by the Council's Director of Housing, Gwen Pryce, and the South Wales Police
Vale Basic Command Unit Superintendent, Supt Ali Kahn, acts as vice-
chair.
""", [("Gwen Pryce", "chairs", "Vale Partnership"), ("Ali Kahn", "vice_chair", "Vale Partnership")],
          may=[("Director of Housing, Vale Council", "chairs", "Vale Partnership")]),

    _case("vice-and-clause-not-a-second-chair", """Fylde Community Safety Partnership
Terms of Reference

The Partnership is chaired by Cllr Tobias Wren, and Inspector Carys Bell acts as vice-chair.
""", [("Tobias Wren", "chairs", "Fylde Community Safety Partnership"),
      ("Carys Bell", "vice_chair", "Fylde Community Safety Partnership")]),

    _case("vice-until-succeeded-by", """Safer Harrogate Partnership
Annual report 2023/24

The Partnership was chaired by Cllr Gareth Ng, Portfolio Holder for Communities. Chief Superintendent Amara
Okoye, the Divisional Commander for Harrogate, was vice-chair until November 2023, when she was succeeded by
Superintendent Lewis Harte.
""", [("Gareth Ng", "chairs", "Safer Harrogate Partnership"),
      ("Amara Okoye", "vice_chair", "Safer Harrogate Partnership"),
      ("Lewis Harte", "vice_chair", "Safer Harrogate Partnership")]),

    # --- the organisation beside a chair: whose post it is, or whose chair ----------------------------------------
    _case("fronted-chaired-by-name-force-owned-post", """Safer Wokingham Partnership - our groups

Rural Crime Forum
    Chaired by Inspector Holly Daventry, Thames Valley Police's rural crime lead. Farmers attend.
""", [("Holly Daventry", "chairs", "Wokingham Rural Crime Forum")],
          may=[("Holly Daventry", "chairs", "Rural Crime Forum")]),

    _case("chaired-by-lower-case-post-of-organisation-then-name", """Blaby Community Safety Partnership
Our structure

Blaby Business Improvement District joined the Partnership in 2023. The Board is supported by two groups:

  - The Blaby Town Centre Safety Group, which replaced the old Pubwatch steering group in 2022, is chaired
    by the manager of Blaby Business Improvement District, Sunil Varma.
""", [("Sunil Varma", "chairs", "Blaby Town Centre Safety Group")]),

    _case("attendance-row-organisation-dash-chair", """Safer Boston Partnership Board
Minutes of the meeting held on 5 February 2025

Present:

| Name                   | Organisation                                      |
|------------------------|---------------------------------------------------|
| Cllr Ada Merriweather  | Boston Borough Council - Portfolio Holder (Chair) |
| Tomasz Kowal           | Boston Market Traders' Forum - Chair              |
""", [("Ada Merriweather", "chairs", "Safer Boston Partnership Board"),
      ("Tomasz Kowal", "chairs", "Boston Market Traders' Forum")]),

    # --- a chair in an apposition inside a minute's item on its group ---------------------------------------------
    _case("item-heading-full-stop-name-chair-of-the-group", """Minutes of the Safer Oadby and Wigston Partnership
held on 3 May 2025

4. Sub-group updates

(a) Student Safety Group. Hanna Whitby, chair of the group, gave an update on the autumn campaign, which
    reached 4,000 students.
""", [("Hanna Whitby", "chairs", "Student Safety Group")],
          may=[("Hanna Whitby", "chairs", "Oadby and Wigston Student Safety Group")]),

    _case("item-dash-name-vice-chair-apposed", """Safer Cotswold Partnership - minutes, 9 July 2025

5. Delivery groups
   - Rural Crime Group - Tomas Nowak, vice-chair, reported that two farm watch schemes had started.
""", [("Tomas Nowak", "vice_chair", "Cotswold Rural Crime Group")],
          may=[("Tomas Nowak", "vice_chair", "Rural Crime Group")]),

    _case("dash-chair-slot-bracket-wraps-then-sentence", """Bassetlaw Combating Drugs Partnership
Terms of reference

5.1 Two delivery groups report to the Partnership:

  * Treatment Delivery Group - chair: Head of Public Health Commissioning (Substance
    Misuse), Nottinghamshire County Council. It oversees the treatment services.
  * Deaths Review Panel - chair: Kit Marlowe. It reviews every drug-related death.
""", [("Head of Public Health Commissioning (Substance Misuse), Nottinghamshire County Council", "chairs",
       "Treatment Delivery Group"), ("Kit Marlowe", "chairs", "Deaths Review Panel")],
          may=[("Head of Public Health Commissioning (Substance Misuse), Nottinghamshire County Council", "chairs",
                "Bassetlaw Treatment Delivery Group"), ("Kit Marlowe", "chairs", "Bassetlaw Deaths Review Panel")]),

    _case("minutes-paragraph-ending-on-someones-apologies", """Safer Boston Partnership Board - minutes of 4 June 2025

Tomas Wenzel gave a short update on behalf of the Lincolnshire Domestic Abuse Partnership. Referrals to the
Boston Hate Crime Panel had risen. The Boston Hate Crime Panel is chaired by Supt Fiona Castle, who had sent
apologies today. Members asked for a report.
""", [("Fiona Castle", "chairs", "Boston Hate Crime Panel")]),

    # --- "convened by" a body -------------------------------------------------------------------
    _case("convened-by-the-council", """Oldham Council
Safer Oldham Partnership - terms of reference

7.3 The Oldham Channel Panel is convened by the Council to meet its duty in section 36 of the
Counter-Terrorism and Security Act 2015.
""", [("Oldham Channel Panel", "led_by", "Oldham Council")]),

    _case("run-by-provider-is-no-lead", """Rochford District Council
Decision notice: community safety grants 2025/26

The Council will fund the Sanctuary Scheme run by Rochford Homes Trust for a further year.
""", []),

    # --- a post's holder named after "is" ----------------------------------------------------------------------
    _case("post-chairs-then-from-date-holder", """Kirkfield Combating Drugs Partnership
Terms of Reference

4.1 The Partnership is chaired by its Senior Responsible Owner (SRO). From April 2025 the SRO is Dr Mina Osei,
Director of Public Health.
""", [("Mina Osei", "holds_post", "Senior Responsible Owner"),
      ("Mina Osei", "chairs", "Kirkfield Combating Drugs Partnership")],
          may=[("Senior Responsible Owner", "chairs", "Kirkfield Combating Drugs Partnership")]),

    _case("post-chairs-then-date-of-version-holders", """Gateshead Channel Panel
Terms of Reference

3.1 The chair is the Council's Head of Community Safety.
3.2 At the date of this version the Head of Community Safety is Lena Fordyce.
""", [("Lena Fordyce", "holds_post", "Head of Community Safety"),
      ("Lena Fordyce", "chairs", "Gateshead Channel Panel")],
          may=[("Head of Community Safety, Gateshead Council", "chairs", "Gateshead Channel Panel"),
               ("Head of Community Safety", "chairs", "Gateshead Channel Panel")]),

    _case("post-unit-after-comma-then-holder", """Halton Channel Panel
Terms of Reference

3.1 The vice-chair is the Assistant Director, Children's Safeguarding and Quality.
3.2 At the date of this version the Assistant Director, Children's Safeguarding and Quality is Omar Byrne.
""", [("Omar Byrne", "holds_post", "Assistant Director, Children's Safeguarding and Quality"),
      ("Omar Byrne", "vice_chair", "Halton Channel Panel")],
          may=[("Assistant Director, Children's Safeguarding and Quality", "vice_chair", "Halton Channel Panel")]),

    _case("post-is-two-holders-joined-by-and", """Wirral Prevent Partnership
Terms of Reference

2.4 As at the date of approval the Prevent Co-ordinator is Sadia Merton and the Channel Co-ordinator is Euan
Blackwood.
""", [("Sadia Merton", "holds_post", "Prevent Co-ordinator"),
      ("Euan Blackwood", "holds_post", "Channel Co-ordinator")]),
]


@pytest.mark.parametrize(("text", "expect", "may"), CASES)
def test_posts_grid(text: str, expect: list[Fact], may: list[Fact]) -> None:
    missed, false = grid_misses(read(text), expect, may, _SCORED)
    assert not missed and not false, f"missed {missed}; false {false}"


if __name__ == "__main__":
    print_grid_score(CASES, _SCORED)
