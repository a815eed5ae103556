"""Likely duplicates of the person being typed, with the reason; open the existing record or go on."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from desktop.services.duplicates import DuplicateMatch, reason_text


class DuplicatePanel(QFrame):
    open_requested = Signal(str)  # candidate id
    dismissed = Signal()

    def __init__(self, lang: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._lang = lang
        self._matches: list[DuplicateMatch] = []
        self.setObjectName("duplicatePanel")
        self.setStyleSheet(
            "#duplicatePanel { background: #fff4ce; border: 1px solid #c19c00; border-radius: 4px; }"
        )
        layout = QVBoxLayout(self)
        self.heading = QLabel(self)
        self.heading.setStyleSheet("font-weight: 600;")
        self.heading.setWordWrap(True)
        self.list = QListWidget(self)
        self.list.setObjectName("duplicateList")
        self.list.setMaximumHeight(110)
        self.list.setWordWrap(True)
        self.list.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.list.itemActivated.connect(lambda _item: self._open())
        buttons = QHBoxLayout()
        self.open_button = QPushButton(self)
        self.open_button.setObjectName("openExisting")
        self.open_button.clicked.connect(self._open)
        self.continue_button = QPushButton(self)
        self.continue_button.setObjectName("continueAnyway")
        self.continue_button.clicked.connect(self._dismiss)
        buttons.addWidget(self.open_button)
        buttons.addWidget(self.continue_button)
        buttons.addStretch(1)
        layout.addWidget(self.heading)
        layout.addWidget(self.list)
        layout.addLayout(buttons)
        self.hide()
        self.retranslate(lang)

    def retranslate(self, lang: str) -> None:
        self._lang = lang
        self.heading.setText(self.tr("Cette personne est peut-être déjà inscrite :"))
        self.open_button.setText(self.tr("Ouvrir la fiche existante"))
        self.continue_button.setText(self.tr("Continuer (personne différente)"))
        self.show_matches(self._matches)

    def show_matches(self, matches: list[DuplicateMatch]) -> None:
        self._matches = matches
        self.list.clear()
        for match in matches:
            s = match.summary
            reasons = ", ".join(reason_text(r, self._lang) for r in match.reasons)
            details = " · ".join(x for x in (s.email, s.phone, s.date_of_birth, s.event_code) if x)
            item = QListWidgetItem(f"{s.display_name} — {reasons}\n{details}")
            item.setData(256, s.id)
            self.list.addItem(item)
        if matches:
            self.list.setCurrentRow(0)
        self.setVisible(bool(matches))

    @property
    def matches(self) -> list[DuplicateMatch]:
        return list(self._matches)

    def _open(self) -> None:
        item = self.list.currentItem()
        if item is not None:
            self.open_requested.emit(str(item.data(256)))

    def _dismiss(self) -> None:
        self.hide()
        self.dismissed.emit()
