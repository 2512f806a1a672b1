"""A chair's post given in brackets after a post or a person: "The Head of Housing (also the Chair of
the Safer Streets Board) told Members ...". The post chairs the body, and so does the one person the paper names
as holding that post (in its attendance list, say)."""

from __future__ import annotations

import re

from ...graph.model import Entity, Fact
from ..mentions import Mention, names_a_person
from . import ExtractionDoc, reads
from .attendance import chaired_body
from .chair_seat import seat_filled
from .clauses import CHAIRED_NEXT, SUBJECT_LEAD, WITH_AS, slot_entity

_ALSO = re.compile(r"\s*\(\s*(?:who is\s+|and\s+)?also\s+(?:the\s+)?")
_ALSO_WORDS = frozenset({"also"})  # in every match of _ALSO


@reads(*_ALSO_WORDS)
def also_chair(doc: ExtractionDoc) -> None:
    for _, (start, end) in doc.prose(holding=_ALSO_WORDS):
        mentions = doc.mentions(start, end)
        for m, nxt in zip(mentions, mentions[1:], strict=False):
            said = _ALSO.match(doc.text, m.end, end) if m.kind in ("post", "person") else None
            if said is None or nxt.start != said.end() or nxt.role not in ("chair_of", "vice_chair_of") or \
                    not doc.text[nxt.end : nxt.end + 3].lstrip().startswith(")"):
                continue
            body = chaired_body(doc, nxt)
            who = doc.resolver.entity(m)
            if body is None or who is None or who.kind not in ("post", "person"):
                continue
            relation = "chairs" if nxt.role == "chair_of" else "vice_chair"
            doc.add(who, relation, body, m.start, nxt.end, "aside:also_chair", 0.8)
            holder = _sole_holder(doc, who) if who.kind == "post" else None
            if holder is not None:
                doc.add(holder, relation, body, m.start, nxt.end, "aside:also_chair", 0.75)


# "... is chaired by the Executive Member for Housing. For 2024/25 this is Cllr Jo Lee.": the sentence after a
# chair's post names its holder, by a pronoun or "the post" standing for the post
# ("At the time of approval this is Dr Jo Lee", "At the date of this version the post is held by Jo Lee": the date
# the paper speaks from, then the holder; the chair's sentence may wrap onto the next line, not past a blank one)
# (its own "currently|now|at present" alternation is kept beside lexicon.NOW_HOLDER, which it does not use)
_HOLDER_NEXT = re.compile(
    r"(?:[^.;:!?\n]|\n(?![ \t]*\n)){0,120}?[.;]\s+"
    r"(?:(?:For|In|During|From|Since|At|As\s+at|As\s+of)\s+(?:the\s+)?[\w/–-]+(?:\s+[\w/–-]+){0,3},?\s+)?"
    r"(?:[Tt]h(?:is|at)(?:\s+(?:post|role))?|[Tt]he\s+post(?:[- ]?holder)?|[Tt]he\s+postholder|[Tt]he\s+role|"
    r"[Tt]he\s+current\s+(?:post[- ]?)?holder|[Ii]t)\s+is\s+(?:currently\s+|now\s+|at\s+present\s+)?"
    r"(?:held\s+by\s+)?")
_HOLDER_CLOSES = re.compile(r"\s*(?:[.;]|,?\s+(?:who|until|and\s+the)\b|$)")


@reads("this is", "that is", "holder is", "the post is", "the role is", "it is", "post is held", "role is held",
       "this post is", "that post is", "this role is", "that role is")
def holder_named_next(doc: ExtractionDoc) -> None:
    """A chair's post, then its holder in the next sentence ("For 2024/25 this is Cllr Jo Lee"): the person holds
    the post and takes its chair. Only when the sentence gave the chair to one post: with two ("co-chaired by the
    Leader and the District Commander. This is ..."), which of them "this" means is unclear."""
    # a chair another rule read first (a membership table's "(Chair)") and the sentence said again is kept in
    # restated: the sentence is still where the holder's sentence follows
    chaired = [f for f in (*doc.facts, *doc.restated) if f.relation in ("chairs", "vice_chair") and
               f.subject.kind == "post" and f.object is not None]
    for fact in chaired:
        said = _HOLDER_NEXT.match(doc.text, fact.end)
        if said is None:
            continue
        sentence_start = doc.text.rfind(".", 0, fact.start) + 1
        rivals = {f.subject.iri for f in chaired if sentence_start <= f.start and f.end <= said.start() + len(
            said.group(0)) and f.subject.kind == "post"}
        if len(rivals) != 1:
            continue
        line_end = doc.text.find("\n\n", said.end())
        found = doc.mentions(said.end(), line_end if line_end > 0 else len(doc.text), expect_person=True)
        who = found[0] if found else None
        if who is None or who.start != said.end() or who.kind != "person" or \
                _HOLDER_CLOSES.match(doc.text, who.end) is None:
            continue
        person = doc.resolver.person(who)
        if person is None:
            continue
        doc.add(person, "holds_post", fact.subject, fact.start, who.end, "aside:holder_next", 0.8)
        doc.add(person, fact.relation, fact.object, fact.start, who.end, "aside:holder_next", 0.8)


