"""The laptop store keeps a few connections open between units of work (SQLCipher's decrypted
pages stay cached), and lets go of them wherever that could be unsafe: at every lock and close,
around a restore that puts another file in the store's place, and when a background worker still
holds one at those moments. A connection is never used by two threads at once."""

from __future__ import annotations

import os
import shutil
import sqlite3
import threading
from pathlib import Path
from typing import Any

import pytest

from desktop.app import Application
from desktop.services.actor import Actor
from desktop.services.listing import list_ids
from desktop.storage.store import Store
from tests.conftest import ADMIN_PASSWORD
from tests.durability.helpers import reopen, save_people


def _driver_connection(store: Store) -> Any:
    with store.read() as session:
        return session.connection().connection.driver_connection


def _is_closed(connection: Any) -> bool:
    try:
        connection.execute("SELECT 1")
    except Exception as exc:  # sqlcipher3's ProgrammingError: "Cannot operate on a closed database"
        return "closed" in str(exc)
    return False


def _store_files_open(app: Application) -> set[str]:
    open_files = {os.path.realpath(f"/proc/self/fd/{fd}") for fd in os.listdir("/proc/self/fd")}
    return open_files & {str(app.paths.database) + s for s in ("", "-wal", "-shm")}


def test_units_of_work_reuse_a_kept_connection(app: Application, admin: Actor) -> None:
    save_people(app, admin, 0, 2)
    first = _driver_connection(app.ctx.store)
    assert _driver_connection(app.ctx.store) is first, "the same decrypted page cache is reused"
    assert app.ctx.store.open_connections() >= 1


def test_locking_closes_the_kept_connections_and_unlocking_opens_new_ones(
    app: Application, admin: Actor
) -> None:
    save_people(app, admin, 0, 1)
    store = app.ctx.store
    kept = _driver_connection(store)
    app.lock()
    assert _is_closed(kept)
    assert store.open_connections() == 0 and not _store_files_open(app)
    app.unlock("admin", ADMIN_PASSWORD)
    assert _driver_connection(app.ctx.store) is not kept
    assert len(list_ids(app.ctx, admin)) == 1


def test_a_connection_busy_in_a_worker_at_lock_time_is_closed_when_its_work_ends(
    app: Application, admin: Actor
) -> None:
    save_people(app, admin, 0, 1)
    store = app.ctx.store
    inside, release = threading.Event(), threading.Event()
    seen: list[Any] = []

    def worker() -> None:
        with store.read() as session:
            seen.append(session.connection().connection.driver_connection)
            inside.set()
            release.wait(10)
            seen.append(len(list_ids_in(session)))

    thread = threading.Thread(target=worker)
    thread.start()
    assert inside.wait(10)
    app.lock()  # the worker is still reading: its connection cannot be closed under it
    assert not _is_closed(seen[0])
    release.set()
    thread.join(10)
    assert seen[1] == 1, "the worker's read finished normally"
    assert _is_closed(seen[0]), "closed as it came back, not kept in a pool nobody uses"
    assert store.open_connections() == 0 and not _store_files_open(app)


def list_ids_in(session: Any) -> list[str]:
    from desktop.storage.queries import live_ids

    return live_ids(session, None, None)


