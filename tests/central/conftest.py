"""The central-store tests use the sync tests' fixtures (SQLite and PostgreSQL central stores)."""

from tests.sync.conftest import central, central_url, sqlite_central

__all__ = ["central", "central_url", "sqlite_central"]
