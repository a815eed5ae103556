"""Candidate lists for screens and the CLI: ids first, then light summaries for the visible rows.

A list of 100 000 candidates holds only ids; rows are fetched a page at a time (DESIGN.md §2).
"""

from __future__ import annotations

from desktop.services.actor import Actor
from desktop.services.context import ServiceContext
from desktop.storage.queries import SummaryRow, keep_in_event, live_ids, summary_rows
from desktop.storage.search_index import search_ids

CandidateSummary = SummaryRow
"""One line of a candidate list (plain data)."""


def list_ids(
    ctx: ServiceContext,
    actor: Actor,
    *,
    search: str | None = None,
    event_id: str | None = None,
    limit: int | None = None,
) -> list[str]:
    """Ids of live candidates, newest first, or best matches first when searching."""
    actor.require("candidate.read")
    with ctx.store.read() as session:
        if search and search.strip():
            ids = search_ids(session, search, limit=limit or 1000)
            return keep_in_event(session, ids, event_id) if event_id else ids
        return live_ids(session, event_id, limit)


def summaries(ctx: ServiceContext, actor: Actor, ids: list[str]) -> list[CandidateSummary]:
    """Summaries in the order of `ids` (missing ids are skipped)."""
    actor.require("candidate.read")
    with ctx.store.read() as session:
        return summary_rows(session, ids)
