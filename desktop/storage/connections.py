"""The laptop store's kept connections: a small pool that can be told to let go of everything.

SQLCipher decrypts each page into the cache of the connection that read it, so a connection per
unit of work decrypted the same index pages again at every keystroke (and applied the key and the
pragmas each time). `KeptConnections` keeps a few connections open between units of work. It is a
SQLAlchemy `QueuePool` (a connection is checked out by one unit of work, hence one thread, at a
time; the GUI thread and its background workers never share one) with two additions:

- a disposed pool is *retired*: a connection still checked out when the pool was disposed (a
  background worker busy at lock time) is closed when it comes back instead of being kept in a
  pool nobody uses, so after `Store.close()` no connection (and no key) outlives its last use;
- `keeping` (an event shared with the pools that replace it at each dispose): while it is clear,
  every connection is closed when it comes back, as with `NullPool`. `Store.file_change()` clears
  it around code that replaces, moves or deletes the store file, so no kept connection can go on
  reading the old file's pages (or its file handle) afterwards.
"""

from __future__ import annotations

import threading
from typing import Any

from sqlalchemy.pool import ConnectionPoolEntry, Pool, QueuePool

KEPT = 3  # the GUI thread, a background worker and a timer's backup, at most, at once


class KeptConnections(QueuePool):
    """A QueuePool that closes what comes back once disposed of, or while `keeping` is clear."""

    def __init__(self, creator: Any, **kw: Any) -> None:
        keeping = kw.pop("keeping", None)
        super().__init__(creator, **kw)
        self.keeping: threading.Event = keeping if keeping is not None else _set_event()
        self._retire_lock = threading.Lock()
        self._retired = False

    def recreate(self) -> QueuePool:
        pool = super().recreate()
        assert isinstance(pool, KeptConnections)
        pool.keeping = self.keeping
        return pool

    def dispose(self) -> None:
        with self._retire_lock:
            self._retired = True
            super().dispose()

    def _do_return_conn(self, record: ConnectionPoolEntry) -> None:
        with self._retire_lock:
            if not self._retired and self.keeping.is_set():
                super()._do_return_conn(record)
                return
        try:
            record.close()
        finally:
            self._dec_overflow()


def kept_connections(pool: Pool) -> KeptConnections | None:
    return pool if isinstance(pool, KeptConnections) else None


def _set_event() -> threading.Event:
    event = threading.Event()
    event.set()
    return event
