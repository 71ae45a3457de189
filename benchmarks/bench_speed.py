"""Speed side by side (issue 14): wall and CPU seconds of every figure the issue's done-when names,
in one run, written into README.md between ``<!-- speed:start -->`` and ``<!-- speed:end -->``.

    python benchmarks/bench_speed.py [--repeat 5] [--batch-repeat 3] [--only pdf,batch,docx,cli] [--no-write]

With ``--only``, the rows measured replace theirs in the README's table and the others stay.

The machine is shared and noisy: every figure is the min and median of several runs, each a fresh
child process, and CPU seconds (user + system of the child and its descendants, from
``getrusage(RUSAGE_CHILDREN)``) stand beside wall time, since CPU seconds do not grow when another
process takes the core. Paired commands run in interleaved rounds so a slow spell hits both. Peak RSS is the largest
single process's (``ru_maxrss``); the memory of all a run's processes together is sampled every
50 ms as PSS, so pages forked processes share count once.

Inputs are built from the shared fixtures (../shared relative to the repo; skipped cleanly when
absent): a 200-page PDF of fixture 003's pages repeated; a ~190-page DOCX of fixture 003's body
repeated six times (page breaks between); 150 mixed documents (corpus markdown, seeds text,
fixture PDFs and DOCX, the bundled YAML examples), each copy made byte-distinct by a neutral
change (trailing newlines, a YAML comment, a PDF comment after ``%%EOF``, a ZIP archive comment)
so that a cold run really reads each one. ``pdftotext`` (poppler-utils) is the PDF baseline;
without it the PDF rows say so.
"""

from __future__ import annotations

import argparse
import compileall
import copy
import json
import os
import resource
import shutil
import statistics
import subprocess
import sys
import tempfile
import threading
import time
import zipfile
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
SHARED = REPO.parent / "shared"
README = REPO / "README.md"
START, END = "<!-- speed:start -->", "<!-- speed:end -->"


# ---------------------------------------------------------------------------------------------
# One measured child: wall, CPU seconds, largest process's peak RSS, sampled peak of the tree


def _pss_kb(pid: int) -> int:
    """Proportional set size: a page shared by forked processes counts once across them."""
    try:
        with open(f"/proc/{pid}/smaps_rollup") as fh:
            for line in fh:
                if line.startswith("Pss:"):
                    return int(line.split()[1])
    except (OSError, ValueError, IndexError):
        pass
    return 0


def _tree_kb(root: int) -> int:
    """Memory of ``root`` and all its descendants now (Linux /proc, PSS), in kB."""
    children: dict[int, list[int]] = {}
    for entry in os.listdir("/proc"):
        if not entry.isdigit():
            continue
        try:
            with open(f"/proc/{entry}/stat") as fh:
                fields = fh.read().rsplit(")", 1)[1].split()
            children.setdefault(int(fields[1]), []).append(int(entry))
        except (OSError, IndexError, ValueError):
            continue
    total, todo = 0, [root]
    while todo:
        pid = todo.pop()
        total += _pss_kb(pid)
        todo.extend(children.get(pid, []))
    return total


