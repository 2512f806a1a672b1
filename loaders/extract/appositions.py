"""Appositions: a person named beside their post, organisation or chair in prose.

"Jo Lee, Head of Community Safety, said ...", "Dr Jo Lee (Director of Public Health)", "the Director of
Public Health, Dr Jo Lee", "Cabinet Member for Communities Cllr Jo Lee" give `holds_post`; "Cllr Jo Lee
(Combined Fire Authority)" gives `member_of`; "Jo Lee, Chair of the Safer Board" and "the Independent Chair,
Jo Lee" give `chairs`; a police rank before a name ("Chief Inspector Jo Lee") is the post that person holds.
An untitled name counts as a person only beside a post ("Ravi Holm, Housing Manager").
"""

from __future__ import annotations

import re
from dataclasses import replace
from functools import cache

from ...graph.model import Entity
from .. import placenames
from ..lexicon import (
    NOW_HOLDER,
    chair_role,
    council_post_kind,
    council_posts,
    heads,
    lower_case_post_heads,
    names,
    own_officer_cues,
)
from ..mentions import Mention, department_words, looks_like_person, names_a_person
from . import ExtractionDoc, reads
from .attendance import chaired_body, employing_body, independent_chair, meeting_body, meets_as_body

_AFTER_PERSON = re.compile(r"^\s*(?:,|\(|–|-)?\s*(?:the |our |its |their |his |her )?(?:new |interim |acting )?$")
_ALSO = re.compile(r"\s*(?:and|&|,)\s*(?:the\s+)?")
# the last words of posts written before a name as a title ("Police and Crime Commissioner Ana Moss")
_TITLE_LAST = frozenset({"Commissioner", "Officer", "Constable", "Director", "Executive", "Leader", "Mayor",
                         "Superintendent", "Inspector", "Commander", "Chair", "Chairman", "Manager"})
_FROM = re.compile(r"\s*,?\s+(?:from|of)\s+(?:the\s+)?")  # "Jo Lee from the Charity Commission", "DCI Jo Lee of X"
# between a post and the organisation it is held in: ", ", " - ", " at ", " of the ", ", from "
# ("Head of Service, The Probation Service": a roster line's capital on the organisation's article)
_POST_TO_ORGANISATION = re.compile(r"\s*(?:,|-|–)\s*(?:The\s+)?|\s*,?\s*(?:at|of|from)\s+(?:the\s+)?")
_COMMA_THEN = re.compile(r",\s+(?:the\s+|The\s+)?")
# after the organisation: its bracketed unit, then the sentence's verb, or the end of the line ("and" or a name
# would make it a list's item)
_ORGANISATION_CLOSES = re.compile(r"(?:\s*\([^()\n]{1,60}\))?\s*(?:,\s+(?!and\b|or\b)[a-z]|[.;]|\s*$)",
                                  re.M)
# the comma of an apposition before an untitled holder, and the word that says they hold the post now ("the Head of
# Housing, currently Jo Lee")
_HOLDER_COMMA = re.compile(rf",(?:\s+{NOW_HOLDER})?")
_BRACKET_BEFORE_HOLDER = re.compile(rf"\s*\(\s*(?:{NOW_HOLDER}\s+)?")
# ("the Police, Fire and Crime Commissioner (PFCC), Mr Ravi Sen": the post's initials in brackets stand between)
_BEFORE_PERSON = re.compile(r"^\s*(?:\([A-Z][A-Za-z&]{1,7}\)\s*(?=,))?(?:,|\(|–|-)?\s*"
                            rf"(?:{NOW_HOLDER}\s+)?$")
# a post held in a named organisation, then its holder: "the Head of Housing at Northdale City Council, Mr Jo Lee"
_POST_AT = re.compile(r"\s+(?:at|of|for|in)\s+(?:the\s+)?")
_THEN_HOLDER = re.compile(r"\s*(?:\([A-Z][A-Za-z&]{1,7}\)\s*)?,\s*")


def _holds_fuller_rank(doc: ExtractionDoc, person, rank: str) -> bool:
    """ "Superintendent Okafor" after "Chief Supt. R Okafor": the short form of a rank the paper already gave the
    person in full is that rank, not a second post."""
    tail = " " + rank.casefold()
    return any(f.relation == "holds_post" and f.subject.iri == person.iri and f.object is not None and
               f.object.name.casefold().endswith(tail) for f in doc.facts)


