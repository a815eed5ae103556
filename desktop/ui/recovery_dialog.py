"""Recovery mode: the screen shown instead of sign-in when the store is damaged.

It says what happened in plain words, then offers the two things to do, in order: export what is
still readable (an encrypted emergency bundle when the laptop is enrolled, else candidate JSON
Lines) and restore a verified backup (the damaged file is set aside, backups are only read). Both
need an administrator's sign-in, checked against the readable copy or the backup being restored.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication, QEvent, Qt, Signal
from PySide6.QtWidgets import (
    QDialog,
    QFileDialog,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from desktop.domain.messages import translate
from desktop.paths import Paths
from desktop.services.recovery import (
    Diagnosis,
    EmergencyExport,
    RecoveryAccess,
    RestoreResult,
    diagnose,
    emergency_export,
    recovery_access,
    restore_backup,
)
from desktop.ui import i18n
from desktop.ui.backups_dialog import Ask, ask_yes_no, error_text
from desktop.ui.backups_table import BackupsTable
from desktop.ui.worker import BackgroundTask

ChooseFile = Callable[[QWidget, str], str]


def choose_export_file(parent: QWidget, suggested: str) -> str:
    title = QCoreApplication.translate("RecoveryDialog", "Exporter les données lisibles")
    path, _filter = QFileDialog.getSaveFileName(parent, title, suggested)
    return path


class RecoveryDialog(QDialog):
    """Accepted once a backup was restored (the app then starts normally); rejected to quit."""

    finished_work = Signal(object)

    def __init__(
        self, paths: Paths, diagnosis: Diagnosis | None = None, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setObjectName("recoveryDialog")
        self.paths = paths
        # The store is encrypted: without the key only the backups list can be read here.
        self.diagnosis = diagnosis or Diagnosis(True, "?", diagnose(paths).backups)
        self.ask: Ask = ask_yes_no
        self.choose_file: ChooseFile = choose_export_file
        self.task: BackgroundTask | None = None
        layout = QVBoxLayout(self)
        self.title = QLabel(self)
        self.title.setObjectName("recoveryTitle")
        self.title.setStyleSheet("font-size: 16pt; font-weight: 600; color: #a4262c;")
        layout.addWidget(self.title)
        self.explanation = QLabel(self)
        self.explanation.setWordWrap(True)
        layout.addWidget(self.explanation)
        self.sign_in = QGroupBox(self)
        form = QFormLayout(self.sign_in)
        self.username = QLineEdit(self)
        self.username.setObjectName("recoveryUser")
        self.password = QLineEdit(self)
        self.password.setObjectName("recoveryPassword")
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        self.username_label, self.password_label = QLabel(self), QLabel(self)
        form.addRow(self.username_label, self.username)
        form.addRow(self.password_label, self.password)
        layout.addWidget(self.sign_in)
        self.step1 = QLabel(self)
        self.step1.setWordWrap(True)
        layout.addWidget(self.step1)
        self.export = QPushButton(self)
        self.export.setObjectName("emergencyExport")
        self.export.clicked.connect(self.export_readable)
        layout.addWidget(self.export, 0, Qt.AlignmentFlag.AlignLeft)
        self.step2 = QLabel(self)
        self.step2.setWordWrap(True)
        layout.addWidget(self.step2)
        self.table = BackupsTable(self)
        layout.addWidget(self.table, 1)
        self.status = QLabel(self)
        self.status.setObjectName("recoveryStatus")
        self.status.setWordWrap(True)
        self.status.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        layout.addWidget(self.status)
        row = QHBoxLayout()
        row.addStretch(1)
        self.restore = QPushButton(self)
        self.restore.setObjectName("restoreChosen")
        self.restore.clicked.connect(self.restore_chosen)
        self.quit = QPushButton(self)
        self.quit.setObjectName("recoveryQuit")
        self.quit.clicked.connect(self.reject)
        row.addWidget(self.restore)
        row.addWidget(self.quit)
        layout.addLayout(row)
        self.resize(1000, 700)
        self.retranslate()

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Mode de récupération — Passerelle"))
        self.title.setText(self.tr("La base de données de ce portable est endommagée"))
        self.explanation.setText(
            self.tr(
                "Passerelle a détecté une erreur dans le fichier de données (détail technique : "
                "{detail}). Cela "
                "arrive après une coupure de courant, un disque défaillant ou un fichier copié "
                "pendant l'enregistrement. Rien n'a été effacé : le fichier endommagé sera "
                "gardé de côté et les sauvegardes ne sont jamais modifiées. Une personne "
                "administratrice doit se connecter pour les deux étapes ci-dessous."
            ).format(detail=self._detail())
        )
        self.sign_in.setTitle(self.tr("Connexion administrateur·rice"))
        self.username_label.setText(self.tr("Nom d'utilisateur"))
        self.password_label.setText(self.tr("Mot de passe"))
        self.step1.setText(
            self.tr(
                "1. Exportez ce qui est encore lisible. Si ce portable est inscrit au serveur "
                "central, c'est un lot de synchronisation chiffré à importer au bureau; sinon, "
                "un fichier JSON Lines non chiffré, à garder en lieu sûr."
            )
        )
        self.export.setText(self.tr("Exporter les données lisibles…"))
        self.step2.setText(
            self.tr(
                "2. Restaurez la plus récente sauvegarde vérifiée. Ce qui a été saisi après elle "
                "n'est plus sur ce portable, mais se trouve dans le lot exporté à l'étape 1."
            )
        )
        self.restore.setText(self.tr("Restaurer la sauvegarde choisie"))
        self.quit.setText(self.tr("Quitter"))
        self.table.show_backups(self.diagnosis.backups, i18n.current_language())
        self.restore.setEnabled(any(b.verified for b in self.diagnosis.backups))
        if not self.diagnosis.backups:
            self.status.setText(
                self.tr("Aucune sauvegarde sur ce portable : exportez les données lisibles.")
            )

    def _detail(self) -> str:
        verdict = self.diagnosis.verdict
        if verdict.startswith("error: "):  # "error: DatabaseError: …": SQLite's own words only
            verdict = verdict.split(": ", 2)[-1]
        return verdict if len(verdict) < 120 else verdict[:117] + "…"

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def _access(self) -> Callable[[], RecoveryAccess]:
        username, password = self.username.text().strip(), self.password.text()
        return lambda: recovery_access(self.paths, username, password)

    def _run(self, work: Callable[[], Any], done: Callable[[Any], None]) -> None:
        for button in (self.export, self.restore, self.quit):
            button.setEnabled(False)
        task = BackgroundTask(lambda _progress, _cancel: work())
        task.signals.done.connect(lambda result: self._finish(done, result))
        task.signals.failed.connect(self._failed)
        self.task = task
        task.start()

    def _enable(self) -> None:
        self.export.setEnabled(True)
        self.quit.setEnabled(True)
        self.restore.setEnabled(any(b.verified for b in self.diagnosis.backups))

    def _finish(self, done: Callable[[Any], None], result: Any) -> None:
        self._enable()
        done(result)
        self.finished_work.emit(result)

    def _failed(self, exc: BaseException) -> None:
        self._enable()
        self.password.clear()
        self.status.setText(error_text(exc, i18n.current_language()))
        self.finished_work.emit(exc)

    def _need_sign_in(self) -> bool:
        if self.username.text().strip() and self.password.text():
            return False
        self.status.setText(
            self.tr("Entrez d'abord le nom et le mot de passe d'un·e administrateur·rice.")
        )
        (self.username if not self.username.text().strip() else self.password).setFocus()
        return True

    # Step 1 ------------------------------------------------------------------------------------

    def export_readable(self) -> None:
        if self._need_sign_in():
            return
        suggested = str(Path.home() / "passerelle-urgence.zip")
        chosen = self.choose_file(self, suggested)
        if not chosen:
            return
        out, access, paths = Path(chosen), self._access(), self.paths
        self.status.setText(self.tr("Lecture de ce qui est lisible et export en cours…"))

        def work() -> EmergencyExport:
            granted = access()
            return emergency_export(
                paths,
                out,
                granted.authorise,
                opener=granted.opener,
                open_store=granted.open_store,
            )

        self._run(work, self._exported)

    def _exported(self, result: EmergencyExport) -> None:
        lang = i18n.current_language()
        if result.path is None:
            self.status.setText(translate("recovery.nothing_to_export", lang))
        elif result.kind == "bundle":
            self.status.setText(
                translate(
                    "recovery.exported_bundle",
                    lang,
                    path=str(result.path),
                    ops=result.ops,
                    candidates=result.candidates,
                )
            )
        else:
            self.status.setText(
                translate(
                    "recovery.exported_jsonl",
                    lang,
                    path=str(result.path),
                    candidates=result.candidates,
                )
            )

    # Step 2 ------------------------------------------------------------------------------------

    def restore_chosen(self) -> None:
        if self._need_sign_in():
            return
        chosen = self.table.chosen()
        if chosen is None or not chosen.verified:
            self.status.setText(self.tr("Choisissez une sauvegarde vérifiée dans la liste."))
            return
        question = self.tr(
            "Restaurer cette sauvegarde ? Le fichier endommagé sera gardé de côté dans le "
            "dossier « set-aside »."
        )
        if not self.ask(self, self.tr("Restaurer une sauvegarde"), question):
            return
        paths, access = self.paths, self._access()
        self.status.setText(self.tr("Restauration en cours…"))

        def work() -> RestoreResult:
            granted = access()
            return restore_backup(
                paths,
                chosen.backup_id,
                granted.authorise,
                opener=granted.opener,
                open_store=granted.open_store,
                reason="damaged",
            )

        self._run(work, self._restored)

    def _restored(self, result: RestoreResult) -> None:
        self.result_ = result
        self.accept()


def run_recovery(paths: Paths, diagnosis: Diagnosis | None = None) -> RestoreResult | None:
    """Show recovery mode; the restore's result, or None when the user quits."""
    dialog = RecoveryDialog(paths, diagnosis)
    try:
        if dialog.exec() == QDialog.DialogCode.Accepted:
            result: RestoreResult | None = getattr(dialog, "result_", None)
            return result
        return None
    finally:
        dialog.deleteLater()
