"""A synthetic HSDS 3 feed for benchmarks: N services over every Dutch PC4 area, deterministic per seed.

    python bench/synthetic.py OUT.json [--services 100000] [--seed 7]

Streams one service at a time to the file (memory stays flat). Services come in organizations
of one to eight, with Dutch names and texts, every tier and life domain, schedules, costs and
languages; about one in ten locations has no coordinates (to be geocoded from its postcode) and
one in twenty services is virtual (no location, serves its municipality).
"""

from __future__ import annotations

import argparse
import csv
import random
import uuid
from pathlib import Path

import msgspec

from sociale_kaart import vocab

PC4_FILE = Path(__file__).resolve().parent.parent / "sociale_kaart" / "geo" / "data" / "nl_pc4_4pp.csv"
NS = uuid.UUID("6f1c1b52-6f1d-4c33-9d7e-3a1f0f7f5a10")

ORG_KINDS = ["Stichting", "Vereniging", "Coöperatie", "Zorggroep", "Welzijn", "Buurtnetwerk", "Humanitas", "Vrijwilligerscentrale"]
ORG_NAMES = ["De Brug", "Samen Sterk", "Het Anker", "Buurtkracht", "De Schakel", "Zonnebloem", "Kompas", "De Linde",
             "Lichtpunt", "De Horizon", "Thuis in de Wijk", "Het Baken", "De Wending", "Perspectief", "Noaberschap"]
ACTIVITIES = {
    "finances": ["Schuldhulp", "Formulierenhulp", "Budgetcursus", "Thuisadministratie", "Geldzorgen spreekuur"],
    "work_education": ["Taalcafé", "Sollicitatietraining", "Digitaal spreekuur", "Leerwerkplek", "Computercursus"],
    "daytime_activities": ["Dagbesteding", "Inloopochtend", "Creatieve middag", "Wandelgroep", "Moestuin"],
    "housing": ["Woonbegeleiding", "Klussendienst", "Woningaanpassing", "Verhuishulp", "Opruimhulp"],
    "domestic_relations": ["Opvoedsteun", "Relatiespreekuur", "Mediation", "Steunpunt gezin", "Ouderavond"],
    "mental_health": ["Lotgenotengroep", "Praatgroep", "Psychologische hulp", "Rouwverwerking", "Stressgroep"],
    "physical_health": ["Beweegcursus", "Wijkverpleging", "Valpreventie", "Stoelyoga", "Fysiotherapie"],
    "substance_use": ["Verslavingszorg", "Minder drinken", "Stoppen met roken", "Inloop verslaving", "Familiegroep"],
    "basic_adl": ["Persoonlijke verzorging", "Maaltijdservice", "Hulp bij aankleden", "Douchehulp", "Eetcafé"],
    "instrumental_adl": ["Boodschappendienst", "Huishoudelijke hulp", "Wasservice", "Kookcursus", "Vervoersdienst"],
    "social_network": ["Maatjesproject", "Bezoekdienst", "Koffieochtend", "Telefooncirkel", "Mantelzorgsteun"],
    "social_participation": ["Vrijwilligerswerk", "Buurtcafé", "Wijkfeest", "Repair Café", "Buurtpreventie"],
    "justice": ["Juridisch spreekuur", "Reclasseringshulp", "Slachtofferhulp", "Sociaal raadslieden", "Rechtswinkel"],
}
PHRASES = ["U bent van harte welkom.", "Onze vrijwilligers helpen u graag.", "Bel of mail ons gerust.",
           "Aanmelden is niet nodig.", "Wij denken met u mee.", "Samen zoeken we wat bij u past.",
           "Ook voor mantelzorgers.", "Wij komen ook bij u thuis.", "De koffie staat klaar.",
           "U kunt ook iemand meenemen."]
STREETS = ["Dorpsstraat", "Kerkstraat", "Molenweg", "Schoolstraat", "Stationsweg", "Beukenlaan", "Raadhuisplein",
           "Julianastraat", "Wilhelminalaan", "Havenstraat", "Industrieweg", "Marktplein"]
DAYS = ["MO", "TU", "WE", "TH", "FR", "SA"]
TIERS = list(vocab.TIERS)
ACCESS = {"self_help": "open", "social_network": "open", "volunteer": "registration", "general": "open",
          "tailored": "decision", "specialist": "referral"}


def sid(*parts) -> str:
    return str(uuid.uuid5(NS, ":".join(map(str, parts))))


def attribute(link_id: str, link_type: str, tax: str, code: str, value: str | None = None) -> dict:
    term = vocab.term_id(tax, code)
    out = {"id": sid("attr", link_id, tax, code), "link_id": link_id, "link_type": link_type, "taxonomy_term_id": term,
           "taxonomy_term": {"id": term, "code": code, "name": code, "description": code, "taxonomy": tax}}
    if value is not None:
        out["value"] = value
    return out


def areas() -> list[dict]:
    with PC4_FILE.open(encoding="utf-8") as fh:
        return [r for r in csv.DictReader(fh) if r.get("soort", "") != "Postbus"] or list(csv.DictReader(PC4_FILE.open(encoding="utf-8")))


