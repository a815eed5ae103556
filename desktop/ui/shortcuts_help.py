"""Help ▸ Keyboard shortcuts (F1): every shortcut of the window, read from its actions.

The list is built from the window's actions at the time it is opened, so a shortcut added to the
main window (or taken away from a role that may not use it) is listed without touching this file;
the keys that are not actions (save in the form, moving between fields) are listed after them.
"""

from __future__ import annotations

import re

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

# "Nouvelle inscription (Ctrl+N)" → "Nouvelle inscription"; "Événement…" → "Événement".
_SHORTCUT_SUFFIX = re.compile(r"\s*\([^()]*\)\s*$")


def action_label(text: str) -> str:
    text = _SHORTCUT_SUFFIX.sub("", text.replace("&&", "\0").replace("&", "").replace("\0", "&"))
    return text.rstrip("…").rstrip(".").strip()


def window_shortcuts(
    window: QWidget, descriptions: dict[str, str] | None = None
) -> list[tuple[str, str]]:
    """(keys, what they do) of the visible, enabled actions of `window` that have a shortcut.

    `descriptions` gives a fuller text for some actions, by object name; the others are described
    by their own text (what their menu or toolbar shows).
    """
    descriptions = descriptions or {}
    rows: list[tuple[str, str]] = []
    seen: set[str] = set()
    for action in window.findChildren(QAction):
        if action.shortcut().isEmpty() or not action.isVisible() or not action.isEnabled():
            continue
        keys = action.shortcut().toString(QKeySequence.SequenceFormat.NativeText)
        if keys in seen or not action.text():
            continue
        seen.add(keys)
        rows.append((keys, descriptions.get(action.objectName()) or action_label(action.text())))
    return sorted(rows, key=lambda row: (not row[0].startswith("F"), row[0]))


class ShortcutsDialog(QDialog):
    def __init__(self, window: QWidget) -> None:
        super().__init__(window)
        self.setObjectName("shortcutsDialog")
        self.setWindowTitle(self.tr("Raccourcis clavier"))
        self.setMinimumWidth(560)  # the height follows the rows (below)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(20, 20, 20, 16)
        layout.setSpacing(12)
        intro = QLabel(
            self.tr(
                "Tout se fait au clavier. Au kiosque d'inscription : Ctrl+N, remplir le "
                "formulaire avec Tab, puis Entrée pour enregistrer."
            ),
            self,
        )
        intro.setWordWrap(True)
        layout.addWidget(intro)
        rows = window_shortcuts(window, self.descriptions()) + self.form_keys()
        self.table = QTableWidget(len(rows), 2, self)
        self.table.setObjectName("shortcutsTable")
        self.table.setHorizontalHeaderLabels([self.tr("Touches"), self.tr("Action")])
        self.table.verticalHeader().setVisible(False)
        self.table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.table.setSelectionMode(QTableWidget.SelectionMode.NoSelection)
        self.table.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.table.setAlternatingRowColors(True)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        for row, (keys, label) in enumerate(rows):
            key_item = QTableWidgetItem(keys)
            font = key_item.font()
            font.setBold(True)
            key_item.setFont(font)
            self.table.setItem(row, 0, key_item)
            self.table.setItem(row, 1, QTableWidgetItem(label))
        # Every row in view without scrolling, within a 1366×768 laptop screen.
        rows_height = (
            header.sizeHint().height()
            + self.table.verticalHeader().length()
            + 2 * self.table.frameWidth()
        )
        self.table.setMinimumHeight(min(rows_height, 560))
        layout.addWidget(self.table)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)

    def descriptions(self) -> dict[str, str]:
        """Fuller texts for the main window's actions whose button text is short."""
        return {
            "actionNew": self.tr("Nouvelle inscription (le formulaire s'ouvre sur l'avis)"),
            "actionSearch": self.tr("Rechercher une personne inscrite"),
            "actionEvent": self.tr("Choisir ou créer l'événement en cours"),
            "actionLanguage": self.tr("Changer la langue de l'interface (français, anglais)"),
            "actionLock": self.tr("Verrouiller : votre mot de passe vous ramène où vous étiez"),
            "actionKiosk": self.tr("Mode borne : la personne remplit elle-même sa fiche"),
            "actionDossier": self.tr("Dossier PDF des personnes sélectionnées"),
            "actionQuit": self.tr("Quitter Passerelle"),
            "actionShortcuts": self.tr("Cette liste des raccourcis"),
        }

    def form_keys(self) -> list[tuple[str, str]]:
        """Keys of the registration form and of every dialog (not window actions)."""
        return [
            (self.tr("Entrée ou Ctrl+S"), self.tr("Enregistrer l'inscription (formulaire)")),
            (self.tr("Tab, Maj+Tab"), self.tr("Champ suivant, champ précédent")),
            (self.tr("Espace"), self.tr("Cocher ou décocher un consentement")),
            (self.tr("Flèches haut et bas"), self.tr("Choisir dans une liste (pays, CNP…)")),
            (self.tr("Échap"), self.tr("Fermer une fenêtre de dialogue sans rien changer")),
        ]

    def rows(self) -> list[tuple[str, str]]:
        return [
            (self.table.item(r, 0).text(), self.table.item(r, 1).text())
            for r in range(self.table.rowCount())
        ]
