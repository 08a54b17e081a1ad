"""The offline gazetteer: postcodes and places anywhere in the Netherlands, without network."""

import pytest

from sociale_kaart.geo.gazetteer import BUILTIN, Gazetteer, GazetteerError, haversine_km, read_rows


@pytest.fixture(scope="module")
def gaz() -> Gazetteer:
    return Gazetteer(read_rows(BUILTIN.read_text(encoding="utf-8")))


def test_builtin_covers_the_whole_country(gaz):
    assert len(gaz) > 4000
    for pc in ("1011", "9711", "6211", "4331", "1271"):
        assert gaz.resolve(pc) is not None, pc


def test_pc4_pc6_place_and_point(gaz):
    pc4 = gaz.resolve("1271")
    assert (pc4.place, pc4.municipality, pc4.precision) == ("Huizen", "Huizen", "pc4")
    pc6 = gaz.resolve("1271ab")
    assert (pc6.lat, pc6.precision, pc6.label) == (pc4.lat, "pc6", "1271 AB Huizen")
    place = gaz.resolve("huizen")
    assert place.precision == "place" and abs(place.lat - 52.29) < 0.05
    point = gaz.resolve("52.3, 5.24")
    assert point.postcode in {"1271", "1276"} and point.precision == "point"
    assert gaz.resolve("Den Haag") is not None or gaz.resolve("'s-Gravenhage") is not None


@pytest.mark.parametrize("text", ["", "1999", "0123", "Atlantis", "100,200", "x" * 500])
def test_unknown_places_are_none(gaz, text):
    assert gaz.resolve(text) is None


def test_area_codes(gaz):
    assert gaz.resolve("1271 AB").areas == ["nl", "gm:huizen", "pl:huizen", "pc4:1271"]
    assert gaz.area_code("Gemeente Huizen") == "gm:huizen"
    assert gaz.area_code("Nederland") == "nl"
    assert gaz.area_code("1273") == "pc4:1273"
    assert gaz.area_code("Nergenshuizen aan Zee") is None


def test_distance_in_km():
    assert haversine_km(52.3727, 4.8936, 51.9225, 4.4792) == pytest.approx(57.8, abs=1.0)  # Amsterdam - Rotterdam


@pytest.mark.parametrize("text, message", [
    ("postcode,woonplaats\n1271,Huizen\n", "missing columns"),
    ("postcode,woonplaats,gemeente,latitude,longitude\n12,Huizen,Huizen,52.3,5.2\n", "four-digit"),
    ("postcode,woonplaats,gemeente,latitude,longitude\n1271,Huizen,Huizen,noord,5.2\n", "numbers"),
    ("postcode,woonplaats,gemeente,latitude,longitude\n1271,Huizen,Huizen,10.0,5.2\n", "outside"),
    ("postcode,woonplaats,gemeente,latitude,longitude\n", "no postcodes"),
])
def test_bad_gazetteer_files_say_why(text, message):
    with pytest.raises(GazetteerError, match=message):
        read_rows(text)


@pytest.mark.parametrize("typed, meant", [("Huizzen", "Huizen"), ("blaricm", "Blaricum"), ("Amsterdm", "Amsterdam")])
def test_a_misspelt_place_gets_the_name_it_most_likely_meant(gaz, typed, meant):
    assert gaz.resolve(typed) is None
    assert gaz.suggest(typed) == meant


@pytest.mark.parametrize("text", ["Huizen", "1271", "Xqzvbn", "ab", ""])
def test_no_suggestion_for_known_places_or_nonsense(gaz, text):
    assert gaz.suggest(text) is None


def test_a_gazetteer_load_brings_the_documents_whose_areas_change_up_to_date(settings, ctx, monkeypatch, tmp_path):
    """A service area named after a place the gazetteer did not know reads as that place once it
    is loaded: the load logs exactly those services (in its own transaction) and applies the log."""
    from sqlalchemy import select

    from sociale_kaart.cli import main
    from sociale_kaart.directory import schemas as s
    from sociale_kaart.index_log import IndexChange, head
    from tests import factories as f

    monkeypatch.setenv("SK_DATABASE_URL", settings.database_url)
    monkeypatch.setenv("SK_INDEX_DIR", str(settings.index_dir))
    with ctx.sessions() as session:
        directory = ctx.directory(session)
        moved = directory.save_service(s.convert(f.service("Klussendienst", areas=["Zeedorp-aan-Zee"], locations=[]), s.Service))
        kept = directory.save_service(s.convert(f.service("Taalmaatje", areas=["Huizen"], locations=[]), s.Service))
        before = head(session)
    assert main(["check-index"]) == 0
    path = tmp_path / "extra.csv"
    path.write_text("postcode,woonplaats,gemeente,latitude,longitude\n9999,Zeedorp-aan-Zee,Zeedorp,53.4,6.1\n")
    assert main(["gazetteer", "load", str(path)]) == 0
    with ctx.sessions() as session:
        logged = set(session.scalars(select(IndexChange.entity_id).where(IndexChange.id > before)))
    assert moved.id in logged and kept.id not in logged
    assert main(["check-index"]) == 0
