"""A synthetic national social map for benchmarks: N HSDS 3 services over every Dutch PC4 area.

    python bench/synthetic.py --services 100000 --out bench/data/national-100k.json [--seed 1] [--shape standard]

Deterministic per (n, seed, this file, sociale_kaart/demo/huizen.json). Streams: the output is
a JSON list with one service (HSDS 3 full form, our Dutch profile of INTERFACES.md) per line,
written one at a time, so memory stays flat. `python -m sociale_kaart import hsds FILE` reads it.

Shape of the data:
- every non-Postbus PC4 area of sociale_kaart/geo/data/nl_pc4_4pp.csv gets organizations in
  turn (seeded shuffle, uniform), locations jittered ~1 km around the PC4 centroid;
- about one organization (with a KvK number) per 3 services;
- the 6 tiers with realistic weights (many volunteer and general services, fewer specialist),
  all 13 life domains (1-3 per service), access route per tier, waiting weeks, a few crisis;
- names composed from activity words per life domain, place and neighbourhood
  ("Maatjesproject Zwolle-Zuid", "Boodschappendienst", "Schuldhulp Inloop"), descriptions from
  phrase banks (lay and professional words, compounds) plus sentences of the hand-written demo
  municipality (huizen.json) for the same life domain;
- schedules (byday), cost options (free or amounts), ages, languages, wheelchair access on
  about 60% of locations, ~1 in 10 locations without coordinates (geocoded from the postcode),
  ~5% virtual services serving "Gemeente X" or "Nederland", ~2% inactive.

Python API for other benches:
    generate(n, seed) -> Iterator[dict]           HSDS services (what the file holds)
    documents(n, seed) -> Iterator[search_index.Document]
        the same services as index documents, mapped the way sociale_kaart.indexing.to_document
        maps stored services (no database needed; areas use the same area codes). Use it for
        library-only benches; bench/search.py itself imports the file through the real importer
        and builds documents with the real Indexer.
"""

from __future__ import annotations

import argparse
import csv
import hashlib
import json
import random
import sys
import time
import uuid
from collections.abc import Iterator
from pathlib import Path

import msgspec

ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from sociale_kaart import vocab  # noqa: E402

PC4_FILE = ROOT / "sociale_kaart" / "geo" / "data" / "nl_pc4_4pp.csv"
DEMO_FILE = ROOT / "sociale_kaart" / "demo" / "huizen.json"
NS = uuid.UUID("6f1c1b52-6f1d-4c33-9d7e-3a1f0f7f5a10")

TIER_WEIGHTS = {"self_help": 10, "social_network": 10, "volunteer": 28, "general": 26, "tailored": 14, "specialist": 12}
DOMAIN_WEIGHTS = {"finances": 9, "work_education": 8, "daytime_activities": 9, "housing": 8, "domestic_relations": 7,
                  "mental_health": 9, "physical_health": 9, "substance_use": 4, "basic_adl": 6, "instrumental_adl": 10,
                  "social_network": 11, "social_participation": 8, "justice": 3}
ACCESS = {"self_help": "open", "social_network": "open", "volunteer": "registration", "general": "open",
          "tailored": "decision", "specialist": "referral"}

ORG_KINDS = ["Stichting", "Vereniging", "Coöperatie", "Zorggroep", "Welzijn", "Buurtnetwerk", "Humanitas",
             "Vrijwilligerscentrale", "Zorgcentrum", "Sociaal Team", "Steunpunt", "Praktijk"]
ORG_NAMES = ["De Brug", "Samen Sterk", "Het Anker", "Buurtkracht", "De Schakel", "Zonnebloem", "Kompas", "De Linde",
             "Lichtpunt", "De Horizon", "Thuis in de Wijk", "Het Baken", "De Wending", "Perspectief", "Noaberschap",
             "De Vonk", "Het Kruispunt", "Dichtbij", "Wijkkracht", "De Boog", "Vitaal", "Het Palet", "De Zorgzame Buurt",
             "Samen Verder", "De Eik", "Tandem", "De Wegwijzer", "MEE", "Humanitas", "Leger des Heils"]
