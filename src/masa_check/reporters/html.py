"""HTML gap report for scrutineers and regions: one self-contained file, no network.

Sections: a summary (one row per document, named by partnership and file, with a bar of its
pass / partial / fail share); across documents, each rule's share and a sentence such as "6 of
11 documents give no evidence of it"; a RAG matrix per rule pack, documents as rows and rules as
columns (sticky headers, each cell a colour AND a word, sortable and filterable by a small inline script
that the Content-Security-Policy admits by its hash and nothing else); then per document every
gap with its requirement, citation, evidence or what was searched and a suggested action, and
every pass with its best quote. Jinja2 autoescapes all document text. Printed, it fits A4
landscape.
"""

from __future__ import annotations

import base64
import hashlib
import re

from masa_check.provenance import lines as provenance_lines
from masa_check.reporters._common import (
    RAG_FILL,
    STATUS_LABEL,
    applicable,
    counts,
    evidence_text,
    is_gap,
    not_yet_in_force,
    rag_word,
    rule_rows,
    status_text,
    summary_sentence,
    where,
)
from masa_check.results import RunResult
from masa_check.safe_text import visible

_CSS = """
body{font-family:system-ui,-apple-system,"Segoe UI",Arial,sans-serif;margin:2rem auto;
max-width:90rem;padding:0 1rem;color:#1b1b1b;line-height:1.45}
h1{font-size:1.6rem}h2{margin-top:2rem;border-bottom:2px solid #444}h3{margin-bottom:.3rem}
table{border-collapse:collapse;margin:.5rem 0 1rem}th,td{border:1px solid #888;padding:.3rem .5rem;
text-align:left;vertical-align:top}th{background:#eee}
.scroll{overflow:auto;max-height:80vh;max-width:100%;border:1px solid #ccc}
.matrix{margin:0;font-size:.85rem}
.matrix thead th{position:sticky;top:0;z-index:2}
.matrix tbody th{position:sticky;left:0;background:#fafafa;z-index:1;min-width:14rem;max-width:22rem}
.matrix thead th:first-child{left:0;z-index:3}
.matrix th.rule{writing-mode:vertical-rl;transform:rotate(180deg);white-space:nowrap;cursor:pointer}
.matrix td{text-align:center;white-space:nowrap}
.rag{font-weight:600;white-space:nowrap;padding:0 .3rem}
.bar{display:flex;width:12rem;height:.9rem;border:1px solid #888;background:#fff}
.bar span{display:block;height:100%}
.gap,.pass{border:1px solid #888;border-left-width:.6rem;padding:.5rem 1rem;margin:1rem 0;
break-inside:avoid}
.gap dl{display:grid;grid-template-columns:10rem 1fr;gap:.1rem .6rem;margin:.3rem 0}
.gap dt{font-weight:600}.gap dd{margin:0}.gap h4{margin:.2rem 0}
blockquote{margin:.2rem 0;padding-left:.6rem;border-left:3px solid #999}
.muted{color:#555}.file{font-weight:normal;font-size:.8rem;color:#555;word-break:break-all}
#filter{margin:.3rem 0;padding:.3rem;width:20rem;max-width:100%}
@page{size:A4 landscape;margin:10mm}
@media print{body{margin:0;max-width:none;font-size:9pt}a{color:inherit}#filter,.noprint{display:none}
.scroll{overflow:visible;max-height:none;border:0}.matrix{font-size:7pt}
.matrix thead th,.matrix tbody th{position:static}.matrix td,.matrix th{padding:.1rem .2rem}
thead{display:table-header-group}tr{break-inside:avoid}
.gap{break-inside:auto;margin:.4rem 0;padding:.2rem .6rem}.gap h4{break-after:avoid}
.gap dl{grid-template-columns:7rem 1fr}
.bar{-webkit-print-color-adjust:exact;print-color-adjust:exact}
td.rag{-webkit-print-color-adjust:exact;print-color-adjust:exact}}
"""

#: Sorting by a column (click its header) and filtering rows by document name. It reads only the
#: table's own cells (textContent, never innerHTML), so document text cannot become code.
_SCRIPT = """
(function(){
var order={'Red':0,'Amber':1,'Grey':2,'Waived':3,'Advisory':4,'Green':5,'N/A':6,'-':7};
document.querySelectorAll('table.matrix').forEach(function(t){var body=t.tBodies[0];
t.tHead.querySelectorAll('th').forEach(function(th,i){th.addEventListener('click',function(){
var rows=Array.prototype.slice.call(body.rows);var dir=th.dataset.dir==='1'?-1:1;th.dataset.dir=dir===1?'1':'-1';
rows.sort(function(a,b){var x=a.cells[i].dataset.key||a.cells[i].textContent,y=b.cells[i].dataset.key||b.cells[i].textContent;
if(i>0){x=order[x]!==undefined?order[x]:9;y=order[y]!==undefined?order[y]:9;return (x-y)*dir;}
return x.localeCompare(y)*dir;});rows.forEach(function(r){body.appendChild(r);});});});});
var f=document.getElementById('filter');if(f){f.addEventListener('input',function(){var q=f.value.toLowerCase();
document.querySelectorAll('table.matrix tbody tr').forEach(function(r){r.style.display=r.cells[0].textContent.toLowerCase().indexOf(q)<0?'none':'';});});}
})();
"""

