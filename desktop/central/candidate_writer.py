"""Write rebuilt candidates at central in bulk: a few statements per chunk, not an ORM unit each.

`materialise` rebuilds candidates from their registers; this module stores them. Candidate rows
are inserted or updated by primary key (coordinators' records that point at a candidate stay),
the immigration profile, child rows and search index entries are replaced, and the eligibility
assessment is recomputed (a synced staff decision wins; without one, a decision taken at central
stays). Everything is keyed by the candidate id, so the result depends only on the candidates
given, never on what was stored before.
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from datetime import date, datetime
from typing import Any

from sqlalchemy import delete, select, text, update
from sqlalchemy.orm import Session

from desktop.domain.candidate import Candidate
from desktop.domain.eligibility import assess
from desktop.domain.enums import Decision
from desktop.domain.names import email_key, name_key
from desktop.storage.bulk_insert import insert_rows, insert_rows_or_replace
from desktop.storage.candidate_store import (
    CHILD_TABLES,
    candidate_values,
    event_id_for,
    immigration_values,
)
from desktop.storage.id_lists import id_clauses
from desktop.storage.models import CandidateRow, EligibilityRow, ImmigrationProfileRow
from desktop.storage.search_index import id_match, search_text_for
from desktop.sync.canonical import parse_instant

_ASSESSMENT_NS = uuid.UUID("6f1b7a52-3c1e-4d8e-9a51-2f0c8f6d3b10")
_DECISIONS = {d.value for d in Decision}


@dataclass
class Rebuilt:
    """One candidate as its registers say, with the instants of its first and latest ops."""

    candidate: Candidate
    created: datetime
    changed: datetime
    decision: dict[str, Any] | None


def write_candidates(session: Session, items: list[Rebuilt]) -> tuple[int, int]:
    """Store these candidates (replacing what central held for them); returns (added, updated)."""
    if not items:
        return 0, 0
    ids = [item.candidate.id for item in items]
    held: dict[str, str | None] = {}
    immigration_held: set[str] = set()
    for where in id_clauses(session, CandidateRow.id, ids):
        stmt = select(CandidateRow.id, CandidateRow.search_text).where(where)
        held.update({str(i): t for i, t in session.execute(stmt)})
    for where in id_clauses(session, ImmigrationProfileRow.candidate_id, ids):
        owners = select(ImmigrationProfileRow.candidate_id).where(where)
        immigration_held.update(session.scalars(owners))
    events: dict[tuple[str, str | None], str | None] = {}
    fresh: list[dict[str, Any]] = []
    changed: list[dict[str, Any]] = []
    for item in items:
        values = _candidate_values(session, item, events)
        (changed if item.candidate.id in held else fresh).append(values)
    if fresh:
        insert_rows(session, CandidateRow, fresh)
    if changed:
        session.execute(update(CandidateRow), changed)
    _replace_immigration(session, items, ids, immigration_held)
    _replace_children(session, items, [i for i in ids if i in held])
    _index(session, items, held)
    _assess(session, items, ids)
    return len(fresh), len(changed)


def _candidate_values(
    session: Session, item: Rebuilt, events: dict[tuple[str, str | None], str | None]
) -> dict[str, Any]:
    c = item.candidate
    event_id = None
    if c.event is not None and c.event.code:
        key = (c.event.code, c.event.name)
        if key not in events:
            events[key] = event_id_for(session, c.event)
        event_id = events[key]
    values = candidate_values(c)
    for name in ("languages_spoken", "citizenships", "driving_licences"):
        values[name] = list(values[name] or [])
    values.update(
        id=c.id,
        event_id=event_id,
        name_key=name_key(c.given_names, c.family_name) or None,
        email_key=email_key(c.email) if c.email else None,
        search_text=search_text_for(c),
        created_at=item.created,
        updated_at=item.changed,
        created_by=None,
        updated_by=None,
    )
    return values


def _replace_immigration(
    session: Session, items: list[Rebuilt], ids: list[str], held: set[str]
) -> None:
    rows = []
    for item in items:
        c = item.candidate
        values = immigration_values(c)
        if c.id in held or any(v is not None for v in values.values()):
            rows.append(
                {
                    "candidate_id": c.id,
                    **values,
                    "created_at": item.created,
                    "updated_at": item.changed,
                }
            )
    for where in id_clauses(session, ImmigrationProfileRow.candidate_id, held):
        session.execute(delete(ImmigrationProfileRow).where(where))
    if rows:
        insert_rows(session, ImmigrationProfileRow, rows)


def _replace_children(session: Session, items: list[Rebuilt], held: list[str]) -> None:
    """Child rows are replaced whole; a row that moved here from another candidate leaves it.

    `held`: the candidates central already had (a new candidate has no child rows yet)."""
    for entity, attr, row_cls, _dom_cls, fields in CHILD_TABLES:
        rows: list[dict[str, Any]] = []
        for item in items:
            c = item.candidate
            for position, child in enumerate(getattr(c, attr)):
                values = {f: getattr(child, f) for f in fields}
                values.update(
                    id=child.id,
                    candidate_id=c.id,
                    created_at=item.created,
                    updated_at=item.changed,
                )
                if entity != "consent":
                    values["position"] = position
                rows.append(values)
        for where in id_clauses(session, row_cls.candidate_id, held):
            session.execute(delete(row_cls).where(where))
        insert_rows_or_replace(session, row_cls, rows)  # a row another candidate held moves


def _index(session: Session, items: list[Rebuilt], held: dict[str, str | None]) -> None:
    """SQLite's full-text index (PostgreSQL searches `search_text` itself)."""
    if session.get_bind().dialect.name != "sqlite":
        return
    stale = []
    entries = []
    for item in items:
        c = item.candidate
        body = search_text_for(c)
        if c.id in held and held[c.id] == body:
            continue  # unchanged: the index already holds this text
        if c.id in held:
            stale.append({"q": id_match(c.id)})
        entries.append({"id": c.id, "body": body})
    if stale:
        session.execute(text("DELETE FROM candidate_fts WHERE candidate_fts MATCH :q"), stale)
    if entries:
        session.execute(
            text("INSERT INTO candidate_fts (candidate_id, body) VALUES (:id, :body)"), entries
        )


