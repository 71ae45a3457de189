"""Dates outside 1900-2100 are an input error, not a rule error (issue 16)."""

from __future__ import annotations

import datetime as dt

import pytest

from masa_check.errors import InputError
from masa_check.sources.doc_facts import parse_date
from masa_check.sources.yaml_source import load_declared


@pytest.mark.parametrize(
    "line",
    ["published: 9999-06-01", "published: 1066-10-14", "period: {start: 2024-04-01, end: 9999-03-31}"],
)
def test_a_declared_date_outside_the_range_is_refused_with_its_line(tmp_path, line):
    f = tmp_path / "report.yaml"
    f.write_text(
        "kind: yearly-report\npartnership:\n  name: Ravensholt Safeguarding Children Partnership\n" + line + "\n"
    )
    with pytest.raises(InputError, match="outside 1900-2100") as err:
        load_declared(str(f))
    assert err.value.line == 4


def test_a_date_in_text_outside_the_range_is_not_a_date():
    assert parse_date("Reviewed on 31 December 9999 by the Barrowby board") is None
    assert parse_date("Reviewed on 31 December 2099") == dt.date(2099, 12, 31)


def test_as_of_outside_the_range_is_an_input_error():
    from masa_check.cli import parse_as_of

    with pytest.raises(InputError, match="between 1900 and 2100"):
        parse_as_of("9999-12-31")
