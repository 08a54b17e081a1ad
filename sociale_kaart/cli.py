"""The one command line for every operator task: `python -m sociale_kaart COMMAND --help`."""

from __future__ import annotations

import argparse
import json
import os
from contextlib import nullcontext
from pathlib import Path

from rich.console import Console
from rich.progress import (
    BarColumn, MofNCompleteColumn, Progress, ProgressColumn, TextColumn, TimeElapsedColumn, TimeRemainingColumn,
)
from rich.table import Table
from rich.text import Text
from sqlalchemy import case, func, select
from sqlalchemy.exc import OperationalError, ProgrammingError

from sociale_kaart.settings import Settings

err = Console(stderr=True)
out = Console()
DEMO_DATA = Path(__file__).parent / "demo" / "huizen.json"


class Failure(Exception):
    """A clear message for the operator and a non-zero exit status."""

    def __init__(self, message: str, code: int = 2):
        super().__init__(message)
        self.code = code


class RateColumn(ProgressColumn):
    """Records a second."""

    def render(self, task) -> Text:
        return Text(f"{task.speed:,.0f}/s" if task.speed else "", style="progress.data.speed")


def progress(description: str, total: int | None = None, *, quiet: bool = False) -> Progress:
    """A bar on stderr with count, rate, time taken and time left (only on a terminal)."""
    return Progress(TextColumn(description), BarColumn(), MofNCompleteColumn(), RateColumn(), TimeElapsedColumn(),
                    TextColumn("left"), TimeRemainingColumn(), console=err, transient=False,
                    disable=quiet or not err.is_terminal)


def _context(settings: Settings, *, need_schema: bool = True):
    from sociale_kaart.context import Context

    ctx = Context(settings)
    if need_schema and not ctx.database_ready():
        raise Failure(f"The database at {_safe_url(settings.database_url)} is not ready. Run `python -m sociale_kaart init-db` first.")
    return ctx


def _safe_url(url: str) -> str:
    from sqlalchemy.engine import make_url

    try:
        return make_url(url).render_as_string(hide_password=True)
    except Exception:  # noqa: BLE001 - only for a message
        return "(unreadable URL)"


# ---- commands ----------------------------------------------------------------------------


def cmd_init_db(args, settings: Settings) -> int:
    from sociale_kaart.db import make_engine
    from sociale_kaart.migrate import init_db

    engine = make_engine(settings.database_url)
    try:
        init_db(engine)
    except OperationalError as exc:
        raise Failure(f"Cannot reach the database at {_safe_url(settings.database_url)}: {exc.orig}") from None
    finally:
        engine.dispose()
    err.print(f"Database ready: {_safe_url(settings.database_url)}")
    return 0


def cmd_demo(args, settings: Settings) -> int:
    from sociale_kaart.directory import models as m

    cmd_init_db(args, settings)
    ctx = _context(settings)
    with ctx.sessions() as session:
        count = session.scalar(select(func.count()).select_from(m.Service))
    if not count:
        err.print(f"Loading the demo municipality from {DEMO_DATA.name} ...")
        code = _import(ctx, "hsds", DEMO_DATA, source="demo", dry_run=False, report_file=None, rebuild=True)
        if code == 2:
            raise Failure("The demo data could not be loaded")
        _demo_accounts(ctx)
    else:
        err.print(f"The database already holds {count} services; the demo data is not loaded again.")
    ctx.close()
    if args.no_serve:
        return 0
    return _serve(settings, workers=1, demo=True)


def _demo_accounts(ctx) -> None:
    """Sign-ins for trying the partner pages; the login page shows them in demo mode only."""
    from sociale_kaart.directory import models as m
    from sociale_kaart.partners.service import DEMO_CONSULTANTS, DEMO_EDITOR, DEMO_PARTNER, DEMO_TEAM, create_account

    with ctx.sessions() as session:
        org = session.scalar(select(m.Organization.id).join(m.Service).group_by(m.Organization.id)
                             .order_by(func.count().desc(), m.Organization.id).limit(1))
        create_account(session, DEMO_PARTNER[0], "partner", org, DEMO_PARTNER[1])
        create_account(session, DEMO_EDITOR[0], "editor", None, DEMO_EDITOR[1])
        for email, password in DEMO_CONSULTANTS:
            create_account(session, email, "consultant", None, password, team=DEMO_TEAM)
    _demo_cases(ctx)
    _demo_referral(ctx)
    from sociale_kaart.editors.demo import demo_workspace

    demo_workspace(ctx)


