"""Specifics: the typed details a requirement's evidence column asks for.

A facet can be *on topic* and still say nothing checkable: "the partners contribute to the
budget" is about funding but names no contributor, amount or period. The catalogue's evidence
column lists what a pass needs (named bodies, amounts or shares, a period, a frequency, a place
of publication ...). Each slot type here is one small detector over a sentence's text; a facet
lists the slots it needs (``slots: [organisation, money|share, period]``, ``|`` = either) and the
matcher looks for them in the evidence sentence and its neighbours in the same section.

Detectors are deliberately about *form* (a money amount, an organisation's name shape, a job
title), never about one document's wording.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass, field

_MONTHS = (
    r"(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?|"
    r"oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)"
)
_YEAR = r"(?:19|20)\d\d"

# "£412,000", "£1.2m", "£50k", "412,000 pounds"
_MONEY = re.compile(
    r"£\s?\d[\d,]*(?:\.\d+)?\s?(?:k\b|m\b|million\b|bn\b)?|\b\d[\d,]*(?:\.\d+)?\s?(?:pounds|gbp)\b|"
    # a thousands-separated amount alone in a table cell ("Kelby ICB; 107,100; ..."): funding tables
    # often put the £ only in a header the reader does not repeat
    r"(?:^|[;|:]\s*)\d{1,3}(?:,\d{3})+(?:\.\d\d)?(?=\s*(?:[;|]|$))",
    re.I,
)
# "a third", "33%", "equal shares", "split equally", "in equal proportion", "40:30:30"
_SHARE = re.compile(
    r"\b\d{1,3}(?:\.\d+)?\s?(?:%|per ?cent)|\b(?:a|one|two)[ -](?:third|quarter|half)s?\b|\bhalf\b|"
    r"\bequal(?:ly)?\b[^.]{0,40}\b(?:share|split|proportion|contribut|part)|"
    r"\b(?:share|split|divided|contribut\w*)\b[^.]{0,30}\bequal(?:ly)?\b|"
    r"\b\d{1,2}\s?:\s?\d{1,2}(?:\s?:\s?\d{1,2})+\b|\bpro[- ]rata\b|\bformula\b",
    re.I,
)
# a financial year, a span of years, a dated range, "each year", "annual budget"
_PERIOD = re.compile(
    rf"\b{_YEAR}\s?[/–—-]\s?(?:{_YEAR}|\d\d)\b|"
    rf"\b(?:\d{{1,2}}(?:st|nd|rd|th)?\s+)?{_MONTHS}\s+{_YEAR}\s*(?:to|until|[–—-])\s*"
    rf"(?:\d{{1,2}}(?:st|nd|rd|th)?\s+)?{_MONTHS}\s+{_YEAR}\b|"
    r"\b(?:financial|reporting|budget) year\b|\b(?:each|every|per|a) (?:financial )?year\b|\bannual(?:ly)?\b|"
    r"\byearly\b|\bper annum\b|\bthree[- ]year\b|\bmulti[- ]year\b",
    re.I,
)
_DATE = re.compile(
    rf"\b\d{{1,2}}(?:st|nd|rd|th)?\s+{_MONTHS},?\s+{_YEAR}\b|\b{_MONTHS}\s+\d{{1,2}}(?:st|nd|rd|th)?,?\s+{_YEAR}\b|"
    rf"\b{_MONTHS}\s+{_YEAR}\b|\b\d{{1,2}}[/.]\d{{1,2}}[/.](?:{_YEAR}|\d\d)\b|\b{_YEAR}\s?[/–-]\s?\d\d\b",
    re.I,
)
_FREQUENCY = re.compile(
    r"\b(?:weekly|fortnightly|monthly|bi-?monthly|quarterly|annually|yearly|bi-?annually|termly|daily)\b|"
    r"\b(?:every|each)\s+(?:\w+\s+)?(?:day|week|fortnight|month|quarter|term|year|six months|two months|meeting)s?\b|"
    r"\b(?:once|twice|three times|four times|\d+ times)\s+(?:a|per|each|every)\s+(?:year|month|quarter|term)\b|"
    r"\b(?:at least|up to)\s+\w+\s+times\b|\bper (?:year|annum|month|quarter)\b|\ba year\b",
    re.I,
)
#: The page itself as the place ("published in the documents section of this page", "can be
#: downloaded from this site"): read by the url_or_place slot and by text_match, where a facet
#: wants a location, as a pointer that names one.
THIS_PAGE = r"\bthis (?:web ?)?(?:page|site)\b"
_URL = re.compile(
    r"\bhttps?://\S+|\bwww\.[\w-]+(?:\.[\w-]+)+\S*|\b[\w-]+(?:\.[\w-]+)*\.(?:gov|org|co|nhs|police|ac|sch)\.uk\b\S*|"
    r"\b(?:our|the|partnership'?s?|board'?s?|council'?s?)\s+(?:own\s+)?(?:web ?sites?|web ?pages?|site)\b|"
    rf"\bon (?:our|the) (?:web ?site|web ?pages?|website)\b|\bwebsite\b|{THIS_PAGE}",
    re.I,
)
_COUNT = re.compile(
    r"\b\d[\d,]*\b(?!\s*(?:%|per ?cent))|\b(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|"
    r"twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|hundred)\b",
    re.I,
)

# Organisation names by shape: "<X> County Council", "NHS <X> Integrated Care Board", "<X> Police",
# "<X> Constabulary", "<X> CCG", "<X> NHS Foundation Trust", "City of <X> Council", "<X> ICB".
_CAP = r"(?:[A-Z][\w'&.-]*|of|and|the|upon|on|in|&)"
# a name never starts with a determiner or a generic word: "The boundary", "Our footprint", "Local
# Authority area" name no place ("The Kelby Council" is still found, from "Kelby")
_NOT_NAME = (
    r"(?:The|Our|This|These|That|Those|Its|Their|His|Her|A|An|Each|Every|All|Any|Some|Local|Geographical|Whole|"
    r"Authority|Area|Partnership|Board|Safeguarding|Children|Adults|One|Two|Three|Four|Five|Six|Both|Several|Many|"
    r"Other|Various|Relevant|Statutory|Partner|Member)\b"
)
#: A region, not a local authority ("across the North West region", "the East Midlands").
_REGION = r"(?:(?:North|South|East|West)(?:\s+(?:East|West))?\s+(?:region|of England)\b|(?:East |West )?Midlands\b)"
_NAMED = rf"(?:(?!{_NOT_NAME})[A-Z][\w'&.-]*(?:\s+{_CAP}){{0,6}})"
_ORG = re.compile(
    rf"\b{_NAMED}\s+(?:County|Borough|City|District|Metropolitan Borough|Metropolitan|Unitary)?\s*Council\b|"
    rf"\b(?:City|Borough|County|Council|Royal Borough|London Borough) of\s+{_NAMED}|"
    rf"\b(?:NHS\s+)?{_NAMED}\s+(?:Integrated Care Board|Integrated Care System|Clinical Commissioning Group|ICB|CCG|"
    rf"ICS|(?:NHS\s+)?(?:Foundation\s+)?Trust)\b|"
    rf"\b{_NAMED}\s+(?:Police|Constabulary|Fire and Rescue Service|Fire & Rescue Service|Probation Service)\b|"
    rf"\b(?:Police|Office of the Police and Crime Commissioner|Police and Crime Commissioner) (?:for|of)\s+{_NAMED}",
)
_LA = re.compile(
    rf"\b{_NAMED}\s+(?:County|Borough|City|District|Metropolitan Borough|Metropolitan|Unitary)?\s*Council\b|"
    r"\b[A-Z]{1,3}(?:MBC|BC|CC|DC)\b|"  # a council by its initials: "CMBC", "KCC"
    rf"\b(?:[Cc]ity|[Bb]orough|[Cc]ounty|Royal Borough|London Borough|Council) of\s+{_NAMED}|"
    rf"\b{_NAMED}\s+(?:local authority|Local Authority|council area|local authority area|area|footprint|"
    rf"boundar(?:y|ies))\b|"
    rf"\b(?:areas?|boundar(?:y|ies)|footprint|covers?|covering|across|serves?|serving)\s+(?:of\s+)?(?:the\s+)?"
    rf"(?:whole\s+(?:of\s+)?)?(?:(?:city|county|borough|district|unitary|local authority)\s+)?(?:areas?\s+)?(?:of\s+)?"
    rf"(?!{_NOT_NAME})(?!{_REGION})[A-Z][\w'-]+|"
    # "across Dudley borough", "the Kelby district"
    rf"\b(?!{_NOT_NAME})[A-Z][\w'-]+\s+(?:borough|county|district)\b",
)


# The Board named after its place and that place named again as where it works ("Bury SAB ...
# partners across Bury", "Kelby Safeguarding Adults Board ... adults in Kelby"): the name alone
# ("Kelby SAB ... across the local authority area") gives no area
_BOARD_PLACE = (
    # a place of one to four words: "Kelby", "South Lowmoor", "Barrowby and Castlemere", "Kelby upon Wyvern"
    r"\b((?!(?:The|Our|This|Each|Every|All|A|An|Local|Adult|Adults)\b)[A-Z][a-z]+(?:(?: (?:and|upon|on|&))? [A-Z][a-z]+){0,3})"
    r"(?: (?:Borough|City|County|Metropolitan Borough))?(?:'s|’s)? "
    r"(?:Safeguarding Adults? (?:Partnership )?Board|Adult Safeguarding (?:Board|Partnership)|SAB)\b"
)


def _board_area(reach: int) -> re.Pattern[str]:
    """The Board's place name, then, within ``reach`` characters, that place as where it works:
    by name again, or as "the county" / "the borough" / "the city" / "the district" (the Board
    named for Kelby, "adults in the county")."""
    return re.compile(
        # a full stop ends the reach, but not one inside a number ("1.2 Our vision is ...")
        rf"{_BOARD_PLACE}(?:[^.;]|(?<=\d)\.(?=\d)){{0,{reach}}}?"
        r"\b(?:in|across|throughout|for|within|covering|covers|serving|serves) (?:the (?:whole )?(?:of )?)?"
        r"(?:\1|(?i:the (?:whole )?(?:county|borough|city|district))(?! [Cc]ouncil))\b"
    )


#: The Board named for its place anywhere in the document ("Kelby Safeguarding Adults Board",
#: "Kelby's SAB"): what "the county" later in the text refers to.
BOARD_NAME = re.compile(_BOARD_PLACE)


_BOARD_AREA = _board_area(300)
# the same over a sentence and its neighbours in the section (the full stops joined out)
_BOARD_AREA_NEAR = _board_area(700)
_ROLE = re.compile(
    r"\b(?:(?:interim|deputy|assistant|acting|executive|corporate|strategic|managing)\s+)*"
    r"(?:chief executive(?: officer)?|ceo|chief constable|chief officer|chief nurse|chief superintendent|chief inspector|"
    r"chief (?:nursing|medical|operating|finance|financial|people|quality) officer|"
    r"director(?:\s+of\s+[\w'&, ]{3,60}?)?|head of [\w'& ]{3,40}|commander|superintendent|"
    r"chair(?:man|woman|person)?|vice[- ]chair|independent (?:scrutineer|chair|person|reviewer)|scrutineer|"
    r"designated (?:doctor|nurse|professional)s?|named (?:doctor|nurse)s?|lead member|leader of the council|"
    r"accountable officer|business manager|principal social worker|dcs|das|dass|police and crime commissioner|pcc|"
    r"medical director|nurse director|lead officer|portfolio holder|cabinet member)\b",
    re.I,
)
_HONORIFIC = r"(?:(?:Mr|Mrs|Ms|Miss|Mx|Dr|Prof|Professor|Cllr|Councillor|Sir|Dame|Lord|Lady)\.?\s+)"
# Words that start a job title or end an organisation's name, never a first name or a surname:
# "Chief Superintendent, Head of ..." and "Fenshire Council, Director of ..." are posts, not people.
_NOT_FIRST = (
    r"(?:Chief|Director|Detective|Assistant|Deputy|Head|Executive|Corporate|Interim|Acting|Senior|Strategic|"
    r"Independent|Designated|Named|Lead|Delegated|Local|Managing|Medical|Superintendent|Commander|Constable|"
    r"Inspector|Officer|Nurse|Chair|Manager|Principal|Partner|Public|The|Our|This|Each|Every)"
)
_NOT_SURNAME = (
    r"(?:Council|Police|Constabulary|Board|Partnership|Partners?|Trust|Authority|Services?|Care|Group|Executive|"
    r"Director|Officer|Nurse|Lead|Team|Unit|Forum|Panel|Health|Children|Safeguarding|Manager|Adviser|Advisor|"
    r"Co-?ordinator|Worker|Member|Representative|Scrutineer|Doctor|Protection|County|Borough|City|District|"
    r"Metropolitan|Integrated|Foundation|Community|Education|Families|Family|Youth)"
)
_PERSONAL = rf"(?!{_NOT_FIRST}\b)[A-Z][a-z'’-]+(?:\s+[A-Z]\.)?\s+(?!{_NOT_SURNAME}\b)[A-Z][a-z'’-]{{2,}}"
_POST_START = (
    r"(?:Chief|Director|Chair|Head|Commander|Superintendent|Independent|Executive|Assistant|Deputy|Interim|"
    r"Detective|Corporate|Designated|Strategic)"
)
_POST_END = r"(?:Officer|Director|Executive|Constable|Superintendent|Commander|Nurse|Manager|Chair|Scrutineer|Lead)"
# A police rank written before the name, as a title: "Detective Chief Superintendent Declan Atherfield"
_RANK = r"(?:(?:Detective\s+)?(?:(?:Assistant|Deputy)\s+)?(?:Chief\s+)?(?:Superintendent|Inspector|Constable)\s+)"
_PERSON = re.compile(
    # "Dr Priya Natarajan", "Signed: Mrs Alison Grey"
    rf"\b{_HONORIFIC}[A-Z][a-z'’-]+(?:\s+[A-Z][a-z'’-]+)?|"
    # "Chief Superintendent Gail Norris"
    rf"\b{_RANK}(?P<ranked>{_PERSONAL})|"
    # a name then its post: "Jo Whitlock, Director ...", "Hannah Corrigan; Assistant Director" (an unheaded
    # table row), "Nadia Farrelly; Post: Executive Director" (a headed one)
    rf"\b{_PERSONAL}(?=\s*(?:,|;|\(|–|-|\||:)\s*(?:[A-Z][\w ]{{0,20}}:\s*)?(?:[A-Z][a-z]+\s+){{0,3}}{_POST_START})|"
    # a table's name column: "Name: Kwame Ostrander"
    rf"\bName:\s*(?P<named>{_HONORIFIC}?{_PERSONAL})|"
    # a post then the name: "Chief Nursing Officer: Bernadette Quayle", or in an unheaded table row
    # "Corporate Director, Children and Families; Owen Mallory; Kelby Council"
    rf"\b{_POST_END}(?:(?:,| of| for)[\w ,'’&]{{0,60}}?)?[:;]\s+(?P<after_post>{_HONORIFIC}?{_PERSONAL})\b"
)


def _person(text: str) -> list[str]:
    m = _PERSON.search(text)
    if not m:
        return []
    return [(m.group("ranked") or m.group("named") or m.group("after_post") or m.group(0)).strip()]


# Agencies and Schedule categories (Regs2018 Schedule): a pass wants at least two named kinds.
_AGENCY = re.compile(
    r"\b(?:schools?|academ(?:y|ies)|colleges?|early years|nurser(?:y|ies)|universit(?:y|ies)|"
    r"nhs (?:\w+ )?trusts?|hospitals?|gps?|general practi\w+|primary care|public health|ambulance|"
    r"probation|youth (?:justice|offending)|cafcass|fire (?:and|&) rescue|housing|"
    r"voluntary(?:,? community)?(?: and faith)?(?: sector)?|vcs\w*|faith (?:groups|organisations)|"
    r"sports? (?:clubs|organisations)|prisons?|secure (?:training centre|children's home)s?|"
    r"children's homes?|dwp|jobcentre|border force|british transport police|national probation service|"
    r"mental health|substance misuse|health ?watch|care providers?|district councils?|"
    r"community rehabilitation compan(?:y|ies))\b",
    re.I,
)
# The six principles of adult safeguarding (Care Act statutory guidance, 14.13): a pass wants all six named.
_PRINCIPLE = re.compile(
    r"\b(?:empower(?:ment|ing)|prevention|proportionality|protection|partnership|accountability)\b", re.I
)
# A named group/board/panel: "the Case Review Group", "Safeguarding Partnership Executive".
_GROUP = re.compile(
    r"\b(?:[A-Z][\w'&-]+\s+){1,6}(?:Group|Board|Panel|Executive|Forum|Committee|Sub-?group|Subgroup|Partnership|"
    r"Network|Council|Assembly)\b|\b(?:sub-?group|panel|forum|executive|committee|board)\b"
)

# The basis of an assessment: a figure, a comparison, a finding of an audit, inspection, survey
# or review - what separates "the arrangements are effective: audits of 60 cases found ..." from
# "the partnership continued to build on its strengths".
_BASIS = re.compile(
    r"\b\d[\d,.]*\s?(?:%|per ?cent)?|\b(?:found|finds|showed|shows|shown|indicat\w+|"
    r"confirm\w+|identified|highlighted|revealed)\b|"
    # "evidenced" / "demonstrated" only with what shows it ("evidenced by", "demonstrated in the audit",
    # "demonstrates that"): "this has been evidenced throughout the year" asserts a basis it never names
    r"\b(?:demonstrat\w+|evidenc\w+)(?=\s+(?:by|in|through|from|that|at|via)\b)|"
    r"\b(?:audits?|inspections?|ofsted|cqc|hmicfrs|jtai|surveys?|"
    r"data|dataset|figures|performance|feedback|evaluations?|reviews? of)\b|"
    r"\b(?:increas\w+|decreas\w+|reduc\w+|fell|rose|risen|fallen|improv\w+ (?:from|to|by)|compared (?:with|to)|"
    r"higher|lower|fewer|more than|less than)\b|\bas a result\b|\bbecause\b",
    re.I,
)


def _at_least(pattern: re.Pattern[str], n: int) -> Callable[[str], list[str]]:
    def detect(text: str) -> list[str]:
        found = list(dict.fromkeys(m.group(0).strip().lower() for m in pattern.finditer(text)))
        return found if len(found) >= n else []

    return detect


def _one(pattern: re.Pattern[str]) -> Callable[[str], list[str]]:
    def detect(text: str) -> list[str]:
        m = pattern.search(text)
        return [m.group(0).strip()] if m else []

    return detect


#: slot type -> (detector returning what it found, words for a message)
DETECTORS: dict[str, tuple[Callable[[str], list[str]], str]] = {
    "organisation": (_one(_ORG), "a named organisation"),
    "local_authority": (_one(_LA), "a named local authority area"),
    "board_area": (_one(_BOARD_AREA), "the Board's place named as where it works"),
    "role": (_one(_ROLE), "a role or job title"),
    "person": (_person, "a person's name"),
    "money": (_one(_MONEY), "a money amount"),
    "share": (_one(_SHARE), "a share or basis of contribution"),
    "period": (_one(_PERIOD), "a period or year"),
    "date": (_one(_DATE), "a date"),
    "frequency": (_one(_FREQUENCY), "how often"),
    "url_or_place": (_one(_URL), "a web address or place of publication"),
    "count": (_one(_COUNT), "a number"),
    "agencies": (_at_least(_AGENCY, 2), "named agencies (at least two kinds)"),
    "named_group": (_one(_GROUP), "a named group, board or panel"),
    "principles": (_at_least(_PRINCIPLE, 6), "the six adult safeguarding principles"),
    "basis": (_one(_BASIS), "the basis of the assessment (a figure, comparison or finding)"),
}
SLOT_TYPES: tuple[str, ...] = tuple(DETECTORS)


def parse_slot(slot: str) -> tuple[str, ...]:
    """``"money|share"`` -> ("money", "share"); raises ValueError on an unknown type."""
    kinds = tuple(k.strip() for k in slot.split("|") if k.strip())
    unknown = [k for k in kinds if k not in DETECTORS]
    if not kinds or unknown:
        raise ValueError(f"unknown slot type {slot!r}; known: {', '.join(SLOT_TYPES)}")
    return kinds


def describe(slot: str) -> str:
    return " or ".join(DETECTORS[k][1] for k in parse_slot(slot))


@dataclass
class SlotReport:
    """Which of a facet's slots were found (with what) and which are missing."""

    found: dict[str, str] = field(default_factory=dict)
    missing: list[str] = field(default_factory=list)

    @property
    def complete(self) -> bool:
        return not self.missing

    def summary(self) -> str:
        parts = []
        if self.found:
            parts.append("found " + ", ".join(f"{describe(s)} ('{v}')" for s, v in self.found.items()))
        if self.missing:
            parts.append("missing " + ", ".join(describe(s) for s in self.missing))
        return "; ".join(parts)


