"""Saved HTML (and fetched web pages) → blocks, with the site's chrome kept out of evidence.

A page is parsed with lxml's HTML parser (libxml2: no network, no DTD loading, no entity
expansion beyond HTML's own named characters), bounded by size, element count and depth. The
content root is the page's ``<main>`` (or ``role="main"``, or its single ``<article>``, else
``<body>``); navigation, banner and footer landmarks, cookie banners, breadcrumbs, skip links,
share and related-links boxes, menus, forms, scripts and styles are removed before any text is
read, as the PDF reader drops running headers. Every block carries ``url``: the page URL (or
the saved file's name) and ``#id`` of the nearest enclosing section or preceding heading/anchor
that has an id, so evidence can cite ``page.html#funding``.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from masa_check.document import Block, Document
from masa_check.errors import InputError
from masa_check.sources import layout
from masa_check.sources.text_normalise import clean

READER_VERSION = "html-5"  # 4: repeated paragraphs are furniture; 5: numbered contents lists, kind from a cover heading

#: One saved page larger than this is refused (a real page, scripts included, is well under).
MAX_PAGE_BYTES = 20 * 1024 * 1024
#: Elements in one page; a page with more is refused rather than read slowly.
MAX_ELEMENTS = 400_000
#: Nesting deeper than this is read as flat text (no recursion past it).
MAX_DEPTH = 100
#: libxml2's own depth limit with ``huge_tree`` (without it, 256, which some real pages with
#: unclosed tags reach); a page nested deeper is refused rather than read in part.
PARSER_MAX_DEPTH = 2048


@dataclass(frozen=True)
class WebPage:
    """One web page: where it came from, its bytes, and when it was fetched (snapshots)."""

    url: str  # the page URL or file path, cited in evidence
    html: bytes  # as fetched / saved
    fetched: str | None = None  # ISO date-time when fetched (snapshots)


# ---------------------------------------------------------------------------------------------
# Element classes

_HEADING_TAGS = {"h1": 1, "h2": 2, "h3": 3, "h4": 4, "h5": 5, "h6": 6}
#: Elements removed with everything inside them: never content.
_DROP_TAGS = frozenset(
    {
        "script",
        "style",
        "noscript",
        "template",
        "svg",
        "math",
        "iframe",
        "object",
        "embed",
        "canvas",
        "video",
        "audio",
        "map",
        "form",
        "button",
        "select",
        "input",
        "textarea",
        "option",
        "nav",
        "aside",
        "dialog",
        "head",
        "link",
        "meta",
    }
)
_INLINE_TAGS = frozenset(
    {
        "a",
        "abbr",
        "acronym",
        "b",
        "bdi",
        "bdo",
        "big",
        "br",
        "cite",
        "code",
        "data",
        "del",
        "dfn",
        "em",
        "font",
        "i",
        "img",
        "ins",
        "kbd",
        "label",
        "mark",
        "q",
        "s",
        "samp",
        "small",
        "span",
        "strike",
        "strong",
        "sub",
        "sup",
        "time",
        "tt",
        "u",
        "var",
        "wbr",
        "nobr",
        "picture",
        "output",
    }
)
_SECTIONING = frozenset({"article", "section", "main", "aside", "nav"})
_CHROME_ROLES = frozenset(
    {"navigation", "banner", "contentinfo", "search", "complementary", "menu", "menubar", "dialog", "alertdialog"}
)
#: Parts of a class name (split on - and _) that mark site chrome wherever they appear.
_CHROME_PARTS = frozenset(
    {
        "cookie",
        "cookies",
        "cookiebot",
        "onetrust",
        "gdpr",
        "breadcrumb",
        "breadcrumbs",
        "crumbs",
        "skiplink",
        "skiplinks",
        "navbar",
        "nav",
        "navigation",
        "menu",
        "megamenu",
        "masthead",
        "addthis",
        "addtoany",
        "sharethis",
        "pagination",
        "pager",
        "sidebar",
        "offcanvas",
    }
)
#: Whole class names or ids that mark chrome (the parts alone are too common in content:
#: "social care", "related agencies", "feedback from children").
_CHROME_NAMES = frozenset(
    {
        "share",
        "sharing",
        "share-this",
        "share-page",
        "share-links",
        "share-buttons",
        "social",
        "social-links",
        "social-share",
        "social-media",
        "social-icons",
        "related",
        "related-links",
        "related-content",
        "related-pages",
        "related-articles",
        "related-items",
        "skip",
        "skip-link",
        "skip-to-content",
        "skip-to-main",
        "site-header",
        "site-footer",
        "global-header",
        "global-footer",
        "page-footer",
        "back-to-top",
        "print",
        "print-page",
        "newsletter",
        "search",
        "search-form",
        "site-search",
        "feedback-form",
        "page-feedback",
        "was-this-useful",
        "translate",
        "google-translate",
        "accessibility-tools",
    }
)
#: Ids (whole or by part) that mark chrome.
_CHROME_ID_PARTS = frozenset({"cookie", "cookies", "cookiebot", "onetrust", "gdpr", "breadcrumb", "breadcrumbs"})
_CHROME_IDS = _CHROME_NAMES | {"nav", "navigation", "main-nav", "site-nav", "masthead", "sidebar", "menu", "main-menu"}
_HEADINGISH_PARTS = frozenset({"title", "heading", "headline", "subheading", "subtitle"})
_HIDDEN_STYLE = re.compile(r"display\s*:\s*none|visibility\s*:\s*hidden", re.IGNORECASE)
_SPLIT = re.compile(r"[-_]+")
#: A section whose heading announces chrome ("Share this page", "Related links") is dropped.
_CHROME_HEADING = re.compile(
    r"^\s*(?:share\s+(?:this|on|via)\b.*|share|related\s+(?:links|pages|content|articles|stories|news|information|"
    r"topics|services)|you\s+(?:may|might)\s+also\s+(?:like|be\s+interested\s+in)|more\s+in\s+this\s+section|"
    r"in\s+this\s+section|was\s+this\s+page\s+(?:useful|helpful)\??|cookies?(?:\s+(?:on\s+this\s+(?:site|website)|"
    r"settings|preferences))?|follow\s+us|sign\s+up\s+to\s+our\s+newsletter|contact\s+us|quick\s+links|"
    r"popular\s+pages)\s*[:?]?\s*$",
    re.IGNORECASE,
)
_SKIP_LINK = re.compile(r"^\s*skip\s+to\b", re.IGNORECASE)
_TITLE_SPLIT = re.compile(r"\s+[|–—-]\s+|\s+::\s+")
#: A DOCTYPE with an internal subset (entity declarations): libxml2's HTML parser does not
#: expand them, but it would show the subset's tail as text, so the subset is dropped first.
_DOCTYPE_SUBSET = re.compile(rb"<!DOCTYPE[^\[>]*\[.*?\]\s*>", re.IGNORECASE | re.DOTALL)
_META_CHARSET = re.compile(rb"""<meta[^>]+charset\s*=\s*["']?\s*([A-Za-z0-9_.:-]{2,40})""", re.IGNORECASE)


