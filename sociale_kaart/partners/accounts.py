"""Account life on the partner pages: one-time password links, colleagues, access requests.

A password link is 32 random bytes; only its SHA-256 is stored, it works once and expires.
Mail goes through `sociale_kaart.mail` (SMTP or the outbox folder). The editors' workspace calls
`send_password_link`, `approve_access_request` and `reject_access_request` too.
"""

from __future__ import annotations

import re
import secrets
from datetime import timedelta

from sqlalchemy import select, update
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from sociale_kaart import mail
from sociale_kaart.db import new_id, utcnow
from sociale_kaart.directory import schemas as s
from sociale_kaart.partners.models import AccessRequest, PartnerAccount, PasswordToken
from sociale_kaart.partners.service import MIN_PASSWORD, Actor, _hasher, hash_key
from sociale_kaart.partners.signin import end_sessions
from sociale_kaart.settings import Settings
from sociale_kaart.web.i18n import Translator

RESET_HOURS = 2
INVITE_DAYS = 7
EMAIL_RE = re.compile(r"^[^@\s]+@[^@\s]+\.[^@\s]+$")


def normal_email(value: str) -> str:
    return (value or "").strip().lower()[:320]


def valid_email(value: str) -> bool:
    return bool(EMAIL_RE.match(value or "")) and len(value) <= 320


def password_problem(password: str) -> str | None:
    """The i18n key of what is wrong with a new password, or None."""
    if len(password) < MIN_PASSWORD:
        return "p.error.password.short"
    if len(password) > 1000:
        return "p.error.password.long"
    return None


# ---- one-time links --------------------------------------------------------------------


PURPOSES = ("reset", "invite", "welcome")


def send_password_link(session: Session, settings: Settings, account_id: str, *, purpose: str = "reset",
                       by: str = "", lang: str = "nl") -> None:
    """Mail an account a one-time link to (re)set its password; earlier unused links stop working.

    `purpose`: reset (forgot password, 2 hours), invite (a colleague `by` invites, 7 days),
    welcome (an editor approved access for organisation `by`, 7 days)."""
    if purpose not in PURPOSES:
        raise ValueError(f"purpose is one of {PURPOSES}")
    account = session.get(PartnerAccount, account_id)
    if account is None or not account.active:
        raise s.NotFound("account", account_id)
    now = utcnow()
    session.execute(update(PasswordToken).where(PasswordToken.account_id == account.id, PasswordToken.used_at.is_(None))
                    .values(used_at=now))
    token = secrets.token_urlsafe(32)
    lifetime = timedelta(hours=RESET_HOURS) if purpose == "reset" else timedelta(days=INVITE_DAYS)
    session.add(PasswordToken(id=new_id(), account_id=account.id, token_hash=hash_key(token), expires_at=now + lifetime))
    session.commit()
    t = Translator(lang)
    prefix = "/en" if lang == "en" else ""
    link = f"{settings.public_url}{prefix}/partner/wachtwoord/{token}"
    subject = t(f"p.mail.{purpose}.subject")
    body = t(f"p.mail.{purpose}.body", by=by, link=link, hours=RESET_HOURS, days=INVITE_DAYS)
    mail.send(settings, account.email, subject, body)


def request_password_reset(session: Session, settings: Settings, email: str, lang: str = "nl") -> None:
    """"Wachtwoord vergeten?": mails a link when the address has an account; says nothing either way."""
    account = session.scalar(select(PartnerAccount).where(PartnerAccount.email == normal_email(email),
                                                          PartnerAccount.active.is_(True)))
    if account is not None:
        send_password_link(session, settings, account.id, lang=lang)


def token_account(session: Session, token: str) -> PartnerAccount | None:
    """The account a link belongs to, while the link is unused and not expired."""
    if not token or len(token) > 100:
        return None
    row = session.scalar(select(PasswordToken).where(PasswordToken.token_hash == hash_key(token)))
    if row is None or row.used_at is not None or row.expires_at <= utcnow():
        return None
    account = session.get(PartnerAccount, row.account_id)
    return account if account is not None and account.active else None


def redeem_token(session: Session, token: str, password: str) -> PartnerAccount | None:
    """Set the password through a one-time link; the link is used up. None when it no longer works."""
    account = token_account(session, token)
    if account is None:
        return None
    # Single use even with two tabs racing: only one UPDATE finds the link unused.
    used = session.execute(update(PasswordToken).where(PasswordToken.token_hash == hash_key(token),
                                                       PasswordToken.used_at.is_(None)).values(used_at=utcnow()))
    if used.rowcount != 1:
        session.rollback()
        return None
    account.password_hash = _hasher.hash(password)
    end_sessions(account)  # whoever knew the old password is signed out
    session.commit()
    return account


def change_password(session: Session, email: str, current: str, new: str) -> int:
    """The new password, when the current one is right; every other session of the account ends.
    Returns the moment from which sign-ins count (for this browser's new one), 0 when refused."""
    from argon2.exceptions import InvalidHashError, VerifyMismatchError

    account = session.scalar(select(PartnerAccount).where(PartnerAccount.email == email, PartnerAccount.active.is_(True)))
    if account is None:
        return 0
    try:
        _hasher.verify(account.password_hash, current)
    except (VerifyMismatchError, InvalidHashError):
        return 0
    account.password_hash = _hasher.hash(new)
    after = end_sessions(account)
    session.commit()
    return after


# ---- colleagues ------------------------------------------------------------------------


