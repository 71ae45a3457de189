"""Checking many documents: the same verdicts at any -j, the packs read once per worker, the
cached results read before any worker starts, outcomes in input order."""

from __future__ import annotations

import datetime as dt
import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from cli_helpers import EXAMPLES, REPO
from masa_check import batch, parallel
from masa_check.engine import packs as packs_module
from masa_check.engine.packs import Registry
from masa_check.sources.targets import Target

AS_OF = dt.date(2026, 1, 1)
needs_two = pytest.mark.skipif((os.cpu_count() or 1) < 2 or not hasattr(os, "fork"), reason="one core or no fork")


def _pdf(path: Path) -> Path:
    """A short arrangements PDF in our own words (reportlab)."""
    canvas = pytest.importorskip("reportlab.pdfgen.canvas")
    c = canvas.Canvas(str(path))
    lines = [
        ("Eastbrook Safeguarding Children Partnership: our arrangements", 16),
        ("Published 2 May 2024", 11),
        ("1. Who the partners are", 14),
        ("The council, the integrated care board and the chief constable lead our partnership.", 11),
        ("2. Independent scrutiny", 14),
        ("An independent scrutineer reviews how well the partners work together each year.", 11),
        ("3. Funding", 14),
        ("The partners share the budget: the council 40%, the board 35% and the police 25%.", 11),
    ]
    y = 780
    for text, size in lines:
        c.setFont("Helvetica-Bold" if size > 11 else "Helvetica", size)
        c.drawString(72, y, text)
        y -= size * 2
    c.showPage()
    c.save()
    return path


def _documents(folder: Path) -> Path:
    """Several documents of every kind a batch meets: YAML, markdown, DOCX, HTML and PDF."""
    folder.mkdir()
    for f in sorted(EXAMPLES.glob("*.yaml"))[:4]:
        shutil.copy(f, folder / f.name)
    for f in sorted((REPO / "benchmarks" / "cases").glob("*.md"))[:4]:
        shutil.copy(f, folder / f.name)
    for f in ("hollowmere-arrangements.docx", "hollowmere-arrangements.html"):
        shutil.copy(REPO / "tests" / "data" / "web" / f, folder / f)
    _pdf(folder / "eastbrook.pdf")
    return folder


def _validate(tmp_path: Path, folder: Path, *args: str) -> dict:
    out = tmp_path / f"out{len(list(tmp_path.glob('out*.json')))}.json"
    env = {"PATH": "/usr/bin:/bin", "HOME": str(tmp_path), "XDG_CACHE_HOME": str(tmp_path / "xdg"), "NO_COLOR": "1"}
    r = subprocess.run(
        [
            sys.executable,
            "-m",
            "masa_check",
            "validate",
            str(folder),
            "--as-of",
            "2026-01-01",
            "-f",
            f"json:{out}",
            *args,
        ],
        capture_output=True,
        text=True,
        env=env,
        timeout=300,
    )
    assert r.returncode in (0, 1), r.stderr
    return json.loads(out.read_text())


def test_two_jobs_and_one_give_identical_json(tmp_path):
    folder = _documents(tmp_path / "docs")
    one = _validate(tmp_path, folder, "-j", "1", "--no-cache")
    two = _validate(tmp_path, folder, "-j", "2", "--no-cache")
    assert len(one["documents"]) == 11
    assert one == two
    cold = _validate(tmp_path, folder, "-j", "2")  # through the results cache, cold then warm
    warm = _validate(tmp_path, folder, "-j", "2")
    assert cold == warm == one


def _targets(tmp_path: Path, n: int) -> list[Target]:
    """``n`` distinct markdown documents, the largest last (so largest-first is not input order)."""
    cases = sorted((REPO / "benchmarks" / "cases").glob("hc-*.md"))
    out = []
    for k in range(n):
        path = tmp_path / f"{k:02d}.md"
        path.write_text(cases[k % len(cases)].read_text(encoding="utf-8") + "\n" * (k + 1), encoding="utf-8")
        out.append(Target(path=str(path)))
    return out


@needs_two
def test_each_worker_reads_each_pack_once(tmp_path, monkeypatch):
    log = tmp_path / "loads.txt"
    real = packs_module.load_pack

    def counted(path):
        with open(log, "a") as fh:  # workers are forked: they write here too
            fh.write(f"{os.getpid()} {Path(path).stem}\n")
        return real(path)

    monkeypatch.setattr(packs_module, "load_pack", counted)
    targets = _targets(tmp_path, 12)
    options = dict(kind=None, use_cache=False, ocr=False, max_pages=1000, crawl=None, check={})
    outcomes = batch.check_all(targets, options, Registry.load(), None, AS_OF, jobs=2)
    assert [r.path for r, _ in outcomes] == [t.path for t in targets]  # input order
    loads = log.read_text().split("\n")[:-1]
    assert len(loads) == len(set(loads)), "a process read a pack twice"
    assert len({line.split()[0] for line in loads}) == 2, "the worker and this process both checked documents"


@needs_two
def test_cached_results_are_read_here_without_starting_a_worker(tmp_path, monkeypatch):
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "xdg"))
    targets = _targets(tmp_path, 6)
    options = dict(kind=None, use_cache=True, ocr=False, max_pages=1000, crawl=None, check={}, results_salt="s")
    cold = batch.check_all(targets, options, Registry.load(), None, AS_OF, jobs=2)

    def no_pool(*args, **kwargs):
        raise AssertionError("a worker was started for cached results")

    monkeypatch.setattr(parallel, "_start_pool", no_pool)
    warm = batch.check_all(targets, options, Registry.load(), None, AS_OF, jobs=2)
    assert [r.model_dump() for r, _ in warm] == [r.model_dump() for r, _ in cold]


def test_an_unreadable_file_keeps_its_place(tmp_path):
    targets = _targets(tmp_path, 3)
    bad = tmp_path / "broken.pdf"
    bad.write_bytes(b"not a pdf at all")
    targets.insert(1, Target(path=str(bad)))
    options = dict(kind=None, use_cache=False, ocr=False, max_pages=1000, crawl=None, check={})
    outcomes = batch.check_all(targets, options, Registry.load(), None, AS_OF, jobs=2)
    assert outcomes[1][0] is None and "broken.pdf" in outcomes[1][1]
    assert [r.path for r, _ in (outcomes[0], *outcomes[2:])] == [targets[0].path, *(t.path for t in targets[2:])]


def test_sites_on_one_host_stay_together():
    targets = [Target("https://a.example/x"), Target("doc.md"), Target("https://a.example/y"), Target("b.md")]
    assert batch.groups(targets) == [[0, 2], [1], [3]]


def test_workers_started_afresh_load_the_packs_themselves(tmp_path, monkeypatch):
    """Where workers are spawned, not forked (macOS, Windows, Python 3.14's default), each
    loads the registry from the directories it is given, with the same verdicts."""
    import concurrent.futures
    import functools
    import multiprocessing

    targets = _targets(tmp_path, 4)
    options = dict(kind=None, use_cache=False, ocr=False, max_pages=1000, crawl=None, check={})
    one = batch.check_all(targets, options, Registry.load(), None, AS_OF, jobs=1)
    spawned = functools.partial(concurrent.futures.ProcessPoolExecutor, mp_context=multiprocessing.get_context("spawn"))
    monkeypatch.setattr(concurrent.futures, "ProcessPoolExecutor", spawned)
    monkeypatch.setattr(batch, "_REGISTRIES", {})
    two = batch.check_all(targets, options, Registry.load(), None, AS_OF, jobs=2)
    assert [r.model_dump() for r, _ in two] == [r.model_dump() for r, _ in one]
