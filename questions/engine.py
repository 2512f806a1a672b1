"""Answering a plain-English question: read it, link its names, follow the relations it asks about through
the graph's assertion nodes, and keep only what its date and area allow. Nothing is guessed: when a name
does not link or no fact fits, the answer is empty and the interpretation says why."""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import replace
from decimal import Decimal
from functools import cache
from typing import Any

from ..graph.model import pounds
from ..ontology import body_types
from ..ontology.relations import BY_KEY, OTHER_PREDICATES
from .actions import action_owner
from .body_kinds import asked_type, of_type
from .compound import answer_both, both_roles, joined, roles_apart, two_questions
from .context import ENDED, Context, in_time, order
from .evidence_details import annotate
from .freshness import IndexState
from .funding import (
    AMOUNT,
    EXTREME_ASKED,
    FUNDING_WORDS,
    GIVER_ASKED,
    amount_of,
    answer_funding,
    decimal_of,
    unitemised_money,
)
from .kinds import DATE_IN_TEXT, FOUNDED_ASKED, PLANS, SITS_ON, Question, statements
from .lexicon import (
    COMMON_WORDS,
    GOVERNING_BOARD_WORDS,
    KIND_WORDS,
    MEMBER_TIERS,
    RELATIVE_NOUNS,
    SECTORS,
    TITLES,
    Phrase,
    Route,
    normalise,
    phrases,
)
from .linking import QUESTION_KINDS, Entity, EntityIndex, Mention
from .meetings import apologies_written, committee_of_papers, dated_meeting, meeting_attendees
from .model import Answer, Evidence, Result
from .naming import (
    LOCAL_KINDS,
    area_as_written,
    area_names,
    as_written,
    describe,
    distinct,
    kind_words_only,
    one_head_each,
    own_areas,
    post_title,
)
from .places import Places
from .reading import BODY_HEADS, POST_HEADS, Refusal, best_fit, narrow, read, suggest
from .reading import as_written as written_as
from .roles import (
    ROLE_SAID,
    SUBSTITUTE_ASKED,
    led_from_papers,
    named_as_body,
    named_role,
    paper_date,
    paper_is_of,
    paper_passages,
    predecessor,
    predecessor_of,
    role_from_papers,
    role_said,
    substitutes_for,
)
from .sentences import (
    WORDS_NOTE,
    amount_from_sentences,
    date_from_sentences,
    designated_committee,
    from_sentences,
    law_for_unheld_name,
    renamed_from_sentences,
    replaced_from_sentences,
)
from .sparql import Trace, is_iri, run_file, run_file_among
from .temporal import When, spoken_date
from .yesno import names_nothing, yes_or_no

# What the question word asks for: the kinds an answer should have, when the graph offers a choice.
WH_KINDS: tuple[tuple[str, tuple[str, ...]], ...] = (
    (r"which (?:district|area|place)", ("area",)),
    (r"which (?:act|law|legislation)|under which act|under what act", ("legislation",)),
    (r"which (?:strateg(?:y|ie)|plan|report|document|publication)", ("publication",)),
    (r"which (?:post|role|office)|what (?:post|role|position)", ("post",)),
    (
        r"which (?:topic|theme|priorit(?:y|ie)|element|strand)|what (?:topic|theme|priorit(?:y|ie)|element)",
        ("topic", "initiative"),
    ),
    (
        r"which (?:[a-z]+ )?(?:body|bodie|board|group|partnership|committee|panel|organisation|organization|"
        r"agencie|agency|partner|provider|council|sub ?group)",
        ("body",),
    ),
    (r"^who\b", ("person", "post", "body")),
)
MAX_WORDS = 60
# The last words of a group's name that make a body's name written straight before it its owner
COMMITTEE_HEADS = frozenset("group committee subcommittee subgroup panel forum board".split())
# How many lines above an attendance list its heading may stand ("Attendance at the meeting of 11 January")
_HEADING_WITHIN = 12
SHARED_HEADS = frozenset({"service", "programme", "project", "scheme", "strategie", "strategy", "plan", "team"})
ROLES = r"vice chair(?:man|person)?|chair(?:man|person)?"
# How the interpretation says the sub-kinds of 'other' facts, forwards and backwards.
OTHER_PHRASES = {
    "replaces": ("what {x} replaced", "what replaced {x}"),
    "formerName": ("what {x} was formerly called", "what was formerly called {x}"),
    "scrutinises": ("what {x} scrutinises", "who scrutinises {x}"),
}
CHAIR_OF = re.compile(r"\bthe (?P<role>(?:vice |deputy |co |joint )?chair(?:man|person|woman)?) of (?:the )?")
ASKS_WHAT_GIVEN = re.compile(
    # ("does" reads "doe" once normalised)
    r"^what (?:did|does|doe|do|will|was|were|is) .*\b(?:give|gave|grant|allocate|award|pay|contribute|put|"
    # "what did the council approve for the panel": approved for a party is money approved
    r"approved? for|"
    # "what is the team given each year by the PCC": the passive asks the same, unless it is given a task
    r"(?:given|granted|allocated|awarded|paid)(?! (?:the )?(?:responsibilit|power|duty|dutie|task|role|job|lead)))\b"
)
# "What grant did the council receive from the PCC?": an amount, asked for by the kind of money
ASKS_WHAT_MONEY = re.compile(
    # "What Community Safety Fund grant does the PCC give the CSP?": the grant named by its fund first
    r"^(?:what|which) (?:[a-z_]+ ){0,4}?(?:grant|amount|sum|allocation|award|contribution) "
    r"(?:did|does|doe|do|will|was|were|is|has|had)\b"
    # "What was the PCC's Community Safety Fund grant for Eastvale?": the grant itself, which is its amount
    r"|^what (?:was|is|were|will be) (?:the )?(?:_ )+(?:fund |funding |stream )?"
    r"(?:grant|allocation|award|contribution)\b"
)
# Relations a plan and the body that writes it share: its priorities are the body's (see Asker._plan_shared)
PLAN_SHARED = frozenset({"priority_of"})
MONEY_NAMES = frozenset({"grant", "fund", "funding", "allocation", "award", "contribution"})


def _money_named(tokens: list[str], mentions: list[Mention]) -> str:
    """The question with each linked name blanked ("_"), except a name of money ("the Community Safety Grant",
    "the Prevention Fund"), which stays as the kind of money it is: "What Community Safety Grant does the PCC
    give the CSP?" asks an amount as "What grant does the PCC give the CSP?" does."""
    out = list(tokens)
    for mm in mentions:
        for i in range(mm.start, mm.end):
            out[i] = "_"
        if mm.text.split()[-1:] and mm.text.split()[-1] in MONEY_NAMES and mm.kinds & {"initiative", "topic"}:
            out[mm.end - 1] = "grant"
    return " ".join(out)


# "Which provider was allocated ...", "Who received £N to run ...": the one paid is asked for
PROVIDER_ASKED = re.compile(
    r"^(?:which|what) (?:provider|organisation|organization|charity|service provider|group|body|partner)\b"
    r"|^who (?:was|were|is|will be|has been) (?:allocated|awarded|given|paid|granted)\b"
)
# "the Partnership", "the Board", "the joint board": a body named only by its kind, as its own paper calls it
SHORT_NAME = re.compile(r"\bthe (?:joint )?(?P<head>partnership board|partnership|board|panel|committee|executive)\b")
# "Who leads on X ...", "Who is the lead for X ...": whom a post named for X makes its lead
LEADS_ON = re.compile(r"^who (?:lead|leads|led|is leading|take the lead|takes the lead|is the lead|was the lead) "
                      r"(?:on|for) "
                      r"(?P<what>.+?)(?: (?:at|in|across|within|and|who|,)\b.*)?$")
# "Who heads / manages / runs / is in charge of the X?" (as normalised), and the words of a post's name that
# make its holder the one who does so for X, by the verb asked
HEADS_BODY = re.compile(r"^who (?:is |was )?(?P<verb>head|headed|heading|manage|managed|managing|run|ran|running|"
                        r"in charge of) (?P<what>.+?)$")
HEAD_ROLES = {
    "head": {"head"}, "headed": {"head"}, "heading": {"head"},
    "manage": {"manager", "head"}, "managed": {"manager", "head"}, "managing": {"manager", "head"},
    "run": {"head", "manager"}, "ran": {"head", "manager"}, "running": {"head", "manager"},
    "in": {"head", "manager"},
}
# The words of a post's name that make its holder the lead on what the rest of the name says
LEAD_HEADS = frozenset({"head", "lead", "leader", "manager", "director", "coordinator", "co", "officer"})


def _in_sequence(words: list[str], label: list[str]) -> bool:
    """Are WORDS, in order and next to each other (bar "and", "&"), part of LABEL?"""
    want = [w for w in words if w not in ("and", "&")]
    have = [w for w in label if w not in ("and", "&")]
    return any(have[i : i + len(want)] == want for i in range(len(have) - len(want) + 1))


def _written_in(mm: Mention, said: str) -> bool:
    """Does the normalised sentence SAID write what MM names: one of its names, or the last word of its label
    ("the Commissioner", "the Board")?"""
    padded = f" {said} "
    return any(f" {normalise(n)} " in padded or f" {normalise(n).split()[-1]} " in padded
               for e in mm.entities[:3] for n in {e.label, *e.names} if normalise(n))


def _paper_of_time(text: str, date: str | None, when: When) -> bool:
    """Is a paper of TEXT, dated DATE, of the time asked: does it write the financial year asked ("2024/25",
    "2024-25", "2024-2025"), or is it of the year asked (by its date or its words)?"""
    if when.period:
        first, last = when.period.split("/")
        return re.search(rf"\b{first}\s*[/-]\s*(?:20)?{last[-2:]}\b", text) is not None
    year = when.year
    return year is not None and (str(year) in text or (date or "").startswith(str(year)))


# "What was the total ...", "What total did ...", "... in total", "the combined ...": a total asked for
# A paper's own reference written in a question: "decision 017/2024", "decision notice 2024/017", "GMCA DM
# 2024/31", "GMCA/DM/PCC/2024/017", "TVPCC 2024/031", with the words before it that only say it is one.
REFERENCE = re.compile(
    r"(?i:\b(?:in|under|by|of|from) )?(?i:the )?"
    r"(?P<decision>(?i:\b(?:(?:record of|mayoral|officer|key) )?decision(?: notice| record)?"
    r"(?: (?:no\.?|number|reference|ref\.?))?) )?"
    r"(?P<ref>(?P<code>(?:\b[A-Z]{2,}[ /-]){1,4})?\b(?P<a>\d{1,4}) ?[/-] ?(?P<b>\d{2,4})\b)"
)
# A table row's reference written beside what the question asks of it: "(NK-CS-03)", "(grants CS01 and CS03)",
# "row HX/4": capitals and a number, the only names of a table's rows that the graph holds none of
ROW_CODE = r"\b[A-Z]{1,6}(?:[-/][A-Z]{1,6}){0,3}[-/]?\d{1,4}[A-Z]?\b"
ROW_REFERENCE = re.compile(
    rf"\s*\((?:[A-Za-z]+ ){{0,2}}(?P<codes>{ROW_CODE}(?:(?:,| and| &| or) {ROW_CODE})*)\)"
    rf"|(?i:\b(?:row|line|item|ref|reference) )(?P<code>{ROW_CODE})"
)
TOTAL_ASKED = re.compile(r"^(?:what|how much)\b.*\b(?:total|totalled|altogether|combined)\b")
# A total as a paper writes it: "totalling £N", "the total commitment of £N", "takes the total fund for the year
# to £N", "£N in total"
STATED_TOTAL_SAID = re.compile(
    r"\btotal(?:ling|led|ed|s)? (?:[A-Za-z/'\u2019-]+ ){0,8}?(?:of |to |is |was |came to |amounts to |amounted to |"
    r"comes to |:\s*)?£\s?(\d[\d,]*(?:\.\d+)?)\s*(k|m|million|thousand)?\b"
    r"|\btotall(?:ing|ed) £\s?(\d[\d,]*(?:\.\d+)?)\s*(k|m|million|thousand)?\b"
    r"|£\s?(\d[\d,]*(?:\.\d+)?)\s*(k|m|million|thousand)? in total\b"
    # a table's total row: "| TOTAL | | £612,000 |", the first sum after the cell
    r"|\|\s*(?:grand )?total\s*\|[\s|]*£\s?(\d[\d,]*(?:\.\d+)?)\s*(k|m|million|thousand)?\b",
    re.I,
)
# "Who received £12,500 to run ...", "Who got £8,000 for ...": the one paid, asked for by the money alone
# what the interpretation says of answers read off the papers' sentences, not off facts
SENTENCE_READ = "(read from their sentences)"
RECEIVER_ASKED = re.compile(r"^who (?:received|receives|receive|got|gets|was paid|were paid|is paid)\b")
# "Who became chair ...", "Who has been appointed vice-chair ...", "Who took over as chair ...": the start of a term
TERM_BEGUN_ASKED = re.compile(
    r"(?i)\b(?:became|become|becomes|(?:was|were|has been|have been|is|been) (?:newly )?(?:appointed|elected)|"
    r"took over|takes over|(?:the )?new) (?:as )?(?:the )?(?:co-|vice-|vice |deputy )?chair"
)
MONEY_INTO = re.compile(r"\b(?:into|to|towards) (?:the |its |their )?(?:[a-z_]+ ){0,5}(?:budget|pot|fund|pool)\b")
MONEY_PLURAL = re.compile(r"\b(?:grants|allocations|awards|contributions|amounts|sums)\b", re.I)
PROVENANCE = re.compile(
    r"\b(?:as (?:reported|presented|described|set out|told|put) (?:to|in|at|by)|according to|in the minutes of|"
    r"as recorded (?:by|in))(?: the)?$"
)
UNDER = re.compile(r"\bunder(?: the| its| their)?$")
# The nouns of a part of a body's work ("the hate crime priority of the Board", "the Board's hate crime theme"):
# whoever leads or is responsible for that part is asked for, never the body's own chair
PART_NOUN_RE = re.compile(r"(?:priorit(?:y|ie)|theme|strand|workstream|objective|aim|outcome)s?")
OWNER_TIES = (["of"], ["of", "the"], ["for"], ["for", "the"])
LEAD_VERBS = frozenset({"lead", "leads", "leading", "led"})
RELATIONAL_NOUN = re.compile(
    r"(?:priorit|member|partner|subgroup|strand|element|theme|area|district|chair|lead|role|post|grant|fund)"
)
WHEN = re.compile(r"^(?:when|(?:in )?(?:what|which) year|on (?:what|which) (?:day|date)|what date|since when)\b")
# The words between a post and the body it is of: "the Independent Chair of the Board", "the lead for X".
POST_OF = re.compile(r"(?:of|for|at|on)(?: the)?")
# "Which housing organisations ...", "which co-opted members ...": words that pick a subset of the answers.
SUBSET = re.compile(
    r"^(?:which|what) (?:of the )?(?P<words>[a-z]+(?: [a-z]+)?) (?:bodie|body|organisation|organization|partner|"
    r"agencie|agency|member|service|provider|commissioner)\b"
)
# "Which organisations are co-opted members of X": the words before "members" pick the subset too.
SUBSET_AFTER = re.compile(
    r"^(?:which|what) (?:bodie|body|organisation|organization|partner|agencie|agency|service|provider)s? "
    r"(?:are|were|is|was) (?:the )?(?P<words>[a-z]+(?: [a-z]+)?) (?:member|partner)s?\b"
)
# "Who are the statutory partners of X": the words before "partners" pick the subset, asked with "who".
SUBSET_WHO = re.compile(
    r"^(?:who|what|which) (?:are|were|is|was) (?:the |its |their )?(?P<words>[a-z]+(?: [a-z]+)?) "
    r"(?:member|partner|agencie|agency|bodie|body|organisation|organization)s? (?:of|on|in)\b"
)
# Words there that pick out no subset ("which other bodies", "which two partners", "what partner agencies").
# (but "which health organisations", "which police partners" do pick a subset, though those words name nothing alone)
PLAIN_WORDS = (COMMON_WORDS | KIND_WORDS) - {"health", "education", "police"} | frozenset(
    "other two three four five six seven eight nine ten named main key partner listed now currently still all both "
    "current present full existing"
    .split()
)
# Up to three words before the noun of a relative clause ("the Eastvale body that ..."), none of them a word
# that joins two phrases ("the priorities of the partnership that ..." is about the partnership)
NOUN_WORDS = r"(?:(?!(?:of|the|for|to|in|on|and|at|by) )[a-z]+ ){0,3}?"
# the noun a relative clause follows may be a body's whole name ("the Westshire Community Safety Strategy Group that
# the district's partnership reports to"): cut shorter, its name would be asked of as a second body, and the
# clause's subject answered in its place
# ("and" inside a name, "the Hoarding and Self-Neglect Group that ...", but never before another noun phrase: "the
# board and the group that ...")
NAMED_NOUN_WORDS = r"(?:(?!(?:of|the|for|to|in|on|at|by) |and (?:the|a|an|its|their) )[a-z]+ ){0,6}?"
# "Which organisation ...": never answered with a person (a post or a body may be what the papers name)
ASKS_ORGANISATION = re.compile(
    r"^(?:which|what) (?:[a-z]+ ){0,2}?(?:organisation|organization|body|bodie|agency|agencie)\b"
    r"(?! (?:member|officer|representative|lead|chair|head)\b)"
)
# "Who produced ...", "who delivers ...": someone, never a paper, a topic or an Act (a reading that went the
# wrong way round answers with those; no answer is better)
ASKS_AGENT = re.compile(r"^who\b")
# The kinds of answer a form of question can never have, and what the reading then says it kept: "which
# organisation sent apologies" is never a person, whatever the plan found
# "Who ...?" asks for someone: never for a thing the question itself names
WHO_ASKED = re.compile(r"\s*who\b", re.I)
ANSWER_KINDS_REFUSED = (
    (ASKS_ORGANISATION, frozenset({"person"}), "only organisations, not people"),
    (ASKS_AGENT, frozenset({"publication", "topic", "legislation", "area"}), "only people and organisations"),
)
# "Under which section of the Act ...": a section, which only a quote gives
SECTION_ASKED = re.compile(r"\b(?:which|what) (?:section|part|clause)\b")
SECTION = re.compile(r"\b(?:section|s\.|part|clause)\s?\d+[a-z]?\b", re.I)
# "the partnership chaired by X" is "the partnership that is chaired by X"
PARTICIPLE_CLAUSE = re.compile(
    rf"\bthe (?P<noun>{NOUN_WORDS}(?:{RELATIVE_NOUNS})) "
    r"(?P<verb>chaired|co chaired|led|run|managed|overseen|funded|convened|produced|commissioned|hosted) by "
)
# "the partnership whose chair is X" is "the partnership that X chairs"
ROLE_IS = re.compile(rf"\bwhose (?P<role>(?:vice |deputy |co )?(?:{ROLES})) (?:is|was) (?P<who>.+)$")
# A post that is a body's chair by its name: "Independent Chair", "Vice-Chair", "Chairman"
CHAIR_POST = re.compile(rf"(?:(?P<qualifier>independent|joint) )?(?:{ROLES})")
# The words that name a body's sub-groups ("subgroup" once normalised; a plural has lost its "s").
SUBGROUP_NOUN = re.compile(r"subgroup|subcommittee")
# The head nouns of a group a body may have ("its delivery group", "the licensing committee of the council").
# Not SUBGROUP_NOUN: that asks for all of a body's sub-groups by their class noun, where these end a group the
# question describes with words of its own ("the delivery group of X"), so "group", "committee", "panel" and
# "forum" are here too. (reading.BODY_HEADS and roles.BODY_HEADS are the heads of a body's own name, read apart.)
GROUP_HEADS = frozenset("group subgroup subcommittee committee panel forum".split())
# "Who chairs the standing DHR panel through which the CSP commissions reviews?", "the DHR panel for the CSP":
# a body the question names by its words and a governance head noun, then another body said after it (in a
# relative clause, or after "for"); the phrase the relation word governs is what is asked about.
UNLINKED_SUBJECT = re.compile(
    r"^(?:who|what|which|when|where|how)\b(?:(?! the ).)*? the (?P<words>(?:[a-z0-9'-]+ ){1,4}?)"
    r"(?P<head>panel|board|group|subgroup|committee|subcommittee|partnership|forum|unit|team|network|"
    r"taskforce|executive|alliance) "
    r"(?P<link>(?:through|by|via|in|under|from|to|with|at|on) which|which|that|where|whose|for|of)\b"
)
# The links after a named noun that the relative reading of _solve takes itself ("the board that ...").
CLAUSE_READ = re.compile(r"(?:(?:to|into|under|from|by) )?(?:which|that|who|whose)")
# "Which group leads on X, and who chairs it?": a thing asked for, then its chair.
# The words before "the <noun> that ..." when the relative clause is all the question asks: "what are", "which
# were", "name", "list all"
ASKS_THE_NOUN = re.compile(r"(?:what|which|who|name|list)(?: (?:are|is|were|was))?(?: all)?")
AND_WHO_CHAIRS = re.compile(
    r"^(?P<first>(?:which|what) .+?) and (?:who|which post|what post) (?:chair|lead|head)s? (?:it|them)$"
    r"|^(?P<first2>(?:which|what) .+?) and who is its chair$"
)
# A person's label that is an initial and a surname ("J Marlow", "J. Marlow").
INITIAL_NAME = re.compile(r"(?P<initial>[A-Z])\.? (?P<surname>[A-Z][\w'\u2019-]+)")
# A question asking who holds a role: "who chairs", "who is the vice-chair of", "name the chair of".
ASKS_WHO = re.compile(r"^(?:who|which person|name)\b")
# The note of an answer that is only the place a body's name gives (no paper says what it covers).
NAMED_AREA = "the area its name gives"
# What the reading says when the papers name only a post where a person was asked for.
NO_PERSON = "the papers name no person, only the post or organisation"
NO_HOLDER = "the papers name the post but no one holding it"
# "Who is the Pelling inspector who leads the Group?", "Who is the Neighbourhood Inspector for Pelling?": a person
# asked for by a post the question names (ROLE); the words of it that say no post's name are ROLE_FILLER
ROLE_ASKED_BY = re.compile(
    r"\s*who(?: is|'s|\u2019s| was| are| were) (?:the|a|an|its|their|our) "
    r"(?P<role>[\w'\u2019&-]+(?: [\w'\u2019&-]+){0,5}?)"
    r"(?: (?:who|that|which|leading|chairing|heading|running|responsible|in charge|for|at|in|on)\b"
    r"|\s*\??\s*$)", re.I)
ROLE_FILLER = frozenset({"the", "a", "an", "of", "for", "and", "s"})


@cache
def job_heads() -> frozenset[str]:
    """Words that name a job when they end a post's name ("inspector", "manager"), as the national lexicon lists
    them (loaders/gazetteer/heads.yaml), normalised as questions are."""
    from ..loaders.lexicon import lower_case_post_heads

    return frozenset(normalise(w) for w in lower_case_post_heads()) | POST_HEADS
# how far after a person's name a sentence may write the role it says they hold ("P, who is the ... lead"), in chars
ROLE_AFTER_NAME = 80
# "Who chairs the Board, by name?", "What is the name of the chair?", "the names of the co-chairs", "Who is the
# named chair?": a person asked for by name (normalised text)
NAME_ASKED = re.compile(r"\bby name\b|\b(?:the |their |his |her )?names? of (?:the |its |their )?"
                        r"(?:person|people|chair|co chair|vice chair|officer|councillor|member|holder|lead)"
                        r"|\bnamed (?:chair|co chair|vice chair|person)\b")
