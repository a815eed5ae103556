"""C10 (Law 25 s. 17): no bundle leaves for, or enters, a central store hosted outside Québec
until the privacy impact assessment and the written agreement are recorded in the settings."""

from __future__ import annotations

from sqlalchemy.orm import Session

from desktop.domain import privacy_messages  # noqa: F401  (registers the message texts)
from desktop.domain.privacy_settings import PrivacySettings, transfer_blocked
from desktop.storage import settings_store
from desktop.sync.errors import SyncError

PRIVACY_KEY = "privacy"


def check_transfer_allowed(session: Session) -> None:
    """Raise `SyncError("privacy.transfer_blocked")` when this store's settings forbid sending."""
    stored = settings_store.get(session, PRIVACY_KEY)
    settings = PrivacySettings.from_dict(stored if isinstance(stored, dict) else None)
    if transfer_blocked(settings) is not None:
        raise SyncError("privacy.transfer_blocked")
