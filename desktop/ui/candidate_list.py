"""The candidate list with search as you type (accent-insensitive, any word order)."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Signal
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
        self.model = CandidateListModel(ctx, actor, lang)
        self.view = QTableView(self)
        self.view.setObjectName("candidateTable")
        self.view.setModel(self.model)
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.view.verticalHeader().hide()
        self.view.verticalHeader().setDefaultSectionSize(24)
        self.view.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        self.view.horizontalHeader().setStretchLastSection(True)
        self.view.setWordWrap(False)
        self.view.activated.connect(self._activated)
        self.count = QLabel(self)
        self.count.setObjectName("candidateCount")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.search)
        layout.addWidget(self.view, 1)
        layout.addWidget(self.count)
        self.retranslate(lang)

    def retranslate(self, lang: str) -> None:
        self._lang = lang
        self.search.setPlaceholderText(
            self.tr("Rechercher : nom, courriel, téléphone, profession (Ctrl+F)")
        )
        self.model.set_language(lang)
        self._update_count()

    def set_event_filter(self, event_id: str | None) -> None:
        self.event_id = event_id
        self.reload()

    def reload(self) -> None:
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
        self.model.set_ids(ids)
        self._update_count()
        self.view.setColumnWidth(0, 220)
        self.view.setColumnWidth(1, 200)

    def refresh(self) -> None:
        """After a save elsewhere: same query, fresh rows."""
        self.reload()

    def _update_count(self) -> None:
        n = self.model.rowCount()
        if self.search.text().strip():
            more = "+" if n >= SEARCH_LIMIT else ""
            self.count.setText(self.tr("{n}{more} résultat(s)").format(n=n, more=more))
        else:
            self.count.setText(self.tr("{n} personne(s) inscrite(s)").format(n=n))

    def selected_ids(self) -> list[str]:
        rows = sorted({index.row() for index in self.view.selectionModel().selectedRows()})
        return [i for i in (self.model.id_at(r) for r in rows) if i]

    def _activated(self, index: object) -> None:
        candidate_id = self.model.id_at(index.row())  # type: ignore[attr-defined]
        if candidate_id:
            self.open_requested.emit(candidate_id)