@reads()
def appositions(doc: ExtractionDoc) -> None:
    for _, (start, end) in doc.prose():
        mentions = [m for m in doc.mentions(start, end) if m.kind in ("person", "post", "body", "name")]
        for i, m in enumerate(mentions):
            prev = mentions[i - 1] if i > 0 else None
            nxt = mentions[i + 1] if i + 1 < len(mentions) else None
            if m.kind == "person" and m.rank:
                person = _person(doc, m)
                if not _holds_fuller_rank(doc, person, m.rank):
                    doc.add(person, "holds_post", doc.resolver.post_named(m.rank), m.start, m.end, "apposition:rank",
                            0.85)
            if not names_a_person(m):
                continue
            if nxt is not None and nxt.kind == "post" and _AFTER_PERSON.match(_gap_to_post(doc, m.end, nxt)):
                after = mentions[i + 2] if i + 2 < len(mentions) else None
                if after is not None and after.kind == "name" and after.head == "acronym":
                    # "Jo Lee, Chief Finance Officer, OPCC": an organisation the paper named by its initials
                    known = doc.resolver.acronym(after.name)
                    after = replace(after, kind="body", extra={"entity": known}) if known is not None and \
                        known.kind == "body" else after
                elif after is not None and _employer_ends_line(doc, nxt, after,
                                                               opened=doc.text[m.end : nxt.start].strip() == "("):
                    # "Jo Lee - Area Manager, Skills Development Scotland": the name that closes the entry after
                    # the post is the organisation the post is of, though no head noun says it is a body
                    known = doc.resolver.body_named(after.name)
                    after = replace(after, kind="body", extra={"entity": known}) if known is not None and \
                        known.kind == "body" else after
                joined = after is not None and after.kind == "body" and \
                    _POST_TO_ORGANISATION.fullmatch(doc.text[nxt.end : after.start]) is not None
                marker = chair_role(nxt.name, ending=True) if not nxt.role else None
                if marker and joined:
                    # "Cllr Jo Lee (Chair, Safer Borough Partnership)"
                    doc.add(_person(doc, m), marker, doc.resolver.entity(after), m.start, after.end,
                            f"apposition:{marker}", 0.85)
                    continue
                if marker and prev is not None and prev.kind == "body" and not prev.possessive and \
                        re.fullmatch(r"\s+[-–]\s+", doc.text[prev.end : m.start]) and \
                        re.match(r"\s*(?:[.;]|$)", doc.text[nxt.end : nxt.end + 2]):
                    # "Review of the Safer Bassetlaw Partnership - Jo Lee, Chairperson": the chair of the body named
                    item = re.match(r"(?:[A-Z][a-z]+ )+of (?:the )?(?=[A-Z])", prev.name)
                    body = doc.resolver.body_named(prev.name[item.end() :]) if item else doc.resolver.entity(prev)
                    doc.add(_person(doc, m), marker, body, prev.start, nxt.end, f"apposition:{marker}", 0.8)
                    continue
                seat = prev is not None and prev.kind == "body" and not prev.possessive and \
                    _SEAT_DASH.fullmatch(doc.text[prev.end : m.start]) is not None and \
                    re.match(r"\s*(?:[.;(]|$)", doc.text[nxt.end : nxt.end + 2]) is not None
                between = doc.text[nxt.end : after.start].strip() if joined else ""
                if not marker and joined and _bare_post(nxt) and (between == "," or re.fullmatch(r"at(?: the)?",
                                                                                                  between)):
                    # "Mina Roscoe, Head of Safeguarding, Sunderland City Council", "Jo Lee, Service Manager at
                    # Harbour Women's Aid": the organisation's post, the bare title kept as an alias
                    _employer_post(doc, m, nxt, after, m.start, after.end)
                elif not marker and seat and _bare_post(nxt):
                    # "* Swindon Borough Council - Ivo Marsh, Chief Executive": the seat's organisation's post
                    _employer_post(doc, m, nxt, prev, prev.start, nxt.end)
                elif not marker and not joined and _bare_post(nxt) and (signer := _signed_for(doc, m)):
                    # "Signed for Eastvale Council: Jo Lee, Chief Executive": the post of the body signed for
                    _employer_post(doc, m, nxt, signer, m.start, nxt.end)
                elif not marker:
                    _person_post(doc, m, nxt, m.start, nxt.end)
                    # "(Director of Public Health and Chair of CDAP)": every post the bracket gives the person
                    k = i + 2
                    while k < len(mentions) and mentions[k].kind == "post" and _ALSO.fullmatch(
                            doc.text[mentions[k - 1].end : mentions[k].start]):
                        _person_post(doc, m, mentions[k], m.start, mentions[k].end)
                        k += 1
                if joined:
                    organisation = after.extra.get("entity") or doc.resolver.entity(after)
                    doc.add(_person(doc, m), "member_of", organisation, m.start, after.end,
                            "apposition:organisation", 0.8)
            elif nxt is not None and nxt.kind == "body" and nxt.possessive and i + 2 < len(mentions) and \
                    mentions[i + 2].kind == "post" and mentions[i + 2].extra.get("owner") is not None and \
                    re.fullmatch(r"\s*,\s*(?:the\s+)?", doc.text[m.end : nxt.start]):
                # "Cllr Dana Mwale, Wyre Council's Executive Member for Communities": the owner's post
                post = mentions[i + 2]
                _person_post(doc, m, post, m.start, post.end)
                doc.add(_person(doc, m), "member_of", doc.resolver.entity(nxt), m.start, post.end,
                        "apposition:organisation", 0.8)
            elif nxt is not None and nxt.kind == "body" and not nxt.back_ref and not nxt.possessive and \
                    m.kind == "person" and _COMMA_THEN.fullmatch(doc.text, m.end, nxt.start) and \
                    _an_organisation(nxt.name) and (
                        _ORGANISATION_CLOSES.match(doc.text, nxt.end) or _post_follows(doc, mentions, i + 2, nxt)):
                # "DS Ravi Kohli, Northvale Police, presented", "Supt Jo Lee, Kent Police (West Division)": a titled
                # person's organisation in commas, the sentence going on after it (not a list's next item)
                organisation = doc.resolver.entity(nxt)
                if organisation is not None and organisation.kind == "body":
                    doc.add(_person(doc, m), "member_of", organisation, m.start, nxt.end, "apposition:organisation",
                            0.8)
            elif nxt is not None and nxt.kind in ("body", "name") and (
                    (doc.text[m.end : nxt.start].strip() == "(" and doc.text[nxt.end : nxt.end + 1] == ")")
                    or _FROM.fullmatch(doc.text[m.end : nxt.start])):
                # "Kit Sands (Northvale County Council)", "Jo Lee from the Charity Commission": whom they work for
                organisation = doc.resolver.entity(nxt) if nxt.kind == "body" else (
                    doc.resolver.acronym(nxt.name) if nxt.head == "acronym" else None)
                if organisation is not None and organisation.kind == "body":
                    end = nxt.end + 1 if doc.text[nxt.end : nxt.end + 1] == ")" else nxt.end
                    doc.add(_person(doc, m), "member_of", organisation, m.start, end, "apposition:organisation", 0.8)
            if names_a_person(m) and prev is not None and prev.kind == "body" and i >= 2 and not prev.back_ref and \
                    mentions[i - 2].kind == "post" and _bare_post(mentions[i - 2]) and \
                    (_POST_AT.fullmatch(doc.text, mentions[i - 2].end, prev.start) or (
                        m.kind == "person" or looks_like_person(m.name.split())) and
                     doc.text[mentions[i - 2].end : prev.start].strip() == ",") and \
                    _THEN_HOLDER.fullmatch(doc.text, prev.end, m.start) and \
                    not _describes_earlier(doc, mentions, i - 2):
                # "the Head of Housing at Northdale City Council, Mr Jo Lee", "the Area Commander of the
                # Westmoor Basic Command Unit (BCU), Chief Superintendent Jo Lee": the organisation's post
                post = mentions[i - 2]
                _employer_post(doc, m, post, prev, post.start, m.end,
                               written=" ".join(doc.text[post.start : prev.end].split()))
                organisation = doc.resolver.entity(prev)
                if organisation is not None and organisation.kind == "body":
                    doc.add(_person(doc, m), "member_of", organisation, post.start, m.end, "apposition:organisation",
                            0.8)
                continue
            if prev is not None and prev.kind == "post" and _BEFORE_PERSON.match(doc.text[prev.end : m.start]) and \
                    not _describes_earlier(doc, mentions, i - 1):
                # "Head of Housing (Jo Lee)", "Community Safety Manager (currently Jo Lee)"
                bracketed = _BRACKET_BEFORE_HOLDER.fullmatch(doc.text, prev.end, m.start) is not None and \
                    doc.text[m.end : m.end + 1] == ")"
                if m.kind == "name" and not _HOLDER_COMMA.fullmatch(doc.text[prev.end : m.start].strip()) and \
                        not bracketed and not (
                        doc.text[prev.end : m.start] == " " and prev.name.split()[-1] in _TITLE_LAST and
                        re.match(r"\s*(?:[,.;:)(]|$|(?:has|had|is|was|will|said|told|confirmed|reported|"
                                 r"welcomed|thanked|opened|presented|explained)\b)", doc.text[m.end : m.end + 12])):
                    # an untitled name right after a post needs the comma of an apposition, unless the post is a
                    # title used as one ("Chief Fire Officer Sam Reed said ...")
                    continue
                _person_post(doc, m, prev, prev.start, m.end, before=True)


