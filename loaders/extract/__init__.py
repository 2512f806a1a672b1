"""Extraction: a cleaned document -> facts, each with the span of stored text that states it.

The reading runs in layers. `layout` has already cut the text into lines, fields, bullets, rows and
sentences; `mentions` types the names in any span; the rules below read one kind of structure each:

- attendance: "Present", "Apologies", "In attendance" blocks and attendance tables;
- fields: "Chair:", "Lead officer:", "Report author:" lines;
- lists: bullets and tables under a heading that names the relation ("Membership", "Priorities");
- clauses: trigger words of each relation between the mentions of a clause, lists distributed;
- appositions: "Name, Post" and "Post Name" pairs in prose;
- funding: amounts with their funder, recipient and period, in sentences and tables;
- speakers: in minutes, people who speak or present attended the meeting;
- interests: a declaration of interest "as a member of" a body gives the membership;
- structure: an area's community safety partnership named as such, councillors as the council's representatives;
- statements: how often a body meets, former names, the next meeting, and open statements (a subject, a verb
  phrase as written and an object that no closed relation joins), kept as `other`.

A rule never guesses: a fact whose subject, object or direction is unclear is not added.
"""

from __future__ import annotations

import datetime as dt
import re
from bisect import bisect_right
from collections.abc import Callable
from dataclasses import dataclass, field

from ...graph.model import Entity, Fact
from ...ontology.relations import BY_KEY
from .. import placenames
from ..layout import CONNECTIVES, Layout
from ..lexicon import heads
from ..mentions import Mention, find_mentions, looks_like_person
from ..metadata import Metadata
from ..resolve import Resolver, unscoped_name
from ..wordstart import folds_to_ascii
from .checks import gate

# the kinds each relation accepts, from the ontology's relation table; "place" is the mention kind of an area
_ENTITY_KIND = {"place": "area"}

# a name that ends on a word that joins it to more: the rest is on the next line of a wrapped table cell or list
# item, which the reader did not join ("Westmere Domestic Abuse" over "Forum" came out "Domestic abuse and"); such a
# fact's subject or object is unclear, and is dropped rather than guessed
_CUT_NAME = re.compile(rf"(?i)\s(?:{CONNECTIVES}|or|with)$")


# a chart's connector line: bars, pluses and dashes only
_CHART_LINE = re.compile(r"[ \t]*[|+][|+\-–—_/\\ \t]*$", re.M)


