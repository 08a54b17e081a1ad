"""Mail: one `send` for reminders, password links and invitations.

By SMTP when `SK_SMTP_URL` is set (`smtp://user:password@host:587` uses STARTTLS, `smtps://…`
TLS from the start), else as `.eml` files in `SK_OUTBOX_DIR` (the demo and the tests), which any
mail program opens and an operator can hand to a mail server later.
"""

from __future__ import annotations

import smtplib
import ssl
from email.message import EmailMessage
from email.utils import formatdate, make_msgid
from pathlib import Path
from urllib.parse import unquote, urlsplit

from sociale_kaart.db import new_id
from sociale_kaart.settings import Settings


def message(settings: Settings, to: str, subject: str, body: str) -> EmailMessage:
    msg = EmailMessage()
    msg["From"] = settings.mail_from
    msg["To"] = to
    msg["Subject"] = subject
    msg["Date"] = formatdate(localtime=False)
    msg["Message-ID"] = make_msgid(domain="sociale-kaart")
    msg.set_content(body)
    return msg


def send(settings: Settings, to: str, subject: str, body: str) -> Path | None:
    """Send one plain-text mail; returns the outbox file when no SMTP server is configured."""
    msg = message(settings, to, subject, body)
    if settings.smtp_url:
        _smtp(settings.smtp_url, msg)
        return None
    settings.outbox_dir.mkdir(parents=True, exist_ok=True)
    path = settings.outbox_dir / f"{new_id()}.eml"
    tmp = path.with_suffix(".tmp")
    tmp.write_bytes(bytes(msg))
    tmp.replace(path)  # a reader never sees half a message
    return path


def _smtp(url: str, msg: EmailMessage) -> None:
    parts = urlsplit(url)
    if parts.scheme not in ("smtp", "smtps"):
        raise ValueError(f"SK_SMTP_URL must start with smtp:// or smtps://, not {parts.scheme}://")
    context = ssl.create_default_context()
    if parts.scheme == "smtps":
        server = smtplib.SMTP_SSL(parts.hostname or "localhost", parts.port or 465, context=context, timeout=30)
    else:
        server = smtplib.SMTP(parts.hostname or "localhost", parts.port or 587, timeout=30)
    with server:
        if parts.scheme == "smtp" and server.has_extn("starttls"):
            server.starttls(context=context)
        if parts.username:
            server.login(unquote(parts.username), unquote(parts.password or ""))
        server.send_message(msg)


def outbox(settings: Settings) -> list[EmailMessage]:
    """The messages waiting in the outbox folder, oldest first (for tests and operators)."""
    from email import policy
    from email.parser import BytesParser

    if not settings.outbox_dir.is_dir():
        return []
    files = sorted(settings.outbox_dir.glob("*.eml"), key=lambda p: p.stat().st_mtime_ns)
    return [BytesParser(policy=policy.default).parsebytes(p.read_bytes()) for p in files]
