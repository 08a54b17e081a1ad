"""Editors' tests: mail goes to an outbox folder of each test's own."""

import pytest

from sociale_kaart.settings import Settings


@pytest.fixture
def settings(clean_db, tmp_path) -> Settings:
    return Settings(database_url=clean_db.url.render_as_string(hide_password=False), index_dir=tmp_path / "index", cookie_secure=False,
                    log_requests=False, outbox_dir=tmp_path / "outbox", public_url="http://testserver")
