"""Refuse PDF decompression bombs before pdfium decodes them.

pdfium inflates a content stream whole, in memory: a 1 MB file can ask for gigabytes. Each
stream's filter chain is run here with a bound on its output, streaming where it can, so a
bomb is refused with a clear message while a normal file costs a few milliseconds.

Covered filters: FlateDecode, LZWDecode and RunLengthDecode (the ones that expand), behind any
ASCII85Decode / ASCIIHexDecode stages (which shrink). Image filters (DCT, JPX, CCITT, JBIG2) end
the chain: text extraction never decodes images.
"""

from __future__ import annotations

import base64
import binascii
import re
import zlib

#: A stream that decodes beyond this is refused.
MAX_DECODED = 256 * 1024 * 1024
#: A decompressing stage that feeds another stage is held in memory: bounded lower.
MAX_INTERMEDIATE = 64 * 1024 * 1024

_FILTER = re.compile(rb"/Filter\s*(\[[^\]]{0,300}\]|/[A-Za-z0-9]+)")
_NAME = re.compile(rb"/([A-Za-z0-9]+)")
_ABBREVIATIONS = {b"Fl": b"FlateDecode", b"LZW": b"LZWDecode", b"RL": b"RunLengthDecode", b"A85": b"ASCII85Decode"}
_ABBREVIATIONS[b"AHx"] = b"ASCIIHexDecode"
_EXPANDING = {b"FlateDecode", b"LZWDecode", b"RunLengthDecode"}
#: Most bytes one input byte can become: LZW codes of 9+ bits name entries of up to ~3,840
#: bytes; a run-length pair repeats one byte 128 times. Smaller streams are not decoded.
_MAX_RATIO = {b"LZWDecode": 3_500, b"RunLengthDecode": 128}
_SHRINKING = {b"ASCII85Decode", b"ASCIIHexDecode"}


class TooLarge(Exception):
    """The stream decodes beyond the bound."""


def bomb_stream(data: bytes, limit: int = MAX_DECODED) -> bool:
    """Whether any stream in the raw PDF ``data`` decodes to more than ``limit`` bytes. Damaged or
    unsupported streams are left to pdfium, which reports them."""
    for m in _FILTER.finditer(data):
        filters = [_ABBREVIATIONS.get(n, n) for n in _NAME.findall(m.group(1))]
        if not any(f in _EXPANDING for f in filters):
            continue
        start = _stream_start(data, m.end())
        if start is None or b"/Image" in data[max(m.start() - 400, 0) : start]:
            continue  # images are not decoded to extract text
        try:
            _run_chain(data, start, filters, limit)
        except TooLarge:
            return True
        except (zlib.error, ValueError, binascii.Error):
            continue  # damaged or encrypted: pdfium decides
    return False


def _stream_start(data: bytes, after: int) -> int | None:
    """Offset of the stream data belonging to the dictionary that holds ``after``."""
    pos = data.find(b"stream", after, after + 2000)
    if pos < 0 or data[pos - 3 : pos] == b"end":
        return None
    if data.rfind(b"endobj", after, pos) >= 0:
        return None  # the /Filter belonged to an object without a stream
    pos += len(b"stream")
    if data[pos : pos + 2] == b"\r\n":
        return pos + 2
    if data[pos : pos + 1] in (b"\n", b"\r"):
        return pos + 1
    return None


def _run_chain(data: bytes, start: int, filters: list[bytes], limit: int) -> None:
    """Decode the chain; raises TooLarge past ``limit`` (or MAX_INTERMEDIATE in the middle)."""
    raw: bytes | None = None  # None: read straight from ``data`` at ``start``
    for i, name in enumerate(filters):
        last = i == len(filters) - 1 or filters[i + 1] not in _EXPANDING | _SHRINKING
        bound = limit if last else min(limit, MAX_INTERMEDIATE)
        if name in _SHRINKING:
            raw = _ascii_decode(name, _until_endstream(data, start) if raw is None else raw)
        elif name == b"FlateDecode":
            raw = _inflate(data, start, bound, keep=not last) if raw is None else _inflate(raw, 0, bound, not last)
        elif name in (b"LZWDecode", b"RunLengthDecode"):
            raw = _until_endstream(data, start) if raw is None else raw
            if last and len(raw) * _MAX_RATIO[name] <= bound:
                return  # cannot reach the bound, however it decodes
            raw = _lzw(raw, bound, keep=not last) if name == b"LZWDecode" else _run_length(raw, bound, keep=not last)
        else:
            return  # an image or unknown filter: not decoded for text
        if last:
            return


def _until_endstream(data: bytes, start: int) -> bytes:
    end = data.find(b"endstream", start)
    return data[start : end if end >= 0 else len(data)]


def _ascii_decode(name: bytes, raw: bytes) -> bytes:
    if name == b"ASCIIHexDecode":
        text = re.sub(rb"\s+", b"", raw.split(b">", 1)[0])
        return binascii.unhexlify(text + b"0" * (len(text) % 2))
    text = raw.strip()
    if text.startswith(b"<~"):
        text = text[2:]
    text = text.split(b"~>", 1)[0]
    return base64.a85decode(text, ignorechars=b" \t\n\r\x0b\x0c")


def _inflate(data: bytes, start: int, bound: int, keep: bool) -> bytes | None:
    """Inflate from ``start``, counting (and keeping, when ``keep``) at most ``bound`` bytes."""
    inflater = zlib.decompressobj()
    total = 0
    pos = start
    kept: list[bytes] = []
    while not inflater.eof:
        chunk = inflater.unconsumed_tail
        if not chunk:
            chunk = data[pos : pos + (1 << 16)]
            if not chunk:
                break
            pos += len(chunk)
        out = inflater.decompress(chunk, 1 << 20)
        total += len(out)
        if total > bound:
            raise TooLarge
        if keep:
            kept.append(out)
    return b"".join(kept) if keep else None


def _lzw(raw: bytes, bound: int, keep: bool = True) -> bytes:
    """LZW as PDF writes it (variable code width 9-12 bits, early change), bounded; with
    ``keep`` false only the length is counted (the last stage of a chain)."""
    out = bytearray()
    total = 0
    table = [bytes([i]) for i in range(256)] + [b"", b""]
    width, bits, nbits = 9, 0, 0
    prev: bytes | None = None
    for byte in raw:
        bits = (bits << 8) | byte
        nbits += 8
        while nbits >= width:
            nbits -= width
            code = (bits >> nbits) & ((1 << width) - 1)
            if code == 256:  # clear table
                del table[258:]
                width, prev = 9, None
                continue
            if code == 257:  # end of data
                return bytes(out)
            if prev is None:
                entry = table[code] if code < len(table) else b""
            elif code < len(table):
                entry = table[code]
                table.append(prev + entry[:1])
            elif code == len(table):
                entry = prev + prev[:1]
                table.append(entry)
            else:
                raise ValueError("bad LZW code")
            total += len(entry)
            if total > bound:
                raise TooLarge
            if keep:
                out += entry
            prev = entry
            if len(table) + 1 >= (1 << width) and width < 12:
                width += 1
    return bytes(out)


def _run_length(raw: bytes, bound: int, keep: bool = True) -> bytes:
    out = bytearray()
    total = 0
    i = 0
    while i < len(raw):
        n = raw[i]
        if n == 128:
            break
        piece = raw[i + 1 : i + 2 + n] if n < 128 else raw[i + 1 : i + 2] * (257 - n)
        i += n + 2 if n < 128 else 2
        total += len(piece)
        if total > bound:
            raise TooLarge
        if keep:
            out += piece
    return bytes(out)
