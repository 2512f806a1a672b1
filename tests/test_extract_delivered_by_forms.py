"""Who delivers a service, in the forms grant papers and minutes use: "Z, delivered by Y" set off by commas, a
service's own name in brackets after its kind, and a grant table's "Recipient | Purpose | Amount" rows. Texts
written for the tests; the organisations are invented."""

from __future__ import annotations

from extract_helpers import of, read


def test_service_delivered_by_between_commas() -> None:
    doc = read("Northbury Hate Crime Board\nTerms of Reference\n\n5.2 The Northbury Victim Advocacy Service, "
               "delivered by Safe Harbour Trust under a contract held by the Council, attends the operational group.\n")
    assert ("Safe Harbour Trust", "Northbury Victim Advocacy Service") in of(doc, "delivers")


def test_plain_work_delivered_by_in_a_list_item() -> None:
    doc = read("Carmarthen Substance Misuse Board\nMinutes\n\n4.2 The main commissioned services are:\n"
               "     - Peer mentoring, delivered by Tywi Valley Recovery Network, £56,000\n"
               "     - Adult community drug and alcohol service (Tywi Recovery Pathways), delivered by\n"
               "       Kestrel Recovery Trust, contract value £900,000 for 2024/25\n")
    delivered = of(doc, "delivers")
    assert ("Tywi Valley Recovery Network", "Peer mentoring") in delivered
    # the service's own name in brackets is what the provider delivers, not the kind of service before it
    assert ("Kestrel Recovery Trust", "Tywi Recovery Pathways") in delivered


def test_a_fund_named_before_the_project_is_not_delivered() -> None:
    doc = read("South Moor Combined Authority\nMayoral Decision\n\n4.2 The Mayor has also agreed £50,000 from the "
               "Community Fund for the Bright Futures project, delivered by Oakhill Youth Collective, for 2025/26.\n")
    delivered = of(doc, "delivers")
    assert ("Oakhill Youth Collective", "Bright Futures project") in delivered
    assert not any("Fund" in service for _, service in delivered)


def test_grant_table_recipient_delivers_its_purpose() -> None:
    doc = read("Westmarsh Police and Crime Panel\nMinutes\n\n8.1 Grants awarded from the Commissioner's fund:\n\n"
               "  Recipient                          Purpose                             Amount\n"
               "  Larkhill Family Hub CIC            youth diversion, north Larkhill     £36,500\n"
               "  Ebbw Mentoring Trust               mentoring for young carers          £21,000\n"
               "  Safer Westmarsh Partnership        ASB hotspot patrols                 £40,000\n")
    delivered = of(doc, "delivers")
    assert ("Larkhill Family Hub CIC", "Youth diversion, north Larkhill") in delivered
    assert ("Ebbw Mentoring Trust", "Mentoring for young carers") in delivered
    # a partnership's grant is its share to spend through others: it is not said to deliver the patrols
    assert not any(who.startswith("Safer Westmarsh") for who, _ in delivered)


def test_grant_table_purpose_that_names_a_fund_or_is_cut_is_not_delivered() -> None:
    doc = read("Eastvale Police and Crime Commissioner\nDecision Notice\n\n"
               "  Recipient                          Purpose                             Amount\n"
               "  Eastvale Borough Council           Community safety fund priorities    £96,500\n"
               "  Eastvale Neighbourhood Watch       Volunteer co-ordination and         £12,750\n")
    assert of(doc, "delivers") == set()


def test_a_titled_project_delivered_by_a_provider() -> None:
    doc = read("South Moor Combined Authority\nMayoral Decision\n\n4.2 The Mayor has also agreed £50,000 for the "
               "Bright Futures project, delivered by Oakhill Youth Collective, for 2025/26.\n")
    fact = next(f for f in doc.facts if f.relation == "delivers" and f.subject.name == "Oakhill Youth Collective")
    assert fact.object.name == "Bright Futures project"
