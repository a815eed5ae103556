"""Record a retention check-up: when it was done, whether the person is still employed, whether
French at work is going well, and notes (no sensitive details: the employer may read them).
"""

from __future__ import annotations

from datetime import date

from PySide6.QtWidgets import QComboBox, QLabel, QPlainTextEdit, QWidget

from desktop.domain.formatting import format_date
from desktop.domain.workspace_lists import FollowUpSummary
from desktop.services.actor import Actor
from desktop.services.context import ServiceContext
from desktop.services.followups import get_followup, record_followup
from desktop.ui.workspace_form import WorkspaceForm
from desktop.ui.workspace_widgets import OptionalDateEdit


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


class FollowUpDialog(WorkspaceForm):
    def __init__(
        self,
        ctx: ServiceContext,
        actor: Actor,
        summary: FollowUpSummary,
        lang: str,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(ctx, actor, lang, "followupDialog", parent)
        self.summary = summary
        followup = get_followup(ctx, actor, summary.id)
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
        self.add_rows(
            [
                ("who", self.who),
                ("done_on", self.done_on),
                ("still", self.still_employed),
                ("francization", self.francization),
                ("notes", self.notes),
            ]
        )
        self.finish()
        self.retranslate()
        self.resize(600, 420)

    def retranslate(self) -> None:
        self.label_rows(
            {
                "who": self.tr("Suivi"),
                "done_on": self.tr("Fait le *"),
                "still": self.tr("Toujours en emploi"),
                "francization": self.tr("Francisation au travail"),
                "notes": self.tr("Constats"),
            }
        )
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
        self.name_buttons(self.tr("Enregistrer"), self.tr("Annuler"))

    def save(self) -> None:
        result = self.submit(
            lambda: record_followup(
                self.ctx,
                self.actor,
                self.summary.id,
                done_on=self.done_on.value(),
                still_employed=self.still_employed.value(),
                francization_ok=self.francization.value(),
                notes=self.notes.toPlainText(),
            )
        )
        if result is None:
            if self.refused:
                self.done_on.setFocus()
            return
        self.accept()
