"""Import sync bundles into the central store: verify all, then apply in resumable chunks.

Nothing is written before the bundle is fully verified (`desktop.central.verify`), except an alarm
row for an equivocation or a quarantined (future-clock) bundle. Ops are applied in transactions of
`chunk_size`; a crash between chunks leaves a consistent store and a rerun skips what is already in
the op log. The bundle is recorded as imported after its last chunk, then a signed ack is written.
"""

from __future__ import annotations

import gc
import os
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path

from sqlalchemy import select
from sqlalchemy.orm import Session

from desktop.central import audit_chain
from desktop.central.materialise import alias_map, materialise, resolve
from desktop.central.merge import (
    ChunkResult,
    apply_ops,
    erased_ids,
    pseudonym,
    tombstone_key,
)
from desktop.central.ranges import gaps, received_ranges
from desktop.central.setup import CentralKeys
from desktop.central.statistics import analyse_growing_tables, worth_analysing
from desktop.central.verify import verify_bundle
from desktop.domain.candidate import new_id
from desktop.storage.models import ImportedBundleRow, SyncAlarmRow, SyncDeviceRow
from desktop.storage.store import Store
from desktop.sync import bundle_format as fmt
from desktop.sync.ack import build_ack
from desktop.sync.canonical import dumps, loads, sha256_hex
from desktop.sync.errors import SyncError
from desktop.sync.ops import Op
from desktop.sync.privacy_gate import check_transfer_allowed

CHUNK_SIZE = 5000  # ops per transaction: a crash costs at most one chunk, redone on retry
ALARM_CODES = {
    "bundle.equivocation": "equivocation",
    "bundle.future_clock": "future_clock",
    "bundle.too_old": "too_old",
    "bundle.revoked": "revoked_quarantine",
}
REVOKED_ALARM = "revoked_quarantine"


@dataclass
class BundleReport:
    status: str  # imported | quarantined (partly: a revoked device) | already_imported | rejected
    bundle_id: str | None = None
    device_id: str | None = None
    incarnation: int | None = None
    reason: str | None = None
    added: int = 0
    updated: int = 0
    applied: int = 0
    skipped: int = 0
    dropped: int = 0
    quarantined: int = 0
    audit_events: int = 0
    audit_breaks: list[dict[str, object]] = field(default_factory=list)
    missing: list[tuple[int, int]] = field(default_factory=list)
    ack_path: Path | None = None
    ack: bytes | None = None


def apply_and_materialise(
    session: Session, ops: list[Op], bundle_id: str | None
) -> tuple[int, int, ChunkResult]:
    # Aliases change with an alias op, and also when a tombstone purges one (a merged-away
    # person erased): either way the survivors on both sides are rebuilt.
    before = alias_map(session)
    result = apply_ops(session, ops, bundle_id)
    after = alias_map(session)
    roots = {resolve(after, c) for c in result.candidates} | set(result.candidates)
    if before != after:
        for cid in set(before) | set(after) | result.candidates:
            old, new = resolve(before, cid), resolve(after, cid)
            if old != new:
                roots |= {old, new, cid}
    added, updated = materialise(session, roots, after, result.fresh_registers)
    return added, updated, result


def revocation(device: SyncDeviceRow | None) -> dict[str, object] | None:
    if device is None or device.revoked_at is None:
        return None
    return {
        "revoked_at": device.revoked_at.isoformat(),
        "last_legit_incarnation": device.last_legit_incarnation,
        "last_legit_seq": device.last_legit_seq,
    }


def _ack(
    session: Session, central: CentralKeys, device_id: str, incarnation: int, bundle_id: str | None
) -> tuple[bytes, list[tuple[int, int]]]:
    ranges = received_ranges(session, device_id, incarnation)
    device = session.scalar(select(SyncDeviceRow).where(SyncDeviceRow.device_id == device_id))
    _count, audit_up_to, _breaks = audit_chain.verify_device(session, device_id, incarnation)
    data = build_ack(
        central.sign_private,
        store_id=central.store_id,
        device_id=device_id,
        incarnation=incarnation,
        ranges=ranges,
        bundle_id=bundle_id,
        audit_up_to=audit_up_to,
        revocation=revocation(device),
    )
    return data, gaps(ranges)


