"""Held-out documents for two report and plan packs: a WT2018-era children's partnership yearly
report written in the first year of the new arrangements and a Safeguarding Adults Board strategic
plan in the "plan on a page" style. Written from the requirement catalogue alone, in a local
partnership's own words, and never used to tune the rules.

- ``ho7-yr-2020``: the Ellerbrook Safeguarding Children Partnership's annual report for 2019-20
  (WT2018), published 22 October 2020, with long sections on the move from the LSCB to the
  partnership, the COVID-19 response (narrated up to August 2020) and plans for 2020-21. Weak on
  purpose: "How effective have our arrangements been?" is only a table of meetings held and
  attendance, with the scrutineer's review postponed; training is reported only as numbers attended
  and satisfaction ratings, and no outcome for children is shown anywhere; the Family G serious
  case review's learning "will be disseminated in 2020-21", and the one action taken after a rapid
  review has no resulting improvement; publishing and sending the report appear only as the
  restated Working Together duty (the website is in the useful links only). Met well on purpose:
  feedback from young people and parents, sought and used, but only inside a two-column "Case
  study" box (the body paragraph beside it is the "heart of everything we do" line); the analysis
  of the exploitation priority's lack of progress; the period (twelve months, following the
  LSCB's final 2018-19 report).
- ``ho7-sab-plan-2024``: the Kestlemoor Safeguarding Adults Board's strategic plan 2024-2027, with
  a plan-on-a-page table, an evidence list, three priority tables (action, lead and timescale,
  measure), a members' table and a consultation section. Weak on purpose: the plan's period
  appears only in the cover title (the body never dates the plan or says it is refreshed);
  priority 3's table has no measures column; the police lead priority 1 actions but have no row in
  the members' table, and three members' contributions "had not been received"; the community
  engagement is only "being planned". Met on purpose: Healthwatch was consulted on the draft (past
  tense, with the change it led to), and the priorities rest on stated data.

Labels: ``labels/ho7-yr-2020.yaml`` and ``labels/ho7-sab-plan-2024.yaml`` (the kind of each
document is declared there).
"""

from __future__ import annotations