QUARTERS = ["Zuid", "Noord", "Oost", "West", "Centrum", "Buiten", "Dorp"]

# Activity names per life domain: lay words, compounds and professional terms.
ACTIVITIES = {
    "finances": ["Schuldhulp", "Schuldhulpverlening", "Formulierenhulp", "Budgetcursus", "Thuisadministratie",
                 "Geldzorgen spreekuur", "Budgetbeheer", "Belastingaangifte hulp", "Voedselbank", "Toeslagenhulp",
                 "Sociaal raadslieden geldloket", "Schuldhulp Inloop", "Invulhulp", "Minimaregeling advies"],
    "work_education": ["Taalcafé", "Sollicitatietraining", "Digitaal spreekuur", "Leerwerkplek", "Computercursus",
                       "Re-integratietraject", "Taalmaatje", "Werkfit training", "Inburgering begeleiding",
                       "Jobcoaching", "Klik en Tik cursus", "Jongerenloket werk"],
    "daytime_activities": ["Dagbesteding", "Inloopochtend", "Creatieve middag", "Wandelgroep", "Moestuin",
                           "Arbeidsmatige dagbesteding", "Houtwerkplaats", "Soosmiddag", "Zorgboerderij",
                           "Spelletjesmiddag", "Dagactiviteiten ouderen", "Buurtmoestuin"],
    "housing": ["Woonbegeleiding", "Klussendienst", "Woningaanpassing", "Verhuishulp", "Opruimhulp",
                "Klusjesdienst", "Beschermd wonen", "Huurspreekuur", "Nachtopvang", "Woonwijzer",
                "Energiecoach", "Reparatiedienst"],
    "domestic_relations": ["Opvoedsteun", "Relatiespreekuur", "Mediation", "Steunpunt gezin", "Ouderavond",
                           "Opvoedspreekuur", "Scheidingsloket", "Gezinscoach", "Veilig Thuis spreekuur",
                           "Homestart gezinsbezoek", "Jeugdhulp", "Ouder en kind groep"],
    "mental_health": ["Lotgenotengroep", "Praatgroep", "Psychologische hulp", "Rouwverwerking", "Stressgroep",
                      "Basis-GGZ behandeling", "Herstelwerkplaats", "Luisterlijn", "Praktijkondersteuner GGZ",
                      "Depressiegroep", "Omgaan met angst", "Zelfhulpcursus somberheid"],
    "physical_health": ["Beweegcursus", "Wijkverpleging", "Valpreventie", "Stoelyoga", "Fysiotherapie",
                        "Thuiszorg", "Dementiecafé", "Beweegmaatje", "Gezondheidsspreekuur", "Revalidatie",
                        "Diabetesgroep", "Buurtsportcoach"],
    "substance_use": ["Verslavingszorg", "Minder drinken", "Stoppen met roken", "Inloop verslaving", "Familiegroep",
                      "Alcoholspreekuur", "Gokhulp", "Drugsvoorlichting", "Ambulante verslavingszorg"],
    "basic_adl": ["Persoonlijke verzorging", "Maaltijdservice", "Hulp bij aankleden", "Douchehulp", "Eetcafé",
                  "Tafeltje-dek-je", "Maaltijdbezorging", "Buurtrestaurant", "Thuiszorg verzorging"],
    "instrumental_adl": ["Boodschappendienst", "Boodschappenhulp", "Huishoudelijke hulp", "Wasservice",
                         "Kookcursus", "Vervoersdienst", "Ouderenvervoer", "Rolstoelbus", "Klusjesman aan huis",
                         "Poetshulp", "Papierwinkel", "Hulp bij post en papieren"],
    "social_network": ["Maatjesproject", "Bezoekdienst", "Koffieochtend", "Telefooncirkel", "Mantelzorgsteun",
                       "Burenhulp", "Huisbezoek 75+", "Ontmoetingsgroep", "Respijtzorg", "Mantelzorgcafé",
                       "Eenzaamheidsaanpak", "Buurtkamer", "Vriendschapscursus"],
    "social_participation": ["Vrijwilligerswerk", "Buurtcafé", "Wijkfeest", "Repair Café", "Buurtpreventie",
                             "Vrijwilligersvacaturebank", "Maatschappelijke diensttijd", "Buurtbudget",
                             "Kringloopwinkel", "Buurtcoöperatie", "Jongerenwerk"],
    "justice": ["Juridisch spreekuur", "Reclasseringshulp", "Slachtofferhulp", "Sociaal raadslieden", "Rechtswinkel",
                "Juridisch Loket", "Leerstraf begeleiding", "Nazorg ex-gedetineerden", "Schuldhulp na detentie"],
}

