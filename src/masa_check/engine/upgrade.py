"""What changes for a document when it moves to a later edition of the guidance (``upgrade``).

Two parts. :func:`plan_upgrade` picks the packs to compare: the target edition's packs for the
document's kind, and the packs their rules ``continue`` (the edition the document follows, or
the one the target carries over). :func:`compare` is pure: the results of the two runs and the
target rules (which carry ``continues``) in, one :class:`UpgradeItem` per rule out, in four
categories (plus ``retired`` for an old rule nothing continues). Nothing here is specific to
arrangements or to 2026: any pair of packs linked by ``continues`` works the same way.
"""

from __future__ import annotations

import difflib
import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field

from pydantic import BaseModel, Field

from masa_check.engine.packs import Registry, Rule
from masa_check.errors import InputError
from masa_check.results import DocumentResult, Evidence, Result, Status

#: The categories, in report order, with what each means to a reader.
CATEGORIES: dict[str, str] = {
    "still_met": "Met under {old} and still met under {new}",
    "changed": "Met under {old}, but the requirement changed: not (fully) met under {new}",
    "new": "New in {new}",
    "gap": "Carried gaps: not met under {old}",
    "retired": "{old} rules not carried into {new}",
}

#: Statuses that need nothing doing: evidenced, or the rule's condition does not hold.
MET_STATUSES = frozenset({"pass", "not_applicable"})

_EDITION = re.compile(r"^([a-z]+\d{4})-[a-z0-9-]+$")


class UpgradeItem(BaseModel):
    """One rule's place in the upgrade: where it stood, where it stands, and what to do."""

    category: str
    #: The target edition's rule (for ``retired``, the old rule).
    rule_id: str
    pack: str
    title: str
    strength: str
    citation: str
    provisional: bool = False
    #: The old rule this one continues, if any.
    continues: str | None = None
    before: Status | None = None
    after: Status | None = None
    #: What the partnership should do; None when nothing is needed.
    action: str | None = None
    #: The target rule's facets not evidenced (its (a)/(b)/(c)).
    missing: list[str] = Field(default_factory=list)
    #: What the target run found (its message), or why nothing is needed.
    finding: str = ""
    evidence: list[Evidence] = Field(default_factory=list)


class UpgradeReport(BaseModel):
    """Everything a reporter needs; reporters never look at the document again."""

    tool_version: str
    as_of: str
    path: str
    source: str
    kind: str
    title: str | None = None
    date: str | None = None
    #: Edition ids (``wt2023``, ``wt2026``) and the packs compared.
    old: str
    new: str
    old_packs: list[str]
    new_packs: list[str]
    notes: list[str] = Field(default_factory=list)
    items: list[UpgradeItem] = Field(default_factory=list)

    def counts(self) -> dict[str, int]:
        found = {c: 0 for c in CATEGORIES}
        for item in self.items:
            found[item.category] += 1
        return found

    def actions(self) -> list[UpgradeItem]:
        return [i for i in self.items if i.action]

    def heading(self, category: str) -> str:
        return CATEGORIES[category].format(old=edition_label(self.old), new=edition_label(self.new))


def edition_of(pack_id: str) -> str | None:
    """``wt2026-arrangements`` -> ``wt2026``; a pack outside any edition (``currency``) -> None."""
    m = _EDITION.match(pack_id)
    return m.group(1) if m else None


def edition_label(edition: str) -> str:
    """``wt2026`` -> ``WT2026``, as the guidance is named."""
    return edition.upper()


def _met(result: Result) -> bool:
    status = result.underlying_status if result.status == "waived" and result.underlying_status else result.status
    return status in MET_STATUSES


def _facet_fields(rule: Rule, missing: Sequence[str]) -> list[str]:
    """The declared fields that would meet the rule's missing facets (for a declared YAML)."""
    many = len(rule.facets) > 1
    paths = []
    for facet in rule.facets:
        label = f"({facet.id}) {facet.name}" if many else facet.name
        if label in missing and facet.declared:
            paths.append(facet.declared[0].path)
    return paths


def _with_specifics(label: str, message: str) -> str:
    """A missing facet, with the specifics (slots) the text lacked when it was on topic: the
    matcher says "(a) ...: on topic, but specifics missing: an amount or share."."""
    found = re.search(re.escape(label) + r": on topic, but specifics missing: ([^.]+)", message)
    return f"{label} ({found.group(1).strip()} missing)" if found else label


