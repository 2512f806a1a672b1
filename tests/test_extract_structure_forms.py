"""Structure forms many councils use, each read from short papers written here in several councils' styles."""

from __future__ import annotations

from extract_helpers import of, read


def test_partnership_rows_cover_the_place_their_names_start_with():
    doc = read("""Kent Police and Crime Commissioner
Decision 2025/04: Community Safety Partnership grants 2025/26

The Commissioner awards the following grants for 2025/26:

| Partnership                               | Grant 2025/26 |
|-------------------------------------------|---------------|
| Dartford Community Safety Partnership     | £41,000       |
| Safer Swale Partnership                   | £38,500       |
| Thanet Community Safety Partnership       | £52,250       |
""")
    covers = of(doc, "covers_area")
    assert ("Dartford Community Safety Partnership", "Dartford") in covers
    assert ("Safer Swale Partnership", "Swale") in covers
    assert ("Thanet Community Safety Partnership", "Thanet") in covers


def test_a_partnership_row_takes_its_area_column_or_its_council():
    doc = read("""Police and Crime Commissioner for Devon and Cornwall
Decision notice 031/2025

Partnership                          Lead council                   Allocation
Exeter Community Safety Partnership  Exeter City Council            £60,000
Stronger Together Partnership        Torbay Council                 £45,500
Plymouth Community Safety Partnership  Plymouth City Council        £71,800
""")
    covers = of(doc, "covers_area")
    assert ("Exeter Community Safety Partnership", "Exeter") in covers
    assert ("Stronger Together Partnership", "Torbay") in covers


def test_one_partnership_in_a_table_is_no_list_of_areas():
    doc = read("""Grants awarded in 2025/26

| Recipient                              | Amount  |
|----------------------------------------|---------|
| Barnsley Community Safety Partnership  | £30,000 |
| Barnsley Women's Aid                   | £12,000 |
""")
    assert not of(doc, "covers_area")
