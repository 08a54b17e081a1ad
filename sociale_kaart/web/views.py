"""What the public pages show, prepared in Python so that the templates stay simple.

`SearchState` reads the results page's parameters leniently (a resident with an odd link gets a
page, not an error), runs the same `run_search` as the API and adds the map points.
`ServiceView` turns a service's HSDS form (confidential addresses already hidden) into the
sections of the detail page.
"""

from __future__ import annotations

import math
import re
from dataclasses import dataclass, field
from datetime import date
from urllib.parse import quote

from litestar.datastructures import MultiDict
from sqlalchemy import bindparam, select

from sociale_kaart import vocab
from sociale_kaart.context import Context
from sociale_kaart.directory import models as m
from sociale_kaart.directory import schemas as s
from sociale_kaart.search.service import SearchParams, SearchResponse, SearchResult, run_search
from sociale_kaart.web.i18n import Translator
from sociale_kaart.web.render import query_string

RADIUS_CHOICES = (1, 2, 5, 10, 25, 50)
DEFAULT_RADIUS = 10
PER_PAGE = 20
TRUE = ("true", "1", "on", "yes", "ja")


@dataclass
class SearchState:
    q: str = ""
    near: str = ""
    radius_km: float | None = None
    tier: list[str] = field(default_factory=list)
    life_domain: list[str] = field(default_factory=list)
    free: bool = False
    age: int | None = None
    language: str = ""
    wheelchair: bool = False
    open_on: str = ""
    page: int = 1
    dropped: bool = False  # some parameter was not understood and left out
    lang: str = "nl"  # the page's language: on the English pages the words are read as English first

    @classmethod
    def from_query(cls, query: MultiDict, lang: str = "nl") -> SearchState:
        st = cls(lang=lang)
        st.q = (query.get("q") or "").strip()[:1000]
        st.near = (query.get("near") or "").strip()[:200]
        st.tier = _codes(query.getall("tier", []), vocab.TIERS, st)
        st.life_domain = _codes(query.getall("life_domain", []), vocab.LIFE_DOMAINS, st)
        st.free = (query.get("free") or "").lower() in TRUE
        st.wheelchair = (query.get("wheelchair") or "").lower() in TRUE
        st.radius_km = _number(query.get("radius_km"), float, 0.1, 300, st)
        st.age = _number(query.get("age"), int, 0, 130, st)
        st.page = _number(query.get("page"), int, 1, 10_000, st) or 1
        language = (query.get("language") or "").strip().lower()
        if language and not (len(language) == 2 and language.isalpha()):
            st.dropped, language = True, ""
        st.language = language
        open_on = (query.get("open_on") or "").strip().lower()
        if open_on and open_on not in vocab.DAYS:
            st.dropped, open_on = True, ""
        st.open_on = open_on
        return st

    def params(self, **changes) -> dict:
        out = dict(q=self.q, near=self.near, radius_km=_km(self.radius_km), tier=self.tier, life_domain=self.life_domain,
                   free="true" if self.free else None, age=self.age, language=self.language,
                   wheelchair="true" if self.wheelchair else None, open_on=self.open_on,
                   page=self.page if self.page > 1 else None)
        out.update(changes)
        return out

    def link(self, **changes) -> str:
        """The query string of this search with some parameters changed (a new search starts on page 1)."""
        if "page" not in changes:
            changes["page"] = None
        return query_string(self.params(**changes))

    def unfiltered(self) -> str:
        """The query string of this search with every filter off."""
        return self.link(tier=[], life_domain=[], free=None, age=None, language=None, wheelchair=None, open_on=None,
                         radius_km=None)

    def hidden_filters(self) -> list[tuple[str, str]]:
        """The filters as (name, value) pairs, carried along when the resident changes the words or place."""
        out = []
        for name, value in self.params(q=None, near=None, page=None).items():
            for v in value if isinstance(value, list) else [value]:
                if v not in (None, ""):
                    out.append((name, str(v)))
        return out

    @property
    def has_filters(self) -> bool:
        return bool(self.tier or self.life_domain or self.free or self.age is not None or self.language
                    or self.wheelchair or self.open_on or self.radius_km)

    def active_filters(self, t: Translator) -> list[tuple[str, str]]:
        """The filters that are on, each as (label, query string of this search without it)."""
        out = [(t.tier(x), self.link(tier=[y for y in self.tier if y != x])) for x in self.tier]
        out += [(t.domain(x), self.link(life_domain=[y for y in self.life_domain if y != x])) for x in self.life_domain]
        if self.free:
            out.append((t("results.free"), self.link(free=None)))
        if self.wheelchair:
            out.append((t("filters.active.wheelchair"), self.link(wheelchair=None)))
        if self.open_on:
            out.append((t("filters.active.open_on", day=t.day(self.open_on)), self.link(open_on=None)))
        if self.age is not None:
            out.append((t("filters.active.age", n=self.age), self.link(age=None)))
        if self.language:
            out.append((t.language(self.language), self.link(language=None)))
        if self.radius_km and self.near and self.radius_km != DEFAULT_RADIUS:  # the form always sends the default
            out.append((t("filters.active.radius", km=_km(self.radius_km).replace(".", ",") if t.lang == "nl"
                          else _km(self.radius_km)), self.link(radius_km=None)))
        return out

    @property
    def empty(self) -> bool:
        return not (self.q or self.near or self.has_filters)

    def to_params(self, near: bool = True) -> SearchParams:
        return SearchParams(q=self.q, lang="en" if self.lang == "en" else None, near=self.near or None if near else None, radius_km=self.radius_km if near and self.near else None,
                            tier=self.tier, life_domain=self.life_domain, free=self.free or None, age=self.age,
                            language=self.language or None, wheelchair=self.wheelchair or None,
                            open_on=self.open_on or None, page=self.page, per_page=PER_PAGE)


