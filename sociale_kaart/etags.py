"""ETags for every successful GET under /api/v1 (INTERFACES.md, "Concurrency").

Directory records carry an ETag of the record itself (`directory.controllers.etag`), which their
PUT/PATCH/DELETE check against `If-Match`. Every other API answer (a case, a referral, a change,
...) gets one here, from the exact bytes sent, and a matching `If-None-Match` is answered 304.
"""

from __future__ import annotations

import hashlib

LIMIT = 8 * 1024 * 1024  # larger answers pass unchanged (no ETag) rather than being held in memory
PREFIX = "/api/v1/"


def body_etag(body: bytes) -> bytes:
    return b'"' + hashlib.sha256(body).hexdigest()[:32].encode() + b'"'


def _matches(if_none_match: bytes, tag: bytes) -> bool:
    wanted = {v.strip().removeprefix(b"W/") for v in if_none_match.split(b",")}
    return b"*" in wanted or tag in wanted


class ETags:
    def __init__(self, app):
        self.app = app

    async def __call__(self, scope, receive, send):
        if scope["type"] != "http" or scope["method"] != "GET" or not scope["path"].startswith(PREFIX):
            return await self.app(scope, receive, send)
        if_none_match = next((v for k, v in scope.get("headers", []) if k == b"if-none-match"), None)
        held: dict = {"start": None, "chunks": [], "size": 0, "through": False, "swallow": False}

        async def flush() -> None:
            held["through"] = True
            await send(held["start"])
            for chunk in held["chunks"]:
                await send({"type": "http.response.body", "body": chunk, "more_body": True})

        async def not_modified(start, tag: bytes) -> None:
            headers = [(k, v) for k, v in start.get("headers", [])
                       if k.lower() not in (b"content-length", b"content-type", b"content-encoding", b"etag")]
            await send({**start, "status": 304, "headers": [*headers, (b"etag", tag)]})
            await send({"type": "http.response.body", "body": b""})

        async def capture(message) -> None:
            if held["swallow"]:
                return
            if held["through"]:
                return await send(message)
            if message["type"] == "http.response.start":
                names = {k.lower(): v for k, v in message.get("headers", [])}
                json = names.get(b"content-type", b"").startswith(b"application/json")
                if message["status"] == 200 and b"etag" in names and if_none_match is not None \
                        and _matches(if_none_match, names[b"etag"]):
                    held["swallow"] = True  # the record's own ETag (directory records) matches
                    return await not_modified(message, names[b"etag"])
                if message["status"] != 200 or b"etag" in names or not json:
                    held["through"] = True
                    return await send(message)
                held["start"] = message
                return
            if message["type"] != "http.response.body":
                return await send(message)
            body = message.get("body", b"")
            held["chunks"].append(body)
            held["size"] += len(body)
            if message.get("more_body"):
                if held["size"] > LIMIT:
                    await flush()
                return
            body = b"".join(held["chunks"])
            tag = body_etag(body)
            start = held["start"]
            if if_none_match is not None and _matches(if_none_match, tag):
                return await not_modified(start, tag)
            await send({**start, "headers": [*start.get("headers", []), (b"etag", tag)]})
            await send({"type": "http.response.body", "body": body})

        await self.app(scope, receive, capture)
