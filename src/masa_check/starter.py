"""Starter files written by ``masa-check init``."""

STARTER = """\
# yaml-language-server: $schema=https://masa-check.invalid/schema/arrangements.json
# Published multi-agency safeguarding arrangements, declared for masa-check.
# Fill in what your published arrangements say; leave out what they do not, and
# masa-check will tell you which requirement that leaves unmet. Run:
#   masa-check validate arrangements.yaml
# `masa-check rules explain WT18-ARR-03` says what each requirement needs.
kind: arrangements
partnership:
  name: Northshire Safeguarding Children Partnership
  cohort: children            # children | all-age (children and adults together)
  website: https://www.example.org.uk
published: 2025-01-15         # date the arrangements were published or approved
review_date: 2026-01-15       # when they will next be reviewed
guidance: wt2023              # wt2018 | wt2023: the Working Together you follow

area:
  local_authorities: [Northshire]
  description: The arrangements cover the area of Northshire County Council.

partners:
  local_authorities:
    - name: Northshire County Council
      lead: {name: A. Person, role: Chief Executive}                 # lead safeguarding partner
      delegate: {name: B. Person, role: Director of Children's Services}
  icbs:
    - name: NHS Northshire Integrated Care Board
  police:
    - name: Northshire Police

governance:
  strategic_group: Safeguarding Partnership Executive
  description: >-
    The Executive of the three partners meets every two months, sets the priorities and holds
    the sub-groups to account.
  needs_and_priorities: Priorities are set each year from the JSNA, the dataset and review learning.

practice_reviews:
  decision_making: The Case Review Group runs a rapid review for every serious incident notification.
  commissioning: Reviewers are commissioned by the Business Unit from an approved list.
  publication: Reports are published on our website and sent to the national Panel.

scrutiny:
  scrutineer: Independent Scrutineer (named on our website)
  review_of_arrangements: An annual scrutiny programme agreed by the Executive.
  recommendations: Recommendations are tracked in an action plan by the Executive.

relevant_agencies:
  - name: All schools and colleges in Northshire
    category: true
    why: Staff see children every day and make most early referrals.
    how: Education Safeguarding Forum; section 175 audit.

voice:
  mechanisms: [Northshire Youth Council]

funding:
  period: 2025/26
  contributions:
    - {partner: Northshire County Council, amount: 180000}
    - {partner: NHS Northshire Integrated Care Board, amount: 120000}
    - {partner: Northshire Police, amount: 60000}

education:
  settings: [early years settings, schools, academies, independent schools, colleges]
  strategic: Two head teachers sit on the Executive.
  operational: A termly DSL network.

secure_estate:
  in_area: false              # false: no youth custody or secure home in the area
  statement: There is no secure establishment in Northshire.

data:
  dataset: Multi-agency safeguarding dataset, including early help.
  reviewed_by: Quality Assurance sub-group
  frequency: quarterly

training:
  commissioning: An annual training needs analysis shapes the programme.
  impact_evaluation: Follow-up evaluation three months after each course.
audits:
  programme: A rolling programme of multi-agency case file audits.
learning:
  framework: Learning and Improvement Framework; 7-minute briefings.
  action_tracking: Action plans tracked to completion by the Case Review Group.
threshold:
  document: Northshire Continuum of Need
  alignment: Agreed by the three partners; it underpins these arrangements.
annual_report:
  published_at: https://www.example.org.uk/annual-report
"""

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
