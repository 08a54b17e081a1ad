"""SearchIndex: one object owning a whoosh index plus NumPy side arrays.

Design (after moinwiki's indexing.py, adapted for speed):

* whoosh stores, per generation directory, the text fields name / kw / org /
  desc as pre-analysed terms (postings weight = term frequency), a unique
  ``id`` term, a compact msgpack ``payload`` column with all
  filter/facet/geo attributes, a ``vocab`` column with each document's
  surface words (read lazily for suggestions and the typo fallback) and a
  stored (name, description) pair for snippets.
* rebuild() writes its single segment directly through whoosh's codec
  writers (postings sorted with NumPy); upsert() uses a normal whoosh
  SegmentWriter (lock with timeout + retry, whoosh's merge policy).
* whoosh answers "which documents contain this term, how often": posting
  lists are read in bulk per block and BM25F scores are computed with
  NumPy (whoosh's per-document Python collector is far too slow for totals and
  facets over 100k documents). Everything else (filters, facets, geo,
  ranking) is NumPy over arrays aligned with the searcher's document numbers.
* Per-segment arrays are cached by whoosh segment id (segments are
  immutable, only their deletion sets change), so a refresh after a small
  write only decodes the new segment.
* Layout: ``path/CURRENT`` names the live generation ``path/gen-NNNNNN``;
  rebuild() writes a new generation and swaps the pointer atomically.

The parts, one file each: store.py (storage and generations), scoring.py
(postings and scoring), filters.py (filters, geo, facets), snippets.py,
writing.py; this module joins them into the public SearchIndex.
"""

from __future__ import annotations

import logging
import os
import threading
from collections import OrderedDict
from pathlib import Path

import numpy as np

from .analysis import Analyzer
from .filters import Filters, match_key, name_keys
from .model import TIERS, Document, Hit, Query, Result
from .scoring import MAYBE_MAX, TIER_BOOST, Scoring, _bucket, _strength, _top_k
from .snippets import Snippets
from .store import ANALYSIS_VERSION, Store, _payload_document, _Registry, _Seg, _State, make_schema
from .writing import Writing

__all__ = ["ANALYSIS_VERSION", "MAYBE_MAX", "SearchIndex", "match_key", "name_keys"]

log = logging.getLogger(__name__)

WARM_TERMS = 300  # common terms whose postings warm() reads ahead (their vectors fit the term cache)
# warm() analyses every vocabulary word and searches the synonym table's phrases (over 1 s of CPU,
# mostly analysis) only for an index this large: below it a first search costs a few milliseconds
# anyway, and small indexes are opened often (tests, a town's first steps).
WARM_WORDS_FROM = 5000


