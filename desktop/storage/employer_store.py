"""Employers, their contacts and their job openings: rows to plain data and back, list queries.

Functions take the caller's session and never commit (the service owns the unit of work).
"""

from __future__ import annotations

from datetime import datetime
from decimal import Decimal

from sqlalchemy import func, or_, select
from sqlalchemy.orm import Session

from desktop.domain.names import fold, search_terms
from desktop.domain.workspace import Employer, EmployerContact, JobOpening
from desktop.domain.workspace_lists import EmployerSummary, OpeningSummary
from desktop.storage.models import EmployerContactRow, EmployerRow, JobOpeningRow, PlacementRow

_EMPLOYER_FIELDS = (
    "legal_name",
    "neq",
    "sector",
    "size",
    "address",
    "city",
    "postal_code",
    "website",
    "notes",
    "diversity_training_on",
    "hr_support",
    "supported_since",
)
_OPENING_FIELDS = (
    "employer_id",
    "title",
    "noc_code",
    "education_level",
    "requirements",
    "french_level_required",
    "english_level_required",
    "non_french_justification",
    "driving_licence_required",
    "hourly_wage_cents",
    "priime_eligible",
    "status",
    "opened_on",
    "closes_on",
)


def hours_out(value: float | None) -> Decimal | None:
    return None if value is None else Decimal(str(value)).quantize(Decimal("0.01"))


def hours_in(value: Decimal | None) -> float | None:
    return None if value is None else float(value)


def _assign(row: object, data: object, names: tuple[str, ...]) -> list[str]:
    """Copy fields onto the row; the names of those that changed (for the audit trail)."""
    changed = []
    for name in names:
        value = getattr(data, name)
        if getattr(row, name) != value:
            setattr(row, name, value)
            changed.append(name)
    return changed


# --- Employers ------------------------------------------------------------------------------------


def employer_was_deleted(session: Session, employer_id: str) -> bool:
    """True when this company exists but was deleted (a save must not bring it back)."""
    row = session.get(EmployerRow, employer_id)
    return row is not None and row.deleted_at is not None


def opening_was_deleted(session: Session, opening_id: str) -> bool:
    row = session.get(JobOpeningRow, opening_id)
    return row is not None and row.deleted_at is not None


def live_employer(session: Session, employer_id: str) -> EmployerRow | None:
    row = session.get(EmployerRow, employer_id)
    return row if row is not None and row.deleted_at is None else None


def employer_from_row(session: Session, row: EmployerRow) -> Employer:
    contacts = session.scalars(
        select(EmployerContactRow)
        .where(EmployerContactRow.employer_id == row.id)
        .order_by(EmployerContactRow.position)
    )
    employer = Employer(id=row.id, created_at=row.created_at, updated_at=row.updated_at)
    for name in _EMPLOYER_FIELDS:
        setattr(employer, name, getattr(row, name))
    employer.contacts = [
        EmployerContact(
            id=c.id,
            name=c.name,
            title=c.title,
            email=c.email,
            phone=c.phone,
            is_primary=c.is_primary,
        )
        for c in contacts
    ]
    return employer


def neq_owner(session: Session, neq: str) -> str | None:
    return session.scalar(select(EmployerRow.id).where(EmployerRow.neq == neq))


def upsert_employer(
    session: Session, employer: Employer, staff_id: str | None
) -> tuple[bool, list[str]]:
    """Write the employer and its contacts; (created, changed field names)."""
    row = session.get(EmployerRow, employer.id)
    created = row is None
    if row is None:
        row = EmployerRow(id=employer.id, created_by=staff_id)
        session.add(row)
    changed = _assign(row, employer, _EMPLOYER_FIELDS)
    # Folded name then city: sorts by name, finds "cafe laval" in « Café Dubé, Laval ».
    row.name_key = fold(f"{employer.legal_name or ''} {employer.city or ''}")[:300]
    session.flush()  # no ORM relationships: the contacts' foreign key needs the row written
    existing = {
        c.id: c
        for c in session.scalars(
            select(EmployerContactRow).where(EmployerContactRow.employer_id == employer.id)
        )
    }
    kept = set()
    for position, contact in enumerate(employer.contacts):
        crow = existing.get(contact.id)
        if crow is None:
            crow = EmployerContactRow(id=contact.id, employer_id=employer.id)
            session.add(crow)
            changed.append("contacts")
        names = ("name", "title", "email", "phone", "is_primary")
        if _assign(crow, contact, names) or crow.position != position:
            changed.append("contacts")
        crow.position = position
        kept.add(contact.id)
    for contact_id, crow in existing.items():
        if contact_id not in kept:
            session.delete(crow)
            changed.append("contacts")
    return created, sorted(set(changed))


