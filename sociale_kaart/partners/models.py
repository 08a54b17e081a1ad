"""API keys: who may write. Only a hash of each key is stored."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import Boolean, ForeignKey, String
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


class InstanceSecret(Base):
    """Secrets every server process of one instance shares (e.g. for signing session cookies)."""

    __tablename__ = "instance_secret"
    name: Mapped[str] = mapped_column(String(50), primary_key=True)
    value: Mapped[str] = mapped_column(String(200))
