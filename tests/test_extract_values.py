"""``extract`` fills values, not sentences, and guesses nothing.

Each field type (organisations, roles, amounts and shares, dates and periods, web addresses,
frequencies) is drafted from texts written here in several phrasings; a field the document does
not evidence is left empty with ``# not found``; a funding table's columns never duplicate a
partner; the national duty restated fills nothing; one sentence fills one field of its words;
the draft validates and is of the document's own kind; every value names its evidence.
"""

from __future__ import annotations

import re
from pathlib import Path

import pytest
import yaml

from masa_check.declared.schema import MODELS
from masa_check.errors import InputError
from masa_check.extract import draft_for, extract_declared, write_extract
from masa_check.sources import load_document

HEAD = "# {name} Safeguarding Children Partnership: Multi-agency Safeguarding Arrangements\n\n"
HEAD += "Published 4 February 2025. These arrangements follow Working Together to Safeguard Children 2023.\n\n"


def _draft(tmp_path: Path, body: str, name: str = "Kelmouth", kind: str | None = None) -> tuple[dict, str]:
    src = tmp_path / "doc.md"
    src.write_text(HEAD.format(name=name) + body, encoding="utf-8")
    text = write_extract(str(src), None, use_cache=False, **({"kind": kind} if kind else {}))
    return yaml.safe_load(text), text


def _names(data: dict, key: str) -> list[str]:
    return [p["name"] for p in (data.get("partners") or {}).get(key) or []]


# ------------------------------------------------------------------ organisations

ORGANISATIONS = [
    "## Our partners\n\nThe safeguarding partners are Kelmouth City Council, NHS Kelmouth Integrated Care Board "
    "and Kelmouth Police.\n",
    "## Statutory partners\n\n- Kelmouth City Council\n- NHS Kelmouth Integrated Care Board\n- Kelmouth Police\n",
    "## Who we are\n\n| Partner | Type |\n| --- | --- |\n| Kelmouth City Council | Local authority |\n"
    "| NHS Kelmouth Integrated Care Board | Health |\n| Kelmouth Police | Police |\n",
]


@pytest.mark.parametrize("body", ORGANISATIONS, ids=["sentence", "list", "table"])
def test_partner_names_are_names_not_sentences(tmp_path, body):
    data, _ = _draft(tmp_path, body)
    assert _names(data, "local_authorities") == ["Kelmouth City Council"]
    assert _names(data, "icbs") == ["NHS Kelmouth Integrated Care Board"]
    assert _names(data, "police") == ["Kelmouth Police"]


def test_no_organisation_is_invented_from_names_run_together(tmp_path):
    """A membership list whose commas were lost must not glue a force to a health body's type."""
    body = (
        "## Membership\n\nMembership: Local Authority Ravenby Police Clinical Commissioning Group Schools "
        "Forum Ravenby Council\n\nOn behalf of Ravenby Police and the Integrated Care Board the Chief Nurse attends.\n"
    )
    data, _ = _draft(tmp_path, body, name="Ravenby")
    assert _names(data, "police") == ["Ravenby Police"]
    assert _names(data, "icbs") == []  # no place is left once the force is cut off
    values = yaml.safe_dump(data)  # the quotes in the comments may hold the run-together text
    assert "Police Clinical Commissioning Group" not in values
    assert "Police and the Integrated Care Board" not in values


def test_one_body_written_two_ways_is_one_partner(tmp_path):
    body = (
        "## Partners\n\nThe partners are Ravenby Council, Ravenby Clinical Commissioning Group and Ravenby Police.\n\n"
        "Ravenby CCG hosts the designated professionals.\n"
    )
    data, _ = _draft(tmp_path, body, name="Ravenby")
    assert _names(data, "icbs") == ["Ravenby Clinical Commissioning Group"]


# ------------------------------------------------------------------ roles

ROLES = [
    "## Lead safeguarding partners\n\n- Ann Roe, Chief Executive, Kelmouth City Council\n"
    "- Dr Ben Vale, Chief Executive, NHS Kelmouth Integrated Care Board\n- Cara Lund, Chief Constable, Kelmouth Police\n",
    "## Lead safeguarding partners\n\n| Role | Name | Organisation |\n| --- | --- | --- |\n"
    "| Chief Executive | Ann Roe | Kelmouth City Council |\n"
    "| Chief Executive | Dr Ben Vale | NHS Kelmouth Integrated Care Board |\n"
    "| Chief Constable | Cara Lund | Kelmouth Police |\n",
    "## Leadership\n\nThe lead safeguarding partner for Kelmouth City Council is its Chief Executive, Ann Roe.\n\n"
    "The lead safeguarding partner for NHS Kelmouth Integrated Care Board is its Chief Executive, Dr Ben Vale.\n\n"
    "The lead safeguarding partner for Kelmouth Police is the Chief Constable, Cara Lund.\n",
]