def test_threads_never_share_a_connection(app: Application, admin: Actor) -> None:
    save_people(app, admin, 0, 3)
    store = app.ctx.store
    rounds, readers = 10, 4
    gate = threading.Barrier(readers)
    held: list[list[int]] = [[] for _ in range(rounds)]
    errors: list[BaseException] = []

    def reader() -> None:
        try:
            for n in range(rounds):
                with store.read() as session:
                    held[n].append(id(session.connection().connection.driver_connection))
                    gate.wait(10)  # every reader inside a unit of work at the same moment
                    assert len(list_ids_in(session)) == 3
                    gate.wait(10)
        except BaseException as exc:
            errors.append(exc)

    threads = [threading.Thread(target=reader) for _ in range(readers)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(30)
    assert not errors
    assert all(len(set(ids)) == readers for ids in held), "one connection per unit of work"
    assert store.open_connections() <= 3, "extra connections are closed when they come back"


def test_restoring_a_backup_while_open_shows_the_restored_data(
    app: Application, admin: Actor
) -> None:
    kept = save_people(app, admin, 0, 2)
    backup = app.backups.back_up_now(admin)
    later = save_people(app, admin, 10, 1)
    assert set(list_ids(app.ctx, admin)) == {*kept, *later}
    before = _driver_connection(app.ctx.store)
    result = app.restore_open(backup.backup_id, admin)  # as the backups dialog does
    assert result.set_aside is not None and result.set_aside.exists()
    assert _is_closed(before), "no connection stays on the file set aside"
    assert set(list_ids(app.ctx, admin)) == set(kept)
    assert app.device is not None and app.device.incarnation == 2
    save_people(app, admin, 20, 1)  # and it keeps working (and keeping connections) afterwards
    assert len(list_ids(app.ctx, admin)) == 3
    assert app.ctx.store.open_connections() >= 1


def test_a_worker_reading_during_a_file_change_gets_a_connection_that_is_not_kept(
    app: Application, admin: Actor
) -> None:
    save_people(app, admin, 0, 1)
    store = app.ctx.store
    seen: list[Any] = []
    with store.file_change():
        assert store.open_connections() == 0
        thread = threading.Thread(target=lambda: seen.append(_driver_connection(store)))
        thread.start()
        thread.join(10)
        assert _is_closed(seen[0]) and store.open_connections() == 0
    assert _driver_connection(store) is _driver_connection(store), "kept again afterwards"


def test_the_store_file_alone_holds_every_save_while_connections_are_kept(
    app: Application, admin: Actor, tmp_path: Path
) -> None:
    """A copy of the file (a disk image, a file copy by hand) misses nothing saved, as when each
    unit of work closed its connection: the write-ahead log is copied into it at each commit."""
    saved = save_people(app, admin, 0, 3)
    assert app.ctx.store.open_connections() >= 1
    copy = tmp_path / "copy" / "passerelle.db"
    copy.parent.mkdir()
    shutil.copy(app.paths.database, copy)
    conn = app.file_opener()(copy)
    try:
        found = {r[0] for r in conn.execute("SELECT id FROM candidates").fetchall()}
    finally:
        conn.close()
    assert found == set(saved)


def test_a_file_put_back_while_closed_is_what_the_next_sign_in_reads(
    app: Application, admin: Actor, tmp_path: Path
) -> None:
    first = save_people(app, admin, 0, 1)
    copy = tmp_path / "before.db"
    shutil.copy(app.paths.database, copy)
    save_people(app, admin, 5, 2)
    app.close()
    assert not Path(f"{app.paths.database}-wal").exists(), "closing checkpoints and ends the log"
    shutil.copy(copy, app.paths.database)
    again = reopen(app.paths.home)
    try:
        assert again.actor is not None
        assert set(list_ids(again.ctx, again.actor)) == set(first)
    finally:
        again.close()


def test_a_plain_sqlite_store_is_not_pooled(tmp_path: Path) -> None:
    from desktop.storage.engine import sqlite_engine

    sqlite3.connect(tmp_path / "plain.db").close()
    store = Store(sqlite_engine(tmp_path / "plain.db"))
    try:
        with store.unit_of_work():
            pass
        assert store.open_connections() == 0
    finally:
        store.close()


@pytest.mark.parametrize("what", ["lock", "close"])
def test_a_closed_store_keeps_nothing_even_if_used_again(
    app: Application, admin: Actor, what: str
) -> None:
    save_people(app, admin, 0, 1)
    store = app.ctx.store
    app.lock() if what == "lock" else app.close()
    # A stale reference (a widget's worker finishing late) cannot open a connection: the key is
    # wiped; and nothing would be kept even if it could.
    with pytest.raises(Exception) as refused, store.read() as session:
        session.connection()
    assert "locked" in str(refused.value) or getattr(refused.value, "code", "") == "app.locked"
    assert store.open_connections() == 0
