"""Read queries the services need, kept here so that only storage/ speaks SQLAlchemy."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import and_, func, or_, select
from sqlalchemy.orm import Session

from desktop.storage.models import CandidateRow, EligibilityRow, EventRow, TargetOccupationRow


@dataclass(frozen=True)
class SummaryRow:
    id: str
    given_names: str | None
    family_name: str | None
    email: str | None
    phone: str | None
    date_of_birth: str | None
    event_code: str | None
    noc_code: str | None
    suggested: str | None
    decision: str | None
    self_entered: bool
    created_at: datetime

    @property
    def display_name(self) -> str:
        return " ".join(p for p in (self.given_names, self.family_name) if p)


def find_same_person(
    session: Session, name_key: str, email_key: str | None, phone: str | None
) -> str | None:
    """The live candidate with this name key and the same e-mail or phone (import matching)."""
    contact = []
    if email_key:
        contact.append(CandidateRow.email_key == email_key)
    if phone:
        contact.append(CandidateRow.phone == phone)
    if not name_key or not contact:
        return None
    return session.scalar(
        select(CandidateRow.id)
        .where(CandidateRow.name_key == name_key, or_(*contact), CandidateRow.deleted_at.is_(None))
        .limit(1)
    )


def candidate_row(session: Session, candidate_id: str) -> CandidateRow | None:
    return session.get(CandidateRow, candidate_id)


def assessment_row(session: Session, candidate_id: str) -> EligibilityRow | None:
    return session.scalar(select(EligibilityRow).where(EligibilityRow.candidate_id == candidate_id))


def ids_with_prefix(session: Session, prefix: str, limit: int = 2) -> list[str]:
    return list(
        session.scalars(
            select(CandidateRow.id).where(CandidateRow.id.like(f"{prefix}%")).limit(limit)
        )
    )


def count_live(session: Session) -> int:
    stmt = select(func.count()).select_from(CandidateRow).where(CandidateRow.deleted_at.is_(None))
    return int(session.scalar(stmt) or 0)


def live_ids(session: Session, event_id: str | None = None, limit: int | None = None) -> list[str]:
    stmt = select(CandidateRow.id).where(CandidateRow.deleted_at.is_(None))
    if event_id:
        stmt = stmt.where(CandidateRow.event_id == event_id)
    stmt = stmt.order_by(CandidateRow.created_at.desc(), CandidateRow.id)
    if limit:
        stmt = stmt.limit(limit)
    return list(session.scalars(stmt))


def keep_in_event(session: Session, ids: list[str], event_id: str) -> list[str]:
    allowed = set(
        session.scalars(
            select(CandidateRow.id).where(
                CandidateRow.id.in_(ids), CandidateRow.event_id == event_id
            )
        )
    )
    return [i for i in ids if i in allowed]


def summary_rows(session: Session, ids: list[str]) -> list[SummaryRow]:
    """Light rows for lists, in the order of `ids` (unknown ids skipped)."""
    found: dict[str, SummaryRow] = {}
    first_target = (
        select(TargetOccupationRow.noc_code)
        .where(TargetOccupationRow.candidate_id == CandidateRow.id)
        .order_by(TargetOccupationRow.position)
        .limit(1)
        .correlate(CandidateRow)
        .scalar_subquery()
    )
    for start in range(0, len(ids), 500):
        chunk = ids[start : start + 500]
        stmt = (
            select(
                CandidateRow.id,
                CandidateRow.given_names,
                CandidateRow.family_name,
                CandidateRow.email,
                CandidateRow.phone,
                CandidateRow.date_of_birth,
                EventRow.code,
                first_target,
                EligibilityRow.suggested,
                EligibilityRow.decision,
                CandidateRow.self_entered,
                CandidateRow.created_at,
            )
            .outerjoin(EventRow, EventRow.id == CandidateRow.event_id)
            .outerjoin(EligibilityRow, EligibilityRow.candidate_id == CandidateRow.id)
            .where(CandidateRow.id.in_(chunk))
        )
        for row in session.execute(stmt):
            found[row[0]] = SummaryRow(*row)
    return [found[i] for i in ids if i in found]


_AFTER_EVERY_CHARACTER = "\U0010ffff"  # sorts after any text that follows a prefix


@dataclass(frozen=True)
class DuplicateCandidateRow:
    id: str
    given_names: str | None
    family_name: str | None
    email_key: str | None
    phone: str | None
    date_of_birth: str | None


def duplicate_candidates(
    session: Session,
    *,
    email_key: str | None,
    phone: str | None,
    birth_date: str | None,
    exclude_id: str | None,
    limit: int = 200,
) -> list[DuplicateCandidateRow]:
    """Live candidates sharing the e-mail, the phone, or the birth month (to compare names with)."""
    conditions = []
    if email_key:
        conditions.append(CandidateRow.email_key == email_key)
    if phone:
        conditions.append(CandidateRow.phone == phone)
    if birth_date and len(birth_date) == 10:
        # A full date: that date, or the same month stored without its day (two index lookups
        # instead of every candidate born that month).
        conditions.append(CandidateRow.date_of_birth.in_([birth_date, birth_date[:7]]))
    elif birth_date:
        # Born that month: a range over the index (a LIKE cannot use it; SQLCipher then read
        # every live row, 150 ms at 100 000 candidates), kept exact by the LIKE itself.
        month = birth_date[:7]
        conditions.append(
            and_(
                CandidateRow.date_of_birth >= month,
                CandidateRow.date_of_birth < month + _AFTER_EVERY_CHARACTER,
                CandidateRow.date_of_birth.like(f"{month}%"),
            )
        )
    if not conditions:
        return []
    stmt = select(
        CandidateRow.id,
        CandidateRow.given_names,
        CandidateRow.family_name,
        CandidateRow.email_key,
        CandidateRow.phone,
        CandidateRow.date_of_birth,
    ).where(or_(*conditions), CandidateRow.deleted_at.is_(None))
    if exclude_id:
        stmt = stmt.where(CandidateRow.id != exclude_id)
    return [DuplicateCandidateRow(*row) for row in session.execute(stmt.limit(limit))]


def event_counts(session: Session) -> dict[str | None, int]:
    stmt = (
        select(CandidateRow.event_id, func.count())
        .where(CandidateRow.deleted_at.is_(None))
        .group_by(CandidateRow.event_id)
    )
    return {event_id: int(count) for event_id, count in session.execute(stmt).all()}


def all_events(session: Session) -> list[EventRow]:
    return list(
        session.scalars(select(EventRow).order_by(EventRow.starts_on.desc(), EventRow.code))
    )


def event_by_code(session: Session, code: str) -> EventRow | None:
    return session.scalar(select(EventRow).where(EventRow.code == code))


def count_created_since(session: Session, since: datetime) -> int:
    stmt = (
        select(func.count())
        .select_from(CandidateRow)
        .where(CandidateRow.deleted_at.is_(None), CandidateRow.created_at >= since)
    )
    return int(session.scalar(stmt) or 0)


def count_in_event(session: Session, event_id: str) -> int:
    stmt = (
        select(func.count())
        .select_from(CandidateRow)
        .where(CandidateRow.deleted_at.is_(None), CandidateRow.event_id == event_id)
    )
    return int(session.scalar(stmt) or 0)
