"""Tables of the candidate model (domain.md §a.2–a.11): one candidate row and its child rows.

Child rows carry their own UUID (made with the draft) so that sync ops address them individually.
Dates the candidate gives (birth, arrival, experience) are ISO text because they may be known only
to the month; instants the app records are UTC timestamps.
"""

from __future__ import annotations

from datetime import datetime
from typing import Any

from sqlalchemy import Float, ForeignKey, Index, String, Text, false
from sqlalchemy.orm import Mapped, mapped_column, relationship

from desktop.storage.base import UUID_LEN, Base, Timestamped

_CASCADE = "all, delete-orphan"


def _candidate_fk() -> Mapped[str]:
    return mapped_column(
        String(UUID_LEN), ForeignKey("candidates.id", ondelete="CASCADE"), index=True
    )


class CandidateRow(Base, Timestamped):
    __tablename__ = "candidates"

    id: Mapped[str] = mapped_column(String(UUID_LEN), primary_key=True)
    event_id: Mapped[str | None] = mapped_column(
        String(UUID_LEN), ForeignKey("events.id"), index=True
    )
    given_names: Mapped[str | None] = mapped_column(String(200))
    family_name: Mapped[str | None] = mapped_column(String(200))
    preferred_name: Mapped[str | None] = mapped_column(String(200))
    name_original_script: Mapped[str | None] = mapped_column(String(300))
    date_of_birth: Mapped[str | None] = mapped_column(String(10), index=True)
    gender: Mapped[str | None] = mapped_column(String(20))
    email: Mapped[str | None] = mapped_column(String(254))
    email_key: Mapped[str | None] = mapped_column(String(254), index=True)
    phone: Mapped[str | None] = mapped_column(String(20), index=True)
    street: Mapped[str | None] = mapped_column(String(200))
    unit: Mapped[str | None] = mapped_column(String(40))
    city: Mapped[str | None] = mapped_column(String(120))
    province: Mapped[str | None] = mapped_column(String(10))
    postal_code: Mapped[str | None] = mapped_column(String(12))
    preferred_language: Mapped[str | None] = mapped_column(String(2))
    languages_spoken: Mapped[list[str]] = mapped_column(default=list)
    country_of_birth: Mapped[str | None] = mapped_column(String(2))
    citizenships: Mapped[list[str]] = mapped_column(default=list)
    employment_status: Mapped[str | None] = mapped_column(String(30))
    available_from: Mapped[str | None] = mapped_column(String(12))
    work_regime: Mapped[str | None] = mapped_column(String(20))
    driving_licences: Mapped[list[str]] = mapped_column(default=list)
    referral_source: Mapped[str | None] = mapped_column(String(30))
    notes: Mapped[str | None] = mapped_column(Text)
    self_entered: Mapped[bool] = mapped_column(default=False)
    # Typed by the person at the kiosk and not yet confirmed by staff (migration 0009).
    to_verify: Mapped[bool] = mapped_column(default=False, server_default=false(), index=True)
    # Derived keys, rewritten on every save, for duplicate matching and search.
    name_key: Mapped[str | None] = mapped_column(String(400), index=True)
    search_text: Mapped[str | None] = mapped_column(Text)
    created_by: Mapped[str | None] = mapped_column(String(UUID_LEN))
    updated_by: Mapped[str | None] = mapped_column(String(UUID_LEN))
    deleted_at: Mapped[datetime | None] = mapped_column(index=True)

    immigration: Mapped[ImmigrationProfileRow | None] = relationship(
        cascade=_CASCADE, passive_deletes=True, lazy="selectin"
    )
    diplomas: Mapped[list[DiplomaRow]] = relationship(
        cascade=_CASCADE, passive_deletes=True, order_by="DiplomaRow.position", lazy="selectin"
    )
    regulations: Mapped[list[RegulationRow]] = relationship(
        cascade=_CASCADE, passive_deletes=True, order_by="RegulationRow.position", lazy="selectin"
    )
    experiences: Mapped[list[ExperienceRow]] = relationship(
        cascade=_CASCADE, passive_deletes=True, order_by="ExperienceRow.position", lazy="selectin"
    )
    target_occupations: Mapped[list[TargetOccupationRow]] = relationship(
        cascade=_CASCADE,
        passive_deletes=True,
        order_by="TargetOccupationRow.position",
        lazy="selectin",
    )
    language_levels: Mapped[list[LanguageLevelRow]] = relationship(
        cascade=_CASCADE,
        passive_deletes=True,
        order_by="LanguageLevelRow.position",
        lazy="selectin",
    )
    consents: Mapped[list[ConsentRow]] = relationship(
        cascade=_CASCADE, passive_deletes=True, order_by="ConsentRow.purpose", lazy="selectin"
    )

    __table_args__ = (Index("ix_candidates_created_at", "created_at"),)


class ImmigrationProfileRow(Base, Timestamped):
    """Sensitive (Law 25 s. 12): status and permit details, kept apart from identity."""

    __tablename__ = "immigration_profiles"

    candidate_id: Mapped[str] = mapped_column(
        String(UUID_LEN), ForeignKey("candidates.id", ondelete="CASCADE"), primary_key=True
    )
    arrival_date_canada: Mapped[str | None] = mapped_column(String(10))
    immigration_status: Mapped[str | None] = mapped_column(String(30))
    work_authorization: Mapped[str | None] = mapped_column(String(20))
    permit_expiry: Mapped[str | None] = mapped_column(String(10))


