"""Hard-case documents as markdown files: the text a partnership would publish, plus what it is for.

A case file is plain markdown (CommonMark with GFM pipe tables), so any markdown reader shows the
document; the few things markdown has no word for are HTML comments, which every reader skips.
``load_case`` gives back the item tuples the renderers in ``hardcases.py`` take; ``dump_case``
writes them, and ``load_case(dump_case(...))`` gives the same items exactly.

    ---
    document: hc-example          # YAML front matter: the name, the kind (as in its label file),
    kind: arrangements            # whether it was held out, and what it is for / weak on purpose
    held_out: false
    description: >-
      What the document tests.
    ---

    <!-- title -->
    Northshire Safeguarding Children Partnership        -> ("title", text)

    <!-- toc -->
    # Contents

    - 1\\. Introduction .......... 2                      -> ("toc", [(entry, page), ...])
    <!-- /toc -->

    <!-- pagebreak -->                                   -> ("pagebreak",)

    # 1. Introduction                                    -> ("h1", text); "## " -> ("h2", text)

    A paragraph on one line.                             -> ("p", text)

    - A list item                                        -> ("li", text), one per line

    | Partner | Share |                                  -> ("table", header, rows); an empty
    | --- | --- |                                           header row means no header (None)
    | Council | 50% |

    <!-- footnote -->
    1 Text at the foot of the page.                      -> ("footnote", text)

    <!-- columns -->

    First column's paragraph.                            -> ("columns", [text, ...])

    <!-- /columns -->

Text is escaped the CommonMark way (a backslash before punctuation that markdown would read as
markup, e.g. ``1\\.`` at the start of a list item), so a real markdown reader gets the same text.
A paragraph may be wrapped over several lines when written by hand; ``dump_case`` writes one line.
"""

from __future__ import annotations

import re
from pathlib import Path

import yaml

LEADER = " .......... "  # between a contents entry and its page, as the block renderer writes it
_MARKERS = {"<!-- title -->": "title", "<!-- footnote -->": "footnote"}
_ESCAPE_ANYWHERE = re.compile(r"([\\`*_\[\]<|~])")
_ENTITY = re.compile(r"&(?=#\d+;|#[xX][0-9a-fA-F]+;|[A-Za-z][A-Za-z0-9]*;)")
_ORDERED_START = re.compile(r"^(\d{1,9})([.)])(?=\s|$)")
_UNESCAPE = re.compile(r"\\([!-/:-@\[-`{-~])")
_TOC_ENTRY = re.compile(r"^- (.*?)\s+\.{3,}\s+(\d+)$")
_DELIMITER_CELL = re.compile(r"^:?-+:?$")


class CaseFileError(ValueError):
    """A case file that does not follow the format; the message names the file and line."""


# ---------------------------------------------------------------- writing


def _check_text(text: object, what: str) -> str:
    if not isinstance(text, str) or not text or text != text.strip() or re.search(r"[\n\r\t]", text):
        raise ValueError(f"{what}: text must be a non-empty one-line string without outer spaces: {text!r}")
    return text


def _inline(text: str) -> str:
    """Escape what markdown would read as inline markup (or a table cell border)."""
    return _ENTITY.sub(r"\\&", _ESCAPE_ANYWHERE.sub(r"\\\1", text))


def _block(text: str) -> str:
    """Escape a paragraph or list item's text, including what would open another block."""
    out = _inline(text)
    if out[0] in "#>+-=":
        return "\\" + out
    return _ORDERED_START.sub(r"\1\\\2", out)


def _heading(level: int, text: str) -> str:
    out = _inline(text)
    if out.endswith("#"):  # would be read as the heading's closing sequence
        out = out[:-1] + "\\#"
    return f"{'#' * level} {out}"


def _table(header: tuple | None, rows: list[tuple], what: str) -> list[str]:
    width = len(header) if header else len(rows[0]) if rows else 0
    if not width or any(len(r) != width for r in rows):
        raise ValueError(f"{what}: a table needs rows of one width")
    if header is not None and not any(header):
        raise ValueError(f"{what}: a header of empty cells cannot be told from no header; use None")
    lines = ["|" + " |" * width] if header is None else [_row(header, what)]
    lines.append("|" + " --- |" * width)
    return lines + [_row(row, what) for row in rows]


def _row(cells: tuple, what: str) -> str:
    """One table row; an empty cell stays empty."""
    return "| " + " | ".join(_inline(_check_text(c, what)) if c != "" else "" for c in cells) + " |"