def _child(cmd: list[str]) -> None:
    """Run ``cmd`` (this process does nothing else) and print one JSON line about it."""
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    t0 = time.perf_counter()
    proc = subprocess.Popen(cmd, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    peak_tree = [0]
    done = threading.Event()

    def sample() -> None:
        while not done.wait(0.05):
            peak_tree[0] = max(peak_tree[0], _tree_kb(proc.pid))

    sampler = threading.Thread(target=sample, daemon=True)
    sampler.start()
    _, err = proc.communicate()
    wall = time.perf_counter() - t0
    done.set()
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    cpu = (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)
    print(
        json.dumps(
            {
                "wall": wall,
                "cpu": cpu,
                "rss_mb": after.ru_maxrss / 1024,
                "tree_mb": peak_tree[0] / 1024,
                "rc": proc.returncode,
                "err": err.decode("utf-8", "replace")[-300:],
            }
        )
    )


def run_once(cmd: list[str], env: dict[str, str]) -> dict:
    out = subprocess.run(
        [sys.executable, __file__, "--child", *cmd], capture_output=True, text=True, check=True, env=env
    )
    res = json.loads(out.stdout.strip().splitlines()[-1])
    if res["rc"] not in (0, 1):
        raise SystemExit(f"{' '.join(cmd[:4])}...: exit {res['rc']}: {res['err'].strip()[-200:]}")
    return res


class Series:
    """Several runs of one command: min and median of wall and CPU seconds, peak memory."""

    def __init__(self) -> None:
        self.runs: list[dict] = []

    def add(self, res: dict) -> None:
        self.runs.append(res)

    def stat(self, key: str, how) -> float:
        return how([r[key] for r in self.runs])

    def cell(self, key: str) -> str:
        return f"{self.stat(key, min):.2f} / {statistics.median(r[key] for r in self.runs):.2f}"

    @property
    def rss(self) -> float:
        return max(r["rss_mb"] for r in self.runs)

    @property
    def tree(self) -> float:
        return max(r["tree_mb"] for r in self.runs)


#: Every cache directory a measured run was given, removed when the benchmark ends.
_CACHE_DIRS: list[str] = []


def fresh_env(**extra: str) -> dict[str, str]:
    env = dict(os.environ, **extra)
    env["XDG_CACHE_HOME"] = tempfile.mkdtemp(prefix="masa-bench-cache-")
    _CACHE_DIRS.append(env["XDG_CACHE_HOME"])
    if "MASA_CHECK_NO_FORK" not in extra:
        env.pop("MASA_CHECK_NO_FORK", None)
    env["PYTHONPATH"] = str(REPO / "src") + os.pathsep + env.get("PYTHONPATH", "")
    return env


def masa_check() -> list[str]:
    """The console script users run (its entry point is what --version's figure is about)."""
    script = Path(sys.executable).with_name("masa-check")
    return [str(script)] if script.exists() else [sys.executable, "-m", "masa_check"]


# ---------------------------------------------------------------------------------------------
# Inputs


def fixture(pattern: str) -> Path | None:
    found = sorted(p for p in (SHARED / "fixtures").glob(pattern) if "scanned" not in p.name)
    return found[0] if found else None


def build_pdf(pages: int, dest: Path) -> Path | None:
    src_path = fixture("003_*.pdf")
    if src_path is None:
        return None
    import pypdfium2 as pdfium

    src = pdfium.PdfDocument(str(src_path))
    out = pdfium.PdfDocument.new()
    while len(out) < pages:
        out.import_pages(src, list(range(min(len(src), pages - len(out)))))
    out.save(str(dest))
    return dest


def build_docx(copies: int, dest: Path) -> Path | None:
    """Fixture 003's body (a 32-page document) ``copies`` times, a page break between copies."""
    src_path = fixture("003_*.docx")
    if src_path is None:
        return None
    import docx
    from docx.enum.text import WD_BREAK

    document = docx.Document(str(src_path))
    body = document.element.body
    original = [el for el in body.iterchildren() if not el.tag.endswith("}sectPr")]
    sect = body.find("{http://schemas.openxmlformats.org/wordprocessingml/2006/main}sectPr")
    for _ in range(copies - 1):
        document.add_paragraph().add_run().add_break(WD_BREAK.PAGE)
        for el in original:
            clone = copy.deepcopy(el)
            if sect is not None:
                sect.addprevious(clone)
            else:
                body.append(clone)
    document.save(str(dest))
    return dest


def _distinct_copy(src: Path, dest: Path, n: int) -> None:
    """A byte-distinct copy whose reading is unchanged (see the module docstring)."""
    suffix = src.suffix.lower()
    data = src.read_bytes()
    if suffix == ".pdf":
        dest.write_bytes(data + f"\n%bench copy {n}\n".encode())
    elif suffix == ".docx":
        shutil.copyfile(src, dest)
        with zipfile.ZipFile(dest, "a") as zf:
            zf.comment = f"bench copy {n}".encode()
    elif suffix in (".yaml", ".yml"):
        dest.write_bytes(data.rstrip(b"\n") + f"\n# bench copy {n}\n".encode())
    else:
        dest.write_bytes(data.rstrip(b"\n") + b"\n" * (n + 2))


def build_batch(count: int, dest: Path) -> Path | None:
    sources: list[Path] = []
    if (SHARED / "corpus").is_dir():
        sources += sorted(p for p in (SHARED / "corpus").glob("*.md") if p.name != "README.md")
    if (SHARED / "seeds").is_dir():
        sources += sorted((SHARED / "seeds").glob("*.txt"))
    if (SHARED / "fixtures").is_dir():
        sources += sorted(p for p in (SHARED / "fixtures").glob("*.pdf") if "scanned" not in p.name)
        sources += sorted((SHARED / "fixtures").glob("*.docx"))
    sources += sorted((REPO / "examples").glob("*.yaml"))
    if not sources:
        return None
    dest.mkdir(parents=True, exist_ok=True)
    for k in range(count):
        src = sources[k % len(sources)]
        _distinct_copy(src, dest / f"{k:03d}-{src.name}", k // len(sources))
    return dest


# ---------------------------------------------------------------------------------------------
# Figures


def paired(cmds: dict[str, tuple[list[str], dict]], repeat: int) -> dict[str, Series]:
    """Interleaved rounds of several commands, each run cold (a new cache directory)."""
    out = {name: Series() for name in cmds}
    for _ in range(repeat):
        for name, (cmd, extra) in cmds.items():
            env = fresh_env(**extra)
            out[name].add(run_once(cmd, env))
            shutil.rmtree(env["XDG_CACHE_HOME"], ignore_errors=True)
    return out


def bench_pdf(tmp: Path, repeat: int, rows: list, notes: list) -> None:
    pdf = build_pdf(200, tmp / "bench-200.pdf")
    if pdf is None:
        notes.append("200-page PDF: skipped (no shared fixtures)")
        return
    if not shutil.which("pdftotext"):
        notes.append("200-page PDF: skipped (pdftotext not installed: apt-get install poppler-utils)")
        return
    cmds = {
        "pdftotext": (["pdftotext", "-layout", str(pdf), str(tmp / "out.txt")], {}),
        "validate": ([*masa_check(), "validate", str(pdf), "-f", "json:" + str(tmp / "pdf.json")], {}),
        "validate NO_FORK": (
            [*masa_check(), "validate", str(pdf), "-f", "json:" + str(tmp / "pdf1.json")],
            {"MASA_CHECK_NO_FORK": "1"},
        ),
    }
    s = paired(cmds, repeat)
    base = s["pdftotext"]
    for name, goal in (("validate", 2.0), ("validate NO_FORK", 3.0)):
        ratio_min = s[name].stat("wall", min) / base.stat("wall", min)
        ratio_med = statistics.median(r["wall"] for r in s[name].runs) / statistics.median(r["wall"] for r in base.runs)
        cpu_ratio = s[name].stat("cpu", min) / base.stat("cpu", min)
        label = "200-page PDF validate" + (" (MASA_CHECK_NO_FORK=1)" if "NO_FORK" in name else " (2 cores)")
        rows.append(
            (
                label,
                s[name],
                f"pdftotext {base.cell('wall')} s: ×{ratio_min:.1f} / ×{ratio_med:.1f} wall, ×{cpu_ratio:.1f} CPU",
                f"≤ {goal:g}× pdftotext wall",
                ratio_min <= goal,
            )
        )


def bench_batch(tmp: Path, repeat: int, rows: list, notes: list) -> None:
    docs = build_batch(150, tmp / "batch")
    if docs is None:
        notes.append("150 documents: skipped (no shared corpus or fixtures)")
        return
    runs = {(jobs, state): Series() for jobs in (1, 2) for state in ("cold", "warm")}
    for _ in range(repeat):  # interleaved: a slow spell of the machine hits -j 1 and -j 2 alike
        for jobs in (1, 2):
            env = fresh_env()
            cmd = [*masa_check(), "validate", str(docs), "-j", str(jobs), "-f", "json:" + str(tmp / f"b{jobs}.json")]
            runs[jobs, "cold"].add(run_once(cmd, env))
            runs[jobs, "warm"].add(run_once(cmd, env))
            shutil.rmtree(env["XDG_CACHE_HOME"], ignore_errors=True)
    for jobs in (1, 2):
        cold, warm = runs[jobs, "cold"], runs[jobs, "warm"]
        mem = f"all processes together at most {max(cold.tree, warm.tree):.0f} MB (PSS, sampled)"
        rows.append((f"150 documents cold, -j {jobs}", cold, mem, "≤ 30 s (2 cores)", cold.stat("wall", min) <= 30))
        rows.append((f"150 documents warm rerun, -j {jobs}", warm, "", "≤ 3 s", warm.stat("wall", min) <= 3))
        rows.append(
            (
                f"150 documents peak RSS, -j {jobs}",
                None,
                f"{max(cold.rss, warm.rss):.0f} MB largest process",
                "< 300 MB",
                max(cold.rss, warm.rss) < 300,
            )
        )
    one, two = runs[1, "cold"], runs[2, "cold"]
    rows.append(
        (
            "150 documents cold, -j 2 against -j 1",
            None,
            f"×{two.stat('wall', min) / one.stat('wall', min):.2f} wall (min), "
            f"×{statistics.median(r['wall'] for r in two.runs) / statistics.median(r['wall'] for r in one.runs):.2f}"
            f" (median); ×{two.stat('cpu', min) / one.stat('cpu', min):.2f} CPU",
            "-j 2 not slower",
            two.stat("wall", min) <= one.stat("wall", min),
        )
    )


def bench_docx(tmp: Path, repeat: int, rows: list, notes: list) -> None:
    big = build_docx(6, tmp / "bench-190.docx")
    if big is None:
        notes.append("190-page DOCX: skipped (no shared fixtures)")
        return
    plain = "import sys, docx; d = docx.Document(sys.argv[1]); print(sum(len(p.text) for p in d.paragraphs))"
    read = (
        "import sys; from masa_check.sources.published import load_published; "
        "print(len(load_published(sys.argv[1], use_cache=False).blocks))"
    )
    cmds = {
        "python-docx": ([sys.executable, "-c", plain, str(big)], {}),
        "read": ([sys.executable, "-c", read, str(big)], {}),
        "validate": ([*masa_check(), "validate", str(big), "-f", "json:" + str(tmp / "docx.json")], {}),
    }
    s = paired(cmds, repeat)
    base = s["python-docx"]
    for name, label in (("validate", "190-page DOCX validate"), ("read", "190-page DOCX read (blocks only)")):
        ratio = s[name].stat("wall", min) / base.stat("wall", min)
        ratio_med = statistics.median(r["wall"] for r in s[name].runs) / statistics.median(r["wall"] for r in base.runs)
        rows.append(
            (
                label,
                s[name],
                f"python-docx paragraph read {base.cell('wall')} s: ×{ratio:.1f} / ×{ratio_med:.1f} wall",
                "≤ 2.5× python-docx" if name == "validate" else "",
                ratio <= 2.5 if name == "validate" else None,
            )
        )


def bench_cli(tmp: Path, repeat: int, rows: list, notes: list) -> None:
    version, rules_first, rules_warm = Series(), Series(), Series()
    warm_env = fresh_env()
    run_once([*masa_check(), "rules", "list"], warm_env)  # fills the pack summary cache
    for _ in range(repeat):
        version.add(run_once([*masa_check(), "--version"], fresh_env()))
        env = fresh_env()
        rules_first.add(run_once([*masa_check(), "rules", "list"], env))
        shutil.rmtree(env["XDG_CACHE_HOME"], ignore_errors=True)
        rules_warm.add(run_once([*masa_check(), "rules", "list"], warm_env))
    shutil.rmtree(warm_env["XDG_CACHE_HOME"], ignore_errors=True)
    rows.append(("masa-check --version", version, "", "≤ 0.1 s", version.stat("wall", min) <= 0.1))
    rows.append(("masa-check rules list", rules_warm, "", "≤ 0.3 s", rules_warm.stat("wall", min) <= 0.3))
    rows.append(("masa-check rules list (empty cache)", rules_first, "", "", None))


# ---------------------------------------------------------------------------------------------
# Report


def table(rows: list, notes: list, header: str) -> str:
    lines = [
        header,
        "",
        "| what | wall s (min / median) | CPU s (min / median) | beside it | goal | met |",
        "|---|---|---|---|---|---|",
    ]
    for label, series, beside, goal, met in rows:
        wall = series.cell("wall") if series else ""
        cpu = series.cell("cpu") if series else ""
        mark = "" if met is None else ("met" if met else "**not met**")
        lines.append(f"| {label} | {wall} | {cpu} | {beside} | {goal} | {mark} |")
    lines += [""] + [f"- {n}" for n in notes]
    return "\n".join(lines).rstrip() + "\n"


def merge_table(text: str, old_block: str, wanted: set[str]) -> str:
    """A run of some figures (``--only``): its rows replace theirs in the table already in the
    README, whose other rows stay, and the header says which rows this run measured."""
    new_lines = text.splitlines()
    new_rows = {line.split(" | ")[0]: line for line in new_lines if line.startswith("| ") and " | " in line}
    out, seen = [], set()
    for line in old_block.splitlines():
        label = line.split(" | ")[0] if line.startswith("| ") and " | " in line else None
        if label in new_rows:
            out.append(new_rows[label])
            seen.add(label)
        elif not line.startswith("Measured with") and not line.startswith("- "):
            out.append(line)
    out += [row for label, row in new_rows.items() if label not in seen and label != "| what"]
    header = (
        new_lines[0].rstrip(".")
        + f"; this run measured the {', '.join(sorted(wanted))} rows (the others are from the run before)."
    )
    notes = [line for line in new_lines if line.startswith("- ")]
    body = "\n".join(out).strip("\n")
    return "\n".join([header, "", body, *([""] + notes if notes else [])]) + "\n"


def write_readme(text: str, wanted: set[str] | None = None) -> None:
    readme = README.read_text(encoding="utf-8")
    if wanted is not None and START in readme and END in readme:
        text = merge_table(text, readme.split(START, 1)[1].split(END, 1)[0], wanted)
    block = f"{START}\n{text}{END}"
    if START in readme and END in readme:
        head, rest = readme.split(START, 1)
        readme = head + block + rest.split(END, 1)[1]
    else:
        readme = readme.rstrip("\n") + f"\n\n## Speed\n\n{block}\n"
    README.write_text(readme, encoding="utf-8")


def main() -> None:
    if len(sys.argv) > 1 and sys.argv[1] == "--child":
        _child(sys.argv[2:])
        return
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--repeat", type=int, default=5, help="runs of each single-document and CLI figure")
    ap.add_argument("--batch-repeat", type=int, default=3, help="cold+warm runs of the 150-document batch")
    ap.add_argument("--only", default="pdf,batch,docx,cli", help="comma-separated: pdf, batch, docx, cli")
    ap.add_argument("--no-write", action="store_true", help="print the table, leave README.md alone")
    args = ap.parse_args()
    wanted = set(args.only.split(","))
    # bytecode as an installed package has it: a stale or missing .pyc (an edited checkout, or
    # PYTHONDONTWRITEBYTECODE) would otherwise be compiled again in every measured process
    compileall.compile_dir(str(REPO / "src"), quiet=1)
    tmp = Path(tempfile.mkdtemp(prefix="masa-bench-"))
    rows: list = []
    notes: list = []
    try:
        for name, fn, repeat in (
            ("pdf", bench_pdf, args.repeat),
            ("batch", bench_batch, args.batch_repeat),
            ("docx", bench_docx, args.repeat),
            ("cli", bench_cli, args.repeat),
        ):
            if name in wanted:
                t0 = time.perf_counter()
                fn(tmp, repeat, rows, notes)
                print(f"[{name}: {time.perf_counter() - t0:.0f} s]", file=sys.stderr)
    finally:
        shutil.rmtree(tmp, ignore_errors=True)
        for d in _CACHE_DIRS:  # each run's cold cache: left behind, they filled /tmp
            shutil.rmtree(d, ignore_errors=True)
    load = os.getloadavg()[0]
    header = (
        f"Measured with `python benchmarks/bench_speed.py` on {time.strftime('%Y-%m-%d')}, "
        f"{os.cpu_count()} cores, load average {load:.1f} at the end (a shared machine); "
        f"{args.repeat} runs of each single figure, {args.batch_repeat} of each batch."
    )
    text = table(rows, notes, header)
    print(text)
    if not args.no_write:
        write_readme(text, None if wanted == {"pdf", "batch", "docx", "cli"} else wanted)
        print(f"wrote the table into {README}", file=sys.stderr)


if __name__ == "__main__":
    main()
