"""Find a facet's concepts in a document's sentences (:mod:`text_index`), with their qualifiers.

A facet is ``all`` concept groups in one body sentence (``heading`` terms in the sentence's
section stand in for the first group; with ``from_lead_in``, a list's lead-in does; with
``across``, the groups may sit in neighbouring sentences of one section). Candidate sentences
come from the token index and are intersected across groups before any regex runs. Qualifiers
are read around the matched terms: negation scoped to the concept → ``negated``; deferral in
the same clause (or future wording in a report) → ``intent``; a bare cross-reference, or a
mention only in a useful-links section → ``referenced``. Term syntax: :mod:`terms`.
"""

from __future__ import annotations

import bisect
import re
from collections import defaultdict
from dataclasses import dataclass
from functools import lru_cache

from masa_check.document import Document
from masa_check.engine import stance
from masa_check.engine.declared_checks import Outcome
from masa_check.engine.packs import TextSpec
from masa_check.engine.qualifiers import DEFERRAL
from masa_check.engine.specifics import THIS_PAGE
from masa_check.engine.states import AMBIGUOUS, INTENT, MET, MISSING, NEGATED, PROMISED, REFERENCED  # noqa: E402
from masa_check.engine.terms import Term, compile_term, expand
from masa_check.engine.text_index import (
    DEFERRAL_EXTRA,
    FUTURE,
    REPORT_KINDS,
    URL_FAST,
    ZONE_WORDS,
    Index,
    Sentence,
    get_index,
    norm_heading,
)
from masa_check.results import Evidence

# ---------------------------------------------------------------------------------------------
# Negation (the vocabulary is in stance.yaml, category "negation", with its test sentences)

#: Negation that governs a following noun phrase ("no independent scrutiny arrangements").
_NEG_DET = stance.pattern("negation.determiner")
#: Negation of the clause's verb ("has not yet been appointed", "are not in place").
_NEG_VERB = stance.pattern("negation.verb")
#: A negated passive of any verb ("cannot yet be broken down", "has not been disaggregated").
_NEG_PASSIVE = stance.pattern("negation.passive")
#: A negated main verb ("the partners do not publish a separate report"), read before the concept.
_NEG_DO = stance.pattern("negation.do")
_NEG_AUX_BEFORE = stance.pattern("negation.aux_before")
_NEG_WORD = stance.pattern("negation.own_word")
_NEG_PREFIX_WINDOW = 40  # characters before the concept for a governing "no ..."
_NEG_GOVERNS = stance.pattern("negation.governs")
_PUNCT = re.compile(r"[,;.:]")
_OBJECT_ENDS = stance.pattern("scope.object_ends")
#: A word every negation pattern above needs: a sentence without one is never negated.
_NEG_CUE = stance.pattern("negation.cue")


# ---------------------------------------------------------------------------------------------
# Matching


def _prefix_tokens(index: Index, prefix: str) -> set[int]:
    out: set[int] = set()
    i = bisect.bisect_left(index.vocab, prefix)
    while i < len(index.vocab) and index.vocab[i].startswith(prefix):
        out |= index.ids(index.vocab[i])
        i += 1
    return out


def _candidates(index: Index, term: Term) -> set[int]:
    found: set[int] = set()
    for tokens, star in term.token_sets:
        if not tokens:
            return set(range(len(index.sentences)))
        current: set[int] | None = None
        for k, tok in enumerate(tokens):
            last = k == len(tokens) - 1
            if star and last:
                ids = _prefix_tokens(index, tok)
            elif last and term.plural:  # the regex takes -s / -es ('s splits into two tokens)
                ids = index.ids(tok) | index.ids(tok + "s") | index.ids(tok + "es")
            else:
                ids = index.ids(tok)
            current = set(ids) if current is None else current & ids
            if not current:
                break
        found |= current or set()
    return found


def _may_hold(text: str, tokens: set[str], term: Term) -> bool:
    """Whether ``text`` (with ``tokens``, from :func:`tokens_of`) can hold ``term``: the test
    :func:`_candidates` makes with the postings, for one text, so most regexes never compile."""
    if term.on_original:
        return not term.literals or any(lit in text for lit in term.literals)
    for words, star in term.token_sets:
        if not words:
            return True
        *head, last = words
        if not all(w in tokens for w in head):
            continue
        if star:
            if any(tok.startswith(last) for tok in tokens):
                return True
        elif last in tokens or (term.plural and (last + "s" in tokens or last + "es" in tokens)):
            return True
    return False


