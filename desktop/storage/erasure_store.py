"""Removing a person's data from a store for good, and finding what retention makes due.

`remove_candidate` deletes the candidate's rows (child rows, intake encounters and the assessment
go with them through the foreign keys), its search-index entry, and overwrites the freed pages
(`secure_delete`); `compact` then merges the search index (so no deleted word survives in an
index segment) and truncates the write-ahead log. Callers own the transaction.
"""

from __future__ import annotations

import hashlib
import logging
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import UTC, date, datetime, time

from sqlalchemy import Engine, delete, func, select, text
from sqlalchemy.orm import Session

from desktop.storage.models import (
    AccessRequestRow,
    AuditEventRow,
    CandidateRow,
    CentralIdentityRow,
    ConsentRow,
    DeviceRow,
    EligibilityRow,
    ErasureRow,
    ImportedBundleRow,
    IncidentRow,
    IntakeEncounterRow,
    OpLogRow,
    OutboxOpRow,
    SyncClockRow,
)
from desktop.storage.search_index import unindex_candidate

log = logging.getLogger(__name__)


def id_hash(candidate_id: str) -> str:
    return hashlib.sha256(f"passerelle-erasure:{candidate_id}".encode()).hexdigest()


def is_central(session: Session) -> bool:
    return session.scalar(select(CentralIdentityRow.store_id).limit(1)) is not None


def _sqlite(session: Session) -> bool:
    return session.get_bind().dialect.name == "sqlite"


def remove_candidate(session: Session, candidate_id: str) -> bool:
    """Delete every row of this candidate in this store; False if there was none."""
    if _sqlite(session):
        session.execute(text("PRAGMA secure_delete = ON"))
    row = session.get(CandidateRow, candidate_id)
    unindex_candidate(session, candidate_id)
    session.execute(
        delete(IntakeEncounterRow).where(IntakeEncounterRow.candidate_id == candidate_id)
    )
    session.execute(delete(EligibilityRow).where(EligibilityRow.candidate_id == candidate_id))
    if row is None:
        return False
    session.delete(row)
    session.flush()
    return True


def record_erasure(session: Session, candidate_id: str, reason: str) -> None:
    key = id_hash(candidate_id)
    if session.get(ErasureRow, key) is None:
        session.add(ErasureRow(id_hash=key, erased_at=datetime.now(UTC), reason=reason))


def was_erased(session: Session, candidate_id: str) -> bool:
    return session.get(ErasureRow, id_hash(candidate_id)) is not None


def compact(engine: Engine) -> None:
    """After a removal: merge the search index and truncate the WAL (outside any transaction).

    On the raw driver connection (autocommit: the engine opens its transactions itself), so no
    isolation setting of a pooled connection is changed.
    """
    if engine.dialect.name != "sqlite":
        return
    raw = engine.raw_connection()
    try:
        cursor = raw.cursor()
        try:
            cursor.execute("INSERT INTO candidate_fts(candidate_fts) VALUES('optimize')")
            try:
                cursor.execute("PRAGMA wal_checkpoint(TRUNCATE)")
                cursor.fetchall()
            except Exception as exc:
                # Another connection is reading: the pages are checkpointed at its next commit.
                log.info("write-ahead log not truncated now (%s)", type(exc).__name__)
        finally:
            cursor.close()
    finally:
        raw.close()


# Retention ---------------------------------------------------------------------------------------


def _day(value: datetime | date | None) -> date | None:
    if value is None:
        return None
    return value.date() if isinstance(value, datetime) else value


def _start_of(day: date) -> datetime:
    return datetime.combine(day, time.min, tzinfo=UTC)


