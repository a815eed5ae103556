"""The merge function: apply new ops to the registers, order-independently (sync-security §1.4).

- An op id (device, incarnation, seq) is applied once; a repeat does nothing.
- Field registers: the op with the greatest (hlc, device, incarnation, seq) wins. Each origin
  device's latest op per field is kept as a *head*; the field's register is the head flagged
  `wins`, and the flag and the conflict rows are recomputed from the heads, so they depend only
  on the set of ops received. Each applied op is written twice (op log, head), in bulk.
- A conflict row is kept for review when another device's latest value for the field differs from
  the winner's (laptops never see each other's edits, so such edits are concurrent) — unless the
  winner is central's own op (an admin's merge or conflict choice) and the other value is older.
- Delete wins: a tombstone removes the row (or the whole candidate) for good; its values are purged
  from heads, registers, conflicts and the op log; later ops for it are counted and dropped.
- Tombstones hold keyed hashes (HMAC-SHA256 with the store's tombstone key) of the ids, and the op
  log rows of an erased candidate are re-keyed the same way: a late op is still recognised, but
  nothing at central names the erased person (sync-security.md §1.4, S11).
"""

from __future__ import annotations

import hashlib
import hmac
import secrets
from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import delete, select, update
from sqlalchemy.orm import Session

from desktop.central import audit_chain
from desktop.storage.bulk_insert import insert_rows, insert_tuples
from desktop.storage.id_lists import id_clauses
from desktop.storage.models import (
    CentralIdentityRow,
    FieldHeadRow,
    OpLogRow,
    SyncConflictRow,
    TombstoneRow,
)
from desktop.sync.canonical import dumps
from desktop.sync.errors import SyncError
from desktop.sync.ops import DELETE, Op

CANDIDATE = "candidate"
ALIAS = "alias"
APPLIED, TOMBSTONE, ERASED = "applied", "tombstone", "erased"

FieldKey = tuple[str, str, str]


@dataclass
class ChunkResult:
    applied: int = 0
    skipped: int = 0
    dropped: int = 0
    candidates: set[str] = field(default_factory=set)  # raw candidate ids touched
    # Candidates that had no head before this chunk: all their registers (winning heads), as just
    # written (the rebuild needs not read them back).
    fresh_registers: dict[str, list[Any]] = field(default_factory=dict)


def _order(row: Any) -> tuple[int, str, int, int]:
    """(hlc, device, incarnation, seq) of a head or register (ORM object or plain row)."""
    return (row.hlc, row.device_id, row.incarnation, row.seq)


def _op_id(row: Any) -> str:
    return f"{row.device_id}:{row.incarnation}:{row.seq}"


def tombstone_key(session: Session) -> bytes:
    """The store's tombstone HMAC key (made on first use for stores created before it existed)."""
    identity = session.scalar(select(CentralIdentityRow))
    if identity is None:
        raise SyncError("central.not_initialised")
    if identity.tombstone_key is None:
        identity.tombstone_key = secrets.token_bytes(32)
        session.flush()
    key: bytes = identity.tombstone_key
    return key


def pseudonym(key: bytes, ident: str) -> str:
    """The keyed hash that stands for an id in tombstones (36 hex digits, never a UUID)."""
    return hmac.new(key, ident.encode("utf-8"), "sha256").hexdigest()[:36]


