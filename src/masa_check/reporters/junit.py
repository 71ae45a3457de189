"""JUnit XML: one <testsuite> per document, one <testcase> per (document, rule).

Mapping (counts in every suite equal the results it lists):
- pass                      -> plain testcase
- fail / partial / error    -> <failure type="STATUS" message="...">, evidence and search in text,
                               when blocking at the run's --fail-on (so a CI's test count agrees
                               with the exit code); below it, a plain testcase whose <system-out>
                               says "FAIL (not blocking at --fail-on none)"
- not_applicable / waived   -> <skipped message="reason">
- advisory                  -> <skipped message="advisory: would be STATUS once ... commences">: a
                               statutory rule not yet in force, never a failure, never a pass
- needs_review              -> plain testcase with a status property and <system-out>: it must be
                               visible to a reader but is not blocking, so it is not a failure.
"""

from __future__ import annotations

import xml.etree.ElementTree as ET

from masa_check.provenance import lines as provenance_lines
from masa_check.reporters._common import counts, detail, evidence_text, xml_safe
from masa_check.results import DocumentResult, Result, RunResult, blocking

_FAILING = ("fail", "partial", "error")
_SKIPPED = ("not_applicable", "waived", "advisory")


def _sub(parent: ET.Element, tag: str, text: str | None = None, **attrs: str) -> ET.Element:
    el = ET.SubElement(parent, tag, {k: xml_safe(v) for k, v in attrs.items()})
    if text is not None:
        el.text = xml_safe(text)
    return el


def _body(r: Result) -> str:
    """Message, missing, searched, then the evidence, one per line."""
    lines = [detail(r)]
    lines += [f"Evidence: {evidence_text(ev)}" for ev in r.evidence]
    lines.append(f"Citation: {r.citation}")
    if r.fix:
        lines.append(f"Suggested action: {r.fix}")
    return "\n".join(lines)


def _testcase(suite: ET.Element, doc: DocumentResult, r: Result, fail_on: str | None) -> None:
    case = _sub(
        suite,
        "testcase",
        name=f"{r.rule_id}: {r.title}",
        classname=f"{doc.path}.{r.pack}",
        file=doc.path,
    )
    props = _sub(case, "properties")
    _sub(props, "property", name="status", value=r.status)
    _sub(props, "property", name="strength", value=r.strength)
    _sub(props, "property", name="citation", value=r.citation)
    if r.status == "advisory":
        _sub(props, "property", name="underlying_status", value=r.underlying_status or "")
        _sub(props, "property", name="in_force_from", value=r.in_force_from or "not yet appointed")
    if r.status in _FAILING and not blocking(r, fail_on):
        _sub(case, "system-out", f"{r.status.upper()} (not blocking at --fail-on {fail_on}): " + _body(r))
    elif r.status in _FAILING:
        _sub(
            case,
            "failure",
            _body(r),
            type=r.status,
            message=f"[{r.strength}] {r.message}",
        )
    elif r.status == "waived":
        w = r.waiver
        reason = f"waived until {w.expires}: {w.reason}" if w else "waived"
        _sub(case, "skipped", message=reason)
        _sub(case, "system-out", _body(r))
    elif r.status == "not_applicable":
        _sub(case, "skipped", message=r.message)
    elif r.status == "advisory":
        _sub(case, "skipped", message=r.message[:1].lower() + r.message[1:])
        _sub(case, "system-out", "ADVISORY (not yet in force, not counted): " + _body(r))
    elif r.status == "needs_review":
        # Not blocking, so not a <failure>; but it must not be hidden as skipped either.
        case.append(ET.Comment(" needs_review: a person must decide; not counted as a failure "))
        _sub(case, "system-out", "NEEDS REVIEW: " + _body(r))
    elif r.evidence:
        _sub(case, "system-out", _body(r))


def _suite(parent: ET.Element, doc: DocumentResult, run: RunResult) -> dict[str, int]:
    fail_on = run.fail_on
    c = counts(doc)
    n = {
        "tests": len(doc.results),
        "failures": sum(1 for r in doc.results if blocking(r, fail_on)),
        "errors": 0,
        "skipped": sum(c[s] for s in _SKIPPED),
    }
    suite = _sub(parent, "testsuite", name=doc.path, **{k: str(v) for k, v in n.items()})
    props = _sub(suite, "properties")
    _sub(props, "property", name="kind", value=doc.kind)
    _sub(props, "property", name="packs", value=", ".join(doc.packs))
    for line in provenance_lines(run.provenance):
        name, _, value = line.partition(": ")
        _sub(props, "property", name=name.lower() + "_applied", value=xml_safe(value))
    for r in doc.results:
        _testcase(suite, doc, r, fail_on)
    return n


def render(run: RunResult, *, color: bool = False) -> str:
    root = ET.Element("testsuites", name=xml_safe(run.tool.name))
    totals = {"tests": 0, "failures": 0, "errors": 0, "skipped": 0}
    for doc in run.documents:
        for k, v in _suite(root, doc, run).items():
            totals[k] += v
    for k, v in totals.items():
        root.set(k, str(v))
    ET.indent(root)
    return '<?xml version="1.0" encoding="UTF-8"?>\n' + ET.tostring(root, encoding="unicode") + "\n"
