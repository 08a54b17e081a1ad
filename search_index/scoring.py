"""Postings and scoring: whoosh posting lists read in bulk into NumPy,
BM25F per term, query words (with synonyms, compound parts and typo
alternatives) combined into scores, coverage and strength, and ranking."""

from __future__ import annotations

import logging
from typing import TYPE_CHECKING, Callable

import numpy as np
from whoosh.codec.whoosh3 import W3LeafMatcher

from .analysis import PART_MARK, Alt, Group, stem

if TYPE_CHECKING:
    from .store import _State

log = logging.getLogger(__name__)

# text fields and their BM25F weights: per field, tf / length norm is
# weighted and summed over fields, then saturated once with k1
TEXT_FIELDS = ("name", "kw", "org", "desc", "cat")
NF = len(TEXT_FIELDS)
FIELD_BOOST = np.array([5.0, 3.0, 1.5, 1.0, 1.0], dtype=np.float32)
# Where a query word's occurrence answers it (a strong match): as a whole word
# in any field but the broad categories, or as a compound part in the name or
# keywords ("maatje" in "Taalmaatje"). A part in the description ("werk" in
# "huiswerk") or a category label shared by dozens of services only hints.
STRONG_WHOLE = np.array([True, True, True, True, False])
# the fields whose words tell whether the index "knows" a word (the category
# labels repeat words that are in the texts anyway)
WORD_FIELDS = TEXT_FIELDS[:4]
STRONG_PART = np.array([True, True, False, False, False])
BM25_K1 = 2.0
# a query word found only as a compound part ("werk" in "huiswerk") counts
# as this fraction of an occurrence of the whole word
PART_WEIGHT = 0.35
# a query word scores its best alternative (itself, a synonym, a compound
# part) plus this fraction of the other alternatives the document matches
EXPANSION_SUM = 0.25
# scores are multiplied by FLOOR + (1 - FLOOR) * coverage, the idf-weighted
# fraction of query words a document matches (see _score_groups)
COVERAGE_FLOOR = 0.25
BM25_B = np.array([0.5, 0.5, 0.5, 0.75, 0.5], dtype=np.float32)  # length normalisation per field
# Precision: a document is a strong match when it answers (see STRONG_WHOLE)
# at least STRONG_SHARE (idf-weighted) of what the best document answers and
# scores at least STRONG_SCORE_SHARE of the best such document; the others
# are weak. When strong matches exist, at most MAYBE_MAX weak ones are kept
# (after them, "maybe also"), and only those scoring at least MAYBE_MIN_SHARE
# of the best strong score; without strong matches the weak ones scoring at
# least WEAK_MIN_SHARE of the best are the answer. Tuned on the judged queries
# (bench/search_precision.py): nDCG@5 kept, far fewer unrelated results.
STRONG_SHARE = 0.75
STRONG_SCORE_SHARE = 0.3
MAYBE_MAX = 3
MAYBE_MIN_SHARE = 0.1
WEAK_MIN_SHARE = 0.2
# multiplicative boost per tier so less intensive help is not buried
TIER_BOOST = np.array([1.15, 1.12, 1.1, 1.0, 0.9, 0.9, 1.0], dtype=np.float32)
FUZZY_MIN_RESULTS = 3
FUZZY_WEIGHT = 0.7
FUZZY_MAX_EXPANSIONS = 8
TERM_CACHE_BYTES = 128 * 2**20


