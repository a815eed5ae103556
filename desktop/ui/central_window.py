"""The admin window on the central store (`passerelle central --db URL gui`): import bundles,
review duplicate pairs and merges, settle conflicts, enrol and revoke laptops; the store's figures
in the status bar.

A dedicated window rather than the laptop's main window: the central store has no booth, no
drafts and no staff accounts (its admin is whoever unlocks its keys with the passphrase).
"""

from __future__ import annotations

from PySide6.QtCore import QEvent
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QLabel, QMainWindow, QTabWidget

from desktop.services import central_admin
from desktop.services.central_admin import CentralAdmin
from desktop.services.context import ServiceContext
from desktop.ui import i18n
from desktop.ui.central_conflicts_page import ConflictsPage
from desktop.ui.central_devices_page import DevicesPage
from desktop.ui.central_duplicates_page import DuplicatesPage
from desktop.ui.central_import_page import ImportPage


class CentralWindow(QMainWindow):
    def __init__(self, ctx: ServiceContext, admin: CentralAdmin) -> None:
        super().__init__()
        self.setObjectName("centralWindow")
        self.ctx, self.admin = ctx, admin
        self.imports = ImportPage(ctx, admin, self)
        self.duplicates = DuplicatesPage(ctx, admin, self)
        self.conflicts = ConflictsPage(ctx, admin, self)
        self.devices = DevicesPage(ctx, admin, self)
        self.tabs = QTabWidget(self)
        self.tabs.setObjectName("centralTabs")
        for page in (self.imports, self.duplicates, self.conflicts, self.devices):
            self.tabs.addTab(page, "")
        self.setCentralWidget(self.tabs)
        self.imports.imported.connect(self._after_change)
        self.duplicates.merged.connect(self._after_change)
        self.conflicts.resolved.connect(self._after_change)
        self.devices.changed.connect(self._after_change)
        self.figures = QLabel(self)
        self.figures.setObjectName("centralFigures")
        self.statusBar().addPermanentWidget(self.figures)
        self.language_action = QAction(self)
        self.language_action.setShortcut(QKeySequence("Ctrl+Shift+L"))  # as on the laptops
        self.language_action.triggered.connect(self.toggle_language)
        self.quit_action = QAction(self)
        self.quit_action.setShortcut(QKeySequence("Ctrl+Q"))
        self.quit_action.triggered.connect(self.close)
        self.file_menu = self.menuBar().addMenu("")
        self.file_menu.addAction(self.language_action)
        self.file_menu.addSeparator()
        self.file_menu.addAction(self.quit_action)
        self.resize(1366, 768)
        self.retranslate()

    def retranslate(self) -> None:
        lang = i18n.current_language()
        self.setWindowTitle(self.tr("Passerelle — magasin central (administration)"))
        self.tabs.setTabText(0, self.tr("Importation des paquets"))
        self.tabs.setTabText(1, self.tr("Doublons et fusions"))
        self.tabs.setTabText(2, self.tr("Conflits"))
        self.tabs.setTabText(3, self.tr("Portables"))
        self.file_menu.setTitle(self.tr("&Fichier"))
        self.language_action.setText(
            self.tr("English (Ctrl+Maj+L)") if lang == "fr" else self.tr("Français (Ctrl+Maj+L)")
        )
        self.quit_action.setText(self.tr("Quitter"))
        self._update_figures()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def toggle_language(self) -> None:
        i18n.set_language("en" if i18n.current_language() == "fr" else "fr")

    def _after_change(self) -> None:
        self.devices.reload()
        self.duplicates.reload()
        self.conflicts.reload()
        self._update_figures()

    def _update_figures(self) -> None:
        figures = central_admin.figures(self.ctx)
        breaks = sum(1 for chain in figures["audit"] if not chain["ok"])
        text = self.tr(
            "{n} personne(s) · {c} conflit(s) à examiner · {a} alerte(s) · {d} appareil(s)"
        ).format(
            n=figures["candidates"],
            c=figures["open_conflicts"],
            a=figures["alarms"],
            d=len({d["device_id"] for d in figures["devices"]}),
        )
        if breaks:
            text += self.tr(" · journal d'audit rompu : {n} appareil(s)").format(n=breaks)
        self.figures.setText(text)
        self.tabs.setTabText(
            1, self.tr("Doublons et fusions ({n})").format(n=len(self.duplicates.pairs))
        )
        self.tabs.setTabText(2, self.tr("Conflits ({n})").format(n=len(self.conflicts.conflicts)))
