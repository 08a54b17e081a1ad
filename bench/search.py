"""Search performance at 10k and 100k services, side by side with an SQLite FTS5 baseline.

    python bench/search.py                    # 10k and 100k (reuses bench/data/ when present)
    python bench/search.py --quick            # 10k only, for iteration
    python bench/search.py --sizes 10000 --skip-http --no-write

Per size N it:
1. writes bench/data/national-<N/1000>k.json with bench/synthetic.py (seed 1), imports it through
   the real importer (`python -m sociale_kaart import hsds`) into bench/data/sk-<K>.db (SQLite);
   both are cached (delete bench/data/sk-<K>.db.done to redo the import);
2. reads the index documents from that database with the real `Indexer.documents` (what `reindex`
   and the server's follower index), times `SearchIndex.rebuild` on them into
   bench/data/idx-<K> (the directory the server uses) and the FTS5 baseline build
   (bench/fts5_baseline.py) from the same documents;
3. in a fresh worker process: turns the fixed 400-query mix into `Query`s with the app's own
   `to_query` (same gazetteer), warms both engines up, then times each query on both engines
   alternately (ours first on even queries, FTS5 first on odd) so load from other processes hits
   both alike; reports p50/p95/p99 per kind and overall, and peak RSS (getrusage);
4. over HTTP: the real app (uvicorn `sociale_kaart.asgi:create`, 1 worker) and the baseline app
   (bench/fts5_baseline.py serve, litestar + uvicorn, 1 worker) on loopback ports, httpx keep-alive,
   sequential, queries alternating between the two servers; VmHWM of each server;
5. write-to-visible: this process upserts a changed document into the index directory while the
   server (another process) is polled with a search for the new word; also through the API
   (PATCH /api/v1/services/{id} with an admin key, then search); and the same for FTS5;
6. profiles (pyinstrument) the query kinds that miss the in-process target, and writes the
   "## Search" section of bench/RESULTS.md (other sections are kept) plus raw JSON in bench/data/.
"""

from __future__ import annotations

import argparse
import datetime as dt
import gc
import json
import os
import platform
import random
import resource
import shutil
import signal
import socket
import statistics
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
BENCH = ROOT / "bench"
DATA = BENCH / "data"
for p in (str(ROOT), str(BENCH)):
    if p not in sys.path:
        sys.path.insert(0, p)
PY = sys.executable

TARGETS = {"inproc_p95_ms": 20.0, "http_p95_ms": 30.0, "build_s": 60.0, "visible_s": 1.0, "rss_mib": 1024.0}
KINDS = ("text", "text_near", "near", "filters")

# ---- the query mix ---------------------------------------------------------------------------

TEXT = [
    "hulp bij boodschappen", "schulden", "eenzaam", "klusjesman", "boodschappenhulp", "maatje", "dagbesteding",
    "geldzorgen", "huishoudelijke hulp", "vervoer naar het ziekenhuis", "taalcafé", "nederlands leren", "mantelzorg",
    "dementie", "somber", "depressie", "verslaving", "alcohol", "stoppen met roken", "juridisch advies",
    "huurachterstand", "verhuizen", "opvoeding", "scheiding", "huiselijk geweld", "maaltijd aan huis", "douchen",
    "wijkverpleging", "fysiotherapie", "vallen voorkomen", "bewegen voor ouderen", "vrijwilligerswerk", "repair café",
    "koffieochtend", "formulieren invullen", "belastingaangifte", "toeslagen", "voedselbank", "werk zoeken",
    "sollicitatie", "computercursus", "rolstoelvervoer", "woningaanpassing", "traplift", "rouw", "lotgenoten", "angst",
    "stress", "gokken", "slachtofferhulp", "reclassering", "jongerenwerk", "klussendienst", "boodschappendienst",
    "schuldhulpverlening", "thuisadministratie", "hulp met papieren", "burenhulp", "bezoek aan huis", "moestuin",
    "wandelen", "schuldenhulp", "hulp in het huishouden", "tafeltje dek je", "buurthuis", "inloop spreekuur",
    "eenzaamheid ouderen", "hulp bij post", "geld", "ik heb schulden en weet niet wat ik moet doen", "huisarts",
    "psychische klachten", "eensaam", "klusjesmn", "dementei", "boodschapen", "mantelzorger ontlasten",
    "hulp bij aankleden", "jongeren", "taalmaatje", "inburgering", "beschermd wonen", "nachtopvang", "energiecoach",
]
FILTER_TIERS = ("self_help", "social_network", "volunteer", "general", "tailored", "specialist")
FILTER_DOMAINS = ("finances", "work_education", "daytime_activities", "housing", "domestic_relations", "mental_health",
                  "physical_health", "substance_use", "basic_adl", "instrumental_adl", "social_network",
                  "social_participation", "justice")


def query_mix(n: int = 400, seed: int = 1) -> list[dict]:
    """Fixed, seeded mix of /api/v1/search parameter sets, a quarter of each kind."""
    from synthetic import areas

    rnd = random.Random(seed)
    pcs = [a["postcode"] for a in areas()]
    out = []
    per = n // 4
    for _ in range(per):
        out.append({"kind": "text", "q": rnd.choice(TEXT)})
    for _ in range(per):
        out.append({"kind": "text_near", "q": rnd.choice(TEXT), "near": rnd.choice(pcs), "radius_km": 10})
    for _ in range(per):
        out.append({"kind": "near", "near": rnd.choice(pcs)})
    for i in range(n - 3 * per):
        p: dict = {"kind": "filters"}
        if rnd.random() < 0.5:
            p["tier"] = rnd.sample(FILTER_TIERS, rnd.choice((1, 1, 2)))
        if rnd.random() < 0.5:
            p["life_domain"] = rnd.sample(FILTER_DOMAINS, rnd.choice((1, 1, 2)))
        if rnd.random() < 0.3:
            p["free"] = True
        if rnd.random() < 0.3:
            p["open_on"] = rnd.choice(("mo", "tu", "we", "th", "fr", "sa"))
        if rnd.random() < 0.2:
            p["wheelchair"] = True
        if rnd.random() < 0.25:
            p["age"] = rnd.choice((8, 16, 35, 70, 82))
        if len(p) == 1:
            p["tier"] = [rnd.choice(FILTER_TIERS)]
        r = rnd.random()
        if r < 0.25:
            p["q"] = rnd.choice(TEXT)
        elif r < 0.5:
            p["near"] = rnd.choice(pcs)
        out.append(p)
    rnd.shuffle(out)
    return out


