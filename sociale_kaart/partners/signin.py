"""Signed session cookies for the partner pages, and a brake on guessing passwords.

The cookie holds the account's e-mail, an expiry and a CSRF token, signed with HMAC-SHA256 by a
secret every server process of the instance shares (`instance_secret`). Nothing else is kept
in the browser; the account is read again on every request, so disabling it takes effect at once.
"""

from __future__ import annotations

import base64
import hashlib
import hmac
import secrets
import threading
import time

import msgspec

COOKIE = "sk_partner"
LIFETIME = 8 * 3600


class Signin(msgspec.Struct):
    email: str
    expires: int
    csrf: str
    issued_ms: int = 0  # when it was made (unix milliseconds): a sign-out ends what came before


def _sign(secret: str, payload: bytes) -> str:
    return base64.urlsafe_b64encode(hmac.new(secret.encode(), payload, hashlib.sha256).digest()).decode().rstrip("=")


def make_cookie(secret: str, email: str, now_ms: int | None = None) -> tuple[str, Signin]:
    now_ms = now_ms or time.time_ns() // 1_000_000
    signin = Signin(email=email, expires=now_ms // 1000 + LIFETIME, csrf=secrets.token_urlsafe(24), issued_ms=now_ms)
    payload = base64.urlsafe_b64encode(msgspec.json.encode(signin)).decode().rstrip("=")
    return f"{payload}.{_sign(secret, payload.encode())}", signin


def ended(signin: Signin, sessions_after: int | None) -> bool:
    return bool(sessions_after) and signin.issued_ms < sessions_after


def end_sessions(account) -> int:
    """Every sign-in of this account made before now stops counting; returns now (unix milliseconds)."""
    account.sessions_after = time.time_ns() // 1_000_000
    return account.sessions_after


def read_cookie(secret: str, value: str | None) -> Signin | None:
    if not value or "." not in value or len(value) > 2000:
        return None
    payload, signature = value.rsplit(".", 1)
    if not hmac.compare_digest(signature, _sign(secret, payload.encode())):
        return None
    try:
        signin = msgspec.json.decode(base64.urlsafe_b64decode(payload + "=" * (-len(payload) % 4)), type=Signin)
    except (msgspec.DecodeError, ValueError):
        return None
    return signin if signin.expires > time.time() else None


class Throttle:
    """At most `attempts` failed sign-ins per e-mail address in `window` seconds (per process)."""

    def __init__(self, attempts: int = 5, window: float = 900.0):
        self.attempts, self.window = attempts, window
        self._failures: dict[str, list[float]] = {}
        self._lock = threading.Lock()

    def blocked(self, email: str) -> bool:
        now = time.monotonic()
        with self._lock:
            recent = [t for t in self._failures.get(email, []) if now - t < self.window]
            self._failures[email] = recent
            return len(recent) >= self.attempts

    def failed(self, email: str) -> None:
        with self._lock:
            self._failures.setdefault(email, []).append(time.monotonic())

    def succeeded(self, email: str) -> None:
        with self._lock:
            self._failures.pop(email, None)
