"""Received seq ranges per device incarnation, and the gaps between them (reported, never skipped)."""

from __future__ import annotations

from sqlalchemy import select
from sqlalchemy.orm import Session

from desktop.storage.models import OpLogRow


def received_ranges(session: Session, device_id: str, incarnation: int) -> list[tuple[int, int]]:
    stmt = (
        select(OpLogRow.seq)
        .where(OpLogRow.device_id == device_id, OpLogRow.incarnation == incarnation)
        .order_by(OpLogRow.seq)
    )
    ranges: list[tuple[int, int]] = []
    for seq in session.scalars(stmt):
        if ranges and seq == ranges[-1][1] + 1:
            ranges[-1] = (ranges[-1][0], seq)
        else:
            ranges.append((seq, seq))
    return ranges


def gaps(ranges: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """Missing seqs before and between the received ranges."""
    missing: list[tuple[int, int]] = []
    expected = 1
    for start, end in ranges:
        if start > expected:
            missing.append((expected, start - 1))
        expected = end + 1
    return missing


def device_incarnations(session: Session) -> list[tuple[str, int]]:
    stmt = select(OpLogRow.device_id, OpLogRow.incarnation).distinct()
    return sorted((d, int(i)) for d, i in session.execute(stmt))
