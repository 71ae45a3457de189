"""Hard-case documents for the accuracy benchmark, written as a partnership would write them.

Each case is a list of items; it is rendered three ways: straight to blocks (what a perfect
reader would give), to DOCX (python-docx) and to PDF (reportlab, when installed). Labels for the
cases live in ``labels/hc-*.yaml``.

    python benchmarks/hardcases.py OUTDIR      # writes OUTDIR/hc-*.docx and .pdf
"""

from __future__ import annotations

import json
import re
import sys
from pathlib import Path

from masa_check.document import Block, Document

# Items: ("title", text) ("toc", [(entry, page)]) ("h1"|"h2", text) ("p", text) ("li", text)
# ("table", header | None, rows) ("footnote", text) ("pagebreak",) ("columns", [p, ...])
CASES: dict[str, list[tuple]] = {
    # Deferrals, contents-only, heading-only, useful-links-only, footnote-only, glossary-only.
    "hc-traps": [
        ("title", "Northshire Safeguarding Children Partnership: Published Arrangements"),
        (
            "toc",
            [
                ("1. Introduction", 2),
                ("2. Independent scrutiny", 2),
                ("3. Funding", 2),
                ("4. Voice of children and families", 3),
                ("5. Education", 3),
                ("6. Data and performance", 3),
                ("7. Useful links", 4),
                ("8. Glossary", 4),
            ],
        ),
        ("pagebreak",),
        ("h1", "1. Introduction"),
        (
            "p",
            "The Northshire Safeguarding Children Partnership brings together Northshire County Council, "
            "NHS Northshire Integrated Care Board and Northshire Police.",
        ),
        (
            "p",
            "These arrangements cover the area of Northshire County Council, which is co-terminous with the "
            "Northshire Police area.",
        ),
        ("footnote", "1 The partnership's yearly report is published on www.northshirescp.org.uk/annual-report."),
        ("h1", "2. Independent scrutiny"),
        (
            "p",
            "The model for independent scrutiny is still being explored by the partners and will be confirmed "
            "in due course.",
        ),
        ("h1", "3. Funding"),
        ("p", "Partner contributions to the partnership budget are to be agreed by the Executive."),
        ("pagebreak",),
        ("h1", "4. Voice of children and families"),
        ("h1", "5. Education"),
        ("p", "Schools are important partners in keeping children safe."),
        ("h1", "6. Data and performance"),
        ("p", "Partners share information in line with data protection law and the UK GDPR."),
        ("p", "A multi-agency dataset will be developed and its use will be agreed by the Executive in due course."),
        ("pagebreak",),
        ("h1", "7. Useful links"),
        ("li", "Northshire Continuum of Need (threshold document): www.northshirescp.org.uk/threshold"),
        ("li", "Multi-agency training courses: www.northshirescp.org.uk/training"),
        ("h1", "8. Glossary"),
        (
            "table",
            ("Term", "Meaning"),
            [
                ("DSL", "Designated Safeguarding Lead: the member of staff in each school who attends the DSL network"),
                ("CSPR", "Child safeguarding practice review, commissioned by the Case Review Group"),
            ],
        ),
    ],
    # Negations, national duty restated, checklist restatement, "no child ..." that is not negation.
    "hc-negations": [
        ("title", "Westmoor Safeguarding Partnership Arrangements"),
        ("h1", "1. Our partnership"),
        ("p", "The three safeguarding partners are the local authority, the integrated care board and the police."),
        (
            "p",
            "The Westmoor Safeguarding Partnership Executive meets every two months and is accountable for the "
            "arrangements.",
        ),
        ("p", "Our priorities are identified each year from an analysis of the JSNA and learning from reviews."),
        ("h1", "2. Independent scrutiny"),
        ("p", "No independent scrutiny arrangements are yet in place."),
        ("p", "An independent scrutineer has not yet been appointed."),
        ("h1", "3. Voice of children and families"),
        (
            "p",
            "No child should go unheard: young people from the Westmoor Youth Council attend the Executive "
            "twice a year and take part in our multi-agency audits.",
        ),
        ("h1", "4. Funding and reporting"),
        (
            "p",
            "Working Together requires the safeguarding partners to agree the level of funding secured from "
            "each partner.",
        ),
        ("p", "Safeguarding partners must publish a report at least once in every 12-month period."),
        ("p", "Partners should set out where the yearly report will be published."),
        ("h1", "Appendix G: Compliance checklist"),
        ("p", "As set out in Working Together, the published arrangements should also include:"),
        ("li", "how the threshold document setting out local criteria for action aligns with the arrangements;"),
        (
            "li",
            "how inter-agency training will be commissioned, delivered and monitored for impact, and how "
            "multi-agency audits will be undertaken;",
        ),
        ("li", "where the safeguarding partners' annual report will be published."),
    ],
    # Requirements met only in tables; a sentence split across a page break; two columns; OCR slips.
    "hc-layout": [
        ("title", "Dudlev and Northshire Safequarding Partnership Arrangements"),
        ("h1", "1. Who we are"),
        (
            "p",
            "The Northshire Safequarding Children Partnership Executive meets every two months and is "
            "accountable for the arrangements.",
        ),
        (
            "p",
            "The safeguarding partners are Northshire County Council, Dudlev Clinical Commissioning Group and "
            "Northshire Police.",
        ),
        ("h1", "2. Independent scrutiny"),
        (
            "table",
            None,
            [
                (
                    "Independent Scrutineer",
                    "Dr Jane Smith, appointed by the partners in 2023 to scrutinise the "
                    "effectiveness of the arrangements",
                ),
                ("Review of the arrangements", "The scrutineer reviews the effectiveness of the arrangements annually"),
                (
                    "Recommendations",
                    "Recommendations are taken forward through an action plan monitored by the Executive",
                ),
            ],
        ),
        ("h1", "3. Funding"),
        (
            "table",
            ("Partner", "Contribution 2024/25"),
            [
                ("Northshire County Council", "£180,000"),
                ("Dudlev Clinical Commissioning Group", "£120,000"),
                ("Northshire Police", "£60,000"),
            ],
        ),
        ("h1", "4. Yearly report"),
        ("p", "The yearly report is published each autumn on the partnership"),
        ("pagebreak",),
        ("p", "website at www.northshirescp.org.uk/yearly-report."),
        ("h1", "5. Data and training"),
        (
            "columns",
            [
                "The multi-agency dataset, including early help measures, is reviewed quarterly by the Quality "
                "Assurance sub-group.",
                "The partnership commissions a multi-agency training programme based on a training needs analysis.",
                "The impact of training is evaluated through follow-up questionnaires three months later.",
                "A programme of multi-agency case file audits is undertaken by the Quality Assurance sub-group.",
            ],
        ),
    ],
}


