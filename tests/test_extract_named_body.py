"""ExtractionDoc.named_body: the one step readers share for "the body this mention names" (a body mention resolved,
an acronym by the body it was spelt out for, with names=True any other name as a body), never a person or a post.

A stub resolver stands in for the paper: the step's choice of resolver call, and its refusal of what is no body,
are what is tested; the readers that use it are tested with whole papers in their own files.
"""

from __future__ import annotations

from govkg.graph.model import Entity
from govkg.loaders.extract import ExtractionDoc
from govkg.loaders.mentions import Mention


class _Resolver:
    def __init__(self) -> None:
        self.calls: list[tuple[str, str]] = []

    def acronym(self, acr: str) -> Entity | None:
        self.calls.append(("acronym", acr))
        return {"HVSP": Entity("body", "Hollin Vale Safety Partnership"),
                "DSL": Entity("post", "Designated Safeguarding Lead")}.get(acr)

    def entity(self, m: Mention) -> Entity | None:
        self.calls.append(("entity", m.name))
        return Entity("body", m.name)

    def body_named(self, name: str, acronym: str | None = None, place: str | None = None) -> Entity:
        self.calls.append(("body_named", name))
        return Entity("body", name)


def _doc() -> ExtractionDoc:
    return ExtractionDoc(text="", meta=None, layout=None, resolver=_Resolver())  # type: ignore[arg-type]


def test_an_acronym_is_the_body_it_was_spelt_out_for_never_a_new_name() -> None:
    doc = _doc()
    found = doc.named_body(Mention(0, 4, "name", "HVSP", head="acronym"), names=True)
    assert found is not None and found.name == "Hollin Vale Safety Partnership"
    assert doc.resolver.calls == [("acronym", "HVSP")]
    # initials nobody spelt out name no body, even where plain names are taken as bodies
    assert doc.named_body(Mention(0, 4, "name", "QRTX", head="acronym"), names=True) is None
    # initials spelt out for a post are no body
    assert doc.named_body(Mention(0, 3, "name", "DSL", head="acronym")) is None


def test_a_body_mention_is_resolved_and_other_kinds_are_none() -> None:
    doc = _doc()
    assert doc.named_body(Mention(0, 20, "body", "Ashby Fold Youth Panel")) == Entity("body", "Ashby Fold Youth Panel")
    assert doc.named_body(Mention(0, 9, "person", "Ravi Amin")) is None
    assert doc.named_body(Mention(0, 12, "post", "Head of Service")) is None
    assert doc.resolver.calls == [("entity", "Ashby Fold Youth Panel")]


def test_a_plain_name_is_a_body_only_when_the_reader_asks() -> None:
    doc = _doc()
    plain = Mention(0, 16, "name", "Kestrel Outreach")
    assert doc.named_body(plain) is None
    assert doc.named_body(plain, names=True) == Entity("body", "Kestrel Outreach")
    assert doc.resolver.calls == [("body_named", "Kestrel Outreach")]
