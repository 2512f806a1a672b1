"""loaders/resolve.py: a post qualified by the paper's own council, in any form the paper gives the council
("Royal Borough of Kingston upon Thames", "RBK"), is also known as the post of the council's area ("Head of
Community Safety, Kingston upon Thames"); a post of another organisation is not given the area."""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))

from extract_helpers import of, read  # noqa: E402


def _aliases(text: str, name: str) -> set[str]:
    doc = read(text)
    return next(set(e.aliases) for e in doc.entities if e.kind == "post" and e.name.startswith(name))


def test_a_royal_borough_post_is_also_the_area_s() -> None:
    text = ("Royal Borough of Kingston upon Thames\n\nSafer Kingston Partnership Board\n\n"
            "Minutes of the meeting held on 3 May 2024\n\n"
            "Present: Cllr Tamsin Velo (Chair), Hollis Brandt (Director of Public Health, Royal Borough of Kingston "
            "upon Thames)\n")
    assert "Director of Public Health, Kingston upon Thames" in _aliases(
        text, "Director of Public Health, Royal Borough of Kingston upon Thames")


def test_a_metropolitan_borough_post_written_in_a_table_is_also_the_area_s() -> None:
    text = ("Stockport Metropolitan Borough Council\n\nSafer Stockport Partnership\n\n"
            "Minutes of the meeting held on 9 July 2024\n\nPresent:\n\n"
            "| Name | Organisation | Role |\n|---|---|---|\n"
            "| Orla Pennick | Stockport Metropolitan Borough Council | Head of Community Safety |\n"
            "| Dev Amberley | Greater Manchester Police | District Commander |\n")
    aliases = _aliases(text, "Head of Community Safety, Stockport")
    assert "Head of Community Safety, Stockport" in aliases
    doc = read(text)
    police_posts = [e for e in doc.entities if e.kind == "post" and "Greater Manchester Police" in e.name]
    assert all("District Commander, Stockport" not in e.aliases for e in police_posts)


def test_names_made_with_the_area_are_known_by_the_paper_s_ampersand_spelling() -> None:
    text = ("Borough of Brighton and Hove\n\nCabinet\n\nBrighton & Hove Community Safety Strategy\n\n"
            "1.1 The strategy was developed by the Brighton & Hove Community Safety Partnership with Brighton & Hove "
            "City Council and Sussex Police.\n")
    doc = read(text)
    forms = {n for e in doc.entities if "Brighton and Hove" in e.name for n in (e.name, *e.aliases)}
    assert any(n.startswith("Brighton & Hove") for n in forms)


def test_the_priorities_of_a_plan_named_for_its_area_are_the_plan_s() -> None:
    doc = read("Office of the Cumbria Police, Fire and Crime Commissioner\n\nDecision Notice 12/2024\n\n"
               "1.1 These grants serve the three priorities of the Police and Crime Plan for Cumbria 2021-2025: "
               "keeping roads safe; tackling rural crime; and supporting victims.\n")
    owners = {o for _, o in of(doc, "priority_of")}
    assert owners and all(o.startswith("Police and Crime Plan for Cumbria") for o in owners)
