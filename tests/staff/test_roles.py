"""Roles enforced in the services (issue 6): every use case called directly with each role.

Each row names a service call and the smallest role allowed to make it; the test expects success
for that role and above and PermissionDenied below. The GUI only hides what the services refuse.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest

from desktop.app import Application
from desktop.domain.candidate import Candidate, Consent, EventRef
from desktop.services import (
    audit_trail,
    candidates,
    dossiers,
    duplicates,
    events,
    exporting,
    importing,
    kiosk,
    listing,
    settings,
    staff,
)
from desktop.services.actor import Actor, PermissionDenied
from tests.staff.conftest import STAFF_PASSWORD

ROLES = ("intake", "coordinator", "admin")


@dataclass
class World:
    app: Application
    here: str  # a candidate registered at the current event
    elsewhere: str  # a candidate registered at another event
    tmp: Path


def _person(given: str, event: str, share: bool = True) -> Candidate:
    return Candidate(
        given_names=given,
        family_name="Essai",
        email=f"{given.lower()}@example.ca",
        event=EventRef(code=event),
        consents=[
            Consent(purpose="intake", granted=True),
            Consent(purpose="share_employers", granted=share),
        ],
    )


@pytest.fixture
def world(app: Application, admin: Actor, tmp_path: Path) -> World:
    current = events.create_event(app.ctx, admin, "SALON-A")
    events.create_event(app.ctx, admin, "SALON-B")
    settings.set_setting(app.ctx, admin, "current_event_id", current.id)
    here = candidates.save_candidate(app.ctx, admin, _person("Ici", "SALON-A")).candidate_id
    away = candidates.save_candidate(app.ctx, admin, _person("Ailleurs", "SALON-B")).candidate_id
    source = tmp_path / "import.jsonl"
    source.write_text('{"given_names": "Importée", "email": "imp@example.ca"}\n', "utf-8")
    return World(app, here, away, tmp_path)


def _kiosk_entry(w: World, a: Actor) -> Any:
    return kiosk.save_self_entry(w.app.ctx, a, _person("Borne", "SALON-A"))


def _confirm(w: World, a: Actor) -> None:
    entry = kiosk.save_self_entry(w.app.ctx, a, _person("Conf", "SALON-A"))
    assert entry.candidate_id
    kiosk.confirm(w.app.ctx, a, entry.candidate_id)


Call = Callable[[World, Actor], object]
# (what, call, smallest role allowed)
TABLE: list[tuple[str, Call, str]] = [
    ("read a candidate", lambda w, a: candidates.get_candidate(w.app.ctx, a, w.here), "intake"),
    ("list candidates", lambda w, a: listing.list_ids(w.app.ctx, a), "intake"),
    (
        "duplicate check",
        lambda w, a: duplicates.find_duplicates(
            w.app.ctx, a, duplicates.DuplicateProbe(given_names="Ici", family_name="Essai")
        ),
        "intake",
    ),
    (
        "save a candidate",
        lambda w, a: candidates.save_candidate(w.app.ctx, a, _person("Nouvelle", "SALON-A")),
        "intake",
    ),
    (
        "create an event",
        lambda w, a: events.create_event(w.app.ctx, a, f"EV-{a.role.value}"),
        "intake",
    ),
    (
        "choose the current event",
        lambda w, a: settings.set_setting(
            w.app.ctx, a, "current_event_id", settings.get_setting(w.app.ctx, "current_event_id")
        ),
        "intake",
    ),
    ("kiosk self-entry", _kiosk_entry, "intake"),
    ("confirm a self-entry", _confirm, "intake"),
    (
        "print the candidate copy, current event",
        lambda w, a: dossiers.render_dossiers(w.app.ctx, a, [w.here], "candidate"),
        "intake",
    ),
    (
        "print a full dossier, current event",
        lambda w, a: dossiers.render_dossiers(w.app.ctx, a, [w.here], "full"),
        "intake",
    ),
    (
        "print a full dossier, other event",
        lambda w, a: dossiers.render_dossiers(w.app.ctx, a, [w.elsewhere], "full"),
        "coordinator",
    ),
    (
        "print an anonymized profile for employers",
        lambda w, a: dossiers.render_dossiers(w.app.ctx, a, [w.here], "anonymized"),
        "coordinator",
    ),
    (
        "decide eligibility",
        lambda w, a: candidates.record_decision(w.app.ctx, a, w.here, "admitted"),
        "coordinator",
    ),
    (
        "import candidates",
        lambda w, a: importing.import_file(w.app.ctx, a, w.tmp / "import.jsonl"),
        "coordinator",
    ),
    (
        "export candidates",
        lambda w, a: exporting.export_candidates(w.app.ctx, a, w.tmp / f"{a.role.value}.jsonl"),
        "coordinator",
    ),
    (
        "change privacy settings",
        lambda w, a: settings.set_setting(w.app.ctx, a, "privacy", {"organisation": "CCIL"}),
        "admin",
    ),
    ("read the audit trail", lambda w, a: audit_trail.list_events(w.app.ctx, a), "admin"),
    ("verify the audit chain", lambda w, a: audit_trail.verify(w.app.ctx, a), "admin"),
    (
        "export the audit trail",
        lambda w, a: audit_trail.export_chain(w.app.ctx, a, w.tmp / f"audit-{a.role.value}.jsonl"),
        "admin",
    ),
    ("list staff", lambda w, a: staff.list_staff(w.app.ctx, a), "admin"),
    (
        "add staff",
        lambda w, a: staff.add_staff(
            w.app.ctx, a, f"new-{a.role.value}", "Nouveau", "intake", STAFF_PASSWORD
        ),
        "admin",
    ),
]


@pytest.mark.parametrize(("what", "call", "least"), TABLE, ids=[row[0] for row in TABLE])
def test_each_role_may_do_exactly_what_its_rank_allows(
    world: World,
    admin: Actor,
    intake: Actor,
    coordinator: Actor,
    what: str,
    call: Call,
    least: str,
) -> None:
    actors = {"intake": intake, "coordinator": coordinator, "admin": admin}
    for role in ROLES:
        allowed = ROLES.index(role) >= ROLES.index(least)
        if allowed:
            call(world, actors[role])
        else:
            with pytest.raises(PermissionDenied):
                call(world, actors[role])
