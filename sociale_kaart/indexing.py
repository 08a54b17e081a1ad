"""Keeps the search index in step with the database.

The database is the source of truth; `Indexer` turns services into `search_index.Document`s,
applies a set of changed services (`sync`), rebuilds the whole index, and compares both sides.
`IndexFollower` applies the index change log (`index_log`) to one index folder: on start,
continuously, and right after a write of its own process.
"""

from __future__ import annotations

import fcntl
import hashlib
import json
import logging
import multiprocessing
import threading
import time
from collections.abc import Callable, Iterator
from datetime import datetime, timedelta
from pathlib import Path
from types import SimpleNamespace

import msgspec
from sqlalchemy import Row, func, select
from sqlalchemy.orm import Session, sessionmaker

from search_index import Document, SearchIndex
from sociale_kaart import index_log, vocab
from sociale_kaart.db import utcnow
from sociale_kaart.directory import models as m
from sociale_kaart.directory.labels import CLOSED_LABEL, service_labels
from sociale_kaart.geo.gazetteer import Gazetteer

BATCH = 2000
DAY_CODES = tuple(vocab.DAYS)


def open_days(svc: m.Service) -> list[str]:
    schedules = list(svc.schedules)
    for sal in svc.service_at_locations:
        schedules += sal.schedules
        schedules += sal.location.schedules
    days: set[str] = set()
    for x in schedules:
        for part in (x.byday or "").split(","):
            code = part.strip()[-2:].lower()  # "1MO" (first Monday) counts as Monday
            if code in DAY_CODES:
                days.add(code)
    return [d for d in DAY_CODES if d in days]


def service_points(svc: m.Service) -> list[tuple[float, float]]:
    points = []
    for sal in svc.service_at_locations:
        loc = sal.location
        if loc.active and loc.latitude is not None and loc.longitude is not None:
            if loc.confidential:
                points.append((round(loc.latitude, 2), round(loc.longitude, 2)))
            else:
                points.append((loc.latitude, loc.longitude))
    return points


def service_areas(svc: m.Service, gazetteer: Gazetteer) -> list[str]:
    areas = {code for a in svc.service_areas if (code := gazetteer.area_code(a.name))}
    has_place = any(sal.location.active and sal.location.location_type != "virtual" for sal in svc.service_at_locations)
    if not areas and not has_place:
        areas.add("nl")  # a virtual service that names no area is there for everyone
    return sorted(areas)


def service_place(svc: m.Service) -> str:
    for sal in svc.service_at_locations:
        for a in sal.location.addresses:
            if a.city:
                return a.city
    for a in svc.service_areas:
        if a.name:
            return a.name.removeprefix("Gemeente ")
    return ""


def audience_codes(session: Session, ids: list[str] | None = None, *, first: str | None = None,
                   last: str | None = None) -> dict[str, list[str]]:
    """The audience attribute codes of these services (`ids`, or from `first` to `last`), in one query."""
    link = m.Attribute.link_id
    rows = session.connection().execute(
        select(link, m.TaxonomyTerm.code).join(m.TaxonomyTerm)
        .where(link.in_(ids) if ids is not None else link.between(first, last), m.TaxonomyTerm.taxonomy == vocab.AUDIENCE))
    out: dict[str, list[str]] = {}
    for link_id, code in rows:
        if code in vocab.AUDIENCES:
            out.setdefault(link_id, []).append(code)
    return out


def to_document(svc: m.Service, gazetteer: Gazetteer, audiences: list[str] = ()) -> Document:
    amounts = [c.amount for c in svc.cost_options if c.amount is not None]
    has_place = any(sal.location.location_type != "virtual" for sal in svc.service_at_locations)
    keywords = [k for k in (svc.alternate_name,) if k]
    # Life-domain labels are broad categories shared by dozens of services; as
    # keywords they outweighed what a service is actually called or does.
    categories = [vocab.LIFE_DOMAINS[d.code][0] for d in svc.life_domains if d.code in vocab.LIFE_DOMAINS]
    doc = Document(
        id=svc.id,
        name=svc.name,
        organization=svc.organization.name,
        description=" ".join(t for t in (svc.description, svc.eligibility_description) if t),
        keywords=keywords,
        categories=categories,
        tier=svc.tier,
        life_domains=[d.code for d in svc.life_domains],
        points=service_points(svc),
        areas=service_areas(svc, gazetteer),
        free=bool(amounts) and min(amounts) == 0,
        cost_amount=min(amounts) if amounts else None,
        min_age=svc.minimum_age,
        max_age=svc.maximum_age,
        languages=sorted({x.code.lower()[:2] for x in svc.languages if x.code}) or ["nl"],
        wheelchair=(not has_place) or any(sal.location.wheelchair for sal in svc.service_at_locations if sal.location.active),
        open_days=open_days(svc),
        crisis=svc.crisis,
        waiting_weeks=svc.waiting_weeks,
        access=svc.access,
        place=service_place(svc),
        # A temporarily closed listing stays findable, marked; the resolver does not suggest it.
        labels=service_labels(svc, list(audiences)) + ([CLOSED_LABEL] if svc.status == "temporarily closed" else []),
        active=svc.status in ("active", "temporarily closed") and svc.organization.active,
    )
    version = hashlib.sha1(msgspec.json.encode(doc)).hexdigest()[:16]
    return msgspec.structs.replace(doc, version=version)


