"""Read-only tables whose rows are picked one at a time (conflicts, laptops, staff, duplicates)."""

from __future__ import annotations

from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QTableWidget, QWidget


def pick_table(parent: QWidget, columns: int, name: str, *, stretch: bool = True) -> QTableWidget:
    """A table of `columns` columns: whole rows selected, one at a time, cells not editable, no
    row numbers. `stretch`: columns share the width; otherwise they fit their contents and the
    last one takes what is left."""
    table = QTableWidget(0, columns, parent)
    table.setObjectName(name)
    table.verticalHeader().hide()
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    header = table.horizontalHeader()
    if stretch:
        header.setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
    else:
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setStretchLastSection(True)
    return table
