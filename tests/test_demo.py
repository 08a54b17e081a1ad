"""The demo municipality: big and varied enough to show every part of the product."""

from sqlalchemy import func, select

from sociale_kaart import vocab
from sociale_kaart.directory import models as m


def test_demo_covers_every_tier_and_life_domain(demo_ctx):
    with demo_ctx.sessions() as s:
        active = select(m.Service).where(m.Service.status == "active").subquery()
        assert s.scalar(select(func.count()).select_from(active)) >= 150
        assert s.scalar(select(func.count(func.distinct(m.Service.organization_id)))) >= 50
        assert set(s.scalars(select(m.Service.tier).where(m.Service.status == "active"))) == set(vocab.TIERS)
        domains = set(s.scalars(select(m.ServiceLifeDomain.code).join(m.Service).where(m.Service.status == "active")))
        assert domains == set(vocab.LIFE_DOMAINS)
        assert s.scalar(select(func.count()).select_from(m.Service).where(m.Service.crisis.is_(True))) >= 5
        assert s.scalar(select(func.count()).select_from(m.Location).where(m.Location.confidential.is_(True))) >= 1
        virtual = select(m.Service.id).where(~m.Service.id.in_(select(m.ServiceAtLocation.service_id)))
        assert len(s.scalars(virtual).all()) >= 5


def test_demo_confidential_shelter_shows_no_street(demo_ctx):
    from litestar.testing import TestClient

    from sociale_kaart.app import create_app

    with demo_ctx.sessions() as s:
        loc = s.scalar(select(m.Location).where(m.Location.confidential.is_(True)))
        street = loc.addresses[0].address_1
        sid = s.scalar(select(m.ServiceAtLocation.service_id).where(m.ServiceAtLocation.location_id == loc.id))
    with TestClient(create_app(demo_ctx.settings, demo_ctx)) as client:
        assert street not in client.get(f"/api/v1/services/{sid}").text


def test_demo_search_near_a_postcode_finds_nearby_volunteers(demo_ctx):
    from sociale_kaart.search.service import SearchParams, run_search

    body = run_search(demo_ctx, SearchParams(near="1274", radius_km=3, tier=["volunteer"], free=True))
    assert body.total > 0
    assert all(r.tier == "volunteer" and r.free for r in body.results)
    distances = [r.distance_km for r in body.results if r.distance_km is not None]
    assert distances == sorted(distances)
