"""A RunResult covering every status, for every reporter, with hostile text in the evidence.

Golden files live in tests/reporters/golden/; regenerate with UPDATE_GOLDEN=1.
"""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from masa_check.results import (
    DocumentResult,
    Evidence,
    Result,
    RunResult,
    Tool,
    Waiver,
    summarise,
)

HERE = Path(__file__).parent
GOLDEN = HERE / "golden"
SCRIPT = "<script>alert(1)</script>"
FORMULA = "=cmd|' /C calc'!A0"

PACK = "wt2023-arrangements"
CIT = "Working Together 2023, chapter 2"


def _r(rule_id: str, status: str, strength: str = "must", **kw) -> Result:
    titles = {
        "WT23-ARR-01": "Lead safeguarding partners named",
        "WT23-ARR-04": "Independent scrutiny arrangements",
        "WT23-ARR-07": "Relevant agencies listed",
        "WT23-ARR-09": "Threshold document published",
        "WT23-ARR-11": "Arrangements for children in custody",
        "WT23-ARR-13": "Funding: shared budget with each partner's contribution",
        "CUR-01": "Arrangements reviewed in the last 12 months",
    }
    return Result(
        rule_id=rule_id,
        pack=kw.pop("pack", PACK),
        title=titles[rule_id],
        strength=strength,
        status=status,
        citation=kw.pop("citation", CIT),
        **kw,
    )


def _yaml_doc() -> DocumentResult:
    results = [
        _r(
            "WT23-ARR-01",
            "pass",
            message="Local authority, ICB and police named.",
            evidence=[Evidence(path="partners.lead", line=4, quote="Northshire Council")],
        ),
        _r(
            "WT23-ARR-13",
            "partial",
            strength="should",
            message="A total budget is given but not each partner's contribution.",
            evidence=[Evidence(path="funding.total", line=31, quote="£412,000")],
            missing=["(b) each partner's contribution"],
            fix="List each partner's contribution under funding.contributions.",
        ),
        _r(
            "WT23-ARR-04",
            "fail",
            message="No independent scrutiny arrangements declared.",
            searched="scrutiny.* in arrangements.yaml",
            fix="Describe who scrutinises the arrangements and how (scrutiny.arrangements).",
        ),
        _r(
            "WT23-ARR-07",
            "needs_review",
            message="Agencies listed by category; whether the list is complete is a judgement.",
            evidence=[Evidence(path="relevant_agencies", line=40, quote=FORMULA)],
        ),
        _r(
            "WT23-ARR-11",
            "not_applicable",
            message="No youth custody establishment in the area (declared).",
        ),
        _r(
            "WT23-ARR-09",
            "waived",
            underlying_status="fail",
            message="No threshold document found.",
            searched="threshold_document in arrangements.yaml",
            waiver=Waiver(
                rule="WT23-ARR-09",
                reason="New threshold document goes to the board in January.",
                expires="2027-01-31",
                approved_by="Independent Chair",
                source=".masa-check.yaml",
            ),
        ),
        _r(
            "CUR-01",
            "error",
            pack="currency",
            citation="masa-check currency pack",
            message="Rule could not be evaluated: review_date is not a date.",
        ),
    ]
    return DocumentResult(
        path="examples/northshire-2025.yaml",
        source="yaml",
        kind="arrangements",
        packs=[PACK, "currency"],
        results=results,
        summary=summarise(results),
        notes=["Packs chosen: dated 2025-04-01, on or after 2024-12-31 → WT2023."],
        date="2025-04-01",
        title="Northshire Safeguarding Children Partnership arrangements",
    )


def _pdf_doc() -> DocumentResult:
    results = [
        _r(
            "WT23-ARR-01",
            "pass",
            message="Lead safeguarding partners named.",
            evidence=[
                Evidence(
                    page=3,
                    section="2. Our partnership > 2.1 Lead partners",
                    quote="The lead safeguarding partners are the Council, the ICB and the Police.",
                )
            ],
        ),
        _r(
            "WT23-ARR-04",
            "partial",
            message="Scrutiny is mentioned as intent only.",
            evidence=[
                Evidence(
                    page=7,
                    section="5. Scrutiny | independence",
                    quote=f"Scrutiny will be agreed {SCRIPT} by the partners.",
                )
            ],
            missing=["(a) who scrutinises", "(b) how often"],
            fix="Name the independent scrutineer and the programme of scrutiny.",
        ),
        _r(
            "WT23-ARR-13",
            "fail",
            strength="should",
            message="No funding arrangements found.",
            searched="headings and text mentioning budget, funding, contribution on pages 1-24",
            fix="Publish the budget and each partner's contribution.",
        ),
        _r(
            "WT23-ARR-07",
            "needs_review",
            message="Relevant agencies given by reference only.",
            evidence=[
                Evidence(page=9, section="6. Relevant agencies", quote=FORMULA),
                Evidence(page=10, section="6. Relevant agencies", quote="Schools & colleges"),
            ],
        ),
        _r(
            "WT23-ARR-11",
            "not_applicable",
            message="No youth custody establishment in the area.",
        ),
        _r(
            "WT23-ARR-09",
            "waived",
            underlying_status="partial",
            message="Threshold document referenced, not verified.",
            evidence=[Evidence(page=12, section="8. Thresholds", quote="see our website")],
            waiver=Waiver(
                rule="WT23-ARR-09",
                reason="Link checked by hand <b>by the business unit</b>.",
                expires="2026-12-31",
            ),
        ),
        _r(
            "CUR-01",
            "error",
            pack="currency",
            citation="masa-check currency pack",
            message="Rule could not be evaluated: no date found on the cover.",
        ),
    ]
    return DocumentResult(
        path="published/Southby arrangements 2024.pdf",
        source="pdf",
        kind="arrangements",
        packs=[PACK, "currency"],
        results=results,
        summary=summarise(results),
        title="Southby Safeguarding Partnership: our arrangements",
    )


@pytest.fixture
def run() -> RunResult:
    return RunResult(
        tool=Tool(version="0.1.0"),
        as_of="2026-11-22",
        documents=[_yaml_doc(), _pdf_doc()],
    )


@pytest.fixture
def golden():
    """Compare text with a golden file; write it instead when UPDATE_GOLDEN=1."""

    def check(name: str, text: str) -> None:
        path = GOLDEN / name
        if os.environ.get("UPDATE_GOLDEN") == "1":
            path.write_bytes(text.encode("utf-8"))
            return
        if not path.exists():
            pytest.fail(f"golden file {path} missing; run with UPDATE_GOLDEN=1")
        expected = path.read_bytes().decode("utf-8")
        assert text == expected, f"{name} differs from golden; UPDATE_GOLDEN=1 to accept"

    return check
