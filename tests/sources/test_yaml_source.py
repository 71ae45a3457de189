"""Declared YAML: lines for evidence, and one clear error (file:line:column) for bad input."""

from __future__ import annotations

import pytest

from masa_check.errors import InputError
from masa_check.sources.yaml_source import load_declared


def write(tmp_path, text: str, name: str = "a.yaml"):
    p = tmp_path / name
    p.write_text(text, encoding="utf-8")
    return str(p)


def test_lines_recorded_for_fields(tmp_path):
    doc = load_declared(write(tmp_path, "kind: arrangements\npartnership:\n  name: X\nscrutiny:\n  scrutineer: Jo\n"))
    assert doc.lines["scrutiny.scrutineer"] == 5
    assert doc.declared.scrutiny.scrutineer == "Jo"


@pytest.mark.parametrize(
    "text,fragment,line",
    [
        ("partnership:\n  name: X\nscrutiny: [a, b\n", "invalid YAML", 4),
        ("partnership:\n  name: X\nscrutny:\n  scrutineer: Jo\n", "did you mean 'scrutiny'", 3),
        ("partnership:\n  name: X\nscrutiny:\n  scrutiner: Jo\n", "did you mean 'scrutineer'", 4),
        ("partnership:\n  name: X\npublished: not-a-date\n", "published", 3),
        ("partnership:\n  website: x\n", "missing required field 'partnership.name'", 1),
        ("partnership:\n  name: X\n  name: Y\n", "duplicate key 'name'", 3),
        ("partnership:\n\tname: X\n", "tabs", 2),
        ("- a\n- b\n", "top level must be a mapping", 1),
        ("kind: arrangments\npartnership:\n  name: X\n", "did you mean 'arrangements'", 1),
        ("partnership: !!python/object:os.system\n  name: X\n", "unsupported YAML tag", 1),
    ],
)
def test_bad_yaml_gives_located_error(tmp_path, text, fragment, line):
    path = write(tmp_path, text)
    with pytest.raises(InputError) as exc:
        load_declared(path)
    message = str(exc.value)
    assert fragment in message
    assert message.startswith(f"{path}:{line}")
    assert "\n" not in message


def test_empty_file(tmp_path):
    with pytest.raises(InputError, match="is empty"):
        load_declared(write(tmp_path, "  \n# only a comment\n"))


def test_alias_bomb_is_bounded(tmp_path):
    lines = ["a0: &a0 [x, x, x, x, x, x, x, x, x, x]"]
    for i in range(1, 9):
        prev = f"*a{i - 1}"
        lines.append(f"a{i}: &a{i} [{', '.join([prev] * 10)}]")
    with pytest.raises(InputError, match="too many values"):
        load_declared(write(tmp_path, "\n".join(lines) + "\n"))


def test_not_utf8(tmp_path):
    p = tmp_path / "a.yaml"
    p.write_bytes(b"partnership:\n  name: \xff\xfe\n")
    with pytest.raises(InputError, match="not UTF-8"):
        load_declared(str(p))


def test_schema_errors_give_line_and_column_of_the_key(tmp_path):
    path = write(tmp_path, "partnership:\n  name: X\nscrutiny:\n    scrutiner: Jo\n")
    with pytest.raises(InputError) as err:
        load_declared(path)
    assert (err.value.line, err.value.column) == (4, 5)
    assert str(err.value).startswith(f"{path}:4:5: unknown key 'scrutiny.scrutiner'")


@pytest.mark.parametrize("value", ["1st April 2025", "2025-13-01", "April 2025"])
def test_a_date_that_is_not_a_date_says_how_to_write_it(tmp_path, value):
    with pytest.raises(InputError) as err:
        load_declared(write(tmp_path, f"partnership:\n  name: X\npublished: {value}\n"))
    assert "not a date" in str(err.value) and "YYYY-MM-DD" in str(err.value)
    assert "Input should be" not in str(err.value)


def test_every_schema_error_is_kept_for_verbose_listing(tmp_path):
    text = "partnership:\n  name: X\nscrutiny:\n  scrutiner: Jo\nfunding:\n  totl: 5\npublished: soon\n"
    with pytest.raises(InputError) as err:
        load_declared(write(tmp_path, text))
    assert "(and 2 more errors; -v lists them)" in str(err.value)
    assert len(err.value.more) == 2 and all(":" in m and "a.yaml:" in m for m in err.value.more)
    assert any("funding.totl" in m for m in err.value.more) and any("not a date" in m for m in err.value.more)
