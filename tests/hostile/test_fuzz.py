"""Property-based fuzzing of the loaders: any input ends in a Document or an InputError, nothing else.

Example counts are modest so the suite stays fast; the corpus tests cover the named attacks.
"""

from __future__ import annotations

import functools
import io
import sys
import tempfile
import zipfile
from pathlib import Path

import pytest

hypothesis = pytest.importorskip("hypothesis")
from hypothesis import HealthCheck, given, settings  # noqa: E402
from hypothesis import strategies as st  # noqa: E402

sys.path.insert(0, str(Path(__file__).resolve().parent))

import hostile_corpus as corpus  # noqa: E402

from masa_check.document import Document  # noqa: E402
from masa_check.errors import InputError  # noqa: E402

FUZZ = settings(
    max_examples=50,
    deadline=None,
    database=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large],
)

EXAMPLES = Path(__file__).resolve().parents[2] / "examples"


def check_outcome(load, path: str) -> None:
    """``load(path)`` returns a Document or raises InputError with a one-line message."""
    try:
        doc = load(path)
    except InputError as exc:
        message = str(exc)
        assert message and "\n" not in message and "\r" not in message, repr(message)
        return
    assert isinstance(doc, Document)


def in_temp_file(name: str, data: bytes, load) -> None:
    with tempfile.TemporaryDirectory() as d:
        p = Path(d) / name
        p.write_bytes(data)
        check_outcome(load, str(p))


# -------------------------------------------------------------------------------------- mutation


@st.composite
def mutated(draw, seed: bytes, max_ops: int = 6):
    """``seed`` with a few byte flips, deletions, insertions, duplications or a truncation."""
    data = bytearray(seed)
    for _ in range(draw(st.integers(1, max_ops))):
        if not data:
            break
        op = draw(st.sampled_from(["flip", "delete", "insert", "dup", "truncate", "set"]))
        i = draw(st.integers(0, len(data) - 1))
        if op == "flip":
            data[i] ^= 1 << draw(st.integers(0, 7))
        elif op == "set":
            data[i] = draw(st.sampled_from([0x00, 0xFF, 0x7F, 0x80, ord("<"), ord("&"), ord("("), ord("\n")]))
        elif op == "delete":
            n = draw(st.integers(1, 64))
            del data[i : i + n]
        elif op == "insert":
            data[i:i] = draw(st.binary(min_size=1, max_size=32))
        elif op == "dup":
            n = draw(st.integers(1, 256))
            data[i:i] = data[i : i + n]
        else:
            del data[i:]
    return bytes(data)


# -------------------------------------------------------------------------------------------- YAML


def load_yaml_doc(path: str) -> Document:
    from masa_check.sources.yaml_source import load_declared

    return load_declared(path)


@functools.cache
def yaml_seed() -> bytes:
    for name in ("northshire-2019.yaml", "westmoor-gaps.yaml"):
        if (EXAMPLES / name).is_file():
            return (EXAMPLES / name).read_bytes()
    return corpus.MINIMAL_YAML.encode()


yaml_tokens = st.sampled_from(
    [
        "kind: arrangements\n",
        "kind: ",
        "partnership:\n",
        "  name: X\n",
        "- ",
        ": ",
        "&a ",
        "*a",
        "!!python/object/apply:os.system ['true']",
        "!!binary aGk=",
        "<<: *a\n",
        "[",
        "]",
        "{",
        "}",
        "\t",
        "\n",
        "  ",
        '"',
        "'",
        "#",
        "? ",
        "|\n",
        ">-\n",
        "---\n",
        "...\n",
        "%YAML 1.1\n",
        "2025-02-30",
        "1e9999",
        "~",
        "\x00",
        "\ufeff",
        "é",
    ]
)


@FUZZ
@given(st.text(max_size=400))
def test_yaml_any_text(text):
    in_temp_file("f.yaml", text.encode("utf-8", "surrogatepass"), load_yaml_doc)


@FUZZ
@given(st.lists(yaml_tokens, max_size=60).map("".join))
def test_yaml_token_soup(text):
    in_temp_file("f.yaml", text.encode("utf-8"), load_yaml_doc)


@FUZZ
@given(st.data())
def test_yaml_mutated_example(data):
    in_temp_file("f.yaml", data.draw(mutated(yaml_seed())), load_yaml_doc)


yaml_values = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats(allow_nan=True) | st.text(max_size=20) | st.dates(),
    lambda children: st.lists(children, max_size=4) | st.dictionaries(st.text(max_size=12), children, max_size=4),
    max_leaves=30,
)


@FUZZ
@given(st.dictionaries(st.sampled_from(["kind", "partnership", "published", "scrutiny", "funding", "x"]), yaml_values))
def test_yaml_random_structures(value):
    import yaml

    in_temp_file("f.yaml", yaml.safe_dump(value, allow_unicode=True).encode("utf-8"), load_yaml_doc)


# ---------------------------------------------------------------------------------------- DOCX/PDF


def load_doc(path: str) -> Document:
    from masa_check.sources.published import load_published

    return load_published(path, use_cache=False, max_pages=20)


@functools.cache
def docx_seed() -> bytes:
    with tempfile.TemporaryDirectory() as d:
        return corpus.valid_docx(Path(d) / "s.docx").read_bytes()


@functools.cache
def docx_parts() -> dict[str, bytes]:
    with zipfile.ZipFile(io.BytesIO(docx_seed())) as zf:
        return {i.filename: zf.read(i) for i in zf.infolist()}


@functools.cache
def pdf_seed() -> bytes:
    with tempfile.TemporaryDirectory() as d:
        # uncompressed content streams, so mutations hit operators and text rather than zlib
        return corpus.valid_pdf(Path(d) / "s.pdf", pages=2, pageCompression=0).read_bytes()


def test_seeds_are_valid():
    for name, seed in (("s.docx", docx_seed()), ("s.pdf", pdf_seed())):
        with tempfile.TemporaryDirectory() as d:
            p = Path(d) / name
            p.write_bytes(seed)
            doc = load_doc(str(p))
            assert any("scrutineer" in b.text for b in doc.blocks)


@FUZZ
@given(st.data())
def test_docx_mutated_bytes(data):
    in_temp_file("f.docx", data.draw(mutated(docx_seed())), load_doc)


@FUZZ
@given(st.data())
def test_docx_mutated_parts(data):
    """A well-formed zip whose XML parts are damaged: exercises python-docx/lxml, not just zipfile."""
    parts = dict(docx_parts())
    names = sorted(n for n in parts if n.endswith((".xml", ".rels")))
    for name in data.draw(st.lists(st.sampled_from(names), min_size=1, max_size=3, unique=True)):
        parts[name] = data.draw(mutated(parts[name], max_ops=4))
    if data.draw(st.booleans()):
        parts.pop(data.draw(st.sampled_from(sorted(parts))))
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as zf:
        for name, blob in parts.items():
            zf.writestr(name, blob)
    in_temp_file("f.docx", buf.getvalue(), load_doc)


@FUZZ
@given(st.data())
def test_pdf_mutated_bytes(data):
    in_temp_file("f.pdf", data.draw(mutated(pdf_seed())), load_doc)


@FUZZ
@given(st.binary(max_size=2048))
def test_pdf_random_bytes_after_header(tail):
    in_temp_file("f.pdf", b"%PDF-1.7\n" + tail, load_doc)
