"""The editors' workspace: moderation, queues, reminders and the /redactie pages."""
