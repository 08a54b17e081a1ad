"""No lost updates through the API: ETag on every single-resource GET, 412 for a stale If-Match;
every API write path places a new address on the map; partners stay inside their organisation."""

import pytest

from sociale_kaart.partners.service import create_key
from tests import factories as f


@pytest.fixture
def stored(client, auth):
    data = f.service("Boodschappendienst")
    assert client.post("/api/v1/services", json=data, headers=auth).status_code == 201
    return data


def test_every_single_resource_get_has_an_etag(client, stored):
    loc = stored["service_at_locations"][0]["location"]["id"]
    for path in (f"/api/v1/services/{stored['id']}", f"/api/v1/organizations/{stored['organization']['id']}",
                 f"/api/v1/locations/{loc}", f"/api/v1/service_at_locations/{stored['service_at_locations'][0]['id']}"):
        r = client.get(path)
        assert r.status_code == 200 and r.headers["etag"].startswith('"'), path


def test_a_stale_if_match_gets_412_with_the_current_record(client, auth, stored):
    url = f"/api/v1/services/{stored['id']}"
    first = client.get(url).headers["etag"]
    r = client.patch(url, json={"description": "Eerste wijziging."}, headers={**auth, "If-Match": first})
    assert r.status_code == 200, r.text
    second = client.get(url).headers["etag"]
    assert second != first
    r = client.patch(url, json={"description": "Tweede wijziging, op oude gegevens."}, headers={**auth, "If-Match": first})
    assert r.status_code == 412
    assert r.json()["description"] == "Eerste wijziging." and r.headers["etag"] == second
    for method in ("put", "delete"):
        kwargs = {"json": {**stored, "description": "Oud"}} if method == "put" else {}
        assert getattr(client, method)(url, headers={**auth, "If-Match": first}, **kwargs).status_code == 412
    assert client.get(url).json()["status"] == "active"
    # The current ETag, and no If-Match at all, still write.
    assert client.patch(url, json={"description": "Met de goede versie."}, headers={**auth, "If-Match": second}).status_code == 200
    assert client.patch(url, json={"description": "Zonder versie."}, headers=auth).status_code == 200


def test_stale_if_match_on_organizations_and_locations(client, auth, stored):
    org = f"/api/v1/organizations/{stored['organization']['id']}"
    loc = f"/api/v1/locations/{stored['service_at_locations'][0]['location']['id']}"
    for url, change in ((org, {"description": "Nieuw."}), (loc, {"name": "Nieuwe naam"})):
        old = client.get(url).headers["etag"]
        assert client.patch(url, json=change, headers={**auth, "If-Match": old}).status_code == 200
        r = client.patch(url, json=change, headers={**auth, "If-Match": old})
        assert r.status_code == 412 and r.headers["etag"] == client.get(url).headers["etag"]


def test_a_location_added_through_the_api_is_geocoded_and_found_near_its_postcode(client, auth, ctx, stored):
    loc = f.location(lat=None, postcode="3811 AA")  # Amersfoort, far from Huizen
    loc["addresses"][0]["city"] = "Amersfoort"
    loc["organization_id"] = stored["organization"]["id"]
    r = client.post("/api/v1/locations", json=loc, headers=auth)
    assert r.status_code == 201 and r.json()["warnings"] == []
    stored_loc = client.get(f"/api/v1/locations/{loc['id']}").json()
    assert abs(stored_loc["latitude"] - 52.15) < 0.1
    svc = {**stored, "service_at_locations": [{"location_id": loc["id"]}]}
    assert client.put(f"/api/v1/services/{stored['id']}", json=svc, headers=auth).status_code == 200
    near = client.get("/api/v1/search", params={"near": "3811", "radius_km": 5}).json()
    assert stored["id"] in [x["id"] for x in near["results"]]


def test_an_address_that_cannot_be_placed_is_stored_with_a_warning(client, auth, stored):
    loc = f.location(lat=None, postcode="")
    loc["addresses"][0]["city"] = "Nergenshuizen"
    r = client.post("/api/v1/locations", json=loc, headers=auth)
    assert r.status_code == 201 and r.json()["warnings"][0]["key"] == "addresses"


def test_a_partner_key_cannot_touch_another_organizations_records(client, ctx, auth, stored):
    other = f.service("Eigen dienst")
    assert client.post("/api/v1/services", json=other, headers=auth).status_code == 201
    with ctx.sessions() as session:
        key = create_key(session, "partner", "partner", other["organization"]["id"])
    pk = {"Authorization": f"Bearer {key}"}
    theirs, their_org = stored["id"], stored["organization"]["id"]
    their_loc = stored["service_at_locations"][0]["location"]["id"]
    assert client.patch(f"/api/v1/services/{theirs}", json={"description": "x"}, headers=pk).status_code == 403
    assert client.delete(f"/api/v1/services/{theirs}", headers=pk).status_code == 403
    assert client.patch(f"/api/v1/organizations/{their_org}", json={"description": "x"}, headers=pk).status_code == 403
    assert client.patch(f"/api/v1/locations/{their_loc}", json={"name": "x"}, headers=pk).status_code == 403
    assert client.delete(f"/api/v1/locations/{their_loc}", headers=pk).status_code == 403
    # Linking its own service to another organisation's location is refused too.
    mine = client.get(f"/api/v1/services/{other['id']}").json()
    linked = {**other, "service_at_locations": [*other["service_at_locations"], {"location_id": their_loc}]}
    assert client.put(f"/api/v1/services/{other['id']}", json=linked, headers=pk).status_code == 403
    assert client.get(f"/api/v1/services/{other['id']}").json() == mine
    assert client.get(f"/api/v1/services/{theirs}").json()["description"] != "x"


def test_every_other_api_answer_has_an_etag_too_and_if_none_match_gives_304(client, auth, stored):
    r = client.get("/api/v1/taxonomies")
    tag = r.headers["etag"]
    again = client.get("/api/v1/taxonomies", headers={"If-None-Match": tag})
    assert again.status_code == 304 and again.headers["etag"] == tag and again.content == b""
    assert client.get("/api/v1/services/00000000-0000-0000-0000-000000000000").headers.get("etag") is None  # a 404
    service = client.get(f"/api/v1/services/{stored['id']}")
    assert client.get(f"/api/v1/services/{stored['id']}", headers={"If-None-Match": service.headers["etag"]}).status_code == 304
    assert client.get(f"/api/v1/services/{stored['id']}", headers={"If-None-Match": '"old"'}).json()["id"] == stored["id"]
