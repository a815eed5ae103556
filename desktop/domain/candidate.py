"""The candidate as plain data: what services accept and return, what the UI, CLI, PDFs and sync use.

Field names match the candidate JSON Lines contract (DESIGN.md §3). Enumerated values are kept as
their string codes so that a half-typed draft (or a value from a newer app) survives untouched;
`desktop.domain.validation` says which values are wrong.
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass, field
from datetime import datetime
from typing import Any


def new_id() -> str:
    """A fresh UUID4 string: every record gets one when its draft is created (retries upsert)."""
    return str(uuid.uuid4())


@dataclass
class Address:
    street: str | None = None
    unit: str | None = None
    city: str | None = None
    province: str | None = None
    postal_code: str | None = None

    def is_empty(self) -> bool:
        return not any((self.street, self.unit, self.city, self.province, self.postal_code))


@dataclass
class Diploma:
    id: str = field(default_factory=new_id)
    title: str | None = None
    field_of_study: str | None = None
    level: str | None = None
    country: str | None = None
    province: str | None = None
    year_obtained: int | None = None
    completed: bool = True
    comparative_evaluation: str | None = None


@dataclass
class Experience:
    id: str = field(default_factory=new_id)
    job_title: str | None = None
    employer_name: str | None = None
    noc_code: str | None = None
    country: str | None = None
    province: str | None = None
    start: str | None = None  # ISO date or YYYY-MM
    end: str | None = None  # None = ongoing
    hours_per_week: float | None = None
    in_field: bool | None = None
    employment_type: str | None = None


@dataclass
class TargetOccupation:
    id: str = field(default_factory=new_id)
    noc_code: str | None = None
    free_text: str | None = None


@dataclass
class LanguageLevel:
    id: str = field(default_factory=new_id)
    language: str = "fr"
    skill: str = "overall"
    level: int | None = None
    stage: str | None = None
    scale: str = "self"
    source: str = "self_declared"
    test_name: str | None = None


@dataclass
class ProfessionalRegulation:
    id: str = field(default_factory=new_id)
    is_regulated: bool | None = None
    regulator: str | None = None
    recognition_status: str | None = None
    ipop_referral: bool = False


@dataclass
class Consent:
    id: str = field(default_factory=new_id)
    purpose: str = "intake"
    granted: bool = False
    granted_at: datetime | None = None
    method: str | None = "ticked"
    notice_version: str | None = None
    withdrawn_at: datetime | None = None


@dataclass
class EventRef:
    code: str
    name: str | None = None


@dataclass
class RuleResult:
    rule: str
    result: str  # Outcome code
    code: str  # reason code, translated by desktop.domain.messages
    params: dict[str, object] = field(default_factory=dict)


@dataclass
class Eligibility:
    suggested: str  # Outcome code
    reasons: list[RuleResult] = field(default_factory=list)
    rule_set_version: str = ""
    decision: str | None = None
    decided_by: str | None = None
    decided_at: datetime | None = None
    comment: str | None = None

    def stored_reasons(self) -> dict[str, Any]:
        """The reasons as an assessment row keeps them (JSON)."""
        return {
            "items": [
                {"rule": r.rule, "result": r.result, "code": r.code, "params": r.params}
                for r in self.reasons
            ]
        }


@dataclass
class Candidate:
    id: str = field(default_factory=new_id)
    given_names: str | None = None
    family_name: str | None = None
    preferred_name: str | None = None
    name_original_script: str | None = None
    date_of_birth: str | None = None  # ISO date, YYYY-MM or YYYY
    gender: str | None = None
    email: str | None = None
    phone: str | None = None  # E.164 once validated
    address: Address = field(default_factory=Address)
    preferred_language: str | None = "fr"
    languages_spoken: list[str] = field(default_factory=list)
    country_of_birth: str | None = None
    citizenships: list[str] = field(default_factory=list)
    arrival_date_canada: str | None = None
    immigration_status: str | None = None
    work_authorization: str | None = None
    permit_expiry: str | None = None
    employment_status: str | None = None
    diplomas: list[Diploma] = field(default_factory=list)
    regulations: list[ProfessionalRegulation] = field(default_factory=list)
    experiences: list[Experience] = field(default_factory=list)
    target_occupations: list[TargetOccupation] = field(default_factory=list)
    language_levels: list[LanguageLevel] = field(default_factory=list)
    available_from: str | None = None  # ISO date or "immediately"
    work_regime: str | None = None
    driving_licences: list[str] = field(default_factory=list)
    consents: list[Consent] = field(default_factory=list)
    referral_source: str | None = None
    event: EventRef | None = None
    notes: str | None = None
    self_entered: bool = False
    to_verify: bool = False  # self-entered at the kiosk, waiting for staff to confirm it
    created_at: datetime | None = None
    updated_at: datetime | None = None
    eligibility: Eligibility | None = None

    @property
    def display_name(self) -> str:
        parts = [p for p in (self.given_names, self.family_name) if p]
        return " ".join(parts)

    def consent_granted(self, purpose: str) -> bool:
        return any(
            c.purpose == purpose and c.granted and c.withdrawn_at is None for c in self.consents
        )
