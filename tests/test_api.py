"""The HSDA-compatible API: envelope, filters, full form, guarded writes, errors."""


import pytest
from sqlalchemy import event

from sociale_kaart.hsds import errors as hsds_errors
from sociale_kaart.partners.service import create_key
from tests import factories as f

API = "/api/v1"


def add(client, auth, data: dict) -> str:
    r = client.post(f"{API}/services", json=data, headers=auth)
    assert r.status_code == 201, r.text
    return r.json()["id"]


def assert_error(r, status: int, key: str | None = None):
    assert r.status_code == status, r.text
    body = r.json()
    assert body["status_code"] == status and body["detail"]
    if key is not None:
        assert any(e["key"] == key for e in body["extra"]), body


def test_list_uses_the_hsda_page_envelope(client, auth):
    for i in range(3):
        add(client, auth, f.service(f"Dienst {i}"))
    body = client.get(f"{API}/services", params={"per_page": 2}).json()
    assert {k: body[k] for k in ("total_items", "total_pages", "page_number", "size", "first_page", "last_page", "empty")} == {
        "total_items": 3, "total_pages": 2, "page_number": 1, "size": 2, "first_page": True, "last_page": False, "empty": False}
    last = client.get(f"{API}/services", params={"per_page": 2, "page": 2}).json()
    assert (last["size"], last["last_page"]) == (1, True)
    beyond = client.get(f"{API}/services", params={"per_page": 2, "page": 9}).json()
    assert (beyond["empty"], beyond["contents"]) == (True, [])


@pytest.mark.parametrize("params, key", [
    ({"page": 0}, "page"), ({"page": -3}, "page"), ({"page": 10**12}, "page"),
    ({"per_page": 0}, "per_page"), ({"per_page": 101}, "per_page"), ({"per_page": "veel"}, "per_page"),
    ({"modified_after": "gisteren"}, "modified_after"), ({"taxonomy_term_id": "abc"}, "taxonomy_term_id"),
])
def test_bad_paging_and_filters_are_400_naming_the_parameter(client, params, key):
    assert_error(client.get(f"{API}/services", params=params), 400, key)


def test_full_service_validates_against_hsds_schema(client, auth):
    sid = add(client, auth, f.service(waiting_weeks=4, crisis=True, minimum_age=18))
    body = client.get(f"{API}/services/{sid}").json()
    assert hsds_errors("service", body) == []
    listed = client.get(f"{API}/services", params={"full": "true"}).json()["contents"][0]
    assert hsds_errors("service", listed) == []
    codes = {(a["taxonomy_term"]["taxonomy"], a["taxonomy_term"]["code"]) for a in body["attributes"]}
    assert ("sociale-kaart:tier", "volunteer") in codes and ("sociale-kaart:acute", "crisis") in codes


def test_confidential_location_never_shows_its_street(client, auth):
    loc = f.location(confidential=True, postcode="1273 XY")
    loc["addresses"][0]["address_1"] = "Geheimestraat 7"
    sid = add(client, auth, f.service("Vrouwenopvang", locations=[loc]))
    for url in (f"{API}/services/{sid}", f"{API}/services?full=true", f"{API}/service_at_locations",
                f"{API}/locations/{loc['id']}"):
        text = client.get(url).text
        assert "Geheimestraat" not in text and "1273 XY" not in text, url
    body = client.get(f"{API}/services/{sid}").json()
    assert body["service_at_locations"][0]["location"]["addresses"][0]["city"] == "Huizen"


def test_unknown_and_malformed_ids(client):
    assert_error(client.get(f"{API}/services/{f.uid()}"), 404, "id")
    assert client.get(f"{API}/services/not-a-uuid").status_code in (400, 404)
    assert_error(client.get(f"{API}/organizations/{f.uid()}"), 404)
    assert_error(client.get(f"{API}/service_at_locations/{f.uid()}"), 404)


def test_writes_need_a_key(client):
    assert_error(client.post(f"{API}/services", json=f.service()), 401)
    assert_error(client.post(f"{API}/services", json=f.service(), headers={"Authorization": "Bearer nope"}), 401)
    assert client.get(f"{API}/services").json()["total_items"] == 0


def test_partner_key_cannot_write_for_another_organization(client, ctx, auth):
    own, other = f.organization(), f.organization()
    add(client, auth, f.service(org=own))
    theirs = add(client, auth, f.service(org=other))
    with ctx.sessions() as session:
        key = create_key(session, "partner", "partner", own["id"])
    headers = {"X-API-Key": key}
    assert_error(client.patch(f"{API}/services/{theirs}", json={"name": "Van mij"}, headers=headers), 403)
    assert_error(client.delete(f"{API}/services/{theirs}", headers=headers), 403)
    assert_error(client.post(f"{API}/organizations", json=f.organization(), headers=headers), 403)
    assert client.get(f"{API}/services/{theirs}").json()["status"] == "active"