def _original_candidates(index: Index, t: Term) -> set[int]:
    """Sentences that may match a ``re:`` term: those holding one of its required literals
    (found by substring search over the joined text), else every sentence."""
    if not t.literals:
        return index.all_ids()
    key = ("lits", t.literals, t.fold)
    if key in index.cache:
        return index.cache[key]
    text = index.original_folded() if t.fold else index.original
    starts, sentences = index.starts, index.sentences
    out: set[int] = set()
    for lit in t.literals:
        pos = text.find(lit)
        while pos != -1:
            sid = bisect.bisect_right(starts, pos) - 1
            if pos + len(lit) <= starts[sid] + len(sentences[sid].text):
                out.add(sid)  # and on to the next sentence
                pos = text.find(lit, starts[sid + 1]) if sid + 1 < len(starts) else -1
            else:
                pos = text.find(lit, pos + 1)
    index.cache[key] = out
    return out


def term_candidates(index: Index, term: str) -> set[int]:
    """Sentences that may hold ``term`` (all its variants), from the token postings or the
    required literals: a superset of :func:`term_hits`, cheap to intersect before any regex runs."""
    key = ("cand", term)
    if key in index.cache:
        return index.cache[key]
    out: set[int] = set()
    for variant in expand(term):
        t = compile_term(variant)
        out |= _original_candidates(index, t) if t.on_original else _candidates(index, t)
    index.cache[key] = out
    return out


def term_hits(index: Index, term: str, within: set[int] | None = None) -> dict[int, list[tuple[int, int]]]:
    """Sentence id -> spans of the term (spans on ``norm``, or on ``text`` for ``re:`` terms),
    for every sentence or only those ``within``. Spans are verified by regex once per
    sentence and remembered, so narrowing first costs nothing later."""
    done: dict[int, list[tuple[int, int]]] = index.cache.setdefault(("spans", term), {})
    wanted = term_candidates(index, term)
    if within is not None:
        wanted = wanted & within
    todo = wanted.difference(done)
    if todo:
        sentences = index.sentences
        for variant in expand(term):
            t = compile_term(variant)
            if t.on_original:
                cands, attr = _original_candidates(index, t) & todo, "text"
            else:
                cands, attr = _candidates(index, t) & todo, "norm"
            if not cands:
                continue  # no sentence can hold this variant: its regex is never compiled
            finditer = t.regex.finditer
            for sid in cands:
                spans = [m.span() for m in finditer(getattr(sentences[sid], attr))]
                if spans:
                    done.setdefault(sid, []).extend(spans)
        for sid in todo:
            done.setdefault(sid, [])
    return {sid: done[sid] for sid in wanted if done[sid]}


def group_candidates(index: Index, group: list[str]) -> set[int]:
    key = ("gcand", tuple(group))
    if key not in index.cache:
        out: set[int] = set()
        for term in group:
            out |= term_candidates(index, term)
        index.cache[key] = out
    return index.cache[key]


def group_hits(index: Index, group: list[str], within: set[int] | None = None) -> dict[int, list[tuple[int, int]]]:
    out: dict[int, list[tuple[int, int]]] = {}
    for term in group:
        for sid, spans in term_hits(index, term, within).items():
            out.setdefault(sid, []).extend(spans)
    return out


def heading_sentences(index: Index, terms: list[str], subsections: bool = False) -> set[int]:
    """Sentences in a section whose heading contains one of ``terms``."""
    if not terms:
        return set()
    depth = 2 if subsections else 1
    key = ("heading", tuple(terms), depth)
    if key in index.cache:
        return index.cache[key]
    out: set[int] = set()
    compiled = [compile_term(v) for t in terms for v in expand(t)]
    heading_tokens = index.heading_tokens()
    for h, sids in index.headings.items():
        if any(_may_hold(h, heading_tokens[h], c) and c.regex.search(h) for c in compiled):
            # the sentences of this heading's own section (and, with ``subsections``, of its
            # direct sub-sections: "Safeguarding Adults Reviews > Adult D"), not of deeper ones
            out.update(sid for sid in sids if h in map(norm_heading, index.sentences[sid].path[-depth:]))
    index.cache[key] = out
    return out


