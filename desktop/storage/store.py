"""A store: one database (laptop or central) and the unit of work services run in."""

from __future__ import annotations

import contextlib
from collections.abc import Iterator
from contextlib import contextmanager

from sqlalchemy import Engine
from sqlalchemy.orm import Session, sessionmaker

from desktop.storage.engine import IMMEDIATE


class Store:
    """Owns the engine; `unit_of_work()` is one transaction, committed only if the block succeeds."""

    def __init__(self, engine: Engine) -> None:
        self.engine = engine
        self._sessions = sessionmaker(engine, expire_on_commit=False)

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
        """Give SQLite's query planner statistics if the file has none yet (True if it did).

        Without them, the planner of SQLCipher's SQLite may pick `ix_candidates_deleted_at`
        (every live row) for `date_of_birth = ? AND deleted_at IS NULL`: 480 ms instead of
        0.5 ms at 100 000 candidates. `analysis_limit` samples each index (0.5 s at 100 000)."""
        if self.dialect != "sqlite":
            return False
        with self.engine.connect() as conn:
            if conn.exec_driver_sql(_HAS_STATS).first() is not None:
                return False
            conn.exec_driver_sql("PRAGMA analysis_limit = 1000")
            conn.exec_driver_sql("ANALYZE")
            conn.commit()
        return True

    def close(self) -> None:
        if self.dialect == "sqlite":  # keep the planner's statistics current (SQLite's advice)
            with contextlib.suppress(Exception), self.engine.connect() as conn:
                conn.exec_driver_sql("PRAGMA analysis_limit = 1000")
                conn.exec_driver_sql("PRAGMA optimize")
                conn.commit()
        self.engine.dispose()


_HAS_STATS = "SELECT 1 FROM sqlite_master WHERE name = 'sqlite_stat1'"


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

    def close(self) -> None:
        pass


def _locked() -> Exception:
    from desktop.storage.engine import StoreError

    return StoreError("app.locked")
