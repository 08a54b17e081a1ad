"""`serve --workers 2`: two server processes on one index folder answer search alike, under concurrent use."""

from concurrent.futures import ThreadPoolExecutor

import httpx

from sociale_kaart.directory import schemas as s
from tests import factories as f
from tests.servers import server


def test_serve_with_two_workers_answers_concurrent_searches_with_the_results_shown(settings, ctx):
    org = f.organization("Stichting Hulp Huizen")
    d = ctx.directory(ctx.sessions())
    for data in (f.service("Boodschappendienst", org=org, life_domains=("instrumental_adl", "finances")),
                 f.service("Boodschappenmaatje", org=org, free=False, status="temporarily closed"),
                 f.service("Klussendienst", org=org, life_domains=("housing",))):
        d.save_service(s.convert(data, s.Service))
    d.session.close()
    ctx.index.close()  # the server processes open the index themselves
    with server(settings, "--workers", "2") as base:
        def search(q: str) -> dict:
            r = httpx.get(f"{base}/api/v1/search", params={"q": q}, timeout=30)
            assert r.status_code == 200, r.text
            return r.json()

        with ThreadPoolExecutor(8) as pool:
            answers = list(pool.map(search, ["boodschappen"] * 24 + ["klussen"] * 8))
    first = answers[0]
    assert [a for a in answers[:24] if a != first] == []
    assert {tuple(x["name"] for x in a["results"]) for a in answers[24:]} == {("Klussendienst",)}
    shown = {x["name"]: x for x in first["results"]}
    assert set(shown) == {"Boodschappendienst", "Boodschappenmaatje"}
    dienst, maatje = shown["Boodschappendienst"], shown["Boodschappenmaatje"]
    assert (dienst["organization"], dienst["tier"], dienst["life_domains"], dienst["free"], dienst["place"], dienst["status"]) == (
        "Stichting Hulp Huizen", "volunteer", ["finances", "instrumental_adl"], True, "Huizen", "active")
    assert (maatje["free"], maatje["status"]) == (False, "temporarily closed")
