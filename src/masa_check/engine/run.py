"""Run the chosen packs over one document and assemble its DocumentResult."""

from __future__ import annotations

import datetime as dt
from typing import Any

from masa_check.document import Document
from masa_check.engine import commencement
from masa_check.engine.declared_checks import Context
from masa_check.engine.evaluate import evaluate_rule
from masa_check.engine.packs import Pack, Registry, Rule, shown_citation
from masa_check.engine.selection import choose_packs
from masa_check.engine.waivers import WaiverSpec, apply_waivers, from_entries
from masa_check.results import SITE_PACK, DocumentResult, Evidence, Result, blocking, summarise  # noqa: F401 (blocking re-exported)


def _cohort(doc: Document) -> str:
    """A published SAB document is about adults even when nothing said so (the default is children)."""
    if doc.source != "yaml" and doc.kind.startswith("sab-") and doc.cohort == "children":
        return "adults"
    return doc.cohort


def _cohort_mismatch(doc: Document, pack) -> str | None:
    cohort = _cohort(doc)
    if cohort in pack.applies_to.cohorts:
        return None
    if cohort == "children":
        return f"a children-only partnership: pack {pack.id} applies to adults' and all-age partnerships only"
    return f"{cohort} partnership: pack {pack.id} applies to {', '.join(pack.applies_to.cohorts)} only"


#: A published document with at least this many blocks (some 70 pages) has its rules shared
#: with forked helper processes: below it, forking costs more than it saves.
SHARE_MIN_BLOCKS = 1000


def _needs_no_index(rule: Rule) -> bool:
    """A rule that only reads dates or superseded names (:mod:`temporal`): the sentence index
    does not serve it, so it can run while the index is built."""
    cond = rule.not_applicable_if
    dated = all(f.text_dates is not None or f.superseded for f in rule.facets)
    return bool(rule.facets) and dated and (cond is None or cond.text is None)


def _evaluate(doc: Document, jobs: list[tuple[Pack, Rule]], ctx: Context) -> list[Result]:
    """Each (pack, rule)'s result. A long published document's rules are shared with forked
    helpers: the date rules (the slowest) while the sentence index is built, then the others,
    once the index is there for the helper to inherit."""

    def work(i: int) -> Result:
        return evaluate_rule(doc, jobs[i][0], jobs[i][1], ctx)

    if doc.source == "yaml" or len(doc.blocks) < SHARE_MIN_BLOCKS:
        return [work(i) for i in range(len(jobs))]
    from masa_check.engine.text_index import get_index
    from masa_check.parallel import share, start

    results: dict[int, Result] = {}
    dated = [i for i, (_, rule) in enumerate(jobs) if _needs_no_index(rule)]

    def dated_work(k: int) -> Result:
        return work(dated[k])

    early = start(len(dated), lambda: dated_work)
    try:
        get_index(doc)
    except Exception:  # noqa: BLE001 - each rule reports it as its own error, as unshared
        pass
    except BaseException:  # interrupted: stop the helper too
        if early is not None:
            early.cancel()
        raise
    if early is not None:
        results.update(zip(dated, early.finish(dated_work), strict=True))
    rest = [i for i in range(len(jobs)) if i not in results]
    results.update(zip(rest, share(len(rest), lambda k: work(rest[k])), strict=True))
    return [results[i] for i in range(len(jobs))]


def check_document(
    doc: Document,
    registry: Registry,
    *,
    as_of: dt.date,
    packs: list[str] | None = None,
    waivers: list[WaiverSpec] | None = None,
    use_waivers: bool = True,
    settings: dict[str, Any] | None = None,
) -> DocumentResult:
    """Evaluate the chosen packs; then apply ``waivers`` (from config) and the declared file's
    own ``waivers:`` block, unless ``use_waivers`` is false (--no-waivers)."""
    ctx = Context(as_of=as_of, settings=dict(settings or {}))
    chosen, notes = choose_packs(doc, registry, packs, as_of)
    slots: list[Result | tuple[Pack, Rule]] = []  # a result already known, or a rule to evaluate
    for pack_id in chosen:
        pack = registry.get(pack_id)
        reason = _cohort_mismatch(doc, pack)
        if reason:
            for rule in pack.rules:
                slots.append(
                    Result(
                        rule_id=rule.id,
                        pack=pack.id,
                        title=rule.title,
                        strength=rule.strength,
                        status="not_applicable",
                        citation=shown_citation(rule),
                        message=reason,
                        fix=rule.fix,
                    )
                )
            continue
        slots.extend((pack, rule) for rule in pack.rules)
    jobs = [s for s in slots if isinstance(s, tuple)]
    overrides = ctx.settings.get("commencement") or {}
    done = iter(
        commencement.apply(r, p, rule, as_of, overrides)
        for r, (p, rule) in zip(_evaluate(doc, jobs, ctx), jobs, strict=True)
    )
    results = [next(done) if isinstance(s, tuple) else s for s in slots]
    all_waivers = [*(waivers or []), *from_entries(getattr(doc.declared, "waivers", None), doc.path)]
    waivable = {rule.id: rule.waivable for pack_id in chosen for rule in registry.get(pack_id).rules}
    results, waiver_notes = apply_waivers(results, all_waivers, as_of=as_of, waivable=waivable, enabled=use_waivers)
    notes = [*notes, *waiver_notes]
    return DocumentResult(
        path=doc.path,
        source=doc.source,
        kind=doc.kind,
        packs=chosen,
        results=results,
        summary=summarise(results),
        notes=[*notes, *doc.notes],
        date=doc.date.isoformat() if doc.date else None,
        title=doc.title,
        name=doc.name,
    )


#: The rule a site that could not be read fails, so its row shows in every report format as an
#: error (as a linter reports a file it could not parse) while the other sites are checked.
SITE_RULE_ID = "SITE-READ"
#: The same for a file that could not be read in a run over several (one file alone is an error).
FILE_RULE_ID = "DOC-READ"


def _read_error(path: str, message: str, rule: tuple[str, str, str], **doc) -> DocumentResult:
    rule_id, title, fix = rule
    result = Result(
        rule_id=rule_id,
        pack=SITE_PACK,
        title=title,
        strength="must",
        status="error",
        citation="masa-check: a document must be read before it can be checked",
        message=message,
        fix=fix,
    )
    return DocumentResult(path=path, packs=[SITE_PACK], results=[result], summary=summarise([result]), **doc)


def file_error_result(path: str, message: str) -> DocumentResult:
    """The row of a file that could not be read or is not valid, so that no report of a
    many-document run silently leaves it out: one ``error`` result saying why."""
    import re

    fix = "Correct the file as the message says (or export the document again), then check it again."
    doc = _read_error(path, message, (FILE_RULE_ID, "The document could be read", fix), source="file", kind="unknown")
    at = re.match(re.escape(path) + r":(\d+)(?::\d+)?: ", message)
    if at:  # "file:line[:col]: why": the line goes where annotations and SARIF look for it
        doc.results[0].evidence.append(Evidence(line=int(at.group(1))))
    return doc


def site_error_result(path: str, message: str, *, name: str | None = None, kind: str | None = None) -> DocumentResult:
    """The row of a site that could not be fetched or read: one ``error`` result saying why."""
    fix = (
        "Check the address opens in a browser; if the site blocks masa-check or is down, save the pages "
        "and check the saved files, or try again later."
    )
    rule = (SITE_RULE_ID, "The site could be fetched and read", fix)
    return _read_error(path, message, rule, source="url", kind=kind or "unknown", notes=[message], name=name)
