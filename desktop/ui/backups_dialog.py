"""Backups of this laptop: the list (date, size, verified), "Back up now", and "Restore…" (admin).

Copies and restores run in the background worker; the restore asks for confirmation through
`ask` (patched in tests), moves the current store aside, and the main window refreshes from the
change event it emits.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from desktop.app import Application
from desktop.domain.file_sizes import format_size
from desktop.domain.formatting import format_datetime
from desktop.domain.messages import translate
from desktop.services.actor import Actor
from desktop.services.backups import BackupError, BackupInfo, policy, set_keep
from desktop.services.recovery import RestoreResult
from desktop.ui import i18n
from desktop.ui.backups_table import BackupsTable
from desktop.ui.worker import BackgroundTask

Ask = Callable[[QWidget, str, str], bool]


def ask_yes_no(parent: QWidget, title: str, text: str) -> bool:
    reply = QMessageBox.question(
        parent,
        title,
        text,
        QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
        QMessageBox.StandardButton.No,
    )
    return reply == QMessageBox.StandardButton.Yes


def error_text(exc: BaseException, lang: str) -> str:
    code = getattr(exc, "code", None)
    if code:
        return translate(code, lang, **getattr(exc, "params", {}))
    return translate("backup.failed", lang, reason=type(exc).__name__)


class BackupsDialog(QDialog):
    finished_work = Signal(object)  # the BackupInfo or RestoreResult of the last task, or an error

    def __init__(
        self, application: Application, actor: Actor, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setObjectName("backupsDialog")
        self.application, self.actor = application, actor
        self.ask: Ask = ask_yes_no
        self.task: BackgroundTask | None = None
        layout = QVBoxLayout(self)
        self.intro = QLabel(self)
        self.intro.setWordWrap(True)
        layout.addWidget(self.intro)
        self.table = BackupsTable(self)
        layout.addWidget(self.table, 1)
        self.status = QLabel(self)
        self.status.setObjectName("backupStatus")
        self.status.setWordWrap(True)
        self.status.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        layout.addWidget(self.status)
        row = QHBoxLayout()
        self.keep_label = QLabel(self)
        self.keep = QSpinBox(self)
        self.keep.setObjectName("backupKeep")
        self.keep.setRange(2, 200)
        self.keep.setValue(policy(application.ctx).keep)
        self.keep.valueChanged.connect(self._keep_changed)
        self.keep_label.setBuddy(self.keep)
        row.addWidget(self.keep_label)
        row.addWidget(self.keep)
        row.addStretch(1)
        self.back_up = QPushButton(self)
        self.back_up.setObjectName("backUpNow")
        self.back_up.clicked.connect(self.back_up_now)
        self.restore = QPushButton(self)
        self.restore.setObjectName("restoreBackup")
        self.restore.clicked.connect(self.restore_chosen)
        row.addWidget(self.back_up)
        row.addWidget(self.restore)
        layout.addLayout(row)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)
        admin = actor.may("backup.restore")
        self.restore.setVisible(admin)
        self.keep.setEnabled(actor.may("settings.manage"))
        self.resize(900, 520)
        self.retranslate()
        self.reload()

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Sauvegardes — Passerelle"))
        self.intro.setText(
            self.tr(
                "Passerelle copie la base de données toutes les 15 minutes quand elle a changé, à "
                "la fermeture et avant chaque mise à jour. Chaque copie est vérifiée avant d'être "
                "gardée; les plus anciennes sont effacées au-delà du nombre choisi. Les copies "
                "restent sur ce portable : les lots de synchronisation sont la copie hors du "
                "portable."
            )
        )
        self.keep_label.setText(self.tr("Sauvegardes gardées :"))
        self.back_up.setText(self.tr("Sauvegarder maintenant"))
        self.restore.setText(self.tr("Restaurer…"))
        self.table.retranslate()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
            self.reload()
        super().changeEvent(event)

    def reload(self) -> None:
        self.table.show_backups(self.application.backups.list(), i18n.current_language())
        self.restore.setEnabled(bool(self.table.backups))

    def _busy(self, busy: bool) -> None:
        for widget in (self.back_up, self.restore, self.keep):
            widget.setEnabled(not busy)
        if not busy:
            self.keep.setEnabled(self.actor.may("settings.manage"))
            self.restore.setEnabled(bool(self.table.backups))

    def _run(self, work: Callable[[], Any], done: Callable[[Any], None]) -> None:
        self._busy(True)
        task = BackgroundTask(lambda _progress, _cancel: work())
        task.signals.done.connect(lambda result: self._finish(done, result))
        task.signals.failed.connect(self._failed)
        self.task = task
        task.start()

    def _finish(self, done: Callable[[Any], None], result: Any) -> None:
        self._busy(False)
        done(result)
        self.reload()
        self.finished_work.emit(result)

    def _failed(self, exc: BaseException) -> None:
        self._busy(False)
        self.status.setText(error_text(exc, i18n.current_language()))
        self.reload()
        self.finished_work.emit(exc)

    def _keep_changed(self, value: int) -> None:
        try:
            set_keep(self.application.ctx, self.actor, value)
        except BackupError as exc:
            self.status.setText(error_text(exc, i18n.current_language()))

    # Back up -----------------------------------------------------------------------------------

    def back_up_now(self) -> None:
        self.status.setText(self.tr("Sauvegarde en cours…"))
        self._run(lambda: self.application.backups.back_up_now(self.actor), self._backed_up)

    def _backed_up(self, info: BackupInfo) -> None:
        lang = i18n.current_language()
        self.status.setText(
            self.tr("Sauvegarde vérifiée : {size}, {path}").format(
                size=format_size(info.size, lang), path=str(info.path)
            )
        )

    # Restore -----------------------------------------------------------------------------------

    def restore_chosen(self) -> None:
        chosen = self.table.chosen()
        if chosen is None:
            self.status.setText(self.tr("Choisissez d'abord une sauvegarde dans la liste."))
            return
        lang = i18n.current_language()
        when = format_datetime(chosen.created_at.astimezone(), lang, long=True)
        question = self.tr(
            "Restaurer la sauvegarde du {when} ?\n\nLa base actuelle sera mise de côté (pas "
            "effacée) et remplacée par cette copie. Ce qui a été enregistré sur ce portable "
            "après cette date n'y sera plus : exportez d'abord un lot de synchronisation si ce "
            "n'est pas fait. L'appareil changera d'incarnation pour que le serveur central ne "
            "confonde pas les nouvelles modifications avec les anciennes."
        ).format(when=when)
        if not self.ask(self, self.tr("Restaurer une sauvegarde"), question):
            return
        self.status.setText(self.tr("Restauration en cours…"))
        application, actor = self.application, self.actor

        def work() -> RestoreResult:
            return application.restore_open(chosen.backup_id, actor)

        self._run(work, self._restored)

    def _restored(self, result: RestoreResult) -> None:
        self.status.setText(
            self.tr(
                "Sauvegarde restaurée. Incarnation de l'appareil : {n}. Ancienne base mise de "
                "côté : {path}"
            ).format(n=result.incarnation, path=str(result.set_aside or "—"))
        )
        self.application.ctx.changes.emit_candidates()
