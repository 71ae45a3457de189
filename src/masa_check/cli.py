"""Thin command line: parse arguments, wire sources → engine → reporters, map to exit codes.

Exit codes are a public contract: 0 no blocking result, 1 blocking results, 2 could not run.
"""

from __future__ import annotations

import atexit
import contextlib
import datetime as dt
import gc
import os
import sys
from pathlib import Path
from typing import Annotated, NoReturn

if "NO_COLOR" in os.environ:  # https://no-color.org: --help too (typer reads this at import)
    os.environ.setdefault("TYPER_USE_RICH", "0")

import typer  # noqa: E402

from masa_check import __version__
from masa_check.errors import InputError
from masa_check.output import write_atomic
from masa_check.safe_text import visible

app = typer.Typer(
    name="masa-check",
    help="Check multi-agency safeguarding arrangements against the statutory requirements.",
    no_args_is_help=True,
    pretty_exceptions_enable=False,
)
rules_app = typer.Typer(help="List, explain and lint rule packs.", no_args_is_help=True)
app.add_typer(rules_app, name="rules")
cache_app = typer.Typer(help="Show or clear the cache of read documents and their results.", no_args_is_help=True)
app.add_typer(cache_app, name="cache")

EXIT_OK, EXIT_BLOCKING, EXIT_ERROR = 0, 1, 2


class NothingToCheck(Exception):
    """Every input was skipped (a hook run on a commit that changed only other YAML): exit 0."""


#: -q (-1): errors only on stderr; -v (1): every document's packs and the summary line too.
VERBOSITY = 0


def info(message: str) -> None:
    """A line on stderr about the run (not its results), unless --quiet."""
    if VERBOSITY >= 0:
        typer.echo(visible(f"masa-check: {message}", one_line=True), err=True)


def fail(message: str, more: list[str] | None = None) -> None:
    """One line on stderr and exit 2; under ``-v`` the file's further problems, one a line."""
    typer.echo(visible(f"masa-check: error: {message}", one_line=True), err=True)
    for line in (more or []) if VERBOSITY > 0 else []:
        typer.echo(visible(f"masa-check: error: {line}", one_line=True), err=True)
    raise typer.Exit(EXIT_ERROR)


def _version(value: bool) -> None:
    if value:
        typer.echo(f"masa-check {__version__}")
        raise typer.Exit()


@app.callback()
def _root(
    version: Annotated[
        bool, typer.Option("--version", "-V", callback=_version, is_eager=True, help="Show the version and exit.")
    ] = False,
) -> None:
    """masa-check: compliance checker for published safeguarding arrangements."""


def parse_as_of(value: str | None) -> dt.date:
    if not value:
        return dt.date.today()
    try:
        day = dt.date.fromisoformat(value)
    except ValueError:
        raise InputError(f"--as-of {value!r} is not a date (use YYYY-MM-DD)") from None
    from masa_check.declared.base import MAX_YEAR, MIN_YEAR

    if not MIN_YEAR <= day.year <= MAX_YEAR:
        raise InputError(f"--as-of {value}: a date between {MIN_YEAR} and {MAX_YEAR}, please")
    return day


def _with_output(specs: list[str] | None, output: str | None) -> list[str] | None:
    """``-o FILE``: the file for the one --format given without one (the table when none is)."""
    if not output:
        return specs
    specs = list(specs or ["table"])
    bare = [i for i, spec in enumerate(specs) if ":" not in spec]
    if len(bare) != 1:
        raise InputError("-o FILE needs exactly one --format without its own :FILE")
    specs[bare[0]] += f":{output}"
    return specs


def _format_name(name: str, table: dict[str, str]) -> str:
    """A ``--format`` name as the reporters know it, or a one-line error with a did-you-mean."""
    name = name.strip().lower()
    if name not in table:
        import difflib

        close = difflib.get_close_matches(name, list(table), n=1)
        hint = f"; did you mean {close[0]!r}?" if close else ""
        raise InputError(f"unknown format {name!r}{hint} (choose from {', '.join(table)})")
    return name


def parse_formats(specs: list[str] | None) -> list[tuple[str, str | None]]:
    """``FMT[:FILE]`` → (format, file or None for stdout)."""
    from masa_check.reporters import BINARY_FORMATS, REPORTERS

    out = []
    for spec in specs or []:
        name, _, target = spec.partition(":")
        name = _format_name(name, REPORTERS)
        target = None if target in ("", "-") else target  # "-" is standard output, as in every linter
        if name in BINARY_FORMATS and target is None:
            raise InputError(f"format {name} writes a file: use --format {name}:FILE")
        out.append((name, target))
    if sum(1 for _, t in out if t is None) > 1:
        raise InputError("only one --format may write to standard output; give the others a :FILE")
    files = [str(Path(t).resolve()) for _, t in out if t is not None]
    if len(files) != len(set(files)):
        same = next(t for _, t in out if t is not None and files.count(str(Path(t).resolve())) > 1)
        raise InputError("two --format options write the same file; give each its own", same)
    return out


def _results_salt(options: dict, packs, as_of: dt.date, rules_dirs: list[str]) -> str:
    """What the results cache keys on besides the document (see engine.result_cache)."""
    from masa_check.engine import result_cache
    from masa_check.engine.packs import builtin_rules_dir

    asked = {k: v for k, v in options.items() if k not in ("use_cache", "crawl")}
    asked["packs"] = packs
    return result_cache.salt([str(builtin_rules_dir()), *rules_dirs], as_of.isoformat(), asked)