def _more_cases() -> None:
    """Cases kept in their own modules (``hardcases_*.py`` beside this one, each with a
    ``CASES`` dict in the same item format) join the set; a name may be defined once."""
    here = Path(__file__).resolve().parent
    if str(here) not in sys.path:
        sys.path.insert(0, str(here))
    import importlib

    for module in sorted(here.glob("hardcases_*.py")):
        extra = importlib.import_module(module.stem).CASES
        clash = set(extra) & set(CASES)
        if clash:
            raise ValueError(f"{module.name}: hard case(s) defined twice: {sorted(clash)}")
        CASES.update(extra)


_more_cases()


def to_document(name: str, items: list[tuple], kind: str = "arrangements") -> Document:
    """The blocks a perfect reader would produce."""
    blocks: list[Block] = []
    path: list[str] = []
    page = 1
    for item in items:
        tag = item[0]
        if tag == "title":
            blocks.append(Block("title", item[1], page))
        elif tag == "toc":
            blocks.append(Block("heading", "Contents", page, ("Contents",), 1))
            for entry, p in item[1]:
                blocks.append(Block("toc_entry", f"{entry} .......... {p}", page, ("Contents",)))
        elif tag in ("h1", "h2"):
            level = 1 if tag == "h1" else 2
            path = path[: level - 1] + [item[1]]
            blocks.append(Block("heading", item[1], page, tuple(path), level))
        elif tag in ("p", "li"):
            blocks.append(Block("paragraph" if tag == "p" else "list_item", item[1], page, tuple(path)))
        elif tag == "columns":
            for text in item[1]:
                blocks.append(Block("paragraph", text, page, tuple(path)))
        elif tag == "table":
            header, rows = item[1], item[2]
            if header:
                blocks.append(Block("table_row", " | ".join(header), page, tuple(path), cells=tuple(header)))
            for row in rows:
                blocks.append(
                    Block(
                        "table_row",
                        " | ".join(row),
                        page,
                        tuple(path),
                        cells=tuple(row),
                        header_cells=tuple(header) if header else None,
                    )
                )
        elif tag == "footnote":
            blocks.append(Block("footnote", item[1], page, tuple(path)))
        elif tag == "pagebreak":
            page += 1
    from masa_check.sources.doc_facts import infer_facts

    facts = infer_facts(blocks)  # the date, cohort and guidance, as a real reader infers them
    doc = Document(
        path=f"<{name}>",
        source="pdf",
        kind=kind,
        cohort=facts.get("cohort") or "children",
        date=facts.get("date"),
        blocks=blocks,
        guidance=facts.get("guidance"),
        page_count=page,
    )
    doc.review_date = facts.get("review_date")
    doc.facts = facts
    return doc


