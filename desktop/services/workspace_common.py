"""What the workspace services share: the save result, the error, change events and the audit.

A save returns `Saved` (with `issues` when nothing was written, so the form keeps what was typed
and shows each problem next to its field); a refusal that is not about a field (a record deleted
meanwhile, a candidate who did not consent) raises `WorkspaceError`. Services emit a `workspace`
change after commit so open views refresh; audit events hold ids and field names only.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import UTC, date, datetime
from typing import Any

from desktop.domain import workspace_messages  # noqa: F401  (registers the messages)
from desktop.domain.issues import Issue
from desktop.domain.workspace import DEFAULT_FOLLOWUP_MONTHS
from desktop.services.actor import Actor
from desktop.services.audit import record
from desktop.services.changes import Changed
from desktop.services.context import ServiceContext
from desktop.storage import settings_store

WORKSPACE = "workspace"
FOLLOWUP_MONTHS_KEY = "followup_months"


class WorkspaceError(Exception):
    """A refused workspace action; `code` and `params` are translated for the user."""

    def __init__(self, code: str, **params: object) -> None:
        super().__init__(code)
        self.code = code
        self.params = params


@dataclass
class Saved:
    id: str
    saved: bool
    issues: list[Issue] = field(default_factory=list)
    created: bool = False
    changed: list[str] = field(default_factory=list)


def utcnow() -> datetime:
    return datetime.now(UTC)


def today_in(ctx: ServiceContext, today: date | None = None) -> date:
    return today or date.today()


def audit(
    session: Any,
    ctx: ServiceContext,
    actor: Actor,
    action: str,
    entity: str,
    ids: Sequence[str],
    **details: Any,
) -> None:
    record(session, ctx, actor, action, entity, list(ids), **details)


def announce(ctx: ServiceContext, *ids: str) -> None:
    ctx.changes.emit(Changed(WORKSPACE, tuple(ids)))


def followup_months(ctx: ServiceContext) -> tuple[int, ...]:
    """Months after the start date at which retention check-ups fall (setting `followup_months`)."""
    configured = ctx.settings.get(FOLLOWUP_MONTHS_KEY)
    if configured is None:
        with ctx.store.read() as session:
            configured = settings_store.get(session, FOLLOWUP_MONTHS_KEY)
    try:
        months = tuple(sorted({int(m) for m in configured or () if 0 < int(m) <= 60}))
    except (TypeError, ValueError):
        months = ()
    return months or DEFAULT_FOLLOWUP_MONTHS
