"""Results: the one serialisable object every reporter renders (JSON schema_version 1)."""

from __future__ import annotations

from typing import Literal

from pydantic import BaseModel, Field

SCHEMA_VERSION = 1
#: The pack of the one result a site that could not be read gets (see engine.run.site_error_result).
SITE_PACK = "site"

Status = Literal["pass", "partial", "fail", "needs_review", "not_applicable", "waived", "advisory", "error"]
STATUSES: tuple[str, ...] = (
    "pass",
    "partial",
    "fail",
    "needs_review",
    "not_applicable",
    "waived",
    "advisory",
    "error",
)
Strength = Literal["must", "should"]

#: RAG colour for each status, as scrutineers' self-assessment tools use it.
RAG = {
    "pass": "green",
    "partial": "amber",
    "fail": "red",
    "error": "red",
    "needs_review": "grey",
    "not_applicable": "none",
    "waived": "none",
    #: A statutory rule whose provision has not yet commenced: shown so partners can prepare,
    #: never blocking and never counted as a pass (see engine.commencement).
    "advisory": "none",
}


class Evidence(BaseModel):
    """Where a verdict comes from: a quoted sentence with page and heading, or a YAML field."""

    quote: str | None = None
    page: int | None = None
    section: str | None = None
    line: int | None = None
    path: str | None = None  # declared field path, for YAML
    url: str | None = None  # web page (or saved HTML/markdown file) with #id, where there is no page
    #: The rule's facets (a, b, ...) this item is evidence of; the first item meets the most.
    facets: list[str] = Field(default_factory=list)


class Waiver(BaseModel):
    rule: str
    reason: str
    expires: str
    approved_by: str | None = None
    source: str | None = None


class Result(BaseModel):
    rule_id: str
    pack: str
    title: str
    strength: Strength
    status: Status
    citation: str
    message: str
    evidence: list[Evidence] = Field(default_factory=list)
    #: Sub-requirements (a)/(b)/(c) that were not evidenced.
    missing: list[str] = Field(default_factory=list)
    #: For a fail: what was looked for and where.
    searched: str | None = None
    fix: str | None = None
    #: When waived or advisory: the status the rule would have had (advisory: once its
    #: provision commences), and the waiver.
    underlying_status: Status | None = None
    waiver: Waiver | None = None
    #: A rule tied to a statutory provision: the day it binds (ISO date), None while no day is
    #: appointed. Set on every result of such a rule, advisory or not.
    in_force_from: str | None = None
    #: The commencement keys (``s16EA``) the rule waits for, as the pack's table names them.
    commencement: list[str] = Field(default_factory=list)


class DocumentResult(BaseModel):
    path: str
    source: str
    kind: str
    packs: list[str]
    results: list[Result]
    summary: dict[str, int]
    #: Why these packs were chosen, and notes such as expired or unused waivers.
    notes: list[str] = Field(default_factory=list)
    date: str | None = None
    title: str | None = None
    #: The name the user gave the document (a partnership's name in a ``--urls`` list).
    name: str | None = None


class Tool(BaseModel):
    name: str = "masa-check"
    version: str


class AppliedFile(BaseModel):
    """A file that shaped the verdicts (config or rule pack), named with its content hash so a
    reader can tell which copy was applied."""

    path: str
    sha256: str
    #: For a pack: its id and version, and whether it came from a local rules directory.
    id: str | None = None
    version: str | None = None
    local: bool = False


class Provenance(BaseModel):
    """What a run applied besides the documents: the config (or why none), its waivers, the packs."""

    config: AppliedFile | None = None
    config_note: str | None = None
    waivers: int = 0
    packs: list[AppliedFile] = Field(default_factory=list)


class RunResult(BaseModel):
    schema_version: int = SCHEMA_VERSION
    tool: Tool
    as_of: str
    documents: list[DocumentResult]
    #: The run's ``--fail-on`` threshold, so reports (JUnit) count as failures what the exit code
    #: counted; None in results saved before it was recorded (every fail/partial/error counts).
    fail_on: str | None = None
    #: Config, waivers and packs applied (None in results saved before it was recorded).
    provenance: Provenance | None = None


def blocking(result: Result, fail_on: str | None) -> bool:
    """Whether a result makes the run exit 1 at the ``--fail-on`` threshold (None: ``should``)."""
    if fail_on == "none" or result.status not in ("fail", "partial", "error"):
        return False
    return fail_on in (None, "should") or result.strength == "must"


def summarise(results: list[Result]) -> dict[str, int]:
    counts = {s: 0 for s in STATUSES}
    for r in results:
        counts[r.status] += 1
    return counts


def _advisory_consistent(r: Result, as_of: str) -> bool:
    """An advisory result as a run writes it: it names the provisions it waits for, one of which
    was not in force on the run date, and keeps the verdict it would have had (a fail edited to
    advisory would otherwise stop blocking and leave the gap lists)."""
    if not r.commencement or r.underlying_status in (None, "advisory", "waived"):
        return False
    return r.in_force_from is None or str(r.in_force_from) > str(as_of)


def load_saved(text: str, path: str) -> RunResult:
    """A results file written by ``validate -f json``, for ``report`` to render again, checked
    as far as it can be: the ``schema_version`` this masa-check writes, every result under a pack
    its document names, each rule once per document. What cannot be trusted is refused
    (:class:`InputError`, one line); the summaries are recomputed from the results, so a
    hand-edited count is never shown beside the results it contradicts."""
    import json

    from pydantic import ValidationError

    from masa_check.errors import InputError

    try:
        raw = json.loads(text)
    except ValueError as exc:
        raise InputError(f"not a masa-check results file (invalid JSON: {exc.msg})", path) from None
    if not isinstance(raw, dict) or "documents" not in raw:
        raise InputError("not a masa-check results file (no 'documents')", path)
    version = raw.get("schema_version")
    if type(version) is not int or version != SCHEMA_VERSION:
        shown = repr(version)[:20]
        raise InputError(
            f"has schema_version {shown}; this masa-check reads version {SCHEMA_VERSION} (re-run validate)", path
        )
    try:
        run = RunResult.model_validate(raw)
    except ValidationError as exc:
        err = exc.errors()[0]
        where = ".".join(str(p) for p in err.get("loc", ()))[:80]
        raise InputError(f"not a masa-check results file ({where}: {err['msg']})", path) from None
    for n, doc in enumerate(run.documents):
        outside = sorted({r.pack for r in doc.results} - set(doc.packs))
        if outside:
            raise InputError(
                f"document {n + 1} has results of packs it does not list ({', '.join(outside)[:80]});"
                " refusing an edited results file",
                path,
            )
        ids = [(r.pack, r.rule_id) for r in doc.results]
        if len(ids) != len(set(ids)):
            raise InputError(f"document {n + 1} lists a rule twice; refusing an edited results file", path)
        for r in doc.results:
            if r.status == "advisory" and not _advisory_consistent(r, run.as_of):
                raise InputError(
                    f"document {n + 1}: {r.rule_id[:40]} is advisory but waits for no provision not yet in force"
                    " on the run date; refusing an edited results file",
                    path,
                )
        doc.summary = summarise(doc.results)
    return run
