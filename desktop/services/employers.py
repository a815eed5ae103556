"""Use cases on companies and their job openings: save, read, list, search, delete.

Coordinators and admins only (`workspace.*` actions). Each call is one unit of work; a save that
has errors writes nothing and returns the issues. Deleting is a soft delete (the programme's
figures keep counting past work), refused for a company with recorded hires.
"""

from __future__ import annotations

from desktop.domain.issues import Issue, errors
from desktop.domain.workspace import Employer, JobOpening
from desktop.domain.workspace_lists import EmployerSummary, OpeningSummary
from desktop.domain.workspace_validation import (
    normalize_employer,
    normalize_opening,
    validate_employer,
    validate_opening,
)
from desktop.services.actor import Actor
from desktop.services.context import ServiceContext
from desktop.services.workspace_common import (
    Saved,
    WorkspaceError,
    announce,
    audit,
    utcnow,
)
from desktop.storage import employer_store as store


def save_employer(ctx: ServiceContext, actor: Actor, employer: Employer) -> Saved:
    actor.require("workspace.edit")
    normalize_employer(employer)
    issues = validate_employer(employer)
    with ctx.store.unit_of_work() as session:
        if employer.neq and not errors(issues):
            owner = store.neq_owner(session, employer.neq)
            if owner is not None and owner != employer.id:
                issues.append(Issue("workspace.neq_taken", "employer.neq"))
        if errors(issues):
            return Saved(employer.id, False, issues)
        if store.employer_was_deleted(session, employer.id):
            raise WorkspaceError("workspace.not_found")
        created, changed = store.upsert_employer(session, employer, actor.staff_id)
        if created or changed:
            action = "employer.create" if created else "employer.update"
            audit(session, ctx, actor, action, "employer", [employer.id], fields=changed)
    announce(ctx, employer.id)
    return Saved(employer.id, True, issues, created, changed)


def get_employer(ctx: ServiceContext, actor: Actor, employer_id: str) -> Employer | None:
    actor.require("workspace.read")
    with ctx.store.read() as session:
        row = store.live_employer(session, employer_id)
        return None if row is None else store.employer_from_row(session, row)


def list_employers(
    ctx: ServiceContext, actor: Actor, search: str = "", limit: int = 500
) -> list[EmployerSummary]:
    actor.require("workspace.read")
    with ctx.store.read() as session:
        return store.list_employers(session, search, limit)


def delete_employer(ctx: ServiceContext, actor: Actor, employer_id: str) -> None:
    """Remove a company (and its openings) from the lists; refused once it has hires."""
    actor.require("workspace.delete")
    with ctx.store.unit_of_work() as session:
        row = store.live_employer(session, employer_id)
        if row is None:
            raise WorkspaceError("workspace.not_found")
        if store.has_placements(session, employer_id):
            raise WorkspaceError("workspace.has_placements")
        store.soft_delete_employer(session, row, utcnow())
        audit(session, ctx, actor, "employer.delete", "employer", [employer_id])
    announce(ctx, employer_id)


def save_opening(ctx: ServiceContext, actor: Actor, opening: JobOpening) -> Saved:
    actor.require("workspace.edit")
    normalize_opening(opening)
    issues = validate_opening(opening)
    if errors(issues):
        return Saved(opening.id, False, issues)
    with ctx.store.unit_of_work() as session:
        if store.live_employer(session, opening.employer_id) is None:
            raise WorkspaceError("workspace.not_found")
        if store.opening_was_deleted(session, opening.id):
            raise WorkspaceError("workspace.not_found")
        created, changed = store.upsert_opening(session, opening)
        if created or changed:
            action = "opening.create" if created else "opening.update"
            audit(
                session,
                ctx,
                actor,
                action,
                "job_opening",
                [opening.id, opening.employer_id],
                fields=changed,
            )
    announce(ctx, opening.id, opening.employer_id)
    return Saved(opening.id, True, issues, created, changed)


def get_opening(ctx: ServiceContext, actor: Actor, opening_id: str) -> JobOpening | None:
    actor.require("workspace.read")
    with ctx.store.read() as session:
        row = store.live_opening(session, opening_id)
        return None if row is None else store.opening_from_row(row)


def list_openings(
    ctx: ServiceContext,
    actor: Actor,
    employer_id: str | None = None,
    status: str | None = None,
) -> list[OpeningSummary]:
    actor.require("workspace.read")
    with ctx.store.read() as session:
        return store.list_openings(session, employer_id, status)


def delete_opening(ctx: ServiceContext, actor: Actor, opening_id: str) -> None:
    actor.require("workspace.delete")
    with ctx.store.unit_of_work() as session:
        row = store.live_opening(session, opening_id)
        if row is None:
            raise WorkspaceError("workspace.not_found")
        row.deleted_at = utcnow()
        audit(session, ctx, actor, "opening.delete", "job_opening", [opening_id])
    announce(ctx, opening_id)
