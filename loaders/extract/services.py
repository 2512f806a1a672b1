"""Commissioning and delivery: who buys a service and who provides it, in the sentence forms councils use.

- "X commissions Y to deliver Z" (and "Y is commissioned by X to provide Z"): X commissions Y, Y delivers Z;
- "Z is delivered by Y", "Z, which is provided by Y", "Z is commissioned by X";
- "Y delivers Z", "X commissions Z", where Z is often a service written in lower case ("the appropriate adult
  service"), which no name finder reads as a name.

A service is a named initiative or a noun phrase ending in a service word (service, programme, scheme,
provision ...). A bare "the service" or "this programme" names nothing that can be told apart, so it is dropped.
The trigger relation's generic clause rule, which takes the nearest name, can take a topic that is only a
modifier of the service ("domestic abuse" in "the domestic abuse outreach service"); such a fact is dropped here.
"""

from __future__ import annotations

import re
from functools import cache

from ...graph.model import Entity
from .. import placenames
from ..gazetteer import _yaml
from ..lexicon import heads
from ..mentions import Mention, looks_like_person
from ..money import parse_amount
from ..topics import topic_of
from ..wordstart import word_start
from . import ExtractionDoc, reads
from .clauses import MONEY_HEAD, WORK_ON, item_owner
from .funding import funder_in_context, grant_period, head_words, resolve_party

_HEADS = (r"services?|programmes?|projects?|schemes?|provision|advocacy|treatment|visits|interventions?|hubs?|"
          r"initiatives?|reviews?|outreach|helplines?|contracts?|pathways?|spaces?|training|workshops?|sessions|"
          r"campaigns?|courses?|posts?|pilots?")
_HEAD = re.compile(rf"(?i)(?:{_HEADS})$")
# words a service's name never holds: they end the phrase read backwards from its head
_STOP = frozenset("""the a an its their our his her this these those that which who whom and or but in on at of to
from by with is are was were be been being will would shall should can could may might has have had also currently
now jointly directly as for into across within under over through than such new existing current same other whole
overall following above below wider all any each every some further local""".split())
_PROVIDE = r"(?:deliver(?:s|ed|ing)?|provide[sd]?|providing|run(?:s|ning)?|operate[sd]?|operating)"
# "Z, which is delivered by Y", "Z are currently provided by Y", "Z is delivered jointly with Y"
_PASSIVE = re.compile(r"(?i)(?:,?\s*(?:which|that)\s+)?\b(?:is|are|was|were|will be|is being|are being|"
                     r"has been|have been|had been)\s+"
                      r"(?:currently\s+|now\s+|also\s+|jointly\s+)?(?P<verb>delivered|provided|run|operated|"
                      r"commissioned)\s+(?:jointly\s+)?(?P<prep>by|through|jointly with)\s+(?:the\s+)?")
# "X commissions Y to deliver Z", "X will commission Z", "Y delivers Z"
# "commission and conduct Domestic Homicide Reviews": a second verb joined to the first shares its object
_ACTIVE = re.compile(r"(?i)\b(?P<verb>commission(?:s|ed)?|deliver(?:s|ed)?|provide[sd]?|run[s]?|operate[sd]?)\s+"
                     r"(?:and\s+(?:conduct|carry out|undertake|oversee|manage|monitor|review|publish)(?:s|ed)?\s+)?"
                     r"(?:the\s+|a\s+|an\s+)?")
# "the refuge and outreach service commissioned by the Council": a participle straight after the service word
_REDUCED = re.compile(rf"(?i)\b(?:{_HEADS})(?P<rest>\s+(?P<verb>delivered|provided|run|operated|commissioned)\s+"
                      r"(?:jointly\s+)?(?P<prep>by)\s+(?:the\s+)?)")


# "The Victim Advocacy Service, delivered by Y, attends ...", "Peer mentoring, delivered by Y, £56,000": a
# participle set off by a comma after the service (the comma-less form is _REDUCED)
_COMMA_REDUCED = re.compile(r"(?i)(?<=[\w)])(?P<rest>,\s+(?P<verb>delivered|provided|run|operated)\s+(?:jointly\s+)?"
                            r"(?P<prep>by)\s+(?:the\s+)?)")


class _Rest:
    """A _REDUCED match seen as a _PASSIVE one: it starts at the participle, after the service word."""

    def __init__(self, m: re.Match) -> None:
        self._m = m

    def start(self) -> int:
        return self._m.start("rest")

    def end(self) -> int:
        return self._m.end("rest")

    def group(self, name: str) -> str:
        return self._m.group(name)


# "The Turnaround programme, funded by the MoJ and delivered by the YJS": the second participle of
# two joined by "and" speaks of the service the first follows
_AND_DELIVERED = re.compile(r"(?i)\s+and\s+(?:is\s+|are\s+|was\s+|were\s+)?(?:also\s+)?(?P<verb>delivered|provided|run|"
                            r"operated)\s+(?:jointly\s+)?(?P<prep>by)\s+(?:the\s+)?")
_FIRST_PARTICIPLE = re.compile(r"(?i)(?:,\s*(?:which\s+(?:is|are|was|were|has been)\s+)?|\s+(?:is|are|was|were)\s+)"
                               r"(?:(?:jointly|part-|partly|wholly)\s*)?(?:funded|commissioned|paid for|supported|"
                               r"grant-funded|managed|hosted|overseen)\s+(?:jointly\s+)?by\b")


class _Joined(_Rest):
    """A second participle ("... and delivered by Y") seen as a _PASSIVE match that starts where the first does."""

    def __init__(self, m: re.Match, first: int) -> None:
        super().__init__(m)
        self._first = first

    def start(self) -> int:
        return self._first

    def end(self) -> int:
        return self._m.end()


def _joined_participle(sentence: str, m: re.Match) -> _Joined | None:
    """The "and delivered by" match M read from the first participle it is joined to, when one stands before it in
    the same clause (no other clause or list item between them)."""
    firsts = list(_FIRST_PARTICIPLE.finditer(sentence, max(0, m.start() - 120), m.start()))
    if not firsts:
        return None
    first = firsts[-1]
    if re.search(r"[;:()]|\.\s|\b(?:and|which|who)\b", sentence[first.end() : m.start()]):
        return None  # "funded by A, which also runs B, and delivered by C": the second verb may be B's
    return _Joined(m, first.start())


_TO_PROVIDE = re.compile(rf"(?i)\s*(?:,\s*)?to\s+(?:help\s+)?{_PROVIDE}\s+")
# "Medway Council commissions", "the YJS will deliver", "the Board, which commissions"
_SUBJECT_GAP = re.compile(r"(?i)^\s*(?:\([A-Z][A-Za-z&]{1,10}\)\s*)?(?:,\s*(?:which|who)\s+)?"
                          r"(?:will\s+|also\s+|now\s+|currently\s+|jointly\s+|"
                          r"directly\s+|has\s+|have\s+|had\s+|already\s+|"
                          r"(?:agreed|decided|chosen|continues?|continued)\s+to\s+)*$")
_AGENTS = ("body", "post", "name")


# the words a sentence about services holds; word_start settles most sentences by substring tests (every match
# holds "deliver", "provide", "commission", "run", "operate" or "contract") instead of a case-blind search
_SERVICE_WORDS = word_start(r"(?i)deliver|provide|commission|\bruns?\b|operate|contract")


