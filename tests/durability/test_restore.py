"""R7 and R8: a backup taken during writes restores every earlier save under a new incarnation;
damage is detected at start and before export, and recovery mode exports and restores."""

from __future__ import annotations

import json
import shutil
import threading
from pathlib import Path

import pytest
from sqlalchemy import select

from desktop.app import Application
from desktop.central.importer import import_bundle
from desktop.services.accounts import AccountError
from desktop.services.actor import Actor
from desktop.services.recovery import RecoveryAccess, diagnose, emergency_export, recovery_access
from desktop.services.recovery import restore_backup as _restore
from desktop.storage.backup import BackupError
from desktop.storage.engine import StoreError
from desktop.storage.models import SyncAlarmRow
from desktop.sync.laptop import export_bundle
from tests.conftest import ADMIN_PASSWORD
from tests.durability.helpers import (
    damage_page,
    ids,
    query,
    reopen,
    save_people,
    sha256,
    table_pages,
)
from tests.sync.sync_helpers import PASSWORD, Central, make_laptop, person


def _access(app_or_paths, password: str = ADMIN_PASSWORD) -> RecoveryAccess:  # type: ignore[no-untyped-def]
    paths = getattr(app_or_paths, "paths", app_or_paths)
    return recovery_access(paths, "admin", password)


def restore_backup(paths, backup_id: str, password: str = ADMIN_PASSWORD, **kw):  # type: ignore[no-untyped-def]
    access = _access(paths, password)
    return _restore(
        paths, backup_id, access.authorise, opener=access.opener, open_store=access.open_store, **kw
    )


def export_readable(paths, out: Path, password: str = ADMIN_PASSWORD):  # type: ignore[no-untyped-def]
    access = _access(paths, password)
    return emergency_export(
        paths, out, access.authorise, opener=access.opener, open_store=access.open_store
    )


def test_r7_backup_during_writes_holds_every_earlier_save_and_restores(
    app: Application, admin: Actor
) -> None:
    before = set(save_people(app, admin, 0, 10))
    acknowledged: list[str] = []
    done = threading.Event()

    def writer() -> None:
        index = 1000
        while not done.wait(0.01):  # saves back to back, leaving the lock to others a moment
            acknowledged.extend(save_people(app, admin, index, 1))
            index += 1

    thread = threading.Thread(target=writer)
    thread.start()
    try:
        while len(acknowledged) < 3:
            done.wait(0.01)
        committed_before = before | set(acknowledged)
        info = app.backups.back_up_now(admin)
    finally:
        done.set()
        thread.join()
    assert info.verified and info.integrity == "ok"
    opener = app.file_opener()
    in_backup = ids(opener, info.path)
    assert committed_before <= in_backup  # every save committed before the copy started
    assert in_backup <= before | set(acknowledged)  # and nothing that was never acknowledged
    device = app.device
    assert device is not None and device.incarnation == 1
    app.close()

    result = restore_backup(app.paths, info.backup_id)
    assert result.incarnation == 2
    assert result.set_aside is not None and result.set_aside.exists()
    restored = reopen(app.paths.home)
    try:
        assert restored.device is not None and restored.device.incarnation == 2
        assert ids(opener, app.paths.database) == in_backup
    finally:
        restored.close()
    assert info.path.exists() and app.backups.get(info.backup_id).verified  # backup untouched


