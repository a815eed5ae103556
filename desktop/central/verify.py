"""Check a bundle completely before anything is written (sync-security.md §1.4, import step 2).

Order: ZIP structure and manifest schema; addressed to this store and its key; device enrolled and
not revoked (a first bundle binds its key through the enrolment HMAC); Ed25519 signature; payload
size and SHA-256; HPKE decryption; header binding; contiguous seq range and op count, every op of
the manifest's device and incarnation; no clock more than 1 h in the future; no op id already
received with different content (equivocation).
"""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import Session

from desktop.central.setup import CentralKeys
from desktop.storage.models import OpLogRow, SyncDeviceRow, TombstoneRow
from desktop.sync import bundle_format as fmt
from desktop.sync import hlc, keys
from desktop.sync.errors import SyncError
from desktop.sync.ops import DELETE, Op

FUTURE_LIMIT_MS = 60 * 60 * 1000


@dataclass(frozen=True)
class VerifiedBundle:
    bundle: fmt.ParsedBundle
    ops: list[Op]
    enrolment_id: str
    bind_key: bytes | None  # the device key to bind on first import

    @property
    def manifest(self) -> dict[str, object]:
        return self.bundle.manifest


def _device_key(session: Session, manifest: dict[str, object]) -> tuple[SyncDeviceRow, bytes, bool]:
    device_id = str(manifest["device_id"])
    row = session.scalar(select(SyncDeviceRow).where(SyncDeviceRow.device_id == device_id))
    if row is not None and row.public_key is not None:
        return row, row.public_key, False
    block = manifest["enrolment"]
    if not isinstance(block, dict):
        raise SyncError("bundle.unknown_device")
    row = session.get(SyncDeviceRow, block["enrolment_id"])
    if row is None or row.device_id not in (None, device_id):
        raise SyncError("bundle.unknown_device")
    return row, fmt.enrolled_public_key(manifest, row.enrolment_secret), True


def _erasure_redactions(session: Session, ops: list[Op], differing: list[Op]) -> bool:
    """True when every differing op is about a person erased here or in this bundle.

    A laptop strips the values of an erased person's ops (`desktop.sync.redact`), so the same op
    id may arrive once with the original content and once redacted; neither can bring them back.
    """
    erased = {op.row for op in ops if op.kind == DELETE and op.entity == "candidate"}
    wanted = {op.candidate for op in differing} - erased
    if wanted:
        erased |= set(
            session.scalars(
                select(TombstoneRow.row_id).where(
                    TombstoneRow.entity == "candidate", TombstoneRow.row_id.in_(sorted(wanted))
                )
            )
        )
    return all(op.candidate in erased for op in differing)


def verify_bundle(
    session: Session, central: CentralKeys, data: bytes, now_ms: int | None = None
) -> VerifiedBundle:
    bundle = fmt.parse(data)
    manifest = bundle.manifest
    if manifest["store_id"] != central.store_id:
        raise SyncError("bundle.wrong_store")
    if manifest["recipient_key_id"] != keys.key_id(central.enc_public):
        raise SyncError("bundle.wrong_recipient")
    device, public, first = _device_key(session, manifest)
    if device.revoked_at is not None:
        raise SyncError("bundle.revoked")
    fmt.check_signature_and_payload(bundle, public)
    ops = fmt.open_payload(bundle, central.enc_private)
    limit = (hlc.wall_ms() if now_ms is None else now_ms) + FUTURE_LIMIT_MS
    if (
        any(hlc.to_ms(op.hlc) > limit for op in ops)
        or hlc.to_ms(int(manifest["created_hlc"])) > limit
    ):
        raise SyncError("bundle.future_clock")
    stored = dict(
        session.execute(
            select(OpLogRow.seq, OpLogRow.op_hash)
            .where(OpLogRow.device_id == manifest["device_id"])
            .where(OpLogRow.incarnation == manifest["incarnation"])
            .where(OpLogRow.seq.between(manifest["seq_from"], manifest["seq_to"]))
        ).all()
    )
    differing = [op for op in ops if op.seq in stored and stored[op.seq] != op.digest()]
    if differing and not _erasure_redactions(session, ops, differing):
        raise SyncError("bundle.equivocation")
    return VerifiedBundle(bundle, ops, device.enrolment_id, public if first else None)