@reads()
def services(doc: ExtractionDoc) -> None:
    for line, (start, end) in doc.prose():
        sentence = doc.text[start:end]
        if not _SERVICE_WORDS.search(sentence):
            # "the award to Y of £N so that Z can be established", "£N has been allocated to Y for a ... post"
            if "so that" in sentence or ("£" in sentence and " for " in sentence):
                _paid_to_provide(doc, start, end, [m for m in doc.mentions(start, end) if m.kind != "money"])
            continue
        mentions = [m for m in doc.mentions(start, end) if m.kind != "money"]
        for m in _PASSIVE.finditer(sentence):
            _passive(doc, m, start, end, mentions)
        for m in _REDUCED.finditer(sentence):
            found = _service_before(doc, start, start + m.start("rest"), mentions)
            if found is not None and re.search(r"(?i)\b(?:the|a|an|its|their|our|this)\s+$",
                                               doc.text[max(start, found[1] - 8) : found[1]]):
                # only "the Z service commissioned by X": after a quoted or capitalised name the phrase is cut
                _passive(doc, _Rest(m), start, end, mentions)
        for m in _COMMA_REDUCED.finditer(sentence):
            if not _QUOTED_REDUCED.search(sentence, max(0, m.start() - 60), m.end()):
                _passive(doc, _Rest(m), start, end, mentions)
        for m in _QUOTED_REDUCED.finditer(sentence):
            if not _REDUCED.search(sentence, m.start(), m.end()):  # a service word before the verb is read above
                _passive(doc, _Rest(m), start, end, mentions)
        for m in _AND_DELIVERED.finditer(sentence):
            joined = _joined_participle(sentence, m)
            if joined is not None:
                _passive(doc, joined, start, end, mentions)
        doer = None
        for m in _ACTIVE.finditer(sentence):
            owner = item_owner(doc, line) if not sentence[: m.start()].strip(" -•*·\t") else None
            doer = _active(doc, m, start, end, mentions, owner, doer) or doer
            _delivered_through(doc, m, start, end, mentions)
        for m in _RENEW.finditer(sentence):
            _contracts(doc, m, start, end, mentions)
        _paid_to_provide(doc, start, end, mentions)


# "Turning Point (the Council's provider of services for drug and alcohol misuse)", "Phoenix Futures, the
# Borough's commissioned provider of ...": the owner named in the apposition commissions the provider before it
_PROVIDER_OF = re.compile(r"\s*[(,]\s*(?:the|its|their)\s+(?P<owner>(?:[A-Z][\w-]*\s+){0,5}[A-Z][\w-]*)['’]s\s+"
                          r"(?:(?:commissioned|contracted|current|main|lead|specialist|new)\s+)?providers?\s+(?:of|for)\b")


@reads("provider")
def provider_of(doc: ExtractionDoc) -> None:
    for _, (start, end) in doc.prose(holding=frozenset({"provider"})):
        if "provider" not in doc.text[start:end]:
            continue
        mentions = [m for m in doc.mentions(start, end) if m.kind in ("body", "name")]
        for m in mentions:
            said = _PROVIDER_OF.match(doc.text, m.end, end)
            if said is None:
                continue
            owner = _provider_owner(doc, said, mentions)
            provider = _organisation(doc, m) or _one_word_provider(doc, m)
            if owner is not None and provider is not None and provider.kind == "body" and provider.iri != owner.iri:
                doc.add(owner, "commissions", provider, m.start, said.end(), "services:provider_of", 0.8)
                _provided(doc, provider, m.start, said.end(), end)


# where the service after "provider of" ends: the apposition's bracket or comma, or the sentence's end
_PROVIDED_END = re.compile(r"[),;.]|\s(?:who|which|that|was|were|is|are|had|has)\s")


def _provided(doc: ExtractionDoc, provider: Entity, start: int, at: int, end: int) -> None:
    """ "Nacro (the Council's provider of services for people misusing drugs)": the apposition also says what
    the provider delivers, when its words name a service (a service word among them)."""
    stop = _PROVIDED_END.search(doc.text, at, end)
    b = stop.start() if stop else end
    words = [(w.start(), w.end()) for w in _WORD.finditer(doc.text, at, b)]
    if not 2 <= len(words) <= 10 or not any(_HEAD.search(doc.text[a:z]) for a, z in words):
        return
    if doc.text[words[-1][0] : words[-1][1]].lower() in _STOP:
        return
    service = _phrase(doc, words)
    if service is not None:
        doc.add(provider, "delivers", service, start, words[-1][1], "services:provider_of", 0.8)


def _one_word_provider(doc: ExtractionDoc, m: Mention) -> Entity | None:
    """ "Nacro (the Council's provider of ...)": the apposition makes a one-word name an organisation's."""
    if m.kind != "name" or " " in m.name or m.head == "acronym" or doc.resolver.known_person(m.name) is not None:
        return None
    if placenames.is_place(m.name) or m.name in heads().body:
        return None
    return doc.resolver.body_named(m.name)


def _provider_owner(doc: ExtractionDoc, said: re.Match, mentions: list[Mention]) -> Entity | None:
    """Whose provider: "the Council's" in a council's paper is that council, else the body named there."""
    word = said.group("owner")
    if re.fullmatch(r"(?:County |City |Borough |District )?Council", word):
        return doc.resolver.council
    if " " not in word:
        e = doc.resolver.reference(word, said.start("owner"))  # "the Partnership's": the one the paper means
        return e if e is not None and e.kind == "body" else None
    named = next((x for x in mentions if x.start == said.start("owner") and x.kind == "body"), None)
    e = doc.resolver.entity(named) if named is not None else None
    return e if e is not None and e.kind == "body" else None


# "Project | Delivered by | 2023/24", "Recipient | Purpose | Amount": the provider column and the column naming
# what it provides; a project column names a service whatever its words, a purpose only when it ends in one
# heads that say who does the work, before heads that say who gets the money: "Recipient | Project / purpose |
# Delivered by" pays a council that passes the grant to the organisation in its "Delivered by" cell
_DELIVERER_COLUMNS = frozenset({"delivered by", "provider", "providers", "delivery partner", "lead provider",
                                "provided by", "delivering organisation"})
_RECEIVER_COLUMNS = frozenset({"recipient", "organisation", "grant recipient"})
_PROVIDER_COLUMNS = _DELIVERER_COLUMNS | _RECEIVER_COLUMNS
_PROJECT_COLUMNS = frozenset({"project", "projects", "service", "services", "scheme", "programme", "initiative",
                              "intervention", "service funded", "project/service"})
_PURPOSE_COLUMNS = frozenset({"purpose", "funded for", "use of grant", "activity"})
_PURPOSE_HEAD = re.compile(rf"(?i)\b(?:{_HEADS}|support)$")


@cache
def _delivering_columns() -> frozenset[str]:
    """Heads that name a project's deliverer beside a project column ("Lead organisation"), from tables.yaml."""
    return frozenset(h.casefold() for h in _yaml("tables.yaml")["delivering"])


@reads()
def delivery_tables(doc: ExtractionDoc) -> None:
    for table in doc.layout.tables:
        header = list(table.header)
        provider = _provider_column(header)
        # (a head named for two things, "Project / purpose", is a project's by either)
        project = next((i for i, h in enumerate(header) if head_words(h.strip()) & (_PROJECT_COLUMNS |
                                                                                     _PURPOSE_COLUMNS)), None)
        if provider is None or project is None or provider == project:
            continue
        named_for = head_words(header[project].strip())
        loose = bool(named_for & _PROJECT_COLUMNS)
        receiver = _receiver_beside(header, provider, project)
        for row in table.body_rows():
            if len(row.cells) != len(header):
                continue
            if receiver is not None and _project_receiver(doc, row, receiver, provider):
                # "Recipient | Purpose | Delivered by": money granted to a project, which the deliverer runs
                _delivery_row(doc, row, provider, receiver, True)
                continue
            if named_for & _PURPOSE_COLUMNS and _NO_WORK.search(doc.text, *row.cells[project]):
                continue  # "Project / purpose": "Core partnership grant", money passed on, is no project
            _delivery_row(doc, row, provider, project, loose)


def _receiver_beside(header: list[str], provider: int, project: int) -> int | None:
    """The recipient column of a table whose deliverer has a column of its own, else none."""
    if not head_words(header[provider].strip()) & _DELIVERER_COLUMNS:
        return None
    found = next((i for i, h in enumerate(header) if head_words(h.strip()) & _RECEIVER_COLUMNS), None)
    return found if found not in (None, provider, project) else None