def _write_ack(ack_dir: Path | None, bundle_id: str, data: bytes) -> Path | None:
    if ack_dir is None:
        return None
    ack_dir.mkdir(parents=True, exist_ok=True)
    path = ack_dir / f"ack-{bundle_id}.json"
    partial = path.with_name(path.name + ".partial")
    with open(partial, "wb") as handle:
        handle.write(data)
        handle.flush()
        os.fsync(handle.fileno())
    os.replace(partial, path)
    return path


def _alarm(store: Store, kind: str, data_hash: str, data: bytes) -> None:
    try:
        manifest = fmt.parse(data).manifest
    except SyncError:
        manifest = {}
    with store.unit_of_work() as session:
        session.add(
            SyncAlarmRow(
                id=new_id(),
                kind=kind,
                device_id=manifest.get("device_id"),
                bundle_id=manifest.get("bundle_id"),
                file_sha256=data_hash,
                details={
                    "incarnation": manifest.get("incarnation"),
                    "seq_from": manifest.get("seq_from"),
                    "seq_to": manifest.get("seq_to"),
                },
                at=datetime.now(UTC),
            )
        )


@contextmanager
def _collector_paused() -> Iterator[None]:
    """Python's cycle collector off while a bundle is read and applied.

    An import allocates millions of small objects that are all alive (ops, heads, rows), so each
    collection walks them again for nothing: a fifth of the import time. What the import builds
    holds no reference cycles that outlive it; collection resumes after, as it was."""
    was_enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if was_enabled:
            gc.enable()


def import_bundle(
    store: Store,
    central: CentralKeys,
    data: bytes,
    *,
    ack_dir: Path | None = None,
    chunk_size: int = CHUNK_SIZE,
    now_ms: int | None = None,
    after_chunk: Callable[[int], None] | None = None,
    progress: Callable[[int, int], None] | None = None,
) -> BundleReport:
    """Import one bundle file's bytes; `after_chunk(k)` is called after each committed chunk,
    `progress(done, total)` with chunks once the bundle is verified (0 of total), then after each."""

    def step(done: int, total: int) -> None:
        if done and after_chunk is not None:
            after_chunk(done)
        if progress is not None:
            progress(done, total)

    with _collector_paused():
        return _import(store, central, data, ack_dir, chunk_size, now_ms, step)