# "What is the name of the Commissioner who approved the decision?": a name asked for of whoever a "who" clause
# describes, so a person; a paper, a body or a topic the clause mentions is no name of them (normalised text)
NAME_OF_WHO = re.compile(r"\bnames? of (?:the |its |their |a |an )?(?:[\w'\u2019&-]+ ){1,8}?who\b")
# what a name of a person is said through when the papers give no name: a post (by its holder), an organisation
SAID_FOR_A_PERSON = frozenset({"person", "post", "body"})
# The number or letter of a list item written before a name: "(3) ", "2. ", "b) ", "(iv) "
ENUMERATOR = re.compile(r"^\s*(?:\((?:\d{1,2}|[a-z]|[ivx]{1,4})\)|(?:\d{1,2}|[a-z])[.)])\s+(?=\S)")
# A post that is a body's chair by its name: "Chair of EVSP", "Vice-Chair of the Eastvale Board"
POST_OF_BODY = re.compile(r"^(?P<role>(?:vice|deputy) )?chair(?:man|person|woman)? of (?:the )?(?P<body>.+)$")
# "Who is the council's named member of the Board?": whom the council has on the Board, a representation
SPEAKS_FOR = re.compile(r"_ (?:named |nominated |own )?member (?:of|on) (?:the )?_")
# "Which organisation does P come from on the Board?", "Which service was P from at the Panel?": whom a person
# is at a body for, as "whom does P represent on it" asks
FROM_ON = re.compile(r"_ (?:(?:come|comes|came|coming) )?from (?:on|at) (?:the )?_")
# Verbs of giving money, as the question normaliser leaves them: the name after one is whom money went to.
GIVING_VERBS = frozenset("give gave given giving grant granted award awarded allocate allocated pay paid "
                         "provide provided contribute contributed".split())
# "Who speaks for the council on the Board?", "who is there on behalf of X on Y": representation said in other
# words than "represent"
REPRESENT_WORDS = re.compile(r"\brepresent|\b(?:speak|speaks|speaking|spoke) for\b|\bon behalf of\b")
# "Who represents the fire service on X?": a kind of body written where the body represented stands
KIND_REPRESENTED = re.compile(r"\b(?:represent(?:s|ed|ing)?|(?:speak|speaks|speaking|spoke) for|on behalf of|"
                              r"(?:sit|sits|sat|sitting|serve|serves|served) on (?:the )?(?:_ )+for) "
                              r"(?P<kind>(?:the |a |an )?[a-z][a-z ]{1,40}?)(?: (?:on|at) (?:the )?_|$)")
CHAIN = re.compile(r"\bchain of (?:accountability|command|reporting)|accountability chain|to the top\b")


# "Who was the previous chair of X?": the one before the chair now, whom its papers may say the chair took over
# from ("chaired by Nia Brookes, who took over from Ivo Hale in June 2023").
PREVIOUS_CHAIR = re.compile(r"\b(?:previous|former|last|outgoing|preceding|earlier) (?:co |joint )?"
                            r"chair(?:man|person|woman)?\b")
# "Who chaired X before Nia Brookes?", "Whom did Nia Brookes take over from as chair of X?", with a person named.
CHAIR_BEFORE = re.compile(r"\bchair(?:ed|man|person|woman)?\b.*\bbefore _|\b(?:take|took|taken) over (?:from )?"
                          r"(?:.*\bchair)?|\bsucceed(?:ed)?\b.*\bchair|\bchair.*\b(?:succeed|replace)(?:d)?\b")
WHOM_ASKED = re.compile(r"^(?:whom|from whom)\b")
# "Who leads X?", "who heads X?", "who is in charge of X": the question asks for X's lead, whom its papers may
# write as "led by" though no one is named its chair.
# (not "the lead member" or "lead officer": a post of its own, which a body's lead is not)
LEAD_ASKED = re.compile(r"\b(?:lead|leads|led|head|heads|headed|in charge of)\b"
                        r"(?! (?:member|officer|director|partner|councillor|cabinet|agency|professional)\b)")