@dataclass
class Hit:
    sid: int
    state: str  # met | intent | referenced | negated
    spans: list[tuple[int, int]]  # first-group spans (norm offsets; empty when via heading)


_CLAUSE_CUT = stance.pattern("scope.clause_cut")


@lru_cache(maxsize=16384)
def _cuts(text: str) -> tuple[int, ...]:
    return tuple(m.end() for m in _CLAUSE_CUT.finditer(text))


def _clause_bounds(text: str, pos: int) -> tuple[int, int]:
    """The clause around ``pos``: cut at ; and at ', but' / 'however' / 'whereas' / ' - '."""
    cuts = _cuts(text)
    start = 0
    end = len(text)
    for c in cuts:
        if c <= pos:
            start = c
        elif c > pos:
            end = c
            break
    return start, end


def _negated(s: Sentence, spans: list[tuple[int, int]], own: list[tuple[int, int]] = ()) -> bool:
    """Negation scoped to the concept. ``own``: spans of the facet's own terms; a negation that
    is one of them ("not reviewed" in a facet about what is excluded) is the concept, not a denial."""
    if not spans:
        return False
    text = s.norm
    if not _NEG_CUE.search(text):  # most sentences: none of the patterns below can match
        return False

    def mine(start: int, end: int) -> bool:
        # the negating word itself lies inside one of the facet's own terms
        words = _NEG_WORD.finditer(text, start, end)
        return any(a <= w.start() and w.end() <= b for w in words for a, b in own)

    for a, b in spans[:4]:
        before = text[max(0, a - _NEG_PREFIX_WINDOW) : a]
        off = max(0, a - _NEG_PREFIX_WINDOW)
        # "no" governing the noun phrase that holds the concept (a few words at most)
        m = _NEG_GOVERNS.search(before)
        if (
            m
            and len(before[m.end() :].split()) <= 3
            and not _PUNCT.search(before[m.end() :])
            and not mine(off + m.start(), off + m.end())
        ):
            return True
        cs, ce = _clause_bounds(text, a)
        after = text[b:ce]
        for neg in (_NEG_VERB, _NEG_PASSIVE):
            for m in neg.finditer(after):
                if m.start() > 60:
                    break
                if not mine(b + m.start(), b + m.end()):
                    return True
        # "there is not yet an independent scrutineer", "we have not appointed a scrutineer"
        pre = text[cs:a]
        for neg in (_NEG_VERB, _NEG_PASSIVE):
            m = neg.search(pre)
            if m and len(pre[m.end() :].split()) <= 4 and not mine(cs + m.start(), cs + m.end()):
                return True
        # "the partners do not publish a separate child death review report": the verb's object
        # is a noun phrase of a few words holding the concept
        for m in _NEG_DO.finditer(pre):
            rest = pre[m.end() :]
            if len(rest.split()) <= 6 and not _OBJECT_ENDS.search(rest) and not mine(cs + m.start(), cs + m.end()):
                return True
    # "the child death review partners do not publish a separate report": a negated auxiliary
    # just before one of the facet's own words (the verb it looks for)
    for a, _ in sorted(own)[:8]:
        cs, _ = _clause_bounds(text, a)
        if _NEG_AUX_BEFORE.search(text, cs, a):
            return True
    return False


@lru_cache(maxsize=16384)
def _defers(text: str) -> bool:
    """Deferral wording anywhere in ``text`` (the same clauses recur across many facets)."""
    return bool(DEFERRAL.search(text) or DEFERRAL_EXTRA.search(text))


def _deferred(s: Sentence, spans: list[tuple[int, int]]) -> bool:
    text = s.norm
    if not spans:
        return _defers(text)
    for a, _ in spans[:4]:
        cs, ce = _clause_bounds(text, a)
        if _defers(text[cs:ce]):
            return True
    return False


def _excluded(index: Index, spec: TextSpec, within: set[int]) -> set[int]:
    out: set[int] = set()
    for term in spec.exclude:
        out.update(term_hits(index, term, within))
    if spec.not_under:
        out.update(heading_sentences(index, spec.not_under, True) & within)
    return out


def _excluded_lists(index: Index, spec: TextSpec) -> set[int]:
    """Every item of a list one of whose items (or its lead-in) is excluded: read through its
    lead-in, the list is one statement ("The CDR partners are:" then the council, the ICB and the
    police names the police among them, whichever item is quoted)."""
    if not spec.exclude or not index.led_by:
        return set()
    members = {lead: [lead, *items] for lead, items in index.led_by.items()}
    hit = _excluded(index, spec, {k for m in members.values() for k in m})
    return {k for m in members.values() if hit.intersection(m) for k in m}


