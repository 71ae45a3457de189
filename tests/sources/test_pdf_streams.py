"""Decompression-bomb checks on raw PDF streams: every expanding filter, behind ASCII stages."""

from __future__ import annotations

import base64
import zlib

import pytest

from masa_check.sources.pdf_streams import _lzw, _run_length, bomb_stream


def stream(filters: bytes, body: bytes) -> bytes:
    head = b"4 0 obj\n<< /Length %d /Filter %s >>\nstream\n" % (len(body), filters)
    return b"%PDF-1.7\n" + head + body + b"\nendstream\nendobj\n"


def lzw_encode(data: bytes) -> bytes:
    """A plain PDF LZW encoder (early change), for the tests."""
    table = {bytes([i]): i for i in range(256)}
    next_code, width, bits, nbits, out = 258, 9, 0, 0, bytearray()

    def emit(code: int) -> None:
        nonlocal bits, nbits
        bits = (bits << width) | code
        nbits += width
        while nbits >= 8:
            nbits -= 8
            out.append((bits >> nbits) & 0xFF)

    emit(256)
    w = b""
    for byte in data:
        wc = w + bytes([byte])
        if wc in table:
            w = wc
            continue
        emit(table[w])
        table[wc] = next_code
        next_code += 1
        if next_code >= (1 << width) and width < 12:
            width += 1
        if next_code >= 4094:
            emit(256)
            table = {bytes([i]): i for i in range(256)}
            next_code, width = 258, 9
        w = bytes([byte])
    if w:
        emit(table[w])
    emit(257)
    if nbits:
        out.append((bits << (8 - nbits)) & 0xFF)
    return bytes(out)


def test_lzw_decoder_round_trips():
    text = b"The safeguarding partners agree the arrangements. " * 200 + bytes(range(256))
    assert _lzw(lzw_encode(text), 10**9) == text


def test_run_length_decoder():
    assert _run_length(bytes([2]) + b"abc" + bytes([254]) + b"z" + bytes([128]), 100) == b"abczzz"


FLATE_BOMB = zlib.compress(b" " * (8 << 20), 9)


@pytest.mark.parametrize(
    ("filters", "body"),
    [
        (b"/FlateDecode", FLATE_BOMB),
        (b"[/ASCII85Decode /FlateDecode]", base64.a85encode(FLATE_BOMB) + b"~>"),
        (b"[/AHx /Fl]", FLATE_BOMB.hex().encode() + b">"),
        (b"/LZWDecode", lzw_encode(b" " * (4 << 20))),
        (b"[/FlateDecode /RunLengthDecode]", zlib.compress((bytes([129]) + b" ") * 100_000)),
    ],
)
def test_bombs_behind_any_filter_chain_are_refused(filters, body):
    assert bomb_stream(stream(filters, body), limit=1 << 20)


@pytest.mark.parametrize(
    ("filters", "body"),
    [
        (b"/FlateDecode", zlib.compress(b"BT /F1 12 Tf (Hello) Tj ET" * 100)),
        (b"[/ASCII85Decode /FlateDecode]", base64.a85encode(zlib.compress(b"q Q" * 1000)) + b"~>"),
        (b"/LZWDecode", lzw_encode(b"BT (text) Tj ET" * 50)),
        (b"/DCTDecode", b"\xff\xd8" + b"\x00" * 1000),
        (b"/FlateDecode", b"not zlib at all"),
    ],
)
def test_ordinary_and_damaged_streams_pass(filters, body):
    assert not bomb_stream(stream(filters, body), limit=1 << 20)


def test_images_are_not_decoded():
    data = stream(b"/FlateDecode /Subtype /Image", FLATE_BOMB)
    assert not bomb_stream(data, limit=1 << 20)


def with_objects(filters: bytes, body: bytes, *objects: bytes) -> bytes:
    """``stream`` plus extra numbered objects (from 5) that its filter may refer to."""
    extra = b"".join(b"%d 0 obj\n%s\nendobj\n" % (i, obj) for i, obj in enumerate(objects, 5))
    return stream(filters, body) + extra


@pytest.mark.parametrize(
    "data",
    [
        # an indirect filter, a name object elsewhere in the file
        with_objects(b"5 0 R", FLATE_BOMB, b"/FlateDecode"),
        # an indirect array of filters, and an array holding an indirect name
        with_objects(b"5 0 R", FLATE_BOMB, b"[/FlateDecode]"),
        with_objects(b"[5 0 R]", FLATE_BOMB, b"/Fl"),
        # hex-escaped names, bare and in arrays
        stream(b"/Fl#61teDecode", FLATE_BOMB),
        stream(b"/#46#6c#61#74#65#44#65#63#6f#64#65", FLATE_BOMB),
        stream(b"[ /ASCIIHexDecode\n/Fl#61teDecode ]", FLATE_BOMB.hex().encode() + b">"),
        # no space before the array, extra keys after it
        stream(b"[/FlateDecode]/DecodeParms<<>>", FLATE_BOMB),
        # a filter value that cannot be found (say, in a compressed object stream): zlib data is tried
        stream(b"9 0 R", FLATE_BOMB),
        # the stream keyword straight after the dictionary, on a CR end of line
        b"%PDF-1.7\n4 0 obj<</Filter/FlateDecode/Length 9>>stream\r" + FLATE_BOMB + b"\rendstream endobj",
    ],
)
def test_bombs_are_found_however_the_filter_is_spelt(data):
    assert bomb_stream(data, limit=1 << 20)


def test_escaped_image_subtype_is_still_an_image_and_unescaped_names_still_pass():
    assert not bomb_stream(stream(b"/FlateDecode /Subtype /Im#61ge", FLATE_BOMB), limit=1 << 20)
    ordinary = with_objects(b"5 0 R", zlib.compress(b"BT (text) Tj ET" * 50), b"/FlateDecode")
    assert not bomb_stream(ordinary, limit=1 << 20)