@pytest.mark.parametrize("body", ROLES, ids=["list", "table", "sentences"])
def test_lead_partners_are_a_role_and_a_name(tmp_path, body):
    """The role always; the name where the person detector reads one ("Chief Constable, Cara Lund"
    after a comma is not read as a name: left out, not guessed)."""
    data, _ = _draft(tmp_path, body)
    leads = {k: data["partners"][k][0].get("lead") for k in ("local_authorities", "icbs", "police")}
    assert leads["local_authorities"]["role"] == "Chief Executive"
    assert leads["icbs"]["role"] == "Chief Executive"
    assert leads["police"]["role"] == "Chief Constable"
    assert leads["police"].get("name", "Cara Lund") == "Cara Lund"
    assert leads["local_authorities"].get("name", "Ann Roe") == "Ann Roe"
    if body is not ROLES[2]:
        assert leads["police"]["name"] == "Cara Lund"


def test_delegates_are_told_apart_from_leads_by_their_heading(tmp_path):
    body = (
        ROLES[0]
        + "\n## Delegated safeguarding partners\n\n- Dev Patel, Director of Children's Services, Kelmouth City Council\n"
    )
    data, _ = _draft(tmp_path, body)
    la = data["partners"]["local_authorities"][0]
    assert la["lead"]["name"] == "Ann Roe" and la["delegate"]["name"] == "Dev Patel"
    assert la["delegate"]["role"].startswith("Director of Children")


# ------------------------------------------------------------------ amounts and shares

FUNDING = [
    "## Funding\n\nThe partnership budget for 2025/26 is set out below.\n\n| Partner | Contribution | Share |\n"
    "| --- | --- | --- |\n| Kelmouth City Council | £120,000 | 60% |\n| Kelmouth Police | £80,000 | 40% |\n",
    "## Resources\n\nIn the financial year 2025/26 the partners contribute as follows.\n\n| Partner | £ | % |\n"
    "| --- | --- | --- |\n| Kelmouth City Council | 120,000 | 60% |\n| Kelmouth Police | 80,000 | 40% |\n",
    "## How we are funded\n\nEach year (2025/26 shown) the budget is made up of:\n\n| Body | Amount | Share |\n"
    "| --- | --- | --- |\n| Kelmouth City Council | £120k | 60% |\n| Kelmouth Police | £80k | 40% |\n",
]


@pytest.mark.parametrize("body", FUNDING, ids=["pounds", "bare-numbers", "k"])
def test_funding_lines_are_amounts_and_shares(tmp_path, body):
    data, _ = _draft(tmp_path, body)
    lines = [(c["partner"], c["amount"], c.get("share")) for c in data["funding"]["contributions"]]
    assert lines == [("Kelmouth City Council", 120000, "60%"), ("Kelmouth Police", 80000, "40%")]
    assert data["funding"]["period"] == "2025/26"


def test_a_two_column_funding_table_gives_each_contributor_once(tmp_path):
    body = (
        "## Funding\n\nThe budget for 2025/26 supports the children's and the adults' boards.\n\n"
        "| Children's board | Amount | Adults' board | Amount |\n| --- | --- | --- | --- |\n"
        "| Kelmouth City Council | 100,000 | Kelmouth City Council | 25,000 |\n"
        "| Kelmouth Police | 20,000 | Kelmouth Police | 5,000 |\n"
        "| Kelmouth Schools Forum | 10,000 | Kelmouth Police | 1,000 |\n"
    )
    data, text = _draft(tmp_path, body)
    partners = [c["partner"] for c in data["funding"]["contributions"]]
    assert partners == ["Kelmouth City Council", "Kelmouth Police", "Kelmouth Schools Forum"]
    amounts = {c["partner"]: c["amount"] for c in data["funding"]["contributions"]}
    assert amounts == {"Kelmouth City Council": 125000, "Kelmouth Police": 26000, "Kelmouth Schools Forum": 10000}
    assert "the sum of 3 amounts in the table: 20,000 + 5,000 + 1,000" in text  # the parts, to check
    assert _names(data, "police") == ["Kelmouth Police"]


# ------------------------------------------------------------------ dates and periods

