"""Rule packs: YAML data validated strictly on load.

A rule is data over a small vocabulary: facets (the (a)/(b)/(c) of a requirement), each with a
check on the declared model (``declared``) and a concept search for published documents
(``text``). No rule is a Python class.
"""

from __future__ import annotations

import copy
import datetime as dt
import difflib
import re
from collections.abc import Iterator, Mapping
from pathlib import Path
from typing import Any, Literal

from pydantic import BaseModel, ConfigDict, Field, ValidationError, field_validator, model_validator

from masa_check.engine.pack_summary import builtin_rules_dir  # noqa: F401 - its home was here
from masa_check.errors import InputError

RULE_ID = re.compile(r"^[A-Z][A-Z0-9]*(-[A-Z0-9]+)*-\d{2,}$")
PACK_ID = re.compile(r"^[a-z0-9][a-z0-9-]*$")


class Strict(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)


class DeclaredCheck(Strict):
    """A check on a field of the declared model. ``path`` uses dots and ``[*]`` for every item."""

    path: str
    check: str = "present"
    value: Any = None
    message: str | None = None


class TextSpec(Strict):
    """Concepts to find in a published document's body text.

    ``all``: concept groups that must all occur in one sentence; each group is a list of
    terms (any one matches; ``*`` ends a prefix, e.g. ``scrutin*``). ``heading``: terms that,
    in a section heading, let the section's body sentences count for the first group.
    ``exclude``: terms that disqualify a sentence (e.g. look-alikes from the "not enough" list).
    """

    all: list[list[str]]
    heading: list[str] = Field(default_factory=list)
    #: ``heading`` also covers the direct sub-sections of such a section (one per review, say).
    heading_subsections: bool = False
    #: A list or table whose lead-in names the first group ("Our lead safeguarding partners
    #: are:") counts for each of its items: for facets that list named bodies or people.
    from_lead_in: bool = False
    exclude: list[str] = Field(default_factory=list)
    #: Terms that, in a section heading (or its parent's), keep that section's sentences out:
    #: the Board's own activity is not read from a section on its members' contributions.
    not_under: list[str] = Field(default_factory=list)
    #: Minimum number of distinct matching sentences for the facet to be met.
    min_sentences: int = 1
    #: The groups' matches must lie within this many characters of each other in the sentence.
    near: int = 250
    #: When no one sentence holds every group, the groups may instead be found in up to this
    #: many neighbouring body sentences of the same section, one group per sentence if need be
    #: (a list of the six principles, one per bullet). 0: one sentence only.
    across: int = Field(0, ge=0, le=20)
    #: In a report (which says what was done), future wording around the concept ("will be
    #: shared") reads as intent; facets about what happens next (timescales, sending the
    #: report on) set this to accept it.
    future_ok: bool = False
    #: The facet is about something that must already have happened (Healthwatch consulted in
    #: preparing the plan): in any kind of document, a promise ("we will share the plan with
    #: Healthwatch and invite its comments when we refresh it") is not evidence of it. For
    #: documents whose other content is rightly in the future tense (a strategic plan's actions).
    past_only: bool = False
    #: A mention found only in a useful-links / references section gives ``referenced`` (at most
    #: partial) instead of nothing: for facets whose catalogue entry says so ("link in a useful
    #: links list only → partial", the threshold document). Otherwise such a mention is not
    #: evidence, like a glossary entry, and the facet is missing.
    links_partial: bool = False
    #: The facet is about the document itself (its period, its refresh): "this plan sets out what
    #: the Board will do in 2025/26" is evidence of it, where for other facets a sentence saying
    #: what a document sets out is a pointer to content (stance ``reference.describes``).
    about_itself: bool = False
    #: The national duty restated, found nowhere else, gives ``intent`` (at most partial) instead
    #: of nothing. Set for a whole pack by the pack's ``restated_partial``: in the duty-holders' own
    #: arrangements (a CDR partners' document reading back the statute's scope) the restated duty is
    #: what they mean to do, not yet shown as done; in a report it says nothing about the year.
    restated_partial: bool = False


