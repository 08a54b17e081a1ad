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

from argon2 import PasswordHasher
from argon2.exceptions import InvalidHashError, VerifyMismatchError
from sqlalchemy.exc import IntegrityError

from sociale_kaart.db import new_id
from sociale_kaart.partners.models import ApiKey, InstanceSecret, PartnerAccount

# admin: everything; editor: every directory record and the editors' queues;
# partner: the records of its own organization; importer: directory writes from feeds;
# consultant: the cases of its own team (one person per key or account), no directory writes.
ROLES = ("admin", "editor", "partner", "importer", "consultant")
ACCOUNT_ROLES = ("partner", "editor", "admin", "consultant")


@dataclass(frozen=True)
class Actor:
    """Who is writing: recorded as `updated_by` in the change log."""

    name: str
    role: str
    organization_id: str | None = None
    team: str | None = None

    @property
    def is_editor(self) -> bool:
        return self.role in ("admin", "editor", "importer")

    def may_edit_organization(self, organization_id: str | None) -> bool:
        return self.is_editor or (self.role == "partner" and organization_id == self.organization_id)


SYSTEM = Actor("system", "admin")

# Where each role starts after signing in.
HOME = {"consultant": "/consulent", "editor": "/redactie", "admin": "/redactie"}

# Sign-ins made by `demo` (and shown on its login page only in demo mode).
DEMO_PARTNER = ("partner@buurtkracht.example", "demo-partner-huizen")
DEMO_EDITOR = ("redactie@huizen.example", "demo-redactie-huizen")
DEMO_CONSULTANTS = (("consulent@huizen.example", "demo-consulent-huizen"), ("collega@huizen.example", "demo-collega-huizen"))
DEMO_TEAM = "Wijkteam Huizen-Noord"


def hash_key(key: str) -> str:
    return hashlib.sha256(key.encode()).hexdigest()


def check_team(role: str, team: str | None) -> str | None:
    """A consultant belongs to exactly one team; nobody else has one."""
    team = (team or "").strip() or None
    if role == "consultant" and not team:
        raise ValueError("A consultant belongs to one team: give --team TEAM")
    if role != "consultant" and team:
        raise ValueError("Only consultants belong to a team")
    if team and len(team) > 100:
        raise ValueError("A team name has at most 100 characters")
    return team


def create_key(session: Session, role: str, name: str = "", organization_id: str | None = None,
               team: str | None = None) -> str:
    if role not in ROLES:
        raise ValueError(f"Unknown role {role!r}; choose one of {', '.join(ROLES)}")
    if role == "partner" and not organization_id:
        raise ValueError("A partner key belongs to one organization: give --organization ID")
    team = check_team(role, team)
    key = "sk_" + secrets.token_urlsafe(32)
    session.add(ApiKey(id=new_id(), name=name or role, role=role, organization_id=organization_id, team=team,
                       key_hash=hash_key(key)))
    session.commit()
    return key


def actor_for_key(session: Session, key: str) -> Actor | None:
    row = session.scalar(select(ApiKey).where(ApiKey.key_hash == hash_key(key), ApiKey.revoked.is_(False)))
    if row is None:
        return None
    return Actor(f"key:{row.name}:{row.id[:8]}", row.role, row.organization_id, row.team)


_hasher = PasswordHasher()
# Verifying against this keeps a login for an unknown e-mail as slow as one with a wrong password.
_DUMMY_HASH = _hasher.hash("not a password")
MIN_PASSWORD = 10


def create_account(session: Session, email: str, role: str, organization_id: str | None = None,
                   password: str | None = None, team: str | None = None) -> str:
    """Create a sign-in for the partner pages; returns the password (generated when not given)."""
    email = email.strip().lower()
    if "@" not in email or len(email) > 320:
        raise ValueError(f"{email!r} is not an e-mail address")
    if role not in ACCOUNT_ROLES:
        raise ValueError(f"An account is one of: {', '.join(ACCOUNT_ROLES)}")
    if role == "partner" and not organization_id:
        raise ValueError("A partner account belongs to one organization: give --organization ID")
    team = check_team(role, team)
    password = password or secrets.token_urlsafe(12)
    if len(password) < MIN_PASSWORD:
        raise ValueError(f"A password has at least {MIN_PASSWORD} characters")
    session.add(PartnerAccount(id=new_id(), email=email, role=role, organization_id=organization_id, team=team,
                               password_hash=_hasher.hash(password)))
    try:
        session.commit()
    except IntegrityError:
        session.rollback()
        raise ValueError(f"There is already an account for {email}") from None
    return password


def authenticate(session: Session, email: str, password: str) -> Actor | None:
    account = session.scalar(select(PartnerAccount).where(PartnerAccount.email == email.strip().lower(),
                                                          PartnerAccount.active.is_(True)))
    try:
        _hasher.verify(account.password_hash if account else _DUMMY_HASH, password)
    except (VerifyMismatchError, InvalidHashError):
        return None
    if account is None:
        return None
    if _hasher.check_needs_rehash(account.password_hash):
        account.password_hash = _hasher.hash(password)
        session.commit()
    return account_actor(account)


def account_actor(account: PartnerAccount) -> Actor:
    return Actor(f"account:{account.email}", account.role, account.organization_id, account.team)


def instance_secret(session: Session, name: str = "session") -> str:
    """A random secret made once per instance and shared by all its server processes."""
    row = session.get(InstanceSecret, name)
    if row is None:
        session.add(InstanceSecret(name=name, value=secrets.token_hex(32)))
        try:
            session.commit()
        except IntegrityError:  # another process made it first
            session.rollback()
        row = session.get(InstanceSecret, name)
    return row.value