# "... co-chaired by the Council's Director of Place and the District Commander; at present those posts are held by
# Jo Lee and Chief Inspector Ann Reed": the two posts' holders, in the posts' order ("respectively" or not)
_POSTS_HELD = re.compile(
    r"(?:[^.;:!?\n]|\n(?![ \t]*\n)){0,120}?[.;]\s+"
    r"(?:(?:[Aa]t\s+present|[Cc]urrently|(?:[Aa]t|[Aa]s\s+at|[Ff]or)\s+(?:the\s+)?[\w/–-]+(?:\s+[\w/–-]+){0,3}),?\s+)?"
    r"(?:[Tt]hose|[Tt]hese|[Tt]he|[Bb]oth)\s+(?:posts|roles)\s+are\s+(?:currently\s+|now\s+|at\s+present\s+)?"
    r"held\s+by\s+")
_POSTS_HELD_WORDS = ("posts are", "roles are")


@reads(*_POSTS_HELD_WORDS)
def holders_of_two_posts(doc: ExtractionDoc) -> None:
    """Two posts given one role on one body in a sentence ("co-chaired by the Leader and the Area Commander"), then
    their holders named together in the same order ("those posts are held by A and B"): each holds its post and
    takes its role. Two names for two posts only; any other count pairs nothing."""
    chaired = [f for f in (*doc.facts, *doc.restated) if f.relation in ("chairs", "vice_chair") and
               f.subject.kind == "post" and f.object is not None]
    done: set[int] = set()
    for fact in chaired:
        said = _POSTS_HELD.match(doc.text, fact.end)
        if said is None or said.end() in done:
            continue
        sentence_start = doc.text.rfind(".", 0, fact.start) + 1
        posts = sorted({f.subject.iri: f for f in chaired if sentence_start <= f.start and f.end <= said.end() and
                        f.relation == fact.relation and f.object.iri == fact.object.iri}.values(),
                       key=lambda f: f.start)
        people = _two_named(doc, said.end())
        if len(posts) != 2 or people is None:
            continue
        done.add(said.end())
        for post_fact, who in zip(posts, people, strict=True):
            person = doc.resolver.person(who)
            if person is None:
                continue
            doc.add(person, "holds_post", post_fact.subject, post_fact.start, who.end, "aside:holders_of_posts", 0.8)
            doc.add(person, post_fact.relation, post_fact.object, post_fact.start, who.end, "aside:holders_of_posts",
                    0.8)


def _two_named(doc: ExtractionDoc, at: int) -> tuple[Mention, Mention] | None:
    """ "Jo Lee and Chief Inspector Ann Reed(, respectively)." at AT: two people, joined by "and", closing the
    sentence."""
    end = doc.text.find("\n\n", at)
    found = doc.mentions(at, end if end > 0 else len(doc.text), expect_person=True)
    if len(found) < 2 or found[0].start != at or found[0].kind != "person" or found[1].kind != "person":
        return None
    if not re.fullmatch(r"\s+and\s+", doc.text[found[0].end : found[1].start]):
        return None
    if re.match(r"(?:,?\s+respectively)?\s*(?:[.;]|$)", doc.text[found[1].end : found[1].end + 20]) is None:
        return None
    return found[0], found[1]


# "At the date of approval the Chair is Jo Lee and the Vice-Chair is Ann Reed", "The present Chair is Jo Lee": the
# person named for a role a post was given (a table's "(Chair)", "chaired by the Head of X")
_ROLE_IS = re.compile(r"\b[Tt]he\s+(?:present\s+|current\s+)?(?P<role>(?:[Vv]ice[- ]?)?[Cc]hair(?:man|person)?)\s+is\s+"
                      r"(?:currently\s+|now\s+)?")
_ROLE_IS_WORDS = ("chair is", "chairman is", "chairperson is")


