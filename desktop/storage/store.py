"""A store: one database (laptop or central) and the unit of work services run in.

The laptop store keeps a few connections open between units of work
(`desktop.storage.connections`). Whatever replaces, moves, restores or deletes its file runs inside
`Store.file_change()`, and `Store.close()` (every lock) lets go of them all: those are the only
two ways the kept connections end, so no connection ever reads a file that is no longer the store.
"""

from __future__ import annotations

import contextlib
import threading
from collections.abc import Iterator
from contextlib import contextmanager

from sqlalchemy import Engine
from sqlalchemy.orm import Session, sessionmaker

from desktop.storage.connections import kept_connections
from desktop.storage.engine import IMMEDIATE
from desktop.storage.planner_stats import ensure_statistics


class Store:
    """Owns the engine; `unit_of_work()` is one transaction, committed only if the block succeeds."""

    def __init__(self, engine: Engine) -> None:
        self.engine = engine
        self._sessions = sessionmaker(engine, expire_on_commit=False)
        self._file_change = threading.Lock()

    @property
    def dialect(self) -> str:
        return self.engine.dialect.name

    @property
    def is_open(self) -> bool:
        """False for the store of a locked application (see `LockedStore`)."""
        return True

    @contextmanager
    def unit_of_work(self) -> Iterator[Session]:
        with self._sessions() as session, session.begin():
            if self.dialect == "sqlite":
                session.connection(execution_options={IMMEDIATE: True})
            yield session

    @contextmanager
    def read(self) -> Iterator[Session]:
        """A read-only session (rolled back at the end: nothing it does is kept)."""
        with self._sessions() as session:
            try:
                yield session
            finally:
                session.rollback()

    def ensure_statistics(self) -> bool:
        """Planner statistics: sampled once per store file (True when made now), and the true
        share of live rows at every call (`desktop.storage.planner_stats`)."""
        return ensure_statistics(self.engine)

    @contextmanager
    def file_change(self) -> Iterator[None]:
        """Around code that replaces, moves, restores, re-keys or deletes this store's file.

        Kept connections are closed before the block (idle ones at once, busy ones when their
        unit of work ends); during it nothing is kept (a unit of work on another thread still
        works, on a connection of its own closed at its end); after it, connections are kept
        again, opened on whatever file is now at the store's path."""
        pool = kept_connections(self.engine.pool)
        if pool is None:
            self.engine.dispose()
            yield
            return
        with self._file_change:
            pool.keeping.clear()
            self.engine.dispose()
            try:
                yield
            finally:
                self.engine.dispose()
                pool.keeping.set()

    def open_connections(self) -> int:
        """Connections of this store open now, idle or in use (0 for a locked or closed one)."""
        pool = kept_connections(self.engine.pool)
        return 0 if pool is None else pool.checkedin() + pool.checkedout()

    def close(self) -> None:
        """Close every connection (one still in use is closed when its unit of work ends) and
        keep none from now on: a store is closed at every lock."""
        if self.dialect == "sqlite":  # keep the planner's statistics current (SQLite's advice)
            with contextlib.suppress(Exception), self.engine.connect() as conn:
                conn.exec_driver_sql("PRAGMA analysis_limit = 1000")
                conn.exec_driver_sql("PRAGMA optimize")
                conn.commit()
        pool = kept_connections(self.engine.pool)
        if pool is not None:
            pool.keeping.clear()
        self.engine.dispose()


class LockedStore(Store):
    """The store of a locked application: every use is refused until it is unlocked."""

    def __init__(self) -> None:  # no engine: nothing is open
        pass

    @property
    def engine(self) -> Engine:  # type: ignore[override]
        raise _locked()

    @property
    def dialect(self) -> str:
        return "locked"

    @property
    def is_open(self) -> bool:
        return False

    @contextmanager
    def unit_of_work(self) -> Iterator[Session]:
        raise _locked()
        yield  # pragma: no cover

    @contextmanager
    def read(self) -> Iterator[Session]:
        raise _locked()
        yield  # pragma: no cover

    def open_connections(self) -> int:
        return 0

    def close(self) -> None:
        pass


def _locked() -> Exception:
    from desktop.storage.engine import StoreError

    return StoreError("app.locked")
