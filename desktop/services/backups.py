"""Backups of the laptop store: when the data changed (every 15 minutes and at exit), before a
migration, and on demand; the last N kept, each verified before an older one is rotated out.

One `Backups` object per opened store. A lock serialises backups and restores, so the GUI's timer
thread, "Back up now" and a restore never run at the same time. What changed since the last backup
is decided from a fingerprint of the store (audit trail head, outbox and table counters) compared
with the one recorded beside the newest backup, so a restart does not make a needless copy.
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from desktop.domain.durability_messages import MESSAGES
from desktop.domain.messages import register
from desktop.services.actor import Actor
from desktop.services.audit import record_now
from desktop.services.context import ServiceContext
from desktop.storage import backup as files
from desktop.storage.backup import BackupError, BackupInfo
from desktop.storage.engine import StoreError

register(MESSAGES)

__all__ = ["BackupError", "BackupInfo", "BackupPolicy", "Backups", "policy", "set_keep"]

DEFAULT_KEEP = 10
DEFAULT_INTERVAL_MINUTES = 15
KEEP_SETTING = "backups.keep"
INTERVAL_SETTING = "backups.interval_minutes"

SCHEDULED, AT_EXIT, MANUAL, BEFORE_MIGRATION, BEFORE_RESTORE = (
    "scheduled",
    "exit",
    "manual",
    "migration",
    "restore",
)


@dataclass(frozen=True)
class BackupPolicy:
    keep: int = DEFAULT_KEEP
    interval_minutes: int = DEFAULT_INTERVAL_MINUTES


def policy(ctx: ServiceContext) -> BackupPolicy:
    from desktop.services.settings import get_setting

    keep = get_setting(ctx, KEEP_SETTING)
    interval = get_setting(ctx, INTERVAL_SETTING)
    return BackupPolicy(
        keep=int(keep) if isinstance(keep, int) and keep >= 1 else DEFAULT_KEEP,
        interval_minutes=int(interval)
        if isinstance(interval, int) and interval >= 1
        else DEFAULT_INTERVAL_MINUTES,
    )


def set_keep(ctx: ServiceContext, actor: Actor, keep: int) -> None:
    """How many backups to keep (an admin setting, at least 2 so a restore always has a choice)."""
    from desktop.services.settings import set_setting

    if keep < 2 or keep > 200:
        raise BackupError("backup.keep_range", min=2, max=200)
    set_setting(ctx, actor, KEEP_SETTING, keep)


class Backups:
    """Backups of one store into one folder (the data folder's `backups/`)."""

    def __init__(self, ctx: ServiceContext, folder: Path) -> None:
        self.ctx, self.folder = ctx, folder
        self.lock = threading.Lock()
        files.remove_partials(folder)

    def list(self) -> list[BackupInfo]:
        return files.list_backups(self.folder)

    def newest_verified(self) -> BackupInfo | None:
        return next((b for b in self.list() if b.verified), None)

    def changed_since_last(self) -> bool:
        newest = self.newest_verified()
        if newest is None or newest.fingerprint is None:
            return True
        raw = self.ctx.store.engine.raw_connection()
        try:
            return files.fingerprint(raw.driver_connection) != newest.fingerprint
        finally:
            raw.close()

    def _write(self, kind: str, actor: Actor | None) -> BackupInfo:
        with self.lock:
            if actor is not None:
                # Staff actions only, and written before the copy so that the copy holds it (an
                # event after it would count as a change and make the next tick copy again).
                record_now(self.ctx, actor, "backup.create", "backup", None, kind=kind)
            info = files.write_backup(self.ctx.store.engine, self.folder, kind)
            files.rotate(self.folder, policy(self.ctx).keep)
        return info

    def back_up_now(self, actor: Actor) -> BackupInfo:
        """An immediate backup asked for by staff ("Back up now")."""
        actor.require("backup.create")
        return self._write(MANUAL, actor)

    def back_up_if_changed(self, kind: str = SCHEDULED) -> BackupInfo | None:
        """The timer's and the exit's backup: only when the data changed since the newest backup."""
        if not self.changed_since_last():
            return None
        return self._write(kind, None)

    def verify(self, backup_id: str) -> BackupInfo:
        """Check one backup again (before a restore, or on request) and record the verdict."""
        info = self.get(backup_id)
        raw = self.ctx.store.engine.raw_connection()
        try:
            verdict, facts = files.verify_attached(raw.driver_connection, info.path)
        finally:
            raw.close()
        checked = BackupInfo(
            info.backup_id,
            info.path,
            info.created_at,
            info.kind,
            info.size,
            verdict == "ok",
            verdict,
            facts or info.facts,
            info.fingerprint,
            info.extra,
        )
        files.write_sidecar(checked)
        return checked

    def get(self, backup_id: str) -> BackupInfo:
        found = next((b for b in self.list() if b.backup_id == backup_id), None)
        if found is None:
            raise BackupError("backup.not_found", id=backup_id)
        return found


def backup_before_migration(
    engine: Any, folder: Path, starting: Callable[[], None] | None = None
) -> BackupInfo | None:
    """Before a schema migration of an existing store: a verified copy of the old schema.

    `starting` is called first when there is one to make (the sign-in window says why it waits:
    seconds, up to a minute for 100 000 candidates)."""
    from desktop.storage.migrate import current_revision, needs_upgrade

    if current_revision(engine) is None or not needs_upgrade(engine):
        return None
    if starting is not None:
        starting()
    try:
        return files.write_backup(engine, folder, BEFORE_MIGRATION)
    except BackupError as exc:
        if exc.code == "backup.source_damaged":
            raise StoreError("store.damaged") from None
        raise