@reads(*_ROLE_IS_WORDS)
def role_holders_named(doc: ExtractionDoc) -> None:
    """The person a sentence names as a body's Chair (or Vice-Chair), where the paper gives that role on that body
    to one post: the person holds the post. The person's role is read by the clause rules; with two posts in the
    role (co-chairs), or none, nothing is added."""
    for _, (start, end) in doc.prose(holding=frozenset(_ROLE_IS_WORDS)):
        for said in _ROLE_IS.finditer(doc.text, start, end):
            relation = "vice_chair" if said.group("role")[:1] in "Vv" else "chairs"
            found = doc.mentions(said.end(), end, expect_person=True)
            who = found[0] if found else None
            # (a name given with its rank, "the Vice-Chair is Detective Superintendent Jo Lee", says what the person
            # holds: the rank, not the seat's post, which the paper may give to another)
            if who is None or who.start != said.end() or who.kind != "person" or who.rank:
                continue
            person = doc.resolver.person(who)
            if person is None:
                continue
            bodies = {f.object.iri for f in doc.facts if f.relation == relation and f.subject.iri == person.iri and
                      f.object is not None}
            posts = {f.subject.iri: f.subject for f in doc.facts if f.relation == relation and
                     f.subject.kind == "post" and f.object is not None and f.object.iri in bodies}
            if len(bodies) == 1 and len(posts) == 1:
                doc.add(person, "holds_post", next(iter(posts.values())), said.start(), who.end,
                        "aside:role_holder", 0.75)


# the words WITH_AS cannot match without; "as" may be followed by "its" or a line end, so the role words alone
_WITH_AS_WORDS = ("vice", "deputy", "co-chair")


@reads(*_WITH_AS_WORDS)
def with_as_after_chair(doc: ExtractionDoc) -> None:
    """ "The Board is chaired by A, with Jo Lee as vice-chair"; "Dr A chairs the Executive Group, with Jo Lee as
    vice-chair"; "Cllr A will chair the Joint Committee in 2025/26 with Cllr B as vice-chair": the role after "with
    ... as" is of the body the sentence gives a chair: a body said to be "chaired by" before it, else the sentence's
    subject body, else the one body a chair was read for in the sentence before the "with" (whichever rule read
    it). Two bodies chaired there: whose vice-chair is unclear, nothing."""
    chaired_facts = [f for f in (*doc.facts, *doc.restated) if f.relation == "chairs" and f.object is not None]
    for _, (start, end) in doc.prose(holding=frozenset(_WITH_AS_WORDS)):
        mentions = doc.mentions(start, end)
        for said in WITH_AS.finditer(doc.text, start, end):
            board = _board_before(doc, start, said.start(), mentions, chaired_facts)
            if board is None:
                continue
            relation = "chairs" if said.group("role").lower().startswith("co") else "vice_chair"
            # the holder opens the piece; a bracket or commas after them say who they are ("with Cllr Jo Lee (Lead
            # Member for Communities, X Council) as vice-chair"); "and" would make two holders, unclear
            who = [m for m in doc.mentions(said.start("who"), said.end("who"), expect_person=True)
                   if m.kind in ("person", "post", "name")]
            if not who or not _HOLDER_OPENS.fullmatch(doc.text, said.start("who"), who[0].start) or \
                    re.search(r"\band\b", re.sub(r"\([^()]*\)", "", doc.text[who[0].end : said.end("who")])):
                continue
            holder = slot_entity(doc, who[0], relation, "subject", frozenset({"person", "post"}))
            named = who[1] if len(who) > 1 and doc.text[who[0].end : who[1].start].strip() == "," else None
            if holder is not None and named is not None and names_a_person(named):
                # "with the Community Safety Manager, Jo Lee, as vice-chair": the post's named holder has the seat
                person = slot_entity(doc, named, relation, "subject", frozenset({"person"}))
                if person is not None:
                    holder = seat_filled([(who[0], holder)], (named, person), relation)[-1][1]
            if holder is not None:
                doc.add(holder, relation, board, start, said.end(), f"clause:{relation}", 0.85)


# what may stand before the holder's name in "with ... as": an article, an owner's possessive ("the Council's")
_HOLDER_OPENS = re.compile(r"(?:the\s+)?(?:(?:[A-Z][\w&-]*\s+){0,4}?[A-Z][\w&-]*['’]s\s+)?")


