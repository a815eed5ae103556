"""The one engine factory: SQLite for a laptop or the embedded central store, PostgreSQL for central.

SQLite is opened in WAL mode with `synchronous=FULL` (a confirmed save survives a power cut) and
foreign keys on; the settings are checked after opening, not assumed. The laptop's encrypted store
(SQLCipher, `desktop.storage.cipher`) plugs in here through `connect` and its DB-API module, so
nothing above this module changes. Statement parameters are never put in error texts
(`hide_parameters`): they are personal data.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Callable
from pathlib import Path
from types import ModuleType
from typing import Any

from sqlalchemy import Engine, create_engine, event, text
from sqlalchemy.pool import NullPool

from desktop.storage.connections import KEPT, KeptConnections

SQLITE_PRAGMAS = (
    "PRAGMA journal_mode=WAL",
    "PRAGMA synchronous=FULL",
    "PRAGMA foreign_keys=ON",
    "PRAGMA busy_timeout=5000",
)


IMMEDIATE = "passerelle_sqlite_immediate"


class StoreError(Exception):
    """A store cannot be opened as it is; `code` says why, for a translated message."""

    def __init__(self, code: str, **params: object) -> None:
        super().__init__(code)
        self.code = code
        self.params = params


def _apply_pragmas(dbapi_connection: Any, _record: Any) -> None:
    cursor = dbapi_connection.cursor()
    for pragma in SQLITE_PRAGMAS:
        cursor.execute(pragma)
    cursor.close()


def sqlite_engine(
    path: Path,
    connect: Callable[[], Any] | None = None,
    dbapi: ModuleType | None = None,
    *,
    keep_connections: bool = False,
) -> Engine:
    """An engine on a SQLite file; `connect` (with its DB-API `dbapi`) may supply encrypted
    connections: SQLAlchemy then recognises that driver's errors (integrity, locking…).

    `keep_connections` keeps a few connections open between units of work
    (`desktop.storage.connections`); the `Store` lets go of them at close and around any change
    of its file. Otherwise every unit of work has a connection of its own (`NullPool`)."""
    url = f"sqlite+pysqlite:///{path}"
    kwargs: dict[str, Any] = {"hide_parameters": True}
    if keep_connections:
        kwargs.update(poolclass=KeptConnections, pool_size=KEPT, max_overflow=-1)
    else:
        kwargs["poolclass"] = NullPool
    if connect is not None:
        kwargs["creator"] = connect
        if dbapi is not None:
            kwargs["module"] = dbapi
    else:
        kwargs["connect_args"] = {"check_same_thread": False}
    engine = create_engine(url, **kwargs)
    event.listen(engine, "connect", _apply_pragmas)
    if keep_connections:
        event.listen(engine, "connect", _checkpoint_every_commit)
    # pysqlite's own transaction handling defers BEGIN; emit it ourselves so that reads and
    # writes of one unit of work see one snapshot (SQLAlchemy's documented recipe).
    event.listen(engine, "connect", _disable_pysqlite_begin)
    event.listen(engine, "begin", _begin)
    check_sqlite(engine)
    return engine


def _checkpoint_every_commit(dbapi_connection: Any, _record: Any) -> None:
    # With connections kept open, the last one closing no longer copies the write-ahead log into
    # the store file: copy it at each commit instead (a passive checkpoint, skipped while another
    # connection still reads older pages), so the file alone holds what was saved, as before.
    dbapi_connection.execute("PRAGMA wal_autocheckpoint = 1")


def _begin(conn: Any) -> None:
    # A unit of work that writes takes the write lock at once (BEGIN IMMEDIATE, waiting up to
    # busy_timeout): a deferred transaction that read first and then writes would fail at once
    # with "database is locked" when another writer committed in between.
    immediate = conn.get_execution_options().get(IMMEDIATE, False)
    conn.exec_driver_sql("BEGIN IMMEDIATE" if immediate else "BEGIN")


def _disable_pysqlite_begin(dbapi_connection: Any, _record: Any) -> None:
    dbapi_connection.isolation_level = None


def check_sqlite(engine: Engine) -> None:
    """Refuse to work on a connection whose durability settings did not take."""
    try:
        with engine.connect() as conn:
            mode = conn.execute(text("PRAGMA journal_mode")).scalar()
            sync = conn.execute(text("PRAGMA synchronous")).scalar()
            fks = conn.execute(text("PRAGMA foreign_keys")).scalar()
    except sqlite3.DatabaseError:  # not a database, or damaged beyond opening
        raise StoreError("store.damaged") from None
    except StoreError:
        raise
    except Exception as exc:
        if is_damage(exc):
            raise StoreError("store.damaged") from None
        raise
    if str(mode).lower() != "wal" or int(sync or 0) != 2 or int(fks or 0) != 1:
        raise StoreError("store.pragmas", journal_mode=mode, synchronous=sync, foreign_keys=fks)


def is_damage(exc: BaseException) -> bool:
    """True for the errors SQLite/SQLCipher give on a damaged (or wrongly keyed) file."""
    text = str(getattr(exc, "orig", None) or exc)
    return any(mark in text for mark in ("not a database", "malformed", "HMAC", "corrupt"))


def engine_for_url(url: str) -> Engine:
    """An engine for a central store URL (`sqlite:///PATH` or `postgresql+psycopg://…`)."""
    if url.startswith("sqlite"):
        path = url.split(":///", 1)[1] if ":///" in url else ""
        if not path:
            raise StoreError("store.bad_url", url=url)
        return sqlite_engine(Path(path))
    if url.startswith("postgresql"):
        return create_engine(url, pool_pre_ping=True, hide_parameters=True)
    raise StoreError("store.bad_url", url=url)


def is_sqlite(engine: Engine) -> bool:
    return engine.dialect.name == "sqlite"