# an organisation's seat, then who fills it: "Swindon Borough Council - Ivo Marsh, Chief Executive"
_SEAT_DASH = re.compile(r"\s+[-–—]\s+|:\s+")


# the last words of an organisation's name (not a council's service or a portfolio, "Resident Services")
_ORGANISATION_LAST = frozenset({"Police", "Constabulary", "Council", "Trust", "OPCC", "Authority", "University",
                                "College", "ICB", "CCG", "Prison", "Probation"})


def _gap_to_post(doc: ExtractionDoc, end: int, post: Mention) -> str:
    """The text from END to POST, less the place's possessive the post was written after ("Jo Lee, Camden's Head
    of Youth Justice"): the place qualifies the post (see Resolver.post) and is no word between holder and post."""
    gap = doc.text[end : post.start]
    prefix = post.extra.get("place_prefix")
    if prefix:
        gap = re.sub(r"\b" + re.escape(prefix) + r"(?:['’]s?)\s*$", "", gap)
    return gap


def _an_organisation(name: str) -> bool:
    """NAME, set in commas after a person, is an organisation they work for: a public body the gazetteer knows, or
    a name ending in an organisation's word ("Northvale Police"); a portfolio or a council's service written the
    same way ("Cllr Jo Lee, Resident Services") is not."""
    return placenames.public_body(name) is not None or name.split()[-1] in _ORGANISATION_LAST


def _post_follows(doc: ExtractionDoc, mentions: list[Mention], k: int, organisation: Mention) -> bool:
    """The mention at K is a post set straight after ORGANISATION and a comma ("DS Jo Lee, Kent Police, Chair of the
    Board"): the person's role there, so the organisation before it is theirs, not a list's item."""
    return k < len(mentions) and mentions[k].kind == "post" and \
        doc.text[organisation.end : mentions[k].start] == ", "


def _employer_ends_line(doc: ExtractionDoc, post: Mention, after: Mention, opened: bool = False) -> bool:
    """AFTER is a capitalised name of two words or more, set after POST and a comma, that ends its line (or, OPENED
    by a bracket after the holder's name, closes that bracket) and names no person: an entry's organisation ("Area
    Manager, Skills Development Scotland", "Jo Lee (Chief Officer, Fife Voluntary Action) and ...")."""
    if after.kind != "name" or after.head == "acronym" or doc.text[post.end : after.start] != ", ":
        return False
    words = after.name.split()
    # the bracket that "(" after the holder opened ends the apposition as a line's end ends an entry: what follows
    # ("and Sam Reed (...)", "attended") is the sentence's, not more of the organisation's name
    closed = opened and doc.text[after.end : after.end + 1] == ")"
    rest = "" if closed else \
        doc.text[after.end : doc.text.find("\n", after.end) if "\n" in doc.text[after.end :] else len(doc.text)]
    # the name carries the area it serves ("Fife Voluntary Action"): a directorate's name ("Public Realm",
    # "Adult Social Care") after a post carries none
    return len(words) >= 2 and not rest.strip(" .;") and not looks_like_person(words) and \
        all(w[:1].isupper() or w in ("of", "and", "for", "the", "&") for w in words) and \
        not department_words(after.name) and any(placenames.is_place(w) for w in words)


