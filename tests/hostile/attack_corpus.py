"""Issue 16's attack classes as runnable cases (shared by tests/hostile/test_attacks.py and
benchmarks/hostile.py).

Each :class:`Attack` builds its inputs in a folder and returns the command line after
``python -m masa_check`` (run with that folder as the working directory). :func:`run_attack`
runs it and returns what a user would see judged against the issue's bar: an exit code in
``expect`` (2, or the verdict the document deserves), one line on stderr when it is 2, no
traceback and no exception name, the ``pattern`` somewhere in the output, none of ``forbid``
(an escape sequence, a forged workflow command, a leaked secret, an unescaped image), and the
``check`` on the folder afterwards (a file not overwritten, a draft with no injected waiver).
``owner`` says which part of issue 16 makes the case hold ("i16b": streams, bounds, regular
files, escaping, report, dates; "i16a": config, regular expressions, output paths, Ctrl-C,
cache).
"""

from __future__ import annotations

import hashlib
import json
import os
import re
import signal
import subprocess
import sys
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

import hostile_corpus as corpus  # noqa: E402

TIME_BUDGET_S = 30.0
MEMORY_BUDGET_MB = 1536.0
KILL_AFTER_S = 120.0
#: An exception's name in what the user sees means an internal error leaked.
EXCEPTION_NAME = re.compile(r"\b(?:Traceback|[A-Z][A-Za-z]*(?:Error|Exception)|KeyboardInterrupt)\b")
REPO = Path(__file__).resolve().parents[2]


@dataclass
class Attack:
    build: Callable[[Path], list[str]]
    expect: tuple[int, ...] = (2,)
    pattern: str | None = None
    forbid: tuple[str, ...] = ()
    check: Callable[[Path], str | None] | None = None
    env: dict[str, str] = field(default_factory=dict)
    interrupt_after: float | None = None
    owner: str = "i16b"


# ------------------------------------------------------------------------------------ helpers

FAILING_YAML = "kind: arrangements\npartnership:\n  name: Fenshire Safeguarding Children Partnership\n"
ESC = r"\x1b"
#: A Markdown image or link that a renderer would fetch or follow (brackets not escaped).
MD_ACTIVE = r"(?<!\\)!\[|(?<!\\)\]\((?:https?|javascript):"


def _digest(path: Path) -> str | None:
    return hashlib.sha256(path.read_bytes()).hexdigest() if path.is_file() else None


def _unchanged(path: str, before: str) -> Callable[[Path], str | None]:
    def check(folder: Path) -> str | None:
        return None if _digest(folder / path) == before else f"{path} was overwritten"

    return check


def _write(folder: Path, name: str, text: str | bytes) -> Path:
    p = folder / name
    p.parent.mkdir(parents=True, exist_ok=True)
    p.write_bytes(text.encode() if isinstance(text, str) else text)
    return p


def _bomb_pdf(name: str, filter_value: bytes, extra: list[bytes], body: bytes | None = None):
    """A content stream that inflates to 1 GB, its filter spelt ``filter_value``; ``extra``
    objects are numbered from 5 (what an indirect filter refers to)."""

    def build(folder: Path) -> list[str]:
        data = body if body is not None else corpus._flate_gigabyte()
        stream = b"<< /Length %d /Filter %s >>\nstream\n" % (len(data), filter_value) + data + b"\nendstream"
        pdf = corpus._hand_pdf(
            [
                b"<< /Type /Catalog /Pages 2 0 R >>",
                b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
                b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R >>",
                stream,
                *extra,
            ]
        )
        _write(folder, name, pdf)
        return ["validate", name, "--no-cache"]

    return build


def _tounicode_escape_pdf(folder: Path) -> list[str]:
    """Prose whose ToUnicode map turns every 'Q' into ESC and every 'Z' into BEL."""
    cmap = (
        b"/CIDInit /ProcSet findresource begin 12 dict begin begincmap /CMapName /X def "
        b"1 begincodespacerange <00> <FF> endcodespacerange 2 beginbfchar <51> <001B> <5A> <0007> endbfchar "
        b"endcmap CMapName currentdict /CMap defineresource pop end end"
    )
    lines = [
        "The Lowmoor safeguarding partners are the council, the ICB and the police.",
        "Q[2J Q]0;owned Z Q[8m hidden text for the partners Q[0m",
        "The partners publish a yearly report and the independent scrutineer reviews the arrangements.",
    ]
    ops = b"BT /F1 11 Tf 72 760 Td 14 TL " + b" ".join(b"(" + ln.encode() + b") '" for ln in lines * 6) + b" ET"
    objs = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R"
        b" /Resources << /Font << /F1 5 0 R >> >> >>",
        b"<< /Length %d >>\nstream\n" % len(ops) + ops + b"\nendstream",
        b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /ToUnicode 6 0 R >>",
        b"<< /Length %d >>\nstream\n" % len(cmap) + cmap + b"\nendstream",
    ]
    _write(folder, "escapes.pdf", corpus._hand_pdf(objs))
    return ["validate", "escapes.pdf", "--no-cache"]


