"""Every demo listing goes through the partner form and back without losing anything a partner
cannot see in the form (a form that silently drops data would make "Opslaan" destructive)."""

import msgspec
import pytest
from sqlalchemy import select

from sociale_kaart import vocab
from sociale_kaart.directory import models as m
from sociale_kaart.directory.service import check_service
from sociale_kaart.partners import forms

pytestmark = pytest.mark.parametrize("demo_ctx", ["sqlite"], indirect=True)


def weekly(svc) -> set:
    out = set()
    for x in svc.schedules:
        if forms.is_weekly(x):
            out |= {(d.strip()[-2:], x.opens_at[:5], x.closes_at[:5]) for d in x.byday.split(",")}
    return out


def codes(svc, taxonomy) -> list[str]:
    return sorted(forms.our_codes(svc.attributes, taxonomy))


def test_every_demo_listing_survives_its_own_form(demo_ctx):
    with demo_ctx.sessions() as session:
        d = demo_ctx.directory(session)
        ids = list(session.scalars(select(m.Service.id).where(m.Service.status == "active")))
        problems = []
        for sid in ids:
            svc = d.get_service(sid, public=False)
            v = forms.service_form(svc)
            typed = forms.read_service_form(v, [sal.location_id for sal in svc.service_at_locations])
            errors = forms.check_service_form(typed, own_locations={sal.location_id for sal in svc.service_at_locations})
            if errors:
                problems.append((svc.name, "form", errors))
                continue
            back = forms.build_service(svc, typed, svc.organization_id, assured="2026-01-01")
            check_service(back)
            own_weekly = weekly(svc) or {w for sal in svc.service_at_locations for w in weekly(sal)}
            same = {
                "name": back.name == svc.name, "description": back.description == svc.description,
                "phones": [p.number for p in back.phones] == [p.number for p in svc.phones][:forms.PHONE_ROWS],
                "hours": weekly(back) == own_weekly or len([x for x in svc.schedules if forms.is_weekly(x)]) > 14,
                "schedules kept": len(back.schedules) >= len([x for x in svc.schedules if not forms.is_weekly(x)]),
                "locations": sorted(x.location_id for x in back.service_at_locations)
                == sorted(x.location_id for x in svc.service_at_locations),
                "domains": codes(back, vocab.LIFE_DOMAIN) == codes(svc, vocab.LIFE_DOMAIN),
                "tier": codes(back, vocab.TIER) == codes(svc, vocab.TIER),
                "access": codes(back, vocab.ACCESS) == codes(svc, vocab.ACCESS),
                "crisis": codes(back, vocab.ACUTE) == codes(svc, vocab.ACUTE),
                "waiting": forms.attribute_value(back.attributes, vocab.WAITING) == forms.attribute_value(svc.attributes, vocab.WAITING),
                "languages": sorted(x.code for x in back.languages) == sorted(x.code for x in svc.languages),
                "ages": (back.minimum_age, back.maximum_age) == (svc.minimum_age, svc.maximum_age),
                "areas": msgspec.to_builtins(back.service_areas) == msgspec.to_builtins(svc.service_areas),
                "free": [c.amount == 0 for c in back.cost_options if c.amount is not None][:1]
                == [c.amount == 0 for c in svc.cost_options if c.amount is not None][:1],
            }
            lost = [k for k, ok in same.items() if not ok]
            if lost:
                problems.append((svc.name, lost))
    assert not problems, problems[:10]