def _demo_cases(ctx) -> None:
    """Two example households of the demo team, so a newcomer can walk an intake at once."""
    from sociale_kaart.cases import schemas as cs
    from sociale_kaart.cases.service import Cases
    from sociale_kaart.directory import models as m
    from sociale_kaart.partners.service import DEMO_CONSULTANTS, DEMO_TEAM, Actor

    me, colleague = (Actor(f"account:{email}", "consultant", None, DEMO_TEAM) for email, _ in DEMO_CONSULTANTS)
    with ctx.sessions() as session:
        cases = Cases(ctx, session, me)
        widow = cases.create(cs.CaseIn(code="HH-DEMO-001", postcode="1271", members=[cs.Member(role="resident", age=78)],
                                       network_available=False, budget="low", max_distance_km=3))
        cases.set_domain(widow.id, "instrumental_adl", cs.DomainIn(
            zrm=2, question="Sinds mijn heupoperatie kan ik zelf geen boodschappen meer doen.",
            own_strength="Koken en de was lukken nog, langzaam."))
        cases.set_domain(widow.id, "social_network", cs.DomainIn(
            zrm=2, question="Sinds mijn man is overleden zie ik bijna niemand meer. Ik wil graag mensen ontmoeten.",
            network="Een nicht belt eens per maand."))
        family = cases.create(cs.CaseIn(code="HH-DEMO-002", postcode="1275",
                                        members=[cs.Member(role="resident", age=42), cs.Member(role="partner", age=44),
                                                 cs.Member(role="child", age=9), cs.Member(role="child", age=13)],
                                        network_available=True, budget="free", max_distance_km=5))
        cases.set_domain(family.id, "finances", cs.DomainIn(
            zrm=2, question="We komen niet rond en de rekeningen stapelen zich op. Ik durf de post niet meer open te maken.",
            own_strength="Mijn partner houdt de bankzaken bij.", network="Mijn zus wil helpen met de papieren."))
        cases.set_domain(family.id, "daytime_activities", cs.DomainIn(zrm=3, question="De kinderen willen graag sporten, maar dat kost geld."))
        tailored = session.scalar(select(m.Service).join(m.ServiceLifeDomain).where(
            m.Service.tier == "tailored", m.Service.status == "active", m.ServiceLifeDomain.code == "instrumental_adl")
            .order_by(case((m.Service.name.ilike("%huishoud%"), 0), else_=1), m.Service.name).limit(1))
        if tailored is not None:  # a colleague's proposal waiting for the demo consultant's approval (four-eyes)
            Cases(ctx, session, colleague).add_item(widow.id, cs.PlanIn(
                service_id=tailored.id, life_domain="instrumental_adl", who="Thuiszorg komt wekelijks; mevrouw is thuis.",
                motivation="Mevrouw heeft geen netwerk dat kan schoonmaken en vrijwilligers doen geen zwaar huishoudelijk werk."))


def _demo_referral(ctx) -> None:
    """The first household referred to a volunteer service for meeting people of the demo partner's
    organisation, so its inbox shows how a warm hand-over arrives (the consultant sends more from the plan)."""
    from sociale_kaart.cases import schemas as cs
    from sociale_kaart.cases.models import Case
    from sociale_kaart.cases.service import Cases
    from sociale_kaart.directory import models as m
    from sociale_kaart.partners.models import PartnerAccount
    from sociale_kaart.partners.service import DEMO_CONSULTANTS, DEMO_PARTNER, DEMO_TEAM, Actor
    from sociale_kaart.referrals import schemas as rs
    from sociale_kaart.referrals.service import Referrals

    me = Actor(f"account:{DEMO_CONSULTANTS[0][0]}", "consultant", None, DEMO_TEAM)
    with ctx.sessions() as session:
        org = session.scalar(select(PartnerAccount.organization_id).where(PartnerAccount.email == DEMO_PARTNER[0]))
        svc = session.scalar(select(m.Service).join(m.ServiceLifeDomain).where(
            m.Service.organization_id == org, m.Service.tier == "volunteer", m.Service.status == "active",
            m.ServiceLifeDomain.code == "social_network").order_by(m.Service.name).limit(1))
        case = session.scalar(select(Case).where(Case.team == DEMO_TEAM, Case.code == "HH-DEMO-001"))
        if svc is None or case is None:
            return
        item = Cases(ctx, session, me).add_item(case.id, cs.PlanIn(
            service_id=svc.id, life_domain="social_network", who="Mevrouw wil graag dat de organisatie haar belt."))
        Referrals(ctx, session, me).send(case.id, item.id, rs.ReferralIn(
            consent=True, contact="phone", first_name="Truus",
            message="Sinds mijn man is overleden zie ik bijna niemand meer. Ik wil graag iemand om mee te wandelen of "
                    "koffie te drinken. Bel mij gerust op werkdagen in de ochtend."))


