"""Accuracy of the published-document checker against a scrutineer's labels.

    PYTHONPATH=src python benchmarks/accuracy.py [--show-all] [--json FILE]

Labels: ``benchmarks/labels/*.yaml``, one per document (status + the quote that justifies it).
Documents: the shared fixtures (``../shared/fixtures``: PDF and DOCX renderings) and seeds
(``../shared/seeds``: plain text), skipped when absent; and the hard cases written by
``hardcases.py`` (as blocks, DOCX, PDF, a saved web page with its site's chrome, and markdown). Every rendering of a document is scored against the
same labels.

Reports agreement, false passes (reported pass, label not pass) and the needs_review rate,
overall, per document and per rule, and prints every disagreement with the evidence quoted.
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import re
import sys
import tempfile
import time
from collections import defaultdict
from pathlib import Path

import yaml

HERE = Path(__file__).resolve().parent
REPO = HERE.parent
SHARED = REPO / ".." / "shared"
sys.path.insert(0, str(REPO / "src"))
sys.path.insert(0, str(HERE))

from masa_check.document import Block, Document  # noqa: E402
from masa_check.engine.declared_checks import Context  # noqa: E402
from masa_check.engine.evaluate import evaluate_rule  # noqa: E402
from masa_check.engine.packs import Registry  # noqa: E402

AS_OF = dt.date(2026, 1, 1)


def text_document(path: Path, kind: str = "arrangements") -> Document:
    """A seed's plain text as blocks: '#' headings, '- ' list items, tab-separated table rows."""
    blocks: list[Block] = []
    heading: list[tuple[int, str]] = []
    for raw in path.read_text(encoding="utf-8").splitlines():
        line = raw.rstrip()
        if not line.strip():
            continue
        m = re.match(r"^(#{1,6})\s+(.*)$", line)
        if m:
            level = len(m.group(1))
            text = m.group(2).strip("* ")
            while heading and heading[-1][0] >= level:
                heading.pop()
            heading.append((level, text))
            blocks.append(Block("heading", text, None, tuple(t for _, t in heading), level))
            continue
        path_ = tuple(t for _, t in heading)
        if "\t" in line:
            cells = tuple(c.strip() for c in line.split("\t") if c.strip())
            blocks.append(Block("table_row", " | ".join(cells), None, path_, cells=cells))
            continue
        m = re.match(r"^\s*(?:[-*•]|\d+\.)\s+(.*)$", line)
        if m:
            blocks.append(Block("list_item", m.group(1), None, path_))
            continue
        blocks.append(Block("paragraph", line.strip(), None, path_))
    return Document(path=str(path), source="pdf", kind=kind, blocks=blocks)


def inferred_packs(doc: Document) -> list[str]:
    """The packs masa-check would choose for this file by itself (the label forces the kind)."""
    import dataclasses

    from masa_check.engine.selection import default_packs

    own = dataclasses.replace(doc, kind=(doc.facts or {}).get("kind") or "arrangements")
    return default_packs(own)[0]


