"""Shared pieces of the referral tests: two teams, two volunteer organisations and a tailored provider."""

from __future__ import annotations

import pytest

from sociale_kaart.partners.service import create_account, create_key
from tests import factories as f

CASES = "/api/v1/cases"
REFERRALS = "/api/v1/referrals"


def key(ctx, role: str, *, team: str | None = None, name: str = "", organization_id: str | None = None) -> dict:
    with ctx.sessions() as s:
        k = create_key(s, role, name or role, organization_id=organization_id, team=team)
    return {"Authorization": f"Bearer {k}"}


PASSWORD = "een-goed-wachtwoord"


def account(ctx, email: str, organization_id: str | None, team: str | None = None) -> str:
    with ctx.sessions() as s:
        create_account(s, email, "consultant" if team else "partner", organization_id, PASSWORD, team=team)
    return email


@pytest.fixture
def world(client, ctx, auth):
    """Team Noord (Anna, Bram), team Zuid; two volunteer organisations for shopping and a tailored provider."""
    buurt, hulp, zorg = f.organization("Buurtkracht"), f.organization("Hulpdienst Oost"), f.organization("Zorg BV")
    svc = {
        "shopping": f.service("Boodschappendienst Buurtkracht", org=buurt, life_domains=("instrumental_adl",)),
        "other": f.service("Boodschappenmaatje Oost", org=hulp, life_domains=("instrumental_adl",)),
        "tailored": f.service("Huishoudelijke hulp op maat", org=zorg, tier="tailored", access="decision",
                              life_domains=("instrumental_adl",)),
    }
    for data in svc.values():
        assert client.post("/api/v1/services", json=data, headers=auth).status_code == 201
    return {
        "anna": key(ctx, "consultant", team="Noord", name="Anna"), "bram": key(ctx, "consultant", team="Noord", name="Bram"),
        "zuid": key(ctx, "consultant", team="Zuid", name="Zoë"),
        "buurt": key(ctx, "partner", name="Buurtkracht", organization_id=buurt["id"]),
        "hulp": key(ctx, "partner", name="Hulpdienst", organization_id=hulp["id"]),
        "editor": key(ctx, "editor"),
        "accounts": {"buurt": account(ctx, "anna@buurtkracht.example", buurt["id"]),
                     "hulp": account(ctx, "henk@hulpdienst.example", hulp["id"]),
                     "noord": account(ctx, "carla@noord.example", None, team="Noord")},
        "svc": {k: v["id"] for k, v in svc.items()}, "org": {"buurt": buurt["id"], "hulp": hulp["id"]},
    }


def case_with_item(client, w, service: str = "shopping", code: str = "HH-2026-001") -> tuple[str, dict]:
    r = client.post(CASES, headers=w["anna"], json={"code": code, "postcode": "1271", "members": [{"role": "resident", "age": 78}]})
    assert r.status_code == 201, r.text
    case = r.json()["id"]
    for domain, zrm, question in (("instrumental_adl", 2, "Ik kan geen boodschappen meer doen"),
                                  ("finances", 1, "Ik heb grote schulden")):
        assert client.put(f"{CASES}/{case}/domains/{domain}", headers=w["anna"],
                          json={"zrm": zrm, "question": question}).status_code == 200
    r = client.post(f"{CASES}/{case}/plan", headers=w["anna"], json={
        "service_id": w["svc"][service], "life_domain": "instrumental_adl", "motivation": "Geen netwerk"})
    assert r.status_code == 201, r.text
    return case, r.json()


def send(client, w, case: str, item: str, **body):
    return client.post(f"{CASES}/{case}/plan/{item}/referral", headers=w["anna"], json={
        "consent": True, "contact": "phone", "first_name": "Truus", "message": "Mevrouw wil graag hulp bij boodschappen.", **body})


def move(client, headers, ref: str, status: str, reason: str = ""):
    return client.post(f"{REFERRALS}/{ref}/status", headers=headers, json={"status": status, "reason": reason})
