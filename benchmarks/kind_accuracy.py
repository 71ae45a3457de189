"""How often masa-check infers a published document's kind (and a cohort that fits it) by itself.

    python benchmarks/kind_accuracy.py [--stems FILE] [--blocks-only] [--verbose]

Two sets: the repo's hard cases and shared fixtures (read exactly as ``accuracy.py`` reads them;
the truth is the kind their label file names, "arrangements" when it names none), and the real
corpus texts ``../shared/corpus/<stem>.md`` for the stems listed in ``--stems`` (default
``corpus-dev.txt``, the development part; the truth is the ``kind:`` of their front matter, the
body is read as ``accuracy.text_document`` reads a seed). The corpus part is skipped when
``../shared`` is absent. Only the listed stems are opened: the sealed part stays unread.
"""

from __future__ import annotations

import argparse
import sys
import tempfile
from collections import Counter
from pathlib import Path

import yaml

HERE = Path(__file__).resolve().parent
REPO = HERE.parent
sys.path.insert(0, str(REPO / "src"))
sys.path.insert(0, str(HERE))

import accuracy  # noqa: E402  (the accuracy benchmark's readers: one way of reading a case)

from masa_check.document import Block  # noqa: E402
from masa_check.sources.doc_facts import infer_facts  # noqa: E402

DEFAULT_STEMS = HERE / "corpus-dev.txt"
DEFAULT_KIND = "arrangements"  # what load_published assumes when no kind is recognised


def _main_checkout() -> Path | None:
    """The main checkout of a git worktree (where its ``.git`` directory lives), if any."""
    import subprocess

    try:
        out = subprocess.run(
            ["git", "rev-parse", "--path-format=absolute", "--git-common-dir"],
            cwd=REPO,
            capture_output=True,
            text=True,
            timeout=10,
            check=True,
        ).stdout.strip()
    except (OSError, subprocess.SubprocessError):
        return None
    return Path(out).parent if out else None


def _shared() -> Path | None:
    """``../shared`` beside the repo, else beside the main checkout of this worktree."""
    main = _main_checkout()
    for candidate in (REPO / ".." / "shared", *([main / ".." / "shared"] if main else [])):
        if (candidate / "corpus").is_dir():
            return candidate.resolve()
    return None


def labelled_cases(workdir: Path, blocks_only: bool) -> list[tuple[str, str, list[Block]]]:
    """(name, true kind, blocks) for every labelled hard case / fixture and its renderings.

    The one place that knows how the labelled documents are stored: through ``accuracy.py``."""
    seen: set[str] = set()
    out = []
    for lf in sorted((HERE / "labels").glob("*.yaml")):
        label = yaml.safe_load(lf.read_text(encoding="utf-8"))
        name = label["document"]
        if name in seen:
            continue  # one document labelled for several packs
        seen.add(name)
        truth = label.get("kind", DEFAULT_KIND)
        for rname, doc in accuracy.renderings(label, workdir):
            if blocks_only and rname not in ("blocks", "txt"):
                continue
            out.append((f"{name} [{rname}]", truth, list(doc.blocks)))
    return out


def _front_matter(text: str) -> tuple[dict, str]:
    if not text.startswith("---"):
        return {}, text
    end = text.find("\n---", 3)
    if end < 0:
        return {}, text
    return yaml.safe_load(text[3:end]) or {}, text[end + 4 :].lstrip("\n")


def corpus_cases(stems_file: Path, workdir: Path) -> list[tuple[str, str, list[Block]]]:
    """(stem, front-matter kind, body as blocks) for each listed corpus text that exists."""
    shared = _shared()
    if shared is None or not stems_file.is_file():
        return []
    out = []
    for line in stems_file.read_text(encoding="utf-8").splitlines():
        stem = line.strip()
        if not stem or stem.startswith("#"):
            continue
        path = shared / "corpus" / f"{stem}.md"
        if not path.is_file():
            continue
        meta, body = _front_matter(path.read_text(encoding="utf-8"))
        tmp = workdir / f"{stem}.txt"
        tmp.write_text(body, encoding="utf-8")
        out.append((stem, str(meta.get("kind")), list(accuracy.text_document(tmp).blocks)))
    return out


def _cohort_fits(kind: str, cohort: str) -> bool:
    """A SAB document is about adults; a CDR or children's document is not adults-only."""
    if kind.startswith("sab-"):
        return cohort in ("adults", "all-age")
    return cohort in ("children", "all-age")


def score(title: str, cases: list[tuple[str, str, list[Block]]], verbose: bool) -> tuple[int, int]:
    right = 0
    misses = []
    confusion: Counter[tuple[str, str]] = Counter()
    cohort_bad = []
    for name, truth, blocks in cases:
        facts = infer_facts(blocks)
        got = facts.get("kind") or DEFAULT_KIND
        confusion[(truth, got)] += 1
        if got == truth:
            right += 1
        else:
            misses.append((name, truth, got, facts))
        if not _cohort_fits(got, facts.get("cohort") or "children"):
            cohort_bad.append((name, got, facts.get("cohort")))
    n = len(cases)
    print(
        f"{title}: kind right {right}/{n}" + (f" ({right / n:.2f})" if n else "") + f"; cohort unfit {len(cohort_bad)}"
    )
    for name, truth, got, facts in misses:
        print(f"   MISS {name}: truth {truth}, got {got}")
        if verbose:
            why = facts.get("evidence", {}).get("kind")
            print(f"        evidence: {why!s:.200}")
    for name, got, cohort in cohort_bad:
        print(f"   COHORT {name}: kind {got} with cohort {cohort}")
    return right, n


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--stems", default=str(DEFAULT_STEMS), help="corpus stems to read, one a line")
    ap.add_argument("--blocks-only", action="store_true", help="hard cases as blocks only (no DOCX/PDF)")
    ap.add_argument("--verbose", "-v", action="store_true", help="show the evidence behind each miss")
    args = ap.parse_args(argv)
    with tempfile.TemporaryDirectory() as tmp:
        work = Path(tmp)
        total = [0, 0]
        for title, cases in (
            ("hard cases and fixtures", labelled_cases(work, args.blocks_only)),
            ("corpus (development part)", corpus_cases(Path(args.stems), work)),
        ):
            if not cases:
                print(f"{title}: none available, skipped")
                continue
            right, n = score(title, cases, args.verbose)
            total[0] += right
            total[1] += n
    if total[1]:
        print(f"OVERALL: kind right {total[0]}/{total[1]} ({total[0] / total[1]:.2f})")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
