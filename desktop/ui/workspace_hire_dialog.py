"""The hire form: job title, NOC, start (and end) date, hours, wage, in-field flag, workplace
French courses. Saving creates the retention follow-ups (shown in « Placements et suivis »).
"""

from __future__ import annotations

from PySide6.QtWidgets import QCheckBox, QLabel, QLineEdit, QPlainTextEdit, QWidget

from desktop.domain.workspace import Placement
from desktop.services.actor import Actor
from desktop.services.context import ServiceContext
from desktop.services.placements import record_placement
from desktop.ui.fields import NocPicker
from desktop.ui.workspace_form import WorkspaceForm
from desktop.ui.workspace_widgets import HoursEdit, MoneyEdit, OptionalDateEdit


class HireDialog(WorkspaceForm):
    def __init__(
        self,
        ctx: ServiceContext,
        actor: Actor,
        placement: Placement,
        heading: str,
        lang: str,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(ctx, actor, lang, "hireDialog", parent)
        self.placement = placement
        self.saved_id: str | None = None
        self.heading = QLabel(heading, self)
        self.heading.setWordWrap(True)
        self.job_title = QLineEdit(placement.job_title or "", self)
        self.job_title.setObjectName("jobTitle")
        self.noc = NocPicker(lang, self)
        self.noc.set_code(placement.noc_code)
        self.start = OptionalDateEdit(self, placement.start_date)
        self.start.setObjectName("startDate")
        self.end = OptionalDateEdit(self, placement.end_date)
        self.hours = HoursEdit(self)
        self.hours.setObjectName("hireHours")
        self.hours.set_hours(placement.hours_per_week, lang)
        self.wage = MoneyEdit(self)
        self.wage.setObjectName("hireWage")
        self.wage.set_cents(placement.hourly_wage_cents, lang)
        self.in_field = QCheckBox(self)
        self.in_field.setChecked(placement.in_field)
        self.francization = QCheckBox(self)
        self.francization.setChecked(placement.francization_at_work)
        self.francization_notes = QPlainTextEdit(placement.francization_notes or "", self)
        self.francization_notes.setTabChangesFocus(True)
        self.francization_notes.setMaximumHeight(60)
        self.mark_filled = QCheckBox(self)
        self.mark_filled.setVisible(bool(placement.opening_id))
        self.add_rows(
            [
                ("heading", self.heading),
                ("title", self.job_title),
                ("noc", self.noc),
                ("start", self.start),
                ("end", self.end),
                ("hours", self.hours),
                ("wage", self.wage),
                ("in_field", self.in_field),
                ("francization", self.francization),
                ("francization_notes", self.francization_notes),
                ("filled", self.mark_filled),
            ]
        )
        self.finish()
        self.retranslate()
        self.resize(640, 560)

    def retranslate(self) -> None:
        self.label_rows(
            {
                "heading": self.tr("Embauche"),
                "title": self.tr("Titre du poste *"),
                "noc": self.tr("Profession (CNP)"),
                "start": self.tr("Entrée en fonction *"),
                "end": self.tr("Fin d'emploi"),
                "hours": self.tr("Heures par semaine *"),
                "wage": self.tr("Salaire horaire ($) *"),
                "in_field": "",
                "francization": "",
                "francization_notes": self.tr("Francisation : précisions"),
                "filled": "",
            }
        )
        self.setWindowTitle(self.tr("Enregistrer une embauche"))
        self.in_field.setText(self.tr("Emploi dans le domaine de compétence"))
        self.francization.setText(self.tr("Francisation en milieu de travail"))
        self.mark_filled.setText(self.tr("Marquer le poste comme pourvu"))
        self.hours.setPlaceholderText(self.tr("ex. 37,5"))
        self.wage.setPlaceholderText(self.tr("ex. 24,50"))
        self.name_buttons(self.tr("Enregistrer"), self.tr("Annuler"))
        self.noc.retranslate(self.lang)

    def save(self) -> None:
        p = self.placement
        p.job_title = self.job_title.text()
        p.noc_code = self.noc.code()
        p.start_date = self.start.value()
        p.end_date = self.end.value()
        p.in_field = self.in_field.isChecked()
        p.francization_at_work = self.francization.isChecked()
        p.francization_notes = self.francization_notes.toPlainText()
        try:
            p.hours_per_week = self.hours.hours()
        except ValueError:
            self.refuse_value("workspace.hours_invalid", self.hours)
            return
        try:
            p.hourly_wage_cents = self.wage.cents()
        except ValueError:
            self.refuse_value("workspace.wage_invalid", self.wage)
            return
        result = self.submit(
            lambda: record_placement(
                self.ctx, self.actor, p, mark_opening_filled=self.mark_filled.isChecked()
            ),
            {
                "placement.job_title": self.job_title,
                "placement.noc_code": self.noc,
                "placement.start_date": self.start,
                "placement.end_date": self.end,
                "placement.hours_per_week": self.hours,
                "placement.hourly_wage": self.wage,
            },
        )
        if result is None:
            return
        self.saved_id = result.id
        self.accept()
