"""The declared model: a partnership's arrangements written as YAML by its business manager.

Every requirement of the rule packs maps to a place here. Free-text fields hold the
partnership's own words ("how", "why"); lists hold named bodies. Everything but the
partnership's name is optional so that a partial file loads and the rules say what is missing.
Unknown keys are errors (``extra="forbid"``) so that a typo never silently drops a fact.
"""

from __future__ import annotations

import datetime as dt
from typing import Literal

from pydantic import BaseModel, ConfigDict, Field

Text = str | None


class Strict(BaseModel):
    model_config = ConfigDict(extra="forbid")


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


class Education(Strict):
    strategic: Text = Field(None, description="How education is represented in strategic decisions")
    operational: Text = Field(None, description="Forums, DSL networks, sub-groups")
    settings: list[str] = Field(default_factory=list, description="Early years, schools, academies, colleges ...")


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
    protected_characteristics: Text = None


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


class WaiverEntry(Strict):
    rule: str
    reason: str
    expires: dt.date
    approved_by: Text = None


class Arrangements(Strict):
    """Published multi-agency safeguarding arrangements, declared."""

    kind: Literal["arrangements"] = "arrangements"
    partnership: Partnership
    published: dt.date | None = Field(None, description="Publication or approval date")
    review_date: dt.date | None = Field(None, description="When the arrangements will next be reviewed")
    guidance: Literal["wt2018", "wt2023"] | None = Field(None, description="Which Working Together they follow")
    area: Area | None = None
    partners: Partners | None = None
    governance: Governance | None = None
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
    waivers: list[WaiverEntry] = Field(default_factory=list)


#: The model for each declared document kind. Packs for other kinds extend this map.
MODELS: dict[str, type[BaseModel]] = {"arrangements": Arrangements}