def _garbage_pdf(folder: Path) -> list[str]:
    """What CID fonts with no ToUnicode give: a text layer of non-words."""
    import random

    rng = random.Random(16)
    alphabet = "BCDFGHJKLMNPQRSTVWXZbcdfghjkmnpqrstvwxz#%&@$0123456789"
    lines = [" ".join("".join(rng.choice(alphabet) for _ in range(5)) for _ in range(12)) for _ in range(40)]
    corpus.valid_pdf(folder / "cid-garbage.pdf", pages=4, lines=lines)
    return ["validate", "cid-garbage.pdf", "--no-cache"]


def _ruled_page_pdf(folder: Path) -> list[str]:
    """One ruled page (a grid) holding 100,000 characters: pdfplumber's table pass once took
    2 minutes and 1.5 GB on it."""
    from reportlab.lib.pagesizes import A4
    from reportlab.pdfgen import canvas

    c = canvas.Canvas(str(folder / "ruled.pdf"), pagesize=A4)
    for x in range(40, 560, 40):
        c.line(x, 40, x, 800)
    for y in range(40, 800, 20):
        c.line(40, y, 560, y)
    c.setFont("Helvetica", 2)
    text = "The Kelby partners review cases each quarter. " * 4
    for row in range(530):
        c.drawString(40, 800 - row * 1.4, text[:190])
    c.showPage()
    c.save()
    return ["validate", "ruled.pdf", "--no-cache"]


def _yaml_markup(folder: Path) -> list[str]:
    """Rich markup in a value the table quotes as evidence (it was parsed: MarkupError)."""
    value = "Fenshire scrutineer [/] [/note] [link=http://x]y"
    _write(folder, "markup.yaml", FAILING_YAML + f'scrutiny:\n  scrutineer: "{value}"\n')
    return ["validate", "markup.yaml", "--no-cache"]


def _yaml_escapes(folder: Path) -> list[str]:
    """Escape sequences (clear screen, window title, concealed text) in a quoted value."""
    value = "Fenshire \\e[2J\\e]0;owned\\a \\e[8mhidden\\e[0m scrutineer"
    _write(folder, "escapes.yaml", FAILING_YAML + f'scrutiny:\n  scrutineer: "{value}"\n')
    return ["validate", "escapes.yaml", "--no-cache"]


def _docx_markup(folder: Path) -> list[str]:
    paras = [*corpus.SAMPLE_PARAGRAPHS, "The partners [/note] agree [link=http://evil.example]this[/link] [bold]x"]
    corpus.valid_docx(folder / "markup.docx", paras)
    return ["validate", "markup.docx", "--no-cache"]


def _escape_file_name(folder: Path) -> list[str]:
    name = "arr\x1b[2J\x1b]0;owned\x07.yaml"
    _write(folder, name, FAILING_YAML)
    return ["validate", name, "--no-cache"]


def _newline_file_name(folder: Path) -> list[str]:
    name = "arr\n::error file=forged.yaml,line=1::forged\r::warning::also.yaml"
    _write(folder, name, FAILING_YAML)
    return ["validate", name, "--no-cache", "-f", "github"]


def _markdown_beacon(folder: Path) -> list[str]:
    beacon = "![](http://evil.example/b.png) [click](javascript:alert(1)) <img src=http://evil.example/i.png>"
    text = FAILING_YAML + f'scrutiny:\n  scrutineer: "{beacon}"\n  model: "{beacon}"\n'
    _write(folder, "beacon.yaml", text)
    return ["validate", "beacon.yaml", "--no-cache", "-f", "markdown"]


def _job_summary_beacon(folder: Path) -> list[str]:
    _markdown_beacon(folder)
    return ["validate", "beacon.yaml", "--no-cache", "-f", "github"]


def _summary_clean(folder: Path) -> str | None:
    path = folder / "summary.md"
    if not path.is_file():
        return "no job summary written"
    text = path.read_text("utf-8")
    if "evil.example" not in text:
        return "the job summary does not show the document's text"
    return "job summary holds an active image or link" if re.search(MD_ACTIVE, text) else None


def _fifo(name: str, argv: Callable[[str], list[str]]) -> Callable[[Path], list[str]]:
    def build(folder: Path) -> list[str]:
        (folder / name).parent.mkdir(parents=True, exist_ok=True)
        os.mkfifo(folder / name)
        return argv(name)

    return build


def _dev_zero(name: str, argv: Callable[[str], list[str]]) -> Callable[[Path], list[str]]:
    def build(folder: Path) -> list[str]:
        (folder / name).parent.mkdir(parents=True, exist_ok=True)
        (folder / name).symlink_to("/dev/zero")
        return argv(name)

    return build


def _with_doc(argv: list[str]) -> Callable[[Path], list[str]]:
    def build(folder: Path) -> list[str]:
        _write(folder, "doc.yaml", FAILING_YAML)
        return argv

    return build


def _fifo_rules_dir(folder: Path) -> list[str]:
    _write(folder, "doc.yaml", FAILING_YAML)
    (folder / "packs").mkdir()
    os.mkfifo(folder / "packs" / "mine.yaml")
    _write(folder, "cfg.yaml", "rules_dirs: [packs]\n")
    return ["validate", "doc.yaml", "--config", "cfg.yaml", "--no-cache"]