def _purge(
    session: Session,
    key: bytes,
    *,
    candidate: str | None = None,
    row: tuple[str, str] | None = None,
) -> None:
    """Forget every value of a tombstoned candidate (or row): erased means erased."""
    for model in (FieldHeadRow, SyncConflictRow):
        stmt = delete(model)
        if candidate is not None:
            stmt = stmt.where(model.candidate_id == candidate)
        else:
            assert row is not None
            stmt = stmt.where(model.entity == row[0], model.row_id == row[1])
        session.execute(stmt)
    if candidate is None:
        assert row is not None
        session.execute(
            update(OpLogRow)
            .where(OpLogRow.outcome == APPLIED)
            .where(OpLogRow.entity == row[0], OpLogRow.row_id == row[1])
            .values(body=None, outcome=ERASED)
        )
        return
    # The whole person: every op row of theirs loses its body and its ids are re-keyed.
    hidden: dict[str, str] = {candidate: pseudonym(key, candidate)}
    for log in session.scalars(select(OpLogRow).where(OpLogRow.candidate_id == candidate)):
        log.body = None
        if log.outcome == APPLIED:
            log.outcome = ERASED
        hidden[log.row_id] = pseudonym(key, log.row_id)
        log.candidate_id, log.row_id = hidden[candidate], hidden[log.row_id]
    audit_chain.redact(session, hidden)


def _tombstone(session: Session, key: bytes, op: Op) -> None:
    entity = op.entity
    hidden_row = pseudonym(key, op.row)
    existing = session.get(TombstoneRow, (entity, hidden_row))
    if existing is None:
        session.add(
            TombstoneRow(
                entity=entity,
                row_id=hidden_row,
                candidate_id=pseudonym(key, op.candidate),
                op_id=op.op_id,
                hlc=op.hlc,
                reason="deleted",
            )
        )
    elif (op.hlc, op.op_id) > (existing.hlc, existing.op_id):
        existing.hlc, existing.op_id = op.hlc, op.op_id
    session.flush()
    if entity == CANDIDATE:
        _purge(session, key, candidate=op.row)
    else:
        _purge(session, key, row=(entity, op.row))


def is_tombstoned(session: Session, key: bytes, entity: str, row_id: str) -> bool:
    return session.get(TombstoneRow, (entity, pseudonym(key, row_id))) is not None


def erased_ids(session: Session, key: bytes, ids: Iterable[str]) -> set[str]:
    """The ids among these whose candidate is tombstoned (erased or deleted)."""
    clear = {pseudonym(key, i): i for i in ids}
    found: set[str] = set()
    for where in id_clauses(session, TombstoneRow.row_id, clear):
        stmt = select(TombstoneRow.row_id).where(TombstoneRow.entity == CANDIDATE, where)
        found |= {clear[h] for h in session.scalars(stmt)}
    return found


def _tombstoned(
    session: Session, key: bytes, ops: list[Op]
) -> tuple[set[str], set[tuple[str, str]]]:
    """(candidate ids, (entity, row id)) among these ops' targets that have a tombstone."""
    clear = {pseudonym(key, i): i for i in {op.candidate for op in ops} | {op.row for op in ops}}
    candidates: set[str] = set()
    rows: set[tuple[str, str]] = set()
    for where in id_clauses(session, TombstoneRow.row_id, clear):
        for entity, row_id in session.execute(
            select(TombstoneRow.entity, TombstoneRow.row_id).where(where)
        ):
            rows.add((entity, clear[row_id]))
            if entity == CANDIDATE:
                candidates.add(clear[row_id])
    return candidates, rows


_LOG_COLUMNS = (
    "device_id",
    "incarnation",
    "seq",
    "op_hash",
    "hlc",
    "candidate_id",
    "entity",
    "row_id",
    "bundle_id",
    "outcome",
    "body",
)


