"""Fixtures shared by every test directory."""

from __future__ import annotations

import pytest

from cli_helpers import run_cli


@pytest.fixture
def cli():
    return run_cli
