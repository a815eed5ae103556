"""Integrity checks and recovery mode: detect damage, export what is readable, restore a backup.

- `check_store` runs `PRAGMA quick_check` (at start) or `integrity_check` (before an export) on the
  opened store and raises `StoreError("store.damaged")` on damage.
- `diagnose` looks at the data folder without opening the application (the store may not open).
- `salvage_store` copies the readable rows to `recovery/`; `emergency_export` writes them as a sync
  bundle when the laptop is enrolled (encrypted to the central store), else as candidate JSON Lines.
- `restore_backup` checks the chosen backup, copies it (the backup itself is only read), moves the
  current file aside into `set-aside/` (never deleted), and starts a new device incarnation.
"""

from __future__ import annotations

import contextlib
import json
import os
import shutil
from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from desktop.domain.durability_messages import MESSAGES
from desktop.domain.messages import register
from desktop.paths import Paths
from desktop.services.actor import Actor
from desktop.services.audit import record_now
from desktop.services.context import ServiceContext
from desktop.storage import backup as files
from desktop.storage.backup import BackupError, BackupInfo, Opener, plain_opener
from desktop.storage.engine import StoreError
from desktop.storage.integrity import require_intact
from desktop.storage.salvage import SalvageReport, salvage
from desktop.storage.store import Store

register(MESSAGES)

StoreOpener = Callable[[Path], Store]
Authorise = Callable[[ServiceContext], Actor]
SIDE_SUFFIXES = ("-wal", "-shm", "-journal")


def check_store(store: Store, *, quick: bool = True) -> None:
    """Raise `StoreError("store.damaged")` when SQLite finds damage (no data in the message)."""
    require_intact(store, quick=quick)


@dataclass(frozen=True)
class Diagnosis:
    exists: bool
    verdict: str  # "ok", or what SQLite reported
    backups: list[BackupInfo]

    @property
    def damaged(self) -> bool:
        return self.exists and self.verdict != "ok"


def diagnose(paths: Paths, opener: Opener = plain_opener, *, quick: bool = True) -> Diagnosis:
    """Check the store file directly (it may not even open as an application)."""
    backups = files.list_backups(paths.backups)
    if not paths.database.exists():
        return Diagnosis(False, "ok", backups)
    try:
        conn = opener(paths.database)
    except Exception as exc:
        return Diagnosis(True, f"error: {type(exc).__name__}", backups)
    try:
        verdict = files.integrity(conn, quick=quick)
        if verdict == "ok":
            try:
                files.read_facts(conn)
            except Exception as exc:
                verdict = f"error: {type(exc).__name__}"
    finally:
        conn.close()
    return Diagnosis(True, verdict, backups)


def instance_running(paths: Paths) -> bool:
    """Whether another live process holds the data folder's lock (the GUI's QLockFile: its first
    line is the holder's process id). A lock left by a killed process does not count."""
    try:
        pid = int(paths.lock_file.read_text(encoding="utf-8", errors="replace").split()[0])
    except (OSError, ValueError, IndexError):
        return False
    if pid == os.getpid():
        return False
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True
    return True


def _stamp() -> str:
    return datetime.now(UTC).strftime("%Y%m%dT%H%M%S%fZ")


def recovery_folder(paths: Paths) -> Path:
    return paths.home / "recovery"


def set_aside_folder(paths: Paths) -> Path:
    return paths.home / "set-aside"


def salvage_store(paths: Paths, opener: Opener = plain_opener) -> SalvageReport:
    """Copy the readable rows of the (damaged) store into a new file under `recovery/`."""
    out = recovery_folder(paths) / f"salvaged-{_stamp()}.db"
    return salvage(opener, paths.database, out)


@dataclass(frozen=True)
class EmergencyExport:
    kind: str  # "bundle" or "jsonl"
    path: Path | None
    candidates: int
    ops: int
    salvage: SalvageReport


def emergency_export(
    paths: Paths,
    out: Path,
    authorise: Authorise,
    *,
    opener: Opener = plain_opener,
    open_store: StoreOpener,
) -> EmergencyExport:
    """Export what is readable: a sync bundle if this laptop is enrolled, else candidate JSONL.

    `authorise` signs the person in against the salvaged copy (an admin is required for JSONL,
    which is not encrypted). The salvaged copy is deleted afterwards: it holds personal data.
    """
    from desktop.services.exporting import export_candidates
    from desktop.sync.errors import SyncError
    from desktop.sync.laptop import export_bundle

    report = salvage_store(paths, opener)
    store = open_store(report.path)
    try:
        ctx = ServiceContext(store=store)
        actor = authorise(ctx)
        actor.require("bundle.export")
        candidates = report.copied.get("candidates", 0)
        try:
            result = export_bundle(store, out, include_acked=False)
        except SyncError as exc:
            if exc.code != "bundle.not_enrolled":
                raise
            count = export_candidates(ctx, actor, out, "jsonl")
            return EmergencyExport("jsonl", out, count, 0, report)
        return EmergencyExport("bundle", result.path, candidates, result.op_count, report)
    finally:
        store.close()
        for suffix in ("", *SIDE_SUFFIXES):
            Path(f"{report.path}{suffix}").unlink(missing_ok=True)


@dataclass(frozen=True)
class RestoreResult:
    backup: BackupInfo
    incarnation: int
    carried_ops: int
    set_aside: Path | None


def _hwm_file(paths: Paths) -> Path:
    return paths.home / "incarnation.json"