def http_params(p: dict) -> list[tuple[str, str]]:
    out = []
    for k, v in p.items():
        if k == "kind":
            continue
        if isinstance(v, list):
            out += [(k, str(x)) for x in v]
        elif isinstance(v, bool):
            out.append((k, "true" if v else "false"))
        else:
            out.append((k, str(v)))
    return out


def to_queries(ctx, mix: list[dict]):
    from sociale_kaart.directory.schemas import convert
    from sociale_kaart.search.service import SearchParams, to_query

    qs = []
    for p in mix:
        params = convert({k: v for k, v in p.items() if k != "kind"}, SearchParams)
        qs.append(to_query(ctx, params)[0])
    return qs


# ---- helpers ---------------------------------------------------------------------------------


def say(msg: str) -> None:
    print(f"[{time.strftime('%H:%M:%S')}] {msg}", flush=True)


def pct(xs: list[float], q: float) -> float:
    if not xs:
        return float("nan")
    s = sorted(xs)
    k = (len(s) - 1) * q
    f = int(k)
    c = min(f + 1, len(s) - 1)
    return s[f] + (s[c] - s[f]) * (k - f)


def summary(xs: list[float]) -> dict:
    return {"n": len(xs), "p50": pct(xs, 0.5), "p95": pct(xs, 0.95), "p99": pct(xs, 0.99),
            "mean": statistics.fmean(xs) if xs else float("nan"), "max": max(xs) if xs else float("nan")}


def rss_mib_self() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def proc_status(pid: int) -> dict:
    out = {}
    try:
        for line in Path(f"/proc/{pid}/status").read_text().splitlines():
            if line.startswith(("VmHWM", "VmRSS", "RssAnon", "RssFile")):
                k, v = line.split(":")
                out[k] = int(v.split()[0]) / 1024
    except OSError:
        pass
    return out


def proc_cpu_ms(pid: int) -> float:
    """utime + stime of a process in ms (all its threads)."""
    try:
        f = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
        return (int(f[11]) + int(f[12])) * 1000 / os.sysconf("SC_CLK_TCK")
    except OSError:
        return float("nan")


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def label(n: int) -> str:
    return f"{n // 1000}k" if n % 1000 == 0 else str(n)


def paths(n: int) -> dict:
    k = label(n)
    return {"json": DATA / f"national-{k}.json", "db": DATA / f"sk-{k}.db", "done": DATA / f"sk-{k}.db.done",
            "idx": DATA / f"idx-{k}", "fts": DATA / f"fts-{k}.db", "k": k}


def settings_for(n: int):
    from sociale_kaart.settings import Settings

    p = paths(n)
    return Settings(database_url=f"sqlite:///{p['db']}", index_dir=p["idx"], log_requests=True)


def env_for(n: int) -> dict:
    p = paths(n)
    return {**os.environ, "SK_DATABASE_URL": f"sqlite:///{p['db']}", "SK_INDEX_DIR": str(p["idx"]),
            "PYTHONPATH": str(ROOT)}


def machine() -> dict:
    model = ""
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                model = line.split(":", 1)[1].strip()
                break
        mem = next(int(x.split()[1]) for x in Path("/proc/meminfo").read_text().splitlines() if x.startswith("MemTotal"))
    except (OSError, StopIteration):
        mem = 0
    try:
        commit = subprocess.run(["git", "-C", str(ROOT), "rev-parse", "--short", "HEAD"], capture_output=True, text=True).stdout.strip()
        dirty = subprocess.run(["git", "-C", str(ROOT), "status", "--porcelain", "search_index", "sociale_kaart", "importers"],
                               capture_output=True, text=True).stdout.strip()
    except OSError:
        commit, dirty = "?", ""
    return {"nproc": os.cpu_count(), "cpu": model, "ram_gib": round(mem / 2**20, 1), "python": platform.python_version(),
            "date": dt.datetime.now().strftime("%Y-%m-%d %H:%M"), "commit": commit,
            "dirty": len(dirty.splitlines()), "load": os.getloadavg()}


# ---- data preparation --------------------------------------------------------------------------


def prepare(n: int, info: dict) -> None:
    p = paths(n)
    DATA.mkdir(parents=True, exist_ok=True)
    if not p["json"].exists():
        say(f"{p['k']}: generating {p['json'].name}")
        import synthetic

        t = time.perf_counter()
        synthetic.write(p["json"], n, 1)
        info["generate_s"] = time.perf_counter() - t
    if not p["done"].exists():
        for x in (p["db"], Path(str(p["db"]) + "-wal"), Path(str(p["db"]) + "-shm")):
            x.unlink(missing_ok=True)
        shutil.rmtree(p["idx"], ignore_errors=True)
        env = env_for(n)
        subprocess.run([PY, "-m", "sociale_kaart", "init-db"], env=env, check=True, cwd=ROOT, capture_output=True)
        say(f"{p['k']}: importing {p['json'].name} through the real importer (slow at 100k; cached afterwards)")
        t = time.perf_counter()
        r = subprocess.run([PY, "-m", "sociale_kaart", "import", "hsds", str(p["json"])], env=env, cwd=ROOT,
                           capture_output=True, text=True)
        info["import_s"] = time.perf_counter() - t
        say(f"{p['k']}: import exit {r.returncode} in {info['import_s']:.0f} s: {r.stdout.strip().splitlines()[-1:] }")
        if r.returncode == 2:
            raise SystemExit(f"import failed:\n{r.stderr[-3000:]}")
        p["done"].write_text(json.dumps({"import_s": info["import_s"]}))
    else:
        try:
            info["import_s"] = json.loads(p["done"].read_text() or "{}").get("import_s")
        except ValueError:
            pass