def _chunk(item: tuple, what: str) -> list[str]:
    """The markdown lines of one item (without the blank lines that separate items)."""
    tag = item[0]
    if tag in ("title", "footnote"):
        return [f"<!-- {tag} -->", _block(_check_text(item[1], what))]
    if tag in ("h1", "h2"):
        return [_heading(int(tag[1]), _check_text(item[1], what))]
    if tag == "p":
        return [_block(_check_text(item[1], what))]
    if tag == "li":
        return ["- " + _block(_check_text(item[1], what))]
    if tag == "pagebreak":
        return ["<!-- pagebreak -->"]
    if tag == "toc":
        entries = [f"- {_block(_check_text(e, what))}{LEADER}{int(p)}" for e, p in item[1]]
        return ["<!-- toc -->", "# Contents", "", *entries, "<!-- /toc -->"]
    if tag == "table":
        return _table(item[1], item[2], what)
    if tag == "columns":
        body = [line for text in item[1] for line in ("", _block(_check_text(text, what)))]
        return ["<!-- columns -->", *body, "", "<!-- /columns -->"]
    raise ValueError(f"{what}: unknown item kind {tag!r}")


class _FoldedDumper(yaml.SafeDumper):
    """Long prose in the front matter is written folded (``>-``), so it reads as wrapped text."""


def _represent_str(dumper: yaml.SafeDumper, value: str) -> yaml.ScalarNode:
    style = ">" if len(value) > 60 and "\n" not in value else None
    return dumper.represent_scalar("tag:yaml.org,2002:str", value, style=style)


_FoldedDumper.add_representer(str, _represent_str)


def dump_case(name: str, items: list[tuple], meta: dict) -> str:
    """The case file for a document: YAML front matter (``document`` first, then ``meta``), then
    its items as markdown, blocks separated by one blank line and list items kept together."""
    if meta.get("document", name) != name:
        raise ValueError(f"{name}: meta names another document: {meta['document']!r}")
    front = yaml.dump({"document": name, **meta}, Dumper=_FoldedDumper, sort_keys=False, allow_unicode=True, width=96)
    lines = ["---", *front.rstrip("\n").splitlines(), "---"]
    previous = None
    for k, item in enumerate(items):
        if not (item[0] == "li" and previous == "li"):
            lines.append("")
        lines.extend(_chunk(item, f"{name} item {k}"))
        previous = item[0]
    return "\n".join(lines) + "\n"


# ---------------------------------------------------------------- reading


def _unescape(text: str) -> str:
    return _UNESCAPE.sub(r"\1", text)


def _split_row(line: str) -> list[str]:
    """A table row's cells, split on the pipes that are not escaped, outer pipes dropped."""
    cells, cell, k = [], "", 0
    body = line.strip()
    while k < len(body):
        ch = body[k]
        if ch == "\\" and k + 1 < len(body):
            cell += body[k : k + 2]
            k += 2
            continue
        if ch == "|":
            cells.append(cell)
            cell = ""
        else:
            cell += ch
        k += 1
    cells.append(cell)
    if body.startswith("|"):
        cells = cells[1:]
    if body.endswith("|") and not body.endswith("\\|"):
        cells = cells[:-1]
    return [_unescape(c.strip()) for c in cells]