REPORT = (
    "# Kelmouth Safeguarding Children Partnership Yearly Report {label}\n\n"
    "This report covers {covers}. It was published on 20 September 2025.\n\n"
    "## Our budget\n\nThe partnership budget for 2024/25 was £300,000.\n"
)


@pytest.mark.parametrize(
    "label,covers",
    [("2024/25", "the year 2024/25"), ("2024-25", "April 2024 to March 2025"), ("2024 to 2025", "2024-25")],
)
def test_a_reports_period_is_a_label_and_its_dates(tmp_path, label, covers):
    src = tmp_path / "report.md"
    src.write_text(REPORT.format(label=label, covers=covers), encoding="utf-8")
    data = yaml.safe_load(write_extract(str(src), None, use_cache=False))
    assert data["kind"] == "yearly-report"
    period = data["period"]
    assert re.fullmatch(r"20\d\d ?(?:/|-|to) ?(?:20)?\d\d|[A-Z][a-z]+ 2024 to [A-Z][a-z]+ 2025", period["label"])
    assert str(period["start"]) == "2024-04-01"
    assert str(period["end"]) in ("2025-03-31", "2025-03-01")
    assert str(data["published"]) == "2025-09-20"
    MODELS["yearly-report"].model_validate(data)


# ------------------------------------------------------------------ web addresses

URLS = [
    (
        "Our yearly report is published each autumn on our website at https://www.kelmouthscp.org.uk/yearly-report.",
        "https://www.kelmouthscp.org.uk/yearly-report",
    ),
    (
        "The annual report can be found on the partnership website, www.kelmouthscp.org.uk/annual-report, each October.",
        "www.kelmouthscp.org.uk/annual-report",
    ),
    (
        "We publish the yearly report online at kelmouth.gov.uk/safeguarding-report after the partners agree it.",
        "kelmouth.gov.uk/safeguarding-report",
    ),
]


@pytest.mark.parametrize("sentence,url", URLS, ids=["https", "www", "gov.uk"])
def test_where_the_report_is_published_is_the_address(tmp_path, sentence, url):
    data, _ = _draft(tmp_path, f"## Our yearly report\n\n{sentence}\n")
    assert data["annual_report"]["published_at"] == url


# ------------------------------------------------------------------ frequencies

FREQUENCIES = [
    (
        "The Kelmouth Partnership Executive is our strategic group; it meets monthly and oversees the sub-groups.",
        "monthly",
    ),
    (
        "Our strategic group, the Kelmouth Safeguarding Executive, meets four times a year and is chaired in turn.",
        "four times a year",
    ),
    (
        "The Kelmouth Leadership Group meets every two months and is accountable for the arrangements.",
        "every two months",
    ),
]


@pytest.mark.parametrize("sentence,frequency", FREQUENCIES, ids=["monthly", "times-a-year", "every"])
def test_the_strategic_group_is_a_name_and_a_frequency(tmp_path, sentence, frequency):
    data, _ = _draft(tmp_path, f"## How we work together\n\n{sentence}\n")
    governance = data["governance"]
    assert governance["meeting_frequency"] == frequency
    assert governance["strategic_group"].startswith("Kelmouth") and "meets" not in governance["strategic_group"]


# ------------------------------------------------------------------ nothing guessed


def test_what_the_document_does_not_say_is_left_empty_with_not_found(tmp_path):
    data, text = _draft(tmp_path, ORGANISATIONS[0])
    assert re.search(r"^  scrutineer:  # not found: .+$", text, re.M), text
    assert re.search(r"^relevant_agencies: \[\]  # not found: .+$", text, re.M)
    assert data["scrutiny"]["scrutineer"] is None and data["relevant_agencies"] == []
    MODELS["arrangements"].model_validate(data)


def test_the_national_duty_restated_fills_no_practice_review_field(tmp_path):
    restated = (
        "## Practice reviews\n\n"
        "The safeguarding partners must make arrangements to identify and review serious child safeguarding cases.\n\n"
        "Working Together 2023 requires the partners to commission and publish local child safeguarding practice "
        "reviews and to send final reports to the national Panel.\n\n"
        "Safeguarding partners should notify the Child Safeguarding Practice Review Panel of a serious incident.\n\n"
        "The local safeguarding partners will still be required to publish reviews where lessons can be learned.\n"
    )
    data, text = _draft(tmp_path, ORGANISATIONS[0] + "\n" + restated)
    reviews = data.get("practice_reviews") or {}
    assert all(v is None for v in reviews.values()), reviews
    assert "must make arrangements" not in text and "requires the partners" not in text