@dataclass
class ExtractionDoc:
    text: str
    meta: Metadata
    layout: Layout
    resolver: Resolver
    date: dt.date | None = None
    facts: list[Fact] = field(default_factory=list)
    _seen: set[tuple] = field(default_factory=set)
    _funded: set[tuple[str, str]] = field(default_factory=set)  # (funder, recipient) pairs already stated
    _mentions: dict[tuple[int, int, bool], list[Mention]] = field(default_factory=dict)
    claimed: set[int] = field(default_factory=set)  # lines a layout rule has read (attendance blocks)
    restated: list[Fact] = field(default_factory=list)  # facts add was given again by a later rule (see add)
    _line_starts: list[int] = field(default_factory=list)
    _lowered: tuple[str | None] | None = None  # (the text in lower case, or None: see holds), made on first use
    _record_labels: dict[str, int] | None = None  # a register's record-opening labels: see fields._record_owner
    _headed_records: dict | None = None  # field line -> the body heading its record: see fields._headed_record
    _meeting: tuple | None = None  # (what meeting_body read it from, the body): see attendance.meeting_body

    def prose(self, holding: frozenset[str] | None = None):
        """(line index, span) of each sentence not already read as layout (an attendance block); with HOLDING,
        only the sentences that hold one of those lower-case strings (see holds)."""
        for i, span in self.layout.sentences():
            if i not in self.claimed and (holding is None or self.holds(holding, span[0], span[1])):
                yield i, span

    def holds(self, words: frozenset[str], start: int = 0, end: int | None = None) -> bool:
        """False only when TEXT[start:end] holds none of WORDS (lower-case strings) in any case: substring tests
        on the text lowered once per document, in place of a rule's case-insensitive searches at every character.
        Lower case stands in for IGNORECASE except for the characters it folds to ASCII letters ("ſ" matches
        "s"), and only while lowering keeps every offset ("İ" lowers to two characters): a text with either is
        never ruled out."""
        if self._lowered is None:
            text = self.text
            lowered: str | None = text.lower()
            if len(lowered) != len(text) or folds_to_ascii(text):
                lowered = None
            self._lowered = (lowered,)
        lowered = self._lowered[0]
        if lowered is None:
            return True
        if end is None:
            end = len(lowered)
        for w in words:  # str.find: a scan in C, with no regex engine entered at each character
            if lowered.find(w, start, end) >= 0:
                return True
        return False

    @property
    def body(self) -> Entity | None:
        """The body whose meeting or paper this is (else the council)."""
        return self.resolver.body or self.resolver.council

    def scope_body(self, pos: int, *, sections_only: bool = False) -> Entity | None:
        """The body the line at POS is about when it names none: the innermost heading, numbered section or label
        above it that names a body alone ("3. Safer Hillford Partnership Board" over "Membership"), else the
        paper's own body. A heading naming two bodies names neither (see Resolver.heading_scope), and a paper with
        no body of its own gives none: its council is not the hub of every list it holds. With SECTIONS_ONLY, only
        a section's own heading below the paper's title lines counts (None else): the section's body, for readers
        that give the paper's own body by other means."""
        own = None if sections_only else self.resolver.body
        line = self._line_at(pos)
        if line is not None and line.kind == "heading":
            # the line is a section's title itself ("3. OUR THEME GROUPS" over its list): the body it names alone,
            # else the paper's own (not the title of the section before it)
            named = None if sections_only and self._in_title(line.start) else self.resolver.heading_body(line.start)
            return named or own
        scoped = self.resolver.heading_scope(pos)
        if scoped is None:
            return own
        # a line alone over or under a chart's connector ("Safer Northshire Board" over "|") is a box of the chart,
        # not the title of the section below it: which body the section is about is unknown
        at = scoped[0]
        above = self.text.rfind("\n", 0, max(0, self.text.rfind("\n", 0, at))) + 1
        chart = _CHART_LINE.match(self.text, self.text.find("\n", at) + 1) or \
            (at > 0 and _CHART_LINE.match(self.text, above, at - 1))
        if chart or (sections_only and self._in_title(at)):
            return None
        return scoped[1]

    def _in_title(self, pos: int) -> bool:
        """POS is on one of the paper's title lines (its first three lines of text, a source line aside)."""
        title = [ln for ln in self.layout.lines[:12] if ln.kind != "blank" and not ln.text.startswith("Source:")][:3]
        return bool(title) and pos <= title[-1].end

    def mentions(self, start: int, end: int, *, expect_person: bool = False) -> list[Mention]:
        """The mentions inside TEXT[start:end]. A span inside one line is served from the line's mentions,
        read once: names never cross the commas, dashes and full stops that spans are cut at."""
        key = (start, end, expect_person)
        found = self._mentions.get(key)
        if found is not None:
            return found
        line = self._line_at(start)
        if line is not None and end <= line.end and (start, end) != (line.start, line.end):
            whole = self.mentions(line.start, line.end, expect_person=expect_person)
            found = [m for m in whole if m.start >= start and m.end <= end]
            # a name cut by the span's edge is read again on its own
            if any(m.start < end and m.end > end or m.start < start < m.end for m in whole):
                found = find_mentions(self.text, start, end, expect_person=expect_person)
        else:
            found = find_mentions(self.text, start, end, expect_person=expect_person)
        self._mentions[key] = found
        return found

    def named_body(self, m: Mention, *, names: bool = False) -> Entity | None:
        """The body mention M names, or None: a body mention resolved; an acronym by the body the paper (or the
        gazetteer) spelt it out for ("The YJMB reports to ...") - never read as a new name, since initials alone do
        not say which body; with NAMES, any other name too, as a body of that name. Anything else (a person, a
        post, an unknown acronym, a name resolved to no body) is None: readers that want "the body named here"
        share this one step."""
        if m.kind == "name" and m.head == "acronym":
            e = self.resolver.acronym(m.name)
        elif m.kind == "body":
            e = self.resolver.entity(m)
        elif names and m.kind == "name":
            e = self.resolver.body_named(m.name, m.acronym, place=m.place)
        else:
            return None
        return e if e is not None and e.kind == "body" else None

    def _line_at(self, pos: int):
        starts = self._line_starts
        if not starts:
            starts.extend(line.start for line in self.layout.lines)
        i = bisect_right(starts, pos) - 1
        return self.layout.lines[i] if i >= 0 else None

    def add(
        self,
        subject: Entity | None,
        relation: str,
        obj: Entity | None,
        start: int,
        end: int,
        rule: str,
        confidence: float = 0.9,
        **extra,
    ) -> Fact | None:
        """Record a fact unless it is incomplete, ill-typed, reflexive, already stated in this document or
        without a quote (a span that is empty or runs backwards: a fact must show the text that states it)."""
        if not self.text[start:end].strip():
            return None
        literal = relation == "other" and obj is None and bool(extra.get("value"))
        if subject is None or (obj is None and not literal):
            return None
        rel = BY_KEY[relation]
        if subject.kind not in rel.subject_kinds:
            return None
        if literal:
            key = (subject.iri, relation, extra.get("other_kind"), extra["value"].casefold())
            if key in self._seen:
                return None
            self._seen.add(key)
            start, end = _trim(self.text, start, end)
            fact = Fact(subject=subject, relation=relation, object=None, start=start, end=end, rule=rule,
                        confidence=confidence, **extra)
            self.facts.append(fact)
            return fact
        if (rel.object_kinds and obj.kind not in rel.object_kinds) or subject.iri == obj.iri:
            return None
        if _CUT_NAME.search(subject.name) or _CUT_NAME.search(obj.name):
            return None  # "Domestic abuse and", "Serious Violence and": a name cut where its wrapped cell goes on
        if re.sub(r"(?i)^the\s+", "", obj.name).casefold() == subject.name.casefold():
            return None  # "The Safer X Partnership" read as a topic of the Safer X Partnership: itself again
        if relation in _KIND_UNCLEAR and (kind_only(subject) or kind_only(obj)):
            # "Theme group chairs:" over a list: a kind of group named, not which body the groups sit under; "was
            # appointed chairman of the Sub-Group": which sub-group, the kind alone does not say
            return None
        if relation in _REMIT and _placeless_post(subject):
            return None  # "the PCC ... his Police and Crime Plan" in a paper whose area is not known: whose is unclear
        if relation in _SHARED_BY_PARTIES and not extra.pop("_party", False):
            parties = self._parties_opening(start, subject)
            if parties is not None:
                # "Each Council holds the duties of a responsible authority ...", "the Councils' duties under ...":
                # the term the agreement defined for its parties, so each party holds the remit, never the term
                # (nor the one party a back-reference took "Each Council" for)
                for party in parties:
                    if party.iri != subject.iri:
                        self.add(party, relation, obj, start, end, rule, confidence, _party=True, **extra)
                if subject.iri not in {p.iri for p in parties}:
                    return None
        if self.resolver is not None and \
                any(e.kind == "body" and self.resolver.several(e.name) for e in (subject, obj)):
            return None  # "both Councils" as one body: only the remits above are the parties' own
        if relation == "produces" and obj.scope:
            if placenames.is_national(subject.name):
                obj = self.resolver.unscoped(obj)  # the Home Office's Serious Violence Strategy is not the county's
            elif subject.area and subject.area != obj.scope and not subject.name.startswith(f"{obj.scope} "):
                # (the "Castle Point and Rochford" CSP's strategy is of both places, though the body's area is the
                # first)
                obj = self.resolver.rescoped(obj, subject.area)  # a PCC's Drugs Strategy is its police area's
        if relation in _PAPER_OBJECT and obj.kind == "publication" and _bare_head(unscoped_name(obj)):
            return None  # "Guidance issued by the YJB": a head noun alone names no paper of its own
        key = (
            subject.iri,
            relation,
            obj.iri,
            extra.get("amount"),
            extra.get("period"),
            extra["on_body"].iri if extra.get("on_body") else None,
        )
        if key in self._seen:
            # a fact another rule read first: kept aside, for rules that read what follows a statement of a kind
            # (structure's "... are sub-groups of the Partnership and report to it")
            start, end = _trim(self.text, start, end)
            self.restated.append(Fact(subject=subject, relation=relation, object=obj, start=start, end=end,
                                      rule=rule, confidence=confidence, **extra))
            return None
        if relation == "funds" and extra.get("amount") is None and (subject.iri, obj.iri) in self._funded:
            return None  # the grant is already known with its amount: "funds" alone says nothing more
        self._seen.add(key)
        if relation == "funds":
            self._funded.add((subject.iri, obj.iri))
        start, end = _trim(self.text, start, end)
        fact = Fact(
            subject=subject, relation=relation, object=obj, start=start, end=end, rule=rule,
            confidence=confidence, **extra,
        )
        self.facts.append(fact)
        return fact

    def _parties_opening(self, start: int, subject: Entity) -> list[Entity] | None:
        """The parties an agreement names together as "the Councils", when the fact's subject is that term ("Each
        Council", "B. Each Council", "both Councils", "the Councils'"), as its name says or as the span it opens
        with; None otherwise."""
        if subject.kind != "body" or self.resolver is None:
            return None  # (a bare document built without a resolver, as unit tests of add make, has no parties)
        for term, parties in self.resolver.parties().items():
            one = term[:-1]
            said = (rf"(?:(?:each|either)\s+(?:of\s+the\s+)?(?:{one}|{term})|"
                    rf"(?:(?:both|all)\s+(?:of\s+)?)?(?:the\s+)?{term})")
            if re.fullmatch(rf"(?i)(?:[A-Za-z0-9]{{1,3}}[.)]\s+)?{said}", subject.name):
                return parties  # the term read as a body of its own ("Councils", "B. Each Council")
            if subject.subtype != "Council" and one.casefold() not in subject.name.casefold():
                continue
            before = self.text[max(0, start - 20) : start]
            at = self.text[start : start + 40]
            # "Each " left before a span that opens at the head noun a back-reference took for one council ("the
            # Council" in the singular is the paper's one council, not the parties)
            if re.match(rf"(?:{one}|{term})(?:['’]|\b)", at) and _DISTRIBUTIVE_BEFORE.search(before) and \
                    (at.startswith(term) or not re.search(r"(?i)\bthe\s+$", before)):
                return parties
            if re.match(rf"(?i)(?:\(?[A-Za-z0-9]{{1,3}}[.)]\s+|\d+(?:\.\d+)+\s+)?{said}(?:['’]|\b)", at):
                return parties
        return None