def cmd_serve(args, settings: Settings) -> int:
    ctx = _context(settings)
    ctx.ensure_index()
    ctx.close()
    return _serve(settings, workers=args.workers)


def _serve(settings: Settings, workers: int, demo: bool = False) -> int:
    import uvicorn

    os.environ.update({
        "SK_DATABASE_URL": settings.database_url, "SK_INDEX_DIR": str(settings.index_dir),
        "SK_HOST": settings.host, "SK_PORT": str(settings.port),
    })
    if demo:
        os.environ["SK_DEMO"] = "1"
    err.print(f"Sociale Kaart answers at http://{settings.host}:{settings.port}  (API: /api/v1, OpenAPI: /schema; stop with Ctrl+C)")
    uvicorn.run("sociale_kaart.asgi:create", factory=True, host=settings.host, port=settings.port,
                workers=workers, log_level="warning", access_log=False,
                # Client addresses come from SK_TRUSTED_PROXIES only (api.TrustedProxies), never from
                # uvicorn's own trust of loopback; idle connections do not hold a worker for long.
                proxy_headers=False, timeout_keep_alive=5)
    return 0


def cmd_import(args, settings: Settings) -> int:
    ctx = _context(settings)
    try:
        return _import(ctx, args.format, args.path, source=args.source, dry_run=args.dry_run, report_file=args.report,
                       full=args.full, mapping=args.mapping, quiet=args.quiet, index=not args.no_index)
    finally:
        ctx.close()


def _import(ctx, fmt: str, path, *, source: str | None, dry_run: bool, report_file: Path | None, rebuild: bool = False,
            full: bool = False, mapping: Path | None = None, quiet: bool = False, index: bool = True) -> int:
    from importers import open_input
    from importers.pipeline import Unusable, run_import
    from importers.report import Report, encode
    from sociale_kaart.geo.geocoding import GeocoderChain

    label = str(path)
    source = source or (label.rstrip("/") if fmt == "hsda" else Path(path).name)
    try:
        # A dry run stores nothing, not even geocoder answers.
        geocoder = GeocoderChain(ctx.settings.geocoder, ctx.gazetteer, None if dry_run else ctx.sessions, ctx.settings.geocoder_user_agent)
    except ValueError as exc:
        raise Failure(f"SK_GEOCODER: {exc}") from None
    indexed = None
    try:
        with ctx.sessions() as session:
            found, after = open_input(fmt, path, mapping=mapping, session=session, source=source)
            # A large import is indexed by a second process as its batches commit (on the other core).
            alongside = ctx.index_alongside(found.total) if index and not dry_run and not rebuild else nullcontext()
            with alongside as indexed:
                with progress(f"Importing {Path(label).name or label}", quiet=quiet) as bar:
                    task = bar.add_task("import", total=found.total)
                    report, _changed = run_import(ctx.directory(session), source, label, found, geocoder=geocoder,
                                                 dry_run=dry_run, full=full, progress=lambda n: bar.advance(task, n))
                if not dry_run:
                    after(session)
    except Unusable as exc:
        report = Report(source=label, dry_run=dry_run, unusable=str(exc))
    # The index follows the change log each batch wrote (far behind, the follower rebuilds; a builder
    # alongside did that up to the last batch); also what an earlier, interrupted run committed.
    # With --no-index a server or `reindex` does it later.
    if not dry_run and not index:
        err.print("The search index was left alone (--no-index): a running server follows the change, "
                  "or run `python -m sociale_kaart reindex`.")
    elif not dry_run and not (indexed is not None and indexed.built):  # built alongside: up to the last batch
        ctx.follower.rebuild() if rebuild else ctx.follower.catch_up()
    if not dry_run:
        from sociale_kaart.editors.service import record_import

        with ctx.sessions() as session:
            record_import(session, report, source)  # for the editors' import page
    _print_report(report, quiet=quiet)
    if report_file:
        Path(report_file).write_bytes(encode(report))
    return report.exit_code


