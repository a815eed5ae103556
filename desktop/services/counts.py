"""The figures of the status bar: registered today, at this event, and not yet exported."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, time

from desktop.services.context import ServiceContext
from desktop.storage import queries
from desktop.sync.outbox import pending_candidates


@dataclass(frozen=True)
class StatusCounts:
    today: int
    event: int | None
    total: int
    not_exported: int  # candidates with changes central has not acknowledged


def status_counts(ctx: ServiceContext, event_id: str | None) -> StatusCounts:
    local_midnight = datetime.combine(datetime.now().date(), time.min).astimezone()
    with ctx.store.read() as session:
        today = queries.count_created_since(session, local_midnight)
        event = queries.count_in_event(session, event_id) if event_id else None
        total = queries.count_live(session)
        not_exported = pending_candidates(session)
    return StatusCounts(today, event, total, not_exported)
