"""Admin screen: the register of confidentiality incidents (the eight required elements), the
"who was affected" helper for a lost laptop, bundle or print batch, and the exports."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from desktop.domain.formatting import format_date, format_datetime
from desktop.domain.privacy_messages import code_label
from desktop.domain.privacy_records import Incident, RiskLevel
from desktop.services.actor import Actor
from desktop.services.context import ServiceContext
from desktop.services.incidents import (
    affected_persons,
    affected_sources,
    export_incidents,
    list_incidents,
    save_incident,
)
from desktop.ui import privacy_common as common
from desktop.ui.privacy_register import RegisterPage, add_save_cancel, refused


def _text_edit(text: str, parent: QWidget, height: int = 64) -> QPlainTextEdit:
    edit = QPlainTextEdit(text, parent)
    edit.setMaximumHeight(height)
    return edit


class IncidentDialog(QDialog):
    """One register entry; the helper fills the persons concerned from a device, bundle or batch."""

    def __init__(
        self,
        ctx: ServiceContext,
        actor: Actor,
        lang: str,
        incident: Incident | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.ctx, self.actor, self.lang = ctx, actor, lang
        self.incident = incident or Incident(
            "", None, None, date.today(), "", "", None, RiskLevel.UNDETERMINED.value, ""
        )
        i = self.incident
        self.setWindowTitle(self.tr("Incident de confidentialité"))
        self.resize(900, 720)
        self.occurred_from = common.OptionalDate(self.tr("Début"), self)
        self.occurred_from.set_value(i.occurred_from)
        self.occurred_to = common.OptionalDate(self.tr("Fin"), self)
        self.occurred_to.set_value(i.occurred_to)
        self.known_on = common.DateField(i.known_on, self)
        self.description = _text_edit(i.description, self)
        self.description.setObjectName("incidentDescription")
        self.information = _text_edit(i.information_concerned, self)
        self.information.setObjectName("incidentInformation")
        self.count = QSpinBox(self)
        self.count.setObjectName("incidentCount")
        self.count.setRange(-1, 10_000_000)
        self.count.setSpecialValueText(self.tr("à déterminer"))
        self.count.setValue(-1 if i.persons_count is None else i.persons_count)
        self.risk = QComboBox(self)
        self.risk.setObjectName("incidentRisk")
        for level in RiskLevel:
            self.risk.addItem(code_label("RiskLevel", level, lang), level.value)
        self.risk.setCurrentIndex(max(0, self.risk.findData(i.risk_level)))
        self.assessment = _text_edit(i.risk_assessment, self)
        self.cai = common.OptionalDate(
            self.tr("Commission d'accès à l'information avisée le"), self
        )
        self.cai.set_value(i.cai_notified_on)
        self.persons = common.OptionalDate(self.tr("Personnes concernées avisées le"), self)
        self.persons.set_value(i.persons_notified_on)
        self.measures = _text_edit(i.measures, self)
        self.closed = common.OptionalDate(self.tr("Incident clos le"), self)
        self.closed.set_value(i.closed_on)
        self.affected_ids = list(i.affected_ids)

        self.source = QComboBox(self)
        self.source.setObjectName("affectedSource")
        for choice in affected_sources(ctx, actor):
            self.source.addItem(self._source_label(choice), (choice.source, choice.source_id))
        self.find_button = QPushButton(self.tr("Trouver les personnes concernées"), self)
        self.find_button.setObjectName("findAffected")
        self.find_button.clicked.connect(lambda: self.find_affected())
        self.affected_label = QLabel(self)
        self.affected_label.setObjectName("affectedLabel")
        self.affected_label.setWordWrap(True)
        self._show_affected()

        period = QHBoxLayout()
        period.addWidget(self.occurred_from)
        period.addWidget(self.occurred_to)
        period.addStretch(1)
        form = QFormLayout()
        form.addRow(self.tr("1. Date ou période de l'incident"), period)
        form.addRow(self.tr("2. Date de prise de connaissance"), self.known_on)
        form.addRow(self.tr("3. Circonstances"), self.description)
        form.addRow(self.tr("4. Renseignements personnels visés"), self.information)
        form.addRow(self.tr("5. Nombre de personnes concernées"), self.count)
        helper = QHBoxLayout()
        helper.addWidget(self.source, 1)
        helper.addWidget(self.find_button)
        form.addRow(self.tr("   Appareil, paquet ou lot perdu"), helper)
        form.addRow("", self.affected_label)
        form.addRow(self.tr("6. Risque de préjudice sérieux"), self.risk)
        form.addRow(self.tr("   Éléments de l'évaluation"), self.assessment)
        form.addRow(self.tr("7. Avis"), self.cai)
        form.addRow("", self.persons)
        form.addRow(self.tr("8. Mesures prises"), self.measures)
        form.addRow("", self.closed)
        add_save_cancel(self, form)

    def _source_label(self, choice: object) -> str:
        source = choice.source
        ident = str(choice.source_id)[:8]
        when = choice.when
        moment = f" — {format_datetime(when, self.lang)}" if when else ""
        size = choice.size
        if source == "device":
            return self.tr("Appareil {id}").format(id=ident)
        if source == "bundle":
            return self.tr("Paquet {id}{when} ({n} op.)").format(id=ident, when=moment, n=size)
        return self.tr("Lot imprimé {id}{when} ({n} dossiers)").format(
            id=ident, when=moment, n=size
        )

    def find_affected(self) -> None:
        data = self.source.currentData()
        if not data:
            return
        found = affected_persons(self.ctx, self.actor, data[0], data[1])
        self.affected_ids = sorted(set(self.affected_ids) | set(found.candidate_ids))
        self.count.setValue(len(self.affected_ids))
        self._show_affected()

    def _show_affected(self) -> None:
        n = len(self.affected_ids)
        shown = ", ".join(i[:8] for i in self.affected_ids[:12]) + (" …" if n > 12 else "")
        self.affected_label.setText(
            self.tr("{n} personne(s) repérée(s) : {ids}").format(n=n, ids=shown) if n else ""
        )

    def save(self) -> None:
        i = self.incident
        i.occurred_from, i.occurred_to = self.occurred_from.value(), self.occurred_to.value()
        i.known_on = self.known_on.value()
        i.description = self.description.toPlainText().strip()
        i.information_concerned = self.information.toPlainText().strip()
        i.persons_count = None if self.count.value() < 0 else self.count.value()
        i.risk_level = str(self.risk.currentData())
        i.risk_assessment = self.assessment.toPlainText().strip()
        i.cai_notified_on, i.persons_notified_on = self.cai.value(), self.persons.value()
        i.measures = self.measures.toPlainText().strip()
        i.closed_on = self.closed.value()
        i.affected_ids = list(self.affected_ids)
        issues = save_incident(self.ctx, self.actor, i)
        if refused(self, issues, self.lang):
            return
        if issues:  # warnings only: the entry is saved, and they are said
            common.show_message(self, common.issues_text(issues, self.lang), True)
        self.accept()


class IncidentsPage(RegisterPage):
    def __init__(
        self, ctx: ServiceContext, actor: Actor, lang: str, parent: QWidget | None = None
    ) -> None:
        super().__init__(ctx, actor, lang, parent)
        self.table = self.register_table(
            "incidents",
            [
                self.tr("Connu le"),
                self.tr("Circonstances"),
                self.tr("Personnes"),
                self.tr("Risque"),
                self.tr("Avis à la CAI"),
                self.tr("État"),
            ],
        )
        self.note = QLabel(
            self.tr(
                "Inscrivez tout incident (perte d'un portable, d'une clé USB ou de dossiers "
                "imprimés, accès non autorisé). Chaque inscription est conservée 5 ans et "
                "communiquée à la Commission d'accès à l'information sur demande."
            ),
            self,
        )
        self.note.setWordWrap(True)
        self.new_button = QPushButton(self.tr("Déclarer un incident…"), self)
        self.new_button.setObjectName("newIncident")
        self.new_button.clicked.connect(lambda: self.create())
        self.edit_button = QPushButton(self.tr("Modifier…"), self)
        self.edit_button.clicked.connect(lambda: self.edit())
        buttons = QHBoxLayout()
        buttons.addWidget(self.new_button)
        buttons.addWidget(self.edit_button)
        buttons.addStretch(1)
        for fmt, label in (("csv", "CSV"), ("xlsx", "Excel"), ("pdf", "PDF")):
            button = QPushButton(self.tr("Exporter ({format})…").format(format=label), self)
            button.setObjectName(f"export_{fmt}")
            button.clicked.connect(lambda _c=False, f=fmt: self.export(f))
            buttons.addWidget(button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.note)
        layout.addWidget(self.table, 1)
        layout.addLayout(buttons)
        self.reload()

    def reload(self) -> None:
        self.entries = list_incidents(self.ctx, self.actor)
        rows = []
        for i in self.entries:
            cai = format_date(i.cai_notified_on, self.lang) if i.cai_notified_on else "—"
            state = (
                self.tr("Clos le {date}").format(date=format_date(i.closed_on, self.lang))
                if i.closed_on
                else self.tr("Ouvert")
            )
            count = self.tr("à déterminer") if i.persons_count is None else str(i.persons_count)
            rows.append(
                [
                    format_date(i.known_on, self.lang),
                    i.description.splitlines()[0][:90] if i.description else "",
                    count,
                    code_label("RiskLevel", i.risk_level, self.lang),
                    cai,
                    state,
                ]
            )
        common.fill_table(self.table, rows, [i.id for i in self.entries])

    def form(self, entry: Incident | None) -> IncidentDialog:
        return IncidentDialog(self.ctx, self.actor, self.lang, entry, self)

    def export(self, fmt: str) -> Path | None:
        filters = {"csv": "CSV (*.csv)", "xlsx": "Excel (*.xlsx)", "pdf": "PDF (*.pdf)"}[fmt]
        path = common.choose_save_path(
            self, self.tr("Exporter le registre"), f"registre-incidents.{fmt}", filters
        )
        if not path:
            return None
        count = export_incidents(self.ctx, self.actor, Path(path), fmt, self.lang)
        common.show_message(
            self, self.tr("{n} inscription(s) écrite(s) dans {path}").format(n=count, path=path)
        )
        return Path(path)
