"""Withdrawal of a consent (C16), erasure of a person (C17) and anonymisation, on a laptop or at
the central store.

On a laptop each one is a save: its rows change in one transaction with the sync ops that carry it
to central and an audit event (ids and codes only). An erasure also strips the values of the
person's earlier ops from the outbox, leaves a tombstone op (the id, nothing else), removes the
search-index entry and any draft, and compacts the store so no deleted word survives in it. At
central the same operations are central ops through the merge function, so a late bundle never
brings an erased person back.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import TYPE_CHECKING, Any

from desktop.domain import privacy_messages  # noqa: F401  (registers the message texts)
from desktop.domain.candidate import Candidate
from desktop.services.actor import Actor
from desktop.services.audit import record
from desktop.services.context import ServiceContext
from desktop.services.drafts import DraftStore
from desktop.storage import erasure_store, privacy_store
from desktop.storage.candidate_store import ADDRESS_FIELDS, load_candidate, upsert_candidate
from desktop.storage.search_index import index_candidate, search_text_for
from desktop.sync.outbox import delete_candidate_ops
from desktop.sync.redact import redact_candidate_ops

if TYPE_CHECKING:
    from sqlalchemy.orm import Session

ERASED_MARKER = "—"

IDENTIFYING_FIELDS = (
    "given_names",
    "family_name",
    "preferred_name",
    "name_original_script",
    "date_of_birth",
    "email",
    "phone",
    "notes",
)
IDENTIFYING_ADDRESS = ("street", "unit", "city", "postal_code")


class PrivacyError(Exception):
    """A privacy operation that cannot be done; `code` is translated for the user."""

    def __init__(self, code: str, **params: object) -> None:
        super().__init__(code)
        self.code = code
        self.params = params


def _now() -> datetime:
    return datetime.now(UTC)


def _save_in(session: Session, ctx: ServiceContext, actor: Actor | None, c: Candidate) -> bool:
    """Store an edited candidate in the caller's transaction, with its ops (no validation: the
    edit only removes or dates what was there)."""
    row, changeset = upsert_candidate(
        session, c, actor_id=actor.staff_id if actor else None, now=_now()
    )
    index_candidate(session, row, search_text_for(c))
    for hook in ctx.save_hooks:
        hook(session, changeset, actor)
    return changeset.changed


def withdraw_consent(
    ctx: ServiceContext,
    actor: Actor,
    candidate_id: str,
    purpose: str,
    when: datetime | None = None,
) -> datetime:
    """Withdraw one purpose from now on (dated); the person then leaves what needs it."""
    actor.require("consent.withdraw")
    at = when or _now()
    with ctx.store.unit_of_work() as session:
        c = load_candidate(session, candidate_id)
        if c is None:
            raise PrivacyError("erasure.not_found", id=candidate_id)
        consent = next(
            (k for k in c.consents if k.purpose == purpose and k.granted and not k.withdrawn_at),
            None,
        )
        if consent is None:
            raise PrivacyError("withdrawal.not_granted")
        if erasure_store.is_central(session):
            from desktop.central import privacy_ops  # central only (not at sign-in)

            privacy_ops.set_fields(
                session, candidate_id, [("consent", consent.id, "withdrawn_at", at)]
            )
        else:
            consent.withdrawn_at = at
            _save_in(session, ctx, actor, c)
        record(
            session, ctx, actor, "consent.withdraw", "candidate", [candidate_id], purpose=purpose
        )
    ctx.changes.emit_candidates(candidate_id)
    return at


@dataclass(frozen=True)
class ErasureResult:
    candidate_id: str
    erased_ids: list[str]
    redacted_ops: int


def _erase_in(
    session: Session, ctx: ServiceContext, actor: Actor | None, candidate_id: str, reason: str
) -> ErasureResult:
    redacted = 0
    if erasure_store.is_central(session):
        if erasure_store.live_candidate_ids(session, [candidate_id]) == set():
            raise PrivacyError("erasure.not_found", id=candidate_id)
        from desktop.central import privacy_ops  # central only (not at sign-in)

        ids = privacy_ops.erase_candidate(session, candidate_id)
    else:
        if not erasure_store.remove_candidate(session, candidate_id):
            raise PrivacyError("erasure.not_found", id=candidate_id)
        redacted = redact_candidate_ops(session, candidate_id)
        delete_candidate_ops(session, candidate_id, actor.staff_id if actor else None)
        ids = [candidate_id]
    for erased in ids:
        privacy_store.forget_requesters(session, erased, ERASED_MARKER)
        privacy_store.drop_affected_id(session, erased)
        erasure_store.record_erasure(session, erased, reason)
    record(session, ctx, actor, "candidate.erase", "candidate", ids, reason=reason)
    return ErasureResult(candidate_id, ids, redacted)


def erase_candidate(
    ctx: ServiceContext,
    actor: Actor,
    candidate_id: str,
    *,
    drafts: DraftStore | None = None,
    reason: str = "request",
) -> ErasureResult:
    """Erase a person everywhere this store holds them; the erasure travels to central."""
    actor.require("candidate.erase")
    with ctx.store.unit_of_work() as session:
        result = _erase_in(session, ctx, actor, candidate_id, reason)
    finish_erasure(ctx, result.erased_ids, drafts)
    return result


def finish_erasure(ctx: ServiceContext, ids: Iterable[str], drafts: DraftStore | None) -> None:
    """After the transaction: drafts, index segments and the write-ahead log; then the views."""
    ids = list(ids)
    if drafts is not None:
        for info in drafts.list():
            if info.draft_id in ids or info.payload.get("id") in ids:
                drafts.discard(info.draft_id)
    erasure_store.compact(ctx.store.engine)
    if ids:
        ctx.changes.emit_candidates(*ids)


def anonymise_in(
    session: Session, ctx: ServiceContext, actor: Actor | None, candidate_id: str
) -> bool:
    """Remove the direct identifiers of a candidate (names, birth date, contact, address, notes,
    employers), keeping what programme statistics need; returns False if unknown."""
    c = load_candidate(session, candidate_id)
    if c is None:
        return False
    if erasure_store.is_central(session):
        values: list[tuple[str, str, str, Any]] = [
            ("candidate", c.id, f, None) for f in (*IDENTIFYING_FIELDS, *IDENTIFYING_ADDRESS)
        ]
        values += [("experience", e.id, "employer_name", None) for e in c.experiences]
        from desktop.central import privacy_ops  # central only (not at sign-in)

        privacy_ops.set_fields(session, candidate_id, values)
        return True
    for name in IDENTIFYING_FIELDS:
        setattr(c, name, None)
    for name in IDENTIFYING_ADDRESS:
        if name in ADDRESS_FIELDS:
            setattr(c.address, name, None)
    for experience in c.experiences:
        experience.employer_name = None
    _save_in(session, ctx, actor, c)
    return True


def was_erased(ctx: ServiceContext, candidate_id: str) -> bool:
    """True if this id was erased here (an import must not bring the person back)."""
    with ctx.store.read() as session:
        return erasure_store.was_erased(session, candidate_id)
