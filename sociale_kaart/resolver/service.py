"""The resolver: the least intensive fitting support, close to home, and why (DOMAIN.md).

`resolve(ctx, request)` filters candidates on hard constraints, groups them by rung of the
ladder, ranks inside a rung and explains every suggestion and every exclusion in B1 Dutch.
Candidate facts come from the search index (`SearchIndex.facts`, NumPy arrays, no database
round trip per candidate); only the names of what is shown come from the database, in one
query. Same input, same output: every ordering ends on the service id.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from functools import lru_cache

from sqlalchemy import select

from search_index import Document, Query
from sociale_kaart import vocab
from sociale_kaart.context import Context
from sociale_kaart.directory import models as m
from sociale_kaart.directory.labels import CLOSED_LABEL, MONTHLY_FACTOR
from sociale_kaart.directory.schemas import FieldError, InvalidInput, convert
from sociale_kaart.geo.gazetteer import Place
from sociale_kaart.resolver.schemas import Advice, Excluded, ResolveRequest, Suggestion, TierAdvice

LIGHT = ("self_help", "social_network", "volunteer")  # never offered for an acute need alone
INTENSIVE = ("tailored", "specialist")  # only when the lower rungs do not fit (Wmo art. 2.3.5(3))
TEXT_MIN = 0.2  # text_scores are relative to the best match: below this a match is noise
TEXT_LIMIT = 400
TEXT_ONLY_MIN = 0.35  # a service that matches the words but none of the chosen life domains
COVER_BASE = 0.75  # answering one of the chosen life domains counts most; each further one adds a little
TEXT_ALONE = 0.9  # a service the words alone point to never fits worse for adding life domains
AGE_BONUS = 0.1  # a service made for the person's age group fits a little better
LONG_WAIT_WEEKS = 6  # the municipality's own investigation takes at most 6 weeks
LONG_WAIT_PENALTY = 0.2
LOW_BUDGET_EUR = 25.0
NEARBY_KM = 1.5
CRISIS_RADIUS_KM = 50.0  # crisis lines serve everyone; a crisis bed 200 km away does not
MAX_EXCLUDED = 50
KM_COST = 0.03  # per km: between services that fit about alike, the nearer one comes first (DOMAIN.md)
SCORE_STEP = 0.05
NETWORK_BONUS = 0.1  # without a network, what helps to build one fits better
ROLE_BONUS = 0.3  # a service for the person's own role (a carer's support for a carer) fits clearly better
NOT_SHOWN = "Andere voorzieningen passen beter bij de vraag"
HELD_BACK = "Eerst lichtere hulp: dit komt pas in beeld als lichtere hulp niet genoeg is"
URGENT = "Dringend: daarom staat zwaardere hulp er nu ook bij"
# Acute danger is about safety (DOMAIN.md): these domains at ZRM 1, or crisis words in the question.
# A ZRM of 1 elsewhere (loneliness, daytime activities) is urgent, not a reason to call 112.
SAFETY_DOMAINS = ("finances", "housing", "domestic_relations", "mental_health", "physical_health", "substance_use", "basic_adl")
CRISIS_WORDS: dict[str, str] = {  # a word (or its start) in the question -> the life domain it makes acute
    "zelfmoord": "mental_health", "suïcid": "mental_health", "suicid": "mental_health", "niet meer leven": "mental_health",
    "einde aan mijn leven": "mental_health", "huiselijk geweld": "domestic_relations", "mishandel": "domestic_relations",
    "slaat mij": "domestic_relations", "slaat me": "domestic_relations", "niet veilig thuis": "domestic_relations",
    "dakloos": "housing", "op straat": "housing", "uit huis gezet": "housing", "huisuitzetting": "housing",
    "ontruiming": "housing", "nergens slapen": "housing", "geen slaapplek": "housing",
    "beslag op": "finances", "beslaglegging": "finances", "afgesloten van": "finances", "afsluiting van": "finances",
}
# A service for a group (people after detention, with an addiction, new in the Netherlands) is
# offered outside that group only when the need is about it: its life domain, its words, a language.
GROUPS = {
    "detention": ("justice", ("detentie", "gevangenis", "gedetineerd", "reclassering"), "Voor mensen na detentie"),
    "substance": ("substance_use", ("alcohol", "drugs", "verslav", "drink", "blow"),
                  "Voor mensen die minder willen drinken of gebruiken"),
    "newcomers": (None, ("nieuwkomer", "statushouder", "vluchteling", "inburger", "oekra"), "Voor nieuwkomers in Nederland"),
}
AUDIENCE_WHO = {"carers": "mantelzorgers", "relatives": "familie en naasten", "parents": "ouders",
                "professionals": "professionals"}
PERIOD_WORDS = {"year": "per jaar", "quarter": "per kwartaal", "month": "per maand", "week": "per week",
                "use": "per keer", "once": "eenmalig"}
# How far past the person's limit "too far" is still worth explaining (and worth decoding at 100k services).
BEYOND_FACTOR, BEYOND_KM = 1.5, 2.0
MAX_CRISIS = 5
ACUTE_LIGHT = "Niet bij acute nood: dan is eerst professionele hulp nodig"
CRISIS = "Hulp bij acuut gevaar, dag en nacht"
WIDEN = {  # per failed constraint: how to find more
    "budget": "kijk ook naar hulp die iets kost",
    "days": "kijk ook naar andere dagen",
    "language": "vraag iemand om te tolken",
    "wheelchair": "vraag of er hulp is bij het binnenkomen",
}
MAX_CANDIDATES = 1000  # nearest first: at 100k services a wide search is cut from the far end

LANGUAGES = {
    "nl": "Nederlands", "en": "Engels", "de": "Duits", "fr": "Frans", "es": "Spaans", "pt": "Portugees",
    "it": "Italiaans", "pl": "Pools", "uk": "Oekraïens", "ru": "Russisch", "tr": "Turks", "ar": "Arabisch",
    "fa": "Perzisch", "ti": "Tigrinya", "so": "Somalisch", "ro": "Roemeens", "bg": "Bulgaars", "zh": "Chinees",
}


@dataclass
class Need:
    domains: list[str]  # the consultant's life domains plus every acute or urgent domain, in vocab order
    acute: list[str]  # safety first: crisis services, no light rung alone
    text: str
    urgent: list[str] = field(default_factory=list)  # ZRM 1 outside safety: heavier rungs open now too

@dataclass
class Candidate:
    doc: Document
    distance_km: float | None
    area: str | None  # the most specific area code it serves that the person lives in
    matched: list[str]  # need domains it covers
    text_score: float
    fit: float
    strong: bool  # fits the words too (or there were no words to fit)
    failures: dict[str, str] = field(default_factory=dict)  # constraint -> reason


# ----------------------------------------------------------------------------------------------
# validation


def validate(ctx: Context, req: ResolveRequest) -> Place | None:
    """Codes and places msgspec cannot check; returns the person's place (None without `near`)."""
    errors = [FieldError(f"need.life_domains[{i}]", f"unknown life domain {d!r}; use one of: {', '.join(vocab.LIFE_DOMAINS)}")
              for i, d in enumerate(req.need.life_domains) if d not in vocab.LIFE_DOMAINS]
    for key, score in req.need.zrm.items():
        if key not in vocab.LIFE_DOMAINS:
            errors.append(FieldError(f"need.zrm.{key}", f"{key!r} is not a life domain; use one of: {', '.join(vocab.LIFE_DOMAINS)}"))
        elif type(score) is not int or not 1 <= score <= 5:
            errors.append(FieldError(f"need.zrm.{key}", f"a ZRM score is a whole number from 1 (acute) to 5 (self-reliant), not {score!r}"))
    errors += [FieldError(f"tiers[{i}]", f"unknown tier {t!r}; use one of: {', '.join(vocab.TIERS)}")
               for i, t in enumerate(req.tiers) if t not in vocab.TIERS]
    if not req.need.life_domains and not req.need.text.strip():
        errors.append(FieldError("need", "describe the need: choose at least one life domain or write a few words in `text`"))
    place = None
    if req.person.near and req.person.near.strip():
        place = ctx.gazetteer.resolve(req.person.near)
        if place is None:
            errors.append(FieldError("person.near", f"we do not know the place or postcode {req.person.near!r}; try a postcode like 1271 or a town name"))
    if errors:
        raise InvalidInput(errors)
    return place