def test_put_patch_delete(client, auth):
    data = f.service("Taalcafé")
    sid = add(client, auth, data)
    r = client.patch(f"{API}/services/{sid}", json={"description": "Samen Nederlands oefenen."}, headers=auth)
    assert r.status_code == 200, r.text
    body = client.get(f"{API}/services/{sid}").json()
    assert body["description"] == "Samen Nederlands oefenen." and body["name"] == "Taalcafé"
    r = client.put(f"{API}/services/{sid}", json={**data, "name": "Taalcafé Huizen"}, headers=auth)
    assert r.status_code == 200 and client.get(f"{API}/services/{sid}").json()["name"] == "Taalcafé Huizen"
    assert client.delete(f"{API}/services/{sid}", headers=auth).status_code == 200
    assert client.get(f"{API}/services/{sid}").json()["status"] == "inactive"
    assert_error(client.put(f"{API}/services/{f.uid()}", json=data, headers=auth), 404)


def test_post_with_existing_id_is_a_conflict(client, auth):
    data = f.service()
    add(client, auth, data)
    assert_error(client.post(f"{API}/services", json=data, headers=auth), 409, "id")


@pytest.mark.parametrize("change, key", [
    ({"name": ""}, "name"), ({"name": "x" * 5000}, "name"), ({"name": 12}, "name"),
    ({"minimum_age": "oud"}, "minimum_age"), ({"email": "nee"}, "email"),
    ({"minimum_age": 80, "maximum_age": 20}, "minimum_age"),
    ({"service_at_locations": [{"location": {"latitude": 200, "longitude": 5}}]}, "service_at_locations[0].location.latitude"),
])
def test_invalid_body_is_4xx_naming_the_field_and_stores_nothing(client, auth, change, key):
    r = client.post(f"{API}/services", json={**f.service(), **change}, headers=auth)
    assert r.status_code in (400, 422), r.text
    assert any(e["key"].endswith(key) for e in r.json()["extra"]), r.json()
    assert client.get(f"{API}/services").json()["total_items"] == 0


def test_not_json_body_is_400(client, auth):
    r = client.post(f"{API}/services", content=b"{nope", headers={**auth, "Content-Type": "application/json"})
    assert r.status_code == 400 and r.json()["status_code"] == 400


def test_filters_organization_taxonomy_term_and_modified_after(client, auth):
    org = f.organization()
    a = add(client, auth, f.service("A", org=org, tier="volunteer"))
    add(client, auth, f.service("B", tier="tailored"))
    from sociale_kaart import vocab

    by_org = client.get(f"{API}/services", params={"organization_id": org["id"]}).json()
    assert [x["id"] for x in by_org["contents"]] == [a]
    by_tier = client.get(f"{API}/services", params={"taxonomy_term_id": vocab.term_id(vocab.TIER, "tailored")}).json()
    assert [x["name"] for x in by_tier["contents"]] == ["B"]
    stamp = client.get(f"{API}/services/{a}").json()["last_modified"]
    later = client.get(f"{API}/services", params={"modified_after": stamp}).json()
    assert a not in [x["id"] for x in later["contents"]]


def test_listing_50_full_services_runs_a_bounded_number_of_statements(client, auth, ctx):
    for i in range(50):
        add(client, auth, f.service(f"Dienst {i:02d}", phones=[{"number": "035 012 00 00"}]))
    statements = []
    listener = lambda *a, **k: statements.append(a[2])  # noqa: E731
    event.listen(ctx.engine, "before_cursor_execute", listener)
    try:
        body = client.get(f"{API}/services", params={"full": "true", "per_page": 50}).json()
    finally:
        event.remove(ctx.engine, "before_cursor_execute", listener)
    assert body["size"] == 50
    # The index follower polls the change log on a thread of its own, on the same engine.
    statements = [s for s in statements if "index_change" not in s]
    assert len(statements) <= 25, len(statements)


def test_organizations_taxonomies_and_terms(client, auth):
    org = f.organization(organization_identifiers=[{"identifier_type": "KvK", "identifier": "12345678"}])
    add(client, auth, f.service(org=org))
    body = client.get(f"{API}/organizations/{org['id']}").json()
    assert body["organization_identifiers"][0]["identifier"] == "12345678" and len(body["services"]) == 1
    taxonomies = client.get(f"{API}/taxonomies", params={"per_page": 100}).json()
    assert "sociale-kaart:tier" in {t["name"] for t in taxonomies["contents"]}
    terms = client.get(f"{API}/taxonomy_terms", params={"per_page": 100}).json()
    assert terms["total_items"] >= 6 + 13 + 4


def test_openapi_schema_and_health(client):
    schema = client.get("/schema/openapi.json")
    assert schema.status_code == 200 and "/api/v1/services" in schema.json()["paths"]
    health = client.get("/health").json()
    assert health["database"] is True and health["search_index"] is True


def test_patch_organization_and_location(client, auth):
    org, loc = f.organization("Stichting Oud"), f.location()
    sid = add(client, auth, f.service(org=org, locations=[loc]))
    assert client.patch(f"{API}/organizations/{org['id']}", json={"name": "Stichting Nieuw"}, headers=auth).status_code == 200
    assert client.patch(f"{API}/locations/{loc['id']}", json={"name": "Buurthuis Nieuw"}, headers=auth).status_code == 200
    body = client.get(f"{API}/services/{sid}").json()
    assert body["organization"]["name"] == "Stichting Nieuw"
    assert body["service_at_locations"][0]["location"]["name"] == "Buurthuis Nieuw"
    assert_error(client.patch(f"{API}/organizations/{org['id']}", json={"name": ""}, headers=auth), 422, "name")
    assert_error(client.patch(f"{API}/locations/{f.uid()}", json={"name": "x"}, headers=auth), 404)
