"""loaders/resolve.py: a post only a council has, written bare in a council's paper, is that council's and is
named as the conventions name council posts ("Leader of Bromsgrove District Council"), the written form and the
usual qualified forms staying aliases. A post naming another organisation, or written with its owner, is not."""

from __future__ import annotations

from govkg.loaders.mentions import find_mentions
from govkg.loaders.resolve import DocContext, Resolver


def posts(text: str, **ctx) -> dict[str, set[str]]:
    """Post names -> aliases of the posts TEXT names."""
    r = Resolver(text, DocContext(**ctx))
    for m in find_mentions(text, 0, len(text)):
        r.entity(m)
    return {e.name: set(e.aliases) for e in r.entities if e.kind == "post"}


def test_a_bare_director_of_public_health_is_the_council_s() -> None:
    got = posts("The report was presented by the Director of Public Health.", area="Rotherham",
                council="Rotherham Metropolitan Borough Council")
    aliases = got["Director of Public Health, Rotherham Metropolitan Borough Council"]
    assert {"Director of Public Health", "Director of Public Health of Rotherham Metropolitan Borough Council",
            "Director of Public Health (Rotherham)", "Rotherham Director of Public Health"} <= aliases


def test_the_leader_is_the_leader_of_the_council() -> None:
    got = posts("Apologies were received from the Leader and the Cabinet Member for Housing.", area="Torbay",
                council="Torbay Council")
    assert "Leader" in got["Leader of Torbay Council"]
    assert "Cabinet Member for Housing" in got["Cabinet Member for Housing, Torbay Council"]
    # a councillor's post is not also named with the area before it, as an officer's may be
    assert "Torbay Cabinet Member for Housing" not in got["Cabinet Member for Housing, Torbay Council"]


def test_posts_of_partners_and_papers_without_a_council_keep_their_form() -> None:
    got = posts("Present: the Head of Community Safety, Devon Police, and the Chief Executive.", area="Exeter",
                council="Exeter City Council")
    assert not any(name.endswith("Exeter City Council") for name in got)
    got = posts("The Portfolio Holder for Communities gave an update.", area="Wealdshire")
    assert not any("," in name for name in got)


def test_an_owner_written_beside_the_post_wins_over_the_council() -> None:
    from govkg.loaders.resolve import Resolver as R

    r = R("The Community Safety Manager attended.", DocContext(area="Hartlepool", council="Hartlepool Borough Council"))
    for m in find_mentions(r.text, 0, len(r.text)):
        r.entity(m)
    e = r.post_named("Community Safety Manager, Hartlepool Borough Council, Cleveland Fire Brigade")
    assert e.name == "Community Safety Manager, Cleveland Fire Brigade"


def test_an_attendance_list_gives_council_posts_their_council_and_partners_theirs() -> None:
    from extract_helpers import of, read

    doc = read("Wealdbridge Borough Council\nSafer Wealdbridge Partnership\nMinutes of the meeting held on 4 March "
               "2024\n\nPresent:\nCllr Harriet Vossberg, Cabinet Member for Community Safety\nDr Ilse Marwood, "
               "Director of Public Health\nTomas Greaves, Head of Community Safety, Kent Police\n")
    held = of(doc, "holds_post")
    assert ("Harriet Vossberg", "Cabinet Member for Community Safety, Wealdbridge Borough Council") in held
    assert ("Dr Ilse Marwood", "Director of Public Health, Wealdbridge Borough Council") in held
    assert ("Tomas Greaves", "Head of Community Safety, Kent Police") in held


def test_a_council_s_own_unit_is_also_known_by_the_council_s_name() -> None:
    r = Resolver("Minutes taken by Democratic Services.", DocContext(area="Swindon", council="Swindon Borough Council"))
    e = r.body_named("Democratic Services")
    assert "Swindon Borough Council Democratic Services" in {e.name, *r.remember(e).aliases} | {
        a for x in r.entities if x.name == e.name for a in x.aliases}


def test_a_post_of_a_named_organisation_is_also_written_with_it_in_brackets() -> None:
    r = Resolver("x", DocContext(area="Dudley", council="Dudley Metropolitan Borough Council"))
    r.body_named("West Midlands Fire Service")
    e = r.post_named("Station Commander, West Midlands Fire Service")
    (post,) = [x for x in r.entities if x.name == e.name]
    assert "Station Commander (West Midlands Fire Service)" in post.aliases


def test_a_council_s_directors_are_its_own() -> None:
    got = posts("The Strategic Director of Place and the Director of Children's Services attended.", area="Oldham",
                council="Oldham Council")
    assert "Strategic Director of Place, Oldham Council" in got
    assert "Director of Children's Services, Oldham Council" in got


def test_a_welsh_director_of_public_health_is_not_the_council_s() -> None:
    got = posts("The Director of Public Health gave an update.", area="Ceredigion", council="Ceredigion County Council")
    assert "Director of Public Health" in got
