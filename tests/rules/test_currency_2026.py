"""CUR-01 after the ICB mergers of 1 April 2026 and the Panel's June 2025 guidance: a merged ICB
named as current in a document dated after the merger is flagged with its successor as the fix;
the same name told as history, or in a document dated before, is not."""

from __future__ import annotations

import datetime as dt

import pytest

from masa_check.engine.declared_checks import Context
from masa_check.engine.evaluate import evaluate_rule
from masa_check.engine.lint import declared_case, text_case
from masa_check.engine.packs import Registry

PACK = Registry.load().get("currency")
CUR01 = next(r for r in PACK.rules if r.id == "CUR-01")
AFTER, BEFORE = dt.date(2026, 6, 1), dt.date(2026, 1, 15)


def _text(date: dt.date, *paragraphs: str):
    doc = text_case(PACK, list(paragraphs), date, "arrangements")
    return evaluate_rule(doc, PACK, CUR01, Context(as_of=dt.date(2026, 12, 1)))


@pytest.mark.parametrize(
    ("sentence", "successor"),
    [
        (
            "The safeguarding partners are Norfolk County Council, NHS Norfolk and Waveney ICB and Norfolk Constabulary.",
            "Norfolk and Suffolk ICB",
        ),
        (
            "NHS Suffolk and North East Essex Integrated Care Board hosts the designated nurse.",
            "Norfolk and Suffolk ICB",
        ),
        ("Mid and South Essex ICB funds a third of the partnership budget.", "Essex ICB"),
        ("The health partner is NHS Hertfordshire and West Essex ICB.", "Central East ICB"),
        ("BLMK ICB chairs the Case Review Group.", "Central East ICB"),
        ("NHS Cambridgeshire and Peterborough ICB provides the designated doctor.", "Central East ICB"),
        ("NHS Surrey Heartlands is one of our three statutory partners.", "Surrey and Sussex ICB"),
        ("NHS Sussex pays for the independent scrutineer.", "Surrey and Sussex ICB"),
        ("Frimley ICB leads on health safeguarding for Bracknell Forest.", "Thames Valley ICB"),
        ("The Buckinghamshire, Oxfordshire and Berkshire West ICB is a safeguarding partner.", "Thames Valley ICB"),
        ("North West London ICB sends its chief nurse to the Executive.", "North West and North Central London ICB"),
        ("North Central London ICB hosts the child death overview panel.", "North West and North Central London ICB"),
    ],
)
def test_merged_icb_named_as_current_after_the_merger_is_flagged_with_its_successor(sentence, successor):
    after = _text(AFTER, sentence)
    assert after.status == "fail", sentence
    assert successor in after.searched and "2026-04-01" in after.searched
    assert after.evidence and after.evidence[0].quote == sentence
    assert after.message.startswith("Not met:") and successor in after.message  # the fix, in the table
    assert _text(BEFORE, sentence).status == "pass"  # the document predates the merger


@pytest.mark.parametrize(
    "sentence",
    [
        "On 1 April 2026 NHS Norfolk and Waveney ICB merged into NHS Norfolk and Suffolk ICB.",
        "The health partner, formerly Frimley ICB, is now Thames Valley ICB.",
        "Mid and South Essex ICB was replaced by Essex ICB.",
    ],
)
def test_merged_icb_told_as_history_is_not_flagged(sentence):
    assert _text(AFTER, sentence).status == "pass", sentence


@pytest.mark.parametrize(
    "sentence",
    [
        "NHS Surrey and Sussex ICB is one of our three statutory partners.",
        "North West and North Central London ICB hosts the panel.",
        "NHS Hampshire and the Isle of Wight ICB funds the designated doctor.",
        "Sussex Partnership NHS Foundation Trust provides mental health services.",
    ],
)
def test_successors_and_unchanged_names_pass(sentence):
    assert _text(AFTER, sentence).status == "pass", sentence


def test_declared_merged_icb_named_after_the_merger():
    fragment = {"partners": {"icbs": [{"name": "NHS Frimley Integrated Care Board"}]}}
    after = evaluate_rule(
        declared_case(PACK, {"kind": "arrangements", "published": "2026-06-01", **fragment}),
        PACK,
        CUR01,
        Context(as_of=dt.date(2026, 12, 1)),
    )
    assert after.status == "fail" and "Hampshire and the Isle of Wight ICB" in after.searched
    assert "'NHS Frimley Integrated Care Board' named as current" in after.searched
    assert after.evidence[0].path == "partners.icbs[0].name"
    before = evaluate_rule(
        declared_case(PACK, {"kind": "arrangements", "published": "2025-06-01", **fragment}),
        PACK,
        CUR01,
        Context(as_of=dt.date(2026, 12, 1)),
    )
    assert before.status == "pass"


@pytest.mark.parametrize(
    "sentence",
    [
        "Rapid reviews follow the Child Safeguarding Practice Review Panel: practice guidance (April 2019).",
        "We use the national Panel's 2019 practice guidance for every rapid review.",
        "Local reviews follow the Panel's practice guidance.",
    ],
)
def test_panel_2019_practice_guidance_as_current_after_june_2025(sentence):
    after = _text(dt.date(2025, 9, 1), sentence)
    assert after.status == "fail", sentence
    assert "guidance for safeguarding partners (June 2025)" in after.searched
    assert _text(dt.date(2025, 3, 1), sentence).status == "pass"


def test_the_panels_june_2025_guidance_passes():
    sentence = "Rapid reviews follow the Panel's guidance for safeguarding partners, published in June 2025."
    assert _text(dt.date(2025, 9, 1), sentence).status == "pass"


def test_every_2026_merger_cites_its_source():
    table = next(f for f in CUR01.facets if f.superseded).superseded
    merged = [t for t in table if t.after == dt.date(2026, 4, 1)]
    assert len(merged) >= 12 and all(t.source and "HCWS915" in t.source for t in merged)


def test_rules_explain_shows_the_dated_table(cli):
    r = cli("rules", "explain", "CUR-01")
    assert r.returncode == 0, r.stderr
    assert "NHS Norfolk and Waveney ICB -> Norfolk and Suffolk ICB, from 2026-04-01" in r.stdout
    assert "NHS North Central London ICB -> North West and North Central London ICB" in r.stdout
    assert (
        "HCWS915" in r.stdout
        and "clinical commissioning group -> integrated care boards (ICBs), from 2022-07-01" in r.stdout
    )