_TEMPLATE = """<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy"
 content="default-src 'none'; style-src 'unsafe-inline'; img-src data:; script-src '{{ script_hash }}'">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>{{ run.tool.name }} gap report</title>
<style>{{ css|safe }}
{% for word, fill in fills.items() %}.rag-{{ word|replace('/', '') }}{background:#{{ fill }}}
{% endfor %}</style>
</head>
<body>
<header>
<h1>Safeguarding arrangements: gap report</h1>
<p class="muted">Checked by {{ run.tool.name }} {{ run.tool.version }} as of {{ run.as_of }}:
{{ docs|length }} document(s). Rules are statutory requirements (<strong>must</strong>) or
expectations (<strong>should</strong>). Every cell shows a colour and a word.</p>
{% if applied %}<ul class="muted applied">{% for line in applied %}<li>{{ line }}</li>{% endfor %}</ul>{% endif %}
</header>

<section id="summary">
<h2>Summary</h2>
<table>
<thead><tr><th scope="col">Document</th><th scope="col">Result</th><th scope="col">Share</th>
{% for s in statuses %}<th scope="col">{{ labels[s] }}</th>{% endfor %}
<th scope="col">Rules</th></tr></thead>
<tbody>
{% for d in docs %}<tr><th scope="row"><a href="#doc-{{ d.index }}">{{ d.name }}</a><br>
<span class="file">{{ d.doc.path }}</span></th>
<td>{{ d.sentence }}</td><td>{{ bar(d.share) }}</td>
{% for s in statuses %}<td>{{ d.counts[s] }}</td>{% endfor %}
<td>{{ d.doc.results|length }}</td></tr>
{% endfor %}</tbody>
</table>
</section>

{% if docs|length > 1 %}<section id="across">
<h2>Across documents</h2>
<table>
<thead><tr><th scope="col">Rule</th><th scope="col">Strength</th><th scope="col">Share</th>
<th scope="col">Finding</th></tr></thead>
<tbody>
{% for row in matrix %}<tr><th scope="row">{{ row.rule_id }} {{ row.title }}</th><td>{{ row.strength }}</td>
<td>{{ bar(row.share) }}</td><td>{{ row.sentence }}</td></tr>
{% endfor %}</tbody>
</table>
</section>{% endif %}

<section id="matrix">
<h2>RAG matrix</h2>
<p class="muted noprint">One table per rule pack: documents are rows and rules columns; click a
column's heading to sort by it, or type to filter the documents.
<input id="filter" type="search" placeholder="Filter documents" aria-label="Filter documents"></p>
{% for m in matrices %}
<h3>{{ m.pack }}</h3>
<div class="scroll">
<table class="matrix">
<thead><tr><th scope="col">Document</th>
{% for row in m.rules %}<th scope="col" class="rule" title="{{ row.rule_id }} ({{ row.strength }}): {{ row.title }}">{{ row.rule_id }}</th>{% endfor %}</tr></thead>
<tbody>
{% for d in m.docs %}<tr><th scope="row" data-key="{{ d.name }}"><a href="#doc-{{ d.index }}">{{ d.name }}</a>{% if d.name != d.file %}<br><span class="file">{{ d.doc.path }}</span>{% endif %}</th>
{% for c in d.cells %}{% if c %}<td class="rag rag-{{ c.word|replace('/', '') }}" data-key="{{ c.word }}" title="{{ c.rule_id }}: {{ c.status }}">{{ c.word }}</td>{% else %}<td class="muted" data-key="-">-</td>{% endif %}
{% endfor %}</tr>
{% endfor %}</tbody>
</table>
</div>
{% endfor %}
</section>

{% for d in docs %}
<section id="doc-{{ d.index }}" class="document">
<h2>{{ d.name }}</h2>
<p class="muted">{{ d.doc.path }}: {{ d.sentence }} Packs: {{ d.doc.packs|join(', ') }}.</p>
{% if d.doc.notes %}<ul class="muted">{% for n in d.doc.notes %}<li>{{ n }}</li>{% endfor %}</ul>{% endif %}
<h3>Gaps and suggested actions</h3>
{% for r in d.gaps %}
<article class="gap" id="{{ d.index }}-{{ r.result.rule_id }}">
<h4>{{ r.result.rule_id }}: {{ r.result.title }}</h4>
<dl>
<dt>Status</dt><dd><span class="rag rag-{{ r.word|replace('/', '') }}">{{ r.word }}</span>:
{{ r.status }} ({{ r.result.strength }})</dd>
<dt>Requirement</dt><dd>{{ r.result.title }}</dd>
<dt>Citation</dt><dd>{{ r.result.citation }}</dd>
{% if r.in_force %}<dt>In force</dt><dd>{{ r.in_force }}: advisory, not counted and not blocking</dd>{% endif %}
<dt>Finding</dt><dd>{{ r.result.message }}</dd>
{% if r.result.missing %}<dt>Missing</dt><dd><ul>{% for m in r.result.missing %}<li>{{ m }}</li>
{% endfor %}</ul></dd>{% endif %}
{% if r.result.evidence %}<dt>Evidence</dt><dd>{% for ev in r.evidence %}
<blockquote>{{ ev.text }}{% if ev.href %} <a href="{{ ev.href }}" rel="noreferrer">open the page</a>{% endif %}</blockquote>{% endfor %}</dd>
{% endif %}{% if r.result.searched %}<dt>What was looked for</dt><dd>{{ r.result.searched }}</dd>
{% endif %}{% if not r.result.evidence and not r.result.searched %}<dt>Evidence</dt>
<dd>None found.</dd>{% endif %}
{% if r.result.waiver %}<dt>Waiver</dt><dd>{{ r.result.waiver.reason }} (expires
{{ r.result.waiver.expires }}{% if r.result.waiver.approved_by %}, approved by
{{ r.result.waiver.approved_by }}{% endif %})</dd>{% endif %}
<dt>Suggested action</dt><dd>{{ r.result.fix or default_action }}</dd>
</dl>
</article>
{% else %}<p>No gaps.</p>
{% endfor %}
{% if d.passes %}<h3>Passes and their evidence</h3>
<table class="passes">
<thead><tr><th scope="col">Rule</th><th scope="col">Best evidence</th><th scope="col">Where</th><th scope="col">Meets</th></tr></thead>
<tbody>
{% for p in d.passes %}<tr class="pass-row"><th scope="row"><span class="rag rag-Green">Green</span> {{ p.result.rule_id }}: {{ p.result.title }}</th>
<td>{% if p.quote %}<blockquote>{{ p.quote }}</blockquote>{% else %}{{ p.result.message }}{% endif %}</td>
<td>{{ p.where }}{% if p.href %} <a href="{{ p.href }}" rel="noreferrer">open</a>{% endif %}</td>
<td>{{ p.facets }}</td></tr>
{% endfor %}</tbody>
</table>{% endif %}
</section>
{% endfor %}
<footer class="muted"><p>Key: {% for w in fills %}<span class="rag rag-{{ w|replace('/', '') }}">
{{ w }}</span> {% endfor %}. Green = pass, Amber = partial, Red = fail or error,
Grey = needs a person's review, N/A = not applicable, Waived = a known gap accepted until its
expiry date, Advisory = a statutory duty not yet in force: the verdict it would have once it
commences, never counted as a pass and never blocking.</p></footer>
<script>{{ script|safe }}</script>
</body>
</html>
"""