def _bare_post(post: Mention) -> bool:
    """A post written with no owner of its own ("Head of Safeguarding", not "Head of Safeguarding, NHS Kent")."""
    return not post.role and "," not in post.name and not post.place and post.extra.get("owner") is None and \
        not chair_role(post.name, ending=True)


# a signature's label before the signer's name: "Signed for Eastvale Council:", "Signed on behalf of the Board -"
_SIGNED_FOR = re.compile(r"(?i)\s*(?:signed|signature)\s+(?:for|on\s+behalf\s+of)\s+(?:the\s+)?"
                         r"(?P<org>[^:–—\n]{3,80}?)\s*[:–—-]\s*")


def _signed_for(doc: ExtractionDoc, person: Mention) -> Mention | None:
    """The organisation a signature line signs for, its label ending just before PERSON's name (a council written
    by its place, "Signed for Cyngor Gwynedd:", as its council); else None."""
    line_start = doc.text.rfind("\n", 0, person.start) + 1
    label = _SIGNED_FOR.fullmatch(doc.text, line_start, person.start)
    if label is None:
        return None
    found = [m for m in doc.mentions(label.start("org"), label.end("org")) if m.kind in ("body", "place") or
             m.kind == "name" and m.head == "acronym"]
    if len(found) != 1 or found[0].possessive:
        return None
    body = found[0]
    if body.kind == "body":
        return body
    if body.kind == "name":
        # "Signed for TBC:" in an agreement of two councils that glossed their initials: the council so glossed
        signer = doc.resolver.acronym(body.name)
        return replace(body, kind="body", extra={"entity": signer}) if signer is not None and \
            signer.kind == "body" else None
    council = placenames.council_of(body.name)
    return replace(body, kind="body", extra={"entity": doc.resolver.body_named(council, written=body.name)}) \
        if council else None


def _employer_post(doc: ExtractionDoc, m: Mention, post: Mention, employer: Mention, start: int, end: int,
                   written: str | None = None) -> None:
    """The post of the organisation written after it, the bare title kept as an alias (and the post as WRITTEN,
    "Head of Housing at Northdale City Council")."""
    organisation = employer.extra.get("entity") or doc.resolver.entity(employer)
    if organisation is None or organisation.kind != "body":
        _person_post(doc, m, post, start, post.end)
        return
    bare = doc.resolver.post(post)
    if bare is not None and bare.name.endswith(", " + organisation.name):
        held = bare  # a council's post the resolver already named with the council
    else:
        held = doc.resolver.post_named(f"{bare.name}, {organisation.name}", written=post.name)
    held = doc.resolver.remember(held, f"{post.name} of {organisation.name}")
    if written:
        held = doc.resolver.remember(held, written)
    doc.add(_person(doc, m), "holds_post", held, start, end, "apposition:post", 0.85)


def _describes_earlier(doc: ExtractionDoc, mentions: list[Mention], k: int) -> bool:
    """The post at K is already the apposition of the person named just before it ("Jo Lee, Chair of X, Sam
    Reed from Y"): it is not also the title of the name after it."""
    before = mentions[k - 1] if k >= 1 else None
    return before is not None and before.kind in ("person", "name") and before.head != "acronym" and \
        doc.text[before.end : mentions[k].start].strip() in (",", "(", "–", "-")


@reads()
def signatures(doc: ExtractionDoc) -> None:
    """A name on a line of its own above its post, as under a foreword or a letter ("Dr Jo Lee" / "Independent
    Chair, Northdale Safeguarding Adults Board"): the person holds the post, or chairs the body it names."""
    lines = [ln for ln in doc.layout.lines if ln.kind != "blank"]
    for i, above in enumerate(lines[:-1]):
        # "Signed:   Jo Lee" over the post: the name is the field's value
        signed = above.kind == "field" and (above.label or "").casefold() in _SIGNED and above.value_start
        start = above.value_start if signed else above.content_start
        names = doc.mentions(start, above.end, expect_person=True)
        if len(names) != 1 or not names_a_person(names[0]) or doc.text[start : above.end].strip() != \
                doc.text[names[0].start : names[0].end]:
            continue
        # a block signs with up to three lines under the name ("post, council" / "Chair, partnership")
        for depth, below in enumerate(_block_below(doc, lines, i)):
            if not _signature_line(doc, names[0], above, below, also=depth > 0):
                break


_SIGNED = frozenset({"signed", "signature", "signed by", "sign-off", "signed off by"})


def _block_below(doc: ExtractionDoc, lines: list, i: int, most: int = 3) -> list:
    """The lines set directly under line I, each on the next line, none a label ("Officers present:") nor a
    table's row: the lines a signature's name heads."""
    block = []
    for prev, line in zip(lines[i : i + most], lines[i + 1 : i + 1 + most], strict=False):
        if doc.text[prev.end : line.start].count("\n") != 1 or line.text.rstrip().endswith(":") or line.kind == "row":
            break
        block.append(line)
    return block


