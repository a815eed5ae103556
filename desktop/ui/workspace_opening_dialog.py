"""The job-opening form: title, NOC occupation, requirements, languages (with the justification the
Charter of the French language asks for any other language), hours, wage, PRIIME, status, dates.
"""

from __future__ import annotations

from datetime import date

from PySide6.QtWidgets import QCheckBox, QLabel, QLineEdit, QPlainTextEdit, QWidget

from desktop.domain.enums import DiplomaLevel
from desktop.domain.workspace import JobOpening, LanguageRequirement, OpeningStatus
from desktop.domain.workspace_validation import needs_language_justification
from desktop.services.actor import Actor
from desktop.services.context import ServiceContext
from desktop.services.employers import save_opening
from desktop.ui.fields import EnumCombo, NocPicker
from desktop.ui.workspace_form import WorkspaceForm
from desktop.ui.workspace_widgets import HoursEdit, MoneyEdit, OptionalDateEdit, mark_invalid


class OpeningDialog(WorkspaceForm):
    def __init__(
        self,
        ctx: ServiceContext,
        actor: Actor,
        opening: JobOpening,
        employer_name: str,
        lang: str,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(ctx, actor, lang, "openingDialog", parent)
        self.opening = opening
        self.saved_id: str | None = None
        self.company = QLabel(employer_name, self)
        self.company.setWordWrap(True)
        self.title = QLineEdit(self)
        self.title.setObjectName("openingTitle")
        self.noc = NocPicker(lang, self)
        self.education = EnumCombo(DiplomaLevel, lang, self)
        self.requirements = QPlainTextEdit(self)
        self.requirements.setTabChangesFocus(True)
        self.requirements.setMaximumHeight(60)
        self.french = EnumCombo(LanguageRequirement, lang, self, empty=False)
        self.english = EnumCombo(LanguageRequirement, lang, self, empty=False)
        self.english.setObjectName("englishRequired")
        self.justification = QPlainTextEdit(self)
        self.justification.setObjectName("justification")
        self.justification.setTabChangesFocus(True)
        self.justification.setMaximumHeight(60)
        self.licence = QCheckBox(self)
        self.hours = HoursEdit(self)
        self.hours.setObjectName("openingHours")
        self.wage = MoneyEdit(self)
        self.wage.setObjectName("openingWage")
        self.priime = QCheckBox(self)
        self.status = EnumCombo(OpeningStatus, lang, self, empty=False)
        self.opened_on = OptionalDateEdit(self)
        self.closes_on = OptionalDateEdit(self)
        self.english.currentIndexChanged.connect(self._justification_state)
        self.add_rows(
            [
                ("company", self.company),
                ("title", self.title),
                ("noc", self.noc),
                ("education", self.education),
                ("requirements", self.requirements),
                ("french", self.french),
                ("english", self.english),
                ("justification", self.justification),
                ("licence", self.licence),
                ("hours", self.hours),
                ("wage", self.wage),
                ("priime", self.priime),
                ("status", self.status),
                ("opened_on", self.opened_on),
                ("closes_on", self.closes_on),
            ]
        )
        self.finish()
        self._load()
        self.retranslate()
        self.resize(720, 660)

    def retranslate(self) -> None:
        self.label_rows(
            {
                "company": self.tr("Entreprise"),
                "title": self.tr("Titre du poste *"),
                "noc": self.tr("Profession (CNP)"),
                "education": self.tr("Scolarité exigée"),
                "requirements": self.tr("Exigences"),
                "french": self.tr("Français exigé"),
                "english": self.tr("Anglais exigé"),
                "justification": self.tr("Justification (autre langue)"),
                "licence": self.tr("Permis"),
                "hours": self.tr("Heures par semaine"),
                "wage": self.tr("Salaire horaire ($)"),
                "priime": self.tr("PRIIME"),
                "status": self.tr("État"),
                "opened_on": self.tr("Affiché le"),
                "closes_on": self.tr("Fermeture le"),
            }
        )
        self.setWindowTitle(self.tr("Poste à pourvoir"))
        self.licence.setText(self.tr("Permis de conduire exigé"))
        self.priime.setText(self.tr("Admissible au PRIIME"))
        self.justification.setPlaceholderText(
            self.tr(
                "Obligatoire si une autre langue que le français est exigée : expliquez pourquoi "
                "le poste l'exige (Charte de la langue française, art. 46)."
            )
        )
        self.hours.setPlaceholderText(self.tr("ex. 37,5"))
        self.wage.setPlaceholderText(self.tr("ex. 24,50"))
        self.name_buttons(self.tr("Enregistrer"), self.tr("Annuler"))
        for combo in (self.education, self.french, self.english, self.status):
            combo.retranslate(self.lang)
        self.noc.retranslate(self.lang)

    def _load(self) -> None:
        o = self.opening
        self.title.setText(o.title or "")
        self.noc.set_code(o.noc_code)
        self.education.set_code(o.education_level)
        self.requirements.setPlainText(o.requirements or "")
        self.french.set_code(o.french_level_required)
        self.english.set_code(o.english_level_required)
        self.justification.setPlainText(o.non_french_justification or "")
        self.licence.setChecked(o.driving_licence_required)
        self.hours.set_hours(o.hours_per_week, self.lang)
        self.wage.set_cents(o.hourly_wage_cents, self.lang)
        self.priime.setChecked(o.priime_eligible)
        self.status.set_code(o.status)
        self.opened_on.set_value(o.opened_on or date.today())
        self.closes_on.set_value(o.closes_on)
        self._justification_state()

    def _justification_state(self) -> None:
        needed = (self.english.code() or "none") != LanguageRequirement.NONE
        self.justification.setEnabled(needed or bool(self.justification.toPlainText()))

    def collect(self) -> JobOpening | None:
        o = self.opening
        o.title = self.title.text()
        o.noc_code = self.noc.code()
        o.education_level = self.education.code()
        o.requirements = self.requirements.toPlainText()
        o.french_level_required = self.french.code() or "none"
        o.english_level_required = self.english.code() or "none"
        o.non_french_justification = self.justification.toPlainText()
        o.driving_licence_required = self.licence.isChecked()
        o.priime_eligible = self.priime.isChecked()
        o.status = self.status.code() or "open"
        o.opened_on = self.opened_on.value()
        o.closes_on = self.closes_on.value()
        try:
            o.hours_per_week = self.hours.hours()
        except ValueError:
            mark_invalid({"hours": self.hours}, [])
            self.refuse_value("workspace.hours_invalid", self.hours)
            return None
        try:
            o.hourly_wage_cents = self.wage.cents()
        except ValueError:
            self.refuse_value("workspace.wage_invalid", self.wage)
            return None
        if not needs_language_justification(o):
            o.non_french_justification = o.non_french_justification or None
        return o

    def save(self) -> None:
        opening = self.collect()
        if opening is None:
            return
        result = self.submit(
            lambda: save_opening(self.ctx, self.actor, opening),
            {
                "opening.title": self.title,
                "opening.noc_code": self.noc,
                "opening.non_french_justification": self.justification,
                "opening.hours_per_week": self.hours,
                "opening.hourly_wage": self.wage,
                "opening.closes_on": self.closes_on,
            },
        )
        if result is None:
            if any(i.field == "opening.non_french_justification" for i in self.refused):
                self.justification.setEnabled(True)
                self.justification.setFocus()
            return
        self.saved_id = result.id
        self.accept()
