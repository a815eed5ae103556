"""Hires and their wage-subsidy files.

Recording a hire creates its retention follow-ups (setting `followup_months`, by default 1, 3, 6
and 12 months after the start date), marks the introduction it came from as "hired" and the
company as supported. A subsidy file's maximum hourly subsidy is never typed: it is computed from
the hire's wage and the minimum wage in force on its start date (`desktop.domain.subsidy`), and
recomputed whenever the file is saved.
"""

from __future__ import annotations

from datetime import date
from typing import TYPE_CHECKING

from desktop.domain.issues import Issue, errors
from desktop.domain.subsidy import SubsidyAmounts, followup_dates, subsidy_amounts
from desktop.domain.workspace import (
    FollowUp,
    IntroductionOutcome,
    OpeningStatus,
    Placement,
    SubsidyFile,
    SubsidyStatus,
)
from desktop.domain.workspace_lists import PlacementSummary
from desktop.domain.workspace_validation import (
    clean,
    normalize_placement,
    validate_placement,
    validate_subsidy,
)
from desktop.services.actor import Actor
from desktop.services.context import ServiceContext
from desktop.services.workspace_common import (
    Saved,
    WorkspaceError,
    announce,
    audit,
    followup_months,
    today_in,
)
from desktop.storage import employer_store, placement_store, queries

if TYPE_CHECKING:
    from sqlalchemy.orm import Session


def _schedule_followups(
    session: Session, placement: Placement, months: tuple[int, ...], keep: set[date]
) -> int:
    assert placement.start_date is not None
    due = [d for d in followup_dates(placement.start_date, months) if d not in keep]
    placement_store.add_followups(
        session, [FollowUp(placement_id=placement.id, due_on=d) for d in due]
    )
    return len(due)


def record_placement(
    ctx: ServiceContext,
    actor: Actor,
    placement: Placement,
    *,
    mark_opening_filled: bool = False,
    today: date | None = None,
) -> Saved:
    """Create or update a hire; follow-ups are (re)scheduled from its start date."""
    actor.require("workspace.edit")
    normalize_placement(placement)
    issues = validate_placement(placement)
    if errors(issues):
        return Saved(placement.id, False, issues)
    months = followup_months(ctx)
    with ctx.store.unit_of_work() as session:
        candidate = queries.candidate_row(session, placement.candidate_id)
        employer = employer_store.live_employer(session, placement.employer_id)
        if candidate is None or candidate.deleted_at is not None or employer is None:
            raise WorkspaceError("workspace.not_found")
        previous = placement_store.live_placement(session, placement.id)
        old_start = previous.start_date if previous is not None else None
        created, changed = placement_store.upsert_placement(session, placement, actor.staff_id)
        assert placement.start_date is not None
        if created:
            _schedule_followups(session, placement, months, set())
        elif old_start != placement.start_date:
            pending = placement_store.open_followups(session, placement.id)
            placement_store.delete_followups(session, pending)
            done = {f.due_on for f in placement_store.list_followups_rows(session, placement.id)}
            _schedule_followups(session, placement, months, done)
        if employer.supported_since is None or employer.supported_since > placement.start_date:
            employer.supported_since = placement.start_date
        if placement.introduction_id:
            intro = placement_store.live_introduction(session, placement.introduction_id)
            if intro is not None and intro.outcome != IntroductionOutcome.HIRED:
                intro.outcome = IntroductionOutcome.HIRED
                intro.outcome_on = intro.outcome_on or today_in(ctx, today)
        if mark_opening_filled and placement.opening_id:
            opening = employer_store.live_opening(session, placement.opening_id)
            if opening is not None:
                opening.status = OpeningStatus.FILLED
        audit(
            session,
            ctx,
            actor,
            "placement.create" if created else "placement.update",
            "placement",
            [placement.id, placement.candidate_id, placement.employer_id],
            fields=changed,
        )
    announce(ctx, placement.id, placement.candidate_id, placement.employer_id)
    return Saved(placement.id, True, issues, created, changed)


def get_placement(ctx: ServiceContext, actor: Actor, placement_id: str) -> Placement:
    actor.require("workspace.read")
    with ctx.store.read() as session:
        row = placement_store.live_placement(session, placement_id)
        if row is None:
            raise WorkspaceError("workspace.not_found")
        return placement_store.placement_from_row(row)