def _import(
    store: Store,
    central: CentralKeys,
    data: bytes,
    ack_dir: Path | None,
    chunk_size: int,
    now_ms: int | None,
    step: Callable[[int, int], None],
) -> BundleReport:
    file_hash = sha256_hex(data)
    with store.read() as session:
        check_transfer_allowed(session)
        done = session.scalar(
            select(ImportedBundleRow).where(ImportedBundleRow.file_sha256 == file_hash)
        )
        if done is None:
            bundle_id = fmt.peek_bundle_id(data)
            done = session.get(ImportedBundleRow, bundle_id) if bundle_id else None
        if done is not None:
            ack, missing = _ack(session, central, done.device_id, done.incarnation, done.bundle_id)
            report = BundleReport(
                "already_imported", done.bundle_id, done.device_id, done.incarnation
            )
            report.missing, report.ack = missing, ack
            report.ack_path = _write_ack(ack_dir, done.bundle_id, ack)
            return report
        rejected: SyncError | None = None
        try:
            verified = verify_bundle(session, central, data, now_ms)
        except SyncError as exc:
            rejected = exc
    if rejected is not None:
        if rejected.code in ALARM_CODES:
            _alarm(store, ALARM_CODES[rejected.code], file_hash, data)
        return BundleReport("rejected", reason=rejected.code)
    manifest = verified.manifest
    bundle_id, device_id = str(manifest["bundle_id"]), str(manifest["device_id"])
    incarnation = int(str(manifest["incarnation"]))
    report = BundleReport("imported", bundle_id, device_id, incarnation)
    ops = [op for op in verified.ops if verified.is_legit(op)]
    report.quarantined = len(verified.ops) - len(ops)
    chunks = -(-len(ops) // chunk_size)
    step(0, chunks)
    for index, start in enumerate(range(0, len(ops), chunk_size)):
        with store.unit_of_work() as session:
            if index == 0 and verified.bind_key is not None:
                device = session.get(SyncDeviceRow, verified.enrolment_id)
                assert device is not None
                if device.public_key is None:
                    device.device_id, device.public_key = device_id, verified.bind_key
                    device.bound_at = datetime.now(UTC)
            added, updated, result = apply_and_materialise(
                session, ops[start : start + chunk_size], bundle_id
            )
        report.added += added
        report.updated += updated
        report.applied += result.applied
        report.skipped += result.skipped
        report.dropped += result.dropped
        if worth_analysing(index + 1) and start + chunk_size < len(ops):
            with store.unit_of_work() as session:
                analyse_growing_tables(session)
        step(index + 1, chunks)
    with store.unit_of_work() as session:
        if report.quarantined:
            report.status = "quarantined"
            late = [op.seq for op in verified.ops if not verified.is_legit(op)]
            session.add(
                SyncAlarmRow(
                    id=new_id(),
                    kind=REVOKED_ALARM,
                    device_id=device_id,
                    bundle_id=bundle_id,
                    file_sha256=file_hash,
                    details={
                        "incarnation": incarnation,
                        "seq_from": min(late),
                        "seq_to": max(late),
                        "quarantined": len(late),
                    },
                    at=datetime.now(UTC),
                )
            )
        else:  # a revoked device's audit events are trusted only from a fully legitimate bundle
            key = tombstone_key(session)
            named: set[str] = set()
            for event in verified.audit:
                ids = event.get("entity_ids")
                named |= {str(i) for i in ids} if isinstance(ids, list) else set()
            erased = erased_ids(session, key, named)

            def hide(ident: str) -> str | None:
                return pseudonym(key, ident) if ident in erased else None

            breaks = audit_chain.store_events(
                session,
                device_id,
                incarnation,
                verified.audit,
                bundle_id,
                str(manifest.get("audit_head")),
                hide,
            )
            report.audit_events = len(verified.audit)
            _n, _up_to, stored_breaks = audit_chain.verify_device(session, device_id, incarnation)
            report.audit_breaks = [b.to_json() for b in breaks + stored_breaks]
        session.add(
            ImportedBundleRow(
                bundle_id=bundle_id,
                file_sha256=file_hash,
                device_id=device_id,
                incarnation=incarnation,
                seq_from=int(str(manifest["seq_from"])),
                seq_to=int(str(manifest["seq_to"])),
                op_count=len(verified.ops),
                manifest=dumps(manifest),
                counts={
                    "added": report.added,
                    "updated": report.updated,
                    "applied": report.applied,
                    "skipped": report.skipped,
                    "dropped": report.dropped,
                    "quarantined": report.quarantined,
                    "audit_events": report.audit_events,
                    "audit_breaks": len(report.audit_breaks),
                },
                imported_at=datetime.now(UTC),
            )
        )
        session.flush()
        report.ack, report.missing = _ack(session, central, device_id, incarnation, bundle_id)
    report.ack_path = _write_ack(ack_dir, bundle_id, report.ack)
    return report


def imported_manifest(session: Session, bundle_id: str) -> dict[str, object] | None:
    row = session.get(ImportedBundleRow, bundle_id)
    return loads(row.manifest) if row else None
