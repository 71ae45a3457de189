"""One fictional partnership's arrangements, written for these tests, rendered as a saved web page
(with the site's chrome around it), markdown, plain text and DOCX, so the tests can check that
every format gives the same verdicts and that the chrome never becomes evidence.

The committed renderings live in tests/data/web/; regenerate them with
``python tests/web_documents.py`` after editing ITEMS (a test checks they are current).
"""

from __future__ import annotations

import html
from pathlib import Path

DATA = Path(__file__).parent / "data" / "web"
STEM = "hollowmere-arrangements"

#: (kind, text, id) for headings; ("p", text); ("li", text); ("table", header, rows).
#: "hs" is a sub-heading the web page writes as a bold-only paragraph.
ITEMS: list[tuple] = [
    ("h1", "Multi-agency safeguarding arrangements", "top"),
    ("p", "Hollowmere Safeguarding Children Partnership. Published 2 September 2024."),
    (
        "p",
        "This document sets out how the safeguarding partners in Hollowmere work together under Working "
        "Together to Safeguard Children 2023. These arrangements will be reviewed by 30 September 2025.",
    ),
    ("h2", "Our area", "area"),
    (
        "p",
        "The arrangements cover the administrative area of Hollowmere Borough Council, including the towns "
        "of Easton Weir and Marrowby and the surrounding villages.",
    ),
    ("h2", "Lead and delegated safeguarding partners", "partners"),
    ("p", "The lead safeguarding partners for Hollowmere are:"),
    ("li", "the Chief Executive of Hollowmere Borough Council, Priya Raman;"),
    ("li", "the Chief Executive of NHS Fenmoor Integrated Care Board, Daniel Okafor;"),
    ("li", "the Chief Constable of Fenmoor Police, Helen Strand."),
    (
        "p",
        "Each lead safeguarding partner has appointed a delegated safeguarding partner to act for them in "
        "the day-to-day running of the partnership:",
    ),
    (
        "table",
        ("Agency", "Delegated safeguarding partner", "Job title"),
        [
            ("Hollowmere Borough Council", "Tom Achebe", "Director of Children's Services"),
            ("NHS Fenmoor Integrated Care Board", "Sarah Lund", "Chief Nursing Officer"),
            ("Fenmoor Police", "Mark Ellery", "Assistant Chief Constable"),
        ],
    ),
    ("h2", "How we work together", "governance"),
    (
        "p",
        "The Safeguarding Executive is the joint strategic group of the three partners. It meets every "
        "two months, sets the partnership's priorities and holds the sub-groups to account for their "
        "work plans.",
    ),
    (
        "p",
        "Local needs and priorities are identified each year from the joint strategic needs assessment, "
        "our multi-agency dataset, audit findings and the learning from reviews, and the Executive agrees "
        "the actions to address them.",
    ),
    ("hs", "Partnership chair", "chair"),
    (
        "p",
        "The Executive is chaired by the Director of Children's Services, Tom Achebe, chosen by the lead "
        "safeguarding partners for a two-year term. The chair leads the Executive's meetings, agrees its "
        "agendas and makes sure the partners' decisions are carried out.",
    ),
    ("h2", "Independent scrutiny", "scrutiny"),
    (
        "p",
        "Our independent scrutineer is Dr Alison Marsh, appointed by the lead safeguarding partners in "
        "2023. She provides support and challenge to the partners, gives assurance on the effectiveness "
        "of the arrangements, and makes sure the voice of children and families is heard.",
    ),
    (
        "p",
        "The scrutineer reports her findings and recommendations to the Safeguarding Executive twice a "
        "year, and the Executive agrees an action plan in response and tracks it to completion.",
    ),
    ("h2", "Child safeguarding practice reviews", "reviews"),
    (
        "p",
        "When a serious child safeguarding incident is notified, the Case Review Group holds a rapid "
        "review within 15 working days and recommends to the delegated safeguarding partners whether a "
        "local child safeguarding practice review should be commissioned.",
    ),
    (
        "p",
        "The delegated safeguarding partners decide, commission an independent reviewer and publish the "
        "final report on the partnership website, sending it to the Child Safeguarding Practice Review "
        "Panel and the Secretary of State at least seven working days before publication.",
    ),
    ("h2", "Relevant agencies", "agencies"),
    (
        "p",
        "The partners have named as relevant agencies the schools, colleges and early years settings in "
        "Hollowmere, Fenmoor Community Health NHS Trust, the probation service and the youth justice "
        "service, because they work directly with children and families and hold information the "
        "partners need. They take part through the sub-groups and an annual assurance return.",
    ),
    ("h2", "Education and childcare settings", "education"),
    (
        "p",
        "Two head teachers and a college principal sit on the Safeguarding Executive, so education is "
        "part of strategic decision-making. Operationally, designated safeguarding leads meet each term in "
        "the education safeguarding forum, which reports to the Executive.",
    ),
    ("h2", "The voice of children and families", "voice"),
    (
        "p",
        "Children and families are heard through the Hollowmere Youth Council, an annual survey of "
        "children in schools and the involvement of families in practice reviews and audits.",
    ),
    ("h2", "Funding", "funding"),
    (
        "p",
        "The partners agree a shared budget each year. For 2024 to 2025 the contributions are:",
    ),
    (
        "table",
        ("Partner", "Contribution 2024 to 2025"),
        [
            ("Hollowmere Borough Council", "£180,000"),
            ("NHS Fenmoor Integrated Care Board", "£120,000"),
            ("Fenmoor Police", "£60,000"),
        ],
    ),
    ("h2", "Training and multi-agency audits", "training"),
    (
        "p",
        "The Learning and Development sub-group commissions the multi-agency training programme from a "
        "yearly training needs analysis, and courses are delivered by trainers from the partner agencies.",
    ),
    (
        "p",
        "The impact of training is evaluated three months after each course through a follow-up survey "
        "of attendees and their managers.",
    ),
    (
        "p",
        "The Quality Assurance sub-group runs a programme of multi-agency case audits, four themes a "
        "year, and reports its findings to the Executive.",
    ),
    ("h2", "Threshold document", "threshold"),
    (
        "p",
        "Our threshold document, Meeting Needs in Hollowmere, describes the levels of need and how to "
        "get help. It was revised in 2024 to align with these arrangements and was signed off by the lead "
        "safeguarding partners.",
    ),
    ("h2", "Yearly report", "yearly-report"),
    (
        "p",
        "The partners will publish a yearly report on the partnership website, www.hollowmerescp.org.uk, "
        "each autumn, and send it to the Child Safeguarding Practice Review Panel.",
    ),
    ("h2", "Sign-off", "sign-off"),
    (
        "p",
        "These arrangements were signed off by the lead safeguarding partners on 28 August 2024.",
    ),
]

