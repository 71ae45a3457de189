"""Checking many documents: the results cache first, then the rest over the cores.

Each outcome is (result, None), (None, message) for a file that cannot be read, or (error row,
message) for a site that cannot be read; outcomes come back in input order, and are the same
whatever ``jobs`` is. Sites on one host stay together (one process, one rate limit). With
``jobs`` > 1, worker processes are set up once each - the rule packs loaded from the registry's
directories, or where workers are forked, the caller's registry and imports inherited - and
check the largest documents first while this process checks the smallest
(:func:`masa_check.parallel.run_pool`): no document's packs are sent or read again.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import os
from collections.abc import Callable
from urllib.parse import urlsplit

from masa_check.errors import ErrorMessage, InputError


def _entry(target, options: dict) -> str | None:
    """The results cache key of a local file under this run's salt (None: not cached)."""
    from masa_check.engine import result_cache

    run_salt = options.get("results_salt")
    if not run_salt or target.is_site:
        return None
    return result_cache.key(target.path, run_salt, f"{target.path}|{target.kind}|{target.name}")


def cached(target, options: dict):
    """The cached outcome of a target, or None."""
    from masa_check.engine import result_cache

    entry = _entry(target, options)
    hit = result_cache.load(entry) if entry else None
    return (hit, None) if hit is not None else None


def check_group(targets, options: dict, registry, packs, as_of: dt.date, on_page=None) -> list[tuple]:
    """Load and check targets one after another (sites on one host share its rate limit)."""
    from masa_check.engine import result_cache
    from masa_check.engine.run import check_document, site_error_result
    from masa_check.errors import SiteError
    from masa_check.sources import load_document

    load = {k: v for k, v in options.items() if k not in ("check", "results_salt")}
    outcomes = []
    for t in targets:
        entry = _entry(t, options)
        if entry and (hit := result_cache.load(entry)) is not None:
            outcomes.append((hit, None))
            continue
        try:
            doc = load_document(
                t.path,
                **{**load, "kind": t.kind or load.get("kind")},
                snapshot=t.snapshot,
                name=t.name,
                on_page=on_page,
            )
            result = check_document(doc, registry, as_of=as_of, packs=packs, **options.get("check", {}))
            if entry:
                result_cache.store(entry, result)
            outcomes.append((result, None))
        except SiteError as exc:
            message = f"{t.name}: {exc}" if t.name else str(exc)
            outcomes.append((site_error_result(t.path, exc.detail, name=t.name, kind=t.kind), message))
        except InputError as exc:
            outcomes.append((None, ErrorMessage(f"{t.name}: {exc}" if t.name else str(exc), exc.more)))
    return outcomes


def groups(targets) -> list[list[int]]:
    """Indices of the targets, grouped so that sites on one host are fetched by one process."""
    found: dict[object, list[int]] = {}
    for i, t in enumerate(targets):
        key = ("host", urlsplit(t.path).hostname) if t.is_site else i
        found.setdefault(key, []).append(i)
    return list(found.values())


def _size(target) -> float:
    """How much work a target is likely to be: its bytes (a site: more than any file)."""
    if target.is_site:
        return float("inf")
    try:
        if os.path.isdir(target.path):
            return sum(e.stat().st_size for e in os.scandir(target.path) if e.is_file())
        return os.path.getsize(target.path)
    except OSError:
        return 0


#: The registry of this process by its directories: a worker forked from the caller finds the
#: caller's here (with every pack the caller had read), one started afresh loads its own.
_REGISTRIES: dict[tuple[str, ...], object] = {}

#: Modules a published document's check needs, by file suffix (the engine's are always needed).
_READERS = {
    ".pdf": ("masa_check.sources.pdf_reader", "pypdfium2", "pdfplumber"),
    ".docx": ("masa_check.sources.docx_reader", "docx"),
    ".md": ("masa_check.sources.markdown_reader",),
    ".txt": ("masa_check.sources.markdown_reader",),
    ".html": ("masa_check.sources.html_reader",),
    ".htm": ("masa_check.sources.html_reader",),
}
_ENGINE = ("masa_check.engine.run", "masa_check.engine.matcher", "masa_check.engine.temporal")


def _warm(targets) -> None:
    """Before workers are forked: import what checking these targets needs and load the topic
    model, once, here. Forked workers share it instead of each importing it again (about half
    a second of CPU a process, taken from the documents on a busy machine)."""
    import importlib

    from masa_check.engine import stance, topic

    suffixes = {os.path.splitext(t.path)[1].lower() for t in targets if not t.is_site}
    for name in {*_ENGINE, *(m for s in suffixes for m in _READERS.get(s, ()))}:
        with contextlib.suppress(ImportError):
            importlib.import_module(name)
    stance.load()
    if suffixes - {".yaml", ".yml"} or any(t.is_site for t in targets):
        topic.available()


def _worker_setup(context) -> Callable[[int], list[tuple]]:
    """In a worker, once: the registry for its directories (the caller's, inherited by fork,
    else loaded here from the directories; built-in packs are read on first use and kept),
    then a function checking one group."""
    from masa_check.engine.packs import Registry

    targets, units, options, dirs, packs, as_of = context
    registry = _REGISTRIES.get(tuple(dirs))
    if registry is None:
        registry = _REGISTRIES[tuple(dirs)] = Registry.load(dirs)
    for p in packs or []:
        registry.get(p)

    def work(u: int) -> list[tuple]:
        return check_group([targets[i] for i in units[u]], options, registry, packs, as_of)

    return work


def check_all(
    targets,
    options: dict,
    registry,
    packs,
    as_of: dt.date,
    jobs: int,
    on_done: Callable[[int], None] | None = None,
    on_page_for: Callable[[object], Callable | None] | None = None,
) -> list[tuple]:
    """Every target's outcome, in input order. Cached results are read here first; the rest
    are checked here alone, or over ``jobs`` processes when there are several groups.
    ``on_done(n)``: n more targets are done; ``on_page_for(target)``: a site's page counter."""
    from masa_check.parallel import run_pool

    tick = on_done or (lambda n: None)
    outcomes: dict[int, tuple] = {}
    for i, t in enumerate(targets):
        if len(targets) > 1 and (hit := cached(t, options)) is not None:
            outcomes[i] = hit
            tick(1)
    units = [left for g in groups(targets) if (left := [i for i in g if i not in outcomes])]

    def here(u: int) -> list[tuple]:
        group = [targets[i] for i in units[u]]
        on_page = on_page_for(group[0]) if on_page_for and len(group) == 1 and group[0].is_site else None
        return check_group(group, options, registry, packs, as_of, on_page)

    workers = min(jobs or os.cpu_count() or 1, len(units))
    if workers > 1:
        _REGISTRIES[tuple(registry.dirs)] = registry
        _warm([targets[i] for g in units for i in g])
    context = (targets, units, options, registry.dirs, packs, as_of)
    sizes = [sum(_size(targets[i]) for i in g) for g in units]
    done = run_pool(sizes, workers, here, _worker_setup, context, on_done=lambda u: tick(len(units[u])))
    for unit, got in zip(units, done, strict=True):
        outcomes.update(zip(unit, got, strict=True))
    return [outcomes[i] for i in range(len(targets))]
