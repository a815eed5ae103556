"""Record a retention check-up: when it was done, whether the person is still employed, whether
French at work is going well, and notes (no sensitive details: the employer may read them).
"""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QEvent
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from desktop.domain.formatting import format_date
from desktop.domain.workspace_lists import FollowUpSummary
from desktop.services.actor import Actor
from desktop.services.context import ServiceContext
from desktop.services.followups import get_followup, record_followup
from desktop.services.workspace_common import WorkspaceError
from desktop.ui import i18n
from desktop.ui.workspace_widgets import IssuePanel, OptionalDateEdit


class TriState(QComboBox):
    """Yes / No / not known (None)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        for value in (None, True, False):
            self.addItem("", value)

    def retranslate(self, unknown: str, yes: str, no: str) -> None:
        for index, text in enumerate((unknown, yes, no)):
            self.setItemText(index, text)

    def value(self) -> bool | None:
        data = self.currentData()
        return None if data is None else bool(data)

    def set_value(self, value: bool | None) -> None:
        self.setCurrentIndex({None: 0, True: 1, False: 2}[value])


class FollowUpDialog(QDialog):
    def __init__(
        self,
        ctx: ServiceContext,
        actor: Actor,
        summary: FollowUpSummary,
        lang: str,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("followupDialog")
        self.ctx, self.actor, self.lang = ctx, actor, lang
        self.summary = summary
        followup = get_followup(ctx, actor, summary.id)
        self.issues = IssuePanel(self)
        self.who = QLabel(self)
        self.who.setWordWrap(True)
        self.done_on = OptionalDateEdit(self, followup.done_on or date.today())
        self.still_employed = TriState(self)
        self.still_employed.setObjectName("stillEmployed")
        self.still_employed.set_value(followup.still_employed)
        self.francization = TriState(self)
        self.francization.set_value(followup.francization_ok)
        self.notes = QPlainTextEdit(followup.outcome_notes or "", self)
        self.notes.setTabChangesFocus(True)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel, self
        )
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)
        self.form = QFormLayout()
        self._rows: list[tuple[str, QWidget]] = [
            ("who", self.who),
            ("done_on", self.done_on),
            ("still", self.still_employed),
            ("francization", self.francization),
            ("notes", self.notes),
        ]
        for key, widget in self._rows:
            self.form.addRow(key, widget)
        layout = QVBoxLayout(self)
        layout.addWidget(self.issues)
        layout.addLayout(self.form)
        layout.addWidget(self.buttons)
        self.retranslate()
        self.resize(600, 420)

    def retranslate(self) -> None:
        titles = {
            "who": self.tr("Suivi"),
            "done_on": self.tr("Fait le *"),
            "still": self.tr("Toujours en emploi"),
            "francization": self.tr("Francisation au travail"),
            "notes": self.tr("Constats"),
        }
        for key, widget in self._rows:
            label = self.form.labelForField(widget)
            if label is not None:
                label.setText(titles[key])  # type: ignore[attr-defined]
        s = self.summary
        self.who.setText(
            self.tr("{name} — {title}, {company} (prévu le {date})").format(
                name=s.candidate_name,
                title=s.job_title,
                company=s.employer_name,
                date=format_date(s.due_on, self.lang, long=True),
            )
        )
        self.setWindowTitle(self.tr("Suivi en emploi"))
        self.still_employed.retranslate(self.tr("Non vérifié"), self.tr("Oui"), self.tr("Non"))
        self.francization.retranslate(
            self.tr("Sans objet ou non vérifié"), self.tr("Bien"), self.tr("Difficultés")
        )
        self.buttons.button(QDialogButtonBox.StandardButton.Save).setText(self.tr("Enregistrer"))
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Annuler"))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.lang = i18n.current_language()
            self.retranslate()
        super().changeEvent(event)

    def save(self) -> None:
        try:
            result = record_followup(
                self.ctx,
                self.actor,
                self.summary.id,
                done_on=self.done_on.value(),
                still_employed=self.still_employed.value(),
                francization_ok=self.francization.value(),
                notes=self.notes.toPlainText(),
            )
        except WorkspaceError as error:
            self.issues.show_error(error.code, self.lang, **error.params)
            return
        if not result.saved:
            self.issues.show_issues(result.issues, self.lang)
            self.done_on.setFocus()
            return
        self.accept()