class Asker:
    """Answers questions over one store. Its name index, and what it derives from the whole graph, follow the
    store's writes: a document loaded, replaced or removed (or an update that names what it writes) is read
    again on its own, so the first question after a write costs about what any other does."""

    def __init__(self, store: Any):
        self.store = store
        self.state = IndexState(store)

    def index(self) -> EntityIndex:
        return self.state.current()

    def memo(self, key: str, compute: Any) -> Any:
        """A value computed once per state of the store (forgotten when anything changes)."""
        return self.state.memo(key, compute)

    def papers_saying(self, words: str) -> frozenset[str]:
        """The documents whose text says WORDS (normalised: a plural's "s" may follow each word)."""
        pattern = "(^|[^a-z0-9])" + "[^a-z0-9]+".join(f"{re.escape(w)}s?" for w in words.split())
        return self.memo(f"papers saying {words}", lambda: frozenset(
            r["doc"] for r in run_file(self.store, "papers_saying.rq", pattern=pattern) if r["doc"]
        ))

    # -- questions

    def places(self) -> Places:
        """The places questions may name: the national gazetteer's, marked as held or not by this graph."""
        return self.state.places()

    def ask(self, question: str) -> Result:
        if (halves := two_questions(question)) is not None and (
                both := answer_both(question, halves, self.ask, self.index())) is not None:
            # "Who chairs the Board, and who is its vice-chair?": two questions, each read as the asker reads it
            return both
        if each := one_head_each(question, self.places()):
            # "the Erewash and Amber Valley CSPs": each place's own partnership, asked of by its name; both
            # together, else each alone (what either partnership's papers answer)
            result = self._ask(each[0])
            if not result.answers and not result.refused:
                result = joined(result, [self._ask(q) for q in each[1:]])
            result.question = question
        else:
            result = self._ask(question)
        if not result.answers and (roles := roles_apart(question)) is not None and (
                two := both_roles(question, roles, self._ask)) is not None:
            # "Who is the Senior Responsible Owner and chair of the Partnership?", read whole as one post's
            # holder, which the graph records none of: the holder of each role, asked of the body apart
            return two
        if result.answers or (named := self._reference_named(question)) is None:
            return result
        # "How much was awarded to X in decision GMCA/DM/PCC/2024/017?": the reference is no name of the graph,
        # but the paper that carries it is; the rest of the question is asked of that paper alone
        rest, ref, docs = named
        if not docs:
            return Result(question, f"The graph holds no paper with the reference \u201c{ref}\u201d.", refused=True)
        again = self._ask(rest, papers=docs, reference=ref)
        again.question = question
        return again if again.answers or not result.refused else result

    def _reference_named(self, question: str) -> tuple[str, str, frozenset[str]] | None:
        """A paper's reference the question writes: a decision's ("decision 017/2024", "GMCA DM 2024/31",
        "TVPCC 2024/031") or a table row's ("(NK-CS-03)", "(grants CS01 and CS03)"): the question without it, the
        reference, and the papers that write it (every code of it; none when no paper does). None when the
        question writes no reference: a number pair that is a period ("2024/25", "2022-2025") is none, and a
        number pair is a reference only after "decision" or a code of capitals."""
        for start, end, ref, codes in _references(question):
            docs = frozenset.intersection(*(self.papers_saying(" ".join(re.findall(r"[a-z0-9]+", code.lower())))
                                            for code in codes))
            if len(docs) > 3:
                continue  # a reference many papers write is no one paper's
            rest = (question[:start].rstrip() + " " + question[end:].lstrip()).strip()
            rest = re.sub(r"\s+([?.,;:])", r"\1", rest)
            return rest, ref, docs
        return None

    def _ask(self, question: str, papers: frozenset[str] | None = None, reference: str | None = None) -> Result:
        question = (question or "").strip()
        if not question:
            return Result(question, "Ask a question about a body, person, post, topic or funding.")
        if len(question.split()) > MAX_WORDS:
            return Result(
                question, f"That is too long to read as one question: ask in at most {MAX_WORDS} words."
            )
        if (besides := BESIDES.match(question)) is not None:
            return self._besides(question, besides)
        index = self.index()
        if (said := yes_or_no(question, index, self.ask)) is not None:
            # "Does the CSP report to the Board?": yes with the fact that says so, or what the graph holds
            return said
        places = self.places()
        trace = Trace()
        try:
            reading = read(question, index, places, self.state.vocabulary(), self.papers_saying)
            ctx = Context(
                index, reading.when, reading.area, reading.quoted, reading.amounts, trace,
                capitalised=reading.names, places=places, asked=reading.asked, question=question,
                part_named=frozenset(e.iri for e, _ in reading.part_named), papers=papers,
            )
            stated = None
            if papers and TOTAL_ASKED.search(reading.normal):
                # "What is the total of the allocations in decision X?": the one total that paper writes
                stated = self._totals_in(sorted(papers), [], ctx)
            answers, text = stated or self._solve(reading.normal, ctx, top=True)
        except Refusal as refusal:
            if (law := law_for_unheld_name(self, question, places)) is not None:
                # "Under which Act is the Marrowgate QHN made?": a name the graph holds no entity for, whose
                # papers write the law beside it
                return Result(question, law[1], law[0])
            return _refused(question, refusal)
        if not answers and (role := role_said(question, [normalise(n) for p in reading.asked for n in p.names])):
            # "Who is the force's drugs lead?": no post of the name holds anyone, but the papers of the places
            # and names asked about may name the person beside the role's words
            posts = [e for _, _, iri in ctx.linked if (e := index.get(iri)) is not None and e.kind == "post"]
            # (a post of the name the graph records holders of, only not at the time asked, says no more)
            held = any(self._hop(e, "holds_post", False, Trace()) for e in posts)
            docs = [] if held else self._papers_of(reading, ctx)
            named = named_role(self, role, docs, ctx) if docs else []
            if named:
                answers, text = named, f"who the papers of {self._where(reading, ctx)} name as \u201c{role}\u201d"
        if not answers and (led := self._post_leading_on(question, ctx)) is not None:
            # "Who leads on harm and exploitation at the council?": the holder of the post named for it
            answers, text = led
        if (not answers or SENTENCE_READ in text) and (giver := self._giver_of_the_amount(reading.normal, ctx)):
            # "Who is providing the £52,000 for the navigator?": the funder of the allocation of that amount (an
            # allocation the graph holds says who gave more surely than a word read off a sentence beside it)
            answers, text = giver
        if not answers and (headed := self._post_heading(reading.normal, ctx)) is not None:
            # "Who heads the Eastvale Youth Justice Service?": the holder of the body's own post of that role
            answers, text = headed
        if not answers and (owned := action_owner(self, question, ctx)) is not None:
            # "Who owns the action on X?": the action log's initials, read as the person its paper names so
            answers, text = owned
        if not answers and (absent := apologies_written(self, reading.normal, ctx)) is not None:
            # "Who sent apologies to the Cabinet meeting of 13 May?": the paper of that day's "Apologies:" line
            answers, text = absent
        for asks, refused, said in ANSWER_KINDS_REFUSED:
            # ("Which body does X report to, and who chairs it?": the kind asked for is the first half's alone)
            if asks.match(reading.normal) and answers and not AND_WHO_CHAIRS.match(reading.normal):
                kept = [a for a in answers if (e := index.get(a.iri or "")) is None or e.kind not in refused]
                if len(kept) < len(answers):
                    answers, text = kept, f"{text}; {said}"
        person_clause = NAME_OF_WHO.search(reading.normal)
        if answers and (person_clause is not None or NAME_ASKED.search(reading.normal)):
            # "Who chairs X, by name?", "What is the name of the chair?": a person is asked for; a post is said
            # through its holder at the time, and a post the graph records no holder of is said in the reading,
            # never given as the name asked for
            # (asked "who", an organisation is no person's name either: "chaired by the county's police")
            if person_clause is not None:
                answers = [a for a in answers if (e := index.get(a.iri or "")) is None or e.kind in SAID_FOR_A_PERSON]
                answers, text = self._holders_of_head(answers, person_clause.group(), text, ctx)
            unnamed = {"post", "body"} if person_clause is not None or WHO_ASKED.match(question) else {"post"}
            posts = [a for a in answers if (e := index.get(a.iri or "")) is not None and e.kind in unnamed]
            if posts:
                kept = [a for a in self._with_holders(answers, ctx) if a not in posts]
                if kept:
                    answers, text = kept, f"{text}; the people, by name"
                else:
                    said = ", ".join(dict.fromkeys(a.label for a in posts))
                    answers, text = [], f"{text}: {NO_PERSON} ({said})"
        if answers and any(_kind_only(a.label) for a in answers):
            # "Theme group", "Sub-group": a node a reader made of the kind of a body, not a name of one; no
            # officer can tell which body it is, so it answers nothing
            answers = [a for a in answers if not _kind_only(a.label)]
        if answers and (role := WHICH_ROLE.match(reading.normal)) is not None:
            # "Which secondary head teacher represents education on the Board?": only someone shown to be one,
            # by name, post or quote; every member of the board is no answer to which of them is a head teacher
            kept = [a for a in answers if self._shown_as(a, role.group("head"), index)]
            if len(kept) < len(answers):
                answers, text = kept, f"{text}; only those shown to be a {role.group('role')}"
            # "Which councillor represents the council on the Board?" asks for a person: a post answered is said
            # through its holder at the time, when the graph records one (the post stays when it records none)
            people = self._people_for_posts(answers, ctx)
            if people != answers:
                answers, text = people, f"{text}; the people holding the posts"
        if answers and WHO_ASKED.match(question) and (named := _givens(question, ctx.linked, index)):
            # "Who is the Head of the Youth Service, who chairs the Youth Panel?": a thing the question names is
            # what it gives, never whom it asks for; a route that returns it has read the question backwards
            # (a "what" may ask for the named thing itself: "What do the X Partnership's sub-groups report to?")
            kept = [a for a in answers if a.iri not in named]
            if len(kept) < len(answers):
                answers, text = kept, f"{text}; not what the question itself names"
        if answers and (restated := ROLE_ASKED_BY.match(question)) is not None:
            # "Who is the Pelling inspector who leads the Group?": a person is asked for by the post the question
            # itself names; that post is no answer to whom, only its holder is
            # (and someone else the question's relation reaches, the paper's author, is not its holder either)
            answers, text = self._holders_of_head(answers, normalise(restated.group(0)), text, ctx)
            # (a person a sentence writes beside the role's words, whom the graph records in other posts only, is
            # not its holder: "Report by: Head of X. Report author: P, Y Officer")
            words = set(normalise(restated.group("role")).split()) - ROLE_FILLER
            answers = [a for a in answers if not self._in_other_posts(a, words, ctx)]
            if not answers:
                text = f"{text}: {NO_HOLDER}"
            if answers:
                answers, text = self._post_restated(answers, restated.group("role"), text, ctx)
            if answers:
                answers, text = self._not_another_post(answers, restated.group("role"), text, ctx)
        if answers and TERM_BEGUN_ASKED.search(question):
            # "Who became chair of X in January?": whoever took the role up then; a holder each of whose quotes
            # writes the term as over ("Cllr Hale, who chaired the Board, ...") is the one they followed
            kept = [a for a in answers if not a.evidence or not all(ENDED.search(ev.quote or "") for ev in a.evidence)]
            if len(kept) < len(answers):
                answers, text = kept, f"{text}; not a holder its papers write as the one before"
        if answers and (money := self._unitemised(question, answers)) is not None:
            # "Which groups received micro-grants?": their paper says it does not list them; its other
            # allocations are not that money (one whose own sentence names the money is)
            written = f" {normalise(money)} "
            answers = [a for a in answers if any(written in f" {normalise(ev.quote or '')} " for ev in a.evidence)]
            text = f"{text}; the papers say the {money} are not itemised" + ("" if answers else ", so none is named")
        if reading.stream is not None:
            said, streamed = reading.stream
            answers = [a for a in answers if any(ev.document in streamed for ev in a.evidence)]
            text += f", only from the papers that speak of \u201c{said}\u201d"
        if papers is not None:
            answers = [a for a in answers if any(ev.document in papers for ev in a.evidence)]
            text += f", only from the paper of \u201c{reference}\u201d"
        for entity, written in reading.part_named:
            # a name the question wrote only in part ("Eastbury"): the answers must speak of what it was read as;
            # a route that found nothing for it answers from the rest of the question (every member of the board,
            # every grant of the giver), which is no answer about it
            # (or comes from the record of its own meeting: "Nia Brookes  EYT" in its minutes' list of those present)
            kept = [a for a in answers if _speaks_of(a, entity, written)
                    or any(ev.document and self._minutes_of(ev.document, entity, ctx) for ev in a.evidence)]
            if len(kept) < len(answers):
                answers = kept
                text += f"; only answers whose papers speak of {entity.label}"
        parts = [text]
        # a name the question wrote only in part, and the held name it was read as: shown, so that a reading
        # of "Eastbury" as a joined name ("Northfield Homes and Eastbury Housing Trust") is seen at a glance
        parts += reading.widened
        if reading.when:
            parts.append(reading.when.describe())
        if reading.asked:
            parts.append("in " + " and ".join(p.name for p in reading.asked))
        interpretation = ", ".join(p for p in parts if p)
        if not answers and not ctx.linked and not reading.asked and (missing := names_nothing(question)):
            # "Who chairs it?" on its own: say what is missing rather than that the graph is silent
            interpretation = missing
        elif not answers:
            interpretation += ". The graph does not say: no fact answers this."
        sparql = trace.render()
        annotate(self.store, answers)
        for a in answers:
            # answered by the name its papers write, which the user can find in the quote
            if (e := index.get(a.iri or "")) is not None and e.kind == "area":
                a.label = area_as_written(a.label, e, [ev.quote or "" for ev in a.evidence])
            elif e is not None:
                a.label = as_written(a.label, e, [ev.quote or "" for ev in a.evidence], places)
                if a.label == e.label and e.kind == "body":
                    a.label = self._as_its_papers_write(e, a)
                if a.label == e.label and (titled := post_title(e, places, index)) is not None:
                    # "Community Safety Co-ordinator, BDC": the post's title, and whose post it is beside it
                    a.label = titled[0]
                    a.note = "; ".join(filter(None, (a.note, f"at {titled[1]}")))
                elif a.label == e.label and (full := self._full_name(e)) is not None:
                    # "J Marlow", whom the same place's papers also write as "Jana Marlow"
                    a.label = full
            # "(3) safer parks": a list's number that extraction kept is no part of the name
            a.label = ENUMERATOR.sub("", a.label) or a.label
        return Result(question, interpretation, answers, sparql, ctx.linked, [sparql] if sparql else [])

    def _unitemised(self, question: str, answers: list[Answer]) -> str | None:
        """The money the question names that the answers' papers say they do not itemise (see
        `funding.unitemised_money`), else None."""
        docs = sorted({ev.document for a in answers for ev in a.evidence if ev.document})
        return unitemised_money(question, lambda: [s for doc in docs for s, _ in self.paper_sentences(doc)])

    def _as_its_papers_write(self, e: Entity, answer: Answer) -> str:
        """A body's label that its answer's papers never write, with words before a name they do write ("Fife
        Community Safety and Justice Leadership Group", where the paper writes "the Community Safety and Justice
        Leadership Group (CSJLG)" once and the acronym after): the longest such name, as the paper writes it; else
        the label. A name of kind words alone ("Community Safety Partnership") says too little."""
        docs = {ev.document for ev in answer.evidence if ev.document}
        key = normalise(e.label)
        ends = [n for n in e.names if (k := normalise(n)) != key and key.endswith(" " + k)
                and len(k.split()) >= 2 and not kind_words_only(k)]
        if not docs or not ends:
            return e.label
        # the sentences joined again, so that a name wrapped over two lines is read whole
        said = " " + " ".join(s for doc in sorted(docs) for s, _ in self.paper_sentences(doc)) + " "
        if f" {key} " in said:
            return e.label
        written = [n for n in ends if f" {normalise(n)} " in said]
        return max(written, key=len) if written else e.label

    def _full_name(self, e: Entity) -> str | None:
        """The fuller name of a person the graph labels by an initial and a surname ("J Marlow"): that of
        the one other person of the same surname and initial, spoken of in the same places' papers; None when
        there is none or more than one (a "J Smith" who may be John or Jane)."""
        m = INITIAL_NAME.fullmatch(e.label)
        if e.kind != "person" or m is None:
            return None
        by_surname: dict[str, list[Entity]] = self.memo("people by surname", lambda: _people_by_surname(self.index()))
        fuller = [p for p in by_surname.get(normalise(m.group("surname")), []) if p.iri != e.iri
                  and INITIAL_NAME.fullmatch(p.label) is None and p.label.split()[0][:1] == m.group("initial")
                  and normalise(" ".join(p.label.split()[1:])) == normalise(m.group("surname"))
                  and (p.home & e.home or not e.home)]
        return fuller[0].label if len(fuller) == 1 else None

    def _papers_of(self, reading: Any, ctx: Context) -> list[str]:
        """The papers a question is about: those of the places it names (asked or linked), else those that
        name what it links; none when it names nothing, so that an answer is never anyone's paper."""
        places = list(reading.asked) + [p for _, _, iri in ctx.linked if (e := ctx.index.get(iri)) is not None
                                        and e.kind == "area" and (p := ctx.places.place_of(e.label)) is not None]
        if places:
            return [doc for doc in self.state.documents(10**6) if any(
                ctx.places.inside(a, p) for a in self.state.doc_areas(doc) for p in places)]
        iris = {iri for _, _, iri in ctx.linked}
        return sorted({doc for iri in iris for doc in self.state.papers_naming(iri)})

    def _where(self, reading: Any, ctx: Context) -> str:
        shown = [p.name for p in reading.asked] + [label for _, label, _ in ctx.linked]
        return " and ".join(dict.fromkeys(shown)) or "the question"

    def _solve(self, normal: str, ctx: Context, top: bool = False) -> tuple[list[Answer], str]:
        if top and (subject := self._unlinked_subject(normal, ctx)) is not None:
            return subject
        # "the partnership chaired by X", "the partnership whose chair is X": the relative clause said plainly
        normal = PARTICIPLE_CLAUSE.sub(r"the \g<noun> that is \g<verb> by ", normal)
        normal = ROLE_IS.sub(r"that \g<who> \g<role>", normal)
        # Multi-step: "who chairs the body that X reports to" answers the inner clause first.
        # ("the board to which X reports": the preposition goes to the end of the clause, "which X reports to")
        m = re.search(
            rf"\bthe (?P<noun>{NAMED_NOUN_WORDS}(?:{RELATIVE_NOUNS})) "
            rf"(?:whose (?P<role>{ROLES}) |(?:that|which|who|whose) |(?P<prep>to|into|under|from|by) which )"
            rf"(?P<clause>.+)$",
            normal,
        )
        preset: list[Mention] = []
        if m and not CHAIN.search(normal):
            inner_ctx = ctx.inner()
            # "who does the body that X chairs report to": the clause ends where the outer verb begins
            clause, rest = _split_clause(m.group("clause"), ctx)
            named = self._named_before_clause(m.group("noun"), clause, ctx) if not m.group("prep") else None
            if named is not None:
                # "the Eastvale Lantern Programme funded by the Commissioner": the noun is a name already, and
                # the clause only says of it what its papers say; no other thing is asked for
                at = len(normal[: m.start()].split())
                normal = " ".join(filter(None, (normal[: m.start()].strip(), "zzinner", rest)))
                preset = [Mention(at, at + 1, "the " + named.label, [named], 1.0)]
                ctx.linked.append((m.group("noun"), named.label, named.iri))
                answers, reading = self._solve_simple(normal, ctx, preset)
                if answers:
                    return answers, f"{reading} (the one that {clause})"
                normal, preset, ctx.linked[:] = m.string, [], [x for x in ctx.linked if x[2] != named.iri]
            through = self._through_clause(m, clause, rest, normal, inner_ctx, ctx)
            if through is not None:
                return through
            normal, preset = m.string, []
        then_chair = AND_WHO_CHAIRS.match(normal) if top else None
        if then_chair is not None:
            return self._and_its_chair(then_chair.group("first") or then_chair.group("first2"), ctx)
        stepped = self._chair_of(normal, ctx)
        if stepped is None:
            stepped = self._subgroups_of(normal, ctx)
        if stepped is None:
            stepped = self._group_of_described(normal, ctx)
        if stepped is not None:
            return stepped
        answers, reading = self._solve_simple(normal, ctx, preset)
        if not answers and top and not ctx.linked and (short := SHORT_NAME.search(normal)) is not None:
            # "Which board is the Partnership accountable to for treatment and recovery?": a body named only as
            # its own paper names it
            return self._by_short_name(normal, short, ctx) or (answers, reading)
        return answers, reading

    def _through_clause(self, m: re.Match[str], clause: str, rest: str, normal: str, inner_ctx: Context,
                        ctx: Context) -> tuple[list[Answer], str] | None:
        """"Who chairs the body that X reports to": the clause answered first, then the rest of the question
        about what it found. None when the clause finds nothing and its noun is a name in full, which the
        question is then read by."""
        if m.group("prep"):
            clause += " " + m.group("prep")
        # "the partnership whose chair attended X": who attended X, then what they chair.
        lead = "who " if m.group("role") else "which "
        inner, inner_reading = self._solve(lead + clause, inner_ctx)
        if not inner and _names_in_full(m.group("noun"), ctx):
            # "the West Mercia Police and Crime Commissioner who funds X": the noun is a name the graph holds,
            # whatever the clause finds; the question is read whole, its names each asked about
            return None
        ctx.linked.extend(inner_ctx.linked)
        if not inner:
            return [], f"{inner_reading}; so nothing to follow"
        entities = [e for e in (ctx.index.get(a.iri) for a in inner if a.iri) if e is not None]
        # "the Eastvale body that ...": the place in the noun restricts what the clause found
        where = [p.place for p in ctx.places.scan(m.group("noun"))]
        if where:
            entities = [e for e in entities if best_fit(e, where, ctx.places) in ("inside", "around")]
            if not entities:
                shown = " or ".join(p.name for p in where)
                return [], f"{inner_reading}; but none of them is in {shown}"
        entities = _described_by_noun(entities, m.group("noun"))
        if m.group("role"):
            entities = self._bodies_in_role(entities, m.group("role"), m.group("noun"), ctx)
            if not entities:
                return [], f"{inner_reading}; but none of them {m.group('role')}s such a body"
        if not rest.strip() and ASKS_THE_NOUN.fullmatch(normal[: m.start()].strip()):
            # "What are the delivery groups that sit beneath the Board?": the clause is the whole question,
            # its answers (of the kind the noun names) what is asked for
            kept = {e.iri for e in entities}
            return [a for a in inner if a.iri in kept], inner_reading
        at = len(normal[: m.start()].split())
        normal = " ".join(filter(None, (normal[: m.start()].strip(), "zzinner", rest)))
        preset = [Mention(at, at + 1, "the " + ", ".join(e.label for e in entities), entities, 1.0)]
        answers, reading = self._solve_simple(normal, ctx, preset)
        return answers, f"{reading} (where that is: {inner_reading})"

    def _by_short_name(self, normal: str, short: re.Match[str], ctx: Context) -> tuple[list[Answer], str] | None:
        """"the Partnership", "the Board", "the joint board": a body the question names only by its kind, as its
        own paper calls it once its name is given. Read as every body of that kind (of the places asked) and
        answered only from a fact whose quote also calls its body so ("The Partnership is accountable to ...")
        and writes two more of the question's words ("treatment", "recovery"), all from one paper; None when
        no such fact, or facts of two papers, answer (then which body the question means is unclear)."""
        heads = short.group("head").split()
        # ("the Partnership Board" is a partnership's board or the partnership: never any board at all)
        ends = {heads[0], short.group("head")}
        candidates = [e for e in ctx.index.entities.values() if e.kind == "body"
                      and (" ".join((label := normalise(e.label).split())[-2:]) in ends or label[-1:] == heads[:1])
                      and (not ctx.asked or best_fit(e, ctx.asked, ctx.places) in ("inside", "around"))]
        if not candidates:
            return None
        at = len(normal[: short.start()].split())
        rest = normal[short.end():].strip()
        text = " ".join(filter(None, (normal[: short.start()].strip(), "zzinner", rest)))
        preset = [Mention(at, at + 1, short.group(0), candidates, 1.0)]
        answers, reading = self._solve_simple(text, ctx.inner(), preset)
        words = {w for w in normal.split() if len(w) > 3 and w not in COMMON_WORDS and w not in KIND_WORDS
                 and w not in heads}
        said = re.compile(rf"\bthe {re.escape(heads[-1])}\b", re.I)
        def sentence(ev: Evidence) -> str:
            # the whole sentence the quote is of: a quote is often only the words of the fact
            q = " ".join((ev.quote or "").split())
            return next((" ".join(w.split()) for _, w, _ in paper_passages(self, ev.document or "")
                         if q and q in " ".join(w.split())), q)

        kept = []
        for a in answers:
            evidence = [ev for ev in a.evidence if ev.quote and said.search(whole := sentence(ev)) and sum(
                1 for w in words if re.search(rf"\b{re.escape(w)}", normalise(whole))) >= 2]
            if evidence:
                kept.append(replace(a, evidence=evidence))
        if not kept or len({ev.document for a in kept for ev in a.evidence}) != 1:
            return None
        docs = {ev.document for a in kept for ev in a.evidence}
        bodies = sorted(c.label for c in candidates if set(self.state.papers_naming(c.iri)) & docs)
        shown = " or ".join(bodies[:3]) if bodies else "the body its own paper calls so"
        return kept, f"\u201c{short.group(0)}\u201d read as {shown}, as its own paper calls it"

    def _named_before_clause(self, noun: str, clause: str, ctx: Context) -> Entity | None:
        """The one entity NOUN names in full ("enhanced divert programme"), when a paper that names it also
        names what the CLAUSE links ("is funded by mopac"): the clause then describes that entity rather than
        choosing among things of a kind ("the partnership chaired by X"). None when the noun is no single
        name of two words or more, or no paper names both (so never another council's namesake)."""
        full = _full_name_mentions(noun, ctx)
        found = distinct(full[0].entities) if len(full) == 1 else []
        if len(found) != 1 or found[0].kind in ("area", "topic"):
            return None
        e = found[0]
        papers = set(self.state.papers_naming(e.iri))
        others = [o for mm in ctx.index.mentions(clause) for o in mm.entities if o.iri != e.iri]
        if not others:
            # "the Eastvale Youth Diversion Group that reports to the partnership": a clause of plain words, which
            # names nothing, describes the one thing named in full; a word it capitalises may be a name the graph
            # does not hold, and then no answer may drop it
            return e if not _capitalised_in(clause, ctx.question) else None
        if not any(papers & set(self.state.papers_naming(o.iri)) for o in others):
            return None
        return e

    def _and_its_chair(self, first: str, ctx: Context) -> tuple[list[Answer], str]:
        """"Which group leads on X for Y, and who chairs it?": the group first, then its chair (and who holds
        the chair's post), each answer after the bodies it is of. The bodies alone when no chair is recorded."""
        found, reading = self._solve(first, ctx)
        bodies = [e for a in found if (e := ctx.index.get(a.iri or "")) is not None and e.kind == "body"]
        if not bodies:
            return found, reading
        chairs: list[Answer] = []
        for e in bodies:
            mm = Mention(0, 0, e.label, [e], 1.0)
            got = self._hop_answers(mm, "chairs", False, ctx)
            if not got:
                got = role_from_papers(self, mm, "chairs", ctx)
            for a in got:
                a.note = a.note or f"chair of {e.label}"
            chairs.extend(a for a in self._with_holders(got, ctx) if a.iri not in {c.iri for c in chairs})
        if not chairs:
            return found, f"{reading}; the graph records no chair for it"
        return found + chairs, f"{reading}; then who chairs it: " + ", ".join(e.label for e in bodies)

    def _subgroups_of(self, normal: str, ctx: Context) -> tuple[list[Answer], str] | None:
        """"What do the Eastvale Board's sub-groups report to?", "who chairs the sub-groups of X": the sub-groups
        of X first, then the rest of the question about them. Only when the rest asks something of its own
        ("What are the sub-groups of X?" is one relation)."""
        tokens = normal.split()
        mentions = ctx.index.mentions(normal, ctx.area)
        for body in mentions:
            if not body.kinds & {"body"}:
                continue
            j = _with_the(tokens, body)
            if _group_after(tokens, body, range(0, 1), lambda h: bool(SUBGROUP_NOUN.fullmatch(tokens[h])) and not any(
                    mm.start <= h < mm.end for mm in mentions), lambda i: True) is not None:
                start, end = j, body.end + 1  # "the X sub-groups", "X's sub-groups"
            elif (j >= 2 and tokens[j - 1] == "of" and SUBGROUP_NOUN.fullmatch(tokens[j - 2])
                  # "the sub-groups of X", never "the SAR sub-group of X" (one sub-group, named)
                  and (j == 2 or tokens[j - 3] in ("the", "its", "their", "all", "which", "what"))
                  and not any(mm.start <= j - 2 < mm.end for mm in mentions)):
                start, end = j - 2 - (1 if j >= 3 and tokens[j - 3] == "the" else 0), body.end
            else:
                continue
            rest, phrase = _inner_rest(tokens, start, end)
            if phrase is None or phrase.routes[0].key == "subgroup_of":
                return None
            body = narrow([body], ctx.asked, ctx.places, ctx.question)[0]
            inner_reading = f"the sub-groups of {ctx.name(body)}"
            if start == 1 and tokens[0] in ("which", "what"):
                # "Which sub-group of the Board do the street panels answer to?": one of the sub-groups is
                # the answer, and the rest of the question only says which (those it says something of)
                return self._subgroups_that(body, ctx, rest, inner_reading)
            return self._then_subgroups(body, ctx, start, rest, inner_reading)
        return None

    def _then_subgroups(self, body: Mention, ctx: Context, start: int, rest: list[str], inner_reading: str,
                        reached: list[Answer] | None = None) -> tuple[list[Answer], str]:
        """BODY's sub-groups (or REACHED, when the caller chose them) stand in for the inner phrase, and the rest
        of the question is read about them (_subgroups_of, _group_of_described)."""
        return self._then_rest(body, "subgroup_of", ctx, start, rest, inner_reading,
                               f"{inner_reading}; the graph holds none, so nothing to follow", "those are",
                               reached=reached)

    def _subgroups_that(self, body: Mention, ctx: Context, rest: list[str],
                        inner_reading: str) -> tuple[list[Answer], str]:
        """The sub-groups of BODY of which the REST of the question finds something; all of them when it finds
        something of none (the rest then says no more than the papers hold)."""
        groups = self._hop_answers(body, "subgroup_of", False, ctx)
        ctx.linked.extend((body.text, e.label, e.iri) for e in distinct(body.entities))
        if not groups:
            return [], f"{inner_reading}; the graph holds none"
        kept = []
        for a in groups:
            e = ctx.index.get(a.iri or "")
            if e is None:
                continue
            preset = [Mention(1, 2, "the " + e.label, [e], 1.0)]
            found, _ = self._solve_simple(" ".join(rest), ctx.inner(), preset)
            if found:
                kept.append(a)
        if kept:
            return order(kept), f"{inner_reading}, those of which the rest of the question holds"
        return order(groups), inner_reading

    def _unlinked_subject(self, normal: str, ctx: Context) -> tuple[list[Answer], str] | None:
        """Raise Refusal when the body the question asks about -- the phrase its relation word governs, named by
        some words and a governance head noun ("the standing DHR panel") -- links to nothing the graph holds,
        while another body, which it does hold, is named after it, in a relative clause ("through which the
        Northvale CSP ...") or after "for". Read on, the later body would be taken for the one asked about and
        its facts (its chair) given for a body the graph does not hold. The same when the phrase links only to a
        body of another place than the later body, which is no group of it (Southmere's DHR Panel asked about
        through the Northvale CSP), unless the question writes that place. When the phrase links to a body of the
        later body's place, or one of its groups, and the relative reading below would not take the clause
        ("through which"), the answer is that body's, read without the clause. None: read on as before."""
        m = UNLINKED_SUBJECT.match(normal)
        if m is None:
            return None
        tokens = normal.split()
        start = len(normal[: m.start("words")].split())
        head = len(normal[: m.start("head")].split())
        after = len(normal[: m.end("link")].split())
        mentions = ctx.index.mentions(normal, ctx.area)
        # named before the phrase, another name is what the question asks about ("Who on the CSP chairs ...")
        if any(mm.start < start and mm.kinds - {"topic", "area"} for mm in mentions):
            return None
        later = [mm for mm in mentions if mm.start >= after and "body" in mm.kinds]
        if m.group("link") == "for" and later and later[0].start > after + 1:
            return None  # "the DHR panel for reviews of the CSP": the body is not what "for" names
        # the phrase (or a word of it) links to a body, a post or a person: a name the graph holds
        # (a paper's title inside the words is a modifier of the head noun, not the body asked about: "DHR" in
        # "the standing DHR panel" links the reviews, not a panel)
        held = [mm for mm in mentions if mm.start <= head and mm.end > start and mm.kinds - {"topic", "initiative",
                                                                                              "area"}
                and not (mm.end <= head and mm.kinds <= {"publication", "topic", "initiative", "area"})]
        if held:
            subject = held[-1]
            if not (later and subject.end == head + 1 and subject.kinds == {"body"}
                    and len(distinct(subject.entities)) == 1):
                return None
            asked = subject.entities[0]
            owner = narrow([later[0]], ctx.asked, ctx.places, ctx.question)[0]
            parts = {a.iri for a in self._groups_of(owner, ctx)}
            theirs = {a for e in owner.entities for a in e.areas}
            if asked.iri not in parts and asked.areas and theirs and not asked.areas & theirs:
                written_words = set(normalise(ctx.question).split())
                if any(w in written_words for a in asked.areas for w in a.split() if w not in COMMON_WORDS):
                    return None  # its own place written: the question names it, whatever follows
                # the words name (in part) a body of another place than the body after them ("the standing DHR
                # panel through which the Northvale CSP ..." where only Southmere's DHR Panel is held)
                written = written_as(" ".join(m.group("words").split() + [m.group("head")]), ctx.question)
                raise Refusal(f"the graph holds nothing called \u201c{written or m.group('head')}\u201d",
                              suggest([*owner.entities, asked], ctx.places))
            if (m.group("link") == "for" and asked.iri in parts) or (
                    m.group("link") not in ("of", "for") and not CLAUSE_READ.fullmatch(m.group("link"))):
                # "Who chairs the Southmere DHR Panel through which the CSP commissions reviews?", "the DHR panel
                # for the CSP" (one of its groups): the held panel is what is asked about; the clause after it
                # (which the relative reading below does not take) only says more of it, and its body is not
                # asked about ("the Board for the Probation Service" asks who on the board speaks for it)
                answers, reading = self._solve(" ".join(tokens[: subject.end]), ctx)
                if answers:
                    return answers, f"{reading} (the one {' '.join(tokens[head + 1 :])})"
            return None
        if not later or m.group("link") == "of" or CLAUSE_READ.fullmatch(m.group("link")):
            # "the DHR panel of X": its sub-groups so named are read below; "the IDVA service that X co-funds":
            # what the clause finds is the thing described, read below
            return None
        words = tokens[start:head]
        described = [t for t in words if t not in COMMON_WORDS and t not in KIND_WORDS]
        # the words must say which body: a name or a topic the question writes ("DHR"), not just "the main panel"
        topical = {i for mm in mentions if mm.kinds & {"topic", "initiative"} for i in range(mm.start, mm.end)}
        if not any(t in ctx.capitalised or start + k in topical for k, t in enumerate(words)):
            return None
        if not described:
            return None
        # the phrase alone links to a held body of that head ("the DHR panel" where the graph holds one)
        alone = " ".join(tokens[start - 1 : head + 1])
        if any("body" in mm.kinds and mm.end >= len(alone.split())
               for mm in ctx.index.mentions(alone, ctx.area)):
            return None
        # a group of the later body whose name has the head noun and a word of the phrase stands for it, as
        # "the delivery group of X" reads
        body = narrow([later[0]], ctx.asked, ctx.places, ctx.question)[0]
        groups = self._groups_of(body, ctx)
        named = [a for a in groups if m.group("head") in normalise(a.label).split()]
        if any(any(f" {w} " in f" {normalise(a.label)} " for w in described) for a in named):
            return None
        nearby = _held(named, ctx)
        written = written_as(" ".join(tokens[start : head + 1]), ctx.question) or " ".join(tokens[start : head + 1])
        raise Refusal(f"the graph holds nothing called \u201c{written}\u201d",
                      suggest(nearby + list(body.entities), ctx.places))

    def _groups_of(self, body: Mention, ctx: Context) -> list[Answer]:
        """The groups the graph holds under BODY: its sub-groups and its parts."""
        return [a for rel in ("subgroup_of", "part_of") for a in self._hop_answers(body, rel, False, ctx)]

    def _group_of_described(self, normal: str, ctx: Context) -> tuple[list[Answer], str] | None:
        """"Who chairs the delivery group of the Eastvale Panel?", "the Eastvale Panel's reducing reoffending
        group": a group of X's that the question describes by words naming no body the graph holds. X's own chair
        (or what X reports to) is no answer for its group: X's sub-groups (or parts) whose names carry those
        words stand in for it, and the rest of the question is read about them; nothing when X has none such.
        None when the question names no group so."""
        tokens = normal.split()
        mentions = ctx.index.mentions(normal, ctx.area)

        def free(i: int) -> bool:
            # a topic's name may describe the group ("the Reducing Reoffending delivery group"), a body's not
            return tokens[i] not in COMMON_WORDS and not any(
                mm.start <= i < mm.end and not mm.kinds <= {"topic"} for mm in mentions)

        for body in mentions:
            if not body.kinds & {"body"}:
                continue
            found: tuple[int, int, int, int] | None = None  # (start, end, first described word, head)
            head = _group_after(tokens, body, range(1, 4), lambda h: tokens[h] in GROUP_HEADS, free)
            if head is not None:
                # "the Eastvale Panel's delivery group": the body's name, then the group's words and head
                found = (_with_the(tokens, body), head + 1, body.end, head)
            b = _with_the(tokens, body)
            if found is None and b >= 3 and tokens[b - 1] == "of" and tokens[b - 2] in GROUP_HEADS:
                # "the delivery group of the Eastvale Panel"
                w = b - 2
                while w > 0 and b - 2 - w < 3 and free(w - 1):
                    w -= 1
                if w < b - 2 and w > 0 and tokens[w - 1] in ("the", "its", "their"):
                    found = (w - 1, body.end, w, b - 2)
            if found is None:
                continue
            start, end, first, head = found
            words = [t for t in tokens[first:head] if t not in KIND_WORDS]
            if not words or start == 0:
                continue
            rest, phrase = _inner_rest(tokens, start, end)
            if phrase is None:
                return None
            body = narrow([body], ctx.asked, ctx.places, ctx.question)[0]
            described = " ".join(tokens[first : head + 1])
            inner_reading = f"the {described} of {ctx.name(body)} (its sub-groups so named)"
            held = self._groups_of(body, ctx)
            groups = [a for a in held if all(f" {w} " in f" {normalise(a.label)} " for w in words)]
            if not groups:
                # the group the question describes is not held: say so by name, with X and its groups near it,
                # rather than answer nothing as if the graph were merely silent about a group it holds
                written = written_as(described, ctx.question) or described
                nearby = _held(held, ctx)
                raise Refusal(f"the graph holds no \u201c{written}\u201d of {body.entities[0].label}",
                              suggest([*body.entities, *nearby], ctx.places))
            return self._then_subgroups(body, ctx, start, rest, inner_reading, reached=groups)
        return None

    def _then_rest(self, body: Mention, relation: str, ctx: Context, start: int, rest: list[str],
                   inner_reading: str, none_reading: str, where: str,
                   reached: list[Answer] | None = None) -> tuple[list[Answer], str]:
        """What RELATION reaches from BODY (its sub-groups, its chair), or REACHED when the caller chose it,
        stands in for the inner phrase, and the rest of the question is read about it."""
        if reached is None:
            reached = self._hop_answers(body, relation, False, ctx)
        found = _held(reached, ctx)
        ctx.linked.extend((body.text, e.label, e.iri) for e in distinct(body.entities))
        if not found:
            return [], none_reading
        preset = [Mention(start, start + 1, "the " + ", ".join(e.label for e in found), found, 1.0)]
        answers, reading = self._solve_simple(" ".join(rest), ctx, preset)
        if relation == "subgroup_of" and len(found) > 1:
            # "What do the Board's sub-groups report to?" where one sub-group is what the others report to (an
            # Executive Group listed among them): read all together, it is one of the names the question gave
            # and so no answer; read one by one, each sub-group's answer is another's, and stands
            seen = {a.iri for a in answers}
            for e in found:
                one, _ = self._solve_simple(" ".join(rest), ctx.inner(), [Mention(start, start + 1, "the " + e.label,
                                                                                    [e], 1.0)])
                for a in one:
                    if a.iri not in seen and a.iri in {f.iri for f in found}:
                        seen.add(a.iri)
                        answers.append(a)
            answers = order(answers)
        return answers, f"{reading} (where {where}: {inner_reading})"

    def _chair_of(self, normal: str, ctx: Context) -> tuple[list[Answer], str] | None:
        """"Which board did the chairman of X sit on?": who chairs X first, then the rest of the question about
        them. Only when the rest asks something of its own ("Who is the chair of X?" is one relation)."""
        m = CHAIR_OF.search(normal)
        if m is None:
            return None
        tokens = normal.split()
        start = len(normal[: m.start()].split())
        after = len(normal[: m.end()].split())
        body = next((mm for mm in ctx.index.mentions(normal, ctx.area) if mm.start == after), None)
        if body is None or not body.kinds & {"body"}:
            return None
        rest = tokens[:start] + ["zzinner"] + tokens[body.end :]
        free = " ".join("_" if t == "zzinner" else t for t in rest)
        phrase, _ = _phrase(free)
        if phrase is None or {"chairs", "vice_chair"} & set(phrase.relations):
            return None
        relation = "vice_chair" if re.match(r"(?:vice|deputy)", m.group("role")) else "chairs"
        body = narrow([body], ctx.asked, ctx.places, ctx.question)[0]
        inner_reading = f"who or what {BY_KEY[relation].phrase} {ctx.name(body)}"
        return self._then_rest(body, relation, ctx, start, rest, inner_reading,
                               f"{inner_reading}; so nothing to follow", "that is")

    def _solve_simple(self, normal: str, ctx: Context, preset: list[Mention]) -> tuple[list[Answer], str]:
        index = ctx.index
        skip = {m.start for m in preset}
        mentions = preset + narrow(
            index.mentions(normal, ctx.area, skip=skip), ctx.asked, ctx.places, ctx.question, normal.split(), index
        )
        mentions.sort(key=lambda mm: mm.start)
        # "a CSP", "CSPs in general": the kind of body, none in particular, so nothing to follow from
        mentions = [mm for mm in mentions if not mm.generic and not _verb_not_name(mm, normal.split(), ctx)
                    and not _word_not_name(mm, normal.split(), ctx)]
        tokens = normal.split()
        mentions = _shared_heads(mentions, tokens, index)
        mentions = [_post_after_body(mm, tokens, ctx) for mm in mentions]
        mentions = [mm for mm in mentions if not _relation_words_elsewhere(mm, mentions, ctx)]
        all_mentions = list(mentions)
        # "which Eastvale boroughs": a place right after which/what is the kind of answer asked for
        places = [mm for mm in mentions if _a_place(mm, tokens, ctx)
                  and not (mm.start > 0 and tokens[mm.start - 1] in ("which", "what"))]
        if places and len(places) < len(mentions) and not re.search(r"\b(?:district|cover|area)", normal):
            # "the Worcestershire GET SAFE partnership": a place word qualifies, it is not asked about.
            mentions = [mm for mm in mentions if mm not in places]
            if ctx.area is None:
                ctx.area = normalise(next(e for e in places[0].entities if e.kind == "area").label)
            if not ctx.asked and not any(mm.start > 0 and (tokens[mm.start - 1] in SUBJECT_BEFORE
                                                            or _given_to(tokens, mm.start)) for mm in places):
                # ... and it still says whose answer is asked for: the other names must be of that place (or
                # the area around it), never another council's ("Eastvale's committee" read as a qualifier).
                # Not so for a place that is the subject of a verb ("did Eastvale receive"): a party.
                where = [p for mm in places for e in mm.entities if (p := ctx.places.place_of(e.label))]
                if where:
                    ctx.asked = where[:1]
                    fixed = [mm for mm in mentions if mm.start in skip]  # what an earlier step found
                    mentions = sorted(fixed + narrow([mm for mm in mentions if mm.start not in skip], ctx.asked,
                                                     ctx.places, ctx.question, tokens), key=lambda mm: mm.start)
        for mm in mentions:
            if mm.text != "zzinner":
                ctx.linked.extend((mm.text, e.label, e.iri) for e in distinct(mm.entities))
        if re.search(r"\battend|\bpresent\b", normal) and not any(
            mm.kinds & {"body", "person"} or mm.text == "zzinner" for mm in mentions
        ):
            # No body is named: the meeting may be named by the paper it took.
            got = meeting_attendees(self.store, normal, ctx)
            if got is not None and got[0]:
                return order(got[0]), got[1]
        if not mentions and (got := dated_meeting(self.store, normal, ctx, self.state.doc_areas)) is not None:
            # "who sent apologies to the 6 February meeting of the Panel": no name, but a day and a kind of body
            return order(got[0]), got[1]
        if not mentions and (paid := self._paid_the_amount(normal, ctx)) is not None:
            # "Which organisation was given £80,000 for hospital navigators?": no name, but the amount and what
            # it was for say which allocation
            return paid
        if not mentions:
            return [], "I could not find anything named in the question in the graph"
        tokens = normal.split()
        covered = {i for mm in mentions for i in range(mm.start, mm.end)}
        free = " ".join(t if i not in covered else "_" for i, t in enumerate(tokens))
        if CHAIN.search(free):
            return self._chain(mentions[0], ctx)
        if TOTAL_ASKED.search(free) and (stated := self._stated_total(mentions, ctx)) is not None:
            # "What was the PCC's total commitment in decision 2024/017?": the total its paper writes, never a
            # sum govkg makes of allocations that may not be all of it
            return stated
        if re.search(r"\bhow much\b", free) or (
            # ("awarded £3,200": an amount beside "award" is money as much as beside "grant")
            (ctx.amounts or re.search(r"\btotal\b", free))
            and re.search(r"fund|receive|allocat|grant|gave|give|award", free)
        ) or (
            # "What did the council give the team for 2023/24?": an amount, asked without "how much"
            # a place may stand for its council as the giver ("what did Eastvale give the project")
            ASKS_WHAT_GIVEN.search(free) and sum(1 for mm in mentions if mm.kinds & {"body", "post"}) + sum(
                1 for mm in all_mentions if mm.kinds == {"area"} and mm not in mentions) >= 2
        ) or (
            # "What did the PCC put into the Eastvale youth justice pooled budget?": money into a budget
            ASKS_WHAT_GIVEN.search(free) and MONEY_INTO.search(free)
            and any(mm.kinds & {"body", "post"} for mm in mentions)
        ) or ((ASKS_WHAT_MONEY.search(free) or ASKS_WHAT_MONEY.search(_money_named(tokens, mentions)))
              and any(mm.kinds & {"body", "post"} for mm in mentions)
              # "which Home Office grants did the PCC use": the grants themselves, by name, not an amount
              and not MONEY_PLURAL.search(ctx.question)) or (
            # "which CSP receives the largest grant from the PCC": the allocations, then the largest
            EXTREME_ASKED.search(free) and re.search(r"fund|grant|allocat|money|award", free)
            and any(mm.kinds & {"body", "post"} for mm in mentions)
        ):
            funded = answer_funding(self.store, tokens, all_mentions, covered, ctx, self.state.doc_areas)
            if not funded[0] and (read_off := amount_from_sentences(self, all_mentions, free, ctx)) is not None:
                # no allocation the graph holds answers: the one amount its parties' own papers state
                return read_off
            if not funded[0] and (paid := self._provider_paid(all_mentions, free, ctx)) is not None:
                return paid
            return funded
        if (REPRESENT_WORDS.search(free) or SPEAKS_FOR.search(free) or SITS_ON.search(free)) and len(
                mentions) == 1 and (kind := KIND_REPRESENTED.search(free)) is not None and (
                got := self._kind_represented(kind.group("kind"), mentions[0], ctx)) is not None:
            return got
        if (REPRESENT_WORDS.search(free) or SPEAKS_FOR.search(free) or (
                FROM_ON.search(free) and any(mm.kinds == {"person"} for mm in mentions))) and len(mentions) >= 2:
            got = self._representation(tokens, mentions, ctx)
            if got[0] or NO_PERSON in got[1]:
                return got
            on = _represented_on(tokens, mentions)
            if on is not None and (on.kinds <= {"topic", "initiative"} or "body" in on.kinds) and not any(
                mm.kinds & {"person"} for mm in mentions
            ):
                # "who represents the council on knife crime": a topic is no body to sit on; "who represents
                # Transport for London on the Board": no one is recorded as sitting for it. Either way the
                # members at large of the one or the other are not its representatives there (whom a named
                # person represents is still the body they come for, whatever the words after "on")
                return [], got[1] + "; the graph records no one representing them on it"
        q = Question(self, mentions, tokens, free, ctx)
        for plan in PLANS:
            planned = plan(q)
            if planned is not None:
                return planned
        asks_when = bool(WHEN.match(free))
        if asks_when:
            # "When was X set up?": the date a statement gives, else the date of the papers stating the fact.
            said = statements(q)
            if said is not None and said[0]:
                return said
        people = [mm for mm in mentions if mm.kinds == {"person"}]
        if SUBSTITUTE_ASKED.search(free) and len(people) == 1:
            # "who substituted for Nia Brookes": the person the minutes write in her place, not all who came
            bodies = [e for mm in mentions if mm.kinds == {"body"} for e in mm.entities]
            stood_in = substitutes_for(self, people[0].entities[0], bodies, ctx)
            if stood_in:
                return stood_in, f"who came in place of {ctx.name(people[0])}, as the papers write it"
        before = self._chair_before(mentions, free, ctx)
        if before is not None:
            return before
        answers, reading = self._relations(mentions, tokens, free, ctx)
        if answers and all(a.note == NAMED_AREA for a in answers):
            # "Which areas does the Eastvale and Westmoor APB cover?": the place its name gives is a last guess;
            # a sentence of its own paper that names the areas it covers ("The APB covers Eastvale, ...") says more
            read_off = from_sentences(self, mentions, free, ctx)
            if read_off is not None and read_off[0] and all(
                    (e := ctx.index.get(a.iri or "")) is not None and e.kind == "area" for a in read_off[0]):
                return read_off
        if answers and asks_when and FOUNDED_ASKED.search(free) and (
                dated := date_from_sentences(self, mentions, free, ctx)) is not None:
            # "When was X set up?": the date X's own sentence writes beside "set up", not the dates of the
            # papers its facts are read from (a strategy it produced, a needs assessment)
            return dated
        if answers and asks_when:
            return _as_dates(answers), f"when: {reading}"
        if not answers:
            if (designated := designated_committee(self, all_mentions, normal, ctx)) is not None:
                return designated
            said = statements(q)
            if said is not None and said[0]:
                return said
            role = self._role_from_papers(mentions, free, ctx)
            if role is not None:
                return role
            if len(mentions) == 1 and (renamed := renamed_from_sentences(self, mentions[0], free, ctx)) is not None:
                # "What was X formerly called?": the other name its papers write ("formerly the ...")
                return renamed
            if len(mentions) == 1 and (replaced := replaced_from_sentences(self, mentions[0], free, ctx)) is not None:
                # "Which body did X replace?": the name its papers write after "X replaces the former ..."
                return replaced
            read_off = from_sentences(self, mentions, free, ctx)
            if read_off is not None:
                return read_off
            if (papers_of := committee_of_papers(self, mentions, free, ctx)) is not None:
                # "Which committee scrutinises X?": the one committee whose own papers speak of X
                return papers_of
            if asks_when and (dated := date_from_sentences(self, mentions, free, ctx)) is not None:
                # "When was X formed?": the one date X's own papers write beside the question's words
                return dated
        return answers, reading

    def _provider_paid(self, mentions: list[Mention], free: str, ctx: Context) -> tuple[list[Answer], str] | None:
        """"Which provider was allocated £45,000 for the detached youth outreach?", where the graph holds no
        allocation for the one service named: whoever a paper gives as delivering it on a line that writes the
        asked amount (a grant table's row of service, provider and amount: the provider is who is paid). Only
        with an amount asked and written there, so a service's deliverer is never taken for the one paid on a
        guess. None when the question asks no such thing or no such line is held."""
        if not ctx.amounts or not PROVIDER_ASKED.match(free):
            return None
        services = [mm for mm in mentions if mm.kinds & {"initiative"}]
        if len(services) != 1 or any(mm.kinds & {"body", "post", "person"} for mm in mentions):
            return None
        asked = set(ctx.amounts)
        rows = [r for e in services[0].entities if e.kind == "initiative"
                for r in self._hop(e, "delivers", False, ctx.trace)
                if {amount_of(m) for m in AMOUNT.finditer(r.get("quote") or "")} & asked]
        answers = self._answers(in_time(rows, ctx.when), ctx.index)
        if not answers:
            return None
        for a in answers:
            a.note = "the provider its paper gives beside the amount (no allocation in the graph says so)"
        return answers, f"who delivers {ctx.name(services[0])}, on the line that writes the amount asked"

    def _post_leading_on(self, question: str, ctx: Context) -> tuple[list[Answer], str] | None:
        """"Who leads on harm and exploitation at Portsmouth?", where no fact says who leads on it: the holders
        of the one kind of post named for it ("Head of Harm and Exploitation", "Domestic Abuse Lead", "Lead
        Officer for Hate Crime"), in the places asked. The post's name must have every word asked, in order, and
        a role's head; None when the question is not of that form, or no such post's holder is held."""
        m = LEADS_ON.match(normalise(question))
        if m is None:
            return None
        words = [w for w in m.group("what").split() if w not in ("the", "a", "an")]
        if not words or all(w in COMMON_WORDS or w in KIND_WORDS for w in words):
            return None
        posts = []
        for e in ctx.index.entities.values():
            if e.kind != "post":
                continue
            label = normalise(e.label).split(",")[0].split()
            if not label or not (set(label) - set(words)) & LEAD_HEADS or not _in_sequence(words, label):
                continue
            if ctx.asked and best_fit(e, ctx.asked, ctx.places) not in ("inside", "around"):
                continue
            posts.append(e)
        return self._post_holders(posts, ctx, "who holds the post named for it")

    def _post_heading(self, normal: str, ctx: Context) -> tuple[list[Answer], str] | None:
        """"Who heads the Eastvale Youth Justice Service?", "who manages the Westby Business Unit?", where no fact
        says who heads or manages it: the holders of the body's own post of that role, named with the body's
        whole name and the role's word ("Head of Service, Eastvale Youth Justice Service", "Westby Business Unit
        Manager"). Only the one body the question links, and posts of its places; None when the question is not
        of that form or no such post's holder is held."""
        m = HEADS_BODY.match(normal)
        if m is None:
            return None
        roles = HEAD_ROLES[m.group("verb").split()[0]]
        bodies = [e for _, _, iri in ctx.linked if (e := ctx.index.get(iri)) is not None and e.kind == "body"]
        if len({e.iri for e in bodies}) != 1:
            return None
        body = bodies[0]
        names = {normalise(n) for n in body.names if len(normalise(n).split()) >= 2}
        where = body.areas or body.home
        posts = []
        for e in ctx.index.entities.values():
            if e.kind != "post" or (where and (e.areas or e.home) and not (e.areas or e.home) & where):
                continue
            for label in {normalise(n) for n in e.names}:
                rest = next((f" {label} ".replace(f" {n} ", " ", 1) for n in names if f" {n} " in f" {label} "),
                            None)
                if rest is not None and set(rest.split()) & roles:
                    posts.append(e)
                    break
        return self._post_holders(posts, ctx, f"who holds {body.label}'s own post of that role")

    def _post_holders(self, posts: list, ctx: Context, why: str) -> tuple[list[Answer], str] | None:
        """The holders of POSTS at the time asked, with WHY and the posts named; None when none is held."""
        if not posts:
            return None
        rows = [r for e in posts for r in in_time(self._hop(e, "holds_post", False, ctx.trace), ctx.when)]
        answers = self._answers(rows, ctx.index)
        if not answers:
            return None
        shown = " or ".join(describe(e, ctx.places) for e in posts[:3])
        return answers, f"{why}: {shown}"

    def _stated_total(self, mentions: list[Mention], ctx: Context) -> tuple[list[Answer], str] | None:
        """The one total a paper writes ("grants totalling £1,012,400", "The total commitment of £283,500", "takes
        the total fund for the year to £600,000"), read from the papers of the decision or plan the question
        names, else from those naming every body or post it names (so never another council's), of the time
        asked. None when no such paper writes a total, or its papers write two different totals."""
        papers = [mm for mm in mentions if mm.kinds <= {"publication"}]
        parties = [mm for mm in mentions if mm.kinds & {"body", "post"}]
        chosen = papers or parties
        if not chosen:
            return None
        # the other names the question gives (a receiver, a fund), and the parties when no paper is named,
        # must be written where the total is
        others = [mm for mm in mentions if (mm not in chosen or not papers) and not mm.kinds <= {"area"}]
        docs: set[str] | None = None
        for mm in chosen:
            of = {doc for e in mm.entities[:3] for doc in self.state.papers_naming(e.iri)}
            docs = of if docs is None else docs & of
        if ctx.asked:
            docs = {d for d in docs or () if any(ctx.places.inside(a, p) for a in self.state.doc_areas(d)
                                                  for p in ctx.asked)}
        if ctx.papers is not None:
            docs = set(ctx.papers)  # the paper the question names by its reference says whose total it is
        where = ", ".join(ctx.name(mm) for mm in chosen)
        return self._totals_in(sorted(docs or ()), others, ctx, where)

    def _totals_in(self, docs: list[str], others: list[Mention], ctx: Context,
                   where: str | None = None) -> tuple[list[Answer], str] | None:
        """The one total the papers DOCS write, in a passage that writes every name of OTHERS, of the time asked;
        None when they write none or two different totals."""
        found: dict[Decimal, Answer] = {}
        for doc in docs:
            passages = paper_passages(self, doc)
            if ctx.when is not None and not _paper_of_time(" ".join(w for _, w, _ in passages),
                                                           paper_date(self, doc), ctx.when):
                continue
            for said, written, _ in passages:
                if not all(_written_in(mm, said) for mm in others):
                    continue  # "the total given to the youth boards": a total the sentence gives them
                for m in STATED_TOTAL_SAID.finditer(written):
                    value = amount_of(m)
                    if value is None:
                        continue
                    a = found.setdefault(value, Answer(pounds(value), None, note="the total the document states"))
                    a.cite(Evidence(doc, written[:300], paper_date(self, doc)))
        if len(found) != 1:
            return None
        return list(found.values()), f"the total the papers of {where} state" if where else "the total the paper states"

    def _paid_the_amount(self, normal: str, ctx: Context) -> tuple[list[Answer], str] | None:
        """"Which organisation was given £80,000 for hospital navigators?", "Who received £12,500 to run the
        youth bus?", naming no party: the recipients of the allocations of exactly that amount whose purpose or
        quote writes what the question says it was for (two words of it at least, or all when it gives one),
        of the places and time asked. None when the question asks no such thing or no allocation fits."""
        if not ctx.amounts or not (PROVIDER_ASKED.match(normal) or RECEIVER_ASKED.match(normal)):
            return None
        m = re.search(r"\b(?:for|to)\b (.+)$", normal)
        words = {w for w in (m.group(1).split() if m else []) if w not in COMMON_WORDS and w not in FUNDING_WORDS
                 and len(w) > 2 and not w.isdigit()}
        if not words:
            return None
        answers = self._allocations_saying(ctx, "recipient", words, min(2, len(words)))
        if not answers:
            return None
        return answers, "who received an allocation of the amount asked, for what the question says"

    def _allocations_saying(self, ctx: Context, side: str, words: set[str], needed: int,
                            areas: set[str] | frozenset[str] = frozenset()) -> list[Answer]:
        """The SIDE ("funder" or "recipient") of each allocation held of an amount the question asks (any amount
        when it asks none), of the places and time asked, whose purpose or quote writes NEEDED of WORDS (what the
        question says the money is for); with AREAS (places the question holds only as areas), only allocations
        of a paper of those areas or between parties of them."""
        asked = set(ctx.amounts)
        rows = []
        for r in run_file(self.store, "grants.rq", ctx.trace):
            if asked and decimal_of(r.get("amount")) not in asked or not r.get(side):
                continue
            if areas:
                parties = [e for iri in (r.get("funder"), r.get("recipient")) if (e := ctx.index.get(iri or ""))]
                where = {normalise(d) for d in self.state.doc_areas(r.get("doc") or "")} | {
                    a for e in parties for a in e.areas}
                if not areas & where:
                    continue
            said = f" {normalise(' '.join(filter(None, (r.get('purpose'), r.get('quote')))))} "
            shared = sum(1 for w in words if re.search(rf" {re.escape(w)}s? ", said))
            if shared < needed:
                continue
            # a sum any council may give: only the asked places' allocation (a place must be asked, or the
            # question name what the money is for)
            if not ctx.asked and not areas and not words:
                continue
            if ctx.asked and not any(ctx.places.inside(a, p) for a in self.state.doc_areas(r.get("doc") or "")
                                     for p in ctx.asked):
                continue
            rows.append({**r, "other": r[side]})
        return self._answers(in_time(rows, ctx.when), ctx.index)

    def _giver_of_the_amount(self, normal: str, ctx: Context) -> tuple[list[Answer], str] | None:
        """"Who is providing the £52,000 for a navigator in Westby?", "Which body gave £9,000 for the youth bus?":
        the funders of the allocations of exactly the amount asked, of the places and time asked, whose purpose
        or quote writes what the question says the money is for (two words of it at least, or all when it gives
        one). Asked with no sum ("Who is funding the Safe Routes course?"), every word of what it is for (two at
        least) must be written there. None when the question asks no giver, or no allocation fits."""
        giver = GIVER_ASKED.match(normal)
        if giver is None:
            return None
        if ctx.amounts:
            m = re.search(r"\b(?:for|to|towards)\b (.+)$", normal)
        else:
            # "Who is funding the Safe Routes course that the fire service runs?": no sum, so what the money is
            # for is the thing named after the verb, up to a clause of its own, and every word of it must be
            # written where the allocation is stated
            m = re.match(r"(?:for |of )?(.+?)(?: (?:that|which|who|whose|in|during|through|from|by|at) .*)?$",
                         normal[giver.end():].strip())
        # a place the graph holds only as an area ("in Westby") is where the money goes, not what it is for
        areas = {normalise(e.label) for _, _, iri in ctx.linked if (e := ctx.index.get(iri)) and e.kind == "area"}
        words = {w for w in (m.group(1).split() if m else []) if w not in COMMON_WORDS and w not in FUNDING_WORDS
                 and len(w) > 2 and not w.isdigit() and not any(w in a.split() for a in areas)}
        if not ctx.amounts and len(words) < 2:
            return None
        asked = bool(ctx.amounts)
        answers = self._allocations_saying(ctx, "funder", words, min(2, len(words)) if asked else len(words), areas)
        if not answers:
            return None
        what = "of the amount asked, " if asked else ""
        return answers, f"who gave the allocation {what}for what the question says"

    def _shown_as(self, answer: Answer, head: str, index: EntityIndex) -> bool:
        """Is ANSWER shown to be a person of the kind HEAD names (normalised, "head teacher")? By its label,
        a quote behind it, or a post it holds."""
        heads = {head, *ROLE_SHORT_FORMS.get(head, ())}
        texts = [answer.label] + [ev.quote or "" for ev in answer.evidence]
        e = index.get(answer.iri or "")
        if e is not None and e.kind == "person":
            texts += [str(r.get("other") or "") for r in self._hop(e, "holds_post", True, Trace())]
            texts += [p.label for r in self._hop(e, "holds_post", True, Trace())
                      if (p := index.get(str(r.get("other") or ""))) is not None]
        return any(f" {h} " in f" {normalise(t)} " for t in texts for h in heads) or self.listed_under_title(
            answer, frozenset(heads))

    def listed_under_title(self, answer: Answer, heads: frozenset[str]) -> bool:
        """Is ANSWER named in a list that the plural of one of the titles HEADS heads ("Apologies: Councillors
        Hale, Ostrowski and Penn") in a paper its evidence is from? The quote of a name in such a list is often
        the name alone, and the title before the list is every listed name's."""
        titles = "|".join(re.escape(h) + "s" for h in sorted(heads))
        plural = re.compile(rf"\b(?i:{titles})\.?\s+(?P<names>{_NAME_LIST})")
        e = self.index().get(answer.iri or "")
        names = {n for n in map(normalise, (e.names | {e.label}) if e else {answer.label}) if n}
        for doc in {ev.document for ev in answer.evidence if ev.document}:
            # the papers' sentences, not the quotes: a quote may be the name alone, or carry a heading before it;
            # a bracket after a name ("Hale (Chair)") is no end of the list
            said = [re.sub(r"\s*\([^)]*\)", "", w) for _, w in self.paper_sentences(doc)]
            listed = {normalise(item) for w in said for m in plural.finditer(w) for item in _titled_items(m["names"])}
            if names & listed:
                return True
        return False

    def _besides(self, question: str, m: re.Match[str]) -> Result:
        """"Besides the Executive Group, which board does X report to?": the question after the comma, without
        the answers the opening phrase sets aside (a name the answer holds whole, or ends with when the phrase is
        a short name: "the Partnership Executive" of the Trafford Partnership Executive). The set-aside phrase
        names no subject of the question, so it is never linked as one."""
        rest = m.group("rest").strip()
        result = self.ask(rest[:1].upper() + rest[1:])
        result.question = question
        aside = " ".join(w for w in normalise(m.group("aside")).split() if w != "the")
        if not aside:
            return result
        index = self.index()

        def set_aside(a: Answer) -> bool:
            e = index.get(a.iri or "")
            names = {a.label} | (e.names if e is not None else set())
            return any(f" {normalise(n)}".endswith(f" {aside}") for n in names)

        result.answers = [a for a in result.answers if not set_aside(a)]
        result.interpretation = f"{result.interpretation}; besides {m.group('aside').strip()}"
        return result

    def _chair_before(self, mentions: list[Mention], free: str, ctx: Context) -> tuple[list[Answer], str] | None:
        """"Who was the previous chair of X?", "Who chaired X before Nia Brookes?", "Whom did Nia Brookes take over
        from as chair of X?": whom the papers of X say its chair took over from; nothing when they do not say,
        never the chair now (whom every route to X's chair would answer). None when the question asks no such
        thing."""
        bodies = [mm for mm in mentions if mm.kinds == {"body"} or all(named_as_body(e) for e in mm.entities)]
        people = [mm for mm in mentions if mm.kinds == {"person"}]
        if len(bodies) != 1 or len(people) > 1 or len(mentions) != len(bodies) + len(people) or not (
                ASKS_WHO.match(free) or WHOM_ASKED.match(free)):
            return None
        if not (PREVIOUS_CHAIR.search(free) or (people and CHAIR_BEFORE.search(free))):
            return None
        successor = people[0].entities[0] if people else None
        answers = predecessor_of(self, bodies[0], ctx, successor)
        after = f" before {successor.label}" if successor is not None else ""
        return answers, f"whom the chair of {ctx.name(bodies[0])} took over from{after}, as its papers write it"

    def _role_from_papers(self, mentions: list[Mention], free: str, ctx: Context) -> tuple[list[Answer], str] | None:
        """"Who chairs X?" where no fact says: the person X's own papers name as its chair (or vice-chair),
        labelled as read from their words. Only for one body named and a question asking who holds the role."""
        # (a body the reader typed as a topic still names a body: "The Safer Eastvale Partnership")
        bodies = [mm for mm in mentions if mm.kinds == {"body"} or all(named_as_body(e) for e in mm.entities)]
        if len(bodies) != 1 or len(mentions) != 1 or not ASKS_WHO.match(free):
            return None
        phrase, _ = _phrase(free)
        if phrase is None or not phrase.routes or phrase.routes[0].key not in ("chairs", "vice_chair"):
            return None
        role = phrase.routes[0].key
        if role == "chairs" and (before := predecessor(self, bodies[0], ctx)):
            # "who chaired X before April 2023": whom the chair the papers name then took over from
            return before, f"whom the chair of {ctx.name(bodies[0])} took over from, as its papers write it"
        if any(self._hop(e, role, False, ctx.trace) for e in bodies[0].entities):
            # the graph says who held the role, only not at the time asked: the papers' words say no more
            return None
        # (a chair the papers name as a post: who held the post then follows it, as for a chair the graph holds)
        answers = self._with_holders(role_from_papers(self, bodies[0], role, ctx), ctx)
        if not answers and role == "chairs" and LEAD_ASKED.search(free) and not any(
                self._hop(e, "led_by", True, ctx.trace) for e in bodies[0].entities):
            # "Who leads the Eastvale Youth Unit?": a body the papers say is "led by" someone, who chairs nothing
            role = "led_by"
            answers = self._with_holders(led_from_papers(self, bodies[0], ctx), ctx)
        if not answers:
            return None
        return answers, f"who {ROLE_SAID[role]} of {ctx.name(bodies[0])} is, as its papers write it"

    def _relations(
        self, mentions: list[Mention], tokens: list[str], free: str, ctx: Context
    ) -> tuple[list[Answer], str]:
        """Follow the relation the question's words name from each linked name, and keep what they agree on."""
        index = ctx.index
        people = {i for mm in mentions if mm.kinds == {"person"} for i in range(mm.start, mm.end)}
        said_as: str | None = None  # a word the papers must use of each answer ("independent" of a chair)
        for role in [mm for mm in mentions if mm.kinds == {"post"} and CHAIR_POST.fullmatch(mm.text)]:
            held = self._posts_of(role, mentions, tokens, ctx)
            if held is None or not any(self._hop(e, "holds_post", False, ctx.trace) for e in held.entities):
                # "the Independent Chair of X", "appointed Vice Chairman of X", where no post of that name is
                # X's, or no one is recorded holding it: the role's words say the relation (chairs X), never
                # another council's post of the name, which the reading then does not show as linked
                mentions = [mm for mm in mentions if mm is not role]
                dropped = {e.iri for e in role.entities}
                ctx.linked[:] = [x for x in ctx.linked if x[2] not in dropped]
                covered = {i for mm in mentions for i in range(mm.start, mm.end)}
                free = " ".join(t if i not in covered else "_" for i, t in enumerate(tokens))
                said_as = CHAIR_POST.fullmatch(role.text).group("qualifier")  # type: ignore[union-attr]
        phrase, span = _phrase(free, people, ctx.capitalised)
        if phrase is not None and not phrase.noun and re.match(r"^by (?:whom|which|what)\b", free):
            # "By whom is X chaired?": the question puts the verb's subject first, as a passive does.
            phrase = Phrase(phrase.pattern, tuple(replace(r, inverse=not r.inverse) for r in phrase.routes))
        wh = _wanted_kinds(free)
        # "Who was the Director of Public Health": the post itself is asked about.
        post_first = next((mm for mm in mentions if mm.kinds & {"post"}), None)
        is_post_q = (
            post_first is not None
            and re.match(r"^(?:who|which person) (?:is|was|were|ha been|has been)(?: the)? _", free)
            and post_first.start <= 4
            # "Who is the Humberside PCC accountable to?": the stranded "to" makes "who" its object; the question
            # asks what the post answers to, not who holds it
            and not re.search(r"\b(?:to|from|for|with|by|under|into|of)$", free)
        )
        results: list[tuple[Mention, list[Answer]]] = []
        reading = ""
        if is_post_q:
            assert post_first is not None
            of_bodies = self._posts_of(post_first, mentions, tokens, ctx)
            if of_bodies is None:
                # no post of that name belongs to the named bodies: ask the bodies alone ("its chair")
                mentions = [mm for mm in mentions if mm is not post_first]
                is_post_q = False
            else:
                mentions = [of_bodies if mm is post_first else mm for mm in mentions]
                post_first = of_bodies
        if is_post_q:
            assert post_first is not None
            holders = self._hop_answers(post_first, "holds_post", forward=False, ctx=ctx)
            reading = f"who holds the post of {ctx.name(post_first)}"
            if not holders and (chaired := self._chair_by_post(post_first, ctx)) is not None:
                holders, reading = chaired
            results.append((post_first, holders))
        if phrase is None and not results:
            return [], (
                f"I found {', '.join(ctx.name(m) for m in mentions)} but could not tell which "
                "relation the question asks about"
            )
        # "Which youth justice services receive ...", "which Police and Crime Commissioner attended ...": a
        # name right after which/what is the kind of answer asked for, not a name to follow.
        # "as reported to the Scrutiny Committee", "according to the Board's minutes": where the question read it,
        # not a name the answer must be tied to.
        told = [mm for mm in mentions if PROVENANCE.search(" ".join(tokens[: mm.start]))]
        # "responsible for serious youth violence under the Eastvale Partnership Plan": the plan a duty falls
        # under, not a party the answer must be joined to by a fact; but the answer must come from a paper
        # that names the plan (so never another council's body that has the same duty)
        under = [mm for mm in mentions if mm.kinds <= {"publication"} and UNDER.search(" ".join(tokens[: mm.start]))
                 and mm not in told]
        told += under
        mentions = [mm for mm in mentions if mm not in told] or mentions
        asked_kinds = [mm for mm in mentions if mm.start > 0 and tokens[mm.start - 1] in ("which", "what")
                       and len(mentions) > 1 and not (is_post_q and mm is post_first)
                       # "which CSA priority": the noun after the name is the kind asked for, not the name
                       and not (mm.end < len(tokens) and RELATIONAL_NOUN.match(tokens[mm.end]))]
        # "Who chairs the Housing Sub-Group of the Eastvale Board?": the board only says which sub-group; its
        # own chair is no answer, so only the sub-group is followed (and gives nothing if the graph holds none)
        # (so too "the Safe Homes Project of the Eastvale Partnership": a project of the partnership's)
        owners = [b for b in mentions for a in mentions if a is not b and a.kinds <= {"body", "initiative"}
                  and b.kinds & {"body"} and tokens[a.end : b.start] in (["of"], ["of", "the"])]
        # "Who chairs the SSP Exploitation and Missing Group?": a body's name straight before a group's, with no
        # "'s" between, only says whose group it is (the group's own name ends in a kind of body)
        owners += [a for a in mentions for b in mentions if a is not b and b.start == a.end and a.kinds == {"body"}
                   and b.kinds == {"body"} and b.text.split()[-1:] and b.text.split()[-1] in COMMITTEE_HEADS]
        # "Who is the lead partner for the Eastvale Partnership's Safe Homes Project?": the partnership only says
        # whose project it is; its own lead is no answer, so only the project is followed, and the partnership
        # still says whose answer is asked for (its place, below)
        possessors = _possessors(mentions, ctx.question) + _part_owners(mentions, tokens)
        # "Who provides the appropriate adult service for the Eastvale YJS?": "who" is the verb's subject, so a
        # body after the verb that could only be its subject is not its partner (whom it is for), never followed
        obliques = _obliques(mentions, phrase, span, free) if phrase is not None and not results else []
        if phrase is not None:
            followed = [mm for mm in mentions
                        if not ((is_post_q and mm is post_first) or mm in asked_kinds or mm in owners
                                or mm in possessors or mm in obliques)]
            scope = self._area_scope(followed, ctx) if len(followed) == 1 and not results else None
            for mm in followed:
                assert span is not None
                got, desc = self._follow(mm, phrase, span, ctx, tokens, scope=scope)
                if got is not None:
                    results.append((mm, got))
                    reading = reading + "; " + desc if reading else desc
            if possessors and reading:
                reading += " (whose: " + ", ".join(ctx.name(mm) for mm in possessors) + ")"
            if obliques and reading:
                reading += " (for: " + ", ".join(ctx.name(mm) for mm in obliques) + ")"
        if not results:
            return [], reading or "no relation in the question fits the names it links"
        non_empty = [(mm, r) for mm, r in results if r]
        unanswered = [mm for mm, r in results if not r and {e.iri for e in mm.entities} & ctx.part_named]
        if unanswered:
            # "Who represents Harbour on the Board?", where nothing says who represents Harbour Lane Refuge: the
            # board's members are no answer about the name the question wrote in part
            return [], reading + f"; the graph records nothing of that for {ctx.name(unanswered[0])}"
        # "which area is X responsible for" is answered by a place or a council, never by a topic
        asks_place = wh == ("area",) and not re.search(r"\b(?:area|place) of\b", free)
        if not non_empty:
            return [], reading
        if is_post_q and phrase is not None and not any(r for mm, r in results if mm is post_first):
            # "Who is the Divisional Commander who co-chairs the Partnership?" where no one is recorded in the post:
            # the partnership's other co-chair is no holder of it, and whoever the rest of the question reaches is
            # only a guess at one
            return [], reading + f"; the graph records no holder of {ctx.name(post_first)}"
        if is_post_q and phrase is not None and (held := self._post_itself_does(post_first, non_empty)):
            # "Who is the Neighbourhood Inspector who leads the Panel?", where the papers say the post leads it:
            # its holder is the one asked for, though no fact says the holder leads the Panel
            return held, reading + f"; the holder of {ctx.name(post_first)}, which does so"
        answers = _intersect([r for _, r in non_empty])
        if not answers:
            answers = _most_agreed([r for _, r in non_empty])
        if not answers:
            answers = _at_venue(non_empty, tokens)
        if not answers:
            # The names lead to different things: no answer fits the whole question, so none is given.
            return [], reading + "; no one answer fits every name in the question"
        # What the question names is not its own answer ("who represents the council on the board": not the
        # council).
        named = {e.iri for mm in mentions if mm not in asked_kinds for e in mm.entities}
        answers = [a for a in answers if a.iri not in named]
        if (said := REPRESENTED.search(free)) is not None:
            # "who represents the Commissioner at the Board": the commissioner, a member of the board, is whom
            # the answer represents, not who represents them
            answers = [a for a in answers if normalise(a.label).split()[-1:] != [said.group("who")]]
        # "in Staffordshire" narrows unless the names the answers came from stand in a place themselves; so
        # does a body that gave nothing ("is domestic abuse a priority of the Westmoor CSP": not another
        # council's board reached from the topic)
        answers = self._by_area(answers, [mm for mm, _ in non_empty], ctx)
        silent = [mm for mm, r in results if not r] + possessors + obliques
        placed = any(own_areas(e, ctx.places) for mm, _ in non_empty for e in mm.entities)
        if answers and not placed and not (answers := self._where_silent_names_are(answers, silent, ctx, non_empty)):
            return [], reading + f"; none of what it leads to is where {ctx.name(silent[0])} is"
        if answers and placed and not (answers := self._placed_apart(answers, non_empty, silent, ctx)):
            return [], reading + f"; none of what it leads to is where {ctx.name(silent[0])} is"
        spoken = [mm for mm in silent if mm.kinds <= {"topic", "initiative", "publication"}]
        if answers and spoken and not is_post_q and phrase is not None and any(
            r.key == "attended" and r.note and "presented" in r.note for r in phrase.routes
        ):
            # "who presented the community safety report to the board": what was presented is said in the quote
            # of each speaker, never any speaker at that meeting
            answers = [a for a in answers if all(_said_in(mm, a) for mm in spoken)]
            reading += "; only those the papers record speaking on " + " and ".join(ctx.name(mm) for mm in spoken)
            if not answers:
                return [], reading
        elif answers and spoken and not is_post_q and phrase is not None and phrase.relations == ("funds",) and \
                re.search(r"\bfor _", free):
            # "which organisations did the Commissioner fund for Serious Violence Duty delivery": what the money
            # was for is said in the quote of each allocation, never any allocation of that funder
            answers = [a for a in answers if all(_said_in(mm, a) for mm in spoken)]
            reading += "; only those the papers say were funded for " + " and ".join(ctx.name(mm) for mm in spoken)
            if not answers:
                return [], reading

        for kind in asked_kinds:
            answers = self._of_kind(answers, kind, ctx)
            reading += f"; only those that are {ctx.name(kind)}"
        answers = _prefer_kinds(answers, wh, index)
        if asks_place and not any((e := index.get(a.iri or "")) and e.kind in ("area", "body") for a in answers):
            return [], reading + "; but none of what it leads to is a place"
        if answers and (asked := asked_type(free)) is not None:  # "which panels": bodies of that type only
            answers, note = of_type(self.store, answers, asked)
            reading += note
        elif answers and (
            subset := SUBSET.match(free) or SUBSET_AFTER.match(free) or SUBSET_WHO.match(free)
        ) and not set(subset.group("words").split()) <= PLAIN_WORDS:
            # "which housing organisations are members": only those their name or their papers call so
            answers = _described_tier(answers, subset.group("words"), self.papers_saying)
            reading += f"; only those said to be {subset.group('words')}"
        if said_as:
            # "the Independent Chair": a chair the papers do not call independent is not the one asked about
            answers = [a for a in answers if any(re.search(rf"\b{said_as}\b", normalise(ev.quote or ""))
                                                 for ev in a.evidence)]
            reading += f"; only those the papers call {said_as}"
        if phrase is not None and {"chairs", "vice_chair"} & set(phrase.relations):
            answers = self._said_by_holders(self._with_holders(answers, ctx), ctx)
        if SECTION_ASKED.search(free):
            # "under which section of the Act": the section the quote names, not the Act
            answers = _sections(answers)
            reading += "; the section the papers name"
        for mm in under:
            papers = {doc for e in mm.entities for doc in self.state.papers_naming(e.iri)}
            answers = [a for a in answers if any(ev.document in papers for ev in a.evidence)]
            reading += f"; only from the papers that name {ctx.name(mm)}"
        return order(answers), reading

    @staticmethod
    def _post_itself_does(post: Mention, results: list[tuple[Mention, list[Answer]]]) -> list[Answer]:
        """The holders of POST (its own result) when another name's result is the post itself; else none."""
        iris = {e.iri for e in post.entities}
        if not any(a.iri in iris for mm, r in results if mm is not post for a in r):
            return []
        return next((r for mm, r in results if mm is post), [])

    def _chair_by_post(self, post: Mention, ctx: Context) -> tuple[list[Answer], str] | None:
        """"Who is the Chair of EVSP?", where the post "Chair of EVSP" has no holder the graph records: who
        chairs (or vice-chairs) the body the post's name is of, in the post's own papers. None when the post is
        no chair of a body the graph holds."""
        for e in post.entities:
            m = POST_OF_BODY.match(normalise(e.label))
            if m is None:
                continue
            relation = "vice_chair" if m.group("role") else "chairs"
            papers = set(self.state.papers_naming(e.iri))
            bodies = [b for mm in ctx.index.mentions(m.group("body"))
                      if mm.start == 0 and mm.end == len(m.group("body").split())
                      for b in mm.entities if b.kind == "body" and papers & set(self.state.papers_naming(b.iri))]
            if not bodies:
                continue
            body = Mention(post.start, post.end, post.text, distinct(bodies), post.score)
            got = self._hop_answers(body, relation, False, ctx)
            if got:
                return got, f"who or what {BY_KEY[relation].phrase} {ctx.name(body)} (the post's holder unrecorded)"
        return None

    def _posts_of(self, post: Mention, mentions: list[Mention], tokens: list[str], ctx: Context) -> Mention | None:
        """"Who is the Independent Chair of the Eastvale Board?": of the posts the name fits, those of the body
        named right after it or right before it (by name or by area); none when no post is that body's, so that
        another board's Independent Chair is never the answer."""
        bodies = [
            e for mm in mentions
            if mm is not post and mm.kinds <= {"body"}
            # "the Independent Chair of the Board", "the Council's Cabinet Member"
            and (POST_OF.fullmatch(" ".join(tokens[post.end : mm.start])) or mm.end == post.start)
            for e in mm.entities
        ]
        if not bodies:
            return post
        kept = []
        for e in post.entities:
            label, areas = normalise(e.label), own_areas(e, ctx.places)
            if any(normalise(b.label) in label or areas & own_areas(b, ctx.places) for b in bodies):
                kept.append(e)
        return Mention(post.start, post.end, post.text, kept, post.score) if kept else None

    def _of_kind(self, answers: list[Answer], kind: Mention, ctx: Context) -> list[Answer]:
        """The answers that are what KIND names: one of its entities, a thing whose name contains it ("Essex
        Youth Justice Service" for "youth justice services"), or a person holding one of its posts."""
        iris = {e.iri for e in kind.entities}
        posts = [e for e in kind.entities if e.kind == "post"]
        # "which counter-terrorism strategy" linked to the strategy's topic: its dated edition ("Contest 2018",
        # a publication of its own) is that strategy too, so the names of what KIND links count as well
        named = {f" {k} " for e in kind.entities for n in e.names
                 if len(k := normalise(n)) > 3 and k not in COMMON_WORDS and k not in KIND_WORDS}
        kept = []
        for a in answers:
            said = " ".join(normalise(ev.quote or "") for ev in a.evidence)
            label = f" {normalise(a.label)} "
            if a.iri in iris or f" {kind.text} " in label or f" {kind.text} " in f" {said} " or any(
                label.startswith(n) for n in named
            ):
                # its name says it, or the quote that names it says it ("Rhian Ashdown, Police and Crime
                # Commissioner")
                kept.append(a)
                continue
            person = ctx.index.get(a.iri or "")
            if person is not None and person.kind == "person" and posts:
                held = {r["other"] for r in self._hop(person, "holds_post", True, ctx.trace)}
                if held & {p.iri for p in posts}:
                    kept.append(a)
            elif person is not None and person.kind == "body" and kind.kinds <= {"body"} and self._within(
                    person, iris, kind.text, ctx):
                # "which KBSP group": a group of the partnership's, the graph says (its sub-group, or one
                # reporting to it or to a board of its name), though neither its name nor its quote says so
                kept.append(a)
            elif person is not None and person.kind == "body" and _council_committee(person, kind, ctx):
                kept.append(a)
        return kept

    def _within(self, e: Entity, iris: set[str], text: str, ctx: Context, depth: int = 2) -> bool:
        """Is body E a sub-group of (or part of, or reporting to) one of IRIS, or of a body whose name holds
        TEXT ("KBSP Delivery Board"), within DEPTH steps up?"""
        seen = {e.iri}
        layer = [e]
        for _ in range(depth):
            up = []
            for x in layer:
                for rel in ("subgroup_of", "part_of", "reports_to"):
                    for r in self._hop(x, rel, True, ctx.trace):
                        other = r["other"]
                        if other in seen or (o := ctx.index.get(other)) is None:
                            continue
                        if other in iris or f" {text} " in f" {normalise(o.label)} ":
                            return True
                        seen.add(other)
                        up.append(o)
            layer = up
        return False

    def _bodies_in_role(
        self, people: list[Entity], role: str, noun: str, ctx: Context
    ) -> list[Entity]:
        """The bodies PEOPLE chair (or vice-chair), narrowed to those the question's noun describes."""
        relation = "vice_chair" if role.startswith("vice") else "chairs"
        bodies: list[Entity] = []
        for person in people:
            for row in in_time(self._hop(person, relation, True, ctx.trace), ctx.when):
                e = ctx.index.get(row["other"] or "")
                if e is not None and e not in bodies:
                    bodies.append(e)
        head = noun.split()[-1]
        fitting = [e for e in bodies if noun in normalise(e.label) or head in normalise(e.label)]
        return fitting or bodies

    # -- following relations

    def _follow(
        self, mm: Mention, phrase: Phrase, span: tuple[int, int], ctx: Context, tokens: list[str],
        retry: bool = False, scope: Callable[[str], bool] | None = None,
    ) -> tuple[list[Answer] | None, str]:
        answers: list[Answer] = []
        descs: list[str] = []
        label = ctx.name(mm)
        # Two things fit the name equally: answer for each, and say which answer is whose.
        groups = [[e for e in mm.entities if _same(e, d)] for d in distinct(mm.entities)]
        for rank, route in enumerate(phrase.routes):
            if route.only is not None and route.only not in mm.kinds or route.fallback and answers:
                continue
            rel = BY_KEY[route.key]
            forward = direction(route, phrase, mm, span, tokens)
            for group in groups:
                part = Mention(mm.start, mm.end, mm.text, group, mm.score)
                got = self._hop_answers(part, route.key, forward, ctx, note=route.note, kind=route.kind,
                                        scope=scope)
                for a in got:
                    a.rank = rank
                    if len(groups) > 1:
                        a.note = "; ".join(filter(None, (a.note, f"for {group[0].label}")))
                answers.extend(got)
            forward_text, backward_text = OTHER_PHRASES.get(
                route.kind or "", (f"what {{x}} {rel.phrase}", f"who or what {rel.phrase} {{x}}")
            )
            if route.key == "other" and route.kind is None and route.note:
                said = route.note.split("|")[0]
                forward_text = f"what {{x}} is related to (the documents: {said}...)"
                backward_text = f"who or what is related to {{x}} (the documents: {said}...)"
            # The first description names the entity with its kind and area; the rest by label alone.
            shown = label if not descs else ", ".join(e.label for e in distinct(mm.entities))
            descs.append((forward_text if forward else backward_text).format(x=shown))
        if not answers and not retry:
            # One body under two spellings ("South Worcester" and "South Worcestershire" CSP): when the
            # linked entity says nothing, a near-identical name of the same kind may.
            twins = ctx.index.twins(mm.entities)
            if not twins and mm.kinds <= {"publication", "initiative", "topic"}:
                twins = [e for e in ctx.index.without_publisher(mm.text, mm.kinds) if e not in mm.entities]
            if twins:
                return self._follow(
                    Mention(mm.start, mm.end, mm.text, twins, mm.score), phrase, span, ctx, tokens, retry=True,
                    scope=scope,
                )
        if not answers and any(r.key == "covers_area" and direction(r, phrase, mm, span, tokens)
                               for r in phrase.routes):
            # "Which area does the Eastvale Safeguarding Board cover?", where no paper says: the area its name
            # is scoped to (gkg:area, whose board this is), when the name itself says that place
            answers = self._named_area(mm, ctx)
            if answers and descs:
                descs[-1] += " (no paper says; the area its name gives)"
        merged: dict[str, Answer] = {}
        for a in answers:
            key = a.iri or a.label
            if key in merged:
                merged[key].evidence.extend(e for e in a.evidence if e not in merged[key].evidence)
                merged[key].rank = min(merged[key].rank, a.rank)
                if a.note and a.note not in (merged[key].note or ""):
                    merged[key].note = "; ".join(filter(None, (merged[key].note, a.note)))
            else:
                merged[key] = a
        return list(merged.values()), " or ".join(dict.fromkeys(descs))

    def _named_area(self, mm: Mention, ctx: Context) -> list[Answer]:
        """The area of MM's bodies that their own label writes (the recorded area, else its papers' area),
        each with a quote its papers give about the body (none without one: an answer keeps its evidence)."""
        out: list[Answer] = []
        for e in mm.entities:
            if e.kind != "body":
                continue
            label = f" {normalise(e.label)} "
            named = {m.group(0) for m in ctx.places.finditer(label.strip())}
            listed = self._places_listed(e, label, ctx)
            if listed:
                # "the Eastvale and Westmoor Violence Reduction Unit": every place of the list its name starts
                # with, the whole answer (one of them alone would be half of it)
                rows = [r for r in in_time(run_file(self.store, "quotes_about.rq", ctx.trace, x=e.iri), ctx.when)
                        if r.get("quote")]
                if rows:
                    r = rows[0]
                    out += [Answer(name, iri, [Evidence(r.get("doc"), r.get("quote"), r.get("date"),
                                                        r.get("assertion"))], note="an area its name gives")
                            for name, iri in listed]
                continue
            for area in sorted(e.areas or e.home):
                place = next((a for a in ctx.index.exact.get(area, []) if a.kind == "area"), None)
                if place is None or f" {area} " not in label or f" {area} and " in label or f" and {area} " in label \
                        or any(n not in area and area not in n for n in named):
                    # not its name, or a name of two places ("Eastvale and Westmoor CSP"): one place would be
                    # half the answer
                    continue
                rows = run_file(self.store, "quotes_about.rq", ctx.trace, x=e.iri)
                said = [r for r in in_time(rows, ctx.when) if r.get("quote")]
                if said:
                    r = said[0]
                    out.append(Answer(place.label, place.iri, [Evidence(r.get("doc"), r.get("quote"), r.get("date"),
                                                                        r.get("assertion"))],
                                      note=NAMED_AREA))
        return out

    def _places_listed(self, e: Entity, label: str, ctx: Context) -> list[tuple[str, str | None]]:
        """The places body E's name starts with as a list of two or more ("Eastvale and Westmoor ..."), in the
        order written, each as (label, IRI): the area the graph holds, else the gazetteer's name of the place
        (no IRI); [] when the name lists fewer."""
        areas = own_areas(e, ctx.places)
        listed = [p for p in ctx.places.scan(label.strip()) if p.text in areas]
        if len(listed) < 2 or not areas - set(e.areas or ()):
            return []
        out = []
        for p in listed:
            held = next((a for a in ctx.index.exact.get(p.text, []) if a.kind == "area"), None)
            out.append((held.label, held.iri) if held is not None else (p.place.name, None))
        return out

    def _hop_answers(
        self, mm: Mention, relation: str, forward: bool, ctx: Context, note: str | None = None,
        kind: str | None = None, scope: Callable[[str], bool] | None = None,
    ) -> list[Answer]:
        """The answers the relation reaches from MM. SCOPE (see _area_scope), when given, says which reached
        IRIs can survive the asked area: the others' evidence is not read. When none of what is left makes an
        answer but something was left out, the relation is read again whole, so that the question goes on
        exactly as it would have (with answers that the area then removes)."""
        rows: list[dict[str, Any]] = []
        left_out: list[bool] = []
        via: dict[str, str] = {}  # assertion -> the board of the asked partnership it was read from
        for entity in mm.entities:
            got = self._hop(entity, relation, forward, ctx.trace, scope, left_out)
            twins = [] if got else partnership_twins(entity, ctx.index)
            # a twin read off ENTITY's own papers speaks for it in those papers only: a short name ("Project
            # Board") that another council's paper also writes is that council's board there
            own = [] if got or twins else self.state.papers_naming(entity.iri)
            twins = twins or ([] if got else self._paper_twins(entity, ctx))
            boards = [] if got or twins else (self._partnership_board(entity, ctx)
                                              or self._board_of_partnership(entity, ctx))
            if not (got or twins or boards) and relation in PLAN_SHARED and not forward:
                got = self._plan_shared(entity, relation, ctx)
            for twin in twins or boards:
                got = self._hop(twin, relation, forward, ctx.trace, scope, left_out)
                if own and twins:
                    got = [r for r in got if r.get("doc") in own]
                if got:
                    if boards:
                        via.update((r.get("assertion") or "", twin.label) for r in got)
                    break
            rows.extend(got)
        answers = self._rows_answers(rows, ctx, note, kind, speaking=relation == "attended")
        for a in answers:
            # a board of another name answered for the partnership: say so beside the answer
            board = next((via[ev.assertion] for ev in a.evidence if ev.assertion in via), None)
            if board:
                a.note = "; ".join(filter(None, (a.note, f"of {board}, the partnership's board")))
        if not answers and left_out:
            return self._hop_answers(mm, relation, forward, ctx, note, kind)
        return answers

    def _iris_with_twins(self, entities: list[Entity], ctx: Context) -> set[str]:
        """The IRIs of ENTITIES and of the other names their own papers write them by (see _paper_twins)."""
        return {x.iri for e in entities for x in [e, *partnership_twins(e, ctx.index), *self._paper_twins(e, ctx)]}

    def _paper_twins(self, e: Entity, ctx: Context) -> list[Entity]:
        """One body (or plan) that a paper writes two ways and extraction held apart: "the Kirkby Lantern
        Board" and "the Kirkby in Ashfield Lantern Board", "the SYV Board" and "the Eastvale Serious Youth
        Violence Partnership Board". The others of E's kind named in one of
        E's own papers whose name is E's (one's label is a name of the other, or the two are alike once the
        same place is set aside, or E's short form spells the other's words); none when more than two fit.
        Only in E's own papers, so never another council's namesake."""
        if e.kind not in ("body", "publication", "initiative"):
            return []
        found: list[Entity] = []
        for doc in self.state.papers_naming(e.iri):
            named = [o for iri in self.state.named_in(doc)
                     if (o := ctx.index.get(iri)) is not None and o.kind == e.kind]
            for o in named:
                if o.iri == e.iri or o in found:
                    continue
                if (_written_alike(e, o, ctx.places) or _short_for(e.label, o.label, ctx.places)
                        or _tail_twin(e, o, named) or _met_as_board(e, o)):
                    found.append(o)
        return found if len(found) <= 2 else []

    def _plan_shared(self, e: Entity, relation: str, ctx: Context) -> list[dict[str, Any]]:
        """"What are the priorities of the Eastvale Board?", where its paper sets them in the plan it writes
        ("the Board produces the Eastvale Plan ... the Plan's priorities are"), or "What are the priorities of
        the Eastvale Plan?", where the paper gives them as its maker's: a plan's priorities are its maker's.
        Read across a `produces` fact only, and only from the paper that states it, so never another
        council's plan nor another year's."""
        if e.kind == "body":
            makes = self._hop(e, "produces", True, ctx.trace)
        elif e.kind == "publication":
            makes = self._hop(e, "produces", False, ctx.trace)
        else:
            return []
        out: list[dict[str, Any]] = []
        for row in makes:
            other = ctx.index.get(row.get("other") or "")
            if other is None or other.kind not in ("body", "publication") or other.kind == e.kind:
                continue
            out += [r for r in self._hop(other, relation, False, ctx.trace) if r.get("doc") == row.get("doc")]
        return out

    def _board_of_partnership(self, e: Entity, ctx: Context) -> list[Entity]:
        """"the Eastvale Partnership Strategic Board" (GOVERNING_BOARD_WORDS), held as a body of its own that no
        fact of the asked relation is stated of: the partnership met as its board, whose chair, members and
        groups the papers give as the partnership's. The one partnership of E's place named as E's name without
        those words; none when E is no such board, or a sub-group of the partnership."""
        words = normalise(e.label).split()
        if e.kind != "body" or len(words) < 3 or words[-1] != "board" or words[-2] not in GOVERNING_BOARD_WORDS:
            return []
        where = e.areas or e.home
        fits = [o for o in ctx.index.exact.get(" ".join(words[:-2]), [])
                if o.kind == "body" and o.iri != e.iri and normalise(o.label).endswith(" partnership")
                and (not where or not (o.areas or o.home) or (o.areas or o.home) & where)]
        if len(fits) != 1:
            return []
        # a board the papers make a sub-group of the partnership is a tier of its own, with its own chair
        below = {r.get("other") for r in self._hop(e, "subgroup_of", True, ctx.trace)}
        return [] if fits[0].iri in below else fits

    def _partnership_board(self, e: Entity, ctx: Context) -> list[Entity]:
        """"The Eastvale Partnership runs a Strategic Board": the partnership meets as a board of another
        name, so the board's chair and members are the partnership's when no paper gives the partnership its
        own. The one board of E's place that the papers make part of E or that E is said to run (an open
        statement from E); none when E is no partnership, or two boards fit. A sub-group of E is not E: its chair
        chairs the sub-group ("the Serious Violence Board, a sub-group of the Partnership, is chaired by")."""
        if e.kind != "body" or not normalise(e.label).endswith(" partnership"):
            return []
        where = e.areas or e.home
        found: list[Entity] = []
        # a board that is part of E has E as its object; E's open statements have E first
        for relation, forward in (("part_of", False), ("other", True)):
            for row in self._hop(e, relation, forward, ctx.trace):
                o = ctx.index.get(row.get("other") or "")
                if (o is not None and o.kind == "body" and o.iri != e.iri and o not in found and where
                        and (o.areas or o.home) == where and normalise(o.label).endswith(" board")):
                    found.append(o)
        return found if len(found) == 1 else []

    def _rows_answers(
        self, rows: list[dict[str, Any]], ctx: Context, note: str | None, kind: str | None,
        speaking: bool = False,
    ) -> list[Answer]:
        if kind:
            predicate = str(OTHER_PREDICATES[kind])
            rows = [r for r in rows if r.get("p") == predicate]
        if note:
            # An 'other' fact says what it is in its note; a closed relation in its qualifier ("spoke or
            # presented") or its quote.
            kept = []
            for r in rows:
                if re.search(note, normalise(
                    r.get("note") or " ".join(filter(None, (r.get("qualifier"), r.get("quote"))))
                )):
                    kept.append(r)
                elif speaking and (said := self._said_by(r, note, ctx.index)):
                    # an attendance list's quote never says who spoke; the same paper's sentence may
                    kept.append({**r, "quote": said})
            rows = kept
        if ctx.quoted:
            narrowed = [
                r
                for r in rows
                if r.get("qualifier") and any(q in normalise(r["qualifier"]) for q in ctx.quoted)
            ]
            rows = narrowed or rows
        if ctx.when is not None and ctx.when.year is not None:
            floors = self.state.undated_floors()
            # An undated paper that speaks only of later years was not written in the year asked about.
            rows = [r for r in rows if r.get("date") or floors.get(r.get("doc") or "", 0) <= ctx.when.year + 1]
        when = ctx.when
        if when is not None and when.value and len(when.value) >= 7 and rows and not any(
            when.matches(r.get("date")) or when.named_in(r.get("quote")) for r in rows
        ):
            # "reported to the Group (June 27th, 2019)": a quote cut short of the day its sentence names
            rows = [self._dated_sentence(r, when) for r in rows]
        rows = in_time(rows, ctx.when)
        return self._answers(rows, ctx.index)

    def _dated_sentence(self, row: dict[str, Any], when: When) -> dict[str, Any]:
        """ROW with its paper's whole sentence as its quote when that sentence names the asked day or month
        and the quote alone does not; else ROW as it is."""
        quote, doc = normalise(row.get("quote") or ""), row.get("doc")
        if len(quote.split()) < 3 or not doc:
            return row
        sentences = self.paper_sentences(doc)
        for said, written in sentences:
            if quote in said and when.named_in(written):
                return {**row, "quote": written}
        if len(when.value or "") == 10:
            # "Attendance at the Partnership's meeting of 11 January 2024" over a list in a later paper: the
            # heading a few lines above the quote names the meeting it lists, of the day asked
            # (the quote's first words, found in the sentences joined again: a list wraps over lines)
            starts, joined = [], ""
            for said, _ in sentences:
                starts.append(len(joined))
                joined += f" {said}"
            found = joined.find(" " + " ".join(quote.split()[:3]))
            at = max((i for i, k in enumerate(starts) if k <= found), default=None) if found >= 0 else None
            for said, written in reversed(sentences[max(0, (at or 0) - _HEADING_WITHIN) : at or 0]):
                if " meeting " in f" {said} " and when.named_in(written):
                    return {**row, "quote": f"{written.strip()}: {row.get('quote') or ''}"}
        return row

    def paper_sentences(self, doc: str) -> list[tuple[str, str]]:
        """The sentences of the stored text of the paper DOC, each (normalised, as written, cut to 300
        characters), read and normalised once per state of the store; [] when the store keeps no text."""
        def read_sentences() -> list[tuple[str, str]]:
            rows = run_file(self.store, "paper_text.rq", doc=doc)
            text = (rows[0]["text"] or "") if rows else ""
            return [(normalise(s), s.strip()[:300]) for s in re.split(r"(?<=[.;!?])\s+|\n+", text)]
        return self.memo(f"paper sentences {doc}", read_sentences)

    def _said_by(self, row: dict[str, Any], note: str, index: EntityIndex) -> str | None:
        """The sentence of the row's paper in which its answer, a person attending, does what NOTE says
        ("Councillor Eastvale introduced a report on ..."): the person's full name, then within a few words a
        verb of speaking. None when the paper says no such thing of them."""
        doc, iri = row.get("doc"), row.get("other")
        e = index.entities.get(iri or "")
        if not doc or e is None or e.kind != "person":
            return None
        names = {normalise(n) for n in e.names if len(normalise(n).split()) >= 2}
        if not names:
            return None
        speaker = re.compile(r"(?:^| )(?:" + "|".join(map(re.escape, sorted(names))) + r")(?: [a-z0-9]+){0,5}? ")
        for said, written in self.paper_sentences(doc):
            m = speaker.search(said)
            if m and re.match(note, said[m.end() :]):
                return written
        return None

    def _hop(
        self, entity: Entity, relation: str, forward: bool, trace: Trace,
        scope: Callable[[str], bool] | None = None, left_out: list[bool] | None = None,
    ) -> list[dict[str, Any]]:
        name = "facts_by_subject.rq" if forward else "facts_by_object.rq"
        if scope is not None:
            within = self._hop_within(entity, relation, forward, trace, scope)
            if within is not None:
                if left_out is not None:
                    left_out.append(True)
                return within
        rows = run_file(self.store, name, trace, x=entity.iri, rel=relation)
        if not rows:
            # A graph loaded as plain RDF has the triples without assertion nodes: no quote, but still true.
            plain = "triples_by_subject.rq" if forward else "triples_by_object.rq"
            rows = run_file(self.store, plain, trace, x=entity.iri, p=str(BY_KEY[relation].predicate))
        return rows

    def _hop_within(
        self, entity: Entity, relation: str, forward: bool, trace: Trace, scope: Callable[[str], bool]
    ) -> list[dict[str, Any]] | None:
        """The rows `_hop` reads, of the reached IRIs SCOPE keeps only, in the same order; None when nothing
        would be left out (or a reached value is text), so the plain read is as cheap. From a national topic
        ("Which body oversees Prevent in Aldshire?") every council's assertions are reached: their subjects
        are read without evidence first (four look-ups each), and the full query then starts from the kept
        ones, so the evidence read does not grow with the number of councils."""
        light = run_file(self.store, "others_by_subject.rq" if forward else "others_by_object.rq",
                         x=entity.iri, rel=relation)
        others = {r["other"] or "" for r in light}
        if not light or not all(is_iri(o) for o in others):
            return None
        kept = {o for o in others if scope(o)}
        if len(kept) == len(others):
            return None
        if not kept:
            return []
        name = "facts_by_subject.rq" if forward else "facts_by_object.rq"
        rows = run_file_among(self.store, name, trace, "other", kept, x=entity.iri, rel=relation)
        # in the order the whole read gives its assertions (answers and their evidence keep their order)
        rank: dict[str | None, int] = {}
        for r in light:
            rank.setdefault(r["assertion"], len(rank))
        rows.sort(key=lambda r: rank.get(r["assertion"], len(rank)))
        return rows

    def _area_scope(self, followed: list[Mention], ctx: Context) -> Callable[[str], bool] | None:
        """Which reached IRIs can be kept when the question asks about an area ("in Aldshire") and follows
        one name that has no area of its own: then `_by_area` keeps only answers that fit the area, so what
        cannot fit (an entity whose own areas, or a local body's home, lie elsewhere) need not be read. None
        where that filter is not sure to apply to the same rows: an asked date or quoted words choose among
        all rows before any area is looked at, and several names are weighed against each other."""
        if not ctx.asked or ctx.when is not None or ctx.quoted:
            return None
        if any(own_areas(e, ctx.places) for mm in followed for e in mm.entities):
            return None
        asked, places, index = list(ctx.asked), ctx.places, ctx.index
        # what fits is remembered until the store changes: the same area asked again reads no labels again
        key = "fits " + " | ".join(sorted(n for p in asked for n in p.names))
        fits: dict[str, bool] = self.memo(key, dict)

        def keep(iri: str) -> bool:
            fit = fits.get(iri)
            if fit is None:
                e = index.get(iri)
                fit = fits[iri] = e is None or best_fit(e, asked, places) is not None
            return fit

        return keep

    def _answers(self, rows: list[dict[str, Any]], index: EntityIndex) -> list[Answer]:
        out: dict[str, Answer] = {}
        for r in rows:
            iri = r["other"]
            if iri is None:
                continue
            a = out.get(iri)
            if a is None:
                # An 'other' fact may have text for its object (a former name, "quarterly"): the text answers.
                a = out[iri] = Answer(index.label(iri), iri) if is_iri(iri) else Answer(iri, None)
            ev = Evidence(r.get("doc"), r.get("quote"), r.get("date"), r.get("assertion"), r.get("citation"))
            if ev not in a.evidence and (ev.quote or ev.document or not a.evidence):
                a.evidence.append(ev)
        return list(out.values())

    def _holders(self, a: Answer, e: Entity, ctx: Context) -> list[Answer]:
        """Who held the post e, an answer a, at the time asked, else at the time a was last said."""
        when = ctx.when if ctx.when is not None or not a.latest else When(a.latest[:4])
        return self._hop_answers(Mention(0, 0, e.label, [e], 1.0), "holds_post", False, ctx.with_when(when))

    def _with_holders(self, answers: list[Answer], ctx: Context) -> list[Answer]:
        """A chair that is a post: add who held the post at that time, after the post itself."""
        out = list(answers)
        for a in answers:
            e = ctx.index.get(a.iri or "")
            if e is None or e.kind != "post":
                continue
            for h in self._holders(a, e, ctx):
                if h.iri not in {x.iri for x in out}:
                    h.note = f"holder of the post of {e.label}"
                    out.append(h)
        return out

    def _holders_of_head(self, answers: list[Answer], head: str, text: str, ctx: Context) -> tuple[list[Answer], str]:
        """"What is the name of the Commissioner who approved X?", "Who is the Head of Y in Z?": ANSWERS that are
        the post the question asks the holder of (named in HEAD, normalised) or someone recorded as holding it;
        another person the question's relation reaches (the paper's author) is not whom it asks for. ANSWERS as
        they are when the head names no post."""
        # (a body's own chair, "Chair of X", is answered by who chairs X, whether or not they hold it as a post)
        posts = [e for said, _, iri in ctx.linked if (e := ctx.index.get(iri)) is not None and e.kind == "post"
                 and normalise(said) in head and not POST_OF_BODY.match(normalise(e.label))]
        if not posts:
            return answers, text
        holders = [h for e in posts for h in self._holders(Answer(e.label, e.iri), e, ctx)]
        fits = {e.iri for e in posts} | {h.iri for h in holders}
        kept = [a for a in answers if a.iri in fits]
        if len(kept) == len(answers):
            return answers, text
        return kept, f"{text}; only the {', '.join(e.label for e in posts)} or a holder of it"

    def _in_other_posts(self, a: Answer, words: set[str], ctx: Context) -> bool:
        """Whether A is a person read from a sentence's words (no fact says so) whom the graph records as holding
        posts, none of whose names says every one of WORDS (the role asked for)."""
        e = ctx.index.get(a.iri or "")
        if a.note != WORDS_NOTE or e is None or e.kind != "person" or not words:
            return False
        posts = [normalise(ctx.index.label(r.get("other") or "")) for r in self._hop(e, "holds_post", True, Trace())]
        if not posts or any(words <= set(p.split()) for p in posts):
            return False
        # ("DI P, who is the regional lead for X": a sentence that writes the role after the name says P holds it)
        name = normalise(a.label)
        return not any(name in (quote := normalise(ev.quote or "")) and words <= set(
            quote[quote.index(name) + len(name):][:ROLE_AFTER_NAME].split()) for ev in a.evidence)

    def _post_restated(self, answers: list[Answer], role: str, text: str, ctx: Context) -> tuple[list[Answer], str]:
        """ANSWERS with each post whose name says every word of ROLE (the post the question asks the holder of)
        replaced by its holders at the time; none recorded, the papers name the post but no one holding it."""
        words = set(normalise(role).split()) - ROLE_FILLER
        said = [a for a in answers if (e := ctx.index.get(a.iri or "")) is not None and e.kind == "post"
                and words and words <= set(normalise(e.label).split())]
        if not said:
            return answers, text
        out: list[Answer] = []
        for a in answers:
            e = ctx.index.get(a.iri or "")
            for h in (self._holders(a, e, ctx) if a in said and e is not None else [a]):
                if h.iri not in {x.iri for x in out}:
                    out.append(h)
        if out:
            return out, f"{text}; the holder of the post the question names"
        posts = ", ".join(dict.fromkeys(a.label for a in said))
        return [], f"{text}: {NO_HOLDER} ({posts})"

    def _not_another_post(self, answers: list[Answer], role: str, text: str,
                          ctx: Context) -> tuple[list[Answer], str]:
        """ANSWERS without the posts of another kind than ROLE, the post a question asks the holder of ("Who is
        the town centre inspector who co-chairs the Group?" of a group co-chaired by a Licensing Manager and the
        inspector): a post whose name lacks the role's head word is another seat of the body, not the one asked
        about. None left, the papers name no holder of the post asked about."""
        # the role's head is its last word before "of" ("members of the Group" names seats, not a job), and only a
        # word that names a job is one ("inspector", "manager"): a seat or a kind of body is no post's head
        words = [w for w in normalise(role.split(" of ")[0]).split() if w not in ROLE_FILLER]
        head = words[-1] if words else ""
        if head not in job_heads():
            return answers, text
        kept = [a for a in answers if (e := ctx.index.get(a.iri or "")) is None or e.kind != "post"
                or head in normalise(e.label).split()]
        if len(kept) == len(answers):
            return answers, text
        if kept:
            return kept, f"{text}; not another post than the one asked about"
        return [], f"{text}: {NO_HOLDER} ({role})"

    def _people_for_posts(self, answers: list[Answer], ctx: Context) -> list[Answer]:
        """ANSWERS with each post the graph records a holder of replaced by its holders."""
        out: list[Answer] = []
        for a in answers:
            e = ctx.index.get(a.iri or "")
            held = self._holders(a, e, ctx) if e is not None and e.kind == "post" else [a]
            out.extend(h for h in held or [a] if h.iri not in {x.iri for x in out})
        return out

    def _said_by_holders(self, answers: list[Answer], ctx: Context) -> list[Answer]:
        """A chair that is a post whose holder at the time is among the answers too ("co-chaired by the Portfolio
        Holder and the Chief Inspector", each holder named): the holder answers for it, so that two co-chairs are
        two answers, not four."""
        people = {a.iri for a in answers if (e := ctx.index.get(a.iri or "")) is not None and e.kind == "person"}
        if not people:
            return answers
        out = []
        for a in answers:
            e = ctx.index.get(a.iri or "")
            if e is not None and e.kind == "post" and any(h.iri in people for h in self._holders(a, e, ctx)):
                continue
            out.append(a)
        return out

    def _by_area(self, answers: list[Answer], mentions: list[Mention], ctx: Context) -> list[Answer]:
        """'in Staffordshire' narrows the answers when it did not already pick the entity asked about."""
        if not ctx.asked:
            return answers
        if any(own_areas(e, ctx.places) for mm in mentions for e in mm.entities):
            return answers
        if mentions and all(_homed_in(e, ctx.asked, ctx.places) for mm in mentions for e in mm.entities):
            # "who delivers the IDVA service in Sandwell": a service only Sandwell's papers speak of is
            # Sandwell's, which the place picked; who delivers it may be a charity of the wider region
            return answers
        if mentions and all(self._named_for(e, ctx) for mm in mentions for e in mm.entities):
            # "who chairs the Exploitation Group in Saltringham", a sub-group of the Safer Saltringham Partnership
            return answers
        return self._in_places(answers, ctx.asked, ctx)

    def _named_for(self, e: Entity, ctx: Context) -> bool:
        """Is E, a local thing placed nowhere, named for the asked place, or a sub-group of a body that is, or a
        group that reports to one ("the Safer Eastvale Partnership" and the groups under it are Eastvale's, wherever
        its papers are filed; a paper may say only that they report to it, CONVENTIONS.md I)?"""
        if e.kind not in LOCAL_KINDS:
            return False
        names = {f" {n} " for p in ctx.asked for n in p.names}

        def says(label: str) -> bool:
            return any(n in f" {normalise(label)} " for n in names)

        return says(e.label) or any(
            says(ctx.index.label(r["other"] or ""))
            for relation in ("subgroup_of", "reports_to") for r in self._hop(e, relation, True, ctx.trace)
        )

    def _where_silent_names_are(
        self, answers: list[Answer], silent: list[Mention], ctx: Context,
        giving: list[tuple[Mention, list[Answer]]] = (),  # type: ignore[assignment]
    ) -> list[Answer]:
        """A body or post the relation reached nothing from still says whose answer is asked for ("is domestic
        abuse a priority of the Westmoor CSP": the partnership gave nothing, so a body reached from the topic
        must still be Westmoor's, never another council's). When only topics gave answers and that body is
        placed nowhere, nothing ties them to it: no answer ("who leads on drugs for the Probation Company" is
        not whoever leads on drugs anywhere)."""
        where = [
            place for mm in silent if mm.kinds & {"body", "post"} for e in mm.entities
            # its own place, or the place of its papers that its name says ("the Safer Eastvale CSP" is Eastvale's;
            # the Home Office is not Eastvale's for being spoken of in Eastvale's papers)
            for area in own_areas(e, ctx.places) or {h for h in e.home if f" {h} " in f" {normalise(e.label)} "}
            if (place := ctx.places.place_of(area)) is not None
        ]
        topics_only = bool(giving) and all(mm.kinds <= {"topic", "initiative"} for mm, _ in giving)
        if not where and topics_only and any(mm.kinds & {"body", "post"} for mm in silent):
            return []
        if where and topics_only:
            # reached from a topic alone, an answer must be stated by the place's own papers: the force around
            # it leading on violence in a neighbour's plan does not lead on it here
            return [a for a in self._in_places(answers, where, ctx) if any(
                ctx.places.inside(d, p) for ev in a.evidence for d in self.state.doc_areas(ev.document or "")
                for p in where)]
        return self._in_places(answers, where, ctx) if where else answers

    def _placed_apart(
        self, answers: list[Answer], giving: list[tuple[Mention, list[Answer]]], silent: list[Mention], ctx: Context
    ) -> list[Answer]:
        """The names that gave answers stand in places, but none in the place of a body or post the relation
        reached nothing from ("the Probation Services in the Suffolk partnership's terms", the services linked
        being York's and Solihull's): the names do not belong together, so only answers of the silent name's
        place are kept."""
        where = [
            place for mm in silent if mm.kinds & {"body", "post"} for e in mm.entities
            # its own place, or that of the papers that speak of it ("Safer Eastvale Partnership")
            for area in area_names(e, ctx.places) if (place := ctx.places.place_of(area)) is not None
        ]
        if not where or any(
            # a person named is who the answers are about, whichever council the words beside them name
            e.kind == "person" or best_fit(e, where, ctx.places) in ("inside", "around")
            for mm, _ in giving for e in mm.entities
        ):
            return answers
        return self._in_places(answers, where, ctx)

    def _in_places(self, answers: list[Answer], where: list[Any], ctx: Context) -> list[Answer]:
        kept = []
        for a in answers:
            e = ctx.index.get(a.iri or "")
            fit = best_fit(e, where, ctx.places) if e is not None else "unscoped"
            if fit == "unscoped":
                # A national thing, or text: in the place when the papers stating it are of that place.
                docs = set().union(*(self.state.doc_areas(ev.document or "") for ev in a.evidence))
                fit = "inside" if any(ctx.places.inside(d, p) for d in docs for p in where) else None
            if fit is not None:
                kept.append(a)
        return kept

    # -- special plans

    def _representation(
        self, tokens: list[str], mentions: list[Mention], ctx: Context
    ) -> tuple[list[Answer], str]:
        """'Who represents A on B': representation facts of A whose body represented on is B."""
        on = _represented_on(tokens, mentions)
        if on is None:
            return [], ""
        on_iris = self._iris_with_twins(on.entities, ctx)
        answers: list[Answer] = []
        for mm in mentions:
            if mm is on:
                continue
            rows: list[dict[str, Any]] = []
            for e in mm.entities:
                rows.extend(self._hop(e, "represented_by", True, ctx.trace))
            kept = [r for r in rows if r.get("onBody") in on_iris]
            if not kept:
                # a members' table of B's own paper ("Department for Work and Pensions   Partnership Manager
                # Tomos Penhallow" in B's terms of reference), whose body sat on extraction read as another the
                # paper names, never one that paper is of
                kept = [r for r in rows if r.get("doc") and any(
                    paper_is_of(self, r["doc"], o, ctx) for o in on.entities) and not (
                    (b := ctx.index.get(r.get("onBody") or "")) is not None and paper_is_of(self, r["doc"], b, ctx))]
            rows = in_time(kept, ctx.when)
            answers.extend(self._answers(rows, ctx.index))
        if not answers:
            answers = self._members_speaking_for(mentions, on, ctx)
        who = ", ".join(ctx.name(mm) for mm in mentions if mm is not on)
        if not answers and any(e.kind == "person" for mm in mentions if mm is not on for e in mm.entities):
            answers = self._whom_a_person_represents(mentions, on, ctx)
            reading = f"whom {who} represents on {ctx.name(on)}"
            asked = asked_type(" ".join(tokens))
            if asked is not None and answers:
                answers, said = of_type(self.store, answers, asked)
                reading += said
            return order(answers), reading
        reading = f"who represents {who} on {ctx.name(on)}"
        people = [a for a in answers if (e := ctx.index.get(a.iri or "")) is not None and e.kind == "person"]
        if answers and not people and tokens[:1] == ["who"]:
            # "Who represents the prison on the Board?" asks for someone by name: a post the papers give with no
            # holder is said in the reading, not given as the person asked for
            posts = ", ".join(dict.fromkeys(a.label for a in answers))
            return [], f"{reading}: {NO_PERSON} ({posts})"
        return order(answers), reading

    def _kind_represented(self, words: str, on: Mention, ctx: Context) -> tuple[list[Answer], str] | None:
        """"Who represents the fire service on the Board?": WORDS name a kind of body in the body-type scheme
        (not a body the graph holds by name); the people recorded as representing, on ON, a body of that kind
        (by its type or its name). None when WORDS name no kind the scheme tells apart."""
        found = body_types.classify(words)
        if found.kind != "body" or found.concept is None or found.concept.key == "other-body":
            return None
        key = found.concept.key
        rows = [r for iri in sorted(self._iris_with_twins(on.entities, ctx))
                for r in run_file(self.store, "represented_on.rq", ctx.trace, x=iri, rel="represented_by")]
        answers = []
        for r in in_time(rows, ctx.when):
            body = ctx.index.get(r.get("body") or "")
            if body is None or body.kind != "body" or not _of_concept(body, key):
                continue
            answers.extend(self._answers([r], ctx.index))
        reading = f"who represents a {found.concept.label} on {ctx.name(on)}"
        if answers:
            return order(answers), reading
        members = self._hop_answers(on, "member_of", False, ctx)
        if not members:
            return None  # nothing recorded of it: its papers' own sentences may say, read by the routes after this
        # its members who belong to a body of that kind; never its members at large, who are no answer to whom
        # the fire service sends
        people = []
        for m in members:
            person = ctx.index.get(m.iri or "")
            if person is None or person.kind != "person":
                continue
            if any((b := ctx.index.get(r.get("other") or "")) is not None and b.kind == "body" and _of_concept(b, key)
                   for r in self._hop(person, "member_of", True, ctx.trace)):
                people.append(m)
        if people:
            return order(people), f"{reading}: its members who belong to one"
        return [], f"{reading}; the graph records no one representing one on it"

    def _whom_a_person_represents(self, mentions: list[Mention], on: Mention, ctx: Context) -> list[Answer]:
        """'Which council does P represent on B': the bodies P represents with B the body sat on; else the
        bodies P is a member of (B apart) as stated in a paper that also puts P on or at B -- an attendance
        list's "Name (Organisation)". A membership read from another paper says nothing of whom P came for
        on B, so it is never the answer (nor is B itself, the body sat on)."""
        on_iris = self._iris_with_twins(on.entities, ctx)
        out: list[Answer] = []
        for mm in mentions:
            if mm is on:
                continue
            for e in mm.entities:
                if e.kind != "person":
                    continue
                rows = [r for r in self._hop(e, "represented_by", False, ctx.trace) if r.get("onBody") in on_iris]
                if not rows:
                    there = {r.get("doc") for rel in ("member_of", "attended", "apologies")
                             for r in self._hop(e, rel, True, ctx.trace) if r["other"] in on_iris} - {None}
                    rows = [r for r in self._hop(e, "member_of", True, ctx.trace)
                            if r["other"] not in on_iris and (r.get("doc") in there or r.get("doc") and any(
                                # "Nia Brookes EYT" in the minutes of the Board: whom she came for, though
                                # no fact puts him at the meeting
                                self._minutes_of(r["doc"], o, ctx) for o in on.entities))]
                out.extend(self._answers(in_time(rows, ctx.when), ctx.index))
        return out

    def _minutes_of(self, doc: str, body: Entity, ctx: Context) -> bool:
        """Is DOC a paper of BODY: one recording a meeting of it, or one its name or title says is about it?"""
        meeting = f"meeting of {normalise(body.label)} "
        return any((m := ctx.index.get(iri)) is not None and m.kind == "meeting"
                   and normalise(m.label).startswith(meeting) for iri in self.state.named_in(doc)
                   ) or paper_is_of(self, doc, body, ctx)

    def _members_speaking_for(self, mentions: list[Mention], on: Mention, ctx: Context) -> list[Answer]:
        """Without representation facts: members of the body represented on whose post, or other membership,
        names the body they represent ("Council Representative on the Panel")."""
        others = [mm for mm in mentions if mm is not on]
        names = {normalise(n) for mm in others for e in mm.entities for n in e.names}
        iris = {e.iri for mm in others for e in mm.entities}
        members = self._hop_answers(on, "member_of", False, ctx)
        out = []
        for m in members:
            person = ctx.index.get(m.iri or "")
            if person is None or person.kind != "person":
                continue
            links = self._hop(person, "holds_post", True, ctx.trace) + self._hop(
                person, "member_of", True, ctx.trace
            )
            if any(
                r["other"] in iris or any(n in normalise(ctx.index.label(r["other"] or "")) for n in names)
                for r in links
            ):
                out.append(m)
        return out

    def _chain(self, mm: Mention, ctx: Context) -> tuple[list[Answer], str]:
        start = mm.entities[0]
        chain: list[Answer] = []
        seen = {start.iri}
        current = start
        for _ in range(10):
            step: list[Answer] = []
            for relation, forward in (("reports_to", True), ("subgroup_of", True), ("oversees", False)):
                step = self._answers(
                    in_time(self._hop(current, relation, forward, ctx.trace), ctx.when), ctx.index
                )
                step = [
                    a
                    for a in step
                    if a.iri not in seen
                    and ctx.index.get(a.iri or "")
                    and ctx.index.get(a.iri or "").kind in ("body", "post", "person")
                ]  # type: ignore[union-attr]
                if step:
                    break
            if not step:
                break
            nxt = order(step)[0]
            chain.append(nxt)
            seen.add(nxt.iri or "")
            nxt_entity = ctx.index.get(nxt.iri or "")
            if nxt_entity is None:
                break
            current = nxt_entity
        return chain, f"the chain of accountability from {describe(start, ctx.places)} upwards"


