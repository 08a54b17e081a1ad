"""Storage and generations: the whoosh schema and the stored payload,
the ``path/CURRENT`` pointer to the live generation ``path/gen-NNNNNN``,
opening, refreshing and decoding segments into the NumPy arrays of a
reader state (_State)."""

from __future__ import annotations

import bisect
import logging
import os
import shutil
import threading
import time
from collections import OrderedDict
from typing import Iterable

import msgspec
import numpy as np
from whoosh import columns, fields, index as windex
from whoosh.analysis import SpaceSeparatedTokenizer
from whoosh.filedb.filestore import FileStorage

from .model import DAYS, TIERS, Document
from .scoring import BM25_B, NF

log = logging.getLogger(__name__)

POINTER = "CURRENT"
# Version of how documents are turned into index terms; a generation built
# with another version still answers searches but reports needs_rebuild.
# 2: compound parts indexed as separate "_part" terms; Document.categories.
# 3: categories in a field of their own ("cat"), names' match keys in the payload.
# 4: verb stems in the lexicon (beweeg-, reken-, kook-: "Beweegmaatje" is a "maatje").
# 5: the organization's name in the payload (hits carry what a results list shows).
ANALYSIS_VERSION = "5"
VERSION_FILE = "ANALYSIS"
GEN_PREFIX = "gen-"
REFRESH_INTERVAL = 0.2  # seconds between cheap staleness checks in search()
# Every use of a searcher happens under SearchIndex._lock, as does the swap, so no search can
# still hold the old searcher: close it at once (each open searcher of a large segment costs
# hundreds of MiB).
RETIRE_AFTER = 0.0

TIER_CODE = {t: i for i, t in enumerate(TIERS)}
UNKNOWN_TIER = len(TIERS)
DAY_BIT = {d: 1 << i for i, d in enumerate(DAYS)}
AGE_LO, AGE_HI = -1, 32767


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
    org: str = ""


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
        self.columns: dict[int, object] = {}  # leaf number -> its payload column reader
        self.known: dict[str, bool] = {}


def _payload_document(p: _Payload) -> Document:
    return Document(
        id=p.id, name="", organization=p.org, tier=TIERS[p.tier] if p.tier < len(TIERS) else "general", life_domains=p.domains,
        points=[tuple(x) for x in p.points], areas=p.areas, free=p.free, cost_amount=p.cost,
        min_age=p.min_age, max_age=p.max_age, languages=p.languages, wheelchair=p.wheelchair,
        open_days=[d for d, bit in DAY_BIT.items() if p.days & bit], crisis=p.crisis,
        waiting_weeks=p.waiting, access=p.access, place=p.place, labels=p.labels, version=p.version,
    )


class Store:
    """Generations, pointer and reader states of a SearchIndex (mixin)."""

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
        st.bases = [base for _, base, _ in st.leaf]

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

    def _payload(self, st: _State, row: int) -> _Payload:
        """The stored payload of one row (a column read)."""
        li = bisect.bisect_right(st.bases, row) - 1
        reader, base, _ = st.leaf[li]
        col = st.columns.get(li)
        if col is None:
            col = st.columns[li] = reader.column_reader("payload", translate=False)
        return _dec.decode(col[row - base])

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
