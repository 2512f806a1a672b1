"""Patterns that match only at the start of a word, searched faster with exactly the same results.

Many of extraction's patterns open with a word-start guard, "\\b" or "(?<![\\w-])", before an IGNORECASE
alternation of wordings ("\\b(?:agreed|resolved|noted)"). Python's regex engine tries such a pattern at every
character, and at every word start it enters each wording in turn. `word_start` adds two cheaper ways to the
same answer:

- a text that holds none of the strings every match must contain (`required_strings`: "agreed", "resolved",
  "noted") is settled by substring tests, with no search at all (most clauses, for most triggers);
- otherwise the search runs a second pattern: the character before the word, as a class ("\\W", "[^\\w\\-]"),
  a lookahead for the letters a match can start with, then the rest of the pattern unchanged. At any position
  but the first it matches exactly where the guarded pattern matches one character later, and a word whose
  first letter starts no wording is passed over at once; the first position is tried with the pattern
  itself. The Match returned is the original pattern's, made at the place found, so groups and spans are what
  `pattern.search` gives.

Over every clause of the development corpus and the seeds, the relation triggers find the same spans in less
than half the time this way.
"""

from __future__ import annotations

import re
import sys
from collections.abc import Iterator

# a guard, as written at the start of a pattern -> the class of characters it allows before the word
_GUARDS = {r"\b": r"\W", r"(?<![\w-])": r"[^\w\-]"}


class WordStartPattern:
    """Drop-in for a compiled pattern (search, finditer, match, fullmatch, attributes) that searches fast."""

    def __init__(self, pattern: re.Pattern[str]):
        self.regex = pattern  # the compiled pattern; .pattern is its source, as on re.Pattern
        self.first_chars, self._scan = _scan_for(pattern)
        self._strings = required_strings(pattern)

    def __getattr__(self, name: str):
        return getattr(self.regex, name)

    def _ruled_out(self, string: str, pos: int, endpos: int) -> bool:
        """A whole text without any of the strings every match holds: settled by substring tests, no scan."""
        return pos <= 0 and endpos >= len(string) and self._strings is not None and not may_match(
            self._strings, string)

    def rules_out(self, string: str) -> bool:
        """True when substring tests settle that the whole of STRING holds no match."""
        return self._ruled_out(string, 0, len(string))

    def search(self, string: str, pos: int = 0, endpos: int = sys.maxsize) -> re.Match[str] | None:
        if self._ruled_out(string, pos, endpos):
            return None
        if self._scan is None:
            return self.regex.search(string, pos, endpos)
        if pos <= 0:
            pos = 0
            first = self.regex.match(string, 0, endpos)
            if first is not None:
                return first
        at = pos - 1  # the scan takes the character before the word, which may lie before POS
        while (found := self._scan.search(string, at, endpos)) is not None:
            m = self.regex.match(string, found.start() + 1, endpos)
            if m is not None:
                return m
            at = found.start() + 1  # not reached: the scan matches only where the pattern does
        return None

    def finditer(self, string: str, pos: int = 0, endpos: int = sys.maxsize) -> Iterator[re.Match[str]]:
        if self._scan is None:
            if not self._ruled_out(string, pos, endpos):
                yield from self.regex.finditer(string, pos, endpos)
            return
        while (m := self.search(string, pos, endpos)) is not None:
            yield m
            pos = m.end()  # never an empty match (see _scan_for), so finditer goes on from the end

    def match(self, string: str, pos: int = 0, endpos: int = sys.maxsize) -> re.Match[str] | None:
        return self.regex.match(string, pos, endpos)

    def fullmatch(self, string: str, pos: int = 0, endpos: int = sys.maxsize) -> re.Match[str] | None:
        return self.regex.fullmatch(string, pos, endpos)


def word_start(pattern: str | re.Pattern[str], flags: int = 0) -> WordStartPattern:
    """PATTERN (text and FLAGS, or compiled) with a fast search when it opens with a word-start guard; any other
    pattern is searched as usual."""
    return WordStartPattern(pattern if isinstance(pattern, re.Pattern) else re.compile(pattern, flags))


def _scan_for(pattern: re.Pattern[str]) -> tuple[frozenset[str] | None, re.Pattern[str] | None]:
    """(the characters a match can start with, the scan pattern), each None when it cannot be built exactly."""
    try:
        from re import _constants as sre
        from re import _parser
    except ImportError:  # another Python's internals: search with the pattern itself
        return None, None
    source = pattern.pattern
    guard = next((g for g in _GUARDS if source.startswith(g)), None)
    if guard is None or pattern.flags & re.VERBOSE:
        return None, None
    parsed = _parser.parse(source, pattern.flags)
    items = list(parsed)
    # the guard must govern the whole pattern, not only the first branch of a top-level alternation
    op, av = items[0]
    if guard == r"\b" and not (op is sre.AT and av is sre.AT_BOUNDARY):
        return None, None
    if guard != r"\b" and not (op is sre.ASSERT_NOT and av[0] < 0):
        return None, None
    if parsed.getwidth()[0] == 0:
        return None, None  # an empty match would make finditer step differently
    rest = source[len(guard):]
    first = _first_chars(items[1:], sre)
    chars = frozenset(first[0]) if first is not None and not first[1] and first[0] else None
    word = re.compile(r"\w", pattern.flags & re.ASCII)
    if guard == r"\b" and (chars is None or not all(word.fullmatch(c) for c in chars)):
        return chars, None  # "\b" before a character that is not a word character means something else
    ahead = "" if chars is None else "(?=[" + "".join(re.escape(c) for c in sorted(chars)) + "])"
    return chars, re.compile(_GUARDS[guard] + ahead + "(?:" + rest + ")", pattern.flags)


