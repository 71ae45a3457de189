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
