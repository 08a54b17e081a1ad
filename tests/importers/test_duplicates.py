"""Likely duplicates across sources: KvK number, name at the same postcode, alike names within 500 m."""

import json

from sociale_kaart.cli import main
from tests import factories as f
from tests.importers.conftest import write_json


def test_duplicates_are_listed_with_score_and_reason_never_merged(run, env, tmp_path, capsys):
    kvk = [{"identifier_type": "KvK", "identifier": "41234567"}]
    a = f.service("Boodschappenhulp Huizen", org=f.organization("Vrijwilligerscentrale", organization_identifiers=kvk))
    b = f.service("Boodschappenhulp  huizen", org=f.organization("VC Huizen", organization_identifiers=kvk))
    near = f.service("Boodschapenhulp Huizen", locations=[f.location(lat=52.3030, lon=5.2386, postcode="1271 XY")])
    far = f.service("Boodschappenhulp Huizen", locations=[f.location(lat=52.40, lon=5.2386, postcode="1200 AA")])
    other = f.service("Schuldhulp Huizen")
    run("hsds", str(write_json(tmp_path, [a, near], "a.json")), "--source", "a")
    run("hsds", str(write_json(tmp_path, [b, far, other], "b.json")), "--source", "b")
    capsys.readouterr()
    assert main(["duplicates", "--json"]) == 0
    found = json.loads(capsys.readouterr().out)
    pairs = {(c["kind"], frozenset((c["keep_id"], c["other_id"]))): c for c in found}
    orgs = pairs[("organization", frozenset((a["organization"]["id"], b["organization"]["id"])))]
    assert orgs["score"] == 1.0 and "KvK" in orgs["reason"]
    same = pairs[("service", frozenset((a["id"], b["id"])))]
    assert same["score"] == 0.95 and "postcode" in same["reason"] and set(same["sources"]) == {"a", "b"}
    fuzzy = pairs[("service", frozenset((a["id"], near["id"])))]
    assert 0.8 < fuzzy["score"] < 0.95 and "m apart" in fuzzy["reason"]
    assert not any(far["id"] in k[1] for k in pairs)  # 11 km away
    assert not any(other["id"] in k[1] for k in pairs)
    assert main(["duplicates"]) == 0
    assert "likely duplicates" in capsys.readouterr().out
