"""Which dossiers a role may print (issue 6: intake staff cannot print dossiers of other events).

Intake staff print for the people registered at the device's current event (the candidate's copy,
or a full dossier for the booth's follow-up); coordinators and admins print for anyone, and only
they send the anonymized profile to employers.
"""

from __future__ import annotations

from collections.abc import Sequence

from desktop.services.actor import Actor, PermissionDenied
from desktop.services.context import ServiceContext
from desktop.storage import queries, settings_store

EMPLOYER_VARIANT = "anonymized"


def check_print_scope(ctx: ServiceContext, actor: Actor, ids: Sequence[str], variant: str) -> None:
    """Raise PermissionDenied when `actor` may not print these dossiers in this variant."""
    actor.require("dossier.print")
    if variant == EMPLOYER_VARIANT:
        actor.require("dossier.print_employer")
    if actor.may("dossier.print_any_event"):
        return
    with ctx.store.read() as session:
        event_id = settings_store.get(session, "current_event_id")
        allowed = set(queries.keep_in_event(session, list(ids), event_id)) if event_id else set()
    if any(candidate_id not in allowed for candidate_id in ids):
        raise PermissionDenied("dossier.print_any_event", actor.role.value)
