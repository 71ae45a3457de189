"""Held-out documents for two report packs: a children's partnership yearly report in the
"infographic" style and a Safeguarding Adults Board annual report. Written from the requirement
catalogue alone, in a local partnership's own words, and never used to tune the rules.

- ``ho5-yr-infographic``: the Quenford Safeguarding Children Partnership's yearly report for
  2024/25 (WT2023), published 26 September 2025, written as short punchy statements with an
  "at a glance" numbers table, a "You said, we did" table, case studies in two-column boxes, a RAG
  table of priorities and a view from the independent scrutineer. Weak on purpose: the numbers
  table has no analysis of what the figures mean and nothing says how data prompted learning or how
  information sharing improved; the police contribution is attendance only; the 'Sami' review's
  recommendations are listed and "accepted" with nothing said about what was done; the budget is
  only "set out in Appendix 2", which appears in the contents and as an empty heading; the
  red-rated priority has only "next year we will"; the report goes to the "What Works Centre"
  (stale name) as well as the Panel. No secure establishment in the area (stated in the body).
- ``ho5-sab-ar-2024``: the Tarrowby Safeguarding Adults Board's annual report for 2023/24,
  published 27 November 2024, narrative plus tables, with three SAR cases: 'Mr B' concluded with
  findings and recommendations, 'Ms H' commissioned and still running at the year end, 'Adult K'
  referred and not taken forward. Weak on purpose: what was done on the 'Mr B' findings is only
  promised (action plan "will be presented"); the body never says whether any recommendation was
  accepted or declined, and the only "did not decline any" is in a glossary row ('Adult K', where the
  Board "decided not to commission a review", is not a declined finding); the ICB's part is an empty
  heading in the members' section; the recipients of the report appear only as the restated Care
  Act duty beside "The SAB must publish an annual report"; Making Safeguarding Personal outcomes are
  deferred to next year, though the section 42 data is analysed.

Labels: ``labels/ho5-yr-infographic.yaml`` and ``labels/ho5-sab-ar-2024.yaml`` (the kind of each
document is declared there).
"""

from __future__ import annotations