def _board_before(doc: ExtractionDoc, start: int, at: int, mentions: list[Mention],
                  chaired_facts: list[Fact]) -> Entity | None:
    """The body the sentence from START gives a chair before AT (see with_as_after_chair)."""
    first = next((x for x in mentions if x.end <= at), None)
    # "the partnership is steered by an Executive Board, chaired by the Portfolio Holder, with Supt Jo Lee as
    # Vice-Chair": the vice-chair is of the body the sentence says is chaired, not of its subject
    said_chaired = [x for x in mentions if x.kind == "body" and x.end <= at and CHAIRED_NEXT.match(doc.text, x.end)]
    if said_chaired and said_chaired[-1] is not first:
        first = said_chaired[-1]
    elif first is None or first.kind != "body" or not SUBJECT_LEAD.match(doc.text[start : first.start]):
        bodies = {f.object.iri: f.object for f in chaired_facts if start <= f.start and f.end <= at}
        return next(iter(bodies.values())) if len(bodies) == 1 else None
    board = doc.resolver.entity(first) if first.extra.get("entity") is None else first.extra["entity"]
    return board if board is not None and board.kind == "body" else None


@reads("chair")
def holders_chair(doc: ExtractionDoc) -> None:
    """ "The Exploitation Group is chaired by the Head of Community Safety" in a paper whose attendance list or
    membership table names Jo Lee as Head of Community Safety: the post chairs the group, and so does the one
    person the paper names as holding it (when it names two, which of them is unclear)."""
    for fact in [f for f in doc.facts if f.relation in ("chairs", "vice_chair") and f.subject.kind == "post"]:
        holder = _sole_holder(doc, fact.subject)
        if holder is not None and fact.object is not None:
            doc.add(holder, fact.relation, fact.object, fact.start, fact.end, "aside:holder_chairs", 0.75)


def _sole_holder(doc: ExtractionDoc, post: Entity) -> Entity | None:
    """The one person the paper names as holding POST; none when it names two."""
    holders = {f.subject.iri: f.subject for f in doc.facts if f.relation == "holds_post" and f.object is not None
               and (f.object.iri == post.iri or _same_post(doc, f.object.name, post.name))}
    return next(iter(holders.values())) if len(holders) == 1 else None


def _same_post(doc: ExtractionDoc, held: str, chairing: str) -> bool:
    """ "Director of Children's Services, RBG" held and "Director of Children's Services, Royal Borough of
    Greenwich" in the chair: one title, of one organisation written two ways (its initials, or its name)."""
    title, _, org = held.partition(", ")
    other_title, _, other_org = chairing.partition(", ")
    if not other_org and _titled_alike(title, other_title):
        # "chaired by the Chief Inspector" where the paper names one "Chief Inspector, IOM" (or one "Chief
        # Executive and Monitoring Officer"): the title alone points to the one post of that title it gives
        return True
    if title.casefold() != other_title.casefold() or not org or not other_org or org == other_org:
        return False
    short, full = (org, other_org) if len(org) < len(other_org) else (other_org, org)
    if not short.isupper():
        return False
    known = doc.resolver.acronym(short)
    return known is not None and known.name == full


def _titled_alike(held: str, chairing: str) -> bool:
    """HELD is the title CHAIRING, or a joint post one of whose titles it is ("Chief Executive and Monitoring
    Officer"; not "Head of Housing and Communities", whose "and" joins what one head is head of)."""
    held, chairing = held.casefold(), chairing.casefold()
    if held == chairing:
        return True
    parts = held.split(" and ")
    return len(parts) == 2 and chairing in parts and all(" of " not in p and " for " not in p for p in parts)


# "'Connecting Families', which is a Kent County Council led initiative", "Turning Point is a Council-led programme"
_LED_KIND = re.compile(r"[- ]led\s+(?:initiative|programme|project|scheme|pilot|service|approach|campaign)\b", re.I)
_LED_WORDS = frozenset({"-led", " led"})  # every match of _LED_KIND opens with one
_IS_A = re.compile(r"[’'\"”]?,?\s+(?:which|that)?\s*(?:is|was)\s+an?\s+$")


@reads(*_LED_WORDS)
def led_initiative(doc: ExtractionDoc) -> None:
    for _, (start, end) in doc.prose(holding=_LED_WORDS):
        mentions = doc.mentions(start, end)
        for k, m in enumerate(mentions):
            if m.kind != "body" or k == 0 or not _LED_KIND.match(doc.text, m.end, end):
                continue
            named = mentions[k - 1]
            if not _IS_A.fullmatch(doc.text[named.end : m.start]) or named.kind not in ("name", "initiative"):
                continue
            lead = doc.resolver.entity(m)
            quoted = _quoted_before(doc, named.end, start)
            if quoted is not None:
                named = Mention(quoted[0], quoted[1], "initiative", doc.text[quoted[0] : quoted[1]])
            thing = doc.resolver.thing("initiative", named) if quoted is not None else doc.resolver.entity(named)
            if lead is not None and lead.kind == "body" and thing is not None:
                doc.add(thing, "led_by", lead, named.start, m.end, "aside:led_initiative", 0.8)


