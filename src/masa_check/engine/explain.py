"""What ``masa-check rules explain`` prints: a rule's requirement and, per facet, how a
published document is read for it (its specifics and some of its exemplar sentences)."""

from __future__ import annotations

from masa_check.engine.packs import Facet, Pack, Rule, shown_citation

SHOWN_EXEMPLARS = 3


def _facet_lines(facet: Facet, many: bool) -> list[str]:
    from masa_check.engine.specifics import describe

    lines = [f"  ({facet.id}) {facet.name}" if many else f"  {facet.name}"]
    if facet.slots:
        lines.append("      specifics a pass needs: " + "; ".join(describe(s) for s in facet.slots))
    if facet.exemplars is not None:
        for text in facet.exemplars.pos[:SHOWN_EXEMPLARS]:
            lines.append(f"      + {text}")
        for text in facet.exemplars.neg[:SHOWN_EXEMPLARS]:
            lines.append(f"      - {text}")
        more = len(facet.exemplars.pos) + len(facet.exemplars.neg) - 2 * SHOWN_EXEMPLARS
        if more > 0:
            lines.append(f"      ({more} more examples in the pack)")
    return lines


def explain_lines(pack: Pack, rule: Rule) -> list[str]:
    lines = [
        f"{rule.id} ({rule.strength}) — {rule.title}",
        f"Pack:        {pack.id} ({pack.title})",
        f"Citation:    {shown_citation(rule)}",
        f"Requirement: {rule.requirement}",
        f"Evidence:    {rule.evidence}",
    ]
    if rule.not_enough:
        lines.append(f"Not enough:  {rule.not_enough}")
    if rule.continues:
        lines.append(f"Continues:   {rule.continues}")
    for key in rule.commencement:  # a statutory rule: advisory until its provisions commence
        row = pack.commencement[key]
        when = (
            row.date.isoformat()
            if row.date
            else "no day appointed yet" + (f" (expected {row.expected})" if row.expected else "")
        )
        lines.append(f"In force:    {row.short} ({key}): {when}; advisory before that")
        lines.append(f"             source: {row.source}")
    many = len(rule.facets) > 1
    if many:
        lines.append("Parts:       " + "; ".join(f"({f.id}) {f.name}" for f in rule.facets))
    fields = sorted({c.path for f in rule.facets for c in f.declared})
    lines.append(f"YAML fields: {', '.join(fields)}")
    if rule.not_applicable_if:
        lines.append(f"Not applicable when: {rule.not_applicable_if.reason}")
    lines.append(f"How to fix:  {rule.fix}")
    if not rule.waivable:
        lines.append("Waivable:    no")
    table = [t for f in rule.facets for t in f.superseded]
    if table:  # the dated table of superseded names: what is stale from when, and its source
        lines.append("Superseded names (a name -> what replaced it, from; source):")
        for t in table:
            source = f"; {t.source}" if t.source else ""
            lines.append(f"  {t.name or t.terms[0].rstrip('*')} -> {t.now}, from {t.after}{source}")
    if any(f.slots or f.exemplars for f in rule.facets):
        lines.append("In a published document (+ evidence of it, - look-alikes that are not):")
        for f in rule.facets:
            lines.extend(_facet_lines(f, many))
    return lines
