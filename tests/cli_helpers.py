"""Shared test helpers: paths, and running the CLI as a user would, in a subprocess."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
EXAMPLES = REPO / "examples"
SHARED = REPO.parent / "shared"


def run_cli(*args: str, cwd: str | Path | None = None) -> subprocess.CompletedProcess:
    return subprocess.run(
        [sys.executable, "-m", "masa_check", *args],
        capture_output=True,
        text=True,
        cwd=cwd,
        timeout=120,
        env={
            "PATH": "/usr/bin:/bin",
            "NO_COLOR": "1",
            "HOME": str(REPO / ".pytest_cache"),
            "XDG_CACHE_HOME": str(REPO / ".pytest_cache" / "xdg"),
            # a worktree's own source first, as the test process has it
            **({"PYTHONPATH": os.environ["PYTHONPATH"]} if os.environ.get("PYTHONPATH") else {}),
        },
    )
