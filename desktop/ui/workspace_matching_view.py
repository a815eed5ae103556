"""Suggestions with their reasons: candidates for an opening, or openings for a candidate.

Suggestions only — the window says so — and each line's reasons are listed in full below the table
(✓ strengths, ✗ concerns, • facts). « Présenter… » opens the introduction form for the chosen line.
Only admitted candidates who consented to their profile being sent to companies appear at all.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableView,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from desktop.domain.matching import Match
from desktop.domain.messages import translate
from desktop.domain.workspace_lists import OpeningSummary
from desktop.services.actor import Actor
from desktop.services.context import ServiceContext
from desktop.services.matching import OpeningSuggestion, suggest_candidates, suggest_openings
from desktop.ui.language_aware import FollowsLanguage
from desktop.ui.workspace_introduce_dialog import CandidateFinder, IntroduceDialog
from desktop.ui.workspace_widgets import Column, RowsModel


def reasons_html(match: Match, lang: str) -> str:
    lines = []
    for reason in match.reasons:
        mark, colour = ("✓", "#1b6e20") if reason.points > 0 else ("•", "#444")
        if reason.points < 0:
            mark, colour = "✗", "#a4000f"
        text = reason.text(lang).replace("&", "&amp;").replace("<", "&lt;")
        lines.append(f'<div style="color:{colour}">{mark} {text}</div>')
    return "".join(lines)


class _SuggestionTable(QWidget):
    """The table and the reasons of the selected line, shared by both suggestion windows."""

    present_requested = Signal(int)  # row

    def __init__(self, model: RowsModel, parent: QWidget | None = None) -> None:  # type: ignore[type-arg]
        super().__init__(parent)
        self.model = model
        self.table = QTableView(self)
        self.table.setObjectName("suggestionTable")
        self.table.setModel(model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().setVisible(False)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.table.activated.connect(lambda index: self.present_requested.emit(index.row()))
        self.reasons = QTextBrowser(self)
        self.reasons.setObjectName("reasons")
        self.reasons.setMaximumHeight(170)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.table, 3)
        layout.addWidget(self.reasons, 1)
        self.table.selectionModel().currentRowChanged.connect(lambda *_: self.show_reasons())

    def current_row(self) -> int:
        index = self.table.currentIndex()
        return index.row() if index.isValid() else -1

    def show_reasons(self) -> None:
        row = self.model.row_at(self.current_row())
        match = row if isinstance(row, Match) else getattr(row, "match", None)
        self.reasons.setHtml(reasons_html(match, self.model.lang) if match else "")

    def select_first(self) -> None:
        if self.model.rowCount():
            self.table.selectRow(0)
        self.show_reasons()


class CandidateSuggestions(FollowsLanguage, QDialog):
    """Candidates suggested for one opening."""

    introduced = Signal(str)  # introduction id

    def __init__(
        self,
        ctx: ServiceContext,
        actor: Actor,
        opening: OpeningSummary,
        lang: str,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("candidateSuggestions")
        self.ctx, self.actor, self.lang, self.opening = ctx, actor, lang, opening
        self.header = QLabel(self)
        self.header.setWordWrap(True)
        self.model: RowsModel[Match] = RowsModel(
            [
                Column(lambda: self.tr("Rang"), lambda m, _l: str(self.model.rows.index(m) + 1)),
                Column(lambda: self.tr("Personne candidate"), lambda m, _l: m.display_name),
                Column(lambda: self.tr("Pointage"), lambda m, _l: str(m.score), align_right=True),
                Column(lambda: self.tr("Raisons"), _summary),
            ],
            lang,
        )
        self.view = _SuggestionTable(self.model, self)
        self.view.present_requested.connect(self.present)
        self.empty = QLabel(self)
        self.empty.setWordWrap(True)
        self.present_button = QPushButton(self)
        self.present_button.setObjectName("presentButton")
        self.present_button.clicked.connect(lambda: self.present(self.view.current_row()))
        self.close_button = QPushButton(self)
        self.close_button.clicked.connect(self.reject)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.present_button)
        buttons.addWidget(self.close_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.header)
        layout.addWidget(self.view, 1)
        layout.addWidget(self.empty)
        layout.addLayout(buttons)
        self.model.set_rows(suggest_candidates(ctx, actor, opening.id))
        self.retranslate()
        self.view.select_first()
        self.resize(1100, 640)

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Personnes suggérées"))
        self.header.setText(
            self.tr(
                "Suggestions pour « {title} » — {company}. Ce ne sont que des suggestions : "
                "vous décidez qui présenter. Seules les personnes admises qui ont consenti à "
                "la transmission de leur profil aux entreprises sont proposées."
            ).format(title=self.opening.title, company=self.opening.employer_name)
        )
        self.empty.setText(
            self.tr(
                "Aucune personne admise et consentante n'a de profession visée ou d'expérience "
                "dans le même grand groupe de la CNP."
            )
            if self.opening.noc_code
            else self.tr(
                "Ce poste n'a pas de profession (CNP) : indiquez-la dans la fiche du poste pour "
                "obtenir des suggestions."
            )
        )
        self.empty.setVisible(self.model.rowCount() == 0)
        self.present_button.setText(self.tr("Présenter…"))
        self.close_button.setText(self.tr("Fermer"))
        self.model.set_language(self.lang)
        self.view.show_reasons()

    def present(self, row: int) -> None:
        match = self.model.row_at(row)
        if match is None:
            return
        dialog = IntroduceDialog(
            self.ctx,
            self.actor,
            self.lang,
            employer_id=self.opening.employer_id,
            employer_name=self.opening.employer_name,
            opening_id=self.opening.id,
            candidate_id=match.candidate_id,
            candidate_name=match.display_name,
            parent=self,
        )
        self.introduce_dialog = dialog
        dialog.accepted.connect(lambda: self._introduced(dialog))
        dialog.open()

    def _introduced(self, dialog: IntroduceDialog) -> None:
        if dialog.saved_id:
            self.introduced.emit(dialog.saved_id)
            self.model.set_rows(suggest_candidates(self.ctx, self.actor, self.opening.id))
            self.view.select_first()


def _summary(match: Match, lang: str) -> str:
    return " ".join(r.text(lang) for r in match.reasons if r.points != 0)


class OpeningSuggestions(FollowsLanguage, QDialog):
    """Openings suggested for one candidate, chosen by name."""

    def __init__(
        self, ctx: ServiceContext, actor: Actor, lang: str, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setObjectName("openingSuggestions")
        self.ctx, self.actor, self.lang = ctx, actor, lang
        self.finder = CandidateFinder(ctx, actor, self)
        self.finder.results.currentRowChanged.connect(lambda _row: self.refresh())
        self.header = QLabel(self)
        self.header.setWordWrap(True)
        self.model: RowsModel[OpeningSuggestion] = RowsModel(
            [
                Column(lambda: self.tr("Poste"), lambda s, _l: s.title),
                Column(lambda: self.tr("Entreprise"), lambda s, _l: s.employer_name),
                Column(
                    lambda: self.tr("Pointage"), lambda s, _l: str(s.match.score), align_right=True
                ),
                Column(lambda: self.tr("Raisons"), lambda s, lang: _summary(s.match, lang)),
            ],
            lang,
        )
        self.view = _SuggestionTable(self.model, self)
        self.view.present_requested.connect(self.present)
        self.blocked = QLabel(self)
        self.blocked.setObjectName("blockedReason")
        self.blocked.setWordWrap(True)
        self.present_button = QPushButton(self)
        self.present_button.clicked.connect(lambda: self.present(self.view.current_row()))
        self.close_button = QPushButton(self)
        self.close_button.clicked.connect(self.reject)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.present_button)
        buttons.addWidget(self.close_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.header)
        layout.addWidget(self.finder)
        layout.addWidget(self.blocked)
        layout.addWidget(self.view, 1)
        layout.addLayout(buttons)
        self._blocked_code: str | None = None
        self.retranslate()
        self.resize(1100, 660)
        self.finder.search.setFocus(Qt.FocusReason.OtherFocusReason)

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Postes suggérés pour une personne"))
        self.header.setText(
            self.tr(
                "Choisissez une personne : les postes ouverts sont classés selon son profil. "
                "Ce ne sont que des suggestions."
            )
        )
        self.finder.search.setPlaceholderText(self.tr("Tapez un nom, un courriel ou un téléphone"))
        self.present_button.setText(self.tr("Présenter…"))
        self.close_button.setText(self.tr("Fermer"))
        self.model.set_language(self.lang)
        self._show_blocked()
        self.view.show_reasons()

    def refresh(self) -> None:
        candidate = self.finder.candidate_id()
        if candidate is None:
            self.model.set_rows([])
            self._blocked_code = None
        else:
            result = suggest_openings(self.ctx, self.actor, candidate)
            self.model.set_rows(result.suggestions)
            self._blocked_code = result.blocked
        self._show_blocked()
        self.view.select_first()

    def _show_blocked(self) -> None:
        code = self._blocked_code
        self.blocked.setText(translate(code, self.lang) if code else "")
        self.blocked.setVisible(bool(code))

    def present(self, row: int) -> None:
        suggestion = self.model.row_at(row)
        candidate = self.finder.candidate_id()
        if suggestion is None or candidate is None:
            return
        item = self.finder.results.currentItem()
        dialog = IntroduceDialog(
            self.ctx,
            self.actor,
            self.lang,
            employer_id=suggestion.employer_id,
            employer_name=suggestion.employer_name,
            opening_id=suggestion.match.opening_id,
            candidate_id=candidate,
            candidate_name=item.text().split("  ·  ")[0] if item else "",
            parent=self,
        )
        self.introduce_dialog = dialog
        dialog.accepted.connect(self.refresh)
        dialog.open()
