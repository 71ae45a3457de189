"""Evaluate a rule's facets against a document and combine them into one status.

Combination (the catalogue's conventions): every facet met → pass; some met, or met only as
intent / by reference → partial; none found or negated → fail; a facet the machine cannot
decide → needs_review (never a guessed pass).
"""

from __future__ import annotations

from masa_check.document import Document
from masa_check.engine.declared_checks import Context, Outcome, run_check
from masa_check.engine.packs import Facet, Pack, Rule, shown_citation
from masa_check.engine.states import AMBIGUOUS, INTENT, MET, MISSING, NEGATED, REFERENCED
from masa_check.results import Evidence, Result


def _declared_facet(doc: Document, facet: Facet, ctx: Context) -> Outcome:
    if not facet.declared:
        return Outcome(AMBIGUOUS, detail=f"{facet.name}: no declared field for this facet")
    outcomes = [run_check(doc, c, ctx) for c in facet.declared]
    for o in outcomes:
        if o.state == MET:
            return o
    weak = [run_check(doc, c, ctx) for c in facet.weak]
    for o in [*outcomes, *weak]:
        if o.state in (MET, INTENT):
            return Outcome(INTENT, o.evidence, o.detail or f"{facet.name}: only partly declared")
    details = [c.message or o.detail for c, o in zip(facet.declared, outcomes, strict=True) if o.detail or c.message]
    return Outcome(MISSING, detail="; ".join(details) or f"{facet.name} not declared")


def _text_facet(doc: Document, facet: Facet, ctx: Context, rule: Rule | None = None) -> Outcome:
    from masa_check.engine.matcher import match_facet

    siblings = tuple(f for f in rule.facets if f is not facet) if rule is not None else ()
    return match_facet(doc, facet, siblings)


def evaluate_facet(doc: Document, facet: Facet, ctx: Context, rule: Rule | None = None) -> Outcome:
    if facet.superseded:
        from masa_check.engine.temporal import evaluate_superseded

        return evaluate_superseded(doc, facet, ctx)
    if doc.source != "yaml" and facet.text_dates is not None:
        from masa_check.engine.temporal import evaluate_text_dates

        return evaluate_text_dates(doc, facet.text_dates, ctx)
    if doc.source == "yaml":
        return _declared_facet(doc, facet, ctx)
    return _text_facet(doc, facet, ctx, rule)


def _not_applicable(doc: Document, rule: Rule, ctx: Context) -> Outcome | None:
    cond = rule.not_applicable_if
    if cond is None:
        return None
    if doc.kind in cond.kinds or (cond.dated_before and doc.date and doc.date < cond.dated_before):
        return Outcome(MET)
    if doc.source == "yaml":
        if cond.declared is not None:
            outcome = run_check(doc, cond.declared, ctx)
            if outcome.state == MET:
                return outcome
        return None
    if cond.text is not None:
        from masa_check.engine.text_match import match_facet

        outcome = match_facet(doc, cond.text, None)
        if outcome.state == MET:
            return outcome
    return None


def _said_incomplete(doc: Document, rule: Rule) -> Outcome | None:
    """The text saying part of what ``rule`` needs is missing (``incomplete_if``), if found."""
    if rule.incomplete_if is None or doc.source == "yaml":
        return None
    from masa_check.engine.text_match import match_facet

    outcome = match_facet(doc, rule.incomplete_if, None)
    return outcome if outcome.state in (MET, INTENT) and outcome.evidence else None


def _label(facet: Facet, many: bool) -> str:
    return f"({facet.id}) {facet.name}" if many else facet.name


def _found_but_failed(doc: Document, facet: Facet, o: Outcome) -> bool:
    """A value was found and failed its check (a declared date that has passed; a review date
    read in the text that has passed; a superseded name used as current, said with what
    replaced it), as opposed to nothing found."""
    if not o.detail:
        return False
    if facet.superseded:
        return bool(o.evidence)
    if doc.source == "yaml":
        return "not declared" not in o.detail
    return facet.text_dates is not None and bool(o.evidence)


def _ranked_evidence(outcomes) -> list[Evidence]:
    """The rule's evidence, each item naming the met facets it supports, best first: the quote
    that meets the most facets leads (reporters show the first as the proof of a pass); ties keep
    the facets' order."""
    items: list[Evidence] = []
    facets: list[list[str]] = []
    for f, o in outcomes:
        for e in o.evidence:
            if e not in items:
                items.append(e)
                facets.append([])
            if o.state == MET and f.id not in facets[items.index(e)]:
                facets[items.index(e)].append(f.id)
    ranked = sorted(range(len(items)), key=lambda i: -len(facets[i]))
    return [items[i].model_copy(update={"facets": facets[i]}) if facets[i] else items[i] for i in ranked]


