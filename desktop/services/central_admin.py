"""The central store's admin use cases: open it, import bundles, enrol and revoke laptops, review
duplicates and conflicts, merge and unmerge — each checked (`Actor.require`) and audited.

The central store has no staff accounts: whoever unlocks its private keys with the passphrase is
its administrator (`unlock`). Its audit trail is its own hash chain (device = the store id), with
ids and counts only, like a laptop's.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from desktop.central import devices, report, review
from desktop.central.importer import BundleReport, import_bundle
from desktop.central.setup import CentralKeys, enroll_device, load_keys, open_central
from desktop.domain.enums import Role
from desktop.services.actor import Actor
from desktop.services.audit import record_now
from desktop.services.context import ServiceContext

CENTRAL_ADMIN = "central-admin"


def open_context(url: str) -> ServiceContext:
    """A service context on the central store (decisions taken there become central's ops)."""
    store = open_central(url)
    ctx = ServiceContext(store=store)
    ctx.decision_hooks.append(review.decision_hook)
    return ctx


@dataclass(frozen=True)
class CentralAdmin:
    """An unlocked central store: the acting admin and the private keys."""

    actor: Actor
    keys: CentralKeys


def unlock(ctx: ServiceContext, passphrase: str) -> CentralAdmin:
    """Check the passphrase by opening the private keys (raises KeyFileError/SyncError)."""
    keys = load_keys(ctx.store, passphrase)
    ctx.device_id = keys.store_id
    ctx.device_name = "central"
    return CentralAdmin(Actor(staff_id=None, username=CENTRAL_ADMIN, role=Role.ADMIN), keys)


PER_FILE = 1000  # progress steps per bundle file


def import_bundles(
    ctx: ServiceContext,
    admin: CentralAdmin,
    files: list[tuple[str, bytes]],
    *,
    ack_dir: Path | None = None,
    progress: Callable[[int, int], None] | None = None,
) -> list[tuple[str, BundleReport]]:
    """Import each (name, bytes) in turn; one report per file (never raises for a bad bundle).

    `progress(done, total)` in thousandths of a file: each file's share advances chunk by chunk."""
    admin.actor.require("bundle.import")
    results = []
    total = PER_FILE * len(files)
    for index, (name, data) in enumerate(files, 1):

        def within(done: int, chunks: int, first: int = (index - 1) * PER_FILE) -> None:
            if progress is not None and chunks:
                progress(first + PER_FILE * done // chunks, total)

        result = import_bundle(ctx.store, admin.keys, data, ack_dir=ack_dir, progress=within)
        record_now(
            ctx,
            admin.actor,
            "bundle.import",
            "bundle",
            [result.bundle_id] if result.bundle_id else [],
            status=result.status,
            reason=result.reason,
            applied=result.applied,
            quarantined=result.quarantined,
            audit_breaks=len(result.audit_breaks),
        )
        results.append((name, result))
        if progress is not None:
            progress(index * PER_FILE, total)
    ctx.changes.emit_candidates()
    return results


def enrol_device(ctx: ServiceContext, admin: CentralAdmin, name: str) -> bytes:
    admin.actor.require("device.enroll")
    data = enroll_device(ctx.store, admin.keys, name)
    record_now(ctx, admin.actor, "device.enroll")
    return data


def revoke_device(
    ctx: ServiceContext,
    admin: CentralAdmin,
    ref: str,
    last_legit_seq: int | None = None,
    incarnation: int | None = None,
) -> devices.Incident:
    admin.actor.require("device.revoke")
    incident = devices.revoke_device(ctx.store, ref, last_legit_seq, incarnation)
    record_now(
        ctx,
        admin.actor,
        "device.revoke",
        "device",
        [incident.device_id] if incident.device_id else [],
        last_legit_seq=incident.last_legit_seq,
        affected=len(incident.affected) + incident.erased,
    )
    return incident


def list_devices(ctx: ServiceContext, admin: CentralAdmin) -> list[devices.DeviceSummary]:
    admin.actor.require("central.review")
    return devices.list_devices(ctx.store)


def duplicates(ctx: ServiceContext, admin: CentralAdmin) -> list[review.DuplicatePair]:
    admin.actor.require("central.review")
    return review.duplicate_pairs(ctx.store)


def conflicts(ctx: ServiceContext, admin: CentralAdmin) -> list[review.ConflictDetail]:
    admin.actor.require("central.review")
    return review.conflict_details(ctx.store)


def merge(
    ctx: ServiceContext,
    admin: CentralAdmin,
    survivor: str,
    loser: str,
    chosen: dict[str, Any] | None = None,
) -> None:
    admin.actor.require("central.merge")
    review.merge(ctx.store, survivor, loser, chosen)
    record_now(
        ctx,
        admin.actor,
        "central.merge",
        "candidate",
        [survivor, loser],
        fields=sorted(chosen or {}),
    )
    ctx.changes.emit_candidates(survivor, loser)


def unmerge(ctx: ServiceContext, admin: CentralAdmin, loser: str) -> None:
    admin.actor.require("central.merge")
    review.unmerge(ctx.store, loser)
    record_now(ctx, admin.actor, "central.unmerge", "candidate", [loser])
    ctx.changes.emit_candidates(loser)


def merged_ids(ctx: ServiceContext, admin: CentralAdmin) -> dict[str, str]:
    """loser → survivor of every current merge (for the unmerge list)."""
    admin.actor.require("central.review")
    return review.merges(ctx.store)


def resolve_conflict(ctx: ServiceContext, admin: CentralAdmin, conflict_id: str, keep: str) -> None:
    admin.actor.require("central.merge")
    candidate = review.resolve_conflict(ctx.store, conflict_id, keep)
    record_now(ctx, admin.actor, "central.resolve_conflict", "candidate", [candidate], keep=keep)
    ctx.changes.emit_candidates(candidate)


def figures(ctx: ServiceContext) -> dict[str, Any]:
    return report.summary(ctx.store)