#: Phrases that appear only in the web page's chrome: none may ever be quoted as evidence.
CHROME_PHRASES = [
    "We use cookies",
    "Skip to main content",
    "Worried about a child",
    "You are here",
    "Share this page",
    "Related pages",
    "Was this page useful",
    "Site map",
    "led jointly by Hollowmere Borough Council",
    "independent scrutineer's latest report",
    "Threshold guidance for professionals",
    "Accept all cookies",
    "Sign up to our newsletter",
]

_NAV = """\
<nav class="site-nav" aria-label="Main menu">
  <ul>
    <li><a href="/">Home</a></li>
    <li><a href="/about">About the partnership</a></li>
    <li><a href="/arrangements">Safeguarding arrangements</a></li>
    <li><a href="/scrutiny">Independent scrutiny and the scrutineer</a></li>
    <li><a href="/reviews">Child safeguarding practice reviews</a></li>
    <li><a href="/training">Multi-agency training</a></li>
    <li><a href="/annual-report">Yearly report</a></li>
  </ul>
</nav>"""

_TOP = f"""\
<!DOCTYPE html>
<html lang="en-GB">
<head>
<meta charset="utf-8">
<title>Safeguarding arrangements | Hollowmere Safeguarding Children Partnership</title>
<meta name="viewport" content="width=device-width, initial-scale=1">
<link rel="stylesheet" href="/assets/site.css">
<style>.cookie-banner {{ position: fixed; bottom: 0; }}</style>
<script>window.dataLayer = window.dataLayer || []; function gtag() {{ dataLayer.push(arguments); }}</script>
</head>
<body class="page-arrangements">
<a class="skip-link" href="#main-content">Skip to main content</a>
<div class="cookie-banner" id="cookie-consent" role="region" aria-label="Cookie banner">
  <p>We use cookies to make this site work and to understand how it is used. The partnership's
  privacy notice explains how we share information with the safeguarding partners.</p>
  <button type="button">Accept all cookies</button> <button type="button">Reject optional cookies</button>
</div>
<header class="site-header">
  <div class="logo"><a href="/"><img src="/assets/logo.svg" alt="Hollowmere Safeguarding Children Partnership"></a></div>
  <p class="alert-strip">Worried about a child? Call the children's front door on 01632 960 000, or 999 in an emergency.</p>
  <form class="site-search" action="/search"><label for="q">Search</label><input id="q" name="q"><button>Search</button></form>
{_NAV}
</header>
<div class="page-wrapper">
<nav class="breadcrumbs" aria-label="Breadcrumb">
  <p>You are here:</p>
  <ol><li><a href="/">Home</a></li><li><a href="/about">About the partnership</a></li><li>Safeguarding arrangements</li></ol>
</nav>
<main id="main-content">
<article class="page-content">
"""

