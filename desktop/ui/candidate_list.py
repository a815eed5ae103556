"""The candidate list with search as you type (accent-insensitive, any word order)."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Signal
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHeaderView,
    QLabel,
    QLineEdit,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from desktop.services.actor import Actor
from desktop.services.context import ServiceContext
from desktop.services.listing import list_ids
from desktop.ui.candidate_list_model import CandidateListModel

SEARCH_LIMIT = 1000


class CandidateList(QWidget):
    open_requested = Signal(str)

    def __init__(
        self, ctx: ServiceContext, actor: Actor, lang: str, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.ctx, self.actor, self._lang = ctx, actor, lang
        self.event_id: str | None = None
        # Set by a filter (e.g. the kiosk's "to verify" list): the ids the list may show.
        self.only_ids: Callable[[], list[str]] | None = None
        self.search = QLineEdit(self)
        self.search.setObjectName("candidateSearch")
        self.search.setClearButtonEnabled(True)
        self.search.textChanged.connect(lambda _text: self.reload())
        # Listing 100 000 ids takes a fifth of a second: a list that is not on screen (the
        # booth form's tab is) lists them when it is shown or its model is read (`refresh`).
        self._pending = False
        self._model = CandidateListModel(ctx, actor, lang)
        self._view = QTableView(self)
        self._view.setObjectName("candidateTable")
        self._view.setModel(self._model)
        self._view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self._view.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self._view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self._view.verticalHeader().hide()
        self._view.verticalHeader().setDefaultSectionSize(24)
        self._view.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        self._view.horizontalHeader().setStretchLastSection(True)
        self._view.setWordWrap(False)
        self._view.activated.connect(self._activated)
        self.count = QLabel(self)
        self.count.setObjectName("candidateCount")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.search)
        layout.addWidget(self._view, 1)
        layout.addWidget(self.count)
        self.retranslate(lang)

    @property
    def model(self) -> CandidateListModel:
        """The list's rows, listed now if a refresh was put off while the list was hidden."""
        self._load_pending()
        return self._model

    @property
    def view(self) -> QTableView:
        """The table, its rows listed now if a refresh was put off (a selection made on it is
        then a selection of current rows, as if the refresh had not waited)."""
        self._load_pending()
        return self._view

    def _load_pending(self) -> None:
        if self._pending:
            self.reload()

    def showEvent(self, event: QShowEvent) -> None:
        self._load_pending()
        super().showEvent(event)

    def retranslate(self, lang: str) -> None:
        self._lang = lang
        self.search.setPlaceholderText(
            self.tr("Rechercher : nom, courriel, téléphone, profession (Ctrl+F)")
        )
        self._model.set_language(lang)
        if not self._pending:
            self._update_count()

    def set_event_filter(self, event_id: str | None) -> None:
        self.event_id = event_id
        self.reload()

    def reload(self) -> None:
        self._pending = False
        text = self.search.text()
        if self.only_ids is not None and not text.strip():
            ids = self.only_ids()
        else:
            ids = list_ids(
                self.ctx,
                self.actor,
                search=text,
                event_id=None,
                limit=SEARCH_LIMIT if text.strip() else None,
            )
        if self.only_ids is not None and text.strip():
            keep = set(ids)
            ids = [i for i in self.only_ids() if i in keep]
        self._model.set_ids(ids)
        self._update_count()
        self._view.setColumnWidth(0, 220)
        self._view.setColumnWidth(1, 200)

    def clear(self) -> None:
        """No rows and no count (the application locks); `refresh()` or `reload()` lists again."""
        self._pending = False
        self._model.set_ids([])
        self.count.clear()

    def set_actor(self, actor: Actor) -> None:
        """Another staff member unlocked: rows are read as them from now on."""
        self.actor = self._model.actor = actor

    def refresh(self) -> None:
        """After a save elsewhere: same query, fresh rows (now if the list is on screen)."""
        if self.isVisible():
            self.reload()
        else:
            self._pending = True

    def _update_count(self) -> None:
        n = self._model.rowCount()
        if self.search.text().strip():
            more = "+" if n >= SEARCH_LIMIT else ""
            self.count.setText(self.tr("{n}{more} résultat(s)").format(n=n, more=more))
        else:
            self.count.setText(self.tr("{n} personne(s) inscrite(s)").format(n=n))

    def selected_ids(self) -> list[str]:
        self._load_pending()  # rows changed since the selection: it is gone, as on screen
        rows = sorted({index.row() for index in self._view.selectionModel().selectedRows()})
        return [i for i in (self._model.id_at(r) for r in rows) if i]

    def _activated(self, index: object) -> None:
        candidate_id = self._model.id_at(index.row())  # type: ignore[attr-defined]
        if candidate_id:
            self.open_requested.emit(candidate_id)