def service_rows(session: Session, ids: list[str] | None = None, *, first: str | None = None,
                 last: str | None = None) -> list[SimpleNamespace]:
    """These services (`ids`, or those from `first` to `last` in id order) with what `to_document`
    reads of them, in a few set-based Core queries (loading ORM objects for 100,000 services took
    minutes). Each row has the shape of the ORM service (the same attribute names), so
    `to_document` serves both."""
    S, SAL, Loc = m.Service, m.ServiceAtLocation, m.Location
    conn = session.connection()

    def of(column):
        return column.in_(ids) if ids is not None else column.between(first, last)

    def grouped(stmt) -> dict[str, list[Row]]:
        """Rows by their first column (rows read like the ORM objects: row.code, row.byday)."""
        out: dict[str, list[Row]] = {}
        for row in conn.execute(stmt).all():
            key = row[0]
            if key in out:
                out[key].append(row)
            else:
                out[key] = [row]
        return out

    domains = grouped(select(m.ServiceLifeDomain.service_id, m.ServiceLifeDomain.code)
                      .where(of(m.ServiceLifeDomain.service_id)).order_by(m.ServiceLifeDomain.code))
    schedules = grouped(select(m.Schedule.service_id, m.Schedule.byday)
                        .where(of(m.Schedule.service_id), m.Schedule.service_at_location_id.is_(None)))
    areas = grouped(select(m.ServiceArea.service_id, m.ServiceArea.name).where(of(m.ServiceArea.service_id))
                    .order_by(m.ServiceArea.id))
    costs = grouped(select(m.CostOption.service_id, m.CostOption.amount, m.CostOption.option, m.CostOption.amount_description)
                    .where(of(m.CostOption.service_id)).order_by(m.CostOption.id))
    languages = grouped(select(m.Language.service_id, m.Language.code).where(of(m.Language.service_id)))
    at = of(SAL.service_id)
    sal_schedules = grouped(select(SAL.id.label("sal_id"), m.Schedule.byday)
                            .join(m.Schedule, m.Schedule.service_at_location_id == SAL.id).where(at))
    loc_schedules = grouped(select(SAL.id.label("sal_id"), m.Schedule.byday)
                            .join(m.Schedule, m.Schedule.location_id == SAL.location_id)
                            .where(at, m.Schedule.service_id.is_(None)))
    addresses = grouped(select(SAL.id.label("sal_id"), m.Address.city)
                        .join(m.Address, m.Address.location_id == SAL.location_id).where(at)
                        .order_by(SAL.id, m.Address.id))
    sals: dict[str, list[SimpleNamespace]] = {}
    none: list = []
    for sal_id, service_id, location_type, lat, lon, confidential, wheelchair, active in conn.execute(
            select(SAL.id, SAL.service_id, Loc.location_type, Loc.latitude, Loc.longitude, Loc.confidential,
                   Loc.wheelchair, Loc.active).join(Loc, Loc.id == SAL.location_id).where(at).order_by(SAL.id)).all():
        location = SimpleNamespace(location_type=location_type, latitude=lat, longitude=lon, confidential=confidential,
                                   wheelchair=wheelchair, active=active, schedules=loc_schedules.get(sal_id, none),
                                   addresses=addresses.get(sal_id, none))
        sals.setdefault(service_id, []).append(SimpleNamespace(location=location, schedules=sal_schedules.get(sal_id, none)))
    stmt = (select(S.id, S.name, S.alternate_name, S.description, S.eligibility_description, S.fees_description,
                   S.tier, S.minimum_age, S.maximum_age, S.crisis, S.waiting_weeks, S.access, S.status,
                   m.Organization.name, m.Organization.active)
            .join(m.Organization, m.Organization.id == S.organization_id).where(of(S.id)).order_by(S.id))
    out = []
    for (id_, name, alternate_name, description, eligibility, fees, tier, min_age, max_age, crisis, waiting, access,
         status, org_name, org_active) in conn.execute(stmt).all():
        out.append(SimpleNamespace(
            id=id_, name=name, alternate_name=alternate_name, description=description, eligibility_description=eligibility,
            fees_description=fees, tier=tier, minimum_age=min_age, maximum_age=max_age, crisis=crisis,
            waiting_weeks=waiting, access=access, status=status,
            organization=SimpleNamespace(name=org_name, active=org_active),
            life_domains=domains.get(id_, none), schedules=schedules.get(id_, none), service_areas=areas.get(id_, none),
            cost_options=costs.get(id_, none), languages=languages.get(id_, none), service_at_locations=sals.get(id_, none)))
    return out


