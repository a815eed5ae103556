"""Light rows for the workspace lists: what a table shows, read in one query, no child records."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date


def person_name(given: str | None, family: str | None) -> str:
    return " ".join(p for p in (given, family) if p)


@dataclass(frozen=True)
class EmployerSummary:
    id: str
    legal_name: str
    neq: str | None
    city: str | None
    sector: str | None
    supported_since: date | None
    open_openings: int = 0
    placements: int = 0


@dataclass(frozen=True)
class OpeningSummary:
    id: str
    employer_id: str
    employer_name: str
    title: str
    noc_code: str | None
    status: str
    hours_per_week: float | None
    hourly_wage_cents: int | None
    opened_on: date | None
    closes_on: date | None
    priime_eligible: bool = False


@dataclass(frozen=True)
class IntroductionSummary:
    id: str
    candidate_id: str
    candidate_name: str
    employer_id: str
    employer_name: str
    opening_id: str | None
    opening_title: str | None
    introduced_on: date
    dossier_variant: str
    outcome: str
    outcome_on: date | None
    decline_reason: str | None = None


@dataclass(frozen=True)
class PlacementSummary:
    id: str
    candidate_id: str
    candidate_name: str
    employer_id: str
    employer_name: str
    job_title: str
    start_date: date
    end_date: date | None
    hours_per_week: float
    hourly_wage_cents: int
    in_field: bool
    subsidy_id: str | None = None
    subsidy_status: str | None = None


@dataclass(frozen=True)
class FollowUpSummary:
    id: str
    placement_id: str
    candidate_id: str
    candidate_name: str
    employer_name: str
    job_title: str
    due_on: date
    done_on: date | None
    still_employed: bool | None

    def overdue(self, today: date) -> bool:
        return self.done_on is None and self.due_on < today