# the relations a party to an agreement holds in its own right, stated once for all the parties
_SHARED_BY_PARTIES = frozenset({"statutory_duty", "responsible_for"})
_DISTRIBUTIVE_BEFORE = re.compile(r"(?i)\b(?:(?:each|either)\s+(?:of\s+the\s+)?|(?:both|all)\s+(?:of\s+)?(?:the\s+)?|"
                                  r"the\s+)$")

_KIND_UNCLEAR = frozenset({"subgroup_of", "reports_to", "part_of", "chairs", "vice_chair", "led_by"})


def kind_only(e: Entity) -> bool:
    """A body named only by what kind of group it is ("Theme group", "Trafford Sub-Group" from a table's wrapped
    cell): a description, so the fact's subject or object is unclear."""
    if e.kind != "body":
        return False
    name = re.sub(r"(?i)^the\s+", "", e.name)
    place = placenames.leading_place(name)
    bare = name[len(place) :].strip() if place else name
    if re.sub(r"s$", "", bare.casefold()) in heads().kind_descriptions:
        return True
    # "Mansfield Sub-group", "Halton Sub-group": a place the gazetteer reads at a name's start only when a head it
    # knows follows ("Mansfield Community Safety Partnership"), before a sub-group's kind word, which names no body
    # of a place (a "Bolton Delivery Group" may be the one such group the place has)
    words = name.split()
    return any(placenames.canonical_place(" ".join(words[:k])) is not None and
               (kind := re.sub(r"s$", "", " ".join(words[k:]).casefold())) in heads().kind_descriptions and
               kind.startswith("sub") for k in range(1, min(4, len(words))))


