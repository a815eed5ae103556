"""Automatic backups in the GUI: every 15 minutes when the data changed (in the background, the
window stays usable), and at exit; plus the "Backups…" entry of the File menu.

`install_backups(window)` is the main window's one call: it adds the menu entry, starts the timer
and watches the window's close and language-change events, so the window's code stays unchanged.
"""

from __future__ import annotations

import logging
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QObject, QTimer, Signal
from PySide6.QtGui import QAction

from desktop.services.backups import SCHEDULED, policy
from desktop.ui import i18n
from desktop.ui.backups_dialog import BackupsDialog, error_text
from desktop.ui.worker import BackgroundTask

if TYPE_CHECKING:
    from desktop.app import Application
    from desktop.ui.main_window import MainWindow

log = logging.getLogger(__name__)


class BackupSchedule(QObject):
    """The 15-minute timer; `tick()` copies in the thread pool only if the data changed."""

    status = Signal(str)  # a message for the status bar (a failure, never personal data)
    backed_up = Signal(object)  # the BackupInfo, or None when nothing changed

    def __init__(self, application: Application, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.application = application
        self.task: BackgroundTask | None = None
        self.timer = QTimer(self)
        self.timer.setInterval(policy(application.ctx).interval_minutes * 60_000)
        self.timer.timeout.connect(self.tick)
        self.timer.start()

    @property
    def running(self) -> bool:
        return self.task is not None

    def tick(self) -> None:
        if self.task is not None:  # the previous copy is still running: skip this turn
            return
        if not getattr(self.application, "unlocked", True):  # locked: the store is closed
            return
        backups = self.application.backups
        task = BackgroundTask(lambda _progress, _cancel: backups.back_up_if_changed(SCHEDULED))
        task.signals.done.connect(self._done)
        task.signals.failed.connect(self._failed)
        self.task = task
        task.start()

    def _done(self, info: object) -> None:
        self.task = None
        self.backed_up.emit(info)

    def _failed(self, exc: BaseException) -> None:
        self.task = None
        log.warning("automatic backup failed: %s", getattr(exc, "code", type(exc).__name__))
        self.status.emit(error_text(exc, i18n.current_language()))
        self.backed_up.emit(None)

    def at_exit(self) -> None:
        """The exit backup, on the GUI thread (the window is closing: nothing to keep usable)."""
        self.timer.stop()
        if not getattr(self.application, "unlocked", True):
            return
        if self.task is not None:
            self.task.signals.done.disconnect()
            self.task.signals.failed.disconnect()
            self.task = None
        try:
            self.application.backups.back_up_if_changed("exit")
        except Exception as exc:  # never block closing; the last scheduled backup remains
            log.warning("backup at exit failed: %s", getattr(exc, "code", type(exc).__name__))


class _WindowWatch(QObject):
    """Back up when the window closes; retranslate the menu entry when the language changes."""

    def __init__(self, window: MainWindow, schedule: BackupSchedule, action: QAction) -> None:
        super().__init__(window)
        self.window, self.schedule, self.action = window, schedule, action
        self.done = False
        window.installEventFilter(self)
        self.retranslate()

    def retranslate(self) -> None:
        self.action.setText(self.tr("Sauvegardes…"))

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.window:
            if event.type() == QEvent.Type.Close and not self.done:
                self.done = True
                self.schedule.at_exit()
            elif event.type() == QEvent.Type.LanguageChange:
                self.retranslate()
        return False


def install_backups(window: MainWindow) -> BackupSchedule:
    schedule = BackupSchedule(window.application, window)
    schedule.status.connect(lambda text: window.statusBar().showMessage(text, 15000))
    action = QAction(window)
    action.setObjectName("actionBackups")
    action.triggered.connect(lambda: open_backups(window))
    window.file_menu.insertAction(window.quit_action, action)
    window.backups_action = action
    window.backup_schedule = schedule
    _WindowWatch(window, schedule, action)
    return schedule


def open_backups(window: MainWindow) -> BackupsDialog:
    dialog = BackupsDialog(window.application, window.actor, window)
    window.backups_dialog = dialog
    dialog.open()
    return dialog
