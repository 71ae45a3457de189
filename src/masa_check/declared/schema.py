"""The declared model: a partnership's arrangements written as YAML by its business manager.

Every requirement of the rule packs maps to a place here. Free-text fields hold the
partnership's own words ("how", "why"); lists hold named bodies. Everything but the
partnership's name is optional so that a partial file loads and the rules say what is missing.
Unknown keys are errors (``extra="forbid"``) so that a typo never silently drops a fact.
"""

from __future__ import annotations

import datetime as dt
from typing import Literal

from pydantic import BaseModel, Field

from masa_check.declared.base import Strict, Text
from masa_check.declared.waiver import WaiverEntry

__all__ = ["Strict", "Text", "WaiverEntry"]  # re-exported: older imports name them here


class Person(Strict):
    """A named person with their job title (e.g. a lead or delegated safeguarding partner)."""

    name: Text = None
    role: Text = Field(None, description="Job title, e.g. 'Chief Executive'")
    organisation: Text = None


class PartnerBody(Strict):
    """One statutory partner body: a local authority, an ICB (formerly CCG) or a police force."""

    name: str
    acting_for: list[str] = Field(default_factory=list, description="Other bodies this one acts for")
    lead: Person | None = Field(None, description="Lead safeguarding partner (LSP), WT2023")
    delegate: Person | None = Field(None, description="Delegated safeguarding partner (DSP), WT2023")
    contribution: Text = Field(None, description="What this partner contributes to the arrangements")


class Partners(Strict):
    local_authorities: list[PartnerBody] = Field(default_factory=list)
    icbs: list[PartnerBody] = Field(default_factory=list, description="Integrated care boards (CCGs before July 2022)")
    police: list[PartnerBody] = Field(default_factory=list, description="Chief officers of police / forces")


class Partnership(Strict):
    name: str
    cohort: Literal["children", "adults", "all-age"] = Field(
        "children", description="all-age: one partnership for children and adults"
    )
    website: Text = None


class Area(Strict):
    local_authorities: list[str] = Field(default_factory=list, description="Local authority areas covered")
    description: Text = Field(None, description="Boundary statement, e.g. co-terminous with the police area")


class Governance(Strict):
    strategic_group: Text = Field(None, description="Name of the joint strategic group of the partners")
    description: Text = Field(None, description="How the partners work together to identify and respond to needs")
    needs_and_priorities: Text = Field(None, description="How needs and priorities are identified and acted on")
    subgroups: list[str] = Field(default_factory=list)
    meeting_frequency: Text = None


class Chair(Strict):
    name: Text = None
    role: Text = Field(None, description="e.g. Independent Chair, or the DSP who chairs")
    independent: bool | None = None
    how_chosen: Text = None
    responsibilities: Text = None
    appointed_by: Text = Field(None, description="SAB: who appoints the chair (the local authority)")
    consultation: Text = Field(None, description="SAB: how the members were consulted on the appointment")
    skills: Text = Field(None, description="SAB: the skills and experience the chair brings")


class PracticeReviews(Strict):
    """Local child safeguarding practice reviews (CSPRs)."""

    decision_making: Text = Field(None, description="Who decides: rapid reviews, case review group")
    commissioning: Text = Field(None, description="How reviewers are commissioned")
    publication: Text = Field(None, description="How and where reports are published")
    panel_notification: Text = Field(None, description="How the national Panel is notified / sent reports")


class Scrutiny(Strict):
    scrutineer: Text = Field(None, description="Named independent scrutineer or scrutiny body")
    model: Text = Field(None, description="The scrutiny model, e.g. independent scrutineer plus peer review")
    review_of_arrangements: Text = Field(None, description="How and how often the arrangements are reviewed")
    recommendations: Text = Field(None, description="How scrutiny recommendations are taken forward")
    functions: list[str] = Field(default_factory=list, description="Remit: support and challenge, assurance, ...")


