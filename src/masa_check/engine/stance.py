"""Stance vocabulary: the English that changes what a mention means, read from ``stance.yaml``.

Deferral, intent, negation, history, restatement of the national duty, cross-references and
placeholders, the words that bound their scope and the headings of non-evidence sections live
in one data file, so that a new phrase has one place to go and comes with the sentences that
test it. This module reads the file once, checks its shape (a bad entry is a
:class:`StanceError` naming the entry) and compiles each pattern; the engine modules take their
compiled patterns from here. ``tests/engine/test_stance.py`` runs every entry's sentences.

File shape::

    fragments:                  # named pieces of regex, written {{name}} inside any regex
      name: 'regex'
    <category>:                 # deferral, intent, negation, history, restatement, ...
      about: why these words matter
      patterns:
        <name>:                 # the engine asks for "<category>.<name>"
          about: what it finds and where the engine reads it
          form: norm            # text | norm | before: what the engine searches (see prepare)
          find: search          # search | match (anchored at the start)
          flags: [ignorecase]   # optional
          hints: [must, should] # optional: words every match contains (a fast pre-test)
          wrap: '\\b(?:{{any}})\\b'  # optional: where the alternatives below go
          any:                  # alternatives, joined by '|' in this order
            - regex: 'one alternative'        # or a list of alternatives
              matches: [sentences it must match]
              not: [look-alikes the whole pattern must not match]
            - wrap: ...         # a nested group of alternatives
              any: [...]
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import Any

DATA = Path(__file__).with_name("stance.yaml")

FORMS = ("text", "norm", "before")
FINDS = ("search", "match")
FLAGS = {"ignorecase": re.IGNORECASE}
_ANY = "{{any}}"
_REF = re.compile(r"\{\{(\w+)\}\}")
_NAME = re.compile(r"^[a-z][a-z0-9_]*$")

_GROUP_KEYS = {"wrap", "any", "note", "matches", "not"}
_LEAF_KEYS = {"regex", "note", "matches", "not"}
_PATTERN_KEYS = {"about", "form", "find", "flags", "hints"} | _GROUP_KEYS | _LEAF_KEYS


class StanceError(ValueError):
    """``stance.yaml`` (or a file given to :func:`load`) has an entry that cannot be used."""


@dataclass(frozen=True)
class Entry:
    """One entry (or a group that carries sentences of its own): its alternatives placed in the
    wraps around them, a regex on its own; the sentences it must match; the look-alikes its
    whole pattern must not match."""

    where: str  # "deferral.phrases[3]"
    regex: str
    matches: tuple[str, ...]
    not_: tuple[str, ...]


@dataclass(frozen=True)
class Spec:
    name: str  # "<category>.<pattern>"
    about: str
    form: str
    find: str
    flags: int
    hints: tuple[str, ...]
    source: str  # the whole regex
    entries: tuple[Entry, ...]


class Hinted:
    """A regex searched only in text holding one of ``hints``: words every match contains,
    checked by substring search first (most sentences have none, and the regexes are long
    alternations tried at every position). The hints sit beside the pattern in ``stance.yaml``;
    tests check both agree on every example sentence and on the hard-case and fixture corpora."""

    def __init__(self, pattern: re.Pattern[str], hints: tuple[str, ...]):
        self.pattern = pattern
        self.hints = hints

    def search(self, text: str) -> re.Match[str] | None:
        for hint in self.hints:
            if hint in text:
                return self.pattern.search(text)
        return None


class Stance:
    """The loaded file: each pattern's spec, compiled once."""

    def __init__(self, specs: dict[str, Spec], path: Path):
        self.specs = specs
        self.path = path
        self._compiled: dict[str, re.Pattern[str]] = {}
        for name, spec in specs.items():
            try:
                self._compiled[name] = re.compile(spec.source, spec.flags)
            except re.error as exc:
                raise StanceError(f"{path.name}: {name}: the pattern does not compile ({exc})") from None
        self._hinted: dict[str, Hinted] = {}

    def pattern(self, name: str) -> re.Pattern[str]:
        try:
            return self._compiled[name]
        except KeyError:
            raise StanceError(f"{self.path.name} has no pattern {name!r}") from None

    def hinted(self, name: str) -> Hinted:
        if name not in self._hinted:
            spec = self.specs.get(name)
            if spec is None or not spec.hints:
                raise StanceError(f"{self.path.name}: {name!r} has no hints")
            self._hinted[name] = Hinted(self.pattern(name), spec.hints)
        return self._hinted[name]


