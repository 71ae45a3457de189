"""Control, escape and line-ending characters are shown as escapes (issue 16)."""

from __future__ import annotations

from masa_check.errors import InputError
from masa_check.safe_text import visible


def test_escape_sequences_and_c1_controls_are_shown_not_sent():
    assert visible("a\x1b[2Jb\x07") == "a\\x1b[2Jb\\x07"
    assert visible("title\x1b]0;pwned\x07") == "title\\x1b]0;pwned\\x07"
    assert visible("line\x85next\u2028x\u202eevil") == "line\\x85next\\u2028x\\u202eevil"
    assert visible("keeps\ttabs\nand lines") == "keeps\ttabs\nand lines"
    assert visible("Lowmoor’s café – 10%") == "Lowmoor’s café – 10%"


def test_one_line_escapes_every_line_ending():
    assert visible("a\nb\rc\r\nd", one_line=True) == "a\\nb\\rc\\r\\nd"
    assert visible("x\ty", one_line=True) == "x y"


def test_an_error_line_cannot_become_two_or_carry_an_escape():
    err = InputError("is empty", path="evil\n::error file=x::forged\x1b[8m.pdf")
    assert str(err) == "evil\\n::error file=x::forged\\x1b[8m.pdf: is empty"
    assert "\n" not in str(err) and "\x1b" not in str(err)
