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
"""

from __future__ import annotations

import bisect
import html
from array import array
from collections import Counter
from itertools import repeat
import logging
import os
import shutil
import threading
import time
from collections import OrderedDict
from pathlib import Path
from typing import Callable, Iterable

import msgspec
import numpy as np
from whoosh import columns, fields, index as windex
from whoosh.analysis import SpaceSeparatedTokenizer
from whoosh.codec.whoosh3 import W3LeafMatcher
from whoosh.filedb.filestore import FileStorage
from whoosh.index import LockError
from whoosh.system import pack_uint

from .analysis import PART_MARK, Alt, Analyzer, Group, _WORD_RE, fold, stem
from .model import DAYS, TIERS, Document, Hit, Query, Result

log = logging.getLogger(__name__)

POINTER = "CURRENT"
# Version of how documents are turned into index terms; a generation built
# with another version still answers searches but reports needs_rebuild.
# 2: compound parts indexed as separate "_part" terms; Document.categories.
# 3: categories in a field of their own ("cat"), names' match keys in the payload.
# 4: verb stems in the lexicon (beweeg-, reken-, kook-: "Beweegmaatje" is a "maatje").
ANALYSIS_VERSION = "4"
VERSION_FILE = "ANALYSIS"
GEN_PREFIX = "gen-"
REFRESH_INTERVAL = 0.2  # seconds between cheap staleness checks in search()
# Every use of a searcher happens under SearchIndex._lock, as does the swap, so no search can
# still hold the old searcher: close it at once (each open searcher of a large segment costs
# hundreds of MiB).
RETIRE_AFTER = 0.0
WRITE_TIMEOUT = 60.0  # total seconds a writer waits for whoosh's lock

# text fields and their BM25F weights: per field, tf / length norm is
# weighted and summed over fields, then saturated once with k1
TEXT_FIELDS = ("name", "kw", "org", "desc", "cat")
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
TIER_CODE = {t: i for i, t in enumerate(TIERS)}
UNKNOWN_TIER = len(TIERS)
DAY_BIT = {d: 1 << i for i, d in enumerate(DAYS)}

FUZZY_MIN_RESULTS = 3
FUZZY_WEIGHT = 0.7
FUZZY_MAX_EXPANSIONS = 8
EARTH_KM = 6371.0088
AGE_LO, AGE_HI = -1, 32767
NF = len(TEXT_FIELDS)

STORED_DESC_CHARS = 2000
SNIPPET_SCAN_CHARS = 1500


class _Payload(msgspec.Struct, array_like=True):
    id: str
    version: str
    tier: int
    domains: list[str]
    languages: list[str]
    free: bool
    min_age: int | None
    max_age: int | None
    wheelchair: bool
    days: int
    crisis: bool
    access: str
    place: str
    points: list[tuple[float, float]]
    areas: list[str]
    lens: tuple[int, ...]  # terms per text field (4 before ANALYSIS_VERSION 3: no "cat")
    cost: float | None = None
    waiting: int | None = None
    labels: list[str] = []
    #: The name's match keys (see name_keys): a query equal to one ranks the service first.
    names: list[str] = []


_enc = msgspec.msgpack.Encoder()
_dec = msgspec.msgpack.Decoder(_Payload)


def make_schema() -> fields.Schema:
    tok = SpaceSeparatedTokenizer()
    # scorable=True only so whoosh writes a lengths column: without it
    # whoosh stats the missing column file once per posting while flushing.
    text = dict(analyzer=tok, scorable=True, lowercase=False)
    return fields.Schema(
        id=fields.ID(unique=True),
        name=fields.KEYWORD(**text),
        kw=fields.KEYWORD(**text),
        org=fields.KEYWORD(**text),
        desc=fields.KEYWORD(**text),
        cat=fields.KEYWORD(**text),
        payload=fields.COLUMN(columns.VarBytesColumn()),
        vocab=fields.COLUMN(columns.VarBytesColumn()),
        snip=fields.STORED(),
    )


# field order as whoosh's add_document uses it (sorted names)
_POSTED = ("cat", "desc", "id", "kw", "name", "org")
_ALL_FIELDS = ("cat", "desc", "id", "kw", "name", "org", "payload", "snip", "vocab")
_VB = [pack_uint(i) for i in range(256)]


class _Prepared:
    __slots__ = ("id", "terms", "other")

    def __init__(self, id: str, terms: dict[str, list[str]], other: dict) -> None:
        self.id = id
        self.terms = terms
        self.other = other


class _Registry:
    """Grow-only mapping of string codes to small ints (process local)."""

    def __init__(self) -> None:
        self.codes: dict[str, int] = {}
        self.names: list[str] = []

    def get(self, name: str) -> int:
        c = self.codes.get(name)
        if c is None:
            c = self.codes[name] = len(self.names)
            self.names.append(name)
        return c

    def bits(self, names: Iterable[str]) -> int:
        m = 0
        for n in names:
            c = self.get(n)
            if c < 64:
                m |= 1 << c
        return m


class _Seg:
    """Decoded per-segment arrays (local document numbers)."""

    __slots__ = (
        "n", "ids", "versions", "tier", "dom", "lang", "free", "min_age", "max_age", "wheel",
        "days", "crisis", "access", "place", "lens", "plat", "plon", "prow", "acode", "arow",
        "vocab", "names",
    )


class _State:
    """Everything needed to answer a search for one reader state."""

    def __init__(self) -> None:
        self.term_cache: OrderedDict = OrderedDict()
        self.term_cache_size = 0
        self._id_rank = None
        self._id_row = None
        self._vocabs = None
        self.known: dict[str, bool] = {}


class SearchIndex:
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

    # ------------------------------------------------------------------
    # generations and pointer

    def _read_pointer(self) -> str | None:
        try:
            name = (self.path / POINTER).read_text(encoding="utf-8").strip()
        except FileNotFoundError:
            return None
        return name or None

    def _pointer_stat(self):
        try:
            st = os.stat(self.path / POINTER)
            return (st.st_ino, st.st_mtime_ns, st.st_size)
        except FileNotFoundError:
            return None

    def _write_pointer(self, gen: str) -> None:
        tmp = self.path / f".{POINTER}.{os.getpid()}.{threading.get_ident()}.tmp"
        with open(tmp, "w", encoding="utf-8") as fh:
            fh.write(gen + "\n")
            fh.flush()
            os.fsync(fh.fileno())
        os.replace(tmp, self.path / POINTER)

    def _generations(self) -> list[str]:
        return sorted(p.name for p in self.path.iterdir() if p.name.startswith(GEN_PREFIX) and p.is_dir())

    def _new_generation(self) -> str:
        while True:
            gens = self._generations()
            nxt = int(gens[-1][len(GEN_PREFIX):]) + 1 if gens else 1
            name = f"{GEN_PREFIX}{nxt:06d}"
            try:
                (self.path / name).mkdir()
                return name
            except FileExistsError:
                continue

    def _create_empty_generation(self) -> str:
        gen = self._new_generation()
        FileStorage(str(self.path / gen)).create_index(self.schema)
        (self.path / gen / VERSION_FILE).write_text(ANALYSIS_VERSION + "\n", encoding="utf-8")
        self._write_pointer(gen)
        return gen

    def _cleanup_generations(self, keep: str) -> None:
        """Remove generations older than the previous one (that one stays so
        searchers in other processes keep working until they refresh)."""
        gens = self._generations()
        if keep not in gens:
            return
        idx = gens.index(keep)
        for old in gens[: max(0, idx - 1)]:
            shutil.rmtree(self.path / old, ignore_errors=True)

    def _open(self) -> None:
        gen = self._read_pointer()
        if gen is None or not (self.path / gen).is_dir():
            self.needs_rebuild = True
            gen = self._create_empty_generation()
        try:
            self._load_generation(gen)
        except Exception:
            log.exception("search index at %s is damaged; recreating it empty", self.path)
            self.needs_rebuild = True
            gen = self._create_empty_generation()
            self._load_generation(gen)

    def _load_generation(self, gen: str) -> None:
        sig = self._pointer_stat()
        try:
            built = (self.path / gen / VERSION_FILE).read_text(encoding="utf-8").strip()
        except FileNotFoundError:
            built = None
        if built != ANALYSIS_VERSION:
            self.needs_rebuild = True
        ix = windex.open_dir(str(self.path / gen))
        searcher = ix.searcher()
        try:
            state = self._build_state(gen, ix, searcher)
            self._verify(state)
        except Exception:
            searcher.close()
            raise
        self._swap_state(state)
        self._pointer_sig = sig

    def _verify(self, st: _State) -> None:
        # touch the postings and stored fields so damaged files show up now
        r = st.searcher.reader()
        for fname in ("id", "desc"):
            for i, t in enumerate(r.lexicon(fname)):
                self._segment_postings_all(st, fname, t.decode("utf-8"))
                break
        if st.n:
            first_alive = np.flatnonzero(st.alive)
            if len(first_alive):
                st.searcher.stored_fields(int(first_alive[0]))

    def _swap_state(self, state: _State) -> None:
        with self._lock:
            old = self._state
            self._state = state
            now = time.monotonic()
            if old is not None and old.searcher is not state.searcher:
                self._retired.append((now, old.searcher))
            keep = []
            for t, s in self._retired:
                if now - t >= RETIRE_AFTER:
                    try:
                        s.close()
                    except Exception:
                        pass
                else:
                    keep.append((t, s))
            self._retired = keep
            live = {sid for sid, _, _ in state.segs}
            for sid in list(self._seg_cache):
                if sid not in live:
                    del self._seg_cache[sid]

    # ------------------------------------------------------------------
    # refresh

    def refresh(self) -> None:
        """Pick up changes made by other processes (new generation or new
        segments). Cheap when nothing changed."""
        with self._lock:
            self._last_check = time.monotonic()
            sig = self._pointer_stat()
            st = self._state
            if sig != self._pointer_sig:
                gen = self._read_pointer()
                if gen and gen != st.gen and (self.path / gen).is_dir():
                    try:
                        self._load_generation(gen)
                        return
                    except Exception:
                        log.exception("could not open generation %s", gen)
                        return
                self._pointer_sig = sig
            try:
                up = st.searcher.up_to_date()
            except Exception:
                up = False
            if not up:
                try:
                    ix = st.ix
                    searcher = ix.searcher()
                    self._swap_state(self._build_state(st.gen, ix, searcher))
                except Exception:
                    log.exception("refresh of %s failed", st.gen)

    def _maybe_refresh(self) -> None:
        if time.monotonic() - self._last_check >= REFRESH_INTERVAL:
            self.refresh()

    # ------------------------------------------------------------------
    # state construction

    def _decode_segment(self, reader) -> _Seg:
        n = reader.doc_count_all()
        s = _Seg()
        s.n = n
        s.vocab = None
        if n and reader.has_column("payload"):
            cr = reader.column_reader("payload", translate=False)
            raw = [cr[i] for i in range(n)]
        else:
            raw = []
        rows = [_dec.decode(b) if b else None for b in raw]
        rows += [None] * (n - len(rows))
        blank = _Payload("", "", UNKNOWN_TIER, [], [], False, None, None, False, 0, False, "", "", [], [], (0,) * NF)
        rows = [r if r is not None else blank for r in rows]
        s.ids = [r.id for r in rows]
        s.versions = [r.version for r in rows]
        s.tier = np.fromiter((r.tier for r in rows), np.int8, n)
        s.dom = np.fromiter((self._reg_dom.bits(r.domains) for r in rows), np.uint64, n)
        s.lang = np.fromiter((self._reg_lang.bits(r.languages) for r in rows), np.uint64, n)
        s.free = np.fromiter((r.free for r in rows), np.bool_, n)
        s.min_age = np.fromiter((AGE_LO if r.min_age is None else r.min_age for r in rows), np.int16, n)
        s.max_age = np.fromiter((AGE_HI if r.max_age is None else r.max_age for r in rows), np.int16, n)
        s.wheel = np.fromiter((r.wheelchair for r in rows), np.bool_, n)
        s.days = np.fromiter((r.days for r in rows), np.uint8, n)
        s.crisis = np.fromiter((r.crisis for r in rows), np.bool_, n)
        s.access = np.fromiter((self._reg_access.get(r.access) for r in rows), np.int32, n)
        s.place = np.fromiter((self._reg_place.get(r.place) for r in rows), np.int32, n)
        s.lens = np.array([tuple(r.lens) + (0,) * (NF - len(r.lens)) for r in rows], dtype=np.float32).reshape(n, NF)
        s.names = {}
        for i, r in enumerate(rows):
            for key in r.names:
                s.names.setdefault(key, []).append(i)
        plat, plon, prow, acode, arow = [], [], [], [], []
        for i, r in enumerate(rows):
            for lat, lon in r.points:
                plat.append(lat)
                plon.append(lon)
                prow.append(i)
            for a in r.areas:
                acode.append(self._reg_area.get(a))
                arow.append(i)
        s.plat = np.radians(np.array(plat, dtype=np.float64))
        s.plon = np.radians(np.array(plon, dtype=np.float64))
        s.prow = np.array(prow, dtype=np.int32)
        s.acode = np.array(acode, dtype=np.int32)
        s.arow = np.array(arow, dtype=np.int32)
        return s

    def _build_state(self, gen: str, ix, searcher) -> _State:
        st = _State()
        st.gen = gen
        st.ix = ix
        st.searcher = searcher
        reader = searcher.reader()
        leaves = reader.leaf_readers()
        segs: list[_Seg] = []
        st.segs = []
        st.leaf = []
        alive_parts = []
        for r, base in leaves:
            seg = r.segment() if hasattr(r, "segment") else None
            if seg is None:  # EmptyReader
                continue
            sid = seg.segment_id()
            s = self._seg_cache.get(sid)
            if s is None:
                s = self._decode_segment(r)
                self._seg_cache[sid] = s
            segs.append(s)
            st.segs.append((sid, base, s.n))
            st.leaf.append((r, base, sid))
            alive = np.ones(s.n, dtype=np.bool_)
            if r.has_deletions():
                dels = np.fromiter(seg.deleted_docs(), dtype=np.int64)
                dels = dels[dels < s.n]
                alive[dels] = False
            alive_parts.append(alive)
        n = sum(s.n for s in segs)
        st.n = n

        def cat(attr, dtype):
            if not segs:
                return np.zeros(0, dtype=dtype)
            return np.concatenate([getattr(s, attr) for s in segs]).astype(dtype, copy=False)

        st.alive = np.concatenate(alive_parts) if alive_parts else np.zeros(0, np.bool_)
        # remove ids that were never real rows (blank payloads)
        st.ids = np.array([i for s in segs for i in s.ids], dtype=object)
        st.versions = [v for s in segs for v in s.versions]
        st.tier = cat("tier", np.int8)
        st.dom = cat("dom", np.uint64)
        st.lang = cat("lang", np.uint64)
        st.free = cat("free", np.bool_)
        st.min_age = cat("min_age", np.int16)
        st.max_age = cat("max_age", np.int16)
        st.wheel = cat("wheel", np.bool_)
        st.days = cat("days", np.uint8)
        st.crisis = cat("crisis", np.bool_)
        st.access = cat("access", np.int32)
        st.place = cat("place", np.int32)
        st.lens = np.concatenate([s.lens for s in segs]) if segs else np.zeros((0, NF), np.float32)
        st.plat = cat("plat", np.float64)
        st.plon = cat("plon", np.float64)
        st.prow = (
            np.concatenate([s.prow + base for s, (_, base, _) in zip(segs, st.segs)]).astype(np.int32)
            if segs else np.zeros(0, np.int32)
        )
        st.pcos = np.cos(st.plat)
        st.acode = cat("acode", np.int32)
        st.arow = (
            np.concatenate([s.arow + base for s, (_, base, _) in zip(segs, st.segs)]).astype(np.int32)
            if segs else np.zeros(0, np.int32)
        )
        if n:
            st.alive &= st.tier != UNKNOWN_TIER
        st.count = int(st.alive.sum())
        # BM25 statistics over live docs
        if st.count:
            st.avglen = np.maximum(st.lens[st.alive].mean(axis=0), 1.0).astype(np.float32)
        else:
            st.avglen = np.ones(NF, np.float32)
        st.norm = ((1 - BM25_B) + BM25_B * (st.lens / st.avglen)).astype(np.float32)  # (n, 4)
        return st

    # ------------------------------------------------------------------
    # postings -> numpy

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

    # ------------------------------------------------------------------
    # vocabulary (surface words): suggestions, typo fallback, compounds

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

    # ------------------------------------------------------------------
    # text scoring

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

    # ------------------------------------------------------------------
    # search

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

    def _filter_mask(self, st: _State, query: Query) -> np.ndarray:
        mask = st.alive.copy()
        if query.ids is not None:
            rows = self._rows_for_ids(st, query.ids)
            m = np.zeros(st.n, dtype=np.bool_)
            m[rows] = True
            mask &= m
        if query.tiers:
            codes = [TIER_CODE[t] for t in query.tiers if t in TIER_CODE]
            mask &= np.isin(st.tier, np.array(codes, dtype=np.int8))
        if query.life_domains:
            bits = _known_bits(self._reg_dom, query.life_domains)
            mask &= (st.dom & np.uint64(bits)) != 0
        if query.free is not None:
            mask &= st.free == bool(query.free)
        if query.age is not None:
            mask &= (st.min_age <= query.age) & (st.max_age >= query.age)
        if query.language:
            bits = _known_bits(self._reg_lang, [query.language.lower()])
            mask &= (st.lang & np.uint64(bits)) != 0
        if query.wheelchair is not None:
            mask &= st.wheel == bool(query.wheelchair)
        if query.open_on:
            bit = DAY_BIT.get(query.open_on.lower(), 0)
            mask &= (st.days & np.uint8(bit)) != 0
        if query.crisis is not None:
            mask &= st.crisis == bool(query.crisis)
        return mask

    def _rows_for_ids(self, st: _State, ids: Iterable[str]) -> np.ndarray:
        if st._id_row is None:
            idrow = {}
            alive = st.alive
            for i, d in enumerate(st.ids):
                if alive[i]:
                    idrow[d] = i
            st._id_row = idrow
        idrow = st._id_row
        return np.array([idrow[i] for i in ids if i in idrow], dtype=np.int64)

    def _id_rank(self, st: _State) -> np.ndarray:
        if st._id_rank is None:
            arr = np.array(st.ids.tolist(), dtype=str) if st.n else np.zeros(0, dtype=str)
            order = np.argsort(arr, kind="stable")
            rank = np.empty(st.n, dtype=np.int64)
            rank[order] = np.arange(st.n)
            st._id_rank = rank
        return st._id_rank

    def _distances(self, st: _State, lat: float, lon: float, mask: np.ndarray,
                   radius_km: float | None = None) -> np.ndarray:
        """Distance in km from (lat, lon) to the nearest point of each doc in
        ``mask``; inf for docs without points, outside ``mask`` or (when
        ``radius_km`` is given) without a point inside the radius."""
        dist = np.full(st.n, np.inf)
        if not len(st.prow):
            return dist
        la, lo = np.radians(lat), np.radians(lon)
        pm = mask[st.prow]
        if radius_km is not None:
            dlat = radius_km / EARTH_KM * 1.01
            coslat = max(np.cos(min(abs(la) + dlat, np.pi / 2 - 1e-6)), 1e-6)
            dlon = min(dlat / coslat, np.pi)
            pm &= np.abs(st.plat - la) <= dlat
            dl = np.abs(st.plon - lo)
            pm &= (dl <= dlon) | (dl >= 2 * np.pi - dlon)
        sel = np.flatnonzero(pm)
        if not len(sel):
            return dist
        rows = st.prow[sel]
        plat = st.plat[sel]
        a = np.sin((plat - la) * 0.5) ** 2 + np.cos(la) * st.pcos[sel] * np.sin((st.plon[sel] - lo) * 0.5) ** 2
        d = 2 * EARTH_KM * np.arcsin(np.sqrt(np.minimum(a, 1.0)))
        starts = np.flatnonzero(np.r_[True, rows[1:] != rows[:-1]])
        dist[rows[starts]] = np.minimum.reduceat(d, starts)
        return dist

    def _area_mask(self, st: _State, areas: list[str]) -> np.ndarray:
        m = np.zeros(st.n, dtype=np.bool_)
        codes = [self._reg_area.codes[a] for a in (x.lower() for x in areas) if a in self._reg_area.codes]
        if codes and len(st.acode):
            sel = np.isin(st.acode, np.array(codes, dtype=np.int32))
            m[st.arow[sel]] = True
        return m

    def _geo_filter(self, st: _State, query: Query, mask: np.ndarray):
        """Narrow ``mask`` (in place) to docs within ``radius_km`` or serving
        one of ``areas``. Returns (dist, area_only): distances (None without
        a radius or a point to measure from) and the docs let in only by
        their area. Areas without a radius do not filter."""
        has_geo = query.lat is not None and query.lon is not None
        dist = None
        area_only = None
        if query.radius_km is not None:
            # geo filter first (cheap bounding box + haversine on the rest)
            area = self._area_mask(st, query.areas) & mask
            if has_geo:
                dist = self._distances(st, query.lat, query.lon, mask, query.radius_km)
                within = dist <= query.radius_km
            else:
                within = np.zeros(st.n, dtype=np.bool_)
            mask &= within | area
            area_only = area & ~within
            if has_geo and area_only.any():
                # report the nearest (out of radius) point of area matches
                far = self._distances(st, query.lat, query.lon, area_only)
                np.minimum(dist, far, out=dist)
        return dist, area_only

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
        for i in sel:
            r = int(rows[i])
            dk = None
            if dist is not None and np.isfinite(dist[r]):
                dk = round(float(dist[r]), 3)
            hits.append(Hit(st.ids[r], round(float(sc[i]), 6), dk, self._snippet(st, r, terms),
                            "strong" if weak_from is None or rstrong[i] else "weak"))
        return Result(total=total, hits=hits, facets=facets, suggestion=suggestion, fuzzy=fuzzy, weak_from=weak_from)

    def _named_rows(self, st: _State, q: str, mask: np.ndarray) -> np.ndarray | None:
        """Rows (within ``mask``) of services whose name is the query; None when there are none."""
        key = match_key(q)
        found = [np.asarray(local, dtype=np.int64) + base for sid, base, _ in st.segs
                 if key and sid in self._seg_cache and (local := self._seg_cache[sid].names.get(key))]
        if not found:
            return None
        named = np.zeros(st.n, dtype=np.bool_)
        named[np.concatenate(found)] = True
        named &= mask
        return named if named.any() else None

    def _facets(self, st: _State, rows: np.ndarray) -> dict[str, dict[str, int]]:
        f: dict[str, dict[str, int]] = {}
        tc = np.bincount(st.tier[rows], minlength=len(TIERS) + 1)
        f["tier"] = {t: int(tc[i]) for i, t in enumerate(TIERS)}
        f["life_domain"] = _bit_counts(st.dom[rows], self._reg_dom)
        nfree = int(st.free[rows].sum())
        f["free"] = {"true": nfree, "false": int(len(rows) - nfree)}
        f["language"] = _bit_counts(st.lang[rows], self._reg_lang)
        nw = int(st.wheel[rows].sum())
        f["wheelchair"] = {"true": nw, "false": int(len(rows) - nw)}
        days = st.days[rows]
        f["open_on"] = {d: int(((days & np.uint8(b)) != 0).sum()) for d, b in DAY_BIT.items()}
        f["place"] = _code_counts(st.place[rows], self._reg_place)
        f["access"] = _code_counts(st.access[rows], self._reg_access)
        return f

    # ------------------------------------------------------------------
    # snippets

    def _snippet(self, st: _State, row: int, terms: set[str], width: int = 30) -> str:
        try:
            stored = st.searcher.stored_fields(row).get("snip") or ("", "")
        except Exception:
            return ""
        name, desc = stored
        if terms:
            an = self.analyzer
            for text in (desc, name):
                if not text:
                    continue
                toks = list(_WORD_RE.finditer(text[:SNIPPET_SCAN_CHARS]))
                marks = [bool(terms.intersection(an.word_terms(fold(m.group()).replace("'", "")))) for m in toks]
                if any(marks):
                    return _render(text, toks, marks, width)
        text = desc or name
        toks = list(_WORD_RE.finditer(text[:SNIPPET_SCAN_CHARS]))
        return _render(text, toks, [False] * len(toks), width)

    # ------------------------------------------------------------------
    # per-document facts (resolver)

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
            bases = [base for _, base, _ in st.leaf]
            columns: dict[int, object] = {}
            out = []
            for r in rows.tolist():
                li = bisect.bisect_right(bases, r) - 1
                reader, base, _ = st.leaf[li]
                if li not in columns:
                    columns[li] = reader.column_reader("payload", translate=False)
                p = _dec.decode(columns[li][r - base])
                d = float(dist[r]) if dist is not None and np.isfinite(dist[r]) else None
                out.append((_payload_document(p), d))
            return out

    # ------------------------------------------------------------------
    # text_scores (resolver)

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

    # ------------------------------------------------------------------
    # writes

    def _prepare(self, d: Document) -> "_Prepared":
        an = self.analyzer
        name_t, name_w = an.analyze(d.name)
        kw_t, kw_w = [], []
        for k in d.keywords:
            t, w = an.analyze(k)
            kw_t += t
            kw_w += w
        org_t, org_w = an.analyze(d.organization)
        desc_t, desc_w = an.analyze(d.description)
        cat_t = []
        for c in d.categories:
            t, w = an.analyze(c)
            cat_t += t
            desc_w += w
        days = 0
        for day in d.open_days:
            days |= DAY_BIT.get(day.lower(), 0)
        payload = _Payload(
            id=d.id,
            version=d.version,
            tier=TIER_CODE.get(d.tier, TIER_CODE["general"]),
            domains=[x.lower() for x in d.life_domains],
            languages=[x.lower() for x in d.languages],
            free=bool(d.free),
            min_age=d.min_age,
            max_age=d.max_age,
            wheelchair=bool(d.wheelchair),
            days=days,
            crisis=bool(d.crisis),
            access=d.access or "",
            place=d.place or "",
            points=[(float(a), float(b)) for a, b in d.points],
            areas=[a.lower() for a in d.areas],
            lens=(len(name_t), len(kw_t), len(org_t), len(desc_t), len(cat_t)),
            cost=d.cost_amount,
            waiting=d.waiting_weeks,
            labels=list(d.labels),
            names=name_keys(d.name),
        )
        vocab = set(name_w)
        vocab.update(kw_w, org_w, desc_w)
        return _Prepared(
            d.id,
            {"cat": cat_t, "desc": desc_t, "id": [d.id], "kw": kw_t, "name": name_t, "org": org_t},
            {
                "payload": _enc.encode(payload),
                "vocab": " ".join(sorted(vocab)).encode("utf-8"),
                "snip": (d.name, d.description[:STORED_DESC_CHARS]),
            },
        )

    def _add_perdoc(self, pdw, schema, p: "_Prepared") -> None:
        """Per-document data (lengths, columns, stored fields) exactly as
        whoosh's SegmentWriter.add_document would write it."""
        for fname in _ALL_FIELDS:
            fobj = schema[fname]
            if fname in p.terms:
                pdw.add_field(fname, fobj, None, len(p.terms[fname]) if fobj.scorable else 0)
            else:
                value = p.other[fname]
                pdw.add_field(fname, fobj, value if fobj.stored else None, 0)
                if fobj.column_type is not None:
                    pdw.add_column_value(fname, fobj.column_type, fobj.to_column_value(value))

    def _add_to_writer(self, w, prepared: list["_Prepared"]) -> None:
        """Add prepared docs to a whoosh SegmentWriter (incremental path):
        per-doc data directly, postings through the writer's pool with the
        term frequency as weight."""
        pdw = w.perdocwriter
        schema = w.schema
        add = w.pool.add
        for p in prepared:
            docnum = w.docnum
            pdw.start_doc(docnum)
            self._add_perdoc(pdw, schema, p)
            pdw.finish_doc()
            for fname, terms in p.terms.items():
                for t, c in Counter(terms).items():
                    add((fname, t.encode("utf-8"), docnum, float(c), _VB[c] if c < 256 else pack_uint(c)))
            w.docnum += 1
            w._added = True

    def _bulk_build(self, ix, docs: Iterable[Document], progress) -> int:
        """Write one segment directly through whoosh's codec writers.

        whoosh's add_document/pool/sort path costs ~10 us per posting in
        Python; here postings are collected in flat arrays, sorted with NumPy
        and streamed into the codec's field writer in term order."""
        w = ix.writer()
        try:
            schema = w.schema
            pdw = w.perdocwriter
            tmaps = {f: {} for f in _POSTED}
            tids = {f: array("i") for f in _POSTED}
            dnums = {f: array("i") for f in _POSTED}
            tfs = {f: array("i") for f in _POSTED}
            lens = {f: array("i") for f in _POSTED}
            count = 0
            for d in docs:
                if not d.active:
                    continue
                p = self._prepare(d)
                docnum = w.docnum
                pdw.start_doc(docnum)
                self._add_perdoc(pdw, schema, p)
                pdw.finish_doc()
                for f, terms in p.terms.items():
                    lens[f].append(len(terms))
                    if not terms:
                        continue
                    c = Counter(terms)
                    tm = tmaps[f]
                    tids[f].extend([tm.setdefault(t, len(tm)) for t in c])
                    tfs[f].extend(c.values())
                    dnums[f].extend(repeat(docnum, len(c)))
                w.docnum += 1
                count += 1
                if progress is not None and count % 1000 == 0:
                    progress(count)
            w._added = True
            pdw.close()
            fw = w.fieldwriter
            for f in _POSTED:
                tm = tmaps[f]
                if not tm:
                    continue
                fobj = schema[f]
                btexts = [t.encode("utf-8") for t in tm]
                order_terms = sorted(range(len(btexts)), key=btexts.__getitem__)
                rank = np.empty(len(btexts), np.int64)
                rank[order_terms] = np.arange(len(btexts))
                tid = np.frombuffer(tids[f], dtype=np.int32)
                dn = np.frombuffer(dnums[f], dtype=np.int32)
                tf = np.frombuffer(tfs[f], dtype=np.int32)
                order = np.lexsort((dn, rank[tid]))
                tid_s = tid[order]
                bounds = np.flatnonzero(np.r_[True, tid_s[1:] != tid_s[:-1], True]).tolist()
                tid_l = tid_s.tolist()
                dn_l = dn[order].tolist()
                tf_l = tf[order].tolist()
                flen = lens[f].tolist() if fobj.scorable else None
                fw.start_field(f, fobj)
                add = fw.add
                for bi in range(len(bounds) - 1):
                    s0, e0 = bounds[bi], bounds[bi + 1]
                    fw.start_term(btexts[tid_l[s0]])
                    for j in range(s0, e0):
                        dnum = dn_l[j]
                        c = tf_l[j]
                        add(dnum, float(c), _VB[c] if c < 256 else pack_uint(c), flen[dnum] if flen else 0)
                    fw.finish_term()
                fw.finish_field()
            fw.close()
            w._close_segment()
            w._assemble_segment()
            w._commit_toc([w.get_segment()])
            w._finish()
        except BaseException:
            try:
                if not w.is_closed:
                    w.cancel()
            except Exception:
                pass
            raise
        return count

    def _write(self, apply: Callable) -> None:
        """Run ``apply(writer)`` against the live generation with whoosh's
        lock (timeout + retry); re-apply if a rebuild swapped generations
        meanwhile."""
        deadline = time.monotonic() + WRITE_TIMEOUT
        done_gen = None
        while True:
            gen = self._read_pointer()
            if gen is None:
                self._open()
                gen = self._read_pointer()
            if gen == done_gen:
                break
            ix = windex.open_dir(str(self.path / gen))
            try:
                w = ix.writer(timeout=2.0, delay=0.05)
            except LockError:
                if time.monotonic() > deadline:
                    raise
                continue
            try:
                apply(w)
                w.commit()
            except BaseException:
                try:
                    w.cancel()
                except Exception:
                    pass
                raise
            done_gen = gen
        self.refresh()

    def upsert(self, docs: Iterable[Document]) -> None:
        prepared, dead = [], []
        for d in docs:
            if d.active:
                prepared.append(self._prepare(d))
            else:
                dead.append(d.id)
        if not prepared and not dead:
            return

        last = {p.id: p for p in prepared}  # last version of a repeated id wins
        prepared = list(last.values())

        def apply(w):
            for i in dead:
                w.delete_by_term("id", i)
            for p in prepared:
                w.delete_by_term("id", p.id)
            self._add_to_writer(w, prepared)

        self._write(apply)

    def delete(self, ids: Iterable[str]) -> None:
        ids = list(ids)
        if not ids:
            return

        def apply(w):
            for i in ids:
                w.delete_by_term("id", i)

        self._write(apply)

    def rebuild(self, docs: Iterable[Document], progress: Callable[[int], None] | None = None) -> int:
        gen = self._new_generation()
        gdir = self.path / gen
        count = 0
        try:
            ix = FileStorage(str(gdir)).create_index(self.schema)
            count = self._bulk_build(ix, docs, progress)
            ix.close()
            (gdir / VERSION_FILE).write_text(ANALYSIS_VERSION + "\n", encoding="utf-8")
        except BaseException:
            shutil.rmtree(gdir, ignore_errors=True)
            raise
        if progress is not None:
            progress(count)
        self._write_pointer(gen)
        with self._lock:
            self._load_generation(gen)
            self.needs_rebuild = False
        self._cleanup_generations(gen)
        return count

    # ------------------------------------------------------------------
    # misc

    def versions(self) -> dict[str, str]:
        self._maybe_refresh()
        st = self._state
        alive = st.alive
        return {st.ids[i]: st.versions[i] for i in np.flatnonzero(alive)}

    def __len__(self) -> int:
        self._maybe_refresh()
        return self._state.count

    def close(self) -> None:
        with self._lock:
            if self._closed:
                return
            self._closed = True
            for _, s in self._retired:
                try:
                    s.close()
                except Exception:
                    pass
            self._retired = []
            try:
                self._state.searcher.close()
            except Exception:
                pass

    def __enter__(self):
        return self

    def __exit__(self, *exc):
        self.close()


