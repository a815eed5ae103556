"""Enrolled laptops at central: list them, and revoke a lost or stolen one (X10).

Revoking device D records `last_legit_incarnation`/`last_legit_seq` (by default what central
already holds of D without a gap): later bundles from D are still verified with its key, their ops
up to that point are accepted (a legitimate bundle may still be on a USB key in someone's bag),
later ones are quarantined for a human decision. The revocation travels in every ack to D, and an
incident note lists the persons whose data D held (ids only): every candidate with ops from D,
resolved through merges, and a count of those since erased.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import UTC, datetime

from sqlalchemy import func, or_, select
from sqlalchemy.orm import Session

from desktop.central.materialise import alias_map, resolve
from desktop.central.merge import ERASED
from desktop.central.ranges import received_ranges
from desktop.domain.candidate import new_id
from desktop.storage.models import CandidateRow, OpLogRow, SyncAlarmRow, SyncDeviceRow
from desktop.storage.store import Store
from desktop.sync.errors import SyncError

REVOKED_KIND = "device_revoked"


@dataclass(frozen=True)
class DeviceSummary:
    enrolment_id: str
    name: str
    device_id: str | None
    enrolled_at: datetime
    bound_at: datetime | None
    revoked_at: datetime | None
    last_legit_incarnation: int | None
    last_legit_seq: int | None
    ops: int


def list_devices(store: Store) -> list[DeviceSummary]:
    with store.read() as session:
        counts = dict(
            session.execute(
                select(OpLogRow.device_id, func.count()).group_by(OpLogRow.device_id)
            ).all()
        )
        rows = session.scalars(select(SyncDeviceRow).order_by(SyncDeviceRow.enrolled_at))
        return [
            DeviceSummary(
                r.enrolment_id,
                r.name,
                r.device_id,
                r.enrolled_at,
                r.bound_at,
                r.revoked_at,
                r.last_legit_incarnation,
                r.last_legit_seq,
                int(counts.get(r.device_id, 0)) if r.device_id else 0,
            )
            for r in rows
        ]


@dataclass(frozen=True)
class Incident:
    """The note of a revocation: which device, what is still accepted, whose data it held."""

    alarm_id: str
    device_name: str
    device_id: str | None
    revoked_at: datetime
    last_legit_incarnation: int
    last_legit_seq: int
    affected: list[str] = field(default_factory=list)  # live candidate ids (after merges)
    erased: int = 0  # persons since erased (their ids are no longer kept)

    def to_json(self) -> dict[str, object]:
        return {
            "kind": REVOKED_KIND,
            "alarm_id": self.alarm_id,
            "device_name": self.device_name,
            "device_id": self.device_id,
            "revoked_at": self.revoked_at.isoformat(),
            "last_legit_incarnation": self.last_legit_incarnation,
            "last_legit_seq": self.last_legit_seq,
            "affected_count": len(self.affected) + self.erased,
            "affected_candidates": self.affected,
            "erased_count": self.erased,
        }


def find_device(session: Session, ref: str) -> SyncDeviceRow:
    """A device by its device id, enrolment id or exact name (a name must be unique)."""
    ref = ref.strip()
    rows = list(
        session.scalars(
            select(SyncDeviceRow).where(
                or_(
                    SyncDeviceRow.device_id == ref,
                    SyncDeviceRow.enrolment_id == ref,
                    SyncDeviceRow.name == ref,
                )
            )
        )
    )
    if len(rows) != 1:
        raise SyncError("device.unknown" if not rows else "device.ambiguous", device=ref[:60])
    return rows[0]


def _affected(session: Session, device_id: str) -> tuple[list[str], int]:
    aliases = alias_map(session)
    live: set[str] = set()
    erased: set[str] = set()
    stmt = (
        select(OpLogRow.candidate_id, OpLogRow.outcome)
        .where(OpLogRow.device_id == device_id)
        .distinct()
    )
    for candidate_id, outcome in session.execute(stmt):
        root = resolve(aliases, candidate_id)
        if session.get(CandidateRow, root) is not None:
            live.add(root)
        elif outcome == ERASED or outcome == "tombstone":
            erased.add(candidate_id)
    return sorted(live), len(erased - live)


def revoke_device(
    store: Store, ref: str, last_legit_seq: int | None = None, incarnation: int | None = None
) -> Incident:
    """Revoke a laptop; ops after (incarnation, last_legit_seq) will be quarantined."""
    if last_legit_seq is not None and last_legit_seq < 0:
        raise SyncError("device.bad_seq")
    with store.unit_of_work() as session:
        device = find_device(session, ref)
        if device.revoked_at is not None:
            raise SyncError("device.already_revoked", device=device.name)
        device_id = device.device_id
        if incarnation is None:
            incarnation = (
                session.scalar(
                    select(func.max(OpLogRow.incarnation)).where(OpLogRow.device_id == device_id)
                )
                if device_id
                else None
            ) or 1
        if last_legit_seq is None:
            ranges = received_ranges(session, device_id, incarnation) if device_id else []
            last_legit_seq = ranges[0][1] if ranges and ranges[0][0] == 1 else 0
        now = datetime.now(UTC)
        device.revoked_at = now
        device.last_legit_incarnation, device.last_legit_seq = incarnation, last_legit_seq
        affected, erased = _affected(session, device_id) if device_id else ([], 0)
        incident = Incident(
            new_id(),
            device.name,
            device_id,
            now,
            incarnation,
            last_legit_seq,
            affected,
            erased,
        )
        session.add(
            SyncAlarmRow(
                id=incident.alarm_id,
                kind=REVOKED_KIND,
                device_id=device_id,
                bundle_id=None,
                file_sha256=None,
                details={k: v for k, v in incident.to_json().items() if k != "device_name"},
                at=now,
            )
        )
    return incident