def soft_delete_employer(session: Session, row: EmployerRow, at: datetime) -> None:
    row.deleted_at = at
    row.neq = None  # a deleted company must not block its NEQ for a new record
    for opening in session.scalars(
        select(JobOpeningRow).where(
            JobOpeningRow.employer_id == row.id, JobOpeningRow.deleted_at.is_(None)
        )
    ):
        opening.deleted_at = at


def has_placements(session: Session, employer_id: str) -> bool:
    stmt = select(PlacementRow.id).where(
        PlacementRow.employer_id == employer_id, PlacementRow.deleted_at.is_(None)
    )
    return session.scalar(stmt.limit(1)) is not None


def list_employers(session: Session, search: str = "", limit: int = 500) -> list[EmployerSummary]:
    """Live employers by name; every word of `search` must appear in the name, NEQ or city."""
    openings = (
        select(JobOpeningRow.employer_id, func.count().label("n"))
        .where(JobOpeningRow.deleted_at.is_(None), JobOpeningRow.status == "open")
        .group_by(JobOpeningRow.employer_id)
        .subquery()
    )
    hires = (
        select(PlacementRow.employer_id, func.count().label("n"))
        .where(PlacementRow.deleted_at.is_(None))
        .group_by(PlacementRow.employer_id)
        .subquery()
    )
    stmt = (
        select(
            EmployerRow,
            func.coalesce(openings.c.n, 0),
            func.coalesce(hires.c.n, 0),
        )
        .outerjoin(openings, openings.c.employer_id == EmployerRow.id)
        .outerjoin(hires, hires.c.employer_id == EmployerRow.id)
        .where(EmployerRow.deleted_at.is_(None))
    )
    for term in search_terms(search):
        stmt = stmt.where(
            or_(
                EmployerRow.name_key.contains(term, autoescape=True),
                EmployerRow.neq.startswith(term, autoescape=True),
            )
        )
    stmt = stmt.order_by(EmployerRow.name_key, EmployerRow.id).limit(limit)
    return [
        EmployerSummary(
            id=row.id,
            legal_name=row.legal_name,
            neq=row.neq,
            city=row.city,
            sector=row.sector,
            supported_since=row.supported_since,
            open_openings=int(n_open),
            placements=int(n_hires),
        )
        for row, n_open, n_hires in session.execute(stmt)
    ]


# --- Openings -------------------------------------------------------------------------------------


def live_opening(session: Session, opening_id: str) -> JobOpeningRow | None:
    row = session.get(JobOpeningRow, opening_id)
    return row if row is not None and row.deleted_at is None else None


def opening_from_row(row: JobOpeningRow) -> JobOpening:
    opening = JobOpening(id=row.id)
    for name in _OPENING_FIELDS:
        setattr(opening, name, getattr(row, name))
    opening.hours_per_week = hours_out(row.hours_per_week)
    return opening


def upsert_opening(session: Session, opening: JobOpening) -> tuple[bool, list[str]]:
    row = session.get(JobOpeningRow, opening.id)
    created = row is None
    if row is None:
        row = JobOpeningRow(id=opening.id)
        session.add(row)
    changed = _assign(row, opening, _OPENING_FIELDS)
    hours = hours_in(opening.hours_per_week)
    if row.hours_per_week != hours:
        row.hours_per_week = hours
        changed.append("hours_per_week")
    session.flush()  # see upsert_employer
    return created, changed


def list_openings(
    session: Session,
    employer_id: str | None = None,
    status: str | None = None,
    limit: int = 1000,
) -> list[OpeningSummary]:
    stmt = (
        select(JobOpeningRow, EmployerRow.legal_name)
        .join(EmployerRow, EmployerRow.id == JobOpeningRow.employer_id)
        .where(JobOpeningRow.deleted_at.is_(None), EmployerRow.deleted_at.is_(None))
    )
    if employer_id:
        stmt = stmt.where(JobOpeningRow.employer_id == employer_id)
    if status:
        stmt = stmt.where(JobOpeningRow.status == status)
    stmt = stmt.order_by(
        JobOpeningRow.opened_on.desc(), JobOpeningRow.title, JobOpeningRow.id
    ).limit(limit)
    return [
        OpeningSummary(
            id=row.id,
            employer_id=row.employer_id,
            employer_name=name,
            title=row.title,
            noc_code=row.noc_code,
            status=row.status,
            hours_per_week=row.hours_per_week,
            hourly_wage_cents=row.hourly_wage_cents,
            opened_on=row.opened_on,
            closes_on=row.closes_on,
            priime_eligible=row.priime_eligible,
        )
        for row, name in session.execute(stmt)
    ]