def _project_receiver(doc: ExtractionDoc, row, receiver: int, provider: int) -> bool:
    """The row's recipient is a project, not an organisation: its cell is one name that is no body's
    ("Seaview Youth Outreach Project", "Harbour Safe Spaces") and not the deliverer's own."""
    a, b = row.cells[receiver]
    pa, pb = row.cells[provider]
    if " ".join(doc.text[a:b].split()).casefold() == " ".join(doc.text[pa:pb].split()).casefold():
        return False  # "Kelby Youth Project | ... | Kelby Youth Project": the recipient delivers its own work
    named = list(doc.mentions(a, b))
    return len(named) == 1 and named[0].kind in ("initiative", "name", "post") and \
        named[0].start <= a + 1 and named[0].end >= b - 1 and len(named[0].name.split()) >= 2 and \
        doc.resolver.known_person(named[0].name) is None


def _provider_column(header: list[str]) -> int | None:
    """The column of who delivers each row: one headed for the work ("Delivered by", "Lead provider") before one
    headed for the money ("Recipient"); a head named for two things ("Lead / provider") is a provider's by either."""
    for wanted in (_DELIVERER_COLUMNS, _RECEIVER_COLUMNS):
        found = next((i for i, h in enumerate(header) if head_words(h.strip()) & wanted), None)
        if found is not None:
            return found
    return next((i for i, h in enumerate(header) if h.strip() in _delivering_columns()), None)


# "Refuge support, Morpeth (6 units)", "Safe haven (Friday and Saturday nights)": a note of size or timing closing
# the cell, no word of the project's name
_NOTE_TAIL = re.compile(r"\s*\([^()]*\)\s*$")


def _project_names(cell: str, who: Entity) -> tuple[str, str, str]:
    """The names a project cell gives its project: without the deliverer written before a dash ("Tyne Street
    Pastors - weekend patrols" is the patrols) and without a closing note; the words before its first comma
    first ("Refuge support"), then the place the comma adds ("Refuge support, Morpeth"), then the cell whole."""
    said = re.match(rf"(?i){re.escape(who.name)}\s+[-–—]\s+(?=\w)", cell)
    if said is not None:
        cell = cell[said.end() :]
    cell = cell.rstrip("*†‡ ")  # a footnote's mark
    bare = _NOTE_TAIL.sub("", cell) or cell
    # "Independent advisers (3 FTE) at the hospital": a note inside the cell ends the name's first form
    first = re.split(r"\s\(|,", bare)[0].strip() or bare
    return first[0].upper() + first[1:], bare[0].upper() + bare[1:], cell[0].upper() + cell[1:]


def _delivery_row(doc: ExtractionDoc, row, provider: int, project: int, loose: bool) -> None:
    a, b = row.cells[project]
    cell = " ".join(doc.text[a:b].split())
    if not cell or re.match(r"(?i)(?:sub-?)?total\b", cell):
        return
    pa, pb = row.cells[provider]
    # "Kent Police / Kent Fire and Rescue Service": each organisation the cell names leads the project
    providers = [e for m in doc.mentions(pa, pb) if (e := _organisation(doc, m)) is not None and e.kind == "body"]
    if len(providers) > 1 and not _SEVERAL.search(doc.text, pa, pb):
        providers = providers[:1]  # one organisation, with its team or a detail named after it
    for who in dict.fromkeys(providers or _named_provider(doc, pa, pb)):
        _delivers_row(doc, row, who, a, cell, loose)


def _named_provider(doc: ExtractionDoc, a: int, b: int) -> list[Entity]:
    """A provider's cell that is one name the mention finder took for a project's or a person's ("Kelby Youth
    Project", "Fulham Boxing Club"): in the column of who delivers, a name of two words or more is an
    organisation's, unless the paper names a person so."""
    whole = [m for m in doc.mentions(a, b) if m.start <= a + 1 and m.end >= b - 1]
    if len(whole) != 1 or whole[0].kind not in ("initiative", "name") or len(whole[0].name.split()) < 2 or \
            doc.resolver.known_person(whole[0].name) is not None or not whole[0].name[:1].isupper():
        return []
    return [doc.resolver.body_named(whole[0].name, whole[0].acronym, place=whole[0].place)]


# the marks that set two organisations side by side in one cell ("and" and "&" join words inside one name too)
_SEVERAL = re.compile(r"\s/\s|;")


def _delivers_row(doc: ExtractionDoc, row, who: Entity, a: int, cell: str, loose: bool) -> None:
    names = _project_names(cell, who)
    what = names[0]
    if not loose and _PARTNERSHIP_WORDS.search(who.name):
        # a council's or partnership's grant is its share to spend through others, even where the purpose ends in
        # a service word ("Rural outreach and IDVA service"): the council pays for the service, others deliver it
        return
    if not (loose or _PURPOSE_HEAD.search(what)):
        if not _grant_purpose(doc, row, who, cell):
            return
        # "youth diversion, north Bristol": the purpose as the table words it, place and all
        what = names[1]
    service = doc.resolver.thing("initiative", Mention(a, a + len(what), "initiative", what))
    # "Navigator programme, Barnsley", "Refuge support, Morpeth (6 units)" name it too
    doc.resolver.remember(service, *dict.fromkeys(n for n in names if n != what))
    doc.add(who, "delivers", service, row.start, row.end, "service:table", 0.85)


# a purpose that is no piece of work a provider does: money passed on to a partnership's own priorities, a duty
_NO_WORK = re.compile(r"(?i)\b(?:fund|funding|grant|priorities|duty|allocation|contribution|costs?|budget|core|"
                      r"share)\b")
_PARTNERSHIP_WORDS = re.compile(r"(?i)\b(?:partnership|CSP|board|panel|forum|network|group|youth justice|"
                                r"youth offending|council)\b")
_AMOUNT = re.compile(r"£\s?\d")
# "Volunteer co-ordination and": a cell whose words go on in the next line's cell, which the table lost
_CUT_CELL = re.compile(r"(?i)(?:\b(?:and|or|of|for|to|in|with|the|a)|[,/&(-])$")


def _grant_purpose(doc: ExtractionDoc, row, who: Entity, cell: str) -> bool:
    """A grant table's row ("Recipient | Purpose | Amount"): the recipient, a provider, delivers the purpose the table
    gives it in a few plain words. A partnership's or a council's grant is its share to spend (on "ASB hotspot
    patrols, mediation") through others, and a purpose that names a fund or priorities is no service."""
    if not _AMOUNT.search(doc.text, row.start, row.end) or not 1 <= len(cell.split()) <= 9:
        return False
    if _NO_WORK.search(cell) or not re.search(r"[a-z]", cell) or _CUT_CELL.search(cell):
        return False
    pa, pb = row.cells[0][0], row.cells[-1][1]
    return not _PARTNERSHIP_WORDS.search(who.name) and not any(
        m.kind == "body" and _PARTNERSHIP_WORDS.search(m.name) for m in doc.mentions(pa, pb))


# "£10,000 to deliver a perpetrator scheme", "St Giles Trust. £38,000 to provide a crisis intervention service"
_MONEY_TO = re.compile(r"£\s?\d[\d,]*(?:\.\d+)?\s?(?:k|m|million)?(?:\s+(?:for|in|per|a|each)\s+[\w/ -]{0,25}?)?"
                       r"\s+to\s+(?:help\s+)?(?:deliver|provide|run|fund)\s+", re.I)


_POUND = frozenset({"£"})  # in every amount _MONEY_TO reads


@reads(*_POUND)
def money_for_services(doc: ExtractionDoc) -> None:
    """An amount "to deliver" a service: the grant's receiver delivers it; with no receiver named, in a funder's own
    paper, the service is what the funder's money is for."""
    funder = None
    for _, (start, end) in doc.prose(holding=_POUND):
        for m in _MONEY_TO.finditer(doc.text, start, end):
            mentions = [x for x in doc.mentions(start, end) if x.kind != "money"]
            found = _service_after(doc, m.end(), end, mentions)
            if found is None and _opens_item(doc, m.start()):
                found = _purpose_after(doc, m.end(), end)
            if found is None or found[0].kind == "body":
                continue
            amount = _amount_at(doc, m.start(), end)
            grant = next((f for f in doc.facts if f.relation == "funds" and f.amount == amount and
                          f.start <= m.start() < f.end), None)
            if grant is not None:
                if grant.object.kind == "body":  # "Y. £N to provide Z": Y is paid to provide Z
                    doc.add(grant.object, "delivers", found[0], grant.start, found[1], "service:money_to", 0.85)
                continue
            if any(x.end <= m.start() and x.kind in _AGENTS for x in mentions):
                continue  # a name before the amount may be its giver or receiver: not this form
            funder = funder or funder_in_context(doc)
            if funder is not None:
                doc.add(funder, "funds", found[0], m.start(), found[1], "service:money_to", 0.85, amount=amount,
                        period=grant_period(doc.text[m.start() : m.end()]))


