"""Record what staff do (ids only), and let admins read and verify the trail."""

from __future__ import annotations

from datetime import UTC, datetime
from typing import Any

from desktop.domain.candidate import new_id
from desktop.services.actor import Actor
from desktop.services.context import ServiceContext
from desktop.storage import audit_log


def record(
    session: Any,
    ctx: ServiceContext,
    actor: Actor | None,
    action: str,
    entity_type: str | None = None,
    entity_ids: list[str] | None = None,
    **details: Any,
) -> None:
    """Append an event inside the caller's transaction. `details` must hold ids and codes only."""
    audit_log.append(
        session,
        event_id=new_id(),
        at=datetime.now(UTC),
        device_id=ctx.device_id,
        actor_id=actor.staff_id if actor else None,
        action=action,
        entity_type=entity_type,
        entity_ids=entity_ids,
        details=details,
    )


def record_now(
    ctx: ServiceContext,
    actor: Actor | None,
    action: str,
    entity_type: str | None = None,
    entity_ids: list[str] | None = None,
    **details: Any,
) -> None:
    """Record an event in a transaction of its own (sign-in, lock, print, export…)."""
    with ctx.store.unit_of_work() as session:
        record(session, ctx, actor, action, entity_type, entity_ids, **details)


def audit_save(ctx: ServiceContext) -> Any:
    """A save hook writing `candidate.create` / `candidate.update` with the changed field names."""

    def hook(session: Any, changeset: Any, actor: Actor) -> None:
        if not changeset.changed:
            return
        if changeset.created:
            # A creation touches every field: the count per part is enough and keeps the trail small.
            counts: dict[str, int] = {}
            for change in changeset.changes:
                counts[change.entity] = counts.get(change.entity, 0) + 1
            record(
                session,
                ctx,
                actor,
                "candidate.create",
                "candidate",
                [changeset.candidate_id],
                changed=counts,
            )
            return
        fields = sorted(
            {
                f"{c.entity}.{c.field}" if c.field else f"{c.entity}.removed"
                for c in changeset.changes
            }
        )
        record(
            session,
            ctx,
            actor,
            "candidate.update",
            "candidate",
            [changeset.candidate_id],
            fields=fields,
        )

    return hook


def verify_chain(ctx: ServiceContext, actor: Actor) -> audit_log.ChainCheck:
    actor.require("audit.read")
    with ctx.store.read() as session:
        return audit_log.verify(session)