# Sentences per life domain: what a resident would say and what a professional would write.
DOMAIN_PHRASES = {
    "finances": ["Heeft u geldzorgen of schulden?", "Wij helpen u met formulieren, brieven en toeslagen.",
                 "Samen maken we een overzicht van uw inkomsten en uitgaven.",
                 "Bij problematische schulden verwijzen wij naar de schuldhulpverlening van de gemeente.",
                 "Heeft u een betalingsachterstand of een aanmaning gekregen? Wacht niet te lang.",
                 "Een vrijwilliger helpt met de belastingaangifte en de huurtoeslag.",
                 "Wij doen een budgetcoaching en leren u weer grip te krijgen op uw geld."],
    "work_education": ["Wilt u weer aan het werk of beter Nederlands leren?", "Oefen met sollicitatiegesprekken en uw cv.",
                       "Wij begeleiden bij re-integratie naar betaald werk.",
                       "In het taalcafé oefent u Nederlands praten met vrijwilligers.",
                       "Voor laaggeletterden: leer beter lezen, schrijven en werken met de computer.",
                       "Een jobcoach helpt op de werkplek."],
    "daytime_activities": ["Zoekt u een zinvolle dagbesteding?", "Samen koken, tuinieren, wandelen of creatief bezig zijn.",
                           "De dagbesteding is voor mensen met dementie of een beperking.",
                           "U werkt in uw eigen tempo, zonder productiedruk.",
                           "Kom vrijblijvend een keer kijken bij de activiteiten."],
    "housing": ["Lukt het niet meer om zelfstandig te wonen?", "Een klusjesman helpt met kleine reparaties in huis.",
                "Wij helpen bij verhuizen en opruimen.", "Bij dreigende huisuitzetting of huurachterstand: neem contact op.",
                "Voor een traplift of drempelhulp is een Wmo-aanvraag nodig.",
                "Woonbegeleiding helpt u met uw huishouden en dagritme."],
    "domestic_relations": ["Vragen over opvoeden of opgroeien?", "Ruzie of problemen in uw relatie?",
                           "Wij ondersteunen gezinnen bij opvoedingsvragen.",
                           "Bij huiselijk geweld of kindermishandeling kunt u ons altijd bellen.",
                           "Een mediator helpt bij scheiding en omgangsregeling."],
    "mental_health": ["Voelt u zich somber, angstig of gespannen?", "Praten met lotgenoten kan helpen.",
                      "De praktijkondersteuner GGZ biedt kortdurende begeleiding.",
                      "Bij psychische klachten zoeken we samen wat helpt.",
                      "Rouw en verlies: u staat er niet alleen voor.",
                      "Herstel en zelfregie staan centraal."],
    "physical_health": ["Blijf in beweging, ook met een beperking.", "De wijkverpleegkundige komt bij u thuis.",
                        "Leer hoe u vallen kunt voorkomen.", "Voor mensen met diabetes, COPD of hartklachten.",
                        "De fysiotherapeut helpt u na een operatie of beroerte weer fit te worden.",
                        "Bij geheugenproblemen of dementie denken wij met u mee."],
    "substance_use": ["Drinkt u meer dan u wilt?", "Hulp bij verslaving aan alcohol, drugs of gokken.",
                      "Ook familie en naasten zijn welkom.", "Anoniem en zonder verwijzing langskomen kan.",
                      "Wij bieden ambulante verslavingszorg en nazorg."],
    "basic_adl": ["Lukt wassen, aankleden of eten niet meer alleen?", "Elke dag een warme maaltijd aan huis.",
                  "Samen eten in het buurtrestaurant voor een kleine prijs.",
                  "Persoonlijke verzorging door een ervaren verzorgende.",
                  "Hulp bij douchen en aankleden, ook in het weekend."],
    "instrumental_adl": ["Hulp bij boodschappen, koken en het huishouden.", "Wij doen de boodschappen voor u.",
                         "Vervoer naar de huisarts, het ziekenhuis of de markt.",
                         "Een vrijwilliger helpt met post en papieren.", "Huishoudelijke hulp via de Wmo.",
                         "Ook voor ouderen die slecht ter been zijn."],
    "social_network": ["Voelt u zich eenzaam of alleen?", "Een maatje komt één keer per week op bezoek.",
                       "Samen koffie drinken, wandelen of een spelletje doen.",
                       "Mantelzorgers kunnen bij ons terecht voor steun en ontspanning.",
                       "Wij bellen u elke ochtend om te horen hoe het gaat.",
                       "Nieuwe mensen leren kennen in uw eigen buurt."],
    "social_participation": ["Wilt u iets betekenen voor een ander?", "Vrijwilligerswerk past bij iedereen.",
                             "Help mee in de buurt: repareren, tuinieren of organiseren.",
                             "Jongeren kunnen meedoen met maatschappelijke diensttijd.",
                             "Samen maken we de wijk leefbaar en veilig."],
    "justice": ["Heeft u een juridische vraag?", "Gratis juridisch advies over huur, werk of uitkering.",
                "Slachtofferhulp na een misdrijf of verkeersongeluk.", "Begeleiding na detentie en reclassering.",
                "Een sociaal raadsman helpt met bezwaar maken tegen een besluit."],
}
TIER_PHRASES = {
    "self_help": ["U kunt zelf aan de slag met de tips en oefeningen.", "Zelf doen, op uw eigen moment."],
    "social_network": ["Betrek uw familie, buren en vrienden.", "Samen met uw netwerk kijken we wat nodig is."],
    "volunteer": ["Onze vrijwilligers helpen u graag.", "Getrainde vrijwilligers komen bij u langs."],
    "general": ["U kunt zo binnenlopen, een afspraak is niet nodig.", "Voor alle inwoners, zonder aanvraag."],
    "tailored": ["Na een keukentafelgesprek met de gemeente krijgt u een maatwerkvoorziening.",
                 "Hiervoor heeft u een Wmo-beschikking nodig."],
    "specialist": ["U heeft een verwijzing van de huisarts nodig.", "Professionele begeleiding door gespecialiseerde hulpverleners."],
}
GENERIC = ["U bent van harte welkom.", "Bel of mail ons gerust.", "Aanmelden is niet nodig.", "Wij denken met u mee.",
           "Samen zoeken we wat bij u past.", "Ook voor mantelzorgers.", "Wij komen ook bij u thuis.",
           "De koffie staat klaar.", "U kunt ook iemand meenemen.", "Wij werken samen met de huisarts en het wijkteam.",
           "Het sociaal wijkteam kan u ook doorverwijzen.", "Kosten: vraag naar de mogelijkheden."]
