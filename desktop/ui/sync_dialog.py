"""The admin's sync screen on a laptop: enrol, export a bundle (with progress, in the background),
say "safe to unplug" only once the file was re-read and verified, and apply central's ack.

`install_sync_action(window)` adds « Synchronisation… » (Ctrl+Shift+S) to the File menu of the main
window for admins; the screen itself calls the same services as `passerelle bundle …`.
"""

from __future__ import annotations

import contextlib
import logging
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QEvent, QObject, Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QLabel,
    QMainWindow,
    QProgressBar,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from desktop.domain.messages import register as register_messages
from desktop.domain.messages import translate
from desktop.services import sync_laptop
from desktop.services.actor import Actor
from desktop.services.context import ServiceContext
from desktop.storage.engine import StoreError
from desktop.sync.errors import SyncError
from desktop.sync.laptop import ExportResult
from desktop.sync.messages import MESSAGES
from desktop.ui import i18n
from desktop.ui.worker import BackgroundTask

register_messages(MESSAGES)
log = logging.getLogger(__name__)


def _error_text(exc: BaseException, lang: str) -> str:
    if isinstance(exc, SyncError):
        return translate(exc.code, lang, **exc.params)
    if isinstance(exc, OSError):
        return translate("file.unwritable", lang, path=str(exc.filename or ""))
    log.error("sync operation failed: %s", type(exc).__name__)
    return translate("sync.unexpected", lang)


