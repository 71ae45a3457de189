"""The base of every declared model: unknown keys are errors, so a typo never drops a fact; and a
``TODO`` placeholder (``masa-check init``'s) is an error, so a starter never passes unfilled."""

from __future__ import annotations

from typing import Any

from pydantic import BaseModel, ConfigDict, field_validator

Text = str | None


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