# A name written with "'s" right before another: "the Eastvale Partnership's", "the CDP's" (its normalised words)
POSSESSOR = re.compile(r"((?:[\w&-]+ ){0,4}[\w&-]+)['\u2019]s\b")


# "who represents the Commissioner at ...": a kind of party named by a word the question does not link
REPRESENTED = re.compile(r"\brepresent(?:s|ed|ing)? (?:the |its |their )?(?P<who>[a-z]+) (?:at|on|in)\b")
# Before a relation's verb, only the question word and the kind it asks for: "who provides", "which charity runs"
WH_SUBJECT = re.compile(r"^(?:who|(?:which|what)(?: [a-z]+){1,2}) $")


def _council_committee(e: Entity, kind: Mention, ctx: Context) -> bool:
    """"Which Eastvale Council committee ...": body E is one of the council's committees when its name ends in a
    committee's head noun and every place it is filed under is inside the council's own (a council's committees
    are filed under its place); a partnership or a board of the place is no committee of its council."""
    councils = [c for c in kind.entities if c.kind == "body" and normalise(c.label).split()[-1:] == ["council"]]
    head = normalise(e.label).split()[-1:]
    own = [p for c in councils for a in c.areas if (p := ctx.places.place_of(a)) is not None]
    return bool(own) and bool(e.areas) and head in (["committee"], ["subcommittee"], ["panel"]) and all(
        any(ctx.places.inside(normalise(a), p) for p in own) for a in e.areas)


