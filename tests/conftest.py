"""Shared fixtures: a real data folder per test, a signed-in admin, a throw-away PostgreSQL server."""

from __future__ import annotations

import itertools
import os
from collections.abc import Iterator
from pathlib import Path

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ.pop("PASSERELLE_HOME", None)
os.environ.pop("PASSERELLE_PASSWORD", None)

from desktop.app import Application, open_application
from desktop.services.accounts import authenticate, initialise
from desktop.services.actor import Actor
from tests.support.postgres import PostgresServer, find_bin_dir

ADMIN_PASSWORD = "mot-de-passe-sûr"


@pytest.fixture
def app(tmp_path: Path) -> Iterator[Application]:
    application = open_application(tmp_path / "home")
    initialise(application.ctx, "Portable test", "admin", ADMIN_PASSWORD)
    yield application
    application.close()


@pytest.fixture
def admin(app: Application) -> Actor:
    return authenticate(app.ctx, "admin", ADMIN_PASSWORD)


@pytest.fixture(scope="session")
def postgres_server() -> Iterator[PostgresServer]:
    if find_bin_dir() is None and not os.environ.get("CI"):
        # Never skipped in CI (.ci/run installs the server); a developer without it is told why.
        pytest.skip("PostgreSQL server not installed: apt-get install postgresql, or run .ci/run")
    server = PostgresServer()
    server.start()
    yield server
    server.stop()


_db_counter = itertools.count()


@pytest.fixture
def postgres_url(postgres_server: PostgresServer) -> str:
    """A new empty database on the shared throw-away server."""
    return postgres_server.create_database(f"test_{os.getpid()}_{next(_db_counter)}")
