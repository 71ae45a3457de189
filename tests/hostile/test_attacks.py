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


@pytest.mark.parametrize("name", list(attacks.ATTACKS))
def test_attack(name, tmp_path):
    attack = attacks.ATTACKS[name]
    code, wall, peak, problems = attacks.run_attack(attack, tmp_path, kill_after=attacks.TIME_BUDGET_S + 5)
    assert not problems, f"{name}: exit {code}, {wall:.1f} s, {peak:.0f} MB: {'; '.join(problems)}"
