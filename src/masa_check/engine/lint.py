"""``rules lint``: a pack is valid, and every rule passes and fails on its own examples.

The examples live in each rule's ``tests`` block, so a local pack carries its own proof. The
same functions drive the project's test suite for the built-in packs.
"""

from __future__ import annotations

import copy
import datetime as dt
from pathlib import Path
from typing import Any

from pydantic import ValidationError

from masa_check.document import Block, Document
from masa_check.engine.declared_checks import Context
from masa_check.engine.evaluate import evaluate_rule
from masa_check.engine.packs import Pack, Rule, load_pack

#: A fixed "today" for examples, so pack tests do not change with the calendar.
EXAMPLE_AS_OF = dt.date(2026, 1, 1)


def _merge(base: dict, extra: dict) -> dict:
    out = copy.deepcopy(base)
    for key, value in extra.items():
        if isinstance(value, dict) and isinstance(out.get(key), dict):
            out[key] = _merge(out[key], value)
        else:
            out[key] = copy.deepcopy(value)
    return out


def minimal_declared(kind: str) -> dict[str, Any]:
    """The smallest valid declared document of a kind, onto which examples are merged."""
    from masa_check.declared.schema import MODELS

    model = MODELS[kind]
    base: dict[str, Any] = {"kind": kind}
    if "partnership" in model.model_fields:
        base["partnership"] = {"name": "Example Safeguarding Partnership"}
    return base


def declared_case(pack: Pack, fragment: dict[str, Any]) -> Document:
    from masa_check.declared.schema import MODELS

    kind = fragment.get("kind", pack.applies_to.kinds[0])
    data = _merge(minimal_declared(kind), fragment)
    declared = MODELS[kind].model_validate(data)
    cohort = getattr(getattr(declared, "partnership", None), "cohort", None) or "children"
    date = getattr(declared, "published", None)
    return Document(
        path="<example>",
        source="yaml",
        kind=kind,
        cohort=cohort,
        date=date,
        declared=declared,
        guidance=getattr(declared, "guidance", None),
    )


def text_case(pack: Pack, paragraphs: list[str], date: dt.date | None = None, kind: str | None = None) -> Document:
    """A published document of body paragraphs under one neutral heading."""
    blocks = [Block(role="title", text="Example document", page=1)]
    blocks.append(Block(role="heading", text="1. Our work", page=1, heading_path=("1. Our work",), level=1))
    for text in paragraphs:
        blocks.append(Block(role="paragraph", text=text, page=1, heading_path=("1. Our work",)))
    kind = kind or pack.applies_to.kinds[0]
    cohort = "adults" if kind.startswith("sab-") else "children"
    return Document(path="<example>", source="pdf", kind=kind, cohort=cohort, date=date, blocks=blocks)


def run_case(doc: Document, pack: Pack, rule: Rule) -> str:
    return evaluate_rule(doc, pack, rule, Context(as_of=EXAMPLE_AS_OF)).status


def rule_cases(pack: Pack, rule: Rule) -> list[tuple[str, str, Document]]:
    """(label, expected status, document) for every example a rule carries."""
    t = rule.tests
    if t is None:
        return []

    def declared(fragment: dict[str, Any]) -> Document:
        return declared_case(pack, {"kind": t.kind, **fragment} if t.kind and "kind" not in fragment else fragment)

    cases = [("pass", "pass", declared(t.pass_)), ("fail", "fail", declared(t.fail))]
    if t.partial is not None:
        cases.append(("partial", "partial", declared(t.partial)))
    for label, expected, paragraphs in (
        ("text_pass", "pass", t.text_pass),
        ("text_fail", "fail", t.text_fail),
        ("text_partial", "partial", t.text_partial),
    ):
        if paragraphs:
            cases.append((label, expected, text_case(pack, paragraphs, t.text_date, t.kind)))
    return cases


def builtin_clashes(pack: Pack, path: Path) -> list[str]:
    """A local pack whose pack id or rule ids are already used by a built-in pack would be
    refused when loaded beside them: say so at lint time, where it is cheap to fix."""
    from masa_check.engine.packs import builtin_rules_dir

    builtin = builtin_rules_dir()
    try:
        if path.resolve().parent == builtin.resolve():
            return []
    except OSError:
        return []
    problems = []
    for other_path in sorted(builtin.glob("*.y*ml")):
        other = load_pack(other_path)
        if other.id == pack.id and other_path.name == path.name:
            return []  # the built-in pack itself, from a source checkout beside the installed copy
        if other.id == pack.id:
            problems.append(f"pack id {pack.id!r} is already used by a built-in pack; choose another")
        taken = {r.id for r in other.rules}
        problems.extend(
            f"{rule.id}: rule id already used by built-in pack {other.id}" for rule in pack.rules if rule.id in taken
        )
    return problems


def lint_pack(path: str) -> list[str]:
    """Problems with a pack file; empty when it is fit to ship. Load errors raise InputError."""
    from masa_check.engine.packs import builtin_rules_dir, rule_ids_in, unknown_continues

    pack = load_pack(Path(path))
    problems = builtin_clashes(pack, Path(path))
    siblings = [*Path(path).parent.glob("*.y*ml"), *builtin_rules_dir().glob("*.y*ml")]
    problems.extend(unknown_continues(pack, rule_ids_in(siblings)))
    for rule in pack.rules:
        if rule.tests is None:
            problems.append(f"{rule.id}: no tests block (each rule needs a passing and a failing example)")
            continue
        try:
            cases = rule_cases(pack, rule)
        except ValidationError as exc:  # an example that is not a valid declared document
            err = exc.errors()[0]
            where = ".".join(str(p) for p in err["loc"])
            problems.append(f"{rule.id}: an example is not a valid declared document: {where}: {err['msg']}")
            continue
        for label, expected, doc in cases:
            got = run_case(doc, pack, rule)
            if got != expected:
                problems.append(f"{rule.id}: example '{label}' gives {got}, expected {expected}")
    return problems
