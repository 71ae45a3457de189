"""The base of every declared model: unknown keys are errors, so a typo never drops a fact."""

from __future__ import annotations

from pydantic import BaseModel, ConfigDict

Text = str | None


class Strict(BaseModel):
    model_config = ConfigDict(extra="forbid")
