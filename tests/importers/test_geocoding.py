"""The geocoder chain: given coordinates kept, the gazetteer, remote geocoders on a fake loopback server."""

import json
import threading
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from urllib.parse import parse_qs, urlsplit

import pytest
from sqlalchemy import select

from sociale_kaart.cli import main
from sociale_kaart.directory import models as m
from sociale_kaart.directory import schemas as s
from sociale_kaart.geo.geocoding import GeocodeCache, GeocoderChain
from tests import factories as f
from tests.importers.conftest import write_json


@pytest.fixture
def fake_geocoders():
    """PDOK's /free and Nominatim's /search on one loopback server; knows only 'Stationsweg'."""
    asked: list[str] = []

    class Handler(BaseHTTPRequestHandler):
        def do_GET(self):  # noqa: N802 - http.server's name
            url = urlsplit(self.path)
            q = parse_qs(url.query).get("q", [""])[0]
            asked.append(f"{url.path}?{q}")
            hit = "Stationsweg" in q
            if url.path.endswith("/free"):
                docs = [{"weergavenaam": "Stationsweg 1, Huizen", "centroide_ll": "POINT(5.24 52.29)", "type": "adres"}] if hit else []
                body = {"response": {"numFound": len(docs), "docs": docs}}
            else:
                body = [{"lat": "52.28", "lon": "5.25", "display_name": "Stationsweg, Huizen"}] if hit else []
            data = json.dumps(body).encode()
            self.send_response(200)
            self.send_header("Content-Type", "application/json")
            self.send_header("Content-Length", str(len(data)))
            self.end_headers()
            self.wfile.write(data)

        def log_message(self, *args):
            pass

    server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{server.server_address[1]}", asked
    server.shutdown()
    server.server_close()


def location(**fields) -> s.Location:
    return s.convert({**f.location(lat=None), **fields}, s.Location)


def test_given_coordinates_are_kept(ctx):
    chain = GeocoderChain(("local",), ctx.gazetteer)
    point = chain.locate(s.convert(f.location(lat=52.1, lon=5.1), s.Location))
    assert (point.lat, point.lon, point.precision) == (52.1, 5.1, "given")


@pytest.mark.parametrize("postal_code, city, precision", [("1271 AB", "Huizen", "pc6"), ("1271", "", "pc4"), ("", "Huizen", "place"),
                                                          ("", "Nergenshuizen", None)])
def test_gazetteer_precision(ctx, postal_code, city, precision):
    chain = GeocoderChain(("local",), ctx.gazetteer)
    addr = {"address_1": "Havenstraat 1", "postal_code": postal_code, "city": city, "country": "NL"}
    point = chain.locate(location(addresses=[addr]))
    assert (point.precision if point else None) == precision
    if point:
        assert 52.2 < point.lat < 52.4


def test_remote_geocoders_only_when_configured_and_cached(ctx, fake_geocoders):
    base, asked = fake_geocoders
    loc = location(addresses=[{"address_1": "Stationsweg 1", "postal_code": "", "city": "Ergens", "country": "NL"}])
    assert GeocoderChain(("local",), ctx.gazetteer, ctx.sessions).locate(loc) is None
    assert asked == []
    chain = GeocoderChain(("local", f"pdok={base}", f"nominatim={base}"), ctx.gazetteer, ctx.sessions, "sk-test")
    point = chain.locate(loc)
    assert (point.lat, point.lon, point.precision) == (52.29, 5.24, "remote")
    assert chain.locate(loc) == point and len(asked) == 1  # the second answer came from the cache table
    with ctx.sessions() as session:
        assert session.scalar(select(GeocodeCache.provider)) == "pdok"
    nominatim_only = GeocoderChain((f"nominatim={base}",), ctx.gazetteer, ctx.sessions, "sk-test")
    assert nominatim_only.locate(loc).lat == 52.28


def test_unknown_geocoder_name_is_a_clear_error(ctx):
    with pytest.raises(ValueError, match="unknown geocoder"):
        GeocoderChain(("local", "google"), ctx.gazetteer)


def test_import_stores_ungeocodable_locations_flagged_and_geocode_retries(run, env, session, tmp_path, monkeypatch, fake_geocoders, capsys):
    base, _ = fake_geocoders
    nowhere = {"address_1": "Stationsweg 1", "postal_code": "", "city": "Ergens", "country": "NL"}
    svc = f.service(locations=[{**f.location(lat=None), "addresses": [nowhere]}])
    code, report = run("hsds", str(write_json(tmp_path, [svc])))
    assert code == 0 and report["not_geocoded"] == 1
    loc = session.scalar(select(m.Location))
    assert (loc.latitude, loc.geo_precision) == (None, "none")
    assert main(["geocode", "--list"]) == 0
    assert "1 locations without coordinates" in capsys.readouterr().out
    monkeypatch.setenv("SK_GEOCODER", f"local,pdok={base}")
    assert main(["geocode"]) == 0
    assert "1 located, 0 still without" in capsys.readouterr().out
    session.rollback()
    loc = session.scalar(select(m.Location))
    assert (loc.latitude, loc.longitude, loc.geo_precision) == (52.29, 5.24, "remote")
