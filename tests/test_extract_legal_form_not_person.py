"""loaders/mentions.py: words before a company's legal form ("Penn Lane Recovery CIC", "Eastway Recovery Ltd") name
the company, never a person whose surname the form would follow. Texts written for the test; names invented."""

from __future__ import annotations

import pytest
from extract_helpers import read


@pytest.mark.parametrize(("text", "company"), [
    ("Bolton Combating Drugs Partnership\n\nTerms of Reference\n\nMembership\n"
     "| Organisation                     | Post                              |\n"
     "|  Brook Lane Recovery CIC (provider)|  Service Manager                 |\n"
     "|  Bolton Council                  |  Director of Public Health        |\n", "Brook Lane Recovery"),
    ("Safer Bolton Partnership\n\nThe partners are:\n- Bolton Council\n- Greater Manchester Police\n"
     "- Eastway Tenancy Ltd\n", "Eastway Tenancy"),
    ("Safer Bolton Partnership\nMinutes of the meeting held on 2 May 2024\n\nPresent:\n"
     "Cllr Ada Fenn (Chair)\nMoss Side Outreach Limited – Ivo Marr\n", "Moss Side Outreach"),
])
def test_words_before_a_legal_form_are_no_person(text: str, company: str) -> None:
    doc = read(text)
    assert not any(e.kind == "person" and e.name.startswith(company) for e in doc.entities), \
        sorted(e.name for e in doc.entities if e.kind == "person")