class RelevantAgency(Strict):
    name: str = Field(description="A named body, or a Regs 2018 Schedule category")
    category: bool = Field(False, description="true when 'name' is a category, e.g. 'All schools'")
    why: Text = Field(None, description="Why it was chosen")
    how: Text = Field(None, description="How it works with the partners")


class Voice(Strict):
    mechanisms: list[str] = Field(default_factory=list, description="Youth forum, surveys, participation in audits")
    description: Text = None


class FundingLine(Strict):
    partner: str
    amount: float | None = Field(None, description="Pounds a year")
    share: Text = Field(None, description="e.g. '40%'")
    in_kind: Text = Field(None, description="Staff, venues, services given instead of money")


class Funding(Strict):
    period: Text = Field(None, description="e.g. '2025/26'")
    total: float | None = None
    contributions: list[FundingLine] = Field(default_factory=list)
    description: Text = None
    changes: Text = Field(None, description="Yearly report: changes to funding since last year")
    value_for_money: Text = Field(None, description="Yearly report: assessment of impact and value for money")


class Education(Strict):
    strategic: Text = Field(None, description="How education is represented in strategic decisions")
    operational: Text = Field(None, description="Forums, DSL networks, sub-groups")
    settings: list[str] = Field(default_factory=list, description="Early years, schools, academies, colleges ...")
    designated_agencies: list[str] = Field(
        default_factory=list,
        description="CWSA 2026 s.2: the childcare and education agencies the arrangements cover as designated "
        "(Children Act 2004 s.16E(1)(aa)), e.g. 'all schools and academies in the area'",
    )
    designated_working: Text = Field(
        None,
        description="CWSA 2026 s.2: how those agencies work with the partners to identify and respond to "
        "children's needs (s.16E(2) as amended)",
    )


class SecureEstate(Strict):
    """Youth custody, secure and residential children's homes."""

    in_area: bool | None = Field(None, description="false: there is none in the area (rules become not applicable)")
    statement: Text = None
    establishments: list[str] = Field(default_factory=list)
    how_included: Text = None


class DataIntelligence(Strict):
    dataset: Text = Field(None, description="Agreed dataset / performance framework")
    reviewed_by: Text = None
    frequency: Text = None
    early_help: Text = Field(None, description="How data shows the effectiveness of early help")
    protected_characteristics: Text = Field(None, description="Breakdown by protected characteristics")
    analytic_support: Text = Field(None, description="Analyst or business-intelligence support")
    disproportionality: Text = Field(
        None, description="WT2026: how data is analysed to identify disproportionality, and what is done about it"
    )
    racism: Text = Field(None, description="WT2026: how data is analysed to identify racism, and what is done about it")
    learning: Text = Field(None, description="Yearly report: how data was used to encourage learning")
    information_sharing: Text = Field(None, description="Yearly report: how better information sharing helped")


class Scope(Strict):
    """WT2026: which children the arrangements cover."""

    all_children: Text = Field(None, description="The arrangements cover every child in the area")
    looked_after: Text = Field(None, description="How children looked after (in care, care leavers) are covered")
    kinship_sgo_adopted: Text = Field(
        None, description="Children in kinship care, under special guardianship orders, and adopted children"
    )
    unborn: Text = Field(None, description="Unborn children where there are concerns (pre-birth)")


class Accountability(Strict):
    """WT2026: who is accountable to whom, and how the partners are inspected."""

    structure: Text = Field(None, description="The accountability structure: who holds whom to account, and how")
    inspection: Text = Field(None, description="How the safeguarding partners are inspected and prepare for it")


class CoreMember(Strict):
    """One of a multi-agency child protection team's four core members (Children Act 2004 s.16EA(4))."""

    role: Text = Field(None, description="Post or professional background, e.g. 'Designated Nurse'")
    name: Text = None
    nominated_by: Text = Field(
        None, description="The body that nominates them (the council, the ICB, the chief officer of police)"
    )


