"""The admin's privacy settings: the person in charge, the central store's hosting and its PIA,
and the notice texts, versioned (a new version each time the text changes).

`load_privacy` puts the settings where the notice page and the dossiers read them
(`ctx.settings["privacy"]`, updated in place so open screens see a change at once).
"""

from __future__ import annotations

from datetime import date

from desktop.domain import privacy_messages  # noqa: F401  (registers the message texts)
from desktop.domain.issues import Issue, errors
from desktop.domain.notice import NOTICE_VERSION, notice
from desktop.domain.privacy_settings import (
    PrivacySettings,
    next_notice_version,
    transfer_blocked,
    validate_privacy_settings,
)
from desktop.services.actor import Actor
from desktop.services.audit import record
from desktop.services.changes import Changed
from desktop.services.context import ServiceContext
from desktop.storage import privacy_store, settings_store

PRIVACY_KEY = "privacy"


def read_privacy_settings(ctx: ServiceContext) -> PrivacySettings:
    with ctx.store.read() as session:
        stored = settings_store.get(session, PRIVACY_KEY)
    return PrivacySettings.from_dict(stored if isinstance(stored, dict) else None)


def load_privacy(ctx: ServiceContext) -> PrivacySettings:
    """Read the settings into `ctx.settings["privacy"]` (the notice and dossiers read it there)."""
    settings = read_privacy_settings(ctx)
    target = ctx.settings.get(PRIVACY_KEY)
    if not isinstance(target, dict):
        target = {}
        ctx.settings[PRIVACY_KEY] = target
    target.clear()
    target.update(settings.notice_context())
    return settings


def notice_lines(settings: PrivacySettings, lang: str) -> list[str]:
    """The notice summary as shown now (the admin's text, or the built-in one)."""
    return list(notice(lang, settings.notice_context()).summary)


def save_privacy_settings(
    ctx: ServiceContext, actor: Actor, settings: PrivacySettings, today: date | None = None
) -> list[Issue]:
    """Validate and store; a changed notice text gets a new version. Returns the issues."""
    actor.require("settings.manage")
    issues = validate_privacy_settings(settings)
    if errors(issues):
        return issues
    current = read_privacy_settings(ctx)
    changed_text = (settings.notice_fr, settings.notice_en) != (
        current.notice_fr,
        current.notice_en,
    )
    with ctx.store.unit_of_work() as session:
        if changed_text:
            if privacy_store.notice_version(session, current.notice_version) is None:
                # Keep the text consents were given under before the first change.
                privacy_store.add_notice_version(
                    session,
                    current.notice_version,
                    notice_lines(current, "fr"),
                    notice_lines(current, "en"),
                    None,
                )
            settings.notice_version = next_notice_version(
                current.notice_version, today or date.today()
            )
            privacy_store.add_notice_version(
                session,
                settings.notice_version,
                notice_lines(settings, "fr"),
                notice_lines(settings, "en"),
                actor.staff_id,
            )
        else:
            settings.notice_version = current.notice_version or NOTICE_VERSION
        settings_store.put(session, PRIVACY_KEY, settings.to_dict())
        record(
            session,
            ctx,
            actor,
            "privacy.settings",
            hosting=settings.hosting,
            notice_version=settings.notice_version,
        )
    load_privacy(ctx)
    ctx.changes.emit(Changed("privacy"))
    return issues


def transfer_issue(ctx: ServiceContext) -> Issue | None:
    """Why a bundle may not be sent now (C10), or None."""
    return transfer_blocked(read_privacy_settings(ctx))


def notice_history(ctx: ServiceContext) -> list[tuple[str, list[str], list[str]]]:
    with ctx.store.read() as session:
        return [(r.version, r.text_fr, r.text_en) for r in privacy_store.notice_versions(session)]
