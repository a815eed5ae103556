"""What needs a human at central: duplicate pairs, conflicts; and the admin's merge, unmerge, erase.

Merges, unmerges and erasures are central's own ops (device = the store id), applied through the
same merge function as laptop ops: a merge sets the alias register loser → survivor (plus the
field values the admin chose, written on the survivor), an unmerge sets it back to null, an erasure
tombstones the survivor and every id merged into it. Duplicates are only ever suggested.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from desktop.central.importer import apply_and_materialise
from desktop.central.materialise import alias_map, resolve
from desktop.central.merge import ALIAS, CANDIDATE
from desktop.domain.names import SIMILAR_NAME_THRESHOLD, name_similarity
from desktop.storage.models import (
    CandidateRow,
    CentralIdentityRow,
    FieldHeadRow,
    OpLogRow,
    SyncConflictRow,
    SyncDeviceRow,
)
from desktop.storage.store import Store
from desktop.sync import hlc
from desktop.sync.canonical import loads
from desktop.sync.errors import SyncError
from desktop.sync.ops import DELETE, SET, Op
from desktop.sync.outbox import DECISION, DECISION_FIELD, decision_value


def _central_ops(
    session: Session, changes: list[tuple[str, str, str, Any, str]], kind: str = SET
) -> list[Op]:
    identity = session.scalar(select(CentralIdentityRow))
    if identity is None:
        raise SyncError("central.not_initialised")
    # Like a clock receiving messages: central's op comes after every value it overrides.
    for entity, row, field, _value, _candidate in changes:
        seen = session.scalar(
            select(func.max(FieldHeadRow.hlc)).where(
                FieldHeadRow.entity == entity,
                FieldHeadRow.row_id == row,
                FieldHeadRow.field == field,
            )
        )
        identity.hlc = max(identity.hlc, int(seen or 0))
    ops = []
    for entity, row, field, value, candidate in changes:
        identity.hlc = hlc.tick(identity.hlc).value
        identity.last_seq += 1
        ops.append(
            Op(
                device=identity.store_id,
                incarnation=1,
                seq=identity.last_seq,
                hlc=identity.hlc,
                entity=entity,
                row=row,
                field=field if kind == SET else "",
                kind=kind,
                value=value if kind == SET else None,
                candidate=candidate,
                actor=None,
            )
        )
    session.flush()
    return ops


def merge(store: Store, survivor: str, loser: str, chosen: dict[str, Any] | None = None) -> None:
    """Merge `loser` into `survivor`; `chosen` = candidate field values to keep on the survivor."""
    if survivor == loser:
        raise SyncError("merge.same")
    with store.unit_of_work() as session:
        aliases = alias_map(session)
        if resolve(aliases, survivor) != survivor or session.get(CandidateRow, survivor) is None:
            raise SyncError("merge.unknown", id=survivor)
        if session.get(CandidateRow, loser) is None:
            raise SyncError("merge.unknown", id=loser)
        changes = [(CANDIDATE, survivor, f, v, survivor) for f, v in sorted((chosen or {}).items())]
        changes.append((ALIAS, loser, "survivor", survivor, loser))
        apply_and_materialise(session, _central_ops(session, changes), None)


def unmerge(store: Store, loser: str) -> None:
    with store.unit_of_work() as session:
        if loser not in alias_map(session):
            raise SyncError("merge.not_merged", id=loser)
        apply_and_materialise(
            session, _central_ops(session, [(ALIAS, loser, "survivor", None, loser)]), None
        )


def erase(store: Store, candidate_id: str) -> None:
    """Erase a person (Law 25): the survivor and every id merged into it, for good."""
    with store.unit_of_work() as session:
        aliases = alias_map(session)
        root = resolve(aliases, candidate_id)
        ids = sorted({root} | {loser for loser in aliases if resolve(aliases, loser) == root})
        changes: list[tuple[str, str, str, Any, str]] = [(CANDIDATE, i, "", None, i) for i in ids]
        apply_and_materialise(session, _central_ops(session, changes, DELETE), None)


def resolve_conflict(store: Store, conflict_id: str, keep: str) -> str:
    """Settle a conflict: `keep` = "winner" or "loser" value, written as central's own op.

    Returns the candidate id. The op is newer than both values, so it wins and, being central's
    (an admin who saw both), raises no new conflict with the older values."""
    if keep not in ("winner", "loser"):
        raise SyncError("conflict.bad_choice")
    with store.unit_of_work() as session:
        row = session.get(SyncConflictRow, conflict_id)
        if row is None:
            raise SyncError("conflict.unknown", id=conflict_id[:16])
        value = loads(row.winner_value if keep == "winner" else row.loser_value)
        change = (row.entity, row.row_id, row.field, value, row.candidate_id)
        apply_and_materialise(session, _central_ops(session, [change]), None)
        return resolve(alias_map(session), row.candidate_id)


def merges(store: Store) -> dict[str, str]:
    """loser → survivor of every current merge."""
    with store.read() as session:
        aliases = alias_map(session)
        return {loser: resolve(aliases, loser) for loser in sorted(aliases)}


def decision_hook(session: Session, candidate_id: str, result: Any, actor: Any) -> None:
    """Central's decision hook: a decision taken at central is central's own op (LWW with the
    decisions laptops send)."""
    change = (DECISION, candidate_id, DECISION_FIELD, decision_value(result), candidate_id)
    apply_and_materialise(session, _central_ops(session, [change]), None)


@dataclass(frozen=True)
class DuplicatePair:
    first: str
    second: str
    reasons: tuple[str, ...]


def duplicate_pairs(store: Store) -> list[DuplicatePair]:
    """Pairs of live candidates with the same e-mail or phone, or a similar name and birth date."""
    with store.read() as session:
        rows = session.execute(
            select(
                CandidateRow.id,
                CandidateRow.given_names,
                CandidateRow.family_name,
                CandidateRow.email_key,
                CandidateRow.phone,
                CandidateRow.date_of_birth,
            ).where(CandidateRow.deleted_at.is_(None))
        ).all()
    groups: dict[tuple[str, str], list[int]] = {}
    for index, row in enumerate(rows):
        if row.email_key:
            groups.setdefault(("same_email", row.email_key), []).append(index)
        if row.phone:
            groups.setdefault(("same_phone", row.phone), []).append(index)
        if row.date_of_birth:
            groups.setdefault(("dob", row.date_of_birth[:10]), []).append(index)
    found: dict[tuple[str, str], set[str]] = {}
    for (reason, _key), members in groups.items():
        for i, a in enumerate(members):
            for b in members[i + 1 :]:
                ra, rb = rows[a], rows[b]
                if reason == "dob":
                    score = name_similarity(
                        ra.given_names, ra.family_name, rb.given_names, rb.family_name
                    )
                    if score < SIMILAR_NAME_THRESHOLD:
                        continue
                    reason_code = "similar_name_same_birth_date"
                else:
                    reason_code = reason
                pair = (min(ra.id, rb.id), max(ra.id, rb.id))
                found.setdefault(pair, set()).add(reason_code)
    return [DuplicatePair(a, b, tuple(sorted(r))) for (a, b), r in sorted(found.items())]


@dataclass(frozen=True)
class Conflict:
    id: str
    candidate_id: str
    entity: str
    field: str
    winner_op: str
    loser_op: str


def open_conflicts(store: Store) -> list[Conflict]:
    """Conflicts to review (ids and field names only: values stay in the store)."""
    with store.read() as session:
        stmt = (
            select(SyncConflictRow)
            .where(SyncConflictRow.resolved_at.is_(None))
            .order_by(SyncConflictRow.candidate_id, SyncConflictRow.entity, SyncConflictRow.field)
        )
        return [
            Conflict(c.id, c.candidate_id, c.entity, c.field, c.winner_op, c.loser_op)
            for c in session.scalars(stmt)
        ]


@dataclass(frozen=True)
class ConflictDetail:
    """A conflict with both values, for the admin's review screen (never printed by the CLI)."""

    id: str
    candidate_id: str
    candidate_label: str
    entity: str
    field: str
    winner_op: str
    loser_op: str
    winner_value: Any
    loser_value: Any
    winner_source: OpSource | None = None
    loser_source: OpSource | None = None