# ---------------------------------------------------------------------------------------------
# Reading and checking the file


def _fail(path: Path, where: str, problem: str) -> StanceError:
    return StanceError(f"{path.name}: {where}: {problem}")


def _strings(value: Any, path: Path, where: str, *, required: bool = False) -> tuple[str, ...]:
    if value is None and not required:
        return ()
    if isinstance(value, str):
        value = [value]
    if not isinstance(value, list) or not value or not all(isinstance(v, str) and v.strip() for v in value):
        raise _fail(path, where, "must be a non-empty list of non-empty strings")
    return tuple(value)


class _Reader:
    """Walks one file's data into :class:`Spec` objects, with a clear error for a bad entry."""

    def __init__(self, path: Path, fragments: dict[str, str]):
        self.path = path
        self.fragments = fragments

    def expand(self, regex: str, where: str, *, wrap: bool = False) -> str:
        def sub(m: re.Match[str]) -> str:
            name = m.group(1)
            if name == "any" and wrap:
                return _ANY
            if name not in self.fragments:
                raise _fail(self.path, where, f"unknown fragment {{{{{name}}}}}")
            return self.fragments[name]

        return _REF.sub(sub, regex)

    def node(self, data: Any, where: str, keys: set[str]) -> tuple[str, list[Entry]]:
        """(the node's regex, its entries with their regex in this node's wraps)."""
        if not isinstance(data, dict):
            raise _fail(self.path, where, "must be a mapping")
        unknown = set(data) - keys
        if unknown:
            raise _fail(self.path, where, f"unknown key {sorted(unknown)[0]!r} (expected {', '.join(sorted(keys))})")
        if ("regex" in data) == ("any" in data):
            raise _fail(self.path, where, "give either 'regex' (an entry) or 'any' (a group of entries)")
        if "regex" in data:
            alternatives = _strings(data["regex"], self.path, f"{where}.regex", required=True)
            regex = "|".join(self.expand(a, where) for a in alternatives)
            matches = _strings(data.get("matches"), self.path, f"{where}.matches", required=True)
            return regex, [Entry(where, regex, matches, _strings(data.get("not"), self.path, f"{where}.not"))]
        items = data["any"]
        if not isinstance(items, list) or not items:
            raise _fail(self.path, where, "'any' must be a non-empty list")
        wrap = data.get("wrap", _ANY)
        if not isinstance(wrap, str) or wrap.count(_ANY) != 1:
            raise _fail(self.path, where, "'wrap' must hold {{any}} once")
        wrap = self.expand(wrap, where, wrap=True)
        parts: list[str] = []
        entries: list[Entry] = []
        for k, item in enumerate(items):
            regex, inner = self.node(item, f"{where}[{k}]", _GROUP_KEYS | _LEAF_KEYS)
            parts.append(regex)
            entries.extend(Entry(e.where, wrap.replace(_ANY, e.regex), e.matches, e.not_) for e in inner)
        regex = wrap.replace(_ANY, "|".join(parts))
        matches = _strings(data.get("matches"), self.path, f"{where}.matches")
        not_ = _strings(data.get("not"), self.path, f"{where}.not")
        if matches or not_:  # sentences for the group as a whole
            entries.append(Entry(where, regex, matches, not_))
        return regex, entries

    def spec(self, name: str, data: Any) -> Spec:
        where = name
        if not isinstance(data, dict):
            raise _fail(self.path, where, "must be a mapping")
        about = data.get("about")
        if not isinstance(about, str) or not about.strip():
            raise _fail(self.path, where, "needs an 'about' saying what it finds and where the engine reads it")
        form, find = data.get("form", "norm"), data.get("find", "search")
        if form not in FORMS:
            raise _fail(self.path, where, f"form {form!r} is not one of {', '.join(FORMS)}")
        if find not in FINDS:
            raise _fail(self.path, where, f"find {find!r} is not one of {', '.join(FINDS)}")
        flags = 0
        for flag in _strings(data.get("flags"), self.path, f"{where}.flags"):
            if flag not in FLAGS:
                raise _fail(self.path, where, f"unknown flag {flag!r} (expected {', '.join(FLAGS)})")
            flags |= FLAGS[flag]
        hints = _strings(data.get("hints"), self.path, f"{where}.hints")
        node = {k: v for k, v in data.items() if k not in ("about", "form", "find", "flags", "hints")}
        source, entries = self.node(node, where, _PATTERN_KEYS)
        return Spec(name, about.strip(), form, find, flags, hints, source, tuple(entries))


