"""Held-out documents for the WT2023 arrangements pack and the child death review pack, written from
the requirement catalogue alone, in a local partnership's own words, and never used to tune the rules.

- ``ho6-wt23-joint``: the joint multi-agency safeguarding arrangements of two neighbouring councils
  (Pellingford City Council and Marrowby Council) with one ICB and one police force, approved
  12 November 2024 and citing Working Together 2023. A long, cautious, process-heavy narrative with
  numbered sections, sub-headings and a few tables (LSPs, DSPs, sub-groups, relevant agencies,
  signatures, abbreviations, glossary). Most requirements are met in varied wording and
  abbreviations. Weak on purpose: the children's homes and the secure children's home in the area
  appear only in an "Appendix C: Glossary" definition; the data question ("How will we know the
  arrangements are working?") is asked and never answered, with only data-protection boilerplate
  beneath it; multi-agency training and audit are delegated to a new sub-group "which will set out
  its approach in its terms of reference"; the voice of children and families is described only as
  it was under the old 2019 arrangements (both mechanisms since ended), plus a commitment statement.
  The shared budget is split across two sections: the per-partner contributions in section 11 and
  the financial year they cover in section 14 (together they meet the rule).
- ``ho6-cdr-plain``: short child death review arrangements of one unitary council (Rathmoor) and its
  ICB, agreed March 2023, written as plain bullet points with two small tables. Weak on purpose: the
  CDOP footprint and yearly caseload appear only in a flowchart caption ("Figure 1: ...") and the
  panel's name only in the useful links; the published report is "to be reviewed when the new eCDOP
  system is in place", beside the restated national duty; the stance on deaths of children normally
  resident elsewhere is negated ("We don't yet have an agreed approach ...").

Labels: ``labels/ho6-wt23-joint.yaml`` and ``labels/ho6-cdr-plain.yaml`` (the kind of each document
is declared there).
"""

from __future__ import annotations