_REMIT = frozenset({"produces", "responsible_for", "oversees", "statutory_duty"})
_PAPER_OBJECT = frozenset({"produces", "oversees", "priority_of"})


def _placeless_post(e: Entity) -> bool:
    """A generic post of no known area and no named organisation: every area has one."""
    return e.kind == "post" and e.area is None and e.scope is None and not re.search(r"\b(?:of|for)\b", e.name)


def _bare_head(name: str) -> bool:
    # one word only: "the Strategic Assessment" or "the Annual Report" a body writes each year is its own paper
    return " " not in name.strip() and name.strip() in heads().publication


def section_qualifier(section: str | None) -> str | None:
    """The qualifier of a section as written ("section 43" -> "s.43", "s. 17" -> "s.17", "Part 4" -> "Part4")."""
    return re.sub(r"(?i)^sections?\s*", "s.", section).replace(" ", "") if section else None


def _trim(text: str, start: int, end: int) -> tuple[int, int]:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return start, end


Rule = Callable[[ExtractionDoc], None]

# Each reading rule declares, beside its code, what a document must hold for it to read anything there: its
# trigger words, as data (`reads("respectively")`), or that it reads every document (`reads()`). `extract` skips
# a rule when the document holds none of its words, so a rule whose first test is for a rare wording costs a
# few substring tests instead of its searches over every sentence. A rule never declared still runs on every
# document (a missing declaration can cost time, never facts); tests/test_extract_dispatch.py checks that every
# rule in `rules()` is declared.
_TRIGGER_WORDS: dict[Rule, frozenset[str] | None] = {}


