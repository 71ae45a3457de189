"""Accuracy of the published-document checker against a scrutineer's labels.

    PYTHONPATH=src python benchmarks/accuracy.py [--show-all] [--json FILE]

Labels: ``benchmarks/labels/*.yaml``, one per document (status + the quote that justifies it).
Documents: the shared fixtures (``../shared/fixtures``: PDF and DOCX renderings) and seeds
(``../shared/seeds``: plain text), the real published texts of ``../shared/corpus`` (labels in
``labels/corpus/``), all skipped when absent; and the hard cases, ``cases/*.md`` (rendered by
``hardcases.py`` as blocks, DOCX, PDF, a saved web page with its site's chrome, and markdown).
Every rendering of a document is scored against the
same labels.

``--part sealed`` scores only the sealed part (``labels/sealed/``): documents labelled but never run
through the tool, kept for a first-contact score (``first-contact.md``); once scored they move to
``labels/corpus/`` and join the development part. ``--matcher keyword|evidence`` picks the
matcher, to compare old and new on the same documents.

Reports agreement, false passes (reported pass, label not pass), over-assurance (pass where the
label is partial), under-reports (reported below the label), pass recall (labelled passes found)
and the needs_review rate, overall, per pack, per document kind, per document and per rule, and
prints every disagreement with the evidence quoted.
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


def _shared() -> Path:
    """``../shared`` beside the checkout (``MASA_CHECK_SHARED`` overrides; a git worktree of the
    repo one level down also finds it)."""
    import os

    if os.environ.get("MASA_CHECK_SHARED"):
        return Path(os.environ["MASA_CHECK_SHARED"])
    for up in (REPO.parent, REPO.parent.parent):
        if (up / "shared").is_dir():
            return up / "shared"
    return REPO.parent / "shared"


SHARED = _shared()
#: Further folders of corpus texts (``--texts``): a new sealed round's documents, kept outside the
#: repo like ``../shared/corpus`` because they are third-party text.
TEXT_DIRS: list[Path] = []
sys.path.insert(0, str(REPO / "src"))
sys.path.insert(0, str(HERE))

from masa_check.document import Block, Document  # noqa: E402
from masa_check.engine.declared_checks import Context  # noqa: E402
from masa_check.engine.evaluate import evaluate_rule  # noqa: E402
from masa_check.engine.packs import Registry  # noqa: E402

AS_OF = dt.date(2026, 1, 1)


def text_document(path: Path, kind: str = "arrangements", text: str | None = None) -> Document:
    """A seed's plain text as blocks: '#' headings, '- ' list items, tab-separated table rows."""
    blocks: list[Block] = []
    heading: list[tuple[int, str]] = []
    for raw in (path.read_text(encoding="utf-8") if text is None else text).splitlines():
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


def corpus_document(path: Path, kind: str) -> Document:
    """A corpus text (YAML front matter, then markdown) read as a user's ``validate doc.md``
    would read it, so the pack the tool would choose can be checked too."""
    from masa_check.sources.markdown_reader import read_markdown

    return read_markdown(str(path), kind=kind, use_cache=False)


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
    if label.get("source") == "corpus":
        for folder in (SHARED / "corpus", *TEXT_DIRS):
            p = folder / f"{name}.md"
            if p.exists():
                return [("md", corpus_document(p, kind))]
        return []
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


FIGURES = ("n", "agreement", "false_passes", "over_assurance", "under_reports", "pass_recall", "needs_review_rate")
ORDER = {"fail": 0, "needs_review": 1, "partial": 1, "pass": 2}


def figures(subset) -> dict:
    """Agreement, false passes (pass where the label is not), over-assurance (pass where the
    label is partial), under-reports (below the label), pass recall (labelled passes reported as
    pass) and the needs_review rate."""
    n = len(subset)
    passes = [r for r in subset if r[3] == "pass"]
    return {
        "n": n,
        "agreement": sum(1 for r in subset if r[3] == r[4]) / n,
        "false_passes": sum(1 for r in subset if r[4] == "pass" and r[3] != "pass"),
        "over_assurance": sum(1 for r in subset if r[4] == "pass" and r[3] == "partial"),
        "under_reports": sum(1 for r in subset if ORDER.get(r[4], 0) < ORDER.get(r[3], 0)),
        "pass_recall": (sum(1 for r in passes if r[4] == "pass") / len(passes)) if passes else None,
        "needs_review_rate": sum(1 for r in subset if r[4] == "needs_review") / n,
    }


def _line(name: str, f: dict) -> str:
    recall = "-" if f["pass_recall"] is None else f"{f['pass_recall']:.2f}"
    return (
        f"{name:48} {f['n']:>4} {f['agreement']:>6.2f} {f['false_passes']:>9} {f['over_assurance']:>6} "
        f"{f['under_reports']:>6} {recall:>6} {f['needs_review_rate']:>7.2f}"
    )


