"""Backups: verified copies when the data changed, the last N kept, never overwritten."""

from __future__ import annotations

import threading
from pathlib import Path

import pytest
from alembic import command

from desktop.app import Application
from desktop.services.accounts import authenticate
from desktop.services.actor import Actor
from desktop.services.backups import set_keep
from desktop.storage import backup as files
from desktop.storage.backup import BackupError
from desktop.storage.migrate import _config
from tests.conftest import new_application
from tests.durability.helpers import integrity, query, reopen, save_people


def test_a_backup_is_a_verified_copy_that_opens_on_its_own(app: Application, admin: Actor) -> None:
    save_people(app, admin, 0, 3)
    info = app.backups.back_up_now(admin)
    assert info.verified and info.integrity == "ok"
    assert info.facts is not None and info.facts.candidates == 3
    opener = app.file_opener()
    assert integrity(opener, info.path) == "ok"  # opens on its own, with the store's key
    assert query(opener, info.path, "SELECT count(*) FROM candidates") == [(3,)]
    assert info.path.read_bytes()[:16] != b"SQLite format 3\x00"  # encrypted like the store
    listed = app.backups.list()
    assert [b.backup_id for b in listed] == [info.backup_id]
    assert listed[0].verified and listed[0].size == info.path.stat().st_size


def test_an_automatic_backup_is_made_only_when_the_data_changed(
    app: Application, admin: Actor
) -> None:
    assert app.backups.back_up_if_changed() is not None  # no backup yet: the first one is due
    assert app.backups.back_up_if_changed() is None
    assert app.backups.back_up_if_changed("exit") is None
    save_people(app, admin, 0, 1)
    second = app.backups.back_up_if_changed("exit")
    assert second is not None and second.kind == "exit" and second.facts.candidates == 1
    assert app.backups.back_up_if_changed() is None
    # A staff "back up now" is audited inside the copy, so the timer does not copy again.
    app.backups.back_up_now(admin)
    assert app.backups.back_up_if_changed() is None


def test_only_the_last_n_verified_backups_are_kept(app: Application, admin: Actor) -> None:
    set_keep(app.ctx, admin, 3)
    made = []
    for index in range(5):
        save_people(app, admin, index, 1)
        made.append(app.backups.back_up_if_changed())
    kept = app.backups.list()
    assert [b.backup_id for b in kept] == [b.backup_id for b in reversed(made[-3:])]
    assert not made[0].path.exists() and not made[0].path.with_suffix(".json").exists()
    with pytest.raises(BackupError) as exc:
        set_keep(app.ctx, admin, 1)
    assert exc.value.code == "backup.keep_range"


def test_a_backup_never_replaces_an_existing_file(tmp_path: Path) -> None:
    partial, final = tmp_path / ".new.partial", tmp_path / "passerelle-x.db"
    final.write_bytes(b"earlier backup")
    partial.write_bytes(b"new copy")
    with pytest.raises(FileExistsError):
        files._publish(partial, final)
    assert final.read_bytes() == b"earlier backup"


def test_an_interrupted_backup_leaves_no_backup_behind(app: Application, admin: Actor) -> None:
    # A crash during VACUUM INTO leaves only the hidden temporary file: never listed, removed
    # at the next start, and it never counts as a backup.
    leftover = app.paths.backups / ".passerelle-20260101T000000000000Z-scheduled-abc.db.partial"
    leftover.write_bytes(b"half a copy")
    assert app.backups.list() == []
    app.close()
    reopened = reopen(app.paths.home)
    try:
        assert reopened.backups.list() == [] and not leftover.exists()
    finally:
        reopened.close()


def test_a_backup_whose_file_changed_is_no_longer_verified(app: Application, admin: Actor) -> None:
    info = app.backups.back_up_now(admin)
    with open(info.path, "ab") as handle:
        handle.write(b"\0" * 4096)
    assert not app.backups.get(info.backup_id).verified
    checked = app.backups.verify(info.backup_id)
    assert checked.verified  # a trailing free page is harmless: verified again, size recorded


def test_a_migration_is_preceded_by_a_backup_of_the_old_schema(tmp_path: Path) -> None:
    home = tmp_path / "home"
    app = new_application(home)
    opener = app.file_opener()
    config = _config()
    with app.ctx.store.engine.begin() as conn:  # the store as an older version left it
        config.attributes["connection"] = conn
        command.downgrade(config, "0005")
    app.close()
    app = reopen(home)  # the sign-in opens the store, backs it up, then migrates it
    try:
        (backup,) = app.backups.list()
        assert backup.kind == "migration" and backup.verified
        assert backup.facts is not None and backup.facts.revision == "0005"
        assert query(opener, backup.path, "SELECT version_num FROM alembic_version") == [("0005",)]
        assert query(opener, app.paths.database, "SELECT version_num FROM alembic_version") != [
            ("0005",)
        ]
    finally:
        app.close()


def test_backup_now_runs_beside_saves_without_blocking_them(app: Application, admin: Actor) -> None:
    save_people(app, admin, 0, 20)
    done = threading.Event()
    failures: list[BaseException] = []

    def writer() -> None:
        try:
            index = 100
            while not done.wait(0.01):  # saves back to back (SQLite locks are not fair: a
                save_people(app, admin, index, 1)  # loop with no pause at all starves others)
                index += 1
        except BaseException as exc:  # pragma: no cover - reported below
            failures.append(exc)

    thread = threading.Thread(target=writer)
    thread.start()
    try:
        for _ in range(3):
            assert app.backups.back_up_now(admin).verified
    finally:
        done.set()
        thread.join()
    assert failures == []


def test_an_intake_account_may_back_up_but_not_restore(app: Application, admin: Actor) -> None:
    from desktop.services.accounts import create_staff

    create_staff(app.ctx, admin, "kiosque", "intake", "mot-de-passe-kiosque")
    intake = authenticate(app.ctx, "kiosque", "mot-de-passe-kiosque")
    assert app.backups.back_up_now(intake).verified
    assert not intake.may("backup.restore") and admin.may("backup.restore")