# From this many services a rebuild reads the documents in a second process (starting it takes a second).
READ_APART = 20_000
_documents = msgspec.msgpack.Decoder(list[Document])


def _read_documents(url: str, send) -> None:
    """The index reader's process: every active service's document, in msgpack batches through
    `send`, then b"" (b"!" and the error when reading fails)."""
    from sociale_kaart.db import make_engine, make_sessionmaker

    engine = make_engine(url)
    try:
        sessions = make_sessionmaker(engine)
        with sessions() as session:
            indexer = Indexer(sessions, None, Gazetteer.from_db(session))
            batch: list[Document] = []
            for d in indexer.documents(session):
                if d.active:
                    batch.append(d)
                    if len(batch) == BATCH:
                        send.send_bytes(msgspec.msgpack.encode(batch))
                        batch = []
            if batch:
                send.send_bytes(msgspec.msgpack.encode(batch))
            send.send_bytes(b"")
    except Exception as exc:  # noqa: BLE001 - the indexing process raises it
        send.send_bytes(b"!" + f"{type(exc).__name__}: {exc}".encode())
    finally:
        send.close()
        engine.dispose()


class Indexer:
    def __init__(self, sessions: sessionmaker, index: SearchIndex, gazetteer: Gazetteer):
        self.sessions = sessions
        self.index = index
        self.gazetteer = gazetteer

    def documents(self, session: Session, ids: list[str] | None = None) -> Iterator[Document]:
        """The documents of these services (of all, in id order, when `ids` is None)."""
        if ids is not None:
            for i in range(0, len(ids), BATCH):
                yield from self._documents(session, ids=ids[i:i + BATCH])
            return
        all_ids = list(session.scalars(select(m.Service.id).order_by(m.Service.id)))
        for i in range(0, len(all_ids), BATCH):  # by id range: the same plan for every batch, no list of ids
            yield from self._documents(session, first=all_ids[i], last=all_ids[min(i + BATCH, len(all_ids)) - 1])

    def _documents(self, session: Session, **which) -> Iterator[Document]:
        audiences = audience_codes(session, **which)
        for svc in service_rows(session, **which):
            yield to_document(svc, self.gazetteer, audiences.get(svc.id, ()))

    def sync(self, ids: set[str]) -> None:
        """Apply committed writes: active services are (re)indexed, the rest removed."""
        if not ids:
            return
        with self.sessions() as session:
            docs = list(self.documents(session, sorted(ids)))
        active = [d for d in docs if d.active]
        gone = set(ids) - {d.id for d in active}
        if active:
            self.index.upsert(active)
        if gone:
            self.index.delete(gone)

    def rebuild(self, progress: Callable[[int], None] | None = None) -> int:
        return self.index.rebuild(self._for_rebuild(), progress=progress)

    def _for_rebuild(self) -> Iterator[Document]:
        """Every active service's document, in id order. From `READ_APART` services on they are read
        in a process of their own while this one indexes them (reading takes about as long)."""
        with self.sessions() as session:
            url = session.get_bind().url
            if url.database in (None, "", ":memory:") or session.scalar(select(func.count()).select_from(m.Service)) < READ_APART:
                yield from (d for d in self.documents(session) if d.active)
                return
        spawn = multiprocessing.get_context("spawn")  # no fork: a server process has threads
        receive, send = spawn.Pipe(duplex=False)
        reader = spawn.Process(target=_read_documents, name="index-reader", daemon=True,
                               args=(url.render_as_string(hide_password=False), send))
        reader.start()
        send.close()
        try:
            while True:
                try:
                    data = receive.recv_bytes()
                except EOFError:
                    raise RuntimeError(f"the index reader ended without its documents (exit code {reader.exitcode})") from None
                if not data:
                    break
                if data[:1] == b"!":
                    raise RuntimeError(f"reading the documents failed: {data[1:].decode()}")
                yield from _documents.decode(data)
            reader.join()
        finally:
            receive.close()
            if reader.is_alive():
                reader.terminate()
                reader.join()

    def check(self) -> dict[str, list[str]]:
        """Differences between database and index: missing, extra (should not be there), stale."""
        with self.sessions() as session:
            want = {d.id: d.version for d in self.documents(session) if d.active}
        have = self.index.versions()
        return {
            "missing": sorted(set(want) - set(have)),
            "extra": sorted(set(have) - set(want)),
            "stale": sorted(i for i in set(want) & set(have) if want[i] != have[i]),
        }