class Scoring:
    """Text scoring of a SearchIndex (mixin)."""

    def _segment_postings(self, reader, sid: str, fname: str, term: str):
        key = (sid, fname, term)
        hit = self._post_cache.get(key)
        if hit is not None:
            self._post_cache.move_to_end(key)
            return hit
        ids, tf = _read_postings(reader, fname, term)
        if reader.doc_count_all() >= 1000:
            self._post_cache[key] = (ids, tf)
            self._post_cache_size += ids.nbytes + tf.nbytes
            while self._post_cache_size > 96 * 2**20 and self._post_cache:
                _, (a, b) = self._post_cache.popitem(last=False)
                self._post_cache_size -= a.nbytes + b.nbytes
        return ids, tf

    def _segment_postings_all(self, st: _State, fname: str, term: str):
        parts_i, parts_t = [], []
        for r, base, sid in st.leaf:
            ids, tf = self._segment_postings(r, sid, fname, term)
            if len(ids):
                parts_i.append(ids + base)
                parts_t.append(tf)
        if not parts_i:
            return None
        if len(parts_i) == 1:
            return parts_i[0], parts_t[0]
        return np.concatenate(parts_i), np.concatenate(parts_t)

    def _term_vector(self, st: _State, term: str):
        """Sparse BM25F contribution of one term: (doc rows, scores, strong),
        ``strong`` telling per row whether the occurrence answers the word
        (STRONG_WHOLE, STRONG_PART)."""
        cache = st.term_cache
        hit = cache.get(term)
        if hit is not None:
            cache.move_to_end(term)
            return hit
        # BM25F (Robertson & Zaragoza): length-normalised term frequencies
        # are weighted per field and summed *before* saturation, and the idf
        # uses the number of documents containing the term in any field. A
        # common word ("hulp") in every field of a document no longer scores
        # once per field, and a word that is rare in names but common in
        # descriptions is not treated as rare. A compound part ("werk" in
        # "huiswerk") counts PART_WEIGHT of an occurrence, so a document with
        # both does not score twice and a part alone scores clearly less.
        acc = None
        strong = None
        for f, fname in enumerate(TEXT_FIELDS):
            for marked, tf_weight, counts in ((False, 1.0, STRONG_WHOLE[f]), (True, PART_WEIGHT, STRONG_PART[f])):
                p = self._segment_postings_all(st, fname, PART_MARK + term if marked else term)
                if p is None:
                    continue
                if acc is None:
                    acc = np.zeros(st.n, dtype=np.float32)
                    strong = np.zeros(st.n, dtype=np.bool_)
                ids, tf = p
                # tf/norm is linear, so whole-word and part occurrences can be
                # added separately (docnums are unique within one posting list)
                acc[ids] += np.float32(FIELD_BOOST[f] * tf_weight) * tf / st.norm[ids, f]
                if counts:
                    strong[ids] = True
        if acc is None:
            res = (np.zeros(0, np.int64), np.zeros(0, np.float32), np.zeros(0, np.bool_))
        else:
            acc[~st.alive] = 0
            rows = np.flatnonzero(acc)
            tft = acc[rows]
            df = len(rows)
            N = max(st.count, 1)
            idf = np.float32(np.log(1.0 + (N - df + 0.5) / (df + 0.5)))
            res = (rows, idf * tft * np.float32(BM25_K1 + 1) / (tft + np.float32(BM25_K1)), strong[rows])
        _cache_put(st, term, res)
        return res

    def _seg_vocab(self, reader, sid: str) -> tuple[dict[str, int], dict[str, int]]:
        """(surface word -> doc freq, stem -> doc freq) of one segment."""
        s = self._seg_cache.get(sid)
        if s is not None and s.vocab is not None:
            return s.vocab
        surface: dict[str, int] = {}
        stems: dict[str, int] = {}
        try:
            n = reader.doc_count_all()
            if n and reader.has_column("vocab"):
                cr = reader.column_reader("vocab", translate=False)
                for i in range(n):
                    if not reader.is_deleted(i):
                        for w in cr[i].decode("utf-8").split():
                            surface[w] = surface.get(w, 0) + 1
            for fname in TEXT_FIELDS:
                for btext, ti in reader.iter_field(fname):
                    t = btext.decode("utf-8")
                    if t.startswith(PART_MARK):
                        continue
                    stems[t] = max(stems.get(t, 0), ti.doc_frequency())
        except Exception:
            log.exception("could not read vocabulary of segment %s", sid)
        vocab = (surface, stems)
        if s is not None:
            s.vocab = vocab
        return vocab

    def _vocabs(self, st: _State) -> list[tuple[dict[str, int], dict[str, int]]]:
        if st._vocabs is None:
            st._vocabs = [self._seg_vocab(r, sid) for r, _, sid in st.leaf]
        return st._vocabs

    def _vocab_contains(self, st: _State) -> Callable[[str], bool]:
        """Whether a surface word (or its stem) occurs in the index, via
        cheap term lookups (cached per reader state)."""
        cache = st.known
        leaves = st.leaf

        def contains(w: str) -> bool:
            r = cache.get(w)
            if r is None:
                t = stem(w)
                pt = PART_MARK + t
                r = any((f, t) in lr or (f, pt) in lr for lr, _, _ in leaves for f in WORD_FIELDS)
                if len(cache) > 100_000:
                    cache.clear()
                cache[w] = r
            return r

        return contains

    def _close_words(self, st: _State, word: str, limit: int, kind: int = 0,
                     maxlen_word: str | None = None) -> list[tuple[int, int, str]]:
        """Vocabulary entries (kind 0: surface words, 1: stems) within the typo
        distance of ``word`` sharing its first letter: (distance, -df, entry),
        best first. The distance limit follows the length of ``maxlen_word``
        (the typed word) when given: 1 edit for >= 4 chars, 2 for >= 8."""
        from rapidfuzz import process
        from rapidfuzz.distance import Levenshtein

        typed = maxlen_word or word
        if len(typed) < 4 or len(word) < 3 or len(word) > 40 or word.isdigit():
            return []
        maxd = 2 if len(typed) >= 8 else 1
        first = word[0]
        found: dict[str, int] = {}
        vocabs = [v[kind] for v in self._vocabs(st)]
        for v in vocabs:
            bucket = _bucket(v, first)
            for cand, dist, _ in process.extract(
                word, bucket, scorer=Levenshtein.distance, score_cutoff=maxd, limit=limit * 4
            ):
                if cand != word:
                    found[cand] = min(dist, found.get(cand, 99))
        out = [(d, -sum(v.get(w, 0) for v in vocabs), w) for w, d in found.items()]
        out.sort()
        return out[:limit]

    def _score_groups(self, st: _State, groups: list[Group]):
        """Dense scores (float32, 0 = no match), per-doc coverage (idf-weighted
        fraction of query words matched), per-doc strong coverage (the same,
        counting only matches that answer the word: see Alt.strong and
        STRONG_WHOLE) and the set of matched terms."""
        n = st.n
        total = np.zeros(n, dtype=np.float32)
        matched_groups = np.zeros(n, dtype=np.float32)
        strong_groups = np.zeros(n, dtype=np.float32)
        matched_terms: set[str] = set()
        N = max(st.count, 1)
        wsum = 0.0
        for g in groups:
            gbest = np.zeros(n, dtype=np.float32)
            gsum = np.zeros(n, dtype=np.float32) if EXPANSION_SUM else None
            gstrong = np.zeros(n, dtype=np.bool_)
            for alt in g.alts:
                hit = self._alt_vector(st, alt)
                if hit is None:
                    continue
                rows, vals, present, strong = hit
                if alt.weight != 1.0:
                    vals = vals * np.float32(alt.weight)
                gbest[rows] = np.maximum(gbest[rows], vals)
                if gsum is not None:
                    gsum[rows] += vals
                if alt.strong:
                    gstrong[rows[strong]] = True
                matched_terms.update(present)
            if gsum is not None:
                # the best way a word matched, plus a little for every other
                # alternative (synonym, part) the document also contains
                gbest += np.float32(EXPANSION_SUM) * (gsum - gbest)
            total += gbest
            hit = gbest > 0
            m = int(np.count_nonzero(hit))
            if m:
                # words weigh by how rare they are: missing "hulp" (in many
                # documents) costs less coverage than missing "boodschappen"
                w = float(np.log(1.0 + (N - m + 0.5) / (m + 0.5)))
                matched_groups += hit * np.float32(w)
                strong_groups += gstrong * np.float32(w)
                wsum += w
        cov = matched_groups / wsum if wsum else matched_groups
        strong_cov = strong_groups / wsum if wsum else strong_groups
        total *= COVERAGE_FLOOR + (1 - COVERAGE_FLOOR) * cov
        return total, cov, strong_cov, matched_terms

    def _alt_vector(self, st: _State, alt: Alt):
        """Sparse unweighted scores of one alternative: (rows, scores,
        matched terms, strong) or None, ``strong`` per row: every term of the
        alternative occurs there in a way that answers it. Multi-term results
        are cached like terms."""
        if len(alt.terms) == 1:
            rows, vals, strong = self._term_vector(st, alt.terms[0])
            return (rows, vals, alt.terms, strong) if len(rows) else None
        key = (alt.mode, alt.terms)
        cache = st.term_cache
        hit = cache.get(key)
        if hit is not None:
            cache.move_to_end(key)
            return hit
        n = st.n
        vecs = [(t, self._term_vector(st, t)) for t in alt.terms]
        present = [(t, v) for t, v in vecs if len(v[0])]
        res = None
        if present and (alt.mode != "all" or len(present) == len(alt.terms)):
            if alt.mode == "any" or sum(len(v[0]) for _, v in present) > n // 16:
                s = np.zeros(n, dtype=np.float32)
                cnt = np.zeros(n, dtype=np.float32)
                scnt = np.zeros(n, dtype=np.int16)
                for _, (rows, vals, strong) in present:
                    s[rows] += vals
                    cnt[rows] += 1
                    scnt[rows[strong]] += 1
                if alt.mode == "any":
                    s *= cnt / len(alt.terms)
                else:
                    s[cnt < len(alt.terms)] = 0
                rows = np.flatnonzero(s)
                vals = s[rows]
                strong = scnt[rows] == len(alt.terms)
            else:
                # small posting lists: sorted, unique rows in every vector
                rows, vals, strong = present[0][1]
                for _, (r2, v2, s2) in present[1:]:
                    rows, i1, i2 = np.intersect1d(rows, r2, assume_unique=True, return_indices=True)
                    vals = vals[i1] + v2[i2]
                    strong = strong[i1] & s2[i2]
            if len(rows):
                res = (rows, vals, tuple(t for t, _ in present), strong)
        _cache_put(st, key, res)
        return res

    def _fuzzy_groups(self, st: _State, groups: list[Group]) -> list[Group]:
        """Groups with close vocabulary words added; for a word the index does
        not know they stand in for it (strong), for a known one they only hint."""
        contains = self._vocab_contains(st)
        out = []
        for g in groups:
            g2 = Group(word=g.word, alts=list(g.alts), translated=g.translated)
            out.append(g2)
            if g.translated:
                continue
            unknown = not contains(g.word)
            have = {a.terms for a in g.alts}
            cands = [w for _, _, w in self._close_words(st, stem(g.word), FUZZY_MAX_EXPANSIONS, 1, g.word)]
            cands += [self.analyzer.word_terms(w)[0]
                      for _, _, w in self._close_words(st, g.word, FUZZY_MAX_EXPANSIONS, 0)]
            for t in cands:
                alt = Alt((t,), "all", FUZZY_WEIGHT, strong=unknown)
                if alt.terms not in have:
                    have.add(alt.terms)
                    g2.alts.append(alt)
        return out

    def _correct(self, st: _State, word: str) -> str | None:
        """Best vocabulary correction for an unknown surface word."""
        best = self._close_words(st, word, 1, 0)
        if best:
            return best[0][2]
        # typo in the stem (eensaam -> eenzam): map back to a surface word
        from rapidfuzz.distance import Levenshtein

        stems = self._close_words(st, stem(word), 3, 1, word)
        if not stems:
            return None
        wanted = {w for _, _, w in stems}
        forms = []
        for v, _ in self._vocabs(st):
            for w in _bucket(v, word[0]):
                if stem(w) in wanted:
                    forms.append((Levenshtein.distance(word, w), -v[w], w))
        return min(forms)[2] if forms else None

    def _suggest(self, st: _State, q: str, groups: list[Group]) -> str | None:
        contains = self._vocab_contains(st)
        by_word = {g.word: g for g in groups}
        changed = False
        out = []
        for w in self.analyzer.query_words(q):
            j = w.replace("-", "")
            g = by_word.get(j)
            if g is not None and not g.translated and not j.isdigit() and not contains(j):
                # a compound of known parts is fine as typed
                if not any(a.mode == "any" for a in g.alts):
                    fix = self._correct(st, j)
                    if fix:
                        out.append(fix)
                        changed = True
                        continue
            out.append(w)
        return " ".join(out) if changed else None

    def _text(self, st: _State, q: str, base_mask: np.ndarray | None, lang: str | None = None):
        """Returns (scores, coverage, strong coverage, matched_terms, groups, fuzzy, suggestion)."""
        groups = self.analyzer.analyze_query(q, self._vocab_contains(st), lang)
        if not groups:
            return None, None, None, set(), groups, False, None
        scores, cov, strong, terms = self._score_groups(st, groups)
        fuzzy = False
        hits = scores > 0
        if base_mask is not None:
            hits &= base_mask
        suggestion = self._suggest(st, q, groups)
        if int(hits.sum()) < FUZZY_MIN_RESULTS:
            fgroups = self._fuzzy_groups(st, groups)
            if any(len(a.alts) != len(b.alts) for a, b in zip(fgroups, groups)):
                scores, cov, strong, terms = self._score_groups(st, fgroups)
                fuzzy = True
            if suggestion:
                # the corrected query with its own synonyms and compound
                # parts ("eensaam" -> "eenzaam" -> "voel me alleen", ...),
                # weighted like any typo match
                sgroups = self.analyzer.analyze_query(suggestion, self._vocab_contains(st), lang)
                for g in sgroups:
                    g.alts = [Alt(a.terms, a.mode, a.weight * FUZZY_WEIGHT, a.strong) for a in g.alts]
                s2, c2, sc2, t2 = self._score_groups(st, sgroups)
                better = s2 > scores
                if better.any():
                    scores = np.where(better, s2, scores)
                    cov = np.where(better, c2, cov)
                    strong = np.where(better, sc2, strong)
                    terms = terms | t2
                    fuzzy = True
        return scores, cov, strong, terms, groups, fuzzy, suggestion

    def text_scores(self, q: str, limit: int = 2000) -> dict[str, float]:
        self._maybe_refresh()
        with self._lock:
            st = self._state
            q = (q or "").strip()
            if not q or not st.n:
                return {}
            scores, cov, _, _, _, fuzzy, _ = self._text(st, q, st.alive)
            if scores is None:
                return {}
            scores = scores * st.alive
            rows = np.flatnonzero(scores > 0)
            if not len(rows):
                return {}
            sc = scores[rows]
            if len(rows) > limit:
                top = np.argpartition(-sc, limit - 1)[:limit]
                rows, sc = rows[top], sc[top]
            norm = (sc / float(scores.max())) * cov[rows]
            if fuzzy:
                norm *= 0.8
            norm = np.clip(norm, 0.0, 1.0)
            return {st.ids[r]: round(float(v), 6) for r, v in zip(rows, norm)}


