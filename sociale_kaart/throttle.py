"""Brakes on guessing and flooding, counted in the database so every server process shares them.

A `Rule` lets `free` events through; after that each further event makes the next one wait,
starting at `first_wait` seconds and doubling up to `max_wait`. A quiet period of `forget`
seconds starts the count again. Events are failed sign-ins (per account and per client address)
or sent forms (per client address). The key of a count is an HMAC of the e-mail address or IP
address with the instance secret, so the table holds no address in plain text.
README "Limits" lists the numbers.
"""

from __future__ import annotations

import hashlib
import hmac
import time
from typing import NamedTuple

from sqlalchemy import Float, Integer, String, case, delete, update
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Mapped, Session, mapped_column

from sociale_kaart.db import Base


class ThrottleCount(Base):
    __tablename__ = "throttle"
    key: Mapped[str] = mapped_column(String(64), primary_key=True)
    count: Mapped[int] = mapped_column(Integer, default=0)
    last_at: Mapped[float] = mapped_column(Float, index=True)  # unix seconds of the last event


class Rule(NamedTuple):
    name: str
    free: int
    first_wait: int
    max_wait: int
    forget: int = 3600

    def delay(self, count: int) -> int:
        if count < self.free:
            return 0
        return min(self.max_wait, self.first_wait * 2 ** min(count - self.free, 20))


# The real person waits at most 5 minutes however often someone else guesses their password.
ACCOUNT = Rule("account", free=5, first_wait=15, max_wait=300)
# Guessing over many accounts from one address (password spraying).
CLIENT = Rule("client", free=20, first_wait=15, max_wait=900)
# Forms anyone may send (feedback, access request, password reset): every sending counts.
FORM = Rule("form", free=5, first_wait=60, max_wait=900)
# A password-reset mail to one address.
RESET = Rule("reset", free=3, first_wait=300, max_wait=3600)

_KEEP = 86_400  # counts untouched for a day are deleted


def _key(secret: str, rule: Rule, value: str) -> str:
    return hmac.new(secret.encode(), f"{rule.name}:{value}".encode(), hashlib.sha256).hexdigest()


def wait(session: Session, secret: str, *checks: tuple[Rule, str]) -> int:
    """Seconds to wait before the next event is let through (0: now), the longest over `checks`."""
    now = time.time()
    longest = 0.0
    for rule, value in checks:
        row = session.get(ThrottleCount, _key(secret, rule, value), populate_existing=True)
        if row is not None and now - row.last_at < rule.forget:
            longest = max(longest, row.last_at + rule.delay(row.count) - now)
    return int(longest + 0.999) if longest > 0 else 0


def hit(session: Session, secret: str, *checks: tuple[Rule, str]) -> None:
    """Count one event for each (rule, value); commits."""
    now = time.time()
    session.execute(delete(ThrottleCount).where(ThrottleCount.last_at < now - _KEEP))
    for rule, value in checks:
        key = _key(secret, rule, value)
        # One statement, so two processes counting at once both count.
        again = ThrottleCount.last_at < now - rule.forget
        bump = (update(ThrottleCount).where(ThrottleCount.key == key)
                .values(count=case((again, 1), else_=ThrottleCount.count + 1), last_at=now))
        if session.execute(bump).rowcount:
            continue
        try:
            with session.begin_nested():
                session.add(ThrottleCount(key=key, count=1, last_at=now))
        except IntegrityError:  # another process made the row just now
            session.execute(bump)
    session.commit()


def clear(session: Session, secret: str, rule: Rule, value: str) -> None:
    """Forget the count (a successful sign-in clears its account's failures); commits."""
    session.execute(delete(ThrottleCount).where(ThrottleCount.key == _key(secret, rule, value)))
    session.commit()