# ----------------------------------------------------------------------------------------------
# Dutch text


def km(x: float) -> str:
    return f"{x:.1f}".replace(".", ",").removesuffix(",0")


def euro(x: float) -> str:
    return "€ " + f"{x:.2f}".replace(".", ",")


def join(items: list[str], last: str = "en") -> str:
    return items[0] if len(items) == 1 else ", ".join(items[:-1]) + f" {last} " + items[-1]


def domain_labels(codes: list[str]) -> str:
    return join([vocab.label(vocab.LIFE_DOMAINS, c) for c in codes])


def day_names(codes: list[str], last: str = "en") -> str:
    return join([vocab.label(vocab.DAYS, d) for d in vocab.DAYS if d in codes], last)


def language_names(codes: list[str], last: str) -> str:
    return join([LANGUAGES.get(c, c.upper()) for c in codes], last)


def age_group(lo: int | None, hi: int | None) -> str:
    if lo is not None and hi is not None:
        who = "kinderen" if hi < 12 else "jongeren" if hi <= 27 else "mensen"
        return f"{who} van {lo} tot en met {hi} jaar"
    if lo is not None:
        return f"{lo}-plussers" if lo >= 50 else "volwassenen" if lo == 18 else f"mensen vanaf {lo} jaar"
    return f"mensen tot en met {hi} jaar"


