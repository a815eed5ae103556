"""The sections of the full profile editor. Lists (diplomas, experiences, occupations, languages,
professional orders) share one editable table with add and remove buttons.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, datetime
from enum import StrEnum
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QSpinBox,
    QTableWidget,
    QVBoxLayout,
    QWidget,
)

from desktop.domain import enums
from desktop.domain.candidate import (
    Candidate,
    Diploma,
    Experience,
    LanguageLevel,
    ProfessionalRegulation,
    TargetOccupation,
)
from desktop.domain.countries import provinces
from desktop.domain.enums import label
from desktop.domain.fields import field_label
from desktop.ui.fields import CountryPicker, EnumCombo, NocPicker, PartialDateEdit, PhoneEdit


class _Form(QWidget):
    def __init__(self, lang: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.lang = lang
        self.form = QFormLayout(self)

    def row(self, name: str, widget: QWidget, text: str | None = None) -> Any:
        widget.setObjectName(name.replace(".", "_"))
        self.form.addRow(text or field_label(name, self.lang), widget)
        return widget


class IdentitySection(_Form):
    def __init__(self, lang: str, parent: QWidget | None = None) -> None:
        super().__init__(lang, parent)
        self.given_names = self.row("given_names", QLineEdit(self))
        self.family_name = self.row("family_name", QLineEdit(self))
        self.preferred_name = self.row("preferred_name", QLineEdit(self))
        self.name_original_script = self.row("name_original_script", QLineEdit(self))
        self.date_of_birth = self.row("date_of_birth", PartialDateEdit(self))
        self.gender = self.row("gender", EnumCombo(enums.Gender, lang, self))
        self.email = self.row("email", QLineEdit(self))
        self.phone = self.row("phone", PhoneEdit(self))
        self.street = self.row("address.street", QLineEdit(self))
        self.unit = self.row("address.unit", QLineEdit(self))
        self.city = self.row("address.city", QLineEdit(self))
        self.province = self.row("address.province", _province_combo(lang, self))
        self.postal_code = self.row("address.postal_code", QLineEdit(self))
        self.preferred_language = self.row(
            "preferred_language", EnumCombo(enums.Language, lang, self, empty=False)
        )
        self.languages_spoken = self.row("languages_spoken", QLineEdit(self))
        self.languages_spoken.setPlaceholderText("fr, ar, es")
        self.country_of_birth = self.row("country_of_birth", CountryPicker(lang, self))
        self.citizenships = self.row("citizenships", QLineEdit(self))
        self.citizenships.setPlaceholderText("MA, FR")
        self.referral = self.row("referral_source", EnumCombo(enums.ReferralSource, lang, self))
        self.notes = self.row("notes", QPlainTextEdit(self))

    def fill(self, c: Candidate) -> None:
        for name in (
            "given_names",
            "family_name",
            "preferred_name",
            "name_original_script",
            "email",
            "phone",
        ):
            getattr(self, name).setText(getattr(c, name) or "")
        self.date_of_birth.set_value(c.date_of_birth)
        self.gender.set_code(c.gender)
        self.street.setText(c.address.street or "")
        self.unit.setText(c.address.unit or "")
        self.city.setText(c.address.city or "")
        self.province.setCurrentIndex(max(self.province.findData(c.address.province), 0))
        self.postal_code.setText(c.address.postal_code or "")
        self.preferred_language.set_code(c.preferred_language or "fr")
        self.languages_spoken.setText(", ".join(c.languages_spoken))
        self.country_of_birth.set_code(c.country_of_birth)
        self.citizenships.setText(", ".join(c.citizenships))
        self.referral.set_code(c.referral_source)
        self.notes.setPlainText(c.notes or "")

    def read_into(self, c: Candidate) -> None:
        for name in (
            "given_names",
            "family_name",
            "preferred_name",
            "name_original_script",
            "email",
        ):
            setattr(c, name, getattr(self, name).text().strip() or None)
        c.phone = self.phone.value()
        c.date_of_birth = self.date_of_birth.value()
        c.gender = self.gender.code()
        c.address.street = self.street.text().strip() or None
        c.address.unit = self.unit.text().strip() or None
        c.address.city = self.city.text().strip() or None
        c.address.province = self.province.currentData() or None
        c.address.postal_code = self.postal_code.text().strip() or None
        c.preferred_language = self.preferred_language.code()
        c.languages_spoken = _codes(self.languages_spoken.text(), upper=False)
        c.country_of_birth = self.country_of_birth.code()
        c.citizenships = _codes(self.citizenships.text(), upper=True)
        c.referral_source = self.referral.code()
        c.notes = self.notes.toPlainText().strip() or None


class JourneySection(_Form):
    def __init__(self, lang: str, parent: QWidget | None = None) -> None:
        super().__init__(lang, parent)
        self.arrival = self.row("arrival_date_canada", PartialDateEdit(self))
        self.status = self.row("immigration_status", EnumCombo(enums.ImmigrationStatus, lang, self))
        self.authorization = self.row(
            "work_authorization", EnumCombo(enums.WorkAuthorization, lang, self)
        )
        self.permit_expiry = self.row("permit_expiry", PartialDateEdit(self))
        self.employment = self.row(
            "employment_status", EnumCombo(enums.EmploymentStatus, lang, self)
        )

    def fill(self, c: Candidate) -> None:
        self.arrival.set_value(c.arrival_date_canada)
        self.status.set_code(c.immigration_status)
        self.authorization.set_code(c.work_authorization)
        self.permit_expiry.set_value(c.permit_expiry)
        self.employment.set_code(c.employment_status)

    def read_into(self, c: Candidate) -> None:
        c.arrival_date_canada = self.arrival.value()
        c.immigration_status = self.status.code()
        c.work_authorization = self.authorization.code()
        c.permit_expiry = self.permit_expiry.value()
        c.employment_status = self.employment.code()


class AvailabilitySection(_Form):
    def __init__(self, lang: str, parent: QWidget | None = None) -> None:
        super().__init__(lang, parent)
        self.available_from = self.row("available_from", QLineEdit(self))
        self.available_from.setPlaceholderText("AAAA-MM-JJ / immediately")
        self.regime = self.row("work_regime", EnumCombo(enums.WorkRegime, lang, self))
        box = QWidget(self)
        grid = QHBoxLayout(box)
        grid.setContentsMargins(0, 0, 0, 0)
        self.licences: dict[str, QCheckBox] = {}
        for member in enums.DrivingLicence:
            check = QCheckBox(label(member, lang).split(" (")[0], box)
            check.setToolTip(label(member, lang))
            check.setObjectName(f"licence_{member.value}")
            self.licences[member.value] = check
            grid.addWidget(check)
        self.row("driving_licences", box)

    def fill(self, c: Candidate) -> None:
        self.available_from.setText(c.available_from or "")
        self.regime.set_code(c.work_regime)
        for code, check in self.licences.items():
            check.setChecked(code in c.driving_licences)

    def read_into(self, c: Candidate) -> None:
        c.available_from = self.available_from.text().strip() or None
        c.work_regime = self.regime.code()
        c.driving_licences = [code for code, check in self.licences.items() if check.isChecked()]


class ConsentSection(QWidget):
    """Consents per purpose; unticking a granted one records a withdrawal with its date."""

    def __init__(self, lang: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.lang = lang
        layout = QVBoxLayout(self)
        self.boxes: dict[str, QCheckBox] = {}
        for purpose in enums.ConsentPurpose:
            check = QCheckBox(label(purpose, lang), self)
            check.setObjectName(f"consent_{purpose.value}")
            self.boxes[purpose.value] = check
            layout.addWidget(check)
        layout.addStretch(1)
        self._consents: dict[str, Any] = {}

    def fill(self, c: Candidate) -> None:
        self._consents = {k.purpose: k for k in c.consents}
        for code, check in self.boxes.items():
            k = self._consents.get(code)
            check.setChecked(bool(k and k.granted and k.withdrawn_at is None))
            if k and k.granted_at:
                check.setToolTip(f"{k.granted_at:%Y-%m-%d} · {k.notice_version or ''}")

    def read_into(self, c: Candidate) -> None:
        from desktop.domain.candidate import Consent

        now = datetime.now(UTC)
        out = []
        for code, check in self.boxes.items():
            old = self._consents.get(code)
            was = bool(old and old.granted and old.withdrawn_at is None)
            if old is None and not check.isChecked():
                continue
            k = (
                Consent(**vars(old))
                if old
                else Consent(id="", purpose=code, method="verbal_attested")
            )
            if check.isChecked() and not was:
                k.granted, k.granted_at, k.withdrawn_at = True, now, None
            elif was and not check.isChecked():
                k.withdrawn_at = now
            out.append(k)
        c.consents = out


# Child-row tables ----------------------------------------------------------------------------


@dataclass(frozen=True)
class Column:
    field: str
    kind: str  # text, enum, country, province, date, bool, tristate, int, float, noc
    enum: type[StrEnum] | None = None


class RowSection(QWidget):
    def __init__(
        self,
        lang: str,
        attr: str,
        row_type: type,
        columns: list[Column],
        title: str,
        max_rows: int | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.lang, self.attr, self.row_type, self.columns, self.title = (
            lang,
            attr,
            row_type,
            columns,
            title,
        )
        self.max_rows = max_rows
        self._ids: list[str] = []
        self.table = QTableWidget(0, len(columns), self)
        self.table.setObjectName(f"table_{attr}")
        self.table.setHorizontalHeaderLabels(
            [field_label(f"{attr}.{c.field}", lang).split(" (")[0] for c in columns]
        )
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.table.verticalHeader().setDefaultSectionSize(30)
        self.add_button = QPushButton("+ " + ("Ajouter" if lang == "fr" else "Add"), self)
        self.add_button.setObjectName(f"add_{attr}")
        self.add_button.clicked.connect(lambda: self.add_row(None))
        self.remove_button = QPushButton(
            "− " + ("Retirer la ligne" if lang == "fr" else "Remove row"), self
        )
        self.remove_button.setObjectName(f"remove_{attr}")
        self.remove_button.clicked.connect(self.remove_row)
        buttons = QHBoxLayout()
        buttons.addWidget(self.add_button)
        buttons.addWidget(self.remove_button)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addWidget(self.table, 1)
        layout.addLayout(buttons)

    def _editor(self, column: Column) -> QWidget:
        if column.kind == "enum" and column.enum is not None:
            return EnumCombo(column.enum, self.lang, self.table)
        if column.kind == "country":
            return CountryPicker(self.lang, self.table)
        if column.kind == "province":
            return _province_combo(self.lang, self.table)
        if column.kind == "date":
            return PartialDateEdit(self.table)
        if column.kind == "noc":
            return NocPicker(self.lang, self.table)
        if column.kind in ("bool", "tristate"):
            box = QCheckBox(self.table)
            box.setTristate(column.kind == "tristate")
            return box
        if column.kind in ("int", "float"):
            spin = QSpinBox(self.table)
            spin.setRange(0, 2100 if column.kind == "int" else 100)
            spin.setSpecialValueText("—")
            return spin
        return QLineEdit(self.table)

    def add_row(self, item: Any) -> None:
        if self.max_rows is not None and self.table.rowCount() >= self.max_rows:
            return
        row = self.table.rowCount()
        self.table.insertRow(row)
        self._ids.append(getattr(item, "id", "") if item is not None else "")
        for col, column in enumerate(self.columns):
            editor = self._editor(column)
            self.table.setCellWidget(row, col, editor)
            _set_value(editor, column, getattr(item, column.field) if item is not None else None)

    def remove_row(self) -> None:
        row = self.table.currentRow()
        if row < 0:
            row = self.table.rowCount() - 1
        if row >= 0:
            self.table.removeRow(row)
            del self._ids[row]

    def fill(self, c: Candidate) -> None:
        self.table.setRowCount(0)
        self._ids = []
        for item in getattr(c, self.attr):
            self.add_row(item)

    def read_into(self, c: Candidate) -> None:
        items = []
        for row in range(self.table.rowCount()):
            values = {
                col.field: _get_value(self.table.cellWidget(row, i), col)
                for i, col in enumerate(self.columns)
            }
            if all(v in (None, "", False) for v in values.values()):
                continue
            if self.attr == "target_occupations":
                picker = self.table.cellWidget(row, 0)
                values["free_text"] = picker.free_text() if isinstance(picker, NocPicker) else None
            if self.attr == "language_levels":
                values["skill"] = values["skill"] or "overall"
                values["scale"] = values["scale"] or "self"
                values["source"] = values["source"] or "self_declared"
                values["language"] = (values["language"] or "").lower()
            items.append(self.row_type(id=self._ids[row], **values))
        setattr(c, self.attr, items)


def _set_value(editor: QWidget, column: Column, value: Any) -> None:
    if isinstance(editor, (EnumCombo, CountryPicker, NocPicker)):
        editor.set_code(value)
    elif isinstance(editor, PartialDateEdit):
        editor.set_value(value)
    elif isinstance(editor, QCheckBox):
        if column.kind == "tristate":
            state = {
                True: Qt.CheckState.Checked,
                False: Qt.CheckState.Unchecked,
                None: Qt.CheckState.PartiallyChecked,
            }
            editor.setCheckState(state[value])
        else:
            editor.setChecked(True if value is None else bool(value))
    elif isinstance(editor, QSpinBox):
        editor.setValue(int(value or 0))
    elif isinstance(editor, QComboBox):
        editor.setCurrentIndex(max(editor.findData(value), 0))
    elif isinstance(editor, QLineEdit):
        editor.setText("" if value is None else str(value))


def _get_value(editor: QWidget, column: Column) -> Any:
    if isinstance(editor, EnumCombo | CountryPicker | NocPicker):
        return editor.code()
    if isinstance(editor, PartialDateEdit):
        return editor.value()
    if isinstance(editor, QCheckBox):
        if column.kind == "tristate":
            return {Qt.CheckState.Checked: True, Qt.CheckState.Unchecked: False}.get(
                editor.checkState()
            )
        return editor.isChecked()
    if isinstance(editor, QSpinBox):
        value = editor.value()
        if not value:
            return None
        return float(value) if column.kind == "float" else value
    if isinstance(editor, QComboBox):
        return editor.currentData() or None
    if isinstance(editor, QLineEdit):
        return editor.text().strip() or None
    return None


def row_sections(lang: str, parent: QWidget) -> list[RowSection]:
    fr = lang != "en"
    return [
        RowSection(
            lang,
            "diplomas",
            Diploma,
            [
                Column("title", "text"),
                Column("field_of_study", "text"),
                Column("level", "enum", enums.DiplomaLevel),
                Column("country", "country"),
                Column("province", "province"),
                Column("year_obtained", "int"),
                Column("completed", "bool"),
                Column("comparative_evaluation", "enum", enums.ComparativeEvaluation),
            ],
            "Diplômes" if fr else "Diplomas",
            parent=parent,
        ),
        RowSection(
            lang,
            "experiences",
            Experience,
            [
                Column("job_title", "text"),
                Column("employer_name", "text"),
                Column("noc_code", "noc"),
                Column("country", "country"),
                Column("province", "province"),
                Column("start", "date"),
                Column("end", "date"),
                Column("hours_per_week", "float"),
                Column("in_field", "tristate"),
                Column("employment_type", "enum", enums.EmploymentType),
            ],
            "Expériences" if fr else "Experience",
            parent=parent,
        ),
        RowSection(
            lang,
            "target_occupations",
            TargetOccupation,
            [Column("noc_code", "noc")],
            "Professions visées" if fr else "Target occupations",
            max_rows=3,
            parent=parent,
        ),
        RowSection(
            lang,
            "language_levels",
            LanguageLevel,
            [
                Column("language", "text"),
                Column("skill", "enum", enums.LanguageSkill),
                Column("level", "int"),
                Column("stage", "enum", enums.LanguageStage),
                Column("scale", "enum", enums.LanguageScale),
                Column("source", "enum", enums.LanguageSource),
                Column("test_name", "text"),
            ],
            "Langues" if fr else "Languages",
            parent=parent,
        ),
        RowSection(
            lang,
            "regulations",
            ProfessionalRegulation,
            [
                Column("is_regulated", "tristate"),
                Column("regulator", "text"),
                Column("recognition_status", "enum", enums.RegulationStatus),
                Column("ipop_referral", "bool"),
            ],
            "Ordres professionnels" if fr else "Professional orders",
            parent=parent,
        ),
    ]


def _province_combo(lang: str, parent: QWidget) -> QComboBox:
    combo = QComboBox(parent)
    combo.addItem("—", None)
    for code, name in provinces(lang):
        combo.addItem(name, code)
    return combo


def _codes(text: str, upper: bool) -> list[str]:
    parts = [p.strip() for p in text.replace(";", ",").split(",") if p.strip()]
    return [p.upper() if upper else p.lower() for p in parts]
