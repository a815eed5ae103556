"""Erasure on a laptop: strip the values from the outbox ops of an erased person.

An op's body is kept (its seq keeps the outbox gapless) but every value becomes null, so no name
or e-mail stays in the outbox or leaves in a bundle. Central accepts such a redacted op in place
of an original it already holds when the person is erased there or in the same bundle
(`desktop.central.verify`).
"""

from __future__ import annotations

from dataclasses import replace

from sqlalchemy import select
from sqlalchemy.orm import Session

from desktop.storage.models import OutboxOpRow
from desktop.sync.ops import SET, op_from_body


def redact_candidate_ops(session: Session, candidate_id: str) -> int:
    """Null the values of every outbox op about this candidate; returns how many changed."""
    changed = 0
    for row in session.scalars(select(OutboxOpRow).where(OutboxOpRow.candidate_id == candidate_id)):
        op = op_from_body(row.body)
        if op.kind == SET and op.value is not None:
            row.body = replace(op, value=None).body()
            changed += 1
    session.flush()
    return changed