class DiplomaRow(Base, Timestamped):
    __tablename__ = "diplomas"

    id: Mapped[str] = mapped_column(String(UUID_LEN), primary_key=True)
    candidate_id: Mapped[str] = _candidate_fk()
    position: Mapped[int] = mapped_column(default=0)
    title: Mapped[str | None] = mapped_column(String(300))
    field_of_study: Mapped[str | None] = mapped_column(String(300))
    level: Mapped[str | None] = mapped_column(String(20))
    country: Mapped[str | None] = mapped_column(String(2))
    province: Mapped[str | None] = mapped_column(String(10))
    year_obtained: Mapped[int | None]
    completed: Mapped[bool] = mapped_column(default=True)
    comparative_evaluation: Mapped[str | None] = mapped_column(String(20))


class RegulationRow(Base, Timestamped):
    __tablename__ = "professional_regulations"

    id: Mapped[str] = mapped_column(String(UUID_LEN), primary_key=True)
    candidate_id: Mapped[str] = _candidate_fk()
    position: Mapped[int] = mapped_column(default=0)
    is_regulated: Mapped[bool | None]
    regulator: Mapped[str | None] = mapped_column(String(200))
    recognition_status: Mapped[str | None] = mapped_column(String(30))
    ipop_referral: Mapped[bool] = mapped_column(default=False)


class ExperienceRow(Base, Timestamped):
    __tablename__ = "experiences"

    id: Mapped[str] = mapped_column(String(UUID_LEN), primary_key=True)
    candidate_id: Mapped[str] = _candidate_fk()
    position: Mapped[int] = mapped_column(default=0)
    job_title: Mapped[str | None] = mapped_column(String(300))
    employer_name: Mapped[str | None] = mapped_column(String(300))
    noc_code: Mapped[str | None] = mapped_column(String(5))
    country: Mapped[str | None] = mapped_column(String(2))
    province: Mapped[str | None] = mapped_column(String(10))
    start: Mapped[str | None] = mapped_column(String(10))
    end: Mapped[str | None] = mapped_column(String(10))
    hours_per_week: Mapped[float | None] = mapped_column(Float)
    in_field: Mapped[bool | None]
    employment_type: Mapped[str | None] = mapped_column(String(20))


class TargetOccupationRow(Base, Timestamped):
    __tablename__ = "target_occupations"

    id: Mapped[str] = mapped_column(String(UUID_LEN), primary_key=True)
    candidate_id: Mapped[str] = _candidate_fk()
    position: Mapped[int] = mapped_column(default=0)
    noc_code: Mapped[str | None] = mapped_column(String(5), index=True)
    free_text: Mapped[str | None] = mapped_column(String(300))


class LanguageLevelRow(Base, Timestamped):
    __tablename__ = "language_levels"

    id: Mapped[str] = mapped_column(String(UUID_LEN), primary_key=True)
    candidate_id: Mapped[str] = _candidate_fk()
    position: Mapped[int] = mapped_column(default=0)
    language: Mapped[str] = mapped_column(String(3))
    skill: Mapped[str] = mapped_column(String(20))
    level: Mapped[int | None]
    stage: Mapped[str | None] = mapped_column(String(20))
    scale: Mapped[str] = mapped_column(String(20))
    source: Mapped[str] = mapped_column(String(20))
    test_name: Mapped[str | None] = mapped_column(String(60))


class ConsentRow(Base, Timestamped):
    """One row per purpose, never bundled (Law 25 s. 14); the notice version is kept with it."""

    __tablename__ = "consents"

    id: Mapped[str] = mapped_column(String(UUID_LEN), primary_key=True)
    candidate_id: Mapped[str] = _candidate_fk()
    purpose: Mapped[str] = mapped_column(String(40))
    granted: Mapped[bool] = mapped_column(default=False)
    granted_at: Mapped[datetime | None]
    method: Mapped[str | None] = mapped_column(String(20))
    notice_version: Mapped[str | None] = mapped_column(String(40))
    withdrawn_at: Mapped[datetime | None]
    staff_id: Mapped[str | None] = mapped_column(String(UUID_LEN))
    device_id: Mapped[str | None] = mapped_column(String(UUID_LEN))


class IntakeEncounterRow(Base, Timestamped):
    __tablename__ = "intake_encounters"

    id: Mapped[str] = mapped_column(String(UUID_LEN), primary_key=True)
    candidate_id: Mapped[str] = _candidate_fk()
    event_id: Mapped[str | None] = mapped_column(String(UUID_LEN), ForeignKey("events.id"))
    staff_id: Mapped[str | None] = mapped_column(String(UUID_LEN))
    device_id: Mapped[str | None] = mapped_column(String(UUID_LEN))
    started_at: Mapped[datetime | None]
    completed_at: Mapped[datetime | None]
    mode: Mapped[str] = mapped_column(String(20), default="assisted")


class EligibilityRow(Base, Timestamped):
    """The latest assessment of a candidate: rule results, suggestion, and the staff decision."""

    __tablename__ = "eligibility_assessments"

    id: Mapped[str] = mapped_column(String(UUID_LEN), primary_key=True)
    candidate_id: Mapped[str] = mapped_column(
        String(UUID_LEN), ForeignKey("candidates.id", ondelete="CASCADE"), unique=True
    )
    rule_set_version: Mapped[str] = mapped_column(String(20))
    suggested: Mapped[str] = mapped_column(String(10), index=True)
    reasons: Mapped[dict[str, Any]]
    decision: Mapped[str | None] = mapped_column(String(10), index=True)
    decided_by: Mapped[str | None] = mapped_column(String(UUID_LEN))
    decided_at: Mapped[datetime | None]
    comment: Mapped[str | None] = mapped_column(Text)
