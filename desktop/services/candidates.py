"""Use cases on candidates: save (an upsert on the UUID), load, list, search, duplicates, decide.

Each call is one unit of work. Saving normalises and validates first; an eligibility result never
blocks a save (domain.md §b: the app suggests, staff decides).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import UTC, date, datetime
from typing import TYPE_CHECKING

from desktop.domain.candidate import Candidate, Eligibility, new_id
from desktop.domain.eligibility import assess
from desktop.domain.enums import Decision
from desktop.domain.issues import Issue, errors
from desktop.domain.names import email_key, name_key
from desktop.domain.validation import normalize, validate, validate_for_intake
from desktop.services.actor import Actor
from desktop.services.audit import record
from desktop.services.context import ServiceContext
from desktop.storage import queries
from desktop.storage.candidate_store import (
    eligibility_from_row,
    load_candidate,
    new_assessment_row,
    upsert_candidate,
)
from desktop.storage.search_index import index_candidate, search_text_for

if TYPE_CHECKING:
    from sqlalchemy.orm import Session


@dataclass
class SaveResult:
    candidate_id: str
    saved: bool
    issues: list[Issue] = field(default_factory=list)
    created: bool = False
    changed: bool = False
    eligibility: Eligibility | None = None


def _utcnow() -> datetime:
    return datetime.now(UTC)


def _adopt_ids(session: Session, c: Candidate) -> None:
    """Give rows that came without an id the id of the stored row they stand for."""
    if not c.id:
        key = name_key(c.given_names, c.family_name)
        mail = email_key(c.email) if c.email else None
        c.id = queries.find_same_person(session, key, mail, c.phone) or new_id()
    stored = queries.candidate_row(session, c.id)
    by_purpose = {k.purpose: k for k in stored.consents} if stored else {}
    for consent in c.consents:
        if not consent.id:
            old = by_purpose.get(consent.purpose)
            consent.id = old.id if old else new_id()
        old = by_purpose.get(consent.purpose)
        if consent.granted and consent.granted_at is None:
            keep = old is not None and old.granted and old.granted_at is not None
            consent.granted_at = old.granted_at if keep and old else _utcnow()
    for attr in ("diplomas", "regulations", "experiences", "target_occupations", "language_levels"):
        stored_rows = list(getattr(stored, attr)) if stored else []
        for position, item in enumerate(getattr(c, attr)):
            if not item.id:
                item.id = stored_rows[position].id if position < len(stored_rows) else new_id()


def save_candidate(
    ctx: ServiceContext,
    actor: Actor,
    candidate: Candidate,
    *,
    intake: bool = False,
    today: date | None = None,
) -> SaveResult:
    """Validate and store the candidate in one transaction; nothing is written if it has errors.

    `intake=True` adds the booth's checks (the `intake` consent is required).
    """
    actor.require("candidate.update")
    issues = normalize(candidate)
    issues += validate_for_intake(candidate) if intake else validate(candidate, today)
    if errors(issues):
        return SaveResult(candidate.id, saved=False, issues=issues)
    now = _utcnow()
    with ctx.store.unit_of_work() as session:
        _adopt_ids(session, candidate)
        row, changeset = upsert_candidate(session, candidate, actor_id=actor.staff_id, now=now)
        row.name_key = name_key(candidate.given_names, candidate.family_name) or None
        row.email_key = email_key(candidate.email) if candidate.email else None
        index_candidate(session, row, search_text_for(candidate))
        eligibility = _store_assessment(session, candidate, today or date.today(), now)
        for hook in ctx.save_hooks:
            hook(session, changeset, actor)
    if changeset.changed:
        ctx.changes.emit_candidates(candidate.id)
    return SaveResult(
        candidate.id,
        saved=True,
        issues=issues,
        created=changeset.created,
        changed=changeset.changed,
        eligibility=eligibility,
    )


def _store_assessment(session: Session, c: Candidate, today: date, now: datetime) -> Eligibility:
    result = assess(c, today)
    reasons = result.stored_reasons()
    row = queries.assessment_row(session, c.id) or new_assessment_row(session, c.id, new_id(), now)
    if (row.suggested, row.reasons, row.rule_set_version) != (
        result.suggested,
        reasons,
        result.rule_set_version,
    ):
        row.suggested = result.suggested
        row.reasons = reasons
        row.rule_set_version = result.rule_set_version
        row.updated_at = now
    result.decision, result.decided_by, result.decided_at = (
        row.decision,
        row.decided_by,
        row.decided_at,
    )
    result.comment = row.comment
    return result


def get_candidate(ctx: ServiceContext, actor: Actor, candidate_id: str) -> Candidate | None:
    actor.require("candidate.read")
    with ctx.store.read() as session:
        return load_candidate(session, candidate_id)


def resolve_id(ctx: ServiceContext, actor: Actor, prefix: str) -> str | None:
    """A full candidate id from an id or a unique prefix of at least 8 characters (CLI comfort)."""
    actor.require("candidate.read")
    with ctx.store.read() as session:
        if queries.candidate_row(session, prefix) is not None:
            return prefix
        if len(prefix) < 8:
            return None
        ids = queries.ids_with_prefix(session, prefix)
        return ids[0] if len(ids) == 1 else None


def record_decision(
    ctx: ServiceContext,
    actor: Actor,
    candidate_id: str,
    decision: str | None,
    comment: str | None = None,
) -> Eligibility:
    """A staff member admits or refuses (or clears the decision); who and when are recorded."""
    actor.require("candidate.decide")
    if decision is not None:
        Decision(decision)  # raises ValueError for an unknown code
    now = _utcnow()
    with ctx.store.unit_of_work() as session:
        candidate = load_candidate(session, candidate_id)
        if candidate is None:
            raise LookupError(candidate_id)
        if queries.assessment_row(session, candidate_id) is None:
            _store_assessment(session, candidate, date.today(), now)
        row = queries.assessment_row(session, candidate_id)
        assert row is not None
        row.decision = decision
        row.decided_by = actor.staff_id or actor.username if decision else None
        row.decided_at = now if decision else None
        row.comment = comment
        row.updated_at = now
        result = eligibility_from_row(row)
        for hook in ctx.decision_hooks:
            hook(session, candidate_id, result, actor)
        record(
            session, ctx, actor, "candidate.decide", "candidate", [candidate_id], decision=decision
        )
    ctx.changes.emit_candidates(candidate_id)
    return result


def count_candidates(ctx: ServiceContext) -> int:
    with ctx.store.read() as session:
        return queries.count_live(session)
