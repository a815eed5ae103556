"""The merge function: apply new ops to the registers, order-independently (sync-security §1.4).

- An op id (device, incarnation, seq) is applied once; a repeat does nothing.
- Field registers: the op with the greatest (hlc, device, incarnation, seq) wins. Each origin
  device's latest op per field is kept as a *head*; the register and the conflict rows are
  recomputed from the heads, so they depend only on the set of ops received.
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
from desktop.storage.bulk_insert import insert_rows
from desktop.storage.models import (
    CentralIdentityRow,
    FieldHeadRow,
    FieldRegisterRow,
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
    # Candidates that had no register before this chunk: all their registers, as just written
    # (the rebuild needs not read them back).
    fresh_registers: dict[str, list[Any]] = field(default_factory=dict)


def _order(row: Any) -> tuple[int, str, int, int]:
    """(hlc, device, incarnation, seq) of a head or register (ORM object or plain row)."""
    return (row.hlc, row.device_id, row.incarnation, row.seq)


def _op_id(row: Any) -> str:
    return f"{row.device_id}:{row.incarnation}:{row.seq}"


def _in_chunks(values: Iterable[str], size: int = 400) -> Iterable[list[str]]:
    items = sorted(set(values))
    for start in range(0, len(items), size):
        yield items[start : start + size]


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
    for model in (FieldHeadRow, FieldRegisterRow, SyncConflictRow):
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
    for chunk in _in_chunks(clear):
        stmt = select(TombstoneRow.row_id).where(
            TombstoneRow.entity == CANDIDATE, TombstoneRow.row_id.in_(chunk)
        )
        found |= {clear[h] for h in session.scalars(stmt)}
    return found


def _tombstoned(
    session: Session, key: bytes, ops: list[Op]
) -> tuple[set[str], set[tuple[str, str]]]:
    """(candidate ids, (entity, row id)) among these ops' targets that have a tombstone."""
    clear = {pseudonym(key, i): i for i in {op.candidate for op in ops} | {op.row for op in ops}}
    candidates: set[str] = set()
    rows: set[tuple[str, str]] = set()
    for ids in _in_chunks(clear):
        for entity, row_id in session.execute(
            select(TombstoneRow.entity, TombstoneRow.row_id).where(TombstoneRow.row_id.in_(ids))
        ):
            rows.add((entity, clear[row_id]))
            if entity == CANDIDATE:
                candidates.add(clear[row_id])
    return candidates, rows


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
    touched, heads = _update_heads(session, live)
    owners = {op.candidate for op in live}
    prior: set[str] = set()
    for ids in _in_chunks(owners):
        stmt = select(_REG.candidate_id).where(_REG.candidate_id.in_(ids)).distinct()
        prior.update(session.scalars(stmt))
    for register in recompute_fields(session, touched, heads):
        owner = register.candidate_id
        if owner in owners and owner not in prior:
            result.fresh_registers.setdefault(owner, []).append(register)
    log: list[dict[str, object]] = []
    for op in new:
        kept = outcome[op.seq] != ERASED
        gone = op.candidate in dead_candidates  # the person is erased: no id in clear
        log.append(
            {
                "device_id": op.device,
                "incarnation": op.incarnation,
                "seq": op.seq,
                "op_hash": op.digest(),
                "hlc": op.hlc,
                "candidate_id": pseudonym(key, op.candidate) if gone else op.candidate,
                "entity": op.entity,
                "row_id": pseudonym(key, op.row) if gone else op.row,
                "bundle_id": bundle_id,
                "outcome": outcome[op.seq],
                "body": op.body() if kept and not gone else None,
            }
        )
        if kept:
            result.candidates.add(op.candidate)
    if log:
        insert_rows(session, OpLogRow, log)
    result.applied = len(new) - result.dropped
    session.flush()
    return result


_HEAD = FieldHeadRow.__table__.c
_REG = FieldRegisterRow.__table__.c
_CONFLICT = SyncConflictRow.__table__.c


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
    value: str
    row: dict[str, Any] | None = None  # the values just written (a register of the same shape)


HeadMap = dict[tuple[str, str, str, str], _Head]


