"""The one seam between a rule's facet and a published document's text.

A matcher answers three questions about a facet, and combines them into a :class:`FacetState`:

- *topic* - ``candidates(index, facet)``: which sentences are about the facet;
- *stance* - ``stance(index, sid, spans)``: is it stated as done / in place, or as intent, a
  deferral, negated, history, a restated national duty, a bare cross-reference;
- *specifics* - ``specifics(index, sids, slots)``: does the evidence hold the typed details the
  catalogue's evidence column asks for (named bodies, amounts or shares, a period, ...).

Two implementations sit behind :func:`match_facet`, so both can be scored on one benchmark
(``MASA_CHECK_MATCHER=keyword|evidence``):

- :class:`KeywordMatcher`: concept groups in one sentence with qualifiers (:mod:`text_match`);
- :class:`EvidenceMatcher` (the default): the keyword concepts are one topic signal; a facet's
  exemplar sentences add a meaning-based one (:mod:`topic`) that finds paraphrases the concepts
  miss; a pass then needs the stance to be "done" and every slot found. No model decides a pass
  on its own.
"""

from __future__ import annotations

import os
import re
from dataclasses import dataclass
from typing import Protocol

from masa_check.document import Document
from masa_check.engine import stance
from masa_check.engine.declared_checks import Outcome
from masa_check.engine.packs import Facet, TextSpec
from masa_check.engine.specifics import BOARD_NAME, SlotReport, specifics
from masa_check.engine.states import AMBIGUOUS, INTENT, MET, MISSING, FacetState
from masa_check.engine.text_index import REPORT_KINDS, Index, get_index, norm_heading
from masa_check.results import Evidence

#: How many body sentences either side, in the same section, may supply a slot.
NEIGHBOURS = 3
#: Topic: a candidate found by meaning must be at least this close (cosine) to a positive
#: exemplar, and not clearly closer (by ``TOPIC_VETO``) to a negative one. Static embeddings put
#: on-topic look-alikes ("partners will contribute") near real evidence, so negatives only veto
#: what is plainly more like them; specifics and stance do the rest.
TOPIC_MIN = 0.45
TOPIC_VETO = 0.10
#: A facet with no slots to check is found by meaning only when the sentence is this close to an
#: exemplar and carries one of the facet's own concept groups (calibrated on the packs' exemplars:
#: ``benchmarks/topic_calibration.py``).
TOPIC_STRONG = 0.65
#: Words that say nothing of their own: a sentence found by meaning must hold at least
#: ``SAYS_MIN`` other words besides its concepts' own ("The National Child Mortality Database"
#: names a body; it says nothing the body does).
_BARE = frozenset(
    [
        "a",
        "an",
        "the",
        "and",
        "or",
        "of",
        "for",
        "to",
        "in",
        "on",
        "at",
        "by",
        "with",
        "from",
        "its",
        "their",
        "our",
        "this",
        "that",
        "these",
        "those",
        "is",
        "are",
        "be",
        "was",
        "were",
    ]
)
SAYS_MIN = 3


@dataclass(frozen=True)
class Candidate:
    sid: int
    spans: tuple[tuple[int, int], ...] = ()
    topic: float | None = None  # similarity to the nearest positive exemplar, when measured


class Matcher(Protocol):
    name: str

    def candidates(self, index: Index, facet: Facet) -> list[Candidate]: ...

    def stance(
        self, index: Index, sid: int, spans: tuple[tuple[int, int], ...], spec: TextSpec | None = None
    ) -> FacetState: ...

    def specifics(self, index: Index, sids: list[int], slots: list[str]) -> SlotReport: ...

    def match(self, doc: Document, facet: Facet, siblings: tuple[Facet, ...] = ()) -> Outcome: ...


def _evidence(index: Index, sids: list[int]) -> list[Evidence]:
    from masa_check.engine.text_match import _evidence as quote

    return quote(index, sids)


_DESCRIBES = stance.hinted("reference.describes")
_CONTENTS_PART = stance.pattern("reference.contents_part")


def describes_content(index: Index, sid: int) -> bool:
    """The sentence says what a document sets out or where something is set out (stance
    ``reference.describes``), or it stands under a heading or lead-in that says what a report
    holds (``reference.contents_part``): it points to content rather than stating it."""
    s = index.sentences[sid]
    if _DESCRIBES.search(s.norm):
        return True
    if s.path and _CONTENTS_PART.match(norm_heading(s.path[-1])):
        return True
    return any(_CONTENTS_PART.match(index.sentences[k].norm) for k in s.lead)


def context(index: Index, sid: int) -> list[int]:
    """``sid`` then the body sentences near it in the same section (nearest first), then the
    lead-ins that introduce it: where the rest of a fact is usually written."""
    sentences = index.sentences
    s = sentences[sid]
    near = []
    for step in range(1, NEIGHBOURS + 1):
        for k in (sid - step, sid + step):
            if 0 <= k < len(sentences) and sentences[k].zone == "body" and sentences[k].path == s.path:
                near.append(k)
    return [sid, *near, *[k for k in s.lead if k not in near]]


