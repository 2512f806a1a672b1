"""Extraction's fast paths give exactly what the plain computations they stand for give.

Each speed-up of the loader path (a pattern searched through a cheaper scan, a clause skipped by a substring
test, a name's place read from its first word, an attendance line settled by its first names) must not change
a single fact, so each is checked here against the plain computation on text written for the test, in several
councils' styles, including the characters that case-insensitive matching treats specially.
"""

from __future__ import annotations

import re

import pytest

from govkg.loaders.gazetteer import places as P
from govkg.loaders.lexicon import triggers
from govkg.loaders.mentions import find_mentions, may_start_with_person
from govkg.loaders.wordstart import FOLDS_TO_ASCII, may_match, required_strings, word_start

TEXTS = [
    "The Safer Communities Board agreed that the Plan be adopted, and resolved to report to Cabinet.",
    "agreed that: the Partnership noted the report; it was agreed that funding be sought.",
    "Apologies were received from Cllr Jo Lee and Supt. Amara Hale (Police).",
    "Members asked whether the Board had sent apologies; the Chairman thanked officers.",
    "The Community Safety Partnership is chaired by the Director of Public Health, who reports to the "
    "Health and Wellbeing Board.",
    "The Partnership’s chair is the Council’s Chief Executive; the Panel's vice-chair was elected.",
    "Its sub-groups (the Hate Crime Forum and the Prevent Steering Group) report quarterly to the Board.",
    "reports to reports to chairs chaired by",  # matches back to back
    "Chairs the Forum and is accountable to the Police, Fire and Crime Commissioner for Essex.",
    "The  Board   oversees\tthe Domestic Abuse Strategy 2022-25 and funds the Youth Outreach project.",
    "Non-members; anti-social behaviour; co-chaired by the two leads; self-funded and well-led.",
    # characters that IGNORECASE matches to ASCII letters, and others that it does not
    "The Board reſolved that the Panel be re-eſtabliſhed; K Ward chaired; İt ıs agreed that it be noted.",
    "Le Conseil a été présidé par Mme Dupont – the Board noted the update from the Commissioner’s office.",
    # wordings that start at an apostrophe as well as at a word start (triggers searched at both)
    "The Council's duty under the Act, the Board’s statutory duty under s17 and the CSP's legal obligation to "
    "comply with its duties under the Crime and Disorder Act; the Partnership's chair; the Board’s priorities.",
    "Council'sduty under x; O'Brien's duty under; 's duty under; ’s chair, 'sduty under the Act's duty under",
    "",
    "A",
    "agreed",
]

PATTERNS = [
    (r"\b(?:agreed|resolved|noted)\b", re.I),
    (r"\bresolved\b|\bit was agreed\b|\bagreed that\b", re.I),  # a common word start the parser factors out
    (r"\bthe (?:meeting|chairman|board|panel) (?:noted|agreed|thanked)\b", re.I),
    (r"\bapologies (?:were|had been|was) (?:received|noted|given)\b|\bsent (?:their )?apologies\b", re.I),
    (r"(?<![\w-])(?:reports? to|chair(?:ed by|s)?)(?![\w-])", re.I),
    (r"(?<![\w-])(?:is|was) (?:elected|appointed)", re.I),
    (r"\bk\w*", re.I),
    (r"\bs\w+", re.I),
    (r"\bi\w*", re.I),
    (r"\b[A-Z][a-z]+ Board\b", 0),
    (r"\b(?P<role>vice[- ]chair|chair)(?:\s+of\s+(?:the\s+)?(?P<body>[A-Z]\w+))?", re.I),
    (r"\b\w+", 0),  # first characters that cannot be listed: searched as usual
    (r"\bx?", re.I),  # can match nothing: searched as usual
    (r"[.;]\s+", 0),  # no word-start guard: searched as usual
]