def _opens_item(doc: ExtractionDoc, at: int) -> bool:
    """The amount at AT opens its line or list item ("b)  £10,000 to deliver ..."): an itemised allocation."""
    line_start = doc.text.rfind("\n", 0, at) + 1
    return bool(re.fullmatch(r"\s*(?:[-•*·]|\(?[a-z0-9]{1,3}[.)])?\s*(?:[Aa] total of\s+)?", doc.text[line_start:at]))


# where the words saying what the money is for stop: a clause of its own begins
_PURPOSE_STOP = re.compile(r"[,.;:(]|\s(?:so that|so as|before|after|until|who|which|that|where|while|in order|"
                           r"when|because|as part of)\s")


def _purpose_after(doc: ExtractionDoc, pos: int, end: int) -> tuple[Entity, int] | None:
    """What an itemised amount delivers when no service word ends it ("£6,000 to deliver help for survivors of
    stalking until ..."): the words up to the next clause, two to twelve of them."""
    text = doc.text
    lead = re.match(r"(?i)\s*(?:(?:the|a|an|its|their|our)\s+)?(?:new\s+)?", text[pos:end])
    at = pos + lead.end()
    stop = _PURPOSE_STOP.search(text, at, end)
    b = stop.start() if stop else end
    phrase = " ".join(text[at:b].split())
    if not 2 <= len(phrase.split()) <= 12 or phrase.split()[-1].lower() in _STOP:
        return None
    thing = doc.resolver.thing("initiative", Mention(at, b, "initiative", phrase[0].upper() + phrase[1:]))
    return doc.resolver.remember(thing, phrase), b


def _amount_at(doc: ExtractionDoc, at: int, end: int):
    money = next((x for x in doc.mentions(at, end) if x.kind == "money" and x.start == at), None)
    try:
        return parse_amount(money.name) if money is not None else None
    except ValueError:
        return None


@reads()
def drop_modifier_objects(doc: ExtractionDoc) -> None:
    """Drop a clause's delivers/commissions fact that this module read better in the same words: in "the domestic
    abuse outreach service is delivered by Y", Y delivers the service, not the topic domestic abuse; in "the Z
    service at the Civic Centre, which is run by Y", Y runs the service, not the centre. "The governance of the
    Z Service is provided by the Board" says who oversees Z, not who delivers it."""
    read = [f for f in doc.facts if f.rule.startswith("service:")]
    keep = []
    for f in doc.facts:
        if f.rule in ("clause:delivers", "clause:commissions") and f.object is not None and (
                _GOVERNANCE_OF.search(doc.text[max(0, f.start - 40) : f.start]) or _modifier(doc, f) or
                any(g.relation == f.relation and g.subject.iri == f.subject.iri and g.object.iri != f.object.iri
                    and g.start < f.end and f.start < g.end and (_inside(doc, f.object.name, g) or
                                                                 _longer(f.object.name, g.object.name))
                    for g in read) or
                # "A commissions the Z service, delivered by Y", "... to B, and £N funds the Z scheme delivered by
                # Y": this module read the service before the same "by Y" the clause rule did, which took some
                # other name further back (a commissioner, the tail of an earlier provider's name)
                (f.relation == "delivers" and any(
                    g.relation == "delivers" and g.subject.iri == f.subject.iri and g.end == f.end and
                    g.start > f.start and g.object.iri != f.object.iri for g in read)) or
                # "commissioned Y to ..., and commissioned Z from W": Z was bought from W, and the one who bought
                # it commissions W (as in "commissions W to deliver Z")
                any(g.rule == "service:bought_from" and g.relation == "delivers" and
                    g.object.name.casefold() == f.object.name.casefold() for g in read)):
            continue
        keep.append(f)
    doc.facts[:] = keep


def _longer(name: str, service: str) -> bool:
    """ "the Community Fund for the Bright Futures project": a clause's object running on past where the service this
    module read begins, over the fund it is paid from."""
    return len(service.split()) >= 2 and name.casefold().endswith(" " + service.casefold())


_GOVERNANCE_OF = re.compile(r"(?i)\b(?:governance|oversight|leadership|scrutiny|chairing|management|direction|"
                            r"accountability) (?:of|for) (?:the )?$")


# "knife crime workshops were delivered by Y", "Y delivers knife crime workshops": the topic names the workshops
_MODIFIED = re.compile(rf"(?i)\b(?:{_HEADS})\s+(?:is|are|was|were|will be|has been|have been|had been)\s+"
                       rf"(?:\w+\s+)?(?:delivered|provided|run|operated|commissioned)\b")


def _modifier(doc: ExtractionDoc, fact) -> bool:
    """Whether the topic a clause fact delivers is only a word describing a service named beside it."""
    if fact.object.kind != "topic":
        return False
    first = next(iter(doc.mentions(fact.start, fact.end)), None)
    # "ASB mediation, delivered by Y": the topic opens the phrase of the work delivered, a noun after it
    described = first is not None and first.kind == "topic" and first.start == fact.start and \
        _WORK_NOUNS.match(doc.text[first.end : fact.end].split(",")[0] + ",") is not None
    return bool(_MODIFIED.search(doc.text[fact.start : fact.end]) or described or
                re.match(rf"(?i)\s*(?:{_HEADS})\b", doc.text[fact.end : fact.end + 30]))


def _inside(doc: ExtractionDoc, name: str, fact) -> bool:
    """Whether NAME is part of FACT's service phrase or named after it in its quote (a place it is run at)."""
    quote, service = doc.text[fact.start : fact.end].casefold(), fact.object.name.casefold()
    if name.casefold() in service:
        return True
    at = quote.rfind(service)
    return at >= 0 and name.casefold() in quote[at + len(service) :]


def _passive(doc: ExtractionDoc, m: re.Match, start: int, end: int, mentions: list[Mention]) -> None:
    at, after = start + m.start(), start + m.end()
    agent = _mention_at(mentions, after) or _the_council(doc, after, end) or next(
        (x for x in mentions if x.start == after and x.kind == "initiative" and x.name.endswith(" Project")), None)
    if agent is not None and agent.possessive:
        # "delivered by the Council's Housing Options team": the team the possessive names does the work
        agent = _possessed_unit(doc, agent, end, mentions)
    if agent is None:
        return
    relation = "commissions" if m.group("verb").lower() == "commissioned" else "delivers"
    who = agent.extra.get("entity") or (_organisation(doc, agent) if agent.kind == "name" else
                                        resolve_party(doc, agent, _AGENTS if relation == "commissions" else ("body",)))
    if who is None and agent.kind == "initiative" and agent.name.endswith("Project") and len(agent.name.split()) >= 2:
        who = doc.resolver.body_named(agent.name)  # "delivered by Bedford Youth Mentoring Project": a charity's name
    before = _service_before(doc, start, at, mentions)
    if before is None and relation == "delivers":
        before = _opening_phrase(doc, start, at, mentions) or _labelled_amount(doc, start, at)
    if who is None or before is None:
        return
    service, begin = before
    if WORK_ON.search(doc.text[max(start, begin - 40) : begin]):
        return  # "an analysis of the reviews was commissioned by X": the analysis is what X commissioned
    if relation == "commissions" and service.kind != "body" and who.kind in ("body", "post") and \
            _bought_from(doc, who, service, begin, agent.end, end, mentions):
        return
    if relation == "commissions":
        # "Y is commissioned by X to provide Z": X buys from Y, and Y provides Z
        doc.add(who, "commissions", service, begin, agent.end, "service:commissioned", 0.85)
        provided = _TO_PROVIDE.match(doc.text, agent.end, end)
        if provided and service.kind == "body":
            thing = _service_after(doc, agent.end + provided.end() - provided.start(), end, mentions)
            if thing is not None:
                doc.add(service, "delivers", _as_service(doc, thing[0]) if thing[0].kind == "body" else thing[0],
                        begin, thing[1], "service:commissioned", 0.85)
        return
    if placenames.known_body_name(service.name) is not None:
        return  # "the Fire and Rescue Service is run by the Fire Authority": an organisation governed, no service
    if relation == "delivers" and MONEY_HEAD.search(service.name):
        return  # "the Safer Streets Fund pilot was delivered by X": a fund pays, it is not delivered (clauses.py)
    if service.kind == "body":
        service = _as_service(doc, service)
        if service is None:
            return  # "the Council is run by ...": a body, not a service
    titled = _TITLED_KIND.fullmatch(service.name)
    if titled is not None:
        service = doc.resolver.remember(service, titled.group("title"))  # "the Teachable Moments project": its title
    doc.add(who, relation, service, begin, agent.end, f"service:{relation}", 0.85)


