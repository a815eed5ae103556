"""Schema migrations at start-up: upgrade an older store, refuse one written by a newer app.

Developers make a new revision with `python -m desktop.storage.migrate revision "message"` against
a throw-away SQLite file (autogenerate compares the models with the migrated schema).
"""

from __future__ import annotations

import sys
import tempfile
from pathlib import Path

from alembic import command
from alembic.config import Config
from alembic.runtime.migration import MigrationContext
from alembic.script import ScriptDirectory
from alembic.util.exc import CommandError
from sqlalchemy import Engine

from desktop.storage.engine import StoreError

MIGRATIONS = Path(__file__).resolve().parent / "migrations"


def _config() -> Config:
    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS))
    return config


def head_revision() -> str:
    head = ScriptDirectory.from_config(_config()).get_current_head()
    assert head is not None
    return head


def current_revision(engine: Engine) -> str | None:
    with engine.connect() as conn:
        return MigrationContext.configure(conn).get_current_revision()


def needs_upgrade(engine: Engine) -> bool:
    return current_revision(engine) != head_revision()


def _known(scripts: ScriptDirectory, revision: str) -> bool:
    try:
        return scripts.get_revision(revision) is not None
    except CommandError:
        return False


def upgrade(engine: Engine) -> None:
    """Bring the store to the newest schema; refuse a store made by a newer app."""
    current = current_revision(engine)
    scripts = ScriptDirectory.from_config(_config())
    if current is not None and not _known(scripts, current):
        raise StoreError("store.too_new", revision=current)
    if current == scripts.get_current_head():
        return
    config = _config()
    with engine.begin() as conn:
        config.attributes["connection"] = conn
        command.upgrade(config, "head")


def _make_revision(message: str) -> None:
    from desktop.storage.engine import sqlite_engine

    with tempfile.TemporaryDirectory() as folder:
        engine = sqlite_engine(Path(folder) / "schema.db")
        upgrade(engine)
        config = _config()
        with engine.begin() as conn:
            config.attributes["connection"] = conn
            command.revision(config, message=message, autogenerate=True)


if __name__ == "__main__":
    if len(sys.argv) == 3 and sys.argv[1] == "revision":
        _make_revision(sys.argv[2])
    else:
        raise SystemExit("usage: python -m desktop.storage.migrate revision MESSAGE")
