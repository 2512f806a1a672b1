"""A question that opens by setting an answer aside ("Besides the Executive Group, which board ...", "Apart from
the Council, who ...", "Other than the Board, what ..."): the question after the comma, less what the opening
names, by its full name or by the short name a paper calls it. The set-aside phrase is no subject of the
question (it was read as an unknown name, "Besides", and refused). Three invented councils, written for these
tests."""

from __future__ import annotations

import pytest
from explorer_fixture import _fact
from question_papers import asker_over, labels, paper

from govkg.graph.model import Entity, Fact

# a body that reports to two others, in each of three councils' papers
DAB = Entity("body", "Pellow Domestic Abuse Board", subtype="Board", area="Pellow")
PELLOW_EXEC = Entity("body", "Pellow Community Safety Executive Group", subtype="Group", area="Pellow")
PELLOW_SAB = Entity("body", "Pellow Safeguarding Adults Board", subtype="Board", area="Pellow")
HUB = Entity("body", "Quarrington Exploitation Hub", subtype="Hub", area="Quarrington")
Q_EXEC = Entity("body", "Quarrington Partnership Executive", subtype="Executive", area="Quarrington")
Q_CSP = Entity("body", "Safer Quarrington Partnership", subtype="Partnership", area="Quarrington")
FORUM = Entity("body", "Rudby Youth Justice Forum", subtype="Forum", area="Rudby")
R_COUNCIL = Entity("body", "Rudby Borough Council", subtype="Council", area="Rudby")
R_PCC = Entity("post", "Rudby Police and Crime Commissioner", area="Rudby")

PELLOW_TEXT = """Pellow community safety annual report

The Domestic Abuse Board reports to the Executive Group, and on domestic homicide reviews to the Pellow
Safeguarding Adults Board.
"""
QUARRINGTON_TEXT = """Quarrington safeguarding arrangements

Quarrington Exploitation Hub | reports to the Partnership Executive and the Safer Quarrington Partnership
"""
RUDBY_TEXT = """Rudby Youth Justice Forum: minutes

The Forum is funded by Rudby Borough Council and by the Rudby Police and Crime Commissioner.
"""


def _pellow(t: str) -> list[Fact]:
    return [_fact(t, "Domestic Abuse Board reports to the Executive Group", DAB, "reports_to", PELLOW_EXEC),
            _fact(t, "Domestic Abuse Board reports to the Executive Group, and on domestic homicide reviews to the "
                  "Pellow\nSafeguarding Adults Board", DAB, "reports_to", PELLOW_SAB)]


def _quarrington(t: str) -> list[Fact]:
    return [_fact(t, "Quarrington Exploitation Hub | reports to the Partnership Executive", HUB, "reports_to", Q_EXEC),
            _fact(t, "Quarrington Exploitation Hub | reports to the Partnership Executive and the Safer "
                  "Quarrington Partnership", HUB, "reports_to", Q_CSP)]


def _rudby(t: str) -> list[Fact]:
    return [_fact(t, "The Forum is funded by Rudby Borough Council", R_COUNCIL, "funds", FORUM),
            _fact(t, "The Forum is funded by Rudby Borough Council and by the Rudby Police and Crime Commissioner",
                  R_PCC, "funds", FORUM)]


@pytest.fixture(scope="module")
def asker(tmp_path_factory: pytest.TempPathFactory):
    yield from asker_over(tmp_path_factory, "set-aside", [
        paper("pellow-annual-report", PELLOW_TEXT, "Pellow", _pellow),
        paper("quarrington-arrangements", QUARRINGTON_TEXT, "Quarrington", _quarrington),
        paper("rudby-yjf-minutes", RUDBY_TEXT, "Rudby", _rudby, doc_type="minutes"),
    ])


def test_besides_a_body_by_its_short_name(asker):
    assert sorted(labels(asker, "Which board does the Pellow Domestic Abuse Board report to?")) == [
        "Pellow Community Safety Executive Group", "Pellow Safeguarding Adults Board"]
    assert labels(asker, "Besides the Executive Group, which board does the Pellow Domestic Abuse Board report "
                         "to?") == ["Pellow Safeguarding Adults Board"]


def test_apart_from_a_body_by_its_full_name(asker):
    assert labels(asker, "Apart from the Quarrington Partnership Executive, who does the Quarrington "
                         "Exploitation Hub report to?") == ["Safer Quarrington Partnership"]


def test_other_than_a_funder_and_the_reading_says_what_was_set_aside(asker):
    result = asker.ask("Other than Rudby Borough Council, who funds the Rudby Youth Justice Forum?")
    assert [a.label for a in result.answers] == ["Rudby Police and Crime Commissioner"]
    assert "besides Rudby Borough Council" in result.interpretation
    # what is set aside only removes: a name nothing answered with leaves the answers as they were
    assert sorted(labels(asker, "As well as the Youth Panel, who funds the Rudby Youth Justice Forum?")) == [
        "Rudby Borough Council", "Rudby Police and Crime Commissioner"]
