"""A grid of invented papers: a statutory duty said by a general verb ("the Act requires X, as the ... authority,
to", "X is bound by section N of the Act", "places the Serious Violence Duty on A and B", "X exists because the Act
requires it"), and the places a coverage sentence lists ("covers the area of X, including A, B and C", "from A to
B", "heard cases from A, B and C", "takes in A, B and the surrounding villages"). Each has its "the paper does not
say" twins, which add nothing, and the neighbouring readings that must stay.

Every paper is written for the test; the councils are real or invented, the people invented.
"""

from __future__ import annotations

import pytest
from extract_helpers import of, read

DA = "Domestic Abuse Act 2021"
CTSA = "Counter-Terrorism and Security Act 2015"
CDA = "Crime and Disorder Act 1998"
PCSC = "Police, Crime, Sentencing and Courts Act 2022"

# (paper, facts that must be read, facts that must not)
DUTY = [
    # the one bound, then in what capacity, then what it must do
    ("Report to Cabinet\n\n3.1 Part 4 of the Domestic Abuse Act 2021 requires Norfolk County Council, as the tier "
     "one authority, to assess the need for safe accommodation.\n",
     {("Norfolk County Council", DA)}, set()),
    ("Cabinet report\n\n2.4 Section 58 of the Domestic Abuse Act 2021 obliges Lowmoor Borough Council, as a tier "
     "one local authority, to appoint a local partnership board.\n",
     {("Lowmoor Borough Council", DA)}, set()),
    # the one named out of the class the verb names
    ("Prevent Delivery Group terms of reference\n\n1.1 Section 26 of the Counter-Terrorism and Security Act 2015 "
     "obliges specified authorities, Breckland Council among them, to have due regard to the need to prevent "
     "people from being drawn into terrorism.\n",
     {("Breckland Council", CTSA)}, set()),
    # the passive's agent
    ("Report of the Cabinet\n\nMaidstone Borough Council is also bound by section 17 of the Crime and Disorder "
     "Act 1998 to consider crime and disorder in all it does.\n",
     {("Maidstone Borough Council", CDA)}, set()),
    ("Scrutiny report\n\nRushwick District Council is bound by the Police and Justice Act 2006 to keep a crime and "
     "disorder committee.\n",
     {("Rushwick District Council", "Police and Justice Act 2006")}, set()),
    # a duty the Act names, placed on each body listed
    ("Report of the Cabinet\n\nThe Police, Crime, Sentencing and Courts Act 2022 places the Serious Violence Duty "
     "on Maidstone Borough Council and Kent Police.\n",
     {("Maidstone Borough Council", PCSC), ("Kent Police", PCSC)}, set()),
    ("Report of the Cabinet\n\nThe Police, Crime, Sentencing and Courts Act 2022 places the Serious Violence Duty "
     "on each of Tendring District Council and Essex Police, which must work together.\n",
     {("Tendring District Council", PCSC), ("Essex Police", PCSC)}, set()),
    # the body the Act makes
    ("About us\n\nThe Tarn Valley Community Safety Partnership (TVCSP) exists because section 5 of the Crime and "
     "Disorder Act 1998 requires it.\n",
     {("Tarn Valley Community Safety Partnership", CDA)}, set()),
    # not said: the kind of body, not a body
    ("About the Tarn Valley Community Safety Partnership\n\nPartnerships like ours exist because the Crime and "
     "Disorder Act 1998 requires them.\n",
     set(), {("Partnerships", CDA)}),
    # the neighbouring readings that stay
    ("Report to Cabinet\n\n3.1 The Domestic Abuse Act 2021 requires Norfolk County Council to assess need.\n",
     {("Norfolk County Council", DA)}, set()),
    ("Report to Cabinet\n\n3.1 The Police, Crime, Sentencing and Courts Act 2022 places a duty on Medway Council "
     "and Kent Police to work together.\n",
     {("Medway Council", PCSC), ("Kent Police", PCSC)}, set()),
    ("Report to Cabinet\n\nSouthampton City Council is required by section 39 of the Crime and Disorder Act 1998 "
     "to establish a youth offending team.\n",
     {("Southampton City Council", CDA)}, set()),
    # not said: what the Act requires is a thing, no holder is named after the verb
    ("Report to Cabinet\n\n3.1 Part 4 of the Domestic Abuse Act 2021 requires a strategy, which Lowmoor Borough "
     "Council, as the tier one authority, published in May.\n",
     set(), {("Lowmoor Borough Council", DA)}),
]


@pytest.mark.parametrize("text, want, never", DUTY, ids=[f"duty{i}" for i in range(len(DUTY))])
def test_statutory_duty_by_general_verbs(text: str, want: set, never: set) -> None:
    got = of(read(text), "statutory_duty")
    assert want <= got, (want - got, got)
    assert not (never & got), never & got


