"""Building blocks of the workspace screens: a table model over plain rows, date, money and hours
fields that accept Quebec input, and the error panel every workspace form shares.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from datetime import date
from decimal import Decimal
from typing import Any, Generic, TypeVar

from PySide6.QtCore import (
    QAbstractTableModel,
    QDate,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtGui import QColor
from PySide6.QtWidgets import QDateEdit, QLabel, QLineEdit, QWidget

from desktop.domain.formatting import format_date, format_money, format_number
from desktop.domain.issues import Issue
from desktop.domain.messages import issue_text, translate
from desktop.domain.workspace_validation import parse_hours, parse_money

Row = TypeVar("Row")
_Index = QModelIndex | QPersistentModelIndex
ID_ROLE = Qt.ItemDataRole.UserRole + 1
_NO_DATE = QDate(1900, 1, 1)


class Column(Generic[Row]):
    """One column: its header (translated when shown) and how to show a row's value."""

    def __init__(
        self,
        header: Callable[[], str],
        text: Callable[[Row, str], str],
        *,
        align_right: bool = False,
        colour: Callable[[Row], QColor | None] | None = None,
    ) -> None:
        self.header, self.text, self.align_right, self.colour = header, text, align_right, colour


class RowsModel(QAbstractTableModel, Generic[Row]):
    """A read-only table over a list of plain rows (each with an `id`)."""

    def __init__(self, columns: Sequence[Column[Row]], lang: str = "fr") -> None:
        super().__init__()
        self.columns = list(columns)
        self.rows: list[Row] = []
        self.lang = lang

    def set_rows(self, rows: Sequence[Row]) -> None:
        self.beginResetModel()
        self.rows = list(rows)
        self.endResetModel()

    def set_language(self, lang: str) -> None:
        self.lang = lang
        self.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, len(self.columns) - 1)
        if self.rows:
            last = self.index(len(self.rows) - 1, len(self.columns) - 1)
            self.dataChanged.emit(self.index(0, 0), last)

    def row_at(self, row: int) -> Row | None:
        return self.rows[row] if 0 <= row < len(self.rows) else None

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.columns)

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or index.row() >= len(self.rows):
            return None
        row, column = self.rows[index.row()], self.columns[index.column()]
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return column.text(row, self.lang)
        if role == Qt.ItemDataRole.TextAlignmentRole and column.align_right:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.ForegroundRole and column.colour is not None:
            return column.colour(row)
        if role == ID_ROLE:
            return str(getattr(row, "id", ""))
        return None

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if (
            role == Qt.ItemDataRole.DisplayRole
            and orientation == Qt.Orientation.Horizontal
            and 0 <= section < len(self.columns)
        ):
            return self.columns[section].header()
        return None


def show_date(value: date | None, lang: str) -> str:
    return format_date(value, lang) if value else ""


def show_money(cents: int | None, lang: str) -> str:
    return format_money(Decimal(cents) / 100, lang) if cents is not None else ""


def show_hours(hours: float | Decimal | None, lang: str) -> str:
    return "" if hours is None else format_number(Decimal(str(hours)).normalize(), lang)


class OptionalDateEdit(QDateEdit):
    """A calendar date that may be left empty (shown as « — »); keyboard: type or Alt+Down."""

    def __init__(self, parent: QWidget | None = None, value: date | None = None) -> None:
        super().__init__(parent)
        self.setCalendarPopup(True)
        self.setDisplayFormat("yyyy-MM-dd")
        self.setMinimumDate(_NO_DATE)
        self.setSpecialValueText("—")
        self.set_value(value)

    def value(self) -> date | None:
        chosen = self.date()
        if chosen == _NO_DATE:
            return None
        return date(chosen.year(), chosen.month(), chosen.day())

    def set_value(self, value: date | None) -> None:
        self.setDate(QDate(value.year, value.month, value.day) if value else _NO_DATE)

    def clear_value(self) -> None:
        self.setDate(_NO_DATE)


class MoneyEdit(QLineEdit):
    """An hourly wage typed « 24,50 » or « 24.50 »; `cents()` is None when empty, ValueError if not
    an amount."""

    def set_cents(self, cents: int | None, lang: str) -> None:
        if cents is None:
            self.clear()
            return
        text = f"{Decimal(cents) / 100:.2f}"
        self.setText(text.replace(".", ",") if lang != "en" else text)

    def cents(self) -> int | None:
        text = self.text().strip()
        return parse_money(text) if text else None


class HoursEdit(QLineEdit):
    def set_hours(self, hours: Decimal | None, lang: str) -> None:
        if hours is None:
            self.clear()
            return
        text = format(hours.normalize(), "f")
        self.setText(text.replace(".", ",") if lang != "en" else text)

    def hours(self) -> Decimal | None:
        text = self.text().strip()
        return parse_hours(text) if text else None


class IssuePanel(QLabel):
    """The problems of the last save, one sentence each, naming the field and the fix."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("issuePanel")
        self.setWordWrap(True)
        self.setStyleSheet("color: #a4000f; font-weight: 600;")
        self.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.hide()

    def show_issues(self, issues: Sequence[Issue], lang: str) -> None:
        self.show_lines([issue_text(issue, lang) for issue in issues])

    def show_error(self, code: str, lang: str, **params: object) -> None:
        self.show_lines([translate(code, lang, **params)])

    def show_lines(self, lines: Sequence[str]) -> None:
        self.setText("\n".join(f"• {line}" for line in lines))
        self.setVisible(bool(lines))

    def clear_issues(self) -> None:
        self.clear()
        self.hide()


def mark_invalid(widgets: dict[str, QWidget], issues: Sequence[Issue]) -> None:
    """Outline the fields that have a problem and put the cursor in the first one."""
    bad = {issue.field.split("[")[0] for issue in issues}
    first = None
    for path, widget in widgets.items():
        invalid = path in bad or any(i.field.startswith(path) for i in issues)
        widget.setStyleSheet("border: 2px solid #a4000f;" if invalid else "")
        if invalid and first is None:
            first = widget
    if first is not None:
        first.setFocus()
