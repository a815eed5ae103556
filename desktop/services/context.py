"""What every service call needs: the store, this device, the change hub and transaction hooks.

Built once by `desktop.app` and shared by the GUI and the CLI (they call the same services).
Hooks run inside the saving transaction: the sync outbox and the audit trail register here so that
a save, its ops and its audit event are written together or not at all.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

from desktop.services.changes import ChangeHub
from desktop.storage.store import Store

# Hooks receive the open session of the saving transaction (a storage object services pass on).
SaveHook = Callable[[Any, Any, Any], None]
DecisionHook = Callable[[Any, str, Any, Any], None]


@dataclass
class ServiceContext:
    store: Store
    device_id: str | None = None
    device_name: str | None = None
    changes: ChangeHub = field(default_factory=ChangeHub)
    save_hooks: list[SaveHook] = field(default_factory=list)
    decision_hooks: list[DecisionHook] = field(default_factory=list)
    settings: dict[str, Any] = field(default_factory=dict)
    # The laptop's key-slot file while unlocked (desktop.security.keyslots.KeySlots), else None.
    keyslots: Any = None
    # Returns the laptop database key while unlocked (wraps new key slots), else None.
    database_key: Callable[[], bytearray | None] | None = None
