"""The partner forms: a listing as flat form values, and typed values back into an HSDS record.

Every form field is a plain name (checkboxes carry their code in the name: `domain.finances`),
so a form posts as one flat dict. `parse_*` checks everything at once and answers with
{field: i18n key}; the typed values always come back so a page can show them again.
"""

from __future__ import annotations

import re
from datetime import date
from urllib.parse import urlsplit

import msgspec

from sociale_kaart import vocab
from sociale_kaart.directory import schemas as s
from sociale_kaart.directory.hsds import ext_attribute
from sociale_kaart.web.i18n import LANGUAGE_NAMES

DAYS = tuple(vocab.DAYS)
SLOTS = (1, 2)
PHONE_ROWS = 3
EXCEPTION_ROWS = 3
PERIODS = ("keer", "week", "maand", "jaar")
LANGUAGES = ("nl", "en", "de", "fr", "tr", "ar", "pl", "uk", "es", "so", "ti", "fa", "zh", "ber", "pap")
TEXTS = ("name", "description", "application_process", "eligibility_description", "fees_description", "wait_time")
FEATURES = tuple(vocab.LOCATION_FEATURES)

EMAIL_RE = re.compile(r"^[^@\s]+@[^@\s]+\.[^@\s]+$")
TIME_RE = re.compile(r"^([01]?\d|2[0-3])[:.]([0-5]\d)(:\d\d)?$")
HOUSE_RE = re.compile(r"^\d{1,5}\s?[A-Za-z]{0,4}(\s?-?\s?\w{1,6})?$")
STREET_NUMBER_RE = re.compile(r"^(?P<street>.*\S)\s+(?P<number>\d{1,5}\s?[A-Za-z]{0,4}(\s?-?\s?\w{1,6})?)$")

Errors = dict[str, str]


# ---- single values ------------------------------------------------------------------------


def valid_phone(value: str) -> bool:
    """Dutch numbers as people write them: 035 123 45 67, 06-12345678, +31 35 1234567, 112,
    0800 1234, 0900 123 4567, 14 035."""
    digits = re.sub(r"[\s\-().]", "", value)
    if digits.startswith("+"):
        rest = digits[1:]
        if not rest.isdigit():
            return False
        return len(rest) == 11 if rest.startswith("31") else 8 <= len(rest) <= 15
    if not digits.isdigit():
        return False
    if digits.startswith("0031"):
        return len(digits) == 13
    if digits in ("112", "113"):
        return True
    if re.match(r"^(0800|090[0-9])", digits):
        return 8 <= len(digits) <= 11
    if digits.startswith("14"):
        return 5 <= len(digits) <= 6  # the municipalities' 14 + area code
    return digits.startswith("0") and len(digits) == 10


def clean_url(value: str) -> str | None:
    """An http(s) address; `www.example.nl` gets https:// in front. None when it is not an address."""
    value = value.strip()
    if not value:
        return ""
    if not re.match(r"^https?://", value, re.I):
        value = "https://" + value
    parts = urlsplit(value)
    if " " in value or "." not in parts.netloc or len(value) > 2000:
        return None
    return value


def clean_time(value: str) -> str | None:
    m = TIME_RE.match(value.strip())
    return f"{int(m.group(1)):02d}:{m.group(2)}" if m else None


def clean_date(value: str) -> date | None:
    try:
        return date.fromisoformat(value.strip())
    except ValueError:
        return None


def clean_int(value: str, low: int, high: int) -> int | None:
    value = value.strip()
    if not re.fullmatch(r"\d{1,4}", value):
        return None
    number = int(value)
    return number if low <= number <= high else None


def clean_amount(value: str) -> float | None:
    value = value.strip().replace("€", "").replace(" ", "")
    if re.fullmatch(r"\d{1,6}([.,]\d{1,2})?", value):
        return float(value.replace(",", "."))
    return None