class SupersededTerm(Strict):
    """A body or process that stopped existing on ``after``: naming it as current later is stale."""

    terms: list[str] = Field(min_length=1, description="Same term syntax as TextSpec")
    name: str | None = Field(None, description="The name as shown by `rules explain` (else the first term)")
    after: dt.date
    now: str = Field(description="What replaced it, for the message")
    source: str | None = Field(None, description="Where the change is published (the table's citation)")
    years_are_history: bool = Field(
        True,
        description="A year up to `after`'s in the sentence places the mention in the past; false for a "
        'name that carries its own year ("the Panel\'s practice guidance (2019)")',
    )


class TextDates(Strict):
    """A date fact read from a published document's sentences.

    Sentences are found as for ``TextSpec`` (``all``/``heading``); the dates or periods in them
    are then checked: ``not_passed`` (a date on or after the run date), ``previous_financial_year``
    (the period is the financial year before publication), ``covers_current_financial_year``,
    ``period_max_months`` (``value`` months), ``published_by`` (the document's date is on or
    before the first ``value`` MM-DD after the period's end; ``setting`` overrides from config), or
    ``follows_previous`` (``all`` finds where the previous report is mentioned; the document's own
    period starts the day after that report's period ended; not mentioned → needs review).
    """

    check: Literal[
        "not_passed",
        "previous_financial_year",
        "covers_current_financial_year",
        "period_max_months",
        "published_by",
        "follows_previous",
    ]
    all: list[list[str]] = Field(default_factory=list)
    heading: list[str] = Field(default_factory=list)
    #: ``heading`` also covers the direct sub-sections of such a section (one per review, say).
    heading_subsections: bool = False
    #: A list or table whose lead-in names the first group ("Our lead safeguarding partners
    #: are:") counts for each of its items: for facets that list named bodies or people.
    from_lead_in: bool = False
    value: Any = None
    setting: str | None = None


class Exemplars(Strict):
    """Sentences written by the team that show what a facet is about, in the many ways documents
    put it (``pos``), and look-alikes that are not evidence of it (``neg``: the topic without the
    specifics, the national duty restated, a deferral, a contents line). The topic scorer learns
    from them; the test suite checks each against the facet's slots."""

    pos: list[str] = Field(min_length=1)
    neg: list[str] = Field(default_factory=list)


class Facet(Strict):
    id: str
    name: str
    #: The typed specifics a pass on published text needs (the catalogue's evidence column):
    #: slot types from ``engine/specifics.py``; ``money|share`` = either. Found in the evidence
    #: sentence or its neighbours in the same section; a facet on topic without them is partial.
    slots: list[str] = Field(default_factory=list)
    exemplars: Exemplars | None = None
    declared: list[DeclaredCheck] = Field(default_factory=list, description="any one of these meets the facet")
    weak: list[DeclaredCheck] = Field(default_factory=list, description="any of these gives at most partial")
    text: TextSpec | None = None
    weak_text: TextSpec | None = None
    #: Another way to meet the facet in text, tried when ``text`` is not met: an explicit "no
    #: changes are needed" where the requirement accepts one.
    text_or: TextSpec | None = None
    #: Currency: met when none of these terms is used as current after its date (YAML and text).
    superseded: list[SupersededTerm] = Field(default_factory=list)
    #: Published documents: a date fact read from the text (instead of ``text``).
    text_dates: TextDates | None = None
    #: A value found for this facet that fails its check fails the whole rule, whatever the other
    #: facets say (a plan whose period has ended is no current plan, refreshed or not).
    decisive: bool = False
    #: Published documents: this facet counts only when one of these sibling facets is found at
    #: least in part ("the date of sign-off" with no sign-off anywhere is a publication date).
    needs: list[str] = Field(default_factory=list)

    @field_validator("declared", "weak", mode="before")
    @classmethod
    def _one_or_many(cls, v):
        return [v] if isinstance(v, dict) else v

    @field_validator("slots")
    @classmethod
    def _known_slots(cls, v: list[str]) -> list[str]:
        from masa_check.engine.specifics import parse_slot

        for slot in v:
            parse_slot(slot)
        return v