def _update_heads(session: Session, ops: list[Op]) -> tuple[set[FieldKey], HeadMap]:
    """Each origin device's latest op per field, written in bulk (new rows, then changed ones).

    Returns the touched fields and every head of the ops' rows after the change."""
    held: HeadMap = {}
    for ids in _in_chunks(op.row for op in ops):
        stmt = select(FieldHeadRow.__table__).where(_HEAD.row_id.in_(ids))
        for row in session.execute(stmt).mappings():
            head = _Head(**row)
            held[(head.entity, head.row_id, head.field, head.device_id)] = head
    stored = set(held)
    written: dict[tuple[str, str, str, str], dict[str, Any]] = {}
    touched: set[FieldKey] = set()
    for op in ops:
        key = (op.entity, op.row, op.field, op.device)
        found = held.get(key)
        if found is not None and op.order <= _order(found):
            continue
        values: dict[str, Any] = {
            "entity": op.entity,
            "row_id": op.row,
            "field": op.field,
            "device_id": op.device,
            "incarnation": op.incarnation,
            "seq": op.seq,
            "hlc": op.hlc,
            "candidate_id": op.candidate,
            "value": dumps(op.value),
        }
        written[key] = values
        held[key] = _Head(**values, row=values)
        touched.add((op.entity, op.row, op.field))
    fresh = [values for key, values in written.items() if key not in stored]
    changed = [values for key, values in written.items() if key in stored]
    insert_rows(session, FieldHeadRow, fresh)
    if changed:
        session.execute(update(FieldHeadRow), changed)
    return touched, held


def recompute_fields(
    session: Session, touched: set[FieldKey], known: HeadMap | None = None
) -> list[Any]:
    """Registers and conflict rows of these fields, from the heads alone (written in bulk).

    `known`: every head of the touched rows, when the caller has just read and written them.
    Returns the winning heads, which are the registers written (same fields)."""
    if not touched:
        return []
    session.flush()
    rows = {key[1] for key in touched}
    heads: dict[FieldKey, list[Any]] = {}
    registers: set[FieldKey] = set()
    conflicts: dict[FieldKey, set[str]] = {}
    if known is not None:
        for head in known.values():
            heads.setdefault((head.entity, head.row_id, head.field), []).append(head)
    for ids in _in_chunks(rows):
        if known is None:
            stmt = select(FieldHeadRow.__table__).where(_HEAD.row_id.in_(ids))
            for stored in session.execute(stmt):
                heads.setdefault((stored.entity, stored.row_id, stored.field), []).append(stored)
        for entity, row_id, name in session.execute(
            select(_REG.entity, _REG.row_id, _REG.field).where(_REG.row_id.in_(ids))
        ):
            registers.add((entity, row_id, name))
        for ident, entity, row_id, name in session.execute(
            select(_CONFLICT.id, _CONFLICT.entity, _CONFLICT.row_id, _CONFLICT.field).where(
                _CONFLICT.row_id.in_(ids)
            )
        ):
            conflicts.setdefault((entity, row_id, name), set()).add(ident)
    identity = session.scalar(select(CentralIdentityRow.store_id))
    winners: list[Any] = []
    fresh_regs: list[dict[str, object]] = []
    changed_regs: list[dict[str, object]] = []
    stale: list[str] = []
    fresh_conflicts: list[dict[str, object]] = []
    for key in touched:
        field_heads = heads.get(key, [])
        if not field_heads:
            continue
        winner = field_heads[0] if len(field_heads) == 1 else max(field_heads, key=_order)
        values = winner.row or {
            "entity": key[0],
            "row_id": key[1],
            "field": key[2],
            "device_id": winner.device_id,
            "incarnation": winner.incarnation,
            "seq": winner.seq,
            "hlc": winner.hlc,
            "candidate_id": winner.candidate_id,
            "value": winner.value,
        }
        (changed_regs if key in registers else fresh_regs).append(values)
        winners.append(winner)
        old = conflicts.get(key, set())
        if len(field_heads) == 1 and not old:
            continue  # one device wrote this field: no conflict to keep or to drop
        wanted: dict[str, Any] = {}
        by_central = winner.device_id == identity  # an admin's choice saw every older value
        for head in field_heads:
            if by_central and _order(head) < _order(winner):
                continue
            if head.device_id != winner.device_id and head.value != winner.value:
                ident = hashlib.sha256(
                    "|".join([*key, _op_id(winner), _op_id(head)]).encode()
                ).hexdigest()
                wanted[ident] = head
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
    if fresh_regs:
        insert_rows(session, FieldRegisterRow, fresh_regs)
    if changed_regs:
        session.execute(update(FieldRegisterRow), changed_regs)
    for ids in _in_chunks(stale):
        session.execute(delete(SyncConflictRow).where(SyncConflictRow.id.in_(ids)))
    if fresh_conflicts:
        insert_rows(session, SyncConflictRow, fresh_conflicts)
    return winners