def _document_files(path: str) -> list[str]:
    """What a report must not overwrite of one document: the file, or each file of a snapshot
    directory (its manifest and pages are the document)."""
    resolved = Path(path).resolve()
    if not resolved.is_dir():
        return [str(resolved)]
    return [str(resolved), *(str(f.resolve()) for f in resolved.iterdir())]


def _inputs_in_use(config_path: str | None, rules_dirs: list[str]) -> set[str]:
    """Files a report must never overwrite besides the documents: the config and local packs."""
    found = {str(Path(config_path).resolve())} if config_path else set()
    for d in rules_dirs:
        found.update(str(f.resolve()) for f in Path(d).glob("*.y*ml"))
    return found


def expand_paths(paths: list[str], skip_other_yaml: bool = False) -> list[str]:
    """Files, directories (every supported file below), web addresses and snapshot directories
    (each one document), in order, each once. YAML that is not an arrangements file is skipped
    below a directory (and, with ``skip_other_yaml``, when named), with one line saying so."""
    from masa_check.sources import SUPPORTED_TEXT, YAML_SUFFIXES, discover, is_arrangements_yaml, is_snapshot_dir
    from masa_check.sources.web_fetch import is_url

    files: list[str] = []
    skipped: list[str] = []
    for p in paths:
        if is_url(p) or (os.path.isdir(p) and is_snapshot_dir(p)):
            files.append(p)
        elif os.path.isdir(p):
            found = discover(p, skipped)
            if not found and not skipped:
                raise InputError(f"directory has no {SUPPORTED_TEXT.replace(' and ', ' or ')} files", p)
            files.extend(found)
        elif not os.path.exists(p):
            raise InputError("no such file or directory", p)
        elif skip_other_yaml and Path(p).suffix.lower() in YAML_SUFFIXES and not is_arrangements_yaml(p):
            skipped.append(p)
        else:
            files.append(p)
    if skipped:
        names = ", ".join(skipped[:5]) + (f" and {len(skipped) - 5} more" if len(skipped) > 5 else "")
        info(
            f"skipped {len(skipped)} YAML file(s) that are not arrangements "
            f"(no top-level 'kind:' or 'partnership:'): {names}"
        )
    return list(dict.fromkeys(files))


def use_color() -> bool:
    """Colour on a terminal; ``NO_COLOR`` turns it off and ``FORCE_COLOR`` on (no-color.org)."""
    if "NO_COLOR" in os.environ:
        return False
    return bool(os.environ.get("FORCE_COLOR")) or sys.stdout.isatty()


def terminal_width() -> int:
    """The terminal's width (``COLUMNS`` when set); 140 when writing to a pipe or file."""
    import shutil

    if os.environ.get("COLUMNS", "").isdigit():
        return max(60, int(os.environ["COLUMNS"]))
    if not sys.stdout.isatty():
        return 140
    return max(60, shutil.get_terminal_size((140, 24)).columns)


def emit(run, formats: list[tuple[str, str | None]], protected: set[str]) -> None:
    from masa_check.reporters import get_reporter

    color = use_color()
    for name, target in formats:
        render = get_reporter(name)
        if target is None:
            out = render(run, color=color, **({"width": terminal_width()} if name == "table" else {}))
            sys.stdout.write(out if isinstance(out, str) else out.decode("utf-8", "replace"))
        else:
            write_atomic(target, render(run, color=False), protected)
            info(f"wrote {name} report to {target}")


def _show_progress() -> bool:
    return sys.stderr.isatty() and not os.environ.get("CI")


def _page_counter(progress, task, target):
    """Progress on one site fetched in this process: the pages fetched so far."""
    count = [1]

    def on_page(url: str) -> None:
        count[0] += 1
        progress.update(task, description=f"Fetching {target.name or target.path}: {count[0]} pages")
        progress.refresh()

    return on_page


def check_files(targets, options, registry, packs, as_of, jobs):
    """Check every target (see :func:`masa_check.batch.check_all`), with a progress bar on a
    terminal; outcomes in input order."""
    from masa_check.batch import check_all

    if not (_show_progress() and (len(targets) > 1 or targets[0].is_site)):
        return check_all(targets, options, registry, packs, as_of, jobs)
    from rich.console import Console
    from rich.progress import Progress

    # refreshed as work is done, not by a thread of its own: worker processes are forked from
    # this one, and a fork should not happen while another thread may hold a lock
    progress = Progress(transient=True, console=Console(stderr=True), auto_refresh=False)

    def advance(n: int) -> None:
        progress.advance(task, n)
        progress.refresh()

    what = "sites" if any(t.is_site for t in targets) else "documents"
    task = progress.add_task(f"Checking {len(targets)} {what}", total=len(targets))
    progress.start()
    try:
        return check_all(
            targets,
            options,
            registry,
            packs,
            as_of,
            jobs,
            on_done=advance,
            on_page_for=lambda t: _page_counter(progress, task, t),
        )
    finally:
        progress.stop()


def write_github_summary(run) -> None:
    """Under GitHub Actions, append a Markdown job summary (never overwrite what others wrote)."""
    target = os.environ.get("GITHUB_STEP_SUMMARY")
    if not target or os.environ.get("GITHUB_ACTIONS") != "true":
        return
    from masa_check.reporters.github import job_summary

    try:
        with open(target, "a", encoding="utf-8") as fh:
            fh.write(job_summary(run))
    except OSError as exc:
        typer.echo(f"masa-check: warning: cannot write job summary ({exc.strerror})", err=True)


