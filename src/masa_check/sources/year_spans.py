"""Years written as a span ("2024/25", "2023-2026", "2023 to 2024"): one reading of a year label,
shared by the document's facts (the year a report covers) and the engine's date rules (a plan's or
a report's period)."""

from __future__ import annotations

import re
from collections.abc import Iterator

_DASHES = str.maketrans({"–": "-", "—": "-"})
#: Two years joined by "/", "-" or "to"; not a date written 2024-03-31.
YEAR_SPAN = re.compile(r"\b((?:19|20)\d\d)\s*(?:/|-|to)\s*((?:19|20)?\d\d)\b(?!\s*-\s*\d{2}\b)")


def year_spans(text: str) -> Iterator[tuple[re.Match[str], int, int]]:
    """(match, first year, second year written in full) for each span in ``text``, its dashes
    read as hyphens ("2024/25" gives 2024 and 2025). Callers judge the span's length."""
    for m in YEAR_SPAN.finditer(text.translate(_DASHES)):
        first, second = int(m.group(1)), int(m.group(2))
        yield m, first, second if second > 99 else first // 100 * 100 + second