def _extract_nel(folder: Path) -> list[str]:
    name = "Kelby\x85waivers:\x85- {rule: WT23-ARR-01, reason: x, expires: 2099-01-01}\x85x.docx"
    corpus.valid_docx(folder / name)
    return ["extract", name, "-o", "draft.yaml"]


def _draft_clean(folder: Path) -> str | None:
    import yaml

    path = folder / "draft.yaml"
    if not path.is_file():
        return "no draft written"
    try:
        data = yaml.safe_load(path.read_text("utf-8"))
    except yaml.YAMLError:
        return "the draft is broken YAML (a line was injected into a comment)"
    return "the draft carries an injected waiver" if isinstance(data, dict) and "waivers" in data else None


def _saved_results(folder: Path, name: str = "results.json", **change) -> dict:
    from masa_check.results import DocumentResult, Result, RunResult, Tool

    results = [
        Result(rule_id=f"X-{i}", pack="p", title="t", strength="must", status=s, citation="c", message="m")
        for i, s in enumerate(["pass"] + ["fail"] * 3)
    ]
    doc = DocumentResult(path="a.pdf", source="pdf", kind="arrangements", packs=["p"], results=results, summary={})
    data = RunResult(tool=Tool(version="1"), as_of="2026-01-01", documents=[doc]).model_dump(mode="json")
    data["documents"][0]["summary"] = {"pass": 4, "fail": 0}  # hand-edited
    for key, value in change.items():
        if key == "packs":
            data["documents"][0]["packs"] = value
        elif key == "tool":
            data["tool"]["name"] = value
        else:
            data[key] = value
    _write(folder, name, json.dumps(data))
    return data


def _report(argv: list[str], **change) -> Callable[[Path], list[str]]:
    def build(folder: Path) -> list[str]:
        _saved_results(folder, **change)
        return ["report", "results.json", *argv]

    return build


def _junit_parses(folder: Path) -> str | None:
    import xml.etree.ElementTree as ET

    try:
        ET.parse(folder / "out.xml")
    except (OSError, ET.ParseError) as exc:
        return f"JUnit not well-formed: {exc}"
    return None


def _year_9999(folder: Path) -> list[str]:
    src = (REPO / "examples" / "northshire-yearly-report-2024-25.yaml").read_text("utf-8")
    _write(folder, "y9999.yaml", re.sub(r"(?m)^published: .*$", "published: 9999-06-01", src))
    return ["validate", "y9999.yaml", "--no-cache"]


# --------------------------------------------------------------------- other part of issue 16


def _received_config(folder: Path) -> list[str]:
    received = folder / "received"
    _write(received, "arr.yaml", FAILING_YAML)
    _write(received, ".masa-check.yaml", "fail_on: none\n")
    (folder / "work").mkdir()
    return ["validate", "../received/arr.yaml", "--no-cache"]


def _backtracking_pack(folder: Path) -> list[str]:
    pack = (REPO / "tests" / "data" / "local-example-pack.yaml").read_text("utf-8")
    pack = pack.replace("- [training*, course*, learning event*]", "- ['re:^(\\w+\\s?)+$', training*]", 1)
    pack = pack.replace(
        "- Multi-agency training is commissioned each year from a training needs analysis.",
        "- Multi agency training is commissioned each year from a training needs analysis and more words here!",
        1,
    )
    _write(folder, "slow.yaml", pack)
    return ["rules", "lint", "slow.yaml"]


def _rules_dir_echo(folder: Path) -> list[str]:
    _write(folder, "doc.yaml", FAILING_YAML)
    _write(folder, "secrets/keys.yaml", "id: AKIA-EXAMPLE-KEY hunter2\n")
    _write(folder, "cfg.yaml", "rules_dirs: [secrets]\n")
    return ["validate", "doc.yaml", "--config", "cfg.yaml", "--no-cache"]


def _latin1_name(folder: Path) -> list[str]:
    d = folder / "docs"
    d.mkdir()
    (d / os.fsdecode(b"caf\xe9.yaml")).write_text(FAILING_YAML)
    return ["validate", "docs", "--no-cache", "-f", "json"]


def _extract_to(target: str, prepare: Callable[[Path], None] | None = None) -> Callable[[Path], list[str]]:
    def build(folder: Path) -> list[str]:
        corpus.valid_docx(folder / "doc.docx")
        if prepare:
            prepare(folder)
        return ["extract", "doc.docx", "-o", target]

    return build


def _overwrite(fmt: str, target: str, content: str, extra: tuple[str, ...] = ()) -> Callable[[Path], list[str]]:
    def build(folder: Path) -> list[str]:
        _write(folder, "doc.yaml", FAILING_YAML)
        _write(folder, target, content)
        return ["validate", "doc.yaml", "--no-cache", *extra, "-f", f"{fmt}:{target}"]

    return build


def _poisoned_cache(folder: Path) -> list[str]:
    """Another user's world-writable cache entry for this document, holding a different one."""
    corpus.valid_docx(folder / "mine.docx", ["Kelby notes", "Nothing about safeguarding here."])
    env_cache = folder / "shared-cache"
    code = (
        "import sys; from masa_check.sources import cache, published, docx_reader;"
        "from masa_check.sources.docx_reader import read_docx;"
        "key = cache.cache_key(cache.file_digest(sys.argv[1]), docx_reader.READER_VERSION, '');"
        "cache.store(key, read_docx(sys.argv[2]), None)"
    )
    corpus.valid_docx(folder / "theirs.docx")
    env = dict(os.environ, XDG_CACHE_HOME=str(env_cache))
    subprocess.run([sys.executable, "-c", code, "mine.docx", "theirs.docx"], cwd=folder, env=env, check=False)
    for p in env_cache.rglob("*"):
        p.chmod(0o777 if p.is_dir() else 0o666)
    return ["validate", "mine.docx"]


