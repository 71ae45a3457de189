"""Calibrate the topic scorer's thresholds on the packs' own exemplars.

    python benchmarks/topic_calibration.py

For every facet with exemplars, leave one positive out and measure its similarity to the rest
(on-topic), and the similarity of other rules' positives to this facet's (off-topic, a stand-in for
the rest of a document). Prints percentiles and, for candidate thresholds, the share of on-topic
sentences kept and off-topic ones let through - the figures behind ``matcher.TOPIC_MIN`` and
``matcher.TOPIC_STRONG``.
"""

from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent / "src"))

import numpy as np  # noqa: E402

from masa_check.engine import topic  # noqa: E402
from masa_check.engine.packs import Registry  # noqa: E402


def facets():
    reg = Registry.load()
    for pid in reg.packs:
        for rule in reg.get(pid).rules:
            for f in rule.facets:
                if f.exemplars is not None and len(f.exemplars.pos) >= 2:
                    yield f"{rule.id}.{f.id}", rule.id, f


def main() -> int:
    if not topic.available():
        print("topic model not installed")
        return 2
    items = list(facets())
    if not items:
        print("no exemplars")
        return 2
    on, off, neg = [], [], []
    vectors = {key: topic.embed(list(f.exemplars.pos)) for key, _, f in items}
    negs = {key: topic.embed(list(f.exemplars.neg)) for key, _, f in items if f.exemplars.neg}
    for key, rule_id, _f in items:
        v = vectors[key]
        sims = v @ v.T
        np.fill_diagonal(sims, -1)
        on.extend(sims.max(axis=1))
        others = np.vstack([vectors[k] for k, r, _ in items if r != rule_id])
        off.extend((others @ v.T).max(axis=1))
        if key in negs:
            neg.extend((negs[key] @ v.T).max(axis=1))
    on, off, neg = np.array(on), np.array(off), np.array(neg)
    print(f"facets {len(items)}; on-topic {len(on)}, off-topic {len(off)}, negatives {len(neg)}")
    for name, arr in (("on-topic (leave one out)", on), ("off-topic (other rules)", off), ("negatives", neg)):
        q = np.percentile(arr, [5, 25, 50, 75, 95])
        print(f"{name:28} p5 {q[0]:.2f}  p25 {q[1]:.2f}  median {q[2]:.2f}  p75 {q[3]:.2f}  p95 {q[4]:.2f}")
    print("threshold  on-topic kept  off-topic let through")
    for t in (0.40, 0.45, 0.50, 0.55, 0.60, 0.65, 0.70, 0.75):
        print(f"   {t:.2f}        {np.mean(on >= t):5.2f}          {np.mean(off >= t):5.2f}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