_HERE = re.compile(THIS_PAGE, re.I)


def _names_place(text: str) -> bool:
    return bool(URL_FAST.search(text) or _HERE.search(text))


def _wants_location(spec: TextSpec) -> bool:
    """Specs that look for a place (a website, a URL) accept references as the evidence."""
    for group in spec.all:
        for t in group:
            if t.startswith("re:") and ("www" in t or "http" in t):
                return True
            if t in ("website", "web site", "online", "web page", "webpage"):
                return True
    return False


def _future(s: Sentence, spans: list[tuple[int, int]]) -> bool:
    """Future wording in the clause that holds the concept (or anywhere, without spans)."""
    text = s.norm
    if not spans:
        return bool(FUTURE.search(text))
    for a, _ in spans[:4]:
        cs, ce = _clause_bounds(text, a)
        if FUTURE.search(text, cs, ce):
            return True
    return False


#: A break between a promise and a later verb: a relative clause or a past-tense co-ordinate
#: ("we will keep working with Healthwatch, which commented on the draft").
_PROMISE_BREAK = stance.pattern("intent.promise_break")


def _promised(s: Sentence, spans: list[tuple[int, int]]) -> bool:
    """Every action in the sentence is promised rather than done: future wording before each
    span in its clause ("We will share the plan with Healthwatch and invite its comments")."""
    text = s.norm
    if not spans:
        return bool(FUTURE.search(text))
    for a, _ in spans[:6]:
        cs, _ = _clause_bounds(text, a)
        last = None
        for m in FUTURE.finditer(text, cs, a):
            last = m
        if last is None or _PROMISE_BREAK.search(text, last.end(), a):
            return False
    return True


def _action_spans(groups: list[dict[int, list[tuple[int, int]]]], sid: int) -> list[tuple[int, int]]:
    """The spans of the groups after the first (the action: "consulted", "involved"), or of the
    first group when it is the only one."""
    rest = [sp for g in groups[1:] for sp in g.get(sid, [])]
    return rest or groups[0].get(sid, [])


#: A short lead-in that points back to the sentence before it ("Our independent scrutineer is
#: Dr X. Her role is to:"; "... the Case Review Group. Its members are:").
_BACK_REFERENCE_LEAD = stance.pattern("scope.back_reference_lead")


def _lead_names_via_previous(index: Index, lead_sid: int) -> int | None:
    """The sentence before a pronoun lead-in, in the same paragraph, or None."""
    if lead_sid == 0:
        return None
    lead, prev = index.sentences[lead_sid], index.sentences[lead_sid - 1]
    if prev.block != lead.block or prev.zone != "body" or len(lead.text) > 80:
        return None
    return lead_sid - 1 if _BACK_REFERENCE_LEAD.match(lead.text.strip()) else None


def _introduced(index: Index, group: list[str]) -> set[int]:
    """List items and table rows whose lead-in (a body sentence) names the first concept, or
    whose pronoun lead-in ("Her role is to:") follows a sentence of its paragraph that does."""
    if not index.led_by:
        return set()
    named = group_candidates(index, group)
    # lead-in -> the sentence that must name the concept (itself, or the one it points back to)
    namer: dict[int, int] = {}
    for lead_sid in index.led_by:
        if lead_sid in named:
            namer[lead_sid] = lead_sid
        else:
            prev = _lead_names_via_previous(index, lead_sid)
            if prev is not None and prev in named:
                namer[lead_sid] = prev
    if not namer:
        return set()
    hits = group_hits(index, group, set(namer.values()))
    out: set[int] = set()
    for lead_sid, sid in namer.items():
        if sid in hits and index.sentences[lead_sid].zone == "body":
            out.update(index.led_by[lead_sid])
    return out


