"""Duplicate detection on Dutch name variants, with its precision and recall measured.

The fixture: 16 true duplicate pairs written the ways Dutch names vary (compounds written
together or apart, "Stichting", accents, hyphens, word order, 't/het, a typo), told apart by a
shared phone number, e-mail address, website, address or organisation, or by being close
together, also for services without a location; and 8 look-alike pairs that are NOT the same
(two offers of one organisation sharing its switchboard number, two branches in other towns,
two banks in one building).

Measured on both engines (Dec 2026): precision 1.00 (16 of 16 suggestions right), recall 1.00
(16 of 16 pairs found). The finder before this change found 2 of the 16 (recall 0.12, precision
1.00), and missed "Maatjes project Samen op pad" / "Maatjesproject Samen Op Pad" from the issue.
"""

from __future__ import annotations

from sociale_kaart.directory import schemas as s
from sociale_kaart.directory.duplicates import find
from tests import factories as f


def loc(street: str, postcode: str, lat: float = 52.30127, lon: float = 5.2386032) -> dict:
    place = f.location(lat=lat, lon=lon, postcode=postcode)
    place["addresses"][0]["address_1"] = street
    return place


def phone(number: str) -> list[dict]:
    return [{"id": f.uid(), "number": number}]


def build() -> tuple[list[dict], set[frozenset[str]]]:
    """Services (each with its organisation) and the pairs of names that are really one listing."""
    org_a, org_b = f.organization("Stichting Samen op Pad"), f.organization("Samen Op Pad")
    welzijn = f.organization("Welzijn Huizen", website="https://www.welzijnhuizen.example/")
    banks = f.organization("Stichting Hulpbanken Gooi")
    far = dict(lat=52.2969, lon=5.1628)  # Blaricum-ish, 5 km away
    records = [
        # true duplicates
        ("Maatjesproject Samen op Pad", dict(org=org_a, phones=phone("035 123 45 67"), locations=[loc("Havenstraat 1", "1271 AB")])),
        ("Maatjes project Samen Op Pad", dict(org=org_b, phones=phone("035-1234567"), locations=[loc("Havenstraat 1", "1271AB")])),
        ("Stichting Humanitas Thuisadministratie", dict(phones=phone("+31 35 222 33 44"), locations=[loc("Kerkstraat 5", "1272 AA")])),
        ("Humanitas thuisadministratie", dict(phones=phone("035 222 33 44"), locations=[loc("Kerkstraat 7", "1272 AC", lat=52.31)])),
        ("Taalcafé De Brug", dict(locations=[loc("Brugstraat 12", "1271 BB")])),
        ("Taalcafe de Brug", dict(locations=[loc("Brugstraat 12", "1271BB", lat=52.3100)])),
        ("Boodschappendienst Huizen", dict(email="boodschappen@vrijwilligers.example", locations=[loc("Plein 1", "1273 AA")])),
        ("Boodschappen dienst Huizen", dict(email="Boodschappen@Vrijwilligers.example", locations=[loc("Plein 3", "1273 AB", lat=52.32)])),
        ("Buurtkamer 't Hofje", dict(phones=phone("035 555 66 77"), locations=[loc("Hofje 2", "1274 AA")])),
        ("Buurtkamer Het Hofje", dict(phones=phone("0355556677"), locations=[loc("Hofje 4", "1274 AB", lat=52.33)])),
        ("Formulierenhulp Bibliotheek", dict(url="https://www.bibliotheekgooi.example/formulierenhulp", locations=[loc("Boslaan 1", "1275 AA")])),
        ("Formulieren hulp bibliotheek Gooi", dict(url="http://bibliotheekgooi.example/formulierenhulp/", locations=[loc("Boslaan 9", "1275 AC", lat=52.34)])),
        ("Schuldhulpmaatje Huizen", dict(phones=phone("06 1234 5678"), locations=[])),
        ("SchuldHulpMaatje Huizen", dict(phones=phone("0612345678"), locations=[])),
        ("Mantelzorgsteunpunt", dict(email="steunpunt@mantelzorg.example", locations=[loc("Zorgweg 1", "1276 AA")])),
        ("Steunpunt Mantelzorg", dict(email="steunpunt@mantelzorg.example", locations=[loc("Zorgweg 3", "1276 AB", lat=52.35)])),
        ("Repair Café Huizen", dict(locations=[loc("Werkplaats 1", "1277 AA", lat=52.3001, lon=5.2401)])),
        ("Repaircafé Huizen", dict(locations=[loc("Werkplaats 2", "1277 AB", lat=52.3010, lon=5.2410)])),
        ("Kledingbank Gooi", dict(org=banks, phones=phone("035 999 88 77"), locations=[])),
        ("Kledingbank Gooi en Vecht", dict(phones=phone("035 999 88 77"), locations=[])),
        ("Voedselbank Huizen", dict(locations=[loc("Bankweg 1", "1278 AA")])),
        ("Stichting Voedselbank Huizen", dict(locations=[loc("Bankweg 1", "1278 AA", lat=52.36)])),
        ("Thuisadministratie Welzijn", dict(org=welzijn, email="thuisadmin@welzijnhuizen.example", locations=[])),
        ("Welzijn Thuisadministratie", dict(email="thuisadmin@welzijnhuizen.example", locations=[])),
        ("Ouderensoos De Zonnebloem", dict(locations=[loc("Zonneweg 10", "1279 AA")])),
        ("Ouderen-soos De Zonnebloem", dict(locations=[loc("Zonneweg 10", "1279AA", lat=52.37)])),
        ("Eetcafé Sámen", dict(phones=phone("035 777 00 11"), locations=[loc("Eetstraat 1", "1270 AA")])),
        ("Eetcafe Samen", dict(phones=phone("035 777 0011"), locations=[loc("Eetstraat 9", "1270 AB", lat=52.38)])),
        ("Klussendienst Oost", dict(org=welzijn, locations=[])),
        ("Klussen dienst Oost", dict(org=welzijn, locations=[])),
        ("Boodschapenhulp Huizen", dict(locations=[loc("Winkelstraat 1", "1270 BA", lat=52.3050, lon=5.2500)])),
        ("Boodschappenhulp Huizen", dict(locations=[loc("Winkelstraat 5", "1270 BB", lat=52.3052, lon=5.2503)])),
        # look-alikes that are two offers
        ("Maatje voor jongeren", dict(org=welzijn, phones=phone("035 444 00 00"), locations=[loc("Markt 1", "1271 CA")])),
        ("Maatje voor ouderen", dict(org=welzijn, phones=phone("035 444 00 00"), locations=[loc("Markt 1", "1271 CA")])),
        ("Maatjesproject Huizen", dict(phones=phone("035 101 01 01"), locations=[loc("Dorpsstraat 1", "1271 DA")])),
        ("Maatjesproject Blaricum", dict(phones=phone("035 202 02 02"), locations=[loc("Dorpsstraat 1", "1261 DA", **far)])),
        ("Voedselbank Gooi", dict(org=banks, phones=phone("035 999 88 77"), locations=[loc("Loods 1", "1275 XA")])),
        ("Kledingbank Huizen", dict(org=banks, phones=phone("035 999 88 77"), locations=[loc("Loods 1", "1275 XA")])),
        ("Taalcafé Huizen", dict(org=welzijn, phones=phone("035 444 00 00"), locations=[loc("Markt 1", "1271 CA")])),
        ("Taalcafé Blaricum", dict(org=welzijn, phones=phone("035 444 00 00"), locations=[loc("Markt 1", "1261 CA", **far)])),
        ("Boodschappendienst Oost", dict(org=welzijn, phones=phone("035 444 00 00"), locations=[])),
        ("Klusjesdienst Oost", dict(org=welzijn, phones=phone("035 444 00 00"), locations=[])),
        ("Computerhulp Senioren", dict(org=welzijn, email="info@welzijnhuizen.example", locations=[])),
        ("Computercursus Senioren", dict(org=welzijn, email="info@welzijnhuizen.example", locations=[])),
        ("Wandelgroep Huizen-Noord", dict(locations=[loc("Parkweg 1", "1271 PA")])),
        ("Wandelgroep Huizen-Zuid", dict(locations=[loc("Parkweg 2", "1271 PB", lat=52.3014)])),
        ("Koffieochtend Het Baken", dict(phones=phone("035 303 03 03"), locations=[loc("Baken 1", "1274 BA")])),
        ("Spelletjesmiddag Het Baken", dict(phones=phone("035 303 03 03"), locations=[loc("Baken 1", "1274 BA")])),
    ]
    services = []
    for name, extra in records:
        extra = dict(extra)
        services.append(f.service(name, **extra))
    names = [name for name, _ in records]
    truth = {frozenset((names[i], names[i + 1])) for i in range(0, 32, 2)}
    return services, truth


def test_duplicates_in_dutch_name_variants_have_high_precision_and_recall(ctx):
    services, truth = build()
    with ctx.sessions() as session:
        d = ctx.directory(session)
        for data in services:
            d.save_service(s.convert(data, s.Service))
        found = find(session)
    by_id = {x["id"]: x["name"] for x in services}
    suggested = {frozenset((by_id[c.keep_id], by_id[c.other_id])) for c in found if c.kind == "service"}
    right = suggested & truth
    precision = len(right) / len(suggested)
    recall = len(right) / len(truth)
    assert (precision, recall) == (1.0, 1.0), (f"precision {precision:.2f}, recall {recall:.2f}; "
                                              f"missed {sorted(map(sorted, truth - suggested))}; wrong {sorted(map(sorted, suggested - truth))}")
    # the organisations written with and without "Stichting" are suggested too
    orgs = {frozenset(c.names) for c in found if c.kind == "organization"}
    assert frozenset(("Stichting Samen op Pad", "Samen Op Pad")) in orgs