def _active(doc: ExtractionDoc, m: re.Match, start: int, end: int, mentions: list[Mention],
            owner: Entity | None = None, earlier: Entity | None = None) -> Entity | None:
    """OWNER: the body whose list this line is an item of ("The Board will: - commission ..."), when the verb opens
    the item; EARLIER: the one who did the sentence's verb before, who does a verb joined to it ("X commissioned Y
    to ..., and commissioned Z from W"). Returns who does this verb."""
    verb_at, after = start + m.start(), start + m.end()
    doer = owner or _subject_before(doc, start, verb_at, mentions)
    if doer is None and earlier is not None and _JOINED_VERB.search(doc.text, start, verb_at):
        doer = earlier
    if doer is None:
        return None
    _active_as(doc, m, doer, verb_at, after, end, mentions)
    return doer


# ", and commissioned": a verb joined to the one before shares its subject
_JOINED_VERB = re.compile(r"(?i),?\s+and\s+(?:also\s+|then\s+)?$")


def _active_as(doc: ExtractionDoc, m: re.Match, doer: Entity, verb_at: int, after: int, end: int,
               mentions: list[Mention]) -> None:
    commissioning = m.group("verb").lower().startswith("commission")
    if commissioning:
        provider = _mention_at(mentions, after)
        provided = _TO_PROVIDE.match(doc.text, provider.end, end) if provider is not None else None
        if provider is not None and provided:
            # "X commissions Y to deliver Z": Y is bought to provide Z
            body = _organisation(doc, provider)
            thing = _service_after(doc, provider.end + provided.end() - provided.start(), end, mentions)
            if body is not None and body.kind == "body":
                doc.add(doer, "commissions", body, verb_at, provider.end, "service:commissions", 0.85)
                if thing is not None:
                    doc.add(body, "delivers", _as_service(doc, thing[0]) if thing[0].kind == "body" else thing[0],
                            provider.start, thing[1], "service:commissions", 0.85)
            return
    found = _service_after(doc, after, end, mentions)
    relation = "commissions" if commissioning else "delivers"
    if found is None or (relation == "delivers" and doer.kind != "body"):
        return
    thing = _as_service(doc, found[0]) if found[0].kind == "body" else found[0]
    if thing is None:
        return
    if commissioning and _bought_from(doc, doer, thing, verb_at, found[1], end, mentions):
        return
    stop, partners = found[1], [doer]
    joint = _JOINTLY.match(doc.text, found[1], end)
    partner = _mention_at(mentions, joint.end()) if joint else None
    if relation == "commissions" and partner is not None:
        # "X commissions Z jointly with Y": both buy the service; Y is not what is bought
        other = resolve_party(doc, partner, _AGENTS)
        if other is not None and other.kind in ("body", "post"):
            partners.append(other)
            stop = partner.end
    for who in partners:
        doc.add(who, relation, thing, verb_at, stop, f"service:{relation}", 0.85)


# "commissioned the Mediation Service from Y", "is commissioned by X from Y": the one it is bought from provides it
_FROM = re.compile(r"(?i)\s+from\s+(?:the\s+)?")


_MONEY_SOURCE = re.compile(r"(?i)['’]?s?\s+(?:grants?|funds?|funding|budgets?|allocations?|monies|money|underspend)\b")


def _bought_from(doc: ExtractionDoc, buyer: Entity, thing: Entity, quote_start: int, at: int, end: int,
                 mentions: list[Mention]) -> bool:
    """Whether the service bought at AT is bought from a named provider: the buyer commissions the provider, the
    provider delivers the service."""
    said = _FROM.match(doc.text, at, end)
    provider_at = _mention_at(mentions, said.end()) if said is not None else None
    provider = None
    if provider_at is not None and _MONEY_SOURCE.match(doc.text, provider_at.end, end):
        return False  # "commissioned by the Council from the Home Office grant": where the money came from
    if provider_at is not None and provider_at.kind in ("body", "name"):
        # one a service is bought from is an organisation, whatever its name's shape ("Changing Lives")
        provider = _organisation(doc, provider_at) or _one_word_provider(doc, provider_at) or (
            doc.resolver.body_named(provider_at.name) if provider_at.kind == "name" and provider_at.head != "acronym"
            and doc.resolver.known_person(provider_at.name) is None else None)
    if provider is None or provider.kind != "body" or provider.iri == buyer.iri:
        return False
    doc.add(buyer, "commissions", provider, quote_start, provider_at.end, "service:bought_from", 0.85)
    doc.add(provider, "delivers", thing, quote_start, provider_at.end, "service:bought_from", 0.85)
    return True


_THROUGH = re.compile(r"(?i)\s+(?:through|via)\s+(?:the\s+)?")


def _delivered_through(doc: ExtractionDoc, m: re.Match, start: int, end: int, mentions: list[Mention]) -> None:
    """ "to deliver perpetrator programmes through Safer Lives": the organisation after "through" provides the
    service, whoever arranged it."""
    if m.group("verb").lower().startswith("commission"):
        return
    found = _service_after(doc, start + m.end(), end, mentions)
    through = _THROUGH.match(doc.text, found[1], end) if found is not None else None
    provider = _mention_at(mentions, through.end()) if through is not None else None
    if provider is None or provider.kind not in ("body", "name") or provider.start < through.end() - 1:
        return
    body = _organisation(doc, provider) or _one_word_provider(doc, provider)
    thing = _as_service(doc, found[0]) if found[0].kind == "body" else found[0]
    if body is not None and body.kind == "body" and thing is not None:
        doc.add(body, "delivers", thing, start + m.start(), provider.end, "service:delivered_through", 0.8)


# "The Council funds Y to provide Z", "commissioned Y to deliver Z", "awarded £20,000 to Y to run Z": the one paid
# "Approve the award to Y of a grant of £N so that Z can be established": a decision notice's wording
_PAID_BEFORE = re.compile(r"(?i)(?:\b(?:funds?|funded|funding|commissions?|commissioned|commissioning|contracts?|"
                          r"contracted|awards?|awarded|grants?|granted)\s+|£\s?\d[\d,.]*\s?(?:k|m|million)?\s+"
                          r"(?:[a-z/]+\s+){0,3}?to\s+|\b(?:award|grant|allocation)s?\s+to\s+)(?:the\s+)?$")
# "of a grant of £177,375", "of 3 grants worth £30,000 each": the amount between the one paid and what it is for
_AMOUNT_GAP = re.compile(r"(?i)\s+of\s+(?:(?:a|an|one|two|three|\d+)\s+(?:[a-z]+\s+)?grants?\s+(?:of|worth)\s+)?"
                         r"£\s?\d[\d,.]*\s?(?:k|m|million)?(?:\s+each)?,?")
# "so that an enhanced Divert Programme can be established": the service the money sets up
_SO_THAT = re.compile(r"(?i)\s*,?\s*so\s+that\s+")
_CAN_BE = re.compile(r"(?i)\s+(?:can|could|will|may)\s+be\s+(?:set\s+up|established|delivered|run|expanded|extended|"
                     r"launched|rolled\s+out)\b")
