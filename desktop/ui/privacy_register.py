"""What the two privacy registers (access requests, incidents) share: a page listing the entries
in a table (whole rows, one at a time, double-click to edit) whose New and Edit open the entry's
form and reload the register once it is saved; and the Save / Cancel frame of those forms, which
stay open, with nothing typed lost, while the service refuses the entry.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QLayout,
    QTableWidget,
    QVBoxLayout,
    QWidget,
)

from desktop.domain.issues import Issue, errors
from desktop.services.actor import Actor
from desktop.services.context import ServiceContext
from desktop.ui import privacy_common as common
from desktop.ui.hooks import require_hooks


class RegisterPage(QWidget):
    """A register; subclasses fill `entries` (each with an `id`) in `reload` and give `form`."""

    def __init_subclass__(cls, **kwargs: object) -> None:
        super().__init_subclass__(**kwargs)
        require_hooks(RegisterPage, cls, ("reload", "form"))

    def __init__(
        self, ctx: ServiceContext, actor: Actor, lang: str, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.ctx, self.actor, self.lang = ctx, actor, lang
        self.entries: list[Any] = []

    def register_table(self, name: str, headers: list[str]) -> QTableWidget:
        table = QTableWidget(0, len(headers), self)
        table.setObjectName(name)
        table.setHorizontalHeaderLabels(headers)
        table.verticalHeader().hide()
        table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        table.horizontalHeader().setStretchLastSection(True)
        table.doubleClicked.connect(lambda _i: self.edit())
        return table

    def reload(self) -> None:
        """Each register reads its entries (checked by `require_hooks`)."""

    def form(self, entry: Any | None) -> QDialog:  # type: ignore[empty-body]
        """The form of `entry`, or of a new entry (None) (checked by `require_hooks`)."""

    def current(self) -> Any | None:
        key = common.selected_key(self.table)
        return next((e for e in self.entries if e.id == key), None)

    def create(self) -> QDialog:
        return self._open(None)

    def edit(self) -> QDialog | None:
        entry = self.current()
        return None if entry is None else self._open(entry)

    def _open(self, entry: Any | None) -> QDialog:
        dialog = self.form(entry)
        dialog.accepted.connect(self.reload)
        dialog.open()
        return dialog


def add_save_cancel(dialog: QDialog, form: QLayout) -> None:
    """`form` above Save and Cancel; Save calls the dialog's `save`."""
    buttons = QDialogButtonBox(
        QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel, dialog
    )
    buttons.accepted.connect(dialog.save)  # type: ignore[attr-defined]
    buttons.rejected.connect(dialog.reject)
    layout = QVBoxLayout(dialog)
    layout.addLayout(form)
    layout.addWidget(buttons)


def refused(parent: QWidget, issues: list[Issue], lang: str) -> bool:
    """Show the errors among `issues`; True if there are any (the entry was not saved)."""
    problems = errors(issues)
    if problems:
        common.show_message(parent, common.issues_text(problems, lang), True)
    return bool(problems)
