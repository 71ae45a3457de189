"""Starter files written by ``masa-check init``."""

#: Written by ``init`` beside the starter, so the ``$schema`` line works with no network.
SCHEMA_FILE = "arrangements.schema.json"

#: Every value is a ``TODO`` placeholder the schema rejects (file:line), so a starter cannot pass
#: before it is filled in; only the review date is set, a year ahead, and ``@REVIEW_DATE@`` is
#: replaced when the file is written.
STARTER = """\
# yaml-language-server: $schema=./arrangements.schema.json
# (that file is written by `masa-check init`; `masa-check schema -o arrangements.schema.json`
#  writes it again after an upgrade)
# Published multi-agency safeguarding arrangements, declared for masa-check.
# Replace every TODO with what your published arrangements say, or delete the line when they
# say nothing: masa-check refuses a TODO and tells you which requirement a missing fact leaves
# unmet. Run:
#   masa-check validate arrangements.yaml
# `masa-check rules explain @RULE@` says what each requirement needs.
kind: arrangements
partnership:
  name: TODO the partnership's name
  cohort: children            # children | all-age (children and adults together)
  website: TODO https://... where the arrangements are published
published: TODO               # YYYY-MM-DD: date the arrangements were published or approved
review_date: @REVIEW_DATE@    # when they will next be reviewed (a year from today: change it)
guidance: @GUIDANCE@              # wt2018 | wt2023 | wt2026: the Working Together you follow

area:
  local_authorities: [TODO]   # the local authority area(s) covered
  description: TODO the area covered, e.g. its boundary

@SCOPE@partners:
  local_authorities:
    - name: TODO the council
      lead: {name: TODO, role: TODO e.g. Chief Executive}            # lead safeguarding partner
      delegate: {name: TODO, role: TODO e.g. Director of Children's Services}
  icbs:
    - name: TODO the integrated care board
  police:
    - name: TODO the police force

chair:
  name: TODO who chairs the partnership
  role: TODO e.g. the local authority's delegated safeguarding partner
  independent: TODO           # true | false
  how_chosen: TODO how the chair is chosen
  responsibilities: TODO what the chair does

governance:
  strategic_group: TODO the name of the partners' joint strategic group
  description: TODO who sits on it, how often it meets, what it decides
  needs_and_priorities: TODO how local needs and priorities are identified and acted on

practice_reviews:
  decision_making: TODO how serious incidents are considered and reviews decided on
  commissioning: TODO how reviewers are commissioned
  publication: TODO where and how reports are published

scrutiny:
  scrutineer: TODO who provides independent scrutiny
  review_of_arrangements: TODO how the arrangements are scrutinised
  recommendations: TODO how recommendations are followed up

relevant_agencies:
  - name: TODO an agency or group of agencies
    category: true
    why: TODO why it is a relevant agency
    how: TODO how it takes part in the arrangements

voice:
  mechanisms: [TODO]          # how children and families are heard

funding:
  period: TODO                # e.g. 2026/27
  contributions:
    - {partner: TODO, amount: TODO}

education:
  settings: [TODO]            # early years, schools, colleges ...
  strategic: TODO how education takes part in strategic decisions
  operational: TODO how education takes part day to day
  designated_agencies: [TODO]  # CWSA 2026 s.2: childcare and education agencies designated by regulations
  designated_working: TODO how they work with the partners

secure_estate:
  in_area: TODO               # true | false: a youth custody or secure home in the area
  statement: TODO

data:
  dataset: TODO the multi-agency dataset
  reviewed_by: TODO
  frequency: TODO             # e.g. quarterly

training:
  commissioning: TODO how multi-agency training is commissioned
  impact_evaluation: TODO how its impact is evaluated
audits:
  programme: TODO the multi-agency audit programme
learning:
  framework: TODO how learning is shared
  action_tracking: TODO how actions from reviews are tracked
threshold:
  document: TODO the threshold document's name
  alignment: TODO how it fits the arrangements
annual_report:
  published_at: TODO https://... where the yearly report is published

sign_off:
  date: TODO                  # YYYY-MM-DD: when the lead safeguarding partners signed them off
  signatories:
    - {name: TODO, role: TODO, organisation: TODO}
strategic_links:
  - name: TODO e.g. the Health and Wellbeing Board, the Safeguarding Adults Board
    how: TODO how the partnership works with it
"""

#: What Working Together 2026 adds to the starter (``init --guidance wt2026``, the default once
#: it is in force): the children covered, and who holds whom to account.
WT2026_SECTIONS = """scope:                        # WT2026: the children the arrangements cover
  all_children: TODO every child in the area, including those placed here
  looked_after: TODO looked-after children and care leavers
  kinship_sgo_adopted: TODO children in kinship care, under special guardianship, adopted
  unborn: TODO unborn children where there are concerns

accountability:               # WT2026: accountability structures and inspection
  structure: TODO who holds whom to account
  inspection: TODO how the partners are inspected and act on inspections

# Children's Wellbeing and Schools Act 2026: advisory until each section commences (the rules
# say so); fill these in as your plans firm up, or delete them for now.
child_protection_teams:       # s.16EA multi-agency child protection teams
  teams:
    - name: TODO the team
      area: TODO the area it covers
      education: {role: TODO, nominated_by: TODO}
      social_worker: {role: TODO, nominated_by: TODO}
      health: {role: TODO, nominated_by: TODO the ICB}
      police: {role: TODO, nominated_by: TODO the chief officer of police}
information_sharing:          # s.16LA duty to share information; s.16LC consistent identifier
  duty: TODO how information is shared under the duty
  consistent_identifier: TODO e.g. the NHS number, and who records it

"""

#: Working Together editions ``init`` can write, with the rule whose explanation it points to.
GUIDANCE_RULE = {"wt2018": "WT18-ARR-01", "wt2023": "WT23-ARR-01", "wt2026": "WT26-ARR-01"}


def default_guidance(today) -> str:
    """The edition in force on ``today``: WT2026 from its publication (18 March 2026)."""
    import datetime as dt

    return "wt2026" if today >= dt.date(2026, 3, 18) else "wt2023"


def starter_text(today, guidance: str | None = None) -> str:
    """The starter arrangements.yaml for ``guidance`` (default: the edition in force), its
    review date a year after ``today``."""
    import datetime as dt

    guidance = guidance or default_guidance(today)
    try:
        review = today.replace(year=today.year + 1)
    except ValueError:  # 29 February
        review = today + dt.timedelta(days=365)
    return (
        STARTER.replace("@REVIEW_DATE@", review.isoformat())
        .replace("@GUIDANCE@", f"{guidance:<6}")
        .replace("@RULE@", GUIDANCE_RULE[guidance])
        .replace("@SCOPE@", WT2026_SECTIONS if guidance == "wt2026" else "")
    )


CONFIG = """\
# masa-check configuration for this documents repository.
# Waivers: gaps the partnership accepts knowingly. Each needs a reason and an expiry date;
# an expired waiver stops applying and masa-check says so.
waivers: []
#  - rule: WT18-ARR-10
#    reason: Secure home closed in 2024; arrangements being rewritten.
#    approved_by: Partnership Executive, 12 March 2025
#    expires: 2026-03-31
"""
