"""Time, memory and output of masa-check on broken and hostile inputs (issues 6 and 16: 30 s and
1.5 GB each; exit 2 with one line, or the verdict the input deserves; no traceback or exception
name; nothing injected).

Each case is one ``python -m masa_check`` subprocess; wall time is measured around it and peak
memory is the child's ``ru_maxrss`` from ``os.wait4`` (Linux: it includes worker processes the
child waited for). The corpus is the one the tests use (tests/hostile/hostile_corpus.py: broken
inputs to ``validate``; tests/hostile/attack_corpus.py: issue 16's attack classes, any command)
plus a few heavier documents that are valid but large.

    python benchmarks/hostile.py            # every case
    python benchmarks/hostile.py pdf- docx  # only cases whose name contains one of these
"""

from __future__ import annotations

import argparse
import os
import re
import signal
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "tests" / "hostile"))

import attack_corpus as attacks  # noqa: E402
import hostile_corpus as corpus  # noqa: E402

TIME_BUDGET_S = 30.0
MEMORY_BUDGET_MB = 1536.0
KILL_AFTER_S = 120.0


def _pdf_pages(n: int, name: str):
    def build(folder: Path) -> Path:
        lines = corpus.SAMPLE_PARAGRAPHS + [
            f"Paragraph {i}: the partners review the arrangements each year." for i in range(30)
        ]
        return corpus.valid_pdf(folder / name, pages=n, lines=lines)

    return build


def _docx_many_paragraphs(folder: Path) -> Path:
    paras = list(corpus.SAMPLE_PARAGRAPHS)
    paras += [
        f"{i}. The partners will review item {i} of the arrangements with relevant agencies." for i in range(40_000)
    ]
    xml = corpus.document_xml(paras)
    return corpus.raw_docx(folder / "many-paragraphs.docx", {"word/document.xml": xml})


def _section_texts(n: int) -> list[tuple[str, list[str]]]:
    body = [
        f"The partners review item {{i}}.{j} of the arrangements with relevant agencies and the scrutineer."
        for j in range(12)
    ]
    return [(f"Section {i}", [b.format(i=i) for b in body]) for i in range(n)]


def _html_page(folder: Path) -> Path:
    """A valid page near the 20 MB cap, with chrome on every section (menus, share boxes)."""
    parts = ["<!DOCTYPE html><html><head><title>Big | SCP</title></head><body><nav>Home About</nav><main>"]
    for title, paras in _section_texts(9000):
        parts.append(f'<section id="s{len(parts)}"><h2>{title}</h2>')
        parts += [f"<p>{p} <a href='#'>More</a></p>" for p in paras]
        parts.append('<div class="share-links"><a href="#">Share</a></div></section>')
    parts.append("</main><footer>Footer</footer></body></html>")
    p = folder / "big-page.html"
    p.write_text("".join(parts), encoding="utf-8")
    return p


def _markdown(folder: Path) -> Path:
    lines = ["# Big arrangements", ""]
    for title, paras in _section_texts(6000):
        lines += [f"## {title}", "", *paras[:6], "", *(f"- {p}" for p in paras[6:]), ""]
    p = folder / "big.md"
    p.write_text("\n".join(lines), encoding="utf-8")
    return p


def _text(folder: Path) -> Path:
    lines = ["Big arrangements", "================", ""]
    for k, (title, paras) in enumerate(_section_texts(6000), 1):
        lines += [f"{k}. {title}", "", *paras[:6], "", *(f"• {p}" for p in paras[6:]), ""]
    p = folder / "big.txt"
    p.write_text("\n".join(lines), encoding="utf-8")
    return p


def _big_directory(folder: Path) -> Path:
    d = folder / "mixed-directory"
    d.mkdir()
    for name in ("yaml-alias-bomb", "yaml-deep-flow", "pdf-encrypted", "pdf-flate-bomb", "docx-zip-bomb", "docx-xxe"):
        sub = d / name
        sub.mkdir()
        corpus.CASES[name][0](sub)
    corpus.valid_docx(d / "good.docx")
    corpus.valid_pdf(d / "good.pdf", pages=5)
    return d


HEAVY = {
    "heavy-pdf-1000-pages": (_pdf_pages(1000, "thousand.pdf"), ()),
    "heavy-pdf-2500-pages-refused": (_pdf_pages(2500, "too-long.pdf"), ()),
    "heavy-docx-40k-paragraphs": (_docx_many_paragraphs, ()),
    "heavy-directory-mixed-j2": (_big_directory, ("--jobs", "2")),
    "heavy-html-page-near-cap": (_html_page, ()),
    "heavy-markdown-6000-sections": (_markdown, ()),
    "heavy-text-6000-sections": (_text, ()),
}


