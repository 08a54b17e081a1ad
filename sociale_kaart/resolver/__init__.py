"""The resolver: least intensive fitting support first, and why."""

from sociale_kaart.resolver.schemas import Advice, Need, Person, ResolveRequest
from sociale_kaart.resolver.service import resolve

__all__ = ["Advice", "Need", "Person", "ResolveRequest", "resolve"]