def _ctrl_c(folder: Path) -> list[str]:
    lines = corpus.SAMPLE_PARAGRAPHS + [f"Paragraph {i}: the partners review the arrangements." for i in range(30)]
    # several long documents, one at a time, so the run is still busy when Ctrl-C comes however
    # fast one document has become
    (folder / "long").mkdir()
    for i in range(4):
        corpus.valid_pdf(folder / "long" / f"long-{i}.pdf", pages=900, lines=lines)
    return ["validate", "long", "--no-cache", "-j", "1"]


ATTACKS: dict[str, Attack] = {
    # PDF streams: the filter spelt so that a scan for '/Filter /FlateDecode' misses it
    "pdf-bomb-indirect-filter": Attack(_bomb_pdf("indirect.pdf", b"5 0 R", [b"/FlateDecode"]), pattern="bomb|memory"),
    "pdf-bomb-hex-escaped-filter": Attack(_bomb_pdf("hex.pdf", b"/Fl#61teDecode", []), pattern="bomb|memory"),
    "pdf-bomb-filter-in-array-ref": Attack(_bomb_pdf("array.pdf", b"[5 0 R]", [b"/Fl"]), pattern="bomb|memory"),
    "pdf-bomb-indirect-array": Attack(
        _bomb_pdf("indirect-array.pdf", b"5 0 R", [b"[/Fl#61teDecode]"]), pattern="bomb|memory"
    ),
    "pdf-bomb-unresolvable-filter": Attack(_bomb_pdf("lost.pdf", b"99 0 R", []), pattern="bomb|memory"),
    "pdf-ruled-page-100k-chars": Attack(_ruled_page_pdf, expect=(0, 1, 2), owner="i16a"),
    # terminal, annotation and Markdown injection
    "pdf-tounicode-escapes": Attack(_tounicode_escape_pdf, expect=(0, 1, 2), forbid=(ESC, r"\x07")),
    "yaml-rich-markup": Attack(_yaml_markup, expect=(0, 1), pattern=r"\[/\]"),
    "yaml-escape-sequences": Attack(_yaml_escapes, expect=(0, 1), forbid=(ESC, r"\x07")),
    "docx-rich-markup": Attack(_docx_markup, expect=(0, 1)),
    "filename-escape-sequences": Attack(_escape_file_name, expect=(0, 1), forbid=(ESC, r"\x07")),
    "filename-newline-workflow-command": Attack(
        _newline_file_name,
        expect=(0, 1),
        forbid=(r"(?m)^::error file=forged", r"(?m)^::warning::also", r"\r"),
        env={"GITHUB_ACTIONS": "true"},
    ),
    "markdown-image-and-javascript-link": Attack(_markdown_beacon, expect=(0, 1), forbid=(MD_ACTIVE,)),
    "job-summary-image-and-javascript-link": Attack(
        _job_summary_beacon,  # annotations are plain text; the job summary is Markdown
        expect=(0, 1),
        check=_summary_clean,
        env={"GITHUB_ACTIONS": "true", "GITHUB_STEP_SUMMARY": "summary.md"},
    ),
    "extract-nel-in-file-name": Attack(_extract_nel, expect=(0, 1), check=_draft_clean),
    # only regular files
    "report-fifo": Attack(_fifo("results.json", lambda n: ["report", n]), pattern="not a regular file"),
    "report-dev-zero": Attack(_dev_zero("results.json", lambda n: ["report", n]), pattern="not a regular file"),
    "pack-fifo": Attack(
        _fifo("packs/mine.yaml", lambda n: ["rules", "list", "--rules-dir", "packs"]), pattern="not a regular file"
    ),
    "pack-dev-zero": Attack(_dev_zero("packs/mine.yaml", lambda n: ["rules", "lint", n]), pattern="not a regular file"),
    "rules-dirs-fifo": Attack(_fifo_rules_dir, pattern="not a regular file"),
    # report trusts only what it can check
    "report-edited-summary": Attack(_report([]), expect=(0, 1), pattern=r"1/4 pass.*3/4 fail"),
    "report-edited-packs": Attack(_report([], packs=[]), pattern="packs it does not list"),
    "report-schema-version": Attack(_report([], schema_version=7), pattern="schema_version"),
    "report-control-in-tool-docx": Attack(_report(["-f", "docx:out.docx"], tool="masa\x01check\x1b"), expect=(0, 1)),
    "report-control-in-tool-junit": Attack(
        _report(["-f", "junit:out.xml"], tool="masa\x01check\x1b"), expect=(0, 1), check=_junit_parses
    ),
    # dates and text layers
    "yaml-year-9999": Attack(_year_9999, pattern="outside 1900-2100"),
    "pdf-cid-fonts-without-tounicode": Attack(_garbage_pdf, pattern="unreadable text layer"),
    # the other part of issue 16 (config, regular expressions, output paths, Ctrl-C, cache)
    "config-in-received-folder": Attack(_received_config, expect=(1,), pattern="not applied", owner="i16a"),
    "pack-backtracking-regex": Attack(_backtracking_pack, expect=(1, 2), owner="i16a"),
    "rules-dirs-echoes-content": Attack(_rules_dir_echo, forbid=("hunter2", "AKIA"), owner="i16a"),
    "latin1-file-name-json": Attack(_latin1_name, expect=(0, 1), owner="i16a"),
    "extract-o-directory": Attack(_extract_to("outdir", lambda f: (f / "outdir").mkdir()), owner="i16a"),
    "extract-o-under-a-file": Attack(_extract_to("doc.docx/x.yaml"), owner="i16a"),
    "extract-o-proc": Attack(_extract_to("/proc/masa-check-draft.yaml"), owner="i16a"),
    "report-over-config": Attack(
        _overwrite("json", ".masa-check.yaml", "fail_on: must\n"),
        check=_unchanged(".masa-check.yaml", hashlib.sha256(b"fail_on: must\n").hexdigest()),
        owner="i16a",
    ),
    "report-over-pack": Attack(
        _overwrite("markdown", "packs/mine.yaml", "# my pack\n", ("--rules-dir", "packs")),
        check=_unchanged("packs/mine.yaml", hashlib.sha256(b"# my pack\n").hexdigest()),
        owner="i16a",
    ),
    "two-formats-one-file": Attack(
        _with_doc(["validate", "doc.yaml", "--no-cache", "-f", "json:out.txt", "-f", "csv:out.txt"]), owner="i16a"
    ),
    "cache-entry-of-another-user": Attack(
        _poisoned_cache,
        expect=(0, 1, 2),
        forbid=(r"Multi-agency Safeguarding Arrangements",),
        owner="i16a",
        env={"XDG_CACHE_HOME": "shared-cache"},
    ),
    "ctrl-c": Attack(_ctrl_c, expect=(130,), pattern="interrupted", interrupt_after=1.5, owner="i16a"),
}


