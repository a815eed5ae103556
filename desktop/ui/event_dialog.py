"""Choose the current event (fair, information session) or create one: code, name, date, place."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QDate
from PySide6.QtWidgets import (
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from desktop.domain.messages import translate
from desktop.services.actor import Actor
from desktop.services.context import ServiceContext
from desktop.services.events import EventError, EventInfo, create_event, list_events


class EventDialog(QDialog):
    def __init__(
        self,
        ctx: ServiceContext,
        actor: Actor,
        lang: str,
        current_id: str | None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.ctx, self.actor, self.lang = ctx, actor, lang
        self.chosen: EventInfo | None = None
        self.setWindowTitle(self.tr("Événement en cours"))
        self.setMinimumWidth(520)
        layout = QVBoxLayout(self)
        layout.addWidget(
            QLabel(self.tr("Choisissez l'événement où vous inscrivez les personnes :"), self)
        )
        self.list = QListWidget(self)
        self.list.setObjectName("eventList")
        self.list.itemDoubleClicked.connect(lambda _i: self.accept())
        layout.addWidget(self.list)
        layout.addWidget(QLabel("<b>" + self.tr("Nouvel événement") + "</b>", self))
        form = QFormLayout()
        self.code = QLineEdit(self)
        self.code.setObjectName("eventCode")
        self.code.setPlaceholderText("SIIQ-2026")
        self.name = QLineEdit(self)
        self.name.setObjectName("eventName")
        self.starts_on = QDateEdit(QDate.currentDate(), self)
        self.starts_on.setCalendarPopup(True)
        self.starts_on.setDisplayFormat("yyyy-MM-dd")
        self.location = QLineEdit(self)
        form.addRow(self.tr("Code"), self.code)
        form.addRow(self.tr("Nom"), self.name)
        form.addRow(self.tr("Date"), self.starts_on)
        form.addRow(self.tr("Lieu"), self.location)
        layout.addLayout(form)
        create = QPushButton(self.tr("Créer l'événement"), self)
        create.setObjectName("createEvent")
        create.clicked.connect(self._create)
        layout.addWidget(create)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self._fill(current_id)

    def _fill(self, select_id: str | None) -> None:
        self.list.clear()
        for event in list_events(self.ctx):
            text = (
                f"{event.code} — {event.name or ''} ({event.starts_on or '?'}, {event.candidates})"
            )
            item = QListWidgetItem(text)
            item.setData(256, event)
            self.list.addItem(item)
            if event.id == select_id:
                self.list.setCurrentItem(item)

    def _create(self) -> None:
        day: date = self.starts_on.date().toPython()  # type: ignore[assignment]
        try:
            event = create_event(
                self.ctx,
                self.actor,
                self.code.text(),
                self.name.text(),
                day.isoformat(),
                self.location.text(),
            )
        except EventError as exc:
            QMessageBox.warning(
                self, self.tr("Événement"), translate(exc.code, self.lang, **exc.params)
            )
            return
        self._fill(event.id)
        self.code.clear()
        self.name.clear()

    def accept(self) -> None:
        item = self.list.currentItem()
        self.chosen = item.data(256) if item else None
        super().accept()
