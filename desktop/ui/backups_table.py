"""The table of backups shared by the backups dialog and the recovery screen (date, kind, size,
candidates, verified), newest first."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHeaderView,
    QTableWidget,
    QTableWidgetItem,
    QWidget,
)

from desktop.domain.file_sizes import format_size
from desktop.domain.formatting import format_datetime, format_number
from desktop.domain.messages import translate
from desktop.services.backups import BackupInfo


class BackupsTable(QTableWidget):
    """A few dozen rows at most (the setting caps how many are kept): a plain table widget."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(0, 5, parent)
        self.setObjectName("backupsTable")
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.verticalHeader().setVisible(False)
        header = self.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setStretchLastSection(True)
        self.backups: list[BackupInfo] = []

    def retranslate(self) -> None:
        self.setHorizontalHeaderLabels(
            [
                self.tr("Date"),
                self.tr("Type"),
                self.tr("Taille"),
                self.tr("Personnes"),
                self.tr("Vérifiée"),
            ]
        )

    def show_backups(self, backups: list[BackupInfo], lang: str) -> None:
        self.backups = backups
        self.retranslate()
        self.setRowCount(len(backups))
        yes, no = self.tr("Oui"), self.tr("Non — à ne pas restaurer")
        for row, b in enumerate(backups):
            people = format_number(b.facts.candidates, lang) if b.facts else "—"
            cells = [
                format_datetime(b.created_at.astimezone(), lang, long=True),
                translate(f"backup.kind.{b.kind}", lang),
                format_size(b.size, lang),
                people,
                yes if b.verified else no,
            ]
            for column, text in enumerate(cells):
                item = QTableWidgetItem(text)
                if column in (2, 3):
                    item.setTextAlignment(
                        Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
                    )
                if not b.verified:
                    item.setForeground(Qt.GlobalColor.darkRed)
                self.setItem(row, column, item)
        if backups:
            self.selectRow(0)

    def chosen(self) -> BackupInfo | None:
        rows = {i.row() for i in self.selectedIndexes()}
        if len(rows) != 1:
            return None
        return self.backups[rows.pop()]