def our_codes(attributes: list[s.Attribute], taxonomy: str) -> list[str]:
    return [a.taxonomy_term.code for a in attributes
            if a.taxonomy_term and a.taxonomy_term.taxonomy == taxonomy and a.taxonomy_term.code]


def attribute_value(attributes: list[s.Attribute], taxonomy: str) -> str | None:
    return next((str(a.value) for a in attributes if a.taxonomy_term and a.taxonomy_term.taxonomy == taxonomy
                 and a.value is not None), None)


def _on(data: dict[str, str], name: str) -> bool:
    return data.get(name, "") not in ("", "0", "off")


# ---- service -------------------------------------------------------------------------------


def is_weekly(x: s.Schedule) -> bool:
    return bool(x.byday and x.opens_at and x.closes_at and not x.valid_from and x.freq in (None, "WEEKLY")
                and not x.bymonthday and not x.byweekno and not x.byyearday and (x.interval or 1) == 1)


def is_exception(x: s.Schedule) -> bool:
    return bool(x.valid_from and not x.byday and not x.opens_at)


def service_form(svc: s.Service | None, organization_id: str | None = None) -> dict[str, str]:
    """The form values of a stored service (or of a new one)."""
    v: dict[str, str] = {k: "" for k in SERVICE_FIELDS}
    v.update(tier="volunteer", access="open", cost="unknown", period="maand")
    if svc is None:
        v["lang.nl"] = "on"
        return v
    for k in TEXTS:
        v[k] = getattr(svc, k) or ""
    v["email"], v["url"] = svc.email or "", svc.url or ""
    v["minimum_age"] = "" if svc.minimum_age is None else str(int(svc.minimum_age))
    v["maximum_age"] = "" if svc.maximum_age is None else str(int(svc.maximum_age))
    v["version"] = svc.last_modified or ""
    for i, p in enumerate(svc.phones[:PHONE_ROWS]):
        v[f"phone-{i}"], v[f"phone-{i}-desc"] = p.number, p.description or ""
    schedules = list(svc.schedules)
    if not any(is_weekly(x) for x in schedules):
        # Hours kept on the locations so far: start the week editor from them.
        schedules += [x for sal in svc.service_at_locations for x in sal.schedules]
    for x in sorted(schedules, key=lambda x: x.opens_at or ""):  # stored in id order; earlier hours first
        if not is_weekly(x):
            continue
        for part in (x.byday or "").split(","):
            day = part.strip()[-2:].lower()
            if day not in DAYS:
                continue
            slot = next((n for n in SLOTS if not v.get(f"{day}-{n}-opens")), None)
            if slot:
                v[f"{day}-{slot}-opens"], v[f"{day}-{slot}-closes"] = x.opens_at[:5], x.closes_at[:5]
    for i, x in enumerate(sorted((y for y in svc.schedules if is_exception(y)), key=lambda y: y.valid_from)):
        if i < EXCEPTION_ROWS:
            v[f"exc-{i}-from"], v[f"exc-{i}-until"] = x.valid_from[:10], (x.valid_to or "")[:10]
            v[f"exc-{i}-note"] = x.description or ""
    tiers = our_codes(svc.attributes, vocab.TIER)
    v["tier"] = tiers[0] if tiers else "general"
    access = our_codes(svc.attributes, vocab.ACCESS)
    v["access"] = access[0] if access else "open"
    v["waiting_weeks"] = attribute_value(svc.attributes, vocab.WAITING) or ""
    capacity = our_codes(svc.attributes, vocab.CAPACITY)
    v["capacity"] = capacity[0] if capacity else ""
    for code in our_codes(svc.attributes, vocab.LIFE_DOMAIN):
        v[f"domain.{code}"] = "on"
    for code in our_codes(svc.attributes, vocab.AUDIENCE):
        v[f"audience.{code}"] = "on"
    for x in svc.languages:
        if x.code:
            v[f"lang.{x.code.lower()}"] = "on"
    priced = [c for c in svc.cost_options if c.amount is not None]
    if priced:
        c = priced[0]
        v["cost"] = "free" if c.amount == 0 else "paid"
        if c.amount:
            v["amount"] = f"{c.amount:.2f}".replace(".", ",").removesuffix(",00")
        text = f"{c.option or ''} {c.amount_description or ''}".lower()
        v["period"] = next((p for p in PERIODS if p in text), "maand")
    for sal in svc.service_at_locations:
        if sal.location_id:
            v[f"location.{sal.location_id}"] = "on"
    return v


