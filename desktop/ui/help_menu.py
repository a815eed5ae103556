"""The Help menu of the main window: keyboard shortcuts (F1) and About Passerelle.

`install_help_menu(window)` is the one call the main window makes; the actions retranslate
themselves when the language changes (an event filter on the window), so main_window.py keeps no
code of this menu.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QMainWindow, QMenu

from desktop.ui import i18n


class HelpMenu(QObject):
    """Owns the Help menu's actions; parented to the window."""

    def __init__(self, window: QMainWindow, menu: QMenu) -> None:
        super().__init__(window)
        self.setObjectName("helpMenu")
        self.window_, self.menu = window, menu
        self.shortcuts_action = self._make("actionShortcuts", "F1")
        self.shortcuts_action.triggered.connect(self.show_shortcuts)
        self.about_action = self._make("actionAbout", None)
        self.about_action.setMenuRole(QAction.MenuRole.AboutRole)
        self.about_action.triggered.connect(self.show_about)
        menu.addAction(self.shortcuts_action)
        menu.addSeparator()
        menu.addAction(self.about_action)
        window.installEventFilter(self)
        self.retranslate()

    def _make(self, name: str, shortcut: str | None) -> QAction:
        action = QAction(self.window_)
        action.setObjectName(name)
        if shortcut:
            action.setShortcut(QKeySequence(shortcut))
        self.window_.addAction(action)
        return action

    def retranslate(self) -> None:
        self.menu.setTitle(self.tr("&Aide"))
        self.shortcuts_action.setText(self.tr("Raccourcis clavier (F1)"))
        self.about_action.setText(self.tr("À propos de Passerelle"))

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.window_ and event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        return False

    def show_shortcuts(self) -> None:
        from desktop.ui.shortcuts_help import ShortcutsDialog

        dialog = ShortcutsDialog(self.window_)
        self.shortcuts_dialog = dialog
        dialog.open()

    def show_about(self) -> None:
        from desktop.ui.about import AboutDialog

        application = getattr(self.window_, "application", None)
        device = getattr(application, "device", None)
        paths = getattr(application, "paths", None)
        dialog = AboutDialog(
            i18n.current_language(),
            getattr(device, "name", None),
            getattr(paths, "home", None),
            self.window_,
        )
        self.about_dialog = dialog
        dialog.open()


def install_help_menu(window: QMainWindow, menu: QMenu) -> HelpMenu:
    return HelpMenu(window, menu)
