"""Saved web pages: the same blocks as a PDF/DOCX would give, with the site's chrome left out."""

from __future__ import annotations

import time

import pytest

import web_documents as wd
from masa_check.errors import InputError
from masa_check.sources import cache, html_reader, load_document
from masa_check.sources.html_reader import WebPage, blocks_from_html, document_from_pages, read_html

PAGE = wd.DATA / f"{wd.STEM}.html"


def page(body: str, head: str = "") -> WebPage:
    return WebPage(url="p.html", html=f"<!DOCTYPE html><html><head>{head}</head><body>{body}</body></html>".encode())


def texts(body: str, **kw) -> list[str]:
    return [b.text for b in blocks_from_html(page(body, **kw))]


@pytest.fixture(autouse=True)
def _cache(tmp_path, monkeypatch):
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "cache"))


# --- the Hollowmere page -------------------------------------------------------------------------


def test_fixture_page_reads_headings_paragraphs_lists_and_tables():
    blocks = blocks_from_html(WebPage(url="hollowmere.html", html=PAGE.read_bytes()))
    assert (blocks[0].role, blocks[0].text) == ("title", "Multi-agency safeguarding arrangements")  # the one h1
    headings = [(b.level, b.text) for b in blocks if b.role == "heading"]
    assert headings[0] == (2, "Our area") and (2, "Funding") in headings
    assert (3, "Partnership chair") in headings  # a bold-only paragraph under "How we work together"
    lis = [b.text for b in blocks if b.role == "list_item"]
    assert lis[0] == "the Chief Executive of Hollowmere Borough Council, Priya Raman;"
    rows = [b for b in blocks if b.role == "table_row"]
    assert rows[0].cells == ("Agency", "Delegated safeguarding partner", "Job title") and rows[0].header_cells is None
    assert rows[1].header_cells == rows[0].cells and rows[1].cells[1] == "Tom Achebe"
    funding = next(b for b in blocks if b.text.startswith("The partners agree a shared budget"))
    assert funding.heading_path == ("Funding",)
    assert funding.url == "hollowmere.html#funding"
    chair = next(b for b in blocks if b.text.startswith("The Executive is chaired"))
    assert chair.url == "hollowmere.html#chair"
    assert all(b.page is None for b in blocks)


def test_fixture_page_keeps_every_chrome_phrase_out():
    blocks = blocks_from_html(WebPage(url="hollowmere.html", html=PAGE.read_bytes()))
    text = "\n".join(b.text for b in blocks)
    for phrase in wd.CHROME_PHRASES:
        assert phrase.lower() not in text.lower(), phrase
    assert "Facebook" not in text and "Accessibility" not in text and "Search" not in text


def test_fixture_page_document_facts():
    doc = read_html(str(PAGE))
    assert doc.source == "html" and doc.kind == "arrangements"
    assert doc.title == "Multi-agency safeguarding arrangements"
    assert doc.guidance == "wt2023" and doc.date is not None and doc.date.year == 2024
    assert doc.page_count is None


# --- chrome --------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "chrome",
    [
        '<nav><a href="/">Home</a> About us</nav>',
        '<div role="navigation">Home About us</div>',
        '<div id="cookie-notice"><p>This site uses cookies.</p></div>',
        '<div class="cc-window cookie-consent">Cookies help us.</div>',
        '<ol class="breadcrumb"><li>Home</li><li>About</li></ol>',
        '<div aria-label="Breadcrumb">Home / About</div>',
        '<a href="#content" class="visually-hidden-focusable">Skip to content</a>',
        '<div class="social-share"><a href="#">Share on X</a></div>',
        '<aside><h2>Related links</h2><a href="#">Other</a></aside>',
        '<ul class="main-menu"><li>Menu item</li></ul>',
        "<form><label>Email</label><input name=e><button>Sign up</button></form>",
        "<script>var x = 'script text';</script><style>p { color: red }</style>",
        '<div hidden>Hidden text</div><div aria-hidden="true">Hidden too</div>',
        '<div style="display: none">Not shown</div>',
        "<header><p>Site banner text</p></header><footer><p>Site footer text</p></footer>",
        '<div role="contentinfo">Copyright text</div>',
        "<noscript>Turn on JavaScript</noscript><template><p>Template text</p></template>",
    ],
)
def test_chrome_is_left_out(chrome):
    out = texts(f"{chrome}<main><h1>Arrangements</h1><p>The partners meet monthly.</p></main>")
    assert out == ["Arrangements", "The partners meet monthly."]


