"""HTML gap report for scrutineers: one self-contained file, no network, no script.

Sections: summary counts with denominators, a RAG matrix (rows = rules, columns = documents,
each cell a colour AND a word), then every gap with its requirement, citation, evidence or what
was searched, and a suggested action. Jinja2 autoescapes everything; a Content-Security-Policy
forbids scripts and remote loads as a second line of defence.
"""

from __future__ import annotations

from masa_check.reporters._common import (
    RAG_FILL,
    STATUS_LABEL,
    applicable,
    counts,
    evidence_text,
    is_gap,
    rag_word,
    rule_rows,
    status_text,
    summary_sentence,
)
from masa_check.results import RunResult

_CSS = """
body{font-family:system-ui,-apple-system,"Segoe UI",Arial,sans-serif;margin:2rem auto;
max-width:72rem;padding:0 1rem;color:#1b1b1b;line-height:1.45}
h1{font-size:1.6rem}h2{margin-top:2rem;border-bottom:2px solid #444}h3{margin-bottom:.3rem}
table{border-collapse:collapse;margin:.5rem 0 1rem}th,td{border:1px solid #888;padding:.3rem .5rem;
text-align:left;vertical-align:top}th{background:#eee}
.rag{font-weight:600;white-space:nowrap;padding:0 .3rem}
.gap{border:1px solid #888;border-left-width:.6rem;padding:.5rem 1rem;margin:1rem 0;
break-inside:avoid}
.gap dt{font-weight:600}.gap dd{margin:0 0 .4rem 0}
blockquote{margin:.2rem 0;padding-left:.6rem;border-left:3px solid #999}
.muted{color:#555}
@media print{body{margin:0;max-width:none}a{color:inherit}}
"""

_TEMPLATE = """<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy"
 content="default-src 'none'; style-src 'unsafe-inline'; img-src data:">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>{{ run.tool.name }} gap report</title>
<style>{{ css|safe }}
{% for word, fill in fills.items() %}.rag-{{ word|replace('/', '') }}{background:#{{ fill }}}
{% endfor %}</style>
</head>
<body>
<header>
<h1>Safeguarding arrangements: gap report</h1>
<p class="muted">Checked by {{ run.tool.name }} {{ run.tool.version }} as of {{ run.as_of }}.
Rules are statutory requirements (<strong>must</strong>) or expectations
(<strong>should</strong>). Every cell shows a colour and a word.</p>
</header>

<section id="summary">
<h2>Summary</h2>
<table>
<thead><tr><th scope="col">Document</th><th scope="col">Result</th>
{% for s in statuses %}<th scope="col">{{ labels[s] }}</th>{% endfor %}
<th scope="col">Rules</th></tr></thead>
<tbody>
{% for d in docs %}<tr><th scope="row">{{ d.doc.name or d.doc.title or d.doc.path }}<br>
<span class="muted">{{ d.doc.path }}</span></th>
<td>{{ d.sentence }}</td>
{% for s in statuses %}<td>{{ d.counts[s] }}</td>{% endfor %}
<td>{{ d.doc.results|length }}</td></tr>
{% endfor %}</tbody>
</table>
</section>

<section id="matrix">
<h2>RAG matrix</h2>
<table>
<thead><tr><th scope="col">Rule</th><th scope="col">Strength</th>
{% for d in docs %}<th scope="col">{{ d.doc.name or d.doc.title or d.doc.path }}</th>{% endfor %}</tr></thead>
<tbody>
{% for row in matrix %}<tr><th scope="row">{{ row.rule_id }} {{ row.title }}</th>
<td>{{ row.strength }}</td>
{% for c in row.cells %}{% if c %}<td class="rag rag-{{ c.word|replace('/', '') }}">{{ c.word }}
<br><span class="muted">{{ c.status }}</span></td>{% else %}<td class="muted">not assessed</td>{% endif %}
{% endfor %}</tr>
{% endfor %}</tbody>
</table>
</section>

<section id="gaps">
<h2>Gaps and suggested actions</h2>
{% for d in docs %}
<h3>{{ d.doc.name or d.doc.title or d.doc.path }}</h3>
<p class="muted">{{ d.doc.path }}: {{ d.gaps|length }} gap(s) among {{ d.applicable }} applicable
rules.</p>
{% for r in d.gaps %}
<article class="gap" id="{{ d.index }}-{{ r.result.rule_id }}">
<h4>{{ r.result.rule_id }}: {{ r.result.title }}</h4>
<dl>
<dt>Status</dt><dd><span class="rag rag-{{ r.word|replace('/', '') }}">{{ r.word }}</span>:
{{ r.status }} ({{ r.result.strength }})</dd>
<dt>Requirement</dt><dd>{{ r.result.title }}</dd>
<dt>Citation</dt><dd>{{ r.result.citation }}</dd>
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
{% endfor %}
</section>
<footer class="muted"><p>Key: {% for w in fills %}<span class="rag rag-{{ w|replace('/', '') }}">
{{ w }}</span> {% endfor %}. Green = pass, Amber = partial, Red = fail or error,
Grey = needs a person's review, N/A = not applicable, Waived = a known gap accepted until its
expiry date.</p></footer>
</body>
</html>
"""


def _web_link(url: str | None) -> str | None:
    """A fetched page's address as a link (a saved file's name stays text: it may not be beside
    the report)."""
    return url if url and url.startswith(("https://", "http://")) else None


DEFAULT_ACTION = "Review the requirement and state in the arrangements how it is met."


def _context(run: RunResult) -> dict:
    docs = []
    for i, doc in enumerate(run.documents):
        gaps = [
            {
                "result": r,
                "word": rag_word(r),
                "status": status_text(r),
                "evidence": [{"text": evidence_text(ev), "href": _web_link(ev.url)} for ev in r.evidence],
            }
            for r in doc.results
            if is_gap(r)
        ]
        docs.append(
            {
                "index": i,
                "doc": doc,
                "counts": counts(doc),
                "applicable": applicable(doc),
                "sentence": summary_sentence(doc),
                "gaps": gaps,
            }
        )
    matrix = []
    for rule_id, title, strength in rule_rows(run.documents):
        cells = []
        for doc in run.documents:
            r = next((x for x in doc.results if x.rule_id == rule_id), None)
            cells.append({"word": rag_word(r), "status": status_text(r)} if r else None)
        matrix.append({"rule_id": rule_id, "title": title, "strength": strength, "cells": cells})
    return {
        "run": run,
        "docs": docs,
        "matrix": matrix,
        "statuses": list(STATUS_LABEL),
        "labels": STATUS_LABEL,
        "fills": RAG_FILL,
        "css": _CSS,
        "default_action": DEFAULT_ACTION,
    }


def render(run: RunResult, *, color: bool = False) -> str:
    import jinja2

    env = jinja2.Environment(autoescape=True, undefined=jinja2.StrictUndefined)
    return env.from_string(_TEMPLATE).render(**_context(run))