def _running_header(items: list[tuple]) -> str:
    """What a real document repeats at the top of its pages: its own title."""
    return next((item[1] for item in items if item[0] == "title"), "Northshire Safeguarding Partnership")


def to_docx(items: list[tuple], out: Path) -> None:
    import docx
    from docx.enum.text import WD_BREAK

    d = docx.Document()
    section = d.sections[0]
    section.header.paragraphs[0].text = _running_header(items)
    section.footer.paragraphs[0].text = "Official"
    last = None
    for item in items:
        kind = item[0]
        if kind == "title":
            d.add_paragraph(item[1], style="Title")
        elif kind == "toc":
            d.add_paragraph("Contents", style="Heading 1")
            for entry, p in item[1]:
                d.add_paragraph(f"{entry}\t{p}", style="TOC 1" if "TOC 1" in [s.name for s in d.styles] else None)
        elif kind in ("h1", "h2"):
            d.add_paragraph(item[1], style="Heading 1" if kind == "h1" else "Heading 2")
        elif kind == "p":
            last = d.add_paragraph(item[1])
        elif kind == "li":
            d.add_paragraph(item[1], style="List Bullet")
        elif kind == "columns":
            for text in item[1]:
                d.add_paragraph(text)
        elif kind == "table":
            header, rows = item[1], item[2]
            ncols = len(rows[0])
            t = d.add_table(rows=0, cols=ncols)
            t.style = "Table Grid"
            for r in ([header] if header else []) + list(rows):
                cells = t.add_row().cells
                for c, text in zip(cells, r, strict=True):
                    c.text = text
        elif kind == "footnote":
            pass  # python-docx cannot write the footnotes part; the case is left out of the DOCX
        elif kind == "pagebreak":
            if last is not None:
                last.add_run().add_break(WD_BREAK.PAGE)
            else:
                d.add_page_break()
        if kind != "p":
            last = None
    d.save(str(out))


_WEB_TOP = (
    "<!DOCTYPE html><html lang='en-GB'><head><meta charset='utf-8'><title>{title} | Northshire Partnership</title>"
    "</head><body><a class='skip-link' href='#main'>Skip to main content</a>"
    "<div class='cookie-banner'><p>We use cookies to understand how the partnership's site is used.</p>"
    "<button>Accept</button></div><header class='site-header'><p>Northshire Safeguarding Partnership</p>"
    "<nav aria-label='Main'><ul><li><a href='/'>Home</a></li><li><a href='/arrangements'>Our arrangements</a></li>"
    "<li><a href='/scrutiny'>Independent scrutiny</a></li><li><a href='/reviews'>Practice reviews</a></li></ul>"
    "</nav></header><nav class='breadcrumbs' aria-label='Breadcrumb'><ol><li>Home</li><li>Documents</li></ol></nav>"
    "<main id='main'><article>"
)
_WEB_BOTTOM = (
    "<div class='share-this'><h2>Share this page</h2><a href='#'>Email</a></div></article>"
    "<aside><h2>Related pages</h2><ul><li><a href='/threshold'>Threshold document</a></li>"
    "<li><a href='/annual-report'>Yearly report</a></li></ul></aside></main>"
    "<footer class='site-footer'><p>The safeguarding partners are the council, the integrated care board and the"
    " police.</p></footer></body></html>"
)


