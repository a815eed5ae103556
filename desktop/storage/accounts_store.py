"""Rows of the device identity and staff accounts."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from desktop.storage.models import DeviceRow, StaffRow


def device_row(session: Session) -> DeviceRow | None:
    return session.scalar(select(DeviceRow))


def add_device(session: Session, device_id: str, name: str, now: datetime) -> DeviceRow:
    row = DeviceRow(id=device_id, name=name, incarnation=1, created_at=now)
    session.add(row)
    return row


def staff_by_username(session: Session, username: str) -> StaffRow | None:
    return session.scalar(select(StaffRow).where(StaffRow.username == username))


def staff_by_id(session: Session, staff_id: str) -> StaffRow | None:
    return session.get(StaffRow, staff_id)


def all_staff(session: Session) -> list[StaffRow]:
    return list(session.scalars(select(StaffRow).order_by(StaffRow.username)))


def count_admins(session: Session) -> int:
    stmt = (
        select(func.count())
        .select_from(StaffRow)
        .where(StaffRow.active.is_(True), StaffRow.role == "admin")
    )
    return int(session.scalar(stmt) or 0)


def active_usernames(session: Session, limit: int = 2) -> list[str]:
    stmt = (
        select(StaffRow.username)
        .where(StaffRow.active.is_(True))
        .order_by(StaffRow.username)
        .limit(limit)
    )
    return list(session.scalars(stmt))


def count_active(session: Session) -> int:
    stmt = select(func.count()).select_from(StaffRow).where(StaffRow.active.is_(True))
    return int(session.scalar(stmt) or 0)


def add_staff(
    session: Session,
    staff_id: str,
    username: str,
    display_name: str,
    role: str,
    password_hash: str,
    now: datetime,
) -> StaffRow:
    row = StaffRow(
        id=staff_id,
        username=username,
        display_name=display_name,
        role=role,
        password_hash=password_hash,
        created_at=now,
        updated_at=now,
    )
    session.add(row)
    return row