def _read_postings(reader, fname: str, term: str):
    """All postings of one term in one segment as (docnums int64, tf float32),
    reading whoosh's posting blocks in bulk."""
    try:
        m = reader.postings(fname, term)
    except Exception:  # TermNotFound
        return np.zeros(0, np.int64), np.zeros(0, np.float32)
    ids_parts, w_parts = [], []
    if isinstance(m, W3LeafMatcher):
        while not m._atend:
            if m._data is None:
                m._read_data()
            data = m._data
            raw = data[0]
            ids = np.asarray(raw, dtype=np.int64)
            if not m._byteids:
                ids = np.cumsum(ids)
            w = data[1]
            if w is None:
                wt = np.ones(len(ids), np.float32)
            elif isinstance(w, float):
                wt = np.full(len(ids), w, np.float32)
            else:
                wt = np.asarray(w, dtype=np.float32)
            ids_parts.append(ids)
            w_parts.append(wt)
            if m._lastblock:
                break
            m._goto(m._nextoffset)
    else:
        ids_l, w_l = [], []
        while m.is_active():
            ids_l.append(m.id())
            w_l.append(m.weight())
            m.next()
        ids_parts.append(np.asarray(ids_l, dtype=np.int64))
        w_parts.append(np.asarray(w_l, dtype=np.float32))
    if len(ids_parts) == 1:
        return ids_parts[0], w_parts[0]
    return np.concatenate(ids_parts), np.concatenate(w_parts)


