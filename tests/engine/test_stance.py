"""Every entry of stance.yaml against its own sentences, through the pattern the engine uses."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from masa_check.engine import matcher, qualifiers, stance, temporal, text_index, text_match

STANCE = stance.load()
ENTRIES = [(spec, entry) for spec in STANCE.specs.values() for entry in spec.entries]


def _finder(spec: stance.Spec, regex: str | re.Pattern[str]):
    compiled = regex if isinstance(regex, re.Pattern) else re.compile(regex, spec.flags)
    return compiled.match if spec.find == "match" else compiled.search


@pytest.mark.parametrize(("spec", "entry"), ENTRIES, ids=[e.where for _, e in ENTRIES])
def test_entry_matches_its_sentences_and_not_its_look_alikes(spec, entry):
    whole = _finder(spec, STANCE.pattern(spec.name))
    own = _finder(spec, entry.regex)  # the entry alone, inside the wraps around it
    for sentence in entry.matches:
        text = stance.prepare(spec.form, sentence)
        assert own(text), f"{entry.where}: its own alternatives miss {sentence!r}"
        assert whole(text), f"{spec.name}: misses {sentence!r}"
        if spec.hints:  # the literal pre-test must let every example through
            assert STANCE.hinted(spec.name).search(text), f"{spec.name}: hints miss {sentence!r}"
    for sentence in entry.not_:
        text = stance.prepare(spec.form, sentence)
        assert not whole(text), f"{spec.name}: matches the look-alike {sentence!r} (given in {entry.where})"


def test_every_pattern_has_examples_on_both_sides():
    for spec in STANCE.specs.values():
        assert spec.entries, spec.name
        assert all(e.matches or e.not_ for e in spec.entries), spec.name
        assert any(e.not_ for e in spec.entries), f"{spec.name} has no look-alike"


# The names the engine reads, and the stance pattern each is.
ENGINE = {
    (matcher, "_CONTENTS_PART"): "reference.contents_part",
    (qualifiers, "DEFERRAL"): "deferral.phrases",
    (qualifiers, "NEGATION"): "negation.words",
    (qualifiers, "PLACEHOLDER"): "deferral.placeholder",
    (text_index, "DEFERRAL_EXTRA"): "intent.extra",
    (text_index, "FUTURE"): "intent.future",
    (text_index, "_CONSULT"): "deferral.lead_in",
    (text_index, "_XREF"): "reference.xref",
    (text_index, "_URL"): "reference.url",
    (text_index, "_DUTY"): "restatement.duty",
    (text_index, "_MODAL_DUTY"): "restatement.modal_duty",
    (text_index, "_PURPOSE"): "restatement.purpose",
    (text_index, "_EMBEDDED"): "restatement.embedded",
    (text_index, "_REQUIREMENT_FORM"): "restatement.read_back",
    (text_index, "_SPECIFIC"): "restatement.own_voice",
    (text_index, "_GUIDANCE_SAYS"): "restatement.guidance_says",
    (text_index, "_HISTORIC"): "history.earlier",
    (text_index, "_STILL"): "history.continuing",
    (temporal, "HISTORIC"): "history.superseded_context",
    (text_match, "_NEG_CUE"): "negation.cue",
    (text_match, "_NEG_DET"): "negation.determiner",
    (text_match, "_NEG_GOVERNS"): "negation.governs",
    (text_match, "_NEG_VERB"): "negation.verb",
    (text_match, "_NEG_PASSIVE"): "negation.passive",
    (text_match, "_NEG_DO"): "negation.do",
    (text_match, "_NEG_AUX_BEFORE"): "negation.aux_before",
    (text_match, "_NEG_WORD"): "negation.own_word",
    (text_match, "_PROMISE_BREAK"): "intent.promise_break",
    (text_match, "_CLAUSE_CUT"): "scope.clause_cut",
    (text_match, "_OBJECT_ENDS"): "scope.object_ends",
    (text_match, "_BACK_REFERENCE_LEAD"): "scope.back_reference_lead",
}


def test_the_engine_uses_the_compiled_stance_patterns():
    for (module, name), key in ENGINE.items():
        assert getattr(module, name) is STANCE.pattern(key), f"{module.__name__}.{name} is not {key}"
    for hinted, key in (
        (text_index._DUTY_FAST, "restatement.duty"),
        (text_index._MODAL_DUTY_FAST, "restatement.modal_duty"),
        (text_index._XREF_FAST, "reference.xref"),
        (text_index.URL_FAST, "reference.url"),
        (matcher._DESCRIBES, "reference.describes"),
    ):
        assert hinted.pattern is STANCE.pattern(key) and hinted.hints == STANCE.specs[key].hints
    assert dict(text_index._SECTION_KIND) == {k: STANCE.pattern(f"section.{k}") for k, _ in text_index._SECTION_KIND}
    assert text_match.DEFERRAL is qualifiers.DEFERRAL is text_index.DEFERRAL
    # every pattern in the file is read by the engine
    used = set(ENGINE.values()) | {f"section.{k}" for k, _ in text_index._SECTION_KIND} | {"reference.describes"}
    assert used == set(STANCE.specs)


def test_the_file_is_read_once():
    assert stance.load() is STANCE


GOOD = """
fragments:
  word: 'tbc'