# "Y is funded by X to run Z", "Y has been commissioned by the Council to provide Z": the one paid opens the clause
_PAID_AFTER = re.compile(r"(?i)\s+(?:is|are|was|were|has\s+been|have\s+been|will\s+be)\s+(?:also\s+)?"
                         r"(?:funded|grant[- ]funded|commissioned|contracted)\s+by\s+(?:the\s+)?")


# "awarded £64,000 to Y for the ... project", "funds Y (£14,500) for ... patrols": the service the grant pays Y for
# ("£60,000 to Y for a naloxone scheme", "for an IDVA post": what the money is for, a purpose; no service named)
_FOR_SERVICE = re.compile(r"(?i)\s*(?:\(\s*£[^)]{1,20}\)\s*)?,?\s*for\s+(?=the\s+|[\"“‘])")
_BRACKET_AMOUNT = re.compile(r"\s*\(\s*£")


def _paid_to_provide(doc: ExtractionDoc, start: int, end: int, mentions: list[Mention]) -> None:
    """ "X funds Y to provide Z", "Y is funded by X to run Z": Y, paid for it, delivers Z."""
    for m in mentions:
        if m.kind not in ("body", "name"):
            continue
        if _PAID_BEFORE.search(doc.text, max(start, m.start - 40), m.start):
            at = m.end
        else:
            paid = _PAID_AFTER.match(doc.text, m.end, end)
            payer = _mention_at(mentions, paid.end()) if paid is not None else None
            if payer is None or payer.kind not in ("body", "name"):
                continue
            at = payer.end
        gap = _AMOUNT_GAP.match(doc.text, at, end)
        at = gap.end() if gap is not None else at
        provided = _TO_PROVIDE.match(doc.text, at, end)
        if provided is None and (gap is not None or "£" in doc.text[max(start, m.start - 40) : m.start] or
                                 _BRACKET_AMOUNT.match(doc.text, at, end)):
            provided = _FOR_SERVICE.match(doc.text, at, end)  # "£N to Y for a ... programme": what Y is paid for
        found = _service_after(doc, provided.end(), end, mentions) if provided is not None else None
        if found is not None and provided is not None and provided.re is _FOR_SERVICE and \
                re.match(r"\s+[A-Z]", doc.text[found[1] : end]):
            found = None  # "£N to the Council for the Youth Outreach Team": a team's name goes on; no service
        so_that = _SO_THAT.match(doc.text, at, end) if provided is None else None
        if so_that is not None:
            found = _service_after(doc, so_that.end(), end, mentions)
            if found is not None and not _CAN_BE.match(doc.text, found[1], end):
                found = None  # "so that the programme's reach grows": not the service the money sets up
        if found is None or found[0].kind == "body" and _as_service(doc, found[0]) is None:
            continue
        # one paid to run a service is an organisation, whatever its name's shape ("Next Link", "Advance Minerva")
        provider = _organisation(doc, m) or _one_word_provider(doc, m) or (
            doc.resolver.body_named(m.name) if m.kind == "name" and m.head != "acronym" else None)
        if provider is None or provider.kind != "body":
            continue
        thing = _as_service(doc, found[0]) if found[0].kind == "body" else found[0]
        doc.add(provider, "delivers", thing, m.start, found[1], "service:paid_to_provide", 0.85)


_JOINTLY = re.compile(r"(?i)\s+(?:jointly|together|in partnership)\s+with\s+(?:the\s+)?")
# "The Board will renew its contract with A, B and C", "the Commissioner agreed to extend the contracts of A and B"
_RENEW = re.compile(r"(?i)\b(?:renew(?:s|ed|ing)?|extend(?:s|ed|ing)?|award(?:s|ed|ing)?)\s+(?:the\s+|its\s+|their\s+)?"
                    r"contracts?\s+(?:of|with|to)\s+(?:the\s+)?(?:[a-z ]{0,30}?\b(?:including|namely|such as)\s+)?")
_LIST_GAP = re.compile(r"^\s*(?:,|,?\s+and|,?\s+&)\s*(?:the\s+)?$")


def _contracts(doc: ExtractionDoc, m: re.Match, start: int, end: int, mentions: list[Mention]) -> None:
    verb_at, after = start + m.start(), start + m.end()
    buyer = _subject_before(doc, start, verb_at, mentions)
    if buyer is None:
        return
    named = [x for x in mentions if x.start >= after - 1]
    held: list[Mention] = []
    for x in named:
        if held and not _LIST_GAP.match(doc.text[held[-1].end : x.start]):
            break
        if not held and x.start > after + 1:
            break
        held.append(x)
    for x in held:
        provider = _organisation(doc, x)
        if provider is not None and provider.kind == "body":
            doc.add(buyer, "commissions", provider, verb_at, held[-1].end, "service:contracts", 0.85)


# a service's capitalised title, then the kind of work it is in lower case: "Bright Futures project"
_TITLED_KIND = re.compile(r"(?P<title>[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*)+)\s+(?:project|programme|scheme|pilot|"
                          r"initiative|service)")


def _as_service(doc: ExtractionDoc, named: Entity) -> Entity | None:
    """A name read as a body that ends in a service word ("the Sandwell IDVA Service") is the service delivered."""
    if not _HEAD.search(named.name):
        return None
    return doc.resolver.thing("initiative", Mention(0, 0, "initiative", named.name))


def _the_council(doc: ExtractionDoc, at: int, end: int) -> Mention | None:
    """ "delivered by the council" in a council's own paper: that council (a name finder reads no lower-case name)."""
    said = re.match(r"(?:county |city |borough |district )?council\b", doc.text[at:end])
    council = doc.resolver.council
    if said is None or council is None:
        return None
    return Mention(at, at + said.end(), "body", council.name, extra={"entity": council})


# a unit written in lower case after its organisation's possessive: "the Council's housing needs team"
_UNIT_AFTER = re.compile(r"['’]s?\s+(?P<unit>(?:[a-z][\w-]*\s+){1,4}(?:team|unit|service))\b")


def _possessed_unit(doc: ExtractionDoc, owner: Mention, end: int, mentions: list[Mention]) -> Mention | None:
    """The body an organisation's possessive names ("the Council's Building and Facilities team"), as a mention:
    the possessive's own mention where the name is capitalised, else its owner's name before the unit's words
    ("the Council's housing needs team" of Northdale Borough Council); the owner itself when the possessive
    names no unit ("the Council's own staff")."""
    named = next((x for x in mentions if x.kind == "body" and (o := x.extra.get("owner")) is not None and
                  o.start == owner.start), None)
    if named is not None:
        return named
    unit = _UNIT_AFTER.match(doc.text, owner.end, end)
    who = resolve_party(doc, owner, ("body",)) if unit is not None else None
    if unit is None or who is None or who.kind != "body":
        return owner
    team = doc.resolver.remember(Entity("body", f"{who.name} {unit.group('unit')}"), unit.group("unit"))
    return Mention(owner.start, owner.end + unit.end("unit") - unit.start(), "body", team.name,
                   extra={"entity": team})


def _organisation(doc: ExtractionDoc, m: Mention) -> Entity | None:
    """The body a provider's name stands for; a name that reads as a person's ("Priya Nandakumar") is none."""
    tokens = m.name.split()
    if m.kind == "name" and looks_like_person(tokens) and tokens[-1] not in heads().body and \
            not any(t.endswith(("'s", "’s")) for t in tokens):
        return None  # "Black Country Women's Aid" and "Kestrel Trust" are organisations all the same
    return resolve_party(doc, m, ("body", "name"))


def _mention_at(mentions: list[Mention], pos: int) -> Mention | None:
    return next((x for x in mentions if pos - 1 <= x.start <= pos + 1 and x.kind in ("body", "post", "name")), None)


def _subject_before(doc: ExtractionDoc, start: int, at: int, mentions: list[Mention]) -> Entity | None:
    """The body or post named just before the verb ("Medway Council commissions", "the YJS will deliver")."""
    before = [x for x in mentions if x.end <= at and x.kind in _AGENTS]
    if not before or not _SUBJECT_GAP.match(doc.text[before[-1].end : at]):
        return None
    e = resolve_party(doc, before[-1], _AGENTS)
    return e if e is not None and e.kind in ("body", "post") else None