def _action(result: Result, rule: Rule | None, declared: bool) -> str:
    """What to do about a target rule that is not met: what is missing, then the rule's fix."""
    fix = (rule.fix if rule else result.fix) or "State in the document how the requirement is met."
    fix = " ".join(fix.split())
    if result.status == "needs_review":
        return f"Check by hand whether it is met ({result.message.rstrip('.')}); if not: {fix}"
    if result.status == "error":
        return f"The rule could not be evaluated ({result.message.rstrip('.')}); check it by hand: {fix}"
    parts = []
    if result.missing:
        verb = "Add" if result.status == "fail" else "Add or complete"
        parts.append(f"{verb}: " + "; ".join(_with_specifics(m, result.message) for m in result.missing) + ".")
        fields = _facet_fields(rule, result.missing) if rule and declared else []
        if fields:
            parts.append("Declare " + ", ".join(fields) + ".")
    elif result.status == "partial":
        parts.append(result.message.rstrip(".") + ".")
    parts.append(fix)
    return " ".join(parts)


def _was(status: str | None) -> str:
    return (status or "not run").replace("_", " ")


def compare(
    before: Sequence[Result],
    after: Sequence[Result],
    rules: Mapping[str, Rule],
    *,
    declared: bool = False,
    old_rules: Sequence[str] | None = None,
) -> list[UpgradeItem]:
    """Classify each target rule by its own result and the result of the rule it continues.

    ``before``/``after``: results of the old and the target packs on one document; ``rules``:
    the target rules by id (their ``continues`` links them to ``before``); ``declared``: the
    document is a declared YAML (actions then name the fields to declare); ``old_rules``: the
    old packs' rule ids, so that those nothing continues are listed as ``retired``.
    """
    old = {r.rule_id: r for r in before}
    continued: set[str] = set()
    items: list[UpgradeItem] = []
    for result in after:
        rule = rules.get(result.rule_id)
        prev_id = rule.continues if rule else None
        prev = old.get(prev_id) if prev_id else None
        if prev_id:
            continued.add(prev_id)
        met_now = _met(result)
        if prev is None:
            category = "new"
        elif not _met(prev):
            category = "gap"
        else:
            category = "still_met" if met_now else "changed"
        finding = result.message
        if category == "gap" and met_now:
            finding = f"Met under the new rule (was {_was(prev.status)}): {result.message}"
        elif category == "new" and prev_id:
            finding = f"{prev_id} was not run: {result.message}"
        if prev is not None and prev.status == "waived" and prev.waiver:
            finding += f" ({prev_id} was waived until {prev.waiver.expires}; the waiver does not carry over.)"
        items.append(
            UpgradeItem(
                category=category,
                rule_id=result.rule_id,
                pack=result.pack,
                title=result.title,
                strength=result.strength,
                citation=result.citation,
                provisional=bool(rule and rule.provisional),
                continues=prev_id,
                before=prev.status if prev else None,
                after=result.status,
                action=None if met_now else _action(result, rule, declared),
                missing=list(result.missing),
                finding=finding,
                evidence=list(result.evidence or (prev.evidence if prev else [])),
            )
        )
    for rule_id in old_rules or []:
        prev = old.get(rule_id)
        if prev is None or rule_id in continued:
            continue
        items.append(
            UpgradeItem(
                category="retired",
                rule_id=rule_id,
                pack=prev.pack,
                title=prev.title,
                strength=prev.strength,
                citation=prev.citation,
                before=prev.status,
                finding="No rule of the new edition continues it: no longer checked.",
                evidence=list(prev.evidence),
            )
        )
    order = list(CATEGORIES)
    return sorted(items, key=lambda i: order.index(i.category))  # stable: pack order within each


@dataclass
class Plan:
    """The packs to compare for one document."""

    old: str
    new: str
    old_packs: list[str]
    new_packs: list[str]
    notes: list[str] = field(default_factory=list)
    #: The document's own packs already include the target edition's: nothing to upgrade.
    already: list[str] = field(default_factory=list)


def editions(registry: Registry) -> list[str]:
    """Every edition some installed pack belongs to, oldest first."""
    return sorted({e for e in map(edition_of, registry.packs) if e})


def _continues_anything(registry: Registry, edition: str) -> bool:
    return any(r.continues for pid in registry.packs if edition_of(pid) == edition for r in registry.get(pid).rules)


def check_edition(registry: Registry, given: str) -> str:
    """The edition ``--to`` names (case-insensitive), or a one-line error with a did-you-mean."""
    wanted = given.strip().lower()
    known = editions(registry)
    if wanted not in known:
        targets = [e for e in known if _continues_anything(registry, e)]
        close = difflib.get_close_matches(wanted, targets or known, n=1, cutoff=0.5)
        hint = f"; did you mean {close[0]!r}?" if close else ""
        raise InputError(f"--to {given!r}: unknown edition{hint} (editions to upgrade to: {', '.join(targets)})")
    if not _continues_anything(registry, wanted):
        later = [e for e in known if e > wanted and _continues_anything(registry, e)]
        hint = f"; upgrade to {', '.join(later)}" if later else ""
        raise InputError(f"--to {given!r}: no {wanted} rule continues an earlier edition's rule{hint}")
    return wanted