def build(n: int, info: dict) -> None:
    """Index documents, then time SearchIndex.rebuild and the FTS5 build on them.

    The documents are the real ones, read from the imported database by `Indexer.documents`
    (what `reindex` and the server's follower index), so both engines see what a resident would."""
    import fts5_baseline
    from search_index import SearchIndex
    from sociale_kaart.context import Context

    p = paths(n)
    ctx = Context(settings_for(n))
    t = time.perf_counter()
    with ctx.sessions() as session:
        docs = [d for d in ctx.indexer.documents(session) if d.active]
    info["docs"] = len(docs)
    info["docs_s"] = time.perf_counter() - t
    say(f"{p['k']}: {len(docs)} active documents read from the database in {info['docs_s']:.1f} s")
    ctx.close()
    gc.collect()
    index = SearchIndex(p["idx"])
    c, t = time.process_time(), time.perf_counter()
    count = index.rebuild(iter(docs))
    info["build_s"] = time.perf_counter() - t
    info["build_cpu_s"] = time.process_time() - c
    index.close()
    say(f"{p['k']}: SearchIndex.rebuild of {count} docs: {info['build_s']:.1f} s")
    c, t = time.process_time(), time.perf_counter()
    fts5_baseline.build(p["fts"], docs)
    info["fts_build_s"] = time.perf_counter() - t
    info["fts_build_cpu_s"] = time.process_time() - c
    say(f"{p['k']}: FTS5 baseline build: {info['fts_build_s']:.1f} s")
    info["build_peak_rss_mib"] = rss_mib_self()
    info["index_bytes"] = sum(f.stat().st_size for f in p["idx"].rglob("*") if f.is_file())
    info["fts_bytes"] = p["fts"].stat().st_size
    (DATA / f"build-{p['k']}.json").write_text(json.dumps(info, indent=1))
    del docs
    gc.collect()


# ---- in-process worker ---------------------------------------------------------------------------