def build_apart(build: Callable[[Path], object], folder: Path) -> object:
    """``build(folder)`` in a forked process where there is fork: a builder that holds 60 MB in
    memory would otherwise count in the next case's peak (a child's ru_maxrss starts from its
    parent's at fork and survives exec)."""
    import pickle
    import tempfile

    if not hasattr(os, "fork"):
        return build(folder)
    with tempfile.TemporaryFile() as spool:
        pid = os.fork()
        if pid == 0:
            status = 0
            try:
                pickle.dump(build(folder), spool)
                spool.flush()
            except BaseException:  # noqa: BLE001 - reported by the parent
                status = 1
            finally:
                os._exit(status)
        _, status = os.waitpid(pid, 0)
        if status != 0:
            return build(folder)  # again here, to see its error
        spool.seek(0)
        return pickle.load(spool)


def run_attack(
    attack: Attack, folder: Path, kill_after: float = KILL_AFTER_S
) -> tuple[int | None, float, float, list[str]]:
    """(exit code or None when killed after ``kill_after`` s, wall seconds, peak MB, problems)."""
    argv = build_apart(attack.build, folder)
    cwd = folder / "work" if (folder / "work").is_dir() else folder
    env = {
        "PATH": os.environ.get("PATH", "/usr/bin:/bin"),
        "HOME": str(folder / "home"),
        "XDG_CACHE_HOME": str(folder / "cache"),
        "NO_COLOR": "1",
        "CI": "1",
    }
    if os.environ.get("PYTHONPATH"):
        env["PYTHONPATH"] = os.environ["PYTHONPATH"]
    for key, value in attack.env.items():
        env[key] = str(folder / value) if key in ("GITHUB_STEP_SUMMARY", "XDG_CACHE_HOME") else value
    out_path, err_path = folder / ".stdout", folder / ".stderr"
    with open(out_path, "wb") as out, open(err_path, "wb") as err:
        start = time.perf_counter()
        proc = subprocess.Popen(
            [sys.executable, "-m", "masa_check", *argv],
            stdout=out,
            stderr=err,
            stdin=subprocess.DEVNULL,
            cwd=cwd,
            env=env,
            start_new_session=True,
        )
        killer = threading.Timer(kill_after, lambda: os.killpg(proc.pid, signal.SIGKILL))
        killer.start()
        interrupter = None
        if attack.interrupt_after is not None:
            interrupter = threading.Timer(attack.interrupt_after, lambda: os.killpg(proc.pid, signal.SIGINT))
            interrupter.start()
        try:
            _, status, usage = os.wait4(proc.pid, 0)
        finally:
            killer.cancel()
            if interrupter:
                interrupter.cancel()
        wall = time.perf_counter() - start
    code = os.waitstatus_to_exitcode(status)
    code = None if code == -signal.SIGKILL else code
    peak = usage.ru_maxrss / 1024.0
    stdout = out_path.read_bytes().decode("utf-8", "replace")
    stderr = err_path.read_bytes().decode("utf-8", "replace")
    return code, wall, peak, judge(attack, folder, code, wall, peak, stdout, stderr)


