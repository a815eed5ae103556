"""Read the audit trail for the admins' viewer and its exports, and verify an exported chain.

The digest is the one `audit_log.append` writes, so an export verified here, on another machine,
proves the same thing as the check on the laptop: no event was edited, removed or reordered.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from datetime import datetime
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from desktop.storage.audit_log import GENESIS, ChainCheck, _digest
from desktop.storage.models import AuditEventRow

_COLUMNS = (
    AuditEventRow.seq,
    AuditEventRow.id,
    AuditEventRow.at,
    AuditEventRow.device_id,
    AuditEventRow.actor_id,
    AuditEventRow.action,
    AuditEventRow.entity_type,
    AuditEventRow.entity_ids,
    AuditEventRow.details,
    AuditEventRow.prev_hash,
    AuditEventRow.hash,
)


def filtered_events(
    session: Session,
    *,
    since: datetime | None = None,
    until: datetime | None = None,
    action: str | None = None,
    limit: int | None = None,
) -> list[Any]:
    """Newest first, as plain rows (no ORM objects: the viewer reads thousands at a time);
    `action` ending in "." matches a family ("candidate." = every candidate event)."""
    stmt = select(*_COLUMNS).order_by(AuditEventRow.seq.desc())
    if since is not None:
        stmt = stmt.where(AuditEventRow.at >= since)
    if until is not None:
        stmt = stmt.where(AuditEventRow.at < until)
    if action:
        if action.endswith("."):
            stmt = stmt.where(AuditEventRow.action.startswith(action, autoescape=True))
        else:
            stmt = stmt.where(AuditEventRow.action == action)
    if limit:
        stmt = stmt.limit(limit)
    return list(session.execute(stmt))


def distinct_actions(session: Session) -> list[str]:
    return sorted(session.scalars(select(AuditEventRow.action).distinct()))


def chain(session: Session, batch: int = 2000) -> Iterator[Any]:
    """Every event in chain order as plain rows, read a batch at a time."""
    last = 0
    while True:
        rows = list(
            session.execute(
                select(*_COLUMNS)
                .where(AuditEventRow.seq > last)
                .order_by(AuditEventRow.seq)
                .limit(batch)
            )
        )
        if not rows:
            return
        yield from rows
        last = rows[-1].seq


def event_record(row: Any) -> dict[str, Any]:
    """One event as exported: every hashed field, the previous hash and the event's own hash."""
    return {
        "seq": row.seq,
        "id": row.id,
        "at": row.at.isoformat(),
        "device_id": row.device_id,
        "actor_id": row.actor_id,
        "action": row.action,
        "entity_type": row.entity_type,
        "entity_ids": list(row.entity_ids),
        "details": dict(row.details),
        "prev_hash": row.prev_hash,
        "hash": row.hash,
    }


def verify_stored(session: Session) -> ChainCheck:
    """The stored chain checked like an export (same digest), reading plain rows in batches."""
    return verify_records(event_record(row) for row in chain(session))


def verify_records(records: Iterable[dict[str, Any]]) -> ChainCheck:
    """Recompute the chain of exported events; the first broken event's seq if any."""
    prev, expected, count = GENESIS, 1, 0
    for rec in records:
        try:
            seq = int(rec["seq"])
            digest = _digest(
                prev,
                seq,
                str(rec["id"]),
                datetime.fromisoformat(str(rec["at"])),
                rec.get("device_id"),
                rec.get("actor_id"),
                str(rec["action"]),
                rec.get("entity_type"),
                list(rec.get("entity_ids") or []),
                dict(rec.get("details") or {}),
            )
        except (KeyError, TypeError, ValueError):
            return ChainCheck(False, count, expected)
        if seq != expected or rec.get("prev_hash") != prev or rec.get("hash") != digest:
            return ChainCheck(False, count, seq)
        prev, expected, count = digest, expected + 1, count + 1
    return ChainCheck(True, count)
