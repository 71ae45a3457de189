"""Ctrl-C: one line, exit 130, no report half-written, no helper process left behind."""

from __future__ import annotations

import shutil
import signal
import subprocess
import sys
import time

import pytest

from cli_helpers import REPO


def test_ctrl_c_gives_one_line_and_130(tmp_path):
    docs = tmp_path / "docs"
    docs.mkdir()
    for i in range(12):
        for case in sorted((REPO / "benchmarks" / "cases").glob("*.md"))[:4]:
            shutil.copy(case, docs / f"{i}-{case.name}")
    out = tmp_path / "r.json"
    env = {"PATH": "/usr/bin:/bin", "HOME": str(tmp_path), "NO_COLOR": "1"}
    proc = subprocess.Popen(
        [sys.executable, "-m", "masa_check", "validate", str(docs), "--no-cache", "-j", "2", "-f", f"json:{out}"],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        env=env,
    )
    time.sleep(1.5)
    if proc.poll() is not None:
        pytest.skip("the run finished before it could be interrupted")
    proc.send_signal(signal.SIGINT)
    _, err = proc.communicate(timeout=60)
    assert proc.returncode == 130, err
    assert err.strip().splitlines()[-1] == "masa-check: interrupted; nothing was written"
    assert "Traceback" not in err and "Aborted" not in err
    assert not out.exists() and not list(tmp_path.glob(".r.json.*"))
