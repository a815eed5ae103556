"""PostgreSQL planner statistics while a large bundle is imported.

Until a table has been analysed, PostgreSQL plans as if it were tiny and reads it whole for
each lookup by id. A first import of thousands of candidates grows `op_log`, `field_heads` and
the candidate tables from nothing, so every chunk's lookups scanned tables that grow chunk by
chunk (an import's time grew with the square of its size). PostgreSQL's advice after loading
much data is to run ANALYZE: the importer does so after chunks 1, 8, 64… (each a sample of at
most 30 000 rows per table). In between, the planner scales the sampled row density by the
tables' current size, so its estimates follow the tables as they grow.
"""

from __future__ import annotations

from typing import Any

from sqlalchemy.orm import Session

from desktop.storage.candidate_store import CHILD_TABLES
from desktop.storage.models import (
    CandidateRow,
    EligibilityRow,
    FieldHeadRow,
    ImmigrationProfileRow,
    OpLogRow,
    SyncConflictRow,
    TombstoneRow,
)

GROWING: tuple[type[Any], ...] = (
    OpLogRow,
    FieldHeadRow,
    SyncConflictRow,
    TombstoneRow,
    CandidateRow,
    ImmigrationProfileRow,
    EligibilityRow,
    *(row_cls for _entity, _attr, row_cls, _dom, _fields in CHILD_TABLES),
)


def worth_analysing(chunks_done: int) -> bool:
    """After chunks 1, 8, 64, 512…"""
    while chunks_done > 1 and chunks_done % 8 == 0:
        chunks_done //= 8
    return chunks_done == 1


def analyse_growing_tables(session: Session) -> bool:
    """ANALYZE the tables an import grows (PostgreSQL only; True if it ran)."""
    conn = session.connection()
    if conn.dialect.name != "postgresql":
        return False  # SQLite's planner uses an index for an equality lookup without statistics
    quote = conn.dialect.identifier_preparer.quote
    names = ", ".join(quote(model.__tablename__) for model in GROWING)
    conn.exec_driver_sql(f"ANALYZE {names}")
    return True
