"""JSON output, schema_version 1 (see the design notes: keys may be added, never renamed)."""

from __future__ import annotations

import json
import re

from masa_check.results import RunResult

#: A lone surrogate: a file name that was not valid UTF-8, as Python decodes it (surrogateescape).
_SURROGATE = re.compile("[\ud800-\udfff]")


def render(run: RunResult, *, color: bool = False) -> str:
    """The results; a lone surrogate (an undecodable file name) is written as its ``\\uDCxx``
    escape, so the file is valid UTF-8 and ``json.loads`` gives back the name the OS has."""
    text = json.dumps(run.model_dump(mode="json"), indent=2, ensure_ascii=False)
    return _SURROGATE.sub(lambda m: f"\\u{ord(m.group()):04x}", text) + "\n"