SERVICE_FIELDS = (
    *TEXTS, "email", "url", "minimum_age", "maximum_age", "waiting_weeks", "tier", "access", "cost", "amount", "period",
    "capacity", "version",
    *(f"phone-{i}{x}" for i in range(PHONE_ROWS) for x in ("", "-desc")),
    *(f"{d}-{n}-{w}" for d in DAYS for n in SLOTS for w in ("opens", "closes")),
    *(f"exc-{i}-{w}" for i in range(EXCEPTION_ROWS) for w in ("from", "until", "note")),
)


def read_service_form(data: dict[str, str], location_ids: list[str]) -> dict[str, str]:
    """Only the fields the form has, as typed (trimmed, bounded)."""
    v = {k: (data.get(k) or "").strip()[:20_000] for k in SERVICE_FIELDS}
    asked = [k.removeprefix("location.") for k in data if k.startswith("location.") and re.fullmatch(r"[0-9a-f-]{36}", k[9:])]
    for group, codes in (("domain", vocab.LIFE_DOMAINS), ("audience", vocab.AUDIENCES), ("lang", LANGUAGES),
                         ("location", [*location_ids, *asked])):
        for code in codes:
            if _on(data, f"{group}.{code}"):
                v[f"{group}.{code}"] = "on"
    return v


def check_service_form(v: dict[str, str], *, own_locations: set[str]) -> Errors:
    errors: Errors = {}
    if not v["name"]:
        errors["name"] = "p.error.required.name"
    elif len(v["name"]) > 300:
        errors["name"] = "p.error.field"
    if not v["description"]:
        errors["description"] = "p.error.required.description"
    if v["email"] and not EMAIL_RE.match(v["email"]):
        errors["email"] = "p.error.email"
    if v["url"] and clean_url(v["url"]) is None:
        errors["url"] = "p.error.url"
    for i in range(PHONE_ROWS):
        if v[f"phone-{i}"] and not valid_phone(v[f"phone-{i}"]):
            errors[f"phone-{i}"] = "p.error.phone"
    for d in DAYS:
        for n in SLOTS:
            opens, closes = v[f"{d}-{n}-opens"], v[f"{d}-{n}-closes"]
            if not opens and not closes:
                continue
            for name, value in ((f"{d}-{n}-opens", opens), (f"{d}-{n}-closes", closes)):
                if not value:
                    errors[name] = "p.error.time.pair"
                elif clean_time(value) is None:
                    errors[name] = "p.error.time"
            if f"{d}-{n}-opens" not in errors and f"{d}-{n}-closes" not in errors:
                start, end = clean_time(opens), clean_time(closes)
                overnight = start >= "12:00" and end <= "12:00"  # a night service: 22:00 to 07:00
                if end <= start and not overnight:
                    errors[f"{d}-{n}-closes"] = "p.error.time.order"
    for i in range(EXCEPTION_ROWS):
        start, until = v[f"exc-{i}-from"], v[f"exc-{i}-until"]
        if not start and (until or v[f"exc-{i}-note"]):
            errors[f"exc-{i}-from"] = "p.error.date"
        elif start and clean_date(start) is None:
            errors[f"exc-{i}-from"] = "p.error.date"
        if until and clean_date(until) is None:
            errors[f"exc-{i}-until"] = "p.error.date"
        elif until and start and clean_date(start) and clean_date(until) < clean_date(start):
            errors[f"exc-{i}-until"] = "p.error.date.order"
    ages = {}
    for name in ("minimum_age", "maximum_age"):
        if v[name]:
            ages[name] = clean_int(v[name], 0, 130)
            if ages[name] is None:
                errors[name] = "p.error.age"
    if ages.get("minimum_age") is not None and ages.get("maximum_age") is not None and ages["maximum_age"] < ages["minimum_age"]:
        errors["maximum_age"] = "p.error.age.order"
    if v["waiting_weeks"] and clean_int(v["waiting_weeks"], 0, 520) is None:
        errors["waiting_weeks"] = "p.error.weeks"
    if v["cost"] == "paid" and clean_amount(v["amount"]) is None:
        errors["amount"] = "p.error.amount"
    if v["tier"] not in vocab.TIERS:
        errors["tier"] = "p.error.field"
    if v["access"] not in vocab.ACCESS_ROUTES:
        errors["access"] = "p.error.field"
    for key in v:
        if key.startswith("location.") and key.removeprefix("location.") not in own_locations:
            errors["locations"] = "p.error.location"
    return errors