class Condition(Strict):
    """When ``declared`` holds (or ``text`` is found), the rule is not applicable for ``reason``.

    ``kinds``: not applicable to these document kinds; ``dated_before``: not applicable to a
    document whose date is known and earlier than this.
    """

    reason: str
    declared: DeclaredCheck | None = None
    text: TextSpec | None = None
    kinds: list[str] = Field(default_factory=list)
    dated_before: dt.date | None = None


class RuleTests(Strict):
    """Examples carried by the rule itself: declared fragments and document sentences.

    ``pass``/``fail``/``partial`` are declared-YAML fragments merged onto a minimal document of
    the pack's kind; ``text_*`` are body paragraphs of a published document. The test suite and
    ``masa-check rules lint`` run every one of them.
    """

    model_config = ConfigDict(extra="forbid", frozen=True, populate_by_name=True)

    pass_: dict[str, Any] = Field(alias="pass")
    fail: dict[str, Any]
    partial: dict[str, Any] | None = None
    text_pass: list[str] = Field(default_factory=list)
    text_fail: list[str] = Field(default_factory=list)
    text_partial: list[str] = Field(default_factory=list)
    #: The date of the published document in the text examples (for date rules).
    text_date: dt.date | None = None
    #: The document kind of the examples, when not the pack's first kind.
    kind: str | None = None


class Commencement(Strict):
    """One row of a pack's dated commencement table: a provision and the day it is in force."""

    #: How messages name it, e.g. "s.16EA".
    short: str
    #: The provision in full, e.g. "Children Act 2004 s.16EA, inserted by ... s.3".
    provision: str
    #: The day it comes (or came) into force; null while no day is appointed.
    date: dt.date | None = None
    #: Where the date (or its absence) is from: the commencement section or regulations.
    source: str
    #: When it is expected, while no day is appointed (shown in advisory messages).
    expected: str | None = None


class Rule(Strict):
    id: str
    title: str
    strength: Literal["must", "should"]
    citation: str
    requirement: str
    evidence: str = Field(description="What counts as evidence")
    not_enough: str | None = None
    fix: str
    facets: list[Facet] = Field(min_length=1)
    not_applicable_if: Condition | None = None
    #: Published text that says part of what the rule needs is missing ("contributions from two
    #: members had not been received"): found, a rule whose facets are all met is at most partial.
    incomplete_if: TextSpec | None = None
    waivable: bool = True
    #: The citation is to a published summary, not to the guidance's own text: shown in
    #: ``rules list``, ``rules explain`` and reports, so that users read the rule with care.
    provisional: bool = False
    #: The rule of an earlier pack this one carries over (``WT23-ARR-05``); it must exist.
    continues: str | None = None
    #: Keys of the pack's ``commencement`` table this rule waits for: until all are in force on
    #: the run date the rule is reported as ``advisory`` (see engine/commencement.py).
    commencement: list[str] = Field(default_factory=list)
    tests: RuleTests | None = None

    @field_validator("commencement", mode="before")
    @classmethod
    def _one_or_many_keys(cls, v):
        return [v] if isinstance(v, str) else v

    @field_validator("id")
    @classmethod
    def _id_shape(cls, v: str) -> str:
        if not RULE_ID.match(v):
            raise ValueError(f"rule id {v!r} must look like 'WT18-ARR-01'")
        return v

    @field_validator("continues")
    @classmethod
    def _continues_shape(cls, v: str | None) -> str | None:
        if v is not None and not RULE_ID.match(v):
            raise ValueError(f"continues {v!r} must be a rule id like 'WT23-ARR-05'")
        return v

    @field_validator("citation")
    @classmethod
    def _citation(cls, v: str) -> str:
        if not v.strip():
            raise ValueError("citation must not be empty")
        return v

    @model_validator(mode="after")
    def _unique_facets(self):
        ids = [f.id for f in self.facets]
        if len(ids) != len(set(ids)):
            raise ValueError(f"rule {self.id} has duplicate facet ids")
        for f in self.facets:
            unknown = [n for n in f.needs if n not in ids or n == f.id]
            if unknown:
                raise ValueError(f"rule {self.id} facet {f.id}: needs {unknown[0]!r}, which is not another facet")
        return self


class AppliesTo(Strict):
    kinds: list[str]
    cohorts: list[str] = Field(default_factory=lambda: ["children", "adults", "all-age"])


