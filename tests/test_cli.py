"""The command line as a user meets it: exit codes 0, 1 and 2, and one-line errors."""

from __future__ import annotations

import json

from cli_helpers import EXAMPLES


def test_full_example_exits_0(cli):
    r = cli("validate", str(EXAMPLES / "northshire-2019.yaml"), "--as-of", "2026-01-01")
    assert r.returncode == 0, r.stdout + r.stderr
    assert "wt2018-arrangements" in r.stdout
    assert "PASS" in r.stdout


def test_gaps_example_exits_1_and_says_why(cli):
    r = cli("validate", str(EXAMPLES / "westmoor-gaps.yaml"), "--as-of", "2026-01-01")
    assert r.returncode == 1
    assert "PARTIAL" in r.stdout and "Missing" in r.stdout


def test_fail_on_none_never_blocks(cli):
    r = cli("validate", str(EXAMPLES / "westmoor-gaps.yaml"), "--fail-on", "none")
    assert r.returncode == 0


def test_json_schema_version_and_evidence(cli):
    r = cli("validate", str(EXAMPLES / "northshire-2019.yaml"), "--format", "json", "--as-of", "2026-01-01")
    data = json.loads(r.stdout)
    assert data["schema_version"] == 1
    assert data["as_of"] == "2026-01-01"
    doc = data["documents"][0]
    assert "wt2018-arrangements" in doc["packs"]
    for res in doc["results"]:
        if res["status"] == "pass":
            assert res["evidence"] and res["evidence"][0]["line"]
    assert sum(doc["summary"].values()) == len(doc["results"])


def test_json_to_file(cli, tmp_path):
    out = tmp_path / "r.json"
    r = cli("validate", str(EXAMPLES / "northshire-2019.yaml"), "--format", f"json:{out}")
    assert r.returncode == 0
    assert json.loads(out.read_text())["schema_version"] == 1


def test_malformed_yaml_exits_2_with_location(cli, tmp_path):
    bad = tmp_path / "bad.yaml"
    bad.write_text("partnership:\n  name: [unclosed\n")
    r = cli("validate", str(bad))
    assert r.returncode == 2
    assert f"{bad}:" in r.stderr and "Traceback" not in r.stderr
    assert len(r.stderr.strip().splitlines()) == 1


def test_unknown_key_did_you_mean(cli, tmp_path):
    bad = tmp_path / "bad.yaml"
    bad.write_text("partnership:\n  name: X\ngovernence: {}\n")
    r = cli("validate", str(bad))
    assert r.returncode == 2
    assert "did you mean 'governance'" in r.stderr
    assert f"{bad}:3" in r.stderr


def test_bad_options_exit_2(cli):
    assert cli("validate", str(EXAMPLES / "northshire-2019.yaml"), "--as-of", "yesterday").returncode == 2
    assert cli("validate", str(EXAMPLES / "northshire-2019.yaml"), "--pack", "nope").returncode == 2
    assert cli("validate", "does-not-exist.yaml").returncode == 2
    assert cli("validate", str(EXAMPLES / "northshire-2019.yaml"), "--fail-on", "maybe").returncode == 2


def test_rules_list_and_explain(cli):
    r = cli("rules", "list", "--format", "json")
    ids = [x["id"] for x in json.loads(r.stdout)]
    assert "WT18-ARR-01" in ids
    r = cli("rules", "explain", "WT18-ARR-03")
    assert r.returncode == 0
    assert "s.16G" in r.stdout and "How to fix" in r.stdout
    r = cli("rules", "explain", "WT18-ARR-3")
    assert r.returncode == 2 and "did you mean" in r.stderr


def test_schema_and_init(cli, tmp_path):
    r = cli("schema")
    schema = json.loads(r.stdout)
    assert "partnership" in schema["properties"]
    r = cli("init", str(tmp_path))
    assert r.returncode == 0
    assert (tmp_path / "arrangements.yaml").exists()
    r = cli("init", str(tmp_path))
    assert r.returncode == 2 and "already exists" in r.stderr


