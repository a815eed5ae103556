"""The privacy registers: access requests (C15, 30 days to answer) and confidentiality incidents
(C12: the fields the Regulation requires, kept 5 years).

Plain data and validation only; the storage keeps them, the services enforce roles and audit.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, timedelta
from enum import StrEnum

from desktop.domain.issues import Issue

ACCESS_DELAY_DAYS = 30


class AccessRequestKind(StrEnum):
    ACCESS = "access"  # see the information / get a transcript
    PORTABILITY = "portability"  # a structured copy (JSON / CSV)
    RECTIFICATION = "rectification"
    WITHDRAWAL = "withdrawal"
    ERASURE = "erasure"


class AccessRequestStatus(StrEnum):
    RECEIVED = "received"
    IN_PROGRESS = "in_progress"
    DONE = "done"
    REFUSED = "refused"


@dataclass
class AccessRequest:
    id: str
    candidate_id: str | None
    kind: str
    received_on: date
    requester: str  # who asked: the person, or their representative
    identity_verified: bool = False
    status: str = AccessRequestStatus.RECEIVED.value
    done_on: date | None = None
    notes: str = ""

    @property
    def due_on(self) -> date:
        return self.received_on + timedelta(days=ACCESS_DELAY_DAYS)

    @property
    def open(self) -> bool:
        return self.status in (AccessRequestStatus.RECEIVED, AccessRequestStatus.IN_PROGRESS)

    def overdue(self, today: date) -> bool:
        return self.open and today > self.due_on

    def days_left(self, today: date) -> int:
        return (self.due_on - today).days


def validate_access_request(r: AccessRequest, today: date) -> list[Issue]:
    issues: list[Issue] = []
    if not r.requester.strip():
        issues.append(Issue("access.requester_required", "access.requester"))
    if r.received_on > today:
        issues.append(Issue("access.received_future", "access.received_on"))
    if r.kind not in {k.value for k in AccessRequestKind}:
        issues.append(Issue("access.kind_invalid", "access.kind"))
    if r.status not in {s.value for s in AccessRequestStatus}:
        issues.append(Issue("access.status_invalid", "access.status"))
    if r.status in (AccessRequestStatus.DONE, AccessRequestStatus.REFUSED):
        if r.done_on is None:
            issues.append(Issue("access.done_date_required", "access.done_on"))
        elif r.done_on < r.received_on:
            issues.append(Issue("access.done_before_received", "access.done_on"))
        if not r.identity_verified and r.status == AccessRequestStatus.DONE:
            issues.append(Issue("access.identity_not_verified", "access.identity_verified"))
    return issues


class RiskLevel(StrEnum):
    LOW = "low"
    SERIOUS = "serious"  # risk of serious injury: notify the CAI and the persons concerned
    UNDETERMINED = "undetermined"


@dataclass
class Incident:
    """A register entry: the eight elements of the Regulation (s. 7), plus who was affected."""

    id: str
    occurred_from: date | None  # 1. date or period of the incident
    occurred_to: date | None
    known_on: date  # 2. date the organisation learnt of it
    description: str  # 3. circumstances
    information_concerned: str  # 4. the personal information concerned
    persons_count: int | None  # 5. number of persons concerned (None = not known yet)
    risk_level: str  # 6. risk assessment: sensitivity, misuse, consequences, likelihood
    risk_assessment: str
    cai_notified_on: date | None = None  # 7. notices: the Commission d'accès à l'information
    persons_notified_on: date | None = None  #    and the persons concerned
    measures: str = ""  # 8. measures taken to reduce the risk of injury
    affected_ids: list[str] = field(default_factory=list)  # candidate ids (never names)
    closed_on: date | None = None


INCIDENT_FIELDS = (
    "occurred",
    "known_on",
    "description",
    "information_concerned",
    "persons_count",
    "risk_assessment",
    "notifications",
    "measures",
)
"""The eight required elements, in the Regulation's order (export columns follow it)."""


def validate_incident(i: Incident, today: date) -> list[Issue]:
    issues: list[Issue] = []
    if not i.description.strip():
        issues.append(Issue("incident.description_required", "incident.description"))
    if not i.information_concerned.strip():
        issues.append(Issue("incident.information_required", "incident.information_concerned"))
    if i.known_on > today:
        issues.append(Issue("incident.date_future", "incident.known_on"))
    if i.occurred_from and i.occurred_from > i.known_on:
        issues.append(Issue("incident.occurred_after_known", "incident.occurred_from"))
    if i.occurred_from and i.occurred_to and i.occurred_to < i.occurred_from:
        issues.append(Issue("incident.period_reversed", "incident.occurred_to"))
    if i.persons_count is not None and i.persons_count < 0:
        issues.append(Issue("incident.count_negative", "incident.persons_count"))
    if i.risk_level not in {r.value for r in RiskLevel}:
        issues.append(Issue("incident.risk_invalid", "incident.risk_level"))
    if i.risk_level == RiskLevel.SERIOUS and i.cai_notified_on is None:
        issues.append(
            Issue("incident.cai_notice_due", "incident.cai_notified_on", severity="warning")
        )
    return issues
