"""Refuse PDF decompression bombs before pdfium decodes them.

pdfium inflates a content stream whole, in memory: a 1 MB file can ask for gigabytes. Each
stream's filter chain is run here with a bound on its output, streaming where it can, so a
bomb is refused with a clear message while a normal file costs a few milliseconds.

Every stream is visited, however its filter is spelt (see :func:`bomb_stream`). Covered
filters: FlateDecode, LZWDecode and RunLengthDecode (the ones that expand), behind any
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

_OBJ = re.compile(rb"(?<![0-9])(\d{1,10})\s+(\d{1,5})\s+obj(?![A-Za-z])")
_NAME = re.compile(rb"/([^\s/\[\]<>(){}%]+)")
_HEX = re.compile(rb"#([0-9A-Fa-f]{2})")
_FILTER_VALUE = re.compile(rb"/Filter\s*(\[[^\]]{0,2000}\]|/[^\s/\[\]<>(){}%]+|\d{1,10}\s+\d{1,5}\s+R)")
_REF = re.compile(rb"(\d{1,10})\s+(\d{1,5})\s+R")
#: How far back from ``stream`` its dictionary (and object header) is looked for.
_DICT_WINDOW = 64 * 1024
#: Distinct indirect filter values looked up in one file.
_MAX_LOOKUPS = 256
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
    """Whether any stream in the raw PDF ``data`` decodes to more than ``limit`` bytes.

    Every stream is found from its ``stream`` keyword, not from a ``/Filter`` spelling: the filter
    is read from the stream's own dictionary with ``#xx`` escapes decoded, indirect references
    followed and arrays read element by element. A stream whose filter cannot be resolved here
    (its value in a compressed object stream, say) but whose data starts like zlib is inflated
    as Flate. Damaged or unsupported streams are left to pdfium, which reports them."""
    lookups: dict[tuple[bytes, bytes], bytes | None] = {}
    for keyword, start in _streams(data):
        head = _dictionary(data, keyword)
        if head is None:
            continue
        filters = _filters(data, head, lookups)
        if filters is None:  # unresolved: only a zlib stream is worth a try
            filters = [b"FlateDecode"] if _looks_zlib(data[start : start + 2]) else []
        if not any(f in _EXPANDING for f in filters):
            continue
        if re.search(rb"/Subtype\s*/Image(?![A-Za-z])", head):
            continue  # images are not decoded to extract text
        try:
            _run_chain(data, start, filters, limit)
        except TooLarge:
            return True
        except (zlib.error, ValueError, binascii.Error):
            continue  # damaged or encrypted: pdfium decides
    return False


def _streams(data: bytes):
    """(offset of the keyword, offset of the data) of every ``stream`` keyword that is followed by
    an end of line and not part of ``endstream`` (bytes.find: a regex scan is 30 times slower)."""
    pos = data.find(b"stream")
    while pos >= 0:
        after = pos + 6
        eol = data[after : after + 2]
        if data[pos - 3 : pos] != b"end" and eol[:1] in (b"\r", b"\n"):
            yield pos, after + (2 if eol == b"\r\n" else 1)
        pos = data.find(b"stream", after)


def _unescape(raw: bytes) -> bytes:
    """A name or dictionary with its ``#xx`` escapes decoded (``/Fl#61teDecode`` is ``/FlateDecode``)."""
    return _HEX.sub(lambda h: bytes([int(h.group(1), 16)]), raw) if b"#" in raw else raw


def _dictionary(data: bytes, keyword: int) -> bytes | None:
    """The text between the object header and the ``stream`` keyword at ``keyword``, escapes
    decoded; None when there is no object header before it (``stream`` inside other text)."""
    for window in (2048, _DICT_WINDOW):
        lo = max(keyword - window, 0)
        headers = list(_OBJ.finditer(data, lo, keyword))
        if headers:
            head = data[headers[-1].end() : keyword]
            if b"endobj" in head or b">>" not in head:
                return None
            return _unescape(head)
        if lo == 0:
            break
    return None


def _filters(data: bytes, head: bytes, lookups: dict) -> list[bytes] | None:
    """The stream's filter names in order (``[]`` for none), or None when they cannot be resolved."""
    m = _FILTER_VALUE.search(head)
    if m is None:
        return None if re.search(rb"/Filter(?![A-Za-z])", head) else []
    value = m.group(1)
    if value.startswith(b"[") or value.startswith(b"/"):
        items = re.findall(rb"/[^\s/\[\]<>(){}%]+|\d{1,10}\s+\d{1,5}\s+R", value)
    else:
        items = [value]
    names: list[bytes] = []
    for item in items:
        if item.startswith(b"/"):
            names.append(item[1:])
            continue
        ref = _REF.fullmatch(item)
        target = _resolve(data, ref.group(1), ref.group(2), lookups) if ref else None
        if target is None:
            return None
        names += [n for n in _NAME.findall(target)]
    return [_ABBREVIATIONS.get(n, n) for n in names]


def _resolve(data: bytes, num: bytes, gen: bytes, lookups: dict) -> bytes | None:
    """The value of indirect object ``num gen`` (a name or array of names), escapes decoded; None
    when it is not found in the file's plain text."""
    key = (num, gen)
    if key not in lookups and len(lookups) >= _MAX_LOOKUPS:
        return None  # each look-up reads the file: beyond this, the zlib guess stands in
    if key not in lookups:
        pattern = rb"(?<![0-9])" + num + rb"\s+" + gen + rb"\s+obj\s*(\[[^\]]{0,2000}\]|/[^\s/\[\]<>(){}%]+)"
        found = None
        for found in re.finditer(pattern, data):  # noqa: B007 - the last definition wins, as after an update
            pass
        lookups[key] = _unescape(found.group(1)) if found else None
    return lookups[key]


def _looks_zlib(head: bytes) -> bool:
    return len(head) == 2 and head[0] & 0x0F == 8 and (head[0] << 8 | head[1]) % 31 == 0


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
