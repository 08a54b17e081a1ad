"""Households under a pseudonym, intake per life domain, one plan, four-eyes approvals, the access log."""
