"""Live eligibility suggestion with every reason, and the staff decision (who and when).

The rules only suggest (domain.md §b, C14): saving is never blocked, and a person decides.
"""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QComboBox,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from desktop.domain.candidate import Candidate, Eligibility
from desktop.domain.eligibility import assess, outcome_label, reason_text
from desktop.domain.enums import Decision, label
from desktop.domain.formatting import format_datetime

_COLOURS = {"pass": "#1b6e35", "review": "#8a5a00", "fail": "#a4262c"}
_MARKS = {"pass": "✔", "review": "?", "fail": "✘"}


class EligibilityPanel(QGroupBox):
    decision_requested = Signal(object)  # "admitted", "refused" or None

    def __init__(self, lang: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._lang = lang
        self._result: Eligibility | None = None
        layout = QVBoxLayout(self)
        self.outcome = QLabel(self)
        self.outcome.setObjectName("eligibilityOutcome")
        self.outcome.setStyleSheet("font-size: 13pt; font-weight: 600;")
        self.reasons = QLabel(self)
        self.reasons.setObjectName("eligibilityReasons")
        self.reasons.setWordWrap(True)
        layout.addWidget(self.outcome)
        layout.addWidget(self.reasons)
        row = QHBoxLayout()
        self.decision = QComboBox(self)
        self.decision.setObjectName("decisionChoice")
        self.decide = QPushButton(self)
        self.decide.setObjectName("recordDecision")
        self.decide.clicked.connect(
            lambda: self.decision_requested.emit(self.decision.currentData())
        )
        row.addWidget(self.decision, 1)
        row.addWidget(self.decide)
        layout.addLayout(row)
        self.decided = QLabel(self)
        self.decided.setObjectName("decisionInfo")
        self.decided.setWordWrap(True)
        layout.addWidget(self.decided)
        self.set_decision_allowed(False)
        self.retranslate(lang)

    def retranslate(self, lang: str) -> None:
        self._lang = lang
        self.setTitle(self.tr("Admissibilité (suggestion — le personnel décide)"))
        self.decide.setText(self.tr("Enregistrer la décision"))
        current = self.decision.currentData()
        self.decision.clear()
        self.decision.addItem(self.tr("— aucune décision —"), None)
        for member in Decision:
            self.decision.addItem(label(member, lang), member.value)
        self.decision.setCurrentIndex(max(self.decision.findData(current), 0))
        self._render()

    def set_decision_allowed(self, allowed: bool, why: str = "") -> None:
        self.decision.setEnabled(allowed)
        self.decide.setEnabled(allowed)
        self.decide.setToolTip(why)

    def update_for(self, candidate: Candidate, today: date | None = None) -> Eligibility:
        result = assess(candidate, today or date.today())
        if self._result is not None:
            result.decision, result.decided_by = self._result.decision, self._result.decided_by
            result.decided_at, result.comment = self._result.decided_at, self._result.comment
        self._result = result
        self._render()
        return result

    def show_decision(
        self, eligibility: Eligibility | None, decided_by_name: str | None = None
    ) -> None:
        if self._result is not None and eligibility is not None:
            self._result.decision = eligibility.decision
            self._result.decided_by = decided_by_name or eligibility.decided_by
            self._result.decided_at = eligibility.decided_at
        elif eligibility is not None:
            self._result = eligibility
        self._render()

    def clear(self) -> None:
        self._result = None
        self._render()

    @property
    def result(self) -> Eligibility | None:
        return self._result

    def _render(self) -> None:
        r = self._result
        if r is None:
            self.outcome.setText(self.tr("Remplissez le formulaire pour voir la suggestion."))
            self.outcome.setStyleSheet("font-size: 11pt; color: palette(mid);")
            self.reasons.setText("")
            self.decided.setText("")
            return
        colour = _COLOURS.get(r.suggested, "#333")
        self.outcome.setStyleSheet(f"font-size: 13pt; font-weight: 600; color: {colour};")
        self.outcome.setText(
            f"{_MARKS.get(r.suggested, '')} {outcome_label(r.suggested, self._lang)}"
        )
        lines = [
            f"<span style='color:{_COLOURS.get(x.result, '#333')}'>{_MARKS.get(x.result, '')}</span> "
            f"<b>{x.rule}</b> — {_escape(reason_text(x, self._lang))}"
            for x in r.reasons
        ]
        self.reasons.setText("<br>".join(lines))
        if r.decision:
            when = format_datetime(r.decided_at, self._lang) if r.decided_at else ""
            self.decided.setText(
                self.tr("Décision : {decision}, par {who}, le {when}").format(
                    decision=label(Decision(r.decision), self._lang),
                    who=r.decided_by or "?",
                    when=when,
                )
            )
            self.decision.setCurrentIndex(max(self.decision.findData(r.decision), 0))
        else:
            self.decided.setText(self.tr("Aucune décision du personnel pour l'instant."))


def _escape(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
