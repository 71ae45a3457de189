"""Held-out arrangements documents, fourth set: one WT2023 and one WT2018, written from the requirement
catalogue alone, in a local partnership's own words, after the packs were written and never used to
tune them. Neither document re-uses the wording of the other hard cases.

- ``ho4-wt23-tables``: the Haverleigh Safeguarding Children Partnership's arrangements under Working
  Together 2023 (published May 2025), terse and table-heavy, with abbreviations throughout (LSP, DSP,
  ICB, CSPR, MASH, SPE): a "Who we are" table of lead and delegated partners, a governance table, a
  long list of relevant agencies with a one-line reason each, and a table of funding contributions.
  Independent scrutiny is met only in a two-column table row ("Independent scrutiny | Provided by ...
  who ..."). Weak on purpose: links with other strategic boards appear only in the contents (the
  section was dropped from the body; the adults board and community safety partnership appear only in
  the useful links and the abbreviations); the dataset and its protected-characteristics breakdown are
  "to be confirmed following the review in 2026"; the voice of children and families is negated ("does
  not have its own means of hearing from children"); the yearly report appears only as what Working
  Together 2023 requires and in the useful links; the threshold document appears only in the useful
  links; the police DSP is given by post only ("post holder listed on the HSCP website").
- ``ho4-wt18-2019``: the Fellbrook Safeguarding Children Partnership's arrangements under Working
  Together 2018 (published June 2019), in the long narrative style of that year: an executive summary,
  numbered paragraphs (1.1, 1.2 ...) and appendices. Training and audit are met only in a two-column
  page. Weak on purpose: where the annual report will be published is only in a footnote; the secure
  children's home in the county appears only in the glossary; funding is "partners will explore options
  for a pooled budget"; the voice of children and families is a heading with nothing under it (plus a
  vision statement in the executive summary); relevant agencies are a bare appendix list with no reason
  given for choosing them.

Labels: ``labels/ho4-wt23-tables.yaml`` and ``labels/ho4-wt18-2019.yaml`` (the kind of each document is
declared there).
"""

from __future__ import annotations

