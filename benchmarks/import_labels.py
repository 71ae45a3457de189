"""Bring an independent labeller's corpus labels into the repo without the corpus's words.

    python benchmarks/import_labels.py LABEL_DIR --sealed SEALED_LIST

The corpus is third-party text and stays in ``../shared``: a label's ``quote`` becomes
``quote_line`` (the line of ``../shared/corpus/<stem>.md`` it starts on, for a reader to look up)
and long quoted passages in notes are cut. Documents named in the sealed list go to
``labels/sealed/`` (scored only at first contact), the rest to ``labels/corpus/``.
"""

from __future__ import annotations

import argparse
import re
import sys
from pathlib import Path

import yaml

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

from accuracy import SHARED  # noqa: E402

LONG_QUOTE = re.compile(r"[\"“][^\"”]{50,}[\"”]")


def _squash(text: str) -> str:
    return re.sub(r"\s+", " ", text).strip().lower()


def quote_line(stem: str, quote: str) -> int | None:
    lines = (SHARED / "corpus" / f"{stem}.md").read_text(encoding="utf-8").splitlines()
    probe = _squash(quote)[:40]
    for n, line in enumerate(lines, 1):
        if probe and probe in _squash(line):
            return n
    return None


def convert(label: dict) -> dict:
    out = dict(label)
    out["labels"] = {}
    for rule_id, lab in label["labels"].items():
        lab = dict(lab)
        quote = lab.pop("quote", None)
        if quote:
            lab["quote_line"] = quote_line(label["document"], quote)
        if lab.get("note"):
            lab["note"] = LONG_QUOTE.sub("[quoted passage omitted]", lab["note"])
        out["labels"][rule_id] = lab
    return out


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("label_dir")
    ap.add_argument("--sealed", help="file listing the sealed document stems, one per line")
    args = ap.parse_args(argv)
    sealed = set(Path(args.sealed).read_text().split()) if args.sealed else set()
    for f in sorted(Path(args.label_dir).glob("*.yaml")):
        label = yaml.safe_load(f.read_text(encoding="utf-8"))
        part = "sealed" if label["document"] in sealed else "corpus"
        dest = HERE / "labels" / part / f.name
        header = "# Corpus document labelled from requirements.md alone, before any tool was run on it.\n"
        header += "# quote_line: where the justifying sentence starts in ../shared/corpus/<document>.md\n"
        dest.write_text(header + yaml.safe_dump(convert(label), sort_keys=False, allow_unicode=True, width=110))
        print(f"{part}: {dest.name}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
