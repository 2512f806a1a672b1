"""Questions whose names say whose thing is asked about, how a hub is run, and when a paper says an event
happened, over two invented councils, Eastvale and Westmoor: "the Eastvale Partnership's Safe Homes Project" asks
about the project (never the partnership's own chair); "who manages" asks for oversight (never the chair of
the meetings); a place is answered as its paper writes it; a meeting reported in a later paper is found by
its day; a span of years after a plan's name is the plan's edition. Papers written for these tests."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

import pytest
from explorer_fixture import _fact

from govkg.graph.model import Entity, Fact, SourceDocument
from govkg.loaders import content_hash
from govkg.questions import Asker
from govkg.questions.lexicon import normalise
from govkg.questions.temporal import find_when

PARTNERSHIP = Entity("body", "Eastvale Partnership", subtype="Partnership", area="Eastvale")
HOMES = Entity("initiative", "Safe Homes Project")
GARDEN = Entity("initiative", "Garden Project")
OUTREACH = Entity("initiative", "Eastvale Outreach Service", area="Eastvale")
JO = Entity("person", "Jo Pike")
KIM = Entity("person", "Kim Rowe")
ASB = Entity("topic", "Anti-Social Behaviour")
WELLBEING = Entity("post", "Director of Community Wellbeing", area="Eastvale")
TRUST = Entity("body", "Eastvale Housing Trust", subtype="Housing", area="Eastvale")
HUB = Entity("body", "Eastvale Safety Hub", subtype="Hub", area="Eastvale")
TEAM = Entity("body", "Eastvale Community Safety Team", subtype="Team", area="Eastvale")
HUB_LEAD = Entity("post", "Hub Co-ordinator", area="Eastvale")
PANEL = Entity("body", "Westmoor Channel Panel", subtype="Panel", area="Westmoor")
PANEL_CHAIR = Entity("post", "Panel Co-ordinator, Westmoor", area="Westmoor")
CSP = Entity("body", "Westmoor Community Safety Partnership", subtype="Partnership", area="Westmoor",
             aliases=("Westmoor CSP",))
WESTMOOR = Entity("area", "Westmoor", aliases=("Westmoor Town",))
NORTHDALE = Entity("area", "Northdale")
YOUTH = Entity("body", "Westmoor Youth Team", subtype="Team", area="Westmoor")
EXECUTIVE = Entity("body", "Westmoor Executive Group", subtype="Group", area="Westmoor")
SHELTER = Entity("initiative", "Night Shelter Service")
CHARITY = Entity("body", "Kestrel Coast Housing Charity", subtype="Charity", area="Kestrel Coast")
SAFER_NORTHDALE = Entity("body", "Safer Northdale Partnership", subtype="Partnership")
ROUGH = Entity("body", "Rough Sleeping Group", subtype="Group")
COAST_POLICE = Entity("body", "Kestrel Coast Police", subtype="Police", area="Kestrel Coast")
REGIONAL = Entity("body", "Northdale Regional Safety Board", subtype="Board", area="Northdale")
ANA = Entity("person", "Ana Cole")
BEN = Entity("person", "Ben Hale")
PCC = Entity("post", "Westmoor Police and Crime Commissioner", area="Westmoor")
COUNCIL = Entity("body", "Westmoor Borough Council", subtype="Council", area="Westmoor")
ADVOCACY = Entity("initiative", "Westmoor Advocacy Service", area="Westmoor")
MENTORING = Entity("initiative", "Westmoor Mentoring Scheme", area="Westmoor")

EAST_TEXT = """Eastvale Partnership: annual review 2023
Jo Pike chairs the Eastvale Partnership.
The Partnership runs the Safe Homes Project with local landlords, and the Garden Project.
The Garden Project is led by the Eastvale Housing Trust. Kim Rowe chairs the Eastvale Housing Trust.
The Safety Hub is managed by the Council's Community Safety Team.
Hub meetings are chaired by the Hub Co-ordinator.
The Partnership also runs the Eastvale Outreach Service for rough sleepers.
Co-ordination of anti-social behaviour work sits with the Director of Community Wellbeing.
"""
WEST_TEXT = """Westmoor Community Safety Partnership: report to Cabinet
The Westmoor Channel Panel is chaired by the Panel Co-ordinator, Westmoor.
The Westmoor CSP covers Westmoor Town and Northdale.
The Westmoor Youth Team also reported to the Westmoor Executive Group (April 14th, 2023), setting out its plans.
Westmoor Borough Council commissions the Westmoor Advocacy Service.
The Westmoor Mentoring Scheme is delivered by the Westmoor Youth Team.
The Westmoor Youth Team will provide an annual report to the Northdale Regional Safety Board, chaired by Ana Cole.
Ben Hale chairs the Westmoor Executive Group. The Westmoor Police and Crime Commissioner is a member of it.
The Night Shelter Service is delivered by the Kestrel Coast Housing Charity.
Westmoor Borough Council gives the Westmoor Youth Team £20,000 in 2023/24 for outreach work.
The Northdale Regional Safety Board gives the Westmoor Youth Team £8,000 in 2023/24 from its Safer Nights Grant.
"""


def _east(t: str) -> list[Fact]:
    return [
        _fact(t, "Jo Pike chairs the Eastvale Partnership.", JO, "chairs", PARTNERSHIP),
        _fact(t, "The Partnership runs the Safe Homes Project", PARTNERSHIP, "delivers", HOMES),
        _fact(t, "The Partnership runs the Safe Homes Project with local landlords, and the Garden Project.",
              PARTNERSHIP, "delivers", GARDEN),
        _fact(t, "The Garden Project is led by the Eastvale Housing Trust.", GARDEN, "led_by", TRUST),
        _fact(t, "Kim Rowe chairs the Eastvale Housing Trust.", KIM, "chairs", TRUST),
        _fact(t, "The Safety Hub is managed by the Council's Community Safety Team.", TEAM, "oversees", HUB),
        _fact(t, "Hub meetings are chaired by the Hub Co-ordinator.", HUB_LEAD, "chairs", HUB),
        _fact(t, "The Partnership also runs the Eastvale Outreach Service", PARTNERSHIP, "delivers", OUTREACH),
        _fact(t, "Co-ordination of anti-social behaviour work sits with the Director of Community Wellbeing.",
              WELLBEING, "responsible_for", ASB),
    ]


def _west(t: str) -> list[Fact]:
    covers = "The Westmoor CSP covers Westmoor Town and Northdale."
    return [
        _fact(t, "The Westmoor Channel Panel is chaired by the Panel Co-ordinator, Westmoor.", PANEL_CHAIR, "chairs",
              PANEL),
        _fact(t, covers, CSP, "covers_area", WESTMOOR),
        _fact(t, covers, CSP, "covers_area", NORTHDALE),
        # the quote stops before the day the paper gives in brackets
        _fact(t, "The Westmoor Youth Team also reported to the Westmoor Executive Group", YOUTH, "reports_to",
              EXECUTIVE),
        _fact(t, "Westmoor Borough Council commissions the Westmoor Advocacy Service.", COUNCIL, "commissions",
              ADVOCACY),
        _fact(t, "The Westmoor Mentoring Scheme is delivered by the Westmoor Youth Team.", YOUTH, "delivers",
              MENTORING),
        _fact(t, "The Westmoor Youth Team will provide an annual report to the Northdale Regional Safety Board",
              YOUTH, "reports_to", REGIONAL),
        _fact(t, "Northdale Regional Safety Board, chaired by Ana Cole.", ANA, "chairs", REGIONAL),
        _fact(t, "Ben Hale chairs the Westmoor Executive Group.", BEN, "chairs", EXECUTIVE),
        _fact(t, "The Westmoor Police and Crime Commissioner is a member of it.", PCC, "member_of", EXECUTIVE),
        _fact(t, "The Night Shelter Service is delivered by the Kestrel Coast Housing Charity.", CHARITY, "delivers",
              SHELTER),
        _fact(t, "Westmoor Borough Council gives the Westmoor Youth Team £20,000 in 2023/24 for outreach work.",
              COUNCIL, "funds", YOUTH, amount=Decimal(20000), period="2023/24", purpose="outreach work"),
        _fact(t, "The Northdale Regional Safety Board gives the Westmoor Youth Team £8,000 in 2023/24 from its Safer "
              "Nights Grant.", REGIONAL, "funds", YOUTH, amount=Decimal(8000), period="2023/24",
              purpose="Safer Nights Grant"),
    ]


NORTH_TEXT = """Safer Northdale Partnership: about us
The Rough Sleeping Group, chaired by Kestrel Coast Police, is a sub-group of the Safer Northdale Partnership.
"""


def _north(t: str) -> list[Fact]:
    said = ("The Rough Sleeping Group, chaired by Kestrel Coast Police, is a sub-group of the Safer Northdale "
            "Partnership.")
    return [
        _fact(t, "The Rough Sleeping Group, chaired by Kestrel Coast Police", COAST_POLICE, "chairs", ROUGH),
        _fact(t, said, ROUGH, "subgroup_of", SAFER_NORTHDALE),
    ]


def _document(key: str, text: str, area: str | None, date: dt.date, facts) -> SourceDocument:
    doc = SourceDocument(
        key=key, source=f"{key}.txt", text=text, sha256=content_hash(text.encode(), "test"), loader="test",
        doc_type="report", title=text.splitlines()[0], date=date, date_precision="day", area=area,
    )
    doc.facts = facts(text)
    return doc


@pytest.fixture(scope="module")
def asker(tmp_path_factory: pytest.TempPathFactory):
    from govkg.graph.store import LocalStore
    from govkg.pipeline import ensure_vocabulary

    store = LocalStore(tmp_path_factory.mktemp("owners") / "store")
    ensure_vocabulary(store)
    store.load_document(_document("eastvale-review-2023", EAST_TEXT, "Eastvale", dt.date(2023, 6, 1), _east))
    store.load_document(_document("westmoor-cabinet-2023", WEST_TEXT, "Westmoor", dt.date(2023, 5, 20), _west))
    # a web page filed under no area
    store.load_document(_document("safer-northdale-about", NORTH_TEXT, None, dt.date(2023, 3, 1), _north))
    yield Asker(store)
    store.close()


def labels(asker: Asker, question: str) -> list[str]:
    return [a.label for a in asker.ask(question).answers]


def test_a_thing_written_as_a_bodys_own_is_what_is_asked_about(asker):
    # the partnership only says whose project it is: its own chair leads no project
    assert labels(asker, "Who is the lead partner for the Eastvale Partnership's Safe Homes Project?") == []
    assert labels(asker, "Who leads the Eastvale Partnership's Garden Project?") == ["Eastvale Housing Trust"]
    result = asker.ask("Who leads the Eastvale Partnership's Garden Project?")
    assert "Garden Project" in result.interpretation and "Eastvale Partnership" in result.interpretation
    # written with "of", the same
    assert labels(asker, "Who is the lead partner for the Safe Homes Project of the Eastvale Partnership?") == []
    assert labels(asker, "Who leads the Garden Project of the Eastvale Partnership?") == ["Eastvale Housing Trust"]
    # the partnership asked about alone is still followed
    assert labels(asker, "Who chairs the Eastvale Partnership?") == ["Jo Pike"]


def test_an_owner_of_another_council_is_not_a_qualifier_to_drop(asker):
    # Westmoor's CSP does not own Eastvale's project: no answer from the Eastvale papers
    assert labels(asker, "Who leads the Westmoor CSP's Garden Project?") == []


def test_who_manages_asks_for_oversight_not_the_chair(asker):
    assert labels(asker, "Who manages the Eastvale Safety Hub?") == ["Eastvale Community Safety Team"]
    # the papers say who chairs the panel, not who manages it: nothing rather than the chair
    assert labels(asker, "Who manages the Westmoor Channel Panel?") == []
    # "who chairs" and "who runs" still read the chair
    assert labels(asker, "Who chairs the Westmoor Channel Panel?") == ["Panel Co-ordinator, Westmoor"]
    assert labels(asker, "Who runs the Westmoor Channel Panel?") == ["Panel Co-ordinator, Westmoor"]


def test_who_delivers_is_never_who_commissions(asker):
    # the council buys the service; the papers do not say who delivers it
    assert labels(asker, "Who delivers the Westmoor Advocacy Service?") == []
    assert labels(asker, "Who provides the Westmoor Advocacy Service?") == []
    assert labels(asker, "Who commissions the Westmoor Advocacy Service?") == ["Westmoor Borough Council"]
    assert labels(asker, "Who delivers the Westmoor Mentoring Scheme?") == ["Westmoor Youth Team"]


def test_the_body_to_which_another_reports(asker):
    # the preposition before "which" goes with the clause's verb: the boards the team reports to
    assert sorted(labels(asker, "Who chairs the board to which the Westmoor Youth Team reports?")) == [
        "Ana Cole", "Ben Hale"]
    # "regional" picks the one of them whose name says so; "provides its annual report to" is reporting
    assert labels(asker, "Who chairs the regional board to which the Westmoor Youth Team provides its annual "
                         "report?") == ["Ana Cole"]
    assert sorted(labels(asker, "Which bodies does the Westmoor Youth Team send its annual report to?")) == [
        "Northdale Regional Safety Board", "Westmoor Executive Group"]


def test_money_asked_of_a_service_no_allocation_involves_is_none(asker):
    # no party is named, so every allocation held is read: none is the Eastvale service's, so no amount,
    # never Westmoor's grant
    assert labels(asker, "How much is the Eastvale Outreach Service contract worth?") == []
    assert labels(asker, "How much does the Eastvale Outreach Service receive?") == []
    assert labels(asker, "How much did Westmoor Borough Council give the Westmoor Youth Team in 2023/24?") == [
        "£20,000"]


def test_a_service_only_the_places_papers_speak_of_is_that_places(asker):
    # the place picked the service (only Westmoor's papers speak of it); who delivers it is a charity of
    # somewhere else, still the answer
    assert labels(asker, "Who delivers the Night Shelter Service in Westmoor?") == ["Kestrel Coast Housing Charity"]
    # never so for another council, whose papers do not speak of the service
    assert labels(asker, "Who delivers the Night Shelter Service in Eastvale?") == []


def test_a_task_held_is_a_responsibility_not_a_post(asker):
    for question in ("Which post holds the co-ordination of anti-social behaviour work in Eastvale?",
                     "Who holds the remit for anti-social behaviour in Eastvale?"):
        assert labels(asker, question) == ["Director of Community Wellbeing"], question
    # not another council's
    assert labels(asker, "Which post holds the co-ordination of anti-social behaviour work in Westmoor?") == []


def test_whom_a_service_is_for_is_not_who_provides_it(asker):
    # "who" is the subject: the team named after "for" is whom the service is for; what the team itself
    # delivers (the mentoring scheme) is no answer
    assert labels(asker, "Who provides the Westmoor Advocacy Service for the Westmoor Youth Team?") == []
    assert labels(asker, "Who delivers the Westmoor Mentoring Scheme for Westmoor Borough Council?") == [
        "Westmoor Youth Team"]
    # asked the other way round, the team is the subject and is followed
    assert labels(asker, "What does the Westmoor Youth Team deliver?") == ["Westmoor Mentoring Scheme"]


def test_a_group_under_a_body_named_for_the_place_is_that_places(asker):
    # neither the group nor its paper is placed; the partnership it sits under is named for Northdale
    assert labels(asker, "Who chairs the Rough Sleeping Group in Northdale?") == ["Kestrel Coast Police"]
    assert labels(asker, "Who chairs the Rough Sleeping Group in Eastvale?") == []


def test_money_named_by_its_kind_is_that_money(asker):
    assert labels(asker, "How much Safer Nights Grant does the Westmoor Youth Team receive in 2023/24?") == ["£8,000"]
    # without the kind of money, both grants
    assert sorted(labels(asker, "How much does the Westmoor Youth Team receive in 2023/24?")) == [
        "£20,000", "£8,000"]


def test_who_represents_a_member_is_not_that_member(asker):
    # the papers say the commissioner sits on the group, not who represents the commissioner there
    assert labels(asker, "Who represents the Commissioner at the Westmoor Executive Group?") == []
    assert "Westmoor Police and Crime Commissioner" in labels(asker, "Who are the members of the Westmoor "
                                                                     "Executive Group?")


def test_a_second_question_about_the_first_ones_answer(asker):
    # the organisation asked for first, then its chair
    result = asker.ask("Which organisation leads the Garden Project, and who chairs it?")
    assert [a.label for a in result.answers] == ["Eastvale Housing Trust", "Kim Rowe"]
    # "it" after a question asking who: the thing named, not its chair; no second step
    assert [a.label for a in asker.ask("Who chairs the Eastvale Housing Trust and who funds it?").answers] == [
        "Kim Rowe"]


def test_a_place_is_answered_as_its_paper_writes_it(asker):
    assert sorted(labels(asker, "Which areas does the Westmoor CSP cover?")) == ["Northdale", "Westmoor Town"]


def test_an_event_a_later_paper_dates_in_its_sentence_is_found_by_its_day(asker):
    question = "To which group did the Westmoor Youth Team report on 14 April 2023?"
    result = asker.ask(question)
    assert [a.label for a in result.answers] == ["Westmoor Executive Group"]
    # the evidence shown is the sentence that gives the day
    assert "April 14th, 2023" in (result.answers[0].evidence[0].quote or "")
    # another day is not that report
    assert labels(asker, "To which group did the Westmoor Youth Team report on 2 March 2023?") == []


def test_a_span_of_years_after_a_plans_name_is_its_edition_not_a_time():
    when, _ = find_when(normalise("What are the priorities of the Eastvale Partnership in the Safer Eastvale Plan "
                                  "2021-24?"))
    assert when is None
    when, _ = find_when(normalise("How much did the Eastvale Partnership get from the PCC 2023/24?"))
    assert when is not None and when.period == "2023/24"