_BOTTOM = """\
<div class="share-links">
  <h2>Share this page</h2>
  <ul><li><a href="#">Facebook</a></li><li><a href="#">LinkedIn</a></li><li><a href="#">Email</a></li></ul>
</div>
</article>
<aside class="related">
  <h2>Related pages</h2>
  <ul>
    <li><a href="/threshold">Threshold guidance for professionals</a></li>
    <li><a href="/scrutiny">The independent scrutineer's latest report</a></li>
    <li><a href="/training">Book multi-agency training courses</a></li>
  </ul>
</aside>
<form class="page-feedback"><p>Was this page useful?</p><button>Yes</button><button>No</button></form>
</main>
</div>
<footer class="site-footer">
  <p>The Hollowmere Safeguarding Children Partnership is led jointly by Hollowmere Borough Council,
  NHS Fenmoor Integrated Care Board and Fenmoor Police. The independent scrutineer's latest report
  and the child safeguarding practice reviews we have published are on this site.</p>
  <ul><li><a href="/accessibility">Accessibility</a></li><li><a href="/privacy">Privacy</a></li><li><a href="/sitemap">Site map</a></li></ul>
  <div class="newsletter"><h2>Sign up to our newsletter</h2><p>News about training and reviews, once a month.</p></div>
</footer>
<script src="/assets/site.js"></script>
</body>
</html>
"""


def _e(text: str) -> str:
    return html.escape(text, quote=False)


def to_html() -> str:
    """The saved page: the site's chrome around an article of sections with ids."""
    out = [_TOP]
    open_section = False
    list_open = False
    for item in ITEMS:
        kind = item[0]
        if kind != "li" and list_open:
            out.append("</ul>\n")
            list_open = False
        if kind == "h1":
            out.append(f'<h1 id="{item[2]}">{_e(item[1])}</h1>\n')
        elif kind == "h2":
            if open_section:
                out.append("</section>\n")
            out.append(f'<section id="{item[2]}">\n<h2>{_e(item[1])}</h2>\n')
            open_section = True
        elif kind == "hs":
            out.append(f'<p id="{item[2]}"><strong>{_e(item[1])}</strong></p>\n')
        elif kind == "p":
            out.append(f"<p>{_e(item[1])}</p>\n")
        elif kind == "li":
            if not list_open:
                out.append("<ul>\n")
                list_open = True
            out.append(f"  <li>{_e(item[1])}</li>\n")
        elif kind == "table":
            head = "".join(f'<th scope="col">{_e(c)}</th>' for c in item[1])
            body = "".join("<tr>" + "".join(f"<td>{_e(c)}</td>" for c in row) + "</tr>\n" for row in item[2])
            out.append(f"<table>\n<thead><tr>{head}</tr></thead>\n<tbody>\n{body}</tbody>\n</table>\n")
    if list_open:
        out.append("</ul>\n")
    if open_section:
        out.append("</section>\n")
    out.append(_BOTTOM)
    return "".join(out)


