"""Remit readings of session 16: agreements between councils. An agreement names its parties once and then calls
them by one term ("the Councils"); a duty said of "Each Council" or of "the Councils'" is each party's, and the
term is no body of its own. A section heading "Scope of the Service" is the section's title, not a body's name.
Every text here is written for the test, in several drafting styles (a deed's parties block in capitals, a prose
opening, a lettered recital, a numbered clause)."""

from __future__ import annotations

from extract_helpers import of, read


def _duties(text: str) -> set[tuple[str, str]]:
    return of(read(text), "statutory_duty")


def test_each_council_after_a_parties_block_in_capitals_is_each_party():
    got = _duties(
        "Shared Community Safety Team: Inter-Authority Agreement\n\n"
        "PARTIES\n"
        "(1) ADUR DISTRICT COUNCIL of the Civic Centre, Ham Road, Shoreham (\"Adur\"); and\n"
        "(2) WORTHING BOROUGH COUNCIL of Portland House, Richmond Road, Worthing (\"Worthing\"),\n"
        "together \"the Councils\".\n\n"
        "RECITALS\n"
        "C. Each Council is a responsible authority for its own district under the Crime and Disorder Act 1998 "
        "(section 5).\n")
    assert ("Adur District Council", "Crime and Disorder Act 1998") in got, got
    assert ("Worthing Borough Council", "Crime and Disorder Act 1998") in got, got
    assert not any("Each" in s or s == "Councils" for s, _ in got), got


def test_the_councils_duties_in_a_numbered_clause_are_each_partys():
    got = _duties(
        "Joint working agreement\n\n"
        "This agreement is made between South Hams District Council and West Devon Borough Council, together "
        "\"the Councils\", for one community safety service.\n\n"
        "4. What the service does\n\n"
        "4.1 For both districts the service carries out the Councils' duties that the Counter-Terrorism and "
        "Security Act 2015 sets (section 26).\n")
    assert ("South Hams District Council", "Counter-Terrorism and Security Act 2015") in got, got
    assert ("West Devon Borough Council", "Counter-Terrorism and Security Act 2015") in got, got
    assert not any(s == "Councils" for s, _ in got), got


def test_both_councils_in_a_numbered_clause():
    got = _duties(
        "Memorandum of agreement\n\n"
        "1. Parties\n\n"
        "1.1 High Peak Borough Council and Staffordshire Moorlands District Council (together \"the Councils\") "
        "agree to share a community safety officer team.\n\n"
        "2. Background\n\n"
        "2.1 Both Councils have duties as tier two authorities under the Domestic Abuse Act 2021.\n")
    assert ("High Peak Borough Council", "Domestic Abuse Act 2021") in got, got
    assert ("Staffordshire Moorlands District Council", "Domestic Abuse Act 2021") in got, got


def test_each_council_without_a_defined_term_is_not_spread():
    # a county report: "each council" is every district of the county, which the paper does not list as parties
    got = _duties(
        "Countywide community safety update\n\n"
        "Breckland Council and South Holland District Council have shared a community safety officer since "
        "2022.\n\n"
        "Each council is a responsible authority for its own district under the Crime and Disorder Act 1998 "
        "(section 5).\n")
    assert not {s for s, _ in got} >= {"Breckland Council", "South Holland District Council"}, got


def test_scope_heading_is_no_body():
    for heading in ("3. Scope of the Service", "2.  SCOPE OF THE SERVICE", "Scope of the Hub"):
        doc = read(
            "Agreement for a shared community safety service\n\n"
            "1. The Westshore Community Safety Service (\"the Service\") is hosted by one council for both.\n\n"
            f"{heading}\n\n"
            "The Service is responsible for:\n"
            "  a) anti-social behaviour case management;\n"
            "  b) CCTV liaison.\n")
        subjects = {s for s, _ in of(doc, "responsible_for")}
        assert not any(s.casefold().startswith("scope of") for s in subjects), (heading, subjects)
