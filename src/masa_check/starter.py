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
# `masa-check rules explain WT23-ARR-01` says what each requirement needs.
kind: arrangements
partnership:
  name: TODO the partnership's name
  cohort: children            # children | all-age (children and adults together)
  website: TODO https://... where the arrangements are published
published: TODO               # YYYY-MM-DD: date the arrangements were published or approved
review_date: @REVIEW_DATE@    # when they will next be reviewed (a year from today: change it)
guidance: wt2023              # wt2018 | wt2023 | wt2026: the Working Together you follow

area:
  local_authorities: [TODO]   # the local authority area(s) covered
  description: TODO the area covered, e.g. its boundary

partners:
  local_authorities:
    - name: TODO the council
      lead: {name: TODO, role: TODO e.g. Chief Executive}            # lead safeguarding partner
      delegate: {name: TODO, role: TODO e.g. Director of Children's Services}
  icbs:
    - name: TODO the integrated care board
  police:
    - name: TODO the police force

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
"""


def starter_text(today) -> str:
    """The starter arrangements.yaml, its review date a year after ``today``."""
    import datetime as dt

    try:
        review = today.replace(year=today.year + 1)
    except ValueError:  # 29 February
        review = today + dt.timedelta(days=365)
    return STARTER.replace("@REVIEW_DATE@", review.isoformat())


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