CASES: dict[str, list[tuple]] = {
    "ho5-yr-infographic": [
        ("title", "Quenford Safeguarding Children Partnership: Our Year 2024/25"),
        (
            "p",
            "Yearly report of the Quenford safeguarding partners. This report covers 1 April 2024 to "
            "31 March 2025. Published 26 September 2025.",
        ),
        (
            "toc",
            [
                ("Our scrutineer's view", 2),
                ("2024/25 in numbers", 3),
                ("Twelve months, eight headlines", 3),
                ("So what? The difference for children", 4),
                ("When things went wrong", 5),
                ("You said, we did", 6),
                ("Priorities scorecard", 7),
                ("Partner by partner", 8),
                ("Schools, colleges and nurseries", 8),
                ("Scrutiny round-up", 9),
                ("Working Together 2023 and our arrangements", 10),
                ("Sharing this report", 10),
                ("Appendix 1: Decisions log", 11),
                ("Appendix 2: Our budget 2024/25", 12),
            ],
        ),
        ("pagebreak",),
        ("h1", "Our scrutineer's view"),
        (
            "p",
            "Since January 2023 I have been the partners' independent scrutineer. In 2024/25 I observed eleven "
            "meetings, from the Executive to the Harmful Sexual Behaviour Panel, read every rapid review and "
            "all three multi-agency audits, ran five focus groups with 43 front-line staff and joined the Quenford "
            "Youth Forum for one evening.",
        ),
        (
            "p",
            "My overall finding is that the Quenford arrangements were effective in practice this year. Three "
            "pieces of evidence persuade me. The Case Review Group now reaches its rapid review decisions on "
            "time and explains them clearly to the national Panel. Staff in my focus groups could name the "
            "escalation route when they disagreed with another agency, and I followed two disagreements that "
            "were settled within days. And senior leaders listened to hard messages, including from the "
            "'Sami' review, without defending their own organisations.",
        ),
        (
            "p",
            "One caution. Executive agendas are crowded and some items roll over from meeting to meeting. I "
            "have asked the partners to cap papers at four pages and to settle any deferred item at the next "
            "meeting.",
        ),
        ("p", "Dr Lorna Ostrowski, Independent Scrutineer, September 2025"),
        ("pagebreak",),
        ("h1", "2024/25 in numbers"),
        (
            "table",
            ("Count", "2024/25"),
            [
                ("Contacts to the MASH", "6,412"),
                ("Contacts passed to children's social care", "1,958"),
                ("Early help assessments opened", "1,102"),
                ("Children subject to a child protection plan on 31 March 2025", "287"),
                ("Children in care on 31 March 2025", "341"),
                ("Episodes of going missing", "742"),
                ("Places taken on partnership courses", "1,876"),
                ("Serious incidents notified", "4"),
            ],
        ),
        ("p", "Big numbers, big effort: thank you to every practitioner behind them."),
        (
            "p",
            "All partners share information under the Quenford information sharing agreement and in line "
            "with the UK GDPR and the Data Protection Act 2018.",
        ),
        ("h1", "Twelve months, eight headlines"),
        ("p", "The Executive met eleven times. Along the way we:"),
        (
            "li",
            "trained 610 staff from schools, youth services, health and the police to respond to harmful "
            "sexual behaviour using the Brook Traffic Light Tool, in 26 sessions from June 2024;",
        ),
        (
            "li",
            "held a rapid review within 15 working days of each of our four serious incident notifications "
            "and sent every one to the national Panel;",
        ),
        (
            "li",
            "completed and published the local child safeguarding practice review about 'Sami', a boy of 15 "
            "who was sexually exploited by adults he met through an online game (published January 2025);",
        ),
        (
            "li",
            "carried out three multi-agency audits: harmful sexual behaviour, teenagers who self-harm, and "
            "babies and toddlers in temporary accommodation;",
        ),
        (
            "li",
            "set up the Harmful Sexual Behaviour Panel in July 2024, where a social worker, a school "
            "representative, a CAMHS clinician and a youth justice officer agree a plan for each child within "
            "ten days;",
        ),
        (
            "li",
            "opened a self-harm pathway with the emergency department, so that every under-18 seen after "
            "self-harm is contacted by the community mental health team within 72 hours;",
        ),
        (
            "li",
            "ran 'Switched On', our online safety fortnight, in February 2025, with sessions for 3,900 pupils "
            "and an evening webinar watched by 640 parents;",
        ),
        ("li", "published revised safeguarding arrangements under Working Together 2023 in December 2024."),
        ("pagebreak",),
        ("h1", "So what? The difference for children"),
        (
            "p",
            "Counting courses is easy; we wanted to know whether children are safer. The harmful sexual "
            "behaviour audit in February 2025 compared schools whose designated safeguarding lead had done the "
            "Traffic Light training with schools whose lead had not. Children referred by trained schools got a "
            "safety plan within ten days in 19 of 22 cases; from other schools, in 6 of 15.",
        ),
        (
            "p",
            "And it lasted. Of the 41 children with a Harmful Sexual Behaviour Panel plan who had finished "
            "their support by the end of March 2025, 36 had no further reported incident in the following six "
            "months.",
        ),
        (
            "table",
            None,
            [
                (
                    "Case study: Leah, 13",
                    "Leah's form tutor noticed she was always on her phone and tired in the mornings. Before the "
                    "training, staff would have taken the phone away. Instead her tutor asked who she was talking "
                    "to. Leah showed her messages from a man of 24 asking for pictures.",
                ),
                (
                    "What happened next",
                    "The school contacted the MASH the same morning, the police identified the man within a week "
                    "and Leah and her mum had six sessions with a youth worker from the online harm team. Leah "
                    "now helps run the 'Switched On' sessions in her school.",
                ),
            ],
        ),
        (
            "p",
            "Self-harm: since the pathway opened in September 2024, young people seen in the emergency "
            "department after self-harm who came back again within three months fell from 27% to 16%.",
        ),
        ("pagebreak",),
        ("h1", "When things went wrong"),
        (
            "p",
            "We told the national Panel about four serious incidents this year. After rapid review, the Case "
            "Review Group decided that one needed a local child safeguarding practice review; the learning from "
            "the other three was taken forward by the Group itself.",
        ),
        (
            "p",
            "Reading the four together, a pattern is clear. In three of them the harm started online, and in "
            "each of these someone (a parent, a teacher or a youth worker) knew the child had a new online "
            "'friend' but saw it as a parenting matter rather than a risk. Confiscating a phone was the usual "
            "response, which cut the adults off from what was happening without stopping it. The fourth "
            "incident, a baby's head injury, showed a different gap: the family had moved between three "
            "temporary addresses in five months and no health visitor had seen the baby since the first move.",
        ),
        ("h2", "The 'Sami' review"),
        (
            "p",
            "Sami was groomed over eight months by two men he met through an online game, and was sexually "
            "exploited by them in another city. The reviewer found that Sami's school and his mother each knew "
            "something that the other did not, that his running away was handled as missing episodes "
            "without anyone asking where he went, and that nobody looked at his phone with him. The review "
            "recommended that:",
        ),
        (
            "li",
            "return interviews after a child goes missing should always ask about contact with people met online;",
        ),
        ("li", "partners should agree one approach to looking at a child's phone and apps with the child;"),
        (
            "li",
            "the MASH should be able to see police intelligence about online offenders when it screens a contact;",
        ),
        ("li", "the partnership should check within twelve months that these changes are in place."),
        ("p", "The Executive accepted all four recommendations at its January 2025 meeting."),
        ("pagebreak",),
        ("h1", "You said, we did"),
        (
            "p",
            "How we listened: 530 young people answered our 'Your Say' online poll in November 2024; the "
            "Quenford Youth Forum, 21 members aged 11 to 18, met the Executive in September 2024 and March "
            "2025; and the early help team rang 64 families three months after their support ended to ask how "
            "it had gone.",
        ),
        (
            "table",
            ("You said", "We did"),
            [
                (
                    "Young people: 'Online safety lessons are from the dark ages. Nobody uses the apps they talk "
                    "about.'",
                    "The Youth Forum co-wrote the 'Switched On' session, which is now taught in 19 of our 20 "
                    "secondary schools. In the follow-up poll, 72% of pupils said it was useful, against 31% for "
                    "the old lesson.",
                ),
                (
                    "Parents of children with harmful sexual behaviour: 'We felt blamed and on our own.'",
                    "A parents' group now meets fortnightly at the Tollgate family hub, run with a charity. 17 "
                    "parents have attended and 15 said they felt more able to keep their child safe.",
                ),
                (
                    "Children in care: 'I get asked the same questions by everyone.'",
                    "Each child now has an 'All about me' page, written with them, that every new worker reads "
                    "before the first visit.",
                ),
                (
                    "Families after early help: 'The help stopped too suddenly.'",
                    "Early help now ends with a planned review visit six weeks after closure. Re-referrals within "
                    "six months fell from 19% to 12%.",
                ),
            ],
        ),
        (
            "table",
            None,
            [
                (
                    "Quote of the year",
                    "'You didn't just ask us, you actually let us write it.' Youth Forum member, aged 16.",
                ),
            ],
        ),
        ("pagebreak",),
        ("h1", "Priorities scorecard"),
        ("p", "Our 2023-2026 plan has four priorities. Status at 31 March 2025:"),
        (
            "table",
            ("Priority", "RAG", "Progress"),
            [
                (
                    "1. Harm online and harmful sexual behaviour",
                    "Green",
                    "Traffic Light training done; HSB Panel running; audit shows faster safety plans.",
                ),
                (
                    "2. Teenagers' emotional health and self-harm",
                    "Green",
                    "Self-harm pathway open; repeat attendances down from 27% to 16%.",
                ),
                (
                    "3. Children in temporary accommodation",
                    "Red",
                    "Next year we will set up a housing and health task group and agree a protocol for "
                    "notifying health visitors and schools when a family moves.",
                ),
                (
                    "4. Sexual abuse within the family",
                    "Amber",
                    "Practice guidance drafted; the specialist assessment service is still in procurement.",
                ),
            ],
        ),
        ("h2", "In 2025/26 we will"),
        ("li", "put children in temporary accommodation on every Executive agenda;"),
        ("li", "launch the specialist assessment service for children who may have been sexually abused;"),
        ("li", "repeat the harmful sexual behaviour audit in February 2026."),
        ("h1", "Partner by partner"),
        ("p", "Our three safeguarding partners and what each brought to the partnership this year:"),
        (
            "table",
            ("Partner", "2024/25"),
            [
                (
                    "Quenford Council",
                    "Employs the partnership team of four; the Director of Children's Services chairs the "
                    "partnership and led priority 1; the council's communications team ran the 'Switched On' "
                    "fortnight; children's services hosted the HSB Panel and provided its coordinator.",
                ),
                (
                    "NHS Quenford and Harlby Integrated Care Board",
                    "The Designated Nurse chairs the Case Review Group, which ran all four rapid reviews; the "
                    "Designated Doctor sat on the 'Sami' review panel; the ICB's mental health commissioner "
                    "designed the self-harm pathway with the hospital and led priority 2.",
                ),
                (
                    "Quenford Police",
                    "Represented at 10 of the 11 Executive meetings and at each of the three subgroups.",
                ),
            ],
        ),
        ("h1", "Schools, colleges and nurseries"),
        (
            "p",
            "Education helps make the decisions. Since January 2025 the Quenford Education Partnership has "
            "nominated two of the nine members of the Executive, currently the headteacher of Linden Park "
            "Academy and the head of Tollgate Nursery School, and both took part in every Executive decision "
            "in the decisions log from that date.",
        ),
        (
            "p",
            "Day to day, designated safeguarding leads from 74 of Quenford's 80 schools and both colleges came "
            "to at least one termly DSL briefing, a school representative sits on every Harmful Sexual "
            "Behaviour Panel, and a secondary DSL is a member of the Case Review Group.",
        ),
        ("pagebreak",),
        ("h1", "Scrutiny round-up"),
        (
            "p",
            "Laying the four rapid reviews, the three audits and Dr Ostrowski's observations alongside each "
            "other, two themes stand out. Practitioners rarely ask children what they do online, and treat it "
            "as a private matter for the family. And children's plans set out what professionals will do, but "
            "seldom say what will be different for the child. The Executive has asked the Learning and "
            "Development group to make both themes the focus of the 2025/26 programme.",
        ),
        (
            "p",
            "Scrutiny has had an effect. Dr Ostrowski's report for 2023/24 found that audit actions were agreed "
            "and then forgotten. We now keep a single action log, reviewed at every Executive, and an action comes "
            "off the log only once the Quality Assurance group has seen evidence that it has been done. By 31 March "
            "2025, 31 of the 38 audit actions agreed since April 2024 were closed this way, compared with 9 of 30 "
            "a year earlier.",
        ),
        ("h1", "Working Together 2023 and our arrangements"),
        (
            "p",
            "Reforms: our revised arrangements, published on 11 December 2024, put Working Together 2023 in "
            "place. They name the lead safeguarding partners and their delegates, make the Director of "
            "Children's Services the partnership chair and give education two seats on the Executive.",
        ),
        (
            "p",
            "Sticking point: the ICB serves three partnerships and its delegated partner could not attend "
            "three Executives a month. In October 2024 the partners agreed that the ICB's Director of Nursing "
            "would be the delegate for all three areas, with the Designated Nurse attending our Executive with "
            "authority to agree decisions for the ICB. Settling this pushed publication back from October to "
            "December 2024.",
        ),
        (
            "p",
            "Next updates to the arrangements: by 30 November 2025 we will add our link with the Quenford "
            "Community Safety Partnership and describe the Harmful Sexual Behaviour Panel; by 30 April 2026 we "
            "will replace the 'Levels of Need' guide with a new version approved by the lead safeguarding "
            "partners.",
        ),
        (
            "p",
            "Secure settings: none. No child is held in a secure setting inside Quenford's boundary (there is "
            "no secure children's home, STC or YOI here), so this report has no restraint review.",
        ),
        ("h1", "Sharing this report"),
        (
            "p",
            "Find this report at www.quenfordscp.org.uk/yearly-report. Within 7 days of publication it goes to "
            "the national Child Safeguarding Practice Review Panel and the What Works Centre for Children's "
            "Social Care.",
        ),
        ("p", "Money: the partnership's budget for 2024/25 and each partner's share are set out in Appendix 2."),
        ("pagebreak",),
        ("h1", "Appendix 1: Decisions log"),
        (
            "table",
            ("When", "What the Executive decided"),
            [
                ("May 2024", "To commission a local child safeguarding practice review about 'Sami'."),
                ("June 2024", "To adopt the Brook Traffic Light Tool across all partner agencies."),
                ("July 2024", "To set up the Harmful Sexual Behaviour Panel."),
                ("October 2024", "To appoint one ICB delegated partner across the three partnerships."),
                ("December 2024", "To approve the revised arrangements under Working Together 2023."),
                ("January 2025", "To publish the 'Sami' review and accept its four recommendations."),
            ],
        ),
        ("h1", "Appendix 2: Our budget 2024/25"),
    ],
    "ho5-sab-ar-2024": [
        ("title", "Tarrowby Safeguarding Adults Board Annual Report 2023/24"),
        (
            "p",
            "Reporting year: 1 April 2023 to 31 March 2024. Agreed by the Board on 6 November 2024 and "
            "published on 27 November 2024.",
        ),
        (
            "toc",
            [
                ("A message from the Independent Chair", 2),
                ("About the Board", 2),
                ("What the Board did in 2023/24", 3),
                ("Safeguarding concerns and enquiries", 4),
                ("Our Strategic Plan: year two", 5),
                ("Member by member", 6),
                ("Safeguarding Adults Reviews", 8),
                ("The year ahead", 10),
                ("Glossary", 11),
                ("Useful links", 11),
            ],
        ),
        ("pagebreak",),
        ("h1", "A message from the Independent Chair"),
        (
            "p",
            "2023/24 tested every organisation on this Board. Two care homes in the borough closed with less "
            "than a month's notice, domestic abuse against older and disabled people came into the open as "
            "never before, and the cost of living left more people cold, in debt and isolated.",
        ),
        (
            "p",
            "What pleases me most is that members faced these together rather than each on their own. When "
            "Hawthorn Lodge and Brookfield House closed, forty-one frail residents were moved safely, and "
            "every one of them was visited in their new home within four weeks.",
        ),
        (
            "p",
            "The review concerning Mr B, which concluded in December 2023, is hard reading. He died cold and "
            "alone in his flat while several agencies knew his heating was off. We owe it to him and his "
            "brother to make sure Tarrowby learns from it.",
        ),
        ("p", "Graham Lindqvist, Independent Chair"),
        ("h1", "About the Board"),
        (
            "p",
            "The Tarrowby Safeguarding Adults Board is the board for the borough of Tarrowby. It exists to help and "
            "protect adults in the borough who need care and support and who, because of those needs, cannot "
            "keep themselves safe from abuse or neglect.",
        ),
        (
            "p",
            "The SAB must publish an annual report. The Care Act 2014 requires the Board to send its annual "
            "report to the chief executive and the leader of the local authority, the local policing body, the "
            "local Healthwatch and the chair of the Health and Wellbeing Board.",
        ),
        ("p", "The Board's members in 2023/24 were:"),
        ("li", "Tarrowby Borough Council (Adult Social Care, Housing and Commissioning)"),
        ("li", "NHS Tarrowby and Mossbank Integrated Care Board"),
        ("li", "Lenchmoor Police"),
        ("li", "Lenchmoor Fire and Rescue Service"),
        ("li", "The Probation Service, Tarrowby delivery unit"),
        ("li", "Tarrowby Hospitals NHS Foundation Trust"),
        ("li", "Ferncastle Mental Health NHS Trust"),
        ("li", "Healthwatch Tarrowby"),
        ("li", "Tarrowby Voluntary Action"),
        (
            "p",
            "The full Board met four times. Three groups carry its work between meetings: the SAR Group, the "
            "Quality and Performance Group and the Learning Group.",
        ),
        ("pagebreak",),
        ("h1", "What the Board did in 2023/24"),
        (
            "li",
            "Care home closures: from October 2023 the Board's members ran a daily call between the council, "
            "the ICB, the police and the two providers until all 41 residents of Hawthorn Lodge and Brookfield "
            "House had moved, and checked on each resident in their new home within four weeks.",
        ),
        (
            "li",
            "Provider Safeguarding Forum: launched in June 2023 for managers of care homes, home care agencies "
            "and supported living services; 64 providers came to at least one of its four meetings.",
        ),
        (
            "li",
            "'Ask the question': 22 training sessions for 510 staff on asking older and disabled people about "
            "domestic abuse, delivered with the Tarrowby domestic abuse service.",
        ),
        (
            "li",
            "Mental Capacity Act champions: 48 champions trained across eleven organisations, each the go-to "
            "person for capacity questions in their team.",
        ),
        (
            "li",
            "Easy-read information: four new leaflets on abuse and how to report it, written with Tarrowby "
            "People First, a self-advocacy group for people with learning disabilities.",
        ),
        (
            "li",
            "Joint reviews: an agreement with the Tarrowby Community Safety Partnership that, where a death "
            "needs both a domestic homicide review and a SAR, one joint review will be held.",
        ),
        ("h1", "Safeguarding concerns and enquiries"),
        (
            "table",
            ("Measure", "2022/23", "2023/24"),
            [
                ("Safeguarding concerns received", "2,846", "3,163"),
                ("Section 42 enquiries started", "884", "822"),
                ("Concluded enquiries where the risk was in a care home", "22%", "29%"),
                ("Concluded enquiries involving domestic abuse", "9%", "14%"),
                ("Adults with a repeat enquiry within 12 months", "13%", "17%"),
            ],
        ),
        (
            "p",
            "Why concerns went up: about two-thirds of the extra 317 concerns were about residents of the two "
            "care homes that closed, raised by their own staff, visiting district nurses and council "
            "quality officers in the months before closure. This also explains most of the rise in enquiries "
            "about care homes.",
        ),
        (
            "p",
            "Domestic abuse: the increase is one we wanted to see. Most of it followed the 'Ask the question' "
            "training and the arrival of the older people's domestic abuse adviser at the hospital in "
            "September 2023; 38 of the 52 extra enquiries came from staff who had been on the training.",
        ),
        (
            "p",
            "Repeat enquiries: the Quality and Performance Group looked at 25 adults with a repeat enquiry and "
            "found that in 18 the first enquiry had been closed as soon as the immediate danger was removed, "
            "with no plan for what would keep the person safe afterwards. Since February 2024 an enquiry can be "
            "closed only when a safety plan has been agreed with the person.",
        ),
        (
            "p",
            "Making Safeguarding Personal: we cannot yet say how many people achieved the outcomes they wanted "
            "from an enquiry. The council's new case recording system, live from April 2024, will record this, "
            "and Making Safeguarding Personal outcomes will be included in next year's report.",
        ),
        ("pagebreak",),
        ("h1", "Our Strategic Plan: year two"),
        (
            "p",
            "2023/24 was year two of the Strategic Plan 2022-25. Below, for each of its three priorities, is "
            "what the Board and its members delivered and our assessment.",
        ),
        (
            "table",
            ("Priority", "Delivered in 2023/24", "Assessment"),
            [
                (
                    "Safe care in care homes and at home",
                    "Provider Safeguarding Forum launched; care home closures managed with no resident harmed "
                    "during a move; Healthwatch Enter and View visits to 14 homes, with findings sent to every "
                    "provider.",
                    "Achieved for the year",
                ),
                (
                    "Domestic abuse and adults with care and support needs",
                    "'Ask the question' training for 510 staff; older people's domestic abuse adviser in post; "
                    "domestic abuse enquiries up from 9% to 14% of the total.",
                    "Achieved for the year",
                ),
                (
                    "The Mental Capacity Act in practice",
                    "48 MCA champions trained; an audit of 30 enquiries in March 2024 found capacity recorded "
                    "when it was in doubt in 21; the planned guide for families has not yet been written.",
                    "Partly achieved",
                ),
            ],
        ),
        ("h1", "Member by member"),
        ("p", "Each member organisation reported to the Board on its own part in delivering the plan."),
        ("h2", "Tarrowby Borough Council"),
        (
            "p",
            "Adult Social Care ran the response to the care home closures and set up the new rule that "
            "enquiries close only with a safety plan. The commissioning team introduced unannounced quality "
            "visits to every care home rated 'requires improvement'. Housing put all 40 tenancy officers "
            "through 'Ask the question'.",
        ),
        ("h2", "NHS Tarrowby and Mossbank Integrated Care Board"),
        ("h2", "Lenchmoor Police"),
        (
            "p",
            "The force set up a fortnightly review of every domestic abuse case where the victim was over 60 "
            "or had care and support needs, and trained 85 call handlers to ask whether a caller or victim "
            "relies on someone else for care.",
        ),
        ("h2", "Lenchmoor Fire and Rescue Service"),
        (
            "p",
            "Crews added two domestic abuse questions to every home fire safety visit and made 31 safeguarding "
            "referrals as a result.",
        ),
        ("h2", "The Probation Service"),
        (
            "p",
            "Probation officers now check, in every sentence plan, whether the person lives with or cares for "
            "an adult with care and support needs, and 12 referrals to Adult Social Care followed.",
        ),
        ("h2", "Tarrowby Hospitals NHS Foundation Trust"),
        (
            "p",
            "The Trust hosts the older people's domestic abuse adviser in its emergency department, who "
            "supported 112 patients between September 2023 and March 2024.",
        ),
        ("h2", "Ferncastle Mental Health NHS Trust"),
        (
            "p",
            "The Trust ran the MCA champions programme for the Board and trained 19 of the 48 champions "
            "from its own staff.",
        ),
        ("h2", "Healthwatch Tarrowby and Tarrowby Voluntary Action"),
        (
            "p",
            "Healthwatch carried out Enter and View visits to 14 care homes and reported what residents told "
            "them about feeling safe. Tarrowby Voluntary Action brought Tarrowby People First into the Board's "
            "work and paid the members for their time writing the easy-read leaflets.",
        ),
        ("pagebreak",),
        ("h1", "Safeguarding Adults Reviews"),
        (
            "p",
            "The SAR Group received five referrals in 2023/24. Three did not meet the section 44 criteria and "
            "went back to the referrer with advice. The other two are described below, after the review "
            "concerning Mr B, which started in 2022/23 and finished this year.",
        ),
        ("h2", "Mr B: review concluded December 2023"),
        (
            "p",
            "Mr B was 59. He was dependent on alcohol, had chronic obstructive pulmonary disease and lived alone "
            "in a council flat. He died of hypothermia in January 2023, eleven weeks after his prepayment gas "
            "meter ran out of credit.",
        ),
        ("p", "The independent reviewer found that:"),
        (
            "li",
            "his housing officer and the energy supplier both knew that his heating was off, but neither "
            "thought of it as a safeguarding matter or knew how to raise one;",
        ),
        (
            "li",
            "his drinking was treated as a lifestyle choice, and on two occasions this was the reason given "
            "for not assessing his care and support needs;",
        ),
        (
            "li",
            "the hospital discharged him twice in December 2022 to a flat it knew was unheated, without a "
            "check that it was safe to go home to;",
        ),
        (
            "li",
            "his brother rang the GP practice three times with worries, but the calls were not recorded "
            "because he was not the patient.",
        ),
        (
            "p",
            "There were eight recommendations: for the Board, the council's housing and adult social care "
            "services, the hospital trust, the ICB and GP practices. They cover routes for housing staff and "
            "utilities to raise concerns, assessment for people who are dependent on alcohol, safe discharge "
            "to a home without heating, and recording concerns raised by relatives.",
        ),
        (
            "p",
            "The Board received the review in January 2024 and asked the SAR Group to prepare a multi-agency "
            "action plan, which will be presented to the Board for approval in June 2024; the Group will then "
            "track it, and progress will be set out in next year's annual report.",
        ),
        ("h2", "Ms H: review under way"),
        (
            "p",
            "In February 2024 the Board commissioned a review concerning Ms H, a 46-year-old woman with an "
            "acquired brain injury who was found severely malnourished in her supported tenancy and died in "
            "hospital a week later. The case met the mandatory criteria. At 31 March 2024 the review was still "
            "in progress, and the reviewer expects to report to the Board in December 2024.",
        ),
        ("h2", "Adult K: referral not taken forward"),
        (
            "p",
            "Adult K, a young autistic man, was seriously injured in an assault in November 2023. The SAR "
            "Group considered the referral in January 2024 and found that the agencies involved had worked "
            "closely together and that there was no concern about how they had done so. The Board decided not "
            "to commission a review. The hospital trust agreed to carry out its own single-agency learning "
            "review of Adult K's discharge and share it with the SAR Group.",
        ),
        ("pagebreak",),
        ("h1", "The year ahead"),
        (
            "p",
            "2024/25 is the last year of our Strategic Plan. We will write the MCA guide for families, begin "
            "reporting Making Safeguarding Personal outcomes, and prepare the 2025-2028 plan with residents, "
            "Healthwatch and our members.",
        ),
        ("h1", "Glossary"),
        (
            "table",
            ("Term", "What it means"),
            [
                (
                    "Making Safeguarding Personal (MSP)",
                    "Working with the person to find out what they want from a safeguarding enquiry and "
                    "judging success by whether they got it.",
                ),
                (
                    "Mr B review",
                    "The safeguarding adults review about Mr B, concluded in December 2023. The Board accepted "
                    "all eight of its recommendations and did not decline any.",
                ),
                (
                    "Section 42 enquiry",
                    "The enquiry a council makes, or asks another body to make, when it believes an adult with "
                    "care and support needs may be experiencing abuse or neglect.",
                ),
                (
                    "Safeguarding Adults Review (SAR)",
                    "A review the Board arranges under section 44 of the Care Act 2014 after an adult has died "
                    "or been seriously harmed through abuse or neglect and agencies could have worked together "
                    "better.",
                ),
            ],
        ),
        ("h1", "Useful links"),
        ("li", "Report a concern about an adult: www.tarrowby.gov.uk/adult-safeguarding"),
        ("li", "Tarrowby SAB reviews and reports: www.tarrowbysab.org.uk/reviews"),
        ("li", "Healthwatch Tarrowby: www.healthwatchtarrowby.org.uk"),
    ],
}