# ----------------------------------------------------------------------
# helpers


def match_key(text: str) -> str:
    """A name or query as compared for "the query is the name": case, accents
    and punctuation ignored ("Service for Admin: Test-Location" ->
    "service for admin test location")."""
    return " ".join(_WORD_RE.findall(fold(text).replace("'", "").replace("-", " ")))


def name_keys(name: str) -> list[str]:
    """The name's match keys: the whole name, and for "Title: subtitle" names the title too."""
    keys = [match_key(name)]
    head, colon, _ = name.partition(":")
    if colon and match_key(head):
        keys.append(match_key(head))
    return [k for k in dict.fromkeys(keys) if k]


def _payload_document(p: _Payload) -> Document:
    return Document(
        id=p.id, name="", tier=TIERS[p.tier] if p.tier < len(TIERS) else "general", life_domains=p.domains,
        points=[tuple(x) for x in p.points], areas=p.areas, free=p.free, cost_amount=p.cost,
        min_age=p.min_age, max_age=p.max_age, languages=p.languages, wheelchair=p.wheelchair,
        open_days=[d for d, bit in DAY_BIT.items() if p.days & bit], crisis=p.crisis,
        waiting_weeks=p.waiting, access=p.access, place=p.place, labels=p.labels, version=p.version,
    )


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


