from __future__ import annotations

from sqlalchemy import Float, String
from sqlalchemy.orm import Mapped, mapped_column

from sociale_kaart.db import Base


class GazetteerEntry(Base):
    """One four-digit postcode area with its place, municipality and centre point."""

    __tablename__ = "gazetteer_entry"
    postcode: Mapped[str] = mapped_column(String(4), primary_key=True)
    place: Mapped[str] = mapped_column(String(200))
    alternatives: Mapped[str] = mapped_column(String(500), default="")
    municipality: Mapped[str] = mapped_column(String(200))
    province: Mapped[str] = mapped_column(String(100), default="")
    latitude: Mapped[float] = mapped_column(Float)
    longitude: Mapped[float] = mapped_column(Float)