deferral:
  about: Wording that puts a thing off.
  patterns:
    phrases:
      about: A test pattern.
      wrap: '\\b(?:{{any}})\\b'
      any:
        - regex: ['{{word}}', 'pending']
          matches: ["Chair: TBC"]
          not: ["Spending rose."]
"""


def _load(tmp_path: Path, text: str) -> stance.Stance:
    path = tmp_path / "stance.yaml"
    path.write_text(text, encoding="utf-8")
    return stance.load(path)


def test_a_small_file_composes_its_pattern(tmp_path):
    loaded = _load(tmp_path, GOOD)
    assert loaded.pattern("deferral.phrases").pattern == r"\b(?:tbc|pending)\b"
    (entry,) = loaded.specs["deferral.phrases"].entries
    assert entry.where == "deferral.phrases[0]" and entry.regex == r"\b(?:tbc|pending)\b"


@pytest.mark.parametrize(
    ("change", "message"),
    [
        (("regex: ['{{word}}', 'pending']", "regexp: 'pending'"), r"deferral\.phrases\[0\]: unknown key 'regexp'"),
        (('          matches: ["Chair: TBC"]\n', ""), r"deferral\.phrases\[0\]\.matches: must be a non-empty list"),
        (("'{{word}}'", "'{{nothing}}'"), r"deferral\.phrases\[0\]: unknown fragment \{\{nothing\}\}"),
        (("'pending'", "'pend(ing'"), r"deferral\.phrases: the pattern does not compile"),
        (("wrap: '\\b(?:{{any}})\\b'", "wrap: '\\b\\b'"), r"deferral\.phrases: 'wrap' must hold \{\{any\}\} once"),
        (("      about: A test pattern.\n", ""), r"deferral\.phrases: needs an 'about'"),
        (("      wrap:", "      form: html\n      wrap:"), r"deferral\.phrases: form 'html' is not one of"),
        (("      wrap:", "      flags: [multiline]\n      wrap:"), r"deferral\.phrases: unknown flag 'multiline'"),
        (("  patterns:", "  pattern:"), r"deferral: needs 'about' and 'patterns'"),
        (("    phrases:", "    Phrases:"), r"deferral: pattern name 'Phrases' must be a lower-case name"),
        (("'{{word}}', 'pending'", ""), r"deferral\.phrases\[0\]\.regex: must be a non-empty list"),
    ],
)
def test_a_bad_entry_is_a_clear_error(tmp_path, change, message):
    old, new = change
    assert old in GOOD
    with pytest.raises(stance.StanceError, match=r"^stance\.yaml: " + message):
        _load(tmp_path, GOOD.replace(old, new, 1))


def test_an_unknown_pattern_name_is_a_clear_error():
    with pytest.raises(stance.StanceError, match="has no pattern 'deferral.nothing'"):
        stance.pattern("deferral.nothing")


def test_invalid_yaml_is_a_clear_error(tmp_path):
    with pytest.raises(stance.StanceError, match=r"^stance\.yaml: not valid YAML"):
        _load(tmp_path, "deferral: [unclosed")


def test_the_sets_out_hint_gap_is_closed():
    """Once recorded as a known gap (the duty pattern read "the Act sets out ..." but its hints held
    only "set out", so the fast path never tried it). The hints now hold "sets out" and "duties",
    scored on the benchmark on their own: the sentence is a restatement."""
    sentence = stance.prepare("norm", "The Care Act 2014 sets out the board's three core duties.")
    assert STANCE.pattern("restatement.duty").search(sentence)
    assert STANCE.hinted("restatement.duty").search(sentence)
