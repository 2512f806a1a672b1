"""Tables read by the types of their columns (loaders/extract/tables.py): a head lexicon types each column, or what
most of its cells are when there is no head; marks and section rows part an attendance table's rows; a table of
groups gives each group's chair or lead, the body it reports to and, where a head or the heading says so, the body
whose sub-group it is; a grant table with a funder column gives each funder's grant.

Every table here is written for the test, in the forms councils use: pipe tables with wrapped cells, space- and
tab-aligned columns, box-drawn tables, tables parted by section rows and tables with no header.
"""

from __future__ import annotations

from decimal import Decimal

from extract_helpers import assert_evidence_quotes, funds, of, read

from govkg.loaders.extract.tables import head_type, mark

# -- the lexicon


def test_column_heads_are_typed_from_the_lexicon() -> None:
    assert head_type("Chaired by") == "chair"
    assert head_type("Organisation(s)") == "organisation"
    assert head_type("Reports to:") == "reports_to"
    assert head_type("2024/25") == "money"  # a column named by its year holds that year's sums
    assert head_type("Funder") == "funder"
    assert head_type("Funding stream") == "stream"
    assert head_type("Attended (Y/N)") == "marks"
    assert head_type("Notes") is None
    assert head_type("Project name") == "project" and head_type("Purpose") == "purpose"


def test_attendance_marks_are_read() -> None:
    assert mark("Y") == mark("✓") == mark("yes") == "present"
    assert mark("Apols") == "apologies"
    assert mark("N") == mark("✗") == "absent"
    assert mark("Chair") is None


# -- 1. a pipe table with a wrapped cell, parted by section rows


SECTIONS = """Minutes of the Fernhallow Community Safety Partnership
held on 3 February 2025

| Name                     | Organisation                  |
|--------------------------|-------------------------------|
| Members                  |                               |
| Cllr Ottilie Brack       | Fernhallow Borough            |
|                          | Council                       |
| Supt Gideon Marr         | Southmoor Police              |
| In attendance            |                               |
| Perpetua Lind            | Fernhallow Borough Council    |
| Apologies                |                               |
| Casimir Oduya            | Southmoor Fire and Rescue     |
"""


def test_section_rows_set_the_role_of_the_rows_under_them() -> None:
    doc = read(SECTIONS)
    assert_evidence_quotes(doc)
    body = "Fernhallow Community Safety Partnership"
    attended = {s for s, o in of(doc, "attended") if o == body}
    assert {"Ottilie Brack", "Gideon Marr", "Perpetua Lind"} <= attended
    assert "Casimir Oduya" not in attended  # under "Apologies": he sent apologies
    assert ("Casimir Oduya", body) in of(doc, "apologies")
    assert ("Ottilie Brack", "Fernhallow Borough Council") in of(doc, "member_of")  # the wrapped cell joined


MEMBERS = """Harlowmere Domestic Abuse Partnership Board
Membership 2025

| Member | Post | Agency |
|---|---|---|
| Core members | | |
| Yusuf Brennagh | Head of Safeguarding | Harlowmere NHS Trust |
| Clodagh Fenn | Detective Superintendent | Eastshire Police |
| Advisers | | |
| Ravi Okonkwo-Bell | Commissioning Manager | Harlowmere City Council |
"""


def test_a_section_row_is_not_the_overflow_of_the_name_above_it() -> None:
    doc = read(MEMBERS)
    people = {s for s, _ in of(doc, "member_of")}
    assert "Clodagh Fenn" in people
    assert not any("Advisers" in p for p in people)  # the cleaner once joined "Advisers" to her name


# -- 2. a space-aligned table with a column of marks


SPACED = """Minutes of the Kelderby Safer Communities Board
held on 4 March 2025

Attendance

Name                    Organisation                        Present
Marta Oyelaran          Kelderby Borough Council            Yes
Ptolemy Grange          Northvale Fire and Rescue Service   Yes
Ines Achterberg         Northvale Probation Service         Apologies
Florian Wexcombe        Kelderby Housing Trust              No
"""


