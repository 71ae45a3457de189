"""Every report names the config, waivers and packs a run applied, with content hashes, so a
reader can tell which copy of a pack or config made the verdicts."""

from __future__ import annotations

import csv
import hashlib
import io
import json
import shutil

from cli_helpers import EXAMPLES, REPO
from masa_check.provenance import lines
from masa_check.results import AppliedFile, Provenance

LOCAL_PACK = REPO / "rules" / "wt2018-arrangements.yaml"


def _sha(path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def test_lines_name_config_waivers_and_packs():
    prov = Provenance(
        config=AppliedFile(path="repo/.masa-check.yaml", sha256="ab" * 32),
        waivers=2,
        packs=[AppliedFile(path="rules/x.yaml", sha256="cd" * 32, id="x-pack", version="3")],
    )
    config, packs = lines(prov)
    assert config == "Config: repo/.masa-check.yaml (sha256 abababababab); 2 waiver(s)"
    assert packs == "Packs: x-pack v3 (built-in, sha256 cdcdcdcdcdcd)"
    assert lines(Provenance(config_note="--isolated: no config file applied"))[0].startswith("Config: none (--isolated")
    assert lines(None) == []


def test_every_format_names_what_was_applied(cli, tmp_path):
    shutil.copy(EXAMPLES / "westmoor-gaps.yaml", tmp_path / "arrangements.yaml")
    cfg = tmp_path / ".masa-check.yaml"
    cfg.write_text("waivers:\n  - {rule: WT18-ARR-03, reason: accepted, expires: 2099-01-01}\n")
    formats = ["json", "markdown", "sarif", "junit", "csv", "html", "github", "docx", "xlsx"]
    args = [a for f in formats for a in ("-f", f"{f}:out.{f}")]
    r = cli("validate", "arrangements.yaml", *args, cwd=tmp_path)
    assert r.returncode in (0, 1), r.stderr
    pack_hash = _sha(LOCAL_PACK)[:12]
    config_hash = _sha(cfg)[:12]
    assert f"sha256 {pack_hash}" in r.stderr and f"sha256 {config_hash}" in r.stderr

    prov = json.loads((tmp_path / "out.json").read_text())["provenance"]
    assert prov["config"]["sha256"] == _sha(cfg) and prov["waivers"] == 1
    assert {"wt2018-arrangements", "currency"} <= {p["id"] for p in prov["packs"]}
    for fmt in ("markdown", "junit", "html", "github"):
        text = (tmp_path / f"out.{fmt}").read_text()
        assert pack_hash in text and config_hash in text and "1 waiver(s)" in text, fmt
    sarif = json.loads((tmp_path / "out.sarif").read_text())
    hashes = {a["hashes"]["sha-256"] for a in sarif["runs"][0]["artifacts"]}
    assert _sha(LOCAL_PACK) in hashes and _sha(cfg) in hashes
    rows = list(csv.DictReader(io.StringIO((tmp_path / "out.csv").read_text())))
    assert {row["pack_sha256"] for row in rows if row["pack"] == "wt2018-arrangements"} == {_sha(LOCAL_PACK)}
    assert all(config_hash in row["config"] for row in rows)

    from docx import Document
    from openpyxl import load_workbook

    docx_text = "\n".join(p.text for p in Document(str(tmp_path / "out.docx")).paragraphs)
    assert pack_hash in docx_text and config_hash in docx_text
    about = load_workbook(tmp_path / "out.xlsx")["About"]
    cells = " ".join(str(c.value) for row in about.iter_rows() for c in row if c.value)
    assert pack_hash in cells and config_hash in cells


def test_a_local_pack_is_named_by_its_path(cli, tmp_path):
    rules = tmp_path / "packs"
    rules.mkdir()
    pack = rules / "local-extra.yaml"
    pack.write_text(
        LOCAL_PACK.read_text()
        .replace("id: wt2018-arrangements", "id: local-extra")
        .replace("WT18-ARR-", "LOC-ARR-")
        .replace("continues: LOC-ARR-", "continues: WT18-ARR-")
    )
    shutil.copy(EXAMPLES / "westmoor-gaps.yaml", tmp_path / "arrangements.yaml")
    r = cli("validate", "arrangements.yaml", "--rules-dir", str(rules), "-f", "json", "--isolated", cwd=tmp_path)
    assert r.returncode in (0, 1), r.stderr
    packs = {p["id"]: p for p in json.loads(r.stdout)["provenance"]["packs"]}
    assert packs["local-extra"]["local"] and packs["local-extra"]["path"].endswith("local-extra.yaml")
    assert packs["local-extra"]["sha256"] == _sha(pack)
    # shown relative to where the run started, so a shared report does not carry a home directory
    assert packs["local-extra"]["path"] == "packs/local-extra.yaml"
    assert f"local-extra v1 (packs/local-extra.yaml, sha256 {_sha(pack)[:12]})" in r.stderr