def _web_link(url: str | None) -> str | None:
    """A fetched page's address as a link (a saved file's name stays text: it may not be beside
    the report)."""
    return url if url and url.startswith(("https://", "http://")) else None


DEFAULT_ACTION = "Review the requirement and state in the arrangements how it is met."
_SHARE = (("pass", "Green"), ("partial", "Amber"), ("fail", "Red"), ("needs_review", "Grey"))


def _share(results) -> list[tuple[str, float, int]]:
    """(RAG word, percent, count) of the applicable results, for a bar."""
    scored = [r for r in results if r.status not in ("not_applicable", "advisory")]
    n = len(scored) or 1
    out = []
    for status, word in _SHARE:
        k = sum(1 for r in scored if r.status == status or (status == "fail" and r.status == "error"))
        out.append((word, round(100 * k / n, 1), k))
    return out


def _bar(share) -> str:
    """A stacked bar of RAG shares: spans with widths only (nothing from a document)."""
    from markupsafe import Markup, escape

    spans = "".join(
        f'<span class="rag-{escape(word)}" style="width:{pct}%" title="{escape(word)}: {k}"></span>'
        for word, pct, k in share
        if k
    )
    label = ", ".join(f"{k} {word}" for word, _, k in share if k) or "no applicable rules"
    return Markup(f'<div class="bar" role="img" aria-label="{escape(label)}">{spans}</div>')


#: A title that names the document or its author; "Contents" or "1. Who we are" does not, and
#: the file name tells documents apart better.
_NAMING = re.compile(r"(?i)\b(partnership|board|safeguarding|arrangements|report|plan|panel|council|review)\b")