@app.command()
def validate(
    paths: Annotated[
        list[str] | None,
        typer.Argument(help="YAML, PDF, DOCX, HTML, markdown or text files, directories, web addresses or snapshots."),
    ] = None,
    pack: Annotated[
        list[str] | None, typer.Option("--pack", help="Run this pack (repeatable); default: by kind.")
    ] = None,
    format: Annotated[
        list[str] | None,
        typer.Option(
            "--format",
            "-f",
            help=f"FMT[:FILE], repeatable; FMT is one of {', '.join(['table', 'json', 'junit', 'sarif', 'github', 'markdown', 'csv', 'html', 'docx', 'xlsx'])}. Default: table.",
        ),
    ] = None,
    fail_on: Annotated[
        str | None, typer.Option("--fail-on", help="must | should | none (default: config, else must)")
    ] = None,
    as_of: Annotated[str | None, typer.Option("--as-of", help="Today's date for date rules (YYYY-MM-DD).")] = None,
    kind: Annotated[str | None, typer.Option("--kind", help="Force the document kind of published inputs.")] = None,
    rules_dir: Annotated[list[str] | None, typer.Option("--rules-dir", help="Extra directory of local packs.")] = None,
    no_cache: Annotated[bool, typer.Option("--no-cache", help="Read and check everything afresh (no cache).")] = False,
    ocr: Annotated[bool, typer.Option("--ocr", help="OCR image-only PDFs (needs tesseract).")] = False,
    max_pages: Annotated[
        int | None,
        typer.Option(
            "--max-pages", help="A web address: fetch at most this many pages (40). A PDF: refuse a longer one (1000)."
        ),
    ] = None,
    jobs: Annotated[int, typer.Option("--jobs", "-j", help="Documents checked in parallel (0 = all cores).")] = 0,
    config: Annotated[
        str | None,
        typer.Option(
            "--config",
            help="Config file (default: the nearest .masa-check.yaml above the documents, up to the "
            "repository root, else above the current directory; --isolated for none).",
        ),
    ] = None,
    no_waivers: Annotated[bool, typer.Option("--no-waivers", help="Ignore waivers: the unwaived picture.")] = False,
    urls: Annotated[
        str | None, typer.Option("--urls", help="CSV of partnerships (name, url, optional kind): one matrix of all.")
    ] = None,
    crawl_depth: Annotated[int, typer.Option("--crawl-depth", help="Links followed from a start page.")] = 2,
    allow_private: Annotated[
        bool, typer.Option("--allow-private", help="Allow private and loopback addresses (a local test server).")
    ] = False,
    save_snapshot: Annotated[
        str | None, typer.Option("--save-snapshot", help="Keep the fetched pages and a manifest in this directory.")
    ] = None,
    timeout: Annotated[float, typer.Option("--timeout", help="Seconds to wait for a web server.")] = 15.0,
    crawl_delay: Annotated[
        float, typer.Option("--crawl-delay", help="Seconds between requests to one host (at least 0.5).")
    ] = 0.5,
    output: Annotated[
        str | None, typer.Option("--output", "-o", help="File for the one --format given without :FILE.")
    ] = None,
    quiet: Annotated[bool, typer.Option("--quiet", "-q", help="Only errors on stderr.")] = False,
    verbose: Annotated[bool, typer.Option("--verbose", "-v", help="Packs per document and a summary line.")] = False,
    isolated: Annotated[
        bool,
        typer.Option("--isolated", help="Apply no config file (as ruff): waivers, fail_on and rules_dirs ignored."),
    ] = False,
    skip_other_yaml: Annotated[
        bool,
        typer.Option(
            "--skip-other-yaml",
            help="Skip named YAML files that are not arrangements (no top-level kind:/partnership:), "
            "as a directory run does; for hooks that pass every changed .yml.",
        ),
    ] = False,
) -> None:
    """Check documents or web sites against the rule packs and print a pass/fail matrix."""
    global VERBOSITY
    VERBOSITY = -1 if quiet else (1 if verbose else 0)
    web = dict(
        skip_other_yaml=skip_other_yaml,
        isolated=isolated,
        output=output,
        urls=urls,
        crawl_depth=crawl_depth,
        allow_private=allow_private,
        save_snapshot=save_snapshot,
        timeout=timeout,
        crawl_delay=crawl_delay,
    )
    try:
        code = _validate(
            paths or [],
            pack,
            format,
            fail_on,
            as_of,
            kind,
            rules_dir,
            no_cache,
            ocr,
            max_pages,
            jobs,
            config,
            no_waivers,
            web,
        )
    except NothingToCheck:
        typer.echo("masa-check: nothing to check", err=True)
        code = EXIT_OK
    except InputError as exc:
        fail(str(exc), more=exc.more)
    raise typer.Exit(code)


def _targets(paths: list[str], web: dict, max_pages: int | None):
    """The run's inputs as targets, and the crawl options for its web addresses."""
    from masa_check.sources.targets import Target, read_url_list, with_snapshots
    from masa_check.sources.web_fetch import CrawlOptions

    targets = [Target(path=p) for p in expand_paths(paths, web.get("skip_other_yaml", False))] if paths else []
    if web["urls"]:
        targets += read_url_list(web["urls"])
    if not targets and paths and not web["urls"]:
        raise NothingToCheck()
    if not targets:
        raise InputError("give a file, directory or web address to check, or --urls FILE")
    crawl = CrawlOptions(
        depth=web["crawl_depth"],
        max_pages=max_pages if max_pages is not None else 40,
        allow_private=web["allow_private"],
        timeout=web["timeout"],
        delay=web["crawl_delay"],
    )
    if any(t.is_site for t in targets):
        crawl.check()
    return with_snapshots(targets, web["save_snapshot"]), crawl