TERM_CACHE_BYTES = 128 * 2**20


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


def _known_bits(reg: _Registry, names: Iterable[str]) -> int:
    m = 0
    for n in names:
        c = reg.codes.get(n.lower())
        if c is not None and c < 64:
            m |= 1 << c
    return m


def _bit_counts(masks: np.ndarray, reg: _Registry) -> dict[str, int]:
    out = {}
    for c, name in enumerate(reg.names[:64]):
        cnt = int(((masks & np.uint64(1 << c)) != 0).sum())
        if cnt:
            out[name] = cnt
    return out


def _code_counts(codes: np.ndarray, reg: _Registry) -> dict[str, int]:
    if not len(codes):
        return {}
    cnt = np.bincount(codes, minlength=len(reg.names))
    return {reg.names[i]: int(cnt[i]) for i in np.flatnonzero(cnt) if reg.names[i]}


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


def _render(text: str, toks, marks, width: int) -> str:
    """``width`` words of ``text`` around the densest run of marked words;
    marked words wrapped in <mark>, everything HTML-escaped."""
    esc = html.escape
    n = len(toks)
    if not n:
        return esc(text[:200])
    start = 0
    if any(marks):
        csum = np.cumsum([0] + marks)
        if n > width:
            counts = csum[width:] - csum[: n - width + 1]
            best_i = int(np.argmax(counts))
        else:
            best_i = 0
        first = next(i for i in range(best_i, n) if marks[i])
        start = max(0, min(best_i, first - 3))
    end = min(n, start + width)
    cstart = toks[start].start() if start else 0
    cend = toks[end - 1].end()
    out = ["… "] if start else []
    pos = cstart
    for i in range(start, end):
        if marks[i]:
            m = toks[i]
            out.append(esc(text[pos : m.start()]))
            out.append("<mark>" + esc(m.group()) + "</mark>")
            pos = m.end()
    out.append(esc(text[pos:cend]))
    if end < n or cend < len(text.rstrip(" .")):
        tail = text[cend:].strip()
        if end < n or len(tail) > 1:
            out.append(" …")
        else:
            out.append(esc(tail))
    return "".join(out)
