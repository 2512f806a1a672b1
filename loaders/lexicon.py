"""The word lists extraction reads, loaded once from the data files in loaders/gazetteer/.

Everything here is general knowledge of how UK councils write: head nouns of bodies, posts and publications,
honorifics, ranks and letters after names, attendance labels, relation trigger words. No council's names.
Each accessor is cached, so the YAML is parsed once per process.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass
from functools import cache

from .gazetteer import _yaml
from .wordstart import WordStartPattern, word_start


def _alternation(words: list[str] | tuple[str, ...] | frozenset[str]) -> str:
    """A regex alternation of WORDS, longest first so "Vice Chair" wins over "Chair"."""
    return "|".join(re.escape(w) for w in sorted(set(words), key=len, reverse=True))


@dataclass(frozen=True)
class Names:
    honorifics: frozenset[str]
    kept_titles: frozenset[str]
    postnominals: frozenset[str]
    ranks: dict[str, str]  # written form (no full stops) -> full rank
    chair_markers: tuple[str, ...]
    vice_chair_markers: tuple[str, ...]
    not_names: frozenset[str]
    vacancies: frozenset[str]  # a name cell of a seat nobody holds
    job_words: frozenset[str]
    particles: frozenset[str]
    title_re: re.Pattern[str]  # honorific, kept title or rank at the start of a string
    rank_forms: str  # the ranks as one alternation, longest first, each space also matching "." ("Ch. Supt")
    parties: frozenset[str]  # political parties, casefolded: column heads of a council's attendance, no person


@cache
def names() -> Names:
    data = _yaml("names.yaml")
    ranks = {k.replace(".", ""): v for k, v in data["ranks"].items()}
    titles = [*data["honorifics"], *data["kept_titles"]]
    # a title may carry a full stop ("Cllr.", "Supt.") and rank abbreviations may too ("Ch. Supt")
    rank_forms = "|".join(re.escape(k).replace(r"\ ", r"\.?\s+") for k in sorted(ranks, key=len, reverse=True))
    title_re = re.compile(r"(?:(?:" + _alternation(titles) + r")\.?|(?:" + rank_forms + r")\.?)(?=\s)")
    return Names(
        honorifics=frozenset(data["honorifics"]),
        kept_titles=frozenset(data["kept_titles"]),
        postnominals=frozenset(data["postnominals"]),
        ranks=ranks,
        chair_markers=tuple(sorted(data["chair_markers"], key=len, reverse=True)),
        vice_chair_markers=tuple(sorted(data["vice_chair_markers"], key=len, reverse=True)),
        not_names=frozenset(data["not_names"]),
        vacancies=frozenset(data["vacancies"]),
        job_words=frozenset(data["job_words"]),
        particles=frozenset(data["name_particles"]),
        title_re=title_re,
        rank_forms=rank_forms,
        parties=frozenset(p.casefold() for p in data["parties"]),
    )


def chair_role(text: str, ending: bool = False) -> str | None:
    """"vice_chair" or "chairs" when TEXT is a chair's title ("Vice-Chair", "Chairman"), else None. With ENDING,
    a title closing a longer post counts too ("Board Vice Chair"). Vice first: "Vice Chair" ends in "Chair"."""
    n = names()
    low = text.casefold()
    for role, markers in (("vice_chair", n.vice_chair_markers), ("chairs", n.chair_markers)):
        if any(low == m.casefold() or ending and low.endswith(" " + m.casefold()) for m in markers):
            return role
    return None


@dataclass(frozen=True)
class Heads:
    body: frozenset[str]
    needs_modifier: frozenset[str]
    standalone_bodies: frozenset[str]
    publication: frozenset[str]
    initiative: frozenset[str]
    legislation: frozenset[str]
    post_leading: tuple[str, ...]
    post_trailing: frozenset[str]
    post_modifiers: frozenset[str]
    post_offices: tuple[str, ...]
    generic_words: frozenset[str]
    determiners: frozenset[str]
    compounds: frozenset[str]
    post_leading_re: re.Pattern[str]
    post_office_re: re.Pattern[str]
    kind_descriptions: frozenset[str]  # casefolded: "Theme group", "Sub-Group": a kind, not a name
    named: frozenset[str]  # the heads of bodies, initiatives and papers: what a name given to a thing ends in
    partnership_board_kinds: tuple[str, ...]  # "Local Partnership Board": a board that is no partnership's board
    partnership_tiers: frozenset[str]  # "Strategic Board": a partnership's own governing tier, named bare
    csp_boards: frozenset[str]  # "Partnership Board": the area's CSP met as a board, when the paper says which it is
    lower_back_ref_heads: tuple[str, ...]  # "the panel": a body's head written in lower case, referring back
    unit_initials: frozenset[str]  # "BCU", "PDU": the initials a force's or probation's local unit's name ends in
    unchaired: frozenset[str]  # "Service", "Office", "Team": kinds of body run by officers, which no chair holds
    work_group_heads: frozenset[str]  # "Group", "Panel": a group whose name may join two subjects of its work
    place_parts: frozenset[str]  # casefolded "town centre": a part of a place, a subject of work and never a body


@cache
def heads() -> Heads:
    data = _yaml("heads.yaml")
    leading = tuple(sorted(data["post_leading"], key=len, reverse=True))
    offices = tuple(sorted(data["post_offices"], key=len, reverse=True))
    # a local unit's initials ("BCU", "PDU") are written once in heads.yaml: each is a body head that needs a modifier
    units = frozenset(data.get("unit_initials", ()))
    return Heads(
        body=frozenset(data["body"]) | units,
        needs_modifier=frozenset(data["needs_modifier"]) | units,
        standalone_bodies=frozenset(data["standalone_bodies"]),
        publication=frozenset(data["publication"]),
        initiative=frozenset(data["initiative"]),
        legislation=frozenset(data["legislation"]),
        post_leading=leading,
        post_trailing=frozenset(data["post_trailing"]),
        post_modifiers=frozenset(data["post_modifiers"]),
        post_offices=offices,
        generic_words=frozenset(w.casefold() for w in data["generic_words"]),
        determiners=frozenset(data["determiners"]),
        compounds=frozenset(c.casefold() for c in data["compounds"]),
        post_leading_re=re.compile(r"(?:" + _alternation(leading) + r")\b", re.I),
        # an office's name may be wrapped onto the next line ("the Office of the Police, / Crime and ...")
        post_office_re=re.compile(r"\b(?:" + _alternation(offices).replace(r"\ ", r"\s+") + r")\b"),
        kind_descriptions=frozenset(k.casefold() for k in data["kind_descriptions"]),
        named=frozenset(data["body"]) | units | frozenset(data["initiative"]) | frozenset(data["publication"]),
        partnership_board_kinds=tuple(data.get("partnership_board_kinds", ())),
        partnership_tiers=frozenset(data.get("partnership_tiers", ())),
        csp_boards=frozenset(data.get("csp_boards", ())),
        lower_back_ref_heads=tuple(data.get("lower_back_ref_heads", ("partnership",))),
        unit_initials=units,
        unchaired=frozenset(data.get("unchaired", ())),
        work_group_heads=frozenset(data.get("work_group_heads", ())),
        place_parts=frozenset(w.casefold() for w in data.get("place_parts", ())),
    )


@dataclass(frozen=True)
class Layout:
    attendance: dict[str, str]  # casefolded label -> role (present, also, apologies, substitutes, absent)
    fields: dict[str, str]  # casefolded label -> field kind (chair, author, decision_maker, ...)
    papers: dict[str, str]  # casefolded label of a paper's own frame -> title | writer
    lists: dict[str, str]  # casefolded heading -> relation
    attendance_re: re.Pattern[str]
    lead_columns: frozenset[str]  # casefolded heads of a column (or labels) naming who leads the row's item
    lead_column_re: re.Pattern[str]  # the same, as a case-insensitive alternation to anchor or search with
    record_title_re: re.Pattern[str]  # the words that open a decision record's title line (a line's start)


def _label_map(groups: dict[str, list[str]]) -> dict[str, str]:
    out: dict[str, str] = {}
    for kind, labels in groups.items():
        for label in labels:
            out.setdefault(label.casefold(), kind)
    return out


@cache
def layout() -> Layout:
    data = _yaml("layout.yaml")
    attendance = _label_map(data["attendance"])
    return Layout(
        attendance=attendance,
        fields=_label_map(data["fields"]),
        papers=_label_map(data["papers"]),
        lists=_label_map(data["lists"]),
        attendance_re=re.compile(
            r"^(?:" + _alternation([k for ks in data["attendance"].values() for k in ks]) + r")\b\s*[:\-–]?",
            re.I,
        ),
        lead_columns=frozenset(h.casefold() for h in data["lead_columns"]),
        lead_column_re=re.compile(r"(?:" + _alternation(data["lead_columns"]) + r")", re.I),
        record_title_re=re.compile(r"(?:" + _alternation(data["record_titles"]) + r")\b", re.I),
    )


# the words that say a post's holder is named as at the paper's date, before the name ("the Head of Housing,
# currently Jo Lee"; "(at the time of approval, Jo Lee)"; "At the date of this version the post is held by Jo Lee"),
# comma included: what follows is who holds the post now, no part of the post's name
NOW_HOLDER = (r"(?:currently|at present|presently|(?i:at|as at|as of)\s+the\s+(?:time|date)\s+of\s+(?:approval|"
              r"writing|agreement|publication|this\s+(?:version|report|review|document|agreement))(?:\s*,)?)")


# the term a role is held for, said beside the role: "the vice-chair in 2026/27 was ...", "for 2026-2028 the Chair
# is ...", "was elected as vice-chair for 2026/27": a time that says when the statement holds, no part of the role
# or of the body, so the readers of a chair step over it as over "currently"
TERM = r"(?:(?i:for|in|during)\s+(?:the\s+(?:municipal\s+|financial\s+)?year\s+)?(?:20\d\d)(?:\s*[-/–]\s*(?:20)?\d\d)?)"


# an adverbial a writer sets between the verb's parts or after it, in commas or not: "will, in addition, be",
# "was as a rule chaired by", "is, in practice, responsible for"
# ("are all represented on", "are both members of": a quantifier floated after the verb of a plural subject)
ADVERBIAL = (r"(?:also|now|currently|still|jointly|formally|usually|normally|generally|ordinarily|typically|"
              r"all|both|each|in addition|additionally|as a rule|in practice|in turn|in future|at present|for now|"
              r"by default|for the time being|in most cases)")
_BE = (r"(?:(?:(?:has|have|had)(?:,?\s+" + ADVERBIAL + r",?)?\s+been|(?:will|would|shall)(?:,?\s+" + ADVERBIAL +
       r",?)?\s+be|is|are|was|were|to be|be|being|remains?)(?:,?\s+" + ADVERBIAL + r"(?:,(?=\s))?)?)")


@dataclass(frozen=True)
class Trigger:
    relation: str
    direction: str  # forward (subject before) or backward (subject after)
    pattern: re.Pattern[str]
    subject_kinds: frozenset[str]
    object_kinds: frozenset[str]
    requires: re.Pattern[str]
    finder: WordStartPattern | None = None  # the same matches, found faster (see triggers())
    # a wording can start at an apostrophe ("'s duty under"): the finder finds the matches at word starts, and
    # the apostrophes are tried one by one with the pattern itself
    apostrophes: bool = False

    def spans(self, text: str) -> Iterator[tuple[int, int]]:
        """(start, end) of each match of the trigger in TEXT, as pattern.finditer(TEXT) finds them (most clauses
        hold none of the strings a trigger's wordings all contain, and the finder settles them by substring
        tests)."""
        if self.finder is None or not self.apostrophes:
            for m in (self.finder or self.pattern).finditer(text):
                yield m.span()
            return
        if self.finder.rules_out(text):
            return  # the wordings hold the same strings wherever they start
        # pattern matches at P when a word starts at P or an apostrophe stands there, and then with the same
        # wordings: the finder's match at a word start is the pattern's, and the leftmost of it and of the
        # apostrophes before it that match is the pattern's next match (matches are never empty)
        pos, n = 0, len(text)
        while pos <= n:
            m: re.Match[str] | None = self.finder.search(text, pos)
            limit = m.start() if m is not None else n
            a = _apostrophe(text, pos, limit)
            while a >= 0:
                at = self.pattern.match(text, a)
                if at is not None:
                    m = at
                    break
                a = _apostrophe(text, a + 1, limit)
            if m is None:
                return
            yield m.span()
            pos = m.end()


def _apostrophe(text: str, start: int, end: int) -> int:
    """The first apostrophe (straight or curly) in TEXT[start:end], or -1."""
    a, b = text.find("'", start, end), text.find("’", start, end)
    return b if a < 0 else a if b < 0 else min(a, b)


_OPEN_END = re.compile(r"(?:\s|\(\?[=!].*\))$")


@cache
def triggers() -> tuple[Trigger, ...]:
    """One trigger per relation and direction: its wordings joined, longest first, into one pattern."""
    out: list[Trigger] = []
    for relation, spec in _yaml("relations.yaml").items():
        requires = re.compile(spec.get("requires") or ".", re.I)
        for direction in ("forward", "backward"):
            exprs = [e.replace("{be}", _BE).replace("{term}", TERM) for e in spec.get(direction) or ()]
            if not exprs:
                continue
            # a wording ends at a word's end, unless it ends in a space or a look-ahead of its own ("became ",
            # "awarded (?=[A-Z])")
            joined = "|".join(f"(?:{e})" + ("" if _OPEN_END.search(e) else r"(?![\w-])")
                              for e in sorted(exprs, key=len, reverse=True))
            wordings = r"(?:" + joined + r")"
            # a wording starts a word, or (a possessive: "the Board's chair is") at an apostrophe; when none of
            # them can start at an apostrophe, only the word start is left, which word_start finds fast
            finder: WordStartPattern | None = word_start(r"(?<![\w-])" + wordings, re.I)
            apostrophes = finder.first_chars is None or bool(finder.first_chars & {"'", "’"})
            if finder._scan is None:
                finder = None  # no fast scan for these wordings (one may match nothing): the pattern alone
            pattern = re.compile(r"(?:(?<![\w-])|(?=['’]))" + wordings, re.I)
            out.append(
                Trigger(
                    relation,
                    direction,
                    pattern,
                    frozenset(spec["subject"]),
                    frozenset(spec["object"]),
                    requires,
                    finder,
                    apostrophes,
                )
            )
    return tuple(out)


@cache
def trigger_stems() -> tuple[re.Pattern[str], dict[str, frozenset[str]]]:
    """The lower-case stems one of which a clause must hold for a relation's triggers to be tried, as one
    literal trie (a single fast pass), and for each stem found the relations it opens (a stem also opens the
    relations of the shorter stems it begins with)."""
    from .gazetteer import trie_regex

    by_stem: dict[str, set[str]] = {}
    for t in triggers():
        for stem in t.requires.pattern.split("|"):
            by_stem.setdefault(stem.lower(), set()).add(t.relation)
    opens = {
        stem: frozenset(rel for other, rels in by_stem.items() if stem.startswith(other) for rel in rels)
        for stem in by_stem
    }
    return re.compile(trie_regex(sorted(by_stem))), opens


@cache
def acronyms() -> dict[str, tuple[str, str]]:
    """Acronyms council papers use without defining them: acronym -> (kind, expansion)."""
    data = _yaml("acronyms.yaml")
    return {k: (v["kind"], v["name"]) for k, v in data.items()}


@cache
def police_area_bodies() -> frozenset[str]:
    """Bodies there is one of per police force area ("Violence Reduction Unit"): a paper's bare one is its
    police area's, not its council's."""
    return frozenset(v["name"] for v in _yaml("acronyms.yaml").values() if v.get("scope") == "police_area")


@cache
def council_posts() -> tuple[re.Pattern[str], re.Pattern[str], re.Pattern[str]]:
    """(posts only a council has, words naming another organisation in a post, councillors' posts among the
    first), from council_posts.yaml."""
    data = _yaml("council_posts.yaml")
    starts = (*data["member_posts"], *data["officer_posts"])
    return (re.compile(r"(?:" + _alternation(starts) + r")\b"),
            re.compile(r"\b(?:" + _alternation(data["other_owner_words"]) + r")\b"),
            re.compile(r"(?:" + _alternation(data["member_posts"]) + r")\b"))


@cache
def partner_sectors() -> tuple[frozenset[str], frozenset[str]]:
    """(sectors, head nouns) a membership list names partners by, in lower case: heads.yaml partner_sectors."""
    data = _yaml("heads.yaml")
    return (frozenset(s.casefold() for s in data["partner_sectors"]),
            frozenset(h.casefold() for h in data["partner_sector_heads"]))


@cache
def lower_services() -> tuple[frozenset[str], frozenset[str]]:
    """(head nouns, fields) of a service or team written in lower case ("the youth offending service"), from
    heads.yaml, in lower case."""
    data = _yaml("heads.yaml")
    return (frozenset(h.casefold() for h in data["lower_service_heads"]),
            frozenset(f.casefold() for f in data["lower_service_fields"]))


@cache
def lower_group_qualifiers() -> tuple[str, ...]:
    """Lower-case words that may stand between a capitalised name and its lower-case head noun ("steering" in "the
    IOM steering group"), from heads.yaml."""
    return tuple(sorted(_yaml("heads.yaml")["lower_group_qualifiers"], key=len, reverse=True))


@cache
def money_heads() -> str:
    """The head nouns of a pot of money, from heads.yaml, as one case-blind regex alternation (longest first)."""
    return "(?i:" + _alternation(tuple(_yaml("heads.yaml")["money_heads"])) + ")"


@cache
def casework_heads() -> tuple[str, ...]:
    """Nouns of casework that head an object phrase before its topic ("the cases of"), from heads.yaml."""
    return tuple(sorted(_yaml("heads.yaml")["casework_heads"], key=len, reverse=True))


@cache
def lower_case_post_heads() -> tuple[str, ...]:
    """The words that end a job's name written in lower case ("manager", "inspector", "lead"), from heads.yaml,
    longest first; both the reading of posts and the questions that ask for one job among several use them."""
    return tuple(sorted(_yaml("heads.yaml")["lower_case_post_heads"], key=len, reverse=True))


@cache
def commissioned_work_heads() -> frozenset[str]:
    """The head nouns of work a body commissions ("support", "evaluation", "services"), in lower case."""
    return frozenset(_yaml("heads.yaml")["commissioned_work_heads"])


@cache
def programme_work_heads() -> tuple[str, ...]:
    """Lower-case nouns of the work done under a programme ("Prevent delivery"), from heads.yaml."""
    return tuple(sorted(_yaml("heads.yaml")["programme_work_heads"], key=len, reverse=True))


@cache
def office_posts() -> frozenset[str]:
    """The statutory officers of a commissioner's office, from council_posts.yaml."""
    return frozenset(_yaml("council_posts.yaml")["office_posts"])


@cache
def council_officer_heads() -> tuple[re.Pattern[str], re.Pattern[str]]:
    """(the start of an officer's title naming its field, the end of a title naming another organisation), from
    council_posts.yaml: a council's own paper writes its officers' posts of that form bare."""
    data = _yaml("council_posts.yaml")
    # "Head of X ..." or a field then its role's word ending the title ("Prevent Co-ordinator")
    field_role = r"(?:" + _alternation(data["officer_fields"]) + r")(?:\s+[A-Z][\w-]*){0,2}?\s+(?:" + \
        _alternation(data["officer_roles"]) + r")$"
    return (re.compile(r"(?:(?:" + _alternation(data["officer_heads"]) + r")\b|" + field_role + r")"),
            re.compile(r"\b(?:" + _alternation(data["organisation_ends"]) + r")$"))


@cache
def service_rank_re() -> re.Pattern[str]:
    """A police or fire rank written inside a post's name ("District Commander", "Station Manager"), from the ranks
    of names.yaml: a post holding one is its service's, never a council's officer's."""
    return re.compile(r"\b(?:" + _alternation(tuple(names().ranks.values())) + r")\b")


def council_post_kind(name: str) -> str | None:
    """Whether the post NAME, written bare, is a council's own: "council" for a post only a council has ("Director
    of Public Health", "Cabinet Member for Communities"), "field" for an officer's title naming its field ("Head of
    Regulation") that a council's paper writes bare for its own officers (the caller judges the context), None for
    any other post, and for one naming another organisation, a commissioner's office or a police or fire rank.
    The one answer the resolver (a bare post in a council's paper) and the appositions (a place's possessive
    post) both ask, from council_posts.yaml, heads.yaml and names.yaml."""
    starts, other_owner, _ = council_posts()
    if other_owner.search(name) or heads().post_office_re.search(name) or service_rank_re().search(name):
        return None
    if starts.match(name):
        return "council"
    field_title, organisation_end = council_officer_heads()
    return "field" if field_title.match(name) and not organisation_end.search(name) else None


@cache
def own_officer_cues() -> tuple[re.Pattern[str], re.Pattern[str], re.Pattern[str]]:
    """(a line's label, the words right before a name, a note right after a post) that mark one of a council's paper's
    own officers, from council_posts.yaml."""
    data = _yaml("council_posts.yaml")
    return (re.compile(r"\s*(?:" + _alternation(data["own_officer_labels"]) + r")\s*:?\s*$", re.I),
            re.compile(r"\b(?:" + _alternation(data["own_officer_before"]) + r")\s*:?\s*$", re.I),
            re.compile(r"(?:,\s*|\(\s*)(?:" + _alternation(data["own_officer_after"]) + r")\s*\)", re.I))


@cache
def topic_teams() -> frozenset[str]:
    """Fields a council's team is named by ("Public Health"), from council_posts.yaml, in lower case."""
    return frozenset(t.casefold() for t in _yaml("council_posts.yaml")["topic_teams"])


@cache
def council_units() -> frozenset[str]:
    """A council's own units ("Democratic Services"), from council_posts.yaml."""
    return frozenset(_yaml("council_posts.yaml")["council_units"])


@cache
def council_committee_ends() -> tuple[str, ...]:
    """The last words of a council's own committees ("Scrutiny Committee", "Cabinet"), from council_posts.yaml."""
    return tuple(f" {e}" for e in _yaml("council_posts.yaml")["council_committee_ends"])