def _owners(registry: Registry, wanted: set[str], prefer: Sequence[str], skip: str) -> list[str]:
    """The packs that hold the rule ids in ``wanted``, the ``prefer`` packs tried first (so that
    a run loads as few packs as it can)."""
    found: list[str] = []
    order = list(dict.fromkeys([*prefer, *registry.packs]))
    for pid in order:
        if not wanted:
            break
        if pid == skip or pid not in registry.packs:
            continue
        held = {r.id for r in registry.get(pid).rules} & wanted
        if held:
            found.append(pid)
            wanted -= held
    return found


def plan_upgrade(registry: Registry, edition: str, current: Sequence[str], kind: str, cohort: str) -> Plan:
    """The target packs for a document of ``kind``/``cohort`` and the packs they continue.

    ``current``: the packs the document gets by default. A document already under ``edition``
    gets ``already``; a kind with no pack in ``edition`` is an :class:`InputError`.
    """
    already = [p for p in current if edition_of(p) == edition]
    if already:
        return Plan(old="", new=edition, old_packs=[], new_packs=already, already=already)
    in_edition = [p for p in registry.packs if edition_of(p) == edition]
    targets = [
        p
        for p in in_edition
        if kind in registry.get(p).applies_to.kinds and cohort in registry.get(p).applies_to.cohorts
    ]
    if not targets:
        raise InputError(
            f"no {edition} pack for {kind} documents yet ({edition} packs: {', '.join(in_edition)}); "
            "nothing to upgrade to"
        )
    same_kind = [p for p in registry.packs if kind in registry.get(p).applies_to.kinds]
    old_packs: list[str] = []
    notes: list[str] = []
    for target in targets:
        wanted = {r.continues for r in registry.get(target).rules if r.continues}
        for owner in _owners(registry, wanted, [*current, *same_kind], target):
            if owner not in old_packs:
                old_packs.append(owner)
    if not old_packs:
        raise InputError(f"{', '.join(targets)} continue no earlier pack's rules; nothing to compare with")
    olds = sorted({edition_of(p) or p for p in old_packs})
    unchosen = [p for p in old_packs if p not in current]
    followed = [p for p in current if edition_of(p) and p not in old_packs]
    if unchosen:
        instead = f", not {', '.join(followed)}" if followed else ""
        notes.append(
            f"{', '.join(targets)} continues {', '.join(unchosen)}{instead}: the document is compared under "
            f"{', '.join(unchosen)}, then {', '.join(targets)} (validate gives its verdicts under its own packs)"
        )
    # statutory duties the document already gets that wait for commencement (the CWSA 2026
    # rules): listed with the new requirements, advisory until their sections commence
    statutory = [
        p
        for p in current
        if p not in old_packs and p not in targets and any(r.commencement for r in registry.get(p).rules)
    ]
    if statutory:
        notes.append(f"also listed as new requirements: {', '.join(statutory)} (statutory, advisory until in force)")
    others = [p for p in current if p not in old_packs and p not in followed and p not in statutory]
    if others:
        notes.append(f"not compared (no {edition} successor): {', '.join(others)}; validate checks them")
    return Plan(old=olds[0], new=edition, old_packs=old_packs, new_packs=[*targets, *statutory], notes=notes)


def build_report(
    checked: DocumentResult, plan: Plan, registry: Registry, *, as_of: str, version: str, notes: Sequence[str] = ()
) -> UpgradeReport:
    """The upgrade report of a document checked under ``plan``'s old and new packs at once."""
    rules = {r.id: r for pid in plan.new_packs for r in registry.get(pid).rules}
    old_ids = [r.id for pid in plan.old_packs for r in registry.get(pid).rules]
    before = [r for r in checked.results if r.pack in plan.old_packs]
    after = [r for r in checked.results if r.pack in plan.new_packs]
    items = compare(before, after, rules, declared=checked.source == "yaml", old_rules=old_ids)
    return UpgradeReport(
        tool_version=version,
        as_of=as_of,
        path=checked.path,
        source=checked.source,
        kind=checked.kind,
        title=checked.title,
        date=checked.date,
        old=plan.old,
        new=plan.new,
        old_packs=plan.old_packs,
        new_packs=plan.new_packs,
        notes=[*notes, *plan.notes],
        items=items,
    )
