"""The area a partnership covers, from a table that sets each partnership beside its area ("CSP | Area covered |
Chair", a name wrapped onto a second line) and from a name glossed as its area's community safety partnership
("Safer Eastholme Partnership (the community safety partnership)"). Every text is written for the test; the people
are invented."""

from __future__ import annotations

from extract_helpers import of, read


def test_a_table_of_partnerships_and_the_areas_they_cover() -> None:
    doc = read("Surrey Community Safety Agreement\n\n4  Borough and district partnerships\n\n"
               "  CSP                                   Area covered            Chair\n"
               "  ------------------------------------  ----------------------  ------------------------\n"
               "  Safer Elmbridge Partnership           Elmbridge               Cllr Ruth Allonby\n"
               "  Runnymede and Spelthorne Community    Runnymede; Spelthorne   Insp. Omar Khalid\n"
               "    Partnership                         borough                   (Surrey Police)\n"
               "  Waverley Community Safety Partnership Waverley                Tess Ambrose, Waverley BC\n")
    covered = of(doc, "covers_area")
    assert ("Safer Elmbridge Partnership", "Elmbridge") in covered, covered
    assert ("Runnymede and Spelthorne Community Partnership", "Runnymede") in covered, covered
    assert ("Runnymede and Spelthorne Community Partnership", "Spelthorne") in covered, covered


def test_an_area_cell_that_is_not_all_places_gives_nothing() -> None:
    doc = read("Partnerships report\n\n"
               "  Partnership                      Area                              Lead\n"
               "  Safer Elmbridge Partnership      town centre night-time economy    Cllr Ruth Allonby\n")
    assert not of(doc, "covers_area")


def test_a_council_standing_for_its_partnership_is_not_said_to_cover() -> None:
    doc = read("Grants to partnerships\n\n"
               "  Partnership                      Local authority area      Amount\n"
               "  Woking Borough Council           Woking                    £14,000\n"
               "  Safer Guildford Partnership      Guildford                 £21,500\n")
    covered = of(doc, "covers_area")
    assert ("Safer Guildford Partnership", "Guildford") in covered, covered
    assert not any(s == "Woking Borough Council" for s, _ in covered), covered


def test_a_name_glossed_as_the_community_safety_partnership() -> None:
    doc = read("Safeguarding arrangements\n\n"
               "The Board keeps a joint protocol with the Safer Rotherham Partnership (the community safety "
               "partnership) on exploitation.\n\n"
               "Safer Oldham - Community Safety Partnership\n\n"
               "Partners include the Safer Bolton Partnership (the CSP) and the youth justice service.\n")
    covered = of(doc, "covers_area")
    assert {("Safer Rotherham Partnership", "Rotherham"), ("Safer Oldham", "Oldham"),
            ("Safer Bolton Partnership", "Bolton")} <= covered, covered


def test_a_gloss_after_a_name_without_a_place_gives_nothing() -> None:
    doc = read("Road safety\n\nThe Safer Roads Partnership (the CSP) met in May.\n")
    assert not of(doc, "covers_area")


def test_the_districts_of_a_region_listed_after_it_are_covered() -> None:
    doc = read("Annual report\n\nThe South Yorkshire Violence Reduction Unit co-ordinates the Serious Violence Duty "
               "across the four South Yorkshire districts of Barnsley, Doncaster, Rotherham and Sheffield.\n")
    covered = of(doc, "covers_area")
    assert {("South Yorkshire Violence Reduction Unit", p) for p in ("Barnsley", "Doncaster", "Rotherham",
                                                                      "Sheffield")} <= covered, covered
    assert ("South Yorkshire Violence Reduction Unit", "South Yorkshire") not in covered, covered
