"""The hard-case files (benchmarks/cases/*.md): they load back to the renderers' items exactly, are
written in their one canonical form, and a real markdown reader sees the same text in them."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest
import yaml

BENCH = Path(__file__).resolve().parents[2] / "benchmarks"
if not (BENCH / "casefile.py").is_file():  # an sdist ships tests/ without benchmarks/
    pytest.skip("benchmarks/ is not here", allow_module_level=True)
sys.path.insert(0, str(BENCH))

import casefile  # noqa: E402

CASE_FILES = sorted((BENCH / "cases").glob("*.md"))


def _ids(paths):
    return [p.stem for p in paths]


def test_there_are_case_files():
    assert len(CASE_FILES) >= 23


@pytest.mark.parametrize("path", CASE_FILES, ids=_ids(CASE_FILES))
def test_case_file_is_its_own_canonical_dump(path):
    text = path.read_text(encoding="utf-8")
    meta, items = casefile.parse_case(text, str(path))
    assert meta["document"] == path.stem
    rest = {k: v for k, v in meta.items() if k != "document"}
    assert casefile.dump_case(path.stem, items, rest) == text
    assert casefile.parse_case(casefile.dump_case(path.stem, items, rest)) == (meta, items)


@pytest.mark.parametrize("path", CASE_FILES, ids=_ids(CASE_FILES))
def test_case_file_has_its_label(path):
    """Every case is scored: its label file says it comes from the hard cases and agrees on the kind."""
    meta = casefile.read_case(path)[0]
    label = yaml.safe_load((BENCH / "labels" / f"{path.stem}.yaml").read_text(encoding="utf-8"))
    assert label["source"] == "hardcases"
    assert label.get("kind", "arrangements") == meta["kind"]
    assert isinstance(meta["held_out"], bool) and meta["description"]


def test_every_hardcases_label_has_a_case_file():
    for lf in (BENCH / "labels").glob("*.yaml"):
        label = yaml.safe_load(lf.read_text(encoding="utf-8"))
        if label.get("source") == "hardcases":
            assert (BENCH / "cases" / f"{label['document']}.md").is_file(), lf.name


# ------------------------------------------------------------ what a markdown reader sees


def _reader_view(path: Path) -> list[tuple]:
    """The blocks markdown-it (CommonMark + GFM tables) finds in a case file, front matter cut off."""
    markdown_it = pytest.importorskip("markdown_it")
    body = path.read_text(encoding="utf-8").split("\n---\n", 1)[1]
    tokens = markdown_it.MarkdownIt("commonmark").enable("table").parse(body)
    out: list[tuple] = []
    row: list[str] = []
    for k, tok in enumerate(tokens):
        if tok.type == "html_block":
            out.append(("html", tok.content.strip()))
        elif tok.type == "inline":
            assert all(c.type in ("text", "softbreak") for c in tok.children), (path.name, tok.content)
            text = "".join(" " if c.type == "softbreak" else c.content for c in tok.children)
            opener = tokens[k - 1]
            if opener.type in ("th_open", "td_open"):
                row.append(text)
            elif opener.type == "heading_open":
                out.append((opener.tag, text))
            else:
                in_item = k >= 2 and tokens[k - 2].type == "list_item_open"
                out.append(("li" if in_item else "p", text))
        elif tok.type == "tr_close":
            out.append(("row", tuple(row)))
            row = []
        elif tok.type in ("table_open", "table_close", "bullet_list_open", "bullet_list_close"):
            out.append((tok.type,))
    return out


def _expected_view(items: list[tuple]) -> list[tuple]:
    """What the reader should see for the items: their own text, the directives as comments."""
    out: list[tuple] = []
    for item in items:
        tag = item[0]
        if tag in ("title", "footnote"):
            out += [("html", f"<!-- {tag} -->"), ("p", item[1])]
        elif tag in ("h1", "h2", "p"):
            out.append(item)
        elif tag == "li":
            if out[-1] != ("bullet_list_close",):
                out.append(("bullet_list_open",))
            else:
                out.pop()
            out += [item, ("bullet_list_close",)]
        elif tag == "pagebreak":
            out.append(("html", "<!-- pagebreak -->"))
        elif tag == "toc":
            entries = [("li", f"{e}{casefile.LEADER}{p}") for e, p in item[1]]
            out += [("html", "<!-- toc -->"), ("h1", "Contents"), ("bullet_list_open",), *entries]
            out += [("bullet_list_close",), ("html", "<!-- /toc -->")]
        elif tag == "columns":
            out += [("html", "<!-- columns -->"), *(("p", t) for t in item[1]), ("html", "<!-- /columns -->")]
        elif tag == "table":
            header = item[1] or ("",) * len(item[2][0])
            out += [("table_open",), ("row", tuple(header)), *(("row", tuple(r)) for r in item[2]), ("table_close",)]
    return out


@pytest.mark.parametrize("path", CASE_FILES, ids=_ids(CASE_FILES))
def test_a_markdown_reader_sees_the_same_text(path):
    assert _reader_view(path) == _expected_view(casefile.load_case(path))


# ------------------------------------------------------------ the format's edges

AWKWARD = [
    ("title", "A *starred* title with `ticks`, [brackets] and <angle> text"),
    ("h1", "Section #"),
    ("h2", "2. A numbered sub-heading ending in ##"),
    ("p", "1. Looks like an ordered list"),
    ("p", "2024) also a list marker"),
    ("p", "- looks like a bullet"),
    ("p", "# looks like a heading"),
    ("p", "> looks like a quote"),
    ("p", "+ plus"),
    ("p", "<!-- looks like a directive -->"),
    ("p", "A back\\slash, a \\* literal, an &amp; entity, Q&A, 50% and £10 ~~struck~~ a_b_c"),
    ("li", "1. An item that starts with a number"),
    ("li", "[ ] not a task"),
    ("footnote", "2 A footnote | with a pipe"),
    ("pagebreak",),
    ("toc", [("1. Entry with dots ... inside", 3), ("Plain entry", 12)]),
    ("table", None, [("a | b", "c\\d"), ("*e*", "f")]),
    ("table", ("Head 1", "Head 2"), [("x", ""), ("y", "z")]),
    ("columns", ["- one", "two"]),
    ("li", "after a table"),
    ("li", "and another"),
    ("pagebreak",),
    ("li", "a new list"),
]


def test_awkward_text_round_trips(tmp_path):
    path = tmp_path / "awkward.md"
    path.write_text(casefile.dump_case("awkward", AWKWARD, {"kind": "arrangements"}), encoding="utf-8")
    assert casefile.load_case(path) == AWKWARD
    assert _reader_view(path) == _expected_view(AWKWARD)


def test_hand_wrapped_paragraphs_and_items_are_joined():
    text = "---\ndocument: x\n---\n\nOne paragraph\nwrapped by hand.\n\n- an item\n  wrapped too\n- next\n"
    assert casefile.parse_case(text)[1] == [
        ("p", "One paragraph wrapped by hand."),
        ("li", "an item wrapped too"),
        ("li", "next"),
    ]


@pytest.mark.parametrize(
    ("body", "line", "message"),
    [
        ("# ok\n\n### too deep\n", 7, "headings are"),
        ("<!-- sidebar -->\ntext\n", 5, "unknown directive"),
        ("<!-- toc -->\n# Contents\n\n- entry without page\n<!-- /toc -->\n", 8, "contents entry"),
        ("<!-- toc -->\n# Contents\n\n- entry .......... 2\n", 5, "not closed"),
        ("<!-- columns -->\n\ntext\n", 5, "not closed"),
        ("| a | b |\n| --- | --- |\n| only one |\n", 7, "2 cells"),
        ("| a | b |\n| c | d |\n", 5, "header row"),
        ("A paragraph\n- then a list\n", 6, "blank line"),
        ("<!-- title -->\n\nTitle\n", 5, "line above"),
        ("# Heading\nglued text\n", 6, "blank line"),
    ],
)
def test_malformed_files_name_the_file_and_line(body, line, message):
    with pytest.raises(casefile.CaseFileError, match=rf"^case\.md:{line}: .*{message}"):
        casefile.parse_case("---\ndocument: x\n---\n\n" + body, "case.md")


@pytest.mark.parametrize(
    "text", ["no front matter\n", "---\ndocument: [unclosed\n---\n", "---\n- a list\n---\n", "---\nkind: x\n"]
)
def test_bad_front_matter_is_one_clear_error(text):
    with pytest.raises(casefile.CaseFileError, match=r"^case\.md:\d+: "):
        casefile.parse_case(text, "case.md")


@pytest.mark.parametrize(
    "items",
    [
        [("p", " leading space")],
        [("p", "two\nlines")],
        [("p", "")],
        [("table", ("", ""), [("a", "b")])],
        [("table", ("a", "b"), [("a",)])],
        [("sidebar", "text")],
    ],
)
def test_items_the_format_cannot_hold_are_refused(items):
    with pytest.raises(ValueError):
        casefile.dump_case("x", items, {})