CASES: dict[str, list[tuple]] = {
    "ho4-wt23-tables": [
        ("title", "Haverleigh Safeguarding Children Partnership: Multi-Agency Safeguarding Arrangements 2025"),
        (
            "p",
            "Version 3.0. Published 2 May 2025. Next review: April 2027. These arrangements replace the HSCP "
            "arrangements of September 2019 and follow Working Together to Safeguard Children 2023 (WT2023).",
        ),
        (
            "toc",
            [
                ("1. Who we are", 2),
                ("2. Area covered", 2),
                ("3. Governance", 3),
                ("4. Independent scrutiny", 3),
                ("5. Relevant agencies", 4),
                ("6. Education and childcare", 5),
                ("7. Children's homes and secure settings", 5),
                ("8. Links with other strategic boards", 5),
                ("9. Voice of children and families", 6),
                ("10. Funding", 6),
                ("11. Data and intelligence", 6),
                ("12. Training and audit", 7),
                ("13. Case reviews and learning", 7),
                ("14. Front door and disagreements", 8),
                ("15. Yearly report", 8),
                ("16. Approval", 8),
                ("Appendix A: Abbreviations", 9),
                ("Appendix B: Useful links", 9),
            ],
        ),
        ("pagebreak",),
        ("h1", "1. Who we are"),
        (
            "p",
            "The Haverleigh Safeguarding Children Partnership (HSCP) is how the three statutory safeguarding "
            "partners for Haverleigh work together, and with relevant agencies, to protect children and promote "
            "their welfare. The partners are Haverleigh Borough Council (HBC), NHS Haverleigh and Ostley "
            "Integrated Care Board (ICB) and Ostley and Haverleigh Constabulary.",
        ),
        (
            "table",
            ("Role", "Post and post holder"),
            [
                ("LSP - HBC", "Chief Executive: Marcus Tenby-Rhodes"),
                ("LSP - ICB", "Chief Executive: Dr Fiona Aldergate"),
                ("LSP - Constabulary", "Chief Constable: Priya Sandhurst-Kaur"),
                ("DSP - HBC", "Corporate Director, Children and Families: Owen Mallory"),
                ("DSP - ICB", "Chief Nursing Officer: Bernadette Quayle"),
                (
                    "DSP - Constabulary",
                    "Detective Chief Superintendent, Head of Public Protection (post holder listed on the HSCP "
                    "website)",
                ),
                ("HSCP chair", "Bernadette Quayle (ICB DSP), see section 3"),
                ("Independent Scrutineer", "Dr Imogen Rathbone-Osei, see section 4"),
                ("Business Manager", "Leanne Pockett, HSCP Business Unit"),
            ],
        ),
        (
            "p",
            "LSPs keep final accountability for the arrangements. Each LSP has delegated its day-to-day "
            "functions to its DSP, who can speak for the agency, make decisions on its behalf and commit its "
            "resources. LSPs and DSPs meet together twice a year.",
        ),
        ("h1", "2. Area covered"),
        (
            "p",
            "The arrangements cover the borough of Haverleigh, that is the whole area of Haverleigh Borough "
            "Council, including the towns of Haverleigh, Brindlemoor and Stourmere Quay and the surrounding "
            "villages. About 61,000 children and young people live here.",
        ),
        (
            "p",
            "The ICB and the Constabulary also serve Ostley district, which has its own safeguarding children "
            "partnership. Where a child's case crosses the boundary, the two MASHs share information under a "
            "joint protocol.",
        ),
        ("pagebreak",),
        ("h1", "3. Governance"),
        (
            "table",
            ("Group", "Who, how often, what for"),
            [
                (
                    "LSP meeting",
                    "3 LSPs and 3 DSPs; twice yearly. Holds the DSPs to account for delivery; agrees the "
                    "shared budget and the scrutiny plan.",
                ),
                (
                    "Safeguarding Partnership Executive (SPE)",
                    "3 DSPs, Director of Education (HBC), two headteacher representatives (one primary, one "
                    "secondary), HSCP Business Manager; Independent Scrutineer attends. Six-weekly. Sets the "
                    "three-year priorities from the JSNA, learning from rapid reviews and CSPRs, scrutiny "
                    "findings and what practitioners tell us; agrees the annual business plan; holds the "
                    "sub-groups to account.",
                ),
                (
                    "Case Review Group (CRG)",
                    "Nominees of the 3 DSPs, Designated Doctor and Designated Nurse, Head of MASH, education "
                    "safeguarding adviser. Monthly. Rapid reviews; recommends CSPRs; oversees reviews.",
                ),
                (
                    "Learning and Improvement Group (LIG)",
                    "Training leads, quality assurance leads of each partner. Bi-monthly. Training programme, "
                    "multi-agency audit, learning briefings, tracking CSPR actions.",
                ),
                (
                    "Education Safeguarding Group (ESG)",
                    "Director of Education (chair), DSLs, early years, FE and independent school leads. "
                    "Termly. Operational link to schools and settings.",
                ),
                (
                    "MASH Operational Group",
                    "Heads of service from HBC, the Constabulary and the ICB. Monthly. Performance of the "
                    "front door, consistency of decisions, escalations.",
                ),
                (
                    "Partnership Forum",
                    "All relevant agencies. Twice yearly. Tests the priorities and hears progress from the SPE.",
                ),
            ],
        ),
        ("p", "HSCP priorities 2025-2028, agreed by the SPE in February 2025:"),
        ("li", "Neglect, including the impact of poverty and poor housing on younger children."),
        ("li", "Children at risk of harm outside the home, including criminal exploitation and county lines."),
        ("li", "Adolescents' emotional health, self-harm and suicide risk."),
        (
            "p",
            "Each priority has a lead DSP and a delivery plan. The SPE reviews one priority in depth at each "
            "meeting, so that every plan is examined at least twice a year, and moves resources where a plan "
            "is off track.",
        ),
        (
            "p",
            "Chair. The SPE chair rotates between the three DSPs every two years. The LSPs chose the ICB DSP, "
            "Bernadette Quayle, as chair from April 2025. The chair sets SPE agendas, makes sure decisions are "
            "recorded and followed up, and represents the HSCP regionally and nationally. The chair is not the "
            "source of independent scrutiny.",
        ),
        ("h1", "4. Independent scrutiny"),
        (
            "table",
            None,
            [
                (
                    "Independent scrutiny",
                    "Provided by Dr Imogen Rathbone-Osei, Independent Scrutineer since September 2024, who "
                    "reports in writing to the LSPs twice a year and whose recommendations are entered on the "
                    "SPE improvement log with an owner and a deadline and reviewed at every SPE until closed.",
                ),
                (
                    "Remit",
                    "Support and challenge to the DSPs; independent assurance to the LSPs on how well the "
                    "arrangements keep children safe; critical friend to the sub-groups; advice where the "
                    "partners disagree, including on whether to commission a CSPR; an annual evaluation of the "
                    "arrangements themselves.",
                ),
                (
                    "Scrutiny plan 2025/26",
                    "Quarterly themes agreed with the LSPs: MASH decision-making; progress on CSPR actions; "
                    "education representation; partner attendance and contribution.",
                ),
                ("Term", "Two years from September 2024, renewable once. Paid from the shared budget (section 10)."),
            ],
        ),
        ("pagebreak",),
        ("h1", "5. Relevant agencies"),
        (
            "p",
            "The partners have named the following bodies as relevant agencies under the 2018 Regulations. "
            "Each is included for the reason shown.",
        ),
        (
            "li",
            "Haverleigh Hospitals NHS Foundation Trust: its emergency department, maternity and paediatric wards "
            "see the most seriously ill and injured children.",
        ),
        (
            "li",
            "Ostley and Haverleigh Community Health NHS Trust: health visitors and school nurses reach every "
            "family with a young child.",
        ),
        (
            "li",
            "Haverleigh and Ostley Mental Health NHS Foundation Trust: CAMHS, and adult services working with parents.",
        ),
        (
            "li",
            "GP practices, through the two primary care network safeguarding leads: first contact for most families.",
        ),
        ("li", "Central Shires Ambulance Service NHS Trust: often first on scene when a child is hurt."),
        ("li", "Probation Service, Haverleigh delivery unit: manages adults who may pose a risk to children."),
        ("li", "Haverleigh Youth Justice Service: works with children in, or at risk of entering, the justice system."),
        ("li", "Cafcass: represents children in family proceedings."),
        (
            "li",
            "All maintained schools, academies, free schools and independent schools in Haverleigh: staff see "
            "children every school day.",
        ),
        (
            "li",
            "Ofsted-registered early years providers and childminders: care for the youngest and least visible "
            "children.",
        ),
        ("li", "Haverleigh College and other 16-19 providers: teach and train older young people."),
        ("li", "The 14 registered children's homes in Haverleigh: look after children in care (section 7)."),
        ("li", "Haverleigh Homes and other social landlords: housing officers see families in crisis."),
        ("li", "Ostley and Haverleigh Fire and Rescue Service: home safety visits take crews into family homes."),
        ("li", "British Transport Police: policing of the rail network, where exploited children travel."),
        (
            "li",
            "Haverleigh Council for Voluntary Service: speaks for the voluntary and community groups that run "
            "services for children.",
        ),
        (
            "li",
            "Sports clubs and faith groups in the HSCP community safeguarding scheme: run activities for large "
            "numbers of children.",
        ),
        (
            "p",
            "How relevant agencies work with us: each names a safeguarding lead, completes the HSCP section 11 "
            "self-assessment every two years, gives information to the CRG when asked, takes part in "
            "multi-agency audits and sends a representative to the Partnership Forum. Agencies that do not take "
            "part are raised with the DSPs and, if needed, the LSPs.",
        ),
        ("h1", "6. Education and childcare"),
        (
            "p",
            "Strategic: the Director of Education and two headteacher representatives, elected by the "
            "Haverleigh Headteachers' Association, are full members of the SPE. An early years representative "
            "joins the SPE when early years items are discussed.",
        ),
        (
            "p",
            "Operational: the ESG brings together DSLs and early years and FE leads each term; an education "
            "safeguarding adviser works in the MASH three days a week and sits on the CRG; schools take part "
            "in every multi-agency audit where a pupil is in the sample; and a DSL network meets every half "
            "term.",
        ),
        ("h1", "7. Children's homes and secure settings"),
        (
            "p",
            "There is no secure children's home, young offender institution or secure training centre in "
            "Haverleigh. There are 14 registered children's homes (11 private, 3 run by HBC), all named as "
            "relevant agencies. Their registered managers attend a quarterly Children's Homes Safeguarding "
            "Forum chaired by HBC's Head of Quality Assurance, and each home notifies the MASH when a child from "
            "another area is placed there so that local agencies know the child has arrived.",
        ),
        ("pagebreak",),
        ("h1", "9. Voice of children and families"),
        (
            "p",
            "The HSCP does not have its own means of hearing from children, young people or families: there is "
            "no partnership youth forum, survey or parent panel, and children and families are not involved in "
            "HSCP audits or reviews.",
        ),
        ("h1", "10. Funding"),
        ("p", "Shared budget for 2025/26 (1 April 2025 to 31 March 2026), agreed by the LSPs:"),
        (
            "table",
            ("Contributor", "2025/26"),
            [
                ("Haverleigh Borough Council", "£148,000 (50%)"),
                ("NHS Haverleigh and Ostley ICB", "£88,800 (30%)"),
                ("Ostley and Haverleigh Constabulary", "£59,200 (20%)"),
                ("Total", "£296,000"),
            ],
        ),
        (
            "p",
            "The budget pays for the HSCP Business Unit (4.6 FTE), the Independent Scrutineer, the training "
            "programme and reviewers for CSPRs. Relevant agencies contribute in kind, for example venues and "
            "trainers. Any underspend is carried forward to the next year.",
        ),
        ("h1", "11. Data and intelligence"),
        (
            "p",
            "The HSCP multi-agency dataset, the analytical support behind it and how it is broken down by "
            "protected characteristics are to be confirmed following the review in 2026.",
        ),
        ("p", "Partners share personal information under the HSCP information sharing agreement and UK GDPR."),
        ("pagebreak",),
        ("h1", "12. Training and audit"),
        (
            "table",
            None,
            [
                (
                    "Training needs",
                    "The LIG carries out a training needs analysis each spring, drawing on audit findings, "
                    "CSPRs and a workforce survey.",
                ),
                (
                    "Training programme",
                    "About 40 multi-agency courses a year, commissioned from partner trainers and two "
                    "specialist providers, free to staff of relevant agencies.",
                ),
                (
                    "Impact",
                    "Participants rate their confidence before and after each course; a sample, and their "
                    "managers, are surveyed three months later about changes in practice. Results go to the LIG "
                    "each quarter.",
                ),
                (
                    "Multi-agency audit",
                    "Four themed audits a year and one deep dive, linked to the priorities; findings and actions "
                    "go to the SPE, and each theme is re-audited within 12 months.",
                ),
            ],
        ),
        ("h1", "13. Case reviews and learning"),
        (
            "p",
            "HBC notifies serious incidents to the national Child Safeguarding Practice Review Panel within five "
            "working days. The CRG completes a rapid review within 15 working days and sends it to the Panel, "
            "with a recommendation to the DSPs on whether a CSPR is needed. The DSPs decide. Reviewers are "
            "commissioned from an approved list by the Business Manager, their appointment is agreed by the "
            "DSPs, and the CRG oversees the review.",
        ),
        (
            "p",
            "Final CSPR reports go to the Panel and the Secretary of State at least seven working days before "
            "publication and are published on the HSCP website for at least one year. If publishing in full "
            "would harm a child, the DSPs publish a summary of findings instead and tell the Panel why.",
        ),
        (
            "p",
            "Every review has an action plan owned by a named partner. The LIG tracks each action until audit "
            "shows the change in practice, and only then closes it. Learning reaches practitioners through "
            "seven-minute briefings, a learning event within three months of publication, and the DSL and "
            "children's homes networks. Learning from national reviews and Panel reports is mapped against "
            "local practice in the same way.",
        ),
        ("h1", "14. Front door and disagreements"),
        (
            "p",
            "The Haverleigh MASH, staffed by HBC social workers, police officers, health practitioners and an "
            "education adviser, receives all contacts about children's safety. A decision on each contact is "
            "made within one working day.",
        ),
        (
            "p",
            "Practitioners who disagree with another agency's decision follow the HSCP escalation procedure: "
            "practitioner to practitioner, then manager to manager, then head of service. Disagreements not "
            "resolved at head of service level go to the DSPs, who may ask the Independent Scrutineer for "
            "advice.",
        ),
        ("h1", "15. Yearly report"),
        (
            "p",
            "Working Together 2023 requires the safeguarding partners to publish a yearly report on what they "
            "have done as a result of the arrangements and how effective they have been, and to send it to the "
            "Child Safeguarding Practice Review Panel and Foundations within seven days of publication.",
        ),
        ("h1", "16. Approval"),
        (
            "p",
            "These arrangements, including the scrutiny plan and the shared budget for 2025/26, were signed off "
            "by the three LSPs on 24 April 2025.",
        ),
        (
            "table",
            ("Lead safeguarding partner", "Signed"),
            [
                ("Marcus Tenby-Rhodes, Chief Executive, Haverleigh Borough Council", "24 April 2025"),
                ("Dr Fiona Aldergate, Chief Executive, NHS Haverleigh and Ostley ICB", "24 April 2025"),
                ("Priya Sandhurst-Kaur, Chief Constable, Ostley and Haverleigh Constabulary", "24 April 2025"),
            ],
        ),
        ("pagebreak",),
        ("h1", "Appendix A: Abbreviations"),
        (
            "table",
            ("Abbreviation", "Meaning"),
            [
                ("CRG", "Case Review Group"),
                ("CSP", "Haverleigh Community Safety Partnership, which leads on serious violence and domestic abuse"),
                ("CSPR", "Child safeguarding practice review"),
                ("DSL", "Designated safeguarding lead in a school or college"),
                ("DSP", "Delegated safeguarding partner"),
                ("ESG", "Education Safeguarding Group"),
                ("HSAB", "Haverleigh Safeguarding Adults Board, which shares the HSCP Business Unit"),
                ("HWB", "Haverleigh Health and Wellbeing Board, which receives the HSCP's priorities each year"),
                ("ICB", "Integrated care board"),
                ("JSNA", "Joint strategic needs assessment"),
                ("LIG", "Learning and Improvement Group"),
                ("LSP", "Lead safeguarding partner"),
                ("MASH", "Multi-agency safeguarding hub"),
                ("SPE", "Safeguarding Partnership Executive"),
            ],
        ),
        ("h1", "Appendix B: Useful links"),
        (
            "li",
            "Haverleigh Levels of Need, the threshold document used with these arrangements: "
            "www.haverleighscp.org.uk/levels-of-need",
        ),
        ("li", "HSCP yearly reports: www.haverleighscp.org.uk/yearly-report"),
        ("li", "Haverleigh Safeguarding Adults Board: www.haverleighsab.org.uk"),
        ("li", "Haverleigh Community Safety Partnership: www.haverleigh.gov.uk/community-safety"),
        ("li", "Multi-agency training courses and booking: www.haverleighscp.org.uk/training"),
        (
            "li",
            "Working Together to Safeguard Children 2023: "
            "www.gov.uk/government/publications/working-together-to-safeguard-children--2",
        ),
    ],
    "ho4-wt18-2019": [
        ("title", "Fellbrook Safeguarding Children Partnership: Multi-Agency Safeguarding Arrangements"),
        (
            "p",
            "Published by Fellbrook County Council, NHS Fellbrook Clinical Commissioning Group and Fellbrook "
            "Constabulary, 24 June 2019. These arrangements take effect on 29 September 2019 and are made under "
            "the Children Act 2004, as amended by the Children and Social Work Act 2017, and Working Together to "
            "Safeguard Children 2018.",
        ),
        (
            "toc",
            [
                ("Executive summary", 2),
                ("1. Introduction and context", 3),
                ("2. The safeguarding partners and the area", 3),
                ("3. Leadership and governance", 4),
                ("4. Independent scrutiny", 5),
                ("5. Working with others", 6),
                ("6. Funding", 7),
                ("7. Learning and improvement", 8),
                ("8. The Fellbrook Continuum of Need", 10),
                ("9. Moving on from the LSCB", 10),
                ("Appendix A: Structure of the partnership", 11),
                ("Appendix B: Relevant agencies", 11),
                ("Appendix C: Glossary", 12),
            ],
        ),
        ("pagebreak",),
        ("h1", "Executive summary"),
        (
            "p",
            "From 29 September 2019 the Fellbrook Local Safeguarding Children Board (LSCB) will be replaced by "
            "the Fellbrook Safeguarding Children Partnership. The Children and Social Work Act 2017 placed a "
            "shared and equal duty on the local authority, the clinical commissioning group and the police to "
            "make arrangements, with other organisations, to safeguard and promote the welfare of children in "
            "their area. This document describes the arrangements the three partners have agreed for Fellbrook.",
        ),
        (
            "p",
            "Our vision is simple: every child in Fellbrook grows up safe, healthy and listened to, and the voice "
            "of the child is at the heart of everything we do.",
        ),
        (
            "p",
            "The new arrangements keep what worked well under the LSCB, including strong district forums and a "
            "respected training offer, while giving the three partners clearer leadership and accountability. "
            "The main changes are a smaller Executive made up of senior leaders from the three partners, a new "
            "independent scrutineer in place of the LSCB's independent chair, and a single case review process "
            "for rapid reviews and child safeguarding practice reviews.",
        ),
        (
            "p",
            "The partners will review these arrangements after their first year of operation, drawing on the "
            "independent scrutineer's assessment, and publish any changes.",
        ),
        ("footnote", "1 The partnership's annual report will be published at www.fellbrookscp.org.uk/annual-report."),
        ("pagebreak",),
        ("h1", "1. Introduction and context"),
        (
            "p",
            "1.1 Working Together to Safeguard Children 2018 sets out what organisations and agencies must and "
            "should do to help, protect and promote the welfare of children. Chapter 3 requires the safeguarding "
            "partners for each local area to publish their arrangements by 29 June 2019 and to implement them "
            "within three months of publication.",
        ),
        (
            "p",
            "1.2 The Fellbrook LSCB has served the county since 2006. An Ofsted review of the LSCB in 2017 judged "
            "it good, and the partners have taken care to carry forward its strengths: its district safeguarding "
            "forums, its multi-agency training offer and its close links with schools.",
        ),
        (
            "p",
            "1.3 The arrangements were developed between October 2018 and May 2019 by a design group of senior "
            "officers from the three partners. Drafts were discussed with LSCB members, headteachers, the "
            "voluntary sector and front-line practitioners at four district events attended by more than 300 "
            "people.",
        ),
        (
            "p",
            "1.4 The arrangements apply to every organisation and agency that works with children in Fellbrook. "
            "They should be read alongside the Fellbrook multi-agency child protection procedures, which all "
            "agencies follow.",
        ),
        ("h1", "2. The safeguarding partners and the area"),
        (
            "p",
            "2.1 The three safeguarding partners for Fellbrook are Fellbrook County Council, NHS Fellbrook "
            "Clinical Commissioning Group and Fellbrook Constabulary. They share equal responsibility for the "
            "arrangements and have agreed that no one partner leads on behalf of the others.",
        ),
        (
            "p",
            "2.2 The arrangements cover the administrative county of Fellbrook, made up of the districts of "
            "Wetherstone, Kilncote, Marlbeck and Dunholme. Fellbrook Constabulary and NHS Fellbrook Clinical "
            "Commissioning Group serve exactly the same area, so the three partners share a common boundary.",
        ),
        (
            "p",
            "2.3 Around 131,000 children and young people aged 0 to 17 live in Fellbrook. Wetherstone, the "
            "county town, has the highest levels of child poverty; Dunholme and Marlbeck are largely rural, "
            "with long travel distances to services.",
        ),
        (
            "p",
            "2.4 Each partner has nominated a senior lead with authority to speak and make decisions for it: "
            "the Director of Children's Services for the County Council, the Chief Nurse for the CCG and the "
            "Assistant Chief Constable for the Constabulary.",
        ),
        ("pagebreak",),
        ("h1", "3. Leadership and governance"),
        (
            "p",
            "3.1 The Fellbrook Safeguarding Children Executive is the partnership's strategic decision-making "
            "body. Its members are the three senior leads named at 2.4, a headteacher representative chosen by "
            "the Fellbrook Association of Headteachers and the partnership manager. The independent scrutineer "
            "attends as a non-voting member. The Executive meets every month and its chair rotates annually "
            "between the three senior leads.",
        ),
        (
            "p",
            "3.2 The Executive sets the partnership's priorities, agrees its business plan and budget, decides "
            "whether to commission child safeguarding practice reviews, and holds the sub-groups and agencies to "
            "account for their part in the arrangements.",
        ),
        (
            "p",
            "3.3 Each January the partnership manager prepares a safeguarding needs profile for the Executive, "
            "bringing together the Fellbrook Joint Strategic Needs Assessment, the partnership dataset, findings "
            "from audits and reviews, and feedback from the district forums. The Executive uses the profile to "
            "confirm or change the priorities and to set the business plan for the following year.",
        ),
        (
            "p",
            "3.4 For 2019 to 2021 the priorities are neglect, the exploitation of children (including county "
            "lines and child sexual exploitation) and children living with domestic abuse.",
        ),
        (
            "p",
            "3.5 The Executive is supported by four sub-groups: the Case Review Sub-group, the Quality Assurance "
            "Sub-group, the Learning and Development Sub-group and the Education Safeguarding Sub-group. Each "
            "sub-group has terms of reference agreed by the Executive and reports to it every quarter.",
        ),
        (
            "p",
            "3.6 A District Safeguarding Forum in each of the four districts brings together local practitioners "
            "and managers to share information about local issues and to take the partnership's priorities into "
            "local plans. All relevant agencies are invited to a Partnership Assembly twice a year, where the "
            "Executive reports on progress and agencies help shape the next business plan.",
        ),
        ("h1", "4. Independent scrutiny"),
        (
            "p",
            "4.1 The partners have appointed Professor Helen Varga-Whitlow as independent scrutineer for three "
            "years from September 2019. She has no employment or contractual link to any of the partners.",
        ),
        (
            "p",
            "4.2 The scrutineer's role is to give the partners, and the public, an independent view of how well "
            "children in Fellbrook are being safeguarded. She will examine the quality of multi-agency practice "
            "through case audits, visits to front-line teams and conversations with practitioners; test how the "
            "partners respond to learning from reviews; and challenge the Executive where progress is slow.",
        ),
        (
            "p",
            "4.3 Each year, between April and June, the scrutineer will review the effectiveness of these "
            "arrangements against the priorities and the standards in Working Together 2018, and present a "
            "written report to the three senior leads and to the chief executive of each partner.",
        ),
        (
            "p",
            "4.4 Each recommendation from the scrutineer is entered on the Executive's improvement plan with a "
            "lead partner and a completion date. The Executive checks progress at every meeting, and the "
            "scrutineer reports on whether the actions have made a difference in her next annual review.",
        ),
        ("pagebreak",),
        ("h1", "5. Working with others"),
        ("h2", "5.1 Relevant agencies"),
        (
            "p",
            "5.1.1 The organisations the partners have named as relevant agencies are listed in Appendix B. The "
            "2018 Regulations require relevant agencies to act in accordance with the arrangements.",
        ),
        ("h2", "5.2 Schools, colleges and early years"),
        (
            "p",
            "5.2.1 All schools in Fellbrook, including maintained schools, academies, free schools and "
            "independent schools, together with further education colleges and registered early years "
            "settings, are relevant agencies.",
        ),
        (
            "p",
            "5.2.2 The Education Safeguarding Sub-group is chaired by a secondary headteacher and includes "
            "representatives of primary, secondary and special schools, the academy trusts, the independent "
            "schools, Fellbrook College and early years providers. It advises the Executive on education issues "
            "and checks each school's annual safeguarding self-assessment.",
        ),
        (
            "p",
            "5.2.3 A designated safeguarding lead network meets once a term in each district. Education is "
            "represented on the Executive by the headteacher representative (3.1) and on the Case Review and "
            "Quality Assurance Sub-groups.",
        ),
        ("h2", "5.3 Other partnerships"),
        (
            "p",
            "5.3.1 The partnership works alongside the Fellbrook Safeguarding Adults Board, the Health and "
            "Wellbeing Board and the Safer Fellbrook Partnership. The three partnership managers meet every "
            "quarter, and a joint protocol sets out which body leads on shared issues such as domestic abuse "
            "and transition to adulthood.",
        ),
        ("h2", "5.4 Voice of children and families"),
        ("h1", "6. Funding"),
        (
            "p",
            "6.1 For 2019/20 each partner will continue to meet its own costs of taking part in the "
            "arrangements. The partnership's shared costs, including the business unit, the independent "
            "scrutineer and the training programme, will be met from the balance held by the LSCB at 31 March "
            "2019.",
        ),
        (
            "p",
            "6.2 Partners will explore options for a pooled budget and for a fair formula for each partner's "
            "share from April 2020, and will set out the result in a revised funding statement.",
        ),
        ("pagebreak",),
        ("h1", "7. Learning and improvement"),
        ("h2", "7.1 Rapid reviews and child safeguarding practice reviews"),
        (
            "p",
            "7.1.1 The County Council notifies the Child Safeguarding Practice Review Panel of any serious "
            "incident within five working days of becoming aware of it. The Case Review Sub-group, which "
            "includes a senior representative of each partner and the designated professionals, then carries "
            "out a rapid review and sends it to the Panel within 15 working days of the notification.",
        ),
        (
            "p",
            "7.1.2 The rapid review recommends whether a local child safeguarding practice review should be "
            "carried out. The decision is made by the three senior leads on behalf of the partners, taking "
            "account of the Panel's view.",
        ),
        (
            "p",
            "7.1.3 Where a review is commissioned, the Case Review Sub-group chair and the partnership manager "
            "select an independent reviewer from the regional framework of approved reviewers, agree the "
            "terms of reference and oversee the review to completion, normally within six months.",
        ),
        (
            "p",
            "7.1.4 Completed reports are sent to the Panel and the Secretary of State at least seven working days "
            "before publication and are published on the partnership's website for at least one year. Where "
            "the partners decide that publishing a report in full would harm a child, they publish its findings "
            "and the improvements made instead, and give the Panel their reasons.",
        ),
        (
            "p",
            "7.1.5 Serious case reviews commissioned by the LSCB before 29 September 2019 will be finished and "
            "published by the partners under the transitional provisions.",
        ),
        ("h2", "7.2 Making learning stick"),
        (
            "p",
            "7.2.1 The Fellbrook Learning and Improvement Framework sets out how learning from rapid reviews, "
            "local and national practice reviews, audits and scrutiny becomes lasting change. Every review "
            "produces an action plan with a named lead for each action, and the Quality Assurance Sub-group "
            "follows each action until a re-audit shows the change has been made.",
        ),
        (
            "p",
            "7.2.2 Learning is passed to practitioners through seven-minute briefings, learning events in each "
            "district and the designated safeguarding lead network. Agencies report to the Quality Assurance "
            "Sub-group how they have used each briefing in supervision and team meetings.",
        ),
        ("h2", "7.3 Training and audit"),
        (
            "columns",
            [
                "7.3.1 Each spring the Learning and Development Sub-group commissions the multi-agency training "
                "programme for the following year from a training needs analysis that draws on the priorities, "
                "review and audit findings and a survey of managers in every relevant agency.",
                "7.3.2 Courses are delivered by a pool of trainers released by the partner agencies, supported "
                "by specialist providers where the pool lacks the expertise. Places are free to all relevant "
                "agencies.",
                "7.3.3 The impact of training is measured by questionnaires before and after each course and by "
                "a follow-up survey of participants and their line managers three months later. The sub-group "
                "reports the results, and any changes to the programme, to the Executive twice a year.",
                "7.3.4 The Quality Assurance Sub-group carries out four multi-agency case file audits each year, "
                "each on a theme drawn from the priorities, with practitioners from every agency involved in "
                "the sampled cases. Findings and an action plan go to the Executive.",
            ],
        ),
        ("h2", "7.4 Data and intelligence"),
        (
            "p",
            "7.4.1 The Quality Assurance Sub-group maintains the Fellbrook partnership dataset, which brings "
            "together around 40 measures from the three partners, schools and the early help service, including "
            "the take-up and outcomes of early help assessments, repeat referrals and re-registrations.",
        ),
        (
            "p",
            "7.4.2 The sub-group analyses the dataset every quarter and reports to the Executive on what it shows "
            "about the effectiveness of early help and of child protection work, so that the Executive can "
            "challenge agencies where performance falls.",
        ),
        (
            "p",
            "7.4.3 Information is shared between agencies in line with the Data Protection Act 2018 and the "
            "partnership's information sharing agreement.",
        ),
        ("pagebreak",),
        ("h1", "8. The Fellbrook Continuum of Need"),
        (
            "p",
            "8.1 The Fellbrook Continuum of Need is the local threshold document. It describes four levels of "
            "need and the help each calls for, from universal services to child protection.",
        ),
        (
            "p",
            "8.2 The Continuum was revised in spring 2019 so that its levels match these arrangements: referrals "
            "at levels 3 and 4 go to the Fellbrook Front Door, the early help offer at level 2 follows the "
            "Executive's priorities, and the criteria for notifying serious incidents to the Case Review "
            "Sub-group are the same in both documents. The three senior leads agreed the revised Continuum in "
            "May 2019.",
        ),
        ("h1", "9. Moving on from the LSCB"),
        (
            "p",
            "9.1 The LSCB will meet for the last time in September 2019. Its business unit, training programme "
            "and multi-agency procedures transfer to the partnership unchanged, and its sub-groups continue under "
            "new terms of reference until the Executive reviews them in spring 2020.",
        ),
        ("h1", "Appendix A: Structure of the partnership"),
        (
            "table",
            ("Group", "Reports to"),
            [
                ("Fellbrook Safeguarding Children Executive", "The three safeguarding partners"),
                ("Case Review Sub-group", "Executive"),
                ("Quality Assurance Sub-group", "Executive"),
                ("Learning and Development Sub-group", "Executive"),
                ("Education Safeguarding Sub-group", "Executive"),
                ("District Safeguarding Forums (4)", "Executive, through the partnership manager"),
                ("Partnership Assembly", "Executive"),
            ],
        ),
        ("h1", "Appendix B: Relevant agencies"),
        ("li", "Fellbrook Hospitals NHS Trust"),
        ("li", "Fellbrook Community and Mental Health NHS Foundation Trust"),
        ("li", "Fellbrook Ambulance Service"),
        ("li", "GP practices in Fellbrook"),
        ("li", "National Probation Service and the Fellbrook Community Rehabilitation Company"),
        ("li", "Fellbrook Youth Offending Service"),
        ("li", "Cafcass"),
        ("li", "Schools, academies, free schools and independent schools in Fellbrook"),
        ("li", "Fellbrook College"),
        ("li", "Registered early years settings and childminders"),
        ("li", "Fellbrook Fire and Rescue Service"),
        ("li", "District councils: Wetherstone, Kilncote, Marlbeck and Dunholme"),
        ("li", "Fellbrook Council for Voluntary Service"),
        ("pagebreak",),
        ("h1", "Appendix C: Glossary"),
        (
            "table",
            ("Term", "Meaning"),
            [
                ("CCG", "Clinical commissioning group: the NHS body that plans and buys local health services"),
                ("CSPR", "Child safeguarding practice review"),
                ("DSL", "Designated safeguarding lead"),
                (
                    "Greystead House",
                    "The secure children's home in Marlbeck, run by Fellbrook County Council for up to 12 "
                    "children placed by courts from across England. Its manager attends the Partnership Assembly "
                    "and its staff use the partnership's training.",
                ),
                ("LSCB", "Local Safeguarding Children Board, the body replaced by these arrangements"),
                ("Panel", "The national Child Safeguarding Practice Review Panel"),
            ],
        ),
    ],
}
