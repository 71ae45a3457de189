"""A published document's kind from weighted evidence across the whole document.

Two questions, each answered from :data:`~masa_check.sources.kind_signals.SIGNALS`: who writes
it (a Safeguarding Adults Board, a children's partnership, child death review partners) and what
it is (a report on a year, a plan for the years ahead, the arrangements themselves). What the
document calls itself (title, running headers, cover headings) weighs most; section headings and
the opening text add to it, each signal counted a few times at most so that one long section
cannot outvote the rest. The signals that decided are kept, so that a note can say why.
"""

from __future__ import annotations

from bisect import bisect_right
from collections.abc import Sequence
from dataclasses import dataclass, field

from masa_check.sources.kind_signals import SIGNALS, Signal

#: What the document calls itself outweighs anything said inside it.
NAME_WEIGHT = 4.0
#: A running header or cover heading names the document less surely than its title.
NAME_OTHER = 0.6
#: A signal counts at most this many times in the headings, and in the body.
CAP = 3
#: The opening of the body that is read (blocks, characters): enough to know who writes and why.
BODY_BLOCKS = 300
BODY_CHARS = 30_000
HEADINGS = 120
#: The least evidence that decides an author or a genre.
ENOUGH = 1.5

FAMILIES = ("adults", "children", "cdr")
GENRES = ("report", "plan", "arrangements")


@dataclass
class Hit:
    signal: Signal
    where: str
    text: str
    score: float
    count: int = 1


@dataclass
class KindVerdict:
    kind: str | None
    #: The block text that weighed most for the kind (facts["evidence"]["kind"]).
    evidence: str | None = None
    #: Why, one line a signal: "title: calls itself an annual report ('Annual Report 2024/25')".
    signals: list[str] = field(default_factory=list)
    #: "name" when what the document calls itself decided, "text" when its contents did.
    source: str | None = None
    family: str | None = None
    genre: str | None = None


def _name_hits(name_texts: Sequence[str]) -> list[Hit]:
    """Signals in the title (first) and the other name texts; the earliest genre named in the
    title wins a tie ("Annual Report on our Arrangements" is a report)."""
    hits: dict[str, Hit] = {}
    for rank, text in enumerate(name_texts):
        factor = 1.0 if rank == 0 else NAME_OTHER
        for sig in SIGNALS:
            if "name" not in sig.where:
                continue
            m = sig.search(text)
            if m is None:
                continue
            score = NAME_WEIGHT * factor + (0.5 - min(m.start(), 200) / 400 if rank == 0 else 0.0)
            if sig.id not in hits or hits[sig.id].score < score:
                hits[sig.id] = Hit(sig, "title" if rank == 0 else "cover", text, score)
    return list(hits.values())


def _gated(whole: str, starts: Sequence[int], gate: Sequence[str]) -> list[int]:
    """Indexes of the texts (joined in ``whole``, starting at ``starts``) holding a gate word."""
    found: set[int] = set()
    for word in gate:
        pos = whole.find(word)
        while pos >= 0:
            i = bisect_right(starts, pos) - 1
            found.add(i)
            pos = whole.find(word, starts[i + 1]) if i + 1 < len(starts) else -1
    return sorted(found)


def _counted_hits(texts: Sequence[str], where: str) -> list[Hit]:
    """Each signal's first texts (up to :data:`CAP`) among ``texts``; only the texts holding
    one of a signal's gate words are searched with its pattern."""
    lowered = [" ".join(t.split()).lower() for t in texts]
    whole = "\n".join(lowered)
    starts, at = [], 0
    for low in lowered:
        starts.append(at)
        at += len(low) + 1
    everything = range(len(texts))
    hits = []
    for sig in SIGNALS:
        if where not in sig.where:
            continue
        found: list[int] = []
        for i in everything if sig.gate is None else _gated(whole, starts, sig.gate):
            if sig.search(texts[i]):
                found.append(i)
                if len(found) == CAP:
                    break
        if found:
            hits.append(Hit(sig, where, texts[found[0]], float(len(found)), len(found)))
    return hits


def _side_scores(hits: Sequence[Hit]) -> dict[str, float]:
    scores: dict[str, float] = {}
    for h in hits:
        for side, points in h.signal.points.items():
            scores[side] = scores.get(side, 0.0) + points * h.score
    return scores


