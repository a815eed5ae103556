"""The laptop outbox: inside the saving transaction, one op per changed field (sync-security §1.4).

`outbox_save` is a save hook (`ServiceContext.save_hooks`): it reads the `ChangeSet` that
`upsert_candidate` returned and writes, in the same transaction, ops with this device's id and
incarnation, a gapless seq and a hybrid-logical-clock value, both persisted with the ops.
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Iterable
from datetime import UTC
from typing import Any

from sqlalchemy import func, insert, select
from sqlalchemy.orm import Session

from desktop.storage.models import DeviceRow, EventRow, OutboxOpRow, SyncClockRow
from desktop.sync import hlc
from desktop.sync.ops import DELETE, SET, Op

log = logging.getLogger(__name__)

EVENT_FIELD = "event"  # the candidate's event travels as {code, name}: event ids are per laptop
DECISION = "decision"  # a staff eligibility decision: entity `decision`, row = the candidate id
DECISION_FIELD = "decision"


def _clock(session: Session, device: DeviceRow) -> SyncClockRow:
    row = session.get(SyncClockRow, (device.id, device.incarnation))
    if row is None:
        row = SyncClockRow(
            device_id=device.id, incarnation=device.incarnation, last_seq=0, hlc=0, acked_up_to=0
        )
        session.add(row)
    return row


def _event_value(session: Session, event_id: object) -> dict[str, Any] | None:
    if not isinstance(event_id, str):
        return None
    event = session.get(EventRow, event_id)
    return {"code": event.code, "name": event.name} if event else None


def write_ops(
    session: Session,
    candidate_id: str,
    changes: Iterable[tuple[str, str, str, Any, bool]],
    actor_id: str | None,
    now_ms: int | None = None,
) -> list[Op]:
    """Append ops for (entity, row_id, field, value, removed) changes; returns them."""
    device = session.scalar(select(DeviceRow))
    if device is None:
        return []
    clock = _clock(session, device)
    written: list[Op] = []
    rows: list[dict[str, Any]] = []
    for entity, row_id, field, value, removed in changes:
        if entity == "candidate" and field == "event_id":
            field, value = EVENT_FIELD, _event_value(session, value)
        step = hlc.tick(max(clock.hlc, written[-1].hlc if written else 0), now_ms)
        if step.warning and step.warning != clock.clock_warning:
            log.warning("computer clock looks wrong: %s", step.warning)
        clock.clock_warning = step.warning
        clock.last_seq += 1
        clock.hlc = step.value
        op = Op(
            device=device.id,
            incarnation=device.incarnation,
            seq=clock.last_seq,
            hlc=step.value,
            entity=entity,
            row=row_id,
            field="" if removed else field,
            kind=DELETE if removed else SET,
            value=None if removed else value,
            candidate=candidate_id,
            actor=actor_id,
        )
        rows.append(
            {
                "device_id": op.device,
                "incarnation": op.incarnation,
                "seq": op.seq,
                "hlc": op.hlc,
                "candidate_id": candidate_id,
                "body": op.body(),
                "acked": False,
            }
        )
        written.append(op)
    if rows:
        # One multi-row INSERT: a new candidate is about 90 ops, and one ORM object per op
        # cost more than the rest of the save together.
        session.execute(insert(OutboxOpRow), rows)
    session.flush()
    return written


def outbox_save(clock_ms: Callable[[], int] | None = None) -> Callable[[Any, Any, Any], None]:
    """The save hook; `clock_ms` replaces the wall clock in tests (a laptop with a wrong date)."""

    def hook(session: Any, changeset: Any, actor: Any) -> None:
        if not changeset.changes:
            return
        changes = [(c.entity, c.row_id, c.field, c.value, c.removed) for c in changeset.changes]
        actor_id = getattr(actor, "staff_id", None)
        write_ops(
            session, changeset.candidate_id, changes, actor_id, clock_ms() if clock_ms else None
        )

    return hook


def decision_value(result: Any) -> dict[str, Any]:
    """What a decision op carries: the decision, who, when (ISO UTC) and the comment, together."""
    decided_at = getattr(result, "decided_at", None)
    return {
        "decision": result.decision,
        "decided_by": result.decided_by,
        "decided_at": decided_at.astimezone(UTC).isoformat(timespec="microseconds")
        if decided_at is not None
        else None,
        "comment": result.comment,
    }


def outbox_decision(clock_ms: Callable[[], int] | None = None) -> Callable[..., None]:
    """The decision hook (`ServiceContext.decision_hooks`): one op per recorded decision, so a
    coordinator's admission or refusal travels to central (last writer wins, conflicts kept)."""

    def hook(session: Any, candidate_id: str, result: Any, actor: Any) -> None:
        write_ops(
            session,
            candidate_id,
            [(DECISION, candidate_id, DECISION_FIELD, decision_value(result), False)],
            getattr(actor, "staff_id", None),
            clock_ms() if clock_ms else None,
        )

    return hook


def delete_candidate_ops(
    session: Session, candidate_id: str, actor_id: str | None, now_ms: int | None = None
) -> list[Op]:
    """A tombstone op for a whole candidate (the laptop's delete service calls this)."""
    return write_ops(
        session, candidate_id, [("candidate", candidate_id, "", None, True)], actor_id, now_ms
    )


def pending_candidates(session: Session) -> int:
    """How many candidates have changes the central store has not acknowledged yet."""
    stmt = select(func.count(func.distinct(OutboxOpRow.candidate_id))).where(
        OutboxOpRow.acked.is_(False)
    )
    return int(session.scalar(stmt) or 0)