class Pack(Strict):
    id: str
    title: str
    version: str = "1"
    source: str = Field(description="The statutory text the pack encodes")
    applies_to: AppliesTo
    #: Provision key (``s16EA``) -> when it is in force, with the source of the date. Rules
    #: name keys in their ``commencement``; ``.masa-check.yaml`` may override a date.
    commencement: dict[str, Commencement] = Field(default_factory=dict)
    rules: list[Rule] = Field(min_length=1)
    #: Every text spec of the pack reads a restated national duty as intent (TextSpec
    #: ``restated_partial``): for packs whose documents are the duty-holders' own arrangements.
    restated_partial: bool = False

    @field_validator("id")
    @classmethod
    def _pack_id(cls, v: str) -> str:
        if not PACK_ID.match(v):
            # the value is not echoed: a file that is not a pack may hold anything (issue 16)
            raise ValueError("a pack id must be lower-case words joined by '-'")
        return v

    @model_validator(mode="before")
    @classmethod
    def _restated_partial(cls, data):
        """The pack's ``restated_partial`` handed to each of its text specs (which are frozen)."""
        if not (isinstance(data, dict) and data.get("restated_partial") is True):
            return data
        data = copy.deepcopy(data)  # the caller's mapping stays as it was given
        for rule in data.get("rules") or []:
            for facet in (rule.get("facets") or []) if isinstance(rule, dict) else []:
                for key in ("text", "weak_text", "text_or"):
                    spec = facet.get(key) if isinstance(facet, dict) else None
                    if isinstance(spec, dict):
                        spec.setdefault("restated_partial", True)
        return data

    @model_validator(mode="after")
    def _unique_rules(self):
        seen: set[str] = set()
        for rule in self.rules:
            if rule.id in seen:
                raise ValueError(f"duplicate rule id {rule.id}")
            seen.add(rule.id)
            for key in rule.commencement:
                if key not in self.commencement:
                    close = difflib.get_close_matches(key, list(self.commencement), n=1)
                    hint = f"; did you mean {close[0]!r}?" if close else ""
                    raise ValueError(
                        f"rule {rule.id}: commencement {key!r} is not in the pack's commencement table{hint}"
                    )
        return self


PROVISIONAL_NOTE = " (provisional: cited from a published summary)"


def shown_citation(rule: Rule) -> str:
    """The citation as results show it: a provisional rule says so."""
    return rule.citation + (PROVISIONAL_NOTE if rule.provisional else "")


def suggest_rule_id(given: str, ids: list[str]) -> str | None:
    """The rule ID a user most likely meant: the same ID with its number written as the packs
    write it (``WT18-ARR-3`` is ``WT18-ARR-03``, not ``WT18-ARR-13``), else the closest spelling."""
    import re

    wanted = given.strip().upper()
    m = re.fullmatch(r"(.*?)-?0*(\d+)([A-Z]?)", wanted)
    if m:
        for rid in ids:
            r = re.fullmatch(r"(.*?)-?0*(\d+)([A-Z]?)", rid.upper())
            if r and r.group(1).rstrip("-") == m.group(1).rstrip("-") and r.groups()[1:] == m.groups()[1:]:
                return rid
    close = difflib.get_close_matches(wanted, ids, n=1)
    return close[0] if close else None


_RULE_ID_LINE = re.compile(r"^\s*-\s*id:\s*['\"]?([A-Z][A-Z0-9-]*\d)['\"]?\s*$", re.M)


def rule_ids_in(paths: list[Path]) -> set[str]:
    """The rule ids of pack files, read from their text (cheap: no pack is parsed)."""
    ids: set[str] = set()
    for path in paths:
        try:
            ids.update(_RULE_ID_LINE.findall(path.read_text(encoding="utf-8")))
        except OSError:
            continue
    return ids


def unknown_continues(pack: Pack, known: set[str]) -> list[str]:
    """Problems: rules whose ``continues`` names no rule in ``known`` (or in the pack itself)."""
    ids = known | {r.id for r in pack.rules}
    return [
        f"rule {rule.id}: continues {rule.continues!r}, which is no known rule"
        for rule in pack.rules
        if rule.continues and rule.continues not in ids
    ]


