"""A table under a section's numbered paragraph: the paragraph ("5.1<tab>... is heard by a Case Review Panel. The
panel is chaired by ... Members are:") opens the table and names whose members its rows are; it is no row of the
table, and the rows are not the paper's own body's.

Every text here is written for the test in the styles councils use; the people are invented.
"""

from __future__ import annotations

from extract_helpers import of, read


def test_a_numbered_paragraph_opens_the_table_under_it() -> None:
    text = ("Leeds City Council\nCommunity Trigger Procedure\nOwner: Safer Leeds Partnership\n\n"
            "4. Panel membership\n\n"
            "4.1\tEach application that meets the threshold is heard by a Leeds Community Trigger Panel. The panel "
            "is chaired by a manager with no earlier part in the case. Members are:\n\n"
            "\tOrganisation\t\t\tPanel member\n"
            "\tLeeds City Council\t\tHousing Manager (chair)\n"
            "\tWest Yorkshire Police\t\tNeighbourhood Inspector\n"
            "\tLeeds Federated Housing\t\tTenancy Officer\n\n"
            "4.2\tThe panel may invite other agencies.\n")
    members = of(read(text), "member_of")
    assert ("West Yorkshire Police", "Leeds Community Trigger Panel") in members
    assert not any(body == "Safer Leeds Partnership" for _, body in members)