def _obliques(mentions: list[Mention], phrase: Phrase, span: tuple[int, int] | None, free: str) -> list[Mention]:
    """The linked names after the verb of a question whose subject is its question word ("who provides X for
    Y") that could only be the verb's subject by their kind (a body, where the relation's object is a service
    or a topic): they say whom or where it is for, not a party to follow. None while some other name is left
    to follow, so that a question is never emptied of what it asks about."""
    if span is None or phrase.noun or not WH_SUBJECT.match(" ".join(free.split()[: span[0]]) + " "):
        return []
    out = []
    for mm in mentions:
        if mm.start < span[1] or mm.text == "zzinner":
            continue
        fits = []
        for route in phrase.routes:
            rel = BY_KEY[route.key]
            fits.append(route.inverse or route.subject or bool(mm.kinds & set(rel.object_kinds))
                        or not mm.kinds & set(rel.subject_kinds))
        if not any(fits):
            out.append(mm)
    return out if len(out) < len(mentions) else []


def _part_owners(mentions: list[Mention], tokens: list[str]) -> list[Mention]:
    """The linked bodies and posts the question writes as owning a part of their work: "the hate crime priority
    of the Board", "the Board's hate crime theme", "who leads on hate crime for the Board". What is asked is of the
    part (its lead, who is responsible for it); the owner only says whose part it is, so it is never followed
    itself (its chair leads no priority the paper gives no lead for) but still says whose answer is asked for."""
    return [owner for owner in mentions
            if owner.kinds & {"body", "post"} and owner.text != "zzinner"
            and any(topic is not owner and topic.kinds & {"topic", "initiative"} and _owns_part(owner, topic, tokens)
                    for topic in mentions)]


