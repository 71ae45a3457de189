"""A waiver entry, shared by the declared file and ``.masa-check.yaml``; kept apart from the
full declared model so that checking a PDF never builds that model."""

from __future__ import annotations

import datetime as dt

from pydantic import Field

from masa_check.declared.base import Strict, Text


class WaiverEntry(Strict):
    """A gap the partnership accepts knowingly, until ``expires``."""

    rule: str = Field(description="Rule ID, e.g. WT23-ARR-13")
    reason: str = Field(min_length=1, description="Why the gap is accepted (required)")
    expires: dt.date = Field(description="Date after which the waiver no longer applies (required)")
    approved_by: Text = None
