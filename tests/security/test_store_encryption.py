"""The laptop store is SQLCipher-encrypted: unreadable without its key, never created in clear (X3,
X14, X15), and a damaged store is told apart from a wrong password."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest
import sqlcipher3

from desktop.app import Application, open_application
from desktop.domain.messages import translate
from desktop.services.accounts import AccountError
from desktop.storage import cipher
from desktop.storage.engine import StoreError
from tests.conftest import ADMIN_PASSWORD


def test_stdlib_sqlite3_cannot_open_the_store(app: Application) -> None:
    with pytest.raises(sqlite3.DatabaseError, match="file is not a database"):
        sqlite3.connect(app.paths.database).execute("SELECT * FROM sqlite_master").fetchall()


def test_sqlcipher_with_a_wrong_key_cannot_open_the_store(app: Application) -> None:
    connection = sqlcipher3.connect(str(app.paths.database))
    connection.execute("PRAGMA key = \"x'" + "11" * 32 + "'\"")
    with pytest.raises(sqlcipher3.DatabaseError, match="file is not a database"):
        connection.execute("SELECT * FROM sqlite_master").fetchall()
    connection.close()


def test_the_store_keeps_wal_full_sync_and_foreign_keys(app: Application) -> None:
    from sqlalchemy import text

    with app.ctx.store.engine.connect() as conn:
        assert conn.execute(text("PRAGMA journal_mode")).scalar() == "wal"
        assert conn.execute(text("PRAGMA synchronous")).scalar() == 2
        assert conn.execute(text("PRAGMA foreign_keys")).scalar() == 1
        assert conn.execute(text("PRAGMA cipher_version")).scalar().startswith("4.")


def test_a_plain_sqlite_driver_is_refused_and_no_store_is_created(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(cipher, "driver", lambda: sqlite3)
    application = open_application(tmp_path / "home")
    with pytest.raises(StoreError) as refused:
        application.initialise("Portable", "admin", ADMIN_PASSWORD)
    assert refused.value.code == "store.no_encryption"
    assert not application.paths.database.exists()
    assert not application.paths.keyslots.exists()
    assert "SQLCipher" in translate("store.no_encryption", "fr")


def test_a_plain_sqlite_driver_refuses_an_existing_store_too(
    app: Application, monkeypatch: pytest.MonkeyPatch
) -> None:
    app.lock()
    monkeypatch.setattr(cipher, "driver", lambda: sqlite3)
    with pytest.raises(StoreError) as refused:
        app.unlock("admin", ADMIN_PASSWORD)
    assert refused.value.code == "store.no_encryption"
    assert not app.unlocked


def test_an_unencrypted_database_file_is_refused(app: Application) -> None:
    app.lock()
    for suffix in ("", "-wal", "-shm"):
        app.paths.database.with_name(app.paths.database.name + suffix).unlink(missing_ok=True)
    sqlite3.connect(app.paths.database).execute("CREATE TABLE t (x)").connection.commit()
    with pytest.raises(StoreError) as refused:
        app.unlock("admin", ADMIN_PASSWORD)
    assert refused.value.code == "store.unencrypted"


def test_a_damaged_store_is_not_reported_as_a_wrong_password(app: Application) -> None:
    app.lock()
    for suffix in ("-wal", "-shm"):
        app.paths.database.with_name(app.paths.database.name + suffix).unlink(missing_ok=True)
    data = bytearray(app.paths.database.read_bytes())
    for offset in range(0, 4096):  # the first page (salt and schema) is destroyed
        data[offset] ^= 0x5A
    app.paths.database.write_bytes(bytes(data))
    with pytest.raises(StoreError) as damaged:
        app.unlock("admin", ADMIN_PASSWORD)
    assert damaged.value.code == "store.damaged"
    with pytest.raises(AccountError) as wrong:
        app.unlock("admin", "not the password at all")
    assert wrong.value.code == "auth.failed"
    assert translate("store.damaged", "fr") != translate("auth.failed", "fr")
    assert "endommagée" in translate("store.damaged", "fr")
    assert "mot de passe incorrect" in translate("auth.failed", "fr")


def test_the_key_hex_is_in_no_url_repr_and_no_error_text(app: Application) -> None:
    key = app.database_key()
    assert key is not None
    hex_key = bytes(key).hex()
    engine = app.ctx.store.engine
    assert hex_key not in repr(engine.url) and hex_key not in str(engine.url)
    assert hex_key not in repr(engine)
    app.lock()
    texts = []
    for attempt in (lambda: app.ctx.store.engine, lambda: app.unlock("admin", "wrong password!")):
        try:
            attempt()
        except Exception as exc:
            texts.append(repr(exc) + str(exc) + repr(exc.__cause__) + repr(exc.__context__))
    assert texts and all(hex_key not in t and hex_key.upper() not in t for t in texts)


def test_locking_closes_every_connection_and_wipes_the_key(app: Application) -> None:
    import os

    key = app.database_key()
    assert key is not None
    app.lock()
    assert not any(key), "the key bytes are overwritten"
    assert app.database_key() is None
    open_files = {os.path.realpath(f"/proc/self/fd/{fd}") for fd in os.listdir("/proc/self/fd")}
    store_files = {str(app.paths.database) + s for s in ("", "-wal", "-shm")}
    assert not (open_files & store_files), "no file of the store stays open"
    with pytest.raises(StoreError) as locked, app.ctx.store.read():
        pass
    assert locked.value.code == "app.locked"
    actor = app.unlock("admin", ADMIN_PASSWORD)
    assert actor.username == "admin" and app.unlocked
