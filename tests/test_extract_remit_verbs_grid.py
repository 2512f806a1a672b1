"""Grid: a body's remit stated by an ordinary verb of its work (extract/remit_verbs.py).

Invented papers of several councils' styles (terms of reference, a web page, a plan's governance section, a
grants scheme's rules, minutes). A body as the subject of "manages" and a field of work oversees it; the agent of
"are approved by" with a sum answers for approving the awards the sum bounds. One meeting's business in the past
tense, a speaker's account, a phrase that points back, a name, a quantity, a paper approved and a grant's purpose
give nothing; the neighbouring readings (a body overseeing a named programme, "is responsible for") stay.
"""

from __future__ import annotations

import pytest
from extract_helpers import assert_evidence_quotes, of, read

_PAPER = "Safer Marlow Vale Partnership\n\n"
_RULES = ("remit:by_verb", "remit:by_agent")

# (text, relation, (body, function)) the paper states as a remit
READ = [
    # a web page: the body opens the sentence, a place added after the phrase is where, not what
    ("The Marlow Vale Tasking Group manages the multi-agency response to street drinking across the town.",
     "oversees", ("Marlow Vale Tasking Group", "multi-agency response to street drinking")),
    # a relative clause on the body
    ("The Kestrel Bay Vulnerability Panel, which manages high-risk anti-social behaviour cases, meets monthly.",
     "oversees", ("Kestrel Bay Vulnerability Panel", "high-risk anti-social behaviour cases")),
    # a time after the phrase
    ("The Fenbury Operational Group manages the tasking of problem places and repeat callers each month.",
     "oversees", ("Fenbury Operational Group", "tasking of problem places and repeat callers")),
    # a grants scheme's rules: the threshold is part of the function
    ("Grants of £5,000 or more are approved by the Marlow Vale Partnership Executive Group.",
     "responsible_for", ("Marlow Vale Partnership Executive Group", "approving grants of £5,000 or more")),
    ("Awards of up to £2,500 will be approved by the Kestrel Bay Community Grants Panel.",
     "responsible_for", ("Kestrel Bay Community Grants Panel", "approving awards of up to £2,500")),
    # a post as the agent, named through its council
    ("Awards under £1,000 are approved by Fenbury Council's Head of Community Safety.",
     "responsible_for", ("Head of Community Safety", "approving awards under £1,000")),
]


@pytest.mark.parametrize(("text", "relation", "fact"), READ, ids=[f[1] for _, _, f in READ])
def test_a_remit_by_an_ordinary_verb_is_read(text: str, relation: str, fact: tuple[str, str]) -> None:
    doc = read(_PAPER + text + "\n")
    assert_evidence_quotes(doc)
    got = {(s.casefold(), o.casefold()) for s, o in of(doc, relation)}
    body, function = fact
    assert any(o == function.casefold() and body.casefold() in s for s, o in got), got


def test_a_list_item_under_its_body_is_the_bodys_remit() -> None:
    doc = read(_PAPER + "The Colnbrook Operational Group will:\n\n- manage the joint response to repeat "
               "locations\n- report to the Partnership each quarter\n")
    assert ("Colnbrook Operational Group", "Joint response to repeat locations") in of(doc, "oversees")


def test_it_stands_for_the_body_of_the_sentence_before() -> None:
    doc = read(_PAPER + "The Ashby Reach Harm Panel was set up in 2022. It manages high-risk victims of "
               "anti-social behaviour.\n")
    assert ("Ashby Reach Harm Panel", "High-risk victims of anti-social behaviour") in of(doc, "oversees")


# what is no stated remit: nothing is read as one
NOT_READ = [
    # one meeting's business, in the past tense
    "The Marlow Vale Partnership Board managed the response to the floods last winter.",
    "Grants of £5,000 or more were approved by the Marlow Vale Partnership Executive Group in March.",
    # a speaker's account
    "Ms Okoro said the Kestrel Bay Tasking Group manages most of the calls about street drinking.",
    # a phrase that points back, a quantity, a thing held rather than work done
    "The Fenbury Prevent Board manages this work through its three sub-groups.",
    "The Harrowfield Vulnerability Panel manages the number of open cases each quarter.",
    "The Eastmere Community Safety Team manages the grant agreements for the Partnership.",
    # a pronoun or a comparative opens the passive: what is meant is said elsewhere
    "It is approved by the Harrowfield Partnership Board.",
    "Smaller grants are approved by the Marlow Vale Partnership Executive Group.",
    # a paper approved is no remit: no sum bounds it
    "The Eastmere Community Safety Plan is approved by the Eastmere Partnership Board each year.",
    # a grant's purpose: the base form with no list over it
    "£8,000 went to the Ashby Reach Youth Trust to manage the night-time marshals scheme.",
    # two bodies as one subject: which one does it is not said
    "Eastmere Council and the Eastmere Police Division manage the response to street drinking together.",
    # a person as the subject
    "Jo Maddox manages the rota for the street pastors.",
    # the object is a name, the clause readers' to read
    "The Colnbrook Prevent Board manages the Colnbrook Channel Panel.",
]


@pytest.mark.parametrize("text", NOT_READ)
def test_what_is_not_a_stated_remit_gives_nothing(text: str) -> None:
    doc = read(_PAPER + text + "\n")
    assert not [f for f in doc.facts if f.rule in _RULES], \
        [(f.subject.name, f.object.name if f.object else "") for f in doc.facts if f.rule in _RULES]


def test_the_neighbouring_readings_stay() -> None:
    doc = read(_PAPER + "The Harrowfield Partnership Board oversees the Safer Streets Programme. The Harrowfield "
               "Community Safety Team is responsible for reducing reoffending.\n")
    assert ("Harrowfield Partnership Board", "Safer Streets Programme") in of(doc, "oversees")
    assert any(s == "Harrowfield Community Safety Team" and "reducing re" in o.casefold()
               for s, o in of(doc, "responsible_for"))
    assert not [f for f in doc.facts if f.rule in _RULES]