def _signature_line(doc: ExtractionDoc, person_mention: Mention, above, below, also: bool) -> bool:
    """Read one line of a signature block as the post or chair of the person named above; False when the line
    is no post (a date, an address), which ends the block. ALSO: a line after the first, read only for the
    chair of a body, since a second post line under a name is more often the next signatory's than his."""
    under = [m for m in doc.mentions(below.content_start, below.end) if m.kind in ("post", "body")]
    if not under or under[0].kind != "post" or under[0].start - below.content_start > 2:
        return False
    post = under[0]
    if len(post.name.split()) == 1 and post.name.endswith("s"):
        return False  # "Officers", "Members": a heading word, not a post
    body = under[1] if len(under) > 1 and doc.text[post.end : under[1].start].strip() in (",", "of", "-", "–") \
        else None
    marker = chair_role(post.name, ending=True) if not post.role else None
    if marker and body is not None:
        organisation = doc.resolver.entity(body)
        if organisation is not None and organisation.kind == "body":
            person = _person(doc, person_mention)
            doc.add(person, marker, organisation, above.start, below.end, f"signature:{marker}", 0.85)
            _independent_post(doc, person, post, organisation, (above.start, below.end))
    elif not marker and not also:
        if body is not None and _bare_post(post) and doc.text[post.end : body.start].strip() == "," and \
                not doc.text[body.end : below.end].strip(" .;"):
            # "Portfolio Holder for Community Safety, Northdale Council" under a name: that organisation's post,
            # the bare title an alias
            _employer_post(doc, person_mention, post, body, above.start, below.end)
        else:
            _person_post(doc, person_mention, post, above.start, below.end)
        employer = doc.resolver.entity(body) if body is not None else None
        if employer is not None and employer.kind == "body":
            # "Executive Councillor for Communities, Cambridge City Council": the signatory works for it
            doc.add(_person(doc, person_mention), "member_of", employer, above.start, below.end,
                    "signature:organisation", 0.8)
    return True


def _independent_post(doc: ExtractionDoc, person: Entity, post: Mention, body: Entity, span: tuple[int, int]) -> None:
    """ "Independent Chair, Northdale Safeguarding Adults Board": an appointed post of that board, held."""
    if not post.name.casefold().startswith("independent ") or body.kind != "body" or not meets_as_body(body):
        return  # a board's independent chair, never a council's
    held = doc.resolver.post_named(f"{post.name}, {body.name}", written=post.name)
    held = doc.resolver.remember(held, f"{post.name} of the {body.name}")
    doc.add(person, "holds_post", held, *span, "apposition:post", 0.8)


def _person(doc: ExtractionDoc, m: Mention) -> Entity:
    if m.kind == "person":
        return doc.resolver.person(m)
    known = doc.resolver.known_person(m.name)
    return known or doc.resolver.person(Mention(m.start, m.end, "person", m.name))


_CHAIR_FIELD = re.compile(r"\s*(?:(?:vice|deputy|co)[- ]?)?chair(?:man|woman|person)?\s*:", re.I)


def _chair_field_value(doc: ExtractionDoc, at: int) -> bool:
    """AT is in the value of a "Chair:" field, whose chair is the body of the record the field is in (the fields
    rule reads it), not necessarily the paper's own body."""
    return _CHAIR_FIELD.match(doc.text, doc.text.rfind("\n", 0, at) + 1) is not None


def _person_post(doc: ExtractionDoc, m: Mention, post: Mention, start: int, end: int, before: bool = False) -> None:
    person = _person(doc, m)
    if post.role in ("chair_of", "vice_chair_of"):
        body = chaired_body(doc, post)
        if body is not None:
            rel = "chairs" if post.role == "chair_of" else "vice_chair"
            doc.add(person, rel, body, start, end, f"apposition:{rel}", 0.85)
            independent_chair(doc, person, post, (start, end), "apposition:post")
        return
    marker = chair_role(post.name, ending=True)
    owned = re.match(r"(?P<body>.+?\b(?:Board|Partnership|Panel|Committee|Group|Forum|Commission))\s+"
                     r"(?P<role>(?:Vice[- ]|Deputy |Co-?)?Chair(?:man|woman|person)?)$", post.name)
    if owned:
        # "the Safer Neighbourhood Board Chair, Ines Marlow": the chair of the body the title names
        rel = "vice_chair" if re.match(r"(?i)vice|deputy", owned.group("role")) else "chairs"
        doc.add(person, rel, doc.resolver.body_named(owned.group("body")), start, end, f"apposition:{rel}", 0.85)
        return
    if marker:
        # "the Independent Chair, Ola Stenning": the chair of the paper's own body (a qualified title only)
        own = meeting_body(doc)  # not the council a paper of an unread body falls back on
        if before and own is not None and len(post.name.split()) > 1 and \
                post.name not in names().vice_chair_markers and not _chair_field_value(doc, start):
            doc.add(person, marker, own, start, end, f"apposition:{marker}", 0.8)
            _independent_post(doc, person, post, own, (start, end))
        elif before and _bare_chair_apposed(doc, post, m):
            # "The Chair, Cllr Jo Lee, welcomed ...", "the Partnership's Vice-Chair, Supt Sam Reed, reported": the
            # chair of the body whose title it is, or of the meeting's body
            owner = post.extra.get("owner")
            body = doc.resolver.entity(owner) if owner is not None else own
            if body is not None and body.kind == "body":
                doc.add(person, marker, body, owner.start if owner is not None else start, end,
                        f"apposition:{marker}_bare", 0.75)
        return
    entity = doc.resolver.post(post)
    doc.add(person, "holds_post", entity, start, end, "apposition:post", 0.85)
    employer = _written_employer(doc, post) or _qualifying_employer(doc, post, entity)
    if employer is not None:
        # "the council's Head of Safer Communities, Jo Lee", "Northvale Police's District Commander, Supt Jo Lee":
        # the organisation whose post it is, written with the post, employs the holder
        owner = post.extra.get("owner")
        doc.add(person, "member_of", employer, min(start, owner.start) if owner is not None else start, end,
                "apposition:organisation", 0.8)