def _preload(formats: list[tuple[str, str | None]], registry, packs_named: bool) -> None:
    """Import what checking a published document and reporting on it will need, while a helper
    process reads its pages (a YAML run never needs the text matcher)."""
    import yaml  # noqa: F401 - the rule packs are read once the document's kind is known

    import masa_check.engine.specifics
    import masa_check.engine.temporal
    import masa_check.engine.text_match
    import masa_check.sources.doc_facts  # noqa: F401 - the document's kind note (its patterns compiled now)
    from masa_check.engine import topic
    from masa_check.engine.selection import ALWAYS
    from masa_check.reporters import get_reporter

    topic.available()  # loads the topic model (numpy, the tokenizer): every published check ranks by it
    if not packs_named and ALWAYS in registry.packs and ALWAYS not in registry.local:
        with contextlib.suppress(InputError):  # a broken pack is reported where it always was
            registry.get(ALWAYS)  # default selection applies it to every document, whatever its kind

    for name, _ in formats:
        get_reporter(name)
    if any(name == "table" for name, _ in formats):
        import rich.console
        import rich.table  # noqa: F401


def _validate(
    paths,
    pack,
    format,
    fail_on,
    as_of,
    kind,
    rules_dir,
    no_cache,
    ocr,
    max_pages,
    jobs,
    config=None,
    no_waivers=False,
    web: dict | None = None,
) -> int:
    from masa_check.document import DOCUMENT_KINDS
    from masa_check.sources.web_fetch import is_url

    web = web or dict(urls=None, crawl_depth=2, allow_private=False, save_snapshot=None, timeout=15.0, crawl_delay=0.5)
    if fail_on is not None and fail_on not in ("must", "should", "none"):
        raise InputError(f"--fail-on {fail_on!r}: choose must, should or none")
    if kind is not None and kind not in DOCUMENT_KINDS:
        raise InputError(f"--kind {kind!r}: choose from {', '.join(DOCUMENT_KINDS)}")
    today = parse_as_of(as_of)
    formats = parse_formats(_with_output(format, web.get("output"))) or [("table", None)]
    pdf_pages = max_pages if max_pages is not None else 1000
    if no_cache:  # nothing from an earlier run, the exemplar vectors included
        from masa_check.engine import pack_cache, topic_cache

        topic_cache.enabled = pack_cache.enabled = False
    reading_early = False
    if len(paths) == 1 and not web["urls"] and os.path.isfile(paths[0]):
        # a long PDF's pages are read by a helper process while the engine and packs load
        from masa_check.sources.published import start_loading

        reading_early = start_loading(paths[0], use_cache=not no_cache, ocr=ocr, max_pages=pdf_pages)
    from masa_check.config import describe as describe_config
    from masa_check.config import resolve_config
    from masa_check.engine.packs import Registry
    from masa_check.engine.waivers import from_entries
    from masa_check.results import RunResult, Tool

    loaded = resolve_config(config, [p for p in paths if not is_url(p)], isolated=web.get("isolated", False))
    config_note = describe_config(loaded)  # said once the run has results (an error stays one line)
    fail_on = fail_on or loaded.config.fail_on or "must"  # the config's value is checked by its schema
    if os.environ.get("GITHUB_ACTIONS") == "true" and not any(t is None for _, t in formats):
        formats.append(("github", None))
    elif os.environ.get("GITHUB_ACTIONS") == "true" and not format:
        formats = [("github", None)]
    registry = Registry.load([*loaded.rules_dirs(), *(rules_dir or [])])
    for p in pack or []:
        registry.get(p)
    if loaded.config.commencement:
        from masa_check.engine.commencement import check_overrides, table_packs

        check_overrides(loaded.config.commencement, table_packs(registry), loaded.path)
    if reading_early:
        _preload(formats, registry, bool(pack))
    targets, crawl = _targets(paths, web, max_pages)
    protected = {f for t in targets if not t.is_site for f in _document_files(t.path)}
    protected |= _inputs_in_use(loaded.path, [*loaded.rules_dirs(), *(rules_dir or [])])
    options = dict(kind=kind, use_cache=not no_cache, ocr=ocr, max_pages=pdf_pages, crawl=crawl)
    options["check"] = dict(
        waivers=from_entries(loaded.config.waivers, loaded.path),
        use_waivers=not no_waivers,
        settings=loaded.settings,
    )
    if not no_cache:
        options["results_salt"] = _results_salt(options, pack, today, [*loaded.rules_dirs(), *(rules_dir or [])])
    outcomes = check_files(targets, options, registry, pack, today, jobs)
    if len(targets) == 1 and outcomes[0][1] is not None:
        raise InputError(outcomes[0][1], more=getattr(outcomes[0][1], "more", None))
    from masa_check.engine.run import file_error_result

    # a file that could not be read keeps its row (an error) in every report of a many-file run
    documents = [
        result if result is not None else file_error_result(t.path, message)
        for t, (result, message) in zip(targets, outcomes, strict=True)
        if result is not None or not t.is_site
    ]
    if config_note:
        for d in documents:
            d.notes.append(config_note)
    from masa_check.provenance import build as build_provenance

    run = RunResult(
        tool=Tool(version=__version__),
        as_of=today.isoformat(),
        documents=documents,
        fail_on=fail_on,
        provenance=build_provenance(loaded, registry, documents),
    )
    return _finish(run, outcomes, formats, protected)


