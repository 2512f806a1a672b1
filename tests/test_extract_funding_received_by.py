"""A table of income under a lead written as a title ("Funding received by the partnership in 2024/25:") over
"Source | Purpose | Amount": each row's money went to the body the lead names after "by" (the paper's own when it
names it by its kind), and the purpose column says only what it was for."""

from __future__ import annotations

from extract_helpers import of, read

_SPACED = """\
Sefton Domestic Abuse Partnership Board
Annual Report 2024/25

3. Funding

Funding received by the partnership in 2024/25:

 Source                          Purpose                               Amount
 Home Office                     Perpetrator programme                 £120,000
 Sefton Council                  Domestic abuse co-ordinator post      £48,000
"""


def test_a_spaced_table_under_a_received_by_lead_funds_the_papers_body() -> None:
    funds = of(read(_SPACED), "funds")
    assert ("Home Office", "Sefton Domestic Abuse Partnership Board") in funds, funds
    assert not any(r == "Perpetrator programme" for _, r in funds), funds


_PIPED = """\
Safer Wirral Partnership
Annual Report 2024

Income

Grants received by the Safer Wirral Partnership during 2024/25:

| Funder | Purpose | Amount |
|---|---|---|
| Merseyside Police and Crime Commissioner | Community safety fund | £95,000 |
| Home Office | Safer Streets round 5 | £210,000 |
"""


def test_a_pipe_table_under_a_lead_naming_the_receiver_funds_that_body() -> None:
    funds = of(read(_PIPED), "funds")
    assert ("Home Office", "Safer Wirral Partnership") in funds, funds


_HEADED = """\
Knowsley Community Safety Partnership
Annual Report 2023/24

Money received by the CSP in 2023/24

Source\tPurpose\tAmount
Home Office\tSerious Violence Duty\t£64,000
Knowsley Council\tCCTV monitoring\t£30,500
"""


def test_a_tab_table_under_a_title_naming_the_body_by_its_acronym() -> None:
    funds = of(read(_HEADED), "funds")
    assert ("Home Office", "Knowsley Community Safety Partnership") in funds, funds
