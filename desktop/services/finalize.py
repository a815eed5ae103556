"""Finalise a draft into a saved candidate: never both, never neither (sync-security R11).

The draft is written to disk before the save, the save is one transaction, and the draft is
discarded after the commit. A crash between the commit and the discard leaves both for a moment;
`reconcile_drafts`, run before drafts are offered at start, removes every draft whose candidate
was saved after the draft was written, so what staff see is the record or the draft, never both.
A failed save keeps the draft and raises `SaveFailed` with the reason (full disk, I/O error).
"""

from __future__ import annotations

from datetime import date
from typing import Any

from desktop.domain.candidate import Candidate
from desktop.domain.durability_messages import MESSAGES
from desktop.domain.messages import register
from desktop.services.actor import Actor
from desktop.services.candidates import SaveResult, save_candidate
from desktop.services.context import ServiceContext
from desktop.services.drafts import DraftInfo, DraftStore
from desktop.storage import queries
from desktop.storage.engine import StoreError
from desktop.storage.write_errors import write_error_code

register(MESSAGES)


class SaveFailed(StoreError):
    """A save the disk refused (`store.disk_full`, `store.write_failed`, `store.busy`)."""


def finalize_draft(
    ctx: ServiceContext,
    actor: Actor,
    drafts: DraftStore,
    candidate: Candidate,
    payload: dict[str, Any],
    *,
    intake: bool = True,
    today: date | None = None,
) -> SaveResult:
    """Write the draft, save the candidate, then discard the draft (kept if the save failed)."""
    try:
        drafts.save(candidate.id, payload)
        result = save_candidate(ctx, actor, candidate, intake=intake, today=today)
    except Exception as exc:
        code = write_error_code(exc)
        if code is None:
            raise
        raise SaveFailed(code) from exc
    if result.saved:
        drafts.discard(candidate.id)
    return result


def reconcile_drafts(ctx: ServiceContext, drafts: DraftStore) -> list[DraftInfo]:
    """Drop drafts already saved (a crash after the commit); return the drafts still open."""
    left: list[DraftInfo] = []
    for draft in drafts.list():
        with ctx.store.read() as session:
            row = queries.candidate_row(session, draft.draft_id)
            saved_after = row is not None and row.updated_at >= draft.saved_at
        if saved_after:
            drafts.discard(draft.draft_id)
        else:
            left.append(draft)
    return left
