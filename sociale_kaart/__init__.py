"""Sociale Kaart: a social map and referral directory for Dutch municipalities."""

__version__ = "0.1.0"