def test_init_starter_fails_until_filled_in(cli, tmp_path):
    import datetime as dt
    import re

    assert cli("init", str(tmp_path)).returncode == 0
    starter = (tmp_path / "arrangements.yaml").read_text()
    r = cli("validate", str(tmp_path / "arrangements.yaml"))
    assert r.returncode == 2
    assert re.search(r"arrangements\.yaml:\d+:\d+: partnership\.name: still a TODO placeholder", r.stderr), r.stderr
    review = re.search(r"^review_date: (\S+)", starter, re.M).group(1)
    assert dt.date.fromisoformat(review) > dt.date.today()
    # the $schema line points at a file init wrote, so editors need no network
    target = re.search(r"\$schema=(\S+)", starter).group(1)
    assert json.loads((tmp_path / target).read_text())["properties"]["partnership"]


def test_init_writes_the_edition_in_force_with_every_section_its_rules_need(cli, tmp_path):
    """A starter filled in can meet every rule: it has each top-level section the model example
    for its edition uses; the edition defaults to the one in force, --guidance picks another."""
    import datetime as dt

    import yaml

    from masa_check.starter import default_guidance, starter_text

    assert default_guidance(dt.date(2026, 3, 17)) == "wt2023" and default_guidance(dt.date(2026, 3, 18)) == "wt2026"
    for guidance, example in (("wt2026", "wt2026-arrangements.yaml"), ("wt2023", "northshire-2025-wt2023.yaml")):
        starter = yaml.safe_load(starter_text(dt.date(2026, 12, 3), guidance))
        model = yaml.safe_load((EXAMPLES / example).read_text())
        assert starter["guidance"] == guidance
        assert set(model) - set(starter) <= {"waivers"}, (guidance, set(model) - set(starter))
    assert cli("init", str(tmp_path / "a"), "--guidance", "wt2018").returncode == 0
    assert "guidance: wt2018" in (tmp_path / "a" / "arrangements.yaml").read_text()
    bad = cli("init", str(tmp_path / "b"), "--guidance", "wt23")
    assert bad.returncode == 2 and "did you mean 'wt2023'" in bad.stderr


def test_schema_output_file(cli, tmp_path):
    out = tmp_path / "arrangements.schema.json"
    r = cli("schema", "-o", str(out))
    assert r.returncode == 0 and r.stdout == ""
    assert "partnership" in json.loads(out.read_text())["properties"]
    assert cli("schema", "-o", str(tmp_path)).returncode == 2  # a directory: one line, exit 2


def test_rules_lint_builtin_pack(cli):
    from cli_helpers import REPO

    r = cli("rules", "lint", str(REPO / "rules" / "wt2018-arrangements.yaml"))
    assert r.returncode == 0, r.stdout + r.stderr
    assert r.stdout.strip().endswith("ok")


def test_rules_lint_flags_a_local_pack_that_reuses_builtin_ids(cli, tmp_path):
    from cli_helpers import REPO

    copy = tmp_path / "my-pack.yaml"
    copy.write_text((REPO / "rules" / "cdr-arrangements.yaml").read_text(encoding="utf-8"), encoding="utf-8")
    r = cli("rules", "lint", str(copy))
    assert r.returncode == 1
    assert "pack id 'cdr-arrangements' is already used by a built-in pack" in r.stdout
    assert "CDR-01: rule id already used by built-in pack cdr-arrangements" in r.stdout


def test_version_is_fast(cli):
    r = cli("--version")
    assert r.returncode == 0 and "0.1.0" in r.stdout


def test_directory_gives_one_matrix(cli):
    r = cli("validate", str(EXAMPLES), "--as-of", "2026-01-01", "--jobs", "2")
    assert r.returncode == 1  # the gaps example blocks
    assert "Documents x rules" in r.stdout
    for name in ("northshire-2019.yaml", "westmoor-gaps.yaml", "tri-borough-all-age.yaml"):
        assert name in r.stdout


