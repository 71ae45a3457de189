"""How well each matcher finds the packs' own exemplars: paraphrases written the many ways
partnerships put a fact.

    python benchmarks/exemplar_recall.py [--pack ID] [--show]

Each positive exemplar is put alone under a neutral heading and matched with the keyword matcher
and with the evidence matcher; for the evidence matcher the exemplar is left out of its facet's
exemplars first (leave one out), so meaning is never scored against the sentence itself.
Reports positives met (recall) and negatives met (look-alikes passed) per pack and overall.
"""

from __future__ import annotations

import argparse
import sys
from collections import defaultdict
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent / "src"))

from masa_check.document import Block, Document  # noqa: E402
from masa_check.engine.matcher import EvidenceMatcher, KeywordMatcher  # noqa: E402
from masa_check.engine.packs import Registry  # noqa: E402


def _doc(text: str, kind: str) -> Document:
    path = ("2. About this partnership",)
    blocks = [Block("heading", path[0], 1, path, 1), Block("paragraph", text, 1, path)]
    return Document(path="<exemplar>", source="pdf", kind=kind, blocks=blocks)


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--pack", action="append")
    ap.add_argument("--show", action="store_true", help="print every exemplar the evidence matcher misses")
    args = ap.parse_args(argv)
    reg = Registry.load()
    keyword, evidence = KeywordMatcher(), EvidenceMatcher()
    tally: dict[str, list[int]] = defaultdict(lambda: [0, 0, 0, 0, 0, 0])  # pos, kw, ev, neg, kw, ev
    for pid in args.pack or list(reg.packs):
        pack = reg.get(pid)
        for rule in pack.rules:
            kind = (rule.tests.kind if rule.tests and rule.tests.kind else None) or pack.applies_to.kinds[0]
            for f in rule.facets:
                if f.exemplars is None or f.text is None:
                    continue
                t = tally[pid]
                for i, text in enumerate(f.exemplars.pos):
                    rest = [p for k, p in enumerate(f.exemplars.pos) if k != i] or f.exemplars.pos
                    held_out = f.model_copy(update={"exemplars": f.exemplars.model_copy(update={"pos": rest})})
                    kw = keyword.match(_doc(text, kind), f).state == "met"
                    ev = evidence.match(_doc(text, kind), held_out).state == "met"
                    t[0] += 1
                    t[1] += kw
                    t[2] += ev
                    if args.show and not ev:
                        print(f"  missed {rule.id}({f.id}): {text}")
                for text in f.exemplars.neg:
                    t[3] += 1
                    t[4] += keyword.match(_doc(text, kind), f).state == "met"
                    t[5] += evidence.match(_doc(text, kind), f).state == "met"
    print(f"{'pack':32} {'pos':>5} {'kw met':>7} {'ev met':>7} {'neg':>5} {'kw met':>7} {'ev met':>7}")
    total = [0] * 6
    for pid, t in sorted(tally.items()):
        total = [a + b for a, b in zip(total, t, strict=True)]
        print(f"{pid:32} {t[0]:>5} {t[1]:>7} {t[2]:>7} {t[3]:>5} {t[4]:>7} {t[5]:>7}")
    print(f"{'OVERALL':32} {total[0]:>5} {total[1]:>7} {total[2]:>7} {total[3]:>5} {total[4]:>7} {total[5]:>7}")
    if total[0]:
        print(f"recall of positives: keyword {total[1] / total[0]:.2f}, evidence {total[2] / total[0]:.2f}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