def file_digest(path: Path) -> str:
    """The sha256 of a pack file (``unreadable`` if it cannot be read again): the extraction
    cache's digest, so a file is hashed one way everywhere."""
    from masa_check.sources import cache

    try:
        return cache.file_digest(str(path))
    except OSError:
        return "unreadable"


def _read_pack(path: Path):
    """The pack file's values and line map, from the pack cache when this very text was read
    before (:mod:`pack_cache`), else from the YAML loader."""
    from masa_check.engine import pack_cache
    from masa_check.sources.yaml_loader import LineMap, load_yaml, read_text

    text = read_text(str(path))
    if not pack_cache.enabled:
        return load_yaml(str(path), text)
    entry = pack_cache.key(text)
    hit = pack_cache.load(entry)
    if hit is not None:
        data, lines, columns = hit
        line_map = LineMap(lines)
        line_map.columns = columns
        return data, line_map
    data, lines = load_yaml(str(path), text)
    pack_cache.store(entry, data, lines, lines.columns)
    return data, lines


def load_pack(path: Path) -> Pack:
    from masa_check.engine.declared_checks import CHECKS
    from masa_check.sources.yaml_source import describe_error

    data, lines = _read_pack(path)
    if not isinstance(data, dict):
        raise InputError("a rule pack must be a mapping with 'pack' fields and 'rules'", str(path), 1)
    try:
        pack = Pack.model_validate(data)
    except ValidationError as exc:
        message, line = describe_error(exc.errors()[0], Pack, lines)
        raise InputError(f"invalid rule pack: {message}", str(path), line) from None
    for rule in pack.rules:
        checks = [c for f in rule.facets for c in (*f.declared, *f.weak)]
        if rule.not_applicable_if and rule.not_applicable_if.declared:
            checks.append(rule.not_applicable_if.declared)
        for check in checks:
            if check.check not in CHECKS:
                close = difflib.get_close_matches(check.check, list(CHECKS), n=1)
                hint = f"; did you mean {close[0]!r}?" if close else ""
                raise InputError(f"invalid rule pack: rule {rule.id}: unknown check {check.check!r}{hint}", str(path))
    _refuse_backtracking(data, path)
    return pack


def _regex_terms(node):
    """Every ``re:`` term (and stance-style ``regex:`` value) anywhere in a pack's data."""
    if isinstance(node, str):
        if node.startswith("re:"):
            yield node[3:]
    elif isinstance(node, dict):
        for k, v in node.items():
            if k == "regex" and isinstance(v, str):
                yield v
            else:
                yield from _regex_terms(v)
    elif isinstance(node, list):
        for v in node:
            yield from _regex_terms(v)


def _refuse_backtracking(data: dict, path: Path) -> None:
    """A pack term that could hang the tool is refused at load, with its line and why (the
    error quotes only the start of the pattern, never the rest of the file)."""
    from masa_check.engine.terms import backtracking_risk

    text = None
    for pattern in _regex_terms(data):
        why = backtracking_risk(pattern)
        if why is None:
            continue
        if text is None:
            text = Path(path).read_text(encoding="utf-8", errors="replace")
        at = text.find(pattern[:40])
        line = text.count("\n", 0, at) + 1 if at >= 0 else None
        shown = pattern if len(pattern) <= 40 else pattern[:37] + "..."
        raise InputError(
            f"invalid rule pack: pattern {shown!r} could take exponential time ({why}); rewrite it", str(path), line
        )


