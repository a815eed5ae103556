"""Rebuild candidate rows at central from the field registers, so lists, search and dossiers work.

A candidate is rebuilt as a whole from its registers (and those of the records merged into it
through aliases), so its rows depend only on the registers, never on the order ops arrived in.
Timestamps come from the clocks of its ops. Merged-away and tombstoned candidates have no row.
"""

from __future__ import annotations

from collections.abc import Iterable
from datetime import UTC, datetime
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from desktop.central.candidate_writer import Rebuilt, write_candidates
from desktop.central.merge import ALIAS, CANDIDATE, UNSET, erased_ids, tombstone_key
from desktop.domain.candidate import Candidate, EventRef
from desktop.storage.candidate_store import (
    ADDRESS_FIELDS,
    CANDIDATE_FIELDS,
    CHILD_TABLES,
    IMMIGRATION_FIELDS,
)
from desktop.storage.id_lists import id_clauses
from desktop.storage.models import CandidateRow, FieldHeadRow
from desktop.storage.search_index import unindex_candidate
from desktop.sync import hlc
from desktop.sync.canonical import loads, parse_instant
from desktop.sync.outbox import DECISION, DECISION_FIELD, EVENT_FIELD

INSTANTS = {("consent", "granted_at"), ("consent", "withdrawn_at")}
_MAX_ALIAS_DEPTH = 32


def alias_map(session: Session) -> dict[str, str]:
    """loser id → survivor id, for every live alias register."""
    found: dict[str, str] = {}
    stmt = select(FieldHeadRow.row_id, FieldHeadRow.value).where(
        FieldHeadRow.entity == ALIAS, FieldHeadRow.wins
    )
    for loser, value in session.execute(stmt):
        survivor = loads(value)
        if isinstance(survivor, str) and survivor != loser:
            found[loser] = survivor
    return found


def resolve(aliases: dict[str, str], candidate_id: str) -> str:
    """The survivor a candidate id stands for now (cycles resolve to their smallest id)."""
    seen = [candidate_id]
    current = candidate_id
    for _ in range(_MAX_ALIAS_DEPTH):
        nxt = aliases.get(current)
        if nxt is None:
            return current
        if nxt in seen:
            return min(seen[seen.index(nxt) :])
        seen.append(nxt)
        current = nxt
    return current


def _to_dt(value: int) -> datetime:
    return datetime.fromtimestamp(hlc.to_ms(value) / 1000, UTC)


def _decode(entity: str, name: str, reg: Any) -> Any:
    value = getattr(reg, "decoded", UNSET)  # a register just written knows its value
    if value is UNSET:
        value = loads(reg.value)
    if (entity, name) in INSTANTS:
        return parse_instant(value)
    return value


def _winners(regs: list[Any]) -> dict[str, Any]:
    best: dict[str, Any] = {}
    for reg in regs:
        old = best.get(reg.field)
        if old is None or (reg.hlc, reg.device_id, reg.incarnation, reg.seq) > (
            old.hlc,
            old.device_id,
            old.incarnation,
            old.seq,
        ):
            best[reg.field] = reg
    return best


