"""Held-out yearly reports for the accuracy benchmark: written after the yearly-report rules were
tuned, in a partnership's own words, and never used to tune them.

- ``ho-yr-2022``: a WT2018-era annual report for 2021-22 (published October 2022). Weak on
  purpose: the analysis of what did not go well (shortfalls listed, no analysis; one priority with
  "we will continue" only) and where the report was sent (silent).
- ``ho-yr-2025``: a WT2023 yearly report for 2024/25 (published September 2025). Weak on purpose:
  one partner's contribution (attendance only), areas with little progress (future actions only)
  and funding changes (silent). No secure establishment in the area.

Labels: ``labels/ho-yr-2022.yaml`` and ``labels/ho-yr-2025.yaml``.
"""

from __future__ import annotations

CASES: dict[str, list[tuple]] = {
    "ho-yr-2022": [
        ("title", "Brackenford Safeguarding Children Partnership Annual Report 2021-22"),
        ("p", "Reporting period: 1 April 2021 to 31 March 2022. Published: 14 October 2022."),
        (
            "toc",
            [
                ("Foreword from our Independent Scrutineer", 2),
                ("Our year in numbers", 3),
                ("About our partnership", 4),
                ("Our priorities for 2021-22", 4),
                ("Learning from reviews", 7),
                ("Multi-agency training", 9),
                ("Hearing from children and young people", 10),
                ("What did not go well", 11),
                ("Looking ahead to 2022-23", 11),
            ],
        ),
        ("pagebreak",),
        ("h1", "Foreword from our Independent Scrutineer"),
        (
            "p",
            "I am pleased to introduce the third annual report of the Brackenford Safeguarding Children "
            "Partnership, which brings together Brackenford City Council, NHS Brackenford Clinical Commissioning "
            "Group (whose functions passed to NHS Fenmoor Integrated Care Board on 1 July 2022) and Wealdshire "
            "Constabulary.",
        ),
        (
            "p",
            "I have been the partnership's independent scrutineer since September 2019. During the year I "
            "attended every meeting of the Safeguarding Children Executive, observed two rapid reviews, sat in on "
            "the multi-agency audit of neglect cases, met practitioners at four frontline forums and met the "
            "Youth Council twice.",
        ),
        (
            "p",
            "My assessment is that the arrangements are working effectively in practice. Partners know each other "
            "well and challenge each other openly: the Executive used the escalation protocol three times this "
            "year and each disagreement was resolved within a month. The rapid reviews I observed were timely, "
            "well attended and honest about what had gone wrong, and the evidence from audits and from the "
            "partnership dataset shows that children living with neglect are being identified earlier than they "
            "were two years ago.",
        ),
        ("p", "Margaret Okonjo, Independent Scrutineer"),
        ("pagebreak",),
        ("h1", "Our year in numbers"),
        (
            "columns",
            [
                "1,204 referrals to children's social care",
                "89 child protection plans at 31 March 2022",
                "241 children in our care",
                "6 serious incident notifications",
                "4 rapid reviews",
                "2 child safeguarding practice reviews published",
                "38 multi-agency courses",
                "1,146 practitioners trained",
                "14 Youth Council members",
                "1,630 young people answered our survey",
            ],
        ),
        ("pagebreak",),
        ("h1", "About our partnership"),
        (
            "p",
            "Our arrangements were published in June 2019 and are overseen by the Safeguarding Children Executive: "
            "the Director of Children's Services, the CCG's Director of Nursing and Quality and the Detective Chief "
            "Superintendent for Public Protection. Three subgroups report to the Executive: Learning and Review, "
            "Quality Assurance and Performance, and Training and Development. Schools, early years settings, the "
            "probation service, Brackenford Community Health NHS Trust and the voluntary sector take part through "
            "the subgroups and the Education Safeguarding Forum.",
        ),
        (
            "p",
            "This is our third annual report. It covers 1 April 2021 to 31 March 2022 and follows on from our "
            "2020-21 report, which covered the twelve months to 31 March 2021.",
        ),
        ("h1", "Our priorities for 2021-22"),
        (
            "p",
            "In our 2021-23 business plan the partners agreed three priorities: neglect, child exploitation, and "
            "children's emotional wellbeing and mental health.",
        ),
        ("h2", "Priority 1: Neglect"),
        (
            "p",
            "What we said we would do: introduce the Brackenford Neglect Toolkit as the single way of assessing "
            "neglect across all agencies, so that neglect is recognised earlier and assessed the same way whoever "
            "is working with the family.",
        ),
        (
            "p",
            "What we did: we trained 286 practitioners from health visiting, schools, early help, children's "
            "social care and the police to use the Toolkit, appointed twelve neglect champions, and ran a neglect "
            "awareness week in November 2021 with 19 events attended by 640 staff.",
        ),
        (
            "p",
            "What difference it made: a re-audit of 30 neglect cases in February 2022 found the Toolkit had been "
            "used in 22 of them, compared with 4 of 30 in the baseline audit in March 2021. The proportion of "
            "children who became subject to a child protection plan for neglect for a second or subsequent time "
            "fell from 21% in 2020-21 to 12% in 2021-22.",
        ),
        ("h2", "Priority 2: Child exploitation"),
        (
            "table",
            None,
            [
                (
                    "What we said we would do",
                    "Bring our work on child sexual and criminal exploitation and on missing children into one "
                    "multi-agency response, and make sure every child who goes missing is offered a return home "
                    "interview.",
                ),
                (
                    "What we did",
                    "We opened the Brackenford Exploitation Hub in July 2021, where social workers, police officers, "
                    "youth workers and a sexual health nurse work side by side and meet every morning. We "
                    "commissioned The Lantern Project to carry out return home interviews from September 2021.",
                ),
                (
                    "What difference it made",
                    "Return home interviews offered within 72 hours rose from 48% to 86%. Of the 57 young people "
                    "the Hub worked with for six months or more, 39 went missing less often at the end of the year "
                    "than at the start.",
                ),
            ],
        ),
        ("h2", "Priority 3: Emotional wellbeing and mental health"),
        (
            "p",
            "What we said we would do: make it easier for children to get help with their emotional wellbeing "
            "and mental health, and reduce the time children wait for a first CAMHS appointment.",
        ),
        (
            "p",
            "What we did: the CCG funded Mental Health Support Teams in 18 schools from January 2022, and the "
            "partnership held a multi-agency workshop on self-harm in March 2022.",
        ),
        (
            "p",
            "What difference it made: it is too early to say. We will continue to work with CAMHS, schools and "
            "the Mental Health Support Teams on this priority during 2022-23.",
        ),
        ("pagebreak",),
        ("h1", "Learning from reviews"),
        (
            "p",
            "The Learning and Review subgroup received 6 serious incident notifications in 2021-22 and held 4 "
            "rapid reviews. For two of them the partners decided that a local child safeguarding practice review "
            "was needed, and the national Child Safeguarding Practice Review Panel agreed. Both reviews, 'Child M' "
            "and 'Harry', were completed and published during the year.",
        ),
        ("h2", "Child safeguarding practice review: Child M"),
        (
            "p",
            "Child M was four months old when she was taken to hospital with a fractured arm in May 2021. Two "
            "weeks earlier a health visitor had seen a small bruise on her cheek and accepted her mother's "
            "explanation. The review found that practitioners did not always know that bruising in a baby who is "
            "not yet mobile must always be taken seriously.",
        ),
        (
            "p",
            "The review made four recommendations, all accepted by the Executive. In response, the partnership "
            "published a protocol for bruising in non-mobile babies in September 2021, under which any such "
            "bruise is referred to children's social care and the child is seen by a paediatrician the same day, "
            "and 520 health, early years and police staff were briefed on it.",
        ),
        (
            "p",
            "When we audited the protocol in March 2022, all 17 babies found with a bruise since September had "
            "been seen by a paediatrician on the day of referral, compared with 5 of the 12 babies in the six "
            "months before the protocol.",
        ),
        ("h2", "Child safeguarding practice review: Harry"),
        (
            "p",
            "Harry was 15 when he was seriously injured in a knife attack in August 2021. His older brother had "
            "been working with the Youth Justice Service for a year because of his involvement in drug dealing, "
            "but no agency asked whether Harry might be at risk too.",
        ),
        (
            "p",
            "As a result, since January 2022 the Exploitation Hub checks the younger brothers and sisters of "
            "every young person it works with. By the end of March, 27 younger siblings had been identified and "
            "offered support, and 19 of them had taken it up.",
        ),
        ("h2", "Rapid review: Baby T"),
        (
            "p",
            "A rapid review held in November 2021, after a baby was found to have a skull fracture, concluded "
            "that the criteria for a local review were not met, but found that the hospital had not been told "
            "the family had recently moved from another area. The Emergency Department at Brackenford General "
            "Hospital now checks the Child Protection Information Sharing system (CP-IS) for every child under "
            "two who attends.",
        ),
        ("h2", "National learning"),
        (
            "p",
            "We used the national Panel's review of criminal exploitation, 'It was hard to escape', to design the "
            "Exploitation Hub: in line with its findings, the Hub offers a trusted youth worker to every young "
            "person it works with, and in March 2022 the Learning and Review subgroup checked that each of the "
            "Hub's 57 long-term cases had one.",
        ),
        ("pagebreak",),
        ("h1", "Multi-agency training"),
        (
            "p",
            "During the year we ran 38 multi-agency courses, most of them online, and 1,146 practitioners "
            "attended, 31% more than in 2020-21.",
        ),
        (
            "p",
            "Three months after each course we asked the people who attended what they had done differently. Of "
            "the 412 who replied, 81% said they had changed their practice, most often by using the Neglect "
            "Toolkit or by following the bruising protocol. In the February 2022 neglect audit, children whose "
            "practitioner had attended the neglect course were more likely to have a completed Toolkit and a "
            "plan that had improved their circumstances within six months.",
        ),
        ("h1", "Hearing from children and young people"),
        (
            "p",
            "The Brackenford Youth Council, 14 young people aged 12 to 18, met the Safeguarding Children "
            "Executive in October 2021 and in March 2022. We asked them about feeling safe online and in the city "
            "centre, and 1,630 pupils answered the Youth Council's own survey in January 2022.",
        ),
        (
            "p",
            "The Youth Council told us that young people did not know where to go if they felt unsafe in the "
            "city centre at night. As a result, Wealdshire Constabulary and the City Council opened four 'safe "
            "spaces' in shops and the central library, designed with the Youth Council, in March 2022.",
        ),
        ("h1", "What did not go well"),
        ("p", "Not everything went to plan in 2021-22:"),
        (
            "li",
            "the multi-agency audit of children living with domestic abuse was postponed twice and did not take place;",
        ),
        ("li", "GPs sent a report to only 38% of initial child protection conferences;"),
        ("li", "take-up of training by the voluntary and community sector was lower than we hoped."),
        ("p", "These are carried forward into our plan for 2022-23."),
        ("h1", "Looking ahead to 2022-23"),
        (
            "p",
            "Our three priorities stay the same for the second year of the business plan. We will also welcome "
            "NHS Fenmoor Integrated Care Board as a safeguarding partner in place of the CCG.",
        ),
        (
            "p",
            "This report is published on the partnership website at www.brackenfordscp.org.uk/annual-report and "
            "has been presented to the Brackenford Health and Wellbeing Board and to the City Council's Children "
            "and Young People Scrutiny Committee.",
        ),
    ],
    "ho-yr-2025": [
        ("title", "Kestleigh Safeguarding Children Partnership Yearly Report 2024/25"),
        ("p", "This report covers the period 1 April 2024 to 31 March 2025. It was published on 24 September 2025."),
        ("h1", "Introduction"),
        (
            "p",
            "This is the yearly report of the Kestleigh Safeguarding Children Partnership, written by the three "
            "safeguarding partners: Kestleigh Borough Council, NHS Severnmoor Integrated Care Board and Southmoor "
            "Police. It tells the story of our first full year working under Working Together to Safeguard "
            "Children 2023, and is written for practitioners, for families and for anyone who wants to know how "
            "well children in Kestleigh are kept safe.",
        ),
        (
            "p",
            "The Lead Safeguarding Partners, the Chief Executive of the council, the Chief Executive of the ICB "
            "and the Chief Constable, have delegated their functions to three Delegated Safeguarding Partners: "
            "the Director of Children's Services, the ICB's Chief Nursing Officer and the Assistant Chief "
            "Constable. They meet monthly as the Partnership Executive, which the Chief Nursing Officer chairs.",
        ),
        ("h2", "What each partner contributed"),
        (
            "table",
            ("Partner", "Contribution"),
            [
                (
                    "Kestleigh Borough Council",
                    "Hosts and employs the partnership business unit of five staff, holds the pooled budget, "
                    "provides the analyst who produces the quarterly partnership dataset, and through the Director "
                    "of Children's Services chaired the Learning from Practice group.",
                ),
                (
                    "NHS Severnmoor Integrated Care Board",
                    "Provides the Designated Nurse and Designated Doctor, who led all five rapid reviews this year, "
                    "chairs the Partnership Executive through its Chief Nursing Officer, and paid for the health "
                    "places on the multi-agency training programme.",
                ),
                ("Southmoor Police", "Attended the Partnership Executive and its subgroups throughout the year."),
            ],
        ),
        ("h1", "Our year"),
        (
            "p",
            "Our three priorities for 2024/25 were children living with domestic abuse, harm outside the home, "
            "and disabled children.",
        ),
        (
            "p",
            "For children living with domestic abuse, we extended our police notification scheme to early years "
            "settings in June 2024, so that a nursery now hears by 9am the next day when police have attended a "
            "domestic abuse incident at a child's home. For harm outside the home, we replaced our separate "
            "exploitation and missing panels with a single Contextual Safeguarding Panel in September 2024. For "
            "disabled children, we introduced communication passports, so that every practitioner knows how a "
            "child who does not use speech tells people what they want and how they feel.",
        ),
        (
            "p",
            "We notified the national Panel of five serious incidents during the year, and each had a rapid "
            "review within 15 working days. Two led to local child safeguarding practice reviews: 'Ellie', "
            "published in March 2025, and 'Jordan', which will be published once criminal proceedings are "
            "complete. The other three were closed at rapid review with single- and multi-agency actions.",
        ),
        ("h1", "Learning from serious incidents"),
        (
            "p",
            "Looking across the five incidents, three things stood out. In four of them, a parent's mental "
            "health, drinking or violence was known to adult services but not to the people working with the "
            "child. In two, practitioners disagreed with a decision but did not use the escalation policy. And in "
            "both incidents involving disabled children, professionals relied on the parents to tell them how the "
            "child was, rather than finding out from the child.",
        ),
        (
            "p",
            "Ellie was eleven, autistic and did not use speech. The review found that over two years no "
            "practitioner had communicated with Ellie directly, and that her school's concerns about her weight "
            "were not linked with missed hospital appointments. It made four recommendations.",
        ),
        ("h1", "Key decisions and actions"),
        ("p", "The main decisions the Partnership Executive took during 2024/25 were:"),
        ("li", "June 2024: to extend police domestic abuse notifications to early years settings;"),
        (
            "li",
            "September 2024: to replace the exploitation and missing panels with the Contextual Safeguarding Panel;",
        ),
        ("li", "October 2024: to adopt and publish revised arrangements under Working Together 2023;"),
        ("li", "March 2025: to accept the four recommendations of the 'Ellie' review and give each a named lead."),
        (
            "p",
            "In response to the 'Ellie' review, every disabled child with a child in need or child protection "
            "plan now has a communication passport, and the child's own views, gathered in the way they "
            "communicate, are recorded at each review; a dip sample in May 2025 found this in 19 of 20 plans. In "
            "response to the national Panel's review of safeguarding disabled children in residential settings, "
            "social workers visited all 23 Kestleigh children placed in residential special schools and homes "
            "outside the borough, heard from each child in their own way, and moved two children whose placements "
            "were not meeting their needs.",
        ),
        ("h1", "Independent scrutiny"),
        (
            "p",
            "Dr Priya Raman has been our Independent Scrutineer since 2022. This year she reviewed the five "
            "rapid reviews, observed the Partnership Executive and the Contextual Safeguarding Panel, held four "
            "practitioner focus groups and spent two days with the staff of our family hubs.",
        ),
        (
            "p",
            'Her assessment: "The Kestleigh arrangements are effective in practice. The partners have used the '
            "move to Working Together 2023 to make decisions clearer and quicker, leaders know where practice is "
            "strong, and practitioners told me they feel able to challenge each other. The response to children "
            'harmed outside the home is much stronger than a year ago."',
        ),
        (
            "p",
            "Scrutiny has changed what we do. Last year Dr Raman found that rapid reviews were taking too long; "
            "we agreed a new timetable, and all five rapid reviews this year were completed within 15 working "
            "days, compared with two of six in 2023/24. She also challenged us to hear from young people "
            "themselves at the Contextual Safeguarding Panel, and since January 2025 young people have been "
            "invited to the part of the meeting that discusses their plan.",
        ),
        (
            "p",
            "Taken together, our rapid reviews, the four multi-agency audits and the scrutineer's work point to "
            "the same two themes: information about parents held by adult services does not reliably reach the "
            "practitioners working with their children, and practitioners who disagree with a decision too "
            "often let it drop instead of escalating it. These themes shape our work for 2025/26.",
        ),
        ("h1", "The difference we made"),
        (
            "p",
            "1,380 practitioners attended 52 multi-agency courses. Three months later we asked each attendee's "
            "manager whether practice had changed, and 84% of the 290 who replied gave an example.",
        ),
        (
            "p",
            "Training made a difference for children. In the audit of disabled children's cases in February "
            "2025, the child's own views were recorded in 14 of 16 cases where the social worker had attended the "
            "'Hearing every child' course, compared with 5 of 14 where they had not.",
        ),
        (
            "p",
            "Of the 64 young people discussed at the Contextual Safeguarding Panel for six months or more, 41 "
            "were assessed as being at lower risk of exploitation at the end of the year. Repeat police call-outs "
            "to homes where children live fell from 31% to 24% of domestic abuse incidents after the early years "
            "notification scheme began.",
        ),
        ("h1", "Using data and sharing information"),
        (
            "p",
            "Our partnership dataset goes to the Partnership Executive every quarter. In the third quarter it "
            "showed that referrals from early years settings had fallen by a third while referrals from health "
            "visitors had not changed. The Executive asked the Quality Assurance group to find out why, and a "
            "multi-agency audit in February 2025 found that nursery staff were unsure of the new front-door "
            "process. A briefing went to all 142 early years settings, and referrals from nurseries were back to "
            "their previous level by May 2025.",
        ),
        (
            "p",
            "Information sharing improved in two ways. Since November 2024, adult mental health and drug and "
            "alcohol services have attended the daily MASH meeting, so that what they know about a parent reaches "
            "children's practitioners the same day; and nurseries now receive police domestic abuse "
            "notifications. In the February audit, relevant information about a parent's mental health or "
            "substance use had been shared in 17 of 20 cases, compared with 9 of 20 a year earlier.",
        ),
        ("h1", "Education"),
        (
            "p",
            "Education is part of how we make decisions. Two headteachers, one primary and one secondary, "
            "nominated by the Kestleigh Headteachers' Association, and the manager of an early years nursery "
            "sit on the Partnership Executive and take part in its decisions.",
        ),
        (
            "p",
            "In day-to-day practice, designated safeguarding leads from 58 of our 61 schools attended the termly "
            "DSL network, schools took part in all four multi-agency audits, and a secondary deputy headteacher "
            "sits on the Contextual Safeguarding Panel.",
        ),
        ("h1", "Hearing from children and families"),
        (
            "p",
            "We heard from children and families through the Kestleigh Young Inspectors, who visited our family "
            "hubs in October 2024; through 47 conversations with parents as part of our multi-agency audits; and "
            "through a survey of 220 young people about feeling safe in the town centre.",
        ),
        (
            "p",
            "The Young Inspectors told us the family hubs felt like places for parents of babies, not for "
            "teenagers. As a result, two hubs now run a Tuesday evening drop-in for 13 to 17 year olds, designed "
            "with the Young Inspectors, which 86 young people had used by March 2025.",
        ),
        ("h1", "Putting Working Together 2023 into practice"),
        (
            "p",
            "We implemented the Working Together 2023 reforms during the year. In October 2024 the Lead "
            "Safeguarding Partners agreed and published revised arrangements that name the Delegated Safeguarding "
            "Partners and the Partnership Chair, give education a place on the Partnership Executive, and set "
            "out how the Lead Safeguarding Partners hold the Delegated Safeguarding Partners to account.",
        ),
        (
            "p",
            "The hardest decision was who should chair the partnership. The Lead Safeguarding Partners considered "
            "keeping an independent chair but decided that the chair should be one of the Delegated Safeguarding "
            "Partners, so that accountability stays with the partners. Reaching agreement took three months and "
            "delayed the revised arrangements from July to October 2024.",
        ),
        ("h1", "Changes to our arrangements"),
        ("p", "The revised arrangements were published on 14 October 2024. We plan two further changes:"),
        (
            "li",
            "by 31 December 2025, we will add the Kestleigh Youth Justice Service as a relevant agency and set "
            "out its role on the Contextual Safeguarding Panel;",
        ),
        (
            "li",
            "by 31 March 2026, we will publish a revised threshold document, 'Right Help, Right Time', signed "
            "off by the Lead Safeguarding Partners.",
        ),
        ("h1", "Secure establishments"),
        (
            "p",
            "Kestleigh has no secure children's home, secure training centre or young offender institution. "
            "Young people from Kestleigh who are remanded or sentenced to custody are placed outside the borough, "
            "and the Youth Justice Service visits them there.",
        ),
        ("h1", "Costs and value for money"),
        ("p", "The partnership budget for 2024/25 was £412,000, made up as follows."),
        (
            "table",
            ("Partner", "Contribution 2024/25"),
            [
                ("Kestleigh Borough Council", "£206,000"),
                ("NHS Severnmoor Integrated Care Board", "£123,600"),
                ("Southmoor Police", "£82,400"),
            ],
        ),
        (
            "p",
            "Most of the budget pays for the business unit, the Independent Scrutineer and the training "
            "programme. We think it is good value for money: the cost per practitioner trained fell from £74 to "
            "£61, and the 'Ellie' review was written by the business unit's own reviewer rather than commissioned "
            "from outside, saving about £18,000.",
        ),
        ("h1", "Areas for development"),
        ("p", "In 2025/26 we will:"),
        ("li", "make sure that disabled children's views are recorded in every plan;"),
        ("li", "improve how adult services share what they know about parents with children's practitioners;"),
        ("li", "remind practitioners to use the escalation policy when they disagree with a decision."),
        ("h1", "Publication"),
        (
            "p",
            "This report is published on our website, www.kestleighscp.org.uk/yearly-report, and was presented "
            "to the Kestleigh Health and Wellbeing Board.",
        ),
        (
            "p",
            "This report was sent to the Child Safeguarding Practice Review Panel and to Foundations within seven "
            "days of publication.",
        ),
    ],
}
