"""Which config a run applies, and what reports may write: a received folder cannot set its own
verdict, every run names its config, and no report overwrites an input or another report."""

from __future__ import annotations

import json
import os
import shutil
import stat

from cli_helpers import EXAMPLES

LENIENT = "fail_on: none\nwaivers:\n  - {rule: WT18-ARR-03, reason: accepted, expires: 2099-01-01}\n"


def _received(tmp_path):
    folder = tmp_path / "received"
    folder.mkdir()
    shutil.copy(EXAMPLES / "westmoor-gaps.yaml", folder / "arrangements.yaml")
    (folder / ".masa-check.yaml").write_text(LENIENT)
    return folder


def test_received_folders_config_is_not_applied_and_is_named(cli, tmp_path):
    folder = _received(tmp_path)
    elsewhere = tmp_path / "scrutineer"
    elsewhere.mkdir()
    r = cli("validate", str(folder / "arrangements.yaml"), "-f", "json", cwd=elsewhere)
    assert r.returncode == 1, r.stderr  # the gaps block: the folder's fail_on: none is not applied
    assert "not applied" in r.stderr and "--config" in r.stderr
    notes = json.loads(r.stdout)["documents"][0]["notes"]
    assert any("not applied" in n for n in notes)
    explicit = cli("validate", str(folder / "arrangements.yaml"), "--config", str(folder / ".masa-check.yaml"))
    assert explicit.returncode == 0 and "sha256" in explicit.stderr


def test_own_folders_config_applies_and_is_named_in_reports(cli, tmp_path):
    folder = _received(tmp_path)
    r = cli("validate", "arrangements.yaml", "-f", "json", cwd=folder)
    assert r.returncode == 0, r.stderr
    notes = json.loads(r.stdout)["documents"][0]["notes"]
    assert any(".masa-check.yaml (sha256 " in n and "1 waiver(s)" in n for n in notes)


def test_config_found_walking_up_to_the_repository_root(cli, tmp_path):
    folder = _received(tmp_path)
    (folder / ".git").mkdir()
    sub = folder / "docs" / "2025"
    sub.mkdir(parents=True)
    shutil.move(folder / "arrangements.yaml", sub / "arrangements.yaml")
    r = cli("validate", "arrangements.yaml", cwd=sub)
    assert r.returncode == 0, r.stderr  # the repository's config (fail_on: none) applies


def test_isolated_ignores_every_config(cli, tmp_path):
    folder = _received(tmp_path)
    r = cli("validate", "arrangements.yaml", "--isolated", cwd=folder)
    assert r.returncode == 1 and "--isolated" in r.stderr


def test_reports_never_overwrite_the_config_or_each_other(cli, tmp_path):
    folder = _received(tmp_path)
    before = (folder / ".masa-check.yaml").read_text()
    r = cli("validate", "arrangements.yaml", "-f", "json:.masa-check.yaml", cwd=folder)
    assert r.returncode == 2 and "refusing to overwrite" in r.stderr
    assert (folder / ".masa-check.yaml").read_text() == before
    r = cli("validate", "arrangements.yaml", "-f", "json:out.txt", "-f", "markdown:out.txt", cwd=folder)
    assert r.returncode == 2 and "same file" in r.stderr and not (folder / "out.txt").exists()


def test_output_option_dash_and_umask(cli, tmp_path):
    src = EXAMPLES / "northshire-2019.yaml"
    r = cli("validate", str(src), "-f", "json", "-o", str(tmp_path / "r.json"), "--as-of", "2026-01-01")
    assert r.returncode == 0, r.stderr
    assert json.loads((tmp_path / "r.json").read_text())["schema_version"] == 1
    mode = stat.S_IMODE(os.stat(tmp_path / "r.json").st_mode)
    assert mode & stat.S_IRGRP and mode & stat.S_IROTH  # the user's umask (022 here), not 0600
    r = cli("validate", str(src), "-f", "json:-", "--as-of", "2026-01-01")
    assert json.loads(r.stdout)["documents"] and not (tmp_path / "-").exists()
    r = cli("validate", str(src), "-f", "json:a.json", "-o", "b.json")
    assert r.returncode == 2 and "-o FILE" in r.stderr
