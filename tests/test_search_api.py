"""GET /api/v1/search and the HSDA `search` parameter: the same engine, bad input handled."""

import pytest

from tests import factories as f

API = "/api/v1"


@pytest.fixture
def some(client, auth):
    """Three services in Huizen and one in Zwolle."""
    made = {
        "boodschappen": f.service("Boodschappendienst", description="Vrijwilligers doen boodschappen voor u.",
                                  locations=[f.location(52.3005, 5.2590, "1273 AB")]),
        "schulden": f.service("Schuldhulpmaatje", tier="volunteer", life_domains=("finances",),
                              description="Een maatje helpt met geldzorgen en post.", free=True,
                              locations=[f.location(52.2835, 5.2186, "1272 AB")]),
        "dagbesteding": f.service("Dagbesteding De Zorgboerderij", tier="tailored", life_domains=("daytime_activities",),
                                  free=False, locations=[f.location(52.2909, 5.2616, "1275 AB", wheelchair=False)]),
        "zwolle": f.service("Boodschappenhulp Zwolle", locations=[f.location(52.5168, 6.0830, "8011 AB")]),
    }
    for data in made.values():
        assert client.post(f"{API}/services", json=data, headers=auth).status_code == 201
    return {k: v["id"] for k, v in made.items()}


def search(client, **params):
    r = client.get(f"{API}/search", params=params)
    assert r.status_code == 200, r.text
    return r.json()


def test_a_write_is_searchable_when_it_returns(client, some):
    body = search(client, q="boodschappen")
    assert {r["id"] for r in body["results"]} >= {some["boodschappen"], some["zwolle"]}
    first = body["results"][0]
    assert set(first) >= {"id", "name", "organization", "tier", "life_domains", "distance_km", "free", "snippet", "score"}


def test_near_without_q_sorts_by_distance_and_reports_it(client, some):
    body = search(client, near="1273", radius_km=10)
    assert body["near"]["label"].startswith("1273")
    distances = [r["distance_km"] for r in body["results"]]
    assert distances == sorted(distances) and some["zwolle"] not in [r["id"] for r in body["results"]]
    assert body["results"][0]["id"] == some["boodschappen"]


def test_filters_and_facets(client, some):
    body = search(client, near="Huizen", radius_km=15, free="true")
    ids = {r["id"] for r in body["results"]}
    assert some["dagbesteding"] not in ids and some["schulden"] in ids
    facets = search(client, near="Huizen", radius_km=15)["facets"]
    assert facets["tier"]["tailored"] == 1 and facets["tier"]["volunteer"] == 2
    assert some["dagbesteding"] not in {r["id"] for r in search(client, q="dagbesteding", wheelchair="true")["results"]}
    assert [r["id"] for r in search(client, tier="tailored")["results"]] == [some["dagbesteding"]]
    assert [r["id"] for r in search(client, life_domain="finances")["results"]] == [some["schulden"]]


def test_deactivated_services_disappear(client, auth, some):
    assert client.delete(f"{API}/services/{some['schulden']}", headers=auth).status_code == 200
    assert some["schulden"] not in {r["id"] for r in search(client, q="schuldhulpmaatje")["results"]}


def test_hsda_search_parameter_uses_the_same_engine(client, some):
    body = client.get(f"{API}/services", params={"search": "boodschap"}).json()
    assert some["boodschappen"] in {s["id"] for s in body["contents"]}


@pytest.mark.parametrize("q", ["", "   ", '"', "*", "(", "OR", "~", "boodschappen OR (", 'a"b*c~d', "x" * 1000, "ü" * 999])
def test_odd_queries_answer_200(client, some, q):
    assert isinstance(search(client, q=q)["total"], int)


@pytest.mark.parametrize("params, status, key", [
    ({"q": "x" * 1001}, 400, "q"),
    ({"near": "Atlantis"}, 422, "near"),
    ({"near": "1271", "radius_km": -1}, 400, "radius_km"),
    ({"near": "1271", "radius_km": 100000}, 400, "radius_km"),
    ({"tier": "heel_zwaar"}, 422, "tier"),
    ({"life_domain": "geluk"}, 422, "life_domain"),
    ({"open_on": "zondag"}, 400, "open_on"),
    ({"age": -4}, 400, "age"),
    ({"language": "nederlands"}, 400, "language"),
    ({"per_page": 1000}, 400, "per_page"),
])
def test_bad_search_input_names_the_problem(client, params, status, key):
    r = client.get(f"{API}/search", params=params)
    assert r.status_code == status, r.text
    assert any(e["key"] == key for e in r.json()["extra"]), r.json()


def test_repeated_searches_are_answered_from_the_cache_until_the_index_changes(client, ctx, auth, some):
    """Each process keeps its recent answers (SK_SEARCH_CACHE); any write drops them at once."""
    from sociale_kaart.search.service import result_cache

    cache = result_cache(ctx)
    assert cache is not None and ctx.settings.search_cache > 0  # on by default
    first = search(client, q="maaltijden")
    assert first["total"] == 0 and len(cache) == 1
    assert search(client, q="  maaltijden ") == first and len(cache) == 1  # same words, same answer
    made = f.service("Maaltijden aan huis", description="Warme maaltijden bezorgd.",
                     locations=[f.location(52.3005, 5.2590, "1273 AB")])
    assert client.post(f"{API}/services", json=made, headers=auth).status_code == 201
    assert [r["id"] for r in search(client, q="maaltijden")["results"]] == [made["id"]]  # not the cached 0
    renamed = {**made, "name": "Warme maaltijden thuis"}
    assert client.put(f"{API}/services/{made['id']}", json=renamed, headers=auth).status_code == 200
    assert search(client, q="maaltijden")["results"][0]["name"] == "Warme maaltijden thuis"
    page = client.get("/zoeken", params={"q": "maaltijden"})
    assert page.status_code == 200 and "Warme maaltijden thuis" in page.text
    assert client.delete(f"{API}/services/{made['id']}", headers=auth).status_code == 200
    assert search(client, q="maaltijden")["total"] == 0
    assert "Warme maaltijden thuis" not in client.get("/zoeken", params={"q": "maaltijden"}).text


def test_a_search_without_results_counts_every_time_also_from_the_cache(client, ctx, some):
    from sqlalchemy import select

    from sociale_kaart.editors.models import SearchMiss

    for _ in range(3):
        assert search(client, q="paardrijles")["total"] == 0
    with ctx.sessions() as s:
        assert s.scalars(select(SearchMiss.count).where(SearchMiss.query == "paardrijles")).all() == [3]


def test_the_cache_can_be_turned_off():
    from sociale_kaart.settings import Settings

    assert Settings.from_env({"SK_SEARCH_CACHE": "0"}).search_cache == 0
    assert Settings.from_env({}).search_cache > 0
    with pytest.raises(SystemExit, match="SK_SEARCH_CACHE"):
        Settings.from_env({"SK_SEARCH_CACHE": "veel"})