# Further behind than this many log rows, a rebuild from the database is faster than the rows.
FAR_BEHIND = 5000
POLL_SECONDS = 0.25
LAG_DEGRADED_SECONDS = 60  # /health says "degraded" when the oldest unapplied change is older
POSITION_FILE = "index-log-position.json"
LOCK_FILE = "index-log.lock"

log = logging.getLogger("sociale_kaart.index")


class Lag(msgspec.Struct):
    rows: int
    seconds: float
    error: str | None


class IndexFollower:
    """Applies the index change log to an index folder.

    The folder holds the log position its index has reached (`index-log-position.json`: the last
    applied row id and when that was checked). Processes sharing a folder take turns through a
    file lock, so each row is applied once per folder. A position that is missing, unreadable,
    ahead of the log (another database) or older than the log's retention, or more than
    `FAR_BEHIND` rows behind, means a rebuild from the database instead.
    """

    def __init__(self, indexer: Indexer, folder: Path):
        self.indexer = indexer
        self.sessions = indexer.sessions
        self.folder = Path(folder)
        self.error: str | None = None
        self._mutex = threading.Lock()
        self._stop = threading.Event()
        self._thread: threading.Thread | None = None
        self._pruned = 0.0

    # ---- position ------------------------------------------------------------------------

    def position(self) -> tuple[int, datetime] | None:
        try:
            data = json.loads((self.folder / POSITION_FILE).read_text(encoding="utf-8"))
            return int(data["position"]), datetime.fromisoformat(data["checked"])
        except (OSError, ValueError, KeyError, TypeError):
            return None

    def _save(self, position: int) -> None:
        tmp = self.folder / f".{POSITION_FILE}.tmp"
        tmp.write_text(json.dumps({"position": position, "checked": utcnow().isoformat()}), encoding="utf-8")
        tmp.replace(self.folder / POSITION_FILE)

    def _locked(self, wait: float):
        """The folder's lock (None when another process still holds it after `wait` seconds)."""
        self.folder.mkdir(parents=True, exist_ok=True)
        fh = open(self.folder / LOCK_FILE, "a+")
        deadline = time.monotonic() + wait
        while True:
            try:
                fcntl.flock(fh, fcntl.LOCK_EX | fcntl.LOCK_NB)
                return fh
            except BlockingIOError:
                if time.monotonic() >= deadline:
                    fh.close()
                    return None
                time.sleep(0.02)

    # ---- applying --------------------------------------------------------------------------

    def catch_up(self, wait: float = 30.0) -> bool:
        """Apply what the log has beyond this folder's position; False when another process
        holds the folder longer than `wait` seconds (it is applying the same rows)."""
        if not self._mutex.acquire(timeout=wait):
            return False
        try:
            fh = self._locked(wait)
            if fh is None:
                return False
            try:
                self._apply()
            finally:
                fh.close()  # closing releases the lock
            self.error = None
            return True
        except Exception as exc:
            self.error = f"{type(exc).__name__}: {exc}"
            raise
        finally:
            self._mutex.release()

    def rebuild(self, progress: Callable[[int], None] | None = None) -> int:
        """Rebuild the folder's index from the database, then apply what was written meanwhile."""
        with self._mutex:
            fh = self._locked(wait=3600)
            try:
                count = self._rebuild(progress)
                self._apply()
            finally:
                fh.close()
        return count

    def _rebuild(self, progress=None) -> int:
        with self.sessions() as session:
            head = index_log.head(session)
        log.info("search index: rebuilding from the database")
        count = self.indexer.rebuild(progress)
        self._save(head)  # rows after `head` may have been missed by the rebuild; they follow
        return count

    def _apply(self) -> None:
        if self._far_behind():
            self._rebuild()
        known = self.position()
        position = known[0]
        while True:
            with self.sessions() as session:
                rows = index_log.since(session, position, FAR_BEHIND)
            if not rows:
                break
            self.indexer.sync({r[1] for r in rows})
            position = rows[-1][0]
            self._save(position)
        if known[1] < utcnow() - timedelta(hours=1) and position == known[0]:
            self._save(position)  # still current: keeps the position within the log's retention

    def _far_behind(self) -> bool:
        """Whether catching up rebuilds: no position or one the log no longer holds, an index to
        rebuild, or more than FAR_BEHIND changes to apply."""
        known = self.position()
        with self.sessions() as session:
            head = index_log.head(session)
        stale = known is None or known[0] > head or known[1] < utcnow() - index_log.RETENTION + timedelta(days=1)
        return stale or self.indexer.index.needs_rebuild or head - known[0] > FAR_BEHIND

    def build_alongside(self, writer_done: Callable[[], bool], writer_alive: Callable[[], bool]) -> int | None:
        """While another process writes a great deal (an import), build the new generation as its
        writes commit, so that little is left when it ends: once this folder is `FAR_BEHIND`, read
        every service, then what each new log row names, until `writer_done()` and the log is read
        to its head; write the generation, apply what changed after it was read, save the position.

        None when the log stayed close (the writer's `catch_up` applies the rows) or another
        process holds the folder. Stops without a trace when `writer_alive()` turns False (a
        killed import): the next start catches up from the old position."""
        fh = self._locked(wait=30)
        if fh is None:
            return None
        try:
            while not self._far_behind():
                if writer_done() or not writer_alive():
                    return None
                time.sleep(POLL_SECONDS)
            with self.sessions() as session:
                position = index_log.head(session)
            seen: set[str] = set()
            later: set[str] = set()  # read, then written again: applied after the build

            def check_writer() -> None:
                if not writer_alive():
                    raise RuntimeError("the writing process ended without saying so")

            def documents() -> Iterator[Document]:
                nonlocal position
                with self.sessions() as session:
                    for d in self.indexer.documents(session):
                        seen.add(d.id)
                        if len(seen) % BATCH == 0:
                            check_writer()
                        yield d
                while True:
                    check_writer()
                    done = writer_done()  # before reading the log: what it committed is in this round
                    with self.sessions() as session:
                        rows = index_log.since(session, position, FAR_BEHIND)
                        ids = {r[1] for r in rows}
                        new = sorted(ids - seen)
                        later.update(ids & seen)
                        seen.update(new)
                        yield from self.indexer.documents(session, new)
                    if rows:
                        position = rows[-1][0]
                    elif done:
                        return
                    else:
                        time.sleep(POLL_SECONDS)

            log.info("search index: building alongside the writes")
            count = self.indexer.index.rebuild(d for d in documents() if d.active)
            self.indexer.sync(later)
            self._save(position)
            self.error = None
            return count
        finally:
            fh.close()

    def lag(self) -> Lag:
        known = self.position()
        with self.sessions() as session:
            rows, oldest = index_log.behind(session, known[0] if known else 0)
        seconds = (utcnow() - oldest).total_seconds() if oldest else 0.0
        return Lag(rows, round(max(seconds, 0.0), 3), self.error)

    # ---- the thread ------------------------------------------------------------------------

    def start(self) -> None:
        """Catch up now, then keep following in a thread until `stop`."""
        try:
            self.catch_up(wait=3600)
        except Exception:  # noqa: BLE001 - the server still answers; /health reports the error
            log.exception("search index: applying the change log on start failed")
        self._stop.clear()
        self._thread = threading.Thread(target=self._run, name="index-follower", daemon=True)
        self._thread.start()

    def _run(self) -> None:
        while not self._stop.wait(POLL_SECONDS):
            try:
                self.catch_up(wait=0)
                if time.monotonic() - self._pruned > 3600:
                    with self.sessions() as session:
                        index_log.prune(session)
                    self._pruned = time.monotonic()
            except Exception:  # noqa: BLE001 - kept in `error` for /health; the next round tries again
                log.exception("search index: applying the change log failed")

    def stop(self) -> None:
        self._stop.set()
        if self._thread is not None:
            self._thread.join(timeout=30)
            self._thread = None