def _print_report(report, *, quiet: bool = False) -> None:
    """The summary table, then every rejected record by place in the input (these also with --quiet)."""
    table = Table(title=f"Import of {report.source}", show_header=True)
    columns = ("created", "updated", "unchanged", "rejected", "marked inactive", "conflicts", "not geocoded")
    for col in columns:
        table.add_column(col, justify="right")
    table.add_row(*(str(x) for x in (report.created, report.updated, report.unchanged, report.rejected, report.deactivated,
                                     len(report.conflicts), report.not_geocoded)))
    if not quiet:
        err.print(table)
    for p in report.problems[:200]:
        err.print(Text.assemble(("rejected ", "red"), f"{p.file} {p.record}" + (f" ({p.id})" if p.id else "") + f": {p.field or 'record'}: {p.message}"))
    if len(report.problems) > 200:
        err.print(f"... and {len(report.problems) - 200} more; use --report FILE for all")
    for c in report.conflicts[:50]:
        err.print(f"conflict {c.file} {c.record}: {c.resource_type} {c.resource_id} {c.field} was changed by {c.edited_by}; "
                  f"kept {c.current[:60]!r}, the import has {c.incoming[:60]!r}", markup=False, highlight=False)
    if len(report.conflicts) > 50:
        err.print(f"... and {len(report.conflicts) - 50} more conflicts; use --report FILE for all")
    for w in [] if quiet else report.warnings[:20]:
        err.print("warning " + ": ".join(x for x in (f"{w.file} {w.record}".strip(), w.field, w.message) if x), markup=False, highlight=False)
    if len(report.warnings) > 20 and not quiet:
        err.print(f"... and {len(report.warnings) - 20} more warnings; use --report FILE for all")
    out.print(report.summary(), markup=False, highlight=False)


def cmd_export(args, settings: Settings) -> int:
    from importers.export import export_csv, export_json

    ctx = _context(settings)
    path = Path(args.path)
    folder = path.is_dir() or str(args.path).endswith(("/", "\\"))
    if not folder and path.parent and not path.parent.exists():
        raise Failure(f"The folder {path.parent} does not exist")
    try:
        with ctx.sessions() as session:
            n = (export_csv if folder else export_json)(ctx.directory(session), path, public=args.public)
    except OSError as exc:
        raise Failure(f"Cannot write {path}: {exc.strerror}") from None
    finally:
        ctx.close()
    out.print(f"Exported {n} services to {path}" + (" (HSDS CSV with datapackage.json)" if folder else ""))
    return 0


def cmd_geocode(args, settings: Settings) -> int:
    """List the locations without coordinates and try the geocoder chain on them again."""
    from sociale_kaart.directory import schemas as s
    from sociale_kaart.directory.service import Directory
    from sociale_kaart.geo.geocoding import GeocoderChain, ungeocoded
    from sociale_kaart.partners.service import Actor

    ctx = _context(settings)
    try:
        chain = GeocoderChain(settings.geocoder, ctx.gazetteer, ctx.sessions, settings.geocoder_user_agent)
    except ValueError as exc:
        raise Failure(f"SK_GEOCODER: {exc}") from None
    found = missing = 0
    table = Table(title="Locations without coordinates", show_header=True)
    for col in ("location", "name", "address", "result"):
        table.add_column(col)
    with ctx.sessions() as session:
        directory = Directory(session, Actor("geocoder", "importer"))
        locations = [(loc.id, loc.name or "", [s.Address(address_1=a.address_1, postal_code=a.postal_code, city=a.city, country=a.country,
                                                         address_type=a.address_type) for a in loc.addresses])
                     for loc in ungeocoded(session)]
        session.close()  # no snapshot open while the geocoders write their cache (SQLite has one writer)
        points = {}
        with progress("Geocoding", total=len(locations)) as bar:
            task = bar.add_task("geocode", total=len(locations))
            for loc_id, _, addresses in locations:
                points[loc_id] = None if args.list else chain.address(addresses)
                bar.advance(task)
        for loc_id, name, addresses in locations:
            point = points[loc_id]
            text = "; ".join(", ".join(p for p in (a.address_1, a.postal_code, a.city) if p) for a in addresses) or "(no address)"
            if point is not None:
                directory.set_coordinates(loc_id, point.lat, point.lon, point.precision)
                found += 1
            else:
                missing += 1
            table.add_row(loc_id, name, text, "listed" if args.list else point.precision if point else "not found")
        directory.commit()
    ctx.ensure_index()
    ctx.close()
    if table.row_count:
        out.print(table)
    out.print(f"{found} located, {missing} still without coordinates" if not args.list else f"{missing} locations without coordinates")
    return 0


