"""Markdown (``.md``) and plain text (``.txt``) → blocks, the same model as a PDF or DOCX.

Markdown is parsed with markdown-it-py (CommonMark, GFM pipe tables on); YAML front matter is
skipped (its ``title`` names the document when there is no ``#`` heading). Headings carry the
anchor a static site gives them (``arrangements.md#funding``; ``{#id}`` when written).

Plain text has no markup, so its structure is read from the layout people type: a line
underlined with ``===`` or ``---``, a numbered heading ("3. Funding", "Section 5: Scrutiny",
"Appendix G"), a short title-case or capitals line over body text; paragraphs separated by blank
lines (hard-wrapped lines joined), bullets ("-", "*", "•", "1.", "a)") as list items, and
tab- or pipe-separated lines as table rows. A form feed (pdftotext's page break) starts a page.
"""

from __future__ import annotations

import re

from masa_check.document import Block, Document
from masa_check.errors import InputError
from masa_check.sources import layout
from masa_check.sources.text_normalise import clean

# markdown 4 / text 3: repeated paragraphs are furniture; markdown 5 / text 4: numbered contents
# lists, the kind read from a cover heading
READER_VERSION = "markdown-5"
TEXT_READER_VERSION = "text-4"

MAX_TEXT_BYTES = 20 * 1024 * 1024


# ---------------------------------------------------------------------------------------------
# Shared: decoding


def decode_text(data: bytes, path: str) -> str:
    """UTF-8 (BOM or not), UTF-16 with a BOM, else Windows-1252; binary data is refused."""
    from masa_check.sources.published import looks_binary

    if looks_binary(data):
        raise InputError("is not a text file (it looks like binary data)", path=path)
    for bom, enc in ((b"\xef\xbb\xbf", "utf-8"), (b"\xff\xfe", "utf-16-le"), (b"\xfe\xff", "utf-16-be")):
        if data.startswith(bom):
            text = data[len(bom) :].decode(enc, errors="replace")
            break
    else:
        try:
            text = data.decode("utf-8")
        except UnicodeDecodeError:
            text = data.decode("cp1252", errors="replace")
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    if not text.strip():
        raise InputError("is empty", path=path)
    return text


def _read(path: str, kind: str | None, use_cache: bool, version: str, source: str, parse) -> Document:
    from masa_check.sources import cache
    from masa_check.sources.published import document_from_blocks, read_text_source

    data = read_text_source(path, max_bytes=MAX_TEXT_BYTES, what="a text file")
    key = cache.cache_key(cache.bytes_digest(data), version, f"url={path}") if use_cache else None
    hit = cache.load(key) if key else None
    if hit is not None:
        blocks, page_count = hit
    else:
        blocks = parse(decode_text(data, path), path)
        pages = [b.page for b in blocks if b.page is not None]
        page_count = max(pages) if pages else None
        if key:
            cache.store(key, blocks, page_count)
    return document_from_blocks(path, source, blocks, kind=kind, page_count=page_count)


# ---------------------------------------------------------------------------------------------
# Markdown

_FRONT_END = re.compile(r"^(?:---|\.\.\.)\s*$", re.MULTILINE)
_ATTR_ID = re.compile(r"\s*\{#([A-Za-z][\w:.-]*)[^}]*\}\s*$")
_ANCHOR = re.compile(r"""<a\s[^>]*\b(?:id|name)\s*=\s*["']?([\w:.-]+)""", re.IGNORECASE)
_SLUG_DROP = re.compile(r"[^\w\- ]", re.UNICODE)


def _front_matter(text: str) -> tuple[str, str | None]:
    """The text without its YAML front matter (kept line count, so positions stay), and the
    front matter's ``title``."""
    if not text.startswith("---"):
        return text, None
    first_nl = text.find("\n")
    if first_nl == -1 or text[:first_nl].strip() != "---":
        return text, None
    m = _FRONT_END.search(text, first_nl + 1)
    if m is None or m.start() > 64 * 1024:
        return text, None
    raw = text[first_nl + 1 : m.start()]
    title = None
    try:
        import yaml

        data = yaml.safe_load(raw)
    except Exception:  # noqa: BLE001 - not YAML after all: keep the text as written
        return text, None
    if isinstance(data, dict) and isinstance(data.get("title"), str):
        title = clean(data["title"]) or None
    end = text.find("\n", m.start())
    end = len(text) if end == -1 else end + 1
    return "\n" * text[:end].count("\n") + text[end:], title


def slug(text: str) -> str:
    """The anchor static sites give a heading (GitHub's rule: lower case, punctuation dropped,
    spaces to hyphens)."""
    return _SLUG_DROP.sub("", text.strip().lower()).replace(" ", "-")