def prospects_before(session: Session, cutoff: date) -> list[tuple[str, date]]:
    """Candidates never admitted (no decision or refused), unchanged since before `cutoff`."""
    stmt = (
        select(CandidateRow.id, CandidateRow.updated_at)
        .outerjoin(EligibilityRow, EligibilityRow.candidate_id == CandidateRow.id)
        .where(CandidateRow.deleted_at.is_(None), CandidateRow.updated_at < _start_of(cutoff))
        .where((EligibilityRow.decision.is_(None)) | (EligibilityRow.decision != "admitted"))
        .order_by(CandidateRow.updated_at)
    )
    return [(i, _day(at) or cutoff) for i, at in session.execute(stmt)]


def admitted_before(session: Session, cutoff: date) -> list[tuple[str, date]]:
    stmt = (
        select(CandidateRow.id, EligibilityRow.decided_at)
        .join(EligibilityRow, EligibilityRow.candidate_id == CandidateRow.id)
        .where(CandidateRow.deleted_at.is_(None), EligibilityRow.decision == "admitted")
        .where(EligibilityRow.decided_at < _start_of(cutoff))
        .order_by(EligibilityRow.decided_at)
    )
    return [(i, _day(at) or cutoff) for i, at in session.execute(stmt)]


def ended_consents_before(session: Session, cutoff: date) -> list[tuple[str, str, date]]:
    """(consent id, candidate id, since) of consents withdrawn or refused before `cutoff`."""
    found: list[tuple[str, str, date]] = []
    stmt = select(ConsentRow.id, ConsentRow.candidate_id, ConsentRow.withdrawn_at).where(
        ConsentRow.withdrawn_at.is_not(None), ConsentRow.withdrawn_at < _start_of(cutoff)
    )
    found += [(i, c, _day(at) or cutoff) for i, c, at in session.execute(stmt)]
    stmt = select(ConsentRow.id, ConsentRow.candidate_id, ConsentRow.updated_at).where(
        ConsentRow.granted.is_(False),
        ConsentRow.withdrawn_at.is_(None),
        ConsentRow.purpose != "intake",
        ConsentRow.updated_at < _start_of(cutoff),
    )
    found += [(i, c, _day(at) or cutoff) for i, c, at in session.execute(stmt)]
    return found


def closed_requests_before(session: Session, cutoff: date) -> list[tuple[str, date]]:
    stmt = select(AccessRequestRow.id, AccessRequestRow.done_on).where(
        AccessRequestRow.done_on.is_not(None), AccessRequestRow.done_on < cutoff
    )
    return [(i, d or cutoff) for i, d in session.execute(stmt)]


def closed_incidents_before(session: Session, cutoff: date) -> list[tuple[str, date]]:
    stmt = select(IncidentRow.id, IncidentRow.closed_on).where(
        IncidentRow.closed_on.is_not(None), IncidentRow.closed_on < cutoff
    )
    return [(i, d or cutoff) for i, d in session.execute(stmt)]


def audit_before(session: Session, cutoff: date) -> tuple[int, int]:
    """(count, last seq) of audit events older than `cutoff`."""
    stmt = select(func.count(), func.max(AuditEventRow.seq)).where(
        AuditEventRow.at < _start_of(cutoff)
    )
    count, last = session.execute(stmt).one()
    return int(count or 0), int(last or 0)


def acknowledged_copies_before(session: Session, cutoff: date) -> list[tuple[str, date]]:
    """Laptop: candidates whose every change central acknowledged, unchanged since `cutoff`."""
    pending = select(OutboxOpRow.candidate_id).where(OutboxOpRow.acked.is_(False))
    has_ops = select(OutboxOpRow.candidate_id).where(OutboxOpRow.acked.is_(True))
    stmt = (
        select(CandidateRow.id, CandidateRow.updated_at)
        .where(CandidateRow.deleted_at.is_(None), CandidateRow.updated_at < _start_of(cutoff))
        .where(CandidateRow.id.in_(has_ops), CandidateRow.id.not_in(pending))
        .order_by(CandidateRow.updated_at)
    )
    return [(i, _day(at) or cutoff) for i, at in session.execute(stmt)]