def _known_incarnations(paths: Paths, opener: Opener) -> int:
    """The highest incarnation this data folder ever used (store, backups, previous restores)."""
    highest = 0
    with contextlib.suppress(OSError, ValueError, KeyError, TypeError):
        highest = int(json.loads(_hwm_file(paths).read_text(encoding="utf-8"))["incarnation"])
    for b in files.list_backups(paths.backups):
        if b.facts and b.facts.incarnation:
            highest = max(highest, b.facts.incarnation)
    if paths.database.exists():
        with contextlib.suppress(Exception):
            conn = opener(paths.database)
            try:
                row = conn.execute("SELECT incarnation FROM device LIMIT 1").fetchone()
                highest = max(highest, int(row[0])) if row else highest
            finally:
                conn.close()
    return highest


def _write_hwm(paths: Paths, device_id: str, incarnation: int) -> None:
    target = _hwm_file(paths)
    partial = target.with_name(target.name + ".partial")
    with open(partial, "w", encoding="utf-8") as handle:
        json.dump({"device_id": device_id, "incarnation": incarnation}, handle)
        handle.flush()
        os.fsync(handle.fileno())
    os.replace(partial, target)
    files.fsync_folder(target.parent)


def _copy_durably(source: Path, target: Path) -> None:
    with open(source, "rb") as src, open(target, "xb") as dst:
        shutil.copyfileobj(src, dst, 1 << 20)
        dst.flush()
        os.fsync(dst.fileno())


def _set_aside(paths: Paths, reason: str) -> Path | None:
    """Move the store file (and its journal files) into `set-aside/`; returns the new path."""
    if not paths.database.exists():
        return None
    folder = set_aside_folder(paths)
    folder.mkdir(parents=True, exist_ok=True)
    target = folder / f"passerelle-{_stamp()}-{reason}.db"
    for suffix in ("", *SIDE_SUFFIXES):
        source = Path(f"{paths.database}{suffix}")
        if source.exists():
            os.replace(source, Path(f"{target}{suffix}"))
    files.fsync_folder(folder)
    files.fsync_folder(paths.home)
    return target


def restore_backup(
    paths: Paths,
    backup_id: str,
    authorise: Authorise,
    *,
    opener: Opener = plain_opener,
    open_store: StoreOpener,
    reason: str = "replaced",
    lock: Any = None,
    live: Store | None = None,
) -> RestoreResult:
    """Replace the store by a verified copy of a backup and start a new device incarnation.

    `live` is the store as the running application has it open (restore from the backups
    dialog): its connections are let go of around the replacement (`Store.file_change`), so it
    reads the restored file afterwards. Without it, the store must not be open anywhere.
    `authorise` signs an admin in against the restored copy before anything is replaced; if it
    refuses, nothing has changed.
    """
    from desktop.sync.incarnation import restart

    if instance_running(paths):  # never pull the store from under a running Passerelle
        raise StoreError("store.locked")
    info = next((b for b in files.list_backups(paths.backups) if b.backup_id == backup_id), None)
    if info is None:
        raise BackupError("backup.not_found", id=backup_id)
    with lock if lock is not None else contextlib.nullcontext():
        verdict, facts = files.verify_file(opener, info.path)
        if verdict != "ok" or facts is None or facts.device_id is None:
            raise BackupError("backup.verify_failed", verdict=verdict)
        highest = max(_known_incarnations(paths, opener), facts.incarnation or 1)
        partial = paths.home / f".restore-{_stamp()}.db.partial"
        _copy_durably(info.path, partial)
        try:
            store = open_store(partial)
            try:
                ctx = ServiceContext(store=store)
                actor = authorise(ctx)
                actor.require("backup.restore")
                carried, device_id = restart(store, highest + 1)
                ctx.device_id = device_id
                record_now(
                    ctx,
                    actor,
                    "backup.restore",
                    "backup",
                    None,
                    backup=info.backup_id,
                    incarnation=highest + 1,
                    carried_ops=carried,
                )
            finally:
                store.close()
            for suffix in SIDE_SUFFIXES:  # the copy was closed cleanly: nothing may stay beside it
                if Path(f"{partial}{suffix}").exists():
                    raise BackupError("backup.failed", reason="journal")
            with live.file_change() if live is not None else contextlib.nullcontext():
                set_aside = _set_aside(paths, reason)
                os.replace(partial, paths.database)
                files.fsync_folder(paths.home)
        except BaseException:
            for suffix in ("", *SIDE_SUFFIXES):
                Path(f"{partial}{suffix}").unlink(missing_ok=True)
            raise
        _write_hwm(paths, facts.device_id, highest + 1)
    return RestoreResult(info, highest + 1, carried, set_aside)


@dataclass(frozen=True)
class RecoveryAccess:
    """What recovery needs once an admin proved their password on the key-slot file: the key's
    file opener, a store opener for copies, and the sign-in against a (restored or salvaged) copy."""

    opener: Opener
    open_store: StoreOpener
    authorise: Authorise


def recovery_access(paths: Paths, username: str | None, password: str) -> RecoveryAccess:
    """Unwrap `username`'s key slot (the store itself may be unreadable); `auth.failed` if wrong."""
    from desktop.security.keyslots import KeySlots, SlotError
    from desktop.services.accounts import AccountError, actor_for_slot
    from desktop.storage.cipher import keyed_opener, laptop_engine
    from desktop.storage.migrate import upgrade

    try:
        staff_id, key, _weaker = KeySlots.load(paths.keyslots).unwrap(username, password)
    except SlotError as exc:
        raise AccountError(exc.code) from None

    def open_copy(path: Path) -> Store:
        store = Store(laptop_engine(path, key))
        upgrade(store.engine)
        return store

    return RecoveryAccess(keyed_opener(key), open_copy, lambda ctx: actor_for_slot(ctx, staff_id))