def cmd_duplicates(args, settings: Settings) -> int:
    from sociale_kaart.directory.duplicates import find

    ctx = _context(settings)
    with ctx.sessions() as session:
        found = find(session, limit=args.limit)
    ctx.close()
    if args.json:
        print(json.dumps([{"kind": c.kind, "keep_id": c.keep_id, "other_id": c.other_id, "score": c.score, "reason": c.reason,
                           "names": list(c.names), "sources": list(c.sources)} for c in found], ensure_ascii=False, indent=1))
        return 0
    table = Table(title="Likely duplicates (merge with: merge KEEP_ID OTHER_ID)", show_header=True)
    for col in ("score", "kind", "id", "name", "source", "other id", "other name", "other source", "why"):
        table.add_column(col, overflow="fold")
    for c in found:
        table.add_row(f"{c.score:.2f}", c.kind, c.keep_id, c.names[0], c.sources[0], c.other_id, c.names[1], c.sources[1], c.reason)
    out.print(table)
    out.print(f"{len(found)} likely duplicates")
    return 0


def cmd_merge(args, settings: Settings) -> int:
    from sociale_kaart.directory import schemas as s
    from sociale_kaart.directory.provenance import merge
    from sociale_kaart.partners.service import Actor

    ctx = _context(settings)
    try:
        with ctx.sessions() as session:
            kind = merge(ctx.directory(session, Actor(f"editor:{args.by}", "editor")), args.keep_id, args.other_id)
    except s.NotFound:
        raise Failure(f"There is no service or organization with id {args.keep_id} and {args.other_id}") from None
    except s.InvalidInput as exc:
        raise Failure("; ".join(e.message for e in exc.errors)) from None
    finally:
        ctx.close()
    out.print(f"Merged {kind} {args.other_id} into {args.keep_id}; {args.other_id} is marked inactive")
    return 0


def _new_secret(settings: Settings, organization: str | None, make) -> str:
    """Run `make(session)` for a new key or password, after checking the organization it is for."""
    from sociale_kaart.directory import models as m

    ctx = _context(settings)
    try:
        with ctx.sessions() as session:
            if organization and session.get(m.Organization, organization) is None:
                raise Failure(f"There is no organization with id {organization}")
            try:
                return make(session)
            except ValueError as exc:
                raise Failure(str(exc)) from None
    finally:
        ctx.close()


def cmd_create_key(args, settings: Settings) -> int:
    from sociale_kaart.partners.service import create_key

    key = _new_secret(settings, args.organization,
                      lambda s: create_key(s, args.role, args.name or "", args.organization, team=args.team))
    err.print(f"New {args.role} key. It is shown only this once; store it safely:")
    print(key)
    return 0


def cmd_create_account(args, settings: Settings) -> int:
    from sociale_kaart.partners.service import create_account

    password = _new_secret(settings, args.organization,
                           lambda s: create_account(s, args.email, args.role, args.organization, team=args.team))
    err.print(f"Account {args.email} ({args.role}) can sign in at /partner/inloggen. Its password, shown only this once:")
    print(password)
    return 0


