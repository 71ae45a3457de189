"""Every document kind has a declared model; the examples load; unknown keys are errors."""

from __future__ import annotations

from pathlib import Path

import pytest

from masa_check.declared.schema import MODELS
from masa_check.document import DOCUMENT_KINDS
from masa_check.errors import InputError
from masa_check.sources.yaml_source import load_declared

EXAMPLES = Path(__file__).resolve().parents[2] / "examples"


def test_every_kind_has_a_model():
    assert set(MODELS) == set(DOCUMENT_KINDS)


@pytest.mark.parametrize("kind", DOCUMENT_KINDS)
def test_minimal_document_and_json_schema(kind):
    model = MODELS[kind]
    doc = model.model_validate({"kind": kind, "partnership": {"name": "Example"}})
    assert doc.kind == kind
    assert model.model_json_schema()["additionalProperties"] is False


def test_sab_documents_default_to_adults():
    for kind in ("sab-arrangements", "sab-strategic-plan", "sab-annual-report"):
        assert MODELS[kind].model_validate({"kind": kind, "partnership": {"name": "X"}}).partnership.cohort == "adults"


@pytest.mark.parametrize("path", sorted(EXAMPLES.glob("*.yaml")), ids=lambda p: p.name)
def test_examples_load(path):
    doc = load_declared(str(path))
    assert doc.kind in DOCUMENT_KINDS


def test_unknown_key_in_new_kind_names_line(tmp_path):
    f = tmp_path / "r.yaml"
    f.write_text("kind: sab-annual-report\npartnership: {name: X}\nsars:\n  concludd: []\n")
    with pytest.raises(InputError) as err:
        load_declared(str(f))
    assert "concluded" in str(err.value) and ":4" in str(err.value)


def test_arrangements_stay_backwards_compatible():
    a = MODELS["arrangements"].model_validate({"partnership": {"name": "X"}, "chair": {"name": "Y"}})
    assert a.kind == "arrangements" and a.chair.name == "Y" and a.sars is None
