"""The API documentation at /schema, served from the package: Swagger UI 5 (it reads OpenAPI
3.1), shipped in static/vendor/swagger-ui with its Apache-2.0 licence (no CDN, works offline),
and a page without inline script, so the site's Content-Security-Policy holds there too
(styles may be inline: Swagger UI sets them)."""

from __future__ import annotations

from html import escape
from typing import Any

from litestar import Request
from litestar.openapi import OpenAPIConfig
from litestar.openapi.plugins import JsonRenderPlugin, OpenAPIRenderPlugin
from litestar.openapi.spec import Components, SecurityScheme

from sociale_kaart.web.render import static_url


DOCS_CSP = ("default-src 'self'; img-src 'self' data:; script-src 'self'; style-src 'self' 'unsafe-inline'; "
            "connect-src 'self'; frame-ancestors 'none'; form-action 'self'; base-uri 'self'; object-src 'none'")


class LocalSwaggerUI(OpenAPIRenderPlugin):
    def __init__(self) -> None:
        super().__init__(path="/")

    def render(self, request: Request, openapi_schema: dict[str, Any]) -> bytes:
        title = escape(openapi_schema["info"]["title"])
        return f"""<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>{title}</title>
<link rel="icon" href="data:,">
<link rel="stylesheet" href="{static_url('vendor/swagger-ui/swagger-ui.css')}">
</head>
<body>
<main id="swagger-ui" data-spec="{escape(self.get_openapi_json_route(request))}"></main>
<noscript><p>The API description is at <a href="{escape(self.get_openapi_json_route(request))}">openapi.json</a>.</p></noscript>
<script src="{static_url('vendor/swagger-ui/swagger-ui-bundle.js')}"></script>
<script src="{static_url('js/api-docs.js')}"></script>
</body>
</html>""".encode()


def openapi_config() -> OpenAPIConfig:
    return OpenAPIConfig(
        title="Sociale Kaart API",
        version="1",
        description="HSDS 3 / HSDA-compatible social map API with Dutch extensions.",
        path="/schema",
        components=Components(security_schemes={"BearerToken": SecurityScheme(type="http", scheme="bearer")}),
        render_plugins=[LocalSwaggerUI(), JsonRenderPlugin()],
    )

