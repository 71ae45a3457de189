"""Linter habits users bring from ruff, yamllint and Vale: terminal width, colour switches,
quiet and verbose, a summary line when every report goes to a file, JUnit that agrees with the
exit code, shell completion."""

from __future__ import annotations

import subprocess
import sys
import xml.etree.ElementTree as ET

from cli_helpers import EXAMPLES, REPO

GAPS = str(EXAMPLES / "westmoor-gaps.yaml")


def _run(*args: str, **env: str) -> subprocess.CompletedProcess:
    base = {"PATH": "/usr/bin:/bin", "HOME": str(REPO / ".pytest_cache")}
    return subprocess.run(
        [sys.executable, "-m", "masa_check", *args], capture_output=True, text=True, env={**base, **env}, timeout=120
    )


def test_table_follows_columns():
    narrow = _run("validate", GAPS, COLUMNS="80").stdout
    wide = _run("validate", GAPS, COLUMNS="200").stdout
    assert max(map(len, narrow.splitlines())) <= 80
    assert max(map(len, wide.splitlines())) > 140


def test_no_color_and_force_color():
    assert "\x1b[" not in _run("--help", NO_COLOR="1").stdout
    assert "\x1b[" not in _run("validate", GAPS, NO_COLOR="1", FORCE_COLOR="1").stdout
    assert "\x1b[" in _run("validate", GAPS, FORCE_COLOR="1").stdout


def test_summary_line_when_every_report_goes_to_a_file(tmp_path):
    r = _run("validate", GAPS, "-f", f"json:{tmp_path / 'r.json'}")
    last = r.stderr.strip().splitlines()[-1]
    assert r.returncode == 1
    assert last.startswith("masa-check: 1 document(s): ") and "fail" in last and "(exit 1)" in last


def test_quiet_leaves_only_errors_and_verbose_adds_the_summary(tmp_path):
    quiet = _run("validate", GAPS, "-q", "-f", f"json:{tmp_path / 'r.json'}")
    assert quiet.returncode == 1 and quiet.stderr == ""
    verbose = _run("validate", GAPS, "-v")
    assert "packs wt2018-arrangements" in verbose.stderr and "document(s):" in verbose.stderr
    bad = _run("validate", str(tmp_path / "missing.yaml"), "-q")
    assert bad.returncode == 2 and "no such file" in bad.stderr


def test_junit_failures_agree_with_fail_on(tmp_path):
    out = tmp_path / "j.xml"
    r = _run("validate", GAPS, "--fail-on", "none", "-f", f"junit:{out}")
    assert r.returncode == 0
    root = ET.parse(out).getroot()
    assert root.get("failures") == "0" and not root.findall(".//failure")
    assert "not blocking at --fail-on none" in out.read_text()
    r = _run("validate", GAPS, "-f", f"junit:{out}")
    assert r.returncode == 1 and int(ET.parse(out).getroot().get("failures")) > 0


def test_shell_completion_is_offered():
    assert "--install-completion" in _run("--help", NO_COLOR="1").stdout


def test_format_help_lists_every_format(cli):
    from masa_check.reporters import REPORTERS

    r = cli("validate", "--help")
    text = " ".join(r.stdout.replace("│", " ").split())
    for name in REPORTERS:
        if name != "md":
            assert name in text, name
    assert "up to the repository root" in text  # --config says how it is found, as the README does