def renderings(label: dict, workdir: Path) -> list[tuple[str, Document]]:
    """(rendering name, document) for every available rendering of a labelled document."""
    from masa_check.sources.published import load_published

    name = label["document"]
    kind = label.get("kind", "arrangements")  # the document kind the label file is about
    out: list[tuple[str, Document]] = []
    if label.get("source") == "hardcases":
        import hardcases

        items = hardcases.CASES[name]
        out.append(("blocks", hardcases.to_document(name, items, kind)))
        docx_path = workdir / f"{name}.docx"
        if not docx_path.exists():
            hardcases.to_docx(items, docx_path)
        out.append(("docx", load_published(str(docx_path), kind=kind, use_cache=False)))
        pdf_path = workdir / f"{name}.pdf"
        if pdf_path.exists() or hardcases.to_pdf(items, pdf_path):
            out.append(("pdf", load_published(str(pdf_path), kind=kind, use_cache=False)))
        from masa_check.sources.html_reader import read_html
        from masa_check.sources.markdown_reader import read_markdown

        html_path, md_path = workdir / f"{name}.html", workdir / f"{name}.md"
        hardcases.to_html(items, html_path)
        out.append(("html", read_html(str(html_path), kind=kind, use_cache=False)))
        hardcases.to_markdown(items, md_path)
        out.append(("md", read_markdown(str(md_path), kind=kind, use_cache=False)))
        return out
    for ext in ("pdf", "docx"):
        p = SHARED / "fixtures" / f"{name}.{ext}"
        if p.exists():
            out.append((ext, load_published(str(p), kind=kind, use_cache=False)))
    p = SHARED / "seeds" / f"{name}.txt"
    if p.exists():
        out.append(("txt", text_document(p, kind)))
    return out


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--labels", default=str(HERE / "labels"))
    ap.add_argument("--show-all", action="store_true", help="print every verdict, not only disagreements")
    ap.add_argument("--json", help="write the figures as JSON to this file")
    args = ap.parse_args(argv)

    registry = Registry.load()
    ctx = Context(as_of=AS_OF)
    rows = []  # (doc, rendering, rule, label, got, result)
    selections = []  # (doc, rendering, labelled pack, packs the tool would choose by itself)
    timings = []
    with tempfile.TemporaryDirectory() as tmp:
        for lf in sorted(Path(args.labels).glob("*.yaml")):
            label = yaml.safe_load(lf.read_text(encoding="utf-8"))
            pack = registry.get(label["pack"])
            rules = {r.id: r for r in pack.rules}
            try:
                docs = renderings(label, Path(tmp))
            except Exception as exc:  # a reader failure is reported, not fatal
                print(f"! {label['document']}: could not read: {type(exc).__name__}: {exc}")
                continue
            if not docs:
                print(f"- {label['document']}: absent, skipped")
                continue
            for rname, doc in docs:
                if rname in ("pdf", "docx", "html", "md"):
                    selections.append((label["document"], rname, pack.id, inferred_packs(doc)))
                t0 = time.perf_counter()
                for rule_id, lab in label["labels"].items():
                    result = evaluate_rule(doc, pack, rules[rule_id], ctx)
                    rows.append((label["document"], rname, rule_id, lab["status"], result.status, result, pack.id))
                timings.append((label["document"], rname, time.perf_counter() - t0, len(doc.blocks)))

    if not rows:
        print("nothing to score")
        return 2

    def figures(subset):
        n = len(subset)
        agree = sum(1 for r in subset if r[3] == r[4])
        false_pass = sum(1 for r in subset if r[4] == "pass" and r[3] != "pass")
        review = sum(1 for r in subset if r[4] == "needs_review")
        return n, agree / n, false_pass, review / n

    print()
    print(f"{'':44} {'n':>4} {'agree':>6} {'falsepass':>9} {'review':>7}")
    n, a, fp, rv = figures(rows)
    print(f"{'OVERALL':44} {n:>4} {a:>6.2f} {fp:>9} {rv:>7.2f}")
    by_doc = defaultdict(list)
    by_rule = defaultdict(list)
    by_pack = defaultdict(list)
    for r in rows:
        by_doc[f"{r[0]} [{r[1]}] {r[6]}"].append(r)
        by_rule[r[2]].append(r)
        by_pack[r[6]].append(r)
    print("-- per pack")
    for k in sorted(by_pack):
        n, a, fp, rv = figures(by_pack[k])
        print(f"{k:44} {n:>4} {a:>6.2f} {fp:>9} {rv:>7.2f}")
    print("-- per document / rendering")
    for k, sub in by_doc.items():
        n, a, fp, rv = figures(sub)
        print(f"{k:44} {n:>4} {a:>6.2f} {fp:>9} {rv:>7.2f}")
    print("-- per rule")
    for k in sorted(by_rule):
        n, a, fp, rv = figures(by_rule[k])
        print(f"{k:44} {n:>4} {a:>6.2f} {fp:>9} {rv:>7.2f}")
    # a document labelled for several packs is right when the tool would run one of them
    labelled: dict[tuple[str, str], set[str]] = defaultdict(set)
    chosen: dict[tuple[str, str], list[str]] = {}
    for d, rname, want, got in selections:
        labelled[(d, rname)].add(want)
        chosen[(d, rname)] = got
    wrong = [(k, labelled[k], chosen[k]) for k in labelled if not labelled[k] & set(chosen[k])]
    print(
        f"-- pack selection from the document itself (kind, date, guidance): {len(labelled) - len(wrong)}/{len(labelled)}"
    )
    for (d, rname), want, got in wrong:
        print(f"   {d} [{rname}]: labelled {', '.join(sorted(want))}; would run {', '.join(got)}")
    print("-- timing (evaluate all labelled rules)")
    for d, rname, secs, nb in timings:
        print(f"{d} [{rname}]: {secs * 1000:.0f} ms for {nb} blocks")

    print("\n-- disagreements" if not args.show_all else "\n-- verdicts")
    for d, rname, rule_id, want, got, result, _pack in rows:
        if want == got and not args.show_all:
            continue
        flag = "FALSE PASS " if got == "pass" and want != "pass" else ("" if want == got else "DISAGREE ")
        print(f"{flag}{d} [{rname}] {rule_id}: label {want}, got {got}: {result.message}")
        for e in result.evidence[:2]:
            print(f"      p.{e.page} {e.section or ''!s:.50} :: {e.quote!s:.160}")
        if result.searched and want != got:
            print(f"      searched: {result.searched[:300]}")

    if args.json:
        n, a, fp, rv = figures(rows)
        Path(args.json).write_text(
            json.dumps(
                {
                    "n": n,
                    "agreement": a,
                    "false_passes": fp,
                    "needs_review_rate": rv,
                    "packs": {
                        k: dict(zip(("n", "agreement", "false_passes", "needs_review_rate"), figures(v), strict=True))
                        for k, v in by_pack.items()
                    },
                },
                indent=2,
            ),
            encoding="utf-8",
        )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