def _codes(values: list[str], known, st: SearchState) -> list[str]:
    out = []
    for v in values:
        if v in known and v not in out:
            out.append(v)
        elif v:
            st.dropped = True
    return out


def _number(value: str | None, kind, low, high, st: SearchState):
    if value is None or not value.strip():
        return None
    try:
        number = kind(value.strip().replace(",", "."))
    except ValueError:
        st.dropped = True
        return None
    if not (low <= number <= high) or (kind is float and not math.isfinite(number)):
        st.dropped = True
        return None
    return number


def _km(value: float | None) -> str | None:
    if value is None:
        return None
    return str(int(value)) if float(value).is_integer() else str(value)


@dataclass
class Marker:
    n: int
    id: str
    name: str
    lat: float
    lon: float
    approx: bool


@dataclass
class SearchPage:
    state: SearchState
    response: SearchResponse | None
    near_error: bool = False
    near_suggestion: str | None = None  # the place the resident probably meant when `near` is unknown
    markers: list[Marker] = field(default_factory=list)

    @property
    def pages(self) -> int:
        if not self.response or not self.response.total:
            return 0
        return math.ceil(self.response.total / PER_PAGE)

    @property
    def radius(self) -> float:
        return self.state.radius_km or DEFAULT_RADIUS

    @property
    def strong_count(self) -> int:
        """How many results answer the words; the rest (``weak_from`` on) only may also fit."""
        r = self.response
        if not r:
            return 0
        return r.total if r.weak_from is None else r.weak_from

    def split(self) -> tuple[list[tuple[int, SearchResult]], list[tuple[int, SearchResult]]]:
        """This page's results as (number, result): the strong ones, then those that may also fit."""
        if not self.response:
            return [], []
        numbered = [(self.first_number + i, r) for i, r in enumerate(self.response.results)]
        return [x for x in numbered if x[1].strength == "strong"], [x for x in numbered if x[1].strength == "weak"]

    @property
    def first_number(self) -> int:
        return (self.state.page - 1) * PER_PAGE + 1

    def page_links(self) -> list[int | None]:
        """Page numbers to offer: first, last and two around the current one (None is a gap)."""
        pages, cur = self.pages, self.state.page
        wanted = sorted({1, pages, *range(max(1, cur - 2), min(pages, cur + 2) + 1)})
        out: list[int | None] = []
        for p in wanted:
            if out and p - (out[-1] or 0) > 1:
                out.append(None)
            out.append(p)
        return out

    def markers_data(self) -> list[dict]:
        """What the map script needs, and no more: the list beside it links to each listing."""
        return [{"n": x.n, "name": x.name, "lat": x.lat, "lon": x.lon, "approx": x.approx} for x in self.markers]

    def wider_radius(self) -> int | None:
        bigger = [r for r in RADIUS_CHOICES if r > self.radius]
        return bigger[0] if self.state.near and bigger else None