def _tag(el) -> str:
    tag = el.tag
    return tag.lower() if isinstance(tag, str) else ""


def _tokens(value: str | None) -> list[str]:
    return value.lower().split() if value else []


def _chrome_name(name: str) -> bool:
    return name in _CHROME_NAMES or any(p in _CHROME_PARTS for p in _SPLIT.split(name))


def _is_chrome(el, tag: str) -> bool:
    """Site furniture: removed with everything inside it."""
    if tag in _DROP_TAGS:
        return True
    get = el.get
    if get("hidden") is not None or get("aria-hidden") == "true":
        return True
    style = get("style")
    if style and _HIDDEN_STYLE.search(style):
        return True
    role = (get("role") or "").strip().lower()
    if role in _CHROME_ROLES:
        return True
    classes = _tokens(get("class"))
    landmark = (
        tag in ("header", "footer")
        or any(c in ("header", "footer") for c in classes)
        or (get("id") or "").lower() in ("header", "footer")
    )
    if landmark and not any(_tag(a) in _SECTIONING for a in el.iterancestors()):
        return True  # the page's banner / contentinfo, not an article's or the main content's header
    label = (get("aria-label") or "").lower()
    if "breadcrumb" in label or label.startswith(("share", "cookie")):
        return True
    if any(_chrome_name(c) for c in classes):
        return True
    ident = (get("id") or "").lower()
    if ident and (ident in _CHROME_IDS or any(p in _CHROME_ID_PARTS for p in _SPLIT.split(ident))):
        return True
    if tag == "a":
        href = get("href") or ""
        if href.startswith("#") and _SKIP_LINK.match(el.text_content() or ""):
            return True
    return False