class ChildProtectionTeam(Strict):
    """A multi-agency child protection team (MACPT) the arrangements establish (s.16EA)."""

    name: str
    area: Text = Field(None, description="The team's footprint: the area (or part of it) it covers")
    education: CoreMember | None = Field(
        None, description="A person with experience in education, nominated by the local authority"
    )
    social_worker: CoreMember | None = Field(None, description="A social worker, nominated by the local authority")
    health: CoreMember | None = Field(None, description="A registered health professional, nominated by an ICB")
    police: CoreMember | None = Field(
        None,
        description="A constable or police employee with child protection experience, nominated by the chief officer of police",
    )


class ChildProtectionTeams(Strict):
    """CWSA 2026 s.3 (Children Act 2004 s.16EA): the arrangements' multi-agency child protection teams."""

    teams: list[ChildProtectionTeam] = Field(default_factory=list)
    plans: Text = Field(None, description="Before they are set up: how and when the partners will establish them")


class InformationSharing(Strict):
    """CWSA 2026 s.4: the duty to share information (s.16LA) and the consistent identifier (s.16LC)."""

    duty: Text = Field(
        None, description="How the partners and agencies share information relevant to safeguarding (s.16LA)"
    )
    consistent_identifier: Text = Field(
        None, description="How the consistent identifier (expected to be the NHS number) is recorded and used (s.16LC)"
    )


class Training(Strict):
    commissioning: Text = Field(None, description="Needs analysis and how training is commissioned")
    delivery: Text = None
    impact_evaluation: Text = Field(None, description="How the impact of training is monitored")


class Audits(Strict):
    programme: Text = Field(None, description="Multi-agency audit programme")


class Learning(Strict):
    framework: Text = Field(None, description="Learning and improvement framework")
    dissemination: Text = None
    action_tracking: Text = None


class Threshold(Strict):
    document: Text = Field(None, description="Name of the threshold document")
    url: Text = None
    alignment: Text = Field(None, description="How it aligns with the arrangements")
    signed_off_by: list[str] = Field(default_factory=list)


class AnnualReport(Strict):
    """For arrangements: where the partners' yearly report is published."""

    published_at: Text = Field(None, description="URL or named website")


class SignOff(Strict):
    signatories: list[Person] = Field(default_factory=list)
    date: dt.date | None = None


class StrategicLink(Strict):
    name: str
    how: Text = None


class SarArrangements(Strict):
    """Safeguarding adults reviews (Care Act 2014 s.44) as the arrangements describe them."""

    mandatory_criteria: Text = Field(None, description="s.44(1)-(3): death or serious abuse/neglect + joint working")
    discretionary: Text = Field(None, description="s.44(4): other reviews the SAB may arrange")
    process: Text = Field(None, description="Referral, decision and commissioning process")


class SabDuties(Strict):
    """The three core SAB duties (Care Act 2014 Sch.2 paras 3-4, s.44)."""

    strategic_plan: Text = Field(None, description="How the strategic plan is published each financial year")
    annual_report: Text = Field(None, description="How the annual report is published")
    sars: Text = Field(None, description="How safeguarding adults reviews are arranged")


class AdultPrinciples(Strict):
    principles: list[str] = Field(
        default_factory=list,
        description="Empowerment, prevention, proportionality, protection, partnership, accountability",
    )
    making_safeguarding_personal: Text = Field(None, description="How Making Safeguarding Personal frames the work")


