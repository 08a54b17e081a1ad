"""Roles and API keys.

Keys are 32 random bytes, so a single SHA-256 is a sound hash for them (unlike passwords, they
cannot be guessed from a dictionary) and allows a constant-time lookup on every request.
"""

from __future__ import annotations

import hashlib
import secrets
from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import Session

from sociale_kaart.db import new_id
from sociale_kaart.partners.models import ApiKey

# admin: everything; editor: every directory record and the editors' queues;
# partner: the records of its own organization; importer: directory writes from feeds.
ROLES = ("admin", "editor", "partner", "importer")


@dataclass(frozen=True)
class Actor:
    """Who is writing: recorded as `updated_by` in the change log."""

    name: str
    role: str
    organization_id: str | None = None

    @property
    def is_editor(self) -> bool:
        return self.role in ("admin", "editor", "importer")

    def may_edit_organization(self, organization_id: str | None) -> bool:
        return self.is_editor or (self.role == "partner" and organization_id == self.organization_id)


SYSTEM = Actor("system", "admin")


def hash_key(key: str) -> str:
    return hashlib.sha256(key.encode()).hexdigest()


def create_key(session: Session, role: str, name: str = "", organization_id: str | None = None) -> str:
    if role not in ROLES:
        raise ValueError(f"Unknown role {role!r}; choose one of {', '.join(ROLES)}")
    if role == "partner" and not organization_id:
        raise ValueError("A partner key belongs to one organization: give --organization ID")
    key = "sk_" + secrets.token_urlsafe(32)
    session.add(ApiKey(id=new_id(), name=name or role, role=role, organization_id=organization_id, key_hash=hash_key(key)))
    session.commit()
    return key


def actor_for_key(session: Session, key: str) -> Actor | None:
    row = session.scalar(select(ApiKey).where(ApiKey.key_hash == hash_key(key), ApiKey.revoked.is_(False)))
    if row is None:
        return None
    return Actor(f"key:{row.name}:{row.id[:8]}", row.role, row.organization_id)
