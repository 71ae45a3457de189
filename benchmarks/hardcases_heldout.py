"""Held-out hard cases: documents written after the rule packs, in styles the packs were not tuned on.

Same item format as ``hardcases.py``; labels in ``labels/ho-*.yaml``. Places and people are invented.
"""

from __future__ import annotations

CASES: dict[str, list[tuple]] = {
    # A 2019 all-age partnership under Working Together 2018: long introduction, governance partly in a
    # table, Schedule categories for relevant agencies, funding in percentages, one section in two
    # columns, a footnote, a glossary and a contents page. Weak: voice (a value only), youth custody
    # and children's homes (silent), data (to be developed), training (a course list).
    "ho-2019-allage": [
        ("title", "Wrenford Safeguarding Partnership: Local Arrangements for Safeguarding Children and Adults"),
        ("p", "Version 1.0. Published: June 2019. These arrangements take effect on 29 September 2019."),
        (
            "toc",
            [
                ("1. Introduction", 2),
                ("2. Our area", 3),
                ("3. The safeguarding partners", 3),
                ("4. How the Partnership is organised", 4),
                ("5. Relevant agencies", 5),
                ("6. Schools and education", 6),
                ("7. Independent scrutiny", 6),
                ("8. Reviewing serious cases", 7),
                ("9. Multi-Agency Learning and Improvement Framework", 8),
                ("10. Training, audit and performance", 9),
                ("11. Thresholds", 9),
                ("12. Funding", 10),
                ("13. Reporting", 10),
                ("14. Glossary", 11),
            ],
        ),
        ("pagebreak",),
        ("h1", "1. Introduction"),
        (
            "p",
            "Welcome to the local safeguarding arrangements for Wrenford. This document explains how "
            "organisations in Wrenford will work together from September 2019 to keep children, young people "
            "and adults with care and support needs safe from abuse and neglect.",
        ),
        (
            "p",
            "The Children and Social Work Act 2017 replaced Local Safeguarding Children Boards with new "
            "arrangements led by three safeguarding partners. Under the Children Act 2004, as amended, the "
            "safeguarding partners must make arrangements to work together, and with other agencies, to "
            "safeguard and promote the welfare of children in their area. Working Together to Safeguard "
            "Children 2018 sets out what those arrangements must include.",
        ),
        (
            "p",
            "In Wrenford we have taken the opportunity to look again at how we work. After consulting "
            "practitioners, elected members and the members of the former Wrenford Local Safeguarding "
            "Children Board and Wrenford Safeguarding Adults Board, the partners agreed to create a single "
            "all-age partnership. The Wrenford Safeguarding Partnership therefore carries out both the "
            "children's safeguarding arrangements and the duties of the Safeguarding Adults Board under the "
            "Care Act 2014. Many of the families we work with include both children and adults who need "
            "support, and domestic abuse, exploitation, substance misuse and poor mental health affect people "
            "of every age.",
        ),
        (
            "p",
            "Wrenford has a resident population of around 214,000 people, of whom about 49,800 are children "
            "and young people aged 0 to 17.1 Almost a quarter of our children live in low-income families, and "
            "the proportion of children from Black, Asian and minority ethnic backgrounds has risen steadily "
            "over the last ten years.",
        ),
        ("footnote", "1 Office for National Statistics, mid-2017 population estimates."),
        ("h2", "Our vision"),
        (
            "p",
            "Our vision is that everyone in Wrenford, whatever their age, can live a life free from abuse "
            "and neglect, and that when things go wrong agencies act quickly and together.",
        ),
        ("h2", "Our values"),
        ("p", "The Partnership has agreed the following values, which apply to everything we do:"),
        ("li", "Safeguarding is everyone's responsibility."),
        ("li", "The voice of the child and of the adult at risk is at the centre of everything we do."),
        ("li", "We offer help early, before problems get worse."),
        ("li", "We are open and honest with each other and welcome challenge."),
        (
            "p",
            "Our work with adults follows the six safeguarding principles of the Care Act 2014 and the "
            "approach known as Making Safeguarding Personal, so that adults are supported to achieve the "
            "outcomes that matter to them.",
        ),
        ("pagebreak",),
        ("h1", "2. Our area"),
        (
            "p",
            "These arrangements cover the whole of the area administered by Wrenford Borough Council, "
            "including the towns of Wrenford, Halsey and Coldbrook Vale. Eastmarch Constabulary also polices "
            "three neighbouring local authority areas, each of which has its own safeguarding arrangements; "
            "the Constabulary is a partner in each of them.",
        ),
        ("h1", "3. The safeguarding partners"),
        (
            "p",
            "The safeguarding partners for the Wrenford area are Wrenford Borough Council, NHS Wrenford "
            "Clinical Commissioning Group and the Chief Constable of Eastmarch Constabulary. The partners "
            "share equal responsibility for the arrangements.",
        ),
        (
            "p",
            "Each partner has nominated a senior officer to act on its behalf: the Director of Children's "
            "Services and the Director of Adult Social Care for the Council, the Director of Nursing and "
            "Quality for the Clinical Commissioning Group, and the Head of Public Protection for the "
            "Constabulary.",
        ),
        ("pagebreak",),
        ("h1", "4. How the Partnership is organised"),
        (
            "p",
            "The Wrenford Safeguarding Partnership Executive is the partnership's joint strategic group. Its "
            "members are the senior officers nominated by the three partners, the Independent Scrutineer and "
            "the headteacher who chairs the Schools Safeguarding Forum. The Executive meets every quarter and "
            "is responsible for deciding the Partnership's priorities, holding agencies to account and "
            "making sure that the arrangements work.",
        ),
        (
            "p",
            "Each spring the Executive sets the priorities for the coming year, drawing on the Joint Strategic "
            "Needs Assessment, the findings of multi-agency audits and case reviews, and the Independent "
            "Scrutineer's annual report. Each priority has a lead officer and a delivery plan, and the "
            "Executive reviews progress against the plans at every meeting. For 2019 to 2021 our priorities "
            "are neglect, child and adult exploitation, and the impact of domestic abuse on children.",
        ),
        ("p", "The Executive is supported by the following groups:"),
        (
            "table",
            ("Group", "Purpose"),
            [
                (
                    "Business Group",
                    "Co-ordinates the work of the subgroups, prepares Executive business and monitors the "
                    "Partnership's delivery plans and risk register.",
                ),
                (
                    "Case Review Group",
                    "Considers serious incidents involving children and adults, carries out rapid reviews "
                    "and recommends whether a local child safeguarding practice review or a Safeguarding "
                    "Adults Review should take place.",
                ),
                (
                    "Quality and Performance Group",
                    "Runs the programme of multi-agency case file audits and will oversee the partnership "
                    "dataset once it has been developed.",
                ),
                (
                    "Workforce Development Group",
                    "Agrees the multi-agency course programme and the Partnership's safeguarding competency framework.",
                ),
                (
                    "Schools Safeguarding Forum",
                    "Brings together designated safeguarding leads from early years settings, schools and "
                    "colleges (see section 6).",
                ),
                (
                    "Adult Safeguarding Practice Group",
                    "Leads on Making Safeguarding Personal, self-neglect and the Care Act duties of the Partnership.",
                ),
            ],
        ),
        ("pagebreak",),
        ("h1", "5. Relevant agencies"),
        (
            "p",
            "The Regulations allow the safeguarding partners to name the organisations and agencies they "
            "need to work with to safeguard children in their area.2 In Wrenford the partners have named the "
            "relevant agencies below. They are grouped under the headings used in the Schedule to the "
            "Regulations:",
        ),
        (
            "footnote",
            "2 The Child Safeguarding Practice Review and Relevant Agency (England) Regulations 2018, regulation "
            "18 and the Schedule.",
        ),
        (
            "li",
            "Education and childcare: the governing bodies of all maintained schools and maintained nursery "
            "schools in Wrenford; the proprietors of all academies, free schools and independent schools; "
            "Wrenford College; and all early years and childcare providers registered with Ofsted.",
        ),
        (
            "li",
            "Health and social care: Wrenford Hospitals NHS Foundation Trust; Eastmarch Partnership NHS "
            "Foundation Trust; NHS England, in its role as a commissioner of primary care and specialised "
            "services; North East Ambulance Service NHS Foundation Trust; and general practices in Wrenford.",
        ),
        (
            "li",
            "Criminal justice: Wrenford Youth Offending Service; the National Probation Service; and "
            "Eastmarch and Dales Community Rehabilitation Company.",
        ),
        ("li", "Police and immigration: British Transport Police; Border Force; and UK Visas and Immigration."),
        (
            "li",
            "Miscellaneous: the Children and Family Court Advisory and Support Service (Cafcass); Wrenford "
            "Homes and other registered providers of social housing; Eastmarch Fire and Rescue Service; and "
            "voluntary and community organisations funded by the partners to work with children and families.",
        ),
        (
            "p",
            "The partners chose these agencies because each of them works directly with children and families "
            "in Wrenford, or plans and pays for services that do, and the partners cannot keep children safe "
            "without them.",
        ),
        (
            "p",
            "All relevant agencies are under a duty to co-operate with the arrangements. In practice this means "
            "that each agency names a senior safeguarding lead, completes the Partnership's section 11 "
            "self-assessment every two years, sends staff to the subgroups and to the annual Partnership "
            "Forum, and takes part in rapid reviews and local practice reviews when asked.",
        ),
        ("pagebreak",),
        ("h1", "6. Schools and education"),
        (
            "p",
            "Schools, colleges and early years settings see more children, more often, than any other "
            "service. The Schools Safeguarding Forum meets once a term and is open to the designated "
            "safeguarding lead of every maintained school, academy, free school and independent school in "
            "Wrenford, Wrenford College and all registered early years settings.",
        ),
        (
            "p",
            "The Forum is chaired by a headteacher elected by its members, who represents education on the "
            "Executive and reports back to the Forum after each meeting. Schools are also represented on the "
            "Case Review Group and the Quality and Performance Group, and the Council's Education Safeguarding "
            "Adviser supports designated safeguarding leads through a termly briefing and an annual audit of "
            "safeguarding in schools.",
        ),
        ("h1", "7. Independent scrutiny"),
        (
            "p",
            "The safeguarding partners have appointed Dr Patricia Lowry as the Partnership's Independent "
            "Scrutineer for three years from April 2019. Dr Lowry is a former Director of Children's Services "
            "and has no current role in any of the Wrenford agencies.",
        ),
        ("p", "Her programme of scrutiny includes:"),
        ("li", "observing meetings of the Executive and its groups;"),
        ("li", "reading a sample of rapid reviews and practice reviews;"),
        ("li", "meeting front-line practitioners from each agency at least twice a year; and"),
        (
            "li",
            "an annual challenge session at which the senior officer for each partner explains how their "
            "organisation is meeting its safeguarding responsibilities.",
        ),
        (
            "p",
            "Each year the Independent Scrutineer will present an annual report to the Executive setting out "
            "her view of how effective the arrangements have been, with recommendations. The Executive will "
            "respond in writing to each recommendation and the Business Group will track the resulting action "
            "plan until every action is complete. The Executive will review the arrangements themselves each "
            "year in the light of the Scrutineer's report.",
        ),
        ("pagebreak",),
        ("h1", "8. Reviewing serious cases"),
        (
            "p",
            "When the local authority learns of a serious incident involving a child, it notifies the Child "
            "Safeguarding Practice Review Panel within five working days. The Case Review Group then carries "
            "out a rapid review within 15 working days and sends it to the Panel, with a recommendation to the "
            "Executive about whether a local child safeguarding practice review is needed.",
        ),
        (
            "p",
            "The three partners make the final decision. Where a review is commissioned, the Partnership "
            "Business Manager appoints an independent reviewer with the right skills and experience, and the "
            "Case Review Group agrees the terms of reference and oversees the review. Completed reports are "
            "published on the Partnership's website, and are sent to the Panel and the Secretary of State at "
            "least seven working days before publication.",
        ),
        (
            "p",
            "Safeguarding Adults Reviews are considered by the same group under section 44 of the Care Act 2014.",
        ),
        ("pagebreak",),
        ("h1", "9. Multi-Agency Learning and Improvement Framework"),
        (
            "columns",
            [
                "The Partnership's Multi-Agency Learning and Improvement Framework explains how agencies in "
                "Wrenford learn from rapid reviews, local and national child safeguarding practice reviews, "
                "Safeguarding Adults Reviews and audits, and how they show that practice has improved as a "
                "result.",
                "Every review ends with an action plan agreed by the Case Review Group. The Group checks "
                "progress at each meeting and asks agencies for evidence before an action is signed off, and "
                "the Executive receives an exception report every quarter on actions that are overdue.",
                "Learning is shared with practitioners through seven-minute briefings, practitioner learning "
                "events held after each review, and the Partnership newsletter, and each agency's "
                "safeguarding lead is responsible for cascading it within their own organisation.",
                "Six months after a review is published, the Quality and Performance Group audits a sample of "
                "cases on the same theme to test whether the learning has changed practice.",
            ],
        ),
        ("h1", "10. Training, audit and performance"),
        (
            "p",
            "The Partnership provides a programme of multi-agency training that is free to the staff and "
            "volunteers of partner and relevant agencies. Courses currently include:",
        ),
        ("li", "Working Together to Safeguard Children (one day)"),
        ("li", "Recognising and responding to neglect, using the Graded Care Profile 2"),
        ("li", "Child exploitation and county lines"),
        ("li", "The impact of domestic abuse on children and young people"),
        ("li", "Safeguarding adults: level 2"),
        ("p", "Places can be booked through the Partnership's learning portal."),
        (
            "p",
            "The Quality and Performance Group carries out three multi-agency case file audits a year on "
            "themes set by the Executive. Practitioners from each agency audit the same cases together and the "
            "findings are reported to the Executive with an action plan.",
        ),
        (
            "p",
            "The partners recognise the importance of good data and intelligence in understanding whether "
            "children and families are getting the right help at the right time. A multi-agency performance "
            "framework, including measures of early help, will be developed by the Quality and Performance "
            "Group during 2019/20.",
        ),
        ("h1", "11. Thresholds"),
        (
            "p",
            "Our threshold document, Right Help, Right Time: the Wrenford Continuum of Need "
            "(www.wrenfordsafeguarding.org.uk/right-help-right-time), describes four levels of need and the "
            "help that is available at each level. It was revised alongside these arrangements and agreed by "
            "the three safeguarding partners, so that the levels of need, the Multi-Agency Safeguarding Hub "
            "and the escalation policy all fit with the arrangements described here.",
        ),
        ("pagebreak",),
        ("h1", "12. Funding"),
        (
            "p",
            "The three safeguarding partners fund the Partnership jointly. For 2019/20 the pooled budget is "
            "£286,000. The local authority contributes 50%, the Clinical Commissioning Group 30% and Eastmarch "
            "Constabulary 20%. The budget pays for the Business Unit, the Independent Scrutineer, the training "
            "programme and the cost of reviews. Contributions are reviewed by the Executive each January for "
            "the following financial year.",
        ),
        ("h1", "13. Reporting"),
        (
            "p",
            "The Partnership will publish a yearly report setting out what the partners and relevant agencies "
            "have done under these arrangements and how effective they have been. The report will be published "
            "on the Partnership's website, www.wrenfordsafeguarding.org.uk, each autumn, and sent to the "
            "national Panel and the What Works Centre for Children's Social Care.",
        ),
        ("pagebreak",),
        ("h1", "14. Glossary"),
        (
            "table",
            ("Term", "Meaning"),
            [
                ("CCG", "Clinical Commissioning Group"),
                (
                    "DSL",
                    "Designated safeguarding lead: the senior member of staff responsible for safeguarding in a school or setting",
                ),
                ("JSNA", "Joint Strategic Needs Assessment"),
                ("MASH", "Multi-Agency Safeguarding Hub"),
                ("SAR", "Safeguarding Adults Review, under section 44 of the Care Act 2014"),
                ("YOI", "Young Offender Institution: a custodial establishment for young people aged 15 to 21"),
                ("Section 11", "The duty on agencies under section 11 of the Children Act 2004 to safeguard children"),
            ],
        ),
    ],
    # A 2025 Working Together 2023 document set out as questions and answers. Weak: voice (negated),
    # equality breakdown of data (planned), threshold document (review deferred), where the yearly
    # report is published (no place; the website only in a list of links).
    "ho-2025-faq": [
        ("title", "Fallowmere Safeguarding Children Partnership: Our Safeguarding Arrangements, Questions and Answers"),
        ("p", "Agreed by the lead safeguarding partners on 27 February 2025. Next review: February 2026."),
        (
            "p",
            "This document sets out how agencies in Fallowmere work together to keep children safe, in line "
            "with Working Together to Safeguard Children 2023. We have written it as answers to the "
            "questions that practitioners, parents and young people most often ask us.",
        ),
        ("h1", "About the partnership"),
        ("h2", "What area do the arrangements cover?"),
        (
            "p",
            "The arrangements cover the borough of Fallowmere, which is the area of Fallowmere Borough Council. "
            "Tarnshire Police and the Integrated Care Board also serve the neighbouring district of Tarn, which "
            "has its own safeguarding partnership.",
        ),
        ("h2", "Who are our lead safeguarding partners?"),
        (
            "p",
            "The law makes three organisations jointly responsible for safeguarding children in Fallowmere. "
            "Their heads are our lead safeguarding partners:",
        ),
        ("li", "Sarah Whitlock, Chief Executive, Fallowmere Borough Council"),
        ("li", "Dr Anil Mehra, Chief Executive, NHS Fallowmere and Tarn Integrated Care Board"),
        ("li", "Rebecca Hollins, Chief Constable, Tarnshire Police"),
        ("h2", "Who acts for them day to day?"),
        ("p", "Each lead safeguarding partner has delegated their day-to-day functions to a senior leader:"),
        ("li", "Claire Donnelly, Director of Children's Services, Fallowmere Borough Council"),
        ("li", "Jo Pritchard, Chief Nursing Officer, NHS Fallowmere and Tarn Integrated Care Board"),
        ("li", "Marcus Adeyemi, Assistant Chief Constable, Tarnshire Police"),
        (
            "p",
            "These three delegated safeguarding partners can make decisions for their organisation on "
            "safeguarding matters, and the lead safeguarding partners meet them every six months to hold them "
            "to account.",
        ),
        ("h2", "Who chairs the partnership?"),
        (
            "p",
            "Marcus Adeyemi, Assistant Chief Constable, chairs the partnership. The lead safeguarding partners "
            "chose him from among the three delegated safeguarding partners in January 2025, for a term of two "
            "years, after which the chair passes to another delegated partner.",
        ),
        (
            "p",
            "As chair he leads the Partnership Executive, makes sure the three partners share decisions "
            "equally, speaks for the partnership in public and is the first point of contact for our "
            "independent scrutineer.",
        ),
        ("h1", "How we work"),
        ("h2", "How do the partners work together?"),
        (
            "p",
            "The three delegated safeguarding partners meet every six weeks as the Partnership Executive, "
            "together with the education representatives described below and the independent scrutineer. The "
            "Executive agrees our priorities, decides what the subgroups work on and checks that each "
            "agency is doing what it said it would.",
        ),
        (
            "p",
            "Our priorities for 2025 to 2027 are child exploitation, neglect and children's emotional "
            "wellbeing. We chose them by looking at our performance information, what our scrutineer told us "
            "and the learning from our reviews. The work is carried out by four subgroups: the Practice Review "
            "Group, the Quality Assurance Group, the Learning and Development Group and the Education "
            "Safeguarding Group.",
        ),
        ("h2", "Which other organisations have to work with us?"),
        ("p", "The partners have named the following relevant agencies, and why:"),
        (
            "li",
            "Fallowmere Community Health NHS Trust, because its health visitors and school nurses see almost "
            "every young child in the borough.",
        ),
        (
            "li",
            "Fallowmere and Tarn Hospitals NHS Foundation Trust, because children with injuries or in crisis "
            "come to its emergency department and maternity services.",
        ),
        (
            "li",
            "Tarnshire Mental Health NHS Trust, because many children at risk live with a parent who has poor "
            "mental health.",
        ),
        (
            "li",
            "All schools, academies, colleges and registered early years providers in Fallowmere, because "
            "they see children every day and are often the first to notice that something is wrong.",
        ),
        ("li", "Fallowmere Youth Justice Service, because it works with children at risk of exploitation."),
        (
            "li",
            "The Probation Service (Tarnshire), because it manages adults who may pose a risk to children.",
        ),
        (
            "li",
            "Cafcass, because it represents children in family court proceedings.",
        ),
        (
            "li",
            "Fallowmere Homes, because housing officers often see early signs of neglect and domestic abuse.",
        ),
        (
            "li",
            "Registered children's homes in Fallowmere, because they look after some of our most vulnerable children.",
        ),
        (
            "p",
            "Each relevant agency names a senior safeguarding lead, completes our section 11 self-assessment "
            "every two years, takes part in subgroups and multi-agency audits, and must share information and "
            "take part in reviews when asked.",
        ),
        ("h2", "How are schools and early years settings involved?"),
        (
            "p",
            "Education has a seat at the top table. Two headteachers (one primary and one secondary) and the "
            "principal of Fallowmere College sit on the Partnership Executive, alongside the Council's Head of "
            "Education Safeguarding, and take part in decisions about our priorities and budget.",
        ),
        (
            "p",
            "The Education Safeguarding Group brings together designated safeguarding leads from schools, "
            "colleges and early years settings every half term. Schools are represented on the Practice Review "
            "Group and the Quality Assurance Group, and every rapid review considers whether the child's school "
            "or nursery should contribute.",
        ),
        ("h2", "Are there any secure or residential settings for children in Fallowmere?"),
        (
            "p",
            "There is no young offender institution, secure training centre or secure children's home in "
            "Fallowmere. There are nine children's homes registered with Ofsted, most of them run by "
            "independent providers.",
        ),
        (
            "p",
            "The managers of all nine homes belong to the Fallowmere Children's Homes Forum, which meets "
            "quarterly with the Council's Head of Children in Care and the police missing-children "
            "co-ordinator, and reports to the Quality Assurance Group. Children's homes are also named as a "
            "relevant agency.",
        ),
        ("h2", "How do we hear from children and families?"),
        (
            "p",
            "We do not currently have a youth forum, and we have not yet found a way for children, young "
            "people and families to take part directly in the work of the partnership. Our scrutineer has "
            "asked us to put this right.",
        ),
        ("h1", "Money and information"),
        ("h2", "How is the partnership paid for?"),
        ("p", "For 2025/26 the partners have agreed a shared budget of £398,000, made up as follows:"),
        ("li", "Fallowmere Borough Council: £199,000 (50%)"),
        ("li", "NHS Fallowmere and Tarn Integrated Care Board: £119,400 (30%)"),
        ("li", "Tarnshire Police: £79,600 (20%)"),
        (
            "p",
            "The budget pays for the partnership team, the independent scrutineer, the training programme and "
            "reviews. The Executive agrees the next year's budget each January.",
        ),
        ("h2", "How do we use data?"),
        (
            "p",
            "Our Partnership Performance Framework brings together about forty measures from the three "
            "partners and from schools, including the use of early help, repeat referrals and children missing "
            "from education. The Quality Assurance Group looks at it every quarter and reports what it finds "
            "to the Executive.",
        ),
        (
            "p",
            "We plan to break the figures down by ethnicity, disability, sex and other protected "
            "characteristics from April 2026, when the partners' recording systems will be able to support it.",
        ),
        ("h1", "Learning and improving"),
        ("h2", "What happens when a child is seriously harmed?"),
        (
            "p",
            "When a child dies or is seriously harmed and abuse or neglect is known or suspected, the Council "
            "tells the Child Safeguarding Practice Review Panel within five working days. The Practice Review "
            "Group then carries out a rapid review within 15 working days and advises the delegated "
            "safeguarding partners whether a local child safeguarding practice review is needed.",
        ),
        (
            "p",
            "If the delegated partners decide that a review should take place, the Partnership Manager "
            "commissions an independent reviewer with relevant experience, and the Practice Review Group "
            "agrees the terms of reference and oversees the work. Final reports are published on the "
            "partnership website and are sent to the Panel and the Secretary of State at least seven working "
            "days before they are published.",
        ),
        ("h2", "How do we make sure learning changes practice?"),
        (
            "p",
            "Every rapid review and practice review ends with an action plan. The Practice Review Group asks "
            "each agency for evidence that its actions have been completed and keeps the plan open until they "
            "all are.",
        ),
        (
            "p",
            "We share what we have learned through short practice briefings, lunchtime learning sessions and "
            "our podcast, and six months later the Quality Assurance Group looks again at cases on the same "
            "theme to see whether practice has changed.",
        ),
        ("h2", "How do we train the workforce and check the quality of practice?"),
        (
            "p",
            "Every year the Learning and Development Group asks each agency what its staff need to learn and "
            "uses the answers to commission the multi-agency training programme, which is delivered by "
            "trainers from the partner agencies. Three months after each course we ask the practitioner's "
            "manager whether their work has changed, and we report what managers tell us to the Quality "
            "Assurance Group twice a year.",
        ),
        (
            "p",
            "The Quality Assurance Group also runs four multi-agency audits a year on themes chosen by the "
            "Executive, with practitioners from each agency looking at the same cases together.",
        ),
        ("h2", "What is our threshold document?"),
        (
            "p",
            "Our threshold document is Helping Children in Fallowmere: Continuum of Need (2022). Practitioners "
            "in every agency use it to decide what level of help a child needs. It has not yet been revised "
            "for Working Together 2023, and the threshold guidance will be reviewed once the new national "
            "guidance on Family Help is published.",
        ),
        ("h1", "Checks and accountability"),
        ("h2", "Who checks that the arrangements work?"),
        (
            "p",
            "Our independent scrutineer is Dr Helen Carrow, a former director of children's services from "
            "outside the region, appointed by the lead safeguarding partners in 2024 for three years. Her "
            "role is to:",
        ),
        ("li", "support and challenge the partners and the Executive;"),
        (
            "li",
            "tell the lead safeguarding partners, independently, how well the arrangements are keeping children safe;",
        ),
        ("li", "act as a critical friend to the subgroups;"),
        ("li", "help the partners to resolve disagreements; and"),
        ("li", "evaluate the arrangements each year and comment on the yearly report before it is published."),
        (
            "p",
            "Dr Carrow reports in writing to the lead safeguarding partners twice a year. The Executive "
            "responds to each of her recommendations within two months and the Quality Assurance Group "
            "tracks the response until it is complete.",
        ),
        ("h2", "Who has agreed these arrangements?"),
        (
            "p",
            "These arrangements, including the scrutiny plan and the shared budget for 2025/26, were agreed "
            "and signed off by the three lead safeguarding partners, Sarah Whitlock, Dr Anil Mehra and "
            "Rebecca Hollins, on 27 February 2025.",
        ),
        ("h2", "How do we work with other partnerships?"),
        (
            "p",
            "The Fallowmere Health and Wellbeing Board receives our yearly report each autumn, and our "
            "priorities feed into the Joint Local Health and Wellbeing Strategy. The partnership chair attends "
            "the Board when the report is presented.",
        ),
        (
            "p",
            "Safer Fallowmere, the borough's Community Safety Partnership, leads on domestic abuse and serious "
            "violence. The two partnerships run a joint exploitation subgroup and share the findings of "
            "domestic homicide reviews and child safeguarding practice reviews.",
        ),
        ("h2", "When is the yearly report published?"),
        (
            "p",
            "We publish a yearly report each September, covering the previous financial year from April to "
            "March. It explains what we have done and how effective the arrangements have been, and we send "
            "it to the Child Safeguarding Practice Review Panel and Foundations within seven days of "
            "publication.",
        ),
        ("h2", "Where can I find out more?"),
        ("li", "Fallowmere Safeguarding Children Partnership: www.fallowmerescp.org.uk"),
        ("li", "Helping Children in Fallowmere (threshold document): www.fallowmerescp.org.uk/continuum"),
        ("li", "Working Together to Safeguard Children 2023: www.gov.uk"),
    ],
}
