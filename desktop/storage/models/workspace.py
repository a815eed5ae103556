"""Tables of the coordinator workspace: employers, openings, introductions, placements, follow-ups.

These rows live where coordinators work (the central store or a laptop's own store) and are not
part of laptop sync bundles. Money is integer cents, hours `Numeric(5, 2)`, calendar dates `Date`.
Records staff can remove carry `deleted_at` (kept for the programme's figures and the audit trail).
"""

from __future__ import annotations

from datetime import date, datetime

from sqlalchemy import ForeignKey, Index, Numeric, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from desktop.storage.base import UUID_LEN, Base, Timestamped

# Returned as float (SQLite has no decimal type; services turn it back into a Decimal).
HOURS = Numeric(5, 2, asdecimal=False)


def _fk(target: str, *, nullable: bool = False, cascade: bool = False) -> Mapped[str]:
    return mapped_column(
        String(UUID_LEN),
        ForeignKey(target, ondelete="CASCADE" if cascade else None),
        index=True,
        nullable=nullable,
    )


class EmployerRow(Base, Timestamped):
    __tablename__ = "employers"

    id: Mapped[str] = mapped_column(String(UUID_LEN), primary_key=True)
    legal_name: Mapped[str] = mapped_column(String(300))
    name_key: Mapped[str] = mapped_column(String(300), index=True)  # accent-free, for search
    neq: Mapped[str | None] = mapped_column(String(10), unique=True)
    sector: Mapped[str | None] = mapped_column(String(10), index=True)
    size: Mapped[str | None] = mapped_column(String(10))
    address: Mapped[str | None] = mapped_column(String(300))
    city: Mapped[str | None] = mapped_column(String(120))
    postal_code: Mapped[str | None] = mapped_column(String(12))
    website: Mapped[str | None] = mapped_column(String(300))
    notes: Mapped[str | None] = mapped_column(Text)
    diversity_training_on: Mapped[date | None]
    hr_support: Mapped[str | None] = mapped_column(String(20))
    supported_since: Mapped[date | None] = mapped_column(index=True)
    created_by: Mapped[str | None] = mapped_column(String(UUID_LEN))
    deleted_at: Mapped[datetime | None] = mapped_column(index=True)


class EmployerContactRow(Base, Timestamped):
    __tablename__ = "employer_contacts"

    id: Mapped[str] = mapped_column(String(UUID_LEN), primary_key=True)
    employer_id: Mapped[str] = _fk("employers.id", cascade=True)
    position: Mapped[int] = mapped_column(default=0)
    name: Mapped[str] = mapped_column(String(200))
    title: Mapped[str | None] = mapped_column(String(200))
    email: Mapped[str | None] = mapped_column(String(254))
    phone: Mapped[str | None] = mapped_column(String(40))
    is_primary: Mapped[bool] = mapped_column(default=False)


class JobOpeningRow(Base, Timestamped):
    __tablename__ = "job_openings"

    id: Mapped[str] = mapped_column(String(UUID_LEN), primary_key=True)
    employer_id: Mapped[str] = _fk("employers.id")
    title: Mapped[str] = mapped_column(String(300))
    noc_code: Mapped[str | None] = mapped_column(String(5), index=True)
    education_level: Mapped[str | None] = mapped_column(String(20))
    requirements: Mapped[str | None] = mapped_column(Text)
    french_level_required: Mapped[str] = mapped_column(String(20), default="none")
    english_level_required: Mapped[str] = mapped_column(String(20), default="none")
    non_french_justification: Mapped[str | None] = mapped_column(Text)
    driving_licence_required: Mapped[bool] = mapped_column(default=False)
    hours_per_week: Mapped[float | None] = mapped_column(HOURS)
    hourly_wage_cents: Mapped[int | None]
    priime_eligible: Mapped[bool] = mapped_column(default=False)
    status: Mapped[str] = mapped_column(String(10), default="open", index=True)
    opened_on: Mapped[date | None]
    closes_on: Mapped[date | None]
    deleted_at: Mapped[datetime | None] = mapped_column(index=True)


