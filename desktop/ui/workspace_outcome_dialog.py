"""What came of an introduction: interview, hired, declined (with a reason), withdrawn.

Choosing "hired" then saving tells the caller (`hire_offered`) to open the hire form prefilled
from the introduction and its opening.
"""

from __future__ import annotations

from datetime import date

from PySide6.QtWidgets import QLabel, QPlainTextEdit, QWidget

from desktop.domain.workspace import DeclineReason, IntroductionOutcome
from desktop.domain.workspace_lists import IntroductionSummary
from desktop.services.actor import Actor
from desktop.services.context import ServiceContext
from desktop.services.introductions import get_introduction, record_outcome
from desktop.ui.fields import EnumCombo
from desktop.ui.workspace_form import WorkspaceForm
from desktop.ui.workspace_widgets import OptionalDateEdit


class OutcomeDialog(WorkspaceForm):
    def __init__(
        self,
        ctx: ServiceContext,
        actor: Actor,
        summary: IntroductionSummary,
        lang: str,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(ctx, actor, lang, "outcomeDialog", parent)
        self.summary = summary
        self.hire_offered = False
        intro = get_introduction(ctx, actor, summary.id)
        self.who = QLabel(f"{summary.candidate_name} → {summary.employer_name}", self)
        self.who.setWordWrap(True)
        self.outcome = EnumCombo(IntroductionOutcome, lang, self, empty=False)
        self.outcome.setObjectName("outcome")
        self.outcome.set_code(intro.outcome)
        self.outcome_on = OptionalDateEdit(self, intro.outcome_on or date.today())
        self.reason = EnumCombo(DeclineReason, lang, self)
        self.reason.setObjectName("declineReason")
        self.reason.set_code(intro.decline_reason)
        self.details = QPlainTextEdit(intro.decline_details or "", self)
        self.details.setTabChangesFocus(True)
        self.details.setMaximumHeight(60)
        self.notes = QPlainTextEdit(intro.notes or "", self)
        self.notes.setTabChangesFocus(True)
        self.notes.setMaximumHeight(70)
        self.outcome.currentIndexChanged.connect(self._reason_state)
        self.add_rows(
            [
                ("who", self.who),
                ("outcome", self.outcome),
                ("date", self.outcome_on),
                ("reason", self.reason),
                ("details", self.details),
                ("notes", self.notes),
            ]
        )
        self.finish()
        self.retranslate()
        self._reason_state()
        self.resize(600, 440)

    def retranslate(self) -> None:
        self.label_rows(
            {
                "who": self.tr("Présentation"),
                "outcome": self.tr("Résultat"),
                "date": self.tr("Date du résultat"),
                "reason": self.tr("Motif du refus"),
                "details": self.tr("Précisions sur le refus"),
                "notes": self.tr("Notes"),
            }
        )
        self.setWindowTitle(self.tr("Résultat de la présentation"))
        self.name_buttons(self.tr("Enregistrer"), self.tr("Annuler"))
        self.outcome.retranslate(self.lang)
        self.reason.retranslate(self.lang)

    def _reason_state(self) -> None:
        declined = self.outcome.code() == IntroductionOutcome.DECLINED
        self.reason.setEnabled(declined)
        self.details.setEnabled(declined)

    def save(self) -> None:
        result = self.submit(
            lambda: record_outcome(
                self.ctx,
                self.actor,
                self.summary.id,
                self.outcome.code() or IntroductionOutcome.PROPOSED,
                self.outcome_on.value(),
                decline_reason=self.reason.code(),
                decline_details=self.details.toPlainText(),
                notes=self.notes.toPlainText(),
            ),
            {
                "introduction.decline_reason": self.reason,
                "introduction.outcome_on": self.outcome_on,
            },
        )
        if result is None:
            return
        self.hire_offered = result.offer_placement
        self.accept()