def _finish(run, outcomes, formats, protected) -> int:
    """Write the reports, say what happened on stderr, and give the exit code."""
    from masa_check.results import SITE_PACK, blocking

    documents, fail_on = run.documents, run.fail_on
    problems = [message for result, message in outcomes if message is not None]
    to_terminal = any(target is None and name == "table" for name, target in formats)
    if documents:
        emit(run, formats, protected)
        write_github_summary(run)
        for note in dict.fromkeys(n for n in documents[0].notes if n.startswith(("config ", "--isolated"))):
            info(note)
        for d in documents:  # a file that may not be a safeguarding document at all: said where CI shows it
            for note in d.notes:
                if note.startswith("document kind not recognised"):
                    info(f"warning: {d.path}: {note}")
        if run.provenance and run.provenance.packs:
            from masa_check.provenance import pack_label

            info("packs applied: " + ", ".join(pack_label(p) for p in run.provenance.packs))
        if VERBOSITY > 0 or (not to_terminal and VERBOSITY == 0):
            for d in documents:
                info(f"{d.path}: packs {', '.join(d.packs)}")
    for problem in problems:
        for line in [problem, *(getattr(problem, "more", []) if VERBOSITY > 0 else [])]:
            typer.echo(visible(f"masa-check: error: {line}", one_line=True), err=True)
    checked = [d for d in documents if d.packs != [SITE_PACK]]
    evaluated = sum(1 for d in checked for r in d.results if r.status != "not_applicable")
    if any(result is None for result, _ in outcomes) or not evaluated:
        if not problems:
            typer.echo(
                "masa-check: error: no rule was evaluated (no applicable pack, or every rule was not applicable)",
                err=True,
            )
        return EXIT_ERROR
    code = EXIT_BLOCKING if any(blocking(r, fail_on) for d in documents for r in d.results) else EXIT_OK
    if not to_terminal or VERBOSITY > 0:
        info(_summary_line(documents, fail_on, code))
    return code


def _summary_line(documents, fail_on: str, code: int) -> str:
    """One line for a run whose reports all went to files (as ruff's "Found 3 errors")."""
    totals: dict[str, int] = {}
    for d in documents:
        for r in d.results:
            totals[r.status] = totals.get(r.status, 0) + 1
    order = ("pass", "partial", "fail", "needs_review", "error", "waived", "advisory", "not_applicable")
    counts = ", ".join(f"{totals[s]} {s.replace('_', ' ')}" for s in order if totals.get(s))
    verdict = "blocking results" if code == EXIT_BLOCKING else "nothing blocking"
    return f"{len(documents)} document(s): {counts}; {verdict} at --fail-on {fail_on} (exit {code})"


@app.command()
def upgrade(
    document: Annotated[
        str, typer.Argument(help="One document: a declared YAML, PDF, DOCX, HTML, markdown or text file.")
    ],
    to: Annotated[str, typer.Option("--to", help="The edition to move to, e.g. wt2026.")],
    format: Annotated[
        str, typer.Option("--format", "-f", help="table | markdown | docx | json, optionally FMT:FILE.")
    ] = "table",
    output: Annotated[str | None, typer.Option("--output", "-o", help="Write the report to this file.")] = None,
    as_of: Annotated[str | None, typer.Option("--as-of", help="Today's date for date rules (YYYY-MM-DD).")] = None,
    kind: Annotated[str | None, typer.Option("--kind", help="Force the document kind of a published input.")] = None,
    config: Annotated[str | None, typer.Option("--config", help="Config file (default: as validate).")] = None,
    isolated: Annotated[bool, typer.Option("--isolated", help="Apply no config file.")] = False,
    rules_dir: Annotated[list[str] | None, typer.Option("--rules-dir", help="Extra directory of local packs.")] = None,
    no_cache: Annotated[bool, typer.Option("--no-cache", help="Read the document afresh (no cache).")] = False,
    ocr: Annotated[bool, typer.Option("--ocr", help="OCR image-only PDFs (needs tesseract).")] = False,
    allow_private: Annotated[
        bool, typer.Option("--allow-private", help="A web address: allow private and loopback addresses.")
    ] = False,
    quiet: Annotated[bool, typer.Option("--quiet", "-q", help="Only errors on stderr.")] = False,
    verbose: Annotated[bool, typer.Option("--verbose", "-v", help="Every problem of an invalid file.")] = False,
) -> None:
    """What changes for a document under a later edition: rule by rule, with an action list."""
    global VERBOSITY
    VERBOSITY = -1 if quiet else (1 if verbose else 0)
    try:
        name, target = _upgrade_format(format, output)
        reading = dict(kind=kind, use_cache=not no_cache, ocr=ocr, allow_private=allow_private)
        run = _upgrade_report(document, to, as_of, config, isolated, rules_dir, reading)
        if run is None:
            raise typer.Exit(EXIT_OK)
        report, protected = run
        from masa_check.reporters import UPGRADE_REPORTERS, get_reporter

        render = get_reporter(name, UPGRADE_REPORTERS)
        if target is None:
            extra = {"width": terminal_width()} if name == "table" else {}
            sys.stdout.write(render(report, color=use_color() and name == "table", **extra))
        else:
            write_atomic(target, render(report, color=False), protected)
            info(f"wrote the {name} upgrade report to {target}")
    except InputError as exc:
        fail(str(exc), more=exc.more)  # an invalid YAML's further problems under -v, as validate
    if target is not None or name != "table":
        from masa_check.reporters._upgrade import summary_line

        info(summary_line(report))


