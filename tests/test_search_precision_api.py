"""GET /api/v1/search shows the right few (issue 15), on both engines, through the real index.

Services that share only the life domain's label ("Huishouden, boodschappen en papieren") with
the words are weak matches: after the strong ones, at most a few, marked; a sentence finds what
its content words find; a query equal to a name ranks that service first; English words work.
"""

import pytest

from search_index.index import MAYBE_MAX
from tests import factories as f

API = "/api/v1"


@pytest.fixture
def made(client, auth):
    services = {
        "shop": f.service("Boodschappendienst", description="Vrijwilligers doen de boodschappen voor u."),
        "together": f.service("Samen boodschappen doen", description="Met een vrijwilliger naar de supermarkt."),
        "lonely": f.service("Maatjesproject", tier="social_network", life_domains=("social_network",),
                            description="Voelt u zich eenzaam? Een maatje komt langs."),
        "debt": f.service("Schuldhulpmaatje", life_domains=("finances",), description="Een maatje helpt u uit de schulden."),
        "admin": f.service("Service for Admin Test Location", tier="general", life_domains=("social_participation",),
                           description="Een plek voor vrijwilligers."),
        "rival": f.service("Admin Test Location Service Admin", tier="general", life_domains=("social_participation",),
                           description="Admin service, test location, admin test service location: location admin test."),
    }
    # instrumental_adl services that do not mention shopping: the category label is all they share
    for i, (name, text) in enumerate([("Klussendienst", "Kleine reparaties in huis."),
                                      ("Formulierenhulp", "Hulp bij het invullen van formulieren."),
                                      ("Wasservice", "Wij halen uw was op."),
                                      ("Thuisadministratie", "Hulp met post en rekeningen."),
                                      ("Verhuiscoach", "Hulp bij het verhuizen.")]):
        services[f"cat{i}"] = f.service(name, description=text)
    for data in services.values():
        assert client.post(f"{API}/services", json=data, headers=auth).status_code == 201, data["name"]
    return {k: v["id"] for k, v in services.items()}


def search(client, **params) -> dict:
    r = client.get(f"{API}/search", params=params)
    assert r.status_code == 200, r.text
    return r.json()


def ids(body: dict) -> list[str]:
    return [r["id"] for r in body["results"]]


def test_category_only_matches_come_after_the_strong_ones_marked_weak_and_few(client, made):
    body = search(client, q="boodschappen")
    assert set(ids(body)[:2]) == {made["shop"], made["together"]}
    assert body["weak_from"] == 2 and body["total"] == 2 + MAYBE_MAX
    assert [r["strength"] for r in body["results"]] == ["strong", "strong"] + ["weak"] * MAYBE_MAX
    assert sum(body["facets"]["tier"].values()) == body["total"]
    # paging goes on through the weak part
    second = search(client, q="boodschappen", per_page=2, page=2)
    assert second["weak_from"] == 2 and {r["strength"] for r in second["results"]} == {"weak"}


def test_strong_only_answers_have_no_weak_part(client, made):
    body = search(client, q="schuldhulpmaatje")
    assert ids(body)[0] == made["debt"] and body["weak_from"] is None
    assert all(r["strength"] == "strong" for r in body["results"])


@pytest.mark.parametrize("sentence", ["ik zoek hulp bij boodschappen doen", "hulp bij boodschappen",
                                      "Wie kan mij helpen met de boodschappen?"])
def test_a_sentence_finds_what_its_content_words_find(client, made, sentence):
    plain = search(client, q="boodschappen")
    body = search(client, q=sentence)
    assert ids(body) == ids(plain) and body["total"] == plain["total"] and body["weak_from"] == plain["weak_from"]


@pytest.mark.parametrize("q", ["Service for Admin Test Location", "service for admin: test-location!", "SERVICE FOR ADMIN TEST LOCATION"])
def test_a_query_equal_to_a_name_ranks_that_service_first(client, made, q):
    body = search(client, q=q)
    assert ids(body)[0] == made["admin"]
    assert made["rival"] in ids(body)  # the other one is still found, below


def test_hsda_search_parameter_puts_the_named_service_first_too(client, made):
    body = client.get(f"{API}/services", params={"search": "Service for Admin Test Location"}).json()
    assert body["contents"][0]["id"] == made["admin"]


@pytest.mark.parametrize("english, dutch", [("groceries", "boodschappen"), ("shopping", "boodschappen"),
                                            ("lonely", "eenzaam"), ("debt", "schulden")])
def test_english_words_find_what_the_dutch_words_find(client, made, english, dutch):
    nl = search(client, q=dutch)
    assert nl["total"] > 0
    assert ids(search(client, q=english)) == ids(nl)
    assert ids(search(client, q=english, lang="en")) == ids(nl)


def test_an_english_sentence_on_the_english_pages(client, made):
    body = search(client, q="I need someone to help me with my groceries", lang="en")
    assert ids(body) == ids(search(client, q="boodschappen")) and body["suggestion"] is None


def test_an_unknown_lang_is_a_400_naming_it(client, made):
    r = client.get(f"{API}/search", params={"q": "boodschappen", "lang": "fr"})
    assert r.status_code == 400
    body = r.json()
    assert body["status_code"] == 400 and any(e["key"] == "lang" for e in body["extra"])