def build_service(current: s.Service | None, v: dict[str, str], organization_id: str, *, assured: str) -> s.Service:
    """The record to save: the stored one with the form's fields replaced (the rest kept as it is)."""
    sid = current.id if current else None
    base = msgspec.to_builtins(current) if current else {"organization_id": organization_id, "status": "active"}
    base.pop("organization", None)
    base.pop("metadata", None)
    for k in TEXTS:
        base[k] = v[k] or ("" if k == "description" else None)
    base["email"] = v["email"] or None
    base["url"] = clean_url(v["url"]) or None
    base["minimum_age"] = int(v["minimum_age"]) if v["minimum_age"] else None
    base["maximum_age"] = int(v["maximum_age"]) if v["maximum_age"] else None
    base["assured_date"] = assured
    base["phones"] = [{"number": v[f"phone-{i}"], "description": v[f"phone-{i}-desc"] or None}
                      for i in range(PHONE_ROWS) if v[f"phone-{i}"]]
    kept = [x for x in (current.schedules if current else []) if not is_weekly(x) and not is_exception(x)]
    schedules = [msgspec.to_builtins(x) for x in kept]
    groups: dict[tuple[str, str], list[str]] = {}
    for d in DAYS:
        for n in SLOTS:
            opens, closes = clean_time(v[f"{d}-{n}-opens"] or "x"), clean_time(v[f"{d}-{n}-closes"] or "x")
            if opens and closes:
                groups.setdefault((opens, closes), []).append(d.upper())
    for (opens, closes), days in groups.items():
        schedules.append({"freq": "WEEKLY", "byday": ",".join(days), "opens_at": opens, "closes_at": closes})
    for i in range(EXCEPTION_ROWS):
        if v[f"exc-{i}-from"]:
            schedules.append({"valid_from": v[f"exc-{i}-from"], "valid_to": v[f"exc-{i}-until"] or v[f"exc-{i}-from"],
                              "description": v[f"exc-{i}-note"] or "Gesloten"})
    base["schedules"] = schedules
    known = set(LANGUAGES)
    base["languages"] = [msgspec.to_builtins(x) for x in (current.languages if current else []) if (x.code or "").lower() not in known]
    base["languages"] += [{"code": c, "name": LANGUAGE_NAMES[c][0] if c in LANGUAGE_NAMES else c}
                          for c in LANGUAGES if v.get(f"lang.{c}")]
    if v["cost"] == "free":
        base["cost_options"] = [{"currency": "EUR", "amount": 0}]
    elif v["cost"] == "paid":
        base["cost_options"] = [{"currency": "EUR", "amount": clean_amount(v["amount"]), "option": f"per {v['period']}"
                                 if v["period"] in PERIODS else None}]
    else:
        base["cost_options"] = []
    link = sid or "new"
    attrs = [msgspec.to_builtins(a) for a in (current.attributes if current else [])
             if not (a.taxonomy_term and (a.taxonomy_term.taxonomy or "").startswith("sociale-kaart:"))]
    ours = [(vocab.TIER, v["tier"], None), (vocab.ACCESS, v["access"], None)]
    ours += [(vocab.LIFE_DOMAIN, c, None) for c in vocab.LIFE_DOMAINS if v.get(f"domain.{c}")]
    ours += [(vocab.AUDIENCE, c, None) for c in vocab.AUDIENCES if v.get(f"audience.{c}")]
    if v["waiting_weeks"]:
        ours.append((vocab.WAITING, "waiting_weeks", str(int(v["waiting_weeks"]))))
    if v["capacity"] in vocab.CAPACITIES:
        ours.append((vocab.CAPACITY, v["capacity"], None))
    if current:
        ours += [(vocab.ACUTE, "crisis", None) for _ in our_codes(current.attributes, vocab.ACUTE)[:1]]
        reopens = attribute_value(current.attributes, vocab.REOPENS)
        if reopens:
            ours.append((vocab.REOPENS, "reopens_on", reopens))
    attrs += [msgspec.to_builtins(ext_attribute(link, "service", tax, code, value)) for tax, code, value in ours]
    for a in attrs:
        if not sid:
            a.pop("id", None)
            a.pop("link_id", None)
    base["attributes"] = attrs
    linked = {sal.location_id: sal for sal in (current.service_at_locations if current else [])}
    # Hours kept per location so far were shown in the week editor: from now on they live on the service.
    moved = bool(current) and not any(is_weekly(x) for x in current.schedules)
    sals = []
    for key in v:
        if key.startswith("location."):
            lid = key.removeprefix("location.")
            sal = linked.get(lid)
            sals.append({"id": sal.id, "location_id": lid, "description": sal.description,
                         "phones": msgspec.to_builtins(sal.phones),
                         "schedules": msgspec.to_builtins([x for x in sal.schedules if not (moved and is_weekly(x))])}
                        if sal else {"location_id": lid})
    base["service_at_locations"] = sals
    return s.convert(base, s.Service)