CASES: dict[str, list[tuple]] = {
    "ho6-wt23-joint": [
        ("title", "Pellingford and Marrowby Safeguarding Children Partnership: Multi-Agency Safeguarding Arrangements"),
        (
            "p",
            "Arrangements made by the lead safeguarding partners for Pellingford and Marrowby under the Children "
            "Act 2004 and Working Together to Safeguard Children 2023. Version 2.0. Approved 12 November 2024; "
            "published 29 November 2024; in effect from 1 December 2024. Next scheduled review: November 2025.",
        ),
        (
            "toc",
            [
                ("1. Introduction", 3),
                ("2. Our safeguarding partners", 4),
                ("3. How we work together", 5),
                ("4. Relevant agencies", 7),
                ("5. Schools, colleges and early years", 8),
                ("6. Hearing from children and families", 8),
                ("7. Independent scrutiny", 9),
                ("8. Local child safeguarding practice reviews", 10),
                ("9. Learning and improvement", 11),
                ("10. Meeting Needs Together", 12),
                ("11. Resourcing the partnership", 12),
                ("12. Links with other partnerships", 13),
                ("13. Reporting", 13),
                ("14. Review and sign-off", 14),
                ("Appendix A: Signatures", 15),
                ("Appendix B: Abbreviations", 15),
                ("Appendix C: Glossary", 16),
            ],
        ),
        ("pagebreak",),
        ("h1", "1. Introduction"),
        ("h2", "1.1 Purpose of this document"),
        (
            "p",
            "This document sets out how the safeguarding partners for Pellingford and Marrowby will work "
            "together, and with the wider agencies around them, to safeguard and promote the welfare of "
            "children. It takes account of the changes introduced by Working Together to Safeguard Children "
            "2023 (WT2023), in particular the roles of lead and delegated safeguarding partners, the partnership "
            "chair and the expectations placed on independent scrutiny.",
        ),
        (
            "p",
            "The arrangements were developed through workshops with partner agencies during 2024. Where the "
            "partners have not yet reached a settled view on a matter, this document says so.",
        ),
        ("h2", "1.2 Two areas, one partnership"),
        (
            "p",
            "In 2019 Pellingford and Marrowby each published their own arrangements. The two areas already "
            "shared a police force, a health commissioner and many providers, and in April 2023 the partners "
            "agreed to bring the two partnerships together. This document is the first joint set of arrangements. "
            "Each council keeps its own children's services, but one executive and one set of sub-groups make "
            "better use of limited capacity.",
        ),
        ("h2", "1.3 The area covered"),
        (
            "p",
            "These arrangements cover the whole of the administrative areas of Pellingford City Council and "
            "Marrowby Council, which together are home to about 118,000 children and young people under 18.",
        ),
        (
            "p",
            "Wrenfield Constabulary and the integrated care board also serve Hollowmere Borough. Hollowmere has "
            "its own safeguarding arrangements and is not covered by this document, although the partners work "
            "closely with it on matters that cross the boundary.",
        ),
        ("pagebreak",),
        ("h1", "2. Our safeguarding partners"),
        ("h2", "2.1 Lead safeguarding partners"),
        (
            "p",
            "The lead safeguarding partners (LSPs) are the heads of the four statutory partner bodies. They are "
            "jointly and equally responsible for these arrangements.",
        ),
        (
            "table",
            ("Statutory partner", "Lead safeguarding partner"),
            [
                ("Pellingford City Council", "Gareth Ollerenshaw, Chief Executive"),
                ("Marrowby Council", "Annika Brightwell, Chief Executive"),
                (
                    "NHS Pellingford, Marrowby and Hollowmere Integrated Care Board (the ICB)",
                    "Dr Tobias Vantreight, Chief Executive",
                ),
                ("Wrenfield Constabulary", "Imelda Makepeace, Chief Constable"),
            ],
        ),
        (
            "p",
            "The LSPs meet as a group twice a year, in spring and autumn, to receive the independent scrutineer's "
            "report, agree the shared budget and hold the delegated safeguarding partners to account.",
        ),
        ("h2", "2.2 Delegated safeguarding partners"),
        (
            "p",
            "Each LSP has delegated its day-to-day functions to a senior officer who can speak for their "
            "organisation and commit it to decisions. The delegated safeguarding partners (DSPs) are:",
        ),
        (
            "table",
            ("Delegated safeguarding partner", "Post"),
            [
                ("Nadia Farrelly", "Executive Director of Children's Services, Pellingford City Council"),
                ("Simon Ackroyd", "Director of Children and Families, Marrowby Council"),
                ("Leonie Brackstone", "Chief Nursing Officer, the ICB"),
                (
                    "Detective Chief Superintendent Declan Atherfield",
                    "Head of Public Protection, Wrenfield Constabulary",
                ),
            ],
        ),
        (
            "p",
            "The DSPs meet together as the Safeguarding Executive (section 3). The LSPs remain accountable for "
            "the arrangements; delegation does not transfer that accountability.",
        ),
        ("h2", "2.3 The partnership chair"),
        (
            "p",
            "The LSPs have chosen Leonie Brackstone, the ICB's DSP, to chair the partnership for two years from "
            "December 2024. The chair will then pass to another DSP, chosen by the LSPs after seeking the views "
            "of the Executive. The chair sets the Executive's agenda with the business manager, makes sure that "
            "decisions are recorded and followed up, speaks for the partnership in public and escalates to the "
            "LSPs any matter the DSPs cannot resolve between themselves.",
        ),
        ("pagebreak",),
        ("h1", "3. How we work together"),
        (
            "p",
            "The structure described below is how the partners identify the needs of children across the two "
            "areas and make sure that agencies respond to them.",
        ),
        ("h2", "3.1 The Safeguarding Executive"),
        (
            "p",
            "The Safeguarding Executive is the partnership's strategic decision-making group. Its members are "
            "the four DSPs, the two Directors of Education, two headteacher representatives, the Principal of "
            "Marrowby College, the heads of both youth justice services and the Chief Executive of Pellingford "
            "Voluntary Action on behalf of the voluntary and community sector. It meets every six weeks and is "
            "quorate when three of the four DSPs are present, including at least one of the two council DSPs.",
        ),
        ("p", "The Executive:"),
        ("li", "sets the partnership's priorities every three years and reviews them each spring;"),
        ("li", "agrees the annual business plan and monitors its delivery;"),
        (
            "li",
            "decides, on the recommendation of the Practice Review Group, whether a local child safeguarding "
            "practice review is needed;",
        ),
        ("li", "receives a report from each sub-group at least twice a year and holds its chair to account;"),
        ("li", "agrees the partnership's response to the findings of independent scrutiny."),
        (
            "p",
            "Priorities are identified from the joint strategic needs assessments of both councils, the themes "
            "emerging from rapid reviews and practice reviews, the scrutineer's findings and what frontline "
            "practitioners tell us at the annual Partnership Conference. Each priority has a DSP as its sponsor "
            "and a delivery plan, and the Executive examines one priority in depth at every third meeting.",
        ),
        ("h2", "3.2 Sub-groups"),
        (
            "p",
            "The Executive is supported by four standing sub-groups. Each is chaired by a senior manager from a "
            "partner agency and reports to the Executive.",
        ),
        (
            "table",
            ("Sub-group", "Purpose"),
            [
                (
                    "Practice Review Group (PRG)",
                    "Considers notifications of serious incidents, carries out rapid reviews, recommends whether "
                    "a local child safeguarding practice review is needed and oversees reviews once commissioned.",
                ),
                (
                    "Learning and Development Sub-group (LDSG)",
                    "Multi-agency training and multi-agency audit. Established in October 2024.",
                ),
                (
                    "Education Safeguarding Forum (ESF)",
                    "Brings together schools, colleges and early years settings from both areas (see section 5).",
                ),
                (
                    "Exploitation and Missing Sub-group",
                    "Oversees the response to child criminal and sexual exploitation, serious youth violence and "
                    "children who go missing, jointly with both community safety partnerships.",
                ),
            ],
        ),
        ("h2", "3.3 Priorities for 2024 to 2027"),
        ("p", "The Executive agreed three priorities in September 2024:"),
        (
            "li",
            "Babies under one: reducing the risk of serious harm to babies, including from unsafe sleep and "
            "non-accidental injury, through a single pre-birth pathway across both councils.",
        ),
        (
            "li",
            "Neglect: earlier recognition of neglect by universal services, and one shared tool for assessing "
            "it in both areas.",
        ),
        (
            "li",
            "Exploitation and serious youth violence: a shared response across the boundary, because young "
            "people, and those who exploit them, move freely between the two areas.",
        ),
        ("h2", "3.4 Front doors"),
        (
            "p",
            "Each council continues to run its own front door: the Pellingford Children's Advice and Support Hub "
            "(CASH) and the Marrowby Multi-Agency Safeguarding Hub (MASH). The Constabulary's and the ICB's "
            "safeguarding teams staff both, so that information about a child who moves between the areas is "
            "shared on the same day.",
        ),
        ("pagebreak",),
        ("h1", "4. Relevant agencies"),
        (
            "p",
            "Under the Child Safeguarding Practice Review and Relevant Agency (England) Regulations 2018 the "
            "safeguarding partners have named the relevant agencies below. We have chosen agencies whose work "
            "brings them into regular contact with children and families in Pellingford and Marrowby, or whose "
            "decisions affect children's safety, and whose contribution we need to deliver our priorities.",
        ),
        (
            "table",
            ("Relevant agency", "Why it is included"),
            [
                (
                    "Pellingford Teaching Hospitals NHS Trust",
                    "Runs the emergency departments, maternity and children's wards used by most families in "
                    "both areas.",
                ),
                (
                    "Marrowby and District Community Health NHS Trust",
                    "Provides health visiting, school nursing and community paediatrics.",
                ),
                (
                    "Eastvale Partnership NHS Foundation Trust",
                    "Provides child and adolescent and adult mental health services; parental mental health is a "
                    "recurring theme in our reviews.",
                ),
                (
                    "Probation Service, Pellingford and Marrowby delivery unit",
                    "Supervises adults who may pose a risk to children or who are themselves parents.",
                ),
                (
                    "Schools, academies, free schools, independent schools, colleges and registered early years "
                    "providers in both areas",
                    "Education sees more children, more often, than any other service (see section 5).",
                ),
                ("Cafcass", "Works with children who are the subject of family court proceedings."),
                (
                    "Housing associations with more than 500 homes in either area",
                    "Often the first to notice neglect or domestic abuse in a household.",
                ),
                (
                    "Voluntary and community organisations working with children, through Pellingford Voluntary Action",
                    "Reach families who do not use statutory services.",
                ),
            ],
        ),
        (
            "p",
            "Relevant agencies take part in the arrangements in four ways: by naming a senior safeguarding lead "
            "who is the partnership's point of contact; by completing the partnership's section 11 "
            "self-assessment every two years and presenting it to a peer challenge panel; by supplying "
            "information to the Practice Review Group when asked; and by sending a representative to the "
            "Partnership Conference each year.",
        ),
        ("h1", "5. Schools, colleges and early years"),
        (
            "p",
            "Education and childcare settings take part in strategic decisions through their places on the "
            "Safeguarding Executive: the Directors of Education for both councils, a primary and a secondary "
            "headteacher elected in turn by the headteachers' associations of each area, and the Principal of "
            "Marrowby College on behalf of further education.",
        ),
        (
            "p",
            "At an operational level the Education Safeguarding Forum meets each half-term and brings together "
            "designated safeguarding leads (DSLs) from schools and colleges, early years providers and the "
            "education safeguarding advisers of both councils. The Forum feeds the views of settings into each "
            "priority's delivery plan. An education safeguarding adviser works in both CASH and MASH, and a DSL "
            "is invited to every rapid review involving a child of school age. The six independent schools in the "
            "area are invited to the Forum on the same basis as maintained schools and academies.",
        ),
        ("h1", "6. Hearing from children and families"),
        (
            "p",
            "Under the 2019 arrangements, the former Pellingford partnership ran a Young Advisers group of twelve "
            "young people aged 13 to 19, who met the Executive each term, helped to write a young people's "
            "version of the annual report and sat on the panel that recruited the business manager. Marrowby's "
            "2019 arrangements relied on a yearly survey of secondary school pupils carried out with the "
            "council's youth service.",
        ),
        (
            "p",
            "Both approaches came to an end during 2021 and 2022. The partners remain committed to making sure "
            "that the experiences of children and families shape everything the partnership does.",
        ),
        ("pagebreak",),
        ("h1", "7. Independent scrutiny"),
        ("h2", "7.1 Our scrutineer"),
        (
            "p",
            "The LSPs have appointed Professor Helen Quarrington as the partnership's independent scrutineer for "
            "three years from April 2024. She is not employed by any of the partner agencies and is not a member "
            "of the Safeguarding Executive, although she may attend any partnership meeting.",
        ),
        ("h2", "7.2 What independent scrutiny does"),
        ("p", "The scrutineer's remit, agreed with the LSPs, is to:"),
        ("li", "provide support and challenge to the DSPs and the sub-groups, acting as a critical friend;"),
        (
            "li",
            "give the LSPs independent assurance about how effectively the arrangements are safeguarding "
            "children in both areas;",
        ),
        (
            "li",
            "offer independent advice where the safeguarding partners cannot agree, including on whether a "
            "local child safeguarding practice review should be commissioned;",
        ),
        ("li", "evaluate the arrangements themselves, and the partnership's annual report, before each is signed off."),
        (
            "p",
            "Each year the scrutineer agrees a scrutiny plan with the LSPs. The plan for 2024/25 includes a "
            "review of how well the two front doors share information, observation of two Executive meetings "
            "and an evaluation of the first year of the joint arrangements.",
        ),
        ("h2", "7.3 Acting on scrutiny findings"),
        (
            "p",
            "The scrutineer reports in writing to the LSPs twice a year. Each recommendation is entered on the "
            "Executive's scrutiny action log with a named DSP as owner and a date for completion; the business "
            "manager reports progress on the log to every Executive meeting, and the LSPs review any overdue "
            "action at their next meeting.",
        ),
        ("h1", "8. Local child safeguarding practice reviews"),
        (
            "p",
            "Where either council learns of a serious incident, that is, where abuse or neglect is known or "
            "suspected and a child has died or been seriously harmed, it notifies the national Child "
            "Safeguarding Practice Review Panel within five working days and informs the PRG. Any partner "
            "agency may also refer a case to the PRG.",
        ),
        (
            "p",
            "The PRG carries out a rapid review within 15 working days of the notification. The rapid review is "
            "sent to the national Panel with a recommendation on whether a local child safeguarding practice "
            "review (LCSPR) is needed. The DSPs make the final decision, taking account of any view expressed by "
            "the national Panel.",
        ),
        (
            "p",
            "Where an LCSPR is commissioned, the PRG proposes a reviewer from the regional framework of "
            "independent reviewers or, for less complex cases, a practitioner-led review; the DSPs approve the "
            "reviewer and the terms of reference, and the PRG oversees the review to completion.",
        ),
        (
            "p",
            "Completed LCSPR reports are sent to the national Panel and to the Secretary of State at least seven "
            "working days before publication. Reports are published on the partnership website and kept there "
            "for at least a year; where publishing the full report would harm a child, a summary of the findings "
            "and the improvements to be made is published instead.",
        ),
        ("pagebreak",),
        ("h1", "9. Learning and improvement"),
        ("h2", "9.1 Turning learning into practice"),
        (
            "p",
            "Every rapid review and LCSPR leads to an action plan with a named agency owner for each action. The "
            "PRG tracks these plans and closes an action only when the owning agency has shown that practice has "
            "changed, for example from supervision records or its own case sampling.",
        ),
        (
            "p",
            "Within a month of each review the business unit issues a two-page 'Learning in Focus' briefing, "
            "which partner agencies are asked to discuss in team meetings and to confirm that they have done so. "
            "Themes from national Panel reviews are mapped against local practice by the PRG twice a year and "
            "added to the same tracker where they apply to us.",
        ),
        ("h2", "9.2 Multi-agency training and audit"),
        (
            "p",
            "Multi-agency training and multi-agency case audit are the responsibility of the Learning and "
            "Development Sub-group, which will set out its approach in its terms of reference. The sub-group "
            "first meets in January 2025; until then, agencies continue to provide their own single-agency "
            "safeguarding training.",
        ),
        ("h2", "9.3 How will we know the arrangements are working?"),
        (
            "p",
            "How will we know the arrangements are working, and for which children are they working less well? "
            "These are questions the partners will ask themselves regularly as the joint arrangements bed in, "
            "and ones the scrutineer has been invited to ask of us.",
        ),
        (
            "p",
            "Partners share personal information about children and families in line with the Data Protection "
            "Act 2018, the UK GDPR and the partnership's information sharing agreement, which was refreshed in "
            "July 2024.",
        ),
        ("h1", "10. Meeting Needs Together"),
        (
            "p",
            "Meeting Needs Together is the threshold document for both areas. It describes the levels of need, "
            "from universal help through early help to statutory intervention, and what professionals should do "
            "at each level. It was revised in September 2024 so that its levels, language and routes into the "
            "two front doors match these arrangements, and the LSPs signed it off together with these "
            "arrangements.",
        ),
        ("h1", "11. Resourcing the partnership"),
        (
            "p",
            "The partners share the cost of the business unit (a business manager, two coordinators and an "
            "administrator), the independent scrutineer, practice reviews and the partnership's learning offer.",
        ),
        (
            "p",
            "The agreed contributions are: Pellingford City Council £164,000; Marrowby Council £118,000; the ICB "
            "£141,000; and Wrenfield Constabulary £67,000, a total of £490,000.",
        ),
        ("pagebreak",),
        ("h1", "12. Links with other partnerships"),
        ("p", "The partnership does not work alone. The links that matter most are:"),
        (
            "li",
            "the Health and Wellbeing Boards of both councils, which receive the partnership's annual report each "
            "autumn and with which we share a priority on the emotional health of young people;",
        ),
        (
            "li",
            "the Pellingford and Marrowby Safeguarding Adults Board, with which we run a joint Moving On Group "
            "for young people moving to adult services, and whose business manager attends our Executive;",
        ),
        (
            "li",
            "the two community safety partnerships, which jointly own the Exploitation and Missing Sub-group with "
            "us and lead locally on the serious violence duty;",
        ),
        (
            "li",
            "the Wrenfield MAPPA Strategic Management Board, on which the police DSP also sits, and which reports "
            "to our Executive once a year on the management of people who pose a risk to children;",
        ),
        (
            "li",
            "the Channel panels of both councils, whose chairs report any themes concerning children to the "
            "Exploitation and Missing Sub-group.",
        ),
        ("h1", "13. Reporting"),
        (
            "p",
            "The partnership publishes an annual report each September, covering the previous financial year, on "
            "the partnership website at www.pmscp.org.uk/publications, where reports from 2020 onwards remain "
            "available. Within seven days of publication the report is sent to the Child Safeguarding Practice "
            "Review Panel and to Foundations.",
        ),
        ("h1", "14. Review and sign-off"),
        (
            "p",
            "These arrangements will be reviewed by the Executive in November 2025, after the first annual report "
            "under them and the scrutineer's evaluation, and then at least every three years.",
        ),
        (
            "p",
            "The contributions in section 11 are for the financial year 2024/25 (1 April 2024 to 31 March 2025). "
            "The LSPs agree the contributions for each following year at their autumn meeting.",
        ),
        (
            "p",
            "These arrangements, including the scrutiny plan for 2024/25, the shared budget and Meeting Needs "
            "Together, were approved by the four lead safeguarding partners on 12 November 2024. Their signatures "
            "are in Appendix A.",
        ),
        ("pagebreak",),
        ("h1", "Appendix A: Signatures"),
        (
            "table",
            ("Lead safeguarding partner", "Signed"),
            [
                ("Gareth Ollerenshaw, Chief Executive, Pellingford City Council", "Signed 12 November 2024"),
                ("Annika Brightwell, Chief Executive, Marrowby Council", "Signed 12 November 2024"),
                ("Dr Tobias Vantreight, Chief Executive, the ICB", "Signed 12 November 2024"),
                ("Imelda Makepeace, Chief Constable, Wrenfield Constabulary", "Signed 12 November 2024"),
            ],
        ),
        ("h1", "Appendix B: Abbreviations"),
        (
            "table",
            ("Abbreviation", "Meaning"),
            [
                ("DSL", "Designated safeguarding lead"),
                ("DSP", "Delegated safeguarding partner"),
                ("ICB", "Integrated care board"),
                ("LCSPR", "Local child safeguarding practice review"),
                ("LSP", "Lead safeguarding partner"),
                ("MAPPA", "Multi-agency public protection arrangements"),
                ("PRG", "Practice Review Group"),
                ("WT2023", "Working Together to Safeguard Children 2023"),
            ],
        ),
        ("h1", "Appendix C: Glossary"),
        (
            "table",
            ("Term", "Definition"),
            [
                (
                    "Rapid review",
                    "A short multi-agency review of a serious incident, completed within 15 working days.",
                ),
                (
                    "Residential settings",
                    "The 21 registered children's homes in Pellingford and Marrowby and Sheldrake House, the "
                    "secure children's home in Marrowby. Their registered managers meet quarterly as the "
                    "Residential Settings Forum, which reports to the Safeguarding Executive, and Sheldrake House "
                    "is a relevant agency under these arrangements.",
                ),
                (
                    "Serious incident",
                    "An incident where abuse or neglect of a child is known or suspected and the child has died or "
                    "been seriously harmed.",
                ),
                (
                    "Threshold document",
                    "Local guidance on the criteria for action and the help available at each level of need.",
                ),
            ],
        ),
    ],
    "ho6-cdr-plain": [
        ("title", "Rathmoor Child Death Review Arrangements"),
        (
            "p",
            "Rathmoor Council and NHS Ellerby and Stanwick Integrated Care Board. Agreed 14 March 2023. "
            "Published 3 April 2023. Review date: March 2025.",
        ),
        ("h1", "About this document"),
        ("li", "This is a short guide to how the deaths of children are reviewed in Rathmoor."),
        (
            "li",
            "It follows the Child Death Review Statutory and Operational Guidance (England) 2018 and chapter 5 of "
            "Working Together to Safeguard Children 2018.",
        ),
        (
            "li",
            "It is written for professionals, and for families who want to know what happens after a child dies.",
        ),
        ("li", "It replaces the version dated September 2019."),
        (
            "li",
            "It applies to everyone in Rathmoor who works with children or families, in the NHS, the council, the "
            "police, schools, nurseries and voluntary organisations.",
        ),
        (
            "li",
            "Main changes since 2019: a new joint agency response rota, a named keyworker for every family and a "
            "new contact point for notifications.",
        ),
        ("h1", "Who is responsible"),
        (
            "li",
            "The child death review partners for Rathmoor are Rathmoor Council and NHS Ellerby and Stanwick "
            "Integrated Care Board (the ICB).",
        ),
        (
            "li",
            "The Council's Director of Public Health and the ICB's Director of Nursing and Quality act for the "
            "partners day to day.",
        ),
        (
            "li",
            "Rathmoor Police is not a child death review partner. The police take part in joint agency responses "
            "and send a representative to the Child Death Overview Panel (CDOP).",
        ),
        ("li", "The partners share equally the cost of the CDR coordinator post and the panel's running costs."),
        ("li", "The partners meet twice a year to check that the arrangements are working."),
        ("h1", "Which deaths we review"),
        (
            "li",
            "We review the death of every child, from birth up to their 18th birthday, who was normally resident "
            "in Rathmoor, whatever the cause and wherever in the UK or abroad the death happened.",
        ),
        ("li", "This includes babies born alive at any gestation who die soon after birth."),
        (
            "li",
            "We do not review stillbirths. These are reviewed by the hospital using the Perinatal Mortality Review "
            "Tool.",
        ),
        ("li", "We do not review planned terminations of pregnancy carried out within the law."),
        (
            "li",
            "We don't yet have an agreed approach for children who die in Rathmoor but normally lived somewhere "
            "else, for example babies cared for in the regional neonatal unit at Rathmoor General Hospital. No "
            "arrangement is in place with other areas for these deaths.",
        ),
        ("h1", "What happens after a child dies"),
        ("h2", "Notification"),
        (
            "li",
            "Any professional who learns of the death of a child tells the CDR coordinator, using the eCDOP "
            "notification form, by the end of the next working day.",
        ),
        (
            "li",
            "The coordinator asks every agency that knew the child or family to complete a reporting form within "
            "28 days.",
        ),
        (
            "li",
            "Out of hours, professionals should call the hospital switchboard and ask for the on-call paediatrician.",
        ),
        ("h2", "Joint agency response (JAR)"),
        (
            "li",
            "A JAR starts when a child's death is unexpected: for example a sudden unexplained death in infancy, a "
            "suicide, or a death from an accident or injury.",
        ),
        (
            "li",
            "The on-call paediatrician and an officer from the police Child Abuse Investigation Team meet the "
            "family, usually at home, within 24 hours where possible.",
        ),
        ("li", "A first information-sharing meeting is held within three working days."),
        (
            "li",
            "The paediatrician and the police agree together what investigations are needed, and keep the coroner "
            "informed.",
        ),
        ("h2", "Child death review meeting (CDRM)"),
        (
            "li",
            "A CDRM is held for every death once investigations are complete. For a death in hospital it is "
            "usually part of the hospital's mortality meeting.",
        ),
        (
            "li",
            "Professionals who cared for the child meet to agree what happened and why, and complete the draft "
            "analysis form for the panel.",
        ),
        ("h2", "A keyworker for every family"),
        (
            "li",
            "Every bereaved family is offered a named keyworker, usually a specialist nurse from the bereavement "
            "team at Rathmoor General Hospital.",
        ),
        (
            "li",
            "The keyworker explains each stage of the review, passes the family's questions to the CDRM and the "
            "panel, and tells the family the outcome.",
        ),
        ("h2", "The process at a glance"),
        (
            "p",
            "Figure 1: Flowchart of the child death review process in Rathmoor, from notification through the JAR "
            "and the CDRM to the Ellerby Coast CDOP, which reviews the deaths of children from Rathmoor, Stanwick "
            "Bay and Ellerby Wolds (about 70 a year), and on to the National Child Mortality Database.",
        ),
        ("h2", "Timescales"),
        (
            "table",
            ("Step", "When"),
            [
                ("Notification to the CDR coordinator", "By the end of the next working day"),
                ("JAR home visit (unexpected deaths)", "Within 24 hours where possible"),
                ("Agency reporting forms", "Within 28 days"),
                ("CDRM", "When investigations are complete"),
                ("Review by the panel", "At the next panel after the CDRM"),
            ],
        ),
        ("h1", "The Child Death Overview Panel"),
        (
            "li",
            "The CDOP is the final, independent stage of every review. It looks at each death after the CDRM.",
        ),
        ("li", "It meets every two months."),
        (
            "li",
            "Panel members do not review a death in which they were personally involved; another member from "
            "the same service takes their place.",
        ),
        (
            "li",
            "It is chaired by a consultant in public health who has not been involved in the care of any child "
            "whose death is being reviewed.",
        ),
        (
            "table",
            ("Panel member", "From"),
            [
                ("Chair", "Public health"),
                ("Designated doctor for child deaths", "The ICB"),
                ("Consultant paediatrician", "Rathmoor General Hospital"),
                ("Senior nurse", "Community health services"),
                ("Detective inspector", "Rathmoor Police"),
                ("Service manager", "Children's social care"),
                ("Education safeguarding lead", "Rathmoor Council"),
                ("Lay member", "Appointed by the CDR partners"),
            ],
        ),
        ("h1", "What we do with what we learn"),
        (
            "li",
            "For each death, the panel agrees the category of death and whether there were modifiable factors, "
            "and records this on eCDOP for the National Child Mortality Database (NCMD).",
        ),
        (
            "li",
            "Twice a year the panel looks across all the deaths it has reviewed to find patterns, such as unsafe "
            "sleeping, suicide or deaths on the roads.",
        ),
        (
            "li",
            "Where a review points to a change that any organisation could make, the panel sends a written "
            "recommendation to that organisation's safeguarding lead and records it on a learning log. The "
            "coordinator chases a response within two months.",
        ),
        (
            "li",
            "Themes are shared with the Rathmoor Safeguarding Children Partnership, the Health and Wellbeing Board "
            "and the hospital's maternity and neonatal safety champions.",
        ),
        (
            "li",
            "Examples: a safer-sleep campaign run with health visitors in 2022, and water-safety signs at "
            "Rathmoor Lido after a drowning.",
        ),
        ("h1", "Working with the coroner"),
        (
            "li",
            "Every unexpected death of a child is reported to the coroner, who decides whether a post-mortem "
            "examination and an inquest are needed.",
        ),
        (
            "li",
            "The JAR paediatrician and the police share the information gathered at the home visit with the "
            "coroner's officer.",
        ),
        (
            "li",
            "The CDRM and the panel wait for the coroner's findings where these are likely to change what is "
            "learned, but the panel can review a death before an inquest if the coroner agrees.",
        ),
        ("h1", "Deaths that need extra steps"),
        (
            "li",
            "If a child dies in circumstances that suggest abuse or neglect, the CDR coordinator tells the Rathmoor "
            "Safeguarding Children Partnership the same day so that it can decide whether a rapid review is needed.",
        ),
        (
            "li",
            "The deaths of young people aged 4 and over with a learning disability or autism are also notified "
            "to the LeDeR programme.",
        ),
        (
            "li",
            "Where a child dies while detained under the Mental Health Act or in youth custody, the coordinator "
            "makes sure the relevant independent investigation is informed and that its findings reach the CDRM.",
        ),
        ("h1", "Sharing information"),
        (
            "li",
            "Agencies must share information with the CDR coordinator for the purpose of the review. Information "
            "is held on eCDOP and only the people who need it can see it.",
        ),
        (
            "li",
            "Reports to the panel do not include the child's name or address. Panel members are reminded at each "
            "meeting that the discussion is confidential.",
        ),
        ("h1", "Running the arrangements"),
        (
            "li",
            "The CDR coordinator is employed by Rathmoor Council in the public health team and manages "
            "notifications, reporting forms, the panel's papers and the learning log.",
        ),
        (
            "li",
            "Professionals who may take part in a JAR or a CDRM are offered a half-day briefing on the process "
            "each year by the designated doctor for child deaths.",
        ),
        ("h1", "Reporting"),
        (
            "li",
            "The national guidance asks child death review partners to publish a report on what they have done "
            "and how effective it has been.",
        ),
        (
            "li",
            "How and when Rathmoor will publish its own report is to be reviewed when the new eCDOP system is in "
            "place.",
        ),
        ("li", "Meanwhile the CDR coordinator keeps a record of the deaths reviewed and the actions agreed."),
        ("h1", "Support for families"),
        (
            "li",
            "Families can ask their keyworker about bereavement support at any time, including after the review "
            "has finished.",
        ),
        ("li", "Brothers and sisters can be referred to the school nursing service for support."),
        ("li", "Families can ask to see a summary of the panel's findings about their child."),
        (
            "li",
            "If a family is unhappy with how the review was carried out, they can tell their keyworker or contact "
            "the CDR coordinator directly. The Director of Public Health will look into any complaint.",
        ),
        (
            "li",
            "Families who do not speak English as a first language are offered an interpreter at every meeting.",
        ),
        ("h1", "Contacting us"),
        (
            "li",
            "Notifications and questions from professionals: the CDR coordinator, Rathmoor Council public health "
            "team, Monday to Friday, 9am to 5pm.",
        ),
        (
            "li",
            "Out of hours, deaths should be reported to the on-call paediatrician at Rathmoor General Hospital, "
            "who will pass the notification to the coordinator on the next working day.",
        ),
        ("h1", "Useful links"),
        ("li", "Ellerby Coast CDOP: www.ellerbycoastcdop.org.uk"),
        ("li", "National Child Mortality Database: www.ncmd.info"),
        ("li", "The Lullaby Trust (safer sleep and bereavement support): www.lullabytrust.org.uk"),
        ("li", "Child Bereavement UK: www.childbereavementuk.org"),
        ("h1", "Words we use"),
        (
            "table",
            ("Word", "Meaning"),
            [
                ("CDOP", "Child Death Overview Panel"),
                ("CDRM", "Child death review meeting"),
                ("eCDOP", "The secure online system used to record child death reviews"),
                ("JAR", "Joint agency response"),
                ("Modifiable factors", "Things which, if changed, might reduce the risk of future child deaths"),
                ("NCMD", "National Child Mortality Database"),
            ],
        ),
    ],
}
