"""Privacy tests use the sync tests' central stores (SQLite and PostgreSQL) and laptops."""

from tests.sync.conftest import central, central_url, sqlite_central

__all__ = ["central", "central_url", "sqlite_central"]