def _inline_text(token) -> str:
    parts: list[str] = []
    for child in token.children or ():
        t = child.type
        if t in ("text", "code_inline"):
            parts.append(child.content)
        elif t in ("softbreak", "hardbreak"):
            parts.append(" ")
        elif t == "image":
            continue
    return "".join(parts)


#: A line at least this long that ends with no punctuation, followed by a line starting with a
#: capital, ends a paragraph: web pages saved as text put each paragraph on one long line, and a
#: paragraph cut short ("... within Working Together 2023 (WT23)") must not run into the next.
#: Hard-wrapped prose (lines of 60 to 100 characters) is joined as CommonMark says.
_LONG_LINE = 120
_LINE_END = (".", "!", "?", ":", ";", ",", "-", "–", "(", "/", "&")


def _paragraphs(token) -> list[str]:
    """An inline token's text, split where a long line without final punctuation is followed by a
    line that starts with a capital (two paragraphs of a saved page); otherwise one string."""
    out: list[str] = []
    parts: list[str] = []
    line = 0
    children = list(token.children or ())
    for k, child in enumerate(children):
        t = child.type
        if t in ("text", "code_inline"):
            parts.append(child.content)
            line += len(child.content)
        elif t in ("softbreak", "hardbreak"):
            nxt = children[k + 1] if k + 1 < len(children) else None
            ended = "".join(parts).rstrip()
            starts_capital = nxt is not None and nxt.type == "text" and nxt.content[:1].isupper()
            if t == "softbreak" and line >= _LONG_LINE and starts_capital and not ended.endswith(_LINE_END):
                out.append(ended)
                parts = []
            else:
                parts.append(" ")
            line = 0
    out.append("".join(parts))
    return [p for p in out if p.strip()] or [""]


def _bold_only(token) -> bool:
    """A paragraph that is only ``**bold**`` text: a heading as many markdown writers type one."""
    kids = [c for c in token.children or () if not (c.type == "text" and not c.content.strip())]
    if len(kids) < 3 or kids[0].type != "strong_open" or kids[-1].type != "strong_close":
        return False
    if any(c.type in ("strong_open", "strong_close") for c in kids[1:-1]):
        return False
    text = clean(_inline_text(token))
    return bool(text) and len(text) <= 120 and len(text.split()) <= 16 and not text.endswith((".", ",", ";"))


class _MarkdownBlocks:
    def __init__(self, path: str):
        self.path = path
        self.blocks: list[Block] = []
        self.anchor: str | None = None
        self.seen: dict[str, int] = {}
        self.level = 1

    def add(self, role: str, text: str, **kw) -> None:
        text = clean(text)
        if text:
            url = f"{self.path}#{self.anchor}" if self.anchor else self.path
            self.blocks.append(Block(role=role, text=text, url=url, **kw))  # type: ignore[arg-type]

    def heading(self, text: str, level: int, pseudo: bool = False) -> None:
        m = _ATTR_ID.search(text)
        if m:
            ident, text = m.group(1), text[: m.start()]
        else:
            ident = slug(clean(text))
            n = self.seen.get(ident, 0)
            self.seen[ident] = n + 1
            ident = f"{ident}-{n}" if n else ident
        if not pseudo:
            self.level = level
            self.anchor = ident or self.anchor
        self.add("heading", text, level=level)

    def html(self, markup: str) -> None:
        """Raw HTML in the markdown (a table, ``<details>``, an ``<a id>`` anchor) read as a web
        page's content is; an id in it becomes the anchor for what follows."""
        from masa_check.sources.html_reader import fragment_blocks

        blocks = fragment_blocks(markup, self.path)
        if not blocks:
            m = _ANCHOR.search(markup)
            if m:
                self.anchor = m.group(1)  # <a id="funding"></a> before the text it marks
            return
        here = f"{self.path}#{self.anchor}" if self.anchor else self.path
        for b in blocks:
            if b.url == self.path:
                b.url = here  # no id of its own: the heading's anchor, as for the markdown around it
            elif b.url and "#" in b.url:
                self.anchor = b.url.split("#", 1)[1]
            self.blocks.append(b)

    def inline_anchor(self, token) -> None:
        """``<a id="funding"></a>`` written inline: the anchor for this block and what follows."""
        for child in token.children or ():
            if child.type == "html_inline":
                m = _ANCHOR.search(child.content)
                if m:
                    self.anchor = m.group(1)

    def run(self, tokens) -> list[Block]:
        list_depth = 0
        row: list[str] = []
        row_header = False
        header: tuple[str, ...] | None = None
        cell_open = False
        i = 0
        while i < len(tokens):
            tok = tokens[i]
            t = tok.type
            if t == "heading_open":
                self.heading(_inline_text(tokens[i + 1]), int(tok.tag[1:]))
                i += 3
                continue
            if t in ("bullet_list_open", "ordered_list_open"):
                list_depth += 1
            elif t in ("bullet_list_close", "ordered_list_close"):
                list_depth -= 1
            elif t == "table_open":
                header = None
            elif t == "tr_open":
                row, row_header = [], False
            elif t in ("th_open", "td_open"):
                cell_open = True
                row_header = row_header or t == "th_open"
            elif t in ("th_close", "td_close"):
                cell_open = False
            elif t == "tr_close":
                cells = tuple(clean(c) for c in row)
                if any(cells):
                    self.add(
                        "table_row",
                        " | ".join(c for c in cells if c),
                        cells=cells,
                        header_cells=None if row_header else header,
                    )
                if row_header:
                    header = cells if any(cells) else None  # GFM needs a header row; an empty one is none
            elif t == "inline" and cell_open:
                row.append(_inline_text(tok))
            elif t == "inline":
                self.inline_anchor(tok)
                if list_depth == 0 and _bold_only(tok):
                    self.heading(_inline_text(tok), min(6, self.level + 1), pseudo=True)
                else:
                    for text in _paragraphs(tok):
                        self.add("list_item" if list_depth else "paragraph", text)
            elif t in ("fence", "code_block"):
                self.add("paragraph", tok.content)
            elif t == "html_block":
                self.html(tok.content)
            i += 1
        return self.blocks