class LazyPacks(Mapping[str, Pack]):
    """Pack id -> Pack, each file read on first access. A built-in pack's id is its file's
    stem (a test keeps it so)."""

    def __init__(self, files: dict[str, Path]):
        self._files = files
        self._loaded: dict[str, Pack] = {}
        #: Pack id -> the sha256 of its file when it was read (what a report names as applied).
        self.hashes: dict[str, str] = {}

    def __getitem__(self, pack_id: str) -> Pack:
        if pack_id not in self._loaded:
            path = self._files[pack_id]  # KeyError for an unknown id, as a dict would
            pack = load_pack(path)
            self.hashes[pack_id] = file_digest(path)
            if pack.id != pack_id:
                raise InputError(f"built-in pack id {pack.id!r} does not match its file name", str(path))
            if any(r.continues for r in pack.rules):
                problems = unknown_continues(pack, rule_ids_in(list(self._files.values())))
                if problems:
                    raise InputError(f"invalid rule pack: {problems[0]}", str(path))
            self._loaded[pack_id] = pack
        return self._loaded[pack_id]

    def __contains__(self, pack_id: object) -> bool:
        return pack_id in self._files

    def __iter__(self) -> Iterator[str]:
        return iter(self._files)

    def __len__(self) -> int:
        return len(self._files)


class Registry:
    """All packs available to a run: built-in plus local (--rules-dir / config)."""

    def __init__(
        self,
        packs: Mapping[str, Pack],
        local: set[str] | None = None,
        dirs: list[str] | None = None,
        files: dict[str, Path] | None = None,
        hashes: dict[str, str] | None = None,
    ):
        self.packs = packs
        #: Packs from --rules-dir / config rules_dirs: they run by default beside the built-in
        #: ones, on the document kinds they declare.
        self.local = local or set()
        #: Pack id -> the file it was read from, so a run can name what it applied.
        self.files = files or {}
        #: Pack id -> the sha256 of its file when it was read: a report names the pack as it
        #: was applied, not as it is once the run ends (a pack edited meanwhile).
        self.hashes: dict[str, str] = hashes if hashes is not None else getattr(packs, "hashes", {})
        #: The extra directories it was loaded from: a batch's worker loads the same registry
        #: once from them (:mod:`masa_check.batch`) instead of receiving the packs with each document.
        self.dirs = list(dirs or [])

    @classmethod
    def load(cls, extra_dirs: list[str] | None = None) -> Registry:
        """The built-in packs, read when first used (a run needs two or three of nine; the test
        suite checks they load and that their ids are unique); local packs read at once, with
        every built-in one, so that a clash of ids is refused before anything runs."""
        if not extra_dirs:
            files = {f.stem: f for f in sorted(builtin_rules_dir().glob("*.y*ml"))}
            return cls(LazyPacks(files), files=files)
        packs: dict[str, Pack] = {}
        rule_owner: dict[str, str] = {}
        dirs = [builtin_rules_dir(), *(Path(d) for d in extra_dirs or [])]
        local: set[str] = set()
        files: dict[str, Path] = {}
        hashes: dict[str, str] = {}
        for n, d in enumerate(dirs):
            if not d.is_dir():
                raise InputError("rules directory not found", str(d))
            for f in sorted(d.glob("*.y*ml")):
                pack = load_pack(f)
                hashes[pack.id] = file_digest(f)
                if pack.id in packs:
                    raise InputError(f"duplicate pack id {pack.id!r}", str(f))
                for rule in pack.rules:
                    if rule.id in rule_owner:
                        raise InputError(
                            f"rule {rule.id} is defined in both {rule_owner[rule.id]} and {pack.id}", str(f)
                        )
                    rule_owner[rule.id] = pack.id
                packs[pack.id] = pack
                files[pack.id] = f
                if n:
                    local.add(pack.id)
        for pack in packs.values():
            problems = unknown_continues(pack, set(rule_owner))
            if problems:
                raise InputError(f"invalid rule pack {pack.id}: {problems[0]}")
        return cls(packs, local, [str(d) for d in extra_dirs], files, hashes)

    def get(self, pack_id: str) -> Pack:
        if pack_id not in self.packs:
            from masa_check.engine.pack_summary import unknown_pack

            raise unknown_pack(pack_id, list(self.packs))
        return self.packs[pack_id]

    def find_rule(self, rule_id: str) -> tuple[Pack, Rule]:
        for pack in self.packs.values():
            for rule in pack.rules:
                if rule.id.upper() == rule_id.upper():
                    return pack, rule
        all_ids = [r.id for p in self.packs.values() for r in p.rules]
        close = suggest_rule_id(rule_id, all_ids)
        hint = f"; did you mean {close!r}?" if close else ""
        raise InputError(f"unknown rule {rule_id!r}{hint}")
