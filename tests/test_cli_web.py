"""Web pages, markdown and text at the command line, as a new user tries them: the same verdicts
as the DOCX of the same text, evidence that cites the page and heading, and one-line errors."""

from __future__ import annotations

import json
import shutil

import pytest

import web_documents as wd

FORMATS = ("html", "md", "txt", "docx")


@pytest.fixture(scope="module")
def renderings(tmp_path_factory):
    """The committed renderings, copied with a freshly written DOCX of the same text."""
    folder = tmp_path_factory.mktemp("web")
    for ext in ("html", "md", "txt"):
        shutil.copy(wd.DATA / f"{wd.STEM}.{ext}", folder / f"{wd.STEM}.{ext}")
    wd.to_docx(folder / f"{wd.STEM}.docx")
    return folder


@pytest.fixture(scope="module")
def results(renderings):
    from cli_helpers import run_cli

    out = {}
    for ext in FORMATS:
        r = run_cli("validate", f"{wd.STEM}.{ext}", "--format", "json", "--as-of", "2025-01-15", cwd=renderings)
        assert r.returncode in (0, 1), r.stderr
        out[ext] = json.loads(r.stdout)["documents"][0]
    return out


def test_committed_renderings_are_current():
    for name, text in wd.renderings().items():
        assert (wd.DATA / name).read_text(encoding="utf-8") == text, f"run python tests/web_documents.py ({name})"


def test_same_verdicts_from_html_markdown_text_and_docx(results):
    verdicts = {ext: {r["rule_id"]: r["status"] for r in doc["results"]} for ext, doc in results.items()}
    assert verdicts["html"] == verdicts["docx"]
    assert verdicts["md"] == verdicts["docx"]
    assert verdicts["txt"] == verdicts["docx"]
    statuses = set(verdicts["html"].values())
    assert {"pass", "partial", "fail"} <= statuses  # the document is no trivial all-pass
    assert {doc["source"] for doc in results.values()} == {"html", "markdown", "text", "docx"}
    assert len({(doc["kind"], tuple(doc["packs"])) for doc in results.values()}) == 1


def test_chrome_is_never_quoted(results):
    quotes = [e["quote"] or "" for r in results["html"]["results"] for e in r["evidence"]]
    assert quotes
    for phrase in wd.CHROME_PHRASES:
        assert not any(phrase.lower() in q.lower() for q in quotes), phrase


def test_evidence_cites_heading_and_id(results):
    by_rule = {r["rule_id"]: r for r in results["html"]["results"]}
    funding = by_rule["WT23-ARR-13"]["evidence"][0]
    assert funding["url"] == f"{wd.STEM}.html#funding"
    assert funding["section"].endswith("Funding") and funding["page"] is None
    md = {r["rule_id"]: r for r in results["md"]["results"]}["WT23-ARR-13"]["evidence"][0]
    assert md["url"] == f"{wd.STEM}.md#funding"
    docx = {r["rule_id"]: r for r in results["docx"]["results"]}["WT23-ARR-13"]["evidence"][0]
    assert docx["url"] is None


def test_reports_show_the_url_where_there_is_no_page(renderings, cli, tmp_path):
    page = f"{wd.STEM}.html"
    outputs = {fmt: tmp_path / f"r.{fmt}" for fmt in ("markdown", "csv", "sarif", "junit", "html")}
    args = [arg for fmt, target in outputs.items() for arg in ("-f", f"{fmt}:{target}")]
    r = cli("validate", page, *args, "-f", "table", cwd=renderings)
    assert r.returncode == 0, r.stderr  # every must-rule passes; the gaps are should-rules
    assert f"{page}#governance" in r.stdout.replace("\n", "").replace(" ", "").replace("│", "")
    for fmt, target in outputs.items():
        assert f"{page}#" in target.read_text(encoding="utf-8"), fmt
    sarif = json.loads(outputs["sarif"].read_text())
    props = [res["properties"] for res in sarif["runs"][0]["results"] if res["ruleId"] == "WT23-ARR-20"][0]
    assert props["urls"] == [f"{page}#scrutiny"] and "pages" not in props
    assert f"{page}#funding" in outputs["csv"].read_text(encoding="utf-8")


def test_sniffed_html_without_suffix(renderings, cli, tmp_path):
    target = tmp_path / "arrangements"
    shutil.copy(renderings / f"{wd.STEM}.html", target)
    r = cli("validate", str(target), "--format", "json")
    assert r.returncode == 0, r.stderr  # every must-rule passes; the gaps are should-rules
    assert json.loads(r.stdout)["documents"][0]["source"] == "html"


@pytest.mark.parametrize(
    ("name", "data", "message"),
    [
        ("empty.html", b"", "is empty"),
        ("blank.md", b"\n\n   \n", "is empty"),
        ("garbage.html", bytes(range(256)) * 64, "binary data"),
        ("garbage.txt", b"\x00\xff\x13\x07" * 4096, "binary data"),
        ("photo.md", b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + b"\x00" * 512, "binary data"),
    ],
)
def test_bad_files_exit_2_with_one_line(cli, tmp_path, name, data, message):
    target = tmp_path / name
    target.write_bytes(data)
    r = cli("validate", str(target))
    assert r.returncode == 2
    lines = r.stderr.strip().splitlines()
    assert len(lines) == 1 and message in lines[0] and name in lines[0]
    assert "Traceback" not in r.stderr


@pytest.mark.parametrize("name", ["huge.html", "huge.md", "huge.txt"])
def test_huge_file_exits_2(cli, tmp_path, name):
    target = tmp_path / name
    with open(target, "wb") as fh:
        fh.truncate(25 * 1024 * 1024)  # sparse: refused by its size before it is read
    r = cli("validate", str(target))
    assert r.returncode == 2 and "too large" in r.stderr and len(r.stderr.strip().splitlines()) == 1


def test_unsupported_type_lists_the_new_suffixes(cli, tmp_path):
    target = tmp_path / "notes.odt"
    target.write_text("hello")
    r = cli("validate", str(target))
    assert r.returncode == 2
    assert ".html" in r.stderr and ".md" in r.stderr and ".txt" in r.stderr


def test_directory_mode_reads_web_formats_and_skips_readme(renderings, cli, tmp_path):
    folder = tmp_path / "site"
    folder.mkdir()
    for ext in ("html", "md", "txt"):
        shutil.copy(renderings / f"{wd.STEM}.{ext}", folder / f"{wd.STEM}.{ext}")
    (folder / "README.md").write_text("# Notes for the web team\n\nNot a partnership document.\n")
    (folder / "robots.txt").write_text("User-agent: *\nDisallow:\n")
    r = cli("validate", str(folder), "--format", "json")
    assert r.returncode == 0, r.stderr  # every must-rule passes; the gaps are should-rules
    docs = json.loads(r.stdout)["documents"]
    assert sorted(d["source"] for d in docs) == ["html", "markdown", "text"]


def test_extract_reads_a_web_page(renderings, cli, tmp_path):
    out = tmp_path / "draft.yaml"
    r = cli("extract", f"{wd.STEM}.html", "-o", str(out), cwd=renderings)
    assert r.returncode == 0, r.stderr
    text = out.read_text()
    assert "Priya Raman" in text or "Hollowmere" in text
    assert "cookies" not in text.lower()
