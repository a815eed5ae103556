"""Sync on the laptop, as use cases: enrol, export a bundle, apply central's acknowledgement.

Each call checks the actor's role (admin) and leaves an audit event (ids and counts only), so the
GUI and the CLI do exactly the same thing.
"""

from __future__ import annotations

from pathlib import Path

from desktop.services.accounts import add_recovery_slot
from desktop.services.actor import Actor
from desktop.services.audit import record_now
from desktop.services.context import ServiceContext
from desktop.sync import laptop
from desktop.sync.enrolment_file import read_enrolment
from desktop.sync.laptop import AckResult, ExportResult, Progress, SyncStatus


def enrol(ctx: ServiceContext, actor: Actor, enrolment: bytes) -> str:
    """Take the central store's enrolment file; returns the central store id.

    Also adds the recovery slot: the central store's private key can unlock this laptop if every
    staff password is forgotten (`passerelle central recover-key`)."""
    actor.require("device.enroll")
    store_id = laptop.enrol(ctx.store, enrolment)
    parsed = read_enrolment(enrolment)
    add_recovery_slot(ctx, actor, parsed.central_enc_key, parsed.store_id)
    record_now(ctx, actor, "device.enroll", "store", [store_id])
    return store_id


def export_bundle(
    ctx: ServiceContext,
    actor: Actor,
    out: Path,
    *,
    include_acked: bool = False,
    progress: Progress | None = None,
) -> ExportResult:
    """Write, re-read and verify a bundle; it is safe to unplug the key once this returns."""
    actor.require("bundle.export")
    result = laptop.export_bundle(ctx.store, out, include_acked=include_acked, progress=progress)
    if result.bundle_id is not None:
        record_now(
            ctx,
            actor,
            "bundle.export",
            "bundle",
            [result.bundle_id],
            seq_from=result.seq_from,
            seq_to=result.seq_to,
            ops=result.op_count,
            audit_events=result.audit_events,
        )
    return result


def apply_ack(ctx: ServiceContext, actor: Actor, data: bytes) -> AckResult:
    actor.require("bundle.export")
    result = laptop.apply_ack(ctx.store, data)
    record_now(
        ctx,
        actor,
        "bundle.ack",
        up_to=result.acknowledged_up_to,
        marked=result.marked,
        revoked=result.revoked,
    )
    ctx.changes.emit_candidates()
    return result


def status(ctx: ServiceContext, actor: Actor) -> SyncStatus:
    actor.require("bundle.export")
    return laptop.status(ctx.store)