LOCATION_KINDS = ["Buurthuis", "Wijkcentrum", "Kantoor", "Ontmoetingsplek", "Bibliotheek", "Gezondheidscentrum",
                  "Dorpshuis", "Zorgcentrum", "Kerkgebouw", "Sporthal"]
STREETS = ["Dorpsstraat", "Kerkstraat", "Molenweg", "Schoolstraat", "Stationsweg", "Beukenlaan", "Raadhuisplein",
           "Julianastraat", "Wilhelminalaan", "Havenstraat", "Industrieweg", "Marktplein", "Eikenlaan", "Kastanjelaan",
           "Prins Bernhardstraat", "Nieuwstraat", "Zuiderweg", "Parklaan"]
DAYS = ["MO", "TU", "WE", "TH", "FR", "SA", "SU"]
LANGS = ("en", "ar", "tr", "pl", "uk", "de", "so", "ti")
WEEKDAY_SETS = [["MO", "TU", "WE", "TH", "FR"], ["MO", "WE", "FR"], ["TU", "TH"], ["WE"], ["SA"], ["MO"], ["TH", "FR"],
                ["MO", "TU", "WE", "TH", "FR", "SA", "SU"], ["TU"], ["FR", "SA"]]


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
    """PC4 areas with residents (Postbus numbers left out), in file order."""
    with PC4_FILE.open(encoding="utf-8") as fh:
        return [r for r in csv.DictReader(fh) if r.get("soort", "") != "Postbus"]