def apply_ops(session: Session, ops: list[Op], bundle_id: str | None) -> ChunkResult:
    """Apply ops of one device incarnation (one chunk, inside the caller's transaction)."""
    result = ChunkResult()
    if not ops:
        return result
    first = ops[0]
    seqs = [op.seq for op in ops]
    known = set(
        session.scalars(
            select(OpLogRow.seq)
            .where(OpLogRow.device_id == first.device, OpLogRow.incarnation == first.incarnation)
            .where(OpLogRow.seq.between(min(seqs), max(seqs)))
        )
    )
    new = [op for op in ops if op.seq not in known]
    result.skipped = len(ops) - len(new)
    outcome: dict[int, str] = {}
    key = tombstone_key(session)
    for op in new:
        if op.kind == DELETE:
            _tombstone(session, key, op)
            outcome[op.seq] = TOMBSTONE
            result.candidates.add(op.candidate)
    dead_candidates, dead_rows = _tombstoned(session, key, new)
    live = []
    for op in new:
        if op.kind == DELETE:
            continue
        if op.candidate in dead_candidates or (op.entity, op.row) in dead_rows:
            outcome[op.seq] = ERASED
            result.dropped += 1
        else:
            outcome[op.seq] = APPLIED
            live.append(op)
    session.flush()  # tombstones and purges before the bulk statements below
    owners = {op.candidate for op in live}
    prior: set[str] = set()
    for where in id_clauses(session, _HEAD.candidate_id, owners):
        stmt = select(_HEAD.candidate_id).where(where).distinct()
        prior.update(session.scalars(stmt))
    for register in merge_fields(session, live):
        owner = register.candidate_id
        if owner in owners and owner not in prior:
            result.fresh_registers.setdefault(owner, []).append(register)
    log: list[tuple[object, ...]] = []
    for op in new:
        kept = outcome[op.seq] != ERASED
        gone = op.candidate in dead_candidates  # the person is erased: no id in clear
        log.append(
            (
                op.device,
                op.incarnation,
                op.seq,
                op.digest(),
                op.hlc,
                pseudonym(key, op.candidate) if gone else op.candidate,
                op.entity,
                pseudonym(key, op.row) if gone else op.row,
                bundle_id,
                outcome[op.seq],
                op.body() if kept and not gone else None,
            )
        )
        if kept:
            result.candidates.add(op.candidate)
    insert_tuples(session, OpLogRow, _LOG_COLUMNS, log)
    result.applied = len(new) - result.dropped
    session.flush()
    return result


_HEAD = FieldHeadRow.__table__.c
_CONFLICT = SyncConflictRow.__table__.c
_PK = ("entity", "row_id", "field", "device_id")


_COLUMNS = (*_PK, "incarnation", "seq", "hlc", "candidate_id", "value", "wins")
UNSET: Any = object()  # a head read from the store: its value is only known as canonical text


@dataclass(slots=True)
class _Head:
    """A field head as plain attributes (read from the store or just written)."""

    entity: str
    row_id: str
    field: str
    device_id: str
    incarnation: int
    seq: int
    hlc: int
    candidate_id: str
    value: str  # canonical JSON
    wins: bool = False
    dirty: bool = False  # new or advanced: to be written
    decoded: Any = UNSET  # the value itself, when the op it came from was read from a line

    def values(self) -> tuple[Any, ...]:
        return (
            self.entity,
            self.row_id,
            self.field,
            self.device_id,
            self.incarnation,
            self.seq,
            self.hlc,
            self.candidate_id,
            self.value,
            self.wins,
        )


HeadKey = tuple[str, str, str, str]


def _held_heads(session: Session, ops: list[Op]) -> dict[HeadKey, _Head]:
    held: dict[HeadKey, _Head] = {}
    for where in id_clauses(session, _HEAD.row_id, (op.row for op in ops)):
        stmt = select(*(_HEAD[name] for name in _COLUMNS)).where(where)
        for row in session.execute(stmt):
            head = _Head(*row)
            held[(head.entity, head.row_id, head.field, head.device_id)] = head
    return held


def _advance(held: dict[HeadKey, _Head], ops: list[Op]) -> set[FieldKey]:
    """Each origin device's latest op per field, in `held`; returns the fields that changed."""
    touched: set[FieldKey] = set()
    for op in ops:
        key = (op.entity, op.row, op.field, op.device)
        found = held.get(key)
        if found is not None and op.order <= _order(found):
            continue
        held[key] = _Head(
            op.entity,
            op.row,
            op.field,
            op.device,
            op.incarnation,
            op.seq,
            op.hlc,
            op.candidate,
            dumps(op.value),
            found is not None and found.wins,
            True,
            UNSET if op.line is None else op.value,  # a line's value is plain JSON
        )
        touched.add((op.entity, op.row, op.field))
    return touched