def test_chrome_sections_by_heading_are_left_out():
    out = texts(
        "<main><h1>Arrangements</h1><h2>Funding</h2><p>Each partner pays a share.</p>"
        "<h2>Share this page</h2><p>Facebook Twitter</p>"
        "<h2>Related pages</h2><ul><li>Another page</li></ul></main>"
    )
    assert out == ["Arrangements", "Funding", "Each partner pays a share."]


def test_article_header_and_footer_are_content():
    out = texts(
        "<header>Site name</header><article><header><h1>Yearly report</h1></header>"
        "<p>Body.</p><footer><p>Last updated 3 May 2024.</p></footer></article><article><p>Second.</p></article>"
    )
    assert out == ["Yearly report", "Body.", "Last updated 3 May 2024.", "Second."]


def test_header_class_is_chrome_only_outside_the_content():
    out = texts(
        '<div class="header"><p>Site name and phone number</p></div>'
        '<main><div class="header"><h1>Yearly report</h1></div><p>Body.</p></main>'
        '<div class="footer">Copyright</div><div id="footer">Contact us</div>'
    )
    assert out == ["Yearly report", "Body."]


def test_content_words_in_ids_and_classes_are_not_chrome():
    """Safeguarding pages use words a boilerplate filter would drop: social care, related agencies."""
    out = texts(
        '<main><section id="social-care"><h2 class="heading-social">Social care</h2><p>Text one.</p></section>'
        '<div class="related-agencies"><p>Text two.</p></div><div id="consent"><p>Text three.</p></div></main>'
    )
    assert out == ["Social care", "Text one.", "Text two.", "Text three."]


def test_main_content_is_preferred_over_the_body():
    out = texts('<div class="promo"><p>Promo outside.</p></div><div role="main"><p>Inside.</p></div>')
    assert out[-1] == "Inside." and "Promo outside." not in out


# --- headings, ids, tables -----------------------------------------------------------------------


def test_heading_like_elements():
    blocks = blocks_from_html(
        page(
            "<main><h2>Governance</h2>"
            '<div role="heading" aria-level="3">Executive group</div><p>It meets monthly.</p>'
            '<div class="section-title">Sub-groups</div><p>There are four.</p>'
            "<p><b>Chair</b></p><p>The chair is independent.</p>"
            "<p><strong>This bold sentence is body text.</strong> It goes on.</p></main>"
        )
    )
    heads = [(b.level, b.text) for b in blocks if b.role == "heading"]
    # a heading-like element nests under the last real heading (the aria one is real)
    assert heads == [(2, "Governance"), (3, "Executive group"), (4, "Sub-groups"), (4, "Chair")]
    body = next(b for b in blocks if b.text.startswith("This bold"))
    assert body.role == "paragraph" and body.heading_path == ("Governance", "Executive group", "Chair")


def test_anchor_is_the_nearest_enclosing_or_preceding_id():
    blocks = blocks_from_html(
        page(
            '<main id="main"><p>Intro.</p><a id="funding"></a><h2>Funding</h2><p>Shares.</p>'
            '<section id="scrutiny"><h2>Scrutiny</h2><p>Scrutineer.</p></section>'
            '<h2><a name="voice"></a>Voice</h2><p>Youth council.</p>'
            '<p id="p9">Own id.</p></main>'
        )
    )
    urls = {b.text: b.url for b in blocks}
    assert urls["Intro."] == "p.html#main"
    assert urls["Shares."] == "p.html#funding"
    assert urls["Scrutineer."] == "p.html#scrutiny"
    assert urls["Youth council."] == "p.html#voice"
    assert urls["Own id."] == "p.html#p9"


def test_table_header_from_th_row_and_layout_tables_read_as_text():
    blocks = blocks_from_html(
        page(
            "<main><table><tr><th>Partner</th><th>Share</th></tr><tr><td>Council</td><td>40%</td></tr>"
            "<caption>Budget</caption></table>"
            '<table role="presentation"><tr><td><h2>Left column</h2><p>Body left.</p></td></tr></table></main>'
        )
    )
    rows = [b for b in blocks if b.role == "table_row"]
    assert [r.cells for r in rows] == [("Partner", "Share"), ("Council", "40%")]
    assert rows[1].header_cells == ("Partner", "Share")
    assert [b.text for b in blocks if b.role == "caption"] == ["Budget"]
    assert ("heading", "Left column") in [(b.role, b.text) for b in blocks]