# ---------------------------------------------------------------------------------------------
# Parsing


def _decode(data: bytes) -> str:
    """The page's text: BOM, then the declared ``<meta charset>``, then UTF-8, else Windows-1252
    (what browsers assume for an undeclared Western page)."""
    for bom, enc in ((b"\xef\xbb\xbf", "utf-8"), (b"\xff\xfe", "utf-16-le"), (b"\xfe\xff", "utf-16-be")):
        if data.startswith(bom):
            return data[len(bom) :].decode(enc, errors="replace")
    m = _META_CHARSET.search(data[:4096])
    if m:
        enc = m.group(1).decode("ascii").lower()
        if enc in ("iso-8859-1", "latin-1", "latin1", "us-ascii", "ascii"):
            enc = "cp1252"  # as browsers do
        try:
            return data.decode(enc, errors="replace")
        except LookupError:
            pass
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        return data.decode("cp1252", errors="replace")


def _parse(page: WebPage):
    from masa_check.sources.published import looks_binary

    data = page.html
    if not data or not data.strip():
        raise InputError("is empty", path=page.url)
    if len(data) > MAX_PAGE_BYTES:
        raise InputError(
            f"is too large for a web page ({len(data) // (1024 * 1024)} MB; the limit is"
            f" {MAX_PAGE_BYTES // (1024 * 1024)} MB)",
            path=page.url,
        )
    if looks_binary(data):
        raise InputError("is not an HTML page (it looks like binary data)", path=page.url)
    text = _decode(data)
    try:
        from lxml import etree, html
    except ImportError as exc:  # pragma: no cover - lxml comes with python-docx
        raise InputError("reading HTML needs the lxml package (pip install lxml)", path=page.url) from exc
    # huge_tree lifts libxml2's depth limit from 256 to 2048 (and its text-node limit: the page
    # is capped at MAX_PAGE_BYTES already); no_network: nothing is ever fetched while parsing
    parser = html.HTMLParser(
        remove_comments=True, remove_pis=True, no_network=True, huge_tree=True, collect_ids=False, encoding="utf-8"
    )
    raw = text.encode("utf-8", errors="replace")
    head = _DOCTYPE_SUBSET.sub(b"<!DOCTYPE html>", raw[: 64 * 1024], count=1)
    try:
        root = html.document_fromstring(head + raw[64 * 1024 :], parser=parser)
    except (etree.ParserError, etree.XMLSyntaxError, ValueError) as exc:
        reason = str(exc).splitlines()[0][:100] if str(exc) else "empty"
        raise InputError(f"is not a readable HTML page ({reason})", path=page.url) from None
    if any("ERR_RESOURCE_LIMIT" in str(e) or "Excessive depth" in str(e) for e in parser.error_log):
        raise InputError(
            f"nests HTML elements more than {PARSER_MAX_DEPTH:,} deep; refusing to read it (a broken or hostile page?)",
            path=page.url,
        )
    return root


def _strip_chrome(root) -> None:
    """Count the elements (refusing a page with too many) and remove the chrome, keeping the
    text that follows each removed element."""
    doomed = []
    for count, el in enumerate(root.iter(), 1):
        if count > MAX_ELEMENTS:
            raise InputError(f"has more than {MAX_ELEMENTS:,} HTML elements; refusing to read it")
        tag = _tag(el)
        if not tag:
            doomed.append(el)  # comments, processing instructions
        elif _is_chrome(el, tag):
            doomed.append(el)
    for el in doomed:
        if el.getparent() is not None:
            el.drop_tree()


def _content_root(root):
    """The page's main content: ``<main>``/``role=main``, else its single ``<article>``, else the body."""
    for el in root.iter("main"):
        return el
    for el in root.iter():
        if isinstance(el.tag, str) and (el.get("role") or "").lower() == "main":
            return el
    articles = list(root.iter("article"))
    if len(articles) == 1:
        return articles[0]
    for ident in ("main-content", "maincontent", "main", "content"):
        for el in root.iter():
            if isinstance(el.tag, str) and el.get("id") == ident:
                return el
    body = root.find("body")
    return body if body is not None else root