def test_one_sentence_fills_one_field_of_its_words(tmp_path):
    body = (
        "## Practice reviews\n\nOur Case Review Group holds a rapid review of every serious incident, decides "
        "whether to commission a local child safeguarding practice review, and publishes each final report on our "
        "website after sending it to the national Panel.\n"
    )
    data, text = _draft(tmp_path, ORGANISATIONS[0] + "\n" + body)
    reviews = data["practice_reviews"]
    filled = [k for k, v in reviews.items() if v]
    assert len(filled) == 1, reviews
    assert text.count("Our Case Review Group holds a rapid review") == 1


# ------------------------------------------------------------------ the kind, the schema, the evidence


def test_the_draft_passes_the_validate_schema(cli, tmp_path):
    _, text = _draft(tmp_path, ORGANISATIONS[0] + FUNDING[0] + ROLES[0] + "\n## Our yearly report\n\n" + URLS[0][0])
    out = tmp_path / "draft.yaml"
    out.write_text(text, encoding="utf-8")
    r = cli("validate", str(out), "--fail-on", "none")
    assert r.returncode == 0, r.stderr
    assert "error" not in r.stderr.lower()


@pytest.mark.parametrize(
    "title,kind",
    [
        ("Kelmouth Safeguarding Children Partnership Yearly Report 2024/25", "yearly-report"),
        ("Kelmouth Safeguarding Adults Board Annual Report 2024/25", "sab-annual-report"),
        ("Kelmouth Safeguarding Children Partnership: Multi-agency Safeguarding Arrangements", "arrangements"),
    ],
)
def test_the_draft_is_of_the_documents_own_kind(tmp_path, title, kind):
    src = tmp_path / "doc.md"
    src.write_text(f"# {title}\n\nPublished 1 October 2025.\n\n{ORGANISATIONS[0]}", encoding="utf-8")
    doc = load_document(str(src), use_cache=False)
    assert doc.kind == kind
    got, text = draft_for(doc)
    assert got == kind and yaml.safe_load(text)["kind"] == kind
    assert text.startswith(f"# Draft {kind} extracted")
    MODELS[kind].model_validate(yaml.safe_load(text))


def test_kind_override_and_a_kind_the_schema_lacks(tmp_path):
    src = tmp_path / "doc.md"
    src.write_text(REPORT.format(label="2024/25", covers="2024/25"), encoding="utf-8")
    forced = yaml.safe_load(write_extract(str(src), None, use_cache=False, kind="arrangements"))
    assert forced["kind"] == "arrangements"
    doc = load_document(str(src), use_cache=False)
    doc.kind = "safeguarding-leaflet"
    with pytest.raises(InputError, match="no kind for") as err:
        draft_for(doc)
    assert "\n" not in str(err.value)


def test_every_drafted_value_names_its_evidence(tmp_path):
    _, text = _draft(tmp_path, ORGANISATIONS[0] + FUNDING[0] + ROLES[0] + FREQUENCIES[0][0] + "\n")
    for line in text.splitlines():
        m = re.match(r"^\s*(?:- )?([a-z_]+): (\S.*)$", line)
        if not m or m.group(1) in ("kind", "cohort", "category") or m.group(2).startswith(("[]", "#")):
            continue
        assert "  # " in line, f"no evidence comment: {line}"
        comment = line.split("  # ", 1)[1]
        # a location (page, or the file or web page with its anchor), or a quote from the cover
        assert re.match(r"p\.\d+|\S+doc\.md|\"|the |a financial year", comment), line


def test_extract_declared_takes_the_kind(tmp_path):
    src = tmp_path / "doc.md"
    src.write_text(HEAD.format(name="Kelmouth") + ORGANISATIONS[0], encoding="utf-8")
    doc = load_document(str(src), use_cache=False)
    data = yaml.safe_load(extract_declared(doc, "cdr-arrangements"))
    assert data["kind"] == "cdr-arrangements"
    MODELS["cdr-arrangements"].model_validate(data)


def test_a_group_named_by_its_sections_heading_is_not_one_its_sentence_mentions(tmp_path):
    body = (
        "## 3. The Kelmouth Safeguarding Executive\n\nThe Executive oversees the arrangements, meets monthly and "
        "is accountable to the Kelmouth Health and Wellbeing Board.\n"
    )
    data, text = _draft(tmp_path, body)
    assert data["governance"]["strategic_group"] == "Kelmouth Safeguarding Executive"
    assert "(the heading of its section)" in text


