"""Set up a demonstration store: a demo device and admin if needed, an event, fictional candidates."""

from __future__ import annotations

from typing import Protocol

from desktop.domain.candidate import EventRef
from desktop.services.actor import Actor
from desktop.services.candidates import save_candidate
from desktop.services.context import ServiceContext
from desktop.services.demo_data import demo_candidates

DEMO_ADMIN = "admin"
DEMO_PASSWORD = "demo-passerelle"
DEMO_DEVICE = "Portable de démonstration"
DEMO_EVENT = EventRef(
    code="SIIQ-2026", name="Salon de l'immigration et de l'intégration au Québec 2026"
)


class _Application(Protocol):
    """What `fill_demo_application` needs of `desktop.app.Application` (kept free of the import)."""

    ctx: ServiceContext

    @property
    def initialised(self) -> bool: ...

    def initialise(self, device_name: str, admin_username: str, admin_password: str) -> Actor: ...


def fill_demo(ctx: ServiceContext, actor: Actor, count: int) -> int:
    """Add `count` fictional candidates as `actor`; returns how many were saved."""
    saved = 0
    for candidate in demo_candidates(count, seed=count, event=DEMO_EVENT):
        if save_candidate(ctx, actor, candidate).saved:
            saved += 1
    return saved


def set_up_demo(app: _Application, count: int, password: str = DEMO_PASSWORD) -> Actor:
    """On a new data folder: the demo device, its `admin` account and `count` candidates."""
    actor = app.initialise(DEMO_DEVICE, DEMO_ADMIN, password)
    fill_demo(app.ctx, actor, count)
    return actor
