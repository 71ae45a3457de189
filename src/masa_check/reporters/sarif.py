"""SARIF 2.1.0: one run, every rule in tool.driver.rules, one result per finding.

Findings are results that are neither pass nor not_applicable (those are not problems; the
JSON report lists them). Levels: must + fail/partial/error -> error, should -> warning,
needs_review -> note; advisory (a statutory rule not yet in force) -> note whatever it would be,
with its would-be status and in-force date in the properties. A waived result keeps the level of its underlying status and carries a
suppression with the waiver's reason, so code-scanning tools show it as dismissed.
The location is the document path (relative URI); a YAML line becomes region.startLine, PDF/DOCX
page numbers and web pages' URLs (with #id) go in the result's properties (SARIF has no notion of a page).
"""

from __future__ import annotations

import json
import re
from pathlib import PurePosixPath, PureWindowsPath
from urllib.parse import quote

from masa_check.reporters._common import detail, evidence_text, first_line, pages, urls
from masa_check.results import DocumentResult, Result, RunResult

SCHEMA_URI = "https://json.schemastore.org/sarif-2.1.0.json"
_BLOCKING = ("fail", "partial", "error")


def _uri(path: str) -> str:
    """A relative URI for a relative path; a file: URI for an absolute one; a web address as it is."""
    if path[:8].lower().startswith(("http://", "https://")):
        return path
    posix = path.replace("\\", "/")
    raw = posix.encode("utf-8", "surrogateescape")  # an undecodable name: its own bytes, %-escaped
    if PureWindowsPath(path).is_absolute() and not posix.startswith("/"):
        return "file:///" + quote(raw, safe="/:")
    if PurePosixPath(posix).is_absolute():
        return "file://" + quote(raw, safe="/")
    return quote(raw, safe="/")


def _name(title: str) -> str:
    """'Funding: shared budget' -> 'FundingSharedBudget' (SARIF rule names are identifiers)."""
    return "".join(w[:1].upper() + w[1:] for w in re.findall(r"[A-Za-z0-9]+", title))


def _level(r: Result) -> str:
    if r.status == "advisory":  # not yet in force: never an error or warning
        return "note"
    status = r.underlying_status if r.status == "waived" and r.underlying_status else r.status
    if status in _BLOCKING:
        return "error" if r.strength == "must" else "warning"
    return "note"


def _rules(run: RunResult) -> list[dict]:
    rules: dict[str, dict] = {}
    for doc in run.documents:
        for r in doc.results:
            if r.rule_id in rules:
                continue
            help_text = f"Requirement: {r.title}\nSource: {r.citation}"
            if r.fix:
                help_text += f"\nSuggested action: {r.fix}"
            rules[r.rule_id] = {
                "id": r.rule_id,
                "name": _name(r.title),
                "shortDescription": {"text": r.title},
                "fullDescription": {"text": f"{r.title} ({r.citation})"},
                "help": {"text": help_text},
                "defaultConfiguration": {"level": "error" if r.strength == "must" else "warning"},
                "properties": {
                    "strength": r.strength,
                    "pack": r.pack,
                    "citation": r.citation,
                    "tags": [r.pack, r.strength],
                },
            }
    return list(rules.values())


def _result(doc: DocumentResult, r: Result, index: int) -> dict:
    text = f"{r.title}: {detail(r)}"
    if r.evidence:
        text += "\nEvidence: " + "; ".join(evidence_text(ev) for ev in r.evidence)
    physical: dict = {"artifactLocation": {"uri": _uri(doc.path)}}
    line = first_line(r)
    if line is not None and line >= 1:
        physical["region"] = {"startLine": line}
    props: dict = {"status": r.status, "strength": r.strength, "pack": r.pack}
    if pages(r):
        props["pages"] = pages(r)
    if urls(r):
        props["urls"] = urls(r)
    sections = [ev.section for ev in r.evidence if ev.section]
    if sections:
        props["sections"] = sections
    if r.underlying_status:
        props["underlyingStatus"] = r.underlying_status
    if r.status == "advisory":
        props["inForceFrom"] = r.in_force_from
        props["commencement"] = r.commencement
    out: dict = {
        "ruleId": r.rule_id,
        "ruleIndex": index,
        "level": _level(r),
        "message": {"text": text},
        "locations": [{"physicalLocation": physical}],
        "partialFingerprints": {"masaCheckRule/v1": f"{doc.path}:{r.rule_id}"},
        "properties": props,
    }
    if r.status == "waived":
        w = r.waiver
        sup: dict = {"kind": "external", "status": "accepted"}
        if w:
            sup["justification"] = f"{w.reason} (expires {w.expires})"
            sup["properties"] = {"expires": w.expires}
            if w.approved_by:
                sup["properties"]["approvedBy"] = w.approved_by
        out["suppressions"] = [sup]
    return out


def _applied(run: RunResult) -> list[dict]:
    """The config and packs applied, as SARIF artifacts with their hashes and roles."""
    prov = run.provenance
    if prov is None:
        return []
    out = []
    if prov.config is not None:
        out.append(_artifact(prov.config.path, prov.config.sha256, "userSpecifiedConfiguration"))
    for p in prov.packs:
        role = "userSpecifiedConfiguration" if p.local else "toolSpecifiedConfiguration"
        out.append(_artifact(p.path, p.sha256, role, {"pack": p.id, "version": p.version}))
    return out


def _artifact(path: str, sha256: str, role: str, properties: dict | None = None) -> dict:
    art = {"location": {"uri": _uri(path)}, "roles": [role]}
    if sha256 != "unreadable":
        art["hashes"] = {"sha-256": sha256}
    if properties:
        art["properties"] = properties
    return art


def to_sarif(run: RunResult) -> dict:
    rules = _rules(run)
    index = {rule["id"]: i for i, rule in enumerate(rules)}
    results = [
        _result(doc, r, index[r.rule_id])
        for doc in run.documents
        for r in doc.results
        if r.status not in ("pass", "not_applicable")
    ]
    sarif_run = {
        "tool": {"driver": {"name": run.tool.name, "version": run.tool.version, "rules": rules}},
        "columnKind": "unicodeCodePoints",
        "results": results,
        "properties": {"asOf": run.as_of},
    }
    applied = _applied(run)
    if applied:
        sarif_run["artifacts"] = applied
    return {"$schema": SCHEMA_URI, "version": "2.1.0", "runs": [sarif_run]}


def render(run: RunResult, *, color: bool = False) -> str:
    """SARIF JSON; an undecodable file name is written as its ``\\uDCxx`` escape (as the
    results JSON writes it), so the file is valid UTF-8."""
    from masa_check.reporters.json_report import _SURROGATE

    text = json.dumps(to_sarif(run), indent=2, ensure_ascii=False)
    return _SURROGATE.sub(lambda m: f"\\u{ord(m.group()):04x}", text) + "\n"
