"""A documents repository that also holds other tools' YAML (mkdocs.yml, workflows): directory
runs and the pre-commit hook skip it with one line; a YAML file named on the command line is
still checked in full."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys

import pytest

from cli_helpers import EXAMPLES, REPO

MKDOCS = "site_name: Fenshire partnership\nmarkdown_extensions:\n  - pymdownx.emoji:\n      emoji_index: !!python/name:material.extensions.emoji.twemoji\n"


def _docs_repo(tmp_path):
    tmp_path.mkdir(parents=True, exist_ok=True)
    (tmp_path / "mkdocs.yml").write_text(MKDOCS)
    (tmp_path / "docs").mkdir()
    (tmp_path / "docs" / "workflow.yaml").write_text("name: build\non: [push]\njobs: {}\n")
    shutil.copy(EXAMPLES / "northshire-2019.yaml", tmp_path / "docs" / "arrangements.yaml")
    return tmp_path


def test_directory_run_skips_other_yaml_with_one_line(cli, tmp_path):
    repo = _docs_repo(tmp_path)
    r = cli("validate", str(repo), "--as-of", "2026-01-01")
    assert r.returncode == 0, r.stdout + r.stderr
    assert "arrangements.yaml" in r.stdout
    skipped = [line for line in r.stderr.splitlines() if "skipped 2 YAML" in line]
    assert len(skipped) == 1 and "mkdocs.yml" in skipped[0] and "workflow.yaml" in skipped[0]


def test_named_other_yaml_still_gets_the_full_error(cli, tmp_path):
    repo = _docs_repo(tmp_path)
    r = cli("validate", str(repo / "docs" / "workflow.yaml"))
    assert r.returncode == 2
    assert "workflow.yaml" in r.stderr and "Traceback" not in r.stderr


def test_skip_other_yaml_on_named_files(cli, tmp_path):
    repo = _docs_repo(tmp_path)
    r = cli("validate", "--skip-other-yaml", str(repo / "mkdocs.yml"), str(repo / "docs" / "arrangements.yaml"))
    assert r.returncode == 0, r.stderr
    assert "skipped 1 YAML" in r.stderr
    only_other = cli("validate", "--skip-other-yaml", str(repo / "mkdocs.yml"))
    assert only_other.returncode == 0 and "nothing to check" in only_other.stderr


def test_arrangements_yaml_is_told_apart_without_parsing(tmp_path):
    from masa_check.sources import is_arrangements_yaml

    cases = {
        "a.yaml": ("partnership:\n  name: Kelby\n", True),
        "b.yaml": ("# comment\nkind: yearly-report\n", True),
        "c.yml": (MKDOCS, False),
        "d.yaml": ("site:\n  kind: docs\n  partnership: nested\n", False),
        "e.yaml": ("\ufeffkind: arrangements\n", True),
        # another tool's kind (Kubernetes, Backstage) is not ours; quoted or CRLF ones are
        "f.yaml": ("apiVersion: apps/v1\nkind: Deployment\nmetadata:\n  name: site\n", False),
        "g.yaml": ("apiVersion: backstage.io/v1alpha1\nkind: Component\n", False),
        "h.yaml": ('kind: "sab-annual-report"\r\nboard: x\r\n', True),
        "i.yaml": ("kind: cdr-arrangements  # child death review\n", True),
    }
    for name, (text, expected) in cases.items():
        (tmp_path / name).write_text(text, encoding="utf-8")
        assert is_arrangements_yaml(str(tmp_path / name)) is expected, name


def test_hook_definition_pins_the_skip():
    import yaml

    hooks = yaml.safe_load((REPO / ".pre-commit-hooks.yaml").read_text())
    assert hooks[0]["id"] == "masa-check" and "--skip-other-yaml" in hooks[0]["entry"]


@pytest.mark.skipif(
    shutil.which("git") is None or os.environ.get("MASA_CHECK_SKIP_HOOK_TEST") == "1",
    reason="needs git (and network to PyPI for pre-commit's environment)",
)
def test_pre_commit_try_repo_on_a_docs_repo(tmp_path):
    """The hook as a user runs it, from this checkout, on a repository that holds mkdocs.yml."""
    pytest.importorskip("pre_commit")
    if not (REPO / ".git").exists():
        pytest.skip("not a git checkout")
    repo = _docs_repo(tmp_path / "docs-repo")
    env = {**os.environ, "PRE_COMMIT_HOME": str(tmp_path / "pc-home"), "NO_COLOR": "1"}
    env.pop("PYTHONPATH", None)
    git = ["git", "-c", "user.name=t", "-c", "user.email=t@example.org"]
    subprocess.run([*git, "init", "-q", str(repo)], check=True)
    subprocess.run([*git, "-C", str(repo), "add", "-A"], check=True)
    subprocess.run([*git, "-C", str(repo), "commit", "-qm", "docs"], check=True)
    r = subprocess.run(
        [sys.executable, "-m", "pre_commit", "try-repo", str(REPO), "masa-check", "--all-files"],
        cwd=repo,
        env=env,
        capture_output=True,
        text=True,
        timeout=900,
    )
    out = r.stdout + r.stderr
    assert r.returncode == 0, out
    assert "masa-check" in out and "Passed" in out


def test_a_file_that_cannot_be_read_keeps_its_row_in_every_report(cli, tmp_path):
    """In a many-document run, an invalid or unreadable file is an error row (DOC-READ) in the
    reports and an annotation, not a line on stderr that the reviewer never sees."""
    import json

    docs = tmp_path / "documents"
    docs.mkdir()
    (docs / "good.yaml").write_text((EXAMPLES / "westmoor-gaps.yaml").read_text())
    typo = (EXAMPLES / "westmoor-gaps.yaml").read_text().replace("\nscrutiny:", "\nscrutinyy:", 1)
    (docs / "typo.yaml").write_text(typo)
    (docs / "empty.pdf").write_bytes(b"")
    r = cli("validate", "documents", "-f", "json:out.json", "-f", "junit:out.xml", "-f", "github:out.gh", cwd=tmp_path)
    assert r.returncode == 2, r.stderr  # an unreadable input is still an error for the run
    rows = {d["path"]: d for d in json.loads((tmp_path / "out.json").read_text())["documents"]}
    assert set(rows) == {"documents/good.yaml", "documents/typo.yaml", "documents/empty.pdf"}
    bad = rows["documents/typo.yaml"]["results"]
    assert [(x["rule_id"], x["status"]) for x in bad] == [("DOC-READ", "error")]
    assert "did you mean 'scrutiny'" in bad[0]["message"] and bad[0]["evidence"][0]["line"] > 1
    assert rows["documents/empty.pdf"]["results"][0]["status"] == "error"
    assert "documents/typo.yaml" in (tmp_path / "out.xml").read_text()
    gh = (tmp_path / "out.gh").read_text()
    assert "::error file=documents/typo.yaml,line=" in gh and "::error file=documents/empty.pdf" in gh


def test_a_file_that_reads_as_no_safeguarding_document_is_warned_on_stderr(cli, tmp_path):
    (tmp_path / "index.md").write_text("# Welcome\n\nThis site documents our tools.\n\n## Usage\n\nRun it.\n")
    r = cli("validate", "index.md", "-f", "json:out.json", cwd=tmp_path)
    assert "warning: index.md: document kind not recognised" in r.stderr and "--kind" in r.stderr