def _owns_part(owner: Mention, topic: Mention, tokens: list[str]) -> bool:
    """Does the question write TOPIC as a part of OWNER's work (see `_part_owners`)?"""
    noun = tokens[topic.end : topic.end + 1]
    tie = tokens[topic.end + 1 : owner.start]
    if noun and PART_NOUN_RE.fullmatch(noun[0]):
        # "<topic> priority of/for (the) <owner>"; "<owner>'s <topic> priority" ("'s" is no token of its own)
        return tie in OWNER_TIES or topic.start == owner.end
    # "who leads on <topic> for (the) <owner>": the lead on that part of the owner's work
    led_on = tokens[max(0, topic.start - 2) : topic.start]
    return len(led_on) == 2 and led_on[0] in LEAD_VERBS and led_on[1] == "on" and (
        tokens[topic.end : owner.start] in OWNER_TIES)


def _possessors(mentions: list[Mention], question: str) -> list[Mention]:
    """The linked bodies and posts the question writes as owning the name right after them ("the Eastvale
    Partnership's Safe Homes Project", "the CDP's Treatment Group"): what is asked is of the owned thing, a body,
    initiative or paper, not of its owner. Not so when the owned name is a topic ("the Board's Prevent work":
    the board's own facts about Prevent) or a post (whose body `_posts_of` reads from the owner)."""
    written = [normalise(m.group(1)) for m in POSSESSOR.finditer(question)]
    if not written:
        return []
    return [
        a for a in mentions
        if a.kinds & {"body", "post"} and a.text != "zzinner"
        and any(w == a.text or w.endswith(" " + a.text) for w in written)
        and any(b is not a and b.start == a.end and b.text != "zzinner"
                and b.kinds <= {"body", "initiative", "publication"} for b in mentions)
    ]