def judge(attack: Attack, folder: Path, code, wall: float, peak: float, stdout: str, stderr: str) -> list[str]:
    problems = []
    both = stdout + stderr
    if code is None:
        problems.append("killed")
    elif code not in attack.expect:
        problems.append(f"exit {code}, expected {'/'.join(map(str, attack.expect))}")
    if code in (2, 130) and len(stderr.strip().splitlines()) != 1:
        problems.append(f"{len(stderr.strip().splitlines())} lines on stderr")
    m = EXCEPTION_NAME.search(both)
    if m:
        problems.append(f"exception name {m.group(0)!r}")
    if attack.pattern and not re.search(attack.pattern, both, re.IGNORECASE | re.DOTALL):
        problems.append(f"no {attack.pattern!r}")
    for bad in attack.forbid:
        if re.search(bad, both):
            problems.append(f"output has {bad!r}")
    if attack.check:
        why = attack.check(folder)
        if why:
            problems.append(why)
    if wall > TIME_BUDGET_S:
        problems.append(f"{wall:.0f} s")
    if peak > MEMORY_BUDGET_MB:
        problems.append(f"{peak:.0f} MB")
    return problems


# ----------------------------------- hostile2: today's features (batch, provenance, caches, ...)


def _ctrl_c_parallel(folder: Path) -> list[str]:
    _ctrl_c(folder)
    return ["validate", "long", "--no-cache", "-j", "2"]


def _misshapen_pack_summary(packs: object) -> Callable[[Path], list[str]]:
    """This user's own (trusted) ``rules list`` cache entry under the right key, valid JSON of
    the wrong shape (an older build's or a hand edit): it was read as if well formed."""

    def build(folder: Path) -> list[str]:
        os.environ["XDG_CACHE_HOME"] = str(folder / "cache")  # as run_attack sets it
        from masa_check.engine import pack_summary

        key = pack_summary._key(pack_summary._pack_files([]))
        entry = _write(pack_summary.cache_dir(), f"{key}.json", json.dumps({"key": key, "packs": packs}))
        entry.chmod(0o600)
        return ["rules", "list"]

    return build


def _escapes_into_files(folder: Path) -> list[str]:
    """Escape sequences in a document's value, its file name and the config's file name (which
    every report now names as provenance), written to the file formats that hold text as is."""
    value = "Fenshire \\e[2J\\e]0;owned\\a scrutineer"
    _write(folder, "doc\x1b[2J.yaml", FAILING_YAML + f'scrutiny:\n  scrutineer: "{value}"\n')
    _write(folder, "cfg\x1b]0;owned\x07.yaml", "fail_on: must\n")
    outs = [f"{fmt}:out.{fmt}" for fmt in ("csv", "html", "markdown", "sarif", "junit")]
    argv = ["validate", "doc\x1b[2J.yaml", "--config", "cfg\x1b]0;owned\x07.yaml", "--no-cache"]
    return [*argv, *(x for o in outs for x in ("-f", o))]


def _no_escapes_in_files(folder: Path) -> str | None:
    for fmt in ("csv", "html", "markdown", "sarif", "junit"):
        path = folder / f"out.{fmt}"
        if not path.is_file():
            return f"no {fmt} report written"
        if re.search(rb"[\x1b\x07]", path.read_bytes()):
            return f"the {fmt} report holds a raw escape sequence"
    return None


#: Every report format, each to its own file.
FORMATS = ("json", "csv", "markdown", "html", "sarif", "junit", "github", "xlsx", "docx")


def _latin1_name_every_format(folder: Path) -> list[str]:
    """A document and a config whose names are not UTF-8: only JSON held them (the rest, and
    ``upgrade``'s JSON, raised UnicodeEncodeError as an internal error)."""
    d = folder / "docs"
    d.mkdir()
    (d / os.fsdecode(b"caf\xe9.yaml")).write_text(FAILING_YAML)
    (folder / os.fsdecode(b"cfg\xff.yaml")).write_text("fail_on: must\n")
    outs = [x for fmt in FORMATS for x in ("-f", f"{fmt}:out.{fmt}")]
    return ["validate", "docs", "--no-cache", "--config", os.fsdecode(b"cfg\xff.yaml"), "-f", "table", *outs]


def _all_written(folder: Path) -> str | None:
    missing = [fmt for fmt in FORMATS if not (folder / f"out.{fmt}").is_file()]
    return f"not written: {', '.join(missing)}" if missing else None


def _latin1_name_upgrade(fmt: str) -> Callable[[Path], list[str]]:
    def build(folder: Path) -> list[str]:
        name = os.fsdecode(b"northshire-caf\xe9.yaml")
        (folder / name).write_text((REPO / "examples" / "northshire-2019.yaml").read_text("utf-8"))
        return ["upgrade", name, "--to", "wt2026", "--no-cache", "-f", fmt]

    return build


def _fail_edited_to_advisory(folder: Path) -> list[str]:
    """Saved results whose fails were edited to ``advisory`` (the verdict kept as underlying):
    re-rendered, they stopped counting as gaps though no provision they wait for was pending."""
    data = _saved_results(folder)
    for r in data["documents"][0]["results"]:
        if r["status"] == "fail":
            r.update(status="advisory", underlying_status="fail")
    _write(folder, "results.json", json.dumps(data))
    return ["report", "results.json", "-f", "csv:out.csv"]