def search_page(ctx: Context, state: SearchState) -> SearchPage:
    try:
        response = run_search(ctx, state.to_params())
    except s.InvalidInput as exc:
        if any(e.key == "near" for e in exc.errors):
            return SearchPage(state, None, near_error=True, near_suggestion=ctx.gazetteer.suggest(state.near))
        raise
    page = SearchPage(state, response)
    strong, weak = page.split()
    page.markers = markers(ctx, strong or weak)  # the map shows what the list shows open
    return page


# Built once: the statement is the same for every results page, only the ids change.
_MARKERS = (
    select(m.ServiceAtLocation.service_id, m.Location.latitude, m.Location.longitude, m.Location.confidential)
    .join(m.Location, m.Location.id == m.ServiceAtLocation.location_id)
    .where(m.ServiceAtLocation.service_id.in_(bindparam("ids", expanding=True)), m.Location.active.is_(True),
           m.Location.latitude.is_not(None))
    .order_by(m.ServiceAtLocation.id)
)


def markers(ctx: Context, results: list[tuple[int, SearchResult]]) -> list[Marker]:
    """Map points for (number, result) pairs, numbered like the list.

    Confidential places are rounded to about a kilometre, as everywhere in public output."""
    ids = [r.id for _, r in results]
    if not ids:
        return []
    points: dict[str, list[tuple[float, float, bool]]] = {}
    with ctx.engine.connect() as conn:
        for sid, lat, lon, confidential in conn.execute(_MARKERS, {"ids": ids}):
            if confidential:
                lat, lon = round(lat, 2), round(lon, 2)
            points.setdefault(sid, []).append((lat, lon, bool(confidential)))
    out = []
    for n, r in results:
        for lat, lon, approx in dict.fromkeys(points.get(r.id, [])):
            out.append(Marker(n, r.id, r.name, round(lat, 6), round(lon, 6), approx))
    return out


# ---- detail -----------------------------------------------------------------------------


@dataclass
class Place:
    name: str
    lines: list[str]
    confidential: bool
    features: list[str]
    lat: float | None
    lon: float | None
    description: str | None
    transportation: str | None

    @property
    def route_url(self) -> str | None:
        if self.confidential or self.lat is None or self.lon is None:
            return None
        return f"https://www.openstreetmap.org/directions?route=%3B{self.lat}%2C{self.lon}#map=17/{self.lat}/{self.lon}"


@dataclass
class Opening:
    days: list[str]
    hours: tuple[str, str] | None
    note: str | None
    closed: bool = False  # a day or days the service is closed (a holiday), with `days` holding the dates
    restated: bool = False  # the note already says the hours: the detail page shows it instead of the hours

    @property
    def closing_note(self) -> str | None:
        """A closed day's note unless it only says "closed"."""
        return None if (self.note or "").strip().lower() in _JUST_CLOSED else self.note

    @property
    def note_beyond_hours(self) -> str | None:
        """A note that restates the hours without its days and times: what the English page adds
        to the hours it says itself ("(inloopspreekuur)"), None when nothing is left."""
        if not self.restated:
            return self.note
        return _SAID_HOURS.sub(" ", self.note).strip(" ,.;:-\u2013") or None


_TIME = re.compile(r"\b(\d{1,2})[.:](\d{2})\b")
_DAY_NL = r"(?:maandag|dinsdag|woensdag|donderdag|vrijdag|zaterdag|zondag|ma|di|wo|do|vr|za|zo)"
# Days and a time span as a Dutch note says them: "Maandag en woensdag van 9.00 tot 12.00 uur".
_SAID_HOURS = re.compile(rf"(?:\b{_DAY_NL}\b\s*(?:,|en|t/m|tot en met|-|\u2013)?\s*)*(?:van\s+)?\b\d{{1,2}}[.:]\d{{2}}\s*(?:uur\s*)?"
                         rf"(?:tot|-|\u2013)\s*\d{{1,2}}[.:]\d{{2}}\b(?:\s*uur\b)?", re.I)
_JUST_CLOSED = {"gesloten", "closed", "dicht"}


def restates(note: str | None, hours: tuple[str, str] | None) -> bool:
    """Whether a schedule's note already says its opening and closing time ("Maandag van 9.00 tot 12.00 uur")."""
    if not note or not hours:
        return False
    said = {f"{int(h):02d}:{m}" for h, m in _TIME.findall(note)}
    return hours[0] in said and hours[1] in said