def _build(root: str, regs: list[Any]) -> Candidate | None:
    by_entity: dict[tuple[str, str], list[Any]] = {}
    for reg in regs:
        if reg.entity != ALIAS:
            by_entity.setdefault((reg.entity, reg.row_id), []).append(reg)
    top = [r for (entity, _row), rs in by_entity.items() if entity == CANDIDATE for r in rs]
    if not top:
        return None
    c = Candidate(id=root)
    for name, reg in _winners(top).items():
        value = _decode(CANDIDATE, name, reg)
        if name == EVENT_FIELD:
            c.event = EventRef(code=value["code"], name=value.get("name")) if value else None
        elif name in ADDRESS_FIELDS:
            setattr(c.address, name, value)
        elif name in CANDIDATE_FIELDS and name != "event_id":
            setattr(c, name, value if value is not None or name not in _LISTS else [])
    immigration = [
        r for (entity, _row), rs in by_entity.items() if entity == "immigration" for r in rs
    ]
    for name, reg in _winners(immigration).items():
        if name in IMMIGRATION_FIELDS:
            setattr(c, name, _decode("immigration", name, reg))
    for entity, attr, _row_cls, dom_cls, fields in CHILD_TABLES:
        items: list[tuple[Any, str, Any]] = []
        for (ent, row_id), rs in by_entity.items():
            if ent != entity:
                continue
            values = {n: _decode(entity, n, r) for n, r in _winners(rs).items()}
            kwargs = {n: v for n, v in values.items() if n in fields and v is not None}
            sort = values.get("purpose") if entity == "consent" else values.get("position", 0)
            items.append((sort if sort is not None else 0, row_id, dom_cls(id=row_id, **kwargs)))
        items.sort(key=lambda t: (str(t[0]) if entity == "consent" else t[0], t[1]))
        setattr(c, attr, [item for _s, _r, item in items])
    return c


_LISTS = {"languages_spoken", "citizenships", "driving_licences"}


def _remove(session: Session, candidate_id: str) -> None:
    row = session.get(CandidateRow, candidate_id)
    if row is not None:
        unindex_candidate(session, candidate_id)
        session.delete(row)
        session.flush()


def _decision(regs: list[Any]) -> dict[str, Any] | None:
    """The latest staff decision among a cluster's decision registers (last writer wins)."""
    found = [r for r in regs if r.entity == DECISION and r.field == DECISION_FIELD]
    if not found:
        return None
    latest = max(found, key=lambda r: (r.hlc, r.device_id, r.incarnation, r.seq))
    value = loads(latest.value)
    return value if isinstance(value, dict) else None


def _registers(session: Session, ids: set[str]) -> dict[str, list[Any]]:
    """Registers (winning heads, plain rows) of these candidate ids, by candidate id."""
    found: dict[str, list[Any]] = {}
    table = FieldHeadRow.__table__
    for where in id_clauses(session, table.c.candidate_id, ids):
        stmt = select(table).where(where, table.c.wins)
        for reg in session.execute(stmt):
            found.setdefault(reg.candidate_id, []).append(reg)
    return found


def materialise(
    session: Session,
    roots: Iterable[str],
    aliases: dict[str, str],
    known: dict[str, list[Any]] | None = None,
) -> tuple[int, int]:
    """Rebuild these survivors (and drop rows of merged-away ids); returns (added, updated).

    `known`: candidates whose every register the caller has in hand (not read again)."""
    known = known or {}
    key = tombstone_key(session)
    members: dict[str, set[str]] = {}
    for loser in aliases:
        members.setdefault(resolve(aliases, loser), set()).add(loser)
    survivors: list[str] = []
    for root in sorted(set(roots)):
        if resolve(aliases, root) != root:
            _remove(session, root)
            continue
        for other in members.get(root, set()) - {root}:
            _remove(session, other)
        survivors.append(root)
    dead = erased_ids(session, key, survivors)
    clusters = {root: {root} | members.get(root, set()) for root in survivors if root not in dead}
    wanted = set().union(*clusters.values()) if clusters else set()
    regs_of = {c: known[c] for c in wanted if c in known and clusters.get(c) == {c}}
    regs_of.update(_registers(session, wanted - set(regs_of)))
    rebuilt: list[Rebuilt] = []
    for root in survivors:
        regs = [r for member in sorted(clusters.get(root, ())) for r in regs_of.get(member, [])]
        c = None if root in dead else _build(root, regs)
        if c is None:
            _remove(session, root)
            continue
        created = _to_dt(min(r.hlc for r in regs))
        changed = _to_dt(max(r.hlc for r in regs))
        rebuilt.append(Rebuilt(c, created, changed, _decision(regs)))
    session.flush()
    added, updated = write_candidates(session, rebuilt)
    session.expire_all()  # ORM objects loaded before the bulk writes are stale now
    return added, updated