def test_report_rerenders_saved_results(cli, tmp_path):
    saved = tmp_path / "results.json"
    cli("validate", str(EXAMPLES / "westmoor-gaps.yaml"), "--format", f"json:{saved}")
    out = tmp_path / "gap.html"
    r = cli("report", str(saved), "--format", "html", "-o", str(out))
    assert r.returncode == 0, r.stderr
    assert "WT18-ARR-03" in out.read_text()
    bad = tmp_path / "bad.json"
    bad.write_text("{}")
    assert cli("report", str(bad)).returncode == 2


def test_reports_never_overwrite_inputs(cli, tmp_path):
    doc = tmp_path / "a.yaml"
    doc.write_text((EXAMPLES / "westmoor-gaps.yaml").read_text())
    before = doc.read_text()
    r = cli("validate", str(doc), "--format", f"json:{doc}")
    assert r.returncode == 2 and "overwrite" in r.stderr
    assert doc.read_text() == before


def test_a_local_pack_runs_beside_the_builtin_ones_on_its_kinds(cli, tmp_path):
    from cli_helpers import REPO

    local = tmp_path / "packs"
    local.mkdir()
    (local / "local.yaml").write_text((REPO / "tests" / "data" / "local-example-pack.yaml").read_text("utf-8"), "utf-8")
    out = tmp_path / "r.json"
    r = cli("validate", str(EXAMPLES / "northshire-2019.yaml"), "--rules-dir", str(local), "--format", f"json:{out}")
    assert r.returncode in (0, 1), r.stderr
    import json

    doc = json.loads(out.read_text())["documents"][0]
    assert "local-example" in doc["packs"] and "wt2018-arrangements" in doc["packs"]
    assert any(n.startswith("local-example: local pack") for n in doc["notes"])
    # a yearly report is not the local pack's kind: it does not run there
    r = cli("validate", str(EXAMPLES / "northshire-yearly-report-2024-25.yaml"), "--rules-dir", str(local))
    assert r.returncode in (0, 1), r.stderr
    assert "LOCAL-01" not in r.stdout and "YR-" in r.stdout


def test_output_cut_short_by_the_reader_ends_quietly():
    """`masa-check validate … | head -1`: no traceback or "Exception ignored" when the pipe closes."""
    import os
    import subprocess
    import sys

    proc = subprocess.Popen(
        [sys.executable, "-m", "masa_check", "validate", str(EXAMPLES), "-f", "json"],  # well over a pipe's 64 KB
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        env={
            "PATH": "/usr/bin:/bin",
            "NO_COLOR": "1",
            **({"PYTHONPATH": os.environ["PYTHONPATH"]} if os.environ.get("PYTHONPATH") else {}),
        },
    )
    proc.stdout.readline()
    proc.stdout.close()
    err = proc.stderr.read().decode()
    assert proc.wait(timeout=60) in (0, 1, 2)
    assert "Traceback" not in err and "Exception ignored" not in err


def test_exit_code_survives_the_fast_exit(cli, tmp_path):
    """The process ends without interpreter teardown: codes and written reports are still right."""
    out = tmp_path / "r.json"
    proc = cli("validate", str(EXAMPLES / "westmoor-gaps.yaml"), "-f", f"json:{out}")
    assert proc.returncode == 1
    assert json.loads(out.read_text())["documents"]
    assert cli("validate", str(tmp_path / "missing.yaml")).returncode == 2


def test_a_local_packs_markup_and_escapes_are_shown_as_text(tmp_path, cli):
    """`rules list` of a pack whose title holds rich markup and an escape sequence."""
    from cli_helpers import REPO

    pack = (REPO / "tests" / "data" / "local-example-pack.yaml").read_text("utf-8")
    pack = pack.replace("title: Northshire local expectations", 'title: "Fenshire [/] [link=http://x]y \\e[2J"', 1)
    (tmp_path / "local.yaml").write_text(pack, encoding="utf-8")
    proc = cli("rules", "list", "--pack", "local-example", "--rules-dir", str(tmp_path))
    assert proc.returncode == 0, proc.stderr
    assert "[/] [link=http://x]y" in proc.stdout and "\x1b" not in proc.stdout and "\\x1b[2J" in proc.stdout
