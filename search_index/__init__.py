"""Search library for the social map: a whoosh index for "which documents
match these words, with what term statistics" plus NumPy arrays aligned with
whoosh document numbers for filters, facets, geo and ranking.

Knows nothing about databases or HTTP.
"""

from .model import DAYS, TIERS, Document, Hit, Query, Result
from .index import SearchIndex

__all__ = ["DAYS", "TIERS", "Document", "Hit", "Query", "Result", "SearchIndex"]