def need_label(need: Need) -> str:
    return domain_labels(need.domains) if need.domains else f"“{need.text.strip()}”"


def area_label(code: str, place: Place) -> str:
    kind = code.split(":", 1)[0]
    if kind == "nl":
        return "Voor heel Nederland"
    if kind == "pc4":
        return "Voor uw buurt"
    return f"Voor inwoners van {place.municipality if kind == 'gm' else place.place}"


# ----------------------------------------------------------------------------------------------
# the resolver


ROLE_WORDS = {"mantelzorg": "carers", "naaste van": "relatives", "familie van iemand": "relatives"}


def person_roles(req: ResolveRequest) -> set[str]:
    """The person's roles, as given or as the words say ("ik ben mantelzorger")."""
    folded = req.need.text.lower()
    return set(req.person.roles) | {role for word, role in ROLE_WORDS.items() if word in folded}


def crisis_domains(text: str) -> set[str]:
    folded = " ".join(text.lower().split())
    return {domain for word, domain in CRISIS_WORDS.items() if word in folded}


def resolve(ctx: Context, request: ResolveRequest | dict) -> Advice:
    req = request if isinstance(request, ResolveRequest) else convert(request, ResolveRequest)
    place = validate(ctx, req)
    lowest = {d for d in vocab.LIFE_DOMAINS if req.need.zrm.get(d) == 1}
    worded = crisis_domains(req.need.text)
    acute = [d for d in vocab.LIFE_DOMAINS if (d in lowest and d in SAFETY_DOMAINS) or d in worded]
    urgent = [d for d in vocab.LIFE_DOMAINS if d in lowest and d not in acute]
    domains = set(req.need.life_domains) | set(acute) | set(urgent)  # part of the need, chosen or not
    need = Need([d for d in vocab.LIFE_DOMAINS if d in domains], acute, req.need.text.strip(), urgent)
    # The best few hundred text matches are plenty: below TEXT_MIN a match is noise anyway.
    scores = ctx.index.text_scores(need.text, limit=TEXT_LIMIT) if need.text else {}

    candidates = gather(ctx, req, need, place, scores)
    for c in candidates:
        c.failures = check(c, req, place)
        # Safety first: the light rungs are no answer to acute danger on their own.
        if acute and not c.failures and c.doc.tier in LIGHT and not set(c.matched) - set(acute):
            c.failures["acute"] = ACUTE_LIGHT
    crisis = crisis_candidates(ctx, req, need, place, scores) if acute else []
    ladder = Ladder(req, need, place, [c for c in candidates if not c.failures and c.doc.id not in {x.doc.id for x in crisis}])

    by_tier: dict[str, list[Candidate]] = {}
    for c in ladder.offered:
        by_tier.setdefault(c.doc.tier, []).append(c)
    shown = {t: sorted(cs, key=rank_key)[: req.limit_per_tier] for t, cs in by_tier.items()}
    # Nothing that was a candidate disappears silently: what fits but is not shown says why.
    done = {c.doc.id for cs in shown.values() for c in cs} | {c.doc.id for c in crisis}
    for c in candidates:
        if not c.failures and c.doc.id not in done:
            c.failures["not_shown"] = HELD_BACK if c.doc.tier in INTENSIVE and c.strong and not ladder.in_view(c) else NOT_SHOWN
    excluded = sorted((c for c in candidates if c.failures and (ladder.in_view(c) or "not_shown" in c.failures)),
                      key=lambda c: ("not_shown" in c.failures, -round(c.fit, 2), c.distance_km or 0.0, c.doc.id))[:MAX_EXCLUDED]

    names = service_names(ctx, [c.doc.id for c in [*crisis, *excluded, *(c for cs in shown.values() for c in cs)]])

    contacts = contact_details(ctx, [c.doc.id for c in [*crisis, *(c for cs in shown.values() for c in cs)] if c.doc.id in names])

    def suggestion(c: Candidate, first: list[str]) -> Suggestion:
        return Suggestion(id=c.doc.id, name=names[c.doc.id], tier=c.doc.tier, distance_km=rounded(c.distance_km),
                          free=c.doc.free, waiting_weeks=c.doc.waiting_weeks, reasons=first + reasons(c, req, place),
                          **contacts.get(c.doc.id, {}))

    crisis_out = [suggestion(c, [CRISIS]) for c in crisis if c.doc.id in names]
    tiers_out = []
    for t in vocab.TIERS:
        sugg = [suggestion(c, ladder.reason(c)) for c in shown.get(t, []) if c.doc.id in names]
        if sugg:
            tiers_out.append(TierAdvice(tier=t, label=vocab.label(vocab.TIERS, t), suggestions=sugg))
    excluded_out = [Excluded(id=c.doc.id, name=names[c.doc.id], tier=c.doc.tier, reasons=list(c.failures.values()))
                    for c in excluded if c.doc.id in names]
    text = explanation(req, need, place, crisis_out, tiers_out, excluded, ladder)
    return Advice(acute=bool(acute), crisis=crisis_out, tiers=tiers_out, excluded=excluded_out, explanation=text)