def _homed_in(e: Entity, asked: list[Any], places: Places) -> bool:
    """Is E a local thing with no place of its own that only papers of the ASKED places speak of?"""
    return e.kind in LOCAL_KINDS and bool(e.home) and all(
        any(places.inside(h, p) for p in asked) for h in e.home
    )


def _described_by_noun(entities: list[Entity], noun: str) -> list[Entity]:
    """"the regional board that X reports to": of what the clause found, those whose names say the noun's own
    words ("regional"), when some do; all of them when none does (the noun may only paraphrase their names)."""
    words = [w for w in noun.split()[:-1] if w not in COMMON_WORDS and w not in KIND_WORDS]
    if not words:
        return entities
    fitting = [e for e in entities if all(f" {w} " in f" {normalise(e.label)} " for w in words)]
    return fitting or entities


def _people_by_surname(index: EntityIndex) -> dict[str, list[Entity]]:
    """The people the graph holds by the last word of their label, normalised."""
    out: dict[str, list[Entity]] = {}
    for e in index.entities.values():
        if e.kind == "person" and e.label.split():
            out.setdefault(normalise(e.label.split()[-1]), []).append(e)
    return out


def _shared_heads(mentions: list[Mention], tokens: list[str], index: EntityIndex) -> list[Mention]:
    """"victim support and outreach services" are victim support services: a name followed by 'and' and a
    head noun a little later stands for the name with that head, when the graph knows such a thing."""
    out = []
    for mm in mentions:
        if mm.end < len(tokens) and tokens[mm.end] == "and" and mm.text != "zzinner":
            for j in range(mm.end + 1, min(len(tokens), mm.end + 6)):
                if tokens[j] in SHARED_HEADS:
                    hits = [e for e in index.exact.get(f"{mm.text} {tokens[j]}", []) if e.kind in QUESTION_KINDS]
                    if hits:
                        mm = Mention(mm.start, j + 1, f"{mm.text} {tokens[j]}", hits, mm.score)
                    break
                if any(o.start == j for o in mentions):
                    break
        out.append(mm)
    return out


def _post_after_body(mm: Mention, tokens: list[str], ctx: Context) -> Mention:
    """"Who is the Eastvale YOS Manager?", "the Safer Northby Partnership Coordinator": a body's name with a post's
    head noun straight after it names the body's post, which its papers write with the body's short form ("YOS
    Manager", "Partnership Coordinator"): the one post the graph names by the body name's last words and that
    head, of the body's own area. Linked, the body alone took the name and the head was left asking nothing."""
    if "body" not in mm.kinds or mm.end >= len(tokens) or tokens[mm.end] not in POST_HEADS:
        return mm
    areas = {a for e in mm.entities for a in own_areas(e, ctx.places)}
    if not areas:
        return mm
    for start in range(mm.start, mm.end):
        if all(t in BODY_HEADS for t in tokens[start : mm.end]):
            break  # "Board Manager", "Partnership Officer": a kind word alone fits any board of the area
        posts = [e for e in ctx.index.exact.get(" ".join(tokens[start : mm.end + 1]), ())
                 if e.kind == "post" and own_areas(e, ctx.places) & areas]
        if len(distinct(posts)) == 1:
            return Mention(mm.start, mm.end + 1, " ".join(tokens[mm.start : mm.end + 1]), posts, mm.score)
    return mm


def _as_dates(answers: list[Answer]) -> list[Answer]:
    """For "when" questions answered by a fact: the date its quote gives, else the date of the paper."""
    out: dict[str, Answer] = {}
    for a in answers:
        for ev in a.evidence:
            m = DATE_IN_TEXT.search(ev.quote or "")
            if m:
                label, note = m.group(0), f"{a.label}, as the quote dates it"
            elif ev.date:
                label, note = spoken_date(ev.date), f"{a.label}, the date of the paper that records it"
            else:
                continue
            out.setdefault(label, Answer(label, None, [], note=note)).evidence.append(ev)
    return order(list(out.values()))


# The words a paper writes before a kind of body to say what kind of group it is, not which ("the theme groups",
# "a task and finish group"): with the kind alone they make no name.
KIND_QUALIFIERS = frozenset("theme thematic sub working delivery task finish and steering operational".split())
GROUP_KINDS = frozenset("group subgroup board panel committee subcommittee forum".split())


def _kind_only(label: str) -> bool:
    """Is LABEL only the kind of a body ("Theme group", "Sub-group", "Task and finish group"), no name?"""
    words = normalise(label).split()
    return 1 <= len(words) <= 4 and words[-1] in GROUP_KINDS and all(w in KIND_QUALIFIERS for w in words[:-1])


def _speaks_of(answer: Answer, entity: Entity, written: str) -> bool:
    """Is ANSWER the entity itself, or does a quote behind it say one of the entity's names in full, or the
    words the question WROTE of it when they are two names' words or more ("YOS Performance & Delivery Board";
    one word, "Lantern", may be said of another scheme)?"""
    if answer.iri == entity.iri:
        return True
    said = {normalise(n) for n in entity.names}
    if sum(1 for w in written.split() if w not in COMMON_WORDS and w not in KIND_WORDS) >= 2:
        said.add(written)
    quotes = [f" {normalise(ev.quote or '')} " for ev in answer.evidence]
    return any(f" {n} " in q for n in said if n for q in quotes)


def _givens(question: str, linked: list[tuple[str, str, str]], index: EntityIndex) -> set[str]:
    """The entities a question writes as what it gives: not a place (the Eastbury of "the Eastbury and Westdale
    Partnership" is also what "which areas" asks for), nor a name written as the kind asked for ("Which
    Community Safety Partnership Board did she sit on?")."""
    said = f" {normalise(question)} "
    out = set()
    for mention, _, iri in linked:
        e, written = index.get(iri), normalise(mention)
        # (a name the reading put in place of a phrase, such as a body's sub-groups for "its sub-groups", is
        # not written in the question, and may well be the answer)
        if e is None or e.kind == "area" or f" {written} " not in said or re.search(
                rf"\b(?:which|what) {re.escape(written)}\b", said):
            continue
        out.add(iri)
    return out


def _references(question: str) -> list[tuple[int, int, str, list[str]]]:
    """The references a question writes, each as its span, the reference as written and the codes a paper must
    write: a decision's number (after "decision" or a code of capitals, and no period such as "2024/25"), then a
    table row's codes."""
    found = []
    for m in REFERENCE.finditer(question):
        if _is_period(m.group("a"), m.group("b")) or not m.group("decision") and not m.group("code"):
            continue
        ref = m.group("ref").strip()
        found.append((m.start(), m.end(), ref, [ref]))
    for m in ROW_REFERENCE.finditer(question):
        ref = m.group("codes") or m.group("code")
        found.append((m.start(), m.end(), ref, re.findall(ROW_CODE, ref)))
    return found


def _is_period(a: str, b: str) -> bool:
    """Is the number pair A/B a period ("2024/25", "2023-26", "2022-2025") rather than a reference's numbers?"""
    if len(a) != 4:
        return False
    start, end = int(a), int(b)
    if len(b) == 2:
        end += start // 100 * 100
    return len(b) in (2, 4) and 0 < end - start <= 5


def _refused(question: str, refusal: Refusal) -> Result:
    text = refusal.message[0].upper() + refusal.message[1:]
    if refusal.suggestions:
        text += ". Nearby, it holds: " + "; ".join(s.describe() for s in refusal.suggestions)
    return Result(question, text + ".", suggestions=refusal.suggestions, refused=True)


def _held(answers: list[Answer], ctx: Context) -> list[Entity]:
    """The entities the index holds for ANSWERS."""
    return [e for e in (ctx.index.get(a.iri or "") for a in answers) if e is not None]


def _of_concept(e: Entity, key: str) -> bool:
    """Is E a body of the body-type concept KEY or a narrower one, by its name?"""
    found = body_types.classify(e.label)
    return found.concept is not None and key in {c.key for c in body_types.lineage(found.concept.key)}


def _represented_on(tokens: list[str], mentions: list[Mention]) -> Mention | None:
    """The name after "on" or "on the" in "who represents A on B": what A is represented on."""
    return next((mm for mm in mentions if mm.start > 0 and tokens[mm.start - 1] == "on"
                 or mm.start > 1 and tokens[mm.start - 2 : mm.start] == ["on", "the"]
                 # "the council's named member of the Board": the body its member sits on
                 or mm.start > 1 and tokens[mm.start - 2 : mm.start] == ["member", "of"]
                 or mm.start > 2 and tokens[mm.start - 3 : mm.start] == ["member", "of", "the"]), None)


def partnership_twins(e: Entity, index: EntityIndex) -> list[Entity]:
    """"The Eastvale Partnership" and "the Eastvale Partnership Board": papers write one body both ways (the
    partnership meets as its board), and extraction may hold them apart. The other of the two, named so by
    its label and of the same recorded areas, when E is a partnership or a partnership's board; nothing for
    any other body ("the Youth Justice Service" and its Board are two)."""
    if e.kind != "body":
        return []
    key = normalise(e.label)
    if key.endswith(" partnership"):
        other = key + " board"
    elif key.endswith(" partnership board"):
        other = key[: -len(" board")]
    else:
        return []
    # by its own label, and of one place (its recorded area, else its papers' areas): a body known by that name
    # only as an alias, or placed nowhere, may be another body that the papers happened to call so
    where = e.areas or e.home
    return [t for t in index.exact.get(other, []) if t.kind == "body" and t.iri != e.iri and where
            and (t.areas or t.home) == where and normalise(t.label) == other]