def _slug(text: str) -> str:
    return re.sub(r"[^a-z0-9]+", "-", text.lower()).strip("-")[:40] or "section"


def to_html(items: list[tuple], out: Path) -> None:
    """The case as a page of a partnership's site: the text in <main>, with the site's chrome
    (cookie banner, menu, breadcrumbs, share and related links, footer) around it. The title is
    the page's one h1; h1 and h2 items are h2 and h3 in sections with ids."""
    from html import escape

    title = _running_header(items)
    parts = [_WEB_TOP.format(title=escape(title))]
    in_list = False
    for item in items:
        kind = item[0]
        if kind != "li" and in_list:
            parts.append("</ul>")
            in_list = False
        if kind == "title":
            parts.append(f"<h1>{escape(item[1])}</h1>")
        elif kind == "toc":
            parts.append("<h2>Contents</h2><ul>" + "".join(f"<li>{escape(e)}</li>" for e, _ in item[1]) + "</ul>")
        elif kind == "h1":
            parts.append(f"<h2 id='{_slug(item[1])}'>{escape(item[1])}</h2>")
        elif kind == "h2":
            parts.append(f"<h3 id='{_slug(item[1])}'>{escape(item[1])}</h3>")
        elif kind == "p":
            parts.append(f"<p>{escape(item[1])}</p>")
        elif kind == "li":
            if not in_list:
                parts.append("<ul>")
                in_list = True
            parts.append(f"<li>{escape(item[1])}</li>")
        elif kind == "columns":
            parts += [f"<p>{escape(t)}</p>" for t in item[1]]
        elif kind == "table":
            header, rows = item[1], item[2]
            head = "<thead><tr>" + "".join(f"<th>{escape(c)}</th>" for c in header) + "</tr></thead>" if header else ""
            body = "".join("<tr>" + "".join(f"<td>{escape(c)}</td>" for c in r) + "</tr>" for r in rows)
            parts.append(f"<table>{head}<tbody>{body}</tbody></table>")
        # footnotes and page breaks have no place on a web page
    if in_list:
        parts.append("</ul>")
    parts.append(_WEB_BOTTOM)
    out.write_text("".join(parts), encoding="utf-8")


def _md_line(text: str) -> str:
    """A paragraph that markdown must not read as a list, heading or quote."""
    text = text.replace("|", "\\|")
    return re.sub(r"^(\d+)([.)]\s)", r"\1\\\2", re.sub(r"^([-*+#>]\s?)", r"\\\1", text))


def to_markdown(items: list[tuple], out: Path) -> None:
    """The case as a static site's markdown page: front matter, '#' title, '##' and '###' sections."""
    lines = ["---", f"title: {json.dumps(_running_header(items))}", "layout: page", "---", ""]
    for item in items:
        kind = item[0]
        if kind != "li" and lines and lines[-1].startswith("- "):
            lines.append("")
        if kind == "title":
            lines += [f"# {item[1]}", ""]
        elif kind == "toc":
            lines += ["## Contents", "", *(f"- {e}" for e, _ in item[1]), ""]
        elif kind in ("h1", "h2"):
            lines += [f"{'##' if kind == 'h1' else '###'} {item[1]}", ""]
        elif kind == "p":
            lines += [_md_line(item[1]), ""]
        elif kind == "li":
            lines.append(f"- {item[1]}")
        elif kind == "columns":
            for t in item[1]:
                lines += [t, ""]
        elif kind == "table":
            header, rows = item[1], item[2]
            cols = len(rows[0])

            def row(cells) -> str:
                return "| " + " | ".join(c.replace("|", "\\|") for c in cells) + " |"

            lines += [row(header or [""] * cols), "|" + "---|" * cols, *(row(r) for r in rows), ""]
    out.write_text("\n".join(lines) + "\n", encoding="utf-8")