# a service known by a title in quotes, with the words that say what kind of service it is: 'the "Fresh Start"
# mentoring programme', 'the “Base Camp” youth offer'; the title alone names it too
_QUOTED = r"[\"“‘](?P<title>[A-Z][^\"”’\n]{1,60}?)[\"”’](?P<tail>(?:\s+[a-z][\w'’-]*){0,4}?)"
_QUOTED_AFTER = re.compile(r"\s*(?:(?:the|a|an|its|their|our)\s+)?(?:[a-z][\w-]*\s+){0,3}?" + _QUOTED +
                           r"(?=\s*(?:[,.;:()]|$|\s(?:for|in|at|to|with|by|which|that|across|from|and|is|was|will)\b))")
_QUOTED_BEFORE = re.compile(_QUOTED + r"\s*,?\s*$")
# 'the "Base Camp" youth offer run by Y': a participle after a quoted service, whatever word its kind ends in
_QUOTED_REDUCED = re.compile(r"[\"”’](?:\s+[a-z][\w'’-]*){0,4}?(?P<rest>,?\s+(?P<verb>delivered|provided|run|operated|"
                             r"commissioned)\s+(?:jointly\s+)?(?P<prep>by)\s+(?:the\s+)?)")


def _quoted_service(doc: ExtractionDoc, m: re.Match) -> Entity:
    """The service a quoted title names, with its kind's words up to the last service word ("Fresh Start mentoring
    programme"); the title and the words as written name it too."""
    title = " ".join(m.group("title").split())
    tail = m.group("tail").split()
    last = max((i for i, w in enumerate(tail) if _HEAD.search(w)), default=-1)
    name = " ".join([title, *tail[: last + 1]])
    entity = doc.resolver.thing("initiative", Mention(m.start("title"), m.end("title"), "initiative", name))
    doc.resolver.remember(entity, title)
    if tail:
        doc.resolver.remember(entity, f"{title} {' '.join(tail)}")
    return entity


_WORD = re.compile(r"[A-Za-z][\w'’&-]*(?:\s*\([A-Z][A-Za-z]{1,8}\))?")


# "outreach and refuge service": "and", plain words, and the service word the phrase ends in
_JOINED_HEAD = re.compile(rf"(?i)\s+(?:and|&)\s+(?:(?!(?:the|a|an|its|their|our|this|to|for|with)\b)[a-z][\w-]*\s+)"
                          rf"{{0,2}}(?:{_HEADS})\b")


def _service_after(doc: ExtractionDoc, pos: int, end: int, mentions: list[Mention]) -> tuple[Entity, int] | None:
    """The service named from POS on: a named initiative, else words up to and including a service word."""
    text = doc.text
    quoted = _QUOTED_AFTER.match(text, pos, end)
    if quoted is not None:
        return _quoted_service(doc, quoted), quoted.end()
    named = next((x for x in mentions if pos <= x.start <= pos + 5 and x.kind in ("initiative", "body", "name")), None)
    if named is not None and _HEAD.search(named.name.split()[-1]) and not text[pos : named.start].strip(" the"):
        found = resolve_party(doc, named, ("initiative", "body", "name"))
        return (found, named.end) if found is not None else None
    work = _work_topic(doc, pos, end, mentions)
    if work is not None:
        return work
    # "commission and conduct Domestic Homicide Reviews": the second verb of a series is no word of the service
    lead = re.match(r"(?i)\s*(?:(?:and|or)\s+[a-z]+\s+)?(?:(?:the|a|an|its|their|our)\s+)?(?:new\s+)?", text[pos:end])
    at = pos + (lead.end() if lead else 0)
    words: list[tuple[int, int]] = []
    for w in _WORD.finditer(text, at, min(end, at + 120)):
        if words and text[words[-1][1] : w.start()].strip():
            break  # a comma or a bracket ends the phrase
        words.append((w.start(), w.end()))
        if _HEAD.search(re.sub(r"\s*\(.*$", "", w.group(0))):
            nxt = re.match(r"\s+\w+", text[w.end() : end])
            if nxt and _HEAD.search(nxt.group(0).strip()):
                continue  # "the advocacy service": the head is the last service word
            if _JOINED_HEAD.match(text, w.end(), end):
                continue  # "the outreach and refuge service": a service word joined to the head that follows
            found = _phrase(doc, words)
            return (found, w.end()) if found is not None else None
        if (w.group(0).lower() in _STOP and w.group(0) not in ("and", "&")) or len(words) > 7:
            return None  # "drug and alcohol treatment": a joined modifier, not the end of the phrase
    return None


def _work_topic(doc: ExtractionDoc, pos: int, end: int, mentions: list[Mention]) -> tuple[Entity, int] | None:
    """ "commissions DHRs", "commission Domestic Homicide Reviews": a kind of work the topic list knows by a name
    ending in a service word (reviews, programmes ...), written just after POS."""
    named = next((x for x in mentions if pos <= x.start <= pos + 5 and x.kind in ("topic", "name")), None)
    if named is None or doc.text[pos : named.start].strip(" the"):
        return None
    found = topic_of(named.name)
    if found is None or not _HEAD.search(found.label.split()[-1]):
        return None
    # the work itself, bought and provided, is an initiative of the kind the topic names
    work = doc.resolver.thing("initiative", Mention(named.start, named.end, "initiative", found.label))
    return doc.resolver.remember(work, named.name), named.end


def _service_before(doc: ExtractionDoc, start: int, at: int, mentions: list[Mention]) -> tuple[Entity, int] | None:
    """The service named just before position AT, with where it starts: a named one, else words back from a
    service word."""
    text = doc.text
    quoted = _QUOTED_BEFORE.search(text, max(start, at - 120), at)
    if quoted is not None:
        return _quoted_service(doc, quoted), quoted.start()
    named = next((x for x in reversed(mentions) if x.end <= at and not text[x.end : at].strip(" ,")), None)
    if named is None and (bracketed := _bracketed_name(doc, mentions, at)) is not None:
        service = doc.resolver.thing("initiative", Mention(bracketed.start, bracketed.end, "initiative",
                                                           bracketed.name))
        return service, bracketed.start
    funded = _FUND_FOR.search(named.name) if named is not None and named.kind == "name" else None
    if funded is not None and _HEAD.search(named.name.split()[-1]):
        # "the Community Fund for the Bright Futures project, delivered by Y": the project, not the fund it is paid from
        cut = named.start + funded.end()
        return _phrase(doc, [(cut, named.end)]), cut
    located = re.search(r"(?i)\b(?:at|in|within|across)\s+(?:the\s+)?$",
                        text[max(start, named.start - 12) : named.start]) if named is not None else None
    if named is not None and located:
        # "the Safe Space service at the Civic Centre, which is run by Y": Y runs the service, not the place
        earlier = [x for x in mentions if x.end <= named.start - 4]
        at = max(start, named.start - 12) + located.start()
        named = earlier[-1] if earlier and len(text[earlier[-1].end : named.start].split()) <= 3 else None
        if named is None or named.kind not in ("initiative", "body", "name") or \
                (named.kind == "name" and len(named.name.split()) < 2):
            # "substance misuse services in Neath Port Talbot are commissioned by Y": the words before the place
            named = None
            at = len(text[:at].rstrip())
    if named is not None and named.kind in ("initiative", "body", "name"):
        found = resolve_party(doc, named, ("initiative", "body", "name"))
        return (found, named.start) if found is not None else None
    words = [(w.start(), w.end()) for w in _WORD.finditer(text, start, at)]
    if not words or text[words[-1][1] : at].strip(" ,") or not _HEAD.search(
            re.sub(r"\s*\(.*$", "", text[words[-1][0] : words[-1][1]])):
        return _topic_work(doc, mentions, start, at)
    taken: list[tuple[int, int]] = []
    for k in range(len(words) - 1, -1, -1):
        a, b = words[k]
        if taken and text[b : taken[0][0]].strip():
            break
        joined = text[a:b] in ("and", "&") and k > 0 and text[words[k - 1][0] : words[k - 1][1]].lower() not in _STOP
        if (text[a:b].lower() in _STOP and not joined) or len(taken) > 7:
            break  # "refuge and outreach service": a joined modifier stays part of the phrase
        taken.insert(0, (a, b))
    opening = start + len(text[start:at]) - len(text[start:at].lstrip())
    while len(taken) > 2 and text[taken[0][0]].isupper() and text[taken[1][0]].islower() and \
            taken[0][0] != opening and not _ARTICLE_BEFORE.search(text, max(start, taken[0][0] - 5), taken[0][0]):
        # "In Caerphilly adult services are delivered by": the place says where, not which service; after an
        # article ("the Kirklees navigator service") the article's phrase starts at the place, which names it
        taken.pop(0)
    found = _phrase(doc, taken)
    return (found, taken[0][0]) if found is not None else None


