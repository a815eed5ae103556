"""Laptop side of sync: take an enrolment file, export a bundle, apply a central acknowledgement.

Each function is one unit of work on the laptop store. The laptop's Ed25519 key is made at
enrolment and kept in the store (encrypted at rest with the store once SQLCipher is in).
"""

from __future__ import annotations

import os
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import Any, BinaryIO

from sqlalchemy import func, select, update
from sqlalchemy.orm import Session

from desktop import __version__
from desktop.domain.candidate import new_id
from desktop.storage import audit_log
from desktop.storage.integrity import PageCheck
from desktop.storage.models import DeviceRow, OutboxOpRow, SyncClockRow, SyncStateRow
from desktop.storage.store import Store
from desktop.sync import bundle_format as fmt
from desktop.sync import hlc, keys
from desktop.sync.ack import read_ack
from desktop.sync.canonical import dump_bytes, sha256_hex
from desktop.sync.enrolment_file import read_enrolment
from desktop.sync.errors import SyncError
from desktop.sync.privacy_gate import check_transfer_allowed

Progress = Callable[[int, int], None]
SCHEMA_VERSION = 1


def _device(session: Session) -> DeviceRow:
    device: DeviceRow | None = session.scalar(select(DeviceRow))
    if device is None:
        raise SyncError("device.not_initialised")
    return device


def enrol(store: Store, data: bytes) -> str:
    """Store the central's enrolment file; make this laptop's signing key. Returns the store id."""
    enrolment = read_enrolment(data)
    with store.unit_of_work() as session:
        device = _device(session)
        state = session.get(SyncStateRow, device.id)
        if state is not None and state.store_id not in (None, enrolment.store_id):
            raise SyncError("enrol.other_store")
        if state is None:
            private, public = keys.new_signing_key()
            state = SyncStateRow(device_id=device.id, signing_key=private, public_key=public)
            session.add(state)
        state.enrolment_id = enrolment.enrolment_id
        state.enrolment_secret = enrolment.secret
        state.store_id = enrolment.store_id
        state.central_sign_key = enrolment.central_sign_key
        state.central_enc_key = enrolment.central_enc_key
        state.key_bound = False
        state.enrolled_at = datetime.now(UTC)
    return enrolment.store_id


def bump_incarnation(store: Store) -> int:
    """After restoring this store from a backup: a new incarnation, so old seqs are never reused."""
    with store.unit_of_work() as session:
        device = _device(session)
        device.incarnation += 1
        return device.incarnation


@dataclass(frozen=True)
class ExportResult:
    path: Path | None
    bundle_id: str | None
    seq_from: int
    seq_to: int
    op_count: int
    sha256: str | None
    audit_events: int = 0


def _write_durably(path: Path, write: Callable[[BinaryIO], None]) -> None:
    """`write` fills `path.partial`, which is synced, then renamed to `path`."""
    partial = path.with_name(path.name + ".partial")
    try:
        with open(partial, "wb") as handle:
            write(handle)
            handle.flush()
            os.fsync(handle.fileno())
    except BaseException:  # a full or removed USB key: leave nothing half-written behind
        partial.unlink(missing_ok=True)
        raise
    os.replace(partial, path)
    if hasattr(os, "O_DIRECTORY"):
        folder = os.open(path.parent, os.O_DIRECTORY)
        try:
            os.fsync(folder)
        finally:
            os.close(folder)


def _contiguous_tail(rows: Sequence[Any]) -> list[Any]:
    """Acknowledged ops purged by retention leave gaps; a bundle carries one gapless range."""
    start = 0
    for index in range(1, len(rows)):
        if rows[index][0] != rows[index - 1][0] + 1:
            start = index
    return list(rows[start:])