def _conflicts_of(session: Session, touched: set[FieldKey]) -> dict[FieldKey, set[str]]:
    found: dict[FieldKey, set[str]] = {}
    stmt = select(_CONFLICT.id, _CONFLICT.entity, _CONFLICT.row_id, _CONFLICT.field)
    for where in id_clauses(session, _CONFLICT.row_id, (key[1] for key in touched)):
        for ident, entity, row_id, name in session.execute(stmt.where(where)):
            found.setdefault((entity, row_id, name), set()).add(ident)
    return found


def _wanted_conflicts(
    key: FieldKey, heads: list[_Head], winner: _Head, central_id: str | None
) -> dict[str, _Head]:
    """The losing values worth a human's look: another device's latest value, if different."""
    wanted: dict[str, _Head] = {}
    by_central = winner.device_id == central_id  # an admin's choice saw every older value
    for head in heads:
        if by_central and _order(head) < _order(winner):
            continue
        if head.device_id != winner.device_id and head.value != winner.value:
            ident = hashlib.sha256(
                "|".join([*key, _op_id(winner), _op_id(head)]).encode()
            ).hexdigest()
            wanted[ident] = head
    return wanted


def merge_fields(session: Session, ops: list[Op]) -> list[_Head]:
    """Advance the heads of these ops' fields, mark each field's winner and keep its conflicts.

    Everything is written in bulk: new heads, advanced heads, flags that moved, conflict rows.
    Returns the winning heads of the touched fields (the registers, as written)."""
    held = _held_heads(session, ops)
    stored = set(held)
    touched = _advance(held, ops)
    if not touched:
        return []
    heads_of: dict[FieldKey, list[_Head]] = {}
    for head in held.values():
        field_key = (head.entity, head.row_id, head.field)
        if field_key in touched:
            heads_of.setdefault(field_key, []).append(head)
    old_conflicts = _conflicts_of(session, touched)
    central_id = session.scalar(select(CentralIdentityRow.store_id))
    winners: list[_Head] = []
    flips: list[dict[str, Any]] = []
    stale: list[str] = []
    fresh_conflicts: list[dict[str, object]] = []
    for key, heads in heads_of.items():
        winner = heads[0] if len(heads) == 1 else max(heads, key=_order)
        winners.append(winner)
        for head in heads:
            wins = head is winner
            if not head.dirty and head.wins != wins:
                flips.append({name: getattr(head, name) for name in _PK} | {"wins": wins})
            head.wins = wins
        old = old_conflicts.get(key, set())
        if len(heads) == 1 and not old:
            continue  # one device wrote this field: no conflict to keep or to drop
        wanted = _wanted_conflicts(key, heads, winner, central_id)
        stale += [ident for ident in old if ident not in wanted]
        fresh_conflicts += [
            {
                "id": ident,
                "entity": key[0],
                "row_id": key[1],
                "field": key[2],
                "candidate_id": winner.candidate_id,
                "winner_op": _op_id(winner),
                "loser_op": _op_id(lose),
                "winner_value": winner.value,
                "loser_value": lose.value,
            }
            for ident, lose in wanted.items()
            if ident not in old
        ]
    written = [(key, head) for key, head in held.items() if head.dirty]
    fresh = [head.values() for key, head in written if key not in stored]
    insert_tuples(session, FieldHeadRow, _COLUMNS, fresh)
    advanced = [
        dict(zip(_COLUMNS, head.values(), strict=True)) for key, head in written if key in stored
    ]
    for changed in (advanced, flips):
        if changed:  # by primary key, one executemany each (the two have different columns)
            session.execute(update(FieldHeadRow), changed)
    for where in id_clauses(session, _CONFLICT.id, stale):
        session.execute(delete(SyncConflictRow).where(where))
    if fresh_conflicts:
        insert_rows(session, SyncConflictRow, fresh_conflicts)
    return winners
