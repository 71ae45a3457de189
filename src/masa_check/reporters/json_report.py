"""JSON output, schema_version 1 (see the design notes: keys may be added, never renamed)."""

from __future__ import annotations

from masa_check.results import RunResult


def render(run: RunResult, *, color: bool = False) -> str:
    return run.model_dump_json(indent=2) + "\n"
