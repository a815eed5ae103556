"""Set up a demonstration store: a demo device and admin if needed, an event, fictional candidates."""

from __future__ import annotations

from desktop.domain.candidate import EventRef
from desktop.services.accounts import authenticate, device_info, initialise
from desktop.services.actor import SYSTEM
from desktop.services.candidates import save_candidate
from desktop.services.context import ServiceContext
from desktop.services.demo_data import demo_candidates

DEMO_ADMIN = "admin"
DEMO_PASSWORD = "demo-passerelle"
DEMO_EVENT = EventRef(
    code="SIIQ-2026", name="Salon de l'immigration et de l'intégration au Québec 2026"
)


def fill_demo(ctx: ServiceContext, count: int, password: str = DEMO_PASSWORD) -> tuple[bool, int]:
    """Add `count` demo candidates; returns (demo admin created, candidates saved)."""
    created = False
    if device_info(ctx) is None:
        initialise(ctx, "Portable de démonstration", DEMO_ADMIN, password)
        created = True
    actor = authenticate(ctx, DEMO_ADMIN, password) if created else SYSTEM
    saved = 0
    for candidate in demo_candidates(count, seed=count, event=DEMO_EVENT):
        if save_candidate(ctx, actor, candidate).saved:
            saved += 1
    return created, saved