def _page_title(root) -> str | None:
    """The ``<title>``, less the site name after a separator ("Arrangements | Hollowmere SCP")."""
    for el in root.iter("title"):
        text = clean(el.text_content() or "")
        if text:
            return _TITLE_SPLIT.split(text)[0].strip() or text
    return None


# ---------------------------------------------------------------------------------------------
# Walking the content


def _flat_text(el) -> str:
    """All text inside an element, with a space where a block or line break separates words."""
    parts: list[str] = []

    def visit(node, depth: int) -> None:
        if node.text:
            parts.append(node.text)
        for child in node:
            tag = _tag(child)
            if tag and tag not in _INLINE_TAGS or tag == "br":
                parts.append(" ")
            if depth < MAX_DEPTH:
                visit(child, depth + 1)
            else:
                parts.append(child.text_content() or "")
            if tag and tag not in _INLINE_TAGS:
                parts.append(" ")
            if child.tail:
                parts.append(child.tail)

    visit(el, 0)
    return clean("".join(parts))


class _Walker:
    """Turns the content tree into blocks in reading order, tracking the nearest id."""

    def __init__(self, url: str):
        self.url = url
        self.blocks: list[Block] = []
        self.order = 0
        self.ids: list[tuple[int, str]] = []  # ids of the open block ancestors
        self.marker: tuple[int, str] | None = None  # last heading / empty anchor with an id
        self.level = 1  # the last real heading's level (strong-only paragraphs nest under it)

    # -- anchors
    def _anchor(self) -> str:
        best = self.ids[-1] if self.ids else None
        if self.marker and (best is None or self.marker[0] > best[0]):
            best = self.marker
        return f"{self.url}#{best[1]}" if best else self.url

    def _note_marker(self, el) -> None:
        ident = el.get("id") or (el.get("name") if _tag(el) == "a" else None)
        if ident:
            self.order += 1
            self.marker = (self.order, ident)

    def emit(self, role: str, text: str, **kw) -> None:
        text = clean(text)
        if text:
            self.blocks.append(Block(role=role, text=text, url=self._anchor(), **kw))  # type: ignore[arg-type]

    # -- elements
    def block(self, el, role: str, depth: int) -> None:
        tag = _tag(el)
        ident = el.get("id")
        if ident:
            self.order += 1
            self.ids.append((self.order, ident))
        try:
            self._block(el, tag, role, depth)
        finally:
            if ident:
                self.ids.pop()

    def _block(self, el, tag: str, role: str, depth: int) -> None:
        level = _heading_level(el, tag)
        if level is not None:
            self.heading(el, level)
        elif depth >= MAX_DEPTH:
            self.emit(role, _flat_text(el))
        elif tag in ("ul", "ol", "menu", "dir", "li"):
            self.container(el, "list_item", depth)
        elif tag == "table":
            self.table(el, depth)
        elif tag in ("pre", "address"):
            self.emit(role, _flat_text(el))
        elif tag == "figcaption":
            self.emit("caption", _flat_text(el))
        elif tag == "hr":
            return
        elif (tag == "p" and _strong_only(el)) or _headingish(el):
            self.heading(el, min(6, self.level + 1), pseudo=True)
        else:
            self.container(el, role, depth)

    def heading(self, el, level: int, pseudo: bool = False) -> None:
        self._note_marker(el)
        for a in el.iter("a"):
            if a.get("id") or a.get("name"):
                self._note_marker(a)
                break
        if not pseudo:
            self.level = level
        self.emit("heading", _flat_text(el), level=level)

    def container(self, el, role: str, depth: int) -> None:
        """Mixed content: inline runs become one block of ``role``; block children are read in turn."""
        buf: list[str] = []
        if el.text:
            buf.append(el.text)
        for child in el:
            self._child(child, role, depth, buf)
            if child.tail:
                buf.append(child.tail)
        self.emit(role, "".join(buf))

    def _child(self, child, role: str, depth: int, buf: list[str]) -> None:
        tag = _tag(child)
        if tag in _INLINE_TAGS:
            if tag == "br":
                buf.append(" ")
                return
            if not (child.text_content() or "").strip():
                self._note_marker(child)  # <a id="funding"></a> before a heading or paragraph
                return
            self.inline(child, role, depth, buf)
            return
        if tag in ("li",) and role != "list_item":
            role = "list_item"
        self.emit(role, "".join(buf))
        buf.clear()
        self.block(child, role if tag not in ("ul", "ol") else "list_item", depth + 1)

    def inline(self, el, role: str, depth: int, buf: list[str]) -> None:
        """An inline element's text into ``buf``; a block inside it (a ``<div>`` in an ``<a>``)
        ends the run as in a browser."""
        if el.text:
            buf.append(el.text)
        for child in el:
            if depth < MAX_DEPTH:
                self._child(child, role, depth + 1, buf)
            else:
                buf.append(child.text_content() or "")
            if child.tail:
                buf.append(child.tail)

    def table(self, el, depth: int) -> None:
        if _layout_table(el):
            for row in _rows(el):
                for cell in row:
                    if _tag(cell) in ("td", "th"):
                        self.block(cell, "paragraph", depth + 1)
            return
        for cap in el.iterchildren("caption"):
            self.emit("caption", _flat_text(cap))
        header: tuple[str, ...] | None = None
        for row in _rows(el):
            cells = [c for c in row if _tag(c) in ("td", "th")]
            texts = tuple(_flat_text(c) for c in cells)
            if not any(texts):
                continue
            is_header = _tag(row.getparent()) == "thead" or all(_tag(c) == "th" for c in cells)
            is_header = is_header and header is None or (_tag(row.getparent()) == "thead")
            ident = row.get("id")
            if ident:
                self.order += 1
                self.marker = (self.order, ident)
            self.emit(
                "table_row", " | ".join(t for t in texts if t), cells=texts, header_cells=None if is_header else header
            )
            if is_header:
                header = texts