def services(n: int, seed: int = 7):
    rnd = random.Random(seed)
    pcs = areas()
    made = 0
    o = 0
    while made < n:
        o += 1
        area = pcs[o % len(pcs)]
        place = area["woonplaats"]
        org_id = sid("org", seed, o)
        org = {"id": org_id, "name": f"{rnd.choice(ORG_KINDS)} {rnd.choice(ORG_NAMES)} {place}",
               "description": f"Maatschappelijke organisatie in {place} en omgeving.",
               "email": f"info@org{o}.example", "website": f"https://org{o}.example",
               "organization_identifiers": [{"id": sid("kvk", seed, o), "identifier_type": "KvK",
                                             "identifier_scheme": "NL-KVK", "identifier": f"{40000000 + o}"}]}
        for k in range(min(rnd.randint(1, 8), n - made)):
            made += 1
            domains = rnd.sample(list(ACTIVITIES), rnd.choice((1, 1, 2, 3)))
            tier = TIERS[made % len(TIERS)]
            svc_id = sid("svc", seed, o, k)
            name = f"{rnd.choice(ACTIVITIES[domains[0]])} {place}" + (f" {k + 1}" if k else "")
            attrs = [attribute(svc_id, "service", vocab.TIER, tier), attribute(svc_id, "service", vocab.ACCESS, ACCESS[tier])]
            attrs += [attribute(svc_id, "service", vocab.LIFE_DOMAIN, d) for d in domains]
            if tier in ("tailored", "specialist") and rnd.random() < 0.5:
                attrs.append(attribute(svc_id, "service", vocab.WAITING, "waiting_weeks", str(rnd.randint(0, 12))))
            if tier == "specialist" and rnd.random() < 0.1:
                attrs.append(attribute(svc_id, "service", vocab.ACUTE, "crisis"))
            days = sorted(rnd.sample(DAYS, rnd.randint(1, 4)), key=DAYS.index)
            svc = {
                "id": svc_id, "organization_id": org_id, "name": name,
                "description": " ".join(rnd.sample(PHRASES, 3)) + f" Voor inwoners van {area['gemeente']}.",
                "status": "active", "email": f"dienst{made}@org{o}.example",
                "minimum_age": rnd.choice((0, 0, 18, 55, 65)),
                "phones": [{"id": sid("ph", svc_id), "number": f"0{rnd.randint(10, 99)} {rnd.randint(100, 999)} {rnd.randint(1000, 9999)}", "type": "voice"}],
                "schedules": [{"id": sid("sch", svc_id), "freq": "WEEKLY", "byday": ",".join(days),
                               "opens_at": f"{rnd.randint(8, 13):02d}:00", "closes_at": f"{rnd.randint(14, 20):02d}:00"}],
                "cost_options": [{"id": sid("cost", svc_id), "currency": "EUR",
                                  "amount": rnd.choice((0, 0, 0, 2.5, 10, 25, 45))}],
                "languages": [{"id": sid("lang", svc_id, c), "code": c, "name": c} for c in ("nl", *rnd.sample(("en", "ar", "tr", "pl"), rnd.randint(0, 2)))],
                "organization": org,
                "attributes": attrs,
            }
            if rnd.random() < 0.05:
                svc["service_areas"] = [{"id": sid("area", svc_id), "name": f"Gemeente {area['gemeente']}"}]
            else:
                loc_id = sid("loc", seed, o, k)
                lat, lon = float(area["latitude"]), float(area["longitude"])
                loc = {"id": loc_id, "location_type": "physical", "name": f"{rnd.choice(('Buurthuis', 'Wijkcentrum', 'Kantoor', 'Ontmoetingsplek'))} {place}",
                       "addresses": [{"id": sid("addr", loc_id), "address_1": f"{rnd.choice(STREETS)} {rnd.randint(1, 200)}",
                                      "city": place, "state_province": area["provincie"],
                                      "postal_code": f"{area['postcode']} {rnd.choice('ABCDEGHJKL')}{rnd.choice('ABCDEGHJKL')}",
                                      "country": "NL", "address_type": "physical"}],
                       "attributes": [attribute(loc_id, "location", vocab.ACCESSIBILITY, "wheelchair")] if rnd.random() < 0.6 else []}
                if rnd.random() >= 0.1:
                    loc["latitude"] = round(lat + rnd.uniform(-0.01, 0.01), 6)
                    loc["longitude"] = round(lon + rnd.uniform(-0.015, 0.015), 6)
                svc["service_at_locations"] = [{"id": sid("sal", svc_id), "location_id": loc_id, "location": loc}]
            yield svc


def write(path: Path, n: int, seed: int = 7) -> int:
    enc = msgspec.json.Encoder()
    count = 0
    with path.open("wb") as fh:
        fh.write(b"[")
        for svc in services(n, seed):
            fh.write((b",\n" if count else b"\n") + enc.encode(svc))
            count += 1
        fh.write(b"\n]\n")
    return count


def main() -> None:
    p = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    p.add_argument("out", type=Path)
    p.add_argument("--services", type=int, default=100_000)
    p.add_argument("--seed", type=int, default=7)
    a = p.parse_args()
    print(f"wrote {write(a.out, a.services, a.seed)} services to {a.out}")


if __name__ == "__main__":
    main()
