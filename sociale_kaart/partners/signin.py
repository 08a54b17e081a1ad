"""Signed session cookies for the partner pages, and the CSRF token of forms sent before signing in.

The cookie holds the account's e-mail, an expiry and a CSRF token, signed with HMAC-SHA256 by a
secret every server process of the instance shares (`instance_secret`). Nothing else is kept
in the browser; the account is read again on every request, so disabling it takes effect at once.
Forms sent without a session (sign-in, forgotten password, access request) carry a token that is
the signature of a random value in the `sk_form` cookie: another site can neither read nor make it.
The brake on guessing passwords is `sociale_kaart.throttle`, shared by all processes.
"""

from __future__ import annotations

import base64
import hashlib
import hmac
import secrets
import time

import msgspec

COOKIE = "sk_partner"
FORM_COOKIE = "sk_form"
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


def new_form_cookie() -> str:
    return secrets.token_urlsafe(24)


def form_token(secret: str, form_cookie: str) -> str:
    """The hidden field's value for a browser holding `form_cookie`."""
    return _sign(secret, b"form:" + form_cookie.encode())


def form_token_ok(secret: str, form_cookie: str | None, sent: str) -> bool:
    if not form_cookie or len(form_cookie) > 100:
        return False
    return hmac.compare_digest(sent.encode(), form_token(secret, form_cookie).encode())
