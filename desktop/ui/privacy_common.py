"""Small pieces shared by the privacy screens: an optional date, dialogs tests can replace,
and the translated text of issues and errors."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QDate
from PySide6.QtWidgets import (
    QCheckBox,
    QDateEdit,
    QFileDialog,
    QHBoxLayout,
    QMessageBox,
    QTableWidget,
    QTableWidgetItem,
    QWidget,
)

from desktop.domain.issues import Issue
from desktop.domain.messages import issue_text, translate


def to_qdate(value: date) -> QDate:
    return QDate(value.year, value.month, value.day)


def from_qdate(value: QDate) -> date:
    return date(value.year(), value.month(), value.day())


class DateField(QDateEdit):
    """A date typed or picked, shown AAAA-MM-JJ (both languages: the Quebec numeric form)."""

    def __init__(self, value: date | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setCalendarPopup(True)
        self.setDisplayFormat("yyyy-MM-dd")
        self.setDate(to_qdate(value or date.today()))

    def value(self) -> date:
        return from_qdate(self.date())


class OptionalDate(QWidget):
    """A date that may be absent (« not notified yet »): a tick box enables the date."""

    def __init__(self, label: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.check = QCheckBox(label, self)
        self.edit = DateField(None, self)
        self.edit.setEnabled(False)
        self.check.toggled.connect(self.edit.setEnabled)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.check)
        layout.addWidget(self.edit)
        layout.addStretch(1)

    def value(self) -> date | None:
        return self.edit.value() if self.check.isChecked() else None

    def set_value(self, value: date | None) -> None:
        self.check.setChecked(value is not None)
        if value is not None:
            self.edit.setDate(to_qdate(value))


def ask_confirm(parent: QWidget, title: str, text: str) -> bool:
    """Yes/No, « No » by default (replaced in tests)."""
    answer = QMessageBox.question(
        parent,
        title,
        text,
        QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
        QMessageBox.StandardButton.No,
    )
    return answer == QMessageBox.StandardButton.Yes


def choose_save_path(parent: QWidget, title: str, suggested: str, filters: str) -> str | None:
    """Where to write a file (replaced in tests)."""
    path, _selected = QFileDialog.getSaveFileName(parent, title, suggested, filters)
    return path or None


def show_message(parent: QWidget, text: str, warning: bool = False) -> None:
    """Tell the user something (replaced in tests)."""
    if warning:
        QMessageBox.warning(parent, "Passerelle", text)
    else:
        QMessageBox.information(parent, "Passerelle", text)


def issues_text(issues: list[Issue], lang: str) -> str:
    return "\n".join("• " + issue_text(i, lang) for i in issues)


def error_text(exc: Exception, lang: str) -> str:
    code = getattr(exc, "code", None)
    if isinstance(code, str):
        return translate(code, lang, **dict(getattr(exc, "params", {}) or {}))
    return str(exc)


def fill_table(table: QTableWidget, rows: list[list[str]], keys: list[str] | None = None) -> None:
    """Replace the rows; `keys[i]` is kept on the first cell (Qt.UserRole) of row i."""
    from PySide6.QtCore import Qt

    table.setSortingEnabled(False)
    table.setRowCount(len(rows))
    for r, row in enumerate(rows):
        for c, value in enumerate(row):
            item = QTableWidgetItem(value)
            item.setFlags(item.flags() & ~Qt.ItemFlag.ItemIsEditable)
            if c == 0 and keys is not None:
                item.setData(Qt.ItemDataRole.UserRole, keys[r])
            table.setItem(r, c, item)
    table.resizeColumnsToContents()


def selected_key(table: QTableWidget) -> str | None:
    from PySide6.QtCore import Qt

    row = table.currentRow()
    item = table.item(row, 0) if row >= 0 else None
    value = item.data(Qt.ItemDataRole.UserRole) if item is not None else None
    return str(value) if value else None


def fill_row_label(table: QTableWidget, row: int, text: str) -> None:
    from PySide6.QtCore import Qt

    item = QTableWidgetItem(text)
    item.setFlags(item.flags() & ~Qt.ItemFlag.ItemIsEditable)
    table.setItem(row, 0, item)
