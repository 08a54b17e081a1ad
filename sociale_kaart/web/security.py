"""Security headers on every response; a strict Content-Security-Policy on everything but /schema.

The policy allows scripts and styles from this site only (no inline script or style), images
from this site, data: URIs and the map tile server, and no framing.
"""

from __future__ import annotations

from urllib.parse import urlsplit

from litestar.datastructures import MutableScopeHeaders
from litestar.middleware import DefineMiddleware

from sociale_kaart.settings import Settings

# The OpenAPI viewer at /schema loads its own scripts; it is for developers and keeps the rest.
NO_CSP = ("/schema",)


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


class SecurityHeaders:
    def __init__(self, app, csp: str):
        self.app = app
        self.headers = {
            "X-Content-Type-Options": "nosniff",
            "Referrer-Policy": "strict-origin-when-cross-origin",
            "Permissions-Policy": "geolocation=(), camera=(), microphone=(), payment=(), usb=()",
            "X-Frame-Options": "DENY",
        }
        self.csp = csp

    async def __call__(self, scope, receive, send):
        if scope["type"] != "http":
            return await self.app(scope, receive, send)
        with_csp = not scope["path"].startswith(NO_CSP)

        async def send_wrapper(message):
            if message["type"] == "http.response.start":
                headers = MutableScopeHeaders.from_message(message)
                for name, value in self.headers.items():
                    headers[name] = value
                if with_csp:
                    headers["Content-Security-Policy"] = self.csp
            await send(message)

        await self.app(scope, receive, send_wrapper)


def security_headers(settings: Settings) -> DefineMiddleware:
    return DefineMiddleware(SecurityHeaders, csp=content_security_policy(settings))
