"""Text from documents, file names and YAML made safe to show (issue 16).

Anything a document or a received folder supplies (quotes, titles, file names, pack values) may
hold escape sequences that clear a terminal or set its title, characters that end a line where
a reader (or GitHub's runner, which reads ``::error`` commands from any line) sees a new one, or
bidirectional overrides that reorder what is shown. :func:`visible` replaces each with its
escape (``\\x1b``, ``\\u202e``), which shows what was there and does nothing; with ``one_line``
line breaks are escaped too (``\\n``), for outputs where one line must stay one line.
"""

from __future__ import annotations

import re

#: C0 controls but tab and line feed, DEL, C1 controls (U+0085 ends a line in YAML and .NET),
#: the Unicode line and paragraph separators, the bidirectional controls, and lone surrogates (a
#: file name that is not valid UTF-8, as Python decodes it: no UTF-8 output can hold one).
_UNSAFE = re.compile(
    "[\x00-\x08\x0b-\x1f\x7f-\x9f\u2028\u2029\u200e\u200f\u061c\u202a-\u202e\u2066-\u2069\ud800-\udfff]"
)
_UNSAFE_ONE_LINE = re.compile(
    "[\x00-\x1f\x7f-\x9f\u2028\u2029\u200e\u200f\u061c\u202a-\u202e\u2066-\u2069\ud800-\udfff]"
)
_NAMED = {"\n": "\\n", "\r": "\\r", "\t": "\\t"}


def _escape(m: re.Match) -> str:
    ch = m.group(0)
    if ch in _NAMED:
        return _NAMED[ch]
    code = ord(ch)
    return f"\\x{code:02x}" if code < 0x100 else f"\\u{code:04x}"


def visible(text: str, *, one_line: bool = False) -> str:
    """``text`` with control, escape and line-ending characters shown as escapes (tab and line
    feed kept unless ``one_line``; a tab is kept on one line too, as a space)."""
    if not text:
        return text
    if one_line:
        return _UNSAFE_ONE_LINE.sub(_escape, text.replace("\t", " "))
    return _UNSAFE.sub(_escape, text)
