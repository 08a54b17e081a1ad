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


ERROR_BODY = {
    "type": "object", "required": ["status_code", "detail"],
    "description": "The one error body of the API (api.ErrorBody)",
    "properties": {
        "status_code": {"type": "integer"},
        "detail": {"type": "string"},
        "extra": {"oneOf": [{"type": "array", "items": {"type": "object", "required": ["key", "message"],
                                                         "properties": {"key": {"type": "string"}, "message": {"type": "string"}}}},
                            {"type": "null"}]},
    },
}
ERRORS = {
    "400": "The request is not valid: a parameter, the JSON, a NUL character (`extra` names what)",
    "401": "An API key is required, or the key is not valid",
    "403": "This key may not do this",
    "404": "There is no record with this id (in the path, or named in the body)",
    "409": "The record changed meanwhile, or a record with this id or name already exists",
    "413": "The request body is larger than 2,000,000 bytes",
    "422": "The record or query is not valid (`extra` lists each field and what is wrong)",
}


def error_responses(operations: dict[str, Any], path: str) -> None:
    """Litestar documents only 400 (in a shape of its own). Every API operation gets the error
    answers it can give, all with the one ErrorBody: 400 and 422 always (a search with an unknown
    code is 422 too), 404 with an id in the path or a body, 401/403 where a key is needed, 409/413 for writes."""
    if not path.startswith("/api/"):
        return
    for method, operation in operations.items():
        if method not in ("get", "post", "put", "patch", "delete"):
            continue
        codes = ["400", "422"]
        if "{" in path or method != "get":  # a write may name another record in its body
            codes.append("404")
        if operation.get("security"):
            codes += ["401", "403"]
        if method != "get":
            codes += ["409", "413"]
        responses = operation.setdefault("responses", {})
        for code in codes:
            if code == "400" or code not in responses:
                responses[code] = {"description": ERRORS[code],
                                   "content": {"application/json": {"schema": {"$ref": "#/components/schemas/ErrorBody"}}}}


class DocumentedJson(JsonRenderPlugin):
    """openapi.json with every operation's error answers (`error_responses`)."""

    def render(self, request: Request, openapi_schema: dict[str, Any]) -> bytes:
        schemas = openapi_schema.setdefault("components", {}).setdefault("schemas", {})
        schemas.setdefault("ErrorBody", ERROR_BODY)  # (already there when a handler names api.ErrorBody)
        for path, operations in openapi_schema.get("paths", {}).items():
            error_responses(operations, path)
        return super().render(request, openapi_schema)


def openapi_config() -> OpenAPIConfig:
    return OpenAPIConfig(
        title="Sociale Kaart API",
        version="1",
        description="HSDS 3 / HSDA-compatible social map API with Dutch extensions.",
        path="/schema",
        components=Components(security_schemes={"BearerToken": SecurityScheme(type="http", scheme="bearer")}),
        render_plugins=[LocalSwaggerUI(), DocumentedJson()],
    )