# Words a short form may leave out of the name it stands for ("the SYV Board" of the "... Partnership Board")
# "Which head teacher represents ...", "Which councillor sits on ...": the kind of person asked for, by the
# last word or two of their title (a body asked for, "which board", is read elsewhere); the words between are
# no verb ("which team does Inspector X belong to" asks for a team), written as the normaliser leaves them ("doe").
WHICH_ROLE = re.compile(
    r"^(?:which|what) (?P<role>(?:(?!(?:did|doe|does|do|is|i|was|wa|were|are|has|ha|had|have|will) )[a-z]+ ){0,2}?"
    r"(?P<head>head ?teacher|teacher|councillor|nurse|doctor|inspector|superintendent|practitioner|social worker"
    r")) "
)
# Capitalised names joined by commas and "and" ("Hale, Ostrowski and P Penn"): a list a plural title may head
_NAME_LIST = r"[A-Z][\w'\-]*(?:\s+[A-Z][\w'\-]*)*(?:\s*(?:,|\band\b)\s*[A-Z][\w'\-]*(?:\s+[A-Z][\w'\-]*)*)*"
# Titles that start a name of another kind in the same list ("Councillors Hale and Penn, Mr Ortiz"): the plural
# title before the list is not theirs
_OTHER_TITLES = frozenset(TITLES - {"cllr", "councillor"}) | frozenset(
    "inspector sergeant superintendent constable chief commander officer director head".split())


def _titled_items(names: str) -> list[str]:
    """The names of a list a plural title heads, up to the first written with a title of another kind."""
    out = []
    for item in re.split(r"\s*(?:,|\band\b)\s*", names):
        if not item or item.split()[0].lower().strip(".") in _OTHER_TITLES:
            break
        out.append(item)
    return out


# How papers shorten those titles ("Cllr").
ROLE_SHORT_FORMS = {"councillor": ("cllr",), "head teacher": ("headteacher",), "headteacher": ("head teacher",),
                    "inspector": ("insp",), "superintendent": ("supt",)}
# "Besides the Executive Group, which board ...", "Apart from the Council, who funds ...": a phrase set aside before
# the question proper, whose answers it removes.
BESIDES = re.compile(r"^\s*(?:besides|beside|apart from|aside from|other than|as well as|in addition to|except for)\s+"
                     r"(?P<aside>[^,?]{3,80}),\s*(?P<rest>\S.*)$", re.I)
STOP_IN_NAMES = frozenset({"and", "of", "the", "for", "on", "in"})


def _without_places(label: str, places: Places) -> tuple[str, frozenset[str]]:
    """A label's normalised words without the place names in it, and those places' names."""
    normal = normalise(label)
    found = places.scan(normal)
    spans = {i for p in found for i in range(p.start, p.end)}
    rest = " ".join(t for i, t in enumerate(normal.split()) if i not in spans)
    return rest, frozenset(n for p in found for n in p.place.names)


def _written_alike(e: Entity, o: Entity, places: Places) -> bool:
    """Are E and O one thing by their names: the label of one is a name of the other ("Eastvale Lantern
    Plan 2025-2028", also written "Lantern Plan 2025-2028"), or the labels are one once the same place is set
    aside ("Kirkby" and "Kirkby in Ashfield")? Two places ("North Hampshire", "Hampshire")
    are two bodies."""
    if normalise(o.label) in {normalise(n) for n in e.names} or normalise(e.label) in {normalise(n) for n in o.names}:
        return True
    rest_e, at_e = _without_places(e.label, places)
    rest_o, at_o = _without_places(o.label, places)
    return bool(at_e and at_o and at_e & at_o and rest_e and rest_e == rest_o and len(rest_e.split()) >= 2)


def _tail_twin(e: Entity, o: Entity, named: list[Entity]) -> bool:
    """"The Northdale Safer Streets Project Board ... the Project Board will report to": one of E and O is
    named by the last words (two or more) of the other's name, and of the things of their kind that their paper
    NAMED only the longer one ends so; the paper's short second mention, which extraction held apart."""
    a, b = normalise(e.label), normalise(o.label)
    short, full = (a, b) if len(a) < len(b) else (b, a)
    if len(short.split()) < 2 or not full.endswith(" " + short):
        return False
    return sum(1 for x in named if (k := normalise(x.label)) != short and k.endswith(" " + short)) == 1


def _met_as_board(e: Entity, o: Entity) -> bool:
    """"Safer Pelling" and "the Safer Pelling Board" in one paper: a partnership of a name with no kind word
    and the board it meets as, which extraction held apart. One label is the other's (two words or more) and
    "board"."""
    a, b = normalise(e.label), normalise(o.label)
    short, full = (a, b) if len(a) < len(b) else (b, a)
    return len(short.split()) >= 2 and full == f"{short} board"


def _short_for(short: str, full: str, places: Places) -> bool:
    """Is SHORT a short form of FULL: its capitals spell a run of FULL's words ("SYV" for "Serious Youth
    Violence"), its other words are FULL's, and FULL adds no more than its place and one word?"""
    words = short.split()
    at = [i for i, w in enumerate(words) if re.fullmatch(r"[A-Z]{2,6}", w)]
    if len(at) != 1:
        return False
    letters = words[at[0]].lower()
    rest_full, _ = _without_places(full, places)
    content = [w for w in rest_full.split() if w not in STOP_IN_NAMES]
    rest_short = [normalise(w) for i, w in enumerate(words) if i != at[0]]
    rest_short = [w for w in rest_short if w and w not in STOP_IN_NAMES]
    for i in range(len(content) - len(letters) + 1):
        run = content[i : i + len(letters)]
        if "".join(w[0] for w in run) != letters:
            continue
        others = content[:i] + content[i + len(letters) :]
        if rest_short and all(w in others for w in rest_short) and len(others) - len(rest_short) <= 1:
            return True
    return False


def _with_the(tokens: list[str], body: Mention) -> int:
    """Where BODY's name starts in TOKENS, with a "the" before it."""
    return body.start - (1 if body.start > 0 and tokens[body.start - 1] == "the" else 0)


def _group_after(tokens: list[str], body: Mention, gaps: range, is_noun: Callable[[int], bool],
                 between: Callable[[int], bool]) -> int | None:
    """The index of the first group noun (IS_NOUN of its index) a number of GAPS words after BODY's name, when
    each word between passes BETWEEN: "the X sub-groups", "the X's delivery group"."""
    head = next((h for h in (body.end + g for g in gaps) if h < len(tokens) and is_noun(h)), None)
    return head if head is not None and all(between(i) for i in range(body.end, head)) else None


def _inner_rest(tokens: list[str], start: int, end: int) -> tuple[list[str], Phrase | None]:
    """The question with TOKENS[start:end] (a group of a body) put as an inner phrase, and its reading."""
    rest = tokens[:start] + ["zzinner"] + tokens[end:]
    phrase, _ = _phrase(" ".join("_" if t == "zzinner" else t for t in rest))
    return rest, phrase


def _phrase(
    free: str, people: set[int] | None = None, names: set[str] | None = None
) -> tuple[Phrase | None, tuple[int, int] | None]:
    """The relation words of the question and their token span: the first, longest strong phrase; a weak
    one ("role", "area") only when there is no strong one. PEOPLE: token positions of linked people. NAMES: the
    words the question writes as names (capitalised), whose nouns are no relation's words."""
    best: tuple[int, int, int, Phrase, int] | None = None
    people = people or set()
    names = names or set()
    for phrase in phrases():
        for m in phrase.finditer(free):
            first = len(free[: m.start()].split())
            last = len(free[: m.end()].split())
            before = free[: m.start()].split()
            if m.group(0) in KIND_WORDS and m.group(0) in names and before and before[-1] in names:
                # "the Home Office Safer Streets Fund": a noun that ends a name the question writes in capitals
                # (no name the graph holds) is part of the name, not the verb "fund"
                continue
            weak = phrase.weak or (
                # "which post holds X", "under which priority does X fall": the noun is the kind asked for;
                # another phrase says how.
                phrase.noun and bool(re.search(r"\b(?:which|what) (?:_ )*$", free[: m.start()]))
                # "which higher education providers sit on X": the noun ends the kind asked for, a few describing
                # words after the question word (never a verb: "which body does X chair"); after a kind's own
                # noun the word is the verb ("which organisation leads X")
                or phrase.noun and bool(KIND_ASKED_BEFORE.search(free[: m.start()]))
                and free[: m.start()].split()[-1] not in KIND_WORDS
                # "what new fund did X set up": a kind of thing asked for, though the word can be a verb
                or bool(re.search(r"\b(?:which|what)(?: [a-z]+)? $", free[: m.start()]))
                and m.group(0) in KIND_WORDS
                and free[: m.start()].split()[-1] not in KIND_WORDS
            ) or (
                # "co-chair Nia Brookes", "Owen Tallis, co-chair of X": a role beside a name describes them
                # (not after "is": "which board is Owen Tallis vice-chair of" asks it)
                phrase.noun and (last in people or first - 1 in people and not _copula_before(first - 1, people,
                                                                                                free))
            ) or (
                # "the partnership led by Ruth Kemble cover": a participle between two names describes the first.
                not phrase.noun and re.search(r"(?:^|\s)_ $", free[: m.start()]) is not None
                and (free[m.end() :].startswith(" by _") or (
                    free[m.end() :].startswith(" _") and free[m.start() : m.end()].endswith(" by")))
            )
            cand = (int(weak), m.start(), -(m.end() - m.start()), phrase, m.end())
            if best is None or cand[:3] < best[:3]:
                best = cand
    if best is None:
        return None, None
    start = len(free[: best[1]].split())
    end = len(free[: best[4]].split())
    return best[3], (start, max(end, start + 1))


def _given_to(tokens: list[str], at: int) -> bool:
    """Is the place at token AT the one money goes to ("did the PCC give Eastvale", "award Eastvale", "paid to
    Eastvale"): a party to the allocation, not the place the other names must be of?"""
    before = tokens[at - 1] if at > 0 else ""
    return before in GIVING_VERBS or before == "to" and any(t in GIVING_VERBS for t in tokens[:at])


def _copula_before(at: int, people: set[int], free: str) -> bool:
    """Is the linked person whose name ends at token AT the subject of "is"/"was" ("is Owen Tallis vice-chair
    of"), so that the role after the name is what the question asks, not a description of them?"""
    words = free.split()
    while at - 1 in people:
        at -= 1
    return at >= 1 and words[at - 1] in ("is", "was", "are", "were", "i", "wa")


# The question word and the words describing the kind it asks for, right before a relational noun: "which higher
# education providers" (no verb among them, no name)
KIND_ASKED_BEFORE = re.compile(
    r"\b(?:which|what)(?: (?!(?:doe|does|do|did|is|i|was|wa|are|were|has|ha|have|had|will|would|can|could)\b)"
    r"[a-z]+){1,3} $"
)
# Words between a name and a relational noun that make the name its subject: "X is a sub-group of".
COPULA = re.compile(
    r"^(?:(?:is|are|was|were|be|been|become|became|remain|now|also|still|currently|formally|itself) )*"
    r"(?:a|an|the|one of the|one of|one|its|their)$"  # "X is one strand of Y"
)
# An auxiliary right before a name makes the name the subject of the verb after it: "which bodies does X chair".
AUX = frozenset("doe do did will would can could should might must".split())
# Words before a name that make it the subject of the verb after it ("did Eastvale receive", "has Eastvale").
SUBJECT_BEFORE = AUX | frozenset("is was are were ha has had have".split())


def direction(route: Route, phrase: Phrase, mm: Mention, span: tuple[int, int], tokens: list[str]) -> bool:
    """Whether the linked name MM is the subject of ROUTE's relation (so the answer is its object)."""
    if route.subject:
        return True
    if _done_for(mm, span, tokens):
        # "Who provides the secretariat for the Eastvale CDP?": the question word is the verb's subject, and a
        # name after the verb's object and "for" is whom it is done for, never the doer, whatever its kind
        return route.inverse
    rel = BY_KEY[route.key]
    as_subject = bool(mm.kinds & set(rel.subject_kinds))
    as_object = bool(mm.kinds & set(rel.object_kinds))
    if as_subject != as_object:
        # A person chairs, a topic is overseen: the kind of the name settles it whatever the wording.
        return as_subject
    start, _ = span
    before = mm.end <= start
    between = " ".join(tokens[mm.end : start]) if before else ""
    if before and mm.start > 0 and tokens[mm.start - 1] in AUX and not (phrase.noun and between):
        # "does X chair": the words after the name are its verb, even words that are mostly nouns.
        subject = True
    elif phrase.noun:
        subject = before and bool(COPULA.match(between))
    else:
        subject = before
    return subject != route.inverse


def _done_for(mm: Mention, span: tuple[int, int], tokens: list[str]) -> bool:
    """Is MM written after the verb's own words and its object, behind "for", in a question whose subject is
    its question word ("who provides the service for X", "which team runs support for X")? Not where "for" is
    one of the verb's words ("who is responsible for X", "who pays for X")."""
    start, end = span
    at = mm.start - 1
    if at >= 0 and tokens[at] == "the":
        at -= 1
    return (at > end and tokens[at] == "for" and mm.start >= end
            and WH_SUBJECT.match(" ".join(tokens[:start]) + " ") is not None)


def _wanted_kinds(free: str) -> tuple[str, ...]:
    for pattern, kinds in WH_KINDS:
        if re.search(pattern, free):
            return kinds
    return ()


def _prefer_kinds(answers: list[Answer], kinds: tuple[str, ...], index: EntityIndex) -> list[Answer]:
    if not kinds:
        return answers
    # (an answer of no entity, a name a route read from the papers' words, has no kind to weigh: it stays)
    kept = [a for a in answers if (e := index.get(a.iri or "")) is not None and e.kind in kinds or a.iri is None]
    if kinds == ("post",):
        # "what role does X take on": a person is no role, whatever else the question's names lead to
        return [a for a in kept or answers if (e := index.get(a.iri or "")) is None or e.kind != "person"]
    return kept or answers


def _sections(answers: list[Answer]) -> list[Answer]:
    """The sections of the Acts answered that their quotes name ("Section 40 of the ... Act"); none when the
    quote names only the Act."""
    out: dict[str, Answer] = {}
    for a in answers:
        for ev in a.evidence:
            for m in SECTION.finditer(ev.quote or ""):
                label = m.group(0)
                out.setdefault(label.lower(), Answer(label, None, [], note=f"of the {a.label}")).evidence.append(ev)
    return list(out.values())


def _verb_not_name(mm: Mention, tokens: list[str], ctx: Context) -> bool:
    """"What document does X prepare?": a topic named by one word that is also a relation's verb ("Prepare",
    "Protect") is that verb when the question does not write it as a name. So are words of two or more that are
    wholly a relation's verb phrase, of any kind ("Which body is responsible for ...?" against a body some
    paper's heading left as "Eastvale RESPONSIBLE FOR"): the question writes them in lower case, as the verb
    they are, and a name that only they make up would take the relation's words away from the reading."""
    words = tokens[mm.start : mm.end]
    if any(w in ctx.capitalised for w in words):
        return False
    if len(words) == 1 and not mm.kinds <= {"topic", "initiative"}:
        return False
    said = " ".join(words)
    return any(m.group(0) == said for phrase in phrases() if not phrase.noun for m in phrase.finditer(said))


def _relation_words_elsewhere(mm: Mention, mentions: list[Mention], ctx: Context) -> bool:
    """"the responsible authorities in the Eastvale CSP": words the relation lexicon reads as a relation
    (member_of), linked only to bodies of another council that a paper happened to call by those words, while
    the question's other bodies are of one place: the words say the relation, and never bring in that other
    council's body."""
    if not mm.kinds <= {"body", "topic"} or not any(
        m.group(0) == mm.text for phrase in phrases() if phrase.noun for m in phrase.finditer(mm.text)
    ):
        return False
    theirs = {a for o in mentions if o is not mm and o.kinds & {"body", "post"}
              for e in o.entities for a in own_areas(e, ctx.places)}
    # placed by its own area, else by its papers' (a name with no place in it is placed by who wrote it)
    mine = [own_areas(e, ctx.places) or e.home for e in mm.entities]
    return bool(theirs) and all(m and not any(
        ctx.places.inside(a, p) or ctx.places.around(a, p)
        for a in m for t in theirs if (p := ctx.places.place_of(t)) is not None
    ) for m in mine)


def _a_place(mm: Mention, tokens: list[str], ctx: Context) -> bool:
    """Is MM a place: an area only, or a place's name that links a person only by that surname ("Eastvale" for
    Cllr Eastvale), unless the question writes a title before it?"""
    if mm.kinds == {"area"}:
        return True
    return (
        mm.kinds == {"area", "person"} and mm.text in ctx.places.known
        and not (mm.start > 0 and tokens[mm.start - 1] in TITLES)
    )


def _said_in(mm: Mention, answer: Answer) -> bool:
    """Does a quote of ANSWER say MM by one of its names (or as the question wrote it)?"""
    names = {mm.text} | {normalise(n) for e in mm.entities for n in e.names}
    quotes = [f" {normalise(ev.quote or '')} " for ev in answer.evidence]
    return any(f" {n} " in q for n in names if n for q in quotes)


def _word_not_name(mm: Mention, tokens: list[str], ctx: Context) -> bool:
    """"how the Board's actions are progressing": one plain word the question writes in lower case is not a
    body or post that a paper once called by that word alone ("Action" for the Eastvale Action group)."""
    return (
        mm.end - mm.start == 1 and mm.kinds <= {"body", "post"} and mm.text == tokens[mm.start]
        and mm.text not in ctx.capitalised
    )


def _split_clause(clause: str, ctx: Context) -> tuple[str, str]:
    """A relative clause and what follows it: in "the body that Nina Hale chairs report to", the clause is
    "Nina Hale chairs" and "report to" is the outer question's verb. Split where a second relation phrase
    begins after a linked name; otherwise the clause runs to the end."""
    tokens = clause.split()
    named = {i for mm in ctx.index.mentions(clause, ctx.area) for i in range(mm.start, mm.end)}
    free = " ".join("_" if i in named else t for i, t in enumerate(tokens))
    spans = sorted(
        (len(free[: m.start()].split()), len(free[: m.end()].split()))
        for phrase in phrases() if not phrase.weak for m in phrase.finditer(free)
    )
    if not spans:
        return clause, ""
    first_end = min(end for start, end in spans if start == spans[0][0])
    for start, _ in spans:
        if start >= first_end and any(i < start for i in named):
            return " ".join(tokens[:start]), " ".join(tokens[start:])
    return clause, ""


def _full_name_mentions(noun: str, ctx: Context) -> list[Mention]:
    """The mentions of the graph's names that take all of NOUN (normalised, two words or more), not a kind's word
    alone."""
    words = noun.split()
    if len(words) < 2:
        return []
    return [mm for mm in ctx.index.mentions(noun) if mm.start == 0 and mm.end == len(words) and not mm.generic]


def _names_in_full(noun: str, ctx: Context) -> bool:
    """Is NOUN (normalised) one name the graph holds, all its words, not a kind's word alone?"""
    return any(mm.entities for mm in _full_name_mentions(noun, ctx))


def _capitalised_in(clause: str, question: str) -> bool:
    """Does QUESTION write with a capital any word of CLAUSE (normalised) after its own first word?"""
    words = set(clause.split())
    written = re.findall(r"[A-Za-z][\w'\u2019&.-]*", question)[1:]
    return any(w[0].isupper() and normalise(w) in words for w in written)


def _described(answers: list[Answer], words: str) -> list[Answer]:
    """The ANSWERS whose label says WORDS (normalised), or whose quote says them in the sentence that leads to
    the answer's name ("The statutory agencies are: ..." does not make its list co-operating bodies because an
    earlier sentence mentions those). A sector word ("health") is said too by the words that name its bodies
    ("Clinical Commissioning Group"), in the label only: a list's lead-in names other bodies."""
    said = re.compile(rf"\b{re.escape(words)}")
    sector = re.compile(rf"\b(?:{SECTORS[words]})") if words in SECTORS else None
    labels = [a.label for a in answers]

    def lead_in(a: Answer, quote: str) -> str:
        # "These comprise: the Council; Eastvale Police; the Fire Service": the lead-in to the Fire Service
        # says "police" only by another answer's name, which describes that answer, not this one
        text = _lead_in(quote, a.label)
        for other in labels:
            if other != a.label:
                text = re.sub(re.escape(other), " ", text, flags=re.I)
        return normalise(text)

    return [
        a for a in answers
        if said.search(normalise(a.label)) or (sector is not None and sector.search(normalise(a.label)))
        or any(said.search(lead_in(a, ev.quote or "")) for ev in a.evidence)
    ]


def _described_tier(
    answers: list[Answer], words: str, papers_saying: Callable[[str], frozenset[str]]
) -> list[Answer]:
    """`_described`, and for a tier of membership ("standing members") the answers another tier word describes
    when the papers say none of them with the asked word: one paper's "core members" are another's "standing".
    Failing that, the answers read from a paper that speaks of its members by a tier word (a membership table
    under "Core members are expected to attend", which no row's quote says)."""
    said = _described(answers, words)
    if said or words not in MEMBER_TIERS:
        return said
    kept = {a.label for tier in MEMBER_TIERS - {words} for a in _described(answers, tier)}
    if kept:
        return [a for a in answers if a.label in kept]
    tiered = frozenset().union(*(papers_saying(f"{tier} member") for tier in sorted(MEMBER_TIERS)))
    return [a for a in answers if any(ev.document in tiered for ev in a.evidence)]


def _lead_in(quote: str, label: str) -> str:
    """The sentence of QUOTE that runs up to where it names LABEL (by its name or, failing that, by a word of
    it); the whole quote when it does not name it."""
    folded = quote.casefold()
    at = folded.find(label.casefold())
    if at < 0:
        words = [w for w in re.findall(r"[a-z]{4,}", label.casefold()) if w not in COMMON_WORDS]
        at = min((i for w in words if (i := folded.find(w)) >= 0), default=-1)
    if at < 0:
        return quote
    return re.split(r"(?<=[.!?])\s", quote[:at])[-1]


def _at_venue(results: list[tuple[Mention, list[Answer]]], tokens: list[str]) -> list[Answer]:
    """"Who stood in for A at the Eastvale Panel": the panel is where it happened, not a second party to the
    relation. When no answer fits every name, those the other names give are kept if the papers stating them
    are papers of the venue's own facts (its minutes); none otherwise."""
    def at(mm: Mention) -> bool:
        return "at" in tokens[max(0, mm.start - 2) : mm.start]

    venues = [r for mm, r in results if at(mm)]
    rest = [r for mm, r in results if not at(mm)]
    if not venues or not rest:
        return []
    docs = set.intersection(*({ev.document for a in r for ev in a.evidence if ev.document} for r in venues))
    return [a for a in _intersect(rest) if any(ev.document in docs for ev in a.evidence)]


def _same(e: Entity, rep: Entity) -> bool:
    """Is E an edition of the thing REP stands for (what `distinct` folds together)?"""
    return distinct([rep, e]) == [rep]


def _most_agreed(results: list[list[Answer]]) -> list[Answer]:
    """When no answer fits every name, those that fit the most names, if that is more than one name."""
    counts: dict[str, int] = {}
    for r in results:
        for iri in {a.iri or a.label for a in r}:
            counts[iri] = counts.get(iri, 0) + 1
    top = max(counts.values(), default=0)
    if top < 2:
        return []
    keep = [r for r in results if any(counts.get(a.iri or a.label) == top for a in r)]
    return [a for a in _intersect(keep) if counts.get(a.iri or a.label) == top]


def _intersect(results: list[list[Answer]]) -> list[Answer]:
    first, *rest = results
    keep = {a.iri for a in first}
    for r in rest:
        keep &= {a.iri for a in r}
    merged: dict[str, Answer] = {}
    for r in results:
        for a in r:
            if a.iri in keep:
                if a.iri in merged:
                    merged[a.iri].evidence.extend(e for e in a.evidence if e not in merged[a.iri].evidence)
                else:
                    merged[a.iri or ""] = Answer(a.label, a.iri, list(a.evidence), a.note)
    return list(merged.values())

