"""Round trip of ``masa-check extract``: does the draft validate back to the published verdicts?

    python benchmarks/extract_roundtrip.py [--fixtures DIR] [--as-of YYYY-MM-DD] [--json FILE] [--verbose]

For each fixture (``../shared/fixtures/*.pdf`` and ``*.docx``; skipped cleanly when absent) the
published document is validated, a draft is extracted from it (as ``masa-check extract`` would,
its own kind), and the draft is validated as a declared YAML. Per document it reports how many
rules the draft passes against how many the published document passes, how many rules get the
same verdict, and the rules whose verdicts differ; then totals. A document extract refuses (no
declared kind for it, or no text) is listed with the reason and left out of the totals.

The figure that matters is agreement, not the draft's pass count: a draft that passes a rule the
published document fails has invented evidence, which is worse than a gap the user fills in.
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import sys
import tempfile
from pathlib import Path

HERE = Path(__file__).resolve().parent
REPO = HERE.parent
sys.path.insert(0, str(REPO / "src"))

from masa_check.engine.packs import Registry  # noqa: E402
from masa_check.engine.run import check_document  # noqa: E402
from masa_check.errors import InputError  # noqa: E402
from masa_check.extract import NAME_PLACEHOLDER, draft_for  # noqa: E402
from masa_check.sources import load_document  # noqa: E402

PASS = "pass"


def _fixtures(root: Path) -> list[Path]:
    if not root.is_dir():
        return []
    return sorted(p for p in root.iterdir() if p.suffix.lower() in (".pdf", ".docx"))


def _verdicts(doc, registry: Registry, as_of: dt.date) -> dict[str, str]:
    result = check_document(doc, registry, as_of=as_of, use_waivers=False)
    return {r.rule_id: r.status for r in result.results}


def compare(published: dict[str, str], drafted: dict[str, str]) -> dict:
    """Per-rule agreement of two verdict sets (a rule one side did not run counts as 'absent')."""
    rules = sorted(set(published) | set(drafted))
    differ = [
        {"rule": r, "published": published.get(r, "absent"), "draft": drafted.get(r, "absent")}
        for r in rules
        if published.get(r) != drafted.get(r)
    ]
    both = [r for r in rules if published.get(r) == PASS and drafted.get(r) == PASS]
    return {
        "rules": len(rules),
        "published_pass": sum(v == PASS for v in published.values()),
        "draft_pass": sum(v == PASS for v in drafted.values()),
        "both_pass": len(both),
        # a pass in the draft where the published document did not pass: evidence the draft invented
        "draft_only_pass": sum(1 for d in differ if d["draft"] == PASS),
        "same": len(rules) - len(differ),
        # the same on pass or not: a partial the draft leaves empty (fail) is a gap to fill, not a
        # wrong pass
        "pass_same": len(rules) - sum(1 for d in differ if PASS in (d["published"], d["draft"])),
        "differ": differ,
    }


def roundtrip(path: Path, registry: Registry, as_of: dt.date, workdir: Path) -> dict:
    row: dict = {"document": path.name}
    try:
        doc = load_document(str(path), use_cache=False)
        kind, text = draft_for(doc)
    except InputError as exc:
        row["skipped"] = str(exc)
        return row
    row["kind"] = kind
    published = _verdicts(doc, registry, as_of)
    draft_path = workdir / f"{path.stem}.{path.suffix.lstrip('.')}.yaml"
    if NAME_PLACEHOLDER in text:  # the one field the user must fill: name it as they would
        text = text.replace(NAME_PLACEHOLDER, "Unnamed Safeguarding Partnership", 1)
        row["named_by_benchmark"] = True
    draft_path.write_text(text, encoding="utf-8")
    try:
        draft = load_document(str(draft_path), use_cache=False)
    except InputError as exc:  # the draft does not load: every rule disagrees
        row["skipped"] = f"the draft does not validate: {exc}"
        return row
    row.update(compare(published, _verdicts(draft, registry, as_of)))
    return row


_COLUMNS = ("rules", "published_pass", "draft_pass", "both_pass", "draft_only_pass", "same", "pass_same")
_HEADS = ("rules", "pub pass", "draft pass", "both", "invented", "same", "pass same")


def _row(name: str, kind: str, values: dict) -> str:
    return f"{name:<34} {kind:<18} " + " ".join(f"{values[c]:>{len(h)}}" for c, h in zip(_COLUMNS, _HEADS, strict=True))


def _table(rows: list[dict]) -> str:
    head = f"{'document':<34} {'kind':<18} " + " ".join(_HEADS)
    out = [head, "-" * len(head)]
    for r in rows:
        if "skipped" in r:
            out.append(f"{r['document']:<34} skipped: {r['skipped']}")
        else:
            out.append(_row(r["document"], r["kind"], r))
    done = [r for r in rows if "skipped" not in r]
    if done:
        total = {c: sum(r[c] for r in done) for c in _COLUMNS}
        out += ["-" * len(head), _row(f"total ({len(done)} documents)", "", total)]
        if total["rules"]:
            out.append(
                f"verdict agreement {total['same'] / total['rules']:.2f}; on pass or not "
                f"{total['pass_same'] / total['rules']:.2f}; the draft passes {total['draft_pass']} rules where the "
                f"published documents pass {total['published_pass']} ({total['draft_only_pass']} not passed there)"
            )
    return "\n".join(out)


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--fixtures", default=str(REPO / ".." / "shared" / "fixtures"))
    ap.add_argument(
        "--with-cases",
        action="store_true",
        help="also the repo's own hard cases (benchmarks/cases/*.md, every document kind)",
    )
    ap.add_argument("--as-of", default=None, help="the run date for date rules (default: today)")
    ap.add_argument("--json", dest="json_out", default=None, help="also write the rows as JSON here")
    ap.add_argument("--verbose", action="store_true", help="list every disagreement")
    args = ap.parse_args(argv)
    as_of = dt.date.fromisoformat(args.as_of) if args.as_of else dt.date.today()
    paths = _fixtures(Path(args.fixtures))
    if args.with_cases:
        paths += sorted((HERE / "cases").glob("*.md"))
    if not paths:
        print(f"no fixtures in {args.fixtures}: nothing to measure (skipped)")
        return 0
    registry = Registry.load()
    with tempfile.TemporaryDirectory() as tmp:
        rows = [roundtrip(p, registry, as_of, Path(tmp)) for p in paths]
    print(_table(rows))
    if args.verbose:
        for r in rows:
            for d in r.get("differ", []):
                print(f"  {r['document']}: {d['rule']}: published {d['published']}, draft {d['draft']}")
    if args.json_out:
        Path(args.json_out).write_text(
            json.dumps({"as_of": as_of.isoformat(), "documents": rows}, indent=2) + "\n", encoding="utf-8"
        )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
