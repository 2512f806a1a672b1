"""The data extraction reads, as files in this folder: places and public bodies, head nouns, names and ranks,
layout labels, relation triggers and acronyms. General knowledge of UK local government only."""

from __future__ import annotations

import re
from importlib import resources

import yaml


def _text(name: str) -> str:
    return resources.files(__package__).joinpath(name).read_text(encoding="utf-8")


class _WordLoader(getattr(yaml, "CSafeLoader", yaml.SafeLoader)):  # type: ignore[misc]
    """YAML 1.2 booleans: word lists hold "No", "On" and "Yes" as words, not as true/false. Parsed by libyaml
    where PyYAML has it (the same documents, 0.06 s against 0.39 s for these files: paid by every process that
    reads papers, each parse worker included); the tags are resolved in Python either way, so the booleans
    below hold for both."""


_WordLoader.yaml_implicit_resolvers = {
    key: [(tag, regex) for tag, regex in resolvers if tag != "tag:yaml.org,2002:bool"]
    for key, resolvers in yaml.SafeLoader.yaml_implicit_resolvers.items()
}
_WordLoader.add_implicit_resolver("tag:yaml.org,2002:bool", re.compile(r"^(?:true|false)$"), list("tf"))


def _yaml(name: str):
    return yaml.load(_text(name), Loader=_WordLoader)  # noqa: S506 (a SafeLoader subclass)


def trie_regex(words: list[str]) -> str:
    """A regular expression matching any of WORDS, built as a trie so matching does not try each in turn."""
    trie: dict = {}
    for word in words:
        node = trie
        for ch in word:
            node = node.setdefault(ch, {})
        node[""] = {}

    def build(node: dict) -> str:
        ends = "" in node
        branches = [re.escape(ch) + build(child) for ch, child in sorted(node.items()) if ch]
        if not branches:
            return ""
        body = branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"
        return f"(?:{body})?" if ends else body

    return build(trie)


