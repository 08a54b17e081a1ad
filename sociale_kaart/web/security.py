"""Security headers on every response and a strict Content-Security-Policy.

The policy allows scripts and styles from this site only (no inline script or style), images
from this site, data: URIs and the map tile server, and no framing. The API documentation at
/schema (Swagger UI, served from the package) may also set inline styles.
"""

from __future__ import annotations

from urllib.parse import urlsplit

from sociale_kaart.settings import Settings
from sociale_kaart.web.apidocs import DOCS_CSP

DOCS = "/schema"


def tile_origin(tile_url: str) -> str:
    parts = urlsplit(tile_url)
    if not parts.scheme or not parts.netloc:
        return ""
    host = parts.netloc.replace("{s}", "*")  # Leaflet's subdomain placeholder: a.tile…, b.tile…
    return f"{parts.scheme}://{host}"


def content_security_policy(settings: Settings) -> str:
    img = " ".join(x for x in ("'self'", "data:", tile_origin(settings.tile_url)) if x)
    return (f"default-src 'self'; img-src {img}; script-src 'self'; style-src 'self'; frame-ancestors 'none'; "
            "form-action 'self'; base-uri 'self'; object-src 'none'")


def security_headers(settings: Settings):
    """A `before_send` hook: it sees every response, also the 404s of unknown addresses that
    route middleware never reaches."""
    csp = content_security_policy(settings)
    always = {
        "X-Content-Type-Options": "nosniff",
        "Referrer-Policy": "strict-origin-when-cross-origin",
        "Permissions-Policy": "geolocation=(), camera=(), microphone=(), payment=(), usb=()",
        "X-Frame-Options": "DENY",
    }

    raw = [(name.lower().encode(), value.encode()) for name, value in always.items()]
    page_csp = (b"content-security-policy", csp.encode())
    docs_csp = (b"content-security-policy", DOCS_CSP.encode())
    ours = {name for name, _ in raw} | {b"content-security-policy"}

    async def add_headers(message, scope) -> None:
        if message["type"] != "http.response.start":
            return
        # ours replace any of the same name (raw ASGI headers: one pass, no header objects)
        headers = [h for h in message.get("headers", ()) if h[0].lower() not in ours]
        message["headers"] = [*headers, *raw, docs_csp if scope["path"].startswith(DOCS) else page_csp]

    return add_headers