def reads(*words: str) -> Callable[[Rule], Rule]:
    """Declare the decorated rule's trigger words: strings one of which (in any case) the document must hold for
    the rule to add a fact or touch the resolver. They must be necessary, not merely typical: a document
    without any of them would have given the rule nothing to read. With no words, the rule runs on every
    document. A phrase is tested by its longest word alone: papers wrap a name between its words or space them
    twice ("Police and Crime<newline>Plan"), and a phrase tested whole would skip a rule that had something to read."""
    declared = frozenset(max(w.lower().split(), key=len) if w.split() else w.lower() for w in words) or None

    def declare(rule: Rule) -> Rule:
        _TRIGGER_WORDS[rule] = declared
        return rule

    return declare


def trigger_words(rule: Rule) -> frozenset[str] | None:
    """RULE's declared trigger words; None for a rule that runs on every document (or was never declared)."""
    return _TRIGGER_WORDS.get(rule)


def is_declared(rule: Rule) -> bool:
    return rule in _TRIGGER_WORDS


def rules() -> list[Rule]:
    from . import (
        appositions,
        asides,
        attendance,
        chair_is,
        chair_notes,
        clauses,
        commissioning,
        coverage_list,
        decisions,
        fields,
        firstperson,
        funding,
        funding_fields,
        group_refs,
        interests,
        lists,
        locality,
        money_verbs,
        owned,
        owned_area,
        provider_clauses,
        publications,
        remit,
        remit_verbs,
        resolutions,
        respectively,
        rosters,
        seats,
        services,
        speakers,
        statements,
        structure,
        tables,
    )

    return [
        attendance.attendance,
        fields.fields,
        fields.post_fields,
        fields.post_rows,
        fields.register_tables,
        lists.headed_lists,
        rosters.rosters,  # before the prose rules: it claims the lines of its entries
        rosters.group_blocks,
        rosters.role_columns,
        rosters.partner_seat_tables,
        rosters.seat_tables,
        rosters.grouped_members,  # before the prose rules: it claims the lines of its entries
        lists.inline_lists,
        lists.bracketed_priorities,
        lists.made_priorities,
        lists.prose_priorities,
        funding.funding,
        money_verbs.money_verbs,  # after funding: it reads the grant a paragraph has described
        funding_fields.funding_fields,
        publications.owned_in_apposition,  # before the clauses: a paper it names may be a clause's object
        clauses.clauses,
        clauses.member_of_both,
        funding.restated_grants,  # after the clauses: their "funded by" facts name the grant first
        funding.shorter_readings,  # after the clauses: it drops what they read short
        structure.structure,
        locality.locality_groups,
        owned.owned_groups,
        lists.listed_groups_report,  # after every rule that reads sub-groups: it takes up the groups they read
        group_refs.group_refs,
        owned.owned_units,
        owned.named_units,
        owned.command_units,
        owned.executives,
        owned.partnership_tiers,
        services.services,  # after the clauses: the services they could not name
        services.delivery_tables,
        services.provider_of,
        services.money_for_services,
        provider_clauses.provider_clauses,
        services.drop_modifier_objects,
        commissioning.named_providers,  # after the services: the providers their name finder could not read
        clauses.joining_members,
        lists.with_as_members,  # after the clauses: it adds to the members they read
        seats.seated_in_sentence,  # after every reader of members: it seats bodies on the one they listed
        remit.remit,  # after the structure rules: it reads the sub-groups they found
        remit_verbs.remit_by_verb,  # after remit: a remit it read by name is not read again as a phrase
        owned_area.owned_areas,  # after the structure rules: it reads the areas their CSP rule leaves
        owned_area.area_scopes,  # after the rules above: it reads only a body whose area none read
        coverage_list.listed_places,  # after the area rules: a list goes to the body they gave an area
        remit.lead_tables,
        tables.typed_tables,  # after every form-specific table reader: it reads what they left
        remit.work_led_or_commissioned,
        remit.record_boxes,
        interests.declared_memberships,
        resolutions.resolutions,
        publications.publications,
        decisions.decision_notices,
        decisions.cover_sheets,  # after the notices: a notice's frame is theirs
        publications.acronym_named,
        publications.cited_publications,
        publications.quoted_titles,
        publications.titled_then_owned,
        publications.own_papers,
        publications.pronoun_owned,
        publications.kind_papers_made,
        publications.terms_approved,
        publications.owned_versions,
        publications.of_owner,
        publications.policing_plans,  # after every rule that reads a paper's owner: it reads the plans left ownerless
        remit.papers_under,  # after the papers: it reads who produces the one it speaks of
        publications.owners_names_for_kind_papers,  # after every rule that reads a paper's producer
        appositions.appositions,
        appositions.lower_case_posts,
        appositions.signatures,
        lists.delegated_partners,  # after the appositions: it gives the people they read a body to sit on
        respectively.respective_chairs,
        chair_is.chair_is,
        chair_is.role_closes,
        chair_is.post_is,
        chair_is.item_apposed_chairs,
        chair_is.chair_slots,
        chair_is.headed_chair_slots,
        chair_is.item_holders,
        chair_is.marked_chairs,
        chair_is.role_of_verbs,
        chair_notes.chair_notes,  # after every rule that reads a chair: it reads the vice-chair joined to one
        firstperson.first_person,
        asides.also_chair,
        asides.led_initiative,
        asides.holder_named_next,  # after every rule that reads a chair's post
        asides.holders_of_two_posts,  # after every rule that reads a chair's post
        asides.role_holders_named,  # after every rule that reads a chair, a post's or a person's
        asides.with_as_after_chair,  # after every rule that reads a chair
        asides.holders_chair,  # after every rule that reads a chair or a post's holder
        asides.predecessors,  # after every rule that reads a chair: it reads who held that chair before
        asides.successors,
        speakers.speakers,
        speakers.standing_attendees,
        statements.statements,
        appositions.ranks_of_people_read,  # after every rule that reads a person; before the ranks are weighed
        appositions.ranks_within_posts,  # last: it weighs the posts every rule gave a person
        appositions.own_officers,  # after every rule that reads a post: it names the paper's own officers' posts
        appositions.bare_portfolios,  # after every rule that reads a post: it names a bare councillor's post
        appositions.bare_posts_within_qualified,  # and so does this
    ]