CASES: dict[str, list[tuple]] = {
    "ho7-yr-2020": [
        ("title", "Ellerbrook Safeguarding Children Partnership Annual Report 2019-20"),
        ("p", "Published 22 October 2020"),
        (
            "toc",
            [
                ("Foreword", 2),
                ("About this report", 2),
                ("From the LSCB to the partnership", 3),
                ("What we did in 2019-20", 4),
                ("Learning from reviews", 5),
                ("Responding to COVID-19", 6),
                ("Multi-agency training", 7),
                ("Hearing from children and families", 8),
                ("How effective have our arrangements been?", 9),
                ("Where we made less progress", 9),
                ("Our plans for 2020-21", 10),
                ("Publishing this report", 11),
                ("Useful links", 11),
            ],
        ),
        ("pagebreak",),
        ("h1", "Foreword"),
        (
            "p",
            "This is the first annual report of the Ellerbrook Safeguarding Children Partnership, and it "
            "describes a year unlike any other. In September 2019 the three safeguarding partners took over "
            "from the Ellerbrook Local Safeguarding Children Board, which had led multi-agency safeguarding in "
            "the borough since 2006. Six months later, just as the new arrangements were beginning to settle, "
            "the country went into lockdown.",
        ),
        (
            "p",
            "We want to thank every practitioner, manager and volunteer in Ellerbrook who kept children in view "
            "during those weeks: the teachers who rang families every day, the health visitors who learned to "
            "hold a new-birth visit on a tablet screen, and the officers and social workers who still knocked "
            "on doors when it mattered.",
        ),
        (
            "p",
            "Samir Delacourt, Director of Children's Services, Ellerbrook Borough Council; Nkechi Ferreira, "
            "Chief Nurse, NHS Ellerbrook Clinical Commissioning Group; Chief Superintendent Lorcan Calloway, "
            "Wyvernshire Constabulary",
        ),
        ("h1", "About this report"),
        (
            "p",
            "This report is made by the three safeguarding partners for Ellerbrook under the Children Act 2004. "
            "It covers the twelve months from 1 April 2019 to 31 March 2020.",
        ),
        (
            "p",
            "Our new arrangements took effect on 29 September 2019, so the first half of the year was the last "
            "six months of the Local Safeguarding Children Board. We report on both halves of the year here, so "
            "that this report follows straight on from the Board's final annual report, which covered 1 April "
            "2018 to 31 March 2019 and was published in September 2019.",
        ),
        (
            "p",
            "We had planned to publish in July 2020. The pandemic meant that the staff who would have written "
            "the report were working on the partners' emergency response, and the Executive agreed in May 2020 "
            "to publish in the autumn instead. Because lockdown began in the last week of the year, the section "
            "on COVID-19 also describes what we did between April and August 2020.",
        ),
        ("pagebreak",),
        ("h1", "From the LSCB to the partnership"),
        (
            "p",
            "Ellerbrook's arrangements were published in June 2019 after eighteen months of planning. The "
            "partners decided early on that they did not want simply to rename the LSCB. The Board had 31 "
            "members, met four times a year and, in the view of a peer review carried out in 2018, spent much "
            "of its time receiving reports rather than challenging practice.",
        ),
        (
            "p",
            "Under the new arrangements, decisions are taken by the Safeguarding Partnership Executive, made up "
            "of the three partners' lead representatives who sign the foreword. The Executive meets every two "
            "months and is supported by a business unit of five staff hosted by Ellerbrook Borough Council. The "
            "wider group of relevant agencies, including schools, early years settings, the two NHS trusts, the "
            "probation service, Ellerbrook Homes and the voluntary sector, meets twice a year as the "
            "Safeguarding Assembly.",
        ),
        ("h2", "What changed"),
        (
            "li",
            "The LSCB's nine subgroups were reduced to five: the Case Review Group, the Quality and Performance "
            "Group, the Learning and Development Group, the Education Safeguarding Forum and the Child "
            "Exploitation Group.",
        ),
        (
            "li",
            "The LSCB's independent chair, who had been in post since 2015, stood down in September 2019. The "
            "partners appointed Gwendolyn Hartigan as independent scrutineer in November 2019, with a remit to "
            "test whether the arrangements are working rather than to chair meetings.",
        ),
        (
            "li",
            "The serious case review process was replaced by rapid reviews and local child safeguarding practice "
            "reviews, led by the Case Review Group. Two serious case reviews started by the LSCB were still "
            "running on 29 September 2019 and were completed under the LSCB's procedures.",
        ),
        (
            "li",
            "Funding was put on a new footing: for 2019-20 the council contributed £151,000, the CCG £78,000 and "
            "Wyvernshire Constabulary £39,000, a total of £268,000.",
        ),
        ("h2", "What the transition was like"),
        (
            "p",
            "Closing down the LSCB took more work than we expected. Its nine subgroups had 23 open action plans "
            "between them, and each had to be finished, handed to one of the new groups or closed. The Quality "
            "and Performance Group spent its first two meetings on this. The Safeguarding Assembly met for the "
            "first time in January 2020, so that organisations which had been members of the Board kept a place "
            "to hear about, and contribute to, the partnership's work.",
        ),
        ("pagebreak",),
        ("h1", "What we did in 2019-20"),
        (
            "p",
            "The LSCB set three priorities for 2019-20 and the partners kept them when the new arrangements "
            "began: neglect, child exploitation and domestic abuse.",
        ),
        ("h2", "Neglect"),
        (
            "p",
            "The Ellerbrook Neglect Assessment Tool, developed with practitioners from health visiting, schools "
            "and children's social care, was launched in January 2020 with an online guide and a helpline run by "
            "the business unit. The Quality and Performance Group carried out a multi-agency audit of 15 children "
            "on child protection plans for neglect in February 2020; its findings were due to go to the Executive "
            "in April 2020, but that meeting was replaced by the weekly COVID-19 calls.",
        ),
        ("h2", "Domestic abuse"),
        (
            "p",
            "From November 2019 Wyvernshire Constabulary began notifying every school in Ellerbrook before 9am on "
            "the next school day when officers had attended a domestic abuse incident at which a pupil was "
            "present. Before then only primary schools were included. All 64 schools in the borough now receive "
            "these notifications, and the Education Safeguarding Forum wrote guidance for designated "
            "safeguarding leads on how to support the child that day.",
        ),
        ("h2", "Child exploitation"),
        ("p", "Our work on child exploitation is described under 'Where we made less progress' below."),
        ("h1", "Learning from reviews"),
        (
            "p",
            "Between 29 September 2019 and 31 March 2020 the Case Review Group received seven serious incident "
            "notifications from the partners and held five rapid reviews, each within 15 working days of the "
            "notification. For one child, Child J, the partners decided that a local child safeguarding practice "
            "review was needed; the national Child Safeguarding Practice Review Panel agreed in December 2019, "
            "and an independent reviewer was commissioned in January 2020. The review was still under way at "
            "the end of the year.",
        ),
        (
            "p",
            "For the other four, the partners agreed that the learning could be taken forward without a further "
            "review. One rapid review, about a baby of ten weeks with a skull fracture, found that the baby's "
            "father had not been asked about his own mental health at any contact before the birth. Since "
            "February 2020 midwives and health visitors in Ellerbrook have asked fathers and partners about "
            "their mental health at the booking appointment and at the new-birth visit.",
        ),
        (
            "p",
            "The serious case review about Family G, commissioned by the LSCB in 2018, was completed in January "
            "2020 and published in February 2020. It concerned three brothers who lived with chronic neglect "
            "for several years before they were taken into care, and it made eleven recommendations about drift "
            "in child in need planning and about how schools share concerns about attendance. The Executive "
            "accepted all eleven. An action plan has been agreed, and the review's learning will be disseminated "
            "in 2020-21 through seven-minute briefings, a practitioner event and the neglect training.",
        ),
        (
            "p",
            "The second serious case review started by the LSCB, about a young person who had been criminally "
            "exploited, was paused at the family's request in December 2019 while criminal proceedings continue.",
        ),
        ("pagebreak",),
        ("h1", "Responding to COVID-19"),
        (
            "p",
            "When the first national lockdown began on 23 March 2020, the Executive moved to weekly online "
            "meetings, joined by the chair of the Education Safeguarding Forum and the Director of Public "
            "Health. It met 19 times in that way before returning to its normal cycle at the end of July 2020.",
        ),
        (
            "p",
            "The partners' first concern was that children would disappear from view. Within a week, children's "
            "social care, schools and the police had agreed a shared list of vulnerable children, with every "
            "child on a child protection or child in need plan given a risk rating and a named person "
            "responsible for checking on them at least once a week. Schools rang the families of children on "
            "the list who were not attending, and if they could not make contact they told the child's social "
            "worker the same day.",
        ),
        (
            "p",
            "Attendance stayed low. In the week after Easter, 11% of children with a social worker in Ellerbrook "
            "were attending school, against a national figure of about 5%; by the end of the summer term it had "
            "reached 31%.",
        ),
        (
            "p",
            "Referrals to children's social care fell by 41% in April 2020 compared with April 2019, and "
            "referrals from schools almost stopped. Because we were worried about harm that no one was seeing, "
            "the partners ran a 'Still here for you' campaign in May and June 2020, with posters in "
            "supermarkets, pharmacies and bus shelters and messages on local radio telling children and adults "
            "how to get help.",
        ),
        (
            "p",
            "Health services changed the way they worked. Health visitors held most contacts by video call, but "
            "kept face-to-face new-birth visits for families already known to children's social care. Child "
            "protection medicals continued at Ellerbrook General Hospital throughout, and the CCG's designated "
            "professionals checked each week that health staff were taking part in child protection "
            "conferences, which were held by telephone and later by video.",
        ),
        (
            "p",
            "Wyvernshire Constabulary kept its domestic abuse notifications to schools going during lockdown, "
            "sending them to the designated safeguarding lead's email when the school was closed to most pupils. "
            "The council's early help service moved to doorstep visits and telephone support, and kept its two "
            "family hubs open by appointment for families who needed food, nappies or somewhere safe to talk.",
        ),
        (
            "p",
            "The pandemic also changed the partnership's own work. All face-to-face training stopped, the Quality "
            "and Performance Group's audit programme was suspended from March to September 2020, and the "
            "independent scrutineer's first review of the arrangements was put back.",
        ),
        ("pagebreak",),
        ("h1", "Multi-agency training"),
        (
            "p",
            "Multi-agency training is organised by the Learning and Development Group and delivered by a pool of "
            "trainers from partner agencies.",
        ),
        (
            "table",
            ("Course", "Practitioners attending in 2019-20"),
            [
                ("Working Together to Safeguard Children", "214"),
                ("Recognising and responding to neglect", "287"),
                ("Child exploitation awareness", "196"),
                ("Domestic abuse and its impact on children", "173"),
                ("Designated safeguarding lead refresher", "148"),
                ("Safer sleep for babies", "109"),
            ],
        ),
        (
            "p",
            "Overall, 1,127 practitioners attended 46 multi-agency courses in 2019-20, up from 962 the year "
            "before. Of those who returned an evaluation form, 94% rated their course good or excellent. After "
            "face-to-face training stopped in March 2020, 312 practitioners completed the partnership's "
            "e-learning modules by the end of August.",
        ),
        ("h1", "Hearing from children and families"),
        (
            "p",
            "Listening to children, young people and their families is at the heart of everything the "
            "partnership does, and all partners are committed to making sure the voice of the child is heard.",
        ),
        (
            "table",
            None,
            [
                (
                    "Case study: the Youth Sounding Board and 'Ask Away'",
                    "In January 2020 the business unit met the Ellerbrook Youth Sounding Board, a group of fourteen "
                    "young people aged 13 to 19 supported by the council's youth service, to ask what would make "
                    "it easier to tell a professional about something worrying them. They told us that they would "
                    "never go to a school nurse drop-in that other pupils could see them walking into, and that "
                    "most of them would rather send a text than speak to someone. The school nursing service, "
                    "commissioned by Ellerbrook Borough Council, set up a confidential text line for secondary "
                    "school pupils in March 2020. The Sounding Board named it 'Ask Away', designed its posters and "
                    "tested the first replies.",
                ),
                (
                    "Case study: parents at child protection conferences",
                    "The council's conference chairs asked 38 parents who had attended an initial child "
                    "protection conference in 2019 what would have made the meeting easier. The most common answer "
                    "was that parents saw professionals' reports for the first time in the meeting itself. From "
                    "January 2020 every agency has had to send its report to the parents at least two working days "
                    "before the conference, and the chair checks at the start of each conference that this has "
                    "happened.",
                ),
            ],
        ),
        ("pagebreak",),
        ("h1", "How effective have our arrangements been?"),
        ("p", "The table below shows how the new arrangements have operated in their first six months."),
        (
            "table",
            ("Meeting", "Held between October 2019 and March 2020"),
            [
                ("Safeguarding Partnership Executive", "4 scheduled meetings, plus 2 weekly COVID-19 meetings"),
                ("Safeguarding Assembly", "1"),
                ("Case Review Group", "6"),
                ("Quality and Performance Group", "3"),
                ("Learning and Development Group", "5"),
                ("Education Safeguarding Forum", "3"),
                ("Child Exploitation Group", "2"),
            ],
        ),
        (
            "p",
            "Each partner was represented at every meeting of the Executive, and average attendance at the "
            "subgroups was 86%. The LSCB met three times in the first half of the year, in April, June and "
            "September 2019.",
        ),
        (
            "p",
            "Gwendolyn Hartigan's first review of the arrangements had been planned for April 2020. It was "
            "postponed because of the pandemic, and she will now report to the Executive in January 2021.",
        ),
        ("h1", "Where we made less progress"),
        (
            "p",
            "We did not make the progress we planned on child exploitation, and we think it is important to say why.",
        ),
        (
            "p",
            "The plan for 2019-20 was to set up a multi-agency exploitation panel to discuss every child assessed "
            "as at significant risk, to agree a single risk assessment for use by all agencies, and to build a "
            "dataset showing how many children in Ellerbrook are at risk of criminal or sexual exploitation. By "
            "March 2020 the risk assessment had been agreed, but the panel had met only twice and the dataset "
            "had not been built.",
        ),
        (
            "p",
            "There were three main reasons. First, the Child Exploitation Group had no chair from September to "
            "December 2019, because the LSCB subgroup it replaced had been chaired by the Board's independent "
            "chair, and it took the partners three months to agree who should take it on. Second, the CCG "
            "analyst post that was to build the dataset was vacant from October 2019 and could not be filled in "
            "the time available. Third, from late March 2020 many of the police officers and youth workers who "
            "sat on the panel were redeployed to the pandemic response.",
        ),
        (
            "p",
            "The consequence matters. Without the dataset we cannot say whether the number of children being "
            "exploited in Ellerbrook is rising or falling, or whether children who go missing from home are "
            "being picked up by the panel quickly enough. The Executive has therefore kept exploitation as a "
            "priority for 2020-21 and agreed in June 2020 to fund an analyst post from the partnership budget, "
            "so that the dataset no longer depends on one organisation filling a vacancy.",
        ),
        ("pagebreak",),
        ("h1", "Our plans for 2020-21"),
        (
            "p",
            "Our priorities for 2020-21 are neglect, child exploitation and domestic abuse, with a new "
            "cross-cutting priority: recovering from the pandemic and finding the children whose needs were "
            "hidden during lockdown. In 2020-21 we will:",
        ),
        ("li", "complete the Child J review and publish the report, taking account of the family's views;"),
        (
            "li",
            "restart the multi-agency audit programme from September 2020, beginning with the neglect audit "
            "findings that were not considered in April;",
        ),
        ("li", "take forward the Family G action plan and report on it to the Executive every quarter;"),
        ("li", "build the exploitation dataset and hold the exploitation panel every month;"),
        ("li", "run the Working Together and neglect courses online until face-to-face training can safely resume;"),
        ("li", "ask the Youth Sounding Board to help us design a survey of young people's experience of lockdown;"),
        (
            "li",
            "receive the independent scrutineer's first review of the arrangements and agree an action plan in "
            "response.",
        ),
        (
            "p",
            "The Safeguarding Assembly will meet online in November 2020 to discuss these plans with the "
            "relevant agencies.",
        ),
        ("h1", "Publishing this report"),
        (
            "p",
            "Working Together to Safeguard Children 2018 requires the safeguarding partners to publish a report "
            "at least once in every twelve-month period, and to send it to the Child Safeguarding Practice "
            "Review Panel and the What Works Centre for Children's Social Care within seven days of publication. "
            "The report should be made widely available to practitioners and the public.",
        ),
        ("h1", "Useful links"),
        ("li", "Ellerbrook Safeguarding Children Partnership: www.ellerbrookscp.org.uk"),
        ("li", "Ellerbrook Neglect Assessment Tool: www.ellerbrookscp.org.uk/neglect"),
        ("li", "Worried about a child? Call Ellerbrook Children's Advice and Duty Service on 01632 961275"),
    ],
    "ho7-sab-plan-2024": [
        ("title", "Kestlemoor Safeguarding Adults Board Strategic Plan 2024-2027"),
        (
            "p",
            "Safe, heard and supported: how Kestlemoor's organisations will work together to protect adults from "
            "abuse and neglect",
        ),
        (
            "toc",
            [
                ("Foreword", 2),
                ("About the Board", 2),
                ("Our plan on a page", 3),
                ("Why we chose these priorities", 4),
                ("Priority 1: Protecting adults from exploitation", 5),
                ("Priority 2: Safe moves between hospital and home", 6),
                ("Priority 3: Putting the person at the centre", 6),
                ("What our members will do", 7),
                ("How we prepared this plan", 8),
                ("Keeping track of progress", 8),
                ("Contact us", 8),
            ],
        ),
        ("pagebreak",),
        ("h1", "Foreword"),
        (
            "p",
            "Every adult in Kestlemoor has the right to live safely, and to be listened to when they are not. "
            "This plan sets out the three things the Safeguarding Adults Board will concentrate on over the life "
            "of the plan, what each organisation will do, and how we will know whether it is working.",
        ),
        (
            "p",
            "The plan is deliberately short. Our previous plan had nine priorities and more than sixty actions, "
            "and when we looked back at it honestly many of them had been started but not finished. This time "
            "we have chosen fewer priorities, and given every action a lead and a date.",
        ),
        (
            "p",
            "Two things stand out from the evidence we looked at. The first is that people who are exploited in "
            "their own homes are often known to several agencies, each of which sees only part of the picture. "
            "The second is that the days after someone leaves hospital are a time of real risk, particularly for "
            "people who live alone. Both are problems that no single organisation can solve, which is exactly "
            "what a Safeguarding Adults Board is for.",
        ),
        ("p", "Dr Esme Quilliam, Independent Chair, Kestlemoor Safeguarding Adults Board"),
        ("h1", "About the Board"),
        (
            "p",
            "The Kestlemoor Safeguarding Adults Board (KSAB) was set up under section 43 of the Care Act 2014. "
            "Its job is to make sure that the organisations which support adults in Kestlemoor work together to "
            "prevent abuse and neglect, and respond well when it happens.",
        ),
        (
            "p",
            "The Board's statutory members are Kestlemoor Council, NHS Corriemoor and Kestlemoor Integrated Care "
            "Board and Corriemoor Police. Its other members are Kestlemoor Teaching Hospitals NHS Trust, Oakmere "
            "Mental Health NHS Foundation Trust, the Probation Service, Corriemoor Fire and Rescue Service, "
            "Thistlewood Homes and Kestlemoor Voluntary Action.",
        ),
        (
            "p",
            "The Board meets four times a year. Most of its work is done through three subgroups: Safeguarding "
            "Adults Reviews, Quality and Performance, and Learning and Development. A business unit of three "
            "staff, led by the Board Manager, Yusra Norbury, supports the Board and its subgroups.",
        ),
        ("pagebreak",),
        ("h1", "Our plan on a page"),
        (
            "table",
            None,
            [
                (
                    "Our vision",
                    "Adults in Kestlemoor live free from abuse and neglect, and when something goes wrong they are "
                    "listened to and helped in the way they choose.",
                ),
                ("Priority 1", "Protecting adults from exploitation, including cuckooing and financial abuse"),
                ("Priority 2", "Safe moves between hospital and home"),
                ("Priority 3", "Putting the person at the centre: Making Safeguarding Personal"),
                (
                    "How we work",
                    "We follow the six safeguarding principles: empowerment, prevention, proportionality, "
                    "protection, partnership and accountability.",
                ),
                (
                    "How we will know",
                    "Each priority has measures that the Quality and Performance subgroup reports to the Board.",
                ),
            ],
        ),
        ("h1", "Why we chose these priorities"),
        (
            "p",
            "The priorities come from what our safeguarding data, reviews and audits have told us over the last "
            "two years, tested with Board members at a development session.",
        ),
        (
            "li",
            "Kestlemoor Council received 3,046 safeguarding concerns in 2022-23 and started 712 section 42 "
            "enquiries. Financial and material abuse was the main type of risk in 18% of concluded enquiries, up "
            "from 13% in 2020-21.",
        ),
        (
            "li",
            "Corriemoor Police recorded 41 cases of cuckooing in Kestlemoor in 2022-23 in which the person whose "
            "home had been taken over had care and support needs, compared with 17 the year before.",
        ),
        (
            "li",
            "The safeguarding adults review about Mr D, published in 2023, found that four agencies knew that "
            "people were using his flat to deal drugs, but each treated it as his lifestyle choice and no one "
            "called a multi-agency meeting.",
        ),
        (
            "li",
            "An audit of 20 hospital discharges by the Quality and Performance subgroup in 2023 found that seven "
            "adults with an open safeguarding concern went home without the concern being passed to the "
            "community team or the care provider.",
        ),
        (
            "li",
            "Concerns raised about care providers in the month after a person left hospital rose from 38 in "
            "2021-22 to 66 in 2022-23.",
        ),
        (
            "li",
            "People were asked what outcomes they wanted in 64% of section 42 enquiries in 2022-23, and 71% of "
            "those asked said their outcomes were fully achieved. We do not yet hear directly from people about "
            "their experience of safeguarding in any systematic way.",
        ),
        ("pagebreak",),
        ("h1", "Priority 1: Protecting adults from exploitation"),
        (
            "p",
            "What success looks like: adults who are being exploited are identified early, and agencies act "
            "together rather than one at a time.",
        ),
        (
            "table",
            ("What we will do", "Lead and timescale", "How we will measure progress"),
            [
                (
                    "Set up a monthly multi-agency exploitation meeting for adults, linked to the children's "
                    "exploitation panel so that young people turning 18 are not lost",
                    "Corriemoor Police and Kestlemoor Council; first meeting by September 2024",
                    "Number of adults discussed, and the proportion whose risk rating has fallen six months later",
                ),
                (
                    "Agree a cuckooing protocol so that any agency that suspects a person's home has been taken "
                    "over can trigger a joint visit within 48 hours",
                    "Corriemoor Police; by December 2024",
                    "Proportion of suspected cuckooing cases with a joint visit within 48 hours",
                ),
                (
                    "Train housing officers, care workers and GP receptionists to spot the signs of financial "
                    "abuse and exploitation",
                    "Learning and Development subgroup with Kestlemoor Voluntary Action; 500 people trained by "
                    "March 2026",
                    "Number trained; concerns about financial abuse raised by housing and care providers",
                ),
                (
                    "Carry out a multi-agency audit of exploitation cases, including a check on the actions from "
                    "the Mr D review",
                    "Quality and Performance subgroup; by March 2026",
                    "Audit findings and any repeat of the Mr D findings reported to the Board",
                ),
            ],
        ),
        ("h1", "Priority 2: Safe moves between hospital and home"),
        (
            "p",
            "What success looks like: when an adult with an open safeguarding concern leaves hospital, the people "
            "who will support them at home know about it and know what to do.",
        ),
        (
            "table",
            ("What we will do", "Lead and timescale", "How we will measure progress"),
            [
                (
                    "Add a safeguarding question to the discharge checklist used on every adult ward, including "
                    "for people going home to live alone",
                    "Kestlemoor Teaching Hospitals NHS Trust; by October 2024",
                    "Proportion of audited discharges with the question completed",
                ),
                (
                    "Hand over open safeguarding concerns to the community nursing team and the care provider on "
                    "the day of discharge",
                    "Kestlemoor Teaching Hospitals NHS Trust and Kestlemoor Council; by March 2025",
                    "Repeat of the 2023 discharge audit in 2025 and 2026",
                ),
                (
                    "Review every provider concern raised within 30 days of a hospital discharge to find patterns",
                    "NHS Corriemoor and Kestlemoor Integrated Care Board; quarterly from July 2024",
                    "Number of post-discharge provider concerns compared with 2022-23",
                ),
            ],
        ),
        ("h1", "Priority 3: Putting the person at the centre"),
        (
            "p",
            "What success looks like: people who go through a safeguarding enquiry are asked what they want to "
            "happen, and the help they get reflects what they said.",
        ),
        (
            "table",
            ("What we will do", "Lead and timescale"),
            [
                (
                    "Refresh the Making Safeguarding Personal guidance used by all member organisations, written "
                    "with people who have experience of safeguarding",
                    "Kestlemoor Council; by June 2025",
                ),
                (
                    "Set up a lived experience reference group to advise the Board",
                    "Kestlemoor Voluntary Action; by March 2025",
                ),
                (
                    "Offer independent advocacy to everyone who has substantial difficulty taking part in an enquiry",
                    "Kestlemoor Council; throughout the plan",
                ),
                (
                    "Hold one Board meeting a year at which people with lived experience set the agenda",
                    "Independent Chair; from 2025",
                ),
            ],
        ),
        ("pagebreak",),
        ("h1", "What our members will do"),
        (
            "p",
            "Alongside the actions above, each member organisation has been asked to set out its own "
            "contribution to the plan.",
        ),
        (
            "table",
            ("Member", "What it will do"),
            [
                (
                    "Kestlemoor Council",
                    "Hosts the Board's business unit and pays the largest share of its budget; leads priority 3; "
                    "makes sure that every section 42 enquiry records what the person wanted and whether it was "
                    "achieved.",
                ),
                (
                    "NHS Corriemoor and Kestlemoor Integrated Care Board",
                    "Co-leads priority 2; includes safeguarding standards in every contract with care providers; "
                    "funds the designated adult safeguarding professional who chairs the Quality and Performance "
                    "subgroup.",
                ),
                (
                    "Kestlemoor Teaching Hospitals NHS Trust",
                    "Leads the discharge actions in priority 2 and reports on them to every Board meeting.",
                ),
                (
                    "Corriemoor Fire and Rescue Service",
                    "Carries out safe and well visits for adults referred by other members and reports any signs "
                    "of exploitation or hoarding it finds.",
                ),
                (
                    "Kestlemoor Voluntary Action",
                    "Supports the lived experience reference group and runs community training on financial abuse.",
                ),
            ],
        ),
        (
            "p",
            "Contributions from Oakmere Mental Health NHS Foundation Trust, the Probation Service and Thistlewood "
            "Homes had not been received when this plan went to print and will be added to the version on the "
            "Board's website.",
        ),
        ("h1", "How we prepared this plan"),
        (
            "p",
            "Board members agreed the three priorities at a development session, after looking at the evidence "
            "set out above and at the progress made on the previous plan. Each subgroup then drafted the actions "
            "for the priority it will oversee, and the Board discussed the full draft at its next meeting.",
        ),
        (
            "p",
            "Healthwatch Kestlemoor was consulted on the draft plan. Its manager met the Board Manager and the "
            "Independent Chair in December 2023, commented on each priority and asked that priority 2 should "
            "cover people who go home from hospital to live alone, not only those who have a care package. We "
            "changed the first action under priority 2 as a result.",
        ),
        (
            "p",
            "We also want local people to help shape the plan. A programme of community engagement is being "
            "planned with Kestlemoor Voluntary Action, and what residents tell us will be used to test the "
            "priorities and, where needed, change the actions in this plan. Details of the events will be "
            "published on the Board's website once they are confirmed.",
        ),
        ("h1", "Keeping track of progress"),
        (
            "p",
            "The Board Manager will keep a record of progress against every action, and the Quality and "
            "Performance subgroup will present a highlight report to each Board meeting showing which actions "
            "are on track, which are late and why. Where an action is late for two meetings in a row, the lead "
            "organisation will be asked to attend the Board to explain what it will do. We will report on what "
            "the plan has achieved in each of our annual reports.",
        ),
        ("h1", "Contact us"),
        (
            "p",
            "Kestlemoor Safeguarding Adults Board, Business Unit, Kestlemoor Council, Civic Centre, Market "
            "Street, Kestlemoor. Email: ksab@kestlemoor.gov.uk. Website: www.kestlemoorsab.org.uk",
        ),
        (
            "p",
            "If you are worried that an adult is being abused or neglected, call Kestlemoor Council Adult Social "
            "Care on 01632 962840. In an emergency, call 999.",
        ),
    ],
}