class _Reader:
    """Reads the body of a case file chunk by chunk (a chunk: lines between blank lines)."""

    def __init__(self, lines: list[str], source: str, first_line: int):
        self.lines, self.source, self.first = lines, source, first_line
        self.k = 0
        self.items: list[tuple] = []

    def fail(self, message: str, k: int | None = None) -> CaseFileError:
        line = self.first + (self.k if k is None else k)
        return CaseFileError(f"{self.source}:{line}: {message}")

    def chunk(self) -> tuple[int, list[str]]:
        while self.k < len(self.lines) and not self.lines[self.k].strip():
            self.k += 1
        start = self.k
        while self.k < len(self.lines) and self.lines[self.k].strip():
            self.k += 1
        return start, [line.rstrip() for line in self.lines[start : self.k]]

    def read(self) -> list[tuple]:
        while True:
            start, chunk = self.chunk()
            if not chunk:
                return self.items
            self.item(start, chunk)

    def item(self, start: int, chunk: list[str]) -> None:
        head = chunk[0]
        if head in _MARKERS:
            if len(chunk) < 2:
                raise self.fail(f"{head} must sit on the line above its text", start)
            self.items.append((_MARKERS[head], self.paragraph(start + 1, chunk[1:])))
        elif head == "<!-- pagebreak -->":
            self.alone(start, chunk)
            self.items.append(("pagebreak",))
        elif head == "<!-- toc -->":
            self.items.append(("toc", self.toc(start, chunk)))
        elif head == "<!-- columns -->":
            self.alone(start, chunk)
            self.items.append(("columns", self.columns(start)))
        elif head.startswith("#"):
            self.alone(start, chunk)
            self.items.append(self.heading(start, head))
        elif head.startswith("- "):
            self.items.extend(("li", text) for text in self.list_items(start, chunk))
        elif head.startswith("|"):
            self.items.append(self.table(start, chunk))
        elif head.startswith("<!--"):
            raise self.fail(f"unknown directive {head}", start)
        else:
            self.items.append(("p", self.paragraph(start, chunk)))

    def alone(self, start: int, chunk: list[str]) -> None:
        if len(chunk) > 1:
            raise self.fail(f"{chunk[0]!r} must have a blank line after it", start + 1)

    def paragraph(self, start: int, chunk: list[str]) -> str:
        for n, line in enumerate(chunk):
            if line.startswith(("<!--", "- ", "|")) or re.match(r"#{1,6}\s", line):
                raise self.fail("a paragraph cannot hold another block; leave a blank line before it", start + n)
        return _unescape(" ".join(line.strip() for line in chunk))

    def heading(self, start: int, line: str) -> tuple:
        m = re.match(r"^(#{1,2}) (.+)$", line)
        if not m:
            raise self.fail("headings are '# text' (h1) or '## text' (h2)", start)
        text = re.sub(r"\s+#+\s*$", "", m.group(2)).strip()
        return (f"h{len(m.group(1))}", _unescape(text))

    def list_items(self, start: int, chunk: list[str]) -> list[str]:
        texts: list[str] = []
        for n, line in enumerate(chunk):
            if line.startswith("- "):
                texts.append(line[2:].strip())
            elif line.startswith("  ") and texts:  # a wrapped item's continuation
                texts[-1] += " " + line.strip()
            else:
                raise self.fail("a list holds only '- ' items; leave a blank line after it", start + n)
        return [_unescape(t) for t in texts]

    def table(self, start: int, chunk: list[str]) -> tuple:
        if len(chunk) < 2 or not all(_DELIMITER_CELL.match(c) for c in _split_row(chunk[1])):
            raise self.fail("a table needs a header row, then a '| --- |' row", start)
        rows = [tuple(_split_row(line)) for line in chunk]
        header, body = rows[0], rows[2:]
        for n, row in enumerate(rows):
            if len(row) != len(header) or not chunk[n].startswith("|"):
                raise self.fail(f"a table row needs {len(header)} cells between pipes", start + n)
        return ("table", header if any(header) else None, body)

    def toc(self, start: int, chunk: list[str]) -> list[tuple[str, int]]:
        if chunk != ["<!-- toc -->", "# Contents"]:
            raise self.fail("a contents block opens '<!-- toc -->', '# Contents', a blank line", start)
        entries: list[tuple[str, int]] = []
        while True:
            at, lines = self.chunk()
            if not lines:
                raise self.fail("the contents block is not closed with '<!-- /toc -->'", start)
            for n, line in enumerate(lines):
                if line == "<!-- /toc -->":
                    if n != len(lines) - 1:
                        raise self.fail("'<!-- /toc -->' must have a blank line after it", at + n + 1)
                    return entries
                m = _TOC_ENTRY.match(line)
                if not m:
                    raise self.fail("a contents entry is '- entry .......... page'", at + n)
                entries.append((_unescape(m.group(1)), int(m.group(2))))

    def columns(self, start: int) -> list[str]:
        texts: list[str] = []
        while True:
            at, lines = self.chunk()
            if not lines:
                raise self.fail("the columns block is not closed with '<!-- /columns -->'", start)
            if lines[0] == "<!-- /columns -->":
                self.alone(at, lines)
                return texts
            texts.append(self.paragraph(at, lines))


def _split_front_matter(text: str, source: str) -> tuple[dict, list[str], int]:
    lines = text.splitlines()
    if not lines or lines[0] != "---" or "---" not in lines[1:]:
        raise CaseFileError(f"{source}:1: a case file starts with YAML front matter between '---' lines")
    end = lines.index("---", 1)
    try:
        meta = yaml.safe_load("\n".join(lines[1:end])) or {}
    except yaml.YAMLError as exc:
        raise CaseFileError(f"{source}:2: front matter is not YAML: {exc}".splitlines()[0]) from None
    if not isinstance(meta, dict):
        raise CaseFileError(f"{source}:2: front matter must be a mapping")
    return meta, lines[end + 1 :], end + 2


def parse_case(text: str, source: str = "<case>") -> tuple[dict, list[tuple]]:
    """(front matter, items) of a case file's text."""
    meta, body, first = _split_front_matter(text, source)
    return meta, _Reader(body, source, first).read()


def read_case(path: str | Path) -> tuple[dict, list[tuple]]:
    """(front matter, items) of a case file."""
    path = Path(path)
    return parse_case(path.read_text(encoding="utf-8"), str(path))


def load_case(path: str | Path) -> list[tuple]:
    """The items of a case file, as the renderers in ``hardcases.py`` take them."""
    return read_case(path)[1]