def drop_acknowledged_ops(session: Session, candidate_ids: Iterable[str]) -> int:
    ids = sorted(set(candidate_ids))
    removed = 0
    for start in range(0, len(ids), 400):
        result = session.execute(
            delete(OutboxOpRow).where(
                OutboxOpRow.candidate_id.in_(ids[start : start + 400]),
                OutboxOpRow.acked.is_(True),
            )
        )
        removed += int(getattr(result, "rowcount", 0) or 0)
    return removed


def this_device(session: Session) -> DeviceRow | None:
    return session.scalar(select(DeviceRow))


def acked_up_to(session: Session) -> int:
    device = this_device(session)
    if device is None:
        return 0
    clock = session.get(SyncClockRow, (device.id, device.incarnation))
    return clock.acked_up_to if clock else 0


# Who was affected (incident register) -----------------------------------------------------------


@dataclass(frozen=True)
class DeviceOrigin:
    device_id: str
    candidate_ids: list[str]


def candidates_from_device(session: Session, device_id: str) -> set[str]:
    """Every candidate id a device wrote: central's op log, intake encounters, the laptop outbox."""
    found: set[str] = set()
    found |= set(
        session.scalars(select(OpLogRow.candidate_id).where(OpLogRow.device_id == device_id))
    )
    found |= set(
        session.scalars(
            select(IntakeEncounterRow.candidate_id).where(IntakeEncounterRow.device_id == device_id)
        )
    )
    found |= set(
        session.scalars(select(OutboxOpRow.candidate_id).where(OutboxOpRow.device_id == device_id))
    )
    return found


def candidates_in_bundle(session: Session, bundle_id: str) -> set[str] | None:
    """Candidate ids carried by an imported bundle; None if central never imported it."""
    if session.get(ImportedBundleRow, bundle_id) is None:
        return None
    return set(
        session.scalars(select(OpLogRow.candidate_id).where(OpLogRow.bundle_id == bundle_id))
    )


def print_batch(session: Session, event_id: str) -> list[str] | None:
    """The candidate ids of a printed batch (its `dossier.print` audit event), or None."""
    row = session.scalar(
        select(AuditEventRow).where(
            AuditEventRow.id == event_id, AuditEventRow.action == "dossier.print"
        )
    )
    return list(row.entity_ids) if row is not None else None


def print_batches(session: Session, limit: int = 200) -> list[AuditEventRow]:
    stmt = (
        select(AuditEventRow)
        .where(AuditEventRow.action == "dossier.print")
        .order_by(AuditEventRow.seq.desc())
        .limit(limit)
    )
    return list(session.scalars(stmt))


def known_devices(session: Session) -> list[str]:
    ids: set[str] = set(session.scalars(select(OpLogRow.device_id).distinct()))
    ids |= {d for d in session.scalars(select(IntakeEncounterRow.device_id).distinct()) if d}
    ids |= set(session.scalars(select(OutboxOpRow.device_id).distinct()))
    return sorted(ids)


def imported_bundles(session: Session, limit: int = 500) -> list[ImportedBundleRow]:
    stmt = select(ImportedBundleRow).order_by(ImportedBundleRow.imported_at.desc()).limit(limit)
    return list(session.scalars(stmt))


def live_candidate_ids(session: Session, ids: Iterable[str]) -> set[str]:
    wanted = sorted(set(ids))
    found: set[str] = set()
    for start in range(0, len(wanted), 400):
        found |= set(
            session.scalars(
                select(CandidateRow.id).where(CandidateRow.id.in_(wanted[start : start + 400]))
            )
        )
    return found


def delete_audit_through(session: Session, last_seq: int) -> tuple[int, str] | None:
    """Delete audit events up to `last_seq`; returns the (seq, hash) anchor the chain resumes on."""
    last = session.scalar(select(AuditEventRow).where(AuditEventRow.seq == last_seq))
    if last is None:
        return None
    anchor = (last.seq, last.hash)
    session.execute(delete(AuditEventRow).where(AuditEventRow.seq <= last_seq))
    return anchor
