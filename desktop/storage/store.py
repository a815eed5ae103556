"""A store: one database (laptop or central) and the unit of work services run in."""

from __future__ import annotations

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

    def close(self) -> None:
        self.engine.dispose()