def to_markdown() -> str:
    out = [
        "---",
        "title: Multi-agency safeguarding arrangements",
        "layout: page",
        "permalink: /arrangements/",
        "---",
        "",
    ]
    for item in ITEMS:
        kind = item[0]
        if kind == "h1":
            out += [f"# {item[1]}", ""]
        elif kind == "h2":
            out += [f"## {item[1]}", ""]
        elif kind == "hs":
            out += [f"### {item[1]}", ""]
        elif kind == "p":
            out += [item[1], ""]
        elif kind == "li":
            out.append(f"- {item[1]}")
        elif kind == "table":
            if out and out[-1].startswith("- "):
                out.append("")
            out.append("| " + " | ".join(item[1]) + " |")
            out.append("|" + "---|" * len(item[1]))
            out += ["| " + " | ".join(r) + " |" for r in item[2]]
            out.append("")
    return "\n".join(_blank_after_lists(out)).rstrip() + "\n"


def _blank_after_lists(lines: list[str]) -> list[str]:
    out: list[str] = []
    for line in lines:
        if out and out[-1].startswith("- ") and line and not line.startswith("- "):
            out.append("")
        out.append(line)
    return out


def _wrap(text: str, width: int = 88) -> list[str]:
    import textwrap

    return textwrap.wrap(text, width) or [""]


def to_text() -> str:
    """Plain text as someone would type it: an underlined title, numbered section headings,
    hard-wrapped paragraphs, bullets and tab-separated tables."""
    out: list[str] = []
    number = 0
    for item in ITEMS:
        kind = item[0]
        if kind == "h1":
            out += [item[1], "=" * len(item[1]), ""]
        elif kind == "h2":
            number += 1
            out += [f"{number}. {item[1]}", ""]
        elif kind == "hs":
            out += [item[1], ""]
        elif kind == "p":
            out += [*_wrap(item[1]), ""]
        elif kind == "li":
            out.append(f"\u2022 {item[1]}")
        elif kind == "table":
            if out and out[-1].startswith("\u2022"):
                out.append("")
            out += ["\t".join(item[1]), *("\t".join(r) for r in item[2]), ""]
    return "\n".join(_blank_after_bullets(out)).rstrip() + "\n"


def _blank_after_bullets(lines: list[str]) -> list[str]:
    out: list[str] = []
    for line in lines:
        if out and out[-1].startswith("\u2022") and line and not line.startswith("\u2022"):
            out.append("")
        out.append(line)
    return out


def to_docx(path: Path) -> Path:
    """The same text as a Word document with heading styles."""
    import docx

    d = docx.Document()
    for item in ITEMS:
        kind = item[0]
        if kind == "h1":
            d.add_paragraph(item[1], style="Heading 1")
        elif kind == "h2":
            d.add_paragraph(item[1], style="Heading 2")
        elif kind == "hs":
            d.add_paragraph(item[1], style="Heading 3")
        elif kind == "p":
            d.add_paragraph(item[1])
        elif kind == "li":
            d.add_paragraph(item[1], style="List Bullet")
        elif kind == "table":
            t = d.add_table(rows=0, cols=len(item[1]))
            t.style = "Table Grid"
            for k, row in enumerate([item[1], *item[2]]):
                cells = t.add_row().cells
                for c, text in zip(cells, row, strict=True):
                    c.text = text
                    if k == 0:
                        for r in c.paragraphs[0].runs:
                            r.bold = True
    d.save(str(path))
    return path


def renderings() -> dict[str, str]:
    return {f"{STEM}.html": to_html(), f"{STEM}.md": to_markdown(), f"{STEM}.txt": to_text()}


def write_all(folder: Path = DATA) -> None:
    folder.mkdir(parents=True, exist_ok=True)
    for name, text in renderings().items():
        (folder / name).write_text(text, encoding="utf-8")
    to_docx(folder / f"{STEM}.docx")


if __name__ == "__main__":
    write_all()
    print(f"wrote {', '.join(sorted(renderings()))} and {STEM}.docx to {DATA}")
