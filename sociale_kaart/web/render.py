"""Jinja2 for the public pages: one environment, autoescaped, with the page's language and URLs."""

from __future__ import annotations

import hashlib
import html
import re
from functools import lru_cache
from pathlib import Path
from datetime import datetime, timezone
from urllib.parse import quote, urlencode
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

import xstatic.pkg.leaflet
from jinja2 import Environment, FileSystemLoader, StrictUndefined, select_autoescape
from litestar import Request, Response
from markupsafe import Markup, escape

from sociale_kaart.editors.service import is_stale
from sociale_kaart.web.i18n import Translator

HERE = Path(__file__).parent
STATIC_DIR = HERE / "static"
LEAFLET_DIR = Path(xstatic.pkg.leaflet.BASE_DIR)
STATIC_PREFIX = "/static"
LEAFLET_PREFIX = "/vendor/leaflet"
HTML = "text/html"

env = Environment(
    # The shared layout and pages, then the templates a domain package keeps beside its code.
    loader=FileSystemLoader([HERE / "templates", HERE.parent / "referrals" / "templates"]),
    autoescape=select_autoescape(("html", "xml"), default_for_string=True),
    undefined=StrictUndefined,
    trim_blocks=True,
    lstrip_blocks=True,
    auto_reload=False,
)


def lang_of(path: str) -> str:
    return "en" if path == "/en" or path.startswith("/en/") else "nl"


def localised(lang: str, path: str) -> str:
    """The address of a Dutch page path in the given language: /zoeken -> /en/zoeken (a query may follow)."""
    if lang != "en":
        return path
    return "/en/" + path[1:] if path == "/" or path.startswith("/?") else "/en" + path


def dutch_path(path: str) -> str:
    if path == "/en" or path == "/en/":
        return "/"
    return path[3:] if path.startswith("/en/") else path


@lru_cache(maxsize=None)
def _version(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()[:10]


def static_url(name: str) -> str:
    """A cache-busting address for one of our static files (the hash changes with the file)."""
    return f"{STATIC_PREFIX}/{name}?v={_version(STATIC_DIR / name)}"


def leaflet_url(name: str) -> str:
    return f"{LEAFLET_PREFIX}/{name}?v={xstatic.pkg.leaflet.VERSION}"


_MARK = re.compile(r"(</?mark>)")


def snippet_html(snippet: str) -> Markup:
    """The engine's snippet is HTML-escaped text with <mark> around matched words.

    Rather than trusting that blindly, keep only the <mark> tags and escape everything else
    again, so that a change in the engine can never let markup through.
    """
    out = []
    open_mark = False
    for part in _MARK.split(snippet or ""):
        if part == "<mark>" and not open_mark:
            out.append("<mark>")
            open_mark = True
        elif part == "</mark>" and open_mark:
            out.append("</mark>")
            open_mark = False
        elif part not in ("<mark>", "</mark>"):
            out.append(str(escape(html.unescape(part))))
    if open_mark:
        out.append("</mark>")
    return Markup("".join(out))


def query_string(params: dict) -> str:
    return urlencode([(k, v) for k, v in params.items() if v not in (None, "", [], False)], doseq=True)


def share_links(title: str, url: str) -> dict[str, str]:
    """"Stuur naar iemand": a mail and a WhatsApp message with a page's title and address (no script needed)."""
    text = f"{title} – {url}"
    return {"mail": f"mailto:?subject={quote(title)}&body={quote(text)}", "whatsapp": f"https://wa.me/?text={quote(text)}"}


def local_time(value: datetime) -> datetime:
    """A stored UTC time as the clock in the Netherlands shows it."""
    try:
        return value.astimezone(ZoneInfo("Europe/Amsterdam"))
    except ZoneInfoNotFoundError:  # no time zone database on this machine: say UTC rather than fail
        return value.astimezone(timezone.utc)


env.filters["snippet"] = snippet_html
env.filters["local"] = local_time
env.globals.update(listing_stale=is_stale, static_url=static_url, leaflet_url=leaflet_url, share_links=share_links)


def render(request: Request, template: str, *, status: int = 200, lang: str | None = None,
           headers: dict[str, str] | None = None, media_type: str = HTML, switch_to: str | None = None,
           **context) -> Response:
    """`switch_to`: the page (Dutch path and query) the language switch opens when it is not this address,
    e.g. the listing after its feedback form was posted."""
    lang = lang or lang_of(request.url.path)
    settings = request.app.state.settings
    base = str(request.base_url).rstrip("/")
    if switch_to is None:
        query = request.url.query
        switch_to = dutch_path(request.url.path) + (f"?{query}" if query else "")
    alternates = {code: base + localised(code, switch_to) for code in ("nl", "en")}
    body = env.get_template(template).render(
        request=request, lang=lang, t=Translator(lang), url=lambda p: localised(lang, p), settings=settings,
        base=base, alternates=alternates, other_lang="nl" if lang == "en" else "en",
        staff="/" in template,  # the workspaces' templates live in folders and load their own stylesheet too
        **context,
    )
    return Response(content=body, status_code=status, media_type=media_type, headers=headers)