def worker(n: int, nq: int, seed: int, profile_over: float | None, out: Path) -> None:
    """Runs in a fresh process: both engines over the same Query objects, alternating."""
    import fts5_baseline
    from search_index import SearchIndex
    from sociale_kaart.context import Context

    p = paths(n)
    ctx = Context(settings_for(n))
    mix = query_mix(nq, seed)
    queries = to_queries(ctx, mix)
    warm = to_queries(ctx, query_mix(40, seed + 100))
    base_rss = rss_mib_self()
    t = time.perf_counter()
    index = SearchIndex(p["idx"])
    index.warm()  # as a serving process does at its start (Context.warm)
    open_s = time.perf_counter() - t
    for q in warm:
        index.search(q)
    ours_rss = rss_mib_self()
    fts = fts5_baseline.FtsSearch(p["fts"])
    for q in warm:
        fts.search(q)
    rows = []
    pc = time.perf_counter
    tc = time.thread_time
    for i, (m, q) in enumerate(zip(mix, queries)):
        order = ("ours", "fts") if i % 2 == 0 else ("fts", "ours")
        rec = {"kind": m["kind"]}
        for eng in order:
            if eng == "ours":
                c0, t0 = tc(), pc()
                r = index.search(q)
                rec["ours_ms"] = (pc() - t0) * 1000
                rec["ours_cpu_ms"] = (tc() - c0) * 1000
                rec["ours_total"] = r.total
            else:
                c0, t0 = tc(), pc()
                r2 = fts.search(q)
                rec["fts_ms"] = (pc() - t0) * 1000
                rec["fts_cpu_ms"] = (tc() - c0) * 1000
                rec["fts_total"] = r2["total"]
        rows.append(rec)
    result = {"rows": rows, "open_s": open_s, "rss_before_mib": base_rss, "rss_ours_mib": ours_rss,
              "rss_end_mib": rss_mib_self(), "profiles": {}}
    # profile the kinds whose p95 misses the target
    if profile_over is not None:
        try:
            from pyinstrument import Profiler
        except ImportError:
            Profiler = None
        for kind in KINDS:
            xs = [r["ours_ms"] for r in rows if r["kind"] == kind]
            if Profiler is None or not xs or pct(xs, 0.95) <= profile_over:
                continue
            slow = sorted(((r["ours_ms"], i) for i, r in enumerate(rows) if r["kind"] == kind), reverse=True)
            picked = [queries[i] for _, i in slow[: max(10, len(slow) // 4)]]
            prof = Profiler(interval=0.0005)
            prof.start()
            for _ in range(3):
                for q in picked:
                    index.search(q)
            prof.stop()
            text = prof.output_text(unicode=False, color=False, show_all=False)
            (DATA / f"profile-{p['k']}-{kind}.txt").write_text(text)
            result["profiles"][kind] = {"text": text, "queries": [mix[i] for _, i in slow[:5]],
                                        "slowest_ms": [round(ms, 1) for ms, _ in slow[:5]]}
    # the HTTP handler's work minus HTTP: run_search (index search + loading the page from the DB)
    if profile_over is not None:
        try:
            from pyinstrument import Profiler

            from sociale_kaart.directory.schemas import convert
            from sociale_kaart.search.service import SearchParams, run_search

            ctx.__dict__["index"] = index  # share the warm index
            params = [convert({k: v for k, v in m.items() if k != "kind"}, SearchParams) for m in mix[:100]]
            for prm in params[:10]:
                run_search(ctx, prm)
            times = []
            prof = Profiler(interval=0.0005)
            prof.start()
            for prm in params:
                t0 = pc()
                run_search(ctx, prm)
                times.append((pc() - t0) * 1000)
            prof.stop()
            text = prof.output_text(unicode=False, color=False, show_all=False)
            (DATA / f"profile-{p['k']}-run_search.txt").write_text(text)
            result["run_search"] = {"p50": pct(times, 0.5), "p95": pct(times, 0.95), "text": text}
        except Exception as exc:  # noqa: BLE001 - diagnostics only
            result["run_search"] = {"error": repr(exc)}
    out.write_text(json.dumps(result))
    index.close()
    ctx.__dict__.pop("index", None)
    ctx.close()


def run_worker(n: int, nq: int, seed: int, profile_over: float | None) -> dict:
    out = DATA / f"inproc-{label(n)}.json"
    cmd = [PY, str(Path(__file__).resolve()), "--worker", str(n), "--queries", str(nq), "--seed", str(seed)]
    if profile_over is not None:
        cmd += ["--profile-over", str(profile_over)]
    subprocess.run(cmd, check=True, cwd=ROOT, env={**os.environ, "PYTHONPATH": str(ROOT)})
    return json.loads(out.read_text())


def by_kind(rows: list[dict], key: str) -> dict:
    out = {"all": summary([r[key] for r in rows])}
    for k in KINDS:
        out[k] = summary([r[key] for r in rows if r["kind"] == k])
    return out


# ---- HTTP -----------------------------------------------------------------------------------------


class Server:
    def __init__(self, name: str, cmd: list[str], env: dict, port: int, log: Path):
        self.name, self.port = name, port
        self.log = log.open("w")
        self.proc = subprocess.Popen(cmd, env=env, cwd=ROOT, stdout=self.log, stderr=subprocess.STDOUT)
        self.base = f"http://127.0.0.1:{port}"

    def wait(self, client, timeout: float = 300) -> float:
        t = time.perf_counter()
        while time.perf_counter() - t < timeout:
            if self.proc.poll() is not None:
                raise RuntimeError(f"{self.name} server exited with {self.proc.returncode}; see {self.log.name}")
            try:
                if client.get(self.base + "/health", timeout=2).status_code == 200:
                    return time.perf_counter() - t
            except Exception:  # noqa: BLE001 - not up yet
                pass
            time.sleep(0.1)
        raise RuntimeError(f"{self.name} server did not come up")

    def stop(self) -> None:
        if self.proc.poll() is None:
            self.proc.send_signal(signal.SIGINT)
            try:
                self.proc.wait(10)
            except subprocess.TimeoutExpired:
                self.proc.kill()
                self.proc.wait()
        self.log.close()


def http_bench(n: int, nq: int, seed: int, info: dict, write: bool) -> dict:
    import httpx

    p = paths(n)
    mix = query_mix(nq, seed)
    warm = query_mix(40, seed + 100)
    env = env_for(n)
    ours = Server("ours", [PY, "-m", "uvicorn", "sociale_kaart.asgi:create", "--factory", "--host", "127.0.0.1",
                           "--port", str(free_port()), "--workers", "1", "--log-level", "warning", "--no-access-log"],
                  env, 0, DATA / f"server-ours-{p['k']}.log")
    ours.port = int(ours.proc.args[ours.proc.args.index("--port") + 1])
    ours.base = f"http://127.0.0.1:{ours.port}"
    fport = free_port()
    fts = Server("fts5", [PY, str(BENCH / "fts5_baseline.py"), "serve", "--fts", str(p["fts"]), "--gazetteer-db",
                          str(p["db"]), "--port", str(fport)], env, fport, DATA / f"server-fts-{p['k']}.log")
    res: dict = {}
    try:
        with httpx.Client(timeout=60) as c_ours, httpx.Client(timeout=60) as c_fts:
            res["ours_startup_s"] = ours.wait(c_ours)
            res["fts_startup_s"] = fts.wait(c_fts)
            res["ours_rss_idle_mib"] = proc_status(ours.proc.pid).get("VmRSS")
            for m in warm:
                c_ours.get(ours.base + "/api/v1/search", params=http_params(m))
                c_fts.get(fts.base + "/api/v1/search", params=http_params(m))
            rows = []
            pc = time.perf_counter
            errors = 0
            for i, m in enumerate(mix):
                rec = {"kind": m["kind"]}
                order = ((c_ours, ours, "ours"), (c_fts, fts, "fts")) if i % 2 == 0 else ((c_fts, fts, "fts"), (c_ours, ours, "ours"))
                for client, srv, key in order:
                    c0 = proc_cpu_ms(srv.proc.pid)
                    t0 = pc()
                    r = client.get(srv.base + "/api/v1/search", params=http_params(m))
                    rec[f"{key}_ms"] = (pc() - t0) * 1000
                    rec[f"{key}_cpu_ms"] = proc_cpu_ms(srv.proc.pid) - c0
                    if r.status_code != 200:
                        errors += 1
                        rec[f"{key}_total"] = None
                    else:
                        rec[f"{key}_total"] = r.json()["total"]
                rows.append(rec)
            res["rows"] = rows
            res["errors"] = errors
            res["ours_mem"] = proc_status(ours.proc.pid)
            res["fts_mem"] = proc_status(fts.proc.pid)
            if write:
                res["visible"] = write_to_visible(n, c_ours, ours.base, c_fts, fts.base)
                res["ours_mem_after_writes"] = proc_status(ours.proc.pid)
    finally:
        ours.stop()
        fts.stop()
    return res


def write_to_visible(n: int, client, base: str, fclient, fbase: str, rounds: int = 5) -> dict:
    """Process A (this one) writes; process B (the server) must show it in a search."""
    import sqlite3

    import msgspec

    from search_index import SearchIndex
    from sociale_kaart.context import Context
    from sociale_kaart.directory import models as m
    from sqlalchemy import select

    p = paths(n)
    out: dict = {"index_upsert": [], "index_visible": [], "api_patch": [], "api_visible": [], "fts_write": [], "fts_visible": []}
    ctx = Context(settings_for(n))
    with ctx.sessions() as session:
        ids = list(session.scalars(select(m.Service.id).where(m.Service.status == "active").order_by(m.Service.id).limit(rounds * 3)))
        docs = {d.id: d for d in ctx.indexer.documents(session, ids)}
    index = SearchIndex(p["idx"])

    def poll(c, url, word, deadline=10.0) -> float | None:
        t0 = time.perf_counter()
        while time.perf_counter() - t0 < deadline:
            r = c.get(url + "/api/v1/search", params={"q": word})
            if r.status_code == 200 and r.json()["total"] >= 1:
                return time.perf_counter()
            time.sleep(0.005)
        return None

    # 1. search_index upsert in this process, search in the server process
    for i in range(rounds):
        doc = docs[ids[i]]
        word = f"zichtbaarheidstoets{n}x{i}q{int(time.time())}"
        changed = msgspec.structs.replace(doc, name=doc.name + " " + word, version=doc.version[:8] + "bench")
        t0 = time.perf_counter()
        index.upsert([changed])
        t1 = time.perf_counter()
        seen = poll(client, base, word)
        out["index_upsert"].append(t1 - t0)
        out["index_visible"].append(None if seen is None else seen - t0)
        index.upsert([doc])  # put the original back
    # where the time goes: a second SearchIndex (a reader, like the server) refreshing after one upsert
    try:
        from pyinstrument import Profiler

        reader = SearchIndex(p["idx"])
        reader.refresh()
        doc = docs[ids[0]]
        index.upsert([msgspec.structs.replace(doc, version=doc.version[:8] + "prof")])
        prof = Profiler(interval=0.0005)
        prof.start()
        t0 = time.perf_counter()
        reader.refresh()
        out["reader_refresh_s"] = time.perf_counter() - t0
        prof.stop()
        from search_index import Query

        t0 = time.perf_counter()
        reader.search(Query(q="boodschappen"))
        out["first_search_after_refresh_s"] = time.perf_counter() - t0
        out["refresh_profile"] = prof.output_text(unicode=False, color=False, show_all=False)
        (DATA / f"profile-{p['k']}-refresh.txt").write_text(out["refresh_profile"])
        index.upsert([doc])
        reader.close()
    except Exception as exc:  # noqa: BLE001 - diagnostics only
        out["refresh_profile_error"] = repr(exc)
    index.close()
    say(f"{label(n)}: write-to-visible (index upsert here, search in the server): upsert {[round(x, 3) for x in out['index_upsert']]} s, "
        f"visible {[x if x is None else round(x, 3) for x in out['index_visible']]} s")

    # 2. through the API: PATCH a service, then search (the server writes the DB and updates its index)
    try:
        r = subprocess.run([PY, "-m", "sociale_kaart", "create-key", "--role", "admin", "--name", "bench"], env=env_for(n),
                           cwd=ROOT, capture_output=True, text=True, check=True)
        key = r.stdout.strip().splitlines()[-1]
        for i in range(rounds):
            sid = ids[rounds + i]
            word = f"apitoets{n}x{i}q{int(time.time())}"
            name = docs[sid].name
            t0 = time.perf_counter()
            r = client.patch(f"{base}/api/v1/services/{sid}", json={"name": f"{name} {word}"},
                             headers={"Authorization": f"Bearer {key}"})
            t1 = time.perf_counter()
            if r.status_code >= 300:
                out["api_error"] = f"PATCH {r.status_code}: {r.text[:300]}"
                break
            seen = poll(client, base, word)
            out["api_patch"].append(t1 - t0)
            out["api_visible"].append(None if seen is None else seen - t0)
            client.patch(f"{base}/api/v1/services/{sid}", json={"name": name}, headers={"Authorization": f"Bearer {key}"})
    except Exception as exc:  # noqa: BLE001 - reported, the rest of the bench goes on
        out["api_error"] = repr(exc)[:300]
    say(f"{label(n)}: write-to-visible through the API: PATCH {[round(x, 3) for x in out['api_patch']]} s, "
        f"visible {[x if x is None else round(x, 3) for x in out['api_visible']]} s {out.get('api_error', '')}")

    # 3. FTS5: update a row here, search in the baseline server
    con = sqlite3.connect(p["fts"])
    for i in range(rounds):
        word = f"ftstoets{n}x{i}q{int(time.time())}"
        row = i + 1
        name, kw, org, desc = con.execute("SELECT name, kw, org, desc FROM fts WHERE rowid = ?", (row,)).fetchone()
        t0 = time.perf_counter()
        con.execute("DELETE FROM fts WHERE rowid = ?", (row,))
        con.execute("INSERT INTO fts(rowid, name, kw, org, desc) VALUES (?,?,?,?,?)", (row, f"{name} {word}", kw, org, desc))
        con.commit()
        t1 = time.perf_counter()
        seen = poll(fclient, fbase, word)
        out["fts_write"].append(t1 - t0)
        out["fts_visible"].append(None if seen is None else seen - t0)
        con.execute("DELETE FROM fts WHERE rowid = ?", (row,))
        con.execute("INSERT INTO fts(rowid, name, kw, org, desc) VALUES (?,?,?,?,?)", (row, name, kw, org, desc))
        con.commit()
    con.close()
    ctx.close()
    return out


# ---- report ----------------------------------------------------------------------------------------


def fmt(x, unit="", nd=1) -> str:
    if x is None or (isinstance(x, float) and x != x):
        return "–"
    return f"{x:.{nd}f}{unit}"


def verdict(value, target, lower_is_better=True) -> str:
    if value is None or value != value:
        return "not measured"
    if value <= target:
        return f"met ({value / target * 100:.0f}% of target)"
    return f"**missed** by {value - target:.1f} ({value / target:.1f}x)"


def report(results: dict) -> str:
    mc = results["machine"]
    L = ["## Search", "",
         f"Run {mc['date']} with `python bench/search.py {results['argv']}` on {mc['nproc']} × {mc['cpu']}, "
         f"{mc['ram_gib']} GiB RAM, Python {mc['python']}; commit {mc['commit']}"
         + (f" plus {mc['dirty']} uncommitted files in search_index/, sociale_kaart/, importers/ (work in progress of other engineers)" if mc["dirty"] else "")
         + f". Load average at start {', '.join(f'{x:.1f}' for x in mc['load'])} (the machine is shared; "
         "both engines are timed alternately query by query so they see the same load).", "",
         "Data: bench/synthetic.py (seed 1) imported through the real importer into SQLite (what the HTTP endpoint reads); "
         "index documents read from it by the real `Indexer.documents`; the FTS5 baseline (bench/fts5_baseline.py) is built from the same documents. "
         f"Query mix: {results['queries']} fixed seeded queries, a quarter each of text only, text + near (PC4, 10 km), "
         "near only (sorted by distance), filters/facets (tier, life_domain, free, open_on, wheelchair, age; a quarter "
         "with words, a quarter near a PC4); every answer has total, tier and life-domain facets and a page of 20. "
         "In-process = `SearchIndex.search(Query)` on a searcher warmed as a server warms it at its start (`SearchIndex.warm()`, then 40 warm-up queries of another seed) vs. `FtsSearch.search(Query)`; "
         "HTTP = `GET /api/v1/search` on the real app (uvicorn, 1 worker, SQLite; what a result shows comes from the index payload, no DB read per search) vs. the "
         "same endpoint over FTS5 (litestar, 1 worker), httpx keep-alive, sequential.", ""]
    big = [r for n, r in results["sizes"].items() if int(n) >= 100_000]
    if big:
        r = big[-1]
        b, ip, hp = r["build"], r.get("inproc", {}), r.get("http", {})
        vis = hp.get("visible", {})
        iv = [x for x in vis.get("index_visible", []) if x is not None]
        av = [x for x in vis.get("api_visible", []) if x is not None]
        rows = [
            ("search p95 in-process (wall) ≤ 20 ms", ip.get("ours", {}).get("all", {}).get("p95"), TARGETS["inproc_p95_ms"]),
            ("search p95 in-process (CPU time) ≤ 20 ms", ip.get("ours_cpu", {}).get("all", {}).get("p95"), TARGETS["inproc_p95_ms"]),
            ("search p95 over HTTP (wall) ≤ 30 ms", hp.get("ours", {}).get("all", {}).get("p95"), TARGETS["http_p95_ms"]),
            ("index build (wall) ≤ 60 s", b.get("build_s"), TARGETS["build_s"]),
            ("write-to-visible (worst of upserts from another process and API PATCHes) ≤ 1 s",
             max(iv + av) if iv or av else None, TARGETS["visible_s"]),
            ("serving process ≤ 1 GiB after the mix", hp.get("ours_mem", {}).get("VmHWM"), TARGETS["rss_mib"]),
            ("serving process ≤ 1 GiB after 10 writes", hp.get("ours_mem_after_writes", {}).get("VmHWM"), TARGETS["rss_mib"]),
        ]
        L += ["Targets at 100k (this run):", ""]
        for name, v, t in rows:
            L.append(f"- {name}: {fmt(v)} → {verdict(v, t)}")
        if ip.get("ours") and ip.get("fts"):
            L.append(f"- no slower than FTS5 (p95 of the mix): in-process {fmt(ip['ours']['all']['p95'])} vs {fmt(ip['fts']['all']['p95'])} ms"
                     + (f", HTTP {fmt(hp['ours']['all']['p95'])} vs {fmt(hp['fts']['all']['p95'])} ms" if hp.get("ours") else "")
                     + (" → met" if ip["ours"]["all"]["p95"] <= ip["fts"]["all"]["p95"] and (not hp.get("ours") or hp["ours"]["all"]["p95"] <= hp["fts"]["all"]["p95"]) else " → **missed**"))
        L.append("")
    for n, r in results["sizes"].items():
        b, ip, hp = r["build"], r.get("inproc"), r.get("http")
        L += [f"### {label(int(n))} services ({b.get('docs', '?')} active documents)", ""]
        if r.get("load"):
            L += [f"Load average when the in-process run started: {r['load'][0]:.1f}; when the HTTP run started: "
                  f"{r.get('load_http', [float('nan')])[0]:.1f}.", ""]
        L += ["| metric | search_index (ours) | FTS5 baseline | target (100k) | verdict (ours) |", "|---|---|---|---|---|"]
        big = int(n) >= 100_000
        if ip:
            o, f = ip["ours"], ip["fts"]
            for kind in ("all",) + KINDS:
                name = "mix" if kind == "all" else kind
                tgt = "p95 ≤ 20 ms and ≤ FTS5 p95" if kind == "all" else ""
                v = ""
                if kind == "all":
                    v = verdict(o[kind]["p95"], TARGETS["inproc_p95_ms"]) if big else f"(100k target) {verdict(o[kind]['p95'], TARGETS['inproc_p95_ms'])}"
                    v += "; " + ("faster than FTS5" if o[kind]["p95"] <= f[kind]["p95"] else f"**slower than FTS5** ({o[kind]['p95'] / f[kind]['p95']:.1f}x)")
                L.append(f"| in-process {name} p50 / p95 / p99 ms | {fmt(o[kind]['p50'])} / {fmt(o[kind]['p95'])} / {fmt(o[kind]['p99'])} "
                         f"| {fmt(f[kind]['p50'])} / {fmt(f[kind]['p95'])} / {fmt(f[kind]['p99'])} | {tgt} | {v} |")
        if ip and "ours_cpu" in ip:
            o, f = ip["ours_cpu"], ip["fts_cpu"]
            for kind in ("all",) + KINDS:
                name = "mix" if kind == "all" else kind
                L.append(f"| in-process {name} **CPU time** p50 / p95 / p99 ms (thread_time; load-independent) | "
                         f"{fmt(o[kind]['p50'])} / {fmt(o[kind]['p95'])} / {fmt(o[kind]['p99'])} "
                         f"| {fmt(f[kind]['p50'])} / {fmt(f[kind]['p95'])} / {fmt(f[kind]['p99'])} | "
                         + ("(p95 ≤ 20 ms)" if kind == "all" else "") + " | "
                         + (verdict(o[kind]["p95"], TARGETS["inproc_p95_ms"]) if kind == "all" else "") + " |")
        if hp and "ours" in hp:
            o, f = hp["ours"], hp["fts"]
            for kind in ("all",) + KINDS:
                name = "mix" if kind == "all" else kind
                tgt = "p95 ≤ 30 ms and ≤ FTS5 p95" if kind == "all" else ""
                v = ""
                if kind == "all":
                    v = verdict(o[kind]["p95"], TARGETS["http_p95_ms"]) if big else f"(100k target) {verdict(o[kind]['p95'], TARGETS['http_p95_ms'])}"
                    v += "; " + ("faster than FTS5" if o[kind]["p95"] <= f[kind]["p95"] else f"**slower than FTS5** ({o[kind]['p95'] / f[kind]['p95']:.1f}x)")
                L.append(f"| HTTP {name} p50 / p95 / p99 ms | {fmt(o[kind]['p50'])} / {fmt(o[kind]['p95'])} / {fmt(o[kind]['p99'])} "
                         f"| {fmt(f[kind]['p50'])} / {fmt(f[kind]['p95'])} / {fmt(f[kind]['p99'])} | {tgt} | {v} |")
        if hp and "ours_cpu" in hp:
            o, f = hp["ours_cpu"], hp["fts_cpu"]
            L.append(f"| HTTP mix server **CPU time** per request mean / p95 ms (/proc utime+stime; 10 ms ticks, so the mean is the reliable figure) | "
                     f"{fmt(o['all']['mean'])} / {fmt(o['all']['p95'])} "
                     f"| {fmt(f['all']['mean'])} / {fmt(f['all']['p95'])} | (p95 ≤ 30 ms) | {verdict(o['all']['p95'], TARGETS['http_p95_ms'])} |")
        L.append(f"| index build s (`SearchIndex.rebuild` / FTS5 build, same documents) | {fmt(b.get('build_s'))} | {fmt(b.get('fts_build_s'))} "
                 f"| ≤ 60 s | {verdict(b.get('build_s'), TARGETS['build_s'])} |")
        if b.get("build_cpu_s") is not None:
            L.append(f"| index build **CPU** s (process_time) | {fmt(b['build_cpu_s'])} | {fmt(b.get('fts_build_cpu_s'))} | ≤ 60 s | "
                     f"{verdict(b['build_cpu_s'], TARGETS['build_s'])} |")
        if b.get("docs_s"):
            L.append(f"| documents read from the database (`Indexer.documents`) s | {fmt(b['docs_s'])} | (same documents) | | |")
        L.append(f"| index size MiB | {fmt(b.get('index_bytes', 0) / 2**20)} | {fmt(b.get('fts_bytes', 0) / 2**20)} | | |")
        if hp and hp.get("visible"):
            v = hp["visible"]
            iv = [x for x in v["index_visible"] if x is not None]
            av = [x for x in v["api_visible"] if x is not None]
            fv = [x for x in v["fts_visible"] if x is not None]
            worst = max(iv) if iv and len(iv) == len(v["index_visible"]) else None
            L.append(f"| write-to-visible s, upsert in another process → server search (median / max of {len(v['index_visible'])}) "
                     f"| {fmt(statistics.median(iv) if iv else None, nd=3)} / {fmt(worst, nd=3)} "
                     f"| {fmt(statistics.median(fv) if fv else None, nd=3)} / {fmt(max(fv) if fv else None, nd=3)} | ≤ 1 s | {verdict(worst, TARGETS['visible_s'])} |")
            L.append(f"| upsert of 1 document s (median) | {fmt(statistics.median(v['index_upsert']) if v['index_upsert'] else None, nd=3)} "
                     f"| {fmt(statistics.median(v['fts_write']) if v['fts_write'] else None, nd=3)} | | |")
            L.append(f"| write-to-visible s through the API: PATCH /services/{{id}} → search (median / max) "
                     f"| {fmt(statistics.median(av) if av else None, nd=3)} / {fmt(max(av) if av else None, nd=3)} | | ≤ 1 s | "
                     f"{verdict(max(av) if av and len(av) == len(v['api_visible']) and av else None, TARGETS['visible_s'])}"
                     + (f" ({v['api_error']})" if v.get("api_error") else "") + " |")
        if hp and hp.get("visible", {}).get("reader_refresh_s") is not None:
            v = hp["visible"]
            L.append(f"| refresh of a reader after 1 upsert s / its first search s (in this process) | {fmt(v['reader_refresh_s'], nd=3)} / "
                     f"{fmt(v.get('first_search_after_refresh_s'), nd=3)} | | | |")
        if ip and ip.get("run_search", {}).get("p50") is not None:
            L.append(f"| `run_search` in-process (index + page names from the DB, no HTTP) p50 / p95 ms, first 100 queries "
                     f"| {fmt(ip['run_search']['p50'])} / {fmt(ip['run_search']['p95'])} | | | |")
        if hp and "ours_mem" in hp:
            hwm = hp["ours_mem"].get("VmHWM")
            L.append(f"| serving process peak RSS MiB (VmHWM after the mix) | {fmt(hwm, nd=0)} | {fmt(hp['fts_mem'].get('VmHWM'), nd=0)} "
                     f"| ≤ 1024 MiB | {verdict(hwm, TARGETS['rss_mib'])} |")
            if "RssAnon" in hp["ours_mem"]:
                L.append(f"| … anonymous / file-backed MiB after the mix | {fmt(hp['ours_mem']['RssAnon'], nd=0)} / {fmt(hp['ours_mem'].get('RssFile'), nd=0)} "
                         f"| {fmt(hp['fts_mem'].get('RssAnon'), nd=0)} / {fmt(hp['fts_mem'].get('RssFile'), nd=0)} | | |")
            if hp.get("ours_mem_after_writes"):
                hw2 = hp["ours_mem_after_writes"].get("VmHWM")
                L.append(f"| serving process peak RSS MiB after the 10 writes (5 upserts from another process, 5 PATCHes) | {fmt(hw2, nd=0)} | | ≤ 1024 MiB | "
                         f"{verdict(hw2, TARGETS['rss_mib'])} |")
                mw = hp["ours_mem_after_writes"]
                if "RssAnon" in mw:
                    L.append(f"| … of which now resident: anonymous (heap) / file-backed (mmapped index files, counted once per mapping) MiB "
                             f"| {fmt(mw['RssAnon'], nd=0)} / {fmt(mw.get('RssFile'), nd=0)} | | | |")
            L.append(f"| server start until /health answers s | {fmt(hp.get('ours_startup_s'))} | {fmt(hp.get('fts_startup_s'))} | | |")
        if ip:
            L.append(f"| in-process bench peak RSS MiB (getrusage; ours opened + warm / end, both engines) "
                     f"| {fmt(ip['rss_ours_mib'], nd=0)} / {fmt(ip['rss_end_mib'], nd=0)} | | | |")
            L.append(f"| opening and warming the index (SearchIndex(), warm()) s | {fmt(ip['open_s'], nd=2)} | | | |")
            L.append(f"| mean total per answer (ours / FTS5) | {fmt(ip['ours_mean_total'], nd=0)} | {fmt(ip['fts_mean_total'], nd=0)} | | |")
        if b.get("import_s"):
            L.append(f"| import through the real importer s (informational, cached between runs) | {fmt(b['import_s'], nd=0)} | | | |")
        L.append("")
        if hp and hp.get("errors"):
            L += [f"HTTP errors: {hp['errors']} non-200 answers.", ""]
        if ip and ip.get("profiles"):
            L += [f"Profiles (pyinstrument, slowest quarter of each kind whose in-process p95 > {TARGETS['inproc_p95_ms']:.0f} ms, 3 passes; "
                  f"full text in bench/data/profile-{label(int(n))}-KIND.txt):", ""]
            for kind, pr in ip["profiles"].items():
                L += [f"`{kind}`: slowest {pr['slowest_ms']} ms, e.g. {json.dumps(pr['queries'][:3], ensure_ascii=False)}", "",
                      "```", *trim_profile(pr["text"]), "```", ""]
        if ip and ip.get("run_search", {}).get("text"):
            L += ["`run_search` (what the HTTP handler does besides HTTP), first 100 queries of the mix:", "",
                  "```", *trim_profile(ip["run_search"]["text"], 40), "```", ""]
        if hp and hp.get("visible", {}).get("refresh_profile"):
            L += ["Reader refresh after one upsert (what the server does before a write becomes visible):", "",
                  "```", *trim_profile(hp["visible"]["refresh_profile"], 30), "```", ""]
    notes = BENCH / "search_notes.md"
    if notes.exists():
        L += ["", notes.read_text(encoding="utf-8").strip(), ""]
    return "\n".join(L) + "\n"


def trim_profile(text: str, lines: int = 45) -> list[str]:
    body = [ln for ln in text.splitlines() if ln.strip() and not ln.startswith(("  _", " /_", "/   _"))]
    keep = []
    for ln in body:
        keep.append(ln)
        if len(keep) >= lines:
            break
    return keep


def write_results_md(section: str) -> None:
    path = BENCH / "RESULTS.md"
    head = ("# Benchmark results\n\nOne `##` section per bench (bench/search.py, bench/import_bench.py, "
            "bench/resolver_bench.py, bench/web_bench.py); each bench rewrites only its own section.\n\n")
    text = path.read_text(encoding="utf-8") if path.exists() else head
    start = text.find("## Search\n")
    if start < 0:
        text = text.rstrip("\n") + "\n\n" + section
    else:
        nxt = text.find("\n## ", start + 1)
        text = text[:start] + section + ("" if nxt < 0 else "\n" + text[nxt + 1:])
    path.write_text(text, encoding="utf-8")


def main() -> None:
    ap = argparse.ArgumentParser(description="Search performance vs. an SQLite FTS5 baseline")
    ap.add_argument("--sizes", default="10000,100000")
    ap.add_argument("--quick", action="store_true", help="10k only")
    ap.add_argument("--queries", type=int, default=400)
    ap.add_argument("--seed", type=int, default=1)
    ap.add_argument("--skip-http", action="store_true")
    ap.add_argument("--no-write", action="store_true", help="skip write-to-visible")
    ap.add_argument("--no-rebuild", action="store_true", help="reuse the index and FTS5 database of a previous run")
    ap.add_argument("--no-profile", action="store_true")
    ap.add_argument("--no-report", action="store_true", help="do not touch bench/RESULTS.md")
    ap.add_argument("--worker", type=int, help=argparse.SUPPRESS)
    ap.add_argument("--profile-over", type=float, help=argparse.SUPPRESS)
    a = ap.parse_args()
    if a.worker:
        worker(a.worker, a.queries, a.seed, a.profile_over, DATA / f"inproc-{label(a.worker)}.json")
        return
    sizes = [10_000] if a.quick else [int(x) for x in a.sizes.split(",") if x]
    started = time.perf_counter()
    results = {"machine": machine(), "queries": a.queries, "argv": " ".join(sys.argv[1:]), "sizes": {}}
    say(f"machine: {results['machine']}")
    for n in sizes:
        info: dict = {}
        prepare(n, info)
        old = DATA / f"build-{label(n)}.json"
        if a.no_rebuild and old.exists():
            info.update({k: v for k, v in json.loads(old.read_text()).items() if k != "import_s"})
        else:
            build(n, info)
        entry = {"build": info, "load": os.getloadavg()}
        say(f"{label(n)}: in-process run ({a.queries} queries, both engines alternating)")
        w = run_worker(n, a.queries, a.seed, None if a.no_profile else TARGETS["inproc_p95_ms"])
        ip = {"ours": by_kind(w["rows"], "ours_ms"), "fts": by_kind(w["rows"], "fts_ms"), "open_s": w["open_s"],
              "ours_cpu": by_kind(w["rows"], "ours_cpu_ms"), "fts_cpu": by_kind(w["rows"], "fts_cpu_ms"),
              "run_search": w.get("run_search", {}),
              "rss_ours_mib": w["rss_ours_mib"], "rss_end_mib": w["rss_end_mib"], "profiles": w["profiles"],
              "ours_mean_total": statistics.fmean(r["ours_total"] for r in w["rows"]),
              "fts_mean_total": statistics.fmean(r["fts_total"] for r in w["rows"])}
        entry["inproc"] = ip
        say(f"{label(n)}: in-process p50/p95/p99 ours {ip['ours']['all']['p50']:.1f}/{ip['ours']['all']['p95']:.1f}/{ip['ours']['all']['p99']:.1f} ms, "
            f"FTS5 {ip['fts']['all']['p50']:.1f}/{ip['fts']['all']['p95']:.1f}/{ip['fts']['all']['p99']:.1f} ms")
        for k in KINDS:
            say(f"    {k:10s} ours p95 {ip['ours'][k]['p95']:7.1f} ms   FTS5 p95 {ip['fts'][k]['p95']:7.1f} ms")
        if not a.skip_http:
            say(f"{label(n)}: HTTP run")
            entry["load_http"] = os.getloadavg()
            h = http_bench(n, a.queries, a.seed, info, not a.no_write)
            hp = {k: v for k, v in h.items() if k != "rows"}
            if h.get("rows"):
                hp["ours"] = by_kind(h["rows"], "ours_ms")
                hp["fts"] = by_kind(h["rows"], "fts_ms")
                hp["ours_cpu"] = by_kind(h["rows"], "ours_cpu_ms")
                hp["fts_cpu"] = by_kind(h["rows"], "fts_cpu_ms")
                mism = sum(1 for r, x in zip(h["rows"], w["rows"]) if r["ours_total"] != x["ours_total"])
                hp["total_mismatch_vs_inproc"] = mism
                say(f"{label(n)}: HTTP p50/p95/p99 ours {hp['ours']['all']['p50']:.1f}/{hp['ours']['all']['p95']:.1f}/{hp['ours']['all']['p99']:.1f} ms, "
                    f"FTS5 {hp['fts']['all']['p50']:.1f}/{hp['fts']['all']['p95']:.1f}/{hp['fts']['all']['p99']:.1f} ms; "
                    f"server VmHWM {hp['ours_mem'].get('VmHWM', 0):.0f} MiB; totals differing from in-process: {mism}")
            entry["http"] = hp
        results["sizes"][str(n)] = entry
        (DATA / f"results-{label(n)}.json").write_text(json.dumps(entry, indent=1))
    results["elapsed_s"] = time.perf_counter() - started
    (DATA / "results.json").write_text(json.dumps(results, indent=1))
    section = report(results)
    if not a.no_report:
        write_results_md(section)
    print(section)
    say(f"done in {results['elapsed_s'] / 60:.1f} min")


if __name__ == "__main__":
    main()