class KeywordMatcher:
    """Concept groups in one body sentence, with qualifiers read around them (the original)."""

    name = "keyword"

    def candidates(self, index: Index, facet: Facet) -> list[Candidate]:
        from masa_check.engine.text_match import facet_hits

        if facet.text is None:
            return []
        hits, _ = facet_hits(index, facet.text, bool(index.cache.get("report")))
        return [Candidate(h.sid, tuple(h.spans)) for h in hits]

    def stance(
        self, index: Index, sid: int, spans: tuple[tuple[int, int], ...], spec: TextSpec | None = None
    ) -> FacetState:
        """Done / in place, or negated, intent, deferral, promised, a bare cross-reference; in a
        report, future wording near the concept is intent (unless the facet is about what is next)."""
        from masa_check.engine.text_match import _future, _promised, _state

        s = index.sentences[sid]
        state = FacetState(_state(s, list(spans), list(spans)))
        if state == MET and spec is not None:
            if index.cache.get("report") and not spec.future_ok and _future(s, list(spans)):
                return INTENT
            if spec.past_only and _promised(s, list(spans)):
                return FacetState.PROMISED
        if state == MET and s.xref:
            return FacetState.REFERENCED
        return state

    def specifics(self, index: Index, sids: list[int], slots: list[str]) -> SlotReport:
        texts = [index.sentences[k].text for k in sids]
        if sids:
            texts.append(" ".join(index.sentences[sids[0]].path))  # "Funding 2025/26" as a heading
        owner = board_name(index) if any("board_area" in s for s in slots) else None
        return specifics(texts, slots, owner)

    def found(self, doc: Document, facet: Facet) -> Outcome:
        """The facet as the concept groups find it (``text``, then ``weak_text`` and ``text_or``)."""
        from masa_check.engine.text_match import match_facet as keyword_match

        if facet.text is None:
            return Outcome(AMBIGUOUS, detail=f"{facet.name}: cannot be decided from a published document; declare it")
        outcome = keyword_match(doc, facet.text, facet.weak_text)
        if outcome.state != MET and facet.text_or is not None:
            alternative = keyword_match(doc, facet.text_or, None)
            if alternative.state == MET:
                return alternative
        return outcome

    def match(self, doc: Document, facet: Facet, siblings: tuple[Facet, ...] = ()) -> Outcome:
        return _or_restated(doc, facet, self.found(doc, facet))