class Ladder:
    """Which passing candidates are offered, rung by rung (Wmo 2015 art. 2.3.2(4), 2.3.5(3)).

    A weak fit (a life domain, but not the words the resident used) may fill a light or general
    rung, never an intensive one; in acute danger a lighter rung needs a life domain. A tailored or
    specialist service is offered only for what the lighter rungs leave open: a need domain
    they do not cover, an acute domain, or everything when nothing lighter fits."""

    def __init__(self, req: ResolveRequest, need: Need, place: Place | None, passing: list[Candidate]):
        self.req, self.need, self.place = req, need, place
        self.wide_open = req.all_tiers or bool(req.tiers)
        self.lower = [c for c in passing if c.doc.tier not in INTENSIVE and self.in_view(c)]
        self.covered = {d for c in self.lower for d in c.matched} - set(need.acute) - set(need.urgent)
        self.offered = [c for c in passing if self.in_view(c)]
        self.held_back = sum(1 for c in passing if c.doc.tier in INTENSIVE and c.strong and not self.in_view(c))

    def gaps(self, c: Candidate) -> list[str]:
        """The need domains this candidate answers that no lighter rung answers. An acute domain
        stays open for specialist care only: a tailored provision takes weeks to decide."""
        if not self.lower:
            return c.matched or self.need.domains
        open_ = self.covered if c.doc.tier == "specialist" else self.covered | set(self.need.acute)
        return [d for d in c.matched if d not in open_]

    def in_view(self, c: Candidate) -> bool:
        if c.doc.tier not in INTENSIVE:
            return bool(c.matched) or not self.need.acute  # in acute danger the words alone are too thin
        return c.strong and (self.wide_open or bool(self.gaps(c)) or not self.lower)

    def reason(self, c: Candidate) -> list[str]:
        if c.doc.tier == "social_network" and self.req.person.network_available:
            return ["Samen met de mensen om u heen"]
        if c.doc.tier not in INTENSIVE:
            return []
        if self.req.tiers:
            return ["U vroeg om deze soort hulp"]
        gaps = [d for d in self.gaps(c) if d not in self.need.acute and d not in self.need.urgent]
        if not gaps and self.lower and set(self.gaps(c)) & set(self.need.urgent):
            return [URGENT]
        if gaps or not self.lower:
            where = f"binnen {km(self.req.person.max_distance_km)} km " if self.place else ""
            what = domain_labels(gaps) if gaps else need_label(self.need)
            return [f"Er is {where}geen vrijwillige of algemene voorziening die past bij {what}"]
        if self.gaps(c):
            return [f"Bij acute nood is professionele hulp nodig ({domain_labels([d for d in self.gaps(c)])})"]
        return ["Zwaardere hulp: getoond omdat u alle mogelijkheden wilde zien"]