def blocks_from_markdown(text: str, path: str) -> list[Block]:
    """A markdown document's blocks in reading order, heading paths set, each with ``url``."""
    from markdown_it import MarkdownIt

    body, title = _front_matter(text)
    md = MarkdownIt("commonmark", {"maxNesting": 40}).enable("table")
    try:
        tokens = md.parse(body)
    except Exception as exc:  # noqa: BLE001 - a parser bug must not become a traceback
        raise InputError(f"is not readable markdown ({type(exc).__name__})", path=path) from None
    blocks = _MarkdownBlocks(path).run(tokens)
    if title and not any(b.role == "heading" and b.level == 1 for b in blocks):
        blocks.insert(0, Block(role="title", text=title, url=path))
    layout.single_top_heading_as_title(blocks)
    return layout.apply_structure(blocks)


def read_markdown(path: str, *, kind: str | None = None, use_cache: bool = True) -> Document:
    """A ``.md`` / ``.markdown`` file as a document."""
    return _read(path, kind, use_cache, READER_VERSION, "markdown", blocks_from_markdown)


# ---------------------------------------------------------------------------------------------
# Plain text

_UNDERLINE = re.compile(r"^\s*(=+|-+|~+|\*+)\s*$")
_BULLET = re.compile(r"^\s*(?:[-*•·▪◦‣–]|\(?\d{1,2}[.)]|\(?[a-z][.)]|\([ivx]{1,4}\))\s+(?=\S)")
_PIPE_RULE = re.compile(r"^\s*\|?\s*:?-{3,}:?\s*(?:\|\s*:?-{3,}:?\s*)*\|?\s*$")
_TERMINAL = (".", ",", ";", ":", "!", "?")


def _cells(line: str) -> list[str] | None:
    """A tab- or pipe-separated line's cells, or None when it is not a table row."""
    if "\t" in line.strip():
        cells = [c.strip() for c in line.strip().split("\t")]
        cells = [c for c in cells if c]
        return cells if len(cells) >= 2 else None
    s = line.strip()
    if s.count("|") >= 2 or (s.startswith("|") and s.endswith("|") and len(s) > 2):
        cells = [c.strip() for c in s.strip("|").split("|")]
        return cells if len([c for c in cells if c]) >= 2 else None
    return None


