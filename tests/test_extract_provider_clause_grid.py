"""A grid of providers named in a relative clause: "the Rhyl outreach service, which Coast Outreach provides" (the
service first, its provider the clause's subject) and "the Kelby Street Angels, who run the night-time welfare
service" (the provider first, the service after the clause's verb). The provider delivers the service; a body that
commissions the service is not said to commission the provider named in the clause.

Short papers invented for the test, each in another council's style, each varying one or two dimensions: the
pronoun (which, that, who), the verb and its tense (provides, delivers, runs, operates, delivered, ran), an adverb
before the verb, the service named or described in lower case, a commissioner before the service, and the clauses
that name no provider (a fund, a person, a clause about money or oversight). Run the module as a script for the
grid's score: `python tests/test_extract_provider_clause_grid.py`.
"""

from __future__ import annotations

import sys
from dataclasses import dataclass

import pytest
from extract_helpers import print_case_scores, read


@dataclass(frozen=True)
class Case:
    name: str
    text: str
    facts: frozenset[tuple[str, str, str]]  # (subject, relation, object) of the delivers / commissions facts stated


def case(name: str, text: str, *facts: tuple[str, str, str]) -> Case:
    return Case(name, text, frozenset(facts))


D, C = "delivers", "commissions"

CASES = [
    case("which-provides",
         "Conwy report\n\nThe Colwyn street outreach service, which Bay Coast Outreach provides, is funded to "
         "March.\n",
         ("Bay Coast Outreach", D, "Colwyn street outreach service")),
    case("which-delivers-with-place",
         "Kent report\n\nKent County Council commissions the county domestic abuse support service, which "
         "Medway Domestic Abuse Services delivers in Gravesham.\n",
         ("Kent County Council", C, "Kent County domestic abuse support service"),
         ("Medway Domestic Abuse Services", D, "Kent County domestic abuse support service")),
    case("that-runs",
         "Bury report\n\nThe town centre safe space scheme, that Bury Street Angels runs, opened in May.\n",
         ("Bury Street Angels", D, "Town centre safe space scheme")),
    case("which-operates",
         "Wirral report\n\nThe Birkenhead night-time economy hub, which Wirral Nightsafe CIC operates, saw 300 "
         "visitors.\n",
         ("Wirral Nightsafe CIC", D, "Birkenhead night-time economy hub")),
    case("which-also-provides",
         "Sefton report\n\nThe IDVA service, which Sefton Women's Refuge also provides, took 210 referrals.\n",
         ("Sefton Women's Refuge", D, "IDVA service")),
    case("which-delivered-past",
         "Knowsley annual report\n\nThe summer diversion programme, which Knowsley Youth Trust delivered, reached "
         "400 young people.\n",
         ("Knowsley Youth Trust", D, "Summer diversion programme")),
    case("which-ran-past",
         "Halton report\n\nThe Widnes mentoring project, which Halton Mentoring Network ran until March, closed.\n",
         ("Halton Mentoring Network", D, "Widnes mentoring project")),
    case("which-currently-delivers",
         "Oldham update\n\nThe perpetrator programme, which Pennine Change Trust currently delivers, will be "
         "retendered.\n",
         ("Pennine Change Trust", D, "Perpetrator programme")),
    case("named-initiative-which-runs",
         "Trafford report\n\nThe Safe Haven Project, which Trafford Youth Alliance runs, is open on Fridays.\n",
         ("Trafford Youth Alliance", D, "Safe Haven Project")),
    case("who-run",
         "Kelby minutes\n\nMembers thanked the Kelby Street Angels, who run the night-time welfare service on "
         "Saturdays.\n",
         ("Kelby Street Angels", D, "night-time welfare service")),
    case("who-deliver",
         "Rochford report\n\nThe grant goes to the Rochford Youth Alliance, who deliver the detached youth work "
         "programme.\n",
         ("Rochford Youth Alliance", D, "detached youth work programme")),
    case("who-provide",
         "Maldon report\n\nWe fund Maldon Citizens Advice, who provide the hate crime reporting service.\n",
         ("Maldon Citizens Advice", D, "hate crime reporting service")),
    case("who-also-operates",
         "Castle Point report\n\nCanvey Island Trust, who also operate the community safety hub, attended.\n",
         ("Canvey Island Trust", D, "community safety hub")),
    case("who-provided-past",
         "Uttlesford report\n\nThanks go to Saffron Walden Mediation CIC, who provided the neighbour mediation "
         "service.\n",
         ("Saffron Walden Mediation CIC", D, "neighbour mediation service")),
    # clauses that name no provider
    case("which-the-council-funds",
         "Harlow report\n\nThe mentoring scheme, which the Council funds, helped 40 young people.\n"),
    case("which-person-runs",
         "Epping report\n\nThe youth club, which Jo Whitcombe runs, meets on Tuesdays.\n"),
    case("which-board-oversees",
         "Braintree report\n\nThe outreach service, which the Safer Braintree Board oversees, reports quarterly.\n"),
    case("who-councillor-runs",
         "Tendring minutes\n\nCouncillor Amara Osei, who runs the ward surgery, spoke.\n"),
    case("which-fund-pays",
         "Colchester report\n\nThe Safer Streets Fund, which Colchester Youth Trust delivers projects from, ends "
         "in March.\n"),
    case("which-strategy-sets",
         "Chelmsford report\n\nThe Community Safety Strategy, which the Partnership adopted, sets four "
         "priorities.\n"),
]


def score(c: Case) -> tuple[int, set, set]:
    doc = read(c.text)
    got = {(f.subject.name, f.relation, f.object.name) for f in doc.facts if f.relation in (D, C)}
    names = {e.name: {e.name, *e.aliases} for e in doc.entities}

    def same(stated, read_):
        return stated[:2] == read_[:2] and stated[2].casefold() in {n.casefold() for n in names.get(read_[2],
                                                                                                     {read_[2]})}

    found = {s for s in c.facts if any(same(s, g) for g in got)}
    false = {g for g in got if not any(same(s, g) for s in c.facts)}
    return len(found), c.facts - found, false


# the provider's name is read as a person's ("Bay Coast Outreach") or as an initiative's ("Sefton Women's Refuge"):
# the mention finder's, not this form's (class B of the census)
NOT_YET = frozenset({"which-provides", "which-also-provides"})


@pytest.mark.parametrize("c", [pytest.param(c, marks=pytest.mark.xfail(reason="provider's name not read as an "
                                                                        "organisation", strict=True))
                               if c.name in NOT_YET else c for c in CASES], ids=[c.name for c in CASES])
def test_provider_clause_grid(c: Case) -> None:
    _, missed, false = score(c)
    assert not missed and not false, f"missed {sorted(missed)}; false {sorted(false)}"


if __name__ == "__main__":  # the grid's score: facts right of stated, false facts, cases read right
    print_case_scores(CASES, score, verbose="-v" in sys.argv)
