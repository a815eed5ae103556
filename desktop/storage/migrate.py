"""Schema migrations at start-up: upgrade an older store, refuse one written by a newer app.

Developers make a new revision with `python -m desktop.storage.migrate revision "message"` against
a throw-away SQLite file (autogenerate compares the models with the migrated schema).
"""

from __future__ import annotations

import re
import sys
import tempfile
from functools import cache
from pathlib import Path
from typing import TYPE_CHECKING

from sqlalchemy import Engine, inspect, text

from desktop.storage.engine import StoreError

if TYPE_CHECKING:
    from alembic.config import Config
    from alembic.script import ScriptDirectory

MIGRATIONS = Path(__file__).resolve().parent / "migrations"

# A store already at the newest schema (every sign-in but the first after an update) is checked
# without Alembic: importing it (with Mako and Pygments) and reading its scripts cost a quarter
# of a second of sign-in. Alembic does the rest: upgrades, and anything the shortcut cannot read.
_REVISION = re.compile(r"^revision(?:: *[^=]+)? *= *['\"]([^'\"]+)['\"]", re.MULTILINE)
_DOWN = re.compile(r"^down_revision(?:: *[^=]+)? *= *(?:['\"]([^'\"]+)['\"]|None)", re.MULTILINE)


def _config() -> Config:
    from alembic.config import Config

    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS))
    return config


def _scripts() -> ScriptDirectory:
    from alembic.script import ScriptDirectory

    return ScriptDirectory.from_config(_config())


@cache
def _head_from_files() -> str | None:
    """The one revision no other script follows, read from the scripts' text (None if unsure)."""
    revisions: set[str] = set()
    followed: set[str] = set()
    for script in (MIGRATIONS / "versions").glob("*.py"):
        body = script.read_text(encoding="utf-8")
        revision, down = _REVISION.search(body), _DOWN.search(body)
        if revision is None or down is None:
            return None
        revisions.add(revision.group(1))
        if down.group(1):
            followed.add(down.group(1))
    heads = revisions - followed
    return heads.pop() if len(heads) == 1 and followed <= revisions else None


def head_revision() -> str:
    head = _head_from_files() or _scripts().get_current_head()
    assert head is not None
    return head


def current_revision(engine: Engine) -> str | None:
    with engine.connect() as conn:
        if not inspect(conn).has_table("alembic_version"):
            return None
        rows = conn.execute(text("SELECT version_num FROM alembic_version")).all()
        if len(rows) <= 1:
            return str(rows[0][0]) if rows else None
        from alembic.runtime.migration import MigrationContext  # branches: Alembic says

        return MigrationContext.configure(conn).get_current_revision()


def needs_upgrade(engine: Engine) -> bool:
    return current_revision(engine) != head_revision()


def _known(scripts: ScriptDirectory, revision: str) -> bool:
    from alembic.util.exc import CommandError

    try:
        return scripts.get_revision(revision) is not None
    except CommandError:
        return False


def upgrade(engine: Engine) -> None:
    """Bring the store to the newest schema; refuse a store made by a newer app."""
    current = current_revision(engine)
    if current is not None and current == _head_from_files():
        return
    from alembic import command

    scripts = _scripts()
    if current is not None and not _known(scripts, current):
        raise StoreError("store.too_new", revision=current)
    if current == scripts.get_current_head():
        return
    config = _config()
    with engine.begin() as conn:
        config.attributes["connection"] = conn
        command.upgrade(config, "head")


def _make_revision(message: str) -> None:
    from alembic import command

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