def test_a_marks_column_parts_present_apologies_and_absent() -> None:
    doc = read(SPACED)
    body = "Kelderby Safer Communities Board"
    attended = {s for s, o in of(doc, "attended") if o == body}
    assert attended == {"Marta Oyelaran", "Ptolemy Grange"}
    assert ("Ines Achterberg", body) in of(doc, "apologies")
    assert not any(s == "Florian Wexcombe" for s, _ in of(doc, "apologies"))  # "No": absent, no apologies


# -- 3. a table with no header whose last column holds marks


NO_HEADER = """Minutes of the Wendleby Community Safety Partnership
held on 14 October 2025

Present

Cllr Rohan Tilbury\tWendleby District Council\t✓
Ch Insp Maud Ferreira\tNorthfold Police\t✓
Zacharias Penhale\tNorthfold Fire and Rescue Service\t✗
"""


def test_a_column_of_marks_is_known_by_its_cells() -> None:
    doc = read(NO_HEADER)
    attended = {s for s, _ in of(doc, "attended")}
    assert {"Rohan Tilbury", "Maud Ferreira"} <= attended
    assert "Zacharias Penhale" not in attended


# -- 4. a tab-separated table of sub-groups


TABBED = """Elmcote Community Safety Partnership
Governance

Sub-group\tReports to\tChair
Prevent Steering Group\tElmcote Community Safety Partnership\tMireille Aston
Reducing Reoffending Board\tElmcote Community Safety Partnership\tHead of Probation
"""


def test_a_sub_group_table_gives_parent_reporting_line_and_chair() -> None:
    doc = read(TABBED)
    assert_evidence_quotes(doc)
    partnership = "Elmcote Community Safety Partnership"
    groups = {s for s, o in of(doc, "subgroup_of") if o == partnership}
    assert len(groups) == 2 and all(("Prevent" in g or "Reoffending" in g) for g in groups)
    assert {s for s, o in of(doc, "reports_to") if o == partnership} == groups
    chairs = {s for s, _ in of(doc, "chairs")}
    assert {"Mireille Aston", "Head of Probation"} <= chairs


SPACED_GROUPS = """Lissington Community Safety Partnership
Governance structure

Group                           Chaired by                         Meets
Serious Violence Group          Lissington Police                  Monthly
Reducing Reoffending Group      Probation Service                  Quarterly
"""


def test_an_organisation_in_a_chair_column_chairs_the_group() -> None:
    doc = read(SPACED_GROUPS)
    chairs = of(doc, "chairs")
    assert any(s == "Lissington Police" and "Serious Violence Group" in o for s, o in chairs)
    assert any(s == "Probation Service" and "Reducing Reoffending Group" in o for s, o in chairs)


# -- 5. a box-drawn table whose cells wrap inside their rules


BOXED = """Pendleford Safer Communities Partnership
Structure of the Partnership

+-----------------------------+----------------------------------+
| Group                       | Chaired by                       |
+-----------------------------+----------------------------------+
| Domestic Abuse Forum        | Pendleford Borough Council       |
+-----------------------------+----------------------------------+
| Youth Crime Prevention      | Kestrel Valley Police            |
| Group                       |                                  |
+-----------------------------+----------------------------------+
"""


def test_a_box_drawn_table_of_groups_and_their_chairs() -> None:
    doc = read(BOXED)
    chairs = of(doc, "chairs")
    assert any(s == "Pendleford Borough Council" and "Domestic Abuse Forum" in o for s, o in chairs)
    # the group's name wrapped onto a second line inside its row's rules is read whole
    assert any(s == "Kestrel Valley Police" and o.endswith("Youth Crime Prevention Group") for s, o in chairs)


LED = """Calderholme Community Safety Partnership
Delivery structure

| Delivery group | Lead agency | Chair |
|---|---|---|
| Anti-Social Behaviour Group | Calderholme Council | Antje Moorcroft |
| Drugs and Alcohol Group | Calderholme Council | Director of Public Health |
"""