def geo_query(place: Place | None, radius_km: float, **filters) -> Query:
    if place is None:
        return Query(**filters)
    return Query(lat=place.lat, lon=place.lon, radius_km=radius_km, areas=place.areas, **filters)


def gather(ctx: Context, req: ResolveRequest, need: Need, place: Place | None, scores: dict[str, float]) -> list[Candidate]:
    """Every service that fits the need (a life domain or the words), near enough to matter."""
    # Look a bit beyond the person's limit, so "too far" can be explained.
    radius = req.person.max_distance_km * BEYOND_FACTOR + BEYOND_KM
    found: dict[str, tuple[Document, float | None]] = {}
    if need.domains:
        q = geo_query(place, radius, life_domains=need.domains, tiers=list(req.tiers))
        found.update((d.id, (d, dist)) for d, dist in ctx.index.facts(q, MAX_CANDIDATES))
    ids = [i for i, s in scores.items() if s >= TEXT_MIN]
    if ids:
        q = geo_query(place, radius, ids=ids, tiers=list(req.tiers))
        found.update((d.id, (d, dist)) for d, dist in ctx.index.facts(q, MAX_CANDIDATES))
    out = [c for doc, dist in found.values() if (c := candidate(doc, dist, req, need, place, scores))]
    # If nothing matches the words, the life domains alone decide.
    if not any(c.text_score for c in out):
        for c in out:
            c.strong = True
    return out


def candidate(doc: Document, dist: float | None, req: ResolveRequest, need: Need, place: Place | None,
              scores: dict[str, float]) -> Candidate | None:
    """How well one service answers the need. The resident's words and the chosen life domains
    count together and never worse than either alone: answering one of the chosen domains counts
    most (a plan combines services), each further domain adds a little, and a service the words
    point to keeps most of that fit whatever the domains. Without words, a service made for the
    chosen domains fits better than one made for many others (a self-help group for alcohol is
    not the answer to loneliness alone)."""
    if CLOSED_LABEL in doc.labels:
        return None  # found by residents, marked as closed, but not a suggestion for now
    matched = [d for d in need.domains if d in doc.life_domains]
    text = scores.get(doc.id, 0.0)
    if text < TEXT_MIN:
        text = 0.0
    if not matched and not text:
        return None
    # Words alone, and not many of them, are a weaker signal than the domains the consultant chose.
    words_only_weak = bool(need.domains) and not matched and text < TEXT_ONLY_MIN
    share = COVER_BASE + (1 - COVER_BASE) * len(matched) / len(need.domains) if matched else 0.0
    if matched and not need.text:
        share *= (len(matched) / max(len(doc.life_domains), len(matched))) ** 0.25
    if words_only_weak:
        fit = text / 2
    elif need.domains and need.text:
        fit = max((share + text) / 2, text * TEXT_ALONE)
    else:
        fit = share or text
    if for_age(doc, req.person.age):
        fit += AGE_BONUS
    if "network:builds" in doc.labels and not req.person.network_available:
        fit += NETWORK_BONUS
    if person_roles(req) & set(audiences(doc)):
        fit += ROLE_BONUS
    strong = (bool(text) and not words_only_weak) or not need.text
    return Candidate(doc, dist, served_area(doc, place), matched, text, min(1.0, fit), strong)


def in_group(group: str, req: ResolveRequest) -> bool:
    domain, words, _ = GROUPS[group]
    folded = req.need.text.lower()
    if (domain and domain in req.need.life_domains) or any(w in folded for w in words):
        return True
    return group == "newcomers" and any(x.lower() != "nl" for x in req.person.languages)


def audiences(doc: Document) -> list[str]:
    return [label.split(":", 1)[1] for label in doc.labels if label.startswith("audience:")]


def monthly_cost(doc: Document) -> float | None:
    """The cost a month (INTERFACES.md: a yearly cost counts for a twelfth; unknown period: monthly)."""
    if doc.cost_amount is None:
        return None
    period = next((label.split(":", 1)[1] for label in doc.labels if label.startswith("cost:")), "month")
    return doc.cost_amount * MONTHLY_FACTOR.get(period, 1.0)