def _specs(data: Any, path: Path) -> dict[str, Spec]:
    if not isinstance(data, dict):
        raise StanceError(f"{path.name}: must be a mapping of categories")
    fragments = data.get("fragments") or {}
    if not isinstance(fragments, dict) or not all(
        isinstance(k, str) and isinstance(v, str) and v for k, v in fragments.items()
    ):
        raise StanceError(f"{path.name}: fragments: must map names to regex strings")
    reader = _Reader(path, {})
    reader.fragments = {k: reader.expand(v, f"fragments.{k}") for k, v in fragments.items()}
    specs: dict[str, Spec] = {}
    for category, body in data.items():
        if category == "fragments":
            continue
        if not isinstance(category, str) or not _NAME.match(category):
            raise StanceError(f"{path.name}: category {category!r} must be a lower-case name")
        if not isinstance(body, dict) or set(body) - {"about", "patterns"} or not isinstance(body.get("about"), str):
            raise StanceError(f"{path.name}: {category}: needs 'about' and 'patterns' (and nothing else)")
        patterns = body.get("patterns")
        if not isinstance(patterns, dict) or not patterns:
            raise StanceError(f"{path.name}: {category}: 'patterns' must be a non-empty mapping")
        for name, spec in patterns.items():
            if not isinstance(name, str) or not _NAME.match(name):
                raise StanceError(f"{path.name}: {category}: pattern name {name!r} must be a lower-case name")
            specs[f"{category}.{name}"] = reader.spec(f"{category}.{name}", spec)
    return specs


@lru_cache(maxsize=4)
def load(path: Path = DATA) -> Stance:
    """The stance vocabulary in ``path`` (the packaged file by default), read and compiled once."""
    import yaml

    try:
        text = path.read_text(encoding="utf-8")
    except OSError as exc:
        raise StanceError(f"{path}: cannot read the stance vocabulary ({exc.strerror or exc})") from None
    try:
        # libyaml's C loader when present: the same safe loader, several times faster at startup
        data = yaml.load(text, Loader=getattr(yaml, "CSafeLoader", yaml.SafeLoader))  # noqa: S506
    except yaml.YAMLError as exc:
        raise StanceError(f"{path.name}: not valid YAML ({str(exc).splitlines()[0]})") from None
    return Stance(_specs(data, path), path)


def pattern(name: str) -> re.Pattern[str]:
    """The compiled pattern ``"<category>.<name>"`` of the packaged file."""
    return load().pattern(name)


def hinted(name: str) -> Hinted:
    """The pattern ``name`` behind its literal hints (searched only in text holding one)."""
    return load().hinted(name)


def prepare(form: str, sentence: str) -> str:
    """An example sentence in the form the engine searches: ``text`` as written; ``norm`` its
    matching form (lower case, quotes and dashes unified); ``before`` the matching form of the
    text just before a concept, which ends in a space."""
    if form == "text":
        return sentence
    from masa_check.engine.terms import norm

    return norm(sentence) + (" " if form == "before" else "")
