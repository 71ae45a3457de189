"""What a document says about its own kind: who writes it, what it covers, which statute it
works under, how its sections are headed. Data for :mod:`masa_check.sources.doc_kind`.

Each signal points at one or more *sides* with a weight: an author family (``adults``: a
Safeguarding Adults Board; ``children``: a children's safeguarding partnership; ``cdr``: child
death review partners) or a genre (``report``: a look back over a year; ``plan``: priorities for
the years ahead; ``arrangements``: how the partnership or board is set up). ``where`` says
which part of the document it is read in: ``name`` (the title, running headers and cover
headings, what the document calls itself), ``heading`` (section headings and contents entries)
or ``body`` (the opening text). Every signal carries sentences that must match it
(``examples``, written as at least three different partnerships would put it) and sentences
that must not (``not_examples``); the test suite runs both.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass, field

_I = re.IGNORECASE


@dataclass(frozen=True)
class Signal:
    id: str
    #: What the match tells a reader, for the note that explains the kind ("cites the Care Act 2014").
    says: str
    pattern: re.Pattern[str]
    points: dict[str, float]
    where: frozenset[str]
    examples: tuple[str, ...]
    not_examples: tuple[str, ...] = field(default=())
    #: A further test of a match that a pattern cannot express (a span of years, say).
    accept: Callable[[re.Match[str]], bool] | None = None
    #: Lower-case words of which every match holds at least one (in the text lower-cased, its
    #: spaces collapsed): a text holding none is not searched, a substring test being many
    #: times faster than the pattern. None: always search.
    gate: tuple[str, ...] | None = None

    def search(self, text: str) -> re.Match[str] | None:
        """The first match in ``text`` that the signal accepts."""
        for m in self.pattern.finditer(text):
            if self.accept is None or self.accept(m):
                return m
        return None


def _sig(id_, says, pattern, points, where, examples, not_examples=(), flags=_I, accept=None, gate=None) -> Signal:
    return Signal(
        id_,
        says,
        re.compile(pattern, flags),
        points,
        frozenset(where.split()),
        tuple(examples),
        tuple(not_examples),
        accept,
        (tuple(gate.split()) if isinstance(gate, str) else tuple(gate)) if gate else None,
    )


def _several_years(m: re.Match[str]) -> bool:
    """``2024-27`` or ``2023 to 2026``: a span of two years or more (one year is a report's)."""
    start, end = int(m.group(1)), m.group(2)
    end_year = int(end) if len(end) == 4 else start - start % 100 + int(end)
    return 2 <= end_year - start <= 10


def _one_year(m: re.Match[str]) -> bool:
    """One reporting year ("April 2023 to March 2024"), not a plan's several ("April 2025 -
    March 2028"); a match naming no year ("the reporting year") is one."""
    years = [int(y) for y in re.findall(r"(?:19|20)\d\d", m.group(0))]
    return not years or max(years) - min(years) <= 1


#: A duty stated just before the words ("each Board must publish a report of what it did during
#: the year"): what any Board's report must do, not this document looking back.
_DUTY_BEFORE = re.compile(r"\b(?:must|should|shall|required|duty|publish(?:es)?\s+an?\s+annual\s+report)\b", _I)


def _not_a_duty(m: re.Match[str]) -> bool:
    start = max(m.string.rfind(".", 0, m.start()) + 1, m.start() - 160)
    return not _DUTY_BEFORE.search(m.string, start, m.start())


_YEAR = r"(?:19|20)\d\d"
_SPAN_SEP = r"\s*(?:[-–—/]|to)\s*"

SIGNALS: tuple[Signal, ...] = (
    # ---- who writes it ---------------------------------------------------------------------
    _sig(
        "adults-board",
        "names a Safeguarding Adults Board",
        r"\bsafeguarding\s+adults?(?:'s?|’s?)?\s+(?:board|partnership\s+board|executive\s+board)s?\b"
        r"|\badult\s+safeguarding\s+board\b",
        {"adults": 3},
        "name heading body",
        [
            "Ashvale Safeguarding Adults Board Annual Report 2023-24",
            "The Kingsmere Safeguarding Adult Board met six times during the year.",
            "Members of the Lowfield and Tarn Safeguarding Adults Partnership Board agreed the plan.",
            "Our Adult Safeguarding Board brings together the council, the police and the NHS.",
        ],
        ["The Safeguarding Children Partnership reports to the Health and Wellbeing Board."],
        gate=("safeguarding adult", "adult safeguarding"),
    ),
    _sig(
        "adults-name",
        "is named for safeguarding adults",
        r"\bsafeguarding\s+adults?\b(?!\s+(?:and|&)\s+children)|\badults?\s+safeguarding\b",
        {"adults": 3},
        "name",
        [
            "Northshire Safeguarding Adults Annual Report 2023-24",
            "Adult Safeguarding in Ravensholt: our strategy 2025-2028",
            "Safeguarding Adult Partnership for Lowfield and Tarn",
        ],
        ["Safeguarding Adults and Children Together: our arrangements", "Safeguarding Children Partnership"],
    ),
    _sig(
        "adults-board-acronym",
        "uses a Safeguarding Adults Board's initials",
        r"\b[A-Z]{0,5}SAB(?:'s|’s|s)?\b",
        {"adults": 2},
        "name heading body",
        [
            "BVSAB Annual Report 2022/23",
            "The KSAB Delivery Group reports to the Board every quarter.",
            "This is the first strategic plan of the SAB since the two boards merged.",
        ],
        ["The sabbatical programme for social workers", "Northshire SCP annual report"],
        flags=0,
        gate="sab",
    ),
    _sig(
        "care-act",
        "cites the Care Act 2014",
        r"\bcare\s+act(?:\s*\(?2014\)?)?|\bcare\s+and\s+support\s+statutory\s+guidance\b",
        {"adults": 3},
        "heading body",
        [
            "The Board is set up under section 43 of the Care Act 2014.",
            "Since the Care Act came into force each council has had a board for adults.",
            "Our duties are described in the Care and Support Statutory Guidance, chapter 14.",
        ],
        ["Children Act 2004 section 16E"],
        gate=("care act", "care and support statutory"),
    ),
    _sig(
        "care-act-sections",
        "refers to the Care Act's safeguarding sections (42-45)",
        r"\b(?:section|s\.?)\s?4[2-5]\b(?!\s+of\s+the\s+children)",
        {"adults": 2},
        "heading body",
        [
            "Enquiries made under Section 42 rose by a fifth.",
            "The S43 duty to keep a board applies to every local authority.",
            "The board received 31 referrals for reviews under s.44 this year.",
        ],
        ["Section 11 audits were returned by every agency."],
        gate="42 43 44 45",
    ),
    _sig(
        "adults-at-risk",
        "is about adults at risk or with care and support needs",
        r"\badults?\s+(?:at\s+risk|with\s+(?:care\s+and\s+support|support)\s+needs|who\s+(?:have|may\s+have)\s+needs\s+for\s+care)"
        r"|\bneeds\s+for\s+care\s+and\s+support\b",
        {"adults": 2},
        "heading body",
        [
            "Our aim is that adults at risk in Ashvale live free from abuse.",
            "The Board protects adults with care and support needs from neglect.",
            "It helps people who have needs for care and support and cannot protect themselves.",
        ],
        ["Children at risk of exploitation are supported by the team."],
        gate=("adult", "needs for care"),
    ),
    _sig(
        "adults-practice",
        "names adult safeguarding practice (Making Safeguarding Personal, DoLS, self-neglect, adult social care)",
        r"\bmaking\s+safeguarding\s+personal\b|\bdeprivation\s+of\s+liberty\b|\bDoLS\b|\bliberty\s+protection\s+safeguards\b"
        r"|\bself[\s-]neglect\b|\badult\s+social\s+care\b|\bsafeguarding\s+adults?\s+(?:policy|procedures?|week|concerns?|enquir)",
        {"adults": 1},
        "heading body",
        [
            "Making Safeguarding Personal audits showed most people were asked what they wanted.",
            "Applications under the Deprivation of Liberty Safeguards were cleared within 21 days.",
            "A self-neglect and hoarding protocol was agreed with the fire service.",
            "Kingsmere Adult Social Care received 2,400 safeguarding concerns.",
        ],
        ["Children's social care and early help were inspected in May."],
        gate=("safeguarding personal", "liberty", "dols", "neglect", "adult social care", "safeguarding adult"),
    ),
    _sig(
        "adults-reviews",
        "reports on Safeguarding Adults Reviews",
        r"\bsafeguarding\s+adults?\s+reviews?\b|\bSARs?\b(?!\s*\d)",
        {"adults": 2, "report": 0.5},
        "heading body",
        [
            "Safeguarding Adults Reviews",
            "Two SARs were commissioned after the deaths of residents of a care home.",
            "The Review Group considered four referrals for a Safeguarding Adult Review.",
        ],
        ["Child safeguarding practice reviews are commissioned by the partners."],
        gate=("safeguarding adult", "sar"),
    ),
    _sig(
        "children-partnership",
        "names a children's safeguarding partnership",
        r"\bsafeguarding\s+(?:children(?:'s|’s)?|children\s+and\s+young\s+people(?:'s|’s)?)\s+"
        r"(?:partnership|board|multi[\s-]agency\s+partnership)|\bchildren(?:'s|’s)?\s+safeguarding\s+(?:partnership|board)"
        r"|\bsafeguarding\s+partnership\s+for\s+children\b",
        {"children": 3},
        "name heading body",
        [
            "Northcombe Safeguarding Children Partnership: Yearly Report 2024 to 2025",
            "The Ravensholt Children's Safeguarding Partnership replaced the old board in 2019.",
            "Welcome to the Marlbridge Safeguarding Partnership for Children and Young People.",
        ],
        ["The Safeguarding Adults Board and the Community Safety Partnership met jointly."],
        gate=(
            "safeguarding children",
            "children's safeguarding",
            "children’s safeguarding",
            "children safeguarding",
            "safeguarding partnership for",
        ),
    ),
    _sig(
        "children-name",
        "is named for safeguarding children",
        r"\bsafeguarding\s+(?:children|young\s+people)\b(?!\s+(?:and|&)\s+adults)|\bchildren(?:'s|’s)?\s+safeguarding\b",
        {"children": 3},
        "name",
        [
            "Safeguarding Children in Kingsmere: Annual Report 2022/23",
            "Children's Safeguarding Arrangements for Ashvale",
            "Marlbridge: Safeguarding Young People Yearly Report",
        ],
        ["Safeguarding Children and Adults in Wrenford", "Safeguarding Adults Annual Report"],
    ),
    _sig(
        "children-partnership-acronym",
        "uses a children's safeguarding partnership's initials",
        r"\b[A-Z]{0,4}(?:SCP|SCMP|LSCB|SCB|MASA)(?:'s|’s|s)?\b",
        {"children": 2},
        "name heading body",
        [
            "RSCP Annual Report 2019/20",
            "The WSCP Executive agreed a two-year business plan.",
            "Until September 2019 the LSCB led this work.",
        ],
        ["The SAB's annual report is published in the autumn."],
        flags=0,
        gate="scp scmp scb masa",
    ),
    _sig(
        "all-age-partnership",
        "names a partnership for children and adults alike",
        r"\bsafeguarding\s+(?:people|everyone|communities)\b|\ball[\s-]age\b|\bchildren\s+and\s+adults\b"
        r"|\badults\s+and\s+children\b",
        {"children": 3, "adults": 3},
        "name",
        [
            "Wrenford Safeguarding People Partnership Arrangements",
            "Local arrangements for safeguarding children and adults",
            "Oakhurst All-Age Safeguarding Partnership",
        ],
        ["Oakhurst Safeguarding Children Partnership"],
    ),
    _sig(
        "children-statute",
        "cites the Children Acts or Working Together to Safeguard Children",
        r"\bchildren\s+act\s+(?:1989|2004)\b|\bchildren\s+and\s+social\s+work\s+act\b"
        r"|\bworking\s+together\s+to\s+safeguard\s+children\b|\bworking\s+together\s*\(?\s*(?:2018|2023)\b",
        {"children": 3},
        "heading body",
        [
            "Under the Children and Social Work Act 2017 the three partners share the duty.",
            "Section 16E of the Children Act 2004 requires the arrangements to be published.",
            "Working Together to Safeguard Children sets out what the report must contain.",
            "Since Working Together 2023 each partner names a lead.",
        ],
        ["Working together with local communities is one of our values."],
        gate=("children act", "social work act", "working together"),
    ),
    _sig(
        "children-partners",
        "describes the children's safeguarding partners and relevant agencies",
        r"\b(?:lead|delegated|statutory|three|the)\s+safeguarding\s+partners?\b|\brelevant\s+agenc(?:y|ies)\b"
        r"|\bindependent\s+scrutin(?:eer|y)\b",
        {"children": 1.5},
        "heading body",
        [
            "The three safeguarding partners have equal and joint responsibility.",
            "Each lead safeguarding partner has named a delegate for the Executive.",
            "Schools and colleges are relevant agencies in these arrangements.",
            "Our Independent Scrutineer attended two executive meetings.",
        ],
        ["The statutory partners of the Board are the council, the ICB and the police."],
        gate=("safeguarding partner", "relevant agenc", "independent scrutin"),
    ),
    _sig(
        "children-reviews",
        "reports on child safeguarding practice reviews",
        r"\bchild\s+safeguarding\s+practice\s+reviews?\b|\bCSPRs?\b|\brapid\s+reviews?\b|\bserious\s+case\s+reviews?\b",
        {"children": 2},
        "heading body",
        [
            "The partners commissioned one local child safeguarding practice review.",
            "Three rapid reviews were sent to the national panel in 2023-24.",
            "The last serious case review was published in 2018.",
        ],
        ["Safeguarding Adults Reviews are commissioned by the Board."],
        gate=("practice review", "cspr", "rapid review", "serious case review"),
    ),
    _sig(
        "children-practice",
        "is about children, young people and their families",
        r"\bchildren\s+and\s+young\s+people\b|\bchildren,\s+young\s+people\s+and\s+(?:their\s+)?families\b"
        r"|\bdesignated\s+safeguarding\s+leads?\b|\bearly\s+help\b|\bchildren(?:'s|’s)\s+(?:social\s+care|services)\b|\bLADO\b",
        {"children": 1},
        "heading body",
        [
            "Early help is offered through the family hubs.",
            "We listened to children and young people in care.",
            "Designated safeguarding leads from every school attend the network.",
        ],
        ["Adults with care and support needs were asked for their views."],
        gate=("young people", "designated safeguarding", "early help", "children's", "children’s", "lado"),
    ),
    _sig(
        "cdr-panel",
        "names a child death overview panel or child death review partners",
        r"\bchild\s+death\s+(?:overview|review)\b|\bCDOPs?\b|\bCDR\s+partners\b",
        {"cdr": 4},
        "name heading body",
        [
            "Ashcombe Child Death Overview Panel annual summary",
            "The CDOP met eight times and reviewed 41 deaths.",
            "The child death review partners for the area are the two councils and the ICB.",
        ],
        ["The death of Adult K was reviewed by the Board."],
        gate=("child death", "cdop", "cdr partners"),
    ),
    # the document's own subject is the panel: a title that ends in it ("... Board Child Death
    # Overview Panel", then "Terms of reference"), or a text saying what it applies to, which
    # weighs as much as a title (an old panel's terms of reference name its LSCB throughout)
    _sig(
        "cdr-subject-name",
        "is named for a child death overview panel or the child death review process",
        r"\bchild\s+death\s+(?:overview\s+panel|review\s+process|review\s+partners)\s*(?:\(CDOP\))?\s*$",
        {"cdr": 6},
        "name",
        [
            "Ashcombe Safeguarding Children Board Child Death Overview Panel",
            "Kelby and Lowmoor Child Death Review Process",
            "Fenshire Child Death Overview Panel (CDOP)",
        ],
        [
            "Kelby Children's Partnership Arrangements, with Child Death Review Arrangements",
            "Child Death Overview Panel annual report 2024",
        ],
        gate=("child death",),
    ),
    _sig(
        "cdr-subject-body",
        "says it applies to a child death overview panel or sets out child death review arrangements",
        r"\b(?i:these|this)\s+(?i:terms\s+of\s+reference|arrangements|document|procedures?|protocol|constitution|handbook"
        r"|pack)\s+(?i:apply|applies|relate|relates|set\s+out|sets\s+out|describe|describes|cover|covers|is\s+for)\s+"
        r"(?:to\s+)?(?:how\s+)?(?:the\s+)?(?:(?:[A-Z][\w&'-]*|and)\s+)*?(?i:child\s+death\s+(?:overview\s+panel|review)|CDOP)",
        {"cdr": 10},
        "body",
        [
            "This handbook applies to the Ashcombe Child Death Overview Panel and its members.",
            "This document sets out the child death review arrangements for Kelby and Lowmoor.",
            "This constitution covers the Fenshire CDOP and the agencies that support it.",
        ],
        [
            "This document sets out the safeguarding arrangements, including child death review.",
            "These arrangements describe how the partners work together; child death review is in section 9.",
        ],
        flags=0,
        gate=("child death", "cdop"),
    ),
    _sig(
        "cdr-guidance",
        "cites the child death review statutory guidance or the national database",
        r"\bchild\s+death\s+review\s*:?\s+statutory\s+and\s+operational\s+guidance\b"
        r"|\bnational\s+child\s+mortality\s+database\b|\bNCMD\b|\bchild\s+deaths?\s+statutory\s+guidance\b",
        {"cdr": 3},
        "heading body",
        [
            "This follows Child Death Review: Statutory and Operational Guidance (England), 2018.",
            "Every review is reported to the National Child Mortality Database.",
            "Data from the NCMD is shared with the panel each quarter.",
        ],
        ["Working Together to Safeguard Children, chapter 3"],
        gate=("child death", "mortality", "ncmd"),
    ),
    _sig(
        "cdr-process",
        "describes the child death review process",
        r"\bjoint\s+agency\s+response\b|\bmodifiable\s+factors\b|\bbereaved\s+(?:families|parents)\b"
        r"|\b(?:neonatal|perinatal)\s+deaths?\b|\bdeaths?\s+of\s+(?:a\s+|all\s+|any\s+)?(?:child|children|infants?)\b"
        r"|\bSUD[IC]\b|\bsudden\s+unexpected\s+death",
        {"cdr": 1.5},
        "heading body",
        [
            "A joint agency response starts when a death is unexpected.",
            "Modifiable factors were found in a third of the cases reviewed.",
            "A key worker supports bereaved families through the process.",
            "The panel reviews the deaths of all children normally resident in the area.",
        ],
        ["The deaths of two adults in a care home led to a review."],
        gate="joint modifiable bereaved natal death sud",
    ),
    # ---- what it covers: its genre -------------------------------------------------------------
    _sig(
        "names-report",
        "calls itself an annual report",
        r"\b(?:annual|yearly)\s+report\b|\bannual\s+review\s+"
        + _YEAR
        + r"|\bour\s+year\s+"
        + _YEAR
        + r"|\byear\s+in\s+review\b|\breport\s+"
        + _YEAR
        + _SPAN_SEP
        + r"\d\d",
        {"report": 3},
        "name",
        [
            "Fernleigh Safeguarding Adults Board Annual Report 2022-23",
            "Quarrybank Safeguarding Children Partnership: Yearly Report",
            "2024/25: the Year in Review",
            "Partnership Report 2023-24",
        ],
        ["Multi-Agency Safeguarding Arrangements", "Strategic Plan 2024-2027"],
    ),
    _sig(
        "names-plan",
        "calls itself a strategic or business plan",
        r"\b(?:strategic|business|delivery|(?:two|three|four|five)[\s-]year)\s+plan\b|\bstrategic\s+priorities\b"
        r"|\b(?:two|three|four|five)[\s-]year\s+strategy\b"
        r"|\bstrategy\s+\(?(?:(?:from\s+)?(?:1(?:st)?\s+)?april\s+)?"
        + _YEAR
        + (r"|\bplan\s+" + _YEAR + _SPAN_SEP + r"(?:" + _YEAR + r"|\d\d)\b"),
        {"plan": 3},
        "name",
        [
            "Harrowgate Safeguarding Adults Board Strategic Plan 2024-2027",
            "Joint Business Plan and Action Plan",
            "Strategic Priorities",
            "Kingsmere SAB Strategy 2025 to 2028",
            "Three-year strategy (April 2025 - March 2028)",
        ],
        ["Annual Report 2023/24", "Terms of Reference"],
    ),
    _sig(
        "names-arrangements",
        "calls itself the partnership's arrangements, terms of reference or constitution",
        r"\barrangements\b|\bterms\s+of\s+reference\b|\bconstitution\b|\bmemorandum\s+of\s+understanding\b"
        r"|\bpartnership\s+agreement\b",
        {"arrangements": 3},
        "name",
        [
            "Thornbury Vale Safeguarding Children Partnership: Published Arrangements",
            "Terms of Reference",
            "Marlbridge Safeguarding Adults Board Constitution",
        ],
        ["Annual Report 2021"],
    ),
    _sig(
        "reporting-year",
        "covers one reporting year (April to March)",
        r"\b1(?:st)?\s+april\s+"
        + _YEAR
        + r"\s*(?:to|[-–—]|until)\s*(?:the\s+)?31(?:st)?\s+march\s+"
        + _YEAR
        + r"|\bapril\s+"
        + _YEAR
        + r"\s*(?:to|[-–—])\s*march\s+"
        + _YEAR
        # "each / every financial year" is a recurring duty (a plan for each year), not one year reported on
        + r"|(?<!each\s)(?<!every\s)\b(?:reporting|financial)\s+(?:year|period)\b|\byear\s+(?:ending|ended|to)\s+31(?:st)?\s+march\b",
        {"report": 2},
        "name heading body",
        [
            "Period: 1 April 2022 to 31 March 2023",
            "This report covers the year from 1st April 2024 to 31st March 2025.",
            "Figures are for April 2023 - March 2024.",
            "During the reporting year the Board met five times.",
        ],
        [
            "The plan runs from 2024 to 2027.",
            "The Board publishes a strategic plan for each financial year.",
            "Every financial year the partners agree their contributions.",
            "Three-year strategy (April 2025 - March 2028)",
        ],
        accept=_one_year,
        gate=("april", "reporting", "financial", "31 march", "31st march"),
    ),
    _sig(
        "looks-back",
        "looks back over the past year",
        r"\b(?:over|during|throughout|in)\s+the\s+(?:past|last|previous)\s+(?:year|twelve\s+months|12\s+months)\b"
        r"|\bthis\s+year(?:'s|’s)\s+(?:annual\s+)?report\b|\b(?:during|throughout)\s+the\s+year\b"
        r"|\b(?:key\s+)?achievements\s+(?:in|during|this)\b|\bwhat\s+we\s+(?:have\s+)?(?:achieved|did)\b",
        {"report": 1.5},
        "heading body",
        [
            "Over the past year the partnership trained 1,200 practitioners.",
            "During the year the Board published two reviews.",
            "This year's report includes the views of young carers.",
            "What we achieved in 2023-24",
        ],
        [
            "Over the next three years we will focus on neglect.",
            "Each Board must publish an annual report setting out what it did during the year.",
        ],
        accept=_not_a_duty,
        gate=("past", "last", "previous", "this year", "the year", "achievements", "what we"),
    ),
    _sig(
        "report-self",
        "speaks of itself as this year's report",
        r"\b(?:this|the\s+first|our\s+(?:first|latest|\w+th))\s+(?:\w+\s+){0,3}?(?:annual|yearly)\s+report\b"
        r"|\bthis\s+report,?\s+(?:which\s+)?(?:sets\s+out|covers|provides|describes|summarises|highlights|looks|shows|is)\b"
        r"|\b(?:introduce|present|share)\s+(?:you\s+to\s+)?(?:this|our)\s+(?:[\w/-]+\s+){0,3}?report\b"
        r"|\bwelcome\s+(?:you\s+)?to\s+(?:the|this|our)\b[^.]{0,80}?\b(?:annual|yearly)\s+report\b"
        r"|\bthe\s+report\s+(?:covers|provides\s+an?\s+overview)\b",
        {"report": 3},
        "body",
        [
            "This annual report sets out what the Board did between April and March.",
            "Welcome to the first Brackenford Safeguarding Children Partnership annual report.",
            "I am pleased to introduce this report, which covers the work of the SAB in 2022/23.",
            "This report highlights the difference partners made for children.",
            "It is my pleasure to present our 2023/24 report to residents of Fernleigh.",
        ],
        [
            "Our annual report is published on the website each September.",
            "The Board must publish an annual report.",
        ],
        gate="report",
    ),
    _sig(
        "report-done",
        "says what was done (has delivered, has continued)",
        r"\b(?:has|have)\s+(?:also\s+)?(?:continued|delivered|completed|published|held|commissioned|achieved|undertaken"
        r"|received|offered|launched|introduced|trained|seen|grown|strengthened|embedded)\b",
        {"report": 0.5},
        "body",
        [
            "The partnership has continued to support practitioners with briefings.",
            "Partners have delivered a neglect toolkit to every team.",
            "The Board has commissioned two reviews and published one.",
        ],
        ["The Board will commission reviews when the criteria are met."],
        gate=("has ", "have "),
    ),
    _sig(
        "report-sections",
        "has the sections of a yearly report (partner contributions, case studies, activity data, next year)",
        r"\bpartner(?:s'|’s|s)?\s+(?:agency\s+)?contributions\b|\bagency\s+(?:contributions|achievements|reports?)\b"
        r"|\bsingle[\s-]agency\s+reports?\b|\bcase\s+stud(?:y|ies)\b|\b(?:key\s+)?achievements\b|\bhighlights\b"
        r"|\bfacts\s+and\s+figures\b|\bthe\s+year\s+in\s+numbers\b|\bactivity\s+(?:data|in\s+" + _YEAR + r")"
        r"|\bprogress\s+(?:against|on|made)\b|\bpriorities\s+for\s+(?:the\s+)?(?:next|coming)\s+year\b"
        r"|\blooking\s+(?:ahead|forward)\b|\b(?:introduction|foreword|welcome)\s+(?:from|by)\s+the\s+(?:independent\s+)?chair\b"
        r"|\b(?:independent\s+)?chair(?:'s|’s)\s+(?:foreword|introduction)\b",
        {"report": 1.5},
        "heading",
        [
            "Partner Contributions",
            "Case Study: Mr B",
            "Foreword by the Independent Chair",
            "Progress against our priorities",
            "Introduction from the Chair",
        ],
        ["Membership of the Board", "Our vision"],
        gate=(
            "contribution",
            "agency",
            "case stud",
            "achievement",
            "highlight",
            "facts and figures",
            "year in numbers",
            "activity",
            "progress",
            "priorities for",
            "looking",
            "chair",
        ),
    ),
    _sig(
        "plan-self",
        "speaks of itself as a plan for the years ahead",
        r"\b(?:this|our)\s+(?:new\s+|joint\s+|refreshed\s+)?(?:(?:strategic|business|delivery|three[\s-]year|five[\s-]year)\s+)?plan\b(?!\s+(?:was|were)\s)"
        r"|\b(?:over|for|during)\s+the\s+next\s+(?:two|three|four|five|2|3|4|5)\s+years\b"
        r"|\b(?:purpose|aims?)\s+of\s+(?:this|the|our)\s+(?:strategic\s+)?plan\b"
        r"|\bthe\s+(?:strategic\s+)?plan\s+(?:sets\s+out|outlines|describes)\b",
        {"plan": 2},
        "body",
        [
            "This plan sets out how the Board will meet its objectives.",
            "Our priorities will stay the same over the next three years.",
            "I am pleased to share our new strategic plan with you.",
            "The strategic plan sets out four priorities.",
        ],
        ["The plan was agreed last year and progress is reported below."],
        gate=("plan", "the next"),
    ),
    _sig(
        "plan-sections",
        "has the sections of a strategic plan (priorities, vision, how we will deliver)",
        r"\b(?:our\s+)?(?:strategic\s+)?priorities\s+(?:for\s+)?" + _YEAR + r"|\bour\s+(?:strategic\s+)?priorities\b"
        r"|\bour\s+vision\b|\bvision(?:,|\s+and)\s+(?:mission|values)\b|\bhow\s+we\s+will\s+(?:deliver|measure|know|achieve|monitor)\b"
        r"|\bwhat\s+we\s+will\s+do\b|\baction\s+plan\b|\bdelivery\s+plan\b|\boutcomes\s+we\s+(?:want|will)\b"
        r"|\bmeasuring\s+(?:success|impact)\b|\bhow\s+will\s+we\s+know\b",
        {"plan": 1.5},
        "heading",
        [
            "Our priorities for 2024-27",
            "How we will measure success",
            "Our vision",
            "What we will do",
        ],
        ["Partner contributions", "Terms of reference"],
        gate=(
            "priorities",
            "vision",
            "how we will",
            "what we will",
            "action plan",
            "delivery plan",
            "outcomes we",
            "measuring",
            "how will we know",
        ),
    ),
    _sig(
        "plan-span",
        "covers several years (a plan's period)",
        r"\b(" + _YEAR + r")" + _SPAN_SEP + r"(" + _YEAR + r"|\d\d)\b",
        {"plan": 1},
        "name",
        [
            "Safeguarding Adults Board 2023-2026",
            "Priorities 2025 to 2028",
            "Working Together for Safer Lives 2021–24",
        ],
        ["Annual Report 2023-24", "Report for 2019 - 2020"],
        accept=_several_years,
    ),
    _sig(
        "arrangements-self",
        "speaks of itself as the partnership's arrangements or terms of reference",
        r"\bthese\s+(?:(?:new|local|published|multi[\s-]agency|safeguarding|partnership)\s+){0,3}arrangements\b"
        r"|\bthese\s+terms\s+of\s+reference\b|\bthe\s+terms\s+of\s+reference\s+(?:of|for|will|are|set)\b"
        r"|\b(?:the|our)\s+(?:(?:new|local|published|multi[\s-]agency|safeguarding|partnership|[A-Z]{2,6})\s+){0,3}arrangements\s+"
        r"(?:set\s+out|describe|apply|cover|came\s+into|come\s+into|will\s+be\s+reviewed|are\s+published)"
        r"|\bthis\s+document\s+(?:sets\s+out|describes)\s+(?:the|our|how)\b|\b(?:came|come|comes)\s+into\s+(?:effect|force)\b",
        {"arrangements": 2},
        "body",
        [
            "These arrangements will be reviewed every year by the Executive.",
            "The HSCP arrangements set out how the partners work together.",
            "These terms of reference were agreed by the Board in June.",
            "The new arrangements came into effect on 29 June 2019.",
        ],
        ["Our arrangements for training are described in the annual report."],
        gate=("arrangements", "terms of reference", "this document", "into effect", "into force"),
    ),
    # what the Board or partnership is, told as an about page tells it ("The Kelby Safeguarding
    # Adults Board is a partnership of ...", "What is the SAB?"): a page about the body itself
    _sig(
        "arrangements-what-it-is",
        "says what the Board or partnership is",
        r"\b(?:the\s+)?(?:[A-Z][\w&'’-]*\s+){0,5}(?:Safeguarding\s+Adults?\s+(?:Partnership\s+)?Board|Safeguarding\s+"
        r"(?:Children\s+)?Partnership|Board|Partnership|SAB|SCP)(?:\s+\([A-Z]{2,8}\))?\s+(?:is|acts\s+as)\s+(?:a|an)\s+"
        r"(?:(?:independent|statutory|multi-agency|multi\s+agency|strategic|local|key)\s+)*"
        r"(?:partnership|forum|body|board|group|mechanism)\b"
        r"|^\s*(?i:what\s+is)\s+(?:the\s+)?(?:[A-Z][\w&'’-]*\s+){0,5}(?i:safeguarding\s+adults?\s+board|sab|board|"
        r"safeguarding\s+(?:children\s+)?partnership)\b",
        {"arrangements": 3},
        "heading body",
        [
            "Our Safeguarding Adults Board is a partnership bringing many organisations together.",
            "Kelby Safeguarding Adults Board (KSAB) is a statutory partnership that the council hosts.",
            "What is the Lowmoor Safeguarding Adults Board?",
            "The Board acts as a strategic forum where agencies settle how to co-operate.",
        ],
        [
            "The Board is pleased to present its annual report.",
            "The partnership is committed to learning from reviews.",
        ],
        flags=0,
        gate=("is a", "is an", "acts as", "what is"),
    ),
    _sig(
        "arrangements-sections",
        "has the sections of arrangements or terms of reference (membership, quorum, geography, funding)",
        r"\bterms\s+of\s+reference\b|\bmembership\b|\bquorum\b|\bquoracy\b|\bfrequency\s+of\s+meetings\b|\brole\s+of\s+the\s+board\b"
        r"|\bcore\s+duties\b|\bstatement\s+of\s+purpose\b|\bgeographic(?:al)?\s+(?:area|boundar(?:y|ies)|footprint)\b"
        r"|\bversion\s+control\b|\bdocument\s+control\b|\bdispute\s+resolution\b|\bescalation\b"
        r"|\breview\s+of\s+(?:these|the)\s+arrangements\b|\bgovernance\s+(?:arrangements|structure)\b",
        {"arrangements": 1.5},
        "heading",
        [
            "Membership",
            "Quorum and decision making",
            "Geographical area",
            "Terms of Reference",
            "Version control",
        ],
        ["Case studies", "Our priorities"],
        gate=(
            "terms of reference",
            "membership",
            "quorum",
            "quoracy",
            "frequency of meetings",
            "role of the board",
            "core duties",
            "statement of purpose",
            "geographic",
            "version control",
            "document control",
            "dispute resolution",
            "escalation",
            "arrangements",
            "governance",
        ),
    ),
)