class ServiceView:
    def __init__(self, svc: s.Service, t: Translator):
        self.svc = svc
        self.t = t
        codes: dict[str, list[str]] = {}
        for a in svc.attributes:
            term = a.taxonomy_term
            if term and term.taxonomy and term.taxonomy.startswith("sociale-kaart:"):
                codes.setdefault(term.taxonomy, []).append(term.code or "")
        self.tier = (codes.get(vocab.TIER) or ["general"])[0]
        self.life_domains = codes.get(vocab.LIFE_DOMAIN, [])
        self.access = (codes.get(vocab.ACCESS) or ["open"])[0]
        self.crisis = bool(codes.get(vocab.ACUTE))
        waiting = next((a.value for a in svc.attributes if a.taxonomy_term and a.taxonomy_term.taxonomy == vocab.WAITING), None)
        self.waiting_weeks = int(float(waiting)) if waiting not in (None, "") else None
        self.organization = svc.organization.name if svc.organization else ""
        self.capacity = (codes.get(vocab.CAPACITY) or [None])[0]
        self.reopens_on = next((str(a.value) for a in svc.attributes
                                if a.taxonomy_term and a.taxonomy_term.taxonomy == vocab.REOPENS and a.value), None)

    @property
    def age_text(self) -> str | None:
        lo, hi = self.svc.minimum_age, self.svc.maximum_age
        if lo and hi is not None:
            return self.t("detail.age.range", min=int(lo), max=int(hi))
        if lo:
            return self.t("detail.age.min", min=int(lo))
        if hi is not None:
            return self.t("detail.age.max", max=int(hi))
        return None

    @property
    def free(self) -> bool:
        amounts = [c.amount for c in self.svc.cost_options if c.amount is not None]
        return bool(amounts) and min(amounts) == 0

    @property
    def costs(self) -> list[str]:
        out = []
        for c in self.svc.cost_options:
            if c.amount is None:
                text = c.amount_description or c.option
            elif c.amount == 0:
                text = self.t("detail.free")
            else:
                text = self.t("detail.amount", amount=self.t.money(c.amount))
                extra = c.amount_description or c.option
                if extra:
                    text += f" ({extra})"
            if text and text not in out:
                out.append(text)
        return out

    @property
    def places(self) -> list[Place]:
        out = []
        for sal in self.svc.service_at_locations:
            loc = sal.location
            if loc is None or loc.location_type == "virtual":
                continue
            confidential = any(a.taxonomy_term and a.taxonomy_term.taxonomy == vocab.CONFIDENTIAL for a in loc.attributes)
            features = [a.taxonomy_term.code for a in loc.attributes
                        if a.taxonomy_term and a.taxonomy_term.taxonomy == vocab.ACCESSIBILITY and a.taxonomy_term.code]
            lines = []
            for addr in loc.addresses:
                if addr.address_type == "virtual":
                    continue
                if addr.address_1 and not confidential:
                    lines.append(addr.address_1 + (f" {addr.address_2}" if addr.address_2 else ""))
                place = " ".join(p for p in (addr.postal_code, addr.city) if p)
                if place:
                    lines.append(place)
            out.append(Place(loc.name or self.organization, lines, confidential, [self.t.feature(f) for f in features],
                             loc.latitude, loc.longitude, loc.description, loc.transportation))
        return out

    @property
    def route(self) -> Place | None:
        """The first place with a route to it (a confidential place has none)."""
        return next((p for p in self.places if p.route_url), None)

    @property
    def areas(self) -> list[str]:
        return [a.name for a in self.svc.service_areas if a.name]

    @property
    def openings(self) -> list[Opening]:
        """When it is open (from Monday on), then the closed days still to come (holidays); ended ones are left out."""
        today_iso = date.today().isoformat()
        schedules = list(self.svc.schedules)
        for sal in self.svc.service_at_locations:
            schedules += sal.schedules
            if sal.location is not None:
                schedules += sal.location.schedules
        out, closed, seen = [], [], set()
        for x in schedules:
            days = []
            for part in (x.byday or "").split(","):
                code = part.strip()[-2:].lower()
                if code in vocab.DAYS and code not in days:
                    days.append(code)
            days.sort(key=list(vocab.DAYS).index)
            hours = (x.opens_at[:5], x.closes_at[:5]) if x.opens_at and x.closes_at else None
            note = x.description or x.notes
            key = (tuple(days), hours, note, x.valid_from)
            if key in seen or not (days or hours or note):
                continue
            seen.add(key)
            if x.valid_from and not days and not hours:  # a day or days the service is closed
                if (x.valid_to or x.valid_from)[:10] < today_iso:
                    continue
                until = x.valid_to if x.valid_to and x.valid_to[:10] != x.valid_from[:10] else None
                shown = self.t.date(x.valid_from) + (f" – {self.t.date(until)}" if until else "")
                closed.append((x.valid_from[:10], Opening([shown], None, note, closed=True)))
                continue
            if x.valid_to and x.valid_to[:10] < today_iso:  # a timetable that has ended
                continue
            shown_days = [self.t("detail.every_day")] if len(days) == 7 else [self.t.day(d) for d in days]
            first_day = list(vocab.DAYS).index(days[0]) if days else 7
            out.append((first_day, Opening(shown_days, hours, note, restated=restates(note, hours))))
        return [o for _, o in sorted(out, key=lambda c: c[0])] + [o for _, o in sorted(closed, key=lambda c: c[0])]

    @property
    def phones(self) -> list[tuple[str, str, str | None]]:
        """(shown number, tel: target, description), service's own first, organisation's as fallback."""
        phones = list(self.svc.phones)
        for sal in self.svc.service_at_locations:
            phones += sal.phones
            if sal.location is not None:
                phones += sal.location.phones
        if not phones and self.svc.organization:
            phones = list(self.svc.organization.phones)
        out, seen = [], set()
        for p in phones:
            target = tel(p.number)
            if target and target not in seen:
                seen.add(target)
                out.append((p.number, target, p.description))
        return out

    @property
    def email(self) -> str | None:
        return self.svc.email or (self.svc.organization.email if self.svc.organization else None)

    @property
    def website(self) -> str | None:
        url = self.svc.url or (self.svc.organization.website if self.svc.organization else None)
        return url if url and url.startswith(("https://", "http://")) else None

    @property
    def languages(self) -> list[str]:
        langs = list(self.svc.languages)
        for sal in self.svc.service_at_locations:
            if sal.location is not None:
                langs += sal.location.languages
        out = []
        for x in langs:
            name = self.t.language(x.code or "", x.name)
            if name and name not in out:
                out.append(name)
        return out

    def summary(self, limit: int = 155) -> str:
        text = " ".join((self.svc.description or "").split())
        if len(text) <= limit:
            return text or self.t("detail.description_fallback", name=self.svc.name, org=self.organization)
        return text[: limit - 1].rsplit(" ", 1)[0] + "…"

    def json_ld(self, url: str) -> dict:
        """schema.org data for search engines; only what the page shows (no confidential street)."""
        data: dict = {"@context": "https://schema.org", "@type": "Service", "name": self.svc.name, "url": url,
                      "description": self.summary(500)}
        if self.organization:
            provider: dict = {"@type": "Organization", "name": self.organization}
            if self.website:
                provider["url"] = self.website
            data["provider"] = provider
        if self.phones:
            data["telephone"] = self.phones[0][0]
        if self.email:
            data["email"] = self.email
        places = []
        for p in self.places:
            place: dict = {"@type": "Place", "name": p.name}
            if p.lines:
                addr = {"@type": "PostalAddress", "addressCountry": "NL"}
                if not p.confidential and len(p.lines) > 1:
                    addr["streetAddress"] = p.lines[0]
                addr["addressLocality"] = p.lines[-1]
                place["address"] = addr
            if not p.confidential and p.lat is not None:
                place["geo"] = {"@type": "GeoCoordinates", "latitude": p.lat, "longitude": p.lon}
            places.append(place)
        if places:
            data["availableChannel"] = [{"@type": "ServiceChannel", "serviceLocation": p} for p in places]
        if self.areas:
            data["areaServed"] = self.areas
        if self.free:
            data["isAccessibleForFree"] = True
        return data


def tel(number: str) -> str | None:
    """A tel: target for a Dutch phone number as people write it ("035 - 123 45 67")."""
    digits = "".join(ch for ch in number if ch.isdigit() or ch == "+")
    if len(digits.lstrip("+")) < 3:
        return None
    return "tel:" + quote(digits, safe="+")
