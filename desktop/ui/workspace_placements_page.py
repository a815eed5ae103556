"""« Placements et suivis » : the retention check-ups due this week (overdue ones first, in red),
then every hire with its subsidy file and its own check-ups.

Keyboard: Enter on a check-up records it; Enter on a hire opens its subsidy file.
"""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor
from PySide6.QtWidgets import (
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from desktop.domain.enums import label
from desktop.domain.workspace import SubsidyStatus
from desktop.domain.workspace_lists import FollowUpSummary, PlacementSummary
from desktop.services.actor import Actor
from desktop.services.context import ServiceContext
from desktop.services.followups import due_followups, placement_followups
from desktop.services.placements import get_placement, get_subsidy, list_placements
from desktop.ui.language_aware import FollowsLanguage
from desktop.ui.workspace_employers_page import current, table
from desktop.ui.workspace_followup_dialog import FollowUpDialog
from desktop.ui.workspace_hire_dialog import HireDialog
from desktop.ui.workspace_subsidy_dialog import SubsidyDialog
from desktop.ui.workspace_widgets import Column, RowsModel, show_date, show_hours, show_money

_LATE = QColor("#a4000f")


class PlacementsPage(FollowsLanguage, QWidget):
    def __init__(
        self,
        ctx: ServiceContext,
        actor: Actor,
        lang: str,
        parent: QWidget | None = None,
        today: date | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("placementsPage")
        self.ctx, self.actor, self.lang = ctx, actor, lang
        self.fixed_today = today
        self.dialog: QWidget | None = None
        self.due_title = QLabel(self)
        self.due_title.setObjectName("dueTitle")
        self.due: RowsModel[FollowUpSummary] = RowsModel(
            [
                Column(
                    lambda: self.tr("Échéance"),
                    lambda f, lang: show_date(f.due_on, lang),
                    colour=self._late_colour,
                ),
                Column(lambda: self.tr("État"), self._due_state, colour=self._late_colour),
                Column(lambda: self.tr("Personne"), lambda f, _l: f.candidate_name),
                Column(lambda: self.tr("Entreprise"), lambda f, _l: f.employer_name),
                Column(lambda: self.tr("Poste"), lambda f, _l: f.job_title),
            ],
            lang,
        )
        self.due_table = table(self.due, self, "dueTable")
        self.due_table.setColumnWidth(2, 220)
        self.due_table.setColumnWidth(3, 240)
        self.due_empty = QLabel(self)
        self.due_empty.setObjectName("dueEmpty")
        self.record_due = QPushButton(self)
        self.record_due.setObjectName("recordDue")
        self.placements: RowsModel[PlacementSummary] = RowsModel(
            [
                Column(lambda: self.tr("Personne"), lambda p, _l: p.candidate_name),
                Column(lambda: self.tr("Entreprise"), lambda p, _l: p.employer_name),
                Column(lambda: self.tr("Poste"), lambda p, _l: p.job_title),
                Column(
                    lambda: self.tr("Entrée en fonction"),
                    lambda p, lang: show_date(p.start_date, lang),
                ),
                Column(
                    lambda: self.tr("Salaire"),
                    lambda p, lang: show_money(p.hourly_wage_cents, lang),
                    align_right=True,
                ),
                Column(
                    lambda: self.tr("h/sem."),
                    lambda p, lang: show_hours(p.hours_per_week, lang),
                    align_right=True,
                ),
                Column(
                    lambda: self.tr("Dans le domaine"),
                    lambda p, _l: self.tr("Oui") if p.in_field else self.tr("Non"),
                ),
                Column(lambda: self.tr("Subvention"), self._subsidy_state),
            ],
            lang,
        )
        self.placement_table = table(self.placements, self, "placementTable")
        for column, width in enumerate((180, 200, 170, 120, 90, 70, 110)):
            self.placement_table.setColumnWidth(column, width)
        self.placements_empty = QLabel(self)
        self.placements_empty.setWordWrap(True)
        self.edit_hire = QPushButton(self)
        self.subsidy_button = QPushButton(self)
        self.subsidy_button.setObjectName("subsidyButton")
        self.checks: RowsModel[FollowUpSummary] = RowsModel(
            [
                Column(lambda: self.tr("Échéance"), lambda f, lang: show_date(f.due_on, lang)),
                Column(lambda: self.tr("Fait le"), lambda f, lang: show_date(f.done_on, lang)),
                Column(lambda: self.tr("En emploi"), self._employed),
            ],
            lang,
        )
        self.check_table = table(self.checks, self, "placementFollowups")
        for column, width in enumerate((100, 100)):
            self.check_table.setColumnWidth(column, width)
        self.record_check = QPushButton(self)
        self._layout()
        self.record_due.clicked.connect(lambda: self.record(self.due, self.due_table))
        self.record_check.clicked.connect(lambda: self.record(self.checks, self.check_table))
        self.due_table.activated.connect(lambda _i: self.record(self.due, self.due_table))
        self.check_table.activated.connect(lambda _i: self.record(self.checks, self.check_table))
        self.edit_hire.clicked.connect(self.change_hire)
        self.subsidy_button.clicked.connect(self.open_subsidy)
        self.placement_table.activated.connect(lambda _i: self.open_subsidy())
        self.placement_table.selectionModel().currentRowChanged.connect(
            lambda *_: self.show_checks()
        )
        self.retranslate()
        self.reload()

    def _layout(self) -> None:
        self.due_box = QGroupBox(self)
        box = QVBoxLayout(self.due_box)
        box.addWidget(self.due_title)
        box.addWidget(self.due_table, 1)
        box.addWidget(self.due_empty)
        row = QHBoxLayout()
        row.addWidget(self.record_due)
        row.addStretch(1)
        box.addLayout(row)
        self.placements_box = QGroupBox(self)
        box = QVBoxLayout(self.placements_box)
        box.addWidget(self.placement_table, 1)
        box.addWidget(self.placements_empty)
        row = QHBoxLayout()
        row.addWidget(self.edit_hire)
        row.addWidget(self.subsidy_button)
        row.addStretch(1)
        box.addLayout(row)
        self.checks_box = QGroupBox(self)
        box = QVBoxLayout(self.checks_box)
        box.addWidget(self.check_table, 1)
        box.addWidget(self.record_check)
        bottom = QSplitter(Qt.Orientation.Horizontal, self)
        bottom.addWidget(self.placements_box)
        bottom.addWidget(self.checks_box)
        bottom.setSizes([980, 360])
        splitter = QSplitter(Qt.Orientation.Vertical, self)
        splitter.addWidget(self.due_box)
        splitter.addWidget(bottom)
        splitter.setSizes([300, 420])
        layout = QVBoxLayout(self)
        layout.addWidget(splitter)

    def today(self) -> date:
        return self.fixed_today or date.today()

    def _late_colour(self, f: FollowUpSummary) -> QColor | None:
        return _LATE if f.overdue(self.today()) else None

    def _due_state(self, f: FollowUpSummary, _lang: str) -> str:
        return self.tr("En retard") if f.overdue(self.today()) else self.tr("Cette semaine")

    def _employed(self, f: FollowUpSummary, _lang: str) -> str:
        if f.still_employed is None:
            return "" if f.done_on is None else self.tr("Non vérifié")
        return self.tr("Oui") if f.still_employed else self.tr("Non")

    def _subsidy_state(self, p: PlacementSummary, lang: str) -> str:
        if not p.subsidy_status:
            return "—"
        return label(SubsidyStatus(p.subsidy_status), lang)

    def retranslate(self) -> None:
        self.due_box.setTitle(self.tr("Suivis à faire"))
        self.record_due.setText(self.tr("Consigner le suivi…"))
        self.placements_box.setTitle(self.tr("Embauches"))
        self.edit_hire.setText(self.tr("Modifier l'embauche…"))
        self.subsidy_button.setText(self.tr("Dossier de subvention…"))
        self.checks_box.setTitle(self.tr("Suivis de l'embauche choisie"))
        self.record_check.setText(self.tr("Consigner ce suivi…"))
        self.due_empty.setText(self.tr("Aucun suivi en retard ni prévu cette semaine."))
        self.placements_empty.setText(
            self.tr(
                "Aucune embauche enregistrée. Une embauche s'enregistre depuis l'onglet "
                "« Entreprises », à partir du résultat d'une présentation."
            )
        )
        for model in (self.due, self.placements, self.checks):
            model.set_language(self.lang)
        self._update_title()

    def _update_title(self) -> None:
        due = getattr(self, "_due", None)
        if due is None:
            return
        self.due_title.setText(
            self.tr("Semaine du {start} au {end} : {late} en retard, {week} cette semaine").format(
                start=show_date(due.week_start, self.lang),
                end=show_date(due.week_end, self.lang),
                late=len(due.overdue),
                week=len(due.this_week),
            )
        )

    def reload(self) -> None:
        if not self.ctx.store.is_open:
            return  # the application is locked: nothing to read until it is unlocked
        self._due = due_followups(self.ctx, self.actor, self.today())
        self.due.set_rows(self._due.overdue + self._due.this_week)
        self.due_empty.setVisible(not self.due.rows)
        self.due_table.setVisible(bool(self.due.rows))
        if self.due.rows:
            self.due_table.selectRow(0)
        chosen = self._placement()
        self.placements.set_rows(list_placements(self.ctx, self.actor))
        self.placements_empty.setVisible(not self.placements.rows)
        ids = [p.id for p in self.placements.rows]
        if ids:
            self.placement_table.selectRow(
                ids.index(chosen.id) if chosen and chosen.id in ids else 0
            )
        self.show_checks()
        self._update_title()

    def _placement(self) -> PlacementSummary | None:
        return self.placements.row_at(current(self.placement_table))

    def show_checks(self) -> None:
        if not self.ctx.store.is_open:
            return
        placement = self._placement()
        rows = placement_followups(self.ctx, self.actor, placement.id) if placement else []
        self.checks.set_rows(rows)
        pending = next((i for i, f in enumerate(rows) if f.done_on is None), 0)
        if rows:
            self.check_table.selectRow(pending)

    def _show(self, dialog: QWidget) -> None:
        self.dialog = dialog
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()  # type: ignore[attr-defined]

    def record(self, model: RowsModel[FollowUpSummary], view: object) -> None:
        followup = model.row_at(current(view))  # type: ignore[arg-type]
        if followup is not None:
            self._show(FollowUpDialog(self.ctx, self.actor, followup, self.lang, self))

    def _heading(self, p: PlacementSummary) -> str:
        return f"{p.candidate_name} — {p.job_title}, {p.employer_name}"

    def change_hire(self) -> None:
        summary = self._placement()
        if summary is None:
            return
        placement = get_placement(self.ctx, self.actor, summary.id)
        self._show(
            HireDialog(self.ctx, self.actor, placement, self._heading(summary), self.lang, self)
        )

    def open_subsidy(self) -> None:
        summary = self._placement()
        if summary is None:
            return
        placement = get_placement(self.ctx, self.actor, summary.id)
        subsidy = get_subsidy(self.ctx, self.actor, summary.id)
        heading = self._heading(summary)
        self._show(
            SubsidyDialog(self.ctx, self.actor, placement, subsidy, heading, self.lang, self)
        )
