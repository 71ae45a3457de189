"""Pack terms cannot hang the tool: a pattern that could backtrack exponentially is refused at
load, in `rules lint` and in `validate --rules-dir`, with its line and why, at once."""

from __future__ import annotations

import pytest

from cli_helpers import EXAMPLES, REPO
from masa_check.engine.terms import backtracking_risk

PACK = REPO / "tests" / "data" / "local-example-pack.yaml"


@pytest.mark.parametrize(
    "pattern", [r"^(\w+\s?)+$", r"(a+)+b", r"(?:\w+)*x", r"(?:(?:[a-z]+ ?))*end", r"(\w)\1", r"(?P<w>a)(?P=w)"]
)
def test_risky_patterns_are_named(pattern):
    assert backtracking_risk(pattern) is not None


@pytest.mark.parametrize(
    "pattern",
    [
        r"\b[A-Z][a-z]+(?: [A-Z][a-z]+)* Council\b",  # each repeat starts with a space: linear
        r"\b\d{1,3}(?:,\d{3})+\b",
        r"\b(?:with|and) (?:\w+ ){0,3}(?:who|that)\b",  # a small bounded repeat
        r"(?i)\bserv(?:e|es|ed|ing)\b",
    ],
)
def test_safe_patterns_pass(pattern):
    assert backtracking_risk(pattern) is None


def _hostile_pack(tmp_path):
    text = PACK.read_text().replace("[impact, evaluat*, follow-up", "['re:^(\\w+\\s?)+$', impact, evaluat*, follow-up")
    assert "re:^(" in text
    packs = tmp_path / "packs"
    packs.mkdir()
    (packs / "local-example-pack.yaml").write_text(text)
    return packs


def test_lint_refuses_the_pattern_with_its_line(cli, tmp_path):
    packs = _hostile_pack(tmp_path)
    r = cli("rules", "lint", str(packs / "local-example-pack.yaml"))
    assert r.returncode == 2 and "exponential time" in r.stderr
    assert "local-example-pack.yaml:" in r.stderr and "Traceback" not in r.stderr


def test_validate_with_the_pack_stops_at_once(cli, tmp_path):
    packs = _hostile_pack(tmp_path)
    r = cli("validate", str(EXAMPLES / "northshire-2019.yaml"), "--rules-dir", str(packs))
    assert r.returncode == 2 and "exponential time" in r.stderr
    assert "hunter2" not in r.stderr and r.stderr.count("\n") == 1