def _rows(table) -> list:
    rows = []
    for child in table:
        tag = _tag(child)
        if tag == "tr":
            rows.append(child)
        elif tag in ("thead", "tbody", "tfoot"):
            rows.extend(r for r in child if _tag(r) == "tr")
    return rows


def _layout_table(table) -> bool:
    """A table used for page layout (cells holding headings, paragraphs or other tables)."""
    if (table.get("role") or "").lower() in ("presentation", "none"):
        return True
    for row in _rows(table):
        for cell in row:
            for d in cell.iter():
                tag = _tag(d)
                if tag in _HEADING_TAGS or tag == "table" and d is not cell:
                    return True
    return False


def _heading_level(el, tag: str) -> int | None:
    if tag in _HEADING_TAGS:
        return _HEADING_TAGS[tag]
    if (el.get("role") or "").lower() == "heading":
        try:
            return max(1, min(6, int(el.get("aria-level") or 2)))
        except ValueError:
            return 2
    return None


def _short(text: str) -> bool:
    return bool(text) and len(text) <= 120 and len(text.split()) <= 16 and not text.endswith((".", ",", ";"))


def _strong_only(p) -> bool:
    """``<p><strong>Funding</strong></p>``: a paragraph that is only bold text, short."""
    if (p.text or "").strip() or len(p) == 0:
        return False
    for child in p:
        if _tag(child) not in ("strong", "b", "br") or (child.tail or "").strip():
            return False
    return _short(_flat_text(p))


def _headingish(el) -> bool:
    """A ``<div class="section-title">`` / ``<p class="heading">`` with a short line of text."""
    classes = _tokens(el.get("class"))
    if not any(part in _HEADINGISH_PARTS for c in classes for part in _SPLIT.split(c)):
        return False
    if any(_tag(d) not in _INLINE_TAGS for d in el.iterdescendants()):
        return False
    return _short(_flat_text(el))


def _drop_chrome_sections(blocks: list[Block]) -> list[Block]:
    """Remove a section headed "Share this page", "Related links" and the like, up to the next
    heading of the same or a higher level."""
    out: list[Block] = []
    skip_level: int | None = None
    for b in blocks:
        if b.role == "heading":
            level = b.level or 1
            if skip_level is not None and level <= skip_level:
                skip_level = None
            if skip_level is None and _CHROME_HEADING.match(b.text):
                skip_level = level
        if skip_level is None:
            out.append(b)
    return out


