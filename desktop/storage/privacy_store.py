"""Rows of the privacy registers: notice versions, access requests and incidents.

Data functions take a session and never commit (the calling service owns the transaction); they
convert between rows and the plain records of `desktop.domain.privacy_records`.
"""

from __future__ import annotations

from datetime import UTC, datetime

from sqlalchemy import select
from sqlalchemy.orm import Session

from desktop.domain.privacy_records import AccessRequest, Incident
from desktop.storage.models import AccessRequestRow, AuditEventRow, IncidentRow, NoticeVersionRow

_ACCESS_FIELDS = (
    "candidate_id",
    "kind",
    "received_on",
    "requester",
    "identity_verified",
    "status",
    "done_on",
    "notes",
)
_INCIDENT_FIELDS = (
    "occurred_from",
    "occurred_to",
    "known_on",
    "description",
    "information_concerned",
    "persons_count",
    "risk_level",
    "risk_assessment",
    "cai_notified_on",
    "persons_notified_on",
    "measures",
    "closed_on",
)


def notice_version(session: Session, version: str) -> NoticeVersionRow | None:
    return session.get(NoticeVersionRow, version)


def add_notice_version(
    session: Session, version: str, text_fr: list[str], text_en: list[str], by: str | None
) -> None:
    row = session.get(NoticeVersionRow, version)
    if row is None:
        session.add(
            NoticeVersionRow(
                version=version,
                text_fr=list(text_fr),
                text_en=list(text_en),
                created_at=datetime.now(UTC),
                created_by=by,
            )
        )
    else:
        row.text_fr, row.text_en = list(text_fr), list(text_en)


def notice_versions(session: Session) -> list[NoticeVersionRow]:
    return list(session.scalars(select(NoticeVersionRow).order_by(NoticeVersionRow.created_at)))


def _access(row: AccessRequestRow) -> AccessRequest:
    return AccessRequest(id=row.id, **{f: getattr(row, f) for f in _ACCESS_FIELDS})


def save_access_request(session: Session, r: AccessRequest, by: str | None) -> bool:
    """Insert or update; returns True when it was new."""
    row = session.get(AccessRequestRow, r.id)
    created = row is None
    now = datetime.now(UTC)
    if row is None:
        row = AccessRequestRow(id=r.id, created_at=now, created_by=by)
        session.add(row)
    for name in _ACCESS_FIELDS:
        setattr(row, name, getattr(r, name))
    row.updated_at = now
    session.flush()
    return created


def access_request(session: Session, request_id: str) -> AccessRequest | None:
    row = session.get(AccessRequestRow, request_id)
    return _access(row) if row else None


def access_requests(session: Session, candidate_id: str | None = None) -> list[AccessRequest]:
    stmt = select(AccessRequestRow).order_by(
        AccessRequestRow.received_on.desc(), AccessRequestRow.id
    )
    if candidate_id:
        stmt = stmt.where(AccessRequestRow.candidate_id == candidate_id)
    return [_access(r) for r in session.scalars(stmt)]


def delete_access_request(session: Session, request_id: str) -> None:
    row = session.get(AccessRequestRow, request_id)
    if row is not None:
        session.delete(row)


def forget_requesters(session: Session, candidate_id: str, marker: str) -> None:
    """After an erasure the request stays (proof it was answered) without who asked."""
    for row in session.scalars(
        select(AccessRequestRow).where(AccessRequestRow.candidate_id == candidate_id)
    ):
        row.requester, row.notes = marker, ""


def _incident(row: IncidentRow) -> Incident:
    return Incident(
        id=row.id,
        affected_ids=list(row.affected_ids or []),
        **{f: getattr(row, f) for f in _INCIDENT_FIELDS},
    )


def save_incident(session: Session, i: Incident, by: str | None) -> bool:
    row = session.get(IncidentRow, i.id)
    created = row is None
    now = datetime.now(UTC)
    if row is None:
        row = IncidentRow(id=i.id, created_at=now, created_by=by)
        session.add(row)
    for name in _INCIDENT_FIELDS:
        setattr(row, name, getattr(i, name))
    row.affected_ids = sorted(set(i.affected_ids))
    row.updated_at = now
    session.flush()
    return created


def incident(session: Session, incident_id: str) -> Incident | None:
    row = session.get(IncidentRow, incident_id)
    return _incident(row) if row else None


def incidents(session: Session) -> list[Incident]:
    stmt = select(IncidentRow).order_by(IncidentRow.known_on.desc(), IncidentRow.id)
    return [_incident(r) for r in session.scalars(stmt)]


def delete_incident(session: Session, incident_id: str) -> None:
    row = session.get(IncidentRow, incident_id)
    if row is not None:
        session.delete(row)


def drop_affected_id(session: Session, candidate_id: str) -> None:
    """An erased person leaves the incidents' lists of ids (the counts stay)."""
    for row in session.scalars(select(IncidentRow)):
        if candidate_id in (row.affected_ids or []):
            row.affected_ids = [i for i in row.affected_ids if i != candidate_id]


def events_about(
    session: Session, candidate_id: str, actions: tuple[str, ...]
) -> list[tuple[datetime, str, dict[str, object]]]:
    """(when, action, details) of audit events of these actions that name this candidate."""
    stmt = (
        select(
            AuditEventRow.at, AuditEventRow.action, AuditEventRow.entity_ids, AuditEventRow.details
        )
        .where(AuditEventRow.action.in_(actions))
        .order_by(AuditEventRow.seq)
    )
    return [
        (at, action, dict(details or {}))
        for at, action, ids, details in session.execute(stmt)
        if candidate_id in (ids or [])
    ]
