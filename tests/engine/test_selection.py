"""Default pack selection by kind, date, cohort and guidance; --pack overrides."""

from __future__ import annotations

import datetime as dt

import pytest

from masa_check.document import Document
from masa_check.engine.packs import Registry
from masa_check.engine.selection import choose_packs, default_packs

REGISTRY = Registry.load()


def doc(kind="arrangements", date=None, cohort="children", guidance=None, source="yaml"):
    return Document(path="x", source=source, kind=kind, cohort=cohort, date=date, guidance=guidance)


@pytest.mark.parametrize(
    "d,expected",
    [
        (doc(date=dt.date(2019, 6, 29)), ["wt2018-arrangements", "currency"]),
        (doc(date=dt.date(2024, 12, 31)), ["wt2023-arrangements", "currency"]),
        (doc(date=dt.date(2020, 1, 1), guidance="wt2023"), ["wt2023-arrangements", "currency"]),
        (doc(date=dt.date(2025, 3, 1), guidance="wt2018"), ["wt2018-arrangements", "currency"]),
        (doc(), ["wt2018-arrangements", "currency"]),
        (doc(cohort="all-age", date=dt.date(2025, 2, 1)), ["wt2023-arrangements", "care-act-sab", "currency"]),
        (doc("yearly-report", dt.date(2025, 9, 26)), ["wt2023-yearly-report", "currency"]),
        (doc("yearly-report", dt.date(2021, 9, 30)), ["wt2018-yearly-report", "currency"]),
        (doc("sab-arrangements", cohort="adults"), ["care-act-sab", "currency"]),
        (doc("sab-strategic-plan", cohort="adults"), ["care-act-sab-strategic-plan", "currency"]),
        (doc("sab-annual-report", cohort="adults"), ["care-act-sab-annual-report", "currency"]),
        (doc("cdr-arrangements"), ["cdr-arrangements", "currency"]),
    ],
)
def test_default_packs(d, expected):
    packs, reasons = choose_packs(d, REGISTRY, None)
    assert packs == expected
    assert len(reasons) == len(expected) and all(r.split(":")[0] in expected for r in reasons)


def test_every_default_pack_is_installed():
    for kind in ("arrangements", "yearly-report", "sab-arrangements", "sab-strategic-plan", "sab-annual-report"):
        for pack in default_packs(doc(kind, cohort="all-age"))[0]:
            assert pack in REGISTRY.packs


def test_pack_option_overrides():
    packs, reasons = choose_packs(doc(date=dt.date(2019, 1, 1)), REGISTRY, ["wt2023-arrangements"])
    assert packs == ["wt2023-arrangements"] and "--pack" in reasons[0]


def test_children_only_partnership_gets_sab_pack_not_applicable():
    from masa_check.engine.run import check_document

    res = check_document(doc(), REGISTRY, as_of=dt.date(2026, 1, 1), packs=["care-act-sab"])
    assert {r.status for r in res.results} == {"not_applicable"}
    assert "children-only" in res.results[0].message


def test_published_sab_document_is_about_adults():
    from masa_check.engine.run import check_document

    d = doc("sab-annual-report", source="pdf")
    res = check_document(d, REGISTRY, as_of=dt.date(2026, 1, 1))
    assert any(r.pack == "care-act-sab-annual-report" and r.status != "not_applicable" for r in res.results)


def test_a_named_pack_fits_a_published_document_to_itself_with_a_note():
    d = doc("yearly-report", source="pdf")
    d.facts = {"kind": "yearly-report", "kind_signals": ["title: calls itself an annual report: 'X'"]}
    packs, notes = choose_packs(d, REGISTRY, ["care-act-sab-annual-report"])
    assert packs == ["care-act-sab-annual-report"]
    assert d.kind == "sab-annual-report" and d.cohort == "adults"
    assert any("it reads as yearly-report (title: calls itself an annual report" in n for n in notes)
    assert any("reads as one for children only" in n and "reading it as adults" in n for n in notes)


def test_named_packs_for_the_kind_read_keep_it():
    d = doc("yearly-report", source="pdf")
    d.facts = {"kind": "yearly-report"}
    packs, notes = choose_packs(d, REGISTRY, ["wt2023-yearly-report", "care-act-sab-annual-report"])
    assert d.kind == "yearly-report"  # one named pack is for it: the others run all the same
    assert any(n.startswith("--pack care-act-sab-annual-report:") and n.endswith("all the same") for n in notes)
    assert d.cohort == "all-age"  # the cohort both packs are for


def test_an_unrecognised_kind_is_said_so_in_the_note():
    d = doc("arrangements", source="docx")
    d.facts = {"kind": None}
    _, notes = choose_packs(d, REGISTRY, ["cdr-arrangements"])
    assert d.kind == "cdr-arrangements"
    assert any("its kind was not recognised (assumed arrangements)" in n for n in notes)


def test_a_declared_file_keeps_its_own_kind_and_cohort():
    d = doc()  # YAML: the partnership declares itself children-only
    _, notes = choose_packs(d, REGISTRY, ["care-act-sab"])
    assert d.kind == "arrangements" and d.cohort == "children"
    assert notes == ["packs chosen with --pack: care-act-sab"]


@pytest.mark.parametrize(
    ("title", "cover", "expected"),
    [
        # the year reported on decides when no guidance is cited: a 2023-24 report was written after
        # March 2024, whatever earlier date its cover carries
        ("Annual Report 2023 - Introduction", "Highlighted activity in 2023-24", "wt2023-yearly-report"),
        ("Kelby Safeguarding Children Partnership Yearly Report", "Our report for 2024/2025", "wt2023-yearly-report"),
        ("Lowmoor Safeguarding Partnership Annual Report 2022 to 2023", "Foreword", "wt2018-yearly-report"),
    ],
)
def test_a_yearly_report_s_year_decides_its_edition(title, cover, expected):
    from masa_check.document import Block
    from masa_check.sources.doc_facts import infer_facts

    blocks = [
        Block("title", title, 1),
        Block("paragraph", cover, 1),
        Block("paragraph", "The partners met six times and published two practice reviews.", 1),
    ]
    facts = infer_facts(blocks)
    d = Document(path="x", source="pdf", kind="yearly-report", cohort="children", date=facts["date"], facts=facts)
    assert choose_packs(d, REGISTRY, None)[0][0] == expected
