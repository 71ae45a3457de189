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
    "junit": "masa_check.reporters.junit:render",
    "sarif": "masa_check.reporters.sarif:render",
    "github": "masa_check.reporters.github:render",
    "md": "masa_check.reporters.markdown:render",
    "markdown": "masa_check.reporters.markdown:render",
    "csv": "masa_check.reporters.csv_report:render",
    "html": "masa_check.reporters.html:render",
    "docx": "masa_check.reporters.docx_report:render",
    "xlsx": "masa_check.reporters.xlsx_report:render",
}

#: Formats of ``upgrade``'s report (an UpgradeReport, not a RunResult).
UPGRADE_REPORTERS: dict[str, str] = {
    "table": "masa_check.reporters.upgrade_table:render",
    "markdown": "masa_check.reporters.upgrade_markdown:render",
    "md": "masa_check.reporters.upgrade_markdown:render",
    "docx": "masa_check.reporters.upgrade_docx:render",
    "json": "masa_check.reporters._upgrade:render_json",
}

#: Formats that produce bytes and so need a file, not a terminal.
BINARY_FORMATS = {"docx", "xlsx"}


def get_reporter(name: str, table: dict[str, str] = REPORTERS) -> Callable:
    target = table.get(name)
    if target is None:
        raise InputError(f"unknown format {name!r}; choose from {', '.join(table)}")
    module, _, func = target.partition(":")
    return getattr(importlib.import_module(module), func)
