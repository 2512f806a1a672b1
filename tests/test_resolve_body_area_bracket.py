"""A national body written with the area or local office it serves in a bracket ("Probation Service (Cumbria)",
"Probation Service (Swindon PDU)") keeps that fuller name among its names, as the conventions keep the fullest name
the documents give; a bracket that is a remark or initials is no part of the name."""

from __future__ import annotations

from extract_helpers import read


def _names(text: str, word: str) -> set[str]:
    doc = read(text)
    return {n for e in doc.entities if e.kind == "body" and word in e.name for n in (e.name, *e.aliases)}


def test_seat_table_office_with_its_delivery_unit() -> None:
    names = _names("Swindon Community Safety Partnership\n\nMembership\nName | Role | Organisation\nTom Hale | Head of "
                   "Probation Delivery Unit | Probation Service (Swindon PDU)\nAnn Bell | Inspector | Wiltshire "
                   "Police\n", "Probation")
    assert "Probation Service (Swindon PDU)" in names, names


def test_members_sentence_office_with_its_county() -> None:
    names = _names("Members of the Carlisle Community Safety Partnership include Cumberland Council, Cumbria Police "
                   "and the Probation Service (Cumbria).\n", "Probation")
    assert "Probation Service (Cumbria)" in names, names


def test_attendance_line_office_with_its_region() -> None:
    names = _names("Carlisle Community Safety Partnership\nMinutes\n\nPresent: Cllr Jo Pike (Chair); Lou Kerr, "
                   "Senior Probation Officer, Probation Service (North West); Sam Dee, Cumberland Council.\n",
                   "Probation")
    assert "Probation Service (North West)" in names, names


def test_a_remark_or_initials_in_the_bracket_is_no_name() -> None:
    names = _names("Funding of the Leeds Youth Justice Service 2025/26\n\nContributor | Amount\nProbation Service "
                   "(cash and seconded officer) | £6,000\nProbation Service (NPS) | £1,000\n", "Probation")
    assert not any("(" in n for n in names), names
