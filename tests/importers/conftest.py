"""Helpers for importer tests: the command line in-process against the test database."""

from __future__ import annotations

import json

import pytest
from sqlalchemy import func, select

from sociale_kaart.cli import main
from sociale_kaart.directory import models as m


@pytest.fixture
def env(settings, monkeypatch):
    monkeypatch.setenv("SK_DATABASE_URL", settings.database_url)
    monkeypatch.setenv("SK_INDEX_DIR", str(settings.index_dir))
    monkeypatch.delenv("SK_GEOCODER", raising=False)
    return settings


@pytest.fixture
def run(env, tmp_path):
    """`python -m sociale_kaart import ...` in-process; returns (exit code, report as dict)."""

    def go(*args: str) -> tuple[int, dict]:
        report = tmp_path / "report.json"
        report.unlink(missing_ok=True)
        code = main(["import", *args, "--report", str(report)])
        return code, json.loads(report.read_text())

    return go


def write_json(tmp_path, data, name: str = "feed.json"):
    path = tmp_path / name
    path.write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")
    return path


def count(session, model=m.Service) -> int:
    session.rollback()  # a fresh snapshot (SQLite WAL keeps the old one per transaction)
    return session.scalar(select(func.count()).select_from(model))