def test_nested_lists_and_inline_markup():
    out = blocks_from_html(
        page(
            "<main><p>Partners are:</p><ul><li>The <a href='/c'>council</a>;<ul><li>its schools</li></ul></li>"
            "<li><p>The police.</p></li></ul><p>Line one<br>line two&nbsp;&amp; more.</p></main>"
        )
    )
    assert [(b.role, b.text) for b in out] == [
        ("paragraph", "Partners are:"),
        ("list_item", "The council;"),
        ("list_item", "its schools"),
        ("list_item", "The police."),
        ("paragraph", "Line one line two & more."),
    ]


def test_several_h1_are_headings_and_one_h1_is_the_title():
    many = blocks_from_html(page("<main><h1>Part one</h1><p>A.</p><h1>Part two</h1><p>B.</p></main>"))
    assert [(b.role, b.level) for b in many if b.text.startswith("Part")] == [("heading", 1), ("heading", 1)]
    late = blocks_from_html(page("<main><h2>Intro</h2><p>A.</p><h1>Late h1</h1><p>B.</p></main>"))
    assert next(b for b in late if b.text == "Late h1").role == "heading"


def test_title_element_names_a_page_without_h1():
    blocks = blocks_from_html(
        page("<main><h2>Funding</h2><p>Text.</p></main>", head="<title>Yearly report | SCP</title>")
    )
    assert (blocks[0].role, blocks[0].text) == ("title", "Yearly report")


def test_declared_and_undeclared_encodings():
    latin = "<html><head><meta charset='windows-1252'></head><body><p>Children\u2019s services</p></body></html>"
    assert [b.text for b in blocks_from_html(WebPage("a.html", latin.encode("cp1252")))] == ["Children's services"]
    utf16 = "\ufeff<html><body><p>Caf\u00e9 \u2013 ok</p></body></html>".encode("utf-16-le")
    assert [b.text for b in blocks_from_html(WebPage("b.html", utf16))] == ["Café - ok"]
    plain = b"<html><body><p>Na\xefve</p></body></html>"  # not UTF-8: read as Windows-1252
    assert [b.text for b in blocks_from_html(WebPage("c.html", plain))] == ["Naïve"]


# --- several pages -------------------------------------------------------------------------------


def _split_fixture() -> list[WebPage]:
    """The Hollowmere page cut into three section pages, each with the site's chrome."""
    text = PAGE.read_text(encoding="utf-8")
    top, rest = text.split('<section id="governance">', 1)
    middle, tail = rest.split('<section id="funding">', 1)
    start = top.index('<h1 id="top">')
    shell_top, shell_bottom = top[:start], tail[tail.index('<div class="share-links">') :]
    pages = [
        top + shell_bottom,
        shell_top + '<section id="governance">' + middle + shell_bottom,
        shell_top + '<section id="funding">' + tail,
    ]
    return [
        WebPage(url=f"https://hollowmerescp.example/arrangements/part-{i}", html=p.encode())
        for i, p in enumerate(pages, 1)
    ]


def test_document_from_pages_reads_pages_in_order_as_one_document():
    pages = _split_fixture()
    doc = document_from_pages(pages, "https://hollowmerescp.example/arrangements")
    single = read_html(str(PAGE))
    assert [b.text for b in doc.blocks] == [b.text for b in single.blocks]
    assert doc.kind == single.kind and doc.title == single.title and doc.source == "html"
    funding = next(b for b in doc.blocks if b.text == "Funding")
    assert funding.url == "https://hollowmerescp.example/arrangements/part-3#funding"
    assert funding.heading_path == ("Funding",)
    with pytest.raises(InputError, match="no web pages"):
        document_from_pages([], "x")


# --- files, sniffing, cache ----------------------------------------------------------------------


def test_file_without_suffix_is_sniffed(tmp_path):
    target = tmp_path / "arrangements"
    target.write_bytes(PAGE.read_bytes())
    doc = load_document(str(target))
    assert doc.source == "html" and doc.title == "Multi-agency safeguarding arrangements"
    other = tmp_path / "page.aspx"
    other.write_bytes(PAGE.read_bytes())
    assert load_document(str(other)).source == "html"


def test_html_saved_as_pdf_still_errors(tmp_path):
    target = tmp_path / "arrangements.pdf"
    target.write_bytes(PAGE.read_bytes())
    with pytest.raises(InputError, match="HTML page, not a PDF"):
        load_document(str(target))


