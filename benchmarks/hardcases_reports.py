"""Hard-case REPORT documents: a children's partnership yearly report (Working Together 2023) and a
Safeguarding Adults Board annual report (Care Act 2014), written the way partnerships write them.

Same item format as ``hardcases.py`` (which picks this module up); labels in
``labels/hc-yr-2025.yaml``, ``labels/hc-yr-weak.yaml`` and ``labels/hc-sab-ar-2025.yaml``.
Areas, bodies and people are invented. Tables have two columns (the PDF rendering lays out two).
"""

from __future__ import annotations

CASES: dict[str, list[tuple]] = {
    # A sound WT2023 yearly report for 2024/25; funding (no value-for-money view), updates to the
    # arrangements (no timescale) and the recipients (stale What Works Centre name) only partly met.
    "hc-yr-2025": [
        ("title", "Castlebridge Safeguarding Children Partnership: Yearly Report 2024 to 2025"),
        ("p", "Reporting period: 1 April 2024 to 31 March 2025"),
        ("p", "Published: 19 September 2025"),
        (
            "toc",
            [
                ("Foreword from our lead safeguarding partners", 2),
                ("About this report", 2),
                ("Our year at a glance", 3),
                ("Who does what in our partnership", 3),
                ("Serious incidents and practice reviews", 4),
                ("Multi-agency audit", 5),
                ("Independent scrutiny", 6),
                ("Is it making a difference?", 7),
                ("Listening to children and families", 8),
                ("Schools, colleges and early years", 9),
                ("Using data and sharing information", 9),
                ("Putting Working Together 2023 into practice", 10),
                ("Money", 11),
                ("Where we have not made enough progress", 11),
                ("Looking ahead: 2025/26", 12),
            ],
        ),
        ("pagebreak",),
        ("h1", "Foreword from our lead safeguarding partners"),
        (
            "p",
            "This is the first yearly report since our revised arrangements took effect on 1 December 2024. "
            "It is written by the three of us as lead safeguarding partners for Castlebridge, and it tries to "
            "answer one question honestly: are children in Castlebridge safer because of the way we work "
            "together?",
        ),
        (
            "p",
            "Our answer, drawing on this year's multi-agency audits, our partnership dataset, the work of our "
            "independent scrutineer and what children and parents have told us, is that our joint work is "
            "strong for babies and for children at the point of first contact, and not yet good enough for "
            "teenagers who are harmed outside their homes or who drop out of school. The report says where "
            "and why.",
        ),
        (
            "p",
            "We would like to thank the practitioners in schools, health services, the police, children's "
            "social care and the voluntary sector whose work this report describes.",
        ),
        (
            "table",
            ("Lead safeguarding partner", "Organisation"),
            [
                ("Helen Marsh, Chief Executive", "Castlebridge Borough Council"),
                ("Dr Olu Adeyemi, Chief Executive", "NHS Castlebridge and Wyvern Integrated Care Board"),
                ("Mark Penrose, Chief Constable", "Wyvern Constabulary"),
            ],
        ),
        ("h1", "About this report"),
        (
            "p",
            "This report covers the financial year 1 April 2024 to 31 March 2025 and follows on from our "
            "2023/24 report, published in September 2024. It sets out what the partners and our relevant "
            "agencies did under the Castlebridge safeguarding arrangements, what difference that made, and "
            "what we will do next.",
        ),
        (
            "p",
            "There is no secure children's home, secure training centre or young offender institution in "
            "Castlebridge, so this report contains no review of the use of restraint. Children remanded to "
            "youth detention are placed outside the borough and are supported by the Castlebridge Youth "
            "Justice Service.",
        ),
        ("pagebreak",),
        ("h1", "Our year at a glance"),
        ("p", "Over the year the partnership and its groups:"),
        (
            "li",
            "rolled out the Graded Care Profile 2 neglect assessment across children's social care, health "
            "visiting, school nursing and early help, with 412 practitioners trained to use it;",
        ),
        (
            "li",
            "moved the Multi-Agency Safeguarding Hub (MASH) into shared premises at Riverside House in "
            "October 2024, with police, health and education staff now sitting alongside social workers;",
        ),
        (
            "li",
            "ran Castlebridge Safeguarding Week in November 2024: 38 sessions, 1,150 bookings, with schools "
            "hosting a third of the sessions;",
        ),
        (
            "li",
            "rewrote our Continuum of Need guidance with headteachers and early years leaders, reissued in "
            "January 2025;",
        ),
        (
            "li",
            "agreed and published revised safeguarding arrangements under Working Together 2023 (see "
            "'Putting Working Together 2023 into practice').",
        ),
        ("h1", "Who does what in our partnership"),
        (
            "p",
            "The lead safeguarding partners meet twice a year and have delegated the running of the "
            "partnership to the Safeguarding Executive, chaired by the Director of Children's Services. "
            "Each partner's part in the partnership this year was as follows.",
        ),
        (
            "p",
            "Castlebridge Borough Council employs the partnership business team of 4.5 posts, pays for the "
            "training programme and the independent scrutineer's contract from the pooled budget it holds, "
            "and provides legal and communications support free of charge. Its Director of Children's "
            "Services, Angela Brook, is the council's delegated safeguarding partner and chairs the Executive.",
        ),
        (
            "p",
            "NHS Castlebridge and Wyvern Integrated Care Board employs the designated doctor and the "
            "designated nurse for safeguarding children. Between them they represented health in all seven "
            "rapid reviews, chaired the Learning from Practice group and paid for protected time for the "
            "named GP for safeguarding. The ICB's Chief Nurse, Ruth Okafor, is its delegated safeguarding "
            "partner.",
        ),
        (
            "p",
            "Wyvern Constabulary's Head of Public Protection, Detective Superintendent Gary Lyle, is the "
            "force's delegated safeguarding partner and chairs the Quality and Performance group. The "
            "constabulary's analyst prepares the quarterly partnership dataset, and the force moved its "
            "child abuse referral desk into the MASH in October 2024.",
        ),
        ("pagebreak",),
        ("h1", "Serious incidents and practice reviews"),
        (
            "p",
            "We notified the Child Safeguarding Practice Review Panel of seven serious incidents in 2024/25, "
            "compared with five the year before. Each was the subject of a rapid review completed within 15 "
            "working days. For five, the partners agreed, and the Panel accepted, that the rapid review had "
            "captured the learning. Two went on to local child safeguarding practice reviews: Child R, "
            "published in February 2025, and Sibling Group T, which will be published in the autumn of 2025.",
        ),
        ("h2", "What the incidents had in common"),
        (
            "p",
            "Four of the seven incidents concerned babies under a year old, three of whom had non-accidental "
            "injuries. In each of these the father or the mother's new partner was barely known to the "
            "agencies working with the family: midwives and health visitors had recorded his name but not "
            "asked about his history, and no one had checked with the police.",
        ),
        (
            "p",
            "The other three concerned teenagers seriously harmed outside the home, two of them through "
            "criminal exploitation. Both had been on a reduced school timetable for most of the previous "
            "term, and in neither case was the reduced timetable seen by anyone as a warning sign.",
        ),
        (
            "p",
            "Taken together, the reviews told us that our practice is organised around mothers and around "
            "school attendance registers, and that men in the household and part-time pupils can drop out "
            "of view.",
        ),
        ("h2", "Acting on recommendations"),
        (
            "p",
            "Child R made five recommendations. All five are complete. The most important was that every "
            "adult male in the household is identified and asked about at the midwifery booking appointment "
            "and the health visitor's new birth visit. A re-audit in March 2025 found fathers or partners "
            "identified and checked in 41 of 45 records (91%), against 22 of 40 (55%) in the records reviewed "
            "for Child R.",
        ),
        (
            "p",
            "Learning from the national Panel's review of safeguarding children with disabilities and complex "
            "health needs in residential settings was taken up by the Executive in May 2024. The designated "
            "nurse and the council's quality team visited all four residential special schools in the "
            "borough; two changed how families are told about concerns, and one appointed a new "
            "designated safeguarding lead.",
        ),
        ("h2", "Key decisions of the year"),
        (
            "li",
            "May 2024: the Executive agreed to adopt Graded Care Profile 2 as the single neglect tool for all agencies.",
        ),
        (
            "li",
            "September 2024: the partners agreed to co-locate the police child abuse referral desk and the "
            "school nursing triage in the MASH.",
        ),
        ("li", "November 2024: the lead safeguarding partners signed off the revised arrangements."),
        (
            "li",
            "February 2025: the partners agreed to fund a shared partnership analyst from April 2025, split "
            "equally between the three partners.",
        ),
        ("pagebreak",),
        ("h1", "Multi-agency audit"),
        (
            "p",
            "The Quality and Performance group completed four multi-agency audits this year, each looking at "
            "between 12 and 20 children's records across at least four agencies.",
        ),
        (
            "table",
            ("Audit", "What we found"),
            [
                (
                    "Neglect (20 children, June 2024 and repeated March 2025)",
                    "In June most plans did not say what needed to change at home. By March, 17 of 20 files "
                    "held a completed Graded Care Profile 2 and plans were clearer, though health records still "
                    "rarely showed what the child thought.",
                ),
                (
                    "Strategy discussions (15 children, September 2024)",
                    "Police and social care always took part; health took part in 9 of the 15. Where health "
                    "was missing, medical examinations were arranged later.",
                ),
                (
                    "Children missing education (12 children, January 2025)",
                    "Seven of the 12 had been on reduced timetables for more than six weeks without a "
                    "review date; social workers knew about it in only three cases.",
                ),
                (
                    "Domestic abuse notifications to schools (15 children, March 2025)",
                    "Every school had received the police notification before the start of the next school "
                    "day, and in 13 cases a named adult had checked in with the child that morning.",
                ),
            ],
        ),
        ("h1", "Independent scrutiny"),
        (
            "p",
            "Professor Anne Whitlock has been our independent scrutineer since 2022. This year the partners "
            "asked her to look at three things: the timeliness of strategy discussions, the quality of rapid "
            "reviews, and how the partnership hears from children. She sat in on two rapid reviews, observed "
            "the MASH on four days, met the designated safeguarding leads' network and spent an evening with "
            "Castlebridge Youth Voice.",
        ),
        (
            "p",
            "She reported to the lead safeguarding partners in January 2025. She found the rapid reviews "
            "rigorous and well chaired, but too slow to reach the people who needed the learning; she found "
            "that health was too often absent from strategy discussions; and she found that young people "
            "were consulted often but rarely told what had happened as a result.",
        ),
        ("h2", "What changed because of scrutiny"),
        (
            "p",
            "Her challenge on strategy discussions led the ICB and the council to agree in December 2024 "
            "that a health professional will join every strategy discussion about a child under two or a "
            "child with a health need. Health attendance rose from 60% in the September audit to 85% in the "
            "last quarter of the year.",
        ),
        (
            "p",
            "Following her report, learning from every rapid review is now issued as a one-page briefing "
            "within a month, rather than waiting for the Executive's next meeting, and Castlebridge Youth "
            "Voice receive a written 'you said, we did' reply after each consultation.",
        ),
        (
            "p",
            "What we have learnt about scrutiny itself is that it is most useful when the partners set it a "
            "specific question. For 2025/26 the lead safeguarding partners have asked Professor Whitlock to "
            "examine our response to children at risk of exploitation.",
        ),
        ("h2", "The independent scrutineer's assessment"),
        (
            "p",
            '"In my view the Castlebridge arrangements are sound. The three partners share responsibility '
            "rather than leaving it to the council, and they act on challenge: the changes to strategy "
            "discussions were made within weeks. The partnership now needs to bring the same grip to "
            'children who are harmed outside their families." Professor Anne Whitlock, Independent '
            "Scrutineer, July 2025",
        ),
        ("pagebreak",),
        ("h1", "Is it making a difference?"),
        (
            "p",
            "The table below shows the measures the Executive watches most closely. Figures for 2023/24 are "
            "given first.",
        ),
        (
            "table",
            ("Measure", "2023/24 to 2024/25"),
            [
                ("Contacts to the MASH decided within 24 hours", "78% to 93%"),
                ("Children on a child protection plan for a second or later time within two years", "19% to 14%"),
                ("Re-referrals to children's social care within 12 months", "24% to 21%"),
                ("Babies in neglect audits with a father or partner identified and checked", "55% to 91%"),
                ("Children missing education at 31 March", "212 to 248"),
                ("Children aged 10 to 17 entering the youth justice system for the first time", "61 to 58"),
            ],
        ),
        (
            "p",
            "Fewer children are returning to child protection plans, and the neglect audit suggests why: "
            "plans now say what has to change at home, families know what is expected, and the Graded Care "
            "Profile gives a shared picture that social workers, health visitors and schools all use. We "
            "cannot say this is the only cause, but the fall has been greatest in cases where neglect was "
            "the main concern (from 23% to 15%).",
        ),
        (
            "p",
            "Faster decisions at the MASH mean that families are contacted sooner: in the audit of domestic "
            "abuse notifications, children were seen by a trusted adult at school the morning after an "
            "incident.",
        ),
        ("h2", "Training and whether it changed practice"),
        (
            "p",
            "We ran 64 multi-agency courses with 1,820 places taken up. We asked everyone who attended the "
            "neglect course to complete a follow-up survey three months later: 71% of the 233 who replied "
            "had used the Graded Care Profile 2 with a family, and 64% said it had changed how they talked "
            "to parents about neglect. The March 2025 neglect audit found a completed profile on 17 of 20 "
            "children's files, against 6 of 20 a year earlier.",
        ),
        ("h1", "Listening to children and families"),
        ("p", "We heard from children and families in three main ways this year:"),
        (
            "li",
            "Castlebridge Youth Voice, a group of 14 young people aged 13 to 19, met monthly and reviewed our "
            "leaflets, our training and two of our audits;",
        ),
        ("li", "the Bright Spots survey of children in care and care leavers, completed by 186 young people;"),
        ("li", "a short questionnaire sent to every parent after an initial child protection conference (97 replies)."),
        (
            "p",
            "Young people told us child protection plans were written in language they could not follow. "
            "Since January 2025 every plan has a plain-English summary written to the child, and Youth Voice "
            "checked a sample of 20 in March.",
        ),
        (
            "p",
            "Parents said they felt ambushed at conferences when they saw reports for the first time on the "
            "day. The conference service now expects reports to reach parents three working days before the "
            "conference; this happened in 82% of conferences in the final quarter, up from 40%.",
        ),
        ("pagebreak",),
        ("h1", "Schools, colleges and early years"),
        (
            "p",
            "Education has a stronger voice in the partnership than a year ago. Two headteachers, elected by "
            "the primary and secondary headteachers' associations, and the principal of Castlebridge College "
            "sit on the Safeguarding Executive as full members, and the Executive has an early years "
            "representative from the Early Years Alliance.",
        ),
        (
            "p",
            "Day to day, the designated safeguarding leads' network met each term, with an average of 84 of "
            "our 92 schools represented; a secondary DSL sits on the Learning from Practice group; schools "
            "took part in all four multi-agency audits; and an education officer works in the MASH. Headteachers "
            "led the work on reduced timetables after the two exploitation reviews.",
        ),
        ("h1", "Using data and sharing information"),
        (
            "p",
            "The quarterly partnership dataset showed children missing education rising sharply in the "
            "autumn term. That prompted the January audit of children missing education, which is where we "
            "found the link with reduced timetables, and the Executive added reduced timetables to the "
            "dataset from the final quarter.",
        ),
        (
            "p",
            "Information now moves faster. Since November 2024, police notifications of domestic abuse "
            "incidents reach the school's designated safeguarding lead before 9am the next school day, and "
            "1,140 notifications were sent in the spring term. In the March audit, 13 of 15 children had "
            "been checked on by a named adult that morning, and in two cases the school's information led "
            "to a child being seen by a social worker the same day.",
        ),
        (
            "p",
            "Co-locating the police referral desk in the MASH means checks that used to take two days by "
            "email are done across the desk, which is the main reason decisions within 24 hours rose to 93%.",
        ),
        ("h1", "Putting Working Together 2023 into practice"),
        (
            "p",
            "We put the changes from Working Together 2023 in place during the year. The three chief "
            "officers took on the lead safeguarding partner role in November 2024, named their delegates, "
            "and signed off revised arrangements which took effect on 1 December 2024. Education now sits on "
            "the Executive as a full member rather than as an observer.",
        ),
        (
            "p",
            "The main decision was to keep a separate independent scrutineer rather than an independent "
            "chair, with the Director of Children's Services chairing the Executive; the partners judged "
            "that scrutiny is more independent when the scrutineer does not also run the meetings. The main "
            "difficulty was that the ICB works with three partnerships, so its chief executive is lead "
            "safeguarding partner for all three; agreeing dates for joint sign-off across the three areas "
            "delayed our revised arrangements by six weeks.",
        ),
        (
            "p",
            "Our published arrangements will need a further update to take in the new multi-agency child "
            "protection team and to give the education representatives a place at the lead safeguarding "
            "partners' meetings.",
        ),
        ("pagebreak",),
        ("h1", "Money"),
        (
            "table",
            ("Partner", "Contribution 2024/25 (2023/24)"),
            [
                ("Castlebridge Borough Council", "£210,000 (£200,000)"),
                ("NHS Castlebridge and Wyvern Integrated Care Board", "£140,000 (£140,000)"),
                ("Wyvern Constabulary", "£70,000 (£65,000)"),
                ("Total", "£420,000 (£405,000)"),
            ],
        ),
        (
            "p",
            "The pooled budget rose by £15,000 this year: the council and the constabulary each increased "
            "their contributions, while the ICB's stayed the same. The budget paid for the business team, "
            "the training programme, the independent scrutineer and the two local practice reviews.",
        ),
        ("h1", "Where we have not made enough progress"),
        (
            "p",
            "Children missing education was one of our three priorities and the numbers have gone the wrong "
            "way, rising from 212 to 248. The multi-agency panel we planned for September 2024 did not meet "
            "until March 2025, because schools, the council and the police could not agree whose staff would "
            "run it. The council's education service now leads it, and the Executive will check every "
            "quarter whether the numbers fall.",
        ),
        (
            "p",
            "Our second priority, protecting adolescents from harm outside the home, is also behind where we "
            "wanted it to be. The contextual safeguarding team was not fully staffed until February 2025 and "
            "first-time entrants to the youth justice system fell only slightly. This is the focus of the "
            "scrutineer's next review.",
        ),
        ("h1", "Looking ahead: 2025/26"),
        ("p", "Our priorities for 2025/26 remain neglect, harm outside the home and children missing education."),
        (
            "p",
            "For neglect, the Graded Care Profile 2 will be extended to early years settings. For harm outside "
            "the home, the contextual safeguarding team will work with the eight secondary schools where most "
            "concerns arise. For children missing education, the new panel will review every reduced timetable "
            "of more than six weeks.",
        ),
        ("h2", "Publication"),
        (
            "p",
            "This report was published on the partnership's website on 19 September 2025 and was sent on "
            "23 September 2025 to the Child Safeguarding Practice Review Panel and to the What Works Centre "
            "for Children's Social Care.",
        ),
    ],
    # A weak yearly report: restated duty, empty headings listed in the contents, intentions, a useful-links
    # list naming the recipients, a negated scrutiny statement, published late.
    "hc-yr-weak": [
        ("title", "Ravensmoor Safeguarding Children Partnership Annual Report 2024-25"),
        ("p", "Published November 2025"),
        (
            "toc",
            [
                ("1. Introduction", 2),
                ("2. Our partnership", 2),
                ("3. What we have done", 3),
                ("4. Learning from reviews", 3),
                ("5. Impact", 4),
                ("6. Voice of children and families", 4),
                ("7. Education", 4),
                ("8. Funding", 5),
                ("9. Independent scrutiny", 5),
                ("10. Our priorities for 2025-26", 5),
                ("11. Useful links", 6),
            ],
        ),
        ("pagebreak",),
        ("h1", "1. Introduction"),
        (
            "p",
            "Welcome to the annual report of the Ravensmoor Safeguarding Children Partnership. This annual "
            "report covers April 2024 to March 2025.",
        ),
        (
            "p",
            "Under Working Together to Safeguard Children 2023, the safeguarding partners must publish a "
            "report at least once in every 12-month period setting out what they have done as a result of "
            "the arrangements, including on child safeguarding practice reviews, and how effective the "
            "arrangements have been in practice.",
        ),
        ("p", "Safeguarding is everyone's business, and the voice of the child is at the heart of everything we do."),
        ("h1", "2. Our partnership"),
        (
            "p",
            "The partnership is led by Ravensmoor Council, NHS Ravensmoor and Dale Integrated Care Board and "
            "Dale Police, who continue to work well together.",
        ),
        (
            "p",
            "Moorgate House, the secure children's home run by Ravensmoor Council, is represented on the "
            "Executive by its registered manager.",
        ),
        (
            "p",
            "Our relevant agencies include schools and colleges, early years providers, NHS trusts, the "
            "probation service, housing providers and the voluntary and community sector.",
        ),
        (
            "p",
            "Working Together 2023 introduced lead safeguarding partners and a stronger role for education "
            "in local arrangements.",
        ),
        ("p", "The partners are confident that the arrangements are working well."),
        ("pagebreak",),
        ("h1", "3. What we have done"),
        (
            "p",
            "The Executive met four times during the year. The partnership delivered 42 training courses and "
            "launched a new website in January 2025.",
        ),
        (
            "p",
            "Three rapid reviews were held during the year. No rapid reviews were escalated to a local child "
            "safeguarding practice review.",
        ),
        (
            "p",
            "Two multi-agency audits took place, on neglect and on strategy discussions. In March 2025 the "
            "Executive agreed to merge its two subgroups into a single Quality Assurance Group.",
        ),
        ("h1", "4. Learning from reviews"),
        (
            "p",
            "Learning from the rapid reviews will be shared with practitioners through seven-minute briefings. "
            "An analysis of the themes from these reviews will be presented to the Executive in due course.",
        ),
        ("pagebreak",),
        ("h1", "5. Impact"),
        (
            "p",
            "Our 42 courses were attended by 960 practitioners and feedback on the day was positive. The impact "
            "of our work on children and families will be measured next year, once the new dataset is in place.",
        ),
        (
            "p",
            "Partners share information in line with the Data Protection Act 2018 and the UK GDPR. A "
            "multi-agency dataset is being developed.",
        ),
        ("h1", "6. Voice of children and families"),
        ("h1", "7. Education"),
        ("p", "Schools are key partners in keeping children safe in Ravensmoor."),
        ("pagebreak",),
        ("h1", "8. Funding"),
        ("h1", "9. Independent scrutiny"),
        (
            "p",
            "The independent scrutineer has not yet reported on 2024-25; her findings will be included in next "
            "year's report.",
        ),
        ("h1", "10. Our priorities for 2025-26"),
        ("p", "In 2025-26 we will:"),
        ("li", "improve our response to neglect;"),
        ("li", "tackle child exploitation;"),
        ("li", "strengthen early help."),
        ("p", "We will review progress against these priorities in due course."),
        ("pagebreak",),
        ("h1", "11. Useful links"),
        ("li", "Ravensmoor published safeguarding arrangements: www.ravensmoorscp.org.uk/arrangements"),
        ("li", "Ravensmoor Threshold of Need: www.ravensmoorscp.org.uk/threshold"),
        (
            "li",
            "Child Safeguarding Practice Review Panel: "
            "www.gov.uk/government/organisations/child-safeguarding-practice-review-panel",
        ),
        ("li", "Foundations, the What Works Centre for Children & Family Services: www.foundations.org.uk"),
        ("li", "Working Together to Safeguard Children 2023: www.gov.uk/government/publications/working-together"),
    ],
    # A sound SAB annual report for 2024/25 (Word-style curly apostrophes); the police member's
    # contribution and the list of recipients (no Health and Wellbeing Board chair) only partly met.
    "hc-sab-ar-2025": [
        ("title", "Brackenfield Safeguarding Adults Board Annual Report 2024–25"),
        ("p", "Covering 1 April 2024 to 31 March 2025"),
        ("p", "Published 14 October 2025"),
        (
            "toc",
            [
                ("Foreword from the Independent Chair", 2),
                ("About the Board", 2),
                ("Our year", 3),
                ("Progress on our Strategic Plan 2023–26", 4),
                ("What our members did", 5),
                ("Safeguarding Adults Reviews", 7),
                ("Safeguarding activity and Making Safeguarding Personal", 9),
                ("Priorities for 2025–26", 11),
                ("Who receives this report", 11),
            ],
        ),
        ("pagebreak",),
        ("h1", "Foreword from the Independent Chair"),
        (
            "p",
            "This has been a year in which the Board has moved from talking about self-neglect to doing "
            "something about it. The multi-agency risk management protocol we launched in October is already "
            "changing how agencies respond to people who refuse help, and I have been struck by how "
            "frontline staff have taken it up.",
        ),
        (
            "p",
            "The report is also candid about the review into the death of Mr K, whose exploitation in his own "
            "home was known in pieces to several agencies but never joined up. Not all the actions from that "
            "review are finished, and the Board will hold partners to account until they are.",
        ),
        ("p", "Janet Pryce, Independent Chair, Brackenfield Safeguarding Adults Board"),
        ("h1", "About the Board"),
        (
            "p",
            "The Brackenfield Safeguarding Adults Board covers the area of Brackenfield City Council. Its "
            "statutory members are Brackenfield City Council, NHS Brackenfield and Wold Integrated Care Board "
            "and Wold Police. Wold Fire and Rescue Service, the Probation Service, Brackenfield Hospitals NHS "
            "Foundation Trust, Wold Partnership NHS Foundation Trust, Brackenfield Homes and Healthwatch "
            "Brackenfield are also members.",
        ),
        (
            "p",
            "Under the Care Act 2014 every Safeguarding Adults Board must publish a strategic plan, publish an "
            "annual report and arrange safeguarding adults reviews.",
        ),
        ("pagebreak",),
        ("h1", "Our year"),
        ("p", "Highlights of 2024–25:"),
        (
            "li",
            "we launched the Brackenfield multi-agency risk management (MARM) protocol in October 2024 for "
            "adults at high risk who decline support; 47 people were discussed at MARM meetings by March 2025;",
        ),
        (
            "li",
            "with the three neighbouring boards we rewrote the regional safeguarding adults policy and "
            "procedures, which went live on 1 July 2024;",
        ),
        (
            "li",
            "our self-neglect and hoarding campaign, ‘Look Beyond the Clutter’, reached 3,900 people "
            "through GP surgeries, pharmacies and the fire service’s home visits;",
        ),
        (
            "li",
            "the Board’s learning and development group delivered 31 multi-agency sessions to 868 "
            "staff, including 240 from care homes and home care agencies;",
        ),
        (
            "li",
            "our first Safeguarding Adults Week conference in November 2024 brought together 210 "
            "practitioners and 18 people with lived experience of safeguarding.",
        ),
        ("h1", "Progress on our Strategic Plan 2023–26"),
        (
            "p",
            "The Strategic Plan 2023–26 sets four priorities. This was its second year. The table shows what "
            "was done against each priority and where it stands.",
        ),
        (
            "table",
            ("Priority", "What we did in 2024–25"),
            [
                (
                    "1. Self-neglect and hoarding",
                    "MARM protocol launched October 2024; self-neglect guidance revised; ‘Look Beyond the "
                    "Clutter’ campaign. On track: of the 47 people discussed at MARM, 31 accepted some form of "
                    "support within three months.",
                ),
                (
                    "2. Exploitation, including cuckooing",
                    "Joint briefing for housing officers and neighbourhood police; a cuckooing flag added to the "
                    "housing case system in February 2025. Behind plan: the joint housing and police protocol "
                    "due in December 2024 is not yet agreed.",
                ),
                (
                    "3. Young people moving to adult services",
                    "Transitions audit of 14 young adults with care and support needs completed in January "
                    "2025; a joint transitions panel with the children’s partnership met monthly from March "
                    "2025. On track.",
                ),
                (
                    "4. Hearing from people with lived experience",
                    "Lived experience group of nine members set up in June 2024; it co-designed the conference "
                    "and reviewed the easy-read annual report. On track.",
                ),
            ],
        ),
        ("pagebreak",),
        ("h1", "What our members did"),
        ("h2", "Brackenfield City Council"),
        (
            "p",
            "Adult Social Care led the work on self-neglect: it chairs the MARM meetings, wrote the revised "
            "self-neglect guidance, and trained 312 of its own staff in applying it. The council hosts the "
            "Board’s business unit and contributed £164,000 to the Board’s budget. Brackenfield Homes, the "
            "council’s housing service, added the cuckooing flag and trained 85 housing officers.",
        ),
        ("h2", "NHS Brackenfield and Wold Integrated Care Board"),
        (
            "p",
            "The ICB’s safeguarding team audited how GP practices recorded mental capacity for patients who "
            "self-neglect (120 records across 16 practices) and ran three sessions for practice safeguarding "
            "leads on what the audit found. The ICB funded the named GP for adult safeguarding, led the "
            "health input to all four safeguarding adults reviews and contributed £96,000 to the Board’s "
            "budget.",
        ),
        ("h2", "Wold Police"),
        (
            "p",
            "Wold Police remained an active member of the Board, attending all four Board meetings, and is "
            "committed to the Board’s priorities.",
        ),
        ("h2", "Other members"),
        (
            "p",
            "Wold Fire and Rescue Service carried out 214 safe and well visits to adults referred by Board "
            "partners, and found serious fire risk in 38 homes. The Probation Service trained all its "
            "Brackenfield staff on adult safeguarding referrals. Healthwatch Brackenfield ran listening "
            "events with 63 people about their experience of safeguarding enquiries.",
        ),
        ("pagebreak",),
        ("h1", "Safeguarding Adults Reviews"),
        (
            "p",
            "The SAR subgroup considered nine referrals in 2024–25. Three met the criteria for a statutory "
            "review and one was commissioned as a discretionary review. Two reviews were completed and "
            "published during the year.",
        ),
        ("h2", "Adult D (published July 2024)"),
        (
            "p",
            "Adult D was a 71-year-old man who died in a house fire in his home, which was severely cluttered. "
            "The review found that his capacity to make decisions about his living conditions was assessed "
            "once, in 2021, and never revisited as his health declined; that the fire service’s concern about "
            "fire risk was not shared with his GP or adult social care; and that no agency had a way of "
            "bringing partners together when a person refused help.",
        ),
        (
            "p",
            "All six of the Adult D recommendations have been acted on. The MARM protocol was the Board’s "
            "main response; capacity assessments for people who self-neglect are now reviewed at least every "
            "six months in adult social care; and a fire service referral now goes to both the GP and adult "
            "social care. Of the 38 homes where fire crews found serious risk this year, all were referred "
            "on the same day.",
        ),
        ("h2", "Mr K (published January 2025)"),
        (
            "p",
            "Mr K was a 44-year-old man with a learning disability whose flat was taken over by people "
            "dealing drugs. He was assaulted several times before he died in hospital. The review found that "
            "housing, police and his GP each held part of the picture; that nobody offered him a Care Act "
            "assessment although he was known to need support; and that repeated anti-social behaviour "
            "complaints about his flat were treated as his behaviour rather than as signs he was being "
            "exploited.",
        ),
        (
            "p",
            "The review made eight recommendations. Five were complete by 31 March 2025, including the "
            "housing case flag, the briefing for housing officers and neighbourhood police, and a change to "
            "the adult social care front door so that a known learning disability prompts an offer of "
            "assessment. Three actions were outstanding at the year end: the joint housing and police "
            "protocol for cuckooing, training for the ICB’s GP practices, and an audit of anti-social "
            "behaviour cases involving adults with care and support needs. The SAR subgroup tracks them "
            "monthly and has asked for them to be completed by September 2025.",
        ),
        (
            "p",
            "The Board decided not to take forward one recommendation of the Mr K review: that it should set "
            "up its own exploitation subgroup. Adult exploitation is already overseen by the Brackenfield "
            "Community Safety Partnership’s Exploitation Board, on which the SAB is represented, and the "
            "Board judged that a second group would duplicate that work. Instead the Exploitation Board now "
            "reports to each SAB meeting on adults at risk of exploitation.",
        ),
        ("h2", "Reviews still in progress"),
        (
            "p",
            "At 31 March 2025 two reviews were still under way: the review concerning Ms F, a woman who died "
            "in a care home after a pressure ulcer went untreated (commissioned November 2024), and the "
            "discretionary review concerning Adult G, a woman experiencing domestic abuse from her adult son, "
            "being carried out jointly with a domestic homicide review (commissioned February 2025). Both "
            "will be reported in next year’s annual report.",
        ),
        ("pagebreak",),
        ("h1", "Safeguarding activity and Making Safeguarding Personal"),
        (
            "table",
            ("Measure", "2024–25 (2023–24)"),
            [
                ("Safeguarding concerns received", "3,412 (3,105)"),
                ("Section 42 enquiries started", "689 (714)"),
                ("Other safeguarding enquiries started", "112 (98)"),
                ("Concerns leading to a section 42 enquiry", "20% (23%)"),
                ("Neglect and acts of omission, as a share of concluded enquiries", "34% (31%)"),
                ("Self-neglect", "18% (14%)"),
                ("Financial or material abuse", "17% (18%)"),
                ("Abuse in the person’s own home", "52% (49%)"),
                ("Abuse in a care home", "24% (27%)"),
            ],
        ),
        (
            "p",
            "Concerns rose by 10% but enquiries fell slightly. Most of the rise came from the ambulance "
            "service and from care homes reporting falls and medication errors which did not need an "
            "enquiry. The Board asked for this to be tested: an audit of 40 concerns that did not go on to an "
            "enquiry found the decision right in 37, and in the other three the person was offered an "
            "enquiry on review.",
        ),
        (
            "p",
            "Self-neglect has risen for the second year, which we think reflects the MARM protocol and the "
            "campaign making it more visible rather than more common; we will watch this in 2025–26. "
            "Enquiries concerning people from Black and Asian communities (9%) remain below their share of "
            "the adult population (16%), and the Board has asked Healthwatch to help us understand why.",
        ),
        ("h2", "Making Safeguarding Personal"),
        (
            "p",
            "In 91% of concluded section 42 enquiries the person, or their representative, was asked what "
            "they wanted to happen (86% in 2023–24). Where people said what they wanted, their outcomes were "
            "fully achieved in 72% of enquiries and partly achieved in 23%. The risk was removed or reduced "
            "in 89% of enquiries where a risk was identified.",
        ),
        (
            "p",
            "One woman told the lived experience group: ‘For the first time somebody asked me what I wanted, "
            "not what they thought was best.’",
        ),
        ("h1", "Priorities for 2025–26"),
        (
            "p",
            "The final year of the Strategic Plan will concentrate on finishing the Mr K actions, agreeing the "
            "cuckooing protocol and understanding why fewer concerns are raised about people from Black and "
            "Asian communities.",
        ),
        ("h1", "Who receives this report"),
        (
            "p",
            "This report is sent to the Chief Executive and the Leader of Brackenfield City Council, to the "
            "Police and Crime Commissioner for Wold and to Healthwatch Brackenfield, and is published on the "
            "Board’s website.",
        ),
    ],
}