def run_case(path: Path, extra: tuple[str, ...], cache: Path) -> tuple[int | None, float, float, str, str]:
    env = dict(os.environ, XDG_CACHE_HOME=str(cache), NO_COLOR="1", CI="1")
    env.pop("GITHUB_ACTIONS", None)
    with tempfile.TemporaryFile() as out, tempfile.TemporaryFile() as err:
        start = time.perf_counter()
        proc = subprocess.Popen(
            [sys.executable, "-m", "masa_check", "validate", str(path), *extra, "--no-cache"],
            stdout=out,
            stderr=err,
            env=env,
            start_new_session=True,
        )
        timer = threading.Timer(KILL_AFTER_S, lambda: os.killpg(proc.pid, signal.SIGKILL))
        timer.start()
        try:
            _, status, usage = os.wait4(proc.pid, 0)
        finally:
            timer.cancel()
        wall = time.perf_counter() - start
        out.seek(0)
        err.seek(0)
        stdout, stderr = out.read().decode("utf-8", "replace"), err.read().decode("utf-8", "replace")
    proc.returncode = os.waitstatus_to_exitcode(status)
    code = None if proc.returncode == -signal.SIGKILL else proc.returncode
    return code, wall, usage.ru_maxrss / 1024.0, stdout, stderr  # KiB -> MiB on Linux


def _output_problems(name: str, code: int | None, pattern: str | None, stdout: str, stderr: str) -> list[str]:
    """A corpus case must end as exit 2 with one line matching its pattern; a heavy one as a
    verdict (or its refusal); neither with a traceback or an exception name."""
    problems = []
    m = attacks.EXCEPTION_NAME.search(stdout + stderr)
    if m:
        problems.append(f"exception name {m.group(0)!r}")
    if pattern is not None:
        if code != 2:
            problems.append(f"exit {code}, expected 2")
        lines = stderr.strip().splitlines()
        if len(lines) != 1:
            problems.append(f"{len(lines)} lines on stderr")
        elif not re.search(pattern, lines[0], re.IGNORECASE):
            problems.append(f"no {pattern!r}")
    elif code not in (0, 1, 2):
        problems.append(f"exit {code}")
    return problems


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("only", nargs="*", help="substrings of case names to run")
    args = parser.parse_args(argv)

    cases: dict[str, tuple] = {name: (build, extra, pattern) for name, (build, pattern, extra) in corpus.CASES.items()}
    cases.update({name: (build, extra, None) for name, (build, extra) in HEAVY.items()})
    cases.update({name: (attack, (), None) for name, attack in attacks.ATTACKS.items()})
    if args.only:
        cases = {k: v for k, v in cases.items() if any(s in k for s in args.only)}

    print(f"{'case':40} {'exit':>4} {'wall s':>7} {'peak MB':>8}  verdict")
    print("-" * 72)
    worst_t = worst_m = 0.0
    worst_t_case = worst_m_case = ""
    over = 0
    with tempfile.TemporaryDirectory(prefix="masa-hostile-") as tmp:
        for name, (build, extra, pattern) in cases.items():
            folder = Path(tmp) / name
            folder.mkdir()
            if isinstance(build, attacks.Attack):
                code, wall, peak, problems = attacks.run_attack(build, folder)
                owner = "" if build.owner == "i16b" else f" [{build.owner}]"
            else:
                path = attacks.build_apart(build, folder)
                code, wall, peak, stdout, stderr = run_case(path, tuple(extra), Path(tmp) / "cache")
                problems = _output_problems(name, code, pattern, stdout, stderr)
                if code is None:
                    problems.insert(0, "KILLED")
                if wall > TIME_BUDGET_S or peak > MEMORY_BUDGET_MB:
                    problems.insert(0, "OVER BUDGET")
                owner = ""
            over += bool(problems)
            verdict = "ok" if not problems else "; ".join(problems)
            shown = code if code is not None else "-"
            print(f"{name:40} {shown:>4} {wall:7.2f} {peak:8.0f}  {verdict}{owner}", flush=True)
            if wall > worst_t:
                worst_t, worst_t_case = wall, name
            if peak > worst_m:
                worst_m, worst_m_case = peak, name
    print("-" * 72)
    print(f"worst time:   {worst_t:.2f} s ({worst_t_case}); budget {TIME_BUDGET_S:.0f} s")
    print(f"worst memory: {worst_m:.0f} MB ({worst_m_case}); budget {MEMORY_BUDGET_MB:.0f} MB")
    print(f"{len(cases) - over}/{len(cases)} cases within budget and held on {os.cpu_count()} CPUs")
    return 1 if over else 0


if __name__ == "__main__":
    sys.exit(main())