def cost_text(doc: Document) -> str:
    period = next((label.split(":", 1)[1] for label in doc.labels if label.startswith("cost:")), None)
    return euro(doc.cost_amount) + (f" {PERIOD_WORDS[period]}" if period in PERIOD_WORDS else "")


def for_age(doc: Document, age: int | None) -> bool:
    """Made for the person's age group (seniors, young people), not merely open to them."""
    if age is None or (doc.min_age is None and doc.max_age is None):
        return False
    targeted = (doc.min_age or 0) >= 50 or (doc.max_age is not None and doc.max_age <= 27)
    return targeted and (doc.min_age or 0) <= age <= (doc.max_age if doc.max_age is not None else 200)


def served_area(doc: Document, place: Place | None) -> str | None:
    if place is None:
        return None
    mine = [a for a in areas_of(place) if a in doc.areas]
    return mine[-1] if mine else None  # Place.areas runs from the country down to the postcode


@lru_cache(maxsize=1024)
def areas_of(place: Place) -> tuple[str, ...]:
    return tuple(place.areas)  # a property that folds names on every call


def check(c: Candidate, req: ResolveRequest, place: Place | None) -> dict[str, str]:
    """The hard constraints this candidate fails, each with a reason a resident can read."""
    p, d = req.person, c.doc
    out = {}
    if p.age is not None and ((d.min_age is not None and p.age < d.min_age) or (d.max_age is not None and p.age > d.max_age)):
        out["age"] = f"Alleen voor {age_group(d.min_age, d.max_age)}"
    if c.area is None and c.distance_km is not None and c.distance_km > p.max_distance_km:
        out["distance"] = f"Te ver weg: {km(c.distance_km)} km (u wilt maximaal {km(p.max_distance_km)} km)"
    wanted = [x.lower() for x in p.languages]
    if wanted and not set(wanted) & set(d.languages):
        out["language"] = f"Spreekt geen {language_names(wanted, 'of')}"
    if p.wheelchair and not d.wheelchair:
        out["wheelchair"] = "Niet toegankelijk met een rolstoel"
    if p.budget != "any" and not d.free:
        monthly = monthly_cost(d)
        if monthly is None:
            out["budget"] = "Niet bekend of dit gratis is"
        elif p.budget == "free":
            out["budget"] = f"Niet gratis: {cost_text(d)}"
        elif monthly > LOW_BUDGET_EUR:
            known = any(label.startswith("cost:") and label != "cost:month" for label in d.labels)
            per_month = f", ongeveer {euro(monthly)} per maand" if known else ""
            out["budget"] = f"Te duur: {cost_text(d)}{per_month} (u wilt gratis of hooguit {euro(LOW_BUDGET_EUR)} per maand)"
    for_whom = [a for a in audiences(d) if a in AUDIENCE_WHO]
    if for_whom and not set(for_whom) & person_roles(req):
        out["audience"] = f"Voor {join([AUDIENCE_WHO[a] for a in for_whom], 'of')}, niet voor wie zelf de hulpvraag heeft"
    for label in d.labels:
        if label.startswith("group:") and label[6:] in GROUPS and not in_group(label[6:], req):
            out["group"] = GROUPS[label[6:]][2]
    if "network:needs" in d.labels and not p.network_available:
        out["network"] = "Hiervoor zijn familie, buren of vrienden nodig"
    if p.days and d.open_days and not set(p.days) & set(d.open_days):
        out["days"] = f"Niet open op {day_names(p.days, 'of')}"
    return out


def rank_key(c: Candidate):
    """Inside a rung: fit less a little per km (a long waiting list costs some too), then
    distance, cost, waiting time, id. So a garden team around the corner beats a
    slightly better text match across town, and a far service must fit clearly better."""
    wait = c.doc.waiting_weeks or 0
    near = 0.0 if c.area is not None or c.distance_km is None else c.distance_km
    score = c.fit - (LONG_WAIT_PENALTY if wait > LONG_WAIT_WEEKS else 0.0) - KM_COST * min(near, 20.0)
    return (-round(score / SCORE_STEP), near, 0.0 if c.doc.free else (monthly_cost(c.doc) or 0.0), wait, c.doc.id)