def _upgrade_format(spec: str, output: str | None) -> tuple[str, str | None]:
    """``--format FMT[:FILE]`` and ``-o FILE`` → (format, file or None for standard output)."""
    from masa_check.reporters import UPGRADE_REPORTERS

    name, _, target = spec.partition(":")
    name = _format_name(name, UPGRADE_REPORTERS)
    if target and output:
        raise InputError("give the file once: --format FMT:FILE or -o FILE")
    target = target or output
    target = None if target in (None, "", "-") else target
    if name == "docx" and target is None:
        raise InputError("format docx writes a file: use -o FILE")
    return name, target


def _upgrade_report(document, to, as_of, config, isolated, rules_dir, reading: dict):
    """Check ``document`` under its edition's packs and the target's; the report and the files
    it must not overwrite, or None when the document already follows the target edition."""
    from masa_check.config import describe as describe_config
    from masa_check.config import resolve_config
    from masa_check.document import DOCUMENT_KINDS
    from masa_check.engine.packs import Registry
    from masa_check.engine.run import check_document
    from masa_check.engine.selection import choose_packs
    from masa_check.engine.upgrade import build_report, check_edition, edition_label, plan_upgrade
    from masa_check.engine.waivers import from_entries
    from masa_check.sources import is_snapshot_dir, load_document
    from masa_check.sources.web_fetch import CrawlOptions

    kind = reading["kind"]
    if kind is not None and kind not in DOCUMENT_KINDS:
        raise InputError(f"--kind {kind!r}: choose from {', '.join(DOCUMENT_KINDS)}")
    today = parse_as_of(as_of)
    if os.path.isdir(document) and not is_snapshot_dir(document):
        raise InputError("upgrade takes one document, not a directory", document)
    from masa_check.sources.web_fetch import is_url

    loaded = resolve_config(config, [] if is_url(document) else [document], isolated=isolated)
    dirs = [*loaded.rules_dirs(), *(rules_dir or [])]
    registry = Registry.load(dirs)
    edition = check_edition(registry, to)
    crawl = CrawlOptions(allow_private=reading["allow_private"])
    doc = load_document(document, kind=kind, use_cache=reading["use_cache"], ocr=reading["ocr"], crawl=crawl)
    current, notes = choose_packs(doc, registry, None, today)
    plan = plan_upgrade(registry, edition, current, doc.kind, doc.cohort)
    if plan.already:
        info(
            f"{document} already follows {edition_label(edition)} (packs {', '.join(plan.already)}): "
            f"nothing to upgrade; masa-check validate {document} shows its verdicts"
        )
        return None
    checked = check_document(
        doc,
        registry,
        as_of=today,
        packs=[*plan.old_packs, *plan.new_packs],
        waivers=from_entries(loaded.config.waivers, loaded.path),
        settings=loaded.settings,
    )
    kept = [n for n in notes if n.split(":", 1)[0] in plan.old_packs or n.split(":", 1)[0] in current]
    kept = [n for n in kept if not n.startswith("currency")] + list(doc.notes)
    config_note = describe_config(loaded)
    if config_note:
        info(config_note)
        kept.append(config_note)
    report = build_report(checked, plan, registry, as_of=today.isoformat(), version=__version__, notes=kept)
    protected = set(_document_files(document)) | _inputs_in_use(loaded.path, dirs)
    return report, protected


@app.command()
def report(
    results: Annotated[str, typer.Argument(help="A results file written with --format json.")],
    format: Annotated[list[str] | None, typer.Option("--format", "-f", help="FMT[:FILE], repeatable.")] = None,
    output: Annotated[str | None, typer.Option("--output", "-o", help="File for a single --format.")] = None,
) -> None:
    """Re-render saved JSON results in other formats, without reading the documents again."""
    from masa_check.results import load_saved
    from masa_check.sources.yaml_loader import read_text

    try:
        text = read_text(results, max_bytes=200 * 1024 * 1024)
        run = load_saved(text, results)
        specs = list(format or ["table"])
        if output:
            if len(specs) != 1 or ":" in specs[0]:
                raise InputError("-o goes with exactly one --format FMT")
            specs = [f"{specs[0]}:{output}"]
        emit(run, parse_formats(specs), {str(Path(results).resolve())})
    except InputError as exc:
        fail(str(exc))


@rules_app.command("list")
def rules_list(
    pack: Annotated[str | None, typer.Option("--pack", help="Only this pack.")] = None,
    format: Annotated[str, typer.Option("--format", help="table | json")] = "table",
    rules_dir: Annotated[list[str] | None, typer.Option("--rules-dir", help="Extra directory of local packs.")] = None,
) -> None:
    """List every rule with its strength and citation."""
    import json

    from masa_check.engine.pack_summary import summaries, unknown_pack

    try:
        packs = summaries(rules_dir)
        if pack:
            packs = [p for p in packs if p["id"] == pack]
            if not packs:
                raise unknown_pack(pack, [p["id"] for p in summaries(rules_dir)])
        if format not in ("table", "json"):
            raise InputError(f"--format {format!r}: choose table or json")
    except InputError as exc:
        fail(str(exc))
    if format == "json":
        data = [{"id": r["id"], "pack": p["id"], **r} for p in packs for r in p["rules"]]
        typer.echo(json.dumps(data, indent=2))
        return
    from rich.console import Console
    from rich.table import Table

    console = Console(highlight=False, markup=False, emoji=False)  # a local pack's text is not markup
    for p in packs:
        table = Table(title=visible(f"{p['id']} — {p['title']}", one_line=True), title_justify="left")
        for col in ("Rule", "Strength", "Title", "Citation"):
            table.add_column(col)
        for r in p["rules"]:
            citation = r["citation"] + (" (provisional)" if r["provisional"] else "")
            table.add_row(*(visible(v, one_line=True) for v in (r["id"], r["strength"], r["title"], citation)))
        console.print(table)