def test_a_bare_name_in_a_chair_column_is_a_person() -> None:
    doc = read(LED)
    chairs = of(doc, "chairs")
    assert any(s == "Antje Moorcroft" and "Anti-Social Behaviour Group" in o for s, o in chairs)
    assert any(s == "Director of Public Health" and "Drugs and Alcohol Group" in o for s, o in chairs)


# -- 6. a grant table with a funder column


FUNDED = """Corve Valley Community Safety Partnership
Meeting of the Partnership held on 2 June 2025

5. Budget 2025/26

The Partnership's budget for 2025/26 is made up as follows:

| Funding stream        | Funder                                      | Amount   |
|-----------------------|---------------------------------------------|----------|
| Community Safety Fund | Police and Crime Commissioner for Westmere  | £45,000  |
| Serious Violence Duty | Home Office                                 | £21,300  |
| Total                 |                                             | £66,300  |
"""


def test_each_funder_gives_its_row_s_sum_to_the_paper_s_body() -> None:
    got = funds(FUNDED)
    body = "Corve Valley Community Safety Partnership"
    assert ("Police and Crime Commissioner for Westmere", body, Decimal("45000")) in got
    assert ("Home Office", body, Decimal("21300")) in got
    assert not any(amount == Decimal("66300") for _, _, amount in got)  # the total is no grant


def test_a_head_may_give_two_types() -> None:
    from govkg.loaders.extract.tables import head_kinds

    assert head_kinds("Lead agency") == {"chair", "organisation"}  # the organisation that leads the row's work
    assert head_kinds("Named representative (June 2025)") == {"person"}
    assert head_kinds("Chaired by") == {"chair"}


# -- a table's caption as its title: "Appendix A: Membership of the X Board" over a table of names and posts

CAPTIONED = """Report of the Director of Communities
Westerby Borough Council Cabinet, 5 March 2025

Appendix A: Membership of the Westerby Serious Violence Board

Name                      Role
Saskia Holloway           Chief Executive, Westerby Borough Council
Bertil Amadi              Chief Superintendent, Mardale Police
"""


def test_a_caption_names_the_body_a_table_of_members_sits_on() -> None:
    from govkg.loaders.layout import read_layout

    caption = next(ln for ln in read_layout(CAPTIONED).lines if ln.text.startswith("Appendix A"))
    assert caption.kind == "heading" and caption.label == "Membership of the Westerby Serious Violence Board"
    doc = read(CAPTIONED)
    board = "Westerby Serious Violence Board"
    assert {s for s, o in of(doc, "member_of") if o == board} == {"Saskia Holloway", "Bertil Amadi"}
    assert not any(o.endswith("Cabinet") for _, o in of(doc, "member_of"))  # the paper's own body is not theirs


# -- a space-aligned money table whose text cells wrap onto a line with no sum

WRAPPED_MONEY = """Decision record PCC/041/2025
Decision maker: Police and Crime Commissioner for Thessaly Shire

Allocations 2025/26

Organisation                                  Purpose                         Amount
Thessaly Shire Rape and Sexual Abuse          Independent sexual violence     £33,000
Support Centre                                advisers
Pellham Youth Diversion Trust                 Detached youth work             £12,750
"""


def test_a_money_row_s_wrapped_text_cells_are_joined() -> None:
    from govkg.loaders.cleaning import clean

    assert "Thessaly Shire Rape and Sexual Abuse Support Centre\tIndependent sexual violence advisers\t£33,000" in \
        clean(WRAPPED_MONEY)
    got = funds(WRAPPED_MONEY)
    assert ("Police and Crime Commissioner for Thessaly Shire", "Thessaly Shire Rape and Sexual Abuse Support Centre",
            Decimal("33000")) in got


