"""Introductions, placements, subsidy files and follow-ups: rows to plain data and back, lists.

Functions take the caller's session and never commit (the service owns the unit of work).
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date, datetime
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from desktop.domain.workspace import FollowUp, Introduction, Placement, SubsidyFile
from desktop.domain.workspace_lists import (
    FollowUpSummary,
    IntroductionSummary,
    PlacementSummary,
    person_name,
)
from desktop.storage.base import utcnow
from desktop.storage.employer_store import hours_in, hours_out
from desktop.storage.models import (
    CandidateRow,
    EmployerRow,
    FollowUpRow,
    IntroductionRow,
    JobOpeningRow,
    PlacementRow,
    SubsidyFileRow,
)

_INTRODUCTION_FIELDS = (
    "candidate_id",
    "employer_id",
    "opening_id",
    "introduced_on",
    "dossier_variant",
    "outcome",
    "outcome_on",
    "decline_reason",
    "decline_details",
    "notes",
    "staff_id",
)
_PLACEMENT_FIELDS = (
    "candidate_id",
    "employer_id",
    "opening_id",
    "introduction_id",
    "job_title",
    "noc_code",
    "start_date",
    "end_date",
    "hourly_wage_cents",
    "in_field",
    "francization_at_work",
    "francization_notes",
)
_SUBSIDY_FIELDS = (
    "placement_id",
    "programme",
    "status",
    "letter_reference",
    "letter_date",
    "sq_office",
    "planned_weeks",
    "max_hourly_subsidy_cents",
    "mentor_name",
    "submitted_on",
    "decided_on",
)
_FOLLOWUP_FIELDS = (
    "placement_id",
    "due_on",
    "done_on",
    "still_employed",
    "francization_ok",
    "outcome_notes",
    "staff_id",
)


def _copy(target: object, source: object, names: tuple[str, ...]) -> list[str]:
    changed = []
    for name in names:
        value = getattr(source, name)
        if getattr(target, name) != value:
            setattr(target, name, value)
            changed.append(name)
    return changed


def _upsert(
    session: Session, row_type: Any, data: Any, names: tuple[str, ...], **extra: Any
) -> tuple[Any, bool, list[str]]:
    """Insert or update the row of `data`; `extra` are row-only values (converted fields)."""
    row = session.get(row_type, data.id)
    created = row is None
    if row is None:
        row = row_type(id=data.id)
        session.add(row)
    changed = _copy(row, data, names)
    for name, value in extra.items():
        if getattr(row, name) != value:
            setattr(row, name, value)
            changed.append(name)
    # The tables have foreign keys but no ORM relationships: write the parent row now so that
    # child rows added next in the same unit of work find it.
    session.flush()
    return row, created, changed


# --- Introductions --------------------------------------------------------------------------------


def live_introduction(session: Session, introduction_id: str) -> IntroductionRow | None:
    row = session.get(IntroductionRow, introduction_id)
    return row if row is not None and row.deleted_at is None else None


def introduction_from_row(row: IntroductionRow) -> Introduction:
    intro = Introduction(id=row.id)
    _copy(intro, row, _INTRODUCTION_FIELDS)
    return intro


def upsert_introduction(session: Session, intro: Introduction) -> tuple[bool, list[str]]:
    _, created, changed = _upsert(session, IntroductionRow, intro, _INTRODUCTION_FIELDS)
    return created, changed


def placement_of_introduction(session: Session, introduction_id: str) -> str | None:
    return session.scalar(
        select(PlacementRow.id).where(
            PlacementRow.introduction_id == introduction_id, PlacementRow.deleted_at.is_(None)
        )
    )


def now() -> datetime:
    return utcnow()


def introduced_before(session: Session, candidate_id: str, employer_id: str) -> bool:
    stmt = select(IntroductionRow.id).where(
        IntroductionRow.candidate_id == candidate_id,
        IntroductionRow.employer_id == employer_id,
        IntroductionRow.deleted_at.is_(None),
    )
    return session.scalar(stmt.limit(1)) is not None


def list_introductions(
    session: Session,
    candidate_id: str | None = None,
    employer_id: str | None = None,
    limit: int = 1000,
) -> list[IntroductionSummary]:
    stmt = (
        select(
            IntroductionRow,
            CandidateRow.given_names,
            CandidateRow.family_name,
            EmployerRow.legal_name,
            JobOpeningRow.title,
        )
        .join(CandidateRow, CandidateRow.id == IntroductionRow.candidate_id)
        .join(EmployerRow, EmployerRow.id == IntroductionRow.employer_id)
        .outerjoin(JobOpeningRow, JobOpeningRow.id == IntroductionRow.opening_id)
        .where(IntroductionRow.deleted_at.is_(None), CandidateRow.deleted_at.is_(None))
    )
    if candidate_id:
        stmt = stmt.where(IntroductionRow.candidate_id == candidate_id)
    if employer_id:
        stmt = stmt.where(IntroductionRow.employer_id == employer_id)
    stmt = stmt.order_by(IntroductionRow.introduced_on.desc(), IntroductionRow.id).limit(limit)
    return [
        IntroductionSummary(
            id=row.id,
            candidate_id=row.candidate_id,
            candidate_name=person_name(given, family),
            employer_id=row.employer_id,
            employer_name=employer,
            opening_id=row.opening_id,
            opening_title=title,
            introduced_on=row.introduced_on,
            dossier_variant=row.dossier_variant,
            outcome=row.outcome,
            outcome_on=row.outcome_on,
            decline_reason=row.decline_reason,
        )
        for row, given, family, employer, title in session.execute(stmt)
    ]


# --- Placements -----------------------------------------------------------------------------------


def live_placement(session: Session, placement_id: str) -> PlacementRow | None:
    row = session.get(PlacementRow, placement_id)
    return row if row is not None and row.deleted_at is None else None


def placement_from_row(row: PlacementRow) -> Placement:
    placement = Placement(id=row.id)
    _copy(placement, row, _PLACEMENT_FIELDS)
    placement.hours_per_week = hours_out(row.hours_per_week)
    return placement


def upsert_placement(
    session: Session, placement: Placement, staff_id: str | None
) -> tuple[bool, list[str]]:
    existing = session.get(PlacementRow, placement.id)
    _, created, changed = _upsert(
        session,
        PlacementRow,
        placement,
        _PLACEMENT_FIELDS,
        hours_per_week=hours_in(placement.hours_per_week),
        staff_id=existing.staff_id if existing is not None else staff_id,
    )
    return created, [c for c in changed if c != "staff_id"]


def _placement_query() -> Any:
    return (
        select(
            PlacementRow,
            CandidateRow.given_names,
            CandidateRow.family_name,
            EmployerRow.legal_name,
            SubsidyFileRow.id,
            SubsidyFileRow.status,
        )
        .join(CandidateRow, CandidateRow.id == PlacementRow.candidate_id)
        .join(EmployerRow, EmployerRow.id == PlacementRow.employer_id)
        .outerjoin(
            SubsidyFileRow,
            (SubsidyFileRow.placement_id == PlacementRow.id) & SubsidyFileRow.deleted_at.is_(None),
        )
        .where(PlacementRow.deleted_at.is_(None), CandidateRow.deleted_at.is_(None))
    )


def list_placements(
    session: Session,
    candidate_id: str | None = None,
    employer_id: str | None = None,
    limit: int = 1000,
) -> list[PlacementSummary]:
    stmt = _placement_query()
    if candidate_id:
        stmt = stmt.where(PlacementRow.candidate_id == candidate_id)
    if employer_id:
        stmt = stmt.where(PlacementRow.employer_id == employer_id)
    stmt = stmt.order_by(PlacementRow.start_date.desc(), PlacementRow.id).limit(limit)
    return [
        PlacementSummary(
            id=row.id,
            candidate_id=row.candidate_id,
            candidate_name=person_name(given, family),
            employer_id=row.employer_id,
            employer_name=employer,
            job_title=row.job_title,
            start_date=row.start_date,
            end_date=row.end_date,
            hours_per_week=row.hours_per_week,
            hourly_wage_cents=row.hourly_wage_cents,
            in_field=row.in_field,
            subsidy_id=subsidy_id,
            subsidy_status=subsidy_status,
        )
        for row, given, family, employer, subsidy_id, subsidy_status in session.execute(stmt)
    ]


# --- Subsidy files --------------------------------------------------------------------------------


def subsidy_of_placement(session: Session, placement_id: str) -> SubsidyFileRow | None:
    return session.scalar(
        select(SubsidyFileRow).where(
            SubsidyFileRow.placement_id == placement_id, SubsidyFileRow.deleted_at.is_(None)
        )
    )


def subsidy_from_row(row: SubsidyFileRow) -> SubsidyFile:
    subsidy = SubsidyFile(id=row.id)
    _copy(subsidy, row, _SUBSIDY_FIELDS)
    subsidy.support_measures = list(row.support_measures or [])
    return subsidy


def upsert_subsidy(session: Session, subsidy: SubsidyFile) -> tuple[bool, list[str]]:
    measures = sorted(set(subsidy.support_measures))
    _, created, changed = _upsert(
        session, SubsidyFileRow, subsidy, _SUBSIDY_FIELDS, support_measures=measures
    )
    return created, changed


# --- Follow-ups -----------------------------------------------------------------------------------


def followup_row(session: Session, followup_id: str) -> FollowUpRow | None:
    return session.get(FollowUpRow, followup_id)


def followup_from_row(row: FollowUpRow) -> FollowUp:
    followup = FollowUp(id=row.id)
    _copy(followup, row, _FOLLOWUP_FIELDS)
    return followup


def add_followups(session: Session, followups: Sequence[FollowUp]) -> None:
    for f in followups:
        session.add(FollowUpRow(id=f.id, placement_id=f.placement_id, due_on=f.due_on))


def save_followup(session: Session, followup: FollowUp) -> list[str]:
    row = session.get(FollowUpRow, followup.id)
    if row is None:
        raise LookupError(followup.id)
    return _copy(row, followup, _FOLLOWUP_FIELDS)


def open_followups(session: Session, placement_id: str) -> list[FollowUpRow]:
    return list(
        session.scalars(
            select(FollowUpRow).where(
                FollowUpRow.placement_id == placement_id, FollowUpRow.done_on.is_(None)
            )
        )
    )


def list_followups_rows(session: Session, placement_id: str) -> list[FollowUpRow]:
    return list(
        session.scalars(select(FollowUpRow).where(FollowUpRow.placement_id == placement_id))
    )


def delete_followups(session: Session, rows: Sequence[FollowUpRow]) -> None:
    for row in rows:
        session.delete(row)


def list_followups(
    session: Session,
    *,
    due_until: date | None = None,
    placement_id: str | None = None,
    pending_only: bool = False,
    limit: int = 2000,
) -> list[FollowUpSummary]:
    """Follow-ups of live placements, earliest due first (pending ones up to `due_until`)."""
    stmt = (
        select(
            FollowUpRow,
            PlacementRow.candidate_id,
            CandidateRow.given_names,
            CandidateRow.family_name,
            EmployerRow.legal_name,
            PlacementRow.job_title,
        )
        .join(PlacementRow, PlacementRow.id == FollowUpRow.placement_id)
        .join(CandidateRow, CandidateRow.id == PlacementRow.candidate_id)
        .join(EmployerRow, EmployerRow.id == PlacementRow.employer_id)
        .where(PlacementRow.deleted_at.is_(None), CandidateRow.deleted_at.is_(None))
    )
    if placement_id:
        stmt = stmt.where(FollowUpRow.placement_id == placement_id)
    if pending_only:
        stmt = stmt.where(FollowUpRow.done_on.is_(None))
    if due_until is not None:
        stmt = stmt.where(FollowUpRow.due_on <= due_until)
    stmt = stmt.order_by(FollowUpRow.due_on, FollowUpRow.id).limit(limit)
    return [
        FollowUpSummary(
            id=row.id,
            placement_id=row.placement_id,
            candidate_id=candidate_id,
            candidate_name=person_name(given, family),
            employer_name=employer,
            job_title=title,
            due_on=row.due_on,
            done_on=row.done_on,
            still_employed=row.still_employed,
        )
        for row, candidate_id, given, family, employer, title in session.execute(stmt)
    ]