LOCAL_PACK = REPO / "tests" / "data" / "local-example-pack.yaml"


def _pack_edited_during_run(folder: Path) -> list[str]:
    """A local pack edited while a long run is under way: the report named the pack by the
    sha256 of its file when the run ended, not of what was applied (and the config alike)."""
    _write(folder, "packs/mine.yaml", LOCAL_PACK.read_bytes())
    _ctrl_c(folder)  # four long documents, one at a time
    edit = "sleep 3; printf '# edited\\n' >> packs/mine.yaml"
    subprocess.Popen(["sh", "-c", edit], cwd=folder, start_new_session=True)
    return ["validate", "long", "--rules-dir", "packs", "--no-cache", "-j", "1", "-f", "json:out.json"]


def _pack_hash_as_applied(folder: Path) -> str | None:
    try:
        packs = json.loads((folder / "out.json").read_text("utf-8"))["provenance"]["packs"]
    except (OSError, ValueError, KeyError, TypeError):
        return "no provenance in the JSON report"
    if (folder / "packs" / "mine.yaml").read_bytes() == LOCAL_PACK.read_bytes():
        return "the pack was not edited during the run (the run ended first)"
    want = hashlib.sha256(LOCAL_PACK.read_bytes()).hexdigest()
    got = [p.get("sha256") for p in packs if p.get("id") == "local-example"]
    return None if got == [want] else f"the local pack is named by sha256 {got}, not that of the pack applied"


def _received_config_below(folder: Path) -> list[str]:
    """A partnership's folder unpacked below the directory the run starts in (not a repository):
    its own config (fail_on: none, a commencement date) was applied as if the user's."""
    received = folder / "received"
    _write(received, "arr.yaml", FAILING_YAML)
    _write(received, ".masa-check.yaml", "fail_on: none\ncommencement: {s16EA: 2020-01-01}\n")
    return ["validate", "received", "--no-cache"]


def _cache_linked_to_reports(folder: Path) -> list[str]:
    """The cache directory is a link to a folder of the user's own JSON files (a moved cache, or
    another user's doing in a shared one): ``cache clear`` removed every ``*.json`` there."""
    _write(folder, "reports/board-results.json", '{"mine": true}')
    _write(folder, "reports/" + "a" * 64 + ".txt", "mine too")
    (folder / "cache").mkdir()
    (folder / "cache" / "masa-check").symlink_to(folder / "reports")
    return ["cache", "clear"]


def _reports_kept(folder: Path) -> str | None:
    kept = sorted(p.name for p in (folder / "reports").iterdir())
    return None if len(kept) == 2 else f"cache clear removed the user's files (left: {kept})"


def _edited_provenance(folder: Path) -> list[str]:
    """Saved results whose provenance (free text, not checkable) names a config and a pack with a
    line break and a forged workflow command: re-rendered, each line stays one line."""
    data = _saved_results(folder)
    forged = "c.yaml\n::error file=forged::x"
    data["provenance"] = {
        "config": {"path": forged, "sha256": "a" * 64},
        "config_note": None,
        "waivers": 0,
        "packs": [{"path": "\n::warning::forged", "sha256": "b" * 64, "id": "p", "version": "1", "local": True}],
    }
    _write(folder, "results.json", json.dumps(data))
    return ["report", "results.json", *(x for fmt in ("csv", "html", "markdown") for x in ("-f", f"{fmt}:out.{fmt}"))]


def _one_line_provenance(folder: Path) -> str | None:
    for fmt in ("csv", "html", "markdown"):
        path = folder / f"out.{fmt}"
        if not path.is_file():
            return f"no {fmt} report written"
        if re.search(r"(?m)^::(error file=forged|warning::forged)", path.read_text("utf-8")):
            return f"the {fmt} report starts a line with the forged workflow command"
    return None


SNAPSHOT_PAGE = (
    b"<html><head><title>Kelby partnership</title></head><body><h1>Kelby safeguarding arrangements</h1>"
    b"<p>The safeguarding partners are Kelby Council, the Kelby ICB and Kelby Police.</p></body></html>"
)


def _deep_dictionary_pdf(folder: Path) -> list[str]:
    """A catalogue nested 50,000 dictionaries deep: PDFium refuses it with its 'no error' code,
    shown as 'is not a readable PDF (Success)'."""
    deep = b"<<" + b"/A <<" * 50000 + b">>" * 50000 + b">>"
    objs = [b"<< /Type /Catalog /Pages 2 0 R /X " + deep + b" >>", b"<< /Type /Pages /Kids [] /Count 0 >>"]
    _write(folder, "deep.pdf", corpus._hand_pdf(objs))
    return ["validate", "deep.pdf", "--no-cache"]


def _commencement_typo(folder: Path) -> list[str]:
    """A year typed with its first digits lost: the duty read as in force since AD 27 and blocked."""
    _write(folder, "cfg.yaml", "commencement: {s16EA: 0027-10-01}\n")
    _write(folder, "doc.yaml", FAILING_YAML)
    return ["validate", "doc.yaml", "--config", "cfg.yaml", "--no-cache"]