def cmd_purge_cases(args, settings: Settings) -> int:
    from datetime import date

    from sociale_kaart.cases.service import purge, retention_limit

    if args.closed_before:
        try:
            before = date.fromisoformat(args.closed_before)
        except ValueError:
            raise Failure(f"--closed-before takes a date like 2025-01-31, not {args.closed_before!r}") from None
    else:
        before = retention_limit(date.today(), settings.case_retention_months)
    ctx = _context(settings)
    try:
        with ctx.sessions() as session:
            n = purge(session, before)
    finally:
        ctx.close()
    out.print(f"Erased {n} closed case{'' if n == 1 else 's'} closed before {before.isoformat()}")
    return 0


def cmd_remind(args, settings: Settings) -> int:
    from datetime import date

    from sociale_kaart.reminders import STEPS

    try:
        as_of = date.fromisoformat(args.as_of) if args.as_of else date.today()
    except ValueError:
        raise Failure(f"--as-of takes a date like 2026-12-01, not {args.as_of!r}") from None
    ctx = _context(settings)
    try:
        lines = [line for step in STEPS for line in step(ctx, as_of)]
    finally:
        ctx.close()
    for line in lines:
        out.print(line, markup=False, highlight=False)
    where = "by SMTP" if settings.smtp_url else f"into {settings.outbox_dir}"
    out.print(f"{len(lines)} reminder{'' if len(lines) == 1 else 's'} sent {where}", markup=False, highlight=False)
    return 0


def cmd_gazetteer(args, settings: Settings) -> int:
    from sociale_kaart.geo.gazetteer import GazetteerError, load, read_rows

    ctx = _context(settings)
    try:
        text = Path(args.path).read_bytes()
    except OSError as exc:
        raise Failure(f"Cannot read {args.path}: {exc.strerror}") from None
    try:
        decoded = text.decode("utf-8")
    except UnicodeDecodeError:
        decoded = text.decode("cp1252", errors="replace")
    try:
        rows = read_rows(decoded, Path(args.path).name)
    except GazetteerError as exc:
        raise Failure(f"Nothing loaded: {exc}") from None
    with ctx.sessions() as session:
        n = load(session, rows)
    ctx.follower.catch_up()  # the services whose area codes changed (logged by `load`)
    ctx.close()
    out.print(f"Loaded {n} postcodes into the gazetteer")
    return 0


def cmd_reindex(args, settings: Settings) -> int:
    ctx = _context(settings)
    with progress("Indexing services") as bar:
        task = bar.add_task("index", total=None)
        n = ctx.follower.rebuild(progress=lambda k: bar.update(task, completed=k))
    ctx.close()
    out.print(f"Indexed {n} active services")
    return 0


def cmd_check_index(args, settings: Settings) -> int:
    ctx = _context(settings)
    diff = ctx.indexer.check()
    ctx.close()
    say = err.print if args.json else out.print  # with --json, standard output is the JSON alone
    if args.json:
        print(json.dumps(diff, indent=1))
    else:
        for kind, ids in diff.items():
            out.print(f"{kind}: {len(ids)}" + (f"  e.g. {', '.join(ids[:5])}" if ids else ""))
    if any(diff.values()):
        say("The index differs from the database; run `python -m sociale_kaart reindex`.")
        return 1
    say("The index matches the database.")
    return 0


def cmd_revoke_key(args, settings: Settings) -> int:
    from sociale_kaart.directory import schemas as s
    from sociale_kaart.editors.service import revoke_key
    from sociale_kaart.partners.service import SYSTEM

    ctx = _context(settings)
    try:
        with ctx.sessions() as session:
            revoke_key(session, SYSTEM, args.key_id.strip().lower())
    except s.NotFound:
        raise Failure(f"There is no API key with id {args.key_id}") from None
    finally:
        ctx.close()
    out.print(f"Key {args.key_id} is revoked: it no longer works")
    return 0


def cmd_disable_account(args, settings: Settings) -> int:
    from sqlalchemy import select as sql_select

    from sociale_kaart.editors.service import set_account_active
    from sociale_kaart.partners.models import PartnerAccount
    from sociale_kaart.partners.service import SYSTEM

    ctx = _context(settings)
    try:
        with ctx.sessions() as session:
            account_id = session.scalar(sql_select(PartnerAccount.id).where(PartnerAccount.email == args.email.strip().lower()))
            if account_id is None:
                raise Failure(f"There is no account for {args.email}")
            set_account_active(session, SYSTEM, account_id, active=args.enable)
    finally:
        ctx.close()
    out.print(f"Account {args.email} is {'enabled' if args.enable else 'disabled: its sessions end at once'}")
    return 0