class SearchIndex(Store, Scoring, Filters, Snippets, Writing):
    def __init__(self, path: str | os.PathLike, *, synonyms: Path | None = None, english: Path | None = None):
        self.path = Path(path)
        self.path.mkdir(parents=True, exist_ok=True)
        self.analyzer = Analyzer(synonyms=synonyms, english=english)
        self.schema = make_schema()
        self.needs_rebuild = False
        self._lock = threading.RLock()
        self._seg_cache: dict[str, _Seg] = {}
        self._post_cache: OrderedDict = OrderedDict()  # (segid, field, term) -> arrays
        self._post_cache_size = 0
        self._reg_dom = _Registry()
        self._reg_lang = _Registry()
        self._reg_access = _Registry()
        self._reg_place = _Registry()
        self._reg_area = _Registry()
        self._retired: list[tuple[float, object]] = []
        self._state: _State | None = None
        self._pointer_sig = None
        self._last_check = 0.0
        self._closed = False
        self._open()

    def current_state(self) -> object:
        """What the index answers from now, after its usual check for changes on disk (at most every
        REFRESH_INTERVAL): a new object whenever the index changed, so callers can key caches on it."""
        self._maybe_refresh()
        return self._state

    def search(self, query: Query) -> Result:
        self._maybe_refresh()
        try:
            with self._lock:
                return self._search(self._state, query)
        except (OSError, ValueError, KeyError) as exc:  # files vanished under us
            log.warning("search failed (%s); refreshing and retrying", exc)
            self.refresh()
            with self._lock:
                return self._search(self._state, query)

    def _search(self, st: _State, query: Query) -> Result:
        mask = self._filter_mask(st, query)
        has_geo = query.lat is not None and query.lon is not None
        dist, area_only = self._geo_filter(st, query, mask)

        suggestion = None
        fuzzy = False
        terms: set[str] = set()
        strong = named = None
        q = (query.q or "").strip()
        if q:
            scores, _, strong_cov, terms, groups, fuzzy, suggestion = self._text(st, q, mask, query.lang)
            named = self._named_rows(st, q, mask)
            if scores is None:  # only stop words / no usable words
                scores = np.zeros(st.n, dtype=np.float32)
                strong_cov = np.zeros(st.n, dtype=np.float32)
            mask &= scores > 0
            strong, keep = _strength(scores, strong_cov, mask)
            mask &= keep
            if named is not None:
                mask |= named
                strong |= named
        else:
            scores = np.ones(st.n, dtype=np.float32)
        if has_geo and dist is None:
            dist = self._distances(st, query.lat, query.lon, mask)
        rows = np.flatnonzero(mask)
        sc = scores[rows] * TIER_BOOST[st.tier[rows]]
        facets = self._facets(st, rows)
        total = int(len(rows))
        weak_from = None
        if strong is not None:
            rstrong = strong[rows]
            if not rstrong.all():
                weak_from = int(rstrong.sum())

        per_page = max(1, min(int(query.per_page), 1000))
        page = max(1, int(query.page))
        k = page * per_page
        if query.sort == "distance" and has_geo:
            d = dist[rows]
            primary = np.where(np.isfinite(d), d, 0.0)
            primary = np.where(np.isfinite(d), primary, 2e7 - sc)
            if area_only is not None:
                ao = area_only[rows]
                primary = np.where(ao, np.where(np.isfinite(d), 1e7 + d, 1.5e7 - sc), primary)
            if weak_from is not None:
                primary = np.where(rstrong, primary, primary + 1e8)
        else:
            primary = -sc.astype(np.float64)
            if weak_from is not None:
                primary = np.where(rstrong, primary - 1e9, primary)
            if named is not None:
                # the service whose name is the query comes first, above any score
                primary = np.where(named[rows], primary - 2e9, primary)
        order = _top_k(primary, self._id_rank(st)[rows], k)
        sel = order[(page - 1) * per_page : k]
        hits = []
        marked: dict[str, bool] = {}
        for i in sel:
            r = int(rows[i])
            dk = None
            if dist is not None and np.isfinite(dist[r]):
                dk = round(float(dist[r]), 3)
            p = self._payload(st, r)
            name, desc = self._stored_text(st, r)
            hits.append(Hit(st.ids[r], round(float(sc[i]), 6), dk, self._snippet(name, desc, terms, marked),
                            "strong" if weak_from is None or rstrong[i] else "weak", name=name, organization=p.org,
                            tier=TIERS[p.tier] if p.tier < len(TIERS) else "general", life_domains=sorted(p.domains),
                            free=p.free, place=p.place, labels=p.labels))
        return Result(total=total, hits=hits, facets=facets, suggestion=suggestion, fuzzy=fuzzy, weak_from=weak_from)

    def warm(self, terms: int = WARM_TERMS) -> None:
        """Do now what the first searches would do, so the first queries after a start or a rebuild
        are not cold ones: the id order, the vocabulary (suggestions and typos) with each word's
        terms (snippets) and presence (compound parts), the postings of the most common terms, and
        the search of every phrase in the synonym table (the words residents search for: their
        stems, compound parts and related terms). The words' terms and presence and the phrases only from
        WARM_WORDS_FROM documents on."""
        self._maybe_refresh()
        with self._lock:
            st = self._state
            self._id_rank(st)
            self._rows_for_ids(st, ())
            common: dict[str, int] = {}
            large = st.count >= WARM_WORDS_FROM
            contains = self._vocab_contains(st)
            word_terms = self.analyzer.word_terms
            for surface, stems in self._vocabs(st):
                _bucket(surface, "")  # builds the first-letter buckets of the whole vocabulary
                _bucket(stems, "")
                for t, df in stems.items():
                    common[t] = common.get(t, 0) + df
                for w in surface if large else ():
                    word_terms(w)
                    contains(w)
            for t in sorted(common, key=common.__getitem__, reverse=True)[:terms]:
                self._term_vector(st, t)
            if not large:
                return
            synonyms = self.analyzer.synonyms
            for phrase in sorted({p for g, r in zip(synonyms.groups, synonyms.related) for p in g + r}):
                self._text(st, phrase, None)

    def facts(self, query: Query, limit: int = 5000) -> list[tuple[Document, float | None]]:
        """The filter, facet and geo attributes of the documents passing
        ``query``'s filters and geo restriction (``q`` and paging are
        ignored), nearest first, then by id, at most ``limit``, each with its
        distance in km (None without lat/lon or without a point).

        For callers that weigh every candidate by rules of their own (the
        resolver) without a database round trip: the Documents carry no
        text (name, organization, description and keywords are empty)."""
        self._maybe_refresh()
        with self._lock:
            st = self._state
            mask = self._filter_mask(st, query)
            dist, _ = self._geo_filter(st, query, mask)
            if dist is None and query.lat is not None and query.lon is not None:
                dist = self._distances(st, query.lat, query.lon, mask)
            rows = np.flatnonzero(mask)
            primary = dist[rows] if dist is not None else np.zeros(len(rows))
            rows = rows[_top_k(primary, self._id_rank(st)[rows], max(int(limit), 0))]
            out = []
            for r in rows.tolist():
                p = self._payload(st, r)
                d = float(dist[r]) if dist is not None and np.isfinite(dist[r]) else None
                out.append((_payload_document(p), d))
            return out

    def __enter__(self):
        return self

    def __exit__(self, *exc):
        self.close()