@pytest.mark.parametrize(("source", "flags"), PATTERNS)
def test_word_start_search_and_finditer_equal_the_pattern(source: str, flags: int) -> None:
    plain = re.compile(source, flags)
    fast = word_start(source, flags)
    for text in TEXTS:
        assert [m.span() for m in fast.finditer(text)] == [m.span() for m in plain.finditer(text)], text
        for pos in range(0, len(text) + 2, 3):
            for endpos in (len(text), max(0, len(text) - 5), pos + 12):
                a, b = plain.search(text, pos, endpos), fast.search(text, pos, endpos)
                assert (a and (a.span(), a.groups())) == (b and (b.span(), b.groups())), (text, pos, endpos)


def test_word_start_builds_a_scan_only_where_it_can() -> None:
    assert word_start(r"\b(?:agreed|noted)\b", re.I)._scan is not None
    assert word_start(r"(?<![\w-])chairs", re.I)._scan is not None
    assert word_start(r"\b\w+")._scan is None  # "\b" before a character that may not be a word character
    assert word_start(r"\bx?")._scan is None
    assert word_start(r"agreed")._scan is None
    assert word_start(r"\bx|y")._scan is None  # the guard covers only the first branch
    fast = word_start(r"\bagreed\b", re.I)  # a drop-in for the compiled pattern
    assert fast.pattern == r"\bagreed\b" and fast.flags & re.I and fast.groups == 0
    assert fast.sub("x", "It was agreed.") == "It was x."


def test_the_characters_ignorecase_folds_to_ascii_letters_are_all_known() -> None:
    letter = re.compile(r"[a-z]", re.I)
    found = {c for c in map(chr, range(0x80, 0x110000))
             if letter.match(c) or any(x.isascii() and x.isalpha() for x in c.lower())}
    assert found == set(FOLDS_TO_ASCII)


def test_triggers_find_what_their_plain_patterns_find() -> None:
    for trigger in triggers():
        for text in TEXTS:
            spans = [m.span() for m in trigger.pattern.finditer(text)]
            assert list(trigger.spans(text)) == spans, (trigger.relation, trigger.direction, text)


def test_required_strings_are_in_every_match() -> None:
    pattern = re.compile(r"\b(?:is|was) (?:the )?(?:chair|chairman) of\b|\bchaired by\b", re.I)
    strings = required_strings(pattern)
    assert strings and all(len(s) >= 2 for s in strings)
    for text in ("Cllr Lee IS THE CHAIRMAN OF the Board", "It was chaired by Ms Voss", "chair of"):
        found = [m.group(0).lower() for m in pattern.finditer(text)]
        assert all(any(s in f for s in strings) for f in found)
        assert may_match(strings, text) or not found
    assert may_match(strings, "the Board is chaired by Dr Rahman")
    assert not may_match(strings, "the Board met in March")
    assert may_match(strings, "the Board was cſaired by ſomeone")  # a long s: searched, whatever it holds
    assert required_strings(re.compile(r"\b(?:a|b)\b", re.I)) is None  # nothing two characters long


@pytest.mark.parametrize(
    "name",
    [
        "Leicestershire County Council",
        "North Yorkshire Police",
        "Reading Borough Council",
        "Reading the report",
        "Hart, Rushmoor and Surrey Heath Community Safety Partnership",
        "Hart and Rushmoor",
        "Bury St Edmunds",
        "Kent's Partnership",
        "Oadby and Wigston Community Safety Partnership",
        "The Board of Leicestershire",
        "Cllr Preston",
        "Stoke-on-Trent City Council",
        "ESSEX POLICE",
        "",
    ],
)
def test_leading_is_the_first_scanned_name_at_the_start(name: str) -> None:
    scanned = P.scan(name)
    expected = scanned[0] if scanned and scanned[0].start == 0 else None
    found = P.leading(name)
    assert (found and (found.start, found.end, found.match.entries)) == (
        expected and (expected.start, expected.end, expected.match.entries))


