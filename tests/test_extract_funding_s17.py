"""Funding forms of papers from councils no one had read (session 17). Every text is written here, in several
councils' styles; none is copied from a corpus.

A youth justice plan sets out its partners' budget under a heading ("3.4 Partnership budget 2025-26") or a line
("The service is funded through a pooled budget of £N:"): the budget is the service's own, never the budget of the
last partnership the plan names (it reports to a safeguarding partnership and a community safety partnership)."""

from __future__ import annotations

from extract_helpers import funds

_PLAN_OPENING = ("Westmarch Borough Council\nYouth Justice Plan 2025-26\n\n"
                 "2.1 Westmarch Youth Justice Service (WYJS) is a statutory multi-agency service. The Youth Justice "
                 "Management Board oversees it and reports to the Westmarch Safeguarding Children Partnership "
                 "(WSCP) every year.\n\n")


def test_a_bare_partnership_budget_heading_is_not_the_last_named_partnerships() -> None:
    got = funds(_PLAN_OPENING + "3.4 Partnership budget 2025-26\n\n"
                " Contributor                        | Cash       | In kind\n"
                "------------------------------------+------------+----------------\n"
                " Westmarch Borough Council          | £610,000   |\n"
                " Eastvale Police                    | £32,000    | 1 police officer\n"
                " Probation Service                  | £7,500     | 0.5 probation officer\n"
                " Total                              | £649,500   |\n")
    assert not any(r == "Westmarch Safeguarding Children Partnership" for _, r, _ in got), got


def test_the_service_funded_through_a_pooled_budget_is_the_receiver() -> None:
    got = funds("Harrowdene Council\nYouth Justice Plan 2024-25\n\n"
                "1.2 Harrowdene Youth Justice Service (HYJS) works with the Safer Harrowdene Partnership and "
                "reports to the Harrowdene Safeguarding Children Partnership.\n\n"
                "4.3 Resources 2024-25\n\n"
                "The service is funded through a pooled partnership budget of £842,000:\n\n"
                "   Source                              Cash        In kind\n"
                "   Harrowdene Council                  £700,000    accommodation\n"
                "   Northshire Constabulary             £52,000     1 police officer\n"
                "   Probation Service                   £90,000     -\n"
                "   Total                               £842,000\n")
    assert ("Northshire Constabulary", "Harrowdene Youth Justice Service", 52000) in got, got
    assert not any(r in ("Safer Harrowdene Partnership", "Harrowdene Safeguarding Children Partnership")
                   for _, r, _ in got), got


def test_the_board_funded_from_a_shared_budget_in_a_list_layout() -> None:
    got = funds("Calderbrook Safeguarding Adults Board\nAnnual Report 2025\n\n"
                "The Calderbrook Community Safety Partnership shares some of the Board's work.\n\n"
                "The Board is funded from a shared partner budget:\n\n"
                "  Calderbrook Council          £120,000\n"
                "  NHS Calderbrook ICB          £60,000\n")
    assert not any(r == "Calderbrook Community Safety Partnership" for _, r, _ in got), got
