"""The editors' workspace under /redactie (and /en/redactie)."""

from __future__ import annotations

from litestar import Controller


class EditorPages(Controller):
    include_in_schema = False