def list_placements(
    ctx: ServiceContext,
    actor: Actor,
    candidate_id: str | None = None,
    employer_id: str | None = None,
) -> list[PlacementSummary]:
    actor.require("workspace.read")
    with ctx.store.read() as session:
        return placement_store.list_placements(session, candidate_id, employer_id)


def delete_placement(ctx: ServiceContext, actor: Actor, placement_id: str) -> None:
    """Remove a hire recorded by mistake (its subsidy file and follow-ups go with it)."""
    actor.require("workspace.delete")
    with ctx.store.unit_of_work() as session:
        row = placement_store.live_placement(session, placement_id)
        if row is None:
            raise WorkspaceError("workspace.not_found")
        row.deleted_at = placement_store.now()
        subsidy = placement_store.subsidy_of_placement(session, placement_id)
        if subsidy is not None:
            subsidy.deleted_at = row.deleted_at
        audit(session, ctx, actor, "placement.delete", "placement", [placement_id])
    announce(ctx, placement_id)


# --- Subsidy files --------------------------------------------------------------------------------


def subsidy_ceiling(placement: Placement, planned_weeks: int) -> SubsidyAmounts | None:
    """What the file may claim for this hire, or None when the hire lacks wage, hours or date."""
    if (
        placement.hourly_wage_cents is None
        or placement.hours_per_week is None
        or placement.start_date is None
    ):
        return None
    try:
        return subsidy_amounts(
            placement.hourly_wage_cents,
            placement.hours_per_week,
            planned_weeks,
            placement.start_date,
        )
    except ValueError:
        return None


def get_subsidy(ctx: ServiceContext, actor: Actor, placement_id: str) -> SubsidyFile | None:
    actor.require("workspace.read")
    with ctx.store.read() as session:
        row = placement_store.subsidy_of_placement(session, placement_id)
        return None if row is None else placement_store.subsidy_from_row(row)


def save_subsidy(
    ctx: ServiceContext, actor: Actor, subsidy: SubsidyFile, today: date | None = None
) -> Saved:
    """Create or update the subsidy file of a hire; the ceiling is recomputed from the hire."""
    actor.require("workspace.edit")
    subsidy.letter_reference = clean(subsidy.letter_reference)
    subsidy.sq_office = clean(subsidy.sq_office)
    subsidy.mentor_name = clean(subsidy.mentor_name)
    with ctx.store.unit_of_work() as session:
        row = placement_store.live_placement(session, subsidy.placement_id)
        if row is None:
            raise WorkspaceError("workspace.not_found")
        placement = placement_store.placement_from_row(row)
        existing = placement_store.subsidy_of_placement(session, placement.id)
        if existing is not None:
            subsidy.id = existing.id  # one file per hire
        previous_status = existing.status if existing is not None else None
        issues = validate_subsidy(subsidy, previous_status)
        if not errors(issues):
            assert subsidy.planned_weeks is not None
            ceiling = subsidy_ceiling(placement, subsidy.planned_weeks)
            if ceiling is None:
                start = placement.start_date.isoformat() if placement.start_date else ""
                issues.append(
                    Issue("workspace.no_minimum_wage", "subsidy.start_date", {"value": start})
                )
            else:
                subsidy.max_hourly_subsidy_cents = ceiling.max_hourly_cents
        if errors(issues):
            return Saved(subsidy.id, False, issues)
        day = today_in(ctx, today)
        if subsidy.status == SubsidyStatus.SUBMITTED and subsidy.submitted_on is None:
            subsidy.submitted_on = day
        decided = {SubsidyStatus.APPROVED, SubsidyStatus.REFUSED}
        if subsidy.status in decided and subsidy.decided_on is None:
            subsidy.decided_on = day
        created, changed = placement_store.upsert_subsidy(session, subsidy)
        if created or changed:
            audit(
                session,
                ctx,
                actor,
                "subsidy.create" if created else "subsidy.update",
                "subsidy_file",
                [subsidy.id, placement.id],
                status=subsidy.status,
                fields=changed,
            )
    announce(ctx, subsidy.id, subsidy.placement_id)
    return Saved(subsidy.id, True, issues, created, changed)