def _title_like(line: str) -> bool:
    """A short line in capitals or title case with no closing punctuation."""
    s = line.strip()
    words = s.split()
    if not s or len(s) > 90 or len(words) > 12 or s.endswith(_TERMINAL) or not re.search(r"[A-Za-z]", s):
        return False
    letters = [c for c in s if c.isalpha()]
    if len(letters) >= 3 and all(c.isupper() for c in letters):
        return True
    long_words = [w for w in words if len(w) > 3 and w[0].isalpha()]
    return (
        bool(long_words)
        and words[0][:1].isupper()
        and sum(w[0].isupper() for w in long_words) >= max(1, (len(long_words) * 2 + 2) // 3)
    )


def _numbered_heading(line: str) -> int | None:
    s = line.strip()
    if len(s) > 90 or len(s.split()) > 12 or s.endswith((".", ",", ";")):
        return None
    level = layout.heading_level_from_number(s)
    if level is None:
        return None
    rest = re.sub(r"^\s*(?:\d{1,2}(?:\.\d{1,2}){0,4}[.)]?|[A-Za-z]+\s+[0-9A-Za-z]{1,6}\s*[:.\-–—]?)\s*", "", s)
    if rest and not rest[:1].isupper() and not rest[:1].isdigit():
        return None
    return level


def _underlined(line: str, under: str) -> bool:
    """A title over a line of ``===`` / ``---`` at least half its length."""
    return (
        bool(_UNDERLINE.match(under))
        and not _UNDERLINE.match(line)
        and len(under.strip()) >= max(3, len(line.strip()) // 2)
        and _cells(line) is None
    )


class _TextBlocks:
    def __init__(self):
        self.blocks: list[Block] = []
        self.page: int | None = None
        self.table_header: tuple[str, ...] | None = None

    def add(self, role: str, text: str, **kw) -> None:
        text = clean(text)
        if text:
            self.blocks.append(Block(role=role, text=text, page=self.page, **kw))  # type: ignore[arg-type]

    def group(self, lines: list[str], next_is_body: bool, in_list: bool = False) -> None:
        """One blank-line-separated group of lines; ``in_list`` when it is one line of a list
        whose items are separated by blank lines."""
        for k in range(len(lines) - 1):
            if _underlined(lines[k], lines[k + 1]):
                if k:
                    self.group(lines[:k], True)
                self.add("heading", lines[k], level=1 if lines[k + 1].strip()[0] == "=" else 2)
                if len(lines) > k + 2:
                    self.group(lines[k + 2 :], next_is_body)
                return
        first = lines[0]
        if in_list:
            pass
        elif (_cells(first) is None and not _BULLET.match(first)) or _numbered_heading(first):
            level = _numbered_heading(first)
            if level is not None and (len(lines) == 1 or not _numbered_heading(lines[1])):
                self.add("heading", first, level=level)
                lines = lines[1:]
            elif _title_like(first) and (len(lines) > 1 or next_is_body):
                self.add("heading", first, level=2)
                lines = lines[1:]
        self.body(lines)

    def body(self, lines: list[str]) -> None:
        para: list[str] = []
        item: list[str] | None = None
        table: list[list[str]] = []

        def flush() -> None:
            nonlocal item
            if para:
                self.add("paragraph", " ".join(para))
                para.clear()
            if item is not None:
                self.add("list_item", " ".join(item))
                item = None
            if table:
                self.rows(table)
                table.clear()

        for line in lines:
            cells = _cells(line)
            if _PIPE_RULE.match(line) and table:
                continue
            if cells is not None:
                if not table:
                    flush()
                table.append(cells)
                continue
            if table:
                flush()
            if _BULLET.match(line):
                flush()
                item = [_BULLET.sub("", line, count=1)]
            elif item is not None and (line[:1].isspace() or not para):
                item.append(line.strip())
            else:
                if item is not None:
                    flush()
                para.append(line.strip())
        flush()

    def rows(self, table: list[list[str]]) -> None:
        header: tuple[str, ...] | None = None
        first = table[0]
        if len(table) >= 2 and all(len(c) <= 40 and not re.fullmatch(r"[\d.,%£$ -]+", c) for c in first if c):
            header = tuple(first)
            self.add("table_row", " | ".join(c for c in first if c), cells=header)
            table = table[1:]
        for cells in table:
            self.add("table_row", " | ".join(c for c in cells if c), cells=tuple(cells), header_cells=header)


def blocks_from_text(text: str, path: str = "") -> list[Block]:
    """A plain-text document's blocks in reading order, heading paths set."""
    reader = _TextBlocks()
    pages = text.split("\f")
    paged = len(pages) > 1
    for n, page_text in enumerate(pages, 1):
        reader.page = n if paged else None
        groups: list[list[str]] = []
        current: list[str] = []
        for line in page_text.split("\n"):
            if line.strip():
                current.append(line.rstrip())
            elif current:
                groups.append(current)
                current = []
        if current:
            groups.append(current)
        single = [len(g) == 1 and bool(_BULLET.match(g[0])) for g in groups]
        for k, g in enumerate(groups):
            nxt = groups[k + 1] if k + 1 < len(groups) else None
            next_is_body = bool(nxt) and not (len(nxt) == 1 and (_title_like(nxt[0]) or _numbered_heading(nxt[0])))
            in_list = single[k] and ((k > 0 and single[k - 1]) or (k + 1 < len(groups) and single[k + 1]))
            reader.group(g, next_is_body, in_list)
    return layout.apply_structure(reader.blocks)


def read_plain_text(path: str, *, kind: str | None = None, use_cache: bool = True) -> Document:
    """A ``.txt`` file as a document."""
    return _read(path, kind, use_cache, TEXT_READER_VERSION, "text", blocks_from_text)