def with_closure(current: s.Service, *, closed: bool, message: str, reopens: str) -> s.Service:
    """The stored service, temporarily closed (with a message and maybe a reopening date) or open again."""
    base = msgspec.to_builtins(current)
    base.pop("organization", None)
    base.pop("metadata", None)
    base["service_at_locations"] = [{**sal, "location": None} for sal in base.get("service_at_locations", [])]
    for sal in base["service_at_locations"]:
        sal.pop("location")
    base["status"] = "temporarily closed" if closed else "active"
    base["alert"] = (message or None) if closed else None
    attrs = [a for a in current.attributes if not (a.taxonomy_term and a.taxonomy_term.taxonomy == vocab.REOPENS)]
    if closed and reopens:
        attrs.append(ext_attribute(current.id, "service", vocab.REOPENS, "reopens_on", reopens))
    base["attributes"] = msgspec.to_builtins(attrs)
    return s.convert(base, s.Service)


# ---- location ------------------------------------------------------------------------------


def location_form(loc: s.Location | None) -> dict[str, str]:
    v = {"name": "", "postcode": "", "house_number": "", "street": "", "city": "", "version": ""}
    if loc is None:
        return v
    v["name"] = loc.name or ""
    addr = next((a for a in loc.addresses if a.address_type != "virtual"), None)
    if addr is not None:
        m = STREET_NUMBER_RE.match(addr.address_1 or "")
        v["street"], v["house_number"] = (m.group("street"), m.group("number")) if m else (addr.address_1 or "", "")
        v["postcode"], v["city"] = addr.postal_code or "", addr.city or ""
    for code in our_codes(loc.attributes, vocab.ACCESSIBILITY):
        v[f"feature.{code}"] = "on"
    return v


def read_location_form(data: dict[str, str]) -> dict[str, str]:
    v = {k: (data.get(k) or "").strip()[:300] for k in ("name", "postcode", "house_number", "street", "city", "version")}
    for code in FEATURES:
        if _on(data, f"feature.{code}"):
            v[f"feature.{code}"] = "on"
    return v


