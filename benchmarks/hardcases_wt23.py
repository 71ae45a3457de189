"""Hard cases for the Working Together 2023 arrangements pack (``wt2023-arrangements``).

Two invented partnerships, written the way councils write, not in the checker's words:

- ``hc-wt23-modern``: a complete 2024/25 document; a few rules are only partly done (the chair's
  selection is not described, the dataset has no protected-characteristics breakdown yet, the
  threshold document is still being realigned).
- ``hc-wt23-gaps``: a weak document with the usual traps (a director as the council's lead
  safeguarding partner, delegates' signatures only, funding "to be confirmed", scrutiny "will be
  explored", the guidance's scrutiny functions copied out, education only in the glossary, a
  negated youth forum, the yearly report only in useful links, empty headings listed in the
  contents, a CCG as a current partner, a sentence split by a page break).

Same item format as ``hardcases.py``; labels in ``labels/hc-wt23-*.yaml``.
"""

from __future__ import annotations

CASES: dict[str, list[tuple]] = {
    "hc-wt23-modern": [
        ("title", "Marlowe Vale Safeguarding Children Partnership: Multi-Agency Safeguarding Arrangements 2024/25"),
        ("p", "Published December 2024. Next review: December 2025."),
        (
            "toc",
            [
                ("1. Introduction", 2),
                ("2. Who we are", 2),
                ("3. How we work together", 3),
                ("4. Education and childcare settings", 3),
                ("5. Relevant agencies", 4),
                ("6. Children living away from home", 4),
                ("7. Hearing from children, young people and families", 5),
                ("8. Identifying and reviewing serious incidents", 5),
                ("9. Learning and improvement", 5),
                ("10. Using data and sharing information", 6),
                ("11. Independent scrutiny", 6),
                ("12. Thresholds", 7),
                ("13. Funding", 7),
                ("14. Working with other partnerships", 7),
                ("15. Our yearly report", 8),
                ("16. Sign-off", 8),
            ],
        ),
        ("pagebreak",),
        ("h1", "1. Introduction"),
        (
            "p",
            "This document describes how agencies in Marlowe Vale work together to keep children safe and to "
            "promote their welfare. It replaces our 2019 arrangements and has been rewritten to reflect Working "
            "Together to Safeguard Children 2023, which gave the heads of the three statutory partner "
            "organisations a personal, shared responsibility for local arrangements and asked partnerships to "
            "give education a stronger voice.",
        ),
        (
            "p",
            "These arrangements apply to the whole of the borough of Marlowe Vale, the area served by Marlowe "
            "Vale Council, a unitary authority of about 262,000 residents, 58,000 of them under 18. The borough "
            "sits within the footprint of NHS Tamsford and Marlowe Integrated Care Board and is policed by the "
            "Western Area of Tamsford Constabulary; where a child lives in Marlowe Vale but goes to school or "
            "receives hospital care over the border, we work with the neighbouring Tamsford and Ellingham "
            "partnerships under a cross-border protocol.",
        ),
        ("h1", "2. Who we are"),
        (
            "p",
            "The Marlowe Vale Safeguarding Children Partnership (MVSCP) is made up of Marlowe Vale Council, NHS "
            "Tamsford and Marlowe Integrated Care Board (the ICB) and Tamsford Constabulary, who share equal and "
            "joint responsibility for the arrangements set out here.",
        ),
        ("h2", "2.1 Lead safeguarding partners"),
        (
            "p",
            "The heads of the three organisations are our lead safeguarding partners (LSPs). They are accountable "
            "for the arrangements, meet as the Leaders' Group twice a year, and cannot hand that accountability "
            "to anyone else.",
        ),
        (
            "table",
            ("Role", "Name", "Organisation"),
            [
                ("Chief Executive", "Rosalind Tennick", "Marlowe Vale Council"),
                ("Chief Executive", "Dr Anand Velury", "NHS Tamsford and Marlowe ICB"),
                ("Chief Constable", "Joanne Brackley", "Tamsford Constabulary"),
            ],
        ),
        ("h2", "2.2 Delegated safeguarding partners"),
        (
            "p",
            "Each lead safeguarding partner has delegated day-to-day responsibility to a senior officer who can "
            "speak for their organisation and commit its resources:",
        ),
        (
            "table",
            ("Role", "Name", "Organisation"),
            [
                ("Corporate Director, Children, Families and Education", "Kwame Ostrander", "Marlowe Vale Council"),
                ("Chief Nursing Officer", "Fiona Lazenby", "NHS Tamsford and Marlowe ICB"),
                (
                    "Detective Chief Superintendent, Head of Public Protection",
                    "Owen Prydderch",
                    "Tamsford Constabulary",
                ),
            ],
        ),
        ("h2", "2.3 Chairing the Executive"),
        (
            "p",
            "The Executive is chaired by Fiona Lazenby. The chair agrees each agenda with the Partnership Business "
            "Manager, makes sure that all three partners and the education members are heard before decisions "
            "are taken, signs off the Executive's action log and represents the partnership at the Health and "
            "Wellbeing Board.",
        ),
        ("pagebreak",),
        ("h1", "3. How we work together"),
        (
            "p",
            "The Safeguarding Children Executive, made up of the three delegated safeguarding partners, two "
            "headteachers, the Principal of Marlowe Vale College and the Partnership Business Manager, meets "
            "every six weeks. It is where partners agree what children in Marlowe Vale need from us, decide our "
            "priorities and check that the work agreed is done. Priorities are reviewed each spring using the "
            "Joint Strategic Needs Assessment, the quarterly performance report, what children and families tell "
            "us, the independent scrutineer's findings and the themes from rapid reviews.",
        ),
        ("p", "For 2024 to 2026 the Executive has agreed three priorities:"),
        (
            "li",
            "Neglect: earlier recognition of and response to children living with chronic neglect, including in "
            "the early years;",
        ),
        ("li", "Exploitation and serious youth violence, inside and outside the home;"),
        (
            "li",
            "Children's emotional wellbeing and mental health, especially for children who are not in school.",
        ),
        (
            "p",
            "Four sub-groups, each chaired by a senior manager from a different agency, carry out the work: the "
            "Practice Review Group, the Quality and Performance Group, the Learning and Workforce Development "
            "Group and the Education Safeguarding Group. Each sub-group has a work plan linked to the priorities "
            "and reports to every second Executive meeting. The Partnership Business Unit, hosted by the council, "
            "supports the Executive and the sub-groups.",
        ),
        ("h1", "4. Education and childcare settings"),
        (
            "p",
            "Schools, colleges and early years settings see more children, more often, than any other service, "
            "and we want them at the table when decisions are made rather than consulted afterwards. Two "
            "headteachers (one primary and one secondary, nominated by the Marlowe Vale Association of "
            "Headteachers) and the Principal of Marlowe Vale College are full members of the Executive, and the "
            "Head of Early Years attends to represent nurseries, pre-schools and childminders; they take part in "
            "setting priorities and in decisions on the budget.",
        ),
        (
            "p",
            "Day to day, the Education Safeguarding Group, chaired by the Head of Education Safeguarding, brings "
            "together designated safeguarding leads from primary, secondary, special and independent schools, "
            "alternative provision, the college and early years. The group runs the termly DSL Network, oversees "
            "the annual safeguarding audit of schools and early years settings, and nominates education "
            "colleagues to join rapid reviews and multi-agency audits whenever a child's school or nursery was "
            "involved.",
        ),
        ("pagebreak",),
        ("h1", "5. Relevant agencies"),
        (
            "p",
            "Alongside the safeguarding partners, the organisations below are named as relevant agencies in "
            "Marlowe Vale. We have chosen them because they work directly with children and families in the "
            "borough, or hold information we need to keep children safe, and because our priorities cannot be "
            "delivered without them.",
        ),
        (
            "table",
            ("Agency", "Why they are involved"),
            [
                (
                    "Schools, academies, independent schools, the college and early years providers",
                    "Daily contact with almost every child; often the first to notice harm",
                ),
                (
                    "Marlowe Vale Hospitals NHS Foundation Trust and Tamsford Community and Mental Health NHS Trust",
                    "Maternity, emergency, community and mental health services for children and parents",
                ),
                ("Marlowe Vale Youth Justice Service", "Works with children at risk of exploitation and violence"),
                ("The Probation Service, Tamsford region", "Supervises adults who may pose a risk to children"),
                ("Cafcass", "Represents children in family court proceedings"),
                ("Tamsford Fire and Rescue Service", "Home safety visits take staff into family homes"),
                (
                    "Marlowe Vale Homes and other registered housing providers",
                    "Often aware of neglect, domestic abuse or overcrowding",
                ),
                (
                    "Voluntary, community and faith organisations, through Marlowe Vale CVS",
                    "Reach families who do not use statutory services",
                ),
            ],
        ),
        (
            "p",
            "Every relevant agency has signed the partnership's Memorandum of Agreement. In return for a seat at "
            "the table, each one completes the section 11 (or, for schools, section 175) self-assessment every two "
            "years, takes part in rapid reviews and audits when asked, and sends a named senior representative "
            "to at least one sub-group.",
        ),
        ("h1", "6. Children living away from home"),
        (
            "p",
            "Marlowe Vale has one secure children's home, Kestrel Lodge, run by the council, which can look after "
            "up to 12 children placed on welfare or youth justice grounds from across England. As at 31 March "
            "2024 there were also 27 registered children's homes and two residential special schools in the "
            "borough. There is no young offender institution or secure training centre in the area.",
        ),
        (
            "p",
            "The registered manager of Kestrel Lodge is a member of the Practice Review Group, and the Quality and "
            "Performance Group receives a six-monthly report on the use of restraint and single separation at "
            "Kestrel Lodge. Managers of all children's homes in the borough, including privately run homes, are "
            "invited to the quarterly Children's Homes Managers' Network run by the Business Unit, where they hear "
            "learning from reviews and raise concerns, and the council's commissioning team brings themes from "
            "Regulation 44 visits to the Executive.",
        ),
        ("pagebreak",),
        ("h1", "7. Hearing from children, young people and families"),
        (
            "p",
            "Young people shape our work through the Marlowe Vale Youth Voice Panel, a group of about 25 young "
            "people aged 11 to 19, including children in care and care leavers, supported by the council's "
            "participation team. The panel meets the Executive twice a year, chose the focus of our 2024 online "
            "safety campaign, and two of its members help review the partnership's leaflets and website.",
        ),
        ("p", "We also listen through:"),
        (
            "li",
            "the Safe in Marlowe Vale survey, completed each autumn by around 4,000 pupils in Years 6, 8 and 10, "
            "whose results are reported to the Executive;",
        ),
        ("li", "conversations with children and parents as part of every multi-agency audit, where they agree;"),
        ("li", "inviting family members to contribute to rapid reviews and local child safeguarding practice reviews;"),
        ("li", "the Marlowe Vale Parent Carer Forum, which reviews our published guidance for families."),
        ("h1", "8. Identifying and reviewing serious incidents"),
        (
            "p",
            "When a partner becomes aware of a serious incident, where abuse or neglect is known or suspected and "
            "a child has died or been seriously harmed, the council notifies the Child Safeguarding Practice "
            "Review Panel within five working days and the Practice Review Group holds a rapid review within 15 "
            "working days. The rapid review report, with a recommendation on whether the case meets the criteria "
            "for a local child safeguarding practice review, goes to the three delegated safeguarding partners, "
            "who make the decision and tell the Panel.",
        ),
        (
            "p",
            "Where a local review is to be carried out, the Practice Review Group agrees its terms of reference "
            "and the Business Unit commissions an independent reviewer from the regional framework of accredited "
            "reviewers, checking that they have no connection with the agencies involved. Completed reports are "
            "approved by the delegated safeguarding partners, sent to the Panel and the Department for Education "
            "at least seven working days before publication, and published on the partnership website for at "
            "least a year, unless the partners decide, with reasons recorded, that publishing would harm the "
            "child or family.",
        ),
        ("h1", "9. Learning and improvement"),
        ("h2", "9.1 Making learning stick"),
        (
            "p",
            "Learning from rapid reviews, local and national reviews and serious incidents notified by other "
            "partnerships is brought together under the Marlowe Vale Learning and Improvement Framework. For each "
            "review the Practice Review Group agrees an action plan with named owners and deadlines; progress is "
            "reported to the Executive every quarter, and an action is closed only when the owning agency shows "
            "evidence that practice has changed, for example through a re-audit.",
        ),
        (
            "p",
            "Learning reaches practitioners through 7-minute briefings, quarterly learning events, the DSL Network "
            "and team meetings, and each partner confirms in its section 11 return how the briefings were used.",
        ),
        ("h2", "9.2 Multi-agency training"),
        (
            "p",
            "The Learning and Workforce Development Group carries out a training needs analysis each year, drawing "
            "on review findings, audit results and partners' workforce data. From this it commissions the "
            "multi-agency training programme, delivered by the partnership's two training officers and by "
            "trainers from partner agencies, with courses on neglect, exploitation, working with fathers and the "
            "Continuum of Need. Participants complete a self-assessment before and after each course, and a "
            "sample are followed up with their managers after three months to find out whether their practice "
            "has changed; the group reports the results to the Executive twice a year.",
        ),
        ("h2", "9.3 Multi-agency audits"),
        (
            "p",
            "The Quality and Performance Group runs a rolling programme of four themed multi-agency case audits a "
            "year, chosen from the priorities and from what the data shows. Each audit looks at the records of 10 "
            "to 12 children across every agency involved, and the findings and resulting actions are reported to "
            "the Executive.",
        ),
        ("pagebreak",),
        ("h1", "10. Using data and sharing information"),
        (
            "p",
            "The Quality and Performance Group oversees the Partnership Performance Framework, a multi-agency "
            "dataset of around 60 measures drawn from children's social care, early help, health, police, "
            "education and youth justice. The council's Business Intelligence team and an ICB analyst produce a "
            "quarterly performance report with commentary, which the group examines in detail and the Executive "
            "receives, so that partners can see whether help, including early help, is making a difference and "
            "where to look more closely.",
        ),
        (
            "p",
            "We recognise that most of these measures cannot yet be broken down by ethnicity, disability or other "
            "protected characteristics in a consistent way across agencies. Partner analysts are working on this, "
            "and we plan to include such a breakdown in the performance report from 2025/26.",
        ),
        (
            "p",
            "Information is shared between partners under the Marlowe Vale Information Sharing Agreement, which "
            "all partners and relevant agencies have signed. Practitioners are reminded that the UK GDPR and the "
            "Data Protection Act 2018 do not prevent them from sharing information to keep a child safe.",
        ),
        ("h1", "11. Independent scrutiny"),
        (
            "p",
            "Dr Helena Varcoe was appointed as our independent scrutineer by the lead safeguarding partners in "
            "April 2024, for three years. She is not employed by any of the partner agencies and does not chair "
            "the Executive, which allows her to look at the partnership from the outside.",
        ),
        ("p", "Her role is to:"),
        (
            "li",
            "challenge and support the partners, at leadership level and in frontline practice, by attending "
            "Executive meetings, observing rapid reviews and meeting practitioners;",
        ),
        (
            "li",
            "give the lead safeguarding partners an independent view of how well the arrangements are keeping "
            "children safe, based on evidence such as audits, data and case reviews;",
        ),
        (
            "li",
            "check that what children and families tell us is heard and acted on, including by meeting the Youth "
            "Voice Panel;",
        ),
        ("li", "act as a critical friend, encouraging partners to reflect on their practice;"),
        ("li", "offer independent advice and help to resolve matters where the partners cannot reach agreement;"),
        ("li", "read the yearly report before publication and comment on how effective the arrangements have been."),
        (
            "p",
            "The scrutineer agrees an annual scrutiny plan with the Leaders' Group each April. She reports her "
            "findings in writing to the lead safeguarding partners at their meetings in October and April and "
            "presents them to the Executive. Each recommendation is logged by the Business Unit with an owner and "
            "a deadline; the Executive reviews progress at every meeting and the lead safeguarding partners "
            "review the whole log at each Leaders' Group.",
        ),
        ("pagebreak",),
        ("h1", "12. Thresholds"),
        (
            "p",
            "Right Help, Right Time, the Marlowe Vale Continuum of Need, describes the four levels of need used by "
            "all agencies and how to ask for early help or make a referral to the Children's Front Door. The "
            "current version dates from 2021. It is being rewritten during 2025 to reflect Working Together 2023 "
            "and these arrangements, and the revised version will be brought to the lead safeguarding partners "
            "for approval once consultation with schools and health colleagues has finished.",
        ),
        ("h1", "13. Funding"),
        (
            "p",
            "The partners agree a shared budget each year, and contributions are reviewed each January in the "
            "light of the Business Unit's costs and the scrutiny plan. For 2024/25 (1 April 2024 to 31 March "
            "2025) the contributions are:",
        ),
        (
            "table",
            ("Partner", "Contribution 2024/25", "Share"),
            [
                ("Marlowe Vale Council", "£196,400", "46%"),
                ("NHS Tamsford and Marlowe ICB", "£142,200", "33%"),
                ("Tamsford Constabulary", "£89,600", "21%"),
                ("Total", "£428,200", "100%"),
            ],
        ),
        (
            "p",
            "Partners also contribute in kind, for example by hosting the Business Unit, providing training venues "
            "and releasing trainers. Any underspend is carried forward to pay for local child safeguarding "
            "practice reviews.",
        ),
        ("h1", "14. Working with other partnerships"),
        (
            "p",
            "Children's safety also depends on decisions taken elsewhere, so the partnership has a joint working "
            "protocol with three other boards:",
        ),
        (
            "li",
            "Marlowe Vale Health and Wellbeing Board: our yearly report is presented to the board each autumn, and "
            "the board's Joint Local Health and Wellbeing Strategy carries our priority on children's emotional "
            "wellbeing;",
        ),
        (
            "li",
            "Safer Marlowe Vale, the Community Safety Partnership: the two partnerships run a joint exploitation "
            "and serious violence group, share learning from domestic homicide reviews and child safeguarding "
            "practice reviews, and agree the local response to the Serious Violence Duty;",
        ),
        (
            "li",
            "Marlowe Vale Safeguarding Adults Board: a joint Transitions Group looks at young people moving from "
            "children's to adult services, and the two business units share a training programme on domestic "
            "abuse and exploitation.",
        ),
        (
            "p",
            "The police and local authority delegated safeguarding partners also sit on the Tamsford MAPPA "
            "Strategic Management Board and the Tamsford Local Family Justice Board, and report back to the "
            "Executive.",
        ),
        ("pagebreak",),
        ("h1", "15. Our yearly report"),
        (
            "p",
            "Each year the partnership publishes a yearly report covering the previous financial year, setting out "
            "what we and the relevant agencies have done and how effective the arrangements have been. It is "
            "published by 30 September on the partnership website at "
            "www.marlowevalescp.org.uk/about-us/yearly-reports and sent to the Child Safeguarding Practice Review "
            "Panel and Foundations within seven days of publication.",
        ),
        ("h1", "16. Sign-off"),
        (
            "p",
            "These arrangements, including the independent scrutiny plan and the shared budget for 2024/25, were "
            "agreed and signed by the lead safeguarding partners on 12 December 2024. They take effect from that "
            "date and will be reviewed by December 2025.",
        ),
        (
            "table",
            ("Name", "Role", "Signed"),
            [
                ("Rosalind Tennick", "Chief Executive, Marlowe Vale Council", "12 December 2024"),
                ("Dr Anand Velury", "Chief Executive, NHS Tamsford and Marlowe ICB", "12 December 2024"),
                ("Joanne Brackley", "Chief Constable, Tamsford Constabulary", "12 December 2024"),
            ],
        ),
    ],
    "hc-wt23-gaps": [
        (
            "title",
            "Brackenmoor Safeguarding Children Partnership: Multi-Agency Safeguarding Arrangements, December 2024",
        ),
        (
            "toc",
            [
                ("1. Introduction", 2),
                ("2. Our safeguarding partners", 2),
                ("3. Governance", 2),
                ("4. Independent scrutiny", 3),
                ("5. Funding", 3),
                ("6. Relevant agencies", 3),
                ("7. Voice of children and families", 4),
                ("8. Data and intelligence", 4),
                ("9. Training and multi-agency audit", 4),
                ("10. Learning from reviews", 4),
                ("11. Children living away from home", 4),
                ("12. Threshold document", 4),
                ("13. Other partnerships", 5),
                ("14. Useful links", 5),
                ("15. Glossary", 5),
                ("16. Sign-off", 5),
            ],
        ),
        ("pagebreak",),
        ("h1", "1. Introduction"),
        (
            "p",
            "This document sets out how the Brackenmoor Safeguarding Children Partnership (BSCP) will work together "
            "to safeguard and promote the welfare of children, in line with Working Together to Safeguard Children "
            "2023. Keeping children safe is everybody's business, and the voice of the child is at the heart of "
            "everything we do.",
        ),
        (
            "p",
            "The three statutory safeguarding partners are Brackenmoor County Council, NHS Brackenmoor and Fenley "
            "Clinical Commissioning Group and Brackenmoor Police.",
        ),
        (
            "p",
            "These arrangements cover the administrative county of Brackenmoor, including the districts of Fenley, "
            "Oxcombe and Hallam Cross.",
        ),
        (
            "p",
            "Working Together 2023 requires the safeguarding partners to publish a yearly report setting out what "
            "they have done as a result of the arrangements and how effective they have been.",
        ),
        ("h1", "2. Our safeguarding partners"),
        (
            "p",
            "Working Together 2023 introduced lead safeguarding partners, who hold joint and equal responsibility "
            "for the arrangements. In Brackenmoor the lead safeguarding partners are the Director of Children's "
            "Services for Brackenmoor County Council, the Chief Executive of NHS Brackenmoor and Fenley Integrated "
            "Care Board and the Chief Constable of Brackenmoor Police.",
        ),
        ("p", "The lead safeguarding partners have delegated their functions to:"),
        (
            "table",
            ("Name", "Job title", "Organisation"),
            [
                (
                    "Hannah Corrigan",
                    "Assistant Director, Safeguarding and Quality Assurance",
                    "Brackenmoor County Council",
                ),
                ("Daniel Ferris", "Director of Nursing", "NHS Brackenmoor and Fenley ICB"),
                ("Sian Latimer", "Detective Superintendent, Public Protection", "Brackenmoor Police"),
            ],
        ),
        ("h1", "3. Governance"),
        (
            "p",
            "The Brackenmoor Safeguarding Children Executive is made up of the three delegated safeguarding "
            "partners and meets every quarter. It agrees the partnership's priorities each year from the Joint "
            "Strategic Needs Assessment, performance information and learning from reviews, and holds the "
            "sub-groups to account for delivering them. Our priorities for 2024 to 2026 are neglect, child "
            "exploitation and children's emotional health.",
        ),
        ("p", "The Executive is chaired by the Director of Children's Services."),
        (
            "p",
            "Where a serious child safeguarding incident is notified, the Case Review Group undertakes a rapid "
            "review and recommends to the safeguarding partners whether a local child safeguarding practice review "
            "should be commissioned; where one is, an independent reviewer is commissioned from the regional pool.",
        ),
        ("pagebreak",),
        ("h1", "4. Independent scrutiny"),
        (
            "p",
            "The partners recognise the importance of independent scrutiny. The previous Independent Chair's "
            "contract ended in March 2024, and peer review with a neighbouring partnership will be explored as a "
            "model for independent scrutiny during 2025.",
        ),
        ("p", "As set out in Working Together 2023, the independent scrutineer should:"),
        (
            "li",
            "provide safeguarding partners with independent, rigorous and effective support and challenge at both "
            "a strategic and operational level;",
        ),
        ("li", "provide assurance in judging the effectiveness of the multi-agency arrangements;"),
        ("li", "ensure that the voice of children and families is considered as part of scrutiny;"),
        ("li", "act as a constructive critical friend and promote reflection to drive continuous improvement;"),
        (
            "li",
            "provide independent advice when there are disagreements between agencies and safeguarding partners;",
        ),
        (
            "li",
            "consider how effectively the arrangements are working for children and families as well as for "
            "practitioners;",
        ),
        ("li", "contribute to the evaluation of the yearly report."),
        ("h1", "5. Funding"),
        (
            "p",
            "Each partner contributes to the partnership budget, which pays for the Business Unit, training and "
            "case reviews. Contributions for 2025/26 are to be confirmed following budget setting.",
        ),
        ("h1", "6. Relevant agencies"),
        ("p", "The following relevant agencies have been named by the safeguarding partners:"),
        ("li", "Brackenmoor Community Health NHS Trust"),
        ("li", "Fenley General Hospital NHS Foundation Trust"),
        ("li", "Brackenmoor Youth Justice Service"),
        ("li", "The Probation Service"),
        ("li", "Brackenmoor Fire and Rescue Service"),
        ("li", "Cafcass"),
        ("li", "Housing associations working in the county"),
        ("pagebreak",),
        ("h1", "7. Voice of children and families"),
        (
            "p",
            "No youth forum currently exists in Brackenmoor, and children's views are not yet gathered by the "
            "partnership.",
        ),
        ("h1", "8. Data and intelligence"),
        ("h1", "9. Training and multi-agency audit"),
        ("h1", "10. Learning from reviews"),
        ("h1", "11. Children living away from home"),
        ("h1", "12. Threshold document"),
        ("p", "The Brackenmoor Continuum of Need sets out the local criteria for action and"),
        ("pagebreak",),
        (
            "p",
            "was updated in March 2024 so that it aligns with these arrangements and with the levels of need used "
            "by the Children's Front Door.",
        ),
        ("h1", "13. Other partnerships"),
        (
            "p",
            "The partnership works alongside the Brackenmoor Health and Wellbeing Board, the Safer Brackenmoor "
            "Community Safety Partnership and the Brackenmoor Safeguarding Adults Board.",
        ),
        ("h1", "14. Useful links"),
        ("li", "BSCP yearly report 2023/24: www.brackenmoorscp.org.uk/yearly-report"),
        ("li", "Multi-agency training courses: www.brackenmoorscp.org.uk/training"),
        ("li", "Working Together to Safeguard Children 2023: www.gov.uk/government/publications"),
        ("h1", "15. Glossary"),
        (
            "table",
            ("Term", "Meaning"),
            [
                (
                    "DSL",
                    "Designated Safeguarding Lead: the senior member of staff in each school, college and early "
                    "years setting who leads on safeguarding and attends the termly DSL Network",
                ),
                (
                    "Education Safeguarding Forum",
                    "Termly meeting of headteachers, college principals and early years providers which advises "
                    "the Executive on safeguarding in education",
                ),
                ("LSP", "Lead safeguarding partner"),
                ("DSP", "Delegated safeguarding partner"),
                ("LCSPR", "Local child safeguarding practice review"),
            ],
        ),
        ("h1", "16. Sign-off"),
        ("p", "These arrangements were agreed by the delegated safeguarding partners on 28 November 2024."),
        (
            "table",
            ("Name", "Organisation", "Date"),
            [
                ("Hannah Corrigan", "Brackenmoor County Council", "28 November 2024"),
                ("Daniel Ferris", "NHS Brackenmoor and Fenley ICB", "28 November 2024"),
                ("Sian Latimer", "Brackenmoor Police", "28 November 2024"),
            ],
        ),
    ],
}