# ---------------------------------------------------------------------------------------------
# Public API


def blocks_from_html(page: WebPage) -> list[Block]:
    """One page's blocks in reading order, chrome removed, heading paths set, each with ``url``.
    Raises :class:`InputError` (one line) for an empty, binary, too-large or unreadable page."""
    return _page_blocks(page)[0]


def _page_blocks(page: WebPage) -> tuple[list[Block], str | None]:
    """The page's blocks and its ``<title>`` (less the site name)."""
    root = _parse(page)
    title = _page_title(root)
    try:
        _strip_chrome(root)
    except InputError as exc:
        raise InputError(exc.detail, path=page.url) from None
    content = _content_root(root)
    walker = _Walker(page.url)
    walker.block(content, "paragraph", 0)
    blocks = _drop_chrome_sections(walker.blocks)
    if title and not any(b.role == "heading" and b.level == 1 for b in blocks):
        blocks.insert(0, Block(role="title", text=title, url=page.url))
    layout.single_top_heading_as_title(blocks)
    return layout.apply_structure(blocks), title


def fragment_blocks(markup: str, url: str) -> list[Block]:
    """Blocks of a piece of HTML inside another document (a raw HTML table or ``<details>`` in
    markdown), chrome removed, structure left to the caller. A fragment that cannot be read
    gives nothing rather than failing the document around it."""
    if not markup.strip():
        return []
    try:
        root = _parse(WebPage(url=url, html=markup.encode("utf-8")))
        _strip_chrome(root)
    except InputError:
        return []
    body = root.find("body")
    walker = _Walker(url)
    walker.block(body if body is not None else root, "paragraph", 0)
    return walker.blocks


def document_from_pages(pages: list[WebPage], path: str, *, kind: str | None = None) -> Document:
    """Several pages (a report split into section pages) read as one document, in the given order.

    A later page without an ``h1`` is headed by its ``<title>``, unless that is the title an
    earlier page had (a site that titles every page alike)."""
    from masa_check.sources.published import document_from_blocks

    if not pages:
        raise InputError("no web pages to read", path=path)
    blocks: list[Block] = []
    titles: set[str] = set()
    for page in pages:
        page_blocks, title = _page_blocks(page)
        if blocks and page_blocks and page_blocks[0].role == "title":
            first = page_blocks[0]
            if first.text in titles:
                page_blocks = page_blocks[1:]
            else:
                first.role, first.level = "heading", 1
        if title:
            titles.add(title)
        blocks.extend(page_blocks)
    _require_text(blocks, path, pages=len(pages))
    layout.assign_heading_paths(blocks)
    return document_from_blocks(path, "html", blocks, kind=kind)


def _require_text(blocks: list[Block], path: str, pages: int = 1) -> None:
    """A page with no text once its chrome is gone (a page a script fills in, a frameset, a
    login wall) cannot be checked: one clear line rather than a matrix of fails."""
    if not any(b.role in ("paragraph", "list_item", "table_row") for b in blocks):
        what = "the pages have" if pages > 1 else "the page has"
        raise InputError(
            f"{what} no readable text outside the site's menus and banners (a page built by"
            " JavaScript? save it after it has loaded)",
            path=path,
        )


def read_html(path: str, *, kind: str | None = None, use_cache: bool = True) -> Document:
    """A saved HTML file as a document (cached by content, reader version and path)."""
    from masa_check.sources import cache
    from masa_check.sources.published import document_from_blocks, read_text_source

    data = read_text_source(path, max_bytes=MAX_PAGE_BYTES, what="a web page")
    key = None
    blocks: list[Block] | None = None
    if use_cache:
        key = cache.cache_key(cache.bytes_digest(data), READER_VERSION, f"url={path}")
        hit = cache.load(key)
        if hit is not None:
            blocks = hit[0]
    if blocks is None:
        blocks = blocks_from_html(WebPage(url=path, html=data))
        _require_text(blocks, path)
        if key is not None:
            cache.store(key, blocks, None)
    return document_from_blocks(path, "html", blocks, kind=kind)
