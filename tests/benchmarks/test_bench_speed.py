"""The speed benchmark's own machinery: byte-distinct copies that read the same, and a README
table replaced between its markers and nowhere else."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

BENCH = Path(__file__).resolve().parents[2] / "benchmarks"
if not (BENCH / "bench_speed.py").is_file():  # an sdist ships tests/ without benchmarks/
    pytest.skip("benchmarks/ is not here", allow_module_level=True)
sys.path.insert(0, str(BENCH))

import bench_speed  # noqa: E402

from masa_check.sources import load_document  # noqa: E402


def test_copies_are_distinct_bytes_but_read_the_same(tmp_path):
    docx = pytest.importorskip("docx")
    d = docx.Document()
    d.add_heading("Our partnership", level=1)
    d.add_paragraph("The three partners meet every month to agree shared priorities.")
    src_docx = tmp_path / "a.docx"
    d.save(str(src_docx))
    src_md = tmp_path / "a.md"
    src_md.write_text("# Our partnership\n\nThe three partners meet every month.\n", encoding="utf-8")
    for src in (src_docx, src_md):
        one, two = tmp_path / f"1-{src.name}", tmp_path / f"2-{src.name}"
        bench_speed._distinct_copy(src, one, 0)
        bench_speed._distinct_copy(src, two, 1)
        assert len({src.read_bytes(), one.read_bytes(), two.read_bytes()}) == 3
        read = [load_document(str(p), use_cache=False).blocks for p in (src, one, two)]
        blocks = [[(b.role, b.text, b.page, b.level, b.cells) for b in bs] for bs in read]  # not the path
        assert blocks[0] == blocks[1] == blocks[2] and blocks[0]


def test_the_table_goes_between_the_markers_only(tmp_path, monkeypatch):
    readme = tmp_path / "README.md"
    readme.write_text(f"# Tool\n\nbefore\n\n{bench_speed.START}\nold table\n{bench_speed.END}\n\nafter\n")
    monkeypatch.setattr(bench_speed, "README", readme)
    bench_speed.write_readme("| new | table |\n")
    text = readme.read_text()
    assert "old table" not in text and "| new | table |" in text
    assert text.startswith("# Tool\n\nbefore\n\n") and text.endswith("\n\nafter\n")
    bench_speed.write_readme("| newer |\n")
    assert readme.read_text().count(bench_speed.START) == 1 and "| new | table |" not in readme.read_text()
