"""The start check behind the open window: SQLite's quick check reads every page of the store
(seconds at 100 000 candidates), so the GUI signs in first and checks in a worker thread.

Damage found there is noted (`Application.damage_marker`), said to the user, and the window
closes: the next sign-in checks before opening and goes to recovery mode (docs/BACKUPS_AND_RECOVERY.md).
"""

from __future__ import annotations

from typing import Any

from PySide6.QtWidgets import QMessageBox, QWidget

from desktop.app import Application
from desktop.domain.messages import translate
from desktop.ui import i18n
from desktop.ui.worker import BackgroundTask


def check_behind(window: QWidget, application: Application) -> BackgroundTask:
    """Start the check; on damage, tell the user and close `window`."""
    task = BackgroundTask(lambda _progress, _cancel: application.start_check())

    def done(verdict: Any) -> None:
        if verdict == "ok":
            return
        QMessageBox.critical(
            window, "Passerelle", translate("store.damaged_found", i18n.current_language())
        )
        window.close()

    task.signals.done.connect(done)
    window.start_check_task = task  # type: ignore[attr-defined]  # kept alive with the window
    task.start()
    return task