def test_r7_a_restored_laptop_is_a_new_incarnation_for_central(
    tmp_path: Path, central: Central
) -> None:
    laptop = make_laptop(tmp_path, "portable", central)
    device_id = laptop.device_id
    first = laptop.save(person(1, "Avant"))
    backup = laptop.app.backups.back_up_now(laptop.actor)
    lost_here = laptop.save(person(2, "Perdu"))
    imported = import_bundle(central.store, central.keys, laptop.export(tmp_path / "b1.zip"))
    assert imported.status == "imported" and imported.incarnation == 1
    laptop.app.close()

    paths = laptop.app.paths
    naive_copy = tmp_path / "naive.db"
    shutil.copyfile(backup.path, naive_copy)  # kept for the counter-example below
    result = restore_backup(paths, backup.backup_id, PASSWORD)
    assert result.incarnation == 2 and result.carried_ops > 0  # ops the backup had not sent
    app = reopen(paths.home, PASSWORD)
    actor = app.actor
    try:
        from desktop.services.candidates import save_candidate

        after = save_candidate(app.ctx, actor, person(3, "Apres")).candidate_id
        export_bundle(app.ctx.store, tmp_path / "b2.zip")
    finally:
        app.close()
    report = import_bundle(central.store, central.keys, (tmp_path / "b2.zip").read_bytes())
    assert report.status == "imported", report.reason
    assert report.incarnation == 2 and report.missing == []
    with central.store.read() as session:
        assert session.scalars(select(SyncAlarmRow)).all() == []
        from desktop.storage.models import CandidateRow

        present = set(session.scalars(select(CandidateRow.id)))
    assert {first, lost_here, after} <= present  # central kept what the laptop lost
    # The audit trail forks at the backup: one whole, unbroken chain per incarnation.
    from desktop.central.report import summary

    chains = [c for c in summary(central.store)["audit"] if c["device_id"] == device_id]
    assert [(c["incarnation"], c["ok"]) for c in chains] == [(1, True), (2, True)]
    assert chains[1]["events"] == chains[1]["contiguous_up_to"] > 0

    # Counter-example: the same backup put back by copying the file (no new incarnation) reuses
    # seqs central already has, with other content: central raises the equivocation alarm.
    shutil.copyfile(naive_copy, paths.database)
    app = reopen(paths.home, PASSWORD)
    actor = app.actor
    try:
        from desktop.services.candidates import save_candidate

        save_candidate(app.ctx, actor, person(4, "Rejoue"))
        export_bundle(app.ctx.store, tmp_path / "b3.zip")
    finally:
        app.close()
    replay = import_bundle(central.store, central.keys, (tmp_path / "b3.zip").read_bytes())
    assert replay.status == "rejected" and replay.reason == "bundle.equivocation"
    with central.store.read() as session:
        kinds = list(session.scalars(select(SyncAlarmRow.kind)))
    assert kinds == ["equivocation"]


def _damaged_laptop(app: Application, admin: Actor) -> tuple[list[str], str]:
    """A store with a verified backup, more saves, then one damaged candidates page."""
    save_people(app, admin, 0, 40)
    backup = app.backups.back_up_now(admin)
    save_people(app, admin, 100, 40)
    opener = app.file_opener()
    app.close()
    damage_page(app.paths.database, table_pages(opener, app.paths.database, "candidates")[1])
    return [b.backup_id for b in app.backups.list()], backup.backup_id


def test_r8_a_damaged_page_is_detected_at_start_and_backups_are_untouched(
    app: Application, admin: Actor
) -> None:
    backups, _backup_id = _damaged_laptop(app, admin)
    hashes = {p: sha256(p) for p in app.paths.backups.iterdir()}
    with pytest.raises(StoreError) as exc:
        reopen(app.paths.home)  # the sign-in proves the key, then the check finds the damage
    assert exc.value.code == "store.damaged"
    diagnosis = diagnose(app.paths, _access(app).opener)
    assert diagnosis.damaged and "ok" not in diagnosis.verdict.split(";")[0]
    assert [b.backup_id for b in diagnosis.backups if b.verified] == backups  # restore offered
    assert {p: sha256(p) for p in app.paths.backups.iterdir()} == hashes


@pytest.mark.parametrize("table", ["candidates", "outbox_ops"])
def test_r8_an_export_is_refused_on_a_damaged_store(
    tmp_path: Path, sqlite_central: Central, table: str
) -> None:
    """The pages are checked while the outbox is read: damage elsewhere, or in the very pages the
    export reads (its read then fails too), is reported as damage and nothing is written."""
    laptop = make_laptop(tmp_path, "portable", sqlite_central)
    for index in range(40):
        laptop.save(person(index))
    store = laptop.app.ctx.store
    opener = laptop.app.file_opener()
    database = laptop.app.paths.database
    if table == "outbox_ops":  # its root page: the export's own read fails
        page = int(
            query(opener, database, "SELECT rootpage FROM sqlite_master WHERE name = ?", table)[0][
                0
            ]
        )
    else:
        page = table_pages(opener, database, table)[1]
    with store.file_change():  # the store stays open; its kept connections are let go
        damage_page(database, page)
    out = tmp_path / "lot.zip"
    with pytest.raises(StoreError) as exc:
        export_bundle(store, out)
    assert exc.value.code == "store.damaged"
    assert not out.exists() and not out.with_name("lot.zip.partial").exists()


