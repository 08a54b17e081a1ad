"""Index documents are read with plain Core queries; they must equal the ones built from full ORM
services (what `to_document` was written for), on both engines."""

from sqlalchemy import select

from sociale_kaart import vocab
from sociale_kaart.directory import models as m
from sociale_kaart.directory import schemas as s
from sociale_kaart.directory.service import SERVICE_FULL_LOAD
from sociale_kaart.indexing import audience_codes, to_document
from tests import factories as f


def orm_documents(ctx, session, ids):
    audiences = audience_codes(session, ids)
    stmt = select(m.Service).where(m.Service.id.in_(ids)).options(*SERVICE_FULL_LOAD)
    return {svc.id: to_document(svc, ctx.gazetteer, audiences.get(svc.id, ())) for svc in session.scalars(stmt)}


def assert_core_equals_orm(ctx, session, ids):
    core = {d.id: d for d in ctx.indexer.documents(session, ids)}
    orm = orm_documents(ctx, session, ids)
    assert set(core) == set(orm) == set(ids)
    for i in ids:
        assert core[i] == orm[i], i


def test_core_documents_equal_orm_documents_for_every_shape_of_service(ctx):
    shared = f.organization("Stichting Gedeeld")
    closed_org = f.organization("Stichting Gestopt", active=False)
    located = f.location(wheelchair=False)
    located["schedules"] = [{"id": f.uid(), "freq": "WEEKLY", "byday": "SA,1SU"}]
    services = [
        f.service("Maatjesproject", org=shared, days="MO,WE", life_domains=("social_participation", "instrumental_adl")),
        f.service("Mantelzorgcafé", org=shared, free=False, days=None, languages=("nl", "en", "ar"),
                  description="Voor mantelzorgers die even op adem willen komen.",
                  attributes=[f.attribute(vocab.AUDIENCE, "carers")]),
        f.service("Opvang", tier="specialist", crisis=True, waiting_weeks=3,
                  locations=[f.location(confidential=True), located], min_age=18, max_age=67),
        f.service("Online budgetcoach", locations=[], areas=["Gemeente Huizen"], days=None, free=None),
        f.service("Chat voor jongeren", locations=[], days=None),
        f.service("Virtueel spreekuur", locations=[f.location(location_type="virtual", lat=None)]),
        f.service("Tijdelijk dicht", status="temporarily closed", alternate_name="Dicht"),
        f.service("Gestopte dienst", status="inactive"),
        f.service("Dienst van een gestopte organisatie", org=closed_org),
        f.service("Kookclub", tier="social_network", description="Samen eten met nieuwe mensen.",
                  cost_options=[{"id": f.uid(), "amount": 5, "option": "per maaltijd"},
                                {"id": f.uid(), "amount": 2.5, "amount_description": "per jaar"}]),
    ]
    with ctx.sessions() as session:
        d = ctx.directory(session)
        for data in services:
            d.save_service(s.convert(data, s.Service))
    with ctx.sessions() as session:
        assert_core_equals_orm(ctx, session, [x["id"] for x in services])


def test_core_documents_equal_orm_documents_for_the_demo_town(demo_ctx):
    with demo_ctx.sessions() as session:
        ids = list(session.scalars(select(m.Service.id)))
        assert len(ids) > 50
        assert_core_equals_orm(demo_ctx, session, ids)
