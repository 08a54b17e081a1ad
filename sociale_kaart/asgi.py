"""ASGI entry point for server processes: `uvicorn --factory sociale_kaart.asgi:create`."""

from sociale_kaart.app import configure_logging, create_app
from sociale_kaart.settings import Settings


def create():
    configure_logging()
    return create_app(Settings.from_env())
