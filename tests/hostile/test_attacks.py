"""Issue 16's attacks through the real CLI: exit 2 (or the verdict the input deserves), one line,
no traceback or exception name, nothing injected, within 30 s and 1.5 GB (see attack_corpus)."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parent))

import attack_corpus as attacks  # noqa: E402

pytest.importorskip("reportlab")
pytest.importorskip("docx")

#: Cases whose fix is the other half of issue 16 (config policy, regular expressions, output
#: paths, Ctrl-C, cache ownership): expected to hold once both halves are merged.
OTHER_HALF = pytest.mark.xfail(strict=False, reason="issue 16, the other helper's part")


@pytest.mark.parametrize(
    "name",
    [pytest.param(n, marks=OTHER_HALF) if a.owner != "i16b" else n for n, a in attacks.ATTACKS.items()],
)
def test_attack(name, tmp_path):
    attack = attacks.ATTACKS[name]
    code, wall, peak, problems = attacks.run_attack(attack, tmp_path, kill_after=attacks.TIME_BUDGET_S + 5)
    assert not problems, f"{name}: exit {code}, {wall:.1f} s, {peak:.0f} MB: {'; '.join(problems)}"
