"""Messages from residents about a listing ("Klopt er iets niet?"), kept for the editors.

Only what the resident typed is stored: the message and, when they want an answer, an e-mail
address. No IP address, no browser details.
"""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import Boolean, ForeignKey, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from sociale_kaart.db import Base, Id, utcnow


class Feedback(Base):
    __tablename__ = "feedback"
    id: Mapped[str] = mapped_column(Id(), primary_key=True)
    service_id: Mapped[str] = mapped_column(ForeignKey("service.id", ondelete="CASCADE"), index=True)
    message: Mapped[str] = mapped_column(Text)
    email: Mapped[str | None] = mapped_column(String(320))
    language: Mapped[str] = mapped_column(String(2), default="nl")
    created_at: Mapped[datetime] = mapped_column(default=utcnow, index=True)
    handled: Mapped[bool] = mapped_column(Boolean, default=False)
    # The editor's handling: a note for colleagues (never shown to the resident or the partner).
    note: Mapped[str | None] = mapped_column(Text)
    handled_at: Mapped[datetime | None] = mapped_column()
    handled_by: Mapped[str | None] = mapped_column(String(200))