def test_cache_keeps_urls_and_is_keyed_by_path(tmp_path):
    a = tmp_path / "a.html"
    a.write_bytes(PAGE.read_bytes())
    first = read_html(str(a))
    again = read_html(str(a))
    assert [(b.text, b.url) for b in again.blocks] == [(b.text, b.url) for b in first.blocks]
    assert any(p.suffix == ".json" for p in cache.cache_dir().iterdir())
    b = tmp_path / "b.html"
    b.write_bytes(PAGE.read_bytes())
    assert read_html(str(b)).blocks[3].url.startswith(str(b))


# --- bad input -----------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("data", "message"),
    [
        (b"", "is empty"),
        (b"  \n\t ", "is empty"),
        (bytes(range(256)) * 20, "binary data"),
        (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + b"\x00" * 100, "binary data"),
    ],
)
def test_bad_pages_raise_one_line(data, message):
    with pytest.raises(InputError, match=message) as err:
        blocks_from_html(WebPage("bad.html", data))
    assert "\n" not in str(err.value)


def test_too_large_file_and_page(tmp_path, monkeypatch):
    big = tmp_path / "big.html"
    with open(big, "wb") as fh:
        fh.truncate(html_reader.MAX_PAGE_BYTES + 1)  # sparse: the size is refused before reading
    with pytest.raises(InputError, match="too large"):
        read_html(str(big))
    monkeypatch.setattr(html_reader, "MAX_PAGE_BYTES", 100)
    with pytest.raises(InputError, match="too large for a web page"):
        blocks_from_html(page("<p>" + "x" * 200 + "</p>"))


def test_too_many_elements(monkeypatch):
    monkeypatch.setattr(html_reader, "MAX_ELEMENTS", 50)
    with pytest.raises(InputError, match="more than 50 HTML elements"):
        blocks_from_html(page("<p>x</p>" * 60))


def test_deep_nesting_is_read_or_refused_cleanly():
    deep = page("<div>" * 1500 + "<p>Deep text.</p>" + "</div>" * 1500 + "<p>After.</p>")
    assert [b.text for b in blocks_from_html(deep)][-2:] == ["Deep text.", "After."]
    inline = page("<p>" + "<span>" * 1500 + "Inline." + "</span>" * 1500 + "</p>")
    assert [b.text for b in blocks_from_html(inline)] == ["Inline."]
    with pytest.raises(InputError, match="more than 2,048 deep"):
        blocks_from_html(page("<div>" * 3000 + "x"))


def test_entities_are_not_expanded():
    bomb = (
        b'<!DOCTYPE html [<!ENTITY a "aaaaaaaaaa"><!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;">'
        b'<!ENTITY x SYSTEM "file:///etc/passwd">]><html><body><p>&b; &x; text</p></body></html>'
    )
    out = [b.text for b in blocks_from_html(WebPage("bomb.html", bomb))]
    assert out == ["&b; &x; text"]


def test_large_page_is_read_quickly():
    sections = "".join(
        f'<section id="s{i}"><h2>Section {i}</h2>'
        + "".join(
            f"<p>The partners agree item {i}.{j} about <a href='#'>safeguarding</a> children.</p>" for j in range(20)
        )
        + "</section>"
        for i in range(500)
    )
    big = page(f"<main>{sections}</main>")
    start = time.perf_counter()
    blocks = blocks_from_html(big)
    assert len(blocks) == 500 * 21
    assert time.perf_counter() - start < 5


def test_fetched_pages_evidence_links_in_the_html_report():
    """Pages read by URL (as the crawler gives them) cite the URL; the HTML report links to it."""
    import datetime as dt

    from masa_check.engine.packs import Registry
    from masa_check.engine.run import check_document
    from masa_check.reporters import html as html_report
    from masa_check.results import RunResult, Tool

    doc = document_from_pages(_split_fixture(), "https://hollowmerescp.example/arrangements")
    result = check_document(doc, Registry.load(), as_of=dt.date(2025, 1, 15))
    ev = next(r for r in result.results if r.rule_id == "WT23-ARR-20").evidence[0]
    assert ev.url == "https://hollowmerescp.example/arrangements/part-2#scrutiny" and ev.page is None
    out = html_report.render(RunResult(tool=Tool(version="t"), as_of="2025-01-15", documents=[result]))
    assert '<a href="https://hollowmerescp.example/arrangements/part-2#scrutiny" rel="noreferrer">' in out
