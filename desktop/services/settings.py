"""Store-wide settings (current event, privacy contact, interface language), typed with defaults."""

from __future__ import annotations

from typing import Any

from desktop.domain.notice import DEFAULT_PRIVACY_SETTINGS
from desktop.services.actor import Actor
from desktop.services.audit import record
from desktop.services.context import ServiceContext
from desktop.storage import settings_store

DEFAULTS: dict[str, Any] = {
    "current_event_id": None,
    "language": "fr",
    "privacy": dict(DEFAULT_PRIVACY_SETTINGS),
    # Minutes without keyboard or mouse before the app locks (desktop.ui.auto_lock); kiosk: 2.
    "auto_lock_minutes": 5,
}


def get_setting(ctx: ServiceContext, key: str) -> Any:
    with ctx.store.read() as session:
        value = settings_store.get(session, key)
    return DEFAULTS.get(key) if value is None else value


def set_setting(ctx: ServiceContext, actor: Actor, key: str, value: Any) -> None:
    """Change a setting; the current event and language are everyone's, the rest is for admins."""
    if key not in {"current_event_id", "language"}:
        actor.require("settings.manage")
    with ctx.store.unit_of_work() as session:
        settings_store.put(session, key, value)
        record(session, ctx, actor, "settings.change", "setting", [], key=key)
    ctx.changes.emit_candidates()
