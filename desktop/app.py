"""The composition root, without Qt: open a data folder and build the services the GUI and CLI share.

The laptop store is encrypted (SQLCipher) and its key exists only wrapped in the key-slot file, so
an application starts *locked*: `open_application()` prepares everything but the database, and
`unlock(username, password)` unwraps that person's key slot, opens the store and returns the signed-in
`Actor`. `lock()` closes the store (no connection left open) and wipes the key from memory;
`initialise(...)` is the first run (key, store, device, first admin and their slot). The service
context (`app.ctx`) is the same object for the application's whole life, so widgets holding it keep
working across lock and unlock; while locked, its store refuses every use.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from dataclasses import dataclass, field
from functools import cached_property
from pathlib import Path
from typing import Any

from desktop.paths import Paths
from desktop.security import kdf
from desktop.security.keyslots import (
    KeySlots,
    PasswordCheck,
    SlotError,
    new_database_key,
    wipe,
)
from desktop.services import accounts
from desktop.services.accounts import AccountError, DeviceInfo, device_info
from desktop.services.actor import Actor
from desktop.services.audit import audit_save, record_now
from desktop.services.backups import Backups, backup_before_migration
from desktop.services.context import ServiceContext
from desktop.services.drafts import DraftStore
from desktop.services.privacy_settings import load_privacy
from desktop.services.recovery import RestoreResult, check_store, restore_backup
from desktop.storage.cipher import keyed_opener, laptop_engine
from desktop.storage.engine import StoreError
from desktop.storage.migrate import upgrade
from desktop.storage.store import LockedStore, Store
from desktop.sync.outbox import outbox_decision, outbox_save

log = logging.getLogger(__name__)


@dataclass
class Application:
    paths: Paths
    ctx: ServiceContext
    lang: str = "fr"
    actor: Actor | None = None
    _key: bytearray | None = field(default=None, repr=False)
    _signed_in_once: bool = field(default=False, repr=False)
    damaged: str | None = None  # what the check reported when an unlock found the store damaged
    # The GUI checks a large store behind the open window (`start_check`) instead of at sign-in,
    # unless the previous check found damage (`damage_marker`): then sign-in checks again.
    defer_start_check: bool = False

    # State ------------------------------------------------------------------------------------

    @property
    def initialised(self) -> bool:
        """True once this data folder holds a store (first run done)."""
        return self.paths.keyslots.exists() or self.paths.database.exists()

    @property
    def unlocked(self) -> bool:
        return self._key is not None

    @property
    def device(self) -> DeviceInfo | None:
        return device_info(self.ctx) if self.unlocked else None

    def database_key(self) -> bytearray | None:
        """The database key while unlocked (drafts derive theirs from it), else None."""
        return self._key

    @cached_property
    def backups(self) -> Backups:
        return Backups(self.ctx, self.paths.backups)

    def store_opener(self) -> Callable[[Path], Store]:
        """Opens (and migrates) another store file with this store's key: a restored copy, a
        salvaged copy (backups and recovery)."""
        key = bytearray(self._key or b"")

        def open_copy(path: Path) -> Store:
            store = Store(laptop_engine(path, key))
            upgrade(store.engine)
            return store

        return open_copy

    def file_opener(self) -> Callable[[Path], Any]:
        """A DB-API connection on another store file with this store's key (verification)."""
        return keyed_opener(bytearray(self._key or b""))

    def restore_open(self, backup_id: str, actor: Actor) -> RestoreResult:
        """Restore a backup while the application runs (the backups dialog): the store stays
        open and reads the restored file afterwards; `actor` authorises it on the restored copy."""
        return restore_backup(
            self.paths,
            backup_id,
            lambda _ctx: actor,
            opener=self.file_opener(),
            open_store=self.store_opener(),
            lock=self.backups.lock,
            live=self.ctx.store,
        )

    def drafts(self) -> DraftStore:
        return DraftStore(self.paths.drafts, self.database_key)

    # First run --------------------------------------------------------------------------------

    def initialise(self, device_name: str, admin_username: str, admin_password: str) -> Actor:
        """Create the key, the encrypted store, this device and its first admin (with their slot);
        the application is left unlocked, signed in as that admin."""
        if self.initialised:
            raise AccountError("device.already_initialised")
        accounts.check_new_account(device_name, admin_username, admin_password)
        self.paths.ensure()
        key = new_database_key()
        created: list[Path] = []
        try:
            engine = laptop_engine(self.paths.database, key, create=True)
            created = [self.paths.database]
            upgrade(engine)
            store = Store(engine)
            self._attach(store, key)
            # The device id is set by accounts.initialise before the first slot is made.
            slots = KeySlots.create(self.paths.keyslots, "", kdf.calibrate())
            self.ctx.keyslots = slots
            info, actor = accounts.initialise(self.ctx, device_name, admin_username, admin_password)
            created.append(self.paths.keyslots)
        except BaseException:
            self._detach()
            for path in (*created, *_sidecars(self.paths.database)):
                path.unlink(missing_ok=True)
            raise
        self.actor = actor
        self._signed_in_once = True
        record_now(self.ctx, actor, "auth.login", "staff", [str(actor.staff_id)], first_run=True)
        log.info("device %s initialised", info.id)
        return actor

    # Unlock and lock --------------------------------------------------------------------------

    def unlock(
        self,
        username: str | None,
        password: str,
        checked: PasswordCheck | None = None,
        upgrading: Callable[[], None] | None = None,
    ) -> Actor:
        """Sign in: unwrap `username`'s key slot with `password`, open the store, load the actor.

        `auth.failed` for an unknown name or a wrong password (noted in the key-slot file, audited
        after the next successful unlock); `store.damaged` when the proven key does not open the
        store. Unlocking as someone else while locked signs that person in. `checked`: the same
        password already tried on this laptop's key-slot file (`keyslots.check_password`);
        `upgrading`: called before the store, older than this version, is backed up and migrated."""
        if self.unlocked:
            self.lock(reason="switch")
        if checked is not None and (
            checked.slots.path != self.paths.keyslots or checked.username != username
        ):
            checked.forget()
            checked = None
        slots = checked.slots if checked is not None else self._load_slots()
        try:
            staff_id, key, weaker = (
                checked.result() if checked is not None else slots.unwrap(username, password)
            )
        except SlotError as exc:
            if exc.code != "auth.failed":
                raise AccountError(exc.code) from None
            slots.note_failed(exc.params.get("slot_id"))  # type: ignore[arg-type]
            slots.save()
            log.info("sign-in refused (slot %s)", exc.params.get("slot_id") or "unknown")
            raise AccountError("auth.failed") from None
        first = not self._signed_in_once
        try:
            store = Store(laptop_engine(self.paths.database, key))
            backup_before_migration(store.engine, self.paths.backups, upgrading)
            upgrade(store.engine)
            store.ensure_statistics()  # once per store file (0.5 s at 100 000 candidates)
            # The start check (quick_check reads every page: seconds for 100 000 candidates) runs
            # at the first sign-in of the process, not when unlocking after a lock.
            if first and (not self.defer_start_check or self.damage_marker.exists()):
                check_store(store, quick=True)  # damage → StoreError("store.damaged"): recovery
                self.damage_marker.unlink(missing_ok=True)
            self._attach(store, key)
            self.ctx.keyslots = slots
            actor = accounts.actor_for_slot(self.ctx, staff_id)
        except BaseException as exc:
            self._detach()
            if getattr(exc, "code", None) == "store.damaged":  # → recovery mode (GUI)
                self.damaged = str(getattr(exc, "params", {}).get("detail") or "?")
            raise
        if weaker:  # the device policy was raised: re-wrap under the new costs
            slots.set_slot(staff_id, actor.username, password, key)
        failed = slots.take_failed()
        slots.save()
        for attempt in failed:
            record_now(
                self.ctx,
                None,
                "auth.failed",
                "staff",
                [attempt["slot_id"]] if attempt.get("slot_id") else None,
                attempted_at=attempt.get("at"),
            )
        self.actor = actor
        self._signed_in_once = True
        action = "auth.login" if first else "auth.unlock"
        record_now(self.ctx, actor, action, "staff", [str(actor.staff_id)])
        log.info("%s staff %s", action, actor.staff_id)
        return actor

    def recover(self, recovery_file: bytes, code: str, username: str, new_password: str) -> Actor:
        """Unlock with a one-time recovery file from central (all passwords forgotten) and give
        `username` the new password (a new key slot). Audited as `keys.recovered`."""
        from desktop.security.recovery import open_recovery_file

        if self.unlocked:
            self.lock(reason="switch")
        accounts.check_password(new_password)
        slots = self._load_slots()
        try:
            key = open_recovery_file(recovery_file, code, slots.device_id)
        except SlotError as exc:
            raise AccountError(exc.code) from None
        try:
            self._attach(Store(laptop_engine(self.paths.database, key)), key)
            upgrade(self.ctx.store.engine)
            self.ctx.keyslots = slots
            actor = accounts.recover_account(self.ctx, username, new_password)
        except BaseException:
            self._detach()
            raise
        self.actor = actor
        self._signed_in_once = True
        record_now(self.ctx, actor, "auth.login", "staff", [str(actor.staff_id)], recovery=True)
        log.info("recovered by central; staff %s", actor.staff_id)
        return actor

    def lock(self, reason: str = "manual") -> None:
        """Close the store (no connection stays open) and wipe the key; `unlock()` reopens."""
        if not self.unlocked:
            return
        try:
            if self.actor is not None:
                record_now(
                    self.ctx,
                    self.actor,
                    "auth.lock",
                    "staff",
                    [str(self.actor.staff_id)],
                    reason=reason,
                )
        except Exception:  # the store must close even if the trail cannot be written
            log.exception("lock event not recorded")
        self._detach()
        self.actor = None
        log.info("locked (%s)", reason)

    @property
    def damage_marker(self) -> Path:
        """Left when a check behind the window found damage: the next sign-in checks first."""
        return self.paths.home / "store-damaged"

    def start_check(self) -> str:
        """SQLite's quick check of the store on a connection of its own (safe in a worker
        thread); "ok", or its first complaints (page numbers, never data), also noted in
        `damage_marker` so that the next sign-in goes to recovery mode."""
        from desktop.storage.backup import integrity

        conn = self.file_opener()(self.paths.database)
        try:
            conn.execute("PRAGMA query_only = 1")
            verdict = integrity(conn, quick=True)
        finally:
            conn.close()
        if verdict == "ok":
            self.damage_marker.unlink(missing_ok=True)
        else:
            self.damage_marker.write_text(verdict[:500] + "\n", encoding="utf-8")
        return verdict

    def close(self) -> None:
        self._detach()

    # Plumbing ---------------------------------------------------------------------------------

    def _load_slots(self) -> KeySlots:
        if not self.paths.keyslots.exists() and not self.paths.database.exists():
            raise StoreError("device.not_initialised")
        try:
            return KeySlots.load(self.paths.keyslots)
        except SlotError as exc:
            raise StoreError(f"store.{exc.code}") from None

    def _attach(self, store: Store, key: bytearray) -> None:
        self.ctx.store = store
        self._key = key
        self.ctx.database_key = self.database_key
        info = device_info(self.ctx)
        if info is not None:
            self.ctx.device_id, self.ctx.device_name = info.id, info.name
        load_privacy(self.ctx)

    def _detach(self) -> None:
        store, self.ctx.store = self.ctx.store, LockedStore()
        store.close()
        self.ctx.keyslots = None
        self.ctx.database_key = None
        wipe(self._key)
        self._key = None


def _sidecars(database: Path) -> list[Path]:
    return [database.with_name(database.name + suffix) for suffix in ("-wal", "-shm", "-journal")]


def open_application(home: str | Path | None = None, lang: str = "fr") -> Application:
    """The application on a data folder, locked: `initialise()` (first run) or `unlock()` next."""
    paths = Paths.at(home)
    paths.ensure()
    ctx = ServiceContext(store=LockedStore())
    ctx.save_hooks.append(outbox_save())
    ctx.save_hooks.append(audit_save(ctx))
    ctx.decision_hooks.append(outbox_decision())
    return Application(paths=paths, ctx=ctx, lang=lang)