def check_location_form(v: dict[str, str], known_postcode) -> Errors:
    """`known_postcode(pc)` -> the place name of a Dutch postcode, or None."""
    errors: Errors = {}
    if not v["name"]:
        errors["name"] = "p.error.required.name"
    postcode = s.normalise_postcode(v["postcode"])
    if postcode is None or known_postcode(postcode) is None:
        errors["postcode"] = "p.error.postcode"
    if not HOUSE_RE.match(v["house_number"]):
        errors["house_number"] = "p.error.house_number"
    if not v["street"]:
        errors["street"] = "p.error.street"
    return errors


def build_location(current: s.Location | None, v: dict[str, str], organization_id: str) -> s.Location:
    base = msgspec.to_builtins(current) if current else {"organization_id": organization_id, "location_type": "physical"}
    base["name"] = v["name"]
    base.pop("latitude", None)  # placed again from the address when it moved
    base.pop("longitude", None)
    addr = {"address_1": f"{v['street']} {v['house_number']}", "postal_code": s.normalise_postcode(v["postcode"]),
            "city": v["city"], "country": "NL", "address_type": "physical"}
    old = [a for a in base.get("addresses", []) if a.get("address_type") != "virtual"]
    if old:
        addr = {**old[0], **addr}
    base["addresses"] = [addr] + [a for a in base.get("addresses", []) if a.get("address_type") == "virtual"]
    attrs = [a for a in (current.attributes if current else []) if not (a.taxonomy_term and a.taxonomy_term.taxonomy == vocab.ACCESSIBILITY)]
    attrs += [ext_attribute(current.id if current else "new", "location", vocab.ACCESSIBILITY, f) for f in FEATURES if v.get(f"feature.{f}")]
    base["attributes"] = [msgspec.to_builtins(a) for a in attrs]
    if not current:
        for a in base["attributes"]:
            a.pop("id", None)
            a.pop("link_id", None)
    return s.convert(base, s.Location)


# ---- organisation --------------------------------------------------------------------------


def organization_form(org: s.Organization) -> dict[str, str]:
    v = {"name": org.name, "description": org.description or "", "email": org.email or "", "url": org.website or ""}
    for i, p in enumerate(org.phones[:2]):
        v[f"phone-{i}"] = p.number
    return v


def read_organization_form(data: dict[str, str]) -> dict[str, str]:
    return {k: (data.get(k) or "").strip()[:20_000] for k in ("name", "description", "email", "url", "phone-0", "phone-1", "version")}


def check_organization_form(v: dict[str, str]) -> Errors:
    errors: Errors = {}
    if not v["name"]:
        errors["name"] = "p.error.required.name"
    if not v["description"]:
        errors["description"] = "p.error.required.description"
    if v["email"] and not EMAIL_RE.match(v["email"]):
        errors["email"] = "p.error.email"
    if v["url"] and clean_url(v["url"]) is None:
        errors["url"] = "p.error.url"
    for i in range(2):
        if v[f"phone-{i}"] and not valid_phone(v[f"phone-{i}"]):
            errors[f"phone-{i}"] = "p.error.phone"
    return errors


def build_organization(current: s.Organization, v: dict[str, str]) -> s.Organization:
    base = msgspec.to_builtins(current)
    base.pop("services", None)
    base.pop("metadata", None)
    base.update(name=v["name"], description=v["description"], email=v["email"] or None, website=clean_url(v["url"]) or None)
    old = {p.number: msgspec.to_builtins(p) for p in current.phones}
    base["phones"] = [old.get(v[f"phone-{i}"], {"number": v[f"phone-{i}"]}) for i in range(2) if v[f"phone-{i}"]]
    base["phones"] += [msgspec.to_builtins(p) for p in current.phones[2:]]
    return s.convert(base, s.Organization)
