"""Watch the background loading for a damaged store while the sign-in window is open.

Kept free of heavy imports: it is created before the store is loaded (fast start); the recovery
screen itself is imported only when it is needed.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, QTimer
from PySide6.QtWidgets import QDialog


def is_damage(exc: BaseException | None) -> bool:
    return exc is not None and getattr(exc, "code", None) == "store.damaged"


class DamageWatch(QObject):
    """Closes the sign-in window as soon as the background loading finds the store damaged."""

    def __init__(self, failure: Callable[[], BaseException | None], dialog: QDialog) -> None:
        super().__init__(dialog)
        self.failure, self.dialog = failure, dialog
        self.timer = QTimer(self)
        self.timer.setInterval(100)
        self.timer.timeout.connect(self._check)
        self.timer.start()

    def damaged(self) -> bool:
        return is_damage(self.failure())

    def _check(self) -> None:
        if self.damaged():
            self.timer.stop()
            self.dialog.reject()


def recover(paths: Any, lock: Any, restart: Callable[[], Any], detail: str | None = None) -> Any:
    """Recovery mode, then the normal start again if a backup was restored (exit status 2 if not)."""
    from desktop.services.recovery import Diagnosis
    from desktop.storage.backup import list_backups
    from desktop.ui.recovery_dialog import run_recovery

    result = run_recovery(paths, Diagnosis(True, detail or "?", list_backups(paths.backups)))
    lock.unlock()
    return restart() if result is not None else 2