def _outbox_rows(
    session: Session,
    device_id: str,
    incarnation: int,
    include_acked: bool,
    progress: Progress | None = None,
) -> list[tuple[int, bytes]]:
    """(seq, body as UTF-8 bytes) of this incarnation's ops to send, in seq order.

    An export of 10 000 candidates reads about 900 000 of them: they come as the driver's plain
    tuples, bodies undecoded (they go into the payload as bytes), in batches that report progress."""
    where = [OutboxOpRow.device_id == device_id, OutboxOpRow.incarnation == incarnation]
    if not include_acked:
        where.append(OutboxOpRow.acked.is_(False))
    # Progress needs a total; counting would read the whole table once more, so the clock's
    # figures give it (exact unless retention purged acknowledged ops).
    clock = session.get(SyncClockRow, (device_id, incarnation))
    total = 0 if clock is None else clock.last_seq - (0 if include_acked else clock.acked_up_to)
    stmt = select(OutboxOpRow.seq, OutboxOpRow.body).where(*where).order_by(OutboxOpRow.seq)
    conn = session.connection()
    compiled = stmt.compile(dialect=conn.dialect)
    raw = conn.connection.driver_connection
    assert raw is not None
    params = [compiled.params[name] for name in compiled.positiontup or []]
    rows: list[tuple[int, bytes]] = []
    factory = raw.text_factory
    raw.text_factory = bytes  # the canonical JSON as stored: UTF-8, never decoded here
    try:
        cursor = raw.execute(str(compiled), params)
        while batch := cursor.fetchmany(50_000):
            rows += batch
            if progress is not None:
                progress(len(rows), max(total, len(rows)))
    finally:
        raw.text_factory = factory
    return rows


def export_bundle(
    store: Store, out: Path, *, include_acked: bool = False, progress: Progress | None = None
) -> ExportResult:
    """Write every unacknowledged op of this incarnation (or all, `include_acked`) as a bundle.

    The audit events central has not acknowledged ride along; a bundle may hold audit events only.
    A store whose pages fail their check exports nothing (`StoreError("store.damaged")`):
    recovery mode exports what is readable instead.
    """
    pages = PageCheck(store)  # beside the reading below; nothing is written before its verdict
    with store.read() as session:
        try:
            device = _device(session)
            state = session.get(SyncStateRow, device.id)
            if state is None or state.central_enc_key is None or state.enrolment_secret is None:
                raise SyncError("bundle.not_enrolled")
            rows = _outbox_rows(session, device.id, device.incarnation, include_acked, progress)
            events = audit_log.events_after(
                session, 0 if include_acked else state.audit_acked_up_to
            )
        finally:
            pages.require()  # a damaged page also explains a failed read: store.damaged first
        if include_acked:
            rows = _contiguous_tail(rows)
        if not rows and not events:
            return ExportResult(None, None, 0, 0, 0, None)
        check_transfer_allowed(session)
        clock = session.get(SyncClockRow, (device.id, device.incarnation))
        bodies = [body for _seq, body in rows]
        total = len(rows)
        if progress is not None:
            progress(total, total)
        audit_seq, audit_hash = audit_log.head(session)
        next_seq = clock.last_seq + 1 if clock else 1
        seq_from, seq_to = (rows[0][0], rows[-1][0]) if rows else (next_seq, next_seq - 1)
        manifest = {
            "format": fmt.FORMAT,
            "bundle_id": new_id(),
            "store_id": state.store_id,
            "device_id": device.id,
            "incarnation": device.incarnation,
            "device_key_id": keys.key_id(state.public_key),
            "recipient_key_id": keys.key_id(state.central_enc_key),
            "app_version": __version__,
            "schema_version": SCHEMA_VERSION,
            "seq_from": seq_from,
            "seq_to": seq_to,
            "op_count": total,
            "created_hlc": clock.hlc if clock else hlc.pack(hlc.wall_ms(), 0),
            "payload_size": 0,
            "payload_sha256": "",
            "audit_head": f"{audit_seq}:{audit_hash}",
            "audit_from": events[0]["seq"] if events else 0,
            "audit_count": len(events),
            "previous_bundle_id": state.last_bundle_id,
            "enrolment": None
            if state.key_bound
            else fmt.enrolment_block(
                state.enrolment_id or "", state.enrolment_secret, device.id, state.public_key
            ),
        }
        audit_lines = [dump_bytes(event).decode("utf-8") for event in events]
        payload = fmt.seal(manifest, bodies, state.central_enc_key, audit_lines)
        manifest["payload_size"] = len(payload)
        manifest["payload_sha256"] = sha256_hex(payload)
        manifest_bytes = dump_bytes(manifest)
        signature = keys.sign(state.signing_key, manifest_bytes)
        public_key = state.public_key
    _write_durably(out, lambda handle: fmt.write_zip_to(handle, manifest_bytes, signature, payload))
    written = out.read_bytes()  # re-read from the disk: what the USB key really holds
    check = fmt.parse(written)
    fmt.check_signature_and_payload(check, public_key)
    if check.manifest_bytes != manifest_bytes:
        raise SyncError("bundle.verify_after_write")
    with store.unit_of_work() as session:
        row = session.get(SyncStateRow, manifest["device_id"])
        if row is not None:
            row.last_bundle_id = str(manifest["bundle_id"])
    return ExportResult(
        out,
        str(manifest["bundle_id"]),
        seq_from,
        seq_to,
        total,
        sha256_hex(written),
        audit_events=len(events),
    )


