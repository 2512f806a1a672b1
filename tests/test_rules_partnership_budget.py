"""funding: "the partnership budget" of a youth justice plan is the partners' pooled money for the service, not
the budget of a Partnership the paper names, nor of a body "YJS partnership" (s16-rules). Plans written for the
test in several layouts (spaced columns under a numbered paragraph, a capitalised section, a pipe table)."""
from __future__ import annotations

import pytest
from extract_helpers import of, read

HEAD = """Thurrock Youth Justice Service: our plan for the year 2025 to 2026

1. Governance
1.1 The Thurrock Youth Justice Management Board oversees the service. The Safer Thurrock Partnership
receives the plan each year.

"""
_PLANS = {
'a': HEAD + """5. Resources

5.1  The partnership budget for 2025-26 is £1,204,000. Contributions:

  Partner                                            2025-26
  Youth Justice Board grant                          £640,000
  Thurrock Council                                   £480,000
  Essex Police and Crime Commissioner                £52,000
  Probation Service                                  £32,000
""",
'b': HEAD + """4.  RESOURCES

4.1 In 2025/26 the YJS partnership budget comes to £1,204,000:

  Source                                              2025/26
  Youth Justice Board                                 £640,000
  Thurrock Council                                    £480,000
  NHS Mid and South Essex ICB                         £84,000
""",
'c': HEAD + """6. Budget

The partnership budget is set out below.

| Contributor | 2025/26 |
|---|---|
| Thurrock Council | £480,000 |
| Essex Police | £40,000 |
| Youth Justice Board | £640,000 |
""",
}


@pytest.mark.parametrize("key", sorted(_PLANS))
def test_the_partnership_budget_is_no_partnership_s(key: str) -> None:
    receivers = {o for _, o in of(read(_PLANS[key]), "funds")}
    assert not {o for o in receivers if o.casefold().endswith("partnership")}


def test_a_partnership_s_own_budget_is_still_its_own() -> None:
    text = HEAD + """7. Finance

The partnership's budget for 2025/26 is made up as follows:

  Contributor                                         2025/26
  Thurrock Council                                    £60,000
  Essex Police and Crime Commissioner                 £45,000
"""
    assert {o for _, o in of(read(text), "funds")} <= {"Safer Thurrock Partnership", "Thurrock Youth Justice Service",
                                                        "Thurrock Youth Justice Management Board"}
