"""'leads of' is the plural noun (the people who lead), never the verb: no led_by fact is read across it, while
the verb forms still give one. Papers written for the test."""

from __future__ import annotations

from extract_helpers import of, read


def test_the_leads_of_several_councils_lead_nothing():
    doc = read("Westmoor CONTEST Board\n\nAnnual note 2024\n\n"
               "The board is chaired by the Westmoor Police Assistant Chief Constable and brings together the "
               "Prevent leads of Harbury District Council, Kestrel Vale Council and Northvale Council.\n")
    assert of(doc, "led_by") == set()


def test_safeguarding_leads_of_schools_in_a_list_sentence():
    doc = read("Northvale Safeguarding Partnership\n\nBriefing\n\n"
               "Training was offered to the designated safeguarding leads of Northvale Academy Trust and "
               "Harbury College.\n")
    assert of(doc, "led_by") == set()


def test_the_verb_still_gives_the_lead():
    doc = read("Northvale Community Safety Partnership\n\nAnnual report 2024\n\n"
               "Northvale Council leads the Northvale Hate Crime Project.\n")
    assert ("Northvale Hate Crime Project", "Northvale Council") in of(doc, "led_by")


# -- "chairs" as the plural noun, the people who chair


def test_the_chairs_of_partnerships_sitting_together_chair_nothing():
    doc = read("Westmoor Police and Crime Commissioner\n\nDecision notice\n\n"
               "The fund is overseen by the Westmoor Community Safety Executive, where all five partnership chairs sit "
               "down together with Westmoor Police.\n")
    assert of(doc, "chairs") == set()


def test_chairs_met_at_a_board_chair_nothing():
    doc = read("Westmoor Police and Crime Commissioner\n\nDecision notice\n\n"
               "The allocations were discussed with partnership chairs at the Westmoor Community Safety Executive "
               "in March.\n")
    assert of(doc, "chairs") == set()


def test_the_verb_chairs_still_gives_the_chair():
    doc = read("Westmoor Community Safety Partnership\n\nAnnual report\n\n"
               "Supt Ola Brandt chairs the Westmoor Hate Crime Forum and reports to the Partnership.\n")
    assert ("Ola Brandt", "Westmoor Hate Crime Forum") in of(doc, "chairs")
