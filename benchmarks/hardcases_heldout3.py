"""Held-out documents for the three packs with no real measurement yet: child death review
arrangements, a SAB strategic plan and a SAB constitution. Written from the requirement catalogue
alone, in a local partnership's own words, after the packs were written and never used to tune them.

- ``ho3-cdr-2024``: child death review arrangements of two councils and their ICB (July 2024), in
  a CDOP terms-of-reference style with a scope table, a membership table, a joint agency response
  section and a glossary. Weak on purpose: the stance on deaths of non-resident children is deferred
  ("to be agreed by the CDR partners in due course") and stated only in the glossary; the CDOP
  footprint and caseload appear only in the contents and under an empty heading; the published
  report is negated ("do not publish a separate ... report"), with the national duty restated and
  a footnote pointing to national NCMD reports.
- ``ho3-sab-plan-2025``: a SAB strategic plan 2025-2028 (rolling, refreshed each spring) with an
  evidence table, a priorities table and a "we will" list. Weak on purpose: the police's part is
  "To be confirmed ... (TBC)"; Healthwatch is only promised a look at a later refresh, appears in
  the useful links and in a restated national duty, but was not consulted on this plan.
- ``ho3-sab-arr-2024``: a joint SAB's constitution (November 2024) with the chair described only
  in a two-column role table. Weak on purpose: the strategic plan and annual report appear only as
  the restated national duty ("The Care Act requires the SAB to ..."); discretionary reviews are
  "to be confirmed (TBC)"; the six principles and Making Safeguarding Personal appear only in the
  contents, an empty heading, the glossary and the useful links.

Labels: ``labels/ho3-cdr-2024.yaml``, ``labels/ho3-sab-plan-2025.yaml`` and
``labels/ho3-sab-arr-2024.yaml`` (the kind of each document is declared there).
"""

from __future__ import annotations

