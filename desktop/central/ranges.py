"""Received seq ranges per device incarnation, and the gaps between them (reported, never skipped)."""

from __future__ import annotations

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from desktop.storage.models import OpLogRow


def received_ranges(session: Session, device_id: str, incarnation: int) -> list[tuple[int, int]]:
    """The runs of consecutive seqs received, counted by the database (gaps and islands: in a
    run, seq minus its rank is constant), not by reading every op's seq."""
    numbered = (
        select(
            OpLogRow.seq,
            (OpLogRow.seq - func.row_number().over(order_by=OpLogRow.seq)).label("island"),
        )
        .where(OpLogRow.device_id == device_id, OpLogRow.incarnation == incarnation)
        .subquery()
    )
    first, last = func.min(numbered.c.seq), func.max(numbered.c.seq)
    stmt = select(first, last).group_by(numbered.c.island).order_by(first)
    return [(int(a), int(b)) for a, b in session.execute(stmt)]


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
