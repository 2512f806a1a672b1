"""Seat tables that list posts, not names: "Organisation | Representative (post)", "Specified authority | Lead
officer", "Post | Organisation", in three layouts each (tab columns, space columns, a caption between the title and
the rows, a first cell wrapped by the column's width), with the seat's post representing its organisation."""

from __future__ import annotations

from extract_helpers import of, read

from govkg.loaders.wrapped_rows import join_wrapped_rows


def _represented(doc) -> set[tuple[str, str]]:
    return {(f.subject.name, f.object.name) for f in doc.facts if f.relation == "represented_by"}


CAPTIONED = """Safer Eastmoor Partnership
Violence Reduction Strategy 2025-2028

5.2 Membership of the Eastmoor Violence Reduction Board

Table 4
(continued overleaf)
Specified authority                  Lead officer
Eastmoor Borough Council             Director, Housing and Communities (Chair)
Northshire Fire and Rescue Service   Station Manager, Prevention
Northshire Youth Justice Service     Team Manager

5.3 Priorities
"""


def test_a_caption_between_the_title_and_a_specified_authority_table() -> None:
    doc = read(CAPTIONED)
    board = "Eastmoor Violence Reduction Board"
    members = {s for s, o in of(doc, "member_of") if o == board}
    assert {"Eastmoor Borough Council", "Northshire Fire and Rescue Service"} <= members
    # a department after the title's comma leaves the post the member's own
    assert ("Eastmoor Borough Council", "Director, Housing and Communities, Eastmoor Borough Council") in \
        _represented(doc)
    assert ("Director, Housing and Communities, Eastmoor Borough Council", board) in of(doc, "chairs")


TABBED = """Report to: Harrowfield Combating Drugs Partnership
Date: 3 February 2025

4. Membership

4.1 Members sit by virtue of their post.

Organisation\tRepresentative (post)
Harrowfield City Council\tAssistant Director, Adult Social Care
Westshire Police\tChief Inspector, Harrowfield
Harrowfield Housing Trust\tHead of Tenancy Support
"""


def test_an_organisation_first_table_names_each_post_with_its_organisation() -> None:
    doc = read(TABBED)
    represented = _represented(doc)
    assert ("Harrowfield City Council",
            "Assistant Director, Adult Social Care, Harrowfield City Council") in represented
    assert ("Harrowfield Housing Trust", "Head of Tenancy Support, Harrowfield Housing Trust") in represented
    assert ("Harrowfield Housing Trust", "Harrowfield Combating Drugs Partnership") in of(doc, "member_of")


POST_FIRST = """Kestrel Bay Youth Justice Partnership Board
Terms of reference 2025

6. Board membership

  Post                                        Organisation
  Executive Director, Children and Young      Kestrel Bay Council (Chair)
  People's Services
  Head of Youth Justice                       Kestrel Bay Council
  Magistrate (observer)                       Northvale Housing Trust
  Detective Inspector, Public Protection      Westshire Police

7. Quorum
"""


def test_a_post_first_table_with_a_wrapped_first_cell_and_an_untitled_seat() -> None:
    doc = read(POST_FIRST)
    board = "Kestrel Bay Youth Justice Partnership Board"
    represented = _represented(doc)
    assert ("Kestrel Bay Council",
            "Executive Director, Children and Young People's Services, Kestrel Bay Council") in represented
    # a seat the lexicon has no title for is a seat by its column's head; its note in brackets is no part of it
    assert ("Northvale Housing Trust", "Magistrate, Northvale Housing Trust") in represented
    members = {s for s, o in of(doc, "member_of") if o == board}
    assert {"Kestrel Bay Council", "Northvale Housing Trust", "Westshire Police"} <= members
    assert not any("People's Services" == s for s in members)


def test_the_first_cell_wraps_only_when_its_next_word_would_not_fit() -> None:
    lines = ["  Post                                   Organisation",
             "  Strategic Lead, Domestic Abuse Refuge  Northvale Council",
             "  Support Commissioning",
             "  Head of Service                        Northvale Council"]
    joined = join_wrapped_rows(lines)
    assert len(joined) == 3
    assert joined[1].split("\t")[0].strip() == "Strategic Lead, Domestic Abuse Refuge Support Commissioning"
    # a short cell with room to spare: the line under it is a row of its own (an organisation with no post)
    short = ["  Post                                   Organisation",
             "  Head of Housing                        Northvale Council",
             "  Community Safety",
             "  Head of Service                        Northvale Council"]
    assert len(join_wrapped_rows(short)) == 4


def test_prose_with_two_spaces_after_a_full_stop_is_not_a_wrapped_cell() -> None:
    lines = ["The Night Time Group meets monthly and is chaired by Inspector Alwyn Dunley.  The Hate",
             "Crime Forum meets",
             "quarterly and is led by the council.  Its minutes go to the Partnership."]
    assert join_wrapped_rows(lines)[:2] == lines[:2]