class Arrangements(Strict):
    """Published multi-agency safeguarding arrangements, declared."""

    kind: Literal["arrangements"] = "arrangements"
    partnership: Partnership
    published: dt.date | None = Field(None, description="Publication or approval date")
    review_date: dt.date | None = Field(None, description="When the arrangements will next be reviewed")
    guidance: Literal["wt2018", "wt2023", "wt2026"] | None = Field(
        None, description="Which Working Together they follow"
    )
    area: Area | None = None
    scope: Scope | None = Field(None, description="WT2026: the children the arrangements cover")
    partners: Partners | None = None
    governance: Governance | None = None
    accountability: Accountability | None = Field(None, description="WT2026: accountability and inspection")
    child_protection_teams: ChildProtectionTeams | None = Field(
        None, description="CWSA 2026 s.3: multi-agency child protection teams (Children Act 2004 s.16EA)"
    )
    information_sharing: InformationSharing | None = Field(
        None, description="CWSA 2026 s.4: information sharing (s.16LA) and the consistent identifier (s.16LC)"
    )
    chair: Chair | None = None
    practice_reviews: PracticeReviews | None = None
    scrutiny: Scrutiny | None = None
    relevant_agencies: list[RelevantAgency] = Field(default_factory=list)
    voice: Voice | None = None
    funding: Funding | None = None
    education: Education | None = None
    secure_estate: SecureEstate | None = None
    data: DataIntelligence | None = None
    training: Training | None = None
    audits: Audits | None = None
    learning: Learning | None = None
    threshold: Threshold | None = None
    annual_report: AnnualReport | None = None
    sign_off: SignOff | None = None
    strategic_links: list[StrategicLink] = Field(default_factory=list)
    # The adults' part of an all-age partnership (checked by care-act-sab).
    sars: SarArrangements | None = Field(None, description="All-age: safeguarding adults reviews")
    sab_duties: SabDuties | None = Field(None, description="All-age: the SAB's three core duties")
    adult_principles: AdultPrinciples | None = None
    waivers: list[WaiverEntry] = Field(default_factory=list)


# --- Reports, plans and other document kinds -------------------------------------------------


class AdultsPartnership(Partnership):
    """A Safeguarding Adults Board: adults unless declared all-age."""

    cohort: Literal["children", "adults", "all-age"] = Field("adults", description="adults or all-age")


class Period(Strict):
    """The period a report or plan covers; a financial year runs 1 April - 31 March."""

    start: dt.date | None = None
    end: dt.date | None = None
    label: Text = Field(None, description="As the document writes it, e.g. '2024/25'")
    previous_end: dt.date | None = Field(None, description="End of the period the previous report covered")


class Recipient(Strict):
    """A body the report was sent to, with the date it was sent."""

    name: str = Field(description="e.g. Child Safeguarding Practice Review Panel, Foundations")
    date: dt.date | None = Field(None, description="Date sent")


class Activity(Strict):
    arrangements: Text = Field(None, description="What the partners and relevant agencies did under the arrangements")
    practice_reviews: Text = Field(None, description="What was done on child safeguarding practice reviews")


class Effectiveness(Strict):
    assessment: Text = Field(None, description="How effective the arrangements have been in practice")
    evidence: Text = Field(None, description="What the assessment rests on")


class ScrutinyThemes(Strict):
    reviews: Text = Field(None, description="Themes from practice reviews and rapid reviews")
    scrutineer: Text = Field(None, description="What the independent scrutineer looked at and found")
    audits: Text = Field(None, description="Themes from multi-agency audits")
    impact: Text = Field(None, description="Impact of independent scrutiny")
    learning: Text = Field(None, description="Learning from independent scrutiny")


class Impact(Strict):
    outcomes: Text = Field(None, description="Evidence of impact on outcomes for children and families")
    training: Text = Field(None, description="Impact of training on practice and outcomes")


class Progress(Strict):
    achieved: Text = Field(None, description="Progress on the agreed priorities")
    little_or_no_progress: Text = Field(None, description="Analysis of priorities with little or no progress")


class ReviewLearning(Strict):
    serious_incidents: Text = Field(None, description="Analysis of learning from serious incidents")
    recommendations: Text = Field(None, description="Actions on recommendations of local and national reviews")
    improvements: Text = Field(None, description="Improvements that resulted")
    key_decisions: list[str] = Field(default_factory=list, description="Key decisions and actions of the year")


class ReportVoice(Strict):
    mechanisms: list[str] = Field(default_factory=list, description="How feedback was sought")
    influence: Text = Field(None, description="How the feedback was used to influence services")


