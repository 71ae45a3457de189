"""The entry point: --version is answered before typer (or anything of the CLI) is imported."""

from __future__ import annotations

import subprocess
import sys
import tomllib

from cli_helpers import REPO


def _run(*args: str) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, *args], capture_output=True, text=True, timeout=60)


def test_console_script_is_the_light_entry_point():
    scripts = tomllib.loads((REPO / "pyproject.toml").read_text(encoding="utf-8"))["project"]["scripts"]
    assert scripts["masa-check"] == "masa_check.__main__:main"


def test_version_imports_neither_typer_nor_the_cli():
    for flag in ("--version", "-V"):
        r = _run("-X", "importtime", "-m", "masa_check", flag)
        assert r.returncode == 0 and r.stdout == "masa-check 0.1.0\n", r.stderr
        imported = {line.rsplit("|", 1)[-1].strip() for line in r.stderr.splitlines() if "|" in line}
        assert "masa_check" in imported
        assert not {"typer", "click", "rich", "pydantic", "masa_check.cli"} & imported


def test_the_same_entry_point_runs_every_other_command():
    r = _run(
        "-c",
        "import sys; sys.argv = ['masa-check', 'rules', 'explain', 'WT18-ARR-01']; "
        "from masa_check.__main__ import main; main()",
    )
    assert r.returncode == 0 and "WT18-ARR-01" in r.stdout, r.stderr
    r = _run("-m", "masa_check", "--version", "rules")  # not the bare flag: the full CLI answers, alike
    assert r.returncode == 0 and r.stdout == "masa-check 0.1.0\n", r.stderr
    r = _run("-m", "masa_check", "rules", "explain", "NO-SUCH-01")
    assert r.returncode == 2 and r.stderr.startswith("masa-check: error:") and "Traceback" not in r.stderr
