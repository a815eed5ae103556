"""Retention follow-ups: the check-ups due this week (and overdue), and what each one found.

Check-ups are created with the hire (`desktop.services.placements`). The coordinator's list shows
every pending check-up due on or before Sunday of the current week, overdue ones first, so
nothing slips from one week to the next.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date

from desktop.domain.issues import errors
from desktop.domain.subsidy import week_bounds
from desktop.domain.workspace import FollowUp
from desktop.domain.workspace_lists import FollowUpSummary
from desktop.domain.workspace_validation import clean_block, validate_followup
from desktop.services.actor import Actor
from desktop.services.context import ServiceContext
from desktop.services.workspace_common import (
    Saved,
    WorkspaceError,
    announce,
    audit,
    today_in,
)
from desktop.storage import placement_store


@dataclass
class DueFollowUps:
    """Pending check-ups: `overdue` (before today) and `this_week` (today to Sunday)."""

    today: date
    week_start: date
    week_end: date
    overdue: list[FollowUpSummary] = field(default_factory=list)
    this_week: list[FollowUpSummary] = field(default_factory=list)

    @property
    def count(self) -> int:
        return len(self.overdue) + len(self.this_week)


def due_followups(ctx: ServiceContext, actor: Actor, today: date | None = None) -> DueFollowUps:
    actor.require("workspace.read")
    day = today_in(ctx, today)
    monday, sunday = week_bounds(day)
    with ctx.store.read() as session:
        pending = placement_store.list_followups(session, due_until=sunday, pending_only=True)
    due = DueFollowUps(today=day, week_start=monday, week_end=sunday)
    for item in pending:
        (due.overdue if item.due_on < day else due.this_week).append(item)
    return due


def placement_followups(
    ctx: ServiceContext, actor: Actor, placement_id: str
) -> list[FollowUpSummary]:
    actor.require("workspace.read")
    with ctx.store.read() as session:
        return placement_store.list_followups(session, placement_id=placement_id)


def get_followup(ctx: ServiceContext, actor: Actor, followup_id: str) -> FollowUp:
    actor.require("workspace.read")
    with ctx.store.read() as session:
        row = placement_store.followup_row(session, followup_id)
        if row is None:
            raise WorkspaceError("workspace.not_found")
        return placement_store.followup_from_row(row)


def record_followup(
    ctx: ServiceContext,
    actor: Actor,
    followup_id: str,
    *,
    done_on: date | None,
    still_employed: bool | None,
    francization_ok: bool | None = None,
    notes: str | None = None,
) -> Saved:
    """Record what a check-up found (still employed? French at work going well? notes)."""
    actor.require("workspace.edit")
    with ctx.store.unit_of_work() as session:
        row = placement_store.followup_row(session, followup_id)
        if row is None:
            raise WorkspaceError("workspace.not_found")
        followup = placement_store.followup_from_row(row)
        followup.done_on = done_on
        followup.still_employed = still_employed
        followup.francization_ok = francization_ok
        followup.outcome_notes = clean_block(notes)
        followup.staff_id = actor.staff_id
        issues = validate_followup(followup)
        if errors(issues):
            return Saved(followup_id, False, issues)
        changed = placement_store.save_followup(session, followup)
        audit(
            session,
            ctx,
            actor,
            "followup.record",
            "followup",
            [followup_id, followup.placement_id],
            still_employed=still_employed,
        )
    announce(ctx, followup_id, followup.placement_id)
    return Saved(followup_id, True, issues, False, changed)
