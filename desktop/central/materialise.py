"""Rebuild candidate rows at central from the field registers, so lists, search and dossiers work.

A candidate is rebuilt as a whole from its registers (and those of the records merged into it
through aliases), so its rows depend only on the registers, never on the order ops arrived in.
Timestamps come from the clocks of its ops. Merged-away and tombstoned candidates have no row.
"""

from __future__ import annotations

import uuid
from collections.abc import Iterable
from datetime import UTC, date, datetime
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from desktop.central.merge import ALIAS, CANDIDATE, is_tombstoned, tombstone_key
from desktop.domain.candidate import Candidate, EventRef
from desktop.domain.eligibility import assess
from desktop.domain.enums import Decision
from desktop.domain.names import email_key, name_key
from desktop.storage.candidate_store import (
    ADDRESS_FIELDS,
    CANDIDATE_FIELDS,
    CHILD_TABLES,
    IMMIGRATION_FIELDS,
    new_assessment_row,
    upsert_candidate,
)
from desktop.storage.models import CandidateRow, EligibilityRow, FieldRegisterRow
from desktop.storage.search_index import index_candidate, search_text_for, unindex_candidate
from desktop.sync import hlc
from desktop.sync.canonical import loads, parse_instant
from desktop.sync.outbox import DECISION, DECISION_FIELD, EVENT_FIELD

INSTANTS = {("consent", "granted_at"), ("consent", "withdrawn_at")}
_ASSESSMENT_NS = uuid.UUID("6f1b7a52-3c1e-4d8e-9a51-2f0c8f6d3b10")
_MAX_ALIAS_DEPTH = 32


def alias_map(session: Session) -> dict[str, str]:
    """loser id → survivor id, for every live alias register."""
    found: dict[str, str] = {}
    stmt = select(FieldRegisterRow.row_id, FieldRegisterRow.value).where(
        FieldRegisterRow.entity == ALIAS
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


def _decode(entity: str, name: str, raw: str) -> Any:
    value = loads(raw)
    if (entity, name) in INSTANTS:
        return parse_instant(value)
    return value


def _winners(regs: list[FieldRegisterRow]) -> dict[str, FieldRegisterRow]:
    best: dict[str, FieldRegisterRow] = {}
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


def _build(root: str, regs: list[FieldRegisterRow]) -> Candidate | None:
    by_entity: dict[tuple[str, str], list[FieldRegisterRow]] = {}
    for reg in regs:
        if reg.entity != ALIAS:
            by_entity.setdefault((reg.entity, reg.row_id), []).append(reg)
    top = [r for (entity, _row), rs in by_entity.items() if entity == CANDIDATE for r in rs]
    if not top:
        return None
    c = Candidate(id=root)
    for name, reg in _winners(top).items():
        value = _decode(CANDIDATE, name, reg.value)
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
            setattr(c, name, _decode("immigration", name, reg.value))
    for entity, attr, _row_cls, dom_cls, fields in CHILD_TABLES:
        items: list[tuple[Any, str, Any]] = []
        for (ent, row_id), rs in by_entity.items():
            if ent != entity:
                continue
            values = {n: _decode(entity, n, r.value) for n, r in _winners(rs).items()}
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


def _release_children(session: Session, c: Candidate) -> None:
    """Child rows that now belong to `c` (after a merge or an unmerge) leave their old owner."""
    for _entity, attr, row_cls, _dom_cls, _fields in CHILD_TABLES:
        ids = [item.id for item in getattr(c, attr)]
        if not ids:
            continue
        stmt = select(row_cls).where(row_cls.id.in_(ids), row_cls.candidate_id != c.id)
        for child in list(session.scalars(stmt)):
            owner = session.get(CandidateRow, child.candidate_id)
            session.delete(child)
            session.flush()
            if owner is not None:
                session.expire(owner, [attr])


def _decision(regs: list[FieldRegisterRow]) -> dict[str, Any] | None:
    """The latest staff decision among a cluster's decision registers (last writer wins)."""
    found = [r for r in regs if r.entity == DECISION and r.field == DECISION_FIELD]
    if not found:
        return None
    latest = max(found, key=lambda r: (r.hlc, r.device_id, r.incarnation, r.seq))
    value = loads(latest.value)
    return value if isinstance(value, dict) else None


def _store_assessment(
    session: Session, c: Candidate, now: datetime, decision: dict[str, Any] | None
) -> None:
    result = assess(c, date.today())
    reasons = {
        "items": [
            {"rule": r.rule, "result": r.result, "code": r.code, "params": r.params}
            for r in result.reasons
        ]
    }
    row = session.scalar(select(EligibilityRow).where(EligibilityRow.candidate_id == c.id))
    if row is None:
        row = new_assessment_row(session, c.id, str(uuid.uuid5(_ASSESSMENT_NS, c.id)), now)
    row.suggested, row.reasons, row.rule_set_version = (
        result.suggested,
        reasons,
        result.rule_set_version,
    )
    row.updated_at = now
    if decision is not None:  # without a synced decision, one taken at central stays
        code = decision.get("decision")
        row.decision = code if code in _DECISIONS else None
        row.decided_by = _text(decision.get("decided_by")) if row.decision else None
        row.decided_at = _instant(decision.get("decided_at")) if row.decision else None
        row.comment = _text(decision.get("comment"))


_DECISIONS = {d.value for d in Decision}


def _text(value: object) -> str | None:
    return value if isinstance(value, str) else None


def _instant(value: object) -> datetime | None:
    try:
        return parse_instant(value)
    except ValueError:
        return None


def materialise(session: Session, roots: Iterable[str], aliases: dict[str, str]) -> tuple[int, int]:
    """Rebuild these survivors (and drop rows of merged-away ids); returns (added, updated)."""
    added = updated = 0
    key = tombstone_key(session)
    members: dict[str, set[str]] = {}
    for loser in aliases:
        members.setdefault(resolve(aliases, loser), set()).add(loser)
    for root in sorted(set(roots)):
        if resolve(aliases, root) != root:
            _remove(session, root)
            continue
        cluster = {root} | members.get(root, set())
        for other in cluster - {root}:
            _remove(session, other)
        dead = is_tombstoned(session, key, CANDIDATE, root)
        regs = list(
            session.scalars(
                select(FieldRegisterRow).where(FieldRegisterRow.candidate_id.in_(sorted(cluster)))
            )
        )
        c = None if dead else _build(root, regs)
        if c is None:
            _remove(session, root)
            continue
        created = _to_dt(min(r.hlc for r in regs))
        changed = _to_dt(max(r.hlc for r in regs))
        existed = session.get(CandidateRow, root) is not None
        _release_children(session, c)
        row, _changes = upsert_candidate(session, c, actor_id=None, now=created)
        if c.event is None:
            row.event_id = None
        row.created_at, row.updated_at = created, changed
        row.name_key = name_key(c.given_names, c.family_name) or None
        row.email_key = email_key(c.email) if c.email else None
        index_candidate(session, row, search_text_for(c))
        _store_assessment(session, c, changed, _decision(regs))
        if existed:
            updated += 1
        else:
            added += 1
    session.flush()
    return added, updated