class ArrangementsUpdates(Strict):
    changes: Text = Field(None, description="Updates to the published arrangements")
    timescales: Text = Field(None, description="Proposed timescales for the updates")
    no_changes: bool | None = Field(None, description="true: the arrangements need no changes")


class NationalReforms(Strict):
    implemented: Text = Field(None, description="National reforms implemented")
    decisions: Text = Field(None, description="Key decisions taken")
    issues: Text = Field(None, description="Issues encountered")


class ReportSecureEstate(SecureEstate):
    restraint_review: Text = Field(None, description="Review of the use of restraint in the secure establishment")
    restraint_reported_to: list[str] = Field(
        default_factory=list, description="Youth Justice Board, Youth Custody Service, HM Inspectorate of Prisons"
    )


class YearlyReport(Strict):
    """The safeguarding partners' yearly report (children)."""

    kind: Literal["yearly-report"] = "yearly-report"
    partnership: Partnership
    published: dt.date | None = Field(None, description="Publication date")
    guidance: Literal["wt2018", "wt2023", "wt2026"] | None = None
    period: Period | None = None
    published_at: Text = Field(None, description="Where the report is published (URL or website)")
    sent_to: list[Recipient] = Field(default_factory=list, description="Panel, Foundations / What Works Centre")
    partners: Partners | None = Field(None, description="Each partner with its contribution")
    activity: Activity | None = None
    effectiveness: Effectiveness | None = None
    scrutiny: ScrutinyThemes | None = None
    impact: Impact | None = None
    progress: Progress | None = None
    learning: ReviewLearning | None = None
    voice: ReportVoice | None = None
    funding: Funding | None = None
    education: Education | None = None
    data: DataIntelligence | None = None
    scope: Scope | None = Field(
        None, description="WT2026: the children the year's work covered (looked after, kinship...)"
    )
    arrangements_updates: ArrangementsUpdates | None = None
    national_reforms: NationalReforms | None = None
    secure_estate: ReportSecureEstate | None = None
    waivers: list[WaiverEntry] = Field(default_factory=list)


class SabArrangements(Strict):
    """A Safeguarding Adults Board's constitution / arrangements (Care Act 2014 s.43-44)."""

    kind: Literal["sab-arrangements"] = "sab-arrangements"
    partnership: AdultsPartnership
    published: dt.date | None = None
    review_date: dt.date | None = None
    area: Area | None = None
    partners: Partners | None = Field(None, description="Core members: LA, ICB(s), chief officer(s) of police")
    chair: Chair | None = None
    sars: SarArrangements | None = None
    sab_duties: SabDuties | None = None
    adult_principles: AdultPrinciples | None = None
    waivers: list[WaiverEntry] = Field(default_factory=list)


class Priority(Strict):
    name: str
    actions: list[str] = Field(default_factory=list)
    evidence: Text = Field(None, description="The data or intelligence the priority rests on")


class Consultation(Strict):
    healthwatch: Text = Field(None, description="How the local Healthwatch was consulted")
    community: Text = Field(None, description="How the community was involved")


class SabStrategicPlan(Strict):
    """A SAB strategic plan (Care Act 2014 Sch.2 para 3)."""

    kind: Literal["sab-strategic-plan"] = "sab-strategic-plan"
    partnership: AdultsPartnership
    published: dt.date | None = None
    review_date: dt.date | None = Field(None, description="When the plan is next refreshed")
    period: Period | None = None
    objective: Text = Field(None, description="The SAB's objective and overall strategy")
    priorities: list[Priority] = Field(default_factory=list)
    partners: Partners | None = Field(None, description="What each member is to do (contribution)")
    consultation: Consultation | None = None
    evidence_base: Text = Field(None, description="Data and intelligence the priorities rest on")
    waivers: list[WaiverEntry] = Field(default_factory=list)


class ConcludedSar(Strict):
    name: str
    findings: Text = None
    actions: Text = Field(None, description="What the SAB did to implement the findings")


