"""Factories for test data: HSDS-shaped dicts, as partners and importers send them."""

from __future__ import annotations

import itertools
import re
import uuid

from sociale_kaart import vocab

_n = itertools.count(1)


def uid() -> str:
    return str(uuid.uuid4())


def attribute(taxonomy: str, code: str, value: str | None = None) -> dict:
    out = {"id": uid(), "taxonomy_term": {"id": vocab.term_id(taxonomy, code), "code": code, "name": code,
                                          "description": code, "taxonomy": taxonomy}}
    if value is not None:
        out["value"] = value
    return out


def organization(name: str | None = None, **fields) -> dict:
    return {"id": uid(), "name": name or f"Stichting Test {next(_n)}", "description": "Een organisatie voor tests.", **fields}


def location(lat: float | None = 52.30127, lon: float | None = 5.2386032, postcode: str = "1271 AB",
             wheelchair: bool = True, confidential: bool = False, **fields) -> dict:
    attrs = []
    if wheelchair:
        attrs.append(attribute(vocab.ACCESSIBILITY, "wheelchair"))
    if confidential:
        attrs.append(attribute(vocab.CONFIDENTIAL, "confidential"))
    loc = {"id": uid(), "location_type": "physical", "name": "Buurthuis De Kern",
           "addresses": [{"id": uid(), "address_1": "Havenstraat 1", "city": "Huizen", "state_province": "Noord-Holland",
                          "postal_code": postcode, "country": "NL", "address_type": "physical"}],
           "attributes": attrs, **fields}
    if lat is not None:
        loc["latitude"], loc["longitude"] = lat, lon
    return loc


def service(name: str | None = None, *, tier: str | None = "volunteer", life_domains=("instrumental_adl",),
            org: dict | None = None, locations: list[dict] | None = None, areas: list[str] = (),
            free: bool | None = True, days: str | None = "TU,TH", crisis: bool = False, access: str = "open",
            waiting_weeks: int | None = None, languages=("nl",), **fields) -> dict:
    attrs = [attribute(vocab.LIFE_DOMAIN, d) for d in life_domains]
    if tier:
        attrs.append(attribute(vocab.TIER, tier))
    attrs.append(attribute(vocab.ACCESS, access))
    if waiting_weeks is not None:
        attrs.append(attribute(vocab.WAITING, "waiting_weeks", str(waiting_weeks)))
    if crisis:
        attrs.append(attribute(vocab.ACUTE, "crisis"))
    locs = [location()] if locations is None else locations
    svc = {
        "id": uid(),
        "name": name or f"Dienst {next(_n)}",
        "description": "Vrijwilligers helpen u graag.",
        "status": "active",
        "organization": org or organization(),
        "attributes": attrs,
        "languages": [{"id": uid(), "code": c, "name": c} for c in languages],
        "service_at_locations": [{"id": uid(), "location": loc} for loc in locs],
        "service_areas": [{"id": uid(), "name": a} for a in areas],
        **fields,
    }
    if free is not None:
        svc["cost_options"] = [{"id": uid(), "currency": "EUR", "amount": 0 if free else 12.5}]
    if days:
        svc["schedules"] = [{"id": uid(), "freq": "WEEKLY", "byday": days, "opens_at": "09:00", "closes_at": "12:00"}]
    return svc


def post_form(client, path: str, data: dict, page: str | None = None, **kwargs):
    """Send a form as a browser does: with the CSRF token of the page that shows it (or of `page`)."""
    token = re.search(r'name="csrf" value="([^"]+)"', client.get(page or path).text).group(1)
    return client.post(path, data={"csrf": token, **data}, **kwargs)