class IntroductionRow(Base, Timestamped):
    __tablename__ = "introductions"

    id: Mapped[str] = mapped_column(String(UUID_LEN), primary_key=True)
    candidate_id: Mapped[str] = _fk("candidates.id")
    employer_id: Mapped[str] = _fk("employers.id")
    opening_id: Mapped[str | None] = _fk("job_openings.id", nullable=True)
    introduced_on: Mapped[date] = mapped_column(index=True)
    dossier_variant: Mapped[str] = mapped_column(String(20), default="anonymized")
    outcome: Mapped[str] = mapped_column(String(20), default="proposed", index=True)
    outcome_on: Mapped[date | None]
    decline_reason: Mapped[str | None] = mapped_column(String(30))
    decline_details: Mapped[str | None] = mapped_column(Text)
    notes: Mapped[str | None] = mapped_column(Text)
    staff_id: Mapped[str | None] = mapped_column(String(UUID_LEN))
    deleted_at: Mapped[datetime | None] = mapped_column(index=True)


class PlacementRow(Base, Timestamped):
    __tablename__ = "placements"

    id: Mapped[str] = mapped_column(String(UUID_LEN), primary_key=True)
    candidate_id: Mapped[str] = _fk("candidates.id")
    employer_id: Mapped[str] = _fk("employers.id")
    opening_id: Mapped[str | None] = _fk("job_openings.id", nullable=True)
    introduction_id: Mapped[str | None] = _fk("introductions.id", nullable=True)
    job_title: Mapped[str] = mapped_column(String(300))
    noc_code: Mapped[str | None] = mapped_column(String(5), index=True)
    start_date: Mapped[date] = mapped_column(index=True)
    end_date: Mapped[date | None]
    hours_per_week: Mapped[float] = mapped_column(HOURS)
    hourly_wage_cents: Mapped[int]
    in_field: Mapped[bool] = mapped_column(default=True)
    francization_at_work: Mapped[bool] = mapped_column(default=False)
    francization_notes: Mapped[str | None] = mapped_column(Text)
    staff_id: Mapped[str | None] = mapped_column(String(UUID_LEN))
    deleted_at: Mapped[datetime | None] = mapped_column(index=True)


class SubsidyFileRow(Base, Timestamped):
    __tablename__ = "subsidy_files"

    id: Mapped[str] = mapped_column(String(UUID_LEN), primary_key=True)
    placement_id: Mapped[str] = _fk("placements.id", cascade=True)
    programme: Mapped[str] = mapped_column(String(10), default="priime")
    status: Mapped[str] = mapped_column(String(12), default="drafted", index=True)
    letter_reference: Mapped[str | None] = mapped_column(String(100))
    letter_date: Mapped[date | None]
    sq_office: Mapped[str | None] = mapped_column(String(200))
    planned_weeks: Mapped[int]
    max_hourly_subsidy_cents: Mapped[int]
    support_measures: Mapped[list[str]] = mapped_column(default=list)
    mentor_name: Mapped[str | None] = mapped_column(String(200))
    submitted_on: Mapped[date | None]
    decided_on: Mapped[date | None]
    deleted_at: Mapped[datetime | None] = mapped_column(index=True)


class FollowUpRow(Base, Timestamped):
    __tablename__ = "followups"

    id: Mapped[str] = mapped_column(String(UUID_LEN), primary_key=True)
    placement_id: Mapped[str] = _fk("placements.id", cascade=True)
    due_on: Mapped[date]
    done_on: Mapped[date | None]
    still_employed: Mapped[bool | None]
    francization_ok: Mapped[bool | None]
    outcome_notes: Mapped[str | None] = mapped_column(Text)
    staff_id: Mapped[str | None] = mapped_column(String(UUID_LEN))

    __table_args__ = (Index("ix_followups_open_due", "done_on", "due_on"),)
