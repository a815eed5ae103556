"""The composition root, without Qt: open a data folder and build the services the GUI and CLI share."""

from __future__ import annotations

from dataclasses import dataclass
from functools import cached_property
from pathlib import Path

from desktop.paths import Paths
from desktop.services.accounts import DeviceInfo, device_info
from desktop.services.audit import audit_save
from desktop.services.backups import Backups, backup_before_migration
from desktop.services.context import ServiceContext
from desktop.services.recovery import check_store
from desktop.storage.engine import StoreError, sqlite_engine
from desktop.storage.migrate import upgrade
from desktop.storage.store import Store
from desktop.sync.outbox import outbox_save


@dataclass
class Application:
    paths: Paths
    ctx: ServiceContext
    lang: str = "fr"

    @property
    def device(self) -> DeviceInfo | None:
        return device_info(self.ctx)

    @cached_property
    def backups(self) -> Backups:
        return Backups(self.ctx, self.paths.backups)

    def close(self) -> None:
        self.ctx.store.close()


def open_store(database: Path, backups: Path | None = None) -> Store:
    """Open (creating if needed) and migrate a laptop store; `backups`: copy it there first."""
    engine = sqlite_engine(database)
    if backups is not None:
        backup_before_migration(engine, backups)
    upgrade(engine)
    return Store(engine)


def open_application(home: str | Path | None = None, lang: str = "fr") -> Application:
    paths = Paths.at(home)
    paths.ensure()
    store = open_store(paths.database, paths.backups)
    try:
        check_store(store, quick=True)  # damage → StoreError("store.damaged"): recovery mode
    except StoreError:
        store.close()
        raise
    ctx = ServiceContext(store=store)
    ctx.save_hooks.append(outbox_save())
    ctx.save_hooks.append(audit_save(ctx))
    info = device_info(ctx)
    if info is not None:
        ctx.device_id, ctx.device_name = info.id, info.name
    return Application(paths=paths, ctx=ctx, lang=lang)
