"""Fixtures of the sync tests: a central store on SQLite and on the throw-away PostgreSQL."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from tests.sync.sync_helpers import Central, make_central


@pytest.fixture(params=["sqlite", pytest.param("postgres", marks=pytest.mark.postgres)])
def central_url(request: pytest.FixtureRequest, tmp_path: Path) -> str:
    if request.param == "sqlite":
        return f"sqlite:///{tmp_path / 'central.db'}"
    return str(request.getfixturevalue("postgres_url"))


@pytest.fixture
def central(central_url: str) -> Iterator[Central]:
    c = make_central(central_url)
    yield c
    c.store.close()


@pytest.fixture
def sqlite_central(tmp_path: Path) -> Iterator[Central]:
    c = make_central(f"sqlite:///{tmp_path / 'central.db'}")
    yield c
    c.store.close()