LINES = [
    "Cllr Jo Lee (Chair), Leicestershire County Council",
    "Amara Hale, Head of Community Safety, Blaby District Council",
    "The Board noted the report of the Partnership Analyst.",
    "Director of Public Health Dr Fergus Boyd",
    "Police, Fire and Crime Commissioner Roger Voss and Chief Inspector Priya Rahman",
    "Essex Police, Fire and Crime Commissioner",
    "ANTI-SOCIAL BEHAVIOUR REDUCTION GROUP",
    "- Owain Pryce (Victim Support)",
    "M Shaw N Allsopp Leicestershire Police",
    "1. Apologies for absence",
    "£12,000 was awarded to Safe Spaces",
    "Supt. Isla Marsh, Leicestershire Police",
    "Police, Crime, Sentencing and Courts Act 2022 guidance: Cllr Bilal Okafor",
    "The Board, Cllr Bilal Okafor and the Police, Crime, Sentencing and Courts Act 2022",
    "",
]


def test_may_start_with_person_is_false_only_when_no_person_opens_the_span() -> None:
    for line in LINES:
        for start in range(0, min(len(line), 12)):
            found = find_mentions(line, start, len(line), expect_person=True)
            opens = bool(found) and found[0].kind == "person" and found[0].start - start <= 2
            assert may_start_with_person(line, start, len(line)) or not opens, (line, start)


@pytest.mark.parametrize(
    ("name", "key"),
    [
        ("Saint Helens", "st helens"),
        ("The Wirral", "wirral"),
        ("the", "the"),
        ("Brighton & Hove", "brighton and hove"),
        ("King's Lynn and West Norfolk", "kings lynn and west norfolk"),
        ("North  Devon", "north devon"),
        ("Ynys Môn", "ynys mon"),
        ("ST. ALBANS", "st albans"),
        ("Basingstoke and Deane", "basingstoke and deane"),
    ],
)
def test_norm_keys(name: str, key: str) -> None:
    assert P.norm(name) == key


# names and the texts around them for the resolver's searches by str.find: word characters beyond ASCII, "_",
# digits, hyphens and apostrophes at a name's edges, a name at the very start and end, back to back
NAME_TEXTS = [
    "The Board met. The Partnership Board agreed; BOARD members and the Board_ and Boards, Board-led, ÉBoard, "
    "Board",
    "Board Board BOARD'S (Board) 2Board Board2 the Strategy 2022-25 and the Safer Plan Strategy 2022 /25, "
    "Strategy\t2024–2027, Strategy 2024-2027x Strategy  2019/20",
    "Community Safety Partnership|CSP: the Castle Point Community Safety Partnership and CSPs; Castle Point CSP",
    "Ärea Ärea-North Äreal Area_ Area",
    "",
]


@pytest.mark.parametrize("text", NAME_TEXTS)
def test_word_spans_are_what_the_word_patterns_find(text: str) -> None:
    from govkg.loaders.resolve import _word_spans

    forms_list = [("Board", "BOARD"), ("BOARD", "Board"), ("Partnership Board",), ("CSP",), ("Ärea",), ("Area",),
                  ("Strategy",), ("Board", "Boards"), ("Boards", "Board"), ("Board-led",), ("(Board)",), ("2Board",)]
    for forms in forms_list:
        pattern = re.compile("|".join(r"\b" + re.escape(f) + r"\b" for f in forms))
        for end in (len(text), len(text) // 2, 7):
            want = [m.span() for m in pattern.finditer(text, 0, end)]
            assert _word_spans(text, forms, end) == want, (forms, end)


@pytest.mark.parametrize("text", NAME_TEXTS)
def test_dated_forms_are_what_the_name_and_years_pattern_finds(text: str) -> None:
    from govkg.loaders.resolve import _dated_forms

    for name in ("Strategy", "Plan Strategy", "Board", "Strategy 2022"):
        pattern = re.compile(re.escape(name) + r"[ \t]+(\d{4}[ \t]?[-–/][ \t]?\d{2,4})\b")
        assert _dated_forms(text, name) == [(m.start(), m.group(1)) for m in pattern.finditer(text)], name