@rules_app.command("explain")
def rules_explain(
    rule_id: Annotated[str, typer.Argument(help="e.g. WT18-ARR-03")],
    rules_dir: Annotated[list[str] | None, typer.Option("--rules-dir", help="Extra directory of local packs.")] = None,
) -> None:
    """Explain a rule: requirement, strength, citation, evidence, how to fix."""
    from masa_check.engine.packs import Registry

    try:
        pack, rule = Registry.load(rules_dir).find_rule(rule_id)
    except InputError as exc:
        fail(str(exc))
    from masa_check.engine.explain import explain_lines

    lines = explain_lines(pack, rule)
    typer.echo(visible("\n".join(lines)))


@rules_app.command("lint")
def rules_lint(
    pack_file: Annotated[str, typer.Argument(help="A rule pack YAML file.")],
) -> None:
    """Check a pack: valid, unique IDs, citations, and each rule's own pass and fail cases."""
    from masa_check.engine.lint import lint_pack

    try:
        problems = lint_pack(pack_file)
    except InputError as exc:
        fail(str(exc))
    for p in problems:
        typer.echo(visible(f"{pack_file}: {p}", one_line=True))
    if problems:
        raise typer.Exit(EXIT_BLOCKING)
    typer.echo(f"{pack_file}: ok")


@app.command()
def schema(
    kind: Annotated[str, typer.Option("--kind", help="Document kind.")] = "arrangements",
    output: Annotated[str | None, typer.Option("--output", "-o", help="Write to this file (default: stdout).")] = None,
) -> None:
    """Print the JSON Schema of the declared YAML (for editor autocompletion)."""
    from masa_check.declared.schema import MODELS

    if kind not in MODELS:
        fail(f"--kind {kind!r}: choose from {', '.join(MODELS)}")
    text = _schema_text(kind)
    if output in (None, "-"):
        typer.echo(text, nl=False)
        return
    try:
        write_atomic(output, text, set(), what="schema")
    except InputError as exc:
        fail(str(exc))
    typer.echo(f"masa-check: wrote the {kind} schema to {output}", err=True)


def _schema_text(kind: str) -> str:
    import json

    from masa_check.declared.schema import MODELS

    return json.dumps(MODELS[kind].model_json_schema(), indent=2) + "\n"


@cache_app.command("info")
def cache_info() -> None:
    """Where the cache is, its entries and their size."""
    from masa_check.engine import result_cache

    found = result_cache.info()
    typer.echo(
        f"{found['location']}: {found['extracted']} read document(s), {found['results']} result set(s), "
        f"{found['bytes'] / 1e6:.1f} MB"
    )


@cache_app.command("clear")
def cache_clear() -> None:
    """Remove every cache entry (documents are read and checked afresh next time)."""
    from masa_check.engine import result_cache

    removed = result_cache.clear()
    typer.echo(f"removed {removed} cache entries from {result_cache.info()['location']}")


@app.command()
def init(
    directory: Annotated[str, typer.Argument(help="Where to write the starter files.")] = ".",
    force: Annotated[bool, typer.Option("--force", help="Overwrite existing files.")] = False,
    guidance: Annotated[
        str | None,
        typer.Option("--guidance", help="wt2018 | wt2023 | wt2026 (default: the edition in force today)."),
    ] = None,
) -> None:
    """Write a commented starter arrangements.yaml (TODO placeholders to fill in), its JSON Schema and .masa-check.yaml."""
    from masa_check.starter import CONFIG, GUIDANCE_RULE, SCHEMA_FILE, starter_text

    if guidance is not None and guidance not in GUIDANCE_RULE:
        import difflib

        close = difflib.get_close_matches(guidance, list(GUIDANCE_RULE), n=1)
        fail(
            f"--guidance {guidance!r}: "
            + (f"did you mean {close[0]!r}?" if close else "choose " + ", ".join(GUIDANCE_RULE))
        )
    files = (
        ("arrangements.yaml", starter_text(dt.date.today(), guidance)),
        (SCHEMA_FILE, _schema_text("arrangements")),
        (".masa-check.yaml", CONFIG),
    )
    for name, _ in files:
        if (Path(directory) / name).exists() and not force:
            fail(f"{Path(directory) / name} already exists (use --force to overwrite)")
    written = []
    for name, text in files:
        target = Path(directory) / name
        try:
            write_atomic(str(target), text, set(), what="starter file")
        except InputError as exc:
            fail(str(exc))
        written.append(str(target))
    typer.echo("wrote " + ", ".join(written) + "; replace each TODO, then run: masa-check validate arrangements.yaml")