def find(index: Index, spec: TextSpec, report: bool = False) -> tuple[list[Hit], dict[str, list[int]]]:
    """Hits in body sentences, and sentence ids by non-evidence zone where all groups matched;
    ``report``: the document reports on a past year (future wording is intent)."""
    if not spec.all:
        return [], {}
    # a heading stands in for the first group only when the sentence must still say the rest:
    # with one group, "every sentence under 'Performance'" would pass whatever it said
    headed = heading_sentences(index, spec.heading, spec.heading_subsections) if len(spec.all) > 1 else set()
    if spec.from_lead_in:
        headed = headed | _introduced(index, spec.all[0])
    ids = group_candidates(index, spec.all[0]) | headed
    for g in spec.all[1:]:
        ids = ids & group_candidates(index, g)
        if not ids:
            break
    groups = [group_hits(index, g, ids) for g in spec.all]
    ids = (set(groups[0]) | (headed & ids)).intersection(*map(set, groups[1:]))
    ids -= _excluded(index, spec, ids) | (_excluded_lists(index, spec) if spec.from_lead_in else set())
    elsewhere: dict[str, list[int]] = defaultdict(list)
    hits: list[Hit] = []
    accept_refs = _wants_location(spec)
    for sid in sorted(ids):
        s = index.sentences[sid]
        if not _distinct([g.get(sid, []) for g in groups], spec.near):
            continue
        if s.zone != "body":
            elsewhere[s.zone].append(sid)
            continue
        spans = groups[0].get(sid, []) or (groups[1].get(sid, []) if len(groups) > 1 else [])
        state = _state(s, spans, [sp for g in groups for sp in g.get(sid, [])])
        if state == MET and report and not spec.future_ok and _future(s, spans):
            state = INTENT
        if state == MET and spec.past_only and _promised(s, _action_spans(groups, sid)):
            state = PROMISED
        if state == MET and s.xref and (not accept_refs or not groups[0].get(sid) or not _names_place(s.text)):
            state = REFERENCED
        if state == MET and any(_all_quoted(s.norm, g.get(sid, [])) for g in groups):
            state = REFERENCED
        hits.append(Hit(sid, state, spans))
    return hits, elsewhere


#: A quoted statement of four words or more: a title, an outcome's name or a slogan.
_QUOTED = re.compile(r"[\"“”]([^\"“”]{12,240})[\"“”]")


def _all_quoted(text: str, spans: list[tuple[int, int]]) -> bool:
    """Every match of a concept lies inside one quoted statement ('two outcomes, "the partnership
    is robust and effective"'): the sentence names a title or a goal, it does not state the fact."""
    if not spans or '"' not in text and "“" not in text:
        return False
    quoted = [m.span(1) for m in _QUOTED.finditer(text) if len(m.group(1).split()) >= 4]
    return any(all(a <= x and y <= b for x, y in spans) for a, b in quoted)


def _state(s: Sentence, spans: list[tuple[int, int]], own: list[tuple[int, int]] = ()) -> str:
    if _negated(s, spans, own):
        return NEGATED
    if s.intent or _deferred(s, spans) or s.text.rstrip().endswith("?"):
        return INTENT
    return MET


def find_across(index: Index, spec: TextSpec, report: bool = False) -> list[Hit]:
    """Hits where the groups are spread over neighbouring body sentences of one section (up to
    ``spec.across`` of them): every sentence used is a hit, all negated or intent if any is."""
    groups = [group_hits(index, g) for g in spec.all]
    excluded = _excluded(index, spec, index.all_ids())
    sentences = index.sentences
    # each section's body sentences in order: running headers, footers and page numbers between
    # two bullets of one list (a page break) do not count towards the window
    sections: dict[tuple[str, ...], list[int]] = defaultdict(list)
    for k, s in enumerate(sentences):
        if s.zone == "body" and k not in excluded:
            sections[s.path].append(k)
    for sid in sorted(groups[0]):
        s = sentences[sid]
        if s.zone != "body" or sid in excluded:
            continue
        order = sections[s.path]
        at = bisect.bisect_left(order, sid)
        near = order[max(0, at - spec.across + 1) : at + spec.across]
        members = {sid}
        for g in groups[1:]:
            inside = [k for k in near if k in g]
            if not inside:
                break
            members.add(min(inside, key=lambda k: abs(k - sid)))
        else:
            if order.index(max(members)) - order.index(min(members)) >= spec.across:
                continue
            spans = {k: [sp for g in groups for sp in g.get(k, [])] for k in members}
            states = {_state(sentences[k], spans[k], spans[k]) for k in members}
            if report and not spec.future_ok and any(_future(sentences[k], spans[k]) for k in members):
                states.add(INTENT)
            if spec.past_only and any(_promised(sentences[k], _action_spans(groups, k)) for k in members):
                states.add(PROMISED)
            state = (
                NEGATED
                if NEGATED in states
                else INTENT
                if INTENT in states
                else PROMISED
                if PROMISED in states
                else MET
            )
            return [Hit(k, state, spans[k]) for k in sorted(members)]
    return []


