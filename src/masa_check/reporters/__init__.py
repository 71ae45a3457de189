"""Reporters: RunResult → one output format. They never read the input documents.

Each module exposes ``render(run, *, color=False) -> str | bytes``. Modules are imported only
when their format is asked for, to keep start-up light.
"""

from __future__ import annotations

import importlib
from collections.abc import Callable

from masa_check.errors import InputError

REPORTERS: dict[str, str] = {
    "table": "masa_check.reporters.table:render",
    "json": "masa_check.reporters.json_report:render",
}

#: Formats that produce bytes and so need a file, not a terminal.
BINARY_FORMATS = {"docx", "xlsx"}


def get_reporter(name: str) -> Callable:
    target = REPORTERS.get(name)
    if target is None:
        raise InputError(f"unknown format {name!r}; choose from {', '.join(REPORTERS)}")
    module, _, func = target.partition(":")
    return getattr(importlib.import_module(module), func)
