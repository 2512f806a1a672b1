"""A partnership's governing tier named bare in its own paper ("the Strategic Board", "the Executive Group") is that
partnership's own, named after it, not a second body named after the area (resolve.Resolver.own_tier).

Every paper here is written for the test, in three councils' styles: a safeguarding partnership's web page, a
community safety partnership's annual report, a partnership's terms of reference.
"""

from __future__ import annotations

from extract_helpers import of, read

WEB_PAGE = """Westmere Safeguarding Children Partnership

Our safeguarding arrangements

Who we are
The Westmere Safeguarding Children Partnership (WSCP) took over from the Westmere Safeguarding Children Board in
2019. It covers the Westmere Council area. The WSCP publishes these arrangements each year.

The Executive Group is made up of the three delegated partners and is chaired by the Director of Children's Services.

The following groups report to the Executive Group:
  * Case Review Group
  * Neglect Strategy Group
"""

ANNUAL_REPORT = """Safer Brackton Partnership Annual Report 2025

Safer Brackton Partnership is the community safety partnership for Brackton.

The Strategic Board meets every two months and sets the partnership's priorities. Councillor Imogen Tarrow is
Vice-Chair of the Strategic Board.

The SBP Strategic Board receives an update from each theme group every quarter.
"""

TERMS = """Quellford Community Safety Partnership: governance

The Quellford Community Safety Partnership (QCSP) meets quarterly.
Its statutory partners meet as the Responsible Authorities Executive Group, which takes decisions on the
partnership's budget.

The Partnership Forum reports to the Executive Group twice a year.
"""

COUNCIL_REPORT = """Hollin Vale Borough Council - Cabinet

Report of the Head of Communities: community safety update

1. The Executive Group of officers met in May and the Community Safety Forum reports to the Executive Group.
"""

TWO_TIERS = """Quellford Community Safety Partnership: governance

The Quellford Community Safety Partnership (QCSP) meets quarterly.
Its leaders meet as the Chief Officers Executive Group and its managers as the Operational Managers Executive Group.

The Partnership Forum reports to the Executive Group twice a year.
"""


def _body(doc, name: str):
    found = [e for e in doc.entities if e.name == name]
    assert found, f"no {name}; bodies are {sorted(e.name for e in doc.entities if e.kind == 'body')}"
    return found[0]


def test_web_page_executive_group_is_the_partnerships():
    doc = read(WEB_PAGE, area_hint="Westmere")
    executive = "Westmere Safeguarding Children Partnership Executive Group"
    assert ("Westmere Case Review Group", executive) in of(doc, "reports_to")
    assert ("Director of Children's Services", executive) in of(doc, "chairs")
    # the partnership's initials and the area's name for the tier are the same body
    assert {"WSCP Executive Group", "Westmere Executive Group"} <= set(_body(doc, executive).aliases)
    assert not [e for e in doc.entities if e.name == "Westmere Executive Group"]


def test_annual_report_strategic_board_and_its_initials_are_one_body():
    doc = read(ANNUAL_REPORT, area_hint="Brackton")
    board = "Safer Brackton Partnership Strategic Board"
    assert ("Imogen Tarrow", board) in of(doc, "vice_chair")
    assert "SBP Strategic Board" in _body(doc, board).aliases
    assert not [e for e in doc.entities if e.name == "Brackton Strategic Board"]


def test_the_one_tier_named_in_full_is_the_one_meant():
    doc = read(TERMS, area_hint="Quellford")
    assert ("Quellford Partnership Forum", "Quellford Responsible Authorities Executive Group") in of(doc, "reports_to")
    assert not [e for e in doc.entities if e.name == "Quellford Community Safety Partnership Executive Group"]


def test_two_tiers_named_in_full_leave_the_bare_one_to_neither():
    doc = read(TWO_TIERS, area_hint="Quellford")
    receivers = {o for s, o in of(doc, "reports_to") if s == "Quellford Partnership Forum"}
    assert not receivers & {"Quellford Chief Officers Executive Group",
                            "Quellford Operational Managers Executive Group",
                            "Quellford Community Safety Partnership Executive Group"}


def test_a_councils_paper_has_no_partnership_tier():
    doc = read(COUNCIL_REPORT, area_hint="Hollin Vale")
    assert not [e for e in doc.entities if e.name.endswith("Partnership Executive Group")]


def test_the_tier_is_its_partnerships_subgroup():
    doc = read(ANNUAL_REPORT, area_hint="Brackton")
    assert ("Safer Brackton Partnership Strategic Board", "Safer Brackton Partnership") in of(doc, "subgroup_of")
    doc = read(WEB_PAGE, area_hint="Westmere")
    assert ("Westmere Safeguarding Children Partnership Executive Group",
            "Westmere Safeguarding Children Partnership") in of(doc, "subgroup_of")
    # a council's paper: no partnership owns its bare tier
    doc = read(COUNCIL_REPORT, area_hint="Hollin Vale")
    assert not [o for s, o in of(doc, "subgroup_of") if s.endswith("Executive Group")]


def test_the_tier_reader_is_triggered_by_the_tiers_data_alone():
    # the tiers are written once (heads.yaml partnership_tiers): the reader's trigger words, which are also its
    # per-sentence gate, are derived from that list, so a tier added there can never be skipped by a stale word list
    from govkg.loaders import extract
    from govkg.loaders.extract import owned, reads, trigger_words
    from govkg.loaders.lexicon import heads

    def probe(doc) -> None:
        return None

    try:
        expected = trigger_words(reads(*heads().partnership_tiers)(probe))
    finally:
        extract._TRIGGER_WORDS.pop(probe, None)  # the probe is no rule: leave the declarations as they were
    assert trigger_words(owned.partnership_tiers) == expected
    for tier in heads().partnership_tiers:
        assert any(w in tier.casefold() for w in expected), tier