def _family(scores: dict[str, float]) -> str | None:
    """CDR partners when child death review is as present as anything else; a Safeguarding
    Adults Board when adults outweigh children twice over (a children's partnership names the
    SAB it works with, a SAB the children's partnership); else a children's (or all-age) one."""
    cdr, children, adults = (scores.get(k, 0.0) for k in ("cdr", "children", "adults"))
    if cdr >= ENOUGH and cdr >= children and cdr >= adults:
        return "cdr"
    if adults >= ENOUGH and adults >= 2 * children:
        return "adults"
    if children >= ENOUGH or adults >= ENOUGH:
        return "children"
    return None


def _genre(scores: dict[str, float], family: str | None) -> str | None:
    """The genre with the most evidence, when there is enough and no tie."""
    ranked = sorted(GENRES, key=lambda g: scores.get(g, 0.0), reverse=True)
    best = scores.get(ranked[0], 0.0)
    if best < ENOUGH or best == scores.get(ranked[1], 0.0):
        return None
    return ranked[0]


_KINDS = {
    ("adults", "report"): "sab-annual-report",
    ("adults", "plan"): "sab-strategic-plan",
    ("adults", "arrangements"): "sab-arrangements",
    ("adults", None): "sab-arrangements",
    ("children", "report"): "yearly-report",
    ("children", "arrangements"): "arrangements",
    # a children's partnership's plan has no pack of its own: kind unknown, said in a note
    (None, "report"): "yearly-report",
    (None, "arrangements"): "arrangements",
}


def _explain(hits: Sequence[Hit], sides: set[str]) -> tuple[list[str], str | None]:
    """The hits that point at the decided sides, strongest first, as lines for a note; hits on
    the same text share a line ("title: names a SAB, calls itself an annual report: '...'")."""

    def weight(h: Hit) -> float:
        return max(h.signal.points.get(s, 0.0) * h.score for s in sides & set(h.signal.points))

    relevant = sorted((h for h in hits if sides & set(h.signal.points)), key=weight, reverse=True)
    grouped: dict[tuple[str, str], list[Hit]] = {}
    for h in relevant:
        grouped.setdefault((h.where, h.text), []).append(h)
    lines = []
    for (where, text), group in list(grouped.items())[:4]:
        says = ", ".join(h.signal.says + (f" ({h.count} places)" if h.count > 1 else "") for h in group)
        quote = text if len(text) <= 80 else text[:77] + "..."
        lines.append(f"{where}: {says}: '{quote}'")
    return lines, (relevant[0].text if relevant else None)


_FAMILY_NAMES = {
    "adults": "a Safeguarding Adults Board's",
    "children": "a children's safeguarding partnership's",
    "cdr": "child death review partners'",
}
_GENRE_NAMES = {"report": "report on a year", "plan": "plan", "arrangements": "arrangements"}


def kind_note(facts: dict) -> str | None:
    """A note for the reader when the kind was not read from the title: what it was read from,
    or what little could be told when no kind was recognised."""
    kind, signals = facts.get("kind"), facts.get("kind_signals") or []
    if kind is None:
        family, genre = facts.get("kind_family"), facts.get("kind_genre")
        reads = " ".join(x for x in (_FAMILY_NAMES.get(family or ""), _GENRE_NAMES.get(genre or "")) if x)
        told = f" (it reads as {reads}{'' if genre else ' document'})" if reads else ""
        return f"document kind not recognised from the document{told}; assumed 'arrangements' (use --kind)"
    if facts.get("kind_source") != "text":
        return None
    return f"document kind {kind} read from the document's contents, not its title: " + "; ".join(signals[:3])


def _decide(scores: dict[str, float]) -> tuple[str | None, str | None, str | None]:
    """(family, genre, kind) from the side scores."""
    family = _family(scores)
    genre = _genre(scores, family)
    kind = "cdr-arrangements" if family == "cdr" else _KINDS.get((family, genre))
    return family, genre, kind


def infer_kind(name_texts: Sequence[str], heading_texts: Sequence[str], body_texts: Sequence[str]) -> KindVerdict:
    """The kind of a document from what it calls itself (title first), its section headings and
    the opening of its body text."""
    body, size = [], 0
    for t in body_texts[:BODY_BLOCKS]:
        body.append(t)
        size += len(t)
        if size > BODY_CHARS:
            break
    name = _name_hits(name_texts)
    hits = name + _counted_hits(heading_texts[:HEADINGS], "heading") + _counted_hits(body, "body")
    family, genre, kind = _decide(_side_scores(hits))
    if kind is None:
        return KindVerdict(None, family=family, genre=genre)
    sides = {"cdr"} if family == "cdr" else {family or "children", genre} - {None}
    lines, evidence = _explain(hits, sides)
    source = "name" if _decide(_side_scores(name))[2] == kind else "text"
    return KindVerdict(kind, evidence, lines, source, family, genre)