@dataclass(frozen=True)
class OpSource:
    """Who wrote a value and when: the laptop's name (None: central itself, an admin's choice)."""

    device_name: str | None
    at: datetime


def _source(session: Session, op_id: str, names: dict[str, str], central: str) -> OpSource | None:
    device, incarnation, seq = op_id.rsplit(":", 2)
    stamp = session.scalar(
        select(OpLogRow.hlc).where(
            OpLogRow.device_id == device,
            OpLogRow.incarnation == int(incarnation),
            OpLogRow.seq == int(seq),
        )
    )
    if stamp is None:
        return None
    at = datetime.fromtimestamp(hlc.to_ms(stamp) / 1000, UTC)
    return OpSource(None if device == central else names.get(device, device[:8]), at)


def conflict_details(store: Store) -> list[ConflictDetail]:
    with store.read() as session:
        aliases = alias_map(session)
        names = {
            str(d.device_id): d.name
            for d in session.scalars(select(SyncDeviceRow))
            if d.device_id is not None
        }
        central = str(session.scalar(select(CentralIdentityRow.store_id)))
        stmt = (
            select(SyncConflictRow)
            .where(SyncConflictRow.resolved_at.is_(None))
            .order_by(SyncConflictRow.candidate_id, SyncConflictRow.entity, SyncConflictRow.field)
        )
        found = []
        for c in session.scalars(stmt):
            root = resolve(aliases, c.candidate_id)
            row = session.get(CandidateRow, root)
            label = " ".join(p for p in (row.given_names, row.family_name) if p) if row else ""
            found.append(
                ConflictDetail(
                    c.id,
                    root,
                    label,
                    c.entity,
                    c.field,
                    c.winner_op,
                    c.loser_op,
                    loads(c.winner_value),
                    loads(c.loser_value),
                    _source(session, c.winner_op, names, central),
                    _source(session, c.loser_op, names, central),
                )
            )
        return found