class NotImplemented(Strict):
    finding: str
    sar: Text = None
    reason: Text = Field(None, description="Why the SAB decided not to implement it")


class SarReport(Strict):
    concluded: list[ConcludedSar] = Field(default_factory=list)
    none_concluded: bool | None = Field(None, description="true: no SAR concluded in the year")
    ongoing: list[str] = Field(default_factory=list, description="SARs ongoing at the end of the year")
    none_ongoing: bool | None = Field(None, description="true: no SAR ongoing at the year end")
    implementation: Text = Field(None, description="What the SAB did to implement SAR findings")
    not_implemented: list[NotImplemented] = Field(default_factory=list)
    none_declined: bool | None = Field(None, description="true: every SAR finding is being implemented")


class SabActivity(Strict):
    objective: Text = Field(None, description="What the SAB did to achieve its objective")
    strategy: Text = Field(None, description="What it did to implement its strategy")


class SafeguardingData(Strict):
    concerns: Text = Field(None, description="Section 42 concerns: numbers and analysis")
    enquiries: Text = Field(None, description="Section 42 enquiries: numbers and analysis")
    analysis: Text = None
    msp_outcomes: Text = Field(None, description="Making Safeguarding Personal outcomes")


class SabAnnualReport(Strict):
    """A SAB annual report (Care Act 2014 Sch.2 para 4)."""

    kind: Literal["sab-annual-report"] = "sab-annual-report"
    partnership: AdultsPartnership
    published: dt.date | None = None
    period: Period | None = None
    published_at: Text = None
    activity: SabActivity | None = None
    partners: Partners | None = Field(None, description="What each member did (contribution)")
    sars: SarReport | None = None
    sent_to: list[Recipient] = Field(default_factory=list)
    data: SafeguardingData | None = None
    waivers: list[WaiverEntry] = Field(default_factory=list)


class Cdop(Strict):
    name: Text = None
    footprint: list[str] = Field(default_factory=list, description="Local authority areas the CDOP covers")
    deaths_per_year: int | None = Field(None, description="Typical number of deaths reviewed a year")


class CdrScope(Strict):
    resident: Text = Field(None, description="Review of deaths of children normally resident in the area")
    non_resident: Text = Field(
        None, description="How deaths of non-resident children are reviewed, as indicated (WT2023 ch.6)"
    )
    age: Text = Field(None, description="e.g. under 18")
    exclusions: Text = Field(None, description="Stillbirths and lawful terminations are excluded")


class CdrAnalysis(Strict):
    analysis: Text = Field(None, description="How information about the deaths is analysed")
    informing: Text = Field(None, description="How those who should act are informed")
    coroner_reports: Text = Field(
        None, description="WT2023 ch.6: the coroner sends post-mortem examination reports to the CDOP"
    )


class CdrReport(Strict):
    interval: Text = Field(None, description="How often the report is published")
    published_at: Text = None
    description: Text = Field(None, description="What the report covers: what was done, how effective")


class CdrArrangements(Strict):
    """Child death review arrangements (Children Act 2004 s.16M-16Q; CDR guidance 2018)."""

    kind: Literal["cdr-arrangements"] = "cdr-arrangements"
    partnership: Partnership
    published: dt.date | None = None
    review_date: dt.date | None = None
    partners: Partners | None = Field(None, description="CDR partners: local authorities and ICBs")
    scope: CdrScope | None = None
    analysis: CdrAnalysis | None = None
    cdop: Cdop | None = None
    report: CdrReport | None = None
    waivers: list[WaiverEntry] = Field(default_factory=list)


#: The model for each declared document kind.
MODELS: dict[str, type[BaseModel]] = {
    "arrangements": Arrangements,
    "yearly-report": YearlyReport,
    "sab-arrangements": SabArrangements,
    "sab-strategic-plan": SabStrategicPlan,
    "sab-annual-report": SabAnnualReport,
    "cdr-arrangements": CdrArrangements,
}