# a bare chair's title said as the definite one ("The Chair", "our Vice-Chair", "the Board's Chair"), its holder's
# name set in commas after it: the apposition closes before the sentence goes on
_DEFINITE_TITLE = re.compile(r"(?:^|\W)(?:[Tt]he|[Oo]ur)\s+(?:(?:current|new|present)\s+)?$")
_APPOSITION_CLOSES = re.compile(r"\s*,\s+[a-z]")


def _bare_chair_apposed(doc: ExtractionDoc, post: Mention, holder: Mention) -> bool:
    """POST is a bare chair's title ("Chair", "Vice-Chair") after "the" (or a body's possessive after "the"), and
    HOLDER its holder set in commas after it, the sentence going on in lower case ("..., welcomed members")."""
    if post.name not in names().chair_markers and post.name not in names().vice_chair_markers:
        return False
    if doc.text[post.end : holder.start].strip() != "," or not _APPOSITION_CLOSES.match(doc.text, holder.end):
        return False
    owner = post.extra.get("owner")
    lead = owner.start if owner is not None else post.start
    return _DEFINITE_TITLE.search(doc.text, max(0, lead - 30), lead) is not None


def _written_employer(doc: ExtractionDoc, post: Mention) -> Entity | None:
    """The organisation a possessive wrote POST as held in ("Eastvale Council's", "the Council's", "NPT's"), or
    None; a board's or partnership's post ("the Board's Independent Chair") names no employer."""
    owner = post.extra.get("owner")
    if owner is None:
        return _employer_within(doc, post) or _initials_before(doc, post) or _place_council(doc, post)
    return employing_body(doc, owner, noted=False)


# a possessive written just before a post: "the Council's", "Kent Police's"
_POSSESSIVE_BEFORE = re.compile(r"['’]s?\s+$")


def _qualifying_employer(doc: ExtractionDoc, post: Mention, entity: Entity) -> Entity | None:
    """The organisation the post was qualified with ("Director of Housing, Northvale Council" for "the Council's
    Director of Housing"; "District Commander, Kent Police" for "Kent Police District Commander"), when the paper
    wrote it with the post: as a possessive before it, or in the post's own words. An organisation only (a board's
    or partnership's post names no employer)."""
    bare, sep, qualifier = entity.name.rpartition(", ")
    if not sep or council_posts()[2].match(bare):
        return None  # (an elected member's seat, "the Council's Cabinet Member for X", is no employment)
    written = doc.text[post.start : post.end]
    if not (_POSSESSIVE_BEFORE.search(doc.text, max(0, post.start - 3), post.start) or written.startswith(qualifier)):
        return None
    organisation = next((e for e in doc.resolver.entities if e.kind == "body" and e.name == qualifier), None)
    if organisation is None and placenames.known_body_name(qualifier) == qualifier:
        organisation = doc.resolver.body_named(qualifier)  # "South Wales Police", read inside the post's name
    if organisation is None or organisation.kind != "body" or \
            meets_as_body(organisation) and not organisation.name.endswith(" Council"):
        return None  # (a council meets, and employs its officers)
    return organisation


def _initials_before(doc: ExtractionDoc, post: Mention) -> Entity | None:
    """The organisation whose initials open POST's name ("the OPCC Commissioning Manager", "the ICB Director of
    Nursing"), when the paper (or the gazetteer) gives those initials a body that employs people (no board)."""
    first, _, rest = post.name.partition(" ")
    if not rest or not re.fullmatch(r"[A-Z]{2,6}", first):
        return None
    organisation = doc.resolver.acronym(first)
    if organisation is None or organisation.kind != "body" or meets_as_body(organisation):
        return None
    return organisation


def _place_council(doc: ExtractionDoc, post: Mention) -> Entity | None:
    """The council of the place a possessive wrote POST as held in ("Bexley's Director of Communities", "Anglesey's
    Head of Regulation"), when the paper names that council: a place's own officers and members are its council's.
    A post that names another organisation ("Kent's Police and Crime Commissioner") or is a rank of the police or
    fire service ("Camden's Borough Commander") is not the council's, nor a bare title whose organisation a
    possessive place does not say ("Leeds's Chief Executive")."""
    prefix = post.extra.get("place_prefix")
    kind = council_post_kind(post.name)
    if not prefix or kind is None:
        return None
    place = placenames.canonical_place(prefix) or prefix
    council = placenames.council_of(place)
    if not council:
        return None
    names_ = {n.casefold() for n in (council, *placenames.council_formal_names(place))}
    for e in doc.resolver.entities:
        if e.kind == "body" and (names_ & {n.casefold() for n in (e.name, *e.aliases)} or
                                 placenames.council_named(e.name) == council):
            return doc.resolver.body_named(e.name)
    # a post only a council has is that place's council's, named or not; any other title ("Head of Regulation")
    # only when the paper names the council (else which body the place's possessive stands for is unsaid)
    return doc.resolver.body_named(council) if kind == "council" else None


# where a post's own words name the organisation it is held in: "Maidstone District Commander for Kent Police",
# "Deputy Leader of Manchester City Council"
_POST_IN = re.compile(r"\s(?:of|for|at)\s+(?:the\s+)?(?=[A-Z])")