def _assess(session: Session, items: list[Rebuilt], ids: list[str]) -> None:
    held: dict[str, str] = {}
    for where in id_clauses(session, EligibilityRow.candidate_id, ids):
        stmt = select(EligibilityRow.candidate_id, EligibilityRow.id).where(where)
        held.update({str(c): str(i) for c, i in session.execute(stmt)})
    fresh: list[dict[str, Any]] = []
    changed: list[dict[str, Any]] = []
    today = date.today()
    for item in items:
        c = item.candidate
        result = assess(c, today)
        values: dict[str, Any] = {
            "suggested": result.suggested,
            "reasons": result.stored_reasons(),
            "rule_set_version": result.rule_set_version,
            "updated_at": item.changed,
        }
        decision = item.decision
        if decision is not None:  # without a synced decision, one taken at central stays
            code = decision.get("decision")
            chosen = code if code in _DECISIONS else None
            values.update(
                decision=chosen,
                decided_by=_text(decision.get("decided_by")) if chosen else None,
                decided_at=_instant(decision.get("decided_at")) if chosen else None,
                comment=_text(decision.get("comment")),
            )
        if c.id in held:
            changed.append({"id": held[c.id], **values})
        else:
            values.setdefault("decision", None)
            values.setdefault("decided_by", None)
            values.setdefault("decided_at", None)
            values.setdefault("comment", None)
            fresh.append(
                {
                    "id": str(uuid.uuid5(_ASSESSMENT_NS, c.id)),
                    "candidate_id": c.id,
                    "created_at": item.changed,
                    **values,
                }
            )
    if fresh:
        insert_rows(session, EligibilityRow, fresh)
    if changed:
        session.execute(update(EligibilityRow), changed)


def _text(value: object) -> str | None:
    return value if isinstance(value, str) else None


def _instant(value: object) -> datetime | None:
    try:
        return parse_instant(value)
    except ValueError:
        return None