def demo_sentences() -> dict[str, list[str]]:
    """Sentences of the hand-written demo municipality per life domain (its place names made neutral)."""
    out: dict[str, list[str]] = {d: [] for d in vocab.LIFE_DOMAINS}
    try:
        data = json.loads(DEMO_FILE.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return out
    for svc in data:
        domains = [a["taxonomy_term"]["code"] for a in svc.get("attributes", [])
                   if isinstance(a.get("taxonomy_term"), dict) and a["taxonomy_term"].get("taxonomy") == vocab.LIFE_DOMAIN]
        text = (svc.get("description") or "").replace("Huizen", "{place}")
        sents = [s.strip() + "." for s in text.split(". ") if 20 <= len(s) <= 220 and "{" not in s.replace("{place}", "")]
        for d in domains:
            if d in out:
                out[d] += sents
    return {d: sorted(set(v)) for d, v in out.items()}


def _weighted(rnd: random.Random, table: dict[str, int]):
    keys = list(table)
    cum, acc = [], 0
    for k in keys:
        acc += table[k]
        cum.append(acc)
    return lambda: rnd.choices(keys, cum_weights=cum)[0]


def _organization(rnd: random.Random, seed: int, o: int, area: dict) -> tuple[dict, bool]:
    place, gemeente = area["woonplaats"], area["gemeente"]
    org_id = sid("org", seed, o)
    org_name = f"{rnd.choice(ORG_KINDS)} {rnd.choice(ORG_NAMES)} {place}"
    org_active = rnd.random() >= 0.005
    org = {"id": org_id, "name": org_name,
           "description": f"Maatschappelijke organisatie in {place} en omgeving, actief in {gemeente}.",
           "email": f"info@org{o}.example", "website": f"https://org{o}.example",
           "organization_identifiers": [{"id": sid("kvk", seed, o), "identifier_type": "KvK",
                                         "identifier_scheme": "NL-KVK", "identifier": f"{40000000 + o:08d}"}]}
    if not org_active:
        org["status"] = "inactive"  # ignored by importers that do not know it; services below go inactive too
    return org, org_active


def _service(rnd: random.Random, pick_tier, pick_domain, demo: dict, seed: int, o: int, k: int, made: int, area: dict,
             org: dict, org_active: bool) -> dict:
    place, gemeente, org_id = area["woonplaats"], area["gemeente"], org["id"]
    tier = pick_tier()
    first = pick_domain()
    domains = [first] + [d for d in rnd.sample(list(ACTIVITIES), rnd.choice((0, 0, 1, 2))) if d != first]
    svc_id = sid("svc", seed, o, k)
    activity = rnd.choice(ACTIVITIES[first])
    style = rnd.random()
    if style < 0.35:
        name = f"{activity} {place}"
    elif style < 0.55:
        name = f"{activity} {place}-{rnd.choice(QUARTERS)}"
    elif style < 0.75:
        name = activity
    elif style < 0.9:
        name = f"{activity} {rnd.choice(ORG_NAMES)}"
    else:
        name = f"{activity} {rnd.choice(('Inloop', 'Spreekuur', 'Groep', 'aan huis', 'voor ouderen', 'voor jongeren'))}"
    sents = rnd.sample(DOMAIN_PHRASES[first], min(2, len(DOMAIN_PHRASES[first])))
    for d in domains[1:]:
        sents.append(rnd.choice(DOMAIN_PHRASES[d]))
    if demo.get(first):
        sents += rnd.sample(demo[first], min(len(demo[first]), rnd.choice((1, 2, 3))))
    sents.append(rnd.choice(TIER_PHRASES[tier]))
    sents += rnd.sample(GENERIC, rnd.choice((1, 2)))
    rnd.shuffle(sents)
    description = " ".join(s.replace("{place}", place) for s in sents) + f" Voor inwoners van {gemeente}."
    attrs = [attribute(svc_id, "service", vocab.TIER, tier), attribute(svc_id, "service", vocab.ACCESS, ACCESS[tier])]
    attrs += [attribute(svc_id, "service", vocab.LIFE_DOMAIN, d) for d in domains]
    if tier in ("tailored", "specialist") and rnd.random() < 0.6:
        attrs.append(attribute(svc_id, "service", vocab.WAITING, "waiting_weeks", str(rnd.randint(0, 16))))
    if tier == "specialist" and rnd.random() < 0.08:
        attrs.append(attribute(svc_id, "service", vocab.ACUTE, "crisis"))
    min_age, max_age = rnd.choice(((None, None), (None, None), (18, None), (0, 18), (12, 27), (55, None),
                                   (65, None), (18, 67), (None, None), (4, 12)))
    svc = {
        "id": svc_id, "organization_id": org_id, "name": name,
        "description": description,
        "status": "active" if (org_active and rnd.random() >= 0.02) else "inactive",
        "email": f"dienst{made}@org{o}.example",
        "phones": [{"id": sid("ph", svc_id), "number": f"0{rnd.randint(10, 99)} {rnd.randint(100, 999)} {rnd.randint(1000, 9999)}", "type": "voice"}],
        "organization": org,
        "attributes": attrs,
    }
    if rnd.random() < 0.25:
        svc["alternate_name"] = activity.split()[0].lower()
    if min_age is not None:
        svc["minimum_age"] = min_age
    if max_age is not None:
        svc["maximum_age"] = max_age
    if rnd.random() < 0.9:
        days = rnd.choice(WEEKDAY_SETS) if rnd.random() < 0.7 else sorted(rnd.sample(DAYS, rnd.randint(1, 4)), key=DAYS.index)
        svc["schedules"] = [{"id": sid("sch", svc_id), "freq": "WEEKLY", "byday": ",".join(days),
                             "opens_at": f"{rnd.randint(8, 13):02d}:00", "closes_at": f"{rnd.randint(14, 21):02d}:00"}]
    r = rnd.random()
    if r < 0.55:
        svc["cost_options"] = [{"id": sid("cost", svc_id), "currency": "EUR", "amount": 0, "option": "Gratis"}]
    elif r < 0.85:
        svc["cost_options"] = [{"id": sid("cost", svc_id), "currency": "EUR",
                                "amount": rnd.choice((2.5, 5, 7.5, 10, 15, 25, 45, 80)), "option": "Eigen bijdrage"}]
    extra = rnd.sample(LANGS, rnd.choice((0, 0, 0, 1, 1, 2, 3)))
    svc["languages"] = [{"id": sid("lang", svc_id, c), "code": c, "name": c} for c in ("nl", *extra)]
    v = rnd.random()
    if v < 0.05:
        scope = "Nederland" if v < 0.01 else f"Gemeente {gemeente}"
        svc["service_areas"] = [{"id": sid("area", svc_id), "name": scope}]
    else:
        loc_id = sid("loc", seed, o, k)
        lat, lon = float(area["latitude"]), float(area["longitude"])
        loc = {"id": loc_id, "location_type": "physical", "name": f"{rnd.choice(LOCATION_KINDS)} {place}",
               "addresses": [{"id": sid("addr", loc_id), "address_1": f"{rnd.choice(STREETS)} {rnd.randint(1, 200)}",
                              "city": place, "state_province": area["provincie"],
                              "postal_code": f"{area['postcode']} {rnd.choice('ABCDEGHJKL')}{rnd.choice('ABCDEGHJKL')}",
                              "country": "NL", "address_type": "physical"}],
               "attributes": [attribute(loc_id, "location", vocab.ACCESSIBILITY, "wheelchair")] if rnd.random() < 0.6 else []}
        if rnd.random() >= 0.1:  # ~1 km jitter: 0.009 deg latitude, 0.014 deg longitude
            loc["latitude"] = round(lat + rnd.uniform(-0.009, 0.009), 6)
            loc["longitude"] = round(lon + rnd.uniform(-0.014, 0.014), 6)
        svc["service_at_locations"] = [{"id": sid("sal", svc_id), "location_id": loc_id, "location": loc}]
    return svc




def generate(n: int, seed: int = 1, shape: str = "grouped") -> Iterator[dict]:
    """N HSDS 3 services (full form, with organization and locations), deterministic per seed.

    shape "grouped": the services of an organization follow each other, terms given whole.
    shape "standard": what a national feed looks like: about n/5 organizations, each service
    names a random one (so an organization's services are spread through the file) and nests it
    whole; attributes name their taxonomy term by id only."""
    rnd = random.Random(seed)
    pcs = areas()
    order = list(range(len(pcs)))
    rnd.shuffle(order)
    demo = demo_sentences()
    pick_tier = _weighted(rnd, TIER_WEIGHTS)
    pick_domain = _weighted(rnd, DOMAIN_WEIGHTS)
    if shape == "standard":
        orgs = max(1, n // 5)
        counts: dict[int, int] = {}
        for made in range(1, n + 1):
            o = rnd.randrange(orgs) + 1
            area = pcs[order[(o - 1) % len(order)]]
            org, org_active = _organization(random.Random(f"org:{seed}:{o}"), seed, o, area)
            k = counts[o] = counts.get(o, -1) + 1
            yield _terms_by_id(_service(rnd, pick_tier, pick_domain, demo, seed, o, k, made, area, org, org_active))
        return
    made = 0
    o = 0
    while made < n:
        area = pcs[order[o % len(order)]]
        o += 1
        org, org_active = _organization(rnd, seed, o, area)
        for k in range(min(rnd.choice((1, 1, 2, 2, 3, 3, 3, 4, 5, 6)), n - made)):
            made += 1
            yield _service(rnd, pick_tier, pick_domain, demo, seed, o, k, made, area, org, org_active)


def _terms_by_id(svc: dict) -> dict:
    """Attributes that name their term by id only, as most feeds send them."""
    strip = lambda attrs: [{k: v for k, v in a.items() if k != "taxonomy_term"} for a in attrs]  # noqa: E731
    svc["attributes"] = strip(svc["attributes"])
    for sal in svc.get("service_at_locations", []):
        sal["location"]["attributes"] = strip(sal["location"]["attributes"])
    return svc


# Backwards-compatible name used by the first version of this file.
services = generate


def _area_code(name: str) -> str | None:
    from sociale_kaart.geo.gazetteer import fold

    f = fold(name)
    if f in ("nederland", "nl", "heel nederland", "landelijk"):
        return "nl"
    if f.startswith("gemeente "):
        return "gm:" + f.removeprefix("gemeente ")
    return None


_PC4_POINTS: dict[str, tuple[float, float]] = {}


def _pc4_point(postal_code: str) -> tuple[float, float] | None:
    if not _PC4_POINTS:
        with PC4_FILE.open(encoding="utf-8") as fh:
            for r in csv.DictReader(fh):
                _PC4_POINTS[r["postcode"]] = (float(r["latitude"]), float(r["longitude"]))
    return _PC4_POINTS.get(postal_code[:4])


def to_document(svc: dict):
    """An HSDS service of generate() as sociale_kaart.indexing.to_document indexes it once stored
    (a location without coordinates gets its PC4 centroid, as the importer's local geocoder does).
    A mirror, kept by hand: check it against the real Indexer when indexing.py changes."""
    from search_index import Document

    attrs = svc.get("attributes", [])
    codes = {}
    for a in attrs:
        t = a["taxonomy_term"]
        codes.setdefault(t["taxonomy"], []).append((t["code"], a.get("value")))
    domains = sorted(c for c, _ in codes.get(vocab.LIFE_DOMAIN, []))
    amounts = [c["amount"] for c in svc.get("cost_options", []) if c.get("amount") is not None]
    sals = svc.get("service_at_locations", [])
    points, wheel, place = [], False, ""
    for sal in sals:
        loc = sal["location"]
        if loc.get("latitude") is not None:
            points.append((loc["latitude"], loc["longitude"]))
        elif loc.get("addresses") and (pt := _pc4_point(loc["addresses"][0]["postal_code"])):
            points.append(pt)
        wheel |= any(a["taxonomy_term"]["code"] == "wheelchair" for a in loc.get("attributes", []))
        for ad in loc.get("addresses", []):
            place = place or ad.get("city", "")
    area_codes = sorted({c for a in svc.get("service_areas", []) if (c := _area_code(a["name"]))})
    if not area_codes and not sals:
        area_codes = ["nl"]
    if not place:
        for a in svc.get("service_areas", []):
            place = place or a["name"].removeprefix("Gemeente ")
    days: set[str] = set()
    for s in svc.get("schedules", []):
        days.update(p.strip()[-2:].lower() for p in (s.get("byday") or "").split(","))
    waiting = [int(v) for c, v in codes.get(vocab.WAITING, []) if v is not None]
    keywords = [svc["alternate_name"]] if svc.get("alternate_name") else []
    labels = [vocab.LIFE_DOMAINS[d][0] for d in domains]
    extra = {"categories": labels} if "categories" in Document.__struct_fields__ else {}
    if not extra:
        keywords += labels
    doc = Document(**extra,
        id=svc["id"], name=svc["name"], organization=svc["organization"]["name"], description=svc.get("description", ""),
        keywords=keywords, tier=codes.get(vocab.TIER, [("general", None)])[0][0], life_domains=domains, points=points,
        areas=area_codes, free=bool(amounts) and min(amounts) == 0, cost_amount=min(amounts) if amounts else None,
        min_age=svc.get("minimum_age"), max_age=svc.get("maximum_age"),
        languages=sorted({x["code"][:2] for x in svc.get("languages", [])}) or ["nl"],
        wheelchair=(not sals) or wheel, open_days=[d for d in ("mo", "tu", "we", "th", "fr", "sa", "su") if d in days],
        crisis=bool(codes.get(vocab.ACUTE)), waiting_weeks=waiting[0] if waiting else None,
        access=codes.get(vocab.ACCESS, [("open", None)])[0][0], place=place,
        active=svc.get("status", "active") == "active",
    )
    version = hashlib.sha1(msgspec.json.encode(doc)).hexdigest()[:16]
    return msgspec.structs.replace(doc, version=version)


def documents(n: int, seed: int = 1):
    """The services of generate(n, seed) as search_index Documents (active and inactive; the
    index skips inactive ones on rebuild, as Indexer.rebuild does)."""
    for svc in generate(n, seed):
        yield to_document(svc)


def write(path: Path, n: int, seed: int = 1, shape: str = "grouped") -> int:
    enc = msgspec.json.Encoder()
    path.parent.mkdir(parents=True, exist_ok=True)
    tmp = path.with_suffix(path.suffix + ".tmp")
    count = 0
    with tmp.open("wb") as fh:
        fh.write(b"[")
        for svc in generate(n, seed, shape):
            fh.write((b"\n" if not count else b",\n") + enc.encode(svc))
            count += 1
        fh.write(b"\n]\n")
    tmp.replace(path)
    return count


def main() -> None:
    p = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    p.add_argument("path", nargs="?", type=Path, help="output file (same as --out)")
    p.add_argument("--out", type=Path)
    p.add_argument("--services", type=int, default=100_000)
    p.add_argument("--seed", type=int, default=1)
    p.add_argument("--shape", choices=("grouped", "standard"), default="grouped",
                   help="grouped: an organization's services follow each other; standard: organizations shared by "
                        "services spread through the file, terms by id (see generate)")
    a = p.parse_args()
    out = a.out or a.path
    if out is None:
        p.error("give --out FILE")
    t = time.perf_counter()
    n = write(out, a.services, a.seed, a.shape)
    print(f"wrote {n} services to {out} in {time.perf_counter() - t:.1f} s")


if __name__ == "__main__":
    main()