def _employer_within(doc: ExtractionDoc, post: Mention) -> Entity | None:
    """The public body the gazetteer knows that the end of POST's name names after "of", "for" or "at" ("District
    Commander for Kent Police", "Chief Constable of Northvale Police"), or None: only a whole known name counts, so
    a portfolio ("Cabinet Member for Communities") or a service ("Head of Youth Justice") names no employer."""
    if heads().post_office_re.search(post.name):
        return None  # "Police and Crime Commissioner for Northvale Police": the force's overseer, not its officer
    for m in _POST_IN.finditer(post.name):
        known = placenames.known_body_name(post.name[m.end() :].strip())
        if known is not None:
            return doc.resolver.body_named(known, written=post.name[m.end() :].strip())
    return None


_UNIT_HEADS = frozenset({"Unit", "Team", "Hub", "Directorate", "Department", "Division"})


@cache
def _lower_case_post() -> re.Pattern[str]:
    """ ", the Northshire Police local policing commander for Eastvale": an organisation's words in capitals (or
    none), a post in lower case ending in a job's head, and the area it serves after "for"."""
    head = "|".join(map(re.escape, lower_case_post_heads()))
    return re.compile(r",\s+the\s+(?P<post>(?P<org>(?:[A-Z][\w&’'-]*\s+(?:(?:and|of)\s+)?){0,7}?)"
                      rf"(?:[a-z][\w-]*\s+){{0,3}}(?:{head})(?:\s+for\s+[^,.;:()\n]{{2,50}}?)?)"
                      r"(?=\s*(?:[,.;(]|$))", re.M)


@reads("the")
def lower_case_posts(doc: ExtractionDoc) -> None:
    """ "Superintendent Jo Lee, the Northshire Police local policing commander for Eastvale, said ...": a post
    written in lower case (no post mention reads it), held by the person before it; the organisation it opens on
    is the person's employer. The post is named as written, from its first word to its area."""
    for _, (start, end) in doc.prose():
        people = {m.end: m for m in doc.mentions(start, end, expect_person=True) if m.kind == "person"}
        for said in _lower_case_post().finditer(doc.text, start, end):
            who = people.get(said.start())
            if who is None:
                continue
            text = " ".join(said.group("post").split())
            person = doc.resolver.person(who)
            post = doc.resolver.post_named(text[:1].upper() + text[1:], written=text)
            if person is None or post is None or post.kind != "post":
                continue
            doc.add(person, "holds_post", post, who.start, said.end(), "apposition:lower_case_post", 0.75)
            org = said.group("org").strip()
            found = [m for m in doc.mentions(said.start("org"), said.end("org")) if m.kind == "body"]
            # (a unit's name before the post, "the Local Policing Unit commander", names no employer)
            if org and len(found) == 1 and found[0].start == said.start("org") and \
                    doc.text[found[0].end : said.end("org")].strip() == "" and org.split()[-1] not in _UNIT_HEADS:
                employer = doc.resolver.entity(found[0])
                if employer is not None and employer.kind == "body":
                    doc.add(person, "member_of", employer, who.start, said.end(), "apposition:lower_case_post", 0.75)


@reads()
def ranks_of_people_read(doc: ExtractionDoc) -> None:
    """ "Our member: Station Manager Ada Brook", "Exploitation Group - Detective Inspector Ada Brook, Northdale
    Police": a rank written before the name of a person some rule read (a field, a table row, a list of chairs)
    is a post she holds, whichever rule read the line. Prose is the appositions' own."""
    read = {(e.iri, f.start, f.end) for f in doc.facts for e in (f.subject, f.object)
            if e is not None and e.kind == "person"}
    for iri, start, end in sorted(read, key=lambda r: r[1:]):
        for m in doc.mentions(start, end):
            if m.kind != "person" or not m.rank:
                continue
            person = doc.resolver.person(m)
            if person.iri == iri and not _holds_fuller_rank(doc, person, m.rank):
                doc.add(person, "holds_post", doc.resolver.post_named(m.rank), m.start, m.end, "read:rank", 0.8)


@reads()
def ranks_within_posts(doc: ExtractionDoc) -> None:
    """ "Supt Ada Brook - Superintendent, Northdale" or "Inspector Ada Brook - Neighbourhood Policing Inspector": the
    rank written before the name is the head of a fuller post the paper gives the same person, and that post is
    what she holds. The bare rank, read by the rules that see the title alone, is dropped."""
    full_ranks = {r.casefold() for r in names().ranks.values()}
    held: dict[str, list[str]] = {}
    for f in doc.facts:
        if f.relation == "holds_post" and f.object is not None:
            held.setdefault(f.subject.iri, []).append(f.object.name)
    doc.facts[:] = [f for f in doc.facts if not (
        f.relation == "holds_post" and f.object is not None and f.object.name.casefold() in full_ranks and
        any(_fuller(f.object.name, other) for other in held.get(f.subject.iri, ())))]


@reads()
def own_officers(doc: ExtractionDoc) -> None:
    """A council's paper's own officers (its author and contact, who gave the advice it records, who took its
    minutes) hold a bare officer's post in that council: "Contact officer: Jo Lee, Service Manager - Community
    Safety" is the council's Service Manager, the bare title kept as an alias. A partner's post says whose it is
    ("Police", "NHS"), a rank is no council's, and a post with its organisation written is left as read."""
    if doc.resolver.council is None:
        return
    cues = own_officer_cues()
    for i, f in enumerate(doc.facts):
        post = f.object
        if f.relation != "holds_post" or post is None or post.kind != "post" or not _own_officer_cued(doc, f, cues):
            continue
        held = council_officer_post(doc, post)
        if held is not None:
            doc.facts[i] = replace(f, object=held)


