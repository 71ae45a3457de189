"""pdfium's decoding in a forked reading process under an address-space limit."""

from __future__ import annotations

import os
import sys
from pathlib import Path

import pytest

from masa_check.errors import InputError
from masa_check.sources import pdf_bounded, pdf_reader

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "hostile"))

pytestmark = pytest.mark.skipif(not pdf_bounded.can_isolate(), reason="no fork or no address-space limit here")


def _grab(n: int) -> int:
    return len(bytearray(n))


def test_work_within_the_budget_returns_its_value(tmp_path):
    f = tmp_path / "x.pdf"
    f.write_bytes(b"%PDF-1.7\n")
    assert pdf_bounded.run(str(f), _grab, 50 * 1024 * 1024, budget=256 * 1024 * 1024) == 50 * 1024 * 1024


def test_work_past_the_budget_is_one_input_error(tmp_path):
    f = tmp_path / "x.pdf"
    f.write_bytes(b"%PDF-1.7\n")
    with pytest.raises(InputError, match=r"could not be read within 64 MB of memory") as err:
        pdf_bounded.run(str(f), _grab, 1 << 30, budget=64 * 1024 * 1024)
    assert err.value.path == str(f)


def test_a_child_that_aborts_is_one_input_error_not_the_callers_death(tmp_path):
    f = tmp_path / "x.pdf"
    f.write_bytes(b"%PDF-1.7\n")
    with pytest.raises(InputError, match="decompression bomb or a damaged file"):
        pdf_bounded.run(str(f), os.abort)


def test_input_errors_and_other_errors_cross_back(tmp_path):
    f = tmp_path / "x.pdf"
    f.write_bytes(b"%PDF-1.7\n")

    def refuse():
        raise InputError("is not a readable PDF (broken)", path=str(f))

    with pytest.raises(InputError, match="broken"):
        pdf_bounded.run(str(f), refuse)
    with pytest.raises(RuntimeError, match="ZeroDivisionError"):
        pdf_bounded.run(str(f), lambda: 1 / 0)


def test_a_bomb_the_stream_scan_misses_ends_in_the_reading_process(tmp_path, monkeypatch):
    """The stream checks switched off: pdfium itself inflates 1 GB and is stopped by the limit."""
    import hostile_corpus as corpus

    pdf = corpus._flate_bomb_pdf(tmp_path)
    monkeypatch.setattr(pdf_reader, "_check_streams", lambda path: None)
    budget = 300 * 1024 * 1024
    with pytest.raises(InputError, match="could not be read within"):
        pdf_bounded.run(str(pdf), pdf_reader._read_text_layer, str(pdf), 10, False, budget=budget)