#: The pattern behind each single-match slot type, for :func:`values`.
_PATTERNS: dict[str, re.Pattern[str]] = {
    "organisation": _ORG,
    "local_authority": _LA,
    "role": _ROLE,
    "money": _MONEY,
    "share": _SHARE,
    "period": _PERIOD,
    "date": _DATE,
    "frequency": _FREQUENCY,
    "url_or_place": _URL,
    "count": _COUNT,
    "agencies": _AGENCY,
    "named_group": _GROUP,
    "principles": _PRINCIPLE,
}


def values(kind: str, text: str) -> list[str]:
    """Every distinct value of slot type ``kind`` in ``text``, in order (``extract`` fills fields
    with them); a person's name from the person detector."""
    if kind == "person":
        return _person(text)
    pattern = _PATTERNS.get(kind)
    if pattern is None:
        raise ValueError(f"slot type {kind!r} has no value pattern")
    found = (m.group(0).strip(" ;|:") for m in pattern.finditer(text))
    if kind == "url_or_place":  # the full stop or bracket after an address is the sentence's
        found = (v.rstrip(".,;)") for v in found)
    return list(dict.fromkeys(v for v in found if v))


def detect(slot: str, text: str) -> str | None:
    """What ``text`` holds for ``slot`` (the first match of any of its types), or None."""
    for kind in parse_slot(slot):
        found = DETECTORS[kind][0](text)
        if found:
            return ", ".join(found[:3])
    return None


