"""Erasure, row removal and anonymisation at the central store, as central's own ops.

Like merges (`desktop.central.review`), they go through the merge function: an erasure
tombstones the survivor and every id merged into it (its values are purged from heads, registers,
conflicts and the op log, and no later bundle brings it back); removing a row tombstones that row;
a withdrawal or an anonymisation writes field values (null over identifying fields). Callers own the transaction.
"""

from __future__ import annotations

from typing import Any

from sqlalchemy.orm import Session

from desktop.central.importer import apply_and_materialise
from desktop.central.materialise import alias_map, resolve
from desktop.central.merge import CANDIDATE
from desktop.central.review import _central_ops
from desktop.sync.ops import DELETE, SET


def erase_candidate(session: Session, candidate_id: str) -> list[str]:
    """Tombstone the person and every record merged into them; returns the ids erased."""
    aliases = alias_map(session)
    root = resolve(aliases, candidate_id)
    ids = sorted({root} | {loser for loser in aliases if resolve(aliases, loser) == root})
    changes: list[tuple[str, str, str, Any, str]] = [(CANDIDATE, i, "", None, i) for i in ids]
    apply_and_materialise(session, _central_ops(session, changes, DELETE), None)
    return ids


def remove_rows(session: Session, rows: list[tuple[str, str, str]]) -> None:
    """Tombstone child rows given as (entity, row id, candidate id)."""
    changes: list[tuple[str, str, str, Any, str]] = [(e, r, "", None, c) for e, r, c in rows]
    if changes:
        apply_and_materialise(session, _central_ops(session, changes, DELETE), None)


def set_fields(
    session: Session, candidate_id: str, values: list[tuple[str, str, str, Any]]
) -> None:
    """Write (entity, row id, field, value) of one candidate (null to anonymise)."""
    changes: list[tuple[str, str, str, Any, str]] = [
        (entity, row, name, value, candidate_id) for entity, row, name, value in values
    ]
    if changes:
        apply_and_materialise(session, _central_ops(session, changes, SET), None)
