"""What the staff screens read besides the accounts themselves: user names by id (the audit
viewer shows accounts by name) and each account's last sign-in, from the audit trail."""

from __future__ import annotations

from collections.abc import Iterable
from datetime import datetime

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from desktop.storage.models import AuditEventRow, StaffRow


def usernames_by_id(session: Session) -> dict[str, str]:
    return {row.id: row.username for row in session.execute(select(StaffRow.id, StaffRow.username))}


def last_events(session: Session, actions: Iterable[str]) -> dict[str, datetime]:
    """The time of each actor's latest event among `actions` (e.g. sign-ins)."""
    stmt = (
        select(AuditEventRow.actor_id, func.max(AuditEventRow.at))
        .where(AuditEventRow.action.in_(list(actions)), AuditEventRow.actor_id.is_not(None))
        .group_by(AuditEventRow.actor_id)
    )
    out: dict[str, datetime] = {}
    for actor_id, at in session.execute(stmt):
        if actor_id and at is not None:
            out[actor_id] = at
    return out