DESCRIBED_CHAIRS = """Ravensholt Community Safety Partnership
Terms of Reference

Governance

Group                             Chaired by
Violence Against Women Group      Nerys Callaghan, Head of Safeguarding, Ravensholt Council
Youth Crime Group                 Chief Inspector, Eastmoor Police
"""


def test_a_chair_cell_that_describes_its_person_gives_the_chair_and_their_post() -> None:
    doc = read(DESCRIBED_CHAIRS)
    chairs = of(doc, "chairs")
    assert any(s == "Nerys Callaghan" and o.endswith("Violence Against Women Group") for s, o in chairs)
    assert any(s == "Chief Inspector, Eastmoor Police" and o.endswith("Youth Crime Group") for s, o in chairs)
    assert ("Nerys Callaghan", "Ravensholt Council") in of(doc, "member_of")


# -- a grant table whose giver is the paper's own author, named alone on its first line

BY_THE_COMMISSIONER = """Police and Crime Commissioner for Brackley Vale
Decision 2025/07: Community Safety Fund allocations 2025/26

| Project | Lead organisation | Amount |
|---|---|---|
| Safer Streets Marshals | Brackley Town Council | £18,000 |
| Knife Crime Education | Brackley Vale Youth Trust | £9,500 |
"""

BY_THE_COUNCIL = """Sandmere District Council
Cabinet decision: Community grants 2025/26

Successful applicants

Name of organisation\tAmount awarded (£)
Sandmere Citizens Advice\t12,000
Sandmere Street Pastors\t4,500
"""


def test_the_paper_s_author_gives_the_grants_its_caption_lists() -> None:
    got = funds(BY_THE_COMMISSIONER)
    assert {(g, a) for g, _, a in got} == {("Brackley Vale Police and Crime Commissioner", Decimal("18000")),
                                           ("Brackley Vale Police and Crime Commissioner", Decimal("9500"))}
    doc = read(BY_THE_COMMISSIONER)
    assert {f.period for f in doc.facts if f.relation == "funds"} == {"2025/26"}  # not the decision's number
    got = funds(BY_THE_COUNCIL)
    assert ("Sandmere District Council", "Sandmere Citizens Advice", Decimal("12000")) in got


def test_money_coming_in_names_no_giver_of_the_paper_s() -> None:
    text = BY_THE_COUNCIL.replace("Successful applicants", "Funding received")
    assert not any(g == "Sandmere District Council" for g, _, _ in funds(text))


# -- a table of groups with a vice-chair's column and a column listing each group's partners

GROUP_PARTNERS = """Fallowfield Community Safety Partnership
Governance structure

| Group | Chair | Vice-chair | Partners |
|---|---|---|---|
| Hate Crime Forum | Inspector Juno Varga | Temperance Oakes | Fallowfield Council; Mersey Vale Police |
| Youth Safety Group | Head of Youth | Idris Fairlie | Fallowfield Council, Mersey Vale Police and Lowby College |
"""


def test_a_partners_column_lists_each_group_s_members() -> None:
    doc = read(GROUP_PARTNERS)
    assert_evidence_quotes(doc)
    vice = of(doc, "vice_chair")
    assert {s for s, _ in vice} == {"Temperance Oakes", "Idris Fairlie"}, vice
    youth = next(o for s, o in vice if s == "Idris Fairlie")
    assert {s for s, o in of(doc, "member_of") if o == youth} == {"Fallowfield Council", "Mersey Vale Police",
                                                                  "Lowby College"}


def test_a_lone_organisation_beside_a_group_is_no_member() -> None:
    text = GROUP_PARTNERS.replace("| Partners |", "| Organisation |")
    assert not any(o.endswith(("Hate Crime Forum", "Youth Safety Group")) for _, o in of(read(text), "member_of"))


# -- a pipe table with two columns of marks side by side: an empty cell keeps its column

