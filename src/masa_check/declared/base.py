"""The base of every declared model: unknown keys are errors, so a typo never drops a fact; a
``TODO`` placeholder (``masa-check init``'s) is an error, so a starter never passes unfilled; and
a date outside 1900-2100 is an error too (no partnership document is dated there, and a rule
reckoning a year on from 9999 would fail instead of judging)."""

from __future__ import annotations

import datetime as dt
from typing import Any

from pydantic import BaseModel, ConfigDict, field_validator

Text = str | None

#: The years a declared date may fall in.
MIN_YEAR, MAX_YEAR = 1900, 2100


def check_year(value: Any) -> Any:
    """``value`` unchanged, or ValueError for a date (also inside a list) outside MIN_YEAR-MAX_YEAR."""
    items = value if isinstance(value, list) else [value]
    for item in items:
        if isinstance(item, dt.date) and not MIN_YEAR <= item.year <= MAX_YEAR:
            raise ValueError(f"date {item.isoformat()} is outside {MIN_YEAR}-{MAX_YEAR}")
    return value


def _is_placeholder(value: Any) -> bool:
    if isinstance(value, str):
        return value.strip()[:4].upper() == "TODO"
    if isinstance(value, list):
        return any(_is_placeholder(v) for v in value)
    return False


class Strict(BaseModel):
    model_config = ConfigDict(extra="forbid")

    @field_validator("*", mode="before")
    @classmethod
    def _no_placeholder(cls, value: Any) -> Any:
        if _is_placeholder(value):
            raise ValueError(
                "still a TODO placeholder: fill it in from your published arrangements, or delete the line"
            )
        return value

    @field_validator("*", mode="after")
    @classmethod
    def _plausible_dates(cls, value: Any) -> Any:
        return check_year(value)
