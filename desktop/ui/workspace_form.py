"""The frame the coordinator-workspace forms share (company, opening, introduction, outcome, hire,
subsidy, follow-up): the problems listed above, Save and Cancel below, labelled rows whose labels
are set again when the language changes, and one way of showing what the service refused.

A form creates its issue panel first (`super().__init__`), then its fields, then `finish` (the
buttons come last in the Tab order because they are created last). Its `retranslate` passes the
row labels to `label_rows` and the button texts to `name_buttons` through its own `tr`, so every
text stays in the form's translation context.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Protocol, TypeVar

from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLayout,
    QLineEdit,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from desktop.domain.issues import Issue
from desktop.services.actor import Actor
from desktop.services.context import ServiceContext
from desktop.services.workspace_common import WorkspaceError
from desktop.ui.hooks import require_hooks
from desktop.ui.language_aware import FollowsLanguage
from desktop.ui.workspace_widgets import IssuePanel, mark_invalid


class _Outcome(Protocol):
    @property
    def saved(self) -> bool: ...

    @property
    def issues(self) -> Sequence[Issue]: ...


R = TypeVar("R", bound=_Outcome)


class WorkspaceForm(FollowsLanguage, QDialog):
    """A workspace form dialog; subclasses define `retranslate` and `save`."""

    def __init_subclass__(cls, **kwargs: object) -> None:
        super().__init_subclass__(**kwargs)
        require_hooks(WorkspaceForm, cls, ("retranslate", "save"))

    def __init__(
        self,
        ctx: ServiceContext,
        actor: Actor,
        lang: str,
        object_name: str,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName(object_name)
        self.ctx, self.actor, self.lang = ctx, actor, lang
        self.issues = IssuePanel(self)
        self.refused: list[Issue] = []  # what the service refused at the last save
        self.form = QFormLayout()
        self._labels: dict[str, tuple[QFormLayout, QWidget]] = {}

    def add_rows(
        self, rows: Sequence[tuple[str, QWidget]], form: QFormLayout | None = None
    ) -> None:
        """Rows of `form` (the dialog's own by default), labelled by key until `label_rows`."""
        target = self.form if form is None else form
        for key, widget in rows:
            if isinstance(widget, QLabel) and widget.wordWrap():
                # A wrapped text row (who, which company) keeps the height of its lines: the
                # room a form has to spare is not handed to it as a gap around the text.
                policy = widget.sizePolicy()
                policy.setVerticalPolicy(QSizePolicy.Policy.Maximum)
                widget.setSizePolicy(policy)
            target.addRow(key, widget)
            self._labels[key] = (target, widget)

    def finish(self, *body: QWidget | QLayout | tuple[QWidget, int]) -> None:
        """Save and Cancel below `body` (the dialog's form by default), the problems above."""
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel, self
        )
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.issues)
        for part in body or (self.form,):
            if isinstance(part, tuple):
                layout.addWidget(*part)
            elif isinstance(part, QLayout):
                layout.addLayout(part)
            else:
                layout.addWidget(part)
        layout.addWidget(self.buttons)

    def label_rows(self, titles: dict[str, str]) -> None:
        for key, (form, widget) in self._labels.items():
            label = form.labelForField(widget)
            if label is not None:
                label.setText(titles[key])  # type: ignore[attr-defined]

    def name_buttons(self, save: str, cancel: str) -> None:
        self.buttons.button(QDialogButtonBox.StandardButton.Save).setText(save)
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(cancel)

    def retranslate(self) -> None:
        """Each form names its rows and buttons (checked by `require_hooks`)."""

    def save(self) -> None:
        """Each form saves through its service (checked by `require_hooks`)."""

    def refuse_value(self, code: str, field: QLineEdit) -> None:
        """A number the form could not read (hours, wage): say so, cursor back in the field."""
        self.issues.show_error(code, self.lang, value=field.text())
        field.setFocus()

    def submit(self, call: Callable[[], R], fields: dict[str, QWidget] | None = None) -> R | None:
        """The service's result if it saved; else None, with its error or its issues listed
        (kept in `refused`) and, given `fields` (issue field → widget), those fields outlined
        and the cursor in the first one."""
        self.refused = []
        try:
            result = call()
        except WorkspaceError as error:
            self.issues.show_error(error.code, self.lang, **error.params)
            return None
        if not result.saved:
            self.refused = list(result.issues)
            self.issues.show_issues(result.issues, self.lang)
            if fields is not None:
                mark_invalid(fields, result.issues)
            return None
        return result