CASES: dict[str, list[tuple]] = {
    "ho3-cdr-2024": [
        ("title", "Ashcombe and Hollinsdale Child Death Review Arrangements"),
        (
            "p",
            "Published by the Ashcombe and Hollinsdale Child Death Review Partners. Version 3.0, approved on "
            "9 July 2024. Next review due: July 2026.",
        ),
        (
            "toc",
            [
                ("1. Introduction", 2),
                ("2. Which deaths are reviewed", 2),
                ("3. Our child death review partners", 3),
                ("4. CDOP footprint and caseload", 3),
                ("5. How a child's death is reviewed", 4),
                ("6. Joint agency response", 5),
                ("7. The Child Death Overview Panel", 6),
                ("8. Learning from child deaths", 7),
                ("9. Reporting", 8),
                ("Appendix A: The review process at a glance", 9),
                ("Appendix B: Glossary", 10),
            ],
        ),
        ("pagebreak",),
        ("h1", "1. Introduction"),
        (
            "p",
            "The death of a child is a devastating loss that affects bereaved parents, brothers and sisters, "
            "grandparents and the wider family, as well as friends and the professionals who cared for the "
            "child. Reviewing every child's death carefully and with compassion helps us to support families, "
            "to understand why children die and to act on what we learn so that fewer children die in future.",
        ),
        (
            "p",
            "This document sets out how child deaths are reviewed across Ashcombe and Hollinsdale. It follows "
            "the Child Death Review Statutory and Operational Guidance (England) 2018 and chapter 6 of Working "
            "Together to Safeguard Children 2023, and replaces the arrangements we published in June 2019. The "
            "main changes are a revised joint agency response protocol (section 6), the move of the panel's "
            "administration to the Hollinsdale public health team, and an updated membership list.",
        ),
        (
            "p",
            "The arrangements apply to every professional and organisation in Ashcombe and Hollinsdale that is "
            "involved in the care of a child who dies or in supporting the child's family.",
        ),
        ("h1", "2. Which deaths are reviewed"),
        ("p", "The table below sets out which deaths these arrangements cover."),
        (
            "table",
            ("Term", "What it means in these arrangements"),
            [
                (
                    "Child",
                    "A person of any age from birth up to their 18th birthday, whatever the cause of death and "
                    "wherever it happens.",
                ),
                (
                    "Stillbirths",
                    "Babies born dead after 24 weeks of pregnancy are not reviewed under these arrangements. They "
                    "are reviewed by the maternity unit using the national Perinatal Mortality Review Tool.",
                ),
                (
                    "Terminations of pregnancy",
                    "Planned terminations of pregnancy carried out within the law are not reviewed, whatever the "
                    "gestation.",
                ),
                (
                    "Babies born alive",
                    "A baby born alive at any gestation who later dies is a child death and is reviewed, even if "
                    "the baby lived for only a few minutes.",
                ),
                (
                    "Young people aged 18 and over",
                    "Not reviewed under these arrangements. The deaths of young adults with a learning disability "
                    "or autism are reviewed through the LeDeR programme.",
                ),
            ],
        ),
        ("pagebreak",),
        ("h1", "3. Our child death review partners"),
        (
            "p",
            "Under sections 16M to 16Q of the Children Act 2004 the child death review partners for Ashcombe and "
            "Hollinsdale are Ashcombe City Council, Hollinsdale Council and NHS Ashcombe and Hollinsdale "
            "Integrated Care Board (the ICB). In this document we call them the CDR partners.",
        ),
        (
            "p",
            "The CDR partners have delegated the day-to-day running of the arrangements to the Child Death "
            "Review Executive: the Director of Public Health for Ashcombe, the Director of Public Health for "
            "Hollinsdale and the ICB's Chief Nursing Officer. The Executive meets twice a year, approves the "
            "panel's work programme and receives an update from the panel chair at each meeting.",
        ),
        (
            "p",
            "Ashcombe and Hollinsdale Police is a member of the Child Death Overview Panel and takes part in "
            "every joint agency response, but it is not a child death review partner and does not sign these "
            "arrangements.",
        ),
        (
            "p",
            "The CDR partners fund the arrangements jointly. For 2024-25 the two councils each contribute "
            "£41,500 from their public health grants and the ICB contributes £83,000, which pays for the panel "
            "chair, the CDR coordinator and the eCDOP licence.",
        ),
        ("h1", "4. CDOP footprint and caseload"),
        ("h1", "5. How a child's death is reviewed"),
        (
            "p",
            "The CDR partners make sure that the death of every child normally resident in Ashcombe or "
            "Hollinsdale is reviewed, whether the child died at home, in one of our hospitals, in a hospital "
            "elsewhere in England or abroad.",
        ),
        (
            "p",
            "Where a child who was normally resident elsewhere dies in Ashcombe or Hollinsdale, for example at "
            "the regional children's hospital in Ashcombe, the arrangements for reviewing that death and for "
            "sharing information with the child's home area are to be agreed by the CDR partners in due course.",
        ),
        ("p", "Every review follows the same stages:"),
        (
            "li",
            "Notification: any professional who learns of the death of a child notifies the CDR coordinator "
            "through eCDOP, the secure online system we use to manage reviews, within 24 hours, or by telephone "
            "if eCDOP is unavailable.",
        ),
        (
            "li",
            "Immediate decision-making: the on-call paediatrician decides whether a joint agency response is "
            "needed (section 6).",
        ),
        (
            "li",
            "Information gathering: each agency that knew the child or family completes a reporting form on "
            "eCDOP within 28 days of the request.",
        ),
        (
            "li",
            "Child death review meeting (CDRM): a meeting of the professionals directly involved with the "
            "child, usually led by the hospital where the child died, to review the care given and to agree the "
            "cause of death as far as it is known.",
        ),
        ("li", "Independent multi-agency review by the Child Death Overview Panel (section 7)."),
        (
            "p",
            "Parents are offered a key worker, usually a specialist nurse from the ICB's child death review "
            "team, who explains the process, tells them when meetings will take place and asks whether there "
            "are questions they would like the meetings to consider. Parents are told the outcome of the review "
            "in a way that suits them.",
        ),
        ("pagebreak",),
        ("h1", "6. Joint agency response"),
        (
            "p",
            "A joint agency response (JAR) is a coordinated response by health, the police and, where needed, "
            "children's social care to the unexpected death of a child. In Ashcombe and Hollinsdale a JAR is "
            "started when a child's death:",
        ),
        ("li", "is or could be due to external causes, such as an injury, a road traffic collision or suicide;"),
        ("li", "is sudden and there is no immediately apparent cause, including sudden unexpected death in infancy;"),
        ("li", "occurs in custody, or while the child was detained under the Mental Health Act 1983;"),
        (
            "li",
            "follows a collapse where the child was brought to hospital and could not be resuscitated, or the "
            "original illness or disability was not expected to cause death.",
        ),
        (
            "p",
            "The on-call JAR paediatrician and a detective from the police public protection unit speak within "
            "two hours of the notification. With the family's agreement they visit the place where the child "
            "died, usually within 48 hours, and they hold an information-sharing and planning meeting with the "
            "GP, the health visitor or school nurse and, where the family was known, children's social care. "
            "The police lead any criminal investigation and the coroner is told of every JAR.",
        ),
        (
            "p",
            "If the JAR raises concern that abuse or neglect may have played a part in the death, the JAR lead "
            "notifies the relevant safeguarding children partnership the same day so that it can decide whether "
            "a rapid review is needed.",
        ),
        ("h1", "7. The Child Death Overview Panel"),
        ("h2", "Purpose"),
        (
            "p",
            "The Child Death Overview Panel (CDOP) carries out the independent, multi-agency review of each "
            "child's death once all the information has been gathered. For each death it agrees the category "
            "of death, whether there were modifiable factors and what can be learned.",
        ),
        ("h2", "Chair and meetings"),
        (
            "p",
            "The panel is chaired by Dr Miriam Achterberg, a retired consultant paediatrician appointed by the "
            "CDR partners as independent chair. It meets every six weeks, with an extra thematic meeting each "
            "year on neonatal deaths. A meeting is quorate when the chair or vice-chair, one public health "
            "representative, one paediatrician and one member each from the police and children's social care "
            "are present.",
        ),
        ("h2", "Membership"),
        (
            "table",
            ("Member", "Organisation"),
            [
                ("Independent Chair", "Appointed by the CDR partners"),
                ("Vice-chair and Consultant in Public Health", "Hollinsdale Council"),
                ("Consultant in Public Health", "Ashcombe City Council"),
                ("Designated Doctor for Child Deaths", "NHS Ashcombe and Hollinsdale Integrated Care Board"),
                ("Designated Nurse for Safeguarding Children", "NHS Ashcombe and Hollinsdale Integrated Care Board"),
                ("Consultant Neonatologist", "Ashcombe University Hospitals NHS Trust"),
                ("Head of Safeguarding and Quality Assurance", "Ashcombe City Council children's services"),
                ("Head of Safeguarding and Quality Assurance", "Hollinsdale Council children's services"),
                ("Detective Inspector, Public Protection", "Ashcombe and Hollinsdale Police"),
                ("Lay member", "Appointed after open recruitment"),
                ("CDR Coordinator (not a voting member)", "Hollinsdale Council public health team"),
            ],
        ),
        (
            "p",
            "Members may send a named deputy of similar seniority. Other professionals, such as a coroner's "
            "officer, the ambulance service or a midwife, attend for particular cases.",
        ),
        ("h2", "Confidentiality"),
        (
            "p",
            "Information shared with the panel is confidential and is used only for the purposes of the child "
            "death review. Cases are anonymised before discussion and papers are shared only through eCDOP.",
        ),
        ("pagebreak",),
        ("h1", "8. Learning from child deaths"),
        (
            "p",
            "When a review is complete, the panel's findings are recorded on eCDOP and submitted to the National "
            "Child Mortality Database (NCMD), so that deaths in our area contribute to national analysis.",
        ),
        (
            "p",
            "Twice a year the panel looks across all the reviews it has completed to find patterns: groups of "
            "children who are more likely to die, modifiable factors that keep recurring, and changes over "
            "time. Its analysis in March 2024, for example, found that unsafe sleeping "
            "arrangements, often together with parental smoking or alcohol use, were present in five of the "
            "eight sudden unexpected deaths in infancy reviewed over the previous two years.",
        ),
        (
            "p",
            "Where the panel identifies something that any organisation should act on, the chair writes to the "
            "chief executive or director of that organisation setting out the issue and asking what it will do, "
            "and the reply is recorded and followed up at the next panel. Learning about safeguarding goes to the "
            "Ashcombe Safeguarding Children Partnership and the Hollinsdale Safeguarding Children Partnership, "
            "and learning for public health goes to both councils' Health and Wellbeing Boards.",
        ),
        (
            "p",
            "After the panel's findings on unsafe sleep, the two councils and the ICB commissioned a joint safer "
            "sleep campaign, and health visitors in both areas now talk about sleeping arrangements at every "
            "contact in a baby's first six months.",
        ),
        ("h1", "9. Reporting"),
        (
            "p",
            "Section 16M of the Children Act 2004 requires the child death review partners to prepare and "
            "publish a report on what they have done as a result of the arrangements and how effective the "
            "arrangements have been.",
        ),
        (
            "p",
            "The Ashcombe and Hollinsdale CDR partners do not publish a separate child death review report. The "
            "panel's activity is reported to the Child Death Review Executive at each of its meetings.",
        ),
        ("footnote", "1 National findings on child deaths are published by the NCMD at www.ncmd.info/publications."),
        ("pagebreak",),
        ("h1", "Appendix A: The review process at a glance"),
        (
            "table",
            ("Stage", "Timescale"),
            [
                ("Notification to the CDR coordinator through eCDOP", "Within 24 hours of the death"),
                ("JAR paediatrician and police discuss the death", "Within 2 hours of notification"),
                ("Home visit and information-sharing meeting (JAR only)", "Usually within 48 hours"),
                ("Agency reporting forms completed on eCDOP", "Within 28 days of the request"),
                ("Child death review meeting (CDRM)", "When the post-mortem and investigations are complete"),
                ("Review by the CDOP", "At the first panel after the CDRM"),
                ("Findings submitted to the NCMD", "Within 10 working days of the panel"),
            ],
        ),
        ("h1", "Appendix B: Glossary"),
        (
            "table",
            ("Term", "Meaning"),
            [
                ("CDOP", "Child Death Overview Panel"),
                ("CDR partners", "Child death review partners: the local authority and the integrated care board"),
                ("CDRM", "Child death review meeting"),
                ("eCDOP", "The secure online case management system used for child death reviews"),
                ("JAR", "Joint agency response"),
                ("NCMD", "National Child Mortality Database"),
                (
                    "Non-resident child death",
                    "The death in Ashcombe or Hollinsdale of a child normally resident elsewhere. It is reviewed "
                    "by the CDOP for the area where the child lived, with information from our agencies.",
                ),
                ("SUDI", "Sudden unexpected death in infancy"),
            ],
        ),
    ],
    "ho3-sab-plan-2025": [
        ("title", "Calderwick Safeguarding Adults Board Strategic Plan 2025-2028"),
        ("p", "Agreed by the Board on 19 March 2025. This plan covers 1 April 2025 to 31 March 2028."),
        (
            "toc",
            [
                ("Foreword from our Independent Chair", 2),
                ("About the Board", 2),
                ("How we developed this plan", 3),
                ("What the evidence tells us", 4),
                ("Our priorities for 2025-2028", 5),
                ("What our members will do", 6),
                ("How we will know we are making a difference", 7),
                ("Keeping this plan up to date", 7),
                ("Useful links", 8),
            ],
        ),
        ("pagebreak",),
        ("h1", "Foreword from our Independent Chair"),
        (
            "p",
            "This is the Board's plan for the next three years. It is shorter than our last plan because we "
            "want to do fewer things and do them well. Two of the safeguarding adults reviews we published in "
            "the last two years told the same story: a person who was neglecting themselves refused help, each "
            "agency did what it could on its own, and nobody brought everyone together until it was too late. "
            "Our first priority is to change that.",
        ),
        (
            "p",
            "I am grateful to everyone who told us what keeping safe means to them. Their words are all through "
            "this plan, and we will go back to them each year to tell them what has changed.",
        ),
        ("p", "Yvonne Castellane, Independent Chair, Calderwick Safeguarding Adults Board"),
        ("h1", "About the Board"),
        (
            "p",
            "The Calderwick Safeguarding Adults Board (CSAB) brings together the organisations that help adults "
            "in Calderwick to live safely. Its statutory members are Calderwick Borough Council, NHS Selbridge "
            "and Calderwick Integrated Care Board and Wexcombe Police. Wexcombe Fire and Rescue Service, the "
            "Probation Service, Calderwick Hospitals NHS Foundation Trust, Pennine Lowland Partnership NHS "
            "Foundation Trust, Calderwick Homes and Calderwick Council for Voluntary Service are also members.",
        ),
        (
            "p",
            "The Board's objective is to help and protect adults in Calderwick who have needs for care and "
            "support, are experiencing or at risk of abuse or neglect, and cannot protect themselves because of "
            "those needs. The Care Act 2014 requires the Board to publish a strategic plan for each financial "
            "year, and to consult the local Healthwatch and involve the community in preparing it.",
        ),
        ("h1", "How we developed this plan"),
        (
            "p",
            "We started work on this plan in September 2024 by looking back at what our 2022-2025 plan had "
            "achieved and where it had fallen short. Board members then spent a development day in November "
            "2024 testing possible priorities against our data and the findings of our reviews.",
        ),
        (
            "p",
            "Between October and December 2024 we asked people in Calderwick what keeps them safe and what "
            "worries them. 412 people answered our 'Safe in Calderwick' survey, online and on paper in libraries, "
            "GP surgeries and the two community hubs. We held seven listening sessions with groups including the "
            "Calderwick Carers' Centre, the Deaf Community Association, the Polish Saturday Club, the Unity "
            "Mosque women's group, residents of two supported living schemes and people using the Harbour "
            "homelessness day centre; 68 people took part.",
        ),
        (
            "p",
            "What people told us shaped the plan. Many carers said they did not know who to contact if they were "
            "worried about someone, which is why priority 3 includes a single advice line and information in "
            "community languages. People in supported living told us that frequent staff changes left them "
            "feeling unsafe, and that is reflected in priority 2. Our lived experience group of six people read "
            "the draft priorities in January 2025 and asked us to use plainer language and to report back on "
            "progress every year, which we have agreed to do.",
        ),
        (
            "p",
            "We will share the plan with Healthwatch Calderwick and invite its comments when we refresh the "
            "action plan in spring 2026.",
        ),
        ("pagebreak",),
        ("h1", "What the evidence tells us"),
        ("p", "Our priorities rest on what our data, reviews and audits show."),
        (
            "table",
            ("Source", "What it tells us"),
            [
                (
                    "Safeguarding concerns",
                    "Calderwick Borough Council received 2,318 safeguarding concerns in 2023-24, 14% more than in "
                    "2022-23; 587 led to a section 42 enquiry.",
                ),
                (
                    "Types of abuse",
                    "Neglect and acts of omission (31%) and self-neglect (19%) were the most common types of risk "
                    "in concluded section 42 enquiries. Self-neglect enquiries have nearly doubled since 2021-22.",
                ),
                (
                    "Where abuse happens",
                    "42% of enquiries concerned risk in the person's own home and 33% in care homes; two home "
                    "care agencies accounted for a quarter of all concerns about providers.",
                ),
                (
                    "Who we hear from",
                    "Adults from Black, Asian and other minority ethnic groups were the subject of 6% of section "
                    "42 enquiries, but make up 14% of Calderwick's adult population (2021 Census).",
                ),
                (
                    "Safeguarding adults reviews",
                    "The reviews concerning Mr B (2023) and Ms T (2024) both found that agencies did not act "
                    "together when a person who was self-neglecting refused help.",
                ),
                (
                    "Making Safeguarding Personal",
                    "In 2023-24 people were asked what outcomes they wanted in 81% of enquiries, but only 58% of "
                    "those asked said their outcomes were fully met.",
                ),
                (
                    "Multi-agency audit",
                    "Our audit of twelve young people moving to adult services in 2024 found that only four had "
                    "a safeguarding plan that continued after their 18th birthday.",
                ),
            ],
        ),
        ("h1", "Our priorities for 2025-2028"),
        ("p", "We have agreed four priorities. For each, the table shows what we will do and by when."),
        (
            "table",
            ("Priority", "What we will do"),
            [
                (
                    "1. Self-neglect and people who refuse help",
                    "Introduce a multi-agency risk management (MARM) process by September 2025; train 400 staff "
                    "in the revised self-neglect and hoarding guidance by March 2026; audit 20 MARM cases a year "
                    "from 2026.",
                ),
                (
                    "2. Safe care at home and in care homes",
                    "Set up a provider concerns panel with the Care Quality Commission by June 2025; run a "
                    "campaign with the Calderwick Care Association in 2025-26 on recognising neglect in home "
                    "care, including the effect of staff changes on people in supported living.",
                ),
                (
                    "3. Reaching the communities we hear from least",
                    "Open a single safeguarding advice line by April 2026; publish information in Polish, Urdu, "
                    "Bengali and British Sign Language; train 30 community safeguarding champions by March 2027.",
                ),
                (
                    "4. Young people moving into adulthood",
                    "Agree a joint transitions protocol with the Calderwick Safeguarding Children Partnership by "
                    "December 2025 and hold a joint transitions panel every month from January 2026.",
                ),
            ],
        ),
        ("p", "In 2025-26, the first year of the plan, we will:"),
        ("li", "agree the MARM protocol and train the first 150 staff to use it;"),
        ("li", "publish an easy-read version of this plan and a version in British Sign Language;"),
        ("li", "hold two Board development sessions on the learning from the Mr B and Ms T reviews;"),
        ("li", "report progress to the lived experience group every six months."),
        ("pagebreak",),
        ("h1", "What our members will do"),
        ("p", "Each member of the Board has been asked to set out its part in delivering the plan."),
        (
            "table",
            ("Member", "Its part in the plan"),
            [
                (
                    "Calderwick Borough Council",
                    "Leads priorities 1 and 3; chairs MARM meetings; hosts the Board's business unit and funds "
                    "the advice line.",
                ),
                (
                    "NHS Selbridge and Calderwick Integrated Care Board",
                    "Leads priority 2; chairs the provider concerns panel; makes sure GP practices take part in "
                    "MARM; funds self-neglect training for primary care staff.",
                ),
                (
                    "Wexcombe Police",
                    "To be confirmed following the force's review of its public protection structure (TBC).",
                ),
                (
                    "Wexcombe Fire and Rescue Service",
                    "Refers people at risk from hoarding to MARM and carries out 300 safe and well visits a year "
                    "for people identified by Board members.",
                ),
                (
                    "Calderwick Hospitals NHS Foundation Trust",
                    "Co-leads priority 4 for young people with long-term health conditions and trains ward staff "
                    "on self-neglect.",
                ),
                (
                    "Calderwick Council for Voluntary Service",
                    "Recruits, trains and supports the community safeguarding champions for priority 3.",
                ),
            ],
        ),
        ("h1", "How we will know we are making a difference"),
        (
            "p",
            "Our Quality and Performance Group will report to every Board meeting on a small set of measures: "
            "the number of people discussed at MARM and how many accept support within three months; the "
            "proportion of people who say their safeguarding outcomes were met; enquiries about people from "
            "minority ethnic groups as a share of all enquiries; and the results of our yearly audits.",
        ),
        ("h1", "Keeping this plan up to date"),
        (
            "p",
            "This is a rolling three-year plan. The Board reviews progress at every meeting and refreshes the "
            "plan each spring, when it agrees the actions for the coming financial year and publishes the "
            "updated plan on its website. The first refresh will be published by 30 April 2026.",
        ),
        ("h1", "Useful links"),
        ("li", "Healthwatch Calderwick: www.healthwatchcalderwick.co.uk"),
        ("li", "Calderwick Safeguarding Adults Board: www.calderwicksab.org.uk"),
        ("li", "Report a concern about an adult: call Calderwick Adult Social Care on 01632 960410"),
    ],
    "ho3-sab-arr-2024": [
        (
            "title",
            "Harrowdale and Stourmead Safeguarding Adults Board: Constitution and Governance Arrangements",
        ),
        ("p", "Version 2.0. Agreed by the Board on 14 November 2024. Review date: November 2026."),
        (
            "toc",
            [
                ("1. Purpose and area", 2),
                ("2. The Board's statutory duties", 2),
                ("3. Membership", 3),
                ("4. Key roles", 4),
                ("5. Our principles", 4),
                ("6. How the Board works", 5),
                ("7. Safeguarding Adults Reviews", 6),
                ("8. Funding", 7),
                ("9. Resolving disagreements", 7),
                ("10. Reviewing this constitution", 8),
                ("Appendix 1: Glossary", 9),
                ("Appendix 2: Useful links", 9),
            ],
        ),
        ("pagebreak",),
        ("h1", "1. Purpose and area"),
        (
            "p",
            "The Harrowdale and Stourmead Safeguarding Adults Board (HSSAB) is a joint board established under "
            "section 43 of the Care Act 2014 by Harrowdale Council and Stourmead Borough Council. It covers the "
            "whole of both council areas, which together have about 540,000 residents, and is the only "
            "Safeguarding Adults Board for those areas.",
        ),
        (
            "p",
            "The Board's objective is to help and protect adults in Harrowdale and Stourmead who have needs for "
            "care and support, are experiencing or at risk of abuse or neglect, and as a result of those needs "
            "cannot protect themselves. It seeks to achieve that objective by coordinating and ensuring the "
            "effectiveness of what each of its members does.",
        ),
        ("h1", "2. The Board's statutory duties"),
        (
            "p",
            "The Care Act requires the SAB to publish a strategic plan for each financial year, to publish an "
            "annual report after the end of each financial year, and to arrange safeguarding adults reviews in "
            "the circumstances set out in section 44.",
        ),
        (
            "p",
            "Schedule 2 to the Act also requires the SAB to consult the local Healthwatch organisation and "
            "involve the community when it prepares its strategic plan.",
        ),
        ("pagebreak",),
        ("h1", "3. Membership"),
        ("p", "The statutory members of the Board are:"),
        (
            "li",
            "Harrowdale Council and Stourmead Borough Council, each represented by its Director of Adult Social "
            "Services;",
        ),
        ("li", "NHS Stour and Dale Integrated Care Board, represented by its Chief Nurse;"),
        (
            "li",
            "the Chief Constable of Harrowdale and Stourmead Police, represented by the Detective Chief "
            "Superintendent for Public Protection.",
        ),
        (
            "p",
            "The Board has also invited the following organisations to be members, because they are key to "
            "safeguarding adults in our area: Harrowdale and Stourmead Fire and Rescue Service; the Probation "
            "Service; Harrowdale Teaching Hospitals NHS Foundation Trust; Stour Valley Mental Health NHS "
            "Foundation Trust; North Midlands Ambulance Service; Healthwatch Harrowdale and Healthwatch "
            "Stourmead; the two councils' housing services; and Voluntary Action Harrowdale and Stourmead.",
        ),
        (
            "p",
            "Members must be senior enough to speak for their organisation and to commit its resources. Each "
            "member names a deputy who attends when the member cannot.",
        ),
        ("h1", "4. Key roles"),
        (
            "table",
            ("Role", "Description"),
            [
                (
                    "Chair",
                    "Independent Chair appointed by Harrowdale Council on behalf of both councils, after "
                    "consulting the Board's statutory and other members. The Chair must have the skills and "
                    "experience set out in the role profile: senior experience of adult safeguarding and of "
                    "leading multi-agency partnerships, and independence from the member organisations. The "
                    "appointment is for three years and may be renewed once.",
                ),
                (
                    "Vice-chair",
                    "Elected by the Board each year from among the statutory members; chairs meetings when the "
                    "Chair is absent.",
                ),
                (
                    "Lead authority",
                    "Harrowdale Council hosts the Board, employs its business unit and administers its budget on "
                    "behalf of both councils.",
                ),
                (
                    "Board Manager",
                    "Leads the business unit of four staff, supports the Chair and manages the Board's work "
                    "programme and subgroups.",
                ),
                (
                    "Safeguarding adults leads",
                    "Each member names a safeguarding adults lead who makes sure the Board's decisions are "
                    "carried out in their organisation.",
                ),
            ],
        ),
        ("p", "The current Independent Chair is Dr Samuel Whitlow-Adeyemi, appointed in April 2023."),
        ("h1", "5. Our principles"),
        ("h1", "6. How the Board works"),
        (
            "p",
            "The Board meets four times a year. A meeting is quorate when the Chair or Vice-chair and at least "
            "one representative of each council, the ICB and the police are present. Decisions are made by "
            "consensus; where consensus cannot be reached, the statutory members decide.",
        ),
        (
            "p",
            "The business unit records attendance at every Board and subgroup meeting. Where a member misses two "
            "meetings in a row, the Chair writes to that organisation's chief officer and the matter is reported "
            "to the next Board meeting.",
        ),
        ("p", "Most of the Board's work is done by its subgroups, each chaired by a Board member:"),
        (
            "li",
            "the Safeguarding Adults Review Group, which considers referrals for reviews and oversees them "
            "(section 7);",
        ),
        (
            "li",
            "the Quality and Performance Group, which looks at safeguarding data from all members each quarter "
            "and leads the Board's multi-agency audits;",
        ),
        ("li", "the Learning and Development Group, which commissions multi-agency training and checks its impact;"),
        (
            "li",
            "the Community Reference Group, in which people who have used safeguarding services, carers and "
            "voluntary groups advise the Board.",
        ),
        (
            "p",
            "The Board works with the Harrowdale Safeguarding Children Partnership and the Stourmead "
            "Safeguarding Children Partnership on young people moving into adulthood, and with the two "
            "Community Safety Partnerships on domestic abuse and exploitation. The Chair meets the chairs of "
            "these partnerships and of both Health and Wellbeing Boards twice a year.",
        ),
        ("pagebreak",),
        ("h1", "7. Safeguarding Adults Reviews"),
        (
            "p",
            "Anyone may refer a case to the Board for a safeguarding adults review (SAR) using the referral form "
            "on the Board's website. The Board Manager acknowledges referrals within five working days and the "
            "Safeguarding Adults Review Group considers each referral at its next monthly meeting.",
        ),
        (
            "p",
            "The Board will arrange a SAR when an adult in Harrowdale or Stourmead with needs for care and "
            "support (whether or not those needs are being met) has died, and abuse or neglect is known or "
            "suspected to have caused the death, or is still alive and is known or suspected to have "
            "experienced serious abuse or neglect, and there is reasonable cause for concern about how the "
            "Board, its members or others worked together to safeguard the adult. The Review Group makes a "
            "recommendation and the Independent Chair decides.",
        ),
        (
            "p",
            "Whether the Board will also carry out reviews in other cases involving adults with needs for care "
            "and support is to be confirmed once the Review Group has developed its criteria (TBC).",
        ),
        (
            "p",
            "Each review is led by an independent reviewer commissioned by the Board Manager, and the method is "
            "chosen to suit the case. Families are invited to contribute. Members must co-operate with the "
            "review and provide information when asked. Final reports are published on the Board's website "
            "unless the Chair decides that publication would put someone at risk.",
        ),
        (
            "p",
            "The actions from each review are recorded in a single action plan, which the Review Group monitors "
            "until every action is complete.",
        ),
        ("h1", "8. Funding"),
        (
            "p",
            "The Board's budget for 2024-25 is £312,000. Contributions are agreed each year by the statutory members.",
        ),
        (
            "table",
            ("Member", "Contribution 2024-25"),
            [
                ("Harrowdale Council", "£124,800"),
                ("Stourmead Borough Council", "£78,000"),
                ("NHS Stour and Dale Integrated Care Board", "£78,000"),
                ("Harrowdale and Stourmead Police", "£31,200"),
            ],
        ),
        ("h1", "9. Resolving disagreements"),
        (
            "p",
            "Where members disagree about a decision of the Board, or about how a member has acted on a "
            "safeguarding matter, they first try to resolve it between themselves. If that fails, the matter "
            "goes to the Chair, who may call a meeting of the statutory members. A statutory member may ask for "
            "the matter to be taken to the chief executives of the statutory members.",
        ),
        ("h1", "10. Reviewing this constitution"),
        (
            "p",
            "The Board reviews this constitution every two years, or sooner if the law or statutory guidance "
            "changes. The next review is due in November 2026.",
        ),
        ("pagebreak",),
        ("h1", "Appendix 1: Glossary"),
        (
            "table",
            ("Term", "Meaning"),
            [
                ("DASS", "Director of Adult Social Services"),
                ("ICB", "Integrated care board: the NHS body that plans and buys health services for the area"),
                (
                    "MSP",
                    "Making Safeguarding Personal: working with adults to achieve the outcomes that matter to "
                    "them. The Board expects all members to use this approach in every enquiry.",
                ),
                ("SAR", "Safeguarding adults review, under section 44 of the Care Act 2014"),
                (
                    "Six safeguarding principles",
                    "Empowerment, prevention, proportionality, protection, partnership and accountability, which "
                    "underpin all of the Board's work",
                ),
            ],
        ),
        ("h1", "Appendix 2: Useful links"),
        (
            "li",
            "Care and Support Statutory Guidance, chapter 14: www.gov.uk/guidance/care-and-support-statutory-guidance",
        ),
        ("li", "The six safeguarding principles and Making Safeguarding Personal: www.local.gov.uk/msp"),
        ("li", "Refer a case for a safeguarding adults review: www.hssab.org.uk/sar-referral"),
    ],
}