def colleagues(session: Session, organization_id: str) -> list[PartnerAccount]:
    return list(session.scalars(select(PartnerAccount).where(PartnerAccount.organization_id == organization_id,
                                                             PartnerAccount.role == "partner",
                                                             PartnerAccount.active.is_(True))
                                .order_by(PartnerAccount.email)))


def invite_colleague(session: Session, settings: Settings, actor: Actor, email: str, lang: str = "nl") -> PartnerAccount:
    """A new partner account for the actor's own organisation, with a mailed link to set a password."""
    if actor.role != "partner" or not actor.organization_id:
        raise s.Forbidden("Only partners invite colleagues to their own organisation")
    email = normal_email(email)
    if not valid_email(email):
        raise s.InvalidInput([s.FieldError("email", "p.error.email")])
    existing = session.scalar(select(PartnerAccount).where(PartnerAccount.email == email))
    if existing is not None:
        if existing.active or existing.organization_id != actor.organization_id:
            raise s.InvalidInput([s.FieldError("email", "p.error.email.taken")])
        existing.active = True  # a removed colleague comes back
        account = existing
    else:
        # Nobody knows this password: the colleague sets one through the link.
        account = PartnerAccount(id=new_id(), email=email, role="partner", organization_id=actor.organization_id,
                                 password_hash=_hasher.hash(secrets.token_urlsafe(32)))
        session.add(account)
    try:
        session.commit()
    except IntegrityError:
        session.rollback()
        raise s.InvalidInput([s.FieldError("email", "p.error.email.taken")]) from None
    send_password_link(session, settings, account.id, purpose="invite", by=actor.name.removeprefix("account:"), lang=lang)
    return account


def remove_colleague(session: Session, actor: Actor, account_id: str) -> None:
    """A partner closes a colleague's sign-in (same organisation, never themselves)."""
    account = session.get(PartnerAccount, account_id)
    if account is None or not account.active or account.role != "partner" or account.organization_id != actor.organization_id \
            or actor.role != "partner":
        raise s.NotFound("account", account_id)
    if f"account:{account.email}" == actor.name:
        raise s.Forbidden("You cannot remove your own sign-in")
    account.active = False
    session.commit()


# ---- access for a new organisation ------------------------------------------------------


def submit_access_request(session: Session, *, organization_name: str, email: str, contact_name: str,
                          phone: str = "", website: str = "", kvk: str = "", message: str = "") -> AccessRequest:
    row = AccessRequest(id=new_id(), organization_name=organization_name.strip()[:300], email=normal_email(email),
                        contact_name=contact_name.strip()[:200], phone=phone.strip()[:50] or None,
                        website=website.strip()[:2000] or None, kvk=kvk.strip()[:20] or None,
                        message=message.strip()[:4000], status="pending")
    session.add(row)
    session.commit()
    return row


def list_access_requests(session: Session, status: str = "pending") -> list[AccessRequest]:
    return list(session.scalars(select(AccessRequest).where(AccessRequest.status == status).order_by(AccessRequest.created_at)))


def _pending(session: Session, request_id: str) -> AccessRequest:
    row = session.get(AccessRequest, request_id)
    if row is None:
        raise s.NotFound("access_request", request_id)
    if row.status != "pending":
        raise s.InvalidInput([s.FieldError("status", f"this request was already {row.status}")], "Conflict")
    return row


def approve_access_request(session: Session, settings: Settings, request_id: str, editor: Actor,
                           note: str | None = None) -> PartnerAccount:
    """An editor approves: the organisation and a partner account are made, and a link to set a password is mailed."""
    from sociale_kaart.directory.service import Directory

    if not editor.is_editor:
        raise s.Forbidden("Only editors decide on access requests")
    row = _pending(session, request_id)
    if session.scalar(select(PartnerAccount.id).where(PartnerAccount.email == row.email)) is not None:
        raise s.InvalidInput([s.FieldError("email", f"there is already an account for {row.email}")], "Conflict")
    identifiers = [s.OrganizationIdentifier(identifier_type="KvK", identifier=row.kvk)] if row.kvk else []
    phones = [s.Phone(number=row.phone)] if row.phone else []
    website = row.website if row.website and row.website.startswith(("http://", "https://")) else None
    org = Directory(session, editor).save_organization(
        s.Organization(name=row.organization_name, website=website, email=row.email, phones=phones,
                       organization_identifiers=identifiers), create=True)
    account = PartnerAccount(id=new_id(), email=row.email, role="partner", organization_id=org.id,
                             password_hash=_hasher.hash(secrets.token_urlsafe(32)))
    session.add(account)
    row.status, row.decided_at, row.decided_by, row.note, row.organization_id = "approved", utcnow(), editor.name, note, org.id
    session.commit()
    send_password_link(session, settings, account.id, purpose="welcome", by=row.organization_name)
    return account


def reject_access_request(session: Session, settings: Settings, request_id: str, editor: Actor, note: str) -> None:
    """An editor says no, with a reason that is mailed to the requester."""
    if not editor.is_editor:
        raise s.Forbidden("Only editors decide on access requests")
    if not (note or "").strip():
        raise s.InvalidInput([s.FieldError("note", "say why, so the requester knows")])
    row = _pending(session, request_id)
    row.status, row.decided_at, row.decided_by, row.note = "rejected", utcnow(), editor.name, note.strip()
    session.commit()
    t = Translator("nl")
    mail.send(settings, row.email, t("p.mail.rejected.subject"),
              t("p.mail.rejected.body", org=row.organization_name, note=row.note))
