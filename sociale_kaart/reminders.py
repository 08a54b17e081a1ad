"""The steps of `python -m sociale_kaart remind`: each is a function (ctx, as_of) -> lines sent.

A new kind of reminder is one more function in STEPS; each step keeps its own record of what it
sent, so running `remind` again (e.g. daily from cron) sends nothing twice.
"""

from __future__ import annotations

from sociale_kaart.editors.reminders import remind_stale
from sociale_kaart.referrals.service import remind_referrals, remind_reviews

STEPS = (remind_stale, remind_referrals, remind_reviews)