def to_pdf(items: list[tuple], out: Path) -> bool:
    try:
        from reportlab.lib.pagesizes import A4
        from reportlab.lib.styles import getSampleStyleSheet
        from reportlab.lib.units import cm
        from reportlab.platypus import (
            BaseDocTemplate,
            Frame,
            FrameBreak,
            NextPageTemplate,
            PageBreak,
            PageTemplate,
            Paragraph,
            Table,
            TableStyle,
        )
    except ImportError:
        return False
    from xml.sax.saxutils import escape

    from reportlab.platypus import Flowable

    styles = getSampleStyleSheet()
    width, height = A4

    class _Footnote(Flowable):
        """Drawn at the foot of the page it falls on: a short rule, then small text."""

        def __init__(self, text):
            super().__init__()
            self.text = text

        def wrap(self, aw, ah):
            return 0, 0

        def draw(self):
            x, y = self.canv.absolutePosition(0, 0)
            c = self.canv
            c.saveState()
            c.translate(-x, -y)
            c.setLineWidth(0.5)
            c.line(2 * cm, 2.1 * cm, 6 * cm, 2.1 * cm)
            c.setFont("Helvetica", 7)
            c.drawString(2 * cm, 1.7 * cm, self.text)
            c.restoreState()

    running = _running_header(items)

    def furniture(canvas, doc):
        canvas.saveState()
        canvas.setFont("Helvetica", 8)
        canvas.drawString(2 * cm, height - 1.2 * cm, running)
        canvas.drawString(2 * cm, 1.0 * cm, "Official")
        canvas.drawRightString(width - 2 * cm, 1.0 * cm, f"Page {doc.page}")
        canvas.restoreState()

    one = Frame(2 * cm, 2 * cm, width - 4 * cm, height - 4 * cm, id="one")
    colw = (width - 4 * cm - 1 * cm) / 2
    left = Frame(2 * cm, 2 * cm, colw, height - 4 * cm, id="left")
    right = Frame(2 * cm + colw + 1 * cm, 2 * cm, colw, height - 4 * cm, id="right")
    doc = BaseDocTemplate(str(out), pagesize=A4)
    doc.addPageTemplates(
        [
            PageTemplate(id="one", frames=[one], onPage=furniture),
            PageTemplate(id="two", frames=[left, right], onPage=furniture),
        ]
    )
    story = []
    for item in items:
        kind = item[0]
        if kind == "title":
            story.append(Paragraph(escape(item[1]), styles["Title"]))
        elif kind == "toc":
            story.append(Paragraph("Contents", styles["Heading1"]))
            for entry, p in item[1]:
                story.append(Paragraph(escape(f"{entry} {'.' * 40} {p}"), styles["Normal"]))
        elif kind in ("h1", "h2"):
            story.append(Paragraph(escape(item[1]), styles["Heading1" if kind == "h1" else "Heading2"]))
        elif kind == "p":
            story.append(Paragraph(escape(item[1]), styles["BodyText"]))
        elif kind == "li":
            story.append(Paragraph("\u2022 " + escape(item[1]), styles["BodyText"]))
        elif kind == "footnote":
            story.append(_Footnote(item[1]))
        elif kind == "table":
            header, rows = item[1], item[2]
            data = [[Paragraph(escape(c), styles["BodyText"]) for c in r] for r in ([header] if header else []) + rows]
            t = Table(data, colWidths=[5 * cm, width - 9 * cm])
            t.setStyle(TableStyle([("GRID", (0, 0), (-1, -1), 0.5, "black"), ("VALIGN", (0, 0), (-1, -1), "TOP")]))
            story.append(t)
        elif kind == "pagebreak":
            story.append(PageBreak())
        elif kind == "columns":
            story.append(NextPageTemplate("two"))
            story.append(PageBreak())
            half = (len(item[1]) + 1) // 2
            for k, text in enumerate(item[1]):
                if k == half:
                    story.append(FrameBreak())
                story.append(Paragraph(escape(text), styles["BodyText"]))
            story.append(NextPageTemplate("one"))
    doc.build(story)
    return True


def documents() -> dict[str, Document]:
    return {name: to_document(name, items) for name, items in CASES.items()}


def render(outdir: Path) -> list[Path]:
    outdir.mkdir(parents=True, exist_ok=True)
    written = []
    for name, items in CASES.items():
        p = outdir / f"{name}.docx"
        to_docx(items, p)
        written.append(p)
        p = outdir / f"{name}.pdf"
        if to_pdf(items, p):
            written.append(p)
    return written


if __name__ == "__main__":
    for p in render(Path(sys.argv[1] if len(sys.argv) > 1 else "benchmarks/out")):
        print(p)
