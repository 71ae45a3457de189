"""Commencement dates as a user sets them: a statutory rule is advisory (exit 0) until its
provision commences, and a date in .masa-check.yaml makes it bind (the verdict shows, exit 1)."""

from __future__ import annotations

import json

from cli_helpers import EXAMPLES, REPO

DOC = str(EXAMPLES / "northshire-2025-wt2023.yaml")  # no CWSA 2026 content yet
PACK = ("--pack", "cwsa-2026-arrangements", "--fail-on", "should", "-f", "json")


def _statuses(stdout: str) -> dict[str, tuple[str, str | None]]:
    results = json.loads(stdout)["documents"][0]["results"]
    return {r["rule_id"]: (r["status"], r["underlying_status"]) for r in results}


def test_advisory_never_blocks_and_a_config_date_makes_the_rule_bind(cli, tmp_path):
    r = cli("validate", DOC, *PACK, "--as-of", "2027-11-01", "--isolated")
    assert r.returncode == 0, r.stderr
    assert _statuses(r.stdout) == {
        "CWSA-ARR-01": ("advisory", "partial"),  # settings listed, not as designated agencies
        "CWSA-ARR-02": ("advisory", "fail"),
        "CWSA-ARR-03": ("advisory", "fail"),
    }
    config = tmp_path / ".masa-check.yaml"
    config.write_text("commencement:\n  s16EA: 2027-10-01\n")
    r = cli("validate", DOC, *PACK, "--as-of", "2027-11-01", "--config", str(config))
    assert r.returncode == 1, r.stderr
    statuses = _statuses(r.stdout)
    assert statuses["CWSA-ARR-02"] == ("fail", None)
    assert statuses["CWSA-ARR-01"][0] == "advisory"  # s.16E still has no day
    notes = json.loads(r.stdout)["documents"][0]["notes"]
    assert any("commencement s16EA 2027-10-01" in n for n in notes)  # the config line names it
    r = cli("validate", DOC, *PACK, "--as-of", "2027-09-30", "--config", str(config))
    assert r.returncode == 0 and _statuses(r.stdout)["CWSA-ARR-02"] == ("advisory", "fail")


def test_the_table_shows_advisory_and_what_it_would_be(cli, tmp_path):
    r = cli("validate", DOC, "--pack", "cwsa-2026-arrangements", "--as-of", "2026-12-03", "--isolated")
    assert r.returncode == 0, r.stderr
    assert "ADVISORY (would be FAIL)" in r.stdout and "would be fail once s.16EA commences" in r.stdout


def test_config_commencement_errors_are_one_line_with_a_did_you_mean(cli, tmp_path):
    config = tmp_path / ".masa-check.yaml"
    config.write_text("commencement:\n  s16EAA: 2027-10-01\n")
    r = cli("validate", DOC, "--config", str(config))
    assert r.returncode == 2
    assert r.stderr.strip().splitlines()[-1].endswith("unknown provision 's16EAA'; did you mean 's16EA'?")
    assert "Traceback" not in r.stderr
    config.write_text("commencement:\n  s16EA: soon\n")
    r = cli("validate", DOC, "--config", str(config))
    assert r.returncode == 2 and "commencement" in r.stderr and "Traceback" not in r.stderr
    config.write_text("commencment:\n  s16EA: 2027-10-01\n")
    r = cli("validate", DOC, "--config", str(config))
    assert r.returncode == 2 and "commencement" in r.stderr  # did-you-mean for the top-level key


def test_rules_lint_is_clean_for_the_pack(cli):
    r = cli("rules", "lint", str(REPO / "rules" / "cwsa-2026-arrangements.yaml"))
    assert r.returncode == 0 and r.stdout.strip().endswith(": ok"), r.stdout + r.stderr


def test_saved_results_render_again_with_advisory(cli, tmp_path):
    saved = tmp_path / "results.json"
    r = cli("validate", DOC, "--as-of", "2026-12-03", "--isolated", "-f", f"json:{saved}", "-q")
    assert r.returncode in (0, 1), r.stderr
    assert "cwsa-2026-arrangements" in json.loads(saved.read_text())["documents"][0]["packs"]  # after Royal Assent
    r = cli("report", str(saved), "-f", "markdown")
    assert r.returncode == 0, r.stderr
    assert "Advisory (would be Fail)" in r.stdout and "advisory (not yet in force)" in r.stdout