def _doc_name(doc) -> str:
    if doc.name:
        return doc.name
    if doc.title and _NAMING.search(doc.title):
        return doc.title
    return doc.path.replace("\\", "/").rsplit("/", 1)[-1]


def _pass_row(r) -> dict:
    ev = r.evidence[0] if r.evidence else None
    return {
        "result": r,
        "quote": ev.quote if ev else None,
        "where": where(ev) if ev else "",
        "href": _web_link(ev.url) if ev else None,
        "facets": ", ".join(f"({f})" for f in ev.facets) if ev and ev.facets else "",
    }


def _rule_sentence(results) -> str:
    """'3 of 11 documents pass; 6 of 11 give no evidence of it; 2 partly.'"""
    present = [r for r in results if r.status != "not_applicable"]
    n = len(present)
    if not n:
        return "Not applicable to any document."
    passed = sum(1 for r in present if r.status == "pass")
    failed = sum(1 for r in present if r.status in ("fail", "error"))
    partial = sum(1 for r in present if r.status == "partial")
    advisory = sum(1 for r in present if r.status == "advisory")
    parts = [f"{passed} of {n} documents pass"]
    if failed:
        parts.append(f"{failed} of {n} give no evidence of it")
    if partial:
        parts.append(f"{partial} meet it in part")
    if advisory:
        parts.append(f"{advisory} advisory (not yet in force)")
    return "; ".join(parts) + "."


def _matrices(docs: list[dict], matrix: list[dict]) -> list[dict]:
    """One matrix per pack, in the order packs first appear: rows are the documents that ran it."""
    out = []
    for pack in dict.fromkeys(row["pack"] for row in matrix):
        rules = [row for row in matrix if row["pack"] == pack]
        rows = []
        for d in docs:
            if not any(row["rule_id"] in d["by_id"] for row in rules):
                continue
            cells = [
                {"word": rag_word(r), "status": status_text(r), "rule_id": row["rule_id"]}
                if (r := d["by_id"].get(row["rule_id"]))
                else None
                for row in rules
            ]
            rows.append({**d, "cells": cells})
        out.append({"pack": pack, "rules": rules, "docs": rows})
    return out


def _context(run: RunResult) -> dict:
    rows = rule_rows(run.documents)
    docs = []
    for i, doc in enumerate(run.documents):
        by_id = {r.rule_id: r for r in doc.results}
        gaps = [
            {
                "result": r,
                "word": rag_word(r),
                "status": status_text(r),
                "in_force": not_yet_in_force(r),
                "evidence": [{"text": evidence_text(ev), "href": _web_link(ev.url)} for ev in r.evidence],
            }
            for r in doc.results
            if is_gap(r)
        ]
        docs.append(
            {
                "index": i,
                "doc": doc,
                "name": _doc_name(doc),
                "counts": counts(doc),
                "applicable": applicable(doc),
                "sentence": summary_sentence(doc),
                "share": _share(doc.results),
                "gaps": gaps,
                "passes": [_pass_row(r) for r in doc.results if r.status == "pass"],
                "file": doc.path.replace("\\", "/").rsplit("/", 1)[-1],
                "by_id": by_id,
            }
        )
    matrix = []
    for rule_id, title, strength in rows:
        results = [r for d in run.documents for r in d.results if r.rule_id == rule_id]
        matrix.append(
            {
                "rule_id": rule_id,
                "title": title,
                "strength": strength,
                "pack": results[0].pack if results else "",
                "share": _share(results),
                "sentence": _rule_sentence(results),
            }
        )
    return {
        "run": run,
        "docs": docs,
        "matrix": matrix,
        "matrices": _matrices(docs, matrix),
        "statuses": list(STATUS_LABEL),
        "labels": STATUS_LABEL,
        "fills": RAG_FILL,
        "css": _CSS,
        "script": _SCRIPT,
        "script_hash": "sha256-" + base64.b64encode(hashlib.sha256(_SCRIPT.encode()).digest()).decode(),
        "default_action": DEFAULT_ACTION,
        "bar": _bar,
        "applied": provenance_lines(run.provenance),
    }


def _shown(value: object) -> object:
    """Every value the template prints, control characters as escapes (a document's text or a
    file name may carry an escape sequence, which a page saved as text would pass to a terminal);
    markup built here is left as it is."""
    from markupsafe import Markup

    return visible(value) if isinstance(value, str) and not isinstance(value, Markup) else value


def render(run: RunResult, *, color: bool = False) -> str:
    import jinja2

    env = jinja2.Environment(autoescape=True, undefined=jinja2.StrictUndefined, finalize=_shown)
    return env.from_string(_TEMPLATE).render(**_context(run))
