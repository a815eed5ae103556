"""Introductions: a candidate presented to a company, the dossier sent, and what came of it.

Presenting someone shares their personal information with a company, so it needs the candidate's
`share_employers` consent (granted, not withdrawn), whatever the dossier variant. The anonymised
profile is the default for a first introduction to a company; the dossier itself is drawn by
`desktop.services.dossiers` (which logs the print). Recording the outcome "hired" tells the
caller to offer the hire form, prefilled by `draft_placement`.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING

from desktop.domain.issues import errors
from desktop.domain.workspace import (
    DossierVariantSent,
    Introduction,
    IntroductionOutcome,
    Placement,
)
from desktop.domain.workspace_lists import IntroductionSummary
from desktop.domain.workspace_validation import clean, clean_block, validate_introduction
from desktop.services.actor import Actor
from desktop.services.context import ServiceContext
from desktop.services.dossiers import render_dossiers
from desktop.services.workspace_common import (
    Saved,
    WorkspaceError,
    announce,
    audit,
    today_in,
)
from desktop.storage import employer_store, matching_queries, placement_store, queries

if TYPE_CHECKING:
    from sqlalchemy.orm import Session


@dataclass
class OutcomeSaved(Saved):
    offer_placement: bool = False  # outcome "hired" and no hire recorded yet for it


def default_variant(ctx: ServiceContext, actor: Actor, candidate_id: str, employer_id: str) -> str:
    """« anonymized » for a first introduction to this company, « full » after that."""
    actor.require("workspace.read")
    with ctx.store.read() as session:
        before = placement_store.introduced_before(session, candidate_id, employer_id)
    return DossierVariantSent.FULL if before else DossierVariantSent.ANONYMIZED


def _check_shareable(session: Session, candidate_id: str) -> None:
    row = queries.candidate_row(session, candidate_id)
    if row is None or row.deleted_at is not None:
        raise WorkspaceError("workspace.not_found")
    _, consent = matching_queries.is_suggestable(session, candidate_id)
    if not consent:
        from desktop.pdf.values import reference

        raise WorkspaceError("workspace.candidate_not_shareable", reference=reference(candidate_id))


def introduce(
    ctx: ServiceContext, actor: Actor, intro: Introduction, today: date | None = None
) -> Saved:
    """Record a new introduction (one transaction); the company counts as supported from then."""
    actor.require("workspace.edit")
    intro.introduced_on = intro.introduced_on or today_in(ctx, today)
    intro.notes = clean_block(intro.notes)
    intro.decline_details = clean_block(intro.decline_details)
    intro.staff_id = actor.staff_id
    issues = validate_introduction(intro)
    if errors(issues):
        return Saved(intro.id, False, issues)
    with ctx.store.unit_of_work() as session:
        _check_shareable(session, intro.candidate_id)
        employer = employer_store.live_employer(session, intro.employer_id)
        if employer is None:
            raise WorkspaceError("workspace.not_found")
        if intro.opening_id:
            opening = employer_store.live_opening(session, intro.opening_id)
            if opening is None or opening.employer_id != intro.employer_id:
                raise WorkspaceError("workspace.not_found")
        if employer.supported_since is None or employer.supported_since > intro.introduced_on:
            employer.supported_since = intro.introduced_on
        created, changed = placement_store.upsert_introduction(session, intro)
        audit(
            session,
            ctx,
            actor,
            "introduction.create" if created else "introduction.update",
            "introduction",
            [intro.id, intro.candidate_id, intro.employer_id],
            variant=intro.dossier_variant,
            outcome=intro.outcome,
        )
    announce(ctx, intro.id, intro.candidate_id, intro.employer_id)
    return Saved(intro.id, True, issues, created, changed)


def get_introduction(ctx: ServiceContext, actor: Actor, introduction_id: str) -> Introduction:
    actor.require("workspace.read")
    with ctx.store.read() as session:
        row = placement_store.live_introduction(session, introduction_id)
        if row is None:
            raise WorkspaceError("workspace.not_found")
        return placement_store.introduction_from_row(row)


def record_outcome(
    ctx: ServiceContext,
    actor: Actor,
    introduction_id: str,
    outcome: str,
    outcome_on: date | None = None,
    *,
    decline_reason: str | None = None,
    decline_details: str | None = None,
    notes: str | None = None,
    today: date | None = None,
) -> OutcomeSaved:
    """Update what came of an introduction (interview, hired, declined with a reason…)."""
    actor.require("workspace.edit")
    with ctx.store.unit_of_work() as session:
        row = placement_store.live_introduction(session, introduction_id)
        if row is None:
            raise WorkspaceError("workspace.not_found")
        intro = placement_store.introduction_from_row(row)
        intro.outcome = outcome
        intro.outcome_on = outcome_on or today_in(ctx, today)
        declined = outcome == IntroductionOutcome.DECLINED
        intro.decline_reason = clean(decline_reason) if declined else None
        intro.decline_details = clean_block(decline_details) if declined else None
        if notes is not None:
            intro.notes = clean_block(notes)
        issues = validate_introduction(intro)
        if errors(issues):
            return OutcomeSaved(introduction_id, False, issues)
        _, changed = placement_store.upsert_introduction(session, intro)
        if changed:
            audit(
                session,
                ctx,
                actor,
                "introduction.outcome",
                "introduction",
                [intro.id, intro.candidate_id, intro.employer_id],
                outcome=outcome,
                reason=intro.decline_reason,
            )
        hired = outcome == IntroductionOutcome.HIRED
        offer = hired and not placement_store.placement_of_introduction(session, intro.id)
    announce(ctx, intro.id, intro.candidate_id)
    return OutcomeSaved(intro.id, True, issues, False, changed, offer_placement=offer)


def draft_placement(ctx: ServiceContext, actor: Actor, introduction_id: str) -> Placement:
    """A hire prefilled from the introduction and its opening (title, NOC, hours, wage)."""
    actor.require("workspace.read")
    with ctx.store.read() as session:
        row = placement_store.live_introduction(session, introduction_id)
        if row is None:
            raise WorkspaceError("workspace.not_found")
        placement = Placement(
            candidate_id=row.candidate_id,
            employer_id=row.employer_id,
            opening_id=row.opening_id,
            introduction_id=row.id,
            start_date=row.outcome_on,
        )
        opening = employer_store.live_opening(session, row.opening_id) if row.opening_id else None
        if opening is not None:
            placement.job_title = opening.title
            placement.noc_code = opening.noc_code
            placement.hours_per_week = employer_store.hours_out(opening.hours_per_week)
            placement.hourly_wage_cents = opening.hourly_wage_cents
        return placement


def list_introductions(
    ctx: ServiceContext,
    actor: Actor,
    candidate_id: str | None = None,
    employer_id: str | None = None,
) -> list[IntroductionSummary]:
    actor.require("workspace.read")
    with ctx.store.read() as session:
        return placement_store.list_introductions(session, candidate_id, employer_id)


def delete_introduction(ctx: ServiceContext, actor: Actor, introduction_id: str) -> None:
    actor.require("workspace.delete")
    with ctx.store.unit_of_work() as session:
        row = placement_store.live_introduction(session, introduction_id)
        if row is None:
            raise WorkspaceError("workspace.not_found")
        if placement_store.placement_of_introduction(session, introduction_id):
            raise WorkspaceError("workspace.has_placements")
        row.deleted_at = placement_store.now()
        audit(session, ctx, actor, "introduction.delete", "introduction", [introduction_id])
    announce(ctx, introduction_id)


def introduction_dossier(
    ctx: ServiceContext,
    actor: Actor,
    introduction_id: str,
    lang: str = "fr",
    out: str | Path | None = None,
    progress: Callable[[int, int], None] | None = None,
) -> bytes | None:
    """The dossier of the introduction's candidate, in the variant recorded for it."""
    intro = get_introduction(ctx, actor, introduction_id)
    return render_dossiers(
        ctx, actor, [intro.candidate_id], intro.dossier_variant, lang, out, progress
    )
