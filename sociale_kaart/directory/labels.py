"""Facts about a service that the resolver weighs but no column holds, read from its data once,
when it is indexed: who it is for (audience), whether it needs or builds a network, and the
period of its cost. They travel as `search_index.Document.labels` ("audience:carers").

Imported data rarely carries our audience attribute, so the texts decide when it is absent; the
patterns are Dutch, as the listings are, and deliberately narrow: a service for residents that
merely mentions carers stays a service for residents.
"""

from __future__ import annotations

import re

from sociale_kaart.directory import models as m

# A temporarily closed listing stays findable, marked as such (the resolver does not suggest it).
CLOSED_LABEL = "status:temporarily_closed"

# Audience from texts: (code, pattern on the name, pattern on the description).
AUDIENCE_TEXTS: tuple[tuple[str, re.Pattern, re.Pattern], ...] = (
    ("carers", re.compile(r"mantelzorg", re.I),
     re.compile(r"\b(voor|bent u( een)?|als) mantelzorger|\bmantelzorgers (kunnen|die|van)|zorgt u (voor|langdurig)", re.I)),
    ("relatives", re.compile(r"\b(naasten|familieleden|kinderen van ouders)\b", re.I),
     re.compile(r"\b(voor|bent u) (naasten|familieleden|familie) van\b|\bnaasten van (iemand|mensen)", re.I)),
    ("parents", re.compile(r"\b(ouders|opvoed\w*)\b", re.I),
     re.compile(r"\b(voor|bent u) (een )?(ouders?|vader|moeder)\b|\bopvoedvragen\b", re.I)),
    ("professionals", re.compile(r"\b(professionals|hulpverleners|deskundigheid\w*)\b", re.I),
     re.compile(r"\bvoor (professionals|hulpverleners|beroepskrachten|huisartsen)\b", re.I)),
)

# Groups a service is made for, read from its name (and a telling phrase in its text): shown to
# someone outside the group only when the need is about it (the resolver decides).
GROUP_TEXTS: tuple[tuple[str, re.Pattern], ...] = (
    ("detention", re.compile(r"\b(na detentie|ex-gedetineerd\w*|gedetineerd\w*|reclassering)\b", re.I)),
    ("substance", re.compile(r"\b(alcohol\w*|drugs|verslav\w*|nuchter|AA-groep)\b", re.I)),
    ("newcomers", re.compile(r"\b(nieuwkomers?|statushouders?|vluchteling\w*|oekra[iï]ners?|inburger\w*)\b", re.I)),
)

# Network rung: what asks the resident to bring their own people, and what helps to find new ones.
NEEDS_NETWORK = re.compile(r"eigen kracht|familiegroep|netwerkberaad|familie en vrienden (om|bij) elkaar|"
                           r"met (uw|je) (eigen )?(netwerk|familie|naasten)|(uw|je) netwerk (in|bij|betrekken)", re.I)
BUILDS_NETWORK = re.compile(r"maatje|ontmoet|nieuwe mensen|contact met (anderen|buren|buurtgenoten)|buren (leren|helpen)|"
                            r"burenhulp|buurtnetwerk|eenzaam|samen (eten|koffie|wandelen)|bezoek", re.I)

# Period of a cost, read from the option's texts. Factor: how many times it counts in a month.
PERIODS: tuple[tuple[str, re.Pattern, float], ...] = (
    ("year", re.compile(r"per jaar|jaarlijks|per (kalender)?jaar|/\s*jaar|\bp\.?\s?j\.?\b|contributie", re.I), 1 / 12),
    ("quarter", re.compile(r"per kwartaal|/\s*kwartaal", re.I), 1 / 3),
    ("month", re.compile(r"per maand|maandelijks|/\s*maand|\bp\.?\s?m\.?\b", re.I), 1.0),
    ("week", re.compile(r"per week|wekelijks|/\s*week", re.I), 52 / 12),
    # One use (a meal, a ride, an hour, a day, a visit): counted as once a week.
    ("use", re.compile(r"per (keer|maaltijd|rit|uur|dag|dagdeel|les|bezoek|bijeenkomst|avond|ochtend|middag|"
                       r"persoon|kaart|consult|gesprek)|/\s*(keer|rit|uur|dag)", re.I), 52 / 12),
    ("once", re.compile(r"eenmalig|per cursus|per training|inschrijfgeld", re.I), 1.0),
)
MONTHLY_FACTOR = {code: factor for code, _, factor in PERIODS}


def audiences(svc: m.Service, attribute_codes: list[str]) -> list[str]:
    """Who the service is for besides the person with the need; the attribute wins over the texts."""
    if attribute_codes:
        return sorted(set(attribute_codes))
    text = " ".join(t for t in (svc.description, svc.eligibility_description) if t)
    return [code for code, in_name, in_text in AUDIENCE_TEXTS if in_name.search(svc.name or "") or in_text.search(text)]


def cost_period(svc: m.Service) -> str | None:
    """The period of the cheapest cost option ("year", "month", "week", "use", "once"), None when unknown."""
    priced = [c for c in svc.cost_options if c.amount is not None and c.amount > 0]
    if not priced:
        return None
    cheapest = min(priced, key=lambda c: c.amount)
    text = " ".join(t for t in (cheapest.option, cheapest.amount_description) if t)
    if not text and len(priced) == 1:
        text = svc.fees_description or ""
    return next((code for code, pattern, _ in PERIODS if pattern.search(text)), None)


def groups(svc: m.Service) -> list[str]:
    return [code for code, pattern in GROUP_TEXTS if pattern.search(svc.name or "")]


def service_labels(svc: m.Service, audience_codes: list[str]) -> list[str]:
    labels = [f"audience:{code}" for code in audiences(svc, audience_codes)]
    labels += [f"group:{code}" for code in groups(svc)]
    if svc.tier == "social_network":
        text = f"{svc.name} {svc.description}"
        if BUILDS_NETWORK.search(text):
            labels.append("network:builds")
        elif NEEDS_NETWORK.search(text) or not labels:
            labels.append("network:needs")
    if (period := cost_period(svc)) is not None:
        labels.append(f"cost:{period}")
    return labels
