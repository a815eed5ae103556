"""The wage-subsidy file of a hire (PRIIME, IPOP, other): status, Services Québec letter and office,
planned weeks, support measures, mentor — and the ceiling computed from the dated minimum wage,
updated as the planned weeks change and shown in Quebec money format.
"""

from __future__ import annotations

from PySide6.QtWidgets import (
    QCheckBox,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from desktop.domain.enums import label
from desktop.domain.formatting import format_date
from desktop.domain.subsidy import PRIIME_MAX_WEEKS
from desktop.domain.workspace import (
    Placement,
    SubsidyFile,
    SubsidyProgramme,
    SubsidyStatus,
    SupportMeasure,
)
from desktop.services.actor import Actor
from desktop.services.context import ServiceContext
from desktop.services.placements import save_subsidy, subsidy_ceiling
from desktop.ui.fields import EnumCombo
from desktop.ui.workspace_form import WorkspaceForm
from desktop.ui.workspace_widgets import OptionalDateEdit, show_money


class SubsidyDialog(WorkspaceForm):
    def __init__(
        self,
        ctx: ServiceContext,
        actor: Actor,
        placement: Placement,
        subsidy: SubsidyFile | None,
        heading: str,
        lang: str,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(ctx, actor, lang, "subsidyDialog", parent)
        self.placement = placement
        self.subsidy = subsidy or SubsidyFile(placement_id=placement.id, planned_weeks=26)
        self.saved_id: str | None = None
        self.heading = QLabel(heading, self)
        self.heading.setWordWrap(True)
        self.programme = EnumCombo(SubsidyProgramme, lang, self, empty=False)
        self.status = EnumCombo(SubsidyStatus, lang, self, empty=False)
        self.status.setObjectName("subsidyStatus")
        self.letter_reference = QLineEdit(self)
        self.letter_date = OptionalDateEdit(self)
        self.sq_office = QLineEdit(self)
        self.weeks = QSpinBox(self)
        self.weeks.setObjectName("plannedWeeks")
        self.weeks.setRange(1, PRIIME_MAX_WEEKS)
        self.mentor = QLineEdit(self)
        self.submitted_on = OptionalDateEdit(self)
        self.decided_on = OptionalDateEdit(self)
        self.measures = {m.value: QCheckBox(self) for m in SupportMeasure}
        self.measures_box = QGroupBox(self)
        box = QVBoxLayout(self.measures_box)
        for check in self.measures.values():
            box.addWidget(check)
        self.amounts_box = QGroupBox(self)
        self.amounts = QLabel(self.amounts_box)
        self.amounts.setObjectName("subsidyAmounts")
        self.amounts.setWordWrap(True)
        QVBoxLayout(self.amounts_box).addWidget(self.amounts)
        self.weeks.valueChanged.connect(self._show_amounts)
        self.add_rows(
            [
                ("programme", self.programme),
                ("status", self.status),
                ("letter_reference", self.letter_reference),
                ("letter_date", self.letter_date),
                ("sq_office", self.sq_office),
                ("weeks", self.weeks),
                ("mentor", self.mentor),
                ("submitted_on", self.submitted_on),
                ("decided_on", self.decided_on),
            ]
        )
        columns = QHBoxLayout()
        columns.addLayout(self.form, 3)
        side = QVBoxLayout()
        side.addWidget(self.amounts_box)
        side.addWidget(self.measures_box)
        side.addStretch(1)
        columns.addLayout(side, 2)
        self.finish(self.heading, columns)
        self._load()
        self.retranslate()
        self.resize(900, 520)

    def _load(self) -> None:
        s = self.subsidy
        self.programme.set_code(s.programme)
        self.status.set_code(s.status)
        self.letter_reference.setText(s.letter_reference or "")
        self.letter_date.set_value(s.letter_date)
        self.sq_office.setText(s.sq_office or "")
        self.weeks.setValue(s.planned_weeks or 26)
        self.mentor.setText(s.mentor_name or "")
        self.submitted_on.set_value(s.submitted_on)
        self.decided_on.set_value(s.decided_on)
        for code, check in self.measures.items():
            check.setChecked(code in s.support_measures)

    def retranslate(self) -> None:
        self.label_rows(
            {
                "programme": self.tr("Programme"),
                "status": self.tr("État du dossier"),
                "letter_reference": self.tr("Lettre d'admissibilité (n°)"),
                "letter_date": self.tr("Date de la lettre"),
                "sq_office": self.tr("Bureau de Services Québec"),
                "weeks": self.tr("Durée prévue (semaines)"),
                "mentor": self.tr("Personne mentore"),
                "submitted_on": self.tr("Déposé le"),
                "decided_on": self.tr("Décision le"),
            }
        )
        self.setWindowTitle(self.tr("Dossier de subvention salariale"))
        self.measures_box.setTitle(self.tr("Mesures de soutien demandées"))
        self.amounts_box.setTitle(self.tr("Subvention maximale (calculée)"))
        for code, check in self.measures.items():
            check.setText(label(SupportMeasure(code), self.lang))
        self.name_buttons(self.tr("Enregistrer"), self.tr("Annuler"))
        self.programme.retranslate(self.lang)
        self.status.retranslate(self.lang)
        self._show_amounts()

    def _show_amounts(self) -> None:
        ceiling = subsidy_ceiling(self.placement, self.weeks.value())
        if ceiling is None:
            self.amounts.setText(
                self.tr(
                    "Impossible à calculer : salaire, heures ou date d'entrée en fonction manquants."
                )
            )
            return
        start = self.placement.start_date
        assert start is not None
        lines = [
            self.tr("Salaire minimum en vigueur le {date} : {amount} de l'heure").format(
                date=format_date(start, self.lang, long=True),
                amount=show_money(ceiling.minimum_wage_cents, self.lang),
            ),
            self.tr("Subvention horaire maximale : {amount}").format(
                amount=show_money(ceiling.max_hourly_cents, self.lang)
            )
            + (
                self.tr(" (plafonnée au salaire minimum)")
                if ceiling.capped
                else self.tr(" (70 % du salaire)")
            ),
            self.tr("Par semaine : {amount}").format(
                amount=show_money(ceiling.weekly_cents, self.lang)
            ),
            self.tr("Total maximal sur {weeks} semaines : {amount}").format(
                weeks=self.weeks.value(), amount=show_money(ceiling.total_cents, self.lang)
            ),
        ]
        self.amounts.setText("\n".join(lines))

    def save(self) -> None:
        s = self.subsidy
        s.programme = self.programme.code() or SubsidyProgramme.PRIIME
        s.status = self.status.code() or SubsidyStatus.DRAFTED
        s.letter_reference = self.letter_reference.text()
        s.letter_date = self.letter_date.value()
        s.sq_office = self.sq_office.text()
        s.planned_weeks = self.weeks.value()
        s.mentor_name = self.mentor.text()
        s.submitted_on = self.submitted_on.value()
        s.decided_on = self.decided_on.value()
        s.support_measures = [code for code, check in self.measures.items() if check.isChecked()]
        result = self.submit(
            lambda: save_subsidy(self.ctx, self.actor, s),
            {"subsidy.status": self.status, "subsidy.decided_on": self.decided_on},
        )
        if result is None:
            return
        self.saved_id = result.id
        self.accept()