def _snapshot(folder: Path, drop: str | None = None) -> None:
    """A snapshot directory (as --save-snapshot writes one) of one page, a manifest key dropped."""
    page = {
        "order": 1,
        "url": "https://kelby.example/",
        "status": 200,
        "content_type": "text/html",
        "kind": "html",
        "sha256": hashlib.sha256(SNAPSHOT_PAGE).hexdigest(),
        "bytes": len(SNAPSHOT_PAGE),
        "file": "001-index.html",
        "fetched": "2026-12-01T00:00:00Z",
    }
    manifest = {
        "format": "masa-check-snapshot",
        "version": 1,
        "start_url": "https://kelby.example/",
        "fetched": "2026-12-01T00:00:00Z",
        "kind": "arrangements",
        "pages": [page],
    }
    manifest.pop(drop, None)
    _write(folder, "snap/001-index.html", SNAPSHOT_PAGE)
    _write(folder, "snap/manifest.json", json.dumps(manifest))


def _report_over_snapshot_page(command: str) -> Callable[[Path], list[str]]:
    def build(folder: Path) -> list[str]:
        _snapshot(folder)
        extra = ["--to", "wt2026"] if command == "upgrade" else []
        return [command, "snap", *extra, "--no-cache", "-f", "markdown:snap/001-index.html"]

    return build


def _snapshot_page_intact(folder: Path) -> str | None:
    page = folder / "snap" / "001-index.html"
    return None if page.read_bytes() == SNAPSHOT_PAGE else "a page of the snapshot checked was overwritten"


def _manifest_without_start(folder: Path) -> list[str]:
    _snapshot(folder, drop="start_url")
    return ["validate", "snap", "--no-cache"]


ATTACKS.update(
    {
        "pdf-deep-dictionary": Attack(
            _deep_dictionary_pdf, pattern="not a readable PDF", forbid=(r"\(Success\)",), owner="hostile2"
        ),
        "commencement-year-typo": Attack(_commencement_typo, pattern="outside 1900-2100", owner="hostile2"),
        "report-over-snapshot-page": Attack(
            _report_over_snapshot_page("validate"),
            pattern="refusing to overwrite",
            check=_snapshot_page_intact,
            owner="hostile2",
        ),
        "upgrade-over-snapshot-page": Attack(
            _report_over_snapshot_page("upgrade"),
            pattern="refusing to overwrite",
            check=_snapshot_page_intact,
            owner="hostile2",
        ),
        "snapshot-manifest-missing-key": Attack(_manifest_without_start, pattern="no 'start_url'", owner="hostile2"),
        "report-edited-provenance": Attack(
            _edited_provenance, expect=(0,), check=_one_line_provenance, owner="hostile2"
        ),
        "cache-clear-through-a-link": Attack(
            _cache_linked_to_reports, expect=(0,), check=_reports_kept, owner="hostile2"
        ),
        "config-in-received-folder-below-cwd": Attack(
            _received_config_below, expect=(1,), pattern="not applied", owner="hostile2"
        ),
        "init-into-a-file": Attack(
            _with_doc(["init", "doc.yaml", "--guidance", "wt2026"]),
            pattern="starter file: doc.yaml is not a directory",
            check=_unchanged("doc.yaml", hashlib.sha256(FAILING_YAML.encode()).hexdigest()),
            owner="hostile2",
        ),
        "pack-edited-during-run": Attack(
            _pack_edited_during_run, expect=(0, 1), check=_pack_hash_as_applied, owner="hostile2"
        ),
        "report-fail-edited-to-advisory": Attack(
            _fail_edited_to_advisory, pattern="advisory but waits for no provision", owner="hostile2"
        ),
        "latin1-file-name-every-format": Attack(
            _latin1_name_every_format, expect=(1,), check=_all_written, owner="hostile2"
        ),
        "latin1-file-name-upgrade-json": Attack(_latin1_name_upgrade("json"), expect=(0,), owner="hostile2"),
        "latin1-file-name-upgrade-markdown-file": Attack(
            _latin1_name_upgrade("markdown:out.md"), expect=(0,), owner="hostile2"
        ),
        # click's usage errors were a framed box of five lines (exit 2, but not one line)
        "upgrade-without-to": Attack(_with_doc(["upgrade", "doc.yaml"]), pattern="--to", owner="hostile2"),
        "init-guidance-without-value": Attack(lambda f: ["init", "--guidance"], pattern="--guidance", owner="hostile2"),
        "option-with-escapes": Attack(
            _with_doc(["validate", "doc.yaml", "--\x1b]0;owned\x07"]), forbid=(ESC, r"\x07"), owner="hostile2"
        ),
        "ctrl-c-parallel": Attack(
            _ctrl_c_parallel, expect=(130,), pattern="interrupted", interrupt_after=1.5, owner="hostile2"
        ),
        "escapes-into-csv-and-html": Attack(
            _escapes_into_files, expect=(1,), check=_no_escapes_in_files, forbid=(ESC, r"\x07"), owner="hostile2"
        ),
        "pack-summary-cache-misshapen": Attack(
            _misshapen_pack_summary([{"id": "x", "title": "t", "rules": [{"id": "R-1"}]}, 7]),
            expect=(0,),
            pattern="WT23-ARR-01",
            owner="hostile2",
        ),
    }
)