def council_officer_post(doc: ExtractionDoc, post: Entity) -> Entity | None:
    """The paper's council's own post for a bare officer's title its frame gives ("Director of Place" is the
    council's Director of Place), the bare title kept as an alias; None for a post that says whose it is, a rank,
    a member's portfolio, or in a paper with no council."""
    council = doc.resolver.council
    if council is None or "," in post.name or " of the " in post.name or council_posts()[1].search(post.name) or \
            not _officer_title(post.name):
        return None
    held = doc.resolver.post_named(f"{post.name}, {council.name}", written=post.name)
    return doc.resolver.remember(held, post.name, f"{post.name} ({council.name})")


def _officer_title(name: str) -> bool:
    """NAME is an officer's title ("Senior Legal Officer", "Director of Place", "Head of Service - Housing"), not a
    rank, a member's portfolio or a chair's role."""
    h = heads()
    if name.replace(".", "") in names().ranks or chair_role(name) or council_posts()[2].match(name):
        return False
    title = re.split(r"\s+[-–(]", name)[0]
    if any(title == r or title.endswith(" " + r) for r in names().ranks.values()):
        return False  # "Neighbourhood Inspector", "Area Commander": a police rank's post, no council's
    return h.post_leading_re.match(title) is not None or \
        any(title == t or title.endswith(" " + t) for t in h.post_trailing if t[0].isupper() and len(t) > 3)


_CO_NAMES_BEFORE = re.compile(r"(?:(?:[A-Z][\w'’.-]*\s+)*[A-Z][\w'’.-]*\s*(?:/|,|&|\band\b)\s*)+$")


def _own_officer_cued(doc: ExtractionDoc, f, cues) -> bool:
    """The person of F is marked as the paper's own officer: a label of its author or contact before them on the
    line (or heading the lines they open), the advice or note they gave just before, "(minutes)" just after."""
    label, before, after = cues
    text = doc.text
    surname = f.subject.name.split()[-1]
    at = text.find(surname, f.start, f.end + 1)
    if at < 0:
        return False
    at = text.rfind(f.subject.name.split()[0], f.start, at + 1) if len(f.subject.name.split()) > 1 else at
    line_start = text.rfind("\n", 0, at) + 1
    prefix = text[line_start:at]
    # ("Author: Jo Lee/Sam Reed (Officers)": a co-author's name before this one is still under the label)
    unlisted = _CO_NAMES_BEFORE.sub("", prefix)
    if label.match(unlisted) or before.search(text[max(0, at - 40) : at]) or after.search(text[at : f.end + 20]):
        return True
    if prefix.strip():
        return False
    previous = [ln for ln in text[max(0, line_start - 400) : line_start].split("\n") if ln.strip()][-2:]
    return any(label.match(ln) for ln in previous)


@reads()
def bare_posts_within_qualified(doc: ExtractionDoc) -> None:
    """ "Head of Service" and "Head of Service, Probation Service" given to one person by two readers of one row:
    the bare title is the qualified post written with less said, not a second post, and is dropped."""
    held: dict[str, list[str]] = {}
    for f in doc.facts:
        if f.relation == "holds_post" and f.object is not None:
            held.setdefault(f.subject.iri, []).append(f.object.name.casefold())
    doc.facts[:] = [f for f in doc.facts if not (
        f.relation == "holds_post" and f.object is not None and "," not in f.object.name and
        any(_qualifies(f.object.name.casefold(), other) for other in held.get(f.subject.iri, ())))]


# a councillor's post whose portfolio follows "for": written bare ("the Cabinet Member", "The current Portfolio
# Holder"), it is the one such portfolio the paper names
_PORTFOLIO_HEADS = frozenset({"Cabinet Member", "Portfolio Holder", "Executive Member", "Lead Member",
                              "Lead Cabinet Member", "Executive Councillor", "Lead Councillor"})


@reads(*(h.casefold() for h in _PORTFOLIO_HEADS))
def bare_portfolios(doc: ExtractionDoc) -> None:
    """ "jointly chaired by the Cabinet Member and the Borough Commander" in a paper that names one Cabinet Member's
    portfolio ("Cabinet Member for Safer Communities, Lambeth Council"): the bare title is that post. With two
    portfolios of the kind named, which one it means is unclear, and the bare title is left."""
    if not any(f.relation in ("holds_post", "chairs", "vice_chair") for f in doc.facts):
        return
    # every post the paper named, in a fact or not: a second portfolio named anywhere makes the bare title unclear
    posts = {e.iri: e for e in doc.resolver.entities if e.kind == "post"}
    for i, f in enumerate(doc.facts):
        for side in ("subject", "object"):
            e = getattr(f, side)
            if e is None or e.kind != "post" or e.name not in _PORTFOLIO_HEADS:
                continue
            full = [p for p in posts.values() if p.name.startswith(e.name + " for ")]
            if len(full) == 1:
                doc.facts[i] = f = replace(f, **{side: doc.resolver.remember(full[0], e.name)})


def _qualifies(bare: str, post: str) -> bool:
    """POST is BARE with its organisation or place added: "head of service, probation service"."""
    return post.startswith((bare + ", ", bare + " of ", bare + " for ", bare + " ("))


def _fuller(rank: str, post: str) -> bool:
    """POST is RANK with more said of it: "Superintendent, Northdale", "Neighbourhood Policing Inspector"."""
    r, p = rank.casefold(), post.casefold()
    head = p.split(",")[0].strip()  # "Neighbourhood Policing Inspector, Rivermouth BCU": the title before its place
    return p != r and (head == r or head.endswith(" " + r) or p.startswith(r + " ("))
