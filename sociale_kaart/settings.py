"""Settings: one frozen object, read from `SK_*` environment variables when asked for."""

from __future__ import annotations

import ipaddress
import os
from dataclasses import dataclass, field
from pathlib import Path


@dataclass(frozen=True)
class Settings:
    database_url: str = "sqlite:///./sociale_kaart.db"
    index_dir: Path = Path("./search-index")
    host: str = "127.0.0.1"
    port: int = 8000
    geocoder: tuple[str, ...] = ("local",)
    geocoder_user_agent: str = "sociale-kaart"
    synonyms_file: Path | None = None
    english_file: Path | None = None  # extra English -> Dutch search words (search_index/english.txt format)
    tile_url: str = "https://service.pdok.nl/brt/achtergrondkaart/wmts/v2_0/standaard/EPSG:3857/{z}/{x}/{y}.png"
    tile_attribution: str = 'Kaartgegevens &copy; <a href="https://www.kadaster.nl">Kadaster</a>'
    demo: bool = False
    log_requests: bool = True
    # Mail: SMTP when `smtp_url` is set (smtp://user:password@host:587, smtps://...), else .eml files.
    smtp_url: str | None = None
    mail_from: str = "Sociale Kaart <noreply@sociale-kaart.example>"
    outbox_dir: Path = Path("./outbox")
    # The public address of the site, used in links sent by mail.
    public_url: str = "http://127.0.0.1:8000"
    stale_months: int = 12
    stale_remind_days: int = 30  # at most one stale-listings mail per organisation in this many days
    referral_reminder_days: int = 3
    case_retention_months: int = 24
    # Security (README "Security settings"). Cookies carry `Secure` unless this is False; None means
    # on, except in the demo (which answers on plain http://127.0.0.1).
    cookie_secure: bool | None = None
    # Addresses of reverse proxies whose X-Forwarded-For / X-Forwarded-Proto are believed; no others.
    trusted_proxies: tuple[str, ...] = ()
    body_timeout: float = 30.0  # seconds a client may take to send a request body (then 408)
    search_cache: int = 500  # answers to different searches kept per process until the index changes; 0: none
    extra: dict[str, str] = field(default_factory=dict)

    @property
    def secure_cookies(self) -> bool:
        return (not self.demo) if self.cookie_secure is None else self.cookie_secure

    @classmethod
    def from_env(cls, environ: os._Environ[str] | dict[str, str] | None = None, **overrides) -> "Settings":
        env = os.environ if environ is None else environ
        values: dict = {}
        if "SK_DATABASE_URL" in env:
            values["database_url"] = env["SK_DATABASE_URL"]
        if "SK_INDEX_DIR" in env:
            values["index_dir"] = Path(env["SK_INDEX_DIR"])
        if "SK_HOST" in env:
            values["host"] = env["SK_HOST"]
        if "SK_PORT" in env:
            try:
                values["port"] = int(env["SK_PORT"])
            except ValueError:
                raise SystemExit(f"SK_PORT must be a number, not {env['SK_PORT']!r}") from None
        if "SK_GEOCODER" in env:
            values["geocoder"] = tuple(p.strip() for p in env["SK_GEOCODER"].split(",") if p.strip())
        if "SK_GEOCODER_USER_AGENT" in env:
            values["geocoder_user_agent"] = env["SK_GEOCODER_USER_AGENT"]
        if env.get("SK_SYNONYMS_FILE"):
            values["synonyms_file"] = Path(env["SK_SYNONYMS_FILE"])
        if env.get("SK_ENGLISH_FILE"):
            values["english_file"] = Path(env["SK_ENGLISH_FILE"])
        if "SK_TILE_URL" in env:
            values["tile_url"] = env["SK_TILE_URL"]
        if "SK_TILE_ATTRIBUTION" in env:
            values["tile_attribution"] = env["SK_TILE_ATTRIBUTION"]
        if env.get("SK_SMTP_URL"):
            values["smtp_url"] = env["SK_SMTP_URL"]
        if env.get("SK_MAIL_FROM"):
            values["mail_from"] = env["SK_MAIL_FROM"]
        if env.get("SK_OUTBOX_DIR"):
            values["outbox_dir"] = Path(env["SK_OUTBOX_DIR"])
        if env.get("SK_PUBLIC_URL"):
            values["public_url"] = env["SK_PUBLIC_URL"].rstrip("/")
        for name in ("stale_months", "stale_remind_days", "referral_reminder_days", "case_retention_months"):
            key = "SK_" + name.upper()
            if env.get(key):
                try:
                    values[name] = int(env[key])
                except ValueError:
                    raise SystemExit(f"{key} must be a whole number, not {env[key]!r}") from None
        if env.get("SK_DEMO"):
            values["demo"] = env["SK_DEMO"] not in ("0", "false", "")
        if env.get("SK_COOKIE_SECURE"):
            values["cookie_secure"] = env["SK_COOKIE_SECURE"].lower() not in ("0", "false", "no", "off")
        if "SK_TRUSTED_PROXIES" in env:
            values["trusted_proxies"] = tuple(p.strip() for p in env["SK_TRUSTED_PROXIES"].split(",") if p.strip())
            for proxy in values["trusted_proxies"]:
                try:
                    ipaddress.ip_network(proxy, strict=False)
                except ValueError:
                    raise SystemExit(f"SK_TRUSTED_PROXIES: {proxy!r} is not an IP address or network") from None
        if env.get("SK_BODY_TIMEOUT"):
            try:
                values["body_timeout"] = float(env["SK_BODY_TIMEOUT"])
            except ValueError:
                raise SystemExit(f"SK_BODY_TIMEOUT must be a number of seconds, not {env['SK_BODY_TIMEOUT']!r}") from None
        if env.get("SK_SEARCH_CACHE"):
            try:
                values["search_cache"] = max(0, int(env["SK_SEARCH_CACHE"]))
            except ValueError:
                raise SystemExit(f"SK_SEARCH_CACHE must be a whole number of answers (0: no cache), not {env['SK_SEARCH_CACHE']!r}") from None
        values.update(overrides)
        return cls(**values)