TWO_MARKS = """Minutes of the Kirkbride Safer Communities Partnership
Meeting held on 2 April 2025

Attendance

| Member                                | Present | Apologies |
|---------------------------------------|---------|-----------|
| Supt Rhiannon Dace, Lowmoor Police    | Y       |           |
| Cllr Gethin Mawer, Kirkbride Council  |         | Y         |
| Siobhan Tarrant, Kirkbride Council    | Y       |           |
"""


def test_a_mark_under_apologies_sends_apologies() -> None:
    doc = read(TWO_MARKS)
    body = "Kirkbride Safer Communities Partnership"
    assert {s for s, o in of(doc, "attended") if o == body} == {"Rhiannon Dace", "Siobhan Tarrant"}
    assert ("Gethin Mawer", body) in of(doc, "apologies")


SHIFTED = """Elmcote Community Safety Partnership
Governance

| Sub-group | Chair | Reports to |
|---|---|---|
| Prevent Steering Group | | Elmcote Community Safety Partnership |
| Hate Crime Forum | Kestrel Valley Police | Elmcote Community Safety Partnership |
"""


def test_an_empty_cell_keeps_its_column() -> None:
    doc = read(SHIFTED)
    chairs = of(doc, "chairs")
    # the empty chair cell: the body in the next column reports, it does not chair
    assert not any(s == "Elmcote Community Safety Partnership" for s, _ in chairs)
    assert any(s == "Kestrel Valley Police" and o.endswith("Hate Crime Forum") for s, o in chairs)
    assert any(s.endswith("Prevent Steering Group") for s, _ in of(doc, "reports_to"))


REPORTS_ELSEWHERE = """Thornwick Children's Safeguarding Partnership
Annual Report 2024/25

Our sub-groups

| Sub-group | Chair | Reports to |
|---|---|---|
| Quality Assurance Sub-group | Head of Quality, Thornwick ICB | Executive Group |
| Learning and Review Sub-group | Detective Inspector, Westmarch Police | Executive Group |
"""


def test_the_body_a_group_reports_to_is_not_its_parent() -> None:
    doc = read(REPORTS_ELSEWHERE)
    parents = {o for _, o in of(doc, "subgroup_of")}
    assert parents == {"Thornwick Children's Safeguarding Partnership"}, parents
    assert {s for s, o in of(doc, "reports_to") if o.endswith("Executive Group")} >= {
        "Quality Assurance Sub-group", "Learning and Review Sub-group"}


# -- a long cell that crowds the next column, two spaces from it, in a space-aligned table

CROWDED = """Brantley Community Safety Partnership
Terms of Reference

Sub-group                                   Chair                                       Meets
Violence Against Women and Girls Group      Head of Safeguarding, Brantley Council      monthly
Reducing Reoffending Group                  Head of Northmarsh Probation Delivery Unit  quarterly
"""


def test_a_double_space_at_a_column_s_start_parts_the_cells() -> None:
    from govkg.loaders.cleaning import clean

    assert "Head of Northmarsh Probation Delivery Unit\tquarterly" in clean(CROWDED)
    assert "\t" not in clean("Text of a sentence.  Another sentence follows it here.\n")


# -- a seat table whose organisation sends several people, parted by semicolons (a markdown table, bold heads)

SHARED_SEATS = """Ashcombe Reducing Reoffending Board
Membership

| **Organisation** | **Representative(s)** |
|---|---|
| Ashcombe Council | Cllr Wilma Prentice; Desmond Oyelowo (Head of Housing) |
| Probation Service | Ifeoma Lawless, Head of Ashcombe Probation Delivery Unit |
"""


def test_each_of_an_organisation_s_representatives_sits_on_the_board() -> None:
    doc = read(SHARED_SEATS)
    assert_evidence_quotes(doc)
    board = "Ashcombe Reducing Reoffending Board"
    members = of(doc, "member_of")
    assert {"Wilma Prentice", "Desmond Oyelowo", "Ifeoma Lawless"} <= {s for s, o in members if o == board}
    assert ("Desmond Oyelowo", "Ashcombe Council") in members
    assert any(s == "Desmond Oyelowo" and o.startswith("Head of Housing") for s, o in of(doc, "holds_post"))