class EvidenceMatcher(KeywordMatcher):
    """Topic (concepts + exemplars) + specifics (slots) + stance; see the module docstring."""

    name = "evidence"

    def match(self, doc: Document, facet: Facet, siblings: tuple[Facet, ...] = ()) -> Outcome:
        """``siblings``: the rule's other facets, whose positive exemplars are negatives here (the
        council's LSP is not the ICB's; naming the LSPs is not their sign-off)."""
        return _or_restated(doc, facet, self._judged(doc, facet, siblings))

    def _judged(self, doc: Document, facet: Facet, siblings: tuple[Facet, ...]) -> Outcome:
        outcome = self.found(doc, facet)
        if facet.text is None:
            return outcome
        index = get_index(doc)
        index.cache["report"] = doc.kind in REPORT_KINDS
        if outcome.state == MET:
            sids = self._met_sids(doc, facet)
            own = sids if facet.text.about_itself else [sid for sid in sids if not describes_content(index, sid)]
            if sids and not own:
                return Outcome(
                    FacetState.REFERENCED,
                    _evidence(index, sids),
                    "the text says what a document sets out, not the content itself",
                )
            if len(own) < len(sids):  # quote the content, not the pointers beside it
                outcome = Outcome(MET, _evidence(index, own), outcome.detail)
            return self._with_specifics(index, facet, outcome, own)
        if outcome.state == MISSING and facet.exemplars is not None:
            found = self._by_meaning(doc, index, facet, siblings)
            if found is not None:
                return found
        return outcome

    def _met_sids(self, doc: Document, facet: Facet) -> list[int]:
        from masa_check.engine.text_match import met_sentences

        sids = met_sentences(doc, facet.text)
        if not sids and facet.text_or is not None:
            sids = met_sentences(doc, facet.text_or)
        return sids

    def _with_specifics(self, index: Index, facet: Facet, outcome: Outcome, sids: list[int]) -> Outcome:
        """A met facet keeps its pass only when some evidence sentence, with its neighbours,
        holds every slot; otherwise it is on topic without the specifics: partial."""
        if not facet.slots:
            return outcome
        best: tuple[int, SlotReport] | None = None
        for sid in sids[:40]:
            report = self.specifics(index, context(index, sid), facet.slots)
            if report.complete:
                return Outcome(MET, _evidence(index, [sid]), report.summary())
            if best is None or len(report.missing) < len(best[1].missing):
                best = (sid, report)
        if best is None:  # met through an alternative we cannot re-read: trust nothing more
            return Outcome(INTENT, outcome.evidence, "on topic; the specifics could not be checked")
        sid, report = best
        return Outcome(INTENT, _evidence(index, [sid]), "on topic, but specifics missing: " + report.summary())

    def topic_candidates(self, index: Index, facet: Facet) -> list[int]:
        """Body sentences carrying at least one of the facet's concept groups, or under a heading
        the facet names: the pool the meaning-based scorer ranks (never the whole document)."""
        from masa_check.engine.text_match import _excluded, group_candidates, heading_sentences

        spec: TextSpec = facet.text
        pool: set[int] = set()
        for group in spec.all:
            pool |= group_candidates(index, group)
        if spec.heading:
            pool |= heading_sentences(index, spec.heading, True)
        pool -= _excluded(index, spec, pool)
        return sorted(k for k in pool if index.sentences[k].zone == "body")

    def _by_meaning(self, doc: Document, index: Index, facet: Facet, siblings: tuple[Facet, ...]) -> Outcome | None:
        """A paraphrase the concept groups missed: close to the exemplars, stated as done, with
        every slot; a facet without slots needs a closer match that carries one of its own
        concept groups. Meaning alone never passes a facet."""
        from masa_check.engine import topic
        from masa_check.engine.text_match import _NEG_CUE, group_hits

        if not topic.available():
            return None
        pool = self.topic_candidates(index, facet)[:400]
        if not pool:
            return None
        ex = facet.exemplars
        floor = TOPIC_MIN if facet.slots else TOPIC_STRONG
        negatives = (*ex.neg, *(p for f in siblings if f.exemplars is not None for p in f.exemplars.pos))
        vectors = topic.vectors_for(
            index.cache.setdefault("topic_vectors", {}), pool, [index.sentences[k].text for k in pool]
        )
        scored = topic.similarities(vectors, tuple(ex.pos), tuple(negatives))
        ranked = sorted(
            ((p, sid) for sid, (p, n) in zip(pool, scored, strict=True) if p >= floor and n - p < TOPIC_VETO),
            reverse=True,
        )
        for p, sid in ranked[:5]:
            hit = [group_hits(index, g, {sid}).get(sid, []) for g in facet.text.all]
            spans = tuple(sp for g in hit for sp in g)
            # the facet's own words must carry part of the meaning: one concept group with slots to
            # check, all groups but one without (meaning alone never passes)
            if sum(1 for g in hit if g) < (1 if facet.slots else max(1, len(hit) - 1)):
                continue
            # without slots, the first group (the facet's own act or subject) must be among them
            if not facet.slots and len(hit) > 1 and not hit[0]:
                continue
            # a group of patterns only is the value's shape (a count of at least 60): meaning
            # cannot stand in for a value, so that group must be found
            if any(not h and all(t.startswith("re:") for t in g) for g, h in zip(facet.text.all, hit, strict=True)):
                continue
            # found by meaning, the concept has no anchor to scope a negation to: any negating
            # word in the sentence keeps it from passing
            if _NEG_CUE.search(index.sentences[sid].norm) or self.stance(index, sid, spans, facet.text) != MET:
                continue
            if not says_more(index.sentences[sid].norm, spans):
                continue
            report = self.specifics(index, context(index, sid), facet.slots)
            if report.complete:
                why = f"found by meaning (similarity {p:.2f} to the facet's examples)"
                return Outcome(MET, _evidence(index, [sid]), "; ".join(filter(None, [why, report.summary()])))
        return None


def board_name(index: Index) -> str | None:
    """The Board named for its place, as the document first gives it (headings, then the text)."""
    if "board name" not in index.cache:
        found = None
        for s in index.sentences:
            for text in (*s.path, s.text):
                m = BOARD_NAME.search(text)
                if m:
                    found = m.group(0)
                    break
            if found:
                break
        index.cache["board name"] = found
    return index.cache["board name"]


def says_more(norm: str, spans: tuple[tuple[int, int], ...]) -> bool:
    """Whether the sentence says something beyond naming its concepts: ``SAYS_MIN`` words outside
    the concepts' spans that are not function words (a heading-like name, a truncated line or a
    list entry of the name alone says nothing)."""
    kept = list(norm)
    for a, b in spans:
        kept[a:b] = " " * (b - a)
    words = [w for w in re.findall(r"[a-z][a-z'-]+", "".join(kept)) if w not in _BARE]
    return len(words) >= SAYS_MIN


MATCHERS: dict[str, type[KeywordMatcher]] = {"keyword": KeywordMatcher, "evidence": EvidenceMatcher}


def _or_restated(doc: Document, facet: Facet, outcome: Outcome) -> Outcome:
    """A facet found nowhere is intent when its pack reads a restated duty so (``restated_partial``)."""
    if outcome.state != MISSING or facet.text is None:
        return outcome
    from masa_check.engine.text_match import restated_only

    return restated_only(doc, facet.text) or outcome


def active() -> KeywordMatcher:
    """The matcher in use: ``MASA_CHECK_MATCHER`` (for side-by-side benchmarks), else evidence."""
    name = os.environ.get("MASA_CHECK_MATCHER", "evidence")
    return MATCHERS.get(name, EvidenceMatcher)()


def match_facet(doc: Document, facet: Facet, siblings: tuple[Facet, ...] = ()) -> Outcome:
    return active().match(doc, facet, siblings)