@app.command()
def extract(
    document: Annotated[
        str,
        typer.Argument(help="A published document (.pdf, .docx, .html, .md or .txt), web address or snapshot."),
    ],
    output: Annotated[str | None, typer.Option("-o", "--output", help="Write the draft YAML here.")] = None,
    force: Annotated[bool, typer.Option("--force", help="Overwrite an existing output file.")] = False,
    no_cache: Annotated[bool, typer.Option("--no-cache", help="Read and check everything afresh (no cache).")] = False,
    ocr: Annotated[bool, typer.Option("--ocr", help="OCR image-only pages when tesseract is installed.")] = False,
    crawl_depth: Annotated[int, typer.Option("--crawl-depth", help="Links followed from a start page.")] = 2,
    max_pages: Annotated[int, typer.Option("--max-pages", help="Web pages fetched at most.")] = 40,
    allow_private: Annotated[
        bool, typer.Option("--allow-private", help="Allow private and loopback addresses (a local test server).")
    ] = False,
    timeout: Annotated[float, typer.Option("--timeout", help="Seconds to wait for a web server.")] = 15.0,
    kind: Annotated[
        str | None, typer.Option("--kind", help="Read the document as this kind (default: inferred).")
    ] = None,
) -> None:
    """Draft the declared YAML of a published document's own kind, every value with its evidence."""
    from masa_check.extract import write_extract
    from masa_check.sources.web_fetch import CrawlOptions

    crawl = CrawlOptions(depth=crawl_depth, max_pages=max_pages, allow_private=allow_private, timeout=timeout)
    try:
        crawl.check()
        text = write_extract(document, output, force=force, use_cache=not no_cache, ocr=ocr, crawl=crawl, kind=kind)
    except InputError as exc:
        fail(str(exc))
    if output is None:
        typer.echo(text, nl=False)
    else:
        typer.echo(f"wrote {output}; check every value against its quoted evidence, then: masa-check validate {output}")


def main() -> None:
    # A run allocates millions of small objects and frees few: the default collector thresholds
    # make it walk them again and again (mypy raises them for the same reason).
    gc.set_threshold(200_000, 30, 30)
    # The topic scorer's products are a few hundred sentences by a few dozen examples: OpenBLAS's
    # threads make each ~5x slower and spin on the cores the reading and checking processes need
    # (the tool forks its own helpers for parallel work). Before numpy is imported; a user's
    # own setting stands.
    os.environ.setdefault("OPENBLAS_NUM_THREADS", "1")
    import signal

    with contextlib.suppress(ValueError):  # not the main thread (embedded): leave SIGINT alone
        signal.signal(signal.SIGINT, _on_sigint)
    try:
        code = app(standalone_mode=False)  # click's own usage errors come here, as one line
    except SystemExit as exc:
        _exit(exc.code)
    except (Interrupted, KeyboardInterrupt, typer.Abort):
        _interrupted()
    except Exception as exc:
        if hasattr(exc, "format_message") and hasattr(exc, "exit_code"):  # typer's (vendored) click
            _usage_error(exc)
        # a bug: one line, never a traceback (MASA_CHECK_DEBUG=1 shows it)
        if os.environ.get("MASA_CHECK_DEBUG"):
            raise
        typer.echo(
            f"masa-check: internal error: {type(exc).__name__}: {exc} (set MASA_CHECK_DEBUG=1 for details)", err=True
        )
        _exit(EXIT_ERROR)
    _exit(code if isinstance(code, int) else EXIT_OK)


def _usage_error(exc) -> NoReturn:
    """A command line click cannot parse (an unknown option, a missing argument): one line and
    exit 2, as any other bad input, rather than click's framed box of several lines."""
    ctx = getattr(exc, "ctx", None)
    message = exc.format_message()
    if not message and ctx is not None:  # the bare command (no_args_is_help): its help, as click does
        typer.echo(ctx.get_help())
        _exit(EXIT_ERROR)
    hint = f"; see {ctx.command_path} --help" if ctx is not None else ""
    message = visible(message, one_line=True).rstrip(".")
    typer.echo(f"masa-check: error: {message}{hint}", err=True)
    _exit(EXIT_ERROR)


class Interrupted(BaseException):
    """Ctrl-C, raised by our SIGINT handler: not a KeyboardInterrupt, which click would turn
    into "Aborted!" and exit 1 before main() saw it."""


def _on_sigint(signum, frame) -> None:
    raise Interrupted


def _interrupted() -> NoReturn:
    """Ctrl-C: one line, exit 130, helper processes ended. Reports are written by rename, so
    none is half-written; the caches are written the same way."""
    import signal

    with contextlib.suppress(Exception):
        for child in _children():
            os.kill(child, signal.SIGTERM)
    typer.echo("masa-check: interrupted; nothing was written", err=True)
    _exit(130)


def _children() -> list[int]:
    """This process's live child processes (Linux /proc; elsewhere none are known)."""
    me = str(os.getpid())
    found = []
    for entry in Path("/proc").glob("[0-9]*/stat"):
        with contextlib.suppress(OSError, IndexError):
            fields = entry.read_text().rsplit(")", 1)[1].split()
            if fields[1] == me:
                found.append(int(entry.parent.name))
    return found


def _exit(code: object) -> NoReturn:
    """End the process without the interpreter's teardown, which frees a long document's
    objects one by one (about 70 ms on 200 pages) for nothing. Exit handlers still run and the
    standard streams are flushed first, as at a normal exit."""
    if code is None:
        code = EXIT_OK
    elif not isinstance(code, int):
        print(code, file=sys.stderr)
        code = 1
    atexit._run_exitfuncs()
    for stream in (sys.stdout, sys.stderr):
        with contextlib.suppress(OSError, ValueError):  # a closed pipe (| head): nothing to add
            stream.flush()
    os._exit(code)
