"""Staff accounts as the staff screen and its services need them: list, find, count admins, and
each account's last sign-in (read from the audit trail, which already records every sign-in)."""

from __future__ import annotations

from collections.abc import Iterable
from datetime import datetime

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from desktop.storage.models import AuditEventRow, StaffRow


def all_staff(session: Session) -> list[StaffRow]:
    return list(session.scalars(select(StaffRow).order_by(StaffRow.username)))


def staff_by_id(session: Session, staff_id: str) -> StaffRow | None:
    return session.get(StaffRow, staff_id)


def count_active_admins(session: Session) -> int:
    stmt = (
        select(func.count())
        .select_from(StaffRow)
        .where(StaffRow.active.is_(True), StaffRow.role == "admin")
    )
    return int(session.scalar(stmt) or 0)


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