COVER = [
    # the towns the area takes in, after "which takes in" or a "covering" with no word for them
    ("Annual report\n\nThe Safer Braintree Partnership is the community safety partnership for the district, which "
     "takes in Ockley Moor, Stanwick, Pellow Cross and the surrounding villages.\n",
     {("Safer Braintree Partnership", "Ockley Moor"), ("Safer Braintree Partnership", "Stanwick"),
      ("Safer Braintree Partnership", "Pellow Cross")}, set()),
    # not read: "including" after the area (the gold of the read sets codes it both ways)
    ("Terms of reference\n\n1.2 The Safer Braintree Partnership covers the whole of the Braintree District Council "
     "area, including Ockley Moor, Stanwick and Pellow Cross and the rural parishes.\n",
     set(), {("Braintree District Council", "Stanwick"), ("Safer Braintree Partnership", "Stanwick")}),
    # the two ends of the area
    ("About\n\nThe Tarn Valley Partnership covers every town and parish in South Derbyshire, from Swadlincote to "
     "Melbourne.\n",
     {("Tarn Valley Partnership", "Swadlincote"), ("Tarn Valley Partnership", "Melbourne")}, set()),
    # the places a panel heard cases from
    ("Channel Panel terms of reference\n\nThe West Surrey Channel Panel, which heard cases from Surrey Heath, "
     "Runnymede and Woking until 2025, has stood down.\n",
     {("West Surrey Channel Panel", "Surrey Heath"), ("West Surrey Channel Panel", "Runnymede"),
      ("West Surrey Channel Panel", "Woking")}, set()),
    # the towns a pronoun's body covers
    ("Annual report\n\nThe Tarn Valley Community Safety Partnership brings agencies together. It covers Ashby, "
     "Coalville, Ibstock and the surrounding villages.\n",
     {("Tarn Valley Community Safety Partnership", "Ashby"), ("Tarn Valley Community Safety Partnership", "Coalville"),
      ("Tarn Valley Community Safety Partnership", "Ibstock")}, set()),
    ("Annual report\n\nThe Kelby Community Safety Partnership (KCSP) covers Harrowgate Hill, Fenwick, Lowther Bridge "
     "and the surrounding rural area.\n",
     {("Kelby Community Safety Partnership", "Harrowgate Hill"), ("Kelby Community Safety Partnership", "Fenwick"),
      ("Kelby Community Safety Partnership", "Lowther Bridge")}, set()),
    # not said: a list of partners after "including" names bodies, not places
    ("Minutes\n\nThe Tarn Valley Community Safety Partnership welcomed partners, including Essex Police, Basildon "
     "Council and Southend.\n",
     set(), {("Tarn Valley Community Safety Partnership", "Southend")}),
    # not said: "including" with no area before it
    ("Minutes\n\nThe Tarn Valley Community Safety Partnership discussed several topics, including Ashby, Coalville "
     "and parking.\n",
     set(), {("Tarn Valley Community Safety Partnership", "Ashby")}),
    # not said: one name alone, with no word for it, may be anything the area takes in
    ("Minutes\n\nThe Tarn Valley Community Safety Partnership covers the borough, including Harlow Fen.\n",
     set(), {("Tarn Valley Community Safety Partnership", "Harlow Fen")}),
    # not said: the panel heard from people, not places
    ("Minutes\n\nThe West Surrey Channel Panel heard cases from Jo Bright and Sam Frost.\n",
     set(), {("West Surrey Channel Panel", "Jo Bright"), ("West Surrey Channel Panel", "Sam Frost")}),
    # an "and" inside a place's name, where the list closes on ", and"; a name wrapped over a line
    ("Annual report\n\nThe Safer Kelby Partnership is the community safety partnership for the Borough of Kelby, "
     "covering\nKelby, Dalton-in-Furness, Askam and Ireleth, and Walney Island. It was\nformed in 2019.\n",
     {("Safer Kelby Partnership", "Askam and Ireleth"), ("Safer Kelby Partnership", "Walney Island")},
     {("Safer Kelby Partnership", "Askam"), ("Safer Kelby Partnership", "Ireleth")}),
    ("Report\n\n4.3 The Group sends an annual update to the\n     Tarnside Community Safety Partnership, which covers "
     "Lowmoor, Babergh and Mid\n     Suffolk. The Group meets monthly.\n",
     {("Tarnside Community Safety Partnership", "Mid Suffolk")}, {("Tarnside Community Safety Partnership", "Mid")}),
    # not said: no body before the list
    ("Annual report\n\nThe area takes in Ockley Moor, Stanwick and Pellow Cross.\n",
     set(), set()),
]


@pytest.mark.parametrize("text, want, never", COVER, ids=[f"cover{i}" for i in range(len(COVER))])
def test_places_listed_in_a_coverage_sentence(text: str, want: set, never: set) -> None:
    doc = read(text)
    got = of(doc, "covers_area")
    assert want <= got, (want - got, got)
    assert not (never & got), never & got
    if not want and not never:
        assert not {o for _, o in got} & {"Ockley Moor", "Stanwick", "Pellow Cross"}, got