def test_a_rule_under_a_header_is_not_a_wrapped_cell() -> None:
    from govkg.loaders.wrapped_rows import _first_cut_by_width

    header = [(1, "Recipient"), (33, "Purpose"), (70, "Amount")]
    assert not _first_cut_by_width(header, [(1, "-" * 70 + " -----")])
    assert _first_cut_by_width([(1, "Head of Prevention and Early"), (33, "Northvale Council")],
                               [(1, "Intervention Services")])


# -- a sentence-case caption ("Table 3: ABC membership") over a seat table: the caption is the table's title, so
# the body its acronym names is the one the seats sit on (read as a field, "Table 3" labelled nothing)

PIPE_CAPTION = """Marlow Vale Youth Offending Service
Annual Plan 2025-26

3.1 The service is overseen by the Youth Offending Management Board (YOMB), which meets every two months.

Table 3: YOMB membership
| Organisation                  | Representative                          |
|-------------------------------|-----------------------------------------|
| Marlow Vale District Council  | Director of Children's Services (Chair) |
| Thamesfield Police            | Chief Inspector, Partnerships           |
| Marlow Vale Mind              | Service Manager                         |

3.2 Reporting
"""

TAB_CAPTION = """Kelbrook Borough Council
Serious Violence Plan 2025

The plan is owned by the Kelbrook Violence Reduction Group (KVRG).

Table 2: KVRG membership
Organisation\tPost
Kelbrook Borough Council\tHead of Community Protection
Dunmere Fire and Rescue Service\tStation Manager
"""

SPACE_CAPTION = """Orrinshaw Community Safety Partnership
Terms of reference, 2025

The Orrinshaw Prevent Steering Group (OPSG) co-ordinates the local response.

Figure 1: OPSG members
  Organisation                        Post
  Orrinshaw District Council          Community Safety Officer
  Tarnside Police                     Prevent Engagement Officer
"""


def test_a_sentence_case_caption_is_the_title_of_the_seat_table_under_it() -> None:
    from govkg.loaders.layout import read_layout

    for text, label in ((PIPE_CAPTION, "YOMB membership"), (TAB_CAPTION, "KVRG membership"),
                        (SPACE_CAPTION, "OPSG members")):
        caption = next(ln for ln in read_layout(text).lines if ln.text.startswith(("Table", "Figure")))
        assert caption.kind == "heading" and caption.label == label
    pipe = read(PIPE_CAPTION)
    board = "Youth Offending Management Board"
    assert {"Thamesfield Police", "Marlow Vale Mind"} <= {s for s, o in of(pipe, "member_of") if o == board}
    assert ("Thamesfield Police", "Chief Inspector, Partnerships, Thamesfield Police") in _represented(pipe)
    tab = read(TAB_CAPTION)
    assert ("Dunmere Fire and Rescue Service", "Kelbrook Violence Reduction Group") in of(tab, "member_of")
    space = read(SPACE_CAPTION)
    assert ("Tarnside Police", "Orrinshaw Prevent Steering Group") in of(space, "member_of")


def test_a_caption_over_a_list_no_reader_of_lists_reads_names_no_members() -> None:
    text = """Kelbrook Borough Council\nAnnual report 2025\n\nTable 1: Projects funded in 2024/25\n""" + \
        """- Kelbrook Youth Club\n- Dunmere Street Angels\n"""
    doc = read(text)  # a caption naming another kind of list (here funding) must not stop the paper being read
    assert not any(o == "Kelbrook Youth Club" for _, o in of(doc, "member_of"))


def test_a_bare_rank_under_a_whole_post_the_column_could_have_continued_is_a_second_seat() -> None:
    # three councils' space-set seat tables: the post above ends well short of the column's widest cell, so the
    # rank on the next line (first column empty) is the organisation's next seat, not the post run on
    tables = [
        ["  Agency                              Representative",
         "  Farrowdale District Council         Director of Housing and Regeneration (Chair)",
         "                                      Head of Community Services",
         "                                      Anti-social Behaviour Officer",
         "  Kestmoor Police                     Inspector, Farrowdale Neighbourhoods"],
        ["Organisation                 Seat",
         "Wenlow Borough Council       Assistant Director, Environmental Protection",
         "                             Head of Licensing",
         "                             Community Safety Co-ordinator",
         "Wenlow Homes                 Tenancy Enforcement Lead"],
        ["   Partner                          Post held",
         "   Brackley Vale Council            Director of Early Help and Prevention",
         "                                    Head of Youth Services",
         "                                    Senior Youth Support Worker",
         "   Brackley Vale College            Designated Safeguarding Lead"],
    ]
    for lines in tables:
        joined = join_wrapped_rows(lines)
        assert len(joined) == 3, joined
        seats = joined[1].split("; ")
        assert len(seats) == 3 and seats[-1].strip() == lines[3].strip(), joined[1]
    # a rank cut by the column's width still runs on: the next word would not have fitted above
    cut = ["  Organisation          Representative",
           "  Farrowdale Council    Head of Community Safety and",
           "                        Wellbeing Services Manager",
           "  Kestmoor Police       Chief Inspector"]
    assert "Head of Community Safety and Wellbeing Services Manager" in join_wrapped_rows(cut)[1]
