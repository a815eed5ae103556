"""A new device incarnation after a restore (sync-security.md §1.4, test S6/R7).

A restored store has forgotten the seqs it used after its backup; reusing them with other content
would be an equivocation at central. So a restore moves the device to an incarnation above every
one it has used, and carries the ops the backup still had to send into it: same content and clock,
new ids (`device:incarnation:seq`), so nothing waiting to be exported is lost and central applies
them as the idempotent writes they are.
"""

from __future__ import annotations

from sqlalchemy import delete, func, insert, select
from sqlalchemy.orm import Session

from desktop.storage.models import DeviceRow, OutboxOpRow, SyncClockRow, SyncStateRow
from desktop.storage.store import Store
from desktop.sync.canonical import dumps, loads
from desktop.sync.errors import SyncError
from desktop.sync.ops import op_from_json


def current_incarnation(session: Session) -> tuple[str, int] | None:
    device = session.scalar(select(DeviceRow))
    return None if device is None else (device.id, device.incarnation)


def start_incarnation(session: Session, incarnation: int) -> int:
    """Move this device to `incarnation` (must be higher) and carry its unsent ops; returns how many."""
    device = session.scalar(select(DeviceRow))
    if device is None:
        raise SyncError("device.not_initialised")
    if incarnation <= device.incarnation:
        raise ValueError("an incarnation only goes up")
    pending = session.execute(
        select(OutboxOpRow.incarnation, OutboxOpRow.seq, OutboxOpRow.body)
        .where(OutboxOpRow.device_id == device.id, OutboxOpRow.acked.is_(False))
        .order_by(OutboxOpRow.incarnation, OutboxOpRow.seq)
    ).all()
    last_hlc = int(
        session.scalar(
            select(func.max(SyncClockRow.hlc)).where(SyncClockRow.device_id == device.id)
        )
        or 0
    )
    rows = []
    for seq, (_inc, _old_seq, body) in enumerate(pending, 1):
        op = loads(body)
        op_from_json(op)  # a malformed op stops the restore rather than travel on
        # Same content and clock; only the id (incarnation, seq) is new. Canonical JSON as
        # written by `Op.body()`, edited as a dict: a day of fair work is ~30 000 ops.
        op["incarnation"], op["seq"] = incarnation, seq
        rows.append(
            {
                "device_id": device.id,
                "incarnation": incarnation,
                "seq": seq,
                "hlc": int(op["hlc"]),
                "candidate_id": str(op["candidate"]),
                "body": dumps(op),
                "acked": False,
            }
        )
    if pending:
        # The copies stand for them: the old ids are never exported again by this device.
        session.execute(
            delete(OutboxOpRow).where(
                OutboxOpRow.device_id == device.id,
                OutboxOpRow.acked.is_(False),
                OutboxOpRow.incarnation < incarnation,
            )
        )
        session.execute(insert(OutboxOpRow), rows)
    session.add(
        SyncClockRow(
            device_id=device.id,
            incarnation=incarnation,
            last_seq=len(rows),
            hlc=last_hlc,
            acked_up_to=0,
        )
    )
    device.incarnation = incarnation
    # The audit chain forks at the backup: central keeps one chain per incarnation, so this one
    # is sent whole from its first event.
    state = session.get(SyncStateRow, device.id)
    if state is not None:
        state.audit_acked_up_to = 0
    session.flush()
    return len(rows)


def restart(store: Store, incarnation: int) -> tuple[int, str]:
    """One unit of work: start `incarnation`; returns (ops carried, device id)."""
    with store.unit_of_work() as session:
        carried = start_incarnation(session, incarnation)
        device = session.scalar(select(DeviceRow))
        assert device is not None
        return carried, device.id