def reasons(c: Candidate, req: ResolveRequest, place: Place | None) -> list[str]:
    p, d = req.person, c.doc
    out = []
    if c.matched:
        out.append(f"Past bij: {domain_labels(c.matched)}")
    if c.text_score:
        out.append("Past bij wat u zoekt" + (f": “{req.need.text.strip()}”" if len(req.need.text) <= 60 else ""))
    if c.distance_km is not None and (c.area is None or c.distance_km <= p.max_distance_km or place is None):
        out.append(f"Dichtbij: {km(c.distance_km)} km" if c.distance_km <= NEARBY_KM else f"Afstand: {km(c.distance_km)} km")
    elif c.area is not None and place is not None:
        out.append(area_label(c.area, place) + (f" (het adres is op {km(c.distance_km)} km)" if c.distance_km is not None else ""))
    if d.free:
        out.append("Gratis")
    elif d.cost_amount is not None:
        out.append(f"Kosten: {cost_text(d)}")
    if "network:builds" in d.labels and not p.network_available:
        out.append("Hier leert u nieuwe mensen kennen")
    mine = [a for a in audiences(d) if a in person_roles(req)]
    if mine:
        out.append(f"Voor {join([AUDIENCE_WHO[a] for a in mine])}")
    if d.min_age is not None or d.max_age is not None:
        out.append(f"Voor {age_group(d.min_age, d.max_age)}")
    if len(d.open_days) == 7:
        out.append("Elke dag open")
    elif d.open_days == ["mo", "tu", "we", "th", "fr"] and not p.days:
        out.append("Op werkdagen open")
    elif d.open_days:
        days = [x for x in d.open_days if x in p.days] if p.days else d.open_days
        out.append(f"Op {day_names(days)} open")
    if d.access in vocab.ACCESS_ROUTES:
        out.append(vocab.label(vocab.ACCESS_ROUTES, d.access))
    if d.waiting_weeks and d.waiting_weeks > LONG_WAIT_WEEKS:
        out.append(f"Wachttijd: ongeveer {d.waiting_weeks} weken; daarom staat dit lager")
    elif d.waiting_weeks:
        out.append(f"Wachttijd: ongeveer {d.waiting_weeks} {'week' if d.waiting_weeks == 1 else 'weken'}")
    if p.wheelchair and d.wheelchair:
        out.append("Toegankelijk met een rolstoel")
    spoken = [x for x in (y.lower() for y in p.languages) if x != "nl" and x in d.languages]
    if spoken:
        out.append(f"Spreekt {language_names(spoken, 'en')}")
    return out


def crisis_candidates(ctx: Context, req: ResolveRequest, need: Need, place: Place | None,
                      scores: dict[str, float]) -> list[Candidate]:
    """Crisis services for the acute domains. Only age applies: in acute danger distance, cost,
    language and opening days must not stop anyone from calling."""
    q = geo_query(place, max(CRISIS_RADIUS_KM, req.person.max_distance_km), life_domains=need.acute, crisis=True)
    out = [c for doc, dist in ctx.index.facts(q, MAX_CANDIDATES) if (c := candidate(doc, dist, req, need, place, scores))]
    out = [c for c in out if "age" not in check(c, req, place)]
    return sorted(out, key=lambda c: (-round(c.fit, 1), 0.0 if c.area or c.distance_km is None else c.distance_km, c.doc.id))[:MAX_CRISIS]


def service_names(ctx: Context, ids: list[str]) -> dict[str, str]:
    """One bounded query; a service that became inactive since the index saw it is left out."""
    if not ids:
        return {}
    with ctx.engine.connect() as conn:
        # Status is checked here, not in WHERE: with it SQLite walks the status index (100x slower).
        rows = conn.execute(
            select(m.Service.id, m.Service.name, m.Service.status, m.Organization.active)
            .join(m.Organization).where(m.Service.id.in_(set(ids)))
        )
        return {i: name for i, name, status, org_active in rows if status == "active" and org_active}


