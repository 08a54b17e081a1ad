"""An HSDA feed by its base URL: follows the pages of `/services?full=true`, asking only for what
changed since the last pull of this source (`feed_cursor`).

All pages are fetched into a temporary file first and imported from there like an HSDS JSON
list, so a feed that breaks off halfway stores nothing and leaves the cursor where it was.
"""

from __future__ import annotations

import os
import tempfile
from datetime import datetime
from pathlib import Path

import httpx
import msgspec
from sqlalchemy.orm import Session

from importers import hsds
from importers.pipeline import Input, Unusable
from sociale_kaart.db import utcnow
from sociale_kaart.directory.provenance import FeedCursor

PER_PAGE = 100
MAX_PAGES = 100_000


class PageOfServices(msgspec.Struct):
    contents: list[msgspec.Raw]
    total_pages: int | None = None
    last_page: bool | None = None


class Stamp(msgspec.Struct):
    last_modified: str | None = None


def _when(text: str | None) -> datetime | None:
    try:
        return datetime.fromisoformat(text) if text else None
    except ValueError:
        return None


def read(url: str, session: Session, source: str, *, client: httpx.Client | None = None) -> tuple[Input, object]:
    base = url.rstrip("/")
    if not base.startswith(("http://", "https://")):
        raise Unusable(f"{url} is not an http(s) URL of an HSDA API (like https://example.org/api/v1)")
    cursor = session.get(FeedCursor, source)
    since = cursor.modified_after if cursor else None
    newest = since
    fd, name = tempfile.mkstemp(prefix="hsda-", suffix=".json")
    spool = Path(name)
    own = client is None
    client = client or httpx.Client(timeout=60, follow_redirects=True, headers={"Accept": "application/json"})
    count = 0
    try:
        with os.fdopen(fd, "wb") as fh:
            fh.write(b"[")
            for page in range(1, MAX_PAGES):
                params = {"full": "true", "per_page": PER_PAGE, "page": page}
                if since is not None:
                    params["modified_after"] = since.isoformat()
                try:
                    r = client.get(f"{base}/services", params=params)
                except httpx.HTTPError as exc:
                    raise Unusable(f"cannot reach {base}: {exc}") from None
                if r.status_code != 200:
                    raise Unusable(f"{base}/services answered {r.status_code} for page {page}; nothing was imported")
                try:
                    body = msgspec.json.decode(r.content, type=PageOfServices)
                except (msgspec.DecodeError, msgspec.ValidationError) as exc:
                    raise Unusable(f"{base}/services page {page} is not an HSDA page of services: {exc}") from None
                for raw in body.contents:
                    fh.write((b",\n" if count else b"\n") + bytes(raw))
                    count += 1
                    stamp = _when(msgspec.json.decode(raw, type=Stamp).last_modified) if raw else None
                    if stamp is not None and (newest is None or stamp > newest):
                        newest = stamp
                done = body.last_page if body.last_page is not None else page >= (body.total_pages or 0)
                if done or not body.contents:
                    break
            fh.write(b"\n]\n")
        found = hsds.read(spool) if count else Input([], total=0)
    except BaseException:
        spool.unlink(missing_ok=True)
        raise
    finally:
        if own:
            client.close()
    inner_close = found.close

    def close() -> None:
        inner_close()
        spool.unlink(missing_ok=True)

    found.close = close

    def after(session: Session) -> None:
        """Move the cursor: the next pull asks only for services changed after the newest seen."""
        row = session.get(FeedCursor, source) or FeedCursor(source=source, url=base)
        row.url, row.modified_after, row.last_run = base, newest, utcnow()
        session.merge(row)
        session.commit()

    return found, after