@dataclass(frozen=True)
class AckResult:
    incarnation: int
    acknowledged_up_to: int
    marked: int
    audit_up_to: int = 0
    revoked: bool = False


def apply_ack(store: Store, data: bytes) -> AckResult:
    """Verify a central ack (signature, store, this device) and mark the ops it covers."""
    with store.unit_of_work() as session:
        device = _device(session)
        state = session.get(SyncStateRow, device.id)
        if state is None or state.central_sign_key is None:
            raise SyncError("bundle.not_enrolled")
        body = read_ack(data, state.central_sign_key)
        if body.get("store_id") != state.store_id or body.get("device_id") != device.id:
            raise SyncError("ack.other_device")
        incarnation, up_to = int(body["incarnation"]), int(body["contiguous_up_to"])
        result = session.execute(
            update(OutboxOpRow)
            .where(OutboxOpRow.device_id == device.id)
            .where(OutboxOpRow.incarnation == incarnation)
            .where(OutboxOpRow.seq <= up_to, OutboxOpRow.acked.is_(False))
            .values(acked=True)
        )
        clock = session.get(SyncClockRow, (device.id, incarnation))
        if clock is not None and up_to > clock.acked_up_to:
            clock.acked_up_to = up_to
        audit_up_to = body.get("audit_up_to")
        if not isinstance(audit_up_to, int) or isinstance(audit_up_to, bool):
            audit_up_to = 0
        # An ack for an earlier incarnation speaks of the chain before the restore, not this one.
        if incarnation == device.incarnation and audit_up_to > state.audit_acked_up_to:
            state.audit_acked_up_to = min(audit_up_to, audit_log.head(session)[0])
        revoked = body.get("revocation") is not None
        if revoked and state.revoked_at is None:
            state.revoked_at = datetime.now(UTC)
        state.key_bound = True
        marked = int(getattr(result, "rowcount", 0) or 0)
    return AckResult(incarnation, up_to, marked, audit_up_to, revoked)


def clock_warning(store: Store) -> str | None:
    """The current clock warning code of this laptop (for the GUI banner), if any."""
    with store.read() as session:
        device = session.scalar(select(DeviceRow))
        if device is None:
            return None
        clock = session.get(SyncClockRow, (device.id, device.incarnation))
        last = clock.hlc if clock else 0
        return hlc.tick(last).warning


def own_public_key(store: Store) -> bytes | None:
    """This laptop's signing public key, once enrolled."""
    with store.read() as session:
        device = session.scalar(select(DeviceRow))
        state = session.get(SyncStateRow, device.id) if device else None
        return state.public_key if state else None


@dataclass(frozen=True)
class SyncStatus:
    """What the admin's sync screen shows: enrolment, what is waiting, the last bundle."""

    enrolled: bool
    store_id: str | None
    pending_ops: int
    pending_candidates: int
    pending_audit: int
    acknowledged_up_to: int
    last_bundle_id: str | None
    revoked: bool


def status(store: Store) -> SyncStatus:
    with store.read() as session:
        device = session.scalar(select(DeviceRow))
        state = session.get(SyncStateRow, device.id) if device else None
        if device is None or state is None or state.store_id is None:
            return SyncStatus(False, None, 0, 0, 0, 0, None, False)
        pending = (
            select(func.count(), func.count(func.distinct(OutboxOpRow.candidate_id)))
            .where(OutboxOpRow.device_id == device.id)
            .where(OutboxOpRow.incarnation == device.incarnation)
            .where(OutboxOpRow.acked.is_(False))
        )
        ops, candidates = session.execute(pending).one()
        clock = session.get(SyncClockRow, (device.id, device.incarnation))
        audit_head = audit_log.head(session)[0]
        return SyncStatus(
            True,
            state.store_id,
            int(ops or 0),
            int(candidates or 0),
            max(0, audit_head - state.audit_acked_up_to),
            clock.acked_up_to if clock else 0,
            state.last_bundle_id,
            state.revoked_at is not None,
        )