def label_files(args) -> list[Path]:
    root = Path(args.labels)
    if args.part == "sealed":
        return sorted((root / "sealed").glob("*.yaml"))
    if args.part == "corpus":
        return sorted((root / "corpus").glob("*.yaml"))
    return sorted(root.glob("*.yaml")) + sorted((root / "corpus").glob("*.yaml"))


def score(args) -> tuple[list, list, list]:
    """(rows, selections, timings): a row per labelled verdict of every rendering."""
    registry = Registry.load()
    ctx = Context(as_of=AS_OF)
    rows = []  # (doc, rendering, rule, label, got, result, pack, kind)
    selections = []  # (doc, rendering, labelled pack, packs the tool would choose by itself)
    timings = []
    with tempfile.TemporaryDirectory() as tmp:
        for lf in label_files(args):
            label = yaml.safe_load(lf.read_text(encoding="utf-8"))
            if args.only and not any(o in label["document"] for o in args.only):
                continue
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
            kind = label.get("kind", "arrangements")
            for rname, doc in docs:
                if rname in ("pdf", "docx", "html", "md"):
                    selections.append((label["document"], rname, pack.id, inferred_packs(doc)))
                t0 = time.perf_counter()
                for rule_id, lab in label["labels"].items():
                    result = evaluate_rule(doc, pack, rules[rule_id], ctx)
                    rows.append(
                        (label["document"], rname, rule_id, lab["status"], result.status, result, pack.id, kind)
                    )
                timings.append((label["document"], rname, time.perf_counter() - t0, len(doc.blocks)))
    return rows, selections, timings


def print_figures(rows) -> None:
    print()
    print(f"{'':48} {'n':>4} {'agree':>6} {'falsepass':>9} {'over':>6} {'under':>6} {'recall':>6} {'review':>7}")
    print(_line("OVERALL", figures(rows)))
    groups = {"pack": 6, "document kind": 7, "document / rendering": None, "rule": 2}
    for title, at in groups.items():
        by = defaultdict(list)
        for r in rows:
            by[f"{r[0]} [{r[1]}] {r[6]}" if at is None else r[at]].append(r)
        print(f"-- per {title}")
        for k in sorted(by) if at is not None else by:
            print(_line(k, figures(by[k])))


def print_selection(selections) -> None:
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


def print_disagreements(rows, show_all: bool) -> None:
    print("\n-- disagreements" if not show_all else "\n-- verdicts")
    for d, rname, rule_id, want, got, result, _pack, _kind in rows:
        if want == got and not show_all:
            continue
        flag = "FALSE PASS " if got == "pass" and want != "pass" else ("" if want == got else "DISAGREE ")
        print(f"{flag}{d} [{rname}] {rule_id}: label {want}, got {got}: {result.message}")
        for e in result.evidence[:2]:
            print(f"      p.{e.page} {e.section or ''!s:.50} :: {e.quote!s:.160}")
        if result.searched and want != got:
            print(f"      searched: {result.searched[:300]}")


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--labels", default=str(HERE / "labels"))
    ap.add_argument(
        "--part",
        choices=("dev", "corpus", "sealed"),
        default="dev",
        help="dev: the repo's labels and the corpus (default); corpus: the corpus only; sealed: the sealed part only",
    )
    ap.add_argument("--matcher", choices=("keyword", "evidence"), help="the matcher to score (default: the tool's)")
    ap.add_argument("--only", action="append", help="only documents whose name contains this (repeatable)")
    ap.add_argument("--show-all", action="store_true", help="print every verdict, not only disagreements")
    ap.add_argument("--json", help="write the figures as JSON to this file")
    ap.add_argument(
        "--texts", action="append", default=[], help="another folder of corpus texts (<document>.md), repeatable"
    )
    args = ap.parse_args(argv)
    TEXT_DIRS.extend(Path(t) for t in args.texts)
    if args.matcher:
        import os

        os.environ["MASA_CHECK_MATCHER"] = args.matcher

    rows, selections, timings = score(args)
    if not rows:
        print("nothing to score")
        return 2
    print_figures(rows)
    print_selection(selections)
    print("-- timing (evaluate all labelled rules)")
    for d, rname, secs, nb in timings:
        print(f"{d} [{rname}]: {secs * 1000:.0f} ms for {nb} blocks")
    print_disagreements(rows, args.show_all)

    if args.json:
        by_pack = defaultdict(list)
        by_kind = defaultdict(list)
        for r in rows:
            by_pack[r[6]].append(r)
            by_kind[r[7]].append(r)
        out = {
            **figures(rows),
            "packs": {k: figures(v) for k, v in by_pack.items()},
            "kinds": {k: figures(v) for k, v in by_kind.items()},
        }
        Path(args.json).write_text(json.dumps(out, indent=2), encoding="utf-8")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
