"""Schema migrations run from empty on SQLite and PostgreSQL, match the models, and refuse newer stores."""

from __future__ import annotations

from pathlib import Path

import pytest
from alembic.autogenerate import compare_metadata
from alembic.runtime.migration import MigrationContext
from sqlalchemy import create_engine, inspect, text

from desktop.storage.base import Base
from desktop.storage.engine import StoreError, sqlite_engine
from desktop.storage.migrate import current_revision, head_revision, upgrade


def _diff(engine) -> list:  # type: ignore[no-untyped-def]
    with engine.connect() as conn:
        context = MigrationContext.configure(
            conn,
            opts={
                "compare_type": True,
                "include_object": lambda obj, name, type_, reflected, compare_to: (
                    not (type_ == "table" and name and name.startswith("candidate_fts"))
                ),
            },
        )
        return compare_metadata(context, Base.metadata)


def test_sqlite_upgrades_from_empty_and_matches_the_models(tmp_path: Path) -> None:
    engine = sqlite_engine(tmp_path / "store.db")
    upgrade(engine)
    assert current_revision(engine) == head_revision()
    assert _diff(engine) == []
    assert "candidate_fts" in inspect(engine).get_table_names()


def test_sqlite_store_is_opened_in_durable_mode(tmp_path: Path) -> None:
    engine = sqlite_engine(tmp_path / "store.db")
    with engine.connect() as conn:
        assert conn.execute(text("PRAGMA journal_mode")).scalar() == "wal"
        assert conn.execute(text("PRAGMA synchronous")).scalar() == 2  # FULL
        assert conn.execute(text("PRAGMA foreign_keys")).scalar() == 1


def test_a_store_written_by_a_newer_app_is_refused(tmp_path: Path) -> None:
    engine = sqlite_engine(tmp_path / "store.db")
    upgrade(engine)
    with engine.begin() as conn:
        conn.execute(text("UPDATE alembic_version SET version_num = 'ffff_from_the_future'"))
    with pytest.raises(StoreError) as caught:
        upgrade(engine)
    assert caught.value.code == "store.too_new"


def test_a_file_that_is_not_a_database_is_reported_as_damaged(tmp_path: Path) -> None:
    path = tmp_path / "store.db"
    path.write_bytes(b"this is not sqlite" * 100)
    with pytest.raises(StoreError) as caught:
        sqlite_engine(path)
    assert caught.value.code == "store.damaged"


@pytest.mark.postgres
def test_postgresql_upgrades_from_empty_and_matches_the_models(postgres_url: str) -> None:
    engine = create_engine(postgres_url)
    upgrade(engine)
    assert current_revision(engine) == head_revision()
    assert _diff(engine) == []
    upgrade(engine)  # a second run is a no-op
    engine.dispose()