class SyncDialog(QDialog):
    """Status of this laptop's sync, and the three admin operations."""

    def __init__(self, ctx: ServiceContext, actor: Actor, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("syncDialog")
        self.ctx, self.actor = ctx, actor
        self.task: BackgroundTask | None = None
        self.last_result: ExportResult | None = None
        self.status_form = QFormLayout()
        self.enrolled_value = QLabel(self)
        self.pending_value = QLabel(self)
        self.audit_value = QLabel(self)
        self.acked_value = QLabel(self)
        self.enrolled_label = QLabel(self)
        self.pending_label = QLabel(self)
        self.audit_label = QLabel(self)
        self.acked_label = QLabel(self)
        for label, value in (
            (self.enrolled_label, self.enrolled_value),
            (self.pending_label, self.pending_value),
            (self.audit_label, self.audit_value),
            (self.acked_label, self.acked_value),
        ):
            value.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            self.status_form.addRow(label, value)
        self.export_button = QPushButton(self)
        self.export_button.setObjectName("exportBundle")
        self.export_button.clicked.connect(self.choose_and_export)
        self.ack_button = QPushButton(self)
        self.ack_button.setObjectName("applyAck")
        self.ack_button.clicked.connect(self.choose_and_apply_ack)
        self.enrol_button = QPushButton(self)
        self.enrol_button.setObjectName("enrolDevice")
        self.enrol_button.clicked.connect(self.choose_and_enrol)
        self.progress = QProgressBar(self)
        self.progress.setVisible(False)
        self.message = QLabel(self)
        self.message.setObjectName("syncMessage")
        self.message.setWordWrap(True)
        self.message.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        self.intro = QLabel(self)
        self.intro.setWordWrap(True)
        layout.addWidget(self.intro)
        layout.addLayout(self.status_form)
        for widget in (self.export_button, self.progress, self.message):
            layout.addWidget(widget)
        layout.addStretch(1)
        layout.addWidget(self.ack_button)
        layout.addWidget(self.enrol_button)
        layout.addWidget(self.buttons)
        self.resize(640, 420)
        self.retranslate()
        self.refresh()

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Synchronisation avec le magasin central"))
        self.intro.setText(
            self.tr(
                "Le paquet contient les inscriptions et modifications que le magasin central n'a "
                "pas encore confirmées. Il est signé par cet appareil et chiffré pour le magasin "
                "central : il ne peut pas être lu sur la clé USB."
            )
        )
        self.enrolled_label.setText(self.tr("Inscription de l'appareil :"))
        self.pending_label.setText(self.tr("En attente d'envoi :"))
        self.audit_label.setText(self.tr("Journal d'audit à envoyer :"))
        self.acked_label.setText(self.tr("Confirmé par le central jusqu'au n° :"))
        self.export_button.setText(self.tr("Exporter un paquet de synchronisation…"))
        self.ack_button.setText(self.tr("Appliquer un accusé de réception…"))
        self.enrol_button.setText(self.tr("Inscrire cet appareil (fichier d'inscription)…"))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
            with contextlib.suppress(StoreError):  # the app locked meanwhile: nothing to show
                self.refresh()
        super().changeEvent(event)

    def refresh(self) -> None:
        state = sync_laptop.status(self.ctx, self.actor)
        if not state.enrolled:
            self.enrolled_value.setText(self.tr("non inscrit — demandez le fichier d'inscription"))
        elif state.revoked:
            self.enrolled_value.setText(self.tr("RÉVOQUÉ par le magasin central"))
        else:
            self.enrolled_value.setText(self.tr("inscrit"))
        self.pending_value.setText(
            self.tr("{people} personne(s), {ops} modification(s)").format(
                people=state.pending_candidates, ops=state.pending_ops
            )
        )
        self.audit_value.setText(self.tr("{n} événement(s)").format(n=state.pending_audit))
        self.acked_value.setText(str(state.acknowledged_up_to))
        busy = self.task is not None
        self.export_button.setEnabled(state.enrolled and not busy)
        self.ack_button.setEnabled(state.enrolled and not busy)

    # Export ------------------------------------------------------------------------------------

    def choose_and_export(self) -> None:
        path, _filter = QFileDialog.getSaveFileName(
            self,
            self.tr("Enregistrer le paquet sur la clé USB"),
            "passerelle-paquet.zip",
            self.tr("Paquets Passerelle (*.zip)"),
        )
        if path:
            self.export_to(Path(path))

    def export_to(self, path: Path) -> BackgroundTask:
        """Export in the background; the result is shown only after the re-read check."""
        self.message.setText(self.tr("Écriture du paquet…"))
        self.progress.setRange(0, 0)
        self.progress.setVisible(True)
        ctx, actor = self.ctx, self.actor

        def work(progress, cancel):  # type: ignore[no-untyped-def]
            return sync_laptop.export_bundle(ctx, actor, path, progress=progress)

        task = BackgroundTask(work)
        task.signals.progress.connect(self._on_progress)
        task.signals.done.connect(self._on_exported)
        task.signals.failed.connect(self._on_failed)
        self.task = task
        self.refresh()
        task.start()
        return task

    def _on_progress(self, done: int, total: int) -> None:
        self.progress.setRange(0, max(total, 1))
        self.progress.setValue(done)

    def _on_exported(self, result: ExportResult) -> None:
        self.task = None
        self.progress.setVisible(False)
        self.last_result = result
        if result.path is None:
            self.message.setText(self.tr("Rien à exporter : le magasin central a tout reçu."))
        else:
            self.message.setText(
                self.tr(
                    "Paquet écrit dans {path} puis relu et vérifié ({ops} modification(s), "
                    "{events} événement(s) du journal). Vous pouvez retirer la clé USB en toute "
                    "sécurité."
                ).format(path=result.path, ops=result.op_count, events=result.audit_events)
            )
        self.refresh()

    def _on_failed(self, exc: BaseException) -> None:
        self.task = None
        self.progress.setVisible(False)
        self.last_result = None
        self.message.setText(
            self.tr(
                "Échec : {reason} Ne retirez pas la clé avant d'avoir réussi l'exportation."
            ).format(reason=_error_text(exc, i18n.current_language()))
        )
        self.refresh()

    # Ack and enrolment -------------------------------------------------------------------------

    def choose_and_apply_ack(self) -> None:
        path, _filter = QFileDialog.getOpenFileName(
            self, self.tr("Accusé de réception du magasin central"), "", "*.json"
        )
        if path:
            self.apply_ack_file(Path(path))

    def apply_ack_file(self, path: Path) -> None:
        lang = i18n.current_language()
        try:
            result = sync_laptop.apply_ack(self.ctx, self.actor, path.read_bytes())
        except (SyncError, OSError) as exc:
            self.message.setText(_error_text(exc, lang))
        else:
            text = translate(
                "ack.applied", lang, up_to=result.acknowledged_up_to, marked=result.marked
            )
            if result.revoked:
                text += "\n" + translate("ack.revoked", lang)
            self.message.setText(text)
        self.refresh()

    def choose_and_enrol(self) -> None:
        path, _filter = QFileDialog.getOpenFileName(
            self, self.tr("Fichier d'inscription du magasin central"), "", "*.json"
        )
        if path:
            self.enrol_file(Path(path))

    def enrol_file(self, path: Path) -> None:
        lang = i18n.current_language()
        try:
            store_id = sync_laptop.enrol(self.ctx, self.actor, path.read_bytes())
        except (SyncError, OSError) as exc:
            self.message.setText(_error_text(exc, lang))
        else:
            self.message.setText(translate("enrol.done", lang, store=store_id))
        self.refresh()

    def reject(self) -> None:
        if self.task is not None:  # never close over a half-written bundle
            self.message.setText(self.tr("Exportation en cours : attendez la vérification."))
            return
        super().reject()


class _SyncAction(QObject):
    """The File-menu action, retranslated with the window."""

    def __init__(self, window: QMainWindow, ctx: ServiceContext, actor: Actor) -> None:
        super().__init__(window)
        self.window, self.ctx, self.actor = window, ctx, actor
        self.action = QAction(window)
        self.action.setObjectName("actionSync")
        self.action.setShortcut(QKeySequence("Ctrl+Shift+S"))
        self.action.triggered.connect(self.open)
        self.action.setVisible(actor.may("bundle.export"))
        window.addAction(self.action)
        window.installEventFilter(self)
        self.retranslate()

    def retranslate(self) -> None:
        self.action.setText(QCoreApplication.translate("SyncDialog", "Synchronisation…"))

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        return False

    def open(self) -> SyncDialog:
        dialog = SyncDialog(self.ctx, self.actor, self.window)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.dialog = dialog
        dialog.open()
        return dialog


def install_sync_action(
    window: QMainWindow, menu: object, ctx: ServiceContext, actor: Actor
) -> QAction:
    """Add « Synchronisation… » to `menu` (a QMenu) of the main window; admins only see it."""
    helper = _SyncAction(window, ctx, actor)
    menu.addAction(helper.action)  # type: ignore[attr-defined]
    window.sync_helper = helper  # type: ignore[attr-defined]
    return helper.action
