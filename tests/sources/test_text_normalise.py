"""Reading clean-up that evidence quotes go through: nothing a reader cannot see leaks out."""

from __future__ import annotations

import pytest

from masa_check.sources.text_normalise import clean


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        ("a multi\ufffe\nagency team", "a multi-agency team"),  # pdfium's line-end hyphen
        ("safe\ufffe\nguarding children", "safeguarding children"),
        ("multi\ufffeagency", "multi-agency"),
        ("soft\u00adhyphen", "softhyphen"),
        ("zero\u200bwidth", "zerowidth"),
    ],
)
def test_invisible_marks_do_not_reach_quotes(raw, expected):
    assert clean(raw) == expected
    assert "\ufffe" not in clean(raw)