def _distinct(spans_by_group: list[list[tuple[int, int]]], near: int = 250) -> bool:
    """Each group matched by its own words, close together: for some anchor span of the first
    matched group, every other group has a span that overlaps no span already chosen and lies
    within ``near`` characters (a group with no spans was met by the section heading)."""
    groups = [sorted(set(g)) for g in spans_by_group if g]
    if len(groups) <= 1:
        return True
    for anchor in groups[0][:6]:
        chosen = [anchor]
        ok = True
        for spans in groups[1:]:
            free = [sp for sp in spans if all(sp[1] <= a or sp[0] >= b for a, b in chosen)]
            if not free:
                ok = False
                break
            best = min(free, key=lambda sp: max(abs(sp[0] - anchor[1]), abs(anchor[0] - sp[1])))
            chosen.append(best)
        if ok and (max(b for _, b in chosen) - min(a for a, _ in chosen)) <= near:
            return True
    return False


def _evidence(index: Index, sids: list[int], limit: int = 2) -> list[Evidence]:
    out = []
    for sid in sids[:limit]:
        s = index.sentences[sid]
        q = s.text if len(s.text) <= 400 else s.text[:397] + "..."
        out.append(Evidence(quote=q, page=s.page, section=" > ".join(s.path) or None, url=s.url))
    return out


def _describe(spec: TextSpec) -> str:
    def group(g: list[str]) -> str:
        shown = [f"'{t[3:] if t.startswith('re:') else t}'" if not t.startswith("re:") else "a name pattern" for t in g]
        shown = list(dict.fromkeys(shown))
        more = len(shown) - 3
        return " / ".join(shown[:3]) + (f" (+{more})" if more > 0 else "")

    text = " with ".join(group(g) for g in spec.all)
    if spec.heading:
        text += f" (or a section headed '{spec.heading[0]}')"
    return text


def _pages(index: Index, sids: list[int]) -> str:
    pages = sorted({index.sentences[s].page for s in sids if index.sentences[s].page is not None})
    return (" (p. " + ", ".join(map(str, pages[:4])) + ")") if pages else ""


def _on_topic_first(index: Index, spec: TextSpec, sids: list[int]) -> list[int]:
    """Evidence from the section the facet is about (its ``heading`` terms) quoted first: the
    funding sentence under "Funding" rather than a population figure in the introduction."""
    if len(sids) < 2 or not spec.heading:
        return sids
    topical = heading_sentences(index, spec.heading, True)
    return sorted(sids, key=lambda sid: sid not in topical)


def _best(hits: list[Hit], state: str) -> list[int]:
    return [h.sid for h in hits if h.state == state]


def _list_items(index: Index, spec: TextSpec, sid: int) -> int:
    """How many items of a list run into one sentence carry the last concept group: the
    ``;``-separated items of "Remit: support and challenge; assurance to the partners; critical
    friend" (a table cell or a paragraph), each holding different words. At least 1."""
    s = index.sentences[sid]
    if ";" not in s.norm:
        return 1
    spans = group_hits(index, spec.all[-1], {sid}).get(sid, [])
    cuts = [k for k, ch in enumerate(s.norm) if ch == ";"]
    items: dict[int, set[str]] = defaultdict(set)
    for a, b in spans:
        items[bisect.bisect_left(cuts, a)].add(s.norm[a:b])
    words = set().union(*items.values()) if items else set()
    return max(1, min(len(items), len(words)))


def _enough(index: Index, spec: TextSpec, sids: list[int], need: int) -> bool:
    """``min_sentences`` met: distinct sentences, each ``;``-separated item of one sentence that
    carries the concept in its own words counting as one (a list run into a paragraph or cell)."""
    if len(sids) >= need:
        return True
    return sum(_list_items(index, spec, sid) for sid in sids) >= need


