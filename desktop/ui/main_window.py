"""The main window: the candidate list beside the booth form, the current event, and the counts."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QEvent, Qt, QTimer
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QLabel, QMainWindow, QMessageBox, QTabWidget, QToolBar, QWidget

from desktop.app import Application
from desktop.domain.candidate import EventRef
from desktop.services.actor import Actor
from desktop.services.changes import Changed
from desktop.services.counts import status_counts
from desktop.services.events import get_event
from desktop.services.finalize import reconcile_drafts
from desktop.services.settings import get_setting, set_setting
from desktop.ui import i18n
from desktop.ui.backup_schedule import install_backups
from desktop.ui.candidate_list import CandidateList
from desktop.ui.dashboard import install_dashboard
from desktop.ui.event_dialog import EventDialog
from desktop.ui.help_menu import install_help_menu
from desktop.ui.prefs import InterfacePrefs
from desktop.ui.privacy_menu import install_privacy
from desktop.ui.quick_capture import QuickCapture
from desktop.ui.staff_menu import install as install_staff_features
from desktop.ui.sync_dialog import install_sync_action
from desktop.ui.workspace_tabs import install_workspace


class MainWindow(QMainWindow):
    def __init__(self, application: Application, actor: Actor) -> None:
        super().__init__()
        self.application, self.actor = application, actor
        self.ctx = application.ctx
        lang = i18n.current_language()
        self.drafts = application.drafts()
        self.list = CandidateList(self.ctx, actor, lang, self)
        self.list.open_requested.connect(self.open_candidate)
        self.capture = QuickCapture(self.ctx, actor, self.drafts, lang, self)
        self.capture.saved.connect(self._after_save)
        self.capture.open_requested.connect(self.open_candidate)
        self.capture.status.connect(lambda text: self.statusBar().showMessage(text, 6000))
        # Two full-width tabs rather than side by side: the booth form needs the whole width of a
        # 1366-pixel laptop screen, and the list shows more columns on its own.
        self.tabs = QTabWidget(self)
        self.tabs.setObjectName("mainTabs")
        self.tabs.addTab(self.capture, "")
        self.tabs.addTab(self.list, "")
        self.setCentralWidget(self.tabs)
        self.event_label = QLabel(self)
        self.device_label = QLabel(self)
        self.counts_label = QLabel(self)
        for label in (self.event_label, self.device_label, self.counts_label):
            label.setObjectName(label.objectName() or "statusLabel")
            self.statusBar().addPermanentWidget(label)
        self.counts_label.setObjectName("statusCounts")
        self.event_label.setObjectName("statusEvent")
        self._build_actions()
        self.staff = install_staff_features(self)
        install_workspace(self)
        install_dashboard(self)
        install_privacy(self)
        from desktop.ui.lock_screen import LockController

        self.lock_controller = LockController(self)  # Ctrl+L, idle time, sleep
        install_backups(self)  # File ▸ Backups…, the 15-minute timer and the exit backup
        self.event_id: str | None = get_setting(self.ctx, "current_event_id")
        self._apply_event(status=False)  # retranslate() fills the status bar
        self.ctx.changes.subscribe(self._on_change)
        self.resize(1366, 768)
        self.retranslate()
        self.list.refresh()  # listed when its tab is first shown
        QTimer.singleShot(0, self.capture.notice.start.setFocus)

    # Actions -----------------------------------------------------------------------------------

    def _action(self, name: str, shortcut: str | None, slot: object) -> QAction:
        action = QAction(self)
        action.setObjectName(name)
        if shortcut:
            action.setShortcut(QKeySequence(shortcut))
        action.triggered.connect(slot)
        self.addAction(action)
        return action

    def _build_actions(self) -> None:
        self.new_action = self._action("actionNew", "Ctrl+N", self.new_registration)
        self.search_action = self._action("actionSearch", "Ctrl+F", self._focus_search)
        self.event_action = self._action("actionEvent", "Ctrl+E", self.choose_event)
        self.lock_action = self._action("actionLock", "Ctrl+L", lambda: self.lock("manual"))
        self.language_action = self._action("actionLanguage", "Ctrl+Shift+L", self.toggle_language)
        self.dossier_action = self._action("actionDossier", "Ctrl+P", self.dossier_for_selection)
        self.dossier_action.setVisible(self.actor.may("dossier.print"))
        self.demo_action = self._action("actionDemo", None, self.add_demo_data)
        self.quit_action = self._action("actionQuit", "Ctrl+Q", self.close)
        toolbar = QToolBar(self)
        toolbar.setObjectName("mainToolbar")
        toolbar.setMovable(False)
        toolbar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        for action in (
            self.new_action,
            self.search_action,
            self.event_action,
            self.language_action,
            self.lock_action,
        ):
            toolbar.addAction(action)
        self.addToolBar(toolbar)
        self.file_menu = self.menuBar().addMenu("")
        self.file_menu.addAction(self.demo_action)
        install_sync_action(self, self.file_menu, self.ctx, self.actor)
        self.file_menu.addSeparator()
        self.file_menu.addAction(self.quit_action)
        self.help_menu = self.menuBar().addMenu("")
        self.help = install_help_menu(self, self.help_menu)

    def retranslate(self) -> None:
        lang = i18n.current_language()
        self.setWindowTitle(self.tr("Passerelle — inscription des personnes candidates"))
        self.new_action.setText(self.tr("Nouvelle inscription (Ctrl+N)"))
        self.search_action.setText(self.tr("Rechercher (Ctrl+F)"))
        self.event_action.setText(self.tr("Événement… (Ctrl+E)"))
        self.language_action.setText(
            self.tr("English (Ctrl+Maj+L)") if lang == "fr" else self.tr("Français (Ctrl+Maj+L)")
        )
        self.lock_action.setText(self.tr("Verrouiller (Ctrl+L)"))
        self.demo_action.setText(self.tr("Ajouter des données de démonstration"))
        self.dossier_action.setText(self.tr("Dossier PDF… (Ctrl+P)"))
        self.quit_action.setText(self.tr("Quitter"))
        self.file_menu.setTitle(self.tr("&Fichier"))
        self.tabs.setTabText(0, self.tr("Inscription"))
        self.tabs.setTabText(1, self.tr("Personnes inscrites"))
        self.list.retranslate(lang)
        self.capture.retranslate(lang)
        self._update_status()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def new_registration(self) -> None:
        self.tabs.setCurrentWidget(self.capture)
        self.capture.new_registration()

    def toggle_language(self) -> None:
        lang = "en" if i18n.current_language() == "fr" else "fr"
        i18n.set_language(lang)  # sends LanguageChange to every window
        set_setting(self.ctx, self.actor, "language", lang)
        InterfacePrefs(self.application.paths).update(language=lang)

    def _focus_search(self) -> None:
        self.tabs.setCurrentWidget(self.list)
        self.list.search.setFocus()
        self.list.search.selectAll()

    # Event and status --------------------------------------------------------------------------

    def choose_event(self) -> None:
        dialog = EventDialog(self.ctx, self.actor, i18n.current_language(), self.event_id, self)
        if dialog.exec() and dialog.chosen is not None:
            self.event_id = dialog.chosen.id
            set_setting(self.ctx, self.actor, "current_event_id", self.event_id)
            self._apply_event()

    def _apply_event(self, *, status: bool = True) -> None:
        event = get_event(self.ctx, self.event_id)
        self.capture.set_event(EventRef(code=event.code, name=event.name) if event else None)
        self._event = event
        if status:
            self._update_status()

    def _update_status(self) -> None:
        if not self.application.unlocked:  # nothing to count while the store is closed
            return
        event = getattr(self, "_event", None)
        self.event_label.setText(
            self.tr("Événement : {code}").format(code=event.code)
            if event
            else self.tr("Aucun événement choisi")
        )
        device = self.application.device
        self.device_label.setText(
            self.tr("Appareil : {name}").format(name=device.name if device else "?")
        )
        counts = status_counts(self.ctx, self.event_id)
        parts = [self.tr("Aujourd'hui : {n}").format(n=counts.today)]
        if counts.event is not None:
            parts.append(self.tr("Cet événement : {n}").format(n=counts.event))
        parts.append(self.tr("Non exportés : {n}").format(n=counts.not_exported))
        self.counts_label.setText("  ·  ".join(parts))

    def _on_change(self, change: Changed) -> None:
        if change.kind == "candidate":
            self.list.refresh()
            self._update_status()

    def _after_save(self, candidate_id: str) -> None:
        self._update_status()

    # Records -----------------------------------------------------------------------------------

    def open_candidate(self, candidate_id: str) -> None:
        from desktop.ui.profile_editor import ProfileEditor

        editor = ProfileEditor(self.ctx, self.actor, candidate_id, i18n.current_language(), self)
        editor.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.profile_editor = editor
        editor.open()  # window-modal without a nested event loop

    def dossier_for_selection(self) -> None:
        ids = self.list.selected_ids()
        if not ids:
            self.tabs.setCurrentWidget(self.list)
            self.statusBar().showMessage(
                self.tr("Sélectionnez d'abord une ou plusieurs personnes dans la liste."), 6000
            )
            return
        self.open_dossier(ids)

    def open_dossier(self, ids: list[str]) -> None:
        from desktop.ui.dossier_request import DossierRequest

        request = DossierRequest(self.ctx, self.actor, ids, i18n.current_language(), self)
        request.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.dossier_request = request
        request.open()

    def add_demo_data(self) -> None:
        from desktop.services.demo import fill_demo

        count = fill_demo(self.ctx, self.actor, 100)
        self.list.reload()
        self.statusBar().showMessage(
            self.tr("{n} personnes fictives ajoutées").format(n=count), 6000
        )

    def lock(self, reason: str = "manual") -> None:
        """Lock now: drafts saved, personal data cleared from the screen, store closed."""
        self.lock_controller.lock(reason)

    def closeEvent(self, event: QEvent) -> None:
        self.lock_controller.shutdown()
        if self.application.unlocked:  # a locked window saved its draft when it locked
            self.capture.write_draft()
        self.capture.stop_timers()
        self.ctx.changes.unsubscribe(self._on_change)
        super().closeEvent(event)  # type: ignore[arg-type]


def recover_drafts(window: MainWindow, ask: object = None) -> int:
    """Offer each draft left by a crash; returns how many were recovered."""
    drafts = reconcile_drafts(window.ctx, window.drafts)  # a save that committed wins
    if not drafts:
        return 0
    answer = ask if callable(ask) else _ask_recover
    recovered = 0
    for draft in drafts:
        if answer(window, draft):
            window.capture.load_draft(draft.payload)
            recovered += 1
            break  # one form: the others stay on disk and are offered next time
        window.drafts.discard(draft.draft_id)
    return recovered


def _ask_recover(window: QWidget, draft: object) -> bool:
    name = getattr(draft, "display_name", "") or QCoreApplication.translate(
        "MainWindow", "(sans nom)"
    )
    when = getattr(draft, "saved_at", None)
    reply = QMessageBox.question(
        window,
        QCoreApplication.translate("MainWindow", "Reprendre une inscription"),
        QCoreApplication.translate(
            "MainWindow", "Une inscription n'a pas été terminée : {name} ({when}). La reprendre ?"
        ).format(name=name, when=when.astimezone().strftime("%Y-%m-%d %H:%M") if when else "?"),
        QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
    )
    return reply == QMessageBox.StandardButton.Yes
