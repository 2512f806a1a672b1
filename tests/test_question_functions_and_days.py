"""Two readings a demanding officer expects: "which post holds the co-ordination of X" asks who is responsible for
X (a function held, not a post held), and a day asked about that the paper's sentence names though the fact's
quote stops short of it ("reported to the Group (March 3rd, 2023)"). An invented council, Eastvale; a paper
written for these tests."""

from __future__ import annotations

import datetime as dt

import pytest
from explorer_fixture import _fact

from govkg.graph.model import Entity, Fact, SourceDocument
from govkg.loaders import content_hash
from govkg.questions import Asker

DIRECTOR = Entity("post", "Director of Place", area="Eastvale")
SAFETY = Entity("topic", "Community Safety")
TEAM = Entity("body", "Eastvale Public Health Team", subtype="Team", area="Eastvale")
GROUP = Entity("body", "Eastvale Partnership Executive Group", subtype="Group", area="Eastvale")
COUNCIL = Entity("body", "Eastvale Council", subtype="Council", area="Eastvale")

TEXT = """Eastvale Council: community safety arrangements, spring 2023
The strategic co-ordination of community safety work at Eastvale Council rests with the Director of Place.
The Eastvale Public Health Team also reported to the Eastvale Partnership Executive Group (March 3rd, 2023).
"""


def _facts(t: str) -> list[Fact]:
    return [
        _fact(t, "The strategic co-ordination of community safety work at Eastvale Council rests with the Director "
                 "of Place", DIRECTOR, "responsible_for", SAFETY),
        _fact(t, "Director of Place", DIRECTOR, "member_of", COUNCIL),
        _fact(t, "The Eastvale Public Health Team also reported to the Eastvale Partnership Executive Group", TEAM,
              "reports_to", GROUP),
    ]


@pytest.fixture(scope="module")
def asker(tmp_path_factory: pytest.TempPathFactory):
    from govkg.graph.store import LocalStore
    from govkg.pipeline import ensure_vocabulary

    store = LocalStore(tmp_path_factory.mktemp("functions") / "store")
    ensure_vocabulary(store)
    doc = SourceDocument(
        key="eastvale-community-safety-arrangements-2023", source="eastvale.txt", text=TEXT,
        sha256=content_hash(TEXT.encode(), "test"), loader="test", doc_type="report", title=TEXT.splitlines()[0],
        date=dt.date(2023, 4, 20), date_precision="day", area="Eastvale",
    )
    doc.facts = _facts(TEXT)
    store.load_document(doc)
    yield Asker(store)
    store.close()


def labels(asker: Asker, question: str) -> list[str]:
    return [a.label for a in asker.ask(question).answers]


def test_a_post_that_holds_a_function_is_responsible_for_it(asker):
    assert labels(asker, "Which post holds the strategic co-ordination of community safety at Eastvale Council?") == [
        "Director of Place"
    ]
    # holding a post is still asked as such
    assert labels(asker, "What post does the Eastvale Council hold?") == []


def test_a_day_its_sentence_names_where_the_quote_stops_short(asker):
    question = "To which group did the Eastvale Public Health Team report on 3 March 2023?"
    result = asker.ask(question)
    assert [a.label for a in result.answers] == ["Eastvale Partnership Executive Group"]
    # the evidence is the sentence that names the day
    assert "March 3rd, 2023" in (result.answers[0].evidence[0].quote or "")
    # another day the papers do not name gives nothing
    assert labels(asker, "To which group did the Eastvale Public Health Team report on 3 February 2023?") == []
