"""The sync tests' central stores (SQLite and the throw-away PostgreSQL) for the restore tests."""

from tests.sync.conftest import central, central_url, sqlite_central

__all__ = ["central", "central_url", "sqlite_central"]