# ---- parser ------------------------------------------------------------------------------


def parser() -> argparse.ArgumentParser:
    p = argparse.ArgumentParser(
        prog="python -m sociale_kaart",
        description="Sociale Kaart: social map and referral directory. Settings come from SK_* environment "
                    "variables (SK_DATABASE_URL, SK_INDEX_DIR, SK_HOST, SK_PORT, SK_GEOCODER).",
    )
    sub = p.add_subparsers(dest="command", required=True, metavar="COMMAND")

    sub.add_parser("init-db", help="create or migrate the database schema (safe to repeat)",
                   description="Create or migrate the schema in SK_DATABASE_URL, add the built-in taxonomies and the national postcode gazetteer. Safe to run again.")

    d = sub.add_parser("demo", help="set up the demo municipality (Huizen) and serve it",
                       description="Initialise the database if needed, load the demo municipality when the database is empty, build the search index and serve on SK_HOST:SK_PORT.")
    d.add_argument("--no-serve", action="store_true", help="prepare everything but do not start the server")

    sv = sub.add_parser("serve", help="serve what is in the database", description="Serve the web pages and the API.")
    sv.add_argument("--workers", type=int, default=1, help="number of server processes (default 1)")

    im = sub.add_parser("import", help="import a file or feed into the directory",
                        description="Import records. Exit status 0: all accepted; 1: some rejected (the valid ones are stored); 2: the input is unusable (nothing stored).")
    im.add_argument("format", choices=["hsds", "hsda", "csv", "xlsx"], help="input format")
    im.add_argument("path", help="file, folder or (for hsda) base URL")
    im.add_argument("--source", help="name of this source, for provenance (default: the file name)")
    im.add_argument("--dry-run", action="store_true", help="check and report, store nothing")
    im.add_argument("--report", type=Path, metavar="FILE", help="also write the report as JSON to FILE")
    im.add_argument("--full", action="store_true",
                    help="the input is this source's whole list: its records missing from it are marked inactive (never deleted)")
    im.add_argument("--mapping", type=Path, metavar="FILE", help="for csv/xlsx: TOML file mapping columns to fields (see importers/README.md)")
    im.add_argument("--quiet", action="store_true", help="no progress bar, summary table or warnings; rejected records are still listed")
    im.add_argument("--no-index", action="store_true",
                    help="leave the search index alone (for a first bulk load: run `reindex` afterwards)")

    ex = sub.add_parser("export", help="export the directory",
                        description="Write the directory as HSDS 3: one JSON file, or HSDS CSV files with datapackage.json when PATH is a folder (or ends with /).")
    ex.add_argument("format", choices=["hsds"], help="output format")
    ex.add_argument("path", help="output file (.json) or folder")
    ex.add_argument("--public", action="store_true",
                    help="only what the public may see: active services, no confidential street or point, no change history")

    k = sub.add_parser("create-key", help="create an API key (printed once)",
                       description="Create an API key. The key is printed alone on the last line, once; only its hash is stored.")
    k.add_argument("--role", required=True, choices=["admin", "editor", "partner", "importer", "consultant"], help="what the key may do")
    k.add_argument("--name", help="a name to recognise the key by (for a consultant: the person; a key is one person)")
    k.add_argument("--organization", metavar="ID", help="for a partner key: the organization it may edit")
    k.add_argument("--team", help="for a consultant key: the district team whose cases it may see")

    a = sub.add_parser("create-account", help="create a sign-in for the partner pages (password printed once)",
                       description="Create an account for the partner pages. A generated password is printed alone on the last line, once; only its Argon2 hash is stored.")
    a.add_argument("--email", required=True, help="the person's e-mail address, used to sign in")
    a.add_argument("--role", default="partner", choices=["partner", "editor", "admin", "consultant"],
                   help="partner (default): edits its own organization; consultant: the cases of one team")
    a.add_argument("--organization", metavar="ID", help="for a partner: the organization it may edit")
    a.add_argument("--team", help="for a consultant: the district team (wijkteam) it works in")

    pc = sub.add_parser("purge-cases", help="erase closed cases after the retention period",
                        description="Erase every case closed before the date (default: SK_CASE_RETENTION_MONTHS, 24, months ago). "
                                    "The case log keeps only that the case was purged.")
    pc.add_argument("--closed-before", metavar="YYYY-MM-DD", help="erase cases closed before this date")

    rm = sub.add_parser("remind", help="send the reminders that are due (stale listings, referrals, reviews)",
                        description="Mail organisations whose listings were not confirmed for SK_STALE_MONTHS (12) months, "
                                    "and the referral and review reminders; by SMTP (SK_SMTP_URL) or as .eml files in "
                                    "SK_OUTBOX_DIR. Safe to run daily: nothing is sent twice.")
    rm.add_argument("--as-of", metavar="YYYY-MM-DD", help="act as if today were this date")

    g = sub.add_parser("gazetteer", help="manage the offline postcode gazetteer", description="Manage the offline gazetteer.")
    gsub = g.add_subparsers(dest="action", required=True, metavar="ACTION")
    gl = gsub.add_parser("load", help="add or replace postcodes from a CSV file (nl_pc4_4pp format)",
                         description="Add or replace PC4 postcodes from a CSV with columns postcode, woonplaats, gemeente, latitude, longitude (optional: alternatieve_schrijfwijzen, provincie).")
    gl.add_argument("path", help="CSV file")

    gc = sub.add_parser("geocode", help="list and retry locations without coordinates",
                        description="Try the geocoder chain (SK_GEOCODER: local gazetteer, then pdok/nominatim when configured) on every active location without coordinates.")
    gc.add_argument("--list", action="store_true", help="only list them")

    du = sub.add_parser("duplicates", help="list likely duplicate services and organizations",
                        description="Same KvK number, same name at the same postcode, or alike names within 500 m. Nothing is merged automatically.")
    du.add_argument("--limit", type=int, default=500, help="at most this many (default 500)")
    du.add_argument("--json", action="store_true", help="print as JSON")

    mg = sub.add_parser("merge", help="merge two services (or two organizations)",
                        description="Join OTHER_ID into KEEP_ID: history and provenance move to KEEP_ID, OTHER_ID is marked inactive (never deleted).")
    mg.add_argument("keep_id")
    mg.add_argument("other_id")
    mg.add_argument("--by", default="cli", help="who merges, for the change log (default: cli)")

    sub.add_parser("reindex", help="rebuild the search index from the database",
                   description="Rebuild the search index into a fresh folder and swap it in; a running server keeps answering.")
    ci = sub.add_parser("check-index", help="compare the search index with the database",
                        description="List services missing from the index, extra in it, or stale. Exit status 1 when they differ.")
    ci.add_argument("--json", action="store_true", help="print the differences as JSON")

    rk = sub.add_parser("revoke-key", help="revoke an API key (it stops working at once)",
                        description="Revoke an API key by its id (the editors' page and GET /api/v1/editors/keys list the ids).")
    rk.add_argument("key_id", help="the key's id (not the key itself)")
    da = sub.add_parser("disable-account", help="disable a sign-in (its sessions end at once)",
                        description="Disable the account with this e-mail address; --enable switches it on again.")
    da.add_argument("email")
    da.add_argument("--enable", action="store_true", help="enable the account again")
    return p


COMMANDS = {
    "init-db": cmd_init_db, "demo": cmd_demo, "serve": cmd_serve, "import": cmd_import, "export": cmd_export,
    "geocode": cmd_geocode, "duplicates": cmd_duplicates, "merge": cmd_merge,
    "create-key": cmd_create_key, "create-account": cmd_create_account, "purge-cases": cmd_purge_cases,
    "revoke-key": cmd_revoke_key, "disable-account": cmd_disable_account, "remind": cmd_remind, "gazetteer": cmd_gazetteer, "reindex": cmd_reindex, "check-index": cmd_check_index,
}


def main(argv: list[str] | None = None) -> int:
    args = parser().parse_args(argv)
    settings = Settings.from_env()
    try:
        return COMMANDS[args.command](args, settings)
    except Failure as exc:
        err.print(f"[red]Error:[/red] {exc}")
        return exc.code
    except (OperationalError, ProgrammingError) as exc:
        err.print(f"[red]Error:[/red] database problem at {_safe_url(settings.database_url)}: {exc.orig}")
        return 2
    except KeyboardInterrupt:
        return 130
