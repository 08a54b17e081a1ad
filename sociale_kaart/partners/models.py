"""API keys: who may write. Only a hash of each key is stored."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import BigInteger, Boolean, ForeignKey, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from sociale_kaart.db import Base, Id, utcnow


class ApiKey(Base):
    __tablename__ = "api_key"
    id: Mapped[str] = mapped_column(Id(), primary_key=True)
    name: Mapped[str] = mapped_column(String(200))
    role: Mapped[str] = mapped_column(String(20))
    organization_id: Mapped[str | None] = mapped_column(ForeignKey("organization.id"), index=True)
    team: Mapped[str | None] = mapped_column(String(100))  # consultants: the district team
    key_hash: Mapped[str] = mapped_column(String(64), unique=True)
    created_at: Mapped[datetime] = mapped_column(default=utcnow)
    revoked: Mapped[bool] = mapped_column(Boolean, default=False)


class PartnerAccount(Base):
    """A person who signs in on the partner pages. Only an Argon2 hash of the password is kept."""

    __tablename__ = "partner_account"
    id: Mapped[str] = mapped_column(Id(), primary_key=True)
    email: Mapped[str] = mapped_column(String(320), unique=True)
    role: Mapped[str] = mapped_column(String(20))
    organization_id: Mapped[str | None] = mapped_column(ForeignKey("organization.id"), index=True)
    team: Mapped[str | None] = mapped_column(String(100))  # consultants: the district team
    password_hash: Mapped[str] = mapped_column(String(200))
    active: Mapped[bool] = mapped_column(Boolean, default=True)
    created_at: Mapped[datetime] = mapped_column(default=utcnow)
    # Sign-ins made before this moment (unix milliseconds) no longer count: set at sign-out and on
    # a password change, so those end every session of the account at once, in every browser.
    sessions_after: Mapped[int | None] = mapped_column(BigInteger)


class InstanceSecret(Base):
    """Secrets every server process of one instance shares (e.g. for signing session cookies)."""

    __tablename__ = "instance_secret"
    name: Mapped[str] = mapped_column(String(50), primary_key=True)
    value: Mapped[str] = mapped_column(String(200))


class PasswordToken(Base):
    """A one-time link to set a password ("Wachtwoord vergeten?", invitations). Only a hash is kept."""

    __tablename__ = "password_token"
    id: Mapped[str] = mapped_column(Id(), primary_key=True)
    account_id: Mapped[str] = mapped_column(ForeignKey("partner_account.id", ondelete="CASCADE"), index=True)
    token_hash: Mapped[str] = mapped_column(String(64), unique=True)
    expires_at: Mapped[datetime] = mapped_column()
    used_at: Mapped[datetime | None] = mapped_column()
    created_at: Mapped[datetime] = mapped_column(default=utcnow)


class AccessRequest(Base):
    """Someone asks access for an organisation that is not on the map yet; an editor decides."""

    __tablename__ = "access_request"
    id: Mapped[str] = mapped_column(Id(), primary_key=True)
    organization_name: Mapped[str] = mapped_column(String(300))
    email: Mapped[str] = mapped_column(String(320), index=True)
    contact_name: Mapped[str] = mapped_column(String(200))
    phone: Mapped[str | None] = mapped_column(String(50))
    website: Mapped[str | None] = mapped_column(String(2000))
    kvk: Mapped[str | None] = mapped_column(String(20))
    message: Mapped[str] = mapped_column(Text, default="")
    status: Mapped[str] = mapped_column(String(10), default="pending", index=True)  # pending, approved, rejected
    created_at: Mapped[datetime] = mapped_column(default=utcnow)
    decided_at: Mapped[datetime | None] = mapped_column()
    decided_by: Mapped[str | None] = mapped_column(String(200))
    note: Mapped[str | None] = mapped_column(Text)
    organization_id: Mapped[str | None] = mapped_column(ForeignKey("organization.id"))