def facet_hits(index: Index, spec: TextSpec, report: bool) -> tuple[list[Hit], dict[str, list[int]]]:
    """Every hit of ``spec`` (one sentence, or neighbouring ones with ``across``), remembered
    per index: the keyword matcher and the evidence matcher both read them."""
    key = ("hits", id(spec), report)
    got = index.cache.get(key)
    if got is None or got[0] is not spec:  # the spec is kept, so its id cannot be reused
        hits, elsewhere = find(index, spec, report)
        if spec.across and len(spec.all) > 1 and not any(h.state == MET for h in hits):
            hits = hits + find_across(index, spec, report)
        got = index.cache[key] = (spec, hits, elsewhere)
    return got[1], got[2]


def met_sentences(doc: Document, spec: TextSpec) -> list[int]:
    """The sentence ids where ``spec`` is met, the facet's own section first."""
    index = get_index(doc)
    hits, _ = facet_hits(index, spec, doc.kind in REPORT_KINDS)
    return _on_topic_first(index, spec, _best(hits, MET))


def match_facet(doc: Document, spec: TextSpec, weak: TextSpec | None = None) -> Outcome:
    """The facet's state in ``doc``: met / intent / referenced / negated / missing / ambiguous."""
    index = get_index(doc)
    report = doc.kind in REPORT_KINDS
    hits, elsewhere = facet_hits(index, spec, report)
    met = _on_topic_first(index, spec, _best(hits, MET))
    negated = _best(hits, NEGATED)
    intent = _best(hits, INTENT)
    referenced = _best(hits, REFERENCED)
    need = max(1, spec.min_sentences)
    enough = bool(met) and _enough(index, spec, met, need)

    if met and negated:
        # Affirmed and denied: the affirmative must clearly outweigh the denial.
        if len(met) >= max(2, 2 * len(negated)) and enough:
            return Outcome(MET, _evidence(index, met))
        return Outcome(
            AMBIGUOUS,
            _evidence(index, met, 1) + _evidence(index, negated, 1),
            "stated as in place and as not in place",
        )
    if enough:
        return Outcome(MET, _evidence(index, met))
    if negated:
        return Outcome(NEGATED, _evidence(index, negated), "stated as not in place")
    if met:  # fewer than min_sentences
        return Outcome(INTENT, _evidence(index, met), f"only {len(met)} of {need} sentences needed")
    if intent:
        return Outcome(INTENT, _evidence(index, intent), "stated only as intent")
    if referenced:
        return Outcome(REFERENCED, _evidence(index, referenced), "only a cross-reference, not verified")
    promised = _best(hits, PROMISED)
    if promised:
        return Outcome(MISSING, _evidence(index, promised), "only promised for later, not done")
    if elsewhere.get("links") and spec.links_partial:
        sids = elsewhere["links"]
        return Outcome(REFERENCED, _evidence(index, sids), "mentioned only in a useful-links / references section")
    if weak is not None:
        whits, _ = find(index, weak, report)
        wok = [h.sid for h in whits if h.state in (MET, INTENT, REFERENCED)]
        if wok:
            return Outcome(INTENT, _evidence(index, wok), "only partly evidenced")
    detail = (
        f"looked in body text ({index.body_blocks} blocks; contents, headers, footers, footnotes, glossary and "
        f"links sections excluded) for: {_describe(spec)}"
    )
    notes = []
    for zone, sids in elsewhere.items():
        if zone in ("heading", "title"):
            continue
        notes.append(f"{ZONE_WORDS.get(zone, zone)}{_pages(index, sids)}")
    heading_only = _heading_only(index, spec)
    if heading_only:
        notes.append(f"a heading with no supporting text{_pages(index, heading_only)}")
    if notes:
        detail += "; found only in " + ", ".join(notes)
    return Outcome(MISSING, [], detail)


def restated_only(doc: Document, spec: TextSpec) -> Outcome | None:
    """``intent`` from the sentences restating the national duty, for a spec that reads them so
    (``restated_partial``); None otherwise. Tried last, after every way of finding the facet met."""
    if not spec.restated_partial:
        return None
    index = get_index(doc)
    _, elsewhere = facet_hits(index, spec, doc.kind in REPORT_KINDS)
    sids = elsewhere.get("restatement")
    if not sids:
        return None
    return Outcome(INTENT, _evidence(index, sids), "only the national duty restated, not said to be done here")


def _heading_only(index: Index, spec: TextSpec) -> list[int]:
    """Sentences that are headings and carry the first concept group."""
    first = group_hits(index, spec.all[0]) if spec.all else {}
    return [sid for sid in sorted(first) if index.sentences[sid].zone in ("heading", "title")][:3]