# a name that ends in the plural of a post's title names the holders of that post everywhere, not one body
_PLURAL_HOLDERS = re.compile(r"\b(?:Commissioners|Councillors|Constables|Officers|Directors)$")


def define_acronyms(doc: ExtractionDoc) -> None:
    """Read every "Name (ACR)" of the document first, so an acronym used before or far from its definition
    (or in a heading) resolves to the same body."""
    sentences = [span for _, span in doc.prose()]
    for line in doc.layout.lines:
        if "(" not in line.text:
            continue
        # "... and the Northumbria Violence / Reduction Unit (VRU).": a name wrapped onto the line is read whole
        start = next((a for a, b in sentences if a < line.content_start < b), line.content_start)
        for m in doc.mentions(start, line.end):
            if m.acronym and m.kind in ("body", "post", "publication", "initiative", "name"):
                if m.kind == "name":
                    if looks_like_person(m.name.split()):
                        continue  # "Nell Orrin (NO)": a person's initials for the minutes, not a body's acronym
                    if _PLURAL_HOLDERS.search(m.name):
                        continue  # "Police and Crime Commissioners (PCC)": holders of a post in general, no body
                    doc.resolver.body_named(m.name, m.acronym, place=m.place)
                else:
                    doc.resolver.entity(m)


def extract(doc: ExtractionDoc) -> list[Fact]:
    define_acronyms(doc)
    from .structure import chart_owners  # (here: the rule modules import this one)

    chart_owners(doc)  # before the rules: a chart's generic groups take their owner's name wherever written
    for rule in rules():
        words = _TRIGGER_WORDS.get(rule)
        if words is None or doc.holds(words):
            rule(doc)
    doc.facts[:] = gate(doc.facts, doc.text)  # the checks every fact must pass, whatever rule read it
    return doc.facts
