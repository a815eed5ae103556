"""The laptop database, encrypted with SQLCipher under a random 256-bit raw key.

The key is given as the very first statement of every connection (`PRAGMA key = "x'…'"`), from a
`bytearray` the application wipes when it locks: a connection made after that gets a wrong key
and fails. The engine is built with `creator=` (the key never enters a URL, so no URL repr or
error text can show it). A few connections are kept open between units of work (SQLCipher's
decrypted page cache is per connection: `desktop.storage.connections`); `Store.close()` at every
lock closes them all, including one a background worker still uses (closed when it comes back),
so a locked application holds no connection and no key. The driver must be a
SQLCipher build (version 4 or newer): a plain SQLite driver is refused before any file is created,
and a plain (unencrypted) SQLite file is refused too — the laptop never holds an unencrypted store.
"""

from __future__ import annotations

from pathlib import Path
from types import ModuleType
from typing import Any

from sqlalchemy import Engine

from desktop.storage.engine import StoreError, sqlite_engine

PLAIN_SQLITE_HEADER = b"SQLite format 3\x00"


def driver() -> ModuleType:
    """The SQLCipher DB-API module (a function, so a test can simulate a plain-SQLite build)."""
    try:
        from sqlcipher3 import dbapi2
    except ImportError:  # pragma: no cover - the package is a hard dependency
        raise StoreError("store.no_encryption") from None
    module: ModuleType = dbapi2
    return module


def check_driver(module: ModuleType) -> str:
    """The SQLCipher version of `module`, or `store.no_encryption` if it cannot encrypt."""
    try:
        connection = module.connect(":memory:")
        try:
            row = connection.execute("PRAGMA cipher_version").fetchone()
        finally:
            connection.close()
    except Exception:
        raise StoreError("store.no_encryption") from None
    version = str(row[0]) if row and row[0] else ""
    major = version.split(".", 1)[0]
    if not major.isdigit() or int(major) < 4:
        raise StoreError("store.no_encryption")
    return version


def is_plain_sqlite(path: Path) -> bool:
    try:
        with path.open("rb") as handle:
            return handle.read(len(PLAIN_SQLITE_HEADER)) == PLAIN_SQLITE_HEADER
    except OSError:
        return False


def laptop_engine(path: Path, key: bytearray, *, create: bool = False) -> Engine:
    """An engine on the encrypted laptop store at `path`, keyed from `key` at each connection.

    `create` allows making a new file; otherwise a missing file is `store.missing`. Raises
    `store.unencrypted` for a plain SQLite file, `store.damaged` when the key (already proven by
    its key slot) does not open the file."""
    module = driver()
    check_driver(module)
    if not create and not path.exists():
        raise StoreError("store.missing")
    if create and path.exists():
        raise StoreError("store.exists")
    if is_plain_sqlite(path):
        raise StoreError("store.unencrypted")

    def connect() -> Any:
        if len(key) != 32 or not any(key):
            raise StoreError("app.locked")
        connection = module.connect(str(path), check_same_thread=False)
        try:
            # Before anything else touches the file; the literal is built from the bytearray.
            connection.execute(f"PRAGMA key = \"x'{bytes(key).hex()}'\"")
            connection.execute("PRAGMA temp_store = MEMORY")
        except BaseException:
            connection.close()
            raise
        return connection

    return sqlite_engine(path, connect=connect, dbapi=module, keep_connections=True)


def keyed_opener(key: bytearray) -> Any:
    """A function opening a DB-API connection on any store file of this laptop with `key`
    (backups, salvaged copies): the same driver and first statement as `laptop_engine`."""
    module = driver()

    def open_file(path: Path) -> Any:
        connection = module.connect(str(path), isolation_level=None, check_same_thread=False)
        try:
            connection.execute(f"PRAGMA key = \"x'{bytes(key).hex()}'\"")
            connection.execute("PRAGMA temp_store = MEMORY")
        except BaseException:
            connection.close()
            raise
        return connection

    return open_file
