"""Central admin window, first tab: import bundles (in the background) and show each report."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtWidgets import (
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QProgressBar,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from desktop.central.importer import BundleReport
from desktop.domain.messages import translate
from desktop.services import central_admin
from desktop.services.central_admin import CentralAdmin
from desktop.services.context import ServiceContext
from desktop.ui import i18n
from desktop.ui.worker import BackgroundTask

_COLUMNS = 6


class ImportPage(QWidget):
    imported = Signal()

    def __init__(self, ctx: ServiceContext, admin: CentralAdmin, parent: QWidget | None = None):
        super().__init__(parent)
        self.ctx, self.admin = ctx, admin
        self.task: BackgroundTask | None = None
        self.reports: list[tuple[str, BundleReport]] = []
        self.intro = QLabel(self)
        self.intro.setWordWrap(True)
        self.choose = QPushButton(self)
        self.choose.setObjectName("importBundles")
        self.choose.clicked.connect(self.choose_files)
        self.ack_label = QLabel(self)
        self.ack_label.setWordWrap(True)
        self.progress = QProgressBar(self)
        self.progress.setVisible(False)
        self.table = QTableWidget(0, _COLUMNS, self)
        self.table.setObjectName("importReports")
        self.table.verticalHeader().setVisible(False)
        self.table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.setWordWrap(True)
        self.empty = QLabel(self)
        self.empty.setAlignment(Qt.AlignmentFlag.AlignCenter)
        top = QHBoxLayout()
        top.addWidget(self.choose)
        top.addWidget(self.progress, 1)
        layout = QVBoxLayout(self)
        layout.addWidget(self.intro)
        layout.addLayout(top)
        layout.addWidget(self.ack_label)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.empty)
        self.ack_dir: Path | None = None
        self.retranslate()

    def retranslate(self) -> None:
        self.intro.setText(
            self.tr(
                "Choisissez les paquets apportés des portables (clé USB). Chacun est vérifié en "
                "entier avant d'écrire quoi que ce soit; un paquet déjà importé ne change rien. "
                "Les accusés de réception sont écrits à côté des paquets, dans le dossier "
                "« accuses », pour être rapportés aux portables."
            )
        )
        self.choose.setText(self.tr("Importer des paquets…"))
        self.table.setHorizontalHeaderLabels(
            [
                self.tr("Fichier"),
                self.tr("Résultat"),
                self.tr("Ajoutées"),
                self.tr("Mises à jour"),
                self.tr("Opérations"),
                self.tr("Détails"),
            ]
        )
        self.empty.setText(self.tr("Aucun paquet importé pendant cette séance."))
        self.ack_label.setText(
            self.tr("Accusés de réception : {folder}").format(folder=self.ack_dir)
            if self.ack_dir
            else ""
        )
        self._fill()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def choose_files(self) -> None:
        paths, _filter = QFileDialog.getOpenFileNames(
            self, self.tr("Paquets de synchronisation"), "", self.tr("Paquets Passerelle (*.zip)")
        )
        if paths:
            files = [Path(p) for p in paths]
            self.import_files(files, files[0].parent / "accuses")

    def import_files(self, paths: list[Path], ack_dir: Path | None) -> BackgroundTask:
        self.ack_dir = ack_dir
        self.choose.setEnabled(False)
        self.progress.setRange(0, 0)  # busy until the first bundle is read and verified
        self.progress.setValue(0)
        self.progress.setVisible(True)
        ctx, admin = self.ctx, self.admin

        def work(progress, cancel):  # type: ignore[no-untyped-def]
            files = []
            for path in paths:
                try:
                    files.append((path.name, path.read_bytes()))
                except OSError:
                    files.append((path.name, b""))  # reported as a damaged bundle
            return central_admin.import_bundles(
                ctx, admin, files, ack_dir=ack_dir, progress=progress
            )

        task = BackgroundTask(work)
        task.signals.progress.connect(self._on_progress)
        task.signals.done.connect(self._on_done)
        task.signals.failed.connect(self._on_failed)
        self.task = task
        task.start()
        return task

    def _on_progress(self, done: int, total: int) -> None:
        self.progress.setRange(0, total)
        self.progress.setValue(done)

    def _on_done(self, results: list[tuple[str, BundleReport]]) -> None:
        self.task = None
        self.progress.setVisible(False)
        self.choose.setEnabled(True)
        self.reports = results + self.reports
        self.retranslate()
        self.imported.emit()

    def _on_failed(self, exc: BaseException) -> None:
        self.task = None
        self.progress.setVisible(False)
        self.choose.setEnabled(True)
        code = getattr(exc, "code", "sync.unexpected")
        self.empty.setText(translate(code, i18n.current_language(), **getattr(exc, "params", {})))
        self.empty.setVisible(True)

    def _status_text(self, report: BundleReport) -> str:
        return {
            "imported": self.tr("Importé"),
            "already_imported": self.tr("Déjà importé"),
            "quarantined": self.tr("Quarantaine partielle"),
            "rejected": self.tr("Refusé"),
        }.get(report.status, report.status)

    def _details(self, report: BundleReport) -> str:
        lang = i18n.current_language()
        parts: list[str] = []
        if report.reason:
            parts.append(translate(report.reason, lang))
        if report.skipped:
            parts.append(self.tr("{n} déjà reçue(s)").format(n=report.skipped))
        if report.dropped:
            parts.append(self.tr("{n} écartée(s) (fiche effacée)").format(n=report.dropped))
        if report.quarantined:
            parts.append(
                self.tr("{n} en quarantaine (appareil révoqué)").format(n=report.quarantined)
            )
        for start, end in report.missing:
            parts.append(self.tr("manquantes : n° {a} à {b}").format(a=start, b=end))
        for item in report.audit_breaks:
            parts.append(
                self.tr("journal d'audit : rupture « {kind} » (n° {a} à {b})").format(
                    kind=item["kind"], a=item["seq_from"], b=item["seq_to"]
                )
            )
        return " · ".join(parts) or "—"

    def _fill(self) -> None:
        self.table.setRowCount(len(self.reports))
        for row, (name, report) in enumerate(self.reports):
            values = [
                name,
                self._status_text(report),
                str(report.added),
                str(report.updated),
                str(report.applied),
                self._details(report),
            ]
            for column, text in enumerate(values):
                item = QTableWidgetItem(text)
                if report.status in ("rejected", "quarantined") or report.audit_breaks:
                    item.setForeground(Qt.GlobalColor.darkRed)
                self.table.setItem(row, column, item)
        self.table.resizeRowsToContents()
        self.empty.setVisible(not self.reports)
