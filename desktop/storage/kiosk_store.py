"""Rows behind kiosk self-entry: the "to verify" list and retiring a record merged into another."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from desktop.storage.models import CandidateRow
from desktop.storage.search_index import unindex_candidate


def to_verify_ids(session: Session, limit: int | None = None) -> list[str]:
    """Live self-entered records waiting for staff, oldest first (the order people queued in)."""
    stmt = (
        select(CandidateRow.id)
        .where(CandidateRow.to_verify.is_(True), CandidateRow.deleted_at.is_(None))
        .order_by(CandidateRow.created_at, CandidateRow.id)
    )
    if limit:
        stmt = stmt.limit(limit)
    return list(session.scalars(stmt))


def count_to_verify(session: Session) -> int:
    stmt = (
        select(func.count())
        .select_from(CandidateRow)
        .where(CandidateRow.to_verify.is_(True), CandidateRow.deleted_at.is_(None))
    )
    return int(session.scalar(stmt) or 0)


def retire_candidate(
    session: Session, candidate_id: str, actor_id: str | None, now: datetime
) -> bool:
    """Mark a candidate deleted (kept as a tombstone for sync) and drop it from search."""
    row = session.get(CandidateRow, candidate_id)
    if row is None or row.deleted_at is not None:
        return False
    row.deleted_at = now
    row.updated_at = now
    row.updated_by = actor_id
    unindex_candidate(session, candidate_id)
    return True
