#!/usr/bin/env python3
"""Generate the demo municipality Huizen as a list of HSDS 3 services (full form).

Run:   python sociale_kaart/demo/make_demo.py            -> (re)writes huizen.json next to this file
Check: python sociale_kaart/demo/make_demo.py --check --schema-dir PATH/TO/hsds/schema
       validates every service against HSDS 3 service.json (jsonschema + a referencing
       Registry over the schema folder) and checks our Dutch profile (tiers, life domains,
       access, waiting weeks, crisis, accessibility). --check writes nothing.

Everything below the helpers is content, written by hand: organisations, locations and
services of a fictional social map for the real municipality of Huizen (Noord-Holland).
All organisations, people, phone numbers (035 0xx xx xx is not allocated) and house numbers
are made up. The only real numbers are the national lines 113 Zelfmoordpreventie
(0800-0113) and Veilig Thuis (0800-2000). The script uses the standard library only and is
deterministic: ids are uuid5, coordinates are jittered from a hash of the location slug.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import math
import sys
import uuid
from datetime import date, timedelta
from pathlib import Path

HERE = Path(__file__).resolve().parent
OUTPUT = HERE / "huizen.json"
DEMO_BASE = "https://sociale-kaart.nl/demo/huizen"
TAXONOMY_BASE = "https://sociale-kaart.nl/taxonomy"


# --------------------------------------------------------------------------------------
# Helpers (assembly only)
# --------------------------------------------------------------------------------------

def demo_id(kind: str, slug: str) -> str:
    return str(uuid.uuid5(uuid.NAMESPACE_URL, f"{DEMO_BASE}/{kind}/{slug}"))


def term_id(taxonomy: str, code: str) -> str:
    return str(uuid.uuid5(uuid.NAMESPACE_URL, f"{TAXONOMY_BASE}/{taxonomy}/{code}"))


def _hash(*parts: str) -> int:
    return int.from_bytes(hashlib.sha256("/".join(parts).encode("utf-8")).digest()[:8], "big")


TIER = "sociale-kaart:tier"
LIFE_DOMAIN = "sociale-kaart:leefgebied"
ACCESS = "sociale-kaart:access"
WAITING = "sociale-kaart:waiting-weeks"
ACCESSIBILITY = "sociale-kaart:accessibility"
CONFIDENTIAL = "sociale-kaart:confidential"
ACUTE = "sociale-kaart:acute"

# Dutch labels of the profile's terms (same wording as the application's vocabulary).
LABELS: dict[str, dict[str, str]] = {
    TIER: {
        "self_help": "Zelf doen",
        "social_network": "Hulp van familie, buren en mantelzorgers",
        "volunteer": "Vrijwilligers",
        "general": "Voor iedereen, zonder aanvraag",
        "tailored": "Op maat, na een gesprek met de gemeente",
        "specialist": "Professionele zorg",
    },
    LIFE_DOMAIN: {
        "finances": "Geld",
        "work_education": "Werk en opleiding",
        "daytime_activities": "Dagbesteding en vrije tijd",
        "housing": "Wonen",
        "domestic_relations": "Relaties en gezin",
        "mental_health": "Je goed voelen in je hoofd",
        "physical_health": "Gezondheid",
        "substance_use": "Alcohol en drugs",
        "basic_adl": "Wassen, aankleden en eten",
        "instrumental_adl": "Huishouden, boodschappen en papieren",
        "social_network": "Contact met anderen",
        "social_participation": "Meedoen in de buurt",
        "justice": "Justitie",
    },
    ACCESS: {
        "open": "U kunt zo binnenlopen",
        "registration": "Even aanmelden",
        "referral": "Met een verwijzing",
        "decision": "Na een besluit van de gemeente",
    },
    WAITING: {"waiting_weeks": "Wachttijd in weken"},
    ACCESSIBILITY: {
        "wheelchair": "Toegankelijk met een rolstoel",
        "hearing_loop": "Ringleiding",
        "accessible_toilet": "Aangepast toilet",
    },
    CONFIDENTIAL: {"confidential": "Geheim adres"},
    ACUTE: {"crisis": "Hulp bij acuut gevaar, dag en nacht"},
}

LANGUAGES = {
    "nl": "Nederlands",
    "en": "Engels",
    "tr": "Turks",
    "ar": "Arabisch",
    "pl": "Pools",
    "uk": "Oekraïens",
}

# PC4 centroids (lat, lon). Huizen 1271-1277; neighbouring places for realistic distances.
CENTROIDS: dict[str, tuple[float, float]] = {
    "1271": (52.30127, 5.2386032),
    "1272": (52.2834964, 5.2185774),
    "1273": (52.3003881, 5.258446),
    "1274": (52.2997981, 5.2716775),
    "1275": (52.2909146, 5.2616463),
    "1276": (52.290108, 5.2498227),
    "1277": (52.2960871, 5.2801443),
    "1211": (52.2292, 5.1669),   # Hilversum centrum
    "1213": (52.2292, 5.1669),   # Hilversum (centrum-zuid)
    "1261": (52.2720, 5.2420),   # Blaricum
    "1251": (52.2567, 5.2269),   # Laren
    "3755": (52.2540, 5.2590),   # Eemnes
    "1411": (52.2950, 5.1600),   # Naarden
    "1354": (52.3350, 5.2200),   # Almere Haven
}

ALL_DAYS = "MO,TU,WE,TH,FR,SA,SU"
WORKDAYS = "MO,TU,WE,TH,FR"
DAY_NAMES = {"MO": "maandag", "TU": "dinsdag", "WE": "woensdag", "TH": "donderdag",
             "FR": "vrijdag", "SA": "zaterdag", "SU": "zondag"}
ORDINALS = {"1": "eerste", "2": "tweede", "3": "derde", "4": "vierde", "-1": "laatste"}


def _time_nl(hhmm: str) -> str:
    h, m = hhmm.split(":")
    return f"{int(h)}.{m}"


def _days_nl(byday: str) -> str:
    days = byday.split(",")
    if byday == WORKDAYS:
        return "Maandag tot en met vrijdag"
    if byday == "TU,WE,TH,FR,SA":
        return "Dinsdag tot en met zaterdag"
    names = [DAY_NAMES[d] for d in days]
    text = names[0] if len(names) == 1 else ", ".join(names[:-1]) + " en " + names[-1]
    return text[0].upper() + text[1:]


def sched(byday: str, opens: str | None = None, closes: str | None = None, note: str | None = None,
          *, interval: int | None = None, monthly: bool = False, description: str | None = None) -> dict:
    """A schedule row; the Dutch description is written from the rule unless given."""
    row: dict = {"freq": "MONTHLY" if monthly else "WEEKLY", "byday": byday}
    if interval:
        row["interval"] = interval
    if opens:
        row["opens_at"] = opens
    if closes:
        row["closes_at"] = closes
    if description is None:
        hours = f" van {_time_nl(opens)} tot {_time_nl(closes)} uur" if opens and closes else ""
        if byday == ALL_DAYS and opens == "00:00" and closes == "23:59":
            description = "Dag en nacht, zeven dagen per week"
        elif monthly:
            ordinal, day = byday[:-2], byday[-2:]
            description = f"Elke {ORDINALS[ordinal]} {DAY_NAMES[day]} van de maand{hours}"
        elif interval == 2:
            description = f"Om de week op {_days_nl(byday).lower()}{hours}"
        elif byday == ALL_DAYS:
            description = f"Elke dag{hours}"
        else:
            description = f"{_days_nl(byday)}{hours}"
        if note:
            description += f" ({note})"
    row["description"] = description
    return row


H24 = [sched(ALL_DAYS, "00:00", "23:59")]

WMO_BIJDRAGE = ("Wmo-eigen bijdrage", 21.8, "Per maand, geïnd door het CAK (abonnementstarief)")
EIGEN_RISICO = ("Eigen risico zorgverzekering", 385, "Maximaal per jaar, alleen als u uw eigen risico nog niet heeft verbruikt")


def free(text: str = "Gratis") -> list[tuple]:
    return [("Gratis", 0, text)]


# --------------------------------------------------------------------------------------
# Organisations (all fictional)
# --------------------------------------------------------------------------------------

ORGS: dict[str, dict] = {}


def O(slug: str, name: str, domain: str, year: int, description: str, *, alternate_name: str | None = None,
      email: str | None = None, phone_description: str = "Op werkdagen bereikbaar van 9.00 tot 17.00 uur.") -> None:
    assert slug not in ORGS, slug
    ORGS[slug] = dict(slug=slug, name=name, domain=domain, year=year, description=description,
                      alternate_name=alternate_name, email=email or f"info@{domain}",
                      phone_description=phone_description, index=len(ORGS))


# --------------------------------------------------------------------------------------
# Locations (real street names, made-up house numbers)
# --------------------------------------------------------------------------------------

LOCATIONS: dict[str, dict] = {}
FULL_ACCESS = ("wheelchair", "hearing_loop", "accessible_toilet")


def L(slug: str, name: str, address_1: str, postal_code: str, city: str = "Huizen", *,
      access: tuple[str, ...] = FULL_ACCESS, description: str | None = None, transportation: str | None = None,
      confidential: bool = False, province: str = "Noord-Holland") -> None:
    assert slug not in LOCATIONS, slug
    LOCATIONS[slug] = dict(slug=slug, name=name, address_1=address_1, postal_code=postal_code, city=city,
                           access=access, description=description, transportation=transportation,
                           confidential=confidential, province=province)


# --------------------------------------------------------------------------------------
# Services
# --------------------------------------------------------------------------------------

SERVICES: list[dict] = []


def S(slug: str, org: str, tier: str, domains: list[str], access: str, wait: int, name: str, description: str, *,
      apply: str, eligibility: str, fees: str, cost: list[tuple], schedule: list[dict] | None = None,
      locations: tuple[str, ...] = (), areas: tuple[str, ...] = (), languages: tuple[str, ...] = ("nl",),
      alternate_name: str | None = None, min_age: int | None = None, max_age: int | None = None,
      status: str = "active", crisis: bool = False, phones: list[tuple[str, str]] | None = None,
      wait_text: str | None = None, interpretation: str | None = None, alert: str | None = None,
      email: str | None = None, path: str | None = None) -> None:
    SERVICES.append(dict(locals()))


# Welzijn, wijkteam en toegang
O("buurtkracht", "Stichting Buurtkracht Huizen", "buurtkracht-huizen.example", 1998,
  "Buurtkracht Huizen is de welzijnsorganisatie van Huizen. Wij brengen mensen in de wijk bij elkaar "
  "en helpen u graag op weg met vragen over welzijn, wonen en meedoen.", alternate_name="Buurtkracht")
O("wijkkompas", "Stichting Wijkkompas Huizen", "wijkkompas-huizen.example", 2015,
  "Wijkkompas is het sociaal wijkteam van Huizen en werkt in opdracht van de gemeente. "
  "Wij helpen u graag als u vragen heeft over zorg, werk, geld of opvoeden.", alternate_name="Sociaal wijkteam Huizen")
O("clientondersteuning", "Stichting Onafhankelijke Cliëntondersteuning Gooi", "clientondersteuning-gooi.example", 2016,
  "Onze cliëntondersteuners helpen u gratis als u zorg of ondersteuning nodig heeft. "
  "Wij zijn onafhankelijk van de gemeente en van zorgaanbieders en staan helemaal aan uw kant.")
O("vrijwilligerscentrale", "Vrijwilligerscentrale Gooi Hart", "gooihart.example", 2003,
  "Vrijwilligerscentrale Gooi Hart brengt vrijwilligers en organisaties bij elkaar. "
  "Wij helpen u graag om vrijwilligerswerk te vinden dat bij u past.")
O("mantelzorgpunt", "Stichting Mantelzorgpunt Huizen", "mantelzorgpunt-huizen.example", 2009,
  "Mantelzorgpunt Huizen steunt iedereen die zorgt voor een naaste. "
  "Want wie goed voor een ander zorgt, moet ook goed voor zichzelf kunnen zorgen.")
O("familieplan", "Stichting Samenkracht Familieplan", "samenkracht-familieplan.example", 2011,
  "Samenkracht Familieplan helpt families en vrienden om samen een plan te maken als er zorgen zijn. "
  "Wij geloven dat mensen samen meer kunnen dan alleen.")
O("burenvoorburen", "Vereniging Buren voor Buren Huizen", "burenvoorburen-huizen.example", 2014,
  "Buren voor Buren brengt buren met elkaar in contact. Een kleine vraag, zoals een boodschap "
  "meenemen of even de hond uitlaten, lossen buren vaak graag voor elkaar op.")
# Vrijwilligersorganisaties
O("samenoporde", "Vereniging Samen Op Orde", "samenoporde.example", 2007,
  "Samen Op Orde is een vereniging van vrijwilligers die mensen helpen met hun administratie. "
  "Wij zijn geduldig, discreet en kennen de weg in regels en formulieren.")
O("rijdenvoorelkaar", "Stichting Rijden voor Elkaar Huizen", "rijdenvoorelkaar-huizen.example", 2012,
  "Bij Rijden voor Elkaar rijden vrijwilligers met hun eigen auto mensen die slecht ter been zijn. "
  "Wij doen ook boodschappen voor wie niet zelf naar de winkel kan.",
  phone_description="Ritten boeken: op werkdagen van 9.00 tot 12.00 uur.")
O("klusbus", "Stichting Klusbus Huizen", "klusbus-huizen.example", 2010,
  "De Klusbus is een ploeg handige vrijwilligers. Wij doen kleine klussen in huis en tuin "
  "voor mensen die dat zelf niet meer kunnen en geen geld hebben voor een vakman.")
O("taalmaatjes", "Stichting Taalmaatjes Gooi & Eem", "taalmaatjes-gooi-eem.example", 2013,
  "Taalmaatjes Gooi & Eem koppelt mensen die Nederlands leren aan een vrijwilliger. "
  "Zo leert u de taal in het echte leven.")
O("huiswerkhuis", "Stichting Huiswerkhuis Huizen", "huiswerkhuis.example", 2017,
  "Het Huiswerkhuis helpt scholieren in Huizen met hun huiswerk. Onze vrijwilligers zijn "
  "gepensioneerde leraren, studenten en andere mensen die graag helpen leren.")
O("praatlijn", "Stichting Praatlijn Gooimeer", "praatlijn-gooimeer.example", 1994,
  "De Praatlijn Gooimeer is een telefonische hulpdienst van vrijwilligers. "
  "Wij luisteren naar iedereen die behoefte heeft aan een gesprek, dag en nacht.",
  phone_description="Dag en nacht bereikbaar.")
O("levensfase", "Stichting Laatste Levensfase Gooi", "laatstelevensfase-gooi.example", 2001,
  "Wij steunen mensen in hun laatste levensfase en hun naasten. "
  "Wij hebben een hospice in Blaricum en vrijwilligers die thuis komen waken.",
  phone_description="Dag en nacht bereikbaar.")
O("energiecoach", "Stichting Energiecoach Huizen", "energiecoach-huizen.example", 2022,
  "Energiecoach Huizen helpt inwoners om energie te besparen en hun energierekening te verlagen. "
  "Onze vrijwillige energiecoaches komen gratis bij u thuis.")
O("buurtbemiddeling", "Stichting Buurtbemiddeling Gooi", "buurtbemiddeling-gooi.example", 2008,
  "Buurtbemiddeling Gooi helpt buren om samen een oplossing te vinden bij ruzie of overlast. "
  "Onze getrainde vrijwilligers zijn neutraal en kiezen geen partij.")
O("seniorenvereniging", "Seniorenvereniging Huizen Actief", "huizenactief.example", 1972,
  "Huizen Actief is een vereniging voor en door 50-plussers. Wij organiseren activiteiten "
  "en komen op voor de belangen van ouderen in Huizen.")
O("repaircafe", "Stichting Reparatiecafé Huizen", "reparatiecafe-huizen.example", 2015,
  "Het Reparatiecafé Huizen repareert samen met u kapotte spullen. "
  "Zo bespaart u geld en gooien we minder weg.")
# Algemene voorzieningen
O("samenaantafel", "Stichting Samen Aan Tafel", "samenaantafel.example", 2016,
  "Samen Aan Tafel organiseert maaltijden in de buurthuizen van Huizen. "
  "Wij vinden dat niemand alleen hoeft te eten.")
O("maaltijden", "Maaltijden aan Huis Gooi", "maaltijdenaanhuis-gooi.example", 2005,
  "Maaltijden aan Huis Gooi bezorgt verse maaltijden bij mensen thuis in Huizen, Blaricum en Laren. "
  "Onze bezorgers hebben altijd even tijd voor een praatje.")
O("schonelei", "Sociale Wasserette De Schone Lei", "deschonelei.example", 2019,
  "De Schone Lei is een wasserette en een leerwerkplek tegelijk. "
  "Mensen die weer willen wennen aan werk, doen hier ervaring op.")
O("ontmoetingshuis", "Stichting Het Ontmoetingshuis", "ontmoetingshuis-huizen.example", 2012,
  "Het Ontmoetingshuis is er voor mensen met geheugenproblemen en hun naasten. "
  "In ons huis aan de Lindenlaan voelt iedereen zich welkom.")
O("vuurtoren", "Stichting Inloophuis De Vuurtoren", "inloophuis-devuurtoren.example", 2004,
  "De Vuurtoren is een inloophuis voor mensen die psychisch kwetsbaar zijn of zich eenzaam voelen. "
  "Hier kunt u zijn wie u bent.")
O("huizenbeweegt", "Stichting Huizen Beweegt", "huizenbeweegt.example", 2014,
  "Huizen Beweegt zorgt dat iedereen in Huizen kan sporten en bewegen, op elke leeftijd en met elke conditie. "
  "Onze buurtsportcoaches helpen u graag op weg.")
O("bibliotheek", "Stichting Bibliotheek Gooimeer", "bibliotheek-gooimeer.example", 1965,
  "Bibliotheek Gooimeer is meer dan boeken lenen. Wij helpen u graag met lezen, schrijven, "
  "digitale vaardigheden en het vinden van informatie.", alternate_name="Bibliotheek Gooimeer")
O("nieuweburen", "Stichting Nieuwe Buren Gooi", "nieuweburen-gooi.example", 2016,
  "Nieuwe Buren Gooi helpt nieuwkomers in Huizen hun weg te vinden. Wij begeleiden statushouders "
  "en andere nieuwe inwoners bij wonen, taal, werk en meedoen.")
O("jonghuizen", "Stichting Jong Huizen", "jonghuizen.example", 2006,
  "Jong Huizen is het jongerenwerk van Huizen. Wij zijn er voor jongeren: om te chillen, "
  "te ontdekken wat je kunt en hulp te krijgen als het even niet lekker loopt.")
O("opvoedwijzer", "Stichting Opvoedwijzer Huizen", "opvoedwijzer-huizen.example", 2011,
  "Opvoedwijzer Huizen helpt ouders met vragen over opvoeden en opgroeien. "
  "Van een huilbaby tot een puber die niet meer praat: u bent welkom met elke vraag.")
O("kinderfonds", "Stichting Kinderfonds Huizen", "kinderfonds-huizen.example", 2010,
  "Kinderfonds Huizen zorgt dat alle kinderen in Huizen kunnen meedoen, ook als er thuis weinig geld is. "
  "Wij betalen bijvoorbeeld de sportclub, muziekles of schoolspullen.")
O("geldoporde", "Stichting Geld op Orde Gooi", "geldoporde-gooi.example", 2018,
  "Geld op Orde Gooi helpt mensen om grip te krijgen op hun geldzaken. "
  "Met cursussen, tips en een spreekuur voorkomen wij samen dat geldzorgen uitgroeien tot schulden.")
O("voedselhulp", "Stichting Voedselhulp Het Gooi", "voedselhulp-gooi.example", 2006,
  "Voedselhulp Het Gooi geeft elke week een voedselpakket aan huishoudens die tijdelijk te weinig geld "
  "hebben voor eten. Wij werken alleen met vrijwilligers en giften.")
O("kapstok", "Stichting Kledingbank De Kapstok", "dekapstok.example", 2013,
  "Kledingbank De Kapstok geeft gratis kleding aan mensen met een laag inkomen. "
  "Alle kleding is gegeven door inwoners van Huizen en omgeving.")
O("kringloop", "Kringloopwinkel Tweede Ronde", "tweederonde-huizen.example", 1996,
  "Tweede Ronde is een kringloopwinkel waar spullen een tweede leven krijgen. "
  "Wij bieden werk aan vrijwilligers en leerwerkplekken aan mensen die willen groeien.")
O("werkplaats", "Leerwerkbedrijf De Werkplaats Huizen", "dewerkplaats-huizen.example", 2009,
  "De Werkplaats is een leerwerkbedrijf met een fietsenwerkplaats, een houtwerkplaats en een groenploeg. "
  "Hier leren mensen een vak en werken zij aan hun toekomst.")
O("werkkracht", "Stichting Werkkracht Gooi", "werkkracht-gooi.example", 2015,
  "Werkkracht Gooi helpt mensen met een uitkering of een afstand tot werk aan een passende baan. "
  "Wij kijken naar wat u kunt, niet naar wat u niet kunt.")
O("gooimeerwonen", "Woningstichting Gooimeer Wonen", "gooimeerwonen.example", 1919,
  "Gooimeer Wonen verhuurt betaalbare woningen in Huizen. "
  "Wij willen dat iedereen prettig en veilig woont, ook als het even tegenzit.")
O("alarmpunt", "Alarmpunt Gooi", "alarmpunt-gooi.example", 1999,
  "Alarmpunt Gooi zorgt voor personenalarmering in het Gooi. "
  "Met één druk op de knop heeft u direct contact met onze centrale, dag en nacht.",
  phone_description="Klantenservice op werkdagen van 8.30 tot 17.00 uur. De alarmcentrale is dag en nacht bereikbaar via uw alarmknop.")
O("rechtswinkel", "Stichting Rechtswinkel Huizen", "rechtswinkel-huizen.example", 1985,
  "De Rechtswinkel Huizen geeft gratis juridisch advies. Onze vrijwilligers zijn juristen "
  "en rechtenstudenten die u graag uitleggen waar u aan toe bent.")
O("steunnamisdrijf", "Stichting Steun na Misdrijf Gooi", "steunnamisdrijf-gooi.example", 1990,
  "Steun na Misdrijf helpt slachtoffers en getuigen van misdrijven en ongelukken. "
  "Wij staan naast u, praktisch en emotioneel.")
O("diaconaal", "Diaconaal Platform Huizen", "diaconaalplatform-huizen.example", 2002,
  "Het Diaconaal Platform is een samenwerking van kerken in Huizen. "
  "Wij helpen iedereen in nood, ongeacht geloof of achtergrond.")
O("groenevinger", "Buurttuin De Groene Vinger", "degroenevinger.example", 2018,
  "De Groene Vinger is een buurtmoestuin in Bikbergen, onderhouden door buurtbewoners. "
  "Iedereen die van tuinieren houdt of het wil leren, is welkom.")
O("dewerf", "Beweeg- en Hersencentrum De Werf", "dewerf-almere.example", 2011,
  "De Werf in Almere Haven is een beweegcentrum voor mensen met een chronische aandoening of hersenletsel. "
  "Fysiotherapeuten en sportbegeleiders helpen u om weer fit te worden.")
O("autisme", "Stichting Steunpunt Autisme Gooi", "steunpuntautisme-gooi.example", 2008,
  "Steunpunt Autisme Gooi is er voor mensen met autisme en hun naasten. "
  "Onze medewerkers en ervaringsdeskundigen kennen autisme van binnenuit.")
# Zelfhulp en online
O("zelfhulpnetwerk", "Stichting Zelfhulpnetwerk Gooi", "zelfhulpnetwerk-gooi.example", 1997,
  "Het Zelfhulpnetwerk Gooi ondersteunt groepen waarin mensen met dezelfde ervaring elkaar helpen. "
  "De groepen worden geleid door ervaringsdeskundigen.")
O("verdernaverlies", "Stichting Verder na Verlies", "verdernaverlies.example", 2005,
  "Verder na Verlies is er voor iedereen die een dierbare heeft verloren. "
  "Onze getrainde vrijwilligers bieden een luisterend oor en een plek om samen te rouwen.")
O("nuchterverder", "Stichting Nuchter Verder", "nuchterverder.example", 1989,
  "Nuchter Verder is een zelfhulporganisatie van en voor mensen die willen stoppen of minderen "
  "met alcohol of drugs. Ons motto: samen lukt het beter.")
O("mentaalsterk", "Stichting Mentaal Sterk Online", "mentaalsterk-online.example", 2019,
  "Mentaal Sterk Online maakt gratis online cursussen en tests voor een gezonde geest. "
  "Onze programma's zijn gemaakt door psychologen en getest met gebruikers.")
# Maatwerk en zorg
O("thuishulp", "ThuisHulp Gooimeer", "thuishulp-gooimeer.example", 2004,
  "ThuisHulp Gooimeer helpt mensen in Huizen, Blaricum en Laren met het huishouden. "
  "Onze vaste medewerkers zorgen dat u zich thuis prettig voelt.")
O("naastje", "Stichting Naast Je Begeleiding", "naastje-begeleiding.example", 2010,
  "Naast Je Begeleiding begeleidt mensen met een beperking, psychische problemen of hersenletsel. "
  "Wij helpen u graag om uw leven weer zelf op de rit te krijgen.")
O("eemhoeve", "Zorgboerderij De Eemhoeve", "eemhoeve.example", 2002,
  "De Eemhoeve is een zorgboerderij aan de Wakkerendijk in Eemnes, met koeien, kippen en een grote "
  "groentetuin. Iedereen die hier komt, doet mee naar vermogen.")
O("hoogeveld", "Zorgboerderij 't Hooge Veld", "hoogeveld-laren.example", 2008,
  "'t Hooge Veld is een kleine zorgboerderij aan de rand van Laren. Wij bieden dagbesteding en "
  "logeeropvang aan ouderen met dementie, in een rustige en huiselijke sfeer.")
O("mobielgooi", "Mobiel Gooi Hulpmiddelen", "mobielgooi.example", 1995,
  "Mobiel Gooi levert en onderhoudt hulpmiddelen zoals rolstoelen en scootmobielen. "
  "Wij zorgen dat u veilig en zelfstandig op pad kunt.")
O("woonadvies", "Woonadvies Gooi", "woonadvies-gooi.example", 2006,
  "Woonadvies Gooi geeft advies over aanpassingen in huis. "
  "Met de juiste aanpassing kunt u langer veilig en prettig thuis wonen.")
O("gooivervoer", "Gooi Vervoer op Maat", "gooivervoeropmaat.example", 2000,
  "Gooi Vervoer op Maat rijdt voor mensen die niet zelfstandig met het openbaar vervoer kunnen reizen. "
  "Onze chauffeurs halen u thuis op en brengen u tot aan de deur.",
  phone_description="Ritten boeken: elke dag van 6.00 tot 23.00 uur.")
O("huizerhof", "Stichting Zorgcentrum Huizerhof", "huizerhof.example", 1978,
  "Huizerhof is een woonzorgcentrum in Huizen. Ons restaurant en ons activiteitenprogramma "
  "staan open voor de hele buurt.")
O("wijkzorg", "Wijkzorg Aan het Meer", "wijkzorg-aanhetmeer.example", 2013,
  "Wijkzorg Aan het Meer is een team van wijkverpleegkundigen en verzorgenden in Huizen. "
  "Wij geven zorg bij u thuis, zodat u zo lang mogelijk zelfstandig kunt blijven wonen.",
  phone_description="Dag en nacht bereikbaar.")
O("gezondheidscentrum", "Gezondheidscentrum De Meent", "gc-demeent.example", 1992,
  "In Gezondheidscentrum De Meent werken huisartsen, een praktijkondersteuner GGZ, fysiotherapeuten "
  "en een diëtist samen onder één dak, dicht bij het wijkteam.")
O("horizon", "Psychologenpraktijk De Horizon", "dehorizon-psychologen.example", 2012,
  "De Horizon is een praktijk voor psychologische hulp in het centrum van Huizen. "
  "Onze psychologen helpen u graag bij somberheid, angst, stress of rouw.")
O("anker", "GGZ Centrum Het Anker", "hetanker-ggz.example", 1987,
  "Het Anker is een centrum voor specialistische geestelijke gezondheidszorg in Hilversum. "
  "Wij behandelen mensen uit het hele Gooi met ernstige of ingewikkelde psychische problemen.")
O("kompas", "Verslavingszorg Het Kompas", "hetkompas-verslavingszorg.example", 1991,
  "Het Kompas helpt mensen met problemen door alcohol, drugs, gokken of gamen. "
  "Wij werken vanuit Hilversum en hebben een spreekuur in Huizen.")
O("jongperspectief", "Stichting Jong Perspectief Jeugdhulp", "jongperspectief.example", 2015,
  "Jong Perspectief biedt jeugdhulp aan kinderen, jongeren en gezinnen in het Gooi. "
  "Wij geloven in de kracht van gezinnen en helpen als het thuis even niet lukt.")
O("onderdak", "Stichting Onderdak Gooi", "onderdak-gooi.example", 1993,
  "Onderdak Gooi biedt opvang en begeleiding aan mensen zonder huis in de regio Gooi en Vechtstreek. "
  "Bij ons vindt u een bed, een maaltijd en hulp op weg naar een eigen plek.",
  phone_description="Dag en nacht bereikbaar.")
O("veiligehaven", "Stichting Veilige Haven Gooi", "veiligehaven-gooi.example", 1981,
  "Veilige Haven Gooi helpt vrouwen, mannen en kinderen die te maken hebben met huiselijk geweld. "
  "Wij bieden een veilige plek en helpen u op weg naar een leven zonder geweld.",
  phone_description="Dag en nacht bereikbaar.")
O("tweedekans", "Stichting Tweede Kans Gooi", "tweedekans-gooi.example", 2004,
  "Tweede Kans Gooi begeleidt mensen die met justitie in aanraking zijn gekomen. "
  "Wij helpen u om na een straf opnieuw te beginnen, met werk, een woning en goede contacten.")
O("bijsturen", "Stichting Bijsturen Gooi", "bijsturen-gooi.example", 2000,
  "Bijsturen Gooi werkt met jongeren die een fout hebben gemaakt. "
  "Met een leerstraf krijgen zij de kans om het goed te maken, zonder strafblad.")
O("hulplijnen", "Stichting Landelijke Hulplijnen (demo)", "landelijke-hulplijnen.example", 2020,
  "Deze demo-organisatie bundelt twee echte landelijke hulplijnen, zodat u ze op de sociale kaart vindt. "
  "De telefoonnummers zijn echt, de organisatiegegevens zijn verzonnen.",
  phone_description="Dag en nacht bereikbaar.")


# Huizen, 1271: Centrum, Oude Haven, Noord, West
L("kaai", "Buurthuis De Kaai", "Havenstraat 48", "1271 AD",
  description="Buurthuis aan de Havenstraat, vlak bij de Oude Haven. Alles is op de begane grond.",
  transportation="Bushalte Havenstraat op 3 minuten lopen. Gratis parkeren aan de Havenstraat.")
L("bieb_centrum", "Bibliotheek Gooimeer, vestiging Centrum", "Kerkstraat 41", "1271 CG",
  access=("wheelchair", "hearing_loop"),
  description="Bibliotheek in het centrum. De zalen zijn op de begane grond; het toilet is niet aangepast.")
L("wijkkompas", "Huis van de Wijk Achterbaan (Wijkkompas)", "Achterbaan 92", "1271 DW",
  description="Kantoor en spreekkamers van Wijkkompas Huizen. Ook andere organisaties houden hier spreekuur.",
  transportation="Bushalte op 5 minuten lopen. Fietsenstalling voor de deur.")
L("wasserette", "Sociale Wasserette De Schone Lei", "Naarderstraat 17", "1271 EA", access=(),
  description="Winkelpand met een drempel van 12 centimeter bij de ingang. Er is geen aangepast toilet.")
L("vuurtoren", "Inloophuis De Vuurtoren", "Oude Haven 8", "1271 AR", access=("hearing_loop",),
  description="Op de eerste verdieping, via een steile trap. Er is geen lift.")
L("horizon", "Psychologenpraktijk De Horizon", "Naarderstraat 60", "1271 EH", access=(),
  description="Praktijk op de eerste verdieping zonder lift. Met een rolstoel kunt u een afspraak maken in het Huis van de Wijk aan de Achterbaan.")
L("loods", "Jongerencentrum De Loods", "Nieuwe Haven 6", "1271 AX", access=("wheelchair", "accessible_toilet"),
  description="Jongerencentrum in een oude botenloods aan de haven.")
L("baken", "Het Baken, zaal bij de Oude Kerk", "Kerkstraat 3", "1271 CA", access=(),
  description="Zaaltje naast de Oude Kerk. Bij de ingang is een trap van vier treden.")
# 1272: Bikbergen, Zuid-West
L("bikbergen", "Ontmoetingsplek Bikbergen", "Bikbergerweg 45", "1272 BK", access=("wheelchair",),
  description="Kleine ontmoetingsruimte in een paviljoen aan de Bikbergerweg.")
L("groenevinger", "Buurttuin De Groene Vinger", "Bikbergerweg 120", "1272 BT", access=(),
  description="Moestuin met paden van gras en grind. Er is een buitentoilet.")
L("sijsjesberg", "Startpunt wandeling Sijsjesberg", "Nieuwe Bussummerweg 200", "1272 CM", access=(),
  description="Verzamelpunt bij het parkeerterrein aan de rand van natuurgebied de Sijsjesberg.")
# 1273: Holleblek, Oost, bedrijventerrein
L("holleblek", "Wijkcentrum Holleblek", "Holleblek 31", "1273 RB",
  description="Wijkcentrum met een grote zaal, een keuken en drie zalen voor groepen.")
L("kringloop", "Kringloopwinkel Tweede Ronde", "Huizermaatweg 318", "1273 NA", access=("wheelchair", "accessible_toilet"),
  description="Grote winkel op het bedrijventerrein, met gratis parkeren voor de deur.")
L("werkplaats", "De Werkplaats Huizen", "Ambachtsweg 7", "1273 NR", access=("wheelchair",),
  description="Bedrijfshal met fietsenwerkplaats en houtwerkplaats op de begane grond.")
L("bedrijvenhof", "Bedrijvenhof Huizermaat", "Ambachtsweg 11", "1273 NS", access=("wheelchair", "accessible_toilet"),
  description="Kantoorgebouw met lift. Hier zitten verschillende zorg- en werkorganisaties.")
L("voedselhulp", "Uitgiftepunt Voedselhulp Huizen", "Huizermaatweg 310", "1273 NA", access=("wheelchair",),
  description="Uitgiftepunt in een loods achter de kringloopwinkel. Ingang aan de zijkant.")
# 1274: Oostermeent
L("demeent", "Wijkcentrum De Meent", "Oostermeent-Centrum 12", "1274 NA",
  description="Wijkcentrum in winkelcentrum Oostermeent, met lift en ruime zalen.",
  transportation="Busstation Oostermeent op 2 minuten lopen. Gratis parkeren bij het winkelcentrum.")
L("bieb_oost", "Bibliotheek Gooimeer, vestiging Oostermeent", "Oostermeent-Centrum 40", "1274 NB",
  description="Bibliotheek in winkelcentrum Oostermeent, met een leescafé en cursusruimtes.")
L("gezondheidscentrum", "Gezondheidscentrum De Meent", "Oostermeent-Zuid 2", "1274 SB",
  description="Gezondheidscentrum met huisartsen, fysiotherapie en de teampost van de wijkverpleging.")
L("jeugdengezin", "Huis voor Jeugd en Gezin", "Oostermeent-Noord 18", "1274 NP",
  description="Spreekkamers en een speelhoek voor ouders, kinderen en jongeren.")
L("thuishulp", "Kantoor ThuisHulp Gooimeer", "Oostermeent-West 30", "1274 ND", access=("wheelchair",),
  description="Kantoor op de begane grond. Kennismakingsgesprekken zijn meestal bij u thuis.")
# 1275: De Vaart, Huizermaat
L("devaart", "Buurthuis De Vaart", "Karel Doormanlaan 8", "1275 AB", access=("wheelchair", "accessible_toilet"),
  description="Buurthuis in de wijk De Vaart, met een tuin en een grote keuken.")
L("werkkamer", "Dagbesteding De Werkkamer", "Karel Doormanlaan 40", "1275 AD", access=("wheelchair", "accessible_toilet"),
  description="Dagbestedingslocatie met een houtwerkplaats, een kantoortje en een keuken.")
L("huizerhof", "Zorgcentrum Huizerhof", "Graaf Wichmanlaan 150", "1275 CM",
  description="Woonzorgcentrum met restaurant, grote zaal en dagbesteding op de begane grond.",
  transportation="Bushalte Graaf Wichmanlaan voor de deur.")
L("gooimeerwonen", "Kantoor Gooimeer Wonen", "Graaf Wichmanlaan 55", "1275 BG",
  description="Klantenbalie op de begane grond.")
# 1276: Zuid, Stad en Lande
L("stadenlande", "Trefpunt Stad en Lande", "Gooilandseweg 9", "1276 AK", access=("wheelchair", "accessible_toilet"),
  description="Buurtruimte in de wijk Stad en Lande.")
L("ontmoetingshuis", "Ontmoetingshuis De Linde", "Lindenlaan 3", "1276 AT",
  description="Gelijkvloers huis met een tuin, speciaal ingericht voor mensen met geheugenproblemen.")
L("beweegzaal", "Beweegzaal Zuid", "Crailoseweg 3", "1276 BX", access=("wheelchair", "accessible_toilet"),
  description="Gymzaal met kleedkamers op de begane grond.")
L("lindehof", "Woonvoorziening De Lindehof", "Lindenlaan 27", "1276 AV", access=("wheelchair", "accessible_toilet"),
  description="Woonvoorziening met twaalf eigen kamers, een gezamenlijke woonkamer en keuken.")
L("opvanghuis", "Opvanghuis Veilige Haven", "Meidoornlaan 14", "1276 GK", access=("wheelchair", "accessible_toilet"),
  confidential=True,
  description="Het adres van het opvanghuis is geheim. U hoort het adres als u wordt opgevangen.")
# 1277: Oostermeent-Oost
L("sporthal", "Sporthal Oostermeent", "Oostermeent-Oost 50", "1277 AE",
  description="Sporthal met twee zalen, kleedkamers en een kantine met lift.")
# Buurgemeenten
L("eemhoeve", "Zorgboerderij De Eemhoeve", "Wakkerendijk 210", "3755 DJ", city="Eemnes", province="Utrecht",
  access=("wheelchair", "accessible_toilet"),
  description="Boerderij aan de dijk met stallen, een moestuin en een boerderijwinkel. Het erf is verhard.")
L("hoogeveld", "Zorgboerderij 't Hooge Veld", "Eemnesserweg 80", "1251 NH", city="Laren",
  access=("wheelchair", "accessible_toilet"),
  description="Woonboerderij met een huiskamer, een rustkamer en een wei met schapen.")
L("heidehof", "Hospice De Heidehof", "Huizerweg 50", "1261 AZ", city="Blaricum",
  description="Hospice met zes kamers, elk met een eigen terras.")
L("anker", "GGZ Centrum Het Anker", "'s-Gravelandseweg 60", "1211 BT", city="Hilversum",
  description="Polikliniek met spreekkamers en groepsruimtes.",
  transportation="Vanaf station Hilversum ongeveer 10 minuten lopen.")
L("kompas", "Verslavingszorg Het Kompas", "Vaartweg 32", "1211 JG", city="Hilversum",
  access=("wheelchair", "accessible_toilet"),
  description="Behandelcentrum op loopafstand van station Hilversum.")
L("overloop", "Nachtopvang De Overloop", "Schapenkamp 30", "1211 PB", city="Hilversum",
  access=("wheelchair", "accessible_toilet"),
  description="Nachtopvang met 24 bedden en een aparte ruimte voor vrouwen.")
L("steunpunt", "Dagopvang Het Steunpunt", "Schapenkamp 34", "1211 PB", city="Hilversum",
  access=("wheelchair", "accessible_toilet"),
  description="Inloop en dagopvang naast de nachtopvang, met douches en wasmachines.")
L("veiligehaven_kantoor", "Kantoor Veilige Haven Gooi", "Koninginneweg 12", "1211 AP", city="Hilversum",
  description="Kantoor en spreekkamers voor ambulante hulp. Dit is niet het adres van de opvang.")
L("tweedekans", "Kantoorverzamelgebouw Het Spoor", "Soestdijkerstraatweg 30", "1213 XB", city="Hilversum",
  access=("wheelchair", "accessible_toilet"),
  description="Kantoorgebouw met lift, tien minuten lopen van station Hilversum.")
L("dewerf", "Beweeg- en Hersencentrum De Werf", "Markt 20", "1354 AP", city="Almere", province="Flevoland",
  description="Beweegcentrum in het centrum van Almere Haven, met een rustige oefenzaal.",
  transportation="Vanaf Huizen ongeveer 10 minuten met de auto over de Stichtse Brug.")
L("autisme", "Steunpunt Autisme Gooi", "Amersfoortsestraatweg 50", "1411 HE", city="Naarden",
  access=("wheelchair", "accessible_toilet"),
  description="Prikkelarm ingerichte ruimte met een stiltekamer.")


# ======================================================================================
# Buurtkracht Huizen (welzijn)
# ======================================================================================
S("bk-kaai-inloop", "buurtkracht", "general", ["social_network", "daytime_activities"], "open", 0,
  "Buurthuis De Kaai: inloop en activiteiten",
  "In Buurthuis De Kaai aan de Havenstraat bent u elke werkdag welkom voor een kop koffie en een praatje. "
  "Er is veel te doen: samen koken, biljarten, een creatieve middag of een spelletjesmiddag. "
  "U kunt gewoon binnenlopen, ook als u nog niemand kent. Onze vrijwilligers ontvangen u graag.",
  apply="U hoeft zich niet aan te melden. Loop gerust binnen tijdens de openingstijden.",
  eligibility="Iedereen is welkom, jong en oud.",
  fees="De inloop en de koffie zijn gratis. Voor sommige activiteiten vragen wij een kleine bijdrage voor materiaal.",
  cost=[("Inloop en koffie", 0, "Gratis"), ("Activiteit met materiaal", 2.5, "Per keer")],
  schedule=[sched(WORKDAYS, "09:30", "16:30")], locations=("kaai",), path="buurthuis-de-kaai")
S("bk-meent-inloop", "buurtkracht", "general", ["social_network", "social_participation"], "open", 0,
  "Wijkcentrum De Meent: ontmoeten in Oostermeent",
  "Wijkcentrum De Meent is de huiskamer van Oostermeent. U kunt hier de krant lezen, koffie drinken "
  "of meedoen met de breiclub en de wekelijkse bingo. Heeft u zelf een idee voor een activiteit? "
  "Dan denken wij graag met u mee.",
  apply="Kom gerust langs. Voor de breiclub en de bingo hoeft u zich niet op te geven.",
  eligibility="Voor alle bewoners van Huizen. Het wijkcentrum is goed bereikbaar met een rolstoel of rollator.",
  fees="Binnenlopen is gratis. Een kopje koffie of thee kost € 1. Een bingokaart kost € 3.",
  cost=[("Koffie of thee", 1, "Per kopje"), ("Bingo", 3, "Per kaart")],
  schedule=[sched(WORKDAYS, "09:00", "17:00"), sched("SA", "10:00", "13:00")],
  locations=("demeent",), path="wijkcentrum-de-meent")
S("bk-holleblek-koffie", "buurtkracht", "general", ["social_network", "daytime_activities"], "open", 0,
  "Koffie met de buren in Holleblek",
  "Elke dinsdag- en vrijdagochtend staat in Wijkcentrum Holleblek de koffie klaar. Buren uit Holleblek "
  "en omgeving komen hier om bij te praten en nieuwe mensen te leren kennen. Eén keer per maand komt er "
  "een gast vertellen, bijvoorbeeld de wijkagent of iemand van de bibliotheek.",
  apply="Gewoon binnenlopen. Aanmelden is niet nodig.",
  eligibility="Iedereen is welkom.",
  fees="Gratis. Een vrijwillige bijdrage in de pot mag.",
  cost=free("Gratis, vrijwillige bijdrage mag"),
  schedule=[sched("TU,FR", "10:00", "12:00")], locations=("holleblek",), path="koffie-holleblek")
S("bk-bikbergen", "buurtkracht", "general", ["social_network", "daytime_activities"], "open", 0,
  "Buurtkamer Bikbergen",
  "In het paviljoen aan de Bikbergerweg is de Buurtkamer twee middagen per week open. Buurtbewoners spelen er "
  "rummikub, lezen de krant of drinken gewoon een kop thee. Op woensdag kunt u er ook gratis boeken ruilen. "
  "Wij ontvangen u graag, ook als u net in de buurt woont.",
  apply="Loop gerust binnen. Aanmelden is niet nodig.",
  eligibility="Iedereen is welkom. Het paviljoen is toegankelijk met een rolstoel, maar er is geen aangepast toilet.",
  fees="Gratis. Thee en koffie kosten € 0,50.",
  cost=[("Binnenlopen", 0, "Gratis"), ("Koffie of thee", 0.5, "Per kopje")],
  schedule=[sched("MO,WE", "13:30", "16:30")], locations=("bikbergen",), path="buurtkamer-bikbergen")
S("bk-maatje", "buurtkracht", "volunteer", ["social_network", "mental_health"], "registration", 10,
  "Maatjesproject Samen Op Pad",
  "Voelt u zich soms eenzaam of mist u iemand om samen iets mee te doen? Een maatje is een vrijwilliger "
  "die ongeveer één keer per week bij u langskomt. Samen gaat u wandelen, koffie drinken of naar de markt. "
  "Wij zoeken een maatje dat echt bij u past.",
  alternate_name="Maatjesproject",
  apply="Bel of mail ons. Een coördinator komt bij u thuis kennismaken. U hoeft geen verwijzing te hebben.",
  eligibility="Voor volwassenen in Huizen die zich eenzaam voelen of weinig contacten hebben.",
  fees="Het maatjesproject is gratis.", cost=free(),
  wait_text="Er zijn meer aanmeldingen dan maatjes. De wachttijd is nu ongeveer 10 weken. "
            "In de tussentijd bent u van harte welkom in een van onze buurthuizen.",
  locations=("kaai",), areas=("Gemeente Huizen",), email="maatjes@buurtkracht-huizen.example", path="maatjesproject")
S("bk-huisbezoek75", "buurtkracht", "volunteer", ["social_network", "physical_health", "instrumental_adl"], "open", 0,
  "Huisbezoek 75+",
  "Bent u 75 jaar of ouder? Dan komt een getrainde vrijwilliger graag bij u op bezoek voor een gesprek "
  "over hoe het met u gaat. U praat over uw gezondheid, uw huis, uw contacten en wat u nodig heeft om "
  "prettig thuis te blijven wonen. Zo weet u waar u terecht kunt, nu of later.",
  apply="Rond uw 75e verjaardag krijgt u een brief met een voorstel voor een afspraak. "
        "U kunt ook zelf bellen of mailen. U hoeft geen verwijzing te hebben.",
  eligibility="Voor inwoners van Huizen van 75 jaar en ouder die zelfstandig wonen.",
  fees="Het huisbezoek is gratis.", cost=free(), min_age=75,
  locations=("kaai",), areas=("Gemeente Huizen",), path="huisbezoek-75-plus")
S("bk-ouderenadviseur", "buurtkracht", "general", ["instrumental_adl", "housing", "finances"], "open", 1,
  "Ouderenadviseur",
  "De ouderenadviseur helpt u graag met vragen over ouder worden. Denk aan wonen, geldzaken, hulp in huis "
  "of vervoer. Samen zoekt u uit wat u zelf kunt regelen en waar u hulp bij nodig heeft. "
  "Als het nodig is, komt de adviseur bij u thuis.",
  apply="Kom naar het spreekuur of bel voor een afspraak. U hoeft geen verwijzing te hebben.",
  eligibility="Voor inwoners van Huizen vanaf 65 jaar en hun familie of mantelzorgers.",
  fees="Het advies is gratis.", cost=free(),
  schedule=[sched("TU", "10:00", "12:00", "Buurthuis De Kaai"), sched("TH", "10:00", "12:00", "Wijkcentrum De Meent")],
  locations=("kaai", "demeent"), areas=("Gemeente Huizen",), path="ouderenadviseur")
S("bk-informatiepunt", "buurtkracht", "self_help", ["instrumental_adl", "housing", "physical_health"], "open", 0,
  "Informatiepunt Wonen, Welzijn en Zorg",
  "Zoekt u informatie over hulp in huis, aanpassingen, vervoer of activiteiten in de buurt? Bij het "
  "Informatiepunt Wonen, Welzijn en Zorg in de bibliotheek van Oostermeent vindt u folders en kunt u "
  "vrijblijvend vragen stellen aan een vrijwilliger. Zo vindt u zelf de weg in alles wat Huizen te bieden heeft.",
  alternate_name="WWZ-informatiepunt",
  apply="Loop binnen tijdens de openingstijden. Een afspraak is niet nodig.",
  eligibility="Voor iedereen die zelf informatie wil zoeken, en voor familie en mantelzorgers.",
  fees="Gratis.", cost=free(),
  schedule=[sched("MO,WE,FR", "10:00", "12:30")], locations=("bieb_oost",), path="informatiepunt-wwz")
S("bk-opendagbesteding", "buurtkracht", "general", ["daytime_activities", "social_network"], "registration", 0,
  "Open dagbesteding De Kaai",
  "Wilt u overdag graag iets te doen hebben, samen met anderen? Bij de open dagbesteding in De Kaai doet u "
  "mee met geheugenspelletjes, bewegen op muziek, koken en handwerken. U heeft geen indicatie nodig. "
  "Er is altijd een vaste begeleider en er staat een warme lunch klaar.",
  alternate_name="Dagactiviteiten zonder indicatie",
  apply="Bel of mail ons voor een kennismaking. De eerste keer doet u gratis mee. U hoeft geen verwijzing te hebben.",
  eligibility="Voor volwassenen die overdag structuur en gezelschap zoeken, bijvoorbeeld bij beginnende "
              "vergeetachtigheid of na het overlijden van een partner.",
  fees="U betaalt € 7,50 per dagdeel. Koffie, thee en lunch zijn inbegrepen.",
  cost=[("Per dagdeel", 7.5, "Inclusief koffie, thee en lunch")],
  schedule=[sched("MO,WE,FR", "10:00", "15:00")], locations=("kaai",), path="open-dagbesteding")
S("bk-opbouwwerk", "buurtkracht", "general", ["social_participation", "housing"], "open", 0,
  "Opbouwwerk: hulp bij uw buurtinitiatief",
  "Heeft u een goed idee voor uw straat of buurt? Een buurtfeest, een geveltuin of een bankje op het plein? "
  "De opbouwwerker helpt u om uw plan waar te maken. Wij denken mee over geld, vergunningen en het vinden "
  "van buren die willen meedoen.",
  apply="Mail of bel de opbouwwerker van uw wijk. Wij maken graag een afspraak bij u in de buurt.",
  eligibility="Voor alle bewoners en bewonersgroepen in Huizen.",
  fees="Het advies is gratis. Soms is er geld voor uw plan uit het buurtbudget.", cost=free(),
  locations=("kaai",), areas=("Gemeente Huizen",), path="opbouwwerk")
S("bk-seniorenvakantie", "buurtkracht", "general", ["daytime_activities", "social_network"], "registration", 0,
  "Vakantieweek voor ouderen 2024",
  "In 2024 organiseerden wij een vakantieweek in Drenthe voor ouderen die niet meer alleen op vakantie "
  "kunnen. Deze week wordt niet meer georganiseerd. Kijk voor dagjes uit bij de activiteiten van onze buurthuizen.",
  apply="Aanmelden is niet meer mogelijk.",
  eligibility="Was bedoeld voor ouderen vanaf 70 jaar met een kleine beperking.",
  fees="In 2024 kostte de week € 395, inclusief vervoer en verzorging.",
  cost=[("Vakantieweek 2024", 395, "Inclusief vervoer, verblijf en verzorging")],
  status="inactive", locations=("kaai",), path="vakantieweek-2024")

# ======================================================================================
# Wijkkompas Huizen (sociaal wijkteam)
# ======================================================================================
S("wk-melding", "wijkkompas", "general", ["instrumental_adl", "basic_adl", "social_participation"], "registration", 2,
  "Hulpvraag en keukentafelgesprek",
  "Lukt het niet meer goed om uw huishouden te doen, u te verplaatsen of mee te doen in de buurt? "
  "Meld uw vraag bij Wijkkompas. Een consulent komt bij u thuis voor een gesprek aan de keukentafel. "
  "Samen kijkt u wat u zelf kunt, wat mensen om u heen kunnen doen en welke hulp er nodig is.",
  alternate_name="Wmo-melding",
  apply="Bel, mail of kom langs op het inloopspreekuur. Binnen 6 weken na uw melding is het gesprek geweest "
        "en krijgt u een verslag. U mag iemand meenemen, bijvoorbeeld familie of een onafhankelijke cliëntondersteuner.",
  eligibility="Voor alle inwoners van Huizen met een vraag over zelfstandig wonen, zorg of meedoen.",
  fees="Het gesprek is gratis. Voor hulp die u daarna krijgt, kan een eigen bijdrage gelden.", cost=free(),
  wait_text="Wij bellen u binnen 2 weken voor een afspraak. Het hele onderzoek duurt maximaal 6 weken.",
  interpretation="Wij kunnen gratis een telefonische tolk inzetten.",
  schedule=[sched(WORKDAYS, "09:00", "12:00", "inloopspreekuur")],
  locations=("wijkkompas",), areas=("Gemeente Huizen",), languages=("nl", "en"), path="hulpvraag")
S("wk-schuldhulp", "wijkkompas", "general", ["finances"], "registration", 3,
  "Schuldhulpverlening Huizen",
  "Heeft u schulden of maakt u zich zorgen over geld? Bij de schuldhulpverlening krijgt u een vaste consulent. "
  "Die zet samen met u alle rekeningen en schulden op een rij en maakt een plan. "
  "Wij helpen u graag om weer rust te krijgen, en regelen als het nodig is een schuldregeling of budgetbeheer.",
  alternate_name="Geldloket",
  apply="Meld u aan via telefoon, mail of het inloopspreekuur op woensdagmiddag. Neem bij het eerste gesprek "
        "uw post, bankafschriften en loonstroken mee. U hoeft geen verwijzing te hebben.",
  eligibility="Voor inwoners van Huizen vanaf 18 jaar met geldzorgen of schulden, ook als u een eigen bedrijf heeft.",
  fees="Schuldhulpverlening is gratis.", cost=free(), min_age=18,
  schedule=[sched("WE", "13:00", "16:00", "inloopspreekuur")],
  locations=("wijkkompas",), areas=("Gemeente Huizen",), languages=("nl", "en", "tr"),
  email="geldloket@wijkkompas-huizen.example", path="schuldhulpverlening")
S("wk-spoed", "wijkkompas", "specialist", ["finances", "housing"], "open", 0,
  "Spoedhulp bij beslag, huisuitzetting of afsluiting",
  "Wordt uw gas of stroom afgesloten, staat de deurwaarder voor de deur of dreigt u uw huis kwijt te raken? "
  "Bel dan meteen de spoedlijn. Bij een dreigende huisuitzetting of afsluiting komen wij dezelfde dag in actie. "
  "Samen met u nemen wij contact op met de schuldeisers om erger te voorkomen.",
  alternate_name="Schuldhulp spoed",
  apply="Bel de spoedlijn. Heeft u een brief van de deurwaarder of het energiebedrijf? Houd die bij de hand. "
        "U hoeft geen verwijzing te hebben.",
  eligibility="Voor inwoners van Huizen met acute geldnood: beslag op loon of uitkering, een dreigende "
              "huisuitzetting of afsluiting van water, gas of stroom.",
  fees="Spoedhulp is gratis.", cost=free(), crisis=True,
  wait_text="Geen wachttijd. Bij een acute dreiging helpen wij dezelfde dag.",
  schedule=[sched(ALL_DAYS, "00:00", "23:59", description="Spoedlijn dag en nacht bereikbaar; buiten kantoortijd "
                  "belt een medewerker u dezelfde dag of de volgende ochtend terug")],
  phones=[("035 099 11 22", "Spoedlijn geldnood, dag en nacht bereikbaar")],
  locations=("wijkkompas",), areas=("Gemeente Huizen",), path="spoedhulp-geldnood")
S("wk-gezinscoach", "wijkkompas", "tailored", ["domestic_relations", "mental_health"], "decision", 4,
  "Gezinscoach",
  "Gaat het thuis niet goed en stapelen de problemen zich op? Een gezinscoach begeleidt uw hele gezin een paar "
  "maanden lang. Hij of zij helpt bij ruzies, opvoeden, school en geldzorgen tegelijk. "
  "Eén gezin, één plan en één vaste coach.",
  apply="Na een gesprek met Wijkkompas krijgt u een besluit (beschikking). De gezinscoach neemt daarna contact met u op.",
  eligibility="Voor gezinnen in Huizen met kinderen tot 18 jaar die op meerdere gebieden problemen hebben.",
  fees="Gezinscoaching valt onder de Jeugdwet. U betaalt geen eigen bijdrage.", cost=free(),
  locations=("wijkkompas",), areas=("Gemeente Huizen",), path="gezinscoach")
S("wk-jongerencoach", "wijkkompas", "general", ["work_education", "finances", "housing"], "registration", 1,
  "Jongerencoach 18 tot 27 jaar",
  "Ben je tussen de 18 en 27 jaar en loop je vast met school, werk, geld of wonen? De jongerencoach helpt je "
  "om weer overzicht te krijgen. Samen maak je een plan en regel je dingen stap voor stap. Appen mag ook.",
  apply="Stuur een app of mail, of bel ons. Je hoeft geen verwijzing te hebben.",
  eligibility="Voor jongeren uit Huizen van 18 tot en met 27 jaar.",
  fees="Gratis.", cost=free(), min_age=18, max_age=27,
  locations=("wijkkompas",), areas=("Gemeente Huizen",), languages=("nl", "en"), path="jongerencoach")
S("wk-vroegsignalering", "wijkkompas", "general", ["finances", "housing"], "open", 0,
  "Vroeg Erop Af: hulp bij betalingsachterstanden",
  "Heeft u een achterstand met de huur, de zorgverzekering of de energierekening? Dan krijgen wij een seintje "
  "van uw verhuurder of leverancier. Een medewerker neemt contact met u op en komt als u wilt bij u langs. "
  "Zo lossen wij samen het probleem op voordat het groter wordt.",
  apply="U hoeft niets te doen: wij nemen zelf contact met u op. U kunt ook zelf bellen als u een achterstand heeft.",
  eligibility="Voor alle huishoudens in Huizen met een betalingsachterstand.",
  fees="Gratis.", cost=free(), locations=("wijkkompas",), areas=("Gemeente Huizen",), path="vroeg-erop-af")

# ======================================================================================
# Cliëntondersteuning, vrijwilligerscentrale
# ======================================================================================
S("co-ondersteuning", "clientondersteuning", "general", ["instrumental_adl", "basic_adl", "social_participation"], "open", 1,
  "Onafhankelijke cliëntondersteuning",
  "Heeft u binnenkort een keukentafelgesprek met de gemeente, of vindt u het lastig om uit te leggen welke hulp "
  "u nodig heeft? Een cliëntondersteuner helpt u bij de voorbereiding, gaat met u mee naar het gesprek en leest "
  "het verslag met u door. Ook bij een bezwaar kunt u op ons rekenen.",
  apply="Bel of mail ons. U hoeft geen verwijzing te hebben. Wij komen bij u thuis of spreken af in Buurthuis De Kaai.",
  eligibility="Voor inwoners van Huizen, Blaricum en Laren die ondersteuning of zorg nodig hebben, en hun naasten.",
  fees="Cliëntondersteuning is gratis.", cost=free(),
  locations=("kaai",), areas=("Gemeente Huizen", "Gemeente Blaricum", "Gemeente Laren"), path="clientondersteuning")
S("co-wlz", "clientondersteuning", "general", ["basic_adl", "housing"], "open", 2,
  "Cliëntondersteuning bij langdurige zorg (Wlz)",
  "Heeft u of uw naaste blijvend de hele dag zorg in de buurt nodig? Dan valt de zorg misschien onder de "
  "Wet langdurige zorg. Wij leggen uit hoe de aanvraag werkt, helpen u kiezen tussen zorg thuis of in een "
  "verpleeghuis en denken mee als het anders loopt dan gepland.",
  apply="Bel of mail ons voor een afspraak. U hoeft geen verwijzing te hebben.",
  eligibility="Voor mensen die langdurig zorg nodig hebben en hun familie.",
  fees="Gratis.", cost=free(), locations=("kaai",), areas=("Gemeente Huizen", "Gemeente Blaricum", "Gemeente Laren"),
  path="clientondersteuning-wlz")
S("vc-vacaturebank", "vrijwilligerscentrale", "self_help", ["social_participation", "daytime_activities"], "open", 0,
  "Vrijwilligersvacaturebank",
  "Wilt u iets betekenen voor een ander of nieuwe dingen leren? In onze online vacaturebank staan meer dan "
  "tweehonderd vrijwilligersklussen in Huizen en omgeving: van voorlezen en koken tot klussen en besturen. "
  "U zoekt op onderwerp, tijd en plaats en reageert direct.",
  apply="Kijk op onze website en reageer op een vacature. Vragen? Bel of mail ons gerust.",
  eligibility="Voor iedereen die vrijwilligerswerk wil doen, vanaf 14 jaar.",
  fees="Gratis.", cost=free(), areas=("Gemeente Huizen",), path="vacaturebank")
S("vc-opmaat", "vrijwilligerscentrale", "general", ["social_participation", "daytime_activities", "work_education"], "registration", 2,
  "Vrijwilligerswerk op maat",
  "Wilt u graag vrijwilligerswerk doen, maar vindt u het spannend of heeft u een beperking? Een consulent zoekt "
  "samen met u een plek die past, gaat mee naar het eerste gesprek en houdt daarna contact. "
  "Zo doet u mee in uw eigen tempo.",
  apply="Bel of mail voor een kennismakingsgesprek. U kunt uzelf aanmelden; een hulpverlener mag u ook aanmelden.",
  eligibility="Voor volwassenen die extra steun nodig hebben om vrijwilligerswerk te vinden en vol te houden.",
  fees="Gratis.", cost=free(), locations=("bieb_centrum",), path="vrijwilligerswerk-op-maat")
S("vc-mdt", "vrijwilligerscentrale", "general", ["work_education", "social_participation"], "registration", 1,
  "Maatschappelijke diensttijd",
  "Ben je tussen de 14 en 27 jaar en wil je ontdekken wat je leuk vindt? Met maatschappelijke diensttijd doe je "
  "vrijwilligerswerk bij een organisatie in Huizen, krijg je een coach en bouw je aan je cv. "
  "Na afloop krijg je een certificaat.",
  apply="Meld je aan via de website of app ons. Je hoeft geen verwijzing te hebben.",
  eligibility="Voor jongeren van 14 tot en met 27 jaar.",
  fees="Gratis. Je krijgt een onkostenvergoeding.", cost=free("Gratis, met onkostenvergoeding"),
  min_age=14, max_age=27, locations=("bieb_centrum",), languages=("nl", "en"), path="maatschappelijke-diensttijd")

# ======================================================================================
# Mantelzorg, familie en buren (sociaal netwerk)
# ======================================================================================
S("mz-ondersteuning", "mantelzorgpunt", "social_network", ["social_network", "mental_health"], "open", 0,
  "Mantelzorgondersteuning",
  "Zorgt u voor uw partner, ouder, kind of buurvrouw? Dan bent u mantelzorger. Een mantelzorgconsulent denkt "
  "met u mee over hoe u het volhoudt. Zij geeft informatie over regelingen, helpt bij het regelen van hulp "
  "en is er als u uw verhaal kwijt wilt.",
  apply="Bel, mail of kom langs. Wij komen ook graag bij u thuis. U hoeft geen verwijzing te hebben.",
  eligibility="Voor alle mantelzorgers die zorgen voor iemand in Huizen, en voor mantelzorgers die in Huizen wonen.",
  fees="Gratis.", cost=free(),
  schedule=[sched(WORKDAYS, "09:00", "13:00")], locations=("demeent",), areas=("Gemeente Huizen",),
  path="mantelzorgondersteuning")
S("mz-respijt", "mantelzorgpunt", "social_network", ["social_network", "daytime_activities"], "registration", 4,
  "Respijtzorg: een vrijwilliger neemt de zorg even over",
  "Wilt u een middag naar de kapper, naar een verjaardag of gewoon even niets? Een vrijwilliger van het "
  "Mantelzorgpunt komt bij uw naaste thuis en neemt de zorg een paar uur van u over. "
  "Wij helpen u graag om even op adem te komen, zonder zorgen.",
  alternate_name="Respijtzorg thuis",
  apply="Bel of mail ons. Wij komen eerst kennismaken, met u en met uw naaste.",
  eligibility="Voor mantelzorgers in Huizen die zwaar belast zijn. De vrijwilliger geeft geen persoonlijke verzorging.",
  fees="Gratis, tot vier uur per week.", cost=free("Gratis, tot vier uur per week"),
  locations=("demeent",), areas=("Gemeente Huizen",), path="respijtzorg")
S("mz-cafe", "mantelzorgpunt", "social_network", ["social_network", "mental_health"], "open", 0,
  "Mantelzorgcafé",
  "In het Mantelzorgcafé ontmoet u andere mantelzorgers. U deelt ervaringen, krijgt tips en merkt dat u er "
  "niet alleen voor staat. Vaak is er een spreker, bijvoorbeeld over het regelen van zorg of over omgaan met schuldgevoel.",
  apply="Loop gewoon binnen. Aanmelden hoeft niet.",
  eligibility="Voor mantelzorgers en iedereen die meer wil weten over mantelzorg.",
  fees="Gratis, inclusief koffie en thee.", cost=free(),
  schedule=[sched("2WE", "19:30", "21:30", monthly=True)], locations=("holleblek",), path="mantelzorgcafe")
S("mz-jong", "mantelzorgpunt", "social_network", ["social_network", "mental_health", "work_education"], "open", 0,
  "Jonge mantelzorgers",
  "Zorg jij thuis voor een ouder, broer of zus die ziek is of een beperking heeft? Dan ben je een jonge "
  "mantelzorger. Bij ons kun je terecht voor een gesprek, een leuk uitje met jongeren die hetzelfde meemaken "
  "en hulp om op school uit te leggen wat er thuis speelt.",
  apply="App, bel of mail ons. Je ouders of je mentor mogen ook contact opnemen.",
  eligibility="Voor kinderen en jongeren van 8 tot en met 24 jaar.",
  fees="Gratis.", cost=free(), min_age=8, max_age=24,
  locations=("demeent",), areas=("Gemeente Huizen",), path="jonge-mantelzorgers")
S("mz-online", "mantelzorgpunt", "self_help", ["mental_health", "social_network"], "open", 0,
  "Online training: mantelzorgen zonder op te branden",
  "In deze online training van vier weken leert u signalen van overbelasting herkennen, grenzen aangeven en "
  "hulp vragen aan anderen. Elke week krijgt u een korte video en een opdracht. "
  "U doet het wanneer het u uitkomt, bijvoorbeeld als uw naaste slaapt.",
  apply="Meld u aan op onze website. U krijgt direct een inlogcode.",
  eligibility="Voor alle mantelzorgers.",
  fees="Gratis.", cost=free(), areas=("Nederland",), path="online-training")
S("mz-waardering", "mantelzorgpunt", "social_network", ["social_network", "finances"], "registration", 0,
  "Mantelzorgwaardering",
  "Elk jaar bedankt de gemeente Huizen haar mantelzorgers met een waardering. U kiest zelf: een cadeaubon "
  "voor een winkel in Huizen of een bijdrage voor een dagje uit. "
  "De waardering wordt uitgereikt in november, op de Dag van de Mantelzorg.",
  apply="Meld u aan via het formulier op onze website of bij het Mantelzorgpunt. Aanmelden kan het hele jaar.",
  eligibility="Voor mantelzorgers die minstens drie maanden voor iemand in Huizen zorgen.",
  fees="Gratis.", cost=free(), locations=("demeent",), areas=("Gemeente Huizen",), path="mantelzorgwaardering")
S("fp-conferentie", "familieplan", "social_network", ["domestic_relations", "social_network"], "registration", 5,
  "Familiegroepsplan (Eigen Kracht-conferentie)",
  "Zijn er zorgen in uw gezin of over een familielid? Bij een Eigen Kracht-conferentie nodigt u familie, "
  "vrienden en buren uit om samen een plan te maken. Een onafhankelijke coördinator helpt met de voorbereiding. "
  "Tijdens de bijeenkomst maakt u het plan zelf, zonder hulpverleners erbij.",
  alternate_name="Eigen Kracht-conferentie",
  apply="U kunt zelf bellen of mailen. Ook een hulpverlener mag de conferentie voor u aanvragen. U hoeft geen verwijzing te hebben.",
  eligibility="Voor iedereen in Huizen die met familie en vrienden een plan wil maken: bij opvoedzorgen, ziekte, "
              "schulden of eenzaamheid.",
  fees="De conferentie is gratis voor inwoners van Huizen.", cost=free(),
  wait_text="De voorbereiding duurt meestal vier tot zes weken.",
  locations=("wijkkompas",), areas=("Gemeente Huizen",), path="eigen-kracht-conferentie")
S("fp-netwerkcoach", "familieplan", "social_network", ["social_network", "mental_health"], "registration", 8,
  "Netwerkcoach",
  "Heeft u weinig mensen om u heen op wie u kunt terugvallen? Een netwerkcoach helpt u in ongeveer tien "
  "gesprekken om oude contacten weer op te pakken en nieuwe mensen te leren kennen. "
  "Samen maakt u een overzicht van uw netwerk en zet u kleine stappen.",
  apply="Bel of mail ons. U kunt uzelf aanmelden.",
  eligibility="Voor volwassenen in Huizen met een klein netwerk.",
  fees="Gratis.", cost=free(), locations=("wijkkompas",), areas=("Gemeente Huizen",), path="netwerkcoach")
S("bb-burenhulp", "burenvoorburen", "social_network", ["social_network", "instrumental_adl"], "open", 0,
  "Burenhulp",
  "Heeft u af en toe een handje hulp nodig, bijvoorbeeld met de vuilnisbak, een boodschap of de planten? "
  "Via Buren voor Buren vindt u iemand uit uw eigen buurt die graag helpt. "
  "En misschien kunt u zelf ook iets voor een ander doen.",
  apply="Bel of mail ons, of zet uw vraag in de Buurtlijn-app. U hoeft geen verwijzing te hebben.",
  eligibility="Voor alle inwoners van Huizen met een kleine, praktische hulpvraag.",
  fees="Gratis.", cost=free(), locations=("kaai",), areas=("Gemeente Huizen",), path="burenhulp")
S("bb-app", "burenvoorburen", "social_network", ["social_network", "social_participation"], "open", 0,
  "Buurtlijn-app",
  "Met de Buurtlijn-app vraagt en biedt u hulp in uw eigen buurt. Een ladder lenen, samen wandelen of iemand "
  "die even naar uw computer kijkt: het kan allemaal. Alle gebruikers zijn gecontroleerd op hun adres in Huizen.",
  apply="Download de app en meld u aan met uw postcode. Hulp nodig bij het installeren? Bel ons.",
  eligibility="Voor alle inwoners van Huizen vanaf 16 jaar.",
  fees="De app is gratis.", cost=free(), min_age=16,
  areas=("1271", "1272", "1273", "1274", "1275", "1276", "1277"), path="buurtlijn-app")
S("bb-oostermeent", "burenvoorburen", "social_network", ["social_network", "social_participation"], "open", 0,
  "Buurtnetwerk Oostermeent",
  "In Oostermeent zorgen buren voor elkaar via een netwerk van straatcontactpersonen. Zij weten wat er speelt "
  "in hun straat, bellen aan bij wie een tijdje niet gezien is en brengen buren met elkaar in contact. "
  "Elke laatste vrijdag van de maand is er een buurtborrel in Wijkcentrum De Meent.",
  apply="Loop binnen bij de buurtborrel of bel ons. U hoort dan wie de contactpersoon in uw straat is.",
  eligibility="Voor bewoners van Oostermeent (postcodes 1274 en 1277).",
  fees="Gratis.", cost=free(),
  schedule=[sched("-1FR", "17:00", "19:00", monthly=True, description="Buurtborrel: elke laatste vrijdag van de maand van 17.00 tot 19.00 uur")],
  locations=("demeent",), areas=("1274", "1277"), path="buurtnetwerk-oostermeent")
S("bb-straatcontact", "burenvoorburen", "volunteer", ["social_participation", "social_network"], "registration", 0,
  "Word straatcontactpersoon",
  "Houdt u een oogje in het zeil in uw straat? Als straatcontactpersoon bent u het aanspreekpunt voor uw buren. "
  "U verwelkomt nieuwe bewoners, signaleert wie hulp kan gebruiken en weet de weg naar Buren voor Buren. "
  "Het kost u ongeveer een uur per week.",
  apply="Bel of mail ons. U krijgt een korte training en een welkomstpakket.",
  eligibility="Voor bewoners van Huizen vanaf 18 jaar die hun buurt goed kennen of willen leren kennen.",
  fees="Gratis.", cost=free(), min_age=18, locations=("kaai",), areas=("1271", "1272", "1273"),
  path="straatcontactpersoon")

# ======================================================================================
# Vrijwilligers: administratie, vervoer, klussen
# ======================================================================================
S("so-thuisadmin", "samenoporde", "volunteer", ["finances", "instrumental_adl"], "registration", 6,
  "Thuisadministratie",
  "Stapelt de post zich op en weet u niet meer goed wat er betaald is? Een vrijwilliger komt bij u thuis en "
  "zet samen met u alles op orde. U leert een handig ordnersysteem en hoe u rekeningen op tijd betaalt. "
  "Na ongeveer een jaar kunt u het meestal weer zelf.",
  alternate_name="Hulp bij de thuisadministratie",
  apply="Bel of mail ons. Een coördinator komt eerst kennismaken. U hoeft geen verwijzing te hebben.",
  eligibility="Voor inwoners van Huizen die hun administratie (even) niet zelf rond krijgen, bijvoorbeeld na het "
              "overlijden van een partner of tijdens ziekte.",
  fees="Gratis.", cost=free(), locations=("bieb_centrum",), areas=("Gemeente Huizen",), path="thuisadministratie")
S("so-formulieren", "samenoporde", "volunteer", ["finances", "instrumental_adl"], "open", 0,
  "Formulierenhulp",
  "Een aanvraag voor huurtoeslag, een formulier van het UWV of een brief van de gemeente kan ingewikkeld zijn. "
  "Wij helpen u graag: op het spreekuur vult een vrijwilliger het formulier samen met u in, "
  "het liefst zo dat u het de volgende keer zelf kunt.",
  apply="Kom naar het spreekuur. Neem uw DigiD-gegevens, uw identiteitsbewijs en de brief of het formulier mee. "
        "U hoeft geen verwijzing te hebben.",
  eligibility="Voor iedereen in Huizen die hulp nodig heeft bij formulieren of brieven.",
  fees="Gratis.", cost=free(),
  schedule=[sched("TU", "13:30", "15:30", "Bibliotheek Centrum"), sched("FR", "10:00", "12:00", "Wijkcentrum De Meent")],
  locations=("bieb_centrum", "demeent"), languages=("nl", "en", "ar"), path="formulierenhulp")
S("so-schuldhulpmaatje", "samenoporde", "volunteer", ["finances", "mental_health"], "registration", 8,
  "Schuldhulpmaatje",
  "Schulden geven veel stress. Een schuldhulpmaatje is een getrainde vrijwilliger die naast u staat. "
  "Samen maakt u een overzicht, belt u schuldeisers en bereidt u de gesprekken met de schuldhulpverlening voor. "
  "U hoeft het niet meer alleen te doen.",
  apply="Bel of mail ons, of vraag uw consulent van Wijkkompas om u aan te melden.",
  eligibility="Voor volwassenen in Huizen met schulden of een dreigende schuld, die willen meewerken aan een oplossing.",
  fees="Gratis.", cost=free(), locations=("bieb_centrum",), areas=("Gemeente Huizen",), path="schuldhulpmaatje")
S("so-digitaal", "samenoporde", "volunteer", ["instrumental_adl", "social_participation"], "registration", 3,
  "Hulp bij digitale zaken aan huis",
  "Lukt het niet om uw nieuwe telefoon in te stellen, een afspraak online te maken of de app van uw bank te "
  "gebruiken? Een digivrijwilliger komt bij u thuis en helpt u rustig op weg. "
  "Speciaal voor mensen die niet naar een cursus kunnen komen.",
  apply="Bel ons en vertel waar u hulp bij nodig heeft. Wij zoeken een vrijwilliger bij u in de buurt.",
  eligibility="Voor inwoners van Huizen die slecht ter been zijn of niet naar een cursus kunnen.",
  fees="Gratis. Een vrijwillige bijdrage voor de reiskosten mag.", cost=free("Gratis, vrijwillige bijdrage mag"),
  locations=("bieb_centrum",), areas=("Gemeente Huizen",), path="digihulp-aan-huis")
S("rv-vervoer", "rijdenvoorelkaar", "volunteer", ["social_participation", "physical_health"], "registration", 0,
  "Vervoer door vrijwilligers",
  "Moet u naar het ziekenhuis, de kapper of een verjaardag, maar kunt u niet zelf rijden of met de bus? "
  "Een vrijwillige chauffeur haalt u thuis op en brengt u weer terug. "
  "Als het nodig is, loopt de chauffeur met u mee naar binnen.",
  alternate_name="Vrijwillige chauffeurs",
  apply="Bel minstens twee werkdagen van tevoren om een rit te boeken. U hoeft geen verwijzing te hebben.",
  eligibility="Voor inwoners van Huizen die slecht ter been zijn en geen ander vervoer hebben. "
              "U moet zelf in en uit de auto kunnen stappen.",
  fees="U betaalt de chauffeur € 0,35 per kilometer, met een minimum van € 3 per rit. Het lidmaatschap kost € 10 per jaar.",
  cost=[("Per kilometer", 0.35, "Minimaal € 3 per rit"), ("Lidmaatschap", 10, "Per jaar")],
  schedule=[sched(WORKDAYS, "09:00", "12:00", "ritten boeken")],
  locations=("demeent",), areas=("Gemeente Huizen",), path="vervoer")
S("rv-boodschappen", "rijdenvoorelkaar", "volunteer", ["instrumental_adl", "basic_adl"], "registration", 2,
  "Boodschappendienst",
  "Kunt u tijdelijk of blijvend niet zelf naar de supermarkt? Geef uw boodschappenlijstje door en een "
  "vrijwilliger doet de boodschappen voor u. Hij of zij brengt ze bij u thuis en zet ze als u wilt in de kast. "
  "Er is altijd tijd voor een praatje.",
  apply="Bel ons om u aan te melden. Daarna geeft u elke week uw lijstje door, telefonisch of op papier.",
  eligibility="Voor inwoners van Huizen die niet zelf boodschappen kunnen doen en niemand hebben die dat kan.",
  fees="U betaalt de boodschappen en € 2,50 bezorgkosten per keer.",
  cost=[("Bezorgkosten", 2.5, "Per keer, boodschappen betaalt u zelf")],
  locations=("demeent",), areas=("Gemeente Huizen",), path="boodschappendienst")
S("rv-samen", "rijdenvoorelkaar", "volunteer", ["social_network", "instrumental_adl"], "registration", 4,
  "Samen boodschappen doen",
  "Wilt u zelf uw boodschappen uitkiezen, maar lukt dat niet meer alleen? Elke vrijdagochtend gaat een "
  "vrijwilliger met u mee naar de weekmarkt of de supermarkt in uw buurt. "
  "Daarna drinkt u samen nog een kop koffie.",
  apply="Bel ons. Wij koppelen u aan een vaste vrijwilliger.",
  eligibility="Voor ouderen en mensen met een beperking in Huizen die het fijn vinden om samen te gaan.",
  fees="Gratis. U betaalt alleen uw eigen boodschappen.", cost=free(),
  schedule=[sched("FR", "09:30", "12:00")], locations=("demeent",), areas=("Gemeente Huizen",), path="samen-boodschappen")
S("kb-klussen", "klusbus", "volunteer", ["housing", "instrumental_adl"], "registration", 3,
  "Klussendienst",
  "Een lekkende kraan, een lamp ophangen, een gordijnrail vastzetten of een rookmelder plaatsen: de vrijwilligers "
  "van de Klusbus helpen u graag. Zij doen kleine klussen van maximaal twee uur. "
  "Voor grotere klussen verwijzen wij u naar een vakman.",
  apply="Bel of mail ons en vertel om welke klus het gaat. Wij plannen een afspraak.",
  eligibility="Voor inwoners van Huizen die de klus niet zelf kunnen doen en geen familie of buren hebben die helpen. "
              "Huurders vragen eerst hun verhuurder.",
  fees="U betaalt € 5 per klus, plus het materiaal.", cost=[("Per klus", 5, "Materiaal betaalt u apart")],
  locations=("werkplaats",), areas=("Gemeente Huizen",), path="klussendienst")
S("kb-tuin", "klusbus", "volunteer", ["housing", "physical_health"], "registration", 10,
  "Tuinhulp",
  "Groeit uw tuin u boven het hoofd? In het voorjaar en het najaar helpen onze tuinvrijwilligers met snoeien, "
  "onkruid wieden en bladeren ruimen. Zo blijft uw tuin netjes en veilig.",
  apply="Bel ons om u aan te melden voor de voorjaars- of najaarsronde.",
  eligibility="Voor ouderen en mensen met een beperking in Huizen die hun tuin niet zelf kunnen bijhouden.",
  fees="U betaalt € 10 per keer. Het groenafval nemen wij mee.", cost=[("Per keer", 10, "Inclusief afvoer van groenafval")],
  wait_text="In het voorjaar is het druk. De wachttijd is nu ongeveer 10 weken.",
  locations=("werkplaats",), areas=("Gemeente Huizen",), path="tuinhulp")
S("kb-woningcheck", "klusbus", "volunteer", ["housing", "physical_health"], "registration", 2,
  "Woningcheck: veilig wonen",
  "Een vrijwilliger loopt met u door uw huis, op zoek naar plekken waar u kunt vallen of waar brandgevaar is. "
  "Kleine dingen, zoals een rookmelder, antislipmatjes of een extra handgreep, kunnen wij meteen plaatsen.",
  apply="Bel of mail ons voor een afspraak bij u thuis.",
  eligibility="Voor inwoners van Huizen vanaf 65 jaar en voor mensen met een beperking.",
  fees="De check is gratis. Materialen kosten samen hooguit € 25.",
  cost=[("Woningcheck", 0, "Gratis"), ("Materialen", 25, "Maximaal")],
  locations=("werkplaats",), areas=("Gemeente Huizen",), path="woningcheck")
S("ec-coach", "energiecoach", "volunteer", ["finances", "housing"], "registration", 3,
  "Energiecoach aan huis",
  "Is uw energierekening hoog of heeft u het vaak koud in huis? Een vrijwillige energiecoach komt bij u langs "
  "en kijkt waar u kunt besparen. Denk aan de thermostaat, tochtstrips of korter douchen. "
  "U krijgt een persoonlijk advies op papier mee.",
  apply="Vul het formulier op onze website in of bel ons. Wij plannen binnen een paar weken een bezoek.",
  eligibility="Voor alle inwoners van Huizen, huurders en eigenaren.",
  fees="Gratis.", cost=free(), locations=("kaai",), areas=("Gemeente Huizen",), path="energiecoach")
S("ec-fixteam", "energiecoach", "volunteer", ["housing", "finances"], "registration", 6,
  "Energie-fixteam: kleine maatregelen gratis geplaatst",
  "Heeft u een laag inkomen? Dan plaatst het fixteam gratis radiatorfolie, tochtstrips, ledlampen en een "
  "waterbesparende douchekop. Deze kleine maatregelen schelen al snel honderd euro per jaar op uw energierekening.",
  apply="Meld u aan via telefoon of mail. Wij vragen u om een bewijs van uw inkomen.",
  eligibility="Voor huishoudens in Huizen met een inkomen tot 130 procent van het sociaal minimum.",
  fees="Gratis, ook de materialen.", cost=free("Gratis, inclusief materialen"),
  locations=("kaai",), areas=("Gemeente Huizen",), path="fixteam")
S("bbm-bemiddeling", "buurtbemiddeling", "volunteer", ["housing", "domestic_relations", "justice"], "open", 2,
  "Buurtbemiddeling",
  "Heeft u last van geluid, stank, parkeren of een overhangende boom van uw buren, en lukt het niet meer om "
  "er samen over te praten? Twee bemiddelaars praten eerst apart met u en met uw buren. "
  "Daarna zit u samen aan tafel om afspraken te maken die voor iedereen werken.",
  apply="Bel of mail ons. Ook uw verhuurder, de wijkagent of Wijkkompas kan u aanmelden. U hoeft geen verwijzing te hebben.",
  eligibility="Voor buren in Huizen met een conflict dat nog niet bij de rechter ligt.",
  fees="Gratis.", cost=free(), locations=("wijkkompas",), areas=("Gemeente Huizen",), path="buurtbemiddeling")

# ======================================================================================
# Vrijwilligers: taal, leren, luisteren, laatste levensfase
# ======================================================================================
S("tm-taalcafe", "taalmaatjes", "volunteer", ["social_participation", "work_education", "social_network"], "open", 0,
  "Taalcafé Huizen",
  "Wilt u Nederlands oefenen in een ontspannen sfeer? In het Taalcafé praat u aan tafels met vrijwilligers en "
  "andere cursisten over gewone onderwerpen. U hoeft niet foutloos te praten: iedereen leert van elkaar. "
  "Na afloop weet u vaak ook meer over Huizen.",
  apply="Loop gewoon binnen. Aanmelden is niet nodig.",
  eligibility="Voor iedereen die Nederlands wil oefenen, van beginner tot gevorderd.",
  fees="Gratis.", cost=free(),
  schedule=[sched("WE", "19:00", "20:30", "Bibliotheek Centrum"), sched("SA", "10:30", "12:00", "Wijkcentrum De Meent")],
  locations=("bieb_centrum", "demeent"), languages=("nl", "en", "ar", "tr", "pl", "uk"), path="taalcafe")
S("tm-taalmaatje", "taalmaatjes", "volunteer", ["work_education", "social_participation"], "registration", 12,
  "Taalmaatje",
  "Een taalmaatje is een vrijwilliger die een jaar lang elke week een uur of twee met u afspreekt. U oefent "
  "Nederlands in het dagelijks leven: bij de dokter, in de winkel of op de school van uw kinderen. "
  "Samen kiest u waar u aan wilt werken.",
  apply="Bel of mail ons voor een kennismaking. U hoeft geen verwijzing te hebben.",
  eligibility="Voor volwassenen in Huizen die Nederlands leren en al een beetje kunnen praten.",
  fees="Gratis.", cost=free(),
  wait_text="Er zijn veel aanmeldingen. De wachttijd is nu ongeveer 12 weken. In de tussentijd bent u welkom in het Taalcafé.",
  locations=("bieb_centrum",), areas=("Gemeente Huizen",), languages=("nl", "en", "ar", "uk"), path="taalmaatje")
S("tm-werkvloer", "taalmaatjes", "volunteer", ["work_education"], "registration", 4,
  "Nederlands op de werkvloer",
  "Heeft u werk, of wilt u graag aan het werk, maar vindt u de taal op het werk lastig? In deze groep oefent u "
  "met gesprekken met collega's, telefoneren en werkinstructies. "
  "Vrijwilligers met werkervaring in verschillende beroepen helpen u.",
  apply="Meld u aan via mail of telefoon. De groep start drie keer per jaar.",
  eligibility="Voor volwassenen die Nederlands leren op niveau A2 of hoger.",
  fees="Gratis.", cost=free(), schedule=[sched("MO", "19:00", "21:00")],
  locations=("bieb_oost",), languages=("nl", "en"), path="nederlands-op-de-werkvloer")
S("hw-begeleiding", "huiswerkhuis", "volunteer", ["work_education"], "registration", 4,
  "Huiswerkbegeleiding",
  "Vind je het lastig om je huiswerk te plannen, of loop je vast bij wiskunde of Engels? Bij het Huiswerkhuis "
  "maak je je huiswerk op een rustige plek, met hulp van vrijwilligers. "
  "Je leert plannen en samenvatten, zodat het thuis ook beter lukt.",
  apply="Je ouders of je mentor melden je aan via mail of telefoon. Een verwijzing is niet nodig.",
  eligibility="Voor leerlingen van groep 7 en 8 en de middelbare school, van 10 tot en met 17 jaar.",
  fees="Een abonnement kost € 12 per maand. Met een laag inkomen betaalt het Kinderfonds Huizen dit.",
  cost=[("Abonnement", 12, "Per maand, Kinderfonds Huizen betaalt bij een laag inkomen")],
  min_age=10, max_age=17, schedule=[sched("MO,TU,TH", "15:30", "17:30")],
  locations=("holleblek",), path="huiswerkbegeleiding")
S("hw-rekenmaatje", "huiswerkhuis", "volunteer", ["work_education"], "registration", 8,
  "Rekenmaatje voor de basisschool",
  "Heeft uw kind moeite met rekenen? Een rekenmaatje komt één keer per week bij u thuis of op school om "
  "spelenderwijs te oefenen met tafels, breuken en klokkijken. Zo krijgt uw kind meer zelfvertrouwen.",
  apply="Bel of mail ons, of vraag de leerkracht om uw kind aan te melden.",
  eligibility="Voor kinderen van 6 tot en met 12 jaar die naar school gaan in Huizen.",
  fees="Gratis.", cost=free(), min_age=6, max_age=12,
  locations=("holleblek",), areas=("Gemeente Huizen",), path="rekenmaatje")
S("pl-praatlijn", "praatlijn", "volunteer", ["social_network", "mental_health"], "open", 0,
  "Praatlijn: dag en nacht een luisterend oor",
  "Zit u ergens mee, voelt u zich alleen of kunt u niet slapen van het piekeren? Bel de Praatlijn. "
  "Een getrainde vrijwilliger luistert naar u, zonder oordeel en zonder haast. U hoeft uw naam niet te noemen.",
  apply="Bel het nummer van de Praatlijn, wanneer u maar wilt.",
  eligibility="Voor iedereen die behoefte heeft aan een gesprek. Bent u in acuut gevaar? Bel dan 112 of 113.",
  fees="Gratis. U betaalt alleen uw gewone belkosten.", cost=free("Gratis, alleen gewone belkosten"),
  schedule=list(H24),
  areas=("Gemeente Huizen", "Gemeente Blaricum", "Gemeente Laren", "Gemeente Eemnes", "Gemeente Gooise Meren"),
  path="praatlijn")
S("pl-belcirkel", "praatlijn", "volunteer", ["social_network", "physical_health"], "registration", 2,
  "Telefooncirkel: elke ochtend een belletje",
  "Woont u alleen en vindt u het fijn als er elke ochtend iemand belt? In de telefooncirkel belt een "
  "vrijwilliger u elke ochtend rond 9.00 uur. Neemt u niet op, dan belt de vrijwilliger uw contactpersoon "
  "of iemand met een sleutel.",
  apply="Bel ons om u aan te melden. Wij vragen u om één of twee contactpersonen.",
  eligibility="Voor alleenwonende inwoners van Huizen die dat een veilig gevoel geeft.",
  fees="Gratis.", cost=free(), schedule=[sched(ALL_DAYS, "09:00", "09:30")],
  areas=("Gemeente Huizen",), path="telefooncirkel")
S("lf-thuiswaken", "levensfase", "volunteer", ["physical_health", "social_network", "domestic_relations"], "open", 0,
  "Thuiswaken door vrijwilligers",
  "Wilt u uw naaste thuis laten sterven, maar bent u zelf uitgeput? Onze getrainde vrijwilligers waken 's nachts "
  "of overdag bij uw dierbare, zodat u kunt rusten. Zij zijn er ook voor een gesprek of een kop koffie. "
  "De verpleegkundige zorg blijft bij de wijkverpleging.",
  apply="Bel ons, dag en nacht. Ook de wijkverpleegkundige of de huisarts kan ons inschakelen.",
  eligibility="Voor mensen in hun laatste levensfase die thuis zijn, in Huizen, Blaricum en Laren.",
  fees="Gratis.", cost=free(), locations=("heidehof",),
  areas=("Gemeente Huizen", "Gemeente Blaricum", "Gemeente Laren"), path="thuiswaken")
S("sv-belasting", "seniorenvereniging", "volunteer", ["finances"], "registration", 3,
  "Belastingservice voor ouderen",
  "Vindt u de belastingaangifte of het aanvragen van zorgtoeslag ingewikkeld? Een getrainde belastinginvuller "
  "komt bij u thuis en vult samen met u de aangifte in. "
  "Ook kijken we of u recht heeft op toeslagen.",
  apply="Bel of mail ons tussen februari en april. Houd uw DigiD bij de hand.",
  eligibility="Voor inwoners van Huizen vanaf 65 jaar met een eenvoudige belastingaangifte. Lid zijn is niet nodig.",
  fees="Voor leden gratis. Niet-leden betalen € 15 per aangifte.",
  cost=[("Leden", 0, "Gratis"), ("Niet-leden", 15, "Per aangifte")], min_age=65,
  alert="Aanmelden voor de belastingaangifte kan van 1 februari tot 30 april.",
  locations=("holleblek",), areas=("Gemeente Huizen",), path="belastingservice")
S("sv-soos", "seniorenvereniging", "general", ["social_network", "daytime_activities"], "open", 0,
  "Ouderensoos Huizen Actief",
  "Elke donderdagmiddag is er soos in Wijkcentrum Holleblek. We klaverjassen, sjoelen en spelen rummikub. "
  "Een paar keer per jaar gaan we samen met de bus op stap, bijvoorbeeld naar een museum of de bollenvelden.",
  apply="Loop gerust een keer binnen om te kijken. Daarna kunt u lid worden.",
  eligibility="Voor iedereen vanaf 50 jaar.",
  fees="Het lidmaatschap kost € 27,50 per jaar. De soos zelf is dan gratis.",
  cost=[("Lidmaatschap", 27.5, "Per jaar")], min_age=50,
  schedule=[sched("TH", "13:30", "16:30")], locations=("holleblek",), path="ouderensoos")
S("sv-veiligonline", "seniorenvereniging", "self_help", ["finances", "instrumental_adl", "justice"], "open", 0,
  "Voorlichting: veilig online voor senioren",
  "Oplichters zijn slim. Ze sturen nepberichten van de bank, bellen namens de politie of doen alsof ze uw "
  "kleinkind zijn. Tijdens deze voorlichting leert u hun trucs herkennen. "
  "U krijgt tips om uzelf en uw geld te beschermen.",
  apply="Kom gewoon langs. Op onze website staan de data van de volgende bijeenkomsten.",
  eligibility="Voor ouderen en hun familie. Lid zijn is niet nodig.",
  fees="Gratis.", cost=free(), locations=("bieb_oost",), path="veilig-online")
S("rc-reparatiecafe", "repaircafe", "general", ["finances", "social_participation", "social_network"], "open", 0,
  "Reparatiecafé",
  "Is uw broodrooster, fiets, broek of lamp kapot? Neem hem mee naar het Reparatiecafé. Handige vrijwilligers "
  "kijken samen met u wat er mis is en repareren het ter plekke. "
  "Terwijl u wacht, drinkt u koffie met andere buurtbewoners.",
  apply="Loop binnen met uw kapotte spullen. Aanmelden is niet nodig.",
  eligibility="Iedereen is welkom.",
  fees="Reparaties zijn gratis, een bijdrage in de fooienpot wordt gewaardeerd. Onderdelen betaalt u zelf.",
  cost=free("Gratis, onderdelen betaalt u zelf"),
  schedule=[sched("3SA", "10:00", "13:00", monthly=True)], locations=("devaart",), path="reparatiecafe")

# ======================================================================================
# Algemene voorzieningen: eten, wassen, ontmoeten
# ======================================================================================
S("sat-buurtrestaurant", "samenaantafel", "general", ["social_network", "instrumental_adl"], "registration", 0,
  "Buurtrestaurant in De Kaai",
  "Elke woensdag en vrijdag koken vrijwilligers in Buurthuis De Kaai een verse driegangenmaaltijd. U eet aan "
  "lange tafels, samen met buurtbewoners. Een fijne manier om mensen te leren kennen en gezond te eten voor weinig geld.",
  alternate_name="Eetcafé De Kaai",
  apply="Reserveer uiterlijk de dag ervoor, telefonisch of aan de bar van De Kaai.",
  eligibility="Iedereen is welkom. Heeft u een dieet? Zeg het als u reserveert.",
  fees="Een maaltijd kost € 7,50. Kinderen tot 12 jaar betalen € 3,50.",
  cost=[("Maaltijd volwassene", 7.5, "Driegangenmaaltijd"), ("Maaltijd kind tot 12 jaar", 3.5, "Driegangenmaaltijd")],
  schedule=[sched("WE,FR", "17:30", "19:30")], locations=("kaai",), path="buurtrestaurant")
S("sat-samenkoken", "samenaantafel", "general", ["social_network", "instrumental_adl", "daytime_activities"], "registration", 0,
  "Samen koken en eten in De Vaart",
  "Kookt u graag, of wilt u het juist leren? In Buurthuis De Vaart koken we elke dinsdagmiddag met een kleine "
  "groep. Iedereen doet mee met wat hij kan: groente snijden, de tafel dekken of afwassen. "
  "Daarna eten we samen op wat we gemaakt hebben.",
  apply="Bel of mail om u aan te melden. Er is plek voor twaalf mensen.",
  eligibility="Voor volwassenen die graag samen koken, ook als u alleen woont en niet graag voor één persoon kookt.",
  fees="U betaalt € 5 per keer voor de boodschappen.", cost=[("Per keer", 5, "Bijdrage voor de boodschappen")],
  schedule=[sched("TU", "15:00", "19:00")], locations=("devaart",), path="samen-koken")
S("ma-maaltijdservice", "maaltijden", "general", ["instrumental_adl", "physical_health"], "registration", 1,
  "Maaltijdservice aan huis",
  "Lukt het niet meer om elke dag zelf te koken? Wij bezorgen een warme of gekoelde maaltijd bij u thuis, "
  "zeven dagen per week. U kiest uit een wisselend menu, ook met dieetmaaltijden zoals zoutarm, diabetes of "
  "gemalen. De bezorger kijkt ook even of alles goed met u gaat.",
  alternate_name="Tafeltje-dek-je",
  apply="Bel of mail ons. U kunt vaak de volgende dag al beginnen. U hoeft geen verwijzing te hebben.",
  eligibility="Voor iedereen in Huizen, Blaricum en Laren die tijdelijk of blijvend niet zelf kan koken.",
  fees="Een warme maaltijd kost € 8,95, inclusief bezorgen. Een gekoelde maaltijd kost € 7,50.",
  cost=[("Warme maaltijd", 8.95, "Inclusief bezorging"), ("Gekoelde maaltijd", 7.5, "Inclusief bezorging")],
  schedule=[sched(ALL_DAYS, "11:00", "13:00", "bezorging")], locations=("huizerhof",),
  areas=("Gemeente Huizen", "Gemeente Blaricum", "Gemeente Laren"), path="maaltijdservice")
S("ma-kookcursus", "maaltijden", "general", ["instrumental_adl", "physical_health", "social_network"], "registration", 3,
  "Kookcursus Koken voor één",
  "Heeft u altijd iemand gehad die kookte, of vindt u koken voor één persoon lastig? In vijf lessen leert u "
  "eenvoudige, gezonde maaltijden maken. U kookt samen in de keuken van Huizerhof en eet daarna met elkaar. "
  "Veel deelnemers blijven na de cursus samen eten.",
  apply="Meld u aan via telefoon of mail. Er is plek voor acht deelnemers.",
  eligibility="Voor volwassenen die alleen wonen. De cursus is vooral populair bij weduwnaars.",
  fees="De hele cursus kost € 25, inclusief ingrediënten.", cost=[("Hele cursus", 25, "Vijf lessen, inclusief ingrediënten")],
  schedule=[sched("MO", "16:00", "19:00")], locations=("huizerhof",), path="koken-voor-een")
S("sl-wasserette", "schonelei", "general", ["instrumental_adl", "basic_adl"], "open", 0,
  "Sociale wasserette",
  "Heeft u geen wasmachine, of is de was te zwaar om zelf te doen? In de sociale wasserette aan de Naarderstraat "
  "wast en droogt u zelf, met een kop koffie erbij. Wilt u het liever laten doen? Dan wassen, drogen en vouwen onze medewerkers uw was.",
  apply="Loop binnen met uw was. Laat u het ons doen, dan haalt u het de volgende dag op.",
  eligibility="Voor iedereen. Met een laag inkomen krijgt u de helft korting.",
  fees="Zelf wassen kost € 3,50 per machine. Laten wassen, drogen en vouwen kost € 8 per machine.",
  cost=[("Zelf wassen", 3.5, "Per machine"), ("Laten wassen, drogen en vouwen", 8, "Per machine")],
  schedule=[sched(WORKDAYS, "08:30", "17:30"), sched("SA", "09:00", "13:00")],
  locations=("wasserette",), languages=("nl", "en", "pl"), path="wasserette")
S("sl-werkplek", "schonelei", "general", ["work_education", "social_participation"], "referral", 6,
  "Leerwerkplek in de wasserette",
  "Wilt u weer wennen aan werken, in een rustige en vriendelijke omgeving? In de wasserette leert u werken met "
  "de machines, klanten helpen en samenwerken in een team. Een werkbegeleider kijkt met u naar een volgende stap, "
  "zoals betaald werk of een opleiding.",
  apply="U wordt aangemeld door uw klantmanager van de gemeente, Werkkracht Gooi of uw begeleider.",
  eligibility="Voor mensen met een uitkering of een grote afstand tot werk.",
  fees="Gratis.", cost=free(), schedule=[sched(WORKDAYS, "09:00", "15:00")],
  locations=("wasserette",), path="leerwerkplek")
S("oh-ontmoetingscentrum", "ontmoetingshuis", "general", ["daytime_activities", "social_network", "mental_health"], "registration", 4,
  "Ontmoetingscentrum voor mensen met geheugenproblemen",
  "Heeft u last van vergeetachtigheid of beginnende dementie? In het ontmoetingscentrum doet u mee met "
  "activiteiten die passen bij wat u kunt en leuk vindt: bewegen, muziek, tuinieren of een goed gesprek. "
  "Uw mantelzorger krijgt ook steun, met gespreksgroepen en informatie. U heeft geen indicatie nodig.",
  apply="Bel of mail voor een kennismakingsgesprek bij u thuis. U hoeft geen verwijzing te hebben.",
  eligibility="Voor thuiswonende mensen met geheugenproblemen of dementie, en hun mantelzorgers.",
  fees="U betaalt € 6 per dag, inclusief lunch.", cost=[("Per dag", 6, "Inclusief lunch")],
  schedule=[sched("MO,TU,TH", "10:00", "16:00")], locations=("ontmoetingshuis",), path="ontmoetingscentrum")
S("oh-geheugencafe", "ontmoetingshuis", "general", ["mental_health", "social_network"], "open", 0,
  "Geheugencafé Huizen",
  "In het Geheugencafé praten mensen met dementie, hun partners, familie en andere belangstellenden met elkaar "
  "over leven met dementie. Elke maand is er een ander thema, zoals 'Als autorijden niet meer gaat' of "
  "'Zorgen voor de mantelzorger'. Een deskundige vertelt, daarna is er tijd voor vragen en een drankje.",
  apply="Loop gewoon binnen. Aanmelden is niet nodig.",
  eligibility="Voor iedereen die te maken heeft met dementie.",
  fees="Gratis.", cost=free(),
  schedule=[sched("1TH", "19:30", "21:30", monthly=True)], locations=("holleblek",), path="geheugencafe")
S("vt-inloop", "vuurtoren", "general", ["mental_health", "social_network", "daytime_activities"], "open", 0,
  "Inloop De Vuurtoren",
  "Heeft u psychische klachten of voelt u zich vaak alleen? In De Vuurtoren aan de Oude Haven kunt u binnenlopen "
  "voor koffie, een spelletje of een gesprek. Ervaringsdeskundigen en vrijwilligers zijn er om naar u te luisteren. "
  "Niets moet, alles mag.",
  apply="Loop gewoon binnen. U hoeft zich niet aan te melden en u hoeft niets te vertellen.",
  eligibility="Voor volwassenen die psychisch kwetsbaar zijn of zich eenzaam voelen. "
              "Let op: de inloop is op de eerste verdieping, zonder lift.",
  fees="De inloop is gratis. Een lunch kost € 2.", cost=[("Inloop", 0, "Gratis"), ("Lunch", 2, "Per keer")],
  schedule=[sched("MO,WE,TH,FR", "10:00", "15:00"), sched("SU", "13:00", "16:00")],
  locations=("vuurtoren",), path="inloop")
S("vt-atelier", "vuurtoren", "general", ["daytime_activities", "mental_health"], "open", 0,
  "Creatief atelier De Vuurtoren",
  "Schilderen, kleien of tekenen helpt veel mensen om tot rust te komen. In het atelier werkt u in een kleine "
  "groep aan uw eigen werk, met hulp van een kunstenares. Ervaring is niet nodig.",
  apply="Kom langs op dinsdagmiddag. De eerste keer is een proefles.",
  eligibility="Voor volwassenen die psychisch kwetsbaar zijn.",
  fees="U betaalt € 2,50 per keer voor materiaal.", cost=[("Materiaal", 2.5, "Per keer")],
  schedule=[sched("TU", "13:30", "16:00")], locations=("vuurtoren",), path="atelier")

# ======================================================================================
# Algemene voorzieningen: bewegen, leren, meedoen
# ======================================================================================
S("hb-ouderen", "huizenbeweegt", "general", ["physical_health", "social_network"], "open", 0,
  "Meer Bewegen voor Ouderen",
  "Wilt u soepel en fit blijven? Bij Meer Bewegen voor Ouderen doet u een uur lang rustige oefeningen op muziek, "
  "met balspelletjes en stoelgymnastiek. Iedereen beweegt op zijn eigen niveau. Na afloop drinken we samen koffie.",
  apply="U kunt zonder aanmelding een keer meedoen. Daarna meldt u zich aan bij de docent.",
  eligibility="Voor iedereen vanaf 55 jaar.",
  fees="Een les kost € 3. Een tienrittenkaart kost € 25.",
  cost=[("Losse les", 3, "Per keer"), ("Tienrittenkaart", 25, "Tien lessen")], min_age=55,
  schedule=[sched("TU", "10:00", "11:00", "Wijkcentrum Holleblek"), sched("TH", "10:00", "11:00", "Wijkcentrum De Meent")],
  locations=("holleblek", "demeent"), path="bewegen-ouderen")
S("hb-valpreventie", "huizenbeweegt", "general", ["physical_health", "basic_adl"], "registration", 6,
  "Valpreventiecursus In Balans",
  "Bent u de laatste tijd gevallen, of bent u bang om te vallen? In de cursus In Balans oefent u tien weken met "
  "evenwicht, opstaan en veilig lopen. Een fysiotherapeut geeft tips om uw huis veiliger te maken. "
  "U wordt er zekerder van, en dat merkt u elke dag.",
  apply="Bel of mail om u aan te melden. Eerst doen we samen een korte valtest.",
  eligibility="Voor thuiswonende ouderen vanaf 65 jaar met een verhoogd risico om te vallen.",
  fees="De cursus kost € 40. Veel zorgverzekeraars vergoeden dit uit de aanvullende verzekering.",
  cost=[("Hele cursus", 40, "Tien lessen; vaak vergoed uit de aanvullende verzekering")], min_age=65,
  schedule=[sched("WE", "14:00", "15:30")], locations=("beweegzaal",), path="valpreventie")
S("hb-wandelgroep", "huizenbeweegt", "general", ["physical_health", "social_network"], "open", 0,
  "Wandelgroep Huizen Stapt Op",
  "Elke maandagochtend vertrekt een gezellige wandelgroep bij Buurthuis De Kaai voor een tocht van vijf kilometer "
  "langs het Gooimeer. Het tempo is rustig en er is altijd een pauze. "
  "Wandelen is goed voor uw hart, en u leert nieuwe mensen kennen.",
  apply="Kom gewoon naar het vertrekpunt. Aanmelden is niet nodig.",
  eligibility="Voor iedereen die vijf kilometer in een rustig tempo kan lopen.",
  fees="Gratis.", cost=free(), schedule=[sched("MO", "09:30", "11:00")], locations=("kaai",), path="wandelgroep")
S("hb-sportcoach", "huizenbeweegt", "general", ["physical_health", "daytime_activities"], "open", 0,
  "Buurtsportcoach: advies over sporten en bewegen",
  "Wilt u graag sporten, maar weet u niet waar u moet beginnen? De buurtsportcoach zoekt samen met u een sport "
  "of beweegactiviteit die past bij uw gezondheid, uw portemonnee en uw agenda. "
  "Ook voor mensen met een chronische ziekte of een beperking.",
  apply="Bel, mail of app de buurtsportcoach. U hoeft geen verwijzing te hebben.",
  eligibility="Voor alle inwoners van Huizen, jong en oud.",
  fees="Het advies is gratis.", cost=free(), locations=("sporthal",), areas=("Gemeente Huizen",), path="buurtsportcoach")
S("hb-aangepast", "huizenbeweegt", "general", ["physical_health", "social_participation"], "registration", 2,
  "Aangepast sporten in Huizen",
  "Voor mensen met een lichamelijke of verstandelijke beperking zijn er in Sporthal Oostermeent elke week "
  "sportlessen: zitvolleybal, badminton en een G-voetbalteam. De trainers hebben veel ervaring met aangepast sporten. "
  "Plezier staat voorop.",
  apply="Meld u aan via mail of telefoon. U mag eerst twee keer gratis meedoen.",
  eligibility="Voor kinderen vanaf 8 jaar en volwassenen met een beperking.",
  fees="Het lidmaatschap kost € 12 per maand.", cost=[("Lidmaatschap", 12, "Per maand")],
  schedule=[sched("SA", "10:00", "12:00")], locations=("sporthal",), path="aangepast-sporten")
S("hb-beweegmaatje", "huizenbeweegt", "volunteer", ["physical_health", "social_network"], "registration", 6,
  "Beweegmaatje",
  "Wilt u meer bewegen, maar lukt het niet om alleen te gaan? Een vrijwillig beweegmaatje gaat één keer per week "
  "met u wandelen, fietsen of zwemmen. Samen is het leuker, en u houdt het makkelijker vol.",
  apply="Bel of mail de buurtsportcoach. Uw huisarts of fysiotherapeut mag u ook aanmelden.",
  eligibility="Voor volwassenen in Huizen die weinig bewegen en dat graag willen veranderen.",
  fees="Gratis. Entree van het zwembad betaalt u zelf.", cost=free(),
  locations=("sporthal",), areas=("Gemeente Huizen",), path="beweegmaatje")
S("bi-ido", "bibliotheek", "self_help", ["instrumental_adl", "finances"], "open", 0,
  "Informatiepunt Digitale Overheid",
  "Heeft u vragen over DigiD, toeslagen, de belastingaangifte of de website van de gemeente? Bij het "
  "Informatiepunt Digitale Overheid helpen medewerkers u op weg. "
  "Zij laten zien waar u informatie vindt en hoe u het de volgende keer zelf kunt doen.",
  apply="Loop binnen tijdens het spreekuur. Neem uw DigiD-gegevens en eventuele brieven mee.",
  eligibility="Voor iedereen, ook als u geen lid bent van de bibliotheek.",
  fees="Gratis.", cost=free(),
  schedule=[sched("TU", "10:00", "12:00", "vestiging Centrum"), sched("TH", "14:00", "16:00", "vestiging Oostermeent")],
  locations=("bieb_centrum", "bieb_oost"), path="informatiepunt-digitale-overheid")
S("bi-digitaal", "bibliotheek", "self_help", ["instrumental_adl", "social_participation"], "registration", 3,
  "Cursus Digitaal Vaardig",
  "Wilt u leren e-mailen, videobellen met uw kleinkinderen of veilig internetbankieren? In de cursus Digitaal "
  "Vaardig leert u in kleine stappen werken met een computer, tablet of smartphone. "
  "U mag uw eigen apparaat meenemen.",
  apply="Meld u aan bij de balie, via de website of telefonisch.",
  eligibility="Voor volwassenen die weinig of geen ervaring hebben met computers of smartphones.",
  fees="De cursus van zes lessen kost € 15. Met een laag inkomen is de cursus gratis.",
  cost=[("Hele cursus", 15, "Zes lessen"), ("Met laag inkomen", 0, "Gratis")],
  schedule=[sched("WE", "10:00", "12:00")], locations=("bieb_oost",), path="digitaal-vaardig")
S("bi-taalhuis", "bibliotheek", "general", ["work_education", "social_participation"], "open", 1,
  "Taalhuis: beter leren lezen, schrijven en rekenen",
  "Vindt u lezen, schrijven of rekenen lastig? Daar hoeft u zich niet voor te schamen: veel mensen hebben dat. "
  "In het Taalhuis zoeken we samen met u een cursus of een taalvrijwilliger die bij u past. "
  "Ook als u Nederlands als tweede taal leert, bent u welkom.",
  apply="Kom langs op het spreekuur of bel ons. U hoeft geen verwijzing te hebben.",
  eligibility="Voor volwassenen die beter willen leren lezen, schrijven, rekenen of Nederlands spreken.",
  fees="Gratis.", cost=free(),
  schedule=[sched("MO", "13:30", "16:00", "vestiging Centrum"), sched("FR", "09:30", "12:00", "vestiging Oostermeent")],
  locations=("bieb_centrum", "bieb_oost"), languages=("nl", "en", "ar"), path="taalhuis")
S("bi-voorleesmaatje", "bibliotheek", "volunteer", ["work_education", "domestic_relations"], "registration", 6,
  "VoorleesMaatje voor gezinnen",
  "Een vrijwilliger komt twintig weken lang één keer per week bij u thuis om voor te lezen aan uw kinderen. "
  "Zo krijgen uw kinderen plezier in boeken en leren ze nieuwe woorden. "
  "Als ouder leert u hoe u zelf voorleest, ook als u het Nederlands nog niet goed spreekt.",
  apply="Meld u aan bij de bibliotheek. Ook de juf, het consultatiebureau of Wijkkompas mag u aanmelden.",
  eligibility="Voor gezinnen in Huizen met kinderen van 2 tot 8 jaar.",
  fees="Gratis. Uw kinderen krijgen ook een paar boeken cadeau.", cost=free(),
  locations=("bieb_centrum",), areas=("Gemeente Huizen",), languages=("nl", "en", "ar"), path="voorleesmaatje")
S("bi-leesclub", "bibliotheek", "general", ["social_network", "work_education"], "open", 0,
  "Leesclub Makkelijk Lezen",
  "In deze leesclub lezen we samen boeken in eenvoudig Nederlands. Eens in de twee weken praten we over het "
  "verhaal, onder leiding van een vrijwilliger. Goed om te oefenen met lezen, en fijn om over een boek te praten.",
  apply="Kom langs of meld u aan bij de balie. U krijgt het boek van ons te leen.",
  eligibility="Voor volwassenen die lezen lastig vinden of Nederlands leren.",
  fees="Gratis.", cost=free(), schedule=[sched("TH", "14:00", "15:00", interval=2)],
  locations=("bieb_centrum",), path="leesclub")
S("nb-inburgering", "nieuweburen", "general", ["work_education", "social_participation", "finances"], "referral", 2,
  "Begeleiding bij inburgering",
  "Bent u net in Huizen komen wonen met een verblijfsvergunning? Dan begeleiden wij u in uw eerste jaren. "
  "Wij helpen met uw inburgeringsplan, de taalschool, post van instanties en het regelen van uw geldzaken. "
  "U heeft een vaste begeleider die u kunt bellen of appen.",
  apply="De gemeente meldt u bij ons aan als u statushouder bent. Andere nieuwkomers kunnen zelf contact opnemen.",
  eligibility="Voor statushouders en andere nieuwkomers die moeten inburgeren in Huizen.",
  fees="Gratis.", cost=free(),
  interpretation="Wij werken met tolken in onder meer het Arabisch, Tigrinya en Dari.",
  locations=("bieb_centrum",), areas=("Gemeente Huizen",), languages=("nl", "en", "ar"), path="inburgering")
S("nb-vrouwencafe", "nieuweburen", "social_network", ["social_network", "social_participation"], "open", 0,
  "Vrouwencafé Nieuw in Huizen",
  "Elke donderdagochtend ontmoeten vrouwen uit alle delen van de wereld elkaar in Wijkcentrum De Meent. "
  "We drinken thee, oefenen Nederlands en praten over school, gezondheid en de weg vinden in Huizen. "
  "Kleine kinderen mogen mee: er is een speelhoek.",
  apply="Kom gewoon langs. Neem gerust een vriendin mee.",
  eligibility="Voor alle vrouwen die nieuw zijn in Huizen of nieuwe mensen willen ontmoeten.",
  fees="Gratis.", cost=free(), schedule=[sched("TH", "09:30", "11:30")],
  locations=("demeent",), languages=("nl", "en", "ar", "tr"), path="vrouwencafe")
S("nb-oekraine", "nieuweburen", "social_network", ["social_network", "mental_health"], "open", 0,
  "Ontmoetingsplek voor Oekraïners in Huizen",
  "Komt u uit Oekraïne en woont u nu in Huizen? Elke zaterdagmiddag kunt u in Buurthuis De Kaai landgenoten "
  "en Nederlandse vrijwilligers ontmoeten. Er is hulp bij vragen over werk, school en zorg, "
  "en er is tijd om even op adem te komen.",
  apply="Loop gewoon binnen. Aanmelden is niet nodig.",
  eligibility="Voor mensen uit Oekraïne en iedereen die hen wil leren kennen.",
  fees="Gratis.", cost=free(), schedule=[sched("SA", "14:00", "17:00")],
  locations=("kaai",), languages=("nl", "uk", "en"), path="ontmoeting-oekraine")
S("jh-deloods", "jonghuizen", "general", ["daytime_activities", "social_participation", "social_network"], "open", 0,
  "Jongerencentrum De Loods",
  "In De Loods kun je na school en in het weekend terecht om te chillen, te gamen, muziek te maken of te "
  "tafeltennissen. De jongerenwerkers zijn er altijd, en je kunt met ze praten over alles wat je bezighoudt. "
  "Heb je een idee voor een activiteit? Dan helpen we je om het te organiseren.",
  alternate_name="Jongerenwerk",
  apply="Kom gewoon langs. Je hoeft je niet aan te melden.",
  eligibility="Voor jongeren van 12 tot en met 23 jaar.",
  fees="Gratis. Voor sommige uitjes vragen we een kleine bijdrage.", cost=free(),
  min_age=12, max_age=23,
  schedule=[sched("TU,WE,TH", "14:00", "18:00"), sched("FR", "19:00", "23:00"), sched("SA", "14:00", "22:00")],
  locations=("loods",), languages=("nl", "en"), path="de-loods")
S("jh-straat", "jonghuizen", "general", ["social_participation", "substance_use", "justice"], "open", 0,
  "Jongerenwerk op straat",
  "Onze jongerenwerkers zijn ook buiten te vinden: op pleintjes, bij het skatepark en op andere plekken waar "
  "jongeren samenkomen. Ze maken een praatje, luisteren naar wat er speelt en helpen als je ergens mee zit, "
  "bijvoorbeeld met school, thuis, geld of de politie. Buurtbewoners kunnen ons ook bellen als ze zich zorgen maken.",
  alternate_name="Ambulant jongerenwerk",
  apply="Spreek een jongerenwerker aan op straat, of app of bel ons.",
  eligibility="Voor jongeren van 12 tot en met 23 jaar in heel Huizen.",
  fees="Gratis.", cost=free(), min_age=12, max_age=23,
  locations=("loods",), areas=("Gemeente Huizen",), path="jongerenwerk-op-straat")
S("jh-meidenclub", "jonghuizen", "general", ["social_network", "mental_health"], "open", 0,
  "Meidenclub",
  "Bij de meidenclub praten meiden over dingen die ertoe doen: vriendschap, social media, je lichaam en je "
  "toekomst. We doen ook leuke dingen, zoals koken, dansen of een workshop. "
  "Alles in een veilige groep met een vaste jongerenwerker.",
  apply="Kom gewoon langs, of neem een vriendin mee.",
  eligibility="Voor meiden van 10 tot en met 16 jaar.",
  fees="Gratis.", cost=free(), min_age=10, max_age=16,
  schedule=[sched("TU", "16:00", "18:00")], locations=("loods",), path="meidenclub")
S("jh-jobspreekuur", "jonghuizen", "general", ["work_education", "finances"], "open", 0,
  "Jobspreekuur: hulp bij stage en bijbaan",
  "Op zoek naar een bijbaan of stage? Wil je een cv maken of oefenen voor een sollicitatiegesprek? "
  "Loop binnen bij het jobspreekuur in De Loods. We helpen je ook met je eerste loonstrook, "
  "een bankrekening of een zorgverzekering als je 18 wordt.",
  apply="Loop binnen op donderdagmiddag. Neem je telefoon of laptop mee.",
  eligibility="Voor jongeren van 14 tot en met 23 jaar.",
  fees="Gratis.", cost=free(), min_age=14, max_age=23,
  schedule=[sched("TH", "15:00", "17:00")], locations=("loods",), languages=("nl", "en"), path="jobspreekuur")
S("jh-pride", "jonghuizen", "social_network", ["social_network", "mental_health"], "open", 0,
  "Pride Jongeren Gooi",
  "Ben je lhbtiq+ of twijfel je over wie je bent? Bij Pride Jongeren Gooi ontmoet je andere jongeren in een "
  "veilige en gezellige groep. We praten, kijken films en gaan af en toe samen op stap. Je mag gewoon jezelf zijn.",
  apply="Stuur een app of kom langs. Je hoeft niemand te vertellen waar je heen gaat.",
  eligibility="Voor jongeren van 14 tot en met 23 jaar uit Huizen en omgeving.",
  fees="Gratis.", cost=free(), min_age=14, max_age=23,
  schedule=[sched("FR", "19:30", "22:00", interval=2)], locations=("loods",), languages=("nl", "en"), path="pride-jongeren")
S("ow-spreekuur", "opvoedwijzer", "general", ["domestic_relations"], "open", 0,
  "Opvoedspreekuur",
  "Heeft u een vraag over slapen, eten, driftbuien, pesten of de puberteit? Op het opvoedspreekuur praat u met "
  "een ervaren pedagoog. Vaak helpen een paar tips en een luisterend oor al veel. "
  "Als het nodig is, zoeken we samen naar meer hulp.",
  apply="Loop binnen of maak een afspraak. Bellen of beeldbellen kan ook. U hoeft geen verwijzing te hebben.",
  eligibility="Voor ouders en verzorgers van kinderen van 0 tot 18 jaar in Huizen.",
  fees="Gratis.", cost=free(),
  schedule=[sched("TU", "09:00", "11:00"), sched("TH", "19:00", "20:30")],
  locations=("jeugdengezin",), languages=("nl", "en"), path="opvoedspreekuur")
S("ow-gezinsmaatje", "opvoedwijzer", "volunteer", ["domestic_relations", "social_network"], "registration", 6,
  "Gezinsmaatje",
  "Heeft u jonge kinderen en staat u er soms alleen voor? Een gezinsmaatje is een ervaren ouder die elke week "
  "een paar uur bij u komt. Zij luistert, denkt mee en helpt bij praktische dingen, zoals een dagritme of "
  "het contact met school. U blijft zelf de baas in uw gezin.",
  apply="Bel of mail ons. Ook de huisarts, de jeugdverpleegkundige of Wijkkompas mag u aanmelden.",
  eligibility="Voor gezinnen in Huizen met minstens één kind jonger dan 12 jaar.",
  fees="Gratis.", cost=free(), locations=("jeugdengezin",), areas=("Gemeente Huizen",), path="gezinsmaatje")
S("ow-online", "opvoedwijzer", "self_help", ["domestic_relations"], "open", 0,
  "Online oudercursus Positief Opvoeden",
  "In deze gratis online cursus leert u in zes korte lessen hoe u op een positieve manier grenzen stelt en ruzies "
  "voorkomt. U kijkt filmpjes, doet kleine opdrachten met uw kind en bepaalt zelf uw tempo. "
  "Wilt u er met iemand over praten? Dan kunt u een belafspraak maken met een pedagoog.",
  apply="Maak een account aan op onze website en begin meteen.",
  eligibility="Voor ouders van kinderen van 2 tot 12 jaar.",
  fees="Gratis.", cost=free(), areas=("Nederland",), languages=("nl", "en"), path="online-oudercursus")
S("ow-pubers", "opvoedwijzer", "self_help", ["domestic_relations", "mental_health"], "registration", 3,
  "Oudergroep Pubers in huis",
  "Is het thuis onrustig sinds uw kind puber is? In deze gespreksgroep wisselt u ervaringen uit met andere "
  "ouders van tieners. Een pedagoog vertelt over het puberbrein en u oefent met lastige gesprekken. "
  "Vijf avonden, steeds met koffie en veel herkenning.",
  apply="Meld u aan via mail of telefoon. De groep start als er acht ouders zijn.",
  eligibility="Voor ouders van kinderen van 11 tot 18 jaar.",
  fees="€ 15 voor vijf avonden.", cost=[("Vijf avonden", 15, "Inclusief koffie en werkboekje")],
  schedule=[sched("TU", "19:30", "21:30")], locations=("jeugdengezin",), path="oudergroep-pubers")
S("kf-meedoen", "kinderfonds", "general", ["finances", "social_participation"], "registration", 2,
  "Meedoen met sport en cultuur",
  "Wil uw kind op voetbal, zwemles of muziekles, maar is daar geen geld voor? Kinderfonds Huizen betaalt de "
  "contributie, en soms ook de sportkleding of het instrument. Het geld gaat direct naar de club of de muziekschool, "
  "dus u hoeft niets voor te schieten.",
  apply="Een intermediair vraagt de bijdrage voor u aan, bijvoorbeeld de juf, de buurtsportcoach of Wijkkompas. "
        "U kunt ook zelf bellen; dan zoeken wij iemand die u helpt.",
  eligibility="Voor kinderen van 4 tot en met 17 jaar uit gezinnen met een laag inkomen in Huizen.",
  fees="Gratis.", cost=free(), min_age=4, max_age=17,
  locations=("jeugdengezin",), areas=("Gemeente Huizen",), path="meedoen")
S("kf-schoolspullen", "kinderfonds", "general", ["finances", "work_education"], "registration", 1,
  "Schoolspullenpas",
  "Een laptop, rugzak of gymkleding voor de middelbare school is duur. Met de schoolspullenpas krijgt uw kind "
  "een tegoed om schoolspullen te kopen bij winkels in Huizen. Zo kan uw kind goed voorbereid aan het schooljaar beginnen.",
  apply="Vraag de pas aan in juli of augustus via het formulier op onze website. Hulp nodig? Ga naar de bibliotheek.",
  eligibility="Voor scholieren van het voortgezet onderwijs uit gezinnen met een inkomen tot 130 procent van het sociaal minimum.",
  fees="Gratis.", cost=free(), min_age=11, max_age=17,
  areas=("Gemeente Huizen",), path="schoolspullenpas")

# ======================================================================================
# Geld, werk en wonen
# ======================================================================================
S("go-geldcheck", "geldoporde", "self_help", ["finances"], "open", 0,
  "GeldCheck: online test voor uw geldzaken",
  "Hoe staat u er financieel voor? Met de GeldCheck beantwoordt u in tien minuten vragen over uw inkomsten, "
  "uitgaven en betalingen. U krijgt meteen persoonlijke tips en links naar regelingen waar u misschien recht op heeft. "
  "De test is anoniem.",
  alternate_name="Online geldtest",
  apply="Doe de test op onze website. U hoeft geen account te maken.",
  eligibility="Voor iedereen vanaf 18 jaar.",
  fees="Gratis.", cost=free(), min_age=18, areas=("Nederland",),
  languages=("nl", "en", "tr", "ar", "pl"), path="geldcheck")
S("go-app", "geldoporde", "self_help", ["finances", "work_education"], "open", 0,
  "App GeldZaken Jong",
  "Je eerste baan, je eerste huur, je eerste zorgverzekering: hoe houd je overzicht? Met de gratis app "
  "GeldZaken Jong zet je je vaste lasten op een rij en krijg je een seintje als er een rekening aankomt. "
  "In korte filmpjes leer je hoe het zit met toeslagen en belasting.",
  apply="Download de app in de appwinkel van je telefoon.",
  eligibility="Voor jongeren van 16 tot en met 25 jaar.",
  fees="Gratis, zonder reclame.", cost=free(), min_age=16, max_age=25,
  areas=("Nederland",), languages=("nl", "en"), path="app-geldzaken-jong")
S("go-budgetcursus", "geldoporde", "general", ["finances", "instrumental_adl"], "registration", 4,
  "Budgetcursus Rondkomen met je inkomen",
  "In vier bijeenkomsten leert u hoe u een overzicht maakt van uw geld, waar u op kunt besparen en hoe u "
  "uw post ordent. U werkt met uw eigen cijfers, in een kleine groep. "
  "Na de cursus heeft u een begroting die bij u past.",
  alternate_name="Budgetcursus",
  apply="Meld u aan via telefoon of mail. U kunt ook worden aangemeld door uw consulent.",
  eligibility="Voor volwassenen die beter willen leren rondkomen, met of zonder schulden.",
  fees="De cursus kost € 10, inclusief een ordnerpakket. Met een laag inkomen is de cursus gratis.",
  cost=[("Hele cursus", 10, "Vier avonden, inclusief ordnerpakket"), ("Met laag inkomen", 0, "Gratis")],
  schedule=[sched("TH", "19:30", "21:30")], locations=("bieb_oost",), path="budgetcursus")
S("go-inloop", "geldoporde", "general", ["finances"], "open", 0,
  "Inloopspreekuur Geldzaken",
  "Heeft u een brief die u niet begrijpt, een rekening die u niet kunt betalen, of wilt u weten of u toeslag kunt "
  "krijgen? Loop binnen bij het inloopspreekuur. Een geldcoach kijkt met u mee en helpt u meteen verder, "
  "of zorgt dat u bij de juiste hulp terechtkomt.",
  alternate_name="Inloopspreekuur schulden",
  apply="Kom langs met uw brieven en bankafschriften. U hoeft geen afspraak te maken en geen verwijzing te hebben.",
  eligibility="Voor iedereen in Huizen met vragen over geld.",
  fees="Gratis.", cost=free(),
  schedule=[sched("MO", "13:30", "15:30", "Buurthuis De Kaai"), sched("TH", "09:30", "11:30", "Wijkcentrum De Meent")],
  locations=("kaai", "demeent"), languages=("nl", "en", "tr"), path="inloopspreekuur")
S("go-energietoeslag", "geldoporde", "general", ["finances", "housing"], "open", 0,
  "Spreekuur energietoeslag 2023",
  "In 2023 hielpen wij inwoners met het aanvragen van de energietoeslag. Deze toeslag bestaat niet meer en "
  "het spreekuur is gestopt. Heeft u vragen over uw energierekening? Kom dan naar het Inloopspreekuur Geldzaken.",
  apply="Dit spreekuur is gestopt.",
  eligibility="Was bedoeld voor huishoudens met een laag inkomen.",
  fees="Gratis.", cost=free(), status="inactive", locations=("kaai",), path="energietoeslag-2023")
S("vb-pakket", "voedselhulp", "general", ["finances", "basic_adl"], "referral", 1,
  "Voedselpakket",
  "Heeft u tijdelijk te weinig geld om boodschappen te doen? Dan kunt u misschien een wekelijks voedselpakket "
  "krijgen. In het pakket zitten brood, groente, zuivel en houdbare producten. U krijgt het pakket voor "
  "maximaal drie jaar, terwijl u samen met hulpverleners aan een oplossing werkt.",
  alternate_name="Voedselbank Huizen",
  apply="Een hulpverlener meldt u aan, bijvoorbeeld van Wijkkompas of de schuldhulpverlening. Na een gesprek over "
        "uw inkomsten en uitgaven hoort u of u een pakket krijgt.",
  eligibility="Voor huishoudens in Huizen die na het betalen van de vaste lasten te weinig leefgeld overhouden.",
  fees="Gratis.", cost=free(), schedule=[sched("FR", "13:00", "15:30", "ophalen pakket")],
  locations=("voedselhulp",), languages=("nl", "en", "ar", "uk"), path="voedselpakket")
S("kp-kleding", "kapstok", "general", ["finances", "social_participation"], "referral", 0,
  "Gratis kleding voor volwassenen en kinderen",
  "Bij De Kapstok kiest u zelf kleding en schoenen uit een winkel vol tweedehands spullen, voor uzelf en "
  "voor uw kinderen. Vier keer per jaar mag u langskomen en een flinke tas vullen. "
  "In de winter hebben we extra warme jassen.",
  alternate_name="Kledingbank",
  apply="U heeft een verwijsbrief nodig van een hulpverlener of de voedselhulp. Daarna komt u langs op de winkeldagen.",
  eligibility="Voor huishoudens met een laag inkomen in Huizen, Blaricum en Laren.",
  fees="Gratis.", cost=free(),
  schedule=[sched("WE", "13:00", "16:00"), sched("SA", "10:00", "12:30")], locations=("kringloop",), path="kledingbank")
S("kr-winkel", "kringloop", "general", ["finances", "instrumental_adl"], "open", 0,
  "Kringloopwinkel Tweede Ronde",
  "In onze winkel vindt u betaalbare meubels, huisraad, boeken en kleding. Handig als u met weinig geld een "
  "woning moet inrichten. Heeft u een verwijsbrief van een hulpverlener? "
  "Dan krijgt u een startpakket met basisspullen voor de keuken en de slaapkamer.",
  apply="Loop gewoon binnen. Voor een startpakket neemt u de verwijsbrief mee.",
  eligibility="Iedereen is welkom.",
  fees="De prijzen zijn laag: een bord vanaf € 0,50, een bank vanaf € 40.",
  cost=[("Huisraad vanaf", 0.5, "Bijvoorbeeld een bord"), ("Bank vanaf", 40, "Tweedehands")],
  schedule=[sched("TU,WE,TH,FR,SA", "10:00", "17:00")], locations=("kringloop",), path="kringloopwinkel")
S("kr-vrijwilliger", "kringloop", "volunteer", ["social_participation", "daytime_activities", "social_network"], "open", 0,
  "Vrijwilligerswerk in de kringloopwinkel",
  "Wilt u graag onder de mensen zijn en iets nuttigs doen? Als vrijwilliger bij Tweede Ronde helpt u in de winkel, "
  "bij het sorteren of op de ophaalwagen. U kiest zelf hoeveel dagdelen u komt. "
  "Veel vrijwilligers zeggen: het voelt als een tweede familie.",
  apply="Loop binnen voor een kennismaking. U hoeft geen verwijzing te hebben.",
  eligibility="Voor iedereen vanaf 16 jaar.",
  fees="Gratis. U krijgt koffie, thee en een lunch.", cost=free(), min_age=16,
  schedule=[sched("TU,WE,TH,FR,SA", "09:30", "17:00")], locations=("kringloop",), path="vrijwilligerswerk")
S("kr-ophalen", "kringloop", "general", ["housing", "instrumental_adl"], "registration", 2,
  "Ophaaldienst en woningontruiming",
  "Gaat u verhuizen, moet een woning leeg na een overlijden, of heeft u spullen over? Wij halen bruikbare "
  "spullen gratis bij u op. Voor een volledige woningontruiming maken wij een prijsopgave.",
  apply="Bel of mail ons om een afspraak te maken.",
  eligibility="Voor inwoners van Huizen, Blaricum en Laren.",
  fees="Bruikbare spullen ophalen is gratis. Een woningontruiming kost meestal tussen € 250 en € 750.",
  cost=[("Ophalen bruikbare spullen", 0, "Gratis"), ("Woningontruiming vanaf", 250, "Prijs na bezichtiging")],
  locations=("kringloop",), areas=("Gemeente Huizen", "Gemeente Blaricum", "Gemeente Laren"), path="ophaaldienst")
S("wp-fiets", "werkplaats", "general", ["work_education", "social_participation"], "referral", 6,
  "Werkleerplek in de fietsenwerkplaats",
  "In de fietsenwerkplaats knapt u tweedehands fietsen op die we daarna voor een lage prijs verkopen. "
  "U leert het vak van fietsenmaker en werkt aan dingen als op tijd komen en samenwerken. "
  "Na zes maanden kunt u een branchecertificaat halen.",
  alternate_name="Werkleerbedrijf",
  apply="U wordt aangemeld door uw klantmanager, Werkkracht Gooi of de reclassering.",
  eligibility="Voor mensen vanaf 18 jaar met een uitkering of een afstand tot werk.",
  fees="Gratis.", cost=free(), min_age=18, schedule=[sched(WORKDAYS, "08:30", "16:00")],
  locations=("werkplaats",), path="fietsenwerkplaats")
S("wp-fietsverkoop", "werkplaats", "general", ["finances", "social_participation"], "open", 0,
  "Betaalbare tweedehands fietsen",
  "Heeft u een fiets nodig, maar is een nieuwe te duur? In de winkel van De Werkplaats koopt u een opgeknapte "
  "fiets met drie maanden garantie. Met een laag inkomen krijgt u de helft korting.",
  apply="Kom langs in de winkel. Voor korting neemt u een bewijs van uw inkomen mee.",
  eligibility="Iedereen is welkom.",
  fees="Fietsen kosten tussen € 40 en € 120.", cost=[("Opgeknapte fiets vanaf", 40, "Met drie maanden garantie")],
  schedule=[sched("TU,TH,SA", "10:00", "16:00")], locations=("werkplaats",), path="fietsen")
S("wkr-sollicitatiecafe", "werkkracht", "general", ["work_education"], "open", 0,
  "Sollicitatiecafé",
  "Op zoek naar werk? In het Sollicitatiecafé krijgt u hulp bij uw cv, een sollicitatiebrief of het vinden van "
  "vacatures. U kunt oefenen met een sollicitatiegesprek en ervaringen delen met andere werkzoekenden.",
  apply="Loop gewoon binnen met uw laptop of telefoon.",
  eligibility="Voor iedereen die werk zoekt, met of zonder uitkering.",
  fees="Gratis.", cost=free(), schedule=[sched("WE", "09:30", "12:00")],
  locations=("bieb_oost",), languages=("nl", "en"), path="sollicitatiecafe")
S("wkr-werkfit", "werkkracht", "general", ["work_education", "mental_health", "daytime_activities"], "registration", 3,
  "Training Werkfit",
  "Bent u al een tijd niet aan het werk, bijvoorbeeld door ziekte of door zorg voor anderen? In de training Werkfit "
  "werkt u acht weken aan uw dagritme, zelfvertrouwen en werkvaardigheden. U sluit af met een persoonlijk plan "
  "voor de volgende stap: vrijwilligerswerk, een opleiding of betaald werk.",
  apply="Meld u aan via telefoon of mail, of vraag uw klantmanager om u aan te melden.",
  eligibility="Voor volwassenen in Huizen die willen werken maar een tijd uit het arbeidsproces zijn geweest.",
  fees="Gratis voor inwoners van Huizen.", cost=free(), schedule=[sched("TU,TH", "09:30", "12:30")],
  locations=("bedrijvenhof",), path="werkfit")
S("gw-huurachterstand", "gooimeerwonen", "general", ["finances", "housing"], "open", 0,
  "Hulp bij huurachterstand",
  "Kunt u de huur deze maand niet betalen? Neem dan zo snel mogelijk contact met ons op. Samen maken we een "
  "betalingsregeling die haalbaar is. Als u dat wilt, brengen wij u in contact met de schuldhulpverlening.",
  apply="Bel of mail ons, of kom langs bij de klantenbalie. Hoe eerder, hoe beter.",
  eligibility="Voor huurders van Gooimeer Wonen.",
  fees="Gratis.", cost=free(), schedule=[sched(WORKDAYS, "09:00", "12:30", "klantenbalie")],
  locations=("gooimeerwonen",), path="huurachterstand")
S("gw-woonconsulent", "gooimeerwonen", "general", ["housing", "domestic_relations"], "open", 1,
  "Woonconsulent bij burenoverlast",
  "Heeft u last van uw buren, of krijgt u zelf klachten? Een woonconsulent luistert naar beide kanten en zoekt "
  "met u naar een oplossing. Vaak verwijzen wij naar buurtbemiddeling, waar vrijwilligers u helpen om met elkaar in gesprek te gaan.",
  apply="Meld de overlast telefonisch, per mail of via de website.",
  eligibility="Voor huurders van Gooimeer Wonen.",
  fees="Gratis.", cost=free(), locations=("gooimeerwonen",), path="woonconsulent")
S("gw-verhuiscoach", "gooimeerwonen", "general", ["housing", "instrumental_adl"], "registration", 4,
  "Verhuiscoach voor senioren",
  "Is uw huis te groot of te onhandig geworden, met trappen en een grote tuin? De verhuiscoach helpt u een passende, "
  "gelijkvloerse woning te vinden. Zij helpt met inschrijven, bezichtigen en de verhuizing zelf, "
  "zodat u niet alles alleen hoeft te regelen.",
  apply="Bel of mail ons voor een eerste gesprek bij u thuis.",
  eligibility="Voor huurders van 65 jaar en ouder in een eengezinswoning van Gooimeer Wonen.",
  fees="De verhuiscoach is gratis. U krijgt ook een verhuisvergoeding.", cost=free(), min_age=65,
  locations=("gooimeerwonen",), path="verhuiscoach")
S("ap-alarm", "alarmpunt", "general", ["physical_health", "basic_adl"], "registration", 1,
  "Personenalarmering",
  "Woont u alleen en bent u bang om te vallen of onwel te worden? Met een alarmknop om uw pols of nek heeft u "
  "altijd hulp dichtbij. Drukt u op de knop, dan spreekt u direct met de alarmcentrale. "
  "Die belt uw contactpersonen of stuurt een hulpverlener.",
  apply="Bel of mail ons. Een monteur sluit het apparaat binnen een week bij u thuis aan.",
  eligibility="Voor iedereen in Huizen, Blaricum, Laren en Eemnes.",
  fees="Het abonnement kost € 18,50 per maand. De aansluiting kost eenmalig € 35. Sommige zorgverzekeraars vergoeden een deel.",
  cost=[("Abonnement", 18.5, "Per maand"), ("Aansluiten", 35, "Eenmalig")],
  areas=("Gemeente Huizen", "Gemeente Blaricum", "Gemeente Laren", "Gemeente Eemnes"), path="personenalarmering")
S("rw-spreekuur", "rechtswinkel", "general", ["justice", "finances"], "open", 0,
  "Gratis juridisch spreekuur",
  "Heeft u een conflict met uw werkgever, verhuurder of een webwinkel? Of begrijpt u een brief van de rechtbank niet? "
  "Op het spreekuur krijgt u gratis advies van een jurist. Wij leggen u graag uit wat uw rechten zijn en wat u kunt doen, "
  "en verwijzen u als dat nodig is naar een advocaat.",
  apply="Loop binnen tijdens het spreekuur. Neem alle brieven en papieren over uw probleem mee.",
  eligibility="Voor iedereen, ongeacht inkomen.",
  fees="Gratis.", cost=free(), schedule=[sched("TH", "19:00", "20:30")],
  locations=("wijkkompas",), languages=("nl", "en"), path="juridisch-spreekuur")
S("rw-bezwaar", "rechtswinkel", "volunteer", ["justice", "finances"], "registration", 2,
  "Hulp bij bezwaar maken",
  "Bent u het niet eens met een besluit van de gemeente, het UWV, de Belastingdienst of het CJIB? "
  "Een vrijwilliger van de Rechtswinkel helpt u om een bezwaarschrift te schrijven. "
  "Let op: voor een bezwaar heeft u meestal maar zes weken de tijd.",
  apply="Bel of mail ons zo snel mogelijk na de datum van het besluit.",
  eligibility="Voor inwoners van Huizen die bezwaar willen maken tegen een besluit van een overheid.",
  fees="Gratis.", cost=free(), locations=("wijkkompas",), areas=("Gemeente Huizen",), path="bezwaar")
S("rw-sociaalraadslid", "rechtswinkel", "general", ["finances", "justice", "instrumental_adl"], "open", 1,
  "Sociaal raadslieden",
  "Sociaal raadslieden helpen u graag met vragen over uitkeringen, toeslagen, belastingen, huur en consumentenzaken. "
  "Zij zoeken uit waar u recht op heeft en helpen met de aanvraag. "
  "Ook als instanties het niet met elkaar eens zijn en u er tussenin zit.",
  apply="Kom naar het spreekuur of bel voor een afspraak. U hoeft geen verwijzing te hebben.",
  eligibility="Voor inwoners van Huizen met vragen over regels en geld.",
  fees="Gratis.", cost=free(), schedule=[sched("MO,WE", "09:00", "12:00")],
  locations=("wijkkompas",), path="sociaal-raadslieden")
S("sm-slachtoffer", "steunnamisdrijf", "general", ["justice", "mental_health"], "open", 1,
  "Steun voor slachtoffers",
  "Bent u slachtoffer van inbraak, geweld, oplichting of een verkeersongeluk? Een medewerker helpt u graag met de aangifte, "
  "het aanvragen van schadevergoeding en het verwerken van wat er is gebeurd. "
  "Als er een rechtszaak komt, gaan wij met u mee naar de rechtbank.",
  apply="Bel ons, of laat de politie uw gegevens doorgeven bij de aangifte. U hoeft geen verwijzing te hebben.",
  eligibility="Voor slachtoffers, nabestaanden en getuigen in het Gooi.",
  fees="Gratis.", cost=free(), locations=("wijkkompas",),
  areas=("Gemeente Huizen", "Gemeente Blaricum", "Gemeente Laren", "Gemeente Hilversum"),
  languages=("nl", "en", "tr"), path="slachtofferhulp")
S("sm-oplichting", "steunnamisdrijf", "self_help", ["justice", "finances"], "registration", 2,
  "Online groep na internetoplichting",
  "Bent u opgelicht via internet, bijvoorbeeld door een nepwebwinkel, een valse bankmedewerker of iemand van een "
  "datingsite? Veel mensen schamen zich, maar het overkomt jong en oud. In deze online groep deelt u uw ervaring "
  "en krijgt u tips om geld terug te vragen en nieuwe oplichting te voorkomen.",
  apply="Meld u aan via de website. U krijgt een link voor het beeldbellen.",
  eligibility="Voor iedereen vanaf 18 jaar die is opgelicht.",
  fees="Gratis.", cost=free(), min_age=18, schedule=[sched("WE", "19:30", "20:30", interval=2)],
  areas=("Nederland",), path="online-groep-oplichting")
S("dp-noodfonds", "diaconaal", "general", ["finances"], "referral", 0,
  "Noodfonds Huizen",
  "Soms zit u plotseling krap, bijvoorbeeld omdat uw uitkering te laat is of een kapotte wasmachine niet te "
  "vervangen is. Het Noodfonds kan dan snel een gift of een renteloze lening geven, als andere regelingen niet passen. "
  "Wij werken samen met Wijkkompas en de schuldhulpverlening.",
  apply="Een hulpverlener vraagt het noodfonds voor u aan. Binnen een week hoort u of u hulp krijgt.",
  eligibility="Voor inwoners van Huizen in acute financiële nood, van elk geloof of zonder geloof.",
  fees="Gratis.", cost=free(), locations=("baken",), areas=("Gemeente Huizen",), path="noodfonds")
S("dp-koffie", "diaconaal", "general", ["social_network", "daytime_activities"], "open", 0,
  "Koffie-inloop Het Baken",
  "Elke zaterdagochtend is het zaaltje naast de Oude Kerk open voor iedereen die zin heeft in koffie en een goed gesprek. "
  "Vrijwilligers ontvangen u hartelijk. Veel bezoekers komen elke week, sommigen al jaren.",
  apply="Loop gewoon binnen.",
  eligibility="Iedereen is welkom. Let op: bij de ingang is een trap van vier treden.",
  fees="Gratis.", cost=free(), schedule=[sched("SA", "10:00", "12:00")], locations=("baken",), path="koffie-inloop")
S("dp-kerstmaaltijd", "diaconaal", "general", ["social_network"], "registration", 0,
  "Kerstmaaltijd voor alleenstaanden 2024",
  "In 2024 organiseerden de kerken een kerstmaaltijd voor alleenstaanden in Het Baken. Deze maaltijd wordt "
  "voorlopig niet meer georganiseerd. Op tweede kerstdag is er wel een open inloop in Buurthuis De Kaai.",
  apply="Aanmelden is niet meer mogelijk.",
  eligibility="Was bedoeld voor alleenstaanden in Huizen.",
  fees="Gratis.", cost=free(), status="inactive", locations=("baken",), path="kerstmaaltijd-2024")
S("gv-moestuin", "groenevinger", "general", ["daytime_activities", "physical_health", "social_network"], "open", 0,
  "Samen tuinieren in de buurtmoestuin",
  "In de buurtmoestuin kweken we groente, kruiden en bloemen. U helpt mee met zaaien, wieden en oogsten, "
  "en neemt natuurlijk een deel van de oogst mee naar huis. "
  "Buiten bezig zijn doet goed, en u leert uw buren kennen.",
  apply="Kom langs op dinsdag- of zaterdagochtend. Tuinhandschoenen liggen klaar.",
  eligibility="Iedereen is welkom. De paden zijn van gras en grind; met een rolstoel is de tuin lastig.",
  fees="Gratis.", cost=free(),
  schedule=[sched("TU,SA", "10:00", "12:30", "van april tot en met oktober")],
  locations=("groenevinger",), path="buurtmoestuin")
S("dw-nah", "dewerf", "general", ["physical_health", "daytime_activities"], "registration", 4,
  "Aangepast trainen na hersenletsel of beroerte",
  "Na een beroerte of hersenletsel wilt u graag weer fit worden, maar een gewone sportschool past niet. Bij De Werf "
  "traint u in een kleine groep onder begeleiding van een fysiotherapeut die hersenletsel goed kent. "
  "Er is aandacht voor vermoeidheid en prikkels: het is er rustig en overzichtelijk.",
  apply="Meld u aan via telefoon of mail. U begint met een intake van een uur.",
  eligibility="Voor volwassenen met niet-aangeboren hersenletsel, uit Almere en het Gooi.",
  fees="Een abonnement kost € 42,50 per maand voor twee trainingen per week. Soms vergoedt de zorgverzekering een deel.",
  cost=[("Abonnement", 42.5, "Per maand, twee trainingen per week")],
  schedule=[sched("MO,WE", "10:00", "12:00"), sched("TH", "18:30", "20:00")],
  locations=("dewerf",), path="trainen-na-hersenletsel")
S("dw-cafe", "dewerf", "self_help", ["mental_health", "social_network", "physical_health"], "open", 0,
  "Hersenletselcafé",
  "In het Hersenletselcafé ontmoeten mensen met niet-aangeboren hersenletsel en hun naasten elkaar. U praat over "
  "wat hersenletsel met je doet, thuis en op het werk. Elke keer vertelt een deskundige kort over een onderwerp.",
  apply="Loop binnen. Aanmelden is niet nodig.",
  eligibility="Voor mensen met hersenletsel, hun partners, familie en vrienden.",
  fees="Gratis.", cost=free(), schedule=[sched("2TU", "19:30", "21:30", monthly=True)],
  locations=("dewerf",), path="hersenletselcafe")
S("sa-ontmoeting", "autisme", "self_help", ["social_network", "mental_health"], "open", 0,
  "Autisme-ontmoeting Gooi",
  "Heeft u autisme, of denkt u dat misschien? Bij de Autisme-ontmoeting leert u in een rustige omgeving andere "
  "volwassenen met autisme kennen. Er is een vaste structuur: eerst een onderwerp, daarna vrij praten of een spel. "
  "U weet vooraf precies wat er gaat gebeuren.",
  apply="Stuur een mail als u de eerste keer komt, dan vangen wij u op bij de deur.",
  eligibility="Voor volwassenen met (een vermoeden van) autisme.",
  fees="Gratis.", cost=free(), schedule=[sched("TU", "19:30", "21:30", interval=2)],
  locations=("autisme",), languages=("nl", "en"), path="autisme-ontmoeting")
S("sa-ouders", "autisme", "general", ["domestic_relations"], "registration", 6,
  "Oudercursus Autisme begrijpen",
  "Heeft uw kind de diagnose autisme gekregen? In deze cursus van vijf avonden leert u wat autisme is, hoe uw kind "
  "de wereld ervaart en wat thuis helpt. U ontmoet andere ouders en krijgt veel praktische tips.",
  apply="Meld u aan via de website of telefonisch.",
  eligibility="Voor ouders en verzorgers van kinderen met autisme.",
  fees="De cursus kost € 45 voor vijf avonden, inclusief werkboek.", cost=[("Hele cursus", 45, "Vijf avonden, inclusief werkboek")],
  schedule=[sched("MO", "19:30", "21:30")], locations=("autisme",), path="oudercursus-autisme")

# ======================================================================================
# Zelfhulp en online
# ======================================================================================
S("zh-angst", "zelfhulpnetwerk", "self_help", ["mental_health"], "registration", 2,
  "Zelfhulpgroep Angst en paniek",
  "Heeft u last van angst of paniekaanvallen? In deze zelfhulpgroep praat u met mensen die hetzelfde meemaken. "
  "U leert van elkaars ervaringen en oefent met manieren om met angst om te gaan.",
  apply="Bel of mail ons voor een kort kennismakingsgesprek. U hoeft geen verwijzing te hebben.",
  eligibility="Voor volwassenen met angst- of paniekklachten.",
  fees="Gratis. Een vrijwillige bijdrage voor de koffie wordt gewaardeerd.", cost=free("Gratis, vrijwillige bijdrage mag"),
  schedule=[sched("MO", "19:30", "21:30", interval=2)], locations=("devaart",), path="angst-en-paniek")
S("zh-pijn", "zelfhulpnetwerk", "self_help", ["physical_health", "mental_health"], "registration", 0,
  "Lotgenotengroep Leven met chronische pijn",
  "Leven met pijn die niet overgaat, is zwaar. Het raakt uw werk, uw relaties en uw humeur. In deze groep deelt u "
  "ervaringen en tips met mensen die het begrijpen. Soms komt een fysiotherapeut of pijnconsulent vertellen over nieuwe mogelijkheden.",
  apply="Meld u aan via mail of telefoon. U kunt meteen aansluiten.",
  eligibility="Voor volwassenen met langdurige pijn.",
  fees="Gratis.", cost=free(), schedule=[sched("WE", "14:00", "16:00", interval=2)],
  locations=("holleblek",), path="chronische-pijn")
S("zh-scheiding", "zelfhulpnetwerk", "self_help", ["domestic_relations", "mental_health"], "registration", 4,
  "Gespreksgroep Na de scheiding",
  "Een scheiding zet uw leven op zijn kop. In deze gespreksgroep van zes avonden praat u met anderen over verdriet, "
  "boosheid, de kinderen en opnieuw beginnen. Een ervaringsdeskundige begeleidt de groep.",
  apply="Meld u aan via mail of telefoon. De groep start als er zes deelnemers zijn.",
  eligibility="Voor volwassenen die in het afgelopen jaar zijn gescheiden of uit elkaar zijn gegaan.",
  fees="€ 20 voor zes avonden.", cost=[("Zes avonden", 20, "Inclusief koffie en thee")],
  schedule=[sched("TH", "19:30", "21:30")], locations=("bieb_centrum",), path="na-de-scheiding")
S("zh-somberheid", "zelfhulpnetwerk", "self_help", ["mental_health", "social_network"], "registration", 3,
  "Zelfhulpgroep Somberheid en depressie",
  "Voelt u zich al langere tijd somber en lusteloos? In deze groep vindt u herkenning en steun. U praat over wat "
  "helpt en wat niet, en moedigt elkaar aan om kleine stappen te zetten. "
  "De groep is een aanvulling op behandeling, geen vervanging.",
  apply="Bel of mail ons voor een kennismakingsgesprek.",
  eligibility="Voor volwassenen met sombere gevoelens of een depressie.",
  fees="Gratis.", cost=free(), schedule=[sched("TU", "19:30", "21:00")], locations=("devaart",), path="somberheid")
S("zh-naasten-ggz", "zelfhulpnetwerk", "social_network", ["social_network", "mental_health", "domestic_relations"], "registration", 2,
  "Groep voor naasten van mensen met psychische problemen",
  "Heeft uw partner, kind of ouder psychische problemen? Dat vraagt veel van u. In deze groep ontmoet u andere "
  "naasten, leert u meer over psychische aandoeningen en oefent u met het aangeven van uw grenzen.",
  apply="Meld u aan via mail of telefoon.",
  eligibility="Voor familie, partners en vrienden van mensen met psychische problemen.",
  fees="Gratis.", cost=free(), schedule=[sched("MO", "19:30", "21:30", interval=2)],
  locations=("holleblek",), path="naasten-ggz")
S("vv-rouwgroep", "verdernaverlies", "self_help", ["mental_health", "social_network"], "registration", 6,
  "Rouwgroep Verder na Verlies",
  "Na het overlijden van uw partner, kind of een andere dierbare kan het leven leeg en zwaar voelen. In de rouwgroep "
  "komen acht mensen acht keer bij elkaar om te praten over hun verlies. "
  "U merkt dat uw gevoelens er mogen zijn, en dat u niet de enige bent.",
  apply="Bel of mail ons. Een begeleider belt u voor een kennismaking.",
  eligibility="Voor volwassenen die meer dan drie maanden geleden een dierbare hebben verloren.",
  fees="Gratis. Wij vragen een vrijwillige bijdrage van € 15 voor de hele reeks.",
  cost=free("Gratis, vrijwillige bijdrage van € 15 mag"),
  wait_text="De volgende groep start over ongeveer 6 weken.",
  schedule=[sched("WE", "14:00", "16:00")], locations=("baken",), path="rouwgroep")
S("vv-wandeling", "verdernaverlies", "self_help", ["mental_health", "physical_health"], "open", 0,
  "Rouwwandeling op de Sijsjesberg",
  "Wandelen en praten gaat vaak makkelijker samen. Eén keer per maand wandelen we in een rustig tempo over de "
  "Sijsjesberg, met een gespreksleider die zelf ook een dierbare heeft verloren. "
  "U praat zoveel of zo weinig als u wilt.",
  apply="Kom naar het startpunt. Aanmelden is fijn, maar niet nodig.",
  eligibility="Voor iedereen die rouwt. U moet een uur kunnen wandelen over onverharde paden.",
  fees="Gratis.", cost=free(), schedule=[sched("1SA", "10:00", "12:00", monthly=True)],
  locations=("sijsjesberg",), path="rouwwandeling")
S("vv-kinderen", "verdernaverlies", "volunteer", ["mental_health", "domestic_relations"], "registration", 4,
  "Rouwbegeleiding voor kinderen en jongeren",
  "Kinderen rouwen anders dan volwassenen. Een getrainde vrijwilliger komt een paar keer bij uw kind thuis en helpt "
  "het met tekenen, spelletjes en praten om het verlies een plek te geven. "
  "Ouders krijgen tips over hoe zij hun kind kunnen steunen.",
  apply="Ouders kunnen zelf bellen of mailen. Een verwijzing is niet nodig.",
  eligibility="Voor kinderen en jongeren van 4 tot en met 17 jaar die een ouder, broer, zus of ander dierbaar iemand hebben verloren.",
  fees="Gratis.", cost=free(), min_age=4, max_age=17, areas=("Gemeente Huizen", "Gemeente Blaricum", "Gemeente Laren"),
  locations=("baken",), path="rouw-kinderen")
S("nv-groep", "nuchterverder", "self_help", ["substance_use", "social_network"], "open", 0,
  "Zelfhulpgroep Nuchter Verder",
  "Wilt u stoppen met drinken of gebruiken, of bent u al gestopt en wilt u dat zo houden? Elke week komt onze groep "
  "bij elkaar om ervaringen te delen en elkaar te steunen. Er is geen hulpverlener bij: alleen mensen die weten "
  "waar u doorheen gaat. U kunt anoniem blijven.",
  apply="Kom gewoon binnen. U hoeft zich niet aan te melden en u hoeft uw achternaam niet te noemen.",
  eligibility="Voor iedereen die wil stoppen of minderen met alcohol of drugs.",
  fees="Gratis.", cost=free(), schedule=[sched("TH", "20:00", "21:30")],
  locations=("stadenlande",), languages=("nl", "en"), path="zelfhulpgroep")
S("nv-naasten", "nuchterverder", "social_network", ["substance_use", "domestic_relations", "mental_health"], "open", 0,
  "Groep voor familie van verslaafden",
  "Leven met iemand die drinkt of gebruikt, kan eenzaam maken. In deze groep deelt u uw zorgen met anderen die "
  "hetzelfde meemaken. U leert goed voor uzelf te zorgen, ook als uw naaste (nog) niet wil veranderen.",
  apply="Kom gewoon binnen. Aanmelden is niet nodig.",
  eligibility="Voor partners, ouders, kinderen en vrienden van iemand met een verslaving.",
  fees="Gratis.", cost=free(), schedule=[sched("MO", "20:00", "21:30", interval=2)],
  locations=("stadenlande",), path="familiegroep")
S("nv-online", "nuchterverder", "self_help", ["substance_use"], "open", 0,
  "Online meeting Nuchter Verder",
  "Kunt u niet naar een bijeenkomst komen? Doe dan mee met onze online meeting via beeldbellen. Elke zondagavond en "
  "woensdagochtend praten mensen uit heel Nederland met elkaar over hun weg naar een leven zonder alcohol of drugs. "
  "Camera aan of uit: u bepaalt het zelf.",
  apply="Klik op de link op onze website op het tijdstip van de meeting.",
  eligibility="Voor iedereen die wil stoppen of minderen met alcohol of drugs.",
  fees="Gratis.", cost=free(), schedule=[sched("SU", "20:00", "21:00"), sched("WE", "09:00", "10:00")],
  areas=("Nederland",), path="online-meeting")
S("ms-stress", "mentaalsterk", "self_help", ["mental_health"], "open", 0,
  "Online cursus Omgaan met stress",
  "Voelt u zich vaak gejaagd, moe of prikkelbaar? In deze online cursus van vijf weken leert u waar uw stress "
  "vandaan komt en wat u er zelf aan kunt doen. U oefent met ademhaling, plannen en nee zeggen. "
  "Een online coach geeft u elke week persoonlijke feedback.",
  apply="Meld u aan op onze website. U kunt meteen beginnen.",
  eligibility="Voor volwassenen met stressklachten. Niet geschikt als u in een crisis zit: bel dan uw huisarts of 113.",
  fees="Gratis.", cost=free(), min_age=18, areas=("Nederland",), languages=("nl", "en"), path="omgaan-met-stress")
S("ms-slapen", "mentaalsterk", "self_help", ["mental_health", "physical_health"], "open", 0,
  "Online cursus Beter slapen",
  "Ligt u vaak wakker, of wordt u moe wakker? In zes weken leert u met oefeningen en een slaapdagboek uw slaap "
  "te verbeteren, zonder slaappillen. De cursus is gebaseerd op een bewezen methode uit de gedragstherapie.",
  apply="Meld u aan op onze website.",
  eligibility="Voor volwassenen met slaapproblemen.",
  fees="Gratis.", cost=free(), min_age=18, areas=("Nederland",), path="beter-slapen")
S("ms-zelftest", "mentaalsterk", "self_help", ["mental_health"], "open", 0,
  "Zelftest: hoe gaat het met mij?",
  "Twijfelt u of uw somberheid of angst ernstig genoeg is om hulp te zoeken? Deze korte online test geeft u in vijf "
  "minuten een eerste beeld. U krijgt advies over wat u zelf kunt doen en wanneer het verstandig is om naar uw huisarts te gaan.",
  apply="Doe de test op onze website. U blijft anoniem.",
  eligibility="Voor iedereen vanaf 16 jaar.",
  fees="Gratis.", cost=free(), min_age=16, areas=("Nederland",),
  languages=("nl", "en", "tr", "ar", "pl", "uk"), path="zelftest")
S("ms-chat", "mentaalsterk", "volunteer", ["mental_health", "social_network"], "open", 0,
  "Chat met een ervaringsdeskundige",
  "Soms wilt u gewoon praten met iemand die snapt hoe het voelt. In onze chat praat u anoniem met een getrainde "
  "ervaringsdeskundige: iemand die zelf ook psychische problemen heeft gehad. "
  "De chat is open op doordeweekse avonden.",
  apply="Start de chat op onze website. U hoeft geen account te maken.",
  eligibility="Voor iedereen vanaf 16 jaar. Denkt u aan zelfmoord? Bel of chat dan met 113.",
  fees="Gratis.", cost=free(), min_age=16, schedule=[sched(WORKDAYS, "19:00", "23:00")],
  areas=("Nederland",), path="chat")

# ======================================================================================
# Maatwerkvoorzieningen (beschikking nodig)
# ======================================================================================
S("th-wmo", "thuishulp", "tailored", ["instrumental_adl"], "decision", 6,
  "Huishoudelijke hulp (Wmo-maatwerk)",
  "Kunt u uw huis niet meer zelf schoonhouden door ziekte, een beperking of ouderdom? Met een besluit van de gemeente "
  "komt een vaste hulp bij u thuis. Zij doet het zware huishoudelijke werk, zoals stofzuigen, dweilen en het sanitair. "
  "Samen spreekt u af wat u zelf nog kunt blijven doen.",
  alternate_name="Hulp bij het huishouden",
  apply="U heeft eerst een gesprek met Wijkkompas Huizen. Krijgt u een beschikking, dan kunt u voor ons kiezen. "
        "Wij bellen u binnen een week voor een kennismaking.",
  eligibility="Voor inwoners van Huizen met een beschikking voor huishoudelijke hulp.",
  fees="U betaalt de Wmo-eigen bijdrage van € 21,80 per maand. Het CAK int deze bijdrage.", cost=[WMO_BIJDRAGE],
  wait_text="Na uw beschikking is de wachttijd nu ongeveer 6 weken.",
  locations=("thuishulp",), areas=("Gemeente Huizen", "Gemeente Blaricum", "Gemeente Laren"), path="huishoudelijke-hulp-wmo")
S("th-particulier", "thuishulp", "general", ["instrumental_adl"], "registration", 2,
  "Huishoudelijke hulp op eigen kosten",
  "Wilt u hulp in huis zonder indicatie? Dan kunt u bij ons zelf een hulp inhuren. U kiest hoeveel uur per week "
  "en wat er moet gebeuren. Ook voor een grote schoonmaak of hulp na een verhuizing kunt u bij ons terecht.",
  apply="Bel of mail ons voor een vrijblijvend kennismakingsgesprek. U hoeft geen verwijzing te hebben.",
  eligibility="Voor iedereen in Huizen, Blaricum en Laren.",
  fees="U betaalt € 32,50 per uur. Kijk of uw aanvullende verzekering een deel vergoedt.",
  cost=[("Per uur", 32.5, "Particulier tarief")],
  locations=("thuishulp",), areas=("Gemeente Huizen", "Gemeente Blaricum", "Gemeente Laren"), path="particuliere-hulp")
S("th-was", "thuishulp", "general", ["instrumental_adl", "basic_adl"], "registration", 1,
  "Was- en strijkservice aan huis",
  "Wij halen uw was op, wassen en strijken alles en brengen het schoon en gevouwen terug. "
  "Dat scheelt u zwaar tillen en veel tijd. Wij komen één keer per week op een vaste dag.",
  apply="Bel ons om een vaste ophaaldag af te spreken.",
  eligibility="Voor inwoners van Huizen die hun was niet meer zelf kunnen doen.",
  fees="U betaalt € 12 per waszak van ongeveer 5 kilo, inclusief ophalen en bezorgen.",
  cost=[("Per waszak", 12, "Ongeveer 5 kilo, inclusief ophalen en bezorgen")],
  locations=("thuishulp",), areas=("Gemeente Huizen",), path="was-en-strijkservice")
S("nj-individueel", "naastje", "tailored", ["instrumental_adl", "mental_health", "daytime_activities"], "decision", 8,
  "Individuele begeleiding",
  "Heeft u moeite om structuur in uw dag te houden, uw post bij te houden of afspraken na te komen? Een vaste "
  "begeleider komt bij u thuis en helpt u om dit stap voor stap zelf te leren. U werkt aan doelen die u zelf kiest. "
  "Zo wordt u weer zelfstandiger.",
  alternate_name="Begeleiding thuis",
  apply="U heeft een beschikking nodig van de gemeente. Meld u daarvoor bij Wijkkompas Huizen. "
        "Heeft u al een beschikking? Bel ons dan voor een kennismaking.",
  eligibility="Voor volwassenen in Huizen en omgeving met een beschikking voor begeleiding.",
  fees="U betaalt de Wmo-eigen bijdrage van € 21,80 per maand. Heeft u al andere Wmo-hulp? Dan betaalt u niet extra.",
  cost=[WMO_BIJDRAGE], locations=("werkkamer",), areas=("Gemeente Huizen", "Gemeente Blaricum", "Gemeente Laren"),
  path="individuele-begeleiding")
S("nj-werkkamer", "naastje", "tailored", ["daytime_activities", "social_participation"], "decision", 4,
  "Dagbesteding De Werkkamer (met indicatie)",
  "In De Werkkamer werkt u in een kleine groep aan zinvolle dingen: houtbewerking, koken voor de groep of "
  "administratief werk. U krijgt begeleiding van vaste begeleiders die weten wat u nodig heeft. "
  "Zo heeft u een dagritme en doet u mee.",
  apply="U heeft een beschikking voor dagbesteding nodig. Kom gerust eerst een ochtend kijken.",
  eligibility="Voor volwassenen met een psychische of verstandelijke beperking, met een beschikking voor dagbesteding.",
  fees="U betaalt de Wmo-eigen bijdrage van € 21,80 per maand.", cost=[WMO_BIJDRAGE],
  schedule=[sched(WORKDAYS, "09:00", "15:30")], locations=("werkkamer",), path="dagbesteding-werkkamer")
S("nj-beschermdwonen", "naastje", "tailored", ["housing", "mental_health", "basic_adl"], "decision", 16,
  "Beschermd wonen De Lindehof",
  "Beschermd wonen is een woonplek met dag en nacht begeleiding, voor mensen die door psychische problemen nog "
  "niet zelfstandig kunnen wonen. U heeft een eigen kamer en deelt de woonkamer en de keuken. "
  "Samen met uw begeleider werkt u aan de stap naar een eigen woning.",
  apply="Aanmelden gaat via Wijkkompas Huizen of uw behandelaar. De regiogemeente beslist over de toegang.",
  eligibility="Voor volwassenen met ernstige psychische problemen die (nog) niet zelfstandig kunnen wonen.",
  fees="U betaalt een eigen bijdrage via het CAK. Die hangt af van uw inkomen en is vaak een paar honderd euro per maand.",
  cost=[("Eigen bijdrage beschermd wonen", 450, "Gemiddeld per maand, afhankelijk van uw inkomen")],
  wait_text="Er is een lange wachtlijst van ongeveer 16 weken. Tijdens het wachten houden wij contact en kijken "
            "we samen naar tijdelijke hulp.",
  locations=("lindehof",), path="beschermd-wonen")
S("nj-nah", "naastje", "tailored", ["basic_adl", "instrumental_adl", "domestic_relations"], "decision", 6,
  "Begeleiding bij niet-aangeboren hersenletsel",
  "Na een beroerte, ongeluk of hersenoperatie is het leven vaak anders. Onze begeleiders hebben veel ervaring met "
  "hersenletsel. Zij helpen u en uw naasten om te gaan met vermoeidheid, vergeetachtigheid en andere gevolgen, "
  "thuis en in uw eigen buurt.",
  apply="U heeft een beschikking van de gemeente nodig. Uw revalidatiearts of huisarts kan u helpen met de aanvraag.",
  eligibility="Voor volwassenen met niet-aangeboren hersenletsel en hun gezin, met een Wmo-beschikking.",
  fees="U betaalt de Wmo-eigen bijdrage van € 21,80 per maand.", cost=[WMO_BIJDRAGE],
  locations=("werkkamer",), areas=("Gemeente Huizen", "Gemeente Blaricum", "Gemeente Laren"), path="begeleiding-nah")
S("eh-indicatie", "eemhoeve", "tailored", ["daytime_activities", "social_participation", "physical_health"], "decision", 8,
  "Dagbesteding op de boerderij (met indicatie)",
  "Op De Eemhoeve werkt u buiten, tussen de dieren en in de moestuin. U voert de kalfjes, raapt eieren of helpt in de "
  "boerderijwinkel. Er is veel ruimte en rust, en er is altijd een begeleider in de buurt. "
  "Vervoer vanuit Huizen kan worden geregeld.",
  alternate_name="Zorgboerderij met indicatie",
  apply="U heeft een beschikking voor dagbesteding van uw gemeente nodig. Kom gerust eerst een dag meedraaien.",
  eligibility="Voor volwassenen met een verstandelijke beperking, psychische problemen of beginnende dementie, met een beschikking.",
  fees="U betaalt de Wmo-eigen bijdrage van € 21,80 per maand. Voor vervoer kan een kleine vergoeding gelden.",
  cost=[WMO_BIJDRAGE], schedule=[sched(WORKDAYS, "09:30", "16:00")], locations=("eemhoeve",),
  areas=("Gemeente Eemnes", "Gemeente Huizen", "Gemeente Blaricum", "Gemeente Laren"), path="dagbesteding")
S("eh-meewerkdag", "eemhoeve", "general", ["daytime_activities", "social_network"], "registration", 2,
  "Meewerkdag op de boerderij (zonder indicatie)",
  "Wilt u graag buiten bezig zijn, maar heeft u geen indicatie? Dan kunt u op dinsdag en donderdag meewerken op "
  "De Eemhoeve. U helpt bij het voeren van de dieren, in de tuin of bij het houthakken. "
  "Na afloop drinkt u koffie met de anderen aan de grote keukentafel.",
  alternate_name="Zorgboerderij zonder indicatie",
  apply="Bel of mail ons voor een proefdag. U hoeft geen verwijzing te hebben.",
  eligibility="Voor volwassenen die graag buiten werken en wat structuur zoeken, bijvoorbeeld na een burn-out of na hun pensioen.",
  fees="Een meewerkdag kost € 12, inclusief koffie en lunch. Vervoer regelt u zelf.",
  cost=[("Per dag", 12, "Inclusief koffie en lunch")], schedule=[sched("TU,TH", "09:30", "15:30")],
  locations=("eemhoeve",), path="meewerkdag")
S("hv-dementie", "hoogeveld", "tailored", ["daytime_activities", "basic_adl", "social_network"], "decision", 10,
  "Dagbesteding voor mensen met dementie",
  "Op 't Hooge Veld brengen mensen met dementie de dag door in een huiselijke groep van acht gasten. We wandelen langs "
  "de wei, verzorgen de schapen, koken samen en rusten na de lunch. "
  "Zo blijft u actief en heeft uw mantelzorger even tijd voor zichzelf.",
  apply="Met een beschikking van uw gemeente of een Wlz-indicatie kunt u beginnen. Bel ons gerust voor een rondleiding.",
  eligibility="Voor thuiswonende ouderen met dementie, met een Wmo-beschikking of een Wlz-indicatie.",
  fees="U betaalt de Wmo-eigen bijdrage van € 21,80 per maand.", cost=[WMO_BIJDRAGE],
  schedule=[sched(WORKDAYS, "10:00", "16:00")], locations=("hoogeveld",),
  areas=("Gemeente Laren", "Gemeente Huizen", "Gemeente Blaricum"), path="dagbesteding-dementie")
S("hv-logeren", "hoogeveld", "tailored", ["social_network", "basic_adl"], "decision", 12,
  "Logeeropvang in het weekend",
  "Zorgt u elke dag voor uw partner of ouder met dementie? Dan is even bijtanken belangrijk. Uw naaste kan een "
  "weekend bij ons logeren, met dezelfde vertrouwde begeleiders als bij de dagbesteding. "
  "U weet dat hij of zij in goede handen is.",
  alternate_name="Respijtzorg met overnachting",
  apply="Logeeropvang vraagt u aan bij uw gemeente; u krijgt dan een beschikking. Wij helpen u graag met de aanvraag.",
  eligibility="Voor thuiswonende mensen met dementie die een mantelzorger hebben, met een beschikking of Wlz-indicatie.",
  fees="U betaalt de Wmo-eigen bijdrage van € 21,80 per maand, plus € 15 per etmaal voor eten en drinken.",
  cost=[WMO_BIJDRAGE, ("Eten en drinken", 15, "Per etmaal")],
  schedule=[sched("FR,SA,SU", description="Van vrijdag 16.00 uur tot zondag 16.00 uur")],
  locations=("hoogeveld",), areas=("Gemeente Laren", "Gemeente Huizen", "Gemeente Blaricum"), path="logeeropvang")
S("mg-rolstoel", "mobielgooi", "tailored", ["physical_health", "social_participation"], "decision", 6,
  "Rolstoel via de Wmo",
  "Heeft u een rolstoel nodig voor dagelijks gebruik? Na een besluit van de gemeente meet een adviseur van Mobiel Gooi "
  "de rolstoel bij u thuis aan. Wij leveren de rolstoel, leggen uit hoe hij werkt en doen het onderhoud en de reparaties.",
  apply="Vraag een rolstoel aan bij Wijkkompas Huizen. Na de beschikking bellen wij u voor een afspraak.",
  eligibility="Voor inwoners van Huizen die langdurig een rolstoel nodig hebben.",
  fees="Voor een rolstoel betaalt u geen eigen bijdrage.", cost=free("Geen eigen bijdrage voor rolstoelen"),
  locations=("bedrijvenhof",), areas=("Gemeente Huizen",), path="rolstoel")
S("mg-scootmobiel", "mobielgooi", "tailored", ["physical_health", "social_participation", "instrumental_adl"], "decision", 8,
  "Scootmobiel via de Wmo",
  "Kunt u niet meer ver lopen of fietsen, maar wilt u wel zelf naar de winkel, de kapper of vrienden? Met een "
  "scootmobiel blijft u mobiel in de buurt. Wij leveren een scootmobiel die bij u past, geven een rijles "
  "en komen langs als er iets kapot is.",
  apply="Vraag een scootmobiel aan bij Wijkkompas Huizen. Na de beschikking nemen wij contact met u op.",
  eligibility="Voor inwoners van Huizen die door een beperking niet meer zelfstandig korte afstanden kunnen afleggen.",
  fees="U betaalt de Wmo-eigen bijdrage van € 21,80 per maand.", cost=[WMO_BIJDRAGE],
  locations=("bedrijvenhof",), areas=("Gemeente Huizen",), path="scootmobiel")
S("mg-uitleen", "mobielgooi", "general", ["physical_health", "basic_adl"], "open", 0,
  "Uitleen van hulpmiddelen",
  "Heeft u tijdelijk een hulpmiddel nodig, bijvoorbeeld na een operatie? Bij ons uitleenpunt leent u krukken, "
  "een rollator, een douchestoel of een tijdelijke rolstoel. U kunt het hulpmiddel meestal dezelfde dag meenemen.",
  apply="Kom langs met uw zorgpas en identiteitsbewijs. U hoeft geen verwijzing te hebben.",
  eligibility="Voor iedereen met een Nederlandse zorgverzekering.",
  fees="De eerste 26 weken is lenen voor de meeste hulpmiddelen gratis. Uw zorgverzekeraar betaalt.",
  cost=free("Gratis tot 26 weken, betaald door de zorgverzekeraar"),
  schedule=[sched(WORKDAYS, "09:00", "17:00"), sched("SA", "10:00", "12:00")],
  locations=("bedrijvenhof",), path="uitleen")
S("mg-scootcursus", "mobielgooi", "general", ["physical_health", "social_participation"], "registration", 3,
  "Scootmobielcursus: veilig op weg",
  "Heeft u net een scootmobiel, of voelt u zich nog niet zeker in het verkeer? In deze cursus van twee ochtenden "
  "oefent u op een parcours en in de straten van Huizen. Een rijinstructeur geeft tips over voorrang, bochten en parkeren.",
  apply="Meld u aan via telefoon of mail. De cursus is ongeveer vier keer per jaar.",
  eligibility="Voor iedereen die een scootmobiel gebruikt of gaat gebruiken.",
  fees="De cursus kost € 10, inclusief koffie.", cost=[("Hele cursus", 10, "Twee ochtenden")],
  locations=("sporthal",), path="scootmobielcursus")
S("wa-aanpassing", "woonadvies", "tailored", ["housing", "basic_adl", "physical_health"], "decision", 12,
  "Woningaanpassing via de Wmo",
  "Lukt douchen, de trap op gaan of naar binnen komen niet meer goed? Soms helpt een aanpassing, zoals een traplift, "
  "een douchezitje of een drempelhulp. Na een besluit van de gemeente regelen wij de aanpassing, van advies tot oplevering.",
  apply="Vraag de aanpassing aan bij Wijkkompas Huizen. Een ergotherapeut komt bij u thuis kijken. Na de beschikking nemen wij contact met u op.",
  eligibility="Voor inwoners van Huizen die door een beperking niet goed meer in hun huis kunnen wonen.",
  fees="Voor de meeste aanpassingen betaalt u de Wmo-eigen bijdrage van € 21,80 per maand.", cost=[WMO_BIJDRAGE],
  wait_text="Grote aanpassingen kosten tijd. De doorlooptijd is nu ongeveer 12 weken.",
  locations=("bedrijvenhof",), areas=("Gemeente Huizen",), path="woningaanpassing")
S("wa-woonscan", "woonadvies", "self_help", ["housing", "physical_health"], "open", 0,
  "Woonscan: langer thuis wonen",
  "Wilt u weten of uw huis geschikt is om er oud in te worden? Bij de gratis woonscan loopt u samen met een "
  "vrijwillige woonadviseur door uw huis. U krijgt praktische tips, zoals losse kleden weghalen, een extra trapleuning "
  "of beter licht. Veel kleine dingen kunt u zelf regelen.",
  apply="Bel of mail ons voor een afspraak bij u thuis. U hoeft geen verwijzing te hebben.",
  eligibility="Voor alle inwoners van Huizen, vooral vanaf 60 jaar.",
  fees="Gratis.", cost=free(), locations=("bedrijvenhof",), areas=("Gemeente Huizen",), path="woonscan")
S("gv-wmovervoer", "gooivervoer", "tailored", ["social_participation", "physical_health"], "decision", 3,
  "Wmo-vervoer met de regiotaxipas",
  "Met een Wmo-vervoerspas reist u met een taxibusje van deur tot deur in de regio Gooi en Vechtstreek. "
  "U betaalt een laag tarief per kilometer. Handig om naar familie, de markt of uw club te gaan.",
  alternate_name="Regiotaxi",
  apply="Vraag de pas aan bij Wijkkompas Huizen. Na de beschikking krijgt u de pas thuisgestuurd. "
        "Een rit boekt u minstens een uur van tevoren.",
  eligibility="Voor inwoners die door een beperking niet met het openbaar vervoer kunnen reizen.",
  fees="U betaalt € 0,90 per kilometer, met een minimum van € 2,50 per rit.",
  cost=[("Per kilometer", 0.9, "Regiotaxi-tarief met Wmo-pas"), ("Minimum per rit", 2.5, "Per rit")],
  schedule=[sched(ALL_DAYS, "06:00", "23:59")], locations=("bedrijvenhof",),
  areas=("Gemeente Huizen", "Gemeente Blaricum", "Gemeente Laren", "Gemeente Hilversum"), path="wmo-vervoer")
S("hh-dagbesteding", "huizerhof", "tailored", ["daytime_activities", "basic_adl"], "decision", 6,
  "Dagbesteding voor ouderen (met indicatie)",
  "Bij de dagbesteding in Huizerhof bent u een of meer dagen per week welkom in een gezellige groep. Er is een vaste "
  "structuur met koffie, activiteiten, een warme maaltijd en een rustmoment. "
  "Verzorgenden helpen u als dat nodig is, bijvoorbeeld bij het eten of naar het toilet gaan.",
  apply="U heeft een beschikking voor dagbesteding of een Wlz-indicatie nodig. Wij nodigen u graag uit voor een proefdag.",
  eligibility="Voor ouderen die thuis wonen en overdag begeleiding en verzorging nodig hebben.",
  fees="U betaalt de Wmo-eigen bijdrage van € 21,80 per maand. De maaltijd is inbegrepen.", cost=[WMO_BIJDRAGE],
  schedule=[sched(WORKDAYS, "09:30", "16:00")], locations=("huizerhof",), path="dagbesteding")
S("hh-restaurant", "huizerhof", "general", ["instrumental_adl", "social_network"], "open", 0,
  "Restaurant Huizerhof: warm eten voor buurtbewoners",
  "In het restaurant van Huizerhof eet u elke dag tussen de middag een warme maaltijd. Er is keuze uit twee menu's, "
  "ook vegetarisch en zoutarm. Zo eet u gezond, en niet alleen.",
  apply="U kunt zonder reserveren binnenlopen. Voor een dieetmaaltijd belt u liever een dag van tevoren.",
  eligibility="Iedereen is welkom, vooral ouderen uit de buurt.",
  fees="Een driegangenmaaltijd kost € 9,75. Alleen soep kost € 2.",
  cost=[("Driegangenmaaltijd", 9.75, "Per persoon"), ("Soep", 2, "Per kom")],
  schedule=[sched(ALL_DAYS, "12:00", "13:30")], locations=("huizerhof",), path="restaurant")
S("hh-activiteiten", "huizerhof", "general", ["daytime_activities", "social_network"], "open", 0,
  "Activiteitenprogramma De Huiskamer",
  "Elke week is er in de grote zaal van Huizerhof iets te beleven: een muziekmiddag, sjoelen, een film of een lezing. "
  "Ook buurtbewoners die niet in Huizerhof wonen, zijn van harte welkom.",
  apply="Kijk op het programma bij de ingang of bel de receptie. U hoeft zich niet aan te melden.",
  eligibility="Voor bewoners van Huizerhof en alle ouderen uit de buurt.",
  fees="De meeste activiteiten zijn gratis. De film kost € 3, inclusief koffie.",
  cost=[("Meeste activiteiten", 0, "Gratis"), ("Filmmiddag", 3, "Inclusief koffie")],
  schedule=[sched("MO,WE,SA", "14:00", "16:30")], locations=("huizerhof",), path="activiteiten")
S("wkr-reintegratie", "werkkracht", "tailored", ["work_education", "finances"], "decision", 4,
  "Re-integratietraject naar werk",
  "Heeft u een bijstandsuitkering en wilt u weer aan het werk? In een re-integratietraject werkt u met een vaste "
  "werkcoach aan uw doel. U ontdekt uw talenten, oefent met solliciteren en loopt mee bij werkgevers. "
  "Ook als u aan het werk bent, blijven wij u nog een tijd begeleiden.",
  apply="Uw klantmanager van de gemeente meldt u aan. Na het besluit nemen wij binnen twee weken contact op.",
  eligibility="Voor inwoners van Huizen met een uitkering volgens de Participatiewet.",
  fees="Gratis.", cost=free(), locations=("bedrijvenhof",), path="re-integratie")
S("wkr-jobcoach", "werkkracht", "tailored", ["work_education", "mental_health"], "decision", 6,
  "Jobcoaching op de werkplek",
  "Heeft u werk, maar heeft u door een beperking extra steun nodig om het vol te houden? Een jobcoach helpt u en uw "
  "werkgever met duidelijke afspraken, een goede werkplek en de omgang met collega's. "
  "In het begin komt de coach vaak, later steeds minder.",
  apply="Jobcoaching vraagt u aan bij de gemeente of het UWV, afhankelijk van uw situatie. Wij helpen u graag met de aanvraag.",
  eligibility="Voor werknemers met een arbeidsbeperking.",
  fees="Gratis voor u. De gemeente of het UWV betaalt.", cost=free(), locations=("bedrijvenhof",), path="jobcoaching")
S("wp-beschut", "werkplaats", "tailored", ["work_education", "daytime_activities"], "decision", 12,
  "Beschut werk",
  "Beschut werk is een betaalde baan in een omgeving met veel begeleiding en aanpassingen. U werkt bijvoorbeeld in de "
  "houtwerkplaats of de groenploeg, met een arbeidscontract en een eerlijk loon. "
  "Een vaste leidinggevende let op wat u aankunt.",
  apply="U heeft een advies beschut werk van het UWV nodig. Daarna beslist de gemeente.",
  eligibility="Voor mensen die door een lichamelijke, psychische of verstandelijke beperking alleen met veel begeleiding kunnen werken.",
  fees="Gratis. U krijgt loon.", cost=free(),
  wait_text="Er zijn op dit moment meer kandidaten dan plekken. De wachttijd is ongeveer 12 weken.",
  schedule=[sched(WORKDAYS, "08:00", "16:00")], locations=("werkplaats",), path="beschut-werk")
S("wp-houtwerk", "werkplaats", "tailored", ["daytime_activities", "social_participation"], "decision", 8,
  "Arbeidsmatige dagbesteding in de houtwerkplaats",
  "Houdt u van werken met uw handen? In de houtwerkplaats maakt u vogelhuisjes, plantenbakken en meubels voor "
  "klanten in Huizen. U werkt in uw eigen tempo, zonder productiedruk, met vaste begeleiders.",
  apply="U heeft een beschikking voor dagbesteding nodig. Kom gerust een keer kijken.",
  eligibility="Voor volwassenen met een beperking die graag praktisch bezig zijn.",
  fees="U betaalt de Wmo-eigen bijdrage van € 21,80 per maand.", cost=[WMO_BIJDRAGE],
  schedule=[sched("MO,TU,WE,TH", "09:00", "15:00")], locations=("werkplaats",), path="houtwerkplaats")
S("sa-coaching", "autisme", "tailored", ["instrumental_adl", "mental_health", "work_education"], "decision", 10,
  "Autismecoaching thuis",
  "Een autismecoach helpt u om overzicht en rust te krijgen in uw dagelijks leven. Samen maakt u planningen, "
  "oefent u met lastige situaties op werk of school en zoekt u manieren om overprikkeling te voorkomen. "
  "De coach komt bij u thuis of spreekt af via beeldbellen.",
  apply="U heeft een beschikking voor begeleiding van uw gemeente nodig. Wij helpen u graag met de aanvraag.",
  eligibility="Voor jongeren vanaf 16 jaar en volwassenen met autisme, in het Gooi.",
  fees="U betaalt de Wmo-eigen bijdrage van € 21,80 per maand.", cost=[WMO_BIJDRAGE], min_age=16,
  locations=("autisme",), areas=("Gemeente Gooise Meren", "Gemeente Huizen", "Gemeente Blaricum", "Gemeente Laren"),
  languages=("nl", "en"), path="autismecoaching")

# ======================================================================================
# Professionele zorg (Zvw, Wlz, Jeugdwet) en crisis
# ======================================================================================
S("wz-wijkverpleging", "wijkzorg", "specialist", ["physical_health", "basic_adl"], "registration", 1,
  "Wijkverpleging en persoonlijke verzorging",
  "Heeft u hulp nodig bij wassen en aankleden, wondzorg, medicijnen of steunkousen? Onze wijkverpleegkundige komt "
  "bij u thuis en bekijkt welke zorg u nodig heeft. Daarna komt een klein, vast team van verzorgenden bij u langs, "
  "ook 's avonds en in het weekend.",
  alternate_name="Thuiszorg",
  apply="U kunt zelf bellen, of uw huisarts of het ziekenhuis laat het ons weten. Een verwijzing is niet nodig: "
        "de wijkverpleegkundige bepaalt zelf welke zorg u krijgt.",
  eligibility="Voor iedereen in Huizen die thuis verpleging of verzorging nodig heeft.",
  fees="Wijkverpleging wordt betaald uit de basisverzekering. U betaalt geen eigen risico.",
  cost=free("Basisverzekering, geen eigen risico"),
  wait_text="Meestal kunnen wij binnen enkele dagen beginnen.",
  locations=("gezondheidscentrum",), areas=("Gemeente Huizen",), languages=("nl", "en"), path="wijkverpleging")
S("wz-casemanager", "wijkzorg", "specialist", ["mental_health", "domestic_relations", "basic_adl"], "referral", 3,
  "Casemanager dementie",
  "Als u of uw naaste de diagnose dementie krijgt, komt er veel op u af. Een casemanager dementie is uw vaste "
  "aanspreekpunt. Zij begeleidt u en uw familie, legt uit wat de ziekte doet en regelt op tijd de juiste zorg.",
  apply="Uw huisarts of de geheugenpoli verwijst u naar ons. Daarna bellen wij u voor een eerste huisbezoek.",
  eligibility="Voor thuiswonende mensen met (een vermoeden van) dementie en hun mantelzorgers.",
  fees="Casemanagement wordt betaald uit de basisverzekering, zonder eigen risico.",
  cost=free("Basisverzekering, geen eigen risico"),
  locations=("gezondheidscentrum",), areas=("Gemeente Huizen", "Gemeente Blaricum"), path="casemanager-dementie")
S("wz-nachtzorg", "wijkzorg", "specialist", ["basic_adl", "physical_health"], "referral", 2,
  "Nachtzorg en alarmopvolging",
  "Heeft u 's nachts zorg nodig, bijvoorbeeld om u om te draaien of naar het toilet te gaan? Het nachtteam van "
  "Wijkzorg Aan het Meer komt op vaste tijden langs. Drukt u op uw alarmknop, dan is er binnen 30 minuten iemand bij u.",
  apply="De wijkverpleegkundige bepaalt samen met u of nachtzorg nodig is.",
  eligibility="Voor thuiswonende cliënten van de wijkverpleging in Huizen en Blaricum.",
  fees="Betaald uit de basisverzekering, zonder eigen risico.", cost=free("Basisverzekering, geen eigen risico"),
  schedule=[sched(ALL_DAYS, "23:00", "07:00", description="Elke nacht van 23.00 tot 7.00 uur")],
  locations=("gezondheidscentrum",), areas=("Gemeente Huizen", "Gemeente Blaricum"), path="nachtzorg")
S("wz-palliatief", "wijkzorg", "specialist", ["physical_health", "basic_adl", "domestic_relations"], "referral", 0,
  "Palliatieve zorg thuis",
  "Wilt u in uw laatste levensfase thuis blijven? Onze gespecialiseerde verpleegkundigen zorgen voor comfort en "
  "pijnbestrijding, in overleg met uw huisarts. Wij steunen ook uw naasten en zijn dag en nacht bereikbaar.",
  apply="Uw huisarts of specialist meldt u bij ons aan. Familie mag ook zelf bellen.",
  eligibility="Voor mensen in Huizen en Blaricum die thuis willen sterven, en hun naasten.",
  fees="Betaald uit de basisverzekering, zonder eigen risico.", cost=free("Basisverzekering, geen eigen risico"),
  wait_text="Geen wachttijd: wij starten zo snel als nodig, vaak dezelfde dag.",
  locations=("gezondheidscentrum",), areas=("Gemeente Huizen", "Gemeente Blaricum"), path="palliatieve-zorg")
S("gc-pohggz", "gezondheidscentrum", "specialist", ["mental_health"], "referral", 2,
  "Praktijkondersteuner GGZ",
  "Heeft u last van stress, slaapproblemen, rouw of somberheid? De praktijkondersteuner GGZ van uw huisarts heeft "
  "een paar gesprekken met u. Samen zoekt u uit wat er speelt en wat u kan helpen. "
  "Als het nodig is, verwijst zij u door naar een psycholoog.",
  alternate_name="POH-GGZ",
  apply="Maak een afspraak via de assistente van uw huisarts.",
  eligibility="Voor patiënten van de huisartsen in Gezondheidscentrum De Meent, vanaf 12 jaar.",
  fees="Gesprekken met de praktijkondersteuner zijn gratis en gaan niet van uw eigen risico af.", cost=free(),
  min_age=12, locations=("gezondheidscentrum",), languages=("nl", "en"), path="poh-ggz")
S("gc-leefstijl", "gezondheidscentrum", "specialist", ["physical_health"], "referral", 4,
  "Leefstijlcoach: in twee jaar gezonder leven",
  "Wilt u afvallen, meer bewegen en gezonder eten, maar lukt het niet alleen? In het leefstijlprogramma begeleidt "
  "een leefstijlcoach u twee jaar lang, in groepsbijeenkomsten en persoonlijke gesprekken. "
  "U leert kleine veranderingen die blijven.",
  alternate_name="Gecombineerde leefstijlinterventie (GLI)",
  apply="U heeft een verwijzing van uw huisarts nodig.",
  eligibility="Voor volwassenen met overgewicht en een verhoogd risico op hart- en vaatziekten of diabetes.",
  fees="Het programma wordt helemaal betaald uit de basisverzekering, zonder eigen risico.",
  cost=free("Basisverzekering, geen eigen risico"), min_age=18,
  schedule=[sched("MO", "18:30", "20:00", "groepsbijeenkomst")], locations=("gezondheidscentrum",), path="leefstijlcoach")
S("ho-basisggz", "horizon", "specialist", ["mental_health"], "referral", 10,
  "Psychologische behandeling (basis-GGZ)",
  "Heeft u al langer last van somberheid, angst of piekeren, en helpt praten met familie of de praktijkondersteuner "
  "niet genoeg? Bij De Horizon krijgt u een korte behandeling van ongeveer 5 tot 12 gesprekken. "
  "Wij werken met bewezen methoden, zoals cognitieve gedragstherapie en EMDR.",
  apply="U heeft een verwijzing van uw huisarts nodig. Stuur de verwijzing naar ons, dan plannen wij een intakegesprek.",
  eligibility="Voor volwassenen met lichte tot matige psychische klachten.",
  fees="Behandeling wordt betaald uit de basisverzekering. Het eigen risico geldt wel.", cost=[EIGEN_RISICO],
  min_age=18,
  wait_text="De wachttijd voor een intake is nu ongeveer 10 weken. Worden de klachten erger tijdens het wachten? "
            "Neem dan contact op met uw huisarts.",
  locations=("horizon",), languages=("nl", "en"), path="basis-ggz")
S("ho-piekeren", "horizon", "specialist", ["mental_health"], "referral", 6,
  "Groepstraining Grip op je piekeren",
  "In deze groep van zes tot acht deelnemers leert u in acht bijeenkomsten hoe u minder piekert en beter ontspant. "
  "U oefent met praktische opdrachten en steunt elkaar. "
  "Veel mensen vinden het fijn om te merken dat ze niet de enige zijn.",
  apply="Met een verwijzing van uw huisarts meldt u zich aan. Eerst volgt een kort kennismakingsgesprek.",
  eligibility="Voor volwassenen met piekerklachten, lichte angst of somberheid.",
  fees="Betaald uit de basisverzekering. Het eigen risico geldt wel.", cost=[EIGEN_RISICO], min_age=18,
  schedule=[sched("WE", "19:00", "21:00")], locations=("wijkkompas",), path="groepstraining-piekeren")
S("an-sggz", "anker", "specialist", ["mental_health"], "referral", 14,
  "Specialistische GGZ-behandeling",
  "Bij ernstige of langdurige psychische problemen, zoals een zware depressie, een persoonlijkheidsstoornis of een "
  "psychose, is soms specialistische hulp nodig. Een team van psychiaters, psychologen en verpleegkundigen maakt samen "
  "met u een behandelplan. U krijgt behandeling in Hilversum of via beeldbellen.",
  apply="U heeft een verwijzing nodig van uw huisarts of een andere behandelaar.",
  eligibility="Voor volwassenen met ernstige of ingewikkelde psychische problemen.",
  fees="Behandeling wordt betaald uit de basisverzekering. Het eigen risico geldt wel.", cost=[EIGEN_RISICO],
  min_age=18,
  wait_text="Er is een wachtlijst van ongeveer 14 weken. Tijdens het wachten blijft uw huisarts uw aanspreekpunt.",
  locations=("anker",), languages=("nl", "en"), path="specialistische-ggz")
S("an-crisis", "anker", "specialist", ["mental_health"], "referral", 0,
  "Crisisdienst GGZ",
  "Is iemand in grote psychische nood en is er direct gevaar voor hemzelf of voor anderen? De crisisdienst GGZ is "
  "dag en nacht beschikbaar. Een psychiater of crisisverpleegkundige beoordeelt de situatie, als het moet bij u thuis, "
  "en zorgt voor de hulp die nu nodig is.",
  apply="Bel uw huisarts, of buiten kantoortijd de huisartsenpost. Zij schakelen de crisisdienst in. "
        "Bij direct levensgevaar belt u 112.",
  eligibility="Voor iedereen in het Gooi die in een acute psychische crisis zit.",
  fees="Crisiszorg valt onder de basisverzekering. U hoeft vooraf niets te betalen; het eigen risico kan gelden.",
  cost=[EIGEN_RISICO], crisis=True,
  wait_text="Geen wachttijd. De crisisdienst komt dezelfde dag, vaak binnen een paar uur.",
  schedule=list(H24), locations=("anker",),
  areas=("Gemeente Hilversum", "Gemeente Huizen", "Gemeente Blaricum", "Gemeente Laren", "Gemeente Eemnes",
         "Gemeente Gooise Meren"),
  path="crisisdienst")
S("an-fact", "anker", "specialist", ["mental_health", "housing", "daytime_activities"], "referral", 4,
  "FACT-team Gooi-Noord: zorg in de wijk",
  "Het FACT-team begeleidt mensen met ernstige psychische aandoeningen in hun eigen omgeving. Wij komen bij u thuis "
  "en helpen met behandeling, medicijnen, wonen, werk en contacten. Als het slechter met u gaat, komen wij vaker langs.",
  apply="Aanmelden via uw huisarts, uw behandelaar of Wijkkompas Huizen.",
  eligibility="Voor volwassenen in Huizen, Blaricum en Laren met langdurige, ernstige psychische problemen.",
  fees="Betaald uit de basisverzekering. Het eigen risico geldt wel.", cost=[EIGEN_RISICO], min_age=18,
  locations=("anker",), areas=("Gemeente Huizen", "Gemeente Blaricum", "Gemeente Laren"), path="fact-team")
S("an-herstel", "anker", "self_help", ["mental_health", "social_participation"], "open", 0,
  "Herstelwerkplaats: cursussen door ervaringsdeskundigen",
  "In de Herstelwerkplaats volgt u cursussen van mensen die zelf psychische problemen hebben gehad. Denk aan "
  "'Omgaan met je kwetsbaarheid' of 'Werken aan je dromen'. U leert van elkaar en werkt aan uw eigen herstel. "
  "De cursussen zijn in Wijkcentrum Holleblek, dicht bij huis.",
  apply="Meld u zelf aan via mail of telefoon. U hoeft geen verwijzing te hebben en geen cliënt van Het Anker te zijn.",
  eligibility="Voor iedereen vanaf 18 jaar die werkt aan herstel na psychische problemen, en voor naasten.",
  fees="Gratis.", cost=free(), min_age=18, schedule=[sched("TU,TH", "13:30", "15:30")],
  locations=("holleblek",), path="herstelwerkplaats")
S("ko-ambulant", "kompas", "specialist", ["substance_use", "mental_health"], "referral", 4,
  "Ambulante behandeling bij verslaving",
  "Wilt u minderen of stoppen met alcohol, drugs of medicijnen, maar lukt het niet alleen? In de ambulante behandeling "
  "heeft u gesprekken met een vaste behandelaar, in Hilversum of op ons spreekuur in Huizen. "
  "Samen werkt u aan uw doelen. Als het nodig is, helpen wij ook met medicijnen of een begeleide afbouw.",
  apply="Met een verwijzing van uw huisarts. Twijfelt u? Bel ons gerust eerst anoniem voor advies.",
  eligibility="Voor volwassenen met problemen door alcohol, drugs of medicijnen.",
  fees="Behandeling wordt betaald uit de basisverzekering. Het eigen risico geldt wel.", cost=[EIGEN_RISICO],
  min_age=18, schedule=[sched("TU", "09:00", "17:00", "spreekuur Huizen, op afspraak")],
  locations=("kompas", "wijkkompas"), languages=("nl", "en", "pl"), path="ambulante-behandeling")
S("ko-gokken", "kompas", "specialist", ["substance_use", "finances", "mental_health"], "referral", 3,
  "Hulp bij gok- en gameproblemen",
  "Kost gokken of gamen u steeds meer tijd en geld? Onze hulpverleners kennen de valkuilen van online gokken en "
  "gamen. Met gesprekken en praktische afspraken krijgt u weer grip, ook op uw geldzaken. "
  "Uw partner of ouders kunnen meedoen.",
  apply="Met een verwijzing van uw huisarts. Voor een eerste adviesgesprek mag u ook zelf bellen.",
  eligibility="Voor jongeren vanaf 16 jaar en volwassenen.",
  fees="Betaald uit de basisverzekering of de Jeugdwet. Voor volwassenen geldt het eigen risico.", cost=[EIGEN_RISICO],
  min_age=16, locations=("kompas",), languages=("nl", "en"), path="gokken-en-gamen")
S("ko-alcoholtest", "kompas", "self_help", ["substance_use", "physical_health"], "open", 0,
  "Online test: hoeveel drink ik eigenlijk?",
  "Met deze anonieme online test ziet u in vijf minuten hoe uw alcoholgebruik zich verhoudt tot het advies van de "
  "Gezondheidsraad. U krijgt direct persoonlijke tips. "
  "Wilt u daarna verder? Dan kunt u een gratis online programma van zes weken volgen.",
  alternate_name="Alcoholzelftest",
  apply="Doe de test op onze website. U hoeft uw naam niet te geven.",
  eligibility="Voor iedereen vanaf 18 jaar.",
  fees="Gratis.", cost=free(), min_age=18, areas=("Nederland",), languages=("nl", "en"), path="alcoholtest")
S("ko-naasten", "kompas", "social_network", ["substance_use", "domestic_relations"], "open", 0,
  "Spreekuur voor naasten van iemand met een verslaving",
  "Heeft uw partner, kind of ouder een verslaving? Dan heeft u vaak zorgen, boosheid of schuldgevoelens. "
  "Op dit spreekuur praat u met een ervaren hulpverlener over wat u kunt doen, voor uzelf en voor uw naaste. "
  "U hoeft niet te wachten tot die zelf hulp zoekt.",
  apply="Kom langs of bel voor een afspraak. U hoeft geen verwijzing te hebben, en het is anoniem.",
  eligibility="Voor familie, partners en vrienden van iemand met een verslaving.",
  fees="Gratis.", cost=free(), schedule=[sched("MO", "19:00", "20:30")],
  locations=("wijkkompas",), path="spreekuur-naasten")
S("ko-preventie", "kompas", "general", ["substance_use", "domestic_relations"], "registration", 2,
  "Voorlichting over alcohol en drugs voor jongeren en ouders",
  "Praat u thuis weleens over alcohol, vapen en drugs? Onze preventiewerkers geven voorlichting op scholen, "
  "sportclubs en ouderavonden in Huizen. Ouders krijgen tips om het gesprek met hun kind aan te gaan en grenzen te stellen.",
  apply="Scholen, clubs en oudergroepen vragen een voorlichting aan via mail. Als ouder mag u ook zelf bellen voor advies.",
  eligibility="Voor jongeren van 12 tot 18 jaar, hun ouders en organisaties die met jongeren werken.",
  fees="Gratis.", cost=free(), locations=("loods",), areas=("Gemeente Huizen",), path="preventie")
S("jp-ambulant", "jongperspectief", "specialist", ["domestic_relations", "mental_health"], "referral", 12,
  "Jeugdhulp voor kinderen en gezinnen",
  "Maakt u zich zorgen over het gedrag of de stemming van uw kind? Of lopen de spanningen thuis hoog op? "
  "Een jeugdhulpverlener komt bij u thuis en werkt met het hele gezin aan rust en duidelijkheid. "
  "Wij werken samen met school en met andere hulp.",
  apply="U heeft een verwijzing nodig van Wijkkompas Huizen, de huisarts of de jeugdarts.",
  eligibility="Voor kinderen en jongeren van 0 tot en met 17 jaar en hun ouders in Huizen, Blaricum en Laren.",
  fees="Jeugdhulp is gratis. De gemeente betaalt via de Jeugdwet.", cost=free(),
  min_age=0, max_age=17,
  wait_text="De wachttijd is nu ongeveer 12 weken. Is het thuis niet veilig? Bel dan de Crisisdienst Jeugd of Veilig Thuis.",
  locations=("jeugdengezin",), areas=("Gemeente Huizen", "Gemeente Blaricum", "Gemeente Laren"), path="jeugdhulp")
S("jp-crisis", "jongperspectief", "specialist", ["domestic_relations", "mental_health"], "open", 0,
  "Crisisdienst Jeugd",
  "Is er thuis een crisis met uw kind en is het niet meer veilig? Bijvoorbeeld bij ernstige ruzie, dreiging of als "
  "uw kind wegloopt. De Crisisdienst Jeugd is dag en nacht bereikbaar. "
  "Een crisishulpverlener komt zo snel mogelijk, meestal binnen een paar uur.",
  apply="Ouders, jongeren en hulpverleners kunnen direct bellen, dag en nacht. Bij direct levensgevaar belt u 112.",
  eligibility="Voor kinderen en jongeren van 0 tot en met 17 jaar en hun gezin in het Gooi.",
  fees="Gratis.", cost=free(), crisis=True, min_age=0, max_age=17,
  wait_text="Geen wachttijd: wij komen meestal binnen een paar uur.",
  schedule=list(H24), phones=[("035 098 44 00", "Crisisdienst Jeugd, dag en nacht bereikbaar")],
  locations=("jeugdengezin",), areas=("Gemeente Huizen", "Gemeente Blaricum", "Gemeente Laren", "Gemeente Hilversum"),
  path="crisisdienst-jeugd")
S("jp-jggz", "jongperspectief", "specialist", ["mental_health"], "referral", 16,
  "Jeugd-GGZ: behandeling bij angst, ADHD of somberheid",
  "Heeft uw kind last van angsten, concentratieproblemen of somberheid? Onze jeugdpsychologen onderzoeken wat er "
  "aan de hand is en bieden een passende behandeling. Ouders doen altijd mee.",
  apply="Met een verwijzing van de huisarts, de jeugdarts of Wijkkompas Huizen.",
  eligibility="Voor kinderen en jongeren van 4 tot en met 17 jaar.",
  fees="Gratis. De gemeente betaalt via de Jeugdwet.", cost=free(), min_age=4, max_age=17,
  wait_text="Er is helaas een wachtlijst van ongeveer 16 weken. Tijdens het wachten bellen wij u om te horen hoe het gaat.",
  locations=("jeugdengezin",), path="jeugd-ggz")
S("hl-113", "hulplijnen", "specialist", ["mental_health"], "open", 0,
  "113 Zelfmoordpreventie: praat erover",
  "Denkt u aan zelfmoord, of maakt u zich zorgen om iemand anders? Praat erover. Bij 113 Zelfmoordpreventie kunt u "
  "dag en nacht gratis en anoniem bellen of chatten met een getrainde hulpverlener. Bel 113 of gratis 0800-0113.",
  alternate_name="113",
  apply="Bel 113 of 0800-0113, of chat via 113.nl. U hoeft uw naam niet te noemen.",
  eligibility="Voor iedereen in Nederland die aan zelfmoord denkt, en voor naasten.",
  fees="Bellen naar 0800-0113 en chatten zijn gratis.", cost=free(), crisis=True,
  wait_text="Geen wachttijd. Soms moet u even wachten tot er iemand vrij is.",
  schedule=list(H24),
  phones=[("0800-0113", "Gratis, dag en nacht bereikbaar"), ("113", "Kortnummer, dag en nacht (gewone belkosten)")],
  areas=("Nederland",), languages=("nl", "en"), path="113-zelfmoordpreventie")
S("hl-veiligthuis", "hulplijnen", "specialist", ["domestic_relations", "justice"], "open", 0,
  "Veilig Thuis: advies en melding bij huiselijk geweld en kindermishandeling",
  "Heeft u te maken met huiselijk geweld of kindermishandeling, of maakt u zich zorgen over iemand anders? Bel Veilig "
  "Thuis, dag en nacht en gratis. U kunt anoniem advies vragen of een melding doen. "
  "Veilig Thuis zorgt dat er hulp komt en dat het veilig wordt; bij direct gevaar belt u 112.",
  alternate_name="Veilig Thuis",
  apply="Bel 0800-2000. U hoeft uw naam niet te noemen als u alleen advies wilt.",
  eligibility="Voor slachtoffers, plegers, omstanders en professionals.",
  fees="Gratis.", cost=free(), crisis=True,
  wait_text="Geen wachttijd. Bij acuut gevaar komt er direct hulp.",
  schedule=list(H24), phones=[("0800-2000", "Gratis, dag en nacht bereikbaar")],
  areas=("Nederland",), languages=("nl", "en"), path="veilig-thuis")
S("od-nachtopvang", "onderdak", "specialist", ["housing", "basic_adl"], "open", 0,
  "Nachtopvang De Overloop",
  "Heeft u vannacht geen slaapplek? In de nachtopvang De Overloop in Hilversum krijgt u een bed, een douche, een "
  "avondmaaltijd en ontbijt. Er zijn de hele nacht medewerkers aanwezig. "
  "De volgende dag kijken we samen hoe u verder kunt.",
  alternate_name="Daklozenopvang",
  apply="Kom tussen 20.00 en 22.00 uur langs of bel ons, dag en nacht. Heeft u geen geld voor de bus? Bel ons, "
        "dan zoeken we een oplossing. Voor de eerste nacht heeft u geen verwijzing nodig.",
  eligibility="Voor volwassenen zonder slaapplek in de regio Gooi en Vechtstreek. Binnen drie dagen kijken we samen "
              "met uw gemeente naar vervolghulp.",
  fees="De eerste nachten zijn gratis. Daarna vragen wij € 4 per nacht als u een inkomen heeft.",
  cost=[("Eerste nachten", 0, "Gratis"), ("Per nacht met inkomen", 4, "Na de eerste week")], crisis=True,
  wait_text="Geen wachttijd. Is de opvang vol, dan zoeken wij dezelfde avond een andere plek voor u.",
  schedule=[sched(ALL_DAYS, "00:00", "23:59", description="Telefonisch dag en nacht bereikbaar; binnenkomen elke avond van 20.00 tot 22.00 uur")],
  locations=("overloop",), areas=("Gemeente Hilversum", "Gemeente Huizen", "Gemeente Blaricum", "Gemeente Laren",
                                   "Gemeente Eemnes", "Gemeente Gooise Meren"),
  languages=("nl", "en", "pl"), path="nachtopvang")
S("od-dagopvang", "onderdak", "general", ["basic_adl", "social_network", "housing"], "open", 0,
  "Inloop en dagopvang Het Steunpunt",
  "Overdag kunt u in Het Steunpunt terecht voor koffie, een warme lunch, een douche en een wasmachine. U kunt hier "
  "ook uw post laten bezorgen als u geen vast adres heeft. Maatschappelijk werkers helpen u met zaken als een "
  "uitkering, een postadres of een zorgverzekering.",
  apply="Loop gewoon binnen.",
  eligibility="Voor dak- en thuislozen en mensen die dreigen dakloos te raken.",
  fees="Koffie en douchen zijn gratis. De lunch kost € 1,50.", cost=[("Koffie en douche", 0, "Gratis"), ("Lunch", 1.5, "Per keer")],
  schedule=[sched(WORKDAYS, "09:00", "16:00")], locations=("steunpunt",), languages=("nl", "en", "pl"), path="dagopvang")
S("od-bemoeizorg", "onderdak", "specialist", ["mental_health", "housing", "social_network"], "open", 2,
  "Meldpunt Zorg en Overlast (bemoeizorg)",
  "Maakt u zich zorgen om een buurman, familielid of kennis die zichzelf verwaarloost, in een vervuild huis woont of "
  "verward gedrag laat zien? Meld het bij ons. Een bemoeizorgteam gaat op bezoek, ook als die persoon zelf geen hulp "
  "vraagt, en probeert contact te maken en zorg op gang te brengen.",
  apply="Bel of mail het meldpunt. U mag ook anoniem melden. U hoeft geen verwijzing te hebben.",
  eligibility="Voor iedereen die zich zorgen maakt over een volwassene in de regio Gooi en Vechtstreek.",
  fees="Gratis.", cost=free(), wait_text="Wij nemen binnen twee werkdagen contact op en gaan meestal binnen twee weken op bezoek.",
  schedule=[sched(WORKDAYS, "08:30", "17:00")], locations=("steunpunt",),
  areas=("Gemeente Hilversum", "Gemeente Huizen", "Gemeente Blaricum", "Gemeente Laren", "Gemeente Eemnes"),
  path="meldpunt-zorg-en-overlast")
S("od-begeleidwonen", "onderdak", "tailored", ["housing", "instrumental_adl", "finances"], "decision", 16,
  "Begeleid wonen na de opvang",
  "Na de opvang wilt u graag weer een eigen plek. Bij begeleid wonen woont u in een eigen kamer of studio. "
  "Een begeleider helpt u met geld, het huishouden en het opbouwen van een nieuw netwerk. "
  "Na een tot twee jaar verhuist u naar een eigen woning.",
  apply="U wordt aangemeld door de opvang of Wijkkompas. De regiogemeente beslist over de toegang.",
  eligibility="Voor volwassenen die dakloos zijn geweest en begeleiding nodig hebben om zelfstandig te wonen.",
  fees="U betaalt zelf huur en een eigen bijdrage via het CAK. Met huurtoeslag is de huur meestal goed te betalen.",
  cost=[("Kale huur kamer", 430, "Per maand, huurtoeslag mogelijk")],
  wait_text="Er is een wachtlijst van ongeveer 16 weken. U blijft zolang in de opvang of bij uw tijdelijke adres.",
  locations=("steunpunt",), path="begeleid-wonen")
S("vh-opvang", "veiligehaven", "specialist", ["domestic_relations", "housing", "justice"], "open", 0,
  "Vrouwenopvang Veilige Haven (geheim adres)",
  "Bent u thuis niet veilig door geweld of dreiging van uw partner of familie? In ons opvanghuis vindt u met uw "
  "kinderen meteen een veilige plek. Het adres is geheim. Hulpverleners helpen u met uw veiligheid, geld, "
  "school voor de kinderen en een nieuwe woonplek.",
  alternate_name="Vrouwenopvang",
  apply="Bel ons dag en nacht, of bel Veilig Thuis op 0800-2000. Bij direct gevaar belt u 112. "
        "U hoeft geen verwijzing te hebben.",
  eligibility="Voor vrouwen, met of zonder kinderen, die niet veilig thuis kunnen blijven. "
              "Mannen vangen wij op in een aparte opvangplek.",
  fees="De opvang is de eerste weken gratis. Daarna betaalt u een kleine bijdrage voor kost en inwoning als u inkomen heeft.",
  cost=free("Gratis in de eerste weken"), crisis=True,
  wait_text="Geen wachttijd. Bij acuut gevaar kunt u dezelfde dag terecht.",
  schedule=list(H24), locations=("opvanghuis",), languages=("nl", "en", "ar", "tr"), path="vrouwenopvang")
S("vh-ambulant", "veiligehaven", "specialist", ["domestic_relations", "mental_health"], "referral", 2,
  "Ambulante hulp bij huiselijk geweld",
  "Niet iedereen hoeft naar de opvang. Een hulpverlener van Veilige Haven komt bij u thuis, of spreekt met u af op "
  "een veilige plek. Samen maakt u een veiligheidsplan en werkt u aan het stoppen van het geweld. "
  "Ook plegers en kinderen krijgen hulp.",
  apply="Via Veilig Thuis, Wijkkompas Huizen of uw huisarts. U mag ook zelf bellen voor advies.",
  eligibility="Voor gezinnen in het Gooi waar huiselijk geweld speelt.",
  fees="Gratis.", cost=free(), locations=("veiligehaven_kantoor",),
  areas=("Gemeente Huizen", "Gemeente Hilversum", "Gemeente Blaricum", "Gemeente Laren"),
  languages=("nl", "en", "ar"), path="ambulante-hulp")
S("vh-lotgenoten", "veiligehaven", "self_help", ["domestic_relations", "mental_health", "social_network"], "registration", 4,
  "Lotgenotengroep Sterk Verder",
  "In deze groep ontmoet u andere vrouwen die huiselijk geweld hebben meegemaakt. Onder leiding van een "
  "ervaringsdeskundige en een hulpverlener praat u over wat u heeft meegemaakt en hoe u weer sterker wordt. "
  "De groep komt tien keer bij elkaar in Huizen.",
  apply="Bel of mail voor een kennismakingsgesprek. U hoeft geen verwijzing te hebben. Wat u vertelt, blijft in de groep.",
  eligibility="Voor vrouwen die niet meer in een onveilige situatie wonen.",
  fees="Gratis.", cost=free(), schedule=[sched("TH", "10:00", "12:00")],
  locations=("wijkkompas",), path="sterk-verder")
S("tk-reclassering", "tweedekans", "specialist", ["justice", "social_participation"], "referral", 2,
  "Reclasseringsbegeleiding en toezicht",
  "Heeft de rechter of het Openbaar Ministerie u een voorwaardelijke straf of toezicht opgelegd? Dan begeleidt een "
  "reclasseringswerker u bij het nakomen van de afspraken. Samen werkt u aan wat helpt om niet opnieuw in de problemen "
  "te komen, zoals werk, schulden of verslaving.",
  apply="U wordt aangemeld door justitie. U krijgt dan vanzelf een uitnodiging voor een eerste gesprek.",
  eligibility="Voor volwassenen met reclasseringstoezicht of een taakstraf in de regio Gooi.",
  fees="Gratis.", cost=free(), min_age=18, locations=("tweedekans",), path="reclassering")
S("tk-nazorg", "tweedekans", "general", ["justice", "housing", "finances"], "registration", 1,
  "Nazorg na detentie",
  "Komt u binnenkort vrij, of bent u net terug in Huizen? Het nazorgteam helpt u met de eerste belangrijke dingen: "
  "een identiteitskaart, een uitkering of werk, een zorgverzekering en een slaapplek. "
  "Zo voorkomt u dat u zonder geld of woning op straat staat.",
  apply="De casemanager in de gevangenis meldt u bij ons aan. U of uw familie mag ook zelf bellen. "
        "U hoeft geen verwijzing te hebben.",
  eligibility="Voor inwoners van Huizen en omgeving die uit detentie komen of binnenkort vrijkomen.",
  fees="Gratis.", cost=free(), locations=("wijkkompas", "tweedekans"), path="nazorg")
S("tk-maatje", "tweedekans", "volunteer", ["justice", "social_network"], "registration", 8,
  "Maatje na detentie",
  "Na een gevangenisstraf is het vaak moeilijk om er weer bij te horen. Een vrijwillig maatje staat naast u, zonder "
  "oordeel. U spreekt af voor een kop koffie, een wandeling of hulp bij een brief. "
  "Het maatje is geen hulpverlener, maar iemand die in u gelooft.",
  apply="Bel of mail ons, of vraag uw reclasseringswerker om u aan te melden.",
  eligibility="Voor volwassenen die in de afgelopen twee jaar uit detentie zijn gekomen.",
  fees="Gratis.", cost=free(), min_age=18,
  wait_text="Er zijn meer aanmeldingen dan maatjes. De wachttijd is ongeveer 8 weken.",
  locations=("tweedekans",), areas=("Gemeente Huizen", "Gemeente Hilversum", "Gemeente Blaricum", "Gemeente Laren"),
  path="maatje-na-detentie")
S("tk-werk", "tweedekans", "general", ["justice", "work_education"], "referral", 4,
  "Werktraject Nieuwe Start",
  "Werk geeft structuur en een inkomen. In dit traject leert u in zes maanden wat werkgevers belangrijk vinden, "
  "loopt u stage bij een leerwerkbedrijf en krijgt u hulp bij solliciteren. "
  "Wij kennen werkgevers die mensen met een strafblad een kans geven.",
  apply="Aanmelden via de reclassering, de nazorgcoördinator of uw klantmanager.",
  eligibility="Voor mensen met een justitieel verleden die willen werken.",
  fees="Gratis.", cost=free(), min_age=18, locations=("tweedekans",), path="werktraject")
S("bs-leerstraf", "bijsturen", "specialist", ["justice", "social_participation"], "referral", 2,
  "Leerstraf voor jongeren",
  "Heeft een jongere iets gestolen, vernield of vuurwerk afgestoken? Dan kan de politie hem of haar naar ons "
  "doorsturen in plaats van naar de rechter. De jongere praat met een medewerker, biedt excuses aan en doet een "
  "leeropdracht of werkstraf. Gaat alles goed, dan komt er geen strafblad.",
  apply="Alleen de politie of de officier van justitie kan een jongere naar ons doorsturen. Ouders doen altijd mee.",
  eligibility="Voor jongeren van 12 tot en met 17 jaar die voor het eerst met de politie in aanraking komen.",
  fees="De leerstraf is gratis. Soms betaalt de jongere de schade terug.", cost=free(),
  min_age=12, max_age=17, locations=("tweedekans",), path="leerstraf")
S("bs-ouders", "bijsturen", "general", ["justice", "domestic_relations"], "open", 0,
  "Spreekuur voor ouders: mijn kind en de politie",
  "Is uw kind opgepakt, of maakt u zich zorgen over de vrienden van uw kind? Op dit spreekuur praat u met een "
  "jeugdmedewerker over wat er gebeurt bij de politie en hoe u uw kind kunt helpen om op het goede pad te blijven.",
  apply="Loop binnen of bel voor een afspraak. U hoeft geen verwijzing te hebben.",
  eligibility="Voor ouders en verzorgers van jongeren van 10 tot 18 jaar.",
  fees="Gratis.", cost=free(), schedule=[sched("WE", "16:00", "18:00", interval=2)],
  locations=("jeugdengezin",), path="spreekuur-ouders")
S("lf-hospice", "levensfase", "specialist", ["physical_health", "basic_adl"], "referral", 1,
  "Hospice De Heidehof",
  "In Hospice De Heidehof in Blaricum verblijven mensen in hun laatste levensfase in een huiselijke sfeer, met zes "
  "eigen kamers en een tuin. Verpleegkundigen en vrijwilligers zorgen dag en nacht voor comfort. "
  "Familie en vrienden zijn altijd welkom, ook om te blijven slapen.",
  apply="Uw huisarts of specialist meldt u aan. Familie mag ook zelf bellen voor een kennismaking.",
  eligibility="Voor mensen met een levensverwachting van minder dan drie maanden.",
  fees="De zorg wordt betaald uit de zorgverzekering of de Wet langdurige zorg. Voor het verblijf vragen wij € 40 per dag.",
  cost=[("Eigen bijdrage verblijf", 40, "Per dag")],
  wait_text="Meestal is er binnen een week een kamer vrij.",
  locations=("heidehof",), path="hospice")
S("hh-kortverblijf", "huizerhof", "specialist", ["physical_health", "basic_adl"], "referral", 2,
  "Kortdurend verblijf na het ziekenhuis",
  "Kunt u na een ziekenhuisopname nog niet veilig naar huis? Dan kunt u een paar weken in Huizerhof verblijven. "
  "U krijgt dag en nacht verzorging en verpleging. "
  "Een fysiotherapeut helpt u om aan te sterken, zodat u daarna weer thuis kunt wonen.",
  alternate_name="Eerstelijnsverblijf",
  apply="Uw huisarts of de transferverpleegkundige van het ziekenhuis meldt u aan.",
  eligibility="Voor volwassenen die na ziekte of een ongeluk tijdelijk niet thuis kunnen wonen.",
  fees="Kortdurend verblijf wordt betaald uit de basisverzekering. Het eigen risico geldt wel.",
  cost=[EIGEN_RISICO], locations=("huizerhof",), path="kortdurend-verblijf")


# ======================================================================================
# Assembly into HSDS 3 (full form)
# ======================================================================================

def _jitter(slug: str, pc4: str) -> tuple[float, float]:
    """A point 120-700 m from the PC4 centroid, the same on every run."""
    lat0, lon0 = CENTROIDS[pc4]
    h = _hash("jitter", slug)
    u1, u2 = (h & 0xFFFFFFFF) / 2**32, (h >> 32) / 2**32
    r = 120 + 580 * math.sqrt(u1)
    a = 2 * math.pi * u2
    dlat = r * math.cos(a) / 111_320
    dlon = r * math.sin(a) / (111_320 * math.cos(math.radians(lat0)))
    return round(lat0 + dlat, 6), round(lon0 + dlon, 6)


def _attribute(link_type: str, link_id: str, link_slug: str, taxonomy: str, code: str, value: str | None = None) -> dict:
    tid = term_id(taxonomy, code)
    label = LABELS[taxonomy][code]
    attr = {
        "id": demo_id("attribute", f"{link_type}/{link_slug}/{taxonomy}/{code}"),
        "link_id": link_id,
        "link_type": link_type,
        "link_entity": link_type,
        "taxonomy_term_id": tid,
        "taxonomy_term": {"id": tid, "code": code, "name": label, "description": label, "taxonomy": taxonomy},
    }
    if value is not None:
        attr["value"] = value
    return attr


def _org_phone_number(o: dict) -> str:
    h = _hash("phone", o["slug"])
    return f"035 0{10 + o['index']:02d} {h % 100:02d} {(h // 100) % 100:02d}"


def build_organization(o: dict) -> dict:
    oid = demo_id("organization", o["slug"])
    kvk = str(10_000_000 + _hash("kvk", o["slug"]) % 90_000_000)
    org = {"id": oid, "name": o["name"]}
    if o["alternate_name"]:
        org["alternate_name"] = o["alternate_name"]
    org.update({
        "description": o["description"],
        "email": o["email"],
        "website": f"https://{o['domain']}",
        "legal_status": "Fictief (demo)",
        "year_incorporated": o["year"],
        "phones": [{"id": demo_id("phone", f"organization/{o['slug']}"), "organization_id": oid,
                    "number": _org_phone_number(o), "type": "voice", "description": o["phone_description"]}],
        "organization_identifiers": [{"id": demo_id("organization_identifier", o["slug"]), "organization_id": oid,
                                      "identifier_scheme": "NL-KVK", "identifier_type": "KvK", "identifier": kvk}],
    })
    return org


def build_location(loc: dict) -> dict:
    lid = demo_id("location", loc["slug"])
    pc4 = loc["postal_code"][:4]
    lat, lon = CENTROIDS[pc4] if loc["confidential"] else _jitter(loc["slug"], pc4)
    out = {"id": lid, "location_type": "physical", "name": loc["name"]}
    if loc["description"]:
        out["description"] = loc["description"]
    if loc["transportation"]:
        out["transportation"] = loc["transportation"]
    out.update({
        "latitude": lat,
        "longitude": lon,
        "addresses": [{"id": demo_id("address", loc["slug"]), "location_id": lid, "address_1": loc["address_1"],
                       "city": loc["city"], "state_province": loc["province"], "postal_code": loc["postal_code"],
                       "country": "NL", "address_type": "physical"}],
    })
    attrs = [_attribute("location", lid, loc["slug"], ACCESSIBILITY, code) for code in loc["access"]]
    if loc["confidential"]:
        attrs.append(_attribute("location", lid, loc["slug"], CONFIDENTIAL, "confidential"))
    if attrs:
        out["attributes"] = attrs
    return out


def _wait_text(weeks: int, slug: str) -> str:
    v = _hash("wait", slug) % 3
    if weeks == 0:
        return ("Geen wachttijd. U kunt direct terecht.", "Er is geen wachtlijst.", "U kunt meteen beginnen.")[v]
    if weeks == 1:
        return ("Meestal kunt u binnen een week beginnen.", "U hoort binnen een week van ons.",
                "De wachttijd is ongeveer een week.")[v]
    if weeks <= 4:
        return (f"De wachttijd is nu ongeveer {weeks} weken.", f"Meestal kunt u binnen {weeks} weken beginnen.",
                f"Na uw aanmelding hoort u binnen {weeks} weken van ons.")[v]
    return (f"Er is een wachtlijst. De wachttijd is nu ongeveer {weeks} weken.",
            f"De wachttijd is op dit moment ongeveer {weeks} weken.",
            f"Het is druk: reken op ongeveer {weeks} weken wachttijd.")[v]


def build_service(s: dict, orgs: dict[str, dict], locations: dict[str, dict]) -> dict:
    slug = s["slug"]
    sid = demo_id("service", slug)
    o = ORGS[s["org"]]
    org = orgs[s["org"]]
    svc: dict = {"id": sid, "organization_id": org["id"], "name": s["name"]}
    if s["alternate_name"]:
        svc["alternate_name"] = s["alternate_name"]
    svc["description"] = s["description"]
    svc["url"] = f"https://{o['domain']}/{s['path'] or slug}"
    svc["email"] = s["email"] or o["email"]
    svc["status"] = s["status"]
    if s["interpretation"]:
        svc["interpretation_services"] = s["interpretation"]
    svc["application_process"] = s["apply"]
    svc["fees_description"] = s["fees"]
    svc["wait_time"] = s["wait_text"] or _wait_text(s["wait"], slug)
    svc["eligibility_description"] = s["eligibility"]
    if s["min_age"] is not None:
        svc["minimum_age"] = s["min_age"]
    if s["max_age"] is not None:
        svc["maximum_age"] = s["max_age"]
    svc["assured_date"] = (date(2025, 1, 6) + timedelta(days=_hash("assured", slug) % 450)).isoformat()
    if s["alert"]:
        svc["alert"] = s["alert"]
    if s["phones"]:
        svc["phones"] = [{"id": demo_id("phone", f"{slug}/{i}"), "service_id": sid, "number": number, "type": "voice",
                          "description": desc} for i, (number, desc) in enumerate(s["phones"])]
    else:
        svc["phones"] = [{"id": demo_id("phone", f"{slug}/0"), "service_id": sid, "number": _org_phone_number(o),
                          "type": "voice", "description": o["phone_description"]}]
    if s["schedule"]:
        svc["schedules"] = [{"id": demo_id("schedule", f"{slug}/{i}"), "service_id": sid, **row}
                            for i, row in enumerate(s["schedule"])]
    if s["areas"]:
        svc["service_areas"] = [{"id": demo_id("service_area", f"{slug}/{name}"), "service_id": sid, "name": name}
                                for name in s["areas"]]
    if s["locations"]:
        svc["service_at_locations"] = [{"id": demo_id("service_at_location", f"{slug}/{loc}"), "service_id": sid,
                                        "location_id": locations[loc]["id"], "location": json.loads(json.dumps(locations[loc]))}
                                       for loc in s["locations"]]
    svc["languages"] = [{"id": demo_id("language", f"{slug}/{code}"), "service_id": sid, "name": LANGUAGES[code],
                         "code": code} for code in s["languages"]]
    svc["organization"] = json.loads(json.dumps(org))
    svc["cost_options"] = []
    for i, (option, amount, amount_description) in enumerate(s["cost"]):
        svc["cost_options"].append({"id": demo_id("cost_option", f"{slug}/{i}"), "service_id": sid, "option": option,
                                    "currency": "EUR", "amount": amount, "amount_description": amount_description})
    attrs = [_attribute("service", sid, slug, TIER, s["tier"])]
    attrs += [_attribute("service", sid, slug, LIFE_DOMAIN, d) for d in s["domains"]]
    attrs.append(_attribute("service", sid, slug, ACCESS, s["access"]))
    attrs.append(_attribute("service", sid, slug, WAITING, "waiting_weeks", str(s["wait"])))
    if s["crisis"]:
        attrs.append(_attribute("service", sid, slug, ACUTE, "crisis"))
    svc["attributes"] = attrs
    return svc


def build() -> list[dict]:
    orgs = {slug: build_organization(o) for slug, o in ORGS.items()}
    locations = {slug: build_location(loc) for slug, loc in LOCATIONS.items()}
    slugs = [s["slug"] for s in SERVICES]
    dupes = {x for x in slugs if slugs.count(x) > 1}
    if dupes:
        raise SystemExit(f"duplicate service slugs: {sorted(dupes)}")
    return [build_service(s, orgs, locations) for s in SERVICES]


def dump(services: list[dict]) -> str:
    return json.dumps(services, indent=1, ensure_ascii=False) + "\n"


# ======================================================================================
# --check: HSDS 3 schema validation and the Dutch profile
# ======================================================================================

TIERS = list(LABELS[TIER])
DOMAINS = list(LABELS[LIFE_DOMAIN])
REAL_NUMBERS = {"0800-0113", "113", "0800-2000"}


def _nulls(value, path="$"):
    if value is None:
        yield path
    elif isinstance(value, dict):
        for k, v in value.items():
            yield from _nulls(v, f"{path}.{k}")
    elif isinstance(value, list):
        for i, v in enumerate(value):
            yield from _nulls(v, f"{path}[{i}]")


def _distance_m(a: tuple[float, float], b: tuple[float, float]) -> float:
    lat = math.radians((a[0] + b[0]) / 2)
    dy = (a[0] - b[0]) * 111_320
    dx = (a[1] - b[1]) * 111_320 * math.cos(lat)
    return math.hypot(dx, dy)


def _schema_validator(schema_dir: Path):
    import jsonschema
    from referencing import Registry, Resource
    from referencing.jsonschema import DRAFT202012

    resources = []
    for path in sorted(schema_dir.glob("*.json")):
        if path.name == "openapi.json":
            continue
        contents = json.loads(path.read_text(encoding="utf-8"))
        resources.append((path.name, Resource.from_contents(contents, default_specification=DRAFT202012)))
    registry = Registry().with_resources(resources)
    schema = json.loads((schema_dir / "service.json").read_text(encoding="utf-8"))
    cls = jsonschema.Draft202012Validator
    return cls(schema, registry=registry, format_checker=cls.FORMAT_CHECKER)


def _attrs(svc: dict, taxonomy: str) -> list[dict]:
    return [a for a in svc.get("attributes", []) if a["taxonomy_term"]["taxonomy"] == taxonomy]


def check(services: list[dict], schema_dir: Path) -> tuple[list[str], dict]:
    problems: list[str] = []
    validator = _schema_validator(schema_dir)
    for svc in services:
        for err in validator.iter_errors(svc):
            where = "/".join(str(p) for p in err.absolute_path)
            problems.append(f"{svc['name']}: schema: {where}: {err.message}")
        for p in _nulls(svc):
            problems.append(f"{svc['name']}: null value at {p}")

    ids = [s["id"] for s in services]
    if len(ids) != len(set(ids)):
        problems.append("service ids are not unique")

    def term_ok(a: dict) -> bool:
        t = a["taxonomy_term"]
        return a["taxonomy_term_id"] == t["id"] == term_id(t["taxonomy"], t["code"])

    tiers = {t: 0 for t in TIERS}
    domains = {d: 0 for d in DOMAINS}
    access = {}
    orgs: dict[str, str] = {}
    locations: dict[str, dict] = {}
    virtual = crisis = inactive = 0
    for svc in services:
        name = svc["name"]
        for a in svc.get("attributes", []):
            if not term_ok(a):
                problems.append(f"{name}: attribute term id does not follow the uuid5 rule: {a['taxonomy_term']}")
            if a["link_id"] != svc["id"] or a["link_type"] != "service":
                problems.append(f"{name}: attribute not linked to the service")
        t = _attrs(svc, TIER)
        d = _attrs(svc, LIFE_DOMAIN)
        acc = _attrs(svc, ACCESS)
        w = _attrs(svc, WAITING)
        if len(t) != 1:
            problems.append(f"{name}: needs exactly one tier")
        if not 1 <= len(d) <= 3:
            problems.append(f"{name}: needs 1-3 life domains")
        if len(acc) != 1:
            problems.append(f"{name}: needs exactly one access route")
        if len(w) != 1 or not str(w[0].get("value", "")).isdigit():
            problems.append(f"{name}: needs one waiting-weeks attribute with a whole number")
        if svc["status"] != "active":
            inactive += 1
            continue  # inactive services never show; they are not counted below
        if t:
            tiers[t[0]["taxonomy_term"]["code"]] += 1
        for a in d:
            domains[a["taxonomy_term"]["code"]] += 1
        if acc:
            access[acc[0]["taxonomy_term"]["code"]] = access.get(acc[0]["taxonomy_term"]["code"], 0) + 1
        if _attrs(svc, ACUTE):
            crisis += 1
        if not svc.get("service_at_locations"):
            virtual += 1
            if not svc.get("service_areas"):
                problems.append(f"{name}: a service without a location needs a service area")
        if t and t[0]["taxonomy_term"]["code"] == "tailored" and acc and acc[0]["taxonomy_term"]["code"] != "decision":
            problems.append(f"{name}: a tailored service is reached by a decision")
        org = svc["organization"]
        if svc["organization_id"] != org["id"]:
            problems.append(f"{name}: organization_id differs from the nested organization")
        frozen = json.dumps(org, sort_keys=True)
        if orgs.setdefault(org["id"], frozen) != frozen:
            problems.append(f"{name}: organization {org['name']} differs between its services")
        if org.get("legal_status") != "Fictief (demo)":
            problems.append(f"{org['name']}: legal_status must be 'Fictief (demo)'")
        kvk = [i for i in org.get("organization_identifiers", []) if i.get("identifier_type") == "KvK"]
        if len(kvk) != 1 or len(kvk[0]["identifier"]) != 8 or not kvk[0]["identifier"].isdigit():
            problems.append(f"{org['name']}: needs one 8-digit KvK number")
        for ph in svc.get("phones", []) + org.get("phones", []):
            n = ph["number"]
            ok = n in REAL_NUMBERS or (len(n) == 13 and n.startswith("035 0") and n[4:].replace(" ", "").isdigit())
            if not ok:
                problems.append(f"{name}: phone number {n!r} is neither fictional (035 0xx xx xx) nor a known national line")
        for url in (svc.get("url", ""), org.get("website", "")):
            host = url.split("/")[2] if url.count("/") >= 2 else url
            if not host.endswith(".example"):
                problems.append(f"{name}: url {url!r} is not on a .example domain")
        for sal in svc.get("service_at_locations", []):
            loc = sal["location"]
            frozen_loc = json.dumps(loc, sort_keys=True)
            if locations.setdefault(loc["id"], loc) is not loc and json.dumps(locations[loc["id"]], sort_keys=True) != frozen_loc:
                problems.append(f"{name}: location {loc['name']} differs between services")
            pc4 = loc["addresses"][0]["postal_code"][:4]
            dist = _distance_m((loc["latitude"], loc["longitude"]), CENTROIDS[pc4])
            confidential = any(a["taxonomy_term"]["taxonomy"] == CONFIDENTIAL for a in loc.get("attributes", []))
            if confidential and dist > 1:
                problems.append(f"{loc['name']}: a confidential location sits at its PC4 centroid")
            if dist > 800:
                problems.append(f"{loc['name']}: {dist:.0f} m from the centroid of {pc4}")
            for a in loc.get("attributes", []):
                if not term_ok(a) or a["link_id"] != loc["id"] or a["link_type"] != "location":
                    problems.append(f"{loc['name']}: bad location attribute")

    counts = {
        "services": len(services), "active": len(services) - inactive, "inactive": inactive,
        "organizations": len(orgs), "locations": len(locations), "virtual": virtual, "crisis": crisis,
        "tiers": tiers, "life_domains": domains, "access": access,
    }
    wanted = [
        (len(services) >= 165, "at least 165 services"),
        (len(orgs) >= 55, "at least 55 organisations"),
        (all(n >= 12 for n in tiers.values()), "every tier at least 12 services"),
        (all(n >= 6 for n in domains.values()), "every life domain at least 6 services"),
        (crisis >= 5, "at least 5 crisis services"),
        (virtual >= 8, "at least 8 virtual services"),
        (inactive == 3, "exactly 3 inactive services"),
    ]
    problems += [f"profile: expected {what}" for ok, what in wanted if not ok]
    return problems, counts


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--output", type=Path, default=OUTPUT, help="where to write the JSON (default: huizen.json here)")
    parser.add_argument("--check", action="store_true", help="validate instead of writing")
    parser.add_argument("--schema-dir", type=Path, help="folder with the HSDS 3 JSON schemas (needed for --check)")
    args = parser.parse_args(argv)
    services = build()
    if not args.check:
        args.output.write_text(dump(services), encoding="utf-8")
        print(f"wrote {len(services)} services to {args.output}")
        return 0
    if args.schema_dir is None or not (args.schema_dir / "service.json").is_file():
        parser.error("--check needs --schema-dir pointing at a folder with service.json")
    problems, counts = check(services, args.schema_dir)
    if args.output.is_file():
        on_disk = json.loads(args.output.read_text(encoding="utf-8"))
        if on_disk != services:
            problems.append(f"{args.output.name} is out of date: run make_demo.py without --check")
        else:
            disk_problems, _ = check(on_disk, args.schema_dir)
            problems += [p for p in disk_problems if p not in problems]
    else:
        problems.append(f"{args.output} does not exist yet")
    print(json.dumps(counts, indent=1, ensure_ascii=False))
    for p in problems:
        print("PROBLEM", p)
    print("check: OK" if not problems else f"check: {len(problems)} problem(s)")
    return 0 if not problems else 1


if __name__ == "__main__":
    sys.exit(main())