def _without_unmet_needs(doc: Document, outcomes: list[tuple[Facet, Outcome]]) -> list[tuple[Facet, Outcome]]:
    """A facet that ``needs`` a sibling found nowhere is missing too: in a published document,
    a date with no sign-off anywhere is not the date of sign-off."""
    if doc.source == "yaml":
        return outcomes
    state = {f.id: o.state for f, o in outcomes}
    out = []
    for f, o in outcomes:
        if f.needs and o.state != MISSING and all(state[n] in (MISSING, NEGATED) for n in f.needs):
            names = ", ".join(n for n in f.needs)
            o = Outcome(MISSING, detail=f"{f.name}: counts only with ({names}), which is not found")
        out.append((f, o))
    return out


def evaluate_rule(doc: Document, pack: Pack, rule: Rule, ctx: Context) -> Result:
    base = dict(
        rule_id=rule.id,
        pack=pack.id,
        title=rule.title,
        strength=rule.strength,
        citation=shown_citation(rule),
        fix=rule.fix,
    )
    try:
        na = _not_applicable(doc, rule, ctx)
        many = len(rule.facets) > 1
        outcomes = None
        if na is not None and na.evidence and doc.source != "yaml":
            # "there is no secure training centre" read in the text: the rule still applies when
            # the document goes on to describe what it requires (a secure children's home)
            outcomes = [(f, evaluate_facet(doc, f, ctx, rule)) for f in rule.facets]
            said = {e.quote for e in na.evidence}
            if any(o.state == MET and any(e.quote not in said for e in o.evidence) for _, o in outcomes):
                na = None  # evidence from other sentences than the "none" statement itself
        if na is not None:
            return Result(**base, status="not_applicable", message=rule.not_applicable_if.reason, evidence=na.evidence)
        if outcomes is None:
            outcomes = [(f, evaluate_facet(doc, f, ctx, rule)) for f in rule.facets]
    except Exception as exc:  # a rule that cannot be evaluated is reported, never silent
        return Result(**base, status="error", message=f"rule could not be evaluated: {type(exc).__name__}: {exc}")

    outcomes = _without_unmet_needs(doc, outcomes)
    evidence = _ranked_evidence(outcomes)
    states = [o.state for _, o in outcomes]
    met = [_label(f, many) for f, o in outcomes if o.state == MET]
    weak = [(f, o) for f, o in outcomes if o.state in (INTENT, REFERENCED)]
    absent = [(f, o) for f, o in outcomes if o.state in (MISSING, NEGATED)]
    unsure = [(f, o) for f, o in outcomes if o.state == AMBIGUOUS]
    missing = [_label(f, many) for f, _ in [*weak, *absent, *unsure]]

    if all(s == MET for s in states):
        message = "Evidenced: " + "; ".join(met) + "."
        gap = _said_incomplete(doc, rule)
        if gap is not None:
            message += " But the document says part is missing."
            return Result(**base, status="partial", message=message, evidence=[*evidence, *gap.evidence])
        return Result(**base, status="pass", message=message, evidence=evidence)
    searched = "; ".join(o.detail for _, o in absent if o.detail) or None
    decided = [(f, o) for f, o in absent if f.decisive and _found_but_failed(doc, f, o)]
    if decided:  # the value was found and fails: the other facets cannot make up for it
        labels = [f"{_label(f, many)} ({o.detail})" for f, o in decided]
        message = "Not met: " + "; ".join(labels) + "."
        return Result(**base, status="fail", message=message, evidence=evidence, missing=missing, searched=searched)
    if unsure:
        reasons = "; ".join(o.detail for _, o in unsure if o.detail) or "the text is ambiguous"
        message = f"Needs review: {reasons}."
        return Result(**base, status="needs_review", message=message, evidence=evidence, missing=missing)
    if not met and not weak:
        negated = [o for _, o in absent if o.state == NEGATED]
        # a value was found and failed the check (a review date that has passed): say so, with
        # the value, rather than "Not found: the review date has not passed"
        found = all(_found_but_failed(doc, f, o) for f, o in absent)
        lead = "Stated as not in place" if negated else ("Not met" if found else "Not found")
        labels = [f"{_label(f, many)} ({o.detail})" if found else _label(f, many) for f, o in absent]
        message = f"{lead}: " + "; ".join(labels) + "."
        return Result(**base, status="fail", message=message, evidence=evidence, missing=missing, searched=searched)
    parts = []
    if met:
        parts.append("Evidenced: " + "; ".join(met) + ".")
    for f, o in weak:
        how = "intent only or incomplete" if o.state == INTENT else "referenced, not verified"
        if o.detail.startswith("on topic"):  # the specifics fell short, not the topic or stance
            how = o.detail
        parts.append(f"{_label(f, many)}: {how}.")
    if absent:
        parts.append("Missing: " + "; ".join(_label(f, many) for f, _ in absent) + ".")
    return Result(
        **base, status="partial", message=" ".join(parts), evidence=evidence, missing=missing, searched=searched
    )


def evaluate_pack(doc: Document, pack: Pack, ctx: Context) -> list[Result]:
    return [evaluate_rule(doc, pack, rule, ctx) for rule in pack.rules]