def test_each_link_with_another_partnership_is_described_where_it_is_named(tmp_path):
    body = (
        "## Working with other partnerships\n\nWe work closely with other strategic partnerships.\n\n"
        "The Kelmouth Health and Wellbeing Board receives our yearly report and carries our priority on mental "
        "health.\n\nThe Kelmouth Community Safety Partnership leads on serious violence with us.\n"
    )
    data, _ = _draft(tmp_path, ORGANISATIONS[0] + "\n" + body)
    links = {link["name"]: link.get("how") for link in data["strategic_links"]}
    assert set(links) == {"Kelmouth Health and Wellbeing Board", "Kelmouth Community Safety Partnership"}
    assert "receives our yearly report" in links["Kelmouth Health and Wellbeing Board"]
    assert "serious violence" in links["Kelmouth Community Safety Partnership"]


@pytest.mark.parametrize(
    "sentence",
    [
        "These arrangements, with the budget for 2025/26, were signed by the lead safeguarding partners on "
        "14 January 2025.",
        "The lead safeguarding partners signed off these arrangements on 14 January 2025.",
        "Agreed and signed by the three lead safeguarding partners, 14 January 2025.",
    ],
)
def test_the_sign_off_date_is_a_date_not_a_year_span(tmp_path, sentence):
    data, _ = _draft(tmp_path, f"## Sign-off\n\n{sentence}\n")
    assert str(data["sign_off"]["date"]) == "2025-01-14"


YEARLY = (
    "# Kelmouth Safeguarding Children Partnership Yearly Report 2024/25\n\n"
    "Published 20 September 2025. This report follows Working Together to Safeguard Children 2023.\n\n"
    "## What each partner gave\n\n{body}\n"
)


@pytest.mark.parametrize(
    "body",
    [
        "Kelmouth City Council hosted the business unit and provided the partnership analyst.\n\n"
        "NHS Kelmouth Integrated Care Board funded the designated nurse and chaired the learning group.\n\n"
        "Kelmouth Police seconded a detective sergeant to the front door and led the exploitation work.",
        "| Partner | Contribution |\n| --- | --- |\n"
        "| Kelmouth City Council | Hosted the business unit and provided the partnership analyst |\n"
        "| NHS Kelmouth Integrated Care Board | Funded the designated nurse and chaired the learning group |\n"
        "| Kelmouth Police | Seconded a detective sergeant and led the exploitation work |",
    ],
    ids=["sentences", "table"],
)
def test_each_partners_contribution_is_its_own(tmp_path, body):
    src = tmp_path / "yr.md"
    src.write_text(YEARLY.format(body=body), encoding="utf-8")
    data = yaml.safe_load(write_extract(str(src), None, use_cache=False))
    assert data["kind"] == "yearly-report"
    given = {k: data["partners"][k][0].get("contribution") or "" for k in ("local_authorities", "icbs", "police")}
    assert "business unit" in given["local_authorities"]
    assert "designated nurse" in given["icbs"]
    assert "detective sergeant" in given["police"]


def test_a_child_death_review_draft_has_no_police_partner(tmp_path):
    """The police are no child death review partner (the CDR rules say so): a force named as a
    panel member, or ruled out in so many words, is not drafted as one."""
    src = tmp_path / "cdr.md"
    src.write_text(
        "# Kelmouth Child Death Review Arrangements\n\nPublished 2 May 2025.\n\n## Who is responsible\n\n"
        "The child death review partners are Kelmouth City Council and NHS Kelmouth Integrated Care Board.\n\n"
        "Kelmouth Police is not a child death review partner.\n\nPanel members include Kelmouth Police.\n",
        encoding="utf-8",
    )
    data = yaml.safe_load(write_extract(str(src), None, use_cache=False))
    assert data["kind"] == "cdr-arrangements"
    assert _names(data, "local_authorities") == ["Kelmouth City Council"]
    assert _names(data, "icbs") == ["NHS Kelmouth Integrated Care Board"]
    assert "police" not in data["partners"]


def test_a_post_named_for_another_reason_is_no_lead_partner(tmp_path):
    body = (
        ORGANISATIONS[0] + "\n## Who receives this report\n\n"
        "This report is sent to the Chief Executive and the Leader of Kelmouth City Council.\n"
    )
    data, _ = _draft(tmp_path, body)
    assert _names(data, "local_authorities") == ["Kelmouth City Council"]  # "Leader of" is no second council
    assert "lead" not in data["partners"]["local_authorities"][0]