def _first_chars(items, sre) -> tuple[set[str], bool] | None:
    """(the characters a match of the parsed sequence ITEMS can start with, whether it can match nothing), or
    None when they cannot be listed (a class by category, an unusual construct)."""
    chars: set[str] = set()
    for op, av in items:
        if op is sre.LITERAL:
            found: tuple[set[str], bool] | None = {chr(av)}, False
        elif op is sre.IN:
            found = _class_chars(av, sre)
        elif op is sre.SUBPATTERN:
            # a group that turns case-insensitivity on or off changes which characters its letters match
            found = _first_chars(av[3], sre) if not (av[1] or av[2]) else None
        elif op is sre.BRANCH:
            each = [_first_chars(alt, sre) for alt in av[1]]
            found = None if None in each else (set().union(*(f[0] for f in each)), any(f[1] for f in each))
        elif op in (sre.MAX_REPEAT, sre.MIN_REPEAT):
            inner = _first_chars(av[2], sre)
            found = None if inner is None else (inner[0], inner[1] or av[0] == 0)
        elif op in (sre.ASSERT, sre.ASSERT_NOT) or (op is sre.AT and av in (sre.AT_BOUNDARY, sre.AT_NON_BOUNDARY)):
            found = set(), True  # takes no character
        else:
            return None
        if found is None:
            return None
        chars |= found[0]
        if not found[1]:
            return chars, False
    return chars, True


def _class_chars(av, sre) -> tuple[set[str], bool] | None:
    chars: set[str] = set()
    for op, value in av:
        if op is sre.LITERAL:
            chars.add(chr(value))
        elif op is sre.RANGE and value[1] - value[0] < 256:
            chars.update(map(chr, range(value[0], value[1] + 1)))
        else:
            return None  # a negated class or a category: too wide to list
    return chars, False


# the only characters beyond ASCII that IGNORECASE matches to ASCII letters (a test checks every code point)
FOLDS_TO_ASCII = frozenset("\u0130\u0131\u017f\u212a")


def folds_to_ascii(text: str) -> bool:
    """Whether TEXT holds one of FOLDS_TO_ASCII: four substring scans in C, where FOLDS_TO_ASCII.isdisjoint(TEXT)
    hashed each of the text's characters in turn (a tenth of the time on a page of text)."""
    return not text.isascii() and any(c in text for c in FOLDS_TO_ASCII)


def required_strings(pattern: re.Pattern[str]) -> frozenset[str] | None:
    """For an IGNORECASE PATTERN: lower-case ASCII strings of two or more characters one of which every match
    contains, or None when the pattern gives no such set. See may_match."""
    try:
        from re import _constants as sre
        from re import _parser
    except ImportError:
        return None
    if pattern.flags & re.VERBOSE or not pattern.flags & re.IGNORECASE:
        return None
    found = _required(list(_parser.parse(pattern.pattern, pattern.flags)), sre)
    if not found or not all(s.isascii() for s in found):
        return None
    lowered = {s.lower() for s in found}
    # a string that holds another of the set adds no test ("adopted" is found wherever "adopt" is): may_match
    # tries every string of a text that holds none, so the set is kept to the strings that hold no other
    return frozenset(s for s in lowered if not any(o != s and o in s for o in lowered))


# (text, its lower case or None when it holds a character of FOLDS_TO_ASCII) for the last text tested: a clause
# is tested against every trigger of the relations it may state, one after another, and lowering it once serves
# them all. One tuple, swapped whole, so a thread never pairs one text with another's lower case.
_LAST_LOWERED: tuple[str, str | None] = ("", "")


def may_match(strings: frozenset[str], text: str) -> bool:
    """False only when TEXT holds none of STRINGS (from required_strings) as IGNORECASE compares them. Lower-case
    equality is that comparison for every character but FOLDS_TO_ASCII ("ſ" matches "s"), so a text with one
    of those is always searched."""
    global _LAST_LOWERED
    last = _LAST_LOWERED
    if last[0] is not text:  # identity, not equality: comparing two long texts would cost what lowering does
        last = (text, None if folds_to_ascii(text) else text.lower())
        _LAST_LOWERED = last
    lowered = last[1]
    if lowered is None:
        return True
    for s in strings:  # a loop, not any() over a generator: most texts hold none, and every string is tried
        if s in lowered:
            return True
    return False


def _required(items, sre) -> set[str] | None:
    """For the parsed sequence ITEMS: the most selective of its mandatory parts' string sets (a run of plain
    characters, or the strings one of which a mandatory group always holds)."""
    options: list[set[str]] = []
    run: list[str] = []
    for op, av in items:
        if op is sre.LITERAL:
            run.append(chr(av))
            continue
        if run:
            options.append({"".join(run)})
            run = []
        sub: set[str] | None = None
        if op is sre.SUBPATTERN and not (av[1] or av[2]):
            sub = _required(av[3], sre)
        elif op is sre.BRANCH:
            each = [_required(alt, sre) for alt in av[1]]
            sub = None if None in each else set().union(*each)  # type: ignore[arg-type]
        elif op in (sre.MAX_REPEAT, sre.MIN_REPEAT) and av[0] >= 1:
            sub = _required(av[2], sre)
        if sub:
            options.append(sub)
    if run:
        options.append({"".join(run)})
    options = [o for o in options if min(map(len, o)) >= 2]
    return max(options, key=lambda o: (min(map(len, o)), -len(o))) if options else None