def _cache_put(st: _State, key, value) -> None:
    """Add a sparse vector (or None) to the reader state's LRU cache."""
    def size(v) -> int:
        return 64 if v is None else sum(a.nbytes for a in v if isinstance(a, np.ndarray))

    cache = st.term_cache
    cache[key] = value
    st.term_cache_size += size(value)
    while st.term_cache_size > TERM_CACHE_BYTES and cache:
        _, old = cache.popitem(last=False)
        st.term_cache_size -= size(old)


_BUCKETS: dict[int, dict[str, list[str]]] = {}


def _bucket(vocab: dict[str, int], first: str) -> list[str]:
    key = id(vocab)
    b = _BUCKETS.get(key)
    if b is None or b.get("\0") is not vocab:  # type: ignore[comparison-overlap]
        b = {"\0": vocab}  # type: ignore[dict-item]
        for w in vocab:
            b.setdefault(w[:1], []).append(w)
        if len(_BUCKETS) > 64:
            _BUCKETS.clear()
        _BUCKETS[key] = b
    return b.get(first, [])


def _strength(scores: np.ndarray, strong_cov: np.ndarray, mask: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """(strong, keep) over all rows: which matches in ``mask`` answer the query
    (at least STRONG_SHARE of the best strong coverage) and which to keep: every
    strong one and at most MAYBE_MAX weak ones scoring at least MAYBE_MIN_SHARE
    of the best strong score, or, without any strong match, the weak ones
    scoring at least WEAK_MIN_SHARE of the best."""
    rows = np.flatnonzero(mask)
    strong = np.zeros(len(mask), dtype=np.bool_)
    keep = np.zeros(len(mask), dtype=np.bool_)
    if not len(rows):
        return strong, keep
    cov = strong_cov[rows]
    sc = scores[rows]
    best = float(cov.max())
    if best <= 0:
        keep[rows[sc >= WEAK_MIN_SHARE * float(sc.max())]] = True
        return strong, keep
    is_strong = cov >= STRONG_SHARE * best - 1e-6
    is_strong &= sc >= STRONG_SCORE_SHARE * float(sc[is_strong].max())
    strong[rows[is_strong]] = True
    keep[rows[is_strong]] = True
    weak = np.flatnonzero(~is_strong & (sc >= MAYBE_MIN_SHARE * float(sc[is_strong].max())))
    if len(weak) > MAYBE_MAX:
        weak = weak[np.argsort(-sc[weak], kind="stable")[:MAYBE_MAX]]
    keep[rows[weak]] = True
    return strong, keep


def _top_k(primary: np.ndarray, rank: np.ndarray, k: int) -> np.ndarray:
    """Indices of the k smallest ``primary`` values, ties broken by
    ``rank``, in order."""
    m = len(primary)
    if m == 0:
        return np.zeros(0, np.int64)
    if m <= max(2 * k, 2000):
        return np.lexsort((rank, primary))[:k]
    thr = np.partition(primary, k - 1)[k - 1]
    sure = np.flatnonzero(primary < thr)
    tied = np.flatnonzero(primary == thr)
    need = k - len(sure)
    if len(tied) > need:
        pick = np.argpartition(rank[tied], need - 1)[:need]
        tied = tied[pick]
    cand = np.concatenate([sure, tied])
    return cand[np.lexsort((rank[cand], primary[cand]))][:k]
