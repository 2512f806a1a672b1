"""loaders/gazetteer/council_posts.yaml officer_fields/officer_roles, resolve._council_post: a council officer's title
made of a community safety field and a role's word ("Prevent Co-ordinator", "Domestic Abuse Strategic Lead",
"Public Health Commissioning Manager") written bare in the council's own paper is the council's post, as "Head of
X" is; with another organisation written after it, it is that organisation's. Texts written for the test, in three
councils' styles; people and bodies invented."""

from __future__ import annotations

from extract_helpers import of, read


def test_a_prevent_coordinator_on_a_council_web_page() -> None:
    doc = read("Harwick District Council\nPrevent and the Channel Panel\n\n"
               "If you are worried about someone, contact our Prevent Co-ordinator, Amelie Strand, on 01234 "
               "567890.\n")
    assert ("Amelie Strand", "Prevent Co-ordinator, Harwick District Council") in of(doc, "holds_post")


def test_a_domestic_abuse_lead_in_a_council_annual_report() -> None:
    doc = read("Safer Lindmere Partnership Annual Report 2024/25\nLindmere Borough Council\n\n"
               "Tomasz Ferreira, Domestic Abuse Strategic Lead, chairs the Lindmere Domestic Abuse Forum, which met "
               "six times this year.\n")
    assert ("Tomasz Ferreira", "Domestic Abuse Strategic Lead, Lindmere Borough Council") in of(doc, "holds_post")


def test_a_commissioning_manager_in_a_drugs_partnership_paper() -> None:
    doc = read("Corbridge Vale Council\nCombating Drugs Partnership: Terms of Reference\n\n"
               "Treatment Group - its chair is the Public Health Commissioning Manager, Idris Penhallow.\n")
    assert ("Idris Penhallow", "Public Health Commissioning Manager, Corbridge Vale Council") in \
        of(doc, "holds_post")


def test_the_same_title_with_a_partner_after_it_is_the_partners() -> None:
    doc = read("Harwick District Council\nPrevent and the Channel Panel\n\n"
               "The panel heard from Amelie Strand, Prevent Co-ordinator, Wessex Police, on referrals.\n")
    posts = {post for p, post in of(doc, "holds_post") if p == "Amelie Strand"}
    assert "Prevent Co-ordinator, Harwick District Council" not in posts
