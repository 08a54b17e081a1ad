"""Writing: documents prepared into terms and a payload, the bulk
rebuild of one segment straight through whoosh's codec writers, and
upserts and deletes through a whoosh writer under its lock."""

from __future__ import annotations

import fcntl
import shutil
import time
from array import array
from collections import Counter
from itertools import repeat
from typing import Callable, Iterable

import numpy as np
from whoosh import index as windex
from whoosh.filedb.filestore import FileStorage
from whoosh.index import LockError
from whoosh.system import pack_uint

from .filters import name_keys
from .model import Document
from .snippets import STORED_DESC_CHARS
from .store import ANALYSIS_VERSION, DAY_BIT, TIER_CODE, VERSION_FILE, _enc, _Payload

WRITE_LOCK = "write.lock"  # beside the generations
WRITE_TIMEOUT = 60.0  # total seconds a writer waits for whoosh's lock

# field order as whoosh's add_document uses it (sorted names)
# field order as whoosh's add_document uses it (sorted names)
_POSTED = ("cat", "desc", "id", "kw", "name", "org")
_ALL_FIELDS = ("cat", "desc", "id", "kw", "name", "org", "payload", "snip", "vocab")
_VB = [pack_uint(i) for i in range(256)]


def _add_postings(pw, docnums: list[int], tfs: list[int], flen: list[int] | None) -> None:
    """One term's postings into whoosh's W3PostingsWriter a block at a time: what its add_posting
    does per posting (and ~2 us each, 5 million times at 100,000 services), with the same result."""
    limit = pw._blocklimit
    for b in range(0, len(docnums), limit):
        if b:
            pw._write_block()
        ids, weights = docnums[b:b + limit], tfs[b:b + limit]
        pw._ids = array("I", ids)
        pw._weights = array("f", weights)
        pw._values = [_VB[c] if c < 256 else pack_uint(c) for c in weights]
        pw._maxweight = float(max(weights))
        lengths = [n for n in map(flen.__getitem__, ids) if n] if flen else ()
        pw._minlength = min(lengths) if lengths else None
        pw._maxlength = max(lengths) if lengths else 0


class _Prepared:
    __slots__ = ("id", "terms", "other")

    def __init__(self, id: str, terms: dict[str, list[str]], other: dict) -> None:
        self.id = id
        self.terms = terms
        self.other = other


class Writing:
    """Writes of a SearchIndex (mixin)."""

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
            org=d.organization,
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
                for bi in range(len(bounds) - 1):
                    s0, e0 = bounds[bi], bounds[bi + 1]
                    fw.start_term(btexts[tid_l[s0]])
                    _add_postings(fw._postwriter, dn_l[s0:e0], tf_l[s0:e0], flen)
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
            with open(self.path / WRITE_LOCK, "a") as lock:
                fcntl.flock(lock, fcntl.LOCK_EX)  # one writer per folder, whatever whoosh's own lock does
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