#: Slot types that count distinct names and may gather them over the evidence and its neighbours:
#: a list of relevant agencies is read as one item a sentence, one agency to each.
_LISTED = {"agencies": _AGENCY}


def _gathered(slot: str, texts: list[str], owner: str | None = None) -> str | None:
    """A value spread over the evidence and its neighbours: two or more listed names, or the
    Board's place name (in a neighbour, or ``owner``: the Board's name as the document gives it)
    and that place as where it works."""
    if "board_area" in parse_slot(slot) and (len(texts) > 1 or owner):
        m = _BOARD_AREA_NEAR.search(" ".join(t.rstrip(".;") + "," for t in ([owner] if owner else []) + texts))
        if m:
            return m.group(0)
    for kind in parse_slot(slot):
        if kind in _LISTED:
            names = list(dict.fromkeys(m.group(0).lower() for t in texts for m in _LISTED[kind].finditer(t)))
            if len(names) >= 2:
                return ", ".join(names[:3])
    return None


def specifics(texts: list[str], slots: list[str], owner: str | None = None) -> SlotReport:
    """Each slot looked for in the evidence texts (a sentence, then its section neighbours);
    ``owner``: the Board's name as the document gives it, for ``board_area``."""
    report = SlotReport()
    for slot in slots:
        value = next((v for v in (detect(slot, t) for t in texts) if v), None) or _gathered(slot, texts, owner)
        if value:
            report.found[slot] = value
        else:
            report.missing.append(slot)
    return report