_ARTICLE_BEFORE = re.compile(r"\b(?:the|The|its|their)\s+$")


# one or two lower-case nouns after a topic, ending where the verb's comma stands: "ASB mediation, delivered by Y"
_WORK_NOUNS = re.compile(r"[ \t]+(?P<nouns>[a-z][a-z-]{3,}(?:[ \t]+[a-z][a-z-]{3,})?)[ \t]*,?[ \t]*$")


# what may stand before such a phrase: the sentence's start, a break, or a word that opens a noun phrase
_WORK_OPENS = re.compile(r"(?:^|[,;:(\-–]\s*|\b(?:for|on|the|and|of)\s+)$")


def _topic_work(doc: ExtractionDoc, mentions: list[Mention], start: int, at: int) -> tuple[Entity, int] | None:
    """The work a topic describes, named as the topic and the noun after it ("ASB mediation", "knife crime
    workshops"), when nothing else stands between it and the verb; the topic alone is not what is delivered."""
    topic = next((x for x in reversed(mentions) if start <= x.start and x.end <= at), None)
    if topic is None or topic.kind != "topic":
        return None
    tail = _WORK_NOUNS.fullmatch(doc.text, topic.end, at)
    if tail is None or _STOP & set(tail.group("nouns").split()) or \
            not _WORK_OPENS.search(doc.text[max(start, topic.start - 8) : topic.start]):
        return None  # "... the local ASB partnership, run by": a phrase the topic opens only in part
    words = [(w.start(), w.end()) for w in _WORD.finditer(doc.text, topic.start, topic.end + tail.end("nouns") -
                                                           tail.start())]
    found = _phrase(doc, words)
    return (found, topic.start) if found is not None else None


# a fund a project is paid from, named in one run with the project: "the Community Fund for the Bright Futures project"
_FUND_FOR = re.compile(r"\b(?:Fund|Grant|Budget|Allocation)\s+for\s+(?:the\s+)?(?=[A-Z])")


def _bracketed_name(doc: ExtractionDoc, mentions: list[Mention], at: int) -> Mention | None:
    """ "Young people's treatment service (Teulu Bach), delivered by Y": the service's own name, in brackets after
    what kind of service it is (an acronym there is the kind's, and is read with it)."""
    inner = next((x for x in reversed(mentions) if x.end < at and doc.text[x.end : at].strip(" ,") == ")"), None)
    if inner is None or inner.name.isupper() or len(inner.name.split()) < 2 or \
            not re.search(rf"(?i)\b(?:{_HEADS})\s*\($", doc.text[max(0, inner.start - 40) : inner.start]):
        return None
    return inner


# what may open a sentence before the service it is about: a paragraph number, an article
_OPENING = re.compile(r"\W*(?:\d+(?:\.\d+)*\s+)?(?:(?:the|a|an|our|its|their)\s+)?", re.I)
_CLAUSE_WORD = re.compile(r"(?i)\b(?:is|are|was|were|has|have|had|will|would|which|that|who|this|these|it|we|they|"
                          r"also|all|each)\b")


def _opening_phrase(doc: ExtractionDoc, start: int, at: int, mentions: list[Mention]) -> tuple[Entity, int] | None:
    """ "Mentoring for Turnaround children is delivered by Y": a sentence whose whole subject, two to seven words
    of a plain noun phrase, is what Y delivers, whatever word it ends in."""
    lead = _OPENING.match(doc.text, start, at)
    a = lead.end() if lead else start
    phrase = doc.text[a:at].strip()
    if not 2 <= len(phrase.split()) <= 7 or re.search(r"[,;:()\"“”'‘’]", phrase) or _CLAUSE_WORD.search(phrase):
        return None
    if any(a <= m.start < at and m.kind in ("body", "post", "person", "money") for m in mentions):
        return None  # "The Council's team is run by": an organisation's own unit, not a service
    words = [(w.start(), w.end()) for w in _WORD.finditer(doc.text, a, at)]
    found = _phrase(doc, words) if words else None
    return (found, a) if found is not None else None


# "- Home Safety scheme: £42,000, delivered by Y": an item of allocations, its label, then its amount
_LABEL_AMOUNT = re.compile(r"\W*(?P<label>[A-Za-z][^:;,()£\d]{2,70}?)\s*:\s*£\s?\d[\d,.]*(?:\s*(?:million|m|k)\b)?"
                           r"(?:\s+(?:in|for)\s+\d{4}(?:[-/]\d{2,4})?)?\s*,?\s*")


def _labelled_amount(doc: ExtractionDoc, start: int, at: int) -> tuple[Entity, int] | None:
    """The label of an item that is a service, its amount and then who delivers it: the label is the service."""
    m = _LABEL_AMOUNT.fullmatch(doc.text, start, at)
    if m is None or _CLAUSE_WORD.search(m.group("label")) or not 2 <= len(m.group("label").split()) <= 8:
        return None
    words = [(w.start(), w.end()) for w in _WORD.finditer(doc.text, m.start("label"), m.end("label"))]
    found = _phrase(doc, words) if words else None
    return (found, m.start("label")) if found is not None else None


def _phrase(doc: ExtractionDoc, words: list[tuple[int, int]]) -> Entity | None:
    a, b = words[0][0], words[-1][1]
    written = " ".join(doc.text[a:b].split())
    acronym = re.search(r"\(([A-Z][A-Za-z]{1,8})\)", written)
    name = re.sub(r"\s*\([^)]*\)", "", written)
    if len([w for w in name.split() if w.casefold() not in _VAGUE]) < 2:
        return None  # "the service", "suitable services": which one is not said
    name = _own_area_named(doc, name)
    if name[0].islower():
        name = name[0].upper() + name[1:]
    entity = doc.resolver.thing("initiative", Mention(a, b, "initiative", name,
                                                      acronym=acronym.group(1) if acronym else None))
    return doc.resolver.remember(entity, written[0].upper() + written[1:])  # the form as written is a name too


# "the borough's outreach service", "the district's money advice service": the paper's own area, by the word for it
_OWN_AREA_POSSESSIVE = re.compile(r"(?i)^(?P<word>county borough|borough|district|city|county)['’]s\s+(?=\w)")


def _own_area_named(doc: ExtractionDoc, name: str) -> str:
    """NAME with the paper's area for the word that stands for it ("borough's outreach service" in Burnley Borough
    Council's paper is the Burnley outreach service); unchanged where the word is not the kind of the paper's
    council ("the county's service" in a district's paper is another area's) or the area is not known."""
    own = _OWN_AREA_POSSESSIVE.match(name)
    area = doc.resolver.ctx.area
    if own is None or not area:
        return name
    # the paper names its council of that kind: "Pendle Borough Council", "Tameside Metropolitan Borough Council",
    # "City of Lincoln Council"
    word, place = re.escape(own.group("word")), re.escape(area)
    if not re.search(rf"(?i)\b{place}\s+(?:Metropolitan\s+)?{word}\s+Council\b|\b{word}\s+of\s+{place}\b",
                     doc.text):
        return name
    return f"{area} {name[own.end() :]}"


# modifiers that do not tell one service from another
# ... and words that count services already named ("Both services were delivered by Y": which, the sentence before says)
_VAGUE = frozenset("""suitable appropriate relevant necessary various additional other such key wider range
specific specialist targeted local both these those all each every several many some two three four""".split())