def contact_details(ctx: Context, ids: list[str]) -> dict[str, dict]:
    """Per suggested service what a consultant needs to act: organisation, phone, address, hours,
    cost, how to apply. Public values only (a confidential location gives no street)."""
    from sociale_kaart.web.i18n import Translator
    from sociale_kaart.web.views import ServiceView

    if not ids:
        return {}
    t = Translator("nl")
    out = {}
    with ctx.sessions() as session:
        directory = ctx.directory(session)
        for svc in directory.services_out(directory.load_services(ids), full=True, public=True):
            view = ServiceView(svc, t)
            place = next((p for p in view.places if p.lines), None)
            # "dinsdag en donderdag 09:00-12:00"; the listing's own words only where it gives no hours
            hours = [" ".join(filter(None, [join(o.days) if o.days else None,
                                            "-".join(o.hours) if o.hours else o.note])) for o in view.openings]
            out[svc.id] = dict(
                organization=view.organization or None,
                phone=view.phones[0][0] if view.phones else None,
                email=view.email, url=view.website,
                address=None if place is None or place.confidential else ", ".join(place.lines),
                access=view.access, how_to_apply=svc.application_process or None,
                schedule=" · ".join(h for h in hours if h) or None,
                cost=("Gratis" if view.free else "; ".join(c.rstrip(".") for c in view.costs)) or None,
            )
    return out


def rounded(x: float | None) -> float | None:
    return None if x is None else round(x, 1)


def explanation(req: ResolveRequest, need: Need, place: Place | None, crisis: list[Suggestion], tiers: list[TierAdvice],
                excluded: list[Candidate], ladder: Ladder) -> str:
    """What the consultant can read out: safety first, then the ladder, then what did not fit."""
    p = req.person
    lines = []
    if need.acute:
        lines.append(f"Er is acute nood bij {domain_labels(need.acute)}. Eerst veiligheid: is er direct gevaar, bel dan 112.")
        if crisis:
            lines.append(f"Direct hulp, dag en nacht: {join([s.name for s in crisis])}.")
        else:
            lines.append("We vonden geen crisisdienst voor deze vraag. Bel de huisarts of de huisartsenpost.")
        if any("acute" in c.failures for c in excluded):
            lines.append(f"Voor {domain_labels(need.acute)} stellen we nu geen vrijwilligers of zelfhulp voor: "
                         "eerst is professionele hulp nodig.")
    if need.urgent:
        lines.append(f"Bij {domain_labels(need.urgent)} is het dringend. Naast lichte hulp staat daarom ook "
                     "hulp op maat en professionele hulp erbij.")
    if p.network_available:
        lines.append("U heeft mensen om u heen die kunnen helpen. Vraag hen eerst: familie, buren of vrienden. "
                     "Dat is vaak het snelst en dichtbij.")
    where = f"binnen {km(p.max_distance_km)} km " if place else ""
    if tiers:
        lines.append("Dit past bij uw vraag, van lichte naar zwaardere hulp:")
        lines += [f"- {t.label}: {join([s.name for s in t.suggestions])}." for t in tiers]
        if any(t.tier in INTENSIVE for t in tiers) and not ladder.wide_open:
            lines.append("Hulp op maat of professionele zorg staat erbij, omdat de lichtere hulp "
                         f"{where}niet alles dekt. Bij elke voorziening staat waarom.")
        elif ladder.held_back and not ladder.wide_open:
            lines.append("Er is ook zwaardere hulp (op maat of professioneel). Die komt pas in beeld als de lichtere hulp "
                         "niet genoeg is.")
    elif not crisis:
        lines.append(f"We vonden {where}geen voorziening die past bij {need_label(need)}. "
                     f"Zo kunt u verder zoeken: {join(widen(req, place, excluded, ladder), 'of')}.")
    excluded = [c for c in excluded if set(c.failures) - {"not_shown"}]
    if excluded:
        n = len(excluded)
        lines.append(f"{n} {'voorziening past' if n == 1 else 'voorzieningen passen'} wel bij de vraag, "
                     "maar niet bij uw situatie. Bij elke staat waarom.")
    return "\n".join(lines)


def widen(req: ResolveRequest, place: Place | None, excluded: list[Candidate], ladder: Ladder) -> list[str]:
    """What would find more: the options that would change something here."""
    failed = {kind for c in excluded for kind in c.failures}
    out = []
    if place is not None:
        out.append(f"zoek verder weg dan {km(req.person.max_distance_km)} km")
    if not ladder.wide_open:
        out.append("bekijk ook hulp op maat en professionele zorg (alle treden)")
    out += [WIDEN[kind] for kind in WIDEN if kind in failed]
    if not excluded:
        out.append("beschrijf de vraag met andere woorden of kies een ander leefgebied")
    return out