def _quoted_before(doc: ExtractionDoc, at: int, start: int) -> tuple[int, int] | None:
    """The span of a name in quotation marks that ends at AT ("'Connecting Families'"): the whole name, which a
    verb-like first word ("Connecting") would otherwise cut."""
    if doc.text[at : at + 1] not in ("'", "’", '"', "”"):
        return None
    opening = max(doc.text.rfind(q, max(start, at - 60), at) for q in ("'", "‘", '"', "“"))
    if opening < 0 or not doc.text[opening + 1 : at].strip():
        return None
    return opening + 1, at


# a succession from the one who held the chair before: "took over (as chair) from", "succeeds", "replacing"
_SUCCEEDS = re.compile(r"\b(?:(?:took|takes|taking|has\s+taken|having\s+taken|had\s+taken)\s+over"
                       r"(?:\s+as\s+[^.;]{0,80}?)?\s+from|succeed(?:s|ed|ing)|replac(?:es|ed|ing))\s+(?=[A-Z])")
_SENTENCE_END = re.compile(r"[.;](?=\s)|\n\s*\n")
# a next sentence about the same person: it opens with their pronoun
_PRONOUN_OPENS = re.compile(r"\s*(?:He|She|They)\s")


@reads("over", "succeed", "replac")
def predecessors(doc: ExtractionDoc) -> None:
    """ "Jo Lee took over as chair of the Partnership in May. She succeeds Cllr Sam Reed": the person succeeded held
    the same chair of the same body before, a former chair (the gold's and the questions' "who chaired it before").
    Only a person named right after the words of succession, in the chair's own sentence or the next one when that
    opens with a pronoun."""
    text = doc.text
    for fact in [f for f in doc.facts if f.relation in ("chairs", "vice_chair") and f.subject.kind == "person"
                 and f.object is not None]:
        end = _sentence_end(text, fact.end)
        spans = [(fact.start, end)]
        if _PRONOUN_OPENS.match(text, end + 1):
            spans.append((end + 1, _sentence_end(text, end + 1)))
        for a, b in spans:
            for succession in _SUCCEEDS.finditer(text, a, b):
                after = [m for m in doc.mentions(succession.end(), b) if m.start >= succession.end()]
                if not after or after[0].start != succession.end() or after[0].kind != "person":
                    continue
                previous = doc.resolver.person(after[0])
                if previous is not None and previous.iri != fact.subject.iri:
                    doc.add(previous, fact.relation, fact.object, succession.start(), after[0].end,
                            "aside:predecessor", 0.75, qualifier="former")


# the chair after the one a passive clause named, its verb left out: "was chaired by Cllr Jo Lee until May, and since
# then by Cllr Sam Reed", "chaired by Supt Jo Lee to March 2024, then by ..."
_THEN_BY = re.compile(r",?\s+(?:and\s+)?(?:since\s+then|then|thereafter|subsequently|after\s+that|"
                      r"(?:since|from)\s+(?:[A-Z][a-z]+\s+)?(?:\d{4}(?:/\d{2,4})?|[A-Z][a-z]+))\s*,?\s+by\s+"
                      r"(?:(?:the\s+)?(?:[a-z]+['’]s\s+)?)?")
_UNTIL = re.compile(r"\buntil\b|\bto\s+(?:[A-Z][a-z]+\s+)?\d{4}\b|\bbefore\b")


@reads("by")
def successors(doc: ExtractionDoc) -> None:
    """ "The Partnership was chaired by Cllr Jo Lee until May 2023, and since then by Cllr Sam Reed": the person
    after the elided "chaired" holds the same chair of the same body (the sentence said until when the first
    held it, so the second is no co-chair)."""
    text = doc.text
    for fact in [f for f in doc.facts if f.relation in ("chairs", "vice_chair") and f.object is not None
                 and f.rule.startswith("clause:")]:
        end = _sentence_end(text, fact.end)
        for then in _THEN_BY.finditer(text, fact.end, end):
            if not _UNTIL.search(text, fact.start, then.start()):
                continue
            nxt = next((m for m in doc.mentions(then.end(), end, expect_person=True) if m.start == then.end()), None)
            if nxt is None or nxt.kind not in ("person", "post"):
                continue
            holder = doc.resolver.person(nxt) if nxt.kind == "person" else doc.resolver.post(nxt)
            if holder is not None and holder.iri != fact.subject.iri:
                doc.add(holder, fact.relation, fact.object, fact.start, nxt.end, "aside:successor", 0.75)
            break


def _sentence_end(text: str, pos: int) -> int:
    m = _SENTENCE_END.search(text, pos)
    return m.start() if m else len(text)
