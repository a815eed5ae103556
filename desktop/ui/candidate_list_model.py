"""Candidates as a Qt table model: ids for every row, summaries fetched a page at a time.

With 100 000 candidates the model holds 100 000 id strings and a bounded cache of summaries;
rows are read from the store only when the view paints them (the Anki browser approach).
"""

from __future__ import annotations

from collections import OrderedDict
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt

from desktop.domain.enums import Decision, Outcome, label
from desktop.domain.formatting import format_date
from desktop.services.actor import Actor
from desktop.services.context import ServiceContext
from desktop.services.listing import CandidateSummary, summaries

PAGE = 100
CACHE_PAGES = 20
ID_ROLE = Qt.ItemDataRole.UserRole + 1
_Index = QModelIndex | QPersistentModelIndex


class CandidateListModel(QAbstractTableModel):
    COLUMNS = ("name", "email", "phone", "event", "noc", "eligibility", "created")

    def __init__(self, ctx: ServiceContext, actor: Actor, lang: str = "fr") -> None:
        super().__init__()
        self.ctx, self.actor, self.lang = ctx, actor, lang
        self._ids: list[str] = []
        self._pages: OrderedDict[int, dict[str, CandidateSummary]] = OrderedDict()

    def set_ids(self, ids: list[str]) -> None:
        self.beginResetModel()
        self._ids = list(ids)
        self._pages.clear()
        self.endResetModel()

    def refresh_rows(self) -> None:
        """Forget cached summaries (after an edit) and repaint."""
        self._pages.clear()
        if self._ids:
            self.dataChanged.emit(
                self.index(0, 0), self.index(len(self._ids) - 1, len(self.COLUMNS) - 1)
            )

    def set_language(self, lang: str) -> None:
        self.lang = lang
        self.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, len(self.COLUMNS) - 1)
        self.refresh_rows()

    def id_at(self, row: int) -> str | None:
        return self._ids[row] if 0 <= row < len(self._ids) else None

    def row_of(self, candidate_id: str) -> int:
        try:
            return self._ids.index(candidate_id)
        except ValueError:
            return -1

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._ids)

    def columnCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.COLUMNS)

    def _summary(self, row: int) -> CandidateSummary | None:
        page_no = row // PAGE
        page = self._pages.get(page_no)
        if page is None:
            ids = self._ids[page_no * PAGE : (page_no + 1) * PAGE]
            page = {s.id: s for s in summaries(self.ctx, self.actor, ids)}
            self._pages[page_no] = page
            while len(self._pages) > CACHE_PAGES:
                self._pages.popitem(last=False)
        else:
            self._pages.move_to_end(page_no)
        return page.get(self._ids[row])

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._ids):
            return None
        if role == ID_ROLE:
            return self._ids[index.row()]
        if role not in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return None
        s = self._summary(index.row())
        if s is None:
            return None
        column = self.COLUMNS[index.column()]
        if column == "name":
            return s.display_name + ("  ✎" if s.self_entered else "")
        if column == "email":
            return s.email or ""
        if column == "phone":
            return s.phone or ""
        if column == "event":
            return s.event_code or ""
        if column == "noc":
            return s.noc_code or ""
        if column == "eligibility":
            if s.decision:
                return label(Decision(s.decision), self.lang)
            return label(Outcome(s.suggested), self.lang) if s.suggested else ""
        return format_date(s.created_at.date(), self.lang)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        if not 0 <= section < len(self.COLUMNS):
            return None
        fr = ("Nom", "Courriel", "Téléphone", "Événement", "CNP", "Admissibilité", "Inscrit le")
        en = ("Name", "Email", "Phone", "Event", "NOC", "Eligibility", "Registered")
        return (en if self.lang == "en" else fr)[section]
