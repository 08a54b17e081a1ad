"""The fixed vocabularies of the domain: the support ladder, the life domains, access routes.

Labels are what residents and consultants read: Dutch at B1 level first, English second.
Taxonomy term ids are deterministic (uuid5) so that every instance, export and the demo data
agree on them.
"""

from __future__ import annotations

import uuid

TAXONOMY_BASE = "https://sociale-kaart.nl/taxonomy"

TIER = "sociale-kaart:tier"
LIFE_DOMAIN = "sociale-kaart:leefgebied"
ACCESS = "sociale-kaart:access"
WAITING = "sociale-kaart:waiting-weeks"
ACCESSIBILITY = "sociale-kaart:accessibility"
CONFIDENTIAL = "sociale-kaart:confidential"
ACUTE = "sociale-kaart:acute"
AUDIENCE = "sociale-kaart:audience"
CAPACITY = "sociale-kaart:capacity"
REOPENS = "sociale-kaart:reopens"

# The ladder, least intensive first (Wmo 2015 art. 2.3.2(4)).
TIERS: dict[str, tuple[str, str]] = {
    "self_help": ("Zelf doen", "Do it yourself"),
    "social_network": ("Hulp van familie, buren en mantelzorgers", "Family, neighbours and carers"),
    "volunteer": ("Vrijwilligers", "Volunteers"),
    "general": ("Voor iedereen, zonder aanvraag", "Open to everyone"),
    "tailored": ("Op maat, na een gesprek met de gemeente", "Tailored, after a municipal decision"),
    "specialist": ("Professionele zorg", "Professional care"),
}
TIER_ORDER = {code: rank for rank, code in enumerate(TIERS)}

# The 13 life domains of the Zelfredzaamheid-Matrix (names only).
LIFE_DOMAINS: dict[str, tuple[str, str]] = {
    "finances": ("Geld", "Money"),
    "work_education": ("Werk en opleiding", "Work and education"),
    "daytime_activities": ("Dagbesteding en vrije tijd", "Daytime activities"),
    "housing": ("Wonen", "Housing"),
    "domestic_relations": ("Relaties en gezin", "Family and relationships"),
    "mental_health": ("Je goed voelen in je hoofd", "Mental health"),
    "physical_health": ("Gezondheid", "Physical health"),
    "substance_use": ("Alcohol en drugs", "Alcohol and drugs"),
    "basic_adl": ("Wassen, aankleden en eten", "Washing, dressing and eating"),
    "instrumental_adl": ("Huishouden, boodschappen en papieren", "Household, shopping and paperwork"),
    "social_network": ("Contact met anderen", "Contact with others"),
    "social_participation": ("Meedoen in de buurt", "Taking part in society"),
    "justice": ("Justitie", "Justice"),
}

ACCESS_ROUTES: dict[str, tuple[str, str]] = {
    "open": ("U kunt zo binnenlopen", "Walk in"),
    "registration": ("Even aanmelden", "Register first"),
    "referral": ("Met een verwijzing", "With a referral"),
    "decision": ("Na een besluit van de gemeente", "After a municipal decision"),
}

LOCATION_FEATURES: dict[str, tuple[str, str]] = {
    "wheelchair": ("Toegankelijk met een rolstoel", "Wheelchair accessible"),
    "hearing_loop": ("Ringleiding", "Hearing loop"),
    "accessible_toilet": ("Aangepast toilet", "Accessible toilet"),
}

# Who a service is for when that is not the person with the need (INTERFACES.md, resolver additions).
AUDIENCES: dict[str, tuple[str, str]] = {
    "carers": ("Mantelzorgers", "Informal carers"),
    "relatives": ("Familie van iemand met een probleem", "Relatives of someone with a problem"),
    "parents": ("Ouders", "Parents"),
    "professionals": ("Professionals", "Professionals"),
}

# Whether a service can take someone now ("plaats vrij / vol"), as its partner reports it.
CAPACITIES: dict[str, tuple[str, str]] = {
    "available": ("Plaats vrij", "Places available"),
    "full": ("Vol", "Full"),
}

DAYS: dict[str, tuple[str, str]] = {
    "mo": ("maandag", "Monday"),
    "tu": ("dinsdag", "Tuesday"),
    "we": ("woensdag", "Wednesday"),
    "th": ("donderdag", "Thursday"),
    "fr": ("vrijdag", "Friday"),
    "sa": ("zaterdag", "Saturday"),
    "su": ("zondag", "Sunday"),
}

# Every sociale-kaart taxonomy with its terms: code -> (nl, en).
TAXONOMIES: dict[str, dict[str, tuple[str, str]]] = {
    TIER: TIERS,
    LIFE_DOMAIN: LIFE_DOMAINS,
    ACCESS: ACCESS_ROUTES,
    WAITING: {"waiting_weeks": ("Wachttijd in weken", "Waiting time in weeks")},
    ACCESSIBILITY: LOCATION_FEATURES,
    CONFIDENTIAL: {"confidential": ("Geheim adres", "Confidential address")},
    ACUTE: {"crisis": ("Hulp bij acuut gevaar, dag en nacht", "Crisis help, day and night")},
    AUDIENCE: AUDIENCES,
    CAPACITY: CAPACITIES,
    REOPENS: {"reopens_on": ("Weer open op", "Open again on")},
}


def taxonomy_id(taxonomy: str) -> str:
    return str(uuid.uuid5(uuid.NAMESPACE_URL, f"{TAXONOMY_BASE}/{taxonomy}"))


def term_id(taxonomy: str, code: str) -> str:
    return str(uuid.uuid5(uuid.NAMESPACE_URL, f"{TAXONOMY_BASE}/{taxonomy}/{code}"))


def label(table: dict[str, tuple[str, str]], code: str, lang: str = "nl") -> str:
    nl, en = table[code]
    return en if lang == "en" else nl