# -- records set as tables, their heads down the first column, one group a record

RECORDS = """Ferncastle Community Safety Partnership
Sub-group profiles

| Sub-group | Night Time Economy Group |
|---|---|
| Chair | Inspector Malachy Dunne, Ferncastle Police |
| Reports to | Ferncastle Community Safety Partnership |

| Sub-group | Domestic Abuse Forum |
|---|---|
| Chair | Head of Housing, Ferncastle Council |
| Reports to | Ferncastle Community Safety Partnership |
"""

TABBED_RECORD = """Ferncastle Community Safety Partnership
Sub-group profiles

Group\tNight Time Economy Group
Chaired by\tInspector Malachy Dunne
Accountable to\tFerncastle Community Safety Partnership
"""


def test_a_record_table_gives_its_group_s_chair_and_reporting_line() -> None:
    for text in (RECORDS, TABBED_RECORD):
        doc = read(text)
        assert_evidence_quotes(doc)
        assert any(s == "Malachy Dunne" and o.endswith("Night Time Economy Group") for s, o in of(doc, "chairs"))
        assert any(s.endswith("Night Time Economy Group") and o == "Ferncastle Community Safety Partnership"
                   for s, o in of(doc, "reports_to"))
        # the heads down the first column are no groups of their own
        assert not any(s in ("Reports to", "Chaired by", "Accountable to") for s, _ in of(doc, "subgroup_of"))
    doc = read(RECORDS)
    assert any(s.startswith("Head of Housing") and o.endswith("Domestic Abuse Forum") for s, o in of(doc, "chairs"))



LED_RECORDS = """Brackenmoor Safer Communities Board
Theme groups

| Theme group | Youth Violence Group |
|---|---|
| Led by | Sergeant Orla Tennant, Brackenmoor Police |
| Reports to | Brackenmoor Safer Communities Board |

| Theme group | Hate Crime Forum |
|---|---|
| Chair | Cllr Idris Vane |
| Reports to | Brackenmoor Safer Communities Board |
"""


def test_a_record_s_lead_row_names_no_chair() -> None:
    # a "Led by" or "Lead" row says who leads the work, which papers keep apart from who chairs the meetings
    doc = read(LED_RECORDS)
    chairs = of(doc, "chairs")
    assert any(s == "Idris Vane" and o.endswith("Hate Crime Forum") for s, o in chairs)
    assert not any(o.endswith("Youth Violence Group") for _, o in chairs)
    assert any(s.endswith("Youth Violence Group") for s, _ in of(doc, "reports_to"))

# -- a person's post set on their cell's second line, the rest of the row empty

POST_UNDER_NAME = """Minutes of the Oakridge Community Safety Partnership
held on 8 September 2025

Present

| Name and role                    | Organisation              |
|----------------------------------|---------------------------|
| Cllr Benedikt Sorel (Chair)      | Oakridge District Council |
| Cabinet Member for Communities   |                           |
| Yolanda Pryce                    | Eastholm Police           |
| Chief Inspector                  |                           |
"""

POST_UNDER_NAME_SPACED = """Minutes of the Oakridge Community Safety Partnership
held on 8 September 2025

Present

Cllr Benedikt Sorel (Chair)          Oakridge District Council
Cabinet Member for Communities
Yolanda Pryce                        Eastholm Police
Chief Inspector
"""


def test_a_post_on_the_line_under_a_name_is_that_person_s() -> None:
    for text in (POST_UNDER_NAME, POST_UNDER_NAME_SPACED):
        doc = read(text)
        posts = of(doc, "holds_post")
        assert any(s == "Benedikt Sorel" and o.startswith("Cabinet Member for Communities") for s, o in posts), posts
        assert any(s == "Yolanda Pryce" and o.startswith("Chief Inspector") for s, o in posts), posts
        assert {s for s, _ in of(doc, "attended")} == {"Benedikt Sorel", "Yolanda Pryce"}
