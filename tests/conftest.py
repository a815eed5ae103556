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
from desktop.security import kdf
from desktop.services.actor import Actor
from tests.support.postgres import PostgresServer, find_bin_dir

ADMIN_PASSWORD = "mot-de-passe-sûr"

# Key slots made in this process use cheap Argon2id costs, so the hundreds of sign-ins of the suite
# do not cost 0.3 s each; tests/security restores the real floor and calibration to check them
# (subprocesses — the CLI tests — always use the real ones).
kdf.settings.floor, kdf.settings.calibrate = kdf.fast(), False


def new_application(home: Path, device: str = "Portable test") -> Application:
    """A first-run application on `home`, unlocked and signed in as `admin` (ADMIN_PASSWORD)."""
    application = open_application(home)
    application.initialise(device, "admin", ADMIN_PASSWORD)
    return application


@pytest.fixture
def app(tmp_path: Path) -> Iterator[Application]:
    """An UNLOCKED application on a new encrypted store, signed in as `admin` (ADMIN_PASSWORD)."""
    application = new_application(tmp_path / "home")
    yield application
    application.close()


@pytest.fixture
def admin(app: Application) -> Actor:
    assert app.actor is not None
    return app.actor


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