def test_recovery_exports_the_readable_part_as_an_encrypted_bundle(
    tmp_path: Path, sqlite_central: Central
) -> None:
    laptop = make_laptop(tmp_path, "portable", sqlite_central)
    saved = [laptop.save(person(index)) for index in range(40)]
    opener = laptop.app.file_opener()
    laptop.app.close()
    paths = laptop.app.paths
    damage_page(paths.database, table_pages(opener, paths.database, "candidates")[1])
    before = sha256(paths.database)
    out = tmp_path / "urgence.zip"
    result = export_readable(paths, out, PASSWORD)
    assert result.kind == "bundle" and result.path == out and result.ops > 0
    assert 0 < result.candidates < len(saved)  # the damaged page's rows are missing
    assert "candidates" in result.salvage.damaged_tables
    assert sha256(paths.database) == before  # the damaged file is evidence: never written
    assert list((paths.home / "recovery").iterdir()) == []  # the salvaged copy is not kept
    report = import_bundle(sqlite_central.store, sqlite_central.keys, out.read_bytes())
    assert report.status == "imported", report.reason
    with sqlite_central.store.read() as session:
        from desktop.storage.models import CandidateRow

        present = set(session.scalars(select(CandidateRow.id)))
    # Ops are in their own table: every save reaches central even if a candidates page is lost.
    assert present == set(saved)


def test_recovery_exports_jsonl_when_not_enrolled_and_restores_a_backup(
    app: Application, admin: Actor, tmp_path: Path
) -> None:
    _backups, backup_id = _damaged_laptop(app, admin)
    out = tmp_path / "urgence.jsonl"
    with pytest.raises(AccountError):
        export_readable(app.paths, out, "mauvais-mot-de-passe")
    assert not out.exists()
    result = export_readable(app.paths, out)
    assert result.kind == "jsonl"
    lines = [json.loads(line) for line in out.read_text(encoding="utf-8").splitlines()]
    assert 0 < len(lines) == result.candidates < 80
    assert all(line["given_names"].startswith("Zénobie") for line in lines)

    damaged_hash = sha256(app.paths.database)
    backup_hash = sha256(app.backups.get(backup_id).path)
    with pytest.raises(AccountError):
        restore_backup(app.paths, backup_id, "mauvais-mot-de-passe")
    assert sha256(app.paths.database) == damaged_hash  # refused: nothing changed
    result = restore_backup(app.paths, backup_id, reason="damaged")
    assert result.set_aside is not None and result.set_aside.name.endswith("-damaged.db")
    assert sha256(result.set_aside) == damaged_hash  # the damaged file is kept aside, as it was
    assert sha256(result.backup.path) == backup_hash  # the backup was only read
    reopened = reopen(app.paths.home)
    try:
        assert reopened.device is not None and reopened.device.incarnation == 2
        assert len(ids(reopened.file_opener(), app.paths.database)) == 40
    finally:
        reopened.close()


def test_restoring_twice_never_reuses_an_incarnation(app: Application, admin: Actor) -> None:
    save_people(app, admin, 0, 2)
    older = app.backups.back_up_now(admin)
    app.close()
    first = restore_backup(app.paths, older.backup_id)
    second = restore_backup(app.paths, older.backup_id)
    assert (first.incarnation, second.incarnation) == (2, 3)  # the backup itself says 1


def test_an_unknown_or_damaged_backup_is_not_restored(app: Application, admin: Actor) -> None:
    info = app.backups.back_up_now(admin)
    app.close()
    with pytest.raises(BackupError) as exc:
        restore_backup(app.paths, "passerelle-nope")
    assert exc.value.code == "backup.not_found"
    damage_page(info.path, 3)
    current = sha256(app.paths.database)
    with pytest.raises(BackupError) as exc:
        restore_backup(app.paths, info.backup_id)
    assert exc.value.code == "backup.verify_failed"
    assert sha256(app.paths.database) == current
